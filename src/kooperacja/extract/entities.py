"""One entity per real thing in a document: mentions grouped by base form, acronyms, short forms and the
equivalences of administrative names ("Miasto Katowice" = "Urząd Miasta Katowice")."""

from __future__ import annotations

import re
from functools import cache
from itertools import compress, count
from operator import attrgetter

from kooperacja.data.language_data import language_data, on_data_change
from kooperacja.extract.cues import cues, endings, strip_ending
from kooperacja.extract.doc import Doc, Entity, Mention
from kooperacja.extract.lexicon import lexicon
from kooperacja.text.gazetteer_data import load_economic_zones
from kooperacja.text.morphology import ADJECTIVAL
from kooperacja.text.namekeys import (
    document_acronym_key as _acronym_key,
)
from kooperacja.text.namekeys import (
    document_initials,
    expand_abbreviations,
    norm_name,
    strip_document_legal,
)

__all__ = ["group_entities", "initials", "norm_name", "strip_legal"]


def strip_legal(name: str, lang: str = "pl") -> str:
    return strip_document_legal(name, lang)


def initials(name: str, lang: str = "pl") -> frozenset[str]:
    """Acronyms that a full name may be abbreviated to ("Katowicka Specjalna Strefa Ekonomiczna" → KSSE)."""
    return document_initials(name, lang)


def _acronym_like(name: str) -> bool:
    """ "KSSE", "PAIiIZ", "NCBiR": capitals, with at most a few lower-case connector letters."""
    bare = name.replace("&", "").replace("-", "").replace(" ", "")
    if bare.isupper():
        return True
    if " " in name.strip():
        return False
    letters = [c for c in bare if c.isalpha()]
    upper = sum(c.isupper() for c in letters)
    return upper >= 3 and upper >= 0.75 * len(letters) and bare[:1].isupper() and bare[-1:].isupper()


@cache
def _admin_prefixes(lang: str) -> tuple[tuple[tuple[str, ...], str, bool], ...]:
    return tuple(
        (tuple(r["prefix"].split()), r["unit"], r["seat"] == "yes")
        for r in language_data(lang).rows("admin_names")
    )


@cache
def _land_units(lang: str) -> dict[str, str]:
    """A region's land name -> the unit of which it is the other name (data/<lang>/region_land_names.tsv)."""
    if not language_data(lang).has("region_land_names"):
        return {}
    return language_data(lang).mapping("region_land_names", "name", "region")


on_data_change(_land_units.cache_clear)


@cache
def _company_endings(lang: str) -> tuple[tuple[str, str], ...]:
    return endings(lang, "name_endings").get(("company", "", "f"), ())


@cache
def _case_endings(lang: str) -> tuple[str, ...]:
    return language_data(lang).column("name_case_endings")


on_data_change(_admin_prefixes.cache_clear)
on_data_change(_case_endings.cache_clear)
on_data_change(_company_endings.cache_clear)


def _admin_keys(m: Mention, lang: str) -> list[str]:
    """Offices and the units they run are one entity (data/<lang>/admin_names.tsv): the keys that join them, one per
    unit where a row names several ("urząd miejski w": the office of a town, "Miasto X", or of its commune,
    "Gmina X")."""
    if m.type != "organization" or m.subtype not in ("municipality", "regional_government"):
        return []
    words = m.name.split()
    if len(words) < 2:
        return []
    low = tuple(w.lower() for w in words)
    for prefix, unit, seat in _admin_prefixes(lang):
        if low[: len(prefix)] == prefix:
            rest = words[len(prefix) :]
            if seat and len(rest) > 1:
                rest = rest[1:]
            conn = lexicon(lang).connectors
            cut = [k for k, w in enumerate(rest) if k and conn.get(w) == "seat" and rest[k + 1 :]]
            if cut and all(w[:1].isupper() for w in rest[cut[0] + 1 :]):
                rest = rest[
                    : cut[0]
                ]  # "Urząd Marszałkowski Województwa Lubuskiego w Zielonej Górze": the seat
            if not rest:
                return []
            joined = " ".join(w.lower()[:5] for w in rest)
            return [f"{u}:{joined}" for u in unit.split("|")]
    return []


