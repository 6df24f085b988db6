"""Sentence boundaries robust to Polish abbreviations (m.in., dr, ul., r., br., ds., S.A., Sp. z o.o.)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from kooperacja.data.language_data import language_data, on_data_change
from kooperacja.text.morphology import morphology
from kooperacja.text.tokens import Token


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    i: int = 0


@cache
def _abbreviations(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    always, year = set(), set()
    for row in language_data(lang).rows("abbreviations"):
        (always if row["kind"] == "always" else year).add(row["abbreviation"])
    return frozenset(always), frozenset(year)


@cache
def _units(lang: str) -> frozenset[str]:
    """Abbreviations of units and currencies ("zł.", "ha."): after a number, not a date, so a short sentence ending
    with one ends there ("Spółka zainwestuje 20 mln zł. Zatrudni 50 osób.")."""
    return frozenset(
        row["abbreviation"] for row in language_data(lang).rows("abbreviations") if row["kind"] == "measure"
    )


# Candidate ends: terminal punctuation (with closing quotes/brackets) or a line break. Written as one of the marks
# first (then: it is the line break, or the rest of the marks' run, the closers and what may follow), so that the
# search skips every other character by its first-character set instead of trying the expression at each one;
# the run is possessive, since no mark can give way to a closer or to what follows (the same ends as
# `[.!?…]+[closers]*(?=…)|\n`).
_END_RE = re.compile(r"[.!?…\n](?:(?<=\n)|[.!?…]*+[\"'”»)\]]*(?=\s|$|[A-ZĄĆĘŁŃÓŚŹŻ„\"]))")
_WORD_BEFORE_RE = re.compile(r"([\w.&]+)$")
_NEXT_RE = re.compile(r"\s*(\S)")


@cache
def _legal_form_data(lang: str) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    """The legal forms of company names that end with a full stop (``legal_forms``, as a pattern that matches one
    ending a text) and the titles that tie a person to an organisation (``role_titles``): none where the language
    lacks either table."""
    data = language_data(lang)
    if not (data.has("legal_forms") and data.has("role_titles")):
        return None, frozenset()
    forms = sorted(
        {r["tokens"] for r in data.rows("legal_forms") if r["tokens"].endswith(".")}, key=len, reverse=True
    )
    body = "|".join(r"\s*".join(re.escape(t) for t in f.split()) for f in forms)
    return re.compile(rf"(?<!\w)(?:{body})$"), frozenset(r["lemma"].lower() for r in data.rows("role_titles"))


on_data_change(_abbreviations.cache_clear)
on_data_change(_units.cache_clear)
on_data_change(_legal_form_data.cache_clear)

_PERSON_NEXT_RE = re.compile(r"\s*([A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+)\s+[A-ZĄĆĘŁŃÓŚŹŻ]")
_TITLE_WINDOW = 6  # words between a role title and the legal form that ends its organisation's name


def _legal_form_apposition(text: str, m: re.Match[str], start: int, lang: str) -> bool:
    """Whether the full stop ends a legal form inside "role title + organisation + person" ("prezes Termex sp. z
    o.o. Jan Kowalski podpisał…"): the legal form, then a given name and a capitalised word, with a role title at
    most six words before the legal form in the same sentence, no comma between them. A legal form followed by a
    person's name with no role title before it still ends the sentence ("…spółka Termex sp. z o.o. Jan Kowalski,
    prezes firmy, …")."""
    forms, titles = _legal_form_data(lang)
    if forms is None:
        return False
    person = _PERSON_NEXT_RE.match(text, m.end())  # the cheaper test first
    if not person:
        return False
    form = forms.search(text, max(start, m.start() - 30), m.start() + 1)
    if not form:
        return False
    morph = morphology()  # a few words, only at the rare legal form before a given name
    if not any(r.first_name for r in morph.analyse(person.group(1))):
        return False
    # only a title of the legal form's own clause: not one that ends its clause ("podpisał prezes, a wykonawcą
    # będzie X sp. z o.o. Anna Nowak, …") nor one before a ", który" break: the words after the last comma
    lead = text[start : form.start()]
    lead = lead[lead.rfind(",") + 1 :]
    for word in lead.split()[-_TITLE_WINDOW:]:
        word = word.strip("„”\"'(),:;").lower()
        if word and (word in titles or titles & morph.lemma_set(word)):
            return True
    return False


def _word_before(text: str, end: int, width: int = 40) -> str:
    """The run of word characters, dots and ampersands that ends at `end` (at most `width` back), as
    `_WORD_BEFORE_RE.search(text, end - width, end)` finds it (also before a line break that ends the window),
    by a scan backwards instead of a match tried at each of the 40 starts."""
    lo = max(0, end - width)
    if end > lo and text[end - 1] == "\n":
        end -= 1  # "$" matches before a final line break too
    k = end
    while k > lo:
        c = text[k - 1]
        if c.isalnum() or c in "_.&":
            k -= 1
        else:
            break
    return text[k:end]


def _inside_initialism(text: str, before: str, after: int) -> bool:
    """Whether the full stop before `after` is inside a dotted initialism: the word before it is one or more
    single letters joined by full stops, and one letter and a full stop follow at once ("S.K|A.", "S.p|A.")."""
    return (
        after + 1 < len(text)
        and text[after].isalpha()
        and text[after + 1] == "."
        and all(len(part) == 1 and part.isalpha() for part in before.split("."))
    )


def _is_boundary(text: str, m: re.Match[str], start: int = 0, lang: str = "pl") -> bool:
    if m.group() == "\n":
        return True
    if m.group()[0] != ".":
        return True
    nxt = _NEXT_RE.match(text, m.end())
    if not nxt:
        return True
    ch = nxt.group(1)
    if ch.isupper() and _legal_form_apposition(text, m, start, lang):
        return False  # "prezes Termex sp. z o.o. Jan Kowalski": the person named after a role and a company
    before = _word_before(text, m.start())
    if before:
        word = before.lower().strip(".")
        always, year = _abbreviations(lang)
        last = word.rsplit(".", 1)[-1] if word not in always and word not in year else word
        if word in always or last in always:
            return False
        if len(before) == 1 and before.isupper():
            return False  # an initial: "J. Kowalski"
        if _inside_initialism(text, before, m.end()):
            return False  # "S.K.A.", "S.p.A.": one more letter and a full stop follow with no space
        if word in year or last in year:
            if len(text[start : m.start()].split()) <= 6 and word not in _units(lang):
                return False  # "W czwartek 12 października 2023 r. Strefa podpisała…": a date is no sentence
            return ch.isupper() or ch in '„"–-'
        if before.isdigit() and ch.islower():
            return False  # "7. miejsce"
    return not ch.islower() and ch not in ",;:)"


def split_sentences(text: str, lang: str = "pl") -> list[Sentence]:
    """Sentences as [start, end) offsets, trimmed of surrounding white space; blank ones dropped."""
    out: list[Sentence] = []
    start = 0
    for m in _END_RE.finditer(text):
        mark = m.group()
        if mark == "\n":
            end = m.start()
        elif mark[0] != "." or _is_boundary(
            text, m, start, lang
        ):  # a line break or "!", "?", "…" always ends one
            end = m.end()
        else:
            continue
        _add(text, start, end, out)
        start = m.end()
    _add(text, start, len(text), out)
    return out


def _add(text: str, start: int, end: int, out: list[Sentence]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(start, end, len(out)))


def token_sentences(
    tokens: Sequence[Token], sentences: Sequence[Sentence]
) -> tuple[list[int], list[tuple[int, int]]]:
    """Each token's sentence, and each sentence's token span [first, end): a token between two sentences
    belongs to the one before, a token after the last to the last."""
    n = len(tokens)
    sent_of = [0] * n
    spans: list[tuple[int, int]] = []
    ti = 0
    for s, sent in enumerate(sentences):
        while ti < n and tokens[ti].start < sent.start:
            sent_of[ti] = max(s - 1, 0)
            ti += 1
        first = ti
        while ti < n and tokens[ti].end <= sent.end:
            sent_of[ti] = s
            ti += 1
        spans.append((first, ti))
    while ti < n:
        sent_of[ti] = len(sentences) - 1
        ti += 1
    return sent_of, spans
