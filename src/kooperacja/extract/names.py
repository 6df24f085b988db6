"""Names in the text: capitalised chunks, split into people, organisations and places, each in base form.

The chunker reads the shape of the phrase (capitalisation, connectors, quotes, legal forms), the lexicons
(organisation head nouns, descriptors, titles) and the gazetteers; base forms come from morphology."""

from __future__ import annotations

import re
from bisect import bisect_right

from kooperacja.data.language_data import language_data
from kooperacja.extract.chunker import NameChunker
from kooperacja.extract.cues import cues, endings, patterns
from kooperacja.extract.doc import Doc, Mention
from kooperacja.extract.entities import initials
from kooperacja.extract.gazetteer import gazetteer, token_keys
from kooperacja.extract.lexicon import lexicon
from kooperacja.extract.matcher import Matcher, matcher
from kooperacja.extract.name_classify import NameClassifier
from kooperacja.extract.name_shape import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    initial,
    is_acronym,
    is_short_name,
)
from kooperacja.extract.org_names import OrgNames
from kooperacja.extract.persons import PersonNames, person_base, speaker_tags
from kooperacja.extract.places import PlaceNames, RegionNames, ZoneNames
from kooperacja.text.morphology import morphology
from kooperacja.text.tokens import DASHES

__all__ = ["NameFinder", "RegionNames", "ZoneNames", "link_parenthesised_acronyms", "person_base"]


