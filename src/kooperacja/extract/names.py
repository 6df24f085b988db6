"""Names in the text: capitalised chunks, split into people, organisations and places, each in base form.

The chunker reads the shape of the phrase (capitalisation, connectors, quotes, legal forms), the lexicons
(organisation head nouns, descriptors, titles) and the gazetteers; base forms come from morphology."""

from __future__ import annotations

import re

from kooperacja.data.language_data import language_data
from kooperacja.extract.baseform import nominative, nominative_ex, phrase_head, restore_case, surface
from kooperacja.extract.cues import cues, endings, patterns, strip_ending
from kooperacja.extract.doc import Doc, Mention
from kooperacja.extract.entities import initials
from kooperacja.extract.gazetteer import gazetteer, token_keys
from kooperacja.extract.lexicon import Lexicon, lexicon
from kooperacja.text.morphology import ADJECTIVAL, CASES, NOMINAL, morphology

_VERSION = re.compile(r"\d\.0")
_ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")
# administrations take no patron: "Województwa Adama Jarubasa" is an office and its holder
_NO_PATRONS = {"municipality", "regional_government", "national_government"}
_OPEN_QUOTES = {'"', "„", "“", "«", "'", "‘"}
_CLOSE_QUOTES = {'"', "”", "“", "»", "'", "’"}
_INITIAL_PUNCT = {'"', "„", "“", "(", "–", "-", "—", "•", ":", "*", "«", "·", "|", "►", "…"}


def _is_cap(doc: Doc, i: int) -> bool:
    t = doc.tokens[i].text
    if not t[0].isalpha():
        return False
    if t[0].isupper():
        return True
    return len(t) > 2 and any(c.isupper() for c in t[1:3])  # fDi, eBay


def _gap(doc: Doc, i: int) -> str:
    """The text between token i-1 and token i."""
    toks = doc.tokens
    return doc.text[toks[i - 1].end : toks[i].start]


def _initial(doc: Doc, i: int, s0: int) -> bool:
    """Is token i in a position where any word is capitalised (sentence or clause start)?"""
    if i == s0:
        return True
    prev = doc.tokens[i - 1].text
    if prev in _INITIAL_PUNCT or "\n" in _gap(doc, i):
        return True
    return prev == "." or (prev.isdigit() and i - 1 == s0)


def _head_lemma(doc: Doc, i: int, lex: Lexicon) -> str | None:
    text = doc.tokens[i].text
    town = any(r.geo and r.lemma == text for r in doc.readings[i])
    for r in doc.readings[i]:
        if r.pos in NOMINAL and r.lemma.lower() in lex.org_heads:
            if town and "sg" not in r.numbers:
                continue  # "Radom" is a town, not a plural form of "rada"
            return r.lemma.lower()
        if r.pos == "ign" and r.lemma.lower() in lex.org_heads:
            return r.lemma.lower()  # heads the dictionary does not know ("Technopark")
    return None


def _is_adj(doc: Doc, i: int) -> bool:
    return any(r.pos in ADJECTIVAL for r in doc.readings[i])


def _complement(doc: Doc, i: int) -> bool:
    """An adjective or a genitive noun continuing a Polish name ("Przedsiębiorstwo Gospodarki Komunalnej")."""
    text = doc.tokens[i].text
    if "-" in text and all(p[:1].isupper() for p in text.split("-")) and not _is_adj(doc, i):
        return False  # "Firma Valdi-Ceramika": a hyphenated brand, whatever the guesser reads in it
    return _is_adj(doc, i) or any(
        r.pos in NOMINAL and "gen" in r.cases and not r.proper for r in doc.readings[i]
    )


def _shouting(doc: Doc, s0: int, s1: int) -> bool:
    words = [t for t in doc.tokens[s0:s1] if t.is_word and len(t.text) > 1]
    return len(words) >= 3 and sum(t.is_upper for t in words) >= 0.7 * len(words)


def _agree(doc: Doc, adj: int, noun: int) -> bool:
    for r in doc.readings[adj]:
        if r.pos not in ADJECTIVAL:
            continue
        for q in doc.readings[noun]:
            if (
                q.pos in NOMINAL
                and r.numbers & q.numbers
                and r.cases & q.cases
                and (not q.genders or r.genders & q.genders)
            ):
                return True
    return False


def _is_first_name(doc: Doc, i: int) -> bool:
    t = doc.tokens[i]
    return t.is_cap and not t.is_upper and any(r.first_name for r in doc.readings[i])


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 10 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1)


_FUNCTION_POS = frozenset(
    (
        "adv",
        "fin",
        "praet",
        "inf",
        "qub",
        "conj",
        "comp",
        "prep",
        "pred",
        "ppron12",
        "ppron3",
        "siebie",
        "num",
        "imps",
        "impt",
        "pcon",
        "pant",
        "ger",
        "ppas",
        "pact",
        "bedzie",
        "winien",
        "interj",
        "burk",
    )
)


def _common_word(doc: Doc, i: int) -> bool:
    """A capitalised word that is only capitalised because of its position."""
    rs = doc.readings[i]
    if any(r.pos in _FUNCTION_POS for r in rs):
        return True
    if any(r.pos == "ign" or r.proper for r in rs):
        # "Nowe projekty": an adjective agreeing with the lower-case noun after it
        nxt = i + 1
        if nxt < len(doc.tokens) and doc.tokens[nxt].is_word and not doc.tokens[nxt].is_cap:
            for r in rs:
                if r.pos in ADJECTIVAL:
                    for q in doc.readings[nxt]:
                        if q.pos in NOMINAL and r.numbers & q.numbers and r.cases & q.cases:
                            return True
        return False
    return True


