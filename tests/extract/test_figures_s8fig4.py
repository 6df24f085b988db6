"""Sentences in this file's author's own words for the figure rules and rows of session 8, helper fig4 (issue 8,
item 6): a firm that "spółka" or "firma" with no name points back to, named further back than three sentences; a
headcount placed in one plant, the firm's and not the zone's; the headcount of a zone's unnamed firms, the zone's;
a count of firms in a delegation, nobody's; signatories of an agreement that founds a cluster, its partners; and the Danish and Norwegian legal form "A/S" kept in a name."""

from __future__ import annotations

import pytest

from .test_figure_battery_s6fig import M, check_figures, cnt, emp, inv, jobs

CASES = {
    "spolka_far_back_area": (
        "Strefa Ekonomiczna Euro-Park Mielec przyznała decyzję o wsparciu firmie Orlak Sp. z o.o. Zakład stanie w "
        "Kolbuszowej. Będzie produkował części do maszyn. Pierwsze dostawy zaplanowano na jesień. Pod inwestycję "
        "spółka nabyła od gminy grunt o powierzchni 6,5 ha.",
        {cnt("Orlak Sp. z o.o.", "area_ha", 6.5)},
    ),
    "firma_zatrudni_kolejnych_bare": (
        "W Oświęcimiu zakład otworzyła spółka Termik Sp. z o.o. Zakład leży na terenie Katowickiej Specjalnej Strefy "
        "Ekonomicznej. Koszt budowy wyniósł 90 mln zł. Do końca przyszłego roku firma zatrudni kolejnych 70.",
        {inv("Termik Sp. z o.o.", 90 * M), jobs("Termik Sp. z o.o.", 70)},
    ),
    "headcount_in_plant_not_zone": (
        "Firma Glasstal uruchomiła hutę szkła w Starachowicach. Huta działa w Specjalnej Strefie Ekonomicznej "
        "Starachowice. Dziś w hucie pracuje 310 osób.",
        {emp("Glasstal", 310)},
    ),
    "headcount_in_hall_zakladzie": (
        "Spółka Meblopol ma fabrykę w podstrefie Szczecinek. W tym zakładzie pracuje obecnie 450 osób.",
        {emp("Meblopol", 450)},
    ),
    "unnamed_firms_headcount_zone": (
        "Firma Stalmet zbuduje halę w Kostrzyńsko-Słubickiej Specjalnej Strefie Ekonomicznej. Strefa działa od "
        "1997 roku, a przedsiębiorstwa w niej działające zatrudniają ponad 30 tys. osób.",
        {("Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna", "employees", 30_000, "count")},
    ),
    "unnamed_firms_headcount_zone_firmy": (
        "Wałbrzyska Specjalna Strefa Ekonomiczna wydała decyzję dla spółki Polkran. Firmy obecne w strefie "
        "zatrudniają łącznie 40 tys. pracowników.",
        {("Wałbrzyska Specjalna Strefa Ekonomiczna", "employees", 40_000, "count")},
    ),
    "delegation_size_no_members": (
        "Do Rzeszowa przyjechała delegacja Izby Przemysłowej Bawarii. W skład delegacji weszło 18 firm z branży "
        "spożywczej.",
        set(),
    ),
    "mission_size_no_members": (
        "Klaster Mebli Podlasie zorganizował misję do Kanady. W misji udział wzięło 14 firm z klastra.",
        set(),
    ),
    "chamber_members_still_kept": (
        "Izba Gospodarcza Pomorza skupia 140 firm. Wiosną wyśle delegację do Norwegii.",
        {("Izba Gospodarcza Pomorza", "members", 140, "count")},
    ),
    "signatories_of_founding_are_partners": (
        "W Kielcach podpisano porozumienie o utworzeniu Świętokrzyskiego Klastra Metalowego. Sygnatariuszami "
        "porozumienia zostały 22 podmioty.",
        {("Świętokrzyski Klaster Metalowy", "partners", 22, "count")},
    ),
    "signatories_same_sentence_partners": (
        "Sygnatariuszami umowy o założeniu Lubuskiego Klastra Drzewnego zostało 17 firm.",
        {("Lubuski Klaster Drzewny", "partners", 17, "count")},
    ),
    "signatories_of_other_agreement_nobody": (
        "W Kielcach podpisano porozumienie o współpracy w ramach Świętokrzyskiego Klastra Metalowego. "
        "Sygnatariuszami porozumienia zostały 22 podmioty.",
        set(),
    ),
    "legal_form_a_s_parent": (
        "Spółka Kartex należy do duńskiej grupy Nordplast A/S, która zatrudnia w Europie ponad 5 tys. pracowników.",
        {emp("Nordplast A/S", 5000)},
    ),
}


@pytest.mark.parametrize("key", sorted(CASES))
def test_case(key: str) -> None:
    text, want = CASES[key]
    assert check_figures(text, frozenset(want)) == []
