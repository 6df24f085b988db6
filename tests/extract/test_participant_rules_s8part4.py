"""Participant rules of session 8, part 4 (invented sentences): an award's own name and its grantor."""

from __future__ import annotations

import pytest
from tests.extract.test_participant_battery_s7part import Case, ev
from tests.extract.test_participant_battery_s7part import check as check_with
from tests.extract.test_participant_battery_s8part import PUBLISHED, _norm

CASES: dict[str, Case] = {
    # an adjective of the award noun between it and the genitive that grants it
    "award_adjective_then_grantor": Case(
        "Nagrodę specjalną Marszałka Województwa Lubuskiego za wspieranie sportu odebrało Stowarzyszenie "
        "Aktywni Razem.",
        (ev("award", ("Stowarzyszenie Aktywni Razem", "recipient"), ("Województwo Lubuskie", "grantor")),),
        count=1,
    ),
    "distinction_adjective_then_city": Case(
        "Wyróżnienie specjalne Prezydenta Miasta Kielce trafiło do firmy Kormet.",
        (ev("award", ("Kormet", "recipient"), ("Miasto Kielce", "grantor")),),
        count=1,
    ),
    # a region closing an award's own name is no ranked place
    "region_in_award_name_headline": Case(
        "Laureaci Złotej Wagi Mazowsza nagrodzeni. Nagrody wręczono w Płocku firmom Bromax i Tamex.",
        (ev("award", ("Bromax", "recipient")), ev("award", ("Tamex", "recipient"))),
        count=2,
    ),
    "region_in_award_name_inverted": Case(
        "Nagrodzeni Liderzy Eksportu Lubelszczyzny. Kapituła konkursu nagrodziła firmę Bromax.",
        (ev("award", ("Bromax", "recipient")),),
        count=1,
    ),
    # ... while towns a ranking names stay recipients
    "ranked_towns_stay": Case(
        "Rzeszów i Lublin nagrodzone w rankingu miast przyjaznych biznesowi.",
        (ev("award", ("Rzeszów", "recipient")), ev("award", ("Lublin", "recipient"))),
        count=2,
    ),
}


@pytest.mark.parametrize("key", list(CASES))
def test_case(key: str) -> None:
    problems = check_with(CASES[key], _norm, PUBLISHED)
    assert not problems, f"{CASES[key].text}\n" + "\n".join(problems)
