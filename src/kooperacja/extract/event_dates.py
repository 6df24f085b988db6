"""Event dates: the date of the trigger's sentence, an edition's year, the sentence before, the article's date
for a reported signing; and when two dates can be one happening's (`dates_compatible`)."""

from __future__ import annotations

import datetime as _dt
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from pathlib import Path

from kooperacja.data.language_data import language_data
from kooperacja.extract.cues import cues, tag_classes
from kooperacja.extract.doc import Doc
from kooperacja.extract.event_draft import ANNOUNCED_TYPES, Draft
from kooperacja.extract.relative import opens_relative, relative_clauses
from kooperacja.text.dates import (
    DATELINE_DASH,
    DateMention,
    compatible_dates,
    date_interval,
    date_word_role,
    past_reading,
)
from kooperacja.text.tokens import line_item_marker

# how many sentences back an undated event looks for its date (within its paragraph)
NEIGHBOUR_SENTENCES = 2
# how many sentences back an item of a list looks for the line that leads the list
LIST_REACH = 12


class EventDates:
    """Dates events; part of `EventFinder` and `EventMerger`."""

    def _neighbour_dates(self, doc: Doc, events: list[Draft], drafts: list[Draft] | None = None) -> None:
        """ "W środę 3 marca goście przyjechali do Kielc. Umowę podpisali: …": an undated event
        takes the date of the nearest of the two sentences before its first sentence, within one paragraph
        (`drafts`: the drafts the events were merged from; those that joined no event report signings too)."""
        undated = [d for d in events if not d.date and d.status != "planned"]
        told = {(e.type, s) for e in events for s in e.sents}
        unplaced = [d for d in drafts or () if (d.type, d.sent) not in told and d.date and d.status == "done"]
        dated_or_not = [*events, *unplaced]  # the events and the signings no event took, for a same-type date
        apart = {id(d) for d in undated if any(apart_from_occasion(doc, k) for k in d.sents)}
        for d in undated:
            if id(d) in apart:
                # "Kilka tygodni po misji firma A podpisała umowę", "Jeszcze przed targami …": a happening set apart
                # from an occasion is not of the occasion's days, nor of the sentence before that tells them
                continue
            d.date = self._date_before(doc, min(d.sents), NEIGHBOUR_SENTENCES)
            if d.date and _founded_before(doc, d, events) and not _same_day_told(doc, d):
                d.date = None
            if d.date and after_publication(doc, d.date) and sents_told_past(doc, d.sents):
                # "Budowa ruszy w przyszłym roku. Strefa wydała firmie decyzję o wsparciu.": a happening told in the
                # past never takes a neighbour's time after the article's day
                d.date = None
            if d.date and sents_told_past(doc, d.sents) and self._neighbour_to_come(doc, min(d.sents)):
                # "Linia wystartuje pod koniec 2028 r. Firma zawarła wcześniej ugodę z gminą.": with the article's
                # day unknown too, a happening told in the past takes no time of a plant's step to come
                d.date = None
            if d.date and d.type in ANNOUNCED_TYPES and self._told_to_come(doc, d):
                d.status = "planned"  # "Forum odbędzie się 12 czerwca. Organizatorem jest Izba Alfa."
            later = sorted(set(d.sents) - {0})
            if not d.date and min(d.sents) == 0 and later and doc.break_between(0, 1):
                # "Goście z Tyrolu w Płocku\n\nOd 3 do 5 czerwca 2024 r. miasto podejmowało … Program
                # ułożyła …": under a headline, the body's report looks back from itself
                d.date = self._date_before(doc, later[0], NEIGHBOUR_SENTENCES)
        for d in undated:
            if not d.date and id(d) not in apart:
                d.date = self._list_lead_date(doc, d)
        if any(not d.date for d in undated):
            occasions = _occasions(doc)
            told_occasions: dict[str, set[str]] = {}
            summary: list[str | None] = []  # the document's summed-up year, looked for once
            for d in undated:
                if not d.date and id(d) not in apart:
                    d.date = (
                        self._occasion_date(doc, d, occasions)
                        or self._series_date(doc, d)
                        or self._signing_after(doc, d)
                        or self._own_occasion_date(doc, d, occasions, told_occasions)
                        or _same_type_date(doc, d, dated_or_not)
                        or _summary_year(doc, d, summary)
                    )
        for d in events:
            if d.date and len(d.date) == 4:
                if any(self._edition_year(doc, s, d.type) == d.date for s in d.sents):
                    # "Wyróżnienie Lider Branży 2023 otrzymała spółka Alfa. Nagrody rozdano 9 listopada.": the year in
                    # the edition's name dates the event only where the text gives no fuller date of it
                    later = self._signing_after(doc, d) or self._fuller_own_date(doc, d)
                elif d.status == "done":
                    # "Miasto Alfa wygrało tegoroczną edycję plebiscytu. Statuetki wręczono w środę.": a done event
                    # dated by a year only takes the fuller date within that year that another of its own sentences
                    # gives it, or the next sentence that tells the happening ("Otwarcie odbyło się 18 maja")
                    later = self._fuller_main_date(doc, d)
                    if not later and self._same_happening_next(doc, d, max(d.sents) + 1):
                        later = self._signing_after(doc, d)
                    if later and not later.startswith(d.date):
                        later = None
                else:
                    later = None
                if later and len(later) > 4:
                    d.date = later
        for d in events:
            if (
                d.date
                and d.status == "done"
                and _dated_in_relative_clause(doc, d)
                and not self._relative_tells_own(doc, d)
            ):
                # "Firma A uruchomiła magazyn. Jego otwarcie nastąpiło w piątek. … gmina, której rada sprzedała
                # jej grunt w 2020 r.": a date written only in a relative clause (another actor's background)
                # gives way to the one of the sentence right after one of the event's own that tells the happening
                told = self._told_next(doc, d)
                if told:
                    d.date = told
        for d in events:
            if d.date and "/" in d.date and d.type not in _SPANNING:
                d.date = _nth_day(doc, d)
        _signing_day_of_gathering(doc, events)
        _signing_at_a_stop(doc, [d for d in events if id(d) not in apart])
        # a signing reported as news with no date of its own took place on the article's date
        signed = [d for d in events if d.type in ("agreement", "letter_of_intent") and d.status == "done"]
        for d in signed:
            if not d.date and doc.published and id(d) not in apart and self._reported_signing(doc, d):
                # (not "Kilka tygodni po misji firma A podpisała umowę": a time apart, no day the news tells)
                d.date = doc.published

    def _neighbour_to_come(self, doc: Doc, first: int) -> bool:
        """Whether the sentence that `_date_before` takes its date from tells a step of a plant to come (the
        merger's `_tense`: "produkcja ruszy", "ma zostać otwarta")."""
        tense = getattr(self, "_tense", None)
        for s in range(first - 1, max(-1, first - 1 - NEIGHBOUR_SENTENCES), -1):
            if doc.break_between(s, s + 1):
                return False
            date = self._date(doc, s)
            if date and not _since_only(doc, s, date):
                return tense is not None and tense(doc, [s]) == "future"
        return False

    def _list_lead_date(self, doc: Doc, d: Draft) -> str | None:
        """ "Decyzje odebrali we wtorek:\n• Alfa zbuduje halę …;\n• Beta …": an undated event first told on a list
        item's line (a bullet or a number opens it) takes the date, not after the article's, of the sentence that
        leads the list (the nearest sentence before it on no item's line, ending with a colon)."""
        first = min(d.sents)
        for s in range(first, max(-1, first - 1 - LIST_REACH), -1):
            start = doc.sentences[s].start
            line = doc.text[doc.text.rfind("\n", 0, start) + 1 : start + 1].lstrip()
            if line_item_marker(line) is not None:
                continue
            if s == first or not doc.text[start : doc.sentences[s].end].rstrip().endswith(":"):
                return None
            # "Strefa wydała we wtorek decyzje dla:", "Umowy podpisali w piątek:": the lead tells the items' own
            # happening by a verb of their type; not a report or a summary ("podsumował", "wymienił partnerów")
            verbs = _telling_verbs(doc, d.type) | _verbs_of_kinds(
                language_data(doc.lang).code, ("list_lead",)
            ).get("", frozenset())
            s0, s1 = doc.sent_span[s]
            if not any(
                r.pos in _FINITE_TELLING and r.lemma in verbs for i in range(s0, s1) for r in doc.readings[i]
            ):
                return None
            date = self._date(doc, s)
            return date if date and not after_publication(doc, date) else None
        return None

    def _told_next(self, doc: Doc, d: Draft) -> str | None:
        """The date, not after the article's, of the first sentence right after one of the event's own (and not one
        of them) that tells its happening (`_signing_after`)."""
        for k in sorted(d.sents):
            if k + 1 in d.sents:
                continue
            if not self._same_happening_next(doc, d, k + 1):
                continue
            date = self._signing_after(doc, replace(d, sents=[k]))
            if date and not after_publication(doc, date):
                return date
        return None

    def _fuller_main_date(self, doc: Doc, d: Draft) -> str | None:
        """The fuller date, within the event's year and not after the article's, that one of its own sentences gives
        outside a relative clause ("Orbex, którego magazyn otwarto w marcu, …" is another's background) and, where
        the sentence's coordinate clauses name parties apart, not in one that names another's only ("A wyda 40 mln
        zł, a B w czerwcu otworzyła biuro")."""
        own = d.entities(doc)
        for k in sorted(d.sents):
            if self._edition_year(doc, k, d.type):
                continue
            sent = doc.sentences[k]
            for dm in doc.dates:
                if not (sent.start <= dm.start < sent.end and dm.value and len(dm.value) > 4):
                    continue
                if (
                    "/" in dm.value
                    or not dm.value.startswith(d.date or "")
                    or after_publication(doc, dm.value)
                ):
                    continue
                if _dateline(doc, dm.start, dm.end):
                    continue
                clause = _relative_clause(doc, k, dm.start)
                if clause != -1 and not self._own_relative(doc, d, k, clause, dm):
                    continue
                part = _coordinate_clause(doc, k, dm.start)
                parties = [
                    (m.entity, _coordinate_clause(doc, k, m.start))
                    for m in doc.mentions
                    if m.sent == k and m.type != "place"
                ]
                named = {e for e, p in parties if p == part}
                if any(p != part for _e, p in parties) and named and named.isdisjoint(own):
                    # of coordinate clauses naming parties of their own, the date's names only another's
                    continue
                return dm.value
        return None

    def _relative_tells_own(self, doc: Doc, d: Draft) -> bool:
        """Whether a relative clause that holds the event's date tells an event of its type ("Umowa, którą strony
        podpisały 10 stycznia, …": the clause tells the signing itself, no other actor's background)."""
        verbs = _telling_verbs(doc, d.type)
        for s in set(d.sents):
            for dm in doc.dates:
                if dm.value != d.date or not doc.sentences[s].start <= dm.start < doc.sentences[s].end:
                    continue
                clause = _relative_clause(doc, s, dm.start)
                if clause == -1:
                    continue
                if _clause_tells(doc, s, clause, dm, verbs):
                    return True
        return False

    def _own_relative(self, doc: Doc, d: Draft, s: int, clause: int, dm: DateMention) -> bool:
        """Whether the relative clause opened at token ``clause`` of sentence ``s`` tells, by a verb of the event's
        type, a happening of one of the event's own parties named right before it ("Orbex, którego magazyn otwarto
        w marcu, …" dates Orbex's store, not the other firms' plants of the sentence)."""
        own = d.entities(doc)
        if not any(m.sent == s and m.t1 == clause and m.entity in own for m in doc.mentions):
            return False
        return _clause_tells(doc, s, clause, dm, _telling_verbs(doc, d.type))

    def _same_happening_next(self, doc: Doc, d: Draft, s: int) -> bool:
        """Whether the sentence right after the event's tells the same happening: it names no party besides the
        event's ("Podpisanie porozumienia z uczelnią nastąpiło …" after a deal with a firm is another deal), and a
        word referring back that opens it takes no complement naming another occasion ("Uroczystość jubileuszu
        spółki …"; but "Uroczystość otwarcia zakładu" with a trigger of the event's type)."""
        if s >= len(doc.sentences):
            return False
        own = d.entities(doc)
        if any(m.sent == s and m.type != "place" and m.entity not in own for m in doc.mentions):
            return False
        data = language_data(doc.lang)
        kinds = _occasion_kinds(data.code, data.root)
        s0, s1 = doc.sent_span[s]
        if s0 + 1 < s1 and any(kinds.get(lem) == "anaphor" for lem in doc.lemmas(s0)):
            triggers = _type_triggers(data.code, data.root).get(d.type, frozenset()) | self.ew.signing
            nxt = doc.readings[s0 + 1]
            if any(r.pos == "subst" and "gen" in r.cases for r in nxt) and doc.lemmas(s0 + 1).isdisjoint(
                triggers
            ):
                return False
        return True

    def _fuller_own_date(self, doc: Doc, d: Draft) -> str | None:
        """ "Firma A otrzymała tytuł Lider Innowacji 2025. Nagrodę wręczono w środę.": an event dated by the year of
        its edition's name takes the fuller date, within that year and not after the article's, of one of its own
        sentences that names no edition."""
        for k in sorted(d.sents):
            if self._edition_year(doc, k, d.type):
                continue
            date = self._date(doc, k)
            if date and len(date) > 4 and date.startswith(d.date or "") and not after_publication(doc, date):
                return date
        return None

    def _coming_dates(self, doc: Doc, events: list[Draft], types: tuple[str, ...]) -> None:
        """ "Na forum Alfa zaprasza Izba Beta. Spotkanie rozpocznie się w czwartek.": an undated gathering of
        `types` that its sentences tell with no past form takes the date of the next sentence of its paragraph when
        that sentence refers to a gathering of its type (``event_reference_nouns.tsv``, or a word referring back:
        ``date_occasions.tsv`` anaphor; not one of another edition, `other_edition` of ``event_cues.tsv``), tells no
        past and gives a date after the article's: it is planned."""
        if not doc.published:
            return
        data = language_data(doc.lang)
        refs = _references(data.code, data.root)
        edition = cues(doc.lang, "event_cues")
        other, this = edition.other_edition, edition.this_edition
        for d in events:
            if d.type not in types or d.date or d.status != "done":
                continue
            k = max(d.sents) + 1
            if k >= len(doc.sentences) or doc.break_between(k - 1, k):
                continue
            words = refs.get(d.type, frozenset())
            s0, s1 = doc.sent_span[k]
            if all(
                words.isdisjoint(doc.lemmas(i))
                # "Następna konferencja izby odbędzie się w maju": another edition, not this one ("To już kolejna
                # konferencja izby": this one, the latest of a series, after a word of `this_edition`)
                or any(
                    doc.lemmas(j) & other and not (j > s0 and doc.tokens[j - 1].lower in this)
                    for j in range(max(s0, i - 2), i)
                )
                for i in range(s0, s1)
            ):
                continue
            if sents_told_past(doc, (*d.sents, k)):
                continue
            date = self._date(doc, k)
            if date and after_publication(doc, date):
                d.date, d.status = date, "planned"
                d.sents.append(k)

    def _told_to_come(self, doc: Doc, d: Draft) -> bool:
        """Whether an event's date lies after the article's and its sentences tell no past."""
        return (
            bool(d.date)
            and doc.published is not None
            and after_publication(doc, d.date or "")
            and not sents_told_past(doc, d.sents)
        )

    def _coming_reports(self, doc: Doc, events: list[Draft], types: tuple[str, ...]) -> list[Draft]:
        """ "Misja odbędzie się 10-12 czerwca. Misję organizuje Izba Alfa.": an undated report of `types` told with
        no past form right after a planned event of its type, in its paragraph, that refers to it by a noun of the
        type (``event_reference_nouns.tsv``), is part of that event: its participants join it."""
        data = language_data(doc.lang)
        refs = _references(data.code, data.root)
        out: list[Draft] = []
        for d in events:
            first = min(d.sents)
            e = next(
                (e for e in out if e.type == d.type and e.status == "planned" and max(e.sents) == first - 1),
                None,
            )
            if (
                e is None
                or d.type not in types
                or d.date
                or d.status != "done"
                or doc.break_between(first - 1, first)
                or sents_told_past(doc, d.sents)
                or all(
                    refs.get(d.type, frozenset()).isdisjoint(doc.lemmas(i))
                    for i in range(*doc.sent_span[first])
                )
            ):
                out.append(d)
                continue
            have = e.entities(doc)
            e.participants += [(n, r) for n, r in d.participants if doc.mentions[n].entity not in have]
            e.sents += d.sents
        return out

    def _date_before(self, doc: Doc, first: int, reach: int) -> str | None:
        """The date of the nearest dated sentence among the `reach` before sentence `first`, not crossing a
        paragraph break."""
        for s in range(first - 1, max(-1, first - 1 - reach), -1):
            if doc.break_between(s, s + 1):
                return None
            date = self._date(doc, s)
            if date and _since_only(doc, s, date):
                # "Firma A unowocześni fabrykę funkcjonującą od 2011 r. Firma B wybuduje halę.": a date that opens a
                # period is when a state began, no time of the next sentence's happening
                continue
            if date:
                return date
        return None

    def _occasion_date(
        self, doc: Doc, d: Draft, occasions: list[tuple[frozenset[str], frozenset[str]]], coming: bool = False
    ) -> str | None:
        """ "Na Walnym Zgromadzeniu prezes podpisał umowę" after "27 listopada odbyło się Walne Zgromadzenie": an
        undated event whose sentence names an occasion takes the date of the nearest other sentence of the
        document that names the same occasion (or refers back to one: "Podczas wydarzenia, 9 maja, …")."""
        own = frozenset().union(*(occasions[s][1] for s in d.sents))
        if not own:
            return None
        named = {w for w in own if w != _ANAPHOR}
        first, last = min(d.sents), max(d.sents)
        order = sorted(
            (s for s in range(len(doc.sentences)) if s not in d.sents and occasions[s][0]),
            key=lambda s: (first - s if s < first else s - last, s > first),
        )
        for s in order:
            theirs = occasions[s][0]
            if (
                _marks_meet(named, theirs)
                or (_ANAPHOR in theirs and named)
                or (_ANAPHOR in own and theirs - {_ANAPHOR})
            ):
                date = self._date(doc, s)
                if date and (coming or not after_publication(doc, date)):
                    return date
        return None

    def _coming_occasion_date(self, doc: Doc, s: int, typ: str) -> str | None:
        """ "W ramach wizyty ma zostać podpisana umowa" after "12-13 listopada delegacja złoży wizytę": a plan
        or future in a sentence that names an occasion after a preposition takes the occasion's date, stated in
        another sentence (a date to come is one too)."""
        occasions = _occasions(doc)
        if not occasions[s][1]:
            return None
        return self._occasion_date(doc, Draft(typ, s, sents=[s]), occasions, coming=True)

    def _own_occasion_date(
        self,
        doc: Doc,
        d: Draft,
        occasions: list[tuple[frozenset[str], frozenset[str]]],
        told: dict[str, set[str]] | None = None,
    ) -> str | None:
        """ "Wyniki rankingu ogłoszono w 2024 roku. … Łódź zajęła drugie miejsce.": an undated event whose sentences
        name no occasion takes the one date that the document's sentences naming an occasion of its type give;
        where none does, the one date of the sentences that tell its kind of event took place ("12 maja wręczono
        nagrody. … Wyróżnienie zdobyła firma X": a past teller verb with a trigger noun of the type), else the one
        year of an edition of its type that the document names ("Laury Przedsiębiorczości 2024 rozdane")."""
        if any(occasions[s][0] for s in d.sents):
            return None
        data = language_data(doc.lang)
        own = _occasions_of_type(data.code, data.root).get(d.type, frozenset())
        dated = [(s, self._date(doc, s)) for s in range(len(doc.sentences)) if occasions[s][0] & own]
        # "Ranking organizowany jest od 2018 r.": a date that opens a period is no day of the occasion
        dates = {
            x
            for s, x in dated
            if x is not None and not after_publication(doc, x) and not _since_only(doc, s, x)
        }
        tellers = _tellers(data.code, data.root).get(d.type, frozenset())
        told_here = {
            x
            for s, x in dated
            if x in dates
            and any(
                r.pos in _PAST_REPORT and r.lemma in tellers
                for i in range(*doc.sent_span[s])
                for r in doc.readings[i]
            )
        }
        fullest = max(told_here, key=len, default=None)
        if len(dates) > 1 and fullest is not None and all(fullest.startswith(x) for x in dates):
            # "tegoroczna edycja rankingu … Nagrody wręczono we wtorek podczas gali": a year and a day within it
            # are one occasion's dates; the fullest dates it where its sentence tells the handing out itself (a
            # teller verb: not "Zgłoszenia przyjmowano od 1 do 31 marca", "Przygotowania do gali ruszyły …")
            dates = {fullest}
        if not dates:
            if told is None:
                told = {}
            if d.type not in told:
                told[d.type] = self._told_dates(doc, d.type)
            dates = told[d.type]
        return next(iter(dates)) if len(dates) == 1 else None

    def _told_dates(self, doc: Doc, typ: str) -> set[str]:
        """The dates of the document's sentences that tell an event of type ``typ`` took place (a past or impersonal
        verb of handing out of the type and a trigger noun of it: "12 maja wręczono nagrody"); where none gives one, the
        years of the editions of that type it names (``edition_nouns.tsv``, column type). None after the
        article's date."""
        data = language_data(doc.lang)
        tellers = _handing(data.code, data.root).get(typ, frozenset())
        nouns = _type_triggers(data.code, data.root).get(typ, frozenset())
        dates: set[str | None] = set()
        if tellers:
            for s, (s0, s1) in enumerate(doc.sent_span):
                readings = [r for i in range(s0, s1) for r in doc.readings[i]]
                if any(r.pos in _PAST_REPORT and r.lemma in tellers for r in readings) and any(
                    r.pos == "subst" and r.lemma in nouns for r in readings
                ):
                    dates.add(self._date(doc, s))
        out = {x for x in dates if x is not None and not after_publication(doc, x)}
        if not out:
            years = {self._edition_year(doc, s, typ, typed=True) for s in range(len(doc.sentences))}
            out = {x for x in years if x is not None}
        return out

    def _series_date(self, doc: Doc, d: Draft) -> str | None:
        """ "Zarząd strefy wydał we wtorek dwie decyzje o wsparciu. … Drugą decyzję otrzymała spółka Beta": an undated
        event whose first sentence names one of a series (an ordinal of ``date_words.tsv`` role ``series_ordinal``
        before a noun) took place when the nearest earlier sentence that names that noun in the plural says."""
        data = language_data(doc.lang)
        ordinals = date_word_role(data.code, "series_ordinal")
        first = min(d.sents)
        s0, s1 = doc.sent_span[first]
        nouns = {
            r.lemma
            for i in range(s0, s1 - 1)
            if doc.lemmas(i) & ordinals
            for r in doc.readings[i + 1]
            if r.pos == "subst"
        }
        # "Drugiego dnia misji …" picks a day of an occasion (`_nth_day`), not one of a series told before
        nouns -= _day_ordinals(data.code, data.root)[1]
        if not nouns:
            return None
        for s in range(first - 1, -1, -1):
            t0, t1 = doc.sent_span[s]
            if any(
                r.pos == "subst" and r.lemma in nouns and "pl" in r.numbers
                for i in range(t0, t1)
                for r in doc.readings[i]
            ):
                date = self._date(doc, s)
                return date if date and not after_publication(doc, date) else None
        return None

    def _signing_after(self, doc: Doc, d: Draft) -> str | None:
        """ "Strony zawarły porozumienie. Podpisanie dokumentu odbyło się podczas targów Expo 2018.": the next
        sentence of the paragraph that tells of the happening dates an undated event: one that names the gerund
        of a signing (an agreement, a letter of intent) or of a trigger of the event's own type ("Wręczenie
        nagród odbyło się 12 grudnia"), or a past verb that tells of an event of its type ("Wyniki ogłoszono
        5 marca" after an award: ``date_occasions.tsv``, kind teller); one that opens with a word referring back to the occasion ("Uroczystość
        odbyła się …"), with a noun of a visit's or conference's occasion ("Wizyta odbyła się …") or with a
        phrase of happening about "it" ("Miało to miejsce 4 lipca") dates any event."""
        s = max(d.sents) + 1
        if s >= len(doc.sentences) or doc.break_between(s - 1, s):
            return None
        s0, s1 = doc.sent_span[s]
        data = language_data(doc.lang)
        kinds = _occasion_kinds(data.code, data.root)
        own = _occasions_of_type(data.code, data.root).get(d.type, frozenset())
        if _happened_lead(data.code, data.root).match(doc.text, doc.sentences[s].start) or any(
            r.pos == "subst"
            and "nom" in r.cases
            and (kinds.get(r.lemma) == "anaphor" or (r.lemma in own and d.type in ("visit", "conference")))
            for r in doc.readings[s0]
        ):
            # "Uroczystość odbyła się 14 listopada.": the next sentence opens with a word that refers back to
            # the occasion just told, of any type; "Wizyta odbyła się 8 maja.": or with a noun of the occasion
            # of the visit or conference just told
            date = self._date(doc, s)
            return date if date and not after_publication(doc, date) else None
        if d.type in _SIGNED:
            gerunds = self.ew.signing
        else:
            gerunds = _type_triggers(data.code, data.root).get(d.type, frozenset())
        tellers = _tellers(data.code, data.root).get(d.type, frozenset())
        objects = _teller_objects(data.code, data.root).get(d.type)
        if objects and all(doc.lemmas(i).isdisjoint(objects) for i in range(s0, s1)):
            # "Decyzję podjęło w piątek walne zgromadzenie" tells a membership; "W piątek podjęła też współpracę
            # z uczelnią" does not: a teller of such a type tells only beside one of its objects
            tellers = frozenset()
        if (
            tellers
            and d.type == "investment"
            and not (_names_investor(doc, d, s) and _bare_object(doc, s, objects))
        ):
            # "Podobną decyzję odebrała w maju firma Beta": a decision handed to another firm dates none of this one;
            # "Decyzję środowiskową przekazano spółce w 2023 r.": nor another kind of decision than the zone's
            tellers = frozenset()
        for i in range(s0, s1):
            # a gerund reading of a word that reads as an infinitive too is the infinitive ("ma być gotowa": no
            # "bycie" of the trigger "być")
            infinitive = any(r.pos == "inf" for r in doc.readings[i])
            if any(
                (r.pos == "ger" and r.lemma in gerunds and not infinitive)
                or (r.pos in _PAST_REPORT and r.lemma in tellers)
                for r in doc.readings[i]
            ):
                date = self._date(doc, s)
                if d.type in _SIGNED:
                    return date
                return date if date and not after_publication(doc, date) else None
        return None

    def _reported_signing(self, doc: Doc, d: Draft) -> bool:
        """A past-tense signing verb ("podpisali", "podpisano", "zostało podpisane") in the event's sentences."""
        for s in d.sents:
            s0, s1 = doc.sent_span[s]
            for i in range(s0, s1):
                if doc.lemmas(i) & self.ew.signing and any(
                    r.pos in ("praet", "imps", "ppas") for r in doc.readings[i]
                ):
                    return True
        return False

    def _date(self, doc: Doc, s: int, at: list[int] | None = None, typ: str = "") -> str | None:
        """The first date of sentence ``s``, else the year of an edition it names. Where the sentence gives
        several dates, one of the trigger's clause (tokens ``at``) wins: "Zakład, którego budowa ruszyła w
        2019 r., otwarto 5 maja" dates the opening 5 May, and the start of the building 2019."""
        if typ in _SPANNING and at:
            days = _trip_days(doc, s, at)
            if days:
                return days
        sent = doc.sentences[s]
        found = [
            dm
            for dm in doc.dates
            if sent.start <= dm.start < sent.end and dm.value and dm.kind != "year_range"
        ]
        datelines = [dm for dm in found if _dateline(doc, dm.start, dm.end)]
        if datelines and (
            len({dm.value for dm in found}) > 1 or typ == "investment" or self._to_come(doc, s, at)
        ):
            # "Kielce, 3 marca 2025 r. – Strefa wydała w ubiegłym roku 12 decyzji": the dateline dates the article,
            # the other date of its sentence the happening; "Płock, 21.04.2026 – Firma zbuduje …": an
            # investment reported as news, or anything to come, has no date of the article (a meeting or a signing
            # told in the dateline's sentence happened on the article's day)
            found = [dm for dm in found if dm not in datelines]
        reported = getattr(self, "_reported_clause", None)
        span = reported(doc, s, at) if reported is not None and at and found else None
        if span is not None:
            # "Spółka zapowiedziała w piątek, że rozbuduje zakład w 2027 r.": a thing reported takes the dates of its
            # own clause, not the report's day; told to come with no date of its own it has none ("poinformowała
            # we wtorek, że wybuduje halę"); a deed told in the past keeps the report's day where it has no other
            j, end = span
            lo, hi = doc.tokens[j].start, doc.tokens[end - 1].end
            # not its own: a date of a relative clause inside it that holds no trigger ("umowę z firmą X, która działa
            # od 1995 r."; but "A, który w lutym uruchomił linię, zatrudni …" dates the line), one
            # that opens a period ("od …") and, for a deed done, a limit ("…, która obowiązuje do końca 2030 r.")
            others = [
                (a, b) for a, b in relative_clauses(doc, j, end) if b > a and not any(a <= i < b for i in at)
            ]
            inner = [(doc.tokens[a].start, doc.tokens[b - 1].end) for a, b in others]
            data = language_data(doc.lang)
            since = _since(data.code, data.root)
            to_come = self._to_come(doc, s, at)
            own = [
                dm
                for dm in found
                if lo <= dm.start < hi
                and not any(a <= dm.start < b for a, b in inner)
                and not since.search(doc.text, max(0, dm.start - 16), dm.start)
                and (to_come or not dm.deadline)
            ]
            if own:
                found = own
            elif self._clause_to_come(doc, j, end, others):
                return None
        if any(dm.deadline for dm in found) and not self._to_come(doc, s, at):
            # "podpisali umowę, która obowiązuje do końca 2021 r.": a limit bounds a plan or a term, it is no time
            # of what happened; only an event still to come takes it ("umowa ma być podpisana do końca maja")
            found = [dm for dm in found if not dm.deadline]
        if found and (
            typ in _ONCE
            or (typ in _SIGNED and at and any(r.pos in _PREDICATES for i in at for r in doc.readings[i]))
        ):
            # "Jan Kowal, prezes od 1 stycznia 2020 r., podpisał umowę", "Od stycznia strefa wydała 23 decyzje": a
            # date that opens a period ("od" with no end) is the start of a term or of a tally, no time of a signing
            # told by a verb nor of a happening that takes place once (a state, "są miastami partnerskimi od 1994
            # roku", "współpracuje od 2015 r.", dates from when it holds); but with a verb of a lasting happening in the
            # present tense in its clause the date opens that happening ("Od wtorku w Łodzi przebywa delegacja", "Od lutego
            # spółka buduje zakład": it began that day)
            data = language_data(doc.lang)
            since = _since(data.code, data.root)
            found = [
                dm
                for dm in found
                if "/" in (dm.value or "")
                or not since.search(doc.text, max(0, dm.start - 16), dm.start)
                or (typ in _LASTING and _going_on(doc, s, dm.start))
            ]
        if at:
            # "Firma Alfa, która w 2019 r. otworzyła zakład, wybuduje halę": of triggers in the main clause and in a
            # relative one, the main clause's verb tells the event; the relative clause's dates are another
            # happening's
            main = [
                i
                for i in at
                if _relative_clause(doc, s, doc.tokens[i].start) == -1
                and any(
                    r.pos in _PREDICATES for r in doc.readings[i]
                )  # a verb, not a noun ("w kategorii inwestycji")
            ]
            if main and len(main) < len(at):
                at = main
                found = [
                    dm
                    for dm in found
                    if _relative_clause(doc, s, dm.start) == -1 or _occasion_clause(doc, s, dm.start)
                ]
        if at and len({dm.value for dm in found}) > 1:
            deed = _deed_of_noun(doc, s, at, found)
            if deed:
                # "list intencyjny w sprawie drogi do zakładu, który firma otworzyła w styczniu": a plant noun told by
                # no verb of its own takes the date of the relative clause after it that opens or builds it
                return _day_within_year(deed)
            clause = _relative_clause(doc, s, doc.tokens[at[0]].start)
            own = [dm for dm in found if _relative_clause(doc, s, dm.start) == clause]
            if len({dm.value for dm in own}) > 1 and (
                any(r.pos in _PREDICATES for i in at for r in doc.readings[i])
                or split_part(doc, s, at) is not None
            ):
                # "A podpisała umowę 5 marca, a 10 kwietnia B otworzyła zakład": of the clauses joined by a
                # comma and a conjunction, the one whose predicate is the trigger gives its date (a noun trigger
                # may be named in any clause)
                part = _coordinate_clause(doc, s, doc.tokens[at[0]].start)
                own = [dm for dm in own if _coordinate_clause(doc, s, dm.start) == part] or own
            if own:
                return _day_within_year(own)
        if at and found:
            # "umowę z Gminą, która w przyszłym roku wybuduje drogę": a date in a relative clause that tells no
            # event of the lexicon is the background of what that clause says, no date of the trigger
            clause = _relative_clause(doc, s, doc.tokens[at[0]].start)
            found = [
                dm
                for dm in found
                if _relative_clause(doc, s, dm.start) in (clause, -1)
                or self._tells_event(doc, s, dm.start, typ)
                or _occasion_clause(doc, s, dm.start)
            ]
        if found:
            return _day_within_year(found)
        return self._edition_year(doc, s, typ)

    def _dated_clauses(self, doc: Doc, s: int, types: dict[str, list[int]]) -> list[tuple[str, list[int]]]:
        """Each event type of sentence ``s`` with its triggers, those of one type split by the coordinate clauses they
        stand in where each of those clauses gives a date of its own and no two the same ("W ubiegłym roku firma
        uruchomiła oddział w Tallinnie, a w 2027 r. otworzy centrum w Elblągu", "A otrzymała decyzję 3 lutego, natomiast B
        rozpoczęła budowę w kwietniu"): two happenings, each of its clause's time, where the clauses name actors or
        places of their own (`_named_apart`; not "5 marca A otworzyła zakład, a B rozpoczęła budowę hali": the clause
        with no date shares the sentence's; nor "A otrzymała decyzję w 2025 r., a budowę hali zakończy w 2027 r.":
        the steps of one plant)."""
        out: list[tuple[str, list[int]]] = []
        dates = _clause_dates(doc, s)
        if len(dates) > 1:
            self._note_clause_actors(doc, s, types)
        for typ, at in types.items():
            if typ in _SPANNING:
                out.append((typ, at))  # the parts of one trip are one visit (`_trip_days`)
                continue
            groups: dict[int, list[int]] = {}
            for i in at:
                groups.setdefault(_coordinate_clause(doc, s, doc.tokens[i].start), []).append(i)
            if len(groups) > 1 and _apart_dated(dates, groups) and _named_apart(doc, s, groups):
                out += [(typ, group) for group in groups.values()]
            else:
                out.append((typ, at))
        return out

    def _note_clause_actors(self, doc: Doc, s: int, types: dict[str, list[int]]) -> None:
        """Keep in ``doc.clause_actors`` the entities that the events of sentence ``s`` take in a subject role
        (investor, party, recipient), by the coordinate clause their mention stands in: not a witness ("w obecności
        przedstawicieli strefy"), a host or a zone, which a clause names beside the one who acts."""
        ms = doc.mentions
        actors: dict[int, set[int]] = {}
        for typ, at in types.items():
            for n, role in self._participants(doc, s, typ, at):  # type: ignore[attr-defined]
                if role in _SUBJECT_ROLES and ms[n].sent == s:
                    actors.setdefault(_coordinate_clause(doc, s, doc.tokens[ms[n].t0].start), set()).add(
                        ms[n].entity
                    )
        doc.clause_actors[s] = {k: frozenset(v) for k, v in actors.items()}

    def _to_come(self, doc: Doc, s: int, at: list[int] | None) -> bool:
        """Whether the trigger at tokens ``at`` of sentence ``s`` tells a plan or a future (a neighbour sentence's
        date, asked for without a trigger, dates a done event)."""
        modality = getattr(self, "_modality", None)
        if not at or modality is None:
            return False
        return modality(doc, s, at) in ("plan", "future", "state_to_come")

    def _tells_event(self, doc: Doc, s: int, start: int, typ: str) -> bool:
        """Whether the relative clause of sentence ``s`` around offset ``start`` holds a trigger or action word of
        an event of type ``typ`` (any type where ``typ`` is empty)."""
        rows = getattr(self, "_word_rows", None)
        if rows is None:
            return True
        clause = _relative_clause(doc, s, start)
        s1 = doc.sent_span[s][1]
        inside_dates = [(dm.start, dm.end) for dm in doc.dates if dm.start <= doc.sentences[s].end]
        k = clause + 1
        while k < s1 and (
            doc.tokens[k].text != ","
            or any(a <= doc.tokens[k].start < b for a, b in inside_dates)  # "w środę, 5 marca"
        ):
            for lem in doc.lemmas(k):
                if any(not typ or typ in t.split("|") for _kind, t in rows.get(lem, ())):
                    return True
            k += 1
        return False

    def _edition_year(self, doc: Doc, s: int, typ: str = "", typed: bool = False) -> str | None:
        """ "podczas targów Woda 2019": the year that names an edition of a fair, forum or ranking (not a later
        one than the article's: "Strategia 2030" is a horizon); with an event type, also the year that names
        what a noun of that type's triggers names ("otrzymała tytuł Gazela Biznesu 2019": the award's own name)."""
        s0, s1 = doc.sent_span[s]
        named: frozenset[str] = frozenset()
        editions = self._edition_nouns
        if typ:
            data = language_data(doc.lang)
            named = _type_triggers(data.code, data.root).get(typ, frozenset())
            if typed:  # only the nouns of editions of that type ("ranking", not "targi", for an award)
                editions = _editions_of_type(data.code, data.root).get(typ, frozenset())
        latest = int(doc.published[:4]) if doc.published and doc.published[:4].isdigit() else None
        edition_words = _edition_words(doc.lang)
        # "Miasta Przyszłości 2022/23": an edition that runs into the next year is named by the range
        ranges = {
            dm.start: dm.value
            for dm in doc.dates
            if dm.kind == "year_range"
            and dm.value
            and doc.tokens[s0].start <= dm.start < doc.tokens[s1 - 1].end
        }
        for i in range(s0 + 1, s1):
            text = doc.tokens[i].text
            if not (len(text) == 4 and text.isdigit()):
                continue
            # "laureat edycji 2023 konkursu": a year right after the word for an edition names it
            after_edition = bool(doc.lemmas(i - 1) & edition_words)
            if not (doc.tokens[i - 1].is_cap or after_edition):
                continue
            year = int(text)
            if year < 1990 or (latest is not None and year > latest) or (latest is None and year > 2039):
                continue
            value = ranges.get(doc.tokens[i].start, text)
            if value != text and (latest is not None and int(value[-4:]) > latest + 1):
                value = text
            if after_edition and not typed:
                return value
            window = range(s0, s1) if after_edition else range(max(s0, i - EDITION_REACH), i)
            if any(doc.lemmas(k) & editions for k in window) or any(
                r.pos == "subst" and r.lemma in named for k in window for r in doc.readings[k]
            ):
                return value
        return None


