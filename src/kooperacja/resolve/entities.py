"""Cross-document entity resolution: one document entity against the stored entities."""

from __future__ import annotations

from typing import Any

from kooperacja.resolve import variants
from kooperacja.resolve.guard import conflict, zone_names, zone_of
from kooperacja.resolve.model import Candidate, Catalog, Decision, DocContext
from kooperacja.resolve.names import (
    acronym_key,
    cognate_stems,
    distinguishing_stems,
    fold,
    initials,
    is_acronym,
    keys,
    norm,
)

# How sure each rule is that two names are one organisation (a threshold decides; what scores
# below it but above REVIEW_FROM goes to the review queue instead of merging).
RULE_SCORES = {
    "user_merge": 1.0,
    "name": 1.0,
    "alias": 0.95,
    "acronym_translation": 0.9,
    "acronym": 0.9,
    "base_form": 0.85,
    "gazetteer": 0.85,
    "seat": 0.8,
    "branch": 0.8,
    "acronym_context": 0.75,
    "name_extension": 0.6,
    "own_alias": 0.6,
    "base_key": 0.5,
}
MERGE_THRESHOLD = 0.75
REVIEW_FROM = 0.5


def _allowed(cat: Catalog, etype: str, mine: set[str], cand: Candidate) -> bool:
    """False when a user split keeps one of our names apart from one of the candidate's."""
    banned: set[str] = set()
    for k in mine:
        banned |= cat.forbidden(etype, k)
    if not banned:
        return True
    return not (banned & (cat.full_names(cand.id) | {cand.norm}))


def resolve_entity(
    ent: dict[str, Any], ctx: DocContext, cat: Catalog, gazetteer_id: str | None = None
) -> Decision:
    etype = ent.get("type") or "organization"
    if etype == "person":
        return _person(ent, ctx, cat)
    if etype == "place":
        return _place(ent, ctx, cat, gazetteer_id)
    return decide(_organization(ent, ctx, cat), ent, cat)


def expected_lookups(ent: dict[str, Any], gazetteer_id: str | None = None) -> list[tuple]:
    """The catalogue look-ups that `resolve_entity(ent, …, gazetteer_id)` will most likely make, as (method
    name, *arguments): the name keys, acronyms, the variants tried when no name matches, the surname of a
    person, the gazetteer id of a place. A store asks for those of a block of documents at once; a look-up
    missing here is made alone, one asked for in vain costs a row of a set-based query."""
    etype = ent.get("type") or "organization"
    name = ent.get("name") or ""
    full, acr = keys(name, ent.get("aliases") or [])
    if etype == "person":
        k = norm(name)
        return [("by_key", "person", k)] + ([("by_surname", k)] if len(k.split()) == 1 else [])
    if etype == "place":
        found: list[tuple] = [("by_gazetteer", gazetteer_id)] if gazetteer_id else []
        return found + [("by_key", "place", k) for k in sorted(full)]
    out: list[tuple] = [("by_key", etype, k) for k in sorted(full)]
    out += [("by_acronym", etype, a) for a in sorted(acr)]
    if not full:
        return out
    # the variants (`_variants`)
    key = norm(name)
    head = variants.seat_stripped(name)
    if head:
        out.append(("by_kind", etype, norm(head), ("name", "alias")))
    out += [("by_kind", etype, key, ("seat",)), ("by_kind", etype, key, ("branch",))]
    zone = zone_of(name)
    if zone:
        out += [("by_kind", etype, norm(n), ("name", "alias")) for n in zone_names(zone)]
        out += [("by_prefix", etype, norm(n)) for n in zone_names(zone)]
    owner = variants.branch_owner(name)
    if owner:
        out.append(("by_kind", etype, norm(owner), ("name", "alias", "seat")))
    bk = variants.base_key(name)
    if bk:
        out.append(("by_kind", etype, bk, ("base",)))
    words = key.split()
    if len(words) >= 2:
        out.append(("by_prefix", etype, key))
        out += [("by_kind", etype, " ".join(words[:k]), ("name",)) for k in range(len(words) - 1, 1, -1)]
    return out


