"""Readers: text, HTML, JSONL, feeds, encodings and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kooperacja.documents import Document, ReadError, read_paths
from kooperacja.documents import readers as readers_mod
from kooperacja.documents.encoding import decode_bytes, looks_binary
from kooperacja.documents.readers import read_bytes, safe_id

POLISH = "Zażółć gęślą jaźń. Umowę o współpracy podpisano w Łodzi, a źdźbło ścięto w Świętochłowicach."


def _all(paths: list[Path] | list[str], **kw: object) -> list[Document | ReadError]:
    return list(read_paths(paths, **kw))  # type: ignore[arg-type]


def _docs(items: list[Document | ReadError]) -> list[Document]:
    return [d for d in items if isinstance(d, Document)]


def _errors(items: list[Document | ReadError]) -> list[ReadError]:
    return [d for d in items if isinstance(d, ReadError)]


def test_plain_text_file(tmp_path: Path) -> None:
    f = tmp_path / "notatka.txt"
    f.write_bytes("Pierwsza linia.\r\nDruga linia o współpracy.\r\n".encode())
    [doc] = _all([f])
    assert isinstance(doc, Document)
    assert doc.doc_id == "notatka"
    assert doc.text == "Pierwsza linia.\nDruga linia o współpracy."
    assert doc.source == str(f)
    assert doc.lang == "pl"
    assert doc.published is None


def test_published_argument_applies_when_document_gives_none(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Tekst pierwszy o współpracy miast.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(
        json.dumps({"id": "x", "text": "Tekst z datą.", "published": "2014-04-25"}) + "\n", encoding="utf-8"
    )
    docs = _docs(_all([tmp_path], published="2020-01-02"))
    by_id = {d.doc_id: d for d in docs}
    assert by_id["a"].published == "2020-01-02"
    assert by_id["x"].published == "2014-04-25"


def test_utf8_bom_and_nfc(tmp_path: Path) -> None:
    f = tmp_path / "bom.txt"
    decomposed = "Zaz\u0307o\u0301ł\u0107 ge\u0328s\u0301la\u0328 jaz\u0301n\u0301"
    f.write_bytes(b"\xef\xbb\xbf" + decomposed.encode("utf-8"))
    [doc] = _docs(_all([f]))
    assert doc.text == "Zażółć gęślą jaźń"
    assert not doc.text.startswith("\ufeff")


@pytest.mark.parametrize("encoding", ["cp1250", "iso-8859-2"])
def test_legacy_polish_encodings(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / f"{encoding}.txt"
    f.write_bytes(POLISH.encode(encoding))
    [doc] = _docs(_all([f]))
    assert doc.text == POLISH


@pytest.mark.parametrize("encoding", ["cp1250", "iso-8859-2"])
def test_decode_bytes_picks_polish_code_page(encoding: str) -> None:
    text = "Świętokrzyskie Centrum Innowacji i Transferu Technologii ściąga źródła. " * 3
    assert decode_bytes(text.encode(encoding)) == text


def test_folder_is_recursive_sorted_and_skips_other_suffixes(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "b.txt").write_text("Drugi tekst o współpracy.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Pierwszy tekst o współpracy.", encoding="utf-8")
    (tmp_path / "sub" / "c.htm").write_text(
        "<html><body><p>Trzeci tekst.</p></body></html>", encoding="utf-8"
    )
    (tmp_path / "obraz.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "notes.md").write_text("# not read", encoding="utf-8")
    items = _all([tmp_path])
    assert not _errors(items)
    assert [d.doc_id for d in _docs(items)] == ["a", "b", "c"]


def test_explicit_path_with_other_suffix_is_read_as_text(tmp_path: Path) -> None:
    f = tmp_path / "artykul.md"
    f.write_text("Porozumienie o współpracy gospodarczej.", encoding="utf-8")
    [doc] = _docs(_all([f]))
    assert doc.doc_id == "artykul"
    assert doc.text == "Porozumienie o współpracy gospodarczej."


HTML_PAGE = """<!DOCTYPE html>
<html lang="pl"><head>
<title>Umowa o współpracy podpisana | Portal Regionalny</title>
<meta property="article:published_time" content="2014-04-25T10:15:00+02:00">
</head><body>
<header><a href="/">Portal Regionalny</a></header>
<nav><ul><li><a href="/">Strona główna</a></li><li><a href="/kontakt">Kontakt</a></li>
<li><a href="/reklama">Reklama</a></li></ul></nav>
<main><article>
<h1>Umowa o współpracy podpisana</h1>
<p>Katowicka Specjalna Strefa Ekonomiczna podpisała w piątek porozumienie o współpracy z miastem
Dąbrowa Górnicza. Dokument przewiduje wspólną promocję terenów inwestycyjnych.</p>
<p>Drugi akapit opisuje plany: w strefie ma powstać ok. 2 tys. nowych miejsc pracy, a wartość
inwestycji przekroczy 1 mld zł.</p>
</article></main>
<aside>Polecamy: horoskop na dziś</aside>
<footer>Copyright 2014 Portal Regionalny. Wszelkie prawa zastrzeżone. Polityka cookies.</footer>
<script>var tracking = 1;</script>
</body></html>
"""


def test_html_main_text_without_boilerplate(tmp_path: Path) -> None:
    f = tmp_path / "strona.html"
    f.write_text(HTML_PAGE, encoding="utf-8")
    [doc] = _docs(_all([f]))
    assert "Katowicka Specjalna Strefa Ekonomiczna" in doc.text
    assert "Drugi akapit" in doc.text
    # paragraphs stay on separate lines
    lines = doc.text.split("\n")
    assert any(line.startswith("Katowicka") for line in lines)
    assert any(line.startswith("Drugi akapit") for line in lines)
    for junk in ("Strona główna", "Reklama", "Wszelkie prawa", "tracking", "horoskop"):
        assert junk not in doc.text
    assert doc.title and "Umowa o współpracy podpisana" in doc.title
    assert doc.published == "2014-04-25"
    assert doc.lang == "pl"


def test_broken_html_does_not_crash(tmp_path: Path) -> None:
    f = tmp_path / "zepsuta.html"
    f.write_bytes(b"<html><body><p>Niezamkni\xc4\x99ty akapit <b>pogrubiony <div>dalej <<< >> </td></table>")
    [doc] = _docs(_all([f]))
    assert "Niezamknięty akapit" in doc.text
    assert "dalej" in doc.text


def test_html_fallback_when_trafilatura_finds_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    text, title, _published = readers_mod.html_to_text(
        "<html><head><title>T</title><style>p{}</style></head><body><nav>Menu</nav>"
        "<p>Pierwszy akapit.</p><p>Drugi akapit.</p><script>x()</script><footer>Stopka</footer></body></html>"
    )
    assert text == "Pierwszy akapit.\nDrugi akapit."
    assert title == "T"


def test_jsonl_documents_and_bad_lines(tmp_path: Path) -> None:
    f = tmp_path / "partia.jsonl"
    lines = [
        json.dumps(
            {"id": "n-1", "text": "Pierwszy tekst o umowie.", "url": "http://x.pl/1", "title": "Umowa"}
        ),
        json.dumps({"text": "Tekst bez identyfikatora."}),
        "",
        json.dumps({"id": "n-3", "content": "Treść w polu content."}),
        json.dumps({"id": "n-4", "body": "Treść w polu body.", "published": "25.04.2014"}),
        json.dumps({"id": "n-5", "title": "Sam tytuł"}),
        "{to nie jest json",
        json.dumps({"id": "n-8", "text": "Ostatni tekst."}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = _all([f])
    docs = _docs(items)
    errors = _errors(items)
    assert [d.doc_id for d in docs] == ["n-1", "partia:2", "n-3", "n-4", "n-8"]
    assert docs[0].url == "http://x.pl/1" and docs[0].title == "Umowa"
    assert docs[0].source == f"{f}:1"
    assert docs[2].text == "Treść w polu content."
    assert docs[3].published == "2014-04-25"
    assert [e.source for e in errors] == [f"{f}:6", f"{f}:7"]
    assert "no text" in errors[0].message
    assert errors[1].message.startswith("line 7: not valid JSON")
    assert all("\n" not in e.message for e in errors)


RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Wiadomości</title><link>http://example.pl/</link>
<item><title>Umowa z Koreą</title><link>http://example.pl/news/umowa-z-korea?id=7</link>
<guid>http://example.pl/news/umowa-z-korea?id=7</guid>
<pubDate>Fri, 25 Apr 2014 23:30:00 +0200</pubDate>
<description>&lt;p&gt;Strefa podpisała &lt;b&gt;umowę&lt;/b&gt; z partnerem z Korei.&lt;/p&gt;</description></item>
<item><title>Misja do Niemiec</title><link>http://example.pl/news/misja</link>
<description>Delegacja odwiedziła Monachium.</description></item>
</channel></rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Aktualności</title>
<entry><id>tag:example.pl,2014:wpis-1</id><title>Nowy klaster</title>
<link href="http://example.pl/klaster"/><updated>2014-05-02T08:00:00Z</updated>
<content type="html">&lt;p&gt;Powstał klaster energetyczny.&lt;/p&gt;&lt;p&gt;Drugi akapit.&lt;/p&gt;</content></entry>
</feed>
"""


