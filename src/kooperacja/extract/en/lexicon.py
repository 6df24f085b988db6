"""English language data, read once per data folder from ``kooperacja/data/en/*.tsv``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kooperacja.data import read_tsv


@dataclass(frozen=True)
class EnLexicon:
    org_heads: dict[tuple[str, ...], str]  # lemma sequence -> subtype
    legal_forms: tuple[tuple[str, ...], ...]  # token sequences, longest first
    titles: dict[str, str]  # word -> honorific | title
    not_org_acronyms: frozenset[str]
    known_orgs: dict[str, str]
    demonyms: dict[str, str]
    triggers: tuple[tuple[tuple[str, ...], str, str], ...]  # (lemmas, type, kind), longest first
    modality: dict[str, str]
    roles: dict[
        str, tuple[str, str, frozenset[str], str]
    ]  # type -> (before, after, host subtypes, host role)
    role_cues: dict[tuple[str, str], str]  # (type, cue) -> role
    figure_metrics: tuple[tuple[tuple[str, ...], str, str, str, int], ...]
    multipliers: dict[str, int]
    currencies: dict[str, str]
    qualifiers: dict[str, str]
    sector_terms: tuple[tuple[tuple[str, ...], str], ...]
    translations: dict[str, str]  # folded English name -> Polish name
    abbreviations: frozenset[str]
    function_words: frozenset[str]
    descriptors: dict[str, str]
    place_heads: dict[str, str]
    not_org_words: frozenset[str]
    event_nouns_after: frozenset[str]
    event_nouns_after_singular: frozenset[
        str
    ]  # the same, in the singular only ("award": "awards" may be a verb)
    event_name_words: dict[str, str]
    group_nouns: frozenset[str]  # last word of an event's name -> event type
    place_modifiers: frozenset[str]
    boilerplate: tuple[
        tuple[str, int], ...
    ] = ()  # (opener, most words or 0) of lines that are no article text
    grammar: dict[str, frozenset[str]] = field(default_factory=dict)  # set name -> function words
    news_sources: frozenset[str] = frozenset()  # agencies that credit a report: no entities
    # untranslated Polish head words: lemma -> (subtype, whether "w + seat" continues the name)
    polish_heads: dict[str, tuple[str, bool]] = field(default_factory=dict)

    # the English names of the Polish zones (``data/en/zone_names.tsv``): zone words, longest first, and the
    # folded rest of a name -> the zone's Polish name
    zone_forms: tuple[tuple[str, ...], ...] = ()
    zone_places: dict[str, str] = field(default_factory=dict)

    def polish_name(self, key: str) -> str | None:
        """The Polish name of a well-known body by the folded key of its English name (`fold_key`): a row of
        ``org_translations.tsv``, or a zone named by its place and zone words in any order ("SEZ Lodz")."""
        hit = self.translations.get(key)
        if hit is not None or not self.zone_places:
            return hit
        words = key.split()
        for form in self.zone_forms:
            n = len(form)
            for k in range(len(words) - n + 1):
                if tuple(words[k : k + n]) == form:
                    rest = " ".join(words[:k] + words[k + n :])
                    if rest in self.zone_places:
                        return self.zone_places[rest]
        return None

    def words(self, name: str) -> frozenset[str]:
        """A closed set of function words by name (``data/en/grammar_words.tsv``)."""
        return self.grammar.get(name, frozenset())


def _grammar(rows: tuple[dict[str, str], ...]) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for r in rows:
        out.setdefault(r["set"], set()).add(r["word"])
    return {k: frozenset(v) for k, v in out.items()}


def _words(s: str) -> tuple[str, ...]:
    return tuple(s.lower().split())


@cache
def en_lexicon(data_dir: Path) -> EnLexicon:
    d = data_dir.name
    amount = read_tsv(f"{d}/amount_words.tsv")
    from kooperacja.extract.en.names_key import fold_key

    return EnLexicon(
        org_heads={_words(r["head"]): r["subtype"] for r in read_tsv(f"{d}/org_heads.tsv")},
        legal_forms=tuple(
            sorted(
                (tuple(r["tokens"].split()) for r in read_tsv(f"{d}/legal_forms.tsv")), key=len, reverse=True
            )
        ),
        titles={r["word"].lower(): r["kind"] for r in read_tsv(f"{d}/titles.tsv")},
        not_org_acronyms=frozenset(r["acronym"] for r in read_tsv(f"{d}/not_org_acronyms.tsv")),
        known_orgs={r["name"]: r["subtype"] for r in read_tsv(f"{d}/known_orgs.tsv")},
        demonyms={r["word"]: r["country"] for r in read_tsv(f"{d}/demonyms.tsv")},
        triggers=tuple(
            sorted(
                ((_words(r["words"]), r["type"], r["kind"]) for r in read_tsv(f"{d}/event_triggers.tsv")),
                key=lambda t: -len(t[0]),
            )
        ),
        modality={r["word"]: r["kind"] for r in read_tsv(f"{d}/event_modality.tsv")},
        roles={
            r["type"]: (
                r["before"],
                r["after"],
                frozenset(filter(None, r["host_subtypes"].split("|"))),
                r["host_role"],
            )
            for r in read_tsv(f"{d}/event_roles.tsv")
        },
        role_cues={(r["type"], r["cue"]): r["role"] for r in read_tsv(f"{d}/role_cues.tsv")},
        figure_metrics=tuple(
            (_words(r["words"]), r["metric"], r["unit"], r["where"], int(r["window"]))
            for r in read_tsv(f"{d}/figure_metrics.tsv")
        ),
        multipliers={r["word"].lower(): int(r["value"]) for r in amount if r["kind"] == "multiplier"},
        currencies={r["word"].lower(): r["value"] for r in amount if r["kind"] == "currency"},
        qualifiers={r["word"].lower(): r["value"] for r in amount if r["kind"] == "qualifier"},
        sector_terms=tuple(
            sorted(
                ((_words(r["terms"]), r["sector"]) for r in read_tsv(f"{d}/sector_terms.tsv")),
                key=lambda t: -len(t[0]),
            )
        ),
        translations={fold_key(r["english"]): r["polish"] for r in read_tsv(f"{d}/org_translations.tsv")},
        abbreviations=frozenset(r["abbreviation"] for r in read_tsv(f"{d}/abbreviations.tsv")),
        function_words=frozenset(r["word"] for r in read_tsv(f"{d}/function_words.tsv")),
        descriptors={r["word"]: r["subtype"] for r in read_tsv(f"{d}/descriptors.tsv")},
        place_heads={r["word"]: r["subtype"] for r in read_tsv(f"{d}/place_heads.tsv")},
        not_org_words=frozenset(r["word"] for r in read_tsv(f"{d}/not_org_words.tsv")),
        group_nouns=frozenset(r["word"] for r in read_tsv(f"{d}/group_nouns.tsv")),
        event_name_words={r["word"]: r["event"] for r in read_tsv(f"{d}/not_org_words.tsv") if r["event"]},
        event_nouns_after=frozenset(
            r["word"] for r in read_tsv(f"{d}/not_org_words.tsv") if r["after"] == "yes"
        ),
        event_nouns_after_singular=frozenset(
            r["word"] for r in read_tsv(f"{d}/not_org_words.tsv") if r["after"] == "singular"
        ),
        place_modifiers=frozenset(r["word"] for r in read_tsv(f"{d}/place_modifiers.tsv")),
        boilerplate=tuple((r["opener"], int(r["max_words"] or 0)) for r in read_tsv(f"{d}/boilerplate.tsv")),
        grammar=_grammar(read_tsv(f"{d}/grammar_words.tsv")),
        news_sources=frozenset(r["name"] for r in read_tsv(f"{d}/news_sources.tsv")),
        zone_forms=tuple(
            sorted(
                (_words(r["words"]) for r in read_tsv(f"{d}/zone_names.tsv") if r["kind"] == "head"),
                key=len,
                reverse=True,
            )
        ),
        zone_places={r["words"]: r["zone"] for r in read_tsv(f"{d}/zone_names.tsv") if r["kind"] == "place"},
        polish_heads=_polish_heads(
            _grammar(read_tsv(f"{d}/grammar_words.tsv")).get("english_word", frozenset())
        ),
    )


def _polish_heads(english: frozenset[str]) -> dict[str, tuple[str, bool]]:
    """Head words of Polish organisation names left untranslated in English text ("Gmina Dębica", "Klaster
    Obróbki Metali"), from ``data/pl/org_heads.tsv``: lemma -> (subtype, whether "w + seat" continues the name).
    Words that English also has ("park", "forum", "bank": grammar set "english_word") are left to English."""
    return {
        r["lemma"]: (r["subtype"], r["seat"] == "yes")
        for r in read_tsv("pl/org_heads.tsv")
        if r["lemma"] not in english
    }