_ANAPHOR = "\x00anaphor"

# the verb forms that are a clause's predicate
_PREDICATES = tag_classes().predicate
_PAST_REPORT = tag_classes().past_report
# the verb forms by which a relative clause tells a happening ("którą podpisały", "które oddała", "która zostanie otwarta")
_FINITE_TELLING = tag_classes().telling_verb


_SIGNED = ("agreement", "letter_of_intent")
# types of happenings that take place once (an act, a decision, a gathering), never a state that holds "since" a date
_ONCE = ("investment", "award", "visit", "conference")
# types of happenings that last (a building, a stay, a fair): "od <date>" with a verb in the present tense opens one going
# on; a signing or an award is a moment ("Od 2018 r. zdobywa nagrody" tells a series of them)
_LASTING = ("investment", "visit", "conference")
# types of happenings that span their days (an ordinal day names a day within them, not their date)
_SPANNING = ("visit", "conference")


def _deed_of_noun(doc: Doc, s: int, at: list[int], found: list[DateMention]) -> list[DateMention]:
    """The dates of the relative clause right after the trigger nouns at `at` (none of them a verb) where that clause
    tells, in the past, the plant's building or opening (a `plant_verb` of event_cues.tsv): "zakładu, który firma
    otworzyła w styczniu"."""
    if any(r.pos in _PREDICATES for i in at for r in doc.readings[i]):
        return []
    s1 = doc.sent_span[s][1]
    plant = cues(doc.lang, "event_cues").plant_verb
    for i in at:
        k = i + 1
        if k >= s1 or not opens_relative(doc, k, s1):
            continue
        end = doc.comma_stretch(k + 1, k + 1, s1)[1]
        if any(r.pos == "praet" and r.lemma in plant for j in range(k + 1, end) for r in doc.readings[j]):
            lo, hi = doc.tokens[k].end, doc.tokens[end - 1].end
            return [dm for dm in found if lo <= dm.start < hi]
    return []


