"""Writing through the web: token checks, upload parsing and validation, ingest, merge and split."""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from fastapi import Request
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from kooperacja.web.base import HTTPError, clean_date
from kooperacja.web.data import doc_url
from kooperacja.web.security import ATTEMPTS, bearer_token, first_form_field, token_matches

_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
TEXT_FIELDS = ("text", "title", "published", "url", "doc_id", "token", "reason", "a", "b", "entity_id")


def check_writable(request: Request) -> None:
    if not request.app.state.token:
        raise HTTPError(403, "This server is read-only: it was started without a write token.", "read_only")


def check_write(request: Request, form_token: str | None) -> None:
    """403 on a read-only server; 401 unless the Bearer header or the form field carries the token."""
    check_writable(request)
    client = request.client.host if request.client else "unknown"
    wait = ATTEMPTS.wait(client)
    if wait > 0:
        raise HTTPError(
            429, f"Too many failed token attempts; try again in {int(wait) + 1} s.", "too_many_attempts"
        )
    expected: str = request.app.state.token
    header = bearer_token(request.headers.get("authorization"))
    if header is not None:
        ok = token_matches(expected, header, from_header=True)
    else:
        ok = token_matches(expected, form_token or None)
    if not ok:
        ATTEMPTS.failed(client, request.url.path)
        raise HTTPError(401, "A valid write token is needed (Authorization: Bearer TOKEN).", "bad_token")


# a form body without an Authorization header is parsed whole only when it is this small or carries the
# token as its first field: an unauthorised upload costs no parsing
PEEK_BYTES = 64 * 1024


async def check_before_body(request: Request) -> None:
    """The token check that needs no parsing of the body: the header, or the form's first field
    (the upload form sends the token first). 403/401 before the body is read."""
    check_writable(request)
    ctype = request.headers.get("content-type", "")
    if request.headers.get("authorization") is not None or ctype.split(";")[0].strip().lower() not in (
        "multipart/form-data",
        "application/x-www-form-urlencoded",
    ):
        check_write(request, None)
        return
    receive = request._receive
    buffered: list[dict[str, Any]] = []
    size = 0
    complete = False
    while size < PEEK_BYTES:
        message = await receive()
        buffered.append(message)
        if message["type"] != "http.request":
            complete = True
            break
        size += len(message.get("body", b""))
        if not message.get("more_body", False):
            complete = True
            break

    async def replay() -> Any:
        if buffered:
            return buffered.pop(0)
        return await receive()

    request._receive = replay
    head = b"".join(m.get("body", b"") for m in buffered if m["type"] == "http.request")
    first = first_form_field(head, ctype)
    if first is not None and first[0] == "token":
        check_write(request, first[1])
    elif not complete:
        check_write(request, None)  # a large body whose first field is no token: refused unread


def require_token(request: Request) -> None:
    """FastAPI dependency form of `check_write` for JSON routes (header only)."""
    check_write(request, None)


async def read_form(request: Request) -> tuple[dict[str, str], UploadFile | None]:
    limit: int = request.app.state.max_upload_bytes
    try:
        form = await request.form(max_files=1, max_fields=20, max_part_size=limit + 1)
    except HTTPError:
        raise
    except Exception as exc:
        if type(exc).__name__ == "BodyTooLarge":
            raise
        raise HTTPError(400, f"the form could not be read: {exc}", "bad_form") from None
    fields: dict[str, str] = {}
    upload: UploadFile | None = None
    for key, value in form.multi_items():
        if isinstance(value, str):
            if key in TEXT_FIELDS:
                fields[key] = value
        elif key == "file" and value.filename:
            upload = value
    return fields, upload


async def read_upload_request(request: Request) -> tuple[dict[str, str], tuple[str, bytes] | None]:
    """(text fields, (filename, bytes) or None) from a multipart/urlencoded form or a JSON body.
    The token is checked first, where it can be without parsing (see `check_before_body`)."""
    await check_before_body(request)
    limit: int = request.app.state.max_upload_bytes
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json":
        body = await request.body()
        if len(body) > limit:
            raise HTTPError(413, f"the upload is over {limit} bytes", "payload_too_large")
        try:
            obj = json.loads(body)
        except (json.JSONDecodeError, UnicodeDecodeError):
            raise HTTPError(400, "the body is not valid JSON", "bad_json") from None
        if not isinstance(obj, dict):
            raise HTTPError(422, "the JSON body must be an object", "bad_json")
        fields = {k: str(v) for k, v in obj.items() if k in TEXT_FIELDS and v is not None}
        return fields, None
    if ctype not in ("multipart/form-data", "application/x-www-form-urlencoded"):
        raise HTTPError(
            415, "send multipart/form-data (file or text) or application/json", "unsupported_media_type"
        )
    fields, upload = await read_form(request)
    file: tuple[str, bytes] | None = None
    if upload is not None:
        data = await upload.read(limit + 1)
        await upload.close()
        if len(data) > limit:
            raise HTTPError(413, f"the file is over {limit} bytes", "payload_too_large")
        file = (upload.filename or "upload.txt", data)
    return fields, file


