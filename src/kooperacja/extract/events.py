"""Cooperation events: a trigger (lexicon) in a sentence, its modality (done, planned, wish, denial), its
participants with roles from the sentence (or the list the sentence introduces), its date, place, name and
sectors. One event per happening: reports of one happening within a document are merged."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kooperacja.data.language_data import language_data
from kooperacja.extract.cues import cues
from kooperacja.extract.doc import Doc
from kooperacja.extract.lexicon import Lexicon, lexicon
from kooperacja.text.morphology import NOMINAL

VERBAL = frozenset(
    ("fin", "praet", "inf", "impt", "imps", "pcon", "pant", "ppas", "pact", "ger", "bedzie", "winien")
)
_PARTY_TYPES = ("agreement", "letter_of_intent", "cooperation")
_MIN_PARTICIPANTS = {"agreement": 2, "letter_of_intent": 2, "cooperation": 2}
_SELF_STANDING_NOUNS = ("visit", "conference", "award")
_GERUND_TYPES = ("founding", "membership")


@dataclass
class Draft:
    type: str
    sent: int
    participants: list[tuple[int, str]] = field(default_factory=list)  # (mention index, role)
    date: str | None = None
    place: int | None = None  # mention index
    name: str | None = None
    status: str = "done"
    sents: list[int] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)

    def entities(self, doc: Doc) -> set[int]:
        return {doc.mentions[m].entity for m, _ in self.participants}


class EventFinder:
    def __init__(self, lang: str = "pl") -> None:
        self.lex: Lexicon = lexicon(lang)
        data = language_data(lang)
        self.w = cues(lang, "event_cues")  # word sets by use (data/<lang>/event_cues.tsv)
        self.ew = cues(lang, "event_words")
        self._unit_prefixes = tuple(sorted(self.ew.unit_prefix))
        self._ordinals = data.words("ordinals", "lemma")
        self._host_verbs = data.words("visit_roles", "lemma")
        self._meeting_words = data.words("meeting_words", "lemma")
        self._award_name_heads = data.words("award_name_heads", "lemma")
        self._edition_nouns = data.words("edition_nouns", "lemma")
        self._organizer_before = tuple(sorted(self.w.organizer_before_prefix))
        self._organizer_after = tuple(sorted(self.w.organizer_after_prefix))
        self._multi: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for words, kind, typ in self.lex.multiword_triggers:
            for form in _first_forms(words[0]):
                self._multi.setdefault(form, []).append((words, kind, typ))

    def __call__(self, doc: Doc) -> None:
        drafts: list[Draft] = []
        for s in range(len(doc.sentences)):
            drafts.extend(self._sentence(doc, s))
        if doc.recall:  # the candidates the rules discard (too few participants), for the learned scorer
            extra = [d for d in drafts if d.participants and not _enough(d, doc)]
            doc.event_candidates = [
                {**self._to_dict(doc, d), "rule": "too_few"} for d in _split_per_actor(doc, extra)
            ]
        events = _split_per_actor(doc, _merge(doc, drafts))
        self._neighbour_dates(doc, events)
        doc.events = [self._to_dict(doc, d) for d in events]

    def _neighbour_dates(self, doc: Doc, events: list[Draft]) -> None:
        """ "We wtorek 14 czerwca delegacje spotkały się w Opolu. Porozumienie podpisali: …": an undated event
        takes the date of the sentence right before its first sentence, within one paragraph."""
        for d in events:
            if d.date:
                continue
            first = min(d.sents)
            if first == 0:
                continue
            prev, cur = doc.sentences[first - 1], doc.sentences[first]
            if "\n" in doc.text[prev.end : cur.start]:
                continue
            if d.status == "planned":
                continue
            d.date = self._date(doc, first - 1)
        # a signing reported as news with no date of its own took place on the article's date
        signed = [d for d in events if d.type in ("agreement", "letter_of_intent") and d.status == "done"]
        for d in signed:
            if not d.date and doc.published and self._reported_signing(doc, d):
                d.date = doc.published

    def _reported_signing(self, doc: Doc, d: Draft) -> bool:
        """A past-tense signing verb ("podpisali", "podpisano", "zostało podpisane") in the event's sentences."""
        for s in d.sents:
            s0, s1 = doc.sent_span[s]
            for i in range(s0, s1):
                if doc.lemmas(i) & self.ew.signing and any(
                    r.pos in ("praet", "imps", "ppas") for r in doc.readings[i]
                ):
                    return True
        return False

    # ---- per sentence -------------------------------------------------------------------------
    def _triggers(self, doc: Doc, s: int) -> tuple[dict[str, list[int]], dict[str, list[int]], set[str]]:
        """(types stated by verbs, types named by nouns, types an action verb can realise)."""
        lex = self.lex
        s0, s1 = doc.sent_span[s]
        verbs: dict[str, list[int]] = {}
        nouns: dict[str, list[int]] = {}
        actions: set[str] = set()
        excluded: set[int] = set()
        inside = {
            i
            for n in doc.mentions_in(s)
            if doc.mentions[n].type != "person"
            for i in range(doc.mentions[n].t0, doc.mentions[n].t1)
        }
        for i in range(s0, s1):
            if i in inside and not doc.tokens[i].text.islower():
                continue  # "Targi Kielce", "Izba Handlowa": a word of a name, not a statement
            hits = [
                (r, lex.triggers[lem]) for r in doc.readings[i] if (lem := r.lemma.lower()) in lex.triggers
            ]
            guests = copula = False
            if hits:
                guests = self._noun_not_verb(doc, i)
                copula = self._copula_noun(doc, i)
            for r, rows in hits:
                for kind, typ in rows:
                    if (
                        guests
                        and r.pos in VERBAL
                        or copula
                        and r.pos in NOMINAL
                        and typ in ("visit", "conference")
                    ):
                        continue
                    if kind == "verb" and r.pos in VERBAL and (r.pos != "ger" or typ in _GERUND_TYPES):
                        verbs.setdefault(typ, []).append(i)
                    elif kind == "noun" and (r.pos in NOMINAL and r.pos != "ger"):
                        if not self._noun_counts(doc, i, r.lemma.lower(), r.numbers, typ):
                            continue
                        nouns.setdefault(typ, []).append(i)
                    elif kind == "action" and r.pos in VERBAL | NOMINAL:
                        actions.add(typ)
            for words, kind, typ in self._multi.get(doc.tokens[i].lower, ()) if doc.lemmas(i) else ():
                if i + len(words) <= s1 and all(words[k] in doc.lemmas(i + k) for k in range(len(words))):
                    if kind == "exclude":
                        excluded.add(i)
                        continue
                    (verbs if kind == "fact" else nouns).setdefault(typ, []).append(i)
        for typ in list(nouns):
            nouns[typ] = [i for i in nouns[typ] if i not in excluded]
            if not nouns[typ]:
                del nouns[typ]
        # "list intencyjny" is a letter of intent, not a bare "list"
        for typ in ("letter_of_intent",):
            if typ in nouns:
                for other in ("agreement",):
                    if other in verbs and not nouns.get(other):
                        del verbs[other]
        return verbs, nouns, actions

    def _noun_not_verb(self, doc: Doc, i: int) -> bool:
        """ "przyjął gości", "zagranicznych gości", "dla gości": a form that is also a noun, read as the noun after a
        verb, an adjective or a preposition."""
        rs = doc.readings[i]
        if not any(r.pos in NOMINAL for r in rs) or not any(r.pos in ("fin", "praet") for r in rs) or i == 0:
            return False
        prev = doc.readings[i - 1]
        if not doc.tokens[i - 1].is_word or not prev:
            return False
        nouns = [r for r in rs if r.pos in NOMINAL]
        for p in prev:
            if p.pos == "prep":
                governed = {c for c in p.tag.split(":")[1:2] for c in c.split(".")}
                if any(governed & r.cases for r in nouns):
                    return True
            elif p.pos in ("adj", "ppas", "pact", "num"):
                if any(p.cases & r.cases and p.numbers & r.numbers for r in nouns):
                    return True
            elif p.pos in ("fin", "praet", "inf"):
                if any(r.cases & {"acc", "gen"} for r in nouns):
                    return True
        return False

    def _copula_noun(self, doc: Doc, i: int) -> bool:
        """ "Misją klastra jest …", "Celem forum było …": an event noun in the instrumental with 'być' names a
        purpose, not a happening."""
        if not any(r.pos in NOMINAL and r.cases == frozenset({"inst"}) for r in doc.readings[i]):
            return False
        if any(r.pos in NOMINAL and "inst" not in r.cases for r in doc.readings[i]):
            return False
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        return any(doc.lemmas(k) & self.w.copula for k in range(max(s0, i - 3), min(s1, i + 8)))

    def _meeting(self, doc: Doc, s: int) -> int | None:
        """ "odbyło się spotkanie przedstawicieli A, B i C": a meeting of three or more named organisations."""
        s0, s1 = doc.sent_span[s]
        noun = next(
            (i for i in range(s0, s1) if doc.lemmas(i) & self.w.meeting_noun and doc.tokens[i].is_word), None
        )
        if noun is None or not any(doc.lemmas(i) & self.w.take_place_verb for i in range(s0, s1)):
            return None
        orgs = {
            doc.mentions[n].entity
            for n in self._mentions_in(doc, s)
            if doc.mentions[n].type == "organization"
        }
        return noun if len(orgs) >= 3 else None

    def _noun_counts(self, doc: Doc, i: int, lemma: str, numbers: frozenset[str], typ: str) -> bool:
        """Plural event nouns speak of events in general ("udział w konferencjach"); "miejsce" is an award
        only as a ranking place ("na czwartym miejscu")."""
        if lemma in self.w.ranking_place:
            if i == 0:
                return False
            prev = doc.tokens[i - 1]
            return (
                prev.text == "."
                and i >= 2
                and doc.tokens[i - 2].is_num
                or bool(doc.lemmas(i - 1) & self._ordinals)
            )
        if typ in _SELF_STANDING_NOUNS and "sg" not in numbers and lemma not in self.w.plural_event_noun:
            return False
        return True

    def _modality(self, doc: Doc, s: int, at: list[int]) -> str | None:
        """'negated', 'topic', 'plan', 'future' or None for a trigger at token positions `at`."""
        s0, s1 = doc.sent_span[s]
        lex = self.lex
        first = min(at)
        for i in at:
            for k in range(max(s0, i - 3), i):
                if doc.tokens[k].lower in self.w.negation:
                    return "negated"
        kinds = set()
        for i in range(s0, s1):
            for r in doc.readings[i]:
                kind = lex.modality.get(r.lemma.lower())
                if kind == "negation":
                    return "negated"
                if kind == "topic" and i < first:
                    kinds.add("topic")
                if kind == "plan" and first - 5 <= i < first + 2:
                    if r.pos in VERBAL and r.pos not in ("ppas", "pact", "ger"):
                        infs = [
                            x.lemma
                            for k in range(i + 1, min(s1, i + 5))
                            for x in doc.readings[k]
                            if x.pos == "inf"
                        ]
                        if not infs or infs[0] in self.w.copula:
                            continue
                    kinds.add("plan")
        if "topic" in kinds:
            return "topic"
        if "plan" in kinds:
            return "plan"
        if self._future(doc, s, at):
            return "future"
        return None

    def _future(self, doc: Doc, s: int, at: list[int]) -> bool:
        s0, s1 = doc.sent_span[s]
        spans = [self._clause(doc, i) for i in at]
        for i in range(s0, s1):
            low = doc.tokens[i].lower
            if low in self.w.future_form:
                # only in the trigger's own clause ("…, który będzie koordynatorem" speaks of something else)
                if any(a <= i < b for a, b in spans):
                    return True
        for i in at:
            fin = [r for r in doc.readings[i] if r.pos == "fin"]
            # a present-tense reading ("należy" is also perfective) is no future
            if fin and all(":perf" in r.tag for r in fin):
                return True
        return False

    def _clause(self, doc: Doc, i: int) -> tuple[int, int]:
        """Token range of the clause around token i: up to the nearest comma, semicolon or dash on either side
        that opens a relative or subordinate clause ("…, który/że/aby …")."""
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        a = i
        while a > s0:
            t = doc.tokens[a - 1]
            if t.text in (";",) or (t.text == "," and doc.tokens[a].lower in self.ew.clause_opener):
                break
            if t.text == "," and a < i and any(doc.tokens[k].lower in self.ew.clause_opener for k in (a,)):
                break
            a -= 1
        # a clause that opens with a relative word ends before the trigger
        for k in range(i - 1, a - 1, -1):
            if doc.tokens[k].text == "," and k + 1 < s1 and doc.tokens[k + 1].lower in self.ew.clause_opener:
                a = k + 1
                break
        b = i + 1
        while b < s1:
            t = doc.tokens[b]
            if t.text == ";" or (
                t.text == "," and b + 1 < s1 and doc.tokens[b + 1].lower in self.ew.clause_opener
            ):
                break
            b += 1
        return a, b

    def _sentence(self, doc: Doc, s: int) -> list[Draft]:
        verbs, nouns, actions = self._triggers(doc, s)
        types: dict[str, list[int]] = {}
        for typ, at in verbs.items():
            types.setdefault(typ, []).extend(at)
        for typ, at in nouns.items():
            if typ in actions:
                types.setdefault(typ, []).extend(at)
            elif typ in _PARTY_TYPES and any(self._between(doc, i) for i in at):
                # "Porozumienie między Izbą X a Miastem Y": the noun with both parties states the event
                types.setdefault(typ, []).extend(i for i in at if self._between(doc, i))
            elif typ in _SELF_STANDING_NOUNS:
                # a plural-only noun ("targi") stands alone only as a name; in a list of topics it needs an action
                own = [
                    i for i in at if not (doc.lemmas(i) & self.w.plural_event_noun) or doc.tokens[i].is_cap
                ]
                if own:
                    types.setdefault(typ, []).extend(own)
        meeting = self._meeting(doc, s)
        if meeting is not None and "conference" not in types and "visit" not in types:
            types["conference"] = [meeting]
        if "agreement" in types and "letter_of_intent" in types:
            if nouns.get("letter_of_intent") and not nouns.get("agreement"):
                del types["agreement"]
        if "cooperation" in types and ("agreement" in types or "letter_of_intent" in types):
            del types["cooperation"]
        out = []
        for typ, at in types.items():
            mood = self._modality(doc, s, at)
            if mood in ("negated", "topic"):
                continue
            status = "done"
            date = self._date(doc, s)
            if mood == "future" and typ == "investment":
                mood = None  # an investment announced counts as one
            if mood in ("plan", "future"):
                if not date or not self._concrete_future(doc, s):
                    continue
                status = "planned"
            d = Draft(typ, s, date=date, status=status, sents=[s])
            d.participants = self._as_units(doc, self._participants(doc, s, typ, at))
            d.place = self._place(doc, s, d)
            d.name = self._name(doc, s, typ)
            d.sectors = sorted(self._sectors_by_sent(doc).get(s, set()))
            out.append(d)
        return out

    def _as_units(self, doc: Doc, parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """A place that acts is the unit that the document names formally elsewhere ("gminy: Herby, …" and
        "Gmina Herby"; "województwo opolskie" and "Województwo Opolskie")."""
        units = self._units(doc)
        ents = {doc.mentions[x].entity: x for x, _ in parts}
        out: list[tuple[int, str]] = []
        hosted: set[int] = set()
        for n, role in parts:
            m = doc.mentions[n]
            if m.type == "place":
                k = units.get(m.name.lower())
                if k is not None:
                    ke = doc.mentions[k].entity
                    if ke in ents:
                        # the unit takes part already: one participant, hosting where the place hosts
                        if role == "host":
                            hosted.add(ke)
                        continue
                    n = k
            out.append((n, role))
        return [(n, "host" if doc.mentions[n].entity in hosted else r) for n, r in out]

    def _units(self, doc: Doc) -> dict[str, int]:
        if doc.place_units is not None:
            return doc.place_units
        found: dict[str, set[int]] = {}
        first: dict[int, int] = {}
        for n, m in enumerate(doc.mentions):
            if (
                m.type != "organization"
                or m.entity < 0
                or m.subtype not in ("municipality", "regional_government")
            ):
                continue
            first.setdefault(m.entity, n)
            name = doc.entities[m.entity].name
            low = name.lower()
            keys = {low}
            for prefix in self._unit_prefixes:
                if low.startswith(prefix + " "):
                    keys.add(low[len(prefix) + 1 :])
            for k in keys:
                found.setdefault(k, set()).add(m.entity)
        units = {k: first[next(iter(v))] for k, v in found.items() if len(v) == 1}
        doc.place_units = units
        return units

    def _sectors_by_sent(self, doc: Doc) -> dict[int, set[str]]:
        if doc.sent_sectors is None:
            by: dict[int, set[str]] = {}
            for i, sec in doc.sector_hits:
                by.setdefault(doc.sent_of[i], set()).add(sec)
            doc.sent_sectors = by
        return doc.sent_sectors

    def _concrete_future(self, doc: Doc, s: int) -> bool:
        sent = doc.sentences[s]
        for dm in doc.dates:
            if sent.start <= dm.start < sent.end and dm.value and dm.kind != "year":
                return True
        return False

    def _date(self, doc: Doc, s: int) -> str | None:
        sent = doc.sentences[s]
        for dm in doc.dates:
            if sent.start <= dm.start < sent.end and dm.value and dm.kind != "year_range":
                return dm.value
        return self._edition_year(doc, s)

    def _edition_year(self, doc: Doc, s: int) -> str | None:
        """ "podczas targów Expo 2018": the year that names an edition of a fair, forum or ranking (not a later
        one than the article's: "Strategia 2030" is a horizon)."""
        s0, s1 = doc.sent_span[s]
        latest = int(doc.published[:4]) if doc.published and doc.published[:4].isdigit() else None
        for i in range(s0 + 1, s1):
            text = doc.tokens[i].text
            if not (len(text) == 4 and text.isdigit() and doc.tokens[i - 1].is_cap):
                continue
            year = int(text)
            if year < 1990 or (latest is not None and year > latest) or (latest is None and year > 2039):
                continue
            if any(doc.lemmas(k) & self._edition_nouns for k in range(max(s0, i - 8), i)):
                return text
        return None

    # ---- participants ---------------------------------------------------------------------------
    def _mentions_in(self, doc: Doc, s: int) -> list[int]:
        return [n for n in doc.mentions_in(s) if doc.mentions[n].entity >= 0]

    def _list_after(self, doc: Doc, s: int, places: bool = False) -> list[int]:
        """Mentions in the list that a sentence ending with ':' introduces (or a short line right after it:
        "… podpisano list intencyjny. Sygnatariusze listu:"). Places count where they can act (`places`:
        the towns a ranking lists)."""
        text = doc.sent_text(s).rstrip()
        if not text.endswith(":"):
            if s + 1 < len(doc.sentences):
                nxt = doc.sent_text(s + 1).rstrip()
                s0, s1 = doc.sent_span[s + 1]
                if nxt.endswith(":") and s1 - s0 <= 6 and not self._mentions_in(doc, s + 1):
                    return self._list_after(doc, s + 1, places)
            return []
        out: list[int] = []
        gap = 0
        kinds = ("organization", "place") if places else ("organization",)
        for t in range(s + 1, min(len(doc.sentences), s + 25)):
            found = [
                n
                for n in self._mentions_in(doc, t)
                if doc.mentions[n].type in kinds
                and (doc.mentions[n].type == "organization" or _sub(doc, n) in ("city", "region"))
            ]
            s0, s1 = doc.sent_span[t]
            if not found:
                gap += 1
                # lines naming the people who signed for an item ("• Jan Nowak – Prezes") do not end the list
                if (out and gap > 3) or s1 - s0 > 25:
                    break
                continue
            gap = 0
            # the first organisation of each item is the signatory; "reprezentowany przez X" is not. Items
            # inside one line are cut at commas, semicolons and "oraz" outside names ("A – Wójt Gminy X, B –
            # Burmistrz Miasta Y oraz C – Wójt Gminy Z")
            item: int | None = None
            for n in found:
                if item is None or self._item_break(doc, item, n):
                    if not self._represented(doc, n):
                        out.append(n)
                    item = n
        return out

    def _item_break(self, doc: Doc, a: int, b: int) -> bool:
        """A comma, semicolon or 'oraz' outside names between mentions a and b."""
        for k in range(doc.mentions[a].t1, doc.mentions[b].t0):
            if doc.tokens[k].text in (",", ";") or doc.tokens[k].lower in self.w.item_break:
                if doc.mention_at(k) is None:
                    return True
        return False

    def _list_in_next(self, doc: Doc, s: int, cand: list[int]) -> list[int]:
        """ "… spotkali się, by podpisać porozumienie. Wśród obecnych znaleźli się: A, B, C": a sentence that
        names no actors takes them from the list that the next sentence opens with a colon."""
        actors = [
            n
            for n in cand
            if doc.mentions[n].type == "organization"
            and not self._being_founded(doc, n)
            and not self._venue(doc, n)
        ]
        if actors or s + 1 >= len(doc.sentences):
            return []
        s0, s1 = doc.sent_span[s + 1]
        colon = next((i for i in range(s0, min(s1, s0 + 12)) if doc.tokens[i].text == ":"), None)
        if colon is None:
            return []
        after = [n for n in self._mentions_in(doc, s + 1) if doc.mentions[n].t0 > colon]
        orgs = [n for n in after if doc.mentions[n].type == "organization"]
        return orgs if len(orgs) >= 2 else []

    def _participants(self, doc: Doc, s: int, typ: str, at: list[int]) -> list[tuple[int, str]]:
        ms = doc.mentions
        cand = self._mentions_in(doc, s)
        listed = self._list_after(doc, s, typ == "award") or self._list_in_next(doc, s, cand)
        listed_places = [n for n in listed if ms[n].type == "place"]
        listed = [n for n in listed if ms[n].type != "place"]
        cand = [
            n
            for n in cand
            if not self._represented(doc, n) and not self._parenthesised(doc, n) and not self._funding(doc, n)
        ]
        orgs = [n for n in cand if ms[n].type == "organization"] + listed
        persons = [n for n in cand if ms[n].type == "person" and not self._person_has_org(doc, n)]
        places = [n for n in cand if ms[n].type == "place" and _sub(doc, n) != "other"]
        trig = min(at)
        seen: set[int] = set()

        def uniq(items: list[tuple[int, str]]) -> list[tuple[int, str]]:
            out = []
            for n, role in items:
                e = ms[n].entity
                if e in seen:
                    continue
                seen.add(e)
                out.append((n, role))
            return out

        if typ in _PARTY_TYPES:
            parties = [(n, "party") for n in orgs if not self._venue(doc, n)]
            if len({ms[n].entity for n, _ in parties}) < 2:
                acting = [
                    n for n in places if ms[n].subtype in ("city", "region") and self._acting_place(doc, n)
                ]
                parties += [(n, "party") for n in acting]
            if len({ms[n].entity for n, _ in parties}) < 2:
                parties += [(n, "party") for n in persons]
            return uniq(parties)
        if typ == "visit":
            out = []
            hosting = self._hosting_verb(doc, s)
            for n in orgs + places:
                if self._after_prep(doc, n, self.w.agent_preposition, 2):
                    continue  # "zorganizowane przez X": X organises something within the trip
                if self._met_with(doc, n):
                    out.append((n, "host"))  # "delegacja spotkała się z przedstawicielami Urzędu"
                elif self._delegation_of(doc, n) or self._after_prep(doc, n, self.w.with_preposition, 1):
                    out.append((n, "visitor"))  # "delegacja prowincji Hubei", "delegacja z prowincji Hubei"
                elif (
                    self._after_prep(doc, n, self.w.host_preposition)
                    or self._in_seat_of(doc, n)
                    or self._object_of_visit(doc, n, at)
                    or (hosting is not None and (ms[n].t0 > hosting or self._nominative(doc, n)))
                ):
                    out.append(
                        (n, "host")
                    )  # "Park gościł delegację", "gości przyjęli przedstawiciele Urzędu"
                elif ms[n].type == "organization":
                    out.append((n, "visitor"))
            if not out:
                out += [(n, "visitor") for n in persons]
            return uniq(out)
        if typ == "conference":
            out = []
            for n in orgs:
                role = "organizer" if self._organizer(doc, n) else "participant"
                out.append((n, role))
            if not out:
                # "goście z Kałusza i Jonawy": towns and regions take part; "przedsiębiorcy z Polski i Białorusi"
                # only says where the people come from
                out = [
                    (n, "participant")
                    for n in places
                    if self._after_prep(doc, n, self.w.with_preposition) and _sub(doc, n) != "country"
                ]
            return uniq(out)
        if typ == "founding":
            founded = None
            # "list intencyjny w sprawie utworzenia klastra": a founding that is the topic of something else
            at = [i for i in at if not self._topic_of(doc, i)]
            if not at:
                return []
            participles = [i for i in at if all(r.pos in ("ppas", "pact") for r in doc.readings[i])]
            if participles and len(participles) == len(at):
                # "ranking stworzony przez magazyn X": only a named organisation right before is founded
                before = [n for n in orgs if 0 < min(at) - ms[n].t1 <= 2]
                if not before:
                    return []
            at = [i for i in at if not self._thing_arises(doc, i)]
            if not at:
                return []
            gerunds = [i for i in at if any(r.pos == "ger" for r in doc.readings[i])]
            if gerunds and len(gerunds) == len(at):
                if not any("sg" in r.numbers for i in gerunds for r in doc.readings[i] if r.pos == "ger"):
                    return []
                near = [n for n in orgs if any(0 < ms[n].t0 - i <= 8 for i in gerunds)]
                if not near:
                    return []
                orgs = near + [n for n in orgs if n not in near]
            clusters = [n for n in orgs if ms[n].subtype == "cluster"]
            after = [
                n for n in orgs if ms[n].start > doc.tokens[trig].start and ms[n].subtype != "economic_zone"
            ]
            if clusters and not any(r.lemma in self.w.arise_perfective for i in at for r in doc.readings[i]):
                founded = clusters[0]
            elif after:
                founded = after[0]
            if founded is None:
                subj = [n for n in orgs if ms[n].start < doc.tokens[trig].start]
                if subj and any(r.lemma in self.w.arise_perfective for i in at for r in doc.readings[i]):
                    founded = subj[-1]
                elif subj and len(orgs) > len(subj):
                    # "Przedsięwzięcie Silesia Automotive zainicjowała KSSE": object first, founders after the verb
                    kinds = [
                        n for n in subj if _sub(doc, n) not in ("economic_zone", "municipality", "agency")
                    ]
                    founded = kinds[0] if kinds else None
            if founded is None:
                return []
            out = [(founded, "founded")] + [(n, "founder") for n in orgs if n != founded]
            return uniq(out)
        if typ == "membership":
            # "do Klastra X", "do klastra X" (a lower-case descriptor between), "członkiem X"
            # "włączyć się w projekt X": joining takes "w" as well as "do"
            preps = self.w.join_preposition
            if any(doc.lemmas(i) & self.w.join_in_verb for i in at):
                preps = preps | self.w.join_in_preposition
            group = [n for n in orgs if self._after_prep(doc, n, preps, 1) or self._group_after(doc, n)]
            if not group:
                # "klaster X, do którego należy firma Y": the group is the antecedent of the relative clause
                ante = self._relative_group(doc, at)
                group = [ante] if ante is not None and ante in orgs else []
            members = [n for n in orgs if n not in group]
            if not group or not members:
                return []
            return uniq([(n, "member") for n in members] + [(n, "group") for n in group])
        if typ == "investment":
            # "na terenie po Zakładach X", "w halach po dawnej fabryce X": a former owner of the site invests nothing
            investors = [
                n
                for n in orgs
                if _sub(doc, n) == "company"
                and not self._after_prep(doc, n, self.w.origin_preposition, 1)
                and not self._after_prep(doc, n, self.w.former_site_preposition, 1)
            ]
            hosts = [n for n in orgs if _sub(doc, n) in ("economic_zone", "municipality", "technology_park")]
            if not investors and s + 1 < len(doc.sentences) and self._names_plant(doc, s + 1):
                investors = [
                    n
                    for n in self._mentions_in(doc, s + 1)
                    if ms[n].type == "organization"
                    and _sub(doc, n) == "company"
                    and not self._after_prep(doc, n, self.w.origin_preposition, 1)
                ]
            if not investors and verbs_active(doc, at):
                investors = [n for n in orgs if ms[n].start < doc.tokens[trig].start][:1]
                hosts = [n for n in hosts if n not in investors]
            if not investors:
                return []
            return uniq([(n, "investor") for n in investors] + [(n, "host") for n in hosts])
        if typ == "award":
            grantors = [
                n
                for n in orgs
                if self._after_prep(doc, n, self.w.agent_preposition, skip_words=3)
                or self._award_of(doc, n)
                or self._subject_of_granting(doc, s, n)
            ]
            recipients = [
                n
                for n in orgs
                if n not in grantors
                and not self._after_prep(doc, n, self.w.origin_preposition, 1)
                and not self._in_title(doc, n)
                and not self._award_name(doc, n)
            ]
            if not grantors:
                grantors = self._ranking_author(doc, s, recipients)
            if not recipients:
                recipients = persons
            if not recipients:
                # a ranking of towns and regions: the places it ranks ("najlepiej wypadły Gdynia i Sopot")
                ranked = any(doc.lemmas(i) & self.ew.place_award for i in at)
                recipients = listed_places or [
                    n
                    for n in places
                    if ranked
                    and ms[n].subtype in ("city", "region")
                    and self._acting_place(doc, n)
                    and self._nominative(doc, n)
                ]
            if not recipients:
                return []
            return uniq([(n, "recipient") for n in recipients] + [(n, "grantor") for n in grantors[:1]])
        return []

    def _thing_arises(self, doc: Doc, i: int) -> bool:
        """ "powstał raport", "pierwszy odlew powstał": 'powstać' with a common noun as its subject
        (not an organisation's head word) founds nothing."""
        if not any(r.lemma in self.w.arise_verb for r in doc.readings[i]):
            return False
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        for k in (*range(i + 1, min(s1, i + 4)), *range(i - 1, max(s0 - 1, i - 3), -1)):
            tok = doc.tokens[k]
            if not tok.is_word or doc.mention_at(k) is not None:
                return False
            rs = doc.readings[k]
            if any(r.pos in ("adj", "adv", "num") for r in rs) and not any(r.pos == "subst" for r in rs):
                continue
            nouns = [r for r in rs if r.pos == "subst" and "nom" in r.cases]
            if not nouns or tok.is_cap:
                return False
            lemmas = {r.lemma.lower() for r in nouns}
            return not (lemmas & set(self.lex.org_heads) or lemmas & set(self.lex.descriptors))
        return False

    def _between(self, doc: Doc, i: int) -> bool:
        """An event noun followed by "między/pomiędzy A a/i B" naming two organisations or places."""
        s1 = doc.sent_span[doc.sent_of[i]][1]
        k = i + 1
        while k < min(s1, i + 4) and doc.tokens[k].lower not in self.w.between_preposition:
            if doc.mention_at(k) is not None or not doc.tokens[k].is_word:
                return False
            k += 1
        if k >= min(s1, i + 4):
            return False
        named = set()
        j = k + 1
        while j < s1 and len(named) < 2:
            n = doc.mention_at(j)
            if n is None:
                joins = doc.tokens[j].lower in self.w.conjunction or doc.tokens[j].text == ","
                if not joins and j == k + 1:
                    return False
                if not joins:
                    break
                j += 1
                continue
            m = doc.mentions[n]
            if m.type == "person" or m.entity < 0:
                return False
            named.add(m.entity)
            j = m.t1
        return len(named) >= 2

    def _topic_of(self, doc: Doc, i: int) -> bool:
        """ "w sprawie utworzenia", "dot. powołania", "w celu założenia": a gerund that names the subject
        of a letter or a meeting."""
        if not any(r.pos == "ger" for r in doc.readings[i]):
            return False
        s0 = doc.sent_span[doc.sent_of[i]][0]
        before = {doc.tokens[k].lower for k in range(max(s0, i - 3), i)}
        return bool(before & self.ew.topic)

    def _subject_of_granting(self, doc: Doc, s: int, n: int) -> bool:
        """ "Ministerstwo Energii przyznało certyfikaty …": the nominative subject before an active granting verb
        grants the award."""
        m = doc.mentions[n]
        s1 = doc.sent_span[s][1]
        if not self._nominative(doc, n):
            return False
        for k in range(m.t1, min(s1, m.t1 + 3)):
            if doc.lemmas(k) & self.ew.granting and any(r.pos in ("fin", "praet") for r in doc.readings[k]):
                return True
        return False

    def _award_of(self, doc: Doc, n: int) -> bool:
        """ "nagrody TSSE", "wyróżnienie Marszałka": the organisation right after an award noun grants it."""
        m = doc.mentions[n]
        if m.t0 == 0 or not doc.lemmas(m.t0 - 1) & self.w.award_noun:
            return False
        # a genitive ("nagroda Marszałka"), not a dative recipient ("nagrodę Politechnice Gdańskiej")
        rs = [r for r in doc.readings[m.t0] if r.pos in NOMINAL or r.pos == "adj"]
        return not rs or any("gen" in r.cases for r in rs)

    def _funding(self, doc: Doc, n: int) -> bool:
        """ "ze środków Unii Europejskiej": a source of money is no participant."""
        m = doc.mentions[n]
        return m.t0 > 1 and bool(doc.lemmas(m.t0 - 1) & self.w.funding_noun)

    def _in_relative_clause(self, doc: Doc, n: int, at: list[int]) -> bool:
        """Inside ", który/która/którego … ," that does not hold the trigger itself."""
        m = doc.mentions[n]
        s0, _s1 = doc.sent_span[m.sent]
        k = m.t0 - 1
        while k >= s0 and doc.tokens[k].text not in (",", ";", "(", ")"):
            k -= 1
        if k < s0 or doc.tokens[k].text != "," or k + 1 >= m.t0:
            return False
        if not doc.tokens[k + 1].lower.startswith(tuple(self.w.relative_prefix)):
            return False
        end = m.t1
        while (
            end < len(doc.tokens)
            and doc.tokens[end].text not in (",", ".", ";")
            and doc.sent_of[end] == m.sent
        ):
            end += 1
        return not any(k < i < end for i in at)

    def _acting_place(self, doc: Doc, n: int) -> bool:
        """A place that acts ("Katowice i Saint-Etienne są miastami partnerskimi", "burmistrzowie Szczecinka"),
        not one that locates ("w Lublinie", "na terytorium obwodu Lwowskiego")."""
        m = doc.mentions[n]
        if self._after_prep(doc, n, self.w.location_preposition):
            return False
        if m.t0 == 0 or not doc.tokens[m.t0 - 1].is_word or doc.tokens[m.t0 - 1].is_cap:
            return True
        k = m.t0 - 1
        if (
            k >= 2
            and doc.tokens[k - 1].lower in self.w.conjunction
            and any(r.pos == "adj" for r in doc.readings[k])
        ):
            # "burmistrzowie Szczecinka i szwedzkiego Soderhamn": the second town acts like the first
            j = doc.mention_at(k - 2)
            if j is not None and j != n and doc.mentions[j].t1 == k - 1 and doc.mentions[j].type == "place":
                return self._acting_place(doc, j)
        prev = doc.lemmas(m.t0 - 1)
        if prev & self.lex.titles or prev & self.w.acting_place_cue:
            return True
        return not any(r.pos in NOMINAL for r in doc.readings[m.t0 - 1])

    def _being_founded(self, doc: Doc, n: int) -> bool:
        """ "porozumienie o utworzeniu Klastra X": X is what the agreement sets up, not a party to it."""
        m = doc.mentions[n]
        for k in range(max(0, m.t0 - 2), m.t0):
            if any(r.pos == "ger" and r.lemma in self.w.founding_verb for r in doc.readings[k]):
                return True
        return False

    def _venue(self, doc: Doc, n: int) -> bool:
        """ "w Collegium Maius", "w Sali Librarium Collegium Maius", "w siedzibie KSSE": an organisation named
        as the place of a signing."""
        m = doc.mentions[n]
        k = m.t0 - 1
        while k >= 0 and m.t0 - k <= 4 and doc.tokens[k].is_cap and doc.mention_at(k) in (None, n):
            k -= 1
        before = doc.mention_at(k) if k >= 0 else None
        if before is not None and before != n:
            bm = doc.mentions[before]
            if bm.type == "place" and bm.subtype == "other" and bm.t1 == k + 1:
                return True  # "w Sali Librarium Collegium Maius": inside a named venue
        if k >= 0 and doc.lemmas(k) & self.w.venue_noun:
            k -= 1
        return k >= 0 and doc.tokens[k].lower in self.w.in_preposition

    def _names_plant(self, doc: Doc, s: int) -> bool:
        s0, s1 = doc.sent_span[s]
        return any(doc.lemmas(i) & self.w.plant_noun for i in range(s0, s1))

    def _ranking_author(self, doc: Doc, s: int, recipients: list[int]) -> list[int]:
        """A ranking's author: a media or analyst organisation named in the sentence or the one before."""
        rec = {doc.mentions[n].entity for n in recipients}
        for t in (s, s - 1):
            for n in self._mentions_in(doc, t) if t >= 0 else []:
                m = doc.mentions[n]
                if m.type == "organization" and m.subtype == "other" and m.entity not in rec:
                    return [n]
        return []

    def _represented(self, doc: Doc, n: int) -> bool:
        """'… reprezentowany przez X': X signs for another party and is no party itself."""
        m = doc.mentions[n]
        for k in range(max(0, m.t0 - 3), m.t0):
            if doc.tokens[k].lower.startswith(tuple(self.w.represented_prefix)):
                return True
        return False

    def _person_has_org(self, doc: Doc, n: int) -> bool:
        ent = doc.entities[doc.mentions[n].entity]
        return any(r.get("organization") for r in ent.roles)

    def _after_prep(self, doc: Doc, n: int, preps: frozenset[str], skip_words: int = 0) -> bool:
        m = doc.mentions[n]
        k = m.t0 - 1
        # "z Kałusza (Ukraina), Jonawy (Litwa) oraz Raciborza": a list shares its preposition
        if k >= 0 and (doc.tokens[k].lower in self.w.list_conjunction or doc.tokens[k].text == ","):
            prev = self._previous_in_list(doc, n)
            if prev is not None and self._same_case(doc, prev, n, doc.tokens[k].text == ","):
                return self._after_prep(doc, prev, preps, skip_words)
        steps = 0
        while k >= 0 and steps <= skip_words:
            low = doc.tokens[k].lower
            if low in preps:
                return True
            if not doc.tokens[k].is_word or doc.tokens[k].is_cap:
                return False
            k -= 1
            steps += 1
        return False

    def _previous_in_list(self, doc: Doc, n: int) -> int | None:
        m = doc.mentions[n]
        k = m.t0 - 1
        while k >= 0 and (
            doc.tokens[k].lower in self.w.list_conjunction or doc.tokens[k].text in (",", "(", ")")
        ):
            k -= 1
            for j in range(n - 1, -1, -1):
                pm = doc.mentions[j]
                if pm.t1 == k + 1:
                    if k >= 1 and doc.tokens[pm.t0 - 1].text == "(":
                        k = pm.t0 - 1
                        break
                    return j
        return None

    def _same_case(self, doc: Doc, a: int, b: int, strict: bool) -> bool:
        """Members of one list share their case ("z Kałusza, Jonawy oraz Raciborza")."""
        ca = {c for r in doc.readings[doc.mentions[a].t0] for c in r.cases}
        cb = {c for r in doc.readings[doc.mentions[b].t0] for c in r.cases}
        if not ca or not cb:
            return not strict or doc.mentions[a].type == doc.mentions[b].type == "place"
        return bool(ca & cb)

    def _parenthesised(self, doc: Doc, n: int) -> bool:
        """A name in parentheses qualifies another ("Kałusz (Ukraina)", "(grupa Financial Times)")."""
        m = doc.mentions[n]
        toks = doc.tokens
        if not (m.t1 < len(toks) and toks[m.t1].text == ")"):
            return False
        for k in range(m.t0 - 1, max(-1, m.t0 - 4), -1):
            if toks[k].text == "(":
                return True
            if toks[k].text in (")", ",", "."):
                return False
        return False

    def _award_name(self, doc: Doc, n: int) -> bool:
        """ "w kategorii „Najlepsza Strefa Roku”", "tytuł Lider Innowacji", "została Krajowym Klastrem
        Kluczowym": the name of the award (or of what the recipient became), not a recipient."""
        m = doc.mentions[n]
        k = m.t0 - 1
        while k >= 0 and doc.tokens[k].text in ("„", '"', "“", "«", "»", "'"):
            k -= 1
        if k < 0:
            return False
        quoted = k < m.t0 - 1
        # in apposition (nominative, genitive) or quoted; "nagrodę Politechnice" names the recipient in the dative
        cases = {c for r in doc.readings[m.t0] if r.pos in NOMINAL or r.pos == "adj" for c in r.cases}
        if doc.lemmas(k) & self._award_name_heads and any(r.pos in NOMINAL for r in doc.readings[k]):
            return quoted or bool(cases & {"nom", "gen"})
        return bool(doc.lemmas(k) & self.w.become_verb) and any(
            r.cases == frozenset({"inst"}) for r in doc.readings[m.t0] if r.pos in NOMINAL or r.pos == "adj"
        )

    def _in_title(self, doc: Doc, n: int) -> bool:
        m = doc.mentions[n]
        return any(a <= m.t0 < b for a, b, _after in doc.title_spans)

    def _object_of_visit(self, doc: Doc, n: int, at: list[int]) -> bool:
        m = doc.mentions[n]
        verbs = [i for i in at if i < m.t0 and doc.lemmas(i) & self.w.visiting_verb]
        if not verbs:
            return False
        if m.type == "place" or any("acc" in r.cases or r.pos == "ign" for r in doc.readings[m.t0]):
            return True
        return m.t0 > 0 and any("acc" in r.cases for r in doc.readings[m.t0 - 1] if r.pos in NOMINAL)

    def _relative_group(self, doc: Doc, at: list[int]) -> int | None:
        """ "X, do którego należy Y": the mention right before ", do który-" governs the membership verb."""
        for i in at:
            s0 = doc.sent_span[doc.sent_of[i]][0]
            for k in range(i - 1, max(s0, i - 4), -1):
                if (
                    doc.lemmas(k) & self.w.relative_pronoun
                    and doc.tokens[k - 1].lower in self.w.join_preposition
                    and k - 2 >= s0
                ):
                    if doc.tokens[k - 2].text != ",":
                        return None
                    n = doc.mention_at(k - 3)
                    return n if n is not None and doc.mentions[n].t1 == k - 2 else None
        return None

    def _group_after(self, doc: Doc, n: int) -> bool:
        """ "członkiem (stowarzyszenia) X", "partnerów klastra X": the group follows the membership noun."""
        m = doc.mentions[n]
        for k in range(max(0, m.t0 - 3), m.t0):
            if doc.lemmas(k) & self.w.member_noun:
                return all(not doc.tokens[j].is_cap and doc.tokens[j].is_word for j in range(k + 1, m.t0))
        return False

    def _in_seat_of(self, doc: Doc, n: int) -> bool:
        """ "w siedzibie KSSE", "na terenie strefy X": the host's premises."""
        m = doc.mentions[n]
        return (
            m.t0 >= 2
            and bool(doc.lemmas(m.t0 - 1) & self.w.premises_noun)
            and doc.tokens[m.t0 - 2].lower in self.w.premises_preposition
        )

    def _delegation_of(self, doc: Doc, n: int) -> bool:
        m = doc.mentions[n]
        for k in range(max(0, m.t0 - 3), m.t0):
            if doc.lemmas(k) & self.w.delegation_noun and any(r.pos in NOMINAL for r in doc.readings[k]):
                between = range(k + 1, m.t0)
                return all(
                    (not doc.tokens[j].is_cap or doc.mention_at(j) is None)
                    and not any(r.pos in ("fin", "praet", "impt", "inf") for r in doc.readings[j])
                    for j in between
                )
        return False

    def _hosting_verb(self, doc: Doc, s: int) -> int | None:
        s0, s1 = doc.sent_span[s]
        for i in range(s0, s1):
            if doc.lemmas(i) & self._host_verbs and any(r.pos in ("fin", "praet") for r in doc.readings[i]):
                if any(doc.lemmas(k) & self.w.visit_noun for k in range(i + 1, min(s1, i + 4))):
                    return None  # "gościli z wizytą": the guests are the subject
                if doc.lemmas(i) & self.w.guest_verb and self._guest_at(doc, i):
                    continue  # "delegacja gościła w Urzędzie": the intransitive verb; its subject is the guest
                return i
        return None

    def _met_with(self, doc: Doc, n: int) -> bool:
        """ "spotkała się z (przedstawicielami) X", "rozmowy z X": on a trip, the ones met are the hosts."""
        k = doc.mentions[n].t0 - 1
        if k >= 1 and doc.tokens[k].lower not in self.w.with_preposition and not doc.tokens[k].is_cap:
            k -= 1  # one lower-case word between: "z przedstawicielami X"
        if k < 1 or doc.tokens[k].lower not in self.w.with_preposition:
            return False
        j = k - 1
        if doc.tokens[j].lower in self.w.reflexive and j >= 1:
            j -= 1
        return bool(doc.lemmas(j) & self._meeting_words)

    def _guest_at(self, doc: Doc, i: int) -> bool:
        """ "gościli w Urzędzie", "W Poznaniu gościła delegacja", "gościć u marszałka": 'gościć' next to a place
        in the locative (or "u" + genitive) means being a guest, not hosting."""
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        for k in range(max(s0, i - 4), min(s1 - 1, i + 2)):
            low = doc.tokens[k].lower
            if k == i or doc.mention_at(k) is not None and doc.mentions[doc.mention_at(k)].t0 != k:
                continue
            if low in self.w.at_preposition:
                return True
            if low in self.w.in_preposition and any(
                "loc" in r.cases for r in doc.readings[k + 1] if r.pos in NOMINAL or r.pos == "adj"
            ):
                return True
        return False

    def _nominative(self, doc: Doc, n: int) -> bool:
        rs = doc.readings[doc.mentions[n].t0]
        return any("nom" in r.cases for r in rs if r.pos in NOMINAL or r.pos == "adj") and not (
            doc.mentions[n].t0 > 0 and any(r.pos == "prep" for r in doc.readings[doc.mentions[n].t0 - 1])
        )

    def _organizer(self, doc: Doc, n: int) -> bool:
        m = doc.mentions[n]
        for k in range(max(0, m.t0 - 6), m.t0):
            low = doc.tokens[k].lower
            if low.startswith(self._organizer_before) or low in self.w.organizer_before:
                return True
        for k in range(m.t1, min(len(doc.tokens), m.t1 + 3)):
            low = doc.tokens[k].lower
            if low.startswith(self._organizer_after):
                return True
        return False

    def _place(self, doc: Doc, s: int, d: Draft) -> int | None:
        used = {n for n, _ in d.participants}
        hosts = [n for n, r in d.participants if r == "host" and doc.mentions[n].type == "place"]
        if hosts:
            return hosts[0]
        cands = [
            n
            for n in self._mentions_in(doc, s)
            if doc.mentions[n].type == "place"
            and n not in used
            and self._after_prep(doc, n, self.w.in_preposition)
            and not self._in_relative_clause(doc, n, [doc.sent_span[s][0]])
        ]
        if not cands:
            return None
        rank = {"city": 0, "other": 1, "region": 2, "country": 3}
        return min(cands, key=lambda n: rank.get(_sub(doc, n) or "", 4))

    def _name(self, doc: Doc, s: int, typ: str) -> str | None:
        if typ != "conference":
            return None
        s0, s1 = doc.sent_span[s]
        # konferencja „Morska Energetyka Wiatrowa 2024": a quoted title after the event noun
        for i in range(s0, s1 - 2):
            if "conference" in {t for lem in doc.lemmas(i) for _k, t in self.lex.triggers.get(lem, ())}:
                if doc.tokens[i + 1].text in ("„", '"', "“", "«"):
                    end = next(
                        (k for k in range(i + 2, min(s1, i + 30)) if doc.tokens[k].text in ("”", '"', "»")),
                        None,
                    )
                    if end is not None and end > i + 2:
                        return doc.text[doc.tokens[i + 2].start : doc.tokens[end - 1].end]
        for t0, _t1, name in doc.event_names:
            if s0 <= t0 < s1 and not name.isupper():
                return name
        return None

    # ---- output -------------------------------------------------------------------------------
    def _to_dict(self, doc: Doc, d: Draft) -> dict[str, Any]:
        ents = doc.entities
        ev: dict[str, Any] = {"type": d.type, "date": d.date}
        if d.status != "done":
            ev["status"] = d.status
        ev["place"] = ents[doc.mentions[d.place].entity].id if d.place is not None else None
        ev["participants"] = [
            {"entity": ents[doc.mentions[n].entity].id, "role": r} for n, r in d.participants
        ]
        ev["sectors"] = d.sectors
        if d.name:
            ev["name"] = d.name
        ev["evidence"] = [[doc.sentences[s].start, doc.sentences[s].end] for s in sorted(set(d.sents))]
        return ev


def _first_forms(lemma: str) -> set[str]:
    """All written forms of a lemma (lower-cased): multi-word triggers are looked up by their first word."""
    from kooperacja.text.morphology import morphology

    return {form.lower() for form, _tag in morphology().forms(lemma)} | {lemma}


def _sub(doc: Doc, n: int) -> str | None:
    m = doc.mentions[n]
    return doc.entities[m.entity].subtype if m.entity >= 0 else m.subtype


def verbs_active(doc: Doc, at: list[int]) -> bool:
    return any(r.pos in ("fin", "praet") for i in at for r in doc.readings[i])


_PER_ACTOR = {"award": "recipient", "investment": "investor"}


def _split_per_actor(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """One award per recipient, one investment per investor (each keeps the other roles)."""
    out: list[Draft] = []
    for d in drafts:
        role = _PER_ACTOR.get(d.type)
        actors = [p for p in d.participants if p[1] == role] if role else []
        if len(actors) < 2:
            out.append(d)
            continue
        others = [p for p in d.participants if p[1] != role]
        for a in actors:
            out.append(
                Draft(
                    d.type,
                    d.sent,
                    [a, *others],
                    d.date,
                    d.place,
                    d.name,
                    d.status,
                    list(d.sents),
                    list(d.sectors),
                )
            )
    return out


def _merge(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """One event per happening: same type (or cooperation inside an agreement) and shared participants."""
    complete = [d for d in drafts if _enough(d, doc)]
    pending = [d for d in drafts if not _enough(d, doc)]
    out: list[Draft] = []
    for d in complete:
        target = None
        for e in out:
            same_type = (
                e.type == d.type
                or {e.type, d.type} <= {"agreement", "cooperation"}
                or {
                    e.type,
                    d.type,
                }
                <= {"letter_of_intent", "cooperation"}
            )
            if not same_type:
                continue
            a, b = d.entities(doc), e.entities(doc)
            if d.type == "visit":
                if not _dates_compatible(d.date, e.date):
                    continue
                if not a & b and _org_visitors(doc, d) and _org_visitors(doc, e):
                    continue
            elif not a & b:
                continue
            if (
                d.type in _PARTY_TYPES
                and "cooperation" not in (d.type, e.type)
                and len(a & b) < min(2, len(a), len(b))
            ):
                continue
            target = e
            break
        if target is None:
            out.append(d)
            continue
        if target.type == "cooperation" and d.type != "cooperation":
            target.type = d.type
        have = target.entities(doc)
        has_place = any(doc.mentions[n].type == "place" for n, _ in target.participants)
        for n, r in d.participants:
            if doc.mentions[n].type == "place" and has_place:
                continue  # later sentences of one report add actors, not more destinations
            if doc.mentions[n].type == "person" and target.participants:
                continue  # a person stands in only where no organisation or place is named
            if doc.mentions[n].entity not in have:
                target.participants.append((n, r))
                have.add(doc.mentions[n].entity)
        target.date = target.date or d.date
        target.place = target.place if target.place is not None else d.place
        target.name = target.name or d.name
        target.sents += d.sents
        target.sectors = sorted(set(target.sectors) | set(d.sectors))
    # a sentence that states a happening without naming its actors lends its date and place to the event
    # of the same type that names them
    lent: set[int] = set()
    for k, p in enumerate(pending):
        for e in out:
            signed = ("agreement", "letter_of_intent")
            upgrade = p.type in signed and e.type in ("cooperation", *signed)
            if not _dates_compatible(p.date, e.date):
                continue
            if (e.type == p.type or upgrade) and p.entities(doc) <= e.entities(doc):
                if upgrade and (e.type == "cooperation" or p.type == "letter_of_intent"):
                    e.type = p.type
                e.date = e.date or p.date
                e.place = e.place if e.place is not None else p.place
                e.sents.append(p.sent)
                e.sectors = sorted(set(e.sectors) | set(p.sectors))
                lent.add(k)
                break
    # "… została nowym członkiem klastra X. Umowę podpisano 3 kwietnia 2024 r.": an actorless signing dates the
    # event of the sentence before it
    for k, p in enumerate(pending):
        if k in lent or not p.date or p.participants:
            continue
        for e in out:
            if e.date is None and p.sent - 1 in e.sents:
                e.date = p.date
                e.sents.append(p.sent)
    _borrow_dates(doc, out)
    return out


def _borrow_dates(doc: Doc, events: list[Draft]) -> None:
    """ "Efektem wizyty było podpisanie porozumienia": an undated event that refers to another event of the
    document takes its date."""
    nouns = language_data(doc.lang).mapping("event_reference_nouns", "lemma", "type")
    dated = {}
    for e in events:
        if e.date:
            dated.setdefault(e.type, []).append(e)
    for e in events:
        if e.date:
            continue
        s0, s1 = doc.sent_span[e.sent]
        refs = {nouns[lem] for i in range(s0, s1) for lem in doc.lemmas(i) if lem in nouns}
        refs.discard(e.type)
        for typ in refs:
            if len(dated.get(typ, [])) == 1:
                e.date = dated[typ][0].date
                break


def _dates_compatible(a: str | None, b: str | None) -> bool:
    """Unknown, equal, or one within the other ("2011-04" and "2011-04-06/2011-04-09")."""
    if not a or not b:
        return True
    a0, b0 = a.split("/")[0], b.split("/")[0]
    a1, b1 = a.split("/")[-1], b.split("/")[-1]
    return a0.startswith(b0) or b0.startswith(a0) or (b0 <= a0 <= b1) or (a0 <= b0 <= a1)


def _org_visitors(doc: Doc, d: Draft) -> bool:
    return any(r == "visitor" and doc.mentions[n].type == "organization" for n, r in d.participants)


def _enough(d: Draft, doc: Doc) -> bool:
    n = len(d.entities(doc))
    return n >= _MIN_PARTICIPANTS.get(d.type, 1)
