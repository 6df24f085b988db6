"""Event participants: the mentions of the trigger's sentence (or of the list it opens) with their roles, by a
policy per event type."""

from __future__ import annotations

from kooperacja.extract.doc import Doc
from kooperacja.extract.event_draft import (
    PARTY_TYPES,
    sub,
    verbs_active,
)


class EventParticipants:
    """Chooses participants; part of `EventFinder`."""

    def _mentions_in(self, doc: Doc, s: int) -> list[int]:
        return [n for n in doc.mentions_in(s) if doc.mentions[n].entity >= 0]

    def _list_after(self, doc: Doc, s: int, places: bool = False) -> list[int]:
        """Mentions in the list that a sentence ending with ':' introduces (or a short line right after it:
        "… podpisano list intencyjny. Sygnatariusze listu:"). Places count where they can act (`places`:
        the towns a ranking lists)."""
        text = doc.sent_text(s).rstrip()
        if not text.endswith(":"):
            if s + 1 < len(doc.sentences):
                nxt = doc.sent_text(s + 1).rstrip()
                s0, s1 = doc.sent_span[s + 1]
                if nxt.endswith(":") and s1 - s0 <= 6 and not self._mentions_in(doc, s + 1):
                    return self._list_after(doc, s + 1, places)
            return []
        out: list[int] = []
        gap = 0
        kinds = ("organization", "place") if places else ("organization",)
        for t in range(s + 1, min(len(doc.sentences), s + 25)):
            found = [
                n
                for n in self._mentions_in(doc, t)
                if doc.mentions[n].type in kinds
                and (doc.mentions[n].type == "organization" or sub(doc, n) in ("city", "region"))
            ]
            s0, s1 = doc.sent_span[t]
            if not found:
                gap += 1
                # lines naming the people who signed for an item ("• Jan Nowak – Prezes") do not end the list
                if (out and gap > 3) or s1 - s0 > 25:
                    break
                continue
            gap = 0
            # the first organisation of each item is the signatory; "reprezentowany przez X" is not. Items
            # inside one line are cut at commas, semicolons and "oraz" outside names ("A – Wójt Gminy X, B –
            # Burmistrz Miasta Y oraz C – Wójt Gminy Z")
            item: int | None = None
            for n in found:
                if item is None or self._item_break(doc, item, n):
                    if not self._represented(doc, n):
                        out.append(n)
                    item = n
        return out

    def _item_break(self, doc: Doc, a: int, b: int) -> bool:
        """A comma, semicolon or 'oraz' outside names between mentions a and b."""
        for k in range(doc.mentions[a].t1, doc.mentions[b].t0):
            if doc.tokens[k].text in (",", ";") or doc.tokens[k].lower in self.w.item_break:
                if doc.mention_at(k) is None:
                    return True
        return False

    def _list_in_next(self, doc: Doc, s: int, cand: list[int]) -> list[int]:
        """ "… spotkali się, by podpisać porozumienie. Wśród obecnych znaleźli się: A, B, C": a sentence that
        names no actors takes them from the list that the next sentence opens with a colon."""
        actors = [
            n
            for n in cand
            if doc.mentions[n].type == "organization"
            and not self._being_founded(doc, n)
            and not self._venue(doc, n)
        ]
        if actors or s + 1 >= len(doc.sentences):
            return []
        s0, s1 = doc.sent_span[s + 1]
        colon = next((i for i in range(s0, min(s1, s0 + 12)) if doc.tokens[i].text == ":"), None)
        if colon is None:
            return []
        after = [n for n in self._mentions_in(doc, s + 1) if doc.mentions[n].t0 > colon]
        orgs = [n for n in after if doc.mentions[n].type == "organization"]
        return orgs if len(orgs) >= 2 else []

    def _participants(self, doc: Doc, s: int, typ: str, at: list[int]) -> list[tuple[int, str]]:
        ms = doc.mentions
        cand = self._mentions_in(doc, s)
        listed = self._list_after(doc, s, typ == "award") or self._list_in_next(doc, s, cand)
        listed_places = [n for n in listed if ms[n].type == "place"]
        listed = [n for n in listed if ms[n].type != "place"]
        cand = [
            n
            for n in cand
            if not self._represented(doc, n) and not self._parenthesised(doc, n) and not self._funding(doc, n)
        ]
        orgs = [n for n in cand if ms[n].type == "organization"] + listed
        persons = [n for n in cand if ms[n].type == "person" and not self._person_has_org(doc, n)]
        places = [n for n in cand if ms[n].type == "place" and sub(doc, n) != "other"]
        trig = min(at)
        seen: set[int] = set()

        def uniq(items: list[tuple[int, str]]) -> list[tuple[int, str]]:
            out = []
            for n, role in items:
                e = ms[n].entity
                if e in seen:
                    continue
                seen.add(e)
                out.append((n, role))
            return out

        if typ in PARTY_TYPES:
            parties = [(n, "party") for n in orgs if not self._venue(doc, n)]
            if len({ms[n].entity for n, _ in parties}) < 2:
                acting = [
                    n for n in places if ms[n].subtype in ("city", "region") and self._acting_place(doc, n)
                ]
                parties += [(n, "party") for n in acting]
            if len({ms[n].entity for n, _ in parties}) < 2:
                parties += [(n, "party") for n in persons]
            return uniq(parties)
        if typ == "visit":
            out = []
            hosting = self._hosting_verb(doc, s)
            for n in orgs + places:
                if self._after_prep(doc, n, self.w.agent_preposition, 2):
                    continue  # "zorganizowane przez X": X organises something within the trip
                if self._met_with(doc, n):
                    out.append((n, "host"))  # "delegacja spotkała się z przedstawicielami Urzędu"
                elif self._delegation_of(doc, n) or self._after_prep(doc, n, self.w.with_preposition, 1):
                    out.append((n, "visitor"))  # "delegacja prowincji Hubei", "delegacja z prowincji Hubei"
                elif (
                    self._after_prep(doc, n, self.w.host_preposition)
                    or self._in_seat_of(doc, n)
                    or self._object_of_visit(doc, n, at)
                    or (hosting is not None and (ms[n].t0 > hosting or self._nominative(doc, n)))
                ):
                    out.append(
                        (n, "host")
                    )  # "Park gościł delegację", "gości przyjęli przedstawiciele Urzędu"
                elif ms[n].type == "organization":
                    out.append((n, "visitor"))
            if not out:
                out += [(n, "visitor") for n in persons]
            return uniq(out)
        if typ == "conference":
            out = []
            for n in orgs:
                role = "organizer" if self._organizer(doc, n) else "participant"
                out.append((n, role))
            if not out:
                # "goście z Kałusza i Jonawy": towns and regions take part; "przedsiębiorcy z Polski i Białorusi"
                # only says where the people come from
                out = [
                    (n, "participant")
                    for n in places
                    if self._after_prep(doc, n, self.w.with_preposition) and sub(doc, n) != "country"
                ]
            return uniq(out)
        if typ == "founding":
            founded = None
            # "list intencyjny w sprawie utworzenia klastra": a founding that is the topic of something else
            at = [i for i in at if not self._topic_of(doc, i)]
            if not at:
                return []
            participles = [i for i in at if all(r.pos in ("ppas", "pact") for r in doc.readings[i])]
            if participles and len(participles) == len(at):
                # "ranking stworzony przez magazyn X": only a named organisation right before is founded
                before = [n for n in orgs if 0 < min(at) - ms[n].t1 <= 2]
                if not before:
                    return []
            at = [i for i in at if not self._thing_arises(doc, i)]
            if not at:
                return []
            gerunds = [i for i in at if any(r.pos == "ger" for r in doc.readings[i])]
            if gerunds and len(gerunds) == len(at):
                if not any("sg" in r.numbers for i in gerunds for r in doc.readings[i] if r.pos == "ger"):
                    return []
                near = [n for n in orgs if any(0 < ms[n].t0 - i <= 8 for i in gerunds)]
                if not near:
                    return []
                orgs = near + [n for n in orgs if n not in near]
            clusters = [n for n in orgs if ms[n].subtype == "cluster"]
            after = [
                n for n in orgs if ms[n].start > doc.tokens[trig].start and ms[n].subtype != "economic_zone"
            ]
            if clusters and not any(r.lemma in self.w.arise_perfective for i in at for r in doc.readings[i]):
                founded = clusters[0]
            elif after:
                founded = after[0]
            if founded is None:
                subj = [n for n in orgs if ms[n].start < doc.tokens[trig].start]
                if subj and any(r.lemma in self.w.arise_perfective for i in at for r in doc.readings[i]):
                    founded = subj[-1]
                elif subj and len(orgs) > len(subj):
                    # "Przedsięwzięcie Silesia Automotive zainicjowała KSSE": object first, founders after the verb
                    kinds = [
                        n for n in subj if sub(doc, n) not in ("economic_zone", "municipality", "agency")
                    ]
                    founded = kinds[0] if kinds else None
            if founded is None:
                return []
            out = [(founded, "founded")] + [(n, "founder") for n in orgs if n != founded]
            return uniq(out)
        if typ == "membership":
            # "do Klastra X", "do klastra X" (a lower-case descriptor between), "członkiem X"
            # "włączyć się w projekt X": joining takes "w" as well as "do"
            preps = self.w.join_preposition
            if any(doc.lemmas(i) & self.w.join_in_verb for i in at):
                preps = preps | self.w.join_in_preposition
            group = [n for n in orgs if self._after_prep(doc, n, preps, 1) or self._group_after(doc, n)]
            if not group:
                # "klaster X, do którego należy firma Y": the group is the antecedent of the relative clause
                ante = self._relative_group(doc, at)
                group = [ante] if ante is not None and ante in orgs else []
            members = [n for n in orgs if n not in group]
            if not group or not members:
                return []
            return uniq([(n, "member") for n in members] + [(n, "group") for n in group])
        if typ == "investment":
            # "na terenie po Zakładach X", "w halach po dawnej fabryce X": a former owner of the site invests nothing
            investors = [
                n
                for n in orgs
                if sub(doc, n) == "company"
                and not self._after_prep(doc, n, self.w.origin_preposition, 1)
                and not self._after_prep(doc, n, self.w.former_site_preposition, 1)
            ]
            hosts = [n for n in orgs if sub(doc, n) in ("economic_zone", "municipality", "technology_park")]
            if not investors and s + 1 < len(doc.sentences) and self._names_plant(doc, s + 1):
                investors = [
                    n
                    for n in self._mentions_in(doc, s + 1)
                    if ms[n].type == "organization"
                    and sub(doc, n) == "company"
                    and not self._after_prep(doc, n, self.w.origin_preposition, 1)
                ]
            if not investors and verbs_active(doc, at):
                investors = [n for n in orgs if ms[n].start < doc.tokens[trig].start][:1]
                hosts = [n for n in hosts if n not in investors]
            if not investors:
                return []
            return uniq([(n, "investor") for n in investors] + [(n, "host") for n in hosts])
        if typ == "award":
            grantors = [
                n
                for n in orgs
                if self._after_prep(doc, n, self.w.agent_preposition, skip_words=3)
                or self._award_of(doc, n)
                or self._subject_of_granting(doc, s, n)
            ]
            recipients = [
                n
                for n in orgs
                if n not in grantors
                and not self._after_prep(doc, n, self.w.origin_preposition, 1)
                and not self._in_title(doc, n)
                and not self._award_name(doc, n)
            ]
            if not grantors:
                grantors = self._ranking_author(doc, s, recipients)
            if not recipients:
                recipients = persons
            if not recipients:
                # a ranking of towns and regions: the places it ranks ("najlepiej wypadły Gdynia i Sopot")
                ranked = any(doc.lemmas(i) & self.ew.place_award for i in at)
                recipients = listed_places or [
                    n
                    for n in places
                    if ranked
                    and ms[n].subtype in ("city", "region")
                    and self._acting_place(doc, n)
                    and self._nominative(doc, n)
                ]
            if not recipients:
                return []
            return uniq([(n, "recipient") for n in recipients] + [(n, "grantor") for n in grantors[:1]])
        return []

    def _as_units(self, doc: Doc, parts: list[tuple[int, str]]) -> list[tuple[int, str]]:
        """A place that acts is the unit that the document names formally elsewhere ("gminy: Herby, …" and
        "Gmina Herby"; "województwo opolskie" and "Województwo Opolskie")."""
        units = self._units(doc)
        ents = {doc.mentions[x].entity: x for x, _ in parts}
        out: list[tuple[int, str]] = []
        hosted: set[int] = set()
        for n, role in parts:
            m = doc.mentions[n]
            if m.type == "place":
                k = units.get(m.name.lower())
                if k is not None:
                    ke = doc.mentions[k].entity
                    if ke in ents:
                        # the unit takes part already: one participant, hosting where the place hosts
                        if role == "host":
                            hosted.add(ke)
                        continue
                    n = k
            out.append((n, role))
        return [(n, "host" if doc.mentions[n].entity in hosted else r) for n, r in out]

    def _units(self, doc: Doc) -> dict[str, int]:
        if doc.place_units is not None:
            return doc.place_units
        found: dict[str, set[int]] = {}
        first: dict[int, int] = {}
        for n, m in enumerate(doc.mentions):
            if (
                m.type != "organization"
                or m.entity < 0
                or m.subtype not in ("municipality", "regional_government")
            ):
                continue
            first.setdefault(m.entity, n)
            name = doc.entities[m.entity].name
            low = name.lower()
            keys = {low}
            for prefix in self._unit_prefixes:
                if low.startswith(prefix + " "):
                    keys.add(low[len(prefix) + 1 :])
            for k in keys:
                found.setdefault(k, set()).add(m.entity)
        units = {k: first[next(iter(v))] for k, v in found.items() if len(v) == 1}
        doc.place_units = units
        return units
