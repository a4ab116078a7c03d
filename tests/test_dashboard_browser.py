"""The dashboard in headless chromium on the demo data: the graph and the table render with the
API's counts, an edge shows its evidence, and a document full of HTML is shown as text with no
script run. Skips where chromium is absent (CI installs it: .ci/run)."""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from types import SimpleNamespace

import httpx
import pytest
from test_dashboard_cdp import READY, Browser, api, chromium_missing, load, run_demo, serving

from tacitus.api import create_app
from tacitus.pipeline import Pipeline
from tacitus.store import open_store

MISSING = chromium_missing()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(MISSING is not None, reason=f"browser test skipped: {MISSING}"),
]

SCRIPT = "<script>window.__xss = 1</script>"
IMG = '<img src=x onerror="window.__xss = 2">'
HOSTILE = {
    "id": "hostile-1",
    "title": f"Breaking {SCRIPT} news {IMG}",
    "outlet": f"Evil {IMG} Wire",
    "published": "2025-06-11",
    "url": "javascript:window.__xss = 3",
    "text": (
        f"Russia accused Iran of plotting {SCRIPT} attacks near Baghdad. "
        f'France threatened Iran with new sanctions {IMG} on Monday. "We will not accept '
        f'{SCRIPT} this," the French foreign minister said.'
    ),
}
# screenshots: $TACITUS_ARTIFACTS (e.g. tests/artifacts) or the temporary directory
ARTIFACTS = Path(os.environ.get("TACITUS_ARTIFACTS") or tempfile.gettempdir()) / "tacitus-dashboard"


@pytest.fixture(scope="module")
def site(
    tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline, demo_db: tuple[Path, str]
) -> Iterator[str]:
    made, told = demo_db
    db = tmp_path_factory.mktemp("dashboard") / "demo.duckdb"
    shutil.copy(made, db)  # this module writes to its store
    first = re.search(r"(\d+) documents \((\d+) new, 0 unchanged, 0 failed\)", told)
    assert first and first[1] == first[2] and int(first[1]) >= 100, "the demo ingest"
    again = run_demo(db, pipeline)  # a second demo run analyses nothing again
    assert f"{first[1]} documents (0 new, {first[1]} unchanged, 0 failed)" in again
    with open_store(db) as store:
        app = create_app(store, token="t", make_pipeline=lambda: pipeline)
        with serving(app) as base:
            posted = httpx.post(
                f"{base}/api/documents",
                json={"documents": [HOSTILE]},
                headers={"Authorization": "Bearer t"},
                timeout=120,
            )
            assert posted.status_code == 200, posted.text
            yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with Browser() as opened:
        yield opened


def test_graph_timeline_and_table_render_with_the_api_counts(site: str, browser: Browser) -> None:
    load(browser, f"{site}/")
    graph = api(site, "/api/dyads?top=30&group=actor&limit=400")
    events = api(site, "/api/events?limit=50")
    drawn = browser.evaluate(
        "JSON.stringify({nodes: state.cy.nodes().length, edges: state.cy.edges().length,"
        " box: document.getElementById('graph').dataset,"
        " rows: document.querySelectorAll('#events-table tbody tr').length,"
        " total: document.getElementById('events-table').dataset.total,"
        " bars: state.chart.data.datasets.length,"
        " days: state.chart.data.datasets[0].data.length,"
        " marks: document.querySelectorAll('#events-table mark.hl-trigger').length})"
    )
    found = json.loads(drawn)
    assert found["nodes"] == len(graph["nodes"]) > 10
    assert found["edges"] == len(graph["edges"]) > 10
    assert found["rows"] == len(events["items"]) == 50
    assert int(found["total"]) == events["total"] > 100
    span = api(site, "/api/timeline")["range"]
    days = (date.fromisoformat(span["until"]) - date.fromisoformat(span["since"])).days + 1
    assert found["bars"] == 4 and found["days"] == days  # one bar place per day of the range
    assert found["marks"] >= 45  # nearly every evidence sentence shows its trigger
    shot = browser.screenshot(ARTIFACTS / "dashboard.png")
    assert shot.stat().st_size > 10_000


