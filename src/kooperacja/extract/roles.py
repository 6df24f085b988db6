"""People's roles: the title next to a name ("prezes ŁSSE Adam Wrona", "Irena Kalisz, prezes Fundacji
Rozwoju Regionu Kłodzkiego", "reprezentowaną przez prezesa zarządu Marka Lisa") and the organisation it
names, in base form."""

from __future__ import annotations

from collections.abc import Collection
from functools import cache

from kooperacja.data.language_data import language_data, on_data_change
from kooperacja.extract.baseform import restore_case
from kooperacja.extract.cues import cues, tag_classes
from kooperacja.extract.doc import Doc, Mention
from kooperacja.extract.entities import without_kind
from kooperacja.extract.lexicon import lexicon
from kooperacja.extract.name_shape import line_break_before
from kooperacja.text.morphology import NOMINAL
from kooperacja.text.namekeys import document_acronym_key, document_initials, is_acronym

_CLAUSE_VERB = tag_classes().clause_verb
_CLAUSE_OR_INF = tag_classes().clause_or_inf

_STOP = {",", ";", ":", "(", ")", "–", "-", "—", '"', "„", "”"}
_APPOSITION = {",", "–", "-", "—"}


def _title_at(doc: Doc, i: int, titles: frozenset[str]) -> str | None:
    t = doc.tokens[i]
    if not t.is_word:
        return None
    if t.text in titles:
        return t.text
    for r in doc.readings[i]:
        if r.pos in NOMINAL and r.lemma.lower() in titles:
            return r.lemma.lower()
    return None


@cache
def _title_modifiers(lang: str) -> frozenset[str]:
    return language_data(lang).words("title_modifiers", "lemma")


on_data_change(_title_modifiers.cache_clear)


def _title_modifier(doc: Doc, i: int) -> bool:
    """The word at i is an adjective that may stand before a title in apposition (data/<lang>/title_modifiers.tsv)."""
    words = _title_modifiers(doc.lang)
    return any(r.pos == "adj" and r.lemma.lower() in words for r in doc.readings[i])


def _after_preposition_past_titles(doc: Doc, t0: int) -> bool:
    """The name at t0 follows a preposition, academic titles aside ("z prof. Janem Lisem", "wraz z Anną Kos"): it
    is in an oblique case, the name of someone a title before the preposition does not belong to."""
    toks, strip = doc.tokens, lexicon(doc.lang).strip_titles
    j = t0 - 1
    while j >= 0:
        if toks[j].text in strip:
            j -= 1
        elif toks[j].text == "." and j > 0 and toks[j - 1].text in strip:
            j -= 2  # "prof.", not the last dot of "Sp. z o.o."
        else:
            break
    return j >= 0 and toks[j].is_word and doc.is_preposition(j)


_BLOCK_LINES = 4
_NO_OWNER = -1  # a header that names an organisation no one in the block signs for


def find_roles(doc: Doc) -> None:
    lex = lexicon(doc.lang)
    issuer: list[int | None] = []  # the report's issuer, found once per document at its first signature line
    titles = lex.titles
    by_t1 = {m.t1: n for n, m in enumerate(doc.mentions)}
    by_t0 = {m.t0: n for n, m in enumerate(doc.mentions)}
    for m in doc.mentions:
        if m.type != "person":
            continue
        before = _before(doc, m, titles, by_t1)
        role = before
        if before is None or before[1] is None:
            after = _after(doc, m, titles, by_t0)
            if after is not None and (before is None or after[1] is not None):
                role = after
        title, org, span = role if role else (None, None, None)
        if org is None and span is not None:
            org = _named_in_title(doc, span)
        if org is None and span is not None:
            org = _possessor(doc, span[0])
        # (mention indices: 0 is an organisation too, so no `or` between the fallbacks)
        if org is None:
            org = _from_org(doc, m, by_t0, by_t1)
        if org is None:
            org = _speaks_for(doc, m, by_t0, by_t1)
        if org is None:
            org = _represented(doc, m, by_t1)
        if org is None and span is not None:
            org = _kind_in_title(doc, span)  # "dyrektor zakładu", "koordynatorka klastra"
        if org is None and title and len(title.split()) > 1:
            org = _office_of(doc, title, span)  # "rektor Politechniki Morskiej w …": the title names its unit
        if (
            org is None
            and title
            and title.split()[0].lower() in lex.role_titles
            and not _names_a_place(doc, span)
        ):
            org = _on_behalf_or_only_org(doc, m)
            if org is None:
                org = _nearest_before(doc, m)
        if org is None and title:
            org = _office_of(doc, title, span, late=True)
        if (
            org is None
            and title
            and span is not None
            and _officer(doc, title)
            and _signature_line(doc, m, span)
        ):
            # "Ze strony spółki Alfa:\nJan Lis – Prezes Zarządu": the block's header names its company; else the
            # company whose board speaks in the report the signature closes
            org = _block_owner(doc, m)
            if org is None:
                if not issuer:
                    issuer.append(_issuer(doc))
                org = issuer[0]
            elif org == _NO_OWNER:
                org = None
        if title is None and org is None:
            continue
        ent = doc.entities[m.entity] if m.entity >= 0 else None
        if ent is None:
            continue
        org_id = (
            doc.entities[doc.mentions[org].entity].id
            if org is not None and doc.mentions[org].entity >= 0
            else None
        )
        entry = {"title": title, "organization": org_id}
        if entry not in ent.roles:
            if org_id and any(r["organization"] == org_id for r in ent.roles):
                continue
            if title and any(r["title"] == title and r["organization"] is None for r in ent.roles):
                ent.roles[:] = [
                    r for r in ent.roles if not (r["title"] == title and r["organization"] is None)
                ]
            ent.roles.append(entry)
    _shared_plural_titles(doc)
    for ent in doc.entities:
        if ent.type == "person" and len(ent.roles) > 1:
            with_org = [r for r in ent.roles if r["organization"]]
            titled = {r["title"] for r in with_org}
            ent.roles[:] = with_org + [
                r for r in ent.roles if not r["organization"] and r["title"] not in titled
            ]


