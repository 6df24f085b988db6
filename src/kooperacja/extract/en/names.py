"""Names in English text: runs of capitalised words (with "of", "for", "and", "&" inside, a legal form or a
lower-case head after), typed as organisations (a head word, a legal form, a known body, an acronym, a
descriptor before), places (the gazetteers with English exonyms) and people (a form of address, a title, a
first name). Data: ``data/en/{org_heads,legal_forms,titles,known_orgs,demonyms,...}.tsv``."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property, lru_cache

from kooperacja.extract.doc import Doc, Mention
from kooperacja.extract.en.gazetteer import EnPlace, en_gazetteer
from kooperacja.extract.en.lexicon import EnLexicon
from kooperacja.extract.en.names_key import fold_key

# "WARSAW (Harbour Wire) -", "GDANSK, Poland (Harbour Wire) –": a place in capitals and a wire in brackets
# opening a line, then a dash
_WIRE_DATELINE = re.compile(
    r"(?m)^[A-Z][A-Z .'-]{1,30}(?:, [A-Z][A-Za-z .]{1,30})?\s*\([^()\n]{2,40}\)(?=\s*[-–—])"
)
_GLUED_ACRONYM = re.compile(r"[A-Z]{2,}-(?=[A-Z][a-z])")
_YEAR = re.compile(r"(1[89]|2[01])[0-9][0-9]")  # a number that reads as a year ("in 2024 ...")
_DASHES = frozenset((",", "–", "-", "—", "("))
_PLACE_KIND = {"city": "city", "region": "region", "country": "country", "other": "other"}
_SHORT = frozenset(("acronym", "mixedcase"))  # heads of names written as acronyms or brands
_OPENERS = frozenset("\"“„‘'•·*-–—([:")
_POSSESSIVE = ("'s", "’s")
_OPENING_QUOTES = frozenset('"„“«‘')
_CLOSING_QUOTES = frozenset('"”“»’')
# subtypes whose head word outweighs a legal form: zones and their managing companies, parks, clusters,
# agencies and schools are often companies by law (extraction spec, "subtype")
_BODY_OVER_FORM = frozenset({"economic_zone", "technology_park", "cluster", "agency", "research_education"})
_WEAK = frozenset(
    ("unknown", "descriptor", "title_of", None)
)  # kinds of organisation evidence that need context


@lru_cache(maxsize=8192)
def _first_name(word: str) -> bool:
    """A given name (Morfeusz's dictionary of names, which holds Polish and many foreign ones, and the foreign
    given names it lacks, ``data/en/first_names.tsv``)."""
    from kooperacja.text.morphology import morphology

    return word in _foreign_first_names() or any(r.first_name for r in morphology().analyse(word))


@lru_cache(maxsize=1)
def _foreign_first_names() -> frozenset[str]:
    from kooperacja.data import read_tsv

    return frozenset(r["name"] for r in read_tsv("en/first_names.tsv"))


@lru_cache(maxsize=1)
def _zone_names() -> dict[str, str]:
    """Folded names and aliases of the Polish economic zones -> the zone's Polish name."""
    from kooperacja.text.gazetteer_data import load_economic_zones

    out: dict[str, str] = {}
    for z in load_economic_zones():
        for nm in (z.name, *(z.aliases or ())):
            out.setdefault(fold_key(nm), z.name)
    return out


@lru_cache(maxsize=1)
def _known_companies() -> dict[str, str]:
    """The names and aliases of the well-known companies of the shared gazetteer (data/gazetteer/companies.tsv),
    as written, with their subtypes: a bare mention of one is that body's, without any other cue."""
    from kooperacja.data import read_tsv

    rows = read_tsv("gazetteer/companies.tsv")
    return {n: r["subtype"] for r in rows for n in (r["name"], *(r["aliases"] or "").split("|")) if n}


def _with(m: Mention, subtype: str | None, attrs: dict[str, object]) -> Mention:
    m.subtype = subtype
    for k, v in attrs.items():
        setattr(m, k, v)
    return m


@lru_cache(maxsize=1)
def _currency_codes() -> frozenset[str]:
    """ISO 4217 currency codes (CLDR, through babel)."""
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def _mixed_case(word: str) -> bool:
    """ "fDi", "PWiK", "SCZone": upper-case letters inside a word, as brand names and acronyms are written."""
    if word.islower() or "-" in word or not any(c.islower() for c in word):
        return False
    return any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False)) or (
        len(word) > 2 and word[0].isupper() and word[1].isupper()  # "SCZone"
    )


class _NoName:
    """What a rule of `EnglishNames._classify` returns when it decides that the run names nothing."""


_NO_NAME = _NoName()


class _Span:
    """Tokens i..j of sentence s that `EnglishNames._classify` types, and what its rules learn about them."""

    def __init__(
        self, names: EnglishNames, doc: Doc, i: int, j: int, s: int, person_cue: bool, demonym: str | None
    ) -> None:
        self.names, self.doc, self.i, self.j, self.s = names, doc, i, j, s
        self.person_cue, self.demonym = person_cue, demonym
        self.a = doc.sent_span[s][0]
        self.start, self.end, self.name = names._span_name(doc, i, j)

    def make(self, typ: str, subtype: str | None, **kw: object) -> Mention:
        """A mention of the span."""
        m = Mention(self.start, self.end, self.i, self.j, typ, self.name, subtype, self.s)
        for k, v in kw.items():
            setattr(m, k, v)
        return m

    @cached_property
    def head(self) -> tuple[str, bool] | None:
        """The organisation head in the span (`EnglishNames._head`)."""
        return self.names._head(self.i, self.j)

    @cached_property
    def place(self) -> EnPlace | None:
        """The place of the gazetteer that the span names."""
        return self.names.gaz.lookup(self.name)

    @cached_property
    def joined(self) -> bool:
        """A connector inside the span ("Chamber of Commerce")."""
        return any(t.text.lower() in self.names.connectors for t in self.doc.tokens[self.i : self.j])

    @cached_property
    def prev(self) -> str:
        """The lemma of the token before the span in its sentence ("" at the sentence's start)."""
        return self.names.lemma[self.i - 1] if self.i - 1 >= self.a else ""


