"""Metric choice for a number: the first row of the metric table whose words stand in its window ("zainwestuje
40 mln zł", "150 nowych miejsc pracy"), the verb the number is the object of, or a metric noun linked to it by a
linking verb ("Koszt budowy hali wyniesie 18 mln zł"); names and dates inside the window count as one word."""

from __future__ import annotations

import bisect

from kooperacja.extract.cues import tag_classes
from kooperacja.extract.doc import Doc
from kooperacja.extract.figure_clause import _FINITE, _NOT_OWNERS, _after_relative, _clause, _nominative
from kooperacja.extract.figure_lexicon import MetricRow, _Words
from kooperacja.text.tokens import DOUBLE_QUOTES, line_item_marker


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
                if r < best and _row_fits(rows[r], doc, keys, i, t0, t1, unit, dated, lex):
                    best = r
    return rows[best] if best < len(rows) else None


# finite verbs and infinitives (no gerund, no participle: "maszyn do cięcia", "konkursu ogłoszonego przez…")
_VERBS = tag_classes().predicate_or_inf | {"impt"}


def _governing_verb(
    doc: Doc, keys: list[frozenset[str]], t0: int, lex: _Words, need_unit: str = "money"
) -> MetricRow | None:
    """The money (or count) row of the nearest verb before the number in its clause, whatever the words between:
    the verb that takes the number as its object ("Spółka X zainwestuje w rozbudowę fabryki w Biskupicach
    Podgórnych 1,2 mld zł"); another verb nearer the number ("zwiększyła sprzedaż o 20 mln zł") ends the search. A
    count after a preposition is no object ("zatrudnia w 30 zakładach")."""
    a, _b = _clause(doc, t0)
    if need_unit == "count" and t0 > a and doc.is_preposition(t0 - 1):
        return None
    first: dict[
        tuple[str, ...], int
    ] = {}  # where each row's object words first stand in the clause before t0
    for i in range(t0 - 1, a - 1, -1):
        readings = doc.readings[i]
        if not readings or not all(r.pos in _VERBS for r in readings):
            if need_unit == "count":
                # "Pracę w nowym zakładzie znajdzie 70 osób": a finite verb that may be read as a noun too
                # ("znajdzie") is the verb where its row's object noun stands fronted before it
                fronted = _fronted_row(doc, keys, i, a, lex, first, t0)
                if fronted is not None:
                    return fronted
            continue  # a word that may be a noun ("zakup") is no verb here
        best = None
        for w in keys[i]:
            for r in lex.metric_index.get(w, ()):
                words, _name, need, window = lex.metrics[r]
                if need != need_unit or (best is not None and r >= best):
                    continue
                if (len(words) == 1 and window < 0) or (
                    len(words) > 1 and need == "count" and _fronted(keys, words[1:], a, i, first, t0)
                ):
                    best = r
        return lex.metrics[best] if best is not None else None
    return None


def _fronted_row(
    doc: Doc,
    keys: list[frozenset[str]],
    i: int,
    a: int,
    lex: _Words,
    first: dict[tuple[str, ...], int],
    end: int,
) -> MetricRow | None:
    """The first count row "verb noun…" whose verb is a finite reading of token ``i`` and whose noun stands
    fronted before it in the clause that opens at ``a`` (``first`` and ``end`` as for `_fronted`)."""
    best = None
    for r in doc.readings[i]:
        if r.pos not in _FINITE:
            continue
        for k in lex.metric_index.get(r.lemma, ()):
            words, _name, need, _window = lex.metrics[k]
            if (
                len(words) > 1
                and need == "count"
                and (best is None or k < best)
                and _fronted(keys, words[1:], a, i, first, end)
            ):
                best = k
    return lex.metrics[best] if best is not None else None


def _fronted(
    keys: list[frozenset[str]],
    words: tuple[str, ...],
    a: int,
    verb: int,
    first: dict[tuple[str, ...], int],
    end: int,
) -> bool:
    """Whether the object ``words`` of a verb's row stand before the verb in its clause, the order of a fronted
    object ("Pracę w nowym zakładzie znajdzie 70 osób": the row "znaleźć praca" with its noun first). ``first``
    keeps, per phrase, where it first stands in ``a:end`` (-1 where it does not), so that a clause is scanned
    once per phrase, not once per verb tried."""
    n = len(words)
    j = first.get(words)
    if j is None:
        j = next((j for j in range(a, end - n + 1) if all(words[k] in keys[j + k] for k in range(n))), -1)
        first[words] = j
    return 0 <= j <= verb - n


