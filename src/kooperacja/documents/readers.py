"""Reading files and folders into :class:`Document` objects (or :class:`ReadError` for bad input).

Plain text, HTML (main text via trafilatura), JSONL (one document a line), RSS/Atom feeds (one
document an item, via feedparser) and JSON feeds. Nothing here raises for bad content: each problem
becomes a one-line :class:`ReadError` and the batch goes on.
"""

from __future__ import annotations

import datetime as _dt
import email.utils
import errno
import json
import os
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kooperacja.documents.encoding import DecodeError, decode_text, looks_binary, normalize_text
from kooperacja.documents.language import detect_language
from kooperacja.documents.model import Document, ReadError

__all__ = [
    "MAX_BYTES",
    "MAX_TEXT",
    "SUFFIXES",
    "html_to_text",
    "read_bytes",
    "read_file",
    "read_paths",
    "safe_id",
    "safe_url",
]

MAX_BYTES = 10_000_000
"""Default size limit of one input as stored (a file, or one JSONL line), markup included."""

MAX_TEXT = 1_000_000
"""Longest text of one document, in characters. Measured (bench/long_document.py, news text, one
process on a shared 2-core machine): 0.5 MB of text extracts in 6 s at 219 MB peak RSS, 1 MB in 31 s at
292 MB, 2 MB in 162 s at 441 MB: time grows about 5x for each doubling, so the limit is 1 MB (a book,
not an article); the 19.5 MB text that ran for 20 minutes is refused at once."""

SUFFIXES = frozenset({".txt", ".html", ".htm", ".jsonl", ".xml", ".rss", ".atom"})
"""Suffixes read from folders; other files in a folder are skipped."""

_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
_FEED_SUFFIXES = frozenset({".xml", ".rss", ".atom"})
_FEED_SNIFF = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)
_HTML_SNIFF = re.compile(rb"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.I)
_SAFE = re.compile(r"[^A-Za-z0-9._-]+")
_BLANKS = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")
_SPACES = re.compile(r"[ \t\u00a0]+")
_ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_DMY = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")  # 25.04.2014, day first as in Polish
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)")


