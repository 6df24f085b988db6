"""Boilerplate of web pages that names no entity: credit lines (photo, source, author, interviewer), the author's
credit after a dateline's date ("Borowo, 3.05.2026 / jk"), a page's footer and a sponsor's line ("© 2026 …",
"Partner artykułu: …"), an interviewer's or host's line of a verb and a name ("Rozmawiał Jan Kos"), a line
offering a medium's app (with the app's name on the line above), links to other articles ("Czytaj także:",
"ZOBACZ TEŻ" and the short headlines right under it), short teasers cut off inside a word, hashtags, and a
person's name alone on the first or last lines of the text (a byline); and the frame of what a page embeds: a
social-medium post's handles ("@Nazwa"), links ("pic.twitter.com/…") and its signed line ("… — Biuro Prasowe
(@BiuroX) 3 May 2024"), an image's file name ("hala_2.jpg"), and a list of other articles stamped with a date and a
time ("2025-04-06, 19:55" between short headlines). Runs after every name component, drops the
mentions inside them and keeps the spans as `doc.boilerplate`, which the later components (events, figures)
honour too: a boilerplate line states no entity, no event and no figure.

The openers are the patterns `credit_before`, `interviewer_credit`, `link_before` and `app_line` of data/<lang>/patterns/name_context.tsv;
the social media's domains and the file names' extensions are data/<lang>/boilerplate_web.tsv."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from itertools import pairwise

from kooperacja.data.language_data import language_data, on_data_change
from kooperacja.extract.doc import Doc, Mention
from kooperacja.extract.matcher import Matcher, matcher
from kooperacja.extract.name_shape import is_first_name

# where a credit line may open: a line's start, an opening bracket ("(fot. …)") or a bar ("| red: …")
_LINE_OR_BRACKET = re.compile(r"\n|\(|\|")
# after a clause's break a credit may open too ("…, fot. Jan Kos", "Kategoria: , Zamieścił: Ewa Lis", a caption's
# "… odwiedziła zakład/fot: Ewa Lis")
_CLAUSE_BREAK = re.compile(r"[,:;/]")
# the most tokens a credit line and a link run (a text without line breaks must not lose its next sentences)
_CREDIT_TOKENS, _LINK_TOKENS = 14, 30
_CREDIT_NAME_WORDS = 3  # an interviewer's or host's credit line: the verb and a name, no more
_LINK_WORDS = 2  # "Zobacz również" on a line of its own opens the links below it
# the linked headlines below an opener: at most this many lines of at most this many words, none ending a sentence
# with a full stop (the article's own paragraph that follows is no headline)
_HEADLINES, _HEADLINE_WORDS = 5, 16
_SENTENCE_END = re.compile(r"[.:;]\s*$|\.\s+\w")  # a headline may ask or exclaim ("Kto zbuduje halę?")
_HASHTAG = re.compile(r"#\w+")
# what follows a dateline's date after a bar or a slash, to the line's end: the author's initials or name
# ("Kępno, 3.02.2026 r. / JK", "Lublin / 18.03.2026 / Jan Kos"); a short line only, a few words of no digit. After a
# date and a time the credit may follow a space alone, and a desk's name after a slash ("2026-03-18, 10:45  Jan
# Kos/Redakcja")
_DATELINE_CREDIT = re.compile(
    r"(?m)^[^\n]{0,50}?\b(?:\d{1,2}\.\d{1,2}\.\d{4}(?:\s*r\.)?|\d{4}-\d{2}-\d{2})"
    r"(?:(?:,?\s*\d{1,2}:\d{2})?\s+[/|]\s*|,?\s*\d{1,2}:\d{2}[ \t]+)"
    r"(?P<credit>[^\d\n/|]{1,30}?)(?:[ \t]*/[ \t]*[^\d\n/|\s]{1,15})?[ \t]*$"
)
_DATELINE_CREDIT_WORDS = 3
_INITIALS_LETTERS = 4  # an author's initials in capitals ("JK", "AMK")
# a line cut off inside a word ("… rozwinięcie dotychczasowej współpra..."): the teaser of another article
# dots at a line's end (a teaser's where a word ends right before them)
_TEASER_END = re.compile(r"(?m)(?:\.\.\.|…)[ \t]*$")
_TEASER_WORDS, _TEASER_MOST = 8, 30  # a teaser is a headline and a lead, no paragraph
# a line that offers a medium's app ("Pobierz aplikację Radia Beta na smartfony"; pattern `app_line`): at most this many
# words, and the app's name on the line right above it, of at most this many words, goes with it
_APP_WORDS, _APP_LABEL_WORDS = 12, 3
_BYLINE_LINES = 3  # a byline is among the first or the last lines of the text
_BULLETS = "•·*-–|>"
# a social medium's handle ("@BiuroX"; not an e-mail address's "biuro@firma.pl")
_HANDLE = re.compile(r"(?<![\w.@])@\w{2,}")
# an embedded post's signed line: its author's name, the handle in brackets and the post's date to the line's end
# ("… pic.twitter.com/Ab3 — Biuro Prasowe (@BiuroX) 3 May 2024"): after a spaced dash or at a line's start
_POST_SIGNATURE = re.compile(
    r"(?m)(?:^|\s(?P<dash>[—–-])\s)[ \t]*(?P<author>[^\n()@—–]{1,80}?)[ \t]*\(@\w+\)(?P<tail>[^\n]{0,30})$"
)
_POST_TAIL_WORDS = 4  # the date after the handle: "June 16, 2023", "3 maja 2024"
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_LOWER_CONNECTOR = (
    3  # a lower-case word of an author's name is a short connector ("Ministerstwo Rozwoju i …")
)
# a line of a list of other articles that a stamp of a date and a time makes (`_stamped_list`): the time after the
# date ("2025-04-06, 19:55", "6 kwietnia 2025 | 19:55") and nothing else on the line
_STAMP_TIME = re.compile(r"[ \t]*[,|]?[ \t]*\d{1,2}:\d{2}[ \t]*")
_STAMP_GAP = 3  # the most headline lines between two stamps of such a list
_HEADING_TOKENS = 3  # a list's heading alone on its line: "Najczęściej czytane:", "Podziel się"
_OPEN_SENTENCE = re.compile(r"[.:;]\s*$")  # a line that ends a sentence: the article's own, no headline


_WebFrame = tuple[tuple[str, ...], re.Pattern[str]] | None


@cache
def _web_frame(lang: str) -> tuple[_WebFrame, _WebFrame]:
    """A post's link and an image's file name in a language's text (`boilerplate_web.tsv`), each with the cues that
    any match of it holds in lower case (a domain and its slash; a dot and an extension), looked for first so that a
    text without one skips the slower pattern; None where the table lists none."""
    links, exts = _web_entries(lang, "post_link"), _web_entries(lang, "file_ext")
    link = (
        (
            tuple(f"{e.lower()}/" for e in links),
            re.compile(
                rf"(?<![\w.@/])(?:https?://)?(?:[\w-]+\.)?(?:{'|'.join(map(re.escape, links))})/\S*",
                re.IGNORECASE,
            ),
        )
        if links
        else None
    )
    file = (
        (
            tuple(f".{e.lower()}" for e in exts),
            re.compile(
                rf"(?<![\w./])[\w-]+(?:\.[\w-]+)*\.(?:{'|'.join(map(re.escape, exts))})\b", re.IGNORECASE
            ),
        )
        if exts
        else None
    )
    return link, file


@cache
def _web_entries(lang: str, use: str) -> tuple[str, ...]:
    """The entries of one use of a language's `boilerplate_web.tsv` (`post_link`: a social medium's domain;
    `file_ext`: a file name's extension), longest first; read once for `_web_frame` and `_media_names`."""
    data = language_data(lang)
    rows = data.rows("boilerplate_web") if data.has("boilerplate_web") else ()
    return tuple(sorted((r["entry"] for r in rows if r.get("use") == use), key=len, reverse=True))


