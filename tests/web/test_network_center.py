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
