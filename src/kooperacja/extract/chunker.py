"""The name chunker: the capitalised chunks of a sentence, extended over connectors, quotes, legal forms and
comma lists of one name ("Wydział Nauki, Kultury i Sportu"); headlines in capitals and datelines are skipped."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from functools import cache

from kooperacja.data.language_data import language_data
from kooperacja.extract.baseform import phrase_head
from kooperacja.extract.doc import Doc, Mention
from kooperacja.extract.gazetteer import token_keys
from kooperacja.extract.name_shape import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    ROMAN,
    VERSION,
    agree,
    capital_letter,
    common_word,
    dotted_initials_end,
    first_name_nominative,
    gap_before,
    head_lemma,
    initial,
    is_acronym,
    is_adj,
    is_cap,
    is_first_name,
    line_break_before,
    shouting,
    speaker_tag_end,
    title_case,
)
from kooperacja.text.morphology import NOMINAL, morphology
from kooperacja.text.tokens import DASHES, Token


class _Run:
    """The chunk being extended: first token, sentence end, head lemma and the last head (which may take a seat,
    "Izba Handlowa w Borowie")."""

    __slots__ = ("t0", "s1", "head", "seat_head")

    def __init__(self, t0: int, s1: int, head: str | None) -> None:
        self.t0, self.s1, self.head, self.seat_head = t0, s1, head, head


class NameChunker:
    """Finds the chunks; part of `NameFinder` (reads `self.lex`, `self.w`)."""

    def chunk(self, doc: Doc) -> None:
        """Every capitalised chunk of the document, handed to `_segment` (persons) and `_classify`."""
        caps = _capital_words(doc.tokens)
        for s, (s0, s1) in enumerate(doc.sent_span):
            k = bisect_left(caps, s0)
            if k == len(caps) or caps[k] >= s1:
                continue  # no capital letter in the sentence: no chunk
            if shouting(doc, s0, s1):
                continue  # a headline in capitals: capitalisation says nothing about names there
            if title_case(doc, s0, s1):
                continue  # "Kolejny Inwestor W Strefie": a headline in title case, the same
            if self._dateline(doc, s0, s1):
                continue  # "Borowo, 3.05.2021": the place of a dateline is boilerplate
            if self._table_header(doc, s0, s1):
                continue  # "Inwestor Miejscowość Nakłady (mln zł)": a table's column names, no name
            # the first token not yet read: after a transcript's speaker tag, a person
            i = _speaker_tag_end(doc, s0, s1)
            if i > s0:
                _speaker(doc, s0, i, s)
            for i0 in caps[k : bisect_left(caps, s1, k)]:
                if i0 < i:
                    continue  # inside the chunk found before
                i = i0
                t = doc.tokens[i]
                if not (t.is_cap or is_cap(doc, i)) or t.text in self.lex.strip_titles and i + 1 < s1:
                    continue
                if _glued_handle(doc, i):
                    continue  # "spotkanie z posłanką @AnnaWolna": a person's handle, no name in its base form
                if (
                    initial(doc, i, s0)
                    and common_word(doc, i, self.tags.function)
                    and not self._may_start(doc, i, s1)
                    and dotted_initials_end(doc.tokens, i, s1) == i  # ("P.H.U. Tomex" opens a sentence)
                ):
                    continue
                j = self._extend(doc, i, s1)
                if not self._street(doc, i) and not (j > i + 1 and self._street_opens(doc, i)):
                    self._segment(doc, i, j, s)
                i = j

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

    def _table_header(self, doc: Doc, s0: int, s1: int) -> bool:
        """A line of a table flattened to text that names its columns, alone in its sentence: no digit and no
        closing punctuation, two or more capitalised words, each of them a column name (`table_column` in
        name_cues.tsv, or a word of a column of figure_columns.tsv)."""
        toks = doc.tokens
        if s1 - s0 < 2 or s1 - s0 > 20 or toks[s1 - 1].text in ".!?:;":
            return False
        if not line_break_before(doc, s0) or "\n" in doc.text[toks[s0].start : toks[s1 - 1].end]:
            return False  # the header is a line of its own
        capitals = [i for i in range(s0, s1) if toks[i].is_cap]
        if len(capitals) < 2 or any(any(ch.isdigit() for ch in toks[i].text) for i in range(s0, s1)):
            return False
        columns = self.w.table_column | _column_words(doc.lang)
        return all(doc.lemmas(i) & columns for i in capitals)

    def _street(self, doc: Doc, i: int) -> bool:
        """ "ul. Polna": an address (pattern `address`); the matcher's quick test on the word before rules out most."""
        return i > 0 and self.cx.ends_at(doc, "address", i)

    def _street_opens(self, doc: Doc, i: int) -> bool:
        """ "przy Alei Jana Pawła II", "na Placu Wolności": a capitalised street noun after a preposition opens the
        chunk, which is an address; after any other word it may be part of a name ("spółki Rondo Pack")."""
        return i > 0 and doc.is_preposition(i - 1) and self._street(doc, i + 1)

    def _may_start(self, doc: Doc, i: int, s1: int) -> bool:
        """A common word at a sentence start begins a name only as an organisation's head or adjective, as a
        person's title before a capitalised word ("Radca Handlowy Ambasady …": the title is cut off later), or as
        the noun of the country's sole body of its kind ("Senat", "Sejm")."""
        if (head_lemma(doc, i, self.lex) or self._title_lemma(doc, i)) and i + 1 < s1 and is_cap(doc, i + 1):
            return True
        if (
            i + 3 < s1
            and doc.tokens[i + 1].text in self.w.patron_marker
            and doc.tokens[i + 2].text == "."
            and is_cap(doc, i + 3)
            and self.lex.org_heads.get(head_lemma(doc, i, self.lex) or "", ("", False))
            == ("research_education", True)
        ):
            # "Technikum im. Jana Lisa podpisało…": a school's or an institute's head (named after a patron by law,
            # with its seat) before its patron opens a name; not "Park im. …", "Dom im. …" (a place, a building)
            return True
        if (
            i + 2 < s1
            and doc.tokens[i + 1].text in OPEN_QUOTES
            and is_cap(doc, i + 2)
            and head_lemma(doc, i, self.lex) in self.lex.descriptors
        ):
            # "Fundacja „Mosty Biznesu” zorganizowała…": an organisation's kind before its quoted name opens the
            # name (a programme's, a project's or a centre's does not: "Program „Czyste Powietrze”")
            return True
        toks = doc.tokens
        if doc.lemmas(i) & self.w.sole_institution and not (
            i + 1 < s1 and any(r.pos == "subst" and "gen" in r.cases for r in doc.readings[i + 1])
        ):
            # "Senat przyjął ustawę": the country's only body of its kind, named by its noun ("Senat uczelni", with
            # its owner in the genitive, is another's)
            return True
        if (
            capital_letter(toks[i])
            and i + 1 < s1
            and toks[i + 1].text == "."
            and toks[i + 1].start == toks[i].end
        ):
            return self._founders_initial(
                doc, i, s1, _Run(i, s1, None)
            )  # "R. Wiśniak – Zakłady Mechaniczne sp. z o.o." opening a line
        if i > 1 and doc.tokens[i - 1].text == ":" and self._company_noun_opens(doc, i - 1):
            return True  # "ze spółkami: Ekobud i Lubtex": the colon opens a list of firms, not a sentence
        if (
            i > 1
            and toks[i - 1].text in DASHES
            and self._kind_word(doc, i - 2)
            and self._dash_to_legal_form(doc, i - 1, s1)
        ):
            return True  # "Emitenta – Delta Okucia sp. z o.o.": after a party's noun and a dash, a name to its legal form
        if is_adj(doc, i) and i + 1 < s1 and is_cap(doc, i + 1):
            j = i + 1
            while j < s1 and j < i + 4 and is_cap(doc, j):
                if head_lemma(doc, j, self.lex):
                    return True
                j += 1
        return self._thing_noun_opens_firm(doc, i, s1)

    def _thing_noun_opens_firm(self, doc: Doc, i: int, s1: int) -> bool:
        """ "Korvel Tech sp. z o.o. zbuduje halę": a common noun of a thing in the nominative singular (no word of
        a person: "Inwestor Kable sp. z o.o." keeps its noun outside), then a common noun of the dictionary in the
        nominative ("Kable", "Transport", "Stal") and only capitalised words after it up to a legal form, is the
        first word of the firm's name. Not a noun of an event or a matter (a trigger's first word, `matter_noun`)
        before a firm in the genitive ("Inwestycja Gammapol sp. z o.o.", "Decyzja Termex Polska sp. z o.o."), nor
        one before an unknown word or a proper name ("Strategia Orlen S.A.")."""
        if (
            i + 2 >= s1
            or not is_cap(doc, i + 1)
            or not any(
                r.pos == "subst" and "nom" in r.cases and "sg" in r.numbers and "m1" not in r.genders
                for r in doc.readings[i]
            )
        ):
            return False
        if any(r.pos not in ("subst", "depr") for r in doc.readings[i]):
            return False  # "Dziś", "Razem": a word of another part of speech too
        lemmas = doc.lemmas(i)
        if not lemmas.isdisjoint(self.w.matter_noun) or not lemmas.isdisjoint(self.lex.triggers):
            return False  # "Inwestycja Gammapol sp. z o.o.", "Oferta Budimex S.A.": the firm in the genitive
        if self._legal_form(doc, i + 1, s1) or (
            any(r.geo and "nom" in r.cases for r in doc.readings[i + 1]) and self._legal_form(doc, i + 2, s1)
        ):
            # "Laminat Sp. z o.o. – dostawca okuć", "Laminat Tarnów Sp. z o.o.": the noun is the name, with its town
            # at most, and its legal form next
            return True
        if not any(r.pos == "subst" and not r.proper and "nom" in r.cases for r in doc.readings[i + 1]):
            return (
                False  # "Decyzja Termex Polska", "Strategia Orlen S.A.": no common noun of the name after it
            )
        return self._capitals_to_legal_form(doc, i + 2, s1)

    def _capitals_to_legal_form(self, doc: Doc, j: int, s1: int) -> bool:
        """Only capitalised words from token j on (four at most) up to a legal form."""
        for k in range(j, min(s1, j + 5)):
            if self._legal_form(doc, k, s1):
                return True
            if not is_cap(doc, k):
                return False
        return False

    def _company_noun_opens(self, doc: Doc, i: int) -> bool:
        """ "ze spółkami: Ekobud …", "takie firmy jak: Betamax …", "firmy, jak Alfa …": the word that opens a list at
        token i ("jak", a colon or both; `list_intro`) follows a company noun (`list_company_cue`), so the
        capitalised words after it are companies. The one test of the chunker (where a name may start) and of the
        classifier (which names are companies)."""
        toks, s0 = doc.tokens, doc.sent_span[doc.sent_of[i]][0]
        if toks[i].text == ":" and i > s0 and toks[i - 1].lower in self.w.list_intro:
            i -= 1  # "jak:"
        k = i - 1
        if k > s0 and toks[k].text == ",":
            k -= 1
        return k >= s0 and bool(doc.lemmas(k) & self.w.list_company_cue)

    def _extend(self, doc: Doc, i: int, s1: int) -> int:
        """The end of the chunk that starts at token i (sentence end s1), one token at a time."""
        toks, text = doc.tokens, doc.text
        legal_firsts, strip_titles = self._legal_by_first, self.lex.strip_titles
        run = _Run(i, s1, self._chunk_head(doc, i, s1))
        j = i + 1
        while j < s1:
            t = toks[j]
            gap = text[toks[j - 1].end : t.start]  # `gap_before`
            if "\n" in gap or len(gap) > 1:
                return j
            legal = self._legal_form(doc, j, s1) if t.text in legal_firsts else None
            if legal:
                return legal
            if t.text in strip_titles:
                return j
            if (
                gap == " "
                and run.head
                and t.lower in self.w.number_mark
                and j + 1 < s1
                and toks[j + 1].is_num
            ):
                j += 2  # "Szkoła Podstawowa nr 3 im. Anny Lis": the institution's number is part of its name
                continue
            if gap == " " and t.is_num and self._number_in_name(doc, j, s1):
                j += 1
                continue
            if gap == " " and (t.is_cap or is_cap(doc, j)):
                if (
                    j - 2 > i
                    and toks[j - 2].lower in self.w.coordination
                    and doc.lemmas(j - 1) & self.w.partner_noun
                    and not self._capitals_to_legal_form(doc, j, s1)
                ):
                    return j  # "Nowak i Synowie Adam Nowak": a family firm's name ends at its kin's noun
                if run.head and self._headline_verb(doc, j, s1):
                    return j  # "Nowa Fabryka Powstanie w Opolu": a headline's capitalised verb ends the name
                self._note_head(doc, j, run)
                if self._starts_other(doc, j):
                    return j
                j += 1
                continue
            if (
                t.text in DASHES
                and gap == " "
                and (run.head in (None, "descriptor") or run.head in self.w.generic_company_head)
                and not (j == i + 1 and self._kind_word(doc, i))
            ):
                end = self._dash_to_legal_form(doc, j, s1)
                if end:
                    return end
            if t.text in DASHES and gap == " " and i > 0 and toks[i - 1].text in OPEN_QUOTES:
                end = self._dash_to_close_quote(doc, j, s1)
                if end:
                    return end  # „Baltic - Polish Forum”: a spaced dash inside a quoted name
            if t.text == "." and gap == "" and _dotted_initials(toks, i, j, s1):
                # "P.P.H.U. Marbud", "F.H. Grosik": the initials of a firm's kind open its name (the next letter
                # glued to the full stop goes with it)
                j += 2 if j + 1 < s1 and capital_letter(toks[j + 1]) and toks[j + 1].start == t.end else 1
                continue
            if (
                t.text == "."
                and gap == ""
                and run.head
                and toks[j - 1].lower in self.w.inner_abbreviation
                and j + 1 < s1
                and gap_before(doc, j + 1) in (" ", "")
                and is_cap(doc, j + 1)
                and _name_word_reading(doc, j + 1, self.tags.function)
            ):
                # "Urząd Marszałkowski Woj. Leśnego", "Dom Kultury St. Anna": the dot of an abbreviation inside; with
                # no space after it ("Dom Kultury St.Anna") the word glued to the dot goes with it
                j += 1 if gap_before(doc, j + 1) else 2
                continue
            if t.text == "." and gap == "" and j == i + 1 and self._founders_initial(doc, i, s1, run):
                j += 1  # "spółka T. Borowiec", "R. Wiśniak sp. z o.o.": a founder's initial opens the firm's name
                continue
            nxt = self._past_punctuation(doc, j, gap, run)
            if nxt is None:
                return j
            j = nxt
        return j

    def _founders_initial(self, doc: Doc, i: int, s1: int, run: _Run) -> bool:
        """The capital letter at token i and its full stop open a firm's name, the initial of its founder's first
        name before his surname ("spółka T. Borowiec", "firmą R. Wiśniak", "A. Lis – Meble sp. z o.o."): a company's
        noun right before the letter, or a legal form that closes the run of capitalised words (and dashes) after
        it. A person's initial ("prezes J. Lis") has neither."""
        toks = doc.tokens
        k = i + 2
        if not (k < s1 and toks[k].start == toks[i + 1].end + 1 and toks[k].is_word and toks[k].is_cap):
            return False
        if capital_letter(toks[k]):
            return False  # "J. K. Lis": a person's two initials
        descriptor = self._descriptor(doc, i) if run.head == "descriptor" else None
        if descriptor is not None and descriptor[1] == "company" and not self._role_of_firm(doc, i - 1):
            return True
        legal_firsts = self._legal_by_first
        while k < s1 and k < i + 10 and (toks[k].is_cap or toks[k].text in DASHES):
            if toks[k].text in legal_firsts and self._legal_form(doc, k, s1):
                return True
            k += 1
        return k < s1 and toks[k].text in legal_firsts and bool(self._legal_form(doc, k, s1))

    def _role_of_firm(self, doc: Doc, d: int) -> bool:
        """The company's noun at token d, in the genitive, follows a person's title or a phrase of speaking for
        ("Prezes spółki J. Nowak", "w imieniu firmy A. Lis"): the firm is unnamed, and an initial after its noun
        opens the name of the person in that role (a firm named after its founder shows its legal form then)."""
        if d < 1 or not any("gen" in r.cases for r in doc.readings[d] if r.pos in NOMINAL):
            return False
        toks = doc.tokens
        on_behalf = {tuple(w.split()) for w in self.lex.function("on_behalf")}
        return self._title_lemma(doc, d - 1) or (
            d > 1 and (toks[d - 2].lower, toks[d - 1].lower) in on_behalf
        )

    def _chunk_head(self, doc: Doc, i: int, s1: int) -> str | None:
        head = None if self._head_words.isdisjoint(doc.lemmas(i)) else head_lemma(doc, i, self.lex)
        if head is None and self._descriptor(doc, i):
            head = "descriptor"  # "klastra Dolina Wody i Ziemi": the noun before heads the name
        if (
            head is None
            and i + 1 < s1
            and not self.lex.titles.isdisjoint(doc.lemmas(i))  # `_title_lemma`'s set test without its call
            and self._title_lemma(doc, i)
        ):
            k = (
                i + 2 if i + 2 < s1 and self._title_lemma(doc, i + 1) else i + 1
            )  # "Zastępca Burmistrza Gminy"
            if k + 1 < s1 and doc.lemmas(k) & self.w.title_complement:
                k += 1  # "Radca Handlowy Ambasady"
            head = head_lemma(doc, k, self.lex)  # "Wójt Gminy i Miasta Borowo": the title is no head
        return head

    def _past_punctuation(self, doc: Doc, j: int, gap: str, run: _Run) -> int | None:
        """Where the chunk goes on after a quote, a comma list or a connector at token j; None where it ends."""
        toks, s1 = doc.tokens, run.s1
        t = toks[j]
        if t.text in OPEN_QUOTES and gap == " " and run.head and j + 1 < s1 and is_cap(doc, j + 1):
            k = j + 1
            while k < s1 and toks[k].text not in CLOSE_QUOTES and k - j < 8:
                k += 1
            return k + 1 if k < s1 and toks[k].text in CLOSE_QUOTES else None
        if t.text == "," and run.head and self._comma_list(doc, j, s1):
            return self._comma_list(doc, j, s1) or j
        if t.text == "," and run.head:
            units = self._unit_items(doc, run.t0, j, s1)
            if units:
                return units
        return self._connector_step(doc, j, run) if gap == " " else None

    def _unit_items(self, doc: Doc, t0: int, j: int, s1: int) -> int | None:
        """ "Gmin Czarny Dunajec, Kościelisko, Biały Dunajec i Jabłonka" (also after "Samorządów"): units in the
        plural before a comma list of names of one to three capitalised words each, closed by "i X": the end of the
        list, which the classifier splits into one unit per name; None where the chunk is no such list."""
        toks = doc.tokens
        k = t0 + 1 if doc.lemmas(t0) & self.w.unit_body else t0
        if not any(r.lemma.lower() in self.w.office_unit and "pl" in r.numbers for r in doc.readings[k]):
            return None
        i, items = j, 0
        while i < s1 and (toks[i].text == "," or toks[i].lower in self.w.conjunction):
            closed = toks[i].text != ","
            n = i + 1
            while (
                n < s1
                and n - i <= 3
                and is_cap(doc, n)
                and not head_lemma(doc, n, self.lex)
                and not self._title_lemma(doc, n)
                and toks[n].text not in self.lex.strip_titles
                and not is_first_name(doc, n)
            ):
                n += 1
            if (
                n == i + 1
            ):  # no name after the comma: a list of three or more ends before it ("…, Pan Jan Lis")
                return i if items >= 2 and not closed else None
            i, items = n, items + 1
            if closed:
                return i
        return None

    def _kind_word(self, doc: Doc, i: int) -> bool:
        """ "Emitenta – Betamax Okucia sp. z o.o.", "Spółka – Betamax sp. z o.o.": a party's or a company's common noun
        alone before a spaced dash, capitalised as a defined term, is no part of the name the dash introduces."""
        rs = [r for r in doc.readings[i] if r.pos in NOMINAL]
        kinds = self.w.party_noun | self.w.generic_company_head
        return (
            bool(rs)
            and not any(r.proper for r in rs if r.lemma.lower() not in kinds)
            and any(r.lemma.lower() in kinds for r in rs)
        )

    def _dash_to_legal_form(self, doc: Doc, j: int, s1: int) -> int | None:
        """ "Betamax – Serwis sp. z o.o.": a spaced dash inside a company's name, where only capitalised words
        follow it up to the legal form that closes the name: the end of that form (None where there is none)."""
        if gap_before(doc, j + 1) != " " or j + 1 >= s1 or self._title_lemma(doc, j + 1):
            return None  # "Olaf Brenn – Prezes Betamax SA": a title after the dash starts a role, not a name
        for k in range(j + 1, min(s1, j + 8)):
            end = self._legal_form(doc, k, s1) if k > j + 1 else None
            if end:
                return end
            if not is_cap(doc, k):
                return None
        return None

    def _dash_to_close_quote(self, doc: Doc, j: int, s1: int) -> int | None:
        """„Baltic - Polish Forum”: a spaced dash at token j inside a quoted name, where only capitalised words
        follow it up to the closing quote (at most six): the closing quote's token (None where there is none)."""
        toks = doc.tokens
        if gap_before(doc, j + 1) != " ":
            return None
        for k in range(j + 1, min(s1, j + 8)):
            if toks[k].text in CLOSE_QUOTES:
                return k if k > j + 1 else None
            if not is_cap(doc, k):
                return None
        return None

    def _number_in_name(self, doc: Doc, j: int, s1: int) -> bool:
        """„Plan Odbudowy 2”, "Centrum Przemysłu 4.0", "Farma Wiatrowa 3 sp. z o.o.": a number that belongs to the
        name."""
        t = doc.tokens[j]
        if not t.is_num:
            return False
        if len(t.text) <= 3 and j + 1 < s1 and doc.tokens[j + 1].text in CLOSE_QUOTES:
            return True
        if len(t.text) <= 3 and j + 1 < s1 and doc.tokens[j + 1].text in self._legal_by_first:
            return (
                self._legal_form(doc, j + 1, s1) is not None
            )  # "Solar Park 12 sp. z o.o.": a numbered company
        return bool(VERSION.fullmatch(t.text))

    def _note_head(self, doc: Doc, j: int, run: _Run) -> None:
        """A capitalised word joins the chunk: it may be the head, or a later head that takes a seat."""
        toks = doc.tokens
        if run.head is None and (not is_acronym(toks[j - 1].text) or ROMAN.match(toks[j - 1].text)):
            if self._head_words.isdisjoint(doc.lemmas(j)):
                return  # no head (most words): the set test of `head_lemma` without its call
            lemma = head_lemma(doc, j, self.lex)  # the cheap test first: most words are no head
            run.head = lemma if lemma is not None and phrase_head(doc, run.t0, j + 1) == j else None
        elif run.head is not None:
            if self._head_words.isdisjoint(doc.lemmas(j)):
                return
            last_head = head_lemma(doc, j, self.lex)
            if last_head:
                run.seat_head = last_head

    def _connector_step(self, doc: Doc, j: int, run: _Run) -> int | None:
        """A connector at token j that continues the name ("Urząd dla Inwestorów", "Instytut Badań nad Wodą",
        "Izba w Borowie", "Nowa Wieś nad Wartą"): the token after it; None where the chunk ends. Not after a
        proper name ("Gminy Borowo do Klastra Alfa" are two names)."""
        toks, s1 = doc.tokens, run.s1
        t = toks[j]
        kind = self.lex.connectors.get(t.text)
        if not kind or j + 1 >= s1:
            return None
        nxt = j + 1
        if t.text in self.w.abbreviated_connector and nxt < s1 and toks[nxt].text == ".":
            nxt += 1
        if not (nxt < s1 and is_cap(doc, nxt) and gap_before(doc, nxt) == " "):
            return None
        early, joins = CONNECTOR_KINDS.get(kind, (False, None))
        if early and joins is not None and joins(self, doc, j, nxt, run):
            return nxt
        if (
            t.text in self.w.river_connector
            and any(r.geo for r in doc.readings[j - 1])
            and not self._near_a_firm(doc, j, nxt, run)
        ):
            return nxt + 1
        if not early and joins is not None and joins(self, doc, j, nxt, run):
            return nxt
        return None

    def _joins_org(self, doc: Doc, j: int, nxt: int, run: _Run) -> bool:
        """ "Urząd dla Inwestorów": after a head that is not a bare proper name ("do" only before "Spraw"); not
        before another organisation's head in the locative, where the first one is ("Inkubator Startupów na
        Politechnice Beta": the incubator at the polytechnic, two names)."""
        word = doc.tokens[j].text
        if self._near_a_firm(doc, j, nxt, run):
            # "Drobex pod Poznaniem", "Firma Kormet pod Radomiem": after a bare brand, the town near which it is, no
            # part of the name (after a common noun the place names the body: "Związek Gmin pod Tatrami"; after an
            # organisation's head, the whole is its name: "Spółdzielnia Mleczarska pod Tatrami")
            return False
        if any("loc" in r.cases for r in doc.readings[nxt] if r.pos in NOMINAL) and head_lemma(
            doc, nxt, self.lex
        ):
            return False
        return bool(
            run.head
            and (
                word in self.w.patron_marker or not self._proper_only(doc, j - 1)
            )  # "Politechnika Rzeszowska im. X"
            and (word not in self.w.matter_connector or doc.lemmas(nxt) & self.w.matter_noun)
        )

    def _near_a_firm(self, doc: Doc, j: int, nxt: int, run: _Run) -> bool:
        """ "Drobex pod Poznaniem", "spółka Arvo Polska pod Radomiem": a preposition of nearness before a town in the
        instrumental, after a bare brand or a firm's descriptor, says where the firm is (neither an organisation's
        name nor a town's name on a river goes on with it)."""
        return (
            doc.tokens[j].text in self.w.near_preposition
            and any(r.geo and "inst" in r.cases for r in doc.readings[nxt])
            and not any(r.pos in NOMINAL and not r.proper for r in doc.readings[j - 1])
            and (run.head in (None, "descriptor") or run.head in self.w.generic_company_head)
        )

    def _joins_seat(self, doc: Doc, j: int, nxt: int, run: _Run) -> bool:
        """ "Izba Handlowa w Borowie": a head that takes a seat; a seat is a town, not another organisation
        ("Uczelni w Starostwie Powiatowym": the university's students in the county's office)."""
        heads = self.lex.org_heads
        seated = heads.get(run.head or "", ("", False))[1] or heads.get(run.seat_head or "", ("", False))[1]
        # "Bank Spółdzielczy w Grójcu": a kind of body that one town has, named by its seat whatever its head
        # ("Krajowa Rada Spółdzielcza w Warszawie", a body of the whole country, only sits there)
        seated = seated or (
            bool(doc.lemmas(j - 1) & self.w.seat_kind_adjective)
            and not any(doc.lemmas(k) & self.w.national_adjective for k in range(run.t0, j))
        )
        # "Bank Handlowy w Warszawie S.A.": a town that a legal form closes is part of the company's name
        seated = seated or (nxt + 1 < run.s1 and self._legal_form(doc, nxt + 1, run.s1) is not None)
        return bool(run.head and seated) and not head_lemma(doc, nxt, self.lex)

    def _joins_and(self, doc: Doc, j: int, nxt: int, run: _Run) -> bool:
        """ "Wydział Nauki i Sztuki": both sides belong to one name; so do "Nowak i Synowie" (`partner_noun`)."""
        if nxt == j + 1 and doc.lemmas(nxt) & self.w.partner_noun and self._founders_surname(doc, j - 1):
            return True
        if run.head == "descriptor" and self._plural_descriptor(doc, run.t0 - 1, j - 1 == run.t0):
            return (
                False  # "z firmami Ekobud i Lubtex": a plural kind noun before a list of names, one per item
            )
        if run.head and self._same_name_after_and(doc, j - 1, nxt):
            return True
        return nxt == j + 1 and j - 1 == run.t0 and self._known_pair(doc, j - 1, j, nxt)

    @staticmethod
    def _founders_surname(doc: Doc, i: int) -> bool:
        """The word at i may be a founder's surname: the dictionary reads it so, or as a noun but not a place
        ("Gmina Kutno i …")."""
        rs = doc.readings[i]
        return any(r.surname for r in rs) or (
            any(r.pos in NOMINAL or r.pos == "ign" for r in rs) and not any(r.geo for r in rs)
        )

    def _plural_descriptor(self, doc: Doc, d: int, one_word: bool) -> bool:
        """The kind noun at d reads only in the plural ("firmami", "spółek"), or may read so ("spółki") before a
        name of one word."""
        rs = (
            [r for r in doc.readings[d] if r.pos in NOMINAL and r.lemma in self.lex.descriptors]
            if d >= 0
            else []
        )
        plural = ["pl" in r.numbers for r in rs]
        return bool(rs) and (all(plural) or (one_word and any(plural)))

    def _known_pair(self, doc: Doc, left: int, j: int, right: int) -> bool:
        """ "Warmii i Mazurach": the gazetteer knows the pair joined by the conjunction as one place."""
        toks = doc.tokens
        keys = [token_keys(toks[i].text, doc.readings[i]) for i in (left, right)]
        return self.gaz.lookup([keys[0], {toks[j].lower}, keys[1]]) is not None

    def _joins_foreign(self, doc: Doc, j: int, nxt: int, run: _Run) -> bool:
        """ "Institute of Water": a foreign connector inside a foreign name."""
        return not run.head or self._foreign(doc, j - 1)

    def _joins_always(self, doc: Doc, j: int, nxt: int, run: _Run) -> bool:
        """ "Johnson & Johnson": a sign that only names use."""
        return True

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
        """ "Wydziału Nauki, Kultury, Sportu i Zdrowia": a comma list of genitives closed by "i X"."""
        toks = doc.tokens
        k = j
        while k + 1 < s1 and toks[k].text == "," and is_cap(doc, k + 1) and k - j < 12:
            if not self._same_name_after_and(doc, k - 1, k + 1):
                return None
            k += 2
        if k + 1 < s1 and toks[k].text in self.w.conjunction and is_cap(doc, k + 1):
            if self._same_name_after_and(doc, k - 1, k + 1):
                return k + 1
        return None

    def _headline_verb(self, doc: Doc, j: int, s1: int) -> bool:
        """Token j reads as a verb in the present or simple future ("Powstanie", "Ruszy") before a word in lower case
        or the end of a headline: a line of its own with no full stop at its end, whose content words a headline may
        capitalise."""
        if not any(r.pos == "fin" for r in doc.readings[j]):
            return False
        toks = doc.tokens
        if j + 1 < s1 and toks[j + 1].is_cap:
            return False  # "Klaster Wyżyna Motoryzacyjna": a name's word goes on with capitalised words
        last = toks[s1 - 1]
        if last.text in (".", "!", "?", "…", ":", ";"):
            return False
        return s1 == len(toks) or "\n" in doc.text[last.end : toks[s1].start]

    def _starts_other(self, doc: Doc, j: int) -> bool:
        """Does token j start a new name rather than continue the chunk before it?"""
        toks = doc.tokens
        prev = toks[j - 1]
        if is_acronym(prev.text) and not is_acronym(toks[j].text) and is_first_name(doc, j):
            # "PAIH Jan Nowak": a person after the acronym; but a town that reads as a first name too, with no
            # surname after it, is the firm's seat in its name ("PTK Kraków", "ABM Kraków": the town, read also as a name)
            surname = (
                j + 1 < len(toks)
                and toks[j + 1].is_word
                and toks[j + 1].is_cap
                and not (toks[j + 1].text in self._legal_by_first and self._legal_form(doc, j + 1, len(toks)))
            )  # "PTK Kraków Sp. z o.o.": a legal form after the town is no surname
            return surname or not any(r.geo for r in doc.readings[j])
        return False

    def _units_of_one_name(self, doc: Doc, left: int, right: int) -> bool:
        """Units (communes, counties) in the genitive on both sides of the conjunction, after a capitalised word
        of the same name: complements of one head ("Związku Miast i Gmin Borowa")."""
        if left < 1 or not (doc.tokens[left - 1].is_word and is_cap(doc, left - 1)):
            return False
        units = self.w.office_unit
        return all(
            any(r.lemma.lower() in units and "gen" in r.cases for r in doc.readings[i]) for i in (left, right)
        )

    def _same_name_after_and(self, doc: Doc, left: int, right: int) -> bool:
        pair = {head_lemma(doc, left, self.lex), head_lemma(doc, right, self.lex)}
        if pair == self.w.joint_unit:
            return True  # "Gmina i Miasto Borowo"
        if doc.lemmas(right) & self.w.party_noun and _party_nominative(doc, right):
            return False  # "Gmina Lipno i Inwestor": a contract's party, capitalised, starts no name
        if not self._venues.isdisjoint(doc.lemmas(right)):
            return False  # "Kopalnię Soli i Zamek Królewski": a venue's noun starts a place's name
        person = is_first_name(doc, right) and right + 1 < len(doc.tokens) and doc.tokens[right + 1].is_cap
        if is_acronym(doc.tokens[right].text) or person:
            return False
        if self._units_of_one_name(doc, left, right):
            return True  # "Klaster Energii Gmin i Powiatu Leśnego": two units in the genitive inside one name
        if head_lemma(doc, right, self.lex) and not (_gen_pl(doc, left) and _gen_pl(doc, right)):
            return False  # a second name, unless two plural genitives ("Inżynierów i Techników")
        if is_adj(doc, right) or doc.tokens[right].text in self.lex.foreign_org_words:
            for k in range(right + 1, min(right + 4, len(doc.tokens))):
                if not is_cap(doc, k):
                    break
                if doc.tokens[k].text in self.lex.foreign_org_words and doc.tokens[k].is_upper:
                    return False
                if head_lemma(doc, k, self.lex) and agree(doc, right, k):
                    return False
        if self._title_lemma(doc, right):
            return False
        lc = {c for r in doc.readings[left] for c in r.cases} - {"voc"}
        rc = {c for r in doc.readings[right] for c in r.cases} - {"voc"}
        if not rc and lc == {"gen"} | (lc & {"gen"}) and "gen" in lc and doc.tokens[right].is_cap:
            return True  # "Instytut Ekologii i Botaniki": an unknown word after a genitive
        return bool(lc & rc)

    def _legal_form(self, doc: Doc, j: int, s1: int) -> int | None:
        toks = doc.tokens
        for form in self._legal_by_first.get(toks[j].text, ()):
            k = j + len(form)
            if k > s1:
                continue
            if all(toks[j + n].text == w for n, w in enumerate(form)):
                if gap_before(doc, j) not in (" ", ""):
                    return None
                return k
        return None


