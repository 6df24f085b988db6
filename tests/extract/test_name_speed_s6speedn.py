"""The shortcuts of the name components (s6, speed only): each answers as the full test it stands in front of."""

from __future__ import annotations

from kooperacja.extract.analysis import analyse_text
from kooperacja.extract.chunker import _capital_words
from kooperacja.extract.doc import Doc
from kooperacja.extract.matcher import Matcher, matcher, parse_pattern
from kooperacja.extract.name_classify import CUE_PATTERNS
from kooperacja.extract.name_shape import shouting
from kooperacja.extract.names import _any_case_search


def _doc(text: str) -> Doc:
    doc = Doc(text=text)
    analyse_text(doc)
    return doc


def test_the_any_case_search_finds_what_the_lower_cased_text_holds() -> None:
    words = frozenset({"kot", "pies", "piesek", "mi"})
    searches = _any_case_search(words)
    assert searches is not None and len(searches) == 3  # "piesek" holds "pies": no search of its own
    texts = [
        "Ala ma KOTA.",
        "Tu PiEsEk śpi.",
        "nic tu nie ma",
        "\u212aOT na dachu",
        "M\u0130",
        "M\u0130nus",
        "pie s",
    ]
    for text in texts:
        found = any(rx.search(text) for rx in searches)
        assert found == any(w in text.lower() for w in words), text


def test_the_any_case_search_gives_up_on_words_beyond_lower_case_ascii() -> None:
    assert _any_case_search(frozenset({"żaba"})) is None
    assert _any_case_search(frozenset({"Kot"})) is None


def test_the_cue_test_holds_every_last_word_of_the_context_patterns() -> None:
    cx = matcher("pl", "patterns/name_context")
    doc = _doc(
        "Klaster pod nazwą Dolina Wody, stowarzyszenie pn. „Zielony Las” i program Wymiana Kadr. Fot. Studio "
        "Lumen. Duży Betamax kupił halę od spółki Kormex, która została Liderem Roku."
    )
    for end in range(len(doc.tokens) + 1):
        matched = any(cx.ends_at(doc, name, end) for name in CUE_PATTERNS)
        assert not matched or cx.may_end_at(doc, CUE_PATTERNS, end), doc.tokens[end - 1].text
    words = [t.text for t in doc.tokens]
    for before in ("nazwą", "„", "program", "została"):
        assert cx.may_end_at(doc, CUE_PATTERNS, words.index(before) + 1), before
    assert not cx.may_end_at(doc, CUE_PATTERNS, words.index("Duży") + 1)
    assert not cx.may_end_at(doc, CUE_PATTERNS, 0)


def test_the_cue_test_gives_up_where_a_last_token_may_be_anything() -> None:
    doc = _doc("Nasz dom stoi na wzgórzu.")
    cx = matcher("pl", "patterns/name_context")
    # `company_role_before` may end with a spec of part of speech and case only: nothing to test first
    assert all(cx.may_end_at(doc, ("company_role_before",), end) for end in range(1, len(doc.tokens) + 1))
    optional = Matcher(
        {"maybe": [parse_pattern("[lower=na]? [text=:]?")], "lemma": [parse_pattern("[lemma=dom pos=subst]")]}
    )
    assert optional.may_end_at(doc, ("maybe",), 1)  # every token optional: a match may be empty
    assert [end for end in range(len(doc.tokens) + 1) if optional.may_end_at(doc, ("lemma",), end)] == [2]


def test_capitalised_words_are_every_word_that_is_not_all_lower_case() -> None:
    doc = _doc("Firma eBay i spółka Kowalex podpisały 3 umowy, a NBP milczy.")
    expected = [i for i, t in enumerate(doc.tokens) if t.is_word and not t.text.islower()]
    assert _capital_words(doc.tokens) == expected
    assert [doc.tokens[i].text for i in expected] == ["Firma", "eBay", "Kowalex", "NBP"]


def test_a_headline_in_capitals_is_shouting_and_a_sentence_is_not() -> None:
    doc = _doc("WIELKA INWESTYCJA W GMINIE LASKOWO\n\nGmina Laskowo buduje nową halę dla firmy Kowalex.")
    spans = doc.sent_span
    assert shouting(doc, *spans[0])
    assert not shouting(doc, *spans[-1])
