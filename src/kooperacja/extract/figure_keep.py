"""Keep-or-drop tests for a number once its metric is known: parts and increments of a total, plans and
wishes, contractors' prices, counts of places, ranking sizes, newcomers, and the price of a plant as its
investment."""

from __future__ import annotations

from functools import cache

from kooperacja.extract.cues import tag_classes
from kooperacja.extract.doc import Doc
from kooperacja.extract.figure_clause import (
    _FINITE,
    _NOT_OWNERS,
    _clause,
    _name_before,
    _nominative,
    _other_party,
)
from kooperacja.extract.figure_lexicon import _facility_noun, _Words, _words
from kooperacja.text.tokens import DASHES


def _bracketed_after_investor(doc: Doc, t0: int) -> bool:
    """Money in brackets or after a dash right after the name of a company that invests in the document
    ("decyzje otrzymały spółki A (12 mln zł) i B (30 mln zł)", a list line "A (Kutno) – 12 mln zł")."""
    k = t0 - 1
    if k < 1 or doc.tokens[k].text not in _AFTER_NAME_MARKS:
        return False
    k -= 1
    if doc.tokens[k].text == ")":  # "A (Kutno) – 12 mln zł": a bracketed place between
        s0 = doc.sent_span[doc.sent_of[t0]][0]
        while k > s0 and doc.tokens[k].text != "(":
            k -= 1
        if doc.tokens[k].text != "(":
            return False  # no opening bracket in the sentence: nothing to step over
        k -= 1
    n = doc.mention_at(k) if k >= 0 else None
    if n is not None and doc.mentions[n].type == "place":
        # "spółki A w Toruniu (95 mln zł, 300 miejsc pracy)": a place after a preposition between
        p0 = doc.mentions[n].t0 - 1
        n = doc.mention_at(p0 - 1) if p0 >= 1 and doc.is_preposition(p0) else None
    if n is None or doc.mentions[n].entity < 0 or doc.mentions[n].type != "organization":
        return False
    ent = doc.entities[doc.mentions[n].entity].id
    if doc.tokens[t0 - 1].text == "(" and _bracket_counts(doc, t0):
        return doc.entities[doc.mentions[n].entity].subtype == "company"  # "A (95 mln zł, 300 miejsc pracy)"
    return any(
        p["entity"] == ent and p["role"] == "investor"
        for ev in doc.events
        if ev["type"] == "investment"
        for p in ev["participants"]
    )


def _bracketed_project(doc: Doc, t0: int, t1: int, lex: _Words) -> bool:
    """Money that closes a bracket opened by a plant's noun, after a comma, right after a company's name (maybe
    with its town after a preposition): a round-up's line of one project, its plant and its cost ("decyzje
    otrzymały: firma A z Sanoka (hala magazynowa, 14 mln zł) oraz B (linia lakiernicza, ok. 9 mln zł)"). Only the
    unit stands between the money and the bracket's end ("1,2 mln zł rocznie)": a yearly fee), and the sentence,
    or the one before, speaks of investments or support decisions (`_project_round_up`)."""
    s0, s1 = doc.sent_span[doc.sent_of[t0]]
    if t0 - 1 <= s0 or doc.tokens[t0 - 1].text != "," or t1 >= s1 or doc.tokens[t1].text != ")":
        return False
    k = t0 - 2
    while k > s0 and doc.tokens[k].text not in ("(", ")", ",") and not doc.tokens[k].text[:1].isdigit():
        k -= 1
    if doc.tokens[k].text != "(" or not _facility_noun(doc.lemmas(k + 1), lex):
        return False
    n = doc.mention_at(k - 1) if k >= 1 else None
    if n is not None and doc.mentions[n].type == "place":
        p0 = doc.mentions[n].t0 - 1  # "firma A z Sanoka (…)": the town after a preposition
        n = doc.mention_at(p0 - 1) if p0 >= 1 and doc.is_preposition(p0) else None
    if n is None or doc.mentions[n].entity < 0 or doc.mentions[n].type != "organization":
        return False
    company = doc.entities[doc.mentions[n].entity].subtype == "company"
    return company and _project_round_up(doc, doc.sent_of[t0], lex)


def _project_round_up(doc: Doc, sent: int, lex: _Words) -> bool:
    """Whether the sentence, or else the one before, names an investment or a support decision (`project_cue`)
    and no contract, grant, sale, lease or revenue (`project_not`) in the sentence that names it or in ``sent``:
    "Umowy podpisały: firma A (hala sportowa, 14 mln zł)" gives a contract's value, "Dotacje otrzymały: …" grants,
    "… – podano przychody" revenues, none an investment."""
    firsts = frozenset(p[0] for p in lex.project_cue)
    for s in (sent, sent - 1):
        if s < 0:
            return False
        s0, s1 = doc.sent_span[s]
        if any(doc.lemmas(i) & lex.project_not for i in range(s0, s1)):
            return False
        if any(
            all(i + j < s1 and w in doc.lemmas(i + j) for j, w in enumerate(p))
            for i in range(s0, s1)
            if doc.lemmas(i) & firsts
            for p in lex.project_cue
        ):
            return True
    return False