class NameFinder(NameChunker, PersonNames, NameClassifier, OrgNames, PlaceNames):
    """Component: the names of persons, organisations and places in capitalised chunks, each in base form."""

    def __init__(self, lang: str = "pl") -> None:
        self.lex = lexicon(lang)
        self.gaz = gazetteer()
        self.morph = morphology()
        self._legal_by_first: dict[str, list[tuple[str, ...]]] = {}
        for form in self.lex.legal_forms:
            self._legal_by_first.setdefault(form[0], []).append(form)
        data = language_data(lang)
        self._boilerplate = data.words("boilerplate_names", "name")
        self._not_orgs = tuple(data.column("name_not_orgs"))
        self._not_org_names = frozenset(self._not_orgs)
        # the name, then more words: a programme's or status's only ("Capex Solutions" is a firm, "Capex" a metric)
        self._not_org_starts = tuple(
            r["name"] + " " for r in data.rows("name_not_orgs") if r["kind"] not in ("metric", "region")
        )
        self._venues: frozenset[str] = data.words("venue_heads", "lemma")
        # the venue nouns that name a venue only in the locative, as the place where something is
        self._venues_in = frozenset(r["lemma"] for r in data.rows("venue_heads") if r["where"] == "locative")
        self._unit_heads = frozenset(r["word"] for r in data.rows("event_words") if r["use"] == "unit_head")
        self.w = cues(lang, "name_cues")  # word sets by use (data/<lang>/name_cues.tsv)
        # the words of an amount after a listed name ("Alfa – 12 mln zł, Beta – 7 mln zł"): multipliers, currencies
        self._amount_words = data.words("amount_multipliers", lower=True) | data.words(
            "amount_currencies", lower=True
        )
        self.tags = cues(lang, "tag_classes")
        self.cx = matcher(lang, "patterns/name_context")  # contextual patterns (data/<lang>/patterns/)
        self.re = {name: rx for name, (rx, _repl) in patterns(lang, "name_patterns").items()}
        self._head_words = frozenset(self.lex.org_heads)  # the set test that `head_lemma` makes first
        self._legal_base = patterns(lang, "name_patterns")["legal_inflected"][1]
        self._town_endings = endings(lang, "name_endings")[("town", "", "")]
        self._endings = tuple(data.column("name_case_endings"))
        # the refinements of org_head_rules.tsv by head, in file order: (word, subtype)
        self._head_rules: dict[str, list[tuple[str, str]]] = {}
        for rule_head, word, subtype in self.lex.org_head_rules:
            self._head_rules.setdefault(rule_head, []).append((word, subtype))
        # a minister's titles in any case: the test that a text can name a ministry by a title at all
        self._ministry_titles = _any_case_search(self.w.ministry_title)

    def __call__(self, doc: Doc) -> None:
        self._descriptor_memo = None
        self.chunk(doc)
        self._names_in_titles(doc)
        self._coordinated_names(doc)
        self._inflected_places(doc)
        self._names_before_dash(doc)
        self._ministries_in_titles(doc)
        self._brand_short_forms(doc)
        speaker_tags(doc)

    def _names_in_titles(self, doc: Doc) -> None:
        """ "projektu pn. „Rozwój Terenów Inwestycyjnych w Gminie Borowo”", "w artykule „Jak Przemysł Zmienia
        Region”": an organisation or a person named inside the quoted title of a project, a programme, a document
        or an event (pattern `titled_thing`), after the title's first word, is part of the title, no entity of the
        text; a name that opens the title (the whole title, "projekt
        „Invest in Silesia”") is left to the rules of names in quotes, unless a Polish head noun of an
        organisation heads it ("projekt „Opolska Dolina Przemysłowa”"): then it names the project, no body."""
        if not doc.mentions:
            return
        toks, spans = doc.tokens, []
        for hit in _OPEN_QUOTE.finditer(doc.text):
            k = bisect_right(toks, hit.start(), key=lambda t: t.start) - 1
            if k < 1 or toks[k].start != hit.start() or toks[k].text not in OPEN_QUOTES:
                continue
            if not self.cx.ends_at(doc, "titled_thing", k + 1):
                continue
            s1 = doc.sent_span[doc.sent_of[k]][1]
            close = next((j for j in range(k + 1, s1) if toks[j].text in CLOSE_QUOTES), None)
            if close is not None and close > k + 1:
                spans.append((toks[k + 1].start, toks[close].start))  # the title's words
        if spans:
            doc.mentions[:] = [
                m
                for m in doc.mentions
                if m.type == "place"
                or not any(
                    a < m.start and m.end <= b or (m.head and a == m.start and m.end == b) for a, b in spans
                )
            ]

    def _brand_short_forms(self, doc: Doc) -> None:
        """ "Vantex Polska" … "Vantex zbuduje halę": the word the dictionary does not know that opens a company's
        name (after its head: "Grupa Tervola") names that company wherever it stands alone in the text."""
        toks = doc.tokens
        brands: dict[str, Mention] = {}
        for m in doc.mentions:
            if m.type != "organization":
                continue
            if m.t1 - m.t0 == 1 and m.descriptor and m.subtype == "company":
                word = toks[m.t0].text  # "spółka Ekobud" … "Ekobud wyda": a brand its kind noun introduced
                if len(word) >= 4 and _brand_shape(word):
                    brands.setdefault(word, m)
                continue
            if m.t1 - m.t0 < 2:
                continue
            k = m.t0 + 1 if m.head and doc.lemmas(m.t0) & {m.head} else m.t0
            word = toks[k].text
            if k < m.t1 and len(word) >= 4 and _brand_shape(word) and self._coined(doc, k):
                brands.setdefault(
                    word, m
                )  # "Ceramix-Końskie Sp. z o.o." … "Ceramix-Końskie uruchomi": hyphened too
        if not brands or all(doc.text.count(w) == 1 for w in brands):
            return  # each word written once only, in the name it opens (a taken token): the search finds nothing
        taken = {t for m in doc.mentions for t in range(m.t0, m.t1)}
        rx = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(brands, key=len, reverse=True))) + r")\b")
        for hit in rx.finditer(doc.text):
            k = bisect_right(toks, hit.start(), key=lambda t: t.start) - 1
            if k < 0 or toks[k].start != hit.start() or toks[k].end != hit.end() or k in taken:
                continue
            if k + 1 < len(toks) and toks[k + 1].is_cap and toks[k + 1].is_word:
                continue  # the word opens a longer name here
            word = hit.group()
            self._add(
                doc,
                Mention(
                    toks[k].start, toks[k].end, k, k + 1, "organization", word, "company", doc.sent_of[k]
                ),
            )
            taken.add(k)

    def _coined(self, doc: Doc, k: int) -> bool:
        """The word at k is no word of the language: the dictionary does not know it; or hyphened, no place the
        gazetteer knows, its first part no proper name ("Ceramix-Końskie", not "Bielsko-Biała": the dictionary
        reads a hyphened word by its last part)."""
        word = doc.tokens[k].text
        if "-" not in word:
            return _unknown_word(doc, k)
        if self.gaz.lookup([token_keys(word, doc.readings[k])]):
            return False  # "Kędzierzyn-Koźle": a place
        return not any(r.proper for r in self.morph.analyse(word.split("-", 1)[0]))

    def _ministries_in_titles(self, doc: Doc) -> None:
        """ "minister gospodarki", "wiceministra rozwoju i technologii": a minister's title with its portfolio in
        lower case (nouns in the genitive) names the ministry ("Ministerstwo Gospodarki")."""
        titles, head = self.w.ministry_title, next(iter(self.w.ministry_head), None)
        searches = self._ministry_titles
        if head is None or (searches is not None and not any(rx.search(doc.text) for rx in searches)):
            return  # most texts: no title in any case (without lower-casing the whole text)
        low = doc.text.lower()
        if not any(t in low for t in titles):
            return
        toks = doc.tokens
        taken: set[int] | None = None
        starts = {m.start() for t in titles for m in re.finditer(r"\b" + re.escape(t), low)}
        for start in sorted(starts):
            i = bisect_right(toks, start, key=lambda t: t.start) - 1
            if i < 0 or toks[i].start != start:
                continue
            if not any(r.lemma.lower() in titles and "sg" in r.numbers for r in doc.readings[i]):
                continue
            j, words = self._portfolio(doc, i + 1, doc.sent_span[doc.sent_of[i]][1])
            if not words:
                continue
            if taken is None:
                taken = {t for m in doc.mentions for t in range(m.t0, m.t1)}
            if any(t in taken for t in range(i + 1, j)):
                continue
            conj = self.w.conjunction
            name = " ".join([head.capitalize(), *(w if w in conj else w.capitalize() for w in words)])
            mention = Mention(
                toks[i + 1].start, toks[j - 1].end, i + 1, j, "organization", name, "national_government"
            )
            mention.sent, mention.head = doc.sent_of[i], head
            self._add(doc, mention)

    def _portfolio(self, doc: Doc, j: int, s1: int) -> tuple[int, list[str]]:
        """The lower-case words in the genitive from token j (joined by "i"), at most four, with at least one
        noun: the portfolio after a minister's title; (end token, words)."""
        toks, conj = doc.tokens, self.w.conjunction
        words: list[str] = []
        nouns = 0
        while j < s1 and len(words) < 4 and toks[j].is_word and not toks[j].is_cap:
            if toks[j].lower in conj and words and j + 1 < s1 and not toks[j + 1].is_cap:
                words.append(toks[j].lower)
                j += 1
                continue
            gen = [r for r in doc.readings[j] if "gen" in r.cases and r.pos in ("subst", "adj")]
            if not gen:
                break
            nouns += any(r.pos == "subst" for r in gen)
            words.append(toks[j].text)
            j += 1
        while words and words[-1] in conj:
            words.pop()
            j -= 1
        return j, words if nouns else []

    def _names_before_dash(self, doc: Doc) -> None:
        """ "Aeropolis – Podkarpacki Park Technologiczny": a lone capitalised word that no rule took, opening a
        clause and set off by a spaced dash before an organisation's headed name, is that organisation's own
        name (an alias)."""
        toks, text = doc.tokens, doc.text
        taken: set[int] | None = None
        for m in doc.mentions:
            k = m.t0 - 1
            if m.type != "organization" or not m.head or k < 1 or toks[k].text not in DASHES:
                continue
            j = k - 1
            if text[toks[j].end : toks[k].start] != " " or text[toks[k].end : toks[m.t0].start] != " ":
                continue
            word = toks[j]
            if not (word.is_word and word.is_cap and len(word.text) > 3) or word.is_upper:
                continue
            s0 = doc.sent_span[m.sent][0]
            if initial(doc, j, s0) and not all(r.pos == "ign" or r.proper for r in doc.readings[j]):
                continue  # a common word capitalised only because it opens the sentence
            if any(r.geo for r in doc.readings[j]):
                continue  # "Rzeszów – Izba …": a dateline's town
            if j > 0 and toks[j - 1].is_word and toks[j - 1].is_cap:
                continue  # the word closes a longer name
            if taken is None:
                taken = {t for x in doc.mentions for t in range(x.t0, x.t1)}
            if j in taken:
                continue
            m.aliases.append(word.text)

    def _inflected_places(self, doc: Doc) -> None:
        """ "Hesja i Bawaria" … "umowa pomiędzy Hesją a Śląskiem": a one-word place that the dictionary cannot
        decline, found once in its base form, is the same place in its other case forms (endings from
        data/<lang>/name_case_endings.tsv)."""
        toks, ms = doc.tokens, doc.mentions
        forms: dict[str, Mention] = {}
        for m in ms:
            if m.type != "place" or m.t1 != m.t0 + 1 or len(m.name) < 4 or not _unknown_word(doc, m.t0):
                continue
            for cut in self._endings:
                if m.name.endswith(cut):
                    stem = m.name[: -len(cut)]
                    for e in self._endings:
                        forms.setdefault(stem + e, m)
        forms = {f: m for f, m in forms.items() if f != m.name}
        if not forms or not any(f in doc.text for f in forms):
            return  # no form written anywhere: the search (a pattern made for this text) would find none
        taken = {t for m in ms for t in range(m.t0, m.t1)}
        rx = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(forms, key=len, reverse=True))) + r")\b")
        for hit in rx.finditer(doc.text):
            k = bisect_right(toks, hit.start(), key=lambda t: t.start) - 1
            if k < 0 or toks[k].start != hit.start() or toks[k].end != hit.end() or k in taken:
                continue
            if not _unknown_word(doc, k):
                continue
            src = forms[hit.group()]
            sent = bisect_right(doc.sent_span, k, key=lambda span: span[0]) - 1
            new = Mention(toks[k].start, toks[k].end, k, k + 1, "place", src.name, src.subtype, max(sent, 0))
            new.country, new.place_id = src.country, src.place_id
            self._add(doc, new)
            taken.add(k)

    def _coordinated_names(self, doc: Doc) -> None:
        """ "Betamax, Norvento i Grupa Azoty", "między WZK-2 a Politechniką": a lone word the dictionary does not
        know (or an acronym) joined by a comma or a conjunction to an organisation's name is an organisation too
        (a company, as business news names them). Lists are followed both ways from every organisation found."""
        toks, ms = doc.tokens, doc.mentions
        taken = {t for m in ms for t in range(m.t0, m.t1)}
        by_t0 = {m.t0: m for m in ms}
        todo = [m for m in ms if m.type == "organization"]
        while todo:
            m = todo.pop()
            s0, s1 = doc.sent_span[m.sent]
            for j, k, out in ((m.t1, m.t1 + 1, m.t1 + 2), (m.t0 - 1, m.t0 - 2, m.t0 - 3)):
                if not (s0 <= min(j, k) and max(j, k) < s1):
                    continue
                if toks[j].text != "," and toks[j].lower not in self.w.coordination:
                    continue
                if s0 <= out < s1 and toks[out].is_word and toks[out].is_cap:
                    continue  # the word opens or closes a longer name
                other = by_t0.get(k)
                if other is not None:
                    if other.t1 == k + 1 and other.type == "organization" and other.subtype is None:
                        other.subtype = "company"  # a lone acronym in a list of organisations
                    continue
                tok = toks[k]
                if k in taken or not (tok.is_word and tok.text[:1].isupper() and len(tok.text) > 2):
                    continue
                if k + 2 < s1 and toks[k + 1].text == ".":
                    continue  # an abbreviation ("prof.")
                if not (_unknown_word(doc, k) or is_acronym(tok.text)):
                    continue
                if tok.text in self.lex.not_org_acronyms:
                    continue  # "Baltpol sp. z o.o., KRS 0000412345, NIP …": a registry's or a tax's acronym
                new = Mention(tok.start, tok.end, k, k + 1, "organization", tok.text, "company", m.sent)
                before = len(ms)
                self._add(doc, new)
                if len(ms) > before:
                    taken.add(k)
                    by_t0[k] = new
                    todo.append(new)

    def _add(self, doc: Doc, m: Mention) -> None:
        if not m.name or m.name in self._boilerplate or self._inflected_boilerplate(m.name):
            return
        if m.type == "organization" and (
            m.name in self._not_org_names or m.name.startswith(self._not_org_starts)
        ):
            return  # a programme or a status, no organisation (data/<lang>/name_not_orgs.tsv)
        doc.mentions.append(m)

    def _inflected_boilerplate(self, name: str) -> bool:
        """ "według Reutersa", "podał Bloomberga": a one-word agency credit with a case ending is boilerplate too."""
        if " " in name:
            return False
        return any(
            name.endswith(e) and name[: -len(e)].rstrip("-") in self._boilerplate for e in self._endings if e
        )


