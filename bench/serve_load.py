"""Page latency under concurrent clients: p50/p95/p99 of HTML pages from a real `kooperacja serve` on
loopback, N clients (keep-alive connections, one request at a time each) for a fixed time.

    python bench/serve_load.py --build            # ./serve_load.db from ../shared/eval/{seeds,dev,dev2}
    python bench/serve_load.py --db serve_load.db --clients 20 --seconds 30 -- --workers 2
    python bench/serve_load.py --kooperacja /work/main/.venv/bin/kooperacja --db main.db   # another version

Arguments after `--` go to `kooperacja serve`. The pages visited, in turn by every client: the home
page, the timeline, search, and the pages of organisations, events and documents found through the API.
Bounded: every request has a 30 s timeout, the run stops after --seconds.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "eval"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def kooperacja_cmd(given: str | None) -> list[str]:
    if given:
        return [given]
    exe = shutil.which("kooperacja", path=str(Path(sys.executable).parent))
    return [exe] if exe else [sys.executable, "-m", "kooperacja"]


def build(cmd: list[str], db: Path) -> None:
    folders = [str(SHARED / name) for name in ("seeds", "dev", "dev2")]
    started = time.perf_counter()
    subprocess.run([*cmd, "ingest", *folders, "--db", str(db), "-q"], check=True)
    print(f"built {db} in {time.perf_counter() - started:.0f} s", file=sys.stderr)


def get_json(conn: http.client.HTTPConnection, path: str) -> object:
    conn.request("GET", path, headers={"Accept": "application/json"})
    r = conn.getresponse()
    body = r.read()
    if r.status != 200:
        raise RuntimeError(f"{path}: {r.status}")
    return json.loads(body)


def pages(port: int) -> list[str]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    out = ["/", "/timeline", "/search?q=" + quote("współpraca"), "/search?q=" + quote("gmina")]
    events = get_json(conn, "/api/events?limit=40")
    assert isinstance(events, list)
    for ev in events[:15]:
        out.append(f"/event/{ev['id']}")
    entities: list[str] = []
    for ev in events:
        for p in ev.get("participants") or []:
            url = p.get("url") or ""
            if url.startswith("/") and not url.startswith("/entity/") and url not in entities:
                entities.append(url)
    out += entities[:15]
    docs: list[str] = []
    for ev in events[:15]:
        full = get_json(conn, f"/api/event/{ev['id']}")
        for s in full.get("sources") or []:  # type: ignore[union-attr]
            if s.get("doc_id") and s["doc_id"] not in docs:
                docs.append(s["doc_id"])
    out += ["/doc/" + quote(d, safe="") for d in docs[:15]]
    conn.close()
    return out


def load(port: int, urls: list[str], clients: int, seconds: float) -> tuple[list[float], int, dict[int, int]]:
    times: list[float] = []
    statuses: dict[int, int] = {}
    errors = 0
    lock = threading.Lock()
    stop = time.monotonic() + seconds

    def client(k: int) -> None:
        nonlocal errors
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        i = k * 7
        while time.monotonic() < stop:
            url = urls[i % len(urls)]
            i += 1
            t0 = time.perf_counter()
            try:
                conn.request("GET", url, headers={"Accept": "text/html"})
                r = conn.getresponse()
                r.read()
                dt = time.perf_counter() - t0
                with lock:
                    times.append(dt)
                    statuses[r.status] = statuses.get(r.status, 0) + 1
            except (OSError, http.client.HTTPException):
                with lock:
                    errors += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.close()

    threads = [threading.Thread(target=client, args=(k,)) for k in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return times, errors, statuses


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    serve_extra: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, serve_extra = argv[:cut], argv[cut + 1 :]
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", default="serve_load.db", help="SQLite database (default ./serve_load.db)")
    ap.add_argument("--build", action="store_true", help="build the database first (when it is not there)")
    ap.add_argument("--kooperacja", default=None, help="the kooperacja command to run (another version)")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--warm", type=float, default=3.0, help="seconds of load before measuring")
    args = ap.parse_args(argv)
    cmd = kooperacja_cmd(args.kooperacja)
    db = Path(args.db)
    if not db.exists():
        if not args.build:
            print(f"no database {db}: add --build", file=sys.stderr)
            return 2
        build(cmd, db)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "KOOPERACJA_TOKEN"}
    proc = subprocess.Popen(
        [*cmd, "serve", "--db", str(db), "--port", str(port), "--log-level", "warning", *serve_extra],
        env=env,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                get_json(http.client.HTTPConnection("127.0.0.1", port, timeout=5), "/api/stats")
                break
            except (OSError, RuntimeError, http.client.HTTPException):
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("serve did not start") from None
                time.sleep(0.3)
        urls = pages(port)
        if args.warm > 0:
            load(port, urls, args.clients, args.warm)
        times, errors, statuses = load(port, urls, args.clients, args.seconds)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
    ms = [t * 1000 for t in times]
    stats = json.loads(
        subprocess.run([*cmd, "stats", "--db", str(db), "--json"], capture_output=True, text=True).stdout
    )
    result = {
        "documents": stats.get("documents"),
        "pages": len(urls),
        "clients": args.clients,
        "seconds": args.seconds,
        "serve_args": serve_extra,
        "requests": len(ms),
        "errors": errors,
        "statuses": statuses,
        "throughput_rps": round(len(ms) / args.seconds, 1),
        "p50_ms": round(pct(ms, 0.50), 1) if ms else None,
        "p95_ms": round(pct(ms, 0.95), 1) if ms else None,
        "p99_ms": round(pct(ms, 0.99), 1) if ms else None,
        "mean_ms": round(statistics.fmean(ms), 1) if ms else None,
        "cpus": os.cpu_count(),
        "load_average": [round(x, 2) for x in os.getloadavg()],
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