def _by_t0(doc: Doc) -> dict[int, int]:
    return {mm.t0: k for k, mm in enumerate(doc.mentions)}


def _phrase(
    doc: Doc, a: int, b: int, title_lemma: str, by_t0: dict[int, int], after: bool = False
) -> tuple[str, int | None, tuple[int, int]]:
    """The title in base form, the first organisation named inside tokens [a, b), and the title's tokens."""
    toks = doc.tokens
    stops = lexicon(doc.lang).function("title_stop")
    words = [restore_case(toks[a].text.lower(), title_lemma) if toks[a].text != title_lemma else title_lemma]
    org = None
    i = a + 1
    while i < b:
        # a name right after a preposition of the title stays in it, as written ("ambasador RP na Ukrainie",
        # "sekretarz stanu w Ministerstwie Rozwoju"): a title cut after its preposition says nothing
        governed = len(words) > 1 and words[-1] == toks[i - 1].text and doc.is_preposition(i - 1)
        if i in by_t0 and doc.mentions[by_t0[i]].type == "organization":
            org = by_t0[i]
            if (
                not toks[i].is_cap or governed
            ):  # "minister gospodarki": a portfolio in lower case stays in the title
                words += [toks[k].text for k in range(i, doc.mentions[org].t1)]
            break
        if i in by_t0:
            if governed:
                words += [toks[k].text for k in range(i, doc.mentions[by_t0[i]].t1)]
            break
        t = toks[i]
        if t.text in _STOP or (t.lower in stops and i + 1 < b and toks[i + 1].is_cap):
            break
        words.append(t.text if t.text != "." else ".")
        i += 1
    if len(words) > 1 and words[-1] == "." and doc.sent_span[doc.sent_of[i - 1]][1] == i:
        words.pop()  # the full stop that ends the sentence
        i -= 1
    title = " ".join(words).replace(" .", ".")
    end = doc.mentions[org].t1 if org is not None else i
    doc.title_spans.append((a, end, after))
    return title.strip(), org, (a, end)


