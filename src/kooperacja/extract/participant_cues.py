"""The context of a mention that decides its part in an event: the words around it that name a delegation's sender,
a host's premises, an award's grantor, a source of money, a venue, a place that acts, a kind noun that stands for
it; the grammar of its phrase (case, clause, list) is read by `participant_grammar.ParticipantGrammar`."""

from __future__ import annotations

from functools import cache

from kooperacja.data.language_data import language_data, on_data_change
from kooperacja.extract.doc import Doc
from kooperacja.extract.event_draft import sub
from kooperacja.extract.media import is_medium
from kooperacja.extract.participant_grammar import ParticipantGrammar, participant_words
from kooperacja.text.dates import past_reading
from kooperacja.text.morphology import NOMINAL
from kooperacja.text.tokens import DOUBLE_QUOTES


@cache
def _meeting_words(lang: str) -> frozenset[str]:
    return language_data(lang).words("meeting_words", "lemma")


on_data_change(_meeting_words.cache_clear)


def _quoted_in_brackets(doc: Doc) -> list[tuple[int, frozenset[str]]]:
    """Each "(" with quoted words after it (within 8 tokens, before its ")"): its token and the lemmas of those
    words; found once per document (`Doc.quoted_in_brackets`)."""
    if doc.quoted_in_brackets is None:
        found = []
        for p, tok in enumerate(doc.tokens):
            if tok.text != "(":
                continue
            lemmas: set[str] = set()
            for q in range(p + 2, min(len(doc.tokens), p + 8)):
                if doc.tokens[q].text == ")":
                    break
                if doc.tokens[q - 1].text in DOUBLE_QUOTES:
                    lemmas |= doc.lemmas(q)
            if lemmas:
                found.append((p, frozenset(lemmas)))
        doc.quoted_in_brackets = found
    return doc.quoted_in_brackets