def _founded_before(doc: Doc, d: Draft, events: list[Draft]) -> bool:
    """ "Uczelnia przystąpiła 12 września do klastra Alfa. Klaster powstał trzy lata wcześniej.": the founding
    of an organisation that an event of an earlier sentence already has as a participant is its background, no
    happening of that event's day."""
    if d.type != "founding":
        return False
    founded = {doc.mentions[n].entity for n, r in d.participants if r == "founded"}
    first = min(d.sents)
    return any(e is not d and min(e.sents) < first and founded & e.entities(doc) for e in events)


def _same_day_told(doc: Doc, d: Draft) -> bool:
    """ "Klaster powołano tego samego dnia.": the event's sentence says it happened on the day just told
    (``date_words.tsv`` role ``same_day``)."""
    data = language_data(doc.lang)
    pattern = _phrase_pattern(data.code, data.root, "same_day", lookbehind=True)
    return any(pattern.search(doc.text, doc.sentences[s].start, doc.sentences[s].end) for s in d.sents)


@cache
def _phrase_pattern(code: str, root: Path, role: str, *, lookbehind: bool = False) -> re.Pattern[str]:
    """The phrases of one role of ``date_words.tsv`` as one pattern: longest first, any spaces between their words,
    ending at a word's end (and starting at a word's start where `lookbehind`)."""
    phrases = sorted(date_word_role(code, role), key=len, reverse=True)
    alts = "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)
    lead = r"(?<!\w)" if lookbehind else ""
    return re.compile(rf"{lead}(?:{alts})(?!\w)" if alts else r"(?!)", re.IGNORECASE)


