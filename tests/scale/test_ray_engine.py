"""`kooperacja extract --engine ray` on a real local Ray cluster: a head and a worker node started as
processes on loopback (`ray start --head` / `ray start --address`), a few hundred documents, and the
records compared with the single-process extractor's."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent

if os.environ.get("CI") != "true":
    pytest.importorskip("ray", reason="the ray extra is not installed (pip install 'kooperacja[ray]')")

pytestmark = [pytest.mark.ray, pytest.mark.slow]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["RAY_AUTH_MODE"] = "disabled"  # a throw-away cluster on loopback
    env["RAY_USAGE_STATS_ENABLED"] = "0"
    env.pop("RAY_ADDRESS", None)
    return env


def _stop(proc: subprocess.Popen) -> None:
    """Stop a `ray start --block` process and everything it started (its own process group)."""
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(timeout=20)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            pass
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait(timeout=10)


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A head and one worker node, one CPU each; yields the head's address."""
    ray_bin = BIN / "ray"
    temp = tempfile.mkdtemp(prefix="kray-", dir="/tmp")  # short: Ray's socket paths must fit in 107 bytes
    port = _free_port()
    address = f"127.0.0.1:{port}"
    common = ["--block", "--node-ip-address=127.0.0.1", "--num-cpus=1", f"--temp-dir={temp}"]
    common += ["--object-store-memory=100000000", "--disable-usage-stats"]
    head = subprocess.Popen(
        [str(ray_bin), "start", "--head", f"--port={port}", "--include-dashboard=false", *common],
        env=_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    procs = [head]
    try:
        _wait_for_cpus(address, 1, head)
        worker = subprocess.Popen(
            [str(ray_bin), "start", f"--address={address}", *common],
            env=_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,
        )
        procs.append(worker)
        _wait_for_cpus(address, 2, worker)
        yield address
    finally:
        for p in reversed(procs):
            _stop(p)
        shutil.rmtree(temp, ignore_errors=True)


def _wait_for_cpus(address: str, cpus: int, proc: subprocess.Popen, timeout: float = 120) -> None:
    """Wait until the cluster at `address` has `cpus` CPUs (asked in a subprocess: no driver here)."""
    probe = (
        "import ray, sys; ray.init(address=sys.argv[1], log_to_driver=False); "
        "print(int(ray.cluster_resources().get('CPU', 0)))"
    )
    deadline = time.time() + timeout
    while time.time() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"ray start exited: {proc.stderr.read().decode(errors='replace')[-2000:]}")
        out = subprocess.run(
            [sys.executable, "-c", probe, address], env=_env(), capture_output=True, text=True, timeout=60
        )
        if out.returncode == 0 and out.stdout.strip().splitlines()[-1:] == [str(cpus)]:
            return
        time.sleep(1)
    pytest.fail(f"the Ray cluster at {address} did not reach {cpus} CPUs")


def _corpus(folder: Path, n: int) -> Path:
    """`n` documents made from the bundled samples with varied ids and dates, in a JSONL file and as
    plain files, plus two bad inputs (a line that is not JSON, a binary file)."""
    samples = sorted((ROOT / "samples").glob("*.txt"))
    assert samples
    folder.mkdir()
    lines = []
    for k in range(n - 10):
        src = samples[k % len(samples)]
        obj = {"id": f"gen-{k:04d}", "text": src.read_text(encoding="utf-8")}
        if k % 3 == 0:
            obj["published"] = f"2024-{1 + k % 12:02d}-{1 + k % 28:02d}"
        lines.append(json.dumps(obj, ensure_ascii=False))
    lines.insert(7, "{not json")
    (folder / "batch.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for k, src in enumerate(samples[:10]):
        (folder / f"plain-{k:02d}.txt").write_text(src.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    return folder


def _kooperacja(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [str(BIN / "kooperacja"), *args], env=_env(), capture_output=True, text=True, timeout=900
    )


def test_ray_cluster_gives_the_single_process_records(cluster: str, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "docs", 300)
    local = _kooperacja("extract", str(corpus), "-o", str(tmp_path / "local.jsonl"))
    on_ray = _kooperacja(
        "extract", "--engine", "ray", "--address", cluster, str(corpus), "-o", str(tmp_path / "ray.jsonl")
    )
    assert local.returncode == 1, local.stderr  # the two bad inputs
    assert on_ray.returncode == 1, on_ray.stderr
    expected = (tmp_path / "local.jsonl").read_text(encoding="utf-8").splitlines()
    got = (tmp_path / "ray.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(expected) == 300
    assert got == expected  # same records, same order
    # the failures are reported one a line, as in one process, and did not stop the job
    errors = sorted(line for line in on_ray.stderr.splitlines() if line.startswith("error: "))
    assert errors == sorted(line for line in local.stderr.splitlines() if line.startswith("error: "))
    assert (
        len(errors) == 2 and any("not valid JSON" in e for e in errors) and any("binary" in e for e in errors)
    )
    assert "extracted 300 documents, 2 failed" in on_ray.stderr
    assert "on 2 Ray workers" in on_ray.stderr  # both nodes' CPUs were used

    # Parquet out, and Parquet in: the same records again
    pq_out = tmp_path / "ray.parquet"
    again = _kooperacja(
        "extract", "--engine", "ray", "--address", cluster, str(corpus / "batch.jsonl"), "-o", str(pq_out)
    )
    assert again.returncode == 1, again.stderr  # the line that is not JSON
    from kooperacja.extract.ray_engine import read_records

    batch = [json.loads(line) for line in expected if json.loads(line)["doc_id"].startswith("gen-")]
    assert list(read_records(pq_out)) == batch


def test_parquet_documents_are_read_like_jsonl_lines(cluster: str, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "samples").glob("*.txt"))[:6]]
    rows = [{"id": f"pq-{k}", "text": t, "published": f"2025-03-0{k + 1}"} for k, t in enumerate(texts)]
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "docs.parquet")
    (tmp_path / "docs.jsonl").write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8"
    )
    local = _kooperacja("extract", str(tmp_path / "docs.jsonl"), "-o", str(tmp_path / "local.jsonl"))
    on_ray = _kooperacja(
        "extract", "--engine", "ray", "--address", cluster, "--workers", "1",
        str(tmp_path / "docs.parquet"), "-o", str(tmp_path / "ray.jsonl"),
    )  # fmt: skip
    assert local.returncode == 0 and on_ray.returncode == 0, on_ray.stderr
    assert (tmp_path / "ray.jsonl").read_text(encoding="utf-8") == (tmp_path / "local.jsonl").read_text(
        encoding="utf-8"
    )
