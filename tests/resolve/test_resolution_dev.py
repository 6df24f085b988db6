"""Resolution on the real reports of ../shared/eval/resolution-dev (skipped where that folder is absent).

Asserts what the evaluation (tools/eval_resolution.py) shows as achievable with the current
extractor: no report pair on different story lines shares an event (r015, the history page, stays
apart from the 2012 conference r013/r014), and the two Polish reports of the KSSE–SCZone agreement
(r026, r027) are one event, as are their reports of the mission to Egypt."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval" / "resolution-dev"

pytestmark = pytest.mark.skipif(not (DEV / "stories.md").exists(), reason="no resolution-dev reports here")


def _tool() -> Any:
    spec = importlib.util.spec_from_file_location("eval_resolution", ROOT / "tools" / "eval_resolution.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="module")
def result(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tool = _tool()
    store, summary = tool.ingest(DEV, str(tmp_path_factory.mktemp("dev") / "dev.db"))
    try:
        assert summary["failed"] == 0, summary
        res = tool.evaluate(store, tool.read_stories(DEV / "stories.md"))
        res["by_doc"] = {}
        for doc_id, event_id, etype in store.db.all(
            "SELECT d.doc_id, s.event_id, s.type FROM event_sources s JOIN documents d ON d.id = s.doc_pk"
        ):
            res["by_doc"].setdefault(doc_id, {})[int(event_id)] = etype
        return res
    finally:
        store.close()


def test_no_false_merges_across_stories(result: dict[str, Any]) -> None:
    assert result["false_pairs"] == [], result["false_pairs"]
    assert result["precision"] == 1.0


def test_background_page_stays_apart(result: dict[str, Any]) -> None:
    r015 = set(result["by_doc"].get("r015", {}))
    for other in ("r013", "r014"):
        assert r015.isdisjoint(result["by_doc"].get(other, {}))


def test_ksse_sczone_polish_reports_are_one_agreement(result: dict[str, Any]) -> None:
    signing = {"agreement", "letter_of_intent", "cooperation"}
    a = {e for e, t in result["by_doc"].get("r026", {}).items() if t in signing}
    b = {e for e, t in result["by_doc"].get("r027", {}).items() if t in signing}
    assert a, "the extractor gives no signing event for r026"
    assert b, "the extractor gives no signing event for r027"
    assert a & b


def _shares(result: dict[str, Any], a: str, b: str) -> bool:
    return bool(set(result["by_doc"].get(a, {})) & set(result["by_doc"].get(b, {})))


def test_partial_reports_join_their_story(result: dict[str, Any]) -> None:
    """r002 names none of the signatories of the IABM letter of intent; r031 tells of cooperation
    begun with one linked party: both join their story's event as partial events, and the Polish
    reports, the background page apart, reach pairwise recall 0.85."""
    assert all(_shares(result, "r002", r) for r in ("r001", "r004", "r005"))
    assert _shares(result, "r030", "r031")
    pl = [st for st in _tool().read_stories(DEV / "stories.md") if not st.background]
    pairs = [(a, b) for st in pl for i, a in enumerate(st.reports) for b in st.reports[i + 1 :]]
    polish = {"r001", "r002", "r004", "r005", "r009", "r010", "r013", "r026", "r027", "r030", "r031"}
    polish |= {"r046", "r047", "r063", "r064"}
    pairs = [(a, b) for a, b in pairs if a in polish and b in polish]
    assert sum(_shares(result, a, b) for a, b in pairs) / len(pairs) >= 0.85


def test_reverse_order_keeps_the_partial_reports(tmp_path: Path) -> None:
    """Ingested last first, the partial reports come before the reports that name the actors: the
    end of the ingest tries them again (and resolves the events it created once more)."""
    from kooperacja.documents import read_paths
    from kooperacja.store import open_store

    tool = _tool()
    store = open_store(str(tmp_path / "rev.db"))
    try:
        store.ingest(read_paths(sorted((str(p) for p in DEV.glob("r*.txt")), reverse=True)))
        res = tool.evaluate(store, tool.read_stories(DEV / "stories.md"))
        assert res["false_pairs"] == []
        res["by_doc"] = {}
        for doc_id, event_id in store.db.all(
            "SELECT d.doc_id, s.event_id FROM event_sources s JOIN documents d ON d.id = s.doc_pk"
        ):
            res["by_doc"].setdefault(doc_id, {})[int(event_id)] = ""
        assert all(_shares(res, "r002", r) for r in ("r001", "r004", "r005"))
        assert _shares(res, "r030", "r031")
    finally:
        store.close()
