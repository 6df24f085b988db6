"""Date expressions of every language: one regex grammar over each language's packaged word lists, and their
resolution.

``find_dates(text, published, lang=…)`` finds date mentions ("9 maja 2023 r.", "23-24 kwietnia br.", "w I
kwartale 2024", "wczoraj", "we wtorek 9 maja", "15.04.2011", "na przełomie lat 2009 i 2010", "October 14,
2022", "last week" …) and gives each an ISO 8601 date value at the precision written (``2011-04-07``,
``2011-04``, ``2011``, ranges ``2011-04-06/2011-04-09``), resolved by the rules of the spec's "Date values"
section:

* a date without a year takes the year of ``published``; with no ``published``, the year of a full
  date in the same sentence or the sentence before it; else it stays unresolved (``value=None``);
* relative dates ("dziś", "w piątek", "br.", "w przyszłym tygodniu") need ``published`` (at day
  precision for days and weeks);
* a weekday with a day and month and no year takes the year in which that day is that weekday
  nearest to the latest year written in the text, or the latest such year not after ``today``.

Every language keeps its date words in the same files and columns (``months``, ``weekdays``,
``date_relative``, ``date_words``), read by ``date_vocabulary(code)``; no word of any language is written in
code. ``date_words`` role ``shape`` names the shapes a language uses: ``inflected``, the scanner of a language
that declines month names and numerals (Polish: ``_inflected(code)``, built once per language and cached), or
the patterns of a fixed word order in the order they are tried (English: ``_OrderedGrammar``; a year-less date
there takes the year of the same or the previous sentence first). Both resolve values with the same helpers
(``relative_value``, ``_fmt``, ``_shift_weekday``). A mention after a limit word ("do końca 2021 r.") is marked
``deadline``: it bounds a plan or a term and tells no time of a happening.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import email.utils
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, NamedTuple

from kooperacja.data.language_data import language_data, on_data_change

__all__ = [
    "DateMention",
    "compatible_dates",
    "date_interval",
    "DateVocabulary",
    "date_spans",
    "date_vocabulary",
    "find_dateline",
    "find_dates",
    "parse_published",
    "relative_value",
    "resolve_in_context",
]


@dataclass
class DateMention:
    """A date expression in a text: offsets ``[start, end)``, its date value (or None) and form."""

    start: int
    end: int
    text: str
    value: str | None
    precision: str  # day | month | year | week
    kind: str  # absolute | partial | month | year | range | year_range | relative | weekday
    explicit_year: bool
    weekday: int | None = None  # 0 = Monday, when a weekday is written
    deadline: bool = (
        False  # after a word of a limit ("do końca 2021 r.", "najpóźniej w 2023"): no time of a happening
    )

    def as_dict(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "value": self.value,
            "precision": self.precision,
            "kind": self.kind,
            "explicit_year": self.explicit_year,
            "weekday": self.weekday,
        }


# --------------------------------------------------------------------------------------------- data


@dataclass(frozen=True)
class DateVocabulary:
    """One language's date words, read from its data files: the parameters of the date grammar.

    The model is dateparser's: every language keeps the same files (``months.tsv`` month / form / kind,
    ``weekdays.tsv`` weekday / form / kind, ``date_relative.tsv`` form / unit / offset, ``date_words.tsv``
    role / form) and the grammar reads them; no date word of any language is written in code."""

    code: str
    months: dict[str, int]  # lower-case form -> month number (Roman numerals apart)
    month_forms: dict[str, list[str]]  # kind (name, abbr, roman, en, foreign …) -> forms, in file order
    weekdays: dict[str, int]  # lower-case form -> weekday (0 = Monday)
    weekday_forms: dict[str, list[str]]  # kind (name, plural, abbr) -> forms, in file order
    relative: dict[str, tuple[str, int]]  # lower-case form, single spaces -> (unit, offset)
    words: dict[str, list[str]]  # role -> forms, in file order


@lru_cache(maxsize=8)
def date_vocabulary(code: str) -> DateVocabulary:
    """The date words of a language code (``pl``, ``en``), from ``data/<code>/``."""
    data = language_data(code)
    months: dict[str, int] = {}
    month_forms: dict[str, list[str]] = {}
    for row in data.rows("months"):
        kind = row.get("kind") or "name"
        month_forms.setdefault(kind, []).append(row["form"])
        if kind != "roman":
            months[row["form"].lower()] = int(row["month"])
    weekdays: dict[str, int] = {}
    weekday_forms: dict[str, list[str]] = {}
    for row in data.rows("weekdays"):
        weekdays[row["form"].lower()] = int(row["weekday"])
        weekday_forms.setdefault(row.get("kind") or "name", []).append(row["form"])
    relative = {
        " ".join(row["form"].lower().split()): (row["unit"], int(row["offset"]))
        for row in data.rows("date_relative")
    }
    words: dict[str, list[str]] = {}
    for row in data.rows("date_words"):
        words.setdefault(row["role"], []).append(row["form"])
    return DateVocabulary(code, months, month_forms, weekdays, weekday_forms, relative, words)


on_data_change(date_vocabulary.cache_clear)


def date_word_role(code: str, role: str) -> frozenset[str]:
    """The forms of one role of a language's ``date_words.tsv`` (relative pronouns, clause conjunctions, edition
    words, the words that open a span from a date …); none where the table has no such role. The reader of a
    role for the rules outside this module (this module also reads some roles directly, e.g. `shape` and the
    inflected category words)."""
    return _date_word_roles(code).get(role, frozenset())


@lru_cache(maxsize=8)
def _date_word_roles(code: str) -> dict[str, frozenset[str]]:
    return {role: frozenset(forms) for role, forms in date_vocabulary(code).words.items()}


on_data_change(_date_word_roles.cache_clear)


_LANG = "pl"  # the language of the module's functions where none is given


def _capitals() -> str:
    """A regex class body of every capital letter of the Basic Multilingual Plane, as ranges: a capital that
    opens a sentence or a name, in any language's script (no alphabet is written in code)."""
    caps = [c for c in range(0x10000) if chr(c).isupper()]
    spans: list[tuple[int, int]] = []
    for c in caps:
        if spans and spans[-1][1] == c - 1:
            spans[-1] = (spans[-1][0], c)
        else:
            spans.append((c, c))
    return "".join(
        re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in spans
    )


_UPPER = _capitals()


class _Inflected(NamedTuple):
    """The scanner of a language that declines its month names and numerals, built from its vocabulary."""

    find_dates: Callable[[str, str | None, _dt.date | None], list[DateMention]]
    date_spans: Callable[[str], list[tuple[int, int]]]
    resolve_in_context: Callable[..., list[DateMention]]
    parse_published: Callable[[str | None], str | None]
    find_dateline: Callable[[str, int], str | None]
    label_anywhere: re.Pattern[str]  # a labelled publication date anywhere ("Data publikacji: …")
    may_have_label: Callable[[str], bool]  # the cheap test before that search


# a word and a number written together ("Warszawa2023-05-12", "12maja"): where a space goes between them
_GLUED = re.compile(r"(?<=[^\W\d_])(?=\d{4}-\d\d)|(?<=\d)(?=[^\W\d_]{3})")
# where `_GLUED` finds a place, read from its digit (the search skips other characters by that set instead of trying
# both look-behinds at each): a line without one is returned as it is (tests/text/test_dates_speedd.py)
_GLUED_DIGIT = re.compile(r"\d(?:(?<=[^\W\d_]\d)\d{3}-\d\d|[^\W\d_]{3})")


# what follows a dateline's date: the dash that opens the body, after an agency's tag in brackets where there is one
# ("Kielce, 3 marca 2025 r. – Spółka …", "Lublin, 19.01.2026 (PAP) – Firma …"); one pattern for the published date
# here and for the events of the dateline's sentence (event_dates)
DATELINE_DASH = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?[–—-]\s")


def _unglue(line: str) -> str:
    """`_GLUED.sub(" ", line)`: a space between a word and a number written together."""
    return _GLUED.sub(" ", line) if _GLUED_DIGIT.search(line) else line


def _alt(forms: list[str]) -> str:
    return "|".join(re.escape(f) for f in sorted(set(forms), key=lambda f: (-len(f), f)))


@dataclass
class _Raw:
    start: int
    end: int
    form: str  # date | month | year | year_range | rel | weekday | period
    y: int | None = None
    m: int | None = None
    d: int | None = None
    y2: int | None = None
    m2: int | None = None
    d2: int | None = None
    ranged: bool = False
    explicit_year: bool = False
    rel_year: int | None = None  # offset from published year ("br." 0, "ub.r." -1)
    rel_unit: str | None = None
    rel_offset: int = 0
    weekday: int | None = None
    wd_mode: str | None = None  # future | past
    precision: str = "day"
    priority: int = 0
    extra: dict[str, object] = field(default_factory=dict)


def _select(raws: list[_Raw]) -> list[_Raw]:
    """Longest non-overlapping matches (pattern priority breaks ties), in text order."""
    raws.sort(key=lambda r: (-(r.end - r.start), r.priority, r.start))
    taken: list[tuple[int, int]] = []
    chosen: list[_Raw] = []
    for r in raws:
        if any(r.start < e and s < r.end for s, e in taken):
            continue
        taken.append((r.start, r.end))
        chosen.append(r)
    chosen.sort(key=lambda r: r.start)
    return chosen


def _parse_value(value: str | None) -> tuple[int | None, int | None, int | None]:
    if not value:
        return None, None, None
    first = value.split("/")[0]
    parts = first.split("-")
    try:
        nums = [int(p) for p in parts]
    except ValueError:
        return None, None, None
    nums += [None] * (3 - len(nums))  # type: ignore[list-item]
    return nums[0], nums[1], nums[2]


def _fmt(y: int, m: int | None, d: int | None) -> str | None:
    try:
        if d is not None and m is not None:
            return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None
    if m is not None:
        return f"{y:04d}-{m:02d}"
    return f"{y:04d}"


def _weekday_year(m: int, d: int, wd: int, anchor: int | None, today: _dt.date) -> int | None:
    def ok(y: int) -> bool:
        try:
            return _dt.date(y, m, d).weekday() == wd
        except ValueError:
            return False

    if anchor is not None:
        for delta in range(0, 40):
            for y in (anchor - delta, anchor + delta):
                if ok(y):
                    return y
        return None
    for y in range(today.year, today.year - 40, -1):
        if ok(y) and _dt.date(y, m, d) <= today:
            return y
    return None


def _weekday_year_published(m: int, d: int, wd: int, pub_y: int, pub_m: int | None) -> int:
    order = [pub_y]
    order += [pub_y + 1, pub_y - 1] if pub_m is not None and m < pub_m - 5 else [pub_y - 1, pub_y + 1]
    for y in order:
        try:
            if _dt.date(y, m, d).weekday() == wd:
                return y
        except ValueError:
            continue
    return pub_y


