"""Under CI=true a skipped test fails the run (tests/conftest.py), so that a missing PostgreSQL,
Chromium or ../shared cannot pass unnoticed; without CI a skip stays a skip."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def test_a_skip_fails_under_ci_only(tmp_path: Path) -> None:
    shutil.copy(HERE / "conftest.py", tmp_path / "conftest.py")
    (tmp_path / "test_needs.py").write_text(
        "import pytest\n\n\ndef test_needs_a_server():\n    pytest.skip('PostgreSQL server binaries not found')\n",
        encoding="utf-8",
    )
    cmd = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)]
    env = {k: v for k, v in os.environ.items() if k != "CI"}
    local = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert local.returncode == 0 and "1 skipped" in local.stdout, local.stdout
    ci = subprocess.run(
        cmd, capture_output=True, text=True, cwd=tmp_path, env={**env, "CI": "true"}, timeout=120
    )
    assert ci.returncode == 1 and "1 failed" in ci.stdout, ci.stdout
    assert "PostgreSQL server binaries not found" in ci.stdout
