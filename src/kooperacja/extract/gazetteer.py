"""Places from the packaged gazetteers, matched on lemma keys so that any inflected form is found
("w Dąbrowie Górniczej" → "Dąbrowa Górnicza", "z Koreą Południową" → "Korea Południowa")."""

from __future__ import annotations

import csv
import itertools
from dataclasses import dataclass
from functools import cmp_to_key, lru_cache
from importlib import resources

from kooperacja.data.language_data import language_data, on_data_change
from kooperacja.text.morphology import ADJECTIVAL, NOMINAL, Reading, morphology

_KIND_RANK = {"country": 0, "region": 1, "city": 2, "other": 3}
_SOURCE_RANK = {"country": 0, "pl": 1, "region": 2, "city": 3, "other": 4}


@dataclass(frozen=True)
class GazPlace:
    id: str
    name: str
    kind: str  # city | region | country | other
    country: str | None
    lat: float | None
    lon: float | None
    population: int
    source: str  # pl | world | country | region | zone


def word_key(word: str, readings: tuple[Reading, ...]) -> str:
    """The one lemma that stands for a word of a gazetteer name written in the nominative."""
    if "-" in word.strip("-") and all(r.pos == "ign" or "-" in r.lemma for r in readings):
        m = morphology()
        return "-".join(word_key(part, m.analyse(part)) for part in word.split("-"))
    best = None
    for r in readings:
        if r.pos in NOMINAL and "nom" in r.cases and r.geo:
            return r.lemma.lower()
        if best is None and r.pos in ADJECTIVAL and "nom" in r.cases:
            best = r.lemma.lower()
    if best:
        return best
    for r in readings:
        if r.pos in NOMINAL and "nom" in r.cases:
            return r.lemma.lower()
    return word.lower()


@lru_cache(maxsize=1)
def _case_endings() -> tuple[str, ...]:
    """Case endings that Polish adds to a foreign name the dictionary does not know, longest first."""
    return tuple(sorted(language_data("pl").column("name_case_endings"), key=len, reverse=True))


on_data_change(_case_endings.cache_clear)


@lru_cache(maxsize=1)
def _feminine_endings() -> tuple[tuple[str, ...], str]:
    """Endings of the oblique cases of a feminine name ("Żyliny", "Żylinie", "Żylinę"), longest first, and the
    ending of its nominative ("Żylina")."""
    rows = language_data("pl").rows("place_cues")
    oblique = sorted(
        (r["word"] for r in rows if r["use"] == "feminine_oblique_ending"), key=len, reverse=True
    )
    base = next((r["word"] for r in rows if r["use"] == "feminine_base_ending"), "")
    return tuple(oblique), base


on_data_change(_feminine_endings.cache_clear)


def word_keys(word: str, readings: tuple[Reading, ...], first: bool) -> list[str]:
    """The keys a word of a gazetteer name is indexed under: `word_key`, and for a word after the first of a
    name its adjective's lemma ("Ostrów Wielkopolski": "wielkopolski", not the region "Wielkopolska" that the
    form also reads as), and for each part of a hyphenated word the part as written ("Jastrzębie-Zdrój": the
    town, not the village "Jastrzębia")."""
    keys = [word_key(word, readings)]
    if "-" in word.strip("-"):
        m = morphology()
        parts = [
            dict.fromkeys((word_key(part, m.analyse(part)), part.lower())) for part in word.split("-") if part
        ]
        keys.extend("-".join(c) for c in itertools.islice(itertools.product(*parts), 8))
    elif not first:
        keys.extend(r.lemma.lower() for r in readings if r.pos in ADJECTIVAL and "nom" in r.cases)
    return list(dict.fromkeys(keys))


@lru_cache(maxsize=16384)
def _feminine_base(word: str) -> frozenset[str]:
    """The nominative of a capitalised feminine name in an oblique case ("Żyliny" → "żylina"), as a key; once per
    written word (a document repeats its names, and every capitalised word is asked)."""
    if not word[:1].isupper():
        return frozenset()
    low = word.lower()
    oblique, base = _feminine_endings()
    if not base or not low.endswith(oblique):  # one C call rejects most words
        return frozenset()
    ending = next((e for e in oblique if low.endswith(e) and len(low) - len(e) >= 3), None)
    return frozenset((low[: -len(ending)] + base,)) if ending is not None else frozenset()


on_data_change(_feminine_base.cache_clear)


