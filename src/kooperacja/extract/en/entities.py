"""Entities of an English document: its mentions grouped by folded name, acronyms ("Incheon Free Economic
Zone (IFEZ)", initials), short forms of a longer name, and the Polish name of a well-known body
(``data/en/org_translations.tsv``), which also goes to the entity's aliases so that resolution joins the
English report with the Polish ones."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from kooperacja.extract.doc import Doc, Entity
from kooperacja.extract.en.lexicon import EnLexicon
from kooperacja.extract.en.names_key import fold, fold_key
from kooperacja.extract.entities import UnionFind

_BRACKETED = re.compile(r"\s?\(([A-Z][a-z]+(?:-[A-Z]?[a-z]+)?)\)")
_SHORT_TAGS = frozenset(("acronym", "mixedcase"))  # heads of names written as acronyms or brands


def _initials(name: str, small: frozenset[str]) -> str:
    words = [w for w in fold_key(name).replace("-", " ").split() if w not in small]
    return "".join(w[0] for w in words if w[0].isalpha())


def _alike(a: str, b: str) -> bool:
    """Two words of names alike: equal, or long words that differ only in their last two or three letters."""
    if a == b:
        return True
    short = min(len(a), len(b))
    if short < 5:
        return False
    same = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), short)
    return same >= short - 2 and abs(len(a) - len(b)) <= 3


def _zone_acronyms() -> dict[str, list[str]]:
    """Polish zone name (folded) -> its acronyms, from the zone gazetteer."""
    from kooperacja.text.gazetteer_data import load_economic_zones

    out: dict[str, list[str]] = {}
    for z in load_economic_zones():
        acr = [a for a in (z.aliases or ()) if a.replace("-", "").replace(" ", "").isupper()]
        out[fold_key(z.name)] = acr
    seen = Counter(a for acr in out.values() for a in set(acr))
    # "SSSE" is Słupska's and Suwalska's: an acronym of two zones joins neither to the other
    return {k: [a for a in acr if seen[a] == 1] for k, acr in out.items()}


class EnglishEntities:
    def __init__(self, lex: EnLexicon) -> None:
        self.lex = lex
        self.zones = _zone_acronyms()
        # the words `_same_body` leaves out of a name: head words, small words, nationalities
        # (a word of a trade that ends a company's name, "Mining", "Energy", tells one body from another)
        self._head_words = frozenset(w for h in lex.org_heads for w in h) - lex.words("last_only_head")
        self._small_words = lex.function_words | lex.words("connector") | lex.words("initials_skip")
        self._demonyms = frozenset(fold(d) for d in lex.demonyms)
        from kooperacja.extract.en.gazetteer import en_gazetteer

        countries = en_gazetteer().country_names
        # "Polish" -> "poland": a nationality in a name stands for its country ("Polish Government" and
        # "Government of Poland" are one body)
        self._country_of = {
            fold(d): fold_key(countries[c]) for d, c in lex.demonyms.items() if c in countries
        }

    def __call__(self, doc: Doc) -> None:
        self._defined_acronyms(doc)
        self._short_names_in_brackets(doc)
        ms = doc.mentions
        n = len(ms)
        uf = UnionFind(n)
        polish: dict[int, str] = {}
        keys: dict[tuple[str, str], int] = {}
        for k, m in enumerate(ms):
            if m.type == "organization":
                pl = self.lex.polish_name(fold_key(m.name))
                if pl is None:
                    for a in m.aliases:
                        pl = self.lex.polish_name(fold_key(a)) or pl
                if pl is not None:
                    polish[k] = pl
            names = [m.name, *m.aliases]
            if k in polish:
                names.append(polish[k])
                names.extend(self.zones.get(fold_key(polish[k]), ()))
            for nm in names:
                key = (m.type, fold_key(nm))
                if key in keys:
                    uf.union(keys[key], k)
                else:
                    keys[key] = k
        self._polish = polish
        self._acronyms(doc, uf)
        self._short_forms(doc, uf)
        self._word_variants(doc, uf)
        self._same_body(doc, uf)
        groups: dict[int, list[int]] = {}
        for k in range(n):
            groups.setdefault(uf.find(k), []).append(k)
        entities: list[Entity] = []
        for members in sorted(groups.values(), key=lambda g: ms[g[0]].start):
            ent = self._entity(doc, members, polish, len(entities) + 1)
            if ent is None:
                continue
            for k in members:
                ms[k].entity = len(entities)
            entities.append(ent)
        doc.entities = entities

    def _short_names_in_brackets(self, doc: Doc) -> None:
        """ "Brightwater Free Zone (Brifza)": a capitalised word in brackets right after an organisation's name,
        that names nothing else, is its short name."""
        taken = {m.start for m in doc.mentions}
        for m in doc.mentions:
            if m.type != "organization" or m.head in _SHORT_TAGS:
                continue
            hit = _BRACKETED.match(doc.text, m.end)
            if hit and hit.start(1) not in taken and hit.group(1) not in m.aliases:
                m.aliases.append(hit.group(1))

    def _defined_acronyms(self, doc: Doc) -> None:
        """ "The Wisniow Special Economic Zone (WSSE)": the document defines the acronym, whatever else it
        stands for elsewhere (the zone gazetteer's WSSE is another zone)."""
        ms = doc.mentions
        for k, m in enumerate(ms):
            if k == 0 or m.type != "organization" or " " in m.name or not m.name.replace("-", "").isupper():
                continue
            if not doc.text[max(0, m.start - 3) : m.start].rstrip().endswith("("):
                continue
            prev = ms[k - 1]
            if prev.type == "place" and k > 1:
                prev = ms[k - 2]
            if prev.type == "organization" and prev.head not in _SHORT_TAGS and m.start - prev.end <= 40:
                m.head = "acronym"
                m.aliases = []

    def _acronyms(self, doc: Doc, uf: UnionFind) -> None:
        ms = doc.mentions
        by_acr: dict[str, int] = {}
        small = self.lex.words("initials_skip")
        for k, m in enumerate(ms):
            if m.type == "organization" and m.head not in _SHORT_TAGS:
                by_acr.setdefault(_initials(m.name, small).upper(), k)
                words = m.name.split()
                if len(words) >= 3 and (words[-1].lower(),) in self.lex.org_heads:
                    # "IFEZ" of "Incheon Free Economic Zone Authority": the body's acronym without its last head
                    by_acr.setdefault(_initials(" ".join(words[:-1]), small).upper(), k)
                if k in self._polish:  # "UMCS" of "Uniwersytet Marii Curie-Skłodowskiej"
                    by_acr.setdefault(_initials(self._polish[k], small).upper(), k)
                first = m.name.split()[0]
                if first.isupper() and len(first) >= 2:
                    by_acr.setdefault(first, k)  # "DMCC" and "DMCC Free Zone"
        for k, m in enumerate(ms):
            # (an acronym found by a cue counts too: "state-run investor PFR" of "Polish Development Fund")
            cued = m.type == "organization" and (
                (" " not in m.name and m.name.isupper() and len(m.name) >= 2)
                # "Pomeranian Development Agency (ARP S.A.)": an acronym with a legal form
                or (m.head == "legal" and m.name.split()[0].isupper() and len(m.name.split()[0]) >= 2)
            )
            if m.head not in _SHORT_TAGS and not cued:
                continue
            # "Name (ACR)"
            before = doc.text[max(0, m.start - 3) : m.start]
            if (
                k > 0
                and before.rstrip().endswith("(")
                and ms[k - 1].type == "organization"
                and ms[k - 1].head != "acronym"
            ):
                if m.start - ms[k - 1].end <= 3:
                    uf.union(k - 1, k)
                    continue
            if (
                k > 1
                and before.rstrip().endswith("(")
                and ms[k - 1].type == "place"
                and ms[k - 2].type == "organization"
            ):
                # "University of X in Burkina Faso (USDAO)"
                gap = doc.text[ms[k - 2].end : ms[k - 1].start].strip()
                if gap in self.lex.words("seat_gap") and m.start - ms[k - 1].end <= 3:
                    uf.union(k - 2, k)
                    continue
            hit = by_acr.get(fold(m.name).upper(), by_acr.get(m.name))
            if hit is not None and len(m.name) >= 2:
                uf.union(hit, k)
        for k, m in enumerate(ms):
            # "IFEZ Authority", "KSSE Board": a body's acronym and head words only name the body of the acronym
            words = m.name.split()
            if m.type != "organization" or len(words) < 2 or not words[0].isupper():
                continue
            if all((w.lower(),) in self.lex.org_heads for w in words[1:]):
                hit = by_acr.get(words[0])
                if hit is not None and hit != k:
                    uf.union(hit, k)

    def _short_forms(self, doc: Doc, uf: UnionFind) -> None:
        """A name that opens a longer organisation name of the document ("Polish Innovative Medical Cluster"
        and "Polish Innovative Medical Cluster PIKMED")."""
        ms = doc.mentions
        orgs = [k for k, m in enumerate(ms) if m.type == "organization" and m.head != "acronym"]
        for a in orgs:
            ka = fold_key(ms[a].name)
            if " " not in ka:
                if ms[a].subtype in (None, "company"):
                    # "Veltrex" after "Veltrex Automotive GmbH": a company called by its first word
                    for b in orgs:
                        kb = fold_key(ms[b].name)
                        if kb.startswith(ka + " ") and ms[b].subtype in (None, "company"):
                            uf.union(a, b)
                            break
                continue
            for b in orgs:
                kb = fold_key(ms[b].name)
                if len(kb) > len(ka) and kb.startswith(ka + " ") and ms[a].subtype == ms[b].subtype:
                    uf.union(a, b)
            # "the Port Authority" after "Nordvik Port Authority": the closing words of a longer name of the
            # same kind named before (else after) point back at it
            longer = [
                b for b in orgs if ms[b].subtype == ms[a].subtype and fold_key(ms[b].name).endswith(" " + ka)
            ]
            before = [b for b in longer if ms[b].start < ms[a].start]
            if before or longer:
                uf.union(a, before[-1] if before else longer[0])

    def _word_variants(self, doc: Doc, uf: UnionFind) -> None:
        """ "Industrial Development Agency" and "Industry Development Agency", "Ministry of Labour" and
        "Ministry of Labor": two renderings of one name, word for word alike but for a few closing letters."""
        ms = doc.mentions
        orgs = [(k, fold_key(m.name).split()) for k, m in enumerate(ms) if m.type == "organization"]
        for n, (a, wa) in enumerate(orgs):
            if len(wa) < 2:
                continue
            for b, wb in orgs[n + 1 :]:
                if len(wa) == len(wb) and wa != wb and wa[-1] == wb[-1] and all(map(_alike, wa, wb)):
                    uf.union(a, b)

    def _same_body(self, doc: Doc, uf: UnionFind) -> None:
        """ "City of Rzeszow", "Rzeszow City Hall" and "Rzeszow City Office"; "University of Lodz" and "Lodz
        University": names of one subtype (a company's aside) whose own words, less head words, small words and
        nationalities, are the same, name one body (a unit and its office are one entity)."""
        heads, small, demonyms = self._head_words, self._small_words, self._demonyms
        first: dict[tuple[str, frozenset[str]], int] = {}
        for k, m in enumerate(doc.mentions):
            if m.type != "organization" or m.subtype in (None, "company") or m.head in _SHORT_TAGS:
                continue
            words = {w for w in fold_key(m.name).replace("-", " ").split() if w not in small}
            own = frozenset(
                self._country_of.get(w, w)
                for w in words
                if w not in heads
                and w.rstrip("s") not in heads
                and (w not in demonyms or w in self._country_of)
            )
            if not own:
                continue
            key = (m.subtype, own)
            if key in first:
                uf.union(first[key], k)
            else:
                first[key] = k

    def _entity(self, doc: Doc, members: list[int], polish: dict[int, str], num: int) -> Entity | None:
        ms = [doc.mentions[k] for k in members]
        typ = ms[0].type
        full = [m for m in ms if m.head != "acronym"] or ms
        best = max(full, key=lambda m: (len(m.name.split()), len(m.name), -m.start))
        names: list[str] = []
        for m in ms:
            for nm in (m.name, *m.aliases):
                if nm not in names:
                    names.append(nm)
        for k in members:
            if k in polish and polish[k] not in names:
                names.append(polish[k])
        subtype = next((m.subtype for m in full if m.subtype), None)
        if typ == "organization" and subtype is None:
            subtype = "economic_zone" if any(k in polish for k in members) else "company"
            if any(m.head == "acronym" for m in ms) and len(full) == len(ms):
                subtype = self._acronym_subtype(best.name) or "company"
        ent = Entity(
            id=f"e{num}",
            type=typ,
            name=best.name,
            subtype=subtype if typ != "person" else None,
            aliases=[nm for nm in names if nm != best.name],
            mentions=members,
            country=next((m.country for m in ms if m.country), None),
            place_id=next((m.place_id for m in ms if m.place_id), None),
        )
        return ent

    def _acronym_subtype(self, name: str) -> str | None:
        from kooperacja.text.gazetteer_data import load_economic_zones

        for z in load_economic_zones():
            if name in (z.aliases or ()):
                return "economic_zone"  # "KSSE", whichever of the two zones it is
        return None


def drop_unused_nationalities(doc: Doc) -> None:
    """The last English component: a country met only as a nationality ("Polish and foreign companies") is
    an entity only where it takes part in an event ("Moldavian visitors attended the expo")."""
    used = {p["entity"] for ev in doc.events for p in ev["participants"]}
    doc.entities = [
        e
        for e in doc.entities
        if e.id in used or not all(doc.mentions[k].descriptor == "nationality" for k in e.mentions)
    ]


def last_company_before(doc: Doc, start: int) -> int | None:
    """The entity index of the company named last before offset `start` ("the company" points back at it)."""
    return last_org_before(doc, start, _is_company)


def last_org_before(doc: Doc, start: int, fits: Callable[[Entity], bool]) -> int | None:
    """The entity index of the organisation named last before offset `start` whose entity fits the test."""
    prev = [
        m
        for m in doc.mentions
        if m.type == "organization" and m.entity >= 0 and m.end <= start and fits(doc.entities[m.entity])
    ]
    return prev[-1].entity if prev else None


def _is_company(e: Entity) -> bool:
    return e.subtype == "company"
