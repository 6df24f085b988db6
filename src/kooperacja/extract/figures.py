"""Figures: amounts and counts (kooperacja.text.numbers) tied to a metric by the words around them and to the
entity the sentence is about ("Strefa X skupia 120 firm, które wydały tam 9 mld zł": the zone's companies and
investment). The words are the document language's ``figure_metrics`` and ``figure_words`` tables."""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import attrgetter, not_
from pathlib import Path
from typing import Any

from kooperacja.data.language_data import language_data
from kooperacja.extract.doc import Doc, Mention
from kooperacja.text.numbers import find_amounts
from kooperacja.text.tokens import DOUBLE_QUOTES

_MIN_COUNT = {"companies": 10, "members": 5, "partners": 3, "employees": 5, "jobs": 5}
_PEOPLE = frozenset({"jobs", "employees"})  # metrics that count people or their posts
_PREFER_ZONE_LATER = {"investment", "jobs", "companies", "area_ha"}
_INVESTOR_FIRST = (("company",), ("economic_zone",), ())
_PREFERENCES: dict[str, tuple[tuple[str, ...], ...]] = {
    "investment": _INVESTOR_FIRST,
    "jobs": _INVESTOR_FIRST,
    "area_ha": _INVESTOR_FIRST,
    "employees": (("company",), ()),
    "revenue": (("company",), ()),
    "exports": (("company",), ()),
    "companies": (("economic_zone", "technology_park", "cluster", "business_association"),),
    "members": (("cluster", "business_association"), ()),
    "partners": (("cluster", "business_association"), ()),
    "budget": (("other", "agency"), ()),
}
# a count of firms is a zone's or park's `companies` and a cluster's or chamber's `members` ("skupia 80 firm")
_COUNT_OF = {
    ("members", "economic_zone"): "companies",
    ("members", "technology_park"): "companies",
    ("companies", "cluster"): "members",
    ("companies", "business_association"): "members",
}
_NOT_OWNERS = {"national_government", "international_org"}
_BODY_COUNTS = frozenset({"companies", "members"})
_NOT_COUNTING_BODIES = frozenset(
    {"research_education", "municipality", "regional_government", "national_government", "agency"}
)
_NO_KEYS: frozenset[str] = frozenset()
_IS_WORD = attrgetter("is_word")

MetricRow = tuple[tuple[str, ...], str, str, int]


@dataclass(frozen=True)
class _Words:
    """A language's figure vocabulary: the metric table and the word sets of ``figure_words.tsv``."""

    metrics: tuple[MetricRow, ...]
    metric_index: dict[str, tuple[int, ...]]  # first word of a row -> the rows it starts, in table order
    metric_reach: tuple[int, int]  # the widest window before and after a number
    modality: dict[str, str]
    breakdown: tuple[tuple[str, ...], ...]
    breakdown_before: tuple[tuple[str, ...], ...]
    part_of: frozenset[str]
    facility: frozenset[str]
    spend: frozenset[str]
    annexing: frozenset[str]
    founding: frozenset[str]
    founded_by: frozenset[str]
    company_noun: frozenset[str]
    former: frozenset[str]
    points_back: frozenset[str]
    copula: frozenset[str]
    after: frozenset[str]
    added: frozenset[str]
    added_before: frozenset[str]
    future: frozenset[str]
    period: frozenset[str]
    trade: frozenset[str]
    home: frozenset[str]
    home_country: frozenset[str]
    growth: frozenset[str]
    price: frozenset[str]
    together: frozenset[str]
    first_person: frozenset[str]
    relative: frozenset[str]
    complement: frozenset[str]
    investment_noun: frozenset[str]
    firm_plan: frozenset[str]
    firm_kind: frozenset[str]
    vague: frozenset[str]
    link: frozenset[str]
    investor_lead: frozenset[str]
    purchase: frozenset[str]
    contract: frozenset[str]
    client: frozenset[str]
    headcount: frozenset[str]
    town_noun: frozenset[str]


def _words(lang: str) -> _Words:
    data = language_data(lang)
    return _words_at(data.code, data.root)


@cache
def _words_at(code: str, root: Path) -> _Words:
    data = language_data(code)
    sets: dict[str, list[str]] = {}
    for r in data.rows("figure_words"):
        sets.setdefault(r["set"], []).append(r["word"])

    def one(name: str) -> frozenset[str]:
        return frozenset(sets.get(name, ()))

    def phrases(name: str) -> tuple[tuple[str, ...], ...]:
        return tuple(dict.fromkeys(tuple(w.split()) for w in sets.get(name, ())))

    metrics = tuple(
        (tuple(r["lemma"].split()), r["metric"], r["unit"], int(r["window"]))
        for r in data.rows("figure_metrics")
    )
    index: dict[str, list[int]] = {}
    for k, row in enumerate(metrics):
        index.setdefault(row[0][0], []).append(k)
    return _Words(
        metrics=metrics,
        metric_index={w: tuple(v) for w, v in index.items()},
        metric_reach=(
            max((-r[3] for r in metrics if r[3] < 0), default=0),
            max((r[3] for r in metrics if r[3] > 0), default=1),
        ),
        modality=data.mapping("event_modality", "lemma", "kind"),
        breakdown=phrases("breakdown"),
        breakdown_before=phrases("breakdown_before"),
        part_of=one("part_of"),
        facility=one("facility"),
        spend=one("spend"),
        annexing=one("annexing"),
        founding=one("founding"),
        founded_by=one("founded_by"),
        company_noun=one("company_noun"),
        former=one("former"),
        points_back=one("points_back"),
        copula=one("copula"),
        after=one("after"),
        added=one("added"),
        added_before=one("added_before"),
        future=one("future"),
        period=one("period"),
        trade=one("trade"),
        home=one("home"),
        growth=one("growth"),
        price=one("price"),
        home_country=one("home_country"),
        together=one("together"),
        first_person=one("first_person"),
        relative=one("relative"),
        complement=one("complement"),
        investment_noun=one("investment_noun"),
        firm_plan=one("firm_plan"),
        firm_kind=one("firm_kind"),
        vague=one("vague"),
        link=one("linking"),
        investor_lead=one("investor_lead"),
        purchase=one("purchase"),
        contract=one("contract"),
        client=one("client"),
        headcount=one("headcount"),
        town_noun=one("town_noun"),
    )


