"""Rules of session 11 (fig11) for figures, each with its own-words sentence and a near miss that must not fire."""

from __future__ import annotations

import kooperacja


def _figures(text: str) -> set[tuple[str, str, float]]:
    rec = kooperacja.extract(text, doc_id="t", published="2025-03-01")
    names = {e["id"]: e["name"] for e in rec["entities"]}
    return {(names[f["entity"]], f["metric"], float(f["value"])) for f in rec["figures"]}


# --- a sentence opening with a short form of a name named before, or with a firm the text has not named -------------
def test_short_form_subject_owns_the_figure_not_a_later_name() -> None:
    got = _figures(
        "Nowe inwestycje w gminie to zakład firmy Baltrom Polska oraz biuro spółki Velto Systems.\n\n"
        "Baltrom zbuduje na nowej działce halę za 60 mln zł i zatrudni 90 osób, a Velto Systems ma już "
        "40 pracowników."
    )
    assert ("Baltrom Polska", "investment", 60e6) in got
    assert ("Baltrom Polska", "jobs", 90.0) in got
    assert not any(o == "Velto Systems" and m == "investment" for o, m, _v in got)


def test_named_firm_with_apposition_keeps_its_figure() -> None:
    # near miss: the name finder knows the firm before the apposition: its own mention owns the money (the rule's
    # no-owner answer is for a name it left alone, as in a flattened table's row read wrongly)
    got = _figures(
        "Patronem konkursu jest Pomorska Specjalna Strefa Ekonomiczna. Delvort Engineering, duński producent "
        "śrub okrętowych, w zeszłym roku otworzył w Tczewie zakład za 45 mln zł."
    )
    assert ("Delvort Engineering", "investment", 45e6) in got


def test_common_word_opening_still_takes_the_previous_subject() -> None:
    # near miss: "Spółka" opens the sentence, a common noun, not a name: the firm of the sentence before owns it
    got = _figures("Firma Korvex kupiła działkę w Żarach. Spółka wyda na nową halę 30 mln zł.")
    assert ("Korvex", "investment", 30e6) in got


# --- the sum of a few projects or firms just named is nobody's figure; so is a headline amount that the body sums ---
def test_sum_of_few_named_projects_is_nobodys() -> None:
    got = _figures(
        "Strefa ma dwóch nowych inwestorów. Firma Arvento postawi w Pile halę za 30 mln zł, a spółka Kelmot "
        "zainwestuje w Chodzieży 12 mln zł. W sumie oba projekty dadzą około 90 miejsc pracy."
    )
    assert ("Arvento", "investment", 30e6) in got
    assert ("Kelmot", "investment", 12e6) in got
    assert not any(v == 90 for _o, _m, v in got)


def test_sum_with_demonstrative_and_its_headline_are_nobodys() -> None:
    got = _figures(
        "Gniezno przyciąga inwestorów. W tym roku ponad 500 mln zł nowych projektów\n\n"
        "Największe inwestycje to nowa hala firmy Mirvel oraz centrum badawcze spółki Dantrok. Łącznie to ponad "
        "500 mln zł – mówił na sesji rady miasta naczelnik wydziału. Mirvel otrzymał decyzję o wsparciu od "
        "Wałbrzyskiej Specjalnej Strefy Ekonomicznej."
    )
    assert not any(v == 500e6 for _o, _m, v in got)


def test_zone_total_of_its_firms_stays_the_zones() -> None:
    # near miss: "łącznie" with firms counted by nobody (all those of a zone's year): the zone's total
    got = _figures(
        "Słupska Specjalna Strefa Ekonomiczna wydała w ubiegłym roku 12 decyzji o wsparciu. W sumie przedsiębiorcy "
        "zadeklarowali utworzenie 310 nowych miejsc pracy."
    )
    assert ("Słupska Specjalna Strefa Ekonomiczna", "jobs", 310.0) in got


def test_headline_amount_of_a_named_owner_stays() -> None:
    # near miss: the headline names its owner; the body's amount, a sum of two, does not take it away
    got = _figures(
        "Firma Norvalt wyda 80 mln zł na nowy zakład\n\nSpółka Norvalt zbuduje zakład w Oleśnicy, a firma Pelkor "
        "magazyn w Miliczu. Łącznie to 80 mln zł i 60 miejsc pracy."
    )
    assert ("Norvalt", "investment", 80e6) in got
