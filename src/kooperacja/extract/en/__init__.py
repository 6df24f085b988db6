"""The English extraction components, built from an English `Language` (data in ``kooperacja/data/en``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kooperacja.extract.language import Component, Language


def english_components(lang: Language) -> list[tuple[str, Component]]:
    from kooperacja.extract.en.analysis import EnglishDates, EnglishText
    from kooperacja.extract.en.entities import EnglishEntities, drop_unused_nationalities
    from kooperacja.extract.en.events import EnglishEvents
    from kooperacja.extract.en.figures import EnglishFigures
    from kooperacja.extract.en.lexicon import en_lexicon
    from kooperacja.extract.en.names import EnglishNames
    from kooperacja.extract.en.roles import EnglishRoles
    from kooperacja.extract.sectors import SectorMatcher

    lex = en_lexicon(lang.data_dir)
    morph = lang.morphology()
    return [
        ("text", EnglishText(morph, lex)),
        ("dates", EnglishDates(lang.data_dir)),
        ("names", EnglishNames(lex, morph)),
        ("entities", EnglishEntities(lex)),
        ("roles", EnglishRoles(lex)),
        # the shared matcher; in English "IT" counts in capitals only and a place is never a sector
        (
            "sectors",
            SectorMatcher(
                lex.sector_terms, upper_only=lex.words("upper_only_term"), places_are_not_sectors=True
            ),
        ),
        ("events", EnglishEvents(lex)),
        ("figures", EnglishFigures(lex)),
        ("nationalities", drop_unused_nationalities),
    ]
