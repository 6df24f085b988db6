"""Cases of rev4's review of session 10's place rules (items 6 and 7), in our own words.

6. A town's short name joins the one longer town of the text ("z Ostrowca" beside "Ostrowiec Świętokrzyski") only where
   the short name is no town the gazetteer knows by that name itself ("w Brzegu" beside "Brzeg Dolny" is Brzeg) and no
   preposition locates it by a town near it ("w Rudzie pod Wieluniem" is a village Ruda, not Ruda Śląska).
7. A sentence's first word that is a common word and a town's name is the common word only for towns under 25,000
   inhabitants ("Linię uruchomiono", "Dolina ma"); a larger town that opens a sentence and acts is the town.

Items: "Name" must be a place, "!Name" must not be one (the check of test_places_s10place).
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.extract.battery import assert_no_problems, case_adder
from tests.extract.test_places_s10place import check

CASES: dict[str, tuple[str, frozenset[Any]]] = {}
case = case_adder(CASES)

# item 6: a short name that is a town of its own
case(
    "short_name_is_own_town",
    "Hurtownia z Brzegu Dolnego wynajęła magazyn w Brzegu. Magazyn w Brzegu ma dwa tysiące metrów.",
    "Brzeg",
    "Brzeg Dolny",
)
case(
    "short_name_located_near_town",
    "Producent okien z Rudy Śląskiej kupił działkę w Rudzie pod Wieluniem.",
    "Ruda",
    "Ruda Śląska",
    "Wieluń",
)
case(
    "short_name_located_by_koło",
    "Firma z Mińska Mazowieckiego postawi chłodnię w Mińsku koło Wyszkowa.",
    "Mińsk",
    "Mińsk Mazowiecki",
)
# guards: the short name of the one longer town still joins it
case(
    "short_name_joins_longer_guard",
    "Fabryka stanie w Mińsku Mazowieckim. W Mińsku pracuje już dwieście osób.",
    "Mińsk Mazowiecki",
    "!Mińsk",
)
case(
    "short_name_by_lemma_guard",
    "Drukarnia z Ostrowca rozbuduje halę w Ostrowcu Świętokrzyskim.",
    "Ostrowiec Świętokrzyski",
    "!Ostrowiec",
)

# item 7: a town that opens a sentence and acts
case(
    "town_opens_and_acts",
    "Brzeg otrzymał dotację na uzbrojenie terenów inwestycyjnych. Pierwsza firma zbuduje tam halę.",
    "Brzeg",
)
case(
    "plural_town_opens_and_acts",
    "Żary przyciągnęły inwestora z Danii. Duńska spółka otworzy w mieście fabrykę okien.",
    "Żary",
)
case("town_like_plural_noun_opens", "Police pozyskały inwestora z branży chemicznej.", "Police")
# guards: a small town's name that is a common word at a sentence's start is the word
case(
    "small_town_common_noun_opens_guard",
    "Linię montażową uruchomiono w Kutnie w marcu.",
    "Kutno",
    "!Linia",
)
case(
    "small_town_common_noun_subject_guard",
    "Dolina ma szansę stać się centrum logistyki – mówi burmistrz Kłodzka.",
    "!Dolina",
)


@pytest.mark.parametrize("key", list(CASES))
def test_review_place_case(key: str) -> None:
    assert_no_problems(CASES[key][0], check(key, CASES))
