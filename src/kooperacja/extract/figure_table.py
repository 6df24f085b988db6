"""Figures of a table flattened to text: a header line that names its columns ("Spółka | Nowe etaty | Wartość
inwestycji (mln zł)", or the same with no separators), and the rows below it, each an organisation's line with a number
in each metric column ("Termo-Dach S.A. | 12,4 | 18"). A row's numbers are the figures of the organisation named at
its head, in the metric and unit its column's name gives (``figure_columns``: lemmas of column names; the bracket
after a name gives the unit of money or area). Rows run up to a blank line or a line with no number."""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import Any

from kooperacja.data.language_data import language_data
from kooperacja.extract.doc import Doc
from kooperacja.extract.figure_clause import _MIN_COUNT, _NOT_OWNERS, _PEOPLE
from kooperacja.text.namekeys import strip_document_legal
from kooperacja.text.numbers import find_amounts

_SEPARATORS = ("|", "\t")
_MAX_ROWS = 40
_MAX_HEADER = 200  # characters: a longer line is prose, no header
_CELL_NUMBER = re.compile(r"\d{1,3}(?:[ \u00a0]\d{3})+(?:[,.]\d+)?|\d+(?:[,.]\d+)?")
_BARE_NUMBER = re.compile(rf"^(?:{_CELL_NUMBER.pattern})$")
_MONEY_OR_AREA = frozenset({"investment", "revenue", "exports", "area_ha"})

Column = tuple[int, str, float, str]  # (place: cell index or order, metric, factor, unit)


@cache
def _column_names(lang: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    data = language_data(lang)
    if not data.path("figure_columns").exists():
        return ()
    return tuple((tuple(r["lemma"].split()), r["metric"]) for r in data.rows("figure_columns"))


def _lines(text: str) -> list[tuple[int, int]]:
    out, at = [], 0
    for line in text.split("\n"):
        out.append((at, at + len(line)))
        at += len(line) + 1
    return out


def _bracket_unit(doc: Doc, lang: str, k: int, end: int) -> tuple[float, str] | None:
    """The factor and unit of a column named in the bracket at token k ("(mln zł)": 1e6, PLN; "(ha)")."""
    if k >= len(doc.tokens) or doc.tokens[k].text != "(":
        return None
    close = doc.text.find(")", doc.tokens[k].end, end)
    if close < 0:
        return None
    found = find_amounts("1 " + doc.text[doc.tokens[k].end : close].strip(), [], lang=lang)
    if len(found) != 1 or found[0].value is None or not _money_or_hectares(found[0].unit):
        return None  # "(%)", "(szt.)": a share or a count, no money and no area
    return float(found[0].value), found[0].unit


def _money_or_hectares(unit: str | None) -> bool:
    """Whether a unit is a currency's ISO code or hectares."""
    return unit == "ha" or (unit is not None and len(unit) == 3 and unit.isalpha() and unit.isupper())


def _header(doc: Doc, starts: list[int], a: int, b: int) -> tuple[str | None, list[Column]]:
    """The separator and the metric columns of a header line (chars a..b), or no columns."""
    line = doc.text[a:b]
    if (
        not line.strip()
        or len(line) > _MAX_HEADER
        or line.rstrip()[-1] in ".!?:"
        or any(c.isdigit() for c in line)
    ):
        return None, []  # a sentence (or a line of numbers), no header
    sep = next((s for s in _SEPARATORS if s in line), None)
    names = _column_names(doc.lang)
    if not names:
        return None, []
    toks = range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b))
    cols: list[Column] = []
    last_end = a
    i = 0
    while i < len(toks):
        k = toks[i]  # noqa: SIM113
        hit = next(
            (
                (words, metric)
                for words, metric in names
                if k + len(words) <= len(doc.tokens)
                and doc.tokens[k + len(words) - 1].start < b
                and all(w in doc.lemmas(k + j) for j, w in enumerate(words))
            ),
            None,
        )
        if hit is None:
            i += 1
            continue
        words, metric = hit
        after = k + len(words)
        unit = _bracket_unit(doc, doc.lang, after, b)
        if metric in _MONEY_OR_AREA:
            if unit is None or (metric == "area_ha") != (unit[1] == "ha"):
                if sep is not None and after < len(doc.tokens) and doc.tokens[after].text == "(":
                    # "Eksport (%)" between bars: a share, its column skipped; with no bars (the columns told apart
                    # by their order only) or with no bracket at all, the line is not read
                    i += len(words)
                    continue
                return None, []  # a column of money or area with no unit of its own: not read
            factor, code = unit
        else:
            factor, code = 1.0, "count"
        place = doc.text.count(sep, a, doc.tokens[k].start) if sep else len(cols)
        cols.append((place, metric, factor, code))
        last_end = doc.text.find(")", doc.tokens[after].end, b) + 1 if unit else doc.tokens[after - 1].end
        i += len(words) + (1 if unit else 0)
    if not cols:
        return None, []
    if sep is None and (len(cols) < 2 or doc.text[last_end:b].strip()):
        return None, []  # without separators, two metric columns or more, the last columns of the line
    return sep, cols


