"""The extraction pipeline: small components that each read and enrich one shared `Doc`."""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from kooperacja.documents.model import Document
from kooperacja.extract.doc import Doc

Component = Callable[[Doc], None]


@dataclass(frozen=True)
class Contract:
    """The `Doc` fields a component reads (`requires`) and fills or changes (`assigns`)."""

    requires: tuple[str, ...] = ()
    assigns: tuple[str, ...] = ()


_DOC_FIELDS = frozenset(f.name for f in fields(Doc))


class _FieldNames:
    """``F.tokens`` is the name "tokens" of a declared `Doc` field; a name Doc does not declare fails at import."""

    def __getattr__(self, name: str) -> str:
        if name not in _DOC_FIELDS:
            raise AttributeError(f"Doc declares no field {name!r}")
        return name


F = _FieldNames()

# the fields `Pipeline.make_doc` fills from the document before any component runs
GIVEN = (F.text, F.doc_id, F.published, F.lang, F.title, F.url)
_TEXT = (F.tokens, F.readings, F.keys, F.sentences, F.sent_of, F.sent_span)

# What each component requires and assigns, by the component's function or class (relative to
# ``kooperacja.extract``). A component may instead carry ``requires``/``assigns`` attributes of its own.
CONTRACTS: dict[str, Contract] = {
    # Polish
    "confidence.recall_mode": Contract((F.lang,), (F.recall,)),
    "analysis.analyse_text": Contract((F.text,), _TEXT),
    "agglutinated.agglutinated_verbs": Contract((F.tokens, F.readings, F.keys), (F.readings, F.keys)),
    "dating.find_doc_dates": Contract((F.text, F.published), (F.published, F.dates)),
    "names.NameFinder": Contract(
        (F.text, *_TEXT, F.dates, F.recall), (F.mentions, F.event_names, F.org_candidates)
    ),
    "places.RegionNames": Contract((F.tokens, F.readings, F.sent_of, F.mentions), (F.mentions,)),
    "places.ZoneNames": Contract((F.tokens, F.readings, F.sent_of, F.mentions), (F.mentions,)),
    "boilerplate.drop_boilerplate": Contract(
        (F.text, F.tokens, F.readings, F.sent_span, F.mentions), (F.mentions, F.boilerplate)
    ),
    "names.link_parenthesised_acronyms": Contract((F.text, F.tokens, F.mentions), (F.mentions,)),
    "entities.group_entities": Contract((F.lang, F.tokens, F.readings, F.sent_of, F.mentions), (F.entities,)),
    "entity_aliases.link_stated_aliases": Contract((F.text, F.mentions, F.entities), (F.entities,)),
    "roles.find_roles": Contract(
        (F.text, F.tokens, F.readings, F.mentions, F.entities), (F.entities, F.title_spans)
    ),
    "sectors.find_sectors": Contract((F.lang, F.tokens, F.keys), (F.sector_hits, F.sectors)),
    "events.EventFinder": Contract(
        (
            F.text,
            F.published,
            *_TEXT,
            F.dates,
            F.mentions,
            F.entities,
            F.event_names,
            F.title_spans,
            F.sector_hits,
            F.boilerplate,
            F.recall,
        ),
        (F.event_drafts, F.sent_sectors, F.place_units),
    ),
    "events.EventMerger": Contract(
        (F.text, F.published, *_TEXT, F.dates, F.mentions, F.entities, F.event_drafts, F.recall),
        (F.events, F.event_candidates),
    ),
    "event_coref.resolve_event_coreference": Contract(
        (F.text, F.sentences, F.sent_span, F.mentions, F.entities, F.events, F.event_drafts),
        (F.events, F.partial_events),
    ),
    "figures.find_figures": Contract(
        (F.text, *_TEXT, F.dates, F.mentions, F.entities, F.events, F.boilerplate), (F.amounts, F.figures)
    ),
    "confidence.ConfidenceScorer": Contract(
        (F.recall, F.mentions, F.entities, F.events, F.figures, F.event_candidates, F.org_candidates),
        (F.entities, F.events, F.figures, F.event_candidates, F.org_candidates, F.mentions),
    ),
    # English (extract/en)
    "en.analysis.EnglishText": Contract(
        (F.text,), (F.tokens, F.readings, F.keys, F.sentences, F.sent_of, F.sent_span)
    ),
    "en.analysis.EnglishDates": Contract((F.text, F.published, F.sentences), (F.published, F.dates)),
    "en.names.EnglishNames": Contract(
        (F.text, F.tokens, F.readings, F.sent_of, F.sent_span, F.dates), (F.mentions, F.event_names)
    ),
    "en.entities.EnglishEntities": Contract((F.text, F.mentions), (F.entities, F.mentions)),
    "en.roles.EnglishRoles": Contract(
        (F.tokens, F.readings, F.sent_span, F.mentions, F.entities), (F.entities,)
    ),
    "en.events.EnglishEvents": Contract(
        (F.text, F.tokens, F.readings, F.sentences, F.sent_of, F.sent_span, F.dates, F.mentions, F.entities)
        + (F.event_names,),
        (F.events, F.partial_events),
    ),
    "en.figures.EnglishFigures": Contract(
        (F.text, F.tokens, F.readings, F.sent_of, F.sent_span, F.dates, F.mentions, F.entities), (F.figures,)
    ),
    "en.entities.drop_unused_nationalities": Contract((F.mentions, F.entities, F.events), (F.entities,)),
}