def _found(frame: _WebFrame, text: str, lower: str) -> list[tuple[int, int]]:
    """The spans of a web frame's pattern in the text (none where none of its cues is in the lower-cased text)."""
    if frame is None or not any(cue in lower for cue in frame[0]):
        return []
    return [m.span() for m in frame[1].finditer(text)]


on_data_change(_web_frame.cache_clear)
on_data_change(_web_entries.cache_clear)


def drop_boilerplate(doc: Doc) -> None:
    """Component: drop the mentions that boilerplate holds (see the module's doc)."""
    doc.boilerplate = boilerplate_spans(doc)
    if not doc.mentions:
        return
    text = doc.text
    doc.mentions[:] = [
        m
        for m in doc.mentions
        if not in_boilerplate(doc, m.start) and not (m.type == "person" and _alone_on_line(text, m))
    ]


def in_boilerplate(doc: Doc, at: int) -> bool:
    """Whether the character offset `at` lies in one of the document's boilerplate spans (`doc.boilerplate`:
    sorted, none overlapping)."""
    spans = doc.boilerplate
    k = bisect_right(spans, at, key=lambda sp: sp[0]) - 1
    return k >= 0 and at < spans[k][1]


def _name_alone(line: str) -> bool:
    """ "Rozmawiał Jan Kos", "Prowadzi: Ewa Lis": the verb, then only a name of one to three capitalised words."""
    words = line.rstrip(" .\t").replace(":", " ").split()[1:]
    return 0 < len(words) <= _CREDIT_NAME_WORDS and all(w[:1].isupper() for w in words)


