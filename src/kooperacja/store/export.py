"""Exports: CSV tables (folder or zip, UTF-8 with BOM), JSONL, GraphML for Gephi, JSON-LD (schema.org)."""

from __future__ import annotations

import csv
import io
import json
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO
from xml.sax.saxutils import escape

from kooperacja.store.db import Backend

FORMATS = ("csv", "jsonl", "graphml", "jsonld")


class ExportMixin:
    db: Backend

    # -- rows -----------------------------------------------------------------------------------------
    def _entity_rows(self) -> Iterator[dict[str, Any]]:
        aliases: dict[int, list[str]] = {}
        for eid, alias, _kind in self.db.all(
            "SELECT entity_id, alias, kind FROM entity_aliases WHERE kind IN ('name', 'alias', 'acronym') ORDER BY entity_id, alias"
        ):
            aliases.setdefault(eid, [])
            if alias not in aliases[eid]:
                aliases[eid].append(alias)
        for r in self.db.all(
            "SELECT id, type, subtype, name, country, lat, lon, doc_count, gazetteer_id FROM entities ORDER BY id"
        ):
            yield {
                "id": r[0],
                "type": r[1],
                "subtype": r[2],
                "name": r[3],
                "aliases": [a for a in aliases.get(r[0], []) if a != r[3]],
                "country": r[4],
                "lat": r[5],
                "lon": r[6],
                "documents": r[7],
                "gazetteer_id": r[8],
            }

    def _event_rows(self) -> Iterator[dict[str, Any]]:
        for r in self.db.all(
            "SELECT ev.id, ev.type, ev.date, ev.status, ev.place_id, pl.name, ev.name, ev.sectors, ev.source_count "
            "FROM events ev LEFT JOIN entities pl ON pl.id = ev.place_id ORDER BY ev.id"
        ):
            yield {
                "id": r[0],
                "type": r[1],
                "date": r[2],
                "status": r[3],
                "place_id": r[4],
                "place": r[5],
                "name": r[6],
                "sectors": json.loads(r[7] or "[]"),
                "sources": r[8],
            }

    def _participant_rows(self) -> list[dict[str, Any]]:
        return [
            {"event_id": r[0], "entity_id": r[1], "name": r[2], "role": r[3]}
            for r in self.db.all(
                "SELECT DISTINCT p.event_id, p.entity_id, e.name, p.role FROM participants p "
                "JOIN entities e ON e.id = p.entity_id ORDER BY p.event_id, p.entity_id, p.role"
            )
        ]

    def _figure_rows(self) -> list[dict[str, Any]]:
        return [
            {
                "entity_id": r[0],
                "entity": r[1],
                "metric": r[2],
                "value": r[3],
                "unit": r[4],
                "qualifier": r[5],
                "doc_id": r[6],
                "extractor": r[7],
            }
            for r in self.db.all(
                "SELECT f.entity_id, e.name, f.metric, f.value, f.unit, f.qualifier, d.doc_id, f.extractor FROM figures f "
                "JOIN entities e ON e.id = f.entity_id JOIN documents d ON d.id = f.doc_pk ORDER BY f.id"
            )
        ]

    def _source_rows(self) -> list[dict[str, Any]]:
        return [
            {
                "event_id": r[0],
                "doc_id": r[1],
                "title": r[2],
                "url": r[3],
                "published": r[4],
                "evidence": json.loads(r[5] or "[]"),
                "rule": r[6],
                "extractor": r[7],
            }
            for r in self.db.all(
                "SELECT s.event_id, d.doc_id, d.title, d.url, d.published, s.evidence, s.rule, s.extractor "
                "FROM event_sources s JOIN documents d ON d.id = s.doc_pk ORDER BY s.event_id, s.id"
            )
        ]

    def _link_rows(self) -> list[dict[str, Any]]:
        """Events that led to others (an agreement that founds a body → the founding)."""
        return [
            {"from_id": r[0], "to_id": r[1], "kind": r[2], "reason": r[3]}
            for r in self.db.all(
                "SELECT from_id, to_id, kind, reason FROM event_links ORDER BY from_id, to_id"
            )
        ]

    # -- formats --------------------------------------------------------------------------------------
    def export(
        self, fmt: str, output: Any = None, sep: str = ",", network: dict[str, Any] | None = None
    ) -> None:
        """Write the graph as `fmt` to `output`: a path, a text stream, or None (stdout; CSV: the folder
        ./export). CSV to a path ending in `.csv` writes that one file, the events table with their
        participants, place and evidence; to a `.zip` or a folder, all tables. `sep` is the CSV
        separator (";" for spreadsheets set to Polish). GraphML writes `network`, the organisation network
        that the analysis layer computes (`kooperacja.analysis.network(store)`)."""
        if fmt not in FORMATS:
            raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
        if fmt == "graphml" and network is None:
            raise ValueError(
                "GraphML export writes the network: pass network=kooperacja.analysis.network(store)"
            )
        if sep not in (",", ";"):
            raise ValueError("the CSV separator is ',' or ';'")
        if fmt == "csv":
            target = Path(output) if output and output != "-" else None
            if target is not None and target.suffix.lower() == ".csv":
                target.parent.mkdir(parents=True, exist_ok=True)
                cols, rows = self._flat_events()
                target.write_bytes(_csv_text(cols, rows, sep).encode("utf-8-sig"))
            elif output == "-" or hasattr(output, "write"):
                cols, rows = self._flat_events()
                (output if hasattr(output, "write") else sys.stdout).write(_csv_text(cols, rows, sep))
            else:
                self._export_csv(target or Path("export"), sep)
            return
        if output is None or output == "-":
            self._write_text(fmt, sys.stdout, network)
        elif hasattr(output, "write"):
            self._write_text(fmt, output, network)
        else:
            Path(output).parent.mkdir(parents=True, exist_ok=True)
            with open(output, "w", encoding="utf-8", newline="\n") as fh:
                self._write_text(fmt, fh, network)

    def _write_text(self, fmt: str, out: TextIO, network: dict[str, Any] | None = None) -> None:
        if fmt == "jsonl":
            self._export_jsonl(out)
        elif fmt == "graphml":
            self._export_graphml(out, network or {})
        else:
            json.dump(self.jsonld(), out, ensure_ascii=False, indent=1)
            out.write("\n")

    def _tables(self) -> dict[str, tuple[list[str], list[dict[str, Any]]]]:
        ents = list(self._entity_rows())
        evs = list(self._event_rows())
        return {
            "entities.csv": (
                [
                    "id",
                    "type",
                    "subtype",
                    "name",
                    "aliases",
                    "country",
                    "lat",
                    "lon",
                    "documents",
                    "gazetteer_id",
                ],
                ents,
            ),
            "events.csv": (
                ["id", "type", "date", "status", "place_id", "place", "name", "sectors", "sources"],
                evs,
            ),
            "participants.csv": (["event_id", "entity_id", "name", "role"], self._participant_rows()),
            "figures.csv": (
                ["entity_id", "entity", "metric", "value", "unit", "qualifier", "doc_id", "extractor"],
                self._figure_rows(),
            ),
            "sources.csv": (
                ["event_id", "doc_id", "title", "url", "published", "evidence", "rule", "extractor"],
                self._source_rows(),
            ),
            "event_links.csv": (["from_id", "to_id", "kind", "reason"], self._link_rows()),
        }

    def _flat_events(self) -> tuple[list[str], list[dict[str, Any]]]:
        """One row per event: date, type, place, participants (name and role), sectors, name or evidence."""
        parts: dict[int, list[str]] = {}
        for p in self._participant_rows():
            parts.setdefault(p["event_id"], []).append(f"{p['name']} ({p['role']})")
        evidence: dict[int, list[str]] = {}
        docs: dict[int, list[str]] = {}
        for s in self._source_rows():
            docs.setdefault(s["event_id"], []).append(str(s["doc_id"]))
        texts = (
            self.event_texts([e["id"] for e in self._event_rows()]) if hasattr(self, "event_texts") else {}
        )
        for ev, t in texts.items():
            if t.get("evidence"):
                evidence[ev] = [t["evidence"]]
        rows = []
        for e in self._event_rows():
            rows.append(
                {
                    **e,
                    "participants": parts.get(e["id"], []),
                    "evidence": evidence.get(e["id"], []),
                    "documents": docs.get(e["id"], []),
                }
            )
        cols = [
            "id",
            "date",
            "type",
            "status",
            "place",
            "participants",
            "sectors",
            "name",
            "evidence",
            "documents",
        ]
        return cols, rows

    def _export_csv(self, target: Path, sep: str = ",") -> None:
        def render(cols: list[str], rows: list[dict[str, Any]]) -> str:
            return _csv_text(cols, rows, sep)

        tables = self._tables()
        if target.suffix.lower() == ".zip":
            target.parent.mkdir(parents=True, exist_ok=True)
            with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
                for name, (cols, rows) in tables.items():
                    zf.writestr(name, render(cols, rows).encode("utf-8-sig"))
        else:
            target.mkdir(parents=True, exist_ok=True)
            for name, (cols, rows) in tables.items():
                (target / name).write_bytes(render(cols, rows).encode("utf-8-sig"))

    def _export_jsonl(self, out: TextIO) -> None:
        for e in self._entity_rows():
            out.write(json.dumps({"kind": "entity", **e}, ensure_ascii=False) + "\n")
        parts: dict[int, list[dict[str, Any]]] = {}
        for p in self._participant_rows():
            parts.setdefault(p["event_id"], []).append(
                {"entity_id": p["entity_id"], "name": p["name"], "role": p["role"]}
            )
        sources: dict[int, list[dict[str, Any]]] = {}
        for s in self._source_rows():
            sources.setdefault(s["event_id"], []).append({k: v for k, v in s.items() if k != "event_id"})
        links: dict[int, list[dict[str, Any]]] = {}
        for lk in self._link_rows():
            links.setdefault(lk["from_id"], []).append({"kind": lk["kind"], "event_id": lk["to_id"]})
        for ev in self._event_rows():
            ev["participants"] = parts.get(ev["id"], [])
            ev["source_documents"] = sources.get(ev["id"], [])
            if ev["id"] in links:
                ev["links"] = links[ev["id"]]
            out.write(json.dumps({"kind": "event", **ev}, ensure_ascii=False) + "\n")
        for f in self._figure_rows():
            out.write(json.dumps({"kind": "figure", **f}, ensure_ascii=False) + "\n")

    def _export_graphml(self, out: TextIO, net: dict[str, Any]) -> None:
        node_keys = [
            ("name", "string"),
            ("type", "string"),
            ("subtype", "string"),
            ("country", "string"),
            ("sectors", "string"),
            ("lat", "double"),
            ("lon", "double"),
            ("events", "int"),
        ]
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        out.write(
            '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
            'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
            'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n'
        )
        for key, kind in node_keys:
            attr = "label" if key == "name" else key
            out.write(f'  <key id="{key}" for="node" attr.name="{attr}" attr.type="{kind}"/>\n')
        out.write('  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>\n')
        out.write('  <key id="shared_events" for="edge" attr.name="shared_events" attr.type="string"/>\n')
        out.write('  <graph id="kooperacja" edgedefault="undirected">\n')
        for n in net["nodes"]:
            out.write(f'    <node id="n{n["id"]}">\n')
            for key, _kind in node_keys:
                value = n.get(key)
                if key == "sectors":
                    value = ";".join(value or [])
                if value is None or value == "":
                    continue
                out.write(f'      <data key="{key}">{escape(str(value))}</data>\n')
            out.write("    </node>\n")
        for i, e in enumerate(net["edges"]):
            out.write(f'    <edge id="e{i}" source="n{e["source"]}" target="n{e["target"]}">\n')
            out.write(f'      <data key="weight">{float(e["weight"])}</data>\n')
            out.write(f'      <data key="shared_events">{escape(",".join(map(str, e["events"])))}</data>\n')
            out.write("    </edge>\n")
        out.write("  </graph>\n</graphml>\n")

    def jsonld(self) -> dict[str, Any]:
        """The graph in schema.org terms: Organization, Person, Place, Event."""
        graph: list[dict[str, Any]] = []
        kinds = {"organization": "Organization", "person": "Person", "place": "Place"}
        roles: dict[int, list[tuple[str | None, int | None]]] = {}
        for pid, title, org in self.db.all("SELECT DISTINCT person_id, title, org_id FROM roles"):
            roles.setdefault(pid, []).append((title, org))
        for e in self._entity_rows():
            node: dict[str, Any] = {
                "@id": f"entity:{e['id']}",
                "@type": kinds.get(e["type"], "Thing"),
                "name": e["name"],
            }
            if e["aliases"]:
                node["alternateName"] = e["aliases"]
            if e["subtype"]:
                node["additionalType"] = e["subtype"]
            if e["type"] == "place":
                if e["lat"] is not None:
                    node["geo"] = {"@type": "GeoCoordinates", "latitude": e["lat"], "longitude": e["lon"]}
                if e["country"]:
                    node["addressCountry"] = e["country"]
            elif e["country"]:
                node["address"] = {"@type": "PostalAddress", "addressCountry": e["country"]}
            if e["type"] == "person" and e["id"] in roles:
                titles = sorted({t for t, _ in roles[e["id"]] if t})
                orgs = sorted({o for _, o in roles[e["id"]] if o})
                if titles:
                    node["jobTitle"] = titles
                if orgs:
                    node["affiliation"] = [{"@id": f"entity:{o}"} for o in orgs]
            graph.append(node)
        parts: dict[int, list[dict[str, Any]]] = {}
        for p in self._participant_rows():
            parts.setdefault(p["event_id"], []).append(p)
        sources: dict[int, list[str]] = {}
        for s in self._source_rows():
            sources.setdefault(s["event_id"], []).append(s["url"] or f"document:{s['doc_id']}")
        organizer_roles = {"organizer", "host", "grantor", "founder", "group"}
        for ev in self._event_rows():
            node = {
                "@id": f"event:{ev['id']}",
                "@type": "Event",
                "name": ev["name"] or ev["type"].replace("_", " "),
                "additionalType": ev["type"],
                "eventStatus": "https://schema.org/EventScheduled"
                if ev["status"] == "planned"
                else "https://schema.org/EventCompleted",
            }
            if ev["date"]:
                start, _, end = ev["date"].partition("/")
                node["startDate"] = start
                if end:
                    node["endDate"] = end
            if ev["place_id"]:
                node["location"] = {"@id": f"entity:{ev['place_id']}"}
            if ev["sectors"]:
                node["keywords"] = ev["sectors"]
            org = [
                {"@id": f"entity:{p['entity_id']}"}
                for p in parts.get(ev["id"], [])
                if p["role"] in organizer_roles
            ]
            att = [
                {"@id": f"entity:{p['entity_id']}"}
                for p in parts.get(ev["id"], [])
                if p["role"] not in organizer_roles
            ]
            if org:
                node["organizer"] = org
            if att:
                node["attendee"] = att
            if sources.get(ev["id"]):
                node["subjectOf"] = sources[ev["id"]]
            graph.append(node)
        return {"@context": "https://schema.org/", "@graph": graph}


def _csv_text(cols: list[str], rows: list[dict[str, Any]], sep: str = ",") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep)
    w.writerow(cols)
    for row in rows:
        w.writerow([_cell(row.get(c)) for c in cols])
    return buf.getvalue()


def _cell(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(json.dumps(v) if isinstance(v, list) else str(v) for v in value)
    return "" if value is None else value


__all__ = ["FORMATS", "ExportMixin"]
