"""The dashboard's map in headless chromium (Debian's, over the DevTools protocol, as in
``test_dashboard_browser.py``) on a hand-made store with places: the countries are drawn, one
circle per point of ``/api/map`` with its quad class's colour and its precision's style, a
filter changes them, a point shows its place and sentences as text, and no request leaves
127.0.0.1. Skips where chromium is absent."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from map_data import XSS, make_located_store
from test_dashboard_cdp import READY, Browser, api, chromium_missing, load, serving

from tacitus.api import create_app

MISSING = chromium_missing()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(MISSING is not None, reason=f"browser test skipped: {MISSING}"),
]
ARTIFACTS = Path(os.environ.get("TACITUS_ARTIFACTS") or tempfile.gettempdir()) / "tacitus-dashboard"
# the quad classes' colours everywhere in the dashboard (app.js QUAD_COLOURS: timeline, map)
COLOURS = {"1": "#7fb77e", "2": "#2e7d32", "3": "#f0a04b", "4": "#c62828"}
COUNTRIES = 177  # world-atlas 2.0.2 countries-110m.json
POINTS = """JSON.stringify([...document.querySelectorAll('#map circle.map-point')].map((c) => ({
  quad: c.dataset.quad, precision: c.dataset.precision, total: Number(c.dataset.total),
  stroke: c.getAttribute('stroke'), fill: c.getAttribute('fill'),
  title: c.querySelector('title').textContent})))"""


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    db = tmp_path_factory.mktemp("map-site") / "map.duckdb"
    with make_located_store(db) as store, serving(create_app(store)) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with Browser() as opened:
        opened.send("Network.enable", session=True)
        yield opened


def dominant(counts: dict[str, int]) -> str:
    """The class with most events; a tie goes to the more conflictual class."""
    return max(counts, key=lambda q: (counts[q], int(q)))


def drawn(browser: Browser) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = json.loads(browser.evaluate(POINTS))
    return found


def expected(points: list[dict[str, Any]]) -> list[tuple[str, str, int]]:
    return sorted(
        (p["precision"], COLOURS[dominant(p["quad_classes"])], p["total"]) for p in points
    )


def test_countries_and_points_are_drawn_with_the_quad_class_colours(
    site: str, browser: Browser
) -> None:
    load(browser, f"{site}/?view=map")
    assert browser.evaluate("JSON.stringify(QUAD_COLOURS)") == json.dumps(
        COLOURS, separators=(",", ":")
    )
    countries = browser.evaluate("document.querySelectorAll('#map path.map-country').length")
    assert countries == COUNTRIES
    assert browser.evaluate("document.getElementById('map').dataset.countries") == str(COUNTRIES)
    # every country has a drawn outline (no empty path), Russia and Fiji across the antimeridian too
    empty = browser.evaluate("[...document.querySelectorAll('#map path.map-country')]"
                             ".filter((p) => !p.getAttribute('d')).length")  # fmt: skip
    assert empty == 0
    data = api(site, "/api/map?limit=2000")
    points = drawn(browser)
    assert len(points) == len(data["points"]) == 5
    assert sorted((p["precision"], p["stroke"], p["total"]) for p in points) == expected(
        data["points"]
    )
    for point in points:  # city: solid dot; admin1: a ring; country: a translucent disc
        assert point["fill"] == ("#ffffff" if point["precision"] == "admin1" else point["stroke"])
    assert {p["precision"] for p in points} == {"city", "admin1", "country"}
    box = browser.evaluate("JSON.stringify(document.getElementById('map').getBoundingClientRect())")
    assert json.loads(box)["width"] > 500
    caption = browser.evaluate("document.getElementById('map-count').textContent")
    assert "1 event without a place" in caption and "6 of 7 events" in caption
    assert browser.evaluate("TacitusMap.dominant({1: 2, 4: 2, 3: 1})") == 4
    shot = browser.screenshot(ARTIFACTS / "dashboard-map.png")
    assert shot.stat().st_size > 10_000


def test_a_filter_changes_the_points(site: str, browser: Browser) -> None:
    load(browser, f"{site}/?view=map&quad_class=3")
    data = api(site, "/api/map?quad_class=3")
    points = drawn(browser)
    assert len(points) == 3 and {p["stroke"] for p in points} == {COLOURS["3"]}
    assert sorted((p["precision"], p["stroke"], p["total"]) for p in points) == expected(
        data["points"]
    )
    # the filter bar's location country goes into the URL and the query like any filter
    browser.evaluate(
        "document.querySelector('#filters [name=quad_class]').value = '';"
        "document.querySelector('#filters [name=location_country]').value = 'irq';"
        "document.getElementById('filters').requestSubmit()"
    )
    browser.wait_for("location.search.includes('location_country=irq')")
    browser.wait_for(READY)
    assert "view=map" in browser.evaluate("location.search")
    assert "quad_class" not in browser.evaluate("location.search")
    data = api(site, "/api/map?location_country=irq")
    points = drawn(browser)
    assert len(points) == len(data["points"])
    assert sorted((p["precision"], p["stroke"], p["total"]) for p in points) == expected(
        data["points"]
    )
    load(browser, f"{site}/?view=map&outlet=Gulf%20Observer")
    assert [p["total"] for p in drawn(browser)] == [1, 1]  # Baghdad's 2 events: 1 in this outlet
    # near=LAT,LON,KM from the URL fills the filter bar and reaches the API
    everywhere = api(site, "/api/map")["points"]
    load(browser, f"{site}/?view=map&near=33.34,44.40,100")
    assert browser.evaluate("document.querySelector('#filters [name=near]').value") == (
        "33.34,44.40,100"
    )
    data = api(site, "/api/map?near=33.34,44.40,100")
    points = drawn(browser)
    assert 0 < len(points) == len(data["points"]) < len(everywhere)
    assert sorted((p["precision"], p["stroke"], p["total"]) for p in points) == expected(
        data["points"]
    )


def test_a_point_shows_its_place_and_sentences_as_text(site: str, browser: Browser) -> None:
    load(browser, f"{site}/?view=map")
    browser.evaluate(
        "[...document.querySelectorAll('#map circle.map-point')]"
        ".find((c) => c.querySelector('title').textContent.startsWith('Tehran'))"
        ".dispatchEvent(new MouseEvent('click', {bubbles: true})), true"
    )
    place = browser.wait_for("document.getElementById('place-events').dataset.place")
    assert place == f"Tehran {XSS}, IRN"
    text = browser.evaluate("document.getElementById('place-events').textContent")
    assert f"Russia accused Iran of {XSS} plotting" in text and "ACCUSE" in text
    assert browser.evaluate("document.querySelectorAll('main img, main script').length") == 0
    title = browser.evaluate(
        "[...document.querySelectorAll('#map circle.map-point title')]"
        ".map((t) => t.textContent).find((t) => t.startsWith('Tehran'))"
    )
    assert title == f"Tehran {XSS}, IRN (city): 1 event"
    link = browser.evaluate("document.querySelector('#place-events a.doc-link').dataset.doc")
    assert link == "sub/x.html"
    assert browser.evaluate("typeof window.__xss") == "undefined"


def test_pan_and_zoom(site: str, browser: Browser) -> None:
    load(browser, f"{site}/?view=map")
    before = browser.evaluate("document.querySelector('#map circle.map-point').getAttribute('r')")
    browser.evaluate("TacitusMap.zoom(state.map, 4, 480, 250), true")
    transform = browser.evaluate(
        "document.querySelector('#map .map-view').getAttribute('transform')"
    )
    assert "scale(4" in transform
    after = browser.evaluate("document.querySelector('#map circle.map-point').getAttribute('r')")
    assert float(after) == pytest.approx(float(before) / 2, abs=0.02)  # grows as √zoom on screen
    browser.evaluate(
        "document.querySelector('#map svg').dispatchEvent(new MouseEvent('dblclick')), true"
    )
    assert "scale(1" in browser.evaluate(
        "document.querySelector('#map .map-view').getAttribute('transform')"
    )


def test_no_request_leaves_the_server(site: str, browser: Browser) -> None:
    load(browser, f"{site}/?view=map")
    browser.evaluate("1")  # let the last events in
    urls = [
        e["params"]["request"]["url"]
        for e in browser.events
        if e.get("method") == "Network.requestWillBeSent"
    ]
    assert any(u.endswith("/static/vendor/world-atlas-2.0.2.countries-110m.json") for u in urls)
    assert any(u.endswith("/static/vendor/topojson-client-3.1.0.min.js") for u in urls)
    outside = [u for u in urls if not u.startswith(site + "/") and not u.startswith("data:")]
    assert outside == []
    errors = [m for m in browser.console() if m.startswith("exception")]
    assert errors == []