def find_figures(doc: Doc) -> None:
    lex = _words(doc.lang)
    doc.amounts = find_amounts(doc.text, [(d.start, d.end) for d in doc.dates], lang=doc.lang)
    tokens = doc.tokens
    starts = [t.start for t in tokens]
    if len(doc.keys) != len(tokens):
        raise ValueError("a document's keys and tokens differ in number")
    # the keys of words only (a token's `is_word`: its first character is a letter); the other tokens, found by a
    # test mapped over the tokens (no Python frame per token), have none
    keys = list(doc.keys)
    for i in compress(range(len(tokens)), map(not_, map(_IS_WORD, tokens))):
        keys[i] = _NO_KEYS
    seen: set[tuple[str, str, object]] = set()
    figures: list[dict[str, Any]] = []
    last_metric: dict[tuple[int, str], str] = {}  # (sentence, kind of number) -> the metric last stated
    dated = _dated_tokens(doc, starts)
    for amount in doc.amounts:
        if amount.is_range or amount.value is None or amount.kind != "amount" or amount.unit == "percent":
            continue
        t0 = bisect.bisect_left(starts, amount.start)
        t1 = bisect.bisect_left(starts, amount.end)
        kind = (
            "count" if amount.unit == "count" else "money" if amount.unit not in _NOT_MONEY else amount.unit
        )
        priced = False
        if amount.unit == "ha":
            metric: str | None = "area_ha"
        else:
            cue = _metric(doc, keys, t0, t1, amount.unit, lex, dated)
            if cue is None and kind in ("money", "count"):
                # "zainwestuje w rozbudowę fabryki w Biskupicach Podgórnych 1,2 mld zł", "zatrudni w nowym zakładzie
                # w Bielsku-Białej 300 osób": the verb the number is the object of, beyond the row's window
                cue = _governing_verb(doc, keys, t0, lex, "money" if kind == "money" else "count")
            elif kind == "count" and cue[3] > 0 and cue[1] != "none":
                # "utrzyma w zakładzie w Kaliszu dotychczasowe 300 etatów" (jobs kept), "zatrudni w nowej hali w Kole 80
                # pracowników": the verb the count is the object of says more than the noun after it (but not
                # more than a noun of no figure: "skupia 5 województw"); a verb of jobs speaks of people and posts
                # only ("utrzymała 45 firm" stays a count of firms)
                verb = _governing_verb(doc, keys, t0, lex, "count")
                if verb is not None and not (verb[1] == "jobs" and cue[1] not in _PEOPLE):
                    cue = verb
            metric = cue[1] if cue else None
            if metric is None and kind == "money":
                metric = _linked_metric(doc, keys, t0, lex)  # "Koszt budowy hali spółki X wyniesie 18 mln zł"
            if metric is None and kind == "money" and _priced_facility(doc, t0, lex):
                metric = "investment"  # "wybuduje zakład za 25 mln zł": the price of a plant
                priced = True
            if metric is None and kind == "money" and _bracketed_after_investor(doc, t0):
                metric = "investment"  # "decyzje otrzymały spółki A (12 mln zł) i B (30 mln zł)"
            if metric is None and _after_name(doc, t0):
                # "A zainwestuje 20 mln zł, a B 15 mln zł", "A (40 mln zł) i B (25 mln zł)": a number right
                # after a name, in a sentence that stated the same kind of number, is of the same metric
                metric = last_metric.get((doc.sent_of[t0], kind))
            if metric is None and kind == "count" and _points_back(doc, t0, t1, lex):
                # "stworzy 200 miejsc pracy, a z czasem może ich być nawet 500": a pronoun before the count stands
                # for the metric noun stated last in the sentence
                metric = last_metric.get((doc.sent_of[t0], kind))
        if metric in (None, "jobs") and kind == "count" and _linked_noun(doc, keys, t0, lex, lex.headcount):
            metric = "employees"  # "zatrudnienie w spółce X wynosi 340 osób": the present headcount
        if metric is None or metric == "none":
            continue
        if metric == "investment" and kind == "money" and _contract_clause(doc, t0, lex):
            continue  # "wygrała przetarg na budowę hali za 20 mln zł": a contractor's price, nobody's investment
        last_metric[(doc.sent_of[t0], kind)] = metric
        if amount.unit == "count" and (
            amount.value < _MIN_COUNT.get(metric, 2) or amount.value != int(amount.value)
        ):
            continue
        if (_breakdown(doc, t0, lex) and not (metric == "jobs" and _growth(doc, t0, lex))) or (
            metric != "jobs" and _planned(doc, t0, lex, metric)
        ):
            continue
        if metric == "employees" and _future_clause(doc, t0, lex):
            metric = "jobs"  # "będzie w niej pracować 150 osób": a headcount to come is jobs created
        if (
            metric in ("area_ha", "companies", "members", "partners")
            and t0 > 0
            and doc.lemmas(t0 - 1) & lex.added_before
        ):
            continue  # "czeka kolejnych 10 firm": more of them, not the total
        if metric in ("area_ha", "companies", "members") and _annexing(doc, t0, lex):
            continue  # "do parku dołączono 12 ha", "dołączyło 8 firm", "dołączyło 5 członków": an increment
        if metric == "budget" and cue and cue[0][0] in lex.spend and _in_sentence(doc, t0, lex.facility):
            metric = "investment"  # "na nową halę przeznaczono 4 mln zł"
        if metric == "companies" and _in_sentence(doc, t0, lex.founding):
            if not any(doc.tokens[k].lower in lex.founded_by for k in range(max(0, t0 - 3), t0)) and not (
                _founded_body_named(doc, t0)
            ):
                continue  # a count of the parties to a founding agreement is no figure of anybody
            metric = "partners"  # "powołany przez 15 firm": founding members are partners
        elif metric == "companies" and t0 > 0 and doc.tokens[t0 - 1].lower in lex.part_of:
            continue  # "w 30 firmach": a part, not the count of a zone's companies
        if amount.unit == "count" and _oblique_noun_after(doc, t1):
            continue  # "zatrudnia w 30 zakładach 9000 osób": a count of places in a phrase, not of people or firms
        if amount.unit == "count" and cue and cue[3] > 0 and _superlative_after(doc, t1):
            # "na liście 500 największych firm": the size of a list or ranking, nobody's count (but a verb before
            # the count states one: "klaster skupia 50 największych firm regionu")
            continue
        if metric in ("companies", "members") and any(
            doc.lemmas(k) & lex.added for k in range(t1, min(len(doc.tokens), t1 + 3))
        ):
            continue  # "12 nowych firm", "5 nowych członków", "8 firm spośród 20": newcomers and parts, no total
        ent = (_client(doc, t0, lex) if priced else None) or _owner(doc, t0, metric, lex, t1)
        if ent is None:
            continue
        ent = _full_body(doc, ent)
        metric = _COUNT_OF.get((metric, _subtype(doc, ent)), metric)
        if metric in _BODY_COUNTS and _subtype(doc, ent) in _NOT_COUNTING_BODIES:
            continue  # "stworzyliśmy platformę współpracy 55 podmiotów": a university or a public office counts
            # no firms or members of its own (a cluster read as a company still may)
        key = (ent, metric, amount.value)
        if key in seen:
            continue
        seen.add(key)
        unit = "ha" if metric == "area_ha" else amount.unit
        value = int(amount.value) if float(amount.value).is_integer() else float(amount.value)
        figures.append(
            {
                "entity": ent,
                "metric": metric,
                "value": value,
                "unit": unit,
                "qualifier": amount.qualifier,
                "evidence": [[amount.start, amount.end]],
            }
        )
    doc.figures = figures


def _metric(
    doc: Doc,
    keys: list[frozenset[str]],
    t0: int,
    t1: int,
    unit: str,
    lex: _Words,
    dated: frozenset[int] = frozenset(),
) -> MetricRow | None:
    """The first row of the metric table whose words stand in its window around the number (rows are looked up
    by the words around the number, not tried one by one)."""
    n = len(doc.tokens)
    sent = doc.sent_of[t0] if t0 < n else -1
    rows = lex.metrics
    best = len(rows)
    back, ahead = lex.metric_reach
    for i in range(max(0, t0 - back - _NAME_SLACK), min(n, t1 + ahead + _NAME_SLACK + 1)):
        if doc.sent_of[i] != sent:
            continue
        for w in keys[i]:
            for r in lex.metric_index.get(w, ()):
                if r < best and _row_fits(rows[r], doc, keys, i, t0, t1, unit, dated):
                    best = r
    return rows[best] if best < len(rows) else None


# finite verbs and infinitives (no gerund, no participle: "maszyn do cięcia", "konkursu ogłoszonego przez…")
_VERBS = frozenset({"fin", "praet", "inf", "impt", "imps"})


def _governing_verb(
    doc: Doc, keys: list[frozenset[str]], t0: int, lex: _Words, need_unit: str = "money"
) -> MetricRow | None:
    """The money (or count) row of the nearest verb before the number in its clause, whatever the words between:
    the verb that takes the number as its object ("Spółka X zainwestuje w rozbudowę fabryki w Biskupicach
    Podgórnych 1,2 mld zł"); another verb nearer the number ("zwiększyła sprzedaż o 20 mln zł") ends the search. A
    count after a preposition is no object ("zatrudnia w 30 zakładach")."""
    a, _b = _clause(doc, t0)
    if need_unit == "count" and t0 > a and any(r.pos == "prep" for r in doc.readings[t0 - 1]):
        return None
    for i in range(t0 - 1, a - 1, -1):
        readings = doc.readings[i]
        if not readings or not all(r.pos in _VERBS for r in readings):
            continue  # a word that may be a noun ("zakup") is no verb here
        best = None
        for w in keys[i]:
            for r in lex.metric_index.get(w, ()):
                words, _name, need, window = lex.metrics[r]
                if len(words) == 1 and need == need_unit and window < 0 and (best is None or r < best):
                    best = r
        return lex.metrics[best] if best is not None else None
    return None


