"""What a careful reader sees in an organisation's name before comparing it with others.

- an office title that speaks of a unit: "Wójt Gminy Bobrowo" → the unit "Gmina Bobrowo";
- an oblique head: "Gminy Bobrowo" → "Gmina Bobrowo";
- a seat: "Uniwersytet Śląski w Katowicach" is "Uniwersytet Śląski" when one such exists;
- a branch: "Politechnika X w Y Wydział Z" belongs to "Politechnika X w Y";
- a base-form key: per word the first four letters (folded), so that inflected forms of one name
  ("Klaster Morski Pomorza Zachodniego" / "Pomorze Zachodnie", "Mostostalu" / "Mostostal") meet; a
  match on it is confirmed word by word on the morphological lemmas (`same_base`).

The words are data: `data/pl/resolve_words.tsv`.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kooperacja.data.language_data import language_data, on_data_change
from kooperacja.resolve.names import fold, norm
from kooperacja.text.namekeys import CATALOGUE_LANG


@cache
def _seat_pattern() -> re.Pattern[str]:
    """ "<head> w <Place>": a name that ends with its seat (the seat words are data)."""
    words = "|".join(re.escape(w) for w in sorted(_words().get("seat", {})))
    return re.compile(
        rf"^(?P<head>.+?)\s+(?:{words})\s+(?P<seat>[A-ZĄĆĘŁŃÓŚŹŻ][\w\-]+(?:[\s\-]+[A-ZĄĆĘŁŃÓŚŹŻ][\w\-]+)*)$"
    )


def seat_word() -> str:
    """The (first) preposition that introduces a seat: "w"."""
    return min(_words().get("seat", {}))


@cache
def _words() -> dict[str, dict[str, str]]:
    out: dict[str, dict[str, str]] = {}
    for row in language_data(CATALOGUE_LANG).rows("resolve_words"):
        out.setdefault(row["kind"], {})[row["word"].casefold()] = row.get("base") or ""
    return out


def unit_of_title(name: str) -> str | None:
    """The unit an office title names: "Wójt Gminy Bobrowo" → "Gmina Bobrowo"; None otherwise."""
    words = name.split()
    if len(words) < 3:
        return None
    w = _words()
    if words[0].casefold() not in w.get("title", {}):
        return None
    rest = words[1:]
    base = w.get("unit", {}).get(rest[0].casefold())
    if not base:
        return None
    return " ".join([base, *rest[1:]])


def base_head(name: str) -> str | None:
    """An oblique head in its base form: "Gminy Bobrowo" → "Gmina Bobrowo"; None when unchanged."""
    words = name.split()
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    base = _words().get("unit", {}).get(words[0].casefold())
    if not base:
        return None
    return " ".join([base, *words[1:]])


def canonical_name(name: str) -> tuple[str, str] | None:
    """(the name a unit is known by, the rule) when an organisation name is an office title or an
    oblique form of a unit's name; None when the name stands as it is."""
    unit = unit_of_title(name)
    if unit:
        return unit, "office_title"
    head = base_head(name)
    if head:
        return head, "base_form"
    return None


def _distinctive(words: list[str]) -> bool:
    common = _words().get("common", {})
    return any(len(w) > 2 and w not in common and not w.isdigit() for w in words)


def is_generic(name: str) -> bool:
    """A name of generic words only: "Klaster Energii", "Urząd Marszałkowski", "Rada Miasta"."""
    words = norm(name).split()
    return bool(words) and not _distinctive(words)


def seat_stripped(name: str) -> str | None:
    """The name without a final "w <Place>" when what stays can name one institution on its own:
    "Uniwersytet Śląski w Katowicach" → "Uniwersytet Śląski"; "Urząd Marszałkowski w Białymstoku"
    → None (every province has one)."""
    m = _seat_pattern().match(name.strip())
    if not m:
        return None
    head = m.group("head").strip()
    words = norm(head).split()
    if len(words) < 2 or not _distinctive(words):
        return None
    return head


def branch_owner(name: str) -> str | None:
    """The organisation a branch name starts with: "Politechnika X w Y Wydział Z" → "Politechnika X
    w Y"; None when the name names no branch after an organisation."""
    words = name.split()
    branch = _words().get("branch", {})
    for i, w in enumerate(words):
        if i >= 2 and w.casefold() in branch:
            owner = words[:i]
            if owner and owner[-1].casefold() in _words().get("seat", {}):
                owner = owner[:-1]
            if len(owner) >= 2:
                return " ".join(owner)
            return None
    return None


def base_key(name: str) -> str | None:
    """A blocking key of inflected forms of one name: the first four folded letters of each word."""
    words = norm(name).split()
    if not words or (len(words) == 1 and len(words[0]) < 5):
        return None
    return " ".join(fold(w)[:4] for w in words)


@lru_cache(maxsize=100_000)
def _lemmas(word: str) -> frozenset[str]:
    from kooperacja.resolve.lemmas import word_lemmas

    return frozenset(word_lemmas(word))


def same_base(a: str, b: str) -> bool:
    """Two names that differ only in the inflection of their words: as many words, and each pair of
    words shares a morphological lemma (or is equal when folded)."""
    wa, wb = norm(a).split(), norm(b).split()
    if len(wa) != len(wb) or not wa or (len(wa) == 1 and min(len(wa[0]), len(wb[0])) < 5):
        return False
    for x, y in zip(wa, wb, strict=True):
        if fold(x) == fold(y):
            continue
        if not _lemmas(x) & _lemmas(y):
            return False
    return True


# the languages other than the catalogue's whose organisation names the reports may give
OTHER_NAME_LANGS = ("en",)


@cache
def _markers(code: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """(function words, organisation heads) that mark a name as written in language `code`."""
    data = language_data(code)
    return data.words("function_words", lower=True), tuple(sorted(data.column("org_heads", "head")))


def name_language(name: str) -> str:
    """The language a name is written in, as far as its words tell: another language's function
    word or organisation head ("… of …", "… Agency") marks it; otherwise the catalogue's."""
    words = name.casefold().split()
    padded = f" {' '.join(words)} "
    for code in OTHER_NAME_LANGS:
        function, heads = _markers(code)
        if any(w in function for w in words) or any(f" {h} " in padded for h in heads):
            return code
    return CATALOGUE_LANG


on_data_change(_words.cache_clear)
on_data_change(_markers.cache_clear)
on_data_change(_seat_pattern.cache_clear)