def boilerplate_spans(doc: Doc) -> list[tuple[int, int]]:
    """The character spans of the document's credit lines (dateline credits, footers and sponsor lines included),
    interviewer lines, app lines, links, teasers and hashtags. A credit opens a line, a bracket, a bar or a clause
    and runs to the line's end (or to the bracket that closes it); a link opens a line or a sentence and runs to the
    line's end, or over the lines below where the opener is all its line holds."""
    text, toks = doc.text, doc.tokens
    cx = matcher(doc.lang, "patterns/name_context")
    spans = [(m.start(), m.end()) for m in _HASHTAG.finditer(text)]
    spans += _web_spans(doc)
    spans += [m.span("credit") for m in _DATELINE_CREDIT.finditer(text) if _dateline_credit(doc, cx, m)]
    spans += [teaser for m in _TEASER_END.finditer(text) if (teaser := _cut_off(doc, m))]
    # token -> where it stands: at a line's (bracket's, bar's) start, after a clause's break, at a sentence's start
    candidates: dict[int, str] = {}
    for at in [0] + [m.end() for m in _LINE_OR_BRACKET.finditer(text)]:
        k = bisect_right(toks, at - 1, key=lambda t: t.start)
        while k < len(toks) and toks[k].text in _BULLETS:
            k += 1  # "• autor: …"
        if k < len(toks) and not text[at : toks[k].start].strip(_BULLETS + " \t"):
            candidates[k] = "line"
    for m in _CLAUSE_BREAK.finditer(text):
        k = bisect_right(toks, m.end() - 1, key=lambda t: t.start)
        if k < len(toks):
            candidates.setdefault(k, "clause")
    sentence_end = dict(doc.sent_span)
    for s0 in sentence_end:
        candidates.setdefault(s0, "sentence")
    for k, where in candidates.items():
        start = toks[k].start
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        credit_may_open = where == "line" or _name_follows(doc, k)  # "… laboratorium. Fot. Ewa Lis"
        if (credit_may_open and cx.starts_at(doc, "credit_before", k)) or (
            where == "line"
            and (
                cx.starts_at(doc, "interviewer_credit", k)
                or (cx.starts_at(doc, "report_credit", k) and is_first_name(doc, k + 1))
            )
            and _name_alone(text[start:end])
        ):
            if start and text[start - 1] == "(":
                close = text.find(")", start, end)
                end = end if close < 0 else close
            if (
                where == "sentence"
            ):  # "… raport. Źródło: Agencja X. Firma Y zatrudni …": to its sentence's end
                stop = sentence_end[k]
                while stop <= k + 2 and stop in sentence_end:  # past a label's own dot ("Fot. Ewa Lis")
                    stop = sentence_end[stop]
                end = min(end, toks[stop - 1].end)
            last = min(k + _CREDIT_TOKENS, len(toks)) - 1
        elif where == "line" and cx.starts_at(doc, "app_line", k):
            line = text[start:end]
            if len(line.split()) > _APP_WORDS or _SENTENCE_END.search(line.rstrip(". ")):
                continue  # a sentence of the text about an app, no offer of one
            above = text.rfind("\n", 0, max(0, start - 1))
            label = text[above + 1 : start].strip()
            if (
                label
                and len(label.split()) <= _APP_LABEL_WORDS
                and not _SENTENCE_END.search(label)
                and not _names_organisation(doc, above + 1, start)
            ):
                start = (
                    above + 1 + text[above + 1 : start].index(label[0])
                )  # the app's name on the line above
            spans.append((start, end))
            continue
        elif where == "line" and (heading := _frame_heading(doc, cx, k, start, end)):
            if heading == "alone":
                end = _headlines_end(text, end)
            last = min(k + _LINK_TOKENS, len(toks)) - 1
        elif cx.starts_at(doc, "link_before", k):
            colon = text.find(":", start, end)
            if colon >= 0 and len(text[toks[k].end : colon].split()) > 1:
                colon = -1  # "Zobacz, kto buduje w strefie: …": the colon closes another phrase
            rest = text[colon + 1 : end] if colon >= 0 else text[start:end]
            if colon < 0 and (where != "line" or len(rest.split()) > _LINK_WORDS):
                continue  # "Zobacz, kto buduje": no colon, and more on the line than the opener
            if colon < 0 or not rest.strip():  # the linked headlines on the lines below
                end = _headlines_end(text, end)
            last = min(k + _LINK_TOKENS, len(toks)) - 1
        else:
            continue
        spans.append((start, min(end, toks[last].end)))
    merged: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def _web_spans(doc: Doc) -> list[tuple[int, int]]:
    """The frame of what a page embeds (see the module's doc): handles, a post's links, image file names, a post's
    signed line (with the line above it where that one ends with the post's link) and a stamped list of other
    articles."""
    text = doc.text
    link, file = _web_frame(doc.lang)
    lower = text.lower()
    links = _found(link, text, lower)
    spans = links + _found(file, text, lower)
    if "@" not in text:  # no handle, so no post's signature either: both scans are skipped
        return spans + _stamped_list(doc)
    link_ends = [b for _a, b in links]
    for m in _HANDLE.finditer(text):
        a, b = m.span()
        n = bisect_right(link_ends, a)
        if (text[a - 1 : a] == "(" and text[b : b + 1] == ")") or (
            n and not text[link_ends[n - 1] : a].strip()
        ):
            spans.append((a, b))  # "Jan Kos (@JanKos)", "pic.twitter.com/Ab3 @JanKos"; in a sentence it names
    for m in _POST_SIGNATURE.finditer(text) if "(@" in text else ():
        if _post_signature(m):  # from the dash on: the post's own text before it is the text's
            spans.append((m.start("dash") if m.group("dash") else m.start("author"), m.end()))
    return spans + _stamped_list(doc)


