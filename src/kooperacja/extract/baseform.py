"""Base forms of names by morphology: agreement inside the phrase chooses the readings, generation gives
the nominative ("Legnickiej Specjalnej Strefy Ekonomicznej" → "Legnicka Specjalna Strefa Ekonomiczna")."""

from __future__ import annotations

import re
from functools import cache

from kooperacja.extract.cues import endings, strip_ending
from kooperacja.extract.doc import Doc
from kooperacja.extract.lexicon import Lexicon, lexicon
from kooperacja.text.morphology import ADJECTIVAL, CASES, NOMINAL, Reading, morphology

_UNKNOWN_ADJ = "ign:adj"  # the part of speech of a reading made up by _unknown_adjective
_ROMAN = re.compile(r"^(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})$")
_CASE_ORDER = {c: i for i, c in enumerate(("nom", "gen", "inst", "loc", "dat", "acc", "voc"))}


def restore_case(template: str, word: str) -> str:
    """Give `word` the capitalisation pattern of `template` (per hyphen-separated part); the same word as the
    template keeps the template's letters ("EkoStal", whose lemma the dictionary guessed as "ekostal")."""
    if word.casefold() == template.casefold():
        return template
    if template.isupper() and len(template) > 1:
        return word.upper()
    tparts, wparts = template.split("-"), word.split("-")
    if len(tparts) != len(wparts):
        return word[:1].upper() + word[1:] if template[:1].isupper() else word
    out = []
    for tp, wp in zip(tparts, wparts, strict=True):
        out.append(wp[:1].upper() + wp[1:] if tp[:1].isupper() else wp[:1].lower() + wp[1:])
    return "-".join(out)


def surface(doc: Doc, t0: int, t1: int) -> str:
    """The text of tokens[t0:t1] as the tokens read it ("Przemysłowo – Handlowa" → "Przemysłowo-Handlowa")."""
    toks, text = doc.tokens, doc.text
    out = []
    for i in range(t0, t1):
        if i > t0:
            out.append(text[toks[i - 1].end : toks[i].start])
        out.append(toks[i].text)
    return "".join(out)


def _nominal(rs: tuple[Reading, ...]) -> list[Reading]:
    return [r for r in rs if r.pos in NOMINAL]


def _adjectival(rs: tuple[Reading, ...]) -> list[Reading]:
    return [r for r in rs if r.pos in ADJECTIVAL]


def _agrees(r: Reading, number: str, case: str, gender: str) -> bool:
    if number not in r.numbers or case not in r.cases:
        return False
    if not r.genders:
        return True
    if gender in r.genders:
        return True
    return number == "pl" and gender != "m1" and bool(r.genders - {"m1"})


def prep_case(doc: Doc, i: int) -> set[str]:
    """Cases governed by a preposition right before token i (empty when there is none)."""
    if i <= 0:
        return set()
    out: set[str] = set()
    for r in doc.readings[i - 1]:
        if r.pos == "prep":
            out.update(c for c in r.tag.split(":")[1].split(".") if c in CASES)
    return out


def phrase_head(doc: Doc, t0: int, t1: int) -> int | None:
    """Index of the first noun of the phrase after any leading adjectives."""
    for i in range(t0, t1):
        rs = doc.readings[i]
        if not doc.tokens[i].is_word:
            return None
        if _ROMAN.match(doc.tokens[i].text) and i + 1 < t1:
            continue  # "VI Liceum Ogólnokształcące"
        nominal, adjectival = _nominal(rs), _adjectival(rs)
        if nominal and not (adjectival and i + 1 < t1 and _nominal(doc.readings[i + 1])):
            return i
        if not adjectival:
            return None
    return None


def nominative(doc: Doc, t0: int, t1: int, head: int | None = None) -> tuple[str, str | None]:
    name, case, _number = nominative_ex(doc, t0, t1, head)
    return name, case


