"""Name keys for resolution: normalised names, legal forms, acronyms and initials.

The keys themselves live in `kooperacja.text.namekeys` (shared with the grouping inside one
document); this module adds what only resolution uses: distinguishing and cognate stems."""

from __future__ import annotations

from functools import cache

from kooperacja.data.language_data import language_data, on_data_change
from kooperacja.text.namekeys import (
    CATALOGUE_LANG,
    acronym_key,
    clean,
    fold,
    initials,
    is_acronym,
    keys,
    norm,
    strip_legal,
)

__all__ = [
    "acronym_key",
    "clean",
    "cognate_stems",
    "distinguishing_stems",
    "fold",
    "generic_words",
    "initials",
    "is_acronym",
    "keys",
    "norm",
    "strip_legal",
]


def distinguishing_stems(name: str, others: list[str]) -> set[str]:
    """Word stems (first 5 letters, folded) of `name` absent from every name in `others`."""
    mine = {fold(w)[:5] for w in norm(name).split() if len(w) > 2}
    theirs = {fold(w)[:5] for o in others for w in norm(o).split()}
    return mine - theirs


@cache
def generic_words() -> frozenset[str]:
    """Words that name the kind of an organisation in the languages of the reports; they say nothing
    about which one it is (``data/<lang>/generic_org_words.tsv``)."""
    return language_data(CATALOGUE_LANG).words("generic_org_words")


on_data_change(generic_words.cache_clear)


def cognate_stems(a: set[str] | list[str], b: set[str] | list[str]) -> set[str]:
    """Distinctive 4-letter word stems (folded, generic organisation words aside) shared by some
    name of `a` and some name of `b`: "katowicka …" and "katowice …" share "kato"."""

    generic = generic_words()

    def stems(names: set[str] | list[str]) -> set[str]:
        out = set()
        for n in names:
            for w in norm(n).split():
                if len(w) >= 4 and w not in generic and fold(w) not in generic:
                    out.add(fold(w)[:4])
        return out

    generic4 = {fold(w)[:4] for w in generic}
    return (stems(a) & stems(b)) - generic4
