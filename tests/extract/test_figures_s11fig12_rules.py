"""Rules of session 11 (fig12) for figures, each with its own-words sentence and a near miss that must not fire.
The sentences and names are invented."""

from __future__ import annotations

import kooperacja


def _figures(text: str) -> set[tuple[str, str, float]]:
    rec = kooperacja.extract(text, doc_id="t", published="2026-03-01")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return {(names[f["entity"]], f["metric"], float(f["value"])) for f in rec["figures"]}


# --- a transcript's speaker tags own nothing -------------------------------------------------------------------
def test_speaker_tag_in_capitals_is_no_owner() -> None:
    got = _figures(
        "PROWADZĄCY: Czy do gminy trafi nowy inwestor?\nMAREK ZIELIŃSKI: Tak. W czwartek sprzedaliśmy działkę firmie "
        "Tapicor Meble. Firma postawi tam fabrykę za około 55 milionów złotych."
    )
    assert ("Tapicor Meble", "investment", 55e6) in got
    assert not any(o.isupper() for o, _m, _v in got)


def test_speaker_tag_with_a_role_leaves_the_figure_to_the_firm_named_in_it() -> None:
    got = _figures(
        "REDAKTOR: Jaki będzie koszt inwestycji?\nPIOTR WRONA, prezes Kalmetu: Wydamy na nią 40 mln zł, a pracę "
        "znajdzie 90 osób."
    )
    assert got == {("Kalmet", "investment", 40e6), ("Kalmet", "jobs", 90.0)}


def test_one_headline_in_capitals_with_a_colon_keeps_its_owner() -> None:
    # near miss: one line "NAME: …" is a headline or a report's heading, no transcript; its name owns the figure
    got = _figures(
        "KORVEX POLSKA: hala za 25 mln zł i 40 nowych miejsc pracy\nSpółka rozpocznie budowę w Kole w maju."
    )
    assert got == {("KORVEX POLSKA", "investment", 25e6), ("KORVEX POLSKA", "jobs", 40.0)}
    got = _figures(
        "Raport bieżący nr 5/2026\nKORVEX POLSKA S.A.: Zarząd informuje, że spółka wyda na halę 25 mln zł."
    )
    assert ("KORVEX POLSKA S.A.", "investment", 25e6) in got
