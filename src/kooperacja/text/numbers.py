"""Numbers and amounts in Polish (and some English) text: "44 mld zł", "ok. 100 tys.", "12,5%".

``find_amounts`` returns every stated quantity with its plain value, unit (ISO 4217 currency code,
``count``, ``percent``, ``pp``, ``ha``, ``m2``, ``km2``) and qualifier (``exact``, ``approx``,
``more_than``, ``less_than``, ``up_to``). Ranges ("280–300 mln") come back with ``is_range=True``
and ``value=None`` (``low``/``high`` hold the ends). Vague amounts ("kilkaset", "kilka miliardów")
are not returned at all. Years, dates, ordinals, phone numbers, postal codes, street numbers,
section numbers and ids are skipped. Word lists live in ``data/pl/amount_*.tsv`` and
``number_words.tsv``; regexes are compiled once, at import.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from itertools import compress, count
from pathlib import Path

from kooperacja.data.language_data import language_data
from kooperacja.text.dates import date_spans
from kooperacja.text.tokens import DASHES

__all__ = ["Amount", "find_amounts", "looks_english", "parse_number", "parse_number_word"]

Number = int | float


@dataclass
class Amount:
    """A stated quantity: offsets ``[start, end)`` (qualifier included), value, unit, qualifier."""

    start: int
    end: int
    value: Number | None
    unit: str
    qualifier: str
    text: str
    kind: str = "amount"  # amount | percent | range
    is_range: bool = False
    low: Number | None = None
    high: Number | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "text": self.text,
            "kind": self.kind,
            "is_range": self.is_range,
            "low": self.low,
            "high": self.high,
        }


# --------------------------------------------------------------------------------------------- data


def _alt(forms: list[str] | set[str]) -> str:
    parts = []
    for f in sorted(set(forms), key=lambda f: (-len(f), f)):
        body = r"[ \u00a0]*".join(re.escape(p) for p in f.split(" "))
        if f[-1].isalnum():
            body += r"(?![\w])"
        if f[0].isalnum():
            body = r"(?<![^\W\d_])" + body
        parts.append(body)
    return "|".join(parts)


_SP = r"[ \u00a0\u202f]"
_NUM_BODY = r"\d{1,3}(?:,\d{3})+\.\d+|\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+(?:,\d+)?|\d{1,3}(?:\.\d{3}(?![\d]))+(?:,\d+)?(?![.]\d)|\d+(?:[.,]\d+)?"
# the search reads a digit first (every number starts with one), so that it skips other characters by that set
# instead of testing the look-behind at each; the look-behind then tests the character before that digit, and
# each alternative of `_NUM_BODY` reads one digit fewer (the same matches: tests/text/test_numbers_speedd.py)
_NUM_REST = r"\d{0,2}(?:,\d{3})+\.\d+|\d{0,2}(?:[ \u00a0\u202f]\d{3}(?!\d))+(?:,\d+)?|\d{0,2}(?:\.\d{3}(?![\d]))+(?:,\d+)?(?![.]\d)|\d*(?:[.,]\d+)?"
_P_NUM = re.compile(rf"\d(?<![\w.,/+:\-–]\d)(?:{_NUM_REST})")
_P_NUM_AT = re.compile(rf"(?:{_NUM_BODY})")
_RANGE_FROM_REACH = (
    10  # characters before a number searched for the word that opens a range ("od ", "między ")
)
_PUNCT = "()[]\"'„”«»,;:"
_P_COMPOUND = re.compile(r"[\d.]*\d")
_P_WORD = re.compile(r"[^\W\d_]+")
_P_SLASHED = re.compile(r"[\d/]*")
_P_POSTCODE_TAIL = re.compile(r"-\d{3}(?!\d)")
_QUANTITY_QUALS = frozenset({"approx", "more_than", "less_than"})


def _spaced(word: str) -> str:
    """A data word as a regex: its parts joined by any run of spaces ("tel. kom" matches "tel.kom" too)."""
    return r"[ \u00a0]*".join(re.escape(p) for p in word.split(" "))


@dataclass(frozen=True)
class _Tables:
    """The words of one language that numbers are read with (``data/<lang>/amount_*.tsv``, ``number_words``)."""

    mult: dict[str, tuple[int, str]]
    cur: dict[str, str]
    unit: dict[str, str]
    percent_units: frozenset[str]  # units of a share ("percent", percentage points), not of an amount
    unit_adjectives: dict[str, str]  # "hektarowa" -> "ha": a unit's adjective after a number and a hyphen
    qual: dict[str, str]
    wordnum: dict[str, float | None]
    weak: frozenset[str]
    adjectives: dict[str, tuple[float, str]]  # "miliardowa" -> (1e9, "PLN")
    adjectives_are_words: bool  # every amount adjective is one word of letters: it matches only a whole word
    p_adjectives: re.Pattern[str]
    p_tail: re.Pattern[str]
    cur_before: frozenset[str]
    cur_signs: tuple[tuple[str, str], ...]  # signs before a number, longest first ("US$", "$")
    dotted: frozenset[str]
    abbrev: frozenset[str]
    qual_max_words: int
    p_range_sep: re.Pattern[str]
    p_range_from: re.Pattern[str]
    id_words: frozenset[str]
    street_words: frozenset[str]
    year_preps: frozenset[str]
    counted: frozenset[str]  # words right after a bare four-digit number that make it a count ("1800 osób")
    p_year_after: re.Pattern[str]
    phone_cues: tuple[str, ...]
    p_phone_cue: re.Pattern[str]
    p_phone: re.Pattern[str]
    notation: dict[str, tuple[str, ...]]


def _tables(lang: str = "pl") -> _Tables:
    data = language_data(lang)
    return _tables_at(data.code, data.root)


@cache
def _tables_at(code: str, root: Path) -> _Tables:
    """The tables of a language's data folder (a folder set by ``set_data_root`` is read anew)."""
    data = language_data(code)
    mult = {r["form"].lower(): (int(r["factor"]), r["lang"]) for r in data.rows("amount_multipliers")}
    cur: dict[str, str] = {}
    cur_before: list[str] = []
    for r in data.rows("amount_currencies"):
        cur[r["form"].lower()] = r["code"]
        if r["position"] == "both":
            cur_before.append(r["form"])
    unit_rows = data.rows("amount_units")
    unit = {" ".join(r["form"].lower().split()): r["unit"] for r in unit_rows if r.get("kind") != "adjective"}
    unit_adjectives = {r["form"].lower(): r["unit"] for r in unit_rows if r.get("kind") == "adjective"}
    qual = {" ".join(r["form"].lower().split()): r["qualifier"] for r in data.rows("amount_qualifiers")}
    wordnum: dict[str, float | None] = {}
    weak: set[str] = set()
    for r in data.rows("number_words"):
        form = r["form"].lower()
        wordnum[form] = None if r["value"] == "vague" else float(r["value"])
        if r.get("weak") == "1":
            weak.add(form)
    adjectives = {
        r["form"].lower(): (float(r["value"]), r["code"])
        for r in (data.rows("amount_adjectives") if data.has("amount_adjectives") else ())
    }
    cues: dict[str, list[str]] = {}
    notation: dict[str, list[str]] = {}
    for r in data.rows("amount_cues"):
        cues.setdefault(r["role"], []).append(r["word"])
        if r["role"] == "notation":
            notation.setdefault(r["lang"], []).append(" " + r["word"] + " ")
    phone = cues.get("phone", [])
    phone_cues = tuple(w for w in phone if not any(w != o and w.startswith(o) for o in phone))
    p_tail = re.compile(
        rf"(?:{_SP}*(?P<mult>{_alt(list(mult))})(?P<mdot>\.,?)?)?"
        rf"(?:{_SP}*(?:(?P<unit>{_alt(list(unit))})|(?P<cur>{_alt(list(cur))})))?",
        re.IGNORECASE,
    )
    to = "|".join(_spaced(w) for w in cues.get("range_to", []))
    frm = "|".join(_spaced(w) for w in cues.get("range_from", []))
    return _Tables(
        mult=mult,
        cur=cur,
        unit=unit,
        percent_units=frozenset(r["unit"] for r in unit_rows if r.get("kind") == "percent"),
        unit_adjectives=unit_adjectives,
        qual=qual,
        wordnum=wordnum,
        weak=frozenset(weak),
        p_adjectives=re.compile(
            rf"(?<![^\W\d_])(?:{'|'.join(sorted(map(re.escape, adjectives), key=len, reverse=True)) or '(?!)'})(?![^\W\d_])",
            re.IGNORECASE,
        ),
        adjectives=adjectives,
        adjectives_are_words=all(_P_WORD.fullmatch(a) for a in adjectives),
        p_tail=p_tail,
        cur_before=frozenset(f.lower() for f in cur_before if f[0].isalpha()),
        cur_signs=tuple(
            (f, cur[f.lower()]) for f in sorted(cur_before, key=len, reverse=True) if not f[-1].isalpha()
        ),
        dotted=frozenset(cues.get("dotted", [])),
        abbrev=frozenset(cues.get("abbrev", [])),
        qual_max_words=max((len(f.split()) for f in qual), default=1),
        p_range_sep=re.compile(
            rf"{_SP}*(?:[-\u2010-\u2014\u2212]|(?P<do>{to or '(?!)'})(?![\w])){_SP}*(?=\d)", re.IGNORECASE
        ),
        p_range_from=re.compile(rf"(?<![\w])(?:{frm or '(?!)'})[ \u00a0]+$", re.IGNORECASE),
        id_words=frozenset(cues.get("id", [])),
        street_words=frozenset(cues.get("street", [])),
        year_preps=frozenset(cues.get("year_before", [])),
        counted=frozenset(cues.get("counted", [])),
        p_year_after=re.compile(
            r"[ \u00a0]*(?:" + ("|".join(_spaced(w) for w in cues.get("year_after", [])) or "(?!)") + ")",
            re.I,
        ),
        phone_cues=phone_cues,
        p_phone_cue=re.compile("|".join([*(re.escape(w) for w in phone_cues), r"\+\d"])),
        p_phone=re.compile(
            r"(?:(?<![\w])(?:"
            + ("|".join(_spaced(w) for w in phone) or "(?!)")
            + r")\.?[ \u00a0]*:?[ \u00a0]*"
            r"|\+\d{2}[ \u00a0]*)(?:\(?\d+\)?[ \u00a0\-/]?){2,}\d",
            re.IGNORECASE,
        ),
        notation={k: tuple(v) for k, v in notation.items()},
    )


