"""The harness the passage batteries share: their cases as pytest parameters, the known failures among them as
strict xfails with their reasons, and the pass count a battery prints when run as a script.

Each battery keeps its own cases and its own check (what it compares differs from battery to battery)."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pytest

from kooperacja import extract

# the legal forms the scorer drops from the end of a name before it keys it (shared/tools/score.py), on the name
# with its punctuation turned to spaces
_SCORER_LEGAL = re.compile(
    r"\b(s\s*a|sp\s*z\s*o\s*o|spółka\s*z\s*o\s*o|spółka z ograniczoną odpowiedzialnością|spółka akcyjna"
    r"|sp\s*k|sp\s*j|gmbh|ltd|inc|ag|se|s\s*r\s*o|spol\s*s\s*r\s*o|a\s*s|sas|bv|nv)\s*$"
)


def loose_key(name: str) -> str:
    """The scorer's loose key of a name: case-folded, punctuation dropped, trailing legal forms dropped ("Betamax
    S.A." keys as "beta", not "beta s a"), then the first four letters of each word."""
    s = " ".join("".join(ch if ch.isalnum() or ch == "&" else " " for ch in name.casefold()).split())
    prev = None
    while prev != s:
        prev, s = s, _SCORER_LEGAL.sub("", s).strip()
    return " ".join(w[:4] for w in s.split())


_LEGAL = re.compile(
    r"\s+(?:sp\. z o\.o\.|sp\. ?j\.|s\.a\.|sa|gmbh|ag|ltd\.?|inc\.?|s\.r\.o\.|sp\. ?k\.)$", re.IGNORECASE
)


def org_key(name: str) -> str:
    """A name as the scorer compares it: without a trailing legal form or quotes, case-folded."""
    return _LEGAL.sub("", name.replace("„", "").replace("”", "").replace('"', "").strip()).casefold()


def org_problems(
    entities: list[dict[str, Any]], wanted: Mapping[str, str | None], no_entity: Collection[str]
) -> list[str]:
    """What is wrong in a record's entities for an organisation battery (empty when it passes): a wanted organisation
    (name → subtype or None) is found where its name or one of its aliases is the wanted name; any other
    organisation is a false one; no entity may hold a word of `no_entity`."""
    org_list = [e for e in entities if e["type"] == "organization"]
    keys = [{org_key(e["name"]), *map(org_key, e.get("aliases", []))} for e in org_list]
    orgs: dict[str, dict[str, Any]] = {}
    for name in wanted:
        hit = next((n for n, ks in enumerate(keys) if org_key(name) in ks), None)
        if hit is not None:
            orgs[org_key(name)] = org_list[hit]
    used = {id(e) for e in orgs.values()}
    problems = [f"missing {n!r}" for n in sorted(wanted) if org_key(n) not in orgs]
    problems += [f"not an organisation: {e['name']!r}" for e in org_list if id(e) not in used]
    problems += [
        f"{n!r} is {orgs[org_key(n)].get('subtype')!r}, not {s!r}"
        for n, s in sorted(wanted.items())
        if org_key(n) in orgs and s is not None and orgs[org_key(n)].get("subtype") != s
    ]
    problems += [
        f"no entity may hold {bad!r}: {e['type']} {e['name']!r}"
        for e in entities
        for bad in sorted(no_entity)
        if bad.casefold() in e["name"].casefold()
    ]
    return problems


def case_adder(cases: dict[str, tuple[str, frozenset[Any]]]) -> Callable[..., None]:
    """`case(key, text, *items)`: adds a case to `cases` (a key once only), its wanted items as a set."""

    def case(key: str, text: str, *items: Any) -> None:
        assert key not in cases, key
        cases[key] = (text, frozenset(items))

    return case


def check_keys(keys: Iterable[str], failing: Collection[str]) -> None:
    """Each case's key once only, and every known failure a case of the battery."""
    keys = list(keys)
    assert len(keys) == len(set(keys))
    assert set(failing) <= set(keys)


def _mark(failing: Collection[str], key: str) -> list[Any]:
    """A strict xfail for a known failure: with its reason where `failing` maps keys to reasons."""
    if key not in failing:
        return []
    reason = {"reason": failing[key]} if isinstance(failing, Mapping) else {}
    return [pytest.mark.xfail(strict=True, **reason)]


