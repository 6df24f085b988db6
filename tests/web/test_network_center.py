"""The network around an organisation read from the events of its neighbourhood only equals the one cut
from the whole graph (every organisation as the centre, depth 1 and 2, with and without filters)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from kooperacja.store import open_store

# the module (the package exports its function `network` under the same name)
net = importlib.import_module("kooperacja.analysis.network")


def test_network_around_equals_the_cut_of_the_whole(corpus_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = open_store(str(corpus_db))
    try:
        orgs = [r[0] for r in store.db.all("SELECT id FROM entities WHERE type = 'organization' ORDER BY id")]
        assert len(orgs) >= 5
        compared = 0
        for center in orgs:
            for depth in (1, 2):
                for filters in ({}, {"type": "agreement"}, {"since": "2023"}):
                    near = net.network(store, center=center, depth=depth, **filters)
                    with monkeypatch.context() as m:
                        m.setattr(net, "WHOLE", 0)  # too many: the whole graph is read and cut
                        whole = net.network(store, center=center, depth=depth, **filters)
                    assert near == whole, (center, depth, filters)
                    compared += bool(near["edges"])
        assert compared >= 5  # centres with links, not only empty networks
    finally:
        store.close()


def test_network_around_keeps_the_strongest_partners(corpus_db: Path) -> None:
    store = open_store(str(corpus_db))
    try:
        orgs = [r[0] for r in store.db.all("SELECT id FROM entities WHERE type = 'organization' ORDER BY id")]
        checked = 0
        for center in orgs:
            whole = net.network(store, center=center)
            partners = {
                (e["target"] if e["source"] == center else e["source"]): e["weight"]
                for e in whole["edges"]
                if center in (e["source"], e["target"])
            }
            # room for all of them: the same network
            assert net.network(store, center=center, top=len(partners) + 1) == whole
            if len(partners) < 2:
                continue
            cut = net.network(store, center=center, top=2)
            ids = {n["id"] for n in cut["nodes"]}
            assert cut["truncated"] and center in ids and len(ids) == 2
            (kept,) = ids - {center}
            assert partners[kept] == max(partners.values())
            checked += 1
        assert checked >= 1
    finally:
        store.close()
