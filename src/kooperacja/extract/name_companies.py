"""The classifier's company rules: what makes a chunk with no organisation head a company (a legal form, a list of
firms after a company noun or a permit, the context of a lone unknown word, a brand after a generic company noun,
an officer's firm, unknown words), and the trade offices and plants that stand for an organisation named in them.
Part of `NameClassifier` (its rules table, `name_classify.RULES`, takes them in order with the others)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kooperacja.extract.baseform import nominative, phrase_head, surface
from kooperacja.extract.cues import tag_classes
from kooperacja.extract.doc import Doc, Mention
from kooperacja.extract.name_shape import (
    agree,
    common_genitive,
    head_lemma,
    is_acronym,
    is_adj,
    is_cap,
    is_first_name,
)
from kooperacja.text.morphology import ADJECTIVAL, NOMINAL

if TYPE_CHECKING:
    from kooperacja.extract.name_classify import Chunk


_CLAUSE_VERBS = tag_classes().predicate_or_inf


class CompanyRules:
    """The company rules of `NameClassifier` (reads `self.w`, `self.cx`, `self.re`, `self.lex` of `NameFinder`)."""

    def _trade_office(self, doc: Doc, c: Chunk, h: int, head: str) -> bool | None:
        """ "Regionalne Biuro Handlowe Polskiej Agencji …", "Zagraniczne Biuro Handlowe PAIH": an office noun with
        the adjective of a trade office (`branch_office_head`, `branch_office_kind`). True where a name follows (a
        branch of that organisation, folded into it), False where nothing does, None where it is no trade office."""
        if (
            head not in self.w.branch_office_head
            or c.b - h < 2
            or not doc.lemmas(h + 1) & self.w.branch_office_kind
        ):
            return None
        return c.b - h > 2 and is_cap(doc, h + 2)

    def _branch_seat(self, doc: Doc, c: Chunk, k: int) -> int:
        """The end of the organisation's name in a trade office's chunk from token k: before the office's seat ("…
        PAIH w Toronto"; the seat is the office's, no place of its own), unless the organisation is one named by its seat
        (`seat_named_head`)."""
        toks = doc.tokens
        if doc.lemmas(k) & self.w.seat_named_head:
            return c.b  # "Biuro Handlowe Ambasady RP w Kijowie": an embassy is named by its seat
        for j in range(k + 1, c.b - 1):
            if toks[j].lower in self.w.seat_preposition and is_cap(doc, j + 1):
                return j
        return c.b

    def _named_company(self, doc: Doc, word: str) -> bool:
        """A company of that one-word name was found earlier in the document."""
        return any(
            m.type == "organization" and m.subtype == "company" and m.name == word for m in doc.mentions
        )

    def _brand_before_word(self, doc: Doc, c: Chunk, h: int) -> bool:
        """ "Firma Autoczęści Plus": one word after a generic company noun, then a word the dictionary knows that
        reads in no genitive and is no adjective: no complement goes on so, the two words are the brand."""
        last = c.b - 1
        if c.b - h != 3 or is_adj(doc, last) or agree(doc, h + 1, h):  # "Firma Oponiarska Dębica": the kind
            return False
        rs = doc.readings[last]
        return (
            bool(rs)
            and not any(r.pos == "ign" or r.proper or (r.pos in NOMINAL and "gen" in r.cases) for r in rs)
        )  # "Przedsiębiorstwo Wodociągów Borowo": a proper name after a genitive is the seat of the kind's name

    def _brand_in_nominative(self, doc: Doc, c: Chunk, h: int) -> bool:
        """ "Spółka Termika przejęła ciepłownię": one word after a generic company noun in the nominative, that reads
        as a noun in the nominative singular too (besides a genitive of another noun, "termik"): a name in
        apposition, not a complement ("Spółka Handlu" reads in no nominative)."""
        k = h + 1
        if c.b != k + 1 or is_adj(doc, k) or common_genitive(doc, k):
            return False
        nom = [r for r in doc.readings[h] if "nom" in r.cases]
        return bool(nom) and any(
            r.pos in NOMINAL and "nom" in r.cases and "sg" in r.numbers for r in doc.readings[k]
        )

    def _brand_of_adjective_and_noun(self, doc: Doc, c: Chunk, h: int) -> bool:
        """ "Spółka Ciepłe Domy S.A.", "Firma Zielone Pola": an adjective after a generic company noun that cannot
        agree with it, but agrees in the nominative with the noun after it, alone or before the legal form: the two
        words are a brand of ordinary words in apposition, no complement ("Przedsiębiorstwo Państwowej Komunikacji"
        goes on in the genitive; "Spółdzielnia Mleczarska" agrees with its head); so is a longer name where the noun
        is an organisation's head ("Spółka Polskie Huty Szkła")."""
        k = h + 1
        if k + 1 >= c.b or not is_adj(doc, k) or agree(doc, k, h) or not doc.tokens[k + 1].is_cap:
            return False
        if not (c.b == k + 2 or self._legal_form(doc, k + 2, c.b) == c.b or head_lemma(doc, k + 1, self.lex)):
            return False  # (a firm's own head may go on: "Spółka Polskie Huty Szkła", "Firma Śląskie Zakłady Mięsne")
        return any(
            r.pos in ADJECTIVAL
            and "nom" in r.cases
            and any(
                q.pos in NOMINAL
                and "nom" in q.cases
                and r.numbers & q.numbers
                and (not q.genders or r.genders & q.genders)
                for q in doc.readings[k + 1]
            )
            for r in doc.readings[k]
        )

    def _brand_after_kind(self, doc: Doc, c: Chunk, h: int) -> bool:
        """ "Spółka Ekobud", "Firma Termik Sp. z o.o.": a word after a generic company noun that is no adjective
        and is a genitive only in the plural, alone or before the legal form, is the brand, not a complement
        ("Przedsiębiorstwo Usług Komunalnych" goes on with an adjective; "Zakład Energetyki" is singular)."""
        k = h + 1
        if is_adj(doc, k):
            return False
        gen = [r for r in doc.readings[k] if r.pos in NOMINAL and "gen" in r.cases and not r.proper]
        if any("sg" in r.numbers for r in gen):
            return False
        return c.b == k + 1 or self._legal_form(doc, k + 1, c.b) == c.b

    def _company_by_form(self, doc: Doc, c: Chunk) -> bool:
        """A legal form, a firm's name in the dictionary or a subsidiary's country: a company."""
        if not (c.legal or (c.firm and not c.descriptor) or c.subsidiary):
            return False
        if c.size == 1 and not c.legal and self._listed_not_org(c.words[0]):
            return False  # "MW", "PKB": a unit or a term that the dictionary also knows as a firm's name
        toks, a, b = doc.tokens, c.a, c.b
        ph = phrase_head(doc, a, b)
        polish = (
            ph is not None
            and "-" not in toks[ph].text
            and any(r.pos == "subst" and not r.proper for r in doc.readings[ph])
        )
        name, case = nominative(doc, a, b) if polish else (surface(doc, a, b), None)
        # "Lumikorven Puuseura ry": the legal form of an association (`association_legal_form`), no company
        kind = "other" if c.legal and toks[b - 1].text in self.w.association_legal_form else "company"
        self._mention(doc, c, "organization", self._normalise_legal(name), kind, case=case)
        return True

    def _listed_company(self, doc: Doc, c: Chunk) -> bool:
        """ "takie firmy jak: Betamax, Alfa Systems, PTK Borowo": headless names in a list after a company noun
        and "jak" or a colon are companies; so are those listed after a colon that closes a clause about permits
        or investments ("Zezwolenia otrzymały: Betamax, Alfa Systems")."""
        if c.head is not None or c.event_word or (c.size == 1 and c.geo_first):
            return False
        if c.size == 1 and _plural_common_noun(doc, c.a):
            return False  # "producentów, m.in. Czesi i Słowacy": a group of people or things, no firm's name
        if not self._in_company_list(doc, c.a):
            return False
        toks, a = doc.tokens, c.a
        if a >= 2 and toks[a - 1].is_cap and toks[a - 1].is_word and toks[a - 2].text in (":", ","):
            a -= 1  # "jak: Software Mind": a common word opening the item was read as a sentence start
        m = Mention(
            toks[a].start, toks[c.b - 1].end, a, c.b, "organization", surface(doc, a, c.b), "company", c.s
        )
        self._add(doc, m)
        return True

    def _in_company_list(self, doc: Doc, a: int) -> bool:
        toks, s0 = doc.tokens, doc.sent_span[doc.sent_of[a]][0]
        i = a - 1
        while i > s0 and (
            toks[i].is_cap
            or toks[i].text in (",", ".")
            or toks[i].lower in self.w.conjunction
            or (toks[i].text in self.lex.connectors and toks[i + 1].is_cap and toks[i - 1].is_cap)
            or self._amount_of_item(doc, i)
        ):
            i -= 1  # back over the items before this one (and the amount each item gives; "Forum Firm w
            # Lesznie": a connector inside an item's name)
        dotted = self._dotted_intro(doc, i, s0)
        if dotted is not None:
            i = dotted  # "firmy, m.in. Betamax, Alfa Systems": an abbreviation opens the list
        elif i <= s0 or toks[i].lower not in self.w.list_intro:
            return False
        if self._company_noun_opens(doc, i):
            return True
        if self._in_field_list(doc, a):
            return False  # "Inwestorzy szukają sektorów: BioTech, GreenTech": fields listed, not firms
        # "Zezwolenia otrzymały: Betamax, Alfa Systems", "Zezwolenia na działalność w strefie otrzymały: …": a permit
        # or an investment in the clause before the colon (up to eight words back)
        return toks[i].text == ":" and any(
            doc.lemmas(j) & self.w.list_grant_cue for j in range(max(s0, i - 8), i)
        )

    def _in_field_list(self, doc: Doc, a: int) -> bool:
        """The chunk at token a is an item of a list of fields: back over the items before it, a list opener (a
        colon or "jak", `list_intro`) with a field's noun (`field_noun`: "sektor", "branża", "obszar") up to six
        words before it ("w obszarach takich jak: AgroTech", "sektorami: BioTech, GreenTech"). The field's noun
        heads the opener itself: no verb and no noun of firms or of permits and investments (`list_company_cue`,
        `list_grant_cue`) stands between them ("w sektorze X otrzymały:", "w segmencie X inwestycje ogłosili:",
        "w tej branży działają firmy jak"): a list of firms. Nor does it undo a permit's list (`_in_company_list`)."""
        toks, s0 = doc.tokens, doc.sent_span[doc.sent_of[a]][0]
        i = a - 1
        while i > s0 and (toks[i].is_cap or toks[i].text == "," or toks[i].lower in self.w.conjunction):
            i -= 1
        if i <= s0 or toks[i].lower not in self.w.list_intro:
            return False
        if toks[i].text == ":" and toks[i - 1].lower in self.w.list_intro:
            i -= 1  # "jak:"
        f = next((j for j in range(i - 1, max(s0, i - 6) - 1, -1) if doc.lemmas(j) & self.w.field_noun), None)
        if f is None:
            return False
        firms = self.w.list_company_cue | self.w.list_grant_cue
        return not any(
            doc.lemmas(j) & firms or any(r.pos in _CLAUSE_VERBS for r in doc.readings[j])
            for j in range(f + 1, i)
        )

    def _dotted_intro(self, doc: Doc, i: int, s0: int) -> int | None:
        """The first token of a dotted abbreviation that opens a list (`list_intro`, written without its last full
        stop: "m.in"), whose last letters are token i and a full stop after it; None where there is none."""
        toks = doc.tokens
        if i + 1 >= len(toks) or toks[i + 1].text != ".":
            return None
        for a in range(i - 1, max(s0, i - 4) - 1, -1):
            if toks[a].end != toks[a + 1].start:
                return None  # a space inside: no abbreviation
            if doc.text[toks[a].start : toks[i].end].lower() in self.w.list_intro:
                return a
        return None

    def _amount_of_item(self, doc: Doc, i: int) -> bool:
        """Token i belongs to the amount a listed item gives ("Alfa – 12 mln zł, Beta (7 mln zł)"): a dash, a
        bracket, a number, a multiplier or a currency."""
        text = doc.tokens[i].text
        return text in ("–", "-", "(", ")") or text[:1].isdigit() or doc.tokens[i].lower in self._amount_words

    def _company_after_officer(self, doc: Doc, c: Chunk) -> bool:
        """ "prezes Alfatechu" → Alfatech."""
        if not (c.size == 1 and c.a > 0 and self._after_org_title(doc, c.a)):
            return False
        word = c.words[0]
        name = self._brand_noun(doc, c.a) or (
            self.re["genitive_end"].sub("", word) if len(word) > 5 else word
        )
        self._mention(doc, c, "organization", name, "company")
        return True

    def _camel_case_brand(self, doc: Doc, c: Chunk) -> bool:
        """ "BetaSoft": one word with a capital inside is a brand."""
        word = c.words[0]
        if not (c.size == 1 and self.re["camel"].match(word) and not is_acronym(word)):
            return False
        if self._listed_not_org(word):
            return True  # "usługi SaaS": a term, no brand
        if self._in_field_list(doc, c.a):
            return True  # "w branżach takich jak: AgroTech, FinTech": a field, no brand
        self._mention(doc, c, "organization", word, "company")
        return True

    def _bulleted_company(self, doc: Doc, c: Chunk) -> bool:
        if not (c.size == 1 and self._unknown_company(doc, c.a)):
            return False
        self._mention(doc, c, "organization", c.words[0], "company")
        return True

    def _company_by_context(self, doc: Doc, c: Chunk) -> bool:
        """A lone word the dictionary does not know, in apposition to a company noun ("Zelmarco, producent
        opakowań"; "inwestorem jest Zelmarco") or the subject of a verb of building, investing or producing
        ("Zelmarco zbuduje halę"): a company. A word that closes a person's name found before is that person."""
        word, a = c.words[0], c.a
        if not (
            c.size == 1 and len(word) >= 4 and (word[1:].isalpha() and word[1:].islower() or _compound(word))
        ):
            return False
        cx = self.cx
        # "Eko-Pak", "Agro-Mix": a compound whose first part is a firm's word-forming prefix (compound_element in
        # name_cues.tsv: "eko", "agro", "hydro", or one the dictionary reads as a prefix: "eko-pak"); two foreign
        # parts ("Garcia-Lopez", a double surname) or a proper name ("Wrona-Kowal") are no firm, nor is a compound
        # after a speech verb or a person's title
        if _compound(word):
            firm_compound = (
                (
                    word.split("-")[0].lower() in self.w.compound_element
                    or any(r.lemma[:1].islower() and "-" in r.lemma for r in doc.readings[a])
                )
                and all(r.lemma[:1].islower() or not (r.proper or r.geo) for r in doc.readings[a])
                and not (cx.ends_at(doc, "speaker_verb_before", a) or cx.ends_at(doc, "title_before", a))
            )
            if not firm_compound:
                return False
        elif not all(r.pos == "ign" for r in doc.readings[a]):
            # a word the dictionary knows: a firm only as a capitalised common noun after an investor's verb
            if not (self._capitalised_common_noun(doc, a) and cx.ends_at(doc, "investor_verb_before", a)):
                return False
        # "Tarvex z Radomia zainwestuje": the verb after the firm's town
        after = self._after_home_town(doc, c)
        if not (
            cx.starts_at(doc, "company_role_after", c.b)
            or cx.ends_at(doc, "company_role_before", a)
            or (
                (
                    cx.starts_at(doc, "investor_verb_after", after)
                    or cx.starts_at(doc, "agreeing_verb_after", after)
                )
                and not _after_preposition(doc, a)
            )
            or cx.ends_at(doc, "investor_verb_before", a)
            or self._firm_from_town(doc, c)
            or self._first_of_listed_subjects(doc, c)
        ):
            return False
        if any(m.type == "person" and word in m.name.split() for m in doc.mentions):
            return False
        self._mention(doc, c, "organization", word, "company")
        return True

    def _after_home_town(self, doc: Doc, c: Chunk) -> int:
        """The token after a firm's home town right after its name ("z Radomia", "ze Stalowej Woli": "z" and up to
        three capitalised words, the last a place in the genitive), else the token after the name. Only for a name
        that opens its clause (no noun before it: "przedsiębiorca Nowak z Radomia", "Piłkarz Nowak z Radomia" name
        a person) and is no surname of a person named before ("Jan Nowak … Nowak z Radomia")."""
        toks, a, b = doc.tokens, c.a, c.b
        if b + 1 >= len(toks) or toks[b].lower not in self.w.origin_preposition:
            return b
        opens = (
            a == doc.sent_span[doc.sent_of[a]][0]
            or not toks[a - 1].is_word
            or toks[a - 1].lower in self.w.conjunction
        )
        if not opens or any(toks[k].text == toks[a].text and _given_name(doc, k - 1) for k in range(1, a)):
            return b
        k = b + 1
        while k < len(toks) and k < b + 4 and toks[k].is_cap and toks[k].is_word:
            k += 1
        if k == b + 1 or not any(r.geo and "gen" in r.cases for r in doc.readings[k - 1]):
            return b
        return k

    def _first_of_listed_subjects(self, doc: Doc, c: Chunk) -> bool:
        """ "Na targach wystawiały się Hydrotek i Polwat": a lone unknown word right after a plural past-tense verb
        that agrees with no person, and a list going on after it: the first of the verb's subjects, a firm (the
        ones after it join it as items of the list)."""
        toks, b = doc.tokens, c.b
        if b + 1 >= len(toks) or not (toks[b].text == "," or toks[b].lower in self.w.conjunction):
            return False
        if not toks[b + 1].is_cap or not all(r.pos == "ign" for r in doc.readings[c.a]):
            return False
        return self.cx.ends_at(doc, "listed_subjects_verb", c.a)

    def _capitalised_common_noun(self, doc: Doc, a: int) -> bool:
        """ "Zezwolenie otrzymał Plastomer": a word capitalised inside a sentence written in lower case that the
        dictionary reads only as a common noun (no name, no place), of no organisation's kind nor a contract's party ("Gmina", "Inwestor"):
        after a verb of taking or receiving it is a brand, the name of a firm."""
        rs, toks = doc.readings[a], doc.tokens
        if not rs or a == 0 or toks[a - 1].is_cap or not toks[a - 1].is_word:
            return False  # a sentence's first word, or a headline in title case
        if not all(r.pos in NOMINAL and not r.proper and not r.geo for r in rs):
            return False
        lex, lemmas = self.lex, doc.lemmas(a)
        return not (
            lemmas & self.w.party_noun
            or any(lem in lex.org_heads or lem in lex.descriptors for lem in lemmas)
        )

    def _firm_from_town(self, doc: Doc, c: Chunk) -> bool:
        """ "Ekobud z Puław, Lubtex z Radomia": a lone unknown word with its home town in the genitive, an item of
        a list (a comma or a conjunction before the word or after the town), is a firm."""
        toks, a, t = doc.tokens, c.a, c.b + 1
        if t >= len(toks) or toks[c.b].lower not in self.w.origin_preposition or not toks[t].is_cap:
            return False
        if not any(r.geo and "gen" in r.cases for r in doc.readings[t]):
            return False
        listed = {","} | self.w.conjunction
        return (a > 0 and toks[a - 1].lower in listed) or (t + 1 < len(toks) and toks[t + 1].lower in listed)

    def _brand_before_role(self, doc: Doc, c: Chunk) -> bool:
        """ "Zielona Spiżarnia, producent mrożonek, …": a capitalised adjective and the noun it agrees with in the
        nominative, then a comma and a firm's own noun in apposition (pattern company_role_after, a lemma of
        complement_company_noun: "producent", "dostawca"; no "lider", which a product or a town also is): a
        brand of ordinary words. Not a place ("Zielona Góra, lider …"), a person nor a name with a head."""
        toks, a = doc.tokens, c.a
        if c.size != 2 or c.head is not None or not all(t.is_cap and t.is_word for t in toks[a : c.b]):
            return False
        if not self.cx.starts_at(doc, "company_role_after", c.b) or c.b + 1 >= len(toks):
            return False
        if toks[c.b].text != "," or not doc.lemmas(c.b + 1) & self.w.complement_company_noun:
            return False  # "Leśny Kwiat, lider rynku mydeł": a leader may be a product, a town or an event
        if any(r.pos == "ign" for i in (a, a + 1) for r in doc.readings[i]):
            return False  # a place the whole chunk names took the chunk before (`_known_place`)
        if not (is_adj(doc, a) and any("nom" in r.cases for r in doc.readings[a + 1] if r.pos in NOMINAL)):
            return False
        if not agree(doc, a, a + 1) or common_genitive(doc, a + 1):
            return False
        self._mention(doc, c, "organization", surface(doc, a, c.b), "company")
        return True

    def _unknown_words_company(self, doc: Doc, c: Chunk) -> bool:
        """Several words the dictionary does not know (or acronyms): a company's name."""
        toks = doc.tokens
        if c.size < 2 or not all(
            any(r.pos == "ign" for r in doc.readings[i]) or is_acronym(toks[i].text)
            for i in range(c.a, c.b)
            if toks[i].is_word
        ):
            return False
        if c.size == 2 and self._foreign_person(doc, c):
            self._person(doc, c.a, c.b, c.s)
            return True
        self._mention(doc, c, "organization", surface(doc, c.a, c.b), "company")
        return True

    def _foreign_person(self, doc: Doc, c: Chunk) -> bool:
        """Two capitalised words the dictionary does not know, neither in capitals, with a verb before or after
        them that only a person does ("powiedział Ravi Tandukar", "Arvo Kettunen spotkał się"), or one a firm does
        too right after a quote's dash ("– podkreślił Ravi Tandukar"): a foreign person (speaker_verbs.tsv)."""
        toks = doc.tokens
        if any(toks[i].is_upper or not toks[i].text[1:].islower() for i in range(c.a, c.b)):
            return False
        return self.cx.ends_at(doc, "speaker_verb_before", c.a) or self.cx.starts_at(
            doc, "speaker_verb_after", c.b
        )


