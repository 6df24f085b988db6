"""The analytic views in a real browser (Chromium via Playwright against `kooperacja serve`): the map,
region filters, search paging and facets, timeline filters, CSV downloads, the two languages, the
partners block, and the phone layout. Screenshots go to test-artifacts/screenshots/."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator

import pytest

from .conftest import SCREENSHOTS, shot

pytestmark = pytest.mark.browser


def no_problems(pg: object) -> None:
    problems = list(pg.problems)  # type: ignore[attr-defined]
    assert not problems, problems


@pytest.fixture()
def phone(browser: object, server: str) -> Iterator[object]:
    """A page 390 px wide, like a phone held upright."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=server)  # type: ignore[attr-defined]
    pg = context.new_page()
    pg.problems = []  # type: ignore[attr-defined]
    pg.on("pageerror", lambda exc: pg.problems.append(f"pageerror: {exc}"))  # type: ignore[attr-defined]
    try:
        yield pg
    finally:
        context.close()


def test_map_shows_events_of_one_type_around_a_voivodeship_after_zooming(page: object) -> None:
    pg = page
    pg.goto("/map?type=visit&lang=pl")  # type: ignore[attr-defined]
    pg.wait_for_selector("#map[data-ready='1']")  # type: ignore[attr-defined]
    before = pg.evaluate("window.__kooperacjaMap.scale()")  # type: ignore[attr-defined]
    # zoom in on the Silesian voivodeship (its capital, Katowice), with the wheel
    pg.evaluate("window.__kooperacjaMap.zoomTo(50.26, 19.02, 1)")  # type: ignore[attr-defined]
    pg.locator("#map").scroll_into_view_if_needed()  # type: ignore[attr-defined]
    box = pg.locator("#map svg").bounding_box()  # type: ignore[attr-defined]
    pg.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # type: ignore[attr-defined]
    for _ in range(6):
        pg.mouse.wheel(0, -200)  # type: ignore[attr-defined]
        pg.wait_for_timeout(60)  # type: ignore[attr-defined]
    assert pg.evaluate("window.__kooperacjaMap.scale()") > 3 * before  # type: ignore[attr-defined]
    pg.uncheck("#show-orgs")  # type: ignore[attr-defined]
    visible = pg.evaluate("window.__kooperacjaMap.visible()")  # type: ignore[attr-defined]
    names = {m["name"] for m in visible}
    assert names and names <= {"Katowice", "Gliwice"}, names
    types = {e["type"] for m in visible for e in m["events"]}
    assert types == {"visit"}
    shot(pg, "11-map-visits-silesia")
    # a marker's popup lists its events with links
    pg.locator("#map svg .markers g circle").first.click()  # type: ignore[attr-defined]
    assert pg.locator("#map-popup a.popup-event").count() >= 1  # type: ignore[attr-defined]
    href = pg.locator("#map-popup a.popup-event").first.get_attribute("href")  # type: ignore[attr-defined]
    assert re.fullmatch(r"/event/\d+", href or "")
    # a region filter outlines its voivodeship
    pg.goto("/map?type=visit&region=%C5%9Bl%C4%85skie")  # type: ignore[attr-defined]
    pg.wait_for_selector("#map[data-ready='1']")  # type: ignore[attr-defined]
    chosen = pg.locator("#map svg path.voivodeship-chosen")  # type: ignore[attr-defined]
    assert chosen.count() == 1 and chosen.get_attribute("data-code") == "PL-24"
    no_problems(pg)


def test_region_filter_returns_the_towns_events(page: object) -> None:
    pg = page
    pg.goto("/timeline")  # type: ignore[attr-defined]
    pg.fill("form.filters input[name=region]", "województwo śląskie")  # type: ignore[attr-defined]
    pg.click("form.filters button[type=submit]")  # type: ignore[attr-defined]
    pg.wait_for_url(re.compile(r"region="))  # type: ignore[attr-defined]
    places = {t.strip() for t in pg.locator("#timeline .where a").all_inner_texts()}  # type: ignore[attr-defined]
    assert places == {"Katowice", "Gliwice", "Rybnik"}, places
    assert pg.locator(".chip", has_text="województwo śląskie").count() == 1  # type: ignore[attr-defined]
    shot(pg, "12-timeline-region")
    no_problems(pg)


