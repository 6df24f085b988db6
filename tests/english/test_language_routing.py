"""Each document's language picks its `Language`: English goes to the English components, Polish to the
Polish ones (unchanged), a language without data gets a record with `lang` and no facts, said once."""

from __future__ import annotations

from kooperacja.documents.language import detect_language
from kooperacja.documents.model import Document
from kooperacja.extract import extract_document
from kooperacja.extract.language import language
from kooperacja.extract.pipeline import default_pipeline, pipeline_for

EN = (
    "The Brightwater Technology Park signed a memorandum of understanding with the Northvale Cluster on "
    "3 March 2024. Both partners want to build a shared laboratory for battery research."
)
PL = (
    "Park Technologiczny w Brzezinach podpisał 3 marca 2024 r. porozumienie o współpracy z klastrem "
    "energetycznym. Partnerzy chcą razem zbudować laboratorium badań nad bateriami."
)
DE = (
    "Der Technologiepark in Brightwater hat am 3. März 2024 eine Absichtserklärung mit dem Cluster "
    "Northvale unterzeichnet. Beide Partner wollen gemeinsam ein Labor für Batterieforschung aufbauen."
)


def test_language_objects() -> None:
    en = language("en")
    assert en is language("en")  # resolved once
    assert en.has_data and en.data_dir.name == "en" and (en.data_dir / "org_heads.tsv").is_file()
    assert en.morphology().analyse("signed")[0].lemma == "sign"
    assert language("pl").has_data
    assert not language("de").has_data and language("de").components() == []


def test_detected_language_routes_each_document() -> None:
    assert detect_language(EN) == "en" and detect_language(PL) == "pl" and detect_language(DE) == "de"
    rec_en = extract_document(Document(doc_id="en", text=EN))
    assert rec_en["lang"] == "en"
    assert {"Brightwater Technology Park", "Northvale Cluster"} <= {e["name"] for e in rec_en["entities"]}
    assert rec_en["events"] and rec_en["events"][0]["type"] == "agreement"
    rec_pl = extract_document(Document(doc_id="pl", text=PL))
    assert rec_pl["lang"] == "pl"
    # Polish keeps its own pipeline: the routed record equals the Polish pipeline's own
    assert rec_pl == default_pipeline("pl").run(Document(doc_id="pl", text=PL, lang="pl"))
    assert pipeline_for("pl") is default_pipeline("pl")


def test_language_without_data_gives_lang_and_no_facts_once(capsys: object) -> None:
    import kooperacja.extract.language as lang_mod

    lang_mod._warned.discard("de")
    recs = [extract_document(Document(doc_id=f"de{i}", text=DE)) for i in range(3)]
    for r in recs:
        assert r["lang"] == "de"
        assert r["entities"] == [] and r["events"] == [] and r["figures"] == [] and r["sectors"] == []
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert err.count("no language data for 'de'") == 1
