"""The rare rows of the tables the rule report counts by their look-ups that no test sentence seems to exercise.

usage: python tools/untested_rows.py [--max-docs N] [DIR ...]   (default DIRs: rule_report's readable gold)

For every table that tools/rule_report.py counts by its look-ups ("test" in its summary), the rows that fire on at
most N readable gold documents (default 1; rows whose word set was never looked up count as 0) are checked against
the tests: a row is "tested" where some string of a test file that goes through the extractor holds a form of the
row's word, i.e. each word of the row (its first column, split into words) is, in order and next to each other, a
word of the string as written (lower case) or one of its lemmas (Morfeusz).

APPROXIMATE, both ways: a test file "goes through the extractor" where it names ``extract`` (an import of
kooperacja.extract or of a test helper under tests/extract), and any string of three words or more in it counts as
a test sentence, so a row may be "tested" by a sentence that never reaches the row's component (a false "tested");
a row whose word a test writes in a form the dictionary does not lemmatise to it, or split by punctuation, or
only through a template (an f-string or ``str.format`` filled by a parameter), is listed though it is tested (a
false "untested"); a string that is a list of words (a parameter list written as one string) counts as a sentence
(a false "tested"). A row of an ending (its use ends in "_ending" or "_suffix", or is
in ENDING_USES: first_person_past, vowel) is tested where a word of a test string ends with it. Left out:
tag_classes and the rows of TAG_FLAGS (morphological tags and tag flags, no words) and the
amount tables the number grammar reads as rows (the report counts only another, minor look-up of them: their
counts say nothing of their use)."""

from __future__ import annotations

import argparse
import ast
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "tools"))

import rule_report  # noqa: E402

from kooperacja.data.language_data import language_data  # noqa: E402
from kooperacja.extract.agglutinated import _endings  # noqa: E402
from kooperacja.text.morphology import morphology  # noqa: E402

WORD = re.compile(r"\w+(?:-\w+)*")
# tables whose rows are no words of a text, or whose count leaves out their main reading
NOT_WORDS = frozenset({"tag_classes", "amount_currencies", "amount_multipliers"})
# uses whose rows are a tag's flag (no word: "pri"), and uses whose rows are endings or letters though not so named
TAG_FLAGS = frozenset({("figure_words", "first_person")})
ENDING_USES = frozenset({"first_person_past", "vowel"})


def test_strings(root: Path) -> list[tuple[str, str]]:
    """(file:line, string) of every string of three words or more in the test files that go through the extractor."""
    out: list[tuple[str, str]] = []
    for path in sorted(root.rglob("*.py")):
        src = path.read_text(encoding="utf-8")
        if "extract" not in src:
            continue
        try:
            tree = ast.parse(src)
        except SyntaxError:  # pragma: no cover - the tests parse
            continue
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and len(node.value.split()) >= 3
            ):
                out.append((f"{path.relative_to(root.parent)}:{node.lineno}", node.value))
    return out


def _forms(word: str) -> frozenset[str]:
    """The word in lower case and its lemmas; a past form with a person ending glued to it ("napisaliśmy") also
    has the lemmas of its bare form, as the extractor reads it (extract/agglutinated.py)."""
    morph = morphology()
    lemmas = {r.lemma.lower() for r in morph.analyse(word) if r.pos != "ign"}
    if not lemmas:
        for pattern in _endings("pl"):
            m = pattern.match(word.lower())
            if m:
                lemmas = {r.lemma.lower() for r in morph.analyse(m.group(1)) if r.pos == "praet"}
                break
    return frozenset({word.lower(), *lemmas})


class TestIndex:
    """The test strings as sequences of word forms (each: the word in lower case and its lemmas)."""

    def __init__(self, strings: list[tuple[str, str]]) -> None:
        self.strings = strings
        cache: dict[str, frozenset[str]] = {}
        self.words: list[list[frozenset[str]]] = []
        self.by_form: dict[str, set[int]] = defaultdict(set)  # a form -> the strings that hold it
        for k, (_where, text) in enumerate(strings):
            seq = []
            for w in WORD.findall(text):
                if w not in cache:
                    cache[w] = _forms(w)
                seq.append(cache[w])
                for f in cache[w]:
                    self.by_form[f].add(k)
            self.words.append(seq)

    def where(self, row_word: str, ending: bool = False) -> str | None:
        """The first test string (file:line) that holds the row's word (a word that ends with it: `ending`), None
        where none does."""
        if ending:
            hits = sorted(k for f, ks in self.by_form.items() if f.endswith(row_word.lower()) for k in ks)
            return self.strings[hits[0]][0] if hits else None
        words = [w.lower() for w in WORD.findall(row_word)]
        if not words:
            return None
        for k in sorted(self.by_form.get(words[0], ())):
            seq = self.words[k]
            n = len(words)
            if any(all(words[j] in seq[i + j] for j in range(n)) for i in range(len(seq) - n + 1)):
                return self.strings[k][0]
        return None


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("dirs", nargs="*", type=Path, default=rule_report.DEFAULT_DIRS)
    ap.add_argument("--max-docs", type=int, default=1, help="the rows firing on at most this many documents")
    ap.add_argument(
        "--tested", action="store_true", help="also list the rare rows a test holds, with the test"
    )
    args = ap.parse_args(argv)
    fired, n, read = rule_report.collect_all(args.dirs)
    index = TestIndex(test_strings(ROOT / "tests"))
    data = language_data("pl")
    print(f"documents: {n}; test strings: {len(index.strings)} (approximate: see the module's note)")
    print("docs: readable gold documents the row fired on (- : its word set never looked up)\n")
    total = untested = 0
    lines: list[str] = []
    summary: list[str] = []
    for table in sorted(read):
        if table in NOT_WORDS:
            continue
        rows = data.rows(table)
        rare = untested_here = 0
        for r in rows:
            key = rule_report._row_key(r)
            docs = sorted(fired[table].get(key, ()))
            word, use = (list(r.values()) + ["", ""])[:2]
            if len(docs) > args.max_docs or (table, use) in TAG_FLAGS:
                continue
            rare += 1
            test = index.where(word, use.endswith(("_ending", "_suffix")) or use in ENDING_USES)
            mark = "-" if key not in read[table] else str(len(docs))
            if test is None:
                untested_here += 1
                lines.append(f"{table:24} {mark:>2}  {key.replace(chr(9), ' | ')}  {', '.join(docs)}")
            elif args.tested:
                lines.append(f"{table:24} {mark:>2}  {key.replace(chr(9), ' | ')}  tested: {test}")
        total += rare
        untested += untested_here
        summary.append(f"{table:28}{len(rows):6}{rare:7}{untested_here:10}")
    print(f"{'table':28}{'rows':>6}{'rare':>7}{'untested':>10}")
    print("\n".join(summary))
    print(f"{'all':28}{'':6}{total:7}{untested:10}\n")
    print("## rare rows with no test sentence (table, docs, row, the document it fired on)")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
