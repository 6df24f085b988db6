"""The shared document object that the extraction components read and enrich, one after another."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, SupportsIndex

from kooperacja.text.morphology import Reading
from kooperacja.text.sentences import Sentence
from kooperacja.text.tokens import Token

_CLAUSE_MARKS = (",", ";")  # the marks that end a stretch of a clause (Doc.comma_stretch)


@dataclass
class Mention:
    """One mention of a name in the text."""

    start: int
    end: int
    t0: int  # first token
    t1: int  # one past the last token
    type: str  # organization | person | place
    name: str  # base form
    subtype: str | None = None
    sent: int = 0
    country: str | None = None
    place_id: str | None = None
    head: str | None = None  # head lemma of an organisation name
    descriptor: str | None = None  # "firma", "klaster" … right before the name
    aliases: list[str] = field(default_factory=list)
    acronym_of: int | None = None  # start offset of the mention this acronym or alias stands for
    entity: int = -1
    case: str | None = None


@dataclass
class Entity:
    id: str
    type: str
    name: str
    subtype: str | None = None
    aliases: list[str] = field(default_factory=list)
    mentions: list[int] = field(default_factory=list)  # mention indices
    country: str | None = None
    place_id: str | None = None
    roles: list[dict[str, Any]] = field(default_factory=list)
    confidence: float | None = None  # the learned scorer's estimate that the entity is right (learn/)


@dataclass
class Doc:
    """Every field a component hands to a later one is declared here; `extract.pipeline.CONTRACTS` says which
    component assigns it and which require it."""

    text: str
    doc_id: str = "doc"
    published: str | None = None
    lang: str = "pl"
    title: str | None = None
    url: str | None = None
    tokens: list[Token] = field(default_factory=list)
    readings: list[tuple[Reading, ...]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    keys: list[frozenset[str]] = field(default_factory=list)  # lower-cased text and lemmas of each token
    sent_of: list[int] = field(default_factory=list)  # sentence index of each token
    sent_span: list[tuple[int, int]] = field(default_factory=list)  # token range of each sentence
    dates: list[Any] = field(default_factory=list)
    amounts: list[Any] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    boilerplate: list[tuple[int, int]] = field(
        default_factory=list
    )  # character spans of credits, links … (boilerplate.py)
    # people's role titles: (first token, end token, does the title follow the name?)
    title_spans: list[tuple[int, int, bool]] = field(default_factory=list)
    event_names: list[tuple[int, int, str]] = field(default_factory=list)  # (t0, t1, name) of named events
    entities: list[Entity] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    # happenings told without enough named actors (no events; the store may add them to a stored one)
    partial_events: list[dict[str, Any]] = field(default_factory=list)
    figures: list[dict[str, Any]] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    sector_hits: list[tuple[int, str]] = field(default_factory=list)  # (token index, sector code)
    # high-recall mode for the learned scorer (extract/confidence.py): components keep the candidates they
    # would discard, with their verdict, in the *_candidates fields
    recall: bool = False
    event_candidates: list[dict[str, Any]] = field(default_factory=list)
    # organisation candidates the name rules drop, each with the rule that dropped it (name_classify._dropped)
    org_candidates: list[tuple[Mention, str]] = field(default_factory=list)
    # derived tables the event components build once per document and share (extract/events.py)
    sent_sectors: dict[int, set[str]] | None = None  # sector codes found in each sentence (from sector_hits)
    place_units: dict[str, int] | None = None  # a place's lower-cased name -> mention of the unit named so
    event_drafts: list[Any] = field(default_factory=list)  # one per trigger, before merging (events.Draft)
    # sentence -> its coordinate clause -> the entities its events take in a subject role (event_dates._dated_clauses)
    clause_actors: dict[int, dict[int, frozenset[int]]] = field(default_factory=dict)
    # each "(" followed within 8 tokens, before its ")", by quoted words: its token and those words' lemmas
    # (participant_cues._defined, the terms a report defines in brackets)
    quoted_in_brackets: list[tuple[int, frozenset[str]]] | None = None

    _lemma_cache: dict[int, frozenset[str]] | LemmaSets = field(default_factory=dict, repr=False)
    _index: tuple[int, dict[int, list[int]], dict[int, int]] | None = field(default=None, repr=False)
    # base forms of token ranges, (t0, t1, head) -> (name, case, number) (`baseform.nominative_ex`: a pure
    # function of the tokens and their readings, asked for the same chunk by several name rules)
    _nominatives: dict[tuple[int, int, int | None], tuple[str, str | None, str | None]] = field(
        default_factory=dict, repr=False
    )
    # lower-cased lemmas of token i: `lemmas(i)`. A field, not a method, so that the text analysis can make it
    # its table's own look-up (`set_lemma_sets`); until then it is `_lemmas`, which computes and keeps them
    lemmas: Callable[[int], frozenset[str]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.lemmas = self._lemmas

    def _mention_index(self) -> tuple[dict[int, list[int]], dict[int, int]]:
        """Mentions by sentence and by token, rebuilt when the list of mentions changes."""
        key = id(self.mentions) ^ len(self.mentions)
        if self._index is None or self._index[0] != key:
            by_sent: dict[int, list[int]] = {}
            by_token: dict[int, int] = {}
            for n, m in enumerate(self.mentions):
                by_sent.setdefault(m.sent, []).append(n)
                for i in range(m.t0, m.t1):
                    by_token[i] = n
            self._index = (key, by_sent, by_token)
        return self._index[1], self._index[2]

    def break_between(self, s: int, t: int, mark: str = "\n") -> bool:
        """Whether the text between the end of sentence s and the start of sentence t holds `mark` (a line break;
        "\n\n" for a paragraph's end)."""
        return mark in self.text[self.sentences[s].end : self.sentences[t].start]

    def comma_stretch(self, i: int, s0: int, s1: int) -> tuple[int, int]:
        """The tokens [a, b) around token i, within s0..s1 (a sentence), that no comma or semicolon breaks: the
        stretch of a clause a rule reads ("Od wtorku trwają targi, organizowane od 2003 r." → its first part)."""
        a, b = i, i
        while a > s0 and self.tokens[a - 1].text not in _CLAUSE_MARKS:
            a -= 1
        while b < s1 and self.tokens[b].text not in _CLAUSE_MARKS:
            b += 1
        return a, b

    def mentions_changed(self) -> None:
        """Says that the mentions changed in a way the index cannot see (it notices a new list or a new length, not
        a mention replaced or moved in place, nor a new list that took the old one's identity and length): the
        index by sentence and by token is rebuilt on the next look-up."""
        self._index = None

    def mentions_in(self, s: int) -> list[int]:
        """Indices of the mentions in sentence s."""
        index, ms = self._index, self.mentions
        if index is None or index[0] != id(ms) ^ len(ms):  # as `_mention_index` tests, without its call
            return self._mention_index()[0].get(s, [])
        return index[1].get(s, [])

    def mention_at(self, i: int) -> int | None:
        """Index of the mention that covers token i, if any."""
        index, ms = self._index, self.mentions
        if index is None or index[0] != id(ms) ^ len(ms):
            return self._mention_index()[1].get(i)
        return index[2].get(i)

    def is_preposition(self, k: int) -> bool:
        """Whether token k reads as a preposition (one of its readings is; "z", "w", "na", "do")."""
        for r in self.readings[k]:
            if r.pos == "prep":
                return True
        return False

    def _lemmas(self, i: int) -> frozenset[str]:
        """Lower-cased lemmas of token i (cached: components ask for them many times)."""
        hit = self._lemma_cache.get(i)
        if hit is None:
            hit = self._lemma_cache[i] = frozenset(r.lemma.lower() for r in self.readings[i])
        return hit

    def set_lemma_sets(self, sets: LemmaSets) -> None:
        """The lemma sets of every token, made by the text analysis: from now on `lemmas` is the table's own
        look-up (a call into C instead of a Python method: components ask some thousand times per document)."""
        self._lemma_cache = sets
        self.lemmas = sets.__getitem__

    def sent_text(self, s: int) -> str:
        sent = self.sentences[s]
        return self.text[sent.start : sent.end]


class LemmaSets(list[frozenset[str]]):
    """Token index -> lower-cased lemmas of the token's readings: a list, so that a look-up is a list's. An entry
    dropped after its readings changed (`pop(i, None)`, as `agglutinated_verbs` does) is made again from the
    readings at once, so that every entry follows the token's readings."""

    __slots__ = ("readings",)

    def __init__(self, readings: list[tuple[Reading, ...]], sets: Iterable[frozenset[str]] = ()) -> None:
        super().__init__(sets)
        self.readings = readings

    def pop(self, i: SupportsIndex = -1, default: Any = None) -> frozenset[str]:  # type: ignore[override]
        """The entry of token i before its readings changed; from now on that of its readings."""
        old = self[i]
        self[i] = frozenset([r.lemma.lower() for r in self.readings[i]])
        return old