def _linked_metric(doc: Doc, keys: list[frozenset[str]], t0: int, lex: _Words) -> str | None:
    """The metric of money after a linking verb ("wyniesie", "szacowana jest na") whose subject, a metric noun in
    the nominative earlier in the clause, stands beyond the metric's window behind its genitives ("Koszt budowy
    nowej siedziby firmy X wyniesie 18 mln zł"); no finite verb between the noun and the link."""
    a, _b = _clause(doc, t0)
    link = next((k for k in range(t0 - 1, max(a, t0 - _LINK_GAP - 1) - 1, -1) if keys[k] & lex.link), None)
    if link is None or any(
        not doc.tokens[k].is_word or doc.mention_at(k) is not None for k in range(link + 1, t0)
    ):
        return None
    best = len(lex.metrics)
    for i in range(a, link):
        if i > a and all(r.pos in _FINITE for r in doc.readings[i]) and doc.readings[i]:
            best = len(lex.metrics)  # a verb between: the nouns before it are not the link's subject
            continue
        if not any(r.pos == "subst" and "nom" in r.cases for r in doc.readings[i]):
            continue
        if i > a and any(r.pos == "ppron3" for r in doc.readings[i - 1]):
            continue  # "Jego wartość wyniosła…": the value of a thing of the sentence before, not ours to name
        for w in keys[i]:
            for r in lex.metric_index.get(w, ()):
                words, _name, need, window = lex.metrics[r]
                if (
                    r < best
                    and window < 0
                    and need == "money"
                    and i + len(words) <= link
                    and all(words[k] in keys[i + k] for k in range(len(words)))
                ):
                    best = r
    return lex.metrics[best][1] if best < len(lex.metrics) else None


def _linked_noun(doc: Doc, keys: list[frozenset[str]], t0: int, lex: _Words, nouns: frozenset[str]) -> bool:
    """Whether one of ``nouns`` in the nominative opens the number's clause as the subject of a linking verb
    right before the number ("Zatrudnienie w firmie X przekroczyło 900 osób"), no finite verb between."""
    a, _b = _clause(doc, t0)
    link = next((k for k in range(t0 - 1, max(a, t0 - _LINK_GAP - 1) - 1, -1) if keys[k] & lex.link), None)
    if link is None or any(not doc.tokens[k].is_word for k in range(link + 1, t0)):
        return False
    fin = [r for r in doc.readings[link] if r.pos == "fin"]
    if fin and all("perf" in r.tag.split(":") for r in fin):
        return False  # "zatrudnienie wyniesie 180 osób": a perfective present is a future, jobs to come
    for i in range(a, link):
        if any(r.pos in _FINITE for r in doc.readings[i]):
            return False
        if keys[i] & nouns and any(r.pos == "subst" and "nom" in r.cases for r in doc.readings[i]):
            return True
    return False


_LINK_GAP = 3  # words that may stand between a linking verb and its number ("szacowana jest na")


# how many more tokens a metric's window may reach over when names stand between the cue and the number
_NAME_SLACK = 6


_YEAR_DATES = frozenset({"year", "relative"})  # "w 2023 roku", "w ubiegłym roku": the period a figure is of


def _dated_tokens(doc: Doc, starts: list[int]) -> frozenset[int]:
    """The tokens inside a year or relative date ("w 2023 roku", "w ubiegłym roku")."""
    out: set[int] = set()
    for d in doc.dates:
        if d.kind in _YEAR_DATES:
            out.update(range(bisect.bisect_left(starts, d.start), bisect.bisect_left(starts, d.end)))
    return frozenset(out)


def _inner(doc: Doc, a: int, b: int, dated: frozenset[int] = frozenset()) -> int:
    """How many tokens of ``a:b`` continue a name begun before them, or stand in a date ("Wartość projektu Betonex
    Polska to 40 mln zł", "Przychody spółki wyniosły w 2023 roku 80 mln zł": a name of any length is one word of the
    metric's window, and a date is none; words in quotation marks are one word, the marks none: "Pracę w „nowej
    fabryce” znajdzie 2 tys. osób")."""
    count = 0
    quoted = 0  # words seen since an opening quotation mark, or 0 outside quotation marks
    for i in range(a, b):
        if doc.tokens[i].text in DOUBLE_QUOTES:
            count += 1
            quoted = 0 if quoted else 1
            continue
        if quoted:
            count += quoted > 1
            quoted += 1
            continue
        n = doc.mention_at(i)
        if (n is not None and doc.mentions[n].t0 < i) or i in dated:
            count += 1
    return count


def _row_fits(
    row: MetricRow,
    doc: Doc,
    keys: list[frozenset[str]],
    i: int,
    t0: int,
    t1: int,
    unit: str,
    dated: frozenset[int] = frozenset(),
) -> bool:
    """Whether a row of the metric table may start at token ``i`` for a number of this unit at ``t0:t1``."""
    words, _metric_name, need, window = row
    if need == "money" and unit in ("count", "ha", "percent", "m2", "km2"):
        return False
    if need == "count" and unit != "count":
        return False
    if need == "ha" and unit != "ha" and not (unit == "count" and window):
        return False
    if window > 0:
        inside = t1 <= i and i - t1 - _inner(doc, t1, i, dated) <= window
    elif window == 0:
        inside = max(t0, t1 - 1) <= i <= t1
    else:
        inside = i < t0 and t0 - i - _inner(doc, i + 1, t0, dated) <= -window
    n = len(doc.tokens)
    return inside and i + len(words) <= n and all(words[k] in keys[i + k] for k in range(len(words)))


def _by_head_noun(doc: Doc, t0: int) -> str | None:
    """ "Izba, która skupia 80 członków", "dzięki strefie powstało 900 miejsc pracy": a bare head noun (capitalised
    before the number, or a zone's, park's, cluster's or chamber's in the number's clause) points to the latest
    organisation of the document with that head."""
    s0, _s1 = doc.sent_span[doc.sent_of[t0]]
    start = doc.tokens[t0].start
    heads = {}
    for m in doc.mentions:  # in text order: the latest organisation with that head before the number wins
        if m.start >= start:
            break
        if m.type == "organization" and m.head and m.entity >= 0:
            heads[m.head] = m
    a, b = _clause(doc, t0)
    for i in range(s0, b):
        if doc.mention_at(i) is not None or i == t0:
            continue
        if not doc.tokens[i].is_cap and not a <= i < b:
            continue  # a lower-case head noun speaks of its organisation only in the number's own clause
        for lemma in doc.lemmas(i):
            m = heads.get(lemma)
            if m is not None and (doc.tokens[i].is_cap or doc.entities[m.entity].subtype in _REPORTING):
                if i < t0 or not doc.tokens[i].is_cap:
                    return doc.entities[m.entity].id
    return None


_TOWN_PLACES = frozenset({"city"})


def _town_subject(doc: Doc, t0: int, lex: _Words) -> tuple[bool, str | None]:
    """A town's noun in the singular nominative, the first noun of the number's clause and outside any name
    ("Miasto przygotowało dla inwestorów 100 ha terenów", "Gmina wyda 12 mln zł"): the figure is the town's, the
    municipality or the city named last in its sentence or the three before (annotation.md: an acting body
    without a name is the named place that acts), or nobody's; never a zone's or a company's named nearer.
    Returns whether such a subject decided, and the owner."""
    a, _b = _clause(doc, t0)
    for i in range(a, t0):
        nouns = [r for r in doc.readings[i] if r.pos == "subst"]
        if not nouns or doc.mention_at(i) is not None:
            continue
        if not any(r.lemma in lex.town_noun and "sg" in r.numbers and "nom" in r.cases for r in nouns):
            return False, None  # the clause's first noun is another's
        sent = doc.sent_of[t0]
        start = doc.tokens[t0].start
        for m in reversed(
            [doc.mentions[n] for t in range(max(0, sent - 3), sent + 1) for n in doc.mentions_in(t)]
        ):
            if m.start >= start or m.entity < 0:
                continue
            sub = doc.entities[m.entity].subtype
            if (m.type == "organization" and sub == "municipality") or (
                m.type == "place" and sub in _TOWN_PLACES
            ):
                return True, doc.entities[m.entity].id
        return True, None
    return False, None