# a quote that may open a title (the tokens' own test, OPEN_QUOTES, decides)
_OPEN_QUOTE = re.compile("[" + re.escape("".join(OPEN_QUOTES)) + "]")

# the only characters outside ASCII that lower-case to an ASCII letter: KELVIN SIGN, and CAPITAL I WITH DOT ABOVE
# (which lower-cases to a letter and a combining dot)
_KELVIN, _DOTTED_I = "\u212a", "\u0130"


def _any_case_search(words: frozenset[str]) -> tuple[re.Pattern[str], ...] | None:
    """Searches that find a text whose lower-cased form holds one of the lower-case words (what `word in
    text.lower()` answers, without lower-casing the text): each letter as a class of the characters that lower-case
    to it, one search per word that holds none of the others (where "minister" is not found, "wiceminister" is
    not either). None where a word has a character other than a lower-case ASCII letter (no search is made)."""
    if not all(word.isascii() and word.isalpha() and word.islower() for word in words):
        return None
    searches = []
    for word in sorted(words):
        if any(other != word and other in word for other in words):
            continue
        classes = []
        for n, c in enumerate(word):
            chars = c + c.upper()
            if c == _KELVIN.lower():
                chars += _KELVIN
            if c == _DOTTED_I.lower()[0] and n == len(word) - 1:
                chars += (
                    _DOTTED_I  # lower-cased with a combining dot after: only a word's last letter can meet it
                )
            classes.append(f"[{chars}]")
        searches.append(re.compile("".join(classes)))
    return tuple(searches)


