"""The learned scorer's features are classes that hold across documents (shapes, parts of speech, lexicon
classes, positions, distances), read from our own sentences."""

from __future__ import annotations

from kooperacja.documents.model import Document
from kooperacja.learn.features import DocView, entity_features, event_features, figure_features, name_shape
from kooperacja.learn.train import rules_doc


def _view(text: str) -> DocView:
    return DocView(rules_doc(Document(doc_id="f", text=text)))


def test_name_shapes() -> None:
    assert name_shape("Alfa Beta Gamma") == "Xx+"
    assert name_shape("ABC Polska") == "X Xx"
    assert name_shape("iOS") == "xX"
    assert name_shape("Klaster na Pomorzu") == "Xx x Xx"
    assert name_shape("Fabryka 3") == "Xx d"


def test_organisation_features_read_the_legal_form_the_list_and_the_shape() -> None:
    v = _view(
        "Spółki Betonex Sp. z o.o. i Hydromet S.A. podpisały w Lesznie umowę o współpracy przy budowie "
        "nowej hali magazynowej."
    )
    orgs = {e.name: entity_features(v, e) for e in v.doc.entities if e.type == "organization"}
    assert orgs, v.doc.entities
    feats = next(f for name, f in orgs.items() if name.startswith("Betonex"))
    assert "legal_tail" in feats or "legal_form" in feats
    assert any(x.startswith("shape=") for x in feats)
    assert any(x.startswith("rc=") for x in feats) and any(x.startswith("lc=") for x in feats)
    assert "doc_orgs=2" in feats


def test_a_name_alone_on_the_last_line_is_marked_so() -> None:
    # (a person's name alone on a line is a byline, dropped as boilerplate since s10: an organisation's here)
    v = _view(
        "Gmina Zielony Dół podpisała w piątek umowę o współpracy z firmą Rolbud.\n\nFundacja Rozwoju Wsi"
    )
    alone = next(e for e in v.doc.entities if e.name == "Fundacja Rozwoju Wsi")
    feats = entity_features(v, alone)
    assert "name_is_sentence" in feats and "from_end=0" in feats


def test_event_and_figure_features_read_the_trigger_and_the_amounts_of_the_sentence() -> None:
    v = _view(
        "Firma Techplast Sp. z o.o. zainwestuje 40 mln zł w nowy zakład w Słupsku. "
        "Inwestycja da pracę 120 osobom."
    )
    ev = next(e for e in v.doc.events if e["type"] == "investment")
    feats = event_features(v, ev)
    assert "amount_in_sent=money" in feats and "investment|amount_in_sent=money" in feats
    assert any(x.startswith("trig_pos=") for x in feats)
    assert any(x.startswith("tdist_min=") for x in feats)
    assert "n_organization=1" in feats
    figs = [figure_features(v, f) for f in v.doc.figures]
    assert figs and all(any(x.startswith("amounts_in_sent=") for x in f) for f in figs)
    assert any("owner_top" in f for f in figs)


# a few passages of our own: investments, a cluster, a visit, figures, persons and places
PASSAGES = (
    "Spółka Lumatex Sp. z o.o. otworzy w Kłodzku nowy zakład. Inwestycja kosztem 35 mln zł da pracę 80 osobom.",
    "Klaster Zielona Energia przyjął do swojego grona pięć firm z Opola. Prezes klastra Anna Wiśniewska "
    "podpisała porozumienie z Politechniką Opolską.",
    "Delegacja miasta Tarnowskie Góry odwiedziła w czwartek Strefę Przemysłową Beta w Gliwicach.\n\nJan Kowal",
    "BETAPOL S.A. i Gmina Lisów zawarły list intencyjny w sprawie budowy centrum logistycznego. Firma "
    "zatrudni 150 pracowników.",
    "Gmina Borek i spółka Ferrox S.A. podpisały 14 kwietnia 2023 roku umowę o współpracy. Spółka Ferrox S.A. "
    "wyda na rozbudowę hali 12 mln zł.",
)


def test_the_shipped_model_reads_only_its_weighted_features_and_gives_the_same_confidences() -> None:
    """featurize with a model skips the groups of features it has no weight in: the confidences are those of
    every feature, to the last digit."""
    from kooperacja.learn.model import decide, default_model, featurize

    model = default_model("pl")
    assert model is not None
    for text in PASSAGES:
        doc = rules_doc(Document(doc_id="p", text=text))
        assert doc.entities
        assert decide(doc, featurize(doc, model), model) == decide(doc, featurize(doc), model)


