"""People's names: a chunk is cut where a first name and a surname-like word start a person; the person's name
goes to the nominative (the first name's reading sets case and gender, unknown surnames by their endings)."""

from __future__ import annotations

from operator import attrgetter

from kooperacja.extract.baseform import restore_case
from kooperacja.extract.cues import cues, endings, strip_ending
from kooperacja.extract.doc import Doc, Mention
from kooperacja.extract.gazetteer import gazetteer, token_keys
from kooperacja.extract.lexicon import lexicon
from kooperacja.extract.name_shape import (
    NO_PATRONS,
    first_name_nominative,
    gap_before,
    head_lemma,
    is_acronym,
    is_first_name,
    speaker_tag_end,
)
from kooperacja.text.morphology import ADJECTIVAL, CASES, NOMINAL, morphology

_FIRST_NAME = attrgetter("first_name")


class PersonNames:
    """Cuts persons out of chunks; part of `NameFinder`."""

    def _segment(self, doc: Doc, a: int, b: int, s: int) -> None:
        toks, lex = doc.tokens, self.lex
        title, start, titles = None, a, lex.titles
        while a < b and (
            toks[a].text in lex.strip_titles
            or (not titles.isdisjoint(doc.lemmas(a)) and self._title_lemma(doc, a))  # the set test first
        ):
            if toks[a].text not in lex.strip_titles:
                title = a
            a += 1
            if a < b and toks[a].text == ".":
                a += 1
            while (
                title == a - 1
                and a + 1 < b
                and doc.lemmas(a) & self.w.title_complement
                and not is_first_name(doc, a + 1)
            ):
                a += 1  # "Prezes Zarządu Betamax", "Dyrektor Generalny Betamax"
        if a >= b:
            return
        if title is not None and title == a - 1 and self._office_title(doc, title, a, b):
            return
        if self._descriptor(doc, a):
            titled = (
                title is not None
                or (a >= 2 and (self._title_lemma(doc, a - 2) or self._represents(doc, a - 2)))
                or (a >= 3 and bool(doc.lemmas(a - 2) & self.w.board_head) and self._title_lemma(doc, a - 3))
            )  # "prezes firmy Norvix Olaf Brenn", "prezes zarządu spółki Norvix Olaf Brenn"
            k = self._officer_after_company(doc, a, b) if titled else None
            if k is not None:  # "prezes firmy Norvix Olaf Brenn": the company, then its officer
                self._classify(doc, a, k, s)
                return self._person(doc, k, b, s)
            if titled and b - a in (2, 3) and is_first_name(doc, a) and self._surname_like(doc, b - 1):
                return self._person(
                    doc, a, b, s
                )  # "koordynator klastra Ewa Lis": the officer of a firm named before
            return self._classify(doc, a, b, s)  # "spółka Alfa Components": a company, whatever its words
        if not self._venues.isdisjoint(doc.lemmas(a)) and any(
            r.lemma.lower() in self._venues for r in doc.readings[a] if r.pos in NOMINAL
        ):
            return self._classify(doc, a, b, s)  # "Sala Kolumnowa …": a venue, not a person
        k, readings = a, doc.readings
        while k < b:
            t = toks[k]
            if not (t.is_cap and any(map(_FIRST_NAME, readings[k])) and not t.is_upper):  # `is_first_name`
                k += 1  # most words of a chunk: no person starts there
                continue
            singular = any("sg" in r.numbers for r in readings[k] if r.first_name)
            if not (singular or _foreign_singular(doc, k)):
                k += 1  # "Gala Lwów Eksportu", "Lwy Biznesu": a first name in the plural only names no one person
                continue
            if k + 1 < b and _undeclined_after_oblique(doc, k):
                k += 1  # "Marka Kardiomax trafi do aptek": a brand, not "Marek" in the genitive
                continue
            two = k + 2 < b and is_first_name(doc, k + 1) and self._surname_like(doc, k + 2)
            if two and not _agree(doc, k, k + 1):
                k += 1  # "Gminy Stare Pole Jan Kos": "Pole" (plural of "Pola") does not agree with "Jan"
                continue
            if k + 1 < b and (two or self._surname_like(doc, k + 1)):
                if k > a and (toks[k - 1].text in self.w.patron_marker or toks[k - 1].text == "."):
                    k += 1
                    continue
                head_a = head_lemma(doc, a, lex)
                if k > a and head_a and self._patron(doc, k) and lex.org_heads[head_a][0] not in NO_PATRONS:
                    k += 2  # "Akademia Jana Lisa": a patron in the genitive is part of the name
                    continue
                p = k + 2
                while p < b and p < k + 3 and self._surname_like(doc, p) and not is_first_name(doc, p):
                    p += 1
                if k > a:
                    self._rest(doc, a, k, s, start)
                self._person(doc, k, p, s)
                a = k = p
                continue
            k += 1
        if a < b:
            self._rest(doc, a, b, s, start)

    def _rest(self, doc: Doc, a: int, b: int, s: int, start: int) -> None:
        """What a person leaves of the chunk: a title may open it again ("… Olgę Lis Marszałkowi Województwa
        Borowskiego …")."""
        if a > start and self._title_lemma(doc, a):
            self._segment(doc, a, b, s)
        else:
            self._classify(doc, a, b, s)

    def _officer_after_company(self, doc: Doc, a: int, b: int) -> int | None:
        """After a title and a company noun, a first name and one or two surname-like words closing the chunk
        name the officer, not the company ("prezes firmy Norvix Olaf Brenn"): where the person starts."""
        for k in range(a + 1, b - 1):
            if b - k > 3:
                continue
            if is_first_name(doc, k) and all(self._surname_like(doc, i) for i in range(k + 1, b)):
                return k
        return None

    def _patron(self, doc: Doc, k: int) -> bool:
        first = [r for r in doc.readings[k] if r.first_name]
        return (
            bool(first) and all("nom" not in r.cases for r in first) and any("gen" in r.cases for r in first)
        )

    def _represents(self, doc: Doc, i: int) -> bool:
        """A participle of representing ("reprezentująca spółkę Ekopak Maria Wilk": the company, then the person
        who speaks for it)."""
        verbs = self.lex.function("represents")
        return any(r.pos == "pact" and r.lemma in verbs for r in doc.readings[i])

    def _title_lemma(self, doc: Doc, i: int) -> bool:
        if self.lex.titles.isdisjoint(doc.lemmas(i)):
            return False  # no lemma of the word is a title: one set test
        return any(r.lemma.lower() in self.lex.titles for r in doc.readings[i] if r.pos in NOMINAL)

    def _surname_like(self, doc: Doc, i: int) -> bool:
        t = doc.tokens[i]
        if not t.is_word or not t.is_cap or t.is_upper or head_lemma(doc, i, self.lex):
            return False
        if t.text in self.lex.foreign_org_words:
            return False  # "firmy Agroplon i Saturn Pack": a word of a company's name closes no person's name
        if t.text in self._legal_by_first and self._legal_form(doc, i, len(doc.tokens)) is not None:
            return False  # "Norbud Elektro S.A.": a legal form closes a company's name, not a person's
        rs = doc.readings[i]
        if self._title_lemma(doc, i):
            return False
        if rs and all(r.pos in ADJECTIVAL for r in rs):
            return False  # "Nowa Hala Produkcyjna": an adjective only, no surname's reading, closes no person's name
        if any(r.geo for r in rs) and not any(r.surname or r.pos == "ign" for r in rs):
            return False
        return not doc.is_preposition(i)

    def _person_shaped(self, doc: Doc, a: int) -> bool:
        """Two capitalised words that are not names of things: "Olaf Brenn"."""
        toks = doc.tokens
        if a + 1 >= len(toks) or not (toks[a].is_cap and toks[a + 1].is_cap) or gap_before(doc, a + 1) != " ":
            return False
        words = (toks[a].text, toks[a + 1].text)
        if any(w in self.lex.foreign_org_words or is_acronym(w) for w in words):
            return False
        if any(r.geo for k in (a, a + 1) for r in doc.readings[k]) and not is_first_name(doc, a):
            return False  # "Betaplast Ukraina": a company named after a country
        end = a + 2
        return end >= len(toks) or not (toks[end].is_cap and gap_before(doc, end) == " ")

    def _titled(self, doc: Doc, a: int, b: int) -> bool:
        """A role title right before a name ("dyrektor Olaf Brenn") or after it ("Ivo Sedlák, prezes")."""
        if a > 0 and (self._title_lemma(doc, a - 1) or doc.tokens[a - 1].text in self.lex.strip_titles):
            return True
        if (
            a > 1
            and doc.tokens[a - 1].is_cap
            and doc.lemmas(a - 1) & self.w.title_complement
            and self._title_lemma(doc, a - 2)
        ):
            return True  # "Konsul Generalna Olga Brenn"
        return (
            b + 1 < len(doc.tokens)
            and doc.tokens[b].text in (",", "–", "-")
            and self._title_lemma(doc, b + 1)
        )

    def _person(self, doc: Doc, a: int, b: int, s: int) -> None:
        toks = doc.tokens
        if (
            b + 1 < len(toks)
            and toks[b].text == "/"
            and toks[b + 1].is_num
            and "\n" in doc.text[max(0, toks[a].start - 3) : toks[a].start] + "\n" * (a == 0)
        ):
            return  # "Ewa Lis / 2024-03-02 10:15": an author's byline is boilerplate
        name = person_base(doc, a, b)
        m = Mention(toks[a].start, toks[b - 1].end, a, b, "person", name, None, s)
        self._add(doc, m)


