"""The parties named with an event noun ("umowa partnerska Zamościa z Łuckiem", "porozumienie między A a B"): the
noun with both parties states the event. Part of `EventTriggers`."""

from __future__ import annotations

from kooperacja.extract.doc import Doc
from kooperacja.text.morphology import NOMINAL


class TriggerParties:
    """Rules of an event noun named with its two parties; part of `EventTriggers`."""

    def _pair_with(self, doc: Doc, i: int) -> bool:
        """An event noun followed, past up to three lower-case words ("o współpracy", "partnerska"), by a name in the
        genitive and "z" with a second name ("Umowa partnerska Zamościa z Łuckiem", "Porozumienie Gminy Alfa z
        firmą Beta"): the pair of its parties."""
        s1 = doc.sent_span[doc.sent_of[i]][1]
        ms, toks = doc.mentions, doc.tokens
        k = i + 1
        while k < min(s1, i + 4) and doc.mention_at(k) is None:
            if not (toks[k].is_word and toks[k].text.islower()):
                return False
            k += 1
        n = doc.mention_at(k) if k < s1 else None
        if n is None or ms[n].t0 != k or ms[n].type == "person" or ms[n].entity < 0:
            return False
        if not any(r.pos in NOMINAL and "gen" in r.cases for r in doc.readings[k]):
            return False
        j = ms[n].t1
        if j >= s1 or toks[j].lower not in self.w.with_preposition:
            return False
        j += 1
        while j < min(s1, ms[n].t1 + 4) and doc.mention_at(j) is None:
            if not (toks[j].is_word and toks[j].text.islower()):
                return False  # "z firmą Beta", "z ukraińskim Łuckiem": common words before the second name
            j += 1
        m = doc.mention_at(j) if j < s1 else None
        return m is not None and ms[m].type != "person" and ms[m].entity >= 0 and ms[m].entity != ms[n].entity

    def _between(self, doc: Doc, i: int) -> bool:
        """An event noun followed by "między/pomiędzy A a/i B" naming two organisations or places."""
        s1 = doc.sent_span[doc.sent_of[i]][1]
        k = i + 1
        while k < min(s1, i + 4) and doc.tokens[k].lower not in self.w.between_preposition:
            if doc.mention_at(k) is not None or not doc.tokens[k].is_word:
                return False
            k += 1
        if k >= min(s1, i + 4):
            return False
        named = set()
        j = k + 1
        joined = True  # right after the preposition or a conjunction
        while j < s1 and len(named) < 2:
            n = doc.mention_at(j)
            if n is None:
                tok = doc.tokens[j]
                joins = tok.lower in self.w.conjunction or tok.text == ","
                if not joins and joined and tok.is_word and not tok.is_cap and j + 1 < s1:
                    # "między województwem Alfa a stanem Beta": a common noun before a name
                    if doc.mention_at(j + 1) is not None:
                        j += 1
                        continue
                if not joins and j == k + 1:
                    return False
                if not joins:
                    break
                joined = True
                j += 1
                continue
            joined = False
            m = doc.mentions[n]
            if m.type == "person" or m.entity < 0:
                return False
            named.add(m.entity)
            j = m.t1
        return len(named) >= 2