# ------------------------------------------------------------------------------------------ parsing


def parse_number(body: str, english: bool = False) -> Decimal | None:
    """A number as written: "1 200 000", "1.200.000", "2,75", "12,5"; English: "4.6", "1,200"."""
    s = body.replace("\u00a0", " ").replace("\u202f", " ").strip()
    if " " in s:
        s = s.replace(" ", "")
        s = s.replace(",", ".")
    elif english:
        s = s.replace(",", "")
    elif "." in s and "," in s:
        if s.rfind(".") > s.rfind(","):
            s = s.replace(",", "")  # "1,234.5"
        else:
            s = s.replace(".", "").replace(",", ".")  # "1.234,5"
    elif "." in s:
        parts = s.split(".")
        if len(parts) > 2 or (len(parts[1]) == 3 and len(parts[0]) <= 3 and parts[0] != "0"):
            s = s.replace(".", "")
    elif "," in s:
        s = s.replace(",", ".")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def _plain(d: Decimal) -> Number:
    if d == d.to_integral_value():
        return int(d)
    return float(d)


def parse_number_word(word: str, lang: str = "pl") -> float | None:
    """Value of a number word ("tysiąc" → 1000.0, "dwóch" → 2.0); None if vague or unknown."""
    return _tables(lang).wordnum.get(word.lower())


