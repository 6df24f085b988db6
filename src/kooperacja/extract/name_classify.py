"""The name classifier: what a chunk that is no person names (organisation, place, event, prize or nothing)."""

from __future__ import annotations

import re

from kooperacja.extract.baseform import nominative, phrase_head, surface
from kooperacja.extract.doc import Doc, Mention
from kooperacja.extract.entities import initials
from kooperacja.extract.gazetteer import token_keys
from kooperacja.extract.name_shape import (
    OPEN_QUOTES,
    ROMAN,
    complement,
    head_lemma,
    is_acronym,
    is_adj,
    is_cap,
)
from kooperacja.text.morphology import NOMINAL


class NameClassifier:
    """Classifies chunks; part of `NameFinder`."""

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
        if b - a >= 3 and is_acronym(words[-1]) and (head_lemma(doc, a, lex) or is_adj(doc, a)):
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
        if a >= 2 and toks[a - 1].text in OPEN_QUOTES and doc.lemmas(a - 2) & self.w.prize_noun:
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
            lemma = head_lemma(doc, i, lex)
            if lemma and all(is_adj(doc, k) or ROMAN.match(toks[k].text) for k in range(a, i)):
                h = i
                break
        legal = any(self._legal_form(doc, i, b) == b for i in range(a + 1, b))
        geo_first = any(r.geo for r in doc.readings[a]) and not is_adj(doc, a)
        if h is None and (not legal or geo_first):
            for i in range(a + 1, b):
                if head_lemma(doc, i, lex) and toks[i].is_cap:
                    k = i
                    while k > a and is_adj(doc, k - 1) and toks[k - 1].is_cap:
                        k -= 1
                    if k > a and not self._foreign(doc, a):
                        self._classify(doc, a, k, s)
                        return self._classify(doc, k, b, s)
                    break
        if h is not None and (b - a > 1 or descriptor):
            head = head_lemma(doc, h, lex) or ""
            if head in self.w.place_unit and b - h < 2:
                self._place(doc, a, b, s)
                return
            if head in self.w.branch_head and b - h > 1 and is_cap(doc, h + 1):
                return self._classify(doc, h + 1, b, s)
            if head in self.w.generic_company_head and h == a and b - h > 1 and not complement(doc, h + 1):
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
            and (any(is_acronym(w) for w in words[:-1]) or any(r.pos == "ign" for r in doc.readings[a]))
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
        if b - a == 1 and self.re["camel"].match(words[0]) and not is_acronym(words[0]):
            self._add(doc, Mention(toks[a].start, toks[a].end, a, b, "organization", words[0], "company", s))
            return
        if b - a == 1 and self._unknown_company(doc, a):
            self._add(doc, Mention(toks[a].start, toks[a].end, a, b, "organization", words[0], "company", s))
            return
        if b - a == 1 and is_acronym(words[0]):
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
                and not is_adj(doc, i)
                for i in range(a, b)
            )
        ):
            return self._person(doc, a, b, s)
        if b - a >= 2 and all(
            any(r.pos == "ign" for r in doc.readings[i]) or is_acronym(toks[i].text)
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
                    is_adj(doc, i) and i + 1 < b and is_cap(doc, i + 1)
                ):
                    self._place(doc, i, i + 1, s)
