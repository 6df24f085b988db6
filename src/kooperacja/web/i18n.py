"""Languages of the pages: Polish by default, English as a switch (`?lang=en`, remembered in a cookie).

The English text is the message id; the Polish translations are a gettext catalogue
(`web/locale/pl/LC_MESSAGES/messages.po`) read with Babel at start-up. Sector names come from the one
sector table (`data/sectors.tsv`, columns `pl` and `en`). Numbers, amounts and dates are written in
the page's language by Babel ("1,5 mld zł", "9 maja 2023")."""

from __future__ import annotations

import datetime as dt
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

LANGS = ("pl", "en")
DEFAULT_LANG = "pl"
COOKIE = "lang"
LOCALE_DIR = Path(__file__).parent / "locale"


@cache
def _read(lang: str) -> tuple[dict[str, str], dict[str, tuple[str, ...]]]:
    path = LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po"
    if lang == "en" or not path.exists():
        return {}, {}
    with path.open("rb") as fh:
        cat = read_po(fh, locale=lang)
    single = {str(m.id): str(m.string) for m in cat if m.id and m.string and isinstance(m.id, str)}
    plural = {
        str(m.id[0]): tuple(m.string) for m in cat if m.id and isinstance(m.id, tuple) and all(m.string)
    }
    for key, forms in plural.items():  # a plural entry also translates its singular alone
        single.setdefault(key, forms[0])
    return single, plural


def catalogue(lang: str) -> dict[str, str]:
    """msgid → translation for `lang` (empty for English: the ids are English)."""
    return _read(lang)[0]


def plurals(lang: str) -> dict[str, tuple[str, ...]]:
    """singular msgid → the plural forms of `lang` (Polish: one, few, many)."""
    return _read(lang)[1]


def translate(lang: str, text: str, **values: Any) -> str:
    out = catalogue(lang).get(text, text)
    return out.format(**values) if values else out


def ngettext(lang: str, n: Any, singular: str, plural: str) -> str:
    """The form of a noun after the number `n`: "1 wydarzenie", "3 wydarzenia", "5 wydarzeń"."""
    try:
        k = int(n)
    except (TypeError, ValueError):
        k = 0
    forms = plurals(lang).get(singular)
    if not forms:
        return singular if k == 1 else plural
    index = {"one": 0, "few": 1}.get(Locale.parse(lang).plural_form(k), 2)
    return forms[min(index, len(forms) - 1)]


def pick(query_lang: str | None, cookie_lang: str | None) -> str:
    if query_lang in LANGS:
        return query_lang  # type: ignore[return-value]
    if cookie_lang in LANGS:
        return cookie_lang  # type: ignore[return-value]
    return DEFAULT_LANG


@cache
def sector_names(lang: str) -> dict[str, str]:
    """code → sector name in `lang`, from the one sector table."""
    from kooperacja.data import read_tsv

    col = "pl" if lang == "pl" else "en"
    return {r["code"]: r.get(col) or r["code"] for r in read_tsv("sectors.tsv") if r.get("code")}


@lru_cache(maxsize=4096)
def _decimal(v: float | int, lang: str) -> str:
    return format_decimal(v, locale=lang, decimal_quantization=False)


def number(value: Any, lang: str) -> str:
    """12345678 → "12 345 678" (pl) / "12,345,678" (en); decimals kept where present."""
    try:
        v = float(value)
    except (TypeError, ValueError):
        return "" if value is None else str(value)
    if v.is_integer():
        v = int(v)  # type: ignore[assignment]
    return _decimal(v, lang)


SCALES = {"pl": ((1e9, "mld"), (1e6, "mln"), (1e3, "tys.")), "en": ((1e9, "bn"), (1e6, "m"), (1e3, "k"))}
CURRENCY = {
    "pl": {"PLN": "zł", "EUR": "euro", "USD": "USD"},
    "en": {"PLN": "PLN", "EUR": "EUR", "USD": "USD"},
}
QUALIFIERS = {"exact": "", "approx": "≈ ", "more_than": "> ", "less_than": "< ", "up_to": "≤ "}


def amount(value: Any, unit: str | None, lang: str, qualifier: str | None = None) -> str:
    """A figure as a reader writes it: "1,5 mld zł", "≈ 250 mln euro", "120 ha", "1 200" (a count)."""
    q = QUALIFIERS.get(qualifier or "exact", "")
    try:
        v = float(value)
    except (TypeError, ValueError):
        return f"{q}{value if value is not None else ''} {unit or ''}".strip()
    unit = unit or ""
    text = number(v, lang)
    if unit not in ("count", "ha", ""):
        for scale, word in SCALES[lang][:2]:
            if abs(v) >= scale:
                text = f"{number(round(v / scale, 2), lang)} {word}"
                break
    if unit == "count":
        unit = ""
    unit = CURRENCY[lang].get(unit, unit)
    return f"{q}{text} {unit}".strip()


@lru_cache(maxsize=8192)
def date(value: Any, lang: str) -> str:
    """ "2023-05-09" → "9 maja 2023" / "9 May 2023"; "2023-05" → "maj 2023"; a range "a/b" → "a – b"."""
    if value is None or value == "":
        return ""
    s = str(value)
    if "/" in s:
        return " – ".join(date(part, lang) for part in s.split("/", 1))
    try:
        if len(s) == 10:
            return _babel_date(dt.date.fromisoformat(s), format="long", locale=lang).removesuffix(" r.")
        if len(s) == 7:
            return _babel_date(dt.date.fromisoformat(s + "-01"), format="LLLL y", locale=lang)
    except ValueError:
        return s
    return s
