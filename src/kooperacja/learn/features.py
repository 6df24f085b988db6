"""Features of the rules' candidates, read from the analysed `Doc`: one set of feature names per entity,
event, participant and figure. Features are binary (a name is present or not), so a model is a table of
weights over names and scoring a candidate is a sum. Every feature is a property of the language and the
document (tags, lexicon families and classes, shapes, positions, distances, what the rules said), never of one
gold document; features are classes rather than word identities (no lemma of the text is a feature name,
save the closed sets of descriptors and cases, and the lemma of the word right before and after an
organisation's mention, `lw=`/`rw=`: a vocabulary the trainer weighs only where a word is seen beside candidates
of three documents or more, `train.MIN_COUNT`), so that what is learned holds on text nobody tuned it for."""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable
from functools import cached_property, lru_cache
from itertools import chain, repeat
from operator import attrgetter, not_, or_
from typing import Any

from kooperacja.data.language_data import language_data
from kooperacja.extract.doc import Doc, Entity
from kooperacja.extract.lexicon import lexicon
from kooperacja.text.morphology import (
    _PROPER,  # the qualifiers of proper names (Reading.proper)
    morphology,
)
from kooperacja.text.tokens import DOUBLE_QUOTES

_FUTURE_FORMS = frozenset(("będzie", "będą", "zostanie", "zostaną", "odbędzie", "odbędą", "powstanie"))
_LIST_MARKS = ("-", "–", "•", "*", "·")
_LEGAL_WORDS = frozenset(
    ("s.a.", "sa", "sp.", "o.o.", "gmbh", "ltd", "inc", "ag", "se", "s.r.o.", "bv", "nv")
)
_START = attrgetter("start")
# attribute getters, so that a token's or a reading's fields are read in C over a whole run of them
_POS, _QUALS, _LOWER, _IS_WORD = map(attrgetter, ("pos", "quals", "lower", "is_word"))
_TENSE_POS = frozenset(("praet", "fin", "bedzie", "imps", "inf", "ger", "ppas"))


@lru_cache(maxsize=4096)  # the same few (count, edges) pairs again and again
def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f"{edges[-1]}+"


def _unit_class(unit: str) -> str:
    """money (a currency code), count, percent or other: the class of an amount's unit."""
    if unit == "count":
        return "count"
    if unit in ("percent", "%"):
        return "percent"
    if len(unit) == 3 and unit.isupper():
        return "money"
    return "other"


def _word_shape(w: str) -> str:
    """The capitalisation shape of a word: X (capitals), Xx (capitalised), x (lower), xX (mixed), d (digits)."""
    if not any(map(str.isalpha, w)):
        return "d" if any(map(str.isdigit, w)) else "p"
    if w.isupper():
        return "X" if len(w) > 1 else "Xx"
    if w[:1].isupper():
        return "Xx" if w[1:] == w[1:].lower() else "xX"
    return "x" if w == w.lower() else "xX"


@lru_cache(maxsize=8192)
def name_shape(name: str) -> str:
    """The shapes of a name's words, runs of one shape written once with "+" ("Xx+ x Xx")."""
    out: list[str] = []
    for w in name.split():
        sh = _word_shape(w)
        if out and out[-1].rstrip("+") == sh:
            out[-1] = sh + "+"
        else:
            out.append(sh)
    return " ".join(out[:4])


@lru_cache(maxsize=8192)
def head_case(word: str) -> str:
    """Whether a name's first word (its head, as a rule) reads as a nominative: "nom" where one of its
    readings is, "oblique" where it has readings and none is (a base form left in another case), "unknown"
    where the analyser does not know it."""
    rs = morphology().analyse(word)
    if not rs or all(r.pos == "ign" for r in rs):
        return "unknown"
    return "nom" if any("nom" in r.cases for r in rs) else "oblique"


@lru_cache(maxsize=4)
def _legal_forms(lang: str) -> tuple[frozenset[tuple[str, ...]], frozenset[str], frozenset[str]]:
    """A language's legal forms as lower-cased word tuples, with the words that can start and end one."""
    forms = frozenset(tuple(t.lower() for t in form) for form in lexicon(lang).legal_forms)
    return forms, frozenset(f[0] for f in forms if f), frozenset(f[-1] for f in forms if f)


@lru_cache(maxsize=4)
def _word_classes(lang: str) -> dict[str, frozenset[str]]:
    """Lower-cased words and lemmas of the lexicon's classes that say what a capitalised run names: words of
    kinds of organisations (not which one), status and award nouns, event names."""
    data = language_data(lang)
    return {
        "generic": frozenset(w.lower() for w in data.column("generic_org_words")),
        "status": frozenset(w.lower() for w in data.column("status_nouns"))
        | frozenset(w.lower() for w in data.column("award_name_heads")),
        "event_name": frozenset(w.lower() for w in data.column("event_name_words")),
    }