class NameFinder:
    def __init__(self, lang: str = "pl") -> None:
        self.lex = lexicon(lang)
        self.gaz = gazetteer()
        self.morph = morphology()
        self._legal_by_first: dict[str, list[tuple[str, ...]]] = {}
        for form in self.lex.legal_forms:
            self._legal_by_first.setdefault(form[0], []).append(form)
        data = language_data(lang)
        self._boilerplate = data.words("boilerplate_names", "name")
        self._venues: frozenset[str] = data.words("venue_heads", "lemma")
        self._status_nouns = data.words("status_nouns", "lemma")
        self._unit_heads = frozenset(r["word"] for r in data.rows("event_words") if r["use"] == "unit_head")
        self._region_heads = {r["lemma"]: r for r in data.rows("region_heads")}
        self.w = cues(lang, "name_cues")  # word sets by use (data/<lang>/name_cues.tsv)
        self.re = {name: rx for name, (rx, _repl) in patterns(lang, "name_patterns").items()}
        self._legal_base = patterns(lang, "name_patterns")["legal_inflected"][1]
        self._town_endings = endings(lang, "name_endings")[("town", "", "")]

    # ---- chunking -------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> None:
        for s, (s0, s1) in enumerate(doc.sent_span):
            if _shouting(doc, s0, s1):
                continue  # a headline in capitals: capitalisation says nothing about names there
            if self._dateline(doc, s0, s1):
                continue  # "Legnica, 14.03.2024": the place of a dateline is boilerplate
            i = s0
            while i < s1:
                if not _is_cap(doc, i) or doc.tokens[i].text in self.lex.strip_titles and i + 1 < s1:
                    i += 1
                    continue
                if _initial(doc, i, s0) and _common_word(doc, i) and not self._may_start(doc, i, s1):
                    i += 1
                    continue
                j = self._extend(doc, i, s1)
                if not self._street(doc, i):
                    self._segment(doc, i, j, s)
                i = j
        self._regions(doc)
        self._zone_adjectives(doc)
        self._acronyms_in_parentheses(doc)

    def _dateline(self, doc: Doc, s0: int, s1: int) -> bool:
        toks = doc.tokens
        if s1 - s0 > 12 or s0 >= s1 or not toks[s0].is_cap:
            return False
        comma = next((i for i in range(s0, min(s1, s0 + 5)) if toks[i].text == ","), None)
        if comma is None:
            return False
        start, end = toks[comma].end, toks[s1 - 1].end
        rest = doc.text[start:end]
        for dm in doc.dates:
            if start <= dm.start and dm.end <= end and dm.value:
                rest = doc.text[start : dm.start] + doc.text[dm.end : end]
                for word in sorted(self.w.year_word, key=len):
                    rest = rest.replace(word, "")
                return not any(ch.isalpha() for ch in rest)
        return False

    def _street(self, doc: Doc, i: int) -> bool:
        k = i - 1
        if k >= 0 and doc.tokens[k].text == ".":
            k -= 1
        return k >= 0 and doc.tokens[k].lower in self.w.street

    def _may_start(self, doc: Doc, i: int, s1: int) -> bool:
        """A common word at a sentence start begins a name only as an organisation's head or adjective."""
        if _head_lemma(doc, i, self.lex) and i + 1 < s1 and _is_cap(doc, i + 1):
            return True
        if _is_adj(doc, i) and i + 1 < s1 and _is_cap(doc, i + 1):
            j = i + 1
            while j < s1 and j < i + 4 and _is_cap(doc, j):
                if _head_lemma(doc, j, self.lex):
                    return True
                j += 1
        return False

    def _extend(self, doc: Doc, i: int, s1: int) -> int:
        toks, lex = doc.tokens, self.lex
        head = _head_lemma(doc, i, lex)
        if head is None and self._descriptor(doc, i):
            head = "descriptor"  # "klastra Wyżyna Motoryzacyjna i Maszynowa": the noun before heads the name
        if head is None and i + 1 < s1 and self._title_lemma(doc, i):
            head = _head_lemma(doc, i + 1, lex)  # "Burmistrz Gminy i Miasta Ulanów": the title is no head
        seat_head = head
        j = i + 1
        while j < s1:
            t = toks[j]
            gap = _gap(doc, j)
            if "\n" in gap or len(gap) > 1:
                break
            legal = self._legal_form(doc, j, s1)
            if legal:
                return legal
            if t.text in lex.strip_titles:
                break
            if (
                t.is_num
                and len(t.text) <= 3
                and gap == " "
                and j + 1 < s1
                and toks[j + 1].text in _CLOSE_QUOTES
            ):
                j += 1  # „Plan Marshalla 2"
                continue
            if t.is_num and gap == " " and _VERSION.fullmatch(t.text):
                j += 1  # "Centrum Kompetencji Przemysłu 4.0"
                continue
            if _is_cap(doc, j) and gap == " ":
                if head is None and (not _is_acronym(toks[j - 1].text) or _ROMAN.match(toks[j - 1].text)):
                    head = _head_lemma(doc, j, lex) if phrase_head(doc, i, j + 1) == j else None
                elif head is not None:
                    last_head = _head_lemma(doc, j, lex)
                    if last_head:
                        seat_head = last_head
                if self._starts_other(doc, j):
                    break
                j += 1
                continue
            if t.text in _OPEN_QUOTES and gap == " " and head and j + 1 < s1 and _is_cap(doc, j + 1):
                k = j + 1
                while k < s1 and toks[k].text not in _CLOSE_QUOTES and k - j < 8:
                    k += 1
                if k < s1 and toks[k].text in _CLOSE_QUOTES:
                    j = k + 1
                    continue
                break
            if t.text == "," and head and self._comma_list(doc, j, s1):
                j = self._comma_list(doc, j, s1)
                continue
            kind = lex.connectors.get(t.text)
            if kind and gap == " " and j + 1 < s1:
                nxt = j + 1
                if t.text in self.w.abbreviated_connector and nxt < s1 and toks[nxt].text == ".":
                    nxt += 1
                if nxt < s1 and _is_cap(doc, nxt) and _gap(doc, nxt) == " ":
                    # "Urząd dla Inwestorów", "Instytut Badań nad Gospodarką"; not after a proper name
                    # ("Gminy Kórnik do Klastra X": two names)
                    if (
                        kind == "org"
                        and head
                        and not self._proper_only(doc, j - 1)
                        and (t.text not in self.w.matter_connector or doc.lemmas(nxt) & self.w.matter_noun)
                    ):
                        j = nxt
                        continue
                    if t.text in self.w.river_connector and any(r.geo for r in doc.readings[j - 1]):
                        j = nxt + 1  # "Kostrzyn nad Odrą", "Frankfurt nad Odrą"
                        continue
                    seated = (
                        lex.org_heads.get(head or "", ("", False))[1]
                        or lex.org_heads.get(seat_head or "", ("", False))[1]
                    )
                    if kind == "seat" and head and seated:
                        j = nxt
                        continue
                    if kind == "and" and head and self._same_name_after_and(doc, j - 1, nxt):
                        j = nxt
                        continue
                    if kind == "foreign" and (not head or self._foreign(doc, j - 1)):
                        j = nxt
                        continue
            break
        return j

    def _unknown_company(self, doc: Doc, i: int) -> bool:
        """A capitalised word the dictionary does not know that opens a list item and is followed by a dash, where
        no gazetteer or name list claims it: a company or brand named with a description ("- Canpack – producent
        opakowań")."""
        tok = doc.tokens[i]
        if len(tok.text) < 4 or not tok.text[1:].islower() or "-" in tok.text:
            return False
        if any(r.pos != "ign" for r in doc.readings[i]):
            return False
        bullet = (
            i > 0
            and doc.tokens[i - 1].text in ("-", "–", "•", "*")
            and (i - 1 == 0 or "\n" in doc.text[doc.tokens[i - 2].end : doc.tokens[i - 1].start])
        )
        if not bullet:
            return False
        return i + 1 < len(doc.tokens) and doc.tokens[i + 1].text in ("-", "–", "—")

    def _proper_only(self, doc: Doc, i: int) -> bool:
        rs = doc.readings[i]
        return (
            bool(rs) and all(r.proper for r in rs if r.pos in NOMINAL) and any(r.pos in NOMINAL for r in rs)
        )

    def _foreign(self, doc: Doc, i: int) -> bool:
        return (
            any(r.pos == "ign" for r in doc.readings[i]) or doc.tokens[i].text in self.lex.foreign_org_words
        )

    def _comma_list(self, doc: Doc, j: int, s1: int) -> int | None:
        """ "Referatu Edukacji, Kultury, Sportu i Promocji": a comma list of genitives closed by "i X"."""
        toks = doc.tokens
        k = j
        while k + 1 < s1 and toks[k].text == "," and _is_cap(doc, k + 1) and k - j < 12:
            if not self._same_name_after_and(doc, k - 1, k + 1):
                return None
            k += 2
        if k + 1 < s1 and toks[k].text in self.w.conjunction and _is_cap(doc, k + 1):
            if self._same_name_after_and(doc, k - 1, k + 1):
                return k + 1
        return None

    def _starts_other(self, doc: Doc, j: int) -> bool:
        """Does token j start a new name rather than continue the chunk before it?"""
        prev = doc.tokens[j - 1]
        if _is_acronym(prev.text) and not _is_acronym(doc.tokens[j].text) and _is_first_name(doc, j):
            return True
        return False

    def _same_name_after_and(self, doc: Doc, left: int, right: int) -> bool:
        pair = {_head_lemma(doc, left, self.lex), _head_lemma(doc, right, self.lex)}
        if pair == self.w.joint_unit:
            return True  # "Gmina i Miasto Ulanów"
        person = _is_first_name(doc, right) and right + 1 < len(doc.tokens) and doc.tokens[right + 1].is_cap
        if _is_acronym(doc.tokens[right].text) or person:
            return False
        if _head_lemma(doc, right, self.lex):
            return False
        if _is_adj(doc, right) or doc.tokens[right].text in self.lex.foreign_org_words:
            for k in range(right + 1, min(right + 4, len(doc.tokens))):
                if not _is_cap(doc, k):
                    break
                if doc.tokens[k].text in self.lex.foreign_org_words and doc.tokens[k].is_upper:
                    return False
                if _head_lemma(doc, k, self.lex) and _agree(doc, right, k):
                    return False
        if self._title_lemma(doc, right):
            return False
        lc = {c for r in doc.readings[left] for c in r.cases} - {"voc"}
        rc = {c for r in doc.readings[right] for c in r.cases} - {"voc"}
        if not rc and lc == {"gen"} | (lc & {"gen"}) and "gen" in lc and doc.tokens[right].is_cap:
            return True  # "Instytut Mikroelektroniki i Fotoniki": an unknown word after a genitive
        return bool(lc & rc)

    def _legal_form(self, doc: Doc, j: int, s1: int) -> int | None:
        toks = doc.tokens
        for form in self._legal_by_first.get(toks[j].text, ()):
            k = j + len(form)
            if k > s1:
                continue
            if all(toks[j + n].text == w for n, w in enumerate(form)):
                if _gap(doc, j) not in (" ", ""):
                    return None
                return k
        return None

    # ---- splitting and classifying ------------------------------------------------------------
    def _segment(self, doc: Doc, a: int, b: int, s: int) -> None:
        toks, lex = doc.tokens, self.lex
        title = None
        while a < b and (toks[a].text in lex.strip_titles or self._title_lemma(doc, a)):
            if toks[a].text not in lex.strip_titles:
                title = a
            a += 1
            if a < b and toks[a].text == ".":
                a += 1
        if a >= b:
            return
        if title is not None and title == a - 1 and self._office_title(doc, title, a, b):
            return
        if self._descriptor(doc, a):
            return self._classify(doc, a, b, s)  # "spółka Alfa Components": a company, whatever its words
        if any(r.lemma.lower() in self._venues for r in doc.readings[a] if r.pos in NOMINAL):
            return self._classify(doc, a, b, s)  # "Sala Librarium …": a venue, not a person
        k = a
        while k < b:
            if _is_first_name(doc, k) and k + 1 < b and self._surname_like(doc, k + 1):
                if k > a and (toks[k - 1].text in self.w.patron_marker or toks[k - 1].text == "."):
                    k += 1
                    continue
                head_a = _head_lemma(doc, a, lex)
                if k > a and head_a and self._patron(doc, k) and lex.org_heads[head_a][0] not in _NO_PATRONS:
                    k += 2  # "Uniwersytet Mikołaja Kopernika": a patron in the genitive is part of the name
                    continue
                p = k + 2
                while p < b and p < k + 3 and self._surname_like(doc, p) and not _is_first_name(doc, p):
                    p += 1
                if k > a:
                    self._classify(doc, a, k, s)
                self._person(doc, k, p, s)
                a = k = p
                continue
            k += 1
        if a < b:
            self._classify(doc, a, b, s)

    def _office_title(self, doc: Doc, t: int, a: int, b: int) -> bool:
        """ "Marszałek Województwa Kujawsko-Pomorskiego" with no person after it names the office itself."""
        if not any(r.lemma.lower() in self.w.office_title for r in doc.readings[t]):
            return False
        if any(_is_first_name(doc, k) for k in range(a, b)) or not _head_lemma(doc, a, self.lex):
            return False
        nxt = b
        if nxt < len(doc.tokens) and _is_cap(doc, nxt):
            return False
        head = _head_lemma(doc, a, self.lex) or ""
        if head not in self.w.office_unit or b - a < 2:
            return False
        toks = doc.tokens
        # "Wójt Gminy Herby": the commune is the organisation, the title is a person's role
        title, case = nominative(doc, t, b, t)
        unit, _ = nominative(doc, a, b)
        unit = self._unit_name(doc, a, b, a) or unit
        m = Mention(
            toks[a].start,
            toks[b - 1].end,
            a,
            b,
            "organization",
            unit,
            self._org_subtype(doc, head, a, b),
            doc.sent_of[t],
            head=head,
            case=case,
        )
        self._add(doc, m)
        return True

    def _nominative_only(self, doc: Doc, a: int) -> bool:
        cases = {c for r in doc.readings[a] if r.pos in NOMINAL or r.pos in ADJECTIVAL for c in r.cases}
        return "nom" in cases and "gen" not in cases

    def _patron(self, doc: Doc, k: int) -> bool:
        first = [r for r in doc.readings[k] if r.first_name]
        return (
            bool(first) and all("nom" not in r.cases for r in first) and any("gen" in r.cases for r in first)
        )

    def _title_lemma(self, doc: Doc, i: int) -> bool:
        return any(r.lemma.lower() in self.lex.titles for r in doc.readings[i] if r.pos in NOMINAL)

    def _surname_like(self, doc: Doc, i: int) -> bool:
        t = doc.tokens[i]
        if not t.is_word or not t.is_cap or t.is_upper or _head_lemma(doc, i, self.lex):
            return False
        rs = doc.readings[i]
        if self._title_lemma(doc, i):
            return False
        if any(r.geo for r in rs) and not any(r.surname or r.pos == "ign" for r in rs):
            return False
        return not any(r.pos == "prep" for r in rs)

    def _classify(self, doc: Doc, a: int, b: int, s: int) -> None:
        toks, lex = doc.tokens, self.lex
        while b > a and toks[b - 1].text in (",", "-", "–"):
            b -= 1
        if (
            b > a
            and toks[b - 1].text == "."
            and not any(self._legal_form(doc, i, b) == b for i in range(a, b))
        ):
            b -= 1
        if b <= a:
            return
        words = [toks[i].text for i in range(a, b)]
        if b - a >= 3 and _is_acronym(words[-1]) and (_head_lemma(doc, a, lex) or _is_adj(doc, a)):
            full = doc.text[toks[a].start : toks[b - 2].end]
            if re.sub(r"[^\w&]", "", words[-1]).casefold() in initials(full):
                # "Polska Agencja Rozwoju Turystyki PART": an acronym right after the name it abbreviates
                before = len(doc.mentions)
                self._classify(doc, a, b - 1, s)
                self._classify(doc, b - 1, b, s)
                if len(doc.mentions) == before + 2:
                    doc.mentions[before].aliases.append(words[-1])
                    doc.mentions[before + 1].acronym_of = doc.mentions[before].start
                    doc.mentions[before + 1].type = "organization"
                return
        descriptor = self._descriptor(doc, a)
        if a >= 2 and toks[a - 1].text in _OPEN_QUOTES and doc.lemmas(a - 2) & self.w.prize_noun:
            return  # „Global Free Zone of the Future": the name of a title or prize, not of an organisation
        if a >= 1 and doc.lemmas(a - 1) & self.w.prize_noun and self._nominative_only(doc, a):
            return  # "laureat konkursu Krajowy Klaster Kluczowy": a contest's name in apposition
        if a >= 1 and doc.lemmas(a - 1) & self._status_nouns:
            return  # "status Krajowego Klastra Kluczowego", "miano Lidera": a status, not an organisation
        # event names ("International Automotive Business Meeting") are not organisations
        if any(r.lemma.lower() in self._venues for r in doc.readings[a] if r.pos in NOMINAL) and b - a > 1:
            name, _case = nominative(doc, a, b)
            self._add(doc, Mention(toks[a].start, toks[b - 1].end, a, b, "place", name, "other", s))
            return
        event_word = any(w in lex.event_name_words for w in words) or any(
            r.lemma.capitalize() in lex.event_name_words for r in doc.readings[a] if r.pos in NOMINAL
        )
        if (
            event_word
            and b - a >= 2
            and self.gaz.lookup([token_keys(toks[i].text, doc.readings[i]) for i in range(a + 1, b)])
        ):
            # "Targi Kielce": a fair named after its city is the company that runs it
            name, _case = nominative(doc, a, b)
            self._add(doc, Mention(toks[a].start, toks[b - 1].end, a, b, "organization", name, "company", s))
            return
        if event_word and not descriptor:
            name, _case = nominative(
                doc, a, b
            )  # "Europejskiego Kongresu Gospodarczego" → "Europejski Kongres …"
            doc.event_names.append((a, b, name))
            return
        h = None
        for i in range(a, min(b, a + 4)):
            lemma = _head_lemma(doc, i, lex)
            if lemma and all(_is_adj(doc, k) or _ROMAN.match(toks[k].text) for k in range(a, i)):
                h = i
                break
        legal = any(self._legal_form(doc, i, b) == b for i in range(a + 1, b))
        geo_first = any(r.geo for r in doc.readings[a]) and not _is_adj(doc, a)
        if h is None and (not legal or geo_first):
            for i in range(a + 1, b):
                if _head_lemma(doc, i, lex) and toks[i].is_cap:
                    k = i
                    while k > a and _is_adj(doc, k - 1) and toks[k - 1].is_cap:
                        k -= 1
                    if k > a and not self._foreign(doc, a):
                        self._classify(doc, a, k, s)
                        return self._classify(doc, k, b, s)
                    break
        if h is not None and (b - a > 1 or descriptor):
            head = _head_lemma(doc, h, lex) or ""
            if head in self.w.place_unit and b - h < 2:
                self._place(doc, a, b, s)
                return
            if head in self.w.branch_head and b - h > 1 and _is_cap(doc, h + 1):
                return self._classify(doc, h + 1, b, s)
            if head in self.w.generic_company_head and h == a and b - h > 1 and not _complement(doc, h + 1):
                name = doc.text[toks[h + 1].start : toks[b - 1].end]
                m = Mention(
                    toks[h + 1].start,
                    toks[b - 1].end,
                    h + 1,
                    b,
                    "organization",
                    name,
                    "company",
                    s,
                    descriptor=head,
                )
                m.aliases.append(doc.text[toks[h].start : toks[b - 1].end])
                return self._add(doc, m)
            subtype = self._org_subtype(doc, head, h, b)
            if self._distributive(doc, h, b, s, head, subtype):
                return
            name, case = self._org_name(doc, a, b, h)
            if self._plural_generic(doc, a, b, h):
                return
            self._add(
                doc,
                Mention(
                    toks[a].start,
                    toks[b - 1].end,
                    a,
                    b,
                    "organization",
                    name,
                    subtype,
                    s,
                    head=head,
                    case=case,
                ),
            )
            return
        firm = any(
            any(q in r.quals for r in doc.readings[i] for q in self.w.firm_qualifier) for i in range(a, b)
        )
        subsidiary = (
            b - a >= 2
            and words[-1] in self.w.subsidiary_country
            and (any(_is_acronym(w) for w in words[:-1]) or any(r.pos == "ign" for r in doc.readings[a]))
        )
        if legal or (firm and not descriptor) or subsidiary:
            ph = phrase_head(doc, a, b)
            polish = (
                ph is not None
                and "-" not in toks[ph].text
                and any(r.pos == "subst" and not r.proper for r in doc.readings[ph])
            )
            name, case = nominative(doc, a, b) if polish else (surface(doc, a, b), None)
            name = self._normalise_legal(name)
            self._add(
                doc,
                Mention(toks[a].start, toks[b - 1].end, a, b, "organization", name, "company", s, case=case),
            )
            return
        foreign = [lex.foreign_org_words[w] for w in words if w in lex.foreign_org_words]
        if descriptor:
            name = surface(doc, a, b)
            m = Mention(
                toks[a].start,
                toks[b - 1].end,
                a,
                b,
                "organization",
                name,
                descriptor[1],
                s,
                descriptor=descriptor[0],
            )
            m.aliases.append(f"{descriptor[0]} {name}")
            self._add(doc, m)
            return
        if foreign and not all(w in lex.foreign_org_words for w in words):
            name = surface(doc, a, b)
            if words[-1] in self.w.zone_abbreviation:
                name = self._adjectives_before_abbreviation(doc, a, b - 1) + " " + words[-1]
            self._add(
                doc, Mention(toks[a].start, toks[b - 1].end, a, b, "organization", name, foreign[-1], s)
            )
            return
        if self._place(doc, a, b, s):
            return
        if b - a == 1 and self._town_with_country(doc, a, s):
            return
        if b - a == 1 and a > 0 and self._after_org_title(doc, a):
            name = self.re["genitive_end"].sub("", words[0]) if len(words[0]) > 5 else words[0]
            self._add(doc, Mention(toks[a].start, toks[a].end, a, b, "organization", name, "company", s))
            return
        if b - a == 1 and self.re["camel"].match(words[0]) and not _is_acronym(words[0]):
            self._add(doc, Mention(toks[a].start, toks[a].end, a, b, "organization", words[0], "company", s))
            return
        if b - a == 1 and self._unknown_company(doc, a):
            self._add(doc, Mention(toks[a].start, toks[a].end, a, b, "organization", words[0], "company", s))
            return
        if b - a == 1 and _is_acronym(words[0]):
            if words[0] in lex.not_org_acronyms or words[0].rstrip("s") in lex.not_org_acronyms:
                return
            if any(r.pos != "ign" for r in self.morph.analyse(words[0].lower())):
                return  # a common word in capitals ("RÓWNIEŻ")
            if a >= 2 and toks[a - 1].text == "(" and any(e[1] == a - 1 for e in doc.event_names):
                doc.event_names.append((a, b, words[0]))
                return
            self._add(doc, Mention(toks[a].start, toks[a].end, a, b, "organization", words[0], None, s))
            return
        if (
            b - a in (2, 3)
            and self._titled(doc, a, b)
            and all(
                toks[i].is_word
                and toks[i].text[0].isupper()
                and not any(c.isupper() for c in toks[i].text[1:3])
                and not _is_adj(doc, i)
                for i in range(a, b)
            )
        ):
            return self._person(doc, a, b, s)
        if b - a >= 2 and all(
            any(r.pos == "ign" for r in doc.readings[i]) or _is_acronym(toks[i].text)
            for i in range(a, b)
            if toks[i].is_word
        ):
            name = surface(doc, a, b)
            self._add(doc, Mention(toks[a].start, toks[b - 1].end, a, b, "organization", name, "company", s))
            return
        if b - a >= 2:
            # a longer chunk may hold a place ("… z Belgii"): only a geographic noun, not an adjective of a name
            for i in range(a, b):
                rs = doc.readings[i]
                if any(r.geo and r.pos in NOMINAL for r in rs) and not (
                    _is_adj(doc, i) and i + 1 < b and _is_cap(doc, i + 1)
                ):
                    self._place(doc, i, i + 1, s)

    def _distributive(self, doc: Doc, h: int, b: int, s: int, head: str, subtype: str) -> bool:
        """ "Politechniki Śląska, Częstochowska i Opolska": one head shared by a list of adjectives names one
        organisation per adjective."""
        toks = doc.tokens
        adjs = list(range(h + 1, b, 2))
        seps = list(range(h + 2, b, 2))
        if len(adjs) < 2 or (b - h) % 2 != 0:
            return False
        if not all(_is_adj(doc, i) and toks[i].is_cap for i in adjs):
            return False
        if not all(toks[i].text == "," for i in seps[:-1]) or toks[seps[-1]].lower not in self.w.conjunction:
            return False
        form = _nominal_form(self.morph, doc, h)
        gen = next(iter(_nominal_genders(doc, h)), "f")
        for n, i in enumerate(adjs):
            adj = [r for r in doc.readings[i] if r.pos == "adj"]
            word = self.morph.inflect(adj[0].lemma, "adj", "sg", "nom", gen) if adj else None
            if not form or not word:
                continue
            base = f"{form} {restore_case(toks[i].text, word)}"
            start = toks[h].start if n == 0 else toks[i].start
            self._add(
                doc,
                Mention(
                    start, toks[i].end, h if n == 0 else i, i + 1, "organization", base, subtype, s, head=head
                ),
            )
        return True

    def _adjectives_before_abbreviation(self, doc: Doc, a: int, b: int) -> str:
        """ "Legnickiej SSE" → "Legnicka SSE": adjectives before a feminine abbreviation in the nominative."""
        out = []
        for i in range(a, b):
            adj = [r for r in doc.readings[i] if r.pos == "adj" and "f" in r.genders and "sg" in r.numbers]
            form = self.morph.inflect(adj[0].lemma, "adj", "sg", "nom", "f") if adj else None
            out.append(restore_case(doc.tokens[i].text, form) if form else doc.tokens[i].text)
        return " ".join(out)

    def _person_shaped(self, doc: Doc, a: int) -> bool:
        """Two capitalised words that are not names of things: "Andrij Melnyk"."""
        toks = doc.tokens
        if a + 1 >= len(toks) or not (toks[a].is_cap and toks[a + 1].is_cap) or _gap(doc, a + 1) != " ":
            return False
        words = (toks[a].text, toks[a + 1].text)
        if any(w in self.lex.foreign_org_words or _is_acronym(w) for w in words):
            return False
        if any(r.geo for k in (a, a + 1) for r in doc.readings[k]) and not _is_first_name(doc, a):
            return False  # "Plastics Ukraina": a company named after a country
        end = a + 2
        return end >= len(toks) or not (toks[end].is_cap and _gap(doc, end) == " ")

    def _town_with_country(self, doc: Doc, a: int, s: int) -> bool:
        """ "z Kałusza (Ukraina), Jonawy (Litwa)": a word followed by a country in parentheses is a town there."""
        toks = doc.tokens
        if a + 3 >= len(toks) or toks[a + 1].text != "(" or toks[a + 3].text != ")":
            return False
        country = self.gaz.lookup([token_keys(toks[a + 2].text, doc.readings[a + 2])])
        if country is None or country.kind != "country":
            return False
        geo = [r for r in doc.readings[a] if r.geo and r.pos in NOMINAL]
        prev = toks[a - 1].lower if a else ""
        if geo:
            name = geo[0].lemma
        elif prev in self.w.genitive_preposition or prev == "," or (prev in self.w.conjunction and a >= 5):
            name = strip_ending(toks[a].text, self._town_endings)  # "z Borowej (Litwa)" → "Borowa"
        else:
            name = toks[a].text
        self._add(
            doc,
            Mention(toks[a].start, toks[a].end, a, a + 1, "place", name, "city", s, country=country.country),
        )
        return True

    def _after_org_title(self, doc: Doc, a: int) -> bool:
        """ "wiceprezes Kredobanku": an unknown word after the title of a company officer names the company."""
        if not any(r.pos == "ign" for r in doc.readings[a]) or _is_acronym(doc.tokens[a].text):
            return False
        prev = doc.readings[a - 1]
        return any(r.lemma.lower() in self.w.company_title and r.pos in NOMINAL for r in prev)

    def _titled(self, doc: Doc, a: int, b: int) -> bool:
        """A role title right before a name ("dyrektor Markus Vogel") or after it ("Petr Dvořák, prezes")."""
        if a > 0 and (self._title_lemma(doc, a - 1) or doc.tokens[a - 1].text in self.lex.strip_titles):
            return True
        return (
            b + 1 < len(doc.tokens)
            and doc.tokens[b].text in (",", "–", "-")
            and self._title_lemma(doc, b + 1)
        )

    def _plural_generic(self, doc: Doc, a: int, b: int, h: int) -> bool:
        """ "Specjalne Strefy Ekonomiczne": a plural phrase of common words names a kind, not an organisation."""
        _name, _case, number = nominative_ex(doc, a, b, h)
        if number != "pl":
            return False
        for i in range(a, b):
            if any(r.proper or r.pos == "ign" for r in doc.readings[i]):
                return False
        return True

    def _descriptor(self, doc: Doc, a: int) -> tuple[str, str] | None:
        if a == 0:
            return None
        prev = doc.tokens[a - 1]
        if (
            (prev.text in self.w.conjunction or prev.text == ",")
            and doc.mentions
            and not _is_first_name(doc, a)
        ):
            last = doc.mentions[-1]
            if last.t1 == a - 1 and last.descriptor:
                return last.descriptor, last.subtype or "company"
        if not prev.is_word or prev.is_cap or _gap(doc, a) != " ":
            return None
        if (
            a >= 2
            and self._title_lemma(doc, a - 2)
            and (_is_first_name(doc, a) or (a + 2 <= len(doc.tokens) and self._person_shaped(doc, a)))
        ):
            return None  # "prezes spółki Andrij Melnyk": the officer of an unnamed company
        for r in doc.readings[a - 1]:
            if r.pos in NOMINAL and r.lemma in self.lex.descriptors:
                return r.lemma, self.lex.descriptors[r.lemma]
        return None

    def _org_subtype(self, doc: Doc, head: str, h: int, b: int) -> str:
        lemmas = set()
        for i in range(h + 1, b):
            lemmas.update(r.lemma.lower() for r in doc.readings[i])
            lemmas.add(doc.tokens[i].text.lower())
        for rule_head, word, subtype in self.lex.org_head_rules:
            if rule_head == head and word in lemmas:
                return subtype
        return self.lex.org_heads[head][0]

    def _org_name(self, doc: Doc, a: int, b: int, h: int) -> tuple[str, str | None]:
        toks = doc.tokens
        # quotes inside the name are dropped: Strefa Ekonomiczna „Invest-Park" → … Invest-Park
        parts: list[tuple[int, int]] = []
        start = a
        for i in range(a, b):
            if toks[i].text in _OPEN_QUOTES or toks[i].text in _CLOSE_QUOTES:
                if start < i:
                    parts.append((start, i))
                start = i + 1
        if start < b:
            parts.append((start, b))
        if not parts:
            return "", None
        first, case = nominative(doc, parts[0][0], parts[0][1], h if parts[0][0] <= h < parts[0][1] else None)
        if len(parts) == 1:
            first = self._unit_name(doc, a, b, h) or first
        rest = [doc.text[toks[p0].start : toks[p1 - 1].end] for p0, p1 in parts[1:]]
        return self._normalise_legal(" ".join([first, *rest]).strip()), case

    def _unit_name(self, doc: Doc, a: int, b: int, h: int, case: str = "gen") -> str | None:
        """ "Gminy Dębowa Łąka", "Miasta Golubia-Dobrzynia": the head of a commune or town goes to the
        nominative and the proper name after it keeps its form where it is a nominative (an undeclined
        name), else takes its own base form."""
        toks = doc.tokens
        if h != a or b - h < 2 or not (doc.lemmas(h) & self._unit_heads):
            return None
        if not all(toks[i].is_word and toks[i].is_cap for i in range(h + 1, b)):
            return None
        if any(_gap(doc, i) != " " for i in range(h + 1, b)):
            return None
        unit = [r for r in doc.readings[h] if r.lemma.lower() in self._unit_heads and "sg" in r.numbers]
        cases = {c for r in unit for c in r.cases}
        if not unit or "nom" in cases:
            return None
        case = next((c for c in ("gen", "loc", "inst", "dat", "acc") if c in cases), case)
        lemma = unit[0].lemma.lower()
        words = [restore_case(toks[h].text, lemma)]
        for i in range(h + 1, b):
            word = self._name_base(toks[i].text, doc.readings[i], case)
            if word is None:
                return None
            words.append(word)
        return " ".join(words)

    def _name_base(self, text: str, readings: tuple, case: str) -> str | None:
        """Base form of one proper name after a unit's head: as written when it can be a nominative
        singular (or a plural-only name), else the shortest proper lemma in the head's case; a hyphenated
        name part by part. None when the word is an adjective that needs agreement."""
        if any(
            r.pos in NOMINAL and "nom" in r.cases and ("sg" in r.numbers or ":pt" in r.tag) for r in readings
        ):
            return text
        proper = [r for r in readings if r.pos in NOMINAL and case in r.cases and r.lemma[:1].isupper()]
        if "-" in text and not proper or "-" in text and all("-" in r.lemma for r in proper):
            parts = []
            for part in text.split("-"):
                base = self._name_base(part, self.morph.analyse(part), case)
                if base is None:
                    return None
                parts.append(base)
            return "-".join(parts)
        if not proper:
            if any(r.pos in ADJECTIVAL and case in r.cases for r in readings):
                return None  # an adjective that agrees with the head ("Miasta Stołecznego Warszawy")
            return text if not any(r.pos in NOMINAL and case in r.cases for r in readings) else None
        return restore_case(text, min((r.lemma for r in proper), key=len))

    def _normalise_legal(self, name: str) -> str:
        """ "… spółką z o.o." → "… sp. z o.o." (a legal form is written in its base form too)."""
        return self.re["legal_inflected"].sub(self._legal_base, name)

    def _place(self, doc: Doc, a: int, b: int, s: int) -> bool:
        toks = doc.tokens
        if b - a > self.gaz.max_words:
            return False
        if self.re["postcode"].search(doc.text[max(0, toks[a].start - 12) : toks[a].start]):
            return False  # "10-061 Olsztyn": an address
        keysets = [token_keys(toks[i].text, doc.readings[i]) for i in range(a, b) if toks[i].is_word]
        if not keysets:
            return False
        place = self.gaz.lookup(keysets)
        if place is not None and any(toks[i].is_upper and len(toks[i].text) > 3 for i in range(a, b)):
            if not place.name.isupper():
                place = None  # "BURY" is a company written in capitals, not the town of Bury
        if place is not None:
            m = Mention(
                toks[a].start,
                toks[b - 1].end,
                a,
                b,
                "place",
                place.name,
                place.kind,
                s,
                country=place.country,
                place_id=place.id,
            )
            written = doc.text[m.start : m.end]
            if written != place.name and not any(
                r.pos in NOMINAL and "nom" not in r.cases for r in doc.readings[a]
            ):
                m.aliases.append(written)
            self._add(doc, m)
            return True
        if b - a == 1 and toks[a].is_cap and not _is_acronym(toks[a].text):
            geo = [r for r in doc.readings[a] if r.geo and r.pos in NOMINAL]
            if geo and not any(r.first_name or r.surname for r in doc.readings[a] if not r.geo):
                prev = toks[a - 1].text.lower() if a else ""
                if prev in self.w.place_preposition:
                    lemma = geo[0].lemma
                    self._add(doc, Mention(toks[a].start, toks[a].end, a, b, "place", lemma, "city", s))
                    return True
        return False

    def _person(self, doc: Doc, a: int, b: int, s: int) -> None:
        toks = doc.tokens
        name = person_base(doc, a, b)
        m = Mention(toks[a].start, toks[b - 1].end, a, b, "person", name, None, s)
        self._add(doc, m)

    def _add(self, doc: Doc, m: Mention) -> None:
        if not m.name or m.name in self._boilerplate:
            return
        doc.mentions.append(m)

    # ---- lower-case region names and acronyms in parentheses ---------------------------------------
    def _regions(self, doc: Doc) -> None:
        """Lower-case region names: "woj. śląskie", "powiatu zgorzeleckiego", "obwód lwowski", and lists that
        share one plural head ("województw: podkarpackiego, małopolskiego i lubelskiego")."""
        toks = doc.tokens
        taken = {i for m in doc.mentions for i in range(m.t0, m.t1)}
        heads = self._region_heads
        abbreviations = {r["abbreviation"]: r["lemma"] for r in heads.values() if r["abbreviation"]}
        for i, t in enumerate(toks):
            if i in taken or t.is_cap or not t.is_word:
                continue
            low = t.text.lower()
            kind, j = None, i + 1
            if low in abbreviations and i + 2 < len(toks) and toks[i + 1].text == ".":
                kind, j = abbreviations[low], i + 2
            else:
                kind = next((r.lemma for r in doc.readings[i] if r.pos == "subst" and r.lemma in heads), None)
            if kind is None:
                continue
            plural = all("pl" in r.numbers for r in doc.readings[i] if r.lemma == kind) and kind != low
            if plural and kind not in self.w.distributive_region:
                continue  # "krajów skandynawskich": a kind of region, not a named one
            while j < len(toks):
                if toks[j].text == ":" and plural:
                    j += 1
                adj_end, form = self._region_adjective(doc, j, heads[kind]["gender"])
                if form is None:
                    break
                name = f"{kind} {form}"
                m = Mention(
                    toks[j].start if plural else t.start,
                    toks[adj_end - 1].end,
                    j if plural else i,
                    adj_end,
                    "place",
                    name,
                    "region",
                    doc.sent_of[i],
                    country="PL",
                )
                if low in abbreviations:
                    m.aliases.append(f"{low}. {form}")
                hit = self.gaz.index.get((kind, form))
                if hit:
                    m.place_id = hit[0].id
                    m.country = hit[0].country
                doc.mentions.append(m)
                if not plural:
                    break
                j = adj_end
                if (
                    j < len(toks)
                    and (toks[j].text == "," or toks[j].text in self.w.conjunction)
                    and j + 1 < len(toks)
                ):
                    j += 1
                    continue
                break

    def _zone_adjectives(self, doc: Doc) -> None:
        """ "mielecka SSE", "w radomskiej podstrefie": a zone named by the adjective of its town."""
        toks = doc.tokens
        taken = {i for m in doc.mentions for i in range(m.t0, m.t1)}
        for i in range(1, len(toks)):
            if toks[i].text not in self.w.zone_abbreviation or i in taken or (i - 1) in taken:
                continue
            adj = [
                r for r in doc.readings[i - 1] if r.pos == "adj" and "f" in r.genders and "sg" in r.numbers
            ]
            if not adj or toks[i - 1].is_cap:
                continue
            form = self.morph.inflect(adj[0].lemma, "adj", "sg", "nom", "f")
            if form:
                m = Mention(
                    toks[i - 1].start,
                    toks[i].end,
                    i - 1,
                    i + 1,
                    "organization",
                    f"{form} {toks[i].text}",
                    "economic_zone",
                    doc.sent_of[i],
                    descriptor="town",
                )
                doc.mentions.append(m)

    def _region_adjective(self, doc: Doc, j: int, gender: str) -> tuple[int, str | None]:
        """The adjective at token j in the nominative singular ("kujawsko – pomorskiego" → "kujawsko-pomorskie")."""
        toks = doc.tokens
        if j >= len(toks) or not toks[j].is_word or (toks[j].is_cap and doc.mention_at(j) is not None):
            return j, None
        prefix = ""
        k = j
        compound = toks[k].text.endswith("o") and not toks[k].text.endswith("ego")
        if compound and k + 2 < len(toks) and toks[k + 1].text in ("-", "–"):
            prefix, k = toks[k].text.lower() + "-", k + 2
        adjs = [r for r in doc.readings[k] if r.pos == "adj"]
        if not adjs:
            return j, None
        form = self.morph.inflect(
            adjs[0].lemma.split("-")[-1] if prefix else adjs[0].lemma, "adj", "sg", "nom", gender
        )
        if not form:
            return j, None
        return k + 1, (prefix + form).lower()

    def _acronyms_in_parentheses(self, doc: Doc) -> None:
        toks = doc.tokens
        by_t0 = {m.t0: n for n, m in enumerate(doc.mentions)}
        for m in doc.mentions:
            if m.type != "organization":
                continue
            i = m.t1
            if i + 2 < len(toks) and toks[i].text == "(" and toks[i + 2].text == ")":
                acr = toks[i + 1].text
                if _is_acronym(acr):
                    m.aliases.append(acr)
                    k = by_t0.get(i + 1)
                    if k is not None:
                        doc.mentions[k].acronym_of = m.start
                        doc.mentions[k].type = "organization"
            # "Śląski Klaster Lotniczy – Dolina Lotnicza" at the end of a list item: the second is an alias
            if i + 1 < len(toks) and toks[i].text in ("–", "-") and i + 1 in by_t0:
                k = by_t0[i + 1]
                other = doc.mentions[k]
                after = other.t1
                end_of_line = after >= len(toks) or "\n" in doc.text[toks[after - 1].end : toks[after].start]
                if end_of_line and other.type == "organization" and other.head is None:
                    m.aliases.append(other.name)
                    other.acronym_of = m.start