# What each kind of connector (data/<lang>/name_connectors.tsv) needs to continue a name; an early kind is
# tested before the river rule ("Nowa Wieś nad Wartą").
CONNECTOR_KINDS: dict[str, tuple[bool, Callable[[NameChunker, Doc, int, int, _Run], bool]]] = {
    "org": (True, NameChunker._joins_org),
    "seat": (False, NameChunker._joins_seat),
    "and": (False, NameChunker._joins_and),
    "foreign": (False, NameChunker._joins_foreign),
    "sign": (True, NameChunker._joins_always),
}


def _glued_handle(doc: Doc, i: int) -> bool:
    """ "@AnnaWolna", "@JanLis": a handle after "@" of a first name and a surname glued by their capitals (the
    dictionary's first name, then a surname or a word it does not know) is a person's handle; a firm's handle of
    words glued the same way ("@ArcelorMittal", "@InPost") or of one word ("@Kormax") may be its only name."""
    t = doc.tokens[i]
    if i == 0 or doc.tokens[i - 1].text != "@" or doc.tokens[i - 1].end != t.start or not t.text.isalpha():
        return False
    cut = [k for k, ch in enumerate(t.text) if ch.isupper()]
    if len(cut) != 2 or cut[0] != 0 or not 2 < cut[1] < len(t.text) - 2:
        return False  # two capitals only, each opening a word of three letters at least
    morph = morphology()
    first, last = t.text[: cut[1]], t.text[cut[1] :]
    rest = morph.analyse(last)
    return any(r.first_name for r in morph.analyse(first)) and (
        any(r.surname for r in rest) or all(r.pos == "ign" for r in rest)
    )


