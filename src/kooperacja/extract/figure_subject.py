"""Owner rules within a figure's own sentence: the clause's subject (and the subject before an apposition), a name
right before the number's bracket or dash, two names joined (a figure of neither), a speaker's organisation, the
antecedent of a relative clause, the organisation or country right after an investment noun, and a country or
region as the subject. `figure_owner` asks these first and falls back to the document's investor, topic and
nearest names."""

from __future__ import annotations

from collections.abc import Iterator

from kooperacja.extract.doc import Doc, Mention
from kooperacja.extract.figure_clause import (
    _CLAUSE_MARKS,
    _FINITE,
    _NOT_OWNERS,
    _after_relative,
    _clause,
    _first_line,
    _former,
    _name_before,
    _nominative,
    _other_party,
    _speaker_tag,
)
from kooperacja.extract.figure_lexicon import _facility_noun, _Words
from kooperacja.text.tokens import DASHES


def _subject(doc: Doc, t0: int, lex: _Words) -> str | None:
    """The organisation that is the subject of the number's clause: the first name in the nominative before the
    number ("Gmina X pozyskała 5 mln zł"), else after it ("5 mln zł zainwestuje firma X")."""
    a, b = _clause(doc, t0)
    start = doc.tokens[t0].start
    found = [
        m
        for m in (doc.mentions[n] for n in doc.mentions_in(doc.sent_of[t0]))
        if a <= m.t0
        and m.t1 <= b
        and m.type == "organization"
        and m.entity >= 0
        and doc.entities[m.entity].subtype not in _NOT_OWNERS
        and not _former(doc, m.t0, lex.former)
        and not _speaker_tag(doc, m)
        and _nominative(doc, m)
    ]
    free = [m for m in found if not _in_prepositional_phrase(doc, m, a)]
    if free:
        found = free  # a name in a prepositional phrase yields to a subject named beside it
    before = [m for m in found if m.start < start]
    pick = before or [m for m in found if m.start > start]
    if not pick:
        return _subject_before_apposition(doc, t0, a, lex)
    return doc.entities[pick[0].entity].id


def _recipient(doc: Doc, t0: int) -> str | None:
    """The company in the dative before the number in its clause ("Strefa wydała spółce X decyzję o wsparciu
    inwestycji o wartości 35 mln zł", "Bank udzielił spółce X kredytu na budowę hali o wartości 35 mln zł", "Gmina
    sprzedała firmie X działkę o powierzchni 5 ha"): the one that a body gives something to, whose investment,
    jobs or land the number states."""
    a, _b = _clause(doc, t0)
    start = doc.tokens[t0].start
    for n in doc.mentions_in(doc.sent_of[t0]):
        m = doc.mentions[n]
        if (
            a <= m.t0
            and m.start < start
            and m.type == "organization"
            and m.entity >= 0
            and doc.entities[m.entity].subtype == "company"
            and _dative(doc, m, a)
        ):
            return doc.entities[m.entity].id
    return None


def _dative(doc: Doc, m: Mention, a: int) -> bool:
    """Whether a name stands in the dative: its own case where the name finder knows it, else that of the kind noun
    before it ("spółce X") with no preposition before that noun ("w spółce X" is a locative)."""
    if m.case is not None:
        return m.case == "dat"
    k = m.t0 - 1
    if k < a or not any(r.pos == "subst" and "dat" in r.cases for r in doc.readings[k]):
        return False
    return k == a or not doc.is_preposition(k - 1)


def _in_prepositional_phrase(doc: Doc, m: Mention, a: int) -> bool:
    """Whether a name follows a preposition, with its kind noun and the adjectives, nouns and gerunds of the phrase
    between, none of them a singular nominative ("Należąca do niemieckiej grupy X spółka Y zainwestuje…", "Po
    przejęciu firmy X grupa Y zatrudnia…"), or right after a preposition and the kind noun ("przez koncern X"): the
    name is no subject, whatever case its noun may also be read in ("grupy", "firmy": a plural nominative too;
    "koncern": a nominative too)."""

    def oblique(i: int) -> bool:
        readings = doc.readings[i]
        return (
            doc.mention_at(i) is None
            and bool(readings)
            and all(r.pos in ("subst", "adj", "ger") for r in readings)
            and not any("nom" in r.cases and "sg" in r.numbers for r in readings)
        )

    k = m.t0 - 1
    if (
        a < k
        and doc.mention_at(k) is None
        and any(r.pos == "subst" for r in doc.readings[k])
        and doc.readings[k - 1]
        and all(r.pos == "prep" for r in doc.readings[k - 1])
    ):
        return True  # "Po przejęciu przez koncern X spółka Y zatrudnia…": a preposition right before the kind noun
    if k < a or not oblique(k) or not any(r.pos == "subst" for r in doc.readings[k]):
        return False
    k -= 1
    while k >= max(a, m.t0 - _PHRASE_WORDS) and oblique(k):
        k -= 1
    return k >= a and doc.mention_at(k) is None and doc.is_preposition(k)


_PHRASE_WORDS = 4  # how far back from a name its prepositional phrase may open


