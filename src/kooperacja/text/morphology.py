"""Polish morphology from morfeusz2: readings of a word form, and generation of forms of a lemma.

Morfeusz does no disambiguation: callers choose among readings by agreement (case, number, gender)."""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import Any

import _morfeusz2
import morfeusz2

CASES = ("nom", "gen", "dat", "acc", "inst", "loc", "voc")
_CASES = frozenset(CASES)
_NUMBERS = frozenset(("sg", "pl"))
_GENDERS = frozenset(("m1", "m2", "m3", "f", "n", "n1", "n2", "p1", "p2", "p3"))
NOMINAL = frozenset(("subst", "depr", "ger"))
ADJECTIVAL = frozenset(("adj", "ppas", "pact"))


@dataclass(frozen=True, slots=True)
class Reading:
    lemma: str  # without the ":S"/":A" homonym suffix
    pos: str  # subst, adj, ppas, prep, verb forms (fin, praet, ...), ign for unknown words
    numbers: frozenset[str]
    cases: frozenset[str]
    genders: frozenset[str]
    quals: tuple[str, ...]
    tag: str

    @property
    def proper(self) -> bool:
        return not _PROPER.isdisjoint(self.quals)

    @property
    def geo(self) -> bool:
        return "nazwa_geograficzna" in self.quals

    @property
    def first_name(self) -> bool:
        return "imię" in self.quals

    @property
    def surname(self) -> bool:
        return "nazwisko" in self.quals


_PROPER = frozenset(
    (
        "nazwa_geograficzna",
        "imię",
        "nazwisko",
        "nazwa_organizacji",
        "nazwa_firmy",
        "człon_nazwy_geograficznej",
    )
)


_SET_LEMMA, _SET_POS, _SET_NUMBERS, _SET_CASES, _SET_GENDERS, _SET_QUALS, _SET_TAG = (
    getattr(Reading, f).__set__ for f in Reading.__slots__
)


def _reading(
    lemma: str,
    pos: str,
    numbers: frozenset[str],
    cases: frozenset[str],
    genders: frozenset[str],
    quals: tuple[str, ...],
    tag: str,
) -> Reading:
    """`Reading(...)` without the frozen dataclass's per-field `object.__setattr__` (two thirds of the cost):
    the slots are set directly. For the analyser's inner loop, where most readings of a text are made."""
    r = object.__new__(Reading)
    _SET_LEMMA(r, lemma)
    _SET_POS(r, pos)
    _SET_NUMBERS(r, numbers)
    _SET_CASES(r, cases)
    _SET_GENDERS(r, genders)
    _SET_QUALS(r, quals)
    _SET_TAG(r, tag)
    return r


@lru_cache(maxsize=8192)
def parse_tag(tag: str) -> tuple[str, frozenset[str], frozenset[str], frozenset[str]]:
    """(part of speech, numbers, cases, genders) of a morfeusz tag (memoised: tags are a small set)."""
    parts = tag.split(":")
    numbers: set[str] = set()
    cases: set[str] = set()
    genders: set[str] = set()
    for part in parts[1:]:
        alts = part.split(".")
        if alts[0] in _NUMBERS:
            numbers.update(alts)
        elif alts[0] in _CASES:
            cases.update(alts)
        elif alts[0] in _GENDERS:
            genders.update(alts)
    return parts[0], frozenset(numbers), frozenset(cases), frozenset(genders)


# Direct accessors of morfeusz2's SWIG layer: the high-level wrapper turns every reading into strings
# (tag, name and labels) through several calls each; we read integer ids and resolve each id once.
_INTERPS = morfeusz2.InterpsList
_ANALYSE = _morfeusz2._Morfeusz_analyse
_GENERATE = _morfeusz2._Morfeusz_generate
_CLEAR = _morfeusz2.InterpsList_clear
_ITER = _morfeusz2.InterpsList_iterator
_START = _morfeusz2.MorphInterpretation_startNode_get
_END = _morfeusz2.MorphInterpretation_endNode_get
_ORTH = _morfeusz2.MorphInterpretation__orth_get
_LEMMA = _morfeusz2.MorphInterpretation__lemma_get
_TAG_ID = _morfeusz2.MorphInterpretation_tagId_get
_NAME_ID = _morfeusz2.MorphInterpretation_nameId_get
_NEXT = _morfeusz2.SwigPyIterator___next__
# The SWIG object inside a Python proxy (its "this"): the functions above take it as it is, where a proxy costs
# them a look-up of its "this" on every call
_THIS = attrgetter("this")