def _nominal_genders(doc: Doc, i: int) -> set[str]:
    return {g for r in doc.readings[i] if r.pos in NOMINAL for g in r.genders}


def _nominal_form(morph: object, doc: Doc, i: int) -> str | None:
    """The nominative singular of the noun at token i, capitalised as written."""
    for r in doc.readings[i]:
        if r.pos == "subst":
            form = morph.inflect(r.lemma, "subst", "sg", "nom", next(iter(r.genders), None))  # type: ignore[attr-defined]
            if form:
                return restore_case(doc.tokens[i].text, form)
    return None


def person_base(doc: Doc, a: int, b: int) -> str:
    """A person's name in the nominative: the first name's reading sets case and gender."""
    toks, morph = doc.tokens, morphology()
    first = [r for r in doc.readings[a] if r.first_name]
    words = [toks[i].text for i in range(a, b)]
    if not first:
        return " ".join(words)
    cases = {c for r in first for c in r.cases}
    if a > 0 and not doc.tokens[a - 1].is_cap:
        before = [
            r for r in doc.readings[a - 1] if r.pos in NOMINAL and r.lemma.lower() in lexicon(doc.lang).titles
        ]
        if before and not any("nom" in r.cases for r in before):
            cases &= {c for r in before for c in r.cases} or cases
    for i in range(a + 1, b):
        rs = doc.readings[i]
        if not any(r.pos == "ign" for r in rs):
            cases &= {c for r in rs for c in r.cases} or cases
    if not cases or "nom" in cases:
        return " ".join(words)
    case = "gen" if "gen" in cases else sorted(cases, key=lambda c: CASES.index(c))[0]
    r0 = next(r for r in first if case in r.cases)
    gender = next(iter(r0.genders), "m1")
    out = [restore_case(words[0], r0.lemma)]
    for i in range(a + 1, b):
        rs = [r for r in doc.readings[i] if case in r.cases and (not r.genders or gender in r.genders)]
        sur = [r for r in rs if r.surname] or [r for r in rs if r.pos in ADJECTIVAL]
        if sur:
            lemma = sur[0].lemma
            if sur[0].pos in ADJECTIVAL:
                lemma = morph.inflect(lemma, "adj", "sg", "nom", gender) or lemma
            out.append(restore_case(toks[i].text, lemma))
        else:
            rules = endings(doc.lang, "name_endings").get(
                ("surname", case, "f" if gender == "f" else "m1"), ()
            )
            out.append(strip_ending(toks[i].text, rules))
    return " ".join(out)
