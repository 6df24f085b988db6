"""Which lexicon rows fire on the gold documents, and which fire on at most one of them.

usage: python tools/rule_report.py [--all] [DIR ...]   (default: ../shared/eval/{seeds,dev,dev2})

Runs the Polish extractor over the documents (*.txt) of the given folders and counts, for each row of the
event triggers, organisation heads and head rules, descriptors, legal forms, figure metrics and sector terms,
the documents where the row took part in something the extractor reported:

- a trigger row: its lemma (or its words) in a sentence that is evidence of an event of the row's type;
- an organisation head / head rule / descriptor: an organisation mention built on it;
- a legal form: an organisation mention that ends with it;
- a figure metric: the first metric row that matches a reported figure (the one the extractor used);
- a sector term: the longest term at a sector hit.

Rows that fire on no gold document or on one only are listed (with that document), so that each can be
justified by a test sentence or deleted. --all lists the counts of every row."""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kooperacja.data import read_tsv  # noqa: E402
from kooperacja.data.language_data import language_data  # noqa: E402
from kooperacja.documents.model import Document  # noqa: E402
from kooperacja.extract import figures as _figures  # noqa: E402
from kooperacja.extract import matcher as _matcher  # noqa: E402
from kooperacja.extract.doc import Doc  # noqa: E402
from kooperacja.extract.lexicon import lexicon  # noqa: E402
from kooperacja.extract.pipeline import default_pipeline  # noqa: E402

DEFAULT_DIRS = [ROOT.parent / "shared" / "eval" / s for s in ("seeds", "dev", "dev2")]

Fired = dict[str, dict[str, set[str]]]  # table -> row -> documents


def _rows() -> dict[str, list[str]]:
    """Every row of each table, as the key the report uses."""
    out: dict[str, list[str]] = {}
    out["event_triggers"] = [
        f"{r['lemma']}\t{r['kind']}\t{r['type']}" for r in read_tsv("pl/event_triggers.tsv")
    ]
    out["org_heads"] = [r["lemma"] for r in read_tsv("pl/org_heads.tsv")]
    out["org_head_rules"] = [f"{r['head']}\t{r['word']}" for r in read_tsv("pl/org_head_rules.tsv")]
    out["org_descriptors"] = [r["lemma"] for r in read_tsv("pl/org_descriptors.tsv")]
    out["legal_forms"] = [r["tokens"] for r in read_tsv("pl/legal_forms.tsv")]
    out["figure_metrics"] = [_metric_key(r) for r in read_tsv("pl/figure_metrics.tsv")]
    out["sector_terms"] = [f"{r['terms']}\t{r['sector']}" for r in read_tsv("pl/sector_terms.tsv")]
    for table in PATTERN_TABLES:
        out[table] = [f"{r['name']}\t{r['pattern']}" for r in read_tsv(f"pl/{table}.tsv")]
    return out


PATTERN_TABLES = ("patterns/event_context", "patterns/name_context")


def _metric_key(r: dict[str, str]) -> str:
    return f"{r['lemma']}\t{r['metric']}\t{r['unit']}\t{int(r['window']):+d}"


def _trigger_rows(doc: Doc, doc_id: str, fired: Fired) -> None:
    rows = read_tsv("pl/event_triggers.tsv")
    for ev in doc.events:
        for start, end in ev["evidence"]:
            idx = [i for i, t in enumerate(doc.tokens) if start <= t.start < end]
            for r in rows:
                if ev["type"] not in r["type"].split("|") or r["kind"] == "exclude":
                    continue
                words = r["lemma"].split()
                for i in idx:
                    if i + len(words) <= len(doc.tokens) and all(
                        words[k] in doc.lemmas(i + k) for k in range(len(words))
                    ):
                        fired["event_triggers"][f"{r['lemma']}\t{r['kind']}\t{r['type']}"].add(doc_id)
                        break


def _exclude_rows(doc: Doc, doc_id: str, fired: Fired) -> None:
    for r in read_tsv("pl/event_triggers.tsv"):
        if r["kind"] != "exclude":
            continue
        words = r["lemma"].split()
        n = len(doc.tokens)
        if any(
            all(words[k] in doc.lemmas(i + k) for k in range(len(words))) for i in range(n - len(words) + 1)
        ):
            fired["event_triggers"][f"{r['lemma']}\t{r['kind']}\t{r['type']}"].add(doc_id)


def _org_rows(doc: Doc, doc_id: str, fired: Fired) -> None:
    lex = lexicon("pl")
    for m in doc.mentions:
        if m.type != "organization" or m.entity < 0:
            continue
        if m.head:
            fired["org_heads"][m.head].add(doc_id)
            words = {lem for i in range(m.t0, m.t1) for lem in doc.lemmas(i)}
            words |= {doc.tokens[i].lower for i in range(m.t0, m.t1)}
            for head, word, _sub in lex.org_head_rules:
                if head == m.head and word in words:
                    fired["org_head_rules"][f"{head}\t{word}"].add(doc_id)
                    break
        if m.descriptor and m.descriptor in lex.descriptors:
            fired["org_descriptors"][m.descriptor].add(doc_id)
        texts = [t.text for t in doc.tokens[m.t0 : m.t1]]
        for form in lex.legal_forms:
            if len(form) <= len(texts) and tuple(texts[-len(form) :]) == form:
                fired["legal_forms"][" ".join(form)].add(doc_id)
                break