def _brand_shape(word: str) -> bool:
    """A word with one capital, or hyphened parts each with one ("Ekobud", "Termo-Bud"): a brand's shape."""
    return all(len(p) >= 2 and p[:1].isupper() and p[1:].islower() for p in word.split("-"))


def _unknown_word(doc: Doc, i: int) -> bool:
    """No dictionary reading: the word is a name the text coined, not a word of the language."""
    return all(r.pos == "ign" for r in doc.readings[i])


def _foreign_name_in_brackets(doc: Doc, m: Mention, by_t0: dict[int, int]) -> bool:
    """An organisation's name in brackets right after m, alone there, with words the dictionary does not know
    (or foreign organisation words, or the lower-case connectors of foreign names) only."""
    toks, i = doc.tokens, m.t1
    if i + 1 >= len(toks) or toks[i].text != "(" or i + 1 not in by_t0:
        return False
    other = doc.mentions[by_t0[i + 1]]
    if other.type != "organization" or other.t1 >= len(toks) or toks[other.t1].text != ")":
        return False
    lex = lexicon(doc.lang)
    foreign, connectors = lex.foreign_org_words, lex.connectors
    words = [k for k in range(other.t0, other.t1) if toks[k].is_word]
    glued = [k for k in words if toks[k].text.islower() and connectors.get(toks[k].text) == "foreign"]
    if len(words) < 2 or not all(
        _unknown_word(doc, k) or toks[k].text in foreign or k in glued for k in words
    ):
        return False
    # a lower-case connector of foreign names inside ("Masurian Development and Trade Agency") is no Polish word
    # where a word of the bracket translates the kind of the Polish name's head (Agencja: Agency, Klaster:
    # Cluster; the subtypes of org_heads.tsv and foreign_org_words.tsv): "Park … (Glass and Steel Cluster)" is
    # another body
    kind = lex.org_heads.get(m.head or "", ("", False))[0]
    return not glued or any(foreign.get(toks[k].text) == kind for k in words if kind)