def person_base(doc: Doc, a: int, b: int) -> str:
    """A person's name in the nominative: the first name's reading sets case and gender."""
    toks, morph = doc.tokens, morphology()
    first = [r for r in doc.readings[a] if r.first_name]
    words = [toks[i].text for i in range(a, b)]
    if not first:
        return _foreign_base(doc, a, words)
    first = [
        r for r in first if "sg" in r.numbers
    ] or first  # "Marty Zając": one person, not the plural "Marty"
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
            # a surname with no form in the first name's case ("Tymoteuszem Myrda"): the first name decides
            cases = cases & {c for r in rs for c in r.cases} or cases
    if not cases or "nom" in cases:
        return " ".join(words)
    case = "gen" if "gen" in cases else sorted(cases, key=lambda c: CASES.index(c))[0]
    r0 = next(r for r in first if case in r.cases)
    gender = next(iter(r0.genders), "m1")
    out = [restore_case(words[0], r0.lemma)]
    for i in range(a + 1, b):
        rs = [r for r in doc.readings[i] if case in r.cases and (not r.genders or gender in r.genders)]
        sur = [r for r in rs if r.surname] or [r for r in rs if r.pos in ADJECTIVAL]
        if sur and "-" not in toks[i].text:
            lemma = sur[0].lemma
            if sur[0].pos in ADJECTIVAL:
                lemma = morph.inflect(lemma, "adj", "sg", "nom", gender) or lemma
            out.append(restore_case(toks[i].text, lemma))
        else:
            rules = endings(doc.lang, "name_endings").get(
                ("surname", case, "f" if gender == "f" else "m1"), ()
            )
            # "Elżbietę Puławską-Breś": each part of a double surname takes its own ending
            out.append("-".join(strip_ending(part, rules) for part in toks[i].text.split("-")))
    return " ".join(out)


