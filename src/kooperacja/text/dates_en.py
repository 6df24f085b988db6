"""English date expressions: the English patterns over the date vocabulary of ``data/en`` and their resolution.

``find_dates_en`` finds "October 14, 2022", "14 October 2022", "10th of February 2015", "17-19 October 2023",
"May 3-5, 2022", "May 2020", "in 2019", "2022-10-19", "10/26/2023", "yesterday", "last week", "this year",
"on Friday", and gives each an ISO 8601 value at the precision written, resolved as the spec says: a date
without a year takes the year of a full date in the same or the previous sentence, else the year of
``published``; relative dates need ``published``. Results are `DateMention` objects, as for Polish.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from pathlib import Path

from kooperacja.data.language_data import on_data_change
from kooperacja.text.dates import (
    DateMention,
    _alt,
    _parse_value,
    _shift_weekday,
    date_vocabulary,
    parse_published,
    relative_value,
)
from kooperacja.text.dates import _fmt as _fmt_ymd

__all__ = ["find_dates_en"]


class _Grammar:
    """The English patterns, built from the language's date vocabulary (the files every language keeps)."""

    def __init__(self, data_dir: Path) -> None:
        v = date_vocabulary(data_dir.name)
        w = v.words
        self.months = v.months
        self.weekdays = v.weekdays
        self.relative = v.relative
        # month and weekday names are capitalised in English: matched case-sensitively ("may" is a verb)
        mon = _alt([f for forms in v.month_forms.values() for f in forms])
        # with no day or year next to it, only a full month name is a date ("by Jan Kowalski" is not)
        full_mon = _alt(v.month_forms["name"])
        wd = _alt([f for forms in v.weekday_forms.values() for f in forms])
        rel_alt = _alt(list(v.relative))
        ords = _alt(w["day_suffix"])  # "1st", "22nd": the ordinal endings of day numbers
        the, link = _alt(w["article"]), _alt(w["link"])
        day = rf"(?P<d1>\d{{1,2}})(?i:{ords})?"
        day2 = (
            rf"(?:\s*[-–]\s*|\s+(?i:{_alt(w['range_to'] + w['range_pair'])})\s+)(?P<d2>\d{{1,2}})(?:{ords})?"
        )
        month = rf"(?P<mon>{mon})\.?"
        year = r"(?P<y>(?:19|20)\d\d)"
        wd_opt = rf"(?:(?P<wd>{wd}),?\s+)?"
        b = r"(?<![\w])"
        e = r"(?![\w])"
        # "10/26/20231 min read": a blog's reading time glued to its date ends the date too
        e_read = rf"(?:{e}|(?=\d{{1,2}}\s*(?i:{_alt(w['reading_time'])}){e}))" if w.get("reading_time") else e
        self.patterns = [
            re.compile(rf"{b}(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d){e_read}"),  # ISO
            re.compile(
                rf"{b}(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>(?:19|20)\d\d){e_read}"
            ),  # US 10/26/2023
            re.compile(rf"{b}(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>(?:19|20)\d\d){e_read}"),  # 26.10.2023
            # 14 October 2022, 17-19 October 2023, 10th of February 2015, Friday 14 October
            re.compile(
                rf"{b}{wd_opt}(?i:(?:{the})\s+)?{day}(?:{day2})?(?i:\s+(?:{link}))?\s+{month}(?:,?\s+{year})?{e}"
            ),
            # October 14, 2022; May 3-5, 2022; Friday, October 14
            re.compile(rf"{b}{wd_opt}{month}\s+{day}(?:{day2})?(?:{ords})?(?:,?\s+{year})?{e}"),
            re.compile(rf"{b}{month}\s+(?i:(?:{link})\s+)?{year}{e}"),  # May 2020
            re.compile(
                rf"{b}(?:{_alt(w['prep'])})\s+(?:(?:{the})\s+(?:(?:{_alt(w['year_noun'])})\s+)?)?{year}{e}",
                re.I,
            ),  # in 2019
            re.compile(rf"{b}(?P<rel>{rel_alt}){e}", re.I),
            re.compile(rf"{b}(?i:{_alt(w['weekday_lead'])})\s+(?P<wd>{wd}){e}"),
            re.compile(
                rf"{b}(?i:{_alt(w['month_lead'])})\s+"
                rf"(?i:(?:{the})\s+(?:{_alt(w['month_part'])})\s+(?:{link})\s+)?(?P<mon>{full_mon}){e}"
            ),
        ]


