"""Screenshots of every page at a desktop and a phone width, from a real `kooperacja serve`.

    kooperacja ingest ../shared/eval/seeds ../shared/eval/dev ../shared/eval/dev2 --db /tmp/screens.db
    python tools/screenshots.py --db /tmp/screens.db --out /work/screens

Starts `kooperacja serve` on a free loopback port, opens each page in Chromium (Playwright) at 1400 and
390 px, in Polish (and the home page in English too), and writes `NAME-WIDTH.png` (full page). The
organisation, event, person, place and document pages are the first ones the search and the timeline
link to. For each page it prints whether the page scrolls sideways (the widest elements when it does)
and which English words of the interface are left on the Polish page.
"""

from __future__ import annotations

import argparse
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
WIDEST = """() => Array.from(document.querySelectorAll('body *'))
    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"""
# interface words that must not be left in English on a Polish page
ENGLISH = re.compile(
    r"\b(Search|Events|Organisations?|Documents?|Timeline|Network|Map|Partners|Download|Filters?|"
    r"Previous|Next|results?|shared events?|since|until|Apply|Clear)\b"
)
PAGES = [
    ("home", "/"),
    ("home-en", "/?lang=en"),
    ("search", "/search?q=strefa"),
    ("search-page2", "/search?q=strefa&offset=20"),
    ("timeline", "/timeline"),
    ("timeline-filtered", "/timeline?type=agreement&type=letter_of_intent&region=%C5%9Bl%C4%85skie"),
    ("network", "/network"),
    ("network-center", "/network?center=KSSE&depth=2"),
    ("map", "/map"),
    ("map-region", "/map?region=PL-24"),
    ("org", None),
    ("event", None),
    ("person", None),
    ("place", None),
    ("document", None),
    ("upload", "/upload"),
    ("corrections", "/corrections"),
    ("api", "/api/docs"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve(db: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kooperacja", "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(300):
        try:
            urllib.request.urlopen(url + "/api/stats", timeout=2).read()
            return proc, url
        except OSError:
            if proc.poll() is not None:
                raise SystemExit(
                    f"serve stopped: {proc.stderr.read().decode()[-500:] if proc.stderr else ''}"
                ) from None
            time.sleep(0.2)
    proc.terminate()
    raise SystemExit("serve did not answer in 60 s")


def first_links(base: str) -> dict[str, str]:
    """The pages of one organisation, event, person, place and document, found through the API."""
    import json

    def get(path: str) -> object:
        with urllib.request.urlopen(base + path, timeout=30) as r:
            return json.loads(r.read())

    out: dict[str, str] = {}
    for kind, q in (("organization", "KSSE"), ("place", "Katowice")):
        items = get(f"/api/search?q={q}&kind={kind}")["items"]  # type: ignore[index]
        if items:
            out[{"organization": "org"}.get(kind, kind)] = items[0]["url"]
    for item in get("/api/timeline?limit=500")["items"]:  # type: ignore[index]
        people = [p for p in item.get("participants", []) if p.get("type") == "person"]
        if people:
            out["person"] = (
                people[0].get("url") or f"/person/{people[0].get('entity_id', people[0].get('id'))}"
            )
            break
    ev = get("/api/timeline?limit=1")["items"]  # type: ignore[index]
    if ev:
        out["event"] = ev[0]["url"]
        detail = get(f"/api/event/{ev[0]['id']}")
        sources = detail["event"].get("sources") or []  # type: ignore[index]
        if sources:
            out["document"] = sources[0].get("url") or f"/doc/{sources[0]['doc_id']}"
        if "person" not in out:
            people = [p for p in detail["event"].get("participants", []) if p.get("type") == "person"]  # type: ignore[index]
            if people:
                out["person"] = people[0]["url"]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--db", required=True, help="a database (e.g. seeds + dev + dev2 ingested)")
    ap.add_argument("--out", default="screens", help="folder for the PNG files (default ./screens)")
    ap.add_argument("--widths", type=int, nargs="+", default=[1400, 390])
    ap.add_argument("--only", nargs="*", help="only the pages whose name holds one of these words")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    proc, base = serve(args.db)
    problems = 0
    try:
        links = first_links(base)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
            for width in args.widths:
                context = browser.new_context(viewport={"width": width, "height": 900}, base_url=base)
                pg = context.new_page()
                errors: list[str] = []
                pg.on("pageerror", lambda exc, errors=errors: errors.append(str(exc)))
                for name, url in PAGES:
                    if args.only and not any(w in name for w in args.only):
                        continue
                    url = url or links.get(name)
                    if not url:
                        print(f"{name}: no page found", file=sys.stderr)
                        continue
                    if "lang=" not in url:
                        url += ("&" if "?" in url else "?") + "lang=pl"
                    pg.goto(url)
                    if name.startswith("network"):
                        pg.wait_for_selector("#graph[data-ready]", timeout=30_000)
                    if name.startswith("map"):
                        pg.wait_for_selector("#map[data-ready]", timeout=30_000)
                    scroll = pg.evaluate("document.documentElement.scrollWidth")
                    path = out / f"{name}-{width}.png"
                    pg.screenshot(path=str(path), full_page=True)
                    notes = []
                    if scroll > width:
                        notes.append(f"scrolls sideways ({scroll} px): {pg.evaluate(WIDEST)}")
                    if not name.endswith("-en") and name != "api":
                        text = pg.inner_text("body")
                        left = sorted(set(ENGLISH.findall(text)))
                        if left:
                            notes.append(f"English left: {left}")
                    if errors:
                        notes.append(f"errors: {errors}")
                        errors.clear()
                    problems += bool(notes)
                    print(f"{path}  {url}" + ("".join("\n    " + n for n in notes)))
                context.close()
            browser.close()
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    print(f"{problems} pages with a problem")
    return 0


if __name__ == "__main__":
    sys.exit(main())
