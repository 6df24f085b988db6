"""Language data for extraction, loaded once from the TSV files under kooperacja/data/<lang>/."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from kooperacja.data import read_tsv


@dataclass(frozen=True)
class Lexicon:
    org_heads: dict[str, tuple[str, bool]]  # lemma -> (subtype, takes a seat "w X")
    org_head_rules: tuple[tuple[str, str, str], ...]  # (head, word, subtype)
    legal_forms: tuple[tuple[str, ...], ...]  # token sequences, longest first
    descriptors: dict[str, str]
    not_org_acronyms: frozenset[str]
    foreign_org_words: dict[str, str]
    titles: frozenset[str]
    strip_titles: frozenset[str]
    triggers: dict[str, tuple[tuple[str, str], ...]]  # first lemma -> ((kind, type), ...)
    multiword_triggers: tuple[tuple[tuple[str, ...], str, str], ...]
    modality: dict[str, str]
    sector_terms: tuple[tuple[tuple[str, ...], str], ...]
    figure_metrics: tuple[tuple[tuple[str, ...], str, str, int], ...]
    event_name_words: dict[str, str]
    connectors: dict[str, str]


@cache
def lexicon(lang: str = "pl") -> Lexicon:
    d = lang
    heads = {r["lemma"]: (r["subtype"], r["seat"] == "yes") for r in read_tsv(f"{d}/org_heads.tsv")}
    rules = tuple((r["head"], r["word"], r["subtype"]) for r in read_tsv(f"{d}/org_head_rules.tsv"))
    legal = sorted(
        (tuple(r["tokens"].split()) for r in read_tsv(f"{d}/legal_forms.tsv")), key=len, reverse=True
    )
    triggers: dict[str, list[tuple[str, str]]] = {}
    multi: list[tuple[tuple[str, ...], str, str]] = []
    for r in read_tsv(f"{d}/event_triggers.tsv"):
        words = tuple(r["lemma"].split())
        for typ in r["type"].split("|"):
            if len(words) == 1:
                triggers.setdefault(words[0], []).append((r["kind"], typ))
            else:
                multi.append((words, r["kind"], typ))
    return Lexicon(
        org_heads=heads,
        org_head_rules=rules,
        legal_forms=tuple(legal),
        descriptors={r["lemma"]: r["subtype"] for r in read_tsv(f"{d}/org_descriptors.tsv")},
        not_org_acronyms=frozenset(r["acronym"] for r in read_tsv(f"{d}/not_org_acronyms.tsv")),
        foreign_org_words={r["word"]: r["subtype"] for r in read_tsv(f"{d}/foreign_org_words.tsv")},
        titles=frozenset(r["lemma"].lower() for r in read_tsv(f"{d}/titles.tsv")),
        strip_titles=frozenset(r["token"] for r in read_tsv(f"{d}/person_titles_strip.tsv")),
        triggers={k: tuple(v) for k, v in triggers.items()},
        multiword_triggers=tuple(multi),
        modality={r["lemma"]: r["kind"] for r in read_tsv(f"{d}/event_modality.tsv")},
        sector_terms=tuple(
            (tuple(w.lower() for w in r["terms"].split()), r["sector"])
            for r in read_tsv(f"{d}/sector_terms.tsv")
        ),
        figure_metrics=tuple(
            (tuple(r["lemma"].split()), r["metric"], r["unit"], int(r["window"]))
            for r in read_tsv(f"{d}/figure_metrics.tsv")
        ),
        event_name_words={r["word"]: r["type"] for r in read_tsv(f"{d}/event_name_words.tsv")},
        connectors={
            r["word"]: r["kind"] for r in read_tsv(f"{d}/name_connectors.tsv") if r["kind"] != "none"
        },
    )
