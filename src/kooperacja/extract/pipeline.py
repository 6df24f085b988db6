"""The extraction pipeline: small components that each read and enrich one shared `Doc`."""

from __future__ import annotations

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


# the fields `Pipeline.make_doc` fills from the document before any component runs
GIVEN = ("text", "doc_id", "published", "lang", "title", "url")
_TEXT = ("tokens", "readings", "keys", "sentences", "sent_of", "sent_span")

# What each component requires and assigns, by the component's function or class (relative to
# ``kooperacja.extract``). A component may instead carry ``requires``/``assigns`` attributes of its own.
CONTRACTS: dict[str, Contract] = {
    # Polish
    "confidence.recall_mode": Contract(("lang",), ("recall",)),
    "analysis.analyse_text": Contract(("text",), _TEXT),
    "agglutinated.agglutinated_verbs": Contract(("tokens", "readings"), ("readings",)),
    "dating.find_doc_dates": Contract(("text", "published"), ("published", "dates")),
    "names.NameFinder": Contract(("text", *_TEXT, "dates"), ("mentions", "event_names")),
    "places.RegionNames": Contract(("tokens", "readings", "sent_of", "mentions"), ("mentions",)),
    "places.ZoneNames": Contract(("tokens", "readings", "sent_of", "mentions"), ("mentions",)),
    "names.link_parenthesised_acronyms": Contract(("text", "tokens", "mentions"), ("mentions",)),
    "entities.group_entities": Contract(("lang", "tokens", "readings", "sent_of", "mentions"), ("entities",)),
    "entity_aliases.link_stated_aliases": Contract(("text", "mentions", "entities"), ("entities",)),
    "roles.find_roles": Contract(
        ("text", "tokens", "readings", "mentions", "entities"), ("entities", "title_spans")
    ),
    "sectors.find_sectors": Contract(("lang", "tokens", "keys"), ("sector_hits", "sectors")),
    "events.EventFinder": Contract(
        (
            "text",
            "published",
            *_TEXT,
            "dates",
            "mentions",
            "entities",
            "event_names",
            "title_spans",
            "sector_hits",
            "recall",
        ),
        ("event_drafts", "sent_sectors", "place_units"),
    ),
    "events.EventMerger": Contract(
        ("text", "published", *_TEXT, "dates", "mentions", "entities", "event_drafts", "recall"),
        ("events", "event_candidates"),
    ),
    "event_coref.resolve_event_coreference": Contract(
        ("text", "sentences", "sent_span", "entities", "events"), ("events",)
    ),
    "figures.find_figures": Contract(
        ("text", *_TEXT, "dates", "mentions", "entities", "events"), ("amounts", "figures")
    ),
    "confidence.ConfidenceScorer": Contract(
        ("recall", "mentions", "entities", "events", "figures", "event_candidates"),
        ("entities", "events", "figures", "event_candidates", "mentions"),
    ),
    # English (extract/en)
    "en.analysis.EnglishText": Contract(
        ("text",), ("tokens", "readings", "sentences", "sent_of", "sent_span")
    ),
    "en.analysis.EnglishDates": Contract(("text", "published", "sentences"), ("published", "dates")),
    "en.names.EnglishNames": Contract(
        ("text", "tokens", "readings", "sent_of", "sent_span", "dates"), ("mentions", "event_names")
    ),
    "en.entities.EnglishEntities": Contract(("text", "mentions"), ("entities", "mentions")),
    "en.roles.EnglishRoles": Contract(
        ("tokens", "readings", "sent_span", "mentions", "entities"), ("entities",)
    ),
    "en.sectors.EnglishSectors": Contract(("tokens", "readings", "mentions"), ("sector_hits", "sectors")),
    "en.events.EnglishEvents": Contract(
        ("text", "tokens", "readings", "sentences", "sent_of", "sent_span", "dates", "mentions", "entities")
        + ("event_names",),
        ("events",),
    ),
    "en.figures.EnglishFigures": Contract(
        ("text", "tokens", "readings", "sent_of", "sent_span", "dates", "mentions", "entities"), ("figures",)
    ),
    "en.entities.drop_unused_nationalities": Contract(("mentions", "entities", "events"), ("entities",)),
}

_DOC_FIELDS = frozenset(f.name for f in fields(Doc))


class PipelineOrderError(ValueError):
    """A pipeline whose components do not fit together: one reads a field that no earlier one fills."""


def _key(component: Component) -> str:
    obj = component if hasattr(component, "__qualname__") else type(component)
    return f"{obj.__module__}.{obj.__qualname__}".removeprefix("kooperacja.extract.")


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
                "CONTRACTS in kooperacja/extract/pipeline.py"
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
            return to_record(other.make_doc(document, lang))
        return to_record(self.make_doc(document, lang))


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
