"""The event matcher's parts on records written here: types, participants, dates, names, the score."""

from __future__ import annotations

from kooperacja.resolve import dates
from kooperacja.resolve.events import (
    THRESHOLD,
    compatible_types,
    participant_points,
    reported_event,
    resolve_event,
    same_event,
    score_events,
    type_penalty,
)
from kooperacja.resolve.model import Candidate, EventCandidate
from kooperacja.resolve.names import cognate_stems, norm


def ev(
    id: int,
    type: str = "agreement",
    date: str | None = None,
    parts: set[int] | None = None,
    doc: int | None = None,
    name: str | None = None,
    place: int | None = None,
    published: str | None = None,
) -> EventCandidate:
    return EventCandidate(
        id, type, date, name, parts or set(), {doc or 100 + id}, place, {published} if published else set()
    )


def test_type_compatibility():
    assert type_penalty("agreement", "agreement") == 0
    assert type_penalty("agreement", "letter_of_intent") == 0.5
    assert type_penalty("cooperation", "letter_of_intent") == 1.0
    assert type_penalty("investment", "founding") == 1.0
    assert type_penalty("visit", "conference") is None
    assert type_penalty("founding", "agreement") is None
    assert compatible_types("letter_of_intent") == ["letter_of_intent", "agreement", "cooperation"]
    assert compatible_types("visit") == ["visit"]


def test_participant_points():
    assert participant_points({1, 2}, {1, 2})[0] == 4
    assert participant_points({1, 2, 3}, {1, 2, 4})[0] == 3
    assert participant_points({1}, {1, 2})[0] == 2  # one report names one side only
    assert participant_points({1, 2}, {1, 3})[0] == 1  # one shared party, each with its own
    # the other parties named in the other report too: as good as one side only
    assert participant_points({1, 2}, {1, 3}, {1, 2, 3}, {1, 3})[0] == 2
    assert participant_points({1}, {2})[0] == 0


def test_date_affinity_explicit():
    assert dates.affinity("2021-06-08", "2021-06-08")[0] == dates.STRONG
    assert dates.affinity("2021-06-08", "2021-06-06/2021-06-09")[0] == dates.STRONG  # a day in a range
    assert dates.affinity("2021-06-08", "2021-06")[0] == dates.MEDIUM  # a month containing the day
    assert dates.affinity("2021", "2021-06-08")[0] == dates.WEAK
    assert dates.affinity("2021-06-08", "2021-06-09")[0] is None
    assert dates.affinity("2019-06-08", "2021-06-08")[0] is None  # different years never
    assert dates.affinity("2019", "2021-06")[0] is None


def test_date_affinity_missing_and_partial():
    # missing: compatible at a lower score; the report's publication date stands in
    assert dates.affinity(None, "2021-06-08")[0] == dates.WEAK
    assert dates.affinity(None, "2021-06-08", a_published="2021-06-10")[0] == dates.MEDIUM
    assert dates.affinity(None, "2021-06-08", a_published="2021-06")[0] == dates.MEDIUM
    assert dates.affinity("2019-06-08", None, b_published="2021-06-10")[0] == dates.AGAINST
    assert dates.affinity("2021-06-08", None, b_published="2021-05-01")[0] == dates.AGAINST  # reported before
    assert dates.affinity(None, None)[0] == dates.WEAK
    assert dates.affinity(None, None, "2021-06-09", "2021-06-12")[0] == dates.MEDIUM
    assert dates.affinity(None, None, "2017-06-09", "2021-06-12")[0] == dates.AGAINST
    assert dates.interval("2021-02-30") is None


def test_same_parties_merge_across_types_and_dates():
    a = ev(1, "letter_of_intent", "2021-06-08", {1, 2})
    assert same_event(a, ev(2, "agreement", "2021-06", {1, 2}))  # LOI vs agreement, month containing day
    assert same_event(a, ev(3, "letter_of_intent", None, {1, 2}))  # undated report
    assert same_event(a, ev(4, "cooperation", "2021-06-08", {1, 2}))  # "began cooperation" the same day
    assert same_event(ev(5, date=None, parts={1, 2}), ev(6, date=None, parts={1, 2}))