def _capital_words(toks: list[Token]) -> list[int]:
    """The indices of the words with a capital letter: a capitalised first letter, or a form that is not all
    lower case ("eBay"): one pass over the tokens of the document."""
    return [i for i, t in enumerate(toks) if t.is_cap or (t.is_word and not t.text.islower())]


@cache
def _column_words(lang: str) -> frozenset[str]:
    """The words of the column names of figure_columns.tsv ("nakład", "miejsce", "praca")."""
    data = language_data(lang)
    if not data.has("figure_columns"):
        return frozenset()
    return frozenset(w for r in data.rows("figure_columns") for w in r["lemma"].split())


def _speaker_tag_end(doc: Doc, s0: int, s1: int) -> int:
    """The token after a transcript's speaker tag opening the line at s0 ("JAN KOWALSKI: Tak, …", "ANNA LIS, prezes
    spółki: …"): two to four words in capitals, the first a first name, then a colon or a comma; s0 where there is
    none. A person named in capitals there speaks; capitals say nothing of an organisation. persons.speaker_tags
    scans the same tags again after the chunks: this scan must come first, so that the chunker reads no
    organisation in the capitals and reads the tag with a comma and a role, which that one does not. The scan itself
    is name_shape.speaker_tag_end, which both use."""
    k = speaker_tag_end(doc, s0, s1, 4, (":", ","))
    if k is None or not first_name_nominative(doc.readings[s0]):
        return s0
    return k + 1 if doc.tokens[k].text == ":" else k


