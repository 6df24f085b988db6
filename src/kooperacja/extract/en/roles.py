"""People's roles in English text: a title next to the person's name ("Anna Nowak, president of the X
Cluster", "the chairman of X, Jan Kowalski", "Jan Kowalski – director of X"), with the organisation named
after "of" or right after the title, else none; a title after a body's possessive or bracketed acronym
("Qwertonix' CEO X", "the company's CFO X", "Brightwater Trade Agency (BTA) CEO X"), "X, who heads Y", and a
quote's byline ("– X, Y"). Titles and the verbs of holding a role: ``data/en/titles.tsv``."""

from __future__ import annotations

from collections.abc import Callable

from kooperacja.extract.doc import Doc, Entity, Mention
from kooperacja.extract.en.entities import last_org_before
from kooperacja.extract.en.lexicon import EnLexicon

_DASHES = frozenset((",", "–", "-", "—", "("))


class EnglishRoles:
    def __init__(self, lex: EnLexicon) -> None:
        self.gap = _DASHES | lex.words("role_gap")  # "Jan Wrona, the director", "Jan Wrona is director"
        self.prefix = lex.words("title_prefix")  # "vice", "deputy"
        self.link = lex.words("title_link")  # "director of X", "professor at X"
        self.conj = lex.words("conjunction")
        self.affiliation = lex.words("affiliation")  # "Ola Wierzba from X", "Ola Wierzba (X)"
        self.heads = {h[0]: sub for h, sub in lex.org_heads.items() if len(h) == 1 and sub != "company"}
        self.honorifics = {w: k for w, k in lex.titles.items() if k == "honorific"}
        self.titles = sorted(
            (tuple(w.split()) for w, k in lex.titles.items() if k == "title"), key=len, reverse=True
        )
        self.verbs = frozenset(w for w, k in lex.titles.items() if k == "verb")  # "who heads X"
        self.relative = lex.words("relative_pronoun")
        self.possessive = sorted(lex.words("possessive_mark"), key=len, reverse=True)  # "X's", "Optics'"
        self.definite = (
            lex.words("article") - lex.words("indefinite_article") - lex.words("possessive_determiner")
        )
        self.company_words = lex.words("company_anaphor")  # "the company's CFO"
        self.not_modifier = self.gap | self.link | self.relative | self.verbs

    def __call__(self, doc: Doc) -> None:
        toks = doc.tokens
        lemma = [r[0].lemma.lower() if r else t.text.lower() for t, r in zip(toks, doc.readings, strict=True)]
        low = [t.text.lower() for t in toks]
        for ent in doc.entities:
            if ent.type != "person":
                continue
            roles: list[dict[str, str | None]] = []
            for n in ent.mentions:
                role = self._title_after(doc, doc.mentions[n], lemma, low)
                if role is not None and role not in roles:
                    roles.append(role)
            if not roles:
                for n in ent.mentions:
                    role = self._before(doc, doc.mentions[n], lemma, low)
                    if role is not None and role not in roles:
                        roles.append(role)
                        break
            if not roles:
                for n in ent.mentions:
                    org = self._affiliation(doc, doc.mentions[n], low) or self._byline(
                        doc, doc.mentions[n], low
                    )
                    if org is not None:
                        roles.append({"title": None, "organization": org})
                        break
            ent.roles = roles
        self._shared(doc, low)

    def _title_after(
        self, doc: Doc, m: Mention, lemma: list[str], low: list[str]
    ) -> dict[str, str | None] | None:
        """A title after the name ("Anna Nowak, president of the X Cluster") with its organisation, if any."""
        toks = doc.tokens
        b = doc.sent_span[m.sent][1]
        k = m.t1
        while k < b and toks[k].text.lower() in self.gap:
            k += 1
        if k < b and low[k] in self.relative:
            # "Ola Wierzba, who heads Qwertonix", "Ola Wierzba, who is the CEO of Qwertonix"
            k += 1
            if k < b and low[k] in self.verbs:
                n = k + 1
                while n < b and low[n] in self.definite:
                    n += 1
                org = self._org_entity(doc, n) if n < b else None
                return {"title": None, "organization": org} if org is not None else None
            while k < b and low[k] in self.gap:
                k += 1
        head_org = None
        if k + 1 < b and toks[k].text.islower() and lemma[k] in self.heads:
            # "Ola Wierzba, the cluster coordinator": the body of that kind named before
            head_org = self._head_anaphor(doc, lemma[k], toks[k].start)
            if head_org is not None:
                k += 1
        t = self._title_run(doc, k, b, lemma, low)
        if t == k:
            # "Ola Wierzba, sales director at Qwertonix": up to two lower-case words before the title, kept
            # only where the title names its organisation
            j = k
            while (
                j < min(b, k + 2)
                and toks[j].is_word
                and toks[j].text.islower()
                and low[j] not in self.not_modifier
            ):
                j += 1
                t = self._title_run(doc, j, b, lemma, low)
                if t > j:
                    org = self._title_org(doc, t, b, lemma)
                    if org is None:
                        return None
                    title = " ".join(toks[x].text for x in range(k, t)).lower().replace(" - ", "-")
                    return {"title": title, "organization": org}
            return None
        title = " ".join(toks[x].text for x in range(k, t)).lower().replace(" - ", "-")
        org = self._title_org(doc, t, b, lemma) or head_org
        return {"title": title, "organization": org}

    @staticmethod
    def _org_entity(doc: Doc, i: int) -> str | None:
        """The organisation whose mention covers token i, if any."""
        mt = doc.mention_at(i)
        if mt is not None and doc.mentions[mt].type == "organization" and doc.mentions[mt].entity >= 0:
            return doc.entities[doc.mentions[mt].entity].id
        return None

    def _title_run(self, doc: Doc, k: int, b: int, lemma: list[str], low: list[str]) -> int:
        """The end of the run of titles and title prefixes that starts at token k (k itself if none)."""
        toks = doc.tokens
        t = k
        while t < b:
            step = next(
                (
                    len(w)
                    for w in self.titles
                    if w in (tuple(lemma[t : t + len(w)]), tuple(low[t : t + len(w)]))
                ),
                1 if toks[t].text.lower() in self.prefix or toks[t].text == "-" else 0,
            )
            if not step:
                break
            t += step
        return t

    def _title_org(self, doc: Doc, t: int, b: int, lemma: list[str]) -> str | None:
        """The organisation of a title that ends at token t: named after "of" or right after the title."""
        toks = doc.tokens
        if t < b and toks[t].text in self.link:
            t += 1
            while t < b and toks[t].text.lower() == "the":
                t += 1
        mt = doc.mention_at(t) if t < b else None
        if mt is not None and doc.mentions[mt].type == "organization" and doc.mentions[mt].entity >= 0:
            return doc.entities[doc.mentions[mt].entity].id
        if mt is None and t < b and (toks[t - 1].text in self.link or toks[t - 1].text == "the"):
            return self._head_anaphor(doc, lemma[t], toks[t].start) or self._later(doc, t, b)
        return None

    def _affiliation(self, doc: Doc, m: object, low: list[str]) -> str | None:
        """ "Ola Wierzba from the Brightwater Cluster", "Ola Wierzba (Qwertonix)": the body a person comes
        from, with no title."""
        b = doc.sent_span[m.sent][1]  # type: ignore[attr-defined]
        k = m.t1  # type: ignore[attr-defined]
        if k >= b or low[k] not in self.affiliation:
            return None
        k += 1
        while k < b and low[k] == "the":
            k += 1
        mt = doc.mention_at(k) if k < b else None
        if mt is not None and doc.mentions[mt].type == "organization" and doc.mentions[mt].entity >= 0:
            return doc.entities[doc.mentions[mt].entity].id
        return None

    def _later(self, doc: Doc, t: int, b: int) -> str | None:
        """ "head of investor relations at Qwertonix": the organisation after a lower-case part of the title."""
        toks = doc.tokens
        k = t
        while k < min(b, t + 5) and toks[k].is_word and toks[k].text.islower():
            if toks[k].text in self.link and k > t:
                n = k + 1
                while n < b and toks[n].text.lower() == "the":
                    n += 1
                mt = doc.mention_at(n) if n < b else None
                if (
                    mt is not None
                    and doc.mentions[mt].type == "organization"
                    and doc.mentions[mt].entity >= 0
                ):
                    return doc.entities[doc.mentions[mt].entity].id
                return None
            k += 1
        return None

    def _head_anaphor(self, doc: Doc, head: str, before: int) -> str | None:
        """ "director of the zone", "coordinator of Cluster": the organisation of that kind last named before."""
        subtype = self.heads.get(head)
        if subtype is None:
            return None
        prev = [
            m
            for m in doc.mentions
            if m.type == "organization"
            and m.entity >= 0
            and m.end <= before
            and doc.entities[m.entity].subtype == subtype
        ]
        return doc.entities[prev[-1].entity].id if prev else None

    def _shared(self, doc: Doc, low: list[str]) -> None:
        """ "Mr Jan Wrona, Ms Ola Wierzba and Mr Adam Lis – vice-chairmen of X": a list of people before one
        title shares it; each takes the role of the next person in the list."""
        for ent in reversed([e for e in doc.entities if e.type == "person"]):
            if ent.roles:
                continue
            for n in ent.mentions:
                m = doc.mentions[n]
                b = doc.sent_span[m.sent][1]
                k = m.t1
                while k < b and (
                    low[k] == "," or low[k] in self.conj or self.honorifics.get(low[k].rstrip("."))
                ):
                    k += 1
                    if k < b and low[k] == ".":
                        k += 1
                if k == m.t1 or k >= b or not ({","} | self.conj) & set(low[m.t1 : k]):
                    continue
                nxt = doc.mention_at(k)
                if nxt is not None and doc.mentions[nxt].type == "person" and doc.mentions[nxt].entity >= 0:
                    other = doc.entities[doc.mentions[nxt].entity]
                    if other is not ent and other.roles:
                        ent.roles = [dict(r) for r in other.roles]
                        break

    def _title_ending(self, lemma: list[str], low: list[str], k: int, a: int) -> int:
        """Start of a title that ends at token k ("managing director", "Vice-Governor", "Prime Minister"), or -1."""
        for w in self.titles:
            n = len(w)
            if k - n + 1 >= a and w in (tuple(lemma[k - n + 1 : k + 1]), tuple(low[k - n + 1 : k + 1])):
                start = k - n + 1
                while start - 1 >= a and (low[start - 1] in self.prefix or low[start - 1] == "-"):
                    start -= 1
                return start
        pre, _, rest = low[k].partition("-")
        if pre in self.prefix and (rest,) in self.titles:
            return k
        return -1

    def _before(self, doc: Doc, m: object, lemma: list[str], low: list[str]) -> dict[str, str | None] | None:
        """A title before the name: "the CEO of Qwertonix, Anna Nowak", "Its president, Jan Wrona",
        "Deputy Minister Ewa Brzoza", "Qwertonix Expert Jan Wrona"."""
        a = doc.sent_span[m.sent][0]  # type: ignore[attr-defined]
        k = m.t0 - 1  # type: ignore[attr-defined]
        while k >= a and (low[k] == "." or self.honorifics.get(low[k].rstrip("."))):
            k -= 1  # "the chairman of X, Mr Jan Wrona"
        while k >= a and low[k] in (",", "–", "—"):
            k -= 1
        if k < a:
            return None
        org = None
        mk = doc.mention_at(k)
        if mk is not None and doc.mentions[mk].type == "organization" and doc.mentions[mk].entity >= 0:
            om = doc.mentions[mk]
            j = om.t0 - 1
            while j >= a and low[j] == "the":
                j -= 1
            if j > a and low[j] in self.link:
                start = self._title_ending(lemma, low, j - 1, a)
                if start >= 0 and not self._apposed(doc, start, a, low):
                    title = " ".join(low[start:j])
                    return {"title": title, "organization": doc.entities[om.entity].id}
            return None
        # "Deputy Minister of Regional Affairs Ewa Brzoza": a title and "of" shortly before the name
        end = k
        for x in range(k, max(a - 1, k - 7), -1):
            if low[x] == "of" and x - 1 >= a and self._title_ending(lemma, low, x - 1, a) >= 0:
                end = x - 1
                break
        start = self._title_ending(lemma, low, end, a)
        if start < 0 or self._apposed(doc, start, a, low):
            return None
        title = " ".join(low[start : end + 1]).replace(" - ", "-")
        p = start - 1
        if p >= a and low[p] in ("its", "their"):
            # "Its president": the organisation last named before
            prev = [
                x
                for x in doc.mentions
                if x.type == "organization" and x.end <= doc.tokens[p].start and x.entity >= 0
            ]
            if prev:
                org = doc.entities[prev[-1].entity].id
        elif p >= a:
            org = self._owner(doc, p, a, lemma, low)
        return {"title": title, "organization": org}

    def _apposed(self, doc: Doc, start: int, a: int, low: list[str]) -> bool:
        """Whether the title that starts at token start follows another person's name ("Jan Kowal – the
        chairman of X, Adam Lis and Ewa Zych – vice-chairmen of Y"): it is that person's, not the next one's."""
        j = start - 1
        while j >= a and low[j] in self.definite:
            j -= 1
        if j - 1 < a or low[j] not in _DASHES or low[j] == "(":
            return False
        mt = doc.mention_at(j - 1)
        return mt is not None and doc.mentions[mt].type == "person"

    def _byline(self, doc: Doc, m: Mention, low: list[str]) -> str | None:
        """ "… the best place to invest – Ola Wierzba, Qwertonix": a quoted person's body after the name,
        the name after a dash and the body closing the sentence."""
        a, b = doc.sent_span[m.sent]
        if m.t0 - 1 < a or low[m.t0 - 1] not in _DASHES or low[m.t0 - 1] in ("(", ","):
            return None
        if m.t1 + 1 >= b or low[m.t1] != ",":
            return None
        org = self._org_entity(doc, m.t1 + 1)
        mt = doc.mention_at(m.t1 + 1)
        if org is None or mt is None:
            return None
        return org if all(not doc.tokens[x].is_word for x in range(doc.mentions[mt].t1, b)) else None

    def _owner(self, doc: Doc, p: int, a: int, lemma: list[str], low: list[str]) -> str | None:
        """The body named right before a title that ends at token p + 1: "Qwertonix Expert Jan Wrona",
        "Qwertonix's CEO", "Brightwater Optics' president", "the Cluster's coordinator", "the company's CFO",
        "Brightwater Trade Agency (BTA) CEO"."""
        toks = doc.tokens
        if low[p] == ")" and p - 2 >= a and low[p - 2] == "(":
            return self._org_entity(doc, p - 1) or (self._org_entity(doc, p - 3) if p - 3 >= a else None)
        if low[p] in self.possessive:
            return self._org_entity(doc, p - 1) if p - 1 >= a else None
        org = self._org_entity(doc, p)
        if org is not None:
            return org
        mark = next((x for x in self.possessive if low[p].endswith(x) and len(low[p]) > len(x)), None)
        if mark is None:
            return None
        word = toks[p].text[: -len(mark)]
        before = toks[p].start
        if p - 1 >= a and low[p - 1] in self.definite:
            # "the company's CFO", "the Park's Director": the body of that kind named before
            head = word.lower()
            if head in self.company_words:
                return self._last_org(doc, before, lambda e: e.subtype == "company")
            found = self._head_anaphor(doc, lemma[p], before) if lemma[p] in self.heads else None
            return found or self._last_org(doc, before, lambda e: head in {w.lower() for w in e.name.split()})
        # "Qwertonix's CEO Jan Wrona": the organisation whose name opens with the possessive word
        return next(
            (
                e.id
                for e in doc.entities
                if e.type == "organization"
                and any(n == word or n.startswith(word + " ") for n in (e.name, *e.aliases))
            ),
            None,
        )

    @staticmethod
    def _last_org(doc: Doc, before: int, fits: Callable[[Entity], bool]) -> str | None:
        """The id of the last organisation named before the offset that fits the test (`last_org_before`)."""
        k = last_org_before(doc, before, fits)
        return doc.entities[k].id if k is not None else None
