"""Date values (ISO, maybe partial, maybe a range) as day intervals, and their compatibility."""

from __future__ import annotations

from datetime import date, timedelta

from kooperacja.text.dates import compatible_dates, date_interval, more_precise  # noqa: F401 - re-exported


def interval(value: str | None) -> tuple[str, str, int] | None:
    """(first day, last day, precision 1..3) of a date value, or None when it is absent or unreadable."""
    return date_interval(value)


def compatible(a: str | None, b: str | None) -> bool:
    """Same day or month, or one contains the other. Absent dates are not compatible with anything."""
    return compatible_dates(a, b, missing=False)


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


STRONG, MEDIUM, WEAK, AGAINST = 3, 2, 1, -1
BACKGROUND_DAYS = 365


def _background(event: tuple[str, str, int], published: str | None) -> bool:
    """A date of a year or a month that ended more than BACKGROUND_DAYS before its report."""
    ip = interval(published)
    if not ip or event[2] == 3:
        return False
    return (_day(ip[0]) - _day(event[1])).days > BACKGROUND_DAYS


def affinity(
    a: str | None,
    b: str | None,
    a_published: str | None = None,
    b_published: str | None = None,
) -> tuple[int | None, str]:
    """How well two events' dates agree, in points: (points, why); None: they cannot be one event.

    Both explicit and incompatible (different days, months or years): None. Otherwise STRONG (3):
    the same day, the same range, a day within a range of at most 16 days; MEDIUM (2): the same
    month, a day or short range within a month; WEAK (1): only the same year. A missing date is no
    veto: the publication date of its report stands in for it, since a report is published at or a
    little after what it tells (REPORT_LAG_DAYS): MEDIUM when the known date is around it, AGAINST
    (-1) when far from it (published long after, or before it happened); with no publication date,
    WEAK. Both missing: MEDIUM when both reports were published close together, AGAINST when years
    apart, else WEAK."""
    ia, ib = interval(a), interval(b)
    if ia and ib and not compatible(a, b):
        # a year or month long before its own report was published is the background of the story
        # ("the building began in 2019" in a report of the opening), not its date: no veto
        if _background(ia, a_published):
            return affinity(None, b, a_published, b_published)
        if _background(ib, b_published):
            return affinity(a, None, a_published, b_published)
    if ia and ib:
        if not compatible(a, b):
            return None, f"dates {a} and {b} differ"
        if ia[:2] == ib[:2]:
            if ia[2] == 3:
                return STRONG, f"same {'day' if ia[0] == ia[1] else 'dates'} {a}"
            return (MEDIUM if ia[2] == 2 else WEAK), f"same period {a}"
        outer, inner = (ia, ib) if ia[0] <= ib[0] and ib[1] <= ia[1] else (ib, ia)
        width = (_day(outer[1]) - _day(outer[0])).days + 1
        points = STRONG if width <= 16 else MEDIUM if width <= 31 else WEAK
        inner_s = inner[0] if inner[0] == inner[1] else "/".join(inner[:2])
        return points, f"{inner_s} within {a if outer is ia else b}"
    if ia or ib:
        known, other_pub = (ia, b_published) if ia else (ib, a_published)
        ip = interval(other_pub)
        if not ip:
            return WEAK, "one date unknown"
        if _around_publication(known, ip):
            return MEDIUM, f"one date unknown, its report published {other_pub} around {a or b}"
        return AGAINST, f"one date unknown, its report published {other_pub} far from {a or b}"
    pa, pb = interval(a_published), interval(b_published)
    if pa and pb:
        gap = abs((_day(pa[0]) - _day(pb[0])).days)
        if not (_years(pa) & _years(pb)) and gap > 366:
            return AGAINST, f"dates unknown, reports published {a_published} and {b_published}"
        if gap <= REPORT_LAG_DAYS + 31:
            return MEDIUM, f"dates unknown, reports published close together ({a_published}, {b_published})"
    return WEAK, "dates unknown"