def _row_cells(text: str, sep: str | None, cols: list[Column]) -> list[tuple[int, int]] | None:
    """The character spans (within the row's text) of the row's cells for the metric columns, in column order."""
    if sep is not None:
        spans, at = [], 0
        for cell in text.split(sep):
            spans.append((at, at + len(cell)))
            at += len(cell) + 1
        if max(c[0] for c in cols) >= len(spans):
            return None
        return [spans[c[0]] for c in cols]
    numbers = list(re.finditer(r"\S+", text))[-len(cols) :]
    if len(numbers) < len(cols) or not all(_BARE_NUMBER.match(m.group()) for m in numbers):
        return None
    return [m.span() for m in numbers]


def _number(cell: str) -> float | None:
    """A cell's bare number; not text.numbers.parse_number, which reads "1.200" as 1200 (here 1.2)."""
    cell = cell.strip()
    if not _BARE_NUMBER.match(cell):
        return None
    return float(cell.replace(" ", "").replace("\u00a0", "").replace(",", "."))


def table_figures(doc: Doc) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """The figures of the document's flattened tables, and the character spans of the rows they were read from."""
    figures: list[dict[str, Any]] = []
    rows_read: list[tuple[int, int]] = []
    if not _column_names(doc.lang) or "\n" not in doc.text:
        return figures, rows_read
    lines = _lines(doc.text)
    starts = [t.start for t in doc.tokens]
    k = 0
    while k < len(lines):
        sep, cols = _header(doc, starts, *lines[k])
        k += 1
        if not cols:
            continue
        for a, b in lines[k : k + _MAX_ROWS]:
            row = doc.text[a:b]
            if not row.strip() or not any(c.isdigit() for c in row):
                break
            k += 1
            cells = _row_cells(row, sep, cols)
            if cells is None:
                continue
            owner = min(
                (
                    m
                    for m in doc.mentions
                    if a <= m.start < a + cells[0][0]
                    and m.type == "organization"
                    and m.entity >= 0
                    and strip_document_legal(doc.entities[m.entity].name, doc.lang)
                ),
                key=lambda m: m.start,
                default=None,
            )
            if owner is None or doc.entities[owner.entity].subtype in _NOT_OWNERS:
                continue
            for (_place, metric, factor, unit), (c0, c1) in zip(cols, cells, strict=True):
                n = _number(row[c0:c1])
                if n is None or (metric in _PEOPLE and (not n.is_integer() or n < _MIN_COUNT[metric])):
                    continue  # "| 0 |", "| 3 |" under "Nowe miejsca pracy": too few to be a figure, as in prose
                value = n * factor
                value = round(value, 6)
                figures.append(
                    {
                        "entity": doc.entities[owner.entity].id,
                        "metric": metric,
                        "value": int(value) if float(value).is_integer() else value,
                        "unit": unit,
                        "qualifier": "exact",
                        "evidence": [[a + c0, a + c1]],
                    }
                )
            rows_read.append((a, b))
    return figures, rows_read
