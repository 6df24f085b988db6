"""Organisation names: subtype by head noun, base form (quotes dropped, units of administration with their
undeclined names, legal forms in their base form), descriptors before a name, shared heads of a list."""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from kooperacja.extract.baseform import nominative, nominative_ex, restore_case
from kooperacja.extract.doc import Doc, Mention
from kooperacja.extract.gazetteer import token_keys
from kooperacja.extract.name_shape import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    agree,
    common_genitive,
    gap_before,
    head_lemma,
    is_acronym,
    is_adj,
    is_cap,
    is_first_name,
    line_break_before,
)
from kooperacja.text.morphology import ADJECTIVAL, NOMINAL
from kooperacja.text.tokens import DASHES, is_bullet, is_ordinal_marker

_LEMMA = attrgetter("lemma")
# the patterns of a noun whose quoted name is that thing's, no firm's, right before the quote (name_context.tsv)
_THING_BEFORE_QUOTE = ("brand_before", "product_before", "thing_before", "project_before", "titled_thing")


class OrgNames:
    """Builds organisation mentions; part of `NameFinder`."""

    def _office_title(self, doc: Doc, t: int, a: int, b: int) -> bool:
        """ "Starosta Powiatu Polnego" with no person after it names the office itself."""
        if not any(r.lemma.lower() in self.w.office_title for r in doc.readings[t]):
            return False
        if any(is_first_name(doc, k) for k in range(a, b)) or not head_lemma(doc, a, self.lex):
            return False
        nxt = b
        if nxt < len(doc.tokens) and is_cap(doc, nxt):
            return False
        head = head_lemma(doc, a, self.lex) or ""
        if head not in self.w.office_unit or b - a < 2:
            return False
        toks = doc.tokens
        # "Wójt Gminy Borowo": the commune is the organisation, the title is a person's role
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

    def _distributive(self, doc: Doc, h: int, b: int, s: int, head: str, subtype: str) -> bool:
        """ "Akademie Leśna, Polna i Morska": one head shared by a list of adjectives names one
        organisation per adjective."""
        toks = doc.tokens
        adjs = list(range(h + 1, b, 2))
        seps = list(range(h + 2, b, 2))
        if len(adjs) < 2 or (b - h) % 2 != 0:
            return False
        if not all(is_adj(doc, i) and toks[i].is_cap for i in adjs):
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

    def _unit_list(self, doc: Doc, a: int, b: int, s: int) -> bool:
        """ "Gmin Borowo, Lasowice i Polana", "Samorządów Gmin Borowo i Lasowice": a unit's head in the plural
        shared by a list of names names one unit per name ("Gmina Borowo", "Gmina Lasowice", …), at a
        sentence's start too (annotation.md: a formal unit's name is an organisation in any position)."""
        toks = doc.tokens
        k = a + 1 if b - a > 3 and doc.lemmas(a) & self.w.unit_body else a
        units = [r for r in doc.readings[k] if r.lemma.lower() in self.w.office_unit and "pl" in r.numbers]
        if not units or b - k < 4:
            return False
        items: list[tuple[int, int]] = []
        start = k + 1
        for i in range(k + 1, b + 1):
            if i == b or toks[i].text == "," or toks[i].lower in self.w.conjunction:
                if not (0 < i - start <= 3):
                    return False
                items.append((start, i))
                start = i + 1
        if len(items) < 2 or any(
            not toks[i].is_cap or head_lemma(doc, i, self.lex) for i0, i1 in items for i in range(i0, i1)
        ):
            return False
        lemma = units[0].lemma.lower()
        case = next((c for c in ("gen", "loc", "inst", "dat", "acc", "nom") if c in units[0].cases), "gen")
        head = restore_case(toks[k].text, lemma)
        subtype = self.lex.org_heads[lemma][0] if lemma in self.lex.org_heads else None
        for n, (i0, i1) in enumerate(items):
            words = [
                toks[i].text
                if i > i0
                and _nominative_adjective(doc, i)  # "Lipnica Wielka": the name's adjective as written
                else self._name_base(toks[i].text, doc.readings[i], case) or toks[i].text
                for i in range(i0, i1)
            ]
            t0 = a if n == 0 else i0
            self._add(
                doc,
                Mention(
                    toks[t0].start,
                    toks[i1 - 1].end,
                    t0,
                    i1,
                    "organization",
                    f"{head} {' '.join(words)}",
                    subtype,
                    s,
                    head=lemma,
                ),
            )
        return True

    def _adjectives_before_abbreviation(self, doc: Doc, a: int, b: int) -> str:
        """ "Leśnej SSE" → "Leśna SSE": adjectives before a feminine abbreviation in the nominative."""
        out = []
        for i in range(a, b):
            adj = [r for r in doc.readings[i] if r.pos == "adj" and "f" in r.genders and "sg" in r.numbers]
            form = self.morph.inflect(adj[0].lemma, "adj", "sg", "nom", "f") if adj else None
            out.append(restore_case(doc.tokens[i].text, form) if form else doc.tokens[i].text)
        return " ".join(out)

    def _after_org_title(self, doc: Doc, a: int) -> bool:
        """ "wiceprezes Alfatechu": an unknown word after the title of a company officer names the company."""
        if is_acronym(doc.tokens[a].text):
            return False
        unknown = any(r.pos == "ign" for r in doc.readings[a])
        if not (unknown or self._brand_noun(doc, a)):
            return False
        if self.cx.ends_at(doc, "company_officer", a):  # pattern `company_officer`
            # after a word continuing the title only where the officer is named apart, by a full name after it
            # ("Dyrektor Generalny Betamax Jan Kos") or before it and a comma ("Jan Kos, dyrektor operacyjny
            # Betamax"): "dodaje dyrektor operacyjny Kjellberg" is the officer himself
            if not (a > 0 and doc.lemmas(a - 1) & self.w.title_complement):
                return True
            toks = doc.tokens
            if a + 2 < len(toks) and is_first_name(doc, a + 1) and is_cap(doc, a + 2):
                return True
            return (
                a >= 4 and toks[a - 3].text == "," and is_cap(doc, a - 4) and toks[a - 4].text != toks[a].text
            )
        return unknown and self.cx.ends_at(doc, "company_owner", a)  # "zarząd Kormexu", "inwestycja Kormexu"

    def _brand_noun(self, doc: Doc, a: int) -> str | None:
        """ "wiceprezes Boeinga": a capitalised word the dictionary knows only as a common noun in the genitive
        (a product named after its maker) and no organisation head, board or title: the maker's name."""
        rs = doc.readings[a]
        if not rs or not all(r.pos == "subst" and not r.proper and r.lemma.islower() for r in rs):
            return None
        if not all("gen" in r.cases for r in rs):
            return None
        lemma = rs[0].lemma
        if lemma in self.lex.org_heads or lemma in self.lex.titles or doc.lemmas(a) & self.w.board_head:
            return None
        return restore_case(doc.tokens[a].text, lemma)

    def _plural_generic(self, doc: Doc, a: int, b: int, h: int) -> bool:
        """ "Specjalne Strefy Ekonomiczne": a plural phrase of common words names a kind, not an organisation."""
        _name, _case, number = nominative_ex(doc, a, b, h)
        if number != "pl":
            return False
        for i in range(a, b):
            rs = doc.readings[i]
            if any(r.pos == "ign" for r in rs) or (i != h and any(r.proper for r in rs)):
                return False  # the head is the common noun whatever names it also spells ("Izb" of "Izby")
            if i > h and not is_adj(doc, i) and _no_case_of(doc, i, h):
                return (
                    False  # "Zakłady Chemiczne Wistom": a noun in no genitive and in none of the head's cases
                )
        return True

    def _descriptor(self, doc: Doc, a: int) -> tuple[str, str] | None:
        """The lower-case noun right before the name at token a ("spółka", "klaster") with its subtype. The chunker,
        the person finder and the classifier ask it in turn for one chunk: the last answer is kept, for its
        document, token and number of mentions (the mentions found so far are all it reads besides the tokens)."""
        memo = self._descriptor_memo
        if memo is not None and memo[0] is doc and memo[1] == a and memo[2] == len(doc.mentions):
            return memo[3]
        found = self._find_descriptor(doc, a)
        self._descriptor_memo = (doc, a, len(doc.mentions), found)
        return found

    _descriptor_memo: tuple[Doc, int, int, tuple[str, str] | None] | None = None

    @staticmethod
    def _kind_genitive(doc: Doc, d: int, a: int) -> bool:
        """ "fabryka mebli Dąbek", "sieć sklepów Promyk": a plural genitive of what a plant makes or a chain sells
        between the kind's noun and a name; not before an acronym or an organisation named earlier, which own the
        kind ("sieci konsultantów KSSE": the zone's network), nor before a word in the genitive, whose the shops
        are: a place ("sieć sklepów Europy Zachodniej") or a word the dictionary reads in the genitive and never in
        the nominative ("sieci sklepów Dolnego Śląska"); a name in apposition reads in the nominative."""
        word = doc.tokens[a].text
        if not common_genitive(doc, d, plural_only=True) or doc.tokens[a].is_upper:
            return False
        rs = doc.readings[a]
        if any(r.geo and "gen" in r.cases for r in rs) or (
            any("gen" in r.cases for r in rs) and not any("nom" in r.cases or r.pos == "ign" for r in rs)
        ):
            return False
        return not any(m.type == "organization" and m.name.split()[0] == word for m in doc.mentions)

    def _find_descriptor(self, doc: Doc, a: int) -> tuple[str, str] | None:
        if a == 0:
            return None
        toks = doc.tokens
        prev = toks[a - 1]
        if prev.text in OPEN_QUOTES:
            return self._descriptor_before_quote(doc, a)
        if (
            (prev.text in self.w.conjunction or prev.text == ",")
            and doc.mentions
            and (
                not is_first_name(doc, a)
                or (a + 1 < len(toks) and toks[a + 1].text in self.lex.foreign_org_words)
            )
        ):
            last, end = doc.mentions[-1], a - 1
            if end > 0 and toks[end - 1].text == ")":
                # "spółki Tolmex (inwestycja 18 mln zł) i Urbis Glass": a remark in brackets after the item
                k = end - 2
                while k > last.t1 and toks[k].text != "(" and end - k < 12:
                    k -= 1
                end = k if toks[k].text == "(" else end
            if last.t1 == end and last.descriptor:
                return last.descriptor, last.subtype or "company"
        if not prev.is_word or prev.is_cap:
            return None
        descriptors = self.lex.descriptors
        d = a - 1
        if descriptors.keys().isdisjoint(map(_LEMMA, doc.readings[d])):
            # "firma budowlana Hartbud", "koncernu paliwowego Norvena": one adjective between the noun and the name;
            # "fabryka mebli Dąbek", "sieci sklepów Promyk": or one common noun in the plural genitive (what it makes)
            if a < 2 or descriptors.keys().isdisjoint(map(_LEMMA, doc.readings[a - 2])):
                # no reading's lemma is a descriptor (most words): only a longer complement may lead to one
                return self._descriptor_before_long_complement(doc, a) if prev.text.islower() else None
            # the noun in lower case, or opening the sentence ("Firma budowlana Hartbud")
            opening = toks[a - 2].text.islower() or doc.sent_span[doc.sent_of[a]][0] == a - 2
            if not (
                prev.text.islower()
                and opening
                and (_only_adjective(doc, d) or self._kind_genitive(doc, d, a))
            ):
                return None
            rs = doc.readings[a]
            if any(r.geo for r in rs) and (
                _only_adjective(doc, d) or all(r.geo or "gen" in r.cases for r in rs)
            ):
                return None  # "w strefie przygranicznej Polski i Litwy", "fabryka mebli Kielce": a place
            if any(is_first_name(doc, k) and is_cap(doc, k + 1) for k in range(a, min(a + 3, len(toks) - 1))):
                return None  # "na portalu społecznościowym Twitter Olaf Brenn": a person's name follows
            d = a - 2
            if _only_adjective(doc, d + 1) and not agree(doc, d + 1, d):
                return None
        if gap_before(doc, a) != " ":
            return None
        if d >= 1 and (
            (
                self._title_lemma(doc, d - 1)
                and (is_first_name(doc, a) or (a + 2 <= len(doc.tokens) and self._person_shaped(doc, a)))
            )
            or (is_first_name(doc, a) and self._title_before_genitives(doc, d))
        ):
            return None  # "prezes spółki Olaf Brenn", "dyrektor oddziału agencji Olaf Brenn": an unnamed body's officer
        return self._descriptor_at(doc, d)

    def _descriptor_before_long_complement(self, doc: Doc, a: int) -> tuple[str, str] | None:
        """ "producent okien drewnianych Okna Wiślane", "firma z branży meblarskiej Dębowy Kąt": a firm's noun, then
        two to five words in lower case of what it makes or where it is from (adjectives, nouns in the genitive, "z"),
        then the name in apposition: a word in the nominative or one the dictionary does not know, no place in the
        genitive nor a lone town's name ("zakład produkcji mebli biurowych Kielce"), no person ("prezes firmy z
        branży budowlanej Olaf Brenn")."""
        toks = doc.tokens
        rs = doc.readings[a]
        if gap_before(doc, a) != " " or is_first_name(doc, a) or toks[a].is_upper:
            return None
        if not any(r.pos == "ign" or (r.pos in NOMINAL and "nom" in r.cases and not r.geo) for r in rs):
            return None
        if any(r.geo for r in rs) and not (a + 1 < len(toks) and toks[a + 1].is_cap):
            return (
                None  # "zakład produkcji mebli biurowych Kielce": a lone word that names a town is the town
            )
        if toks[a - 1].lower in self.w.origin_preposition:
            return None  # "dostawców rudy z Ameryki Południowej": the preposition governs the name, a place
        s0 = doc.sent_span[doc.sent_of[a]][0]
        for d in range(a - 1, max(s0 - 1, a - 7), -1):
            t = toks[d]
            if not (t.is_word and (t.text.islower() or d == s0)) or t.lower in self.w.list_intro:
                return None  # "firmy takie jak Dębowy Kąt": a list's opener, no complement
            found = self._descriptor_at(doc, d) if d < a - 2 else None
            if found and not (doc.lemmas(d) & self.w.complement_company_noun):
                return (
                    None  # "sieci dróg szybkiego ruchu Via Baltica": a network's, a group's or a body's noun
                )
            if found:
                if d >= 1 and self._title_before_genitives(doc, d):
                    return None  # "prezes firmy z branży IT Borowiak": an officer of an unnamed firm
                return None if self._town_of_more_words(doc, a) else found
            if not self._complement_word(doc, d):
                return None
        return None

    def _town_of_more_words(self, doc: Doc, a: int) -> bool:
        """Two or three capitalised words from token a that the gazetteer knows as one place ("dla producenta okien
        drewnianych Nowy Targ okazał się …": a town of more words, no firm's name); asked only once a firm's noun
        is found before them."""
        toks = doc.tokens
        for n in (2, 3):
            if a + n <= len(toks) and all(t.is_cap and t.is_word for t in toks[a : a + n]):
                if self.gaz.lookup([token_keys(toks[i].text, doc.readings[i]) for i in range(a, a + n)]):
                    return True
        return False

    def _complement_word(self, doc: Doc, d: int) -> bool:
        """A word of the lower-case complement between a firm's noun and its name: "z" (`origin_preposition`), an
        adjective or a noun in the genitive ("producent okien drewnianych", "firma z branży meblarskiej")."""
        return (
            doc.tokens[d].lower in self.w.origin_preposition
            or is_adj(doc, d)
            or any(r.pos in NOMINAL and "gen" in r.cases for r in doc.readings[d])
        )

    def _title_before_genitives(self, doc: Doc, d: int) -> bool:
        """An officer's title right before the descriptor at token d, or before a short chain of words in lower case
        that complement it ("prezes spółki", "dyrektor mieleckiego oddziału agencji", "prezes zarządu spółki"); after
        such a chain only a known first name opens a person ("przedstawicieli niemieckiej firmy Holzbau Weber")."""
        toks = doc.tokens
        for k in range(d - 1, max(-1, d - 5), -1):
            if self._title_lemma(doc, k):
                return True
            if not (toks[k].is_word and toks[k].text.islower()) or not any(
                "gen" in r.cases for r in doc.readings[k]
            ):
                return False  # only genitives complement the title ("dyrektor oddziału"), no verb nor preposition
        return False

    def _descriptor_before_quote(self, doc: Doc, a: int) -> tuple[str, str] | None:
        """ "firma „Stolbud”", "Spółdzielnia „Rolmlecz”" (opening a sentence): the noun right before the quote that
        opens the name, in lower case or opening the sentence."""
        d = a - 2
        if d < 0 or gap_before(doc, a) or not doc.tokens[d].is_word:
            return None
        s0 = doc.sent_span[doc.sent_of[a]][0]
        if not (doc.tokens[d].text.islower() or s0 == d):
            return None
        return self._descriptor_at(doc, d) or self._descriptor_before_complement(doc, d, s0)

    def _descriptor_before_complement(self, doc: Doc, k: int, s0: int) -> tuple[str, str] | None:
        """ "producent mebli „Dębowy Kąt”", "firma z branży meblarskiej „Dębowy Kąt”": the noun of a firm before a
        short complement of the goods it makes in the plural genitive or of its trade (`_made_goods_or_trade`),
        then the quote that opens the name. Not where the word right before the quote is the noun of a
        brand, a product, a project or a prize (its own patterns), which the quoted name is."""
        if any(self.cx.ends_at(doc, p, k + 1) for p in _THING_BEFORE_QUOTE) or self.cx.ends_at(
            doc, "prize_quoted", k + 2
        ):
            return None
        toks = doc.tokens
        for d in range(k - 1, max(s0 - 1, k - 5), -1):
            t = toks[d]
            if not (t.is_word and (t.text.islower() or d == s0)):
                return None
            found = self._descriptor_at(doc, d)
            if found:
                return found if self._made_goods_or_trade(doc, d + 1, k + 1) else None
            if not self._complement_word(doc, d):
                return None
        return None

    def _made_goods_or_trade(self, doc: Doc, a: int, b: int) -> bool:
        """The complement between a firm's noun and its quoted name, tokens a to b: what it makes in the plural
        genitive ("producent mebli", "okien drewnianych") or its trade ("z branży meblarskiej"); not one thing
        ("deweloper osiedla „X”", "producent gry „X”", "samochodu elektrycznego „X”"), whose name the quote is."""
        toks = doc.tokens
        if (
            b - a >= 2
            and toks[a].lower in self.w.origin_preposition
            and doc.lemmas(a + 1) & self.w.trade_noun
        ):
            return all(is_adj(doc, i) for i in range(a + 2, b))
        return all(
            any(
                (r.pos in NOMINAL or r.pos in ADJECTIVAL) and "gen" in r.cases and "pl" in r.numbers
                for r in rs
            )
            for rs in doc.readings[a:b]
        )

    def _descriptor_at(self, doc: Doc, d: int) -> tuple[str, str] | None:
        """The descriptor (lemma, subtype) that a noun's reading at token d names ("firma", "spółdzielnia"), if any."""
        descriptors = self.lex.descriptors
        for r in doc.readings[d]:
            if r.pos in NOMINAL and r.lemma in descriptors:
                return r.lemma, descriptors[r.lemma]
        return None

    def _org_subtype(self, doc: Doc, head: str, h: int, b: int, a: int | None = None) -> str:
        """The subtype that the head gives, refined by a word of the name (data/<lang>/org_head_rules.tsv): the
        words after the head, and from `a` on those before it too ("Europejski Bank Inwestycyjny")."""
        rules = self._head_rules.get(head)
        if rules:  # only heads with refinements (data/<lang>/org_head_rules.tsv) read the words of the name
            lemmas: set[str] = set()
            for i in range(h + 1 if a is None else a, b):
                if i == h:
                    continue
                lemmas.update(doc.lemmas(i))
                lemmas.add(doc.tokens[i].lower)
            for word, subtype in rules:
                if word in lemmas:
                    return subtype
        return self.lex.org_heads[head][0]

    def _org_name(self, doc: Doc, a: int, b: int, h: int) -> tuple[str, str | None]:
        toks = doc.tokens
        # quotes inside the name are dropped: Park Przemysłowy „Alfa-Tech" → … Alfa-Tech
        parts: list[tuple[int, int]] = []
        start = a
        for i in range(a, b):
            if toks[i].text in OPEN_QUOTES or toks[i].text in CLOSE_QUOTES:
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
        """ "Gminy Zielona Łąka", "Miasta Borowa-Lisowa": the head of a commune or town goes to the
        nominative and the proper name after it keeps its form where it is a nominative (an undeclined
        name), else takes its own base form."""
        toks = doc.tokens
        if h != a or b - h < 2 or not (doc.lemmas(h) & self._unit_heads):
            return None
        if not all(toks[i].is_word and toks[i].is_cap for i in range(h + 1, b)):
            return None
        if any(gap_before(doc, i) != " " for i in range(h + 1, b)):
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
            if b - h == 2:
                word = self._town_in_case(doc.readings[i], case) or word
            words.append(word)
        return " ".join(words)

    def _town_in_case(self, readings: tuple, case: str) -> str | None:
        """ "Miasta Głogowa": a word that reads as the nominative of one name and as the head's case of a town
        the gazetteer knows, and knows as larger, is that town declined ("Głogów", not a village "Głogowa")."""
        gaz = self.gaz
        nom = [r for r in readings if r.proper and r.pos in NOMINAL and "nom" in r.cases]
        # only a place's reading is a town declined (not a surname's, "Sulejów" of "Suleja")
        oblique = [r for r in readings if r.geo and r.pos in NOMINAL and case in r.cases and r not in nom]
        if not nom or not oblique:
            return None

        def size(lemma: str) -> int:
            place = gaz.lookup([{lemma.lower()}])
            return place.population if place is not None and place.kind == "city" else -1

        best = max(oblique, key=lambda r: size(r.lemma))
        if size(best.lemma) > max(size(r.lemma) for r in nom):
            return best.lemma
        return None

    def _name_base(self, text: str, readings: tuple, case: str) -> str | None:
        """Base form of one proper name after a unit's head: as written when it can be a nominative
        singular (or a plural-only name), else the shortest proper lemma in the head's case; a hyphenated
        name part by part. None when the word is an adjective that needs agreement."""
        if any(
            r.pos in NOMINAL
            and "nom" in r.cases
            and ("sg" in r.numbers or any(f":{t}" in r.tag for t in self.tags.plural_only))
            for r in readings
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

    def _unknown_company(self, doc: Doc, i: int) -> bool:
        """A capitalised word the dictionary does not know that opens a list item, where no gazetteer or name list
        claims it: a company or brand named with a description ("- Betamax – producent opakowań"), a ranking's row
        with its amount ("Betamax – 120 mln zł", a line of its own), or a numbered or bulleted item alone on its line
        beside another such item ("1. Betamax" / "2. Alfatech")."""
        toks = doc.tokens
        tok = toks[i]
        if len(tok.text) < 4 or not tok.text[1:].islower() or "-" in tok.text:
            return False
        if any(r.pos != "ign" for r in doc.readings[i]):
            return False
        dash_after = i + 1 < len(toks) and toks[i + 1].text in DASHES
        marker = _item_marker(doc, i)
        if marker == "bullet" and dash_after:
            return True
        if marker in ("bullet", "number"):
            return _alone_beside_item(doc, i) and not _noun_in_block(doc, i, marker)
        # a ranking's row: the line opens with the word, a dash and an amount of money follow ("Betamax – 120 mln
        # zł"), and no row beside it opens with a noun of the language ("Przychody – 310 mln zł": a list of metrics)
        return (
            marker == "line"
            and _row_shape(doc, i)
            and self._money_after(doc, i + 2)
            and not _noun_in_block(doc, i, "row")
        )

    def _money_after(self, doc: Doc, i: int) -> bool:
        """The number at i is an amount of money or of millions: a multiplier or a currency (`_amount_words`)
        follows it on its line ("120 mln zł"; not "1240 szt.")."""
        toks = doc.tokens
        for k in range(i + 1, min(i + 5, len(toks))):
            if line_break_before(doc, k):
                return False
            if toks[k].lower in self._amount_words:
                return True
        return False


def _row_shape(doc: Doc, i: int) -> bool:
    """The word at i opens its line, a dash and a number follow it on the line ("Betamax – 120 mln zł")."""
    toks = doc.tokens
    return (
        line_break_before(doc, i)
        and i + 2 < len(toks)
        and toks[i + 1].text in DASHES
        and toks[i + 2].text[:1].isdigit()
        and not line_break_before(doc, i + 1)
        and not line_break_before(doc, i + 2)
    )


def _noun_in_block(doc: Doc, i: int, shape: str) -> bool:
    """A line next to i's, in the run of lines of the same shape as i's (a ranking's "row", or a "bullet" or
    "number" item alone on its line), opens with a word the dictionary reads as a common noun in the nominative or a proper noun ("Przychody",
    "Corolla", "Interreg"; not "Razem", a total, nor "Ekobud", read as a genitive only): the list names metrics,
    products or programmes, no firms."""
    toks, text = doc.tokens, doc.text
    starts = [t.start for t in toks]
    skip = {"row": 0, "bullet": 1, "number": 2}[shape]
    for step in (-1, 1):
        pos = toks[i].start
        while True:
            line_start = text.rfind("\n", 0, pos) + 1
            if step < 0:
                if line_start == 0:
                    break
                pos = line_start - 1
                line_start = text.rfind("\n", 0, pos) + 1
            else:
                nxt = text.find("\n", pos)
                if nxt < 0:
                    break
                pos = line_start = nxt + 1
            k = bisect_left(starts, line_start) + skip
            if k >= len(toks) or not toks[k].is_cap or "\n" in text[line_start : toks[k].start]:
                break  # (an empty line ends the block: its next token is on another line, and the walk stood still)
            same = (
                _row_shape(doc, k)
                if shape == "row"
                else _item_marker(doc, k) == shape and (k + 1 == len(toks) or line_break_before(doc, k + 1))
            )
            if not same:
                break
            if any(r.pos == "subst" and (r.proper or "nom" in r.cases) for r in doc.readings[k]):
                return True
            pos = toks[k].start
    return False


def _item_marker(doc: Doc, i: int) -> str | None:
    """What opens the list item whose first word is token i: "bullet" (a dash, dot or star at the line's start),
    "number" ("1." or "1)" at the line's start), "line" (the word opens the line), or None."""
    toks = doc.tokens
    if i > 0 and is_bullet(toks[i - 1].text, dialogue=True) and line_break_before(doc, i - 1):
        return "bullet"
    if i > 1 and is_ordinal_marker(toks[i - 2].text, toks[i - 1].text) and line_break_before(doc, i - 2):
        return "number"
    return "line" if line_break_before(doc, i) else None


def _alone_beside_item(doc: Doc, i: int) -> bool:
    """The word at i ends its line, and the line before or after is an item of the same shape: a marker, then one
    capitalised word alone."""
    toks = doc.tokens
    if i + 1 < len(toks) and not line_break_before(doc, i + 1):
        return False
    marker = _item_marker(doc, i)
    start = i - (1 if marker == "bullet" else 2)
    for k in (start - 1, i + 1):  # the last token of the line before, the first of the line after
        if not 0 <= k < len(toks):
            continue
        if k < i:
            if toks[k].is_cap and _item_marker(doc, k) == marker and line_break_before(doc, k + 1):
                return True
        else:
            word = k + (1 if marker == "bullet" else 2)
            if (
                word < len(toks)
                and toks[word].is_cap
                and _item_marker(doc, word) == marker
                and (word + 1 == len(toks) or line_break_before(doc, word + 1))
            ):
                return True
    return False


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


def _nominative_adjective(doc: Doc, i: int) -> bool:
    """The word at i reads as an adjective in the nominative singular ("Wielka" of "Lipnica Wielka")."""
    return any(r.pos in ADJECTIVAL and "nom" in r.cases and "sg" in r.numbers for r in doc.readings[i])


def _only_adjective(doc: Doc, i: int) -> bool:
    """Every reading of the word at i is an adjective ("budowlana"), none a noun or a verb."""
    rs = doc.readings[i]
    return bool(rs) and all(r.pos == "adj" for r in rs)


def _no_case_of(doc: Doc, i: int, h: int) -> bool:
    """The word at i reads in no genitive and in no case and number of the head at h: no complement of it, a name
    ("Zakłady Chemiczne Krasnal": a singular nominative after a plural head is the plant's name)."""
    forms = {(c, n) for r in doc.readings[i] if r.pos in NOMINAL for c in r.cases for n in r.numbers}
    heads = {(c, n) for r in doc.readings[h] if r.pos in NOMINAL for c in r.cases for n in r.numbers}
    return all(c != "gen" for c, _n in forms) and forms.isdisjoint(heads)
