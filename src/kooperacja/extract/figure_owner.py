"""Owner choice for a figure: the clause's subject, a speaker's organisation, the antecedent of a relative
clause, the investor of the sentence's investment, a zone for the totals of its unnamed firms, a town for its own
figures, a country for its investment or exports, else the nearest organisation of the kinds the metric prefers
in the number's sentence and the three before."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kooperacja.extract.cues import tag_classes
from kooperacja.extract.doc import Doc, Mention
from kooperacja.extract.figure_clause import (
    _FINITE,
    _NOT_OWNERS,
    _clause,
    _former,
    _nominative,
    _speaker_tag,
    _subtype,
)
from kooperacja.extract.figure_keep import _client, _sale_clause
from kooperacja.extract.figure_lexicon import _body_heads, _facility_noun, _Words
from kooperacja.extract.figure_subject import (
    _COUNTRY_METRICS,
    _author_org,
    _bracket_owner,
    _complement_clause,
    _country_subject,
    _dashed_owner,
    _dative,
    _inserted_span,
    _interviewee_org,
    _investment_possessor,
    _joint_after_list,
    _joint_subject,
    _joint_total,
    _our_partner,
    _parent_named_before,
    _recipient,
    _relative_agent,
    _relative_antecedent,
    _salient,
    _speaker_org,
    _subject,
    _unnamed_opening_subject,
)

_PREFER_ZONE_LATER = {"investment", "jobs", "companies", "area_ha"}
_INVESTOR_FIRST = (("company",), ("economic_zone",), ())
_PREFERENCES: dict[str, tuple[tuple[str, ...], ...]] = {
    "investment": _INVESTOR_FIRST,
    "jobs": _INVESTOR_FIRST,
    "area_ha": _INVESTOR_FIRST,
    "employees": (("company",), ()),
    "revenue": (("company",), ()),
    "exports": (("company",), ()),
    "companies": (("economic_zone", "technology_park", "cluster", "business_association"),),
    "members": (("cluster", "business_association"), ()),
    "partners": (("cluster", "business_association"), ()),
    "budget": (("other", "agency"), ()),
}


def _by_head_noun(doc: Doc, t0: int, own_clause: bool = False) -> str | None:
    """ "Izba, która skupia 80 członków", "dzięki strefie powstało 900 miejsc pracy": a bare head noun (capitalised
    before the number, or a zone's, park's, cluster's or chamber's in the number's clause) points to the latest
    organisation of the document with that head. In a reported clause (`own_clause`: "Prezes X przypomniał, że
    agencja zainwestowała w regionie 200 mln zł") only the clause's own words count, not the main clause's
    ("Strefa szacuje, że inwestycja pochłonie 60 mln zł" names no owner)."""
    s0, _s1 = doc.sent_span[doc.sent_of[t0]]
    start = doc.tokens[t0].start
    heads = {}
    for m in doc.mentions:  # in text order: the latest organisation with that head before the number wins
        if m.start >= start:
            break
        if m.type == "organization" and m.head and m.entity >= 0:
            heads[m.head] = m
    a, b = _clause(doc, t0)
    unnamed = None  # whether the sentence names no organisation (computed when first needed)
    for i in range(a if own_clause else s0, b):
        if doc.mention_at(i) is not None or i == t0:
            continue
        if not doc.tokens[i].is_cap and not a <= i < b:
            # a lower-case head noun speaks of its organisation only in the number's own clause, or as the subject
            # of a sentence that names no organisation ("Od początku roku strefa wydała 48 decyzji, a zadeklarowane
            # w nich nakłady sięgają 2,3 mld zł"), in the singular ("trzy klastry, skupiające 300 firm" are several)
            if unnamed is None:
                unnamed = not any(
                    doc.mentions[n].type == "organization" for n in doc.mentions_in(doc.sent_of[t0])
                )
            if not unnamed or not any(
                r.pos == "subst" and "nom" in r.cases and "sg" in r.numbers for r in doc.readings[i]
            ):
                continue
        for lemma in doc.lemmas(i):
            m = heads.get(lemma)
            if m is not None and (doc.tokens[i].is_cap or doc.entities[m.entity].subtype in _REPORTING):
                if i < t0 or not doc.tokens[i].is_cap:
                    return doc.entities[m.entity].id
    return None


_TOWN_PLACES = frozenset({"city"})
_TOWN_METRICS = frozenset({"area_ha", "investment", "budget"})


def _town_subject(doc: Doc, t0: int, lex: _Words, metric: str) -> tuple[bool, str | None]:
    """A town's noun in the singular nominative (or its authorities', "Władze Świdnicy wydadzą…": the place after
    it), the first noun of the number's clause and outside any name
    ("Miasto przygotowało dla inwestorów 100 ha terenów", "Gmina wyda 12 mln zł"), for a town's own land or
    spending, where no company is named in the sentence or the three before: the figure is the town's, the
    municipality or the city named last there (annotation.md: an acting body without a name is the named place
    that acts), or nobody's; never a zone's named nearer. Returns whether such a subject decided, and the
    owner."""
    a, _b = _clause(doc, t0)
    for i in range(a, t0):
        nouns = [r for r in doc.readings[i] if r.pos == "subst"]
        if not nouns or doc.mention_at(i) is not None:
            continue
        authorities = any(
            r.lemma in lex.authorities and "pl" in r.numbers and "nom" in r.cases for r in nouns
        )
        if not authorities and not any(
            r.lemma in lex.town_noun and "sg" in r.numbers and "nom" in r.cases for r in nouns
        ):
            return False, None  # the clause's first noun is another's
        sent = doc.sent_of[t0]
        start = doc.tokens[t0].start
        window = [
            m
            for m in (doc.mentions[n] for t in range(max(0, sent - 3), sent + 1) for n in doc.mentions_in(t))
            if m.start < start and m.entity >= 0
        ]
        if metric not in _TOWN_METRICS or any(doc.entities[m.entity].subtype == "company" for m in window):
            return False, None  # "Firma X zbuduje fabrykę w Kole. Miasto zyska 300 miejsc pracy": the firm's
        after = doc.mention_at(i + 1) if authorities and i + 1 < t0 else None
        if after is not None:
            m = doc.mentions[after]
            if (
                m.entity >= 0
                and m.type == "place"
                and doc.entities[m.entity].subtype in _TOWN_PLACES | {"region"}
            ):
                return True, doc.entities[m.entity].id  # "Władze Świdnicy przeznaczą 12 mln zł": Świdnica's
            if m.entity >= 0 and m.type == "place":
                # "Władze Czech przeznaczą 2 mld euro": a country's government, no owner (as `_NOT_OWNERS`), and
                # never a town named before
                return True, None
        for m in reversed(window):
            sub = doc.entities[m.entity].subtype
            if (m.type == "organization" and sub == "municipality") or (
                m.type == "place" and sub in _TOWN_PLACES
            ):
                return True, doc.entities[m.entity].id
        return True, None
    return False, None


def _unknown_body_subject(doc: Doc, t0: int) -> bool:
    """Whether the number's clause has a capitalised head noun of a zone, park, cluster or chamber in the
    nominative, outside any name, while the document names no organisation of that kind: the figure is that
    unnamed body's, not the nearest name's."""
    a, _b = _clause(doc, t0)
    for i in range(a, t0):
        if (
            not doc.tokens[i].is_cap
            or doc.mention_at(i) is not None
            or i == doc.sent_span[doc.sent_of[t0]][0]
        ):
            continue
        for r in doc.readings[i]:
            kind = _body_heads(doc.lang).get(r.lemma)
            if kind and r.pos == "subst" and "nom" in r.cases:
                return not any(e.type == "organization" and e.subtype == kind for e in doc.entities)
    return False


def _investors_of_sentence(doc: Doc, s: int) -> list[set[str]]:
    """The investor sets of the investment events that the sentence states."""
    sent = doc.sentences[s]
    return [
        {p["entity"] for p in ev["participants"] if p["role"] == "investor"}
        for ev in doc.events
        if ev["type"] == "investment" and any(a <= sent.start < b for a, b in ev.get("evidence", ()))
    ]


def _sentence_investor(doc: Doc, t0: int, lex: _Words) -> str | None:
    """The one investor of the investment the number's sentence states, named in that sentence (in any case,
    before or after the number), where no unnamed firms are spoken of."""
    s = doc.sent_of[t0]
    if _unnamed_firms(doc, s, lex):
        return None
    found = set().union(*_investors_of_sentence(doc, s))
    if len(found) != 1:
        return None
    named = {
        doc.entities[doc.mentions[n].entity].id for n in doc.mentions_in(s) if doc.mentions[n].entity >= 0
    }
    return found.pop() if found <= named else None


def _sole_investor(doc: Doc) -> str | None:
    investors = {
        p["entity"]
        for ev in doc.events
        if ev["type"] == "investment"
        for p in ev["participants"]
        if p["role"] == "investor"
    }
    return investors.pop() if len(investors) == 1 else None


def _unnamed_firms(doc: Doc, s: int, lex: _Words) -> bool:
    """Whether the sentence speaks of firms in the plural with no name: a company noun right before a name is that
    one company's kind noun ("zakład spółki X" is no plural, whatever "spółki" may be read as), and so is one that
    hangs on a noun before it with no plural verb after it (`_singular_genitive_firm`: "Inwestycja firmy pochłonie
    …", "Po przejęciu spółki grupa zatrudnia …": the company named before, in the genitive). That test holds
    wherever `_genitive_attribute` would (a company noun's singular genitive right after a noun, no plural verb
    after it), so the narrower one is not asked here."""
    s0, s1 = doc.sent_span[s]
    for i in range(s0, s1):
        if i + 1 < s1 and doc.mention_at(i + 1) is not None:
            continue
        if _singular_genitive_firm(doc, i, s0, s1, lex.company_noun):
            continue
        for r in doc.readings[i]:
            if r.lemma in lex.company_noun and "pl" in r.numbers and r.pos == "subst":
                return True
    return False


def _singular_genitive_firm(doc: Doc, i: int, s0: int, s1: int, firm: frozenset[str]) -> bool:
    """Whether a company noun that may be a genitive singular hangs on a noun or gerund right before it (maybe past an
    adjective or two) and no plural verb follows it in the sentence ("Po przejęciu spółki grupa zatrudnia 2 tys.
    osób", "Z zakupu tej firmy holding sfinansuje…"): one company, no firms in the plural (but "W zakładzie firmy
    zatrudniają 300 osób" is a plural subject)."""
    if not any(r.lemma in firm and "sg" in r.numbers and "gen" in r.cases for r in doc.readings[i]):
        return False
    return _head_before(doc, i, s0, _NOUNS) is not None and not _plural_verb_after(doc, i, s1)


_NOUNS = frozenset({"subst", "ger"})  # a noun, or a verbal noun ("przedsięwzięcie", "zatrudnienie")


def _genitive_attribute(doc: Doc, i: int, s0: int, t0: int, lex: _Words) -> bool:
    """Whether the word at ``i``, which may be a singular genitive, is one here, an attribute of the noun right
    before it: that word is a noun outside any name, with no adjective or verb reading (a verbal noun's is a noun's),
    no preposition governs it ("Projekt spółki", "budowa hali firmy"; not "w sumie firmy", "Łącznie firmy"), it is
    no zone, park or area (`zone_place`, `area_noun`) nor hangs on one ("Na terenie strefy firmy zatrudniają …": the
    zone's firms), and the first finite verb after it up to ``t0`` is not in the plural ("… firmy zatrudniają")."""
    if i - 1 < s0 or doc.mention_at(i - 1) is not None:
        return False
    if not any(r.pos == "subst" and "sg" in r.numbers and "gen" in r.cases for r in doc.readings[i]):
        return False  # "Nakłady firm w strefie": a plural genitive only, the zone's unnamed firms
    before = doc.readings[i - 1]
    if not any(r.pos == "subst" for r in before) or any(r.pos not in _NOUNS for r in before):
        return False
    places = lex.zone_place | lex.area_noun
    if doc.lemmas(i - 1) & places or (i - 2 >= s0 and doc.lemmas(i - 2) & places):
        return False
    if _plural_verb_after(doc, i, t0):
        return False
    return not (i - 2 >= s0 and doc.is_preposition(i - 2))


_REPORTING = ("economic_zone", "technology_park", "cluster", "business_association")


# the kinds of body whose totals a figure with no name near is about, by metric
_TOPIC: dict[str, tuple[str, ...]] = {
    "investment": ("economic_zone",),
    "jobs": ("economic_zone",),
    "area_ha": ("economic_zone",),
    "companies": ("economic_zone", "technology_park"),
    "members": ("cluster", "business_association"),
    "partners": ("cluster", "business_association"),
}


def _wider_scope(doc: Doc, t0: int, lex: _Words, metric: str = "") -> bool:
    """Whether the number's clause names no organisation and widens its figure to a whole country or to all bodies of
    a kind: a `whole` word before a country's name, a `country_noun` or a body's head noun in the plural ("w całej
    Polsce", "w całym kraju", "we wszystkich strefach"), or a `home` word before such a plural head noun ("w polskich
    strefach"): a national total, no figure of the zone or park the document is about. A count of companies after
    such a word and an `area_noun` ("w całej gminie jest 150 firm") is that area's."""
    a, b = _clause(doc, t0)
    heads = _body_heads(doc.lang)
    for i in range(a, b - 1):
        if doc.mention_at(i) is not None:
            if _owning_org(doc, i):
                return False
            continue
        lemmas = doc.lemmas(i)
        if not lemmas & (lex.whole | lex.home):
            continue
        nxt = doc.mention_at(i + 1)
        if nxt is not None:
            m = doc.mentions[nxt]
            if _owning_org(doc, i + 1):
                return False
            if m.subtype == "country" and lemmas & lex.whole:
                return not _organisation_in(doc, i + 1, b)
            continue
        if (
            (lemmas & lex.whole and doc.lemmas(i + 1) & lex.country_noun)
            # a count of firms in a whole area: the area's total (but "firma zainwestowała w naszym kraju" is the
            # firm's, a company noun its subject; jobs or hectares there stay the document's body's)
            or (
                metric == "companies"
                and doc.lemmas(i + 1) & lex.area_noun
                and not _company_subject(doc, t0, lex)
            )
            or any(r.pos == "subst" and r.lemma in heads and r.numbers == {"pl"} for r in doc.readings[i + 1])
        ):
            return not _organisation_in(doc, i + 1, b)
    return False


def _organisation_in(doc: Doc, a: int, b: int) -> bool:
    """Whether an organisation that may own figures is named in tokens ``a``..``b``."""
    return any(_owning_org(doc, i) for i in range(a, b))


def _owning_org(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is in the name of an organisation that may own figures (no ministry: "Według Ministerstwa
    Rozwoju w polskich strefach zainwestowano…")."""
    n = doc.mention_at(i)
    if n is None:
        return False
    m = doc.mentions[n]
    return m.type == "organization" and (m.entity < 0 or doc.entities[m.entity].subtype not in _NOT_OWNERS)


def _body_spoken_of(doc: Doc, t0: int, sent: int) -> bool:
    """Whether, before the number or in its sentence, the text says a body's head noun ("strefa", "klaster": "800
    nowych miejsc pracy w strefie"), or the number's sentence names an organisation after it."""
    heads = _body_heads(doc.lang)
    if any(r.lemma in heads for i in range(max(t0, doc.sent_span[sent][1])) for r in doc.readings[i]):
        return True
    start = doc.tokens[t0].start
    return any(
        doc.mentions[n].type == "organization" and doc.mentions[n].start > start
        for n in doc.mentions_in(sent)
    )


def _topic(doc: Doc, subtypes: tuple[str, ...], before: int | None = None) -> str | None:
    """The organisation of one of these kinds that the document names most often (the first named on a tie); with
    `before`, one named before that offset only."""
    best = None
    for e in doc.entities:
        if (
            e.type == "organization"
            and e.subtype in subtypes
            and e.mentions
            and (before is None or any(doc.mentions[n].start < before for n in e.mentions))
        ):
            key = (len(e.mentions), -min(doc.mentions[n].start for n in e.mentions))
            if best is None or key > best[0]:
                best = (key, e.id)
    return best[1] if best else None


_VERB_OR_PARTICIPLE = tag_classes().clause_verb_or_participle


def _plural_counter(doc: Doc, t0: int, metric: str) -> bool:
    """Whether a count of firms or members hangs on a plural verb ("trzy klastry, skupiające razem 300 firm"):
    several bodies counted together, a joint figure of none of them."""
    if metric not in ("companies", "members", "partners"):
        return False
    a, _b = _clause(doc, t0)
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    for i in range(a, t0):
        if not any(r.pos in _VERB_OR_PARTICIPLE and "pl" in r.numbers for r in doc.readings[i]):
            continue
        for k in range(i - 1, s0 - 1, -1):  # the noun the verb agrees with: the nearest one before it
            nouns = [r for r in doc.readings[k] if r.pos == "subst"]
            if nouns:
                if all(r.numbers == {"pl"} for r in nouns):
                    return True
                break
    return False


def _company_subject(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether a company noun in the singular nominative ("Firma zainwestuje 5 mln zł", "Zatrudniający 500 osób
    zakład") is the subject of the number's clause: the figure is that one company's, never a total of the
    document's zone."""
    a, b = _clause(doc, t0)
    return any(
        r.lemma in lex.company_noun and r.pos == "subst" and "sg" in r.numbers and "nom" in r.cases
        for i in range(a, b)
        if i < t0 or doc.mention_at(i) is None
        for r in doc.readings[i]
    )


def _counted_body(doc: Doc, t1: int) -> str | None:
    """The organisation named right after a count of partners or members ("20 członków Izby X")."""
    for i in (t1, t1 + 1):
        n = doc.mention_at(i)
        if n is not None:
            m = doc.mentions[n]
            if m.type == "organization" and m.entity >= 0 and m.t0 == i:
                return doc.entities[m.entity].id
    return None


def _investor_owner(doc: Doc, sent: int, start: int, metric: str, lex: _Words) -> str | None:
    """The document's sole investor, for an investment figure with no organisation named before it in its
    sentence and no unnamed firms around."""
    if metric not in ("investment", "jobs", "area_ha", "employees") or _unnamed_firms(doc, sent, lex):
        return None
    investor = _sole_investor(doc)
    if investor is not None and not any(
        doc.mentions[n].type == "organization" and doc.mentions[n].start < start
        for n in doc.mentions_in(sent)
    ):
        return investor if _last_named(doc, start, investor) == investor else None
    return None


def _last_named(doc: Doc, start: int, investor: str) -> str | None:
    """Of the investor and the bodies that report totals (zones, parks, clusters, chambers), the one that was
    last the subject of a sentence (its first organisation, in the nominative) before ``start``: a total after
    "Strefa X powstała w 1997 r." is the zone's, not that of an investor named before it; an investor named only
    later in the text owns no figure before it."""
    last = None
    named = False
    seen: set[int] = set()
    for m in doc.mentions:  # in text order
        if m.start >= start:
            break
        if m.type != "organization" or m.entity < 0:
            continue
        e = doc.entities[m.entity]
        named = named or e.id == investor
        if m.sent in seen:
            continue
        seen.add(m.sent)  # the sentence's first organisation
        if (e.id == investor or e.subtype in _REPORTING) and _nominative(doc, m):
            last = e.id
    return investor if named and last in (None, investor) else last


def _reporting_subject_before(doc: Doc, sent: int, start: int, lex: _Words) -> str | None:
    """The zone or park that is the subject of the last sentence before the number's that names an organisation,
    where that sentence names no other kind of organisation and counts decisions or firms (or no company was named
    before it: "Projekt wspiera strefa Y. Łączna wartość inwestycji to 80 mln zł" stays the investor's), the number's sentence states a sum (`total`,
    `sum_adjective`) and names no organisation before the number ("Firma X otrzymała decyzję… Strefa Y od początku
    roku wydała 31 decyzji. Łączne nakłady wyniosą 2,1 mld zł": Y's total, not X's; but "Strefa Y wydała w tym roku
    12 takich decyzji. Inwestycja pochłonie 20 mln zł" stays X's)."""
    s0, s1 = doc.sent_span[sent]
    if not any(doc.tokens[i].lower in lex.total or doc.lemmas(i) & lex.sum_adjective for i in range(s0, s1)):
        return None
    if any(
        doc.mentions[n].type == "organization" and doc.mentions[n].start < start
        for n in doc.mentions_in(sent)
    ):
        return None
    for t in range(sent - 1, max(-1, sent - 4), -1):
        orgs = [
            doc.mentions[n]
            for n in doc.mentions_in(t)
            if doc.mentions[n].type == "organization" and doc.mentions[n].entity >= 0
        ]
        if not orgs:
            continue
        kinds = {doc.entities[m.entity].subtype for m in orgs}
        if not kinds <= {"economic_zone", "technology_park"} or len({m.entity for m in orgs}) > 1:
            return None
        if not _counts_grants(doc, t, lex) and _company_named_before(doc, doc.sent_span[t][0]):
            return (
                None  # "Firma X zbuduje zakład. Projekt wspiera strefa Y. Łączna wartość to 80 mln zł": X's
            )
        return doc.entities[orgs[0].entity].id if _nominative(doc, orgs[0]) else None
    return None


def _counting_body_in_sentence(doc: Doc, t0: int, lex: _Words) -> str | None:
    """The zone or park that is the subject of the number's sentence, in a clause before the number's, where that
    sentence counts its decisions or firms, names no company and no other organisation, and the number's clause names
    none ("W tym roku strefa X przyznała 14 zezwoleń, a deklarowane inwestycje sięgną 450 mln zł"): the money or
    jobs of the decisions counted, the body's total."""
    sent = doc.sent_of[t0]
    a, _b = _clause(doc, t0)
    if _one_of_several(doc, a, t0, lex):
        return None  # "…, a najdroższy z projektów kosztuje 90 mln zł": one decision's money, no total
    orgs = [
        doc.mentions[n]
        for n in doc.mentions_in(sent)
        if doc.mentions[n].type == "organization" and doc.mentions[n].entity >= 0
    ]
    if not orgs or len({m.entity for m in orgs}) > 1 or orgs[0].t1 > a:
        return None
    first = orgs[0]
    # in the nominative, or right before its verb after a time adverbial ("W tym roku strefa X przyznała")
    verb_after = first.t1 < a and any(r.pos in _FINITE for r in doc.readings[first.t1])
    if doc.entities[first.entity].subtype not in ("economic_zone", "technology_park") or not (
        _nominative(doc, first) or verb_after
    ):
        return None
    return doc.entities[first.entity].id if _counts_grants(doc, sent, lex) else None


def _one_of_several(doc: Doc, a: int, t0: int, lex: _Words) -> bool:
    """Whether the words from ``a`` to the number single out one of several or their mean: an adjective in the
    superlative ("największa inwestycja"), a `one_of` word before a preposition ("jedna z hal") or an `average_adj` ("średnia wartość")."""
    for i in range(a, t0):
        readings = doc.readings[i]
        if (
            any(r.pos == "adj" and r.tag.endswith(":sup") for r in readings)
            or doc.lemmas(i) & lex.average_adj
        ):
            return True
        if doc.lemmas(i) & lex.one_of and i + 1 < t0 and doc.is_preposition(i + 1):
            return True
    return False


def _counts_grants(doc: Doc, sent: int, lex: _Words) -> bool:
    """Whether the sentence counts decisions or firms: a number in figures with a company or decision noun right after
    it, an adjective between ("wydała 31 decyzji", "przyciągnęła 12 nowych inwestorów")."""
    nouns = lex.company_noun | lex.reported_count
    s0, s1 = doc.sent_span[sent]
    for i in range(s0, s1):
        if not doc.tokens[i].text[0].isdigit():
            continue
        for k in range(i + 1, min(i + 3, s1)):
            if doc.lemmas(k) & nouns:
                return True
    return False


def _company_named_before(doc: Doc, start: int) -> bool:
    """Whether a company is named before the offset."""
    return any(
        m.type == "organization"
        and m.entity >= 0
        and doc.entities[m.entity].subtype == "company"
        and m.start < start
        for m in doc.mentions
    )


def _owner_window(doc: Doc, sent: int, start: int, lex: _Words, t0: int) -> list[Mention]:
    """The candidate owners: organisations named before the figure in its sentence and the three before."""
    inserted = _inserted_span(doc, t0, lex)
    return [
        m
        for m in (doc.mentions[n] for t in range(max(0, sent - 3), sent + 1) for n in doc.mentions_in(t))
        if sent - 3 <= m.sent <= sent
        and not inserted[0] <= m.t0 < inserted[1]
        and not _former(doc, m.t0, lex.former)
        and not _speaker_tag(doc, m)
        and m.type == "organization"
        and m.entity >= 0
        and m.start < start
        and doc.entities[m.entity].subtype not in _NOT_OWNERS
    ]


def _owner_without_window(doc: Doc, t0: int, sent: int, start: int, metric: str, lex: _Words) -> str | None:
    """The owner when no organisation is named before the figure: the investor of its sentence's investment, the
    document's topic, or one named after the number in its sentence."""
    if metric in ("investment", "jobs"):
        stated = _sentence_investor(doc, t0, lex)
        if stated is not None:
            return stated  # "inwestycja za 60 mln zł zostanie zrealizowana przez spółkę X"
    if metric in _INVESTOR_METRICS:
        told = _investor_named_next(doc, sent, lex)
        if told is not None:
            return told  # "Jej budowa pochłonie 25 mln zł. Inwestorem jest spółka X."
    firm = _company_subject(doc, t0, lex)
    if firm or _in_facility(doc, t0, metric, lex):
        last = _last_company(doc, start)
        if last is not None:
            return last  # "Spółka kupiła pod budowę 8 ha" four sentences after the firm is named: that firm
    topic_metric = metric in _TOPIC and not firm and not _plural_counter(doc, t0, metric)
    if topic_metric:
        # "Fabryka kosztowała 320 mln zł" with a zone named only in the last paragraph: not the zone's total; a body
        # named later counts where the text spoke of its kind before the number ("Od początku istnienia strefy firmy
        # zainwestowały w niej 9 mld zł. Mowa o Strefie X") or names it in the number's sentence
        topic = _topic(doc, _TOPIC[metric], None if _body_spoken_of(doc, t0, sent) else start)
        if topic is not None:
            return topic  # "Dotąd wydano tam 2 mld zł": a total of the body the document is about
    later = [
        m
        for m in (doc.mentions[n] for n in doc.mentions_in(sent))
        if m.type == "organization"
        and m.entity >= 0
        and m.start > start
        and doc.entities[m.entity].subtype == "economic_zone"
    ]
    if later and metric in _PREFER_ZONE_LATER:
        return doc.entities[later[0].entity].id
    after = [
        m
        for m in (doc.mentions[n] for n in doc.mentions_in(sent))
        if m.type == "organization"
        and m.entity >= 0
        and m.start > start
        and doc.entities[m.entity].subtype not in _NOT_OWNERS
    ]
    if after and (metric not in _TOPIC or _relative_after(doc, t0, after[0], lex)):
        # "…na działce o powierzchni 4 ha, którą firma X kupiła": a relative clause on the thing measured names
        # its owner, where the text names no body of the metric's kinds
        return doc.entities[after[0].entity].id
    return None


def _relative_after(doc: Doc, t0: int, m: Mention, lex: _Words) -> bool:
    """Whether a relative clause on the thing measured opens between the number and the name after it, with a
    verb of buying ("działka o powierzchni 4 ha, którą kupiła firma X"): the buyer owns it."""
    rel = next(
        (i for i in range(t0 + 1, m.t0) if doc.lemmas(i) & lex.relative and doc.tokens[i - 1].text == ","),
        None,
    )
    if rel is None:
        return False
    end = min(doc.sent_span[doc.sent_of[t0]][1], m.t1 + 3)
    return any(doc.lemmas(i) & lex.purchase for i in range(rel + 1, end))


_INVESTOR_METRICS = frozenset({"investment", "jobs", "area_ha"})


def _investor_named_next(doc: Doc, sent: int, lex: _Words) -> str | None:
    """The organisation named in the next sentence when it opens with the noun of an investor in the instrumental,
    maybe after one adjective ("Inwestorem jest spółka X", "Głównym inwestorem będzie koncern Y"): the owner of an
    investment's money, jobs and area stated before anybody is named."""
    t = sent + 1
    if t >= len(doc.sent_span):
        return None
    s0, s1 = doc.sent_span[t]
    if not any(
        r.lemma in lex.investor_lead and r.pos == "subst" and "inst" in r.cases
        for i in range(s0, min(s0 + 2, s1))
        for r in doc.readings[i]
    ):
        return None
    for n in doc.mentions_in(t):
        m = doc.mentions[n]
        if m.type == "organization" and m.entity >= 0:
            return doc.entities[m.entity].id if doc.entities[m.entity].subtype not in _NOT_OWNERS else None
    return None


def _owner_in_window(
    doc: Doc, t0: int, sent: int, metric: str, lex: _Words, window: list[Mention]
) -> str | None:
    """The nearest candidate of the kinds the metric prefers, in the figure's sentence first."""
    if metric in _INVESTOR_METRICS:
        # "Firma X, generalny wykonawca, przekazała spółce Y halę. Inwestycja kosztowała 40 mln zł": the builder is
        # no owner of the project's money, jobs or area, where another candidate is left
        window = [m for m in window if not _contractor(doc, m, lex)] or window
    same = [m for m in window if m.sent == sent]
    prefs_list = _PREFERENCES.get(metric, ((),))
    if (
        _company_subject(doc, t0, lex)
        or _in_facility(doc, t0, metric, lex)
        or (metric in _COMPANY_ONLY and _company_possessor(doc, t0, lex))
    ):
        prefs_list = (("company",),)  # "Spółka wyda 5 mln zł": a company named before, or nobody
    elif (metric == "employees" and _unnamed_firms_subject(doc, t0, lex)) or (
        metric in ("investment", "jobs") and _unnamed_firms_plural_subject(doc, t0, lex)
    ):
        # "firmy działające w strefie zatrudniają 30 tys. osób", "firmy zainwestowały tam 9 mld zł": the totals of a
        # zone's unnamed firms; where the text names no zone ("Według danych agencji X koreańskie firmy zainwestowały
        # w Polsce 7 mld dolarów"), nobody's: not the source's, nor a firm's named nearby
        zones = [m for m in window if doc.entities[m.entity].subtype == "economic_zone"]
        return doc.entities[zones[-1].entity].id if zones else _topic(doc, ("economic_zone",))
    elif prefs_list is _INVESTOR_FIRST and _unnamed_firms(doc, sent, lex):
        prefs_list = prefs_list[1:]  # "firmy … wydały": totals of a zone's unnamed firms
        if not any(doc.entities[m.entity].subtype == "economic_zone" for m in window):
            zone = _topic(doc, ("economic_zone",))  # the zone the document is about, named further back
            if zone is not None:
                return zone
    if (
        prefs_list is _INVESTOR_FIRST
        and _zone_only_in_company_clauses(doc, window, lex)
        and not _total_stated(doc, sent, lex)
    ):
        # "Firma nabyła od strefy X grunt. … Projekt będzie kosztował 70 mln zł": the zone sells or hosts in the
        # clause of a bare company noun; the project is that company's, named further back than the window
        told = _company_told(doc, min(m.sent for m in window), lex)
        if told is not None:
            return told
    for prefs in prefs_list:
        for pool in (same, window):
            pick = [m for m in pool if not prefs or doc.entities[m.entity].subtype in prefs]
            if pick:
                if pool is window:
                    if metric in _INVESTOR_METRICS:  # a project's figures, not a group's own totals
                        pick = _without_groups(doc, pick, lex)
                    return _salient(doc, pick)
                return doc.entities[pick[-1].entity].id
    if prefs_list == (("company",),):
        # "Zatrudniający 500 osób zakład": the company named last before, further back than the window, or the
        # one company the text names
        return _last_company(doc, doc.tokens[t0].start) or _sole_company(doc)
    return None


def _zone_only_in_company_clauses(doc: Doc, window: list[Mention], lex: _Words) -> bool:
    """Whether the window names no company and its zones only in clauses whose subject is a bare company noun
    ("Firma nabyła od strefy X grunt", "spółka rozbuduje go na terenie strefy Y"): the zone is the seller or the
    place, not the body whose totals follow. A bracketed short form right after the full name ("od Strefy X (SX)")
    goes with that name."""
    if any(_subtype(doc, doc.entities[m.entity].id) == "company" for m in window):
        return False
    zones = [
        m
        for m in window
        if doc.entities[m.entity].subtype == "economic_zone"
        and not (m.acronym_of is not None and m.t0 > 0 and doc.tokens[m.t0 - 1].text == "(")
    ]
    return bool(zones) and all(not _nominative(doc, m) and _company_subject(doc, m.t0, lex) for m in zones)


def _company_told(doc: Doc, sent: int, lex: _Words) -> str | None:
    """The company a bare company noun in sentence ``sent`` takes up: the subject company (first organisation, in
    the nominative) of the nearest sentence before that has one, passing over contractors ("Halę postawi firma Y,
    generalny wykonawca") and rivals ("jej rywal, grupa Z"); only where it is the company the document names most
    (the first on a tie), not a neighbour named in passing ("Działkę obok nabyła wcześniej firma W")."""
    for k in range(sent - 1, -1, -1):
        for n in doc.mentions_in(k):
            m = doc.mentions[n]
            if m.type != "organization" or m.entity < 0 or _speaker_tag(doc, m):
                continue
            if _contractor(doc, m, lex) or _other_before(doc, m, lex.contractor | lex.rival):
                break  # another party: an earlier sentence may name the company
            e = doc.entities[m.entity]
            if e.subtype == "company" and _nominative(doc, m):
                return e.id if e.id == _topic(doc, ("company",)) else None
            break
    return None


def _other_before(doc: Doc, m: Mention, nouns: frozenset[str]) -> bool:
    """Whether one of `nouns` (a contractor's, a rival's) stands before an organisation's name in its sentence
    ("Wykonawcą całej inwestycji zostanie firma Y", "jej rywal, grupa Z")."""
    s0 = doc.sent_span[m.sent][0]
    return any(doc.lemmas(k) & nouns for k in range(s0, m.t0))


def _total_stated(doc: Doc, sent: int, lex: _Words) -> bool:
    """Whether the number's sentence states a sum ("łącznie", "w sumie", "razem", "łączna powierzchnia") or speaks of
    a decision or permit, or the one before counts them ("To już 31. zezwolenie w tym roku."): a zone's total or
    another firm's project, not the company's."""
    s0, s1 = doc.sent_span[sent]
    if any(doc.tokens[i].lower in lex.total or doc.lemmas(i) & lex.sum_adjective for i in range(s0, s1)):
        return True
    if any(doc.lemmas(i) & lex.reported_count for i in range(s0, s1)):
        return (
            True  # "Kolejne zezwolenie dostał producent okien, który wyda 30 mln zł": another firm's decision
        )
    first = doc.sent_span[sent - 1][0] if sent > 0 else s0
    return any(
        doc.lemmas(i) & lex.reported_count
        and any(any(c.isdigit() for c in doc.tokens[k].text) for k in range(max(first, i - 2), i))
        for i in range(first, s0)
    )


_COMPANY_ONLY = frozenset({"revenue", "employees"})


def _company_possessor(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether a bare company noun in the genitive singular hangs on a noun of revenue, profit or staff
    (`figure_head`, maybe with an adjective or two between) before the number in its clause ("Obroty tej spółki
    wyniosły 90 mln zł", "Załoga firmy liczy 250 osób"): the figure of the company the text spoke of, not of a
    university or cluster named nearer to the number. Not where the noun can be the subject of a plural verb after it
    and the head cannot ("Mimo spadku sprzedaży firmy zatrudniają 400 osób": "firmy" is a plural subject)."""
    a, _b = _clause(doc, t0)
    for i in range(a, t0):
        if doc.mention_at(i) is not None or doc.mention_at(i + 1) is not None:
            continue
        if not any(
            r.lemma in lex.company_noun and r.pos == "subst" and "sg" in r.numbers and "gen" in r.cases
            for r in doc.readings[i]
        ):
            continue
        head = _head_before(doc, i, a)
        if head is None or not doc.lemmas(head) & lex.figure_head:
            continue
        plural_noun = any(
            r.lemma in lex.company_noun and "pl" in r.numbers and "nom" in r.cases for r in doc.readings[i]
        )
        plural_head = any(
            r.pos == "subst" and "pl" in r.numbers and "nom" in r.cases for r in doc.readings[head]
        )
        if plural_noun and not plural_head and _plural_verb_after(doc, i, t0):
            continue
        return True
    return False


def _head_before(doc: Doc, i: int, a: int, nouns: frozenset[str] = frozenset({"subst"})) -> int | None:
    """The noun (a part of speech of ``nouns``), maybe before one or two adjectives or a demonstrative, right before
    token ``i`` from token ``a`` on, that is no mention: the head a genitive hangs on ("obroty tej spółki")."""
    j = i - 1
    while j >= a and j > i - 3 and any(r.pos in ("adj", "adjp") for r in doc.readings[j]):
        j -= 1
    if j >= a and doc.mention_at(j) is None and any(r.pos in nouns for r in doc.readings[j]):
        return j
    return None


def _plural_verb_after(doc: Doc, i: int, t0: int) -> bool:
    """Whether the first finite verb after token ``i`` (before the number) is in the plural."""
    for k in range(i + 1, t0):
        verbs = [r for r in doc.readings[k] if r.pos in _VERB_OR_PARTICIPLE]
        if verbs and len(verbs) == len(doc.readings[k]):
            return any("pl" in r.numbers for r in verbs)
    return False


_CONTRACTOR_REACH = 3  # the words between a name and the contractor noun of its apposition or its predicate


def _contractor(doc: Doc, m: Mention, lex: _Words) -> bool:
    """Whether an organisation is named as the builder for another: a contractor noun (`contractor`: "wykonawca") in
    an apposition right after the name ("Firma X, generalny wykonawca, …") or within a few words before it in its
    sentence ("Generalnym wykonawcą jest firma X", "wykonawca – spółka X")."""
    s0, s1 = doc.sent_span[m.sent]
    if m.t1 < s1 and doc.tokens[m.t1].text in (",", "–", "-"):
        if any(
            doc.lemmas(k) & lex.contractor for k in range(m.t1 + 1, min(s1, m.t1 + 1 + _CONTRACTOR_REACH))
        ):
            return True
    return any(doc.lemmas(k) & lex.contractor for k in range(max(s0, m.t0 - _CONTRACTOR_REACH), m.t0))


def _without_groups(doc: Doc, pick: list[Mention], lex: _Words) -> list[Mention]:
    """The candidates less a group named as another's owner, where one of another body is left: a name right after
    a lower-case group noun (`parent_noun`) that is not in the singular nominative ("Firma, należąca do grupy X,
    zbuduje zakład. Inwestycja pochłonie 120 mln zł", "Y, polska spółka niemieckiej grupy X, … Za 18 mln euro firma
    wymieni linie": Y's, not X's). A group that is a clause's own subject ("Grupa X zainwestuje") stays. Read for a
    project's metrics only (`_INVESTOR_METRICS`): a group's revenue or headcount is its own ("Firma, należąca do grupy
    X, zbuduje lakiernię. Przychody wyniosły 3 mld euro": X's)."""

    def owned(m: Mention) -> bool:
        k = m.t0 - 1
        return (
            k >= 0
            and not doc.tokens[k].is_cap
            and any(
                r.lemma in lex.parent_noun
                and r.pos == "subst"
                and not ("sg" in r.numbers and "nom" in r.cases)
                for r in doc.readings[k]
            )
            and not any(
                r.lemma in lex.parent_noun and "sg" in r.numbers and "nom" in r.cases for r in doc.readings[k]
            )
        )

    rest = [m for m in pick if not owned(m)]
    return rest or pick


def _verb_after_recipient(doc: Doc, t0: int, recipient: str) -> bool:
    """Whether a finite verb stands between the recipient's last mention before the number and the number."""
    start = doc.tokens[t0].start
    last = max(
        (
            m.t1
            for n in doc.mentions_in(doc.sent_of[t0])
            if (m := doc.mentions[n]).entity >= 0
            and doc.entities[m.entity].id == recipient
            and m.start < start
        ),
        default=t0,
    )
    return any(doc.readings[i] and all(r.pos in _FINITE for r in doc.readings[i]) for i in range(last, t0))


def _lending_before(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether a verb or noun of lending or granting money ("udzielił kredytu", "przyznał pożyczkę") stands in the
    number's clause before it."""
    a, _b = _clause(doc, t0)
    return any(doc.lemmas(i) & lex.lending for i in range(a, t0))


def _unnamed_recipient(doc: Doc, t0: int, lex: _Words) -> tuple[bool, str | None]:
    """ "Spółka X otworzy biuro. Park Y przyznał firmie decyzję o wsparciu dla projektu wartego 34 mln zł": a company
    noun with no name nor modifier after it ("firmie z Niemiec", "firmie niemieckiej": another), in the dative
    singular under no preposition, before the number in its clause, is the company named last before it: the one the
    body gives something to. Returns whether such a noun decided, and the owner (None for a firm described, not
    named: nobody's)."""
    a, _b = _clause(doc, t0)
    for i in range(a, t0):
        if doc.mention_at(i) is not None or (i + 1 < t0 and doc.mention_at(i + 1) is not None):
            continue
        if i > a and doc.is_preposition(i - 1):
            continue
        if any(
            r.pos == "subst" and r.lemma in lex.company_noun and "sg" in r.numbers and "dat" in r.cases
            for r in doc.readings[i]
        ):
            if i + 1 < t0 and (
                doc.is_preposition(i + 1)
                or any(r.pos == "adj" and "dat" in r.cases for r in doc.readings[i + 1])
            ):
                return (
                    True,
                    None,
                )  # "wydała firmie z Niemiec decyzję", "firmie niemieckiej": another firm, unnamed
            last = _last_company(doc, doc.tokens[i].start)
            return (
                last is not None,
                last,
            )  # no company named before: not decided ("Przedsiębiorcy zainwestowali…")
    return False, None


def _last_company(doc: Doc, start: int) -> str | None:
    """The company named last before ``start``, in any sentence: the firm that "spółka" or "firma" with no name
    points back to ("Decyzję dostała spółka X. … Spółka kupiła pod budowę 8 ha")."""
    last = None
    for m in doc.mentions:  # in text order
        if m.start >= start:
            break
        if (
            m.type == "organization"
            and m.entity >= 0
            and doc.entities[m.entity].subtype == "company"
            and not _speaker_tag(doc, m)
        ):
            last = doc.entities[m.entity].id
    return last


def _previous_subject_company(doc: Doc, sent: int, lex: _Words) -> str | None:
    """The company that is the subject of the sentence right before (its first organisation, in the nominative):
    the firm that a bare "spółka" or "firma" as a clause's subject takes up ("Drugą decyzję otrzymała firma Y z Z.
    Firma zatrudni 20 osób"), not a client named in an oblique case ("dostawca dla koncernu X"). Nobody where that
    sentence itself takes up a firm named earlier by a bare company noun ("Z usług firmy korzysta koncern X"): the
    text's topic goes on."""
    if sent == 0:
        return None
    s0, s1 = doc.sent_span[sent - 1]
    if any(
        doc.lemmas(i) & lex.firm_kind
        and doc.mention_at(i) is None
        and doc.mention_at(i + 1) is None
        and (i == s0 or doc.tokens[i - 1].text not in (",", "–", "-"))  # no apposition ("Y, producent")
        for i in range(s0, s1)
    ):
        return None
    for n in doc.mentions_in(sent - 1):
        m = doc.mentions[n]
        if m.type == "organization" and m.entity >= 0 and not _speaker_tag(doc, m):
            e = doc.entities[m.entity]
            return e.id if e.subtype == "company" and _nominative(doc, m) else None
    return None


def _in_facility(doc: Doc, t0: int, metric: str, lex: _Words) -> bool:
    """Whether a count of people is placed, in its clause before the number, in one plant, hall or works (a
    facility noun in the singular locative: "w fabryce pracuje 230 osób"): the people of the firm that runs
    it, not a zone's total."""
    if metric not in ("employees", "jobs"):
        return False
    return _noun_in_clause_before(doc, t0, lex.facility, lambda r: "sg" in r.numbers and "loc" in r.cases)


def _unnamed_firms_subject(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether a company noun in the plural nominative, outside any name, stands in the number's clause before
    it ("firmy w niej działające zatrudniają 47 tys. osób"): the subject is a zone's unnamed firms; not one that hangs
    on a noun before it ("za starą halą firmy, gdzie pracuje 90 osób": the company's, `_genitive_attribute`)."""
    a, _b = _clause(doc, t0)
    return any(
        r.lemma in lex.company_noun and r.pos == "subst" and r.numbers == {"pl"} and "nom" in r.cases
        for i in range(a, t0)
        if doc.mention_at(i) is None and not _genitive_attribute(doc, i, a, t0, lex)
        for r in doc.readings[i]
    )


def _unnamed_firms_plural_subject(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether a company noun in the plural nominative, outside any name, stands in the number's clause before it
    where no genitive chain may hold it: after no noun, and after an adjective only where that may be a plural
    nominative too ("koreańskie firmy zainwestowały", not "Koszt budowy siedziby regionalnej firmy to")."""
    a, _b = _clause(doc, t0)
    for i in range(a, t0):
        if doc.mention_at(i) is not None or not any(
            r.lemma in lex.company_noun and r.pos == "subst" and r.numbers == {"pl"} and "nom" in r.cases
            for r in doc.readings[i]
        ):
            continue
        if i == a:
            return True
        if doc.mention_at(i - 1) is not None:
            continue  # "… Inwestycji i Handlu firmy": a name's genitive chain
        before = doc.readings[i - 1]
        adjectives = [r for r in before if r.pos == "adj"]
        if adjectives:
            if any("pl" in r.numbers and "nom" in r.cases for r in adjectives):
                return True
            continue  # "regionalnej firmy": a genitive
        if not any(r.pos == "subst" for r in before):
            return True
    return False


def _noun_in_clause_before(doc: Doc, t0: int, lemmas: frozenset[str], form: Callable[[Any], bool]) -> bool:
    """Whether a noun of ``lemmas`` in the form that ``form`` accepts stands, outside any name, in the clause of
    token t0 before it."""
    a, _b = _clause(doc, t0)
    return any(
        r.lemma in lemmas and r.pos == "subst" and form(r)
        for i in range(a, t0)
        if doc.mention_at(i) is None
        for r in doc.readings[i]
    )


def _sole_company(doc: Doc) -> str | None:
    """The document's one company, where it names exactly one."""
    found = [e.id for e in doc.entities if e.type == "organization" and e.subtype == "company"]
    return found[0] if len(found) == 1 else None


def _trading_country(doc: Doc, t0: int, lex: _Words) -> str | None:
    """The country whose trade a number states: named after the trade noun ("eksport Czech sięgnął 3 mld euro")
    or, after "nasz" or the home country's adjective ("nasz eksport do Chin"), the home country, where the
    document names it."""
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    for i in range(t0 - 1, max(s0, t0 - 7) - 1, -1):
        if not doc.lemmas(i) & lex.trade:
            continue
        n = doc.mention_at(i + 1) if i + 1 < t0 else None
        if n is not None and doc.mentions[n].subtype == "country" and doc.mentions[n].entity >= 0:
            return doc.entities[doc.mentions[n].entity].id
        if i > s0 and doc.lemmas(i - 1) & lex.home:
            home = [m for m in doc.mentions if m.country in lex.home_country and m.subtype == "country"]
            if home and home[0].entity >= 0:
                return doc.entities[home[0].entity].id
        return None
    return None


def _owner(
    doc: Doc, t0: int, metric: str, lex: _Words, t1: int | None = None, land: bool = True
) -> str | None:
    """The organisation a figure is about.

    A count of partners or members followed by an organisation belongs to it ("20 członków Izby X").
    Otherwise the candidates are the organisations named before the number in its sentence and the three
    sentences before; the nearest one of the kinds the metric prefers wins (a named company for an investment's
    money, jobs and area, else the zone that reports totals for its unnamed firms). ``land``: whether an area
    may go to the buyer of a land sale (`_land_buyer`), off where the caller asks for the owner found otherwise."""
    sent = doc.sent_of[t0] if t0 < len(doc.sent_of) else 0
    if t1 is not None and metric in ("partners", "members"):
        counted = _counted_body(doc, t1)
        if counted is not None:
            return counted
    if metric == "exports":
        country = _trading_country(doc, t0, lex)
        if country is not None:
            return country
    if metric == "area_ha" and land:
        buyer = _buyer_after(doc, t0, lex)
        if buyer is not None:
            return buyer  # "Miasto sprzedało 5 ha firmie X": the buyer's land, not the seller's nor a zone's
        buyer = _land_buyer(doc, t0, lex)
        if buyer is not None:
            held = _owner(doc, t0, "area_ha", lex, t1, land=False)
            if held is not None and _subtype(doc, held) in _LAND_SELLERS:
                return buyer  # "Aukcję gminy na sprzedaż 3 ha gruntu wygrała spółka X"
            return held
    start = doc.tokens[t0].start
    decided, bracketed = _bracket_owner(doc, t0, lex)
    if decided:
        return bracketed
    dashed = _dashed_owner(doc, t0)
    if dashed is not None:
        return dashed
    if _joint_subject(doc, t0, lex) or _joint_after_list(doc, t0, lex) or _joint_total(doc, t0, lex):
        return None  # "Spółki A i B zainwestują łącznie 80 mln zł": a figure of both is of neither
    partner = _our_partner(doc, t0, lex)
    if partner is not None:
        return partner  # "– Nasz partner ma 900 pracowników – podkreśla prezes X": the partner's, not X's
    speaker = _speaker_org(doc, t0, lex)
    if speaker is not None:
        return speaker
    decided, antecedent = _relative_antecedent(doc, t0, lex)
    if decided:
        return antecedent
    agent = _relative_agent(doc, t0, lex)
    if agent is not None:
        return agent
    possessor = _investment_possessor(doc, t0, metric, lex)
    if possessor is not None:
        return possessor
    subject = _subject(doc, t0, lex)
    if subject is not None:
        if metric in _INVESTOR_METRICS and _subtype(doc, subject) != "company":
            # "Strefa wydała spółce X decyzję o wsparciu inwestycji o wartości 35 mln zł": the receiving company's
            recipient = _recipient(doc, t0)
            if recipient is not None:
                return recipient
            if _funder(doc, t0, subject, lex):
                return None  # "Prace za 6,2 mln zł współfinansuje fundusz X": a funder, no investor
            decided, unnamed = _unnamed_recipient(doc, t0, lex)
            return unnamed if decided else subject
        if metric in _INVESTOR_METRICS:
            # "Bank X udzielił spółce Y kredytu na budowę zakładu o wartości 80 mln zł": a company gives another
            # something for its plant: the receiving company's, where no verb stands between it and the number
            # ("Spółka X dziękuje firmie Y i zainwestuje 80 mln zł" stays X's)
            recipient = _recipient(doc, t0) if _lending_before(doc, t0, lex) else None
            if recipient is not None and not _verb_after_recipient(doc, t0, recipient):
                return (
                    recipient  # but "X zleciła firmie Y budowę hali o wartości 30 mln zł" stays the client's
                )
        return subject
    comma = _facility_relative(doc, t0, metric, lex)
    if comma is not None:
        # "X powierzyła spółce Y wzniesienie hali, w której zatrudni 90 osób": the plant's figures are those of
        # the clause it is named in, read as if the number stood at that clause's end (X, not the contractor Y); a
        # client named there is the plant's owner ("Firma X wybuduje dla spółki Y halę, w której…": Y)
        return _client(doc, comma, lex) or _owner(doc, comma, metric, lex)
    decided, opening = _unnamed_opening_subject(doc, t0, lex)
    if decided:
        return opening  # "Brennvik Drives zbuduje halę" after "Brennvik Drives Polska": the short form's
    decided, parent = _parent_named_before(doc, t0, lex)
    if decided:
        return parent  # "…, należąca do grupy Y. Cała grupa zatrudnia 150 tys. osób": Y's
    if metric in _COUNTRY_METRICS:
        country = _country_subject(doc, t0)
        if country is not None:
            return (
                country  # "Korea Południowa zainwestowała w Polsce 8 mld dolarów": the country's investment
            )
    if metric in _TOPIC and _wider_scope(doc, t0, lex, metric):
        return None  # "Łącznie w całej Polsce strefy wydały decyzje o wartości 20 mld zł": no body of the document's
    # "Firma wynajęła w parku 2 tys. m kw. i zainwestowała 9 mln zł": a bare company noun as the clause's subject
    # owns the figure; the park's or zone's noun there is only where it happens (the firm is taken up below)
    named = (
        None if _company_subject(doc, t0, lex) else _by_head_noun(doc, t0, _complement_clause(doc, t0, lex))
    )
    if named is not None:
        return named
    decided, town = _town_subject(doc, t0, lex, metric)
    if decided:
        return town  # "Miasto przygotowało 100 ha terenów": the town's, not the zone's named before
    if _unknown_body_subject(doc, t0):
        return None  # "nasza Strefa obejmuje 900 ha" in a text that names no zone: nobody we know
    if _company_subject(doc, t0, lex):
        # "Drugą decyzję dostała spółka Y. Spółka zatrudni 25 osób": Y, not the document's first investor
        told = _previous_subject_company(doc, sent, lex)
        if told is not None:
            return told
    investor = _investor_owner(doc, sent, start, metric, lex) or _headline_investor(doc, sent, metric, lex)
    if investor is not None:
        return investor
    if metric in _INVESTOR_METRICS:
        counting = _counting_body_in_sentence(doc, t0, lex)
        if counting is not None:
            return counting  # "Strefa X przyznała 14 zezwoleń, a deklarowane inwestycje sięgną 450 mln zł": X's total
        reporting = _reporting_subject_before(doc, sent, start, lex)
        if reporting is not None:
            return reporting  # "Strefa X wydała w tym roku 31 decyzji. Nakłady wyniosą 2,1 mld zł": the zone's total
    window = _owner_window(doc, sent, start, lex, t0)
    if not window:
        return (
            _owner_without_window(doc, t0, sent, start, metric, lex)
            or _interviewee_org(doc, t0, lex)
            or _author_org(doc, t0, lex)
        )
    return _owner_in_window(doc, t0, sent, metric, lex, window)


# the kinds of bodies that, with the plain verb, pay for their own projects ("Strefa X sfinansuje budowę drogi do
# podstrefy": its investment in its land)
_SELF_FUNDING = frozenset({"economic_zone", "technology_park"})


def _funder(doc: Doc, t0: int, subject: str, lex: _Words) -> bool:
    """Whether the number's clause has a verb of paying for another's project (`financing`) whose subject, no company,
    is a funder: always for "współfinansować", "dofinansować"; for the plain verbs (`financing_plain`) not a zone or
    park (their own land's roads) and not "ze środków własnych" ("Uczelnia sfinansuje ze środków własnych budowę
    laboratorium": its own)."""
    a, b = _clause(doc, t0)
    verbs = [doc.lemmas(i) & lex.financing for i in range(a, b)]
    verbs = [v for v in verbs if v]
    if not verbs:
        return False
    if any(not v <= lex.financing_plain for v in verbs):
        return True
    own = any(doc.lemmas(i) & lex.own_funds for i in range(a, b))
    return not own and _subtype(doc, subject) not in _SELF_FUNDING


_FACILITY_METRICS = frozenset({"investment", "jobs", "area_ha", "employees"})


def _facility_relative(doc: Doc, t0: int, metric: str, lex: _Words) -> int | None:
    """The comma that ends the clause a relative clause hangs on, where the number stands in that relative clause
    ("…, w której zatrudnienie dostanie 90 osób", "…, który zatrudni 45 osób"), the relative clause names no organisation,
    and the clause before names a plant, hall or other facility with no name right before the comma (a name there
    is the antecedent: `_relative_antecedent`). The plant's figures are its owner's, found from that clause; not
    where an organisation is named after the plant noun (its owner in the genitive) or a verb of selling, financing
    or works done for another (`works_for`) governs the plant."""
    if metric not in _FACILITY_METRICS:
        return None
    a, b = _clause(doc, t0)
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    if a - 2 <= s0 or doc.tokens[a - 1].text != ",":
        return None
    pronoun = a + 1 if doc.is_preposition(a) else a
    if pronoun >= t0 or not doc.lemmas(pronoun) & lex.relative:
        return None
    if any(
        doc.mentions[n].type == "organization" and a <= doc.mentions[n].t0 < b
        for n in doc.mentions_in(doc.sent_of[t0])
    ):
        return None
    if doc.mention_at(a - 2) is not None and doc.mentions[doc.mention_at(a - 2)].type == "organization":
        return None
    ma, _mb = _clause(doc, a - 2)
    plants = [i for i in range(ma, a - 1) if doc.mention_at(i) is None and _facility_noun(doc.lemmas(i), lex)]
    if not plants:
        return None
    if any(
        doc.mentions[n].type == "organization" and plants[0] < doc.mentions[n].t0 < a - 1
        for n in doc.mentions_in(doc.sent_of[t0])
    ):
        return None  # "Firma X rozpoczęła budowę fabryki spółki Y, w której…": the plant's owner is named after it
    if any(doc.lemmas(i) & (lex.selling | lex.financing | lex.works_for) for i in range(ma, plants[0])):
        return None  # "Bank X sfinansuje halę…", "Agencja X sprzedała firmie Y halę…": the clause's subject no owner
    return a - 1


def _buyer_after(doc: Doc, t0: int, lex: _Words) -> str | None:
    """The company in the dative after an area that a verb of selling before it in its clause governs ("Powiat
    sprzedał jesienią 7 ha spółce X"): the buyer, whose land it is now."""
    if not _sale_clause(doc, t0, lex):
        return None
    _a, b = _clause(doc, t0)
    start = doc.tokens[t0].start
    for n in doc.mentions_in(doc.sent_of[t0]):
        m = doc.mentions[n]
        if m.start > start and m.t0 < b and m.type == "organization" and m.entity >= 0:
            if doc.entities[m.entity].subtype == "company" and _dative(doc, m, t0):
                return doc.entities[m.entity].id
            return None  # the first name after the area is another's
    return None


_LAND_SELLERS = frozenset({"economic_zone", "municipality", "agency"})  # bodies that sell land to investors


def _land_buyer(doc: Doc, t0: int, lex: _Words) -> str | None:
    """The buyer of an area in a sentence of a sale or purchase of land, where the seller would own it (the caller
    asks that the owner found otherwise is a zone, town or agency): with a `land_deal` noun, the one company the
    sentence names ("Aukcję gminy na sprzedaż 3 ha gruntu wygrała spółka X"); where it names no company,
    the document's investor taken up by a bare singular `investor_lead` noun (its one investor, else the company it
    names most: "Akt notarialny zakupu 7 ha gruntu strefa i inwestor podpisali we wtorek", "Strefa sprzedała
    inwestorowi 8 ha"), but not another one ("kolejnemu inwestorowi") nor in a question. None otherwise: two
    companies, or a zone's own total sold ("strefa sprzedała już 40 ha gruntów")."""
    sent = doc.sent_of[t0]
    s0, s1 = doc.sent_span[sent]
    if _unnamed_firms(doc, sent, lex) or doc.text[doc.tokens[s1 - 1].start] == "?":
        return None
    noun = any(doc.lemmas(i) & lex.land_deal for i in range(s0, s1))
    companies = {
        doc.entities[doc.mentions[n].entity].id
        for n in doc.mentions_in(sent)
        if doc.mentions[n].type == "organization"
        and doc.mentions[n].entity >= 0
        and doc.entities[doc.mentions[n].entity].subtype == "company"
    }
    if companies:
        return companies.pop() if noun and len(companies) == 1 else None
    if not noun and not any(doc.lemmas(i) & lex.selling for i in range(s0, s1)):
        return None
    if not any(
        doc.mention_at(i) is None
        and (i + 1 >= s1 or doc.mention_at(i + 1) is None)
        and not (i > s0 and doc.lemmas(i - 1) & lex.added_before)
        and any(
            r.lemma in lex.investor_lead and r.pos == "subst" and "sg" in r.numbers for r in doc.readings[i]
        )
        for i in range(s0, s1)
    ):
        return None
    return _sole_investor(doc) or _topic(doc, ("company",))


def _headline(doc: Doc, sent: int) -> bool:
    """Whether sentence ``sent`` is the document's headline: its first sentence, on a line of its own with no full
    stop at its end. By sentence, unlike figures._headline_end (a character offset, by line, that lets a headline
    hold a full stop inside): the caller asks of the number's sentence, and reads the sentence after it."""
    if sent != 0 or len(doc.sent_span) < 2:
        return False
    return doc.tokens[doc.sent_span[0][1] - 1].text not in _SENTENCE_ENDS and doc.break_between(0, 1)


_SENTENCE_ENDS = frozenset({".", "!", "?"})


def _headline_investor(doc: Doc, sent: int, metric: str, lex: _Words) -> str | None:
    """ "Fabryka za 250 mln zł i 400 miejsc pracy w Pile" over "Koncern X otrzymał decyzję o wsparciu w strefie Y":
    an investment's money, jobs or area in a headline that names no organisation and no unnamed firms belong to the
    document's one investor where it is the subject of the sentence after the headline (its first organisation, in
    the nominative), not to the zone named there. A headline that speaks of a zone, park or cluster by its head noun
    ("Inwestycje za miliard złotych w strefie") states that body's totals, no investor's."""
    if metric not in _INVESTOR_METRICS or not _headline(doc, sent) or _unnamed_firms(doc, sent, lex):
        return None
    heads = _body_heads(doc.lang)
    s0, s1 = doc.sent_span[sent]
    if any(r.lemma in heads for i in range(s0, s1) for r in doc.readings[i]):
        return None
    if any(doc.mentions[n].type == "organization" for n in doc.mentions_in(sent)):
        return None
    investor = _sole_investor(doc)
    if investor is None:
        return None
    first = next(
        (doc.mentions[n] for n in doc.mentions_in(sent + 1) if doc.mentions[n].type == "organization"), None
    )
    if first is None or first.entity < 0 or doc.entities[first.entity].id != investor:
        return None
    return investor if _nominative(doc, first) else None


_SHORT_FORM_KINDS = frozenset({"economic_zone", "technology_park", "cluster"})


def _words_of(name: str) -> frozenset[str]:
    return frozenset(w[:4] for w in name.casefold().replace("-", " ").split())


def _full_body(doc: Doc, ent_id: str) -> str:
    """A zone, park or cluster named by a short form whose words all stand in the longer name of one other
    organisation of the same kind in the document ("Strefa Wałbrzyska" beside "Wałbrzyska Specjalna Strefa
    Ekonomiczna") is that organisation, and its figures are the full name's."""
    ent = next((e for e in doc.entities if e.id == ent_id), None)
    if ent is None or ent.subtype not in _SHORT_FORM_KINDS:
        return ent_id
    short = _words_of(ent.name)
    longer = [
        e.id
        for e in doc.entities
        if e.id != ent_id
        and e.type == "organization"
        and e.subtype == ent.subtype
        and short < _words_of(e.name)
    ]
    return longer[0] if len(longer) == 1 else ent_id