def _items(interps: Any) -> list[Any]:
    """The SWIG objects of the readings in a result list (its raw object): its iterator, stepped by the
    iterator's own C function (no Python frame per reading), each reading's object taken out of its proxy."""
    return list(map(_THIS, iter(partial(_NEXT, _ITER(interps).this), None)))


Entry = tuple[tuple[Reading, ...], frozenset[str], frozenset[str]]
"""What the analysis of a text keeps of a word form: its readings, their lower-cased lemmas (`lemma_set`), and
those with the lower-cased form (`keys`)."""

_NEW = object.__new__
_FIRST, _POS_OF, _NUMBERS_OF, _CASES_OF, _GENDERS_OF = (itemgetter(k) for k in range(5))
# (the tag, its part of speech, numbers, cases, genders: the fields of `Morphology._tag`; the first also of a partition)


class _Misaligned(Exception):
    """The readings of a batch of word forms do not fall into the forms as written (never seen; the batch is
    then analysed form by form)."""


def _unknown(word: str) -> Reading:
    """The reading of a form that morfeusz gives no whole-form reading of."""
    return Reading(word, "ign", frozenset(), frozenset(), frozenset(), (), "ign")


def _entry_of(word: str, readings: tuple[Reading, ...]) -> Entry:
    """(readings, `lemma_set`, `keys`) of a word form with these readings."""
    lemmas = frozenset([r.lemma.lower() for r in readings])
    return (readings, lemmas, lemmas.union((word.lower(),)))


CACHE_SIZE = 500_000
"""Word forms (and lemmas for generation) kept by one analyser; the cache is emptied when it is full."""


