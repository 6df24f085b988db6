"""Past-tense verbs with an agglutinated person ending ("podpisaliśmy", "zawarłem", "zorganizowałyście"): the
dictionary reads the bare past form ("podpisali", "zawarł"); the ending only says who. Tokens that the
dictionary does not know and that end so get the past-tense readings of their bare form, and their lemmas among
their keys ("zainwestowaliśmy" is looked up as "zainwestować" by the metric table)."""

from __future__ import annotations

import re
from functools import cache

from kooperacja.data.language_data import language_data, on_data_change
from kooperacja.extract.cues import cues
from kooperacja.extract.doc import Doc
from kooperacja.text.morphology import morphology


@cache
def _endings(lang: str) -> tuple[re.Pattern[str], ...]:
    """One pattern per row of data/<lang>/agglutinated_endings.tsv: (bare past form)(person ending)."""
    return tuple(
        re.compile(rf"^(.+(?:{r['stem_end']}))({r['endings']})$")
        for r in language_data(lang).rows("agglutinated_endings")
    )


on_data_change(_endings.cache_clear)


def agglutinated_verbs(doc: Doc) -> None:
    morph = None
    readings = doc.readings
    # only tokens whose first reading is unknown can qualify: picked by one comprehension
    for i in [i for i, rs in enumerate(readings) if rs and rs[0].pos == "ign"]:
        rs, tok = readings[i], doc.tokens[i]
        if (
            not rs
            or rs[0].pos != "ign"
            or not tok.is_word
            or len(tok.text) < 6
            or any(r.pos != "ign" for r in rs)
        ):
            continue
        low = tok.text.lower()
        for pattern in _endings(doc.lang):
            m = pattern.match(low)
            if m is None:
                continue
            morph = morph or morphology()
            bare = morph.analyse(m.group(1))
            function = cues(doc.lang, "tag_classes").function
            past = (
                tuple(r for r in bare if r.pos == "praet") or tuple(r for r in bare if r.pos in function)
            )  # "gdybyście": the conjunction "gdy" with the conditional glued on (a function word opens no name)
            if past:
                doc.readings[i] = past
                doc._lemma_cache.pop(i, None)
                if i < len(doc.keys):  # the token's keys: its form and now the lemmas of its bare form
                    doc.keys[i] = doc.keys[i] | frozenset(r.lemma for r in past)
            break