def keyed_params(keys: Iterable[str], failing: Collection[str]) -> list[Any]:
    """The keys of a battery's cases as parameters, those in `failing` a strict xfail (with its reason where
    `failing` gives one)."""
    return [pytest.param(k, marks=_mark(failing, k)) for k in keys]


def passage_params(passages: Iterable[Any], failing: Collection[str]) -> list[Any]:
    """Passages (each with a `.key`) as parameters named by their key, those in `failing` a strict xfail."""
    return [pytest.param(p, id=p.key, marks=_mark(failing, p.key)) for p in passages]


def print_pass_count(
    keys: Iterable[str],
    check: Callable[[str], list[str]],
    text: Callable[[str], str],
    show_failing: bool = False,
) -> dict[str, list[str]]:
    """Print each failing case (its text and problems) and the pass count, and with `show_failing` the failing
    keys as a FAILING set to paste; return the failing ones."""
    keys = list(keys)
    failed = {k: p for k in keys if (p := check(k))}
    for k, p in failed.items():
        print(f"FAIL {k}: {text(k)}\n    " + "\n    ".join(p))
    print(f"passed {len(keys) - len(failed)} of {len(keys)}")
    if show_failing:
        print("FAILING = " + repr(sorted(failed)))
    return failed


def check_cases(cases: Mapping[str, tuple[str, Any]], failing: Collection[str], minimum: int) -> None:
    """A battery of `case_adder` cases: its keys once only, its known failures among them, at least `minimum` cases
    and no text twice."""
    check_keys(cases, failing)
    assert len(cases) >= minimum
    assert len({text for text, _ in cases.values()}) == len(cases)


def assert_no_problems(text: str, problems: list[str]) -> None:
    """Fail with the case's text and its problems where there are any."""
    assert not problems, f"{text}\n" + "\n".join(problems)


def battery_tests(
    cases: Mapping[str, Any], failing: Collection[str], check: Callable[[Any], list[str]], minimum: int = 40
) -> tuple[Callable[[], None], Callable[[str], None]]:
    """The two tests of a battery of cases with a `.text`, to bind at module level (`test_the_battery_is_large_and_
    varied, test_battery_case = battery_tests(CASES, FAILING, check)`): at least `minimum` cases, each text once;
    each case right by `check` (its known failures strict xfails)."""

    def test_the_battery_is_large_and_varied() -> None:
        assert len(cases) >= minimum
        assert len({c.text for c in cases.values()}) == len(cases)

    @pytest.mark.parametrize("key", keyed_params(cases, failing))
    def test_battery_case(key: str) -> None:
        problems = check(cases[key])
        assert not problems, f"{cases[key].text}\n" + "\n".join(problems)

    return test_the_battery_is_large_and_varied, test_battery_case


def print_passage_count(passages: Iterable[Any], check: Callable[[Any], list[str]]) -> dict[str, list[str]]:
    """`print_pass_count` for a battery of passages (each with a `.key` and a `.text`), the failing keys shown."""
    by_key = {p.key: p for p in passages}
    return print_pass_count(by_key, lambda k: check(by_key[k]), lambda k: by_key[k].text, show_failing=True)


@dataclass(frozen=True)
class OrgPassage:
    """A passage of an organisation battery: the organisations it must give (name -> subtype, None for any) and the
    names that must give no entity."""

    text: str
    orgs: dict[str, str | None] = field(default_factory=dict)
    no_entity: frozenset[str] = frozenset()


def org_passage_adder(cases: dict[str, OrgPassage]) -> Callable[..., None]:
    """The function an organisation battery adds its passages with: `add(key, text, orgs=..., no_entity=...)`."""

    def add(
        key: str, text: str, orgs: dict[str, str | None] | None = None, no_entity: set[str] | None = None
    ) -> None:
        assert key not in cases, key
        cases[key] = OrgPassage(text, dict(orgs or {}), frozenset(no_entity or ()))

    return add


def org_checker(doc_id: str, published: str) -> Callable[[OrgPassage], list[str]]:
    """The check of an organisation battery: what is wrong in a passage's extraction (empty when it passes)."""

    def check(case: OrgPassage) -> list[str]:
        record = extract(case.text, doc_id=doc_id, published=published)
        return org_problems(record["entities"], case.orgs, case.no_entity)

    return check
