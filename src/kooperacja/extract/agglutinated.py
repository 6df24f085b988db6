"""Past-tense verbs with an agglutinated person ending ("podpisaliśmy", "zawarłem", "zorganizowałyście"): the
dictionary reads the bare past form ("podpisali", "zawarł"); the ending only says who. Tokens that the
dictionary does not know and that end so get the past-tense readings of their bare form."""

from __future__ import annotations

import re

from kooperacja.extract.doc import Doc
from kooperacja.text.morphology import morphology

_ENDINGS = (
    re.compile(r"^(.+(?:li|ły))(śmy|ście)$"),  # podpisaliśmy, podpisałyście
    re.compile(r"^(.+ł)(em|eś)$"),  # podpisałem, podpisałeś
    re.compile(r"^(.+ł[ao])(m|ś)$"),  # podpisałam, podpisałaś
)


def agglutinated_verbs(doc: Doc) -> None:
    morph = None
    for i, tok in enumerate(doc.tokens):
        rs = doc.readings[i]
        if not tok.is_word or len(tok.text) < 6 or not rs or any(r.pos != "ign" for r in rs):
            continue
        low = tok.text.lower()
        for pattern in _ENDINGS:
            m = pattern.match(low)
            if m is None:
                continue
            morph = morph or morphology()
            past = tuple(r for r in morph.analyse(m.group(1)) if r.pos == "praet")
            if past:
                doc.readings[i] = past
                doc._lemma_cache.pop(i, None)
            break