# the cases whose endings a foreign man's name loses in the nominative (the locative's "-ie"/"-u" are too
# ambiguous to strip): the accusative of a person is the genitive's form
_FOREIGN_CASES = {"gen": "gen", "acc": "gen", "inst": "inst", "dat": "dat"}


def _governing_case(doc: Doc, a: int) -> str | None:
    """The one oblique case that a title before a name sets ("konsula Rolanda X", "z Prezydentem Kraju Y
    Oskarem Z", past the organisation or region it names) or the preposition right before it ("przez Radima X");
    None where the word before allows the nominative."""
    toks, titles = doc.tokens, lexicon(doc.lang).titles
    for i in range(a - 1, max(-1, a - 9), -1):
        t = toks[i]
        if not t.is_word or "\n" in doc.text[t.end : toks[i + 1].start]:
            return None
        rs = doc.readings[i]
        if i == a - 1 and any(r.pos == "prep" for r in rs):
            cases = {c for r in rs if r.pos == "prep" for c in r.cases}
        else:
            rs = [r for r in rs if r.pos in NOMINAL and r.lemma.lower() in titles]
            if not rs:
                if t.is_cap:
                    continue  # the capitalised words of what the title names
                return None
            cases = {c for r in rs if "sg" in r.numbers and "m1" in r.genders for c in r.cases}
            if not t.text[:1].islower() and not t.is_cap:
                return None
            if i > 0 and toks[i - 1].is_word and _is_title(doc, i - 1, titles):
                continue  # "Zastępca dyrektora Akira X": the title before the genitive one sets the name's case
        bases = {_FOREIGN_CASES[c] for c in cases if c in _FOREIGN_CASES}
        if "nom" in cases or "voc" in cases or len(bases) != 1 or len(cases - set(_FOREIGN_CASES)) > 0:
            return None
        return bases.pop()
    return None


