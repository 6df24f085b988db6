"""The figure vocabulary of a language: the metric table (``figure_metrics.tsv``: which words near a number say
which metric it is) and the word sets of ``figure_words.tsv`` that the figure rules read, loaded once per data
folder."""

from __future__ import annotations

from dataclasses import dataclass
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
        facility_endings=tuple(sorted(one("facility_ending"))),
        not_facility=one("not_facility"),
        machine=one("machine"),
        supplier=one("supplier"),
        other_party=one("other_party"),
        builder=one("builder"),
        plant_builder=one("plant_builder"),
        rival=one("rival"),
        figure_head=one("figure_head"),
        built_facility=one("built_facility"),
        spend=one("spend"),
        spent_on=one("spent_on"),
        spend_other=one("spend_other"),
        spent_not_purpose=one("spent_not_purpose"),
        negation=event_cues.negation,
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
        growth_from=one("growth_from"),
        growth_to=one("growth_to"),
        price=one("price") | DASHES,
        home_country=one("home_country"),
        together=one("together"),
        first_person=one("first_person"),
        press_verb=event_cues.press_verb,
        measure_unit=one("measure_unit"),
        noun_left_out=one("noun_left_out"),
        relative=relative_pronouns(code),  # (extract/relative.py)
        complement=one("complement"),
        investment_noun=one("investment_noun"),
        firm_plan=one("firm_plan"),
        firm_kind=one("firm_kind"),
        vague=one("vague"),
        link=one("linking"),
        investor_lead=one("investor_lead"),
        purchase=one("purchase"),
        contract=one("contract"),
        deal=one("deal"),
        selling=one("selling"),
        client=one("client"),
        headcount=one("headcount"),
        town_noun=one("town_noun"),
        delegation=one("delegation"),
        signatory=one("signatory"),
        value_noun=one("value_noun"),
        so_much=one("so_much"),
        unit_noun=one("unit_noun"),
        part_period=one("part_period"),
        exceed=one("exceed"),
        cost_verb=one("cost_verb"),
        priced_goods=one("priced_goods"),
        wish=one("wish"),
        average=one("average"),
        average_adj=one("average_adj"),
        average_of=one("average_of"),
        machine_by_kind=one("machine_by_kind"),
        machine_works=one("machine_works"),
        machine_kind=one("machine_kind"),
        whole=one("whole"),
        country_noun=one("country_noun"),
        origin_from=one("origin_from"),
        origin=one("origin"),
        total=one("total"),
        joint_few=one("joint_few"),
        joint_counted=one("joint_counted"),
        demonstrative=one("demonstrative"),
        first_person_past=tuple(sorted(one("first_person_past"))),
        intent=one("intent"),
        our=one("our"),
        partner_noun=one("partner_noun"),
        authorities=one("authorities"),
        parent_noun=one("parent_noun"),
        joint_body=one("joint_body"),
        asked=one("asked"),
        reflexive=one("reflexive"),
        sum_adjective=one("sum_adjective"),
        reported_count=one("reported_count"),
        lending=one("lending"),
        fronted_cost=one("fronted_cost"),
        project_noun=one("project_noun"),
        seeking=one("seeking"),
        hired_noun=one("hired_noun"),
        project_cue=phrases("project_cue"),
        project_not=one("project_not") | one("contract") | one("deal") | one("selling"),
        contractor=event_cues.contractor_noun,
        each=one("each"),
        own_funds=one("own_funds"),
        each_not=one("each_not"),
        team_noun=one("team_noun"),
        committee=one("committee"),
        works_for=one("works_for"),
        one_of=one("one_of"),
        fronted_spend=one("fronted_spend"),
        financing=one("financing"),
        financing_plain=one("financing_plain"),
        area_noun=one("area_noun"),
        zone_place=one("zone_place"),
        row_not=one("row_not"),
    )


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
