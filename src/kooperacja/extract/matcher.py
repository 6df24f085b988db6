"""Token patterns over the analysed text, in the spirit of spaCy's `Matcher`: contextual rules ("a name right
after 'w siedzibie'", "a gerund of a founding verb before a name") live as patterns in data files
(``data/<lang>/patterns/*.tsv``), not as ``if`` chains.

A pattern is a sequence of token specs written in brackets, each optionally followed by an operator::

    [lower=w|we|na] [lemma=siedziba|teren]      two tokens: a preposition, then a premises noun
    [prefix=reprezentowan] []? []?              a word starting so, then up to two tokens of any kind
    [pos=ger lemma=utworzyć|powołać] []?        lemma and part of speech of ONE reading of the token

Attributes of a spec (all must hold; values separated by ``|``):
    lower   the token's lower-cased form;          prefix  the lower-cased form starts with a value
    text    the token as written (punctuation);     cap     ``true``/``false``: capitalised or not
    word    ``true``/``false``: a word, not punctuation
    lemma, pos, case   one morphological reading of the token has the lemma (lower-cased), the part of speech
                       and the case asked for (together)
    gender, number     that reading has one of these genders (m1, m2, m3, f, n) and numbers (sg, pl)
A value ``@table`` stands for the words of the language's table ``table`` (its first column), ``@table:use``
for those of its rows whose second column is ``use``.
Operators: ``?`` zero or one token, ``*`` zero or more, ``+`` one or more; ``[]`` matches any token.

A pattern file has the columns ``name`` and ``pattern``; rows with one name are alternatives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any

from kooperacja.data.language_data import LanguageData, language_data

_SPEC = re.compile(r"\[([^\]]*)\]([?*+]?)")


class PatternError(ValueError):
    """A pattern that cannot be read (the message names the pattern and what is wrong)."""


@dataclass(frozen=True, slots=True)
class TokenSpec:
    lower: frozenset[str] | None = None
    prefix: tuple[str, ...] | None = None
    text: frozenset[str] | None = None
    cap: bool | None = None
    word: bool | None = None
    lemma: frozenset[str] | None = None
    pos: frozenset[str] | None = None
    case: frozenset[str] | None = None
    gender: frozenset[str] | None = None
    number: frozenset[str] | None = None
    op: str = ""

    check: Any = field(default=None, compare=False, repr=False)  # the compiled test, set on creation

    def __post_init__(self) -> None:
        object.__setattr__(self, "check", _compile(self))

    def test(self, doc: Any, i: int) -> bool:
        """Does token i of the document fit the spec?"""
        return bool(self.check(doc, i))

    def _reading(self, r: Any) -> bool:
        if self.lemma is not None and r.lemma.lower() not in self.lemma:
            return False
        if self.pos is not None and r.pos not in self.pos:
            return False
        if self.gender is not None and not (r.genders & self.gender):
            return False
        if self.number is not None and not (r.numbers & self.number):
            return False
        return self.case is None or bool(r.cases & self.case)


def _compile(spec: TokenSpec) -> Any:
    """One function that tests a token against every attribute of the spec (the matcher's inner loop)."""
    tests: list[Any] = []
    lower, prefix, text, cap, word = spec.lower, spec.prefix, spec.text, spec.cap, spec.word
    if lower is not None:
        tests.append(lambda doc, i: doc.tokens[i].lower in lower)
    if prefix is not None:
        tests.append(lambda doc, i: doc.tokens[i].lower.startswith(prefix))
    if text is not None:
        tests.append(lambda doc, i: doc.tokens[i].text in text)
    if cap is not None:
        tests.append(lambda doc, i: doc.tokens[i].is_cap == cap)
    if word is not None:
        tests.append(lambda doc, i: doc.tokens[i].is_word == word)
    lemma = spec.lemma
    agreement = spec.gender is not None or spec.number is not None
    if lemma is not None and spec.pos is None and spec.case is None and not agreement:
        tests.append(
            lambda doc, i: not lemma.isdisjoint(doc.lemmas(i))
        )  # the lower-cased lemmas of all readings
    elif spec.lemma is not None or spec.pos is not None or spec.case is not None or agreement:
        pos, case, gender, number = spec.pos, spec.case, spec.gender, spec.number

        def any_reading(doc: Any, i: int) -> bool:
            """`_reading` of any reading of token i, its tests inlined (no call per reading); none where no
            reading has a lemma asked for (the token's lemma set, one test instead of one per reading)."""
            if lemma is not None and lemma.isdisjoint(doc.lemmas(i)):
                return False
            for r in doc.readings[i]:
                if lemma is not None and r.lemma.lower() not in lemma:
                    continue
                if pos is not None and r.pos not in pos:
                    continue
                if gender is not None and not (r.genders & gender):
                    continue
                if number is not None and not (r.numbers & number):
                    continue
                if case is None or r.cases & case:
                    return True
            return False

        tests.append(any_reading)
    if not tests:
        return lambda doc, i: True
    if len(tests) == 1:
        return tests[0]
    if len(tests) == 2:
        first, second = tests
        return lambda doc, i: bool(first(doc, i) and second(doc, i))
    return lambda doc, i: all(t(doc, i) for t in tests)


def parse_pattern(text: str, data: LanguageData | None = None) -> tuple[TokenSpec, ...]:
    """The token specs of a pattern written as in the module's docstring."""
    specs = []
    pos = 0
    text = text.strip()
    for m in _SPEC.finditer(text):
        if text[pos : m.start()].strip():
            raise PatternError(f"pattern {text!r}: unexpected {text[pos : m.start()].strip()!r}")
        specs.append(_spec(m.group(1), m.group(2), text, data))
        pos = m.end()
    if text[pos:].strip() or not specs:
        raise PatternError(
            f"pattern {text!r}: expected token specs in brackets, e.g. [lower=w] [lemma=teren]"
        )
    return tuple(specs)


def _spec(body: str, op: str, pattern: str, data: LanguageData | None) -> TokenSpec:
    spec: dict[str, Any] = {"op": op}
    for part in body.split():
        key, sep, value = part.partition("=")
        if not sep or not value:
            raise PatternError(f"pattern {pattern!r}: {part!r} is not attribute=value")
        if key in _FLAGS:
            if value not in ("true", "false"):
                raise PatternError(f"pattern {pattern!r}: {key} takes true or false, not {value!r}")
            spec[key] = value == "true"
            continue
        if key not in _KEYS:
            raise PatternError(f"pattern {pattern!r}: unknown attribute {key!r}")
        values: set[str] = set()
        for v in value.split("|"):
            if v.startswith("@"):
                values |= _table_words(v, pattern, data)
            else:
                values.add(v)
        if key != "text":
            values = {v.lower() for v in values}  # forms and lemmas are compared lower-cased
        spec[key] = tuple(sorted(values)) if key == "prefix" else frozenset(values)
    return TokenSpec(**spec)


# the attributes a spec may name (its fields), and those that take true or false
_KEYS = frozenset(f.name for f in fields(TokenSpec)) - {"op", "check"}
_FLAGS = frozenset(f.name for f in fields(TokenSpec) if f.type == "bool | None")


def _table_words(ref: str, pattern: str, data: LanguageData | None) -> set[str]:
    """``@table``: the first column of a table; ``@table:use``: its rows whose second column is `use`."""
    if data is None:
        raise PatternError(f"pattern {pattern!r}: {ref} needs a language to read the table from")
    table, _sep, use = ref[1:].partition(":")
    if not data.has(table):
        raise PatternError(f"pattern {pattern!r}: no table {table!r}")
    if not use:
        return set(data.column(table))
    rows = [list(r.values()) for r in data.rows(table)]
    return {r[0] for r in rows if len(r) > 1 and r[1] == use}


class Matcher:
    """Named patterns; `ends_at` and `starts_at` ask whether one of a name's patterns matches right before or
    right from a token (the context of a mention)."""

    def __init__(self, patterns: dict[str, list[tuple[TokenSpec, ...]]]) -> None:
        self.patterns = patterns
        # a pattern whose only operator is "?" stands for a few fixed spans, tested right to left with no
        # backtracking; one with "*" or "+" is matched by backtracking
        self._back: dict[str, list[tuple[tuple[TokenSpec, ...], tuple[TokenSpec, ...] | None]]] = {}
        for name, ps in patterns.items():
            rows: list[tuple[tuple[TokenSpec, ...], tuple[TokenSpec, ...] | None]] = []
            for p in ps:
                if any(s.op in ("*", "+") for s in p):
                    rows.append((p, None))
                else:
                    rows += [
                        (v, tuple(reversed(v)))
                        for v in _fixed_variants(p)
                        if (v, tuple(reversed(v))) not in rows
                    ]
            self._back[name] = rows
        self._quick = {name: _quick_test(rows) for name, rows in self._back.items()}
        self._first = {name: _first_test(ps) for name, ps in patterns.items()}
        self._united: dict[
            tuple[str, ...], tuple[frozenset[str], ...] | None
        ] = {}  # `may_end_at`'s, by names

    def ends_at(self, doc: Any, name: str, end: int, lo: int = 0) -> bool:
        """Does a pattern called `name` match tokens [start, end) for some start >= lo?"""
        quick = self._quick[name]
        if quick is not None and (end <= lo or not _last_fits(doc, quick, end)):
            return False  # `_quick_test`'s sets rule out a match (most calls end here)
        for specs, fixed in self._back[name]:
            if fixed is None:
                if _back(doc, specs, len(specs), end, lo):
                    return True
                continue
            if end - len(fixed) < lo:
                continue
            i = end - 1
            for s in fixed:
                if not s.check(doc, i):
                    break
                i -= 1
            else:
                return True
        return False

    def match_start(self, doc: Any, name: str, end: int, lo: int = 0) -> int | None:
        """The start of the shortest match of pattern `name` that ends at token `end` and starts at `lo` or later
        (the latest such start), or None where no match ends there."""
        lo = max(lo, 0)
        if not self.ends_at(doc, name, end, lo=lo):
            return None
        for k in range(end - 1, lo, -1):
            if self.ends_at(doc, name, end, lo=k):
                return k
        return lo

    def may_end_at(self, doc: Any, names: tuple[str, ...], end: int) -> bool:
        """Whether a pattern of any of `names` can end at token `end` (never at the text's start), by the quick
        tests of `ends_at` alone: False rules out every match, True leaves it to `ends_at`."""
        if end <= 0:
            return False
        if names not in self._united:
            quick = [self._quick[name] for name in names if name in self._quick]
            self._united[names] = (
                None
                if any(q is None for q in quick)
                else tuple(frozenset().union(*(q[n] for q in quick)) for n in range(3))  # type: ignore[index]
            )
        united = self._united[names]
        return united is None or _last_fits(doc, united, end)

    def starts_at(self, doc: Any, name: str, start: int, hi: int | None = None) -> bool:
        """Does a pattern called `name` match tokens [start, stop) for some stop <= hi (the text's end)?"""
        hi = len(doc.tokens) if hi is None else hi
        first = self._first[name]
        if first is not None and (start >= hi or not _first_fits(doc, first, start)):
            return False  # `_first_test`'s sets rule out a match (most calls end here)
        return any(_forward(doc, p, 0, start, hi) for p in self.patterns[name])


def _last_fits(doc: Any, quick: tuple[frozenset[str], frozenset[str], frozenset[str]], end: int) -> bool:
    """Whether the token before `end` has one of the lower-cased forms, written texts or lemmas of a quick test."""
    forms, texts, lemmas = quick
    tok = doc.tokens[end - 1]
    return (
        tok.lower in forms
        or tok.text in texts
        or (bool(lemmas) and not lemmas.isdisjoint(doc.lemmas(end - 1)))
    )


# the sets of a token test that rules a match out cheaply: the lower-cased forms, the written texts, the lemmas and
# the prefixes, one of which a token must have to fit
_EdgeSets = tuple[frozenset[str], frozenset[str], frozenset[str], tuple[str, ...]]


def _edge_sets(edges: list[TokenSpec | None], prefixes: bool) -> _EdgeSets | None:
    """The sets that a token must have one of to fit any of the `edges` (each pattern's last or first spec): a
    spec's attributes must all hold, so one of them (forms, else texts, else lemmas, else, with `prefixes`, the
    prefixes) is a necessary test; None where an edge is missing (None) or names none of them."""
    forms: set[str] = set()
    texts: set[str] = set()
    lemmas: set[str] = set()
    prefs: set[str] = set()
    for edge in edges:
        if edge is None:
            return None
        if edge.lower is not None:
            forms |= edge.lower
        elif edge.text is not None:
            texts |= edge.text
        elif edge.lemma is not None:
            lemmas |= edge.lemma
        elif prefixes and edge.prefix is not None:
            prefs.update(edge.prefix)
        else:
            return None
    return frozenset(forms), frozenset(texts), frozenset(lemmas), tuple(sorted(prefs))


def _quick_test(
    rows: list[tuple[tuple[TokenSpec, ...], tuple[TokenSpec, ...] | None]],
) -> tuple[frozenset[str], frozenset[str], frozenset[str]] | None:
    """A cheap test that the last token of any variant can fit, where every variant is fixed and its last spec
    names forms, written texts or lemmas (most calls of `ends_at` end there): the lower-cased forms, the
    written texts and the lemmas that the last token may have (one of them); None where there is none."""
    sets = _edge_sets([fixed[0] if fixed else None for _specs, fixed in rows], prefixes=False)
    return None if sets is None else sets[:3]


def _first_test(patterns: list[tuple[TokenSpec, ...]]) -> _EdgeSets | None:
    """`_quick_test`'s mirror for `starts_at`: a cheap necessary test of the first token, where every pattern's
    first spec is required (no "?" or "*") and names forms, written texts, lemmas or prefixes; None where there
    is none."""
    return _edge_sets([p[0] if p and p[0].op not in ("?", "*") else None for p in patterns], prefixes=True)


def _first_fits(doc: Any, first: _EdgeSets, start: int) -> bool:
    """Whether token `start` has one of the forms, written texts, lemmas or prefixes of a `_first_test`."""
    forms, texts, lemmas, prefixes = first
    tok = doc.tokens[start]
    return (
        tok.lower in forms
        or tok.text in texts
        or (bool(lemmas) and not lemmas.isdisjoint(doc.lemmas(start)))
        or (bool(prefixes) and tok.lower.startswith(prefixes))
    )


def _fixed_variants(specs: tuple[TokenSpec, ...]) -> list[tuple[TokenSpec, ...]]:
    """The fixed spans of a pattern whose optional tokens are each kept or left out (shortest first)."""
    out: list[tuple[TokenSpec, ...]] = [()]
    for s in specs:
        plain = _plain(s)
        out = [v + (plain,) for v in out] + (list(out) if s.op == "?" else [])
    unique = list(dict.fromkeys(out))
    return sorted(unique, key=len)


@cache
def _plain(spec: TokenSpec) -> TokenSpec:
    from dataclasses import replace

    return replace(spec, op="")


def _back(doc: Any, specs: tuple[TokenSpec, ...], k: int, pos: int, lo: int) -> bool:
    """Do specs[:k] match the tokens that end right before `pos` (none before lo)?"""
    if k == 0:
        return True
    spec = specs[k - 1]
    if spec.op in ("?", "*") and _back(doc, specs, k - 1, pos, lo):
        return True
    if pos <= lo or not spec.test(doc, pos - 1):
        return False
    if spec.op in ("*", "+"):
        return _back(doc, specs, k - 1, pos - 1, lo) or _back(
            doc, specs[: k - 1] + (_star(spec),), k, pos - 1, lo
        )
    return _back(doc, specs, k - 1, pos - 1, lo)


def _forward(doc: Any, specs: tuple[TokenSpec, ...], k: int, pos: int, hi: int) -> bool:
    """Do specs[k:] match the tokens from `pos` on (none at or after hi)?"""
    if k == len(specs):
        return True
    spec = specs[k]
    if spec.op in ("?", "*") and _forward(doc, specs, k + 1, pos, hi):
        return True
    if pos >= hi or not spec.test(doc, pos):
        return False
    if spec.op in ("*", "+"):
        return _forward(doc, specs, k + 1, pos + 1, hi) or _forward(
            doc, specs[:k] + (_star(spec),) + specs[k + 1 :], k, pos + 1, hi
        )
    return _forward(doc, specs, k + 1, pos + 1, hi)


@cache
def _star(spec: TokenSpec) -> TokenSpec:
    from dataclasses import replace

    return replace(spec, op="*")


def matcher(lang: str, table: str) -> Matcher:
    """The matcher of a pattern table of a language (``patterns/event_context`` → data/<lang>/patterns/…)."""
    data = language_data(lang)
    return _matcher(data.code, str(data.root), table)


@cache
def _matcher(code: str, root: str, table: str) -> Matcher:
    data = language_data(code)
    patterns: dict[str, list[tuple[TokenSpec, ...]]] = {}
    for row in data.rows(table):
        try:
            patterns.setdefault(row["name"], []).append(parse_pattern(row["pattern"], data))
        except PatternError as err:
            raise PatternError(f"{data.path(table)}: {err}") from None
    return Matcher(patterns)
