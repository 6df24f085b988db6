"""Clause and case helpers of the figure rules: the clause around a number (its sentence cut at commas,
semicolons and brackets), the clauses before a relative clause set off by commas, whether a name stands in the
nominative, an entity's subtype, former organisations."""

from __future__ import annotations

import re
from functools import lru_cache

from kooperacja.extract.cues import tag_classes
from kooperacja.extract.doc import Doc, Mention
from kooperacja.extract.figure_lexicon import _words

_NOT_OWNERS = {"national_government", "international_org"}
# the least count of each metric read as a figure (a smaller one is no figure; other metrics: 2)
_MIN_COUNT = {"companies": 10, "members": 5, "partners": 3, "employees": 5, "jobs": 5}
_PEOPLE = frozenset({"jobs", "employees"})  # metrics that count people or their posts


def _subtype(doc: Doc, entity_id: str) -> str | None:
    return next((e.subtype for e in doc.entities if e.id == entity_id), None)


def _former(doc: Doc, t0: int, former: frozenset[str]) -> bool:
    """ "teren dawnej Huty X": a former organisation owns no figures."""
    return any(doc.lemmas(k) & former for k in range(max(0, t0 - 2), t0))


def _in_sentence(doc: Doc, t0: int, lemmas: frozenset[str]) -> bool:
    s0, s1 = doc.sent_span[doc.sent_of[t0]]
    return any(doc.lemmas(i) & lemmas for i in range(s0, s1))


def _name_before(doc: Doc, t0: int, marks: frozenset[str]) -> Mention | None:
    """The organisation named right before the number, or before one of `marks` (a dash of
    kooperacja.text.tokens.DASHES, an opening bracket) right before it ("A – 40 mln zł", "A - 40 mln zł", "A (40 mln
    zł)")."""
    k = t0 - 1
    if k >= 0 and doc.tokens[k].text in marks:
        k -= 1
    n = doc.mention_at(k) if k >= 0 else None
    if n is None:
        return None
    m = doc.mentions[n]
    return m if m.type == "organization" and m.t1 == k + 1 else None


_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")"})


def _clause(doc: Doc, t0: int) -> tuple[int, int]:
    """The token range of the clause around ``t0``: its sentence cut at commas, semicolons and brackets."""
    s0, s1 = doc.sent_span[doc.sent_of[t0]]
    a = t0
    while a > s0 and doc.tokens[a - 1].text not in _CLAUSE_MARKS:
        a -= 1
    b = t0
    while b < s1 and doc.tokens[b].text not in _CLAUSE_MARKS:
        b += 1
    return a, b


def _after_relative(doc: Doc, a: int, relative: frozenset[str]) -> tuple[int, int] | None:
    """Where the clause that opens at token ``a`` follows a relative clause set off by commas ("Koszt hali, którą
    wybuduje firma X, wyniesie 30 mln zł"): the start of the clause before the relative one and the start of the
    relative clause (its pronoun)."""
    s0 = doc.sent_span[doc.sent_of[a]][0]
    if a - 2 <= s0 or doc.tokens[a - 1].text != ",":
        return None
    ra, _rb = _clause(doc, a - 2)
    if ra - 2 < s0 or doc.tokens[ra - 1].text != "," or not doc.lemmas(ra) & relative:
        return None
    return _clause(doc, ra - 2)[0], ra


def _other_party(doc: Doc, m: Mention, words: frozenset[str]) -> bool:
    """Whether an organisation's name follows one of `words` (the `other_party` words), maybe after its kind noun
    ("kupiło od firmy X", "na zlecenie spółki X"): a seller or a client, no buyer or builder."""
    k = m.t0 - 1
    if k > 0 and doc.tokens[k].lower not in words and any(r.pos == "subst" for r in doc.readings[k]):
        k -= 1  # "firmy X": the kind noun before the name
    return k >= 0 and doc.tokens[k].lower in words