def _bracket_counts(doc: Doc, t0: int) -> bool:
    """Whether the bracket the money opens goes on, after a comma, to a count of something named ("(95 mln zł, 300
    miejsc pracy)"): the line of a project, its money and its jobs (the count's own metric read by its words)."""
    end = doc.sent_span[doc.sent_of[t0]][1]
    comma = next((i for i in range(t0, end) if doc.tokens[i].text in (",", ")")), None)
    if comma is None or doc.tokens[comma].text != "," or comma + 2 >= end:
        return False
    if not (doc.tokens[comma + 1].text[:1].isdigit() and doc.tokens[comma + 2].is_word):
        return False
    # the count is one of jobs or staff ("300 miejsc pracy", "120 pracowników"), not months or lots: "zdobyła spółka X
    # (120 mln zł, 18 miesięcy)" is a contract's line, no investment
    lex = _words(doc.lang)
    lemmas = doc.lemmas(comma + 2)
    return bool(lemmas & lex.hired_noun) or any(
        lex.metrics[r][1] in ("jobs", "employees") and lex.metrics[r][3] > 0
        for w in lemmas
        for r in lex.metric_index.get(w, ())
    )


_AFTER_NAME_MARKS = frozenset({"(", ":"}) | DASHES


def _annexing(doc: Doc, t0: int, lex: _Words) -> bool:
    """A verb of annexing ("włączono", "dołączone zostaną", "wniosek o włączenie") in the sentence; a gerund after
    a preposition of time states a total ("po poszerzeniu strefa ma 900 ha"). A number in a relative clause is
    read in that clause only ("dołączył do sieci X – związku, który skupia 40 firm": the joining is the
    subject's, the 40 firms the network's total)."""
    s0, s1 = _coordinated_span(doc, t0)
    a, b = _clause(doc, t0)
    if a > s0 and doc.tokens[a - 1].text == "," and doc.lemmas(a) & lex.relative:
        s0, s1 = a, b
    for i in range(s0, s1):
        for r in doc.readings[i]:
            if r.lemma in lex.annexing and (
                r.pos != "ger" or not (i > s0 and doc.tokens[i - 1].lower in lex.after)
            ):
                return True
    return False


def _coordinated_span(doc: Doc, t0: int) -> tuple[int, int]:
    """The tokens of the number's sentence between the coordinating joints around it: a comma before a conjunction
    ("…, a w ubiegłym roku powiększyła się o 120 ha") or a semicolon, where a joined clause has a number of its own
    (else the whole sentence). A verb of the clause joined so says nothing of the number ("Strefa obejmuje 1,8 tys. ha, a w ubiegłym roku powiększyła się o 120 ha": 1800 ha is the total)."""
    s0, s1 = doc.sent_span[doc.sent_of[t0]]

    def joint(i: int) -> bool:
        return doc.tokens[i].text == ";" or (
            doc.tokens[i].text == "," and i + 1 < s1 and any(r.pos == "conj" for r in doc.readings[i + 1])
        )

    a = next((i + 1 for i in range(t0 - 1, s0 - 1, -1) if joint(i)), s0)
    b = next((i for i in range(t0, s1) if joint(i)), s1)
    if not any(any(c.isdigit() for c in doc.tokens[i].text) for i in (*range(s0, a), *range(b, s1))):
        return s0, s1  # "włączono nowe grunty, a ich powierzchnia to 35 ha": the number is the annexed land's
    return a, b


def _points_back(doc: Doc, t0: int, t1: int, lex: _Words) -> bool:
    """A pronoun that stands for a counted noun within four words before the count, in its clause; the count
    counts no noun of its own ("a ich 12 zakładów" counts plants)."""
    a, _b = _clause(doc, t0)
    if t1 < len(doc.tokens) and any(r.pos == "subst" for r in doc.readings[t1]):
        return False
    return any(doc.tokens[k].lower in lex.points_back for k in range(max(a, t0 - 4), t0))


def _noun_left_out(doc: Doc, t0: int, t1: int, lex: _Words) -> bool:
    """A count followed by an adjective whose noun is left out, the clause or sentence ending there ("utrzyma 200
    etatów i stworzy 45 nowych."): the count counts the noun stated before it in the sentence."""
    n = len(doc.tokens)
    if t1 >= n or doc.lemmas(t1).isdisjoint(lex.noun_left_out):
        return False
    return t1 + 1 >= n or not doc.tokens[t1 + 1].is_word or doc.sent_of[t1 + 1] != doc.sent_of[t0]


