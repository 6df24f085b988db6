"""Figures: amounts and counts (kooperacja.text.numbers) tied to a metric by the words around them and to the
entity the sentence is about ("Strefa X skupia 120 firm, które wydały tam 9 mld zł": the zone's companies and
investment). The words are the document language's ``figure_metrics`` and ``figure_words`` tables."""

from __future__ import annotations

import bisect
from itertools import compress
from operator import attrgetter, not_
from typing import Any

from kooperacja.extract.boilerplate import in_boilerplate
from kooperacja.extract.doc import Doc
from kooperacja.extract.figure_clause import (
    _FINITE,
    _MIN_COUNT,
    _PEOPLE,
    _clause,
    _first_line,
    _in_sentence,
    _subtype,
)
from kooperacja.extract.figure_keep import (
    _NOT_MONEY,
    _after_name,
    _annexing,
    _averaged,
    _bracketed_after_investor,
    _bracketed_project,
    _breakdown,
    _by_origin,
    _client,
    _contract_clause,
    _counted_firms_before,
    _counts_units,
    _dated_past,
    _founded_body_named,
    _founding_signed,
    _future_clause,
    _grown,
    _grown_headcount,
    _growth,
    _growth_range,
    _noun_left_out,
    _oblique_noun_after,
    _period_subject,
    _planned,
    _points_back,
    _priced_facility,
    _priced_goods,
    _sale_clause,
    _superlative_after,
    _wished,
)
from kooperacja.extract.figure_keep import _period as _period
from kooperacja.extract.figure_lexicon import _body_heads_at as _body_heads_at
from kooperacja.extract.figure_lexicon import _Words, _words
from kooperacja.extract.figure_metric import (
    _before_year,
    _dated_tokens,
    _first_noun_lemmas,
    _governing_verb,
    _linked_metric,
    _linked_noun,
    _list_row_money,
    _metric,
    _so_much_after,
    _value_referent,
    _verb_metrics,
)
from kooperacja.extract.figure_owner import _full_body, _owner
from kooperacja.extract.figure_subject import _counted_antecedent, _joint_total
from kooperacja.extract.figure_table import table_figures
from kooperacja.text.numbers import find_amounts

# a count of firms is a zone's or park's `companies` and a cluster's or chamber's `members` ("skupia 80 firm")
_COUNT_OF = {
    ("members", "economic_zone"): "companies",
    ("members", "technology_park"): "companies",
    ("companies", "cluster"): "members",
    ("companies", "business_association"): "members",
}
_BODY_COUNTS = frozenset({"companies", "members"})
_NOT_COUNTING_BODIES = frozenset(
    {"research_education", "municipality", "regional_government", "national_government", "agency"}
)
_NO_KEYS: frozenset[str] = frozenset()
_IS_WORD = attrgetter("is_word")


def _more_left_out(doc: Doc, t0: int, t1: int, lex: _Words) -> bool:
    """A count right after a word of more (`added_before`: "kolejnych", "dodatkowych") with no word after it in
    its sentence, its noun left out ("ma 500 pracowników i zatrudni dodatkowych 60."), after a verb of jobs: more of the
    people counted before."""
    if t0 == 0 or doc.lemmas(t0 - 1).isdisjoint(lex.added_before):
        return False
    n = len(doc.tokens)
    if not (t1 >= n or not doc.tokens[t1].is_word or doc.sent_of[t1] != doc.sent_of[t0]):
        return False
    # the count's own verb, the last finite verb of its clause before it, starts a row of jobs in the metric table
    # ("zatrudni dodatkowych 60"): those who leave, retire, are trained or cut ("odejdzie kolejnych 20") are no jobs
    a, _b = _clause(doc, t0)
    verb = next((i for i in range(t0 - 1, a - 1, -1) if any(r.pos in _FINITE for r in doc.readings[i])), None)
    return verb is not None and "jobs" in _verb_metrics(doc, lex, verb)


def _asked_metric(doc: Doc, keys: list[frozenset[str]], t0: int, t1: int, lex: _Words) -> str | None:
    """The metric of a bare count in an answer that opens with no verb before it, right after a question with a
    question word of a count (`asked`: "Ile etatów przewiduje firma? – Najpierw 60, po rozbudowie 150."): the metric
    that the question states, read with the question word in the number's place."""
    s = doc.sent_of[t0]
    if s == 0 or (t1 < len(doc.tokens) and doc.sent_of[t1] == s and doc.tokens[t1].is_word):
        return None  # a count with a word after it counts its own noun
    q0, q1 = doc.sent_span[s - 1]
    if doc.tokens[q1 - 1].text != "?":
        return None
    ask = next((i for i in range(q0, q1) if doc.tokens[i].lower in lex.asked), None)
    a0 = doc.sent_span[s][0]
    if ask is None or any(
        doc.readings[i] and all(r.pos in _FINITE for r in doc.readings[i]) for i in range(a0, t0)
    ):
        return None
    row = _metric(doc, keys, ask, ask + 1, "count", lex)
    return row[1] if row is not None and row[1] != "none" else None


