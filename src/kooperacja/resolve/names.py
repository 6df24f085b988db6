"""Name keys for resolution: normalised names, legal forms, acronyms and initials."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_QUOTES = "\"'„”“‟«»‚‘’`´"
_DASHES = "‐‑‒–—―−"
_LEGAL = re.compile(
    r"(?:\s|,)+(?:s\.?\s?a\.?|sp\.?\s*z\s*o\.?\s*o\.?|sp[óo]łka\s+z\s+o\.?\s*o\.?|"
    r"sp[óo]łka\s+z\s+ograniczon[ąa]\s+odpowiedzialno[śs]ci[ąa]|sp[óo]łka\s+akcyjna|sp\.?\s*k\.?|sp\.?\s*j\.?|"
    r"gmbh|ltd\.?|limited|inc\.?|ag|se|llc|plc|s\.?r\.?o\.?|s\.?r\.?l\.?|co\.?|corp\.?|n\.?v\.?|b\.?v\.?|s\.?p\.?a\.?)\s*$",
    re.IGNORECASE,
)
_NONWORD = re.compile(r"[^\w&]+")
# abbreviations written inside longer names, expanded so that "Katowicka SSE" keys as the full name
_EXPAND = {"sse": "specjalna strefa ekonomiczna", "ssse": None}
_FUNCTION = frozenset(
    "i w z we na do dla oraz od im. im and of the for der die das und de la le du des et".split()
)
_ACRONYM = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻ0-9&\-. ]{2,16}$")
_ACRONYM_MIXED = re.compile(r"^[A-ZĄĆĘŁŃÓŚŹŻa-z0-9&\-.]{3,16}$")
_ACRONYM_LOWER = frozenset("iwzo")


@lru_cache(maxsize=100_000)
def clean(name: str) -> str:
    """NFC, quotes removed, dashes unified, spaces collapsed (case kept)."""
    s = unicodedata.normalize("NFC", name)
    s = s.translate({ord(c): None for c in _QUOTES}).translate({ord(c): "-" for c in _DASHES})
    return " ".join(s.split())


@lru_cache(maxsize=100_000)
def strip_legal(name: str) -> str:
    s = clean(name)
    while True:
        t = _LEGAL.sub("", s).strip(" ,")
        if t == s or not t:
            return s
        s = t


# an English article or a possessive country before a name: "The Suez Canal Economic Zone",
# "Poland’s Katowice Special Economic Zone", "Egypt's …" (the name itself follows)
_COUNTRIES_EN = (
    "Poland|Egypt|China|Brazil|Germany|France|Italy|Spain|Ukraine|Japan|Korea|India|Turkey|Israel|"
    "Vietnam|Morocco|Nigeria|Kenya|Mexico|Canada|America|Britain|Ireland|Sweden|Norway|Finland|"
    "Denmark|Austria|Hungary|Czechia|Slovakia|Lithuania|Latvia|Estonia|Romania|Bulgaria|Greece|"
    "Portugal|Belgium|Netherlands|Switzerland|Taiwan|Singapore|Indonesia|Australia|Europe|Africa|Asia"
)
_LEAD = re.compile(rf"^\s*(?:[Tt]he\s+|(?:{_COUNTRIES_EN})['’]s\s+)(?=\S+\s+\S)")


@lru_cache(maxsize=100_000)
def norm(name: str) -> str:
    """The comparison key of a full name: legal forms, quotes, punctuation and case removed, SSE
    expanded, a leading English article or possessive ("The …", "Poland’s …") dropped."""
    s = strip_legal(_LEAD.sub("", _LEAD.sub("", name, count=1), count=1)).casefold()
    words = [w for w in _NONWORD.sub(" ", s.replace("&", " & ")).split() if w != "&"]
    if len(words) > 1:
        words = [(_EXPAND.get(w) or w) for w in words]
    return " ".join(words)


@lru_cache(maxsize=100_000)
def fold(text: str) -> str:
    """Lower case without diacritics (ł → l), for search tokens and loose keys."""
    s = unicodedata.normalize("NFKD", text.casefold().replace("ł", "l"))
    return "".join(c for c in s if not unicodedata.combining(c))


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
    # Polish acronyms keep a conjunction or preposition in lower case: "PAIiIZ", "MRPiT", "ARiMR"
    return (
        " " not in s
        and sum(c.isupper() for c in letters) >= 3
        and all(c.isupper() or c in _ACRONYM_LOWER for c in letters)
        and not any(a in _ACRONYM_LOWER and b in _ACRONYM_LOWER for a, b in zip(s, s[1:], strict=False))
    )


def acronym_key(name: str) -> str:
    return "".join(c for c in strip_legal(name) if c.isalnum()).upper()


@lru_cache(maxsize=100_000)
def initials(name: str) -> set[str]:
    """Acronyms a full name gives: initials of its words (hyphenated parts once each or together)."""
    s = strip_legal(name)
    words = [w for w in re.split(r"[\s/]+", s) if w and w.casefold() not in _FUNCTION]
    words = [w for w in words if any(c.isalpha() for c in w)]
    if len(words) < 2:
        return set()
    split_parts = "".join("".join(p[0] for p in w.split("-") if p and p[0].isalpha()) for w in words)
    whole = "".join(next((c for c in w if c.isalpha()), "") for w in words)
    out = {k.upper() for k in (split_parts, whole) if len(k) >= 2}
    # Polish acronyms that keep the conjunction: "Polska Agencja Informacji i Inwestycji
    # Zagranicznych" → PAIiIZ (keyed as PAIIIZ)
    every = [w for w in re.split(r"[\s/]+", s) if w and any(c.isalpha() for c in w)]
    if len(every) > len(words) and any(w in ("i", "w", "z", "o") for w in every):
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


def distinguishing_stems(name: str, others: list[str]) -> set[str]:
    """Word stems (first 5 letters, folded) of `name` absent from every name in `others`."""
    mine = {fold(w)[:5] for w in norm(name).split() if len(w) > 2}
    theirs = {fold(w)[:5] for o in others for w in norm(o).split()}
    return mine - theirs


# words that name the kind of an organisation in the languages of the reports; they say nothing
# about which one it is
_GENERIC = frozenset(
    (
        "specjalna special especial speciale spezial strefa zone zona ekonomiczna economic economica "
        "economique wirtschaft agencja agency agence agencia park parku klaster cluster klastra "
        "stowarzyszenie association izba chamber rozwoju development desenvolvimento inwestycji "
        "investment investimento handlu trade comercio promocji promotion urząd office miasto miasta "
        "city ville cidade gmina województwo province region regionu polska polski polskie polish "
        "poland polonia pologne national narodowy krajowa krajowy international międzynarodowy "
        "technologiczny technology technologii przemysłowy industrial industry przemysłu "
        "uniwersytet university universite universidade instytut institute grupa group centrum centre "
        "center fundacja foundation"
    ).split()
)


def cognate_stems(a: set[str] | list[str], b: set[str] | list[str]) -> set[str]:
    """Distinctive 4-letter word stems (folded, generic organisation words aside) shared by some
    name of `a` and some name of `b`: "katowicka …" and "katowice …" share "kato"."""

    def stems(names: set[str] | list[str]) -> set[str]:
        out = set()
        for n in names:
            for w in norm(n).split():
                if len(w) >= 4 and w not in _GENERIC and fold(w) not in _GENERIC:
                    out.add(fold(w)[:4])
        return out

    generic4 = {fold(w)[:4] for w in _GENERIC}
    return (stems(a) & stems(b)) - generic4
