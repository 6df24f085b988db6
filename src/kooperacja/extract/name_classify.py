"""The name classifier: what a chunk that is no person names (organisation, place, event, prize or nothing).

The decision is an ordered table of small rules (`RULES`): each looks at the chunk and either takes it (adds a
mention, an event name, or drops it) and answers True, or answers False and leaves it to the next rule. The
chunk's properties that several rules read (its head noun, legal form, descriptor…) are computed once, when a
rule first asks for them."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import chain
from operator import attrgetter
from typing import Any

from kooperacja.extract.baseform import nominative, nominative_ex, restore_case, surface
from kooperacja.extract.cues import tag_classes
from kooperacja.extract.doc import Doc, Mention
from kooperacja.extract.entities import initials
from kooperacja.extract.gazetteer import companies, token_keys
from kooperacja.extract.name_companies import CompanyRules
from kooperacja.extract.name_shape import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    ROMAN,
    agree,
    capital_letter,
    common_genitive,
    complement,
    dotted_initials_end,
    gap_before,
    head_lemma,
    is_acronym,
    is_adj,
    is_cap,
    is_first_name,
    line_break_before,
)
from kooperacja.text.morphology import ADJECTIVAL, NOMINAL
from kooperacja.text.tokens import DASHES

_FINITE_VERB = tag_classes().finite_verb
_CLAUSE_VERB = tag_classes().clause_verb

_LEMMA, _POS, _QUALS = attrgetter("lemma"), attrgetter("pos"), attrgetter("quals")
_IGN = frozenset(("ign",))


# a given name of two romanised syllables joined by a hyphen, the second in lower case ("Tae-ho", "Yu-ting")
_GIVEN_SYLLABLES = re.compile(r"[A-Z][a-z]{0,4}-[a-z]{1,5}")


class _lazy:  # noqa: N801 - used as a decorator
    """A property computed on first use and kept on the instance (cached_property without its lock)."""

    def __init__(self, fn: Callable[[Any], Any]) -> None:
        self.fn, self.name = fn, fn.__name__

    def __get__(self, obj: Any, cls: Any = None) -> Any:
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.fn(obj)
        return value


class Chunk:
    """A capitalised chunk [a, b) of sentence s and what the rules learn about it."""

    def __init__(self, finder: Any, doc: Doc, a: int, b: int, s: int) -> None:
        self.finder, self.doc, self.a, self.b, self.s = finder, doc, a, b, s
        self.words = [t.text for t in doc.tokens[a:b]]
        self.size = b - a
        # what most chunks need, computed at once (before any rule adds a mention: the descriptor reads the
        # mentions found before the chunk); `legal` and `geo_first`, which read the tokens only, when first asked
        # the lower-case noun right before the name ("spółka", "klaster") with its subtype
        self.descriptor: tuple[str, str] | None = finder._descriptor(doc, a)
        self.event_word = self._event_word()
        self.head = self._head()
        self.cue_before = self._cue_before()  # every chunk's rules table asks it (`_FOR_CHUNK`)

    def _event_word(self) -> bool:
        """A word of an event's name ("Forum", "Targi") in the chunk, or as the first word's lemma."""
        words = self.finder.lex.event_name_words
        doc, a = self.doc, self.a
        if not words.keys().isdisjoint(self.words):
            return True
        rs = doc.readings[a]
        if words.keys().isdisjoint(map(str.capitalize, map(_LEMMA, rs))):
            return False  # no lemma of any reading is one (most chunks): the nominal readings' below are not
        return any(r.lemma.capitalize() in words for r in rs if r.pos in NOMINAL)

    def _head(self) -> int | None:
        """The organisation head noun among the first four words, after adjectives (or Roman numerals) only."""
        doc, a, lex, heads = self.doc, self.a, self.finder.lex, self.finder._head_words
        for i in range(a, min(self.b, a + 4)):
            if not heads.isdisjoint(doc.lemmas(i)) and head_lemma(doc, i, lex):
                return (
                    i  # every word before it is an adjective or a Roman numeral (else the loop ended there)
                )
            if not (is_adj(doc, i) or ROMAN.match(doc.tokens[i].text)):
                return None  # no head after a word of another kind
        return None

    @_lazy
    def legal(self) -> bool:
        """The chunk ends with a legal form ("… sp. z o.o.")."""
        return _ends_with_legal_form(self.finder, self.doc, self.a + 1, self.b)

    @_lazy
    def geo_first(self) -> bool:
        """The first word is a geographic name, no adjective."""
        return any(r.geo for r in self.doc.readings[self.a]) and not is_adj(self.doc, self.a)

    def _cue_before(self) -> bool:
        """The word before the chunk can close a context pattern of the rules that read one there (credit line,
        prize or status, naming phrase): without it none of them matches (`CUE_PATTERNS`)."""
        return self.finder.cx.may_end_at(self.doc, CUE_PATTERNS, self.a)

    @_lazy
    def firm(self) -> bool:
        """The dictionary knows a word of the chunk as a firm's or an organisation's name."""
        quals = self.finder.w.firm_qualifier
        doc = self.doc
        # the qualifiers of every reading of the chunk's words, chained without a Python loop
        return not quals.isdisjoint(
            chain.from_iterable(map(_QUALS, chain.from_iterable(doc.readings[self.a : self.b])))
        )

    @_lazy
    def subsidiary(self) -> bool:
        """An acronym or unknown word before a country's name: a company's subsidiary ("Betamax Polska"); not the
        country after a connector, a phrase ("Made in Poland")."""
        words = self.words
        return (
            self.size >= 2
            and words[-1] in self.finder.w.subsidiary_country
            and words[-2] not in self.finder.lex.connectors
            and (
                any(is_acronym(w) for w in words[:-1])
                or any(r.pos == "ign" for r in self.doc.readings[self.a])
            )
        )

    @_lazy
    def foreign(self) -> list[str]:
        """Subtypes of the foreign organisation words in the chunk ("Institute", "GmbH")."""
        fow = self.finder.lex.foreign_org_words
        return [fow[w] for w in self.words if w in fow]


Rule = Callable[[Any, Doc, Chunk], bool]

# the context patterns (data/<lang>/patterns/name_context.tsv) that rules test right before a chunk
CUE_PATTERNS = (
    "credit_before",
    "media_source_before",
    "prize_quoted",
    "brand_before",
    "prize_before",
    "thing_before",
    "fair_before",
    "frame_before",
    "call_before",
    "source_before",
    "status_before",
    "project_before",
    "copula_before",
    "name_intro",
    "product_before",
)


def _ends_with_legal_form(finder: Any, doc: Doc, a: int, b: int) -> bool:
    """A legal form that starts at a token of [a, b) ends at b; only tokens that open a legal form are tried."""
    firsts, toks = finder._legal_by_first, doc.tokens
    return any(finder._legal_form(doc, i, b) == b for i in range(a, b) if toks[i].text in firsts)


_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "!", "?", "(", ")", "–", "—", "-"})


def _verb_in_clause(doc: Doc, b: int) -> bool:
    """A finite, past or future verb after b before the clause ends (a comma, a stop, a dash, a line break or the
    sentence's end): "W projekcie Politechnika Opolska pełni rolę lidera" (the name before it its subject)."""
    toks = doc.tokens
    end = doc.sent_span[doc.sent_of[b - 1]][1] if doc.sent_of else len(toks)
    for i in range(b, min(end, len(toks))):
        if toks[i].text in _CLAUSE_ENDS or line_break_before(doc, i):
            return False
        if any(r.pos in _FINITE_VERB for r in doc.readings[i]):
            return True
    return False


def _cases(doc: Doc, i: int) -> set[str]:
    return {c for r in doc.readings[i] for c in r.cases} - {"voc"}


def _verb_follows(doc: Doc, b: int) -> bool:
    """A finite or past verb right after a chunk that ends at b ("… Kormex podpisał"): the chunk is its subject."""
    return b < len(doc.tokens) and any(r.pos in _CLAUSE_VERB for r in doc.readings[b])


def _stray_noun(doc: Doc, i: int) -> bool:
    """A capitalised common noun, no genitive (a genitive continues a name: "Izba Rzemiosła"), that a person's
    name follows: the title of that person ("… i Panią Olgę Lis")."""
    tok, rs = doc.tokens[i], doc.readings[i]
    if not (tok.is_word and tok.is_cap and rs) or tok.is_upper:
        return False
    if not all(r.pos in NOMINAL and not r.proper for r in rs):
        return False
    j = i + 1
    return j < len(doc.tokens) and all("gen" not in r.cases for r in rs) and is_first_name(doc, j)


def _common_noun_only(doc: Doc, i: int) -> bool:
    """The word at i reads as a common noun ("Działu"), and neither as a first name or a surname nor as a word the
    dictionary does not know."""
    rs = doc.readings[i]
    return any(r.pos in NOMINAL and not r.proper for r in rs) and not any(
        r.first_name or r.surname or r.pos == "ign" for r in rs
    )


def _agrees(doc: Doc, adj: int, noun: int, singular: bool = False) -> bool:
    """The word at `adj` is no adjective, or can agree with the noun at `noun` (`name_shape.agree`); in the
    singular where the noun is a unit with its name after it ("Tereny Inwestycyjne Gminy Lipno": a named
    gmina is one, and "Inwestycyjne" agrees with "Gminy" only as a plural)."""
    if not any(r.pos in ADJECTIVAL for r in doc.readings[adj]):
        return True
    return agree(doc, adj, noun, _SINGULAR if singular else None)


_SINGULAR = frozenset({"sg"})


def _foreign_name_word(doc: Doc, i: int) -> bool:
    """A capitalised word that the dictionary does not know, or knows only as a surname: a part of a foreign
    person's name ("Olaf", "Brennem")."""
    text = doc.tokens[i].text
    return (
        text[:1].isupper()
        and text[1:].isalpha()
        and text[1:].islower()
        and all(r.pos == "ign" or (r.surname and not r.geo) for r in doc.readings[i])
    )


# the punctuation after which a clause, or a line's item, opens
_CLAUSE_OPENERS = frozenset((",", ";", ":", "(", "–", "—", "-", "•", "*"))


def _initial_before_surname(doc: Doc, i: int) -> bool:
    """Token i is one capital letter, its full stop glued to it and a capitalised word right after: a first name's
    initial before a surname ("J. Nowak")."""
    toks = doc.tokens
    return (
        capital_letter(toks[i])
        and i + 2 < len(toks)
        and toks[i + 1].text == "."
        and toks[i + 1].start == toks[i].end
        and toks[i + 2].is_word
        and toks[i + 2].is_cap
        and toks[i + 2].start == toks[i + 1].end + 1
    )


def _surname_word(doc: Doc, i: int) -> bool:
    """A capitalised word with a surname's reading and no place's ("Pieter", "Vries")."""
    text, rs = doc.tokens[i].text, doc.readings[i]
    return (
        text[:1].isupper()
        and text[1:].islower()
        and any(r.surname or r.pos == "ign" for r in rs)
        and not any(r.geo for r in rs)
    )


class NameClassifier(CompanyRules):
    """Classifies chunks; part of `NameFinder`."""

    def _classify(self, doc: Doc, a: int, b: int, s: int) -> None:
        toks = doc.tokens
        while b > a and toks[b - 1].text in (",", "-", "–"):
            b -= 1
        if b > a and toks[b - 1].text == "." and not _ends_with_legal_form(self, doc, a, b):
            b -= 1
        if b - a > 1 and self._cut_legal_form(doc, b - 1):
            b -= 1  # "Zakłady Drzewne Borowo Sp" at a line's end: a legal form cut off after its first word
        if b <= a or (b - a == 1 and _initial_before_surname(doc, a)):
            return  # "Dyrektor spółki J. Nowak": the initial of a person's first name names no organisation
        b = self._without_stray_tail(doc, a, b)
        last = toks[b - 1].text
        if "-" in last and last.rsplit("-", 1)[1] in self.w.plural_case_suffix:
            return  # "z Digital Innovation Hub-ami": a foreign kind with a Polish plural ending names no one
        c = Chunk(self, doc, a, b, s)
        if (
            c.head is not None
            and c.head > a
            and not _agrees(doc, c.head - 1, c.head, self._named_unit(doc, c))
        ):
            return self._classify(
                doc, c.head, b, s
            )  # "Prasowa Urzędu Miasta": the adjective is another phrase's
        if c.size > 1 and self._adjective_before_firm(doc, c):
            return self._classify(doc, a + 1, b, s)  # "Siedlecki Polimex-Mostostal S.A.": the firm of Siedlce
        before = len(doc.mentions)
        for rule in _FOR_CHUNK[(min(c.size, 4), c.head is not None, c.event_word, c.cue_before)]:
            if rule(self, doc, c):
                if doc.recall and len(doc.mentions) == before:
                    self._dropped(doc, c, rule.__name__.lstrip("_"))
                return
        if doc.recall:
            self._dropped(doc, c, "no_rule")

    def _dropped(self, doc: Doc, c: Chunk, rule: str) -> None:
        """Recall mode (the learned scorer's organisation take-back): a chunk that a rule took without a mention,
        or that no rule took, is kept as an organisation candidate, named by the rule that dropped it."""
        name = (
            self._org_name(doc, c.a, c.b, c.head)[0] if c.head is not None else nominative(doc, c.a, c.b)[0]
        )
        m = Mention(doc.tokens[c.a].start, doc.tokens[c.b - 1].end, c.a, c.b, "organization", name, None, c.s)
        doc.org_candidates.append((m, rule))

    def _cut_legal_form(self, doc: Doc, k: int) -> bool:
        """Token k, the chunk's last, is the first word of a legal form that does not go on ("Sp" without "z
        o.o."), of two letters at least (a single capital may be an initial): an abbreviation that every form it
        opens writes with its full stop, cut off before it. Not after "&": "Termex & Co" is "and company", a
        whole part of the firm's name."""
        toks = doc.tokens
        word = toks[k].text
        forms = self._legal_by_first.get(word, ()) if len(word) >= 2 else ()
        return (
            bool(forms)
            and all(len(f) > 1 and f[1] == "." for f in forms)
            and toks[k - 1].text != "&"
            and self._legal_form(doc, k, len(toks)) is None
        )

    def _adjective_before_firm(self, doc: Doc, c: Chunk) -> bool:
        """An adjective capitalised only by a sentence's start ("Siedlecki", "Nowy") right before a word the
        dictionary knows as a firm's name: it describes the firm and is no part of its name (a country's or a
        region's adjective may be: "Polskie LNG")."""
        a = c.a
        if c.head is not None or a != doc.sent_span[c.s][0] or not is_adj(doc, a):
            return False
        quals = self.w.firm_qualifier
        if not any(not quals.isdisjoint(r.quals) for r in doc.readings[a + 1]):
            return False
        return not self._country_word(doc, a)  # "Polskie LNG": a country's adjective may open the name

    def _named_unit(self, doc: Doc, c: Chunk) -> bool:
        """The chunk's head is a unit of local government ("Gminy") with a capitalised word after it: a named unit."""
        h = c.head
        return (
            h is not None
            and h + 1 < c.b
            and doc.tokens[h + 1].is_cap
            and bool(doc.lemmas(h) & self.w.office_unit)
        )

    def _without_stray_tail(self, doc: Doc, a: int, b: int) -> int:
        """ "Uniwersytetu Leśnego i Panią Olgę Lis": a capitalised common noun (with its adjectives) closing the
        chunk before a person's name, in a case the name before it does not share, starts the next phrase: the
        chunk ends before it (and before a conjunction)."""
        if b - a < 3 or not _stray_noun(doc, b - 1):
            return b
        if any(r.pos == "ign" for i in range(a, b - 1) for r in doc.readings[i]):
            return b  # "Pardis Technology Park": a foreign name ends with a word Polish knows too
        cases = _cases(doc, b - 1) - {"gen"}
        k = b - 1
        while k - 1 > a and is_adj(doc, k - 1) and doc.tokens[k - 1].is_cap and cases & _cases(doc, k - 1):
            k -= 1
        if k - 1 > a and doc.tokens[k - 1].lower in self.w.conjunction:
            k -= 1
        elif cases & _cases(doc, k - 1):
            return b
        return k if k - a >= 2 else b

    def _mention(self, doc: Doc, c: Chunk, typ: str, name: str, subtype: str | None, **kw: Any) -> None:
        toks = doc.tokens
        self._add(doc, Mention(toks[c.a].start, toks[c.b - 1].end, c.a, c.b, typ, name, subtype, c.s, **kw))

    # ---- the rules, in the order of RULES -------------------------------------------------------
    def _acronym_after_name(self, doc: Doc, c: Chunk) -> bool:
        """ "Polska Agencja Wody PAW": an acronym right after the name it abbreviates is its alias."""
        toks, a, b, s, words = doc.tokens, c.a, c.b, c.s, c.words
        if not (c.size >= 3 and is_acronym(words[-1]) and (head_lemma(doc, a, self.lex) or is_adj(doc, a))):
            return False
        full = doc.text[toks[a].start : toks[b - 2].end]
        if re.sub(r"[^\w&]", "", words[-1]).casefold() not in initials(full):
            return False
        before = len(doc.mentions)
        self._classify(doc, a, b - 1, s)
        self._classify(doc, b - 1, b, s)
        if len(doc.mentions) == before + 2:
            doc.mentions[before].aliases.append(words[-1])
            doc.mentions[before + 1].acronym_of = doc.mentions[before].start
            doc.mentions[before + 1].type = "organization"
        return True

    def _prize_or_status(self, doc: Doc, c: Chunk) -> bool:
        """ "nagroda „Złoty Most”", "laureat konkursu Lider Roku", "status Ośrodka Wzorcowego", "pod marką Zielony
        Dom": the name of a prize, a contest, a status or a brand is no organisation; nor is a programme that frames an action ("w ramach
        Programu Rozwoju Wsi"), a fund or a plan named as where money comes from ("z Funduszu Dróg Lokalnych")
        or a name with no organisation head after "program", "order", "kategoria"."""
        a, cx = c.a, self.cx
        if cx.ends_at(doc, "prize_quoted", a) or cx.ends_at(doc, "brand_before", a):
            return True
        if cx.ends_at(doc, "prize_before", a) and self._nominative_only(doc, a):
            return True
        if cx.ends_at(doc, "thing_before", a) and (c.head is None or self._nominative_only(doc, a)):
            return True  # "programu Wymiana Kadr", "order Polonia Restituta", "programu Fundusze Europejskie"
        if (
            c.head is not None
            and not line_break_before(
                doc, a
            )  # "… z Nowym Projektem" closing a headline names nothing after it
            and cx.ends_at(doc, "project_before", a)
            and self._nominative_only(doc, a)
            and not _verb_in_clause(doc, c.b)
        ):
            # "Projekt Srebrna Dolina, prowadzony przez …": the project's name ("Dolina" heads clusters); with a
            # verb after it in its clause the name is the subject ("W ramach projektu Uniwersytet X zbuduje …")
            return True
        if (
            c.head is None
            and not c.event_word  # "konferencji Baltic Business Meeting (BBM)": the event names' rules
            and cx.ends_at(doc, "fair_before", a)
            and not _verb_follows(doc, c.b)
            and not cx.starts_at(doc, "company_role_after", c.b)
            and not (c.b < len(doc.tokens) and doc.tokens[c.b].lower in self.w.conjunction)
        ):
            # "targów Polagra Food", "na wystawie Intermasz": the fair's name ("Na targach Termex, dostawca okien,
            # pokazał …": a firm's noun in apposition, the firm is the subject)
            return True
        if c.head is not None and cx.ends_at(doc, "frame_before", a):
            if (head_lemma(doc, c.head, self.lex) or "") in self.w.frame_head:
                return True  # "w ramach Programu Rozwoju Wsi"
        if c.head is not None and cx.ends_at(doc, "call_before", a):
            if (head_lemma(doc, c.head, self.lex) or "") in self.w.call_head:
                return True  # "Regulamin Programu Alfa"; "Nabór Funduszu X" names the fund, which acts
        if c.head is not None and not c.legal and cx.ends_at(doc, "source_before", a):
            if (head_lemma(doc, c.head, self.lex) or "") in self.w.frame_head and "gen" in _cases(
                doc, c.head
            ):
                return True  # "z Funduszu Dróg Lokalnych": where the money comes from, no actor
        if cx.ends_at(doc, "copula_before", a) and _instrumental(doc, a if c.head is None else c.head):
            return True  # "został Krajowym Klastrem Kluczowym": what the subject became, a status
        if cx.ends_at(doc, "product_before", a) and self._model_number(doc, a, c.b):
            return True  # "smartfon Nexo X5", "ciągnik Agro Titan 300": a product's model, no organisation
        return cx.ends_at(doc, "status_before", a)

    @staticmethod
    def _model_number(doc: Doc, a: int, b: int) -> bool:
        """A digit in the name, or a number right after it that counts no noun: the model's number ("Agro Titan
        300"); "tramwaje Pesa 12 sztuk" counts the trams, and Pesa, their maker, stays."""
        toks = doc.tokens
        if any(ch.isdigit() for t in toks[a:b] for ch in t.text):
            return True
        if b >= len(toks) or not any(ch.isdigit() for ch in toks[b].text):
            return False
        after = {r.pos for r in doc.readings[b + 1]} if b + 1 < len(toks) else set()
        return "subst" not in after or "prep" in after  # "300 od spółki X": a preposition, no counted noun

    def _firm_initials(self, doc: Doc, c: Chunk) -> bool:
        """ "P.P.H.U. Marbud", "F.H. Grosik": the dotted initials of a firm's kind before a name: a company."""
        end = dotted_initials_end(doc.tokens, c.a, c.b)
        if end == c.a or end >= c.b or not doc.tokens[end].is_cap:
            return False
        self._mention(doc, c, "organization", surface(doc, c.a, c.b), "company")
        return True

    def _credit_line(self, doc: Doc, c: Chunk) -> bool:
        """ "Fot. Studio Lumen", "Źródło: Urząd Gminy Borowo": the name in a credit line is boilerplate; so is a
        medium named as the source of what is said ("poinformował portal Nowy Rynek")."""
        return self.cx.ends_at(doc, "credit_before", c.a) or self.cx.ends_at(doc, "media_source_before", c.a)

    def _defined_as_thing(self, doc: Doc, c: Chunk) -> bool:
        """ "Zielony Powiat to program gminy", "Nowa Huta Jutra – to projekt, który …": a name that opens a sentence
        or a clause, and that the text says is a project, a programme, an event or a brand (pattern `thing_after`),
        is no organisation; one with an organisation's head ("Huta") only where a dash sets "to" off. "To" is also
        "this is": a name inside a clause ("Dla Politechniki Borowskiej to ważny projekt", "Zdaniem prezesa
        Termeksu to wydarzenie …") is what the thing is for or whose view it is, an organisation."""
        toks = doc.tokens
        if not self.cx.starts_at(doc, "thing_after", c.b):
            return False
        if c.head is not None and toks[c.b].text not in DASHES:
            return False
        return c.a == doc.sent_span[c.s][0] or toks[c.a - 1].text in _CLAUSE_OPENERS

    def _units_listed(self, doc: Doc, c: Chunk) -> bool:
        return self._unit_list(doc, c.a, c.b, c.s)

    def _venue_name(self, doc: Doc, c: Chunk) -> bool:
        """ "Sala Kolumnowa Ratusza", "Międzynarodowe Centrum Kongresowe": a named venue is a place."""
        if c.size <= 1:
            return False
        if not any(
            r.lemma.lower() in self._venues
            and (r.lemma.lower() not in self._venues_in or _locative_only(doc, c.a))
            for r in doc.readings[c.a]
            if r.pos in NOMINAL
        ) and not (
            c.head is not None and c.head + 1 < c.b and doc.lemmas(c.head + 1) & self.w.venue_adjective
        ):
            if not self._site_park(doc, c):
                return False
        name, _case = nominative(doc, c.a, c.b)
        self._mention(doc, c, "place", name, "other")
        return True

    def _site_park(self, doc: Doc, c: Chunk) -> bool:
        """ "Park Logistyczny Borowo Wschód", "Park Handlowy Alfa": a park's head (of the technology-park kind)
        with an adjective of a site for rent after it names the site, a place, not an organisation that runs a
        park ("Park Przemysłowy", "Park Technologiczny" stay organisations); with a legal form it is the company
        that runs the site ("Park Logistyczny Borowo sp. z o.o.")."""
        h = c.head
        if h is None or c.legal or h + 1 >= c.b or not doc.lemmas(h + 1) & self.w.site_park_adjective:
            return False
        head = head_lemma(doc, h, self.lex)
        return head is not None and self.lex.org_heads[head][0] == "technology_park"

    def _fair_named_after_town(self, doc: Doc, c: Chunk) -> bool:
        """ "Targi Kielce": a fair named after its town (in the nominative, whatever the case of the fair) is the
        company that runs it; "Dni Gorlic", with the town in the genitive, are the town's days, an event."""
        if not c.event_word or c.size < 2:
            return False
        toks = doc.tokens
        if not any("nom" in r.cases for r in doc.readings[c.b - 1] if r.pos in NOMINAL):
            return False
        if not self.gaz.lookup([token_keys(toks[i].text, doc.readings[i]) for i in range(c.a + 1, c.b)]):
            return False
        name, _case = nominative(doc, c.a, c.b)
        self._mention(doc, c, "organization", name, "company")
        return True

    def _nominative_before_legal_form(self, doc: Doc, a: int, b: int) -> bool:
        """Every word from a up to the legal form that closes [a, b) reads in the nominative ("Termik S.A.", not
        "Nieruchomości Komunalnych sp. z o.o.")."""
        toks, firsts = doc.tokens, self._legal_by_first
        start = next(
            (i for i in range(a + 1, b) if toks[i].text in firsts and self._legal_form(doc, i, b) == b), a
        )
        return start > a and all("nom" in _cases(doc, k) for k in range(a, start))

    def _event_name(self, doc: Doc, c: Chunk) -> bool:
        """ "Polskiego Forum Wodnego" → "Polskie Forum Wodne": the name of an event, not of an organisation."""
        if not c.event_word or c.descriptor:
            return False
        name, _case = nominative(doc, c.a, c.b)
        doc.event_names.append((c.a, c.b, name))
        return True

    def _board_of(self, doc: Doc, c: Chunk) -> bool:
        """ "Zarząd Powiatu Leśnego" is the county (with the board's name as an alias); "Zarząd Spółki
        Betamax", "Zarząd AHK Polska" and "Zarząd Betamax SA" are the company."""
        toks, a, b = doc.tokens, c.a, c.b
        if not (doc.lemmas(a) & self.w.board_head) or not toks[a + 1].is_cap:
            return False
        unit = head_lemma(doc, a + 1, self.lex) in self.w.office_unit
        company = (
            is_acronym(toks[a + 1].text)
            or bool(doc.lemmas(a + 1) & self.w.generic_company_head)
            or all(
                r.pos == "ign" for r in doc.readings[a + 1]
            )  # "Zarząd Betamax SA": a word Polish does not know
            # "Zarząd Termik S.A.": a name in the nominative before a legal form is the company's (a board's own
            # name goes on in the genitive: "Zarząd Portu Morskiego Hel sp. z o.o.", "Zarząd Nieruchomości
            # Komunalnych sp. z o.o.": every word up to the legal form must read in the nominative)
            or (c.legal and self._nominative_before_legal_form(doc, a + 1, b))
        )
        if not (unit or company or self._singular_headed(doc, a + 1, b)):
            return False
        if c.legal and not (unit or company or self._zone_after(doc, a + 1, b)):
            return False  # "Zarząd Portu Morskiego Hel sp. z o.o.": a legal form closes a company named "Zarząd …"
        before = len(doc.mentions)
        self._classify(doc, a + 1, b, c.s)
        if unit:
            alias = f"{restore_case(toks[a].text, next(iter(doc.lemmas(a) & self.w.board_head)))} {surface(doc, a + 1, b)}"
            for m in doc.mentions[before:]:
                if m.type == "organization":
                    m.aliases.append(alias)
        return True

    def _zone_after(self, doc: Doc, a: int, b: int) -> bool:
        """tokens[a:b] open with an economic zone's name (after adjectives): a zone is run by a company, so a legal
        form after it is the zone's ("Zarząd Leśnej Specjalnej Strefy Ekonomicznej S.A." is the zone's board)."""
        for i in range(a, min(b, a + 4)):
            head = head_lemma(doc, i, self.lex)
            if head:
                return self.lex.org_heads.get(head, ("", False))[0] == "economic_zone"
            if not is_adj(doc, i):
                return False
        return False

    def _singular_headed(self, doc: Doc, a: int, b: int) -> bool:
        """tokens[a:b] open with an organisation head in the singular, after adjectives only ("Leśnej Izby
        Gospodarczej"): the name of one organisation (the board of plural ports is a name of its own)."""
        for i in range(a, min(b, a + 4)):
            if head_lemma(doc, i, self.lex):
                return any(r.pos in NOMINAL and "sg" in r.numbers for r in doc.readings[i])
            if not is_adj(doc, i):
                return False
        return False

    def _introduced_name(self, doc: Doc, c: Chunk) -> bool:
        """ "orkiestra pod nazwą Silver Brass", "projekt pn. „Zielone Gminy Borowa”": a headless name that a phrase
        introduces as a name is an organisation's name, whatever its words."""
        if not self.cx.ends_at(doc, "name_intro", c.a):
            return False
        self._mention(doc, c, "organization", surface(doc, c.a, c.b), "other")
        return True

    def _known_company(self, doc: Doc, c: Chunk) -> bool:
        """ "Volkswagena", "z Toyotą", "Samsungiem": a chunk that is the whole name of a well-known company
        (data/gazetteer/companies.tsv) is that company, in the form the table gives, whatever the dictionary
        reads it as (a car, a surname); a person with a first name has been cut out before."""
        index = companies()
        if c.size > index.max_words:
            return False
        tok, rs, starts = doc.tokens[c.a], doc.readings[c.a], index.first_keys
        if (
            tok.lower not in starts
            and starts.isdisjoint(doc.lemmas(c.a))
            and not _IGN.issuperset(map(_POS, rs))  # not every reading unknown (those get stems as keys)
            and tuple(c.words) not in index.exact
            and (c.size == 1 or doc.sent_span[c.s][0] != c.a)
        ):
            return False  # the keys of the first word (`index.keys`: the word, its lemmas) start no company's name
        first = index.keys(tok.text, rs)
        if (
            first.isdisjoint(index.first_keys)
            and tuple(c.words) not in index.exact
            and (c.size == 1 or doc.sent_span[c.s][0] != c.a)
        ):
            return False  # no company's name starts with the first word: the look-up below finds none
        keysets = [first, *(index.keys(doc.tokens[i].text, doc.readings[i]) for i in range(c.a + 1, c.b))]
        hit = index.lookup(c.words, keysets)
        if hit is None and c.size > 1 and doc.sent_span[c.s][0] == c.a:
            # "Zakład Volkswagena …": a sentence's first noun with an inflected company after it (its genitive)
            hit = index.lookup(c.words[1:], keysets[1:])
            if hit is None or " ".join(c.words[1:]) == hit.name:
                return False
            self._classify(doc, c.a, c.a + 1, c.s)
            c = Chunk(self, doc, c.a + 1, c.b, c.s)
        if hit is None:
            return False
        written = surface(doc, c.a, c.b)
        # "PKN ORLEN": a name the text writes uninflected keeps the text's spelling
        name = written if written.lower() == hit.name.lower() else hit.name
        self._mention(doc, c, "organization", name, hit.subtype, country=hit.country)
        return True

    def _named_before(self, doc: Doc, c: Chunk) -> bool:
        """ "… sieć Netzwerk Metall Borowo … a Netzwerk Metall Borowo skupia …": a chunk of two words or more written
        exactly as an organisation the document named earlier (found by its descriptor the first time) is that
        organisation again, not the place among its words. A chunk with a head or a foreign organisation word has
        rules of its own ("Silesia Automotive & Advanced Manufacturing")."""
        if c.head is not None or c.foreign:
            return False
        name = surface(doc, c.a, c.b)
        earlier = next(
            (m for m in doc.mentions if m.type == "organization" and m.name == name and m.t1 <= c.a), None
        )
        if earlier is None:
            return False
        self._mention(doc, c, "organization", name, earlier.subtype)
        return True

    def _country_name(self, doc: Doc, c: Chunk) -> bool:
        """ "Federacji Rosyjskiej": a country's official name is the country, a place, whatever its head noun; so is
        the whole name of a district of a city after a preposition of place ("w Nowej Hucie", not a steelworks; not
        "major Wojska Polskiego", which the gazetteer also lists as a district). A town whose name has a head noun
        after an adjective ("ze Starego Miasta Zachodniego", an invented one; "w Nowym Mieście nad Pilicą", up to five
        tokens) is the town too; the head first is the town's office ("Miasto Kutno")."""
        if c.head is None or c.size > 5:
            return False
        keys = [token_keys(doc.tokens[i].text, doc.readings[i]) for i in range(c.a, c.b)]
        place = self.gaz.lookup(keys)
        if place is not None and place.kind == "city" and c.head > c.a and is_adj(doc, c.a):
            return self._place(doc, c.a, c.b, c.s)
        if place is None or place.kind not in ("country", "other") or c.size > 3:
            return False
        if place.kind == "other" and not (c.a and doc.tokens[c.a - 1].lower in self.w.place_preposition):
            return False
        return self._place(doc, c.a, c.b, c.s)

    def _split_before_inner_head(self, doc: Doc, c: Chunk) -> bool:
        """ "Kielce Wojewódzki Urząd Pracy": with no head at the start, a capitalised head inside (with its
        adjectives) starts a second name."""
        if c.head is not None or (c.legal and not c.geo_first):
            return False
        toks, a, b = doc.tokens, c.a, c.b
        for i in range(a + 1, b):
            if head_lemma(doc, i, self.lex) and toks[i].is_cap:
                k = i
                while k > a and is_adj(doc, k - 1) and toks[k - 1].is_cap:
                    k -= 1
                if k == i and self._foreign(doc, i - 1) and not is_acronym(toks[i - 1].text):
                    return False  # "Kraków Technology Park": a foreign name that ends with a word Polish knows too
                if k > a and not self._foreign(doc, a):
                    self._classify(doc, a, k, c.s)
                    self._classify(doc, k, b, c.s)
                    return True
                return False
        return False

    def _split_after_whole_name(self, doc: Doc, c: Chunk) -> bool:
        """ "z Politechniką Opolską Centrum Innowacji", "z Łódzką Specjalną Strefą Ekonomiczną Grupa Pelmar": a head
        in an oblique case (no nominative) closed by its capitalised adjectives is a whole name; a second head right
        after them that reads in the nominative singular starts another name, side by side with the first. A head
        in the genitive only complements the first ("Parkiem Naukowym Uniwersytetu Zielonogórskiego"); a department
        or branch of the first goes with it ("Uniwersytetem Warszawskim Wydział Fizyki": department_head)."""
        h = c.head
        if h is None or c.b - h < 3:
            return False
        toks = doc.tokens
        heads = [r for r in doc.readings[h] if r.pos in NOMINAL and r.lemma.lower() in self.lex.org_heads]
        if not heads or any("nom" in r.cases for r in heads):
            return False
        k = h + 1
        while k < c.b and toks[k].is_cap and is_adj(doc, k) and agree(doc, k, h):
            k += 1
        if k == h + 1 or k >= c.b - 1 or not toks[k].is_cap or not head_lemma(doc, k, self.lex):
            return False
        second = [r for r in doc.readings[k] if r.pos in NOMINAL and r.lemma.lower() in self.lex.org_heads]
        if not any("nom" in r.cases and "sg" in r.numbers for r in second):
            return False
        if doc.lemmas(k) & (self.w.department_head | self.w.branch_head):
            return False  # "Uniwersytetem Warszawskim Wydział Fizyki": the parent's department, one name
        if not (
            self._place_adjective(doc, k - 1)
            or _verb_in_clause(doc, c.b)
            or self._object_closing_clause(doc, c)
        ):
            # "umowa z Uniwersytetem Medycznym Centrum Symulacji na szkolenia": a first name closed by a kind's
            # adjective, not a place's, is not whole; the unit after it goes with it (a verb after the second name
            # makes it the subject, one closing the clause after a verb its object: two names)
            return False
        self._classify(doc, c.a, k, c.s)
        self._classify(doc, k, c.b, c.s)
        return True

    def _place_adjective(self, doc: Doc, i: int) -> bool:
        """The adjective at i is a place's ("Opolską", "Łódzką": place_adjective_ending in name_cues.tsv)."""
        ends = tuple(self.w.place_adjective_ending)
        return any(r.lemma.lower().endswith(ends) for r in doc.readings[i] if r.pos in ADJECTIVAL)

    def _object_closing_clause(self, doc: Doc, c: Chunk) -> bool:
        """ "otworzymy wspólnie z Politechniką Opolską Centrum Innowacji.": the second name closes the clause right
        after a verb (and an adverb) with the preposition's phrase: it is the verb's object, no unit of the first."""
        toks, b = doc.tokens, c.b
        if b < len(toks) and toks[b].text not in _CLAUSE_ENDS and not line_break_before(doc, b):
            return False
        v = c.a - 2  # c.a - 1: the preposition
        if v >= 0 and any(r.pos == "adv" for r in doc.readings[v]):
            v -= 1
        return v >= 0 and any(r.pos in _FINITE_VERB for r in doc.readings[v])

    def _headed_organisation(self, doc: Doc, c: Chunk) -> bool:
        """A name with an organisation head noun ("Izba Gospodarcza Regionu"): an organisation, unless the head
        names a place unit, a branch or a generic company before a brand."""
        h = c.head
        if h is None or not (c.size > 1 or c.descriptor):
            return False
        head = head_lemma(doc, h, self.lex) or ""
        branch = self._branch_after_name(doc, c, h)
        if branch is not None:
            self._classify(doc, c.a, branch, c.s)
            return (
                True  # "Agencji Rozwoju Przemysłu Oddział Mielec": the branch is folded into the organisation
            )
        if self._trailing_person(doc, c, h):
            return True
        if self._plain_adjective_opens(doc, c, h):
            self._classify(doc, c.a + 1, c.b, c.s)
            return True  # "Pierwszy Pomorski Klaster ICT" at a sentence's start is the Pomeranian cluster
        if self._head_names_other(doc, c, h, head):
            return True
        subtype = self._org_subtype(doc, head, h, c.b, c.a)
        if subtype in _SOFT_SUBTYPES and self._company_noun_in_apposition(doc, c, h):
            subtype = (
                "company"  # "spółka Ciepłe Domy", "firma Zielona Dolina": a brand whose words hold a head
            )
        if self._distributive(doc, h, c.b, c.s, head, subtype):
            return True
        if self._generic_company_phrase(doc, c, h, head):
            return True
        name, case = self._org_name(doc, c.a, c.b, h)
        if not self._plural_generic(doc, c.a, c.b, h) and not self._kind_only(doc, c, h, subtype):
            self._mention(doc, c, "organization", name, subtype, head=head, case=case)
        return True

    def _site_of_owner(self, doc: Doc, c: Chunk, h: int) -> bool:
        """ "Centrum Dystrybucyjne Lidla", "Zakład Produkcyjny Kormexu": a site's noun (`facility_head`) with only
        adjectives agreeing with it, then one capitalised word in the owner's genitive (a well-known company
        inflected, or an unknown word in "-u" or "-a" (`genitive_end`) where the document names the firm
        bare: "Zakład Produkcyjny Isuzu" keeps its "-u"): the owner is the organisation, the site is
        none."""
        last = c.b - 1
        if last <= h or not all(is_adj(doc, k) and agree(doc, k, h) for k in range(h + 1, last)):
            return False
        word, rs = doc.tokens[last].text, doc.readings[last]
        if not doc.tokens[last].is_cap or doc.tokens[last].is_upper or is_adj(doc, last):
            return False
        index = companies()
        hit = index.lookup([word], [index.keys(word, rs)])
        if hit is not None and hit.name.lower() != word.lower():
            name = hit.name
        elif _IGN.issuperset(map(_POS, rs)) and self.re["genitive_end"].search(word):
            name = self.re["genitive_end"].sub("", word)
            if not any(doc.tokens[k].text == name for k in range(len(doc.tokens))):
                return False  # "Zakład Produkcyjny Isuzu": a name that ends so in the nominative, not "Isuz"
        else:
            return False
        toks = doc.tokens
        self._add(
            doc, Mention(toks[last].start, toks[last].end, last, c.b, "organization", name, "company", c.s)
        )
        return True

    def _company_noun_in_apposition(self, doc: Doc, c: Chunk, h: int) -> bool:
        """ "firma Zielona Dolina", "ze spółką Ciepłe Domy": a generic company noun in the singular right before
        the name (or before one adjective), the name in the nominative in apposition: the firm's own name. Not the
        genitive of a body whose firms the plural noun counts ("firm Doliny Lotniczej", "spółki Śląskiego
        Klastra Energii", "firmy Wielkopolskiej Izby Przemysłowo-Handlowej")."""
        if not c.descriptor or c.descriptor[0] not in self.w.generic_company_head:
            return False
        for d in (c.a - 1, c.a - 2):
            if d >= 0 and c.descriptor[0] in doc.lemmas(d):
                break
        else:
            return False
        if not any(r.lemma == c.descriptor[0] and "sg" in r.numbers for r in doc.readings[d]):
            return False
        return nominative_ex(doc, c.a, c.b, h)[1] == "nom"

    def _generic_company_phrase(self, doc: Doc, c: Chunk, h: int, head: str) -> bool:
        """ "Spółki Skarbu Państwa", "Firmy Rodzin": a generic company noun with only common nouns in the genitive
        after it describes a kind of company, and names none (nor does a new plant described so)."""
        if h != c.a or c.size < 2 or head not in self.w.generic_company_head:
            return False
        return all(common_genitive(doc, k) for k in range(h + 1, c.b))

    def _plain_adjective_opens(self, doc: Doc, c: Chunk, h: int) -> bool:
        """A plain adjective ("nowy", "pierwszy", "kolejny") capitalised only by a sentence's start, before an
        adjective and the head of a name that goes on after the head ("Pierwszy Pomorski Klaster ICT",
        "Kolejna Leśna Izba Gospodarcza"): it describes the organisation and is no part of its name."""
        return (
            c.a == doc.sent_span[c.s][0]
            and h > c.a + 1
            and c.b > h + 1
            and bool(doc.lemmas(c.a) & self.w.plain_adjective)
            and is_adj(doc, c.a + 1)
            and agree(doc, c.a, h)
        )

    def _new_plant_described(self, doc: Doc, c: Chunk, h: int) -> bool:
        """ "Nowy Zakład Produkcji Opakowań", "Kolejna Hala Magazynowa Firm": a plain adjective ("nowy", "kolejny")
        before the head and only common nouns in the genitive after it describe a new thing, and name none."""
        if (
            h != c.a + 1
            or c.b - h < 2
            or not (doc.lemmas(c.a) & self.w.plain_adjective)
            or not agree(doc, c.a, h)
        ):
            return False
        return all(common_genitive(doc, k) for k in range(h + 1, c.b))

    def _branch_after_name(self, doc: Doc, c: Chunk, h: int) -> int | None:
        """Where a branch's noun after the head opens the name of a part of the organisation ("Bank Rolny Oddział
        Regionalny", "Agencja Rozwoju Oddział Mielec"): the organisation's name ends before it."""
        toks, branch = doc.tokens, self.w.branch_head
        for k in range(h + 2, c.b - 1):
            if toks[k].is_cap and not branch.isdisjoint(doc.lemmas(k)) and is_cap(doc, k + 1):
                return k
        return None

    def _kind_only(self, doc: Doc, c: Chunk, h: int, subtype: str | None = None) -> bool:
        """ "Urząd Miasta", "Urząd Miejski", "Rada Klastra", "Agencja w Borowie": a head with only the kind of
        another body in the genitive (or the adjective of a unit), or with only its seat, names no organisation (which town, which cluster is not said). A
        university or school is named by its seat ("Uniwersytet w Grazu"): one of its kind per town."""
        seat_named = subtype == "research_education"
        if (
            h == c.a
            and 3 <= c.size <= 4
            and doc.tokens[h + 1].lower in self.w.seat_preposition
            and not seat_named
        ):
            self._place(doc, h + 2, c.b, c.s)
            return True  # "Agencji w Borowie": a head with only its seat (the town stays a place)
        if self._new_plant_described(doc, c, h):
            return True
        kind = self.w.kind_adjective | self.w.plain_adjective
        end = self._plant_number_start(doc, c, h)
        if end - c.a <= 4 and all(k == h or doc.lemmas(k) & kind for k in range(c.a, end)):
            return True  # "Specjalna Strefa Ekonomiczna", "Park Przemysłowy": only the kind, no name
        if c.size >= 3 and self._unnamed_unit_last(doc, c):
            return True  # "Kancelaria Prezydenta Miasta", "Biuro Rady Gminy": which town is not said
        if c.size == 3 and h == c.a and doc.lemmas(h + 1) & self.w.body_adjective:
            # "Rada Nadzorcza Emitenta": the body of a firm that is not named
            return self._kind_or_party_genitive(doc, h + 2)
        if c.size != 2 or h != c.a:
            return False
        if doc.lemmas(h + 1) & (self.w.unit_adjective | self.w.body_adjective):
            return (
                True  # "Urząd Miejski", "Rada Nadzorcza": an office of a unit, a body of a firm, none named
            )
        return self._kind_or_party_genitive(doc, h + 1)

    def _kind_or_party_genitive(self, doc: Doc, i: int) -> bool:
        """The word at i is only a kind of body or a party in the genitive ("Miasta", "Spółki", "Emitenta",
        "Inwestora"), no name: the head before it names no organisation."""
        rs = [r for r in doc.readings[i] if r.pos in NOMINAL]
        common = {r.lemma for r in rs if not r.proper}
        # a proper reading that only capitalises a common noun ("Miasta") does not make the word a name
        rs = [r for r in rs if not (r.proper and r.lemma.lower() in common)]
        gen = [r for r in rs if "gen" in r.cases]
        kinds = self.w.party_noun
        return (
            bool(gen)
            and not any(r.proper for r in rs)
            and all(r.lemma.lower() in self.lex.org_heads or r.lemma.lower() in kinds for r in gen)
        )

    def _party_word(self, doc: Doc, i: int) -> bool:
        """The word at i reads only as a party's common noun in an oblique case ("Emitenta", "Inwestorowi";
        party_noun). A nominative reading may be a firm's own name after its descriptor ("spółka Partner")."""
        rs = [r for r in doc.readings[i] if r.pos in NOMINAL]
        kinds = self.w.party_noun
        return (
            bool(rs) and all(r.lemma.lower() in kinds for r in rs) and not any("nom" in r.cases for r in rs)
        )

    def _plant_number_start(self, doc: Doc, c: Chunk, h: int) -> int:
        """ "Zakład Produkcyjny nr 2", "Fabryka nr 3": a plant's head, its kind and its number name a plant of a
        company, no organisation; where the chunk ends so, the token where the number starts, else its end. (A
        school's number names the school: "Szkoła Podstawowa nr 3" keeps its number.)"""
        toks, b = doc.tokens, c.b
        if (
            b - h >= 3
            and toks[b - 1].text.isdigit()
            and toks[b - 2].lower.rstrip(".") in self.w.number_mark
            and doc.lemmas(h) & self.w.plant_head
        ):
            return b - 2
        return b

    def _unnamed_unit_last(self, doc: Doc, c: Chunk) -> bool:
        """The name ends with a unit's noun in the genitive ("Miasta", "Gminy") right after a title or an
        organisation head: the office of a unit whose name is not given."""
        last = c.b - 1
        rs = [r for r in doc.readings[last] if r.pos in NOMINAL]
        common = {r.lemma for r in rs if not r.proper}
        rs = [r for r in rs if not (r.proper and r.lemma.lower() in common)]  # "Miasta": a capitalised noun
        gen = [r for r in rs if "gen" in r.cases]
        if not gen or any(r.proper for r in rs) or not {r.lemma.lower() for r in gen} <= self.w.office_unit:
            return False
        return bool(head_lemma(doc, last - 1, self.lex)) or self._title_lemma(doc, last - 1)

    def _trailing_person(self, doc: Doc, c: Chunk, h: int) -> bool:
        """ "prezes Izby Handlowej Borowa Olafem Brennem" with a foreign name the dictionary does not know:
        after a title, two unknown capitalised words closing the organisation's name are its officer."""
        toks, a, b = doc.tokens, c.a, c.b
        if b - 2 <= h + 1 or a == 0 or not self._title_lemma(doc, a - 1):
            return False
        if not all(toks[i].is_word and _foreign_name_word(doc, i) for i in (b - 2, b - 1)):
            return False
        self._classify(doc, a, b - 2, c.s)
        self._person(doc, b - 2, b, c.s)
        return True

    def _head_names_other(self, doc: Doc, c: Chunk, h: int, head: str) -> bool:
        """ "Miasto Borowo" is a place, "Oddział Betamax" is Betamax, "Spółka Betamax" is the company Betamax."""
        toks, a, b = doc.tokens, c.a, c.b
        if head in self.w.place_unit and b - h < 2:
            self._place(doc, a, b, c.s)
            return True
        trade = self._trade_office(doc, c, h, head)
        if trade is not None and c.b - h == 2:
            return True  # "Biuro Handlowe": a trade office whose organisation is not named
        if (head in self.w.branch_head and b - h > 1 and is_cap(doc, h + 1)) or trade:
            k = h + 1
            while b - k > 1 and is_adj(doc, k) and agree(doc, k, h) and is_cap(doc, k + 1):
                k += 1  # "Oddział Regionalny Banku Rolnego", "Przedstawicielstwo Handlowe Ambasady": the branch's kind
            if (
                not trade
                and k > h + 1
                and any(r.geo for r in doc.readings[k])
                and (b - k == 1 or toks[k + 1].lower in self.w.seat_preposition)
            ):
                return False  # "Przedstawicielstwo Handlowe Ukrainy (w Warszawie)": a country's office, named whole
            if b - k > 1 and c.legal and any(r.geo for r in doc.readings[k]) and is_cap(doc, k + 1):
                k += 1  # "Oddział Borowo Betamax S.A.": the branch's town, then the company
            if trade:
                b = self._branch_seat(doc, c, k)
            self._classify(doc, k, b, c.s)
            return True
        if head in self.w.facility_head and h == a and self._site_of_owner(doc, c, h):
            return True
        if head in self.w.plant_head and h == a and b - h == 2 and self._named_company(doc, toks[h + 1].text):
            self._add(  # "spółka Dreko … Zakład Dreko powstanie": the plant of a company named before
                doc,
                Mention(
                    toks[h + 1].start,
                    toks[h + 1].end,
                    h + 1,
                    b,
                    "organization",
                    toks[h + 1].text,
                    "company",
                    c.s,
                ),
            )
            return True
        if (
            head in self.w.generic_company_head
            and h == a
            and b - h > 1
            and (
                not complement(doc, h + 1)
                or toks[h + 1].is_upper
                or self._brand_after_kind(doc, c, h)
                or self._brand_before_word(doc, c, h)
                or self._brand_in_nominative(doc, c, h)
                or self._brand_of_adjective_and_noun(doc, c, h)
            )
        ):
            n0, n1 = h + 1, b
            if toks[n0].text in OPEN_QUOTES and toks[n1 - 1].text in CLOSE_QUOTES and n1 - n0 > 2:
                n0, n1 = n0 + 1, n1 - 1  # "Firma „Stolbud”": the name without its quotes
            name = doc.text[toks[n0].start : toks[n1 - 1].end]
            m = Mention(
                toks[n0].start,
                toks[n1 - 1].end,
                n0,
                n1,
                "organization",
                name,
                "company",
                c.s,
                descriptor=head,
            )
            m.aliases.append(doc.text[toks[h].start : toks[b - 1].end])
            self._add(doc, m)
            return True
        return False

    def _sole_institution(self, doc: Doc, c: Chunk) -> bool:
        """ "Senat", "Sejm": one capitalised word that names the country's only body of its kind."""
        lemmas = doc.lemmas(c.a) & self.w.sole_institution  # the set test first: it rules out most chunks
        if not lemmas or c.size != 1 or not doc.tokens[c.a].is_cap or doc.tokens[c.a].is_upper:
            return False
        head = min(lemmas)
        self._mention(
            doc, c, "organization", head.capitalize(), self._org_subtype(doc, head, c.a, c.b), head=head
        )
        return True

    def _described_organisation(self, doc: Doc, c: Chunk) -> bool:
        """ "klaster Dolina Wody": the descriptor before the name says what it is."""
        if not c.descriptor:
            return False
        word = c.words[0]
        if c.size == 1 and self._party_word(doc, c.a):
            return (
                True  # "spółka zależna Emitenta": a contract's party, capitalised as a defined term, no name
            )
        if c.size == 1 and self._listed_not_org(word):
            return True  # "dostawca Tier 1", "dostawca ERP": a term after the descriptor, no name
        owner = self.re["owner_genitive"]
        if c.size == 1 and len(word) > 5 and owner.search(word) and self._after_org_title(doc, c.a):
            # "zakład Kormexu": a word the dictionary does not know in the genitive names the plant's owner
            self._mention(doc, c, "organization", owner.sub("", word), "company")
            return True
        name = surface(doc, c.a, c.b)
        toks = doc.tokens
        m = Mention(
            toks[c.a].start,
            toks[c.b - 1].end,
            c.a,
            c.b,
            "organization",
            name,
            c.descriptor[1],
            c.s,
            descriptor=c.descriptor[0],
        )
        m.aliases.append(f"{c.descriptor[0]} {name}")
        self._add(doc, m)
        return True

    def _foreign_organisation(self, doc: Doc, c: Chunk) -> bool:
        """A foreign organisation word with a name ("Borowo Institute"; "Leśnej SSE" → "Leśna SSE")."""
        if not c.foreign or all(w in self.lex.foreign_org_words for w in c.words):
            return False
        if c.size > 2 and c.geo_first and _inflected_after_preposition(doc, c.a):
            self._place(
                doc, c.a, c.a + 1, c.s
            )  # "w Krakowie Global Services Center": the town, then the name
            self._classify(doc, c.a + 1, c.b, c.s)
            return True
        if all(r.pos != "ign" for i in range(c.a, c.b) for r in doc.readings[i]) and c.size > 2:
            return (
                False  # "Zintegrowany System Precyzyjnej Oceny Nawierzchni": every word Polish, a description
            )
        name = surface(doc, c.a, c.b)
        if c.words[-1] in self.w.zone_abbreviation:
            k = c.b - 1
            while k > c.a and is_adj(doc, k - 1) and not any(r.geo for r in doc.readings[k - 1]):
                k -= 1
            if c.a < k < c.b - 1 and any(r.geo for r in doc.readings[k - 1]):
                self._place(
                    doc, c.a, k, c.s
                )  # "w podstrefie Kutno Łódzkiej SSE": the subzone's town, then the zone
                self._classify(doc, k, c.b, c.s)
                return True
            name = self._adjectives_before_abbreviation(doc, c.a, c.b - 1) + " " + c.words[-1]
        subtype = "agency" if c.words[0] in self.w.foreign_agency_opener else c.foreign[-1]
        self._mention(doc, c, "organization", name, subtype)
        return True

    def _known_place(self, doc: Doc, c: Chunk) -> bool:
        return self._place(doc, c.a, c.b, c.s)

    def _town_before_country(self, doc: Doc, c: Chunk) -> bool:
        return c.size == 1 and self._town_with_country(doc, c.a, c.s)

    def _acronym(self, doc: Doc, c: Chunk) -> bool:
        """One acronym: an organisation, unless it is a common word in capitals, a known non-organisation or
        the short name of an event in parentheses."""
        word, a = c.words[0], c.a
        if c.size == 1:
            word = self._acronym_base(word)
        if not (c.size == 1 and is_acronym(word)):
            return False
        toks = doc.tokens
        if 0 < a and c.b < len(toks) and toks[a - 1].text in ("[", "/", "<") and toks[c.b].text in ("]", ">"):
            return True  # "[ZT]…[/ZT]": a markup tag left in a scraped text
        if self._listed_not_org(word):
            return True
        if any(r.pos != "ign" for r in self.morph.analyse(word.split("-")[0].lower())):
            return True  # a common word in capitals (its first part: "PPN-T", "WZL-1" are no words)
        if a >= 2 and doc.tokens[a - 1].text == "(" and any(e[1] == a - 1 for e in doc.event_names):
            doc.event_names.append((a, c.b, word))
            return True
        self._mention(doc, c, "organization", word, None)
        return True

    def _listed_not_org(self, word: str) -> bool:
        """An acronym or a term the language data lists as no organisation ("PKB", "SaaS", "MŚPs")."""
        return word in self.lex.not_org_acronyms or word.rstrip("s") in self.lex.not_org_acronyms

    def _acronym_base(self, word: str) -> str:
        """ "PAIH-em", "KSSE-u" → "PAIH", "KSSE": an acronym takes its case ending after a hyphen."""
        stem, dash, end = word.rpartition("-")
        if dash and end in self._endings and stem.isupper() and is_acronym(stem):
            return stem
        return word

    def _romanised_person(self, doc: Doc, c: Chunk) -> bool:
        """ "Kang Tae-ho", "Chen Yu-ting", "Min-ho Jung": an East Asian surname the language data lists
        (`romanised_surname`) beside a given name of two syllables joined by a hyphen, the second in lower case: a
        person, wherever the name stands ("powiedział Kim Do-yun", not a park "Park Seo-yeon"); not with a firm's
        word-forming element beside the hyphen (compound_element: "Wang Bio-tech") nor after a company noun
        ("spółka Lee Eko-tech")."""
        toks = doc.tokens
        if c.size != 2 or gap_before(doc, c.a + 1) != " ":
            return False
        first, second = toks[c.a].text, toks[c.a + 1].text
        surnames = self.w.romanised_surname
        eastern = bool(_GIVEN_SYLLABLES.fullmatch(second)) and first.lower() in surnames  # the surname first
        western = bool(_GIVEN_SYLLABLES.fullmatch(first)) and second.lower() in surnames
        if not (eastern or western) or not (first.istitle() or second.istitle()):
            return False
        # "spółka Park Eko-tech", "firmy Lin Bio-tech": a firm's word-forming element beside the hyphen, or a
        # company noun before the name, makes it a firm's name
        given = second if eastern else first
        if {p.lower() for p in given.split("-")} & self.w.compound_element:
            return False
        if c.descriptor and c.descriptor[0] in self.w.generic_company_head:
            return False
        if c.a > 0 and doc.lemmas(c.a - 1) & self.w.generic_company_head:
            return False
        self._person(doc, c.a, c.b, c.s)
        return True

    def _titled_person(self, doc: Doc, c: Chunk) -> bool:
        """Two or three capitalised words next to a role title: a person ("dyrektor Olaf Brenn")."""
        toks = doc.tokens
        if c.size not in (2, 3) or not self._titled(doc, c.a, c.b):
            return False
        if not all(
            toks[i].is_word
            and toks[i].text[0].isupper()
            and not any(ch.isupper() for ch in toks[i].text[1:3])
            and not is_adj(doc, i)
            for i in range(c.a, c.b)
        ):
            return False
        a = c.a
        country = (
            c.size == 3
            and not is_first_name(doc, a)
            and (
                any(r.geo and "gen" in r.cases for r in doc.readings[a])
                or all(
                    r.pos == "ign" for r in doc.readings[a]
                )  # "gubernatorem Limburgii Pieterem X": unknown to the dictionary
            )
            and not any(r.surname for r in doc.readings[a])
            and self._country_word(doc, a)
        )
        if not country and _common_noun_only(doc, c.a):
            return False  # "Kierownik Działu Marketingu": a unit of a body, no person's name
        if country:
            self._place(
                doc, a, a + 1, c.s
            )  # "ambasador Japonii Akio Miyajima", "ambasador Kanady Claire X": the title's country, then the name
            a += 1
        self._person(doc, a, c.b, c.s)
        return True

    def _country_word(self, doc: Doc, i: int) -> bool:
        place = self.gaz.lookup([token_keys(doc.tokens[i].text, doc.readings[i])])
        return place is not None and place.kind in ("country", "region")

    def _person_in_apposition(self, doc: Doc, c: Chunk) -> bool:
        """Two or three capitalised words the dictionary does not know, set off by commas next to a person's
        title ("wiceprezes Betamaxu, Olaf Brenn"; "Olaf Brenn, radca handlowy"): a foreign person's name."""
        toks, conn = doc.tokens, self.lex.connectors
        particle = [
            c.a < i < c.b - 1 and toks[i].text.islower() and conn.get(toks[i].text) == "foreign"
            for i in range(c.a, c.b)
        ]  # "Pieter de Vries", "Anke von Hold": a particle inside the name
        if not all(
            toks[i].is_word
            and (
                p
                or _foreign_name_word(doc, i)
                or (
                    any(particle) and _surname_word(doc, i)
                )  # a particle vouches for a word Polish also knows
            )
            for i, p in zip(range(c.a, c.b), particle, strict=True)
        ):
            return False
        if not (self.cx.ends_at(doc, "title_before", c.a) or self.cx.starts_at(doc, "title_after", c.b)):
            return False
        self._person(doc, c.a, c.b, c.s)
        return True

    def _officer_after_acronym(self, doc: Doc, c: Chunk) -> bool:
        """ "prezes BTK Ole Lund", "dyrektor Nordfab Polska Ole Lund": after a title, an acronym or a subsidiary's
        name ending in its country, then two unknown capitalised words: the company, then its officer."""
        toks, a, b = doc.tokens, c.a, c.b
        if a == 0 or not self._title_lemma(doc, a - 1):
            return False
        if a >= 3 and toks[a - 2].text in ("–", "-", ",") and toks[a - 3].is_cap:
            return False  # "Olaf Brenn – dyrektor PKM Nordic Life": the title follows its person
        if not all(_foreign_name_word(doc, i) for i in (b - 2, b - 1)):
            return False
        if any(toks[i].text in self.lex.foreign_org_words for i in (b - 2, b - 1)):
            return False
        org = b - 2 - a
        if not (
            (org == 1 and is_acronym(toks[a].text))
            or (org >= 2 and toks[b - 3].text in self.w.subsidiary_country)
        ):
            return False
        self._classify(doc, a, b - 2, c.s)
        self._person(doc, b - 2, b, c.s)
        return True

    def _places_inside(self, doc: Doc, c: Chunk) -> bool:
        """A longer chunk may hold a place ("… z Belgii"): a geographic noun, not an adjective of a name."""
        if c.size < 2:
            return False
        for i in range(c.a, c.b):
            rs = doc.readings[i]
            if any(r.geo and r.pos in NOMINAL for r in rs) and not (
                is_adj(doc, i) and i + 1 < c.b and is_cap(doc, i + 1)
            ):
                self._place(doc, i, i + 1, c.s)
        last = c.b - 1
        if is_acronym(doc.tokens[last].text) and any(r.geo for r in doc.readings[last - 1]):
            self._classify(doc, last, c.b, c.s)  # "podstrefa Nysa KSSE": the town, then the zone's acronym
        return True


def _locative_only(doc: Doc, k: int) -> bool:
    """The word at k reads as a locative and can be no nominative ("w Budynku …", not "Budynek …")."""
    return any("loc" in r.cases for r in doc.readings[k]) and not any(
        "nom" in r.cases for r in doc.readings[k]
    )


# the subtypes a head gives that a generic company noun right before the name ("spółka", "firma") overrides: a
# brand of ordinary words may hold the head of an association or a cluster ("Dom", "Dolina"), not of a public body
_SOFT_SUBTYPES = frozenset(("business_association", "cluster", "other"))


# The cascade, in order: the first rule that answers True takes the chunk. Each rule says the chunk sizes
# (number of tokens, from–to; None: no upper bound) it can take, so a chunk meets only the rules for its size.
RULES: tuple[tuple[Rule, int, int | None], ...] = (
    (NameClassifier._romanised_person, 2, 2),
    (NameClassifier._acronym_after_name, 3, None),
    (NameClassifier._firm_initials, 4, None),
    (NameClassifier._credit_line, 1, None),
    (NameClassifier._prize_or_status, 1, None),
    (NameClassifier._defined_as_thing, 1, None),
    (NameClassifier._units_listed, 4, None),
    (NameClassifier._venue_name, 2, None),
    (NameClassifier._fair_named_after_town, 2, None),
    (NameClassifier._event_name, 1, None),
    (NameClassifier._introduced_name, 1, None),
    (NameClassifier._officer_after_acronym, 3, None),
    (NameClassifier._board_of, 2, None),
    (NameClassifier._known_company, 1, None),
    (NameClassifier._named_before, 2, None),
    (NameClassifier._country_name, 2, 5),
    (NameClassifier._split_before_inner_head, 2, None),
    (NameClassifier._split_after_whole_name, 4, None),
    (NameClassifier._headed_organisation, 1, None),
    (NameClassifier._sole_institution, 1, 1),
    (NameClassifier._company_by_form, 1, None),
    (NameClassifier._listed_company, 1, 4),
    (NameClassifier._described_organisation, 1, None),
    (NameClassifier._foreign_organisation, 1, None),
    (NameClassifier._known_place, 1, None),
    (NameClassifier._town_before_country, 1, 1),
    (NameClassifier._company_after_officer, 1, 1),
    (NameClassifier._camel_case_brand, 1, 1),
    (NameClassifier._bulleted_company, 1, 1),
    (NameClassifier._company_by_context, 1, 1),
    (NameClassifier._acronym, 1, 1),
    (NameClassifier._titled_person, 2, 3),
    (NameClassifier._person_in_apposition, 2, 3),
    (NameClassifier._brand_before_role, 2, 2),
    (NameClassifier._unknown_words_company, 2, None),
    (NameClassifier._places_inside, 2, None),
)
# What some rules need of a chunk before they can take it (their own first tests): a head noun ("head") or none
# ("headless"), a word of an event's name ("event_word") or none ("no_event_word"), a word before the chunk that
# can close a context pattern ("cue_before"). A chunk meets only the rules for its size and what it has.
NEEDS: dict[Rule, tuple[str, ...]] = {
    NameClassifier._credit_line: ("cue_before",),
    NameClassifier._prize_or_status: ("cue_before",),
    NameClassifier._fair_named_after_town: ("event_word",),
    NameClassifier._event_name: ("event_word",),
    NameClassifier._introduced_name: ("headless", "cue_before"),
    NameClassifier._country_name: ("head",),
    NameClassifier._split_before_inner_head: ("headless",),
    NameClassifier._split_after_whole_name: ("head",),
    NameClassifier._headed_organisation: ("head",),
    NameClassifier._listed_company: ("headless", "no_event_word"),
}


def _rules_for(size: int, head: bool, event_word: bool, cue_before: bool) -> tuple[Rule, ...]:
    has = {"head" if head else "headless", "event_word" if event_word else "no_event_word"}
    if cue_before:
        has.add("cue_before")
    return tuple(
        r
        for r, lo, hi in RULES
        if lo <= size and (hi is None or size <= hi) and has.issuperset(NEEDS.get(r, ()))
    )


# the rules for chunks of 1, 2, 3 and 4 or more tokens, with or without a head, an event word, a cue before
_FOR_CHUNK = {
    (n, head, event, cue): _rules_for(n, head, event, cue)
    for n in (1, 2, 3, 4)
    for head in (False, True)
    for event in (False, True)
    for cue in (False, True)
}


def _inflected_after_preposition(doc: Doc, i: int) -> bool:
    """The word at i follows a preposition and reads, as a place, in an oblique case only ("w Krakowie", "z
    Poznania"): a place the preposition governs, no first word of a name in the nominative."""
    if i == 0 or doc.tokens[i - 1].is_cap or not any(r.pos == "prep" for r in doc.readings[i - 1]):
        return False
    cases = {c for r in doc.readings[i] if r.geo and r.pos in NOMINAL for c in r.cases}
    return bool(cases) and "nom" not in cases


def _instrumental(doc: Doc, i: int) -> bool:
    """The noun at i reads in the instrumental and not in the nominative ("Klastrem", "Liderem")."""
    cases = {c for r in doc.readings[i] if r.pos in NOMINAL for c in r.cases}
    return "inst" in cases and "nom" not in cases