class UnionFind:
    """Groups of mention indices (union-find; a group is named by its smallest member)."""

    def __init__(self, n: int) -> None:
        self.p = list(range(n))

    def find(self, a: int) -> int:
        while self.p[a] != a:
            self.p[a] = self.p[self.p[a]]
            a = self.p[a]
        return a

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.p[max(ra, rb)] = min(ra, rb)


def group_entities(doc: Doc) -> None:
    ms = doc.mentions
    ms.sort(key=lambda m: m.start)
    _lone_surnames(doc)
    ms = doc.mentions
    lang = doc.lang
    _units_of_companies(ms, lang)
    uf = UnionFind(len(ms))
    _union_by_keys(ms, uf, lang)
    orgs = [n for n, m in enumerate(ms) if m.type == "organization"]
    _union_acronyms(ms, orgs, uf, lang)
    _union_town_zones(ms, orgs, uf)
    _union_short_after_descriptor(ms, orgs, uf, lang)
    _union_head_prefixed(ms, orgs, uf, lang)
    _union_seat_forms(doc, ms, orgs, uf, lang)
    _union_name_starts(ms, orgs, uf, lang)
    _union_adjective_and_head(ms, orgs, uf, lang)
    _union_brand_after_head(doc, orgs, uf)
    _union_quoted_tail(doc, orgs, uf)
    _union_without_adjective(doc, orgs, uf)
    _union_hyphen_parts(ms, orgs, uf, lang)
    _union_inflected_forms(ms, orgs, uf, lang)
    _build_entities(doc, uf)


def _units_of_companies(ms: list[Mention], lang: str) -> None:
    """ "Centrum Badawczo-Rozwojowe Betamax", "Zakład Produkcji Opakowań Betamax" beside the company Betamax named in
    the same document: the company's plant or centre, no organisation of its own (annotation.md folds a branch into
    its organisation); the mention is renamed to the company, its own name kept as an alias. The unit's noun is
    singular (company_unit_head: "Zakłady Mięsne Betamax" is a company's name) and no legal form closes it."""
    heads = cues(lang, "name_cues").company_unit_head
    companies = [
        m
        for m in ms
        if m.type == "organization" and m.subtype == "company" and not m.head and len(m.name) >= 4
    ]
    if not companies:
        return
    for m in ms:
        if m.type != "organization" or m.name.split()[0] not in heads or strip_legal(m.name, lang) != m.name:
            continue
        key = norm_name(m.name, lang)
        owner = next(
            (c for c in companies if c is not m and key.endswith(" " + norm_name(c.name, lang))), None
        )
        if owner is not None:
            m.aliases.append(m.name)
            m.name, m.subtype, m.head = owner.name, "company", None


def _union_by_keys(ms: list[Mention], uf: UnionFind, lang: str) -> None:
    """Mentions with one key (base form, alias, admin unit, expanded abbreviation) are one entity."""
    by_key: dict[tuple[str, str], int] = {}
    for n, m in enumerate(ms):
        keys = [(m.type, m.place_id or norm_name(m.name, lang))]
        if m.type == "place":
            # "Wielkopolska" (the gazetteer's region) and "województwem wielkopolskim" (a unit read from its words)
            keys.append((m.type, norm_name(m.name, lang)))
            unit = _land_units(lang).get(m.name)
            if unit is not None:
                keys.append((m.type, norm_name(unit, lang)))  # "Mazowsze" beside "województwo mazowieckie"
        keys += [
            (m.type, norm_name(a, lang)) for a in m.aliases if m.type != "organization" or not a.isupper()
        ]
        keys += [("admin", admin) for admin in _admin_keys(m, lang)]
        if m.type == "organization":
            expanded = expand_abbreviations(norm_name(m.name, lang), lang)
            if expanded:
                keys.append((m.type, expanded))
        for k in keys:
            if k in by_key:
                uf.union(by_key[k], n)
            else:
                by_key[k] = n


