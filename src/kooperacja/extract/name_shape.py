"""The shape of words in a name: capitals, gaps, head nouns, adjectives, acronyms, first names, quotes.

Small tests on one token (or two) that the name components share; none of them holds words of a language."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from operator import attrgetter

from kooperacja.extract.cues import tag_classes
from kooperacja.extract.doc import Doc
from kooperacja.extract.lexicon import Lexicon
from kooperacja.text.morphology import ADJECTIVAL, NOMINAL, Reading
from kooperacja.text.tokens import CLOSING_QUOTES, OPENING_QUOTES, Token

VERSION = re.compile(r"\d\.0")
ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
# administrations take no patron: "Województwa Jana Lisa" is an office and its holder
NO_PATRONS = {"municipality", "regional_government", "national_government"}
OPEN_QUOTES = OPENING_QUOTES  # the text layer's (kooperacja.text.tokens)
CLOSE_QUOTES = CLOSING_QUOTES
_POS, _FIRST_NAME = attrgetter("pos"), attrgetter("first_name")
INITIAL_PUNCT = {'"', "„", "“", "(", "–", "-", "—", "•", ":", "*", "«", "·", "|", "►", "…"}


def is_cap(doc: Doc, i: int) -> bool:
    tok = doc.tokens[i]
    if not tok.is_word:
        return False
    if tok.is_cap:
        return True
    t = tok.text
    return len(t) > 2 and (t[1].isupper() or t[2].isupper())  # eBay, iRobot


def gap_before(doc: Doc, i: int) -> str:
    """The text between token i-1 and token i."""
    toks = doc.tokens
    return doc.text[toks[i - 1].end : toks[i].start]


def line_break_before(doc: Doc, i: int) -> bool:
    """A line break (or the text's start) before token i."""
    toks = doc.tokens
    return i == 0 or (i < len(toks) and "\n" in doc.text[toks[i - 1].end : toks[i].start])


def speaker_tag_end(
    doc: Doc, i: int, end: int, most: int, closers: tuple[str, ...], spaced: bool = False
) -> int | None:
    """The one scan of a transcript's speaker tag ("JAN KOWALSKI: Tak, …", "ANNA LIS, prezes spółki: …", "PIOTR LIS
    (burmistrz Oławy): …"): at a line's start (token i), two to `most` words in capitals of more than one letter, before
    token `end`, and then one of `closers`; the closer's token, or None. `spaced`: one space between the words and at
    most one before the closer. The caller checks the first word (`first_name_nominative`) and what else its reading
    needs: the chunker (chunker._speaker_tag_end) reads the comma-and-role form, persons.speaker_tags the colon and
    the bracket."""
    if not line_break_before(doc, i):
        return None
    toks, text = doc.tokens, doc.text
    k = i
    while k < end and k - i < most and toks[k].is_word and toks[k].is_upper and len(toks[k].text) > 1:
        if spaced and k > i and text[toks[k - 1].end : toks[k].start] != " ":
            break
        k += 1
    if k - i < 2 or k >= end or toks[k].text not in closers:
        return None
    if spaced and text[toks[k - 1].end : toks[k].start] not in ("", " "):
        return None
    return k


def first_name_nominative(readings: Iterable[Reading]) -> bool:
    """A speaker tag's first word: a first name in the nominative singular among its readings ("MARKI PREMIUM:", the
    plural of Marek, brands, is none)."""
    return any(r.first_name and "nom" in r.cases and "sg" in r.numbers for r in readings)


def initial(doc: Doc, i: int, s0: int) -> bool:
    """Is token i in a position where any word is capitalised (sentence or clause start)?"""
    if i == s0:
        return True
    prev = doc.tokens[i - 1].text
    if prev in INITIAL_PUNCT or "\n" in gap_before(doc, i):
        return True
    return prev == "." or (prev.isdigit() and i - 1 == s0)


def head_lemma(doc: Doc, i: int, lex: Lexicon) -> str | None:
    if lex.org_heads.keys().isdisjoint(doc.lemmas(i)):
        return None  # no lemma of the word is a head: one set test
    rs, heads = doc.readings[i], lex.org_heads
    town = None  # a geographic reading whose lemma is the word itself: asked only for a plural head reading
    for r in rs:
        low = r.lemma.lower()
        if low not in heads:
            continue
        if r.pos in NOMINAL:
            if "sg" not in r.numbers:
                if town is None:
                    text = doc.tokens[i].text
                    town = any(q.geo and q.lemma == text for q in rs)
                if town:
                    continue  # "Radom" is a town, not a plural form of "rada"
            return low
        if r.pos == "ign":
            return low  # heads the dictionary does not know ("Technopark")
    return None


def is_adj(doc: Doc, i: int) -> bool:
    return not ADJECTIVAL.isdisjoint(map(_POS, doc.readings[i]))  # any reading adjectival (no Python loop)


def complement(doc: Doc, i: int) -> bool:
    """An adjective or a genitive noun continuing a Polish name ("Przedsiębiorstwo Gospodarki Komunalnej")."""
    text = doc.tokens[i].text
    if "-" in text and all(p[:1].isupper() for p in text.split("-")) and not is_adj(doc, i):
        return False  # "Firma Alfa-Ceramika": a hyphenated brand, whatever the guesser reads in it
    return is_adj(doc, i) or any(
        r.pos in NOMINAL and "gen" in r.cases and not r.proper for r in doc.readings[i]
    )


def common_genitive(doc: Doc, i: int, plural_only: bool = False) -> bool:
    """The word at i is a common noun in the genitive, a complement of the noun before it ("Spółki Skarbu Państwa",
    "Zakład Produkcji Opakowań"): every reading a common noun (no proper, unknown or adjective reading), one in the
    genitive and none in the nominative singular: an indeclinable noun reads in every case ("Spółka Kiwi", "Firma
    Kakadu") and may be the name in apposition. With `plural_only` every reading is a plural genitive ("mebli",
    "sklepów": what a plant makes or a chain sells)."""
    rs = doc.readings[i]
    if not rs or not all(r.pos in NOMINAL and not r.proper for r in rs):
        return False
    if plural_only:
        return all("gen" in r.cases and "pl" in r.numbers for r in rs)
    return any("gen" in r.cases for r in rs) and not any("nom" in r.cases and "sg" in r.numbers for r in rs)


def shouting(doc: Doc, s0: int, s1: int) -> bool:
    """A headline in capitals: at least three words of two or more letters, 70 % of them in capitals."""
    toks = doc.tokens
    # most sentences are decided after a few words: once more words are not in capitals than 30 % of the
    # sentence's tokens, fewer than 70 % of its words can be (a word not capitalised is not in capitals)
    limit = (s1 - s0) - 0.7 * (s1 - s0)
    lower = 0
    for t in toks[s0:s1]:
        if t.is_word and len(t.text) > 1 and (not t.is_cap or not t.is_upper):
            lower += 1
            if lower > limit:
                return False
    words = [t for t in toks[s0:s1] if t.is_word and len(t.text) > 1]
    n = len(words)
    return n >= 3 and n - lower >= 0.7 * n


_LINKING = tag_classes().clause_inf_or_impt | {"prep", "conj"}


def title_case(doc: Doc, s0: int, s1: int) -> bool:
    """A headline in title case ("Nowa Fabryka Części Pod Miastem", "Czytaj też: Fabryka Baterii Ruszyła Pełną
    Parą"): four words or more after the sentence's last colon, every one capitalised, a preposition, a
    conjunction or a verb among them after the first. Polish capitalises no such word inside a name, so capitals
    say nothing about names there. Most sentences are decided at their first word in lower case."""
    toks = doc.tokens
    start = s0
    colon = doc.text.rfind(":", toks[s0].start, toks[s1 - 1].end) if s1 - s0 > 4 else -1
    if colon >= 0:  # the last colon's token (a search in the text, no loop over the tokens)
        k = bisect_left(toks, colon, s0, s1, key=lambda t: t.start)
        start = k + 1 if k < s1 and toks[k].start == colon else s0
    words = linking = 0
    for i in range(start, s1):
        t = toks[i]
        if not t.is_word or not t.text[:1].isalpha():
            continue
        if (
            i + 1 < s1
            and toks[i + 1].text == "."
            and toks[i + 1].start == t.end
            and (i + 2 < s1 or len(t.text) < 3 or not t.text[:1].isupper())
        ):
            continue  # "S.A.", "J. Lis", "2 tys.": an abbreviation or an initial, no word of the headline (a longer
            # capitalised word before the full stop that ends the sentence is one: "Nowa Fabryka Pod Kielcami.")
        if not t.text[:1].isupper():
            return False
        words += 1
        if words > 1 and not linking:
            pos = set(map(_POS, doc.readings[i]))
            linking = int(bool(pos & _LINKING) and pos.isdisjoint(NOMINAL) and pos.isdisjoint(ADJECTIVAL))
    return words >= 4 and bool(linking)


def agree(doc: Doc, adj: int, noun: int, numbers: frozenset[str] | None = None) -> bool:
    """The adjective at `adj` can agree with the noun at `noun` in number, case and gender (in one of `numbers`
    where given)."""
    for r in doc.readings[adj]:
        if r.pos not in ADJECTIVAL:
            continue
        for q in doc.readings[noun]:
            if (
                q.pos in NOMINAL
                and (r.numbers & q.numbers if numbers is None else r.numbers & q.numbers & numbers)
                and r.cases & q.cases
                and (not q.genders or r.genders & q.genders)
            ):
                return True
    return False


def is_first_name(doc: Doc, i: int) -> bool:
    t = doc.tokens[i]
    return t.is_cap and any(map(_FIRST_NAME, doc.readings[i])) and not t.is_upper


@lru_cache(maxsize=65536)  # a pure function of the text, asked several times per chunk
def is_acronym(text: str) -> bool:
    letters = "".join(filter(str.isalpha, text))
    return 2 <= len(letters) <= 10 and sum(map(str.isupper, letters)) >= max(2, len(letters) - 1)


def is_short_name(text: str) -> bool:
    """A short name written with capitals inside a word ("KTZone", "PomTechHub"): one word of 3 to 12 letters
    that starts with a capital and has at least three. An acronym (`is_acronym`) is one too."""
    letters = [c for c in text if c.isalpha()]
    if not letters or len(letters) != len(text) or not 3 <= len(letters) <= 12:
        return False
    return is_acronym(text) or (letters[0].isupper() and sum(c.isupper() for c in letters) >= 3)


def common_word(doc: Doc, i: int, function_tags: frozenset[str]) -> bool:
    """A capitalised word that is only capitalised because of its position. A word with a capital inside it
    ("ProMetal", "EkoDom"), not all in capitals, is a name wherever it stands, whatever the dictionary guesses."""
    word = doc.tokens[i].text
    if not word.isupper() and any(ch.isupper() for ch in word[1:]):
        return False
    rs = doc.readings[i]
    if any(r.pos in function_tags for r in rs):
        return True
    if any(r.pos == "ign" or r.proper for r in rs):
        # "Nowe projekty": an adjective agreeing with the lower-case noun after it
        nxt = i + 1
        if nxt < len(doc.tokens) and doc.tokens[nxt].is_word and not doc.tokens[nxt].is_cap:
            for r in rs:
                if r.pos in ADJECTIVAL:
                    for q in doc.readings[nxt]:
                        if q.pos in NOMINAL and r.numbers & q.numbers and r.cases & q.cases:
                            return True
        return False
    return True


def capital_letter(tok: Token) -> bool:
    """One capital letter ("P" of "P.P.H.U.")."""
    return len(tok.text) == 1 and tok.text.isupper()


def dotted_initials_end(toks: list[Token], a: int, b: int) -> int:
    """Where a run of two or more dotted capital initials that opens the tokens [a, b) ends ("P.P.H.U."),
    or a where there is none."""
    k = a
    while (
        k + 1 < b and capital_letter(toks[k]) and toks[k + 1].text == "." and toks[k + 1].start == toks[k].end
    ):
        k += 2
        if k < b and toks[k].start != toks[k - 1].end:
            break  # a space after the full stop: the run ends
    return k if k - a >= 4 else a
