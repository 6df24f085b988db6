"""Aliases the text states: "X (dawniej Y)", "Y, obecnie X", "X, znany jako Y", "X (ang. Y)", and a term
that a report defines for a company ("Delta Sp. z o.o. („Spółka Projektowa”)", "(dalej: „Spółka Projektowa”)",
a word of resolve_words.tsv kind defined_intro before the quoted term).

Runs right after the entities component. Two organisation names of one sentence joined only by such
words (data/<lang>/resolve_words.tsv, kind `alias_intro`) are one organisation: the entity of the other
name is folded into it, its name kept as an alias, so that reports that use either name resolve to one
entity. The current name stays the entity's name: the first one before "dawniej"/"znany jako", the
second one after "obecnie".
"""

from __future__ import annotations

import re
from functools import cache

from kooperacja.data.language_data import language_data, on_data_change
from kooperacja.extract.doc import Doc, Entity


@cache
def _intros(lang: str) -> list[tuple[re.Pattern[str], str]]:
    rows = [r for r in language_data(lang).rows("resolve_words") if r.get("kind") == "alias_intro"]
    rows.sort(key=lambda r: len(r["word"]), reverse=True)
    out = []
    for r in rows:
        words = r"\s+".join(re.escape(w) for w in r["word"].split())
        out.append((re.compile(rf"\s*[,(–-]?\s*{words}\s*:?\s*[„\"«]?\s*", re.IGNORECASE), r["base"]))
    return out


@cache
def _longest_intro(lang: str) -> int:
    """The most characters other than white space that an introducing phrase can span: its words, a comma or
    bracket before, a colon and an opening quote after (each pattern character matches one character)."""
    rows = [r for r in language_data(lang).rows("resolve_words") if r.get("kind") == "alias_intro"]
    return max((len("".join(r["word"].split())) for r in rows), default=0) + 3


on_data_change(_intros.cache_clear)
on_data_change(_longest_intro.cache_clear)


def _intro(between: str, lang: str = "pl") -> str | None:
    if len("".join(between.split())) > _longest_intro(lang):
        return None  # more text between the names than any introducing phrase
    for pat, kind in _intros(lang):
        if pat.fullmatch(between):
            return kind
    return None


# "Delta Sp. z o.o. („Spółka Projektowa”)", "(dalej: „Spółka Projektowa”)": a term a report defines in brackets
# and quotes right after a name, maybe after a word of resolve_words.tsv kind defined_intro and a colon
@cache
def _defined_open(lang: str) -> re.Pattern[str]:
    rows = [r["word"] for r in language_data(lang).rows("resolve_words") if r.get("kind") == "defined_intro"]
    words = "|".join(
        r"\s+".join(re.escape(w) for w in row.split()) for row in sorted(rows, key=len, reverse=True)
    )
    intro = rf"(?:(?:{words})\s*:?\s*)?" if words else ""
    return re.compile(rf"\s*\(\s*{intro}[„\"«]?\s*", re.IGNORECASE)


on_data_change(_defined_open.cache_clear)
_DEFINED_CLOSE = re.compile(r"\s*[”\"»]?\s*\)")
_QUOTES = '„”"«»'


def _defined_term(text: str, a_end: int, b_start: int, b_end: int, lang: str = "pl") -> bool:
    """The second name is a term defined for the first: in brackets right after it (maybe after "dalej:"), in
    quotes."""
    between, closing = text[a_end:b_start], _DEFINED_CLOSE.match(text, b_end)
    if not (_defined_open(lang).fullmatch(between) and closing):
        return False
    quoted = between.rstrip()[-1:] in _QUOTES or text[b_start] in _QUOTES
    return quoted and (text[b_end - 1] in _QUOTES or any(ch in _QUOTES for ch in closing.group()))


def _fold(keep: Entity, gone: Entity, current_is_gone: bool) -> None:
    names = [gone.name, *gone.aliases]
    if current_is_gone:
        names = [keep.name, *names]
        keep.name = gone.name
    for n in names:
        if n != keep.name and n not in keep.aliases:
            keep.aliases.append(n)
    keep.mentions = sorted(set(keep.mentions) | set(gone.mentions))
    keep.subtype = keep.subtype or gone.subtype
    keep.country = keep.country or gone.country


def link_stated_aliases(doc: Doc) -> None:
    """Fold the entity of a name the text gives as another name of an organisation into it."""
    ms = doc.mentions
    orgs = sorted(
        (n for n, m in enumerate(ms) if m.entity >= 0 and m.type == "organization"), key=lambda n: ms[n].start
    )
    parent = list(range(len(doc.entities)))
    current: dict[int, bool] = {}

    def find(x: int) -> int:
        while parent[x] != x:
            x = parent[x]
        return x

    for a, b in zip(orgs, orgs[1:], strict=False):
        ma, mb = ms[a], ms[b]
        ea, eb = find(ma.entity), find(mb.entity)
        if ea == eb or ma.sent != mb.sent or mb.start < ma.end:
            continue
        kind = _intro(doc.text[ma.end : mb.start], doc.lang)
        if kind is None and _defined_term(doc.text, ma.end, mb.start, mb.end, doc.lang):
            kind = "same"
        if kind is None:
            continue
        parent[eb] = ea
        current[eb] = kind == "current"
    gone = [i for i in range(len(doc.entities)) if find(i) != i]
    if not gone:
        return
    for i in sorted(gone):
        _fold(doc.entities[find(i)], doc.entities[i], current.get(i, False))
    keep = [i for i in range(len(doc.entities)) if find(i) == i]
    index = {old: new for new, old in enumerate(keep)}
    for m in ms:
        if m.entity >= 0:
            m.entity = index[find(m.entity)]
    doc.entities = [doc.entities[i] for i in keep]
    for n, ent in enumerate(doc.entities):
        ent.id = f"e{n + 1}"
