"""Vocabularies that two data files hold for two readers stay in step: a row added to one set and forgotten in
the other fails here. Each pair's data file headers name the other set (the pairs that differ by design, event_cues
time_span and figure_words period, are cross-referenced in their headers only)."""

from __future__ import annotations

from kooperacja.data.language_data import language_data
from kooperacja.text.morphology import morphology


def _set(name: str, key: str, use_col: str, use: str) -> frozenset[str]:
    return frozenset(r[key] for r in language_data("pl").rows(name) if r[use_col] == use)


def test_group_nouns_of_participants_and_figures_agree() -> None:
    # participant_words owner_word = figure_words parent_noun + the adjective of a subsidiary
    owner = _set("participant_words", "lemma", "use", "owner_word")
    parent = _set("figure_words", "word", "set", "parent_noun")
    assert parent <= owner
    assert owner - parent == {"zależny"}


def test_meeting_topic_words_are_topic_words_of_events() -> None:
    # event_cues meeting_topic (lemmas, or forms of abbreviations) ⊆ event_words topic (forms)
    meeting = _set("event_cues", "word", "use", "meeting_topic")
    topic = _set("event_words", "word", "use", "topic")
    m = morphology()
    topic_lemmas = topic | frozenset(lemma for form in topic for lemma in m.lemma_set(form))
    assert meeting <= topic_lemmas


def test_fronted_cost_words_have_a_metric_row_after_the_number() -> None:
    # figure_words fronted_cost: each has an investment row of figure_metrics.tsv read after the number ("+N")
    fronted = _set("figure_words", "word", "set", "fronted_cost")
    after = frozenset(
        r["lemma"]
        for r in language_data("pl").rows("figure_metrics")
        if r["metric"] == "investment" and r["unit"] == "money" and r["window"].startswith("+")
    )
    assert fronted and fronted <= after


def test_seeking_words_are_jobs_rows_of_the_metric_table() -> None:
    # figure_words seeking: each is a jobs row of figure_metrics.tsv ("szuka 80 pracowników")
    seeking = _set("figure_words", "word", "set", "seeking")
    jobs = frozenset(r["lemma"] for r in language_data("pl").rows("figure_metrics") if r["metric"] == "jobs")
    assert seeking and seeking <= jobs


def test_since_preposition_is_the_range_opening_word_of_dates() -> None:
    # event_cues since_preposition = date_words range_from ("hala działa od stycznia", "od 2012 roku")
    since = _set("event_cues", "word", "use", "since_preposition")
    range_from = _set("date_words", "form", "role", "range_from")
    assert since == range_from