def _acronym_in(m: Mention, other: Mention) -> bool:
    """ "Grupa PFR – Polski Fundusz Rozwoju": the first name holds the acronym of the second."""
    keys = initials(other.name)
    return any(is_acronym(w) and w.casefold() in keys for w in m.name.split())


def _introduced_after(doc: Doc, m: Mention, by_t0: dict[int, int], cx: Matcher) -> int | None:
    """The mention that a naming phrase ("pn.", "pod nazwą") right after mention m introduces."""
    for t0 in range(m.t1 + 1, min(m.t1 + 5, len(doc.tokens))):
        if (
            t0 in by_t0
            and cx.starts_at(doc, "name_intro", m.t1, hi=t0)
            and cx.ends_at(doc, "name_intro", t0, m.t1)
        ):
            return by_t0[t0]
    return None


def _closing_bracket(doc: Doc, i: int) -> tuple[int, int] | None:
    """Token i opens brackets around one acronym or short name, or around an acronym and up to two
    capitalised words ("(OMX Polska)"), after words that introduce a short form ("(dalej: PAR)", "(w skrócie
    PAR)"): the index of the short form's first token and of the closing bracket."""
    toks = doc.tokens
    if i + 2 >= len(toks) or toks[i].text != "(":
        return None
    leads = cues(doc.lang, "name_cues").acronym_lead
    j = i + 1
    while (
        j < i + 5 and j + 1 < len(toks) and (toks[j].lower in leads or (j > i + 1 and toks[j].text in ":."))
    ):
        j += 1  # "(dalej: PAR)", "(zwana dalej PAR)", "(w skrócie PAR)"
    if j > i + 1 and not is_acronym(toks[j].text):
        return None  # after such words only an acronym
    if j + 1 < len(toks) and toks[j + 1].text == ")":
        return j, j + 1
    if not is_acronym(toks[j].text):
        return None
    for k in range(j + 1, min(j + 3, len(toks) - 1)):
        if not (toks[k].is_word and toks[k].is_cap):
            return None
        if toks[k + 1].text == ")":
            return j, k + 1
    return None