_FOUNDED_KINDS = frozenset({"cluster", "business_association"})


def _founded_body_named(doc: Doc, t0: int) -> bool:
    """Whether a cluster or an association is named after the number in its sentence, the body that the parties
    counted found ("przedstawiciele 22 instytucji podpisali porozumienie o utworzeniu Klastra X": its partners)."""
    start = doc.tokens[t0].start
    return any(
        m.start > start
        and m.type == "organization"
        and m.entity >= 0
        and doc.entities[m.entity].subtype in _FOUNDED_KINDS
        for m in (doc.mentions[n] for n in doc.mentions_in(doc.sent_of[t0]))
    )


def _founding_signed(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether the number's sentence or the one before states a founding (a founding verb or its gerund) and
    names a cluster or an association: the body that the signatories counted found."""
    s = doc.sent_of[t0]
    first = doc.sent_span[max(0, s - 1)][0]
    last = doc.sent_span[s][1]
    founding = any(
        doc.lemmas(i) & lex.founding
        or any(r.pos == "ger" and r.lemma in lex.founding for r in doc.readings[i])
        for i in range(first, last)
    )
    return founding and any(
        m.type == "organization" and m.entity >= 0 and doc.entities[m.entity].subtype in _FOUNDED_KINDS
        for m in (doc.mentions[n] for t in range(max(0, s - 1), s + 1) for n in doc.mentions_in(t))
    )


def _breakdown(doc: Doc, t0: int, lex: _Words) -> bool:
    """ "…, w tym 40 ha i 15 ha", "o 12 ha": parts and increments of a total are no figures."""
    toks = doc.tokens
    longest = max((len(b) for b in lex.breakdown), default=0)
    words = tuple(toks[k].lower for k in range(max(0, t0 - longest), t0))
    if any(words[-len(b) :] == b for b in lex.breakdown if len(words) >= len(b)):
        return True
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    a, _b = _clause(doc, t0)
    named = doc.mention_at(a - 2) if a - 2 > s0 else None
    if named is not None and doc.mentions[named].type == "organization" and doc.lemmas(a) & lex.relative:
        s0 = a  # "…, w tym spółka X, która zatrudnia 800 osób": a relative clause on a name states its own figure
    # each phrase is tried only where its first word stands (one set test per word of the sentence before)
    firsts = _first_words(lex.breakdown_before)
    if firsts is None:
        return any(
            all(toks[k + j].lower == w for j, w in enumerate(b))
            and not _period(doc, k + len(b) - 1, lex.period)
            and not _place_after(doc, k + len(b) - 1, lex.facility)
            for b in lex.breakdown_before
            for k in range(s0, t0 - len(b) + 1)
        )
    return any(
        all(toks[k + j].lower == w for j, w in enumerate(b))
        and not _period(doc, k + len(b) - 1, lex.period)
        and not _place_after(doc, k + len(b) - 1, lex.facility)
        for k in range(s0, t0)
        if toks[k].lower in firsts
        for b in lex.breakdown_before
        if k <= t0 - len(b)
    )


@cache
def _first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str] | None:
    """The first words of `phrases`; None when one of them is empty (then every position is tried)."""
    return frozenset(b[0] for b in phrases) if all(phrases) else None


_NOT_MONEY = frozenset({"count", "ha", "percent", "m2", "km2"})


def _contract_clause(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether the number's clause names a contract or a contractor before the number ("przetarg", "kontrakt",
    "wykonawca"); after it they say what the money serves ("zainwestuje 20 mln zł w linię do realizacji
    kontraktów")."""
    a, _b = _clause(doc, t0)
    if any(doc.lemmas(i) & lex.contract for i in range(a, t0)):
        return True
    # supplies or a bid ("umowa na dostawy o wartości 5 mln zł", "oferta opiewa na 8 mln zł") only with no verb of
    # their own before the money: "Po rozpoczęciu dostaw spółka X zainwestuje 60 mln zł" is X's investment
    return _ruling_word(doc, a, t0, lex.deal, lex)


def _sale_clause(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether a verb of selling or letting (`selling`) before the number in its clause, with no other verb between,
    makes the money a price or a rent ("Spółka X sprzedała budynek za 12 mln zł", "wydzierżawi hangar za 100 tys.
    zł rocznie"): nobody's investment; "X sprzedaje maszyny i zainwestuje 40 mln zł" stays X's."""
    a, _b = _clause(doc, t0)
    return _ruling_word(doc, a, t0, lex.selling, lex)


def _ruling_word(doc: Doc, a: int, t0: int, words: frozenset[str], lex: _Words) -> bool:
    """Whether one of `words` (lemmas) stands in tokens a..t0 with no finite verb but a linking one after its last
    place: the word, not another verb, governs the number."""
    last = next((i for i in range(t0 - 1, a - 1, -1) if doc.lemmas(i) & words), None)
    return last is not None and not any(
        doc.readings[i]
        and all(
            r.pos in _FINITE for r in doc.readings[i]
        )  # a verb only: "dostawy stali" (steel, not "they stood")
        and not doc.lemmas(i) & (lex.link | lex.copula)
        for i in range(last + 1, t0)
    )


def _client(doc: Doc, t0: int, lex: _Words) -> str | None:
    """The organisation a priced plant is built for ("Mirbud wybuduje dla firmy X halę za 50 mln zł": X), named
    after a client preposition in the number's clause, maybe after a kind noun, and after the clause's verb: before it
    the preposition belongs to another noun ("Dzięki dostawom dla BMW firma X zbuduje halę za 30 mln zł": X's)."""
    a, _b = _clause(doc, t0)
    verb = next((i for i in range(a, t0) if any(r.pos in _FINITE for r in doc.readings[i])), t0)
    for i in range(verb, t0 - 1):
        if doc.tokens[i].lower not in lex.client:
            continue
        for k in (i + 1, i + 2):
            n = doc.mention_at(k)
            if n is not None:
                m = doc.mentions[n]
                if m.t0 == k and m.type == "organization" and m.entity >= 0:
                    return (
                        doc.entities[m.entity].id
                        if doc.entities[m.entity].subtype not in _NOT_OWNERS
                        else None
                    )
                break
    return None


_PLACE_CASE = frozenset({"loc"})  # a noun only in the locative after a count: "w 30 zakładach"


def _oblique_noun_after(doc: Doc, t1: int) -> bool:
    """Whether the noun right after a count stands only in the locative ("w 30 zakładach", "na 12 liniach"): the
    count is inside a phrase of place and counts places, not the people or firms of a figure (a dative still
    counts them: "da pracę 220 osobom")."""
    if t1 >= len(doc.tokens):
        return False
    nouns = [r for r in doc.readings[t1] if r.pos == "subst"]
    return bool(nouns) and all(r.cases <= _PLACE_CASE for r in nouns)


def _superlative_after(doc: Doc, t1: int) -> bool:
    """Whether the word right after a count is an adjective in the superlative ("500 największych firm", "100
    najlepszych pracodawców"): the count is the size of a list or a ranking."""
    if t1 >= len(doc.tokens):
        return False
    readings = doc.readings[t1]
    return bool(readings) and all(r.pos == "adj" and r.tag.endswith(":sup") for r in readings)


_BRACKET_OR_DASH = frozenset({"("}) | DASHES


def _after_name(doc: Doc, t0: int) -> bool:
    """Whether the number follows an organisation's name right away, or after an opening bracket or a dash
    ("A (40 mln zł) i B (25 mln zł)", "A – 40 mln zł, B – 25 mln zł")."""
    return _name_before(doc, t0, _BRACKET_OR_DASH) is not None


_ACTIVE_VERB = tag_classes().active_verb  # a verb's active forms, no participle


def _priced_facility(doc: Doc, t0: int, lex: _Words) -> bool:
    """ "wybuduje halę za 25 mln zł": money after a preposition of price, in a clause that names a plant, or one
    that buys a named organisation ("Grupa X przejęła spółkę Y za 200 mln zł": the price of a takeover is the
    buyer's investment; not "kupiła działkę od firmy Y za 2 mln zł", where the firm is the seller)."""
    if t0 == 0 or doc.tokens[t0 - 1].lower not in lex.price:
        return False
    if not doc.tokens[t0 - 1].is_word and _money_before(doc, t0):
        return False  # "Koszt to 25 mln zł: budowa hali – 20 mln zł, maszyny – 5 mln zł": parts of the total before
    a, b = _clause(doc, t0)
    bought = _machine_bought(doc, t0, a, b, lex)
    if any(
        _facility_noun(doc.lemmas(i), lex)
        or (bought and _machine_noun(doc, i, lex))
        or (doc.lemmas(i) & lex.built_facility and any(doc.lemmas(k) & lex.builder for k in range(a, i)))
        for i in range(a, t0 - 1)
    ):
        return True
    if t0 - 1 == a and any(
        (_facility_noun(doc.lemmas(i), lex) or (bought and _machine_noun(doc, i, lex)))
        and not doc.is_preposition(i - 1)
        for i in range(t0 + 1, b)
    ):
        return True  # "Za 15 mln zł spółka kupi nowe maszyny", "Za 9 mln zł wymieniono linię": the price opens the clause
    if _builder_at_price(doc, t0, a, b, lex) and any(
        _facility_noun(doc.lemmas(i), lex) and not doc.is_preposition(i - 1) for i in range(t0 + 1, b)
    ):
        # "która za 70 mln zł postawi nową tłocznię", "rozbuduje za 30 mln zł halę": the plant its subject builds
        # (not a passive "za 3 mln zł ma zostać zmodernizowana hala", where nobody builds it)
        return True
    verb = next((i for i in range(a, t0 - 1) if doc.lemmas(i) & lex.purchase), None)
    if verb is None:
        return False
    for n in doc.mentions_in(doc.sent_of[t0]):
        m = doc.mentions[n]
        if verb < m.t0 < t0 and m.type == "organization" and m.entity >= 0:
            k = m.t0 - 1
            if k > verb and any(r.pos == "subst" for r in doc.readings[k]):
                k -= 1  # "spółkę Y": the kind noun before the name
            return not doc.is_preposition(k)
    return False


_VERB_OR_PRED = tag_classes().verb_or_pred


def _builder_at_price(doc: Doc, t0: int, a: int, b: int, lex: _Words) -> bool:
    """Whether an active `plant_builder` verb stands right next to the price "za X zł" (before "za" or after the
    amount, with no other verb, conjunction or punctuation between: "postawi w tym roku za 70 mln zł", "za 30 mln zł
    rozbuduje"), in a clause with no verb of selling, letting, buying, lending, financing or supplying ("sprzedała za
    5 mln zł magazyn i postawi nowy": the price is a sale's) and a sentence with no contract nor contractor ("Tender
    wygrała firma X, która za 90 mln zł wybuduje halę") and no unnamed rival as the builder ("konkurent postawił za
    50 mln zł halę")."""
    other = lex.selling | lex.purchase | lex.lending | lex.financing | lex.supplier
    if any(doc.lemmas(i) & other for i in range(a, b)):
        return False
    s0, s1 = doc.sent_span[doc.sent_of[t0]]
    if any(doc.lemmas(i) & (lex.contract | lex.contractor) for i in range(s0, s1)):
        return False
    rival = next((i for i in range(t0 - 1, s0 - 1, -1) if doc.lemmas(i) & lex.rival), None)
    if rival is not None and not any(doc.mention_at(i) is not None for i in range(rival, t0)):
        return False

    def at(i: int) -> bool | None:  # True: the builder; False: another verb or a break; None: go on
        readings = doc.readings[i]
        if any(r.lemma in lex.plant_builder and r.pos in _ACTIVE_VERB for r in readings):
            return True
        if not doc.tokens[i].is_word or any(r.pos == "conj" for r in readings):
            return False
        if readings and all(r.pos in _VERB_OR_PRED for r in readings):
            return False
        return None

    for steps in (range(t0 - 2, a - 1, -1), range(t0 + 1, b)):
        for i in steps:
            hit = at(i)
            if hit is not None:
                if hit:
                    return True
                break
    return False


def _machine_bought(doc: Doc, t0: int, a: int, b: int, lex: _Words) -> bool:
    """Whether a machine priced in the clause ``a``..``b`` is bought by its subject: no `supplier` verb in the clause
    ("Firma X dostarczy sprzęt za 2 mln zł", "Roboty za 6 mln zł wykona firma X") and no organisation in the sentence
    after an `other_party` word ("kupiło od firmy X urządzenia", "na zlecenie spółki X")."""
    if any(doc.lemmas(i) & lex.supplier for i in range(a, b)):
        return False
    for n in doc.mentions_in(doc.sent_of[t0]):
        m = doc.mentions[n]
        if m.type == "organization" and _other_party(doc, m, lex.other_party):
            return False
    return True


def _money_before(doc: Doc, t0: int) -> bool:
    """Whether an amount of money stands earlier in the number's sentence."""
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    lo, hi = doc.tokens[s0].start, doc.tokens[t0].start
    return any(lo <= m.start < hi and m.unit not in _NOT_MONEY and m.kind == "amount" for m in doc.amounts)


def _growth_range(doc: Doc, t0: int, t1: int, lex: _Words) -> int:
    """ "zwiększy zatrudnienie z 300 do 450 osób": in a clause of growth, the count after "z" that a count after
    "do" follows is the old headcount (-1), the count after "do" the new one (1); else 0."""
    toks = doc.tokens
    if toks[t0].lower in lex.growth_to:
        t0 += 1  # the amount's span holds its qualifier ("do 450 osób")
    if t0 > 0 and toks[t0 - 1].lower in lex.growth_from and t1 + 1 < len(toks):
        side, first = -1, t0 - 1
        if toks[t1].lower not in lex.growth_to or not toks[t1 + 1].text[:1].isdigit():
            return 0
    elif t0 > 2 and toks[t0 - 1].lower in lex.growth_to and toks[t0 - 3].lower in lex.growth_from:
        side, first = 1, t0 - 3
        if not toks[t0 - 2].text[:1].isdigit():
            return 0
    else:
        return 0
    return side if _grown(doc, t0, lex, first) else 0


def _growth(doc: Doc, t0: int, lex: _Words) -> bool:
    """ "zwiększy zatrudnienie o 120 osób", "zatrudnienie wzrośnie o 50 etatów": employment grown by a number
    (a word of growth before "o" in the number's clause) is that many jobs created."""
    if t0 == 0 or (doc.tokens[t0 - 1].lower,) not in lex.breakdown:
        return False
    return _grown(doc, t0, lex, t0 - 1)


def _grown(doc: Doc, t0: int, lex: _Words, end: int | None = None) -> bool:
    """Whether a word of growth stands before the number (before token ``end`` where given) in its clause
    ("Przychody wzrosły w 2023 roku do …")."""
    a, _b = _clause(doc, t0)
    return any(doc.lemmas(i) & lex.growth for i in range(a, t0 if end is None else end))


def _period(doc: Doc, i: int, period: frozenset[str]) -> bool:
    """Whether a period noun follows ``i`` ("w tym roku", "w tym kwartale"): a time, not a breakdown."""
    return i + 1 < len(doc.tokens) and bool(doc.lemmas(i + 1) & period)


def _place_after(doc: Doc, i: int, facility: frozenset[str]) -> bool:
    """Whether a facility noun in the singular locative follows ``i`` ("w tym zakładzie pracuje 450 osób"): a
    demonstrative before the plant, not a breakdown ("w tym spółka X" is one)."""
    return i + 1 < len(doc.tokens) and any(
        r.lemma in facility and r.pos == "subst" and "loc" in r.cases and "sg" in r.numbers
        for r in doc.readings[i + 1]
    )


def _future_clause(doc: Doc, t0: int, lex: _Words) -> bool:
    """A future auxiliary ("będzie", "będą") in the number's clause."""
    a, b = _clause(doc, t0)
    return any(doc.tokens[i].lower in lex.future for i in range(a, b))


def _planned(doc: Doc, t0: int, lex: _Words, metric: str | None = None) -> bool:
    """A plan or wish before the number ("Chcemy kupić działkę o powierzchni 40 ha"); "może być" is none, and
    neither is a participle: "deklarowane nakłady 50 mln zł" state a figure. The money of an investment that a
    firm plans ("Spółka X planuje zainwestować 80 mln zł") is stated like the money it will invest, unless the
    plan has no time ("zamierza kiedyś zainwestować"): a wish ("chce zainwestować") is none."""
    s0, s1 = doc.sent_span[doc.sent_of[t0]]
    firm = metric == "investment" and not any(doc.lemmas(i) & lex.vague for i in range(s0, s1))
    for i in range(s0, t0):
        for r in doc.readings[i]:
            if lex.modality.get(r.lemma.lower()) != "plan" or r.pos not in _CLAUSE_VERB:
                continue
            if firm and r.lemma in lex.firm_plan:
                continue
            infs = [x.lemma for k in range(i + 1, min(t0, i + 5)) for x in doc.readings[k] if x.pos == "inf"]
            if infs and infs[0] not in lex.copula:
                return True
    return False


def _counted_firms_before(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether the number's clause, before it, counts firms in a phrase ("W 50 firmach z branży metalowej pracuje
    26 tys. osób", "w blisko 50 firmach", "dla 40 spółek z kapitałem niemieckim pracuje 9 tys. osób"), with no organisation named there as a subject:
    the number is the sum over those firms, a part of a total (by sector, origin or place), nobody's figure. With
    an organisation in the clause the firms are its own ("Grupa X zatrudnia w 3 spółkach 900 osób")."""
    a, _b = _clause(doc, t0)
    toks = doc.tokens
    hit = False
    for j in range(a + 1, t0 - 1):
        if (
            not toks[j].is_word
            and toks[j].text[:1].isdigit()
            and (
                toks[j - 1].lower in lex.part_of
                or (j - 2 >= a and toks[j - 2].lower in lex.part_of and not _noun(doc, j - 1))
            )
            and any(
                r.pos == "subst" and "pl" in r.numbers and r.lemma in lex.firm_kind
                for r in doc.readings[j + 1]
            )
        ):
            hit = True
            break
    if not hit:
        return False
    start, end = toks[a].start, toks[t0].start
    return not any(
        m.type == "organization" and start <= m.start < end and _nominative(doc, m)
        for m in (doc.mentions[n] for n in doc.mentions_in(doc.sent_of[t0]))
    )


def _noun(doc: Doc, i: int) -> bool:
    """Whether token ``i`` may be read as a noun."""
    return any(r.pos == "subst" for r in doc.readings[i])


def _counts_units(doc: Doc, t1: int, lex: _Words) -> bool:
    """Whether the count right before ``t1`` counts an organisation's own units, its regional chambers, branches
    or offices ("zrzesza 25 regionalnych izb", "ma 16 oddziałów"; an adjective may stand between): parts of the
    body, not its members or firms."""
    for i in (t1, t1 + 1):
        if i >= len(doc.tokens) or not doc.tokens[i].is_word:
            return False
        if any(r.pos == "subst" and r.lemma in lex.unit_noun for r in doc.readings[i]):
            return True
        if not all(r.pos == "adj" for r in doc.readings[i]):
            return False
    return False


_PERIOD_LEAD = (
    5  # how many words may open a sentence before its subject, a span of time ("Tylko ostatnie dwa")
)


def _period_subject(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether the number's sentence opens with a part of a year as its subject ("Tylko ostatnie dwa miesiące
    przyniosły 86 projektów o wartości 6 mld zł", "Pierwszy kwartał przyniósł 400 nowych miejsc pracy"): the sum
    for part of a period, a breakdown of a total, no figure. Only particles, adjectives and numerals may stand
    before the noun (no word that can only be a noun, a preposition or a verb)."""
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    for i in range(s0, min(t0, s0 + _PERIOD_LEAD)):
        readings = doc.readings[i]
        if any(r.pos == "subst" and r.lemma in lex.part_period and "nom" in r.cases for r in readings):
            # the noun is the subject where a finite verb follows it ("Miesiąc temu spółka…" has none)
            return i + 1 < t0 and any(r.pos in _FINITE for r in doc.readings[i + 1])
        if (
            not doc.tokens[i].is_word
            or doc.mention_at(i) is not None
            or all(r.pos in _NOT_LEAD_POS for r in readings)
        ):
            return False
    return False


# the parts of speech of words that may not open a sentence before its subject (a word that may be read otherwise may:
# "Tylko ostatnie dwa")
_CLAUSE_VERB = tag_classes().clause_verb
_NOT_LEAD_POS = tag_classes().clause_or_inf | {"subst", "prep", "ger", "brev", "depr"}


_NOUNS = frozenset({"subst", "ger"})


def _priced_goods(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether a verb of costing before the number in its clause has as its subject (the first noun in the
    nominative before the verb, outside any name, and not a word that may be an adjective) goods sold by the piece
    or a unit (`priced_goods`): "Nowy ciągnik z fabryki X będzie kosztował 400 tys. zł", "metr kwadratowy kosztuje
    średnio 16 tys. zł" state prices, no figure; any other subject ("Hala kosztowała 12 mln zł", "Pierwszy etap
    kosztował…", "Zakup maszyn kosztował…") or none ("Kosztowało to 30 mln zł") states an investment."""
    a, _b = _clause(doc, t0)
    verb = next((i for i in range(t0 - 1, a - 1, -1) if doc.lemmas(i) & lex.cost_verb), None)
    if verb is None:
        return False
    for i in range(a, verb):
        nouns = [r for r in doc.readings[i] if r.pos in _NOUNS and "nom" in r.cases]
        if not nouns or doc.mention_at(i) is not None or any(r.pos == "adj" for r in doc.readings[i]):
            continue  # a word that may be an adjective ("Nowa hala") qualifies the noun after it
        return bool(doc.lemmas(i) & lex.priced_goods)
    return False


def _wished(doc: Doc, t0: int, lex: _Words) -> bool:
    """A word of a dream before the number in its clause ("Marzy nam się fabryka za miliard złotych"), or in the
    clause before one that opens with a complementiser ("Marzy mi się, że zatrudnimy tysiąc osób"): a wish."""
    a, _b = _clause(doc, t0)
    if a > doc.sent_span[doc.sent_of[t0]][0] + 1 and doc.tokens[a].lower in lex.complement:
        a = _clause(doc, a - 2)[0]
    return any(doc.lemmas(i) & lex.wish for i in range(a, t0))


def _averaged(doc: Doc, t0: int, lex: _Words) -> bool:
    """An adverb of an average, or an adjective of one before a noun of value, before the number in its clause and
    outside any name ("kosztuje średnio 450 tys. zł", "Średnia wartość projektu to 20 mln zł"; not "małych i
    średnich firm"): an average, nobody's figure. The adverb averages only where no organisation in the nominative
    before the number is the clause's subject: "Spółka X zatrudnia średnio 300 osób" is X's own headcount."""
    a, _b = _clause(doc, t0)
    if any(
        doc.mention_at(i) is None and doc.lemmas(i) & lex.average_adj and doc.lemmas(i + 1) & lex.average_of
        for i in range(a, t0)
    ):
        return True
    if not any(doc.mention_at(i) is None and doc.lemmas(i) & lex.average for i in range(a, t0)):
        return False
    return not any(
        m.type == "organization" and a <= m.t0 and m.t1 <= t0 and _nominative(doc, m)
        for m in (doc.mentions[n] for n in doc.mentions_in(doc.sent_of[t0]))
    )


_PAST = frozenset({"praet"})


def _dated_past(doc: Doc, t0: int, dated: frozenset[int]) -> bool:
    """Whether the number's clause holds a year or a relative date and a verb in the past tense ("W 2010 roku
    pracowało w niej 150 osób"): a figure of that time."""
    a, b = _clause(doc, t0)
    return any(i in dated for i in range(a, b)) and any(
        r.pos in _PAST for i in range(a, b) for r in doc.readings[i]
    )


def _machine_noun(doc: Doc, i: int, lex: _Words) -> bool:
    """Whether token ``i`` names a machine: a `machine` noun, or a `machine_by_kind` noun that no reading makes the
    works noun sharing its forms ("12 robotów") or that an adjective of a machine's kind follows ("roboty
    spawalnicze"; not "roboty ziemne")."""
    lemmas = doc.lemmas(i)
    if lemmas & lex.machine:
        return True
    if not lemmas & lex.machine_by_kind:
        return False
    if not lemmas & lex.machine_works:
        return True
    return i + 1 < len(doc.tokens) and bool(doc.lemmas(i + 1) & lex.machine_kind)


def _grown_headcount(doc: Doc, t0: int, lex: _Words) -> bool:
    """ "Zatrudnienie w zakładzie spółki X wzrośnie do 700 osób", "… wzrośnie z 120 do 180 osób", "… wzrośnie o 50
    osób", "nasza załoga zwiększy się o dodatkowe 25 osób": a headcount noun in the nominative opening the clause as the subject of a word of growth right before
    "do" (or "o") and the number, however long the phrase between (no finite verb there): the new headcount (or that
    many more), jobs."""
    toks = doc.tokens
    k = t0 if toks[t0].lower in lex.growth_to else t0 - 1  # the amount's span may hold its "do"
    if k > 1 and doc.lemmas(k) & lex.added_before and (toks[k - 1].lower,) in lex.breakdown:
        k -= 1  # "o kolejne 30 osób": that many more
    if k < 1 or (toks[k].lower not in lex.growth_to and (toks[k].lower,) not in lex.breakdown):
        return False  # "do 700 osób", or grown "o 50 osób" (that many jobs)
    k -= 1
    if k > 1 and doc.lemmas(k) & lex.reflexive and doc.lemmas(k - 1) & lex.growth:
        k -= 1  # "załoga zwiększy się o 25 osób": the reflexive particle of the verb of growth
    if k >= 2 and toks[k].text[:1].isdigit() and toks[k - 1].lower in lex.growth_from:
        k -= 2  # "z 120 do 180": the old value between
    a, _b = _clause(doc, t0)
    if k <= a or not doc.lemmas(k) & lex.growth:
        return False
    for i in range(a, k):
        if doc.readings[i] and all(r.pos in _FINITE for r in doc.readings[i]):
            return False  # another verb's clause (a word that may be a noun too, "jesieni", is none)
        if doc.lemmas(i) & lex.headcount and any(
            r.pos == "subst" and "nom" in r.cases for r in doc.readings[i]
        ):
            return True
    return False


def _by_origin(doc: Doc, t1: int, lex: _Words) -> bool:
    """Whether the firms counted right before ``t1`` are qualified by their origin ("400 firm z kapitałem niemieckim",
    "30 firm z Niemiec", "12 spółek ze Szwecji"): a part of a total by origin, no figure."""
    for k in (t1 + 1, t1 + 2):
        if k + 1 >= len(doc.tokens) or doc.tokens[k].lower not in lex.origin_from:
            continue
        if doc.lemmas(k + 1) & lex.origin:
            return True
        n = doc.mention_at(k + 1)
        if n is None or doc.mentions[n].subtype != "country":
            return False
        after = doc.mentions[n].t1
        return (
            after >= len(doc.tokens) or doc.tokens[after].lower not in lex.together
        )  # not "z Polski i Niemiec"
    return False