def _in_clause(doc: Doc, t0: int, lemmas: frozenset[str]) -> bool:
    a, b = _clause(doc, t0)
    return any(doc.lemmas(i) & lemmas for i in range(a, b))


def _restated(doc: Doc, amount: Any, before: Any, lex: _Words) -> bool:
    """Whether a money amount restates the one right before it in another currency, only a `restating` word between
    them ("30 mln euro, czyli ok. 130 mln zł"). A conversion in brackets ("50 mln euro (ok. 215 mln zł)") is no
    figure of its own (test_figures_s10fig)."""
    if before is None or before.unit == amount.unit or before.unit in _NOT_MONEY:
        return False
    between = doc.text[before.end : amount.start].replace(",", " ").split()
    return len(between) == 1 and between[0].lower() in lex.restating


def _event_gathered(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether a count hangs on a noun of the people an event gathered (`delegate`: "delegatów 45 spółek",
    "uczestników", "gości") that follows a verb of gathering (`gathering`) whose subject, before it in the
    sentence, is an event (`gathering_event`: "Targi zgromadziły w Kielcach przedstawicieli 60 firm"): those who
    came, no body's count of firms. A cluster or park that "zgromadził 70 członków" keeps its members."""
    s0 = doc.sent_span[doc.sent_of[t0]][0]
    for d in range(max(s0, t0 - 2), t0):
        if doc.lemmas(d) & lex.delegate:
            for k in range(d - 1, max(s0, d - 6) - 1, -1):
                if doc.lemmas(k) & lex.gathering:
                    return any(doc.lemmas(i) & lex.gathering_event for i in range(s0, k))
    return False


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
    figures, table_rows = table_figures(doc)  # "Spółka | Nowe etaty | Nakłady (mln zł)" and its rows
    seen: set[tuple[str, str, object]] = {(f["entity"], f["metric"], f["value"]) for f in figures}
    dated_past: set[int] = (
        set()
    )  # the figures (by index) of headcounts stated in the past tense beside a year
    by_adjective: set[int] = (
        set()
    )  # the figures (by index) stated by an amount adjective ("miliardowa inwestycja")
    last_metric: dict[tuple[int, str], str] = {}  # (sentence, kind of number) -> the metric last stated
    dated = _dated_tokens(doc, starts)
    # the owner of a count of firms, by the count's last token (its qualifier aside: "ponad 400 firm")
    count_owner: dict[int, str] = {}
    unowned: set[tuple[float, str]] = set()  # the amounts of the body that have a metric and no owner
    headline_end = _headline_end(doc)
    # a sum's owner, metric, its sentence's start, its own start and value, and whether the sum gave its metric
    sums: list[tuple[str, str, int, int, float, bool]] = []
    prev_money = None  # the money amount before this one
    money_owner: dict[int, tuple[str, str]] = {}  # a money figure's metric and owner, by its amount's start
    for amount in doc.amounts:
        if amount.is_range or amount.value is None or amount.kind != "amount" or amount.unit == "percent":
            continue
        before, prev_money = prev_money, (amount if amount.unit not in _NOT_MONEY else prev_money)
        if table_rows and any(a <= amount.start < b for a, b in table_rows):
            continue  # a cell of a table row, read with its column
        if in_boilerplate(doc, amount.start):
            continue  # "Zobacz też: Koncern X wyda 200 mln zł …": a link's headline states no figure of this text
        t0 = bisect.bisect_left(starts, amount.start)
        t1 = bisect.bisect_left(starts, amount.end)
        if (
            t0 > 0
            and doc.tokens[t0 - 1].lower in lex.each
            and not (t1 < len(doc.tokens) and doc.lemmas(t1) & lex.each_not)
        ):
            continue  # "Zwycięzcy dostaną po 20 tys. zł": a share of each of several, nobody's figure
        if headline_end and amount.start > headline_end and _joint_total(doc, t0, lex):
            unowned.add((amount.value, amount.unit))  # "Łącznie to 310 mln zł": a sum of several, nobody's
        kind = (
            "count" if amount.unit == "count" else "money" if amount.unit not in _NOT_MONEY else amount.unit
        )
        priced = False
        so_owner: str | None = None
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
            if metric == "jobs" and cue and cue[0][0] in lex.seeking and not _people_counted(doc, t1, lex):
                metric = None  # "poszukuje 30 podwykonawców", "szuka 5 lokalizacji": no people hired
            if metric == "investment" and cue and cue[0][0] in lex.value_noun:
                # "Podpisała kontrakt z firmą Y. Jego wartość to 20 mln zł", "Rośnie eksport firmy X. Jego wartość
                # wyniosła 40 mln euro": the value of what the sentence before spoke of
                metric = _value_referent(doc, keys, t0, lex) or metric
            if metric is None and kind == "money":
                # "Koszt budowy hali spółki X wyniesie 18 mln zł"
                metric = _linked_metric(doc, keys, t0, lex, dated)
            if metric is None and kind == "money" and _priced_facility(doc, t0, lex):
                metric = "investment"  # "wybuduje zakład za 25 mln zł": the price of a plant
                priced = True
            if metric is None and kind == "money" and _bracketed_project(doc, t0, t1, lex):
                metric = "investment"  # "firma A z Sanoka (hala magazynowa, 14 mln zł)": the project's cost
            if metric is None and kind == "money" and _bracketed_after_investor(doc, t0):
                metric = "investment"  # "decyzje otrzymały spółki A (12 mln zł) i B (30 mln zł)"
            if metric is None and kind == "money" and before is not None and before.start in money_owner:
                if _restated(doc, amount, before, lex):
                    # "30 mln euro, czyli ok. 130 mln zł": the same money in another currency, of the metric and
                    # owner of the amount before it
                    metric, so_owner = money_owner[before.start]
            if metric is None and kind == "money" and _list_row_money(doc, keys, starts, t0, t1, lex, dated):
                metric = "investment"  # "1) Koło: A sp. z o.o., tłocznia – 40 nowych etatów, 30 mln zł": a row's cost
            if metric is None and _after_name(doc, t0):
                # "A zainwestuje 20 mln zł, a B 15 mln zł", "A (40 mln zł) i B (25 mln zł)": a number right
                # after a name, in a sentence that stated the same kind of number, is of the same metric
                metric = last_metric.get((doc.sent_of[t0], kind))
            if metric is None and kind == "money":
                so_much = _so_much_after(doc, keys, t0, lex)  # "120 mln zł na fabrykę. Tyle wyda spółka X…"
                if so_much is not None:
                    metric, so_owner = so_much
            if (
                metric is None
                and kind == "count"
                and (_points_back(doc, t0, t1, lex) or _noun_left_out(doc, t0, t1, lex))
            ):
                # "stworzy 200 miejsc pracy, a z czasem może ich być nawet 500": a pronoun before the count stands
                # for the metric noun stated last in the sentence; so does an adjective whose noun is left out
                # ("utrzyma 200 etatów i stworzy 45 nowych")
                metric = last_metric.get((doc.sent_of[t0], kind))
        summed = kind == "count" and _after_sum_word(doc, t0, lex)
        sum_metric = False  # the metric is the sum's (of the parts before it), none of the count's own
        if summed and metric in (None, last_metric.get((doc.sent_of[t0], kind))):
            # "zatrudni 100 pracowników produkcji i 50 biurowych, ogółem 150 osób": the sum of the counts the
            # sentence stated before is of their metric, and stands for them (where it adds them up: `_summed`)
            sum_metric = metric is None
            metric = last_metric.get((doc.sent_of[t0], kind))
        else:
            summed = False
        if metric is None and kind == "count":
            metric = _asked_metric(doc, keys, t0, t1, lex)  # "Ile etatów przewiduje firma? – Najpierw 60."
        if (
            metric is None
            and kind == "count"
            and last_metric.get((doc.sent_of[t0], kind)) in _PEOPLE
            and _more_left_out(doc, t0, t1, lex)
        ):
            metric = "jobs"  # "ma 500 pracowników i przyjmie dodatkowych 60": more people to come, new jobs
        if metric is None and kind == "count" and _grown_headcount(doc, t0, lex):
            metric = "jobs"  # "Zatrudnienie w zakładzie spółki X wzrośnie do 700 osób": the new headcount
        if metric in (None, "jobs") and kind == "count" and _linked_noun(doc, keys, t0, lex, lex.headcount):
            metric = "employees"  # "zatrudnienie w spółce X wynosi 340 osób": the present headcount
        if metric is None or metric == "none":
            continue
        if kind == "count" and _event_gathered(doc, t0, lex):
            continue  # "Konferencja zgromadziła delegatów 45 spółek": those an event gathered, no body's firms
        if kind == "count" and t1 < len(doc.tokens) and _measured(doc, t1, lex):
            continue  # "panele o mocy 25 MW": a quantity measured in a unit, no count of people or firms
        if (
            metric == "investment"
            and kind == "money"
            and (_contract_clause(doc, t0, lex) or _sale_clause(doc, t0, lex))
        ):
            continue  # "wygrała przetarg na budowę hali za 20 mln zł", "sprzedała budynek za 12 mln zł": a price
        if metric == "investment" and kind == "money" and _priced_goods(doc, t0, lex):
            continue  # "ciągnik będzie kosztował 400 tys. zł": the price of goods, nobody's investment
        if _wished(doc, t0, lex) or _averaged(doc, t0, lex):
            continue  # "Marzy nam się fabryka za miliard złotych", "kosztuje średnio 450 tys. zł": a dream, an average
        last_metric[(doc.sent_of[t0], kind)] = metric
        if amount.unit == "count" and (
            amount.value < _MIN_COUNT.get(metric, 2) or amount.value != int(amount.value)
        ):
            continue
        if (
            metric == "employees"
            and _planned(doc, t0, lex, metric)
            and not _planned(doc, t0, lex, "investment")
        ):
            metric = "jobs"  # "docelowo ma tam pracować 600 osób": a headcount a firm plans is jobs promised
        # "Firma X zamierza przeznaczyć na halę 40 mln zł": money a firm plans to spend is planned like money it
        # plans to invest (a budget cue that spends, read as the firm's investment once its owner is known)
        plan_as = "investment" if metric == "budget" and cue and cue[0][0] in lex.spend else metric
        if (_breakdown(doc, t0, lex) and not (metric == "jobs" and _growth(doc, t0, lex))) or (
            metric != "jobs" and _planned(doc, t0, lex, plan_as)
        ):
            continue
        if metric == "employees" and _future_clause(doc, t0, lex):
            metric = "jobs"  # "będzie w niej pracować 150 osób": a headcount to come is jobs created
        grown_to = False
        if metric in ("jobs", "employees"):
            side = _growth_range(doc, t0, t1, lex)
            if side < 0:
                continue  # "zwiększy zatrudnienie z 300 do 450 osób": the old headcount
            if side > 0:
                metric, grown_to = "jobs", True  # the new headcount, stated exactly
        if (
            metric in ("area_ha", "companies", "members", "partners")
            and t0 > 0
            and doc.lemmas(t0 - 1) & lex.added_before
        ):
            continue  # "czeka kolejnych 10 firm": more of them, not the total
        if metric in ("area_ha", "companies", "members") and _annexing(doc, t0, lex):
            continue  # "do parku dołączono 12 ha", "dołączyło 8 firm", "dołączyło 5 członków": an increment
        if (
            metric == "budget"
            and cue
            and cue[0][0] in lex.spend
            and _in_sentence(doc, t0, lex.facility)
            and not _spent_on_other(doc, t0, lex)
        ):
            metric = "investment"  # "na nową halę przeznaczono 4 mln zł" (not "na wsparcie szkoły przy hali")
        elif metric == "investment" and cue and cue[0][0] in lex.spend and _spent_on_other(doc, t0, lex):
            metric = (
                "budget"  # "wyda 5 mln zł na pensje": money spent on pay, as "przeznaczy" on it, is a budget
            )
        if metric in _BODY_COUNTS | {"partners"} and _in_clause(doc, t0, lex.intent):
            # in the number's own clause: "Klaster X, który zrzesza 40 firm, podpisał list intencyjny w sprawie
            # utworzenia centrum" keeps the cluster's members
            if _in_sentence(doc, t0, lex.founding) or _in_clause(doc, t0, lex.signatory):
                continue  # "12 firm podpisało list intencyjny w sprawie utworzenia klastra X": a wish, no founders
        if metric in _BODY_COUNTS | {"partners"} and _in_clause(doc, t0, lex.signatory):
            # "Porozumienie o utworzeniu Klastra X podpisano w maju. Sygnatariuszami zostały 22 podmioty": the
            # signatories of a founding agreement are the founded body's partners; of any other, nobody's count
            if not _founding_signed(doc, t0, lex):
                continue
            metric = "partners"
        elif metric == "companies" and _in_sentence(doc, t0, lex.founding):
            if not any(doc.tokens[k].lower in lex.founded_by for k in range(max(0, t0 - 3), t0)) and not (
                _founded_body_named(doc, t0)
            ):
                continue  # a count of the parties to a founding agreement is no figure of anybody
            metric = "partners"  # "powołany przez 15 firm": founding members are partners
        elif metric == "companies" and t0 > 0 and doc.tokens[t0 - 1].lower in lex.part_of:
            continue  # "w 30 firmach": a part, not the count of a zone's companies
        if metric in _BODY_COUNTS | {"partners"} and _in_clause(doc, t0, lex.delegation):
            continue  # "W skład delegacji weszło 12 firm": the size of a visiting group, nobody's count
        if metric in _BODY_COUNTS | {"partners"} and _counts_units(doc, t1, lex):
            continue  # "zrzesza 25 regionalnych izb": the body's own units, not its members
        if metric in ("investment", "jobs") and _period_subject(doc, t0, lex):
            continue  # "Ostatnie dwa miesiące przyniosły 86 projektów o wartości 6 mld zł": part of a period
        if metric not in _BODY_COUNTS and _counted_firms_before(doc, t0, lex):
            continue  # "W 50 firmach z branży metalowej pracuje 26 tys. osób": a part of a total, by sector
        if amount.unit == "count" and _oblique_noun_after(doc, t1):
            continue  # "zatrudnia w 30 zakładach 9000 osób": a count of places in a phrase, not of people or firms
        if amount.unit == "count" and cue and cue[3] > 0 and _superlative_after(doc, t1):
            # "na liście 500 największych firm": the size of a list or ranking, nobody's count (but a verb before
            # the count states one: "klaster skupia 50 największych firm regionu")
            continue
        if metric == "companies" and _by_origin(doc, t1, lex):
            continue  # "działa 400 firm z kapitałem niemieckim": a part of the total by origin (a cluster's or
            # chamber's members named by origin are all of them: "skupia 40 firm z Polski i Niemiec")
        if metric in ("companies", "members") and any(
            doc.lemmas(k) & lex.added for k in range(t1, min(len(doc.tokens), t1 + 3))
        ):
            continue  # "12 nowych firm", "5 nowych członków", "8 firm spośród 20": newcomers and parts, no total
        counted = _counted_antecedent(doc, t0, lex)
        ent = (
            so_owner
            or (_client(doc, t0, lex) if priced else None)
            or (count_owner.get(counted) if counted is not None else None)
            or _owner(doc, t0, metric, lex, t1)
        )
        if ent is None:
            if headline_end and amount.start > headline_end:
                unowned.add((amount.value, amount.unit))
            continue
        ent = _full_body(doc, ent)
        subtype = _subtype(doc, ent)
        metric = _COUNT_OF.get((metric, subtype), metric)
        if (
            metric == "budget"
            and cue
            and cue[0][0] in lex.spend
            and subtype == "company"
            and not _spent_on_other(doc, t0, lex)
        ):
            # "Spółka przeznaczy na ten cel 1,2 mld zł": what a firm spends is its investment, unless it names another
            # purpose ("przeznaczy 500 tys. zł na wsparcie klubów": a budget)
            metric = "investment"
        if metric in _BODY_COUNTS and subtype in _NOT_COUNTING_BODIES:
            continue  # "stworzyliśmy platformę współpracy 55 podmiotów": a university or a public office counts
            # no firms or members of its own (a cluster read as a company still may)
        if metric in _BODY_COUNTS:
            # "działa (ponad) 120 firm, które zatrudniają…": the figures of the relative clause its too
            count_owner[t1 - 1] = ent
        key = (ent, metric, amount.value)
        if key in seen:
            continue
        seen.add(key)
        unit = "ha" if metric == "area_ha" else amount.unit
        value = int(amount.value) if float(amount.value).is_integer() else float(amount.value)
        if metric == "employees" and _dated_past(doc, t0, dated):
            dated_past.add(len(figures))
        if amount.text.isalpha():
            by_adjective.add(len(figures))  # one word of letters: an amount adjective ("miliardowa")
        if summed:  # the parts the sum stands for go (`_summed`)
            s_start = doc.tokens[doc.sent_span[doc.sent_of[t0]][0]].start
            sums.append((ent, metric, s_start, amount.start, amount.value, sum_metric))
        if kind == "money":
            money_owner[amount.start] = (metric, ent)
        figures.append(
            {
                "entity": ent,
                "metric": metric,
                "value": value,
                "unit": unit,
                "qualifier": "exact" if grown_to else _qualifier(doc, t0, amount.qualifier, lex, dated),
                "evidence": [[amount.start, amount.end]],
            }
        )
    drop = _summed(figures, sums) | _joint_sums(doc, figures, starts, lex, headline_end)
    figures = _without_adjective_repeats(figures, by_adjective)
    figures = _without_headline_repeats(doc, figures, unowned, headline_end)
    figures = _without_rounded_repeats(_without_former_headcounts(figures, dated_past))
    doc.figures = [f for f in figures if (f["evidence"][0][0], f["entity"], f["metric"]) not in drop]


# the sentences before or after a sum (a list of rows after it) whose firms' figures it may add up
_JOINT_SENTENCES = 6
_JOINT_SLACK = 0.01  # a sum over named firms may round their figures by this share of it, no more
# a sum stated as a floor ("ponad 200 mln zł") is below their total by at most this share of it
_JOINT_OVER = 0.05


def _joint_sums(
    doc: Doc, figures: list[dict[str, Any]], starts: list[int], lex: _Words, headline_end: int = 0
) -> set[tuple[int, str, str]]:
    """The figures (by evidence start, entity, metric) of a number that adds up the figures of two companies or more
    named near it: a sum word stands in the number's clause, which names no organisation and no zone, park or area
    (`zone_place`, `area_noun`: "łącznie w strefie pracuje …" is the zone's total, annotation.md), and the same
    metric's figures of those companies in the sentences around add up to the number (within 1 %; a floor, "ponad
    50 mln zł", a little below their total): "A wyda 30 mln zł … B 25 mln zł … Razem obie spółki wydadzą 55 mln
    zł". Only the figure read from that very number is dropped, and its repetition in the headline owned by no
    company; another firm's figure of the same value stays."""
    drop: set[tuple[int, str, str]] = set()
    places = lex.zone_place | lex.area_noun

    def headline_repeat(g: dict[str, Any]) -> bool:
        return all(ev[1] <= headline_end for ev in g["evidence"]) and _subtype(doc, g["entity"]) != "company"

    for amount in doc.amounts:
        if amount.value is None or amount.is_range:
            continue
        value = float(amount.value)
        own = [
            f
            for f in figures
            if (float(f["value"]), f["unit"]) == (value, amount.unit)
            and (any(ev[0] == amount.start for ev in f["evidence"]) or headline_repeat(f))
        ]
        if not own:
            continue
        t0 = bisect.bisect_left(starts, amount.start)
        c0, c1 = _clause(doc, t0)
        if not any(doc.tokens[i].lower in lex.total for i in range(c0, c1)) or any(
            ((n := doc.mention_at(i)) is not None and doc.mentions[n].type == "organization")
            or doc.lemmas(i) & places
            for i in range(c0, c1)
        ):
            continue
        s = doc.sent_of[t0]
        first = doc.sent_span[max(0, s - _JOINT_SENTENCES)][0]
        last = doc.sent_span[min(len(doc.sent_span) - 1, s + _JOINT_SENTENCES)][1] - 1
        lo, hi = doc.tokens[first].start, doc.tokens[last].end
        for f in own:
            parts = [
                g
                for g in figures
                if not any(ev[0] == amount.start for ev in g["evidence"])
                and float(g["value"]) < value
                and lo <= g["evidence"][0][0] < hi
                and (g["metric"], g["unit"]) == (f["metric"], f["unit"])
                and _subtype(doc, g["entity"]) == "company"
            ]
            total = sum(float(g["value"]) for g in parts)
            if f.get("qualifier") == "more_than":
                adds_up = value < total <= (1 + _JOINT_OVER) * value
            else:
                adds_up = abs(total - value) <= _JOINT_SLACK * value
            if len({g["entity"] for g in parts}) < 2 or not adds_up:
                continue
            drop.add((f["evidence"][0][0], f["entity"], f["metric"]))
    return drop


_SUM_SLACK = 0.05  # a sum may round its parts by this share of it ("ogółem ok. 150 osób" over 70 and 78)


def _summed(
    figures: list[dict[str, Any]], sums: list[tuple[str, str, int, int, float, bool]]
) -> set[tuple[int, str, str]]:
    """The figures (by start, owner and metric) that a sum after them stands for or that misread a sum: where a sum
    adds up the counts of its owner and metric before it in its sentence (within rounding), those parts go ("zatrudni
    100 pracowników produkcji i 50 biurowych, ogółem 150 osób"); where it does not, the parts stay and a sum that
    took its metric from them goes: a sum over parts of several owners ("A zatrudnia 200 osób, a jej spółka B 40,
    łącznie 240 osób") or over more than the counts told."""
    drop: set[tuple[int, str, str]] = set()
    for ent, metric, a, b, total, sum_metric in sums:
        parts = [
            f
            for f in figures
            if f["entity"] == ent and f["metric"] == metric and a <= f["evidence"][0][0] < b
        ]
        if parts and abs(sum(f["value"] for f in parts) - total) <= _SUM_SLACK * total:
            drop |= {(f["evidence"][0][0], ent, metric) for f in parts}
        elif sum_metric:
            drop.add((b, ent, metric))
    return drop


def _after_sum_word(doc: Doc, t0: int, lex: _Words) -> bool:
    """A count right after a word of a sum ("ogółem", "łącznie", "razem", "w sumie"; `total`), which follows a comma
    or a dash: the sum of the counts before it in the sentence ("…, ogółem 150 osób")."""
    for k in (t0, t0 - 1):  # the qualifier "łącznie" may open the amount itself
        if 0 < k < len(doc.tokens) and doc.tokens[k].lower in lex.total:
            j = k - 1
            if doc.is_preposition(j) and j > 0:
                j -= 1  # "w sumie"
            return doc.tokens[j].text in (",", "–", "-")
    return False


def _headline_end(doc: Doc) -> int:
    """Where the document's headline ends: its first line, where the text goes on after it and the line does not end
    as a sentence does (a headline may hold a full stop inside: "Rekordowy rok w podstrefie. Nowe
    projekty za 310 mln zł"); 0 where there is none."""
    text = doc.text
    lead, end = _first_line(doc)
    if end < 0 or not text[end:].strip() or text[lead:end].rstrip()[-1:] in (".", "!", "?"):
        return 0
    return end


def _without_headline_repeats(
    doc: Doc, figures: list[dict[str, Any]], unowned: set[tuple[float, str]], end: int
) -> list[dict[str, Any]]:
    """ "Nowe projekty za 310 mln zł" over a body whose "Łącznie to 310 mln zł" sums two
    firms: a headline's amount that the body states again with no owner (a sum of several, an unnamed firm's) is
    nobody's in the headline either, unless the headline names the owner itself."""
    if not unowned or not end:
        return figures
    named = {doc.entities[m.entity].id for m in doc.mentions if m.entity >= 0 and m.start < end}
    return [
        f
        for f in figures
        if f["evidence"][0][0] >= end or f["entity"] in named or (f["value"], f["unit"]) not in unowned
    ]


def _qualifier(doc: Doc, t0: int, qualifier: str, lex: _Words, dated: frozenset[int]) -> str:
    """The amount's own qualifier, or `more_than` for an exact amount right after a verb of going beyond, a year
    between aside ("Inwestycje firmy X przekroczyły 2 mld zł"); an amount after "do" in a clause of growth is the
    new value, stated exactly ("Przychody wzrosły do 480 mln zł")."""
    if qualifier == "up_to" and doc.tokens[t0].lower in lex.growth_to and _grown(doc, t0, lex):
        return "exact"  # "Przychody wzrosły do 480 mln zł": the new value, stated exactly
    if qualifier != "exact":
        return qualifier
    k = _before_year(doc, t0, dated) - 1  # "przekroczyły w 2023 roku 15 mld zł"
    if k >= 0 and doc.lemmas(k) & lex.exceed:
        if k > 0 and doc.tokens[k - 1].lower in lex.negation:
            return "up_to"  # "nie przekroczą 15 mln zł": at most that much
        return "more_than"
    return qualifier


def _spent_on_other(doc: Doc, t0: int, lex: _Words) -> bool:
    """Whether the number's clause names, after "na", a purpose that is no investment ("przeznaczy 500 tys. zł na
    wsparcie klubów", "na stypendia dla uczniów"; not "na nową halę", "na zakup maszyn", "na ten cel"): the "na"
    nearest after the number (else the nearest before it) that opens a purpose, not a place or a beneficiary
    (`spent_not_purpose`: "na terenie hali", "na rzecz gminy")."""
    a, b = _clause(doc, t0)
    for i in [*range(t0, b), *range(t0 - 1, a - 1, -1)]:
        if doc.tokens[i].lower not in lex.spent_on:
            continue
        for j in range(i + 1, min(b, i + 4)):
            if any(r.pos == "subst" for r in doc.readings[j]):
                if doc.lemmas(j) & lex.spent_not_purpose:
                    break  # "na terenie hali": no purpose, look for another "na"
                return bool(doc.lemmas(j) & lex.spend_other)
        else:
            return False
    return False


def _people_counted(doc: Doc, t1: int, lex: _Words) -> bool:
    """Whether the first noun (no adjective reading) within three tokens after a count is one of people a firm hires
    ("szuka 80 nowych pracowników", "poszukuje 25 inżynierów")."""
    end = doc.sent_span[doc.sent_of[t1 - 1]][1]
    return bool(_first_noun_lemmas(doc, t1, end, 3) & lex.hired_noun)


def _without_adjective_repeats(figures: list[dict[str, Any]], by_adjective: set[int]) -> list[dict[str, Any]]:
    """ "Miliardowa inwestycja spółki X ruszy wiosną. Firma wyda na nią 1,3 mld zł": an amount adjective names the
    order of an amount the text states in figures elsewhere: where the same entity has another figure of the same
    metric and unit and of the adjective's order, the adjective's is none of its own ("Wcześniej firma wydała 50 mln
    zł na magazyn" beside a "miliardowa inwestycja" is another investment: both stand)."""
    if not by_adjective:
        return figures
    stated: dict[tuple[str, str, str], list[float]] = {}
    for k, f in enumerate(figures):
        if k not in by_adjective:
            stated.setdefault((f["entity"], f["metric"], f["unit"]), []).append(float(f["value"]))
    return [
        f
        for k, f in enumerate(figures)
        if k not in by_adjective
        or not any(
            _same_order(float(f["value"]), v) for v in stated.get((f["entity"], f["metric"], f["unit"]), ())
        )
    ]


def _same_order(adjective: float, value: float) -> bool:
    """Whether an amount stated in figures is what an amount adjective speaks of: from the adjective's power of ten
    to the next ("miliardowa": 1 to 10 bn), or near a value that is no power of ten ("półmiliardowa": 0.4 to 0.625
    bn)."""
    if adjective <= 0:
        return False
    if float(f"{adjective:.0e}") == adjective and f"{adjective:.0e}".startswith("1"):
        return adjective <= value < 10 * adjective
    return 0.8 * adjective <= value < 1.25 * adjective


def _without_former_headcounts(figures: list[dict[str, Any]], dated_past: set[int]) -> list[dict[str, Any]]:
    """ "W 2010 roku pracowało w niej 150 osób. Dziś spółka zatrudnia 620 pracowników": a headcount of an earlier
    year, stated in the past tense beside its year, is history where the document also states the entity's
    headcount otherwise (now); alone it stays the one headcount the text gives."""
    if not dated_past:
        return figures
    now = {f["entity"] for k, f in enumerate(figures) if f["metric"] == "employees" and k not in dated_past}
    return [f for k, f in enumerate(figures) if k not in dated_past or f["entity"] not in now]


_ROUNDING = 0.05  # how far a rounded restatement may lie from the amount it rounds


def _without_rounded_repeats(figures: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A figure stated again, rounded, for the same entity and metric ("zainwestuje 118,5 mln zł" and later
    "inwestycja o wartości ok. 120 mln zł", or a headline's "ok. 50 mln zł" before the body's "49,8 mln zł")
    is one figure: the approximate one whose value lies within 5% of an exact one of the same entity, metric and
    unit is dropped. A bound is a statement of its own ("ponad 570 mln euro" beside "577 mln euro": two figures in
    the gold's convention)."""
    exact: dict[tuple[str, str, str], list[float]] = {}
    for f in figures:
        if f["qualifier"] == "exact":
            exact.setdefault((f["entity"], f["metric"], f["unit"]), []).append(float(f["value"]))
    if not exact:
        return figures
    return [
        f
        for f in figures
        if f["qualifier"] != "approx"
        or not any(
            abs(float(f["value"]) - v) <= _ROUNDING * v
            for v in exact.get((f["entity"], f["metric"], f["unit"]), ())
        )
    ]


def _measured(doc: Doc, k: int, lex: _Words) -> bool:
    """Whether the word at `k`, right after a count, is a unit of measure ("25 MW", "40 ton")."""
    return doc.tokens[k].lower in lex.measure_unit or not doc.lemmas(k).isdisjoint(lex.measure_unit)