def _written(doc: Doc, word: str) -> bool:
    """Whether the text writes `word` as a token of its own."""
    return any(t.text == word for t in doc.tokens)


def _foreign_base(doc: Doc, a: int, words: list[str]) -> str:
    """A name the dictionary does not know, in an oblique case that the title or preposition before it sets: a
    man's (only a man's title declines), each word losing its ending where it has one ("konsula Rolanda
    Verbeeka" → "Roland Verbeek", "z Prezesem Izby Arsenem Tkachukiem" → "Arsen Tkachuk")."""
    if not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words):
        return " ".join(words)
    case, gender = _governing_case(doc, a), "m1"
    if case is None:
        # "z prezes Jitką Novakovą": no nominative ends in "-ą" or "-ę", so a woman's instrumental or accusative
        case = next((c for c, e in (("inst", "ą"), ("acc", "ę")) if all(w.endswith(e) for w in words)), None)
        gender = "f"
    if case is None:
        return " ".join(words)
    table = endings(doc.lang, "name_endings")
    bare = tuple(
        (suffix, base)
        for suffix, base in table.get(("surname", case, gender), ())
        if len(suffix) == 1
        or not base  # "-skiego", "-ską" and their kind: Polish surnames the dictionary knows
    )
    rules = table.get(("foreign_surname", case, gender), ()) + bare  # "Malíčkem" → "Malíček" first
    if not bare or not any(words[0].endswith(suffix) for suffix, _ in rules):
        return " ".join(words)
    by_title = not (a and any(r.pos == "prep" for r in doc.readings[a - 1]))
    if by_title and all(any(w.endswith(sfx) for sfx, b in bare if len(sfx) == 1 and not b) for w in words):
        # "ambasadora Japonii Akira Tanaka": after a title (not after a preposition, which no nominative follows)
        # a foreign name is often left undeclined, so one whose every word ends in the case's one-letter ending
        # ("-a", also a nominative's) may be the nominative; it is kept as written
        return " ".join(words)
    out = [strip_ending(w, rules) for w in words]
    if len(words) > 1 and out[0] != words[0] and out[-1] == words[-1]:
        # "prezesa Sanjaya Mehty": after a given name that lost the case's ending, a surname the man's endings
        # leave alone is one in "-a", declined as a feminine noun ("Mehta"), read only where the text also writes
        # that base form: many a foreign surname ends in "-y" as written ("Gábora Nagy" is no "Naga")
        base = strip_ending(words[-1], table.get(("a_surname", case, gender), ()))
        if base != words[-1] and _written(doc, base):
            out[-1] = base
    return " ".join(out)


def _is_title(doc: Doc, i: int, titles: frozenset[str]) -> bool:
    return any(r.pos in NOMINAL and r.lemma.lower() in titles for r in doc.readings[i])