def test_rss_feed_one_document_per_item(tmp_path: Path) -> None:
    f = tmp_path / "kanal.rss"
    f.write_text(RSS, encoding="utf-8")
    docs = _docs(_all([f]))
    assert len(docs) == 2
    first, second = docs
    assert first.doc_id == "example.pl-news-umowa-z-korea-id-7"
    assert first.text == "Strefa podpisała umowę z partnerem z Korei."
    assert first.title == "Umowa z Koreą"
    assert first.url == "http://example.pl/news/umowa-z-korea?id=7"
    assert first.published == "2014-04-25"  # the publisher's local date, not UTC
    assert first.source == f"{f}:1"
    assert second.published is None
    assert second.doc_id == "example.pl-news-misja"


def test_atom_feed_in_xml_file(tmp_path: Path) -> None:
    f = tmp_path / "kanal.xml"
    f.write_text(ATOM, encoding="utf-8")
    [doc] = _docs(_all([f], published="2000-01-01"))
    assert doc.text == "Powstał klaster energetyczny.\nDrugi akapit."
    assert doc.published == "2014-05-02"
    assert doc.url == "http://example.pl/klaster"
    assert doc.doc_id == safe_id("tag:example.pl,2014:wpis-1")


def test_feed_sniffed_from_content(tmp_path: Path) -> None:
    f = tmp_path / "kanal.txt"
    f.write_text(RSS, encoding="utf-8")
    assert len(_docs(_all([f]))) == 2