def _before(
    doc: Doc, m: Mention, titles: frozenset[str], by_t1: dict[int, int]
) -> tuple[str, int | None, tuple[int, int]] | None:
    toks = doc.tokens
    i = m.t0 - 1
    if _after_preposition_past_titles(doc, m.t0):
        return None  # "Marszałek Województwa Leśnego z prof. Janem Lisem": the title is another's
    # "prezes KSSE, Piotr Lis", "Wójt Gminy Sosnowo – Anna Kos": one comma or dash between title and name
    if i > 0 and toks[i].text in _APPOSITION and "\n" not in doc.text[toks[i].end : toks[i + 1].start]:
        i -= 1
    steps = 0
    found = None
    while i >= 0 and steps < 14:
        t = toks[i]
        if "\n" in doc.text[t.end : toks[i + 1].start]:
            break
        n = by_t1.get(i + 1)
        if n is not None and doc.mentions[n].type == "person":
            break
        # (an organisation's name may end with a quote: "prezes Fundacji „Zielony Most” Jan Kret")
        if n is not None and doc.mentions[n].type == "organization":
            i = doc.mentions[n].t0 - 1
            steps += 1
            continue
        if t.text in _STOP:
            break
        lemma = _title_at(doc, i, titles)
        if lemma:
            found = (i, lemma)
            break
        if t.is_word and any(r.pos in _CLAUSE_OR_INF for r in doc.readings[i]):
            break
        i -= 1
        steps += 1
    if not found:
        return None
    a, lemma = found
    # "Jan Lis – wójt Gminy Sosnowo oraz Anna Kos": the title after another person's name is that person's
    # (not in a list of titles before names: "Jan Lis, wójt Gminy Sosnowo Anna Kos")
    k = a - 1 if a > 0 and toks[a - 1].text in _APPOSITION else a
    n = by_t1.get(k)
    if n is not None and doc.mentions[n].type == "person" and doc.mentions[n].t0 != m.t0:
        joins = _APPOSITION | lexicon(doc.lang).function("coordinator")
        if any(toks[j].text in joins and doc.mention_at(j) is None for j in range(a + 1, m.t0)):
            return None
    end = m.t0 - 1 if toks[m.t0 - 1].text in _APPOSITION else m.t0
    return _phrase(doc, a, end, lemma, _by_t0(doc))


def _after(
    doc: Doc, m: Mention, titles: frozenset[str], by_t0: dict[int, int]
) -> tuple[str, int | None, tuple[int, int]] | None:
    toks = doc.tokens
    i = m.t1
    if i >= len(toks):
        return None
    if toks[i].text == "(" and i + 1 < len(toks) and _title_at(doc, i + 1, titles):
        i += 1  # "Piotr Lis (burmistrz Oławy)": the title in brackets after the name
    elif toks[i].text in (",", "–", "-", "—"):
        i += 1
        if i + 1 < len(toks) and _title_modifier(doc, i) and _title_at(doc, i + 1, titles):
            i += 1  # "Jan Lis, obecny prezes spółki Betamax": an adjective of time or order before the title
    elif not (toks[i].is_cap and _title_at(doc, i, titles)):
        return None  # "Robert Choma Prezydent Miasta Przemyśla": a capitalised title may follow directly
    first: tuple[str, int | None, tuple[int, int]] | None = None
    while i < len(toks):
        lemma = _title_at(doc, i, titles)
        if not lemma:
            break
        end = i + 1
        while (
            end < len(toks)
            and end - i < 14
            and toks[end].text not in _STOP
            and doc.sent_of[end] == doc.sent_of[i]
        ):
            if "\n" in doc.text[toks[end - 1].end : toks[end].start]:
                break
            end += 1
        found = _phrase(doc, i, end, lemma, by_t0, after=True)
        k = found[2][1]
        if _leads_to_person(doc, k, by_t0) and not line_break_before(doc, k):
            break  # "Jan Lis, wójt Gminy Sosnowo Anna Kos": the title is the next person's
        if first is None or (first[1] is None and found[1] is not None):
            first = found
        # "Dyrektor Biura Zarządu, Pełnomocnik Prezesa ds. Eksportu": a chain of titles
        if end < len(toks) and toks[end].text == "," and end + 1 < len(toks):
            i = end + 1
            continue
        break
    return first


def _leads_to_person(doc: Doc, k: int, by_t0: dict[int, int]) -> bool:
    """Whether a person's name begins right at token k."""
    n = by_t0.get(k)
    return n is not None and doc.mentions[n].type == "person"


def _from_org(doc: Doc, m: Mention, by_t0: dict[int, int], by_t1: dict[int, int]) -> int | None:
    """ "Ewa Lis oraz Piotr Mak z Urzędu Gminy Sosnowo": z + organisation after a list of people, or the
    organisation in brackets."""
    lex = lexicon(doc.lang)
    toks = doc.tokens
    i = m.t1
    while i < len(toks):
        n = by_t0.get(i)
        if n is not None and doc.mentions[n].type == "person":
            i = doc.mentions[n].t1
            continue
        if toks[i].text == "," or toks[i].text in lex.function("coordinator"):
            i += 1
            continue
        break
    if i + 1 < len(toks) and toks[i].lower in lex.function("origin"):
        n = by_t0.get(i + 1)
        if n is not None and doc.mentions[n].type == "organization":
            return n
    # "Ewa Lis i Piotr Mak (ZIPH)": the organisation in brackets after a list of people
    if i + 1 < len(toks) and toks[i].text == "(":
        n = by_t0.get(i + 1)
        if n is not None and doc.mentions[n].type == "organization":
            end = doc.mentions[n].t1
            if end < len(toks) and toks[end].text == ")":
                return n
        if n is None and i + 2 < len(toks) and toks[i + 2].text == ")" and is_acronym(toks[i + 1].text):
            return _by_acronym(doc, toks[i + 1].text)  # "(PP)": an acronym the text does not mark as a name
    return None


