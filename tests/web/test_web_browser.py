"""The web app in a real browser: Debian's Chromium driven by Playwright against `kooperacja serve`."""

from __future__ import annotations

import re

import pytest

from .conftest import shot
from .corpus import HOSTILE_IMG, HOSTILE_SCRIPT

pytestmark = pytest.mark.browser


def no_problems(pg: object) -> None:
    problems = list(pg.problems)  # type: ignore[attr-defined]
    assert not problems, problems
    assert not pg.dialogs, pg.dialogs  # type: ignore[attr-defined]


def test_home_search_org_event(page: object) -> None:
    pg = page
    pg.goto("/")  # type: ignore[attr-defined]
    assert "kooperacja" in pg.title()  # type: ignore[attr-defined]
    counts = pg.locator(".count .n").all_inner_texts()  # type: ignore[attr-defined]
    assert counts and all(c.strip() for c in counts)
    assert pg.locator(".events li").count() > 0  # type: ignore[attr-defined]
    shot(pg, "01-home")

    box = pg.locator("form.bigsearch input[name=q]")  # type: ignore[attr-defined]
    box.fill("KSSE")
    box.press("Enter")
    pg.wait_for_url(re.compile(r"/search\?q=KSSE"))  # type: ignore[attr-defined]
    link = pg.locator("#hits .hit-organization a", has_text="Katowicka Specjalna Strefa Ekonomiczna").first  # type: ignore[attr-defined]
    assert link.is_visible()
    shot(pg, "02-search-ksse")

    link.click()
    pg.wait_for_url(re.compile(r"/org/\d+$"))  # type: ignore[attr-defined]
    assert pg.locator("#entity-name").inner_text() == "Katowicka Specjalna Strefa Ekonomiczna"  # type: ignore[attr-defined]
    assert "KSSE" in pg.locator(".aliases").inner_text()  # type: ignore[attr-defined]
    # partners ranked, the small network drawn
    assert pg.locator("#partners li").count() >= 3  # type: ignore[attr-defined]
    pg.wait_for_selector("#mini-graph[data-ready='1']")  # type: ignore[attr-defined]
    assert int(pg.locator("#mini-graph").get_attribute("data-node-count")) > 1  # type: ignore[attr-defined]
    shot(pg, "03-org-ksse")

    pg.locator("#org-events a.evtype", has_text="porozumienie").first.click()  # type: ignore[attr-defined]
    pg.wait_for_url(re.compile(r"/event/\d+$"))  # type: ignore[attr-defined]
    assert "porozumienie" in pg.locator(".kind").inner_text()  # type: ignore[attr-defined]
    marked = pg.locator("#sources blockquote.evidence mark").first.inner_text()  # type: ignore[attr-defined]
    assert "porozumienie o współpracy" in marked
    parts = pg.locator("#participants td").all_inner_texts()  # type: ignore[attr-defined]
    assert "Wuhan East Lake High-tech Development Zone" in parts
    shot(pg, "04-event-agreement")
    no_problems(pg)


def test_network_draws_and_opens_a_node(page: object) -> None:
    pg = page
    pg.goto("/network")  # type: ignore[attr-defined]
    pg.wait_for_selector("#graph[data-ready='1']")  # type: ignore[attr-defined]
    assert pg.locator("#graph canvas").count() > 0  # type: ignore[attr-defined]
    n = pg.evaluate("window.__kooperacjaGraph.nodes().length")  # type: ignore[attr-defined]
    assert n > 0
    assert int(pg.locator("#graph").get_attribute("data-node-count")) == n  # type: ignore[attr-defined]
    assert pg.evaluate("window.__kooperacjaGraph.edges().length") > 0  # type: ignore[attr-defined]
    shot(pg, "05-network")
    # click the node of KSSE: its page opens
    pos = pg.evaluate(  # type: ignore[attr-defined]
        """() => {
            const cy = window.__kooperacjaGraph;
            const node = cy.nodes().filter(n => n.data('label') === 'Katowicka Specjalna Strefa Ekonomiczna')[0];
            const p = node.renderedPosition();
            const box = cy.container().getBoundingClientRect();
            return {x: box.left + p.x, y: box.top + p.y, url: node.data('url')};
        }"""
    )
    pg.mouse.click(pos["x"], pos["y"])  # type: ignore[attr-defined]
    pg.wait_for_url(re.compile(re.escape(pos["url"]) + "$"))  # type: ignore[attr-defined]
    assert pg.locator("#entity-name").inner_text() == "Katowicka Specjalna Strefa Ekonomiczna"  # type: ignore[attr-defined]
    no_problems(pg)