class PipelineOrderError(ValueError):
    """A pipeline whose components do not fit together: one reads a field that no earlier one fills."""


def _key(component: Component) -> str:
    obj = component if hasattr(component, "__qualname__") else type(component)
    return f"{obj.__module__}.{obj.__qualname__}".removeprefix(__package__ + ".")


def contract_of(name: str, component: Component) -> Contract:
    """The declared contract of a component (its own ``requires``/``assigns``, else its row in CONTRACTS)."""
    requires = getattr(component, "requires", None)
    assigns = getattr(component, "assigns", None)
    if requires is not None or assigns is not None:
        contract = Contract(tuple(requires or ()), tuple(assigns or ()))
    else:
        key = _key(component)
        if key not in CONTRACTS:
            raise PipelineOrderError(
                f"component '{name}' ({key}) declares no contract: add what it requires and assigns to "
                f"CONTRACTS in {__name__}"
            )
        contract = CONTRACTS[key]
    unknown = sorted(set(contract.requires + contract.assigns) - _DOC_FIELDS)
    if unknown:
        raise PipelineOrderError(
            f"component '{name}' names fields that Doc does not declare: {', '.join(unknown)}"
        )
    return contract


def check_order(components: list[tuple[str, Component]]) -> None:
    """Raise `PipelineOrderError` when a component requires a field that no earlier component assigns."""
    contracts = [(name, contract_of(name, c)) for name, c in components]
    available = set(GIVEN)
    for k, (name, contract) in enumerate(contracts):
        missing = [f for f in contract.requires if f not in available]
        if missing:
            later = {f: [n for n, c in contracts[k + 1 :] if f in c.assigns] for f in missing}
            said = "; ".join(
                f"doc.{f} (assigned by {', '.join(repr(n) for n in later[f])}, which runs later)"
                if later[f]
                else f"doc.{f} (assigned by no component)"
                for f in missing
            )
            raise PipelineOrderError(f"component '{name}' requires {said}")
        available.update(contract.assigns)


class Pipeline:
    def __init__(self, components: list[tuple[str, Component]], lang: str = "pl") -> None:
        check_order(components)
        self.components = components
        self.lang = lang

    def make_doc(self, document: Document, lang: str | None = None) -> Doc:
        lang = lang or document.lang
        if lang is None:
            from kooperacja.documents.language import detect_language

            lang = detect_language(document.text)
        doc = Doc(
            text=document.text,
            doc_id=document.doc_id,
            published=document.published,
            lang=lang,
            title=document.title,
            url=document.url,
        )
        for _name, component in self.components:
            component(doc)
        return doc

    def run(self, document: Document) -> dict[str, Any]:
        """The record of a document, by the pipeline of the document's language (detected when not given)."""
        from kooperacja.extract.record import to_record

        lang = document.lang
        if lang is None:
            from kooperacja.documents.language import detect_language

            lang = detect_language(document.text)
        if lang != self.lang:
            other = pipeline_for(lang)
            if not other.components:
                from kooperacja.extract.language import warn_no_data

                warn_no_data(lang)
            record = to_record(other.make_doc(document, lang))
        else:
            record = to_record(self.make_doc(document, lang))
        if not _loaded:
            _preload(lang)
            _freeze_loaded_data()
        return record


