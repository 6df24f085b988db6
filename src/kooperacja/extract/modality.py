"""Event modality: a trigger negated, the topic of something else, planned, or future (in its own clause)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

from kooperacja.extract.cues import tag_classes
from kooperacja.extract.doc import Doc
from kooperacja.extract.event_dates import after_publication
from kooperacja.extract.relative import clause_openers, opens_relative, relative_clauses
from kooperacja.text.tokens import DASHES


def copula_beside(doc: Doc, i: int, copula: frozenset[str]) -> bool:
    """A form of the copula (`copula` of ``event_cues.tsv``) right before or after token i, in its sentence
    ("planowane jest", "jest planowane"), that predicates the participle or adjective at i."""
    s0, s1 = doc.sent_span[doc.sent_of[i]]
    return any(s0 <= k < s1 and not doc.lemmas(k).isdisjoint(copula) for k in (i - 1, i + 1))


# the marks that set off an aside between a negation word and its trigger (`_negation_reaches`)
_ASIDE_MARKS = DASHES | {","}


class EventModality:
    """Reads the modality of a trigger; part of `EventFinder`."""

    def _negated_at(self, doc: Doc, s0: int, i: int) -> bool:
        """A negation within three words before the trigger at i (its sentence starting at s0), or before a verb of
        deciding within four words before it ("nie zdecydowała się na budowę hali": the decision denied)."""
        toks, negation = doc.tokens, self.w.negation
        only = self.w.not_only

        def denies(j: int) -> bool:  # "nie", not "nie tylko" (not only)
            return toks[j].lower in negation and not (j + 1 < len(toks) and toks[j + 1].lower in only)

        if any(denies(k) for k in range(max(s0, i - 3), i)):
            return True
        decide = self.w.decide_verb
        return any(
            not decide.isdisjoint(doc.lemmas(k)) and any(denies(j) for j in range(max(s0, k - 2), k))
            for k in range(max(s0, i - 4), i)
        )

    def _meeting_topic(self, doc: Doc, s0: int, first: int) -> bool:
        """A meeting noun, then (after "w") a word of a matter (`meeting_topic`) right before the trigger at `first`
        or one word before it ("spotkanie w sprawie budowy", "spotkanie ws. nowej inwestycji")."""
        toks, topic = doc.tokens, self.w.meeting_topic
        for k in range(max(s0 + 1, first - 3), first):
            if topic.isdisjoint(doc.lemmas(k)) and toks[k].lower not in topic:
                continue
            j = k - 2 if doc.is_preposition(k - 1) else k - 1  # "spotkanie w sprawie"
            return j >= s0 and not self.w.meeting_noun.isdisjoint(doc.lemmas(j))
        return False

    def _contrasted(self, doc: Doc, j: int, i: int) -> int | None:
        """The position of a conjunction that joins a main clause of its own after a comma ("…, lecz", "…, ale";
        `clause_conjunction`) between the negated trigger at j and the trigger at i, with no negation after it;
        else None."""
        toks = doc.tokens
        for k in range(j + 1, i - 1):
            if toks[k].text == "," and toks[k + 1].lower in self.ew.clause_conjunction:
                return None if any(toks[x].lower in self.w.negation for x in range(k + 2, i)) else k + 1
        return None

    def _own_deed_after(self, doc: Doc, i: int, first: int) -> bool:
        """A verb of a deed of its own (a past form or a past impersonal, not the copula) after the plan noun at i up
        to the trigger at `first`, the trigger itself included ("spełniła marzenie i otworzyła zakład": a deed told
        beside the noun; not "marzeniem spółki było zbudowanie zakładu", "marzenie o budowie fabryki", nor a verb to
        come: "w przyszłości otworzy zakład")."""
        for k in range(i + 1, first + 1):
            if doc.lemmas(k).isdisjoint(self.w.copula) and any(
                r.pos in self.tags.past_report for r in doc.readings[k]
            ):
                return True
        return False

    def contrast_cut(self, doc: Doc, s0: int, at: list[int]) -> int | None:
        """Where a contrast clears the denial of the triggers at `at` (their sentence starting at s0): the
        conjunction after the last negated one, before a stated verb among them with no negation of its own ("nie
        zbuduje zakładu w A, ale rozbuduje fabrykę w B"). The event is the deed after it: only the triggers past
        it count, and its place is of that clause. None where no contrast clears a denial."""
        negated = [i for i in at if self._negated_at(doc, s0, i)]
        if not negated:
            return None
        last = max(negated)
        for i in at:
            if i > last and any(r.pos in self.tags.verbal and r.pos != "ger" for r in doc.readings[i]):
                cut = self._contrasted(doc, last, i)
                if cut is not None:
                    return cut
        return None

    def _hoped(self, doc: Doc, s0: int, at: list[int]) -> bool:
        """All the triggers at `at` inside the clause that a subordinator ("że", `subordinator` of event_words.tsv)
        opens right after a word of hoping (`hope_verb`) or a plan word of event_modality.tsv that announces nothing
        ("liczymy, że firma zainwestuje", "ma nadzieję, że umowa zostanie podpisana"): a hope, not a deed. The clause
        ends at a dash, a semicolon, a colon or a comma that joins a main clause of its own ("…, że to się opłaci –
        powiedział prezes po podpisaniu umowy"); a relative clause inside it tells a deed of its own ("…, że firma,
        która otwiera zakład, zatrudni …"): triggers all in such clauses are no hope; a past form or participle
        among the triggers is a deed told inside the hope ("liczy, że podpisana umowa przyniesie zyski")."""
        if any(r.pos in ("praet", "ppas") for i in at for r in doc.readings[i]):
            return False
        hope = self._hope_words
        first, toks = min(at), doc.tokens
        s1 = doc.sent_span[doc.sent_of[first]][1]
        for k in range(s0, first):
            if hope.isdisjoint(doc.lemmas(k)):
                continue
            j = next(
                (j for j in range(k + 1, min(first, k + 4)) if toks[j].lower in self.ew.subordinator), None
            )
            if j is None:
                continue
            end = self._that_clause_end(doc, j, s1)
            inner = relative_clauses(doc, j, end)
            if all(j < i < end for i in at) and not all(any(a <= i < b for a, b in inner) for i in at):
                return True
        return False

    def _decision_to_come(self, doc: Doc, s0: int, at: list[int]) -> bool:
        """A decision still to be taken on the triggers at `at`, within six words before the first: a verb of
        deciding (`decide_verb` of event_cues.tsv) told to come ("zdecyduje o budowie hali"), or a verb of taking a
        decision (`decision_verb`) told to come next to a decision noun (`decision_noun`: "podejmie decyzję o
        miejscu hali"); told to come: a perfective present, or after
        a future form ("będzie decydować"). Not a decision taken ("zdecydowała o budowie"), nor one of a clause of
        its own before the trigger (a comma, or a verb of another clause between them, the trigger's own included:
        "podejmie decyzję w marcu i otworzy halę"). Asked trigger by trigger (events.py), it drops only those in the
        decision's own clause ("podejmie decyzję o miejscu hali, a w marcu uruchomiła magazyn")."""
        first, toks = min(at), doc.tokens
        w = self.w

        def to_come(k: int) -> bool:
            return any(r.pos == "fin" and ":perf" in r.tag for r in doc.readings[k]) or any(
                toks[j].lower in w.future_form for j in range(max(s0, k - 2), k)
            )

        lo = max(s0, first - 6)
        if any(toks[k].text in (",", ";", ":") for k in range(lo, first)):
            lo = max(k for k in range(lo, first) if toks[k].text in (",", ";", ":")) + 1
        deciding = w.decide_verb | w.decision_verb

        def clause_verb(j: int) -> bool:
            # a verb of a clause of its own ("podejmie decyzję w marcu i otworzy halę"), not one of deciding
            return (
                toks[j].lower not in w.future_form
                and doc.lemmas(j).isdisjoint(deciding)
                and any(r.pos in self.tags.predicate for r in doc.readings[j])
            )

        for k in range(lo, first):
            if any(clause_verb(j) for j in range(k + 1, first + 1)):
                continue
            lemmas = doc.lemmas(k)
            if not lemmas.isdisjoint(w.decide_verb) and to_come(k):
                return True
            if not lemmas.isdisjoint(w.decision_noun):
                near = range(max(s0, k - 3), min(len(toks), k + 4, first + 6))
                if any(j != k and not doc.lemmas(j).isdisjoint(w.decision_verb) and to_come(j) for j in near):
                    return True
        return False

    def _that_clause_end(self, doc: Doc, j: int, s1: int) -> int:
        """The end of the clause that the subordinator at j opens: a dash, a semicolon, a colon, or a comma that
        joins a main clause of its own ("…, że to się opłaci – powiedział prezes"), else the sentence's end s1."""
        toks, end = doc.tokens, j + 1
        while end < s1 and not (
            toks[end].text in self._clause_breaks
            or toks[end].text == ","
            and end + 1 < s1
            and toks[end + 1].lower in self.ew.clause_conjunction
        ):
            end += 1
        return end

    def _reported_clause(self, doc: Doc, s: int, at: list[int]) -> tuple[int, int] | None:
        """The words [a, b) of sentence s that a verb of telling or announcing (`report_verb` of event_cues.tsv)
        reports, where they hold all the triggers at `at`: the clause that a subordinator ("że", `subordinator` of
        event_words.tsv) opens after a comma within six words after the verb ("Spółka zapowiedziała w piątek, że
        rozbuduje zakład w 2027 r."); the rest of a sentence opened by a `report_opener` and the verb, after its
        comma ("Jak poinformowała w piątek spółka, zakład zostanie rozbudowany w 2027 r."); the words before a dash
        that the verb follows (a speaker's tag: "Spółka rozbuduje zakład – poinformował w piątek prezes"). The words
        of the report ("w piątek") tell its day."""
        s0, s1 = doc.sent_span[s]
        first, last, toks = min(at), max(at), doc.tokens
        report = self.w.report_verb

        def reports(k: int) -> bool:
            return not report.isdisjoint(doc.lemmas(k)) and any(
                r.pos in self.tags.clause_verb for r in doc.readings[k]
            )

        for k in range(s0, first):
            if not reports(k):
                continue
            if toks[s0].lower in self.w.report_opener and k <= s0 + 2:
                comma = next((j for j in range(k + 1, min(first, k + 8)) if toks[j].text == ","), None)
                if comma is not None:
                    end = self._that_clause_end(doc, comma, s1)
                    if last < end:
                        return comma + 1, end
            j = next(
                (
                    j
                    for j in range(k + 1, min(first, k + 8))
                    if toks[j].lower in self.ew.subordinator and toks[j - 1].text == ","
                ),
                None,
            )
            if j is not None:
                end = self._that_clause_end(doc, j, s1)
                if all(j < i < end for i in at):
                    return j, end
        for d in range(last + 1, s1):
            if toks[d].text in self._dashes and any(
                reports(k) and self._speaker_after(doc, k, s1) for k in range(d + 1, min(s1, d + 3))
            ):
                return s0, d
        return None

    @staticmethod
    def _speaker_after(doc: Doc, k: int, s1: int) -> bool:
        """A speaker's tag names who speaks after the verb at k, within five words and before a comma: a noun in the
        nominative ("– zapowiedział w środę prezes") or an unknown capitalised name; an impersonal "– mówi się o tym
        od 2024 r." names none and reports nothing of its own."""
        for i in range(k + 1, min(s1, k + 6)):
            tok = doc.tokens[i]
            if tok.text in (",", ";", ":"):
                return False
            for r in doc.readings[i]:
                if r.pos in ("subst", "depr") and "nom" in r.cases:
                    return True
                if r.pos == "ign" and tok.text[:1].isupper():
                    return True
        return False

    _dashes = DASHES

    def _clause_to_come(self, doc: Doc, a: int, b: int, skip: Iterable[tuple[int, int]] = ()) -> bool:
        """Tokens a..b tell something to come and nothing past: a perfective present ("rozbuduje", "ruszy") or a
        future form (`future_form` of event_cues.tsv: "będzie", "zostanie"), and no past form nor impersonal. The
        spans `skip` (relative clauses of another happening: "zakład, który powstał w 2010 r.") are not read."""
        to_come = False
        left_out = {i for x, y in skip for i in range(x, y)}
        for i in range(a, b):
            if i in left_out:
                continue
            if doc.tokens[i].lower in self.w.future_form:
                to_come = True
            for r in doc.readings[i]:
                if r.pos in self.tags.past_report:
                    return False
                if r.pos == "fin" and ":perf" in r.tag:
                    to_come = True
        return to_come

    @cached_property
    def _hope_words(self) -> frozenset[str]:
        """The words of hoping (`hope_verb`) and the plan words that announce nothing (`_hoped`)."""
        plans = {lemma for lemma, kind in self.lex.modality.items() if kind == "plan"}
        return self.w.hope_verb | (frozenset(plans) - self.w.announce_verb)

    _clause_breaks = DASHES | {";", ":"}

    def _modality(
        self, doc: Doc, s: int, at: list[int], sent_lemmas: frozenset[str] | None = None
    ) -> str | None:
        """'negated', 'topic', 'plan', 'future', 'state_to_come' (whose date is a deadline) or None for
        a trigger at token positions `at` (`sent_lemmas`: the lemmas of sentence s, where the caller has them)."""
        s0, s1 = doc.sent_span[s]
        lex = self.lex
        first = min(at)
        negated = [i for i in at if self._negated_at(doc, s0, i)]

        def stated_verb(i: int) -> bool:
            return any(r.pos in self.tags.verbal and r.pos != "ger" for r in doc.readings[i])

        if negated and (
            any(stated_verb(i) for i in negated) or not any(stated_verb(i) for i in at if i not in negated)
        ):
            # a verb negated ("umowy nie podpisano"), or a noun with no verb of the type stated beside it ("umowa
            # jest gotowa, ale gmina nie ma porozumienia"); not a noun negated beside a stated verb of the type
            # ("choć nie wierzyli w porozumienie, podpisali umowę")
            return "negated"
        clauses = {i: self._clause(doc, i) for i in at}  # each trigger's clause, read once
        for i in at:
            a = clauses[i][0]
            if a > s0 and doc.tokens[a - 1].text == "," and doc.tokens[a].lower in self.ew.question:
                return "topic"  # "nie wiadomo, czy zbuduje zakład": an indirect question
        if self._meeting_topic(doc, s0, first):
            return "topic"  # "spotkanie w sprawie budowy zakładu": what a meeting is about is no event
        if self._conditional_clause(doc, s, at, clauses):
            return "plan"  # "Jeśli spółka dostanie dotację, rozbuduje zakład": a condition, not a deed
        if self._hoped(doc, s0, at):
            return "plan"  # "liczymy, że firma zainwestuje w regionie": a hope, not a deed
        if self._decision_to_come(doc, s0, at):
            return "topic"  # "spółka w przyszłym kwartale podejmie decyzję o miejscu hali": not decided
        kinds = set()
        for i in at:
            if doc.tokens[i].lower.endswith(self._conditional_endings) and all(
                r.pos == "praet" for r in doc.readings[i]
            ):
                kinds.add("plan")  # "spółka zainwestowałaby": a conditional is a wish
        cue_lemmas, lemmas = lex.modality.keys(), doc.lemmas
        # the words with a modality cue among their lemmas (one set test each; none where the sentence has none)
        cues = (
            [i for i in range(s0, s1) if not cue_lemmas.isdisjoint(lemmas(i))]
            if sent_lemmas is None or not cue_lemmas.isdisjoint(sent_lemmas)
            else []
        )
        for i in cues:
            for r in doc.readings[i]:
                kind = lex.modality.get(r.lemma.lower())
                if kind == "negation" and any(self._negation_reaches(doc, i, t, s0, s1) for t in at):
                    return "negated"
                if (
                    kind == "defer"
                    and self._deferred_within(doc, i, at, s1)
                    and self._defers(doc, i, r.lemma.lower())
                ):
                    return "negated"  # "czeka z decyzją inwestycyjną", "odłożyła decyzję": no decision taken
                if kind == "topic" and i < first and not self._main_clause_between(doc, i, first):
                    kinds.add("topic")
                if kind == "plan" and r.pos in self.tags.verbal and r.pos not in ("ppas", "pact", "ger"):
                    # "chcemy, żeby zakłady powstawały": a wish stated by a clause, up to the trigger
                    wish = i < first and any(
                        doc.tokens[k].lower in self.w.wish_conjunction for k in range(i + 1, min(s1, i + 3))
                    )
                    if not wish:
                        if self._plan_idiom(doc, i, r.lemma.lower(), r.pos, s1):
                            continue  # "mogli zwiedzić", "mieli okazję", "może pochwalić się tytułem": a deed
                        if (
                            r.pos == "imps"
                            and r.lemma in self.w.impersonal_plan
                            and any(clauses[k][0] <= i < clauses[k][1] for k in at)
                        ):
                            # "podpisanie umowy zaplanowano na 20 maja": an impersonal plan of the trigger's clause
                            kinds.add("plan")
                            continue
                        if self._passive_after(doc, i, s1, True):
                            # "umowa … ma być podpisana": a trigger's passive to come, wherever its noun
                            kinds.add("future")
                            continue
                        if not first - 5 <= i < first + 2:
                            continue
                        infs = [
                            x.lemma
                            for k in range(i + 1, min(s1, i + 5))
                            for x in doc.readings[k]
                            if x.pos == "inf"
                        ]
                        if not infs and self._planned_object(doc, i, at, s1):
                            infs = [""]  # "planuje podpisanie umowy": the trigger is the plan's object
                        if infs and infs[0] in self.w.copula and self._passive_after(doc, i, s1):
                            kinds.add("future")  # "ma być podpisana": a passive to come, not "może być"
                            continue
                        if infs and infs[0] in self.w.copula and self._state_to_come(doc, i, r.lemma, s1):
                            kinds.add("state_to_come")  # "fabryka ma być gotowa w 2021 r.": a state to come
                            continue
                        if not infs or infs[0] in self.w.copula:
                            continue
                    kinds.add("plan")
                elif (
                    kind == "plan"
                    and first - 5 <= i < first + 2
                    and not (r.pos in ("subst", "ger") and self._own_deed_after(doc, i, first))
                ):
                    kinds.add("plan")
                elif (
                    kind == "plan"
                    and r.pos == "ppas"
                    and copula_beside(doc, i, self.w.copula)
                    and any(a <= i < b for a, b in clauses.values())
                    and _nominal_subject(doc, first, i)
                ):
                    # "podpisanie umowy zaplanowane jest na 12 czerwca": a plan verb's participle predicated by the
                    # copula of the trigger's noun (no other verb between them)
                    kinds.add("plan")
                elif (
                    kind in ("plan", "predicate")
                    and r.pos == "adj"
                    and copula_beside(doc, i, self.w.copula)
                    and any(a <= i < b for a, b in clauses.values())
                    and not (
                        kind == "predicate"
                        and any(a <= k < b for a, b in relative_clauses(doc, s0, s1) for k in at)
                    )  # "…, która otrzymała decyzję o wsparciu": the relative clause's deed is no interest
                ):
                    kinds.add(
                        "plan"
                    )  # "budowa zakładu jest możliwa", "budową zainteresowana jest firma": a plan word predicated
        if "topic" in kinds:
            return "topic"
        if "plan" in kinds:
            return "plan"
        if "state_to_come" in kinds:
            return "state_to_come"
        if "future" in kinds or self._future(doc, s, at, clauses):
            return "future"
        return None

    def _main_clause_between(self, doc: Doc, i: int, j: int) -> bool:
        """A comma and a conjunction that joins a main clause of its own (`clause_conjunction`) between tokens i and
        j, with a verb on either side of it: "Z rozmów wynikły zapytania, a firma Alfa podpisała umowę" (not
        "Tematem rozmów z A, a także z B, było podpisanie umowy")."""
        toks = doc.tokens

        def verb_in(a: int, b: int) -> bool:
            return any(r.pos in self.tags.clause_verb for x in range(a, b) for r in doc.readings[x])

        return any(
            toks[k].text == ","
            and toks[k + 1].lower in self.ew.clause_conjunction
            and verb_in(i, k)
            and verb_in(k + 2, j + 1)
            for k in range(i, j - 1)
        )

    def _conditional_clause(
        self, doc: Doc, s: int, at: list[int], clauses: dict[int, tuple[int, int]]
    ) -> bool:
        """A conjunction of condition ("jeśli", "gdyby") in a trigger's clause, the clause of the condition and its
        main clause read as one ("Jeśli spółka dostanie dotację, rozbuduje zakład"); not "jeśli chodzi o" (as for)."""
        s0, s1 = doc.sent_span[s]
        toks, cond, idiom = doc.tokens, self.w.condition_conjunction, self.w.condition_idiom
        for k in range(s0, s1):
            if toks[k].lower in cond and not (k + 1 < s1 and toks[k + 1].lower in idiom):
                if any(a <= k < b for a, b in clauses.values()):
                    return True
        return False

    def _passive_after(self, doc: Doc, i: int, s1: int, trigger: bool = False) -> bool:
        """ "ma być podpisana", "mają zostać zbudowane": the copula's (or "zostać"'s) infinitive after the plan verb
        at i, then a passive participle (with `trigger`, of a trigger or action verb)."""
        auxiliary = self.w.auxiliary  # "ma być podpisana", "ma zostać podpisana"
        for k in range(i + 1, min(s1 - 1, i + 4)):
            if any(r.pos == "inf" and r.lemma in auxiliary for r in doc.readings[k]):
                return any(
                    r.pos == "ppas" and (not trigger or r.lemma.lower() in self._word_rows)
                    for r in doc.readings[k + 1]
                )
        return False

    def _state_to_come(self, doc: Doc, i: int, lemma: str, s1: int) -> bool:
        """ "ma być gotowa": a verb of obligation (`obligation_verb`, not "może być"), the copula's infinitive and
        an adjective: a state the thing is to reach."""
        if lemma.lower() not in self.w.obligation_verb:
            return False
        for k in range(i + 1, min(s1 - 1, i + 4)):
            if any(r.pos == "inf" and r.lemma in self.w.copula for r in doc.readings[k]):
                return any(r.pos == "adj" for r in doc.readings[k + 1])
        return False

    def _planned_object(self, doc: Doc, i: int, at: list[int], s1: int) -> bool:
        """ "planuje podpisanie umowy", "zapowiada budowę hali": a gerund, or a trigger or action noun, in the
        accusative right after a plan verb is what is planned (the trigger follows it); so is one after the
        preposition the verb governs ("myśli o otwarciu centrum", "zastanawia się nad budową hali")."""
        first = min(at)
        governed = False  # after a preposition right after the verb (and its reflexive "się")
        for k in range(i + 1, min(s1, i + 4, first + 1)):
            if not doc.tokens[k].is_word:
                return False
            rs = doc.readings[k]
            if not governed and doc.is_preposition(k):
                governed = True
                continue
            if not governed and rs and all(r.pos == "qub" for r in rs):
                continue
            for r in rs:
                if (governed or "acc" in r.cases) and (
                    r.pos == "ger"
                    or r.pos == "subst"
                    and (
                        k in at
                        or any(kind == "action" for kind, _t in self._word_rows.get(r.lemma.lower(), ()))
                    )
                ):
                    # not "miała miejsce" (took place): "miejsce" is no action of this event; nor an object before
                    # another predicate of the trigger ("wykluczyła zwolnienia i otworzyła zakład")
                    return k in at or not any(
                        doc.readings[j] and all(x.pos in self.tags.predicate for x in doc.readings[j])
                        for j in range(k + 1, first + 1)
                    )
        return False

    def _purpose(self, doc: Doc, i: int) -> bool:
        """ "aby wspólnie budować", "żeby zainwestować": an infinitive of purpose names no happening."""
        if not any(r.pos == "inf" for r in doc.readings[i]):
            return False
        s0 = doc.sent_span[doc.sent_of[i]][0]
        return any(doc.tokens[k].lower in self.w.wish_conjunction for k in range(max(s0, i - 3), i))

    def _future(
        self, doc: Doc, s: int, at: list[int], clauses: dict[int, tuple[int, int]] | None = None
    ) -> bool:
        """A future form in a trigger's own clause (`clauses`: the triggers' clauses, where the caller has them),
        or a trigger in the perfective present."""
        s0, s1 = doc.sent_span[s]
        future, toks = self.w.future_form, doc.tokens
        if any(self._signed_participle(doc, i, at, s0) for i in at):
            return False  # "Dzięki podpisanemu w czerwcu porozumieniu współpraca zostanie poszerzona": signed
        future_words = [i for i in range(s0, s1) if toks[i].lower in future]
        if future_words:
            spans = [clauses[i] if clauses else self._clause(doc, i) for i in at]
            for i in future_words:
                # only in the trigger's own clause ("…, który będzie koordynatorem" speaks of something else)
                if any(
                    a <= i < b and not self._embedded(doc, i, t) for (a, b), t in zip(spans, at, strict=True)
                ):
                    return True
        for i in at:
            fin = [r for r in doc.readings[i] if r.pos == "fin"]
            # a present-tense reading ("należy" is also perfective) is no future
            if fin and all(":perf" in r.tag for r in fin):
                return True
        # "podpisały umowę, na mocy której powstanie centrum": a trigger in the past tells the signing done; the
        # relative clause of its noun tells what comes of it
        if not any(r.pos == "praet" for i in at for r in doc.readings[i]) and any(
            self._signed_later(doc, i, s1) for i in at
        ):
            return True
        return self._noun_in_future_clause(doc, at, clauses)

    def _signed_later(self, doc: Doc, i: int, s1: int) -> bool:
        """ "… projekt porozumienia, pod którym jesienią podpiszą się starostowie …": a noun trigger whose own relative
        clause (right after it and its modifiers) tells its act with a trigger verb in the perfective present, which
        is the future: the act is still to come."""
        if any(r.pos in self.tags.verbal for r in doc.readings[i]):
            return False
        toks = doc.tokens
        k = i + 1
        while (
            k < min(s1, i + 3)
            and toks[k].is_word
            and toks[k].text.islower()
            and any(r.pos == "adj" for r in doc.readings[k])
            and not any(r.pos in self.tags.verbal for r in doc.readings[k])
        ):
            k += 1  # "list intencyjny": the noun's adjectives (not "list zakłada, że …")
        # a relative clause of the noun ("…, pod którym podpiszą się …"), not a complement clause ("…, że …")
        if k >= s1 or not opens_relative(doc, k, s1):
            return False
        for j in range(k + 1, s1):
            if toks[j].text == ",":
                break
            rs = doc.readings[j]
            if any(r.pos == "praet" for r in rs):
                return False
            if any(r.pos == "fin" and ":perf" in r.tag and r.lemma in self._trigger_lemmas for r in rs):
                return True
        return False

    def _signed_participle(self, doc: Doc, i: int, at: list[int], s0: int) -> bool:
        """A trigger's passive participle before its trigger noun ("podpisane w maju porozumienie", "dzięki
        podpisanemu porozumieniu") or right after it in the noun's case ("dzięki umowie zawartej w środę
        studenci odbędą praktyki …"), with no copula or future form of its own right before it ("zostanie podpisane"):
        it tells the act as done, whatever the tense of the clause it stands in."""
        if not any(r.pos == "ppas" for r in doc.readings[i]):
            return False
        nouns = [k for k in at if i < k <= i + _PARTICIPLE_REACH]
        aux = self.w.auxiliary
        if not any(_no_predicate_between(doc, i, k, self.tags.now_or_later) for k in nouns):
            if not any(_agrees_after(doc, k, i) for k in at if i - _POSTNOMINAL_REACH <= k < i):
                return False
            if self._after_participle_to_come(doc, i, aux):
                return False
        return not any(
            doc.tokens[k].lower in self.w.future_form or not doc.lemmas(k).isdisjoint(aux)
            for k in range(max(s0, i - 2), i)
        )

    def _after_participle_to_come(self, doc: Doc, i: int, aux: frozenset[str]) -> bool:
        """The phrase of the participle at i after its noun tells a time to come: a copula, "zostać" or a future form
        right after it ("porozumienie zawarte zostanie 20 maja", "umowa zawarta będzie w ratuszu"), or a date after
        the article's before the next comma ("dzięki umowie zawartej w przyszłym tygodniu")."""
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        if any(
            doc.tokens[k].lower in self.w.future_form or not doc.lemmas(k).isdisjoint(aux)
            for k in range(i + 1, min(s1, i + 3))
        ):
            return True
        end = next((k for k in range(i + 1, s1) if doc.tokens[k].text in ",;:"), s1)
        lo, hi = doc.tokens[i].end, doc.tokens[end - 1].end
        return any(lo <= dm.start < hi and after_publication(doc, dm.value) for dm in doc.dates if dm.value)

    def _noun_in_future_clause(
        self, doc: Doc, at: list[int], clauses: dict[int, tuple[int, int]] | None = None
    ) -> bool:
        """A noun trigger (a gerund too) whose clause's finite verb is in the perfective present, which is the future
        ("Do podpisania umowy dojdzie 20 maja", "klaster zorganizuje targi", "Utworzenie klastra pozwoli gminom …"),
        with no past form in that clause."""
        verbal = self.tags.verbal - {"ger"}  # a gerund is a noun here ("Utworzenie klastra pozwoli …")
        for i in at:
            if any(r.pos in verbal for r in doc.readings[i]):
                continue
            a, b = clauses[i] if clauses else self._clause(doc, i)
            perfective = False
            # the words of a date are no verbs of the clause ("w przyszły wtorek": "przyszły" is also "they came")
            in_date = {
                k
                for dm in doc.dates
                if doc.tokens[a].start <= dm.start < doc.tokens[b - 1].end
                for k in range(a, b)
                if dm.start <= doc.tokens[k].start < dm.end
            }
            for k in range(a, b):
                if k in in_date:
                    continue
                rs = doc.readings[k]
                if any(r.pos == "praet" for r in rs):
                    perfective = False
                    break
                fin = [r for r in rs if r.pos == "fin"]
                if (
                    fin
                    and all(":perf" in r.tag for r in fin)
                    and (all(r.pos in ("fin", "imps", "inf") for r in rs) or self._verb_not_noun(doc, k, a))
                ):
                    perfective = True
            if perfective:
                return True
        return False

    def _deferred_within(self, doc: Doc, i: int, at: list[int], s1: int) -> bool:
        """A trigger within five words after the defer verb at i, no comma and no other verb between ("czeka
        z decyzją", "wycofała się z budowy nowego zakładu"). A verb is no such trigger: it is a deed of its own
        ("wycofała się z Chin i buduje fabrykę"); nor is a trigger after a preposition of purpose (`saved_for`:
        "odłożyła zyski na rozbudowę zakładu" saves for it)."""
        w = self.w
        for k in range(i + 1, min(s1, i + 6)):
            verb = any(r.pos in self.tags.clause_verb for r in doc.readings[k])
            if k in at:
                return not verb and not any(doc.tokens[p].lower in w.saved_for for p in range(i + 1, k))
            if doc.tokens[k].text == "," or verb:
                return False
        return False

    def _verb_not_noun(self, doc: Doc, k: int, a: int) -> bool:
        """ "Burmistrz złoży jutro w Tyrolu wizytę": a perfective present whose other readings are only a noun's genitive
        plural ("złoży": also of "złoże") is the verb where no preposition, adjective or numeral governs it ("ze
        złoży", "nowych złoży")."""
        nouns = [r for r in doc.readings[k] if r.pos != "fin"]
        if not all(r.pos == "subst" and "gen" in r.cases and "pl" in r.numbers for r in nouns):
            return False
        if k == a:
            return True
        before = doc.readings[k - 1]
        if any(r.pos in ("prep", "adj", "num") for r in before):
            return False
        if doc.tokens[k - 1].text.islower() and any(r.pos in ("subst", "ger") for r in before):
            # "w sprawie rozpoznania złoży litu": after a common noun the word is the next link of a genitive chain,
            # unless an object in the accusative follows the verb ("Prezes zarządu złoży w Tyrolu ofertę")
            s1 = next(e for b, e in doc.sent_span if b <= k < e)
            return any(
                r.pos == "subst" and "acc" in r.cases
                for j in range(k + 1, min(s1, k + 5))
                if doc.tokens[j].is_word
                for r in doc.readings[j]
            )
        return True

    def _defers(self, doc: Doc, i: int, lemma: str) -> bool:
        """Whether a defer verb at i puts off what follows: "odłożyła decyzję" always, "czeka"/"zwleka" only with
        their preposition ("czeka z decyzją"; "spółkę czeka budowa zakładu" is a plan ahead)."""
        if lemma not in self.w.defer_with:
            return True
        return i + 1 < len(doc.tokens) and doc.tokens[i + 1].lower in self.w.defer_preposition

    def _plan_idiom(self, doc: Doc, i: int, lemma: str, pos: str, s1: int) -> bool:
        """A plan verb at i that states a deed: "może pochwalić się tytułem" (a boast: it holds the title), and in the
        past, not the conditional, "mogli zwiedzić zakład" (were able to: they did) and "mieli okazję zwiedzić"."""
        w = self.w
        after = range(i + 1, min(s1, i + 4))
        if lemma in w.ability_verb and any(
            x.pos == "inf" and x.lemma in w.boast_verb for k in after for x in doc.readings[k]
        ):
            return True
        if pos != "praet" or doc.tokens[i].lower.endswith(self._conditional_endings):
            return False
        if lemma in w.ability_verb:
            return True
        return lemma in w.chance_verb and any(not doc.lemmas(k).isdisjoint(w.chance_noun) for k in after)

    def _embedded(self, doc: Doc, w: int, t: int) -> bool:
        """Token w stands in a relative or subordinate clause that closes before the trigger at t ("Umowę, która
        obowiązywać będzie pięć lat, podpisały A i B": the future is the clause's, not the signing's): the comma
        before w opens a clause, and a comma after w comes before t."""
        if w >= t:
            return False
        s0 = doc.sent_span[doc.sent_of[w]][0]
        toks = doc.tokens
        if not any(toks[c].text == "," for c in range(w + 1, t)):
            return False
        p = w - 1
        while p >= s0 and toks[p].text != ",":
            p -= 1
        return p >= s0 and self._opens_clause(doc, p, w + 1)

    def _negation_reaches(self, doc: Doc, cue: int, t: int, s0: int, s1: int) -> bool:
        """A negation word of event_modality.tsv at `cue` denies the trigger at t: no verb stated outside a relative
        clause lies between them, and a trigger stated by a verb of its own after the word is its own predicate
        ("porzuciła plany budowy hali, ale podpisała umowę": the agreement stands; "podpisała umowę, ale ją
        zerwała" and "zrezygnowała z budowy hali" are denied)."""
        if cue == t:
            return True
        stated, aux = self.tags.clause_verb, self.w.auxiliary

        def own_verb(k: int) -> bool:  # a finite or past form of its own, no copula ("została odwołana")
            return any(r.pos in stated for r in doc.readings[k]) and doc.lemmas(k).isdisjoint(aux)

        if t > cue and own_verb(t):
            return False
        inner = relative_clauses(doc, s0, s1)
        lo, hi = min(cue, t), max(cue, t)
        marks = [k for k in range(lo + 1, hi) if doc.tokens[k].text in _ASIDE_MARKS]

        def aside(k: int) -> bool:
            """ "zrezygnowała – jak tłumaczy jej prezes – z budowy", "…, jak podał urząd, z budowy": a verb after
            the first word of a stretch that one mark opens and the same mark closes before the trigger is said
            aside; a stretch opened by a coordinating conjunction ("…, ale podpisała …,") is a clause of its own."""
            a = max((m for m in marks if m < k), default=None)
            b = min((m for m in marks if m > k), default=None)
            if a is None or b is None or doc.tokens[a].text != doc.tokens[b].text or k == a + 1:
                return False
            opener = {r.pos for r in doc.readings[a + 1]}
            # "jak", "co" (also subordinators) open a comment too
            return opener.isdisjoint(self.tags.coordinator) or not opener.isdisjoint(self.tags.subordinator)

        return not any(
            own_verb(k) and not any(a <= k < b for a, b in inner) and not aside(k) for k in range(lo + 1, hi)
        )

    def _clause(self, doc: Doc, i: int) -> tuple[int, int]:
        """Token range of the clause around token i: up to the nearest comma, semicolon or dash on either side
        that opens a relative or subordinate clause ("…, który/że/aby …", "…, na mocy którego …")."""
        s0, s1 = doc.sent_span[doc.sent_of[i]]
        a = i
        while a > s0:
            t = doc.tokens[a - 1]
            if t.text == ";" or (t.text == "," and self._opens_clause(doc, a - 1, i)):
                break
            a -= 1
        # (the walk stops at the nearest comma that opens a relative or subordinate clause before the trigger:
        # such a clause ends before it)
        # a relative or subordinate clause ends at its next comma ("Porozumienie, które A podpisała z B,
        # obowiązywać będzie …": the future is the main clause's)
        inner = a > s0 and doc.tokens[a - 1].text == "," and self._opens_clause(doc, a - 1, i + 1)
        b = i + 1
        while b < s1:
            t = doc.tokens[b]
            if t.text == ";" or (t.text == "," and (inner or self._opens_clause(doc, b, s1))):
                break
            b += 1
        return a, b

    def _opens_clause(self, doc: Doc, k: int, end: int) -> bool:
        """The comma at token k opens a clause: a relative or subordinating word right after it, or after a
        preposition and its noun ("…, na mocy którego", "…, w ramach której")."""
        for j in range(k + 1, min(end, k + 4)):
            if doc.tokens[j].lower in clause_openers(doc.lang):
                return True
            if not doc.tokens[j].is_word:
                return False
        return False

    def _undated_day(self, doc: Doc, s: int) -> bool:
        """ "w dniach 9-12 czerwca" in a text that states no date of its own: a stated day whose year is
        unknown still makes a plan concrete (the event is kept, with no date)."""
        if doc.published:
            return False
        sent = doc.sentences[s]
        return any(
            sent.start <= dm.start < sent.end and dm.value is None and dm.precision == "day"
            for dm in doc.dates
        )

    def _concrete_future(self, doc: Doc, s: int) -> bool:
        sent = doc.sentences[s]
        for dm in doc.dates:
            if sent.start <= dm.start < sent.end and dm.value and dm.kind != "year":
                return True
        return False


# how many tokens after a trigger's passive participle its trigger noun may stand, no verb between them ("podpisana
# przez Gminę Alfa i firmę Beta 2 kwietnia umowa")
_PARTICIPLE_REACH = 12
# verb forms that predicate by themselves: one between a trigger noun and a participle makes the participle another
# clause's ("Spółka podpisała umowę, a wszystko było zaplanowane")
_PREDICATE_FORMS = tag_classes().predicate_or_inf


def _nominal_subject(doc: Doc, first: int, i: int) -> bool:
    """Whether the words from the trigger at ``first`` up to the participle at ``i`` hold no predicating verb (the
    word right next to ``i``, its copula, aside)."""
    for k in range(min(first, i), max(first, i)):
        if abs(k - i) == 1:
            continue
        if any(r.pos in _PREDICATE_FORMS for r in doc.readings[k]):
            return False
    return True


# how many words a passive participle may stand after the trigger noun it modifies ("umowy o współpracy podpisanej")
_POSTNOMINAL_REACH = 4


def _agrees_after(doc: Doc, k: int, i: int) -> bool:
    """The participle at i follows the noun at k within its phrase (no comma, no verb between) and agrees with it in
    case and number: "umowy podpisanej", "porozumienie zawarte" (not "umowę, podpisaną …" nor "umowa została
    podpisana")."""
    if any(doc.tokens[j].text in ",;:–-" for j in range(k + 1, i)) or not _no_predicate_between(
        doc, k, i, frozenset()
    ):
        return False
    nouns = [r for r in doc.readings[k] if r.pos == "subst"]
    parts = [r for r in doc.readings[i] if r.pos == "ppas"]
    return any(set(n.cases) & set(p.cases) and set(n.numbers) & set(p.numbers) for n in nouns for p in parts)


def _no_predicate_between(doc: Doc, i: int, k: int, later: frozenset[str]) -> bool:
    """No verb form that predicates by itself (`later`: the tags of the present and the future) stands between
    tokens i and k."""
    forms = _PREDICATE_FORMS | later
    return not any(r.pos in forms for j in range(i + 1, k) for r in doc.readings[j])
