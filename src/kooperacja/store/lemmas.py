"""Lemmas for full-text search: they live in `kooperacja.resolve.lemmas` (name matching uses them too)."""

from kooperacja.resolve.lemmas import lemma_string, query_groups, word_lemmas

__all__ = ["lemma_string", "query_groups", "word_lemmas"]