def _signing_at_a_stop(doc: Doc, events: list[Draft]) -> None:
    """ "W dniach 4–8 maja firmy odwiedziły Oslo i Bergen. W Bergen spółka Alfa podpisała umowę z firmą Beta.": an
    undated signing told as done in a town that an earlier sentence names as a stop of a dated visit told as done
    took place during that visit, and takes its date (not the article's)."""
    home = _dateline_town_name(doc)  # once per document, not once per signing
    # the paragraphs' breaks, found once per document where a signing needs them
    breaks: list[int] | None = None
    for e in events:
        if e.type not in _SIGNED or e.date or e.status != "done" or e.place is None:
            continue
        town = doc.mentions[e.place].entity
        if town < 0:
            continue
        if doc.mentions[e.place].name.lower() == home:
            continue  # "Kielce, 12 marca … W Kielcach spółka A podpisała …": news from home, of the article's day
        if breaks is None:
            breaks = _paragraph_breaks(doc)
        para = _paragraph(doc, min(e.sents), breaks)
        for d in events:
            if d.type != "visit" or not d.date or d.status != "done" or min(d.sents) >= min(e.sents):
                continue
            if para - _paragraph(doc, max(d.sents), breaks) > 1:
                continue  # the signing is told in the visit's paragraph or the next one only
            if any(m.entity == town and m.sent in d.sents and m.sent < min(e.sents) for m in doc.mentions):
                e.date = d.date
                break