def _frame_heading(doc: Doc, cx: Matcher, k: int, start: int, end: int) -> str | None:
    """A list's heading or a sharing line opening the line [start, end) at token `k` (`list_heading`, `share_line`):
    "alone" where the line holds it alone (its noun and a colon at most; the headlines below go with it), "line"
    where a sharing line's colon is followed only by social media's names ("Udostępnij: Facebook X"), else None:
    facts on the line ("Najnowsze dane: zakład zatrudni …") are the text's."""
    toks = doc.tokens
    stop = bisect_right(toks, end - 1, key=lambda t: t.start)
    for name in ("list_heading", "share_line"):
        if not cx.starts_at(doc, name, k, stop):
            continue
        if stop - k <= _HEADING_TOKENS and cx.ends_at(doc, name, stop, k):
            return "alone"
        colon = doc.text.find(":", start, end)
        if name == "share_line" and colon >= 0 and len(doc.text[start:colon].split()) <= _LINK_WORDS:
            rest = doc.text[colon + 1 : end].lower().split()
            if rest and set(rest) <= _media_names(doc.lang):
                return "line"
    return None


@cache
def _media_names(lang: str) -> frozenset[str]:
    """The names of the social media whose links `boilerplate_web.tsv` lists: their domains' first labels."""
    return frozenset(e.split(".")[-2] for e in _web_entries(lang, "post_link"))


on_data_change(_media_names.cache_clear)