# the groups of features whose computing costs something, and which a decision without a weight in them skips
# (a feature's group is its name before "=", less a leading "type|": "lc=punct," is of "lc",
# "investment|owner_role=investor" of "owner_role", "in_title" of itself)
SKIPPABLE = (
    *("all_cap_words", "digits", "doc_orgs", "employer", "events", "role", "in_title", "legal_tail"),
    *("lower_words", "near:mod", "near:tense", "owns_figure", "pos0", "posN", "unknown_word"),
    *("proper_reading", "lc", "rc", "c0", "s:list_item", "shape", "top_org"),
    *("lw", "rw", "head_nom", "cut_tail", "num0", "msents"),
    *(f"{k}:{c}" for k in ("words", "all_words") for c in ("generic", "status", "event_name")),
    *(f"{k}_{t}" for k in ("contains", "inside") for t in ("organization", "person", "place")),
)
# guards of blocks that make several groups: the block is computed where any of them is wanted
BLOCKS = {
    "date_src": ("date_src", "date_kind"),
    "owner_nearest": ("owner_nearest", "other_nearer", "owner_first", "other_first", "owner_case"),
    "owner_role": ("owner_role", "owner_in_event_sent"),
}


def feature_group(name: str) -> str:
    return name.split("=", 1)[0].rsplit("|", 1)[-1]


class Wanted:
    """The features to compute for one decision: every one (`EVERY`, for training), or those of the groups a
    model has weights in. A feature outside them adds nothing to the model's sum (the confidences are the same
    to the last bit), so a group of SKIPPABLE (or a block of BLOCKS) none of whose names carries a weight is not
    computed at all; `on[group]` says whether it is (a plain dict: it is asked some ten times per candidate)."""

    __slots__ = ("on",)

    def __init__(self, names: Iterable[str] | None = None) -> None:
        groups = None if names is None else frozenset(map(feature_group, names))
        self.on = {g: groups is None or g in groups for g in SKIPPABLE}
        for g, made in BLOCKS.items():
            self.on[g] = groups is None or not groups.isdisjoint(made)


EVERY = Wanted()