def _org_from(doc: Doc, i: int, by_t0: dict[int, int]) -> int | None:
    """The organisation named at token i, or after one lower-case word ("z ramienia spółki Termal")."""
    for k in (i, i + 1):
        n = by_t0.get(k)
        if n is not None:
            return n if doc.mentions[n].type == "organization" else None
        if k >= len(doc.tokens) or not doc.tokens[k].is_word or doc.tokens[k].is_cap:
            return None
    return None


def _speaks_for(doc: Doc, m: Mention, by_t0: dict[int, int], by_t1: dict[int, int]) -> int | None:
    """The organisation a person speaks for: "Jan Lis z ramienia spółki X", "Z ramienia X umowę podpisał Jan
    Lis", "Ewa Lis, reprezentująca Fundację X", "Reprezentujący X Adam Mróz", "firmę X reprezentowali Jan Kot i
    Ewa Sowa" / "Jan Kot reprezentował firmę X"."""
    lex = lexicon(doc.lang)
    toks = doc.tokens
    on_behalf = {tuple(w.split()) for w in lex.function("on_behalf")}
    represents = lex.function("represents")
    joins = {","} | lex.function("coordinator")
    sent = m.sent if m.sent < len(doc.sent_span) else doc.sent_of[m.t0]
    s0, s1 = doc.sent_span[sent]

    def verb_forms(i: int, pos: Collection[str]) -> bool:
        return toks[i].is_word and any(r.pos in pos and r.lemma in represents for r in doc.readings[i])

    def lead_at(i: int) -> int | None:
        """The organisation after a phrase of speaking for that starts at token i."""
        if i + 1 < s1 and (toks[i].lower, toks[i + 1].lower) in on_behalf:
            return _org_from(doc, i + 2, by_t0)
        if i < s1 and verb_forms(i, ("pact",)):
            return _org_from(doc, i + 1, by_t0)
        return None

    def past_people(i: int, step: int) -> int:
        """The first token from i (going by step) that is no person's name, comma or coordinator."""
        while s0 <= i < s1:
            n = (by_t0 if step > 0 else by_t1).get(i if step > 0 else i + 1)
            if n is not None and doc.mentions[n].type == "person":
                i = doc.mentions[n].t1 if step > 0 else doc.mentions[n].t0 - 1
            elif toks[i].text in joins:
                i += step
            else:
                break
        return i

    # after the person (and the people listed with them)
    i = past_people(m.t1, 1)
    org = lead_at(i)
    if org is None and i < s1 and verb_forms(i, _CLAUSE_VERB):
        org = _org_from(doc, i + 1, by_t0)
    if org is not None:
        return org
    # before the person: the people listed before, then the verb or the phrase
    j = past_people(m.t0 - 1, -1)
    if j >= s0 and verb_forms(j, _CLAUSE_VERB):
        n = by_t1.get(j)
        if n is not None and doc.mentions[n].type == "organization":
            return n  # "firmę Dromex reprezentowali Jan Kot i Ewa Sowa"
    # a phrase earlier in the sentence, with no other person between its organisation and this one
    for k in range(m.t0 - 1, s0 - 1, -1):
        n = by_t1.get(k + 1)
        if n is not None and doc.mentions[n].type == "person":
            return None
        org = lead_at(k)
        if org is not None:
            return org
    return None


def _represented(doc: Doc, m: Mention, by_t1: dict[int, int]) -> int | None:
    """ "…, Gminą Sosnowo, reprezentowaną przez wójta Adama Lisa"."""
    toks = doc.tokens
    s0 = doc.sent_span[m.sent][0] if m.sent < len(doc.sent_span) else 0
    for k in range(m.t0 - 1, max(s0 - 1, m.t0 - 15), -1):
        if toks[k].lower.startswith("reprezentowan"):
            return _org_ending_at(doc, k - 1, by_t1)
        if any(r.pos in _CLAUSE_VERB for r in doc.readings[k]):
            return None
    return None


def _org_ending_at(doc: Doc, j: int, by_t1: dict[int, int]) -> int | None:
    """The organisation named right before token j+1, past commas, a bracket ("(dalej: X)") and a seat ("w
    Opolu")."""
    toks = doc.tokens
    for _ in range(4):
        while j >= 0 and toks[j].text == ",":
            j -= 1
        n = by_t1.get(j + 1)
        if n is not None and doc.mentions[n].type == "organization":
            return n
        if j >= 0 and toks[j].text == ")":
            while j >= 0 and toks[j].text != "(":
                j -= 1
            j -= 1
            continue
        if n is not None and doc.mentions[n].type == "place":
            t0 = doc.mentions[n].t0
            if t0 > 0 and doc.is_preposition(t0 - 1):
                j = t0 - 2
                continue
        return None
    return None


