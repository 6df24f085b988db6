"""The words, endings and patterns that the rule components read by use, from a language's data folder
(``kooperacja/data/<lang>/``, through `language_data`): ``cues(doc.lang, "name_cues").street`` is the set of
street words of the document's language."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from types import SimpleNamespace
from typing import Any

from kooperacja.data.language_data import language_data


def cues(lang: str, table: str) -> SimpleNamespace:
    """The words of a table grouped by use (its first column: the word, its second: the use), each use an
    attribute holding a frozenset."""
    data = language_data(lang)
    return _cues(data.code, str(data.root), table)


# sets that several rules read as one, each the union of a table's uses, named in one place: the table -> the
# union's name -> the uses it joins. `event_cues`' `auxiliary`: the copula and the verb of becoming, the passive's
# and the future's auxiliaries ("zostało otwarte", "ma być podpisana", "laureatami zostały firmy")
UNIONS: dict[str, dict[str, tuple[str, ...]]] = {"event_cues": {"auxiliary": ("copula", "become_verb")}}


def add_unions(table: str, by: dict[str, Any], join: Callable[[list[Any]], Any]) -> None:
    """Add to `by` (a table's use -> what it holds) each union of UNIONS for `table` whose uses are all there and
    which is no use of its own, joined by `join` from its uses' entries in order (the one reader of UNIONS)."""
    for union, uses in UNIONS.get(table, {}).items():
        if union not in by and all(u in by for u in uses):
            by[union] = join([by[u] for u in uses])


@cache
def _cues(code: str, root: str, table: str) -> SimpleNamespace:
    by: dict[str, set[str]] = {}
    for r in language_data(code).rows(table):
        word, use = list(r.values())[:2]  # the first two columns: the word and its use
        by.setdefault(use, set()).add(word)
    add_unions(table, by, lambda parts: set().union(*parts))
    return SimpleNamespace(**{use: frozenset(words) for use, words in by.items()})


def tag_classes() -> SimpleNamespace:
    """The classes of morfeusz2's tags that the rules test (``data/pl/tag_classes.tsv``, one frozenset of tags
    per class: ``tag_classes().clause_verb``). The tagset is the Polish analyser's: an English reading's part
    of speech ("en") is in no class."""
    return cues("pl", "tag_classes")


def patterns(lang: str, table: str) -> dict[str, tuple[re.Pattern[str], str]]:
    """The regular expressions of a (name, pattern, replace) table: name -> (compiled pattern, replacement)."""
    data = language_data(lang)
    return _patterns(data.code, str(data.root), table)


@cache
def _patterns(code: str, root: str, table: str) -> dict[str, tuple[re.Pattern[str], str]]:
    return {
        r["name"]: (re.compile(r["pattern"]), r.get("replace", "")) for r in language_data(code).rows(table)
    }


def endings(lang: str, table: str) -> dict[tuple[str, str, str], tuple[tuple[str, str], ...]]:
    """The ending rows of a (use, case, gender, ending, base) table, in file order by (use, case, gender)."""
    data = language_data(lang)
    return _endings(data.code, str(data.root), table)


@cache
def _endings(code: str, root: str, table: str) -> dict[tuple[str, str, str], tuple[tuple[str, str], ...]]:
    out: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for r in language_data(code).rows(table):
        out.setdefault((r["use"], r["case"], r["gender"]), []).append((r["ending"], r["base"]))
    return {k: tuple(v) for k, v in out.items()}


def strip_ending(word: str, rules: tuple[tuple[str, str], ...]) -> str:
    """The word with the first fitting ending replaced by its base (more than two letters must stay)."""
    for suffix, repl in rules:
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            return word[: len(word) - len(suffix)] + repl
    return word