def _post_signature(m: re.Match[str]) -> bool:
    """A post's signature (`_POST_SIGNATURE`): an author's name of capitalised words (short lower-case connectors
    between them), and after the handle at most a date. "— napisał prezes Jan Kos (@JanKos)" is the text's own
    sentence."""
    words = m.group("author").split()
    if not words or not all(w[:1].isupper() or w[:1].isdigit() or len(w) <= _LOWER_CONNECTOR for w in words):
        return False
    tail = m.group("tail").strip(" \t.,")
    return not tail or (len(tail.split()) <= _POST_TAIL_WORDS and bool(_YEAR.search(tail)))


def _stamped_list(doc: Doc) -> list[tuple[int, int]]:
    """A list of other articles under the article: two or more lines of a date and a time alone ("2025-04-06,
    19:55"), with one to `_STAMP_GAP` short headline lines between them (none ending a sentence); the list runs
    from as many headline lines above its first stamp as it has between two stamps to as many below its last. A
    single dated line, or dates without a time (an article's own chronology), make no list."""
    if len(doc.dates) < 2:
        return []  # a list needs two stamps
    text = doc.text
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]
    if len(lines) < 3:
        return []
    starts = [a for a, _b in lines]
    stamps: dict[int, tuple[str, str]] = {}  # line -> its date and its time
    for d in doc.dates:
        n = bisect_right(starts, d.start) - 1
        a, b = lines[n]
        if not text[a : d.start].strip() and (tm := _STAMP_TIME.fullmatch(text[d.end : b])):
            stamps[n] = (d.value or d.text, tm.group(0).strip(" \t,|").zfill(5))

    def back(n: int, m: int) -> bool:  # newest first: another day, or an earlier hour of the same day
        return stamps[m][0] != stamps[n][0] or stamps[m][1] < stamps[n][1]

    def headline(n: int) -> bool:
        line = text[slice(*lines[n])].strip()
        return len(line.split()) <= _HEADLINE_WORDS and not _OPEN_SENTENCE.search(line)

    spans: list[tuple[int, int]] = []
    run: list[int] = []
    for n in [*sorted(stamps), len(lines) + _STAMP_GAP + 2]:
        if (
            run
            and n in stamps
            and 0 < n - run[-1] - 1 <= _STAMP_GAP
            and back(run[-1], n)
            and all(headline(j) for j in range(run[-1] + 1, n))
        ):
            run.append(n)
            continue
        if len(run) > 1:
            gap = max(y - x - 1 for x, y in pairwise(run))
            first, last = run[0], run[-1]
            while first > 0 and run[0] - first < gap and headline(first - 1):
                first -= 1
            while last + 1 < len(lines) and last - run[-1] < gap and headline(last + 1):
                last += 1
            spans.append((lines[first][0], lines[last][1]))
        run = [n]
    return spans


def _dateline_credit(doc: Doc, cx: Matcher, m: re.Match[str]) -> bool:
    """The words after a date and its bar or slash (`_DATELINE_CREDIT`) are the author's credit: a dateline among
    the first or the last lines of the text, and a credit's few words: initials ("JK"), a credit's label ("Oprac.
    JB") or a person's name ("Jan Kos"). A line of a calendar in the text ("Dzień Eksportera, 9.06.2026 | Targi
    Borowo") names the venue or the organiser."""
    text, toks = doc.text, doc.tokens
    credit = m.group("credit")
    if len(credit.split()) > _DATELINE_CREDIT_WORDS:
        return False
    before = sum(1 for ln in text[: m.start()].splitlines() if ln.strip())
    after = sum(1 for ln in text[m.end() :].splitlines() if ln.strip())
    if before >= _BYLINE_LINES and after >= _BYLINE_LINES:
        return False
    k = bisect_right(toks, m.start("credit") - 1, key=lambda t: t.start)
    if k >= len(toks) or toks[k].start >= m.end("credit"):
        return False
    if cx.starts_at(doc, "credit_before", k):
        return True  # "| Oprac. JB"
    if k + 2 < len(toks) and toks[k + 1].text == "." and toks[k + 2].start < m.end("credit"):
        k += 2  # a label's abbreviation ("Aut.", "Red.") before the author
    words = [t for t in toks[k:] if t.start < m.end("credit") and t.is_word]
    if words and all(t.is_upper and len(t.text) <= _INITIALS_LETTERS for t in words):
        return True  # "/ AK", "| JB"
    return is_first_name(doc, k)