_loaded = False


def _preload(lang: str) -> None:
    """Loads (and compiles) the language data that rules read lazily, on the first document that needs it, so
    that it is made before `gc.freeze` and not during a later document's extraction."""
    if lang != "pl":
        return
    from kooperacja.data.language_data import language_data
    from kooperacja.extract import agglutinated, entities, entity_aliases, event_coref, event_dates, figures
    from kooperacja.text import sentences

    root = language_data(lang).root
    entity_aliases._intros(lang)
    entity_aliases._longest_intro(lang)
    agglutinated._endings(lang)
    entities._admin_prefixes(lang)
    event_coref._signing_nouns(lang)
    sentences._abbreviations(lang)
    sentences._units(lang)
    for load in (
        event_dates._happened_lead,
        event_dates._occasion_kinds,
        event_dates._tellers,
        figures._body_heads_at,
    ):
        load(lang, root)


def _freeze_loaded_data() -> None:
    """After the first document the language data (lexicons, gazetteer, patterns, models: some 100,000
    objects, kept for the life of the process) is loaded: move it out of the garbage collector's view, so that
    each full collection during extraction no longer walks all of it again (`gc.freeze`).

    Extraction makes and drops many small objects (readings, sets, mentions) and keeps those of its caches: the
    youngest generation is collected every `YOUNG_GC_THRESHOLD` allocations instead of every 700, so that fewer
    passes are made over objects about to be dropped and fewer survivors are pushed into the older generations
    (whose collections walk the caches). A pass over 10,000 young objects takes well under a millisecond."""
    global _loaded
    _loaded = True
    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    if 0 < young < YOUNG_GC_THRESHOLD:
        gc.set_threshold(YOUNG_GC_THRESHOLD, middle, old)


YOUNG_GC_THRESHOLD = 10_000


@lru_cache(maxsize=8)
def pipeline_for(lang: str) -> Pipeline:
    """The pipeline of a language (its `Language`'s components; none for a language without data)."""
    if lang == "pl":
        return default_pipeline("pl")
    from kooperacja.extract.language import language

    return Pipeline(language(lang).components(), lang)


@lru_cache(maxsize=4)
def default_pipeline(lang: str = "pl") -> Pipeline:
    from kooperacja.extract.agglutinated import agglutinated_verbs
    from kooperacja.extract.analysis import analyse_text
    from kooperacja.extract.boilerplate import drop_boilerplate
    from kooperacja.extract.confidence import ConfidenceScorer, recall_mode
    from kooperacja.extract.dating import find_doc_dates
    from kooperacja.extract.entities import group_entities
    from kooperacja.extract.entity_aliases import link_stated_aliases
    from kooperacja.extract.event_coref import resolve_event_coreference
    from kooperacja.extract.events import EventFinder, EventMerger
    from kooperacja.extract.figures import find_figures
    from kooperacja.extract.names import NameFinder, RegionNames, ZoneNames, link_parenthesised_acronyms
    from kooperacja.extract.roles import find_roles
    from kooperacja.extract.sectors import find_sectors

    components: list[tuple[str, Component]] = [
        ("recall", recall_mode),
        ("text", analyse_text),
        ("agglutinated", agglutinated_verbs),
        ("dates", find_doc_dates),
        ("names", NameFinder(lang)),
        ("regions", RegionNames(lang)),
        ("zone_names", ZoneNames(lang)),
        ("boilerplate", drop_boilerplate),
        ("name_acronyms", link_parenthesised_acronyms),
        ("entities", group_entities),
        ("stated_aliases", link_stated_aliases),
        ("roles", find_roles),
        ("sectors", find_sectors),
        ("event_drafts", EventFinder(lang)),
        ("events", EventMerger(lang)),
        ("event_coref", resolve_event_coreference),
        ("figures", find_figures),
        ("confidence", ConfidenceScorer(lang)),
    ]
    return Pipeline(components, lang)
