"""One `Language` per language code, resolved once from `doc.lang`: its data folder
(``kooperacja/data/<lang>/``), its morphology and its extraction components.

Polish keeps the components it always had; English has its own (``kooperacja.extract.en``); a language with
no data folder gets no components, so its record carries `lang` and no facts."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kooperacja.data import DATA_DIR
from kooperacja.data.language_data import LanguageData, language_data
from kooperacja.extract.doc import Doc

Component = Callable[[Doc], None]


def _polish_components(lang: Language) -> list[tuple[str, Component]]:
    # the Polish component list stays where it always was (extract/pipeline.py)
    from kooperacja.extract.pipeline import default_pipeline

    return list(default_pipeline(lang.code).components)


def _english_components(lang: Language) -> list[tuple[str, Component]]:
    from kooperacja.extract.en import english_components

    return english_components(lang)


# the languages whose components exist; each also needs its data folder
_COMPONENTS: dict[str, Callable[[Language], list[tuple[str, Component]]]] = {
    "pl": _polish_components,
    "en": _english_components,
}


@dataclass(frozen=True)
class Language:
    code: str
    data_dir: Path

    @property
    def data(self) -> LanguageData:
        """Every word set, table and pattern file of the language (``data/<code>/``)."""
        return language_data(self.code)

    @property
    def has_data(self) -> bool:
        return self.code in _COMPONENTS and self.data_dir.is_dir()

    def morphology(self) -> Any:
        """The language's morphology adapter (``analyse(word)`` → readings)."""
        if self.code == "en":
            from kooperacja.text.morphology_en import english_morphology

            return english_morphology()
        from kooperacja.text.morphology import morphology

        return morphology()

    def components(self) -> list[tuple[str, Component]]:
        if not self.has_data:
            return []
        return _COMPONENTS[self.code](self)


@cache
def language(code: str) -> Language:
    """The `Language` of an ISO 639-1 code (one object per code)."""
    code = (code or "pl").lower()
    return Language(code, DATA_DIR / code)


_warned: set[str] = set()


def warn_no_data(code: str) -> None:
    """Say once per run (process) that documents in a language without data yield no facts."""
    if code in _warned:
        return
    _warned.add(code)
    print(
        f"kooperacja: no language data for '{code}': its documents get records with lang={code} and no facts",
        file=sys.stderr,
    )
