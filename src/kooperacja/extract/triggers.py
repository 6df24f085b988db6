"""Event triggers: the verbs, nouns and multi-word phrases of the trigger lexicon in a sentence. The entry the
event finder calls (`EventTriggers`); the rules it consults live beside it, one module per kind:
`trigger_senses` (senses that are no event), `trigger_investments` (plants, permits, investors named again),
`trigger_awards` (prizes, titles, ceremonies), `trigger_gatherings` (visits, meetings, conferences),
`trigger_parties` (an event noun with both parties), `trigger_lexicon` (the table of one-word triggers)."""

from __future__ import annotations

from kooperacja.extract.doc import Doc
from kooperacja.extract.event_draft import sub
from kooperacja.extract.trigger_awards import TriggerAwards
from kooperacja.extract.trigger_gatherings import TriggerGatherings
from kooperacja.extract.trigger_investments import TriggerInvestments
from kooperacja.extract.trigger_lexicon import first_forms, investment_verbs, with_aspect_partners
from kooperacja.extract.trigger_parties import TriggerParties
from kooperacja.extract.trigger_senses import SELF_STANDING_NOUNS, TriggerSenses
from kooperacja.text.morphology import NOMINAL, Reading

__all__ = ["SELF_STANDING_NOUNS", "EventTriggers", "first_forms", "investment_verbs", "with_aspect_partners"]

_GERUND_TYPES = ("founding", "membership")
_NOUN_GERUND_TYPES = ("investment",)  # gerunds that need an action verb, as the event's nouns do
# what a trigger row states for a reading (`_reading_plan`)
_VERB, _GERUND_NOUN, _NOUN, _ACTION = 1, 2, 3, 4
_Step = tuple[str, bool, bool, int, str, frozenset[str]]
_PLANS_MAX = 50_000


# kinds of organisations that admit members (a cluster, a chamber or association, an international body)
_GROUP_KINDS = frozenset({"cluster", "business_association", "international_org"})


class EventTriggers(TriggerSenses, TriggerInvestments, TriggerAwards, TriggerGatherings, TriggerParties):
    """Finds triggers; part of `EventFinder` (which holds `_plans`, the table of `_reading_plan`)."""

    _plans: dict[int, tuple[tuple[Reading, ...], tuple[_Step, ...]]]

    def _deed_after_denial(self, doc: Doc, s0: int, denied: list[int], verb: int) -> bool:
        """The verb that builds or opens a plant at `verb` is a deed of its own after a denied investment: a
        negated trigger among `denied` before it, then a comma and a conjunction that joins a main clause of its
        own (", lecz", ", ale"; `clause_conjunction`), the verb itself not negated and no new subject between the
        conjunction and it ("nie zbudowała fabryki, lecz otworzyła magazyn"; not "wybudowała halę, ale nie
        uruchomiła produkcji", nor "nie zainwestuje w A, a jej konkurent, firma Beta, otworzy zakład")."""
        toks = doc.tokens
        first = min((j for j in denied if j < verb and self._negated_at(doc, s0, j)), default=None)
        if first is None or self._negated_at(doc, s0, verb):
            return False
        cut = next(
            (
                k + 1
                for k in range(verb - 2, first, -1)
                if toks[k].text == "," and toks[k + 1].lower in self.ew.clause_conjunction
            ),
            None,
        )
        return cut is not None and not any(self._subject_at(doc, k) for k in range(cut + 1, verb))

    @staticmethod
    def _subject_at(doc: Doc, k: int) -> bool:
        """A name, or a noun in the nominative outside a preposition's phrase, at k: a subject of its own."""
        if any(m.t0 == k and m.type in ("organization", "person") for m in doc.mentions):
            return True
        if any(doc.is_preposition(j) for j in range(max(0, k - 2), k)):
            return False  # "lecz w piątek otworzyła": the noun of a preposition
        return any(r.pos == "subst" and "nom" in r.cases for r in doc.readings[k])

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
            if not lemmas.isdisjoint(self.w.admit_verb) and self._group_fronted(doc, i, s0):
                verbs.setdefault("membership", []).append(i)  # "Do Klastra Alfa przyjęto spółkę Beta"
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
                if self._phrase_at(doc, i, words, s1):
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
        elif built and "investment" in verbs:
            # "nie zbudowała fabryki, lecz otworzyła magazyn": a verb that opens a plant of its own after a denied
            # trigger and a contrast joins the triggers, so that `contrast_cut` finds the deed
            denied = list(verbs["investment"])
            for verb, obj in zip(built[::2], built[1::2], strict=True):
                if verb not in denied and self._deed_after_denial(doc, s0, denied, verb):
                    verbs["investment"] += [verb, obj]
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

    def _group_fronted(self, doc: Doc, i: int, s0: int) -> bool:
        """A verb of admitting at i (not its gerund) right after the organisation it admits to, which the joining
        preposition opens at the start of the sentence ("Do Klastra Alfa przyjęto spółkę Beta", "Do Izby Beta
        przyjęte zostały trzy firmy")."""
        if not any(r.pos in self.tags.verbal and r.pos != "ger" for r in doc.readings[i]):
            return False
        n = doc.mention_at(i - 1) if i > s0 else None
        if n is None or doc.mentions[n].type != "organization" or sub(doc, n) not in _GROUP_KINDS:
            return False  # "Do Urzędu Miasta Alfa przyjęto delegację": a body that receives guests, no group
        t0 = doc.mentions[n].t0
        return t0 - 1 == s0 and doc.tokens[s0].lower in self.w.join_preposition

    def _phrase_at(self, doc: Doc, i: int, words: tuple[str, ...], s1: int) -> bool:
        """The lemmas of a multi-word trigger from token i on; where the phrase opens with a verb, a possessive
        (`possessive_word`) allowed before its object ("przeniosła swoją produkcję do Legnicy" is "przenieść
        produkcja"; not "wśród swoich partnerów", a preposition's)."""
        filler: frozenset[str] = frozenset()
        if any(r.pos in self.tags.verbal and r.pos != "ger" for r in doc.readings[i]):
            filler = self.w.possessive_word
        k = i
        for n, word in enumerate(words):
            while n and k < s1 and word not in doc.lemmas(k) and not filler.isdisjoint(doc.lemmas(k)):
                k += 1
            if k >= s1 or word not in doc.lemmas(k):
                return False
            k += 1
        return True

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
                if typ == "visit" and (
                    self._crowd_comes(doc, i) or self._counted_visitors(doc, i) or self._measure_comes(doc, i)
                ):
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
                if typ == "investment" and lemma in self.w.plant_verb and self._builds_other(doc, i):
                    continue  # "lokalizuje przyczynę awarii w zakładzie": the plant is where, not what is sited
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
