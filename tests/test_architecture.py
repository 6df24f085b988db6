"""docs/ARCHITECTURE.md stays true: its list of data files and its layers match the code and the import check."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "kooperacja"
DOC = ROOT / "docs" / "ARCHITECTURE.md"


def _section(title: str) -> str:
    text = DOC.read_text(encoding="utf-8")
    m = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", text, re.M | re.S)
    assert m, f"docs/ARCHITECTURE.md has no section '## {title}'"
    return m.group(1)


def _first_cells(section: str) -> list[str]:
    """The code span in the first (data files) or second (layers) column of each table row."""
    return re.findall(r"^\|[^|\n]*?`([^`]+)`", section, re.M)


def documented_data_files() -> list[str]:
    return _first_cells(_section("Data files"))


def data_files() -> set[str]:
    out = set()
    for p in (PACKAGE / "data").rglob("*"):
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".py", ".pyc"):
            out.add(p.relative_to(PACKAGE / "data").as_posix())
    return out


def documented_layers() -> list[str]:
    rows = re.findall(r"^\|\s*[\w ]+\s*\|\s*`(kooperacja\.\w+)`", _section("Layers"), re.M)
    return rows


def checked_layers() -> list[str]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    [layers] = [c["layers"] for c in contracts if c["type"] == "layers" and not c.get("containers")]
    out = []
    for layer in layers:
        out += [m.strip("() ") for m in re.split(r"[|:]", layer)]
    return out


def test_every_data_file_has_a_line_in_the_doc() -> None:
    listed = documented_data_files()
    assert len(listed) == len(set(listed)), "a data file is listed twice in docs/ARCHITECTURE.md"
    missing = sorted(data_files() - set(listed))
    stale = sorted(set(listed) - data_files())
    assert not missing, f"data files without a row under '## Data files' in docs/ARCHITECTURE.md: {missing}"
    assert not stale, (
        f"rows under '## Data files' in docs/ARCHITECTURE.md for files that do not exist: {stale}"
    )


def test_the_doc_lists_the_layers_the_import_check_enforces() -> None:
    assert documented_layers() == checked_layers()


def test_every_package_is_a_layer() -> None:
    packages = {
        f"kooperacja.{p.stem}"
        for p in PACKAGE.iterdir()
        if (p.is_dir() and (p / "__init__.py").exists()) or (p.suffix == ".py" and not p.stem.startswith("_"))
    }
    assert packages == set(documented_layers())


def test_the_check_fails_on_a_missing_file_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The data-file test can fail: a doc without one file's row is caught."""
    text = DOC.read_text(encoding="utf-8")
    some = documented_data_files()[0]
    doc = tmp_path / "ARCHITECTURE.md"
    doc.write_text("\n".join(line for line in text.splitlines() if f"`{some}`" not in line), encoding="utf-8")
    monkeypatch.setitem(globals(), "DOC", doc)
    assert some in data_files() - set(documented_data_files())


def test_the_import_contracts_hold() -> None:
    """The same check as `lint-imports` in .ci/run: no upward imports, no cycles, web app above routers."""
    from importlinter.cli import lint_imports

    assert lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True) == 0