def _before_year(doc: Doc, end: int, dated: frozenset[int], floor: int = -1) -> int:
    """The end (exclusive) of what stands before token `end` once a year right before it is stepped over, with the
    preposition before the year ("wyniósł w 2024 roku 900 mln zł", "przekroczyły w 2023 roku 15 mld zł"); no token
    at or before `floor` is stepped over as a year (`dated`: the tokens of dates)."""
    t0 = end
    while end - 1 > floor and end - 1 in dated:
        end -= 1
    if end < t0 and end >= 1 and doc.is_preposition(end - 1):
        end -= 1  # "w" before the year
    return end


def _linked_metric(
    doc: Doc, keys: list[frozenset[str]], t0: int, lex: _Words, dated: frozenset[int] = frozenset()
) -> str | None:
    """The metric of money after a linking verb ("wyniesie", "szacowana jest na") whose subject, a metric noun in
    the nominative earlier in the clause, stands beyond the metric's window behind its genitives ("Koszt budowy
    nowej siedziby firmy X wyniesie 18 mln zł"); no finite verb between the noun and the link. A year between the
    link and the number is no gap ("Eksport firmy X wyniósł w 2024 roku 900 mln zł")."""
    a, _b = _clause(doc, t0)
    end = _before_year(doc, t0, dated, a)
    link = next((k for k in range(end - 1, max(a, end - _LINK_GAP - 1) - 1, -1) if keys[k] & lex.link), None)
    if link is None or any(
        not doc.tokens[k].is_word or doc.mention_at(k) is not None for k in range(link + 1, end)
    ):
        return None
    # "Wartość inwestycji, którą zrealizuje spółka X, to 310 mln zł": the link's subject stands before the relative
    # clause
    before = _after_relative(doc, a, lex.relative) if link == a else None
    span = [*range(before[0], before[1] - 1), *range(a, link)] if before is not None else range(a, link)
    best = len(lex.metrics)
    for i in span:
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
    dated: frozenset[int],
    lex: _Words,
) -> bool:
    """Whether a row of the metric table may start at token ``i`` for a number of this unit at ``t0:t1``."""
    words, metric_name, need, window = row
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
    if not (inside and i + len(words) <= n and all(words[k] in keys[i + k] for k in range(len(words)))):
        return False
    if (
        need == "count"
        and window > 0
        and metric_name in _BODY_COUNT_ROWS
        and _attribute_of_counted(doc, t1, i)
    ):
        return False  # "obsłużyła 120 zapytań inwestorów": the count counts the queries, not the investors
    if (
        window > 0
        and words[0] in lex.fronted_cost
        and not _project_after(doc, i + len(words), _sent_end(doc, i), lex)
    ):
        return False  # "15 mln zł pochłonęły odsetki", "120 mln zł warta była cała transakcja": no project's cost
    if words[0] in lex.team_noun and not _team_of_staff(doc, t1, lex):
        return False  # "Zespół liczy 7 osób i oceni wnioski" after "powołała zespół ekspertów": a board, no staff
    if (
        window > 0
        and words[0] in lex.fronted_spend
        and not _spent_on_project(doc, i + len(words), _sent_end(doc, i), lex)
    ):
        return False  # "Ponad 2 mld zł wydali klienci sieci", "3 mln zł wydała firma na reklamę": no project's cost
    if window < 0 and metric_name == "none" and _metric_verb_between(doc, lex, i + len(words), t0):
        # "Firma X, która wystawiła się na targach, zatrudnia 250 osób", "Po emisji akcji spółka zainwestuje 200 mln
        # zł": the number is the object of a nearer verb of a metric, not of the phrase's word
        return False
    return True


# the metrics of a count of bodies, whose noun row a genitive attribute may not give (people's rows may: "150 osób
# nowego zatrudnienia" counts people of the jobs)
_BODY_COUNT_ROWS = frozenset({"companies", "members", "partners"})


def _attribute_of_counted(doc: Doc, t1: int, i: int) -> bool:
    """Whether the word at ``i``, after a count, is a genitive attribute of another noun the count counts: a noun (no
    adjective reading, outside any name) stands between the count and it, with nothing but adjectives after that
    noun ("120 zapytań inwestorów", "40 przedstawicieli polskich firm"), and the word may be a genitive."""
    if i <= t1 or not any(r.pos == "subst" and "gen" in r.cases for r in doc.readings[i]):
        return False
    for j in range(t1, i):
        readings = doc.readings[j]
        if (
            doc.mention_at(j) is None
            and any(r.pos == "subst" for r in readings)
            and not any(r.pos == "adj" for r in readings)
        ):
            return all(any(r.pos == "adj" for r in doc.readings[k]) for k in range(j + 1, i))
    return False