def nominative_ex(doc: Doc, t0: int, t1: int, head: int | None = None) -> tuple[str, str | None, str | None]:
    """The phrase tokens[t0:t1] with its head, agreeing adjectives and appositions in the nominative.

    Genitive complements stay as written ("Urzędu Miasta Lublin" → "Urząd Miasta Lublin").
    Returns (base form, the case the head had, or None when nothing could be analysed). Kept per document:
    several name rules ask for the same chunk."""
    key = (t0, t1, head)
    hit = doc._nominatives.get(key)
    if hit is None:
        hit = doc._nominatives[key] = _nominative_ex(doc, t0, t1, head)
    return hit


def _nominative_ex(doc: Doc, t0: int, t1: int, head: int | None) -> tuple[str, str | None, str | None]:
    if t1 <= t0:
        return "", None, None
    original = surface(doc, t0, t1)
    h = phrase_head(doc, t0, t1) if head is None else head
    if h is None:
        return original, None, None
    hyps, common = _hypotheses(doc, h)
    if not hyps:
        return original, None, None
    governed = prep_case(doc, t0)
    phrase = _Phrase(doc, t0, h, t1, lexicon(doc.lang))
    best: tuple[float, tuple[str, str, str], list[tuple[int, Reading]]] | None = None
    for hyp in hyps:
        number, case, _gender = hyp
        chosen = phrase.agreeing(hyp)
        if chosen is None:
            continue
        score = len(chosen) * 10 - _CASE_ORDER.get(case, 9) - (3 if number == "pl" else 0)
        if hyp in common:
            score += 0.5  # "w Porcie Gdynia": a tie goes to the common noun's form ("Port"), not a proper one ("Porta")
        if governed and case in governed:
            score += 5
        if best is None or score > best[0]:
            best = (score, hyp, chosen)
    if best is None:
        return original, None, None
    _, (number, case, gender), chosen = best
    if case == "nom":
        return original, case, number
    inflected = _inflected(doc, t0, t1, chosen, number, gender)
    return (original if inflected is None else inflected), case, number


def _hypotheses(doc: Doc, h: int) -> tuple[list[tuple[str, str, str]], set[tuple[str, str, str]]]:
    """(number, case, gender) of every nominal reading of the head, sorted (frozenset order changes from
    run to run with the hash seed), and those of its readings as a common noun (every one of which the loop
    visits: only proper readings are ever left out)."""
    hyps: dict[tuple[str, str, str], int] = {}
    common_hyps: set[tuple[str, str, str]] = set()
    rs = _nominal(doc.readings[h])
    common = {r.lemma.lower() for r in rs if not r.proper and "nom" in r.cases and "sg" in r.numbers}
    if common:  # "Huta": a proper reading of another lemma ("Hut", a surname) is no reading of a common head
        rs = [r for r in rs if not r.proper or r.lemma.lower() in common]
    for r in rs:
        for number in r.numbers:
            for case in r.cases:
                for gender in r.genders or {"n"}:
                    hyps[(number, case, gender)] = 0
                    if not r.proper:
                        common_hyps.add((number, case, gender))
    return sorted(hyps), common_hyps


class _After:
    """A word after the head, as every hypothesis of the head's form reads it: its adjectival and nominal
    readings, and the tests on it that no hypothesis changes."""

    __slots__ = (
        "index",
        "ends",
        "coordinated_next",
        "adjectival",
        "nominal",
        "coordinated",
        "appos",
        "unknown",
        "compound_first",
    )

    def __init__(self, doc: Doc, h: int, i: int, t1: int, coordinators: frozenset[str]) -> None:
        toks, rs = doc.tokens, doc.readings[i]
        tok = toks[i]
        self.index = i
        # a coordinator before a capitalised word: its nominal readings (a second head, "Gminy i Miasta")
        self.coordinated_next = (
            _nominal(doc.readings[i + 1])
            if tok.lower in coordinators and i + 1 < t1 and toks[i + 1].is_cap
            else None
        )
        self.ends = not tok.is_word or doc.text[toks[i - 1].end : tok.start] not in ("", " ")
        self.adjectival = _adjectival(rs)
        self.nominal = _nominal(rs)
        self.coordinated = i > h + 1 and toks[i - 1].lower in coordinators
        self.appos = tok.is_cap and _apposition_at(doc, i, t1)
        # a capitalised word the dictionary does not know may be an adjective by its ending
        self.unknown = tok.is_cap and not any(r.pos != "ign" for r in rs)
        # "Parkiem Przemysłowo Technologicznym": the first part of a compound adjective written apart (an adverb)
        self.compound_first = (
            tok.is_cap and bool(rs) and all(r.pos == "adv" for r in rs) and i + 1 < t1 and toks[i + 1].is_cap
        )