def _unknown_body_subject(doc: Doc, t0: int) -> bool:
    """Whether the number's clause has a capitalised head noun of a zone, park, cluster or chamber in the
    nominative, outside any name, while the document names no organisation of that kind: the figure is that
    unnamed body's, not the nearest name's."""
    a, _b = _clause(doc, t0)
    for i in range(a, t0):
        if (
            not doc.tokens[i].is_cap
            or doc.mention_at(i) is not None
            or i == doc.sent_span[doc.sent_of[t0]][0]
        ):
            continue
        for r in doc.readings[i]:
            kind = _body_heads(doc.lang).get(r.lemma)
            if kind and r.pos == "subst" and "nom" in r.cases:
                return not any(e.type == "organization" and e.subtype == kind for e in doc.entities)
    return False


def _body_heads(lang: str) -> dict[str, str]:
    """Head nouns of the bodies that report totals (``org_heads.tsv``), with the subtype they give."""
    data = language_data(lang)
    return _body_heads_at(data.code, data.root)


@cache
def _body_heads_at(code: str, root: Path) -> dict[str, str]:
    heads = language_data(code).mapping("org_heads", "lemma", "subtype")
    return {k: v for k, v in heads.items() if v in ("economic_zone", "technology_park", "cluster")}


def _subtype(doc: Doc, entity_id: str) -> str | None:
    return next((e.subtype for e in doc.entities if e.id == entity_id), None)


def _investors_of_sentence(doc: Doc, s: int) -> list[set[str]]:
    """The investor sets of the investment events that the sentence states."""
    sent = doc.sentences[s]
    return [
        {p["entity"] for p in ev["participants"] if p["role"] == "investor"}
        for ev in doc.events
        if ev["type"] == "investment" and any(a <= sent.start < b for a, b in ev.get("evidence", ()))
    ]


def _sentence_investor(doc: Doc, t0: int, lex: _Words) -> str | None:
    """The one investor of the investment the number's sentence states, named in that sentence (in any case,
    before or after the number), where no unnamed firms are spoken of."""
    s = doc.sent_of[t0]
    if _unnamed_firms(doc, s, lex.company_noun):
        return None
    found = set().union(*_investors_of_sentence(doc, s))
    if len(found) != 1:
        return None
    named = {
        doc.entities[doc.mentions[n].entity].id for n in doc.mentions_in(s) if doc.mentions[n].entity >= 0
    }
    return found.pop() if found <= named else None


def _bracketed_after_investor(doc: Doc, t0: int) -> bool:
    """Money in brackets or after a dash right after the name of a company that invests in the document
    ("decyzje otrzymały spółki A (12 mln zł) i B (30 mln zł)", a list line "A (Kutno) – 12 mln zł")."""
    k = t0 - 1
    if k < 1 or doc.tokens[k].text not in _AFTER_NAME_MARKS:
        return False
    k -= 1
    if doc.tokens[k].text == ")":  # "A (Kutno) – 12 mln zł": a bracketed place between
        s0 = doc.sent_span[doc.sent_of[t0]][0]
        while k > s0 and doc.tokens[k].text != "(":
            k -= 1
        k -= 1
    n = doc.mention_at(k) if k >= 0 else None
    if n is None or doc.mentions[n].entity < 0 or doc.mentions[n].type != "organization":
        return False
    ent = doc.entities[doc.mentions[n].entity].id
    return any(
        p["entity"] == ent and p["role"] == "investor"
        for ev in doc.events
        if ev["type"] == "investment"
        for p in ev["participants"]
    )


_AFTER_NAME_MARKS = frozenset({"(", "–", "-", ":"})


def _sole_investor(doc: Doc) -> str | None:
    investors = {
        p["entity"]
        for ev in doc.events
        if ev["type"] == "investment"
        for p in ev["participants"]
        if p["role"] == "investor"
    }
    return investors.pop() if len(investors) == 1 else None


def _annexing(doc: Doc, t0: int, lex: _Words) -> bool:
    """A verb of annexing ("włączono", "dołączone zostaną", "wniosek o włączenie") in the sentence; a gerund after
    a preposition of time states a total ("po poszerzeniu strefa ma 900 ha")."""
    s0, s1 = doc.sent_span[doc.sent_of[t0]]
    for i in range(s0, s1):
        for r in doc.readings[i]:
            if r.lemma in lex.annexing and (
                r.pos != "ger" or not (i > s0 and doc.tokens[i - 1].lower in lex.after)
            ):
                return True
    return False


def _points_back(doc: Doc, t0: int, t1: int, lex: _Words) -> bool:
    """A pronoun that stands for a counted noun within four words before the count, in its clause; the count
    counts no noun of its own ("a ich 12 zakładów" counts plants)."""
    a, _b = _clause(doc, t0)
    if t1 < len(doc.tokens) and any(r.pos == "subst" for r in doc.readings[t1]):
        return False
    return any(doc.tokens[k].lower in lex.points_back for k in range(max(a, t0 - 4), t0))


def _former(doc: Doc, t0: int, former: frozenset[str]) -> bool:
    """ "teren dawnej Huty X": a former organisation owns no figures."""
    return any(doc.lemmas(k) & former for k in range(max(0, t0 - 2), t0))


_FOUNDED_KINDS = frozenset({"cluster", "business_association"})


def _founded_body_named(doc: Doc, t0: int) -> bool:
    """Whether a cluster or an association is named after the number in its sentence, the body that the parties
    counted found ("przedstawiciele 22 instytucji podpisali porozumienie o utworzeniu Klastra X": its partners)."""
    start = doc.tokens[t0].start
    return any(
        m.start > start
        and m.type == "organization"
        and m.entity >= 0
        and doc.entities[m.entity].subtype in _FOUNDED_KINDS
        for m in (doc.mentions[n] for n in doc.mentions_in(doc.sent_of[t0]))
    )


def _in_sentence(doc: Doc, t0: int, lemmas: frozenset[str]) -> bool:
    s0, s1 = doc.sent_span[doc.sent_of[t0]]
    return any(doc.lemmas(i) & lemmas for i in range(s0, s1))


def _breakdown(doc: Doc, t0: int, lex: _Words) -> bool:
    """ "…, w tym 40 ha i 15 ha", "o 12 ha": parts and increments of a total are no figures."""
    toks = doc.tokens
    words = tuple(toks[k].lower for k in range(max(0, t0 - 2), t0))
    if any(words[-len(b) :] == b for b in lex.breakdown if len(words) >= len(b)):
        return True
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    # each phrase is tried only where its first word stands (one set test per word of the sentence before)
    firsts = _first_words(lex.breakdown_before)
    if firsts is None:
        return any(
            all(toks[k + j].lower == w for j, w in enumerate(b))
            and not _period(doc, k + len(b) - 1, lex.period)
            for b in lex.breakdown_before
            for k in range(s0, t0 - len(b) + 1)
        )
    return any(
        all(toks[k + j].lower == w for j, w in enumerate(b)) and not _period(doc, k + len(b) - 1, lex.period)
        for k in range(s0, t0)
        if toks[k].lower in firsts
        for b in lex.breakdown_before
        if k <= t0 - len(b)
    )


@cache
def _first_words(phrases: tuple[tuple[str, ...], ...]) -> frozenset[str] | None:
    """The first words of `phrases`; None when one of them is empty (then every position is tried)."""
    return frozenset(b[0] for b in phrases) if all(phrases) else None


_NOT_MONEY = frozenset({"count", "ha", "percent", "m2", "km2"})


