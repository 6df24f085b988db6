"""Server-side highlighting of a document's text from character offsets, with every piece escaped."""

from __future__ import annotations

import heapq
from collections.abc import Callable
from typing import Any

from markupsafe import Markup, escape


def _spans(items: list[dict[str, Any]], n: int) -> list[tuple[int, int, dict[str, Any]]]:
    out = []
    for it in items:
        try:
            s, e = int(it["start"]), int(it["end"])
        except (KeyError, TypeError, ValueError):
            continue
        s, e = max(0, s), min(n, e)
        if s < e:
            out.append((s, e, it))
    return out


MAX_HIGHLIGHT_CHARS = 200_000
"""Mentions and evidence are marked in this many first characters of a document; the rest is shown
as plain text under a note (a page stays quick to build and to display)."""


def highlight_document(
    text: str,
    mentions: list[dict[str, Any]],
    evidence: list[dict[str, Any]],
    max_chars: int = MAX_HIGHLIGHT_CHARS,
    type_label: Callable[[str], str] | None = None,
) -> Markup:
    """The text as HTML: event evidence in `<mark>`, entity mentions as links; the rest escaped.

    Spans may overlap in any way; the text is cut at every span boundary and each piece is wrapped
    in the evidence and the (innermost) mention covering it, so the markup is always well nested.
    Paragraph breaks become `<br>`. One sweep over the sorted boundaries: time O(k log k) in the
    number of spans plus the length of the text. Beyond `max_chars` the text is plain, after a note.
    """
    if len(text) > max_chars:
        head = highlight_document(text[:max_chars], mentions, evidence, max_chars, type_label)
        note = (
            f'<p class="note highlight-cap">This document is long ({len(text):,} characters): names and '
            f"evidence are marked in the first {max_chars:,} only; the rest follows as plain text.</p>\n"
        ).replace(",", " ")
        return Markup(note + str(head) + _escape_text(text[max_chars:]))
    n = len(text)
    ment = _spans(mentions, n)
    evid = _spans(evidence, n)
    cuts = {0, n}
    for s, e, _ in ment + evid:
        cuts.add(s)
        cuts.add(e)
    points = sorted(cuts)
    parts: list[str] = []
    prev_key: tuple[Any, Any] | None = None
    buf: list[str] = []
    cur_end = [0]
    ends_at = {id(it): e for _, e, it in evid}

    def flush(key: tuple[Any, Any] | None) -> None:
        if key is None or not buf:
            return
        ev_key, m_key = key
        inner = "".join(buf)
        if m_key is not None:
            m = m_key
            cls = "m m-" + str(escape(m.get("type") or "entity"))
            url = m.get("url") or ""
            title = escape(f"{m.get('name') or ''} ({m.get('type') or ''})")
            if url:
                inner = f'<a class="{cls}" href="{escape(url)}" title="{title}">{inner}</a>'
            else:
                inner = f'<span class="{cls}" title="{title}">{inner}</span>'
        if ev_key is not None:
            ev = ev_key
            code = escape(ev.get("type") or "event")
            # the type as the page's language names it ("porozumienie"); the class keeps the code
            label = escape(type_label(ev.get("type") or "event")) if type_label else code
            url = ev.get("url") or ""
            inner = f'<mark class="ev ev-{code}" title="{label}">{inner}</mark>'
            if url and ends_at.get(id(ev)) == cur_end[0]:
                inner += f'<a class="ev-ref" href="{escape(url)}" title="{label}">[{label}]</a>'
        parts.append(inner)
        buf.clear()

    # the spans by start; the ones open at a point in heaps by (length, order): the innermost on top
    ev_sorted = sorted(range(len(evid)), key=lambda i: evid[i][0])
    m_sorted = sorted(range(len(ment)), key=lambda i: ment[i][0])
    ev_heap: list[tuple[int, int]] = []
    m_heap: list[tuple[int, int]] = []
    ev_next = m_next = 0

    def innermost(
        spans: list[tuple[int, int, dict[str, Any]]],
        order: list[int],
        nxt: int,
        heap: list[tuple[int, int]],
        a: int,
    ) -> tuple[int, dict[str, Any] | None]:
        while nxt < len(order) and spans[order[nxt]][0] <= a:
            i = order[nxt]
            heapq.heappush(heap, (spans[i][1] - spans[i][0], i))
            nxt += 1
        while heap and spans[heap[0][1]][1] <= a:  # ended before this piece
            heapq.heappop(heap)
        return nxt, (spans[heap[0][1]][2] if heap else None)

    for a, b in zip(points, points[1:], strict=False):
        if a >= b:
            continue
        ev_next, ev_item = innermost(evid, ev_sorted, ev_next, ev_heap, a)
        m_next, m_item = innermost(ment, m_sorted, m_next, m_heap, a)
        key = (ev_item, m_item)
        if prev_key is not None and (prev_key[0] is not key[0] or prev_key[1] is not key[1]):
            flush(prev_key)
        prev_key = key
        buf.append(_escape_text(text[a:b]))
        cur_end[0] = b
    flush(prev_key)
    return Markup("".join(parts))


def _escape_text(s: str) -> str:
    return str(escape(s)).replace("\r\n", "\n").replace("\n", "<br>\n")