def decide(d: Decision, ent: dict[str, Any] | None = None, cat: Catalog | None = None) -> Decision:
    """The threshold: a merge whose rule scores below MERGE_THRESHOLD becomes a new entity and a
    review item; a merge above it carries its score in its reason. The guard: a merge by any rule
    but the same name never joins an entity that the names or the gazetteer say is another."""
    if d.entity_id is None:
        return d
    score = RULE_SCORES.get(d.rule)
    if score is None:
        return d
    stored = getattr(cat, "entity_name", None) if cat is not None else None
    if ent is not None and stored is not None and d.rule not in ("name", "user_merge"):
        row = stored(d.entity_id)
        why = (
            conflict(ent.get("name") or "", row[0], country_a=ent.get("country"), country_b=row[1])
            if row
            else None
        )
        if why:
            return Decision(
                None,
                "new",
                f"held back: {why}",
                [],
                [*d.review, (d.entity_id, score, f"{d.reason}; held back: {why}")],
            )
    if score < MERGE_THRESHOLD:
        return Decision(
            None,
            "new",
            f"near miss held for review: {d.reason}",
            [],
            [*d.review, (d.entity_id, score, d.reason)],
        )
    if d.rule not in ("name", "user_merge"):
        d.reason = f"{d.reason} (score {score:g})"
    return d


def _best(cands: list[Candidate], prefer: set[str]) -> Candidate:
    return max(cands, key=lambda c: (c.norm in prefer, c.doc_count, -c.id))