class _Phrase:
    """The words of tokens[t0:t1] with the head at h, read once for all the hypotheses of the head's form."""

    __slots__ = ("doc", "before", "h", "t1", "head", "after", "coordinators", "complement_heads")

    def __init__(self, doc: Doc, t0: int, h: int, t1: int, lex: Lexicon) -> None:
        toks, readings = doc.tokens, doc.readings
        self.doc, self.h, self.t1 = doc, h, t1
        self.before = [(i, _adjectival(readings[i])) for i in range(t0, h) if not _ROMAN.match(toks[i].text)]
        self.head = _nominal(readings[h])
        self.coordinators = lex.function("coordinator")
        self.after: list[_After] = []  # the words after the head, read as far as a hypothesis has gone
        self.complement_heads = lex.complement_heads

    def agreeing(self, hyp: tuple[str, str, str]) -> list[tuple[int, Reading]] | None:
        """The tokens (with their readings) that agree with the head under one hypothesis: the adjectives
        before it (all must agree, else None), the head, and what agrees after it."""
        number, case, gender = hyp
        chosen: list[tuple[int, Reading]] = []
        for i, adjectival in self.before:
            r = next((r for r in adjectival if _agrees(r, number, case, gender)), None)
            if r is None:
                return None
            chosen.append((i, r))
        head_r = next(r for r in self.head if _agrees(r, number, case, gender))
        chosen.append((self.h, head_r))
        chosen.extend(self._after_head(hyp, head_r))
        return chosen

    def _after_head(self, hyp: tuple[str, str, str], head_r: Reading) -> list[tuple[int, Reading]]:
        """After the head: agreeing adjectives, coordinated heads and place-name appositions, up to the
        first word that does not agree (genitive complements stay as written)."""
        number, case, gender = hyp
        appos_case = case != "nom" and head_r.lemma.lower() not in self.complement_heads
        out: list[tuple[int, Reading]] = []
        after = self.after
        for i in range(self.h + 1, self.t1):
            if i - self.h > len(after):
                after.append(_After(self.doc, self.h, i, self.t1, self.coordinators))
            w = after[i - self.h - 1]
            if w.coordinated_next is not None and any(
                _agrees(r, number, case, r_gender) for r in w.coordinated_next for r_gender in r.genders
            ):
                continue  # "Gminy i Miasta Ulanów": two coordinated heads in one case
            if w.ends:  # no word, or not right after the one before: the phrase ends
                break
            if w.compound_first:
                continue  # kept as written; the adjective after it agrees with the head
            adj = next((r for r in w.adjectival if _agrees(r, number, case, gender)), None)
            if adj is not None and not (case != "nom" and self._premodifies_next(w.index, adj, number, case)):
                out.append((w.index, adj))
                continue
            if adj is not None:
                break  # "Rządu Wolnego Państwa": the adjective belongs to the noun after it, which stays
            if w.coordinated:
                noun = next((r for r in w.nominal if number in r.numbers and case in r.cases), None)
                if noun is not None:
                    out.append((w.index, noun))
                    continue
            if appos_case and w.appos:
                appos = next(
                    (r for r in w.nominal if r.geo and number in r.numbers and case in r.cases), None
                )
                if appos is not None:
                    out.append((w.index, appos))
                    continue
            unknown = _unknown_adjective(self.doc, w.index, case, gender) if w.unknown else None
            if unknown is not None:
                out.append((w.index, unknown))
                continue
            break
        return out

    def _premodifies_next(self, i: int, adj: Reading, number: str, case: str) -> bool:
        """Whether an adjective after the head modifies the noun right after it instead: a gradable (qualitative)
        adjective stands before its noun ("Wolnego Państwa", "Młodego Artysty"), while one with no degrees (a
        relational adjective: "Urzędu Marszałkowskiego Województwa") follows the head it classifies."""
        j = i + 1
        toks = self.doc.tokens
        if j >= self.t1 or self.doc.text[toks[i].end : toks[j].start] != " " or not toks[j].is_cap:
            return False  # "Strefą Ekonomiczną spółką z o.o.": a word in lower case is no part of the name
        if adj.pos != "adj" or not _gradable(adj.lemma):
            return False
        return any(
            number in r.numbers and case in r.cases and _agrees(adj, number, case, g)
            for r in _nominal(self.doc.readings[j])
            for g in r.genders
        )


