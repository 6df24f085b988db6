"""Visits, meetings and conferences beyond their trigger words: the public or a crowd as guests (no delegation),
a meeting of three organisations or hosted by one, the organiser of a gathering named a sentence later. Part of
`EventTriggers`."""

from __future__ import annotations

from kooperacja.extract.doc import Doc
from kooperacja.text.numbers import find_amounts


class TriggerGatherings:
    """Rules of visits, meetings and conferences; part of `EventTriggers`."""

    def _organiser_of_previous(self, doc: Doc, s: int, copulas: list[int]) -> int | None:
        """ "Forum Alfa odbyło się w Radomiu. Organizatorem była Izba Beta.": a noun of organising (`organizer_noun`)
        in the instrumental beside the copula, in a sentence with no trigger of its own, after a sentence that names
        a gathering (a conference noun). The position of the noun, or None."""
        if s == 0:
            return None
        p0, p1 = doc.sent_span[s - 1]
        rows = self._word_rows
        if not any(
            kind == "noun" and typ == "conference"
            for k in range(p0, p1)
            for lemma in doc.lemmas(k)
            for kind, typ in rows.get(lemma, ())
        ):
            return None
        s0, s1 = doc.sent_span[s]
        for i in copulas:
            for k in (i - 1, i + 1):
                if s0 <= k < s1 and any(
                    r.lemma in self.w.organizer_noun and "inst" in r.cases
                    for r in doc.readings[k]
                    if r.pos == "subst"
                ):
                    return k
        return None

    def _crowd_comes(self, doc: Doc, i: int) -> bool:
        """ "Przyjechało 300 gości", "na targi przybyło kilka tysięcy osób": a verb of coming in the neuter singular
        of the past (the agreement of a counted subject) with a number, a numeral or a noun of quantity in its
        clause, which names no organisation: people counted, not a delegation ("przyjechało dwóch przedstawicieli
        Izby Alfa" is one)."""
        praet = [r for r in doc.readings[i] if r.pos == "praet"]
        if not praet:
            return False
        a, b = self._clause(doc, i)
        ms = doc.mentions
        if any(ms[n].type == "organization" and a <= ms[n].t0 < b for n in doc.mentions_in(doc.sent_of[i])):
            return False
        if not all(r.tag.split(":")[1:3] == ["sg", "n"] for r in praet):
            # "przyjechały setki gości", "tłumy turystów przybyły": a noun of quantity in the nominative plural as the
            # subject of a plural verb counts a crowd too
            return all(r.tag.split(":")[1] == "pl" for r in praet) and any(
                r.lemma in self.w.quantity_noun
                and r.pos == "subst"
                and "nom" in r.cases
                and "pl" in r.numbers
                for k in range(a, b)
                for r in doc.readings[k]
            )
        return any(
            doc.tokens[k].is_num
            or any(r.pos in self.tags.numeral or r.lemma in self.w.quantity_noun for r in doc.readings[k])
            for k in range(a, b)
        )

    def _measure_comes(self, doc: Doc, i: int) -> bool:
        """ "Strefie przybywa 20 ha", "przybyło 5 mln zł": a verb of coming right before an amount of land, money or a
        share (not a bare count): what grows is a quantity, nobody arrives."""
        s1 = doc.sent_span[doc.sent_of[i]][1]
        if i + 1 >= s1 or not doc.tokens[i + 1].is_num:
            return False
        start = doc.tokens[i + 1].start
        end = doc.tokens[min(s1, i + 6) - 1].end
        return any(
            a.start == 0 and a.unit not in ("", "count")
            for a in find_amounts(doc.text[start:end], lang=doc.lang)
        )

    def _public_guests(self, doc: Doc, i: int) -> bool:
        """The hosting verb with guests of the public (`public_noun`: journalists, pupils, tourists) as its object in
        its clause, which names one organisation at most."""
        a, b = self._clause(doc, i)
        ms = doc.mentions
        orgs = {
            ms[n].entity
            for n in doc.mentions_in(doc.sent_of[i])
            if ms[n].type == "organization" and a <= ms[n].t0 < b
        }
        if len(orgs) > 1:
            return False
        public = self.w.public_noun
        return any(
            r.pos == "subst" and r.lemma in public and "acc" in r.cases
            for k in range(i + 1, b)
            for r in doc.readings[k]
        )

    def _counted_visitors(self, doc: Doc, i: int) -> bool:
        """ "kilka tysięcy zwiedzających": a participle of visiting, used as a noun, after a count."""
        verbal = [r for r in doc.readings[i] if r.pos in self.tags.verbal]
        return bool(verbal) and all(r.pos == "pact" for r in verbal) and self._counted(doc, i)

    def _meeting_held(self, doc: Doc, s: int) -> int | None:
        """The first meeting noun of sentence s, in a sentence with a verb of taking place ("odbyło się spotkanie");
        its position, or None."""
        s0, s1 = doc.sent_span[s]
        lemmas, meeting, take_place = doc.lemmas, self.w.meeting_noun, self.w.take_place_verb
        noun = next(
            (i for i in range(s0, s1) if not meeting.isdisjoint(lemmas(i)) and doc.tokens[i].is_word), None
        )
        if noun is None or all(take_place.isdisjoint(lemmas(i)) for i in range(s0, s1)):
            return None
        return noun

    def _meeting(self, doc: Doc, s: int) -> int | None:
        """ "odbyło się spotkanie przedstawicieli A, B i C": a meeting of three or more named organisations."""
        noun = self._meeting_held(doc, s)
        if noun is None:
            return None
        orgs = {
            doc.mentions[n].entity
            for n in self._mentions_in(doc, s)
            if doc.mentions[n].type == "organization"
        }
        return noun if len(orgs) >= 3 else None

    def _meeting_visit(self, doc: Doc, s: int) -> int | None:
        """ "W Urzędzie Miasta Alfa odbyło się spotkanie z przedstawicielami firmy Beta": a meeting held at one named
        organisation (after a preposition of location) with another, which it hosts."""
        noun = self._meeting_held(doc, s)
        if noun is None:
            return None
        s0 = doc.sent_span[s][0]
        orgs = [n for n in self._mentions_in(doc, s) if doc.mentions[n].type == "organization"]
        at = [
            n
            for n in orgs
            if doc.mentions[n].t0 > s0 and doc.tokens[doc.mentions[n].t0 - 1].lower in self.w.in_preposition
        ]
        others = {doc.mentions[n].entity for n in orgs} - {doc.mentions[n].entity for n in at}
        return noun if at and others and doc.mentions[at[0]].t0 < noun else None