def _organization(ent: dict[str, Any], ctx: DocContext, cat: Catalog) -> Decision:
    etype = ent.get("type") or "organization"
    full, acr = keys(ent.get("name") or "", ent.get("aliases") or [])

    # 1. a user merge forces these names together
    for k in sorted(full):
        for partner in sorted(cat.forced(etype, k)):
            found = cat.by_key(etype, partner)
            if found:
                c = _best(found, full)
                return Decision(c.id, "user_merge", f"user merged '{k}' with '{partner}'")

    # 2. the same full name (legal form, quotes and case aside) or a full alias
    hits: dict[int, tuple[Candidate, set[str]]] = {}
    # generic names ("Klaster Energii") match nothing on their own; a specific name of ours matches
    # by its specific keys only
    specific = {k for k in full if not variants.is_generic(k)}
    for k in specific or full:
        for c in cat.by_key(etype, k):
            if c.matched in ("name", "alias"):
                hits.setdefault(c.id, (c, set()))[1].add(k)
    cands = [c for c, _ in hits.values() if _allowed(cat, etype, full, c)]
    # the guard: an alias never joins a stored entity whose own name says it is another one
    # ("Legnicka SSE" given "Katowicka Specjalna Strefa Ekonomiczna" as an alias by a bad report)
    clashes = [
        (c, why)
        for c in cands
        if c.norm != norm(ent.get("name") or "")
        and (
            why := conflict(ent.get("name") or "", c.name, country_a=ent.get("country"), country_b=c.country)
        )
    ]
    if clashes:
        held = {c.id for c, _ in clashes}
        cands = [c for c in cands if c.id not in held]
        guard_review = [
            (c.id, RULE_SCORES["name_extension"], f"shares an alias; held back: {why}") for c, why in clashes
        ]
    else:
        guard_review = []
    if not cands and guard_review:
        return Decision(
            None, "new", "an alias is shared with an entity the names say is another", [], guard_review
        )
    # an alias that is a name of its own (not a form of the name it stands beside) joins only what
    # something else agrees with: one report's "X – Y" must not pull every Y into X
    lone = {c.id: why for c in cands if (why := _lone_alias(ent, ctx, cat, acr, c, hits[c.id][1]))}
    if lone:
        guard_review += [(i, RULE_SCORES["own_alias"], why) for i, why in lone.items()]
        cands = [c for c in cands if c.id not in lone]
        if not cands:
            return Decision(
                None, "new", "linked only by an alias that is a name of its own", [], guard_review
            )
    if cands and all(variants.is_generic(k) for k in full) and not acr:
        # a name of generic words only ("Klaster Energii", "Urząd Marszałkowski") is a different
        # body in each document that names it so: never merged by the name alone
        review = [
            (c.id, RULE_SCORES["base_key"], f"the same generic name '{ent.get('name')}'") for c in cands[:3]
        ]
        return Decision(None, "new", "a generic name names a different body in each document", [], review)
    if cands:
        best = max(cands, key=lambda c: (len(hits[c.id][1]), c.norm in full, c.doc_count, -c.id))
        via = sorted(hits[best.id][1])[0]
        rule = "name" if best.norm in full else "alias"
        reason = (
            f"{'name' if rule == 'name' else 'alias'} '{via}' equals a name of entity {best.id} ({best.name})"
        )
        bridge = [
            (c.id, f"document {ctx.doc_id} names '{ent.get('name')}' with keys of both {best.id} and {c.id}")
            for c in cands
            if c.id != best.id and _allowed(cat, etype, cat.full_names(best.id) | {best.norm}, c)
        ]
        # the guard: never bridge two entities whose names (or zones) say they are different
        held = [(i, w) for i, w in bridge if conflict(best.name, next(c.name for c in cands if c.id == i))]
        bridge = [b for b in bridge if b not in held]
        review = guard_review + [
            (i, RULE_SCORES["name_extension"], f"{w}; held back: names differ") for i, w in held
        ]
        if acr:
            # the acronym given with this name shows the same entity under another language's name
            found = {c.id: c for a in sorted(acr) for c in cat.by_acronym(etype, a) if c.matched == "acronym"}
            others = [c for i, c in found.items() if i != best.id and i not in {b for b, _ in bridge}]
            others = [c for c in others if _allowed(cat, etype, full, c)]
            same = _translations(ent, full, others, cat)
            if len(same) == 1:
                other, why = same[0]
                if other.doc_count > best.doc_count:  # keep the better-known entity (and its name)
                    moved = [(best.id, f"document {ctx.doc_id}: {reason}")]
                    moved += [(i, w) for i, w in bridge]
                    return Decision(other.id, "acronym_translation", why, moved)
                if conflict(best.name, other.name):
                    review.append((other.id, RULE_SCORES["acronym_translation"], why))
                else:
                    bridge.append((other.id, f"document {ctx.doc_id}: {why}"))
        return Decision(best.id, rule, reason, bridge, review)

    # 3. acronyms
    if acr:
        found: dict[int, Candidate] = {}
        for a in sorted(acr):
            for c in cat.by_acronym(etype, a):
                prev = found.get(c.id)
                if prev is None or (prev.matched == "initials" and c.matched == "acronym"):
                    found[c.id] = c
        cands = [c for c in found.values() if _allowed(cat, etype, full, c)]
        if full:
            # a full name of our own: never join a different full name that merely shares the acronym,
            # only an entity known so far by the acronym alone …
            alone = [c for c in cands if not cat.full_names(c.id)]
            if alone:
                c = _best(alone, full)
                return Decision(
                    c.id, "acronym", f"acronym {'/'.join(sorted(acr))} of entity {c.id} known only by it"
                )
            # … or one whose own report gave the same acronym for the same name in another language
            same = _translations(ent, full, cands, cat)
            if len(same) == 1:
                c, why = same[0]
                return Decision(c.id, "acronym_translation", why)
            return _variants(ent, ctx, cat, full)
        if len(cands) == 1:
            c = cands[0]
            if c.matched == "acronym" or c.subtype == ent.get("subtype") or _stems_in(ctx, c.name, []):
                return Decision(
                    c.id, "acronym", f"acronym {'/'.join(sorted(acr))} belongs to entity {c.id} ({c.name})"
                )
        elif len(cands) > 1:
            names = {c.id: c.name for c in cands}

            def score(c: Candidate) -> tuple:
                others = [n for i, n in names.items() if i != c.id]
                co = c.id in ctx.resolved.values()
                return (co, _stems_in(ctx, c.name, others), c.matched == "acronym", c.doc_count, -c.id)

            ranked = sorted(cands, key=score, reverse=True)
            c = ranked[0]
            s = score(c)
            if s[0]:
                why = f"its full name '{c.name}' is named in the same document"
            elif s[1]:
                why = f"words of its full name '{c.name}' appear in the document"
            else:
                why = f"the most often seen of {len(cands)} candidates ({c.doc_count} documents)"
            return Decision(
                c.id, "acronym_context", f"acronym {'/'.join(sorted(acr))} is ambiguous; chose {c.id}: {why}"
            )
    if full:
        return _variants(ent, ctx, cat, full)
    return Decision(None, "new", "no stored entity with this name")


def _stems4(name: str) -> set[str]:
    return {fold(w)[:4] for w in norm(name).split() if len(w) > 2}


