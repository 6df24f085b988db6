"""Extract and score every gold set the project measures itself on, and print one table.

usage: .venv/bin/python tools/score_sets.py [--out DIR] [--shared ../shared]

The sets: the shared gold (seeds, dev, dev2, dev-xx), dev2 split into "tune" (80 documents) and "held" (every fifth,
v005, v010, … v100: score only), dev-xx split into "en-tune" and "en-held" (w074 w081 w083 w085 w087: score only), and
the own-words sets of eval/ (own/a, own2/c, own3/e, own4/g, own5/i, own6/k, own7/m, own8/o readable; own/b, own2/d, own3/f, own4/h, own5/j, own6/l, own7/n, own8/p score only).

The score-only sets are printed as score lines only: nothing here shows their texts, gold or errors, and the records
extracted from them stay in DIR, which nobody tuning the extractor should open. The splits are made as folders of
symbolic links under DIR. Scoring is ../shared/tools/score.py, run once per set (--json).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELD = {f"v{n:03d}" for n in range(5, 101, 5)}
EN_HELD = {"w074", "w081", "w083", "w085", "w087"}


def _split(src: Path, dest: Path, keep: set[str], inside: bool) -> Path:
    """A folder of links to the documents of src whose id is in keep (inside) or not in it."""
    dest.mkdir(parents=True, exist_ok=True)
    for gold in sorted(src.glob("*.json")):
        if (gold.stem in keep) == inside:
            for f in (gold, gold.with_suffix(".txt")):
                link = dest / f.name
                if not link.exists():
                    link.symlink_to(f.resolve())
    return dest


def gold_sets(shared: Path, out: Path) -> dict[str, Path]:
    """Every set's name and folder, in the order of the table."""
    ev = shared / "eval"
    splits = out / "splits"
    sets = {
        "seeds": ev / "seeds",
        "dev": ev / "dev",
        "dev2": ev / "dev2",
        "tune": _split(ev / "dev2", splits / "tune", HELD, inside=False),
        "held": _split(ev / "dev2", splits / "held", HELD, inside=True),
    }
    for group, halves in (
        ("own", "ab"),
        ("own2", "cd"),
        ("own3", "ef"),
        ("own4", "gh"),
        ("own5", "ij"),
        ("own6", "kl"),
        ("own7", "mn"),
        ("own8", "op"),
    ):
        for half in halves:
            folder = ROOT / "eval" / group / half
            if folder.is_dir():
                sets[f"{group}-{half}"] = folder
    sets["dev-xx"] = ev / "dev-xx"
    sets["en-tune"] = _split(ev / "dev-xx", splits / "en-tune", EN_HELD, inside=False)
    sets["en-held"] = _split(ev / "dev-xx", splits / "en-held", EN_HELD, inside=True)
    return sets


def score_set(name: str, folder: Path, shared: Path, out: Path) -> dict:
    """Extract the set's texts with this checkout's code and score the records against its gold."""
    records = out / f"{name}.jsonl"
    texts = sorted(str(p) for p in folder.glob("*.txt"))
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))  # this checkout's code, whatever is installed
    subprocess.run(
        [sys.executable, "-m", "kooperacja", "extract", *texts, "-o", str(records)],
        check=True,
        capture_output=True,
        env=env,
    )
    scored = subprocess.run(
        [sys.executable, str(shared / "tools" / "score.py"), str(folder), str(records), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(scored.stdout)


def line(name: str, d: dict) -> str:
    o, e, f = d["organization"], d["events"], d["figures"]
    return (
        f"{name:8} {o['f1']:.3f} ({o['p']:.3f}/{o['r']:.3f}) {d['person']['f1']:.3f} {d['place']['f1']:.3f} "
        f"{e['f1']:.3f} ({e['p']:.3f}/{e['r']:.3f}) {f['f1']:.3f} ({f['tp']}/{f['fp']}/{f['fn']}) "
        f"{d['event_date_acc']:.3f} {d['sectors']['f1']:.3f} {d['person_role_org_acc']:.3f} "
        f"{d['event_exact_participants']:.3f} {d['org_base_form_acc']:.3f}"
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=None, help="folder for the splits, records and scores")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = ap.parse_args(argv)
    if not (args.shared / "eval" / "dev2").is_dir():
        print(f"no gold sets under {args.shared}/eval (give --shared)", file=sys.stderr)
        return 2
    out = args.out or Path(tempfile.mkdtemp(prefix="kooperacja-scores-"))
    out.mkdir(parents=True, exist_ok=True)
    print(
        f"{'set':8} {'orgs F1 (P/R)':>19} {'pers':>5} {'place':>5} {'events F1 (P/R)':>19} {'figs (tp/fp/fn)':>16} "
        f"{'dates':>5} {'sect':>5} {'role':>5} {'exact':>5} {'base':>5}"
    )
    table = {}
    for name, folder in gold_sets(args.shared, out).items():
        table[name] = score_set(name, folder, args.shared, out)
        print(line(name, table[name]), flush=True)
    (out / "scores.json").write_text(json.dumps(table, indent=1), encoding="utf-8")
    print(f"records and scores in {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