def _names_organisation(doc: Doc, start: int, end: int) -> bool:
    """An organisation with its head noun ("Politechnika Borowska", "Gmina Lipno") named between the offsets: a
    heading of the text above an app's line, no app's name."""
    return any(m.type == "organization" and m.head and start <= m.start < end for m in doc.mentions)


def _name_follows(doc: Doc, k: int) -> bool:
    """Whether a capitalised word follows the label at token `k` and its dot or colon ("…, fot. Jan Kos"): after
    a clause's break a credit names someone; "Jan Nowak, red. naczelny …" is an apposition, "dodała: współpraca …"
    a quote."""
    toks = doc.tokens
    j = k + 1
    while j < len(toks) and toks[j].text in ".:":
        j += 1
    return j < len(toks) and toks[j].is_cap


def _headlines_end(text: str, end: int) -> int:
    """The end of the linked headlines on the lines below an opener that ends its line at `end`: up to
    `_HEADLINES` short lines (blank lines between them), none of them a sentence closed by a full stop; the first
    line that is no headline (the article's own paragraph) ends them."""
    at, taken = end, 0
    while taken < _HEADLINES and at < len(text):
        nxt = text.find("\n", at + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[at:nxt].strip()
        if line:
            if len(line.split()) > _HEADLINE_WORDS or _SENTENCE_END.search(line):
                break
            end, taken = nxt, taken + 1
        at = nxt
    return end


def _cut_off(doc: Doc, dots: re.Match[str]) -> tuple[int, int] | None:
    """The span of the line that ``dots`` (the dots after a word at a line's end) close, where it is a teaser: a
    line of a teaser's length (a headline and a lead, no paragraph) whose last word, before the dots, is a
    fragment the dictionary does not know, in lower case ("współpra") or opening a sentence ("… miasta. Łąc..."): cut
    off inside a word. A sentence that trails off ends with a whole word ("potem trzecią..."), a list that trails
    off with a name ("…, a także Qarbotex…")."""
    text = doc.text
    word = dots.start()
    if not word or not (text[word - 1].isalnum() or text[word - 1] == "_"):
        return None  # no word right before the dots
    while word and (text[word - 1].isalnum() or text[word - 1] == "_"):
        word -= 1  # the last word's start
    line = text.rfind("\n", 0, word) + 1
    if not _TEASER_WORDS <= len(text[line : dots.end()].split()) <= _TEASER_MOST:
        return None
    if text[word].isupper() and not text[:word].rstrip().endswith((".", "!", "?")):
        return None  # a capitalised fragment is cut off only where it opens a sentence ("… miasta. Łąc...")
    toks = doc.tokens
    k = bisect_right(toks, word, key=lambda t: t.start) - 1
    if 0 <= k < len(toks) and toks[k].start == word and all(r.pos == "ign" for r in doc.readings[k]):
        return line, dots.end()
    return None


def _alone_on_line(text: str, m: Mention) -> bool:
    """ "Anna Bąk" on a line of its own (a full stop after it at most) among the first or the last lines of the
    text: an author's byline or a contact, no person the news is about. A name on a bullet, or in a list under a
    phrase that ends with a colon ("Laureatami zostali:", "Zarząd tworzą:"), is an item of the news."""
    a = text.rfind("\n", 0, m.start) + 1
    b = text.find("\n", m.end)
    b = len(text) if b < 0 else b
    if text[a : m.start].strip(" \t") or text[m.end : b].strip(" \t.,"):
        return False
    before = [ln for ln in text[:a].splitlines() if ln.strip()]
    after = [ln for ln in text[b:].splitlines() if ln.strip()]
    if len(before) >= _BYLINE_LINES and len(after) >= _BYLINE_LINES:
        return False
    block = text[:a].rstrip(" \t").rsplit("\n\n", 1)[-1]  # the lines right above it, up to a blank line
    # a list under a phrase ("Laureatami zostali:", "Zarząd tworzą:") is news; under a one-word label ("Kontakt:",
    # "Posłuchaj:", "Autor:") a name is a contact's or an author's
    return not any(ln.rstrip().endswith(":") and len(ln.split()) > 1 for ln in block.splitlines())