def _subject_before_apposition(doc: Doc, t0: int, a: int, lex: _Words) -> str | None:
    """ "Spółka X, dostawca firmy Y, zainwestuje 40 mln zł": a clause that opens with its verb after a comma
    goes on with the subject the sentence opened with (a name, or a kind noun and a name, in the nominative),
    not with a name inside the apposition between."""
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    if a <= s0 or not _opens_with_verb(doc, a, t0, lex):
        return None
    if any(_speaker_tag(doc, doc.mentions[n]) for n in doc.mentions_in(doc.sent_of[t0])):
        return None  # "JAN NOWAK, prezes firmy X: Wydamy…": a transcript's tag, no subject the clause goes on with
    joined = _joined_subject(doc, s0, a, lex)
    if joined is not None:
        return joined
    for n in doc.mentions_in(doc.sent_of[t0]):
        m = doc.mentions[n]
        if m.t0 > s0 + 1 and not _nominal_opening(doc, s0, m.t0):
            return None
        if (
            m.type == "organization"
            and m.entity >= 0
            and doc.entities[m.entity].subtype not in _NOT_OWNERS
            and not _former(doc, m.t0, lex.former)
            and _nominative(doc, m)
        ):
            return doc.entities[m.entity].id
    return None


def _joined_subject(doc: Doc, s0: int, a: int, lex: _Words) -> str | None:
    """The subject of the latest clause joined by a comma and a conjunction before `a` ("A zatrudni 90 osób, a B,
    której biuro działa od marca, ma 60 pracowników": B goes on past its relative clause, not A)."""
    found = None
    for n in doc.mentions_in(doc.sent_of[a]):
        m = doc.mentions[n]
        if m.t0 >= a:
            break
        if (
            m.t0 - 2 > s0
            and doc.tokens[m.t0 - 2].text == ","
            and any(r.pos == "conj" for r in doc.readings[m.t0 - 1])
            and m.type == "organization"
            and m.entity >= 0
            and doc.entities[m.entity].subtype not in _NOT_OWNERS
            and not _former(doc, m.t0, lex.former)
        ):
            found = doc.entities[m.entity].id
    return found


_ADVERBIAL_WORDS = (
    4  # the words of a time or place adverbial before a clause's verb ("w ubiegłym roku otworzył")
)


def _opens_with_verb(doc: Doc, a: int, t0: int, lex: _Words) -> bool:
    """Whether the clause at `a` opens with its finite verb, maybe after an adverb or a prepositional phrase of a
    few words that names no organisation and holds no relative pronoun ("…, w zeszłym roku uruchomił w strefie
    halę za 48 mln zł"; not "…, w której pracuje 40 osób")."""
    if not (doc.is_preposition(a) or any(r.pos == "adv" for r in doc.readings[a])):
        return any(r.pos in _FINITE for r in doc.readings[a])
    for k in range(a + 1, min(t0, a + _ADVERBIAL_WORDS + 1)):
        if doc.mention_at(k) is not None or not doc.tokens[k].is_word or doc.lemmas(k) & lex.relative:
            return False
        if any(r.pos in _FINITE for r in doc.readings[k]):
            return True
    return False


_OPENING_WORDS = 3  # the words a sentence may open with before its subject's name ("Polska spółka X, …")


def _nominal_opening(doc: Doc, s0: int, t: int) -> bool:
    """Whether the words from a sentence's start to ``t`` are a few nominatives that lead its subject's name in
    (an adjective and a kind noun: "Polska spółka Termodal, należąca do koncernu Y, zainwestuje…")."""
    return t - s0 <= _OPENING_WORDS and all(
        doc.tokens[k].is_word
        and any(r.pos in ("adj", "subst") and "nom" in r.cases for r in doc.readings[k])
        and not any(r.pos in _FINITE or r.pos == "prep" for r in doc.readings[k])
        for k in range(s0, t)
    )


_COUNTRY_METRICS = frozenset({"investment", "exports"})


_ACTING_PLACES = frozenset({"country", "region"})


def _country_subject(doc: Doc, t0: int) -> str | None:
    """A country or region in the nominative before the number in its clause, where the clause names no
    organisation: the subject of the clause, and so the owner of its investment or exports."""
    a, _b = _clause(doc, t0)
    start = doc.tokens[t0].start
    for n in doc.mentions_in(doc.sent_of[t0]):
        m = doc.mentions[n]
        if m.start >= start or m.t0 < a:
            continue
        if m.type == "organization":
            return None
        if m.type == "place" and m.subtype in _ACTING_PLACES and m.entity >= 0 and _place_nominative(doc, m):
            return doc.entities[m.entity].id
    return None


def _place_nominative(doc: Doc, m: Mention) -> bool:
    """Whether a place's name stands in the nominative: a place's name declines, so its own first word says its
    case ("według danych rządu Korea Południowa zainwestowała": the nominative after a genitive noun, no
    apposition); a name that reads no case goes by the noun before it."""
    if m.case is None:
        own = [r for r in doc.readings[m.t0] if r.pos == "subst" and r.cases]
        if own:
            return any("nom" in r.cases for r in own)
    return _nominative(doc, m)


_BRACKET_REACH = (
    8  # how far back from a number its opening bracket may stand ("(inwestycja 40 mln zł, 50 miejsc")
)


_BRACKET_STOPS = frozenset({"(", ")", ".", ";", "!", "?"})