def test_near_misses_stay_apart():
    a = ev(1, "letter_of_intent", "2021-06-08", {1, 2})
    assert same_event(a, ev(2, "agreement", "2019-06-08", {1, 2})) is None  # same parties, another year
    assert same_event(a, ev(3, "letter_of_intent", "2021-06-08", {1, 3})) is None  # another partner
    assert same_event(a, ev(4, "conference", "2021-06-08", {1, 2})) is None  # another kind
    assert same_event(a, ev(5, "letter_of_intent", None, {1, 2}, published="2023-02-01")) is None
    # "began cooperation" (no document named), undated, with a party of its own: too little
    assert (
        same_event(ev(9, "letter_of_intent", "2021-06-08", {1, 2, 3}), ev(6, "cooperation", None, {1, 2, 4}))
        is None
    )
    assert same_event(
        ev(9, "letter_of_intent", "2021-06-08", {1, 2, 3}), ev(6, "letter_of_intent", None, {1, 2, 4})
    )
    # two events of one document are two events
    assert same_event(ev(7, parts={1, 2}, doc=9), ev(8, parts={1, 2}, doc=9)) is None


def test_subsets_need_agreeing_dates():
    big = ev(1, "letter_of_intent", "2023-05-09", {1, 2, 3, 4})
    assert same_event(big, ev(2, "letter_of_intent", "2023-05-09", {1, 2}))
    assert same_event(big, ev(3, "letter_of_intent", "2023-05", {3}))  # one side, same month
    assert same_event(big, ev(4, "letter_of_intent", None, {3})) is None  # one side, no date


def test_names_and_places():
    a = ev(1, "conference", "2012-03-27", {1, 2}, name="Forum Klastrów 2012", place=7)
    assert same_event(a, ev(2, "conference", "2012-03-27", {1, 2}, name="Forum Klastrów 2012", place=7))
    # the same name without shared participants, dates agreeing
    m = same_event(a, ev(3, "conference", "2012-03", {5}, name="Forum Klastrów 2012"))
    assert m is not None and m.rule == "event_name"
    assert same_event(ev(4, "conference", None, {1}, name="Forum Klastrów 2013"), a) is None
    assert (
        score_events(a, ev(5, "conference", "2012-03-27", {1, 2}, place=8)).score
        < score_events(a, ev(6, "conference", "2012-03-27", {1, 2}, place=7)).score
    )


def test_reason_names_the_evidence():
    m = same_event(ev(1, "letter_of_intent", "2021-06-08", {1, 2}), ev(2, "agreement", "2021-06", {1, 2}))
    assert m is not None and m.score >= THRESHOLD
    assert "letter_of_intent~agreement" in m.reason and "2021-06-08 within 2021-06" in m.reason


class FakeCatalog:
    def __init__(self, events: list[EventCandidate]) -> None:
        self.events = events

    def events_with(self, entity_ids: set[int], etype: str) -> list[EventCandidate]:
        return [e for e in self.events if e.type == etype and e.participants & entity_ids]

    def events_named(self, etype: str, name: str) -> list[EventCandidate]:
        return [e for e in self.events if e.type == etype and e.name and norm(e.name) == name]

    def events_by_id(self, ids: list[int]) -> list[EventCandidate]:
        return [e for e in self.events if e.id in ids]


def test_resolve_event_finds_compatible_types_and_records_why():
    cat = FakeCatalog(
        [ev(1, "letter_of_intent", "2021-06-08", {1, 2}), ev(2, "agreement", "2019-06-08", {1, 2})]
    )
    eid, rule, reason = resolve_event(reported_event("agreement", "2021-06", None, {1, 2}, 50), cat)  # type: ignore[arg-type]
    assert (eid, rule) == (1, "event_overlap") and "score" in reason
    eid, rule, _ = resolve_event(reported_event("agreement", "2020", None, {1, 2}, 50), cat)  # type: ignore[arg-type]
    assert (eid, rule) == (None, "new")


