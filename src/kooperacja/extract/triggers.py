"""Event triggers: the verbs, nouns and multi-word phrases of the trigger lexicon in a sentence, with the senses
that are no event (a noun after a verb or preposition, an event noun as a purpose with "być", plural nouns)."""

from __future__ import annotations

from functools import cache

from kooperacja.data.language_data import language_data
from kooperacja.extract.doc import Doc
from kooperacja.text.morphology import NOMINAL, Reading

SELF_STANDING_NOUNS = ("visit", "conference", "award")
_GERUND_TYPES = ("founding", "membership")
# how many words (a name counts as one) before a verb of building its plant may stand ("Centrum logistyczne firmy
# Alfa Sp. z o.o. powstanie")
_BUILT_BACK = 5
# how many tokens after a plural award noun the colon of the list it opens may stand ("Laureatami konkursu Alfa
# zostały:")
_LIST_COLON_REACH = 7
# how many sentences back a permit named again beside a verb of receiving may find the permits first named
_PERMIT_BACK = 4
_NOUN_GERUND_TYPES = ("investment",)
_OTHER_VERB = frozenset(
    {"fin", "praet", "inf", "imps", "ger"}
)  # verb forms that govern their own objects  # gerunds that need an action verb, as the event's nouns do
_QUOTES = ("„", '"', "“", "”", "«", "»", "'")
# what a trigger row states for a reading (`_reading_plan`)
_VERB, _GERUND_NOUN, _NOUN, _ACTION = 1, 2, 3, 4
_Step = tuple[str, bool, bool, int, str, frozenset[str]]
_PLANS_MAX = 50_000