@lru_cache(maxsize=4)
def _grammar(data_dir: Path) -> _Grammar:
    return _Grammar(data_dir)


on_data_change(_grammar.cache_clear)


# The value arithmetic is shared with the Polish grammar (text/dates.py: relative_value, _fmt, _shift_weekday)
# and so is the vocabulary (date_vocabulary); only the patterns and the year-from-context order are English.


def _fmt(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    return None if y is None else _fmt_ymd(y, m, d)


def _relative(unit: str, offset: int, pub: str | None) -> tuple[str | None, str]:
    y, m, d = _parse_value(pub)
    return relative_value(unit, offset, y, m, _dt.date(y, m, d) if y and m and d else None), unit


def find_dates_en(
    text: str,
    published: str | None = None,
    data_dir: Path | None = None,
    sentences: list[tuple[int, int]] | None = None,
) -> list[DateMention]:
    """English date mentions of a text, in order, with values resolved from context and ``published``."""
    from kooperacja.data import DATA_DIR

    g = _grammar(data_dir or DATA_DIR / "en")
    pub = parse_published(published) if published else None
    found: list[tuple[int, int, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    for pat in g.patterns:
        for mt in pat.finditer(text):
            s, e = mt.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found.append((s, e, mt))
    found.sort(key=lambda x: x[0])
    bounds = sentences or [(0, len(text))]

    def sent_of(pos: int) -> int:
        for k, (a, b) in enumerate(bounds):
            if a <= pos < b:
                return k
        return len(bounds) - 1

    full_years: dict[int, int] = {}
    for s, _e, mt in found:
        gd = mt.groupdict()
        if gd.get("y"):
            full_years.setdefault(sent_of(s), int(gd["y"]))
    pub_y = _parse_value(pub)[0]
    out: list[DateMention] = []
    for s, e, mt in found:
        gd = mt.groupdict()
        text_ = text[s:e]
        wd = g.weekdays.get((gd.get("wd") or "").lower())
        if gd.get("rel"):
            unit, off = g.relative[gd["rel"].lower()]
            value, prec = _relative(unit, off, pub)
            out.append(DateMention(s, e, text_, value, prec, "relative", False))
            continue
        mon = g.months.get((gd.get("mon") or "").lower().rstrip(".")) if gd.get("mon") else None
        if mon is None and gd.get("m"):
            mon = int(gd["m"])
        year = int(gd["y"]) if gd.get("y") else None
        explicit = year is not None
        if year is None and mon is not None:
            k = sent_of(s)
            year = full_years.get(k, full_years.get(k - 1, pub_y))
        day = gd.get("d") or gd.get("d1")
        if (
            mon is None and year is None and wd is not None
        ):  # "on Friday": the nearest such day before publication
            y, m, d = _parse_value(pub)
            value = None
            if y and m and d:
                value = _shift_weekday(_dt.date(y, m, d), wd, "nearest").isoformat()  # the day on or before
            out.append(DateMention(s, e, text_, value, "day", "weekday", False, wd))
            continue
        if day is not None and mon is not None:
            v1 = _fmt(year, mon, int(day))
            if gd.get("d2"):
                v2 = _fmt(year, mon, int(gd["d2"]))
                value = f"{v1}/{v2}" if v1 and v2 else None
                out.append(DateMention(s, e, text_, value, "day", "range", explicit, wd))
            else:
                out.append(
                    DateMention(s, e, text_, v1, "day", "absolute" if explicit else "partial", explicit, wd)
                )
        elif mon is not None:
            out.append(DateMention(s, e, text_, _fmt(year, mon), "month", "month", explicit))
        elif year is not None:
            ys = mt.start("y")
            out.append(DateMention(ys, e, text[ys:e], _fmt(year), "year", "year", True))
    return out
