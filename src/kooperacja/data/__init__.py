"""Packaged language data and gazetteers; `read_tsv` is the one way code reads them."""

from __future__ import annotations

import csv
from functools import cache
from importlib import resources
from pathlib import Path

DATA_DIR = Path(str(resources.files("kooperacja.data")))


@cache
def read_table(path: Path) -> tuple[dict[str, str], ...]:
    """Rows of a TSV file (header line names the columns; lines starting with '#' are comments)."""
    with path.open(encoding="utf-8", newline="") as fh:
        lines = [line for line in fh if line.strip() and not line.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return tuple({k: (v or "").strip() for k, v in row.items() if k} for row in reader)


def read_tsv(relpath: str) -> tuple[dict[str, str], ...]:
    """Rows of a packaged TSV data file, by its path under the data folder."""
    return read_table(DATA_DIR / relpath)