def token_keys(word: str, readings: tuple[Reading, ...]) -> set[str]:
    if word.isupper() and len(word) <= 3:
        return {
            word.lower()
        }  # "USA", "RPA" as written; "MAR" (a regulation's acronym) is no "Mary" in the genitive
    keys = {word.lower()}
    keys.update(r.lemma.lower() for r in readings if r.pos in NOMINAL or r.pos in ADJECTIVAL)
    if word[:1].isupper() and all(r.pos == "ign" for r in readings) and "-" not in word:
        # a foreign name declined the Polish way: "z Göteborga", "w Düsseldorfie" → "göteborg", "düsseldorf"
        low = word.lower()
        keys.update(low[: -len(e)] for e in _case_endings() if low.endswith(e) and len(low) - len(e) >= 4)
    if word[:1].isupper() and "-" not in word:
        # a feminine name in -a in an oblique case: "z Żyliny" → "żylina" (the dictionary reads "Żyliny" as a village)
        keys.update(_feminine_base(word))
    if "-" in word.strip("-"):
        m = morphology()
        parts = []
        for part in word.split("-"):
            rs = m.analyse(part)
            low = part.lower()
            stems = set()
            if part[:1].isupper() and all(r.pos == "ign" for r in rs):  # "ze Lwowa i Iwano-Frankiwska"
                stems = {
                    low[: -len(e)] for e in _case_endings() if low.endswith(e) and len(low) - len(e) >= 4
                }
            parts.append(
                {low}
                | {r.lemma.lower() for r in rs if r.pos in NOMINAL or r.pos in ADJECTIVAL}
                | _feminine_base(part)  # "z Emilii-Romanii" → "emilia-romania"
                | stems
            )
        for combo in itertools.islice(itertools.product(*parts), 16):
            keys.add("-".join(combo))
    return keys


class Gazetteer:
    def __init__(
        self,
        places: list[GazPlace],
        names: list[tuple[str, GazPlace]],
        adjective_names: list[tuple[str, GazPlace]] | None = None,
    ) -> None:
        m = morphology()
        self.index: dict[tuple[str, ...], list[GazPlace]] = {}
        self.max_words = 1
        self.lower_names: set[str] = set()  # names in lower case ("obwód zaporoski"), found by RegionNames
        for name, place in names:
            words = name.replace("–", "-").split()
            if words and words[0].islower():
                self.lower_names.add(name)
            if not words or not words[0][:1].isupper():
                continue
            if len(words) == 1 and "-" in words[0].strip(
                "-"
            ):  # "Czechowice-Dziedzice" is also written with a space
                parts = [p for p in words[0].split("-") if p]
                spaced = [word_keys(w, m.analyse(w), n == 0) for n, w in enumerate(parts)]
                for key in itertools.islice(itertools.product(*spaced), 4):
                    if place not in self.index.setdefault(key, []):
                        self.index[key].append(place)
                self.max_words = max(self.max_words, len(parts))
            options = [word_keys(w, m.analyse(w), n == 0) for n, w in enumerate(words)]
            for key in itertools.islice(itertools.product(*options), 8):
                if place not in self.index.setdefault(key, []):
                    self.index[key].append(place)
                if len(key) > 1:  # "Jelcz Laskowice" is also written "Jelcz-Laskowice"
                    joined = self.index.setdefault(("-".join(key),), [])
                    if place not in joined:
                        joined.append(place)
            self.max_words = max(self.max_words, len(words))
        for plist in self.index.values():
            plist.sort(key=_rank)
            if len(plist) > 1:
                plist.sort(key=cmp_to_key(lambda x, y: -1 if _better(x, y) else 1 if _better(y, x) else 0))
        # the keys of the names' first words: a phrase whose first word has none of them names no place
        self.first_keys = frozenset(k[0] for k in self.index if k)
        # regions named by their adjective alone ("Lubelskie", "w Opolskiem"): the adjective's lemma → region;
        # such aliases are common words, so that only a capitalised word on its own may stand for them
        self.adjective_regions: dict[str, GazPlace] = {}
        self.adjective_forms: dict[str, GazPlace] = {}  # the aliases as written ("lubelskie")
        for name, place in adjective_names or ():
            for r in m.analyse(name):
                if r.pos in ADJECTIVAL and "nom" in r.cases and "n" in r.genders and "sg" in r.numbers:
                    self.adjective_regions.setdefault(r.lemma.lower(), place)
            self.adjective_forms.setdefault(name.lower(), place)

    def lookup(self, keysets: list[set[str]]) -> GazPlace | None:
        """The best place whose name's key matches one choice of lemma per token."""
        if not keysets or self.first_keys.isdisjoint(keysets[0]):
            return None  # most phrases: no name starts with the first word, so no choice below is a key
        best: GazPlace | None = None
        for combo in itertools.islice(itertools.product(*keysets), 64):
            hit = self.index.get(combo)
            if hit and (best is None or _better(hit[0], best)):
                best = hit[0]
        return best


def _rank(p: GazPlace) -> tuple[int, int, int]:
    return (_SOURCE_RANK.get(p.source, 9), _KIND_RANK.get(p.kind, 9), -p.population)


# a foreign city this large, and this many times larger than a Polish town that shares a form with it, is what a
# Polish text means by the form ("z Lipska": Leipzig, not Lipsko)
_LARGE_FOREIGN_CITY = 100_000
_LARGER_BY = 20