def _compound(word: str) -> bool:
    """ "Agro-Mix", "Hydro-Tech": two capitalised parts of letters joined by a hyphen, a firm's name as well as a
    plain unknown word is (a town so written the gazetteer takes before: "Bielsko-Biała")."""
    parts = word.split("-")
    return len(parts) == 2 and all(
        len(p) >= 2 and p.isalpha() and p[0].isupper() and p[1:].islower() for p in parts
    )


def _after_preposition(doc: Doc, a: int) -> bool:
    """The word at a follows a preposition: an oblique case, no verb's subject ("umowy z Gorvikiem podpisały
    gminy")."""
    return a > 0 and doc.tokens[a - 1].is_word and doc.is_preposition(a - 1)


def _plural_common_noun(doc: Doc, i: int) -> bool:
    """The dictionary reads the word at i as a common noun in the nominative plural ("Czesi", "Amerykanie"), and
    knows it (no unknown reading): a group, no firm's name."""
    rs = doc.readings[i]
    return all(r.pos != "ign" for r in rs) and any(
        r.pos == "subst" and not r.proper and "pl" in r.numbers and "nom" in r.cases for r in rs
    )  # in the nominative: "Ekobud" reads as a genitive plural of a guessed "ekobuda" too


def _given_name(doc: Doc, k: int) -> bool:
    """A capitalised word at k that may be a person's given name: a first name of the lexicon, or a word the
    dictionary does not know or knows only as a proper name ("Pavel Novák"), no common noun ("Firma Novák")."""
    t = doc.tokens[k]
    if not (t.is_cap and t.is_word):
        return False
    return is_first_name(doc, k) or all(r.pos == "ign" or r.proper for r in doc.readings[k])