def _shift_weekday(base: _dt.date, wd: int, mode: str) -> _dt.date:
    diff = (wd - base.weekday()) % 7
    if mode == "future":
        return base + _dt.timedelta(days=diff or 7)
    if mode == "past":
        back = (base.weekday() - wd) % 7
        return base - _dt.timedelta(days=back or 7)
    back = (base.weekday() - wd) % 7
    return base - _dt.timedelta(days=back)


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    idx = y * 12 + (m - 1) + k
    return idx // 12, idx % 12 + 1


def relative_value(
    unit: str, offset: int, pub_y: int | None, pub_m: int | None, pub_date: _dt.date | None
) -> str | None:
    """The value of a relative date ("yesterday", "w przyszłym tygodniu": a unit and an offset) from the
    publication date's parts; None where the publication date is not precise enough for the unit."""
    if unit == "day" and pub_date:
        return (pub_date + _dt.timedelta(days=offset)).isoformat()
    if unit == "week" and pub_date:
        monday = pub_date - _dt.timedelta(days=pub_date.weekday()) + _dt.timedelta(weeks=offset)
        return f"{monday.isoformat()}/{(monday + _dt.timedelta(days=6)).isoformat()}"
    if unit == "week_end" and pub_date:
        # the Saturday and Sunday of the publication's week, moved by whole weeks (offset -1: the last one)
        saturday = pub_date - _dt.timedelta(days=pub_date.weekday()) + _dt.timedelta(days=5, weeks=offset)
        return f"{saturday.isoformat()}/{(saturday + _dt.timedelta(days=1)).isoformat()}"
    if unit == "month" and pub_y and pub_m:
        y, m = _add_months(pub_y, pub_m, offset)
        return _fmt(y, m, None)
    if unit == "year" and pub_y:
        return _fmt(pub_y + offset, None, None)
    if unit == "month_day" and pub_y and pub_m:
        # "12 bm.": day `offset` of the publication's month
        return _fmt(pub_y, pub_m, offset)
    return None


def _past_form(word: str) -> bool:
    """A word with a past-tense ending (role past_ending) that is a past-tense verb: the morphological analyser, where
    it knows the word, has a past reading of it and no noun or adjective one ("podpisała", not "kapitał", "mały");
    a word it does not know keeps the ending's word."""
    from kooperacja.text.morphology import morphology

    readings = morphology().analyse(word)
    known = [r for r in readings if r.pos != "ign"]
    if not known:
        return True
    return past_reading(known)


def past_reading(readings: Iterable[Any]) -> bool:
    """Readings of a word that make it a past-tense verb: a past reading and no noun or adjective one ("podpisała";
    not "kapitał", "udział" (also the past of the rare "udziać"), "mały"). The one test of a past form, for the
    date finder here and the event finder (`extract.event_dates.told_past`)."""
    rs = list(readings)
    return any(r.pos == "praet" for r in rs) and not any(r.pos in ("subst", "adj") for r in rs)