class DocView:
    """Look-ups over one analysed document that the feature functions share."""

    @cached_property
    def entity_order(self) -> dict[str, int]:
        """Each entity id's position in the document's entities (built once, on first use: the owner candidates
        of every figure are ordered by it)."""
        return {e.id: k for k, e in enumerate(self.doc.entities)}

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        lang = doc.lang if doc.lang in ("pl",) else "pl"
        self.lex = lexicon(lang)
        self.sent_starts = [s.start for s in doc.sentences]
        self.by_id: dict[str, Entity] = {e.id: e for e in doc.entities}
        self.n_sents = len(doc.sentences)
        self.roles_of: dict[str, list[str]] = {}
        self.event_types: dict[str, int] = {}
        for ev in doc.events:
            self.event_types[ev.get("type", "")] = self.event_types.get(ev.get("type", ""), 0) + 1
            for p in ev.get("participants") or []:
                self.roles_of.setdefault(p.get("entity"), []).append(p.get("role") or "")
        self.figure_owners: dict[str, int] = {}
        for f in doc.figures:
            self.figure_owners[f.get("entity")] = self.figure_owners.get(f.get("entity"), 0) + 1
        self.role_orgs = {
            r.get("organization")
            for e in doc.entities
            if e.type == "person"
            for r in e.roles
            if r.get("organization")
        }
        self.n_tokens = len(doc.tokens)
        self._sent_cache: dict[int, frozenset[str]] = {}
        self._sent_lemmas: dict[int, frozenset[str]] = {}
        self._evidence_sents: dict[int, tuple[dict[str, Any], frozenset[int]]] = {}
        self._mention_sents: dict[str, frozenset[int]] = {}
        self._trigger_cache: dict[tuple[int, str], list[tuple[str, str]]] = {}
        self.title_tokens = {i for a, b, _after in doc.title_spans for i in range(a, b)}
        self.legal_forms, self.legal_firsts, self.legal_lasts = _legal_forms(lang)
        self.legal_len = max(map(len, self.legal_forms), default=0)
        self.coordinators = self.lex.function("coordinator")
        self.word_classes = _word_classes(lang)
        orgs = [e for e in doc.entities if e.type == "organization"]
        self.n_orgs = len(orgs)
        self.top_org = max(orgs, key=lambda e: len(e.mentions)).id if orgs else None
        self.long_names: dict[str, list[str]] = {}  # per type, its lower-cased names of 3 characters or more
        for e in doc.entities:
            low = e.name.lower()
            if len(low) >= 3:
                self.long_names.setdefault(e.type, []).append(low)
        self.amount_units: dict[int, list[str]] = {}  # per sentence, the unit class of each amount
        for a in doc.amounts:
            self.amount_units.setdefault(self.sent_at(a.start), []).append(_unit_class(str(a.unit)))
        self.figure_metrics: dict[str, int] = {}
        for fig in doc.figures:
            key = str(fig.get("metric"))
            self.figure_metrics[key] = self.figure_metrics.get(key, 0) + 1
        self.sent_events: dict[int, int] = {}
        for ev in doc.events:
            for s in self.evidence_sents(ev):
                self.sent_events[s] = self.sent_events.get(s, 0) + 1
        # made on first use, by features that only some models read (sent_roles, date_values)
        self._sent_roles: dict[int, set[str]] | None = None
        self._date_values: list[tuple[int, str, str]] | None = None
        self.figure_values: dict[tuple[str, str], int] = {}  # (metric, value) -> the figures that state it
        for fig in doc.figures:
            key2 = (str(fig.get("metric")), str(fig.get("value")))
            self.figure_values[key2] = self.figure_values.get(key2, 0) + 1

    def sent_roles(self) -> dict[int, set[str]]:
        """Per sentence, the participants of the rules' events stated in it."""
        if self._sent_roles is None:
            self._sent_roles = {}
            for ev in self.doc.events:
                parts = {p.get("entity") for p in ev.get("participants") or []}
                for s in self.evidence_sents(ev):
                    self._sent_roles.setdefault(s, set()).update(parts)
        return self._sent_roles

    def date_values(self) -> list[tuple[int, str, str]]:
        """(sentence, value, kind) of each date expression with a value."""
        if self._date_values is None:
            self._date_values = [
                (self.sent_at(d.start), str(d.value), str(d.kind)) for d in self.doc.dates if d.value
            ]
        return self._date_values

    def date_source(self, ev: dict[str, Any]) -> tuple[str, str]:
        """Where an event's date is stated, as a class: in its evidence ("evidence"), the sentence before
        ("before"), elsewhere in the text ("elsewhere"), or in none of the text's date expressions ("none": the
        publication date or a dateline); and the kind of the expression (absolute, relative, weekday …)."""
        date = str(ev.get("date") or "").split("/")[0]
        if not date:
            return "", ""
        sents = self.evidence_sents(ev)
        first = min(sents) if sents else -1
        best, kind = "none", ""
        rank = {"evidence": 0, "before": 1, "elsewhere": 2, "none": 3}
        for s, value, k in self.date_values():
            if not (value.startswith(date) or date.startswith(value)):
                continue
            where = "evidence" if s in sents else "before" if s == first - 1 else "elsewhere"
            if rank[where] < rank[best]:
                best, kind = where, k
        return best, kind

    def first_cases(self, i: int) -> str:
        """The cases of token i's readings, the first three in order, joined by "+"."""
        if not 0 <= i < self.n_tokens:
            return ""
        return "+".join(sorted({c for r in self.doc.readings[i] for c in r.cases})[:3])

    def token_at(self, offset: int) -> int:
        return max(0, bisect_right(self.doc.tokens, offset, key=_START) - 1)

    def sent_at(self, offset: int) -> int:
        return max(0, bisect_right(self.sent_starts, offset) - 1)

    def pos(self, i: int) -> str:
        """The least part of speech of token i's readings ("none" for none)."""
        rs = self.doc.readings[i] if 0 <= i < self.n_tokens else ()
        return min(map(_POS, rs)) if rs else "none"

    def context_class(self, i: int) -> str:
        """The class of token i beside a name: its part of speech, a kind of punctuation, or the text's edge."""
        if not 0 <= i < self.n_tokens:
            return "edge"
        tok = self.doc.tokens[i]
        if not tok.is_word:
            if tok.text in DOUBLE_QUOTES:
                return "quote"
            return "punct" + (tok.text if tok.text in ",:;()-–." else "")
        if tok.lower in self.coordinators:
            return "coord"
        if i in self.title_tokens:
            return "title"
        return self.pos(i) + (":cap" if tok.is_cap else "")

    def context_word(self, i: int) -> str:
        """The lemma of token i beside a name where it is a word (the least of its lemmas, lower-cased: a word of
        the text whose weight a model learns only where it is frequent), "" otherwise."""
        if not 0 <= i < self.n_tokens or not self.doc.tokens[i].is_word:
            return ""
        lems = self.doc.lemmas(i)
        return min(lems) if lems else self.doc.tokens[i].lower

    def legal_after(self, t1: int) -> bool:
        """Whether a legal form ends the tokens before t1 or starts at t1 (tried only where the word before t1 can
        end one, or the word at t1 can start one)."""
        toks, forms = self.doc.tokens, self.legal_forms
        if t1 > 0 and toks[t1 - 1].lower in self.legal_lasts:
            for n in range(1, min(self.legal_len, t1) + 1):
                if tuple(t.lower for t in toks[t1 - n : t1]) in forms:
                    return True
        if t1 < self.n_tokens and toks[t1].lower in self.legal_firsts:
            for n in range(1, min(self.legal_len, self.n_tokens - t1) + 1):
                if tuple(t.lower for t in toks[t1 : t1 + n]) in forms:
                    return True
        return False

    def trigger_tokens(self, s: int, typ: str) -> list[int]:
        """The tokens of sentence s whose lemmas are triggers of type `typ`."""
        lemmas = {lem for lem, _kind in self.triggers_in(s, typ)}
        if not lemmas or s >= len(self.doc.sent_span):
            return []
        s0, s1 = self.doc.sent_span[s]
        return [i for i in range(s0, s1) if not lemmas.isdisjoint(self.doc.lemmas(i))]

    def near_trigger(self, t: int, width: int = 4) -> set[str]:
        """Modality cues, tenses and aspects of the words within `width` of a trigger word t, in its sentence."""
        doc = self.doc
        s0, s1 = doc.sent_span[doc.sent_of[t]] if t < len(doc.sent_of) else (t, t + 1)
        out: set[str] = set()
        modality = self.lex.modality
        for i in range(max(s0, t - width), min(s1, t + width + 1)):
            for lem in modality.keys() & doc.lemmas(i):
                if modality[lem]:
                    out.add("mod=" + modality[lem])
            for r in doc.readings[i]:
                if r.pos in _TENSE_POS:
                    out.add("tense=" + r.pos + (":perf" if ":perf" in r.tag else ""))
        return out

    def evidence_sents(self, ev: dict[str, Any]) -> frozenset[int]:
        """The sentences of an event's evidence (kept per event while the view lives)."""
        hit = self._evidence_sents.get(id(ev))
        if hit is None or hit[0] is not ev:
            hit = self._evidence_sents[id(ev)] = (
                ev,
                frozenset({self.sent_at(a) for a, _b in ev.get("evidence") or []}),
            )
        return hit[1]

    def mention_sents(self, ent: Entity) -> frozenset[int]:
        """The sentences that mention an entity."""
        hit = self._mention_sents.get(ent.id)
        if hit is None:
            mentions = self.doc.mentions
            hit = self._mention_sents[ent.id] = frozenset({mentions[n].sent for n in ent.mentions})
        return hit

    def sent_lemmas(self, s: int) -> frozenset[str]:
        """The lower-cased lemmas of the words of sentence s (one union of their lemma sets)."""
        hit = self._sent_lemmas.get(s)
        if hit is None:
            s0, s1 = self.doc.sent_span[s]
            hit = self._sent_lemmas[s] = frozenset().union(*map(self.doc.lemmas, range(s0, s1)))
        return hit

    def sent_feats(self, s: int) -> frozenset[str]:
        """Modality cues, tenses and the shape of sentence s."""
        hit = self._sent_cache.get(s)
        if hit is not None:
            return hit
        doc, lex = self.doc, self.lex
        out: set[str] = set()
        if not doc.sent_span or s >= len(doc.sent_span):
            return frozenset()
        s0, s1 = doc.sent_span[s]
        lows = set(map(_LOWER, doc.tokens[s0:s1]))
        if not _FUTURE_FORMS.isdisjoint(lows):
            out.add("future_word")
        if "nie" in lows:
            out.add("nie")
        modality = lex.modality
        for lem in modality.keys() & self.sent_lemmas(s):  # the cues among the words' lemmas
            kind = modality[lem]
            if kind:
                out.add("mod=" + kind)
        for rs in doc.readings[s0:s1]:  # the tenses of the words' readings
            for r in rs:
                if r.pos in _TENSE_POS:
                    out.add("tense=" + r.pos + (":perf" if ":perf" in r.tag else ""))
        text = doc.sent_text(s).lstrip()
        if text.startswith(_LIST_MARKS):
            out.add("list_item")
        if "?" in text:
            out.add("question")
        if s == 0:
            out.add("headline")
        elif s == 1:
            out.add("first_sentence")
        out.add("sent_len=" + _bucket(s1 - s0, (8, 20, 40)))
        res = frozenset(out)
        self._sent_cache[s] = res
        return res

    def triggers_in(self, s: int, typ: str) -> list[tuple[str, str]]:
        """(lemma, kind) of the trigger words of type `typ` in sentence s, each pair once (by lemma)."""
        hit = self._trigger_cache.get((s, typ))
        if hit is not None:
            return hit
        triggers = self.lex.triggers
        out = [
            (lem, kind)
            for lem in sorted(triggers.keys() & self.sent_lemmas(s))
            for kind, t in triggers[lem]
            if t == typ
        ]
        self._trigger_cache[(s, typ)] = out
        return out


