"""Server-side highlighting of a document's text from character offsets, with every piece escaped."""

from __future__ import annotations

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


def highlight_document(text: str, mentions: list[dict[str, Any]], evidence: list[dict[str, Any]]) -> Markup:
    """The text as HTML: event evidence in `<mark>`, entity mentions as links; the rest escaped.

    Spans may overlap in any way; the text is cut at every span boundary and each piece is wrapped
    in the evidence and the (innermost) mention covering it, so the markup is always well nested.
    Paragraph breaks become `<br>`.
    """
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
            label = escape(ev.get("type") or "event")
            url = ev.get("url") or ""
            inner = f'<mark class="ev ev-{label}" title="{label}">{inner}</mark>'
            if url and ends_at.get(id(ev)) == cur_end[0]:
                inner += f'<a class="ev-ref" href="{escape(url)}" title="{label}">[{label}]</a>'
        parts.append(inner)
        buf.clear()

    for a, b in zip(points, points[1:], strict=False):
        if a >= b:
            continue
        ev_cover = [x for x in evid if x[0] <= a and x[1] >= b]
        m_cover = [x for x in ment if x[0] <= a and x[1] >= b]
        ev_item = min(ev_cover, key=lambda x: x[1] - x[0])[2] if ev_cover else None
        m_item = min(m_cover, key=lambda x: x[1] - x[0])[2] if m_cover else None
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