def _union_acronyms(ms: list[Mention], orgs: list[int], uf: UnionFind, lang: str) -> None:
    by_start = {m.start: n for n, m in enumerate(ms)}
    for n in orgs:
        m = ms[n]
        if m.acronym_of is not None:
            target = by_start.get(m.acronym_of)
            if target is not None:
                uf.union(target, n)
            continue
        if not _acronym_like(m.name):
            continue
        key = _acronym_key(strip_legal(m.name, lang))
        zone = _zone_acronyms().get(key, ())
        zone_name = (
            norm_name(zone[0], lang) if len(zone) == 1 else None
        )  # a known zone's acronym: its full name
        prefix_hits: list[int] = []
        suffix_hits: list[int] = []
        for k in orgs:
            if k == n or ms[k].name.isupper():
                continue
            if (
                any(_acronym_key(a) == key for a in ms[k].aliases)
                or key in initials(ms[k].name, lang)
                or (zone_name is not None and norm_name(ms[k].name, lang) == zone_name)
            ):
                uf.union(k, n)
                break
            if len(key) >= 3 and any(i.startswith(key) for i in initials(ms[k].name, lang)):
                prefix_hits.append(k)
            elif len(key) >= 3 and key in initials(without_kind(ms[k].name), lang):
                suffix_hits.append(k)
        else:
            # an acronym of the first words of a longer name ("WRP" of "Wydział Rozwoju Powiatu Leskiego"), or of
            # the name without the kind of body ("MSD" of "Stowarzyszenie Mazurski Sojusz Drzewny")
            for hits in (prefix_hits, suffix_hits):
                if len({uf.find(k) for k in hits}) == 1:
                    uf.union(hits[0], n)
                    break


def without_kind(name: str) -> str:
    """The name without its first word when two or more words remain ("Stowarzyszenie Mazurski Sojusz Drzewny" →
    "Mazurski Sojusz Drzewny"), else ""."""
    parts = name.split(maxsplit=1)
    return parts[1] if len(parts) == 2 and len(parts[1].split()) >= 2 else ""


def _union_town_zones(ms: list[Mention], orgs: list[int], uf: UnionFind) -> None:
    """A zone named by its town ("mielecka SSE") joins the zone whose name holds the town."""
    for n in orgs:
        m = ms[n]
        if m.descriptor != "town":
            continue
        stem = m.name.split()[0][:4].lower()
        hits = {
            uf.find(k)
            for k in orgs
            if k != n
            and ms[k].descriptor != "town"
            and ms[k].subtype == "economic_zone"
            and any(w.lower().startswith(stem) for w in re.split(r"[\s-]+", ms[k].name))
        }
        if len(hits) == 1:
            uf.union(hits.pop(), n)


def _union_short_after_descriptor(ms: list[Mention], orgs: list[int], uf: UnionFind, lang: str) -> None:
    """A short name after a descriptor ("strefa Incheon") joins the longer name that ends with it."""
    for n in orgs:
        m = ms[n]
        if not m.descriptor or m.descriptor == "town":
            continue
        short = norm_name(m.name, lang)
        for k in orgs:
            other = norm_name(ms[k].name, lang)
            if k != n and other != short and other.endswith(" " + short):
                uf.union(k, n)
                break


def _union_head_prefixed(ms: list[Mention], orgs: list[int], uf: UnionFind, lang: str) -> None:
    """A name with its head noun in front is the name without it ("Fundacja Zielona Dolina" = "Zielona
    Dolina")."""
    names = {norm_name(ms[n].name, lang): n for n in orgs}
    for n in orgs:
        m = ms[n]
        first, _, rest = norm_name(m.name, lang).partition(" ")
        if m.head and first == m.head and rest in names and names[rest] != n:
            uf.union(names[rest], n)


def _union_seat_forms(doc: Doc, ms: list[Mention], orgs: list[int], uf: UnionFind, lang: str) -> None:
    """A name with its seat after "w" is the same name with the seat written bare after it ("Park Przemysłowy w
    Nowym Targu" = "Park Przemysłowy Nowy Targ": the words before the seat the same in their first four letters, as
    the scorer's loose key reads them, and each word of the seat the same lemma in the dictionary, "Świdnicy" of
    "Świdnica", no "Świdnik"; `seat_connector` in name_cues.tsv)."""
    seats = cues(lang, "name_cues").seat_connector
    if not any(doc.tokens[k].lower in seats for n in orgs for k in range(ms[n].t0, ms[n].t1)):
        return  # no name holds a seat's "w"
    words = {n: [k for k in range(ms[n].t0, ms[n].t1) if doc.tokens[k].is_word] for n in orgs}
    for n in orgs:
        ws = words[n]
        at = next((x for x in range(1, len(ws) - 1) if doc.tokens[ws[x]].lower in seats), None)
        if at is None:
            continue
        before, seat = ws[:at], ws[at + 1 :]
        for o in orgs:
            other = words[o]
            if len(other) != len(before) + len(seat) or uf.find(o) == uf.find(n):
                continue
            if all(_prefix(doc, x) == _prefix(doc, y) for x, y in zip(before, other, strict=False)) and all(
                doc.lemmas(x) & doc.lemmas(y) for x, y in zip(seat, other[at:], strict=True)
            ):
                uf.union(o, n)