def own_name(alias: str, name: str) -> bool:
    """True when an alias is a name of its own beside `name`: several words, not an acronym, and
    a word stem that `name` lacks ("Dolina Lotnicza" beside "Śląski Klaster Lotniczy"); False for
    a short, inflected or longer form of the name ("Województwo Podlaskie" beside "Urząd
    Marszałkowski Województwa Podlaskiego", "Politechnika X" beside "Politechnika X List") and for
    its translation ("Ministry of …" beside "Ministerstwo …")."""
    if is_acronym(alias) or len(norm(alias).split()) < 2:
        return False
    if variants.name_language(alias) != variants.name_language(name):
        return False  # a translation of the name
    mine, theirs = _stems4(alias), _stems4(name)
    return bool(mine - theirs) and bool(theirs - mine)


def _lone_alias(
    ent: dict[str, Any], ctx: DocContext, cat: Catalog, acr: set[str], c: Candidate, shared: set[str]
) -> str | None:
    """Why candidate `c`, found by the name keys `shared`, is linked only by an alias that is a name
    of its own on one side (ours or the stored entity's) with nothing else agreeing; None when a
    name meets a name, an alias is a form of its name, or an acronym or the document's words agree."""
    name = ent.get("name") or ""
    own, _ = keys(name, [])
    bridges = []
    for k in sorted(shared):
        kinds = {x.matched for x in cat.by_key(c.type, k) if x.id == c.id}
        our_alias, their_alias = k not in own, "name" not in kinds
        if not (our_alias or their_alias):
            return None  # a name meets a name
        if not ((our_alias and own_name(k, name)) or (their_alias and own_name(k, c.name))):
            return None  # an alias that is a form of its name
        bridges.append(k)
    if not bridges:
        return None
    if acr and any(x.id == c.id for a in sorted(acr) for x in cat.by_acronym(c.type, a)):
        return None  # the same acronym
    rest = distinguishing_stems(c.name, [name, *bridges])
    if rest and rest <= ctx.stems:
        return None  # the stored entity's own name is spelled out in this document
    return f"'{name}' and '{c.name}' meet only by the alias '{bridges[0]}', a name of its own; nothing else agrees"


def canonical_entity(ent: dict[str, Any]) -> tuple[dict[str, Any], str | None]:
    """An organisation named by an office title or an oblique head under the name of its unit
    ("Wójt Gminy X" → "Gmina X", "Gminy X" → "Gmina X"), and why; other entities unchanged."""
    if (ent.get("type") or "organization") != "organization":
        return ent, None
    name = ent.get("name") or ""
    zone = zone_of(name)
    if zone and any(zone_of(a) not in (None, zone) for a in ent.get("aliases") or []):
        # an alias that names another zone of the gazetteer is a misreading: it would join two zones
        ent = {**ent, "aliases": [a for a in ent.get("aliases") or [] if zone_of(a) in (None, zone)]}
    words = name.split()
    if len(words) >= 3 and is_acronym(words[-1]) and acronym_key(words[-1]) in initials(" ".join(words[:-1])):
        # a name followed by its own acronym: "Polska Agencja … Zagranicznych PAIiIZ"
        rest = " ".join(words[:-1])
        aliases = [a for a in ent.get("aliases") or [] if a != name]
        if words[-1] not in aliases:
            aliases.append(words[-1])
        return {**ent, "name": rest, "aliases": aliases}, f"'{name}' is '{rest}' followed by its acronym"
    found = variants.canonical_name(name)
    if not found:
        return ent, None
    new, rule = found
    why = (
        f"'{name}' is an office title; its organisation is '{new}'"
        if rule == "office_title"
        else f"'{name}' is an oblique form of '{new}'"
    )
    aliases = [a for a in ent.get("aliases") or [] if a != name]
    return {**ent, "name": new, "aliases": aliases}, why


def _lookup(cat: Catalog, etype: str, key: str, kinds: tuple[str, ...]) -> list[Candidate]:
    fetch = getattr(cat, "by_kind", None)
    if fetch is None:
        return [c for c in cat.by_key(etype, key) if c.matched in kinds]
    return list(fetch(etype, key, kinds))