def test_a_group_without_a_weight_is_not_computed() -> None:
    from kooperacja.learn.features import EVERY, SKIPPABLE, Wanted

    want = Wanted(["lc=punct,", "words:generic=1", "suf=ka"])
    assert want.on["lc"] and want.on["words:generic"]
    assert not want.on["rc"] and not want.on["legal_tail"] and not want.on["words:status"]
    assert all(EVERY.on[g] for g in SKIPPABLE)
    v = _view("Spółka Lumatex Sp. z o.o. otworzy w Kłodzku nowy zakład.")
    org = next(e for e in v.doc.entities if e.type == "organization")
    every, few = entity_features(v, org), entity_features(v, org, want)
    assert any(x.startswith("rc=") for x in every) and not any(x.startswith("rc=") for x in few)
    assert any(x.startswith("lc=") for x in few)


def test_an_events_date_source_and_a_figures_owner_against_the_other_organisations() -> None:
    v = _view(
        "Gmina Lisów i firma Betapol S.A. podpisały 12 marca 2024 roku umowę o współpracy. "
        "Spółka Betapol S.A. zainwestuje w Lisowie 35 mln zł."
    )
    ev = next(e for e in v.doc.events if e["type"] == "agreement")
    assert ev.get("date", "").startswith("2024-03")
    feats = event_features(v, ev)
    assert "date_src=evidence" in feats and "agreement|date_src=evidence" in feats
    assert any(x.startswith("date_kind=") for x in feats)
    figs = [(f, figure_features(v, f)) for f in v.doc.figures if f.get("metric") == "investment"]
    assert figs, v.doc.figures
    fig, ffeats = figs[0]
    owner = v.by_id[fig["entity"]]
    assert owner.name.startswith("Betapol")
    assert "owner_nearest" in ffeats and "owner_first" in ffeats
    assert any(x.startswith("owner_case=") for x in ffeats)


def test_a_date_from_the_sentence_before_is_marked_so() -> None:
    v = _view(
        "Targi odbyły się 5 czerwca 2023 roku w Kielcach. Podczas nich Klaster Metalowy Region podpisał "
        "umowę o współpracy z Uczelnią Techniczną Beta."
    )
    ev = next(e for e in v.doc.events if e["type"] == "agreement")
    assert ev.get("date") == "2023-06-05"
    assert v.date_source(ev) == ("before", "absolute")
    assert "date_src=before" in event_features(v, ev)
    assert v.date_source({"type": "visit", "evidence": [], "participants": []}) == ("", "")


def test_any_subset_of_weighted_features_gives_the_confidences_of_every_feature() -> None:
    """Models with weights on every second, third … feature name seen (so that some groups of each block carry a
    weight and others not): featurize with the model skips only what adds nothing."""
    from kooperacja.learn.model import DECISIONS, Decision, Model, decide, featurize

    docs = [rules_doc(Document(doc_id=f"p{n}", text=text)) for n, text in enumerate(PASSAGES)]
    names: dict[str, set[str]] = {d: set() for d in DECISIONS}
    for doc in docs:
        c = featurize(doc)
        types = {e.id: e.type for e in doc.entities}
        for eid, f in c.entities.items():
            names[types[eid]].update(f)
        names["event"].update(x for f in c.events for x in f)
        names["participant"].update(x for ps in c.participants for f in ps for x in f)
        names["figure"].update(x for f in c.figures for x in f)
    assert all(names[d] for d in ("organization", "event", "figure"))
    # the blocks that only some models read are among them
    assert any(x.startswith("date_src=") for x in names["event"])
    assert {"owner_nearest", "other_nearer"} & names["figure"] and any(
        x.startswith("owner_case=") for x in names["figure"]
    )
    for step in (1, 2, 3, 5):
        model = Model(
            {
                d: Decision(
                    bias=0.1,
                    weights={x: 0.01 * (k % 7 - 3) for k, x in enumerate(sorted(ns)) if k % step == 0},
                )
                for d, ns in names.items()
            }
        )
        for doc in docs:
            assert decide(doc, featurize(doc, model), model) == decide(doc, featurize(doc), model), step