def _mb(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB"


def _limit_text(n: int) -> str:
    mb = n / 1_000_000
    return f"{mb:.0f} MB" if abs(mb - round(mb)) < 0.05 else f"{mb:.1f} MB"


def _too_large(size: int, max_bytes: int) -> str:
    return f"too large: {_mb(size)} > {_limit_text(max_bytes)} limit"


def safe_url(url: Any) -> str | None:
    """The URL when it is an http(s) link; None for anything else (``javascript:``, ``data:`` …)."""
    if url is None:
        return None
    value = str(url).strip()
    if not value:
        return None
    m = re.match(r"^([a-z][a-z0-9+.-]*):", value, re.I)
    if m is None or m.group(1).lower() not in ("http", "https"):
        return None
    if any(ch in value for ch in "\x00\r\n\t") or value.lower().startswith(("http:///", "https:///")):
        return None
    return value


def _with_url(doc: Document, url: Any) -> Document:
    safe = safe_url(url)
    if url and str(url).strip() and safe is None:
        shown = _shown(str(url).strip())
        doc.warnings.append(f"url {shown} dropped: only http and https links are kept")
    doc.url = safe
    return doc


def _shown(value: str, limit: int = 60) -> str:
    return repr(value if len(value) <= limit else value[: limit - 1] + "…")


def safe_id(raw: str, max_len: int = 120) -> str:
    """A file-name-safe id from a URL, GUID or title ("http://x.pl/a?id=1" → "x.pl-a-id-1")."""
    s = re.sub(r"^[a-z][a-z0-9+.-]*://", "", raw.strip(), flags=re.I)
    s = _SAFE.sub("-", s).strip("-._")
    return s[:max_len].rstrip("-._")


def _iso_date(value: Any) -> str | None:
    """A date value from metadata: ISO strings kept at their precision, datetimes cut to the day."""
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    s = str(value).strip()
    if not s:
        return None
    if _ISO_DATE.match(s):
        return s
    m = re.match(r"^(\d{4}-\d{2}-\d{2})[T ]", s)
    if m:
        return m.group(1)
    # a date in words ("9 kwietnia 2011") is the text layer's to read: the extractor normalises the
    # document's date (`text.dates.parse_published`); here it is kept as the source gives it when it
    # names a year (without one it would not be read as a date)
    m = _DMY.match(s)
    if m:
        try:
            return _dt.date(int(m[3]), int(m[2]), int(m[1])).isoformat()
        except ValueError:
            return None
    return s if _YEAR.search(s) else None


# --------------------------------------------------------------------------------------------- HTML


MAX_HTML_DEPTH = 255
"""Nesting that libxml2 parses by default; deeper pages are parsed with its "huge" option."""


class _TooDeep(Exception):
    pass


def _too_deep(html: str) -> bool:
    """True when the page is nested deeper than libxml2's default limit (its text would be cut)."""
    if html.count("<") < MAX_HTML_DEPTH:
        return False
    try:
        import lxml.html

        parser = lxml.html.HTMLParser()
        lxml.html.fromstring(html, parser=parser)
    except Exception:
        return False
    return any("depth" in e.message.lower() for e in parser.error_log)


def _lxml_text(html: str | bytes) -> str:
    """Plain text of an HTML body with scripts, navigation and footers dropped; never raises."""
    try:
        import lxml.html
        from lxml import etree

        if isinstance(html, str):
            html = re.sub(r"^\s*<\?xml[^>]*>", "", html)
            if not html.strip():
                return ""
        parser = lxml.html.HTMLParser(huge_tree=True)
        root = lxml.html.fromstring(html, parser=parser)
        if any("depth" in e.message.lower() for e in parser.error_log):
            raise _TooDeep()  # deeper than even the huge limit: the tag-stripping fallback keeps the text
        etree.strip_elements(
            root,
            "script",
            "style",
            "noscript",
            "nav",
            "footer",
            "header",
            "aside",
            "form",
            "template",
            "iframe",
            "svg",
            etree.Comment,
            with_tail=False,
        )
        body = root.find(".//body")
        if body is None:
            body = root
        blocks = {
            "p",
            "div",
            "br",
            "li",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "section",
            "article",
            "blockquote",
            "pre",
            "table",
            "ul",
            "ol",
            "dd",
            "dt",
        }
        parts: list[str] = []

        def walk(el: Any) -> None:
            tag = el.tag if isinstance(el.tag, str) else ""
            block = tag.lower() in blocks
            if block:
                parts.append("\n")
            if el.text and tag:
                parts.append(el.text)
            for child in el:
                walk(child)
                if child.tail:
                    parts.append(child.tail)
            if block:
                parts.append("\n")

        walk(body)
        text = "".join(parts)
    except (Exception, RecursionError):
        text = re.sub(
            r"(?s)<(script|style)\b.*?</\1\s*>",
            " ",
            str(html, "utf-8", "replace") if isinstance(html, bytes) else html,
        )
        text = re.sub(r"<[^>]+>", " ", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


_PRUNE = [
    "//nav",
    "//footer",
    "//aside",
    "//body/header",
    "//*[@role='navigation']",
    "//*[@role='contentinfo']",
    "//*[@role='banner']",
]


def html_to_text(html: str) -> tuple[str, str | None, str | None]:
    """(main text, title, published date value) of an HTML page.

    trafilatura first (boilerplate dropped, paragraphs as lines); a plain lxml extraction of
    ``<body>`` when it finds nothing. Malformed HTML gives whatever text can be recovered.
    """
    text, title, published, _warnings = _html_document(html)
    return text, title, published


def _html_document(html: str) -> tuple[str, str | None, str | None, list[str]]:
    """html_to_text with warnings: a page nested deeper than libxml2's limit skips trafilatura (which
    would lose the deep text) and keeps all the text of the page."""
    text = ""
    title: str | None = None
    published: str | None = None
    if _too_deep(html):
        m = re.search(r"(?is)<title[^>]*>(.*?)</title>", html)
        if m:
            title = _SPACES.sub(" ", _lxml_text(f"<p>{m.group(1)}</p>")).strip() or None
        warning = (
            f"HTML nested deeper than {MAX_HTML_DEPTH} levels: main-text detection skipped, "
            "all the text of the page kept"
        )
        return normalize_text(_lxml_text(html)), title, None, [warning]
    try:
        import trafilatura

        result = trafilatura.bare_extraction(
            html,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            date_extraction_params={"extensive_search": False, "original_date": True},
            prune_xpath=_PRUNE,
        )
        if result is not None:
            text = (getattr(result, "text", None) or "").strip()
            title = getattr(result, "title", None) or None
            published = _iso_date(getattr(result, "date", None))
    except Exception:
        text = ""
    if not title:
        m = re.search(r"(?is)<title[^>]*>(.*?)</title>", html)
        if m:
            title = _SPACES.sub(" ", _lxml_text(f"<p>{m.group(1)}</p>")).strip() or None
    if not text:
        text = _lxml_text(html)
    return normalize_text(text), title, published, []


def _strip_html(fragment: str) -> str:
    if "<" not in fragment and "&" not in fragment:
        return "\n".join(line.strip() for line in fragment.split("\n") if line.strip())
    return _lxml_text(f"<div>{fragment}</div>")


# --------------------------------------------------------------------------------------------- feeds


def _entry_date(entry: Any) -> str | None:
    words = None  # the first date in words, when no field gives one in figures
    for key in ("published", "updated", "created"):
        raw = entry.get(key)
        if not raw:
            continue
        try:
            return email.utils.parsedate_to_datetime(raw).date().isoformat()
        except (TypeError, ValueError, IndexError):
            pass
        value = _iso_date(raw)
        if value and _ISO_DATE.match(value):
            return value
        words = words or value
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
    return words


def _read_feed(data: bytes, path: Path, published: str | None) -> Iterator[Document | ReadError] | None:
    """Documents of a feed, or None when the bytes are no feed."""
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except Exception:
        return None
    if not parsed.get("version") and not parsed.entries:
        return None
    return _feed_items(parsed, path, published)


def _feed_items(parsed: Any, path: Path, published: str | None) -> Iterator[Document | ReadError]:
    seen: set[str] = set()
    if not parsed.entries:
        yield ReadError(str(path), "feed has no items")
        return
    for i, entry in enumerate(parsed.entries, 1):
        source = f"{path}:{i}"
        html = ""
        for content in entry.get("content") or []:
            if content.get("value"):
                html = content["value"]
                break
        if not html:
            html = entry.get("summary") or entry.get("description") or ""
        text = normalize_text(_strip_html(html)).strip()
        title = _SPACES.sub(" ", _strip_html(entry.get("title") or "")).strip() or None
        if not text:
            yield ReadError(source, f"item {i}: no text")
            continue
        raw_id = entry.get("id") or entry.get("guid") or entry.get("link") or title or ""
        doc_id = safe_id(str(raw_id)) or f"{path.stem}-{i}"
        if doc_id in seen:
            doc_id = f"{doc_id}-{i}"
        seen.add(doc_id)
        doc = Document(
            doc_id=doc_id, text=text, published=_entry_date(entry) or published, title=title, source=source
        )
        yield _finish(_with_url(doc, entry.get("link")))


# --------------------------------------------------------------------------------------------- JSON


def _json_doc(
    obj: Any, source: str, default_id: str, published: str | None, where: str
) -> Document | ReadError:
    if not isinstance(obj, dict):
        return ReadError(source, f"{where}not a JSON object")
    text = None
    for key in ("text", "content", "body"):
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            text = value
            break
    if text is None:
        return ReadError(source, f"{where}no text (expected a 'text' field)")
    raw_id = obj.get("id")
    doc_id = str(raw_id).strip() if raw_id is not None and str(raw_id).strip() else default_id
    pub = obj.get("published") or obj.get("date")
    pub_value = _iso_date(pub) if pub else None
    title = obj.get("title")
    url = obj.get("url")
    clean = normalize_text(text)
    if "<" in clean and re.search(r"</?(?:p|div|br|span|a|html|body)\b", clean, re.I):
        clean = _strip_html(clean)
    doc = Document(
        doc_id=doc_id,
        text=clean,
        published=pub_value or published,
        title=str(title) if title else None,
        source=source,
    )
    return _finish(_with_url(doc, url))


def _jsonl_item(
    line: str, source: str, doc_id: str, lineno: int, published: str | None, warnings: list[str]
) -> Document | ReadError:
    """The document of one JSONL line (its decoding warnings first among its own)."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadError(source, f"line {lineno}: not valid JSON: {exc.msg} (column {exc.colno})")
    item = _json_doc(obj, source, doc_id, published, f"line {lineno}: ")
    if isinstance(item, Document):
        item.warnings[:0] = warnings
    return item


def _read_jsonl(path: Path, published: str | None, max_bytes: int) -> Iterator[Document | ReadError]:
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield ReadError(str(path), _os_message(exc))
        return
    any_line = False
    with fh:
        for lineno, raw in enumerate(fh, 1):
            source = f"{path}:{lineno}"
            if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if not raw.strip():
                continue
            any_line = True
            if len(raw) > max_bytes:
                yield ReadError(source, f"line {lineno}: {_too_large(len(raw), max_bytes)}")
                continue
            try:
                line, warnings = decode_text(raw, first_line=lineno)
            except DecodeError as exc:
                yield ReadError(source, f"line {lineno}: {exc}")
                continue
            yield _jsonl_item(line, source, f"{path.stem}:{lineno}", lineno, published, warnings)
    if not any_line:
        yield ReadError(str(path), "empty document")


def _read_json(
    data: bytes, text: str, path: Path, published: str | None
) -> Iterator[Document | ReadError] | None:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError:
        return None
    if (
        isinstance(obj, dict)
        and "items" in obj
        and str(obj.get("version", "")).startswith("https://jsonfeed")
    ):
        feed = _read_feed(data, path, published)
        if feed is not None:
            return feed
    if isinstance(obj, dict) and isinstance(obj.get("items"), list):
        obj = obj["items"]
    if isinstance(obj, dict):
        return iter([_json_doc(obj, str(path), path.stem, published, "")])
    if isinstance(obj, list):
        return iter(
            [
                _json_doc(item, f"{path}:{i}", f"{path.stem}:{i}", published, f"item {i}: ")
                for i, item in enumerate(obj, 1)
            ]
        )
    return None


# --------------------------------------------------------------------------------------------- files


def _os_message(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a directory"
    return f"cannot read: {exc.strerror or exc}"


def _finish(doc: Document) -> Document | ReadError:
    if len(doc.text) > MAX_TEXT:
        return ReadError(
            doc.source or doc.doc_id,
            f"too long: {len(doc.text):,} characters of text > {MAX_TEXT:,} limit "
            "(extraction time grows faster than the length; split it)".replace(",", " "),
        )
    if doc.lang is None:
        doc.lang = detect_language(doc.text)
    return doc


def read_bytes(
    data: bytes, name: str = "doc", published: str | None = None, suffix: str | None = None
) -> Iterator[Document | ReadError]:
    """Documents from bytes as if read from a file named ``name`` (suffix picks the format)."""
    path = Path(name)
    suffix = (suffix if suffix is not None else path.suffix).lower()
    source = str(path)
    if not data.strip():
        yield ReadError(source, "empty document")
        return
    if looks_binary(data):
        yield ReadError(source, "binary file, not text")
        return
    if suffix in _FEED_SUFFIXES or (suffix not in _HTML_SUFFIXES and _FEED_SNIFF.match(data[:4096])):
        feed = _read_feed(data, path, published)
        if feed is not None:
            yield from feed
            return
    try:
        text, warnings = decode_text(data)
    except DecodeError as exc:
        yield ReadError(source, str(exc))
        return
    if suffix == ".jsonl":
        # bytes handed in directly: split here (files go through the streaming reader)
        lines = text.split("\n")
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            yield _jsonl_item(line, f"{path}:{lineno}", f"{path.stem}:{lineno}", lineno, published, warnings)
        return
    if suffix == ".json":
        docs = _read_json(data, text, path, published)
        if docs is not None:
            for item in docs:
                if isinstance(item, Document):
                    item.warnings[:0] = warnings
                yield item
            return
    title: str | None = None
    doc_published: str | None = None
    if suffix in _HTML_SUFFIXES or suffix in _FEED_SUFFIXES or _HTML_SNIFF.match(data[:2048]):
        text, title, doc_published, html_warnings = _html_document(text)
        warnings = warnings + html_warnings
    text = text.strip("\n")
    if not text.strip():
        yield ReadError(source, "empty document" if suffix not in _HTML_SUFFIXES else "no text in HTML")
        return
    yield _finish(
        Document(
            doc_id=path.stem,
            text=text,
            published=doc_published or published,
            title=title,
            source=source,
            warnings=warnings,
        )
    )


def read_file(
    path: str | Path, published: str | None = None, max_bytes: int | None = None
) -> Iterator[Document | ReadError]:
    """Documents of one file (any suffix; unknown suffixes are read as text)."""
    path = Path(path)
    limit = MAX_BYTES if max_bytes is None else max_bytes
    source = display_path(path)
    renamed = source != str(path)
    try:
        st = path.stat()
    except OSError as exc:
        yield ReadError(source, _os_message(exc))
        return
    if path.is_dir():
        yield ReadError(source, "is a directory")
        return
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path, published, limit)
        return
    if st.st_size > limit:
        yield ReadError(source, _too_large(st.st_size, limit))
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield ReadError(source, _os_message(exc))
        return
    try:
        for item in read_bytes(data, source, published):
            if renamed and isinstance(item, Document):
                item.warnings.insert(0, "the file name is not valid UTF-8: shown with U+FFFD")
            yield item
    except Exception as exc:  # a reader bug must not stop the batch
        yield ReadError(source, f"cannot read: {type(exc).__name__}: {exc}".replace("\n", " "))


def display_path(path: str | Path) -> str:
    """The path as text that can be printed and stored: bytes of a file name that are not UTF-8
    (kept by Python as lone surrogates) become U+FFFD."""
    raw = os.fsencode(path)
    return raw.decode("utf-8", errors="replace")


def _walk(folder: Path, problems: list[ReadError] | None = None) -> Iterator[Path]:
    entries: list[Path] = []

    def onerror(exc: OSError) -> None:
        if problems is not None:
            where = display_path(exc.filename) if exc.filename else display_path(folder)
            problems.append(ReadError(where, f"folder skipped: {_os_message(exc)}"))

    for root, dirs, files in os.walk(folder, onerror=onerror):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if name.startswith("."):
                continue
            p = Path(root) / name
            if p.suffix.lower() in SUFFIXES:
                entries.append(p)
    yield from sorted(entries)


def read_paths(
    paths: Iterable[str | Path], published: str | None = None, max_bytes: int | None = None
) -> Iterator[Document | ReadError]:
    """Documents from files and folders (folders recursively, sorted, known suffixes only).

    ``published`` applies to documents that give no date of their own. Bad input yields
    :class:`ReadError` and reading goes on with the next file.
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            problems: list[ReadError] = []
            for file in _walk(path, problems):
                yield from read_file(file, published, max_bytes)
            yield from problems
        else:
            yield from read_file(path, published, max_bytes)