def _bracket_owner(doc: Doc, t0: int, lex: _Words) -> tuple[bool, str | None]:
    """A number inside a bracket right after a name is that name's ("spółki A (inwestycja 18 mln zł) i B (65 mln
    zł)", "Klaster X (ponad 40 firm)"): an organisation's, or nobody's where the name before the bracket is a
    capitalised word that no organisation of the document holds (an owner not found is no licence to take the
    name before it). Returns whether the bracket decided, and the owner."""
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    k = t0 - 1
    while k > s0 and t0 - k <= _BRACKET_REACH and doc.tokens[k].text not in _BRACKET_STOPS:
        k -= 1
    if k <= s0 or doc.tokens[k].text != "(":
        return False, None
    b = k - 1
    n = doc.mention_at(b)
    if n is None:
        return _unnamed_capitalised(doc, b, s0)
    m = doc.mentions[n]
    if m.t1 != k or m.type != "organization" or m.entity < 0:
        return False, None
    if doc.entities[m.entity].subtype in _NOT_OWNERS or _former(doc, m.t0, lex.former):
        return True, None
    return True, doc.entities[m.entity].id


def _dashed_owner(doc: Doc, t0: int) -> str | None:
    """A number right after a dash that follows a name is that name's, as in a list of investors and their
    amounts ("decyzje otrzymały: spółka A – 20 mln zł oraz firma B – 12 mln zł")."""
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    if t0 - 2 < s0 or doc.tokens[t0 - 1].text not in DASHES:
        return None
    m = _name_before(doc, t0, DASHES)
    if m is None or m.entity < 0:
        return None
    return None if doc.entities[m.entity].subtype in _NOT_OWNERS else doc.entities[m.entity].id