class _Recorder:
    """Wraps the extractor's metric choice and pattern tests, and records which row decided, per document."""

    def __init__(self, fired: Fired) -> None:
        self.fired = fired
        self.doc_id = ""
        self.tables = {id(_matcher.matcher("pl", t)): t for t in PATTERN_TABLES}
        self.single: dict[tuple[int, str, int], _matcher.Matcher] = {}
        self.rows = {t: [(r["name"], r["pattern"]) for r in read_tsv(f"pl/{t}.tsv")] for t in PATTERN_TABLES}
        metric, ends_at, starts_at = _figures._metric, _matcher.Matcher.ends_at, _matcher.Matcher.starts_at
        self._saved = (metric, ends_at, starts_at)
        rec = self

        def chosen(*args, **kw):  # type: ignore[no-untyped-def]
            row = metric(*args, **kw)
            if row is not None:
                words, name, unit, window = row
                key = f"{' '.join(words)}\t{name}\t{unit}\t{window:+d}"
                rec.fired["figure_metrics"][key].add(rec.doc_id)
            return row

        def ends(m, doc, name, end, lo=0):  # type: ignore[no-untyped-def]
            hit = ends_at(m, doc, name, end, lo)
            if hit:
                rec._pattern(m, name, lambda one: ends_at(one, doc, name, end, lo))
            return hit

        def starts(m, doc, name, start, hi=None):  # type: ignore[no-untyped-def]
            hit = starts_at(m, doc, name, start, hi)
            if hit:
                rec._pattern(m, name, lambda one: starts_at(one, doc, name, start, hi))
            return hit

        _figures._metric = chosen
        _matcher.Matcher.ends_at = ends  # type: ignore[method-assign]
        _matcher.Matcher.starts_at = starts  # type: ignore[method-assign]

    def restore(self) -> None:
        """Put back what __init__ wrapped."""
        _figures._metric, _matcher.Matcher.ends_at, _matcher.Matcher.starts_at = self._saved  # type: ignore[method-assign]

    def _pattern(self, m: _matcher.Matcher, name: str, test) -> None:  # type: ignore[no-untyped-def]
        table = self.tables.get(id(m))
        if table is None:
            return
        for k, p in enumerate(m.patterns[name]):
            one = self.single.get((id(m), name, k))
            if one is None:
                one = self.single[(id(m), name, k)] = _matcher.Matcher({name: [p]})
            if test(one):
                text = [pat for n, pat in self.rows[table] if n == name][k]
                self.fired[table][f"{name}\t{text}"].add(self.doc_id)


def _sector_rows(doc: Doc, doc_id: str, fired: Fired) -> None:
    lex = lexicon("pl")
    toks = doc.tokens
    for i, sector in doc.sector_hits:
        best = None
        for terms, sec in lex.sector_terms:
            if sec != sector or i + len(terms) > len(toks):
                continue
            if all(terms[k] in ({toks[i + k].lower} | doc.lemmas(i + k)) for k in range(len(terms))):
                if best is None or len(terms) > len(best):
                    best = terms
        if best is not None:
            fired["sector_terms"][_sector_row_keys().get((best, sector), f"{' '.join(best)}\t{sector}")].add(
                doc_id
            )


_SECTOR_ROW_KEYS: dict[tuple[tuple[str, ...], str], str] = {}


def _sector_row_keys() -> dict[tuple[tuple[str, ...], str], str]:
    """(lemma sequence, sector) -> the row of sector_terms.tsv it comes from ("@table" rows stand for each lemma of
    the table; terms are matched in lower case, rows are written as they are: "OZE")."""
    if not _SECTOR_ROW_KEYS:
        for r in read_tsv("pl/sector_terms.tsv"):
            words = tuple(w.lower() for w in r["terms"].split())
            heads = language_data("pl").column(words[0][1:]) if words[0].startswith("@") else (words[0],)
            for head in heads:
                _SECTOR_ROW_KEYS[((head.lower(), *words[1:]), r["sector"])] = f"{r['terms']}\t{r['sector']}"
    return _SECTOR_ROW_KEYS


def collect(dirs: list[Path]) -> tuple[Fired, int]:
    pipe = default_pipeline("pl")
    fired: Fired = defaultdict(lambda: defaultdict(set))
    rec = _Recorder(fired)
    n = 0
    try:
        for d in dirs:
            for path in sorted(d.glob("*.txt")):
                doc_id = rec.doc_id = f"{d.name}/{path.stem}"
                doc = pipe.make_doc(Document(doc_id=doc_id, text=path.read_text(encoding="utf-8"), lang="pl"))
                for fn in (_trigger_rows, _exclude_rows, _org_rows, _sector_rows):
                    fn(doc, doc_id, fired)
                n += 1
                if n % 20 == 0:
                    print(f"… {n} documents", file=sys.stderr)
    finally:
        rec.restore()
    return fired, n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_DIRS)
    ap.add_argument("--all", action="store_true", help="list the counts of every row")
    args = ap.parse_args(argv)
    missing = [d for d in args.dirs if not d.is_dir()]
    if missing:
        print(f"not a folder: {missing[0]}", file=sys.stderr)
        return 2
    fired, n = collect(args.dirs)
    print(f"documents: {n}")
    print(f"{'table':24}{'rows':>6}{'0 docs':>8}{'1 doc':>7}{'≥2 docs':>9}")
    tables = _rows()
    for table, rows in tables.items():
        counts = [len(fired[table].get(r, ())) for r in rows]
        print(
            f"{table:24}{len(rows):6}{sum(c == 0 for c in counts):8}{sum(c == 1 for c in counts):7}"
            f"{sum(c >= 2 for c in counts):9}"
        )
    for table, rows in tables.items():
        print(f"\n## {table}: rows that fire on at most one gold document")
        for r in rows:
            docs = sorted(fired[table].get(r, ()))
            if args.all or len(docs) <= 1:
                where = ", ".join(docs[:3]) if docs else "-"
                print(f"{len(docs):4}  {r.replace(chr(9), ' | ')}  {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
