"""Consistency checks for the project's own sample corpus in ``samples/``.

- every gold record passes the shared validator (``../shared/tools/validate.py``; skipped when the
  shared tree is not next to the repository);
- every document (``*.txt``, ``*.html``, each line of ``*.jsonl``) has a gold record and vice versa;
- gold records carry the fields the spec requires and ``doc_id`` matches the document;
- every organisation and place in a gold record is findable in its document's text: its name or an
  alias occurs, or (for inflected mentions) a prefix of the name's first word occurs.

This does not run the extractor; comparing the extractor with the gold is a separate test.
"""

from __future__ import annotations

import html
import importlib.util
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
GOLD = SAMPLES / "gold"
VALIDATOR = ROOT.parent / "shared" / "tools" / "validate.py"

DOC_SUFFIXES = (".txt", ".html")


def _documents() -> dict[str, dict]:
    """doc_id -> {"text": str, "published": str | None, "source": str}"""
    docs: dict[str, dict] = {}
    for path in sorted(SAMPLES.iterdir()):
        if path.is_file() and path.suffix in DOC_SUFFIXES:
            docs[path.stem] = {
                "text": path.read_text(encoding="utf-8"),
                "published": None,
                "source": path.name,
            }
        elif path.is_file() and path.suffix == ".jsonl":
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
                if not line.strip():
                    continue
                item = json.loads(line)
                assert item["id"] not in docs, f"duplicate document id {item['id']!r} ({path.name}:{n})"
                docs[item["id"]] = {
                    "text": item["text"],
                    "published": item.get("published"),
                    "source": f"{path.name}:{n}",
                    "item": item,
                }
    return docs


def _gold() -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.json"))}


DOCS = _documents()
GOLDS = _gold()


def _plain(text: str) -> str:
    """Document text as a reader sees it: HTML tags dropped and entities decoded."""
    if "<" in text and re.search(r"</?(html|body|article|p|div)\b", text, re.I):
        text = re.sub(r"<(script|style)\b.*?</\1>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<[^>]+>", " ", text)
        text = html.unescape(text)
    return text


def _norm(s: str) -> str:
    s = s.casefold()
    s = re.sub(r"[„”\"“'’«»]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def test_corpus_size_and_lengths():
    assert len(DOCS) >= 20
    for doc_id, doc in DOCS.items():
        if doc["source"].endswith(".html"):
            body = re.search(r"<article\b.*?</article>", doc["text"], re.S)
            assert body, f"{doc_id}: HTML sample has no <article>"
            n = len(_plain(body.group(0)).strip())
            assert 600 <= n <= 2000, f"{doc_id}: article text is {n} characters"
        elif "item" not in doc:
            n = len(doc["text"])
            assert 600 <= n <= 2000, f"{doc_id}: {n} characters"


def test_every_document_has_gold_and_vice_versa():
    missing = sorted(set(DOCS) - set(GOLDS))
    orphans = sorted(set(GOLDS) - set(DOCS))
    assert not missing, f"documents without gold: {missing}"
    assert not orphans, f"gold without documents: {orphans}"


def test_jsonl_items_have_caller_fields():
    for doc_id, doc in DOCS.items():
        item = doc.get("item")
        if item is None:
            continue
        for key in ("id", "text", "published", "url", "title"):
            assert key in item, f"{doc['source']}: missing {key!r}"
        assert GOLDS[doc_id]["published"] == item["published"], f"{doc_id}: gold published differs from feed"


@pytest.mark.parametrize("doc_id", sorted(GOLDS))
def test_gold_shape(doc_id):
    rec = GOLDS[doc_id]
    assert rec["doc_id"] == doc_id
    assert rec["lang"] == "pl"
    assert "published" in rec
    for key in ("entities", "events", "figures", "sectors"):
        assert isinstance(rec[key], list), f"{doc_id}: {key} is not a list"
    for ent in rec["entities"]:
        assert isinstance(ent.get("aliases"), list), f"{doc_id}/{ent['id']}: aliases"
        if ent["type"] == "place":
            assert "country" in ent, f"{doc_id}/{ent['id']}: place without country"
        if ent["type"] == "person":
            assert isinstance(ent.get("roles"), list), f"{doc_id}/{ent['id']}: person without roles"


def _load_validator():
    if not VALIDATOR.is_file():
        return None
    spec = importlib.util.spec_from_file_location("kooperacja_shared_validate", VALIDATOR)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gold_passes_shared_validator():
    if not (ROOT.parent / "shared").is_dir():
        pytest.skip("../shared is not present next to the repository")
    validate = _load_validator()
    if validate is None:
        pytest.skip("../shared/tools/validate.py not found")
    problems = []
    for doc_id, rec in GOLDS.items():
        problems += validate.check(rec, f"{doc_id}.json")
    assert not problems, "\n".join(problems)


# Polish stem alternations that an inflected form may show: "Żarów" → "w Żarowie", "Urząd" → "Urzędu"
_ALTERNATIONS = str.maketrans({"ó": "o", "ą": "ę"})


def _findable(name: str, text: str) -> bool:
    n = _norm(name)
    if n in text:
        return True
    # inflected mention: the first word's first 4 letters (3 for words of 4 letters or fewer: "Odra" → "Odrą"),
    # compared after folding the vowel alternations above
    first = n.split(" ")[0]
    k = 4 if len(first) > 4 else max(len(first) - 1, 1)
    return first[:k].translate(_ALTERNATIONS) in text.translate(_ALTERNATIONS)


@pytest.mark.parametrize("doc_id", sorted(GOLDS))
def test_gold_entities_occur_in_text(doc_id):
    text = _norm(_plain(DOCS[doc_id]["text"]))
    for ent in GOLDS[doc_id]["entities"]:
        if ent["type"] not in ("organization", "place"):
            continue
        names = [ent["name"], *ent.get("aliases", [])]
        assert any(_findable(x, text) for x in names), f"{doc_id}/{ent['id']}: {ent['name']!r} not in text"


@pytest.mark.parametrize("doc_id", sorted(GOLDS))
def test_gold_people_occur_in_text(doc_id):
    text = _norm(_plain(DOCS[doc_id]["text"]))
    for ent in GOLDS[doc_id]["entities"]:
        if ent["type"] == "person":
            surname = _norm(ent["name"]).split(" ")[-1]
            assert surname[:4] in text, f"{doc_id}/{ent['id']}: {ent['name']!r} not in text"


@pytest.mark.parametrize("doc_id", sorted(GOLDS))
def test_gold_published_matches_dateline(doc_id):
    """A published date in gold must be written in the first lines of the document (or given by the feed)."""
    rec, doc = GOLDS[doc_id], DOCS[doc_id]
    if rec["published"] is None or "item" in doc:
        return
    y, m, d = rec["published"].split("-")
    head = _plain(doc["text"])[:1500]
    months = [
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ]
    forms = [f"{d}.{m}.{y}", f"{int(d)} {months[int(m) - 1]} {y}", f"{y}-{m}-{d}"]
    assert any(f in head for f in forms), f"{doc_id}: published {rec['published']} not in the header"
