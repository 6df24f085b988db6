"""Pipeline contracts: each component declares the `Doc` fields it requires and assigns, and a pipeline whose
order breaks them fails when it is built, with a message that names the component and the field."""

from __future__ import annotations

from dataclasses import fields

import pytest

from kooperacja.documents.model import Document
from kooperacja.extract.analysis import analyse_text
from kooperacja.extract.dating import find_doc_dates
from kooperacja.extract.doc import Doc
from kooperacja.extract.events import EventFinder
from kooperacja.extract.names import NameFinder
from kooperacja.extract.pipeline import (
    CONTRACTS,
    GIVEN,
    Pipeline,
    PipelineOrderError,
    check_order,
    contract_of,
    default_pipeline,
    pipeline_for,
)


def test_default_polish_and_english_pipelines_pass_the_check() -> None:
    for pipe in (default_pipeline("pl"), pipeline_for("en")):
        assert pipe.components
        check_order(pipe.components)  # raises on a broken order


def test_names_before_the_text_analysis_is_refused() -> None:
    with pytest.raises(PipelineOrderError) as err:
        Pipeline([("names", NameFinder("pl")), ("text", analyse_text), ("dates", find_doc_dates)])
    message = str(err.value)
    assert "'names'" in message and "doc.tokens" in message and "'text'" in message


def test_events_without_names_is_refused() -> None:
    with pytest.raises(
        PipelineOrderError, match=r"'events' requires doc.mentions \(assigned by no component\)"
    ):
        Pipeline([("text", analyse_text), ("dates", find_doc_dates), ("events", EventFinder("pl"))])


def test_a_component_without_a_contract_is_refused() -> None:
    def shout(doc: Doc) -> None:
        doc.text = doc.text.upper()

    with pytest.raises(PipelineOrderError, match="declares no contract"):
        Pipeline([("shout", shout)])


def test_a_component_may_declare_its_own_contract() -> None:
    class Counter:
        requires = ("tokens",)
        assigns = ("sectors",)

        def __call__(self, doc: Doc) -> None:
            doc.sectors = [str(len(doc.tokens))]

    pipe = Pipeline([("text", analyse_text), ("count", Counter())])
    doc = pipe.make_doc(Document(doc_id="t", text="Firma Alfa otworzyła biuro w Kielcach.", lang="pl"))
    assert doc.sectors == [str(len(doc.tokens))]
    with pytest.raises(PipelineOrderError, match="'count' requires doc.tokens"):
        Pipeline([("count", Counter()), ("text", analyse_text)])


def test_a_contract_names_only_declared_fields() -> None:
    class Typo:
        requires = ("tokenz",)
        assigns = ()

        def __call__(self, doc: Doc) -> None:
            pass

    with pytest.raises(PipelineOrderError, match="tokenz"):
        contract_of("typo", Typo())
    declared = {f.name for f in fields(Doc)}
    assert set(GIVEN) <= declared
    for key, contract in CONTRACTS.items():
        assert set(contract.requires) | set(contract.assigns) <= declared, key


def test_every_field_a_default_component_assigns_is_declared_and_set() -> None:
    doc = default_pipeline("pl").make_doc(
        Document(
            doc_id="t",
            text="Spółka Alfa Systemy podpisała w Opolu porozumienie o współpracy z Politechniką Opolską.",
            lang="pl",
        )
    )
    assert doc.tokens and doc.mentions and doc.entities
    assert doc.sent_sectors is not None and doc.place_units is not None
    # no component hands anything over through an attribute that Doc does not declare
    assert set(vars(doc)) <= {f.name for f in fields(Doc)}