def _nominative(doc: Doc, m: Mention) -> bool:
    """Whether a name stands in the nominative, the case of a subject: its own case where the name finder knows
    it, else that of the common noun before it ("firma X", "koncernowi X"; not a conjunction, though "a" may be read
    as a preposition too), else that of its first word."""
    if m.case is not None:
        return m.case == "nom"
    opens = m.t0 == doc.sent_span[m.sent][0]  # the word before is a headline's last, of another sentence
    if m.t0 > 0 and not opens and not any(r.pos == "conj" for r in doc.readings[m.t0 - 1]):
        # a word that may be a conjunction ("LKM zrzesza 58 firm, a X skupia 120") says nothing of the case
        before = [r for r in doc.readings[m.t0 - 1] if r.pos in ("subst", "prep")]
        if doc.is_preposition(m.t0 - 1):
            return False
        if before:
            return any("nom" in r.cases for r in before) or _kind_before_genitive(doc, m.t0 - 1)
    own = [r for r in doc.readings[m.t0] if r.cases]
    return not own or any("nom" in r.cases for r in own)


def _kind_before_genitive(doc: Doc, k: int) -> bool:
    """Whether the genitive noun at ``k``, right before a name, follows a firm's kind noun in the nominative singular
    that opens its phrase ("Producent mebli Drewpol zlecił…", "Dystrybutor leków X"): the genitive is what the firm
    makes or sells, and the name stands in the kind noun's case."""
    j = k - 1
    nouns = [r for r in doc.readings[k] if r.pos == "subst"]
    if j < 0 or doc.mention_at(j) is not None or not nouns or any("gen" not in r.cases for r in nouns):
        return False
    kinds = _words(doc.lang).firm_kind
    if not any(
        r.pos == "subst" and r.lemma in kinds and "nom" in r.cases and "sg" in r.numbers
        for r in doc.readings[j]
    ):
        return False
    return j == doc.sent_span[doc.sent_of[j]][0] or not doc.is_preposition(j - 1)


_FINITE = tag_classes().clause_verb


_TAG_REACH = (
    60  # characters from a speaker's name to the colon that closes the tag ("JAN NOWAK, prezes firmy X:")
)
_CAPS = "A-ZĄĆĘŁŃÓŚŹŻ"
# a transcript's tag: a line that opens with words in capitals, maybe a comma and a role, then a colon
_TAG_LINE = re.compile(
    rf"^[ \t]*[{_CAPS}]{{2,}}(?:[ -][{_CAPS}]{{2,}})*(?:,[^:\n.!?]{{0,{_TAG_REACH}}})?:", re.M
)


@lru_cache(maxsize=16)
def _transcript(text: str) -> bool:
    """Whether a text is a transcript: two lines or more open with a speaker's tag in capitals ("PROWADZĄCA:",
    "JAN NOWAK:"), not one headline ("PKN X: zysk wzrósł")."""
    return len(_TAG_LINE.findall(text)) >= 2


def _speaker_tag(doc: Doc, m: Mention) -> bool:
    """Whether a name opens a line of a transcript as its speaker's tag ("EWA NOWAK: Owszem, spółka wyda…", "JAN
    NOWAK, prezes firmy X: Wydamy…"): the colon closes the tag on the same line, within a short stretch and before
    any full stop. The speaker owns nothing said after the tag; the words say whose figures they are."""
    line = doc.text.rfind("\n", 0, m.start) + 1
    if doc.text[line : m.start].strip():
        return False
    tail = doc.text[m.end : m.end + _TAG_REACH]
    colon = tail.find(":")
    if colon < 0 or any(c in tail[:colon] for c in ".!?\n"):
        return False
    return _transcript(doc.text)


def _first_line(doc: Doc) -> tuple[int, int]:
    """The start and end of the document's first line that is not blank (its end -1 where no line break follows)."""
    lead = len(doc.text) - len(doc.text.lstrip())
    return lead, doc.text.find("\n", lead)