def _foreign_singular(doc: Doc, i: int) -> bool:
    """ "Marie", "Julie", "Lucie": the nominative plural of a woman's name in "-ia" has the form of the Czech,
    French or English singular of that name ("Marie Nováková", "Julie Dubois"), so it may start a person."""
    w = doc.tokens[i].text
    return w.endswith("ie") and any(
        r.first_name and "nom" in r.cases and r.lemma.endswith("ia") and r.lemma[:-1] == w[:-1]
        for r in doc.readings[i]
    )


def _first_name_forms(doc: Doc, i: int) -> set[tuple[str, str]]:
    return {(c, n) for r in doc.readings[i] if r.first_name for c in r.cases for n in r.numbers}


def _undeclined_after_oblique(doc: Doc, k: int) -> bool:
    """A man's first name only in the genitive or accusative that is also a common noun in the nominative ("Marka":
    "Marek" or the noun "marka"), before a word the dictionary does not know that ends in a consonant and so would
    take the genitive's "-a" with it ("Marka Kardiomaxa"), closing the name: the two do not agree, no person
    ("Marka Kardiomax ma trafić do aptek"). Only where the form opens its sentence or follows a colon, where the
    noun is written with a capital: inside a sentence a capital marks the name ("z rąk Marka Hrynek")."""
    if k > doc.sent_span[doc.sent_of[k]][0] and doc.tokens[k - 1].text != ":":
        return False
    first = [r for r in doc.readings[k] if r.first_name]
    if not first or any(r.cases - {"gen", "acc"} or ":m1" not in r.tag for r in first):
        return False  # "Kurtem Brenem": the instrumental's ending is on both words
    if not any(r.pos == "subst" and not r.first_name and "nom" in r.cases for r in doc.readings[k]):
        return False  # the form is no common noun in the nominative: a man named in the genitive
    toks = doc.tokens
    if k + 2 < len(toks) and toks[k + 2].is_cap and toks[k + 2].is_word:
        return False  # "Bartosza Stentoft Lisa": the first of two surnames may stay undeclined
    rs, word = doc.readings[k + 1], toks[k + 1].text
    return (
        bool(rs)
        and all(r.pos == "ign" for r in rs)
        and word[-1:].isalpha()
        and word[-1].lower() not in cues(doc.lang, "name_cues").vowel
    )


def _agree(doc: Doc, k: int, j: int) -> bool:
    """Two first names of one person agree in case and number ("Anna Maria"); "Pole Jan" do not."""
    return bool(_first_name_forms(doc, k) & _first_name_forms(doc, j))


def speaker_tags(doc: Doc) -> None:
    """ "ANNA KOWALCZYK: …", "PIOTR LIS (burmistrz Oławy): …": a line of a transcript that opens with a name in
    capitals, two or three words whose first is a first name, and then a colon or a bracket names its speaker, a
    person (in capitals the name is no acronym of an organisation). The chunker (chunker._speaker_tag_end and
    _speaker) scans the same tags before it, to keep its own reading of them off the capitals; this pass, after the
    chunks, checks the words against the gazetteer (a place in capitals is no speaker) and replaces its mention. The
    scan itself is name_shape.speaker_tag_end, which both use."""
    toks, morph = doc.tokens, morphology()
    n = len(toks)
    for i in range(n):
        k = speaker_tag_end(doc, i, n, 3, (":", "("), spaced=True)
        if k is None:
            continue
        words = [toks[j].text.title() for j in range(i, k)]
        if not first_name_nominative(morph.analyse(words[0])):
            continue  # "MARKI WŁASNE:" (the plural of Marek: own brands), no speaker
        if gazetteer().lookup([token_keys(w, tuple(morph.analyse(w))) for w in words]) is not None:
            continue  # "KAROLINA PÓŁNOCNA (USA):", a place in a headline
        doc.mentions[:] = [m for m in doc.mentions if m.t1 <= i or m.t0 >= k]
        m = Mention(toks[i].start, toks[k - 1].end, i, k, "person", " ".join(words), None, doc.sent_of[i])
        doc.mentions.append(m)
