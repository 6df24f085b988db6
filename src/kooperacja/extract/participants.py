"""Event participants: the mentions of the trigger's sentence (or of the list it opens) with their roles, by a
policy per event type."""

from __future__ import annotations

from functools import cache

from kooperacja.data.language_data import language_data
from kooperacja.extract.cues import cues, tag_classes
from kooperacja.extract.doc import Doc
from kooperacja.extract.event_draft import PARTY_TYPES, shares_stem, sub
from kooperacja.extract.participant_grammar import participant_words
from kooperacja.extract.participant_policies import MEDIUM_EVENT_TYPES, POLICIES, Candidates, unique_entities
from kooperacja.extract.relative import relative_clauses
from kooperacja.text.dates import date_word_role
from kooperacja.text.morphology import NOMINAL

_CLAUSE_VERB = tag_classes().clause_verb  # (`_plural_verb`, a static method)

# the most words of a short line that introduces a list after the event's sentence ("Strony umowy:",
# "Sygnatariusze to m.in.:"; punctuation, an abbreviation's dots included, not counted)
_INTRO_LINE = 5
# the most sentences of comment between the event's sentence and the short line that introduces its list
_ASIDES = 2


# offices that host the visits they organise in their own land (`_participants`)
_HOST_OFFICES = frozenset({"municipality", "regional_government", "national_government"})
_STEM = 4  # letters a place and the adjective of an office's name share ("Małopolska", "Małopolskiego")