def test_undated_report_between_two_dated_events_is_ambiguous():
    cat = FakeCatalog([ev(1, "agreement", "2021-06-08", {1, 2}), ev(2, "agreement", "2019-06-08", {1, 2})])
    eid, rule, reason = resolve_event(reported_event("agreement", None, None, {1, 2}, 50), cat)  # type: ignore[arg-type]
    assert eid is None and reason.startswith("ambiguous")


def test_near_duplicate_joins_its_originals_event_whatever_the_score():
    cat = FakeCatalog(
        [ev(1, "letter_of_intent", "2021-06-08", {1, 2}, doc=7), ev(2, "visit", None, {1}, doc=7)]
    )
    eid, rule, _ = resolve_event(reported_event("letter_of_intent", None, None, {1}, 50), cat, prefer=[1, 2])  # type: ignore[arg-type]
    assert (eid, rule) == (1, "near_duplicate")
    eid, rule, _ = resolve_event(
        reported_event("letter_of_intent", "2020-01-01", None, {1}, 50), cat, prefer=[1, 2]
    )  # type: ignore[arg-type]
    assert rule != "near_duplicate"  # a contradicting date is another event even in a copied text


def test_names_for_entities():
    assert norm("The Suez Canal Economic Zone") == norm("Suez Canal Economic Zone")
    assert norm("Poland’s Katowice Special Economic Zone") == "katowice special economic zone"
    assert norm("Macy’s Department Store") == "macys department store"
    assert cognate_stems({"Katowice Special Economic Zone"}, {"Katowicka Specjalna Strefa Ekonomiczna"}) == {
        "kato"
    }
    assert not cognate_stems(
        {"Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna"}, {"Katowicka Specjalna Strefa Ekonomiczna"}
    )


class EntityCatalog:
    """Two stored zones: KSSE (Katowice) given with its acronym, and K-SSE (Kostrzyń-Słubice)."""

    def __init__(self) -> None:
        self.ents = {
            1: ("Katowicka Specjalna Strefa Ekonomiczna", "economic_zone", {"KSSE"}),
            2: ("Kostrzyńsko-Słubicka Specjalna Strefa Ekonomiczna", "economic_zone", {"KSSE"}),
        }

    def _c(self, i: int, matched: str) -> Candidate:
        name, sub, _ = self.ents[i]
        return Candidate(i, "organization", sub, name, norm(name), "PL", 3 - i, matched)

    def by_key(self, etype: str, key: str) -> list[Candidate]:
        return [self._c(i, "name") for i, e in self.ents.items() if norm(e[0]) == key]

    def by_acronym(self, etype: str, acronym: str) -> list[Candidate]:
        return [self._c(i, "acronym") for i, e in self.ents.items() if acronym in e[2]]

    def full_names(self, entity_id: int) -> set[str]:
        return {norm(self.ents[entity_id][0])}

    def forced(self, etype: str, key: str) -> set[str]:
        return set()

    def forbidden(self, etype: str, key: str) -> set[str]:
        return set()


def test_acronym_with_a_translated_full_name():
    from kooperacja.resolve import DocContext, resolve_entity

    cat = EntityCatalog()
    ent = {
        "type": "organization",
        "subtype": "economic_zone",
        "name": "Katowice Special Economic Zone",
        "aliases": ["KSSE"],
    }
    d = resolve_entity(ent, DocContext(1, "x"), cat)  # type: ignore[arg-type]
    assert (d.entity_id, d.rule) == (1, "acronym_translation") and "kato" in d.reason
    other = {
        "type": "organization",
        "subtype": "economic_zone",
        "name": "Lubuska Strefa Przemysłowa",
        "aliases": ["KSSE"],
    }
    assert resolve_entity(other, DocContext(1, "x"), cat).entity_id is None  # type: ignore[arg-type]
    company = {**ent, "subtype": "company"}
    assert resolve_entity(company, DocContext(1, "x"), cat).entity_id is None  # type: ignore[arg-type]