def _better(a: GazPlace, b: GazPlace) -> bool:
    for x, y, result in ((a, b, True), (b, a, False)):
        if x.source == "city" and y.source == "pl" and x.kind == y.kind == "city":
            if x.population >= _LARGE_FOREIGN_CITY and x.population >= _LARGER_BY * y.population:
                return result
    return _rank(a) < _rank(b)


def _common(alias: str) -> bool:
    """A one-word alias that is also a common word ("Stolica") would find places that are not there."""
    if " " in alias:
        return False
    return any(r.pos != "ign" and not r.proper for r in morphology().analyse(alias.lower()))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    places: list[GazPlace] = []
    names: list[tuple[str, GazPlace]] = []
    adjective_names: list[tuple[str, GazPlace]] = []
    from kooperacja.text.gazetteer_data import load_places

    for p in load_places():
        pid = str(p.id)
        source = "pl" if p.country == "PL" and p.kind in ("city", "region") else p.kind
        gp = GazPlace(
            pid,
            p.name,
            p.kind,
            p.country,
            p.lat,
            p.lon,
            int(p.population or 0),
            source,
        )
        places.append(gp)
        names.append((p.name, gp))
        for alias in p.aliases or ():
            upper_ok = p.kind == "country" or not alias.isupper()
            if alias and alias[:1].isupper() and upper_ok and not _common(alias):
                names.append((alias, gp))
            elif p.kind == "region" and " " not in alias and alias.islower() and alias in p.name.split():
                adjective_names.append((alias, gp))  # "województwo lubelskie" has the alias "lubelskie"
    return Gazetteer(places, names, adjective_names)


@dataclass(frozen=True)
class GazCompany:
    """A well-known company of data/gazetteer/companies.tsv; `name` is the form the text's words match (the
    row's name or one of its aliases, in the nominative), `canonical` the row's name."""

    name: str
    canonical: str
    subtype: str
    country: str | None


class CompanyIndex:
    """The companies by the lemma keys of their names' words, so that inflected forms match ("Volkswagena",
    "z Toyotą", "Mercedesa-Benza"); names in capitals ("BMW", "PGE") match only as written."""

    def __init__(self, rows: list[dict[str, str]], endings: tuple[str, ...]) -> None:
        self.endings = tuple(sorted(endings, key=len, reverse=True))
        self.index: dict[tuple[str, ...], GazCompany] = {}
        self.exact: dict[tuple[str, ...], GazCompany] = {}
        self.max_words = 1
        for r in rows:
            for name in (r["name"], *filter(None, r["aliases"].split("|"))):
                company = GazCompany(name, r["name"], r["subtype"], r["country"] or None)
                words = tuple(name.split())
                self.max_words = max(self.max_words, len(words))
                if len(words) == 1 and name.replace("-", "").isupper():
                    self.exact.setdefault(words, company)
                else:
                    self.index.setdefault(tuple(w.lower() for w in words), company)
        # the keys of the names' first words: a chunk whose first word has none of them names no company
        self.first_keys = frozenset(k[0] for k in self.index if k)

    def keys(self, word: str, readings: tuple[Reading, ...]) -> set[str]:
        """The forms a capitalised word may stand for: itself, its nominal lemmas, and, for a word the dictionary
        does not know, the word less a case ending ("Samsungiem" → "samsung") or a feminine name's nominative
        ("Lufthansą" → "lufthansa"); hyphenated parts one by one."""
        low = word.lower()
        keys = {low}
        keys.update(r.lemma.lower() for r in readings if r.pos in NOMINAL)
        if all(r.pos == "ign" for r in readings):
            if "-" in low.strip("-"):
                parts = [self._stems(p) for p in low.split("-")]
                keys.update("-".join(c) for c in itertools.islice(itertools.product(*parts), 16))
            else:
                keys |= self._stems(low) | _feminine_base(word)  # "z Lufthansą", "dla Lufthansy": "lufthansa"
        return keys

    def _stems(self, low: str) -> set[str]:
        return {low} | {low[: -len(e)] for e in self.endings if low.endswith(e) and len(low) - len(e) >= 2}

    def lookup(self, words: list[str], keysets: list[set[str]]) -> GazCompany | None:
        """The company whose name the words are, or None."""
        if len(words) > self.max_words:
            return None
        hit = self.exact.get(tuple(words))
        if hit is not None:
            return hit
        for combo in itertools.islice(itertools.product(*keysets), 64):
            hit = self.index.get(combo)
            if hit is not None:
                return hit
        return None


@lru_cache(maxsize=1)
def companies() -> CompanyIndex:
    """The well-known companies of data/gazetteer/companies.tsv, indexed once."""
    text = resources.files("kooperacja.data.gazetteer").joinpath("companies.tsv").read_text(encoding="utf-8")
    rows = list(csv.DictReader(text.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
    return CompanyIndex(rows, tuple(language_data("pl").column("name_case_endings")))


on_data_change(companies.cache_clear)