def test_clicking_an_edge_shows_its_evidence(site: str, browser: Browser) -> None:
    load(browser, f"{site}/")
    edge = api(site, "/api/dyads?top=30&limit=1")["edges"][0]
    browser.evaluate(f"state.cy.getElementById({json.dumps(edge['id'])}).emit('tap'), true")
    shown = browser.wait_for(
        "document.getElementById('edge-events').dataset.edge &&"
        " document.querySelectorAll('#edge-events li').length"
    )
    expected = api(site, f"/api/events?source={edge['source']}&target={edge['target']}")
    assert shown == len(expected["items"])
    first = browser.evaluate("document.querySelector('#edge-events .evidence').textContent")
    assert first == expected["items"][0]["sentence"]


def test_filters_live_in_the_url(site: str, browser: Browser) -> None:
    load(browser, f"{site}/?type=ACCUSE&outlet=Meridian%20Wire")
    total = api(site, "/api/events?type=ACCUSE&outlet=Meridian%20Wire")["total"]
    assert browser.evaluate("document.getElementById('events-table').dataset.total") == str(total)
    assert browser.evaluate("document.querySelector('#filters [name=type]').value") == "ACCUSE"
    browser.evaluate(
        "document.querySelector('#filters [name=quad_class]').value = '3';"
        "document.querySelector('#filters [name=quad_class]').dispatchEvent(new Event('change'))"
    )
    browser.wait_for("location.search.includes('quad_class=3')")
    browser.wait_for(READY)
    assert "type=ACCUSE" in browser.evaluate("location.search")


def test_html_in_articles_is_shown_as_text_and_never_run(site: str, browser: Browser) -> None:
    load(browser, f"{site}/?text=plotting%20%3Cscript%3E")
    row = browser.evaluate("document.querySelector('#events-table tbody tr').textContent")
    assert SCRIPT in row
    load(browser, f"{site}/?view=document&doc=hostile-1")
    title = browser.evaluate("document.getElementById('doc-title').textContent")
    assert title == HOSTILE["title"]
    text = browser.evaluate("document.getElementById('doc-text').textContent")
    assert SCRIPT in text and IMG in text
    assert browser.evaluate("document.querySelectorAll('main img, main script').length") == 0
    assert browser.evaluate("document.querySelector('#doc-meta a')") is None  # javascript: URL
    load(browser, f"{site}/?view=quotes&text=accept")
    assert SCRIPT in browser.evaluate("document.getElementById('quotes').textContent")
    load(browser, f"{site}/?view=outlets")
    outlets = browser.evaluate("document.getElementById('outlets-table').textContent")
    assert f"Evil {IMG} Wire" in outlets
    load(browser, f"{site}/?view=stories&text=Breaking")  # the hostile document's story
    browser.evaluate("document.getElementById('singles').open = true, true")
    browser.wait_for("document.querySelectorAll('#singles-list li').length > 0")
    singles = browser.evaluate("document.getElementById('singles').textContent")
    assert f"Evil {IMG} Wire" in singles and f"Breaking {SCRIPT}" in singles
    browser.screenshot(ARTIFACTS / "dashboard-hostile.png")
    assert browser.evaluate("typeof window.__xss") == "undefined"
    ran = [m for m in browser.console() if "dialog" in m or "__xss" in m]
    assert ran == []


