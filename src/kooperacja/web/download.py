"""Downloads of the list views: CSV (comma, or semicolon for spreadsheets set to Polish) and JSON."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from fastapi.responses import Response, StreamingResponse

from kooperacja.web.base import HTTPError


def _names(people: Iterable[dict[str, Any]]) -> str:
    return " | ".join(f"{p.get('name')}" + (f" ({p['role']})" if p.get("role") else "") for p in people)


def event_rows(items: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    cols = ["id", "date", "type", "what", "participants", "place", "sectors", "evidence", "url"]
    rows = [
        [
            e.get("id"),
            e.get("date") or "",
            e.get("type") or "",
            e.get("what") or "",
            _names(e.get("participants") or []),
            (e.get("place") or {}).get("name") or "",
            " | ".join(e.get("sectors") or []),
            e.get("evidence") or "",
            e.get("url") or "",
        ]
        for e in items
    ]
    return cols, rows


def search_rows(items: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    cols = ["kind", "id", "name", "subtype", "event_type", "year", "voivodeship", "text", "url"]
    rows = [
        [
            h.get("kind"),
            h.get("id"),
            h.get("name") or "",
            h.get("subtype") or "",
            h.get("event_type") or "",
            h.get("year") or "",
            h.get("voivodeship") or "",
            "".join(part for part, _m in h.get("highlight") or []),
            h.get("url") or "",
        ]
        for h in items
    ]
    return cols, rows


def map_rows(points: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    cols = ["place", "lat", "lon", "voivodeship", "event_id", "type", "date", "what", "url"]
    rows = [
        [
            p["name"],
            p["lat"],
            p["lon"],
            p.get("voivodeship") or "",
            e["id"],
            e["type"],
            e["date"] or "",
            e["what"] or "",
            e["url"],
        ]
        for p in points
        for e in p["events"]
    ]
    return cols, rows


def partner_rows(items: list[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    cols = ["id", "name", "subtype", "seat", "voivodeship", "score", "reasons", "url"]
    rows = [
        [
            p["id"],
            p["name"],
            p.get("subtype") or "",
            p.get("seat") or "",
            p.get("voivodeship") or "",
            p["score"],
            " | ".join(r["text"] for r in p["reasons"]),
            p["url"],
        ]
        for p in items
    ]
    return cols, rows


def _check_sep(sep: str | None) -> bool:
    """True for a semicolon file; a clear error for an unknown separator."""
    if sep not in (None, "", "comma", "semicolon"):
        raise HTTPError(422, "sep must be comma or semicolon", "bad_sep")
    return sep == "semicolon"


def _csv_text(cols: list[str] | None, rows: Iterable[list[Any]], semi: bool) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";" if semi else ",", lineterminator="\r\n")
    if cols is not None:
        w.writerow(cols)
    for row in rows:
        if semi:
            row = [str(v).replace(".", ",") if isinstance(v, float) else v for v in row]
        w.writerow(row)
    return buf.getvalue()


def _headers(name: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{name}.csv"'}


def csv_response(name: str, cols: list[str], rows: list[list[Any]], sep: str | None) -> Response:
    """A CSV file: UTF-8 with a byte-order mark (spreadsheets then read the Polish letters right);
    `sep=semicolon` writes `;` and decimal commas, as a spreadsheet set to Polish expects."""
    semi = _check_sep(sep)
    return Response(
        "\ufeff" + _csv_text(cols, rows, semi), media_type="text/csv; charset=utf-8", headers=_headers(name)
    )


def csv_stream(name: str, cols: list[str], parts: Iterable[list[list[Any]]], sep: str | None) -> Response:
    """The same file as `csv_response`, sent part by part as `parts` gives its rows (the first bytes leave
    once the first part is read; the whole list is never held at once)."""
    semi = _check_sep(sep)

    def chunks() -> Iterator[bytes]:
        head: list[str] | None = cols
        for rows in parts:
            yield (("\ufeff" if head is not None else "") + _csv_text(head, rows, semi)).encode("utf-8")
            head = None
        if head is not None:  # no part at all: the header line only
            yield ("\ufeff" + _csv_text(head, [], semi)).encode("utf-8")

    return StreamingResponse(chunks(), media_type="text/csv; charset=utf-8", headers=_headers(name))