def test_search_pages_past_the_first_with_facets_that_add_up(page: object) -> None:
    pg = page
    pg.goto("/search?q=strefa&limit=2")  # type: ignore[attr-defined]
    total = int(pg.locator("#result-count strong").inner_text().replace("\u00a0", "").replace(" ", ""))  # type: ignore[attr-defined]
    counts = [int(x) for x in pg.locator("#facet-kind .facet-n").all_inner_texts()]  # type: ignore[attr-defined]
    assert total > 2 and sum(counts) == total
    first = pg.locator("#hits li").all_inner_texts()  # type: ignore[attr-defined]
    pg.click("#next-page")  # type: ignore[attr-defined]
    pg.wait_for_url(re.compile(r"offset=2"))  # type: ignore[attr-defined]
    second = pg.locator("#hits li").all_inner_texts()  # type: ignore[attr-defined]
    assert second and second != first
    assert pg.locator("#hits").get_attribute("start") == "3"  # type: ignore[attr-defined]
    # a facet value narrows the list to exactly its count
    link = pg.locator("#facet-kind a.facet-value").first  # type: ignore[attr-defined]
    n = int(pg.locator("#facet-kind .facet-n").first.inner_text())  # type: ignore[attr-defined]
    link.click()
    pg.wait_for_url(re.compile(r"kind="))  # type: ignore[attr-defined]
    assert int(pg.locator("#result-count strong").inner_text()) == n  # type: ignore[attr-defined]
    assert pg.locator("#hits mark").count() + pg.locator("#hits li").count() > 0  # type: ignore[attr-defined]
    shot(pg, "13-search-facets")
    no_problems(pg)


def test_timeline_two_types_and_cluster_kind(page: object) -> None:
    pg = page
    pg.goto("/timeline")  # type: ignore[attr-defined]
    pg.check("form.filters input[name=type][value=agreement]")  # type: ignore[attr-defined]
    pg.check("form.filters input[name=type][value=letter_of_intent]")  # type: ignore[attr-defined]
    pg.check("form.filters input[name=kind][value=cluster]")  # type: ignore[attr-defined]
    pg.click("form.filters button[type=submit]")  # type: ignore[attr-defined]
    pg.wait_for_url(re.compile(r"kind=cluster"))  # type: ignore[attr-defined]
    assert pg.locator("#event-total strong").inner_text() == "2"  # type: ignore[attr-defined]
    kinds = pg.locator("#timeline a.evtype").all_inner_texts()  # type: ignore[attr-defined]
    assert sorted(kinds) == ["list intencyjny", "porozumienie"]
    dates = pg.locator("#timeline .date").all_inner_texts()  # type: ignore[attr-defined]
    assert dates == ["15 marca 2024", "14 lutego 2024"]  # newest first, Polish dates
    assert all(t.strip() for t in pg.locator("#timeline .what").all_inner_texts())  # type: ignore[attr-defined]
    assert pg.locator(".chip").count() == 3  # type: ignore[attr-defined]
    shot(pg, "14-timeline-two-types-cluster")
    # removing a chip drops that filter only
    pg.locator(".chip", has_text="list intencyjny").locator("a.chip-x").click()  # type: ignore[attr-defined]
    pg.wait_for_load_state()  # type: ignore[attr-defined]
    assert pg.locator("#event-total strong").inner_text() == "1"  # type: ignore[attr-defined]
    no_problems(pg)


def test_csv_download_has_the_page_total_rows(page: object) -> None:
    pg = page
    pg.goto("/timeline?since=2024")  # type: ignore[attr-defined]
    total = int(pg.locator("#event-total strong").inner_text())  # type: ignore[attr-defined]
    with pg.expect_download() as info:  # type: ignore[attr-defined]
        pg.click(".downloads a:text-is('CSV')")  # type: ignore[attr-defined]
    path = info.value.path()
    text = open(path, encoding="utf-8-sig").read()
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0][:3] == ["id", "date", "type"] and len(rows) - 1 == total
    with pg.expect_download() as info:  # type: ignore[attr-defined]
        pg.click(".downloads a:text-is('CSV (;)')")  # type: ignore[attr-defined]
    semi = list(csv.reader(io.StringIO(open(info.value.path(), encoding="utf-8-sig").read()), delimiter=";"))
    assert len(semi) - 1 == total
    no_problems(pg)


