"""Boilerplate of web pages that names no entity: credit lines (photo, source, author, interviewer), links to other
articles ("Czytaj także:", "ZOBACZ TEŻ" and the headlines under it), teasers cut off inside a word, hashtags, and
a person's name alone on a line (a byline). Runs after every name component and drops the mentions inside them.

The openers are the patterns `credit_before` and `link_before` of data/<lang>/patterns/name_context.tsv."""

from __future__ import annotations

import re
from bisect import bisect_right

from kooperacja.extract.doc import Doc, Mention
from kooperacja.extract.matcher import matcher

# where a credit line may open: a line's start, an opening bracket ("(fot. …)") or a bar ("| red: …")
_LINE_OR_BRACKET = re.compile(r"\n|\(|\|")
# after a clause's break a credit may open too ("…, fot. Jan Kos", "Kategoria: , Zamieścił: Ewa Lis")
_CLAUSE_BREAK = re.compile(r"[,:;]")
# the most tokens a credit line and a link run (a text without line breaks must not lose its next sentences)
_CREDIT_TOKENS, _LINK_TOKENS = 14, 30
_LINK_WORDS = 2  # "Zobacz również" on a line of its own opens the links below it
_HASHTAG = re.compile(r"#\w+")
# a line cut off inside a word ("… rozwinięcie dotychczasowej współpra..."): the teaser of another article
_TEASER = re.compile(r"(?m)^[^\n]*?(\w+)(?:\.\.\.|…)[ \t]*$")
_TEASER_WORDS = 8
_BULLETS = "•·*-–|>"


def drop_boilerplate(doc: Doc) -> None:
    """Component: drop the mentions that boilerplate holds (see the module's doc)."""
    if not doc.mentions:
        return
    spans = boilerplate_spans(doc)
    text = doc.text
    doc.mentions[:] = [
        m
        for m in doc.mentions
        if not any(a <= m.start < b for a, b in spans)
        and not (m.type == "person" and _alone_on_line(text, m))
    ]


def boilerplate_spans(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the document's credit lines, links, teasers and hashtags. A credit opens a line, a
    bracket, a bar or a clause and runs to the line's end (or to the bracket that closes it); a link opens a line
    or a sentence and runs to the line's end, or over the lines below where the opener is all its line holds."""
    text, toks = doc.text, doc.tokens
    cx = matcher(doc.lang, "patterns/name_context")
    spans = [(m.start(), m.end()) for m in _HASHTAG.finditer(text)]
    spans += [(m.start(), m.end()) for m in _TEASER.finditer(text) if _cut_off(doc, m)]
    candidates: dict[int, bool] = {}  # token -> whether a credit may open there
    for at in [0] + [m.end() for m in _LINE_OR_BRACKET.finditer(text)]:
        k = bisect_right(toks, at - 1, key=lambda t: t.start)
        while k < len(toks) and toks[k].text in _BULLETS:
            k += 1  # "• autor: …"
        if k < len(toks) and not text[at : toks[k].start].strip(_BULLETS + " \t"):
            candidates[k] = True
    for m in _CLAUSE_BREAK.finditer(text):
        k = bisect_right(toks, m.end() - 1, key=lambda t: t.start)
        if k < len(toks):
            candidates.setdefault(k, True)
    for s0, _s1 in doc.sent_span:
        candidates.setdefault(s0, False)
    for k, credit_may_open in candidates.items():
        start = toks[k].start
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if credit_may_open and cx.starts_at(doc, "credit_before", k):
            if start and text[start - 1] == "(":
                close = text.find(")", start, end)
                end = end if close < 0 else close
            last = min(k + _CREDIT_TOKENS, len(toks)) - 1
        elif cx.starts_at(doc, "link_before", k):
            colon = text.find(":", start, end)
            if colon >= 0 and len(text[toks[k].end : colon].split()) > 1:
                colon = -1  # "Zobacz, kto buduje w strefie: …": the colon closes another phrase
            rest = text[colon + 1 : end] if colon >= 0 else text[start:end]
            if colon < 0 and (not credit_may_open or len(rest.split()) > _LINK_WORDS):
                continue  # "Zobacz, kto buduje": no colon, and more on the line than the opener
            if colon < 0 or not rest.strip():  # the linked headlines on the lines below
                end = len(text)
            last = min(k + _LINK_TOKENS, len(toks)) - 1
        else:
            continue
        spans.append((start, min(end, toks[last].end)))
    return spans


def _cut_off(doc: Doc, m: re.Match[str]) -> bool:
    """A line of a teaser's length whose last word, before the dots, is no word the dictionary knows ("współpra"):
    cut off inside a word (a sentence that trails off, "potem trzecią...", ends with a whole word)."""
    if len(m.group().split()) < _TEASER_WORDS:
        return False
    toks = doc.tokens
    k = bisect_right(toks, m.start(1), key=lambda t: t.start) - 1
    return 0 <= k < len(toks) and toks[k].start == m.start(1) and all(r.pos == "ign" for r in doc.readings[k])


def _alone_on_line(text: str, m: Mention) -> bool:
    """ "Anna Bąk" on a line of its own (a full stop or a bullet around it at most): an author's byline or a
    contact, no person the news is about (a person it is about is named in a sentence)."""
    a = text.rfind("\n", 0, m.start) + 1
    b = text.find("\n", m.end)
    b = len(text) if b < 0 else b
    return not text[a : m.start].strip(_BULLETS + " \t") and not text[m.end : b].strip(" \t.,")
