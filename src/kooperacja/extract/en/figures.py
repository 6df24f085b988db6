"""Figures in English text: each stated amount (``find_amounts`` in English notation, with the multipliers,
currencies and qualifiers of ``data/en/amount_words.tsv``: "USD 1.7 billion", "€350m", "PLN 7 bn", "900
jobs"), its metric from a cue word next to it (``figure_metrics.tsv``) and its owner: the organisation named
before it in the sentence, else the document's main economic zone."""

from __future__ import annotations

import re
from typing import Any

from kooperacja.extract.doc import Doc
from kooperacja.extract.en.entities import last_company_before
from kooperacja.extract.en.lexicon import EnLexicon

_WORD = re.compile(r"[^\W\d_]+|[€$£]")
_GLUED = re.compile(r"([a-zA-Z]{1,2})\b")
_NUMBER = re.compile(r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*([^\W\d_]+)?")
_HYPHENED = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})*|\d+)-(?=[^\W\d_])")


class _Amount:
    """An amount that the shared number finder skips: "a 600-strong staff"."""

    def __init__(self, start: int, end: int, value: int) -> None:
        self.start, self.end, self.value = start, end, value
        self.unit, self.qualifier, self.is_range, self.text = "count", "exact", False, ""


class EnglishFigures:
    def __init__(self, lex: EnLexicon) -> None:
        self.lex = lex
        self.max_qual = max((len(q.split()) for q in lex.qualifiers), default=1)
        self.heads = {
            h[-1]: sub for h, sub in lex.org_heads.items() if sub != "company" and h[-1] != "of"
        }  # "zone"

    def __call__(self, doc: Doc) -> None:
        from kooperacja.text.numbers import find_amounts

        lemma = [
            r[0].lemma.lower() if r else t.text.lower() for t, r in zip(doc.tokens, doc.readings, strict=True)
        ]
        amounts: list[Any] = find_amounts(doc.text, [(d.start, d.end) for d in doc.dates], english=True)
        covered = [(a.start, a.end) for a in amounts]
        for m in _HYPHENED.finditer(doc.text):
            if not any(a <= m.start() < b for a, b in covered):
                amounts.append(_Amount(m.start(), m.end(1), int(m.group(1).replace(",", ""))))
        amounts.sort(key=lambda a: a.start)
        starts = {t.start: k for k, t in enumerate(doc.tokens)}
        ends = {t.end: k for k, t in enumerate(doc.tokens)}
        figures: list[dict[str, Any]] = []
        prev_end = -10
        for am in amounts:
            if am.is_range or am.value is None or am.unit in self.lex.words("share_unit"):
                continue
            value, unit, end = self._glued(doc.text, self._value(am), self._unit(doc.text, am), am.end)
            parenthetical = doc.text[prev_end : am.start].strip() in ("(", "") and prev_end >= 0
            prev_end = end
            if parenthetical and unit != "count":
                continue  # "EUR 93 mln (PLN 390 mln)": the second is the same sum
            t0 = self._tok(starts, am.start, doc)
            t1 = ends.get(end)
            if t1 is None:
                t1 = max((k for k, t in enumerate(doc.tokens) if t.end <= end), default=t0)
            if unit == "count" and self._in_name(doc, t0):
                continue  # "Daikin's Fusion 25 strategy", "Phase 2": a number that is part of a name
            if t0 > 0 and lemma[t0 - 1] in self.lex.words("rank_word"):
                continue  # "Top 5 foreign investors": a rank's length, no count of a body's
            qualifier = self._qualifier(doc, t0, am.qualifier, lemma)
            metric = self._metric(doc, lemma, t0, t1 + 1, unit)
            if metric is None:
                continue
            if self._group_after(doc, lemma, t1 + 1):
                continue  # "a 12-member delegation": the size of a group of guests
            if metric == "employees" and any(
                lemma[k] in self.lex.words("hiring_verb") for k in range(max(0, t0 - 3), t0)
            ):
                metric = "jobs"  # "will hire 300 staff": new jobs, whatever noun counts them
            if metric == "jobs" and self._headcount(doc, lemma, t0):
                metric = "employees"  # "Verdal Glass employs 1,200 people": a headcount, no new jobs
            if metric in ("companies", "members") and self._attendance(doc, lemma, t0):
                continue  # "200 companies took part in the forum": a count of guests, not of members
            owner = self._owner(doc, t0)
            if owner is None:
                continue
            if metric == "companies" and self._subtype(doc, owner) in ("cluster", "business_association"):
                metric = "members"  # the companies a cluster unites are its members
            figures.append(
                {
                    "entity": owner,
                    "metric": metric,
                    "value": value,
                    "unit": unit,
                    "qualifier": qualifier,
                    "evidence": [[am.start, end]],
                }
            )
        doc.figures = _dedup(figures)

    def _tok(self, starts: dict[int, int], pos: int, doc: Doc) -> int:
        if pos in starts:
            return starts[pos]
        return min((k for k, t in enumerate(doc.tokens) if t.start >= pos), default=len(doc.tokens) - 1)

    def _unit(self, text: str, am: Any) -> str:
        """The currency of an amount by the English words of ``amount_words.tsv`` ("5 million zlotys", "won")."""
        words = _WORD.findall(am.text or "") + _WORD.findall(text[am.end : am.end + 12])[:1]
        if am.unit != "count":
            words = words[:-1]  # the word after an amount with a currency is the next word of the text
        for w in words:
            code = self.lex.currencies.get(w.lower())
            if code is not None:
                return code
        for sign in (am.text or "")[:1], text[max(0, am.start - 1) : am.start]:
            if sign and sign in self.lex.currencies:
                return self.lex.currencies[sign]
        return am.unit

    def _value(self, am: Any) -> Any:
        """The value with English multipliers ("7.4 bln" is 7.4 billion in English text, not a Polish bilion)."""
        m = _NUMBER.search(am.text or "")
        if m is None or not m.group(2):
            return am.value
        mult = self.lex.multipliers.get(m.group(2).lower())
        if mult is None:
            return am.value
        value = float(m.group(1).replace(",", "")) * mult
        return int(round(value)) if value == int(round(value)) or value > 1000 else value

    def _glued(self, text: str, value: Any, unit: str, end: int) -> tuple[Any, str, int]:
        """ "€350m", "7bn": a multiplier glued to the number."""
        m = _GLUED.match(text, end)
        if m and m.group(1).lower() in self.lex.multipliers:
            return int(round(value * self.lex.multipliers[m.group(1).lower()])), unit, m.end()
        return value, unit, end

    def _qualifier(self, doc: Doc, t0: int, found: str, lemma: list[str]) -> str:
        if found != "exact":
            return found
        for k in range(self.max_qual, 0, -1):
            if t0 - k < 0:
                continue
            words = " ".join(doc.tokens[n].text.lower() for n in range(t0 - k, t0))
            if words in self.lex.qualifiers:
                return self.lex.qualifiers[words]
        return found

    def _metric(self, doc: Doc, lemma: list[str], t0: int, t1: int, unit: str) -> str | None:
        if unit == "ha":
            return next((m for _w, m, u, _wh, _n in self.lex.figure_metrics if u == "ha"), None)
        money = unit not in ("count", "ha")
        s = doc.sent_of[t0] if t0 < len(doc.sent_of) else 0
        a, b = doc.sent_span[s]
        best: tuple[int, str] | None = None
        for words, metric, munit, where, window in self.lex.figure_metrics:
            if (munit == "money") != money or (
                munit == "ha" and unit != "ha" and words[0] not in ("hectare", "ha")
            ):
                continue
            k = len(words)
            if where == "after":
                rng = range(t1, min(b, t1 + window + k - 1))
            else:
                rng = range(max(a, t0 - window - k + 1), t0)
            for p in rng:
                if p + k <= b and all(lemma[p + n] == words[n] for n in range(k)):
                    dist = p - t1 if where == "after" else t0 - p
                    if best is None or dist < best[0]:
                        best = (dist, metric)
        if best is None:
            return None
        return best[1]

    def _in_name(self, doc: Doc, t0: int) -> bool:
        """The number follows a capitalised word inside its sentence that is no currency nor a qualifier."""
        if t0 < 1 or doc.sent_span[doc.sent_of[t0]][0] > t0 - 1:
            return False
        prev = doc.tokens[t0 - 1].text
        if any(d.start <= doc.tokens[t0 - 1].start < d.end for d in doc.dates):
            return False  # "In May 300 new jobs …": a date, no name
        return (
            prev[:1].isupper()
            and prev.isalpha()
            and not prev.isupper()
            and prev.lower() not in self.lex.currencies
            and prev.lower() not in self.lex.qualifiers
            and doc.sent_span[doc.sent_of[t0]][0] < t0 - 1
        )

    def _group_after(self, doc: Doc, lemma: list[str], k: int) -> bool:
        """A count hyphened to a noun ("a 12-member delegation"), then a noun of a group of people: the size of
        the group of guests, no figure of a body."""
        return k + 2 < len(lemma) and doc.tokens[k].text == "-" and lemma[k + 2] in self.lex.group_nouns

    def _headcount(self, doc: Doc, lemma: list[str], t0: int) -> bool:
        """ "employs 1,200 people", "the two plants employ 900": a verb of employing in the present (the bare
        form only without a word of a plan or "to" before it in the sentence) states a headcount; "will employ 300", "plans to
        employ", "employing", "employed" state jobs."""
        a = doc.sent_span[doc.sent_of[t0]][0]
        verbs = self.lex.words("headcount_verb")
        for p in range(t0 - 1, max(a, t0 - 4) - 1, -1):
            if lemma[p] not in verbs:
                continue
            word = doc.tokens[p].text.lower()
            if word == lemma[p] + "s":
                return True
            if word != lemma[p]:
                return False
            before = {doc.tokens[k].text.lower() for k in range(a, p)}  # "will expand … and employ 21"
            return not before & (set(self.lex.modality) | self.lex.words("auxiliary"))
        return False

    def _subtype(self, doc: Doc, eid: str) -> str | None:
        return next((e.subtype for e in doc.entities if e.id == eid), None)

    def _anaphoric(self, doc: Doc, a: int) -> bool:
        """A sentence that goes on about the previous one's subject ("The investment will cost …")."""
        return (
            doc.tokens[a].text.lower() in self.lex.words("figure_anaphora") if a < len(doc.tokens) else False
        )

    def _attendance(self, doc: Doc, lemma: list[str], t0: int) -> bool:
        a, b = doc.sent_span[doc.sent_of[t0]]
        words = lemma[a:b]
        pairs = {" ".join(words[k : k + 2]) for k in range(len(words) - 1)}
        return any(p in pairs or p in words for p in self.lex.words("attendance"))

    def _company_anaphor(self, doc: Doc, a: int, t0: int) -> tuple[int, str] | None:
        """ "the company will invest EUR 5 million": (position, the company last named before)."""
        low = [t.text.lower() for t in doc.tokens[a:t0]]
        for k in range(len(low) - 1):
            if low[k] == "the" and low[k + 1] in self.lex.words("company_anaphor"):
                company = last_company_before(doc, doc.tokens[a + k].start)
                return None if company is None else (a + k, doc.entities[company].id)
        return None

    def _named_head(self, doc: Doc, a: int, t0: int) -> str | None:
        """ "the Northvale zone", "the Brightwater cluster": a capitalised word and a lower-case head word,
        standing for the organisation of that kind whose name holds the word."""
        toks = doc.tokens
        for k in range(a, t0 - 1):
            if toks[k].text.lower() != "the" or not toks[k + 1].text[:1].isupper():
                continue
            if not toks[k + 2].text[:1].isupper():
                # "The Valley now has 47 members": the last word of a body's longer name, standing for it
                word = toks[k + 1].text
                for e in doc.entities:
                    if e.type == "organization" and len(e.name.split()) > 1 and e.name.split()[-1] == word:
                        return e.id
            if k + 2 >= t0:
                continue
            head = toks[k + 2].text
            subtype = self.heads.get(head)
            if subtype is None or not head.islower():
                continue
            word = toks[k + 1].text
            for e in doc.entities:
                if (
                    e.type == "organization"
                    and e.subtype == subtype
                    and word in " ".join([e.name, *e.aliases])
                ):
                    return e.id
        return None

    def _owner(self, doc: Doc, t0: int) -> str | None:
        s = doc.sent_of[t0]
        before = [
            doc.mentions[n]
            for n in doc.mentions_in(s)
            if doc.mentions[n].type == "organization"
            and doc.mentions[n].t1 <= t0
            and doc.mentions[n].entity >= 0
        ]
        named = self._named_head(doc, doc.sent_span[s][0], t0)
        if named is not None and not before:
            return named  # "The Northvale zone manages 300 hectares"
        anaphor = self._company_anaphor(doc, doc.sent_span[s][0], t0)
        if anaphor is not None and (not before or anaphor[0] < before[0].t0):
            return anaphor[1]
        if before:
            return doc.entities[before[0].entity].id
        a = doc.sent_span[s][0]
        if s > 0 and self._anaphoric(doc, a):
            prev = [
                doc.mentions[n]
                for n in doc.mentions_in(s - 1)
                if doc.mentions[n].type == "organization" and doc.mentions[n].entity >= 0
            ]
            if prev:
                return doc.entities[prev[0].entity].id
        zones = [e for e in doc.entities if e.type == "organization" and e.subtype == "economic_zone"]
        if zones:
            return max(zones, key=lambda e: len(e.mentions)).id
        orgs = [e for e in doc.entities if e.type == "organization"]
        if orgs:
            return max(orgs, key=lambda e: len(e.mentions)).id
        return None


def _dedup(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One figure per (entity, metric, value, unit); a later statement's qualifier wins over the headline's."""
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    for f in figures:
        key = (f["entity"], f["metric"], f["value"], f["unit"])
        if key in out:
            out[key]["qualifier"] = f["qualifier"]
            continue
        out[key] = f
    return list(out.values())