def _position(s: int) -> str:
    return "pos=" + _bucket(s, (0, 1, 3, 8))


def entity_features(v: DocView, ent: Entity, want: Wanted = EVERY) -> list[str]:
    doc = v.doc
    on = want.on
    name, typ = ent.name, ent.type
    words = name.split()
    f: set[str] = {
        "bias_type=" + typ,
        "sub=" + str(ent.subtype),
        "nm=" + _bucket(len(ent.mentions), (1, 2, 4)),
        "nw=" + _bucket(len(words), (1, 2, 3, 5)),
        "chars=" + _bucket(len(name), (4, 10, 25, 45)),
    }
    add = f.add
    if len(words) == 1:
        w = words[0]
        if w.isupper() and len(w) > 1:
            add("acronym")
        if len(w) <= 3:
            add("short")
    if on["digits"] and any(map(str.isdigit, name)):
        add("digits")
    if not DOUBLE_QUOTES.isdisjoint(name):
        add("quoted")
    firsts = [w[0] for w in words]  # the first letter of each word
    if words:
        if words[-1].lower() in _LEGAL_WORDS:
            add("legal_form")
        if on["all_cap_words"] and all(map(str.isupper, filter(str.isalpha, firsts))):
            add("all_cap_words")
        add("suf=" + words[-1][-2:].lower())
    if ent.aliases:
        add("has_alias")
    if ent.country:
        add("country")
    if ent.place_id:
        add("gazetteer")
    if on["events"] or on["role"]:
        roles = v.roles_of.get(ent.id, [])
        add("events=" + _bucket(len(roles), (0, 1, 3)))
        for r in set(roles):
            add("role=" + r)
    if on["owns_figure"] and v.figure_owners.get(ent.id):
        add("owns_figure")
    if on["employer"] and ent.id in v.role_orgs:
        add("employer")
    if typ == "person" and ent.roles:
        add("person_has_title")
        if any(r.get("organization") for r in ent.roles):
            add("person_has_org")
    first_sent = None
    mentions, readings, sent_span = doc.mentions, doc.readings, doc.sent_span
    n_spans, last_sent = len(sent_span), v.n_sents - 1
    # the groups read from the tokens of each mention, asked once per entity
    w_pos = on["pos0"] or on["posN"] or on["unknown_word"]
    w_lc, w_rc, w_c0, w_proper = on["lc"], on["rc"], on["c0"], on["proper_reading"]
    # the words beside the mentions and the number of the first token: organisations only (the s9 features
    # of the organisation decision; persons and places did not gain from them by cross-validation)
    is_org = typ == "organization"
    w_lw, w_rw, w_num0 = is_org and on["lw"], is_org and on["rw"], is_org and on["num0"]
    w_legal = on["legal_tail"]
    title_tokens = v.title_tokens if on["in_title"] else ()
    for n in ent.mentions:
        m = mentions[n]
        sent = m.sent
        if first_sent is None or sent < first_sent:
            first_sent = sent
        if m.head:  # the head's class is the subtype (sub=): no word of the name is a feature
            add("has_head")
        if m.descriptor:
            add("desc=" + m.descriptor)
        if m.case:
            add("case=" + m.case)
        if m.acronym_of is not None:
            add("acronym_of")
        t0, t1 = m.t0, m.t1
        if w_pos:  # the least part of speech of each token of the mention
            poss = [min(map(_POS, rs)) if rs else "none" for rs in readings[t0:t1]]
            if "ign" in poss:
                add("unknown_word")
            add("pos0=" + (poss[0] if poss else v.pos(t0)))
            add("posN=" + (poss[-1] if poss else v.pos(t1 - 1)))
        if w_proper and not _PROPER.isdisjoint(
            chain.from_iterable(map(_QUALS, chain.from_iterable(readings[t0:t1])))
        ):  # a reading of a proper name (Reading.proper) among the mention's
            add("proper_reading")
        if w_lc:
            add("lc=" + v.context_class(t0 - 1))
        if w_rc:
            add("rc=" + v.context_class(t1))
        if title_tokens and (t0 in title_tokens or (t1 - 1) in title_tokens):
            add("in_title")
        if w_legal and v.legal_after(t1):
            add("legal_tail")
        add("from_end=" + _bucket(last_sent - sent, (0, 1, 3)))
        s0, s1 = sent_span[sent] if sent < n_spans else (t0, t1)
        if (s1 - s0) - (t1 - t0) <= 3:
            add("name_is_sentence")
        if w_c0:
            add("c0=" + v.first_cases(t0))
        if w_lw and (lw := v.context_word(t0 - 1)):
            add("lw=" + lw)
        if w_rw and (rw := v.context_word(t1)):
            add("rw=" + rw)
        if w_num0 and t0 < v.n_tokens:
            add("num0=" + "+".join(sorted({n for r in readings[t0] for n in r.numbers})[:2]))
    add(_position(first_sent or 0))
    if is_org and words:
        if on["head_nom"]:
            add("head_nom=" + head_case(words[0]))
        if on["cut_tail"] and len(words) > 1 and len(words[-1].strip(".")) <= 2:
            if words[-1].lower() not in _LEGAL_WORDS:
                add("cut_tail")  # a name ending in a letter or two: cut inside a longer name or a legal form
        if on["msents"]:
            add("msents=" + _bucket(len(v.mention_sents(ent)), (1, 2, 4)))
    if on["shape"]:
        add("shape=" + name_shape(name))
    if on["lower_words"]:
        add("lower_words=" + _bucket(sum(map(str.islower, firsts)), (0, 1, 2)))
    if typ == "organization":
        if on["doc_orgs"]:
            add("doc_orgs=" + _bucket(v.n_orgs, (2, 5, 10)))
        if ent.mentions:
            m = mentions[ent.mentions[0]]
            lemmas = lows = None  # the first mention's tokens' lemma sets and lower-cased forms
            for cls, ws in v.word_classes.items():
                if not (on.get("words:" + cls, True) or on.get("all_words:" + cls, True)):
                    continue
                if lemmas is None or lows is None:
                    lemmas = list(map(doc.lemmas, range(m.t0, m.t1)))
                    lows = list(map(_LOWER, doc.tokens[m.t0 : m.t1]))
                # the tokens one of whose lemmas, or whose form, is a word of the class
                hits = sum(map(or_, map(not_, map(ws.isdisjoint, lemmas)), map(ws.__contains__, lows)))
                if hits:
                    add(f"words:{cls}=" + _bucket(hits, (1, 2)))
                    if hits == sum(map(_IS_WORD, doc.tokens[m.t0 : m.t1])):
                        add(f"all_words:{cls}")
        if on["top_org"] and ent.id == v.top_org:
            add("top_org")
        # names of other entities (three characters or more) inside this one's, or this one's inside theirs
        low = name.lower()
        for t, others in v.long_names.items():
            if not (on.get("contains_" + t, True) or on.get("inside_" + t, True)):
                continue
            own = int(t == typ and len(low) >= 3)  # its own name is among the others, and equal to it
            if sum(map(low.__contains__, others)) > own:
                add("contains_" + t)
            # inside a longer name (an equal name contains this one)
            if sum(map(str.__contains__, others, repeat(low))) > others.count(low):
                add("inside_" + t)
    if first_sent is not None and first_sent < len(doc.sentences):
        if first_sent == 0:
            add("s:headline")
        if on["s:list_item"] and doc.sent_text(first_sent).lstrip().startswith(_LIST_MARKS):
            add("s:list_item")
    return sorted(f)