def _prefix(doc: Doc, k: int) -> str:
    return doc.tokens[k].lower[:4]


def _union_name_starts(ms: list[Mention], orgs: list[int], uf: UnionFind, lang: str) -> None:
    """A name of three or more words is short for the only longer name it begins; so is a company's brand
    of one or two words for the only longer company name it begins ("Betamax" for "Betamax Polska")."""
    names = {norm_name(ms[n].name, lang): n for n in orgs}
    distinct = sorted({norm_name(ms[n].name, lang) for n in orgs if not _is_acronym_name(ms[n].name)})
    companies = {norm_name(ms[n].name, lang) for n in orgs if ms[n].subtype == "company" and not ms[n].head}
    # "Nordcell AB" keys as "nordcell": a name with its legal form is a full name, short for no longer one
    legal = {norm_name(ms[n].name, lang) for n in orgs if strip_legal(ms[n].name, lang) != ms[n].name}
    for n in orgs:
        short = norm_name(ms[n].name, lang)
        if short in legal:
            continue
        brand = short in companies and len(short) >= 4  # "Betamax" is short for "Betamax Polska"
        if short.count(" ") < 2 and not (short.count(" ") == 1 and ms[n].head) and not brand:
            continue  # two words only after a head: "Urząd Marszałkowski", "Klaster Energii"
        longer = [x for x in distinct if x.startswith(short + " ")]
        expanded = expand_abbreviations(short, lang)
        if not longer and expanded:
            # "Dom Kultury St. Anna" beside "Dom Kultury Saint-Anna w Opolu": its abbreviation written out, short for
            # the same name with its seat only ("GK Betamax" is no short name of "Grupa Kapitałowa Betamax Serwis")
            seats = cues(lang, "name_cues").seat_connector
            longer = [
                x
                for x in distinct
                if x.startswith(expanded + " ") and x[len(expanded) + 1 :].split()[0] in seats
            ]
        roots = {uf.find(names[x]) for x in longer}
        if len(roots) == 1 and len(longer) > 1 and not brand:
            longer = longer[
                :1
            ]  # "Park Przemysłowy" beside "… w Nowym Borze" and "… Nowy Bór": one park, its seat written two ways
        if len(longer) > 1 and brand:
            if any(ms[names[x]].name.split()[-1].casefold() in _group_words(lang) for x in longer):
                continue  # "Amazon" beside "Amazon Group" and "Amazon Poland": the group's own brand, no alias
            # "Betamax" beside "Betamax Polska" and its group "Betamax Industries GmbH": the brand of a group that
            # works here through its subsidiary is the subsidiary's short name (only one named by the country)
            longer = [
                x for x in longer if x[len(short) + 1 :].split()[0] in _subsidiary_countries(lang)
            ] or longer
        if len(longer) == 1 and (not brand or short.count(" ") >= 2 or longer[0] in companies):
            uf.union(names[longer[0]], n)


@cache
def _subsidiary_countries(lang: str) -> frozenset[str]:
    """The country names that close a subsidiary's name ("Betamax Polska"; subsidiary_country in name_cues.tsv),
    case-folded as name keys are."""
    return frozenset(w.casefold() for w in cues(lang, "name_cues").subsidiary_country)


on_data_change(_subsidiary_countries.cache_clear)


@cache
def _group_words(lang: str) -> frozenset[str]:
    """The words that close a group's name ("Betamax Group", "Betamax Holding"; group_word in name_cues.tsv),
    case-folded."""
    return frozenset(w.casefold() for w in getattr(cues(lang, "name_cues"), "group_word", ()))


on_data_change(_group_words.cache_clear)