def link_parenthesised_acronyms(doc: Doc) -> None:
    """Component: an acronym or a short name with inner capitals ("(KTZone)"), or an acronym with a country
    ("(OMX Polska)"), in parentheses after an organisation, or a second name after a dash at the end of a list item, is an alias of the organisation."""
    toks = doc.tokens
    by_t0 = {m.t0: n for n, m in enumerate(doc.mentions)}
    cx = matcher(doc.lang, "patterns/name_context")
    defined: list[tuple[Mention, int, str]] = []  # acronyms defined in brackets that no mention holds yet
    for m in doc.mentions:
        if m.type != "organization":
            continue
        i = m.t1
        bracket = _closing_bracket(doc, i)
        if bracket:
            first, close = bracket
            acr = doc.text[toks[first].start : toks[close - 1].end]
            if close > first + 1 or is_acronym(acr) or (is_short_name(acr) and _unknown_word(doc, first)):
                m.aliases.append(acr)
                k = by_t0.get(first)
                if k is not None:
                    doc.mentions[k].acronym_of = m.start
                    doc.mentions[k].type = "organization"
                elif close == first + 1 and is_acronym(acr):
                    defined.append((m, first, acr))
        elif m.head is not None and _foreign_name_in_brackets(doc, m, by_t0):
            # "Saksoński Klaster Wodny (Wasser-Cluster Sachsen)": the foreign form of a Polish name is its alias
            other = doc.mentions[by_t0[i + 1]]
            m.aliases.append(other.name)
            other.acronym_of = m.start
        # "Klaster Energii pn. „Leśny Klaster Energii”": the name the phrase introduces is the full name
        k = _introduced_after(doc, m, by_t0, cx)
        if k is not None and doc.mentions[k].type == "organization":
            doc.mentions[k].aliases.append(m.name)
            m.acronym_of = doc.mentions[k].start
            continue
        # "Leśny Klaster Wodny – Dolina Wody" at the end of a list item: the second is an alias
        if i + 1 < len(toks) and toks[i].text in ("–", "-") and i + 1 in by_t0:
            k = by_t0[i + 1]
            other = doc.mentions[k]
            after = other.t1
            end_of_line = after >= len(toks) or "\n" in doc.text[toks[after - 1].end : toks[after].start]
            end = end_of_line or toks[after].text in (".", ";")
            if (
                end
                and other.type == "organization"
                and (end_of_line or other.head is None or _acronym_in(m, other))
            ):
                m.aliases.append(other.name)
                other.acronym_of = m.start
    if defined:
        _defined_acronyms(doc, defined)


def _defined_acronyms(doc: Doc, defined: list[tuple[Mention, int, str]]) -> None:
    """ "Pomorska Agencja Rozwoju (dalej: PAR) … PAR przyzna granty": an acronym that brackets define after an
    organisation's name stands for it in the brackets and wherever the document writes it again, even where
    it spells a common word ("PAR", "LKM") that the classifier leaves alone."""
    toks = doc.tokens
    taken = {t for m in doc.mentions for t in range(m.t0, m.t1)}
    for full, first, acr in defined:
        for hit in re.finditer(r"(?<!\w)" + re.escape(acr) + r"(?!\w)", doc.text):
            k = bisect_right(toks, hit.start(), key=lambda t: t.start) - 1
            if k < 0 or k in taken or toks[k].start != hit.start() or toks[k].end != hit.end() or k < first:
                continue
            m = Mention(hit.start(), hit.end(), k, k + 1, "organization", acr, full.subtype, doc.sent_of[k])
            m.acronym_of = full.start
            doc.mentions.append(m)
            taken.add(k)
