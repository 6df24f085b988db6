"""Find language in code: Polish words in string literals, and quoted evaluation text anywhere.

usage: python tools/literal_words.py PATH...            (Polish words in string constants)
       python tools/literal_words.py --quotes PATH...   (runs of 8+ words shared with ../shared/eval/*/*.txt)

Default check: every string constant of the given .py files (docstrings and other bare string statements
excluded; f-string parts included) is split into words; a word is reported when it has Polish diacritics
or when morfeusz2 knows it (a reading other than ``ign``), unless ALLOWED lists it as not language (record
keys, spec vocabulary, morphological tags, format strings). Vocabulary belongs in
``src/kooperacja/data/<lang>/*.tsv``, read through ``kooperacja.data.language_data``.

--quotes: every comment (consecutive comment lines joined), docstring and string constant is compared
with the texts of the evaluation articles; a run of QUOTE_RUN or more consecutive words found there is
reported. The evaluation articles are third-party: the project's examples must be its own words.

Each finding prints as ``file:line: word`` (or ``file:line: quoted run``); the exit status is 1 when
there is any. tests/test_language_words.py runs both checks over the package.
"""

from __future__ import annotations

import argparse
import ast
import io
import re
import sys
import tokenize
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# ../shared/eval beside the checkout (or beside the current folder, for a copy of this script elsewhere)
EVAL_DIR = next(
    (d for d in (ROOT.parent / "shared" / "eval", Path.cwd().parent / "shared" / "eval") if d.is_dir()),
    ROOT.parent / "shared" / "eval",
)
QUOTE_RUN = 8

# Words of string literals that are not language although morfeusz2 knows them. Keys of records and
# rows are recognised by their place (see _not_text); this lists values. Keep it short, with reasons.
ALLOWED = frozenset(
    {
        # spec vocabulary (shared/spec/extraction.md): entity types and subtypes, roles, modality, units
        *("person", "place", "city", "region", "country", "host", "party", "organizer", "plan", "jobs", "ha"),
        # kinds of date expressions and date-word roles (text/dates.py, data/pl/date_words.tsv)
        *("period", "rel", "roman", "past", "half", "iso"),
        # rule names of resolution decisions and key kinds (resolve/, extract/entities.py)
        *("new", "same", "seat", "alias", "admin", "held"),
        *("event", "id", "PL"),
        # morfeusz2 tags (parts of speech, cases, numbers, flags) and name qualifiers tested in code
        *("nom", "gen", "dat", "acc", "inst", "loc", "voc", "sg", "ger", "fin", "praet", "sup", "neg"),
        *("num", "ter"),  # the numeral part of speech; the third person of a finite verb
        *("bedzie",),  # the tag of the future forms of "być" ("będzie")
        *("imię", "nazwisko"),
        # language codes ("pl" is also the plural tag)
        *("pl", "en"),
        # internet domains in the tokenizer's pattern of domain-like names
        *("net", "de", "info", "biz"),
        # a column of the extraction engine's result table
        *("error",),
    }
)

_WORD = re.compile(r"[^\W\d_]+")
_TOKEN = re.compile(r"\w+")
# regex escapes (\b, \w…), named groups ((?P<year>…), (?P=year)), inline flags ((?-i:…)) and ranges
# (A-Z) are not words
_REGEX_SYNTAX = re.compile(
    r"\\[A-Za-z]|\(\?P<[^>]*>|\(\?P=\w+\)|\(\?[aiLmsux]*-?[aiLmsux]*[:)]|[A-Za-z]-[A-Za-z]"
)
_FORMAT_SPEC = re.compile(r"%[-+ #0-9.]*[a-zA-Z]|\{[^{}]*\}")
_DIACRITICS = frozenset("ąćęłńóśźżĄĆĘŁŃÓŚŹŻ")
# a lone lower-case letter is a word when it is a preposition or conjunction ("w", "z", "i"), not an
# abbreviation or a format letter ("m", "d")
_LETTER_WORDS = frozenset(("prep", "conj"))
_ROMAN = re.compile(r"[IVXLCDM]+")
_DOTTED = re.compile(r"[a-z_]+(?:\.[a-z_]+)+")  # module and attribute paths: ray.data


@cache
def _english(word: str) -> bool:
    import simplemma

    return bool(simplemma.is_known(word.lower(), lang="en"))


def _english_prose(words: list[str]) -> bool:
    """A message in English (three or more words, two thirds of the longer ones English): only its
    words with Polish diacritics count."""
    longer = [w for w in words if len(w) >= 3]
    if len(words) < 3 or not longer:
        return False
    return sum(map(_english, longer)) * 3 >= len(longer) * 2


@cache
def _morph():  # noqa: ANN202 - imported lazily so --quotes runs without morfeusz2
    sys.path.insert(0, str(ROOT / "src"))
    from kooperacja.text.morphology import morphology

    return morphology()


