"""The extraction pipeline: small components that each read and enrich one shared `Doc`."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import Any

from kooperacja.documents.model import Document
from kooperacja.extract.doc import Doc

Component = Callable[[Doc], None]


class Pipeline:
    def __init__(self, components: list[tuple[str, Component]], lang: str = "pl") -> None:
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
    from kooperacja.extract.events import EventFinder
    from kooperacja.extract.figures import find_figures
    from kooperacja.extract.names import NameFinder
    from kooperacja.extract.roles import find_roles
    from kooperacja.extract.sectors import find_sectors

    components: list[tuple[str, Component]] = [
        ("recall", recall_mode),
        ("text", analyse_text),
        ("agglutinated", agglutinated_verbs),
        ("dates", find_doc_dates),
        ("names", NameFinder(lang)),
        ("entities", group_entities),
        ("stated_aliases", link_stated_aliases),
        ("roles", find_roles),
        ("sectors", find_sectors),
        ("events", EventFinder(lang)),
        ("event_coref", resolve_event_coreference),
        ("figures", find_figures),
        ("confidence", ConfidenceScorer(lang)),
    ]
    return Pipeline(components, lang)