def _speaker(doc: Doc, s0: int, i: int, s: int) -> None:
    """The person of a speaker tag ending before token i ("JAN KOWALSKI:", "ANNA LIS, prezes spółki:"), written in
    capitals: a person's mention, each word with its capital only ("Jan Kowalski"). persons.speaker_tags, run after
    the chunks, reads the tags with a colon or a bracket again (and replaces this mention); the one with a comma and
    a role is read here only."""
    toks = doc.tokens
    b = i - 1 if toks[i - 1].text == ":" else i  # before the colon (a comma is not read)
    # each part of a hyphened surname keeps its capital ("ANNA NOWAK-LIS" → "Anna Nowak-Lis")
    name = " ".join("-".join(p[:1] + p[1:].lower() for p in toks[k].text.split("-")) for k in range(s0, b))
    doc.mentions.append(Mention(toks[s0].start, toks[b - 1].end, s0, b, "person", name, None, s))


def _gen_pl(doc: Doc, i: int) -> bool:
    return any(r.pos in NOMINAL and "gen" in r.cases and "pl" in r.numbers for r in doc.readings[i])


def _party_nominative(doc: Doc, i: int) -> bool:
    """The word at i reads as a noun in the nominative singular and in no genitive ("Inwestor", not "Inwestorów")."""
    rs = [r for r in doc.readings[i] if r.pos in NOMINAL]
    return any("nom" in r.cases and "sg" in r.numbers for r in rs) and not any("gen" in r.cases for r in rs)