def _union_adjective_and_head(ms: list[Mention], orgs: list[int], uf: UnionFind, lang: str) -> None:
    """ "Wałbrzyska Strefa" in a headline is short for the only longer name of that subtype that opens with the
    same adjective and holds the same head ("Wałbrzyska Specjalna Strefa Ekonomiczna"): a two-word name, an
    adjective and its head, names only the adjective's body."""
    for n in orgs:
        m = ms[n]
        words = norm_name(m.name, lang).split()
        if len(words) != 2 or words[1] != m.head or m.subtype is None:
            continue  # "Gmina Działdowo" (the head first) is no adjective's body: "Gmina Miasto Działdowo" is another
        longer = {
            uf.find(k)
            for k in orgs
            if k != n
            and ms[k].subtype == m.subtype
            and ms[k].head == m.head
            and (other := norm_name(ms[k].name, lang).split())[0] == words[0]
            and len(other) > 2
            and words[1] in other[1:]
        }
        if len(longer) == 1:
            uf.union(longer.pop(), n)


def _union_brand_after_head(doc: Doc, orgs: list[int], uf: UnionFind) -> None:
    """ "Grupa Azomex Polska" … "Azomex zapowiada": a company's one-word brand is short for the only headed name
    whose first word after the head it is. The head's adjectives are passed over ("Grupa Kapitałowa Azomex"), and
    the head with the brand alone ("Grupa Azomex") is short for that name too."""
    ms, lang = doc.mentions, doc.lang
    opened: dict[str, list[int]] = {}
    widened: dict[
        tuple[str, str], list[int]
    ] = {}  # (head, brand) of names with the head's adjectives between
    for k in orgs:
        m = ms[k]
        first, _, rest = norm_name(m.name, lang).partition(" ")
        if m.head and m.subtype == "company" and first == m.head and rest:
            words = rest.split()
            opened.setdefault(words[0], []).append(k)
            j = 0
            while j < len(words) - 1 and _adjective_only(doc, m.t0 + 1 + j):
                j += 1  # "Grupa Kapitałowa Azomex": the group's kind
            if j:
                opened.setdefault(words[j], []).append(k)
                widened.setdefault((first, words[j]), []).append(k)
    if not opened:
        return
    for n in orgs:
        m = ms[n]
        short = norm_name(m.name, lang)
        if m.subtype != "company":
            continue
        if m.head:
            first, _, brand = short.partition(" ")
            longer = {uf.find(k) for k in widened.get((first, brand), ())}
            if first == m.head and len(longer) == 1:
                uf.union(longer.pop(), n)  # "Grupa Azomex" beside "Grupa Kapitałowa Azomex"
            continue
        if " " in short or len(short) < 4:
            continue
        longer = {uf.find(k) for k in opened.get(short, ())}
        if len(longer) == 1:
            uf.union(longer.pop(), n)


_QUOTED_TAIL = re.compile(r"[„\"“«]([^„\"“”«»]+)[”\"»]\s*$")


def _union_quoted_tail(doc: Doc, orgs: list[int], uf: UnionFind) -> None:
    """ "Klaster Obróbki Drewna „Woodnet”" … "Woodnet zorganizuje forum": a name that closes with its own name in
    quotes is what that quoted name alone stands for later in the text; not where a noun of a brand or a firm in the
    genitive stands right before the quotes ("Stowarzyszenie Przyjaciół Marki „Alfa”": the quoted name is the
    brand's, brand_owner_noun)."""
    ms, lang = doc.mentions, doc.lang
    owners = cues(lang, "name_cues").brand_owner_noun
    tails: dict[str, set[int]] = {}
    for k in orgs:
        m = ms[k]
        end = m.end + (
            doc.text[m.end : m.end + 1] in ("”", '"', "»")
        )  # the closing quote may be outside the span
        found = _QUOTED_TAIL.search(doc.text[m.start : end])
        before = doc.text[m.start : m.start + found.start()].split() if found else []
        if found and found.start() > 0 and not (len(before) > 1 and before[-1] in owners):
            tails.setdefault(norm_name(found.group(1), lang), set()).add(uf.find(k))
    if not tails:
        return
    for n in orgs:
        longer = tails.get(norm_name(ms[n].name, lang), set())
        if len(longer) == 1:
            uf.union(next(iter(longer)), n)


def _adjective_only(doc: Doc, i: int) -> bool:
    """A capitalised word of a name read only as an adjective ("Kapitałowa")."""
    rs = doc.readings[i] if i < len(doc.readings) else ()
    return bool(rs) and all(r.pos in ADJECTIVAL for r in rs)