def _safe_name(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = _SAFE.sub("-", base).strip("-.") or "upload.txt"
    return base[:120]


def build_documents(fields: dict[str, str], file: tuple[str, bytes] | None) -> list[Any]:
    """Validated Documents from an upload; raises HTTPError 415/422 for binary, undecodable or empty input."""
    from kooperacja.documents import read_bytes
    from kooperacja.documents.encoding import looks_binary
    from kooperacja.documents.model import Document

    published = clean_date(fields.get("published"), "published")
    title = (fields.get("title") or "").strip()[:500] or None
    url = (fields.get("url") or "").strip()[:2000] or None
    if url and not re.match(r"^https?://", url, re.I):
        raise HTTPError(422, "url must start with http:// or https://", "bad_url")
    wanted_id = _SAFE.sub("-", (fields.get("doc_id") or "").strip()).strip("-.")[:120] or None
    docs: list[Any] = []
    if file is not None:
        name, data = file
        name = _safe_name(name)
        if not data.strip():
            raise HTTPError(422, "the file is empty", "empty")
        if looks_binary(data):
            raise HTTPError(415, "the file is binary, not text", "not_text")
        errors = []
        for item in read_bytes(data, name=name, published=published):
            if isinstance(item, Document):
                docs.append(item)
            else:
                errors.append(str(getattr(item, "message", item)))
        if not docs:
            raise HTTPError(
                415 if any("binary" in e or "decod" in e for e in errors) else 422,
                "; ".join(errors) or "no document in the file",
                "not_text",
            )
        if len(docs) == 1:
            if wanted_id:
                docs[0].doc_id = wanted_id
            docs[0].title = title or docs[0].title
            docs[0].url = url or docs[0].url
    else:
        text = (fields.get("text") or "").replace("\r\n", "\n")
        if not text.strip():
            raise HTTPError(422, "give a file or paste some text", "empty")
        if "\x00" in text:
            raise HTTPError(415, "the text contains NUL characters", "not_text")
        from kooperacja.documents.readers import MAX_TEXT

        if len(text) > MAX_TEXT:  # extraction time grows faster than the length (bench/long_document.py)
            raise HTTPError(413, f"the text is over {MAX_TEXT} characters; split it", "too_long")
        doc_id = wanted_id or "web-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
        docs.append(
            Document(doc_id=doc_id, text=text, published=published, url=url, title=title, source="web")
        )
    return docs


async def ingest_upload(
    request: Request, fields: dict[str, str], file: tuple[str, bytes] | None
) -> dict[str, Any]:
    docs = build_documents(fields, file)
    data = request.app.state.data
    summary = await run_in_threadpool(data.ingest, docs)
    failed = int(summary.get("failed") or 0)
    if failed and failed >= len(docs):
        errors = "; ".join(str(e) for e in (summary.get("errors") or [])[:5])
        raise HTTPError(
            422, f"the document could not be ingested: {errors or 'unknown error'}", "ingest_failed"
        )
    return {
        "ingested": [{"doc_id": d.doc_id, "title": d.title, "url": doc_url(d.doc_id)} for d in docs],
        "summary": summary,
    }


def do_merge(request: Request, a: int, b: int, reason: str) -> dict[str, Any]:
    data = request.app.state.data
    for eid in (a, b):
        if data.entity(eid) is None:
            raise HTTPError(404, f"no entity {eid}", "not_found")
    try:
        return {"merged": data.merge(a, b, reason=reason or "user")}
    except (ValueError, KeyError) as exc:
        raise HTTPError(422, f"cannot merge: {exc}", "bad_merge") from None


def do_split(request: Request, entity_id: int) -> dict[str, Any]:
    data = request.app.state.data
    if data.entity(entity_id) is None:
        raise HTTPError(404, f"no entity {entity_id}", "not_found")
    try:
        return {"split": data.split(entity_id)}
    except (ValueError, KeyError) as exc:
        raise HTTPError(422, f"cannot split: {exc}", "bad_split") from None
