"""Language lives in data files, and the project's examples are its own words.

1. No string constant of ``extract/``, ``text/`` or ``resolve/`` holds a Polish word (a word morfeusz2
   knows, or one with Polish diacritics), except the short allow-list of ``tools/literal_words.py``:
   vocabulary goes to ``src/kooperacja/data/<lang>/*.tsv``, read through ``language_data``.
2. No comment, docstring or string of the package repeats a run of 8 or more consecutive words of the
   evaluation articles (``../shared/eval/*/*.txt``, third-party texts).

The file lists come from the tree, so a new module is checked without editing this test.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "kooperacja"

_spec = importlib.util.spec_from_file_location("literal_words", ROOT / "tools" / "literal_words.py")
assert _spec and _spec.loader
literal_words = importlib.util.module_from_spec(_spec)
sys.modules["literal_words"] = literal_words
_spec.loader.exec_module(literal_words)


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


LANGUAGE_FILES = [
    p for p in literal_words.python_files([PACKAGE / "extract", PACKAGE / "text", PACKAGE / "resolve"])
]


def test_the_file_list_comes_from_the_tree() -> None:
    rels = {_rel(p) for p in LANGUAGE_FILES}
    assert {"extract/entities.py", "extract/names.py", "text/dates.py", "resolve/names.py"} <= rels


@pytest.mark.parametrize("path", LANGUAGE_FILES, ids=_rel)
def test_no_polish_word_in_string_literals(path: Path) -> None:
    found = literal_words.literal_words(path)
    assert not found, "Polish words in code (move them to data/<lang>/*.tsv):\n" + "\n".join(
        f"{_rel(path)}:{line}: {word}" for line, word in found
    )


def test_the_checker_finds_words_and_spares_keys(tmp_path: Path) -> None:
    src = tmp_path / "sample.py"
    src.write_text(
        '"""Docstrings are prose: spółka, gmina."""\n'
        'HEADS = ("fundacja", "w", "IT")\n'
        'row = {"place": 1}\n'
        'x = row["word"], row.get("form"), "person"\n'
        'msg = f"{x} is not a known value"\n'
        'open("f", "w")\n'
        'PATTERN = r"(?P<year>\\d{4})[A-ZĄĆĘŁŃÓŚŹŻ]"\n',
        encoding="utf-8",
    )
    assert [w for _, w in literal_words.literal_words(src)] == ["fundacja", "w", "IT"]


def test_no_quoted_evaluation_text() -> None:
    runs = literal_words.eval_runs()
    if not runs:
        pytest.skip("../shared/eval is not there (under CI=true this fails)")
    found = [
        f"{_rel(p)}:{line}: {run}"
        for p in literal_words.python_files([PACKAGE])
        for line, run in literal_words.quoted_runs(p, runs)
    ]
    assert not found, "runs of evaluation text (write your own example):\n" + "\n".join(found)


def test_the_quote_checker_finds_a_run(tmp_path: Path) -> None:
    runs = frozenset({tuple("one two three four five six seven eight".split())})
    sample = tmp_path / "sample.py"
    sample.write_text('# One, two three four five six\n# seven eight nine\nx = "one two"\n', encoding="utf-8")
    assert literal_words.quoted_runs(sample, runs) == [(1, "one two three four five six seven eight")]
    sample.write_text('x = "one two three four five six seven"\n', encoding="utf-8")
    assert literal_words.quoted_runs(sample, runs) == []