def _union_without_adjective(doc: Doc, orgs: list[int], uf: UnionFind) -> None:
    """A name with a head is the longer name without its leading adjective ("Klaster Meblowy" and
    "Podlaski Klaster Meblowy")."""
    ms = doc.mentions
    tails: dict[str, set[int]] = {}
    for n in orgs:
        m = ms[n]
        rest = norm_name(m.name, doc.lang).partition(" ")[2]
        if rest.count(" ") >= 1 and any(r.pos == "adj" for r in doc.readings[m.t0]):
            tails.setdefault(rest, set()).add(uf.find(n))
    for n in orgs:
        hits = tails.get(norm_name(ms[n].name, doc.lang), set())
        if len(hits) == 1 and ms[n].head:
            uf.union(next(iter(hits)), n)


def _union_hyphen_parts(ms: list[Mention], orgs: list[int], uf: UnionFind, lang: str) -> None:
    """One part of a hyphenated company name, in any case form, is that company ("Betonex-Kowal" …
    "Kowalem")."""
    parts: dict[str, set[int]] = {}
    for n in orgs:
        name = strip_legal(ms[n].name, lang).strip()
        if " " not in name and name.count("-") == 1:
            for part in name.split("-"):
                if len(part) >= 4:
                    parts.setdefault(part.casefold(), set()).add(uf.find(n))
    endings = _case_endings(lang)
    for n in orgs:
        word = ms[n].name.strip()
        if " " in word or "-" in word:
            continue
        keys = {word.casefold()} | {word.casefold()[: -len(e)] for e in endings if word.endswith(e)}
        hits = set().union(*(parts.get(k, set()) for k in keys))
        if len(hits) == 1:
            uf.union(hits.pop(), n)


def _union_inflected_forms(ms: list[Mention], orgs: list[int], uf: UnionFind, lang: str) -> None:
    """ "koncern Intel" … "fabryka Intela", "firma Norvento" … "prezes Norventa": a one-word name that the
    dictionary cannot decline stands in the text in several case forms; they are one organisation, named in
    its base form: the form after a descriptor ("firma Norvento": a name in apposition to a common noun keeps
    its base form), or else the bare form that the others extend by a case ending."""
    endings = _case_endings(lang)
    forms: dict[str, list[int]] = {}
    for n in orgs:
        name = ms[n].name
        if len(name) >= 4 and " " not in name and not name.isupper():
            forms.setdefault(name, []).append(n)
    if len(forms) < 2:
        return

    def stems(word: str) -> set[str]:
        return {word[: -len(e)] for e in endings if word.endswith(e) and len(word) - len(e) >= 3}

    by_stem: dict[str, set[str]] = {}
    for name, ns in forms.items():
        keys = {name} | stems(name)
        if any(ms[n].descriptor for n in ns):
            keys.add(name[:-1])  # "firma Norvento" … "prezes Norventa", cut to "Norvent" after the title
        for stem in keys:
            by_stem.setdefault(stem, set()).add(name)
    for name in forms:
        group = set().union(*(by_stem.get(k, set()) for k in {name} | stems(name)))
        if len(group) < 2 or len(group) > 3:
            continue
        bare = [g for g in group if any(h != g and h.startswith(g) for h in group)]
        described = [g for g in group if any(ms[n].descriptor for n in forms[g])]
        base = described[0] if len(described) == 1 else bare[0] if len(bare) == 1 and not described else None
        if base is None and not described:
            # "zarząd Karmeny" … "Karmena to producent": the feminine form that the others' endings lead back to
            feminine = {strip_ending(g, _company_endings(lang)) for g in group} & group
            base = feminine.pop() if len(feminine) == 1 else None
        if base is None or name == base:
            continue
        for n in forms[name]:
            ms[n].name = base
            uf.union(forms[base][0], n)


def _build_entities(doc: Doc, uf: UnionFind) -> None:
    ms = doc.mentions
    groups: dict[int, list[int]] = {}
    for n in range(len(ms)):
        groups.setdefault(uf.find(n), []).append(n)
    zones = _zone_acronyms()
    doc.entities = []
    for members in sorted(groups.values(), key=lambda g: ms[g[0]].start):
        if _unsupported_acronym(doc, [ms[n] for n in members], zones):
            continue
        ent = _make_entity(doc, [ms[n] for n in members], zones)
        ent.id = f"e{len(doc.entities) + 1}"
        ent.mentions = members
        for n in members:
            ms[n].entity = len(doc.entities)
        doc.entities.append(ent)


