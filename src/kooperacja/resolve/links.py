"""Events that lead to one another: an agreement or letter of intent that sets up a body, and the
founding of that body, are two happenings linked `led_to` (not one event, and not two unrelated
ones)."""

from __future__ import annotations

from typing import Any

from kooperacja import schema
from kooperacja.resolve.dates import _day, interval
from kooperacja.resolve.names import fold, norm

MAX_GAP_DAYS = 730  # a founding this long after the signing that prepared it still follows from it

SIGNINGS = frozenset(schema.SIGNINGS)
FOUNDINGS = frozenset(("founding",))


def _overlap(a: list[list[int]], b: list[list[int]]) -> bool:
    return any(x[0] < y[1] and y[0] < x[1] for x in a for y in b)


def _named_in(name: str, text: str) -> bool:
    """The distinctive words of a name (first five letters, folded) all occur in the text."""
    words = [fold(w)[:5] for w in norm(name).split() if len(w) >= 4]
    if not words:
        return False
    hay = fold(text)
    return all(w in hay for w in words)


def led_to(signing: dict[str, Any], founding: dict[str, Any], text: str) -> str | None:
    """Why the signing (type, evidence spans) led to the founding (type, evidence spans, names of
    its participants) told by one document; None when nothing says so. Both are dicts with `type`,
    `evidence` ([[start, end], …]) and, for the founding, `names`."""
    if signing.get("type") not in SIGNINGS or founding.get("type") not in FOUNDINGS:
        return None
    ds, df = interval(signing.get("date")), interval(founding.get("date"))
    if ds and df and not (ds[0] <= df[1] and (_day(df[0]) - _day(ds[1])).days <= MAX_GAP_DAYS):
        return None  # a founding before the signing, or long after it, is another story
    sa, fa = signing.get("evidence") or [], founding.get("evidence") or []
    if _overlap(sa, fa):
        return "the signing and the founding are told in the same sentence"
    ev_text = " ".join(text[s:e] for s, e in sa)
    for name in founding.get("names") or []:
        if name and _named_in(name, ev_text):
            return f"the signing's evidence names the founded '{name}'"
    return None


def led_to_across(signing_date: str | None, founding_date: str | None) -> str | None:
    """Across reports: a stored signing with the founded body among its parties led to the founding
    when both are dated and the founding follows the signing within MAX_GAP_DAYS (undated ones are
    not linked: a later agreement of the body is no signing that set it up)."""
    ds, df = interval(signing_date), interval(founding_date)
    if not ds or not df:
        return None
    if ds[0] <= df[1] and (_day(df[0]) - _day(ds[1])).days <= MAX_GAP_DAYS:
        return f"the signing ({signing_date}) names the founded body as a party and precedes the founding ({founding_date})"
    return None
