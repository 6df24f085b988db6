"""Cooperation events: a trigger (lexicon) in a sentence, its modality (done, planned, wish, denial), its
participants with roles from the sentence (or the list the sentence introduces), its date, place, name and
sectors. One event per happening: reports of one happening within a document are merged."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from kooperacja.data.language_data import language_data
from kooperacja.extract.cues import cues, tag_classes
from kooperacja.extract.doc import Doc
from kooperacja.extract.event_dates import (
    EventDates,
    after_publication,
    reaches_past_publication,
    sents_told_past,
    split_part,
    split_participants,
    split_span,
    told_past,
)
from kooperacja.extract.event_draft import (
    ANNOUNCED_TYPES,
    CONTINUED_TYPES,
    PART,
    PARTY_TYPES,
    Draft,
    enough,
    grantor_only,
    sub,
)
from kooperacja.extract.event_merge import merge_drafts, split_per_actor
from kooperacja.extract.lexicon import Lexicon, lexicon
from kooperacja.extract.matcher import matcher
from kooperacja.extract.modality import EventModality, copula_beside
from kooperacja.extract.name_shape import is_adj
from kooperacja.extract.participant_cues import ParticipantCues
from kooperacja.extract.participant_policies import ParticipantPolicies
from kooperacja.extract.participants import EventParticipants
from kooperacja.extract.relative import opens_relative, relative_clauses
from kooperacja.extract.trigger_investments import names_permit
from kooperacja.extract.triggers import (
    SELF_STANDING_NOUNS,
    EventTriggers,
    first_forms,
    investment_verbs,
    with_aspect_partners,
)
from kooperacja.text.tokens import DOUBLE_QUOTES

# event types whose noun alone, in a sentence with no verb, states the event (a headline)
HEADLINE_NOUNS = ("investment",)
# event types whose noun, in a sentence that opens a list of organisations, states one event per item
LIST_NOUNS = ("investment",)
# how many sentences after an investment's report a step of the plant still to come may date it
MILESTONE_REACH = 6
# the events signed whose parties a gathering told later gathered (`_signing_gatherings`)
SIGNED_TYPES = ("agreement", "letter_of_intent")
_CLAUSE_VERBS = tag_classes().predicate_or_inf
# the roles of a membership in an economic zone, read as the investment it is
_ZONE_ROLES = {"member": "investor", "group": "host"}


class EventFinder(
    EventTriggers, EventModality, EventParticipants, ParticipantPolicies, ParticipantCues, EventDates
):
    """Component: an event draft per trigger of each sentence (`doc.event_drafts`)."""

    def __init__(self, lang: str = "pl") -> None:
        self.lex: Lexicon = lexicon(lang)
        self._word_rows = with_aspect_partners(lang, self.lex.triggers, frozenset(self.lex.modality))
        self._trigger_lemmas = frozenset(self._word_rows)
        self.w = cues(lang, "event_cues")  # word sets by use (data/<lang>/event_cues.tsv)
        self._conditional_endings = tuple(sorted(self.w.conditional_ending))
        self._plant_endings = tuple(sorted(self.w.plant_noun_ending))  # (`_workshop_noun`)
        self._builder_lemmas = (
            self.w.plant_verb | self.w.land_verb | self.w.sell_verb | self.w.new_adjective | self.w.fund_verb
        )
        self._land_ties = self.w.plant_verb | self.w.plant_object | investment_verbs(lang)  # (`_on_land`)
        self._hand_verbs: frozenset[str] = self.w.hand_verb
        self._value_nouns: frozenset[str] = cues(lang, "figure_words").value_noun  # (`_valued`)
        self._scan_lemmas = (
            self._trigger_lemmas | self._builder_lemmas | self.w.receive_verb | self._hand_verbs
        )
        self._other_than_title_lemmas = self._trigger_lemmas - self.w.title_word_noun  # (`_title_become`)
        data = language_data(lang)
        self.ew = cues(lang, "event_words")
        self._unit_prefixes = tuple(sorted(self.ew.unit_prefix))
        self._ordinals = data.words("ordinals", "lemma")
        self._host_verbs = data.words("visit_roles", "lemma")
        self._award_name_heads = data.words("award_name_heads", "lemma")
        self._edition_nouns = data.words("edition_nouns", "lemma")
        self._anaphor_kinds = data.mapping("event_anaphors", "lemma", "subtype")
        self.tags = cues(lang, "tag_classes")
        self.cx = matcher(lang, "patterns/event_context")  # contextual patterns (data/<lang>/patterns/)
        self._multi: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        self._plans = {}  # what each trigger word's readings state (`_reading_plan`), per readings tuple
        for words, kind, typ in self.lex.multiword_triggers:
            for form in first_forms(words[0]):
                self._multi.setdefault(form, []).append((words, kind, typ))

    def __call__(self, doc: Doc) -> None:
        drafts: list[Draft] = []
        for s in range(len(doc.sentences)):
            if not self._boilerplate(doc, s):
                drafts.extend(self._sentence(doc, s))
        self._signing_gatherings(doc, drafts)
        doc.event_drafts = drafts

    @staticmethod
    def _boilerplate(doc: Doc, s: int) -> bool:
        """A sentence that lies wholly in one boilerplate span (a linked headline, a credit line: `doc.boilerplate`)
        states no event of this text."""
        s0, s1 = doc.sent_span[s]
        if s1 <= s0 or not doc.boilerplate:
            return False
        a, b = doc.tokens[s0].start, doc.tokens[s1 - 1].start
        return any(x <= a and b < y for x, y in doc.boilerplate)

    def _signing_gatherings(self, doc: Doc, drafts: list[Draft]) -> None:
        """ "A i B podpisały umowę. Podpisanie odbyło się w ramach Forum Alfa.": a gathering whose sentence tells
        a signing and names no actor of its own gathered the parties of the last signing told before it, the one it
        speaks of (annotation.md: a conference is an event of its own besides what was signed at it); it takes the
        signing's day when it has none."""
        for d in drafts:
            if d.type != "conference" or d.participants:
                continue
            s0, s1 = doc.sent_span[d.sent]
            if not any(doc.lemmas(i) & self.ew.signing for i in range(s0, s1)):
                continue
            signed = [e for e in drafts if e.type in SIGNED_TYPES and e.participants and e.sent < d.sent]
            if signed:
                d.participants = [(n, "participant") for n, _r in signed[-1].participants]
                d.date = d.date or signed[-1].date

    def _sentence(self, doc: Doc, s: int) -> list[Draft]:
        s0, s1 = doc.sent_span[s]
        # the lemmas of the sentence's words: a word list none of whose words it has needs no scan of its words
        lemmas = frozenset().union(*map(doc.lemmas, range(s0, s1)))
        verbs: dict[str, list[int]]
        nouns: dict[str, list[int]]
        actions: set[str]
        if self._scan_lemmas.isdisjoint(lemmas) and self._multi.keys().isdisjoint(
            frozenset().union(*doc.keys[s0:s1])  # the words' lower-cased forms (and lemmas)
        ):
            verbs, nouns, actions = {}, {}, set()  # no trigger word and no phrase starts here
        else:
            verbs, nouns, actions = self._triggers(doc, s)
        types: dict[str, list[int]] = {}
        for typ, at in verbs.items():
            types.setdefault(typ, []).extend(at)
        for typ, at in nouns.items():
            if typ in actions:
                types.setdefault(typ, []).extend(at)
            elif typ in PARTY_TYPES and any(self._between(doc, i) or self._pair_with(doc, i) for i in at):
                # "Porozumienie między Izbą X a Miastem Y", "Umowa partnerska Miasta X z Miastem Y": the noun with
                # both parties states the event
                types.setdefault(typ, []).extend(
                    i for i in at if self._between(doc, i) or self._pair_with(doc, i)
                )
            elif (
                typ in HEADLINE_NOUNS
                and len(nouns) == 1
                and self._verbless(doc, s)
                and any(self._owner_after(doc, i) for i in at)
            ):
                # "Nowa fabryka firmy Alfa w Kutnie.": a headline with no verb states the plant of its owner (not
                # where another event happens: "Wizyta premiera na terenie inwestycji firmy Alfa")
                types.setdefault(typ, []).extend(i for i in at if self._owner_after(doc, i))
            elif typ in HEADLINE_NOUNS and any(self._valued(doc, i) for i in at):
                # "Wartość inwestycji spółki Alfa w Kole wyniesie 150 mln zł": the value of its owner's plant states it
                types.setdefault(typ, []).extend(i for i in at if self._valued(doc, i))
            elif (
                typ in LIST_NOUNS
                and doc.sent_text(s).rstrip().endswith(":")
                and len(self._list_after(doc, s, False, typ)) >= 2
            ):
                # "Lista tegorocznych inwestorów strefy:" and a list of companies: each invests
                types.setdefault(typ, []).extend(at)
            elif typ in SELF_STANDING_NOUNS:
                # a plural-only noun ("targi") stands alone only as a name; in a list of topics it needs an action
                own = [
                    i
                    for i in at
                    if not (doc.lemmas(i) & self.w.plural_event_noun)
                    or doc.tokens[i].is_cap
                    or self._named(doc, i)
                ]
                if own:
                    types.setdefault(typ, []).extend(own)
        if (
            "investment" in nouns
            and "investment" not in types
            and not self.w.contractor_noun.isdisjoint(lemmas)
        ):
            # "umowę z generalnym wykonawcą nowego zakładu": a plant that has a contractor is being built
            built = [i for i in nouns["investment"] if self._contractor_before(doc, i) is not None]
            if built:
                types["investment"] = built
        meeting = None if self.w.meeting_noun.isdisjoint(lemmas) else self._meeting(doc, s)
        if meeting is not None and "conference" not in types and "visit" not in types:
            types["conference"] = [meeting]
        elif (
            "conference" not in types and "visit" not in types and not self.w.meeting_noun.isdisjoint(lemmas)
        ):
            hosted = self._meeting_visit(doc, s)
            if hosted is not None:
                types["visit"] = [hosted]
        if "visit" in types and all(self._for_leisure(doc, i, s0, s1) for i in types["visit"]):
            del types["visit"]  # "Orkiestra przyjechała do Przemyśla na koncert": a trip to a show, no visit
        if "agreement" in types and "letter_of_intent" in types:
            if nouns.get("letter_of_intent") and not [
                i for i in nouns.get("agreement", []) if not self._negated_at(doc, s0, i)
            ]:
                # "nie ma jeszcze umowy, choć podpisały list intencyjny": the signing verb states the letter, not
                # an agreement whose nouns are all negated
                del types["agreement"]
        if "cooperation" in types and ("agreement" in types or "letter_of_intent" in types):
            del types["cooperation"]
        if "investment" in types and "letter_of_intent" in types:
            # "list intencyjny dotyczący budowy nowej hali" signed by Gmina Alfa and Beta: the plant a letter of
            # intent is about is its topic, no plant built (annotation.md: a letter to form a cluster founds none)
            plants = [
                i for i in types["investment"] if not self._letter_topic(doc, types["letter_of_intent"], i)
            ]
            if plants:
                types["investment"] = plants
            else:
                del types["investment"]
        verbal = self.tags.verbal
        # a cooperation stated by no verb, only by a phrase of means ("we współpracy z B")
        means_only = "cooperation" in types and all(
            not any(r.pos in verbal for r in doc.readings[i]) for i in types["cooperation"]
        )
        if means_only and not {"visit", "conference"}.isdisjoint(types):
            # "misja zorganizowana przez A we współpracy z B": a phrase of means beside a gathering names its
            # co-organiser, no cooperation of its own
            del types["cooperation"]
            means_only = False
        for typ in ("visit", "conference"):
            if typ in nouns and typ not in verbs and set(types) - {typ}:
                # "Podczas wizyty podpisano umowę między A i B": the visit frames the signing, whose parties
                # are not the visit's guests and hosts
                if typ in types and all(self.cx.ends_at(doc, "frame", i, s0) for i in nouns[typ]):
                    if typ == "conference" and any(
                        (doc.tokens[i].is_cap and i > s0) or self._named(doc, i) for i in nouns[typ]
                    ):
                        # "Podczas III Forum Gmin A i B podpisały umowę", "podczas targów Expo Nord": a named
                        # gathering is its own event
                        continue
                    del types[typ]
        gathering_names = self._gathering_names(doc, nouns["conference"]) if "conference" in nouns else set()
        out = []
        for typ, at in self._dated_clauses(doc, s, types):
            at = [i for i in at if not self._purpose(doc, i)]
            # "podejmie decyzję o miejscu hali, a w marcu uruchomiła magazyn": a decision still to be taken
            # makes the triggers of its own clause its topic; the others of the sentence stand
            at = [i for i in at if not self._decision_to_come(doc, s0, [i])]
            cut = self.contrast_cut(doc, s0, at) if at else None
            if cut is not None:
                # "nie zbudowała hali w A, lecz otworzyła centrum w B": the deed after the contrast is the event
                at = [i for i in at if i > cut]
            if not at:
                continue
            mood = self._modality(doc, s, at, lemmas)
            if mood == "plan" and typ == "investment" and self._announced(doc, s):
                mood = None  # "zadeklarowała nakłady w wysokości 20 mln zł": an investment announced
            if mood in ("negated", "topic"):
                continue
            part = split_part(
                doc, s, at
            )  # the coordinate clause of its own its happening is told in, or None
            status = "done"
            date = self._date(doc, s, at, typ)
            if mood in ("future", "state_to_come") and typ == "investment":
                mood = None  # an investment announced counts as one (planned with a time: `_planned_investments`)
                if date and _deadline(doc, s, date):
                    # "zakład ma być ukończony do końca 2029 r.", "hala, która ma powstać do końca 2026 roku": a limit,
                    # no time of the investment ("ma zostać otwarta w połowie 2030 r." is one: planned then)
                    date = None
                elif date and part is not None:
                    # "W 2021 r. firma uruchomiła magazyn w Tallinnie, a w 2027 r. otworzy centrum w Elblągu": the clause's own time to come
                    status = "planned"
                elif date and self._another_one(doc, s, date):
                    # "Firma otworzyła halę. Kolejna hala ma być gotowa w 2028 r.": the time is the next hall's, a
                    # plant of its own to come, no time of the plant told before
                    status = "planned"
            if mood is None and date and after_publication(doc, date) and part is not None:
                # "W 2022 r. otworzyła magazyn w Zgierzu, a w 2026 r. uruchomi zakład w Kutnie": a clause of its own
                # dated after the article tells a step to come, whatever the sentence's other clause tells
                status = "planned"
            if mood == "state_to_come":
                mood = "future"
            if mood is None and typ in ANNOUNCED_TYPES and date and self._announced_date(doc, s, date):
                status = "planned"
            if mood in ("plan", "future"):
                if not (date and self._concrete_future(doc, s)) and not self._undated_day(doc, s):
                    date = self._coming_occasion_date(doc, s, typ)
                    if date is None:
                        if mood == "future" and typ in CONTINUED_TYPES:
                            # "W kolejnych dniach grupa odwiedzi Legionowo": a later stop of a trip the text
                            # reports; it joins that trip or is dropped (event_merge)
                            status = PART
                        else:
                            continue
                if status != PART:
                    status = "planned"
            d = Draft(typ, s, date=date, status=status, sents=[s], clause=part)
            d.participants = split_participants(
                doc, s, part, self._as_units(doc, self._participants(doc, s, typ, at))
            )
            if gathering_names:
                d.participants = [(n, r) for n, r in d.participants if n not in gathering_names]
            if typ == "membership" and self._joins_zone(doc, d):
                # "Do strefy ekonomicznej Alfa dołączyła firma Beta": a company that joins a zone invests in it
                d.type = "investment"
                d.participants = [(n, _ZONE_ROLES.get(r, r)) for n, r in d.participants]
            span = split_span(doc, s, part)
            # a happening of a coordinate clause of its own takes that clause's place ("W 2021 r. uruchomiła magazyn
            # w Tallinnie, a w 2027 r. otworzy centrum w Elblągu")
            d.place = self._place(doc, s, d, *span) if span else self._place(doc, s, d, cut or 0)
            d.land_place = d.place is not None and self._on_land(doc, d.place)
            d.name = self._name(doc, s, typ)
            d.sectors = sorted(self._sectors_by_sent(doc).get(s, set()))
            d.ongoing = typ == "cooperation" and self._ongoing(doc, s)
            out.append(d)
        if means_only and len(out) > 1:
            # "Spółka Alfa we współpracy ze strefą Beta wybudowała zakład": the partner of the phrase of means takes
            # part in the investment told with it (the zone as host), no cooperation of its own
            plants = [{n for n, _r in d.participants} for d in out if d.type == "investment"]
            out = [
                d
                for d in out
                if d.type != "cooperation"
                or not any({n for n, _r in d.participants} <= plant for plant in plants)
            ]
        return out

    def _letter_topic(self, doc: Doc, letters: list[int], i: int) -> bool:
        """The trigger at i follows a letter-of-intent noun of `letters` after a topic word (`topic` of
        event_words.tsv: "w sprawie", "dotyczący", "ws.") with no verb of a clause between them ("list intencyjny w
        sprawie budowy nowego zakładu"; not "podpisały list intencyjny, a w maju otworzyły zakład")."""
        for a in letters:
            if a >= i or any(r.pos in _CLAUSE_VERBS for k in range(a + 1, i) for r in doc.readings[k]):
                continue
            topics = [k for k in range(a + 1, i) if doc.tokens[k].lower in self.ew.topic]
            if topics and self._topic_object(doc, topics[-1], i):
                return True
        return False

    def _topic_object(self, doc: Doc, t: int, i: int) -> bool:
        """The trigger at i is what the topic word at t names: right after it, or the direct object of a noun of
        building (`plant_verb`) or a gerund right after it, past modifiers ("w sprawie budowy nowego zakładu", "ws. nowej inwestycji"); not a noun of a
        nested phrase ("w sprawie budowy drogi do nowego zakładu"), nor one that heads a relative clause with a past
        verb (", który firma otworzyła w styczniu": a plant that stands)."""
        toks, k = doc.tokens, t + 1
        while k < i and toks[k].text == ".":  # "ws."
            k += 1
        if k < i and (
            any(r.pos == "ger" for r in doc.readings[k]) or not doc.lemmas(k).isdisjoint(self.w.plant_verb)
        ):
            k += 1  # the noun of building ("budowy", "rozbudowy": `plant_verb`) or a gerund
        while k < i and any(r.pos in self.tags.modifier for r in doc.readings[k]):
            k += 1
        if k != i:
            return False
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        comma = next((c for c in range(i + 1, s1) if toks[c].text in (",", ";")), None)
        if comma is None or not opens_relative(doc, comma, s1):
            return True
        end = doc.comma_stretch(comma + 1, comma + 1, s1)[1]
        return not any(r.pos == "praet" for c in range(comma + 1, end) for r in doc.readings[c])

    def _contractor_before(self, doc: Doc, i: int) -> int | None:
        """The contractor noun right before the plant noun at i, past the plant's modifiers and a gerund of building
        ("wykonawcą nowego zakładu", "wykonawca budowy hali"); its position, or None."""
        s0 = doc.sent_span[doc.sent_of[i]][0]
        k = i - 1
        while (
            k > s0
            and k > i - 4
            and any(
                r.pos in self.tags.modifier or r.pos == "ger" or r.lemma in self.w.plant_verb
                for r in doc.readings[k]
            )
        ):
            k -= 1
        if k < s0 or doc.lemmas(k).isdisjoint(self.w.contractor_noun) or not self._names_contractor(doc, k):
            return None
        return k

    def _for_leisure(self, doc: Doc, i: int, s0: int, s1: int) -> bool:
        """A show, match or festival (`leisure_purpose`) in the clause of the visit trigger at i, no comma or
        semicolon between them: the trip is for it ("przyjechali do Opola na mecz"; not "…, a wieczorem goście byli
        na koncercie")."""
        a, b = doc.comma_stretch(i, s0, s1)
        # "przyjechali na festiwal i odwiedzili strefę": a conjunction with a clause verb on its far side opens a
        # clause of its own (not "na festiwal i targi")
        verb = [any(r.pos in self.tags.clause_verb for r in doc.readings[k]) for k in range(a, b)]
        for k in range(i - 1, a, -1):
            if doc.tokens[k].lower in self.w.conjunction and any(verb[: k - a]):
                a = k + 1
                break
        for k in range(i + 1, b - 1):
            if doc.tokens[k].lower in self.w.conjunction and any(verb[k + 1 - a :]):
                b = k
                break
        if i + 1 < b and self.cx.starts_at(doc, "stand_object", i + 1, b):
            return True  # "odwiedzili stoisko firmy Alfa": a stand at a fair, no visit of cooperation
        return any(self.cx.starts_at(doc, "leisure_purpose", k, b) for k in range(a, b))

    def _announced_date(self, doc: Doc, s: int, date: str) -> bool:
        """A date after the article's in a sentence with a present or future verb and no past tense: a gathering
        to come (not a line of a programme with no verb, "Wizyta delegacji – 16–19 maja")."""
        if not doc.published or not after_publication(doc, date):
            return False
        s0, s1 = doc.sent_span[s]
        pos = {r.pos for i in range(s0, s1) for r in doc.readings[i]}
        past = sents_told_past(doc, [s])  # not "udział" ("udziać")
        if past:
            # "Konferencję, na którą zapisało się już 200 firm, zorganizuje 14 czerwca Izba Alfa": a past form in a
            # relative clause tells of something else
            aside = self._relative_clauses(doc, s)
            past = any(told_past(doc, i) for i in range(s0, s1) if i not in aside)
        return not past and not pos.isdisjoint(self.tags.now_or_later)

    def _relative_clauses(self, doc: Doc, s: int) -> set[int]:
        """The tokens of sentence s inside relative clauses: from a comma that opens one to the next comma."""
        s0, s1 = doc.sent_span[s]
        return {i for a, b in relative_clauses(doc, s0, s1) for i in range(a, b)}

    def _joins_zone(self, doc: Doc, d: Draft) -> bool:
        """A membership whose groups are all economic zones (which have investors, not members)."""
        groups = [n for n, r in d.participants if r == "group"]
        return bool(groups) and all(sub(doc, n) == "economic_zone" for n in groups)

    def _announced(self, doc: Doc, s: int) -> bool:
        """Whether every plan word of the sentence announces (`announce_verb`) rather than wishes or considers."""
        s0, s1 = doc.sent_span[s]
        plan = [
            r.lemma.lower()
            for i in range(s0, s1)
            for r in doc.readings[i]
            if self.lex.modality.get(r.lemma.lower()) == "plan"
        ]
        return bool(plan) and all(lemma in self.w.announce_verb for lemma in plan)

    def _valued(self, doc: Doc, i: int) -> bool:
        """An investment noun at i in the genitive right after a noun of its value (`value_noun` of figure_words.tsv:
        "wartość", "koszt") that opens the statement, its owner a company named right after it ("Wartość inwestycji
        spółki Alfa wyniesie 150 mln zł"). Not where an organisation is named before the value (who tells it: "Firma
        Beta podała wartość inwestycji spółki Alfa"), the owner is no company or buys shares ("inwestycji funduszu
        Gamma w akcje spółki Alfa", `share_noun`), or the sentence abandons or denies it ("…, ale projekt
        porzucono": a negation or defer word of event_modality.tsv)."""
        s = doc.sent_of[i]
        s0, s1 = doc.sent_span[s]
        if not (
            i > s0
            and not doc.lemmas(i - 1).isdisjoint(self._value_nouns)
            and any("gen" in r.cases for r in doc.readings[i] if r.pos == "subst")
            and self._owner_after(doc, i)
        ):
            return False
        ms = doc.mentions
        owner = next(n for n in (doc.mention_at(k) for k in (i + 1, i + 2)) if n is not None)
        if sub(doc, owner) != "company" or any(
            ms[n].type == "organization" and ms[n].t0 < i for n in doc.mentions_in(s)
        ):
            return False
        modality = self.lex.modality
        return not any(
            not doc.lemmas(k).isdisjoint(self.w.share_noun)
            or any(modality.get(lem) in ("negation", "defer") for lem in doc.lemmas(k))
            for k in range(s0, s1)
        )

    def _owner_after(self, doc: Doc, i: int) -> bool:
        """An organisation named right after the noun at i, or after one common noun ("fabryka firmy Alfa")."""
        s1 = doc.sent_span[doc.sent_of[i]][1]
        for k in (i + 1, i + 2):
            n = doc.mention_at(k) if k < s1 else None
            if n is not None:
                return doc.mentions[n].type == "organization" and doc.mentions[n].t0 == k
            if k < s1 and not (doc.tokens[k].is_word and doc.tokens[k].text.islower()):
                return False
        return False

    def _named(self, doc: Doc, i: int) -> bool:
        """A gathering noun at i followed by its own name (`_name_start`)."""
        return self._name_start(doc, i) is not None

    def _name_start(self, doc: Doc, i: int) -> int | None:
        """Where the own name of a gathering noun at i starts: "targów Expo Nord", "giełdy kooperacyjnej Subfair",
        "forum „Biznes Wschodu”" (at most one lowercase adjective and an opening quote between): a bare name. A
        place, a person or a name with a head noun of its own ("Miasto Kielce", "Klaster Alfa") is no name of a
        gathering but an actor after it ("Pierwszego dnia forum Miasto Kielce podpisało umowę")."""
        s1 = doc.sent_span[doc.sent_of[i]][1]
        k = i + 1
        if k < s1 and doc.tokens[k].text.islower() and any(r.pos == "adj" for r in doc.readings[k]):
            k += 1
        if k < s1 and doc.tokens[k].text in DOUBLE_QUOTES:
            k += 1
        if k >= s1 or not (doc.tokens[k].is_cap and doc.tokens[k].is_word):
            return None
        n = doc.mention_at(k)
        if n is not None and (doc.mentions[n].type != "organization" or doc.mentions[n].head is not None):
            return None  # "forum Miasto Kielce podpisało": a name with a head noun of its own is an actor
        if n is not None and not self._actor_follows(doc, doc.mentions[n].t1, s1):
            return (
                None  # "podczas forum PGE i Tauron podpisały", "podczas targów Baltmet podpisał": the actor
            )
        return k

    def _actor_follows(self, doc: Doc, t: int, s1: int) -> bool:
        """Another organisation starts at t, or after one lowercase noun ("targów Expo Nord spółka Korvix i firma
        Baltmet podpisały"), past a town after a preposition ("targów Expo Nord w Gdyni spółka Korvix"): the name
        before it is the gathering's, the organisation after it the actor."""
        if t + 1 < s1 and doc.is_preposition(t) and doc.tokens[t + 1].is_cap and doc.tokens[t + 1].is_word:
            p = doc.mention_at(t + 1)
            if p is None:
                t += 2  # a town the gazetteer lacks ("w Hanowerze")
            elif doc.mentions[p].type == "place" and doc.mentions[p].t0 == t + 1:
                t = doc.mentions[p].t1
        for k in (t, t + 1):
            if k >= s1:
                return False
            n = doc.mention_at(k)
            if n is not None:
                return doc.mentions[n].type == "organization" and doc.mentions[n].t0 == k
            if doc.tokens[k].is_word and doc.tokens[k].is_cap:
                return True  # a name not recognised as one here (an acronym defined later)
            if not (doc.tokens[k].is_word and doc.tokens[k].text.islower()):
                return False
            if not any(r.pos == "subst" for r in doc.readings[k]):
                return False
        return False

    def _another_one(self, doc: Doc, s: int, date: str) -> bool:
        """ "Kolejna hala ma być gotowa w 2028 r.": the subject of sentence s before its date is a noun after an
        adjective of another one of its kind (`other_edition` of ``event_cues.tsv``: "kolejny", "następny")."""
        s0, s1 = doc.sent_span[s]
        end = next(
            (
                dm.start
                for dm in doc.dates
                if doc.sentences[s].start <= dm.start < doc.sentences[s].end and dm.value == date
            ),
            doc.sentences[s].end,
        )
        return any(
            doc.tokens[k].start < end
            and not doc.lemmas(k).isdisjoint(self.w.other_edition)
            and any(r.pos == "subst" and "nom" in r.cases for r in doc.readings[k + 1])
            for k in range(s0, s1 - 1)
        )

    def _gathering_names(self, doc: Doc, at: list[int]) -> set[int]:
        """The mentions that are the own names of the gathering nouns at `at` ("podczas targów Expo Nord": Expo
        Nord is the fair, no party to what is signed there nor a participant of the fair)."""
        names = set()
        for i in at:
            k = self._name_start(doc, i)
            n = None if k is None else doc.mention_at(k)
            if n is not None and doc.mentions[n].t0 == k:
                names.add(n)
        return names

    def _verbless(self, doc: Doc, s: int) -> bool:
        """A sentence with no finite verb, past form, impersonal or infinitive (a headline, a caption)."""
        s0, s1 = doc.sent_span[s]
        return not any(r.pos in _CLAUSE_VERBS for i in range(s0, s1) for r in doc.readings[i])

    def _ongoing(self, doc: Doc, s: int) -> bool:
        """ "współpracują od ponad dekady", "od 2015 roku": a lasting cooperation (pattern `ongoing`)."""
        s0, s1 = doc.sent_span[s]
        return any(self.cx.starts_at(doc, "ongoing", k, s1) for k in range(s0, s1))

    def _sectors_by_sent(self, doc: Doc) -> dict[int, set[str]]:
        if doc.sent_sectors is None:
            by: dict[int, set[str]] = {}
            for i, sec in doc.sector_hits:
                by.setdefault(doc.sent_of[i], set()).add(sec)
            doc.sent_sectors = by
        return doc.sent_sectors

    def _place(self, doc: Doc, s: int, d: Draft, lo: int = 0, hi: int | None = None) -> int | None:
        """The event's place: a host place among its participants, else a place after a preposition of place in
        sentence s (a city first), at token `lo` or later (the clause after a contrast: `contrast_cut`) and before
        token `hi` (the end of a coordinate clause told apart: `split_span`)."""
        used = {n for n, _ in d.participants}
        hosts = [n for n, r in d.participants if r == "host" and doc.mentions[n].type == "place"]
        if hosts:
            return hosts[0]
        cands = [
            n
            for n in self._mentions_in(doc, s)
            if doc.mentions[n].type == "place"
            and doc.mentions[n].t0 >= lo
            and (hi is None or doc.mentions[n].t0 < hi)
            and n not in used
            and (
                self._after_prep(doc, n, self.w.in_preposition)
                or (d.type in self.w.land_site_event and self._on_land(doc, n))
            )
            and not self._in_relative_clause(doc, n, [doc.sent_span[s][0]])
        ]
        if not cands:
            return None
        rank = {"city": 0, "other": 1, "region": 2, "country": 3}
        return min(cands, key=lambda n: rank.get(sub(doc, n) or "", 4))

    def _on_land(self, doc: Doc, n: int) -> bool:
        """ "zakład na Słowacji", "zbuduje na Śląsku": a place in the locative right after another preposition of
        location (`location_preposition`) is where a plant is (`land_site_event`) when the phrase hangs on a plant's
        noun or a verb of building or investing within three words before it (`_land_tie`); "eksport na Węgry" (an
        accusative) is a direction, and "największy producent mebli na Warmii", "z siedzibą na Podkarpaciu", "po
        przejęciu sieci sklepów na Słowacji" tell where the firm is known, no site."""
        t0 = doc.mentions[n].t0
        p = t0 - 1
        prep = doc.tokens[p].lower if p > 0 else ""
        if prep not in self.w.location_preposition or prep in self.w.in_preposition:
            return False
        if not any("loc" in r.cases for r in doc.readings[t0] if r.pos in ("subst", "ign")):
            return False
        for k in range(p - 1, max(-1, p - 4), -1):
            if not doc.tokens[k].is_word or doc.sent_of[k] != doc.sent_of[t0]:
                return False
            if self._land_tie(doc, k):
                return True
        return False

    def _land_tie(self, doc: Doc, k: int) -> bool:
        """The word at k is a verb of building or investing, or a plant's noun (`plant_verb`, `plant_object`) that
        is no seat after "z" ("z siedzibą") nor a genitive of a noun of something else ("sieci sklepów")."""
        lemmas = doc.lemmas(k)
        if lemmas.isdisjoint(self._land_ties):
            return False
        if lemmas.isdisjoint(self.w.plant_object):
            return True
        j = k - 1
        while j >= 0 and is_adj(doc, j):
            j -= 1
        if j >= 0 and doc.is_preposition(j):
            return doc.tokens[j].lower in self.w.in_preposition  # "w zakład na Słowacji", not "z siedzibą na"
        genitive = all("gen" in r.cases for r in doc.readings[k] if r.pos == "subst")
        return not genitive or (j >= 0 and self._land_tie(doc, j))

    def _name(self, doc: Doc, s: int, typ: str) -> str | None:
        if typ != "conference":
            return None
        s0, s1 = doc.sent_span[s]
        # konferencja „Woda dla Miast 2030": a quoted title after the event noun
        for i in range(s0, s1 - 2):
            if "conference" in {t for lem in doc.lemmas(i) for _k, t in self._word_rows.get(lem, ())}:
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


