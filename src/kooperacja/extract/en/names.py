"""Names in English text: runs of capitalised words (with "of", "for", "and", "&" inside, a legal form or a
lower-case head after), typed as organisations (a head word, a legal form, a known body, an acronym, a
descriptor before), places (the gazetteers with English exonyms) and people (a form of address, a title, a
first name). Data: ``data/en/{org_heads,legal_forms,titles,known_orgs,demonyms,...}.tsv``."""

from __future__ import annotations

from functools import lru_cache

from kooperacja.extract.doc import Doc, Mention
from kooperacja.extract.en.gazetteer import EnPlace, en_gazetteer
from kooperacja.extract.en.lexicon import EnLexicon
from kooperacja.extract.en.names_key import fold_key

_CONNECTORS = frozenset(("of", "for", "and", "&", "de", "der", "du", "la", "le", "von", "van", "on"))
_SPLITTERS = frozenset(("and", "&"))
_PLACE_KIND = {"city": "city", "region": "region", "country": "country", "other": "other"}
_OPENERS = frozenset("\"“„‘'•·*-–—([:")


@lru_cache(maxsize=8192)
def _first_name(word: str) -> bool:
    """A given name (Morfeusz's dictionary of names, which holds Polish and many foreign ones)."""
    from kooperacja.text.morphology import morphology

    return any(r.first_name for r in morphology().analyse(word))


