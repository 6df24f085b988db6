"""The data of one language: every word set, table and pattern file under ``kooperacja/data/<lang>/``.

This is the one way code below the faces reads language vocabulary (extract, text and resolve alike):
``language_data("pl").words("title_nouns")`` instead of a word set written in Python. The extraction
`Language` (``kooperacja.extract.language``) holds one of these as ``.data``.

A word-set file is a TSV whose first column (or the column asked for) lists the entries; lines starting
with ``#`` are comments, so each file says what it holds and why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kooperacja.data import DATA_DIR, read_table


@dataclass(frozen=True)
class LanguageData:
    code: str
    root: Path = field(compare=False)

    def path(self, name: str) -> Path:
        """The file of a table: ``name`` with or without ``.tsv``."""
        return self.root / (name if "." in name else f"{name}.tsv")

    def has(self, name: str) -> bool:
        return self.path(name).is_file()

    def rows(self, name: str) -> tuple[dict[str, str], ...]:
        """The rows of a table (the header line names the columns)."""
        return read_table(self.path(name))

    def column(self, name: str, column: str | None = None) -> tuple[str, ...]:
        """One column of a table, in file order (the first column when none is named)."""
        rows = self.rows(name)
        if not rows:
            return ()
        key = column or next(iter(rows[0]))
        return tuple(r[key] for r in rows if r.get(key))

    def words(self, name: str, column: str | None = None, *, lower: bool = False) -> frozenset[str]:
        """A word set: one column of a table as a frozenset (lower-cased when asked)."""
        values = self.column(name, column)
        return frozenset(v.lower() for v in values) if lower else frozenset(values)

    def mapping(self, name: str, key: str, value: str) -> dict[str, str]:
        """Two columns of a table as a dict (later rows win)."""
        return {r[key]: r[value] for r in self.rows(name) if r.get(key)}


_ROOTS: dict[str, Path] = {}
_ON_CHANGE: list[Callable[[], None]] = []


def on_data_change(clear: Callable[[], None]) -> None:
    """Register what forgets word sets built from the data (a cache's ``cache_clear``), so that
    `set_data_root` is seen by every reader: the Lexicon, name keys, sector terms…"""
    _ON_CHANGE.append(clear)


def set_data_root(code: str, root: Path | None) -> None:
    """Read a language's data from another folder (tests and linguists trying a change); None restores it.

    Every cache built from language data is emptied, so the next document reads the new folder."""
    if root is None:
        _ROOTS.pop(code, None)
    else:
        _ROOTS[code] = Path(root)
    language_data.cache_clear()
    read_table.cache_clear()
    for clear in _ON_CHANGE:
        clear()


@cache
def language_data(code: str) -> LanguageData:
    """The data of a language code (``pl``, ``en``…); one object per code."""
    code = (code or "pl").lower()
    return LanguageData(code, _ROOTS.get(code, DATA_DIR / code))
