"""Tokens with character offsets (the joining of spaced compound adjectives reads the language's data)."""

from __future__ import annotations

import re
from functools import cache
from itertools import count

from kooperacja.data.language_data import language_data, on_data_change

# Quotation marks, in one place (the text layer's), for every component that tests or strips them:
QUOTES = "\"'„”“‟«»‚‘’`´"
"""Every quotation mark: straight, typographic (low-9 and high), guillemets, and the backtick and acute accent
written for an apostrophe; what name keys strip."""
OPENING_QUOTES = frozenset("\"„“«'‘")
"""The marks that open a quotation ("„Złoty Most”", "“Polish” style", «…», '…', ‘…’); `"` and `'` both open
and close, and `“` closes a Polish quotation opened with `„`."""
CLOSING_QUOTES = frozenset("\"”“»'’")
"""The marks that close a quotation."""
DOUBLE_QUOTES = frozenset('"„”“«»')
"""The double marks and guillemets (no single quotes, which are apostrophes too)."""


class Token:
    """A token with character offsets. The shape tests that components ask most often (`is_word`, `is_cap`,
    `lower`: hundreds of thousands of times per thousand documents) are plain attributes, computed once."""

    text: str
    start: int
    end: int
    i: int
    is_word: bool
    is_cap: bool
    lower: str
    __slots__ = tuple(__annotations__)  # the fields above

    def __init__(self, text: str, start: int, end: int, i: int = 0) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.i = i
        first = text[0]
        self.is_word = first.isalpha()
        self.is_cap = first.isupper()
        self.lower = text.lower()

    @property
    def is_upper(self) -> bool:
        text = self.text
        if text.islower():  # fast path: then no letter is upper case
            return False
        rest = text[1:]
        if rest.isalpha() and rest.islower():  # fast path: "Spółka" (all letters after the first, one lower)
            return False
        letters = [c for c in text if c.isalpha()]
        return len(letters) >= 2 and all(c.isupper() for c in letters)

    @property
    def is_num(self) -> bool:
        return self.text[0].isdigit()

    def __repr__(self) -> str:
        return f"Token(text={self.text!r}, start={self.start!r}, end={self.end!r}, i={self.i!r})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.text, self.start, self.end, self.i) == (other.text, other.start, other.end, other.i)  # type: ignore[attr-defined]

    __hash__ = None  # type: ignore[assignment]  # mutable (`i`), like the dataclass it replaces


# possessive runs (`*+`, `++`): no run can give back a character that the next part of its alternative could
# use (a dot, a dash or an apostrophe is no word character), so nothing is retried; the same tokens, found sooner.
# Every token starts with a character other than a space or "_", read first: the search then skips spaces by that
# character set instead of trying each alternative at each of them; each alternative tests the character it read
# by a look-behind. The first alternative is the word of the last one where the character after it can continue
# neither the acronym nor the domain alternative (no word character, dot, dash, apostrophe, "&" or "+"), so that
# neither would match: most words are taken by one scan instead of three. A punctuation mark or a digit starts no
# other alternative, so theirs come next (tried before the three that fail on them).
_SPLIT_RE = re.compile(
    r"[^\s_](?:"
    r"(?<=[^\W\d_])[^\W_]*+(?:[-'’–][^\W_]++)*+(?![\w.\-'’–&+])"  # a word that is no start of the two below
    r"|(?<=[^\w\s])"  # single punctuation
    r"|(?<=\d)\d*+(?:[.,]\d++)*+"  # numbers: 2,75 / 1.200
    r"|(?<=[A-ZĄĆĘŁŃÓŚŹŻ])[A-ZĄĆĘŁŃÓŚŹŻ]{0,5}(?:[&+][A-ZĄĆĘŁŃÓŚŹŻ]{1,6})+"  # SA&AM, IGE+XAO
    r"|(?<=[^\W\d_])[\w-]*+\.(?:pl|com|eu|net|org|de|info|biz)\b"  # domain-like company names (Beyond.pl)
    r"|(?<=[^\W\d_])[^\W_]*+(?:[-'’–][^\W_]++)*+"  # words with inner hyphens/apostrophes (Saint-Etienne, B2B-ready)
    r")"
)