def _make_entity(doc: Doc, members: list[Mention], zones: dict[str, tuple[str, ...]]) -> Entity:
    first = members[0]
    typ = first.type
    full = [m for m in members if not m.descriptor and not (typ == "organization" and m.name.isupper())]
    pool = full or members
    if all(" " not in m.name and "-" not in m.name for m in pool):
        pool = members  # "Mostostalu" alone beside "spółka Polimex-Mostostal S.A.": the full name wins
    # a name that brackets give as another's alias (a translation, a short name) is no main name, however long:
    # "Śląski Klaster Wodny (Water Cluster of Silesia)" is named in Polish
    pool = [m for m in pool if m.acronym_of is None or m.t0 == 0 or doc.tokens[m.t0 - 1].text != "("] or pool
    name = max(pool, key=lambda m: (len(strip_legal(m.name, doc.lang)), len(m.name))).name
    subtype = None
    for m in sorted(members, key=lambda m: (m.head is None, m.descriptor is not None)):
        if m.subtype:
            subtype = m.subtype
            break
    aliases: list[str] = []
    for m in members:
        for a in [m.name, *m.aliases]:
            if a != name and a not in aliases and norm_name(a, doc.lang) != norm_name(name, doc.lang):
                aliases.append(a)
    if typ == "organization" and name.isupper():
        full_names = zones.get(_acronym_key(name))
        if full_names and len(full_names) == 1:
            aliases.append(name)
            name = full_names[0]
            subtype = "economic_zone"
    if typ == "organization" and not subtype:
        subtype = "other"
    country = next((m.country for m in members if m.country), None)
    if typ == "place" and country is None and subtype in ("city", "region"):
        country = None
    ent = Entity(id="", type=typ, name=name, subtype=subtype if typ != "person" else None, aliases=aliases)
    ent.country = country
    ent.place_id = next((m.place_id for m in members if m.place_id), None)
    return ent


def _unsupported_acronym(doc: Doc, members: list[Mention], zones: dict[str, tuple[str, ...]]) -> bool:
    """An acronym that is never spelled out, not a known zone, not in a person's title ("rektor AGH") and said
    only once is too weak to keep."""
    if any(
        m.type != "organization" or not _is_acronym_name(m.name) or " " in m.name or m.subtype
        for m in members
    ):
        return False
    if any(m.descriptor for m in members) or _acronym_key(members[0].name) in zones:
        return False
    titles = lexicon(doc.lang).titles
    if any(m.t0 > 0 and any(r.lemma.lower() in titles for r in doc.readings[m.t0 - 1]) for m in members):
        return False
    return len(members) < 2


def _is_acronym_name(name: str) -> bool:
    return name.replace("&", "").replace("-", "").replace(" ", "").isupper()


@cache  # the zones are read once per process (gazetteer_data._zones)
def _zone_acronyms() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for z in load_economic_zones():
        for a in z.aliases:
            if a.replace("-", "").replace(" ", "").isupper():
                out.setdefault(_acronym_key(a), []).append(z.name)
    return {k: tuple(v) for k, v in out.items()}


_IS_CAP = attrgetter("is_cap")


def _lone_surnames(doc: Doc) -> None:
    """A surname alone ("prezes Michałek") refers to the person named in full elsewhere in the text."""
    surnames: dict[str, Mention] = {}
    for m in doc.mentions:
        if m.type == "person" and " " in m.name:
            surnames[m.name.split()[-1].lower()] = m
    if not surnames:
        return
    taken = {i for m in doc.mentions for i in range(m.t0, m.t1)}
    extra = []
    keys, lemmas_of, toks = surnames.keys(), doc.lemmas, doc.tokens
    # the capitalised words (a capital first letter: a word), picked by `compress` with no Python loop per token
    for i in compress(count(), map(_IS_CAP, toks)):
        t = toks[i]
        if i in taken:
            continue
        if t.lower not in surnames and keys.isdisjoint(lemmas_of(i)):
            continue  # neither the word nor any lemma of it is a surname (most words): one set test
        lemmas = {t.text.lower()} | {r.lemma.lower() for r in doc.readings[i] if r.surname}
        for key in lemmas:
            if key in surnames:
                p = surnames[key]
                extra.append(Mention(t.start, t.end, i, i + 1, "person", p.name, None, doc.sent_of[i]))
                break
    doc.mentions.extend(extra)
    doc.mentions.sort(key=lambda m: m.start)