def apart_from_occasion(doc: Doc, s: int) -> bool:
    """Sentence ``s`` tells a time apart from every occasion it names (``date_occasions.tsv`` kind occasion): each
    occasion's noun stands within two words after a word of ``date_words.tsv`` occasion_outside ("po", "przed") that
    follows a noun of a span of time (``event_cues.tsv`` time_span: "kilka tygodni po misji", "tydzień przed targami")
    or a word of occasion_before ("jeszcze przed misją"); not "tuż przed rozpoczęciem forum", "po wizycie" (on its day),
    "podczas misji", nor "W czasie misji, zorganizowanej tydzień przed targami, …" (the mission names its days)."""
    data = language_data(doc.lang)
    nouns = _occasion_nouns(data.code, data.root)
    before = date_word_role(data.code, "occasion_before")
    outside = date_word_role(data.code, "occasion_outside")
    spans = cues(doc.lang, "event_cues").time_span
    s0, s1 = doc.sent_span[s]
    named = False
    for i in range(s0, s1):
        if doc.keys[i].isdisjoint(nouns):
            continue
        if not any(
            doc.tokens[k].lower in outside
            and k > s0
            and (doc.lemmas(k - 1) & spans or doc.tokens[k - 1].lower in before)
            for k in range(max(s0, i - 2), i)
        ):
            return False  # an occasion the sentence's happening is of
        named = True
    return named


_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _paragraph_breaks(doc: Doc) -> list[int]:
    """The ends of the blank lines that part the text's paragraphs, in text order (`_paragraph`'s index)."""
    return [m.end() for m in _BLANK_LINE.finditer(doc.text)]


def _paragraph(doc: Doc, s: int, breaks: list[int]) -> int:
    """The paragraph (blocks of text between blank lines) that sentence s opens in: the number of the breaks
    (`_paragraph_breaks`) that end at or before its first token."""
    return bisect_right(breaks, doc.tokens[doc.sent_span[s][0]].start)


def _dateline_town_name(doc: Doc) -> str | None:
    """The town of the article's dateline ("Kielce, 12 marca 2026 r."), lower-cased, or None."""
    for dm in doc.dates:
        if _dateline(doc, dm.start, dm.end):
            line = doc.text.rfind("\n", 0, dm.start) + 1
            return doc.text[line : dm.start].strip().rstrip(",").strip().lower()
    return None


def _signing_day_of_gathering(doc: Doc, events: list[Draft]) -> None:
    """ "Podczas targów Alfa izby A i B podpisały memorandum. Dokument sygnowano w środę.": an undated gathering
    told in the sentence of a signing that the text dates took place on that day too, where the signing is said to
    happen during it (`_signed_during`)."""
    for d in events:
        if d.type != "conference" or d.date or d.status != "done":
            continue
        for e in events:
            if e.type not in _SIGNED or not e.date or e.status != "done":
                continue
            shared = sorted(set(e.sents) & set(d.sents))
            if shared and _signed_during(doc, shared[0], e):
                d.date = e.date
                break


def _signed_during(doc: Doc, s: int, e: Draft) -> bool:
    """The signing of sentence ``s`` is said to happen during the gathering it names: the gathering's noun
    (``date_occasions.tsv``, type conference) follows a word of "during" (``date_words.tsv`` role ``during_lead``:
    "podczas targów", "na forum") outside a relative clause ("firmy, które poznały się na targach, podpisały umowę"
    does not), and the sentence that gives the signing's date is that sentence, or one right after it or of the
    signing's own that names no place and no later time ("Umowę podpisano tydzień później, 21 maja", "… odbyło się
    19 maja w siedzibie spółki w Kielcach" tell another occasion)."""
    data = language_data(doc.lang)
    nouns = _occasions_of_type(data.code, data.root).get("conference", frozenset())
    leads = date_word_role(data.code, "during_lead")
    s0, s1 = doc.sent_span[s]
    during = False
    for k in range(s0, s1):
        if doc.lemmas(k).isdisjoint(nouns):
            continue
        words = [doc.tokens[j].lower for j in range(max(s0, k - 2), k)]
        if not (words[-1:] and words[-1] in leads) and " ".join(words[-2:]) not in leads:
            continue
        a, _b = doc.comma_stretch(k, s0, s1)
        if a > s0 and opens_relative(doc, a - 1, s1):
            continue
        during = True
        break
    if not during:
        return False
    for t in sorted({s, s + 1, *e.sents}):
        if t < s or t >= len(doc.sentences):
            continue
        sent = doc.sentences[t]
        if not any(sent.start <= dm.start < sent.end and dm.value == e.date for dm in doc.dates):
            continue
        if t == s:
            return True
        t0, t1 = doc.sent_span[t]
        later = date_word_role(data.code, "later_word")
        if any(doc.tokens[j].lower in later for j in range(t0, t1)):
            return False
        return not any(doc.mentions[n].type == "place" for n in doc.mentions_in(t))
    return False


def _same_type_date(doc: Doc, d: Draft, events: list[Draft]) -> str | None:
    """ "14 czerwca samorządy podpisały list intencyjny. List podpisali: …": an undated signing takes the date of
    the document's other signings of its type (events, or reports that joined none: "We wtorek przedstawiciele gmin
    spotkali się, aby podpisać list intencyjny") where they all have one and the same (not after the article's)."""
    if d.type not in _SIGNED:
        return None  # two conferences or visits of one text are seldom one happening
    dates = {
        e.date
        for e in events
        if e is not d and e.type == d.type and e.status != "planned" and not _dated_in_relative_clause(doc, e)
    }
    if len(dates) != 1:
        return None
    date = dates.pop()
    return date if date and not after_publication(doc, date) else None


def _since_only(doc: Doc, s: int, date: str) -> bool:
    """Every mention of ``date`` in sentence ``s`` opens a period ("od 2013 r.": date_words range_from right before
    it) and is no range of its own."""
    data = language_data(doc.lang)
    since = _since(data.code, data.root)
    sent = doc.sentences[s]
    found = [dm for dm in doc.dates if dm.value == date and sent.start <= dm.start < sent.end]
    return bool(found) and all(
        "/" not in date and since.search(doc.text, max(0, dm.start - 16), dm.start) for dm in found
    )


