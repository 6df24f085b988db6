"""Which lexicon rows fire on the gold documents, and which fire on at most one of them.

usage: python tools/rule_report.py [--all] [DIR ...]
(default: the readable gold: ../shared/eval/{seeds,dev}, ../eval-split/tune, eval/{own/a,own2/c,own3/e,own4/g,own5/i,own6/k,own7/m,own8/o})

Runs the Polish extractor over the documents (*.txt) of the given folders and counts, for each row of the
event triggers, organisation heads and head rules, descriptors, legal forms, figure metrics and sector terms,
the documents where the row took part in something the extractor reported:

- a trigger row: its lemma (or its words) in a sentence that is evidence of an event of the row's type;
- an organisation head / head rule / descriptor: an organisation mention built on it;
- a legal form: an organisation mention that ends with it;
- a figure metric: the first metric row that matches a reported figure (the one the extractor used);
- a sector term: the longest term at a sector hit.

Every other word table of the language folder (event cues, modality, role titles, visit roles, participant words,
function words…) is counted by its look-ups ("test" in the summary): the report hands the extractor its word sets
and tables as sets and dicts of its own (`_Probe`, `_ProbeDict`, the same members and answers) that note, per
document, the rows a look-up of a word found: a membership test, an intersection or a disjointness test, a dict
look-up. A row counts where the extractor tested a word of the document against it and the word was the row's; it
may still have decided nothing. A row whose word set was never looked up ("unread") is not counted: the extractor
reads it through a copy the report cannot follow (a set built from it word by word), or not on these documents.
Tables read as whole rows into structures of their own (patterns, endings, dates, amounts…) cannot be counted this
way: the summary lists them with the reason.

Rows that fire on no gold document or on one only are listed (with that document), so that each can be
justified by a test sentence or deleted. --all lists the counts of every row."""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from kooperacja.data import DATA_DIR, read_tsv  # noqa: E402
from kooperacja.data.language_data import LanguageData, language_data, set_data_root  # noqa: E402
from kooperacja.documents.model import Document  # noqa: E402
from kooperacja.extract import cues as _cues_mod  # noqa: E402
from kooperacja.extract import figure_lexicon as _figure_lexicon  # noqa: E402
from kooperacja.extract import figures as _figures  # noqa: E402
from kooperacja.extract import matcher as _matcher  # noqa: E402
from kooperacja.extract import participants as _participants  # noqa: E402
from kooperacja.extract import roles as _roles  # noqa: E402
from kooperacja.extract.doc import Doc  # noqa: E402
from kooperacja.extract.lexicon import lexicon  # noqa: E402
from kooperacja.extract.pipeline import default_pipeline  # noqa: E402

# the readable gold sets (dev2's held-out files are left out: its readable part is eval-split/tune)
DEFAULT_DIRS = [ROOT.parent / "shared" / "eval" / s for s in ("seeds", "dev")] + [
    ROOT.parent / "eval-split" / "tune",
    *(
        ROOT / "eval" / s
        for s in ("own/a", "own2/c", "own3/e", "own4/g", "own5/i", "own6/k", "own7/m", "own8/o")
    ),
]

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
# the tables counted by what the extractor reported (`_rows`); the others by their look-ups (`_Looks`)
RESULT_TABLES = frozenset(
    ("event_triggers", "org_heads", "org_head_rules", "org_descriptors", "legal_forms", "figure_metrics")
    + ("sector_terms", *PATTERN_TABLES)
)


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


Keys = dict[str, tuple[tuple[str, str], ...]]  # a word -> the (table, row) it stands for


def _row_key(r: dict[str, str]) -> str:
    """A row of a table counted by its look-ups, as the report writes it: its columns, tab between."""
    return "\t".join(r.values())


