"""Awards that no award trigger states alone: a prize handed again ("Wręczył ją prezes"), the best in a contest
("najlepsza okazała się firma Alfa"), a title become ("została Liderem Eksportu"), and the words that make a title
or a ceremony an award. Part of `EventTriggers`."""

from __future__ import annotations

from kooperacja.extract.doc import Doc
from kooperacja.text.morphology import NOMINAL

_QUOTES = ("„", '"', "“", "”", "«", "»", "'")


class TriggerAwards:
    """Rules of awards, titles and ceremonies; part of `EventTriggers`."""

    def _hands_award_before(self, doc: Doc, i: int) -> bool:
        """ "Nagrodę otrzymała firma Alfa. Wręczył ją prezes Izby Beta.": a verb of handing beside a third-person
        pronoun in the accusative, after a sentence of the same paragraph that names an award thing."""
        s = doc.sent_of[i]
        if s == 0 or doc.break_between(s - 1, s):
            return False
        s0, s1 = doc.sent_span[s]
        if not any(
            r.pos == "ppron3" and "acc" in r.cases
            for k in (i - 1, i + 1)
            if s0 <= k < s1
            for r in doc.readings[k]
        ):
            return False
        p0, p1 = doc.sent_span[s - 1]
        things = self.w.award_thing
        return any(not things.isdisjoint(doc.lemmas(k)) for k in range(p0, p1))

    def _proved_best(self, doc: Doc, i: int) -> bool:
        """ "W konkursie najlepsza okazała się firma Alfa": the verb of proving with the superlative of a best word
        right before it (or right after its reflexive), in a sentence with an award word."""
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        near = [k for k in (i - 1, i + 2, i - 2) if s0 <= k < s1]
        best = any(
            r.lemma in self.w.best_word and r.tag.endswith(":sup") for k in near for r in doc.readings[k]
        )
        return best and self._award_word_in_sentence(doc, i)

    def _plural_become(self, doc: Doc, i: int, reach: range) -> bool:
        """ "Laureatami konkursu Alfa zostały firmy Beta i Gamma": a plural noun in the instrumental before a plural
        verb of becoming or the copula names the events of the subjects that follow (no colon needed)."""
        if not any(r.pos in NOMINAL and "pl" in r.numbers and "inst" in r.cases for r in doc.readings[i]):
            return False
        verbs = self.w.auxiliary
        return any(
            r.lemma in verbs and "pl" in r.numbers and r.pos in self.tags.clause_verb
            for k in reach
            for r in doc.readings[k]
        )

    def _title_become(self, doc: Doc, i: int) -> bool:
        """ "została Liderem Eksportu", "Krajowym Klastrem Kluczowym został klaster Alfa": the verb of becoming
        beside a capitalised title in the instrumental (a run of capitalised words after it, or two at least that open
        the sentence before it), whose words are no trigger of another event ("Członkiem została", "Partnerem został"), in a
        sentence that names no person."""
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        toks = doc.tokens
        for step in (1, -1):
            k = i + step
            run = []
            while s0 <= k < s1 and toks[k].is_word and toks[k].is_cap:
                run.append(k)
                k += step
            if not run or (step < 0 and (s0 not in run or len(run) < 2)):
                continue  # a title before the verb opens the sentence ("Liderem Eksportu została …")
            first = min(run)
            if not any(
                r.cases == frozenset({"inst"})
                for r in doc.readings[first]
                if r.pos in NOMINAL or r.pos == "adj"
            ):
                continue
            if any(doc.lemmas(k) & self._other_than_title_lemmas for k in run):
                continue  # "Członkiem została": another event ("Inwestorem Roku została": a title still)
            # "Jan Nowak został Prezesem Spółki Alfa": a person who becomes something takes an office
            return not any(doc.mentions[n].type == "person" for n in doc.mentions_in(doc.sent_of[i]))
        return False

    def _title_word(self, doc: Doc, i: int) -> bool:
        """A capitalised noun that is a word of a title: after a word of its own line inside the sentence ("tytuł
        Inwestora Roku"), or before a capitalised word that begins no name ("Inwestorem Roku została spółka")."""
        toks = doc.tokens
        if not toks[i].is_cap:
            return False
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        if i > s0 and toks[i - 1].is_word and "\n" not in doc.text[toks[i - 1].end : toks[i].start]:
            return True
        k = i + 1
        return k < s1 and toks[k].is_word and toks[k].is_cap and doc.mention_at(k) is None

    def _award_sense(self, doc: Doc, i: int) -> bool:
        """A title noun as an award: a capitalised title after it (in quotes or not: "tytuł Lidera Eksportu"), or a
        word of its sentence that confers or ranks ("przyznała kapituła konkursu")."""
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        k = i + 1
        while k < s1 and doc.tokens[k].text in _QUOTES:
            k += 1
        if k < s1 and doc.tokens[k].is_word and doc.tokens[k].is_cap:
            return True
        return self._award_word_in_sentence(doc, i)

    def _award_word_in_sentence(self, doc: Doc, i: int) -> bool:
        """A word of token ``i``'s sentence (not ``i``) that confers, ranks or names a contest ("kapituła",
        "konkurs", "w kategorii")."""
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        sense = self.w.award_sense
        return any(not sense.isdisjoint(doc.lemmas(j)) for j in range(s0, s1) if j != i)

    def _award_word_beside(self, doc: Doc, i: int) -> bool:
        """Another word of its sentence that names or gives an award ("gala, na której wręczono nagrody")."""
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        rows = self._word_rows
        return any(
            typ == "award" and lemma not in self.w.ceremony_noun
            for k in range(s0, s1)
            if k != i
            for lemma in doc.lemmas(k)
            for _kind, typ in rows.get(lemma, ())
        )