def _dated_in_relative_clause(doc: Doc, e: Draft) -> bool:
    """Event e's date is written only inside relative clauses of its sentences ("Izba Alfa, która w 2024 r.
    podpisała umowę z Izbą Beta, …"): the background of another actor, no day that the document's news happened on."""
    where = [
        (s, dm.start)
        for s in set(e.sents)
        for dm in doc.dates
        if dm.value == e.date and doc.sentences[s].start <= dm.start < doc.sentences[s].end
    ]
    return bool(where) and all(_relative_clause(doc, s, start) != -1 for s, start in where)


def _summary_year(doc: Doc, d: Draft, memo: list[str | None]) -> str | None:
    """ "Strefa Alfa podsumowała 2023 rok. … wydała 12 zezwoleń": an undated investment of a document that sums up
    one year took place in that year (``date_words.tsv`` role ``summary_verb``; the first such sentence with one
    year only). The year is the document's, so it is looked for once and kept in ``memo``."""
    if d.type != "investment":
        return None
    if not memo:
        memo.append(_document_summary_year(doc))
    return memo[0]


def _document_summary_year(doc: Doc) -> str | None:
    data = language_data(doc.lang)
    verbs = date_word_role(data.code, "summary_verb")
    if not verbs:
        return None
    for s in range(len(doc.sentences)):
        s0, s1 = doc.sent_span[s]
        if not any(doc.lemmas(i) & verbs for i in range(s0, s1)):
            continue
        sent = doc.sentences[s]
        years = {dm.value for dm in doc.dates if sent.start <= dm.start < sent.end and dm.kind == "year"}
        if len(years) == 1:
            year = years.pop()
            return year if year and not after_publication(doc, year) else None
    return None


def after_publication(doc: Doc, value: str) -> bool:
    """Whether a date begins after the article's date: a coming occasion ("kolejne spotkanie odbędzie się
    5 czerwca") dates no event the article reports as done."""
    pub, date = date_interval(doc.published), date_interval(value)
    return pub is not None and date is not None and date[0] > pub[1]


def reaches_past_publication(doc: Doc, value: str) -> bool:
    """Whether a date ends after the article's date, so that a time to come can lie in it: a later date, or a year
    or month that holds the article's day ("Firma zainwestuje w tym roku" in February → the year, to come)."""
    pub, date = date_interval(doc.published), date_interval(value)
    return pub is not None and date is not None and date[1] > pub[1]


# what follows a dateline's date on the text's first line: the first sentence
_DATELINE_SENTENCE = re.compile(r"\s+([^\W\d_])")


def _opens_sentence(text: str, end: int) -> bool:
    """Whether a capitalised word follows offset ``end`` after white space."""
    m = _DATELINE_SENTENCE.match(text, end)
    return m is not None and m[1].isupper()


# the most characters of a dateline's town before its date
_DATELINE_TOWN = 40


def _dateline(doc: Doc, start: int, end: int) -> bool:
    """Whether the date at ``start``-``end`` is a dateline: at the head of its line, after a town and a comma only,
    before a dash, or on the text's first line before the first sentence ("Kielce, 3 marca 2025 r. Spółka …")."""
    line = doc.text.rfind("\n", 0, start) + 1
    head = doc.text[line:start].strip()
    return (
        0 < len(head) <= _DATELINE_TOWN
        and head.endswith(",")
        and not any(c in head[:-1] for c in ".,;:")
        and (
            DATELINE_DASH.match(doc.text, end) is not None
            or (not doc.text[:line].strip() and _opens_sentence(doc.text, end))
        )
    )


def _clause_tells(doc: Doc, s: int, clause: int, dm: DateMention, verbs: frozenset[str]) -> bool:
    """Whether the relative clause opened at token ``clause`` of sentence ``s`` (up to its next comma that is no
    part of the date ``dm``) holds a verb form of `telling_verb` whose lemma is one of ``verbs`` (a verb, not a noun:
    "której inwestycję strefa wsparła")."""
    s1 = doc.sent_span[s][1]
    k = clause + 1
    while k < s1 and (doc.tokens[k].text != "," or dm.start <= doc.tokens[k].start < dm.end):
        if any(r.pos in _FINITE_TELLING and r.lemma in verbs for r in doc.readings[k]):
            return True
        k += 1
    return False


def _relative_clause(doc: Doc, s: int, start: int) -> int:
    """The relative clause of sentence ``s`` that offset ``start`` lies in (the token of the comma that opens it,
    before a relative pronoun or an adjectival participle; it runs to the next comma or the sentence's end), or -1 for the main clause."""
    s0, s1 = doc.sent_span[s]
    clause = -1
    for i in range(s0, s1):
        tok = doc.tokens[i]
        if tok.start > start:
            break
        if tok.text == ",":
            opens = i + 1 < s1 and _participle(doc, i + 1)
            clause = i if opens or opens_relative(doc, i, s1) else -1
    return clause


def _edition_words(lang: str) -> frozenset[str]:
    data = language_data(lang)
    return date_word_role(data.code, "edition")


# how many tokens before an edition's year its noun may stand ("w rankingu fDi European Cities and Regions of the
# Future 2024/25": a foreign name runs long)
EDITION_REACH = 12

# how many tokens before the comma of a relative clause its occasion noun may stand ("podczas gali Lider Roku 2023, która …")
OCCASION_REACH = 6


def _occasion_clause(doc: Doc, s: int, start: int) -> bool:
    """Whether offset ``start`` of sentence ``s`` lies in a relative clause that tells when an occasion took place,
    the occasion named after a preposition right before it: "Podczas gali, która odbyła się 12 maja, firma
    otrzymała nagrodę" dates the award by its gala (date_words role happened_verb; date_occasions.tsv)."""
    clause = _relative_clause(doc, s, start)
    if clause < 0:
        return False
    data = language_data(doc.lang)
    verbs = date_word_role(data.code, "happened_verb")
    words = frozenset(_occasion_kinds(data.code, data.root))
    if not verbs or not words:
        return False
    k = clause + 1
    while k < len(doc.tokens) and doc.tokens[k].start < start:
        if doc.lemmas(k) & verbs:
            break
        k += 1
    else:
        return False
    s0 = doc.sent_span[s][0]
    for i in range(clause - 1, max(s0, clause - 1 - OCCASION_REACH), -1):
        if doc.keys[i] & words:
            return any(doc.is_preposition(k) for k in range(max(s0, i - 2), i))
    return False


def _coordinate_clause(doc: Doc, s: int, start: int) -> int:
    """The coordinate clause of sentence ``s`` that offset ``start`` lies in: the token of the comma or semicolon
    that opens it (a comma before a conjunction that joins clauses: ", a", ", natomiast"; date_words role
    clause_conj), or -1 for the first."""
    data = language_data(doc.lang)
    conj = date_word_role(data.code, "clause_conj")
    s0, s1 = doc.sent_span[s]
    part = -1
    for i in range(s0, s1):
        tok = doc.tokens[i]
        if tok.start > start:
            break
        if tok.text == ";" or (tok.text == "," and i + 1 < s1 and doc.tokens[i + 1].text.lower() in conj):
            part = i
    return part


def _clause_dates(doc: Doc, s: int) -> dict[int, frozenset[str]]:
    """The date values of each coordinate clause of sentence ``s`` (keyed as `_coordinate_clause` keys them), no
    dateline's."""
    sent = doc.sentences[s]
    out: dict[int, set[str]] = {}
    for dm in doc.dates:
        if (
            sent.start <= dm.start < sent.end
            and dm.value
            and dm.kind != "year_range"
            and not _dateline(doc, dm.start, dm.end)
        ):
            out.setdefault(_coordinate_clause(doc, s, dm.start), set()).add(dm.value)
    return {k: frozenset(v) for k, v in out.items()}


def _apart_dated(dates: dict[int, frozenset[str]], parts: Iterable[int]) -> bool:
    """Each of the coordinate clauses ``parts`` gives a date of its own (``dates``: `_clause_dates`), no two the
    same."""
    own = [dates.get(part, frozenset()) for part in parts]
    return all(own) and all(a.isdisjoint(b) for n, a in enumerate(own) for b in own[n + 1 :])


def _named_apart(doc: Doc, s: int, parts: Iterable[int]) -> bool:
    """Each coordinate clause ``parts`` of sentence ``s`` names actors, or places, of its own: for one of the two
    kinds, every clause names one and no two clauses the same one. The actors are those its events take in a subject
    role (``doc.clause_actors``: "A 3 marca otrzymała decyzję, a 10 marca B rozpoczęła budowę"; not "… a 5 września
    zakład otwarto w obecności przedstawicieli strefy"); a clause with none of its own shares the first clause's ("A
    3 marca podpisała umowę z B, a 10 marca z C": A signs both)."""
    parts = sorted(parts)
    actors = doc.clause_actors.get(s, {})
    first = actors.get(parts[0], frozenset())
    # a clause with no predicate of its own shares the first clause's, and its subject ("…, a 10 marca z C")
    own = [
        actors.get(part, frozenset()) | (first if not _has_predicate(doc, s, part) else frozenset())
        for part in parts
    ]
    own = [o or first for o in own]
    if all(own) and all(a.isdisjoint(b) for k, a in enumerate(own) for b in own[k + 1 :]):
        return True
    ms = doc.mentions
    named: dict[int, set[int]] = {part: set() for part in parts}
    for n in doc.mentions_in(s):
        if ms[n].type == "place":
            part = _coordinate_clause(doc, s, doc.tokens[ms[n].t0].start)
            if part in named:
                named[part].add(ms[n].entity)
    places = list(named.values())
    return all(places) and all(a.isdisjoint(b) for k, a in enumerate(places) for b in places[k + 1 :])


def _has_predicate(doc: Doc, s: int, part: int) -> bool:
    """The coordinate clause ``part`` of sentence ``s`` holds a finite verb form of its own (`_PREDICATES`)."""
    s0, s1 = doc.sent_span[s]
    return any(
        r.pos in _PREDICATES
        for i in range(part + 1 if part >= 0 else s0, s1)
        if _coordinate_clause(doc, s, doc.tokens[i].start) == part
        for r in doc.readings[i]
    )