class _Probe(frozenset):  # type: ignore[type-arg]
    """A word set of the language data that notes, per document, the rows a look-up found (see the module's note).
    Its members and answers are the set's; a union or difference stays a probe, an intersection is plain."""

    _keys: Keys
    _rec: _Looks

    def __new__(cls, items: Iterable[str], keys: Keys, rec: _Looks) -> _Probe:
        p = super().__new__(cls, items)
        p._keys, p._rec = keys, rec
        rec.probes.append(p)
        return p

    def __init__(self, *args: object) -> None:
        pass

    def _note(self, found: Iterable[object]) -> None:
        rec = self._rec
        if not rec.on:
            return
        rec.read.add(id(self))
        for word in found:
            for table, key in self._keys.get(word, ()):  # type: ignore[call-overload]
                rec.fired[table][key].add(rec.doc_id)

    def __contains__(self, word: object) -> bool:
        hit = frozenset.__contains__(self, word)
        self._note((word,) if hit else ())
        return hit

    def isdisjoint(self, other: Iterable[object]) -> bool:
        common = frozenset.intersection(self, other)
        self._note(common)
        return not common

    def intersection(self, *others: Iterable[object]) -> frozenset:  # type: ignore[type-arg]
        common = frozenset.intersection(self, *others)
        self._note(common)
        return frozenset(common)

    def __and__(self, other: object) -> frozenset:  # type: ignore[override, type-arg]
        common = frozenset.__and__(self, other)  # type: ignore[operator]
        if common is not NotImplemented:
            self._note(common)
            common = frozenset(common)
        return common

    __rand__ = __and__

    def _keep(self, out: object, other: object) -> object:
        if out is NotImplemented:
            return out
        keys = {**other._keys, **self._keys} if isinstance(other, _Probe) else self._keys
        return _Probe(out, keys, self._rec)  # type: ignore[arg-type]

    def __or__(self, other: object) -> _Probe:  # type: ignore[override]
        return self._keep(frozenset.__or__(self, other), other)  # type: ignore[operator, return-value]

    __ror__ = __or__

    def union(self, *others: Iterable[object]) -> _Probe:  # type: ignore[override]
        out = frozenset.union(self, *others)
        for o in others:
            out = self._keep(out, o)  # type: ignore[assignment]
        return out if isinstance(out, _Probe) else self._keep(out, None)  # type: ignore[return-value]

    def __sub__(self, other: object) -> _Probe:  # type: ignore[override]
        return self._keep(frozenset.__sub__(self, other), None)  # type: ignore[operator, return-value]

    def difference(self, *others: Iterable[object]) -> _Probe:  # type: ignore[override]
        return self._keep(frozenset.difference(self, *others), None)  # type: ignore[return-value]

    def __rsub__(self, other: object) -> object:
        out = frozenset.__rsub__(self, other)  # type: ignore[attr-defined]
        return other._keep(out, None) if isinstance(other, _Probe) and out is not NotImplemented else out


class _Lemmas(frozenset):  # type: ignore[type-arg]
    """A token's lemma set that lets a probe see the tests made from its side (``doc.lemmas(i).isdisjoint(words)``,
    ``doc.lemmas(i) & words``); the same members and answers."""

    def isdisjoint(self, other: Iterable[object]) -> bool:
        return other.isdisjoint(self) if isinstance(other, _Probe) else frozenset.isdisjoint(self, other)

    def intersection(self, *others: Iterable[object]) -> frozenset:  # type: ignore[type-arg]
        if len(others) == 1 and isinstance(others[0], _Probe):
            return others[0].intersection(self)
        return frozenset.intersection(self, *others)

    def __and__(self, other: object) -> frozenset:  # type: ignore[override, type-arg]
        return other.__and__(self) if isinstance(other, _Probe) else frozenset.__and__(self, other)  # type: ignore[operator]


class _ProbeDict(dict):  # type: ignore[type-arg]
    """A word table of the language data (word -> value) that notes the rows a look-up found, as `_Probe` does."""

    def __init__(self, items: dict[str, object], keys: Keys, rec: _Looks) -> None:
        super().__init__(items)
        self._probe = _Probe(items, keys, rec)

    def __contains__(self, word: object) -> bool:
        return word in self._probe

    def get(self, word: object, default: object = None) -> object:
        return dict.get(self, word, default) if word in self._probe else default

    def __getitem__(self, word: object) -> object:
        word in self._probe  # noqa: B015 (a look-up noted)
        return dict.__getitem__(self, word)


# the Lexicon's word tables (kooperacja.extract.lexicon): field -> (table, word column, lower-cased, kind of field)
_LEXICON_FIELDS = {
    "modality": ("event_modality", "lemma", False, "dict"),
    "role_titles": ("role_titles", "lemma", False, "set"),
    "not_org_acronyms": ("not_org_acronyms", "acronym", False, "set"),
    "foreign_org_words": ("foreign_org_words", "word", False, "dict"),
    "titles": ("titles", "lemma", True, "set"),
    "strip_titles": ("person_titles_strip", "token", False, "set"),
    "event_name_words": ("event_name_words", "word", False, "dict"),
    "connectors": ("name_connectors", "word", False, "dict"),
    "offices": ("office_titles", "title", False, "dict"),
    "complement_heads": ("complement_heads", "lemma", False, "set"),
    "function_words": ("function_words", "word", False, "by_use"),
}