def tokenize(text: str, start: int = 0, end: int | None = None, lang: str = "pl") -> list[Token]:
    """Tokens of text[start:end] with offsets into `text`."""
    end = len(text) if end is None else end
    found = list(_SPLIT_RE.finditer(text, start, end))
    # the tokens made by `map` (no Python frame per token)
    out = list(map(Token, map(_GROUP, found), map(_START, found), map(_END, found), count()))
    endings = _compound_first_endings(lang)
    if not endings or not _spaced_compound_re(endings).search(text, start, end):
        return out  # no first part before a spaced dash: nothing to join (one scan instead of a token loop)
    return _join_spaced_compounds(text, out, endings)


_GROUP, _START, _END = re.Match.group, re.Match.start, re.Match.end
DASHES = frozenset({"-", "–", "—"})  # the dashes of a text (a hyphen, an en dash, an em dash)
# the marks that open the lines of a list ("- Alfa", "• Beta", "▪ Gamma"); the em dash also opens a line of quoted
# speech ("— Ruszamy w maju — mówi wójt."), so a reader for whom a quote is no list item passes dialogue=True
BULLETS = frozenset({"-", "–", "—", "•", "·", "*", "▪", "►"})
DIALOGUE_DASH = "—"
ORDINAL_MARKS = frozenset({".", ")"})  # after the digits of a numbered item ("1.", "2)")


def is_bullet(mark: str, *, dialogue: bool = False) -> bool:
    """Whether a mark (a token, or a line's first character) at a line's start opens a list item; with dialogue, the
    em dash opens quoted speech instead."""
    return mark in BULLETS and not (dialogue and mark == DIALOGUE_DASH)


def is_ordinal_marker(number: str, mark: str) -> bool:
    """Whether digits and the mark after them open a numbered list item ("1." and "1)", at a line's start)."""
    return number.isdigit() and mark in ORDINAL_MARKS


def line_item_marker(line: str, *, dialogue: bool = False) -> str | None:
    """What opens a line of text (its leading spaces stripped) as a list item: "bullet" ("– Beta wybuduje …"),
    "number" ("2) Beta …", "3. Gamma …") or None."""
    if is_bullet(line[:1], dialogue=dialogue):
        return "bullet"
    first = line.split(maxsplit=1)[0] if line.strip() else ""
    return "number" if is_ordinal_marker(first[:-1], first[-1:]) else None


@cache
def _compound_first_endings(lang: str) -> tuple[str, ...]:
    data = language_data(lang)
    return data.column("compound_first_endings") if data.has("compound_first_endings") else ()


on_data_change(_compound_first_endings.cache_clear)


@cache
def _spaced_compound_re(endings: tuple[str, ...]) -> re.Pattern[str]:
    """What every joined compound has in the text: a first part's ending, a dash with at most one space on
    each side, a letter (a necessary condition of `_join_spaced_compounds`, tested before its token loop)."""
    ends = "|".join(map(re.escape, sorted(endings, key=len, reverse=True)))
    dashes = "".join(map(re.escape, sorted(DASHES)))
    return re.compile(rf"(?:{ends}) ?[{dashes}] ?[^\W\d_]")


def _join_spaced_compounds(text: str, toks: list[Token], endings: tuple[str, ...]) -> list[Token]:
    """ "Przemysłowo – Handlowa", "badawczo -rozwojowy": a compound adjective written with a spaced dash is
    one word ("Przemysłowo-Handlowa"): an adverb-like first part in -o and an adjective after the dash.

    Only the dashes are visited (found in one pass): a join takes the word before a dash and the word after it,
    never another dash, so each dash later in the text is two tokens further forward per join before it."""
    joined = 0
    for mark in [k for k, t in enumerate(toks) if t.text in DASHES]:
        k = mark - joined
        if k < 1 or k + 1 >= len(toks):
            continue
        a, dash, b = toks[k - 1], toks[k], toks[k + 1]
        if (
            a.text.endswith(endings)
            and a.text[:1].isalpha()
            and b.text[:1].isalpha()
            and a.text[:1].isupper() == b.text[:1].isupper()
            and text[a.end : dash.start] in ("", " ")
            and text[dash.end : b.start] in ("", " ")
            and text[a.end : b.start] != "-"
            and _compound(a.text, b.text)
        ):
            toks[k - 1 : k + 2] = [Token(f"{a.text}-{b.text}", a.start, b.end, a.i)]
            for n in range(k, len(toks)):
                toks[n].i = n
            joined += 2
    return toks


def _compound(first: str, second: str) -> bool:
    from kooperacja.text.morphology import morphology

    m = morphology()
    return any(r.pos == "adv" for r in m.analyse(first)) and any(r.pos == "adj" for r in m.analyse(second))
