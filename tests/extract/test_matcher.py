"""The token pattern matcher (extract/matcher.py) and the pattern files under data/<lang>/patterns/."""

from __future__ import annotations

import pytest

from kooperacja.data.language_data import language_data
from kooperacja.extract.analysis import analyse_text
from kooperacja.extract.doc import Doc
from kooperacja.extract.matcher import Matcher, PatternError, matcher, parse_pattern


def _doc(text: str) -> Doc:
    doc = Doc(text=text)
    analyse_text(doc)
    return doc


def _at(doc: Doc, word: str) -> int:
    return next(i for i, t in enumerate(doc.tokens) if t.text == word)


def _one(pattern: str) -> Matcher:
    return Matcher({"p": [parse_pattern(pattern, language_data("pl"))]})


def test_a_pattern_ends_right_before_a_token() -> None:
    doc = _doc("Rozmowy odbyły się w siedzibie Spółki Alfa w Kielcach.")
    m = _one("[lower=w|we] [lemma=siedziba|teren]")
    assert m.ends_at(doc, "p", _at(doc, "Spółki"))
    assert not m.ends_at(doc, "p", _at(doc, "Alfa"))
    assert not m.ends_at(doc, "p", _at(doc, "Kielcach"))  # "w" alone is not enough


def test_optional_and_repeated_tokens() -> None:
    doc = _doc("Umowę podpisała gmina reprezentowana dziś osobiście przez wójta Jana Lisa.")
    window = _one("[prefix=reprezentowan] []? []? []?")
    assert window.ends_at(doc, "p", _at(doc, "wójta"))
    assert not _one("[prefix=reprezentowan] []? []?").ends_at(doc, "p", _at(doc, "wójta"))
    assert _one("[prefix=reprezentowan] [word=true]+").ends_at(doc, "p", _at(doc, "wójta"))
    assert _one("[prefix=reprezentowan] [cap=false]*").ends_at(doc, "p", _at(doc, "wójta"))
    assert not _one("[prefix=reprezentowan] [cap=true]+").ends_at(doc, "p", _at(doc, "wójta"))
    assert _one("[lower=przez] [lemma=wójt] [cap=true]+").starts_at(doc, "p", _at(doc, "przez"))


def test_lemma_part_of_speech_and_case_hold_in_one_reading() -> None:
    doc = _doc("Podpisano porozumienie o powołaniu Klastra Wodnego.")
    cl = _at(doc, "Klastra")
    assert _one("[pos=ger lemma=powołać case=loc]").ends_at(doc, "p", cl)
    assert not _one("[pos=fin lemma=powołać]").ends_at(doc, "p", cl)
    assert not _one("[pos=ger lemma=powołać case=nom]").ends_at(doc, "p", cl)


def test_a_lower_bound_keeps_a_match_inside_a_sentence() -> None:
    doc = _doc("Było to przy okazji targów. Izba Beta zaprosiła firmy.")
    izba = _at(doc, "Izba")
    window = _one("[lower=przy] []? []? []? []?")
    assert window.ends_at(doc, "p", izba)
    assert not window.ends_at(doc, "p", izba, lo=izba)


def test_a_value_may_name_a_table_of_the_language() -> None:
    first = language_data("pl").column("meeting_words")[0]
    spec = parse_pattern("[lemma=@meeting_words]", language_data("pl"))[0]
    assert spec.lemma is not None and first.lower() in spec.lemma


@pytest.mark.parametrize(
    "bad",
    [
        "lower=w",
        "[lower]",
        "[colour=red]",
        "[cap=maybe]",
        "[lower=w] oraz [lower=we]",
        "[lemma=@meeting_words",
    ],
)
def test_a_bad_pattern_says_what_is_wrong(bad: str) -> None:
    with pytest.raises(PatternError, match="pattern"):
        parse_pattern(bad, language_data("pl"))


def test_every_pattern_file_of_the_language_reads() -> None:
    folder = language_data("pl").root / "patterns"
    names = sorted(p.stem for p in folder.glob("*.tsv"))
    assert "event_context" in names and "name_context" in names
    for name in names:
        assert matcher("pl", f"patterns/{name}").patterns


def test_the_event_patterns_fire_on_sentences_of_their_kind() -> None:
    cx = matcher("pl", "patterns/event_context")
    doc = _doc(
        "Forum zorganizowane przez Izbę Alfa odbyło się na terenie Parku Beta ze środków Funduszu Gamma."
    )
    assert cx.ends_at(doc, "organizer_before", _at(doc, "Izbę"))
    assert cx.ends_at(doc, "premises", _at(doc, "Parku"))
    assert cx.ends_at(doc, "funding", _at(doc, "Funduszu"))
    assert not cx.ends_at(doc, "premises", _at(doc, "Izbę"))
    after = _doc("Izba Alfa zorganizuje spotkanie.")
    assert cx.starts_at(after, "organizer_after", _at(after, "Alfa") + 1)
    street = matcher("pl", "patterns/name_context")
    addr = _doc("Biuro mieści się przy ul. Polnej w Borowie.")
    assert street.ends_at(addr, "address", _at(addr, "Polnej"))
    assert not street.ends_at(addr, "address", _at(addr, "Borowie"))


