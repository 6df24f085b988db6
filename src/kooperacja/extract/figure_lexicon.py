"""The figure vocabulary of a language: the metric table (``figure_metrics.tsv``: which words near a number say
which metric it is) and the word sets of ``figure_words.tsv`` that the figure rules read, loaded once per data
folder."""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path

from kooperacja.data.language_data import language_data
from kooperacja.extract.cues import cues
from kooperacja.extract.relative import relative_pronouns
from kooperacja.text.tokens import DASHES

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
    facility_endings: tuple[str, ...]
    not_facility: frozenset[str]
    machine: frozenset[str]
    supplier: frozenset[str]
    other_party: frozenset[str]
    builder: frozenset[str]
    plant_builder: frozenset[str]
    rival: frozenset[str]
    figure_head: frozenset[str]
    built_facility: frozenset[str]
    spend: frozenset[str]
    spent_on: frozenset[str]
    spend_other: frozenset[str]
    spent_not_purpose: frozenset[str]
    negation: frozenset[str]  # event_cues 'negation' ("nie przekroczy")
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
    growth_from: frozenset[str]
    growth_to: frozenset[str]
    price: frozenset[str]
    together: frozenset[str]
    first_person: frozenset[str]
    press_verb: frozenset[str]  # event_cues 'press_verb': the newspaper's own "we" ("jak informowaliśmy")
    measure_unit: frozenset[str]
    noun_left_out: frozenset[str]
    relative: frozenset[str]
    complement: frozenset[str]
    investment_noun: frozenset[str]
    firm_plan: frozenset[str]
    firm_kind: frozenset[str]
    vague: frozenset[str]
    link: frozenset[str]
    investor_lead: frozenset[str]
    land_deal: frozenset[str]
    restating: frozenset[str]
    delegate: frozenset[str]
    gathering: frozenset[str]
    gathering_event: frozenset[str]
    purchase: frozenset[str]
    contract: frozenset[str]
    deal: frozenset[str]
    selling: frozenset[str]
    client: frozenset[str]
    headcount: frozenset[str]
    town_noun: frozenset[str]
    delegation: frozenset[str]
    signatory: frozenset[str]
    value_noun: frozenset[str]
    so_much: frozenset[str]
    unit_noun: frozenset[str]
    part_period: frozenset[str]
    exceed: frozenset[str]
    cost_verb: frozenset[str]
    priced_goods: frozenset[str]
    wish: frozenset[str]
    average: frozenset[str]
    average_adj: frozenset[str]
    average_of: frozenset[str]
    machine_by_kind: frozenset[str]
    machine_works: frozenset[str]
    machine_kind: frozenset[str]
    whole: frozenset[str]
    country_noun: frozenset[str]
    origin_from: frozenset[str]
    origin: frozenset[str]
    total: frozenset[str]
    joint_few: frozenset[str]
    joint_counted: frozenset[str]
    demonstrative: frozenset[str]
    first_person_past: tuple[str, ...]
    intent: frozenset[str]
    our: frozenset[str]
    partner_noun: frozenset[str]
    authorities: frozenset[str]
    parent_noun: frozenset[str]
    joint_body: frozenset[str]
    asked: frozenset[str]
    reflexive: frozenset[str]
    sum_adjective: frozenset[str]
    reported_count: frozenset[str]
    lending: frozenset[str]
    fronted_cost: frozenset[str]
    project_noun: frozenset[str]
    seeking: frozenset[str]
    hired_noun: frozenset[str]
    project_cue: tuple[tuple[str, ...], ...]
    project_not: frozenset[str]
    contractor: frozenset[str]  # event_cues 'contractor_noun' ("Generalnym wykonawcą jest firma X")
    each: frozenset[str]
    own_funds: frozenset[str]
    each_not: frozenset[str]
    team_noun: frozenset[str]
    committee: frozenset[str]
    works_for: frozenset[str]
    one_of: frozenset[str]
    fronted_spend: frozenset[str]
    financing: frozenset[str]
    financing_plain: frozenset[str]
    area_noun: frozenset[str]
    zone_place: frozenset[str]
    row_not: frozenset[str]


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

    event_cues = cues(
        code, "event_cues"
    )  # the words figures share with events (negation, the press "we", contractors)

    def phrases(name: str) -> tuple[tuple[str, ...], ...]:
        return tuple(dict.fromkeys(tuple(w.split()) for w in sets.get(name, ())))

    metrics = tuple(
        (tuple(r["lemma"].split()), r["metric"], r["unit"], int(r["window"]))
        for r in data.rows("figure_metrics")
    )
    index: dict[str, list[int]] = {}
    for k, row in enumerate(metrics):
        index.setdefault(row[0][0], []).append(k)
    special = dict(  # the sets that are no plain set of figure_words.tsv named as their field
        metrics=metrics,
        metric_index={w: tuple(v) for w, v in index.items()},
        metric_reach=(
            max((-r[3] for r in metrics if r[3] < 0), default=0),
            max((r[3] for r in metrics if r[3] > 0), default=1),
        ),
        modality=data.mapping("event_modality", "lemma", "kind"),
        breakdown=phrases("breakdown"),
        breakdown_before=phrases("breakdown_before"),
        facility_endings=tuple(sorted(one("facility_ending"))),
        negation=event_cues.negation,
        price=one("price") | DASHES,
        press_verb=event_cues.press_verb,
        relative=relative_pronouns(code),  # (extract/relative.py)
        link=one("linking"),
        first_person_past=tuple(sorted(one("first_person_past"))),
        project_cue=phrases("project_cue"),
        project_not=one("project_not") | one("contract") | one("deal") | one("selling"),
        contractor=event_cues.contractor_noun,
    )
    # every other field is the figure_words.tsv set of its own name
    plain = {f.name: one(f.name) for f in fields(_Words) if f.name not in special}
    return _Words(**special, **plain)


def _body_heads(lang: str) -> dict[str, str]:
    """Head nouns of the bodies that report totals (``org_heads.tsv``), with the subtype they give."""
    data = language_data(lang)
    return _body_heads_at(data.code, data.root)


@cache
def _body_heads_at(code: str, root: Path) -> dict[str, str]:
    heads = language_data(code).mapping("org_heads", "lemma", "subtype")
    return {k: v for k, v in heads.items() if v in ("economic_zone", "technology_park", "cluster")}


def _facility_noun(lemmas: frozenset[str], lex: _Words) -> bool:
    """Whether one of a word's lemmas names a plant or facility: a `facility` row, or a noun with the ending of a
    works (`facility_ending`: "ubojnia", "szwalnia") but not a room (`not_facility`: "sypialnia")."""
    return bool(lemmas & lex.facility) or any(
        w.endswith(lex.facility_endings) and w not in lex.not_facility for w in lemmas
    )
