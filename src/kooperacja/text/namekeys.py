"""Name keys: the one module that turns an organisation's name into the keys names are compared by.

Both the grouping of mentions inside one document (``extract/entities.py``) and the comparison of
names across documents (``resolve/``) read their keys here: legal forms stripped, quotes and
punctuation removed, abbreviations expanded, initials and acronym keys. The words and forms are data
of the language (``data/<lang>/legal_form_patterns.tsv``, ``name_connectors.tsv``,
``name_expansions.tsv``, ``name_lead_words.tsv``), read through ``language_data``.

The two uses differ where they were tuned apart, and say so by name: ``norm_name``/``document_initials``
/``document_acronym_key`` for one document; ``norm``/``initials``/``acronym_key`` across documents (the
resolver compares every report's names in the catalogue's language, ``CATALOGUE_LANG``). The data files
mark which rows belong to which use.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from kooperacja.data.language_data import language_data, on_data_change
from kooperacja.text.tokens import QUOTES

CATALOGUE_LANG = "pl"
"""The language whose data the cross-document keys use (the graph's names are compared in it)."""

_QUOTES = QUOTES
_DASHES = "‐‑‒–—―−"
_PUNCT_RE = re.compile(r"[\"'„”“«»‘’`]")
_NOT_WORD_OR_AMP = re.compile(r"[^\w&]")
_SPACE_RUN = re.compile(r"\s+")
_NONWORD = re.compile(r"[^\w&]+")


@dataclass(frozen=True)
class _Keys:
    legal_document: re.Pattern[str]
    # the last legal form alone, and how far from the end it can start: a name where it is not found there has
    # nothing for `legal_document` to strip (see `_strip_document_legal`)
    legal_document_last: re.Pattern[str]
    legal_document_reach: int
    legal_resolve: re.Pattern[str]
    skip_document: frozenset[str]  # connector words left out of a name's initials, per use
    skip_resolve: frozenset[str]
    acronym_lower: frozenset[str]  # words that acronyms keep in lower case ("PAIiIZ")
    expansions: dict[str, str]
    lead: re.Pattern[str] | None  # an article or a possessive before a name ("The …", "Poland's …")


@cache
def _keys(lang: str) -> _Keys:
    data = language_data(lang)
    legal = data.rows("legal_form_patterns")
    document = "|".join(r["pattern"] for r in legal if r["document"] == "yes")
    resolve = "|".join(r["pattern"] for r in legal if r["resolve"] == "yes")
    connectors = data.rows("name_connectors")
    lead = None
    if data.has("name_lead_words"):
        rows = data.rows("name_lead_words")
        articles = "|".join(r["word"] for r in rows if r["kind"] == "article")
        owners = "|".join(r["word"] for r in rows if r["kind"] == "possessive")
        lead = re.compile(rf"^\s*(?:(?:{articles})\s+|(?:{owners})['’]s\s+)(?=\S+\s+\S)")
    return _Keys(
        legal_document=re.compile(rf"\s*(,?\s*\b({document}))+$", re.IGNORECASE),
        legal_document_last=re.compile(rf"\b(?:{document})$", re.IGNORECASE),
        legal_document_reach=_widest(document) + 1,  # "+ 1": `$` also matches before a final line break
        legal_resolve=re.compile(rf"(?:\s|,)+(?:{resolve})\s*$", re.IGNORECASE),
        skip_document=frozenset(r["word"] for r in connectors if r["initials"] in ("both", "document")),
        skip_resolve=frozenset(r["word"] for r in connectors if r["initials"] in ("both", "resolve")),
        acronym_lower=frozenset(r["word"] for r in connectors if r["acronym"] == "yes"),
        expansions=data.mapping("name_expansions", "short", "expansion"),
        lead=lead,
    )


def _widest(pattern: str) -> int:
    """The most characters `pattern` can match (case-blind matching keeps one character for one); a large
    number when that is unbounded or cannot be read."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        return int(_parser.parse(f"(?:{pattern})", re.IGNORECASE).getwidth()[1])
    except Exception:  # noqa: BLE001  # another Python's parser: search the whole name
        return 1 << 30


def _strip_document_legal(keys: _Keys, s: str) -> str:
    """`keys.legal_document.sub("", s)`: the trailing legal forms removed. Each match of that expression ends
    with one legal form at the end of the name, so a name where the last form is not found within its reach of
    the end is returned as it is, after a search of its last characters instead of the expression's search
    from every character (the same result: tests/text/test_namekeys_speedd.py)."""
    if keys.legal_document_last.search(s, max(0, len(s) - keys.legal_document_reach)) is None:
        return s
    return keys.legal_document.sub("", s)


# ------------------------------------------------------------------------------ within one document


@lru_cache(maxsize=65536)
def norm_name(name: str, lang: str = CATALOGUE_LANG) -> str:
    """The key mentions of one document are grouped by: legal form, quotes and punctuation dropped,
    case folded ("Nowak Okna Sp. z o.o." → "nowak okna")."""
    s = unicodedata.normalize("NFC", name)
    s = _PUNCT_RE.sub("", s)
    s = _strip_document_legal(_keys(lang), s)
    s = _NONWORD.sub(" ", s.casefold())
    return _SPACE_RUN.sub(" ", s).strip()


@lru_cache(maxsize=65536)
def strip_document_legal(name: str, lang: str = CATALOGUE_LANG) -> str:
    return _strip_document_legal(_keys(lang), name).strip()


@lru_cache(maxsize=65536)
def document_initials(name: str, lang: str = CATALOGUE_LANG) -> frozenset[str]:
    """Acronyms a full name may be shortened to in the same text: all initials, and the initials
    without connector words ("Agencja Rozwoju i Promocji" → "arip", "arp")."""
    words = re.findall(r"[^\W\d_]+|&", strip_document_legal(name, lang))
    skip = _keys(lang).skip_document
    full = "".join(w[0] for w in words).casefold()
    main = "".join(w[0] for w in words if w.lower() not in skip).casefold()
    return frozenset((full, main))


def document_acronym_key(text: str) -> str:
    return _NOT_WORD_OR_AMP.sub("", text).casefold()


def expand_abbreviations(key: str, lang: str = CATALOGUE_LANG) -> str | None:
    """A normalised name with its abbreviations written out ("wałbrzyska sse" → "wałbrzyska specjalna
    strefa ekonomiczna"); None when it has none (or is the abbreviation alone)."""
    words = key.split()
    expansions = _keys(lang).expansions
    if len(words) < 2 or not any(w in expansions for w in words):
        return None
    return " ".join(expansions.get(w, w) for w in words)


# ----------------------------------------------------------------------------- across documents


# quotes removed and dashes made hyphens, in one translation table
_UNQUOTE_UNDASH = {ord(c): None for c in _QUOTES} | {ord(c): "-" for c in _DASHES}


@lru_cache(maxsize=100_000)
def clean(name: str) -> str:
    """NFC, quotes removed, dashes unified, spaces collapsed (case kept)."""
    s = unicodedata.normalize("NFC", name)
    s = s.translate(_UNQUOTE_UNDASH)
    return " ".join(s.split())


@lru_cache(maxsize=100_000)
def strip_legal(name: str) -> str:
    s = clean(name)
    legal = _keys(CATALOGUE_LANG).legal_resolve
    while True:
        t = legal.sub("", s).strip(" ,")
        if t == s or not t:
            return s
        s = t


def _drop_lead(name: str) -> str:
    lead = _keys(CATALOGUE_LANG).lead
    if lead is None:
        return name
    return lead.sub("", lead.sub("", name, count=1), count=1)


@lru_cache(maxsize=100_000)
def norm(name: str) -> str:
    """The comparison key of a full name: legal forms, quotes, punctuation and case removed,
    abbreviations expanded, a leading article or possessive ("The …", "Poland’s …") dropped."""
    s = strip_legal(_drop_lead(name)).casefold()
    words = [w for w in _NONWORD.sub(" ", s.replace("&", " & ")).split() if w != "&"]
    if len(words) > 1:
        expansions = _keys(CATALOGUE_LANG).expansions
        words = [(expansions.get(w) or w) for w in words]
    return " ".join(words)


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Lower case without diacritics (ł → l), for search tokens and loose keys."""
    s = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l"))
    return "".join(c for c in s if not unicodedata.combining(c))


_ACRONYM = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻ0-9&\-. ]{2,16}$")
_ACRONYM_MIXED = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻa-z0-9&\-.]{3,16}$")


def is_acronym(name: str) -> bool:
    """ "KSSE", "SA&AM", "K-SSEMP", "ŁSSE", "W-M SSE": short, upper-case, at least two capitals."""
    s = strip_legal(name).strip()
    if not _ACRONYM.match(s) and not _ACRONYM_MIXED.match(s):
        return False
    if " " in s and len(s.split()) > 2:
        return False
    letters = [c for c in s if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return True
    # acronyms that keep a conjunction or preposition in lower case: "PAIiIZ", "MRPiT", "ARiMR"
    lower = _keys(CATALOGUE_LANG).acronym_lower
    return (
        " " not in s
        and sum(c.isupper() for c in letters) >= 3
        and all(c.isupper() or c in lower for c in letters)
        and not any(a in lower and b in lower for a, b in zip(s, s[1:], strict=False))
    )


def acronym_key(name: str) -> str:
    return "".join(c for c in strip_legal(name) if c.isalnum()).upper()


@lru_cache(maxsize=100_000)
def initials(name: str) -> set[str]:
    """Acronyms a full name gives: initials of its words (hyphenated parts once each or together)."""
    s = strip_legal(name)
    keys = _keys(CATALOGUE_LANG)
    words = [w for w in re.split(r"[\s/]+", s) if w and w.casefold() not in keys.skip_resolve]
    words = [w for w in words if any(c.isalpha() for c in w)]
    if len(words) < 2:
        return set()
    split_parts = "".join("".join(p[0] for p in w.split("-") if p and p[0].isalpha()) for w in words)
    whole = "".join(next((c for c in w if c.isalpha()), "") for w in words)
    out = {k.upper() for k in (split_parts, whole) if len(k) >= 2}
    # acronyms that keep the lower-case conjunction: "Fundusz Wsparcia i Rozwoju" → FWiR (keyed FWIR)
    every = [w for w in re.split(r"[\s/]+", s) if w and any(c.isalpha() for c in w)]
    if len(every) > len(words) and any(w in keys.acronym_lower for w in every):
        withc = "".join(next((c for c in w if c.isalpha()), "") for w in every)
        if len(withc) >= 3:
            out.add(withc.upper())
    return out


def keys(name: str, aliases: list[str] | tuple[str, ...] = ()) -> tuple[set[str], set[str]]:
    """(full-name keys, acronym keys) of an entity's name and aliases."""
    full: set[str] = set()
    acr: set[str] = set()
    for n in [name, *aliases]:
        if not n or not n.strip():
            continue
        if is_acronym(n):
            acr.add(acronym_key(n))
        else:
            k = norm(n)
            if k:
                full.add(k)
    return full, acr


for _cached in (_keys, norm_name, strip_document_legal, document_initials, strip_legal, norm, initials):
    on_data_change(_cached.cache_clear)