def _one(cands: list[Candidate], cat: Catalog, etype: str, full: set[str]) -> list[Candidate]:
    """Distinct allowed candidates."""
    out: dict[int, Candidate] = {}
    for c in cands:
        if c.id not in out and _allowed(cat, etype, full, c):
            out[c.id] = c
    return list(out.values())


def _variants(ent: dict[str, Any], ctx: DocContext, cat: Catalog, full: set[str]) -> Decision:
    """No stored entity has this name: try what a careful reader would — the same organisation
    without (or with) its seat, the organisation a branch belongs to, the same name inflected.
    A single candidate that nothing says is different merges; weaker evidence goes to review."""
    etype = ent.get("type") or "organization"
    name = ent.get("name") or ""
    review: list[tuple[int, float, str]] = []

    def ok(c: Candidate) -> str | None:
        return conflict(name, c.name, country_a=ent.get("country"), country_b=c.country)

    # a seat: "X w Mieście" is "X" when one X exists, and "X" is the one "X w Mieście"
    head = variants.seat_stripped(name)
    if head:
        cands = _one(_lookup(cat, etype, norm(head), ("name", "alias")), cat, etype, full)
        cands = [c for c in cands if not ok(c)]
        if len(cands) == 1:
            c = cands[0]
            return Decision(c.id, "seat", f"'{name}' is '{c.name}' with its seat")
        review += [
            (c.id, RULE_SCORES["base_key"], f"'{name}' may be '{c.name}' with its seat") for c in cands
        ]
    cands = _one(_lookup(cat, etype, norm(name), ("seat",)), cat, etype, full)
    cands = [c for c in cands if not ok(c)]
    if len(cands) == 1:
        c = cands[0]
        return Decision(c.id, "seat", f"'{name}' is '{c.name}' without its seat (the only one)")
    review += [(c.id, RULE_SCORES["base_key"], f"'{name}' may be '{c.name}' without its seat") for c in cands]
    # one special economic zone of the gazetteer under another of its names
    zone = zone_of(name)
    if zone:
        cands = _one(
            [c for n in zone_names(zone) for c in _lookup(cat, etype, norm(n), ("name", "alias"))],
            cat,
            etype,
            full,
        )
        cands += _one(
            [
                c
                for n in zone_names(zone)
                for c in getattr(cat, "by_prefix", lambda *_: [])(etype, norm(n))
                if zone_of(c.name) == zone
            ],
            cat,
            etype,
            full,
        )
        cands = list({c.id: c for c in cands}.values())
        if len(cands) == 1:
            c = cands[0]
            return Decision(
                c.id, "gazetteer", f"'{name}' and '{c.name}' name one zone of the gazetteer ({zone})"
            )
    # a branch, faculty or subzone belongs to its organisation
    owner = variants.branch_owner(name)
    if owner:
        cands = _one(_lookup(cat, etype, norm(owner), ("name", "alias", "seat")), cat, etype, full)
        if len(cands) == 1:
            c = cands[0]
            return Decision(c.id, "branch", f"'{name}' is a branch of '{c.name}'")
    # the same name inflected
    bk = variants.base_key(name)
    if bk:
        cands = _one(_lookup(cat, etype, bk, ("base",)), cat, etype, full)
        same = [c for c in cands if any(variants.same_base(name, n) for n in cat.full_names(c.id) | {c.name})]
        same = [c for c in same if not ok(c)]
        if len(same) == 1:
            c = same[0]
            return Decision(c.id, "base_form", f"'{name}' is an inflected form of '{c.name}'")
        review += [
            (c.id, RULE_SCORES["base_key"], f"'{name}' and '{c.name}' share the word stems '{bk}'")
            for c in cands
            if c not in same
        ]
    d = Decision(None, "new", "no stored entity with this name")
    # a branch stored before its organisation: fold it into this one
    branches = _one(_lookup(cat, etype, norm(name), ("branch",)), cat, etype, full)
    d.bridge = [(c.id, f"'{c.name}' is a branch of '{name}'") for c in branches if not ok(c)]
    # a longer or shorter form of the name (a renamed body, a name with a suffix): only for review
    words = norm(name).split()
    if len(words) >= 2:
        seen = {i for i, _, _ in review} | {i for i, _ in d.bridge}
        longer = list(getattr(cat, "by_prefix", lambda *_: [])(etype, norm(name)))
        shorter = [
            c
            for k in range(len(words) - 1, 1, -1)
            for c in _lookup(cat, etype, " ".join(words[:k]), ("name",))
        ]
        for c in _one(longer + shorter, cat, etype, full):
            short = min((name, c.name), key=lambda n: len(norm(n)))
            if c.id not in seen and variants.seat_stripped(f"{short} {variants.seat_word()} X") is not None:
                seen.add(c.id)
                review.append(
                    (
                        c.id,
                        RULE_SCORES["name_extension"],
                        f"'{name}' and '{c.name}': one name extends the other",
                    )
                )
    d.review = review[:5]
    return d