class EnglishNames:
    """The "names" component for English: `doc.mentions` of organisations, places and people."""

    def __init__(self, lex: EnLexicon, morphology: object) -> None:
        self.lex = lex
        self.m = morphology
        self.gaz = en_gazetteer()
        self.max_head = max((len(h) for h in lex.org_heads), default=1)
        self.max_legal = max((len(f) for f in lex.legal_forms), default=1)
        self.lower_heads = {h: s for h, s in lex.org_heads.items() if len(h) > 1 or h == ("cluster",)}

    # ------------------------------------------------------------------ chunks

    def _cap(self, doc: Doc, i: int) -> bool:
        t = doc.tokens[i]
        return t.is_word and (t.text[0].isupper() or (len(t.text) > 1 and t.text[1].isupper()))

    def __call__(self, doc: Doc) -> None:
        self.lemma = [
            r[0].lemma.lower() if r else doc.tokens[k].text.lower() for k, r in enumerate(doc.readings)
        ]
        dated: set[int] = set()
        for d in doc.dates:
            for k, t in enumerate(doc.tokens):
                if d.start <= t.start and t.end <= d.end:
                    dated.add(k)
        self.dated = dated
        mentions: list[Mention] = []
        for s, (a, b) in enumerate(doc.sent_span):
            i = a
            while i < b:
                if not self._cap(doc, i) or i in dated:
                    i += 1
                    continue
                j = self._extend(doc, i, b)
                mentions.extend(self._chunk(doc, i, j, s, a))
                i = j
        doc.mentions = mentions

    def _extend(self, doc: Doc, i: int, b: int) -> int:
        toks = doc.tokens
        j = i + 1
        while j < b:
            t = toks[j]
            if j in self.dated:
                break
            if self._cap(doc, j) and t.text.lower() not in ("i",):
                j += 1
                continue
            if (
                t.is_num
                and j + 1 <= b
                and (j + 1 == b or not (toks[j + 1].is_word and toks[j + 1].text[0].islower()))
            ):
                if (
                    "," not in t.text
                    and len(t.text) <= 4
                    and toks[j - 1].is_word
                    and toks[j].start == toks[j - 1].end + 1
                ):
                    j += 1
                    continue
            nxt = j + 1
            if t.text.lower() in _CONNECTORS and nxt < b and self._cap(doc, nxt) and nxt not in self.dated:
                if t.text == "on" and self.lemma[j - 1] not in (
                    "committee",
                    "commission",
                    "council",
                    "centre",
                    "center",
                ):
                    break
                j += 1
                continue
            if t.text == "the" and toks[j - 1].text == "of" and nxt < b and self._cap(doc, nxt):
                j += 1
                continue
            if t.text in ("'", "’") and nxt < b and self._cap(doc, nxt) and toks[j - 1].text.endswith("s"):
                j += 1  # "Koreans' Office"
                continue
            if t.text in ("'", "’") and nxt + 1 < b and toks[nxt].text == "s" and self._cap(doc, nxt + 1):
                if self.lemma[nxt + 1] in ("office", "council", "union", "association", "chamber"):
                    j += 2  # "Marshal's Office"
                    continue
            if (
                t.text == "."
                and toks[j - 1].text.lower() in self.lex.abbreviations
                and nxt < b
                and self._cap(doc, nxt)
            ):
                j += 1  # "St. Dominica"
                continue
            if t.text == "," and self._comma_list(doc, i, j, b):
                j += 1
                continue
            break
        # a legal form or a lower-case head right after the name
        for form in self.lex.legal_forms:
            k = len(form)
            if j + k <= b and all(toks[j + n].text == form[n] for n in range(k)):
                return j + k
        for head in self.lower_heads:
            k = len(head)
            if j + k <= b and all(
                self.lemma[j + n] == head[n] and toks[j + n].text.islower() for n in range(k)
            ):
                return j + k
        return j

    def _comma_list(self, doc: Doc, i: int, j: int, b: int) -> bool:
        """ "Ministry of Development, Labour and Technology": a comma inside an "X of A, B and C" name."""
        if "of" not in {doc.tokens[k].text for k in range(i, j)}:
            return False
        head_first = any(
            self.lemma[i : i + len(h)] == list(h) for h in self.lex.org_heads if h[0] == self.lemma[i]
        )
        if not head_first:
            return False
        k = j + 1
        while k < min(b, j + 5) and self._cap(doc, k):
            k += 1
        return k < b and doc.tokens[k].text == "and" and k + 1 < b and self._cap(doc, k + 1)

    # ------------------------------------------------------------------ typing

    def _chunk(self, doc: Doc, i: int, j: int, s: int, sent_start: int) -> list[Mention]:
        toks = doc.tokens
        person_cue = False
        title_before = i > sent_start and self.lex.titles.get(self.lemma[i - 1]) == "title"
        # sentence openers and forms of address
        while i < j:
            low = toks[i].text.lower()
            at_start = (
                i == sent_start
                or toks[i - 1].text in _OPENERS
                or (i > 0 and "\n" in doc.text[toks[i - 1].end : toks[i].start])
            )
            if low in self.lex.function_words and (at_start or low == "the"):
                i += 1
                continue
            if self.lex.titles.get(low) == "honorific":
                person_cue = True
                i += 1
                if i < j and toks[i].text == ".":
                    i += 1
                continue
            if self.lex.titles.get(self.lemma[i]) == "title" and i + 2 < j and toks[i + 1].text == "of":
                i += 2  # "President of Vigo System": the organisation follows
                continue
            if (
                self.lex.titles.get(self.lemma[i]) == "title"
                and i + 1 < j
                and self._looks_person(doc, i + 1, j)
            ):
                person_cue = True
                i += 1
                continue
            break
        while j > i and toks[j - 1].text.lower() in _CONNECTORS | {"the", ".", "'", "’", ","}:
            j -= 1
        if i >= j:
            return []
        found = self._classify(doc, i, j, s, person_cue or title_before)
        if found is not None:
            return [found]
        # "Estonia and Sweden": the parts
        out: list[Mention] = []
        k = i
        for n in range(i, j + 1):
            if n == j or toks[n].text in _SPLITTERS:
                if n > k:
                    part = self._classify(doc, k, n, s, False)
                    if part is not None:
                        out.append(part)
                k = n + 1
        return out

    def _looks_person(self, doc: Doc, i: int, j: int) -> bool:
        toks = doc.tokens
        if not 2 <= j - i <= 3:
            return False
        if any(not t.is_word or t.is_upper or not t.text[0].isupper() for t in toks[i:j]):
            return False
        return True

    def _classify(self, doc: Doc, i: int, j: int, s: int, person_cue: bool) -> Mention | None:
        toks = doc.tokens
        lex = self.lex
        demonym = None
        if toks[i].text in lex.demonyms and j - i > 1 and not self._head(i + 1, j):
            demonym = toks[i].text
            i += 1
        if j - i == 1 and toks[i].text in lex.demonyms:
            return None
        text = doc.text[toks[i].start : toks[j - 1].end]
        name = " ".join(text.split())

        def make(typ: str, subtype: str | None, **kw: object) -> Mention:
            m = Mention(toks[i].start, toks[j - 1].end, i, j, typ, name, subtype, s)
            for k, v in kw.items():
                setattr(m, k, v)
            return m

        if name in lex.known_orgs:
            return make("organization", lex.known_orgs[name])
        for form in lex.legal_forms:
            k = len(form)
            if j - i > k and all(toks[j - k + n].text == form[n] for n in range(k)):
                return make("organization", "company", head="legal")
        head = self._head(i, j)
        place = self.gaz.lookup(name)
        if place is not None and (head is None or place.kind == "country" or self._place_name(i, j)):
            return self._place(make, place, name)
        if head is not None:
            subtype, generic = head
            if generic:
                return None
            m = make("organization", subtype, head=subtype)
            self._seat(doc, m)
            return m
        if person_cue and self._looks_person(doc, i, j):
            return make("person", None)
        if self._looks_person(doc, i, j) and _first_name(toks[i].text) and not place:
            return make("person", None)
        if j - i == 1 and toks[i].is_upper and toks[i].text not in lex.not_org_acronyms:
            if len([c for c in toks[i].text if c.isalpha()]) >= 2:
                return make("organization", None, head="acronym")
        prev = self.lemma[i - 1] if i > 0 and i - 1 >= doc.sent_span[s][0] else ""
        if prev in lex.descriptors or demonym is not None:
            return make("organization", lex.descriptors.get(prev, "company"), head="descriptor")
        if prev == "of" and i >= 2 and lex.titles.get(self.lemma[i - 2]) == "title":
            return make("organization", None, head="title_of")  # "president of Vigo System"
        return None

    def _place_name(self, i: int, j: int) -> bool:
        """A place written with a place head ("Lodz region") rather than an organisation's head."""
        return self.lemma[j - 1] in self.lex.place_heads or self.lemma[i] in self.lex.place_heads

    def _place(self, make: object, place: EnPlace, name: str) -> Mention:
        m = make("place", _PLACE_KIND.get(place.kind, "other"), country=place.country, place_id=place.id)  # type: ignore[operator]
        if fold_key(place.name) != fold_key(name) or place.name != name:
            if place.name != name:
                m.aliases = [place.name]
        return m

    def _head(self, i: int, j: int) -> tuple[str, bool] | None:
        """(subtype, whether the name is only its head) of the organisation head in tokens i..j, if any."""
        lem = self.lemma[i:j]
        n = len(lem)
        found: list[tuple[int, int, str]] = []
        for p in range(n):
            for k in range(min(self.max_head, n - p), 0, -1):
                sub = self.lex.org_heads.get(tuple(lem[p : p + k]))
                if sub is not None:
                    found.append((p, p + k, sub))
                    break
        if not found:
            last = lem[-1]
            for h, sub in self.lex.org_heads.items():
                if len(h) == 1 and len(h[0]) >= 6 and last.endswith(h[0]) and last != h[0]:
                    return sub, False  # "AgroBioCluster", "Technopark"
            return None
        covered = sum(e - b for b, e, _ in _outer(found))
        generic = covered >= n
        p0, e0, sub0 = found[0]
        if p0 == 0 and e0 < n and lem[e0] in ("of", "for"):
            return sub0, generic
        return max(found, key=lambda f: f[1])[2], generic

    def _seat(self, doc: Doc, m: Mention) -> None:
        """ "University in Lublin", "Special Economic Zone from Lodz": the seat stays in the name."""
        if m.subtype not in ("research_education", "economic_zone"):
            return
        toks = doc.tokens
        j = m.t1
        b = doc.sent_span[m.sent][1]
        if j + 1 < b and toks[j].text in ("in", "from") and self._cap(doc, j + 1):
            k = j + 2
            while k < b and self._cap(doc, k):
                k += 1
            place = self.gaz.lookup(doc.text[toks[j + 1].start : toks[k - 1].end])
            if place is not None and place.kind == "city":
                m.aliases = [m.name]
                m.end = toks[k - 1].end
                m.t1 = k
                m.name = " ".join(doc.text[m.start : m.end].split())


def _outer(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for f in sorted(found):
        if out and f[0] < out[-1][1]:
            continue
        out.append(f)
    return out