class _Looks:
    """Hands the extractor probes for the word tables it reads (`LanguageData.words` and `.mapping`, `cues`, the
    Lexicon's word tables) and the lemma sets of `_Lemmas`, while on; `restore` puts back what it wrapped and drops
    every cache built with probes."""

    def __init__(self, fired: Fired) -> None:
        self.fired, self.doc_id, self.on = fired, "", True
        self.probes: list[_Probe] = []
        self.read: set[int] = set()  # ids of the probes looked up at least once
        self.tables: set[str] = set()  # the tables handed out as probes
        self._saved = (
            LanguageData.words,
            LanguageData.mapping,
            _cues_mod._cues,
            Doc.set_lemma_sets,
            Doc._lemmas,
        )
        words, mapping, plain_cues, set_sets, lemmas = self._saved
        rec = self

        def probe_words(data: LanguageData, name: str, column: str | None = None, *, lower: bool = False):  # type: ignore[no-untyped-def]
            return rec.probe(name, words(data, name, column, lower=lower), data.rows(name), column, lower)

        def probe_mapping(data: LanguageData, name: str, key: str, value: str):  # type: ignore[no-untyped-def]
            return rec.probe_dict(name, mapping(data, name, key, value), data.rows(name), key)

        cached: dict[tuple[str, str, str], SimpleNamespace] = {}

        def probe_cues(code: str, root: str, table: str) -> SimpleNamespace:
            if (code, root, table) not in cached:
                rows = language_data(code).rows(table)
                by: dict[str, list[dict[str, str]]] = {}
                for r in rows:
                    by.setdefault(list(r.values())[1], []).append(r)
                # a union's rows: its uses' rows
                _cues_mod.add_unions(table, by, lambda parts: [r for rows in parts for r in rows])
                plain = plain_cues(code, root, table)
                cached[(code, root, table)] = SimpleNamespace(
                    **{use: rec.probe(table, ws, by[use], None, False) for use, ws in vars(plain).items()}
                )
            return cached[(code, root, table)]

        def wrapped_sets(doc: Doc, sets) -> None:  # type: ignore[no-untyped-def]
            set_sets(doc, sets)
            doc.lemmas = lambda i: _Lemmas(sets[i])  # type: ignore[method-assign]

        def wrapped_lemmas(doc: Doc, i: int) -> frozenset[str]:
            return _Lemmas(lemmas(doc, i))

        def role_nouns(lang: str) -> _ProbeDict:  # (lemma, event type) -> role
            rows = language_data(lang).rows("participant_role_nouns")
            keys = {(r["lemma"], r["type"]): (("participant_role_nouns", _row_key(r)),) for r in rows}
            rec.tables.add("participant_role_nouns")
            return _ProbeDict(role_nouns_plain(lang), keys, rec)  # type: ignore[arg-type]

        def title_nouns(lang: str) -> _ProbeDict:  # lemma -> (subtypes, heads)
            return rec.probe_dict(
                "title_org_nouns",
                title_nouns_plain(lang),
                language_data(lang).rows("title_org_nouns"),
                "lemma",
            )

        def figure_words(code: str, root: Path):  # type: ignore[no-untyped-def]
            words = figure_words_plain(code, root)  # each word set of figure_words.tsv a probe of its rows
            rows = language_data(code).rows("figure_words")
            by: dict[frozenset[str], list[dict[str, str]]] = defaultdict(list)
            for name in {r["set"] for r in rows}:
                ws = frozenset(r["word"] for r in rows if r["set"] == name)
                by[ws] += [r for r in rows if r["set"] == name]
            new = {
                f.name: rec.probe("figure_words", v, by[v], "word", False)
                for f in dataclasses.fields(words)
                if isinstance(v := getattr(words, f.name), frozenset) and v in by
            }
            return dataclasses.replace(words, **new)

        figure_words_plain = _figure_lexicon._words_at
        _figure_lexicon._words_at = cache(figure_words)  # type: ignore[assignment]
        role_nouns_plain = _participants.EventParticipants._role_nouns
        title_nouns_plain = _roles._title_org_nouns
        self._saved_roles = (role_nouns_plain, title_nouns_plain, figure_words_plain)
        _participants.EventParticipants._role_nouns = staticmethod(cache(role_nouns))  # type: ignore[assignment]
        _roles._title_org_nouns = cache(title_nouns)  # type: ignore[assignment]
        LanguageData.words = probe_words  # type: ignore[method-assign]
        LanguageData.mapping = probe_mapping  # type: ignore[method-assign]
        _cues_mod._cues = probe_cues  # type: ignore[assignment]
        Doc.set_lemma_sets = wrapped_sets  # type: ignore[method-assign]
        Doc._lemmas = wrapped_lemmas  # type: ignore[method-assign]
        set_data_root("pl", None)  # every cache built from the data is emptied: rebuilt from probes
        lex = lexicon("pl")
        data = language_data("pl")
        for name, (table, column, lower, kind) in _LEXICON_FIELDS.items():
            value, rows = getattr(lex, name), data.rows(table)
            if kind == "set":
                new: object = rec.probe(table, value, rows, column, lower)
            elif kind == "dict":
                new = rec.probe_dict(table, value, rows, column)
            else:  # use -> word set
                new = {
                    use: rec.probe(table, ws, [r for r in rows if r["use"] == use], column, lower)
                    for use, ws in value.items()
                }
            object.__setattr__(lex, name, new)

    def probe(
        self,
        table: str,
        words: Iterable[str],
        rows: Iterable[dict[str, str]],
        column: str | None,
        lower: bool,
    ) -> _Probe:
        """A probe of a word set drawn from the rows of a table (its `column`, the first where None); the set itself
        for a table counted by its results (`_rows`)."""
        if table in RESULT_TABLES:
            return words  # type: ignore[return-value]
        keys: dict[str, list[tuple[str, str]]] = {}
        for r in rows:
            word = r.get(column) if column else next(iter(r.values()), "")
            if word:
                keys.setdefault(word.lower() if lower else word, []).append((table, _row_key(r)))
        self.tables.add(table)
        return _Probe(words, {w: tuple(k) for w, k in keys.items()}, self)

    def probe_dict(
        self, table: str, mapping: dict[str, object], rows: Iterable[dict[str, str]], column: str
    ) -> _ProbeDict:
        if table in RESULT_TABLES:
            return mapping  # type: ignore[return-value]
        probe = self.probe(table, mapping, rows, column, False)
        return _ProbeDict(mapping, probe._keys, self)

    def read_rows(self) -> dict[str, set[str]]:
        """table -> the rows whose word set was looked up at least once."""
        out: dict[str, set[str]] = defaultdict(set)
        for p in self.probes:
            if id(p) in self.read:
                for keys in p._keys.values():
                    for table, key in keys:
                        out[table].add(key)
        return out

    def restore(self) -> None:
        """Put back what __init__ wrapped and drop the caches built with probes (they stay inert: `on` is off)."""
        self.on = False
        (
            LanguageData.words,  # type: ignore[method-assign]
            LanguageData.mapping,  # type: ignore[method-assign]
            _cues_mod._cues,
            Doc.set_lemma_sets,  # type: ignore[method-assign]
            Doc._lemmas,  # type: ignore[method-assign]
        ) = self._saved
        _participants.EventParticipants._role_nouns = staticmethod(self._saved_roles[0])  # type: ignore[assignment]
        _roles._title_org_nouns = self._saved_roles[1]  # type: ignore[assignment]
        _figure_lexicon._words_at = self._saved_roles[2]  # type: ignore[assignment]
        set_data_root("pl", None)