def test_network_filters_live_in_the_url(page: object) -> None:
    pg = page
    pg.goto("/network")  # type: ignore[attr-defined]
    pg.select_option("form.filters select[name=type]", "investment")  # type: ignore[attr-defined]
    pg.click("form.filters button[type=submit]")  # type: ignore[attr-defined]
    pg.wait_for_url(re.compile(r"/network\?.*type=investment"))  # type: ignore[attr-defined]
    pg.wait_for_selector("#graph[data-ready='1']")  # type: ignore[attr-defined]
    names = pg.evaluate("window.__kooperacjaGraph.nodes().map(n => n.data('label'))")  # type: ignore[attr-defined]
    assert "LG Energy Solution" in names
    assert "Wuhan East Lake High-tech Development Zone" not in names
    no_problems(pg)


def test_map_draws_outlines_and_markers(page: object) -> None:
    pg = page
    pg.goto("/map")  # type: ignore[attr-defined]
    pg.wait_for_selector("#map[data-ready='1']")  # type: ignore[attr-defined]
    markers = pg.locator("#map svg .markers circle").count()  # type: ignore[attr-defined]
    assert markers > 0
    assert int(pg.locator("#map").get_attribute("data-marker-count")) == markers  # type: ignore[attr-defined]
    assert pg.locator("#map svg path.country").count() > 100  # type: ignore[attr-defined]
    assert pg.locator("#map svg path.country-pl").count() == 1  # type: ignore[attr-defined]
    # the 16 voivodeships outlined (Natural Earth, vendored), none chosen
    assert pg.locator("#map svg path.voivodeship").count() == 16  # type: ignore[attr-defined]
    assert pg.locator("#map").get_attribute("data-regions-drawn") == "16"  # type: ignore[attr-defined]
    assert pg.locator("#map svg path.voivodeship-chosen").count() == 0  # type: ignore[attr-defined]
    shot(pg, "06-map")
    no_problems(pg)


def test_timeline(page: object) -> None:
    pg = page
    pg.goto("/timeline")  # type: ignore[attr-defined]
    assert pg.locator("#timeline .period").count() >= 3  # type: ignore[attr-defined]
    assert pg.locator(".histogram rect").count() >= 2  # type: ignore[attr-defined]
    shot(pg, "08-timeline")
    no_problems(pg)


def test_hostile_document_renders_as_text(page: object) -> None:
    pg = page
    pg.goto("/doc/hostile")  # type: ignore[attr-defined]
    text = pg.locator("#doc-text").inner_text()  # type: ignore[attr-defined]
    assert HOSTILE_SCRIPT in text
    assert HOSTILE_IMG in text
    assert HOSTILE_SCRIPT in pg.locator("#doc-title").inner_text()  # type: ignore[attr-defined]
    assert pg.locator("img").count() == 0  # type: ignore[attr-defined]
    assert pg.locator("#doc-text script").count() == 0  # type: ignore[attr-defined]
    assert pg.locator("#doc-text mark").count() > 0  # type: ignore[attr-defined]
    shot(pg, "09-hostile-document")
    # the hostile organisation's name on other pages: the org page, the network, search
    pg.goto("/search?q=Firma")  # type: ignore[attr-defined]
    pg.goto("/network")  # type: ignore[attr-defined]
    pg.wait_for_selector("#graph[data-ready='1']")  # type: ignore[attr-defined]
    names = pg.evaluate("window.__kooperacjaGraph.nodes().map(n => n.data('label'))")  # type: ignore[attr-defined]
    assert any("onerror" in n for n in names)
    hostile_url = pg.evaluate(  # type: ignore[attr-defined]
        "window.__kooperacjaGraph.nodes().filter(n => n.data('label').includes('onerror'))[0].data('url')"
    )
    pg.goto(hostile_url)  # type: ignore[attr-defined]
    assert "onerror=alert(2)" in pg.locator("#entity-name").inner_text()  # type: ignore[attr-defined]
    assert pg.locator("img").count() == 0  # type: ignore[attr-defined]
    shot(pg, "10-hostile-org")
    no_problems(pg)