def _contract_clause(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether the number's clause names a contract or a contractor before the number ("przetarg", "kontrakt",
    "wykonawca"); after it they say what the money serves ("zainwestuje 20 mln zł w linię do realizacji
    kontraktów")."""
    a, _b = _clause(doc, t0)
    return any(doc.lemmas(i) & lex.contract for i in range(a, t0))


def _client(doc: Doc, t0: int, lex: _Words) -> str | None:
    """The organisation a priced plant is built for ("Mirbud wybuduje dla firmy X halę za 50 mln zł": X), named
    after a client preposition in the number's clause, maybe after a kind noun."""
    a, _b = _clause(doc, t0)
    for i in range(a, t0 - 1):
        if doc.tokens[i].lower not in lex.client:
            continue
        for k in (i + 1, i + 2):
            n = doc.mention_at(k)
            if n is not None:
                m = doc.mentions[n]
                if m.t0 == k and m.type == "organization" and m.entity >= 0:
                    return (
                        doc.entities[m.entity].id
                        if doc.entities[m.entity].subtype not in _NOT_OWNERS
                        else None
                    )
                break
    return None


_PLACE_CASE = frozenset({"loc"})  # a noun only in the locative after a count: "w 30 zakładach"


def _oblique_noun_after(doc: Doc, t1: int) -> bool:
    """Whether the noun right after a count stands only in the locative ("w 30 zakładach", "na 12 liniach"): the
    count is inside a phrase of place and counts places, not the people or firms of a figure (a dative still
    counts them: "da pracę 220 osobom")."""
    if t1 >= len(doc.tokens):
        return False
    nouns = [r for r in doc.readings[t1] if r.pos == "subst"]
    return bool(nouns) and all(r.cases <= _PLACE_CASE for r in nouns)


def _superlative_after(doc: Doc, t1: int) -> bool:
    """Whether the word right after a count is an adjective in the superlative ("500 największych firm", "100
    najlepszych pracodawców"): the count is the size of a list or a ranking."""
    if t1 >= len(doc.tokens):
        return False
    readings = doc.readings[t1]
    return bool(readings) and all(r.pos == "adj" and r.tag.endswith(":sup") for r in readings)


def _after_name(doc: Doc, t0: int) -> bool:
    """Whether the number follows an organisation's name right away, or after an opening bracket."""
    k = t0 - 1
    if k >= 0 and doc.tokens[k].text == "(":
        k -= 1
    n = doc.mention_at(k) if k >= 0 else None
    return n is not None and doc.mentions[n].type == "organization" and doc.mentions[n].t1 == k + 1


def _priced_facility(doc: Doc, t0: int, lex: _Words) -> bool:
    """ "wybuduje halę za 25 mln zł": money after a preposition of price, in a clause that names a plant, or one
    that buys a named organisation ("Grupa X przejęła spółkę Y za 200 mln zł": the price of a takeover is the
    buyer's investment; not "kupiła działkę od firmy Y za 2 mln zł", where the firm is the seller)."""
    if t0 == 0 or doc.tokens[t0 - 1].lower not in lex.price:
        return False
    a, _b = _clause(doc, t0)
    if any(doc.lemmas(i) & lex.facility for i in range(a, t0 - 1)):
        return True
    verb = next((i for i in range(a, t0 - 1) if doc.lemmas(i) & lex.purchase), None)
    if verb is None:
        return False
    for n in doc.mentions_in(doc.sent_of[t0]):
        m = doc.mentions[n]
        if verb < m.t0 < t0 and m.type == "organization" and m.entity >= 0:
            k = m.t0 - 1
            if k > verb and any(r.pos == "subst" for r in doc.readings[k]):
                k -= 1  # "spółkę Y": the kind noun before the name
            return not any(r.pos == "prep" for r in doc.readings[k])
    return False


def _growth(doc: Doc, t0: int, lex: _Words) -> bool:
    """ "zwiększy zatrudnienie o 120 osób", "zatrudnienie wzrośnie o 50 etatów": employment grown by a number
    (a word of growth before "o" in the number's clause) is that many jobs created."""
    if t0 == 0 or (doc.tokens[t0 - 1].lower,) not in lex.breakdown:
        return False
    a, _b = _clause(doc, t0)
    return any(doc.lemmas(i) & lex.growth for i in range(a, t0 - 1))


def _period(doc: Doc, i: int, period: frozenset[str]) -> bool:
    """Whether a period noun follows ``i`` ("w tym roku", "w tym kwartale"): a time, not a breakdown."""
    return i + 1 < len(doc.tokens) and bool(doc.lemmas(i + 1) & period)


def _unnamed_firms(doc: Doc, s: int, firm: frozenset[str]) -> bool:
    s0, s1 = doc.sent_span[s]
    for i in range(s0, s1):
        for r in doc.readings[i]:
            if r.lemma in firm and "pl" in r.numbers and r.pos == "subst":
                return True
    return False


def _future_clause(doc: Doc, t0: int, lex: _Words) -> bool:
    """A future auxiliary ("będzie", "będą") in the number's clause."""
    a, b = _clause(doc, t0)
    return any(doc.tokens[i].lower in lex.future for i in range(a, b))


def _planned(doc: Doc, t0: int, lex: _Words, metric: str | None = None) -> bool:
    """A plan or wish before the number ("Chcemy kupić działkę o powierzchni 40 ha"); "może być" is none, and
    neither is a participle: "deklarowane nakłady 50 mln zł" state a figure. The money of an investment that a
    firm plans ("Spółka X planuje zainwestować 80 mln zł") is stated like the money it will invest, unless the
    plan has no time ("zamierza kiedyś zainwestować"): a wish ("chce zainwestować") is none."""
    s0, s1 = doc.sent_span[doc.sent_of[t0]]
    firm = metric == "investment" and not any(doc.lemmas(i) & lex.vague for i in range(s0, s1))
    a, _b = _clause(doc, t0)
    if a > s0 and doc.lemmas(a) & lex.relative:
        s0 = a  # "firma będzie mogła rozpocząć budowę zakładu, który ma kosztować 70 mln zł": a relative clause
        # has its own modality, not that of the clause it hangs on
    for i in range(s0, t0):
        for r in doc.readings[i]:
            if lex.modality.get(r.lemma.lower()) != "plan" or r.pos not in ("fin", "praet"):
                continue
            if firm and r.lemma in lex.firm_plan:
                continue
            infs = [x.lemma for k in range(i + 1, min(t0, i + 5)) for x in doc.readings[k] if x.pos == "inf"]
            if infs and infs[0] not in lex.copula:
                return True
    return False


_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")"})


def _clause(doc: Doc, t0: int) -> tuple[int, int]:
    """The token range of the clause around ``t0``: its sentence cut at commas, semicolons and brackets."""
    s0, s1 = doc.sent_span[doc.sent_of[t0]]
    a = t0
    while a > s0 and doc.tokens[a - 1].text not in _CLAUSE_MARKS:
        a -= 1
    b = t0
    while b < s1 and doc.tokens[b].text not in _CLAUSE_MARKS:
        b += 1
    return a, b


def _nominative(doc: Doc, m: Mention) -> bool:
    """Whether a name stands in the nominative, the case of a subject: its own case where the name finder knows
    it, else that of the common noun before it ("firma X", "koncernowi X"), else that of its first word."""
    if m.case is not None:
        return m.case == "nom"
    if m.t0 > 0:
        before = [r for r in doc.readings[m.t0 - 1] if r.pos in ("subst", "prep")]
        if any(r.pos == "prep" for r in before):
            return False
        if before:
            return any("nom" in r.cases for r in before)
    own = [r for r in doc.readings[m.t0] if r.cases]
    return not own or any("nom" in r.cases for r in own)


def _subject(doc: Doc, t0: int, lex: _Words) -> str | None:
    """The organisation that is the subject of the number's clause: the first name in the nominative before the
    number ("Gmina X pozyskała 5 mln zł"), else after it ("5 mln zł zainwestuje firma X")."""
    a, b = _clause(doc, t0)
    start = doc.tokens[t0].start
    found = [
        m
        for m in (doc.mentions[n] for n in doc.mentions_in(doc.sent_of[t0]))
        if a <= m.t0
        and m.t1 <= b
        and m.type == "organization"
        and m.entity >= 0
        and doc.entities[m.entity].subtype not in _NOT_OWNERS
        and not _former(doc, m.t0, lex.former)
        and _nominative(doc, m)
    ]
    before = [m for m in found if m.start < start]
    pick = before or [m for m in found if m.start > start]
    if not pick:
        return _subject_before_apposition(doc, t0, a, lex)
    return doc.entities[pick[0].entity].id


def _subject_before_apposition(doc: Doc, t0: int, a: int, lex: _Words) -> str | None:
    """ "Spółka X, dostawca firmy Y, zainwestuje 40 mln zł": a clause that opens with its verb after a comma
    goes on with the subject the sentence opened with (a name, or a kind noun and a name, in the nominative),
    not with a name inside the apposition between."""
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    if a <= s0 or not any(r.pos in _FINITE for r in doc.readings[a]):
        return None
    for n in doc.mentions_in(doc.sent_of[t0]):
        m = doc.mentions[n]
        if m.t0 > s0 + 1 and not _nominal_opening(doc, s0, m.t0):
            return None
        if (
            m.type == "organization"
            and m.entity >= 0
            and doc.entities[m.entity].subtype not in _NOT_OWNERS
            and not _former(doc, m.t0, lex.former)
            and _nominative(doc, m)
        ):
            return doc.entities[m.entity].id
    return None