def _sent_end(doc: Doc, i: int) -> int:
    """The end (exclusive) of token ``i``'s sentence."""
    return doc.sent_span[doc.sent_of[i]][1]


def _first_noun_lemmas(doc: Doc, j: int, end: int, width: int) -> frozenset[str]:
    """The lemmas of the first noun (a token with a noun reading and no adjective reading) within ``width`` tokens
    from ``j`` and before ``end``; empty where there is none."""
    for k in range(j, min(end, j + width)):
        readings = doc.readings[k]
        if any(r.pos == "subst" for r in readings) and not any(r.pos == "adj" for r in readings):
            return frozenset(doc.lemmas(k))
    return frozenset()


def _project_after(doc: Doc, j: int, end: int, lex: _Words) -> bool:
    """Whether the first noun (no adjective reading) within four tokens from ``j`` is a project or a building ("pochłonie
    budowa", "kosztowała nowa hala", "warta będzie inwestycja")."""
    return bool(_first_noun_lemmas(doc, j, end, 4) & (lex.facility | lex.investment_noun | lex.project_noun))


def _team_of_staff(doc: Doc, t1: int, lex: _Words) -> bool:
    """Whether a team's count counts a firm's staff: the first noun after the count is one of people a firm hires
    (`hired_noun`), and neither the sentence nor the one before has a `committee` word ("powołać", "ekspert",
    "komisja": a board that judges, no headcount)."""
    s = doc.sent_of[min(t1, len(doc.tokens) - 1)]
    if not _first_noun_lemmas(doc, t1, _sent_end(doc, t1 - 1), 3) & lex.hired_noun:
        return False
    a = doc.sent_span[max(0, s - 1)][0]
    return not any(doc.lemmas(i) & lex.committee for i in range(a, _sent_end(doc, t1 - 1)))


_SPEND_REACH = 6  # the words between a verb of spending and the "na" of what the money goes on


def _spent_on_project(doc: Doc, j: int, end: int, lex: _Words) -> bool:
    """Whether a `spent_on` preposition ("na") within a few words from ``j`` is followed, within four words, by a noun of a project, building or
    machine ("wyda grupa X na rozbudowę walcowni", "przeznaczy firma X na zakup maszyn")."""
    nouns = lex.facility | lex.investment_noun | lex.project_noun
    for k in range(j, min(end, j + _SPEND_REACH)):
        if doc.tokens[k].lower in lex.spent_on:
            return any(doc.lemmas(q) & nouns for q in range(k + 1, min(end, k + 5)))
    return False


def _metric_verb_between(doc: Doc, lex: _Words, j: int, t0: int) -> bool:
    """Whether a finite verb that starts a row of a metric (not `none`) stands between token ``j`` and the number."""
    return any(_verb_metrics(doc, lex, k0) - {"none"} for k0 in range(j, t0))


def _verb_metrics(doc: Doc, lex: _Words, i: int) -> set[str]:
    """The metrics of the rows of the metric table that token ``i``'s finite readings start by their lemma."""
    return {
        lex.metrics[k][1]
        for r in doc.readings[i]
        if r.pos in _FINITE
        for k in lex.metric_index.get(r.lemma, ())
    }


def _value_referent(doc: Doc, keys: list[frozenset[str]], t0: int, lex: _Words) -> str | None:
    """The metric of a value noun after a possessive pronoun ("Jego wartość", "Jej wartość") in the number's
    clause: that of the last noun of the sentence before that a money row of the metric table starts ("eksport":
    exports; "kontrakt": none, a contract's price), or None where the pronoun is missing or points to no such
    noun."""
    a, _b = _clause(doc, t0)
    at = next((k for k in range(t0 - 1, a - 1, -1) if keys[k] & lex.value_noun), None)
    if at is None or at == a or not any(r.pos == "ppron3" for r in doc.readings[at - 1]):
        return None
    s = doc.sent_of[t0] - 1
    if s < 0:
        return None
    s0, s1 = doc.sent_span[s]
    for i in range(s1 - 1, s0 - 1, -1):
        if not any(r.pos == "subst" for r in doc.readings[i]) or doc.mention_at(i) is not None:
            continue
        if keys[i] & lex.contract:
            return "none"
        for w in keys[i]:
            rows = [lex.metrics[r] for r in lex.metric_index.get(w, ())]
            money = [r for r in rows if len(r[0]) == 1 and r[2] == "money"]
            if money:
                return money[0][1]
    return None