@lru_cache(maxsize=4)
def _inflected(code: str) -> _Inflected:
    """The scanner of the inflected shape (``9 maja br.``, ``w I kwartale``, ``na przełomie lat …``) over the
    vocabulary of language ``code``: every word of its patterns comes from the language's files."""

    _DATA = language_data(code)
    _VOCAB = date_vocabulary(code)

    _MONTH_OF: dict[str, int] = dict(_VOCAB.months)
    _ROMAN_OF: dict[str, int] = {}
    _names: list[str] = []
    _abbrs: list[str] = []
    _en: list[str] = []
    _en_abbr: list[str] = []
    for _row in _DATA.rows("months"):
        _m, _form, _kind = int(_row["month"]), _row["form"], _row["kind"]
        if _kind == "roman":
            _ROMAN_OF[_form] = _m
            continue
        {"name": _names, "abbr": _abbrs, "en": _en, "en_abbr": _en_abbr, "foreign": _en}[_kind].append(
            _form.lower()
        )

    # English month words only count with a written year ("9 May 2011"), never alone ("2 Jan Kowalski")
    _EN_ONLY = frozenset(_en + _en_abbr) - frozenset(_names + _abbrs)

    _WEEKDAY_OF: dict[str, int] = dict(_VOCAB.weekdays)
    _wd_names: list[str] = [f.lower() for f in _VOCAB.weekday_forms.get("name", [])]
    _wd_abbr: list[str] = [f.lower() for f in _VOCAB.weekday_forms.get("abbr", [])]

    _REL: dict[str, tuple[str, int]] = dict(_VOCAB.relative)

    _PERIOD: dict[tuple[str, str], int] = {}
    for _row in _DATA.rows("date_periods"):
        _PERIOD[(_row["form"] if _row["form"].isupper() else _row["form"].lower(), _row["period"])] = int(
            _row["number"]
        )

    _WORDS: dict[str, list[str]] = _VOCAB.words

    # ------------------------------------------------------------------------------------------ grammar

    _B = r"(?<![\w])"  # left word boundary
    _E = r"(?![\w])"  # right word boundary
    _DAY = r"(?:0?[1-9]|[12]\d|3[01])"
    _MM = r"(?:0?[1-9]|1[0-2])"
    _YEAR = r"(?:1[89]\d\d|20\d\d)(?!\d)"
    _SP = r"[ \t\u00a0]+"  # spaces inside an expression (no line breaks)
    _SPo = r"[ \t\u00a0]*"

    def _ws(s: str) -> str:
        """A literal phrase whose spaces may be any run of spaces."""
        return r"[ \t\u00a0]*".join(re.escape(p) for p in s.split(" ")) if " " in s else re.escape(s)

    def _words_alt(forms: list[str]) -> str:
        parts = []
        for f in sorted(set(forms), key=lambda f: (-len(f), f)):
            tail = "" if f.endswith(".") else _E
            parts.append(_ws(f) + tail)
        return "|".join(parts)

    _MONTH_NAME = rf"(?:{_alt(_names)}){_E}"
    _MONTH_ABBR = rf"(?:{_alt(_abbrs + _en_abbr)})(?:\.|{_E})"
    _MONTH_EN = rf"(?:{_alt(_en)}){_E}"
    _MONTH_ANY = rf"(?:{_MONTH_NAME}|{_MONTH_EN}|{_MONTH_ABBR})"
    _ROMAN = r"(?-i:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
    _WEEKDAY = rf"(?:{_alt(_wd_names)}){_E}"
    _WEEKDAY_ANY = rf"(?:{_WEEKDAY}|(?:{_alt(_wd_abbr)})(?:\.|{_E}))"
    # a relative year after a date ("9 maja br."), not one that opens with a preposition ("w tym roku")
    _REL_YEAR_FORMS = [f for f, (u, _o) in _REL.items() if u == "year" and f.split()[0] not in _WORDS["prep"]]
    _REL_YEAR = rf"(?:{_words_alt(_REL_YEAR_FORMS)})"
    _REL_ANY = rf"{_B}(?:{_words_alt(list(_REL))})"
    _YSUF = rf"(?:{_SPo}(?:{_words_alt(_WORDS['year_word'])}))"
    _PREP = rf"(?:{_words_alt(_WORDS['prep'])})"
    _MOD_FUT = _words_alt(_WORDS["future"])
    _MOD_PAST = _words_alt(_WORDS["past"])
    _QNOUN = _words_alt(_WORDS["quarter"])
    _HNOUN = _words_alt(_WORDS["half"] + _WORDS["half_part"])
    _HALF_PART = frozenset(_WORDS["half_part"])
    _HALF_ORDINAL = tuple(_WORDS["half_ordinal"])
    _QWORD = _alt([f for (f, p) in _PERIOD if not f.isupper() and not f.isdigit()])
    _DASH = r"[-\u2010\u2011\u2012\u2013\u2014\u2212]"

    def _phrases(roles: tuple[str, ...]) -> str:
        """Alternatives of the words of some roles, their inner spaces one or more spaces."""
        forms = sorted({f for role in roles for f in _WORDS[role]}, key=lambda f: (-len(f), f))
        return "|".join(rf"{_SP}".join(re.escape(w) for w in f.split()) for f in forms)

    def _role_of(roles: tuple[str, ...]) -> dict[str, str]:
        """Form (lower case, single spaces) → its role, for the words before a range."""
        return {" ".join(f.lower().split()): role for role in roles for f in _WORDS[role]}

    _TO = frozenset(_WORDS["range_to"])
    _FROM = frozenset(_WORDS["range_from"])
    _PAIR = frozenset(_WORDS["range_pair"])
    _LIST = frozenset(_WORDS["range_list"])
    _DAY_SEP = _phrases(("range_to", "range_pair", "range_list"))
    _RANGE_SEP = _phrases(("range_to", "range_pair"))
    _MONTH_RANGE_PRE = ("range_turn", "range_from", "range_between")
    _YEAR_RANGE_PRE = ("range_turn", "range_turn_years", "range_years", "range_span", "range_from")
    _PRE_ROLE = _role_of(_MONTH_RANGE_PRE) | _role_of(_YEAR_RANGE_PRE)

    def _tail(n: str = "") -> str:
        """Optional year after a date: "2023", ", 2023 r.", "2023 roku", or "br." / "ub.r." …"""
        return rf"(?:{_SPo},?{_SPo}(?P<y{n}>{_YEAR}){_YSUF}?|{_SP}(?P<rel{n}>{_REL_YEAR}))?"

    _FLAGS = re.IGNORECASE

    # ---------------------------------------------------------------------------------------- raw parse

    def _month(s: str) -> int | None:
        s = s.strip().rstrip(".")
        if s in _ROMAN_OF:
            return _ROMAN_OF[s]
        return _MONTH_OF.get(s.lower())

    def _rel_offset(s: str | None) -> int | None:
        if not s:
            return None
        unit_off = _REL.get(" ".join(s.lower().split()))
        return unit_off[1] if unit_off else None

    def _apply_tail(raw: _Raw, m: re.Match[str], n: str = "") -> None:
        y = m.group(f"y{n}")
        if y:
            raw.y = int(y)
            raw.explicit_year = True
        elif m.group(f"rel{n}"):
            raw.rel_year = _rel_offset(m.group(f"rel{n}"))

    def _street(text: str, start: int) -> bool:
        return bool(_STREET_BEFORE.search(text, max(0, start - 16), start))

    # Every pattern starts at its core token (a number, a month, a weekday, a relative word); optional
    # words before it (prepositions, weekdays, "na przełomie" …) are checked by the *_BEFORE patterns on
    # the text before the match. The scanner tokenises once and tries only the patterns a token can start.
    _P_NUMRANGE = re.compile(
        rf"(?<![\w.,/-])(?P<d1>{_DAY})(?:\.(?P<m1>{_MM}))?{_SPo}{_DASH}{_SPo}(?P<d2>{_DAY})\.(?P<m2>{_MM})\.(?P<y>{_YEAR})"
        rf"(?:{_SPo}r\.)?",
        _FLAGS,
    )
    _P_NUMERIC = re.compile(
        rf"(?<![\w.,/-])(?P<d>{_DAY})(?P<sep>[./-])(?P<m>{_MM})(?P=sep)(?P<y>{_YEAR})(?:{_SPo}r\.)?(?![\w]|[.,/-]\d)",
        _FLAGS,
    )
    _P_ISO = re.compile(
        rf"(?<![\w.,/-])(?P<y>{_YEAR})(?P<sep>[-./])(?P<m>0[1-9]|1[0-2])(?P=sep)(?P<d>0[1-9]|[12]\d|3[01])(?!\d|[.,]\d)",
        _FLAGS,
    )
    _P_ISO_MONTH = re.compile(rf"(?<![\w.,/-])(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])(?![\d]|[-./]\d)", _FLAGS)
    _P_NUM_MONTH = re.compile(
        rf"(?<![\w.,/-])(?P<m>0[1-9]|1[0-2])\.(?P<y>{_YEAR})(?:{_SPo}r\.)?(?![\d]|[.,/-]\d)",
        _FLAGS,
    )
    _P_DAYMONTH_NUM = re.compile(
        rf"(?<![\w.,/-])(?P<d>{_DAY})\.(?P<m>0[1-9]|1[0-2])\.?(?![\d]|[.,/-]\d)", _FLAGS
    )
    _DAYMONTH_NUM_BEFORE = re.compile(
        rf"(?:(?P<paren>\(){_SPo}|{_B}(?P<lead>{_phrases(('day_lead',))}){_SP}|{_B}(?P<wd>{_WEEKDAY_ANY}),?{_SP})$",
        _FLAGS,
    )
    _P_RANGE = re.compile(
        rf"(?<![\w.,/-])(?P<d1>{_DAY})\.?(?P<sep>{_SPo}{_DASH}{_SPo}|{_SP}(?:{_DAY_SEP}){_SP}|{_SPo}/{_SPo})"
        rf"(?P<d2>{_DAY})\.?{_SP}(?P<m>{_MONTH_ANY}){_tail()}",
        _FLAGS,
    )
    # "13-go maja": a day written as an ordinal with its ending
    _DAY_END = (
        rf"(?:{_alt(_WORDS.get('day_ordinal_ending', []))})?" if _WORDS.get("day_ordinal_ending") else ""
    )
    _P_DATE = re.compile(rf"(?<![\w.,/-])(?P<d>{_DAY}){_DAY_END}\.?{_SP}(?P<m>{_MONTH_ANY}){_tail()}", _FLAGS)
    _WEEKDAY_BEFORE = re.compile(rf"{_B}(?P<wd>{_WEEKDAY_ANY}),?{_SP}$", _FLAGS)
    _P_MONTHFIRST = re.compile(
        rf"{_B}(?P<m>{_MONTH_ANY}){_SPo}(?P<d>{_DAY})(?:{_alt(_WORDS['day_suffix'])})?{_SPo},?{_SPo}(?P<y>{_YEAR})",
        _FLAGS,
    )
    _P_ROMAN = re.compile(
        rf"(?<![\w.,/-])(?P<d>{_DAY})(?:\.{_SPo}|{_SP})(?P<m>{_ROMAN})(?:\.{_SPo}|{_SP})(?P<y>{_YEAR}){_YSUF}?",
        _FLAGS,
    )
    _P_MONTH = re.compile(rf"{_B}(?P<m>{_MONTH_NAME}){_tail()}", _FLAGS)
    _PREP_BEFORE = re.compile(rf"{_B}(?P<prep>{_PREP}){_SP}$", _FLAGS)
    _P_MONTH_RANGE = re.compile(
        rf"{_B}(?P<m1>{_MONTH_NAME})(?P<sep>{_SPo}{_DASH}{_SPo}|{_SP}(?:{_RANGE_SEP}){_SP})(?P<m2>{_MONTH_NAME}){_tail()}",
        _FLAGS,
    )
    _MONTH_RANGE_BEFORE = re.compile(rf"{_B}(?P<pre>{_phrases(_MONTH_RANGE_PRE)}){_SP}$", _FLAGS)
    _P_YEAR = re.compile(rf"(?<![\w.,/-])(?P<y>{_YEAR})(?P<suf>{_YSUF})?", _FLAGS)
    _P_YEAR_RANGE = re.compile(
        rf"(?<![\w.,/-])(?P<y1>{_YEAR})(?:{_YSUF})?(?P<sep>{_SPo}{_DASH}{_SPo}|{_SPo}/{_SPo}|{_SP}(?:{_RANGE_SEP}){_SP})"
        rf"(?:(?P<y2>{_YEAR})|(?<=/)(?P<y2s>\d\d)(?![\w]|[.,/-]\d))(?:{_SPo}(?:{_alt(_WORDS['year_range_word'])}){_E}?)?",
        _FLAGS,
    )
    _YEAR_RANGE_BEFORE = re.compile(
        rf"{_B}(?P<pre>{_phrases(_YEAR_RANGE_PRE)}){_SP}$",
        _FLAGS,
    )
    _P_PERIOD = re.compile(
        rf"{_B}(?P<q>(?-i:IV|III|II|I)|[1-4]|{_QWORD})\.?{_SP}(?:(?P<qn>{_QNOUN})|(?P<hn>{_HNOUN})){_tail()}",
        _FLAGS,
    )
    _P_REL = re.compile(_REL_ANY, _FLAGS)
    _NUMBER_LABEL = rf"(?:{_alt(_WORDS['number_label'])})\.?[ \u00a0]*$"
    _P_WEEKDAY = re.compile(rf"{_B}(?P<wd>{_WEEKDAY}){_E}", _FLAGS)
    # "12 bm.", "12 b.m.": a day of the article's month (date_words role this_month)
    _P_DAY_THIS_MONTH = (
        re.compile(rf"(?<![\w.,/-])(?P<d>{_DAY}){_SP}(?:{_words_alt(_WORDS['this_month'])})", _FLAGS)
        if _WORDS.get("this_month")
        else None
    )
    _WEEKDAY_MOD_BEFORE = re.compile(
        rf"(?:{_B}(?P<prep>{_phrases(('weekday_lead',))}){_SP})?"
        rf"(?:{_B}(?:(?P<fut>{_MOD_FUT})|(?P<past>{_MOD_PAST})){_SP})?$",
        _FLAGS,
    )

    # "we wtorek i środę", "od poniedziałku do środy", "w czwartek–piątek": a second weekday that closes a range of days
    # (after "i" only the next day: "w piątek i wtorek" are two days)
    _WEEKDAY_SECOND = re.compile(
        rf"(?:{_SP}(?P<pair>{_phrases(('range_pair',))}){_SP}|{_SP}(?:{_phrases(('range_to',))}){_SP}|{_SPo}{_DASH}{_SPo})"
        rf"(?:(?:{_phrases(('weekday_lead',))}){_SP})?(?P<wd>{_WEEKDAY}){_E}",
        _FLAGS,
    )

    _STREET_BEFORE = re.compile(rf"(?:{_B}(?:{_words_alt(_WORDS['street'])})){_SPo}$", _FLAGS)
    _YEAR_GUARD_AFTER = re.compile(
        rf"[ \t\u00a0]*(?:%|\$|€|{_alt(_WORDS['year_guard'])}|(?:{_alt(_WORDS['year_guard_word'])})\b"
        r"|[.,]\d|[ \u00a0]\d{3}(?!\d))",
        _FLAGS,
    )
    # a limit before a date ("do końca 2021 r.", "najpóźniej w 2023 r.", "na okres do 31 grudnia"): the date bounds
    # something (a plan, a term of validity), it tells no time at which the sentence's event happened
    _DEADLINE_BEFORE = re.compile(
        rf"{_B}(?:{_words_alt(_WORDS['deadline'])})(?:{_SP}(?:{_words_alt(_WORDS['deadline_link'])}))?{_SPo}$",
        _FLAGS,
    )
    _FUTURE_VERB = re.compile(rf"{_B}(?:{_words_alt(_WORDS['future_verb'])})", _FLAGS)
    # a past-tense verb by its ending (role past_ending): in a weekday's own clause it keeps the weekday past although
    # another clause of the sentence speaks of the future ("Partnerem będzie Alfa, z którą spółka podpisała w piątek
    # umowę")
    _PAST_ENDINGS = _WORDS.get("past_ending") or []
    _PAST_VERB = (
        re.compile(rf"[^\W\d_]{{3,}}(?:{'|'.join(map(re.escape, _PAST_ENDINGS))})(?![\w])", _FLAGS)
        if _PAST_ENDINGS
        else None
    )
    _SENTENCE_END = re.compile(rf"[.!?…]+[\"”»)]*[ \t\u00a0]+(?=[\"„«(]?[{_UPPER}])|\n")
    _NAME_YEAR = re.compile(rf"(?<![\w])[{_UPPER}][\w-]+[ \u00a0](?P<y>(?:19|20)\d\d)(?![\d]|[.,]\d)")
    _TOKEN = re.compile(r"\d+|[^\W\d_]+")
    # occasions whose range of days dates a day of them named again later (`_year_of_range_around`), and the words
    # that set a day apart from such an occasion ("rok przed kongresem")
    _OCCASIONS = frozenset(r["lemma"] for r in _DATA.rows("date_occasions") if r["kind"] == "occasion")
    _OCCASION_OUTSIDE = frozenset(w.lower() for w in _WORDS.get("occasion_outside", []))

    # which word tokens start which patterns
    _MONTH_TOKENS = frozenset(_MONTH_OF)
    _MONTH_NAME_TOKENS = frozenset(_names)
    _WEEKDAY_TOKENS = frozenset(f for f in _wd_names)
    _PERIOD_TOKENS = frozenset(f for (f, _p) in _PERIOD if not f.isdigit())
    _REL_NEXT: dict[str, set[str] | None] = {}
    for _form in _REL:
        _toks = [t.lower() for t in _TOKEN.findall(_form)]
        if not _toks:
            continue
        _first = _toks[0]
        if len(_toks) == 1:
            _REL_NEXT[_first] = None
        elif _REL_NEXT.get(_first, set()) is not None:
            _REL_NEXT.setdefault(_first, set()).add(_toks[1])  # type: ignore[union-attr]
    _WORD_STARTS = _MONTH_TOKENS | _WEEKDAY_TOKENS | _PERIOD_TOKENS | frozenset(_REL_NEXT)
    _SEPARATORS = frozenset(".-/\u2010\u2011\u2012\u2013\u2014\u2212 \t\u00a0")

    def _before(pattern: re.Pattern[str], text: str, pos: int, width: int = 40) -> re.Match[str] | None:
        return pattern.search(text, max(0, pos - width), pos)

    def _candidates(text: str) -> list[tuple[str, re.Match[str]]]:
        """(pattern name, match) for every pattern at every token that can start it."""
        found: list[tuple[str, re.Match[str]]] = []
        toks = list(_TOKEN.finditer(text))
        n = len(toks)
        for i, tok in enumerate(toks):
            val = tok.group()
            if val[0].isdigit():
                s, e = tok.span()
                nxt = text[e : e + 1]
                if nxt and nxt not in _SEPARATORS:
                    continue
                if len(val) == 4:
                    if val[:2] in ("18", "19", "20"):
                        for name, pat in (
                            ("iso", _P_ISO),
                            ("iso_month", _P_ISO_MONTH),
                            ("year_range", _P_YEAR_RANGE),
                            ("year", _P_YEAR),
                        ):
                            m = pat.match(text, s)
                            if m:
                                found.append((name, m))
                    continue
                if len(val) > 2:
                    continue
                pats: tuple[tuple[str, re.Pattern[str]], ...]
                if nxt == ".":
                    pats = (
                        ("numrange", _P_NUMRANGE),
                        ("numeric", _P_NUMERIC),
                        ("num_month", _P_NUM_MONTH),
                        ("daymonth_num", _P_DAYMONTH_NUM),
                        ("roman", _P_ROMAN),
                        ("date", _P_DATE),
                        ("range", _P_RANGE),
                        ("period", _P_PERIOD),
                    )
                elif nxt in ("/", "-"):
                    pats = (
                        ("numrange", _P_NUMRANGE),
                        ("numeric", _P_NUMERIC),
                        ("range", _P_RANGE),
                        ("date", _P_DATE),
                    )
                else:
                    pats = (
                        ("numrange", _P_NUMRANGE),
                        ("range", _P_RANGE),
                        ("date", _P_DATE),
                        ("roman", _P_ROMAN),
                        ("period", _P_PERIOD),
                    )
                for name, pat in pats:
                    m = pat.match(text, s)
                    if m:
                        found.append((name, m))
                if _P_DAY_THIS_MONTH is not None and nxt != ".":
                    m = _P_DAY_THIS_MONTH.match(text, s)
                    if m:
                        found.append(("day_this_month", m))
                continue
            low = val.lower()
            if low not in _WORD_STARTS and val not in _PERIOD_TOKENS:
                continue  # a word that starts no pattern: one set test
            s = tok.start()
            if low in _MONTH_TOKENS:
                for name, pat in (
                    ("monthfirst", _P_MONTHFIRST),
                    ("month_range", _P_MONTH_RANGE),
                    ("month", _P_MONTH),
                ):
                    if name != "monthfirst" and low not in _MONTH_NAME_TOKENS:
                        continue
                    m = pat.match(text, s)
                    if m:
                        found.append((name, m))
            if low in _WEEKDAY_TOKENS:
                m = _P_WEEKDAY.match(text, s)
                if m:
                    found.append(("weekday", m))
            if val in _PERIOD_TOKENS or low in _PERIOD_TOKENS:
                m = _P_PERIOD.match(text, s)
                if m:
                    found.append(("period", m))
            if low in _REL_NEXT:
                need = _REL_NEXT[low]
                if need is not None and (i + 1 >= n or toks[i + 1].group().lower() not in need):
                    continue
                m = _P_REL.match(text, s)
                if m:
                    found.append(("rel", m))
        return found

    def _scan(text: str) -> list[_Raw]:
        out: list[_Raw] = []
        add = out.append
        for name, m in _candidates(text):
            if name == "numrange":
                y = int(m["y"])
                m2 = int(m["m2"])
                m1 = int(m["m1"]) if m["m1"] else m2
                r = _Raw(m.start(), m.end(), "date", y, m1, int(m["d1"]), y, m2, int(m["d2"]), ranged=True)
                r.explicit_year = True
                if m1 > m2:
                    r.y = y - 1
                r.priority = 1
                add(r)
            elif name in ("numeric", "iso"):
                add(
                    _Raw(
                        m.start(),
                        m.end(),
                        "date",
                        int(m["y"]),
                        int(m["m"]),
                        int(m["d"]),
                        explicit_year=True,
                        priority=2,
                    )
                )
            elif name in ("iso_month", "num_month"):
                if name == "num_month" and re.search(
                    _NUMBER_LABEL, text[max(0, m.start() - 8) : m.start()], re.I
                ):
                    continue
                r = _Raw(
                    m.start(),
                    m.end(),
                    "month",
                    int(m["y"]),
                    int(m["m"]),
                    explicit_year=True,
                    precision="month",
                )
                r.priority = 6
                add(r)
            elif name == "daymonth_num":
                lead = _before(_DAYMONTH_NUM_BEFORE, text, m.start())
                if not lead:
                    continue
                if lead["paren"] and not re.match(r"[ \t]*\)", text[m.end() :]):
                    continue
                start = lead.start() if lead["wd"] else m.start()
                r = _Raw(start, m.end(), "date", None, int(m["m"]), int(m["d"]), priority=7)
                if lead["wd"]:
                    r.weekday = _WEEKDAY_OF.get(lead["wd"].lower().rstrip("."))
                add(r)
            elif name == "range":
                if m["m"].lower().rstrip(".") in _EN_ONLY and not m["y"]:
                    continue
                mon = _month(m["m"])
                d1, d2 = int(m["d1"]), int(m["d2"])
                if mon is None or _street(text, m.start()):
                    continue
                sep = m["sep"].strip().lower()
                if (sep in _PAIR or sep in _LIST) and d2 != d1 + 1:
                    # "15 i 22 kwietnia": two dates in one month
                    r1 = _Raw(m.start("d1"), m.end("d1"), "date", None, mon, d1, priority=3)
                    r2 = _Raw(m.start("d2"), m.end(), "date", None, mon, d2, priority=3)
                    _apply_tail(r1, m)
                    _apply_tail(r2, m)
                    r1.explicit_year = False
                    add(r1)
                    add(r2)
                    continue
                if d2 <= d1:
                    continue
                r = _Raw(m.start(), m.end(), "date", None, mon, d1, None, mon, d2, ranged=True, priority=3)
                _apply_tail(r, m)
                r.y2 = r.y
                add(r)
            elif name == "date":
                if m["m"].lower().rstrip(".") in _EN_ONLY and not m["y"]:
                    continue
                mon = _month(m["m"])
                if mon is None or _street(text, m.start()):
                    continue
                r = _Raw(m.start(), m.end(), "date", None, mon, int(m["d"]), priority=4)
                wd = _before(_WEEKDAY_BEFORE, text, m.start(), 24)
                if wd:
                    r.start = wd.start()
                    r.weekday = _WEEKDAY_OF.get(wd["wd"].lower().rstrip("."))
                _apply_tail(r, m)
                add(r)
            elif name in ("monthfirst", "roman"):
                mon = _month(m["m"])
                if mon is None:
                    continue
                add(
                    _Raw(
                        m.start(),
                        m.end(),
                        "date",
                        int(m["y"]),
                        mon,
                        int(m["d"]),
                        explicit_year=True,
                        priority=4,
                    )
                )
            elif name == "month_range":
                m1, m2 = _month(m["m1"]), _month(m["m2"])
                if m1 is None or m2 is None:
                    continue
                sep = m["sep"].strip().lower()
                before = _before(_MONTH_RANGE_BEFORE, text, m.start())
                pre = _PRE_ROLE.get(" ".join(before["pre"].lower().split())) if before else None
                if sep in _TO and pre != "range_from":
                    continue
                if sep in _PAIR and pre not in ("range_turn", "range_between"):
                    continue
                start = before.start() if before and pre == "range_turn" else m.start()
                r = _Raw(
                    start, m.end(), "month", None, m1, None, None, m2, None, ranged=True, precision="month"
                )
                r.priority = 5
                _apply_tail(r, m)
                r.y2 = r.y
                if r.y is not None and m1 > m2:
                    r.y = r.y - 1
                add(r)
            elif name == "month":
                mon = _month(m["m"])
                if mon is None:
                    continue
                r = _Raw(m.start("m"), m.end(), "month", None, mon, precision="month", priority=8)
                _apply_tail(r, m)
                if r.y is None and r.rel_year is None and not _before(_PREP_BEFORE, text, m.start(), 24):
                    continue
                add(r)
            elif name == "year_range":
                y1 = int(m["y1"])
                if m["y2"]:
                    y2 = int(m["y2"])
                elif int(m["y2s"]) == (y1 + 1) % 100:
                    y2 = y1 + 1  # "2022/23": a season or an edition that runs into the next year
                else:
                    continue
                sep = m["sep"].strip().lower()
                before = _before(_YEAR_RANGE_BEFORE, text, m.start())
                pre = _PRE_ROLE.get(" ".join(before["pre"].lower().split())) if before else None
                if y2 <= y1:
                    continue
                if sep in _PAIR and pre not in ("range_turn", "range_turn_years", "range_years"):
                    continue
                if sep in _TO and pre != "range_from":
                    continue
                start = before.start() if before and pre in ("range_turn", "range_turn_years") else m.start()
                r = _Raw(
                    start,
                    m.end(),
                    "year_range",
                    y1,
                    None,
                    None,
                    y2,
                    ranged=True,
                    precision="year",
                    priority=5,
                )
                r.explicit_year = True
                if pre in ("range_turn", "range_turn_years"):
                    r.extra["turn"] = True  # "na przełomie 2030 i 2031 r.": a time about the turn, no period
                add(r)
            elif name == "year":
                if not m["suf"] and not _before(_PREP_BEFORE, text, m.start(), 24):
                    continue
                if not m["suf"] and _YEAR_GUARD_AFTER.match(text, m.end()):
                    continue
                if m.start() > 0 and text[m.start() - 1] in "-–":
                    continue
                r = _Raw(
                    m.start(), m.end(), "year", int(m["y"]), explicit_year=True, precision="year", priority=9
                )
                add(r)
            elif name == "period":
                q = m["q"]
                period = "quarter" if m["qn"] else "half"
                key = q if q.isupper() or q.isdigit() else q.lower()
                n = _PERIOD.get((key, period))
                if n is None:
                    continue
                if (
                    period == "half"
                    and " ".join(m["hn"].lower().split()) in _HALF_PART
                    and not q.lower().startswith(_HALF_ORDINAL)
                ):
                    continue
                span = 3 if period == "quarter" else 6
                m1, m2 = (n - 1) * span + 1, n * span
                r = _Raw(
                    m.start(),
                    m.end(),
                    "period",
                    None,
                    m1,
                    None,
                    None,
                    m2,
                    None,
                    ranged=True,
                    precision="month",
                )
                r.priority = 5
                _apply_tail(r, m)
                r.y2 = r.y
                add(r)
            elif name == "day_this_month":
                add(_Raw(m.start(), m.end(), "rel", rel_unit="month_day", rel_offset=int(m["d"]), priority=9))
            elif name == "rel":
                unit, off = _REL[" ".join(m.group().lower().split())]
                r = _Raw(
                    m.start(),
                    m.end(),
                    "rel",
                    rel_unit=unit,
                    rel_offset=off,
                    precision="day" if unit == "week_end" else unit,  # two days, each at day precision
                    priority=10,
                )
                if unit == "year":
                    r.rel_year = off
                add(r)
            elif name == "weekday":
                mod = _before(_WEEKDAY_MOD_BEFORE, text, m.start(), 32)
                if not mod or not (mod["prep"] or mod["fut"] or mod["past"]):
                    continue
                start = mod.start("fut") if mod["fut"] else mod.start("past") if mod["past"] else m.start()
                second = _WEEKDAY_SECOND.match(text, m.end())
                r = _Raw(start, second.end() if second else m.end(), "weekday", precision="day", priority=11)
                r.weekday = _WEEKDAY_OF[m["wd"].lower()]
                if second:
                    days = (_WEEKDAY_OF[second["wd"].lower()] - r.weekday) % 7
                    if second["pair"] and days != 1:
                        second = None
                        r.end = m.end()
                    else:
                        r.extra["days"] = days
                r.wd_mode = "future" if mod["fut"] else "past" if mod["past"] else None
                add(r)
        return out

    _GAP_DASH = re.compile(rf"^{_SPo}{_DASH}{_SPo}$")
    _GAP_DO = re.compile(rf"^{_SP}(?:{_phrases(('range_to',))}){_SP}$", re.I)
    _GAP_PAREN = re.compile(rf"^{_SPo},?{_SPo}\({_SPo}$")
    _BEFORE_OD = re.compile(rf"{_B}(?:{_phrases(('range_from',))}){_SP}$", re.I)

    def _merge(text: str, raws: list[_Raw]) -> list[_Raw]:
        """Join "30 kwietnia – 2 maja 2014" / "od 6 maja do 9 czerwca" into ranges, "jutro (21.05)" into one."""
        out: list[_Raw] = []
        i = 0
        while i < len(raws):
            a = raws[i]
            b = raws[i + 1] if i + 1 < len(raws) else None
            if b is not None:
                gap = text[a.end : b.start]
                # relative word or weekday followed by "(21.05)"
                if (
                    (a.form == "rel" and a.rel_unit == "day" or a.form == "weekday")
                    and b.form == "date"
                    and not b.ranged
                    and _GAP_PAREN.match(gap)
                ):
                    close = re.match(r"[ \t]*\)", text[b.end :])
                    merged = _Raw(
                        a.start,
                        b.end + (close.end() if close else 0),
                        "date",
                        b.y,
                        b.m,
                        b.d,
                        priority=a.priority,
                    )
                    merged.explicit_year = b.explicit_year
                    merged.weekday = a.weekday if a.form == "weekday" else b.weekday
                    merged.extra["relative"] = True
                    out.append(merged)
                    i += 2
                    continue
                same_level = (
                    a.form == b.form
                    and a.form in ("date", "month")
                    and not a.ranged
                    and not b.ranged
                    and a.precision == b.precision
                )
                if same_level and (
                    _GAP_DASH.match(gap)
                    or (_GAP_DO.match(gap) and _BEFORE_OD.search(text, max(0, a.start - 4), a.start))
                ):
                    r = _Raw(
                        a.start,
                        b.end,
                        a.form,
                        a.y,
                        a.m,
                        a.d,
                        b.y,
                        b.m,
                        b.d,
                        ranged=True,
                        precision=a.precision,
                    )
                    r.explicit_year = a.explicit_year or b.explicit_year
                    r.rel_year = b.rel_year if b.rel_year is not None else a.rel_year
                    r.weekday = None
                    if r.y is None and r.y2 is not None:
                        r.y = r.y2 - 1 if (a.m or 0, a.d or 0) > (b.m or 0, b.d or 0) else r.y2
                    elif r.y2 is None and r.y is not None:
                        r.y2 = r.y + 1 if (a.m or 0, a.d or 0) > (b.m or 0, b.d or 0) else r.y
                    if (r.y, r.m, r.d) != (r.y2, r.m2, r.d2):
                        out.append(r)
                        i += 2
                        continue
            out.append(a)
            i += 1
        return out

    def date_spans(text: str) -> list[tuple[int, int]]:
        """Offsets of the date expressions in a text, unresolved (cheap: for other parsers to skip)."""
        return [(r.start, r.end) for r in _merge(text, _select(_scan(text)))]

    # ---------------------------------------------------------------------------------------- resolving

    def _sentence_index(text: str) -> list[int]:
        """Start offsets of sentences (a simple split: end punctuation before a capital, or a line break)."""
        starts = [0]
        for m in _SENTENCE_END.finditer(text):
            starts.append(m.end())
        return starts

    def resolve_in_context(
        raws: list[_Raw], text: str, published: str | None = None, today: _dt.date | None = None
    ) -> list[DateMention]:
        """Turn raw matches into :class:`DateMention` values, filling years as the spec says."""
        today = today or _dt.date.today()
        pub_y, pub_m, pub_d = _parse_value(published)
        pub_date: _dt.date | None = None
        if pub_y and pub_m and pub_d:
            try:
                pub_date = _dt.date(pub_y, pub_m, pub_d)
            except ValueError:
                pub_date = None
        cache: dict[str, object] = {}

        def sentence_starts() -> list[int]:
            if "starts" not in cache:
                cache["starts"] = _sentence_index(text)
            return cache["starts"]  # type: ignore[return-value]

        def _past_clause(text: str, s0: int, s1: int, r: _Raw) -> bool:
            # the weekday's clause (between commas) has a past-tense verb and no future one
            if _PAST_VERB is None:
                return False
            c0 = text.rfind(",", s0, r.start) + 1 or s0
            c1 = text.find(",", r.end, s1)
            c1 = s1 if c1 < 0 else c1
            past = any(_past_form(m[0]) for m in _PAST_VERB.finditer(text, c0, c1))
            return past and not _FUTURE_VERB.search(text, c0, c1)

        def sent_of(pos: int) -> int:
            starts = sentence_starts()
            lo, hi = 0, len(starts) - 1
            while lo < hi:
                mid = (lo + hi + 1) // 2
                if starts[mid] <= pos:
                    lo = mid
                else:
                    hi = mid - 1
            return lo

        def latest_year() -> int | None:
            if "latest" not in cache:
                years = [r.y2 or r.y for r in raws if r.explicit_year and r.y is not None]
                years += [int(m["y"]) for m in _NAME_YEAR.finditer(text)]
                cache["latest"] = max((y for y in years if y is not None), default=None)
            return cache["latest"]  # type: ignore[return-value]

        def context_year(r: _Raw) -> int | None:
            # full dates with a written year (day or month precision) give their year to neighbours
            if "anchors" not in cache:
                cache["anchors"] = [
                    (sent_of(a.start), a.start, a.y)
                    for a in raws
                    if a.explicit_year
                    and a.y is not None
                    and a.form in ("date", "month", "period")
                    and a.m is not None
                ]
            anchors: list[tuple[int, int, int]] = cache["anchors"]  # type: ignore[assignment]
            if not anchors:
                return None
            s = sent_of(r.start)
            same = [(abs(pos - r.start), y) for si, pos, y in anchors if si == s and pos != r.start]
            if same:
                return min(same)[1]
            prev = [(pos, y) for si, pos, y in anchors if si == s - 1]
            if prev:
                return max(prev)[1]
            return _year_of_range_around(r)

        def _year_of_range_around(r: _Raw) -> int | None:
            # "W dniach 8–10 maja 2024 r. trwały targi Alfa. … (paragraphs later) 9 maja, drugiego dnia targów,
            # podpisano umowę": a day and month inside a range of days written earlier with its year, in a sentence
            # that names that occasion again and tells it past or present, is a day of that occasion; a day told to
            # come ("podpisze 9 maja, podczas przyszłorocznych targów") or of something else ("podpisały 9 maja,
            # rok przed targami", "współpracują od 2012 r., umowę podpisały wtedy 9 maja") gets no year from it
            if r.m is None or r.d is None or r.ranged:
                return None
            for a in raws:
                if a.start >= r.start:
                    break
                if not (a.ranged and a.explicit_year and a.form == "date" and a.y and a.m and a.d and a.d2):
                    continue
                first, last = (a.m, a.d), (a.m2 or a.m, a.d2)
                if (a.y2 in (None, a.y)) and first <= (r.m, r.d) <= last and _same_occasion_told(a, r):
                    return a.y
            return None

        def _sentence_span(pos: int) -> tuple[int, int]:
            starts = sentence_starts()
            i = sent_of(pos)
            return starts[i], starts[i + 1] if i + 1 < len(starts) else len(text)

        def _same_occasion_told(a: _Raw, r: _Raw) -> bool:
            a0, a1 = _sentence_span(a.start)
            r0, r1 = _sentence_span(r.start)
            if (a0, a1) == (r0, r1):
                return False  # the range's own sentence gives its year to its dates already
            named = _occasions_in(a0, a1, outside=False)
            if not named or not named & _occasions_in(r0, r1, outside=True):
                return False
            return _told_past_or_present(r0, r1)

        def _occasions_in(s0: int, s1: int, *, outside: bool) -> set[str]:
            # the occasion nouns (date_occasions.tsv kind occasion, by lemma) of a stretch; with `outside`, none
            # right after a word that sets a day apart from it ("rok przed kongresem", "po targach")
            from kooperacja.text.morphology import morphology

            found: set[str] = set()
            prev = ""
            for m in _TOKEN.finditer(text, s0, s1):
                word = m[0]
                lemmas = {x.lemma for x in morphology().analyse(word)} & _OCCASIONS
                if lemmas and not (outside and prev.lower() in _OCCASION_OUTSIDE):
                    found |= lemmas
                prev = word
            return found

        def _told_past_or_present(s0: int, s1: int) -> bool:
            # a past verb or an imperfective present one, and no verb of the future ("podpisze", "odbędzie się")
            from kooperacja.text.morphology import morphology

            if _FUTURE_VERB.search(text, s0, s1):
                return False
            told = False
            for m in _TOKEN.finditer(text, s0, s1):
                readings = [x for x in morphology().analyse(m[0]) if x.pos != "ign"]
                if readings and all(x.pos == "fin" and ":perf" in x.tag for x in readings):
                    return False  # a perfective present, the future ("podpisze")
                if any(
                    x.pos in ("praet", "imps") or (x.pos == "fin" and ":imperf" in x.tag) for x in readings
                ):
                    told = True
            return told

        out: list[DateMention] = []
        for r in raws:
            value: str | None = None
            kind = "absolute"
            precision = r.precision
            snippet = text[r.start : r.end]
            if r.form == "rel":
                kind = "relative"
                value = relative_value(r.rel_unit or "", r.rel_offset, pub_y, pub_m, pub_date)
                out.append(DateMention(r.start, r.end, snippet, value, precision, kind, False))
                continue
            if r.form == "weekday":
                kind = "weekday"
                if pub_date and r.weekday is not None:
                    mode = r.wd_mode
                    if mode is None:
                        starts = sentence_starts()
                        s = sent_of(r.start)
                        end = starts[s + 1] if s + 1 < len(starts) else len(text)
                        if _FUTURE_VERB.search(text, starts[s], end) and not _past_clause(
                            text, starts[s], end, r
                        ):
                            mode = "future"
                    day = _shift_weekday(pub_date, r.weekday, mode or "recent")
                    days = r.extra.get("days")
                    if isinstance(days, int) and 0 < days < 7:
                        end = day + _dt.timedelta(days=days)
                        if end > pub_date and mode != "future":
                            day, end = day - _dt.timedelta(weeks=1), end - _dt.timedelta(weeks=1)
                        value = f"{day.isoformat()}/{end.isoformat()}"
                    else:
                        value = day.isoformat()
                out.append(DateMention(r.start, r.end, snippet, value, "day", kind, False, r.weekday))
                continue
            if r.form == "year":
                out.append(
                    DateMention(r.start, r.end, snippet, _fmt(r.y or 0, None, None), "year", "year", True)
                )
                continue
            if r.form == "year_range":
                value = f"{r.y:04d}/{r.y2:04d}" if r.y and r.y2 else None
                # the turn of two years is a time (kind range) that may date a happening; "w latach 2020-2022" is a
                # period (kind year_range), none
                kind = "range" if r.extra.get("turn") else "year_range"
                out.append(DateMention(r.start, r.end, snippet, value, "year", kind, True))
                continue

            # dates, months, periods: find the year
            y, y2 = r.y, r.y2
            if y is None:
                base: int | None = None
                dated_weekday = r.weekday is not None and r.d is not None and r.m is not None and not r.ranged
                if r.rel_year is not None and (pub_y or not dated_weekday):
                    kind = "relative"
                    base = pub_y + r.rel_year if pub_y else None
                elif r.weekday is not None and r.d is not None and r.m is not None and not r.ranged:
                    # "w środę, 5 marca br." with no document date: the weekday gives the year
                    if pub_y:
                        base = _weekday_year_published(r.m, r.d, r.weekday, pub_y, pub_m)
                    else:
                        base = _weekday_year(r.m, r.d, r.weekday, latest_year(), today)
                    kind = "partial"
                else:
                    kind = "partial"
                    base = pub_y or context_year(r)
                    if pub_y and pub_m and r.m and r.m > pub_m:
                        # "Opole, 8 stycznia 2019: Pod koniec października spółka podpisała …": a month later in the
                        # year than the article's, told in the past, was last year's
                        starts = sentence_starts()
                        s = sent_of(r.start)
                        end = starts[s + 1] if s + 1 < len(starts) else len(text)
                        if _past_clause(text, starts[s], end, r):
                            base = pub_y - 1
                if base is not None:
                    y = base
                    if r.ranged:
                        wraps = (r.m or 0, r.d or 0) > (r.m2 or 0, r.d2 or 0)
                        y2 = base + 1 if wraps else base
            if r.extra.get("relative"):
                kind = "relative"
            if r.ranged:
                if kind == "absolute":
                    kind = "range"
                if y is not None and y2 is not None:
                    a = _fmt(y, r.m, r.d)
                    b = _fmt(y2, r.m2, r.d2)
                    value = f"{a}/{b}" if a and b else None
                precision = "day" if r.d is not None else "month"
            else:
                if kind == "absolute" and r.d is None:
                    kind = "month"
                value = _fmt(y, r.m, r.d) if y is not None else None
                precision = "day" if r.d is not None else "month"
            out.append(
                DateMention(r.start, r.end, snippet, value, precision, kind, r.explicit_year, r.weekday)
            )
        return out

    def find_dates(
        text: str, published: str | None = None, today: _dt.date | None = None
    ) -> list[DateMention]:
        """Date mentions of a text, in order, resolved from ``published`` and context; each marked where a
        limit word comes before it ("do końca 2021 r.")."""
        if not text:
            return []
        pub = parse_published(published) if published else None
        raws = _merge(text, _select(_scan(text)))
        found = resolve_in_context(raws, text, pub, today)
        for mm in found:
            mm.deadline = _DEADLINE_BEFORE.search(text, max(0, mm.start - 32), mm.start) is not None
        return found

    # ---------------------------------------------------------------------------------------- published

    _ISO_FULL = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")
    _ISO_PART = re.compile(r"^\s*(\d{4})(?:-(\d{2}))?\s*$")

    def parse_published(s: str | None) -> str | None:
        """Normalise a date string from metadata, a header or JSONL to a date value (or None).

        "2014-04-25", "2014-04-25T10:00:00+02:00", "25.04.2014", "kwi 9, 2011", "9 kwietnia 2011",
        "2023-10", "2011", "Fri, 25 Apr 2014 10:00:00 +0200".
        """
        if not s:
            return None
        s = str(s).strip()
        m = _ISO_FULL.match(s)
        if m:
            return _fmt(int(m[1]), int(m[2]), int(m[3]))
        m = _ISO_PART.match(s)
        if m:
            if m[2]:
                mon = int(m[2])
                return f"{int(m[1]):04d}-{mon:02d}" if 1 <= mon <= 12 else None
            return f"{int(m[1]):04d}"
        if "," in s and re.search(r"\d{1,2}:\d{2}", s):
            try:
                return email.utils.parsedate_to_datetime(s).date().isoformat()
            except (TypeError, ValueError, IndexError):
                pass
        raws = _merge(s, _select(_scan(s)))
        for mention in resolve_in_context(raws, s, None, None):
            if mention.explicit_year and mention.value:
                return mention.value.split("/")[0]
        return None

    # labels in file order: the first that fits is taken ("data" before "data publikacji", as it always was)
    _LABEL = re.compile(
        rf"^\s*(?:{'|'.join(re.escape(f) for f in _WORDS['dateline_label'])})\s*[:\-–]?\s*",
        re.I,
    )
    _FILLER = re.compile(r"[\W_]+")
    # a line that opens with the label of a link to another article ("Czytaj także: … (15.08.2017)"): its date is
    # that article's, never this one's
    _LINK_LINE = (
        re.compile(rf"^\W*(?:{_alt(_WORDS['link_label'])}){_E}", re.I) if _WORDS.get("link_label") else None
    )

    # "3 lutego 2025 Filed under Wiadomości, Strefa": after a date that opens a line, an English blog engine's category
    # label (date_words.tsv category_label) makes the line the post's date
    _CATEGORY_AFTER = (
        re.compile(rf"^[ \t]*(?:{_alt(_WORDS['category_label'])})\b", re.I)
        if _WORDS.get("category_label")
        else None
    )

    _COLON_LABELS = "|".join(
        r"[ \t]+".join(map(re.escape, f.split())) for f in _WORDS["dateline_colon_label"]
    )
    _LABEL_ANYWHERE = re.compile(rf"(?:{_COLON_LABELS})[ \t]*:[ \t]*", re.I)
    # the first word of each label, lower-cased: a text where none occurs has no label (one `in` test per word on
    # the lower-cased text instead of the case-blind alternation tried at every character)
    _LABEL_FIRST = tuple(sorted({f.split()[0].lower() for f in _WORDS["dateline_colon_label"] if f.split()}))
    # letters that a case-blind pattern matches to a Latin letter though `str.lower` gives another (dotless ı,
    # long ſ, dotted İ): a text with one of them is scanned in full
    _CASE_ODD = ("\u0131", "\u017f", "\u0130")

    def _may_have_label(text: str) -> bool:
        """False when `_LABEL_ANYWHERE` cannot match in `text` (every label ends with a colon, starts with its
        first word); True when it may."""
        if ":" not in text:
            return False
        if any(c in text for c in _CASE_ODD):
            return True
        low = text.lower()
        return any(w in low for w in _LABEL_FIRST)

    # what every stated year (`_YEAR`) holds
    _YEAR_DIGITS = re.compile(r"(?:1[89]|20)\d\d")
    # a time of day, with the word that may lead it ("godz. 8:20": date_words role clock_lead)
    # after its word a time of day may take a dot ("godz. 10.15")
    _CLOCK = re.compile(
        rf"{_B}(?:{_words_alt(_WORDS.get('clock_lead', []))}){_SPo}\d{{1,2}}[.:]\d{{2}}\b"
        rf"|(?:{_B}(?:{_words_alt(_WORDS.get('clock_lead', []))}){_SPo})?\b\d{{1,2}}:\d{{2}}(?::\d{{2}})?\b"
        if _WORDS.get("clock_lead")
        else r"\b\d{1,2}:\d{2}(?::\d{2})?\b",
        _FLAGS,
    )
    _WEEKDAY_WORD = re.compile(rf"{_B}{_WEEKDAY_ANY}", _FLAGS)
    _SHORT_LINE = 80  # a dateline with a weekday is a short line of its own
    # a header's weekday that opens a segment of the line right before the date ("Podcast Beta | odc. 7 | poniedziałek
    # 2.03.2026 | …", "| piątek, 8 listopada 2019"): news text names a weekday after a word ("we wtorek 9 maja")
    _HEADER_WEEKDAY = re.compile(rf"(?:^|[,|•·–—(])\s*{_WEEKDAY}[,\s]*$", _FLAGS)
    _HEADER_END = re.compile(r"^\s*(?:[.|•·,]|$)")
    # a label of a header's field ("Rozmawia: …", "Autor: …"): a word before a colon
    _HEADER_LABEL = re.compile(r"[^\W\d_]+:")

    def _verb_in(text: str) -> bool:
        """Whether a stretch holds a verb: a past or impersonal form, or a finite one that reads as no noun or
        adjective."""
        from kooperacja.text.morphology import morphology

        for m in _TOKEN.finditer(text):
            readings = [r for r in morphology().analyse(m[0]) if r.pos != "ign"]
            if any(r.pos in ("praet", "imps") for r in readings) or (
                any(r.pos == "fin" for r in readings) and not any(r.pos in ("subst", "adj") for r in readings)
            ):
                return True
        return False

    _BYLINE = re.compile(r"^[^\W\d_][\w.\- ]{0,40}\s[/|•·]\s*$")
    # a town and a comma before a dateline's date, an agency's tag in brackets between them where there is one
    # ("Warszawa (PAP), 12.03.2026 – …")
    _PLACE_COMMA = re.compile(
        rf"^\s*[{_UPPER}][^\W\d_]+(?:[ -][{_UPPER}][^\W\d_]+)?(?:\s*\([^()\n]{{1,30}}\))?,\s*$"
    )
    _SENTENCE_AFTER = re.compile(rf"^\s+[{_UPPER}]")
    # up to four capitalised words (a byline or credit), each with a separator, before a closing date
    _CLOSING_BYLINE = re.compile(rf"^(?:[{_UPPER}][^\W\d_.]*\.?[ \t]*[,:/|–—-]?[ \t]*){{0,4}}$")

    _SEPARATOR = re.compile(r"^\s*[,/|•·–—(-]")
    # "/ Fot. Jan Nowak": the credit of a photo makes the line a caption (date_words role photo_credit)
    _PHOTO_CREDIT = re.compile(
        rf"^[\s,/|•·–—(-]*(?:{_words_alt(_WORDS.get('photo_credit', []))})"
        if _WORDS.get("photo_credit")
        else r"(?!)",
        _FLAGS,
    )

    def _credit_after(after: str) -> bool:
        """ "/ Aut. Ola Wrzos", ", | Oprac. TB", "/ KW", "(PAP)": after a separator, a few capitalised words or abbreviations of a
        byline or credit (no word of a sentence), no photo's credit ("Hala spółki, 12.03.2019 / Fot. Jan Nowak": a
        caption dates its photo)."""
        if not _SEPARATOR.match(after) or _PHOTO_CREDIT.match(after):
            return False
        words = [w for w in re.split(r"[\s,/|•·–—()-]+", after) if w]
        return 0 < len(words) <= 5 and all(w[0].isupper() or w.endswith(".") for w in words)

    def _line_date(line: str) -> DateMention | None:
        raws = _merge(line, _select(_scan(line)))
        for mm in resolve_in_context(raws, line, None, None):
            if mm.explicit_year and mm.value and mm.kind != "year_range":
                return mm
        return None

    def find_dateline(text: str, window: int = 300) -> str | None:
        """The document's own date when the text states one as a header or dateline.

        In the first ``window`` characters: a line that is (mostly) a date ("12.09.2023",
        "date 2023-10", "kwi 9, 2011 | Katowice"), or a title line ending with a full date. Anywhere: a
        labelled publication date ("Data publikacji: 23-09-2010 13:05"). The value keeps the precision
        written.
        """
        offset = 0
        for line in text.split("\n"):
            start = offset
            offset += len(line) + 1
            if start >= window:
                break
            if not _YEAR_DIGITS.search(line):
                continue  # no year's digits: nothing here can be a dated line (each one states its year: `_YEAR`)
            if _LINK_LINE is not None and _LINK_LINE.match(line):
                continue
            line = _unglue(line)
            raws = _merge(line, _select(_scan(line)))
            mentions = [
                mm
                for mm in resolve_in_context(raws, line, None, None)
                if mm.explicit_year and mm.value and mm.kind not in ("year_range",)
            ]
            if not mentions:
                continue
            body = _LABEL.sub("", line)
            lead = len(line) - len(body)
            short = len(line) <= _SHORT_LINE
            for mm in mentions:
                value = mm.value.split("/")[0] if mm.value else None
                # "2016-11-14 11:55:39": a time of day adds nothing; nor, on a short line, a weekday ("14 czerwca
                # 2021 (poniedziałek)")
                before = line[lead : mm.start]
                after = _CLOCK.sub("", line[mm.end :])
                if short:
                    before = _WEEKDAY_WORD.sub("", before)
                    after = _WEEKDAY_WORD.sub("", after)
                rest = _FILLER.sub("", before + after)
                if len(rest) <= max(3, len(mm.text) // 2):
                    return value
                if mm.precision == "day" and mm.start == lead and not re.search(r"[^\W\d_]", mm.text):
                    return value  # "2023-01-13 Spotkanie …": a title line that opens with its date
                if mm.precision == "day" and _BYLINE.search(before) and not _FILLER.sub("", after):
                    return value  # "Jan Nowak / 2019-11-15 08:20"
                # "kwi 9, 2011 | Katowice …" and "Title … 12.09.2023"
                if not _FILLER.sub("", before) and re.match(r"^\s*(?:[|•·,–—-]|$)", after):
                    return value
                if not _FILLER.sub("", after) and mm.precision == "day":
                    return value
                if lead and not _FILLER.sub("", before):
                    return value  # "Date 2022-10-19 Views 720"
                if (
                    mm.precision == "day"
                    and not _FILLER.sub("", before)
                    and _CATEGORY_AFTER is not None
                    and _CATEGORY_AFTER.match(after)
                ):
                    return value  # "3 lutego 2025 Filed under Wiadomości, Strefa"
                if mm.precision == "day" and _PLACE_COMMA.match(before) and DATELINE_DASH.match(after):
                    return value  # "Katowice, 15 listopada 2019 r. – Spółka …": a place's dateline opening the text
                if mm.precision == "day" and _PLACE_COMMA.match(before) and not _FILLER.sub("", after):
                    return value  # "Gorzów Wielkopolski, 16.06.2020": a place's dateline on its own line
                if (
                    mm.precision == "day"
                    and _PLACE_COMMA.match(before)
                    and _SENTENCE_AFTER.match(after)
                    and not re.search(r"[.!?](?:\s|$)", text[:start])
                ):
                    # "Kielce, 3 marca 2025 r. Spółka …": a place's dateline that opens a line of the text's head
                    return value
                if (
                    mm.precision == "day"
                    and re.search(r"[|•·/]\s*$", before)
                    and re.match(r"^\s*(?:[|•·/]|$)", after)
                ):
                    return (
                        value  # "Tytuł | 15.11.2019 | Gospodarka", "Gospodarka / 12.03.2026 / 3 min czytania"
                    )
                if (
                    mm.precision == "day"
                    and start == 0
                    and _HEADER_WEEKDAY.search(line[lead : mm.start])
                    and _HEADER_END.match(after)
                    and not _verb_in(_HEADER_LABEL.sub("", line[mm.end :]))
                ):
                    # "Podcast Beta | odc. 7 | poniedziałek 2.03.2026 | 40 min": a header's date, on a short line too;
                    # "Hala targowa w Radomiu, czwartek 19.11.2026. Tam firmy podpisały umowę" is the body's first
                    # sentence (a verb after the date, no label's "Rozmawia:")
                    return value
                if mm.precision == "day" and short and _CLOSING_BYLINE.match(before) and _credit_after(after):
                    return value  # "Leszno / 03.02.2027 / Aut. Ola Wrzos", "Radio Beta, 12.01.2027, 07:15 | Oprac. TB"
        for label in _LABEL_ANYWHERE.finditer(text) if _may_have_label(text) else ():
            line_end = text.find("\n", label.end())
            rest = text[label.end() : line_end if line_end >= 0 else len(text)][:60]
            mm = _line_date(rest)
            if mm is not None and mm.start <= 2 and mm.precision in ("day", "month") and mm.value:
                return mm.value.split("/")[0]
        return _closing_dateline(text)

    def _closing_dateline(text: str) -> str | None:
        """ "… \n15.11.2019", "Jan Nowak, 15.11.2019", "Źródło: PAP, 15.11.2019 08:20": the text's last line is a
        full date, alone or after a few capitalised words of a byline or credit."""
        last = text.rstrip().rsplit("\n", 1)[-1].strip()
        if not last or len(last) > 60:
            return None
        mm = _line_date(_unglue(last))
        if mm is None or mm.precision != "day" or not mm.value:
            return None
        before = last[: mm.start]
        after = _CLOCK.sub("", last[mm.end :])
        if _FILLER.sub("", after) or not _CLOSING_BYLINE.match(before):
            return None
        return mm.value.split("/")[0]

    return _Inflected(
        find_dates,
        date_spans,
        resolve_in_context,
        parse_published,
        find_dateline,
        _LABEL_ANYWHERE,
        _may_have_label,
    )


on_data_change(_inflected.cache_clear)


def date_spans(text: str, lang: str = _LANG) -> list[tuple[int, int]]:
    """Offsets of the date expressions in a text, unresolved (cheap: for other parsers to skip)."""
    return _inflected(lang).date_spans(text)


def resolve_in_context(
    raws: list[_Raw],
    text: str,
    published: str | None = None,
    today: _dt.date | None = None,
    lang: str = _LANG,
) -> list[DateMention]:
    """Turn raw matches into :class:`DateMention` values, filling years as the spec says."""
    return _inflected(lang).resolve_in_context(raws, text, published, today)


def parse_published(s: str | None) -> str | None:
    """A date string from metadata, a header or JSONL as a date value, or None (the shapes it reads: the
    scanner's ``parse_published``)."""
    return _inflected(_LANG).parse_published(s)


def find_dateline(text: str, window: int = 300, lang: str = _LANG) -> str | None:
    """The document's own date when the text states one as a header or dateline (the inflected scanner of
    ``lang`` reads it: see the scanner's ``find_dateline``)."""
    return _inflected(lang).find_dateline(text, window)


def find_dates(
    text: str,
    published: str | None = None,
    today: _dt.date | None = None,
    *,
    lang: str = _LANG,
    sentences: list[tuple[int, int]] | None = None,
) -> list[DateMention]:
    """Date mentions of a text in language ``lang``, in order, with values resolved from ``published`` and
    context. The language's ``date_words.tsv`` names its shapes (role ``shape``): ``inflected`` is the scanner
    of a language that declines its month names and numerals (Polish); the other shapes are the patterns of a
    language with a fixed word order (English), tried in the order listed (``sentences``: the text's sentence
    bounds, for a year written in the same or the previous sentence)."""
    if _INFLECTED not in (date_vocabulary(lang).words.get("shape") or [_INFLECTED]):
        return _find_ordered(text, published, lang, sentences)
    return _inflected(lang).find_dates(text, published, today)


# ------------------------------------------------------------------------- languages of a fixed word order

_INFLECTED = "inflected"  # the shape of `_inflected`: a language that declines months and numerals


class _OrderedGrammar:
    """The date patterns of a language with a fixed word order ("October 14, 2022", "14 October 2022", "10th of
    February 2015", "May 3-5, 2022", "in 2019", "10/26/2023", "yesterday", "on Friday"), built from its date
    vocabulary: the shapes it uses and their order come from ``date_words.tsv`` (role ``shape``), every word from
    the language's files. Month and weekday names are matched case-sensitively (they are capitalised where the
    order is fixed: "may" is a verb)."""

    def __init__(self, code: str) -> None:
        v = date_vocabulary(code)
        w = v.words
        self.months = v.months
        self.weekdays = v.weekdays
        self.relative = v.relative
        mon = _alt([f for forms in v.month_forms.values() for f in forms])
        # with no day or year next to it, only a full month name is a date ("by Jan Kowalski" is not)
        full_mon = _alt(v.month_forms["name"])
        wd = _alt([f for forms in v.weekday_forms.values() for f in forms])
        rel_alt = _alt(list(v.relative))
        ords = _alt(w["day_suffix"])  # "1st", "22nd": the ordinal endings of day numbers
        the, link = _alt(w["article"]), _alt(w["link"])
        day = rf"(?P<d1>\d{{1,2}})(?i:{ords})?"
        day2 = (
            rf"(?:\s*[-–]\s*|\s+(?i:{_alt(w['range_to'] + w['range_pair'])})\s+)(?P<d2>\d{{1,2}})(?:{ords})?"
        )
        month = rf"(?P<mon>{mon})\.?"
        year = r"(?P<y>(?:19|20)\d\d)"
        wd_opt = rf"(?:(?P<wd>{wd}),?\s+)?"
        b = r"(?<![\w])"
        e = r"(?![\w])"
        # "10/26/20231 min read": a blog's reading time glued to its date ends the date too
        e_read = rf"(?:{e}|(?=\d{{1,2}}\s*(?i:{_alt(w['reading_time'])}){e}))" if w.get("reading_time") else e
        # "in mid-October", "in mid-2020": a lead word that ends in a hyphen is glued to what it leads
        glue = r"(?:(?<=-)|\s+)"
        year_lead = rf"(?:(?:{_alt(w['year_lead'])}){glue})?" if w.get("year_lead") else ""
        shapes: dict[str, str | tuple[str, int]] = {
            # 2022-10-19, 2022-10-19T10:15:00 (a time of day glued by "T")
            "iso": rf"{b}(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?:{e_read}|(?=T\d))",
            "numeric_mdy": rf"{b}(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})/(?P<y>(?:19|20)\d\d){e_read}",  # 10/26/2023
            "numeric_dmy": rf"{b}(?P<d>\d{{1,2}})\.(?P<m>\d{{1,2}})\.(?P<y>(?:19|20)\d\d){e_read}",  # 26.10.2023
            # 14 October 2022, 17-19 October 2023, 10th of February 2015, Friday 14 October
            "day_month": rf"{b}{wd_opt}(?i:(?:{the})\s+)?{day}(?:{day2})?(?i:\s+(?:{link}))?\s+{month}(?:,?\s+{year})?{e}",
            # October 14, 2022; May 3-5, 2022; Friday, October 14
            "month_day": rf"{b}{wd_opt}{month}\s+{day}(?:{day2})?(?:{ords})?(?:,?\s+{year})?{e}",
            "month_year": rf"{b}{month}\s+(?i:(?:{link})\s+)?{year}{e}",  # May 2020
            "prep_year": (  # in 2019, in the year 2019, in late 2020, in mid-2021
                rf"{b}(?:{_alt(w['prep'])})\s+{year_lead}(?:(?:{the})\s+(?:(?:{_alt(w['year_noun'])})\s+)?)?{year}{e}",
                re.I,
            ),
            "relative": (rf"{b}(?P<rel>{rel_alt}){e}", re.I),  # yesterday, last week
            "weekday": rf"{b}(?i:{_alt(w['weekday_lead'])})\s+(?P<wd>{wd}){e}",  # on Friday
            # in March, by the end of March
            "month_lead": rf"{b}(?i:{_alt(w['month_lead'])}){glue}"
            rf"(?i:(?:{the})\s+(?:{_alt(w['month_part'])})\s+(?:{link})\s+)?(?P<mon>{full_mon}){e}",
        }
        # a limit before a date ("by the end of 2021"): the same mark as the inflected scanner's
        self.deadline = re.compile(rf"{b}(?:{_alt(w['deadline'])})\s*$", re.I) if w.get("deadline") else None
        self.patterns: list[re.Pattern[str]] = []
        for name in w["shape"]:
            shape = shapes[name]
            pattern, flags = shape if isinstance(shape, tuple) else (shape, 0)
            self.patterns.append(re.compile(pattern, flags))


@lru_cache(maxsize=4)
def _ordered_grammar(code: str) -> _OrderedGrammar:
    return _OrderedGrammar(code)


on_data_change(_ordered_grammar.cache_clear)


def _find_ordered(
    text: str, published: str | None, code: str, sentences: list[tuple[int, int]] | None
) -> list[DateMention]:
    """Date mentions of a language of a fixed word order. A date without a year takes the year of a full date in
    the same sentence, else in the previous one, else the year of ``published``; relative dates need
    ``published``; a bare weekday is the nearest such day on or before ``published``."""
    g = _ordered_grammar(code)
    pub = parse_published(published) if published else None
    found: list[tuple[int, int, re.Match[str]]] = []
    taken: list[tuple[int, int]] = []
    for pat in g.patterns:
        for mt in pat.finditer(text):
            s, e = mt.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            taken.append((s, e))
            found.append((s, e, mt))
    found.sort(key=lambda x: x[0])
    bounds = sentences or [(0, len(text))]

    def sent_of(pos: int) -> int:
        for k, (a, b) in enumerate(bounds):
            if a <= pos < b:
                return k
        return len(bounds) - 1

    full_years: dict[int, int] = {}
    for s, _e, mt in found:
        gd = mt.groupdict()
        if gd.get("y"):
            full_years.setdefault(sent_of(s), int(gd["y"]))
    pub_y, pub_m, pub_d = _parse_value(pub)
    pub_date = _dt.date(pub_y, pub_m, pub_d) if pub_y and pub_m and pub_d else None

    def fmt(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
        return None if y is None else _fmt(y, m, d)

    out: list[DateMention] = []
    for s, e, mt in found:
        gd = mt.groupdict()
        text_ = text[s:e]
        wd = g.weekdays.get((gd.get("wd") or "").lower())
        if gd.get("rel"):
            unit, off = g.relative[gd["rel"].lower()]
            value = relative_value(unit, off, pub_y, pub_m, pub_date)
            out.append(DateMention(s, e, text_, value, unit, "relative", False))
            continue
        mon = g.months.get((gd.get("mon") or "").lower().rstrip(".")) if gd.get("mon") else None
        if mon is None and gd.get("m"):
            mon = int(gd["m"])
        year = int(gd["y"]) if gd.get("y") else None
        explicit = year is not None
        if year is None and mon is not None:
            k = sent_of(s)
            year = full_years.get(k, full_years.get(k - 1, pub_y))
        day = gd.get("d") or gd.get("d1")
        if (
            mon is None and year is None and wd is not None
        ):  # "on Friday": the nearest such day before publication
            value = _shift_weekday(pub_date, wd, "nearest").isoformat() if pub_date else None
            out.append(DateMention(s, e, text_, value, "day", "weekday", False, wd))
            continue
        if day is not None and mon is not None:
            v1 = fmt(year, mon, int(day))
            if gd.get("d2"):
                v2 = fmt(year, mon, int(gd["d2"]))
                value = f"{v1}/{v2}" if v1 and v2 else None
                out.append(DateMention(s, e, text_, value, "day", "range", explicit, wd))
            else:
                kind = "absolute" if explicit else "partial"
                out.append(DateMention(s, e, text_, v1, "day", kind, explicit, wd))
        elif mon is not None:
            out.append(DateMention(s, e, text_, fmt(year, mon), "month", "month", explicit))
        elif year is not None:
            ys = mt.start("y")
            out.append(DateMention(ys, e, text[ys:e], fmt(year), "year", "year", True))
    if g.deadline is not None:
        for mm in out:
            mm.deadline = g.deadline.search(text, max(0, mm.start - 32), mm.start) is not None
    return out


# ---------------------------------------------------------------------------------- compatibility

_VALUE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _value_bounds(value: str) -> tuple[str, str, int] | None:
    m = _VALUE.match(value.strip())
    if not m:
        return None
    y = int(m.group(1))
    if m.group(3):
        try:
            _dt.date(y, int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
        d = f"{y:04d}-{m.group(2)}-{m.group(3)}"
        return d, d, 3
    if m.group(2):
        mo = int(m.group(2))
        if not 1 <= mo <= 12:
            return None
        last = calendar.monthrange(y, mo)[1]
        return f"{y:04d}-{mo:02d}-01", f"{y:04d}-{mo:02d}-{last:02d}", 2
    return f"{y:04d}-01-01", f"{y:04d}-12-31", 1


@lru_cache(maxsize=50_000)
def date_interval(value: str | None) -> tuple[str, str, int] | None:
    """(first day, last day, precision 1..3: year, month, day) of a date value ("2024", "2024-05",
    "2024-05-06", ranges "A/B"), or None when it is absent or unreadable."""
    if not value:
        return None
    if "/" in value:
        a, _, b = value.partition("/")
        ia, ib = _value_bounds(a), _value_bounds(b)
        if not ia or not ib:
            return None
        return ia[0], ib[1], min(ia[2], ib[2])
    return _value_bounds(value)


def more_precise(a: str | None, b: str | None) -> str | None:
    """The more precise of two compatible date values (a tie keeps `a`)."""
    ia, ib = date_interval(a), date_interval(b)
    if not ib:
        return a
    if not ia:
        return b
    width_a = (ia[2], ia[0] == ia[1])
    width_b = (ib[2], ib[0] == ib[1])
    return b if width_b > width_a else a


def compatible_dates(a: str | None, b: str | None, *, missing: bool, overlap: bool = False) -> bool:
    """Whether two date values can name the time of one happening.

    `missing`: the answer when either value is absent or unreadable (a caller that merges reports of one
    document may take an unknown date as agreeing; one that must prove sameness may not).
    Known values agree when they are equal or one contains the other ("2024-05" and "2024-05-06/2024-05-08"),
    never across different years; with `overlap`, ranges that share a day agree too."""
    ia, ib = date_interval(a), date_interval(b)
    if not ia or not ib:
        return missing
    if ia[0][:4] != ib[0][:4] and ia[1][:4] != ib[1][:4]:
        return False  # different years never
    if ia[:2] == ib[:2]:
        return True
    if overlap:
        return ia[0] <= ib[1] and ib[0] <= ia[1]
    return (ia[0] <= ib[0] and ib[1] <= ia[1]) or (ib[0] <= ia[0] and ia[1] <= ib[1])
