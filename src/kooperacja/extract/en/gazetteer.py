"""Places for English text: the packaged gazetteers (Polish base names and their aliases) plus English
exonyms of ``data/gazetteer/aliases_en.tsv`` and English country names
(``countries_en.tsv``, from CLDR), looked up on folded keys (English does not inflect names, and
"Lodz" is "Łódź" with the diacritics folded)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from kooperacja.extract.en.names_key import fold_key

_KIND_RANK = {"country": 0, "region": 1, "city": 2, "other": 3}


@dataclass(frozen=True)
class EnPlace:
    id: str
    name: str  # the gazetteer's (Polish) base name
    kind: str  # city | region | country | other
    country: str | None
    rank: tuple[int, int, int]


def _common_word(alias: str) -> bool:
    """A one-word alias that is an English common noun ("Data", "Nice") would find places that are not there."""
    if " " in alias.strip():
        return False
    from kooperacja.text.morphology_en import english_morphology

    m = english_morphology()
    word = alias.lower()
    return m.known(word) and m.lemma(word)[:1].islower()


class EnGazetteer:
    def __init__(self) -> None:
        from kooperacja.data import read_tsv
        from kooperacja.text.gazetteer_data import load_places

        self.index: dict[str, EnPlace] = {}
        # keys whose every alias is written in capitals ("US", "UAE"): "About Us" names no country
        self.caps_only: set[str] = set()
        self._written_low: set[str] = set()
        by_id: dict[str, EnPlace] = {}
        for p in load_places():
            pl = p.country == "PL" and p.kind in ("city", "region")
            source = 0 if p.kind == "country" else 1 if pl else 2
            place = EnPlace(
                str(p.id),
                p.name,
                p.kind,
                p.country,
                (source, _KIND_RANK.get(p.kind, 9), -int(p.population or 0)),
            )
            by_id[place.id] = place
            for alias in (p.name, *(p.aliases or ())):
                if alias and alias[:1].isupper() and (p.kind == "country" or not alias.isupper()):
                    self._add(alias, place, check=p.kind != "country")
        self.country_names: dict[str, str] = {}  # ISO code -> English name (CLDR)
        for row in read_tsv("gazetteer/countries_en.tsv"):
            self.country_names.setdefault(row["id"].split(":", 1)[1], row["alias"])
        for row in (*read_tsv("gazetteer/countries_en.tsv"), *read_tsv("gazetteer/aliases_en.tsv")):
            hit = by_id.get(row["id"])
            if hit is not None:
                self._add(row["alias"], hit, check=False, force=True)
        self.max_words = max((k.count(" ") + 1 for k in self.index), default=1)

    def _add(self, alias: str, place: EnPlace, check: bool, force: bool = False) -> None:
        key = fold_key(alias)
        if not key:
            return
        old = self.index.get(key)
        if old is not None and not force and old.rank <= place.rank:
            return
        if check and _common_word(key):
            return
        self.index[key] = place
        if alias.isupper() and key not in self._written_low:
            self.caps_only.add(key)
        else:
            self._written_low.add(key)
            self.caps_only.discard(key)

    def lookup(self, name: str) -> EnPlace | None:
        key = fold_key(name)
        if key in self.caps_only and not name.isupper():
            return None
        return self.index.get(key)


@lru_cache(maxsize=1)
def en_gazetteer() -> EnGazetteer:
    return EnGazetteer()