def test_empty_binary_missing_and_batch_goes_on(tmp_path: Path) -> None:
    empty = tmp_path / "a_pusty.txt"
    empty.write_bytes(b"  \n")
    binary = tmp_path / "b_binarny.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    good = tmp_path / "c_dobry.txt"
    good.write_text("Dobry tekst.", encoding="utf-8")
    items = _all([tmp_path, tmp_path / "brak.txt"])
    assert [type(x).__name__ for x in items] == ["ReadError", "ReadError", "Document", "ReadError"]
    assert items[0].message == "empty document"  # type: ignore[union-attr]
    assert items[1].message == "binary file, not text"  # type: ignore[union-attr]
    assert items[3].message == "no such file"  # type: ignore[union-attr]


def test_too_large_file_is_reported_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "a_duzy.txt"
    with open(big, "wb") as fh:
        fh.truncate(52_400_000)  # sparse: 52.4 MB on paper
    small = tmp_path / "b_maly.txt"
    small.write_text("Mały tekst o współpracy.", encoding="utf-8")
    items = _all([tmp_path])
    assert isinstance(items[0], ReadError)
    assert items[0].message == "too large: 52.4 MB > 10 MB limit"
    assert isinstance(items[1], Document) and items[1].doc_id == "b_maly"


def test_max_bytes_argument_and_module_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "a.txt"
    f.write_text("x" * 3000, encoding="utf-8")
    [err] = _all([f], max_bytes=1000)
    assert isinstance(err, ReadError) and err.message.startswith("too large:")
    monkeypatch.setattr(readers_mod, "MAX_BYTES", 100)
    [err2] = _all([f])
    assert isinstance(err2, ReadError)


def test_undecodable_bytes_give_error() -> None:
    data = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 50
    [item] = list(read_bytes(data, "dziwny.txt"))
    assert isinstance(item, ReadError)
    assert item.source == "dziwny.txt"
    assert item.message.startswith("cannot decode")


def test_western_code_page_still_decodes() -> None:
    text = "Grüße aus München: die schöne Straße führt zum Büro."
    [doc] = list(read_bytes(text.encode("cp1252"), "de.txt"))
    assert isinstance(doc, Document)
    assert doc.text == text


def test_looks_binary() -> None:
    assert looks_binary(b"abc\x00def")
    assert not looks_binary("Zażółć".encode())
    assert not looks_binary(b"")


def test_safe_id() -> None:
    assert safe_id("http://x.pl/a?id=1") == "x.pl-a-id-1"
    assert safe_id("  ") == ""