class EventParticipants:
    """Chooses participants; part of `EventFinder`."""

    def _mentions_in(self, doc: Doc, s: int) -> list[int]:
        return [n for n in doc.mentions_in(s) if doc.mentions[n].entity >= 0]

    def _event_words(self, doc: Doc, t: int) -> set[str]:
        """The event types whose nouns or verbs sentence t holds."""
        s0, s1 = doc.sent_span[t]
        return {
            typ
            for k in range(s0, s1)
            for lem in doc.lemmas(k)
            for kind, typ in self._word_rows.get(lem, ())
            if kind in ("noun", "verb")
        }

    @staticmethod
    def _own_predicate(doc: Doc, t: int) -> bool:
        """Sentence t has a finite or past verb other than the copula (event_cues.tsv copula)."""
        s0, s1 = doc.sent_span[t]
        copula = cues(doc.lang, "event_cues").copula
        return any(
            r.pos in _CLAUSE_VERB and r.lemma not in copula for k in range(s0, s1) for r in doc.readings[k]
        )

    @staticmethod
    def _row_head(doc: Doc, t: int) -> bool:
        """The first noun of sentence t names rows of a list of investors, projects or decisions (event_cues.tsv
        list_row_head: "Największe projekty to:", "Nowi inwestorzy:"), with no participle anywhere in the line."""
        s0, s1 = doc.sent_span[t]
        rows = cues(doc.lang, "event_cues").list_row_head
        if any(r.pos in ("ppas", "pact") for k in range(s0, s1) for r in doc.readings[k]):
            return False  # "Decyzje wycofane w 2025 roku:", "Wnioski odrzucone:": rows of another kind
        for k in range(s0, s1):
            nouns = {r.lemma for r in doc.readings[k] if r.pos == "subst"}
            if nouns:
                return bool(nouns & rows)
        return False

    def _aside(self, doc: Doc, t: int, s: int) -> bool:
        """Sentence t is a comment between an event's sentence s and the list it introduces: it names no organisation
        but those of s and no happening ("To wynik lepszy od oczekiwań.", "To rekord w historii strefy Alfa.")."""
        lead = {doc.mentions[n].entity for n in self._mentions_in(doc, s)}
        named = any(
            doc.mentions[n].type == "organization" and doc.mentions[n].entity not in lead
            for n in self._mentions_in(doc, t)
        )
        return not named and not self._event_words(doc, t)

    def _list_after(
        self, doc: Doc, s: int, places: bool = False, typ: str = "", table: bool = False
    ) -> list[int]:
        """Mentions in the list that a sentence ending with ':' introduces (or a short line right after it:
        "… podpisano umowę. Strony umowy:", unless that line names an event of a type other than `typ`: "Oto
        laureaci:"), or that the header of a table introduces (`_table_header`: "Kategoria | Laureat | Miasto", the
        sentence itself or one of the two after it) where sentence s names one organisation at most. Places count where they can act (`places`: the towns a ranking
        lists)."""
        text = doc.sent_text(s).rstrip()
        named = [n for n in self._mentions_in(doc, s) if doc.mentions[n].type == "organization"]
        if not table and len({doc.mentions[n].entity for n in named}) <= 1:
            # a table lists the participants that its sentence leaves unnamed ("nagrodzono firmy regionu"), not
            # more of an event whose sentence names its own ("A podpisała umowę z B." and a table of other deals)
            header = self._table_header(doc, s, typ)
            if header is not None:
                return self._list_after(doc, header, places, typ, True)
        if not text.endswith(":") and not table:
            # the intro line right after the sentence, or after up to `_ASIDES` sentences of comment that name no
            # organisation and no happening ("… wydała 20 decyzji. To rekordowy wynik. Największe projekty to:")
            for t in range(s + 1, min(len(doc.sentences), s + _ASIDES + 2)):
                nxt = doc.sent_text(t).rstrip()
                s0, s1 = doc.sent_span[t]
                if not nxt.endswith(":"):
                    if self._aside(doc, t, s):
                        continue
                    break
                short = sum(doc.tokens[k].is_word for k in range(s0, s1)) <= _INTRO_LINE
                if short and not self._mentions_in(doc, t) and not self._event_words(doc, t) - {typ}:
                    if t == s + 1:
                        return self._list_after(doc, t, places, typ)
                    if not self._own_predicate(doc, t) and self._row_head(doc, t):
                        # past a comment, only a verbless line whose head noun names rows of projects, investors or
                        # decisions ("Największe projekty to:"), and only a list of companies; one with a verb of
                        # its own ("Dokumenty odebrali we wtorek:") leads its list itself; "Obecni najemcy to:",
                        # "Na sali byli także:" list no party
                        items = self._list_after(doc, t, places, typ)
                        if items and all(sub(doc, n) == "company" for n in items):
                            return items
                break
            return []
        out: list[int] = []
        gap = 0
        kinds = ("organization", "place") if places else ("organization",)
        for t in range(s + 1, min(len(doc.sentences), s + 25)):
            if table and not self._column_marks(doc, t):
                break  # a table's rows part their columns with "|" (or tabs) too
            found = [
                n
                for n in self._mentions_in(doc, t)
                if doc.mentions[n].type in kinds
                and (doc.mentions[n].type == "organization" or sub(doc, n) in ("city", "region"))
            ]
            s0, s1 = doc.sent_span[t]
            if not found:
                gap += 1
                # lines naming the people who signed for an item ("• Jan Nowak – Prezes") do not end the list
                if (out and gap > 3) or s1 - s0 > 25:
                    break
                continue
            gap = 0
            # the first organisation of each item is the signatory; "reprezentowany przez X" is not. Items
            # inside one line are cut at commas, semicolons and "oraz" outside names ("A – Wójt Gminy X, B –
            # Burmistrz Miasta Y oraz C – Wójt Gminy Z")
            item: int | None = None
            for n in found:
                if item is None or self._item_break(doc, item, n):
                    if not self._represented(doc, n):
                        out.append(n)
                    item = n
        return out

    @staticmethod
    def _column_marks(doc: Doc, t: int) -> int:
        """How many column marks a line of a table flattened to text holds: "|" tokens, or else tabs
        ("Inwestor<TAB>Lokalizacja<TAB>Nakłady")."""
        t0, t1 = doc.sent_span[t]
        bars = sum(doc.tokens[k].text == "|" for k in range(t0, t1))
        return bars or doc.sent_text(t).strip().count("\t")

    def _table_header(self, doc: Doc, s: int, typ: str) -> int | None:
        """The header line of a table flattened to text, its columns parted by "|" or tabs ("Kategoria | Laureat |
        Miejscowość"), that names a participant or the event of type `typ` in a column: sentence s or one of the two
        after it (a source line may stand between); None where there is none."""
        roles = self._role_nouns(doc.lang)
        for t in range(s, min(len(doc.sentences), s + 3)):
            t0, t1 = doc.sent_span[t]
            if self._column_marks(doc, t) < 2 or self._mentions_in(doc, t):
                continue
            if any(
                (lem, typ) in roles or any(o == typ for _kind, o in self._word_rows.get(lem, ()))
                for k in range(t0, t1)
                for lem in doc.lemmas(k)
            ):
                return t
        return None

    def _item_break(self, doc: Doc, a: int, b: int) -> bool:
        """A comma, semicolon or 'oraz' outside names between mentions a and b; before a place, any word that joins
        a list ("miasto Biecz, miasto Gorlice i Muszyna": three ranked towns)."""
        joins = (
            self.w.item_break | self.w.list_conjunction
            if doc.mentions[b].type == "place"
            else self.w.item_break
        )
        for k in range(doc.mentions[a].t1, doc.mentions[b].t0):
            if doc.tokens[k].text in (",", ";") or doc.tokens[k].lower in joins:
                if doc.mention_at(k) is None:
                    return True
        return False

    def _list_in_next(self, doc: Doc, s: int, cand: list[int], typ: str = "") -> list[int]:
        """ "… zebrali się, aby podpisać umowę. Obecni byli: A, B, C": a sentence that
        names no actors takes them from the list that the next sentence opens with a colon. For an investment,
        the hosts (a zone, a commune, a park) are no actors of that kind ("Strefa przekazała decyzje czterem
        firmom. Są to: A, B, C i D")."""
        if s + 1 >= len(doc.sentences):
            return []
        s0, s1 = doc.sent_span[s + 1]
        colon = next((i for i in range(s0, min(s1, s0 + 12)) if doc.tokens[i].text == ":"), None)
        if colon is None:
            return []  # no list follows (tested first: it is cheaper than looking for actors)
        hosts = ("economic_zone", "municipality", "technology_park") if typ == "investment" else ()
        actors = [
            n
            for n in cand
            if doc.mentions[n].type == "organization"
            and not self._being_founded(doc, n)
            and not self._venue(doc, n)
            and sub(doc, n) not in hosts
        ]
        if actors:
            return []
        after = [n for n in self._mentions_in(doc, s + 1) if doc.mentions[n].t0 > colon]
        orgs = [n for n in after if doc.mentions[n].type == "organization"]
        return orgs if len(orgs) >= 2 else []

    def _zero_subject(
        self, doc: Doc, c: Candidates, have: list[tuple[int, str]], objects: frozenset[int] = frozenset()
    ) -> list[int]:
        """ "Gmina Borowo przystąpiła do projektu. W marcu podpisała z Agencją Alfa porozumienie.": an active
        verb whose subject the sentence does not name acts for the subject of the sentence before (an
        organisation, or a town or region that acts, in the nominative); a plural verb for the whole subject
        ("A, firma B i C prowadzą badania. W maju powołali klaster."). `objects`: mentions of the sentence that
        cannot be the plural verb's subject (the singular thing founded)."""
        verbs = self._clause_verbs(doc, c)
        if c.s == 0 or not verbs:
            return []
        ms = doc.mentions
        plural = self._plural_verb(doc, verbs)
        if any(
            self._nominative(doc, n) and not self._governed(doc, n)
            for n in self._mentions_in(doc, c.s)
            if not (plural and n in objects)
        ):
            return []  # the sentence names its own subject (not "z firmą Alfa", "umowę z Gminą Beta")
        if plural and not have and self._plural_noun_before(doc, c.s, verbs[0]):
            # "Przedsiębiorcy i instytucje wspierają się": a common noun is the verb's own subject (with one party
            # named, "władze gminy podpisały porozumienie ze spółką Alfa" still acts for the body named before)
            return []
        n = self._subject_before(doc, c, {ms[n].entity for n, _ in have}, places=True)
        if n is None:
            return []
        return [n, *self._coordinated(doc, n)] if plural else [n]

    @staticmethod
    def _plural_noun_before(doc: Doc, s: int, verb: int) -> bool:
        """A plural noun in the nominative before the verb of sentence s, not right after a preposition."""
        s0 = doc.sent_span[s][0]
        return any(
            r.pos == "subst" and "nom" in r.cases and "pl" in r.numbers
            for k in range(s0, verb)
            if not (k > s0 and doc.is_preposition(k - 1))
            for r in doc.readings[k]
        )

    def _clause_verbs(self, doc: Doc, c: Candidates) -> list[int]:
        """The trigger's own finite or past verbs, or for a trigger noun the verb whose object it is ("podpisały
        list intencyjny"): one among the five words before it, with no comma between; not the copula ("Celem
        klastra jest budowanie …" names what something is for)."""
        verbs = [i for i in c.at if any(r.pos in self.tags.clause_verb for r in doc.readings[i])]
        if not verbs:
            s0 = doc.sent_span[c.s][0]
            for k in range(c.trig - 1, max(s0, c.trig - 5) - 1, -1):
                if doc.tokens[k].text in (",", ";", ":"):
                    break
                if any(r.pos in self.tags.clause_verb for r in doc.readings[k]):
                    verbs = [] if doc.lemmas(k) & self.w.copula else [k]
                    break
        # "Tworzymy platformę współpracy": a verb of the first or second person speaks for no one named before
        third = all(
            r.pos == "praet" or "ter" in r.tag.split(":")
            for i in verbs
            for r in doc.readings[i]
            if r.pos in self.tags.clause_verb
        )
        return verbs if third else []

    @staticmethod
    def _plural_verb(doc: Doc, at: list[int]) -> bool:
        """The finite verbs at `at` are plural only ("podpisały", "powołali")."""
        verbs = [r for i in at for r in doc.readings[i] if r.pos in _CLAUSE_VERB]
        return bool(verbs) and all(r.numbers == {"pl"} for r in verbs)

    def _coordinated(self, doc: Doc, n: int) -> list[int]:
        """The mentions joined to subject n in one list ("A, firma B i C"): each after a comma or a conjunction of
        lists (with a lower-case kind noun between at most), in the nominative, an organisation or a town or
        region that acts."""
        ms = doc.mentions
        out: list[int] = []
        prev = n
        for j in self._mentions_in(doc, ms[n].sent):
            if ms[j].t0 < ms[prev].t1:
                continue
            between = doc.tokens[ms[prev].t1 : ms[j].t0]
            joins = [t for t in between if t.text == "," or t.lower in self.w.list_conjunction]
            if not joins or not between or between[0] is not joins[0] or len(between) - len(joins) > 1:
                break
            if any(t.is_cap for t in between if t not in joins):
                break
            # a kind noun between must be nominative ("i spółka Beta"); a name right after the conjunction takes
            # the case of the list it closes, whatever its own readings say ("i Kolbud")
            kind = [k for k in range(ms[prev].t1, ms[j].t0) if doc.tokens[k] not in joins]
            if any(
                not any("nom" in r.cases for r in doc.readings[k] if r.pos in NOMINAL) for k in kind
            ) or not (
                ms[j].type == "organization"
                or (
                    ms[j].type == "place" and sub(doc, j) in ("city", "region") and self._acting_place(doc, j)
                )
            ):
                break
            out.append(j)
            prev = j
        return out

    def _subject_before(self, doc: Doc, c: Candidates, skip: set[int], places: bool) -> int | None:
        """The subject of the sentence before the trigger's, as `_zero_subject` and `_possessor_before` read it:
        its first mention in the nominative that is an organisation (with `places`, also a town or region that
        acts), not one of the entities `skip`."""
        ms = doc.mentions
        for n in self._mentions_in(doc, c.s - 1):
            m = ms[n]
            if m.entity in skip or not self._nominative(doc, n):
                continue
            if m.type == "organization" or (
                places
                and m.type == "place"
                and sub(doc, n) in ("city", "region")
                and self._acting_place(doc, n)
            ):
                return n
        return None

    def _possessor_before(self, doc: Doc, c: Candidates) -> list[int]:
        """ "Firma Alfa ma zakład w Borowie. W maju rozbudowano jej halę.": an impersonal trigger whose object a
        third-person pronoun in the genitive owns points at the subject of the sentence before (an organisation
        in the nominative), when its gender and number agree with the pronoun's."""
        if c.s == 0 or not any(r.pos == "imps" for i in c.at for r in doc.readings[i]):
            return []
        s1 = doc.sent_span[c.s][1]
        owner = [
            r
            for k in range(c.trig + 1, min(s1, c.trig + 3))
            for r in doc.readings[k]
            if r.pos == "ppron3" and "gen" in r.cases
        ]
        if not owner:
            return []
        n = self._subject_before(doc, c, set(), places=False)
        if n is None:
            return []
        # the gender of the name's kind noun or own first word ("Firma Alfa": feminine; "Koncern Beta")
        nouns = [
            r for r in doc.readings[doc.mentions[n].t0] if r.pos in ("subst", "ign") and "nom" in r.cases
        ]
        agrees = any(r.numbers & o.numbers and r.genders & o.genders for r in nouns for o in owner)
        return [n] if agrees or not nouns else []

    def _participants(self, doc: Doc, s: int, typ: str, at: list[int]) -> list[tuple[int, str]]:
        """The participants of an event of type `typ` triggered at tokens `at`, by the type's policy, with those
        that the next sentence names by their part (`_roles_after`)."""
        policy = POLICIES.get(typ)
        if policy is None:
            return []
        found = policy(self, doc, self._candidates(doc, s, typ, at))
        if typ == "founding" and not found:
            return []  # nothing founded: no founders either
        after = self._roles_after(doc, s, typ)
        if typ == "visit":
            # "Goście z Walonii byli w Małopolsce. Wizytę przygotował Urząd Marszałkowski Województwa Małopolskiego": a
            # public office of the land visited organises the visit it hosts; an office of another land (an outbound
            # mission: "misja do Wietnamu … Organizatorem był Urząd Marszałkowski Województwa Łódzkiego"), a chamber
            # or an agency goes with the mission it leads
            hosts = [doc.mentions[n].name for n, r in found if r == "host"]
            after = [
                (
                    n,
                    "host"
                    if sub(doc, n) in _HOST_OFFICES and shares_stem(hosts, doc.mentions[n].name, _STEM)
                    else r,
                )
                for n, r in after
            ]
        return unique_entities(doc, found + after)

    def _roles_after(self, doc: Doc, s: int, typ: str) -> list[tuple[int, str]]:
        """ "W Lesznie odbyło się forum. Jego organizatorem była Izba Alfa.": a sentence of the same paragraph that
        opens with a noun of a part in an event of this type (`participant_role_nouns`, among its first three
        words) and names no event of another type gives its organisations that part. Where a verb opens it, the
        subjects of the verb take the part, which a noun of a part as its object may tell ("Spółka Alfa przygotowała
        tam stoisko"); a sentence that tells another year (`_other_year`: an earlier edition) gives none."""
        t = s + 1
        if t >= len(doc.sentences) or doc.break_between(s, t):
            return []
        role = self._opening_role(doc, t, typ)
        if role is None or self._role_of_another(doc, t, typ):
            return []
        t0, t1 = doc.sent_span[t]
        roles = self._role_nouns(doc.lang)
        lemmas = frozenset().union(*map(doc.lemmas, range(t0, t1)))
        if any(
            kind in ("noun", "verb") and o != typ and (lem, typ) not in roles
            for lem in lemmas
            for kind, o in self._word_rows.get(lem, ())
        ):
            return []  # "Organizatorem konkursu była Izba Alfa, która podpisała umowę …": an event of its own
        orgs = [
            n
            for n in self._mentions_in(doc, t)
            if doc.mentions[n].type == "organization" and not self._represented(doc, n)
        ]
        if self._other_year(doc, s, t):
            return []  # "Wydarzenie przygotowała po raz pierwszy w 2015 roku Fundacja Alfa": an earlier edition's
        verb = self._opening_verb(doc, t, typ)
        if verb is not None:
            orgs = self._verb_subjects(doc, t, typ, verb, orgs)
            # "Spółka Alfa przygotowała tam stoisko": a noun of a part as the verb's object, before any name or the
            # clause's end, says the part
            end = verb + 1
            while (
                end < t1 and doc.mention_at(end) is None and doc.tokens[end].text not in (",", ";", "–", ":")
            ):
                end += 1
            role = next(
                (
                    roles[lem, typ]
                    for k in range(verb + 1, end)
                    for lem in doc.lemmas(k)
                    if (lem, typ) in roles
                ),
                role,
            )
            return [(n, role) for n in orgs]
        # "Organizatorem była Izba Alfa, a partnerem – Agencja Beta": each name takes the part of the noun before it
        said = [(k, roles[lem, typ]) for k in range(t0, t1) for lem in doc.lemmas(k) if (lem, typ) in roles]
        return [(n, next((r for k, r in reversed(said) if k < doc.mentions[n].t0), role)) for n in orgs]

    @staticmethod
    def _other_year(doc: Doc, s: int, t: int) -> bool:
        """Whether sentence t names a year (a four-digit number from 1900 on) that the event's sentence s does not:
        it tells another edition or time ("Po raz pierwszy przygotowała je w 2015 roku Fundacja Alfa"). A year that
        tells since when something lasts ("od 2012 roku", date_words range_from) or one inside a relative clause or
        an aside between commas ("Izba Alfa, która działa od 2012 roku"; "kongresu, organizowanego od 2012 roku,")
        is said of something else."""
        since = date_word_role(doc.lang, "range_from")  # "od 2012 roku"

        def years(x: int) -> set[str]:
            a, b = doc.sent_span[x]
            inner = relative_clauses(doc, a, b)
            return {
                doc.tokens[k].text
                for k in range(a, b)
                if len(doc.tokens[k].text) == 4
                and doc.tokens[k].text.isdigit()
                and doc.tokens[k].text >= "1900"
                and doc.tokens[k - 1].lower not in since
                and not any(i <= k < j for i, j in inner)
            }

        return bool(years(t) - years(s))

    def _opening_verb(self, doc: Doc, t: int, typ: str) -> int | None:
        """The token of a verb row of `participant_role_nouns` among the first three words of sentence t."""
        t0, t1 = doc.sent_span[t]
        roles = self._role_nouns(doc.lang)
        for k in range(t0, min(t1, t0 + 3)):
            if any((r.lemma, typ) in roles and r.pos not in ("subst", "ger") for r in doc.readings[k]):
                return k
        return None

    def _verb_subjects(self, doc: Doc, t: int, typ: str, verb: int, orgs: list[int]) -> list[int]:
        """ "Organizuje je spółka Alfa.", "Swoje wyroby pokażą tam firmy A i B.": a verb row takes only its own
        subject (a nominative name in the verb's clause) and needs a word that points back at the gathering (a
        third-person pronoun not in the nominative, a word of `gathering_back`, or a gathering noun of the type after a
        preposition: "na targach"); a gathering noun of the type of its own ("Zorganizowano tam też warsztaty")
        names another gathering ("Pokazał to raport firmy Delta", "Pokazują one, że …, mówi prezes Izby Alfa")."""
        t0, t1 = doc.sent_span[t]
        back = participant_words(doc.lang, "gathering_back")
        points = False
        for k in range(t0, t1):
            if k == verb or doc.mention_at(k) is not None:
                continue  # "Organizuje je spółka Targi Kielce": a name's own words
            if any(
                kind == "noun" and o == typ
                for lem in doc.lemmas(k)
                for kind, o in self._word_rows.get(lem, ())
            ):
                if not (k > t0 and doc.is_preposition(k - 1)):
                    return []  # a gathering of its own
                points = True
            elif doc.tokens[k].lower in back or any(
                r.pos == "ppron3" and r.cases and "nom" not in r.cases for r in doc.readings[k]
            ):
                points = True
        if not points:
            return []
        # the verb's clause: up to a comma that opens no further name of a list ("firmy A, B i C, które …")
        end = verb + 1
        while end < t1 and not (
            doc.tokens[end].text in (";", "–", ":")
            or (doc.tokens[end].text == "," and (end + 1 >= t1 or not doc.tokens[end + 1].is_cap))
        ):
            end += 1
        inside = [n for n in orgs if doc.mentions[n].t1 <= end]
        first = next(
            (i for i, n in enumerate(inside) if self._nominative(doc, n) and not self._governed(doc, n)), None
        )
        return [] if first is None else inside[first:]  # the subject and the names listed after it

    def _role_of_another(self, doc: Doc, t: int, typ: str) -> bool:
        """ "Partnerem strategicznym spółki Alfa została firma Beta": the opening role noun of sentence t has an
        organisation after it (its modifiers between), whose part it names, not a part in the event before."""
        t0, t1 = doc.sent_span[t]
        roles = self._role_nouns(doc.lang)
        for k in range(t0, min(t1, t0 + 3)):
            if not any((lem, typ) in roles for lem in doc.lemmas(k)):
                continue
            j = k + 1
            while j < t1 and j < k + 3 and self._modifier_only(doc, j):
                j += 1
            head = j  # the word whose case tells the name's: the name's first, or the kind noun before it
            if j + 1 < t1 and doc.mention_at(j) is None and not doc.tokens[j].is_cap:
                j += 1  # "spółki Alfa"
            n = doc.mention_at(j) if j < t1 else None
            return (
                n is not None
                and doc.mentions[n].type == "organization"
                and any("gen" in r.cases for r in doc.readings[head])
            )
        return False

    def _modifier_only(self, doc: Doc, j: int) -> bool:
        """A word that only modifies a noun (no verb form: "była" is also "was")."""
        rs = doc.readings[j]
        return any(r.pos in self.tags.modifier for r in rs) and not any(r.pos in self.tags.verbal for r in rs)

    def _opening_role(self, doc: Doc, t: int, typ: str) -> str | None:
        """The part in an event of type `typ` that a noun among the first three words of sentence t names
        (`participant_role_nouns`: "Jego organizatorem była …", "Inicjatorem klastra był …")."""
        t0, t1 = doc.sent_span[t]
        roles = self._role_nouns(doc.lang)
        return next(
            (
                roles[r.lemma.lower(), typ]
                for k in range(t0, min(t1, t0 + 3))
                for r in doc.readings[k]
                if (r.lemma.lower(), typ) in roles
                and r.pos != "ger"  # "Przygotowania trwały rok": no part played
            ),
            None,
        )

    def _roles_before(self, doc: Doc, s: int, typ: str, skip: int) -> list[int]:
        """ "Inicjatorem Klastra Alfa była Gmina Beta. Klaster powstał w 2018 roku.": the organisations of the
        sentence before (same paragraph) that opens with a noun of a part in an event of this type take that part
        (all but mention `skip`, the thing founded); only for a part that is no party (`founder`)."""
        t = s - 1
        if t < 0 or doc.break_between(t, s) or self._opening_role(doc, t, typ) != "founder":
            return []
        ent = doc.mentions[skip].entity
        return [
            n
            for n in self._mentions_in(doc, t)
            if doc.mentions[n].type == "organization"
            and doc.mentions[n].entity != ent
            and not self._represented(doc, n)
        ]

    @staticmethod
    @cache
    def _role_nouns(lang: str) -> dict[tuple[str, str], str]:
        return {
            (r["lemma"], r["type"]): r["role"] for r in language_data(lang).rows("participant_role_nouns")
        }

    def _candidates(self, doc: Doc, s: int, typ: str, at: list[int]) -> Candidates:
        """The sentence's organisations (with those of the list it opens), persons and places, less the ones that
        only represent, qualify or fund another."""
        ms = doc.mentions
        cand = self._mentions_in(doc, s)
        listed = self._list_after(doc, s, typ == "award", typ) or self._list_in_next(doc, s, cand, typ)
        listed_places = [n for n in listed if ms[n].type == "place"]
        listed = [n for n in listed if ms[n].type != "place"]
        cand = [
            n
            for n in cand
            if not self._represented(doc, n)
            and not self._within_body(doc, n, cand)
            and not self._parenthesised(doc, n)
            and not self._funding(doc, n)
            and not (typ not in MEDIUM_EVENT_TYPES and self._news_source(doc, n))
            and not (typ in PARTY_TYPES and self._territory(doc, n))
            and not (typ != "visit" and self._present_only(doc, n))
        ]
        orgs = [n for n in cand if ms[n].type == "organization"] + listed
        persons = [n for n in cand if ms[n].type == "person" and not self._person_has_org(doc, n)]
        places = [n for n in cand if ms[n].type == "place" and sub(doc, n) != "other"]
        return Candidates(s, at, min(at), orgs, persons, places, listed_places)

    def _as_units(self, doc: Doc, parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """A place that acts is the unit that the document names formally elsewhere ("gminy: Borowo, …" and
        "Gmina Borowo"; "województwo opolskie" and "Województwo Opolskie")."""
        units = self._units(doc)
        ents = {doc.mentions[x].entity: x for x, _ in parts}
        out: list[tuple[int, str]] = []
        hosted: set[int] = set()
        for n, role in parts:
            m = doc.mentions[n]
            if m.type == "place":
                k = units.get(m.name.lower())
                if k is not None:
                    ke = doc.mentions[k].entity
                    if ke in ents:
                        # the unit takes part already: one participant, hosting where the place hosts
                        if role == "host":
                            hosted.add(ke)
                        continue
                    n = k
            out.append((n, role))
        return [(n, "host" if doc.mentions[n].entity in hosted else r) for n, r in out]

    def _units(self, doc: Doc) -> dict[str, int]:
        if doc.place_units is not None:
            return doc.place_units
        found: dict[str, set[int]] = {}
        first: dict[int, int] = {}
        for n, m in enumerate(doc.mentions):
            if (
                m.type != "organization"
                or m.entity < 0
                or m.subtype not in ("municipality", "regional_government")
            ):
                continue
            first.setdefault(m.entity, n)
            name = doc.entities[m.entity].name
            low = name.lower()
            keys = {low}
            for prefix in self._unit_prefixes:
                if low.startswith(prefix + " "):
                    keys.add(low[len(prefix) + 1 :])
            for k in keys:
                found.setdefault(k, set()).add(m.entity)
        units = {k: first[next(iter(v))] for k, v in found.items() if len(v) == 1}
        doc.place_units = units
        return units