def test_a_value_may_name_the_rows_of_one_use() -> None:
    data = language_data("pl")
    topic = {r["word"] for r in data.rows("event_words") if r["use"] == "topic"}
    spec = parse_pattern("[lower=@event_words:topic]", data)[0]
    assert spec.lower == frozenset(w.lower() for w in topic)
    with pytest.raises(PatternError, match="no table"):
        parse_pattern("[lower=@no_such_table]", data)


def test_the_membership_meeting_award_and_officer_patterns() -> None:
    cx = matcher("pl", "patterns/event_context")
    doc = _doc(
        "Spółka Alfa została członkiem stowarzyszenia Beta, a jej zarząd spotkał się z wójtem Gminy Borowo."
    )
    assert cx.ends_at(doc, "group_after", _at(doc, "Beta"))
    assert not cx.ends_at(doc, "group_after", _at(doc, "Alfa"))
    assert cx.ends_at(doc, "met_with", _at(doc, "Gminy"))
    prize = _doc("Laureatem nagrody Izby Gamma jest list w sprawie utworzenia klastra.")
    assert cx.ends_at(prize, "award_of", _at(prize, "Izby"))
    assert cx.ends_at(prize, "topic", _at(prize, "utworzenia"))
    assert not cx.ends_at(prize, "topic", _at(prize, "klastra"), lo=_at(prize, "utworzenia"))
    names = matcher("pl", "patterns/name_context")
    officer = _doc("Rozmawiał z nim prezes Alfatechu.")
    assert names.ends_at(officer, "company_officer", _at(officer, "Alfatechu"))
    assert not names.ends_at(officer, "company_officer", _at(officer, "nim"))


def test_a_pattern_row_added_in_a_data_folder_takes_effect(tmp_path) -> None:  # noqa: ANN001
    import shutil

    from kooperacja.data.language_data import set_data_root
    from kooperacja.extract.names import NameFinder

    text = "Biuro Alfa mieści się przy skwerze Jana Lisa w Kielcach."
    folder = tmp_path / "pl"
    shutil.copytree(language_data("pl").root, folder)
    table = folder / "patterns" / "name_context.tsv"
    table.write_text(table.read_text(encoding="utf-8") + "address\t[lemma=skwer]\n", encoding="utf-8")

    def names() -> list[str]:
        doc = _doc(text)
        NameFinder("pl").chunk(doc)
        return [m.name for m in doc.mentions]

    before = names()
    set_data_root("pl", folder)
    try:
        doc = _doc(text)
        assert matcher("pl", "patterns/name_context").ends_at(doc, "address", _at(doc, "Jana"))
        after = names()
    finally:
        set_data_root("pl", None)
    assert "Jan Lis" in before
    assert "Jan Lis" not in after and "Kielce" in after  # "przy skwerze Jana Lisa" is now an address
    assert names() == before


def test_the_acting_place_and_venue_patterns() -> None:
    cx = matcher("pl", "patterns/event_context")
    doc = _doc("Burmistrz Borowa i prezydent Kielc podpisali umowę w auli Uczelni Alfa.")
    assert cx.ends_at(doc, "acting_place", _at(doc, "Borowa"))  # after a role title
    assert cx.ends_at(doc, "acting_place", _at(doc, "prezydent"))  # after "i"
    assert not cx.ends_at(doc, "acting_place", _at(doc, "Uczelni"))
    assert cx.ends_at(doc, "venue", _at(doc, "Uczelni"))
    assert not cx.ends_at(doc, "venue", _at(doc, "Kielc"))


def test_the_first_token_test_of_starts_at_rules_out_only_what_cannot_match() -> None:
    """`starts_at` tests the first token against the forms, texts, lemmas and prefixes that every pattern's first
    spec names before matching; a name whose pattern opens with an optional token or any token keeps no such test."""
    doc = _doc(
        "Wczoraj przedstawiciele firmy Beta odwiedzili halę, a (fot. Jan Lis) zdjęcie zrobił reporter."
    )
    beta, hall = _at(doc, "Beta"), _at(doc, "halę")
    two = Matcher(
        {"p": [parse_pattern("[lower=firmy] [cap=true]"), parse_pattern("[prefix=przedstawic] []")]}
    )
    assert two.starts_at(doc, "p", beta - 1) and two.starts_at(doc, "p", beta - 2)
    assert not two.starts_at(doc, "p", beta) and not two.starts_at(doc, "p", len(doc.tokens))
    lemma = _one("[lemma=odwiedzić] [lemma=hala]")
    assert lemma.starts_at(doc, "p", hall - 1) and not lemma.starts_at(doc, "p", hall)
    assert _one("[text=(] [lower=fot]").starts_at(doc, "p", _at(doc, "("))
    optional = _one("[lower=a]? [text=(]")  # no first-token test: the optional "a" may be left out
    assert optional.starts_at(doc, "p", _at(doc, "(")) and optional.starts_at(doc, "p", _at(doc, "a"))
    anything = _one("[] [lower=firmy]")
    assert anything.starts_at(doc, "p", beta - 2) and not anything.starts_at(doc, "p", beta)
