"""The review queue: likely duplicates of entities and events that the resolver did not merge on its
own, with their evidence and score; a user merges or rejects them.

A rejection is remembered as a correction (kind `split` for entities, by their names; kind
`event_split` for events, by their reports: "doc_id#index" of a source of each) that the resolver
reads on every later ingest, so it survives re-ingestion as merges and splits do. Event links
(`led_to`: an agreement that founds a body and the founding) live here too.
"""

from __future__ import annotations

from typing import Any

from kooperacja.store.db import Backend, now


def source_key(doc_id: str, local_index: int) -> str:
    return f"{doc_id}#{local_index}"


class ReviewMixin:
    db: Backend

    # -- written by the resolver during ingest ---------------------------------------------------------
    def _queue_review(self, kind: str, a: int, b: int, score: float, rule: str, evidence: str) -> None:
        """Add (or refresh) an open review item for two stored entities or events; a pair decided
        before is left alone."""
        if a == b:
            return
        a, b = min(a, b), max(a, b)
        db = self.db
        if self._rejected_before(kind, a, b):
            return
        row = db.one(
            "SELECT id, status FROM review_items WHERE kind = ? AND a_id = ? AND b_id = ?", (kind, a, b)
        )
        if row is None:
            db.execute(
                "INSERT INTO review_items (kind, a_id, b_id, score, rule, evidence, status, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, 'open', ?)",
                (kind, a, b, float(score), rule, evidence[:1000], now()),
            )
        elif row[1] == "open":
            db.execute(
                "UPDATE review_items SET score = ?, rule = ?, evidence = ? WHERE id = ?",
                (float(score), rule, evidence[:1000], row[0]),
            )

    def _requeue_reviews(self, kind: str, kept: int, merged: int) -> None:
        """After `merged` became `kept`: its open review items now speak of `kept`; the pair of the two
        themselves is closed as merged."""
        db = self.db
        for ka, kb, sc, ru, evd in db.all(
            "SELECT a_id, b_id, score, rule, evidence FROM review_items "
            "WHERE kind = ? AND status = 'open' AND (a_id = ? OR b_id = ?)",
            (kind, merged, merged),
        ):
            other = kb if ka == merged else ka
            if other == kept:  # the pair itself is merged now
                db.execute(
                    "UPDATE review_items SET status = 'merged', decided_at = ? "
                    "WHERE kind = ? AND a_id = ? AND b_id = ?",
                    (now(), kind, ka, kb),
                )
                continue
            db.execute("DELETE FROM review_items WHERE kind = ? AND a_id = ? AND b_id = ?", (kind, ka, kb))
            self._queue_review(kind, kept, other, sc, ru, evd)

    def _rejected_before(self, kind: str, a: int, b: int) -> bool:
        """A user said these two are different (by names or reports, so also after re-ingestion)."""
        db = self.db
        if kind == "entity":
            ra = db.one("SELECT type, norm FROM entities WHERE id = ?", (a,))
            rb = db.one("SELECT type, norm FROM entities WHERE id = ?", (b,))
            if ra is None or rb is None:
                return False
            banned = self.catalog.forbidden(ra[0], ra[1])  # type: ignore[attr-defined]
            return bool(banned & ({rb[1]} | self.catalog.full_names(b)))  # type: ignore[attr-defined]
        keys_b = set(self._event_source_keys(b))
        for ka in self._event_source_keys(a):
            for (other,) in db.all(
                "SELECT norm_b FROM corrections WHERE kind = 'event_split' AND norm_a = ? "
                "UNION SELECT norm_a FROM corrections WHERE kind = 'event_split' AND norm_b = ?",
                (ka, ka),
            ):
                if other in keys_b:
                    return True
        return False

    def _event_source_keys(self, event_id: int) -> list[str]:
        return [
            source_key(r[0], r[1])
            for r in self.db.all(
                "SELECT d.doc_id, s.local_index FROM event_sources s JOIN documents d ON d.id = s.doc_pk "
                "WHERE s.event_id = ? ORDER BY s.id",
                (event_id,),
            )
        ]

    def _rejected_events(self, doc_id: str, local_index: int) -> set[int]:
        """Stored events that a user said are not the happening of this report."""
        mine = source_key(doc_id, local_index)
        others = self.catalog.paired("event_split", mine)  # type: ignore[attr-defined]
        if not others:
            return set()
        out: set[int] = set()
        for key in others:
            d, _, i = key.rpartition("#")
            for (ev,) in self.db.all(
                "SELECT s.event_id FROM event_sources s JOIN documents d ON d.id = s.doc_pk "
                "WHERE d.doc_id = ? AND s.local_index = ?",
                (d, int(i) if i.isdigit() else -1),
            ):
                out.add(int(ev))
        return out

    def _link_events(self, from_id: int, to_id: int, kind: str, reason: str) -> None:
        if from_id == to_id:
            return
        self.db.execute(
            "INSERT INTO event_links (from_id, to_id, kind, reason, created_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT DO NOTHING",
            (from_id, to_id, kind, reason, now()),
        )

    # -- read and decided by users ---------------------------------------------------------------------
    def review_items(
        self, status: str = "open", kind: str | None = None, limit: int = 100
    ) -> list[dict[str, Any]]:
        """Review items (most likely first) with both sides described."""
        db = self.db
        sql = "SELECT id, kind, a_id, b_id, score, rule, evidence, status, created_at, decided_at FROM review_items"
        cond, params = [], []
        if status != "all":
            cond.append("status = ?")
            params.append(status)
        if kind:
            cond.append("kind = ?")
            params.append(kind)
        if cond:
            sql += " WHERE " + " AND ".join(cond)
        sql += " ORDER BY score DESC, id LIMIT ?"
        out = []
        for r in db.all(sql, (*params, int(limit))):
            out.append(
                {
                    "id": r[0],
                    "kind": r[1],
                    "a": self._review_side(r[1], r[2]),
                    "b": self._review_side(r[1], r[3]),
                    "score": round(float(r[4]), 3),
                    "rule": r[5],
                    "evidence": r[6],
                    "status": r[7],
                    "created_at": r[8],
                    "decided_at": r[9],
                }
            )
        return out

    def _review_side(self, kind: str, ref: int) -> dict[str, Any]:
        db = self.db
        if kind == "entity":
            row = db.one("SELECT id, type, name, doc_count FROM entities WHERE id = ?", (ref,))
            if row is None:
                return {"id": ref, "gone": True}
            return {"id": row[0], "type": row[1], "name": row[2], "documents": row[3]}
        row = db.one("SELECT id, type, date, name, source_count FROM events WHERE id = ?", (ref,))
        if row is None:
            return {"id": ref, "gone": True}
        parts = [
            r[0]
            for r in db.all(
                "SELECT DISTINCT e.name FROM participants p JOIN entities e ON e.id = p.entity_id "
                "WHERE p.event_id = ? ORDER BY e.name",
                (ref,),
            )
        ]
        docs = sorted({k.rpartition("#")[0] for k in self._event_source_keys(ref)})
        return {
            "id": row[0],
            "type": row[1],
            "date": row[2],
            "name": row[3],
            "sources": row[4],
            "participants": parts,
            "documents": docs,
        }

    def review_decide(self, item_id: int, action: str) -> dict[str, Any]:
        """`merge` or `reject` one review item. A merge joins the two (entities as a user merge, which
        is remembered); a rejection is remembered as a correction that later ingests obey."""
        if action not in ("merge", "reject"):
            return {"ok": False, "error": f"unknown action '{action}' (merge or reject)"}
        db = self.db
        row = db.one("SELECT kind, a_id, b_id, status FROM review_items WHERE id = ?", (int(item_id),))
        if row is None:
            return {"ok": False, "error": f"no review item {item_id}"}
        kind, a, b, status = row
        if status != "open":
            return {"ok": False, "error": f"review item {item_id} is already {status}"}
        if kind == "entity":
            return self._decide_entities(int(item_id), int(a), int(b), action)
        return self._decide_events(int(item_id), int(a), int(b), action)

    def _mark(self, item_id: int, status: str) -> None:
        self.db.execute(
            "UPDATE review_items SET status = ?, decided_at = ? WHERE id = ?", (status, now(), item_id)
        )

    def _decide_entities(self, item_id: int, a: int, b: int, action: str) -> dict[str, Any]:
        db = self.db
        if action == "merge":
            res = self.merge(a, b, reason=f"review item {item_id}")  # type: ignore[attr-defined]
            if res.get("ok"):
                with db.transaction():
                    self._mark(item_id, "merged")
            return {**res, "item": item_id}
        with db.transaction():
            ra = db.one("SELECT type, norm FROM entities WHERE id = ?", (a,))
            rb = db.one("SELECT type, norm FROM entities WHERE id = ?", (b,))
            if ra is None or rb is None:
                self._mark(item_id, "rejected")
                return {"ok": True, "item": item_id, "action": "reject", "note": "one side is gone"}
            names_a = self.catalog.full_names(a) | {ra[1]}  # type: ignore[attr-defined]
            names_b = self.catalog.full_names(b) | {rb[1]}  # type: ignore[attr-defined]
            for na in sorted(names_a):
                for nb in sorted(names_b):
                    if na == nb:
                        continue
                    db.execute(
                        "DELETE FROM corrections WHERE kind = 'merge' AND entity_type = ? AND "
                        "((norm_a = ? AND norm_b = ?) OR (norm_a = ? AND norm_b = ?))",
                        (ra[0], na, nb, nb, na),
                    )
                    db.execute(
                        "INSERT INTO corrections (kind, entity_type, norm_a, norm_b, created_at) "
                        "VALUES ('split', ?, ?, ?, ?)",
                        (ra[0], na, nb, now()),
                    )
            self.catalog.reset()  # type: ignore[attr-defined]
            self._mark(item_id, "rejected")
        return {"ok": True, "item": item_id, "action": "reject", "a": a, "b": b}

    def _decide_events(self, item_id: int, a: int, b: int, action: str) -> dict[str, Any]:
        db = self.db
        with db.transaction():
            ta = db.one("SELECT type FROM events WHERE id = ?", (a,))
            tb = db.one("SELECT type FROM events WHERE id = ?", (b,))
            if ta is None or tb is None:
                self._mark(item_id, "rejected" if action == "reject" else "merged")
                return {"ok": False, "error": "one of the events is gone", "item": item_id}
            keys_a, keys_b = self._event_source_keys(a), self._event_source_keys(b)
            self.catalog.reset()  # type: ignore[attr-defined]  # the event splits change
            if action == "merge":
                for ka in keys_a:
                    for kb in keys_b:
                        db.execute(
                            "DELETE FROM corrections WHERE kind = 'event_split' AND "
                            "((norm_a = ? AND norm_b = ?) OR (norm_a = ? AND norm_b = ?))",
                            (ka, kb, kb, ka),
                        )
                self._merge_events(a, b, "user", f"review item {item_id}")  # type: ignore[attr-defined]
                self._mark(item_id, "merged")
                return {"ok": True, "item": item_id, "action": "merge", "kept": a, "merged": b}
            for ka in keys_a:
                for kb in keys_b:
                    db.execute(
                        "INSERT INTO corrections (kind, entity_type, norm_a, norm_b, created_at) "
                        "VALUES ('event_split', ?, ?, ?, ?)",
                        (ta[0], ka, kb, now()),
                    )
            self._mark(item_id, "rejected")
        return {"ok": True, "item": item_id, "action": "reject", "a": a, "b": b}

    def event_links(self, event_id: int) -> list[dict[str, Any]]:
        """Events this one led to, and those that led to it."""
        db = self.db
        out = []
        for direction, sql in (
            ("led_to", "SELECT l.to_id, l.kind, l.reason FROM event_links l WHERE l.from_id = ?"),
            ("led_from", "SELECT l.from_id, l.kind, l.reason FROM event_links l WHERE l.to_id = ?"),
        ):
            for other, kind, reason in db.all(sql, (event_id,)):
                row = db.one("SELECT type, date, name FROM events WHERE id = ?", (other,))
                if row is None:
                    continue
                out.append(
                    {
                        "direction": direction,
                        "kind": kind,
                        "event": other,
                        "type": row[0],
                        "date": row[1],
                        "name": row[2],
                        "reason": reason,
                    }
                )
        return out