# the roles of those who act in an event (the subject of its clause), not of its host, zone or witnesses
_SUBJECT_ROLES = frozenset({"investor", "party", "recipient"})


def _trip_days(doc: Doc, s: int, at: list[int]) -> str | None:
    """ "We wtorek delegacja odwiedziła strefę, a w środę goście odwiedzili port": a visit (or gathering) whose
    triggers stand in two or more coordinate clauses of sentence ``s``, each with a day of its own, lasted from the
    first of those days to the last (one trip, annotation.md)."""
    parts = {_coordinate_clause(doc, s, doc.tokens[i].start) for i in at}
    if len(parts) < 2:
        return None
    dates = _clause_dates(doc, s)
    if not _apart_dated(dates, parts):
        return None
    days = sorted(v for part in parts for v in dates[part])
    if not all(len(v) == 10 for v in days):
        return None
    if (_dt.date.fromisoformat(days[-1]) - _dt.date.fromisoformat(days[0])).days > _TRIP_DAYS:
        return None  # "12 marca delegacja odwiedziła Łuck, a 20 maja …": two trips
    back = cues(doc.lang, "event_cues").return_visit
    s0, s1 = doc.sent_span[s]
    if any(
        doc.lemmas(i) & back
        for i in range(s0, s1)
        if _coordinate_clause(doc, s, doc.tokens[i].start) > min(parts)
    ):
        return None  # "…, a 12 września delegacja miasta złożyła rewizytę w Prudniku": a visit paid back
    if _new_actor_before_trigger(doc, s, at, sorted(parts)):
        return (
            None  # "5 czerwca delegacja z Saksonii odwiedziła park, a 7 czerwca firmy z Moraw …": two visits
        )
    return f"{days[0]}/{days[-1]}"


# the most days between the first and the last day of one trip told in two dated clauses
_TRIP_DAYS = 7


def _new_actor_before_trigger(doc: Doc, s: int, at: list[int], parts: list[int]) -> bool:
    """A later clause of ``parts`` names, before its first trigger, an organisation or place that the first clause
    does not: a visitor of its own ("a 12 września delegacja Miasta Krnov złożyła rewizytę"), not "a w środę goście
    odwiedzili port", "a potem uczestnicy misji spotkali się z …"."""
    ms = doc.mentions
    first: set[int] = set()
    later: list[tuple[int, int]] = []
    for n in doc.mentions_in(s):
        if ms[n].type not in ("organization", "place"):
            continue
        part = _coordinate_clause(doc, s, doc.tokens[ms[n].t0].start)
        if part == parts[0]:
            first.add(ms[n].entity)
        elif part in parts:
            later.append((n, part))
    for n, part in later:
        opens = min(i for i in at if _coordinate_clause(doc, s, doc.tokens[i].start) == part)
        if ms[n].t0 < opens and ms[n].entity not in first:
            return True
    return False


def split_part(doc: Doc, s: int, at: list[int]) -> int | None:
    """The coordinate clause of sentence ``s`` that holds all the triggers ``at`` where it is one of two or more
    clauses that each give a date of their own, no two the same, and name actors or places of their own
    (`_dated_clauses` told its happening apart from the other clauses'), else None."""
    if not at:
        return None
    parts = {_coordinate_clause(doc, s, doc.tokens[i].start) for i in at}
    if len(parts) != 1:
        return None
    dates = _clause_dates(doc, s)
    if (
        len(dates) > 1
        and parts <= dates.keys()
        and _apart_dated(dates, dates)
        and _named_apart(doc, s, dates)
    ):
        return next(iter(parts))
    return None


def split_span(doc: Doc, s: int, part: int | None) -> tuple[int, int] | None:
    """The tokens of the coordinate clause ``part`` that `split_part` found (from the comma that opens it to the
    comma that opens the next), or None where it found none."""
    if part is None:
        return None
    s0, s1 = doc.sent_span[s]
    ends = [
        i
        for i in range(part + 1 if part >= 0 else s0, s1)
        if _coordinate_clause(doc, s, doc.tokens[i].start) != part
    ]
    return (part if part >= 0 else s0), (ends[0] if ends else s1)


def split_participants(
    doc: Doc, s: int, part: int | None, participants: list[tuple[int, str]]
) -> list[tuple[int, str]]:
    """The participants of a happening told apart in a coordinate clause of its own (`split_part`): those of other
    sentences and of its own clause, and of the sentence's other clauses only in roles that its own clause does not
    fill ("A otrzymała decyzję 3 lutego, natomiast B rozpoczęła budowę w kwietniu": B invests in the second clause
    only); all where its own clause names none. ``part``: the clause `split_part` found, or None."""
    if part is None:
        return participants
    ms = doc.mentions

    def own(n: int) -> bool:
        return ms[n].sent != s or _coordinate_clause(doc, s, doc.tokens[ms[n].t0].start) == part

    roles = {r for n, r in participants if own(n)}
    # another clause's actor in a role that this clause fills is that clause's; one in a role it leaves open (the
    # host of both visits, the zone of both investments) stands for both
    keep = [(n, r) for n, r in participants if own(n) or r not in roles]
    return keep if roles else participants


def _participle(doc: Doc, i: int) -> bool:
    """An adjectival participle after a comma that follows a name opens a clause like a relative pronoun: "z
    Uczelnią Rolniczą, założoną w 1953 r., …" tells the named partner's past, not the time of the event (after a
    common noun it may tell the event's own: "współpraca ma historię, sięgającą 2011 roku")."""
    return doc.mention_at(i - 2) is not None and any(r.pos in ("ppas", "pact") for r in doc.readings[i])


@cache
def _type_triggers(code: str, root: Path) -> dict[str, frozenset[str]]:
    """The one-word trigger lemmas of each event type (``event_triggers.tsv``), whose gerunds tell of the event."""
    return _trigger_lemmas(code, verbs=False)


@cache
def _trigger_lemmas(code: str, verbs: bool) -> dict[str, frozenset[str]]:
    """The lemmas of the trigger rows of each event type (``event_triggers.tsv``): each row's whole lemma, or with
    ``verbs`` the first word of each row that is not of kind exclude (`_type_verbs`)."""
    from kooperacja.extract.lexicon import lexicon

    by: dict[str, set[str]] = {}
    for lemma, rows in lexicon(code).triggers.items():
        for kind, types in rows:
            if verbs and kind == "exclude":
                continue
            for typ in types.split("|"):
                by.setdefault(typ, set()).add(lemma.split()[0] if verbs else lemma)
    return {t: frozenset(w) for t, w in by.items()}


def _telling_verbs(doc: Doc, typ: str) -> frozenset[str]:
    """The verbs by which a clause tells an event of type ``typ`` (`_type_verbs`; for an investment the verbs of
    building or opening a plant too, event_cues plant_verb), less the copula and the verb of becoming."""
    words = cues(doc.lang, "event_cues")
    verbs = _type_verbs(language_data(doc.lang).code).get(typ, frozenset())
    if typ == "investment":
        verbs |= words.plant_verb  # "które firma oddała do użytku 3 czerwca"
    return verbs - words.auxiliary


def _type_verbs(code: str) -> dict[str, frozenset[str]]:
    """The lemmas that open a trigger row of each event type (``event_triggers.tsv``, any kind but exclude: "podpisać",
    "oddać" of "oddać do użytku"), the verbs by which a clause may tell an event of the type."""
    return _trigger_lemmas(code, verbs=True)


def _happened_lead(code: str, root: Path) -> re.Pattern[str]:
    """Phrases that open a sentence telling when "it" happened ("Miało to miejsce", "Stało się to";
    ``date_words.tsv`` role ``happened_lead``)."""
    return _phrase_pattern(code, root, "happened_lead")


def _nth_day(doc: Doc, d: Draft) -> str | None:
    """ "Pierwszego dnia forum Miasto Alfa podpisało umowę": an event dated to a range of days (the occasion's) one of
    whose sentences picks one day of it by an ordinal before the noun for a day (``date_day_ordinals.tsv``), in a
    clause that tells the event (a trigger word of its type), took place on that day."""
    date = d.date or ""
    span = date_interval(date)
    if span is None or span[2] != 3 or span[0] == span[1]:
        return d.date
    data = language_data(doc.lang)
    ordinals, day_noun = _day_ordinals(data.code, data.root)
    triggers = _type_triggers(data.code, data.root).get(d.type, frozenset())
    counted_from = date_word_role(data.code, "day_counted_from")
    for s, i in ((t, i) for t in sorted(set(d.sents)) for i in range(*doc.sent_span[t])):
        if i + 1 >= len(doc.tokens) or not doc.lemmas(i + 1) & day_noun:
            continue
        n = next((ordinals[lem] for lem in doc.lemmas(i) if lem in ordinals), None)
        if n is None or (i + 2 < doc.sent_span[s][1] and doc.tokens[i + 2].lower in counted_from):
            # "drugiego dnia po uzyskaniu pozwolenia": a day counted from another happening
            continue
        part = _coordinate_clause(doc, s, doc.tokens[i].start)
        if not any(
            doc.lemmas(k) & triggers
            for k in range(*doc.sent_span[s])
            if _coordinate_clause(doc, s, doc.tokens[k].start) == part
        ):
            continue  # "Pierwszego dnia odbyły się debaty, a drugiego dnia podpisano umowę": the day of another clause
        first, last = _dt.date.fromisoformat(span[0]), _dt.date.fromisoformat(span[1])
        day = last if n < 0 else first + _dt.timedelta(days=n - 1)
        return day.isoformat() if day <= last else d.date
    return d.date


@cache
def _day_ordinals(code: str, root: Path) -> tuple[dict[str, int], frozenset[str]]:
    """The ordinals that pick a day of a range, with their number (``date_day_ordinals.tsv``), and the lemmas of the
    noun for a day (``date_words.tsv`` role ``day_noun``)."""
    data = language_data(code)
    ordinals = {r["lemma"]: int(r["n"]) for r in data.rows("date_day_ordinals")}
    return ordinals, date_word_role(code, "day_noun")