def event_features(v: DocView, ev: dict[str, Any], want: Wanted = EVERY) -> list[str]:
    typ = ev.get("type", "")
    f: set[str] = {"type=" + typ, "status=" + str(ev.get("status") or "done")}
    if ev.get("date"):
        f.add("has_date")
        f.add("date_precision=" + str(len(str(ev["date"]).split("/")[0].split("-"))))
        if want.on["date_src"]:
            where, kind = v.date_source(ev)
            f.add("date_src=" + where)
            f.add(f"{typ}|date_src={where}")
            if kind:
                f.add("date_kind=" + kind)
    if ev.get("place"):
        f.add("has_place")
    if ev.get("name"):
        f.add("has_name")
    parts = ev.get("participants") or []
    f.add("np=" + _bucket(len(parts), (1, 2, 3, 5)))
    f.add(typ + "|np=" + _bucket(len(parts), (1, 2, 3)))
    kinds = set()
    for p in parts:
        ent = v.by_id.get(p.get("entity"))
        role = p.get("role") or ""
        f.add("role=" + role)
        if ent is None:
            continue
        kinds.add(ent.type)
        f.add(f"{role}:{ent.type}")
        f.add(f"{typ}|{role}:{ent.subtype or ent.type}")
        if len(ent.mentions) == 1:
            f.add("part_single_mention")
    f.add("part_types=" + "+".join(sorted(kinds)))
    f.add(typ + "|part_types=" + "+".join(sorted(kinds)))
    if ev.get("sectors"):
        f.add("has_sector")
    evidence = ev.get("evidence") or []
    f.add("nsent=" + _bucket(len(evidence), (1, 2, 4)))
    f.add("same_type=" + _bucket(v.event_types.get(typ, 0), (1, 2, 4)))
    sents = sorted(v.evidence_sents(ev))
    if sents:
        f.add(_position(sents[0]))
        for s in sents[:3]:
            for x in v.sent_feats(s):
                f.add("s:" + x)
            for _lem, kind in v.triggers_in(s, typ):
                f.add("kind=" + kind)
                f.add(f"{typ}|kind={kind}")
        s = sents[0]
        units = v.amount_units.get(s, [])
        for u in set(units):
            f.add("amount_in_sent=" + u)
            f.add(f"{typ}|amount_in_sent={u}")
        f.add("events_in_sent=" + _bucket(v.sent_events.get(s, 0), (1, 2, 3)))
        trig = v.trigger_tokens(s, typ)
        if not trig:
            f.add("no_trigger_in_sent")
        else:
            f.add("trig_pos=" + v.pos(trig[0]))
            f.add(f"{typ}|trig_pos=" + v.pos(trig[0]))
            doc = v.doc
            if want.on["near:mod"] or want.on["near:tense"]:
                for x in v.near_trigger(trig[0]):
                    f.add("near:" + x)
            outside = 0
            dists = []
            for p in parts:
                ent = v.by_id.get(p.get("entity"))
                if ent is None:
                    continue
                toks = [doc.mentions[n].t0 for n in ent.mentions if doc.mentions[n].sent == s]
                if not toks:
                    outside += 1
                    continue
                dists.append(min(abs(t - i) for t in toks for i in trig))
            if dists:
                f.add("tdist_min=" + _bucket(min(dists), (2, 5, 10, 20)))
                f.add("tdist_max=" + _bucket(max(dists), (2, 5, 10, 20)))
            f.add("parts_outside=" + _bucket(outside, (0, 1, 2)))
    counts: dict[str, int] = {}
    for p in parts:
        ent = v.by_id.get(p.get("entity"))
        if ent is not None:
            counts[ent.type] = counts.get(ent.type, 0) + 1
    for kind, n in counts.items():
        f.add(f"n_{kind}=" + _bucket(n, (1, 2, 4)))
    return sorted(f)


