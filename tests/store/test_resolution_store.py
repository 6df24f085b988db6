"""Resolution decisions in a real store, on SQLite and PostgreSQL: the merge guard, name variants,
the review queue and event links. Records and texts are our own."""

from __future__ import annotations

from typing import Any

from kooperacja.documents.model import Document


def _ent(i: str, name: str, aliases: list[str] | None = None, typ: str = "organization") -> dict[str, Any]:
    return {"id": i, "type": typ, "subtype": None, "name": name, "aliases": aliases or []}


def _rec(
    doc_id: str, ents: list[dict[str, Any]], events: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    return {"doc_id": doc_id, "published": "2024-05-10", "entities": ents, "events": events or []}


def _entity_of(store: Any, doc_id: str, name: str) -> int:
    return int(
        store.db.scalar(
            "SELECT de.entity_id FROM doc_entities de JOIN documents d ON d.id = de.doc_pk "
            "WHERE d.doc_id = ? AND de.name = ?",
            (doc_id, name),
        )
    )


def test_guard_never_bridges_two_organisations(store) -> None:
    records = [
        _rec("z1", [_ent("e1", "Klaster Drzewny Pomorza")]),
        _rec("z2", [_ent("e1", "Klaster Meblowy Mazowsza")]),
        # a report whose extraction gave one cluster the other's name as an alias
        _rec("z3", [_ent("e1", "Klaster Drzewny Pomorza", ["Klaster Meblowy Mazowsza"])]),
    ]
    assert store.ingest_records(records)["failed"] == 0
    a = _entity_of(store, "z1", "Klaster Drzewny Pomorza")
    b = _entity_of(store, "z2", "Klaster Meblowy Mazowsza")
    assert a != b and _entity_of(store, "z3", "Klaster Drzewny Pomorza") == a
    assert store.db.scalar("SELECT COUNT(*) FROM entities WHERE id IN (?, ?)", (a, b)) == 2
    items = store.review_items("open", "entity")
    assert any({it["a"]["id"], it["b"]["id"]} == {a, b} and "held back" in it["evidence"] for it in items)


def test_an_alias_naming_another_zone_is_dropped(store) -> None:
    records = [
        _rec("z1", [_ent("e1", "Katowicka Specjalna Strefa Ekonomiczna")]),
        _rec("z2", [_ent("e1", "Legnicka Specjalna Strefa Ekonomiczna")]),
        _rec(
            "z3",
            [
                _ent(
                    "e1",
                    "Katowicka Specjalna Strefa Ekonomiczna",
                    ["Legnicka Specjalna Strefa Ekonomiczna", "LSSE"],
                )
            ],
        ),
    ]
    assert store.ingest_records(records)["failed"] == 0
    k = _entity_of(store, "z1", "Katowicka Specjalna Strefa Ekonomiczna")
    assert k != _entity_of(store, "z2", "Legnicka Specjalna Strefa Ekonomiczna")
    assert _entity_of(store, "z3", "Katowicka Specjalna Strefa Ekonomiczna") == k
    aliases = {r[0] for r in store.db.all("SELECT alias FROM entity_aliases WHERE entity_id = ?", (k,))}
    assert not aliases & {"Legnicka Specjalna Strefa Ekonomiczna", "LSSE"}


def test_name_variants_join_one_organisation(store) -> None:
    records = [
        _rec("v1", [_ent("e1", "Gmina Zielona Dolina"), _ent("e2", "Akademia Rolnicza w Zielonej Dolinie")]),
        _rec("v2", [_ent("e1", "Wójt Gminy Zielona Dolina"), _ent("e2", "Akademia Rolnicza")]),
        _rec("v3", [_ent("e1", "Gminy Zielona Dolina")]),
    ]
    assert store.ingest_records(records)["failed"] == 0
    gmina = _entity_of(store, "v1", "Gmina Zielona Dolina")
    assert _entity_of(store, "v2", "Gmina Zielona Dolina") == gmina  # stored under its unit's name
    assert _entity_of(store, "v3", "Gmina Zielona Dolina") == gmina
    assert _entity_of(store, "v2", "Akademia Rolnicza") == _entity_of(
        store, "v1", "Akademia Rolnicza w Zielonej Dolinie"
    )
    rules = {r[0] for r in store.db.all("SELECT rule FROM merges WHERE kind = 'mention'")}
    assert {"seat", "name"} <= rules, rules
    reasons = " ".join(r[0] for r in store.db.all("SELECT reason FROM merges"))
    assert "office title" in reasons and "oblique form" in reasons and "seat" in reasons


def test_a_signing_that_founds_a_cluster_is_linked_to_the_founding(store) -> None:
    text = "Gmina Zielona Dolina i Fabryka Maszyn Północ podpisały list intencyjny o utworzeniu Klastra Drzewnego."
    rec = _rec(
        "l1",
        [
            _ent("e1", "Gmina Zielona Dolina"),
            _ent("e2", "Fabryka Maszyn Północ"),
            _ent("e3", "Klaster Drzewny"),
        ],
        [
            {
                "type": "letter_of_intent",
                "date": "2024-05-06",
                "participants": [{"entity": "e1", "role": "party"}, {"entity": "e2", "role": "party"}],
                "evidence": [[0, len(text)]],
            },
            {
                "type": "founding",
                "date": None,
                "participants": [{"entity": "e3", "role": "founded"}],
                "evidence": [[0, len(text)]],
            },
        ],
    )
    doc = Document(doc_id="l1", text=text, published="2024-05-10", source="l1.txt")
    assert store.ingest_records([rec], [doc])["failed"] == 0
    ids = dict(store.db.all("SELECT type, id FROM events"))
    links = store.event_links(ids["letter_of_intent"])
    assert [(lk["direction"], lk["event"]) for lk in links] == [("led_to", ids["founding"])]
    back = store.event(ids["founding"])["links"]
    assert back[0]["direction"] == "led_from" and back[0]["event"] == ids["letter_of_intent"]


def test_generic_names_are_not_merged_by_name_alone(store) -> None:
    records = [
        _rec("g1", [_ent("e1", "Klaster Energii"), _ent("e2", "Fabryka Maszyn Północ")]),
        _rec("g2", [_ent("e1", "Klaster Energii"), _ent("e2", "Fabryka Maszyn Północ")]),
    ]
    assert store.ingest_records(records)["failed"] == 0
    assert _entity_of(store, "g1", "Klaster Energii") != _entity_of(store, "g2", "Klaster Energii")
    assert _entity_of(store, "g1", "Fabryka Maszyn Północ") == _entity_of(
        store, "g2", "Fabryka Maszyn Północ"
    )
    items = store.review_items("open", "entity")
    assert any("generic name" in it["evidence"] for it in items)


def test_a_signing_in_one_report_led_to_the_founding_in_another(store) -> None:
    ents = [_ent("e1", "Gmina Zielona Dolina"), _ent("e2", "Klaster Drzewny Doliny")]
    signing = _rec(
        "s1",
        ents,
        [
            {
                "type": "letter_of_intent",
                "date": "2024-02-01",
                "participants": [{"entity": "e1", "role": "party"}, {"entity": "e2", "role": "party"}],
                "evidence": [],
            }
        ],
    )
    founding = _rec(
        "s2",
        ents,
        [
            {
                "type": "founding",
                "date": "2024-09-15",
                "participants": [{"entity": "e2", "role": "founded"}, {"entity": "e1", "role": "founder"}],
                "evidence": [],
            }
        ],
    )
    later = _rec(
        "s3",
        ents,
        [
            {
                "type": "founding",
                "date": "2029-01-10",
                "participants": [{"entity": "e2", "role": "founded"}],
                "evidence": [],
            }
        ],
    )
    assert store.ingest_records([signing, founding, later])["failed"] == 0
    by_type = {}
    for ev_id, typ, date in store.db.all("SELECT id, type, date FROM events"):
        by_type[(typ, date)] = ev_id
    links = store.event_links(by_type[("letter_of_intent", "2024-02-01")])
    assert [lk["event"] for lk in links if lk["direction"] == "led_to"] == [
        by_type[("founding", "2024-09-15")]
    ]