def _dotted_initials(toks: list[Token], i: int, j: int, s1: int) -> bool:
    """The full stop at j closes a capital letter of a run of dotted initials inside the chunk that opened at i,
    with at least two letters ("P.P.H.U.", "F.H.", not the initial of a person's first name "J. Lis"): letter
    and full stop in turn, and either another letter glued after j or a letter and full stop before it."""
    if not (j - 1 >= i and capital_letter(toks[j - 1])):
        return False
    glued = j + 1 < s1 and capital_letter(toks[j + 1]) and toks[j + 1].start == toks[j].end
    before = (
        j - 3 >= i
        and capital_letter(toks[j - 3])
        and toks[j - 2].text == "."
        and toks[j - 2].end == toks[j - 1].start
    )
    return glued or before


def _name_word_reading(doc: Doc, k: int, function_tags: frozenset[str]) -> bool:
    """A capitalised word after an abbreviation's full stop that carries a name on: the dictionary reads it as an
    adjective ("Woj. Lubuskiego"), a proper name or a place ("St. Anna"), or knows it not; no common noun only,
    nor a word that may be a function word or an adverb (`function` in tag_classes.tsv), which open the next
    sentence ("… Woj. Wsparcie otrzyma", "… St. Następnie", "… St. Potem")."""
    rs = doc.readings[k]
    if any(r.pos in function_tags for r in rs):
        return False
    return any(r.pos == "adj" or r.pos == "ign" or r.proper or r.geo for r in rs)