def participant_features(
    v: DocView, ev: dict[str, Any], part: dict[str, Any], want: Wanted = EVERY
) -> list[str]:
    typ = ev.get("type", "")
    role = part.get("role") or ""
    ent = v.by_id.get(part.get("entity"))
    f: set[str] = {"role=" + role, f"{typ}|{role}"}
    if ent is not None:
        f.add("etype=" + ent.type)
        f.add(f"{role}:{ent.subtype or ent.type}")
        f.add("nm=" + _bucket(len(ent.mentions), (1, 2, 4)))
        sents = v.evidence_sents(ev)
        msents = v.mention_sents(ent)
        f.add("in_evidence" if sents & msents else "outside_evidence")
        if sents and msents:
            dist = min(abs(a - b) for a in sents for b in msents)
            f.add("sdist=" + _bucket(dist, (0, 1, 3)))
    f.add("np=" + _bucket(len(ev.get("participants") or []), (1, 2, 3, 5)))
    return sorted(f)


def figure_features(v: DocView, fig: dict[str, Any], want: Wanted = EVERY) -> list[str]:
    doc = v.doc
    metric, unit = str(fig.get("metric")), str(fig.get("unit"))
    f: set[str] = {"metric=" + metric, "unit=" + unit, f"{metric}|{unit}"}
    f.add("qual=" + str(fig.get("qualifier")))
    if fig.get("breakdown") or fig.get("period"):
        f.add("has_detail")
    try:
        val = abs(float(fig.get("value") or 0))
    except (TypeError, ValueError):
        val = 0.0
    f.add("mag=" + str(int(math.log10(val)) if val >= 1 else 0))
    ent = v.by_id.get(fig.get("entity"))
    if ent is not None:
        f.add("owner=" + ent.type)
        f.add("owner_sub=" + str(ent.subtype))
        f.add("owner_nm=" + _bucket(len(ent.mentions), (1, 2, 4)))
        if ent.id in v.roles_of:
            f.add("owner_in_event")
    evidence = fig.get("evidence") or []
    if evidence:
        a, b = evidence[0]
        s = v.sent_at(a)
        f.add(_position(s))
        for x in v.sent_feats(s):
            f.add("s:" + x)
        t0, t1 = v.token_at(a), v.token_at(max(a, b - 1)) + 1
        if ent is not None:
            toks = [doc.mentions[n].t0 for n in ent.mentions if doc.mentions[n].sent == s]
            if toks:
                d = min(toks, key=lambda x: abs(x - t0)) - t0
                f.add("owner_dist=" + ("-" if d < 0 else "+") + _bucket(abs(d), (3, 8, 15)))
            else:
                f.add("owner_elsewhere")
            if want.on["owner_nearest"] and s < len(doc.sent_span):
                # the owner against the other organisations of the sentence: the nearest to the amount, the
                # first of the sentence (its subject, as a rule), and the case of its nearest mention
                ms = [doc.mentions[n] for n in doc.mentions_in(s) if doc.mentions[n].type == "organization"]
                if ms:
                    near = min(ms, key=lambda m: abs(m.t0 - t0))
                    own = doc.entities[near.entity].id if 0 <= near.entity < len(doc.entities) else None
                    f.add("owner_nearest" if own == ent.id else "other_nearer")
                    head = min(ms, key=lambda m: m.t0)
                    own = doc.entities[head.entity].id if 0 <= head.entity < len(doc.entities) else None
                    f.add("owner_first" if own == ent.id else "other_first")
                    f.add(metric + ("|owner_nearest" if "owner_nearest" in f else "|other_nearer"))
                mine = [
                    m for m in ms if 0 <= m.entity < len(doc.entities) and doc.entities[m.entity].id == ent.id
                ]
                if mine:
                    m = min(mine, key=lambda m: abs(m.t0 - t0))
                    f.add("owner_case=" + (m.case or v.first_cases(m.t0).split("+")[0] or "none"))
            if want.on["owner_role"]:
                for r in sorted(set(v.roles_of.get(ent.id, []))):
                    f.add("owner_role=" + r)
                    f.add(f"{metric}|owner_role={r}")
                if ent.id in v.sent_roles().get(s, ()):
                    f.add("owner_in_event_sent")
        if s < len(doc.sent_span):
            others = {
                doc.mentions[n].entity for n in doc.mentions_in(s) if doc.mentions[n].type == "organization"
            }
            f.add("orgs_in_sent=" + _bucket(len(others), (0, 1, 2)))
        f.add("lc1=" + v.context_class(t0 - 1))
        f.add("rc1=" + v.context_class(t1))
        f.add("amounts_in_sent=" + _bucket(len(v.amount_units.get(s, [])), (1, 2, 4)))
        f.add(metric + "|amounts_in_sent=" + _bucket(len(v.amount_units.get(s, [])), (1, 2, 4)))
    if ent is not None and ent.id == v.top_org:
        f.add("owner_top")
    f.add("same_metric=" + _bucket(v.figure_metrics.get(metric, 0), (1, 2, 4)))
    if v.figure_values.get((metric, str(fig.get("value"))), 0) > 1:
        f.add("same_value")
    return sorted(f)


def participant_candidates(v: DocView, ev: dict[str, Any]) -> list[dict[str, Any]]:
    """Organisations and places named in the event's sentences (or the sentence before them) that the rules
    did not make participants: candidates for the participant model, with the type's first role."""
    from kooperacja.schema import EVENT_ROLES

    doc = v.doc
    have = {p.get("entity") for p in ev.get("participants") or []}
    if ev.get("place"):
        have.add(ev["place"])
    sents = sorted(v.evidence_sents(ev))
    if not sents:
        return []
    near = set(sents) | {sents[0] - 1}
    role = EVENT_ROLES.get(ev.get("type", ""), ("party",))[0]
    out = []
    seen: set[str] = set()
    for s in sorted(near):
        if s < 0 or s >= len(doc.sent_span):
            continue
        for n in doc.mentions_in(s):
            m = doc.mentions[n]
            if m.type not in ("organization", "place") or m.entity < 0 or m.entity >= len(doc.entities):
                continue
            eid = doc.entities[m.entity].id
            if eid in have or eid in seen:
                continue
            seen.add(eid)
            out.append({"entity": eid, "role": role})
    return out
