"""The senses of trigger words that state no event: a verb form read as a noun ("przyjął gości"), an event noun
as a purpose with "być" ("Misją klastra jest"), plural nouns of events in general, investors in general, a
document or a company that comes into being ("raport powstał", "firma powstała w 1994 roku"), a signatory that joins an accord. Part of `EventTriggers`."""

from __future__ import annotations

from kooperacja.extract.cues import tag_classes
from kooperacja.extract.doc import Doc
from kooperacja.extract.participant_grammar import participant_words
from kooperacja.text.dates import date_vocabulary, date_word_role
from kooperacja.text.morphology import NOMINAL

SELF_STANDING_NOUNS = ("visit", "conference", "award")


# how many tokens after a plural award noun the colon of the list it opens may stand ("Laureatami konkursu Alfa
# zostały:")
_LIST_COLON_REACH = 7
_PREDICATE = tag_classes().predicate  # "podpisała", "podpisano": a verb that states a deed in its clause


class TriggerSenses:
    """Tests of the senses of trigger words that are no event; part of `EventTriggers`."""

    def _noun_counts(self, doc: Doc, i: int, lemma: str, numbers: frozenset[str], typ: str) -> bool:
        """Plural event nouns speak of events in general ("udział w konferencjach"), unless they open a list
        ("Laureatami zostali:"); "miejsce" is an award only as a ranking place ("na czwartym miejscu")."""
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
        if lemma in self.w.guest_noun and self._counted(doc, i):
            return False  # "przyjął czterdzieści tysięcy gości": guests counted, no delegation
        if lemma in self.w.investor_noun and self._for_investors(doc, i):
            return False  # "tereny dla inwestorów", "otwarta dla inwestorów": investors in general
        if lemma in self.w.ceremony_noun and not self._award_word_beside(doc, i):
            return False  # "gala z okazji dziesięciolecia agencji": a ceremony that gives no prize
        if typ in SELF_STANDING_NOUNS and self._point_of_time(doc, i):
            return False  # "rok przed kongresem", "tydzień po targach": a time told by the gathering, no gathering
        if typ == "investment" and self._visited(doc, i):
            return False  # "zwiedzili zakład firmy Alfa": the host's premises, not an investment
        if lemma in self.w.title_word_noun and self._title_word(doc, i):
            return False  # "tytuł Inwestora Roku": a word of a title, not an investment
        if typ == "award" and self._boasted(doc, i):
            return False  # "szczyci się tytułem Lidera Eksportu": a title held from before, no award now
        if lemma in self.w.title_noun and not self._award_sense(doc, i):
            return False  # "zyskała miano stolicy regionu": a title in its figurative sense
        if (
            typ in SELF_STANDING_NOUNS
            and lemma not in self.w.plural_event_noun
            and self._plural_list_item(doc, i)
        ):
            return False  # "spotkań, konferencji, szkoleń": a form of either number, plural among plurals
        if typ in SELF_STANDING_NOUNS and "sg" not in numbers and lemma not in self.w.plural_event_noun:
            # "Oto laureaci:", "Laureatami konkursu Alfa zostały:" — a plural that opens a list names the events of
            # its items
            s1 = doc.sent_span[doc.sent_of[i]][1]
            reach = range(i + 1, min(s1, i + _LIST_COLON_REACH))
            return any(doc.tokens[k].text == ":" for k in reach) or self._plural_become(doc, i, reach)
        return True

    def _boasted(self, doc: Doc, i: int) -> bool:
        """ "szczyci się tytułem", "może pochwalić się nagrodą": a verb of boasting (`boast_verb`) among the eight
        words before the award noun at i ("… tytułem Lidera i certyfikatem jakości"), and no award given now: no
        verb that gives an award (an action of award, a `hand_verb`) finite or impersonal in its sentence or the
        next one of its paragraph ("…, który otrzymała w piątek"; "Wręczono go wczoraj"), nor a past participle of
        one with a time or an occasion after it ("przyznanym w piątek", "zdobytym podczas tegorocznego forum"; not
        "zdobytym przed laty", "zdobytym w 2019 r.")."""
        s = doc.sent_of[i]
        s0, s1 = doc.sent_span[s]
        if not any(doc.lemmas(k) & self.w.boast_verb for k in range(max(s0, i - 8), i)):
            return False
        if s + 1 < len(doc.sent_span) and not doc.break_between(s, s + 1):
            s1 = doc.sent_span[s + 1][1]
        rows = self._word_rows

        def gives(lemma: str) -> bool:
            return lemma not in self.w.boast_verb and (
                ("action", "award") in rows.get(lemma, ()) or lemma in self.w.hand_verb
            )

        for k in range(s0, s1):
            for r in doc.readings[k]:
                if not gives(r.lemma):
                    continue
                if r.pos in _PREDICATE or r.pos == "ppas" and self._fresh_time_after(doc, k):
                    return False
        return True

    def _fresh_time_after(self, doc: Doc, k: int) -> bool:
        """Within four words after the participle at k, in its clause: a weekday or a time told from the day of
        publication ("w piątek", "wczoraj", "tegorocznego"; date_weekdays, date_relative), or a word of "during"
        before a noun of a gathering or a ceremony ("podczas gali", "na forum"; date_words during_lead)."""
        toks, dv = doc.tokens, date_vocabulary(doc.lang)
        s1 = doc.sent_span[doc.sent_of[k]][1]
        during = date_word_role(doc.lang, "during_lead")
        for j in range(k + 1, min(s1, k + 5)):
            low = toks[j].lower
            if low == "," or low in dv.weekdays or low in dv.relative:
                return low != ","
            if low in during and j + 1 < s1 and self._occasion_noun(doc, j + 1):
                return True
        return False

    def _occasion_noun(self, doc: Doc, j: int) -> bool:
        """A noun of a gathering or a ceremony at j, or right after an adjective there ("gali", "forum",
        "tegorocznego forum")."""
        for k in (j, j + 1):
            for lemma in doc.lemmas(k):
                if lemma in self.w.ceremony_noun or any(
                    kind == "noun" and typ in SELF_STANDING_NOUNS
                    for kind, typ in self._word_rows.get(lemma, ())
                ):
                    return True
        return False

    def _point_of_time(self, doc: Doc, i: int) -> bool:
        """ "rok przed forum", "dwa dni po targach": a noun of a span of time (event_cues time_span) and a word that
        sets a day apart from an occasion (date_words occasion_outside) right before the event noun, in a sentence
        that tells an event of another kind ("Na dzień przed konferencją Alfa podpisała umowę"); one that tells
        taking part (participant_words participation: "Na miesiąc przed targami swój udział potwierdziły A i B")
        or no other event ("… swoje stoiska zarezerwowały A i B") keeps the gathering."""
        if not (
            i >= 2
            and doc.tokens[i - 1].lower in date_word_role(doc.lang, "occasion_outside")
            and bool(doc.lemmas(i - 2) & self.w.time_span)
        ):
            return False
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        lemmas = frozenset().union(*(doc.lemmas(k) for k in range(s0, s1) if k != i))
        if not lemmas.isdisjoint(participant_words(doc.lang, "participation")):
            return False
        rows = self._word_rows
        return any(t not in SELF_STANDING_NOUNS for lem in lemmas for _kind, t in rows.get(lem, ()))

    def _noun_not_verb(self, doc: Doc, i: int) -> bool:
        """ "przyjął gości", "zagranicznych gości", "dla gości", "300 gości": a form that is also a noun, read as the
        noun after a verb, an adjective, a preposition, a number or a noun of quantity."""
        rs = doc.readings[i]
        if (
            not any(r.pos in NOMINAL for r in rs)
            or not any(r.pos in self.tags.clause_verb for r in rs)
            or i == 0
        ):
            return False
        prev = doc.readings[i - 1]
        if self._counted(doc, i):
            return (
                True  # "300 gości", "kilkudziesięciu gości", "czterdzieści tysięcy gości": a count of guests
            )
        if not doc.tokens[i - 1].is_word or not prev:
            return False
        if doc.mention_at(i - 1) is not None:
            return False  # "w Stalowej Woli powstanie": the last word of a name governs nothing

        nouns = [r for r in rs if r.pos in NOMINAL]
        for p in prev:
            if p.pos == "prep":
                governed = {c for c in p.tag.split(":")[1:2] for c in c.split(".")}
                if any(governed & r.cases for r in nouns):
                    return True
            elif p.pos in self.tags.modifier:
                if any(p.cases & r.cases and p.numbers & r.numbers for r in nouns):
                    return True
            elif p.pos in self.tags.clause_or_inf:
                if any(r.cases & {"acc", "gen"} for r in nouns):
                    return True
        return False

    def _copula_noun(self, doc: Doc, i: int) -> bool:
        """ "Misją klastra jest …", "Celem forum było …": an event noun in the instrumental with 'być' names a
        purpose, not a happening; "jest największym zakładem w regionie" says what something is."""
        if not any(r.pos in NOMINAL and r.cases == frozenset({"inst"}) for r in doc.readings[i]):
            return False
        if any(r.pos in NOMINAL and "inst" not in r.cases for r in doc.readings[i]):
            return False
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        if any(doc.lemmas(k) & self.w.copula for k in range(i + 1, min(s1, i + 8))):
            return True
        # before the noun, up to three words besides its modifiers ("będąca także najstarszym polskim zakładem")
        k, words = i - 1, 0
        while k >= s0 and words < 3:
            if doc.lemmas(k) & self.w.copula:
                return True
            if not any(r.pos in self.tags.bare_word for r in doc.readings[k]):
                words += 1
            k -= 1
        return False

    def _work_arises(self, doc: Doc, i: int) -> bool:
        """ "Raport o inwestycjach powstał", "powstała strategia rozwoju": a verb of coming into being whose clause has a
        work of writing or design (`work_noun`) in the nominative, outside a name and not after a preposition, as its
        subject."""
        a, b = self._clause(doc, i)
        work = self.w.work_noun
        for k in range(a, b):
            if k == i or work.isdisjoint(doc.lemmas(k)) or doc.mention_at(k) is not None:
                continue
            if k > a and doc.is_preposition(k - 1):
                continue
            if any(r.pos == "subst" and "nom" in r.cases and r.lemma in work for r in doc.readings[k]):
                return True
        return False

    def _kind_arises(self, doc: Doc, i: int) -> bool:
        """ "Firma powstała w 1994 roku": a verb of coming into being right after a kind noun of an organisation
        (`event_anaphors`) in the nominative singular, its subject: the organisation arises, no plant of it."""
        s0 = doc.sent_span[doc.sent_of[i]][0]
        return i > s0 and any(
            r.pos == "subst" and r.lemma in self._anaphor_kinds and "nom" in r.cases and "sg" in r.numbers
            for r in doc.readings[i - 1]
        )

    def _joins_accord(self, doc: Doc, i: int) -> bool:
        """A joining verb whose sentence joins a signed document: a join preposition right before an accord noun
        ("przystąpiły do porozumienia", "do umowy dołączyła gmina")."""
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        join, accord = self.w.join_preposition, self.w.accord_noun
        return any(
            not join.isdisjoint(doc.lemmas(j)) and not accord.isdisjoint(doc.lemmas(j + 1))
            for j in range(s0, s1 - 1)
        )

    def _plural_list_item(self, doc: Doc, i: int) -> bool:
        """A noun that can be plural, next to a comma or conjunction and a plural-only noun in the same case: an
        item of a list of plurals ("szkoleń, konferencji i seminariów")."""
        cases = {c for r in doc.readings[i] if r.pos in NOMINAL and "pl" in r.numbers for c in r.cases}
        if not cases:
            return False
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        for sep, j in ((i - 1, i - 2), (i + 1, i + 2)):
            if j < s0 or j >= s1:
                continue
            tok = doc.tokens[sep]
            if tok.text != "," and tok.lower not in self.w.conjunction:
                continue
            nominal = [r for r in doc.readings[j] if r.pos in NOMINAL]
            if (
                nominal
                and all("sg" not in r.numbers for r in nominal)
                and any(r.cases & cases for r in nominal)
            ):
                return True
        return False

    def _for_investors(self, doc: Doc, i: int) -> bool:
        """The investor noun in the plural after a preposition of benefit, past its modifiers ("oferta dla nowych
        inwestorów"): investors in general, not a named one."""
        if "pl" not in {n for r in doc.readings[i] if r.lemma in self.w.investor_noun for n in r.numbers}:
            return False
        s0 = doc.sent_span[doc.sent_of[i]][0]
        k = i - 1
        while k > s0 and any(r.pos in self.tags.modifier for r in doc.readings[k]):
            k -= 1
        return k >= s0 and doc.tokens[k].lower in self.w.beneficiary_preposition

    def _visited(self, doc: Doc, i: int) -> bool:
        """A plant noun as the object of a verb of visiting, past its modifiers ("zwiedzili nowy zakład")."""
        s0 = doc.sent_span[doc.sent_of[i]][0]
        k = i - 1
        while k > s0 and any(r.pos in self.tags.modifier for r in doc.readings[k]):
            k -= 1
        return k >= s0 and not doc.lemmas(k).isdisjoint(self.w.visiting_verb)

    def _counted(self, doc: Doc, i: int) -> bool:
        """A number, a numeral or a noun of quantity right before token i ("300 gości", "tysiące gości")."""
        if i == 0:
            return False
        return doc.tokens[i - 1].is_num or any(
            p.pos in self.tags.numeral or p.lemma in self.w.quantity_noun for p in doc.readings[i - 1]
        )
