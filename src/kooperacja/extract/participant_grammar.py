"""The grammar of a mention's phrase that the participant rules read: the preposition or governing noun before it,
its case, the clause it stands in (a relative clause, an aside), the list it belongs to, and which mentions are the
subject and the object of a verb. A part of `ParticipantCues` (and so of `EventFinder`)."""

from __future__ import annotations

from kooperacja.extract.cues import cues
from kooperacja.extract.doc import Doc
from kooperacja.extract.relative import relative_forms
from kooperacja.text.morphology import NOMINAL


def participant_words(lang: str, use: str) -> frozenset[str]:
    """The lemmas of one use of `participant_words` (grouped by `cues`, as the other word tables are)."""
    return getattr(cues(lang, "participant_words"), use, frozenset())


class ParticipantGrammar:
    """Tests on the grammar of a mention's phrase; a base of `ParticipantCues`."""

    def _names_contractor(self, doc: Doc, k: int) -> bool:
        """A contractor noun at k that names who builds: in the nominative or instrumental singular ("wykonawcą
        hali będzie firma Alfa", "umowę z wykonawcą zakładu", "Alfa, wykonawca hali"), or with its name in
        apposition after a comma, a kind noun in its case before the name ("wybrała wykonawcę hali, firmę Alfa");
        not one still sought or to be chosen ("szuka wykonawcy", "po wyborze wykonawcy spółka Alfa …")."""
        own = [r for r in doc.readings[k] if r.pos == "subst" and "sg" in r.numbers]
        if any(not r.cases.isdisjoint(("nom", "inst")) for r in own):
            return True
        s1 = doc.sent_span[doc.sent_of[k]][1]
        j = next((j for j in range(k + 1, min(s1, k + 7)) if doc.tokens[j].text in (",", ";")), None)
        if j is None or doc.tokens[j].text != "," or j + 2 >= s1 or doc.mention_at(j + 2) is None:
            return False
        cases = {c for r in own for c in r.cases}
        return any(r.pos == "subst" and not r.cases.isdisjoint(cases) for r in doc.readings[j + 1])

    def _in_relative_clause(self, doc: Doc, n: int, at: list[int]) -> bool:
        """Inside ", który/która/którego … ," (or ", do którego … ,", or a clause opened by a conjunction of
        `clause_conjunction`: ", że … ,") that does not hold the trigger itself."""
        m = doc.mentions[n]
        s0, _s1 = doc.sent_span[m.sent]
        k = m.t0 - 1
        while k >= s0 and doc.tokens[k].text not in (",", ";", "(", ")"):
            k -= 1
        if k < s0 or doc.tokens[k].text != "," or k + 1 >= m.t0:
            return False
        rel = k + 1
        if rel + 1 < m.t0 and doc.is_preposition(rel):
            rel += 1  # ", do którego należy Alfa", ", z którą współpracuje Beta"
        if doc.tokens[rel].lower not in relative_forms(doc.lang) and (
            doc.tokens[k + 1].lower not in participant_words(doc.lang, "clause_conjunction")
        ):
            return False  # (or a clause opened by a conjunction: ", że Województwo Alfa jest partnerem")
        end = m.t1
        while (
            end < len(doc.tokens)
            and doc.tokens[end].text not in (",", ".", ";")
            and doc.sent_of[end] == m.sent
        ):
            end += 1
        return not any(k < i < end for i in at)

    def _origin_of(self, doc: Doc, n: int, head: str) -> bool:
        """Where what a word before names comes from; it does not act. A name in the genitive (with no instrumental
        reading: "umowę z Regionem Beta" names a party) after "z" (`origin_preposition`) right after an
        organisation's name ("z firmą Alfa z Borowa"); with `head` "noun" also after a lower-case noun, with up to two
        lower-case genitive words between ("30 klastrów z krajów Unii Alfa", "z partnerami z Regionu Beta"), not a noun of
        people (`titles`, `people_noun`: "podpisali przedstawiciele z Regionu Beta" names the region a party)."""
        m = doc.mentions[n]
        k = m.t0 - 1

        def cases(i: int) -> set[str]:
            return {c for r in doc.readings[i] if r.pos in NOMINAL | {"num"} for c in r.cases}

        def gen_only(i: int) -> bool:
            return "gen" in cases(i) and "inst" not in cases(i)

        s0 = doc.sent_span[m.sent][0]
        if head == "noun":
            for _ in range(2):  # "z krajów …", "z dwunastu krajów …"
                if k > s0 and doc.tokens[k].is_word and not doc.tokens[k].is_cap and "gen" in cases(k):
                    k -= 1
        if k <= s0 or doc.tokens[k].lower not in self.w.origin_preposition or not gen_only(m.t0):
            return False
        j = doc.mention_at(k - 1)
        if j is not None:
            return doc.mentions[j].type == "organization"
        before = doc.tokens[k - 1]
        # "podpisali przedstawiciele z Saksonii", "minister z Regionu Beta": people come from a place that acts
        people = self.lex.titles | participant_words(doc.lang, "people_noun")
        return (
            head == "noun"
            and before.is_word
            and not before.is_cap
            and any(r.pos == "subst" for r in doc.readings[k - 1])
            and people.isdisjoint(doc.lemmas(k - 1))
        )

    def _in_participle_aside(self, doc: Doc, n: int, at: list[int]) -> bool:
        """Inside ", należąca do grupy X," (a phrase set off by a comma that opens with an active participle), or
        ", spółka zależna koncernu X," (`_owner_before`), that does not hold the trigger itself: X qualifies the
        subject, it does not act."""
        m = doc.mentions[n]
        s0, s1 = doc.sent_span[m.sent]
        k = m.t0 - 1
        while k >= s0 and doc.tokens[k].text not in (",", ";", "(", ")", "–", "-"):
            k -= 1
        if k < s0 or doc.tokens[k].text != "," or k + 1 >= m.t0:
            return False
        if not any(r.pos == "pact" for r in doc.readings[k + 1]) and not (
            self._named_before(doc, k) and self._owner_before(doc, k + 1, m.t0)
        ):
            return False
        end = m.t1
        while end < s1 and doc.tokens[end].text not in (",", ".", ";"):
            end += 1
        if any(doc.tokens[i].lower in self.w.list_conjunction for i in range(m.t1, end)):
            return False  # "…, grupa Beta oraz koncern Gamma": the name is an item of a list, no aside
        return not any(k < i < end for i in at)

    def _named_before(self, doc: Doc, k: int) -> bool:
        """An organisation's name ends right before the comma at k (the aside after it is about it)."""
        n = doc.mention_at(k - 1) if k > 0 else None
        return n is not None and doc.mentions[n].type == "organization"

    def _owner_before(self, doc: Doc, a: int, t0: int) -> bool:
        """ ", spółka zależna koncernu X", ", polska spółka niemieckiej grupy X": an aside from token a up to the name at
        t0 whose word right before the name, lower-case adjectives apart, is an `owner_word` (a group noun, "zależny")."""
        owner = participant_words(doc.lang, "owner_word")
        if any(
            doc.mention_at(i) is not None or doc.tokens[i].lower in self.w.list_conjunction
            for i in range(a, t0)
        ):
            return False  # "…, hala firmy Beta oraz magazyn grupy Gamma": a list, no aside
        j = t0 - 1
        while j > a and self._attribute_of(doc, j, set()) and not doc.lemmas(j) & owner:
            j -= 1  # "niemieckiej", "norweskiego"
        if j < a or doc.tokens[j].is_cap:
            return False
        # "zależna" (an adjective) or a group noun in the genitive ("koncernu X", "grupy X"); not a nominative one,
        # an item of a list ("spółka Alfa, grupa Beta oraz koncern Gamma")
        return any(
            r.lemma.lower() in owner and (r.pos == "adj" or r.pos == "subst" and "gen" in r.cases)
            for r in doc.readings[j]
        )

    def _attribute_of(self, doc: Doc, k: int, cases: set[str]) -> bool:
        """The lower-case word at k reads as an adjective in one of `cases` (any case where the name has none)."""
        tok = doc.tokens[k]
        if not tok.is_word or tok.is_cap or doc.mention_at(k) is not None:
            return False
        return any(r.pos == "adj" and (not cases or cases & r.cases) for r in doc.readings[k])

    def _after_prep(self, doc: Doc, n: int, preps: frozenset[str], skip_words: int = 0) -> bool:
        m = doc.mentions[n]
        k = m.t0 - 1
        # "z Borowej (Litwa), Lisowa (Ukraina) oraz Kielc": a list shares its preposition
        if k >= 0 and (doc.tokens[k].lower in self.w.list_conjunction or doc.tokens[k].text == ","):
            prev = self._previous_in_list(doc, n)
            if prev is not None and self._same_case(doc, prev, n, doc.tokens[k].text == ","):
                return self._after_prep(doc, prev, preps, skip_words)
        prev = self._previous_kind_item(doc, n)
        if prev is not None:
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

    def _previous_kind_item(self, doc: Doc, n: int) -> int | None:
        """ "dla firmy Alfa z Borowa i spółki Beta z Lisowa": the organisation before, when a lower-case noun in the
        same case as the one before it stands between the conjunction and the name; an origin ("z Borowa") after the
        first item is passed over."""
        m = doc.mentions[n]
        k = m.t0 - 1
        if k < 2 or not doc.tokens[k].is_word or doc.tokens[k].is_cap or doc.mention_at(k) is not None:
            return None
        conj = doc.tokens[k - 1]
        if conj.lower not in self.w.list_conjunction and conj.text != ",":
            return None
        j = doc.mention_at(k - 2)
        if j is None or doc.mentions[j].t1 != k - 1:
            return None
        if doc.mentions[j].type == "place":
            t = doc.mentions[j].t0
            if t < 2 or doc.tokens[t - 1].lower not in self.w.origin_preposition:
                return None
            j = doc.mention_at(t - 2)
            if j is None or doc.mentions[j].t1 != t - 1 or doc.mentions[j].type != "organization":
                return None
        before = doc.mentions[j].t0 - 1
        if before < 0 or not doc.tokens[before].is_word or doc.tokens[before].is_cap:
            return None

        def cases(i: int) -> set[str]:
            return {c for r in doc.readings[i] if r.pos == "subst" for c in r.cases}

        return j if cases(before) & cases(k) else None

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
        """Members of one list share their case ("z Borowej, Lisowa oraz Kielc")."""
        ca = {c for r in doc.readings[doc.mentions[a].t0] for c in r.cases}
        cb = {c for r in doc.readings[doc.mentions[b].t0] for c in r.cases}
        if not ca or not cb:
            return not strict or doc.mentions[a].type == doc.mentions[b].type == "place"
        return bool(ca & cb)

    def _nominative(self, doc: Doc, n: int) -> bool:
        """The mention may be a subject: its first word reads as a nominative, not after a preposition; a name
        the dictionary does not know is one when it opens the sentence or follows a nominative kind noun
        ("Firma Metalex działa …")."""
        t0 = doc.mentions[n].t0
        rs = doc.readings[t0]
        before = doc.readings[t0 - 1] if t0 > 0 else ()
        # "oraz miasto Płock", "a Rzeszów piąte": a word that reads as a preposition and as a declined nominative
        # noun or a conjunction is the noun or the conjunction
        other = any(
            r.pos == "conj" or (r.pos == "subst" and "nom" in r.cases and "gen" not in r.cases)
            for r in before
        )
        if any(r.pos == "prep" for r in before) and not other:
            return False
        if any(r.pos in NOMINAL or r.pos == "adj" for r in rs):
            return any("nom" in r.cases for r in rs if r.pos in NOMINAL or r.pos == "adj")
        s0 = doc.sent_span[doc.sent_of[t0]][0]
        if t0 == s0:
            return True
        before = doc.readings[t0 - 1]
        return doc.tokens[t0 - 1].is_word and any(r.pos == "subst" and "nom" in r.cases for r in before)

    def _governed(self, doc: Doc, n: int) -> bool:
        """The mention hangs on a word before it, so it is no subject of its clause: a preposition ("z firmą Alfa",
        "do spółki Beta") among the lower-case nouns and adjectives right before it, or a noun not in the
        nominative that is the kind noun beside the name ("umowę z firmą Alfa": 'firmą') or governs it
        ("przedstawicieli spółki Beta"); not a phrase of time before a subject ("Każdego roku Jan Nowak …")."""
        m = doc.mentions[n]
        s0 = doc.sent_span[m.sent][0]
        kinds = self.lex.org_heads.keys() | self.lex.descriptors.keys()
        if m.t0 - 1 < s0 or kinds.isdisjoint(doc.lemmas(m.t0 - 1)):
            k = m.t0 - 1  # no kind noun beside the name: only a preposition right before it governs it
            return k >= s0 and doc.is_preposition(k)
        for k in range(m.t0 - 1, max(s0, m.t0 - 4) - 1, -1):
            tok = doc.tokens[k]
            if not tok.is_word or doc.mention_at(k) is not None:
                return False
            rs = doc.readings[k]
            if doc.is_preposition(k):
                return True
            nominal = [r for r in rs if r.pos in NOMINAL or r.pos == "adj"]
            if tok.is_cap and k > s0 or not nominal or len(nominal) < len(rs):
                return False
            nouns = [r for r in nominal if r.pos in NOMINAL]
            if nouns and not any("nom" in r.cases for r in nouns):
                return True
            if nouns and not any("gen" in r.cases for r in nouns):
                return False  # "w tym roku gmina Borowo": a kind noun in the nominative heads its own phrase
        return False

    def _phrase_cases(self, doc: Doc, n: int) -> tuple[int, frozenset[str]] | None:
        """The head of the noun phrase a mention belongs to and the cases it may stand in: the mention's kind noun
        and the nouns that govern it in the genitive ("przedstawicieli czeskiej spółki X": 'przedstawicieli'),
        else the mention's own first word; None inside a prepositional phrase ("goście z Norwegii")."""
        m = doc.mentions[n]
        s0 = doc.sent_span[m.sent][0]

        def nominal(k: int) -> list:
            rs = doc.readings[k]
            if not doc.tokens[k].is_word or doc.mention_at(k) is not None or not rs:
                return []
            return (
                [r for r in rs if r.pos in NOMINAL or r.pos == "adj"]
                if all(r.pos in NOMINAL or r.pos == "adj" for r in rs)
                else []
            )

        def after_prep(k: int) -> bool:
            while k > s0 and nominal(k - 1) and all(r.pos == "adj" for r in nominal(k - 1)):
                k -= 1
            return k > s0 and doc.is_preposition(k - 1)

        if after_prep(m.t0):
            return None
        dated = [(dm.start, dm.end) for dm in doc.dates]
        head = m.t0
        k = m.t0 - 1
        while k >= s0 and nominal(k):
            if k < m.t0 - 1:
                # past the kind noun beside the name, a noun governs the phrase only where that may be genitive
                hr = [r for r in nominal(head) if r.pos != "adj"]
                if hr and not any("gen" in r.cases for r in hr):
                    break
            if any(a <= doc.tokens[k].start < b for a, b in dated):
                break  # "we wtorek przedstawicieli": a date governs nothing
            if after_prep(k):
                return None  # "z przedstawicielami firmy X": a prepositional phrase
            head = k
            k -= 1
        cases = frozenset(
            c for r in doc.readings[head] if r.pos in NOMINAL or r.pos == "adj" for c in r.cases
        )
        return (head, cases) if cases else None

    def _arguments(self, doc: Doc, s: int, verb: int) -> dict[int, str]:
        """Which mentions of sentence `s` stand in the subject ("subj") and which in the object ("obj") of the verb
        at `verb`, by case (word order is free: "Zakład firmy X odwiedziła delegacja Y"): a phrase in the
        nominative only is the subject, one in the accusative (and not the nominative) the object (a genitive only
        depends on a phrase outside the chain: "klastrów X – Klastra Y"); one that may be
        either takes the part the other phrases leave, else its side of the verb. Phrases across a comma from
        the verb are left out."""
        heads: dict[int, tuple[int, frozenset[str]]] = {}
        for n in self._mentions_in(doc, s):
            hc = self._phrase_cases(doc, n)
            if hc is None:
                continue
            lo, hi = sorted((hc[0], verb))
            if any(doc.tokens[k].text in (",", ";", ":") for k in range(lo, hi)):
                continue
            heads[n] = hc
        kinds: dict[int, str] = {}
        for n, (_h, cases) in heads.items():
            if "nom" in cases and "acc" not in cases:
                kinds[n] = "subj"
            elif "nom" not in cases and "acc" in cases:
                kinds[n] = "obj"
            elif "nom" in cases:
                kinds[n] = "?"
        out: dict[int, str] = {}
        for n, kind in kinds.items():
            if kind == "?":
                others = {kinds[o] for o in kinds if heads[o][0] != heads[n][0]}
                if self._bare_object(doc, verb, {h for h, _c in heads.values()}):
                    others.add(
                        "obj"
                    )  # "Gości przyjął marszałek Województwa Alfa": a common noun is the object
                if "subj" in others:
                    kind = "obj"
                elif "obj" in others:
                    kind = "subj"
                else:
                    kind = "subj" if heads[n][0] < verb else "obj"
            out[n] = kind
        return out

    @staticmethod
    def _bare_object(doc: Doc, verb: int, heads: set[int]) -> bool:
        """A common noun or third-person pronoun right before or after the verb (not the head of a mention's phrase,
        not after a preposition) that reads as an accusative and never as a nominative: the verb's object ("Gości
        przyjął", "przyjął delegację", "Przyjął ich")."""
        s0, s1 = doc.sent_span[doc.sent_of[verb]]
        for k in (verb - 1, verb + 1):
            if k < s0 or k >= s1 or k in heads or doc.mention_at(k) is not None or not doc.tokens[k].is_word:
                continue
            if k > s0 and doc.is_preposition(k - 1):
                continue
            nouns = [r for r in doc.readings[k] if r.pos in ("subst", "ppron3")]
            if nouns and any("acc" in r.cases for r in nouns) and not any("nom" in r.cases for r in nouns):
                return True
        return False