class EventMerger(EventDates):
    """Component: the document's events from its drafts, one per happening (`doc.events`); in recall mode the
    drafts with too few participants become candidates for the learned scorer."""

    def __init__(self, lang: str = "pl") -> None:
        self.ew = cues(lang, "event_words")
        self.w = cues(lang, "event_cues")
        # the verbs and nouns of a plant's steps: building, opening, starting production, investing
        self._plant_words = self.w.plant_verb | self.w.milestone_word | investment_verbs(lang)
        self._edition_nouns = language_data(lang).words("edition_nouns", "lemma")

    def __call__(self, doc: Doc) -> None:
        drafts: list[Draft] = doc.event_drafts
        if doc.recall:  # the candidates the rules discard (too few participants), for the learned scorer
            extra = [
                d
                for d in drafts
                if d.participants and not enough(d, doc) and not grantor_only(d) and d.status != PART
            ]
            doc.event_candidates = [
                {**to_dict(doc, d), "rule": "too_few"} for d in split_per_actor(doc, extra)
            ]
        events = split_per_actor(doc, merge_drafts(doc, drafts, self._tense))
        self._planned_investments(doc, events)
        events = self._coming_reports(doc, events, ANNOUNCED_TYPES)
        self._neighbour_dates(doc, events, drafts)
        self._coming_dates(doc, events, ANNOUNCED_TYPES)
        doc.events = [to_dict(doc, d) for d in events]

    def _planned_investments(self, doc: Doc, events: list[Draft]) -> None:
        """ "W Kole powstanie fabryka firmy Alfa. Produkcja ruszy w 2026 r.": an investment that its report tells in
        the future only (nothing of the plant done yet), dated to a time not before the article by its own sentences
        or by a later one that tells a step of the plant to come, is planned; announced with no time stated it stays
        an investment reported (done)."""
        for e in events:
            if e.type != "investment" or e.status != "done":
                continue
            tense = self._tense(doc, set(e.sents))
            if tense == "future" or (
                tense is None
                and (not e.date or (doc.published and not reaches_past_publication(doc, e.date)))
                and (self._names_permit(doc, e) or self._names_plot_deal(doc, e))
            ):
                # "Firma Alfa otrzymała decyzję o wsparciu. Produkcja ruszy w 2026 r.": a decision told with no step
                # of the plant done is planned for the start that a later sentence states (a purchase is a step
                # done: "kupiła halę. Produkcja ruszy w przyszłym roku" stays done)
                date = e.date or self._milestone_date(doc, e)
                if e.date and doc.published and not reaches_past_publication(doc, e.date):
                    # "Firma Alfa otrzymała w środę decyzję o wsparciu. Spółka zbuduje zakład. Budowa ruszy w lutym
                    # 2027 r.": the day of the decision or the sale is no time of the plant to come; the start or end
                    # that a sentence after the dated one states is
                    dated = [k for k in sorted(e.sents) if self._date(doc, k) == e.date]
                    after = dated[0] if dated else None
                    found = self._milestone(doc, e, after=after)
                    date = found[0] if found else None
                    if found and after is not None and self._begun_between(doc, e, after, found[1]):
                        # "… otrzymała w styczniu pozwolenie na budowę hali. Prace ruszyły w lutym. Budowa ma się
                        # zakończyć w październiku": the works are under way, the decision's day stays (done)
                        date = None
                if date and not (doc.published and not reaches_past_publication(doc, date)):
                    e.date, e.status = date, "planned"
            elif e.date and doc.published and after_publication(doc, e.date):
                # "Spółka Alfa, która w 2019 r. otworzyła zakład, …": a plant told done is never dated after the
                # article's day; a plant not told done in the past, dated later, is one to come ("hala, która
                # zostanie otwarta w 2026 r."): planned rather than undated
                if tense == "done":
                    e.date = None
                else:
                    e.status = "planned"

    def _names_permit(self, doc: Doc, e: Draft) -> bool:
        """Whether the investment's sentences name a permit or a decision (`permit_noun` of ``event_cues.tsv``)."""
        return any(names_permit(doc, s, self.w.permit_noun) for s in e.sents)

    def _passive_infinitive(self, doc: Doc, i: int) -> bool:
        """An infinitive of the copula or of becoming (the `auxiliary` union of ``event_cues.tsv``, `cues.UNIONS`)
        right before the participle at i ("ma zostać oddana", "ma być otwarty"): a passive still to come."""
        s0 = doc.sent_span[doc.sent_of[i]][0]
        aux = self.w.auxiliary
        return i > s0 and any(r.pos == "inf" and r.lemma.lower() in aux for r in doc.readings[i - 1])

    def _names_plot_deal(self, doc: Doc, e: Draft) -> bool:
        """Whether a sentence of the investment buys or sells bare land (`land_verb` or `sell_verb` and `plot_object`
        of ``event_cues.tsv``): "kupiła od strefy 8 ha", "gmina sprzedała spółce działkę"."""
        deal, plot = self.w.land_verb | self.w.sell_verb, self.w.plot_object
        for s in e.sents:
            lemmas = {lem for i in range(*doc.sent_span[s]) for lem in doc.lemmas(i)}
            if lemmas & deal and lemmas & plot and not self._names_building_sold(doc, s):
                return True
        return False

    def _names_building_sold(self, doc: Doc, s: int) -> bool:
        """Sentence s names a plant or building (`plant_object`) as a thing sold: in the accusative, not after a
        preposition nor as a genitive after a noun ("kupiła od syndyka zakład"), or after a `with_preposition`
        ("teren wraz z halą"); not "działkę pod zakład", "teren pod budowę hali"."""
        s0, s1 = doc.sent_span[s]
        for i in range(s0, s1):
            rs = [r for r in doc.readings[i] if r.pos == "subst" and r.lemma.lower() in self.w.plant_object]
            if not rs:
                continue
            j = i - 1
            while j > s0 and any(r.pos == "adj" for r in doc.readings[j]) and not doc.tokens[j].is_cap:
                j -= 1  # "nową", "produkcyjną"
            if j >= s0 and doc.tokens[j].lower in self.w.with_preposition:
                return True
            if j >= s0 and doc.is_preposition(j):
                continue
            genitive = any("gen" in r.cases for r in rs)
            if genitive and j >= s0 and any(r.pos in ("subst", "ger") for r in doc.readings[j]):
                continue  # "budowę fabryki": an attribute
            if any("acc" in r.cases for r in rs):
                return True
        return False

    def _tense(self, doc: Doc, sents: Iterable[int]) -> str | None:
        """'done' where the sentences tell a step of a plant in the past ("otworzyła", "otwarto", "został
        otwarty"), else 'future' where they tell one to come ("powstanie", "zostanie otwarty", "ma ruszyć",
        "zaplanowano"), else None."""
        done_words, future = self._plant_words, None
        for s in sents:
            relative = self._relative_tokens(doc, s)
            for i in range(*doc.sent_span[s]):
                if i in relative:
                    continue  # "Spółka Alfa, która otworzyła zakład w Opolu, wybuduje fabrykę": another plant
                if doc.tokens[i].lower in self.w.future_form:
                    future = "future"
                for r in doc.readings[i]:
                    lemma = r.lemma.lower()
                    if r.pos == "praet" and (lemma in done_words or lemma in self.w.become_verb):
                        return "done"
                    if r.pos == "imps" and lemma not in self.w.impersonal_plan and lemma in done_words:
                        return "done"
                    if (r.pos == "imps" and lemma in self.w.impersonal_plan) or (
                        lemma in done_words and (r.pos == "inf" or r.pos == "fin" and ":perf" in r.tag)
                    ):
                        future = "future"
                    elif r.pos == "ppas" and lemma in done_words and self._passive_infinitive(doc, i):
                        future = "future"  # "obiekt ma zostać uruchomiony", "zakład ma być otwarty"
                    elif (
                        r.pos == "ppas"
                        and lemma in self.w.impersonal_plan
                        and copula_beside(doc, i, self.w.copula)
                    ):
                        future = "future"  # "otwarcie zakładu planowane jest na 2027 r.": a plan predicated
        return future

    def _relative_tokens(self, doc: Doc, s: int) -> set[int]:
        """The tokens of sentence s inside a relative clause: from a comma before a relative pronoun ("…, która
        w 2019 r. otworzyła zakład, …", "…, w którym …", "…, gdzie …", "…, w ramach którego …") to the next comma or the sentence's end."""
        s0, s1 = doc.sent_span[s]
        out = set()
        for a, j in relative_clauses(doc, s0, s1):
            k = a - 1  # the comma that opens the clause
            # only a clause about the organisation ("Spółka Alfa, która …") or one naming a plant of its own tells
            # another happening; "buduje halę, która zostanie otwarta w 2026 r." tells of the plant itself
            head = doc.mention_at(k - 1) if k > s0 else None
            if (head is not None and doc.mentions[head].type == "organization") or any(
                doc.lemmas(i) & self.w.plant_object for i in range(a, j)
            ):
                out.update(range(a, j))
        return out

    def _step_of_plant(self, doc: Doc, s0: int, s1: int) -> bool:
        """A start or end (`milestone_step`) of the plant, its works or its production (`milestone_subject`): the
        noun in the nominative or accusative ("budowa zakończy się", "spółka zakończy budowę"), or in the genitive
        right after the step's gerund ("zakończenie prac przewidziano na 2025 rok"); not a genitive after another
        noun nor after a preposition ("konsultacje w sprawie budowy zakończą się", "rozmowy o produkcji …")."""
        step, subject = self.w.milestone_step, self.w.milestone_subject
        for i in range(s0, s1):
            rs = [r for r in doc.readings[i] if r.pos == "subst" and r.lemma.lower() in subject]
            if not rs:
                continue
            before = doc.readings[i - 1] if i > s0 else []
            genitive = any("gen" in r.cases for r in rs)
            if genitive and any(b.pos == "ger" and b.lemma.lower() in step for b in before):
                return True
            if (genitive and any(b.pos == "subst" for b in before)) or (i > s0 and doc.is_preposition(i - 1)):
                continue  # "w sprawie budowy", "teren pod zakład": an attribute, a preposition's object
            if any("nom" in r.cases or "acc" in r.cases for r in rs):
                return True
        return False

    def _elsewhere(self, doc: Doc, n: int, own: set[int], town: int | None) -> bool:
        """Mention n names an organisation other than the investment's own, or, after a preposition of place, a town
        other than its own town."""
        m = doc.mentions[n]
        if m.type == "organization":
            return m.entity not in own
        return (
            town is not None
            and m.type == "place"
            and sub(doc, n) == "city"
            and m.entity not in (town, -1)
            and m.t0 > 0
            and doc.tokens[m.t0 - 1].lower in self.w.location_preposition  # "W Opolu produkcja ruszy …"
        )

    def _begun_between(self, doc: Doc, e: Draft, a: int, b: int) -> bool:
        """A sentence after a and before b tells a step of the plant in the past ("Prace ruszyły w lutym.", "Hala
        została już wybudowana."), naming no organisation, nor town, other than the investment's own."""
        own = e.entities(doc) | {-1}
        town = doc.mentions[e.place].entity if e.place is not None and sub(doc, e.place) == "city" else None
        return any(
            (self._tense(doc, [k]) == "done" or self._running_since(doc, k))
            and not any(self._elsewhere(doc, n, own, town) for n in doc.mentions_in(k))
            for k in range(a + 1, b)
        )

    def _running_since(self, doc: Doc, k: int) -> bool:
        """Sentence k tells a plant at work since a time: a present `running_verb` right before a `since_preposition` ("hala działa
        od stycznia")."""
        s0, s1 = doc.sent_span[k]
        return any(
            doc.tokens[i + 1].lower in self.w.since_preposition
            and any(r.pos == "fin" and r.lemma.lower() in self.w.running_verb for r in doc.readings[i])
            for i in range(s0, s1 - 1)
        )

    def _milestone_date(self, doc: Doc, e: Draft, after: int | None = None) -> str | None:
        """The date of the step of the plant to come that `_milestone` finds."""
        found = self._milestone(doc, e, after)
        return found[0] if found else None

    def _milestone(self, doc: Doc, e: Draft, after: int | None = None) -> tuple[str, int] | None:
        """The date and index of the first sentence after the investment's report, within `MILESTONE_REACH` sentences, that
        names a step of a plant still to come and no past form ("Produkcja ma ruszyć w 2026 r."): a step verb of start
        or end only with a subject of the plant or its works (`milestone_subject`: not "konsultacje zakończą się …"),
        and no organisation, nor town, named there other than the investment's own (a sentence of a later paragraph
        often closes the report: "Budowa ma się rozpocząć w czerwcu.")."""
        first, last = min(e.sents), max(e.sents)
        if after is not None:  # only a sentence after this one
            first = max(first, after)
        own = e.entities(doc) | {-1}
        town = doc.mentions[e.place].entity if e.place is not None and sub(doc, e.place) == "city" else None
        for k in range(first + 1, min(len(doc.sentences), last + 1 + MILESTONE_REACH)):
            if k in e.sents and after is None:
                continue  # (after a dated sentence, the report's own later sentences may state the start too)
            s0, s1 = doc.sent_span[k]
            plant = {lem for i in range(s0, s1) for lem in doc.lemmas(i) & self._plant_words}
            if not plant:
                continue
            if plant & self.w.milestone_step and not self._step_of_plant(doc, s0, s1):
                continue
            if any(self._elsewhere(doc, n, own, town) for n in doc.mentions_in(k)):
                continue  # "… w nowym zakładzie firmy Beta", "W Opolu produkcja ruszy …": another's plant
            if sents_told_past(doc, [k]):
                continue
            if self._tense(doc, [k]) == "future":
                date = self._date(doc, k)
                if date:
                    return date, k
        return None


def _deadline(doc: Doc, s: int, date: str) -> bool:
    """Whether sentence s states the date as a limit ("do końca 2026 roku")."""
    sent = doc.sentences[s]
    return any(sent.start <= dm.start < sent.end and dm.value == date and dm.deadline for dm in doc.dates)


def to_dict(doc: Doc, d: Draft) -> dict[str, Any]:
    ents = doc.entities
    ev: dict[str, Any] = {"type": d.type, "date": d.date}
    if d.status != "done":
        ev["status"] = d.status
    ev["place"] = ents[doc.mentions[d.place].entity].id if d.place is not None else None
    ev["participants"] = [{"entity": ents[doc.mentions[n].entity].id, "role": r} for n, r in d.participants]
    ev["sectors"] = d.sectors
    if d.name:
        ev["name"] = d.name
    ev["evidence"] = [[doc.sentences[s].start, doc.sentences[s].end] for s in sorted(set(d.sents))]
    return ev
