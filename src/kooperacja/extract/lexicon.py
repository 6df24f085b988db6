"""Language data for extraction: a view over `language_data(lang)` (the TSV files under
kooperacja/data/<lang>/), built once per language and rebuilt after `set_data_root`."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from functools import cache

from kooperacja.data.language_data import LanguageData, language_data, on_data_change


def _sector_terms(data: LanguageData) -> tuple[tuple[tuple[str, ...], str], ...]:
    """The sector terms as lemma sequences; a first word "@table" stands for each lemma of that word table."""
    out: list[tuple[tuple[str, ...], str]] = []
    for r in data.rows("sector_terms"):
        words = tuple(w.lower() for w in r["terms"].split())
        if words[0].startswith("@"):
            out.extend(((head.lower(), *words[1:]), r["sector"]) for head in data.column(words[0][1:]))
        else:
            out.append((words, r["sector"]))
    return tuple(out)


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
    role_titles: frozenset[str]  # titles that tie a person to an organisation (roles.py)
    offices: dict[str, tuple[frozenset[str], frozenset[str]]]  # office title -> (subtypes, heads)
    function_words: dict[str, frozenset[str]]  # use -> words (function_words.tsv)
    complement_heads: frozenset[str]  # heads whose genitive complement is no apposition (baseform.py)

    def function(self, use: str) -> frozenset[str]:
        """The function words of one use ("coordinator", "origin"…)."""
        return self.function_words.get(use, frozenset())


@cache
def lexicon(lang: str = "pl") -> Lexicon:
    data = language_data(lang)
    heads = {r["lemma"]: (r["subtype"], r["seat"] == "yes") for r in data.rows("org_heads")}
    rules = tuple((r["head"], r["word"], r["subtype"]) for r in data.rows("org_head_rules"))
    legal = sorted((tuple(r["tokens"].split()) for r in data.rows("legal_forms")), key=len, reverse=True)
    triggers: dict[str, list[tuple[str, str]]] = {}
    multi: list[tuple[tuple[str, ...], str, str]] = []
    for r in data.rows("event_triggers"):
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
        descriptors={r["lemma"]: r["subtype"] for r in data.rows("org_descriptors")},
        not_org_acronyms=frozenset(r["acronym"] for r in data.rows("not_org_acronyms")),
        foreign_org_words={r["word"]: r["subtype"] for r in data.rows("foreign_org_words")},
        titles=frozenset(r["lemma"].lower() for r in data.rows("titles")),
        strip_titles=frozenset(r["token"] for r in data.rows("person_titles_strip")),
        triggers={k: tuple(v) for k, v in triggers.items()},
        multiword_triggers=tuple(multi),
        modality={r["lemma"]: r["kind"] for r in data.rows("event_modality")},
        sector_terms=_sector_terms(data),
        figure_metrics=tuple(
            (tuple(r["lemma"].split()), r["metric"], r["unit"], int(r["window"]))
            for r in data.rows("figure_metrics")
        ),
        event_name_words={r["word"]: r["type"] for r in data.rows("event_name_words")},
        connectors={r["word"]: r["kind"] for r in data.rows("name_connectors") if r["kind"] != "none"},
        role_titles=frozenset(r["lemma"] for r in data.rows("role_titles")),
        offices={
            r["title"]: (frozenset(r["subtypes"].split("|")), frozenset(r["heads"].split("|")) - {"-"})
            for r in data.rows("office_titles")
        },
        function_words=_by_use(data.rows("function_words")),
        complement_heads=frozenset(r["lemma"] for r in data.rows("complement_heads")),
    )


def _by_use(rows: tuple[dict[str, str], ...]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in rows:
        out.setdefault(r["use"], set()).add(r["word"])
    return {k: frozenset(v) for k, v in out.items()}


def _forget_components() -> None:
    """Components keep the Lexicon they were built with: drop the cached pipelines too (looked up in
    sys.modules, since the pipeline imports this module)."""
    pipeline = sys.modules.get("kooperacja.extract.pipeline")
    for name in ("default_pipeline", "pipeline_for"):
        clear = getattr(getattr(pipeline, name, None), "cache_clear", None)
        if clear is not None:
            clear()


on_data_change(lexicon.cache_clear)
on_data_change(_forget_components)