def _signature_line(doc: Doc, m: Mention, span: tuple[int, int]) -> bool:
    """The person's name opens a line and its title, after a dash or a comma, closes it: a signature ("Jan Lis –
    Prezes Zarządu" under a report, in a list of the people who sign for a company)."""
    toks = doc.tokens
    start, end = toks[m.t0].start, toks[span[1] - 1].end
    if doc.text[doc.text.rfind("\n", 0, start) + 1 : start].strip():
        return False
    if m.t1 >= len(toks) or toks[m.t1].text not in _APPOSITION or span[0] != m.t1 + 1:
        return False
    return not doc.text[end : (doc.text.find("\n", end) + 1 or len(doc.text) + 1) - 1].strip()


def _block_owner(doc: Doc, m: Mention) -> int | None:
    """The one organisation named by the colon-ended line that heads the signature block of the person's line, with
    no blank line between and `_BLOCK_LINES` sentences above it at most ("Ze strony Beta Sp. z o.o.:", "Za Gminę
    Alfa:"); none where that line names several."""
    for s in range(m.sent - 1, max(-1, m.sent - 1 - _BLOCK_LINES), -1):
        gap = doc.text[doc.tokens[doc.sent_span[s][1] - 1].end : doc.tokens[doc.sent_span[s + 1][0]].start]
        if gap.count("\n") > 1:
            return None  # a blank line: another block
        if doc.sent_text(s).rstrip().endswith(":"):
            orgs = [
                n
                for n in doc.mentions_in(s)
                if doc.mentions[n].type == "organization" and doc.mentions[n].entity >= 0
            ]
            if not _opens_block(doc, s):
                # "Gratulacje dla firmy Alfa złożyli:", "Goście spółki Beta:": no one signs for the firm named, nor
                # for the report's issuer; "Osoby reprezentujące spółkę:" names none and leaves the issuer
                return _NO_OWNER if orgs else None
            return orgs[0] if len({doc.mentions[n].entity for n in orgs}) == 1 else None
    return None


def _opens_block(doc: Doc, s: int) -> bool:
    """Sentence s opens with a word of function_words.tsv block_header ("Za", "Ze strony", "W imieniu")."""
    s0, s1 = doc.sent_span[s]
    words = [doc.tokens[k].lower for k in range(s0, min(s1, s0 + 2))]
    return any(
        tuple(h.split()) == tuple(words[: len(h.split())]) for h in lexicon(doc.lang).function("block_header")
    )


def _officer(doc: Doc, title: str) -> bool:
    """The title is a company officer's (office_titles.tsv): "Prezes Zarządu", "Członek Zarządu"; not "starosta"."""
    office = next(
        (
            o
            for k in range(len(title.split()), 0, -1)
            if (o := lexicon(doc.lang).offices.get(" ".join(title.lower().split()[:k])))
        ),
        None,
    )
    return office is not None and office[0] <= _COMPANY


def _issuer(doc: Doc) -> int | None:
    """The company whose board speaks in the document ("Zarząd spółki Alfa S.A. informuje"): the first company
    named right after a board noun (name_cues.tsv board_head); none where the document speaks of another company's
    board ("… powołała nowy skład zarządu spółki zależnej Beta": the signatures may be Beta's)."""
    board, generic = _board_heads(doc.lang)
    for n, mm in enumerate(doc.mentions):
        if mm.type != "organization" or mm.entity < 0 or doc.entities[mm.entity].subtype not in _COMPANY:
            continue
        # the board noun inside the mention ("Zarząd Alfa S.A.") or before it, a generic company noun between
        # ("Zarząd spółki Alfa S.A.")
        for k in (mm.t0, mm.t0 - 1, mm.t0 - 2):
            if k >= 0 and doc.lemmas(k) & board and all(doc.lemmas(j) & generic for j in range(k + 1, mm.t0)):
                return None if _other_board(doc, k, mm.entity, board, generic) else n
    return None