class ParticipantCues(ParticipantGrammar):
    """Tests on a mention's context; part of `EventFinder`."""

    def _thing_arises(self, doc: Doc, i: int) -> bool:
        """ "powstał raport", "pierwszy prototyp powstał": 'powstać' with a common noun as its subject
        (not an organisation's head word) founds nothing."""
        if not any(r.lemma in self.w.arise_verb for r in doc.readings[i]):
            return False
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        before = doc.readings[i - 1] if i > s0 else ()
        # the subject right before the verb is read first ("w którym pierwszy odlew powstał w 1754 r.")
        near = (i - 1,) if any(r.pos == "subst" and "nom" in r.cases for r in before) else ()
        for k in (*near, *range(i + 1, min(s1, i + 4)), *range(i - 1, max(s0 - 1, i - 3), -1)):
            tok = doc.tokens[k]
            if not tok.is_word or doc.mention_at(k) is not None:
                return False
            rs = doc.readings[k]
            if any(r.pos in self.tags.bare_word for r in rs) and not any(r.pos == "subst" for r in rs):
                continue
            nouns = [r for r in rs if r.pos == "subst" and "nom" in r.cases]
            if not nouns or tok.is_cap:
                return False
            lemmas = {r.lemma.lower() for r in nouns}
            return not (lemmas & set(self.lex.org_heads) or lemmas & set(self.lex.descriptors))
        return False

    def _topic_of(self, doc: Doc, i: int) -> bool:
        """ "w sprawie utworzenia", "w celu założenia": a gerund that names the subject of a letter or a meeting
        (pattern `topic`)."""
        if not any(r.pos == "ger" for r in doc.readings[i]):
            return False
        s0 = doc.sent_span[doc.sent_of[i]][0]
        return self.cx.ends_at(doc, "topic", i, lo=s0) and not self._accord_topic(doc, s0, i)

    def _accord_topic(self, doc: Doc, s0: int, i: int) -> bool:
        """ "porozumienie w sprawie utworzenia klastra": the founding gerund at i is the topic of an agreement noun
        (`founding_accord` of event_words.tsv) right before the topic word (past its preposition), which sets the body
        up (annotation.md); not "porozumienie intencyjne w sprawie …" nor "list intencyjny w sprawie …"."""
        toks, accord = doc.tokens, self.ew.founding_accord
        for k in range(max(s0 + 1, i - 3), i):
            if toks[k].lower not in self.ew.topic:
                continue
            j = k - 2 if doc.is_preposition(k - 1) else k - 1  # "porozumienie w sprawie"
            return j >= s0 and not accord.isdisjoint(doc.lemmas(j))
        return False

    def _subject_of_granting(self, doc: Doc, s: int, n: int) -> bool:
        """ "Izba Alfa przyznała certyfikaty …": the nominative subject before an active granting verb
        grants the award."""
        m = doc.mentions[n]
        s1 = doc.sent_span[s][1]
        if self._granting_before(doc, s, n):
            return True
        if not self._nominative(doc, n) or self._governed(doc, n):
            return False  # "Nagrodę dla spółki Alfa wręczył …": the one it is for
        # the first verb after the subject, before any comma ("Izba Alfa w maju 2020 r. przyznała …")
        for k in range(m.t1, min(s1, m.t1 + 8)):
            if doc.tokens[k].text == ",":
                break
            if any(r.pos in self.tags.clause_verb for r in doc.readings[k]):
                if doc.lemmas(k) & self.ew.granting:
                    return True
                if k >= m.t1 + 3:
                    break
        # "Izba Alfa, działająca w powiecie Beta, przyznała nagrody": an apposition between commas
        if m.t1 < s1 and doc.tokens[m.t1].text == "," and m.t0 == doc.sent_span[s][0]:
            for k in range(m.t1 + 2, min(s1, m.t1 + 30)):
                if doc.tokens[k - 1].text == "," and doc.lemmas(k) & self.ew.granting:
                    if any(r.pos in self.tags.clause_verb for r in doc.readings[k]):
                        return True
        return False

    def _granting_before(self, doc: Doc, s: int, n: int) -> bool:
        """ "Tytuł przyznała w tym roku Izba Alfa", "Nagrodę wręczył prezes Izby Alfa": the subject after an active
        granting verb (the mention in the nominative, or the person's title it stands in), with no comma and no
        other verb between, grants the award."""
        m = doc.mentions[n]
        s0 = doc.sent_span[s][0]
        start = next((a for a, b, _after in doc.title_spans if a < m.t0 < b), None)
        if start is None and m.t0 - 1 > s0 and self._head_noun_before(doc, n):
            start = m.t0 - 1  # "wręczył dyrektor Agencji Alfa": a title with no person's name
        if start is not None:
            if not any(r.pos in NOMINAL and "nom" in r.cases for r in doc.readings[start]):
                return False
        elif not self._nominative(doc, n) or self._governed(doc, n):
            return False
        else:
            start = m.t0
        for k in range(start - 1, max(s0, start - 5) - 1, -1):
            tok = doc.tokens[k]
            if tok.text in (",", ";", ":") or doc.mention_at(k) is not None:
                return False
            rs = doc.readings[k]
            if any(r.pos in self.tags.clause_verb for r in rs):
                return bool(doc.lemmas(k) & self.ew.granting)
            if any(r.pos in ("inf", "imps", "ppas", "pact") for r in rs):
                return False
        return False

    def _head_noun_before(self, doc: Doc, n: int) -> bool:
        """A lower-case noun in the nominative right before a name that reads as a genitive, not a nominative: the head of the phrase
        the name depends on ("dyrektor Agencji Alfa", "kapituła Fundacji Beta")."""
        m = doc.mentions[n]
        tok = doc.tokens[m.t0 - 1]
        if not tok.is_word or tok.is_cap or doc.mention_at(m.t0 - 1) is not None:
            return False
        if not any(r.pos == "subst" and "nom" in r.cases for r in doc.readings[m.t0 - 1]):
            return False
        own = [r for r in doc.readings[m.t0] if r.pos in NOMINAL or r.pos == "adj"]
        return any("gen" in r.cases for r in own) and not any("nom" in r.cases for r in own)

    def _award_adjective(self, doc: Doc, k: int) -> bool:
        """A lower-case adjective (no mention) right before token k, itself right after an award noun."""
        if k < 2 or doc.sent_of[k - 1] != doc.sent_of[k] or doc.mention_at(k - 1) is not None:
            return False
        tok = doc.tokens[k - 1]
        if not tok.is_word or tok.is_cap or not any(r.pos == "adj" for r in doc.readings[k - 1]):
            return False
        return self.cx.ends_at(doc, "award_of", k - 1)

    def _award_of(self, doc: Doc, n: int) -> bool:
        """ "nagrody Izby Alfa", "wyróżnienie Marszałka": the organisation right after an award noun grants it
        (pattern `award_of`)."""
        m = doc.mentions[n]
        k = m.t0
        # "nagrodę specjalną Marszałka": an adjective of the award noun may stand between it and its grantor
        if not (self.cx.ends_at(doc, "award_of", k) or self._award_adjective(doc, k)):
            # "Certyfikat Pilotażowego Klastra Energii Ministerstwa Alfa": the award's own name (capitalised words
            # that are no mention) between the award noun and its grantor
            s0 = doc.sent_span[m.sent][0]
            while True:
                if (
                    k - 1 <= s0
                    or k <= m.t0 - 4
                    or not doc.tokens[k - 1].is_cap
                    or doc.mention_at(k - 1) is not None
                ):
                    return False
                k -= 1  # one more capitalised word of the award's name ("Innowacyjności"), not a dative ("Spółce")
                rs = [r for r in doc.readings[k] if r.pos in NOMINAL or r.pos == "adj"]
                if rs and not any({"gen", "nom"} & r.cases for r in rs):
                    return False
                if self.cx.ends_at(doc, "award_of", k) or self._award_adjective(doc, k):
                    break
        # a genitive ("nagroda Marszałka"), not a dative recipient ("nagrodę Uczelni Alfa")
        rs = [r for r in doc.readings[m.t0] if r.pos in NOMINAL or r.pos == "adj"]
        return not rs or any("gen" in r.cases for r in rs)

    def _present_only(self, doc: Doc, n: int) -> bool:
        """ "w obecności przedstawicieli Izby Alfa", "pod patronatem Marszałka Województwa Beta": a noun of presence
        (`witness_noun`) among the four words before the mention: a witness or patron, no participant (of any event but a
        visit, whose hosts may be present: "zwiedzili zakład w obecności władz Gminy Alfa")."""
        m = doc.mentions[n]
        s0 = doc.sent_span[m.sent][0]
        words = participant_words(doc.lang, "witness_noun")
        for k in range(m.t0 - 1, max(s0, m.t0 - 4) - 1, -1):
            tok = doc.tokens[k]
            if not tok.is_word or doc.mention_at(k) is not None:
                return False  # (a capitalised title between is passed: "pod patronatem Marszałka Województwa Beta")
            if not words.isdisjoint(doc.lemmas(k)):
                return True
        return False

    def _funding(self, doc: Doc, n: int) -> bool:
        """ "ze środków Funduszu Alfa": a source of money is no participant (pattern `funding`)."""
        return self.cx.ends_at(doc, "funding", doc.mentions[n].t0)

    def _news_source(self, doc: Doc, n: int) -> bool:
        """ "Jak poinformowała Polska Agencja Prasowa, spółka Alfa podpisała umowę z gminą Beta", "według serwisu
        Gamma News", "…, podał portal Delta." (closing the sentence): a medium (a name with a word of
        media_words.tsv, or after a medium's kind noun: "portal Alfa") that reports others' news is its source, no
        party (patterns `news_source_before`, `news_source_closing`). Not a medium that is the subject of what it
        reports ("Alfa Media poinformowała, że podpisała umowę"): it announces its own deal and stays."""
        m = doc.mentions[n]
        if m.type != "organization":
            return False
        if not is_medium(m.name, doc.lang) and not self.cx.ends_at(doc, "medium_kind", m.t0):
            return False
        if self.cx.ends_at(doc, "news_source_before", m.t0):
            return True
        s1 = doc.sent_span[m.sent][1]
        return self.cx.ends_at(doc, "news_source_closing", m.t0) and (
            m.t1 >= s1 or all(not doc.tokens[k].text.isalnum() for k in range(m.t1, s1))
        )

    def _territory(self, doc: Doc, n: int) -> bool:
        """ "firmy działające na terenie Miasta Borowo i Gminy Lisów": the area a signing concerns, with the rest
        of its list, is no party (pattern `territory`)."""
        while n is not None:
            if self.cx.ends_at(doc, "territory", doc.mentions[n].t0):
                return True
            n = self._previous_in_list(doc, n)
        return False

    def _acting_place(self, doc: Doc, n: int) -> bool:
        """A place that acts ("Borowo i Lisvik są miastami partnerskimi", "burmistrzowie Borowa"),
        not one that locates ("w Kielcach", "na terytorium obwodu Leśnego")."""
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
            # "burmistrzowie Borowa i szwedzkiego Lisvik": the second town acts like the first
            j = doc.mention_at(k - 2)
            if j is not None and j != n and doc.mentions[j].t1 == k - 1 and doc.mentions[j].type == "place":
                return self._acting_place(doc, j)
        if self._place_subject(doc, n):
            return True
        # "a drugie Kielce", "ukraiński Tarnopol": an adjective that agrees with the place is its attribute; the
        # word before it decides
        own = {c for r in doc.readings[m.t0] if r.pos in NOMINAL for c in r.cases}
        s0 = doc.sent_span[m.sent][0]
        while k > s0 and self._attribute_of(doc, k, own):
            k -= 1
        if not doc.tokens[k].is_word or doc.tokens[k].is_cap:
            return True
        if doc.tokens[k].lower in self.w.location_preposition:
            return False  # "w pięknym Krakowie"
        if self.cx.ends_at(doc, "acting_place", k + 1):
            return True
        if not participant_words(doc.lang, "authority_noun").isdisjoint(doc.lemmas(k)):
            return True  # "przedstawiciele samorządów lokalnych powiatu Alfa": the unit's own authorities act
        return not any(r.pos in NOMINAL for r in doc.readings[k])

    def _place_subject(self, doc: Doc, n: int) -> bool:
        """ "W sobotę Tarnów i ukraiński Tarnopol podpisały umowę", "gmina Borowo podpisała": a place in the
        nominative, alone or heading a list of places, right before a finite or past verb, is its subject. A noun
        right before it must be nominative itself (an apposition: "gmina Borowo") or close a phrase of its own
        right after a preposition ("W sobotę", "Od ubiegłego roku"), not govern it ("na terenie gminy Borowo powstała")."""
        m = doc.mentions[n]
        if not self._nominative(doc, n) or not any("nom" in r.cases for r in doc.readings[m.t0]):
            if any(r.pos in NOMINAL for r in doc.readings[m.t0]):
                return False
        s0, s1 = doc.sent_span[m.sent]
        k = m.t0 - 1
        while k >= s0 and self._attribute_of(doc, k, {"nom"}):
            k -= 1
        if k >= s0 and doc.tokens[k].is_word and not doc.tokens[k].is_cap:
            rs = [r for r in doc.readings[k] if r.pos in NOMINAL]
            if rs and not any("nom" in r.cases for r in rs):
                j = k - 1
                while j > s0 and (
                    self._attribute_of(doc, j, set()) or any(r.pos == "num" for r in doc.readings[j])
                ):
                    j -= 1
                # "Od ubiegłego roku Gniezno i Kowno są …", "Od pięciu lat Kalisz …": a phrase right after a
                # preposition closes before the name
                if not (j >= s0 and doc.is_preposition(j)):
                    return False
        k = m.t1
        while k < s1 and k < m.t1 + 12:
            j = doc.mention_at(k)
            if j is not None:
                if doc.mentions[j].type != "place":
                    return False
                k = doc.mentions[j].t1
                continue
            tok = doc.tokens[k]
            if tok.text == "," or tok.lower in self.w.conjunction or self._attribute_of(doc, k, {"nom"}):
                k += 1
                continue
            return any(r.pos in self.tags.clause_verb for r in doc.readings[k])
        return False

    def _anaphors(self, doc: Doc, s: int, have: list[int], opening: bool = False) -> list[int]:
        """ "podpisali ją przedstawiciele spółki i uczelni": a singular common noun of a kind of organisation
        (`event_anaphors`), with no name right after it, stands for the nearest organisation of that kind named
        before it in this sentence or the three before; none where that one takes part already. With `opening`,
        also the noun that opens the sentence ("Spółka zainwestowała …")."""
        s0, s1 = doc.sent_span[s]
        named = {doc.mentions[n].entity for n in have}
        out: list[int] = []
        nouns = self._anaphor_kinds.keys()
        for k in [k for k in range(s0, s1) if not nouns.isdisjoint(doc.lemmas(k))]:  # one set test a word
            kinds = self._kind_noun(doc, k, s1, opening and k == s0)
            if not kinds:
                continue
            n = self._antecedent(doc, s, k, kinds)
            if n is not None and doc.mentions[n].entity in named and self._relative_subject(doc, k, s0):
                # "firma Beta, z którą spółka podpisała umowę": the subject of a relative clause is not the one
                # the clause is about, but the one of that kind named before it
                n = self._antecedent(doc, s, k, kinds, skip=named)
            if n is not None and doc.mentions[n].entity not in named:
                named.add(doc.mentions[n].entity)
                out.append(n)
        return out

    def _kind_noun(self, doc: Doc, k: int, s1: int, opening: bool = False) -> set[str]:
        """The kinds of organisation (`event_anaphors`) that the word at k names as a singular common noun with no
        name right after it ("spółka", "do klastra"; not "spółka Alfa", "firmy" in the plural, "Spółka" inside a
        sentence), so that it may stand for one named before; `opening`: the word opens the sentence (capitalised)."""
        tok = doc.tokens[k]
        if (tok.is_cap and not opening) or not tok.is_word or doc.mention_at(k) is not None:
            return set()
        kinds = {self._anaphor_kinds[lem] for lem in doc.lemmas(k) if lem in self._anaphor_kinds}
        if not kinds or (k + 1 < s1 and doc.mention_at(k + 1) is not None):
            return set()
        if not any(r.pos == "subst" and "sg" in r.numbers for r in doc.readings[k]):
            return set()
        if k > 0 and not doc.lemmas(k - 1).isdisjoint(self.w.indefinite_word):
            return set()  # "nowy inwestor", "kolejna spółka": one not named before
        if self._generic_relative(doc, k, s1):
            return set()  # "Inwestor, który kupi tę działkę, …": whoever does, not one named before
        return kinds

    def _generic_relative(self, doc: Doc, k: int, s1: int) -> bool:
        """A relative clause right after the noun at k ("…, który/która …") whose verb is in the present or the
        future with no past form in it: the noun speaks of whoever will do so, not of one named before."""
        if (
            k + 2 >= s1
            or doc.tokens[k + 1].text != ","
            or doc.lemmas(k + 2).isdisjoint(self.w.relative_pronoun)
        ):
            return False
        end = next((j for j in range(k + 3, s1) if doc.tokens[j].text in (",", ";")), s1)
        clause = range(k + 3, end)
        later = any(r.pos in self.tags.now_or_later for j in clause for r in doc.readings[j])
        return later and not any(past_reading(doc.readings[j]) for j in clause)

    def _antecedent(
        self, doc: Doc, s: int, k: int, kinds: set[str], skip: set[int] | frozenset[int] = frozenset()
    ) -> int | None:
        term = doc.lemmas(k) & self.w.defined_term
        if term:
            return self._defined(doc, k, term)
        for t in range(s, max(-1, s - 4), -1):
            for n in reversed(doc.mentions_in(t)):
                m = doc.mentions[n]
                if (
                    m.t1 <= k
                    and m.type == "organization"
                    and m.entity >= 0
                    and m.entity not in skip
                    and sub(doc, n) in kinds
                ):
                    return n
        return None

    def _defined(self, doc: Doc, k: int, term: frozenset[str]) -> int | None:
        """ "Zarząd spółki Alfa S.A. (dalej: „Emitent”) informuje …": a word the text defines for a company
        (`defined_term`: a quoted word in brackets after the company's name in its sentence) stands for that company
        alone, the last one so defined before k; with no definition, for none (a report's counterparty is another
        firm)."""
        found = None
        for p, quoted in _quoted_in_brackets(doc):
            if p >= k:
                break
            if quoted.isdisjoint(term):
                continue
            s0 = doc.sent_span[doc.sent_of[p]][0]
            firms = [
                n
                for n in doc.mentions_in(doc.sent_of[p])
                if s0 <= doc.mentions[n].t1 <= p
                and doc.mentions[n].type == "organization"
                and doc.mentions[n].entity >= 0
                and sub(doc, n) == "company"
            ]
            found = firms[-1] if firms else found
        return found

    def _relative_subject(self, doc: Doc, k: int, s0: int) -> bool:
        """The noun at k, in the nominative, follows a relative pronoun ("z którą spółka", "którą firma")."""
        if not any(r.pos == "subst" and "nom" in r.cases for r in doc.readings[k]):
            return False
        return any(doc.lemmas(i) & self.w.relative_pronoun for i in range(max(s0, k - 2), k))

    def _locates(self, doc: Doc, n: int, others: set[int]) -> bool:
        """ "Obwód Beta na Ukrainie", "Izba Alfa w Kijowie": a place right after one of the mentions `others`
        with a preposition of location qualifies it."""
        m = doc.mentions[n]
        k = m.t0 - 1
        if k < 1 or m.type != "place" or doc.tokens[k].lower not in self.w.location_preposition:
            return False
        j = doc.mention_at(k - 1)
        if j is None or j not in others or doc.mentions[j].t1 != k:
            return False
        # "delegacja z Ningbo w Łodzi": a town is not where another town lies, but where its guests are
        return not (doc.mentions[j].type == "place" and doc.mentions[j].subtype == m.subtype == "city")

    def _being_founded(self, doc: Doc, n: int) -> bool:
        """ "umowa o powołaniu Klastra Alfa": Alfa is what the agreement sets up, not a party to it (pattern
        `being_founded`)."""
        return self.cx.ends_at(doc, "being_founded", doc.mentions[n].t0)

    def _founded_by_it(self, doc: Doc, n: int) -> bool:
        """ "porozumienie o utworzeniu Klastra Alfa", "umowę zawiązania Klastra Alfa", "list w sprawie powołania
        klastra o nazwie „Alfa”": what a signing sets up (the name after a gerund of founding, among the eight words
        before it with no other name or finite verb between) is no party to it (pattern `being_founded`, and the founding words
        of the trigger lexicon)."""
        if self._being_founded(doc, n):
            return True
        m = doc.mentions[n]
        s0 = doc.sent_span[m.sent][0]
        for k in range(m.t0 - 1, max(s0, m.t0 - 8) - 1, -1):
            j = doc.mention_at(k)
            other = j is not None and doc.mentions[j].entity not in (-1, m.entity)
            if other or doc.tokens[k].text in (",", ";"):
                return False
            if doc.tokens[k].text == ":" and doc.tokens[k + 1].text not in DOUBLE_QUOTES:
                return False  # a colon before a quoted name only ("pn.: „Alfa”"), not before a list of signatories
            # "list w sprawie utworzenia klastra podpisali X i Y": the verb's subjects sign it
            if doc.readings[k] and all(r.pos in self.tags.predicate for r in doc.readings[k]):
                return False
            if any(
                r.pos == "ger" and any(t == "founding" for _kind, t in self._word_rows.get(r.lemma, ()))
                for r in doc.readings[k]
            ):
                return True
        return False

    def _venue(self, doc: Doc, n: int) -> bool:
        """ "w Collegium Novum", "w Sali Kolumnowej Collegium Novum", "w siedzibie Izby Alfa": an organisation named
        as the place of a signing."""
        m = doc.mentions[n]
        if m.case == "nom":
            # "Jutro w Bielsku-Białej Gmina Czechowice-Dziedzice i spółka Alfa podpiszą umowę": a name in the
            # nominative is the sentence's subject, no place after "w" (which takes the locative)
            return False
        # within the mention's own sentence: a line before it that ends "… w Aktualności" (a portal's header with
        # no full stop) holds no venue of the body's signing
        s0 = doc.sent_span[m.sent][0]
        k = m.t0 - 1
        while k >= s0 and m.t0 - k <= 4 and doc.tokens[k].is_cap and doc.mention_at(k) in (None, n):
            k -= 1
        if k < s0:
            return False
        before = doc.mention_at(k)
        if before is not None and before != n:
            bm = doc.mentions[before]
            if bm.type == "place" and bm.subtype == "other" and bm.t1 == k + 1:
                return True  # "w Sali Kolumnowej Collegium Novum": inside a named venue
        return self.cx.ends_at(doc, "venue", k + 1)

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
        """ "… reprezentowana przez X": X signs for another party and is no party itself (pattern `represented`)."""
        return self.cx.ends_at(doc, "represented", doc.mentions[n].t0)

    def _within_body(self, doc: Doc, n: int, cand: list[int]) -> bool:
        """ "Klaster Alfa działający w ramach Strefy Beta podpisał umowę": the body inside which a named party works
        qualifies it and is no participant (pattern `within_body`); where the one that works there has no name
        ("przedsiębiorcy działający w ramach Klastra Beta podpisali …") the body stays the party."""
        m = doc.mentions[n]
        k = self.cx.match_start(doc, "within_body", m.t0, lo=m.t0 - 3)  # the participle
        if k is None:
            return False
        if k > 0 and doc.tokens[k - 1].text == ",":
            k -= 1
        ms = doc.mentions
        if any(ms[o].t1 == k and ms[o].type == "organization" for o in cand if o != n):
            return True  # "Klaster Alfa działający przy Uczelni Beta"
        # "kierownik funkcjonującego przy Politechnice Delta centrum Omega": the named body right after, after its
        # kind noun
        return any(
            ms[o].type == "organization"
            and (
                ms[o].t0 == m.t1
                or (
                    ms[o].t0 == m.t1 + 1
                    and not doc.tokens[m.t1].is_cap
                    and all(r.pos == "subst" for r in doc.readings[m.t1])
                )
            )
            for o in cand
            if o != n
        )

    def _person_has_org(self, doc: Doc, n: int) -> bool:
        ent = doc.entities[doc.mentions[n].entity]
        return any(r.get("organization") for r in ent.roles)

    def _parenthesised(self, doc: Doc, n: int) -> bool:
        """A name in parentheses qualifies another ("Lisów (Ukraina)", "(grupa Alfa Media)")."""
        m = doc.mentions[n]
        toks = doc.tokens
        if not (m.t1 < len(toks) and toks[m.t1].text == ")"):
            return False
        for k in range(m.t0 - 1, max(-1, m.t0 - 4), -1):
            if toks[k].text == "(":
                return True
            if toks[k].text == "." and k > 0 and toks[k - 1].is_word and toks[k - 1].text.islower():
                continue  # "(woj. Beta)": the dot of an abbreviation
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
        """ "członkiem stowarzyszenia X", "partnerów klastra X": the group follows the membership noun (pattern
        `group_after`)."""
        return self.cx.ends_at(doc, "group_after", doc.mentions[n].t0)

    def _in_seat_of(self, doc: Doc, n: int) -> bool:
        """ "w siedzibie Spółki Alfa", "na terenie strefy Beta": the host's premises (pattern `premises`)."""
        return self.cx.ends_at(doc, "premises", doc.mentions[n].t0)

    def _delegation_of(self, doc: Doc, n: int) -> bool:
        """ "delegacja gminy Borowo", "misja gospodarcza regionu Beta": who is sent; not where to ("misja do
        Borowa")."""
        m = doc.mentions[n]
        if m.t0 > 0 and doc.tokens[m.t0 - 1].lower in self.w.host_preposition:
            return False
        for k in range(max(0, m.t0 - 3), m.t0):
            if doc.lemmas(k) & self.w.delegation_noun and any(r.pos in NOMINAL for r in doc.readings[k]):
                between = range(k + 1, m.t0)
                return all(
                    (not doc.tokens[j].is_cap or doc.mention_at(j) is None)
                    and not any(r.pos in self.tags.clause_inf_or_impt for r in doc.readings[j])
                    for j in between
                )
        return False

    def _hosting_verb(self, doc: Doc, s: int) -> int | None:
        """The finite hosting verb of sentence s; a word that also reads as a noun ("Gości przyjął …": the guests)
        only where the sentence has no other."""
        s0, s1 = doc.sent_span[s]
        found: list[int] = []
        for i in range(s0, s1):
            if doc.lemmas(i) & self._host_verbs and any(
                r.pos in self.tags.clause_verb for r in doc.readings[i]
            ):
                if any(doc.lemmas(k) & self.w.visit_noun for k in range(i + 1, min(s1, i + 4))):
                    return None  # "gościli z wizytą": the guests are the subject
                if doc.lemmas(i) & self.w.guest_verb and self._guest_at(doc, i):
                    continue  # "delegacja gościła w Ratuszu": the intransitive verb; its subject is the guest
                if not any(r.pos == "subst" for r in doc.readings[i]):
                    return i
                found.append(i)
        return found[0] if found else None

    def _with_phrase(self, doc: Doc, n: int) -> tuple[int, str] | None:
        """The preposition "z" before a mention, over at most two lower-case words ("z Saksonii", "z chińskiej
        prowincji Beta", "z przedstawicielami Spółki Alfa"), and the case of the word right after it: "inst" where
        it reads only as an instrumental ("with": the ones met), else "gen" ("from": where guests come from)."""
        m = doc.mentions[n]
        s0 = doc.sent_span[m.sent][0]
        if m.t0 - 1 >= s0 and (
            doc.tokens[m.t0 - 1].lower in self.w.list_conjunction or doc.tokens[m.t0 - 1].text == ","
        ):
            prev = self._previous_in_list(
                doc, n
            )  # "z Borowa, Lisowa oraz Kielc": a list shares its preposition
            if prev is not None and self._same_case(doc, prev, n, doc.tokens[m.t0 - 1].text == ","):
                return self._with_phrase(doc, prev)
        kinds = (
            self.lex.org_heads.keys()
            | self.lex.descriptors.keys()
            | participant_words(doc.lang, "unit_noun")
            | participant_words(doc.lang, "people_noun")
        )
        for k in range(m.t0 - 1, max(s0, m.t0 - 4) - 1, -1):
            tok = doc.tokens[k]
            if k < m.t0 - 1 and kinds.isdisjoint(doc.lemmas(m.t0 - 1)):
                return None  # "Z tej okazji Dolny Śląsk gościł …": the words between are no kind noun of the name's
            if tok.lower in self.w.with_preposition:
                after = [r for r in doc.readings[k + 1] if r.pos in NOMINAL or r.pos == "adj"]
                inst = bool(after) and all("inst" in r.cases and "gen" not in r.cases for r in after)
                return k, "inst" if inst else "gen"
            if not tok.is_word or tok.is_cap or doc.mention_at(k) is not None:
                return None
        return None

    def _meeting_before(self, doc: Doc, k: int) -> bool:
        """A verb of meeting (`meeting_words`) among the four words before the preposition at k: "goście spotkali
        się w czwartek z …" (the guests its subject); not the noun of a meeting held at a host ("W Urzędzie Alfa
        odbyło się spotkanie z przedstawicielami firmy Beta": the ones met are the guests)."""
        s0 = doc.sent_span[doc.sent_of[k]][0]
        words = _meeting_words(doc.lang)
        return any(
            r.lemma in words and r.pos in self.tags.clause_verb
            for j in range(max(s0, k - 4), k)
            for r in doc.readings[j]
        )

    def _met_with(self, doc: Doc, n: int) -> bool:
        """ "spotkała się z (zarządem) X", "rozmowy z X": on a trip, the ones met are the hosts (pattern
        `met_with`)."""
        return self.cx.ends_at(doc, "met_with", doc.mentions[n].t0)

    def _guest_at(self, doc: Doc, i: int) -> bool:
        """ "gościli w Ratuszu", "W Kielcach gościła delegacja", "gościć u marszałka": 'gościć' next to a place
        in the locative (or "u" + genitive) means being a guest, not hosting."""
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        # "W kwietniu spółka Alfa gościła delegację": an object in the accusative makes it hosting (a locative of
        # time does not make the host a guest)
        for k in range(i + 1, min(s1, i + 4)):
            rs = [r for r in doc.readings[k] if r.pos == "subst"]
            if rs and any("acc" in r.cases for r in rs) and not any({"nom", "loc"} & r.cases for r in rs):
                return False
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

    def _organizer(self, doc: Doc, n: int) -> bool:
        """ "zorganizowane przez Izbę Alfa", "Izba Alfa zorganizowała", "forum zorganizowała Izba Alfa": the
        organiser of a conference (patterns `organizer_before`, `organizer_after`, `organizer_verb_before`)."""
        m = doc.mentions[n]
        return (
            self.cx.ends_at(doc, "organizer_before", m.t0)
            or self.cx.starts_at(doc, "organizer_after", m.t1)
            or (self.cx.ends_at(doc, "organizer_verb_before", m.t0) and self._nominative(doc, n))
        )
