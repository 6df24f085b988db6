"""Figures on sentences written for the tests (issue 8, point 6): each row of `figure_metrics.tsv` and
`figure_words.tsv` added for it, and each rule of owner, breakdown and increment, meets one sentence here."""

from __future__ import annotations

import pytest

import kooperacja
from kooperacja.data.language_data import language_data, set_data_root


def figures_of(text: str) -> set[tuple[str, str, float]]:
    rec = kooperacja.extract(text, doc_id="t")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return {(names[f["entity"]], f["metric"], f["value"]) for f in rec["figures"]}


FILLER = (
    " Teren leży przy drodze krajowej. Dojazd do autostrady zajmuje kwadrans. Gmina buduje tam nowe rondo."
    " Mieszkańcy czekają na wiadomości."
)


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # the subject of the clause owns the figure, before or after the number, not the nearest name
        (
            "Gmina Zielona Dolina pozyskała z Funduszu Rozwoju Dróg 12 mln zł na budowę drogi.",
            ("Gmina Zielona Dolina", "budget", 12_000_000),
        ),
        (
            "Spółce Delta Chem sprzedano działkę, a 50 mln zł zainwestuje tam firma Omega Plast.",
            ("Omega Plast", "investment", 50_000_000),
        ),
        # grants are budgets, even when called a value
        (
            "Klaster Wodny Pomorza otrzymał dotację w wysokości 2 mln zł na badania.",
            ("Klaster Wodny Pomorza", "budget", 2_000_000),
        ),
        (
            "Fundacja Rozwoju Mazur przyznała grant o wartości 300 tys. zł.",
            ("Fundacja Rozwoju Mazur", "budget", 300_000),
        ),
        # with no name before the number, the first one after it in the sentence owns a budget
        (
            "Złożyliśmy wniosek o dofinansowanie w wysokości 180 tys. zł na rozwój Klastra Energii Lipno.",
            ("Klaster Energii Lipno", "budget", 180_000),
        ),
        # money spent on a plant is an investment
        (
            "W marcu firma Beta Mech przeznaczyła na nową halę 4 mln zł.",
            ("Beta Mech", "investment", 4_000_000),
        ),
        # a headcount given as "daje zatrudnienie"
        (
            "Klaster Lotniczy Podkarpacia daje zatrudnienie ponad 20 tys. osób.",
            ("Klaster Lotniczy Podkarpacia", "employees", 20_000),
        ),
        # "w tym roku" is a time, not a breakdown
        (
            "W tym roku Strefa Ekonomiczna Lipno zatrudnia 4 tys. osób.",
            ("Strefa Ekonomiczna Lipno", "employees", 4000),
        ),
        # a gerund after "po" leads to a total
        (
            "Po poszerzeniu Strefa Ekonomiczna Lipno obejmuje 950 ha.",
            ("Strefa Ekonomiczna Lipno", "area_ha", 950),
        ),
        # founders named by "z inicjatywy" after "powstać" are partners
        (
            "Izba Handlowa Doliny Bugu powstała z inicjatywy 40 firm.",
            ("Izba Handlowa Doliny Bugu", "partners", 40),
        ),
        # a count of firms is a zone's `companies`
        ("Strefa Ekonomiczna Lipno skupia 120 firm.", ("Strefa Ekonomiczna Lipno", "companies", 120)),
        # a participle of a plan verb states a figure
        (
            "Deklarowane nakłady firmy Delta Chem wynoszą 70 mln zł.",
            ("Delta Chem", "investment", 70_000_000),
        ),
        # a total with no name near belongs to the zone the document is about
        (
            "Strefa Ekonomiczna Lipno powstała w 1998 roku."
            + FILLER
            + " Dotąd zainwestowano tam ponad 3 mld zł.",
            ("Strefa Ekonomiczna Lipno", "investment", 3_000_000_000),
        ),
        # unnamed firms report totals of the document's zone
        (
            "Strefa Ekonomiczna Lipno powstała w 1998 roku." + FILLER + " Firma Delta Chem buduje tam zakład."
            " Łącznie firmy zadeklarowały 300 nowych miejsc pracy.",
            ("Strefa Ekonomiczna Lipno", "jobs", 300),
        ),
        # a lower-case head noun of a zone in the number's clause points to the zone, not to the firm named last
        (
            "Strefa Ekonomiczna Lipno rośnie." + FILLER + " Firma Delta Chem buduje tam halę."
            " Dzięki strefie powstało 900 nowych miejsc pracy.",
            ("Strefa Ekonomiczna Lipno", "jobs", 900),
        ),
        # a cluster's count with no name near belongs to the cluster the document is about
        (
            "Klaster Chemii Opolskiej powstał w 2015 roku." + FILLER + " Obecnie zrzesza 93 członków.",
            ("Klaster Chemii Opolskiej", "members", 93),
        ),
        # jobs kept are jobs (extraction.md: "created, promised or kept"), a figure of their own
        ("Spółka Ferrum Tech utrzyma 250 miejsc pracy.", ("Ferrum Tech", "jobs", 250)),
        # amounts written in two parts or in words
        ("Spółka Gamma Tech zainwestuje 26, 7 mln zł w Lesznie.", ("Gamma Tech", "investment", 26_700_000)),
        (
            "Firma Gamma Tech wyda na nową fabrykę 7 miliardów 700 milionów złotych.",
            ("Gamma Tech", "investment", 7_700_000_000),
        ),
        (
            "Ćwierć miliarda złotych zainwestuje w Lesznie spółka Gamma Tech.",
            ("Gamma Tech", "investment", 250_000_000),
        ),
        ("Spółka Gamma Tech zbuduje zakład kosztem 40 mln zł.", ("Gamma Tech", "investment", 40_000_000)),
        (
            "Miliardowa inwestycja firmy Gamma Tech ruszy w Lesznie.",
            ("Gamma Tech", "investment", 1_000_000_000),
        ),
    ],
)
def test_figure_found(text: str, figure: tuple[str, str, float]) -> None:
    assert figure in figures_of(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        # a grant received is a budget, not an investment, even when spent on a building
        ("Gmina Zielona Dolina pozyskała z Funduszu Rozwoju Dróg 12 mln zł na budowę drogi.", "investment"),
        # a fee is no budget
        ("Gmina Zielona Dolina ustaliła składkę w Związku Gmin Pogórza w kwocie 5 tys. zł.", "budget"),
        # counts of agreements, permits, decisions, projects, years, countries and regions are no figures
        ("Izba Gospodarcza Mazowsza, która skupia firmy, zawarła 14 porozumień.", None),
        ("Partnerzy Klastra Wodnego Pomorza uzyskali 25 zezwoleń.", None),
        ("Strefa Ekonomiczna Lipno ma zezwolenia na działalność 29 firm.", None),
        ("Partnerzy Klastra Wodnego Pomorza otrzymali 40 decyzji o wsparciu.", None),
        ("Partnerzy Klastra Wodnego Pomorza prowadzą 60 projektów.", None),
        ("Strefa Ekonomiczna Lipno zatrudnia ludzi od 25 lat.", None),
        ("Klaster Wodny Pomorza zrzesza firmy z 35 krajów.", None),
        ("Stowarzyszenie Regionów Wschodu skupia 5 województw.", None),
        # parts and increments: "z czego", annexing (also as a gerund), joining firms, new firms, "spośród"
        ("Strefa Ekonomiczna Lipno ma 900 ha, z czego aż 200 ha to tereny prywatne.", 200),
        ("Rząd przyjął rozporządzenie o włączeniu 40 ha do Strefy Ekonomicznej Lipno.", None),
        ("Do Strefy Ekonomicznej Lipno dołączyło latem 15 firm.", None),
        ("Strefa Ekonomiczna Lipno przyciągnęła 12 nowych firm.", None),
        ("W Strefie Ekonomicznej Lipno 15 firm spośród 40 pochodzi z Niemiec.", None),
        # a count hanging on a plural verb is a joint figure of several bodies, not the document's cluster's
        (
            "Klaster Chemii Opolskiej powstał w 2015 roku."
            + FILLER
            + " Trzy klastry chemiczne, skupiające razem"
            " ponad 300 firm, podpisały porozumienie.",
            None,
        ),
        # a zone's head noun as the subject, in a text that names no zone: the nearest company owns nothing
        ("Firma Delta Chem kupiła tam działkę. Tym samym nasza Strefa obejmie łącznie 900 ha.", None),
        # a singular company noun as the subject: the figure is a company's, never the zone's
        ("Do Strefy Ekonomicznej Lipno trafił nowy inwestor. Spółka wyda tam 2 mln zł.", None),
        # a singular company noun as the subject: the figure is no zone total
        (
            "Strefa Ekonomiczna Lipno powstała w 1998 roku." + FILLER + " Firma wyda tam 2 mln zł.",
            None,
        ),
    ],
)
def test_no_such_figure(text: str, wrong: str | int | None) -> None:
    found = figures_of(text)
    if wrong is None:
        assert found == set()
    elif isinstance(wrong, str):
        assert not any(m == wrong for _n, m, _v in found)
    else:
        assert not any(v == wrong for _n, _m, v in found)


def test_a_metric_row_in_a_temporary_data_folder_takes_effect(tmp_path) -> None:
    """A linguist adds a row to the metric table, and the extractor reads a new phrasing without code."""
    text = "Spółka Delta Chem wysupła w Lesznie 30 mln zł."
    assert figures_of(text) == set()
    src = language_data("pl").root
    for f in src.iterdir():
        if f.is_file():
            (tmp_path / f.name).write_bytes(f.read_bytes())
    for sub in (p for p in src.iterdir() if p.is_dir()):
        (tmp_path / sub.name).symlink_to(sub, target_is_directory=True)
    with (tmp_path / "figure_metrics.tsv").open("a", encoding="utf-8") as fh:
        fh.write("wysupłać\tinvestment\tmoney\t-4\n")
    set_data_root("pl", tmp_path)
    try:
        assert ("Delta Chem", "investment", 30_000_000) in figures_of(text)
    finally:
        set_data_root("pl", None)
