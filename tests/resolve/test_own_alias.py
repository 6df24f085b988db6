"""An alias that is a name of its own: one report writes "Bałtycki Klaster Stoczniowy – Zatoka
Stoczniowa", another names only "Zatoka Stoczniowa". Nothing else ties the two, so they stay two
entities and the pair waits in the review queue; an acronym, the other name in the text, or an alias
that is only a form of the name (shorter, inflected, longer) still merges. Real SQLite store; the
texts and names are our own."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kooperacja.documents.model import Document
from kooperacja.resolve.entities import own_name
from kooperacja.store import open_store


def _ent(i: str, name: str, aliases: list[str] | None = None) -> dict[str, Any]:
    return {"id": i, "type": "organization", "subtype": "cluster", "name": name, "aliases": aliases or []}


def _ingest(path: Path, docs: list[tuple[str, str, list[dict[str, Any]]]]) -> dict[str, int]:
    """{document id: stored entity id of its first entity}."""
    store = open_store(str(path))
    try:
        records = [
            {"doc_id": d, "published": "2025-05-02", "entities": ents, "events": []} for d, _, ents in docs
        ]
        documents = [
            Document(doc_id=d, text=t, published="2025-05-02", source=f"{d}.txt") for d, t, _ in docs
        ]
        summary = store.ingest_records(records, documents)
        assert summary["failed"] == 0, summary
        out = {}
        for doc_id, eid in store.db.all(
            "SELECT d.doc_id, e.entity_id FROM doc_entities e JOIN documents d ON d.id = e.doc_pk "
            "WHERE e.local_id = 'e1'"
        ):
            out[doc_id] = int(eid)
        out["review"] = len(store.review_items("open", "entity"))
        return out
    finally:
        store.close()


FIRST = (
    "a",
    "Bałtycki Klaster Stoczniowy – Zatoka Stoczniowa zaprosił firmy z Gdańska na targi.",
    [_ent("e1", "Bałtycki Klaster Stoczniowy", ["Zatoka Stoczniowa"])],
)


def test_an_alias_that_is_a_name_of_its_own_does_not_merge_alone(tmp_path: Path) -> None:
    second = (
        "b",
        "Zatoka Stoczniowa zatrudnia dziś kilka tysięcy osób w regionie.",
        [_ent("e1", "Zatoka Stoczniowa")],
    )
    got = _ingest(tmp_path / "x.db", [FIRST, second])
    assert got["a"] != got["b"]
    assert got["review"] >= 1
    # the same the other way round: the report with the alias comes second
    got = _ingest(tmp_path / "y.db", [second, FIRST])
    assert got["a"] != got["b"]


def test_the_other_name_in_the_text_agrees(tmp_path: Path) -> None:
    second = (
        "b",
        "Zatoka Stoczniowa, czyli bałtycki klaster firm stoczniowych, zatrudnia kilka tysięcy osób.",
        [_ent("e1", "Zatoka Stoczniowa")],
    )
    got = _ingest(tmp_path / "x.db", [FIRST, second])
    assert got["a"] == got["b"]


def test_a_shared_acronym_agrees(tmp_path: Path) -> None:
    first = ("a", FIRST[1], [_ent("e1", "Bałtycki Klaster Stoczniowy", ["Zatoka Stoczniowa", "BKS"])])
    second = ("b", "Zatoka Stoczniowa (BKS) rośnie.", [_ent("e1", "Zatoka Stoczniowa", ["BKS"])])
    got = _ingest(tmp_path / "x.db", [first, second])
    assert got["a"] == got["b"]


def test_an_alias_that_is_a_form_of_the_name_merges(tmp_path: Path) -> None:
    first = (
        "a",
        "Urząd Marszałkowski Województwa Nadmorskiego ogłosił konkurs dla gmin.",
        [_ent("e1", "Urząd Marszałkowski Województwa Nadmorskiego", ["Województwo Nadmorskie"])],
    )
    second = ("b", "Województwo Nadmorskie dopłaci do szkół.", [_ent("e1", "Województwo Nadmorskie")])
    got = _ingest(tmp_path / "x.db", [first, second])
    assert got["a"] == got["b"]


def test_own_name() -> None:
    assert own_name("Zatoka Stoczniowa", "Bałtycki Klaster Stoczniowy")
    # short, inflected and longer forms of the name, acronyms and one-word names are not
    assert not own_name("Województwo Nadmorskie", "Urząd Marszałkowski Województwa Nadmorskiego")
    assert not own_name("Huta Zachód Serwis", "Huta Zachód")
    assert not own_name("Klaster Stoczniowy", "Bałtycki Klaster Stoczniowy")
    assert not own_name("BKS", "Bałtycki Klaster Stoczniowy")
    assert not own_name("Stoczniowcy", "Bałtycki Klaster Stoczniowy")


def test_a_translation_is_not_a_name_of_its_own() -> None:
    assert not own_name("Agency for Northern Shipyards", "Agencja Stoczni Północnych")
    assert not own_name("Agencja Stoczni Północnych", "Northern Shipyards Agency")