def _other_board(doc: Doc, own: int, issuer: int, board: frozenset[str], generic: frozenset[str]) -> bool:
    """The document speaks of another company's board: a board noun other than the issuer's (token `own`) followed
    by another company ("członka zarządu Beta Sp. z o.o.") or by a pointer back ("skład zarządu tej spółki")."""
    pointer = cues(doc.lang, "name_cues").board_pointer
    starts = {mm.t0: mm for mm in doc.mentions if mm.type == "organization" and mm.entity >= 0}
    for k in range(len(doc.tokens)):
        if k == own or not doc.lemmas(k) & board:
            continue
        j = k + 1
        while j < len(doc.tokens) and doc.lemmas(j) & (generic | pointer):
            if doc.lemmas(j) & pointer:
                return True
            j += 1
        mm = starts.get(j)
        if mm is not None and mm.entity != issuer and doc.entities[mm.entity].subtype in _COMPANY:
            return True
    return False


@cache
def _board_heads(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The board nouns and the generic company nouns (name_cues.tsv board_head, generic_company_head)."""
    w = cues(lang, "name_cues")
    return frozenset(w.board_head), frozenset(w.generic_company_head)


def _nearest_before(doc: Doc, m: Mention) -> int | None:
    """ "Zarząd Stowarzyszenia X był reprezentowany przez prezesa Y": the organisation named last before."""
    best = None
    for n in doc.mentions_in(m.sent):
        mm = doc.mentions[n]
        if mm.type == "organization" and mm.t1 <= m.t0 and mm.entity >= 0:
            best = n
    return best


def _on_behalf_or_only_org(doc: Doc, m: Mention) -> int | None:
    orgs = [n for n in doc.mentions_in(m.sent) if doc.mentions[n].type == "organization"]
    ents = {doc.mentions[n].entity for n in orgs}
    if len(ents) == 1:
        return orgs[0]
    toks = doc.tokens
    on_behalf = {tuple(w.split()) for w in lexicon(doc.lang).function("on_behalf")}
    for n in orgs:
        mm = doc.mentions[n]
        if mm.t0 >= 2 and (toks[mm.t0 - 2].lower, toks[mm.t0 - 1].lower) in on_behalf:
            return n
    return None


_COMPANY = frozenset(("company",))


def _office_of(doc: Doc, title: str, span: tuple[int, int] | None = None, late: bool = False) -> int | None:
    """ "marszałek", "burmistrz Kłobucka", "minister energii": an office title with no organisation next to it
    serves the only organisation of its kind in the document, or the one whose name shares a word (its first
    five letters) with the rest of the title."""
    words = title.lower().replace(".", " ").split()
    if not words:
        return None
    offices = lexicon(doc.lang).offices
    office = None
    for k in range(len(words), 0, -1):  # the longest title the table knows: "członek zarządu województwa"
        office = offices.get(" ".join(words[:k]))
        if office is not None:
            words = [" ".join(words[:k]), *words[k:]]
            break
    if office is None:
        return None
    subtypes, heads = office
    if not late and subtypes <= _COMPANY:
        return None  # a company officer's title: only after the sentence's own organisations
    if subtypes <= _COMPANY and span is not None:
        # "członek zarządu fundacji": the board of another kind of body, not the only company's; "członek zarządu
        # powiatu nyskiego": the board of the unit the title goes on to name
        kind = _kind_noun(doc, span)[0]
        if kind is not None and kind[0].isdisjoint(_COMPANY):
            return None
        if _names_a_place(doc, span):
            return None
    first: dict[int, int] = {}
    for n, mm in enumerate(doc.mentions):
        if mm.type != "organization" or mm.entity < 0 or mm.entity in first:
            continue
        ent = doc.entities[mm.entity]
        # the head may follow an adjective: "Podlaski Urząd Wojewódzki"
        if ent.subtype in subtypes and (not heads or any(w.lower() in heads for w in ent.name.split()[:2])):
            first[mm.entity] = n
    if not first:
        return None
    rest = {w[:5] for w in words[1:] if len(w) >= 4}
    if rest:
        named = [
            n
            for e, n in first.items()
            if rest
            & {w.lower()[:5] for w in doc.entities[e].name.split() if len(w) >= 4 and w.lower() not in heads}
        ]
        if len(named) == 1:
            return named[0]
    town = _town_named(doc, span) if span is not None else None
    if town is not None:
        # "prezydent Raciborza": the unit of that town; "wiceprezydent Radomia" does not serve the document's only
        # city office when that is Miasto Lublin
        stem = town.lower()[:5]
        named = [
            n for e, n in first.items() if any(w.lower()[:5] == stem for w in doc.entities[e].name.split())
        ]
        return named[0] if len(named) == 1 else None
    return next(iter(first.values())) if len(first) == 1 else None


@cache
def _title_org_nouns(lang: str) -> dict[str, tuple[frozenset[str], frozenset[str]]]:
    return {
        r["lemma"]: (frozenset(r["subtypes"].split("|")), frozenset(r["heads"].split("|")) - {"-"})
        for r in language_data(lang).rows("title_org_nouns")
    }


on_data_change(_title_org_nouns.cache_clear)


def _names_a_place(doc: Doc, span: tuple[int, int] | None) -> bool:
    """The title goes on to name a place, its unit ("członek zarządu powiatu nyskiego"): no other organisation
    of the document is the one it serves."""
    if span is None or doc.is_preposition(span[1] - 1):
        return (
            False  # "kierownik oddziału Fundacji w Nairobi": where the body is, not the unit the title names
        )
    return any(mm.t0 == span[1] and mm.type == "place" for mm in doc.mentions)


def _kind_noun(doc: Doc, span: tuple[int, int]) -> tuple[tuple[frozenset[str], frozenset[str]] | None, int]:
    """The last lower-case noun of an organisation's kind in the genitive inside the title, and where it stands:
    "kierownik biura promocji eksportu izby" → the chamber's kind."""
    nouns = _title_org_nouns(doc.lang)
    toks, kind, at = doc.tokens, None, -1
    for i in range(span[0] + 1, min(span[1], len(toks))):
        if not toks[i].is_word or toks[i].is_cap:
            continue
        lemma = next(
            (r.lemma for r in doc.readings[i] if r.pos == "subst" and "gen" in r.cases and r.lemma in nouns),
            None,
        )
        if lemma is not None:
            kind, at = nouns[lemma], i
    return kind, at


def _kind_in_title(doc: Doc, span: tuple[int, int]) -> int | None:
    """A lower-case noun of an organisation's kind in the genitive inside the title (data/<lang>/title_org_nouns.tsv:
    "dyrektor zakładu", "dyrektor działu eksportu izby") points at the document's organisation of that kind, the
    first it names where it names several."""
    kind, at = _kind_noun(doc, span)
    if kind is None or _kind_noun_modified(doc, at):
        return None
    subtypes, heads = kind
    first: dict[int, int] = {}
    for n, mm in enumerate(doc.mentions):
        if mm.type != "organization" or mm.entity < 0:
            continue
        ent = doc.entities[mm.entity]
        if ent.subtype not in subtypes or (heads and heads.isdisjoint(ent.name.lower().split())):
            continue
        first.setdefault(mm.entity, n)
    # of several of the kind, the one the text names first, its subject ("koordynatorka klastra" of the article's
    # cluster, not of the partner cluster that the quote before the name has just named)
    return min(first.values(), key=lambda n: doc.mentions[n].t0) if first else None


_MODIFIERS = ("adj", "ppas", "pact")


def _kind_noun_modified(doc: Doc, i: int) -> bool:
    """The kind noun has modifiers of its own, so it describes an organisation of its own, maybe another than the
    document's: an agreeing adjective or participle ("zakładu energetycznego", "przejmowanej spółki", "parku
    krajobrazowego") or a phrase with a preposition after it ("uczelni ze Lwowa", "zakładu w Opolu")."""
    toks = doc.tokens
    forms = {
        (g, n)
        for r in doc.readings[i]
        if r.pos == "subst" and "gen" in r.cases
        for g in r.genders
        for n in r.numbers
    }

    def agrees(j: int) -> bool:
        return (
            0 <= j < len(toks)
            and toks[j].is_word
            and not toks[j].is_cap
            and any(
                r.pos in _MODIFIERS
                and "gen" in r.cases
                and any((g, n) in forms for g in r.genders for n in r.numbers)
                for r in doc.readings[j]
            )
        )

    nxt = i + 1 < len(toks) and toks[i + 1].is_word and not toks[i + 1].is_cap
    return agrees(i - 1) or agrees(i + 1) or (nxt and any(r.pos == "prep" for r in doc.readings[i + 1]))


def _town_named(doc: Doc, span: tuple[int, int]) -> str | None:
    """The town that the title (or the word right after it) names, in base form."""
    for i in range(span[0] + 1, min(span[1] + 1, len(doc.tokens))):
        n = doc.mention_at(i)
        if n is not None and doc.mentions[n].type == "place" and doc.mentions[n].subtype == "city":
            return doc.mentions[n].name
    return None


def _shared_plural_titles(doc: Doc) -> None:
    """ "wicemarszałkowie Jan Nowak i Adam Lis", "członkowie zarządu A, B oraz C": a plural title before a list
    of people is every listed person's title."""
    ms = doc.mentions
    joins = {","} | lexicon(doc.lang).function("coordinator")
    starts = {a: (a, b) for a, b, after in doc.title_spans if not after}
    by_end = {(m.t1): n for n, m in enumerate(ms) if m.type == "person"}
    for m in ms:
        if m.type != "person" or m.entity < 0 or doc.entities[m.entity].roles:
            continue
        k = m.t0 - 1
        if k < 1 or doc.tokens[k].text not in joins:
            continue
        prev = by_end.get(k)
        while prev is not None:
            pm = ms[prev]
            span = next((sp for sp in starts.values() if sp[1] == pm.t0), None)
            if span is not None:
                rs = [r for r in doc.readings[span[0]] if r.pos in NOMINAL]
                if rs and all("pl" in r.numbers and "sg" not in r.numbers for r in rs):
                    ent = doc.entities[m.entity]
                    for role in doc.entities[pm.entity].roles:
                        if role not in ent.roles:
                            ent.roles.append(dict(role))
                break
            j = pm.t0 - 1
            if j < 1 or doc.tokens[j].text not in joins:
                break
            prev = by_end.get(j)


def _named_in_title(doc: Doc, span: tuple[int, int]) -> int | None:
    """An organisation the title names without a name mention: its acronym ("rektor AGH" → the document's
    Akademia Górniczo-Hutnicza) or, as the title's last word, the head noun of its name ("prezes Stowarzyszenia"
    → the document's only Stowarzyszenie X)."""
    a, b = span
    toks = doc.tokens
    for i in range(a + 1, b):
        t = toks[i]
        if t.is_word and is_acronym(t.text):
            n = _by_acronym(doc, t.text)
            if n is not None:
                return n
    last = b - 1
    if b + 1 < len(toks) and toks[b].text in lexicon(doc.lang).function("coordinator") and toks[b + 1].is_cap:
        n = doc.mention_at(b + 1)
        if n is None or doc.mentions[n].type != "person":
            return None  # "Burmistrz Gminy i Miasta Nisko": the title was cut inside a longer name
    if last > a and toks[last].is_word and toks[last].is_cap and not is_acronym(toks[last].text):
        lemmas = {r.lemma.lower() for r in doc.readings[last] if r.pos in NOMINAL}
        return _by_head(doc, lemmas, a)
    return None


def _by_acronym(doc: Doc, acronym: str) -> int | None:
    key, lang = document_acronym_key(acronym), doc.lang
    hits: dict[int, int] = {}
    answered: dict[str, bool] = {}  # a name's answer, asked once though its entity's mentions all name it
    for n, mm in enumerate(doc.mentions):
        if mm.type != "organization" or mm.entity < 0 or mm.entity in hits:
            continue
        ent = doc.entities[mm.entity]
        for x in (mm.name, ent.name, *ent.aliases):
            hit = answered.get(x)
            if hit is None:
                hit = answered[x] = (
                    document_acronym_key(x) == key
                    or key in document_initials(x, lang)
                    or key in document_initials(without_kind(x) or x, lang)
                )
            if hit:
                hits[mm.entity] = n
                break
    return next(iter(hits.values())) if len(hits) == 1 else None


def _by_head(doc: Doc, lemmas: set[str], before: int) -> int | None:
    """The organisation whose name begins with one of these head lemmas: the only one, or the one named
    last before token `before`."""
    if not lemmas:
        return None
    ents: dict[int, int] = {}
    last: int | None = None
    for n, mm in enumerate(doc.mentions):
        if mm.type != "organization" or mm.entity < 0:
            continue
        head = (mm.head or "").lower()
        if head not in lemmas:
            continue
        ents.setdefault(mm.entity, n)
        if mm.t1 <= before:
            last = n
    if len(ents) == 1:
        return next(iter(ents.values()))
    return last


def _possessor(doc: Doc, a: int) -> int | None:
    """ "Strefa wydała zezwolenia. Jak podał jej dyrektor Jan Lis, …": a possessive pronoun before the title
    points at the organisation named last before it (this sentence or the two before) whose head noun has the
    pronoun's gender."""
    if a < 1:
        return None
    genders: set[str] = set()
    for r in doc.readings[a - 1]:
        if r.pos == "ppron3" and "gen" in r.cases and "praep" not in r.quals and "sg" in r.numbers:
            genders |= r.genders
    if not genders:
        return None
    s = doc.sent_of[a]
    best = None
    for n, mm in enumerate(doc.mentions):
        if mm.t0 >= a or mm.type != "organization" or mm.entity < 0 or mm.sent < s - 2 or not mm.head:
            continue
        head = mm.head.lower()
        for i in range(mm.t0, mm.t1):
            rs = [r for r in doc.readings[i] if r.pos == "subst" and r.lemma.lower() == head]
            if rs:
                if any(r.genders & genders for r in rs) and (best is None or mm.t0 > doc.mentions[best].t0):
                    best = n
                break
    return best