def _blocked(tb: _Tables, text: str, dates: list[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    spans = list(dates) if dates is not None else date_spans(text)
    low = text.lower()
    if "+" in text or any(c in low for c in tb.phone_cues):
        for cue in tb.p_phone_cue.finditer(low):
            m = tb.p_phone.match(text, cue.start())
            if m:
                spans.append(m.span())
    spans.sort()
    return spans


def _in_spans(spans: list[tuple[int, int]], starts: list[int], pos: int) -> int:
    """End of the blocked span holding ``pos``, or -1."""
    i = bisect.bisect_right(starts, pos) - 1
    while i >= 0:
        s, e = spans[i]
        if s <= pos < e:
            return e
        if e <= pos and i < len(spans) and spans[i][0] < pos - 200:
            break
        i -= 1
    return -1


def _words_before(text: str, pos: int, n: int, width: int = 40) -> list[tuple[int, str]]:
    """The last ``n`` whitespace-separated words before ``pos`` (which must follow a space)."""
    lo = max(0, pos - width)
    chunk = text[lo:pos]
    if not chunk or chunk[-1] not in " \u00a0\t":
        return []
    out: list[tuple[int, str]] = []
    end = len(chunk)
    while len(out) < n:
        while end > 0 and chunk[end - 1] in " \u00a0\t":
            end -= 1
        if end == 0:
            break
        begin = end
        while begin > 0 and chunk[begin - 1] not in " \u00a0\t\n":
            begin -= 1
        if begin == 0 and lo > 0:
            break
        out.append((lo + begin, chunk[begin:end]))
        if begin > 0 and chunk[begin - 1] == "\n":
            break
        end = begin
    return out


def _qualifier(tb: _Tables, text: str, start: int) -> tuple[str, int]:
    words = _words_before(text, start, tb.qual_max_words)
    for k in range(len(words), 0, -1):
        phrase = " ".join(w for _p, w in reversed(words[:k])).lower().lstrip(_PUNCT)
        q = tb.qual.get(phrase)
        if q:
            pos = words[k - 1][0]
            return q, pos + (len(words[k - 1][1]) - len(words[k - 1][1].lstrip(_PUNCT)))
    return "exact", start


def _id_before(tb: _Tables, text: str, s: int) -> bool:
    if s > 0 and text[s - 1] == "§":
        return True
    words = _words_before(text, s, 5, 60)
    if not words:
        return False
    last = words[0][1].lower().lstrip(_PUNCT).rstrip(".:")
    if last in tb.id_words:
        return True
    # "ul. Wojewódzka 42", "al. Jana Pawła II 12"
    for _pos, w in words[1:]:
        lw = w.lower().lstrip(_PUNCT).rstrip(".")
        if lw in tb.street_words:
            return all(x[0].isupper() or x[0].isdigit() for _p, x in words[: words.index((_pos, w))])
    return False


def _prefix_currency(tb: _Tables, text: str, s: int) -> tuple[str, int] | None:
    for sign, code in tb.cur_signs:
        if text.endswith(sign, max(0, s - len(sign)), s):
            return code, s - len(sign)
    words = _words_before(text, s, 1, 8)
    if words and words[0][1].lower() in tb.cur_before and words[0][1].isupper():
        return tb.cur[words[0][1].lower()], words[0][0]
    return None


def _tail(tb: _Tables, text: str, pos: int) -> tuple[int, str | None, str | None, str | None, int]:
    """(factor, multiplier language, currency code, unit, end) of what follows a number."""
    m = tb.p_tail.match(text, pos)
    if not m or m.end() == pos:
        return 1, None, None, None, pos
    factor, lang = 1, None
    if m["mult"]:
        factor, lang = tb.mult[" ".join(m["mult"].lower().rstrip(".").split())]
    cur = tb.cur.get(" ".join(m["cur"].lower().split())) if m["cur"] else None
    unit = tb.unit.get(" ".join(m["unit"].lower().split())) if m["unit"] else None
    end = m.end()
    if m["mdot"] and not (cur or unit):
        # "3 mln." ends a sentence (only the "dotted" abbreviations keep the dot); "5 tys., a" keeps no comma
        end = m.end("mult") + (1 if m["mult"].lower() in tb.dotted else 0)
    return factor, lang, cur, unit, end


def _unit_kind(tb: _Tables, unit: str | None, cur: str | None) -> tuple[str, str]:
    if cur:
        return cur, "amount"
    if unit in tb.percent_units:
        return unit, "percent"
    if unit:
        return unit, "amount"
    return "count", "amount"


def looks_english(text: str, lang: str = "pl") -> bool:
    """A cheap guess whether numbers in the text follow English notation (1,200.5)."""
    sample = text[:5000].lower()
    notation = _tables(lang).notation
    en = sum(sample.count(w) for w in notation.get("en", ()))
    pl = sum(sample.count(w) for w in notation.get(lang if lang != "en" else "pl", ()))
    return en > 3 and en > 2 * pl


def find_amounts(
    text: str,
    date_offsets: list[tuple[int, int]] | None = None,
    english: bool | None = None,
    lang: str = "pl",
) -> list[Amount]:
    """Amounts and counts stated in a text, in order.

    Numbers inside dates are skipped; pass ``date_offsets`` (e.g. from ``find_dates``) when they are
    known already, else they are found here with :func:`kooperacja.text.dates.date_spans`.
    ``english`` sets English number notation ("10,000", "4.6") for the whole text; by default it is
    guessed from the text (and always used after "$", "€", "£" or before "billion", "million").
    ``lang`` picks the words (``data/<lang>/amount_*.tsv``) that multipliers, currencies and cues are read with.
    """
    out: list[Amount] = []
    if not text:
        return out
    tb = _tables(lang)
    doc_english = looks_english(text, lang) if english is None else english
    spans = _blocked(tb, text, date_offsets)
    starts = [s for s, _e in spans]
    consumed = -1
    for m in _P_NUM.finditer(text):
        s, e = m.span()
        if s < consumed:
            continue
        if spans:
            block_end = _in_spans(spans, starts, s)
            if block_end >= 0:
                consumed = block_end
                continue
        body = m.group()
        nxt = text[e : e + 2]
        # compounds: "4.1.1.", "12/2023", "10:30", "40-026", "7-ego"
        if nxt[:1] in (".", "/", ":") and nxt[1:2].isdigit():
            consumed = _P_COMPOUND.match(text, s).end() if nxt[:1] == "." else e + 1  # type: ignore[union-attr]
            if nxt[:1] == "/":
                consumed = _P_SLASHED.match(text, e).end()  # type: ignore[union-attr]
            continue
        if len(body) == 2 and _P_POSTCODE_TAIL.match(text, e, e + 5):
            consumed = e + 4  # postal code
            continue
        if nxt[:1] in ("-", "\u2011") and nxt[1:2].isalpha():
            adj = _P_WORD.match(text, e + 1)
            unit_of = tb.unit_adjectives.get(adj.group().lower()) if adj else None
            number = parse_number(body, doc_english) if unit_of and adj else None
            if adj and unit_of and number is not None:
                # "40-hektarowa działka": an amount of the unit that the adjective names
                out.append(
                    Amount(s, adj.end(), _plain(number), unit_of, "exact", text[s : adj.end()], "amount")
                )
                consumed = adj.end()
            continue  # ordinal or compound word: "7-ego", "20-lecie", "3-krotnie"
        if _id_before(tb, text, s):
            consumed = e
            continue
        digits = body.replace(" ", "").replace("\u00a0", "").replace("\u202f", "")
        if (len(digits) >= 7 and digits.isdigit() and " " not in body and "\u00a0" not in body) or (
            len(digits) > 1 and digits[0] == "0" and digits.isdigit()
        ):
            continue  # ids, codes

        prefix = _prefix_currency(tb, text, s)
        qual_at = prefix[1] if prefix else s
        qualifier, qstart = _qualifier(tb, text, qual_at)
        factor, mlang, cur, unit, tail_end = _tail(tb, text, e)
        if prefix and not cur:
            cur = prefix[0]
        english = doc_english or mlang == "en" or bool(prefix and not text[prefix[1]].isalpha())
        number = parse_number(body, english)
        if number is None:
            continue

        # a range: "280–300 mln", "od 2 do 3 mld zł", "100-200 osób"
        skip_to = -1
        sep = tb.p_range_sep.match(text, tail_end if factor == 1 and not (cur or unit) else tail_end)
        if sep and (
            not sep["do"] or tb.p_range_from.search(text[max(0, qual_at - _RANGE_FROM_REACH) : qual_at])
        ):
            m2 = _P_NUM_AT.match(text, sep.end())
            if m2 and _in_spans(spans, starts, m2.start()) < 0:
                n2 = parse_number(m2.group(), english)
                f2, lang2, cur2, unit2, end2 = _tail(tb, text, m2.end())
                if lang2 == "en":
                    n2 = parse_number(m2.group(), True)
                both_years = (
                    factor == 1
                    and f2 == 1
                    and not (cur or unit or cur2 or unit2)
                    and all(len(x) == 4 and x[:2] in ("18", "19", "20") for x in (digits, m2.group()))
                )
                if both_years:
                    consumed = m2.end()
                    continue
                f1 = factor if factor != 1 else f2
                # "Firma A – 150 mln zł – 120 miejsc pracy": a dash between an amount with its currency and a bare
                # number, or a falling pair in a row that a dash opens ("Firma A – 300 – 120"), parts cells of a
                # list, no range ("80 mln zł – 100 mln zł" is one). A falling pair in prose is a whole and its part
                # ("wyda 150 mln zł – 100 mln zł da bank", "zatrudnia 300 – 250 osób w produkcji"): the whole only
                falling = n2 is not None and number * f1 > n2 * f2 and " " in sep.group()
                row = _dash_row(text, qual_at)
                listed = n2 is not None and ((cur and not (cur2 or unit2) and f2 == 1) or (falling and row))
                if falling and not listed:
                    skip_to = end2
                elif n2 is not None and not listed and text[m2.end() : m2.end() + 1] not in ("-", "."):
                    low = _plain(number * f1)
                    high = _plain(n2 * f2)
                    unit_code, kind = _unit_kind(tb, unit or unit2, cur or cur2)
                    out.append(
                        Amount(
                            qstart if qualifier != "up_to" else s,
                            end2,
                            None,
                            unit_code,
                            "exact" if qualifier == "up_to" else qualifier,
                            text[(qstart if qualifier != "up_to" else s) : end2],
                            "range",
                            True,
                            low,
                            high,
                        )
                    )
                    consumed = end2
                    continue

        if factor == 1 and not (cur or unit):
            # a bare number: skip years, ordinals and list numbers
            if digits.isdigit() and len(digits) == 4 and 1800 <= int(digits) <= 2099 and "." not in body:
                if not _count_not_year(tb, text, s, e, qualifier):
                    continue
            low_after = _P_DOT_LETTER.match(text[e : e + 3])
            if low_after and low_after.group(1).islower() and digits.isdigit() and len(digits) <= 3:
                continue  # "3. runda": an ordinal
            line_start = text.rfind("\n", 0, s) + 1
            head = _P_HEADING.match(text[e : e + 4]) if not text[line_start:s].strip() else None
            if head and (head.group(1) is None or head.group(1).isupper()):
                continue  # numbered heading / list item
            if (
                qualifier == "up_to"
                and _count_not_year(tb, text, s, e, "exact") is False
                and len(digits) == 4
            ):
                continue
        value = _plain(number * factor)
        unit_code, kind = _unit_kind(tb, unit, cur)
        start = qstart if qualifier != "exact" else qual_at
        out.append(Amount(start, tail_end, value, unit_code, qualifier, text[start:tail_end], kind))
        consumed = max(tail_end, skip_to)
    # the text's words, lower-cased: amounts in words need one of the number words or amount adjectives
    lows, runs = _lower_word_runs(text)
    words = set(lows)
    if not words.isdisjoint(tb.wordnum):
        out.extend(_word_amounts(tb, text, out, lows, runs))
    if tb.adjectives and (not words.isdisjoint(tb.adjectives) or not tb.adjectives_are_words):
        out.extend(_adjective_amounts(tb, text))
    out.sort(key=lambda a: a.start)
    return _join_split(tb, text, out)


def _dash_row(text: str, at: int) -> bool:
    """Whether a spaced dash stands on the line before position `at`: a row of a list ("Firma A – 300 – 120")."""
    line = text[text.rfind("\n", 0, at) + 1 : at]
    return any(f" {d} " in line or line.startswith(f"{d} ") for d in DASHES)


_P_DOT_LETTER = re.compile(r"\.[ \u00a0]+([^\W\d_])")
_P_HEADING = re.compile(r"\.?\d*\.?[ \u00a0]+([^\W\d_])|\.\s*$")
_P_BARE_INT = re.compile(r"\d{1,3}")
_P_LEADING_DIGITS = re.compile(r"(\d{1,2})(?![\d,.])")


def _join_split(tb: _Tables, text: str, found: list[Amount]) -> list[Amount]:
    """Amounts written in two parts: "26, 7 mln zł" (a decimal comma followed by a space) is 26.7 mln, and
    "7 miliardów 700 milionów złotych" (a larger multiplier, then a smaller one with the unit) is 7.7 mld."""
    out: list[Amount] = []
    for a in found:
        prev = out[-1] if out else None
        if prev is not None and a.kind == "amount" and prev.kind == "amount" and not prev.is_range:
            gap = text[prev.end : a.start]
            if (
                gap == ", "
                and prev.unit == "count"
                and _P_BARE_INT.fullmatch(prev.text)
                and a.value is not None
                and not a.is_range
            ):
                lead = _P_LEADING_DIGITS.match(a.text)
                if lead and a.text[lead.end() : lead.end() + 1] in (" ", "\u00a0"):
                    digits = lead.group(1)
                    factor = Decimal(str(a.value)) / Decimal(digits)
                    if factor >= 1000 and factor == factor.to_integral_value():
                        value = (Decimal(prev.text) + Decimal(digits) / Decimal(10 ** len(digits))) * factor
                        out[-1] = Amount(
                            prev.start,
                            a.end,
                            _plain(value),
                            a.unit,
                            prev.qualifier,
                            text[prev.start : a.end],
                            a.kind,
                        )
                        continue
            if (
                gap in (" ", "\u00a0")
                and prev.unit == "count"
                and prev.value is not None
                and a.value is not None
                and not a.is_range
                and a.qualifier == "exact"
                and _multiplier(tb, prev.text) > _multiplier(tb, a.text) > 1
                and a.value < _multiplier(tb, prev.text)
            ):
                value = Decimal(str(prev.value)) + Decimal(str(a.value))
                out[-1] = Amount(
                    prev.start, a.end, _plain(value), a.unit, prev.qualifier, text[prev.start : a.end], a.kind
                )
                continue
        out.append(a)
    return out


def _multiplier(tb: _Tables, amount_text: str) -> int:
    """The factor of the multiplier word an amount's text ends its number with (1 when there is none)."""
    best = 1
    for w in _P_WORD.findall(amount_text.lower()):
        f = tb.mult.get(w) or tb.mult.get(w.rstrip("."))
        if f:
            best = max(best, int(f[0]))
    return best


def _count_not_year(tb: _Tables, text: str, s: int, e: int, qualifier: str) -> bool:
    """Whether a 4-digit 1800–2099 number without unit is a count rather than a year."""
    after = text[e : e + 12]
    if tb.p_year_after.match(after):
        return False
    if qualifier in _QUANTITY_QUALS:
        return True
    nxt = re.match(r"[ \u00a0]+([^\W\d_]+)", after)
    if nxt and nxt.group(1) in tb.counted:
        return True  # "zatrudnia w Krakowie 1800 osób": people, firms or jobs counted, whatever stands before
    words = _words_before(text, s, 1, 16)
    if words and words[0][1].lower().lstrip(_PUNCT) in tb.year_preps:
        return False
    prev = re.search(r"([^\W\d_]+)[ \u00a0]+$", text[max(0, s - 30) : s])
    return bool(prev and nxt and prev.group(1)[0].islower() and nxt.group(1)[0].islower())


def _adjective_amounts(tb: _Tables, text: str) -> list[Amount]:
    """Amounts stated by an adjective: "miliardowa inwestycja" is one billion in the press's currency."""
    out: list[Amount] = []
    for m in tb.p_adjectives.finditer(text):
        hit = tb.adjectives.get(m.group().lower())
        if hit is not None:
            value = _plain(Decimal(str(hit[0])))
            out.append(Amount(m.start(), m.end(), value, hit[1], "exact", m.group(), "amount"))
    return out


def _lower_words(text: str) -> list[str]:
    """The lower-cased words of `text` (`_P_WORD` runs), each as `word.lower()` gives it: found in the
    lower-cased text at once when lower-casing keeps every character one character and no capital sigma
    (whose small form depends on what follows the word) is there, else word by word."""
    low = text.lower()
    if len(low) == len(text) and "\u03a3" not in text:
        return _P_WORD.findall(low)
    return [w.lower() for w in _P_WORD.findall(text)]


def _lower_word_runs(text: str) -> tuple[list[str], list[re.Match[str]] | None]:
    """The lower-cased words of `text` (as `_lower_words` gives them) and, when they were read from the
    lower-cased text at once, their matches there (the offsets of the words in `text`); else None."""
    low = text.lower()
    if len(low) == len(text) and "\u03a3" not in text:
        runs = list(_P_WORD.finditer(low))
        return list(map(_GROUP, runs)), runs
    return _lower_words(text), None


_GROUP = re.Match.group


def _word_amounts(
    tb: _Tables,
    text: str,
    found: list[Amount],
    lows: list[str] | None = None,
    runs: list[re.Match[str]] | None = None,
) -> list[Amount]:
    """Amounts written in words: "tysiąc", "ponad dwa tysiące osób", "pół miliona złotych".
    `lows`: the text's lower-cased words (`_lower_words`), when known; `runs`: their matches (offsets only
    are read), when known."""
    taken = [(a.start, a.end) for a in found]
    out: list[Amount] = []
    toks = runs if runs is not None else list(_P_WORD.finditer(text))
    if lows is None or len(lows) != len(toks):
        lows = [t.group().lower() for t in toks]
    # the tokens that are number words, found in one pass (a set test per word, no Python frame per word): the
    # loop jumps from one to the next
    wordnum = tb.wordnum
    starts = list(compress(count(), map(wordnum.__contains__, lows)))
    i = 0
    n = len(toks)
    while i < n:
        tok = toks[i]
        low = lows[i]
        if low not in tb.wordnum:
            k = bisect.bisect_left(starts, i)
            i = starts[k] if k < len(starts) else n
            continue
        value = tb.wordnum[low]
        if value is None:
            # vague: "kilkaset", "kilka miliardów" — swallow a following multiplier too
            i += 2 if i + 1 < n and lows[i + 1] in tb.mult else 1
            continue
        if any(s <= tok.start() < e for s, e in taken):
            i += 1
            continue
        total = value
        last = value
        j = i + 1
        end = tok.end()
        weak = low in tb.weak
        while j < n and re.fullmatch(r"[ \u00a0]+", text[end : toks[j].start()]):
            w = lows[j]
            v = tb.wordnum.get(w)
            if v is not None and 1 <= v < last and v < 1000 and w not in tb.weak:
                total += v
                last = v
                end = toks[j].end()
                j += 1
                weak = False
                continue
            break
        factor = 1
        if j < n and re.fullmatch(r"[ \u00a0]*", text[end : toks[j].start()]):
            w = lows[j]
            if w in tb.mult and (total < 1000 or tb.mult[w][0] >= 1_000_000):
                factor = tb.mult[w][0]
                end = toks[j].end()
                if text[end : end + 1] == "." and w in tb.abbrev:
                    end += 1
                j += 1
                weak = False
        _f, _lang, cur, unit, tail_end = _tail(tb, text, end)
        qualifier, qstart = _qualifier(tb, text, tok.start())
        if weak and not (cur or unit) and qualifier == "exact":
            i = j
            continue
        number = Decimal(str(total)) * factor
        unit_code, kind = _unit_kind(tb, unit, cur)
        start = qstart if qualifier != "exact" else tok.start()
        out.append(Amount(start, tail_end, _plain(number), unit_code, qualifier, text[start:tail_end], kind))
        i = j
    return out