_FINITE = frozenset({"fin", "praet"})
_OPENING_WORDS = 3  # the words a sentence may open with before its subject's name ("Polska spółka X, …")


def _nominal_opening(doc: Doc, s0: int, t: int) -> bool:
    """Whether the words from a sentence's start to ``t`` are a few nominatives that lead its subject's name in
    (an adjective and a kind noun: "Polska spółka Termodal, należąca do koncernu Y, zainwestuje…")."""
    return t - s0 <= _OPENING_WORDS and all(
        doc.tokens[k].is_word
        and any(r.pos in ("adj", "subst") and "nom" in r.cases for r in doc.readings[k])
        and not any(r.pos in _FINITE or r.pos == "prep" for r in doc.readings[k])
        for k in range(s0, t)
    )


_REPORTING = ("economic_zone", "technology_park", "cluster", "business_association")
# the kinds of body whose totals a figure with no name near is about, by metric
_TOPIC: dict[str, tuple[str, ...]] = {
    "investment": ("economic_zone",),
    "jobs": ("economic_zone",),
    "area_ha": ("economic_zone",),
    "companies": ("economic_zone", "technology_park"),
    "members": ("cluster", "business_association"),
    "partners": ("cluster", "business_association"),
}


def _topic(doc: Doc, subtypes: tuple[str, ...]) -> str | None:
    """The organisation of one of these kinds that the document names most often (the first named on a tie)."""
    best = None
    for e in doc.entities:
        if e.type == "organization" and e.subtype in subtypes and e.mentions:
            key = (len(e.mentions), -min(doc.mentions[n].start for n in e.mentions))
            if best is None or key > best[0]:
                best = (key, e.id)
    return best[1] if best else None


_VERB_FORMS = frozenset({"fin", "praet", "pact", "ppas"})


def _plural_counter(doc: Doc, t0: int, metric: str) -> bool:
    """Whether a count of firms or members hangs on a plural verb ("trzy klastry, skupiające razem 300 firm"):
    several bodies counted together, a joint figure of none of them."""
    if metric not in ("companies", "members", "partners"):
        return False
    a, _b = _clause(doc, t0)
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    for i in range(a, t0):
        if not any(r.pos in _VERB_FORMS and "pl" in r.numbers for r in doc.readings[i]):
            continue
        for k in range(i - 1, s0 - 1, -1):  # the noun the verb agrees with: the nearest one before it
            nouns = [r for r in doc.readings[k] if r.pos == "subst"]
            if nouns:
                if all(r.numbers == {"pl"} for r in nouns):
                    return True
                break
    return False


