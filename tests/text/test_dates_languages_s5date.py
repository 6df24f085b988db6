"""One date grammar for every language (text.dates): a language brings its date words and the shapes it uses as
data; no code names a language's words. Checked with a third language made up in a temporary folder and with a
changed copy of the Polish data."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from kooperacja.data import DATA_DIR
from kooperacja.data.language_data import set_data_root
from kooperacja.text.dates import find_dates
from kooperacja.text.dates_en import find_dates_en

_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"]  # fmt: skip
_WEEKDAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]


def _write(folder: Path, name: str, header: str, rows: list[str]) -> None:
    (folder / f"{name}.tsv").write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")


@pytest.fixture
def german(tmp_path: Path) -> Iterator[str]:
    """A language of a fixed word order that the project has no data for, given only data files."""
    folder = tmp_path / "de"
    folder.mkdir()
    _write(folder, "months", "month\tform\tkind", [f"{i}\t{m}\tname" for i, m in enumerate(_MONTHS, 1)])
    _write(folder, "weekdays", "weekday\tform\tkind", [f"{i}\t{w}\tname" for i, w in enumerate(_WEEKDAYS)])
    _write(folder, "date_relative", "form\tunit\toffset", ["gestern\tday\t-1", "letzte woche\tweek\t-1"])
    words = {
        "shape": ["iso", "numeric_dmy", "day_month", "month_year", "prep_year", "relative", "weekday"],
        "prep": ["im", "seit"],
        "day_suffix": ["."],
        "range_to": ["bis"],
        "range_pair": ["und"],
        "weekday_lead": ["am"],
        "month_lead": ["im"],
        "month_part": ["Ende"],
        "article": ["dem"],
        "link": ["des"],
        "year_noun": ["Jahr"],
    }
    _write(
        folder,
        "date_words",
        "role\tform",
        [f"{role}\t{form}" for role, forms in words.items() for form in forms],
    )
    set_data_root("de", folder)
    try:
        yield "de"
    finally:
        set_data_root("de", None)


def test_a_third_language_adds_data_not_code(german: str) -> None:
    text = "Am 14. Oktober 2022 unterzeichneten beide Seiten. Gestern kam die Delegation, seit 2019 arbeiten sie."
    found = {m.text: m.value for m in find_dates(text, "2022-10-20", lang=german)}
    assert found["14. Oktober 2022"] == "2022-10-14"
    assert found["Gestern"] == "2022-10-19"
    assert found["2019"] == "2019"


def test_the_shapes_a_language_lists_are_the_only_ones_it_uses(german: str) -> None:
    # numeric_mdy is not among the German shapes: "10/26/2023" is no date there, while English reads it
    assert find_dates("Termin 10/26/2023.", None, lang=german) == []
    assert [m.value for m in find_dates("Due 10/26/2023.", None, lang="en")] == ["2023-10-26"]


def test_english_through_the_one_grammar_is_what_its_caller_gets() -> None:
    text = "On October 14, 2022 the zone signed. Last week the delegation came; on Friday it left."
    bounds = [(0, 36), (37, len(text))]
    a = find_dates(text, "2022-10-20", lang="en", sentences=bounds)
    b = find_dates_en(text, "2022-10-20", DATA_DIR / "en", bounds)
    assert [m.as_dict() for m in a] == [m.as_dict() for m in b]
    assert [m.value for m in a] == ["2022-10-14", "2022-10-10/2022-10-16", "2022-10-14"]


def test_the_inflected_scanner_reads_its_words_from_the_data(tmp_path: Path) -> None:
    folder = tmp_path / "pl"
    shutil.copytree(DATA_DIR / "pl", folder)
    months = (folder / "months.tsv").read_text(encoding="utf-8")
    (folder / "months.tsv").write_text(months.rstrip("\n") + "\n5\tmajówki\tname\n", encoding="utf-8")
    before = find_dates("Spotkanie 9 majówki 2020 r.", None)
    set_data_root("pl", folder)
    try:
        after = find_dates("Spotkanie 9 majówki 2020 r.", None)
    finally:
        set_data_root("pl", None)
    assert [m.value for m in before] == ["2020"]
    assert [m.value for m in after] == ["2020-05-09"]
    assert [m.value for m in find_dates("Spotkanie 9 majówki 2020 r.", None)] == ["2020"]


@pytest.mark.parametrize(
    ("text", "value", "deadline"),
    [
        ("The plant opened in mid-October.", "2022-10", False),
        ("Work began in late 2020.", "2020", False),
        ("Sales rose in early 2021.", "2021", False),
        ("The hall opens in mid-2021.", "2021", False),
        ("Posted 2022-10-14T10:15:00+02:00 by the press office.", "2022-10-14", False),
        ("The line must run by the end of 2023.", "2023", True),
        ("The permit is valid until 2030.", "2030", True),
        ("They have worked together since 2015.", "2015", False),
    ],
)
def test_english_leads_glued_stamps_and_limits(text: str, value: str, deadline: bool) -> None:
    found = find_dates(text, "2022-10-20", lang="en")
    assert [(m.value, m.deadline) for m in found] == [(value, deadline)]


def test_a_sentence_may_open_with_a_capital_of_any_script() -> None:
    # "Émile …" opens a sentence of its own: the year of the sentence two back does not reach its date
    for name in ("Ewa przyjechała", "Émile przyjechał", "Čeněk przyjechał"):
        text = f"Umowę podpisano 3 marca 2022 r. Druga wiadomość. {name} 5 kwietnia."
        assert [m.value for m in find_dates(text, None)] == ["2022-03-03", None]