class EventTriggers:
    """Finds triggers; part of `EventFinder` (which holds `_plans`, the table of `_reading_plan`)."""

    _plans: dict[int, tuple[tuple[Reading, ...], tuple[_Step, ...]]]

    def _triggers(self, doc: Doc, s: int) -> tuple[dict[str, list[int]], dict[str, list[int]], set[str]]:
        """(types stated by verbs, types named by nouns, types an action verb can realise)."""
        s0, s1 = doc.sent_span[s]
        verbs: dict[str, list[int]] = {}
        nouns: dict[str, list[int]] = {}
        actions: set[str] = set()
        excluded: set[int] = set()
        phrases: dict[int, str] = {}  # first token of a noun phrase -> its type
        inside: set[int] | None = None  # the tokens of the sentence's names (not people's), where needed
        toks, lemmas_of, trigger_lemmas, multi = doc.tokens, doc.lemmas, self._trigger_lemmas, self._multi
        scan, builders = self._scan_lemmas, self._builder_lemmas
        built: list[int] = []  # a verb of building and the plant it builds
        contract = False  # a tender or contract for building: the sentence states no investment
        receivers: list[int] = []  # verbs of receiving (a permit named in the sentence before)
        copulas: list[int] = []  # the copula ("Jest nim spółka Alfa": the investor of the sentence before)
        # the tokens that have a trigger lemma or start a phrase, picked by one comprehension
        for i in [i for i in range(s0, s1) if not scan.isdisjoint(lemmas_of(i)) or toks[i].lower in multi]:
            if not toks[i].text.islower():
                if inside is None:
                    inside = self._inside_names(doc, s)
                if i in inside:
                    continue  # "Targi Kielce", "Izba Handlowa": a word of a name, not a statement
            lemmas = lemmas_of(i)
            if not lemmas:
                continue
            if not lemmas.isdisjoint(self.w.receive_verb):
                receivers.append(i)
            if not lemmas.isdisjoint(self.w.copula):
                copulas.append(i)
            if not lemmas.isdisjoint(builders):
                if self.cx.ends_at(doc, "contract_for", i, s0):
                    # "wygrała przetarg na budowę hali": the builder of a plant, not its investor
                    contract = True
                    continue
                if inside is None:
                    inside = self._inside_names(doc, s)
                obj = self._built_object(doc, i, inside)
                if obj is not None:
                    built.extend((i, obj))
            if not lemmas.isdisjoint(trigger_lemmas):
                self._word_triggers(doc, i, verbs, nouns, actions)
            if not lemmas.isdisjoint(self._hand_verbs) and self._hands_award_before(doc, i):
                verbs.setdefault("award", []).append(
                    i
                )  # "Nagrodę dostała firma Alfa. Wręczył ją prezes Izby Beta."
            if not lemmas.isdisjoint(self.w.become_verb) and self._title_become(doc, i):
                verbs.setdefault("award", []).append(i)  # "Klaster Alfa został Krajowym Klastrem Kluczowym"
            named = not lemmas.isdisjoint(self.w.investor_noun)
            if named and self.cx.ends_at(doc, "investors_named", i + 1, s0):
                # "wśród nowych inwestorów są spółki Alfa i Beta"
                verbs.setdefault("investment", []).append(i)
            for words, kind, typ in multi.get(toks[i].lower, ()):
                if i + len(words) <= s1 and all(words[k] in doc.lemmas(i + k) for k in range(len(words))):
                    if kind == "exclude":
                        excluded.add(i)
                        continue
                    (verbs if kind == "fact" else nouns).setdefault(typ, []).append(i)
                    if kind == "noun":
                        phrases[i] = typ
        if copulas and not verbs and not nouns:
            named = self._organiser_of_previous(doc, s, copulas)
            if named is not None:
                verbs["conference"] = [
                    named
                ]  # "Forum Alfa 2023 odbyło się w Radomiu. Organizatorem była Izba Beta."
        if "investment" not in verbs and not ("investment" in nouns and "investment" in actions):
            built.extend(self._received_permit(doc, s, receivers))
            if copulas:
                built.extend(self._investor_pronoun(doc, s, copulas))
            if built:
                verbs["investment"] = (
                    built  # the plant built states the investment where no trigger of it does
                )
        if contract:
            verbs.pop("investment", None)
            nouns.pop("investment", None)
            actions.discard("investment")
        for found in (nouns, verbs):  # "konferencja prasowa", "powołuje się na dane": other senses
            for typ in list(found):
                found[typ] = [i for i in found[typ] if i not in excluded]
                if not found[typ]:
                    del found[typ]
        # "umowa intencyjna": the longer phrase names the event, not the single noun it begins with
        for typ in list(nouns):
            nouns[typ] = [i for i in nouns[typ] if phrases.get(i, typ) == typ]
            if not nouns[typ]:
                del nouns[typ]
        # "list intencyjny" is a letter of intent, not a bare "list"
        if "letter_of_intent" in nouns and "agreement" in verbs and not nouns.get("agreement"):
            del verbs["agreement"]
            actions.add(
                "letter_of_intent"
            )  # "złożyli podpisy pod listem intencyjnym": the signing makes it happen
        return verbs, nouns, actions

    def _inside_names(self, doc: Doc, s: int) -> set[int]:
        """The tokens of the names in sentence s, except people's."""
        ms = doc.mentions
        return {i for n in doc.mentions_in(s) if ms[n].type != "person" for i in range(ms[n].t0, ms[n].t1)}

    def _word_triggers(
        self, doc: Doc, i: int, verbs: dict[str, list[int]], nouns: dict[str, list[int]], actions: set[str]
    ) -> None:
        """The one-word triggers of token i, by the part of speech of each reading."""
        # the two senses that are no event, each tested once and only for a reading it can exclude
        guests: bool | None = None  # a verb form read as the noun after a verb, adjective or preposition
        copula: bool | None = None  # an event noun naming a purpose with "być"
        for typ, verbal, purpose_noun, what, lemma, numbers in self._reading_plan(doc.readings[i]):
            if verbal:
                if guests is None:
                    guests = self._noun_not_verb(doc, i)
                if guests:
                    continue
            if purpose_noun:
                if copula is None:
                    copula = self._copula_noun(doc, i)
                if copula:
                    continue
            if what == _VERB:
                if typ == "founding" and lemma in self.w.arise_verb and self._work_arises(doc, i):
                    continue  # "raport powstał na zlecenie agencji": a document comes into being, nothing is founded
                if typ == "membership" and self._joins_accord(doc, i):
                    continue  # "do porozumienia przystąpiła spółka Alfa": a signatory more, no member of a body
                if typ == "award" and lemma in self.w.win_verb and not self._award_word_in_sentence(doc, i):
                    continue  # "przetarg wygrała firma Alfa": a win of no contest, prize or ranking
                if typ == "award" and lemma in self.w.prove_verb and not self._proved_best(doc, i):
                    continue  # "okazała się trudna": no winner named
                if typ == "visit" and lemma in self.w.guest_verb and self._public_guests(doc, i):
                    continue  # "gościła dziennikarzy z całej Polski": the public as guests, no delegation
                if typ == "visit" and (self._crowd_comes(doc, i) or self._counted_visitors(doc, i)):
                    continue  # "do Lublina przyjechało 300 gości", "tysiące zwiedzających": a crowd counted
                verbs.setdefault(typ, []).append(i)
            elif what == _NOUN:
                if self._noun_counts(doc, i, lemma, numbers, typ):
                    nouns.setdefault(typ, []).append(i)
            elif what == _GERUND_NOUN:
                # "zobowiązała się do zainwestowania 30 mln zł": a gerund names the event, as a noun does
                nouns.setdefault(typ, []).append(i)
            else:
                if lemma in self.w.arise_verb and self._work_arises(doc, i):
                    continue  # "tu powstają nowe technologie": what arises is no plant of the investor named nearby
                if typ == "investment" and lemma in self.w.arise_verb and self._kind_arises(doc, i):
                    continue  # "Firma powstała w 1994 roku i ma dwa zakłady": the company came into being
                actions.add(typ)

    def _reading_plan(self, rs: tuple[Reading, ...]) -> tuple[_Step, ...]:
        """What each trigger row of each reading of a token states, read from the readings alone: (type, is the
        reading verbal, is it a noun that may name a purpose, what it states, lemma, numbers). The rows that
        state nothing for their reading's part of speech are left out. Kept per readings tuple (the analysis
        shares one among the tokens of a word form; bounded, keyed by the tuple's identity, which the entry
        keeps alive and checks)."""
        plans = self._plans
        hit = plans.get(id(rs))
        if hit is not None and hit[0] is rs:
            return hit[1]
        triggers, verbal = self._word_rows, self.tags.verbal
        steps: list[_Step] = []
        for r in rs:
            lemma = r.lemma.lower()
            pos = r.pos
            for kind, typ in triggers.get(lemma, ()):
                if kind == "verb" and pos in verbal and (pos != "ger" or typ in _GERUND_TYPES):
                    what = _VERB
                elif kind == "verb" and pos == "ger" and typ in _NOUN_GERUND_TYPES:
                    what = _GERUND_NOUN
                elif kind == "noun" and (pos in NOMINAL and pos != "ger"):
                    what = _NOUN
                elif kind == "action" and pos in verbal | NOMINAL:
                    what = _ACTION
                else:
                    continue  # states nothing
                purpose_noun = pos in NOMINAL and (
                    typ in ("visit", "conference") or lemma in self.w.plant_kind_noun
                )
                steps.append((typ, pos in verbal, purpose_noun, what, lemma, r.numbers))
        plan = tuple(steps)
        if len(plans) >= _PLANS_MAX:
            plans.clear()
        plans[id(rs)] = (rs, plan)
        return plan

    def _built_object(self, doc: Doc, i: int, inside: set[int]) -> int | None:
        """A verb or noun of building or opening at i ("otworzyła", "budowę") with a plant it builds in its clause,
        within a few words and not after a preposition of its own ("otworzyła w Płocku centrum serwisowe",
        "centrum badawcze zostało otwarte", "budowę magazynu"); a verb of buying with land ("kupiła 8 ha
        gruntu"). The position of the plant, or None."""
        lemmas = doc.lemmas(i)
        w = self.w
        if not lemmas.isdisjoint(w.new_adjective) and lemmas.isdisjoint(w.plant_verb | w.land_verb):
            return self._new_plant(doc, i)
        plant = not lemmas.isdisjoint(w.plant_verb)
        objects = w.plant_object if plant else w.land_object
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        lo, words = i, 0
        while lo > s0 and words < _BUILT_BACK:
            lo -= 1
            words += lo not in inside  # a name is one word ("Hala spółki Alfa Sp. z o.o. powstanie")
        near = [
            j
            for j in range(lo, min(s1, i + 8))
            if not doc.lemmas(j).isdisjoint(objects) or plant and self._workshop_noun(doc, j)
        ]
        if not near:
            return None
        a, b = self._clause(doc, i)
        auxiliary = w.copula | w.become_verb  # "centrum zostało otwarte": the passive's auxiliary
        for j in near:
            if j == i or j in inside or not a <= j < b:
                continue
            if not doc.tokens[j].text.islower() and j != s0:
                continue  # a word of a name ("Centrum Logistyczne Alfa"), unless it opens the sentence
            k = (
                j - 1
            )  # the word that governs the plant, past its modifiers (a name is none: "w Bielsku-Białej")
            while (
                k > a
                and k != i
                and k not in inside
                and any(r.pos in self.tags.modifier for r in doc.readings[k])
            ):
                k -= 1
            if k != i and any(r.pos == "prep" for r in doc.readings[k]) and doc.tokens[k].is_word:
                continue  # "otworzyła wystawę w hali": a place, not what is opened
            if any(
                r.pos in _OTHER_VERB and r.lemma not in auxiliary
                for x in range(min(i, j) + 1, max(i, j))
                if x not in inside  # "w Poznaniu": a name, though a verb's gerund reads the same
                for r in doc.readings[x]
            ):
                continue  # "otworzyło lub zadeklarowało założenie centrów": another verb governs the plant
            if i < j and any(self._other_object(doc, x) for x in range(i + 1, j)):
                continue  # "otworzyła konkurs na projekt centrum": the verb opens something else
            return j
        return None

    def _workshop_noun(self, doc: Doc, j: int) -> bool:
        """A noun of a place of work made with one of the endings of `plant_noun_ending` ("przetwórnia", "rozlewnia",
        "elektrownia", "tłocznia"): a plant, whatever its trade."""
        ends = self._plant_endings
        return any(r.pos == "subst" and r.lemma.endswith(ends) for r in doc.readings[j])

    def _other_object(self, doc: Doc, x: int) -> bool:
        """A common noun that can be an accusative object, not after a preposition and not in a name."""
        rs = doc.readings[x]
        if not rs or doc.mention_at(x) is not None or not all(r.pos == "subst" for r in rs):
            return False
        if x > 0 and any(r.pos == "prep" for r in doc.readings[x - 1]):
            return False
        return any("acc" in r.cases for r in rs)

    def _new_plant(self, doc: Doc, i: int) -> int | None:
        """ "nowa fabryka spółki Alfa", "nowe centrum badawcze koncernu Alfa": the adjective "nowy" right before a
        plant noun (its other modifiers between), an organisation named within three lower-case words after it.
        The position of the plant, or None."""
        s1 = doc.sent_span[doc.sent_of[i]][1]
        j = i + 1
        while j < s1 and doc.lemmas(j).isdisjoint(self.w.plant_object):
            if j - i > 2 or not any(r.pos in self.tags.modifier for r in doc.readings[j]):
                return None
            j += 1
        if j >= s1 or doc.mention_at(j) is not None:
            return None
        for k in range(j + 1, min(s1, j + 4)):
            n = doc.mention_at(k)
            if n is not None:
                return j if doc.mentions[n].type == "organization" else None
            if not (doc.tokens[k].is_word and doc.tokens[k].text.islower()):
                return None
        return None

    def _received_permit(self, doc: Doc, s: int, receivers: list[int]) -> list[int]:
        """ "Strefa wydała zezwolenie. Otrzymała je spółka Alfa.": a receiving verb with a third-person pronoun as
        its object, or a permit noun near it ("Podobną decyzję dostała firma Beta"), after a sentence that names a
        permit or a decision."""
        if s == 0 or not receivers:
            return []
        permit = self.w.permit_noun

        def names_permit(t: int) -> bool:
            return not all(doc.lemmas(k).isdisjoint(permit) for k in range(*doc.sent_span[t]))

        # the sentence before, or the one before it in the same paragraph ("Strefa wydała trzy decyzje. Pierwszą
        # otrzymała firma Alfa. Druga trafiła do spółki Beta.")
        before = [s - 1] if s == 1 or doc.break_between(s - 2, s - 1, "\n\n") else [s - 1, s - 2]
        near = any(names_permit(t) for t in before)
        # a permit named again beside the verb may look further back, past paragraphs ("Strefa wydała dwie decyzje.
        # Pierwszą dostała spółka Alfa, która … \n\n Drugą decyzję otrzymała firma Beta.")
        far = near or any(names_permit(t) for t in range(max(0, s - _PERMIT_BACK), s))
        if not far:
            return []
        s0, s1 = doc.sent_span[s]
        return [
            i
            for i in receivers
            if near
            and (
                _pronoun_beside(doc, i, "acc", s0, s1)
                # "Pierwszą otrzymała firma Alfa, druga trafiła do spółki Beta": an ordinal standing for the permit
                or any(
                    r.pos == "adj" and r.lemma in self._ordinals
                    for k in range(max(s0, i - 2), i)
                    if doc.tokens[k].is_word
                    for r in doc.readings[k]
                )
            )
            # "Podobną decyzję dostała firma Beta": the permit named again, as the object of the receiving verb
            or any(
                not doc.lemmas(k).isdisjoint(permit)
                and doc.tokens[k].is_word
                and (near or self._permit_again(doc, s, k, permit))
                for k in range(max(s0, i - 3), min(s1, i + 4))
            )
        ]

    def _permit_again(self, doc: Doc, s: int, k: int, permit: frozenset[str]) -> bool:
        """A permit noun at k that names again one of more than a sentence before: an ordinal or a word of
        `permit_again` right before it ("Drugą decyzję", "Kolejne zezwolenie"), or the same two words after it as
        after a permit noun of the sentences before ("decyzję o wsparciu … decyzję o wsparciu")."""
        again = self._ordinals | self.w.permit_again
        if k > 0 and doc.tokens[k - 1].is_word and doc.lemmas(k - 1) & again:
            return True
        after = tuple(doc.tokens[j].lower for j in range(k + 1, min(len(doc.tokens), k + 3)))
        if len(after) < 2:
            return False
        start = doc.sent_span[max(0, s - _PERMIT_BACK)][0]
        return any(
            not doc.lemmas(j).isdisjoint(permit)
            and tuple(doc.tokens[x].lower for x in range(j + 1, min(len(doc.tokens), j + 3))) == after
            for j in range(start, doc.sent_span[s][0])
        )

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

    def _investor_pronoun(self, doc: Doc, s: int, copulas: list[int]) -> list[int]:
        """ "Strefa pozyskała nowego inwestora. Jest nim spółka Alfa.": the copula with a third-person pronoun in the
        instrumental beside it, after a sentence that names investors."""
        if s == 0:
            return []
        p0, p1 = doc.sent_span[s - 1]
        if all(doc.lemmas(k).isdisjoint(self.w.investor_noun) for k in range(p0, p1)):
            return []
        s0, s1 = doc.sent_span[s]
        return [i for i in copulas if _pronoun_beside(doc, i, "inst", s0, s1)]

    def _work_arises(self, doc: Doc, i: int) -> bool:
        """ "Raport o inwestycjach powstał", "powstała strategia rozwoju": a verb of coming into being whose clause has a
        work of writing or design (`work_noun`) in the nominative, outside a name and not after a preposition, as its
        subject."""
        a, b = self._clause(doc, i)
        work = self.w.work_noun
        for k in range(a, b):
            if k == i or work.isdisjoint(doc.lemmas(k)) or doc.mention_at(k) is not None:
                continue
            if k > a and any(r.pos == "prep" for r in doc.readings[k - 1]):
                continue
            if any(r.pos == "subst" and "nom" in r.cases and r.lemma in work for r in doc.readings[k]):
                return True
        return False

    def _crowd_comes(self, doc: Doc, i: int) -> bool:
        """ "Przyjechało 300 gości", "na targi przybyło kilka tysięcy osób": a verb of coming in the neuter singular
        of the past (the agreement of a counted subject) with a number, a numeral or a noun of quantity in its
        clause, which names no organisation: people counted, not a delegation ("przyjechało dwóch przedstawicieli
        Izby Alfa" is one)."""
        praet = [r for r in doc.readings[i] if r.pos == "praet"]
        if not praet or not all(r.tag.split(":")[1:3] == ["sg", "n"] for r in praet):
            return False
        a, b = self._clause(doc, i)
        ms = doc.mentions
        if any(ms[n].type == "organization" and a <= ms[n].t0 < b for n in doc.mentions_in(doc.sent_of[i])):
            return False
        return any(
            doc.tokens[k].is_num
            or any(r.pos in self.tags.numeral or r.lemma in self.w.quantity_noun for r in doc.readings[k])
            for k in range(a, b)
        )

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

    def _noun_not_verb(self, doc: Doc, i: int) -> bool:
        """ "przyjął gości", "zagranicznych gości", "dla gości", "300 gości": a form that is also a noun, read as the
        noun after a verb, an adjective, a preposition, a number or a noun of quantity."""
        rs = doc.readings[i]
        if not any(r.pos in NOMINAL for r in rs) or not any(r.pos in ("fin", "praet") for r in rs) or i == 0:
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
            elif p.pos in ("fin", "praet", "inf"):
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

    def _meeting(self, doc: Doc, s: int) -> int | None:
        """ "odbyło się spotkanie przedstawicieli A, B i C": a meeting of three or more named organisations."""
        s0, s1 = doc.sent_span[s]
        lemmas, meeting, take_place = doc.lemmas, self.w.meeting_noun, self.w.take_place_verb
        noun = next(
            (i for i in range(s0, s1) if not meeting.isdisjoint(lemmas(i)) and doc.tokens[i].is_word), None
        )
        if noun is None or all(take_place.isdisjoint(lemmas(i)) for i in range(s0, s1)):
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
        s0, s1 = doc.sent_span[s]
        lemmas, meeting, take_place = doc.lemmas, self.w.meeting_noun, self.w.take_place_verb
        noun = next(
            (i for i in range(s0, s1) if not meeting.isdisjoint(lemmas(i)) and doc.tokens[i].is_word), None
        )
        if noun is None or all(take_place.isdisjoint(lemmas(i)) for i in range(s0, s1)):
            return None
        orgs = [n for n in self._mentions_in(doc, s) if doc.mentions[n].type == "organization"]
        at = [
            n
            for n in orgs
            if doc.mentions[n].t0 > s0 and doc.tokens[doc.mentions[n].t0 - 1].lower in self.w.in_preposition
        ]
        others = {doc.mentions[n].entity for n in orgs} - {doc.mentions[n].entity for n in at}
        return noun if at and others and doc.mentions[at[0]].t0 < noun else None

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
        if typ == "investment" and self._visited(doc, i):
            return False  # "zwiedzili zakład firmy Alfa": the host's premises, not an investment
        if lemma in self.w.title_word_noun and self._title_word(doc, i):
            return False  # "tytuł Inwestora Roku": a word of a title, not an investment
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
        verbs = self.w.become_verb | self.w.copula
        return any(
            r.lemma in verbs and "pl" in r.numbers and r.pos in ("praet", "fin")
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

    def _joins_accord(self, doc: Doc, i: int) -> bool:
        """A joining verb whose sentence joins a signed document: a join preposition right before an accord noun
        ("przystąpiły do porozumienia", "do umowy dołączyła gmina")."""
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        join, accord = self.w.join_preposition, self.w.accord_noun
        return any(
            not join.isdisjoint(doc.lemmas(j)) and not accord.isdisjoint(doc.lemmas(j + 1))
            for j in range(s0, s1 - 1)
        )

    def _award_word_in_sentence(self, doc: Doc, i: int) -> bool:
        """A word of token ``i``'s sentence (not ``i``) that confers, ranks or names a contest ("kapituła",
        "konkurs", "w kategorii")."""
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        sense = self.w.award_sense
        return any(not sense.isdisjoint(doc.lemmas(j)) for j in range(s0, s1) if j != i)

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

    def _pair_with(self, doc: Doc, i: int) -> bool:
        """An event noun followed, past up to three lower-case words ("o współpracy", "partnerska"), by a name in the
        genitive and "z" with a second name ("Umowa partnerska Zamościa z Łuckiem", "Porozumienie Gminy Alfa z
        firmą Beta"): the pair of its parties."""
        s1 = doc.sent_span[doc.sent_of[i]][1]
        ms, toks = doc.mentions, doc.tokens
        k = i + 1
        while k < min(s1, i + 4) and doc.mention_at(k) is None:
            if not (toks[k].is_word and toks[k].text.islower()):
                return False
            k += 1
        n = doc.mention_at(k) if k < s1 else None
        if n is None or ms[n].t0 != k or ms[n].type == "person" or ms[n].entity < 0:
            return False
        if not any(r.pos in NOMINAL and "gen" in r.cases for r in doc.readings[k]):
            return False
        j = ms[n].t1
        if j >= s1 or toks[j].lower not in self.w.with_preposition:
            return False
        j += 1
        while j < min(s1, ms[n].t1 + 4) and doc.mention_at(j) is None:
            if not (toks[j].is_word and toks[j].text.islower()):
                return False  # "z firmą Beta", "z ukraińskim Łuckiem": common words before the second name
            j += 1
        m = doc.mention_at(j) if j < s1 else None
        return m is not None and ms[m].type != "person" and ms[m].entity >= 0 and ms[m].entity != ms[n].entity

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
        joined = True  # right after the preposition or a conjunction
        while j < s1 and len(named) < 2:
            n = doc.mention_at(j)
            if n is None:
                tok = doc.tokens[j]
                joins = tok.lower in self.w.conjunction or tok.text == ","
                if not joins and joined and tok.is_word and not tok.is_cap and j + 1 < s1:
                    # "między województwem Alfa a stanem Beta": a common noun before a name
                    if doc.mention_at(j + 1) is not None:
                        j += 1
                        continue
                if not joins and j == k + 1:
                    return False
                if not joins:
                    break
                joined = True
                j += 1
                continue
            joined = False
            m = doc.mentions[n]
            if m.type == "person" or m.entity < 0:
                return False
            named.add(m.entity)
            j = m.t1
        return len(named) >= 2


@cache
def investment_verbs(lang: str) -> frozenset[str]:
    """The one-word verb triggers of investments ("zainwestować", "wybudować"), lower-cased."""
    return frozenset(
        r["lemma"].lower()
        for r in language_data(lang).rows("event_triggers")
        if r.get("kind") == "verb" and "investment" in r.get("type", "").split("|") and " " not in r["lemma"]
    )


def first_forms(lemma: str) -> set[str]:
    """All written forms of a lemma (lower-cased): multi-word triggers are looked up by their first word."""
    from kooperacja.text.morphology import morphology

    return {form.lower() for form, _tag in morphology().forms(lemma)} | {lemma}


def with_aspect_partners(
    lang: str, triggers: dict[str, tuple[tuple[str, str], ...]], skip: frozenset[str]
) -> dict[str, tuple[tuple[str, str], ...]]:
    """The one-word triggers with the imperfective partner of each perfective verb among them ("rozbudować" →
    "rozbudowywać", "zainwestować" → "inwestować"), made by the rules of `event_aspect_rules` and kept where
    the dictionary knows the partner as an imperfective verb; the partner states what its verb states.
    Words in `skip` (the modality words: "deklarować" plans) are no partners."""
    from kooperacja.text.morphology import morphology

    rules = language_data(lang).rows("event_aspect_rules")
    if not rules:
        return dict(triggers)
    morph = morphology()
    wrong = {(r["perfective"], r["imperfective"]) for r in rules if r["kind"] == "false_partner"}

    def is_inf(word: str, aspect: str) -> bool:
        return any(
            r.pos == "inf" and r.lemma == word and aspect in r.tag.split(":")[1:] for r in morph.analyse(word)
        )

    out = {k: list(v) for k, v in triggers.items()}
    for lemma, rows in triggers.items():
        verbal = [row for row in rows if row[0] in ("verb", "action")]
        if not verbal or " " in lemma or not is_inf(lemma, "perf"):
            continue
        for rule in rules:
            perf, imperf, kind = rule["perfective"], rule["imperfective"], rule["kind"]
            if kind == "suffix" and lemma.endswith(perf):
                cand = lemma[: -len(perf)] + imperf
            elif kind == "prefix" and lemma.startswith(perf) and lemma.endswith(imperf):
                cand = lemma[len(perf) :]
            else:
                continue
            if cand == lemma or cand in skip or (lemma, cand) in wrong or not is_inf(cand, "imperf"):
                continue
            have = out.setdefault(cand, [])
            have.extend(row for row in verbal if row not in have)
    return {k: tuple(v) for k, v in out.items()}


def _pronoun_beside(doc: Doc, i: int, case: str, s0: int, s1: int) -> bool:
    """Whether a third-person pronoun in `case` stands right before or after token i, inside the sentence
    [s0, s1) ("Otrzymała ją firma Alfa", "Jest nim spółka Alfa")."""
    return any(
        r.pos == "ppron3" and case in r.cases for k in (i - 1, i + 1) if s0 <= k < s1 for r in doc.readings[k]
    )