def _going_on(doc: Doc, s: int, start: int) -> bool:
    """The stretch of sentence ``s`` between commas that offset ``start`` lies in holds a verb in the present tense
    (an imperfective finite form) that is no verb of a state (``date_words.tsv`` role ``state_verb``: "jest",
    "działa", "współpracuje"): a happening going on since the date ("Od wtorku trwają targi", "Od marca firma
    rozbudowuje halę"); a verb past a comma tells of something else ("Forum wpisuje się w cykl konferencji,
    organizowanych od 2003 r.")."""
    data = language_data(doc.lang)
    states = date_word_role(data.code, "state_verb")
    s0, s1 = doc.sent_span[s]
    at = next((i for i in range(s0, s1) if doc.tokens[i].start >= start), s1)
    lo, hi = doc.comma_stretch(at, s0, s1)
    tags = tag_classes()
    return any(
        r.pos in tags.non_past
        and not tags.imperfective.isdisjoint(r.tag.split(":"))
        and r.lemma not in states
        for i in range(lo, hi)
        for r in doc.readings[i]
    )


@cache
def _since(code: str, root: Path) -> re.Pattern[str]:
    """The word that opens a range ("od": ``date_words.tsv`` role ``range_from``) right before a date, at the end
    of the text searched."""
    alts = "|".join(re.escape(f) for f in sorted(date_word_role(code, "range_from"), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alts})\s+$" if alts else r"(?!)", re.IGNORECASE)


@cache
def _occasion_nouns(code: str, root: Path) -> frozenset[str]:
    """The nouns of an occasion (``date_occasions.tsv`` kind occasion)."""
    return frozenset(w for w, kind in _occasion_kinds(code, root).items() if kind == "occasion")


@cache
def _occasion_kinds(code: str, root: Path) -> dict[str, str]:
    """The occasion nouns and the words that refer back to one (``date_occasions.tsv``, kinds occasion, anaphor)."""
    data = language_data(code)
    if not data.has("date_occasions"):
        return {}
    return {
        r["lemma"]: r["kind"]
        for r in data.rows("date_occasions")
        if r["kind"] in ("occasion", "occasion_of", "anaphor")
    }


def _bare_object(doc: Doc, s: int, objects: frozenset[str] | None) -> bool:
    """A teller object of sentence s stands with no adjective right after it ("Decyzję przekazano", "decyzję o
    wsparciu"; not "Decyzję środowiskową")."""
    s0, s1 = doc.sent_span[s]
    return any(
        doc.lemmas(k) & (objects or frozenset())
        and not (k + 1 < s1 and any(r.pos == "adj" for r in doc.readings[k + 1]))
        for k in range(s0, s1)
    )


def _names_investor(doc: Doc, d: Draft, s: int) -> bool:
    """Sentence s names the investor of investment d, by its name, a kind noun (event_anaphors.tsv: "firmie",
    "zarządowi spółki") or a third-person pronoun ("jej przedstawicielom"), and no other organisation."""
    own = {doc.mentions[n].entity for n, role in d.participants if role == "investor"}
    named = {doc.mentions[n].entity for n in doc.mentions_in(s) if doc.mentions[n].type == "organization"}
    if named - own:
        return False
    if named:
        return True
    data = language_data(doc.lang)
    firm_nouns = _company_anaphors(data.code, data.root)
    s0, s1 = doc.sent_span[s]
    return any(
        (r.pos == "subst" and r.lemma in firm_nouns) or r.pos == "ppron3"
        for k in range(s0, s1)
        for r in doc.readings[k]
    )


@cache
def _company_anaphors(code: str, root: Path) -> frozenset[str]:
    """The kind nouns that name a company again (``event_anaphors.tsv``, subtype company: "firma", "spółka")."""
    kinds = language_data(code).mapping("event_anaphors", "lemma", "subtype")
    return frozenset(lemma for lemma, subtype in kinds.items() if subtype == "company")


@cache
def _tellers(code: str, root: Path) -> dict[str, frozenset[str]]:
    """The verbs that tell when an event of a type took place (``date_occasions.tsv``, kind teller): "Wyniki
    ogłoszono 5 marca" after an award."""
    return _verbs_of_kinds(code, ("teller", "handing"))


@cache
def _teller_objects(code: str, root: Path) -> dict[str, frozenset[str]]:
    """The nouns one of which must stand beside a teller of their type (``date_occasions.tsv``, kind teller_object:
    "podjąć decyzję" tells a membership), by event type."""
    return _verbs_of_kinds(code, ("teller_object",))


@cache
def _handing(code: str, root: Path) -> dict[str, frozenset[str]]:
    """The teller verbs of handing out ("wręczono nagrody": ``date_occasions.tsv``, kind handing), by event type."""
    return _verbs_of_kinds(code, ("handing",))


@cache
def _verbs_of_kinds(code: str, kinds: tuple[str, ...]) -> dict[str, frozenset[str]]:
    data = language_data(code)
    by: dict[str, set[str]] = {}
    if data.has("date_occasions"):
        for r in data.rows("date_occasions"):
            if r["kind"] in kinds:
                by.setdefault(r["type"], set()).add(r["lemma"])
    return {t: frozenset(w) for t, w in by.items()}


@cache
def _editions_of_type(code: str, root: Path) -> dict[str, frozenset[str]]:
    """The nouns of events held in editions, by the event type held in them (``edition_nouns.tsv``, column type)."""
    by: dict[str, set[str]] = {}
    for r in language_data(code).rows("edition_nouns"):
        if r.get("type"):
            by.setdefault(r["type"], set()).add(r["lemma"])
    return {t: frozenset(w) for t, w in by.items()}


@cache
def _occasions_of_type(code: str, root: Path) -> dict[str, frozenset[str]]:
    """The occasion nouns of each event type (``date_occasions.tsv``, column ``type``)."""
    data = language_data(code)
    by: dict[str, set[str]] = {}
    if data.has("date_occasions"):
        for r in data.rows("date_occasions"):
            if r.get("type"):
                by.setdefault(r["type"], set()).add(r["lemma"])
    return {t: frozenset(w) for t, w in by.items()}


def _occasions(doc: Doc) -> list[tuple[frozenset[str], frozenset[str]]]:
    """For each sentence, the occasion nouns it names (``date_occasions.tsv``; a word that refers back to an
    occasion as a mark), all of them and those after a preposition ("na Walnym Zgromadzeniu", "podczas
    wydarzenia": what happened there, not "drugiego dnia misji")."""
    data = language_data(doc.lang)
    kinds = _occasion_kinds(data.code, data.root)
    words = frozenset(kinds)
    keys = doc.keys  # lower-cased text and lemmas of each token
    out: list[tuple[frozenset[str], frozenset[str]]] = []
    for s0, s1 in doc.sent_span:
        found: set[str] = set()
        led: set[str] = set()
        for i in range(s0, s1):
            if keys[i].isdisjoint(words):
                continue
            hit = keys[i] & words
            marks = {
                _ANAPHOR
                if kinds[lemma] == "anaphor"
                else _complemented(doc, i, lemma, s1)
                if kinds[lemma] == "occasion_of"
                else lemma
                for lemma in hit
            }
            found |= marks
            if any(doc.is_preposition(k) for k in range(max(s0, i - 2), i)):
                led |= marks
        out.append((frozenset(found), frozenset(led)))
    return out


def _complemented(doc: Doc, i: int, lemma: str, s1: int) -> str:
    """The mark of an occasion noun that names one occasion only with its genitive complement ("otwarcie zakładu",
    "inauguracja roku akademickiego": ``lemma/complement``; bare, the lemma alone), adjectives skipped."""
    for k in range(i + 1, min(s1, i + 4)):
        readings = doc.readings[k]
        if any(r.pos == "subst" and "gen" in r.cases for r in readings):
            return f"{lemma}/{next(r.lemma for r in readings if r.pos == 'subst' and 'gen' in r.cases)}"
        if not any(r.pos == "adj" for r in readings):
            break
    return lemma


def _marks_meet(ours: Iterable[str], theirs: Iterable[str]) -> bool:
    """Whether two sets of occasion marks name one occasion: a shared mark, or one bare ("podczas otwarcia") beside
    one with a complement ("otwarcie zakładu"); not two complements that differ ("otwarcie ofert", "otwarcie
    pracowni")."""
    return any(a == b or a == b.split("/")[0] or b == a.split("/")[0] for a in ours for b in theirs)


@cache
def _references(code: str, root: Path) -> dict[str, frozenset[str]]:
    """The nouns that refer to an event of each type (``event_reference_nouns.tsv``) with the words that refer back
    to any occasion (``date_occasions.tsv``, kind anaphor)."""
    data = language_data(code)
    anaphors = {w for w, kind in _occasion_kinds(code, root).items() if kind == "anaphor"}
    by: dict[str, set[str]] = {}
    for r in data.rows("event_reference_nouns"):
        by.setdefault(r["type"], set(anaphors)).add(r["lemma"])
    return {t: frozenset(w) for t, w in by.items()}


def told_past(doc: Doc, i: int) -> bool:
    """A past form at token i: a past-tense reading of a word that is no noun or adjective as well ("udział" also
    reads as the past of the rare "udziać"; "dział" of "dziać"): `text.dates.past_reading`."""
    return past_reading(doc.readings[i])


def sents_told_past(doc: Doc, sents: Iterable[int]) -> bool:
    """Whether any of the sentences holds a past form (`told_past`)."""
    return any(told_past(doc, i) for s in sents for i in range(*doc.sent_span[s]))


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Unknown, equal, or one within the other ("2011-04" and "2011-04-06/2011-04-09"): within one document
    a missing date never keeps two statements of a happening apart (the record's one date rule, text.dates)."""
    return compatible_dates(a, b, missing=True, overlap=True)


def _day_within_year(found: list[DateMention]) -> str | None:
    """The first of a sentence's dates, or where it is a bare year and a later one names a day or month of that year,
    the later one: "Tegoroczne forum odbyło się 5 października" happened on 5 October, not just this year."""
    first = found[0].value
    outer = date_interval(first)
    if outer is None or outer[2] != 1 or "/" in (first or ""):
        return first
    for dm in found[1:]:
        inner = date_interval(dm.value)
        if inner and inner[2] > 1 and outer[0] <= inner[0] and inner[1] <= outer[1]:
            return dm.value
    return first