def collect(dirs: list[Path]) -> tuple[Fired, int]:
    """table -> row -> the documents it fired on, and the number of documents read."""
    fired, n, _read = collect_all(dirs)
    return fired, n


def collect_all(dirs: list[Path]) -> tuple[Fired, int, dict[str, set[str]]]:
    """`collect`, and for the tables counted by their look-ups: table -> the rows whose word set was looked up."""
    fired: Fired = defaultdict(lambda: defaultdict(set))
    looks = _Looks(fired)  # first: it empties the caches the other wrappers and the pipeline fill
    rec = _Recorder(fired)
    n = 0
    try:
        pipe = default_pipeline("pl")
        for d in dirs:
            for path in sorted(d.glob("*.txt")):
                doc_id = rec.doc_id = looks.doc_id = f"{d.name}/{path.stem}"
                doc = pipe.make_doc(Document(doc_id=doc_id, text=path.read_text(encoding="utf-8"), lang="pl"))
                looks.on = False  # the report's own reading below is no look-up of the extractor's
                for fn in (_trigger_rows, _exclude_rows, _org_rows, _sector_rows):
                    fn(doc, doc_id, fired)
                looks.on = True
                n += 1
                if n % 20 == 0:
                    print(f"… {n} documents", file=sys.stderr)
    finally:
        rec.restore()
        looks.restore()
    read = looks.read_rows()
    return fired, n, {t: read.get(t, set()) for t in sorted(looks.tables)}