@cache
def _gradable(lemma: str) -> bool:
    """An adjective with a comparative form (a qualitative one: "wolny" → "wolniejszy")."""
    return morphology().inflect(lemma, "adj", "sg", "nom", "m3", "com") is not None


def _unknown_adjective(doc: Doc, i: int, case: str, gender: str) -> Reading | None:
    """A capitalised word the dictionary does not know with an adjective's ending in the head's case and
    gender ("Kraju Hradeckiego"): a reading whose lemma is its base form (data/<lang>/name_endings.tsv)."""
    tok = doc.tokens[i]
    if not tok.is_cap or any(r.pos != "ign" for r in doc.readings[i]):
        return None
    g = "m3" if gender.startswith("m") else "n" if gender.startswith("n") else gender
    rules = endings(doc.lang, "name_endings").get(("adjective", case, g))
    base = strip_ending(tok.text, rules) if rules else tok.text
    if base == tok.text:
        return None
    return Reading(base, _UNKNOWN_ADJ, frozenset(), frozenset(), frozenset(), (), _UNKNOWN_ADJ)


def _apposition_at(doc: Doc, i: int, t1: int) -> bool:
    """A place name in apposition ends the phrase or is followed by a word that is no capitalised name:
    "Miasta Głogowa" → "Miasto Głogów", but "Klastra Morskiego Pomorza Zachodniego" and "Funduszu Polski
    Ład" keep their genitive complement (or their undeclined name) as written."""
    return i + 1 >= t1 or not doc.tokens[i + 1].is_cap or doc.tokens[i + 1].text.isupper()


def _inflected(
    doc: Doc, t0: int, t1: int, chosen: list[tuple[int, Reading]], number: str, gender: str
) -> str | None:
    """tokens[t0:t1] with the chosen tokens in the nominative; None when a form cannot be generated."""
    text, toks = doc.text, doc.tokens
    m = morphology()
    replaced: dict[int, str] = {}
    for i, r in chosen:
        if r.pos == _UNKNOWN_ADJ:
            replaced[i] = r.lemma  # its base form already
            continue
        pos = "subst" if r.pos in NOMINAL else "adj"
        g = gender if pos == "adj" else (next(iter(r.genders), None) if len(r.genders) == 1 else gender)
        lemma = r.lemma
        degree = r.tag.rsplit(":", 1)[-1] if r.pos == "adj" else "pos"
        degree = degree if degree in ("pos", "com", "sup") else "pos"
        if r.pos == "adj" and number == "sg" and degree == "pos" and g.startswith("m"):
            form = lemma  # an adjective's lemma is its masculine nominative (never the short form "wolen")
        else:
            form = m.inflect(lemma, "subst" if r.pos == "depr" else r.pos, number, "nom", g, degree)
        if form is None and r.pos == "ppas":
            form = m.inflect(lemma, "adj", number, "nom", g)
        if form is None:
            return None
        replaced[i] = restore_case(toks[i].text, form)
    out = []
    pos = toks[t0].start
    for i in range(t0, t1):
        out.append(text[pos : toks[i].start])
        out.append(replaced.get(i, toks[i].text))
        pos = toks[i].end
    return "".join(out)
