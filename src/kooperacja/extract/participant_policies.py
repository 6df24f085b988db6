"""One participant policy per event type, as a table (`POLICIES`): each policy reads the candidates of the
trigger's sentence (organisations, persons, places, listed places) and answers (mention, role) pairs."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from kooperacja.extract.doc import Doc
from kooperacja.extract.event_draft import PARTY_TYPES, sub, verbs_active
from kooperacja.extract.participant_cues import participant_words
from kooperacja.text.morphology import NOMINAL

Roles = list[tuple[int, str]]
# the kinds of public body that hand awards in their own seat (`_ceremony_host`)
# the event types a medium takes part in even where it reports them (it grants its rankings' awards, organises or
# joins gatherings); of the other types a medium that reports the news is no party (participant_cues._news_source)
MEDIUM_EVENT_TYPES = frozenset(("award", "conference"))
_GRANTING_BODIES = frozenset(("national_government", "regional_government", "agency", "municipality"))


@dataclass
class Candidates:
    """The mentions that may take part in the event of a trigger at tokens `at` of sentence `s`."""

    s: int
    at: list[int]
    trig: int  # the trigger's first token
    orgs: list[int]
    persons: list[int]
    places: list[int]
    listed_places: list[int]


def unique_entities(doc: Doc, items: Roles) -> Roles:
    """The first (mention, role) of each entity."""
    seen: set[int] = set()
    out = []
    for n, role in items:
        e = doc.mentions[n].entity
        if e in seen:
            continue
        seen.add(e)
        out.append((n, role))
    return out


class ParticipantPolicies:
    """The policies; part of `EventFinder` (they read the participant cues)."""

    def _parties(self: Any, doc: Doc, c: Candidates) -> Roles:
        """Agreements, letters of intent, cooperation: organisations (not a signing's venue); then places that
        act; then persons, while fewer than two parties are named."""
        ms = doc.mentions
        # what the signing sets up, under any of its names in the sentence, is no party to it
        founded = {ms[n].entity for n in c.orgs if self._founded_by_it(doc, n)}
        parties = [(n, "party") for n in c.orgs if not self._venue(doc, n) and ms[n].entity not in founded]
        # "Spółka Alfa, która wcześniej współpracowała z Uczelnią Beta, podpisała umowę z Gminą Gamma": a relative
        # clause between the subject and the trigger tells of another happening; its organisations are no parties
        # where two others are named (one after the trigger may still name the party a signatory stands for)
        outside = [
            (n, r) for n, r in parties if not (ms[n].t1 <= c.trig and self._in_relative_clause(doc, n, c.at))
        ]
        if len({ms[n].entity for n, _ in outside}) >= 2:
            parties = outside
        if len({ms[n].entity for n, _ in parties}) < 2:
            acting = [
                n
                for n in c.places
                if ms[n].subtype in ("city", "region")
                and self._acting_place(doc, n)
                and not self._origin_of(doc, n, "noun")
            ]
            parties += [(n, "party") for n in acting]
        if not parties:
            # "porozumienie między spółką a uczelnią": both parties named by their kind only
            found = self._anaphors(doc, c.s, [], True)
            parties += [(n, "party") for n in found] if len(found) >= 2 else []
        if not parties:
            # "Obie strony podpisały umowę", "… spotkali się w ratuszu. Podpisano tam umowę.": the parties named in
            # the sentence before; "Podpisano list. Jego stronami są A i B.": in the sentence after
            found = self._parties_before(doc, c) or self._parties_after(doc, c) or self._headline_pair(doc, c)
            if not found and self._plural_verb(doc, self._clause_verbs(doc, c)):
                # "A i B od roku współpracują. Teraz podpisały umowę.": a plural verb's subject of the sentence before
                found = self._zero_subject(doc, c, [])
                found = found if len({ms[n].entity for n in found}) >= 2 else []
            parties += [(n, "party") for n in found]
        if len({ms[n].entity for n, _ in parties}) == 1:
            # "Spółka podpisała list z Gminą Żary": a kind noun that opens the sentence stands for the one named
            # before; else the subject of the sentence before acts
            found = self._anaphors(doc, c.s, [n for n, _ in parties], True)
            parties += [(n, "party") for n in found or self._zero_subject(doc, c, parties)]
        if len({ms[n].entity for n, _ in parties}) < 2:
            # "z burmistrzem Borowa Janem Nowakiem": a person right after the town that acts stands for it
            ends = {ms[n].t1 for n, _ in parties if ms[n].type == "place"}
            parties += [(n, "party") for n in c.persons if ms[n].t0 not in ends]
        if parties:
            parties += [(n, "party") for n in self._joined_after(doc, c)]
        if len({ms[n].entity for n, _ in parties}) == 1:
            # "Ze strefą podpisaliśmy porozumienie" in an interview with a mayor: the speaker's body is a party
            speaker = self._speaker(doc, c)
            if speaker is not None and ms[speaker].entity != ms[parties[0][0]].entity:
                parties.append((speaker, "party"))
        if len({ms[n].entity for n, _ in parties}) >= 2:
            # "Inwestora wspierały Centrum Alfa oraz Agencja Beta": the one a verb of cooperation has as its object,
            # named before by its kind, is the partner of each (named first: one cooperation per partner)
            helped = self._object_referent(doc, c, {ms[n].entity for n, _ in parties})
            if helped is not None:
                parties = [(helped, "party"), *parties]
        return parties

    def _object_referent(self: Any, doc: Doc, c: Candidates, named: set[int]) -> int | None:
        """The organisation named before that a kind noun in the accusative (`event_anaphors`: "firmę",
        "inwestora") stands for, as the object of the trigger verb of cooperation of the sentence; None where there
        is none or it takes part already."""
        if not any(
            r.pos in self.tags.clause_verb
            and any(t == "cooperation" for _k, t in self._word_rows.get(r.lemma, ()))
            for i in c.at
            for r in doc.readings[i]
        ):
            return None
        s0, s1 = doc.sent_span[c.s]
        for k in range(s0, s1):
            kinds = self._kind_noun(doc, k, s1, k == s0)
            if not kinds or (k > s0 and doc.is_preposition(k - 1)):
                continue  # "dla firmy": the object of a preposition, not of the verb
            if not any(r.pos == "subst" and "acc" in r.cases and "sg" in r.numbers for r in doc.readings[k]):
                continue  # the accusative singular: "firmę", "inwestora" (not "firmy", a plural or a genitive)
            n = self._antecedent(doc, c.s, k, kinds, skip=named)
            if n is not None and doc.mentions[n].entity not in named:
                return n
        return None

    def _joined_after(self: Any, doc: Doc, c: Candidates) -> list[int]:
        """ "A i B podpisały umowę. Do porozumienia przystąpiły później spółki C oraz D.": the organisations of a
        sentence among the four after whose verb of membership joins (its own "do" and a noun of
        the event's type right after it, a word apart at most: "przystąpiły do tego porozumienia") an agreement,
        letter or cooperation are parties to it too; "dołączyła do Klastra Delta dzięki współpracy" joins no
        agreement."""
        rows = self._word_rows

        def rows_of(k: int, kind: str) -> set[str]:
            return {typ for lem in doc.lemmas(k) for kd, typ in rows.get(lem, ()) if kd == kind}

        types = {typ for k in c.at for lem in doc.lemmas(k) for _kd, typ in rows.get(lem, ())} & set(
            PARTY_TYPES
        )
        toks = doc.tokens

        def joins_it(t0: int, t1: int, k: int) -> bool:
            """The membership verb at k with "do" and a noun of the event's type within four words of it."""
            for p in range(max(t0, k - 7), min(t1, k + 5)):
                if toks[p].lower not in self.w.join_preposition:
                    continue
                between = range(min(p, k) + 1, max(p, k))
                if any(not toks[j].is_word for j in between):
                    continue  # not across a comma
                if (k - 4 <= p and any(rows_of(j, "noun") & types for j in range(p + 1, min(t1, p + 3)))) or (
                    p < k and noun_after(p, k)
                ):
                    return True
            return False

        def noun_after(p: int, t1: int) -> bool:
            """ "do zawartego w lutym porozumienia": the noun past adjectives and participles and the phrase of a
            preposition they govern."""
            j, governed = p + 1, False
            while j < min(t1, p + 7) and toks[j].is_word:
                if rows_of(j, "noun") & types:
                    return True
                rs = doc.readings[j]
                if doc.is_preposition(j):
                    governed = True
                elif governed and any(r.pos in ("subst", "num") for r in rs):
                    governed = False
                elif not any(r.pos in ("adj", "ppas", "pact") for r in rs):
                    return False
                j += 1
            return False

        for t in range(c.s + 1, min(len(doc.sentences), c.s + 5)):
            t0, t1 = doc.sent_span[t]
            if any("membership" in rows_of(k, "verb") and joins_it(t0, t1, k) for k in range(t0, t1)):
                return [
                    n
                    for n in self._mentions_in(doc, t)
                    if doc.mentions[n].type == "organization" and not self._represented(doc, n)
                ]
        return []

    def _parties_before(self: Any, doc: Doc, c: Candidates) -> list[int]:
        """ "A i B od lat prowadzą badania. Obie strony podpisały umowę.": a plural subject noun of parties
        (`parties_noun`) in the nominative, or "both" before a plural noun ("współpraca obu instytucji"), stands
        for two or more organisations (or towns and regions that act) named in the sentence before, in the same
        paragraph."""
        s0, s1 = doc.sent_span[c.s]

        def names_parties(i: int) -> bool:
            for r in doc.readings[i]:
                if (
                    r.lemma in self.w.parties_noun
                    and r.pos == "subst"
                    and r.numbers == {"pl"}
                    and "nom" in r.cases
                ):
                    return True  # "strony"
                if r.lemma in self.w.both_word and i + 1 < s1:  # "obu instytucji"
                    return any(x.pos == "subst" and "pl" in x.numbers for x in doc.readings[i + 1])
            return False

        if c.s == 0 or doc.break_between(c.s - 1, c.s):
            return []
        # an impersonal trigger ("podpisano", "zawarto") names no actor: those of the sentence before act
        impersonal = any(r.pos == "imps" for i in c.at for r in doc.readings[i])
        if not impersonal and self._impersonal_verb_of(doc, c):
            # "Miasto A i Uczelnia B chcą … List intencyjny o tym parafowano w piątek": the noun's own clause
            # has an impersonal verb; the subjects of the sentence before sign, not the ones their words hang on
            # ("dostarcza okna do hoteli sieci A i B"), and none where the sentence names its own unnamed partner
            # ("podpisano w środę z miejscowym technikum")
            if self._unnamed_partner(doc, c.s):
                return []
            t0, t1 = doc.sent_span[c.s - 1]
            verb = next(
                (k for k in range(t0, t1) if any(r.pos in self.tags.clause_verb for r in doc.readings[k])), t0
            )
            found = [
                n
                for n in self._acting_pair(doc, c.s - 1)
                if doc.mentions[n].t1 <= verb and not self._governed(doc, n)
            ]
            return found if len({doc.mentions[n].entity for n in found}) >= 2 else []
        if not impersonal:
            # a sentence with none of those words among its lemmas needs no look at each word's readings
            words = frozenset(w.lower() for w in self.w.parties_noun | self.w.both_word)
            if words.isdisjoint(frozenset().union(*map(doc.lemmas, range(s0, s1)))):
                return []
            if not any(names_parties(i) for i in range(s0, s1)):
                return []
        return self._acting_pair(doc, c.s - 1)

    def _impersonal_verb_of(self: Any, doc: Doc, c: Candidates) -> bool:
        """A trigger noun whose clause's verb is impersonal ("Porozumienie o szkoleniach parafowano wczoraj",
        "Zawarto umowę"): the verb among the six words before or after it, with no comma between."""
        s0, s1 = doc.sent_span[c.s]
        for step in (-1, 1):
            k = c.trig + step
            while s0 <= k < s1 and abs(k - c.trig) <= 6 and doc.tokens[k].text not in (",", ";", ":", "–"):
                if any(r.pos == "imps" for r in doc.readings[k]):
                    return True
                if any(r.pos in self.tags.clause_verb for r in doc.readings[k]):
                    return False  # the clause has a verb of its own person: it names its actor
                k += step
        return False

    def _unnamed_partner(self: Any, doc: Doc, s: int) -> bool:
        """Sentence s has "z" (`with_preposition`) before a lower-case noun or adjective in the instrumental with no
        name among the three words after it ("z miejscowym technikum", "z nowym wykonawcą")."""
        s0, s1 = doc.sent_span[s]
        for k in range(s0, s1 - 1):
            if doc.tokens[k].lower not in self.w.with_preposition:
                continue
            nxt = doc.tokens[k + 1]
            if not nxt.is_word or nxt.is_cap or doc.mention_at(k + 1) is not None:
                continue
            if not any("inst" in r.cases for r in doc.readings[k + 1] if r.pos in NOMINAL or r.pos == "adj"):
                continue
            if not any(doc.mention_at(j) is not None for j in range(k + 1, min(s1, k + 4))):
                return True
        return False

    def _headline_pair(self: Any, doc: Doc, c: Candidates) -> list[int]:
        """ "Alfa i Uczelnia Beta razem" and, in the first sentence under it, "Podpisana w czwartek umowa …": the
        parties of an event that names none are the two or more that the headline (a first line with no verb)
        names."""
        if c.s != 1 or not doc.break_between(0, 1) or not self._verbless_line(doc, 0):
            return []
        return self._acting_pair(doc, 0)

    def _verbless_line(self: Any, doc: Doc, s: int) -> bool:
        s0, s1 = doc.sent_span[s]
        return not any(r.pos in self.tags.predicate for i in range(s0, s1) for r in doc.readings[i])

    def _acting_pair(self: Any, doc: Doc, t: int, after: int = -1) -> list[int]:
        """The organisations (and towns and regions that act) of sentence t after token `after`, where they are two
        or more."""
        ms = doc.mentions
        found = [
            n
            for n in self._mentions_in(doc, t)
            if ms[n].t0 > after
            and (
                ms[n].type == "organization"
                or (
                    ms[n].type == "place" and sub(doc, n) in ("city", "region") and self._acting_place(doc, n)
                )
            )
        ]
        return found if len({ms[n].entity for n in found}) >= 2 else []

    def _parties_after(self: Any, doc: Doc, c: Candidates) -> list[int]:
        """ "Podpisano list intencyjny. Jego stronami są A oraz B.": a sentence that opens by naming the parties
        (`parties_noun` among its first words) names them for the event of the sentence before."""
        t = c.s + 1
        if t >= len(doc.sentences) or doc.break_between(c.s, t, "\n\n"):
            return []
        s0, s1 = doc.sent_span[t]
        nouns = self.w.parties_noun | participant_words(doc.lang, "signatory_noun")
        for i in range(s0, min(s1, s0 + 3)):
            if any(r.lemma in nouns and r.pos == "subst" and "pl" in r.numbers for r in doc.readings[i]):
                return self._acting_pair(doc, t, i)
        return []

    def _visit(self: Any, doc: Doc, c: Candidates) -> Roles:
        """Visitors (a delegation's sender, "z X") and hosts ("w X", the host's premises, the object of a
        visiting verb, the subject of a hosting verb); persons visit where nobody else is named."""
        out = []
        hosting = self._hosting_verb(doc, c.s)
        mission = any(
            doc.lemmas(i) & self.w.mission_noun
            or (i + 1 < len(doc.tokens) and doc.lemmas(i + 1) & participant_words(doc.lang, "study_trip"))
            for i in c.at
        )
        # the finite verb whose subject and object the case tells apart: the hosting verb, else the visiting one
        verb = hosting
        if verb is None:
            verb = next(
                (
                    i
                    for i in c.at
                    if doc.lemmas(i) & self.w.visiting_verb
                    and any(r.pos in self.tags.clause_verb for r in doc.readings[i])
                ),
                None,
            )
        args = self._arguments(doc, c.s, verb) if verb is not None else {}
        for n in c.orgs + c.places:
            if self._hosted_by(doc, n):
                out.append((n, "host"))  # "goście zostali przyjęci przez Urząd Miasta Borowo"
                continue
            if self._after_prep(doc, n, self.w.agent_preposition, 2):
                if mission and doc.mentions[n].type == "organization":
                    out.append((n, "visitor"))  # "misja do Borowa organizowana przez Izbę Alfa"
                continue  # "przygotowane przez X": X organises something within the trip
            role = self._visit_role(doc, n, c, hosting, args)
            if role == "host" and self._locates(doc, n, {v for v, r in out if r == "visitor"}):
                continue  # "delegacja z Obwodu Beta na Ukrainie": where the visitor is from, no host
            if role:
                out.append((n, role))
        if mission:
            # "Misję zorganizowała Izba Alfa. Wzięli w niej udział przedstawiciele firm: A, B i C.": a mission's
            # members travel with it
            out += [(n, "visitor") for n in self._participants_after(doc, c)]
        if not any(r == "visitor" for _n, r in out):
            out += [(n, "visitor") for n in self._delegation_kind(doc, c)]
        if not out:
            out += [(n, "visitor") for n in c.persons]
        if out:
            out += [(n, "host") for n in self._hosts_after(doc, c)]
        return out

    def _delegation_kind(self: Any, doc: Doc, c: Candidates) -> list[int]:
        """ "Klaster Alfa gościł partnerów z Danii. Rewizyta delegacji klastra zaplanowana jest na maj.": a kind noun
        of organisation (`event_anaphors`) right after a delegation noun stands for the nearest one of that kind
        named before it; it sends the delegation."""
        s0, s1 = doc.sent_span[c.s]
        for k in range(s0 + 1, s1):
            if not doc.lemmas(k - 1) & self.w.delegation_noun or (doc.tokens[k - 1].is_cap and k - 1 != s0):
                continue
            kinds = self._kind_noun(doc, k, s1)
            if kinds and any(r.pos == "subst" and "gen" in r.cases for r in doc.readings[k]):
                n = self._antecedent(doc, c.s, k, kinds)
                return [] if n is None else [n]
        return []

    def _hosts_after(self: Any, doc: Doc, c: Candidates) -> list[int]:
        """ "Goście z Tyrolu przyjechali do Borowa. Podjął ich prezes Izby Alfa.": the next sentence of the
        paragraph, naming no event of its own, with a hosting verb: the organisations in its subject host."""
        t = c.s + 1
        if t >= len(doc.sentences) or doc.break_between(c.s, t):
            return []
        verb = self._hosting_verb(doc, t)
        if verb is None:
            return []
        t0, t1 = doc.sent_span[t]
        lemmas = frozenset().union(*map(doc.lemmas, range(t0, t1)))
        if any(kind in ("noun", "verb") for lem in lemmas for kind, _t in self._word_rows.get(lem, ())):
            return []  # an event of its own
        args = self._arguments(doc, t, verb)
        return [n for n, arg in args.items() if arg == "subj" and doc.mentions[n].type == "organization"]

    def _hosted_by(self: Any, doc: Doc, n: int) -> bool:
        """ "przyjęci przez X", "byli podejmowani przez władze X": the agent of a hosting verb's passive participle
        hosts."""
        m = doc.mentions[n]
        s0 = doc.sent_span[m.sent][0]
        for k in range(m.t0 - 1, max(s0, m.t0 - 3) - 1, -1):
            if doc.tokens[k].lower in self.w.agent_preposition:
                j = k - 1
                return j >= s0 and any(
                    r.pos == "ppas" and r.lemma in self._host_verbs for r in doc.readings[j]
                )
            if not doc.tokens[k].is_word or doc.tokens[k].is_cap:
                return False
        return False

    def _visit_role(
        self: Any, doc: Doc, n: int, c: Candidates, hosting: int | None, args: dict[int, str]
    ) -> str | None:
        ms = doc.mentions
        with_at = self._with_phrase(doc, n)
        met = with_at is not None and with_at[1] == "inst" and self._meeting_before(doc, with_at[0])
        if met or self._met_with(doc, n) or self._after_prep(doc, n, self.w.invitation_noun):
            return "host"  # "goście spotkali się z zarządem Spółki Alfa", "na zaproszenie Izby Alfa"
        if self._delegation_of(doc, n) or (with_at is not None and with_at[1] != "inst"):
            return "visitor"  # "delegacja regionu Beta", "delegacja z chińskiej prowincji Beta"
        if self._led_by(doc, n):
            return "visitor"  # "gościł delegację pod przewodnictwem prezesa Izby Beta": the leader's body goes with it
        arg = args.get(n)
        if arg is not None:
            # the subject of a hosting verb hosts and its object visits ("Gmina X gościła przedstawicieli firmy
            # Y"); the subject of a visiting verb visits and its object hosts, in any order ("Zakład firmy X
            # odwiedziła delegacja Y")
            return (
                ("host" if arg == "subj" else "visitor")
                if hosting is not None
                else ("visitor" if arg == "subj" else "host")
            )
        if (
            self._after_prep(doc, n, self.w.host_preposition)
            or self._in_seat_of(doc, n)
            or self._object_of_visit(doc, n, c.at)
            or (hosting is not None and (ms[n].t0 > hosting or self._nominative(doc, n)))
        ):
            return "host"  # "Park Alfa przyjął gości", "gości przyjęli przedstawiciele Urzędu Beta"
        return "visitor" if ms[n].type == "organization" else None

    def _conference(self: Any, doc: Doc, c: Candidates) -> Roles:
        """Organisers and participants; with no organisation, the towns and regions guests come from
        ("goście z Borowa i Lisowa"), not countries ("firmy z Polski i Czech" says where people come from)."""
        organizers: set[int] = set()
        for n in c.orgs:
            prev = self._previous_in_list(doc, n)
            # "zorganizowały ją Izba Alfa i Uczelnia Beta": the second of a list of organisers organises too
            if self._organizer(doc, n) or (prev in organizers and self._same_case(doc, prev, n, True)):
                organizers.add(n)
        out = [(n, "organizer" if n in organizers else "participant") for n in c.orgs]
        if not out:
            out = [
                (n, "participant")
                for n in c.places
                if self._after_prep(doc, n, self.w.with_preposition) and sub(doc, n) != "country"
            ]
        if not out:
            out = [(n, "participant") for n in self._delegation_before(doc, c)]
        return out + [(n, "participant") for n in self._participants_after(doc, c)]

    def _delegation_before(self: Any, doc: Doc, c: Candidates) -> list[int]:
        """ "Delegacja Województwa Alfa przebywa w Saksonii. Drugiego dnia delegacja wzięła udział w konferencji.":
        a delegation noun in the nominative, with no name after it, stands for the senders of the delegation the
        three sentences before name."""
        s0, s1 = doc.sent_span[c.s]
        noun = any(
            doc.lemmas(k) & self.w.delegation_noun
            and not doc.tokens[k].is_cap
            and doc.mention_at(k + 1) is None
            and any(r.pos == "subst" and "nom" in r.cases for r in doc.readings[k])
            for k in range(s0, min(s1 - 1, c.trig))
        )
        if not noun:
            return []
        for t in range(c.s - 1, max(-1, c.s - 4), -1):
            found = [n for n in self._mentions_in(doc, t) if self._delegation_of(doc, n)]
            if found:
                return found
        return []

    def _participants_after(self: Any, doc: Doc, c: Candidates) -> list[int]:
        """ "Seminarium zorganizowała Izba Alfa. Udział w nim wzięli przedstawiciele uczelni: A i B.": the next
        sentence of the paragraph, naming no event of its own, takes part in this one (a word of `participation`
        and a third-person pronoun that points back at it); its organisations participate."""
        t = c.s + 1
        if t >= len(doc.sentences) or doc.break_between(c.s, t):
            return []
        s0, s1 = doc.sent_span[t]
        lemmas = frozenset().union(*map(doc.lemmas, range(s0, s1)))
        if lemmas.isdisjoint(participant_words(doc.lang, "participation")):
            return []
        if any(kind in ("noun", "verb") for lem in lemmas for kind, _t in self._word_rows.get(lem, ())):
            return []  # "W sobotę podpisano umowę, w której udział …": an event of its own
        participation = participant_words(doc.lang, "participation")

        # the noun of taking part right before its verb ("Udział potwierdziły już firmy A i B", "Swój udział
        # zgłosili …") names no gathering of its own; "udział spółki w rynku" (a market share) and a verb of taking
        # part with its person ending ("uczestniczyli|śmy") do not
        # ("Jej udział wzrósł": a pronoun's possession before the noun and a verb of change after it tell a share,
        # no taking part; "Ich udział potwierdziły A i B" is one)
        def pronoun(k: int) -> bool:
            return any(r.pos == "ppron3" for r in doc.readings[k])

        change = participant_words(doc.lang, "share_change")
        elliptic = any(
            any(r.pos == "subst" and r.lemma in participation for r in doc.readings[k])
            and any(r.pos in self.tags.clause_verb for r in doc.readings[k + 1])
            and not (k > s0 and pronoun(k - 1) and doc.lemmas(k + 1) & change)
            for k in range(s0, s1 - 1)
        )
        if not elliptic and not any(pronoun(k) and doc.is_preposition(k - 1) for k in range(s0 + 1, s1)):
            # "Udział w nim wzięli …" points back by a pronoun after a preposition
            return []
        return [
            n
            for n in self._mentions_in(doc, t)
            if doc.mentions[n].type == "organization" and not self._represented(doc, n)
        ]

    def _founding(self: Any, doc: Doc, c: Candidates) -> Roles:
        """What is founded (a cluster, the name after the verb, the subject of "powstać") and its founders."""
        at, orgs = self._founding_triggers(doc, c)
        if not at:
            return []
        founded = self._founded(doc, c, at, orgs)
        if founded is None and any(r.lemma in self.w.arise_perfective for i in at for r in doc.readings[i]):
            # "Klaster powstał w 2018 roku": a kind noun that opens the sentence stands for the one named before
            kinds = self._anaphors(doc, c.s, [], True)
            founded = kinds[0] if kinds else None
        if founded is None:
            return []
        # "samorząd województwa Alfa powołał inicjatywę Beta": a town or region that acts, named before the verb
        start = doc.tokens[c.trig].start
        acting = [
            n
            for n in c.places
            if doc.mentions[n].subtype in ("city", "region")
            and doc.mentions[n].start < start
            and self._acting_place(doc, n)
        ]
        founders = [n for n in orgs + acting if n != founded]
        if not founders:
            # "A, B i C prowadzą wspólne badania. W maju powołali Klaster Alfa.": the subject of the sentence before
            # "Podpisano porozumienie o utworzeniu Klastra Alfa. Sygnatariuszami zostali: A, B i C.": the parties the
            # next sentence names
            found = (
                self._zero_subject(doc, c, [], frozenset((founded,)))
                or self._parties_after(doc, c)
                or self._roles_before(doc, c.s, "founding", founded)
            )
            founders = [n for n in found if n != founded]
        return [(founded, "founded")] + [(n, "founder") for n in founders]

    def _founding_triggers(self: Any, doc: Doc, c: Candidates) -> tuple[list[int], list[int]]:
        """The triggers that found something, and the organisations nearest first; none for a founding that is
        the topic of a letter ("list w sprawie utworzenia klastra"), a participle with no organisation right
        before it ("ranking przygotowany przez redakcję"), a thing that arises ("powstał raport")."""
        ms = doc.mentions
        # "…, które powierzyły koordynację Agencji Alfa": a relative clause that does not hold the trigger names
        # neither the founded body nor its founders
        orgs = [n for n in c.orgs if not self._in_relative_clause(doc, n, c.at)]
        at = [i for i in c.at if not self._topic_of(doc, i)]
        if not at:
            return [], orgs
        participles = [i for i in at if all(r.pos in ("ppas", "pact") for r in doc.readings[i])]
        if participles and len(participles) == len(at):
            if not [n for n in orgs if 0 < min(at) - ms[n].t1 <= 2]:
                return [], orgs
        at = [i for i in at if not self._thing_arises(doc, i)]
        if not at:
            return [], orgs
        gerunds = [i for i in at if any(r.pos == "ger" for r in doc.readings[i])]
        if gerunds and len(gerunds) == len(at):
            if not any("sg" in r.numbers for i in gerunds for r in doc.readings[i] if r.pos == "ger"):
                return [], orgs
            near = [n for n in orgs if any(0 < ms[n].t0 - i <= 8 for i in gerunds)]
            if not near:
                return [], orgs
            orgs = near + [n for n in orgs if n not in near]
        return at, orgs

    def _founded(self: Any, doc: Doc, c: Candidates, at: list[int], orgs: list[int]) -> int | None:
        ms = doc.mentions
        start = doc.tokens[c.trig].start
        arises = any(r.lemma in self.w.arise_perfective for i in at for r in doc.readings[i])
        clusters = [n for n in orgs if ms[n].subtype == "cluster"]
        # not the agent of a passive ("utworzone przez Gminę Alfa": the founder)
        after = [
            n
            for n in orgs
            if ms[n].start > start
            and ms[n].subtype != "economic_zone"
            and not self._after_prep(doc, n, self.w.agent_preposition)
        ]
        if clusters and not arises:
            return clusters[0]
        if after:
            return after[0]
        subj = [n for n in orgs if ms[n].start < start]
        passive = all(any(r.pos == "ppas" for r in doc.readings[i]) for i in at)
        if subj and (arises or passive):
            return subj[-1]  # "Klaster Alfa powstał", "Klaster Alfa został utworzony": the subject is founded
        if subj and len(orgs) > len(subj):
            # "Projekt Alfa zainicjowała Izba Beta": the founded thing first, its founders after the verb
            kinds = [n for n in subj if sub(doc, n) not in ("economic_zone", "municipality", "agency")]
            return kinds[0] if kinds else None
        return None

    def _membership(self: Any, doc: Doc, c: Candidates) -> Roles:
        """The group ("do Klastra X", "członkiem stowarzyszenia X", "X, do którego należy Y") and its members."""
        preps = self.w.join_preposition
        if any(doc.lemmas(i) & self.w.join_in_verb for i in c.at):
            preps = preps | self.w.join_in_preposition  # "włączyć się w projekt X"
        # a town or region that joins acts ("Do Stowarzyszenia Alfa dołączyła gmina Borowo")
        acting = [
            n
            for n in c.places
            if doc.mentions[n].subtype in ("city", "region")
            and self._acting_place(doc, n)
            and self._nominative(doc, n)
            and not self._governed(doc, n)
        ]
        orgs = c.orgs + acting
        group = [n for n in c.orgs if self._after_prep(doc, n, preps, 1) or self._group_after(doc, n)]
        if not group:
            ante = self._relative_group(doc, c.at)
            group = [ante] if ante is not None and ante in orgs else []
        if not group and any(doc.lemmas(i) & self.ew.gathering for i in c.at):
            # "Klaster Alfa zrzesza firmy Beta i Gamma": the subject before the verb is the group
            first = min(c.at)
            group = [n for n in c.orgs if doc.mentions[n].t1 <= first and self._nominative(doc, n)][:1]
        if not group:
            group = self._group_noun(doc, c, preps, orgs)
        # "…, którego koordynatorem jest Spółka Alfa": a relative clause about the group names no member
        # (nor the group named twice, nor what the group became: "został Krajowym Klastrem Kluczowym")
        groups = {doc.mentions[n].entity for n in group}
        members = [
            n
            for n in orgs
            if doc.mentions[n].entity not in groups
            and not self._in_relative_clause(doc, n, c.at)
            and not self._award_name(doc, n)
            and not self._origin_of(doc, n, "noun")
        ]
        partners = [n for n in members if self._accord_partner(doc, n, c)]
        if partners and len(partners) < len(members):
            # "podpisała umowę z Politechniką Alfa, a także przystąpiła do Klastra Beta": the other side of the
            # document signed joins nothing
            members = [n for n in members if n not in partners]
        if group and not members:
            # "Spółka Kalmet rozwija produkcję. W maju przystąpiła do Klastra Alfa.": the member named before
            have = [(n, "group") for n in group]
            members = self._anaphors(doc, c.s, group, True) or self._zero_subject(doc, c, have)
        if not group or not members:
            return []
        return [(n, "member") for n in members] + [(n, "group") for n in group]

    def _group_noun(self: Any, doc: Doc, c: Candidates, preps: frozenset[str], orgs: list[int]) -> list[int]:
        """ "Klaster Alfa działa od lat. Do klastra dołączyła spółka Beta.": a common noun of a kind of organisation
        right after the joining preposition stands for the nearest one of that kind named before it, where this
        sentence names the members."""
        s0, s1 = doc.sent_span[c.s]
        for k in range(s0 + 1, s1):
            j = k - 1
            ours = j > s0 and bool(doc.lemmas(j) & self.w.possessive_word)
            if ours:
                j -= 1  # "dołączyła do naszego klastra": the body of the text's own voice, named before
            if doc.tokens[j].lower not in preps:
                continue
            kinds = self._kind_noun(doc, k, s1) - {"company"}  # a body, no firm
            if kinds:
                n = self._antecedent(doc, c.s, k, kinds)
                if ours:
                    # "– Do naszego klastra dołączyła spółka Beta – mówi prezes Klastra Alfa": the body of the
                    # speaker, named in this sentence, is "ours" and no member
                    named = [m for m in doc.mentions_in(c.s) if self._kind_member(doc, m, kinds)]
                    if named and (n is None or doc.sent_of[doc.mentions[n].t0] != c.s):
                        n = named[0]
                if n is None or all(doc.mentions[m].entity == doc.mentions[n].entity for m in orgs):
                    return []  # the members are named in this sentence ("Do spółki dołączył nowy prezes": none)
                seen = {doc.mentions[n].entity}
                while ours and doc.sent_of[doc.mentions[n].t0] != c.s:
                    o = self._antecedent(doc, c.s, k, kinds, seen)
                    if o is None:
                        break
                    n = o  # "our" body is the text's own voice: the first of its kind named, not the last
                    seen.add(doc.mentions[o].entity)
                return [n]
        return []

    @staticmethod
    def _kind_member(doc: Doc, n: int, kinds: set[str]) -> bool:
        """The mention n is an organisation of one of `kinds` (its entity resolved)."""
        m = doc.mentions[n]
        return m.type == "organization" and m.entity >= 0 and sub(doc, n) in kinds

    def _investment(self: Any, doc: Doc, c: Candidates) -> Roles:
        """Investors (companies not from elsewhere, not a site's former owner, or named with the plant in the next
        sentence, or the subject of an active verb) and hosts (zones, communes, parks)."""
        ms, orgs = doc.mentions, c.orgs
        origin = self.w.origin_preposition
        investors = [
            n
            for n in orgs
            if sub(doc, n) == "company"
            and not self._after_prep(doc, n, origin, 1)
            and not self._after_prep(doc, n, self.w.former_site_preposition, 1)
            and not self._after_prep(doc, n, self.w.seller_preposition, 1)
            and not self._in_participle_aside(doc, n, c.at)
            and not self._plant_that_arises(doc, n, c)
        ]
        builders = self._contractors(doc, c)
        investors = [n for n in investors if n not in builders]
        sold = [i for i in c.at if not doc.lemmas(i).isdisjoint(self.w.sell_verb)]
        if sold:
            # "Strefa sprzedała firmie Alfa działkę": the buyer invests; the seller, named before the verb, never
            # does, nor does any fallback below name him ("Alfa sprzedała zakład funduszowi Beta": no investor)
            investors = [n for n in investors if ms[n].t0 > sold[0]]
            if not investors:
                return []
        partners = [n for n in investors if self._accord_partner(doc, n, c)]
        if partners and len(partners) < len(investors):
            # "Alfa zawarła umowę najmu z firmą transportową Beta": the other side of a document signed is no investor
            investors = [n for n in investors if n not in partners]
        clients = [n for n in investors if self._after_prep(doc, n, self.w.client_preposition, 1)]
        if clients:
            investors = clients  # "Mostostal wybuduje halę dla firmy Alfa": Alfa invests, the builder builds
        hosts = [n for n in orgs if sub(doc, n) in ("economic_zone", "municipality", "technology_park")]
        if not investors and c.s + 1 < len(doc.sentences) and self._names_plant(doc, c.s + 1):
            investors = [
                n
                for n in self._mentions_in(doc, c.s + 1)
                if ms[n].type == "organization"
                and sub(doc, n) == "company"
                and not self._after_prep(doc, n, origin, 1)
            ]
        if not investors and verbs_active(doc, c.at):
            investors = [
                n
                for n in orgs
                if ms[n].start < doc.tokens[c.trig].start and not self._in_participle_aside(doc, n, c.at)
            ][:1]  # "Firma, należąca do grupy Alfa, wybuduje zakład": the group is no subject
            if investors and sub(doc, investors[0]) != "company":
                # "Gmina A podpisała umowę z firmą B, która … a firma zbuduje halę": a company noun stands for
                # the company named before it rather than the commune named first
                named = [n for n in self._anaphors(doc, c.s, [], True) if sub(doc, n) == "company"]
                investors = named[:1] or investors
            hosts = [n for n in hosts if n not in investors]
        if not investors and (verbs_active(doc, c.at) or self._verb_before(doc, c)):
            # "Spółka zainwestowała …", "Teraz zbuduje zakład", "firma uruchomiła linię produkcyjną": the company a
            # kind noun stands for, or the subject of the sentence before
            found = self._anaphors(doc, c.s, [], True)
            if not found and not self._subject_noun_before(doc, c):
                found = self._zero_subject(doc, c, [])
            investors = [n for n in found if sub(doc, n) == "company"]
        if not investors and not orgs:
            # "Pierwszy zakład spółka otworzyła w Koninie w 2019 r.": a fronted plant, the verb after it, and a kind
            # noun in the nominative for its subject: the company that noun stands for
            investors = self._fronted_plant_subject(doc, c)
        if not investors:
            # "Firma Alfa ma zakład w Borowie. Rozbudowano jej halę.": the owner named in the sentence before
            investors = [n for n in self._possessor_before(doc, c) if sub(doc, n) == "company"]
        if not investors and not orgs:
            investors = self._speaker_company(doc, c)
        if not investors:
            return []
        return [(n, "investor") for n in investors] + [(n, "host") for n in hosts]

    def _led_by(self: Any, doc: Doc, n: int) -> bool:
        """ "delegacja prowincji Beta pod przewodnictwem prezesa Izby Gamma": the body of the one who leads a visiting
        group (pattern `led_by`), the group's phrase right before "pod" (its noun, `visiting_group`, then only
        names, nouns, adjectives and "z": no verb), goes with it; not "Gości przyjął zarząd pod przewodnictwem
        marszałka Województwa Alfa" (the host's own board)."""
        m = doc.mentions[n]
        start = self.cx.match_start(doc, "led_by", m.t0, lo=m.t0 - 10)
        if start is None:
            return False
        s0 = doc.sent_span[m.sent][0]
        j = start - 1  # before "pod"
        while j >= max(s0, start - 7):
            if self.cx.ends_at(doc, "visiting_group", j + 1):
                return True
            tok, rs = doc.tokens[j], doc.readings[j]
            if not (
                doc.mention_at(j) is not None
                or tok.lower in self.w.with_preposition
                or (rs and all(r.pos in ("subst", "adj", "ign") for r in rs))
            ):
                return False
            j -= 1
        return False

    def _plant_that_arises(self: Any, doc: Doc, n: int, c: Candidates) -> bool:
        """ "W przyszłym roku powstanie Zakład Alfa, nowoczesny zakład …": the plant named by its own name (its first
        word a `plant_noun` in the nominative), the subject of a verb of arising (`arise_verb`) right before or
        after it in the clause of the event's trigger (or the trigger in its apposition), is what is built, no
        investor. Not the firm's own history in another clause ("Zakłady Alfa powstały w 1992 r., a teraz zbudują
        chłodnię"), not a plant that builds with another ("wspólnie ze spółką Beta", "Zakład Alfa i spółka Beta"),
        nor the owner in the genitive ("powstała hala Zakładów Alfa")."""
        m = doc.mentions[n]
        if doc.lemmas(m.t0).isdisjoint(self.w.plant_noun) or not any(
            "nom" in r.cases for r in doc.readings[m.t0] if r.pos == "subst"
        ):
            return False
        s0, s1 = doc.sent_span[m.sent]
        verbs = [
            k
            for k in (m.t0 - 1, m.t0 - 2, m.t1)
            if s0 <= k < s1
            and not doc.lemmas(k).isdisjoint(self.w.arise_verb)
            # nothing but words between the verb and the name (the name's own tokens may hold "-" or quotes)
            and all(
                doc.tokens[j].text.isalnum() for j in (range(k + 1, m.t0) if k < m.t0 else range(m.t1, k))
            )
        ]
        if not verbs:
            return False
        k = verbs[0]
        lo, hi = min(k, c.trig), max(k, c.trig)
        apposition = (
            c.trig > m.t1 and doc.tokens[m.t1].text == "," and m.t1 + 1 < s1
        )  # "Zakład Alfa, nowy zakład"
        if any(not doc.tokens[j].text.isalnum() for j in range(lo + 1, hi)) and not (
            apposition and all(doc.tokens[j].text.isalnum() for j in range(m.t1 + 1, c.trig))
        ):
            return False  # the trigger in another clause: the verb tells another story
        together = self.w.together_word
        if any(
            not doc.lemmas(j).isdisjoint(together) and doc.tokens[j + 1].lower in self.w.with_preposition
            for j in range(s0, s1 - 1)
        ):
            return False  # "wspólnie ze spółką Beta": a co-investor
        coordinators = self.w.conjunction  # "Zakład Alfa i spółka Beta"
        return not (
            (m.t0 > s0 and doc.tokens[m.t0 - 1].lower in coordinators)
            or (m.t1 < s1 and doc.tokens[m.t1].lower in coordinators)
        )

    def _accord_partner(self: Any, doc: Doc, n: int, c: Candidates) -> bool:
        """The mention follows "z" (`with_preposition`, over at most two lower-case words: "z firmą kurierską") that
        follows a noun of a signed document (`accord_noun`) within three words ("umowę najmu z", "umowę z"); not
        where the trigger stands in a relative clause on it ("umowę ze spółką Beta, która wybuduje zakład"), nor
        where both sides act: a word of acting together (`both_word`, `together_word`: "i razem przystąpiły",
        "Obie spółki zainwestują") in the trigger's sentence, or a plural verb of the trigger ("przystąpiły")."""
        m = doc.mentions[n]
        s0, s1 = doc.sent_span[m.sent]
        if m.t1 + 2 < s1 and m.t1 < c.trig and doc.tokens[m.t1].text == ",":
            if doc.lemmas(m.t1 + 1) & self.w.relative_pronoun and not any(
                doc.tokens[j].text in (",", ";") for j in range(m.t1 + 1, c.trig)
            ):
                return False
        t0, t1 = doc.sent_span[c.s]
        together = self.w.both_word | self.w.together_word
        if any(doc.lemmas(j) & together for j in range(t0, t1)) or self._plural_verb(doc, list(c.at)):
            return False
        for k in range(m.t0 - 1, max(s0, m.t0 - 4) - 1, -1):
            tok = doc.tokens[k]
            if tok.lower in self.w.with_preposition:
                return any(doc.lemmas(j) & self.w.accord_noun for j in range(max(s0, k - 3), k))
            if not tok.is_word or tok.is_cap:
                return False
        return False

    def _contractors(self: Any, doc: Doc, c: Candidates) -> set[int]:
        """ "umowę z generalnym wykonawcą zakładu, firmą Budmar", "Firma Budmar, generalny wykonawca hali": the
        organisation in apposition before a contractor noun (`contractor_noun`) of the sentence, else the first one
        named after it that is no owner of a plant (not "wykonawcą hali spółki Alfa będzie firma Budmar"), builds
        the plant; it is no investor."""
        s0, s1 = doc.sent_span[c.s]
        nouns = [
            k
            for k in range(s0, s1)
            if not doc.lemmas(k).isdisjoint(self.w.contractor_noun) and self._names_contractor(doc, k)
        ]
        if not nouns:
            return set()
        ms, plant = doc.mentions, self.w.plant_object
        for n in c.orgs:
            t1 = ms[n].t1
            if t1 < nouns[0] and doc.tokens[t1].text == "," and nouns[0] - t1 <= 3:
                return {n}
        after = [
            n
            for n in c.orgs
            if ms[n].t0 > nouns[0]
            and all(plant.isdisjoint(doc.lemmas(k)) for k in range(max(s0, ms[n].t0 - 2), ms[n].t0))
        ]
        return set(after[:1])

    def _speaker_company(self: Any, doc: Doc, c: Candidates) -> list[int]:
        """ "Rozmowa z Markiem Lisem, prezesem spółki Alfa … – W Kutnie zbudujemy zakład.": a trigger in a clause whose
        verb is in the first person speaks for the company of the one who speaks (`_speaker`); none where the
        speaker serves no company."""
        n = self._speaker(doc, c)
        return (
            [n]
            if n is not None and doc.mentions[n].type == "organization" and sub(doc, n) == "company"
            else []
        )

    def _speaker(self: Any, doc: Doc, c: Candidates) -> int | None:
        """For a trigger in a clause whose verb is in the first person: the body the one who speaks serves, the
        nearest person named before it with a role (an interview's header, a quote's speaker): the organisation of
        the role, else a town or region named right after the person's title ("z Adamem Nowakiem, burmistrzem
        Borowa": "Ze strefą podpisaliśmy porozumienie" is Borowo's), or between the title and the name ("burmistrz
        Borowa Adam Nowak"). None where there is none."""
        a, b = self._clause(doc, c.trig)
        if not any(self._first_person(doc, i) for i in (*c.at, *range(a, b))):
            return None
        ms, t0 = doc.mentions, c.trig
        nearest = -1  # the nearest person named before the trigger: the first the loop below visits
        line0 = doc.text.rfind("\n", 0, doc.tokens[t0].start) + 1
        label = re.match(
            r"([^\W\d_a-ząćęłńóśźż][^\W\d_a-ząćęłńóśźż -]*):", doc.text[line0 : doc.tokens[t0].start]
        )
        for n in range(len(ms) - 1, -1, -1):
            m = ms[n]
            if m.t0 >= t0 or m.type != "person" or m.entity < 0:
                continue
            if nearest < 0:
                nearest = m.entity
            ent = doc.entities[m.entity]
            orgs = [r["organization"] for r in ent.roles if r.get("organization")]
            if orgs:
                org = next((e for e in doc.entities if e.id == orgs[0]), None)
                return org.mentions[0] if org is not None and org.mentions else None
            if not ent.roles:
                continue
            # the town speaks only through its own head: he is the one who speaks (the speaker's label before the
            # trigger, else the nearest person named before it)
            if (label and ent.name.split()[-1].upper() not in label.group(1).split()) or (
                not label and m.entity != nearest
            ):
                return None
            # "burmistrz Borowa Adam Nowak": the town between the title and the name, at any of the person's
            # mentions (an interview's header names the guest once)
            for t in sorted(ms[k].t0 for k in ent.mentions):
                p = doc.mention_at(t - 1) if t > 0 else None
                if (
                    p is not None
                    and ms[p].type == "place"
                    and ms[p].t1 == t
                    and sub(doc, p) in ("city", "region")
                ):
                    return p
            s1 = doc.sent_span[m.sent][1] if m.sent < len(doc.sent_span) else m.t1
            for k in range(m.t1, min(s1, m.t1 + 4)):
                p = doc.mention_at(k)
                if p is not None and ms[p].type == "place" and sub(doc, p) in ("city", "region"):
                    return p
            return None
        return None

    def _first_person(self: Any, doc: Doc, i: int) -> bool:
        """A verb in the first person: a finite form so tagged, or a past form with a first-person ending
        ("zbudowaliśmy")."""
        rs = doc.readings[i]
        if not doc.lemmas(i).isdisjoint(self.w.press_verb):
            return False  # "Jak informowaliśmy w marcu, …": the newspaper's own voice, no speaker who acts
        if any(r.pos == "fin" and any(f":{t}" in r.tag for t in self.tags.first_person) for r in rs):
            return True
        low = doc.tokens[i].lower
        return any(r.pos == "praet" for r in rs) and any(low.endswith(e) for e in self.w.first_person_ending)

    def _verb_before(self: Any, doc: Doc, c: Candidates) -> bool:
        """A trigger noun that is the object of an active verb of its clause ("firma uruchomiła nową linię"): a
        finite or past verb among the five words before it, with no comma between; or a verb of setting money aside
        (`fund_verb`) among the ten before it, past its amount, whose subject is a company's kind noun
        (`event_anaphors`: "Spółka przeznaczy ok. 45 mln zł na rozbudowę hali"; not "Gmina przeznaczy …")."""
        s0 = doc.sent_span[c.s][0]
        for k in range(c.trig - 1, max(s0, c.trig - 10) - 1, -1):
            if doc.tokens[k].text in (",", ";", ":"):
                return False
            if any(r.pos in self.tags.clause_verb for r in doc.readings[k]):
                if k >= c.trig - 5:
                    return True
                return not doc.lemmas(k).isdisjoint(self.w.fund_verb) and self._company_noun_before(
                    doc, k, s0
                )
        return False

    def _company_noun_before(self: Any, doc: Doc, k: int, s0: int) -> bool:
        """The first noun in the nominative before the verb at k, in its clause, is a company's kind noun
        (`event_anaphors`: "spółka", "firma"), not a public body's or another noun ("gmina", "miasto")."""
        for j in range(k - 1, s0 - 1, -1):
            if doc.tokens[j].text in (",", ";", ":") or any(
                r.pos in self.tags.clause_verb for r in doc.readings[j]
            ):
                return False
            if j > s0 and doc.is_preposition(j - 1):
                continue
            if any(r.pos == "subst" and "nom" in r.cases for r in doc.readings[j]):
                return any(self._anaphor_kinds.get(lem) == "company" for lem in doc.lemmas(j))
        return False

    def _fronted_plant_subject(self: Any, doc: Doc, c: Candidates) -> list[int]:
        """A trigger noun that opens its clause as a fronted object, its verb after it ("Pierwszy zakład spółka
        otworzyła …", "Halę firma oddała do użytku …"): a finite or past verb among the four words after it, with no
        comma between and no clause verb before it in the sentence, and between them a singular kind noun of a company
        (`event_anaphors`) in the nominative. The company it stands for: the subject of the sentence before where
        that is a company ("Firma Alfa produkuje okna dla sieci Beta. Pierwszy zakład spółka otworzyła …"), else the
        nearest company named before."""
        s0, s1 = doc.sent_span[c.s]
        if any(any(r.pos in self.tags.clause_verb for r in doc.readings[k]) for k in range(s0, c.trig)):
            return []
        noun = None
        for k in range(c.trig + 1, min(s1, c.trig + 5)):
            if doc.tokens[k].text in (",", ";", ":"):
                return []
            if any(r.pos in self.tags.clause_verb for r in doc.readings[k]):
                break
            if noun is None and "company" in self._kind_noun(doc, k, s1):
                if any(
                    r.pos == "subst"
                    and "nom" in r.cases
                    and "sg" in r.numbers
                    and r.lemma in self._anaphor_kinds
                    for r in doc.readings[k]
                ):
                    noun = k
        else:
            return []
        if noun is None:
            return []
        if c.s > 0 and not doc.break_between(c.s - 1, c.s, "\n\n"):
            # the subject of the sentence before: its first organisation before its first verb, hung on no word
            t0, t1 = doc.sent_span[c.s - 1]
            verb = next(
                (k for k in range(t0, t1) if any(r.pos in self.tags.clause_verb for r in doc.readings[k])), t0
            )
            first = next(
                (
                    n
                    for n in self._mentions_in(doc, c.s - 1)
                    if doc.mentions[n].t1 <= verb
                    and doc.mentions[n].type == "organization"
                    and not self._governed(doc, n)
                ),
                None,
            )
            if first is not None and sub(doc, first) == "company":
                return [first]
        n = self._antecedent(doc, c.s, noun, {"company"})
        return [] if n is None else [n]

    def _subject_noun_before(self: Any, doc: Doc, c: Candidates) -> bool:
        """ "Park buduje sieć kontaktów": a common noun in the nominative before the verb, not after a preposition,
        is the verb's own subject, so the subject of the sentence before does not act; not a noun after an earlier
        verb of the clause ("Najpierw wymieni prasy i rozbuduje halę": the object of 'wymieni'). An aside
        between the first and the last comma before the trigger ("Na działce obok, którą kupił fundusz, deweloper
        wybuduje halę") is another clause: neither its verb nor its nouns count."""
        s0 = doc.sent_span[c.s][0]
        commas = [k for k in range(s0, c.trig) if doc.tokens[k].text == ","]
        aside = range(commas[0], commas[-1] + 1) if len(commas) >= 2 else range(0)
        for k in range(s0, c.trig):
            if k in aside:
                continue
            if any(r.pos in self.tags.clause_verb for r in doc.readings[k]):
                return False  # the first verb: what follows it is no subject before it
            if k > s0 and doc.is_preposition(k - 1):
                continue
            if any(r.pos == "subst" and "nom" in r.cases for r in doc.readings[k]):
                return True
        return False

    def _award(self: Any, doc: Doc, c: Candidates) -> Roles:
        """Grantors ("przez X", "nagroda X", the subject of a granting verb, a ranking's author) and recipients
        (organisations, else persons, else the towns and regions a ranking lists)."""
        ms = doc.mentions
        # "zgłoszona przez Izbę Alfa" in an item of the list the sentence opens: the one who nominated, no
        # party to the award
        orgs = [
            n
            for n in c.orgs
            if ms[n].sent == c.s or not self._after_prep(doc, n, self.w.agent_preposition, skip_words=3)
        ]
        grantors = [
            n
            for n in orgs
            if self._after_prep(doc, n, self.w.agent_preposition, skip_words=3)
            or self._award_of(doc, n)
            or self._subject_of_granting(doc, c.s, n)
            or self._after_prep(doc, n, participant_words(doc.lang, "grantor_preposition"), skip_words=2)
        ]
        recipients = [
            n
            for n in orgs
            if n not in grantors
            and not self._after_prep(doc, n, self.w.origin_preposition, 1)
            and not self._in_title(doc, n)
            and not self._award_name(doc, n)
            # "nadanie statusu odbyło się w Ministerstwie Alfa": where the awarding takes place receives nothing
            and not self._after_prep(doc, n, self.w.location_preposition)
            # "wniosek Klastra Alfa, do którego należy spółka Beta, otrzymał …": nor one a relative clause names
            and not self._in_relative_clause(doc, n, c.at)
        ]
        if not grantors:
            grantors = (
                self._contest_organizer(doc, c.s, recipients)
                or self._ranking_author(doc, c.s, recipients)
                or self._ceremony_host(doc, c.s, recipients)
            )
        # "Prezydent Jan Nowak przyznał nagrodę": a person who grants is no recipient
        granting = [n for n in c.persons if self._subject_of_granting(doc, c.s, n)]
        if not grantors:
            grantors = granting
        persons = [n for n in c.persons if n not in granting]
        recipients = recipients or persons or self._ranked_places(doc, c)
        verbs = [] if recipients else self._clause_verbs(doc, c)
        if (
            verbs
            and any(doc.lemmas(i) & self.w.receive_verb for i in verbs)
            and not self._subject_noun_before(doc, c)
            and not any(
                doc.tokens[k].text[:1].isdigit() or any(r.pos == "num" for r in doc.readings[k])
                for k in range(doc.sent_span[c.s][0], verbs[0])
            )
        ):
            # "Firma Alfa produkuje rozdzielnice. W tym roku otrzymała tytuł …": a receiving verb with no subject
            # of its own (no noun in the nominative, no number before it: "10 najlepszych otrzymało certyfikat"):
            # the kind noun that opens the sentence, or the subject of the sentence before, receives
            have = [(n, "grantor") for n in grantors]
            found = self._anaphors(doc, c.s, grantors, True) or self._zero_subject(doc, c, have)
            recipients = [n for n in found if n not in grantors]
        if not recipients:
            # "Ranking przygotował magazyn Alfa": the grantor alone, lent to the document's awards
            return [(n, "grantor") for n in grantors[:1]]
        return [(n, "recipient") for n in recipients] + [(n, "grantor") for n in grantors[:1]]

    def _contest_organizer(self: Any, doc: Doc, s: int, recipients: list[int]) -> list[int]:
        """ "Konkurs zorganizowała Izba Alfa. Nagrody otrzymały firmy A i B.": the organiser of a contest or ranking
        named in this sentence or one of the four before grants its awards: in another paragraph (the lead of a
        report on the winners) only where the award's sentence names the contest, its winners or its categories
        (`contest_reference`: "laureaci konkursu", "w kategorii MŚP zwyciężyła");
        "Firma Beta otrzymała nagrodę marszałka" under a paragraph on another contest is no award of it."""
        rec = {doc.mentions[n].entity for n in recipients}
        contest = participant_words(doc.lang, "contest")
        a0, a1 = doc.sent_span[s]
        refers = any(
            doc.lemmas(k) & (contest | participant_words(doc.lang, "contest_reference"))
            for k in range(a0, a1)
        )
        for t in range(s, s - 5, -1):
            if t < 0 or (t < s and not refers and doc.break_between(t, s)):
                break
            t0, t1 = doc.sent_span[t]
            if not any(doc.lemmas(k) & contest for k in range(t0, t1)):
                continue
            found = [
                n
                for n in self._mentions_in(doc, t)
                if doc.mentions[n].type == "organization"
                and doc.mentions[n].entity not in rec
                and self._organizer(doc, n)
            ]
            if found:
                return found[:1]
        return []

    def _ceremony_host(self: Any, doc: Doc, s: int, recipients: list[int]) -> list[int]:
        """ "Certyfikat otrzymał Klaster Alfa. Wręczenie certyfikatów odbyło się w Ministerstwie Beta.": a public body
        (a ministry, an agency, a marshal's or town office) in whose seat the awards are handed (a granting gerund
        and the body after a locative preposition, in this sentence or the one before or after, same paragraph)
        grants them; not a hall or a company that only lends the room."""
        rec = {doc.mentions[n].entity for n in recipients}
        for t in (s, s - 1, s + 1):
            if t < 0 or t >= len(doc.sentences) or (t != s and doc.break_between(min(s, t), max(s, t))):
                continue
            t0, t1 = doc.sent_span[t]
            if not any(
                r.pos == "ger" and r.lemma in self.ew.granting for k in range(t0, t1) for r in doc.readings[k]
            ):
                continue
            found = [
                n
                for n in self._mentions_in(doc, t)
                if sub(doc, n) in _GRANTING_BODIES
                and doc.mentions[n].entity not in rec
                and self._after_prep(doc, n, self.w.location_preposition)
            ]
            if found:
                return found[:1]
        return []

    def _ranked_places(self: Any, doc: Doc, c: Candidates) -> list[int]:
        """A ranking of towns and regions: the places it lists or names as acting subjects."""
        ms = doc.mentions
        ranked = any(doc.lemmas(i) & self.ew.place_award for i in c.at)
        return c.listed_places or [
            n
            for n in c.places
            if ranked
            and ms[n].subtype in ("city", "region")
            and self._acting_place(doc, n)
            and self._nominative(doc, n)
            and not self._ends_a_name(doc, n)
        ]

    def _ends_a_name(self: Any, doc: Doc, n: int) -> bool:
        """ "Liderzy Innowacji Pomorza", "Złota Waga Mazowsza": a place right after a capitalised word of the same
        sentence that is no mention closes the award's own name (a genitive), it is no ranked place."""
        k = doc.mentions[n].t0 - 1
        if k < 0 or doc.sent_of[k] != doc.mentions[n].sent or k == doc.sent_span[doc.mentions[n].sent][0]:
            return False
        return doc.tokens[k].is_word and doc.tokens[k].is_cap and doc.mention_at(k) is None


Policy = Callable[[Any, Doc, Candidates], Roles]

# The participant policy of each event type.
POLICIES: dict[str, Policy] = {
    "agreement": ParticipantPolicies._parties,
    "letter_of_intent": ParticipantPolicies._parties,
    "cooperation": ParticipantPolicies._parties,
    "visit": ParticipantPolicies._visit,
    "conference": ParticipantPolicies._conference,
    "founding": ParticipantPolicies._founding,
    "membership": ParticipantPolicies._membership,
    "investment": ParticipantPolicies._investment,
    "award": ParticipantPolicies._award,
}
