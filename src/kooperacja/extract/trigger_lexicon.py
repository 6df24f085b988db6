"""The table of one-word triggers, built from the lexicon: the imperfective partners of perfective verbs
(`event_aspect_rules`), the written forms a multi-word trigger starts with, the verbs of investment."""

from __future__ import annotations

from functools import cache

from kooperacja.data.language_data import language_data


@cache
def investment_verbs(lang: str) -> frozenset[str]:
    """The one-word verb triggers of investments ("zainwestować", "wybudować"), lower-cased."""
    return frozenset(
        r["lemma"].lower()
        for r in language_data(lang).rows("event_triggers")
        if r.get("kind") == "verb" and "investment" in r.get("type", "").split("|") and " " not in r["lemma"]
    )


def first_forms(lemma: str) -> set[str]:
    """All written forms of a lemma (lower-cased): multi-word triggers are looked up by their first word."""
    from kooperacja.text.morphology import morphology

    return {form.lower() for form, _tag in morphology().forms(lemma)} | {lemma}


def with_aspect_partners(
    lang: str, triggers: dict[str, tuple[tuple[str, str], ...]], skip: frozenset[str]
) -> dict[str, tuple[tuple[str, str], ...]]:
    """The one-word triggers with the imperfective partner of each perfective verb among them ("rozbudować" →
    "rozbudowywać", "zainwestować" → "inwestować"), made by the rules of `event_aspect_rules` and kept where
    the dictionary knows the partner as an imperfective verb; the partner states what its verb states.
    Words in `skip` (the modality words: "deklarować" plans) are no partners."""
    from kooperacja.text.morphology import morphology

    rules = language_data(lang).rows("event_aspect_rules")
    if not rules:
        return dict(triggers)
    morph = morphology()
    wrong = {(r["perfective"], r["imperfective"]) for r in rules if r["kind"] == "false_partner"}

    def is_inf(word: str, aspect: str) -> bool:
        return any(
            r.pos == "inf" and r.lemma == word and aspect in r.tag.split(":")[1:] for r in morph.analyse(word)
        )

    out = {k: list(v) for k, v in triggers.items()}
    for lemma, rows in triggers.items():
        verbal = [row for row in rows if row[0] in ("verb", "action")]
        if not verbal or " " in lemma or not is_inf(lemma, "perf"):
            continue
        for rule in rules:
            perf, imperf, kind = rule["perfective"], rule["imperfective"], rule["kind"]
            if kind == "suffix" and lemma.endswith(perf):
                cand = lemma[: -len(perf)] + imperf
            elif kind == "prefix" and lemma.startswith(perf) and lemma.endswith(imperf):
                cand = lemma[len(perf) :]
            else:
                continue
            if cand == lemma or cand in skip or (lemma, cand) in wrong or not is_inf(cand, "imperf"):
                continue
            have = out.setdefault(cand, [])
            have.extend(row for row in verbal if row not in have)
    return {k: tuple(v) for k, v in out.items()}