def _translations(
    ent: dict[str, Any], full: set[str], cands: list[Candidate], cat: Catalog
) -> list[tuple[Candidate, str]]:
    """Candidates whose own report gave the same acronym (not just initials) for a full name of the
    same subtype that shares a distinctive word stem with ours: "Katowice Special Economic Zone
    (KSSE)" ~ "Katowicka Specjalna Strefa Ekonomiczna (KSSE)". Different zones that share an
    acronym ("K-SSE" of Kostrzyń-Słubice) share no distinctive stem."""
    out = []
    sub = ent.get("subtype")
    _, acr = keys(ent.get("name") or "", ent.get("aliases") or [])
    for c in cands:
        if c.matched != "acronym" or (sub and c.subtype and c.subtype != sub):
            continue
        shared = cognate_stems(full, cat.full_names(c.id) | {c.norm})
        if shared:
            out.append(
                (
                    c,
                    f"both give acronym {'/'.join(sorted(acr))} for a {c.subtype or 'organisation'} and "
                    f"share the word stem(s) {', '.join(sorted(shared))} with '{c.name}'",
                )
            )
    return out


def _stems_in(ctx: DocContext, name: str, others: list[str]) -> int:
    return len(distinguishing_stems(name, others) & ctx.stems)


def _person(ent: dict[str, Any], ctx: DocContext, cat: Catalog) -> Decision:
    name = ent.get("name") or ""
    k = norm(name)
    mine = ctx.affiliations.get(ent.get("id") or "", set())
    for partner in sorted(cat.forced("person", k)):
        found = cat.by_key("person", partner)
        if found:
            return Decision(found[0].id, "user_merge", f"user merged '{k}' with '{partner}'")
    cands = [c for c in cat.by_key("person", k) if c.matched in ("name", "alias")]
    cands = [c for c in cands if _allowed(cat, "person", {k}, c)]
    if len(k.split()) >= 2 and cands:
        shared = [c for c in cands if cat.affiliations(c.id) & mine]
        if shared:
            c = _best(shared, {k})
            return Decision(c.id, "person_affiliation", f"same name '{name}' and a shared organisation")
        c = _best(cands, {k})
        return Decision(c.id, "person_name", f"same full name '{name}'")
    if len(k.split()) == 1 and mine:
        for c in cat.by_surname(k):
            if cat.affiliations(c.id) & mine and _allowed(cat, "person", {k}, c):
                return Decision(
                    c.id, "person_surname", f"surname '{name}' and a shared organisation with {c.name}"
                )
    return Decision(None, "new", "no stored person with this name")


def _place(ent: dict[str, Any], ctx: DocContext, cat: Catalog, gazetteer_id: str | None) -> Decision:
    if gazetteer_id:
        found = cat.by_gazetteer(gazetteer_id)
        if found:
            return Decision(found[0].id, "gazetteer", f"gazetteer id {gazetteer_id}")
    country = ent.get("country")
    full, _ = keys(ent.get("name") or "", ent.get("aliases") or [])
    for k in sorted(full):
        for partner in sorted(cat.forced("place", k)):
            found = cat.by_key("place", partner)
            if found:
                return Decision(found[0].id, "user_merge", f"user merged '{k}' with '{partner}'")
    for k in sorted(full):
        cands = [
            c
            for c in cat.by_key("place", k)
            if (not country or not c.country or c.country == country) and _allowed(cat, "place", full, c)
        ]
        if cands:
            c = _best(cands, full)
            return Decision(c.id, "place_name", f"place name '{k}' and country {country or c.country or '?'}")
    return Decision(None, "new", "no stored place with this name")


def text_stems(text: str) -> set[str]:
    import re

    return {fold(w)[:5] for w in re.findall(r"\w{3,}", text)}