# why a table of the language folder is not counted: who reads it, and how (each checked by a grep of the package;
# a table named here that nobody reads is dead data and is deleted, not listed)
NOT_COUNTED = {
    "patterns/": "regular expressions or matcher patterns outside event_context/name_context",
    "abbreviations": "text/sentences.py reads its rows into the splitter's regular expression (a row joins a full"
    " stop to its word); places.py reads the abbreviations of region heads as a dict",
    "admin_names": "extract/entities.py (_admin_prefixes) reads its rows as word sequences that join an office to"
    " its unit: one entity",
    "agglutinated_endings": "extract/agglutinated.py reads its rows as suffix rules of agglutinated verb forms",
    "amount_adjectives": "text/numbers.py (_tables_at) reads its rows into the number grammar's regular expressions",
    "amount_cues": "text/numbers.py (_tables_at) reads its rows into the number grammar's regular expressions",
    "amount_qualifiers": "text/numbers.py (_tables_at) reads its rows into a dict of phrases (form -> qualifier)",
    "amount_units": "text/numbers.py (_tables_at) reads its rows into the number grammar's unit regular expressions",
    "compound_first_endings": "text/tokens.py and extract/places.py read its column as suffixes of compounds'"
    " first parts",
    "date_day_ordinals": "extract/event_dates.py reads its rows into a dict lemma -> day number",
    "date_occasions": "text/dates.py and extract/event_dates.py read its rows by kind into sets of their own",
    "date_periods": "text/dates.py reads its rows into the date grammar's regular expressions",
    "date_relative": "text/dates.py (date_vocabulary) reads its rows into the date grammar",
    "date_words": "text/dates.py (date_vocabulary) and extract/event_dates.py read its rows by role",
    "months": "text/dates.py (date_vocabulary) reads every month's forms into the date grammar",
    "weekdays": "text/dates.py (date_vocabulary) reads every weekday's forms into the date grammar",
    "number_words": "text/numbers.py (_tables_at) reads its rows into the number grammar",
    "name_case_endings": "extract/names.py, gazetteer.py and entities.py read its column as case endings stripped"
    " from names (suffix rules)",
    "name_endings": "cues.endings (baseform.py, names.py, persons.py, entities.py): suffix rules by use, case, gender",
    "place_adjective_endings": "extract/places.py reads its rows as suffix rules of place adjectives",
    "legal_form_patterns": "text/namekeys.py (_keys) joins its rows into regular expressions of legal forms",
    "name_patterns": "cues.patterns (names.py, places.py): regular expressions of names",
    "name_lead_words": "text/namekeys.py (_keys) joins its rows into one regular expression (English articles and"
    " possessives dropped when names are compared across documents)",
    "name_not_orgs": "extract/names.py (_add) compares whole names with it (a tuple of its column): no organisation",
    "region_heads": "extract/places.py (the region component) reads its rows into a dict lemma -> row",
    "event_aspect_rules": "rules that make aspect partners of the trigger rows (counted with event_triggers)",
    "sector_product_heads": "the @table of sector_terms rows (counted there)",
    "figure_columns": "extract/figure_table.py and chunker.py read its rows as phrases of a table header's columns",
    "resolve_words": "read as rows by the resolver and into lists of their own (event_coref, entity_aliases)",
    "media_words": "the name_context pattern media_source_before reads its kind and source rows (@media_words,"
    " counted as that pattern's rows), the event_context patterns news_source_* too; extract/media.py"
    " (is_medium, also for analysis/recommend.py) its kind rows and those with no use",
    "seat_cues": "analysis/seats.py reads its rows (an organisation's seat for the web view and partner"
    " recommendations); not read by the extractor",
    "status_nouns": "the name_context pattern status_before reads it (@status_nouns, counted as that pattern's"
    " rows); the learned scorer's features (learn/features.py, word class status) too",
    "generic_org_words": "the learned scorer's features (learn/features.py, word class generic, applied at"
    " extraction) and the resolver (resolve/names.py generic_words, resolve/guard.py)",
    "speaker_verbs": "the name_context patterns speaker_verb_before/after and media_source_before read it by use"
    " (@speaker_verbs:person|quoted|report, counted as those patterns' rows)",
    "titled_nouns": "the name_context pattern titled_thing reads it (@titled_nouns, counted as that pattern's rows)",
}