@cache
def is_polish(word: str) -> bool:
    """A word of Polish: it has Polish diacritics or morfeusz2 knows it."""
    if _DIACRITICS.issuperset(word) and len(word) >= 3:
        return False  # the Polish letters of a character class ([A-ZĄĆĘŁŃÓŚŹŻ]), not a word
    if len(word) == 1 and _DIACRITICS.intersection(word):
        return False  # a letter ("ł" folded to "l"), not a word
    if _DIACRITICS.intersection(word):
        return True
    readings = _morph().analyse(word)
    if len(word) == 1:
        return word.islower() and any(r.pos in _LETTER_WORDS for r in readings)
    return not _ROMAN.fullmatch(word) and any(r.pos != "ign" for r in readings)


_KEY_METHODS = frozenset(("get", "pop", "setdefault", "group", "start", "end", "span"))


def _not_text(tree: ast.AST) -> set[int]:
    """ids of string constants that are not text by their place: docstrings and other string statements,
    keys (``d["word"]``, ``{"role": …}``, ``d.get("id")``, ``m.group("rel")``), ``__all__`` names and
    the mode of ``open(path, "w")``."""
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            out.add(id(node.value))
        elif isinstance(node, ast.Subscript):
            out.add(id(node.slice))
        elif isinstance(node, ast.Dict):
            out.update(id(k) for k in node.keys if k is not None)
        elif isinstance(node, ast.Call) and node.args:
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name in _KEY_METHODS:
                out.add(id(node.args[0]))
            elif name == "open":
                out.update(id(a) for a in node.args[1:2])
        elif isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in node.targets):
            out.update(id(e) for e in getattr(node.value, "elts", ()))
    return out


def _string_constants(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, text) of each string constant; an f-string is one text (its fields read as spaces)."""
    skip = _not_text(tree)
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts = [
                sub
                for sub in ast.walk(node)
                if isinstance(sub, ast.Constant) and isinstance(sub.value, str) and id(sub) not in skip
            ]
            skip.update(id(sub) for sub in parts)
            yield node.lineno, " ".join(sub.value for sub in parts)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            if not _DOTTED.fullmatch(node.value):
                yield node.lineno, node.value


def literal_words(path: Path) -> list[tuple[int, str]]:
    """(line, word) of each Polish word in the string constants of one Python file."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    found: list[tuple[int, str]] = []
    for line, value in _string_constants(tree):
        text = _REGEX_SYNTAX.sub(" ", _FORMAT_SPEC.sub(" ", value))
        words = [w for w in _TOKEN.findall(text) if w.isalpha()]  # not identifiers: y_1, m2
        prose = _english_prose(words)
        for word in words:
            if prose and not _DIACRITICS.intersection(word):
                continue
            if word not in ALLOWED and word.lower() not in ALLOWED and is_polish(word):
                found.append((line, word))
    return found


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


@cache
def eval_runs(eval_dir: Path = EVAL_DIR, n: int = QUOTE_RUN) -> frozenset[tuple[str, ...]]:
    """Every run of n consecutive words of the evaluation texts (``eval_dir/*/*.txt``)."""
    runs: set[tuple[str, ...]] = set()
    for txt in sorted(eval_dir.glob("*/*.txt")):
        words = _words(txt.read_text(encoding="utf-8", errors="replace"))
        runs.update(tuple(words[i : i + n]) for i in range(len(words) - n + 1))
    return frozenset(runs)


def _text_pieces(source: str) -> Iterator[tuple[int, str]]:
    """(first line, text) of each comment block, docstring and string constant of a Python source."""
    block: list[str] = []
    start = last = 0
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type == tokenize.COMMENT:
            line = tok.start[0]
            if block and line != last + 1:
                yield start, " ".join(block)
                block = []
            if not block:
                start = line
            block.append(tok.string.lstrip("#"))
            last = line
    if block:
        yield start, " ".join(block)
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.lineno, node.value


def quoted_runs(path: Path, runs: frozenset[tuple[str, ...]], n: int = QUOTE_RUN) -> list[tuple[int, str]]:
    """(line, run) of each run of n+ words of one Python file found in the evaluation texts."""
    found: list[tuple[int, str]] = []
    for line, text in _text_pieces(path.read_text(encoding="utf-8")):
        words = _words(text)
        i = 0
        while i <= len(words) - n:
            if tuple(words[i : i + n]) in runs:
                j = i + n
                while j < len(words) and tuple(words[j - n + 1 : j + 1]) in runs:
                    j += 1
                found.append((line, " ".join(words[i:j])))
                i = j
            else:
                i += 1
    return found


def python_files(paths: Iterable[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(p.rglob("*.py")) if p.is_dir() else [p])
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="+", type=Path, help="Python files or folders")
    ap.add_argument("--quotes", action="store_true", help="look for quoted evaluation text instead")
    ap.add_argument("--eval", type=Path, default=EVAL_DIR, help=f"evaluation folder (default {EVAL_DIR})")
    args = ap.parse_args(argv)
    count = 0
    runs = eval_runs(args.eval) if args.quotes else frozenset()
    if args.quotes and not runs:
        print(f"literal_words: no evaluation texts under {args.eval}", file=sys.stderr)
        return 2
    for path in python_files(args.paths):
        found = quoted_runs(path, runs) if args.quotes else literal_words(path)
        for line, what in found:
            print(f"{path}:{line}: {what}")
        count += len(found)
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main())
