"""The start-up warm-up fills the caches of the most asked pages: a first visitor of the map, the review
list or the page of an organisation in the most documents gets them from the cache."""

from __future__ import annotations

from pathlib import Path

from kooperacja.web import views
from kooperacja.web.data import WebData


def test_warm_pages_fills_the_caches_of_the_most_asked_pages(corpus_db: Path) -> None:
    data = WebData(str(corpus_db))
    try:
        views.warm_pages(data)
        keys = set(data._cache)
        assert ("review", "open", None) in keys
        assert any(k[0] == "event_points" for k in keys) and any(k[0] == "map_orgs" for k in keys)
        top = data.call(
            lambda st: st.db.all(
                "SELECT id FROM entities WHERE type = 'organization' ORDER BY doc_count DESC, id LIMIT ?",
                (views.WARM_ORGS,),
            )
        )
        assert top
        for (oid,) in top:
            assert any(k[0] == "entity" and oid in k for k in keys), oid
            assert any(k[0] == "partners" and k[1] == oid for k in keys), oid
        # the cached page is the one a request computes
        computed = views.entity(
            WebData(str(corpus_db)), top[0][0], "organization", events_limit=views.PAGE_EVENTS
        )
        assert views.entity(data, top[0][0], "organization", events_limit=views.PAGE_EVENTS) == computed
    finally:
        data.close()