def _company_subject(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether a company noun in the singular nominative ("Firma zainwestuje 5 mln zł", "Zatrudniający 500 osób
    zakład") is the subject of the number's clause: the figure is that one company's, never a total of the
    document's zone."""
    a, b = _clause(doc, t0)
    return any(
        r.lemma in lex.company_noun and r.pos == "subst" and "sg" in r.numbers and "nom" in r.cases
        for i in range(a, b)
        if i < t0 or doc.mention_at(i) is None
        for r in doc.readings[i]
    )


def _counted_body(doc: Doc, t1: int) -> str | None:
    """The organisation named right after a count of partners or members ("20 członków Izby X")."""
    for i in (t1, t1 + 1):
        n = doc.mention_at(i)
        if n is not None:
            m = doc.mentions[n]
            if m.type == "organization" and m.entity >= 0 and m.t0 == i:
                return doc.entities[m.entity].id
    return None


def _investor_owner(doc: Doc, sent: int, start: int, metric: str, lex: _Words) -> str | None:
    """The document's sole investor, for an investment figure with no organisation named before it in its
    sentence and no unnamed firms around."""
    if metric not in ("investment", "jobs", "area_ha", "employees") or _unnamed_firms(
        doc, sent, lex.company_noun
    ):
        return None
    investor = _sole_investor(doc)
    if investor is not None and not any(
        doc.mentions[n].type == "organization" and doc.mentions[n].start < start
        for n in doc.mentions_in(sent)
    ):
        return investor if _last_named(doc, start, investor) == investor else None
    return None


def _last_named(doc: Doc, start: int, investor: str) -> str | None:
    """Of the investor and the bodies that report totals (zones, parks, clusters, chambers), the one that was
    last the subject of a sentence (its first organisation, in the nominative) before ``start``: a total after
    "Strefa X powstała w 1997 r." is the zone's, not that of an investor named before it; an investor named only
    later in the text owns no figure before it."""
    last = None
    named = False
    seen: set[int] = set()
    for m in doc.mentions:  # in text order
        if m.start >= start:
            break
        if m.type != "organization" or m.entity < 0:
            continue
        e = doc.entities[m.entity]
        named = named or e.id == investor
        if m.sent in seen:
            continue
        seen.add(m.sent)  # the sentence's first organisation
        if (e.id == investor or e.subtype in _REPORTING) and _nominative(doc, m):
            last = e.id
    return investor if named and last in (None, investor) else last


def _owner_window(doc: Doc, sent: int, start: int, lex: _Words, t0: int) -> list[Mention]:
    """The candidate owners: organisations named before the figure in its sentence and the three before."""
    inserted = _inserted_span(doc, t0, lex)
    return [
        m
        for m in (doc.mentions[n] for t in range(max(0, sent - 3), sent + 1) for n in doc.mentions_in(t))
        if sent - 3 <= m.sent <= sent
        and not inserted[0] <= m.t0 < inserted[1]
        and not _former(doc, m.t0, lex.former)
        and m.type == "organization"
        and m.entity >= 0
        and m.start < start
        and doc.entities[m.entity].subtype not in _NOT_OWNERS
    ]


def _owner_without_window(doc: Doc, t0: int, sent: int, start: int, metric: str, lex: _Words) -> str | None:
    """The owner when no organisation is named before the figure: the investor of its sentence's investment, the
    document's topic, or one named after the number in its sentence."""
    if metric in ("investment", "jobs"):
        stated = _sentence_investor(doc, t0, lex)
        if stated is not None:
            return stated  # "inwestycja za 60 mln zł zostanie zrealizowana przez spółkę X"
    if metric in _INVESTOR_METRICS:
        told = _investor_named_next(doc, sent, lex)
        if told is not None:
            return told  # "Jej budowa pochłonie 25 mln zł. Inwestorem jest spółka X."
    if metric in _TOPIC and not _company_subject(doc, t0, lex) and not _plural_counter(doc, t0, metric):
        # "Dotąd wydano tam 2 mld zł": a total of the body the document is about
        return _topic(doc, _TOPIC[metric])
    later = [
        m
        for m in (doc.mentions[n] for n in doc.mentions_in(sent))
        if m.type == "organization"
        and m.entity >= 0
        and m.start > start
        and doc.entities[m.entity].subtype == "economic_zone"
    ]
    if later and metric in _PREFER_ZONE_LATER:
        return doc.entities[later[0].entity].id
    after = [
        m
        for m in (doc.mentions[n] for n in doc.mentions_in(sent))
        if m.type == "organization"
        and m.entity >= 0
        and m.start > start
        and doc.entities[m.entity].subtype not in _NOT_OWNERS
    ]
    return doc.entities[after[0].entity].id if after and metric not in _TOPIC else None


_INVESTOR_METRICS = frozenset({"investment", "jobs", "area_ha"})


def _investor_named_next(doc: Doc, sent: int, lex: _Words) -> str | None:
    """The organisation named in the next sentence when it opens with the noun of an investor in the instrumental,
    maybe after one adjective ("Inwestorem jest spółka X", "Głównym inwestorem będzie koncern Y"): the owner of an
    investment's money, jobs and area stated before anybody is named."""
    t = sent + 1
    if t >= len(doc.sent_span):
        return None
    s0, s1 = doc.sent_span[t]
    if not any(
        r.lemma in lex.investor_lead and r.pos == "subst" and "inst" in r.cases
        for i in range(s0, min(s0 + 2, s1))
        for r in doc.readings[i]
    ):
        return None
    for n in doc.mentions_in(t):
        m = doc.mentions[n]
        if m.type == "organization" and m.entity >= 0:
            return doc.entities[m.entity].id if doc.entities[m.entity].subtype not in _NOT_OWNERS else None
    return None


def _owner_in_window(
    doc: Doc, t0: int, sent: int, metric: str, lex: _Words, window: list[Mention]
) -> str | None:
    """The nearest candidate of the kinds the metric prefers, in the figure's sentence first."""
    same = [m for m in window if m.sent == sent]
    prefs_list = _PREFERENCES.get(metric, ((),))
    if _company_subject(doc, t0, lex):
        prefs_list = (("company",),)  # "Spółka wyda 5 mln zł": a company named before, or nobody
    elif prefs_list is _INVESTOR_FIRST and _unnamed_firms(doc, sent, lex.company_noun):
        prefs_list = prefs_list[1:]  # "firmy … wydały": totals of a zone's unnamed firms
        if not any(doc.entities[m.entity].subtype == "economic_zone" for m in window):
            zone = _topic(doc, ("economic_zone",))  # the zone the document is about, named further back
            if zone is not None:
                return zone
    for prefs in prefs_list:
        for pool in (same, window):
            pick = [m for m in pool if not prefs or doc.entities[m.entity].subtype in prefs]
            if pick:
                if pool is window:
                    return _salient(doc, pick)
                return doc.entities[pick[-1].entity].id
    if prefs_list == (("company",),):
        return _sole_company(doc)  # "Zatrudniający 500 osób zakład": the one company the text names
    return None


def _sole_company(doc: Doc) -> str | None:
    """The document's one company, where it names exactly one."""
    found = [e.id for e in doc.entities if e.type == "organization" and e.subtype == "company"]
    return found[0] if len(found) == 1 else None


def _trading_country(doc: Doc, t0: int, lex: _Words) -> str | None:
    """The country whose trade a number states: named after the trade noun ("eksport Czech sięgnął 3 mld euro")
    or, after "nasz" or the home country's adjective ("nasz eksport do Chin"), the home country, where the
    document names it."""
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    for i in range(t0 - 1, max(s0, t0 - 7) - 1, -1):
        if not doc.lemmas(i) & lex.trade:
            continue
        n = doc.mention_at(i + 1) if i + 1 < t0 else None
        if n is not None and doc.mentions[n].subtype == "country" and doc.mentions[n].entity >= 0:
            return doc.entities[doc.mentions[n].entity].id
        if i > s0 and doc.lemmas(i - 1) & lex.home:
            home = [m for m in doc.mentions if m.country in lex.home_country and m.subtype == "country"]
            if home and home[0].entity >= 0:
                return doc.entities[home[0].entity].id
        return None
    return None


def _owner(doc: Doc, t0: int, metric: str, lex: _Words, t1: int | None = None) -> str | None:
    """The organisation a figure is about.

    A count of partners or members followed by an organisation belongs to it ("20 członków Izby X").
    Otherwise the candidates are the organisations named before the number in its sentence and the three
    sentences before; the nearest one of the kinds the metric prefers wins (a named company for an investment's
    money, jobs and area, else the zone that reports totals for its unnamed firms)."""
    sent = doc.sent_of[t0] if t0 < len(doc.sent_of) else 0
    if t1 is not None and metric in ("partners", "members"):
        counted = _counted_body(doc, t1)
        if counted is not None:
            return counted
    if metric == "exports":
        country = _trading_country(doc, t0, lex)
        if country is not None:
            return country
    start = doc.tokens[t0].start
    decided, bracketed = _bracket_owner(doc, t0, lex)
    if decided:
        return bracketed
    if _joint_subject(doc, t0, lex):
        return None  # "Spółki A i B zainwestują łącznie 80 mln zł": a figure of both is of neither
    speaker = _speaker_org(doc, t0, lex)
    if speaker is not None:
        return speaker
    decided, antecedent = _relative_antecedent(doc, t0, lex)
    if decided:
        return antecedent
    possessor = _investment_possessor(doc, t0, metric, lex)
    if possessor is not None:
        return possessor
    subject = _subject(doc, t0, lex)
    if subject is not None:
        return subject
    if metric in _COUNTRY_METRICS:
        country = _country_subject(doc, t0)
        if country is not None:
            return (
                country  # "Korea Południowa zainwestowała w Polsce 8 mld dolarów": the country's investment
            )
    named = None if _complement_clause(doc, t0, lex) else _by_head_noun(doc, t0)
    if named is not None:
        return named
    decided, town = _town_subject(doc, t0, lex)
    if decided:
        return town  # "Miasto przygotowało 100 ha terenów": the town's, not the zone's named before
    if _unknown_body_subject(doc, t0):
        return None  # "nasza Strefa obejmuje 900 ha" in a text that names no zone: nobody we know
    investor = _investor_owner(doc, sent, start, metric, lex)
    if investor is not None:
        return investor
    window = _owner_window(doc, sent, start, lex, t0)
    if not window:
        return _owner_without_window(doc, t0, sent, start, metric, lex)
    return _owner_in_window(doc, t0, sent, metric, lex, window)


_COUNTRY_METRICS = frozenset({"investment", "exports"})
_ACTING_PLACES = frozenset({"country", "region"})


def _country_subject(doc: Doc, t0: int) -> str | None:
    """A country or region in the nominative before the number in its clause, where the clause names no
    organisation: the subject of the clause, and so the owner of its investment or exports."""
    a, _b = _clause(doc, t0)
    start = doc.tokens[t0].start
    for n in doc.mentions_in(doc.sent_of[t0]):
        m = doc.mentions[n]
        if m.start >= start or m.t0 < a:
            continue
        if m.type == "organization":
            return None
        if m.type == "place" and m.subtype in _ACTING_PLACES and m.entity >= 0 and _place_nominative(doc, m):
            return doc.entities[m.entity].id
    return None


def _place_nominative(doc: Doc, m: Mention) -> bool:
    """Whether a place's name stands in the nominative: a place's name declines, so its own first word says its
    case ("według danych rządu Korea Południowa zainwestowała": the nominative after a genitive noun, no
    apposition); a name that reads no case goes by the noun before it."""
    if m.case is None:
        own = [r for r in doc.readings[m.t0] if r.pos == "subst" and r.cases]
        if own:
            return any("nom" in r.cases for r in own)
    return _nominative(doc, m)


_BRACKET_REACH = (
    8  # how far back from a number its opening bracket may stand ("(inwestycja 40 mln zł, 50 miejsc")
)
_BRACKET_STOPS = frozenset({"(", ")", ".", ";", "!", "?"})


def _bracket_owner(doc: Doc, t0: int, lex: _Words) -> tuple[bool, str | None]:
    """A number inside a bracket right after a name is that name's ("spółki A (inwestycja 18 mln zł) i B (65 mln
    zł)", "Klaster X (ponad 40 firm)"): an organisation's, or nobody's where the name before the bracket is a
    capitalised word that no organisation of the document holds (an owner not found is no licence to take the
    name before it). Returns whether the bracket decided, and the owner."""
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    k = t0 - 1
    while k > s0 and t0 - k <= _BRACKET_REACH and doc.tokens[k].text not in _BRACKET_STOPS:
        k -= 1
    if k <= s0 or doc.tokens[k].text != "(":
        return False, None
    b = k - 1
    n = doc.mention_at(b)
    if n is None:
        return (True, None) if doc.tokens[b].is_cap and b > s0 else (False, None)
    m = doc.mentions[n]
    if m.t1 != k or m.type != "organization" or m.entity < 0:
        return False, None
    if doc.entities[m.entity].subtype in _NOT_OWNERS or _former(doc, m.t0, lex.former):
        return True, None
    return True, doc.entities[m.entity].id


def _joint_subject(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether the number's clause opens with two organisations joined by a conjunction, the first in the
    nominative, before the number ("Spółki A i B zainwestują 80 mln zł", "Gmina X oraz firma Y wydadzą…")."""
    a, _b = _clause(doc, t0)
    names = [
        m
        for m in (doc.mentions[n] for n in doc.mentions_in(doc.sent_of[t0]))
        if a <= m.t0 and m.t1 <= t0 and m.type == "organization" and m.entity >= 0
    ]
    for m1, m2 in zip(names, names[1:], strict=False):
        between = range(m1.t1, m2.t0)
        if (
            m1.entity != m2.entity
            and 1 <= len(between) <= 2
            and doc.tokens[m1.t1].lower in lex.together
            and all(not doc.tokens[i].is_cap for i in between)
            and _nominative(doc, m1)
        ):
            return True
    return False


def _speaker_org(doc: Doc, t0: int, lex: _Words) -> str | None:
    """ "– Zainwestujemy w Polsce 80 mln zł – zapowiedział Jan Nowak, prezes firmy X": a verb in the first person
    plural in the number's clause makes the figure the speaker's organisation's, the organisation of the person
    named with a title in that sentence or the next."""
    a, b = _clause(doc, t0)
    if not any(
        r.pos in _FINITE and "pl" in r.numbers and not lex.first_person.isdisjoint(r.tag.split(":"))
        for i in range(a, b)
        for r in doc.readings[i]
    ):
        return None
    s = doc.sent_of[t0]
    for t in (s, s + 1):
        if t >= len(doc.sent_span):
            break
        for n in doc.mentions_in(t):
            m = doc.mentions[n]
            if m.type != "person" or m.entity < 0:
                continue
            for role in doc.entities[m.entity].roles:
                org = role.get("organization")
                if org:
                    return org
    return None


def _salient(doc: Doc, pick: list[Mention]) -> str:
    """Of the candidates named in the sentences before the figure's, the subject of the latest sentence that
    has one in the nominative ("Spółka A przejęła zakład od firmy B. Nowy właściciel zainwestuje…": A), else the
    nearest."""
    for s in sorted({m.sent for m in pick}, reverse=True):
        subjects = [m for m in pick if m.sent == s and _nominative(doc, m)]
        if subjects:
            return doc.entities[subjects[0].entity].id
    return doc.entities[pick[-1].entity].id


def _complement_clause(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether the number's clause opens with a complementiser ("Strefa szacuje, że inwestycja pochłonie 60 mln
    zł"): the speaker of the main clause is no owner of what the reported clause states."""
    a, _b = _clause(doc, t0)
    return a < t0 and doc.tokens[a].lower in lex.complement


def _relative_antecedent(doc: Doc, t0: int, lex: _Words) -> tuple[bool, str | None]:
    """ "firmy A, która wyda 20 mln zł, oraz B, która zainwestuje 35 mln zł": a number in a relative clause
    belongs to the name right before the clause's comma, an organisation's, or nobody's where that name is a
    capitalised word that no organisation of the document holds, or a noun of a firm left unnamed ("nazwa
    koncernu, który zainwestuje 500 mln zł, pozostaje tajemnicą"; after a named company the noun takes it up:
    "Firma X … Niemiecka spółka, która zatrudnia 800 osób"). A lower-case relative pronoun that opens a
    sentence follows a stray full stop: its antecedent ends the sentence before. Returns whether the clause
    decided, and the owner."""
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    a = t0
    while a > s0 and doc.tokens[a - 1].text not in _CLAUSE_MARKS and doc.tokens[a - 1].text != ".":
        a -= 1
    if a >= t0 or a < 2 or doc.tokens[a - 1].text not in (",", ".") or not doc.lemmas(a) & lex.relative:
        return False, None
    if doc.tokens[a - 1].text == "." and doc.tokens[a].is_cap:
        # a full stop before a relative pronoun is a stray one only before a lower-case word
        return False, None
    b = a - 2
    n = doc.mention_at(b)
    if n is None:
        if (
            not doc.tokens[b].is_cap
            and any(
                r.lemma in lex.firm_kind and r.pos == "subst" and "sg" in r.numbers for r in doc.readings[b]
            )
            and not _company_before(doc, b)
        ):
            return True, None  # no company named before: the kind noun speaks of one the text does not name
        return (True, None) if doc.tokens[b].is_cap and b > s0 else (False, None)
    m = doc.mentions[n]
    if m.t1 != b + 1 or m.type == "person" or m.entity < 0 or doc.entities[m.entity].subtype in _NOT_OWNERS:
        return False, None
    if m.type == "place" and m.t0 > s0 and any(r.pos == "prep" for r in doc.readings[m.t0 - 1]):
        # "Zakład X w Kutnie, który zatrudnia 180 osób": a place after a preposition says where, owns nothing
        return False, None
    return True, doc.entities[m.entity].id  # a place too: "miasto X, które wyda 20 mln zł"


def _inserted_span(doc: Doc, t0: int, lex: _Words) -> tuple[int, int]:
    """The tokens of a relative clause inserted between a sentence's opening subject and its verb ("Firma, która
    współpracuje z koncernem X, wybuduje halę za 25 mln zł"): from the sentence's first comma, a relative pronoun
    after it, to the clause of the number at ``t0``, where that clause opens with a finite verb; names there own
    nothing of it."""
    a, _b = _clause(doc, t0)
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    if a <= s0 or not any(r.pos in _FINITE for r in doc.readings[a]):
        return 0, 0
    first = next((i for i in range(s0, a) if doc.tokens[i].text == ","), a)
    if first + 1 >= a or not doc.lemmas(first + 1) & lex.relative:
        return 0, 0  # "Drugi inwestor, spółka X, zainwestuje": an apposition names the subject itself
    return first, a


_POSSESSED = frozenset({"investment", "jobs"})


def _investment_possessor(doc: Doc, t0: int, metric: str, lex: _Words) -> str | None:
    """ "Strefa wspiera inwestycję firmy X o wartości 45 mln zł", "Inwestycja koncernu X pochłonie 500 mln zł": the
    organisation named right after an investment noun of the number's clause (a kind noun may stand between) is
    the investor, whatever the subject of the clause."""
    if metric not in _POSSESSED:
        return None
    a, b = _clause(doc, t0)
    for i in range(a, b - 1):
        if i == t0 or not doc.lemmas(i) & lex.investment_noun:
            continue
        for k in (i + 1, i + 2):
            n = doc.mention_at(k) if k < b else None
            if n is None:
                continue
            m = doc.mentions[n]
            if (
                m.t0 == k
                and m.type == "organization"
                and m.entity >= 0
                and doc.entities[m.entity].subtype not in _NOT_OWNERS
                and (k == i + 1 or _genitive_noun(doc, i + 1))
            ):
                return doc.entities[m.entity].id
            break
    return None


def _genitive_noun(doc: Doc, i: int) -> bool:
    """A lower-case noun that may stand in the genitive ("inwestycja firmy X")."""
    return not doc.tokens[i].is_cap and any(r.pos == "subst" and "gen" in r.cases for r in doc.readings[i])


_SHORT_FORM_KINDS = frozenset({"economic_zone", "technology_park", "cluster"})


def _words_of(name: str) -> frozenset[str]:
    return frozenset(w[:4] for w in name.casefold().replace("-", " ").split())


def _full_body(doc: Doc, ent_id: str) -> str:
    """A zone, park or cluster named by a short form whose words all stand in the longer name of one other
    organisation of the same kind in the document ("Strefa Wałbrzyska" beside "Wałbrzyska Specjalna Strefa
    Ekonomiczna") is that organisation, and its figures are the full name's."""
    ent = next((e for e in doc.entities if e.id == ent_id), None)
    if ent is None or ent.subtype not in _SHORT_FORM_KINDS:
        return ent_id
    short = _words_of(ent.name)
    longer = [
        e.id
        for e in doc.entities
        if e.id != ent_id
        and e.type == "organization"
        and e.subtype == ent.subtype
        and short < _words_of(e.name)
    ]
    return longer[0] if len(longer) == 1 else ent_id


def _company_before(doc: Doc, t: int) -> bool:
    """Whether a company is named before token ``t``."""
    start = doc.tokens[t].start
    for m in doc.mentions:  # in text order
        if m.start >= start:
            return False
        if m.type == "organization" and m.entity >= 0 and doc.entities[m.entity].subtype == "company":
            return True
    return False