def _so_much_after(doc: Doc, keys: list[frozenset[str]], t0: int, lex: _Words) -> tuple[str, str] | None:
    """ "120 mln zł na nową fabrykę w Opolu. Tyle wyda spółka X na zakład…": money in a sentence with no verb, the
    next sentence opening with a word that stands for it ("tyle"), takes the metric of the money row of the verb
    after that word and, as its owner, the organisation that sentence names first in the nominative. Returns the
    metric and the owner's id."""
    s = doc.sent_of[t0]
    if s + 1 >= len(doc.sent_span):
        return None
    s0, s1 = doc.sent_span[s]
    if any(doc.readings[i] and all(r.pos in _FINITE for r in doc.readings[i]) for i in range(s0, s1)):
        return None
    a, b = doc.sent_span[s + 1]
    if doc.tokens[a].lower not in lex.so_much:
        return None
    metric = None
    for i in range(a + 1, min(b, a + 3)):
        rows = [
            lex.metrics[r]
            for r in sorted({r for w in keys[i] for r in lex.metric_index.get(w, ())})
            if len(lex.metrics[r][0]) == 1 and lex.metrics[r][2] == "money"
        ]
        if rows and any(r.pos in _FINITE for r in doc.readings[i]):
            metric = rows[0][1]
            break
    if metric is None or metric == "none":
        return None
    for n in doc.mentions_in(s + 1):
        m = doc.mentions[n]
        if m.type == "organization" and m.entity >= 0 and _nominative(doc, m):
            ent = doc.entities[m.entity]
            return (metric, ent.id) if ent.subtype not in _NOT_OWNERS else None
    return None


def _list_row_money(
    doc: Doc,
    keys: list[frozenset[str]],
    starts: list[int],
    t0: int,
    t1: int,
    lex: _Words,
    dated: frozenset[int] = frozenset(),
) -> bool:
    """Whether money with no metric is a cell of a list row that names a company and its new jobs: the row is a
    line opened by a list mark ("1) Alfa sp. z o.o., Koło: tłocznia – 30 mln zł, 40 nowych etatów"), or a stretch of
    such a line between semicolons; one organisation, a company, is named before the money in the row, another
    number of the row counts jobs, and no word of a contract, grant, sale, lease or revenue (`project_not`) nor of
    capital, a tax relief, a share of funding or an order (`row_not`) stands in the row, nor a `project_not` word
    in the list's header (the line before its rows: "Umowy podpisane z wykonawcami:"): the money is the
    company's investment, as where "nakłady" stood before it. ``starts``: the tokens' character offsets."""
    text = doc.text
    a, b = doc.tokens[t0].start, doc.tokens[t1 - 1].end
    line0 = text.rfind("\n", 0, a) + 1
    line1 = text.find("\n", b)
    line1 = len(text) if line1 < 0 else line1
    if line_item_marker(text[line0:line1].lstrip()) is None:
        return False
    r0 = max(line0, text.rfind(";", line0, a) + 1)
    r1 = text.find(";", b, line1)
    r1 = line1 if r1 < 0 else r1
    k0, k1 = bisect.bisect_left(starts, r0), bisect.bisect_left(starts, r1)
    if any(doc.lemmas(i) & (lex.project_not | lex.row_not) for i in range(k0, k1)):
        return False
    h1 = line0 - 1
    while h1 > 0:  # the list's header: the nearest line before that is neither blank nor a row
        h0 = text.rfind("\n", 0, h1) + 1
        line = text[h0:h1].strip()
        if line and line_item_marker(line) is None:
            j0, j1 = bisect.bisect_left(starts, h0), bisect.bisect_left(starts, h1)
            if any(doc.lemmas(i) & lex.project_not for i in range(j0, j1)):
                return False
            break
        h1 = h0 - 1
    named = {
        n
        for i in range(k0, t0)
        if (n := doc.mention_at(i)) is not None and doc.mentions[n].type == "organization"
    }
    if len(named) != 1:
        return False  # none, or a client beside the firm ("… dla Beta S.A., 3 mln zł": an order's value)
    m = doc.mentions[next(iter(named))]
    if m.entity < 0 or doc.entities[m.entity].subtype != "company":
        return False
    for other in doc.amounts:
        if other.unit != "count" or not r0 <= other.start < r1 or other.value is None:
            continue
        c0, c1 = bisect.bisect_left(starts, other.start), bisect.bisect_left(starts, other.end)
        row = _metric(doc, keys, c0, c1, "count", lex, dated)
        if row is not None and row[1] == "jobs":
            return True
    return False
