"""People's roles in English text: a title next to the person's name ("Anna Nowak, president of the X
Cluster", "the chairman of X, Jan Kowalski", "Jan Kowalski – director of X"), with the organisation named
after "of" or right after the title, else none. Titles: ``data/en/titles.tsv``."""

from __future__ import annotations

from kooperacja.extract.doc import Doc
from kooperacja.extract.en.lexicon import EnLexicon

_GAP = frozenset((",", "–", "-", "—", "the", "a", "an", "(", "is", "was", "as"))


class EnglishRoles:
    def __init__(self, lex: EnLexicon) -> None:
        self.titles = sorted(
            (tuple(w.split()) for w, k in lex.titles.items() if k == "title"), key=len, reverse=True
        )

    def __call__(self, doc: Doc) -> None:
        toks = doc.tokens
        lemma = [r[0].lemma.lower() if r else t.text.lower() for t, r in zip(toks, doc.readings, strict=True)]
        low = [t.text.lower() for t in toks]
        for ent in doc.entities:
            if ent.type != "person":
                continue
            roles: list[dict[str, str | None]] = []
            for n in ent.mentions:
                m = doc.mentions[n]
                b = doc.sent_span[m.sent][1]
                k = m.t1
                while k < b and toks[k].text.lower() in _GAP:
                    k += 1
                t = k
                while t < b:
                    step = next(
                        (
                            len(w)
                            for w in self.titles
                            if w in (tuple(lemma[t : t + len(w)]), tuple(low[t : t + len(w)]))
                        ),
                        1 if toks[t].text.lower() in ("vice", "deputy", "-") else 0,
                    )
                    if not step:
                        break
                    t += step
                if t == k:
                    continue
                title = " ".join(toks[x].text for x in range(k, t)).lower().replace(" - ", "-")
                org = None
                if t < b and toks[t].text in ("of", "at"):
                    t += 1
                    while t < b and toks[t].text.lower() == "the":
                        t += 1
                mt = doc.mention_at(t) if t < b else None
                if (
                    mt is not None
                    and doc.mentions[mt].type == "organization"
                    and doc.mentions[mt].entity >= 0
                ):
                    org = doc.entities[doc.mentions[mt].entity].id
                if {"title": title, "organization": org} not in roles:
                    roles.append({"title": title, "organization": org})
            ent.roles = roles
