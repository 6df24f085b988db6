"""Date values of the record (ISO, maybe partial, maybe a range "A/B") as day intervals, and whether two
agree: shared by extraction (merging one document's statements of an event) and resolution."""

from __future__ import annotations

import calendar
import re
from datetime import date
from functools import lru_cache

_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _bounds(value: str) -> tuple[str, str, int] | None:
    m = _DATE.match(value.strip())
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        try:
            date(y, int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        d = f"{y:04d}-{m.group(2)}-{m.group(3)}"
        return d, d, 3
    if m.group(2):
        mo = int(m.group(2))
        if not 1 <= mo <= 12:
            return None
        last = calendar.monthrange(y, mo)[1]
        return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{last:02d}", 2
    return f"{y:04d}-01-01", f"{y:04d}-12-31", 1


@lru_cache(maxsize=50_000)
def interval(value: str | None) -> tuple[str, str, int] | None:
    """(first day, last day, precision 1..3) of a date value, or None when it is absent or unreadable."""
    if not value:
        return None
    if "/" in value:
        a, _, b = value.partition("/")
        ia, ib = _bounds(a), _bounds(b)
        if not ia or not ib:
            return None
        return ia[0], ib[1], min(ia[2], ib[2])
    return _bounds(value)


def compatible(a: str | None, b: str | None) -> bool:
    """Same day or month, or one contains the other. Absent dates are not compatible with anything."""
    ia, ib = interval(a), interval(b)
    if not ia or not ib:
        return False
    if ia[0][:4] != ib[0][:4] and ia[1][:4] != ib[1][:4]:
        return False  # different years never
    if ia[:2] == ib[:2]:
        return True
    return (ia[0] <= ib[0] and ib[1] <= ia[1]) or (ib[0] <= ia[0] and ia[1] <= ib[1])


def more_precise(a: str | None, b: str | None) -> str | None:
    """The more precise of two compatible date values (a tie keeps `a`)."""
    ia, ib = interval(a), interval(b)
    if not ib:
        return a
    if not ia:
        return b
    width_a = (ia[2], ia[0] == ia[1])
    width_b = (ib[2], ib[0] == ib[1])
    return b if width_b > width_a else a