def test_map_draws_the_demo_events_places(site: str, browser: Browser) -> None:
    load(browser, f"{site}/?view=map")
    data = api(site, "/api/map")
    box = json.loads(browser.evaluate("JSON.stringify(document.getElementById('map').dataset)"))
    assert int(box["countries"]) == 177  # world-atlas 110m
    assert int(box["points"]) == len(data["points"]) > 5  # the demo's articles name places
    assert int(box["unlocated"]) == data["unlocated"]
    shown = browser.evaluate("document.querySelectorAll('#map circle.map-point').length")
    assert shown == len(data["points"])
    # a point's examples are shown as text: the hostile document's one where it is located
    hostile = [p for p in data["points"] if any(SCRIPT in e["sentence"] for e in p["examples"])]
    point = (hostile or data["points"])[0]
    where = ", ".join(v for v in (point["name"], point["admin1"], point["country"]) if v)
    browser.evaluate(
        "[...document.querySelectorAll('#map circle.map-point')].find((c) => c.querySelector"
        f"('title').textContent.startsWith({json.dumps(where + ' (' + point['precision'] + ')')}))"
        ".dispatchEvent(new MouseEvent('click')), true"
    )
    assert browser.wait_for("document.getElementById('place-events').dataset.place") == where
    text = browser.evaluate("document.getElementById('place-events').textContent")
    assert all(e["sentence"] in text for e in point["examples"])
    assert browser.evaluate("document.querySelectorAll('main img, main script').length") == 0
    browser.screenshot(ARTIFACTS / "dashboard-map-demo.png")
    assert browser.evaluate("typeof window.__xss") == "undefined"


def test_api_reference_renders_offline(site: str, browser: Browser) -> None:
    browser.navigate(f"{site}/docs")
    operations = browser.wait_for("document.querySelectorAll('.opblock').length >= 10 &&"
                                  " document.querySelectorAll('.opblock').length")  # fmt: skip
    assert operations == len([m for p in api(site, "/openapi.json")["paths"].values() for m in p])


def test_stories_from_the_stories_layer_render_as_text(
    site: str, browser: Browser, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where tacitus.stories has run, its stories and outlet comparison are drawn (as text)."""
    event = {"merged_id": "m1", "label": f"Russia → ACCUSE → {IMG}",
             "by_outlet": {f"Wire {SCRIPT}": [f"Russia accused {IMG}."]}}  # fmt: skip
    conflict = {"kind": "negation", "dyad": ["Russia", IMG],
                "a": {"merged_id": "m1", "label": event["label"], "outlets": ["Wire"],
                      "sentence": f"Russia accused {IMG}."},
                "b": {"merged_id": "m2", "label": "Russia → not ACCUSE", "outlets": ["Post"],
                      "sentence": f"Russia did not accuse {SCRIPT}."},
                "only_a": ["Wire"], "only_b": ["Post"]}  # fmt: skip
    layer = SimpleNamespace(
        list_stories=lambda store, f: [
            {"story_id": "s1", "title": f"Talks {SCRIPT}", "documents": 3}
        ],
        story=lambda store, story_id: {"story_id": story_id, "title": "Talks"},
        compare=lambda store, story_id: {
            "story": {"documents": 2},
            "outlets": [{"outlet": f"Wire {SCRIPT}", "documents": 1, "duplicates": 0,
                         "events": 1, "quotes": 0}],
            "events": [event], "quotes": [],
            "exclusive": {f"Wire {SCRIPT}": {"events": [event["label"]], "quotes": []}},
            "conflicts": [conflict],
        },
    )  # fmt: skip
    monkeypatch.setattr("tacitus.api.views.story_layer", layer)
    monkeypatch.setattr("tacitus.api.views.table_exists", lambda store, name: True)
    load(browser, f"{site}/?view=stories")
    assert browser.evaluate("document.querySelector('.story h3').textContent") == f"Talks {SCRIPT}"
    browser.evaluate("document.querySelector('.story button').click(), true")
    text = browser.wait_for("document.querySelector('.story-detail .comparison')?.textContent")
    assert f"Russia → ACCUSE → {IMG}" in text and f"Wire {SCRIPT}" in text
    assert f"Russia did not accuse {SCRIPT}." in text
    assert browser.evaluate("document.querySelectorAll('main img, main script').length") == 0
    assert browser.evaluate("typeof window.__xss") == "undefined"
