"""Investments that no investment trigger states: a plant built or opened ("otworzyła centrum serwisowe", "nowa
fabryka spółki Alfa"), land bought, a permit received ("Otrzymała je spółka Alfa"), an investor named by a pronoun
("Jest nim spółka Alfa"). Part of `EventTriggers`."""

from __future__ import annotations

from kooperacja.extract.cues import tag_classes
from kooperacja.extract.doc import Doc

# how many words (a name counts as one) before a verb of building its plant may stand ("Centrum logistyczne firmy
# Alfa Sp. z o.o. powstanie")
_BUILT_BACK = 5
# how many sentences back a permit named again beside a verb of receiving may find the permits first named
_PERMIT_BACK = 4
_OTHER_VERB = tag_classes().predicate_or_inf | {"ger"}  # verb forms that govern their own objects


def names_permit(doc: Doc, t: int, permit: frozenset[str]) -> bool:
    """Whether sentence t names a permit or a decision (a lemma of `permit`: `permit_noun` of ``event_cues.tsv``)."""
    return not all(doc.lemmas(k).isdisjoint(permit) for k in range(*doc.sent_span[t]))


class TriggerInvestments:
    """Rules of the investments stated by a plant, a permit or an investor named again; part of `EventTriggers`."""

    def _built_object(self, doc: Doc, i: int, inside: set[int]) -> int | None:
        """A verb or noun of building or opening at i ("otworzyła", "budowę") with a plant it builds in its clause,
        within a few words and not after a preposition of its own ("otworzyła w Płocku centrum serwisowe",
        "centrum badawcze zostało otwarte", "budowę magazynu"); a verb of buying with land ("kupiła 8 ha
        gruntu"). The position of the plant, or None."""
        lemmas = doc.lemmas(i)
        w = self.w
        if not lemmas.isdisjoint(w.new_adjective) and lemmas.isdisjoint(
            w.plant_verb | w.land_verb | w.sell_verb
        ):
            return self._new_plant(doc, i)
        fund = not lemmas.isdisjoint(w.fund_verb)  # "przeznaczy 25 mln zł na halę montażową"
        plant = fund or not lemmas.isdisjoint(w.plant_verb)
        if plant and not lemmas.isdisjoint(w.arise_verb) and self._work_arises(doc, i):
            return None  # "na ścianie hali powstał mural": a work arises, the plant is only where
        objects = w.plant_object if plant else w.land_object
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        if not lemmas.isdisjoint(w.sell_verb):
            if not any(
                doc.mentions[n].type == "organization" and doc.mentions[n].t0 > i
                for n in doc.mentions_in(doc.sent_of[i])
            ):
                return None  # "gmina sprzedała działkę firmie z Holandii": a sale states an investment by a buyer named
            objects = objects - w.goods_object  # "sprzedaje maszyny firmie Beta": trade, no investment
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
        auxiliary = w.auxiliary  # "centrum zostało otwarte": the passive's auxiliary
        for j in near:
            if j == i or j in inside or not a <= j < b:
                continue
            if not doc.tokens[j].text.islower() and j != s0 and not self._titled_plant(doc, j, b):
                continue  # a word of a name ("Centrum Logistyczne Alfa"), unless it opens the sentence
            if j + 1 < s1 and not doc.lemmas(j + 1).isdisjoint(w.no_plant_modifier):
                continue  # "uruchomi linię kredytową", "przeznaczy 50 mln zł na linię gwarancyjną": no plant
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
            if k != i and doc.is_preposition(k) and doc.tokens[k].is_word:
                if not (fund and i < k and doc.tokens[k].lower in w.fund_preposition):
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

    def _titled_plant(self, doc: Doc, j: int, end: int) -> bool:
        """ "powstanie Centrum Badawcze firmy Alfa": a plant noun written with a capital inside the sentence, in no
        name, whose capitalised words (three at most) are followed by the organisation that owns it."""
        if doc.mention_at(j) is not None:
            return False
        k = j + 1
        while k < end and k <= j + 3 and doc.mention_at(k) is None and doc.tokens[k].is_cap:
            k += 1
        while k < end and k <= j + 5 and doc.mention_at(k) is None and doc.tokens[k].text.islower():
            k += 1  # the owner's kind noun ("firmy", "spółki")
        n = doc.mention_at(k) if k < end else None
        return n is not None and doc.mentions[n].type == "organization"

    def _builds_other(self, doc: Doc, i: int) -> bool:
        """A verb of building or siting at i whose object right after it is another thing than a plant ("lokalizuje
        przyczynę awarii w zakładzie", "buduje pozycję na rynku"): the plant noun of its clause is only where."""
        if not any(r.pos in self.tags.clause_inf_or_impt for r in doc.readings[i]):
            return False
        j = i + 1
        if j >= doc.sent_span[doc.sent_of[i]][1] or not self._other_object(doc, j):
            return False
        w, rows = self.w, self._word_rows
        if any(typ == "investment" for lemma in doc.lemmas(j) for _kind, typ in rows.get(lemma, ())):
            return False  # "rozpoczyna inwestycję w Kutnie": the object is the investment itself
        return doc.lemmas(j).isdisjoint(
            w.plant_object | w.land_object | w.work_noun
        ) and not self._workshop_noun(doc, j)

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
        if x > 0 and doc.is_preposition(x - 1):
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
        # the sentence before, or the one before it in the same paragraph ("Strefa wydała trzy decyzje. Pierwszą
        # otrzymała firma Alfa. Druga trafiła do spółki Beta.")
        before = [s - 1] if s == 1 or doc.break_between(s - 2, s - 1, "\n\n") else [s - 1, s - 2]
        near = any(names_permit(doc, t, permit) for t in before)
        # a permit named again beside the verb may look further back, past paragraphs ("Strefa wydała dwie decyzje.
        # Pierwszą dostała spółka Alfa, która … \n\n Drugą decyzję otrzymała firma Beta.")
        far = near or any(names_permit(doc, t, permit) for t in range(max(0, s - _PERMIT_BACK), s))
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


def _pronoun_beside(doc: Doc, i: int, case: str, s0: int, s1: int) -> bool:
    """Whether a third-person pronoun in `case` stands right before or after token i, inside the sentence
    [s0, s1) ("Otrzymała ją firma Alfa", "Jest nim spółka Alfa")."""
    return any(
        r.pos == "ppron3" and case in r.cases for k in (i - 1, i + 1) if s0 <= k < s1 for r in doc.readings[k]
    )
