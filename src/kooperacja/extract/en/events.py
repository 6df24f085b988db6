"""Events in English text: a trigger (``data/en/event_triggers.tsv``) in a sentence, its modality
(``event_modality.tsv``), and the sentence's named organisations as participants, with roles from their side
of the trigger, a cue word before them (``role_cues.tsv``) or their subtype (``event_roles.tsv``). Reports
of one event in several sentences are merged (same type, shared participants or the same name; signings that
share one party and each have another, or that have other dates, stay two). A trigger takes the date of its
own clause. Words read by use (settings of a signing, verbs of attending, nouns an investment noun modifies,
phrases that open with a trigger and tell no event, verbs of naming an award's winner) are in
``event_words.tsv``. A happening told without its actors (a signing, cooperation, a visit, a conference) is
kept as a partial event with its date, town and sentence, for resolution to add the report to the stored
event it retells (``resolve/events.py``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from kooperacja.data.language_data import language_data
from kooperacja.extract.doc import Doc, Entity, Mention
from kooperacja.extract.en.entities import last_company_before, last_org_before
from kooperacja.extract.en.lexicon import EnLexicon, _grammar
from kooperacja.text.dates import DateMention, compatible_dates, date_interval
from kooperacja.text.tokens import DASHES

_ACTOR_TYPES = ("organization",)
_FIRST_ROLE = {"membership": "member", "award": "recipient", "visit": None}
_NAMED_ROLE = {"award": "recipient"}  # "X was named Zone of the Year": X receives the named award
_SIGNED = frozenset(("agreement", "letter_of_intent", "cooperation"))
_ONE_PER_DOC = frozenset(("visit", "conference", "founding"))  # a report tells of one visit, one conference
# kinds of happening one report can tell without naming its actors, kept as partial events (resolve/events.py
# ACTORLESS_TYPES); the signings form one kind: a report's letter of intent is the agreement another reports
_TOLD_WITHOUT_ACTORS = frozenset(("agreement", "letter_of_intent", "cooperation", "visit", "conference"))
_EVENT_WORD_LIMIT = 8  # a modality word counts this many tokens before the trigger
_WEEK_DAYS = 7  # a date range this long or longer gives way to a day within it that another report gives
_LIST_LINES, _LIST_LINE_TOKENS = 12, 24  # a list of signatories after a colon: its lines, and their length
_PERSON_LINE_TOKENS = 6  # a line of a list without a name of a body, as long as a person's name and title
_TITLE_WINDOW = 12  # a mark of a title ("the best") counts this many tokens after a verb of naming
_ATTRIBUTE_GAP = 2  # an adjective of modality ("possible") counts this many tokens before the trigger noun


@dataclass(frozen=True)
class _Sides:
    """The roles of the organisations before and after a trigger, and how the trigger turned them."""

    before: str
    after: str
    host_subtypes: frozenset[str]
    host_role: str
    hosting: bool
    passive: bool


class EnglishEvents:
    def __init__(self, lex: EnLexicon) -> None:
        self.lex = lex
        self.phrases = lex.words("modal_phrase")  # "going to"
        self.phrase_first = frozenset(p.split()[0] for p in self.phrases)
        # the word sets of data/en/event_words.tsv
        self.own = _grammar(language_data("en").rows("event_words"))
        self.not_triggers: dict[str, list[tuple[str, ...]]] = {}  # by first word
        for p in self.own.get("not_trigger", frozenset()):
            self.not_triggers.setdefault(p.split()[0], []).append(tuple(p.split()))
        self.by_first: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for words, typ, kind in lex.triggers:
            self.by_first.setdefault(words[0], []).append((words, typ, kind))

    def __call__(self, doc: Doc) -> None:
        self.lemma = [
            r[0].lemma.lower() if r else t.text.lower() for t, r in zip(doc.tokens, doc.readings, strict=True)
        ]
        self.low = [t.text.lower() for t in doc.tokens]
        events: list[dict[str, Any]] = []
        self.partials: list[dict[str, Any]] = []
        main_host = self._main_host(doc)
        anchors: set[int] = {doc.sent_of[t0] for t0, _t1, _name in doc.event_names}
        # each sentence's triggers, found once: the setting and date look-ups ask again for the same ones
        self.found: dict[int, list[tuple[int, int, str, str]]] = {}
        for s, (a, b) in enumerate(doc.sent_span):
            found = self.found[s] = self._triggers(doc, a, b)
            for t, t1, typ, kind in found:
                events.extend(self._events(doc, s, a, b, t, t1, typ, kind, main_host))
            if any(typ == "conference" for _t, _t1, typ, _k in found):
                anchors.add(s)
            elif s - 1 in anchors or s - 2 in anchors:
                verb = self._conference_context(a, b)
                if verb is not None:  # "The event was organised by X": the conference told a sentence before
                    events.extend(
                        self._events(doc, s, a, b, verb, verb + 1, "conference", "context", main_host)
                    )
        events.extend(self._named_events(doc))
        events = _one_award_per_recipient(events)
        merged = [
            ev
            for ev in _merge(events)
            if ev["participants"]
            and (ev["type"] != "founding" or any(p["role"] == "founded" for p in ev["participants"]))
        ]  # a founding names what was founded
        _share_grantor(merged)
        self._date_from_before(doc, merged)
        self._date_from_page(doc, merged)
        doc.partial_events = _partial_events(doc, self.partials, merged)
        for ev in merged:
            for p in ev["participants"]:
                p["entity"] = doc.entities[p["entity"]].id
            if ev["status"] == "done":
                del ev["status"]
        doc.events = merged

    def _date_from_before(self, doc: Doc, events: list[dict[str, Any]]) -> None:
        """ "… during the trip on 17-19 October 2023. The visit, organised by X, …": an event its own sentence
        does not date takes the date of one of the two sentences before it that tells a happening of its type."""
        starts = [sent.start for sent in doc.sentences]
        for ev in events:
            if ev["date"] is not None or ev.get("status", "done") != "done" or not ev["evidence"]:
                continue
            s0 = next(
                (k for k, st in enumerate(starts) if st <= ev["evidence"][0][0] < doc.sentences[k].end), None
            )
            found: list[DateMention] = []
            for s in range(s0 - 1, max(-1, s0 - 4), -1) if s0 is not None else ():
                if any(typ == ev["type"] for _t, _t1, typ, _k in self.found[s]):
                    found.extend(_sentence_dates(doc, s, self.lex)[:1])
            # a date written out wins over a relative one ("last week" counts from a date the page may lack)
            best = next((d for d in found if d.kind != "relative"), found[0] if found else None)
            if best is not None:
                ev["date"] = best.value

    def _date_from_page(self, doc: Doc, events: list[dict[str, Any]]) -> None:
        """A signing reported as news ("X and Y have signed a memorandum") with no date of its own took place on
        the page's date: a past form of a verb of signing ("signed") in one of its sentences."""
        if not doc.published:
            return
        past = self.own.get("signed", frozenset())
        for ev in events:
            if (
                ev["type"] not in ("agreement", "letter_of_intent")
                or ev["date"]
                or ev.get("status", "done") != "done"
            ):
                continue
            if any(w in past for s, e in ev["evidence"] for w in doc.text[s:e].lower().split()):
                ev["date"] = doc.published

    def _named_events(self, doc: Doc) -> list[dict[str, Any]]:
        """A named conference ("Cluster Collaboration Day") with the organisations of its sentence."""
        out: list[dict[str, Any]] = []
        for t0, t1, name in doc.event_names:
            s = doc.sent_of[t0]
            a, b = doc.sent_span[s]
            last = t1 - 1
            while last > t0 and doc.tokens[last].is_num:
                last -= 1  # "… Days 2025": the edition's year
            typ = self.lex.event_name_words.get(doc.tokens[last].text.lower())
            if typ is None:
                continue
            mod = self._modality(doc, a, t0, t1)
            if mod in ("hypothetical", "negated"):
                continue
            parts = []
            naming = self._naming(doc, a, b) if typ == "award" else None
            namer = naming[0] if naming is not None and not self._passive(a, naming[0]) else -1
            for n in doc.mentions_in(s):
                m = doc.mentions[n]
                if self._backer(a, m.t0, typ):
                    continue  # "co-financed by the Union": a backer takes no part
                if m.entity >= 0 and (m.type == "organization" or m.descriptor == "nationality"):
                    role = self._role(doc, typ, m.t0, a) or _NAMED_ROLE.get(typ, "participant")
                    if typ == "conference" and m.t1 <= t0 and role == "participant":
                        role = self._conference_side(m.t1, t0)
                    if (
                        typ == "award"
                        and m.t1 < b
                        and self.lemma[m.t1] in self.lex.words("report_verb")
                        and m.t1 < t0
                    ):
                        role = "grantor"  # "Harbour Intelligence announces the Zones of the Year"
                    if m.t1 <= namer:
                        role = "grantor"  # "fDi named X Free Zone of the Year": who names grants
                    parts.append((m.entity, role))
            if typ == "award":
                parts = self._award_roles(doc, s, parts)  # "Harbour Intelligence's Zones of the Year"
            needed = _FIRST_ROLE.get(typ)
            if not parts or (needed and not any(r == needed for _e, r in parts)):
                continue  # an award names who won it
            date = _sentence_date(doc, s, self.lex)
            if mod == "planned" and date is None:
                continue
            ev = _event(
                typ,
                list(dict.fromkeys(parts)),
                date,
                "planned" if mod == "planned" else "done",
                [[doc.sentences[s].start, doc.sentences[s].end]],
            )
            ev["name"] = name
            out.append(ev)
        return out

    # ------------------------------------------------------------------ triggers

    def _triggers(self, doc: Doc, a: int, b: int) -> list[tuple[int, int, str, str]]:
        out: list[tuple[int, int, str, str]] = []
        seen: set[str] = set()
        i = a
        while i < b:
            m = doc.mention_at(i)
            if m is not None and doc.mentions[m].type != "place":
                i += 1
                continue
            word = doc.tokens[i].text
            hit = None
            cands = [*self.by_first.get(self.lemma[i], ()), *self.by_first.get(self.low[i], ())]
            if not cands or self._not_trigger(i, b):
                i += 1
                continue
            if (
                i > a
                and word[:1].isupper()
                and not word.isupper()
                and doc.tokens[i - 1].is_word
                and doc.tokens[i - 1].text[:1].isupper()
                and "\n" not in doc.text[doc.tokens[i - 1].end : doc.tokens[i].start]
            ):
                # "Czech Invest": a capitalised verb after a capitalised word is a word of a name
                # ("Investment Forum" names an event, so nouns stay)
                cands = [c for c in cands if c[2] != "verb"]
            for words, typ, kind in sorted(cands, key=lambda c: -len(c[0])):
                k = len(words)
                if i + k <= b and all(words[n] in (self.lemma[i + n], self.low[i + n]) for n in range(k)):
                    hit = (i, i + k, typ, kind)
                    break
            if hit is not None and hit[2] == "investment" and hit[3] == "noun":
                if any(doc.tokens[n].text[:1].isupper() for n in range(max(i, a + 1), hit[1])):
                    hit = None  # "the Investor Service Centre", "its Investment Offer": a name, no investment
                elif self._no_new_works(a, b, i, hit[1]):
                    hit = None
            if hit is None:
                i += 1
                continue
            if hit[2] not in seen:
                seen.add(hit[2])
                out.append(hit)
            i = hit[1]
        award = next((h for h in out if h[2] == "award"), None)
        if award is None or award[3] == "noun":
            naming = self._naming(doc, a, b)
            if naming is not None and (award is None or naming[0] < award[0]):
                # "voted X the winner": the verb of naming tells who grants and who wins
                out = [h for h in out if h is not award] + [naming]
        if "visit" in seen:
            # "the guests visited the plant of X": a plant seen on a visit is no new investment
            out = [h for h in out if not (h[2] == "investment" and h[3] == "noun")]
        if "letter_of_intent" in seen:
            # "a letter of intent was signed": the verb is the letter's, not another agreement's
            out = [h for h in out if not (h[2] == "agreement" and h[3] == "verb")]
        return out

    def _conference_context(self, a: int, b: int) -> int | None:
        """The verb of a sentence that tells who organised or attended the conference of a sentence before
        ("It was organised by X", "Guests from X attended the event"): a verb of the grammar set
        "conference_verb" with a word pointing back at the event ("conference_anaphor")."""
        if not any(self.low[k] in self.lex.words("conference_anaphor") for k in range(a, b)):
            return None
        verbs = self.lex.words("conference_verb")
        return next((k for k in range(a, b) if self.lemma[k] in verbs or self.low[k] in verbs), None)

    def _modality(self, doc: Doc, a: int, t: int, t1: int) -> str | None:
        """The first word of modality in the few tokens before the trigger; a plan denied after it ("will not
        build") is denied."""
        mod = self._first_modality(doc, a, t)
        if mod is not None and mod[1] == "planned":
            later = self._first_modality(doc, mod[0] + 1, t)
            if later is not None and later[1] == "negated":
                return "negated"
        return mod[1] if mod is not None else None

    def _first_modality(self, doc: Doc, a: int, t: int) -> tuple[int, str] | None:
        """(token, kind) of the first word of modality in the tokens before the trigger at t, from a on."""
        for k in range(max(a, t - _EVENT_WORD_LIMIT), t):
            kind = self.lex.modality.get(self.low[k]) or self.lex.modality.get(self.lemma[k])
            if kind is None or (k > a and not doc.tokens[k].text.islower()):
                continue  # "On 2 May 2024" holds a month, not a modal verb
            if kind == "attributive":
                if k < t - _ATTRIBUTE_GAP:
                    continue  # "potential investors visited the plant": the visit is no less real
                kind = "hypothetical"  # "a possible investment", "a potential new plant"
            if self.low[k] in self.phrase_first and " ".join(self.low[k : k + 2]) not in self.phrases:
                continue  # "going to" plans; "going" alone does not
            return k, kind
        return None

    # ------------------------------------------------------------------ participants

    def _events(
        self, doc: Doc, s: int, a: int, b: int, t: int, t1: int, typ: str, kind: str, main_host: int | None
    ) -> list[dict[str, Any]]:
        """The event a trigger reports in sentence s, with its participants, date and status; none when the
        sentence denies or only supposes it, or names too few parties."""
        mod = self._event_modality(doc, a, b, t, t1, typ, kind)
        if mod in ("hypothetical", "negated"):
            return []
        date = self._trigger_date(doc, s, a, b, t, t1)
        if mod == "planned" and date is None:
            return []
        sides = self._sides(a, t, t1, typ, kind)
        parts = self._participants(doc, s, a, b, t, t1, typ, sides)
        if typ in ("visit", "conference") and self._setting(doc, a, b, t):
            parts = []  # "X and Y signed a memorandum during the visit": the signing's parties, not the visit's
        parts.extend(self._anaphora(doc, a, b, t, typ, sides.before, sides.after))
        parts = list({e: (e, r) for e, r in reversed(parts)}.values())[::-1]  # one role per entity: its first
        if kind == "context" and self.lemma[t] in self.lex.words("conference_attend"):
            parts = [(e, "participant") for e, _r in parts]  # "Guests from X attended it"
        if (
            typ == "founding"
            and kind == "verb"
            and any(self.lemma[k] in self.lex.words("works_noun") for k in range(t1, min(b, t1 + 4)))
        ):
            return []  # "X inaugurated its new factory": the opening of works, an investment
        if typ == "founding" and self.low[t] == "founding":
            nxt = self.lemma[t + 1] if t + 1 < b else ""
            if nxt not in self.lex.words("founding_member"):
                return []  # "the founding agreement": the act, reported by its own trigger
            parts = [(e, "founder") for e, _r in parts]  # "the founding members are X and Y"
        if typ in _SIGNED and len({e for e, _r in parts}) < 2:
            listed = self._listed_after(doc, s)  # "The signatories of the letter are:" and a list of names
            parts.extend(p for p in listed if p[0] not in {e for e, _r in parts})
        if not parts and sides.before == "party":
            parts = self._acting_places(doc, s)
        status = "planned" if mod == "planned" else "done"
        if not parts:
            if status == "done" and typ in _TOLD_WITHOUT_ACTORS:
                self.partials.append(self._partial(doc, s, a, b, typ, date))
            if typ == "conference" and date is not None:
                # the sentence that dates the conference names no organiser: its date and status join
                # the conference's other reports (events without participants are dropped after merging)
                return [_event(typ, [], date, status, [])]
            return []
        if typ == "membership":
            parts = self._member_sides(doc, parts, sides)
        if not _enough_parties(typ, kind, parts):
            return []
        if typ in _SIGNED and len(parts) < 2 and self._plural(t, t1):
            return []  # "X has signed agreements with 200 companies": many signings, none of them told
        evidence = [[doc.sentences[s].start, doc.sentences[s].end]]
        if (
            typ in _SIGNED
            and t > a
            and self.low[t - 1] in self.own.get("reference", ())
            and not self._signing_verb(t1, b)
        ):
            # "The signing will push for …": the signing told before, whoever else the sentence names
            return [{**_event(typ, parts, date, status, evidence), "_ref": True}]
        if typ == "investment":
            return self._investments(doc, parts, main_host, date, status, evidence)
        if typ == "award":
            parts = self._award_roles(doc, s, parts)
        return [_event(typ, parts, date, status, evidence)]

    def _dateline(self, doc: Doc, end: int) -> bool:
        """Whether the date that ends at offset `end` is followed by a dash: the date of a dateline."""
        return doc.text[end : end + 3].strip()[:1] in DASHES

    def _naming(self, doc: Doc, a: int, b: int) -> tuple[int, int, str, str] | None:
        """An award told by a verb of naming and a mark of a title after it in the sentence ("named X the best
        free zone", "was recognised as the most innovative park", "selected X as the Employer of the Year")."""
        verbs = self.own.get("naming_verb", frozenset())
        marks = [tuple(p.split()) for p in self.own.get("title_mark", frozenset())]
        for i in range(a, b):
            if self.lemma[i] not in verbs or not doc.tokens[i].text.islower():
                continue
            for k in range(i + 1, min(b, i + _TITLE_WINDOW)):
                if any(
                    tuple(self.lemma[k : k + len(w)]) == w or tuple(self.low[k : k + len(w)]) == w
                    for w in marks
                ):
                    return (i, i + 1, "award", "naming")
        return None

    def _not_trigger(self, i: int, b: int) -> bool:
        """Whether a phrase of "not_trigger" (lemmas or forms) starts at token i ("signed up", "a fair price")."""
        for words in (*self.not_triggers.get(self.lemma[i], ()), *self.not_triggers.get(self.low[i], ())):
            if i + len(words) <= b and all(
                w in (self.lemma[i + x], self.low[i + x]) for x, w in enumerate(words)
            ):
                return True
        return False

    def _no_new_works(self, a: int, b: int, i: int, j: int) -> bool:
        """Whether the investment noun of tokens i..j tells no new investment: it modifies the noun after it
        ("the investment climate", "plant managers"), it is a statistic ("foreign direct investment"), or a
        verb of running what exists stands a few words before it ("operates a plant", "runs factories")."""
        if j < b and self.lemma[j] in self.own.get("investment_modifier", frozenset()):
            return True
        if i > a and self.low[i - 1] in self.own.get("investment_statistic", frozenset()):
            return True
        running = self.own.get("running_verb", frozenset())
        return any(self.lemma[k] in running for k in range(max(a, i - 4), i))

    def _signing_verb(self, k0: int, b: int) -> bool:
        """Whether a one-word verb trigger of a signing stands in tokens k0..b ("The agreement was signed by X and
        Y": the sentence tells the signing again, with its parties)."""
        return any(
            kind == "verb" and typ in _SIGNED and len(words) == 1
            for k in range(k0, b)
            for words, typ, kind in self.by_first.get(self.lemma[k], ())
        )

    def _listed_after(self, doc: Doc, s: int) -> list[tuple[int, str]]:
        """The organisations of the short lines that follow a colon that ends sentence s or the next one ("…
        signed a letter of intent. The signatories are:" and one name a line), as parties of the signing."""
        colon = next(
            (
                k
                for k in (s, s + 1)
                if k < len(doc.sentences)
                and doc.text[doc.sentences[k].start : doc.sentences[k].end].rstrip().endswith(":")
            ),
            None,
        )
        out: list[tuple[int, str]] = []
        for k in (
            range(colon + 1, min(len(doc.sentences), colon + 1 + _LIST_LINES)) if colon is not None else ()
        ):
            a, b = doc.sent_span[k]
            orgs = [
                m.entity
                for n in doc.mentions_in(k)
                if (m := doc.mentions[n]).type == "organization" and m.entity >= 0
            ]
            others = [n for n in doc.mentions_in(k) if doc.mentions[n].type != "person"]
            if b - a > _LIST_LINE_TOKENS or not orgs and (b - a > _PERSON_LINE_TOKENS or others):
                break  # (a short line of a signatory's people, "Jan Wrona – President", goes on with the list)
            out.extend((e, "party") for e in orgs if (e, "party") not in out)
        return out

    def _named_after(self, doc: Doc, k: int, b: int) -> bool:
        """Whether a name starts at token k, maybe after an article ("…, said the ministry")."""
        if k < b and self.low[k] in self.lex.words("article"):
            k += 1
        return k < b and doc.mention_at(k) is not None

    def _phrase_before(self, a: int, t: int, phrases: frozenset[str]) -> bool:
        """Whether one of the phrases (lemmas, space-separated) ends right before token t, maybe with an
        article between ("during the visit", "on the sidelines of the forum")."""
        k = t - 1
        if k >= a and self.low[k] in self.lex.words("article"):
            k -= 1
        for p in phrases:
            words = p.split()
            n = len(words)
            if k - n + 1 >= a and all(
                w in (self.lemma[k - n + 1 + x], self.low[k - n + 1 + x]) for x, w in enumerate(words)
            ):
                return True
        return False

    def _setting(self, doc: Doc, a: int, b: int, t: int) -> bool:
        """A visit or conference noun after a preposition of setting in a sentence that tells a signing: the
        occasion of the signing ("… signed during the visit")."""
        if not self._phrase_before(a, t, self.own.get("setting_prep", frozenset())):
            return False
        return any(typ in _SIGNED for _t, _t1, typ, _k in self.found[doc.sent_of[a]])

    def _conference_side(self, m1: int, t0: int) -> str:
        """The role of a name before a conference's name: its organiser where a verb of organising stands
        between ("X invites start-ups to the Demo Day", "X hosted the Forum"), else a participant."""
        verbs = self.own.get("organise_verb", frozenset())
        if any(self.lemma[k] in verbs for k in range(m1, t0)) and not self._attends(m1, t0):
            return "organizer"
        return "participant"

    def _attends(self, m0: int, t: int) -> bool:
        """A verb of attending between a name (ending at token m0) and the conference noun at t ("X took
        part in the fair", "X presented its offer at the expo")."""
        verbs = self.own.get("attend", frozenset())
        for k in range(m0, t):
            if self.lemma[k] in verbs or f"{self.lemma[k]} {self.lemma[k + 1]}" in verbs:
                return True
        return False

    def _plural(self, t: int, t1: int) -> bool:
        """Whether the trigger holds a noun in the plural ("agreements", "contracts"): its lemma and an "s"."""
        return any(self.low[k] == self.lemma[k] + "s" for k in range(t, t1))

    def _trigger_date(self, doc: Doc, s: int, a: int, b: int, t: int, t1: int) -> str | None:
        """The date of the happening a trigger tells: the first date of the trigger's own clause (between the
        commas or semicolons around it: "Founded in 1998, X opened its plant in 2004" dates the opening
        2004), else the first date of the sentence ("On 3 May, X and Y signed …")."""
        dates = _sentence_dates(doc, s, self.lex)
        if len(dates) > 1:
            # "Gliwice, 14 March 2024 – X and Y signed … yesterday": the dateline dates the page
            dates = [d for d in dates if not self._dateline(doc, d.end)] or dates
        if len(dates) < 2:
            return dates[0].value if dates else None
        inside = [(d.start, d.end) for d in dates]
        cuts = [
            doc.tokens[k].start
            for k in range(a, b)
            if self.low[k] in (",", ";") and not any(x <= doc.tokens[k].start < y for x, y in inside)
        ]
        lo = max((c for c in cuts if c < doc.tokens[t].start), default=-1)
        hi = min((c for c in cuts if c >= doc.tokens[t1 - 1].end), default=doc.sentences[s].end)
        own = next((d for d in dates if lo < d.start and d.end <= hi), None)
        return (own or dates[0]).value

    def _partial(self, doc: Doc, s: int, a: int, b: int, typ: str, date: str | None) -> dict[str, Any]:
        """A happening the sentence tells without naming its actors ("4 Polish clusters signed a letter of
        intent"): what it does say (type, date, the town where it took place, the sentence) lets resolution
        add the report to the stored event it retells (`resolve.events.resolve_partial_event`)."""
        ev = _event(typ, [], date, "done", [[doc.sentences[s].start, doc.sentences[s].end]])
        ev["place"] = self._venue(doc, s, a)
        return ev

    def _venue(self, doc: Doc, s: int, a: int) -> int | None:
        """The town a sentence places its happening in: the first town of the sentence written as a location,
        a word of "location_before" at most four words before it ("in Jaworzno", "in the city of Jaworzno")."""
        before = self.lex.words("location_before")
        for n in doc.mentions_in(s):
            m = doc.mentions[n]
            if m.type != "place" or m.entity < 0 or doc.entities[m.entity].subtype != "city":
                continue
            if any(self.low[k] in before for k in range(max(a, m.t0 - 4), m.t0)):
                return m.entity
        return None

    def _event_modality(self, doc: Doc, a: int, b: int, t: int, t1: int, typ: str, kind: str) -> str | None:
        """The modality of a trigger, read before it (or after a conference noun); an announced investment
        counts as reported."""
        mod = self._modality(doc, a, t, t1)
        if mod is None and typ == "conference" and kind == "noun":
            mod = self._after(doc, a, b, t1)  # "the forum, which will take place on …"
        if typ == "investment" and mod == "planned":
            mod = None  # an investment announced is an investment reported (the spec's "built, opened or announced")
        return mod

    def _sides(self, a: int, t: int, t1: int, typ: str, kind: str) -> _Sides:
        """The roles of the trigger's two sides, swapped for a hosting verb or a passive one."""
        before, after, host_subtypes, host_role = self.lex.roles.get(typ, ("party", "party", frozenset(), ""))
        hosting = typ == "visit" and any(self.lemma[k] in self.lex.words("host_verb") for k in range(a, t1))
        if hosting:
            before, after = after, before  # "X hosted a delegation from Y": the subject is the host
        passive = typ in ("founding", "visit") and kind == "verb" and self._passive(a, t)
        if passive:
            before, after = after, before  # "X was founded by Y", "X was visited by Y"
        if kind == "naming" and not self._passive(a, t):
            before = "grantor"  # "fDi named X the best zone" (passive: "X was named … by fDi", by its cue)
        return _Sides(before, after, host_subtypes, host_role, hosting, passive)

    def _participants(
        self, doc: Doc, s: int, a: int, b: int, t: int, t1: int, typ: str, sides: _Sides
    ) -> list[tuple[int, str]]:
        """The entities named in the sentence that take part in the event, each with its role."""
        parts: list[tuple[int, str]] = []
        listed = self.lex.words("list_joiner")
        prev: tuple[int, str | None] = (-1, None)  # the end and cued role of the organisation named before
        backer_end = -1  # the end of the backer named before ("supported by X and Y": Y backs too)
        aside: set[int] = (
            set()
        )  # entities of the sentence found to take no part (their acronym after them too)
        for n in doc.mentions_in(s):
            m = doc.mentions[n]
            if m.entity in aside:
                continue  # "informed the Ministry of Development (MRPiT)"
            if backer_end >= 0 and all(self.low[k] in listed for k in range(backer_end, m.t0)):
                backer_end = m.t1
                aside.add(m.entity)
                continue
            if m.entity >= 0 and self._backer(a, m.t0, typ):
                backer_end = m.t1
                aside.add(m.entity)
                continue
            if m.entity < 0 or self._bystander(doc, m, a, b, t, t1, typ):
                aside.add(m.entity)
                continue
            ent = doc.entities[m.entity]
            if (
                typ == "award"
                and m.t0 > t
                and self._phrase_before(a, m.t0, self.own.get("title_as", frozenset()))
            ):
                continue  # "selected X as the Employer of the Year": the title, not a recipient
            role = None if sides.passive and m.t0 > t else self._role(doc, typ, m.t0, a)
            if (
                role is None
                and prev[1] is not None
                and all(self.low[k] in listed for k in range(prev[0], m.t0))
            ):
                role = prev[1]  # "organised by X and Y": a list shares the cue of its first member
            prev = (m.t1, role)
            if m.type == "place":
                place_role = self._place_role(m, ent, role, a, t, typ, sides.hosting)
                if place_role is not None:
                    parts.append((m.entity, place_role))
                continue
            actor = m.entity
            if m.type == "person" and typ == "visit":
                # "IFEZ Commissioner Kim visited X": the body the visitor (or the host) speaks for
                actor = self._person_body(doc, ent, s)
                if actor is None:
                    continue
                ent = doc.entities[actor]
            elif m.type not in _ACTOR_TYPES:
                continue
            if role is None and typ == "conference" and m.t1 <= t and self._attends(m.t1, t):
                role = "participant"  # "X took part in the fair": X attends, another organises
            if role is None:
                if (
                    sides.host_role
                    and ent.subtype in sides.host_subtypes
                    and (m.t0 >= t1 or typ == "investment")
                ):
                    role = sides.host_role
                else:
                    role = sides.before if m.t1 <= t else sides.after
            parts.append((actor, role))
        return parts

    def _member_sides(self, doc: Doc, parts: list[tuple[int, str]], sides: _Sides) -> list[tuple[int, str]]:
        """ "The cluster has welcomed three new members: A, B and C": where one party alone is of a kind that
        has members (a cluster, an association, a zone), it is the group and the others its members."""
        groups = [e for e, _r in parts if doc.entities[e].subtype in sides.host_subtypes]
        if len(groups) != 1 or len(parts) < 2:
            return parts
        return [(e, sides.host_role if e == groups[0] else "member") for e, _r in parts]

    def _person_body(self, doc: Doc, person: Entity, s: int) -> int | None:
        """The organisation of a person's first role with one, unless sentence s names it itself."""
        org = next((r.get("organization") for r in person.roles if r.get("organization")), None)
        k = next((k for k, e in enumerate(doc.entities) if e.id == org), None) if org else None
        if k is None or any(doc.mentions[n].entity == k for n in doc.mentions_in(s)):
            return None
        return k

    def _bystander(self, doc: Doc, m: Mention, a: int, b: int, t: int, t1: int, typ: str) -> bool:
        """Whether a mention is no party to the event: the news's source, a witness or an example."""
        if m.t0 == a and m.t1 < b and doc.tokens[m.t1].text == ":":
            return True  # "MRPiT: …": the source of the news, not a party to it
        witness = self.lex.words("witness")
        if typ in _SIGNED and any(self.lemma[k] in witness for k in range(min(t, m.t0), m.t0)):
            return True  # "the signing was attended by X": X witnessed it, X is no party
        if self._backer(a, m.t0, typ):
            return True  # "co-financed by the Union", "with the support of X", a summit "organised by X"
        if typ != "investment" and self._phrase_before(a, m.t0, self.lex.words("source_cue")):
            return True  # "according to the ministry": the source of the news (an investor tells its own)
        reporters = self.lex.words("report_verb")
        if m.t0 > t1 and any(
            self.lemma[k] in reporters and not self._named_after(doc, k + 1, b)
            for k in range(m.t1, min(b, m.t1 + 3))
        ):
            return True  # "… under an agreement, the ministry has reported": the source of the news
        if m.t0 > t1 and self._phrase_before(a, m.t0, reporters):
            return True  # "…, said the Silesian Automotive Cluster": the source of the news
        if self._client(a, m.t0):
            return True  # "X, a supplier of Volkswagen, will invest": the client is no party
        # "partners, including X and Y": examples of a group, not parties themselves
        return typ not in ("investment", "award", "membership", "conference") and self._example(a, m.t0)

    def _client(self, a: int, t0: int) -> bool:
        """The name at token t0 is what another party serves: after a noun of a business tie and "of" ("a
        supplier of X", "a subsidiary of the X group") or after a verb of supplying ("which supplies X")."""
        ties = self.lex.words("tie_noun")
        of = self.lex.words("head_of")
        for k in range(max(a, t0 - 3), t0 - 1):
            if self.lemma[k] in ties and self.low[k + 1] in of:
                return True
        k = t0 - 1
        if k > a and self.low[k] in self.lex.words("article"):
            k -= 1
        return k >= a and self.lemma[k] in self.lex.words("supply_verb")

    def _backer(self, a: int, t0: int, typ: str) -> bool:
        """The name at token t0 backs what is told, it takes no part: the agent of a verb of funding or support
        ("co-financed by X", "with the support of X"), or, for a signing, the organiser of the gathering where
        it took place ("the signing took place during the summit organised by X")."""
        verbs = self.lex.words("support_verb")
        if typ in _SIGNED:
            verbs = verbs | self.lex.words("conference_verb")
        agents = self.lex.words("agent_prep") | self.lex.words("head_of")
        backing = self.own.get("backing_noun", frozenset())
        for k in range(max(a, t0 - 5), t0 - 1):
            if (self.lemma[k] in verbs or backing & {self.lemma[k], self.low[k]}) and self.low[
                k + 1
            ] in agents:
                return True  # "co-financed by X", "under the patronage of X"
        return False

    def _place_role(
        self, m: Mention, ent: Entity, role: str | None, a: int, t: int, typ: str, hosting: bool
    ) -> str | None:
        """The role of a place in the event: a visiting country, a hosting town, a nationality; else none."""
        if typ == "visit" and role == "visitor" and ent.subtype in ("country", "city", "region"):
            return "visitor"
        if (
            hosting
            and role is None
            and m.t1 <= t
            and ent.subtype in ("city", "region")
            and not (m.t0 > a and self.low[m.t0 - 1] in self.lex.words("location_before"))
        ):
            return "host"  # "Lublin hosted a delegation": the town acts
        if m.descriptor == "nationality" and typ in ("visit", "conference"):
            return "visitor" if typ == "visit" else "participant"
        return None

    def _example(self, a: int, t0: int) -> bool:
        """Whether a mention stands in a list of examples ("including A, B and C", "such as A or B")."""
        cues = self.lex.words("example_cue")
        for k in range(t0 - 1, max(a, t0 - 12) - 1, -1):
            if self.low[k] in (".", ";", ":") or self.low[k] == "(":
                return False
            if self.low[k] in cues or " ".join(self.low[k : k + 2]) in cues:
                return True
        return False

    def _passive(self, a: int, t: int) -> bool:
        """ "was founded", "has been set up", "were officially established": a form of "be" before the verb (not
        before its form in "-ing": "is touring Poland" tells what its subject does)."""
        endings = tuple(self.own.get("progressive", ()))
        if endings and self.low[t].endswith(endings):
            return False
        k = t - 1
        while k >= a and self.low[k].endswith("ly"):
            k -= 1  # "officially"
        return k >= a and self.lemma[k] in self.lex.words("passive")

    def _after(self, doc: Doc, a: int, b: int, t1: int) -> str | None:
        """Modality after a noun trigger, in its clause ("a seminar, which will be held on 3 May")."""
        for k in range(t1, min(b, t1 + 5)):
            if self.low[k] in (".", ";"):
                break
            kind = self.lex.modality.get(self.low[k])
            if (
                kind is not None and kind != "attributive" and self.low[k] == doc.tokens[k].text
            ):  # not a month
                return kind
        return None

    def _anaphora(
        self, doc: Doc, a: int, b: int, t: int, typ: str, before: str, after: str
    ) -> list[tuple[int, str]]:
        """ "The company will build …", "the firm and the zone signed …": the company last named before."""
        if typ == "founding":
            return self._founded_anaphor(doc, a, b, t, before, after)
        if typ not in ("investment", "agreement", "cooperation", "letter_of_intent", "membership"):
            return []
        for k in range(a, b - 1):
            if self.low[k] == "the" and self.low[k + 1] in self.lex.words("company_anaphor"):
                if k + 2 < b and doc.tokens[k + 2].is_word and doc.tokens[k + 2].text[0].isupper():
                    continue  # "the company Qwertonix": the name follows
                company = last_company_before(doc, doc.tokens[k].start)
                return [] if company is None else [(company, before if k < t else after)]
        named = {
            m.entity
            for n in doc.mentions_in(doc.sent_of[a])
            if (m := doc.mentions[n]).entity >= 0 and m.type == "organization"
        }
        if typ == "investment" or len(named) != 1:
            return []  # the kind noun completes a pair: one party named, the other pointed back at
        # "On Tuesday the zone signed another agreement with X": the body of that kind named before
        return self._founded_anaphor(doc, a, b, t, before, after, located=False)

    def _founded_anaphor(
        self, doc: Doc, a: int, b: int, t: int, before: str, after: str, located: bool = True
    ) -> list[tuple[int, str]]:
        """ "The cluster was founded in 2012": "the" and a head word point back at the last organisation of
        that kind named before (the founded body where the verb is passive)."""
        for k in range(a, b - 1):
            if self.low[k] != "the" or not doc.tokens[k + 1].text.islower():
                continue
            if k + 2 < b and doc.tokens[k + 2].is_word and doc.tokens[k + 2].text[:1].isupper():
                continue  # "the cluster Harbour Tech": the name follows
            if not located and k > a and self.low[k - 1] in self.lex.words("location_before"):
                continue  # "a plant in the zone": a place, no party
            sub = self.lex.org_heads.get((self.lemma[k + 1],))
            start = doc.tokens[k].start
            words = (self.low[k + 1], self.lemma[k + 1])
            last = last_org_before(
                doc,
                start,
                (lambda e, sub=sub: e.subtype == sub)
                if sub is not None
                # "the park": the body last named whose name ends in the word ("… Technology Park")
                else (lambda e, words=words: e.name.split()[-1].lower() in words),
            )
            if sub is None and last is None:
                continue
            return [(last, before if k < t else after)] if last is not None else []
        return []

    def _acting_places(self, doc: Doc, s: int) -> list[tuple[int, str]]:
        """Towns that sign themselves ("the towns of Brenna and Kolno signed a pact on buses",
        "the mayors of Aldmoor and Brenna signed"): cities of the sentence not written as a location ("in X")."""
        out: list[tuple[int, str]] = []
        a, b = doc.sent_span[s]
        if "sign" not in self.lemma[a:b]:
            return out  # towns act as parties only where the sentence tells of a signing
        for n in doc.mentions_in(s):
            m = doc.mentions[n]
            if m.type != "place" or m.entity < 0 or doc.entities[m.entity].subtype not in ("city", "region"):
                continue
            k = m.t0 - 1
            if k >= 0 and self.low[k] in self.lex.words("location_before"):
                continue
            if (m.entity, "party") not in out:
                out.append((m.entity, "party"))
        return out if len(out) >= 2 else []

    def _role(self, doc: Doc, typ: str, t0: int, a: int) -> str | None:
        k = t0 - 1
        skip = self.lex.words("role_cue_skip")
        while k >= a and (doc.tokens[k].text == "," or doc.tokens[k].text.lower() in skip):
            k -= 1
        if k < a:
            return None
        pair = (typ, f"{self.lemma[k - 1]} {self.lemma[k]}") if k > a else None
        if pair in self.lex.role_cues:
            return self.lex.role_cues[pair]  # "the award of X": X grants it
        if self.lemma[k] in self.lex.words("head_of") and not (
            k > a and self.lemma[k - 1] in self.lex.group_nouns
        ):
            # "a delegation of X", "representatives of X" mark visitors; "the plant of X", "the Lublin
            # Subzone of X" do not
            return None
        return self.lex.role_cues.get((typ, self.lemma[k]))

    def _investments(
        self,
        doc: Doc,
        parts: list[tuple[int, str]],
        main_host: int | None,
        date: str | None,
        status: str,
        evidence: list[list[int]],
    ) -> list[dict[str, Any]]:
        firms = {e for e, _r in parts if doc.entities[e].subtype in ("company", None)}
        hosts = [e for e, r in parts if r == "host" and e not in firms]
        # a company after the verb invests too ("X will invest …, and the start-up Y will spend …")
        investors = [e for e, _r in parts if e in firms]
        if not hosts and main_host is not None:
            hosts = [main_host]
        if not investors:
            return []
        return [
            _event(
                "investment",
                [(inv, "investor"), *((h, "host") for h in hosts if h != inv)],
                date,
                status,
                evidence,
            )
            for inv in investors
        ]

    def _award_roles(self, doc: Doc, s: int, parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
        out = []
        for e, role in parts:
            ent = doc.entities[e]
            grantor = False
            for n in ent.mentions:
                m = doc.mentions[n]
                if m.sent != s:
                    continue
                nxt = doc.text[m.end : m.end + 2]
                if nxt in ("'s", "’s") or ent.subtype == "other":
                    grantor = True
            out.append((e, "grantor" if grantor else role))
        return out

    def _main_host(self, doc: Doc) -> int | None:
        """The document's economic zone that most mentions name (the host of investments it reports)."""
        best = None
        for k, ent in enumerate(doc.entities):
            if ent.type == "organization" and ent.subtype == "economic_zone":
                if best is None or len(ent.mentions) > len(doc.entities[best].mentions):
                    best = k
        return best


def _sentence_date(doc: Doc, s: int, lex: EnLexicon) -> str | None:
    """The first date with a value in sentence s that is no deadline ("will hire 200 people by 2026")."""
    dates = _sentence_dates(doc, s, lex)
    return dates[0].value if dates else None


def _sentence_dates(doc: Doc, s: int, lex: EnLexicon) -> list[DateMention]:
    """The dates with a value in sentence s that are no deadlines, in order."""
    sent = doc.sentences[s]
    return [
        d
        for d in doc.dates
        if sent.start <= d.start < sent.end and d.value and not _deadline(doc, sent.start, d.start, lex)
    ]


def _deadline(doc: Doc, start: int, at: int, lex: EnLexicon) -> bool:
    """The date at offset `at` follows a word of a deadline ("by", "until"), maybe with "the end of" between."""
    before = doc.text[max(start, at - 40) : at].lower().split()
    fill = lex.words("deadline_filler")
    while before and before[-1] in fill:
        before.pop()
    return bool(before) and before[-1] in lex.words("deadline_word")


def _share_grantor(events: list[dict[str, Any]]) -> None:
    """The awards of one report with no grantor take the one grantor its other awards name (a ranking's
    winners: "fDi's Free Zones of the Year … X was highly commended")."""
    awards = [ev for ev in events if ev["type"] == "award"]
    grantors = {p["entity"] for ev in awards for p in ev["participants"] if p["role"] == "grantor"}
    if len(grantors) != 1:
        return
    (grantor,) = grantors
    for ev in awards:
        if not any(p["role"] == "grantor" for p in ev["participants"]) and all(
            p["entity"] != grantor for p in ev["participants"]
        ):
            ev["participants"].append({"entity": grantor, "role": "grantor"})


def _kind(typ: str) -> str:
    return "signing" if typ in _SIGNED else typ


def _partial_events(
    doc: Doc, partials: list[dict[str, Any]], events: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """One partial event per kind of happening that the document tells without its actors and of which it
    records no event: the first report of the kind, dated and placed by the first of its reports that are."""
    kinds = {_kind(ev["type"]) for ev in events}
    out: dict[str, dict[str, Any]] = {}
    for ev in partials:
        kind = _kind(ev["type"])
        if kind in kinds:
            continue
        first = out.setdefault(kind, ev)
        if first is not ev:
            if first["date"] and ev["date"] and first["date"] != ev["date"]:
                continue  # another date: another happening of the kind
            first["date"] = first["date"] or ev["date"]
            first["place"] = first["place"] if first["place"] is not None else ev["place"]
            first["evidence"].extend(e for e in ev["evidence"] if e not in first["evidence"])
    for ev in out.values():
        if ev["place"] is not None:
            ev["place"] = doc.entities[ev["place"]].id
        del ev["status"]
    return list(out.values())


def _enough_parties(typ: str, kind: str, parts: list[tuple[int, str]]) -> bool:
    """Whether the participants make an event: one in the role the type needs first, two parties to an
    agreement named by a noun, and two to any cooperation."""
    needed = _FIRST_ROLE.get(typ)
    if needed and typ != "investment" and not any(r == needed for _e, r in parts):
        return False
    if typ == "cooperation" and len({p for p, _ in parts}) < 2:
        return False  # "X has worked together with local schools": who else cooperates is not told
    return not (kind == "noun" and typ == "agreement" and len({p for p, _ in parts}) < 2)


def _event(
    typ: str, parts: list[tuple[int, str]], date: str | None, status: str, evidence: list[list[int]]
) -> dict[str, Any]:
    return {
        "type": typ,
        "status": status,
        "date": date,
        "place": None,
        "participants": [{"entity": e, "role": r} for e, r in parts],
        "sectors": [],
        "evidence": evidence,
    }


def _merge(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for ev in events:
        ents = {p["entity"] for p in ev["participants"]}
        if ev.pop("_ref", False):
            told = [
                old
                for old in out
                if old["type"] == ev["type"]
                and (not ents or ents & {p["entity"] for p in old["participants"]})
            ]
            if told:
                told[-1]["evidence"].extend(
                    ev["evidence"]
                )  # the parties of the reference are the event's told
                told[-1]["date"] = told[-1]["date"] or ev["date"]
                continue
        for old in out:
            if old["type"] != ev["type"]:
                continue
            old_ents = {p["entity"] for p in old["participants"]}
            if ev["type"] == "investment":
                same = _investors(old) == _investors(ev)
            elif ev["type"] == "award" and _recipients(old) and _recipients(ev):
                same = _recipients(old) == _recipients(ev)  # one award per recipient
            elif ev["type"] in _ONE_PER_DOC:
                # "this week" and "on Tuesday" of that week: one visit
                same = compatible_dates(old["date"], ev["date"], missing=True)
                if old.get("name") and ev.get("name") and old["name"] != ev["name"]:
                    same = False  # two fairs named in one report are two events
            else:
                # one shared party of two otherwise different sets, or other dates: two signings ("X signed an
                # agreement with Y on Monday; on Tuesday it signed another with Z")
                shared = ents & old_ents
                same = (
                    bool(shared)
                    and (len(shared) >= 2 or ents <= old_ents or old_ents <= ents)
                    and compatible_dates(old["date"], ev["date"], missing=True)
                )
            if same:
                have = {(p["entity"], p["role"]) for p in old["participants"]}
                have_e = {p["entity"] for p in old["participants"]}
                for p in ev["participants"]:
                    if (p["entity"], p["role"]) not in have and p["entity"] not in have_e:
                        old["participants"].append(p)
                old["date"] = _finer_date(old["date"], ev["date"])
                if ev["type"] == "conference" and "planned" in (old["status"], ev["status"]):
                    old["status"] = "planned"  # "the forum will take place on …" in any of its reports
                if ev.get("name") and not old.get("name"):
                    old["name"] = ev["name"]
                old["evidence"].extend(ev["evidence"])
                break
        else:
            out.append(ev)
    return out


def _finer_date(old: str | None, new: str | None) -> str | None:
    """The date of two reports of one event: the first, unless it is only a year, a month or a week or more
    that holds the other ("this week … on Tuesday"); a short range stays ("on 12-13 October … on 12 October")."""
    io, inew = date_interval(old), date_interval(new)
    if not io:
        return new if inew else old
    if not inew or not compatible_dates(old, new, missing=False):
        return old
    span = (date.fromisoformat(io[1]) - date.fromisoformat(io[0])).days + 1
    return new if inew[2] > io[2] or (io[2] == inew[2] == 3 and span >= _WEEK_DAYS) else old


def _investors(ev: dict[str, Any]) -> set[Any]:
    return {p["entity"] for p in ev["participants"] if p["role"] == "investor"}


def _recipients(ev: dict[str, Any]) -> set[Any]:
    return {p["entity"] for p in ev["participants"] if p["role"] == "recipient"}


def _one_award_per_recipient(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A ranking that places several recipients is one award each (with the same grantors)."""
    out: list[dict[str, Any]] = []
    for ev in events:
        winners = [p for p in ev["participants"] if p["role"] == "recipient"]
        if ev["type"] != "award" or len(winners) < 2:
            out.append(ev)
            continue
        others = [p for p in ev["participants"] if p["role"] != "recipient"]
        for w in winners:
            one = {**ev, "participants": [dict(w), *(dict(p) for p in others)]}
            one["evidence"] = [list(e) for e in ev["evidence"]]
            out.append(one)
    return out
