"""Date values (ISO, maybe partial, maybe a range) as day intervals, and their compatibility."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
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


def _day(value: str) -> date:
    return date.fromisoformat(value)


def _years(iv: tuple[str, str, int]) -> set[str]:
    return {str(y) for y in range(int(iv[0][:4]), int(iv[1][:4]) + 1)}


# how long after a happening a report of it is usually published (a report published within this
# many days after a date is "around" it)
REPORT_LAG_DAYS = 45


def _around_publication(event: tuple[str, str, int], published: tuple[str, str, int]) -> bool:
    """The event (interval) ends no later than the publication ends, and begins at most
    REPORT_LAG_DAYS before the publication begins: a report of a recent happening."""
    start, end = _day(event[0]), _day(event[1])
    p0, p1 = _day(published[0]), _day(published[1])
    return start <= p1 + timedelta(days=7) and end >= p0 - timedelta(days=REPORT_LAG_DAYS)


def affinity(
    a: str | None,
    b: str | None,
    a_published: str | None = None,
    b_published: str | None = None,
) -> tuple[float | None, str]:
    """How well two events' dates agree: (score, why). None: they cannot be one event.

    Both explicit: incompatible (different days, months or years) → None; the same day 1.0; the same
    month or year at that precision 0.8/0.5; one containing the other by how tight the container is
    (a range of days 0.8, a month 0.6, a year 0.35). A missing date is no veto: the publication date
    of its report stands in for it (a report is published at or a little after what it tells):
    around it 0.45, long after it -0.5 (a retrospective mention of an older event is possible, but
    it takes strong participants), the report published before the other date by more than a week
    -0.5. Both missing: 0.4 when both reports were published around the same time, -0.5 when years
    apart, else 0.2; a missing date with no publication date to stand in 0.25."""
    ia, ib = interval(a), interval(b)
    if ia and ib:
        if not compatible(a, b):
            return None, f"dates {a} and {b} differ"
        if ia[:2] == ib[:2]:
            if ia[0] == ia[1]:
                return 1.0, f"same day {a}"
            return (0.8 if ia[2] >= 2 else 0.5), f"same period {a}"
        outer, inner = (ia, ib) if ia[0] <= ib[0] and ib[1] <= ia[1] else (ib, ia)
        width = (_day(outer[1]) - _day(outer[0])).days + 1
        score = 0.8 if width <= 16 else 0.6 if width <= 31 else 0.35
        return (
            score,
            f"{inner[0] if inner[0] == inner[1] else '/'.join(inner[:2])} within {a if outer is ia else b}",
        )
    if ia or ib:
        known, other_pub = (ia, b_published) if ia else (ib, a_published)
        ip = interval(other_pub)
        if not ip:
            return 0.25, "one date unknown"
        if _around_publication(known, ip):
            return 0.45, f"one date unknown, its report published {other_pub} around {a or b}"
        return -0.5, f"one date unknown, its report published {other_pub} far from {a or b}"
    pa, pb = interval(a_published), interval(b_published)
    if pa and pb:
        gap = abs((_day(pa[0]) - _day(pb[0])).days)
        if not (_years(pa) & _years(pb)) and gap > 366:
            return -0.5, f"dates unknown, reports published {a_published} and {b_published}"
        if gap <= REPORT_LAG_DAYS + 31:
            return 0.4, f"dates unknown, reports published close together ({a_published}, {b_published})"
    return 0.2, "dates unknown"