# tables counted by their look-ups that the extractor also reads another way, which the count leaves out
COUNTED_IN_PART = {
    "amount_currencies": "the number grammar (text/numbers.py) reads it as rows; counted: names.py's word set only",
    "amount_multipliers": "the number grammar (text/numbers.py) reads it as rows; counted: names.py's word set only",
    "edition_nouns": "event_dates.py also reads it as rows, by event type; the name_context pattern fair_before"
    " (@edition_nouns)",
    "event_cues": "event_merge.py also reads its with_preposition rows into a copy",
    "event_reference_nouns": "event_dates.py reads it as rows, by event type",
    "event_words": "names.py also reads its unit_head rows into a copy; the event_context pattern topic"
    " (@event_words:topic)",
    "figure_words": "its phrase sets and ending lists are copies (unread)",
    "name_connectors": "the name keys (text/namekeys.py) also read it as rows",
    "place_cues": "the gazetteer also reads its ending rows",
    "meeting_words": "the event_context pattern met_with reads it (@meeting_words), not counted here",
    "titles": "also the patterns acting_place, title_before and title_after (@titles), not counted here",
}


def _why_not(table: str) -> str:
    if table in NOT_COUNTED:
        return NOT_COUNTED[table]
    if table.startswith("patterns/"):
        return NOT_COUNTED["patterns/"]
    return "NO READER KNOWN to the report: grep the package; a table nobody reads is dead data"


def _all_tables() -> list[str]:
    """Every table of the Polish language folder, by its name under it (without .tsv)."""
    root = DATA_DIR / "pl"
    return sorted(str(p.relative_to(root).with_suffix("")) for p in root.rglob("*.tsv"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path, default=DEFAULT_DIRS)
    ap.add_argument("--all", action="store_true", help="list the counts of every row")
    args = ap.parse_args(argv)
    missing = [d for d in args.dirs if not d.is_dir()]
    if missing:
        print(f"not a folder: {missing[0]}", file=sys.stderr)
        return 2
    fired, n, read = collect_all(args.dirs)
    print(f"documents: {n}")
    print(
        "how: result = the row took part in something reported; test = a word of a document was looked up in"
    )
    print(
        "the row's word set and was its word (see the docstring); unread = rows whose set was never looked up\n"
    )
    print(f"{'table':32}{'how':>7}{'rows':>6}{'0 docs':>8}{'1 doc':>7}{'≥2 docs':>9}{'unread':>8}")
    tables = _rows()
    data = language_data("pl")
    for table in read:
        if table not in tables:
            tables[table] = [_row_key(r) for r in data.rows(table)]
    for table, rows in tables.items():
        how = "test" if table in read else "result"
        looked = [r for r in rows if table not in read or r in read[table]]
        counts = [len(fired[table].get(r, ())) for r in looked]
        print(
            f"{table:32}{how:>7}{len(rows):6}{sum(c == 0 for c in counts):8}{sum(c == 1 for c in counts):7}"
            f"{sum(c >= 2 for c in counts):9}{len(rows) - len(looked) if how == 'test' else '':>8}"
        )
    print("\n## tables counted in part (the count leaves out another reading)")
    for table, why in COUNTED_IN_PART.items():
        print(f"{table:32}  {why}")
    print("\n## tables not counted, and why")
    for table in _all_tables():
        if table not in tables:
            print(f"{table:32}{len(data.rows(table)):6}  {_why_not(table)}")
    for table, rows in tables.items():
        print(f"\n## {table}: rows that fire on at most one gold document (- : its word set never looked up)")
        for r in rows:
            docs = sorted(fired[table].get(r, ()))
            if args.all or len(docs) <= 1:
                where = ", ".join(docs[:3]) if docs else "-"
                mark = "   -" if table in read and r not in read[table] else f"{len(docs):4}"
                print(f"{mark}  {r.replace(chr(9), ' | ')}  {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
