"""The name chunker: the capitalised chunks of a sentence, extended over connectors, quotes, legal forms and
comma lists of one name ("Wydział Nauki, Kultury i Sportu"); headlines in capitals and datelines are skipped."""

from __future__ import annotations

from kooperacja.extract.baseform import phrase_head
from kooperacja.extract.doc import Doc
from kooperacja.extract.name_shape import (
    CLOSE_QUOTES,
    OPEN_QUOTES,
    ROMAN,
    VERSION,
    agree,
    common_word,
    gap_before,
    head_lemma,
    initial,
    is_acronym,
    is_adj,
    is_cap,
    is_first_name,
    shouting,
)
from kooperacja.text.morphology import NOMINAL


class NameChunker:
    """Finds the chunks; part of `NameFinder` (reads `self.lex`, `self.w`)."""

    def chunk(self, doc: Doc) -> None:
        """Every capitalised chunk of the document, handed to `_segment` (persons) and `_classify`."""
        for s, (s0, s1) in enumerate(doc.sent_span):
            if shouting(doc, s0, s1):
                continue  # a headline in capitals: capitalisation says nothing about names there
            if self._dateline(doc, s0, s1):
                continue  # "Legnica, 14.03.2024": the place of a dateline is boilerplate
            i = s0
            while i < s1:
                if not is_cap(doc, i) or doc.tokens[i].text in self.lex.strip_titles and i + 1 < s1:
                    i += 1
                    continue
                if initial(doc, i, s0) and common_word(doc, i) and not self._may_start(doc, i, s1):
                    i += 1
                    continue
                j = self._extend(doc, i, s1)
                if not self._street(doc, i):
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

    def _street(self, doc: Doc, i: int) -> bool:
        k = i - 1
        if k >= 0 and doc.tokens[k].text == ".":
            k -= 1
        return k >= 0 and doc.tokens[k].lower in self.w.street

    def _may_start(self, doc: Doc, i: int, s1: int) -> bool:
        """A common word at a sentence start begins a name only as an organisation's head or adjective."""
        if head_lemma(doc, i, self.lex) and i + 1 < s1 and is_cap(doc, i + 1):
            return True
        if is_adj(doc, i) and i + 1 < s1 and is_cap(doc, i + 1):
            j = i + 1
            while j < s1 and j < i + 4 and is_cap(doc, j):
                if head_lemma(doc, j, self.lex):
                    return True
                j += 1
        return False

    def _extend(self, doc: Doc, i: int, s1: int) -> int:
        toks, lex = doc.tokens, self.lex
        head = head_lemma(doc, i, lex)
        if head is None and self._descriptor(doc, i):
            head = "descriptor"  # "klastra Wyżyna Motoryzacyjna i Maszynowa": the noun before heads the name
        if head is None and i + 1 < s1 and self._title_lemma(doc, i):
            head = head_lemma(doc, i + 1, lex)  # "Burmistrz Gminy i Miasta Ulanów": the title is no head
        seat_head = head
        j = i + 1
        while j < s1:
            t = toks[j]
            gap = gap_before(doc, j)
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
                and toks[j + 1].text in CLOSE_QUOTES
            ):
                j += 1  # „Plan Marshalla 2"
                continue
            if t.is_num and gap == " " and VERSION.fullmatch(t.text):
                j += 1  # "Centrum Kompetencji Przemysłu 4.0"
                continue
            if is_cap(doc, j) and gap == " ":
                if head is None and (not is_acronym(toks[j - 1].text) or ROMAN.match(toks[j - 1].text)):
                    head = head_lemma(doc, j, lex) if phrase_head(doc, i, j + 1) == j else None
                elif head is not None:
                    last_head = head_lemma(doc, j, lex)
                    if last_head:
                        seat_head = last_head
                if self._starts_other(doc, j):
                    break
                j += 1
                continue
            if t.text in OPEN_QUOTES and gap == " " and head and j + 1 < s1 and is_cap(doc, j + 1):
                k = j + 1
                while k < s1 and toks[k].text not in CLOSE_QUOTES and k - j < 8:
                    k += 1
                if k < s1 and toks[k].text in CLOSE_QUOTES:
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
                if nxt < s1 and is_cap(doc, nxt) and gap_before(doc, nxt) == " ":
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
        while k + 1 < s1 and toks[k].text == "," and is_cap(doc, k + 1) and k - j < 12:
            if not self._same_name_after_and(doc, k - 1, k + 1):
                return None
            k += 2
        if k + 1 < s1 and toks[k].text in self.w.conjunction and is_cap(doc, k + 1):
            if self._same_name_after_and(doc, k - 1, k + 1):
                return k + 1
        return None

    def _starts_other(self, doc: Doc, j: int) -> bool:
        """Does token j start a new name rather than continue the chunk before it?"""
        prev = doc.tokens[j - 1]
        if is_acronym(prev.text) and not is_acronym(doc.tokens[j].text) and is_first_name(doc, j):
            return True
        return False

    def _same_name_after_and(self, doc: Doc, left: int, right: int) -> bool:
        pair = {head_lemma(doc, left, self.lex), head_lemma(doc, right, self.lex)}
        if pair == self.w.joint_unit:
            return True  # "Gmina i Miasto Ulanów"
        person = is_first_name(doc, right) and right + 1 < len(doc.tokens) and doc.tokens[right + 1].is_cap
        if is_acronym(doc.tokens[right].text) or person:
            return False
        if head_lemma(doc, right, self.lex):
            return False
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
            return True  # "Instytut Mikroelektroniki i Fotoniki": an unknown word after a genitive
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