def test_polish_and_english_versions_of_a_page(page: object) -> None:
    pg = page
    pg.goto("/timeline")  # type: ignore[attr-defined]
    assert pg.locator("html").get_attribute("lang") == "pl"  # type: ignore[attr-defined]
    assert pg.locator("h1").inner_text() == "Oś czasu"  # type: ignore[attr-defined]
    shot(pg, "15-timeline-pl")
    pg.click(".langs a:text-is('EN')")  # type: ignore[attr-defined]
    pg.wait_for_url(re.compile(r"lang=en"))  # type: ignore[attr-defined]
    assert pg.locator("html").get_attribute("lang") == "en"  # type: ignore[attr-defined]
    assert pg.locator("h1").inner_text() == "Timeline"  # type: ignore[attr-defined]
    kinds = set(pg.locator("#timeline a.evtype").all_inner_texts())  # type: ignore[attr-defined]
    assert "letter of intent" in kinds and "list intencyjny" not in kinds
    assert pg.locator("#timeline .date").first.inner_text() == "May 3, 2024"  # type: ignore[attr-defined]
    shot(pg, "16-timeline-en")
    # remembered: the next page without ?lang is English too
    pg.goto("/search?q=KSSE")  # type: ignore[attr-defined]
    assert pg.locator("h1").inner_text() == "Search"  # type: ignore[attr-defined]
    pg.goto("/search?q=KSSE&lang=pl")  # type: ignore[attr-defined]
    assert pg.locator("h1").inner_text() == "Szukaj"  # type: ignore[attr-defined]
    no_problems(pg)


def test_partners_block(page: object) -> None:
    pg = page
    pg.goto("/search?q=Klaster Wodoru Beskidy&kind=organization")  # type: ignore[attr-defined]
    pg.locator("#hits a.hit-title").first.click()  # type: ignore[attr-defined]
    pg.wait_for_url(re.compile(r"/org/\d+"))  # type: ignore[attr-defined]
    block = pg.locator("#potential-partners")  # type: ignore[attr-defined]
    assert block.locator("h2").inner_text() == "Potencjalni partnerzy"
    items = block.locator("#partner-suggestions > li")
    assert items.count() >= 1
    names = [t.split("\n")[0] for t in items.all_inner_texts()]
    assert "Klaster Wodoru Beskidy" not in names[0]
    # a reason cites a past event with a link
    assert block.locator("a.cite").count() >= 1
    assert re.fullmatch(r"/event/\d+", block.locator("a.cite").first.get_attribute("href") or "")
    shot(pg, "17-org-partners")
    no_problems(pg)


def test_document_page_fits_a_phone(phone: object) -> None:
    pg = phone
    pg.goto("/doc/ksse-wuhan")  # type: ignore[attr-defined]
    width = pg.evaluate("document.documentElement.scrollWidth")  # type: ignore[attr-defined]
    assert width <= 390, width
    # one column: the names list sits below the text, not beside it
    text_box = pg.locator("#doc-text").bounding_box()  # type: ignore[attr-defined]
    aside_box = pg.locator(".doc-cols aside").bounding_box()  # type: ignore[attr-defined]
    assert aside_box["y"] >= text_box["y"] + text_box["height"] - 1
    shot(pg, "18-document-390")
    no_problems(pg)


PAGES = [
    ("home", "/"),
    ("search", "/search?q=strefa"),
    ("org", "/search?q=KSSE&kind=organization"),
    ("event", "/timeline?type=agreement"),
    ("document", "/doc/klaster-wizyta"),
    ("timeline", "/timeline"),
    ("network", "/network"),
    ("map", "/map"),
    ("upload", "/upload"),
    ("corrections", "/corrections"),
    ("api", "/api/docs"),
]


@pytest.mark.parametrize("width", [1400, 390])
def test_every_page_at_two_widths(browser: object, server: str, width: int) -> None:
    """Each page at a desktop and a phone width: no horizontal scroll on a phone; screenshots kept."""
    context = browser.new_context(viewport={"width": width, "height": 900}, base_url=server)  # type: ignore[attr-defined]
    pg = context.new_page()
    problems: list[str] = []
    pg.on("pageerror", lambda exc: problems.append(str(exc)))
    try:
        for name, url in PAGES:
            pg.goto(url)
            if name in ("org", "event"):  # follow the first result to the page itself
                pg.locator("#hits a.hit-title, #timeline a.evtype").first.click()
                pg.wait_for_load_state()
            if name == "network":
                pg.wait_for_selector("#graph[data-ready='1']")
            if name == "map":
                pg.wait_for_selector("#map[data-ready='1']")
            if width <= 400:
                scroll = pg.evaluate("document.documentElement.scrollWidth")
                assert scroll <= width, (name, scroll, pg.evaluate(WIDEST))
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            pg.screenshot(path=str(SCREENSHOTS / f"page-{name}-{width}.png"), full_page=True)
            # a person and a place page, from the event page's links
            if name == "event":
                person = pg.locator("#participants a").first.get_attribute("href")
                assert person
    finally:
        context.close()
    assert not problems, problems


WIDEST = """() => Array.from(document.querySelectorAll('body *'))
    .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
    .slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right))"""