class EnglishNames:
    """The "names" component for English: `doc.mentions` of organisations, places and people."""

    def __init__(self, lex: EnLexicon, morphology: object) -> None:
        self.lex = lex
        self.m = morphology
        self.gaz = en_gazetteer()
        self.max_head = max((len(h) for h in lex.org_heads), default=1)
        self.lower_heads = sorted(
            (h for h in lex.org_heads if len(h) > 1 or h[0] in lex.words("lower_head")), key=len, reverse=True
        )  # "Katowice economic zone", "Aviation Valley cluster"
        self.zones = _zone_names()
        self.connectors = lex.words("connector")  # "Chamber of Commerce"
        self.splitters = lex.words("splitter")  # "X Cluster and Y Agency": two names
        self.headline_small = lex.function_words | lex.words("headline_small")
        self.title_prefix = lex.words("title_prefix")  # "Vice-Governor"
        self.seat_suffix = lex.words("seat_suffix")  # "Antwerp-based"
        # the evidence of an organisation that a name carries itself: its head word, a legal form, a known name
        self._own_heads = frozenset(lex.org_heads.values()) | {"known", "zone", "legal"}
        self._head_word_set = frozenset(w for h in lex.org_heads for w in h)  # every word of every head
        self._legal_last = frozenset(f[-1] for f in lex.legal_forms)  # the tokens a legal form ends with
        self.legal_by_first: dict[str, list[tuple[str, ...]]] = {}
        for form in lex.legal_forms:  # longest first
            self.legal_by_first.setdefault(form[0], []).append(form)
        # nouns of programmes, projects and documents: the name right after them is the thing's
        self._thing_words = lex.words("thing_noun")
        # company heads that are also words of a field: a head only where they end the name ("Tenneco Automotive")
        self._last_heads = lex.words("last_only_head")
        self.lower_by_first: dict[str, list[tuple[str, ...]]] = {}
        for head in self.lower_heads:
            self.lower_by_first.setdefault(head[0], []).append(head)
        # what a boilerplate line opens with: one test before trying each of them
        self._boilerplate_starts = tuple(o for o, _most in lex.boilerplate)
        # one-word heads that may end a compound word ("AgroBioCluster"), in the order of org_heads
        self._suffix_heads = tuple(
            (h[0], sub)
            for h, sub in lex.org_heads.items()
            if h[0] not in self._last_heads and len(h) == 1 and len(h[0]) >= 6
        )

    # ------------------------------------------------------------------ runs of capitalised words

    def _cap(self, doc: Doc, i: int) -> bool:
        t = doc.tokens[i]
        if not t.is_word or not (t.text[0].isupper() or _mixed_case(t.text)):
            return False
        # "Antwerp-based", "state-owned": a word about a seat or an owner, not a word of a name
        return t.text.rpartition("-")[2] not in self.seat_suffix

    def __call__(self, doc: Doc) -> None:
        self.lemma = [
            r[0].lemma.lower() if r else doc.tokens[k].text.lower() for k, r in enumerate(doc.readings)
        ]
        self._toks = doc.tokens
        self._doc = doc
        dated: set[int] = set()
        k = 0
        for d in sorted(doc.dates, key=lambda d: d.start):
            while k < len(doc.tokens) and doc.tokens[k].end <= d.start:
                k += 1
            n = k
            while n < len(doc.tokens) and doc.tokens[n].start < d.end:
                dated.add(n)
                n += 1
        self.dated = dated
        skip = self._boilerplate(doc) | self._brands_and_tickers(doc)
        self.lower_text = doc.text.lower()
        doc.event_names = []
        self.surnames: set[str] = set()  # last words of the people named so far ("Wrona will build …")
        mentions: list[Mention] = []
        self._so_far = mentions  # the mentions found so far, for the rules that look back at a list's items
        unnamed: list[tuple[int, int, int]] = []  # runs that named nothing
        self._after_and: set[int] = set()  # of them, those after a name and "and" (`_unnamed_after_and`)
        for s, (a, b) in enumerate(doc.sent_span):
            i = a
            while i < b:
                if not self._cap(doc, i) or i in dated or i in skip:
                    i += 1
                    continue
                j = self._extend(doc, i, b)
                found = self._chunk(doc, i, j, s, a, top=True)
                if not found and all(
                    t.text.lower() in self.lex.function_words for t in doc.tokens[i : j - 1]
                ):
                    found = self._nationality(doc, j - 1, b, s)  # "Swedish visitors", "A Swedish delegation"
                if not found:
                    found = self._defined_by_acronym(doc, i, j, s)
                if not found:
                    unnamed.append((i, j, s))
                else:
                    after_and = self._unnamed_after_and(doc, found, i, j, s)
                    unnamed.extend(after_and)
                    self._after_and.update(p[0] for p in after_and)
                mentions.extend(found)
                self.surnames.update(doc.tokens[m.t1 - 1].text for m in found if m.type == "person")
                i = max([j, *(m.t1 for m in found)])
        mentions.extend(self._listed_with_companies(doc, mentions, unnamed))
        mentions.extend(self._repeated_names(doc, mentions, unnamed))
        mentions = self._drop_acronyms_of_things(doc, mentions, unnamed)
        mentions.sort(key=lambda m: m.start)
        doc.mentions = self._drop_headline_only(doc, mentions)

    def _unnamed_after_and(
        self, doc: Doc, found: list[Mention], i: int, j: int, s: int
    ) -> list[tuple[int, int, int]]:
        """ "Quessa Labs and Tarvik": the part of a run after a conjunction that a name of the run ends, where
        it named nothing (a company listed with that name, maybe)."""
        out: list[tuple[int, int, int]] = []
        conj = self.lex.words("conjunction")
        starts = sorted(m.t0 for m in found)
        for m in found:
            e = m.t1
            if e + 1 < j and doc.tokens[e].text in conj and self._cap(doc, e + 1):
                nxt = min((t for t in starts if t > e), default=j)
                if nxt > e + 1:
                    out.append((e + 1, nxt, s))
        return out

    def _listed_with_companies(
        self, doc: Doc, mentions: list[Mention], unnamed: list[tuple[int, int, int]]
    ) -> list[Mention]:
        """ "Qwertonix Ltd, Zellmor and Tavik Foods", "partners such as Zellmor, Tavik and Brightwater University":
        a run that names nothing by itself is a company where it is listed right next to an organisation ("," "and"
        "or" between), or in a list of organisations after a cue ("firms such as", "its clients include"),
        unless its words are common ones or make a person's name."""
        toks = doc.tokens
        cued = self._cued_list_items(doc, mentions, unnamed)
        parts: list[tuple[int, int, int]] = []
        for i, j, s in unnamed:
            while i < j and toks[i].text.lower() in self.lex.function_words:
                i += 1
            of = next((k for k in range(i + 1, min(j - 1, i + 3)) if toks[k].text == "of"), None)
            if of is not None and self._common(doc, i, of):
                i = of + 1  # "Representatives of Orlen, …": the common words and "of" before the first item
            if i >= j:
                continue
            listed = i in cued or (i > 0 and toks[i - 1].text == ",")
            cut = [k for k in range(i + 1, j - 1) if toks[k].text in self.lex.words("conjunction")]
            if listed and cut:  # "Siemens and Knorr-Bremse" in a list: two items
                for a, b in zip([i, *(k + 1 for k in cut)], [*cut, j], strict=True):
                    parts.append((a, b, s))
                    if i in cued:
                        cued.add(a)
            else:
                parts.append((i, j, s))
        firms = {m.t1: m for m in mentions if m.type == "organization"}
        starts = {m.t0: m for m in mentions if m.type == "organization"}
        joiners = self.lex.words("list_joiner") | self.lex.words("conjunction")
        skip = self.lex.words("list_skip")
        out: list[Mention] = []
        people = {m.sent for m in mentions if m.type == "person"}
        todo = [p for p in parts if not self._no_company(doc, *p)]
        changed = True
        while changed:  # "Orlen, Equinor and the City of X": the list read until nothing more joins it
            changed = False
            for i, j, s in list(todo):
                a, b = doc.sent_span[s]
                n = j
                if n < b and toks[n].text in joiners:
                    n += 1
                    while n < b and toks[n].text.lower() in skip:
                        n += 1
                before = i - 1 > a and toks[i - 1].text in joiners and (i - 1) in firms
                # "Enterprise Harbour (EH) and Quessa": the acronym in brackets ends the body before
                before = before or (
                    i - 2 > a and toks[i - 1].text in joiners and toks[i - 2].text == ")" and (i - 2) in firms
                )
                after = n > j and n in starts
                if i in self._after_and and i not in cued:
                    continue  # ("Quessa Labs and Tarvik" counts only in a list after a cue)
                if (before or after or i in cued) and s in people and self._person_shaped(doc, i, j):
                    # "Rashid Al Marri, Chukwuma Obi and Jan Wrona": in a sentence that names people, a name of
                    # two or three words shaped like a person's is one more person
                    out.append(_Span(self, doc, i, j, s, False, None).make("person", None))
                    todo.remove((i, j, s))
                    changed = True
                elif before or after or i in cued:
                    out.append(
                        _Span(self, doc, i, j, s, False, None).make("organization", "company", head="listed")
                    )
                    firms[j] = starts[i] = out[-1]
                    todo.remove((i, j, s))
                    changed = True
        return out

    def _repeated_names(
        self, doc: Doc, mentions: list[Mention], unnamed: list[tuple[int, int, int]]
    ) -> list[Mention]:
        """ "Swedish firm Cyclion … Cyclion, founded in 2018, will invest …": a run that named nothing by itself and
        is written exactly as an organisation the document names elsewhere is that organisation again."""
        orgs = {m.name: m for m in mentions if m.type == "organization"}
        taken = {m.t0 for m in mentions}
        out: list[Mention] = []
        for i, j, s in unnamed:
            while i < j and doc.tokens[i].text.lower() in self.lex.function_words:
                i += 1
            if i >= j or i in taken:
                continue
            span = _Span(self, doc, i, j, s, False, None)
            known = orgs.get(span.name)
            if known is not None:
                out.append(span.make("organization", known.subtype, head="repeated"))
                taken.add(i)
        return out

    def _no_company(self, doc: Doc, i: int, j: int, s: int) -> bool:
        """Tokens i..j cannot be a company listed among others: common words, a person's name, a place."""
        toks = doc.tokens
        if i >= j or self._common(doc, i, j) or self._not_org(doc, i, j):
            return True  # ("Harbour Investment Week, the Northvale Zone …": an event's name is no company)
        if j - i == 1 and (
            toks[i].text in self.lex.not_org_acronyms or self._title(i) or self._acronym_of_a_thing(doc, i, s)
        ):
            return True  # "Speakers: CEO, Varnholt Group": a title or a concept's acronym
        if self._looks_person(doc, i, j) and _first_name(toks[i].text):
            return True
        return self.gaz.lookup(" ".join(doc.text[toks[i].start : toks[j - 1].end].split())) is not None

    def _cued_list_items(
        self, doc: Doc, mentions: list[Mention], unnamed: list[tuple[int, int, int]]
    ) -> set[int]:
        """The first tokens of the items of lists of organisations: a cue ("such as", "including", "include",
        "among them", ":") after a plural noun of organisations ("companies", "partners", "members"), then
        capitalised names parted by commas and "and"."""
        toks = doc.tokens
        ends = {m.t0: m.t1 for m in mentions}
        for i, j, _s in unnamed:
            ends.setdefault(i, j)
            for k in range(i + 1, j):
                ends.setdefault(k, j)  # an item inside a run that names nothing ("Siemens and Knorr-Bremse")
        cues = self.lex.words("list_cue")
        owners = self.lex.words("list_owner") | frozenset(self.lex.descriptors)
        cue_skip = self.lex.words("list_cue_skip")
        skip = self.lex.words("list_skip")
        joiners = self.lex.words("list_joiner") | self.lex.words("conjunction")
        out: set[int] = set()
        hits = [
            k for k, (w, t) in enumerate(zip(self.lemma, toks, strict=True)) if w in cues or t.text in cues
        ]
        for c in hits:
            a, b = doc.sent_span[doc.sent_of[c]]
            if c > a:
                back = [self.lemma[k] for k in range(max(a, c - 4), c) if toks[k].is_word]
                if not any(w in owners or w.removesuffix("s") in owners for w in back):  # "start-ups"
                    continue
                k = c + 1
                while k < b and toks[k].text.lower() in cue_skip:
                    k += 1
                items: list[int] = []
                while k < b:
                    while k < b and toks[k].text.lower() in skip:
                        k += 1
                    if k >= b or k not in ends or not self._cap(doc, k):
                        break
                    items.append(k)
                    e = ends[k]
                    cut = next(
                        (n for n in range(k + 1, e) if toks[n].text in self.lex.words("conjunction")), None
                    )
                    k = cut if cut is not None else e
                    if k >= b or toks[k].text not in joiners:
                        break
                    k += 1
                if len(items) >= 2:
                    out.update(items)
        return out

    def _drop_acronyms_of_things(
        self, doc: Doc, mentions: list[Mention], unnamed: list[tuple[int, int, int]]
    ) -> list[Mention]:
        """ "the Polish Investment Zone (PIZ)", "Regional Operational Programme (ROP)": an acronym that the text
        defines for a run that names no organisation (a programme, a policy, a concept) names none either,
        wherever the text uses it."""
        toks = doc.tokens
        things: set[str] = set()
        for i, j, _s in unnamed:
            if j + 2 < len(toks) and toks[j].text == "(" and toks[j + 2].text == ")" and toks[j + 1].is_upper:
                if self._initials_of(doc, i, j) == toks[j + 1].text.upper():
                    things.add(toks[j + 1].text)
        for m in mentions:
            if m.head in _SHORT and self._defined_by_common_words(doc, m):
                things.update((m.name, m.name.removesuffix("s")))  # "printed circuit boards (PCBs)"
        if not things:
            return mentions
        return [
            m
            for m in mentions
            if not (m.type == "organization" and m.head in ("acronym", "mixedcase") and m.name in things)
        ]

    def _defined_by_common_words(self, doc: Doc, m: Mention) -> bool:
        """ "battery management systems (BMS)": an acronym in brackets right after as many words in lower case
        as it has letters (a plural "s" aside), whose initials it is, stands for a common noun."""
        toks = doc.tokens
        if m.t1 - m.t0 != 1 or m.t0 < 2 or m.t1 >= len(toks) or toks[m.t0 - 1].text != "(":
            return False
        if toks[m.t1].text != ")":
            return False
        letters = toks[m.t0].text
        letters = letters[:-1] if letters.endswith("s") and letters[:-1].isupper() else letters
        n = len(letters)
        words = toks[max(0, m.t0 - 1 - n) : m.t0 - 1]
        return (
            len(words) == n
            and all(t.is_word and t.text[0].islower() for t in words)
            and "".join(t.text[0] for t in words).upper() == letters.upper()
        )

    def _initials_of(self, doc: Doc, i: int, j: int) -> str:
        """The initials of the words of tokens i..j, less the small words ("of", "and", "the")."""
        small = self.lex.words("initials_skip") | self.lex.function_words
        words = [
            w for t in doc.tokens[i:j] if t.is_word for w in t.text.split("-") if w and w.lower() not in small
        ]
        return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""

    def _defined_by_acronym(self, doc: Doc, i: int, j: int, s: int) -> list[Mention]:
        """ "the Brightwater Multi Trade Centre (BMTC)": a run that names nothing by itself is an organisation
        when the acronym in brackets right after it is made of its initials."""
        toks = doc.tokens
        b = doc.sent_span[s][1]
        if j + 2 >= b or toks[j].text != "(" or toks[j + 2].text != ")" or not toks[j + 1].is_upper:
            return []
        small = self.lex.words("initials_skip") | self.lex.function_words
        while i < j and toks[i].text.lower() in small:
            i += 1
        words = [w for t in toks[i:j] if t.is_word for w in t.text.split("-") if w and w.lower() not in small]
        acronym = toks[j + 1].text
        if len(words) < 2 or "".join(w[0] for w in words).upper() != acronym.upper():
            return []
        if self._common(doc, i, j) and not self._head(i, j):
            return []
        head = self._head(i, j)
        m = _Span(self, doc, i, j, s, False, None).make(
            "organization", head[0] if head else None, head="defined"
        )
        return [m]

    def _drop_headline_only(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """Capitals in a headline written in Title Case ("Harbour Cluster Wins Regional Award") mark no names:
        a name found on such a line stays only where the text writes it elsewhere too."""
        text = doc.text
        lines: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            if self._capitalised_line(line):
                lines.append((pos, pos + len(line)))
            pos += len(line) + 1
        if not lines:
            return mentions
        rest = "\n".join(
            text[b:a]
            for b, a in zip([0, *(e for _s, e in lines)], [s for s, _e in lines] + [len(text)], strict=True)
        )
        return [m for m in mentions if not any(a <= m.start < b for a, b in lines) or m.name in rest]

    def _capitalised_line(self, line: str) -> bool:
        """A line of four or more words nearly all capitalised, with no sentence or list punctuation."""
        words = line.split()
        if len(words) < 4 or line.rstrip().endswith((".", ":", "!", "?")) or any(p in line for p in ",;|"):
            return False
        caps = [w for w in words if w[:1].isupper() or not w[:1].isalpha()]
        return len(caps) >= 0.8 * len(words)

    def _boilerplate(self, doc: Doc) -> set[int]:
        """Tokens on the lines of a page that are no article text: navigation ("Home | News | Contact"),
        sharing, tags, photo credits, copyright (``data/en/boilerplate.tsv``)."""
        out: set[int] = set()
        text = doc.text
        spans: list[tuple[int, int]] = []
        pos = 0
        for line in text.split("\n"):
            low = line.strip().lower()
            if (
                self._title_case(line)
                or low.count("|") >= 2
                or sum(low.count(c) for c in "»›") >= 2  # "Home » News » Clusters": a breadcrumb
                or (
                    low.startswith(self._boilerplate_starts)
                    and any(
                        low.startswith(o)
                        and (len(low) == len(o) or not low[len(o)].isalnum())
                        and (not most or len(low.split()) <= most)
                        for o, most in self.lex.boilerplate
                    )
                )
            ):
                spans.append((pos, pos + len(line)))
            pos += len(line) + 1
        for d in doc.dates:
            # "Northvale, 12 January 2024 (Harbour News) - …": the place of a dateline is no entity
            line_start = text.rfind("\n", 0, d.start) + 1
            head = text[line_start : d.start]
            if head.rstrip().endswith(",") and len(head) <= 40 and "." not in head:
                spans.append((line_start, d.start))
        for hit in _WIRE_DATELINE.finditer(text):
            spans.append((hit.start(), hit.end()))  # "WARSAW (Harbour Wire) - …": a wire's dateline
        credit = self.lex.words("credit_word")
        toks = doc.tokens
        for k, t in enumerate(toks[:-1]):
            if t.text == "(" and toks[k + 1].text.lower() in credit:
                close = text.find(")", t.end)  # "(photo: Harbour Office)", "(fot. Ola Wierzba)" mid-line
                if 0 <= close - t.end <= 80:
                    spans.append((t.start, close + 1))
        if spans:
            for k, t in enumerate(doc.tokens):
                if any(a <= t.start < b for a, b in spans):
                    out.add(k)
        return out

    def _brands_and_tickers(self, doc: Doc) -> set[int]:
        """Tokens that name no entity: a brand marked "®" or "™" (with the capitalised words before it), and
        a stock ticker in brackets ("(NYSE: QWX)")."""
        toks = doc.tokens
        out: set[int] = set()
        marks = self.lex.words("brand_mark")
        for k, t in enumerate(toks):
            if t.text in marks and k > 0 and toks[k - 1].end == t.start:
                n = k - 1
                while n >= 0 and self._cap(doc, n) and (n == k - 1 or toks[n].end + 1 == toks[n + 1].start):
                    out.add(n)
                    n -= 1
            elif (
                t.text == "("
                and k + 4 < len(toks)
                and toks[k + 2].text == ":"
                and toks[k + 4].text == ")"
                and toks[k + 1].is_upper
                and toks[k + 3].is_upper
            ):
                out.update((k + 1, k + 3))
        return out

    def _title_case(self, line: str) -> bool:
        """A headline in Title Case ("Cluster Signs Deal With Harbour Partners"): capitals mark no names there.
        Told by a capitalised small word inside it ("With", "To", "At") and most words capitalised."""
        words = line.split()
        if len(words) < 4 or line.rstrip().endswith((".", ":")):
            return False
        caps = [w for w in words if w[:1].isupper()]
        small = any(w[:1].isupper() and w.lower() in self.headline_small for w in words[1:])
        return small and len(caps) >= 0.7 * len(words)

    def _legal_at(self, doc: Doc, j: int, b: int) -> int:
        for form in self.legal_by_first.get(doc.tokens[j].text, ()) if j < b else ():
            k = len(form)
            if j + k <= b and all(doc.tokens[j + n].text == form[n] for n in range(k)):
                if j + k == b or not self._cap(doc, j + k):
                    return k
                if form[-1] == "." and doc.tokens[j + k].text.lower() in self.lex.function_words:
                    return (
                        k  # "… Elmech Sp. z o.o. The company …": the form's full stop ends the sentence too
                    )
        return 0

    def _extend(self, doc: Doc, i: int, b: int) -> int:
        """The end of the name that starts at capitalised token i (sentence end b)."""
        toks = doc.tokens
        quoted = self._quoted_name(doc, i, b)
        if quoted:
            return quoted
        if toks[i].text.endswith(_POSSESSIVE) and (
            not (i + 1 < b and (self.lemma[i + 1],) in self.lex.org_heads) or self._place_owner(doc, i, i + 1)
        ):
            return i + 1  # "Poland's Ministry of …": the place that owns it is no part of the name
        j, done = self._extend_run(doc, i, b)
        j = j if done else self._extend_tail(doc, i, j, b)
        if j + 1 < b and toks[j].text in _OPENING_QUOTES and (self.lemma[j - 1],) in self.lex.org_heads:
            close = self._closing_quote(doc, j + 1, b)
            if close is not None and self._cap(doc, j + 1):
                return close + 1  # "Economic Chamber „Harbour Devices”"
        return j

    def _extend_run(self, doc: Doc, i: int, b: int) -> tuple[int, bool]:
        """Walks over capitalised words and the small tokens between them; (end, True) when a legal form ends it."""
        toks = doc.tokens
        j = i + 1
        while j < b and j not in self.dated:
            legal = self._legal_at(doc, j, b)
            if legal:
                return j + legal, True
            if self._cap(doc, j):
                if (
                    self.lex.titles.get(toks[j].text.lower()) == "honorific"
                    and j + 1 < b
                    and toks[j + 1].text == "."
                ):
                    break  # "… University of Technology Prof. Ewa Brzoza": a form of address opens a person's name
                j += 1
                if toks[j - 1].text.endswith(_POSSESSIVE):
                    if not (j < b and self._cap(doc, j) and (self.lemma[j],) in self.lex.org_heads):
                        break  # a possessive ends a name, unless an organisation's head follows ("Marshal's Office")
                    if self._place_owner(doc, i, j):
                        break  # "Lower Silesia's Agency …": the place and its organisation are two names
                    if j - 1 > i and self._place_owner(doc, j - 1, j):
                        return (
                            j - 1,
                            False,
                        )  # "… of Korea and Poland's Ministry …": the run ends before the place
                continue
            step = next((n for rule in _EXTEND_RULES if (n := rule(self, doc, i, j, b))), 0)
            if not step:
                break
            j += step
        return j, False

    def _closing_quote(self, doc: Doc, k: int, b: int) -> int | None:
        """The token of the quote that closes one opened right before token k (within a few words)."""
        toks = doc.tokens
        for n in range(k, min(b, k + 8)):
            if toks[n].text in _CLOSING_QUOTES and n > k:
                return n
            if toks[n].text in (".", ";", "(", ")") or toks[n].text in _OPENING_QUOTES:
                return None
        return None

    def _quoted_name(self, doc: Doc, i: int, b: int) -> int:
        """ "Foundation „Harbour Hub”", "the „Green Harbour” Cluster": an organisation's head word and a name in
        quotes are one name; the end of it, or 0."""
        toks = doc.tokens
        if i + 2 < b and (self.lemma[i],) in self.lex.org_heads and toks[i + 1].text in _OPENING_QUOTES:
            close = self._closing_quote(doc, i + 2, b)
            if close is not None and self._cap(doc, i + 2):
                return close + 1  # "Foundation „Harbour Hub”"
        if i > doc.sent_span[doc.sent_of[i]][0] and toks[i - 1].text in _OPENING_QUOTES:
            close = self._closing_quote(doc, i, b)
            if close is not None and close + 1 < b and self._cap(doc, close + 1):
                if (self.lemma[close + 1],) in self.lex.org_heads:
                    return close + 2  # "„Green Harbour” Cluster"
            if close is not None and self._kind_word_before(doc, i - 1):
                return close  # "the cluster ‘Harbour Automotive and Machinery Valley’": the quoted words are the name
        return 0

    def _kind_word_before(self, doc: Doc, q: int) -> str | None:
        """The subtype that a lower-case word of a kind of body gives right before token q ("the cluster",
        "the company"), if the word is one."""
        k = q - 1
        if k < doc.sent_span[doc.sent_of[q]][0] or not doc.tokens[k].text.islower():
            return None
        return self.lex.descriptors.get(self.lemma[k]) or self.lex.org_heads.get((self.lemma[k],))

    def _place_owner(self, doc: Doc, i: int, j: int) -> bool:
        """Tokens i..j, the last with "'s", name a place of the gazetteer ("Poland's", "Lower Silesia's")."""
        start, end, _name = self._span_name(doc, i, j)
        return self.gaz.lookup(" ".join(doc.text[start:end].split())) is not None

    # the rules for a token inside a run that is not a capitalised word: each gives the tokens it takes, 0 if none

    def _ext_number(self, doc: Doc, i: int, j: int, b: int) -> int:
        """A short number glued to the words ("WAW 11", "Horizon 2020")."""
        toks = doc.tokens
        t, nxt = toks[j], j + 1
        if t.is_num and toks[j - 1].is_word and t.start == toks[j - 1].end + 1 and "," not in t.text:
            if len(t.text) <= 4 and (nxt >= b or not (toks[nxt].is_word and toks[nxt].text[0].islower())):
                return 1
        return 0

    def _ext_of_the(self, doc: Doc, i: int, j: int, b: int) -> int:
        """ "Marshal's Office of the Silesian Voivodeship": "of the" after an organisation's head."""
        toks = doc.tokens
        nxt = j + 1
        if (
            toks[j].text == "of"
            and nxt + 1 < b
            and toks[nxt].text == "the"
            and self._cap(doc, nxt + 1)
            and (self.lemma[j - 1],) in self.lex.org_heads
        ):
            return 2
        return 0

    def _ext_connector(self, doc: Doc, i: int, j: int, b: int) -> int:
        """A connector ("of", "for", "&") before a capitalised word that carries no date."""
        nxt = j + 1
        toks = doc.tokens
        ok = toks[j].text.lower() in self.connectors and nxt < b and self._cap(doc, nxt)
        if (
            ok
            and toks[j].text in self.splitters
            and nxt + 2 < b
            and toks[nxt + 1].text in self.lex.words("name_in")
            and self.gaz.lookup(toks[nxt + 2].text) is not None
            # ("Chamber of Industry and Commerce in Katowice": a field of the body's, then its seat)
            and self.lemma[nxt] not in self.lex.words("body_field")
        ):
            return (
                0  # "… Cluster of Renewable Energy and Invest in Pomerania": the next name is "Invest in …"
            )
        return 1 if ok and nxt not in self.dated else 0

    def _ext_the_after_of(self, doc: Doc, i: int, j: int, b: int) -> int:
        """ "the" after "of" and before a capitalised word."""
        toks = doc.tokens
        nxt = j + 1
        return (
            1 if toks[j].text == "the" and toks[j - 1].text == "of" and nxt < b and self._cap(doc, nxt) else 0
        )

    def _ext_plural_possessive(self, doc: Doc, i: int, j: int, b: int) -> int:
        """ "Koreans' Office": an apostrophe after a plural."""
        toks = doc.tokens
        nxt = j + 1
        ok = toks[j].text in ("'", "’") and nxt < b and self._cap(doc, nxt)
        return 1 if ok and toks[j - 1].text.endswith("s") else 0

    def _ext_abbreviation(self, doc: Doc, i: int, j: int, b: int) -> int:
        """ "St. Dominica": the full stop of an abbreviation."""
        toks = doc.tokens
        nxt = j + 1
        ok = toks[j].text == "." and toks[j - 1].text.lower() in self.lex.abbreviations
        if ok and self.lex.titles.get(toks[j - 1].text.lower()) == "honorific":
            return 0  # "… University of Technology Prof. Ewa Brzoza": a form of address opens a person's name
        return 1 if ok and nxt < b and self._cap(doc, nxt) else 0

    def _ext_in_place(self, doc: Doc, i: int, j: int, b: int) -> int:
        """ "Invest in Pomerania", "Logistics in Wallonia": one capitalised word inside a sentence, "in" and a
        place make a name (a sentence that opens with the word tells nothing by its capital)."""
        toks = doc.tokens
        if (
            j != i + 1
            or toks[j].text not in self.lex.words("name_in")
            or j + 1 >= b
            or not self._cap(doc, j + 1)
        ):
            return 0
        a = doc.sent_span[doc.sent_of[i]][0]
        if i == a or toks[i - 1].text in _OPENERS or toks[i - 1].text[:1].isupper():
            return 0
        if not self.m.known(toks[i].text) or toks[i].is_upper or self.lemma[i] != toks[i].text.lower():  # type: ignore[attr-defined]
            return 0  # "firms Made in Poland": an inflected word describes
        return 1 if self.gaz.lookup(toks[j + 1].text) is not None else 0

    def _ext_comma(self, doc: Doc, i: int, j: int, b: int) -> int:
        """A comma inside an "X of A, B and C" name."""
        return 1 if doc.tokens[j].text == "," and self._comma_list(doc, i, j, b) else 0

    def _extend_tail(self, doc: Doc, i: int, j: int, b: int) -> int:
        """After the run: a legal form, or a lower-case organisation head ("Katowice economic zone")."""
        toks = doc.tokens
        legal = self._legal_at(doc, j, b)
        if legal:
            return j + legal
        if j == i + 1 and toks[i].text in self.lex.demonyms:
            return j  # "Polish industrial zone" is a description, not a name
        seat = self.lex.words("polish_seat")
        if j + 1 < b and toks[j].text in seat and self._cap(doc, j + 1) and j + 1 not in self.dated:
            if any(self.lex.polish_heads.get(t.text.lower(), ("", False))[1] for t in toks[i:j]):
                k = j + 1
                while k < b and self._cap(doc, k):
                    k += 1
                return k  # "Starostwo Powiatowe w Mielcu": a Polish name goes on with its seat
        for head in self.lower_by_first.get(self.lemma[j], ()) if j < b else ():
            k = len(head)
            if j + k <= b and all(
                self.lemma[j + n] == head[n] and toks[j + n].text.islower() for n in range(k)
            ):
                if k == 1 and (
                    (j == i + 1 and not toks[i].is_upper)
                    or self.gaz.lookup(" ".join(doc.text[toks[i].start : toks[j - 1].end].split()))
                ):
                    continue  # "the Lublin cluster", "a Silesian cluster" describe; "the Aviation Valley cluster" names
                return j + k  # "Katowice economic zone"
        return j

    def _comma_list(self, doc: Doc, i: int, j: int, b: int) -> bool:
        """ "Ministry of Development, Labour and Technology": a comma inside an "X of A, B and C" name."""
        if "of" not in {doc.tokens[k].text for k in range(i, j)}:
            return False
        if not any(h[0] == self.lemma[i] for h in self.lex.org_heads):
            return False
        k = j + 1
        while k < min(b, j + 5) and self._cap(doc, k):
            k += 1
        return (
            k > j + 1
            and k + 1 < b
            and doc.tokens[k].text in self.lex.words("conjunction")
            and self._cap(doc, k + 1)
        )

    # ------------------------------------------------------------------ typing

    def _chunk(self, doc: Doc, i: int, j: int, s: int, sent_start: int, top: bool = False) -> list[Mention]:
        """The mentions in the run of tokens i..j of sentence s: one name, several, or none."""
        i, person_cue, early = self._chunk_lead(doc, i, j, s, sent_start)
        if early is not None:
            return early
        j = self._chunk_trim(doc, i, j)
        if i >= j:
            return []
        splits = (
            self._split_at_title,
            self._split_place_person,
            self._split_place_company,
            self._split_person_of,
            self._split_place_and_body,
            self._split_listed,
            self._split_two_names,
        )
        if self._thing_pair(doc, i, j, s):
            return []  # "the Human Capital and Lifestyle category": one thing's name, not two bodies
        if self.lex.polish_name(fold_key(self._span_name(doc, i, j)[2])) is not None:
            splits = ()  # "Warmia and Mazury Special Economic Zone" is one name
        for split in splits:
            parts = split(doc, i, j, s, sent_start)
            if parts is not None:
                return parts
        found = self._classify(doc, i, j, s, person_cue)
        if found is not None:
            return [found]
        return self._chunk_rest(doc, i, j, s, sent_start)

    def _thing_pair(self, doc: Doc, i: int, j: int, s: int) -> bool:
        """Tokens i..j join words by a conjunction, hold no organisation's head and stand right before a noun of
        a thing or an event in the singular ("category", "award", "programme"): the name of that one thing."""
        conj = self.lex.words("conjunction")
        if not any(doc.tokens[k].text in conj for k in range(i + 1, j - 1)) or self._head(i, j) is not None:
            return False
        return self._event_noun_after(doc, j, doc.sent_span[s][1]) is not None

    def _chunk_lead(
        self, doc: Doc, i: int, j: int, s: int, sent_start: int
    ) -> tuple[int, bool, list[Mention] | None]:
        """Skips the small words, forms of address and titles that open the run: (new start, whether a person
        is cued, the mentions where a title decides them)."""
        toks = doc.tokens
        lex = self.lex
        person_cue = i > sent_start and self._title(i - 1)
        h = i - 2 if i - 2 >= sent_start and toks[i - 1].text == "." else i - 1
        if h >= sent_start and lex.titles.get(toks[h].text.lower()) == "honorific":
            person_cue = True  # "Prof. Radoslaw Dobrowolski": a form of address with its full stop before
        while i < j:
            low = toks[i].text.lower()
            at_start = (
                i == sent_start
                or toks[i - 1].text in _OPENERS
                or "\n" in doc.text[toks[i - 1].end : toks[i].start]
            )
            if low in self.connectors or (low in lex.function_words and (at_start or low == "the")):
                i += 1
                continue
            if at_start and i + 2 < j and toks[i + 1].text == "of" and self._plural_noun(i):
                i += 2  # "Representatives of Gmina Dębica …": a plural noun opening the sentence, and "of"
                continue
            if lex.titles.get(low) == "honorific":
                person_cue = True
                i += 1
                if i < j and toks[i].text == ".":
                    i += 1
                continue
            tl = self._title_len(i, j)
            if tl:
                split = self._title_person(doc, i, j, s)
                if split is not None:
                    return i, person_cue, split
            long_title = self._long_title_of(doc, i, j)
            if long_title:  # "Senior Vice President of …", "Chief Operating Officer of …"
                return i, person_cue, self._title_of(doc, long_title + 1, j, s)
            if tl and i + tl + 1 < j and toks[i + tl].text == "of":
                return i, person_cue, self._title_of(doc, i + tl + 1, j, s)
            if tl == 1 and i + 1 < j and self._looks_person(doc, self._after_honorifics(doc, i + 1, j), j):
                person_cue = (
                    True  # "Rector Prof. Anna Lis": the form of address after the title is skipped next
                )
                i += 1
                continue
            break
        return i, person_cue, None

    def _long_title_of(self, doc: Doc, i: int, j: int) -> int:
        """The index of the "of" after a title of two to four common words that a title word ends ("Senior Vice
        President of", "Chief Operating Officer of"), 0 if tokens i..j open with none."""
        toks = doc.tokens
        for n in range(i + 1, min(j - 1, i + 4)):
            if toks[n].text == "of":
                return n if n - i >= 2 and self._title(n - 1) and self._common(doc, i, n) else 0
        return 0

    def _plural_noun(self, k: int) -> bool:
        """Token k is the plural of a common English noun that heads no organisation ("Members", "Guests")."""
        t = self._toks[k]
        lem = self.lemma[k]
        return (
            t.text.endswith("s")
            and lem != t.text.lower()
            and lem[:1].islower()
            and (lem,) not in self.lex.org_heads
            and lem not in self.lex.not_org_words  # "Directions of …" names a document
            and self.m.known(t.text)  # type: ignore[attr-defined]
        )

    def _title_of(self, doc: Doc, o: int, j: int, s: int) -> list[Mention]:
        """ "President of Vigo System", "Managing Director of X": the organisation after the title's "of"
        (tokens o..j); "Minister of State for …" names none."""
        toks = doc.tokens
        while o < j - 1 and toks[o].text.lower() == "the":
            o += 1
        # "Head of Investor Relations of Marlow Cables": the field of the title, then the body after its "of"
        of = next((n for n in range(o + 1, min(j - 1, o + 4)) if toks[n].text == "of"), None)
        if of is not None and self._common(doc, o, of) and self._head(o, of) is None:
            o = of + 1
            while o < j - 1 and toks[o].text.lower() == "the":
                o += 1
        found = self._classify(doc, o, j, s, False)
        if found is None or self._common(doc, o, j):
            return []  # "Minister of Development and Technology": a portfolio, not a body
        plain = not any(t.text.lower() in self.connectors for t in toks[o:j])
        if found.head in _WEAK and not (plain and not self._common(doc, o, j)):
            return []
        return [found]

    def _chunk_trim(self, doc: Doc, i: int, j: int) -> int:
        """The end of the run less the connectors and punctuation that trail it (a legal form's full stop stays)."""
        toks = doc.tokens
        while j > i and toks[j - 1].text.lower() in self.connectors | {"the", ".", "'", "’", ","}:
            if toks[j - 1].text == "." and j - 2 >= i and self._legal_end(doc, i, j):
                break  # "Ltd.", "S.A."
            j -= 1
        return j

    def _split_at_title(self, doc: Doc, i: int, j: int, s: int, sent_start: int) -> list[Mention] | None:
        """ "PARP Expert Monika Łuczak": a title inside the run parts an organisation from a person."""
        conj = self.lex.words("conjunction")
        for k in range(i + 1, j - 1):
            if not self._title(k):
                continue
            p = self._after_honorifics(doc, k + 1, j)  # "Rector Prof. Anna Lis"
            # the person's name ends the run, or a conjunction ends it ("… Petr Novak and Valley Coordinator …")
            e = (
                j
                if self._looks_person(doc, p, j)
                else next(
                    (
                        n
                        for n in range(p + 2, min(j - 1, p + 4))
                        if doc.tokens[n].text in conj and self._looks_person(doc, p, n)
                    ),
                    None,
                )
            )
            if e is None:
                continue
            if k - 1 > i and self._title_len(k - 1, j) == 2:
                k -= 1  # "MSAC Executive Director Petr Novak": a title of two words
            left = [m for m in self._chunk(doc, i, k, s, sent_start) if m.head not in _WEAK]
            rest = self._chunk(doc, e + 1, j, s, sent_start) if e < j else []
            return [*left, *self._chunk(doc, k, e, s, sent_start), *rest]
        return None

    def _after_honorifics(self, doc: Doc, k: int, j: int) -> int:
        """The first token from k on that is no form of address ("Prof.", "Dr", "Mr.") nor its full stop."""
        toks = doc.tokens
        while k < j and self.lex.titles.get(toks[k].text.lower().rstrip(".")) == "honorific":
            k += 1
            if k < j and toks[k].text == ".":
                k += 1
        return k

    def _split_place_person(self, doc: Doc, i: int, j: int, s: int, sent_start: int) -> list[Mention] | None:
        """ "Cairo Michał Łabenda": a place and a person's name run together."""
        toks = doc.tokens
        for k in range(i + 1, j - 1):
            if self._looks_person(doc, k, j) and _first_name(toks[k].text):
                if self.gaz.lookup(doc.text[toks[i].start : toks[k - 1].end]):
                    return [*self._chunk(doc, i, k, s, sent_start), *self._chunk(doc, k, j, s, sent_start)]
        return None

    def _split_place_company(self, doc: Doc, i: int, j: int, s: int, sent_start: int) -> list[Mention] | None:
        """ "… of East Northvale QWX Energy S.A.": a place run into a company written in capitals that a legal
        form ends."""
        toks = doc.tokens
        if toks[j - 1].text not in self._legal_last or not any(
            len(f) < j - i and all(toks[j - len(f) + n].text == f[n] for n in range(len(f)))
            for f in self.lex.legal_forms
        ):
            return None
        for k in range(i + 1, min(j - 1, i + 4)):
            if toks[k].is_upper and not toks[k - 1].is_upper:
                first = i + 1 if toks[i].text in self.lex.place_modifiers and k > i + 1 else i  # "East …"
                place = self.gaz.lookup(" ".join(doc.text[toks[first].start : toks[k - 1].end].split()))
                if place is not None:
                    return [*self._chunk(doc, i, k, s, sent_start), *self._chunk(doc, k, j, s, sent_start)]
                return None
        return None

    def _split_person_of(self, doc: Doc, i: int, j: int, s: int, sent_start: int) -> list[Mention] | None:
        """ "Ola Wierzba of Quorvanti Foods Group": a person's name, "of" and the body the person is with."""
        toks = doc.tokens
        for k in range(i + 2, min(j - 1, i + 4)):
            if toks[k].text != "of":
                continue
            if not self._looks_person(doc, i, k) or self._head(i, k):
                return None
            left = " ".join(doc.text[toks[i].start : toks[k - 1].end].split())
            proper = not any(
                self.m.known(t.text) and self.m.lemma(t.text.lower())[:1].islower() for t in toks[i:k]
            )  # type: ignore[attr-defined]
            if not (_first_name(toks[i].text) or proper) or self.gaz.lookup(left):
                return None
            body = self._classify(doc, k + 1, j, s, False)
            if body is None and _first_name(toks[i].text) and self._firm_shaped(doc, k + 1, j):
                # "said Marta Olsen of Fjordline Seafood": after a known given name, "of" and a name that is no
                # place and not all common words name the body the person speaks for
                body = _Span(self, doc, k + 1, j, s, False, None).make(
                    "organization", "company", head="person_of"
                )
            if (
                body is None
                or body.type != "organization"
                or body.head not in self._own_heads | {"person_of"}
            ):
                return None
            start, end, name = self._span_name(doc, i, k)
            return [Mention(start, end, i, k, "person", name, None, s), body]
        return None

    def _firm_shaped(self, doc: Doc, i: int, j: int) -> bool:
        """Tokens i..j may be a firm's name: one to four capitalised words, no place, no person, not all common."""
        toks = doc.tokens
        if not 1 <= j - i <= 4 or not all(t.is_word and t.text[:1].isupper() for t in toks[i:j]):
            return False
        if (
            self._common(doc, i, j)
            or self._not_org(doc, i, j)
            or self._looks_person(doc, i, j)
            and _first_name(toks[i].text)
        ):
            return False
        return self.gaz.lookup(" ".join(doc.text[toks[i].start : toks[j - 1].end].split())) is None

    def _split_listed(self, doc: Doc, i: int, j: int, s: int, sent_start: int) -> list[Mention] | None:
        """ "…, Fakro and Nowy Styl Group", "…, Regional Agency of Styria and Technopolis Brno": the last items of
        a list of names, parted by its last "and", where the part after it is no common words ("…, Chamber of
        Industry and Commerce" is one name)."""
        toks = doc.tokens
        if i - 2 < sent_start or toks[i - 1].text != "," or not self._cap(doc, i - 2):
            return None
        cut = [k for k in range(i + 1, j - 1) if toks[k].text in self.lex.words("conjunction")]
        if len(cut) != 1:
            return None
        k = cut[0]
        if self._common(doc, k + 1, j) or self._common(doc, i, k):
            return None
        if self.gaz.lookup(" ".join(doc.text[toks[i].start : toks[j - 1].end].split())) is not None:
            return None
        left = self._chunk(doc, i, k, s, sent_start)
        right = self._chunk(doc, k + 1, j, s, sent_start)
        if not left and right and right[0].type == "person" and self._person_shaped(doc, i, k):
            # "Siosaia Tupou and Jan Wrona"
            left = [_Span(self, doc, i, k, s, False, None).make("person", None)]
        # a list of organisations: a body among its items ("…, Fakro and Nowy Styl Group"); a list of names of
        # no known kind ("Songdo, Yeongjong and Cheongna") lists no companies
        bodies = any(m.type == "organization" for m in (*left, *right)) or any(
            m.type == "organization" and m.t1 == i - 1 for m in self._so_far
        )
        if not bodies:
            return [*left, *right]
        if not left and not self._no_company(doc, i, k, s):
            left = [_Span(self, doc, i, k, s, False, None).make("organization", "company", head="listed")]
        if not right and not self._no_company(doc, k + 1, j, s):
            right = [
                _Span(self, doc, k + 1, j, s, False, None).make("organization", "company", head="listed")
            ]
        return [*left, *right]

    def _split_two_names(self, doc: Doc, i: int, j: int, s: int, sent_start: int) -> list[Mention] | None:
        """ "Mazovian Chemical Cluster and Industrial Development Agency": two names parted by a splitter."""
        toks = doc.tokens
        form = (
            next(
                (
                    len(f)
                    for f in self.lex.legal_forms
                    if len(f) < j - i and tuple(t.text for t in toks[j - len(f) : j]) == f
                ),
                0,
            )
            if j > i and toks[j - 1].text in self._legal_last
            else 0
        )
        for k in range(i + 1, j - 1 - form):  # "GmbH & Co. KG" is one legal form
            if toks[k].text in self.splitters:
                later = next((n for n in range(k + 2, j - 1) if toks[n].text in self.splitters), None)
                if later is not None and self._common(doc, k + 1, later) and self._head(k + 1, later) is None:
                    # "Ministry of SMEs and Startups and Korea Electric Power Corporation": common words between
                    # two splitters belong to the name before them
                    continue
                left = self._classify(doc, i, k, s, False)
                right = self._classify(doc, k + 1, j, s, False)
                if (
                    left is not None
                    and right is not None
                    and left.head not in (None, "title_of")
                    and not (left.head == "company" and right.subtype not in (None, "company"))
                ):
                    # ("Harbour Automotive and Advanced Manufacturing Cluster" is one cluster; "University of
                    # Northvale and Brightwater Agency of Trade" are two bodies, each with its own head)
                    if (
                        self._head_last(i, k)
                        or left.type != "organization"
                        or left.head == "branch"
                        or (left.head in self._own_heads and right.head in self._own_heads)
                        or (left.head == "acronym" and k == i + 1 and right.head in self._own_heads)
                        # "PKO Bank Polski and KGHM Polska Miedź": a body and a name that opens with an acronym
                        or (left.head in self._own_heads and right.head in _SHORT and toks[k + 1].is_upper)
                    ):
                        return [left, *self._chunk(doc, k + 1, j, s, sent_start)]
                if (
                    left is None
                    and right is None
                    and self._head(i, k) is not None
                    and self._head_last(i, k)
                    and not any(t.text.lower() in self.connectors for t in toks[k + 1 : j])
                    and not self._common(doc, k + 1, j)
                ):
                    # "the Just Transition Fund and Horizon Europe": a body-shaped name that the rules read as
                    # none (a fund that does nothing), and another name: neither makes the whole a body
                    return self._chunk(doc, k + 1, j, s, sent_start)
                if (
                    left is not None
                    and right is None
                    and left.type == "organization"
                    and left.head in self._own_heads
                    and self._head_last(i, k)
                    and not any(t.text.lower() in self.connectors for t in toks[k + 1 : j])
                    and not self._common(doc, k + 1, j)
                ):
                    # "Gdynia City Hall and Portvik Terminals": a body whose head ends it, and a name that is no
                    # field of it ("Science and Technology Park" has common words after "and")
                    return [left, *self._chunk(doc, k + 1, j, s, sent_start)]
        return None

    def _split_place_and_body(
        self, doc: Doc, i: int, j: int, s: int, sent_start: int
    ) -> list[Mention] | None:
        """ "… in Poland and Freeport of Riga Authority": a place of the gazetteer, "and", and a body with a head
        of its own are two names."""
        toks = doc.tokens
        for k in range(i + 1, min(j - 1, i + 4)):
            if toks[k].text not in self.splitters:
                continue
            if self.gaz.lookup(" ".join(doc.text[toks[i].start : toks[j - 1].end].split())) is not None:
                return None  # "Trinidad and Tobago"
            if self.gaz.lookup(" ".join(doc.text[toks[i].start : toks[k - 1].end].split())) is None:
                return None
            right = self._classify(doc, k + 1, j, s, False)
            if right is None or right.type != "organization" or right.head not in self._own_heads:
                return None
            return [*self._chunk(doc, i, k, s, sent_start), *self._chunk(doc, k + 1, j, s, sent_start)]
        return None

    def _chunk_rest(self, doc: Doc, i: int, j: int, s: int, sent_start: int) -> list[Mention]:
        """A run that names nothing as a whole: the place after its last "of", else its parts between splitters."""
        toks = doc.tokens
        of = max((k for k in range(i + 1, j - 1) if toks[k].text == "of"), default=None)
        if of is not None:
            place = self.gaz.lookup(" ".join(doc.text[toks[of + 1].start : toks[j - 1].end].split()))
            if place is not None:
                # "the GDP of Poland": the place after "of" in a run that names nothing as a whole
                start, end, name = self._span_name(doc, of + 1, j)
                m = Mention(start, end, of + 1, j, "place", name, None, s)
                return [self._place(lambda typ, sub, **kw: _with(m, sub, kw), place, name)]
        out: list[Mention] = []
        k = i
        for n in range(i, j + 1):
            if n == j or toks[n].text in self.splitters:
                if n > k and (k > i or n < j):
                    out.extend(self._chunk(doc, k, n, s, sent_start))
                k = n + 1
        return out

    def _title_person(self, doc: Doc, i: int, j: int, s: int) -> list[Mention] | None:
        """ "Deputy Minister of Regional Affairs Ewa Brzoza": a title with "of" and a body, then a person's
        name (a known first name): the person, and the body where it is a name."""
        toks = doc.tokens
        for n in (j - 2, j - 3):
            if n <= i + 2 or not self._looks_person(doc, n, j):
                continue
            of = next((k for k in range(i + 1, n) if toks[k].text == "of"), None)
            if of is None or toks[n - 1].text.lower() in self.connectors:
                continue
            # "Undersecretary of State Pawel Nowak": a portfolio of common words before a name of no such words
            portfolio = (
                n > of + 1
                and toks[of + 1].text != "the"
                and self._common(doc, of + 1, n)
                and not any(self._common(doc, k, k + 1) for k in range(n, j))
            )
            if not (_first_name(toks[n].text) or portfolio):
                continue
            start, end, name = self._span_name(doc, n, j)
            person = Mention(start, end, n, j, "person", name, None, s)
            out: list[Mention] = []
            k = of + 1
            while k < n and toks[k].text.lower() == "the":
                k += 1
            body = self._classify(doc, k, n, s, False) if k < n else None
            if body is not None and body.head not in _WEAK and not self._common(doc, k, n):
                out.append(body)
            return [*out, person]
        return None

    def _apposed_descriptor(self, doc: Doc, j: int, s: int) -> str | None:
        """ "Qwertonix Ventures, a Danish producer of …": a company word in apposition."""
        b = doc.sent_span[s][1]
        if j + 1 >= b:
            return None
        width = 9
        if doc.tokens[j].text.lower() in self.lex.words("copula"):
            width = 6  # "Qwertonix is a Danish maker of …": a company word right after "is a"
        elif doc.tokens[j].text not in (",", "–", "-", "—", "("):
            return None
        for k in range(j + 1, min(b, j + width)):  # "X, one of Ruritania's largest makers of …"
            sub = self.lex.descriptors.get(self.lemma[k])
            if sub is not None:
                return sub
            if doc.tokens[k].text in (",", ".", ";", ")"):
                return None
        return None

    def _title_len(self, i: int, j: int) -> int:
        """Tokens of the title that opens tokens i..j ("Managing Director", "President", "Vice-Governor"), 0 if none."""
        if i + 1 < j and self.lex.titles.get(f"{self.lemma[i]} {self.lemma[i + 1]}") == "title":
            return 2
        return 1 if self._title(i) else 0

    def _title(self, k: int) -> bool:
        """Token k is a title ("president"), also with a "vice-" or "deputy-" prefix ("Vice-Governor")."""
        lem = self.lemma[k]
        if self.lex.titles.get(lem) == "title":
            return True
        pre, _, rest = lem.partition("-")
        return pre in self.title_prefix and self.lex.titles.get(rest) == "title"

    def _apposed_title(self, doc: Doc, j: int, s: int) -> bool:
        """ "Ola Wierzba, chairman of …", "Jan Wrona – the director": a title in apposition."""
        b = doc.sent_span[s][1]
        k = j
        while (
            k < b
            and k < j + 3
            and (
                doc.tokens[k].text.lower() in _DASHES
                or doc.tokens[k].text.lower() in self.lex.words("apposition_gap")
            )
        ):
            k += 1
        return k > j and k < b and self._title(k)

    def _legal_end(self, doc: Doc, i: int, j: int) -> bool:
        return any(
            j - len(f) >= i and all(doc.tokens[j - len(f) + n].text == f[n] for n in range(len(f)))
            for f in self.lex.legal_forms
            if f[-1] == "."
        )

    def _head_last(self, i: int, j: int) -> bool:
        for k in range(1, min(self.max_head, j - i) + 1):
            if tuple(self.lemma[j - k : j]) in self.lex.org_heads:
                return True
        return False

    def _person_shaped(self, doc: Doc, i: int, j: int) -> bool:
        """Tokens i..j are shaped like a person's name that the dictionary of first names may not know: two or
        three capitalised words, the last no common English word ("Chukwuma Obi"; not "Tarvik Digital")."""
        return self._looks_person(doc, i, j) and not self._common(doc, j - 1, j) and not self._head(i, j)

    def _looks_person(self, doc: Doc, i: int, j: int) -> bool:
        if not 2 <= j - i <= 3:
            return False
        return all(t.is_word and not t.is_upper and t.text[0].isupper() for t in doc.tokens[i:j])

    def _span_name(self, doc: Doc, i: int, j: int) -> tuple[int, int, str]:
        toks = doc.tokens
        start, end = toks[i].start, toks[j - 1].end
        if toks[j - 1].text.endswith(_POSSESSIVE):
            end -= 2
        glued = _GLUED_ACRONYM.match(toks[i].text)
        if glued and j - i >= 2:
            start += glued.end()  # "BFEZ-Northvale Federation of …": the acronym of another body glued on
        name = " ".join(doc.text[start:end].split())
        if start > 0 and doc.text[start - 1] in _OPENING_QUOTES and any(q in name for q in _CLOSING_QUOTES):
            name = " ".join("".join(ch for ch in name if ch not in _CLOSING_QUOTES).split())  # „X” Cluster
        return start, end, name

    def _classify(self, doc: Doc, i: int, j: int, s: int, person_cue: bool) -> Mention | None:
        """Types the name in tokens i..j of sentence s (an organisation, a place or a person), None if it names
        nothing: a few checks on the whole run, then the first of `_CLASSIFY_RULES` that decides."""
        toks = doc.tokens
        lex = self.lex
        demonym = None
        whole = " ".join(doc.text[toks[i].start : toks[j - 1].end].split())
        if whole in lex.news_sources:
            return None  # "(Harbour News)": the credit of a news agency
        if whole in lex.known_orgs:
            start, end, name = self._span_name(doc, i, j)
            return Mention(start, end, i, j, "organization", name, lex.known_orgs[whole], s, head="known")
        if toks[i].text in lex.demonyms and j - i > 1 and not self._head(i + 1, j):
            demonym = toks[i].text
            i += 1
            if toks[i].text.lower() in self.connectors or toks[i].text in lex.demonyms:
                return None
        if j - i == 1 and toks[i].text in lex.demonyms:
            return None
        c = _Span(self, doc, self._widen_region(doc, i, j, s), j, s, person_cue, demonym)
        for rule in _CLASSIFY_RULES:
            found = rule(self, c)
            if found is not None:
                return None if isinstance(found, _NoName) else found
        return None

    def _widen_region(self, doc: Doc, i: int, j: int, s: int) -> int:
        """ "the region of Lodz": the start of the run widened to a place head and "of" before it."""
        toks = doc.tokens
        a = doc.sent_span[s][0]
        if (
            i - 2 >= a
            and self.lemma[i - 2] in self.lex.place_heads
            and toks[i - 1].text == "of"
            and toks[i - 2].text.islower()
        ):
            wide = self.gaz.lookup(" ".join(doc.text[toks[i - 2].start : toks[j - 1].end].split()))
            if wide is not None:
                return i - 2
        return i

    # ---- the rules of _classify, in the order of _CLASSIFY_RULES: each returns a mention, _NO_NAME (the run
    # names nothing) or None (the rule does not decide)

    def _cl_known_org(self, c: _Span) -> Mention | _NoName | None:
        """A body of the list of known organisations."""
        if c.name in self.lex.known_orgs:
            return c.make("organization", self.lex.known_orgs[c.name], head="known")
        if c.name in _known_companies() and not c.joined and not self._common(c.doc, c.i, c.j):
            # "Foxconn", "Volkswagen said" (not "Orange", "Shell": common words, left to the cues)
            return c.make("organization", _known_companies()[c.name], head="known")
        return None

    def _cl_translated(self, c: _Span) -> Mention | _NoName | None:
        """A well-known body under its English name ("Lodz SEE"): its Polish name goes to the aliases."""
        polish = self.lex.polish_name(fold_key(c.name))
        if polish is None or fold_key(c.name) in self.zones:
            return None
        if c.doc.tokens[c.j - 1].text.islower():
            return None  # "Czech and Polish clusters join forces": clusters of a kind, not "Polish Clusters"
        sub = self._head(c.i, c.j)
        subtype = sub[0] if sub else ("economic_zone" if fold_key(polish) in self.zones else None)
        m = c.make("organization", subtype, head="known")
        self._seat(c.doc, m)
        return m

    def _cl_zone(self, c: _Span) -> Mention | _NoName | None:
        """A Polish economic zone under one of its names."""
        zone = self.zones.get(fold_key(c.name))
        if zone is None:
            return None
        return c.make("organization", "economic_zone", head="zone", aliases=[zone] if zone != c.name else [])

    def _cl_media(self, c: _Span) -> Mention | _NoName | None:
        """ "the Daily Commerce Review", "Harbour Ledger": a title of a newspaper, magazine or wire (its last word
        a word of the press, ``media_head``) credits a report; a credit is no organisation (annotation rules)."""
        toks = c.doc.tokens
        if c.j - c.i >= 2 and toks[c.j - 1].text.lower() in self.lex.words("media_head") and c.head is None:
            return _NO_NAME
        return None

    def _cl_invest_place(self, c: _Span) -> Mention | _NoName | None:
        """ "Invest Lithuania", "Invest in Pomerania": a word of investor service (``agency_word``) before a place's
        name (with "in" between or not) names the agency that courts investors to that place."""
        doc, i, j = c.doc, c.i, c.j
        if j - i not in (2, 3) or self.lemma[i] not in self.lex.words("agency_word"):
            return None
        k = i + 1 + (j - i == 3 and doc.tokens[i + 1].text in self.lex.words("name_in"))
        if k != j - 1 or self.gaz.lookup(doc.tokens[k].text) is None:
            return None
        return c.make("organization", "agency", head="invest_place")

    def _cl_not_org(self, c: _Span) -> Mention | _NoName | None:
        """A run that is no organisation (an event's name is kept aside)."""
        if self._not_org(c.doc, c.i, c.j):
            self._event_name(c.doc, c.i, c.j)
            return _NO_NAME
        return None

    def _cl_thing_apposed(self, c: _Span) -> Mention | _NoName | None:
        """ "TRANSLOG, the largest logistics fair", "ParcelPilot, a route-planning tool": an apposition whose
        noun is a thing's kind (``thing_apposition``) says what a name without a body's head word names."""
        doc, j = c.doc, c.j
        b = doc.sent_span[c.s][1]
        if j + 2 >= b or doc.tokens[j].text != "," or self._head(c.i, j) is not None:
            return None
        if doc.tokens[j + 1].text.lower() not in self.lex.words("indefinite_article") | self.lex.words(
            "article"
        ):
            return None
        kinds = self.lex.words("thing_apposition")
        for k in range(j + 2, min(b, j + 7)):
            t = doc.tokens[k]
            if not t.is_word or not t.text.islower():
                return None
            if self.lemma[k] in kinds:
                return _NO_NAME
        return None

    def _cl_job_title(self, c: _Span) -> Mention | _NoName | None:
        """ "Cluster Manager", "Project Coordinator": a job title, not a body."""
        if c.j - c.i >= 2 and self._title(c.j - 1) and not c.person_cue:
            return self._title_owner(c) or _NO_NAME
        if c.j - c.i >= 3 and not c.person_cue and self._title_for_place(c):
            return _NO_NAME
        return None

    def _cl_organ_of(self, c: _Span) -> Mention | _NoName | None:
        """ "the Supervisory Board of Ostrel Cables": an organ of a body (``organ_noun``, after common words)
        and "of" its name; the annotation folds the organ into the body, which is what the run names."""
        doc, i, j = c.doc, c.i, c.j
        organs = self.lex.words("organ_noun")
        for k in range(i + 1, min(j - 1, i + 4)):
            if doc.tokens[k].text == "of":
                if self.lemma[k - 1] in organs and self._common(doc, i, k):
                    found = self._classify(doc, k + 1, j, c.s, False)
                    return found if found is not None and found.type == "organization" else None
                return None
        return None

    def _title_for_place(self, c: _Span) -> bool:
        """ "Country Manager Poland", "Sales Director Central Europe": a title and the country or region its
        holder answers for (one or two words the gazetteer knows) name no body."""
        doc, i, j = c.doc, c.i, c.j
        for k in (j - 1, j - 2):
            if k - i < 2 or not self._title(k - 1):
                continue
            if self.gaz.lookup(" ".join(doc.text[doc.tokens[k].start : doc.tokens[j - 1].end].split())):
                return True
        return False

    def _title_owner(self, c: _Span) -> Mention | None:
        """ "Qwertonix CEO", "Brightwater Port Authority President": the body named before a title, unless
        its words are common ones ("Cluster Manager") or a place's ("Northvale Mayor")."""
        doc, i, j = c.doc, c.i, c.j
        tl = (
            2
            if j - i >= 3 and self.lex.titles.get(f"{self.lemma[j - 2]} {self.lemma[j - 1]}") == "title"
            else 1
        )
        o = j - tl
        if o <= i or self._common(doc, i, o) or self._looks_person(doc, i, o):
            return None
        if self.gaz.lookup(" ".join(doc.text[doc.tokens[i].start : doc.tokens[o - 1].end].split())):
            return None
        found = self._classify(doc, i, o, c.s, False)
        if found is not None:
            return found if found.type == "organization" else None
        if any(self.m.known(t.text) for t in doc.tokens[i:o] if t.is_word):  # type: ignore[attr-defined]
            return None  # a word of the dictionary in it: no name to take on the title's word alone
        return _Span(self, doc, i, o, c.s, False, None).make("organization", None, head="title_of")

    def _cl_legal_form(self, c: _Span) -> Mention | _NoName | None:
        """A company by the legal form that ends it."""
        toks = c.doc.tokens
        if toks[c.j - 1].text not in self._legal_last:
            return None  # no legal form ends with this token
        for form in self.lex.legal_forms:
            k = len(form)
            if c.j - c.i > k and all(toks[c.j - k + n].text == form[n] for n in range(k)):
                own = [t.text for t in toks[c.i : c.j - k] if t.is_word]
                if all(w in self.lex.not_org_acronyms for w in own):
                    return (
                        _NO_NAME  # "… Park (VSIP) JV Co., Ltd.": a concept's acronym and a form are no name
                    )
                head = c.head  # "Qwerty Technology Park S.A.": a park run as a company is still a park
                sub = head[0] if head is not None and head[0] in _BODY_OVER_FORM else "company"
                return c.make("organization", sub, head="legal")
        return None

    def _cl_known_place(self, c: _Span) -> Mention | _NoName | None:
        """A place of the gazetteer, unless an organisation's head makes it a body."""
        place = c.place
        if place is None:
            return None
        head = c.head
        toks = c.doc.tokens
        polish_last = (
            c.j - c.i >= 2
            and toks[c.j - 1].text.lower() in self.lex.polish_heads
            and not any((self.lemma[k],) in self.lex.org_heads for k in range(c.i, c.j))
        )  # "Dobre Miasto", "Nowe Miasto": a town whose name ends with a Polish head word ("Miasto Katowice" opens)
        if (
            head is None
            or polish_last
            or place.kind == "country"
            or self._place_name(c.i, c.j)
            or (place.kind == "region" and head[0] == "regional_government")
        ):
            return self._place(c.make, place, c.name)
        return None

    def _cl_place_head(self, c: _Span) -> Mention | _NoName | None:
        """A place by a place head at its end ("Incheon City", "Aldmoor County")."""
        doc, i, j = c.doc, c.i, c.j
        if c.place is not None or j - i < 2 or self.lemma[j - 1] not in self.lex.place_heads:
            return None
        part = self.gaz.lookup(" ".join(doc.text[c.start : doc.tokens[j - 2].end].split()))
        if part is not None and c.head is None:
            return self._place(c.make, part, c.name)  # "Incheon City"
        if c.head is None and j - i <= 3 and not self._common(doc, i, j - 1):
            # "Gangwon-do Province", "Aldmoor County": a place the gazetteer does not know, by its head
            return c.make("place", self.lex.place_heads[self.lemma[j - 1]])
        return None

    def _cl_place_modifier(self, c: _Span) -> Mention | _NoName | None:
        """A known place after a modifier of places: a region (or some other place)."""
        doc, i, j = c.doc, c.i, c.j
        if c.place is not None or j - i < 2 or doc.tokens[i].text not in self.lex.place_modifiers:
            return None
        part = self.gaz.lookup(" ".join(doc.text[doc.tokens[i + 1].start : c.end].split()))
        if part is not None and c.head is None:
            return c.make(
                "place", "region" if part.kind in ("region", "country") else "other", country=part.country
            )
        return None

    def _cl_org_head(self, c: _Span) -> Mention | _NoName | None:
        """An organisation by its head word; a name that is only a generic head needs its seat."""
        if c.head is None:
            return None
        doc, i, j, toks = c.doc, c.i, c.j, c.doc.tokens
        subtype, generic = c.head
        for k in range(i + 1, j):
            # "Special Economic Zones EURO-PARK MIELEC": a plural head before the zone's own name
            if (
                tuple(self.lemma[i:k]) in self.lex.org_heads
                and toks[k].is_upper
                and toks[k - 1].text.endswith("s")
            ):
                found = self._classify(doc, k, j, c.s, False)
                return _NO_NAME if found is None else found
        if subtype == "economic_zone" and toks[j - 1].text.endswith("s") and not toks[j - 1].is_upper:
            return _NO_NAME  # "Free Zones": zones in general
        if self._common(doc, i, j) and self._generic_kind(c):
            return _NO_NAME
        if self._common(doc, i, j) and self._unit_of_owner(c):
            return _NO_NAME
        if (
            subtype == "company"
            and self.lemma[j - 1] in self._last_heads
            and self._modifies_noun(doc, j, c.s)
        ):
            return (
                _NO_NAME  # "the Silesia Energy sector", "Pomerania Aerospace suppliers": a field, not a firm
            )
        # "Sven Olsen (Nordic Investment Bank)": a person's body in brackets after the name
        affiliation = c.prev == "(" and any(m.type == "person" and m.t1 == i - 1 for m in self._so_far)
        if (
            subtype == "company"
            and c.prev != "the"
            and not affiliation
            and self._common(doc, i, j)
            and not any(self.gaz.lookup(t.text) for t in toks[i:j] if t.is_word)
        ):
            return _NO_NAME  # "Medical Technologies", "Smart Systems": a field, not a firm (no "the", no own word)
        if (
            j - i == 2
            and all(self.lemma[k] in self._head_word_set for k in (i, j - 1))
            and self._common(doc, i, j)
        ):
            generic = (
                True  # "the Zone Authority", "the Energy Cluster": two words of heads name a kind of body
            )
        m = c.make("organization", subtype, head=subtype)
        if self._seat(doc, m) or not generic:
            return m
        return _NO_NAME

    def _unit_of_owner(self, c: _Span) -> bool:
        """ "the Harbour Agency's Foreign Trade Office", "Qwertonix's Research Centre": common words after a
        body's possessive name a unit of that body (folded into it), not a body of their own; a place's
        possessive ("Poland's Ministry of Development") owns a body."""
        i = c.i
        if i - 1 < c.a:
            return False
        owner = c.doc.tokens[i - 1]
        if not owner.text.endswith(_POSSESSIVE) or not owner.text[:1].isupper():
            return False
        k = i - 1
        while k - 1 >= c.a and self._cap(c.doc, k - 1):
            k -= 1  # the owner's whole name, for the gazetteer
        return not self._place_owner(c.doc, k, i) and not self._place_owner(c.doc, i - 1, i)

    def _generic_kind(self, c: _Span) -> bool:
        """A run of common words with an organisation's head that names a kind of body, or a thing named after
        one, rather than one body: its head word in the plural ("Regional Development Agencies", "Chambers of
        Commerce"); a determiner of any one before it ("every Investment Promotion Agency"); a head that
        neither ends the name nor takes "of" ("Cluster Excellence Platform"); a fund that does nothing in
        the sentence ("apply to the Regional Innovation Fund"; "the Harbour Growth Fund granted …" acts)."""
        doc, i, j, toks = c.doc, c.i, c.j, c.doc.tokens
        heads = [k for k in range(i, j) if (self.lemma[k],) in self.lex.org_heads]
        quotes = [
            k for k in range(i, j) if toks[k].text in _OPENING_QUOTES or toks[k].text in _CLOSING_QUOTES
        ]
        if quotes and any(k < quotes[0] or k > quotes[-1] for k in heads):
            return False  # "Foundation „Harbour Makers”": a head, and the body's own name in quotes
        if heads:
            # the head that decides: the first that "of" follows ("Ministry of Funds"), else the last
            of_heads = [k for k in heads if k + 1 < j and toks[k + 1].text in self.lex.words("head_of")]
            h = of_heads[0] if of_heads else heads[-1]
            t = toks[h]
            if t.text.lower() != self.lemma[h] and t.text.endswith("s") and not t.is_upper:
                return True
        if c.prev in self.lex.words("generic_determiner"):
            return True
        head_of = self.lex.words("head_of")
        if not self._head_last(i, j) and not any(
            toks[k].text in head_of and (self._head_last(i, k) or self._head_last(i, k + 1))
            for k in range(i + 1, j)
        ):  # ("National Centre for Research and Development": the head "centre for" takes its words)
            return True
        if self.lemma[j - 1] in self.lex.words("acting_only_head"):
            b = doc.sent_span[c.s][1]
            k = j
            while k < b and k < j + 3 and toks[k].text.lower() in self.lex.modality:
                k += 1  # "will", "plans to"
            return not (k < b and toks[k].text.islower() and self.lemma[k] in self.lex.words("fund_verb"))
        return False

    def _cl_cued_person(self, c: _Span) -> Mention | _NoName | None:
        """A person's name after a form of address or a title, or with a title in apposition."""
        if (c.person_cue or self._apposed_title(c.doc, c.j, c.s)) and self._looks_person(c.doc, c.i, c.j):
            return c.make("person", None)
        return None

    def _cl_branch(self, c: _Span) -> Mention | _NoName | None:
        """ "Qwertonix Drives Poland": a company's branch named after its country."""
        toks = c.doc.tokens
        if (
            c.place is None
            and c.j - c.i >= 2
            and toks[c.i].text not in self.lex.place_modifiers
            and not any(t.text.lower() in self.connectors for t in toks[c.i : c.j])
        ):
            last = self.gaz.lookup(toks[c.j - 1].text)
            if last is not None and last.kind == "country" and not self.gaz.lookup(toks[c.i].text):
                return c.make("organization", "company", head="branch")
        return None

    def _cl_descriptor_before(self, c: _Span) -> Mention | _NoName | None:
        """ "the bus maker Ursus Bus": a company word before the name outweighs a first name in it."""
        i = c.i
        if (
            i - 1 >= c.a
            and self.lemma[i - 1] in self.lex.descriptors
            and not c.doc.tokens[i - 1].text.endswith(_POSSESSIVE)  # "the company's CFO": its officer
            and not self._common(c.doc, i, c.j)
        ):
            return c.make("organization", self.lex.descriptors[self.lemma[i - 1]], head="descriptor")
        if i - 1 > c.a and c.doc.tokens[i - 1].text in _OPENING_QUOTES:
            kind = self._kind_word_before(c.doc, i - 1)  # "the cluster ‘Harbour Valley’"
            if kind is not None:
                return c.make("organization", kind, head="descriptor")
        return None

    def _cl_first_name(self, c: _Span) -> Mention | _NoName | None:
        """A person's name that opens with a known first name."""
        if self._looks_person(c.doc, c.i, c.j) and _first_name(c.doc.tokens[c.i].text) and not c.place:
            return c.make("person", None)
        return None

    def _cl_word_in_place(self, c: _Span) -> Mention | _NoName | None:
        """ "Invest in Pomerania": a word, "in" and a place, run together as one name, name a body."""
        toks = c.doc.tokens
        if (
            c.j - c.i == 3
            and toks[c.i + 1].text in self.lex.words("name_in")
            and self.gaz.lookup(toks[c.i + 2].text) is not None
        ):
            return c.make("organization", None, head="word_in_place")
        return None

    def _cl_ampersand(self, c: _Span) -> Mention | _NoName | None:
        """ "Brandt & Weiss", "Holm & Lind": two names joined by "&", not all common words ("Research &
        Development"), no place and no person, name a firm (a law firm, an adviser)."""
        toks = c.doc.tokens
        amp = [k for k in range(c.i + 1, c.j - 1) if toks[k].text in self.lex.words("firm_joiner")]
        if len(amp) != 1 or c.place is not None or self._common(c.doc, c.i, c.j):
            return None
        if any(self._head(a, b) for a, b in ((c.i, amp[0]), (amp[0] + 1, c.j))):
            return None  # ("Harbour Cluster & Northvale Agency": two bodies, the splitters' business)
        return c.make("organization", "company", head="ampersand")

    def _cl_caps_or_code(self, c: _Span) -> Mention | _NoName | None:
        """Words in capitals, or a code: nothing."""
        return _NO_NAME if self._caps_words(c.doc, c.i, c.j) or self._code(c.doc, c.i, c.j) else None

    def _cl_acronym(self, c: _Span) -> Mention | _NoName | None:
        """An acronym or a mixed-case brand of up to three tokens."""
        toks, i, j = c.doc.tokens, c.i, c.j
        first = toks[i]
        if j - i == 1 and (
            first.text in self.lex.not_org_acronyms or self._acronym_of_a_thing(c.doc, i, c.s)
        ):
            return _NO_NAME  # "CEO, Varnholt Group": no later rule makes a body of a concept's acronym
        if (
            not c.joined
            and (first.is_upper or _mixed_case(first.text))
            and first.text not in self.lex.not_org_acronyms
            and j - i <= 3
        ):
            if len([ch for ch in first.text if ch.isalpha()]) >= 2 and not any(
                "." in t.text for t in toks[i:j]
            ):
                unit = self._acronym_unit(c)
                if unit is not None:
                    return unit
                if self.lemma[j - 1] in self.lex.words("venue_word") and self._common(c.doc, i + 1, j):
                    return _NO_NAME  # "GUT Main Building", "KSSE Conference Hall": a building of the body's
                    # (not "SK Innovation", "LG Display": an acronym and common words are often a firm)
                if self._field_noun_after(c.doc, j, c.s):
                    # "GreenTech companies", "the ClusterXchange scheme", "QWX Gold certificates": a field, a
                    # scheme or a standard
                    return _NO_NAME
                if j - i == 1 and self._code_shaped(first.text):
                    return None  # "iPhone", "A320": a product, a model or a code, unless a later cue says
                if j - i == 1 and first.is_upper and not self._acronym_named(c):
                    return None  # "… uses the new TRAX line": written once, bare, a thing as often as a body
                if j - i == 1 or all(t.is_word or t.is_num for t in toks[i:j]):
                    return c.make(
                        "organization", None, head="acronym" if j - i == 1 and first.is_upper else "mixedcase"
                    )
        return None

    def _acronym_named(self, c: _Span) -> bool:
        """A one-word acronym that the text treats as a body's name on its own: a well-known company's, one
        after a country's possessive ("Japan's JETRO"), or one the text writes more than once; an acronym
        written once without any of these is left to the cues of the later rules (a descriptor, a verb of a
        company, a list of bodies)."""
        doc, i = c.doc, c.i
        word = doc.tokens[i].text
        if word in _known_companies():
            return True
        prev = doc.tokens[i - 1].text if i > doc.sent_span[c.s][0] else ""
        if prev.endswith(_POSSESSIVE) and self.gaz.lookup(prev[:-2]) is not None:
            return True
        if self._coordinated_with_body(doc, i, c.s):
            return True
        if prev == "(" and i + 1 < len(doc.tokens) and doc.tokens[i + 1].text == ")":
            # "Busan Harbour Authority (BHA)": an acronym in brackets right after a body's name is its short name
            if any(m.type == "organization" and m.t1 == i - 1 for m in self._so_far):
                return True
        if any(
            a.startswith(word) and len(word) >= len(a) - 1
            for m in self._so_far
            if m.type == "organization"
            for a in self._name_initials(m)
        ):
            return True  # "the Jagiellonian University … the UJ": the initials of a body named before
        return len(re.findall(r"(?<!\w)" + re.escape(word) + r"(?!\w)", doc.text)) >= 2

    def _coordinated_with_body(self, doc: Doc, i: int, s: int) -> bool:
        """ "QWX and Northvale Export Agency", "the Harbour Cluster and QWX": a name joined by a conjunction
        to a body's name (one with a head word, or an organisation found before it)."""
        a, b = doc.sent_span[s]
        conj = self.lex.words("conjunction")
        if i - 1 > a and doc.tokens[i - 1].text in conj and any(m.t1 == i - 1 for m in self._so_far):
            return any(m.type == "organization" for m in self._so_far if m.t1 == i - 1)
        if i + 2 < b and doc.tokens[i + 1].text in conj:
            k = i + 2
            while (
                k < b and k < i + 8 and (self._cap(doc, k) or doc.tokens[k].text.lower() in self.connectors)
            ):
                k += 1
            return k > i + 2 and self._head(i + 2, k) is not None
        return False

    def _name_initials(self, m: Mention) -> set[str]:
        """The initials of an organisation's name and of its aliases, its Polish name among them ("Jagiellonian
        University", "Uniwersytet Jagielloński": "JU", "UJ")."""
        small = self.lex.words("initials_skip") | self.lex.function_words
        out = set()
        polish = self.lex.polish_name(fold_key(m.name))
        for name in (m.name, *m.aliases, *([polish] if polish else [])):
            words = [w for w in re.split(r"[\s-]+", name) if w and w.lower() not in small]
            if len(words) >= 2:
                out.add("".join(w[0] for w in words).upper())
                # "Busan-Jinhae FEZ Authority": an acronym inside the name stays whole ("BJFEZA", "BJFEZ")
                if any(len(w) > 1 and w.isupper() for w in words):
                    out.add("".join(w if w.isupper() else w[0] for w in words).upper())
        return out

    @staticmethod
    def _code_shaped(word: str) -> bool:
        """A word written as products, models and codes are, not as bodies' names: a small letter before the
        capitals ("iPhone", "eSIM") or letters and digits run together ("A320", "PM10"); a possessive
        ("fDi's ranking") makes it an actor again."""
        if word.endswith(_POSSESSIVE):
            return False
        return word[0].islower() or any(ch.isdigit() for ch in word)

    def _acronym_of_a_thing(self, doc: Doc, i: int, s: int) -> bool:
        """A one-word acronym that English grammar shows to be a common noun: in the plural ("EVs", "PCBs"),
        after "a"/"an" ("an MRO facility", "a BMS"), or a unit after a number that is no year ("120 TWh"); or
        a project or programme, after "within" or "under" ("within DIGITWIN", "under INTERREG")."""
        word = doc.tokens[i].text
        if not (doc.tokens[i].is_upper or _mixed_case(word)):
            return False
        stem = word[:-1]
        if word.endswith("s") and len(stem) >= 2 and stem.isupper():
            return True
        if i <= doc.sent_span[s][0]:
            return False
        prev = doc.tokens[i - 1]
        if prev.text.lower() in self.lex.words("indefinite_article") | self.lex.words("framework_prep"):
            return True
        return prev.is_num and not _YEAR.fullmatch(prev.text) and not doc.tokens[i].is_upper

    def _modifies_noun(self, doc: Doc, j: int, s: int) -> bool:
        """A noun of a field, or of a kind of company in the plural, in lower case right after the name ("…
        Energy sector", "… Aerospace suppliers"): the name's words describe that noun."""
        b = doc.sent_span[s][1]
        if j >= b or not doc.tokens[j].text.islower():
            return False
        noun = self.lemma[j]
        if noun in self.lex.descriptors:  # "the Varta Glass company" is the firm; "… Glass companies" a field
            return doc.tokens[j].text != noun
        return noun in self.lex.words("field_noun")

    def _field_noun_after(self, doc: Doc, j: int, s: int) -> bool:
        """A noun of a field, a market or a scheme in lower case right after a brand-like word ("GreenTech
        companies", "the eMobility sector", "the MatchMaker platform"): the word says what kind, it names no body."""
        b = doc.sent_span[s][1]
        if j < b and doc.tokens[j].text.islower() and self.lemma[j] in self.lex.words("field_noun"):
            return True
        k = self._coordinated_end(doc, j, b)  # "FinTech and PropTech start-ups"
        return j < k < b and doc.tokens[k].text.islower() and self.lemma[k] in self.lex.words("field_noun")

    def _acronym_unit(self, c: _Span) -> Mention | None:
        """ "JETRO Warsaw", "KSSE Board": an acronym and a place (its branch) or an inner unit ("board", "office")
        name the body of the acronym (the annotation folds branches and units into their body)."""
        doc, i, j = c.doc, c.i, c.j
        toks = doc.tokens
        if j - i < 2 or not toks[i].is_upper or any(t.is_upper for t in toks[i + 1 : j]):
            return None
        rest = " ".join(doc.text[toks[i + 1].start : toks[j - 1].end].split())
        units = self.lex.words("acronym_unit")
        place = self.gaz.lookup(rest)
        if not (
            (place is not None and place.kind in ("city", "region"))
            or all(self.lemma[k] in units for k in range(i + 1, j))
        ):
            return None
        m = _Span(self, doc, i, i + 1, c.s, False, None).make("organization", None, head="acronym")
        if place is not None:
            m.aliases = [c.name]
        return m

    def _cl_descriptor_or_demonym(self, c: _Span) -> Mention | _NoName | None:
        """A company word (or a nationality) before the name."""
        if c.prev in self.lex.descriptors or (c.demonym is not None and not self._common(c.doc, c.i, c.j)):
            return c.make("organization", self.lex.descriptors.get(c.prev, "company"), head="descriptor")
        return None

    def _cl_source(self, c: _Span) -> Mention | _NoName | None:
        """ "according to Colliers": a name that a report is credited to, neither a place nor a person's name,
        is a body (an analyst, an office of statistics)."""
        doc, i, j = c.doc, c.i, c.j
        cue = self.lex.words("source_cue")
        if i - 2 < c.a or f"{doc.tokens[i - 2].text.lower()} {doc.tokens[i - 1].text.lower()}" not in cue:
            return None
        if c.place is not None or self._looks_person(doc, i, j) and _first_name(doc.tokens[i].text):
            return None
        return c.make("organization", "company", head="source")

    def _cl_partner_cue(self, c: _Span) -> Mention | _NoName | None:
        """ "signed an agreement with Quessa", "in cooperation with Panattoni", "was built by Varnholt": a name
        that names no place and no person, after "with" that follows a word of cooperation, or after "by" that
        follows a verb that bodies do, is a company."""
        doc, i, j = c.doc, c.i, c.j
        if i - 2 < c.a or c.place is not None or c.joined:
            return None
        prep = doc.tokens[i - 1].text
        if prep in self.lex.words("partner_prep"):
            cues = self.lex.words("partner_cue")
        elif prep in self.lex.words("agent_prep"):
            cues = self.lex.words("agent_cue")
        else:
            return None
        if not any(self.lemma[k] in cues for k in range(max(c.a, i - 4), i - 1)):
            return None
        if self._common(doc, i, j) or self._looks_person(doc, i, j) and _first_name(doc.tokens[i].text):
            return None
        if any(t.text in self.surnames for t in doc.tokens[i:j]):
            return None
        if j - i >= 2 and self.gaz.lookup(doc.tokens[j - 1].text) and self._common(doc, i, j - 1):
            return None  # "Horizon Europe", "Creative Europe": common words and a place name a programme
        return c.make("organization", "company", head="cued_party")

    def _cl_title_of(self, c: _Span) -> Mention | _NoName | None:
        """ "president of Vigo System", "Head of Procurement at Arvid Steel": the body after a title and "of",
        or after a title, its field and "at"."""
        if c.prev == "of" and c.i - 2 >= c.a and self.lex.titles.get(self.lemma[c.i - 2]) == "title":
            return c.make("organization", None, head="title_of")
        if c.prev not in self.lex.words("title_at") or c.place is not None:
            return None
        doc, i = c.doc, c.i
        if self._common(doc, i, c.j) or self._looks_person(doc, i, c.j) and _first_name(doc.tokens[i].text):
            return None
        for k in range(i - 2, max(c.a, i - 7) - 1, -1):
            if not doc.tokens[k].is_word:
                return None
            if self._title(k):
                return c.make("organization", None, head="title_of")
        return None

    def _cl_place_prep(self, c: _Span) -> Mention | _NoName | None:
        """ "in Ain Sokhna": a place the gazetteer does not know, after a preposition of place."""
        i, j = c.i, c.j
        if c.place is None and j - i >= 2 and i > c.a and not c.joined and not self._common(c.doc, i, j):
            if c.prev in self.lex.words("place_prep"):
                return c.make("place", "city")
        return None

    def _cl_country_in_brackets(self, c: _Span) -> Mention | _NoName | None:
        """ "Quessa Foods (Spain)", "Sustainable Harbour Hub (Sweden)": a name that is no place, followed by a
        country in brackets, is a body of that country (a partner in a list)."""
        doc, i, j = c.doc, c.i, c.j
        toks = doc.tokens
        b = doc.sent_span[c.s][1]
        if c.place is not None or j + 2 >= b or toks[j].text != "(" or toks[j + 2].text != ")":
            return None
        country = self.gaz.lookup(toks[j + 1].text)
        if country is None or country.kind != "country":
            return None
        if self._looks_person(doc, i, j) and _first_name(toks[i].text):
            return None
        if self._common(doc, i, j) and (j - i < 2 or i == c.a):
            return None
        return c.make("organization", "company", head="country_in_brackets")

    def _cl_kind_after(self, c: _Span) -> Mention | _NoName | None:
        """ "the Hydrogen Harbour association": a lower-case head of a body (not a company's) right after a name
        that is no place says what kind of body the name is."""
        doc, j = c.doc, c.j
        b = doc.sent_span[c.s][1]
        if (
            c.place is not None
            or j >= b
            or not doc.tokens[j].text.islower()
            or c.prev not in self.lex.words("article")
        ):
            return None
        sub = self.lex.org_heads.get((doc.tokens[j].text,))
        if sub is None or sub == "company" or self._common(doc, c.i, j) and j - c.i < 2:
            return None
        return c.make("organization", sub, head="kind_after")

    def _cl_facility_owner(self, c: _Span) -> Mention | _NoName | None:
        """ "the Quessa heating plant", "the Varnholt factory": a name that is no place, no person and no common
        words, right before a noun of a works (after at most two lower-case words), names the company that runs it."""
        doc, i, j = c.doc, c.i, c.j
        # "Ostwind Power's new blade factory": a possessive name owns the works wherever it stands
        owns = doc.tokens[j - 1].text.endswith(_POSSESSIVE) and (
            i > c.a or not self.m.known(doc.tokens[i].text)
        )  # type: ignore[attr-defined]
        if (
            c.place is not None
            or c.joined
            or (c.prev not in self.lex.words("article") and not owns)
            or c.prev
            in self.lex.words("possessive_determiner")  # "its G-Tower headquarters": the works' name
            or self._common(doc, i, j)
        ):
            return None
        if self._looks_person(doc, i, j) and _first_name(doc.tokens[i].text):
            return None
        b = doc.sent_span[c.s][1]
        works = self.lex.words("works_noun")
        for k in range(j, min(b, j + 3)):
            if not doc.tokens[k].text.islower():
                return None
            if self.lemma[k] in works:
                return c.make("organization", "company", head="works")
        return None

    def _cl_part_of(self, c: _Span) -> Mention | _NoName | None:
        """ "the office of Sandvik Hale", "a subsidiary of Orbisense": a name that is no place, no person and not
        all common words, after a noun of a firm's part or works (``firm_part``) and "of", names a company."""
        doc, i, j = c.doc, c.i, c.j
        if i - 2 < c.a or c.prev != "of" or self.lemma[i - 2] not in self.lex.words("firm_part"):
            return None
        if c.place is not None or c.joined or not self._firm_shaped(doc, i, j):
            return None
        return c.make("organization", "company", head="part_of")

    def _cl_apposition_or_verb(self, c: _Span) -> Mention | _NoName | None:
        """A company by a company word in apposition, or by a verb of investing after it."""
        doc, i, j = c.doc, c.i, c.j
        if c.place is not None or c.joined or self._common(doc, i, j):
            return None
        # "Qwertonix, a Danish producer of …" (also opening the sentence)
        descriptor = self._apposed_descriptor(doc, j, c.s)
        if descriptor is not None:
            return c.make("organization", descriptor, head="apposition")
        # at a sentence's start only a word that the dictionary does not know ("Volvo Cars will invest")
        # (or a proper name the dictionary knows: "Ostrava Rail announced …")
        opens = i > c.a or not self._common(doc, i, i + 1)
        if opens and self._company_verb(doc, j, c.s) and doc.tokens[j - 1].text not in self.surnames:
            return c.make("organization", "company", head="verb")  # "… and Qwertonix will build a plant"
        return None

    def _company_verb(self, doc: Doc, j: int, s: int) -> bool:
        """A verb that companies do ("will invest", "opened", "employs") right after the name."""
        b = doc.sent_span[s][1]
        k = j
        while k < b and k < j + 3 and doc.tokens[k].text.lower() in self.lex.modality:
            k += 1  # "will", "plans to"
        if k < b and doc.tokens[k].text.lower() in self.lex.words("auxiliary"):
            k += 1
        return k < b and doc.tokens[k].text.islower() and self.lemma[k] in self.lex.words("company_verb")

    def _nationality(self, doc: Doc, i: int, b: int, s: int) -> list[Mention]:
        """ "Moldavian visitors", "a Korean delegation": the country takes part (a place mention of it)."""
        code = self.lex.demonyms.get(doc.tokens[i].text)
        if not code or i + 1 >= b:
            return []
        k = i + 1
        while (
            k < b and k < i + 3 and doc.tokens[k].text.islower() and self.lemma[k] not in self.lex.group_nouns
        ):
            k += 1
        if k >= b or self.lemma[k] not in self.lex.group_nouns:
            return []
        name = self.gaz.country_names.get(code)
        place = self.gaz.lookup(name) if name else None
        if not name or place is None:
            return []
        t = doc.tokens[i]
        m = Mention(t.start, t.end, i, i + 1, "place", name, "country", s, country=code, place_id=place.id)
        m.descriptor = "nationality"
        if place.name != name:
            m.aliases = [place.name]
        return [m]

    def _event_name(self, doc: Doc, i: int, j: int) -> None:
        """ "Cluster Collaboration Day", "BeCO expo": the name of an event, kept for the events component."""
        k = j
        b = doc.sent_span[doc.sent_of[i]][1]
        while j - 1 > i and doc.tokens[j - 1].is_num:
            j -= 1
        last = doc.tokens[j - 1].text.lower()
        if last not in self.lex.event_name_words and j < b:
            n = (
                j
                if doc.tokens[j].text.lower() in self.lex.event_name_words
                else self._event_noun_after(doc, j, b)
            )
            if n is not None and doc.tokens[n].text.lower() in self.lex.event_name_words:
                k = n + 1  # the event word after the name ("BeCO expo", "BeCO trade expo")
                last = doc.tokens[n].text.lower()
        if last in self.lex.event_name_words and not any(e[0] == i for e in doc.event_names):
            doc.event_names.append(
                (i, k, " ".join(doc.text[doc.tokens[i].start : doc.tokens[k - 1].end].split()))
            )

    def _not_org(self, doc: Doc, i: int, j: int) -> bool:
        """The name of an event, a programme or a document ("World Congress of Clusters", "BeCO expo")."""
        words = self.lex.not_org_words
        e = j
        while e - 1 > i and doc.tokens[e - 1].is_num:
            e -= 1  # "Supplier Days 2024": the edition's year after the event's word
        first, last = doc.tokens[i].text.lower(), doc.tokens[e - 1].text.lower()
        if self.lemma[i] in words or first in words:
            return True
        if any(
            (self.lemma[k],) in self.lex.org_heads and self.lemma[k + 1] in self.lex.words("head_of")
            for k in range(i, min(j - 1, i + 3))
        ):
            # "Ministry of Funds and Regional Policy", "Institute of Economic Policy", "National Agency for
            # Academic Exchange": a body's name
            return False
        two_word_head = tuple(self.lemma[e - 2 : e]) in self.lex.org_heads
        if (self.lemma[e - 1] in words or last in words) and not two_word_head:
            return True  # (a head of two words that ends with such a word names a body: "Stock Exchange")
        if any(self.lemma[k] in words and doc.tokens[k + 1].text == "of" for k in range(i, j - 1)):
            return True
        a, b = doc.sent_span[doc.sent_of[i]]
        if i > a and doc.tokens[i - 1].text in self._thing_words:
            # "the project SMART-HUB", "the programme Horizon Europe": the name of the thing (a place stays one)
            return (
                self.gaz.lookup(" ".join(doc.text[doc.tokens[i].start : doc.tokens[j - 1].end].split()))
                is None
            )
        if self._inner_unit(doc, i, j, b):
            return True
        toks = doc.tokens
        if (
            j + 2 < b
            and toks[j].text == "of"
            and toks[j + 1].text.lower() == "the"
            and self.lemma[j + 2] in words
        ):
            return True  # "Harbour Zone of the Year": the title of an award
        # "BeCO expo", "the COSME programmes", "Qwerty international fairs" (nouns only: "the zone visited"
        # is no name of a visit)
        return (
            self._event_noun_after(doc, j, b) is not None
            or self._event_noun_after(doc, self._coordinated_end(doc, j, b), b, plural=True) is not None
        )

    def _coordinated_end(self, doc: Doc, j: int, b: int) -> int:
        """ "ESSENCE and NEXTFOOD projects": the end of the capitalised name coordinated with the one that ends
        at j (j itself where none is), so that the noun after the second counts for the first too."""
        toks = doc.tokens
        if j + 1 >= b or toks[j].text.lower() not in self.lex.words("conjunction"):
            return j
        k = j + 1
        while k < b and k < j + 5 and self._cap(doc, k):
            k += 1
        return k if k > j + 1 else j

    def _inner_unit(self, doc: Doc, i: int, j: int, b: int) -> bool:
        """ "Press Office", "the Marketing Department": a unit that every body has, named by its task words
        only and not tied to a body ("… of the Ministry"), is no organisation of its own."""
        if j - i < 2 or self.lemma[j - 1] not in self.lex.words("unit_head"):
            return False
        if j < b and doc.tokens[j].text.lower() in self.connectors:
            return False
        tasks = self.lex.words("unit_task")
        return all(doc.tokens[k].text.lower() in tasks or self.lemma[k] in tasks for k in range(i, j - 1))

    def _event_noun_after(self, doc: Doc, j: int, b: int, plural: bool = False) -> int | None:
        """The index of an event noun written in lower case right after a name, or after one or two modifiers
        of an event ("international", "trade": ``event_modifier``) — "BeCO expo", "Qwerty trade fairs"."""
        after = self.lex.event_nouns_after
        modifiers = self.lex.words("event_modifier")
        k = j
        while k < b and k < j + 3:
            nxt = doc.tokens[k].text
            if not nxt.islower():
                return None
            if nxt.endswith("s") and nxt[:-1] in after:
                return k
            if not plural and (nxt in after or nxt in self.lex.event_nouns_after_singular):
                return k
            if nxt not in modifiers:
                return None
            k += 1
        return None

    def _caps_words(self, doc: Doc, i: int, j: int) -> bool:
        """ "PRESS RELEASE", "LATEST NEWS": common words in capitals (a heading), not an acronym; one word
        only where it makes its line."""
        words = [t for t in doc.tokens[i:j] if t.is_word]
        if not words or not all(t.is_upper for t in words):
            return False
        if len(words) == 1:
            t = words[0]  # "NEWS" as a heading; "ROSA", "MAN" in a sentence are names
            line_start = doc.text.rfind("\n", 0, t.start) + 1
            line_end = doc.text.find("\n", t.end)
            if doc.text[line_start : line_end if line_end >= 0 else len(doc.text)].strip() != t.text:
                return False
        return all(self.m.known(t.text) for t in words)  # type: ignore[attr-defined]

    def _code(self, doc: Doc, i: int, j: int) -> bool:
        """ "SEK 9 billion", "ISO 9001", "9 billion SEK": a short code before a number, or a currency code
        (ISO 4217, from CLDR) after one, is no organisation."""
        if j - i != 1 or not (doc.tokens[i].is_upper or _mixed_case(doc.tokens[i].text)):
            return False  # "SmartGrid 3.0": a product and its version
        word = doc.tokens[i].text
        a, b = doc.sent_span[doc.sent_of[i]]
        before = i > a and (
            doc.tokens[i - 1].is_num or doc.tokens[i - 1].text.lower() in self.lex.multipliers
        )
        if before and word in _currency_codes():
            return True  # "9 billion SEK" ("MTP Group" is a name, though MTP was a currency)
        return (len(word) <= 4 or _mixed_case(word)) and j < b and doc.tokens[j].is_num

    def _common(self, doc: Doc, i: int, j: int) -> bool:
        """A run whose words are all common English words ("Foreign Direct Investment") names nothing."""
        return all(
            self.m.known(t.text) and self.m.lemma(t.text.lower())[:1].islower()
            for t in doc.tokens[i:j]
            if t.is_word
        )  # type: ignore[attr-defined]

    def _place_name(self, i: int, j: int) -> bool:
        """A place written with a place head ("Lodz region") rather than an organisation's head."""
        return self.lemma[j - 1] in self.lex.place_heads or self.lemma[i] in self.lex.place_heads

    def _place(self, make: object, place: EnPlace, name: str) -> Mention:
        m = make("place", _PLACE_KIND.get(place.kind, "other"), country=place.country, place_id=place.id)  # type: ignore[operator]
        if place.name != name:
            m.aliases = [place.name]
        return m

    def _head(self, i: int, j: int) -> tuple[str, bool] | None:
        """(subtype, whether the name is only its head) of the organisation head in tokens i..j, if any."""
        lem = self.lemma[i:j]
        n = len(lem)
        found: list[tuple[int, int, str]] = []
        p = 0
        while p < n:
            for k in range(min(self.max_head, n - p), 0, -1):
                sub = self.lex.org_heads.get(tuple(lem[p : p + k]))
                if sub is not None and self._verb_form(i + p + k - 1, lem[p + k - 1]):
                    sub = None  # "Networking Lunch": a verb's form, no head noun
                if sub is not None and p + k < n and k == 1 and lem[p] in self._last_heads:
                    sub = None  # "Logistics Heart of Poland", "Technology Transfer": a field's word, not a firm's
                if sub is not None:
                    found.append((p, p + k, sub))
                    p += k - 1
                    break
            p += 1
        if not found:
            toks = self._toks
            for k in range(i, j):
                pl = self.lex.polish_heads.get(toks[k].text.lower())
                if pl is not None and k > i and self._place_owner(self._doc, i, k + 1):
                    continue  # "Dobre Miasto": the head word closes a town's name
                if pl is not None:  # "Klaster Obróbki Metali", "Krajowa Izba Gospodarcza": a Polish name
                    return pl[0], j - i == 1
            last = lem[-1]
            for head, sub in self._suffix_heads:  # (not a field's word: "Biotechnology" is a field)
                if last.endswith(head) and last != head:
                    return sub, False  # "AgroBioCluster", "Technopark"
            return None
        generic = sum(e - b for b, e, _ in found) >= n
        for _p, e, sub in found:
            if e < n and lem[e] in self.lex.words("head_of"):
                return sub, generic  # "Gdansk University of Technology": the head that "of" follows
        return max(found, key=lambda f: f[1])[2], generic

    def _verb_form(self, k: int, lemma: str) -> bool:
        """Token k, whose lemma is `lemma`, is a verb's "-ing" or "-ed" form ("networking", "grouped")."""
        text = self._toks[k].text.lower()
        if (text,) in self.lex.org_heads or (text.removesuffix("s"),) in self.lex.org_heads:
            return False  # "Holding": a head noun in its own right
        return text != lemma and text.endswith(tuple(self.lex.words("verb_ending")))

    def _seat(self, doc: Doc, m: Mention) -> bool:
        """ "University in Lublin", "Special Economic Zone from Lodz": the seat stays in the name."""
        # "Embassy of Japan in Poland", "Korean Chamber of Commerce in Germany"
        country_seat = any(self.lemma[k] in self.lex.words("seat_country_head") for k in range(m.t0, m.t1))
        # ("County Office in Nysa", "City Office in Lodz": a local government's office by its town)
        if m.subtype not in ("research_education", "economic_zone", "municipality") and not country_seat:
            return False
        toks = doc.tokens
        j = m.t1
        b = doc.sent_span[m.sent][1]
        if j + 1 < b and toks[j].text in self.lex.words("seat") and self._cap(doc, j + 1):
            k = j + 2
            while k < b and self._cap(doc, k):
                k += 1
            place = self.gaz.lookup(doc.text[toks[j + 1].start : toks[k - 1].end])
            if place is not None and (place.kind == "city" or (country_seat and place.kind == "country")):
                m.aliases = [m.name]
                m.end = toks[k - 1].end
                m.t1 = k
                m.name = " ".join(doc.text[m.start : m.end].split())
                return True
        return False


# the rules of `EnglishNames._extend_run` for a token that is no capitalised word, in order: the first that
# takes tokens wins
_EXTEND_RULES: tuple[Callable[[EnglishNames, Doc, int, int, int], int], ...] = (
    EnglishNames._ext_number,
    EnglishNames._ext_of_the,
    EnglishNames._ext_connector,
    EnglishNames._ext_the_after_of,
    EnglishNames._ext_plural_possessive,
    EnglishNames._ext_abbreviation,
    EnglishNames._ext_comma,
    EnglishNames._ext_in_place,
)

# the cascade of `EnglishNames._classify`, in order: the first rule that decides (a mention or _NO_NAME) wins
_CLASSIFY_RULES: tuple[Callable[[EnglishNames, _Span], Mention | _NoName | None], ...] = (
    EnglishNames._cl_known_org,
    EnglishNames._cl_translated,
    EnglishNames._cl_zone,
    EnglishNames._cl_legal_form,
    EnglishNames._cl_media,
    EnglishNames._cl_invest_place,
    EnglishNames._cl_not_org,
    EnglishNames._cl_thing_apposed,
    EnglishNames._cl_job_title,
    EnglishNames._cl_organ_of,
    EnglishNames._cl_known_place,
    EnglishNames._cl_place_head,
    EnglishNames._cl_place_modifier,
    EnglishNames._cl_org_head,
    EnglishNames._cl_cued_person,
    EnglishNames._cl_branch,
    EnglishNames._cl_descriptor_before,
    EnglishNames._cl_first_name,
    EnglishNames._cl_word_in_place,
    EnglishNames._cl_ampersand,
    EnglishNames._cl_caps_or_code,
    EnglishNames._cl_acronym,
    EnglishNames._cl_descriptor_or_demonym,
    EnglishNames._cl_source,
    EnglishNames._cl_partner_cue,
    EnglishNames._cl_title_of,
    EnglishNames._cl_place_prep,
    EnglishNames._cl_country_in_brackets,
    EnglishNames._cl_kind_after,
    EnglishNames._cl_facility_owner,
    EnglishNames._cl_part_of,
    EnglishNames._cl_apposition_or_verb,
)