def _joint_subject(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether the number's clause opens with two organisations joined by a conjunction, the first in the
    nominative, before the number ("Spółki A i B zainwestują 80 mln zł", "Gmina X oraz firma Y wydadzą…")."""
    a, _b = _clause(doc, t0)
    names = [
        m
        for m in (doc.mentions[n] for n in doc.mentions_in(doc.sent_of[t0]))
        if a <= m.t0 and m.t1 <= t0 and m.type == "organization" and m.entity >= 0
    ]
    for m1, m2 in zip(names, names[1:], strict=False):
        between = range(m1.t1, m2.t0)
        if (
            m1.entity != m2.entity
            and 1 <= len(between) <= 2
            and doc.tokens[m1.t1].lower in lex.together
            and all(not doc.tokens[i].is_cap for i in between)
            and (_nominative(doc, m1) or _joint_body_before(doc, m1, a, lex))
        ):
            return True
    return False


def _joint_body_before(doc: Doc, m: Mention, a: int, lex: _Words) -> bool:
    """Whether a noun of a body of several firms (`joint_body`) in the nominative stands right before a name, maybe
    with a kind noun between ("Konsorcjum spółek A i B"), and no preposition right before it: the names that follow
    are the clause's subject."""
    k = m.t0 - 1
    if k > a and not doc.tokens[k].is_cap and not doc.lemmas(k) & lex.joint_body:
        k -= 1  # "spółek": the kind noun of the names
    if k > a and any(r.pos == "prep" for r in doc.readings[k - 1]):
        return False  # "umowę z konsorcjum firm A i B": the noun cannot decline, a preposition governs it
    return k >= a and any(
        r.lemma in lex.joint_body and "nom" in r.cases for r in doc.readings[k] if r.pos == "subst"
    )


def _joint_after_list(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether the number's clause names no organisation and states its figure with a verb in the third person
    plural, after a sentence whose subject is a list of organisations ("Decyzje otrzymały spółki A, B i C. Łącznie
    zainwestują one 90 mln zł"): a figure of them all, of none of them."""
    a, b = _clause(doc, t0)
    s = doc.sent_of[t0]
    if s == 0 or any(
        doc.mentions[n].type == "organization" and a <= doc.mentions[n].t0 < b for n in doc.mentions_in(s)
    ):
        return False
    verbs = [  # a word that may be a noun too is no verb here ("w powiecie")
        doc.readings[i]
        for i in range(a, t0)
        if doc.readings[i] and all(r.pos in _FINITE for r in doc.readings[i])
    ]
    if not verbs or not all(
        "pl" in r.numbers and lex.first_person.isdisjoint(r.tag.split(":")) for r in verbs[-1]
    ):
        return False
    names = [
        m
        for m in (doc.mentions[n] for n in doc.mentions_in(s - 1))
        if m.type == "organization" and m.entity >= 0
    ]
    p0 = doc.sent_span[s - 1][0]
    return any(
        m1.entity != m2.entity
        and 1 <= m2.t0 - m1.t1 <= 2
        and (doc.tokens[m1.t1].lower in lex.together or doc.tokens[m1.t1].text == ",")
        and not any(
            doc.tokens[i].is_cap for i in range(m1.t1 + 1, m2.t0)
        )  # "A i firma B": a kind noun between
        # the list is the sentence's subject (no preposition over it, no subject named before it) or those a body
        # gives to ("wydała decyzje spółkom A i B"), not the object of another's verb ("X przejęła firmy A i B")
        and (
            _dative(doc, m1, p0)
            or not (_in_prepositional_phrase(doc, m1, p0) or _subject_before(doc, names[:k], p0))
        )
        for k, (m1, m2) in enumerate(zip(names, names[1:], strict=False))
    )


_JOINT_REACH = 4  # the sentences before a sum that may name the organisations it sums


def _joint_total(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether the number's clause states the sum of a few projects or firms just named, in a clause that names no
    organisation, after two companies or more named in it or the four sentences before: a `total` word with a
    subject of a few counted ("W sumie dwie inwestycje stworzą 140 etatów",
    "Obie inwestycje pochłoną łącznie 80 mln zł") or right before the demonstrative ("Łącznie to 310 mln zł"):
    a figure of them all, of none of them. A zone's totals for its firms ("Łącznie firmy zadeklarowały 220 miejsc
    pracy") are counted by nobody and stay the zone's."""
    a, b = _clause(doc, t0)
    s = doc.sent_of[t0]
    if any(
        doc.mentions[n].type == "organization" and a <= doc.mentions[n].t0 < b for n in doc.mentions_in(s)
    ):
        return False
    words = range(a, t0)
    if not any(doc.tokens[i].lower in lex.total for i in range(a, b)):
        return False
    named = set().union(*(_companies_in(doc, t, before=t0) for t in range(max(0, s - _JOINT_REACH), s + 1)))
    if len(named) < 2:
        return (
            False  # "Firma X realizuje dwa projekty. W sumie oba pochłoną 80 mln zł": one firm's, its total
        )
    if any(
        doc.tokens[i].lower in lex.total and i + 1 < t0 and doc.tokens[i + 1].lower in lex.demonstrative
        for i in words
    ):
        return True
    for i in words:
        counted = doc.lemmas(i + 1) & lex.joint_counted if i + 1 < t0 else frozenset()
        if doc.tokens[i].lower in lex.joint_few and counted:
            return not _one_firms_count(doc, s, counted)
    return False


def _one_firms_count(doc: Doc, s: int, counted: frozenset[str]) -> bool:
    """Whether the latest sentence before sentence `s` (within the reach of a sum) that names the counted noun
    names one company only: "Firma X prowadzi w Kole trzy inwestycje. Razem trzy inwestycje kosztują 50 mln zł" sums X's
    projects, whatever other firms were named further back."""
    for t in range(s - 1, max(-1, s - 1 - _JOINT_REACH), -1):
        t0, t1 = doc.sent_span[t]
        if any(doc.lemmas(i) & counted for i in range(t0, t1)):
            return len(_companies_in(doc, t)) == 1
    return False


def _owners_before(doc: Doc, s: int, back: int, stop: int) -> Iterator[Mention]:
    """The organisation mentions that may own a figure (an entity, not of `_NOT_OWNERS`) in sentence s and the `back`
    sentences before it, in text order, each sentence's up to the mention that opens at token `stop` or after it."""
    for t in range(max(0, s - back), s + 1):
        for n in doc.mentions_in(t):
            m = doc.mentions[n]
            if m.t0 >= stop:
                break
            if (
                m.type == "organization"
                and m.entity >= 0
                and doc.entities[m.entity].subtype not in _NOT_OWNERS
            ):
                yield m


def _companies_in(doc: Doc, t: int, before: int | None = None) -> set[int]:
    """The company entities (by index) named in sentence ``t``, by mentions that open before token ``before``."""
    return {
        doc.mentions[n].entity
        for n in doc.mentions_in(t)
        if doc.mentions[n].entity >= 0
        and doc.entities[doc.mentions[n].entity].subtype == "company"
        and (before is None or doc.mentions[n].t0 < before)
    }


def _subject_before(doc: Doc, names: list[Mention], p0: int) -> bool:
    """Whether one of `names` (organisations before a list in its sentence) may be the sentence's subject: in the
    nominative and under no preposition ("Spółka X przejęła firmy A i B"; not "W podstrefie X kupiły…")."""
    return any(_nominative(doc, m) and not _in_prepositional_phrase(doc, m, p0) for m in names)


def _speaker_org(doc: Doc, t0: int, lex: _Words, any_person: bool = False) -> str | None:
    """ "– Zainwestujemy w Polsce 80 mln zł – zapowiedział Jan Nowak, prezes firmy X": a verb in the first person
    plural in the number's clause makes the figure the speaker's organisation's, the organisation of the person
    named with a title in that sentence or the next (with `any_person`, whatever the person of the verb)."""
    if not any_person and not _first_person_clause(doc, t0, lex):
        return None
    s = doc.sent_of[t0]
    for t in (s, s + 1):
        if t >= len(doc.sent_span):
            break
        for n in doc.mentions_in(t):
            m = doc.mentions[n]
            if m.type != "person" or m.entity < 0:
                continue
            for role in doc.entities[m.entity].roles:
                org = role.get("organization")
                if org:
                    return org
    return None


def _our_partner(doc: Doc, t0: int, lex: _Words) -> str | None:
    """ "Klaster X nawiązał współpracę z siecią Y. – Nasz partner ma 900 pracowników – podkreśla prezes
    klastra X": a quote whose clause opens with "nasz partner" before the number speaks of the speaker's partner, the
    organisation named last before it in its sentence or the two before that is not the speaker's."""
    a, _b = _clause(doc, t0)
    if not any(doc.lemmas(i) & lex.our and doc.lemmas(i + 1) & lex.partner_noun for i in range(a, t0 - 1)):
        return None
    speaker = _speaker_org(doc, t0, lex, any_person=True)
    if speaker is None:
        return None
    named = [
        doc.entities[m.entity].id
        for m in _owners_before(doc, doc.sent_of[t0], 2, t0)
        if doc.entities[m.entity].id != speaker
    ]
    return named[-1] if named else None


def _first_person_clause(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether a verb in the first person plural stands in the number's clause ("Zatrudnimy 60 osób", "wydaliśmy
    na nią 35 mln zł": a past form by its ending, `first_person_past`, of a verb of the metric table: "rozmawialiśmy
    z firmą X o inwestycji za 50 mln zł" leaves the money to X); a verb of
    reporting is the newspaper's own voice ("Jak informujemy od maja, …", "jak przypominamy"), no speaker's."""
    a, b = _clause(doc, t0)
    return any(_first_person(doc, i, lex) for i in range(a, b))


def _first_person(doc: Doc, i: int, lex: _Words) -> bool:
    """Whether token i is a verb in the first person plural, no verb of reporting (see `_first_person_clause`)."""
    return doc.lemmas(i).isdisjoint(lex.press_verb) and any(
        r.pos in _FINITE
        and "pl" in r.numbers
        and (
            not lex.first_person.isdisjoint(r.tag.split(":"))
            or (
                r.pos == "praet"
                and doc.tokens[i].lower.endswith(lex.first_person_past)
                and r.lemma in lex.metric_index
            )
        )
        for r in doc.readings[i]
    )


def _author_org(doc: Doc, t0: int, lex: _Words) -> str | None:
    """ "Firma X⏎5 godz.⏎Miło nam poinformować … Na nowe laboratorium wydaliśmy 15 mln zł. Zatrudnionych jest
    w nim 60 osób.": a post or release whose first line is an organisation's name and nothing else speaks in the first person
    plural for it: a figure no name near owns, in a sentence with a verb in the first person plural or right after
    one, is the author's."""
    lead, end = _first_line(doc)
    if end < 0:
        return None
    first = next((m for m in doc.mentions if m.start >= lead), None)
    if (
        first is None
        or first.start != lead
        or doc.text[first.end : end].strip()
        or first.type != "organization"
        or first.entity < 0
        or doc.entities[first.entity].subtype in _NOT_OWNERS
    ):
        return None
    s = doc.sent_of[t0]
    if s == doc.sent_of[first.t0]:
        return None
    for t in (s, s - 1):
        if t > doc.sent_of[first.t0] and any(_first_person(doc, i, lex) for i in range(*doc.sent_span[t])):
            return doc.entities[first.entity].id
    return None


def _interviewee_org(doc: Doc, t0: int, lex: _Words) -> str | None:
    """ "Rozmowa z Janem Nowakiem, prezesem firmy X. … – Zatrudnimy 60 osób.": a figure in the first person plural
    that no name near owns is that of the one organisation that the people named before it in the document
    serve (an interview's guest, introduced once); nobody's where they serve several."""
    if not _first_person_clause(doc, t0, lex):
        return None
    start = doc.tokens[t0].start
    orgs = {
        role["organization"]
        for m in doc.mentions
        if m.start < start and m.type == "person" and m.entity >= 0
        for role in doc.entities[m.entity].roles
        if role.get("organization")
    }
    return orgs.pop() if len(orgs) == 1 else None


def _salient(doc: Doc, pick: list[Mention]) -> str:
    """Of the candidates named in the sentences before the figure's, the subject of the latest sentence that
    has one in the nominative ("Spółka A przejęła zakład od firmy B. Nowy właściciel zainwestuje…": A), else the
    nearest."""
    for s in sorted({m.sent for m in pick}, reverse=True):
        subjects = [m for m in pick if m.sent == s and _nominative(doc, m)]
        if subjects:
            return doc.entities[subjects[0].entity].id
    return doc.entities[pick[-1].entity].id


def _complement_clause(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether the number's clause opens with a complementiser ("Strefa szacuje, że inwestycja pochłonie 60 mln
    zł"): the speaker of the main clause is no owner of what the reported clause states."""
    a, _b = _clause(doc, t0)
    return a < t0 and doc.tokens[a].lower in lex.complement


def _relative_antecedent(doc: Doc, t0: int, lex: _Words) -> tuple[bool, str | None]:
    """ "firmy A, która wyda 20 mln zł, oraz B, która zainwestuje 35 mln zł": a number in a relative clause
    belongs to the name right before the clause's comma, an organisation's, or nobody's where that name is a
    capitalised word that no organisation of the document holds, or a noun of a firm left unnamed ("nazwa
    koncernu, który zainwestuje 500 mln zł, pozostaje tajemnicą"; after a named company the noun takes it up:
    "Firma X … Niemiecka spółka, która zatrudnia 800 osób"). A lower-case relative pronoun that opens a
    sentence follows a stray full stop: its antecedent ends the sentence before. Returns whether the clause
    decided, and the owner."""
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    a = t0
    while a > s0 and doc.tokens[a - 1].text not in _CLAUSE_MARKS and doc.tokens[a - 1].text != ".":
        a -= 1
    if a >= t0 or a < 2 or doc.tokens[a - 1].text not in (",", ".") or not doc.lemmas(a) & lex.relative:
        return False, None
    if doc.tokens[a - 1].text == "." and doc.tokens[a].is_cap:
        # a full stop before a relative pronoun is a stray one only before a lower-case word
        return False, None
    b = a - 2
    if doc.tokens[a - 1].text == ",":
        apposed = _apposition_before_dash(doc, s0, a - 1)
        if apposed is not None:
            return True, apposed
    n = doc.mention_at(b)
    if n is None and _counted_firms(doc, b, lex):
        # "Strefa X skupia 120 firm, które zatrudniają 30 tys. osób": the firms a body counts, their totals the body's
        counter = _subject(doc, b - 1, lex)
        return (True, counter) if counter is not None else (False, None)
    if (
        n is None
        and not doc.tokens[b].is_cap
        and any(
            r.pos == "subst" and "pl" in r.numbers and r.lemma in lex.company_noun for r in doc.readings[b]
        )
        and not any(
            r.pos == "subst" and "sg" in r.numbers and r.lemma in lex.company_noun for r in doc.readings[b]
        )
    ):
        # "Na terenach działa trzech inwestorów, którzy zatrudniają łącznie 350 osób": several firms left unnamed,
        # their sum nobody's but that of the zone or park that the main clause's subject is
        counter = _subject(doc, b - 1, lex)
        kind = (
            next((e.subtype for e in doc.entities if e.id == counter), None) if counter is not None else None
        )
        if kind == "company":
            # "Spółka X ma dwóch inwestorów, którzy wyłożyli łącznie 40 mln zł na rozwój firmy": the company the
            # main clause is about, decided as before this rule
            return False, None
        return True, counter if kind in ("economic_zone", "technology_park") else None
    if n is None:
        if (
            not doc.tokens[b].is_cap
            and any(
                r.lemma in lex.firm_kind and r.pos == "subst" and "sg" in r.numbers for r in doc.readings[b]
            )
            and not _company_before(doc, b)
        ):
            return True, None  # no company named before: the kind noun speaks of one the text does not name
        return _unnamed_capitalised(doc, b, s0)
    m = doc.mentions[n]
    if m.t1 != b + 1 or m.type == "person" or m.entity < 0 or doc.entities[m.entity].subtype in _NOT_OWNERS:
        return False, None
    if m.type == "place" and m.t0 > s0 and doc.is_preposition(m.t0 - 1):
        # "Zakład X w Kutnie, który zatrudnia 180 osób": a place after a preposition says where, owns nothing
        return False, None
    return True, doc.entities[m.entity].id  # a place too: "miasto X, które wyda 20 mln zł"


def _parent_named_before(doc: Doc, t0: int, lex: _Words) -> tuple[bool, str | None]:
    """ "Spółka X, należąca do grupy Y, zatrudnia 900 osób. Cała grupa zatrudnia 150 tys. osób": a group's noun
    (`parent_noun`) in the singular nominative, no name after it, as the subject before the number in its clause,
    is the organisation named last after that noun in its sentence or the three before (Y), not the company the
    sentence before is about. A group's noun before a noun in the genitive plural ("Grupa inwestorów z Korei wyda
    80 mln zł") is a band of unnamed people or firms: nobody's figure, decided. Returns whether the noun decided,
    and the owner."""
    a, _b = _clause(doc, t0)
    noun = next(
        (
            i
            for i in range(a, t0)
            if doc.mention_at(i) is None
            and any(
                r.pos == "subst" and r.lemma in lex.parent_noun and "sg" in r.numbers and "nom" in r.cases
                for r in doc.readings[i]
            )
        ),
        None,
    )
    if noun is None or doc.mention_at(noun + 1) is not None:
        return False, None
    if noun + 1 < t0 and any(
        r.pos == "subst" and "pl" in r.numbers and "gen" in r.cases for r in doc.readings[noun + 1]
    ):
        return True, None  # "Grupa przedsiębiorców z Saksonii": a band of unnamed ones, no parent group
    kinds = doc.lemmas(noun) & lex.parent_noun
    # "grupy Y", "Grupa Y" (the noun heads the name), "grupy kapitałowej Y" (an adjective between); a group named by
    # another parent noun ("koncernem Y") is not taken up: "Grupa X podpisała umowę z koncernem Y. Grupa zatrudnia…"
    # speaks of X
    named = [
        doc.entities[m.entity].id
        for m in _owners_before(doc, doc.sent_of[t0], 3, noun)
        if (m.t0 > 0 and doc.lemmas(m.t0 - 1) & kinds)
        or m.head in kinds
        or doc.lemmas(m.t0) & kinds
        or (m.t0 > 1 and doc.lemmas(m.t0 - 2) & kinds and any(r.pos == "adj" for r in doc.readings[m.t0 - 1]))
    ]
    if named:
        return True, named[-1]
    # "X Polska, spółka zależna koreańskiego koncernu, zainwestuje… Koncern zatrudnia na świecie 30 tys. osób": the
    # group the text spoke of before without its name is another than the company named: nobody's figure, decided
    s0 = doc.sent_span[max(0, doc.sent_of[t0] - 3)][0]
    # said in the genitive or dative ("spółka zależna koncernu", "należy do grupy"), not as the named firm's own
    # predicate ("Spółka X to największy polski koncern paliwowy. Koncern zatrudnia 30 tys. osób": X's)
    unnamed_before = any(
        doc.mention_at(i) is None
        and doc.mention_at(i + 1) is None
        and any(r.lemma in kinds and r.pos == "subst" and r.cases & {"gen", "dat"} for r in doc.readings[i])
        for i in range(s0, min(noun, doc.sent_span[doc.sent_of[t0]][0]))
    )
    return (True, None) if unnamed_before else (False, None)


def _counted_antecedent(doc: Doc, t0: int, lex: _Words) -> int | None:
    """The number that counts the firms a relative clause with the number in it speaks of ("działa 120 firm, które
    zatrudniają 30 tys. osób": the token of "120"), or None."""
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    a = t0
    while a > s0 and doc.tokens[a - 1].text not in _CLAUSE_MARKS:
        a -= 1
    if a < 3 or a >= t0 or doc.tokens[a - 1].text != "," or not doc.lemmas(a) & lex.relative:
        return None
    return a - 3 if _counted_firms(doc, a - 2, lex) else None


def _counted_firms(doc: Doc, b: int, lex: _Words) -> bool:
    """Whether token b is a plural noun of unnamed firms right after a number ("120 firm", "40 przedsiębiorstw")."""
    return (
        b > 0
        and doc.tokens[b - 1].text[:1].isdigit()
        and any(
            r.pos == "subst" and "pl" in r.numbers and r.lemma in lex.company_noun for r in doc.readings[b]
        )
    )


def _relative_agent(doc: Doc, t0: int, lex: _Words) -> str | None:
    """ "Koszt hali, którą wybuduje firma X, wyniesie 30 mln zł": where the number's clause opens with a linking verb
    after a relative clause set off by commas, and the link's subject before that clause names no organisation, the
    organisation in the nominative inside the relative clause (who builds, realises or buys the thing priced); so
    too where the clause before the relative one names a plant ("Zakład, który wybudowała firma X, zatrudnia 340
    osób": the plant's headcount is its builder's)."""
    a, _b = _clause(doc, t0)
    before = _after_relative(doc, a, lex.relative)
    if before is None:
        return None
    sa, ra = before
    if not doc.lemmas(a) & lex.link and not any(_facility_noun(doc.lemmas(i), lex) for i in range(sa, ra)):
        return None
    if not any(doc.lemmas(i) & (lex.builder | lex.purchase) for i in range(ra, a)):
        return None  # "Hala, którą wynajmuje firma X, …": a tenant, no builder or buyer
    agent = None
    for n in doc.mentions_in(doc.sent_of[t0]):
        m = doc.mentions[n]
        if m.type != "organization" or m.entity < 0:
            continue
        if sa <= m.t0 < ra:
            return None  # "Hala spółki X, którą zbuduje firma Y, …": the subject names its owner
        if (
            ra <= m.t0 < a
            and agent is None
            and _nominative(doc, m)
            and not _other_party(doc, m, lex.other_party)
        ):
            agent = m  # not "którą kupiło miasto od firmy X": the seller
    if agent is None or doc.entities[agent.entity].subtype in _NOT_OWNERS:
        return None
    return doc.entities[agent.entity].id


def _unnamed_capitalised(doc: Doc, b: int, s0: int) -> tuple[bool, str | None]:
    """The answer for an antecedent at token b that is no mention: a capitalised word is a name, the short form of an
    organisation named before where it is one ("X, który osiągnął 180 mln zł przychodów" after "Zakłady X sp. z
    o.o."), else an owner the text does not name (but not a sentence's first word); a lower-case word is none."""
    if doc.tokens[b].is_cap:
        short = _short_form_org(doc, b)
        if short is not None:
            return True, short
        return (True, None) if b > s0 else (False, None)
    return False, None


def _short_form_org(doc: Doc, i: int) -> str | None:
    """The one organisation whose name holds the capitalised word at token i as one of its words, named before it
    (a short form: "Zakłady Ceramiczne X sp. z o.o. … X, który …"), where the name finder left the word alone."""
    word = doc.tokens[i].text
    start = doc.tokens[i].start
    found = {
        e.id
        for e in doc.entities
        if e.type == "organization"
        and e.subtype not in _NOT_OWNERS
        and e.mentions
        and min(doc.mentions[n].start for n in e.mentions) < start
        and word in e.name.split()
    }
    return found.pop() if len(found) == 1 else None


_NAME_WORDS = 3  # the capitalised words a sentence's unnamed subject may have ("Brennvik Drives", "Obermann Gusstechnik")


def _name_like(doc: Doc, k: int) -> bool:
    """Whether token k reads as a name's word only: capitalised, no mention, and no reading of a common word
    (unknown to the dictionary, or a proper name's), or a word with a capital inside among small letters ("ProMetal"):
    "Brennvik", "Obermann"; not "Firma", "Dziś", "Nowy", nor an acronym ("KSSE") the name finder may know otherwise."""
    tok = doc.tokens[k]
    if not (tok.is_word and tok.is_cap and doc.mention_at(k) is None):
        return False
    inner = tok.text[1:]
    if any(c.isupper() for c in inner) and any(c.islower() for c in inner):
        return True
    return all(r.pos == "ign" or r.proper or r.lemma[:1].isupper() for r in doc.readings[k])


def _unnamed_opening_subject(doc: Doc, t0: int, lex: _Words) -> tuple[bool, str | None]:
    """A sentence that opens with capitalised words the name finder left alone, right before its verb or before an
    apposition after which the number's clause opens with its verb ("Brennvik Drives zbuduje halę za 210 mln zł", "Obermann
    Gusstechnik, austriacki producent łożysk, uruchomił w parku linię za 60 mln zł"), has them for its subject: the
    organisation whose name holds one of the words where the text named one before (a short form), never a name of
    another sentence or of a later clause; before an apposition, a name the text has not named is an owner it does
    not name (decided, no owner)."""
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    k = s0
    while k < t0 and k - s0 < _NAME_WORDS and _name_like(doc, k):
        k += 1
    if k == s0 or k >= t0:
        return False, None
    a, _b = _clause(doc, t0)
    if a == s0:
        verb = k + 1 if k + 1 < t0 and any(r.pos == "adv" for r in doc.readings[k]) else k
        if not any(r.pos in _FINITE for r in doc.readings[verb]):
            return False, None
    elif not (
        doc.tokens[k].text == ","
        and _opens_with_verb(doc, a, t0, lex)
        and not any(
            doc.mentions[n].type == "organization" and k < doc.mentions[n].t0 < a
            for n in doc.mentions_in(doc.sent_of[t0])
        )
    ):
        return False, None
    for j in range(s0, k):
        short = _short_form_org(doc, j)
        if short is not None:
            return True, short
    # a name the text has not named before: no owner where an apposition presents it as a firm of its own, its first
    # noun a firm's kind ("Obermann Gusstechnik, austriacki producent łożysk, …"); a word alone before the verb may be an
    # alias the name finder knows otherwise ("Drzewoklaster powstał z inicjatywy 19 firm"), left to the rules after
    if a == s0:
        return False, None
    head = next(  # the apposition's first noun, past its adjectives ("niemiecki producent")
        (
            i
            for i in range(k + 1, a)
            if any(r.pos == "subst" for r in doc.readings[i])
            and not any(r.pos == "adj" for r in doc.readings[i])
        ),
        None,
    )
    firm = head is not None and any(r.pos == "subst" and r.lemma in lex.firm_kind for r in doc.readings[head])
    return (
        (True, None) if firm else (False, None)
    )  # "Weidlich, niemiecki udziałowiec spółki, …" may be a person


def _apposition_before_dash(doc: Doc, s0: int, comma: int) -> str | None:
    """The organisation named right before a dash whose apposition, a lower-case noun phrase, runs up to the
    relative clause's comma ("sieć X – stowarzyszenie z siedzibą w Y, które zrzesza 40 firm"): the pronoun takes up
    the apposition, and so the name."""
    d = comma - 1
    while d > s0 and doc.tokens[d].text not in DASHES:
        if doc.tokens[d].text in _CLAUSE_MARKS or doc.tokens[d].text == ".":
            return None
        d -= 1
    if d <= s0 or d + 1 >= comma or doc.tokens[d + 1].is_cap or doc.tokens[d].text not in DASHES:
        return None
    e = d
    if doc.tokens[e - 1].text == ")":  # "sieć X (SX) – związek, który …": the short form in brackets
        while e > s0 and doc.tokens[e - 1].text != "(":
            e -= 1
        e -= 1
    n = doc.mention_at(e - 1) if e > s0 else None
    if n is None:
        return None
    m = doc.mentions[n]
    if m.t1 != e or m.type != "organization" or m.entity < 0 or doc.entities[m.entity].subtype in _NOT_OWNERS:
        return None
    return doc.entities[m.entity].id


def _inserted_span(doc: Doc, t0: int, lex: _Words) -> tuple[int, int]:
    """The tokens of a relative clause inserted between a sentence's opening subject and its verb ("Firma, która
    współpracuje z koncernem X, wybuduje halę za 25 mln zł"): from the sentence's first comma, a relative pronoun
    after it, to the clause of the number at ``t0``, where that clause opens with a finite verb; names there own
    nothing of it."""
    a, _b = _clause(doc, t0)
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    if a <= s0 or not any(r.pos in _FINITE for r in doc.readings[a]):
        return 0, 0
    first = next((i for i in range(s0, a) if doc.tokens[i].text == ","), a)
    if first + 1 >= a or not doc.lemmas(first + 1) & lex.relative:
        return 0, 0  # "Drugi inwestor, spółka X, zainwestuje": an apposition names the subject itself
    return first, a


_POSSESSED = frozenset({"investment", "jobs"})


def _investment_possessor(doc: Doc, t0: int, metric: str, lex: _Words) -> str | None:
    """ "Strefa wspiera inwestycję firmy X o wartości 45 mln zł", "Inwestycja koncernu X pochłonie 500 mln zł": the
    organisation named right after an investment noun of the number's clause (a kind noun may stand between) is
    the investor, whatever the subject of the clause."""
    if metric not in _POSSESSED:
        return None
    a, b = _clause(doc, t0)
    for i in range(a, b - 1):
        if i == t0 or not doc.lemmas(i) & lex.investment_noun:
            continue
        for k in (i + 1, i + 2):
            n = doc.mention_at(k) if k < b else None
            if n is None:
                continue
            m = doc.mentions[n]
            if (
                m.t0 == k
                and m.type == "organization"
                and m.entity >= 0
                and doc.entities[m.entity].subtype not in _NOT_OWNERS
                and (k == i + 1 or _genitive_noun(doc, i + 1))
            ):
                return doc.entities[m.entity].id
            if (
                m.t0 == k == i + 1
                and metric in _COUNTRY_METRICS
                and m.type == "place"
                and m.subtype in _ACTING_PLACES
                and m.entity >= 0
            ):
                return doc.entities[
                    m.entity
                ].id  # "Inwestycje Korei Południowej w Polsce przekroczyły 2 mld dolarów"
            break
    return None


def _genitive_noun(doc: Doc, i: int) -> bool:
    """A lower-case noun that may stand in the genitive ("inwestycja firmy X")."""
    return not doc.tokens[i].is_cap and any(r.pos == "subst" and "gen" in r.cases for r in doc.readings[i])


def _company_before(doc: Doc, t: int) -> bool:
    """Whether a company is named before token ``t``."""
    start = doc.tokens[t].start
    for m in doc.mentions:  # in text order
        if m.start >= start:
            return False
        if m.type == "organization" and m.entity >= 0 and doc.entities[m.entity].subtype == "company":
            return True
    return False