class Morphology:
    """A cached morfeusz2 analyser and generator.

    Each distinct word form is analysed once per process (a bounded cache shared by all documents), each
    lemma generated once, and each inflection request answered once."""

    def __init__(self, cache_size: int = CACHE_SIZE) -> None:
        self._m = morfeusz2.Morfeusz(expand_tags=False)
        self._obj = self._m._morfeusz_obj
        self._ids = self._obj.getIdResolver()
        self._interps = _INTERPS()
        self._raw_obj, self._raw_interps = self._obj.this, self._interps.this  # their SWIG objects (`_THIS`)
        self._lock = threading.Lock()
        self.cache_size = cache_size
        self._cache: dict[str, tuple[Reading, ...]] = {}
        self._gen_cache: dict[str, tuple[tuple[str, str], ...]] = {}
        self._lemma_sets: dict[str, frozenset[str]] = {}
        self._keys: dict[str, frozenset[str]] = {}
        self._entries: dict[str, tuple[tuple[Reading, ...], frozenset[str], frozenset[str]]] = {}
        self._inflect_cache: dict[tuple[str, str, str, str, str | None, str], str | None] = {}
        self._tags: dict[int, tuple[str, str, frozenset[str], frozenset[str], frozenset[str]]] = {}
        self._names: dict[int, tuple[str, ...]] = {}
        self._readings: dict[tuple[str, int, int], Reading] = {}

    def _tag(self, tag_id: int) -> tuple[str, str, frozenset[str], frozenset[str], frozenset[str]]:
        hit = self._tags.get(tag_id)
        if hit is None:
            tag = self._ids.getTag(tag_id)
            hit = self._tags[tag_id] = (tag, *parse_tag(tag))
        return hit

    def _name(self, name_id: int) -> tuple[str, ...]:
        hit = self._names.get(name_id)
        if hit is None:
            name = self._ids.getName(name_id)
            hit = self._names[name_id] = tuple(name.split("|")) if name else ()
        return hit

    def _raw(self, word: str) -> list[tuple[str, int, int]]:
        """(lemma, tag id, name id) of the whole-word readings of `word`."""
        # one result list reused (creating it costs as much as a short analysis); a second thread that
        # finds it in use makes its own
        shared = self._lock.acquire(blocking=False)
        own = None if shared else _INTERPS()
        interps = self._raw_interps if own is None else own.this
        try:
            _ANALYSE(self._raw_obj, word, interps)
            items = _items(interps)  # the list's iterator: cheaper per reading than indexing
            if not items:
                return []
            if _START(items[-1]) != 0:
                # a word that morfeusz splits (agglutinates): keep whole-word readings only. The readings come
                # ordered by start node, so when the last one starts the word, all do and all end it.
                ends = list(map(_END, items))
                last = max(ends)
                items = [
                    i for i, s, e in zip(items, map(_START, items), ends, strict=True) if s == 0 and e == last
                ]
            return list(zip(map(_LEMMA, items), map(_TAG_ID, items), map(_NAME_ID, items), strict=True))
        except Exception:  # pragma: no cover - morfeusz raises on odd input
            return []
        finally:
            if shared:
                _CLEAR(interps)
                self._lock.release()

    def analyse(self, word: str) -> tuple[Reading, ...]:
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        if "–" in word:
            result = self.analyse(word.replace("–", "-"))
            self._store(word, result)
            return result
        get = self._readings.get
        readings = [get(key) or self._new_reading(key) for key in self._raw(word)]
        if not readings and "-" in word.strip("-"):
            prefix, _, last = word.rpartition("-")
            for r in self.analyse(last):
                if r.pos != "ign":
                    readings.append(
                        Reading(f"{prefix}-{r.lemma}", r.pos, r.numbers, r.cases, r.genders, r.quals, r.tag)
                    )
        if not readings:
            readings.append(_unknown(word))
        result = tuple(readings)
        self._store(word, result)
        return result

    def _new_reading(self, key: tuple[str, int, int]) -> Reading:
        """The reading of (lemma, tag id, name id), kept for the next word form that has it."""
        lemma, tag_id, name_id = key
        tag, pos, numbers, cases, genders = self._tags.get(tag_id) or self._tag(tag_id)
        quals = self._names.get(name_id)
        if quals is None:
            quals = self._name(name_id)
        r = _reading(lemma.split(":")[0] if ":" in lemma else lemma, pos, numbers, cases, genders, quals, tag)
        if len(self._readings) < self.cache_size:
            self._readings[key] = r
        return r

    def _store(self, word: str, result: tuple[Reading, ...]) -> None:
        if len(self._cache) >= self.cache_size:
            self._cache.clear()
        self._cache[word] = result

    def lemma_set(self, word: str) -> frozenset[str]:
        """The lower-cased lemmas of all readings of `word` (cached per word form)."""
        hit = self._lemma_sets.get(word)
        if hit is None:
            hit = frozenset(r.lemma.lower() for r in self.analyse(word))
            if len(self._lemma_sets) >= self.cache_size:
                self._lemma_sets.clear()
            self._lemma_sets[word] = hit
        return hit

    def entry(self, word: str) -> tuple[tuple[Reading, ...], frozenset[str], frozenset[str]]:
        """(readings, `lemma_set`, `keys`) of `word`: what the analysis of a text keeps of each word form,
        in one look-up (cached per word form)."""
        hit = self._entries.get(word)
        if hit is None:
            readings = self._cache.get(word) or self.analyse(word)
            lemmas = frozenset([r.lemma.lower() for r in readings])  # as `lemma_set`
            hit = (readings, lemmas, lemmas | {word.lower()})  # as `keys`
            if len(self._entries) >= self.cache_size:
                self._entries.clear()
            self._entries[word] = hit
        return hit

    def entries(self, words: Sequence[str]) -> list[Entry]:
        """`entry` of each of `words` (distinct word forms), with the forms not analysed before analysed by one
        call of Morfeusz on all of them, space-separated, and their readings made together, field by field in C
        (`_batch`), instead of one call and one Python frame per reading per form. The same readings as
        `analyse`; the forms are kept in its cache."""
        found = list(map(self._cache.get, words))
        if None not in found:
            return list(map(_entry_of, words, found))
        todo = [w for w, r in zip(words, found, strict=True) if r is None]
        made = dict(zip(todo, self._batch(todo), strict=True))
        return [made[w] if r is None else _entry_of(w, r) for w, r in zip(words, found, strict=True)]

    def _batch(self, words: list[str]) -> list[Entry]:
        """The entries of `words` (distinct, none in the cache), their readings stored in the cache. Morfeusz
        analyses the forms joined by spaces; a space makes no node of its graph, so the readings of each form are the run of readings from the node where the one before ended, to the node
        where the form's text is used up (the written forms of one path through its segments, counted)."""
        if len(words) == 1:
            return [_entry_of(words[0], self.analyse(words[0]))]
        if "" in words:  # no text, no segment to count: analysed alone
            made = dict(zip(rest := [w for w in words if w], self._batch(rest), strict=True))
            made[""] = _entry_of("", self.analyse(""))
            return [made[w] for w in words]
        text = " ".join(words)
        if "–" in text:
            text = text.replace("–", "-")  # as `analyse` (the same length)
        shared = self._lock.acquire(blocking=False)
        own = None if shared else _INTERPS()
        interps = self._raw_interps if own is None else own.this
        try:
            _ANALYSE(self._raw_obj, text, interps)
            items = _items(interps)
            starts = list(map(_START, items))
            ends = list(map(_END, items))
            n = len(items)
            if starts != sorted(starts):
                raise _Misaligned
            spans: list[tuple[int, int, int, int]] = []  # (first reading, end reading, first node, last node)
            lo = node = 0
            for w in words:
                size, first, used, j = len(w), node, 0, lo
                while used < size:
                    if j >= n or starts[j] != node:
                        raise _Misaligned
                    used += len(_ORTH(items[j]))
                    node = ends[j]
                    j = bisect_left(starts, node, j)
                if used != size:
                    raise _Misaligned
                spans.append((lo, j, first, node))
                lo = j
            if lo != n:
                raise _Misaligned
            lemmas = list(map(_LEMMA, items))
            tag_ids = list(map(_TAG_ID, items))
            name_ids = list(map(_NAME_ID, items))
        except Exception:  # pragma: no cover - morfeusz raises on odd input; a batch that does not align
            spans = []
        finally:
            if shared:
                _CLEAR(interps)
                self._lock.release()
        if not spans:  # pragma: no cover
            return [_entry_of(w, self.analyse(w)) for w in words]
        lemmas = list(map(_FIRST, map(str.partition, lemmas, repeat(":"))))  # without the homonym mark
        readings = tuple(self._make_readings(lemmas, tag_ids, name_ids))  # a slice of it is a form's readings
        lowered = list(map(str.lower, lemmas))
        cache = self._cache
        if len(cache) + len(words) > self.cache_size:
            cache.clear()
        out: list[Entry] = []
        hyphenated: list[int] = []
        for w, (lo, hi, first, last) in zip(words, spans, strict=True):
            if starts[hi - 1] == first:  # every reading starts the word, so each ends it (as in `_raw`)
                got, lemma_set = readings[lo:hi], frozenset(lowered[lo:hi])
            else:  # a form that morfeusz splits: whole-form readings only
                keep = [k for k in range(lo, hi) if starts[k] == first and ends[k] == last]
                got, lemma_set = tuple([readings[k] for k in keep]), frozenset([lowered[k] for k in keep])
            if not got:  # no whole-form reading: the hyphen and unknown-word rules of `analyse`
                plain = w.replace("–", "-") if "–" in w else w
                if "-" in plain.strip("-"):
                    hyphenated.append(len(out))
                    out.append(((), lemma_set, lemma_set))  # made below
                    continue
                got, lemma_set = (_unknown(plain),), frozenset((plain.lower(),))
            cache[w] = got
            out.append((got, lemma_set, lemma_set.union((w.lower(),))))
        if hyphenated:
            self._hyphenated(words, hyphenated, out)
        return out

    def _hyphenated(self, words: list[str], at: list[int], out: list[Entry]) -> None:
        """The entries of the hyphenated forms at `at` in `words` that morfeusz reads no whole reading of, put in
        `out`: as `analyse`, the readings of the last part (the parts analysed together, as one batch) with the
        part before the last hyphen put in front of their lemmas."""
        parts = [(w.replace("–", "-") if "–" in w else w).rpartition("-") for w in (words[k] for k in at)]
        lasts = list(dict.fromkeys(last for _prefix, _sep, last in parts))
        analysed = dict(zip(lasts, (e[0] for e in self.entries(lasts)), strict=True))
        for k, (prefix, _sep, last) in zip(at, parts, strict=True):
            w = words[k]
            got = tuple(
                [
                    _reading(f"{prefix}-{r.lemma}", r.pos, r.numbers, r.cases, r.genders, r.quals, r.tag)
                    for r in analysed[last]
                    if r.pos != "ign"
                ]
            ) or (_unknown(f"{prefix}-{last}"),)
            self._store(w, got)
            out[k] = _entry_of(w, got)

    def _make_readings(self, lemmas: list[str], tag_ids: list[int], name_ids: list[int]) -> list[Reading]:
        """The readings of (lemma without its homonym mark, tag id, name id) triples, as `_new_reading` makes one,
        made field by field over the whole list (each setter mapped in C: no Python frame per reading)."""
        tags, names = self._tags, self._names
        try:
            info = list(map(tags.__getitem__, tag_ids))
            quals = list(map(names.__getitem__, name_ids))
        except KeyError:  # a tag or a name not met before (the tagset's are resolved as they come)
            for t in set(tag_ids).difference(tags):
                self._tag(t)
            for x in set(name_ids).difference(names):
                self._name(x)
            info = list(map(tags.__getitem__, tag_ids))
            quals = list(map(names.__getitem__, name_ids))
        made = list(map(_NEW, repeat(Reading, len(lemmas))))
        for setter, values in (
            (_SET_LEMMA, lemmas),
            (_SET_POS, map(_POS_OF, info)),
            (_SET_NUMBERS, map(_NUMBERS_OF, info)),
            (_SET_CASES, map(_CASES_OF, info)),
            (_SET_GENDERS, map(_GENDERS_OF, info)),
            (_SET_QUALS, quals),
            (_SET_TAG, map(_FIRST, info)),
        ):
            deque(map(setter, made, values), maxlen=0)
        return made

    def keys(self, word: str) -> frozenset[str]:
        """The lower-cased word with its lemmas: what lexicon look-ups match a word by (cached)."""
        hit = self._keys.get(word)
        if hit is None:
            hit = self.lemma_set(word) | {word.lower()}
            if len(self._keys) >= self.cache_size:
                self._keys.clear()
            self._keys[word] = hit
        return hit

    def forms(self, lemma: str) -> tuple[tuple[str, str], ...]:
        """All (form, tag) pairs of a lemma."""
        hit = self._gen_cache.get(lemma)
        if hit is not None:
            return hit
        shared = self._lock.acquire(blocking=False)
        own = None if shared else _INTERPS()
        interps = self._raw_interps if own is None else own.this
        try:
            _GENERATE(self._raw_obj, lemma, interps)
            items = _items(interps)  # as in `_raw`
            tags = self._tags
            names = [(tags.get(t) or self._tag(t))[0] for t in map(_TAG_ID, items)]
            result = tuple(
                [(orth, tag) for orth, tag in zip(map(_ORTH, items), names, strict=True) if tag != "ign"]
            )
        except Exception:  # pragma: no cover
            result = ()
        finally:
            if shared:
                _CLEAR(interps)
                self._lock.release()
        if len(self._gen_cache) >= self.cache_size:
            self._gen_cache.clear()
        self._gen_cache[lemma] = result
        return result

    def inflect(
        self, lemma: str, pos: str, number: str, case: str, gender: str | None, degree: str = "pos"
    ) -> str | None:
        """The form of `lemma` with the given features (and degree, for adjectives), or None."""
        key = (lemma, pos, number, case, gender, degree)
        cache = self._inflect_cache
        if key in cache:
            return cache[key]
        result = self._inflect(lemma, pos, number, case, gender, degree)
        if len(cache) >= self.cache_size:
            cache.clear()
        cache[key] = result
        return result

    def _inflect(
        self, lemma: str, pos: str, number: str, case: str, gender: str | None, degree: str
    ) -> str | None:
        if "-" in lemma.strip("-") and all(tag == "ign" for _, tag in self.forms(lemma)):
            prefix, _, last = lemma.rpartition("-")
            form = self.inflect(last, pos, number, case, gender, degree)
            return f"{prefix}-{form}" if form else None
        best: str | None = None
        best_rank = 9
        for orth, tag in self.forms(lemma):
            p, nums, cases, gens = parse_tag(tag)
            if p != pos or number not in nums or case not in cases:
                continue
            if pos == "adj" and not tag.endswith(":" + degree):
                continue
            if gender and gens and gender not in gens:
                continue
            rank = 1 if ":neg" in tag or ":ncol" in tag else 0
            if rank < best_rank or (rank == best_rank and best is not None and len(orth) < len(best)):
                best, best_rank = orth, rank
        return best


@lru_cache(maxsize=1)
def morphology() -> Morphology:
    return Morphology()
