"""Input at the edges (issue 13, cases 1, 3 and 9): a few bad bytes, odd file names, symbolic link
loops, unreadable folders, unsafe links and very deep HTML. Real files; the CLI as a real process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kooperacja
from kooperacja.documents.model import Document, ReadError
from kooperacja.documents.readers import read_bytes, read_paths

SRC = Path(kooperacja.__file__).resolve().parents[1]  # the code under test, for the subprocesses too

# our own sentences; enough non-ASCII letters to be clearly UTF-8
LINES = [
    "Urząd Marszałkowski Województwa Dolnośląskiego podpisał porozumienie z gminą Żórawina.",
    "Współpraca obejmie szkolenia, wymianę doświadczeń i wspólne targi w Łodzi.",
    "Przedstawiciele obu stron spotkają się ponownie jesienią.",
]


def _cli(*args: str, cwd: Path | None = None, unprivileged: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(SRC) + os.pathsep + env.get("PYTHONPATH", "")
    cmd = [sys.executable, "-m", "kooperacja", *args]
    if unprivileged and os.geteuid() == 0:
        # root reads every folder: run without the capabilities that override file permissions
        cmd = ["setpriv", "--bounding-set=-dac_override,-dac_read_search", *cmd]
    return subprocess.run(cmd, capture_output=True, cwd=cwd, env=env, timeout=300)


def _utf8_with_bad_byte() -> bytes:
    data = "\n".join(LINES).encode("utf-8") + b"\n"
    # one stray byte in the second line, after "Współpraca " (11 characters)
    cut = data.index("Współpraca ".encode()) + len("Współpraca ".encode())
    return data[:cut] + b"\xff" + data[cut:]


def test_a_few_bad_bytes_keep_the_file_utf8_with_a_warning(tmp_path: Path) -> None:
    f = tmp_path / "artykul.txt"
    f.write_bytes(_utf8_with_bad_byte())
    [doc] = list(read_paths([f]))
    assert isinstance(doc, Document)
    assert "Dolnośląskiego" in doc.text and "Żórawina" in doc.text  # not mojibake
    assert "Ĺ" not in doc.text and "Ä…" not in doc.text
    assert "Współpraca \ufffdobejmie" in doc.text
    assert any("line 2, column 12" in w for w in doc.warnings), doc.warnings

    out = tmp_path / "out.jsonl"
    run = _cli("extract", str(f), "-o", str(out))
    stderr = run.stderr.decode()
    assert run.returncode == 0, stderr
    assert "warning:" in stderr and "line 2, column 12" in stderr
    [record] = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    names = json.dumps(record, ensure_ascii=False)
    assert "Dolnośląsk" in names and "DolnoĹ" not in names


def test_a_short_file_with_one_bad_byte_is_read_not_refused(tmp_path: Path) -> None:
    f = tmp_path / "krotki.txt"
    f.write_bytes(b"Umowa gminy Alfa z firma Beta \x81 zostala podpisana.")
    [doc] = list(read_paths([f]))
    assert isinstance(doc, Document), doc
    assert doc.text == "Umowa gminy Alfa z firma Beta \ufffd zostala podpisana."
    assert doc.warnings and "line 1, column 31" in doc.warnings[0]


def test_bad_bytes_in_a_jsonl_line_name_the_files_line(tmp_path: Path) -> None:
    good = json.dumps({"id": "a", "text": LINES[0]}, ensure_ascii=False).encode()
    bad = (
        json.dumps({"id": "b", "text": LINES[1]}, ensure_ascii=False)
        .encode()
        .replace(b"obejmie", b"obe\xffjmie")
    )
    f = tmp_path / "docs.jsonl"
    f.write_bytes(good + b"\n" + bad + b"\n")
    a, b = list(read_paths([f]))
    assert isinstance(a, Document) and not a.warnings
    assert isinstance(b, Document) and "obe\ufffdjmie" in b.text
    assert "line 2," in b.warnings[0]


@pytest.mark.parametrize("encoding", ["cp1250", "iso-8859-2"])
def test_real_legacy_files_are_still_detected(tmp_path: Path, encoding: str) -> None:
    f = tmp_path / "stary.txt"
    f.write_bytes("\n".join(LINES).encode(encoding))
    [doc] = list(read_paths([f]))
    assert isinstance(doc, Document)
    assert doc.text == "\n".join(LINES) and not doc.warnings


def test_odd_names_loops_and_unreadable_folders_are_one_line_each(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(LINES[0], encoding="utf-8")
    odd = os.path.join(os.fsencode(folder), b"z\xff\xfe.txt")
    with open(odd, "wb") as fh:
        fh.write(LINES[1].encode("utf-8"))
    os.symlink("petla.txt", folder / "petla.txt")  # a link to itself
    locked = folder / "zamkniety"
    locked.mkdir()
    (locked / "c.txt").write_text(LINES[2], encoding="utf-8")
    locked.chmod(0)
    try:
        out = tmp_path / "out.jsonl"
        run = _cli("extract", str(folder), "-o", str(out), cwd=tmp_path, unprivileged=True)
    finally:
        locked.chmod(0o755)
    stderr = run.stderr.decode("utf-8")
    assert "Traceback" not in stderr, stderr
    assert run.returncode == 1  # some input failed
    assert "petla.txt: symbolic link loop" in stderr
    assert "zamkniety: folder skipped: permission denied" in stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    ids = sorted(r["doc_id"] for r in records)
    assert ids == ["a", "z\ufffd\ufffd"], ids  # the good files, the odd name shown with U+FFFD


def test_only_web_links_are_kept_as_document_urls(tmp_path: Path) -> None:
    f = tmp_path / "linki.jsonl"
    rows = [
        {"id": "1", "text": LINES[0], "url": "javascript:alert(1)"},
        {"id": "2", "text": LINES[1], "url": " DATA:text/html;base64,PHNjcmlwdD4="},
        {"id": "3", "text": LINES[2], "url": "https://example.org/artykul"},
    ]
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    docs = list(read_paths([f]))
    assert [d.url for d in docs] == [None, None, "https://example.org/artykul"]  # type: ignore[union-attr]
    assert "dropped" in docs[0].warnings[0]  # type: ignore[union-attr]


def test_html_nested_deeper_than_255_levels_keeps_its_text() -> None:
    depth = 400
    html = (
        "<html><head><title>Głęboka strona</title></head><body><p>Wstęp o współpracy.</p>"
        + "<div>" * depth
        + "<p>Gmina Alfa podpisała umowę z firmą Beta.</p>"
        + "</div>" * depth
        + "<p>Zakończenie.</p></body></html>"
    )
    [doc] = list(read_bytes(html.encode("utf-8"), "gleboka.html"))
    assert isinstance(doc, Document), doc
    assert "Gmina Alfa podpisała umowę z firmą Beta." in doc.text
    assert "Zakończenie." in doc.text
    assert any("deeper than 255" in w for w in doc.warnings)


def test_html_deeper_than_even_the_huge_limit_keeps_its_text() -> None:
    depth = 5000
    html = (
        "<html><body>" + "<div>" * depth + "<p>Tekst na samym dnie.</p>" + "</div>" * depth + "</body></html>"
    )
    items = list(read_bytes(html.encode("utf-8"), "bardzo.html"))
    assert len(items) == 1 and not isinstance(items[0], ReadError), items
    assert "Tekst na samym dnie." in items[0].text


def test_a_text_longer_than_extraction_handles_is_refused_at_once(tmp_path: Path) -> None:
    from kooperacja.documents.readers import MAX_TEXT

    f = tmp_path / "ksiazka.txt"
    f.write_text((LINES[0] + "\n") * (MAX_TEXT // len(LINES[0]) + 10), encoding="utf-8")
    g = tmp_path / "zwykly.txt"
    g.write_text(LINES[1], encoding="utf-8")
    big, small = list(read_paths([f, g]))
    assert isinstance(big, ReadError) and big.message.startswith("too long:")
    assert isinstance(small, Document)
    assert MAX_TEXT <= 1_000_000  # measured: 2 MB of text takes minutes (bench/long_document.py)
