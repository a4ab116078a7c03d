"""What an analyst sees, in headless chromium, on the demo store (the sample corpora, the
newsroom corpus among them, through the real pipeline): a network of the most active actors
with legible labels, folded into states on request, whose edges show their own evidence; a
timeline on a time axis over the bulk of the events with the distant dates listed apart;
stories with several outlets first and their outlet comparison; documents in paragraphs; the
actor filter by name. Every view is photographed into ``$TACITUS_ARTIFACTS/tacitus-dashboard``
(default: the temporary directory). Skips where chromium is absent."""

from __future__ import annotations

import json
import os
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from test_dashboard_cdp import READY, Browser, api, chromium_missing, load, serving

from tacitus.api import create_app
from tacitus.store import open_store

MISSING = chromium_missing()
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(MISSING is not None, reason=f"browser test skipped: {MISSING}"),
]
ARTIFACTS = Path(os.environ.get("TACITUS_ARTIFACTS") or tempfile.gettempdir()) / "tacitus-dashboard"
DAY_MS = 86_400_000


@pytest.fixture(scope="module")
def site(demo_db: tuple[Path, str]) -> Iterator[str]:
    with open_store(demo_db[0], read_only=True) as store, serving(create_app(store)) as base:
        yield base


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with Browser() as opened:
        yield opened


def page(browser: Browser, expression: str) -> Any:
    return json.loads(browser.evaluate(f"JSON.stringify({expression})"))


def shoot(browser: Browser, name: str) -> None:
    """The whole page, beyond the window too."""
    data = browser.send("Page.captureScreenshot", session=True, format="png",
                        captureBeyondViewport=True)["data"]  # fmt: skip
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    import base64

    (ARTIFACTS / f"{name}.png").write_bytes(base64.b64decode(data))


LABELS = """(() => {
  const boxes = state.cy.nodes().map((n) => n.renderedBoundingBox({includeLabels: true, includeNodes: false}));
  let overlaps = 0;
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2) overlaps++;
  }
  const w = state.cy.width(), h = state.cy.height();
  return {nodes: state.cy.nodes().map((n) => n.id()), edges: state.cy.edges().length, overlaps,
          sizes: state.cy.nodes().map((n) => parseFloat(n.renderedStyle('font-size'))),
          outside: boxes.filter((b) => b.x1 < 0 || b.y1 < 0 || b.x2 > w || b.y2 > h).length};
})()"""


def test_the_network_shows_the_most_active_actors_with_legible_labels(
    site: str, browser: Browser
) -> None:
    load(browser, f"{site}/")
    graph = api(site, "/api/dyads?top=30&group=actor&limit=400")
    drawn = page(browser, LABELS)
    assert drawn["nodes"] == [n["id"] for n in graph["nodes"]] and len(drawn["nodes"]) == 30
    assert graph["nodes_total"] > 100 and drawn["edges"] == len(graph["edges"])
    assert min(drawn["sizes"]) >= 11  # pixels on screen, at the zoom that shows it all
    assert drawn["outside"] == 0  # every label inside the box
    pairs = len(drawn["nodes"]) * (len(drawn["nodes"]) - 1) / 2
    assert drawn["overlaps"] <= 0.03 * pairs, drawn["overlaps"]
    shoot(browser, "view-network")
    browser.evaluate("document.getElementById('graph-more').click(), true")
    browser.wait_for("document.getElementById('graph').dataset.top === '60' && " + READY)
    more = page(browser, LABELS)
    assert len(more["nodes"]) == 60 and min(more["sizes"]) >= 11 and more["outside"] == 0
    assert "top=60" in browser.evaluate("location.search")


def test_actors_fold_into_their_states(site: str, browser: Browser) -> None:
    load(browser, f"{site}/")
    browser.evaluate("document.getElementById('graph-fold').click(), true")
    browser.wait_for("document.getElementById('graph').dataset.group === 'state' && " + READY)
    folded = api(site, "/api/dyads?top=30&group=state&limit=400")
    drawn = page(browser, LABELS)
    assert drawn["nodes"] == [n["id"] for n in folded["nodes"]]
    assert "country:RUS" in drawn["nodes"] and "person:vladimir-putin" not in drawn["nodes"]
    assert not any(n.startswith("person:") for n in drawn["nodes"])
    caption = browser.evaluate("document.getElementById('graph-count').textContent")
    assert f"{folded['internal']} events within one state" in caption
    assert min(drawn["sizes"]) >= 11
    shoot(browser, "view-network-states")


def _edges(site: str) -> list[dict[str, Any]]:
    edges: list[dict[str, Any]] = api(site, "/api/dyads?top=30&group=actor&limit=400")["edges"]
    return edges


def test_a_click_shows_that_edge_even_when_answers_cross(site: str, browser: Browser) -> None:
    load(browser, f"{site}/")
    first, second = _edges(site)[:2]
    # the first edge's answer is held back: it arrives after the second's
    browser.evaluate(
        "(() => { const fetched = window.fetch;"
        f" const slow = 'source=' + encodeURIComponent({json.dumps(first['source'])});"
        " window.fetch = (url, options) => String(url).includes(slow)"
        "   ? new Promise((r) => setTimeout(r, 1200)).then(() => fetched(url, options))"
        "   : fetched(url, options); return true; })()"
    )
    for edge in (first, second):
        browser.evaluate(f"state.cy.getElementById({json.dumps(edge['id'])}).emit('tap'), true")
    browser.wait_for("document.getElementById('edge-events').dataset.state === 'shown'")
    time.sleep(1.6)  # the held-back answer has come in by now
    shown = page(browser, "document.getElementById('edge-events').dataset")
    assert shown["edge"] == second["id"]
    expected = api(site, f"/api/events?source={quote(second['source'])}"
                         f"&target={quote(second['target'])}&limit=50")  # fmt: skip
    sentences = page(browser, "[...document.querySelectorAll('#edge-events .evidence')]"
                              ".map((e) => e.textContent)")  # fmt: skip
    assert sentences == [e["sentence"] for e in expected["items"]]
    selected = page(browser, "state.cy.edges(':selected').map((e) => e.id())")
    assert selected == [second["id"]]
    shoot(browser, "view-evidence")


def test_a_filter_change_leaves_no_stale_edge(site: str, browser: Browser) -> None:
    load(browser, f"{site}/")
    edge = _edges(site)[0]
    browser.evaluate(f"state.cy.getElementById({json.dumps(edge['id'])}).emit('tap'), true")
    browser.wait_for("document.getElementById('edge-events').dataset.state === 'shown'")
    pair = f"source={quote(edge['source'])}&target={quote(edge['target'])}"
    # an outlet that never reported this pair: the edge is gone under that filter
    outlets = [o["outlet"] for o in api(site, "/api/outlets")["items"] if o["outlet"]]
    absent = next(o for o in outlets if api(site, f"/api/events?{pair}&outlet={quote(o)}")[
        "total"] == 0)  # fmt: skip
    browser.evaluate(
        "(() => { const s = document.querySelector('#filters [name=outlet]');"
        f" s.value = {json.dumps(absent)}; s.dispatchEvent(new Event('change')); return true; }})()"
    )
    browser.wait_for("document.getElementById('edge-events').dataset.state === 'gone'")
    panel = page(browser, "{items: document.querySelectorAll('#edge-events li').length,"
                          " text: document.getElementById('edge-events').textContent}")  # fmt: skip
    assert panel["items"] == 0 and "no events of this pair" in panel["text"]
    # an outlet that did: the same pair, with that outlet's events only
    present = next(o for o in outlets if api(site, f"/api/events?{pair}&outlet={quote(o)}")[
        "total"] > 0)  # fmt: skip
    browser.evaluate(
        "(() => { const s = document.querySelector('#filters [name=outlet]');"
        f" s.value = {json.dumps(present)}; s.dispatchEvent(new Event('change')); return true; }})()"
    )
    browser.wait_for("document.getElementById('edge-events').dataset.state === 'shown'")
    expected = api(site, f"/api/events?{pair}&outlet={quote(present)}&limit=50")
    outlets_shown = page(browser, "[...document.querySelectorAll('#edge-events li')].length")
    assert outlets_shown == len(expected["items"]) > 0


def test_the_timeline_is_a_time_axis_over_the_bulk_of_the_events(
    site: str, browser: Browser
) -> None:
    load(browser, f"{site}/")
    data = api(site, "/api/timeline")
    since, until = data["range"]["since"], data["range"]["until"]
    chart = page(
        browser,
        """{type: state.chart.options.scales.x.type,
        min: state.chart.scales.x.min, max: state.chart.scales.x.max,
        xs: state.chart.data.datasets.flatMap((d) => d.data.filter((p) => p.y).map((p) => p.x)),
        drawn: state.chart.data.datasets.reduce((n, d) => n + d.data.reduce((m, p) => m + p.y, 0), 0),
        ticks: state.chart.scales.x.ticks.map((t) => state.chart.scales.x.getLabelForValue ? t.label : ''),
        box: document.getElementById('timeline').dataset}""",
    )
    assert chart["type"] == "linear"  # a time axis: days as numbers, not categories
    to_ms = browser.evaluate  # the browser's own date arithmetic, as the page does it
    first, last = (
        to_ms(f"Date.parse('{since}T00:00:00Z')"),
        to_ms(f"Date.parse('{until}T00:00:00Z')"),
    )
    assert chart["min"] == first - DAY_MS / 2 and chart["max"] == last + DAY_MS / 2
    assert all(first <= x <= last for x in chart["xs"])
    outside = data["outside"]
    assert outside["total"] > 5 and outside["days"][0]["day"] < "2000"  # 1950, 1962, ...
    assert chart["drawn"] == data["total"] - data["undated"] - outside["total"]
    assert (chart["box"]["since"], chart["box"]["until"]) == (since, until)
    assert (last - first) / DAY_MS < 366  # the bulk, not 1950 to 2026
    listed = page(browser, "[...document.querySelectorAll('#timeline-outside li')].map((li) =>"
                           " li.dataset.day)")  # fmt: skip
    assert listed == [e["day"] for e in outside["events"]]
    summary = browser.evaluate("document.querySelector('#timeline-outside summary').textContent")
    assert summary.startswith(f"{outside['total']} events dated far outside the range")
    assert all(label for label in chart["ticks"])
    browser.evaluate("document.getElementById('timeline-outside').open = true, true")
    shoot(browser, "view-overview")
    # a country's events: still the bulk of its days
    load(browser, f"{site}/?country=RUS")
    russia = api(site, "/api/timeline?country=RUS")["range"]
    assert page(browser, "document.getElementById('timeline').dataset.since") == russia["since"]


def test_stories_with_several_outlets_first_single_articles_folded(
    site: str, browser: Browser
) -> None:
    load(browser, f"{site}/?view=stories")
    several = api(site, "/api/stories?sort=outlets&min_articles=2&limit=20")
    single = api(site, "/api/stories?max_articles=1&limit=0")
    cards = page(
        browser, "[...document.querySelectorAll('#stories .story')].map((c) => c.dataset.story)"
    )
    assert cards == [s["story_id"] for s in several["items"]] and len(cards) > 10
    outlets = [s["outlets"] for s in several["items"]]
    assert outlets == sorted(outlets, reverse=True) and outlets[0] >= 4
    lines = page(browser, "[...document.querySelectorAll('#stories .story p.muted')]"
                          ".map((p) => p.textContent)")  # fmt: skip
    copied = [(s, line) for s, line in zip(several["items"], lines, strict=True) if s["copies"]]
    assert copied  # the newsroom corpus has agency copy: its stories say how many sources are own
    for story, line in copied:
        independent = "source" if story["independent"] == 1 else "sources"
        assert f"{story['independent']} independent {independent} (" in line
        assert all(agency in line for agency in story["agencies"])
    fold = page(browser, "{open: document.getElementById('singles').open,"
                         " total: document.getElementById('singles').dataset.total,"
                         " top: document.getElementById('singles').getBoundingClientRect().top + scrollY,"
                         " link: document.getElementById('to-outlets').getBoundingClientRect().top + scrollY}")  # fmt: skip
    assert fold["open"] is False and int(fold["total"]) == single["total"] > 20
    assert fold["top"] < 4000 and fold["link"] < 400  # the outlets within reach, not 11,000 px down
    shoot(browser, "view-stories")
    browser.evaluate("document.getElementById('singles').open = true, true")
    browser.wait_for("document.querySelectorAll('#singles-list li').length === 20")
    browser.evaluate("document.getElementById('to-outlets').click(), true")
    browser.wait_for("location.search.includes('view=outlets') && " + READY)
    rows = browser.evaluate("document.querySelectorAll('#outlets-table tbody tr').length")
    assert rows == api(site, "/api/outlets")["total"] >= 10
    shoot(browser, "view-outlets")


def test_the_comparison_shows_outlets_side_by_side_with_sentences(
    site: str, browser: Browser
) -> None:
    load(browser, f"{site}/?view=stories")
    story = api(site, "/api/stories?sort=outlets&min_articles=2&limit=1")["items"][0]
    compared = api(site, f"/api/stories/{story['story_id']}")["comparison"]
    browser.evaluate(
        f"document.querySelector('.story[data-story={json.dumps(story['story_id'])}] button')"
        ".click(), true"
    )
    browser.wait_for("!!document.querySelector('.story-detail .comparison')")
    shown = page(
        browser,
        """(() => { const c = document.querySelector('.comparison');
      const grid = c.querySelector('table.matrix-events');
      return {outlets: [...grid.querySelectorAll('th.outlet')].map((t) => t.textContent),
              rows: [...grid.querySelectorAll('tbody tr')].map((r) => ({
                label: r.querySelector('.item-label').textContent,
                marks: [...r.querySelectorAll('td.mark')].map((t) => t.title)})),
              quotes: c.querySelectorAll('table.matrix-quotes tbody tr').length,
              only: [...c.querySelectorAll('details.exclusive')].map((d) => d.dataset.outlet),
              conflicts: c.querySelectorAll('li.conflict').length,
              text: c.textContent}; })()""",
    )
    outlets = [o["outlet"] for o in compared["outlets"]]
    assert shown["outlets"] == outlets and len(outlets) >= 4
    events = compared["events"][: len(shown["rows"])]
    assert len(shown["rows"]) == min(25, len(compared["events"]))
    for row, event in zip(shown["rows"], events, strict=True):
        assert row["label"] == event["label"]  # with the actors' names (↔ when reciprocal)
        assert "→" in row["label"] or "↔" in row["label"]
        assert row["marks"] == [event["by_outlet"][o][0] if o in event["by_outlet"] else ""
                                for o in outlets]  # fmt: skip
    assert shown["quotes"] == min(25, len(compared["quotes"]))
    assert shown["only"] == [
        o for o, k in compared["exclusive"].items() if k["events"] or k["quotes"]
    ]
    assert shown["conflicts"] == len(compared["conflicts"])
    for conflict in compared["conflicts"]:
        assert (
            conflict["a"]["sentence"] in shown["text"]
            and conflict["b"]["sentence"] in shown["text"]
        )
    assert '{"' not in shown["text"] and "merged_id" not in shown["text"]  # no raw dump
    shoot(browser, "view-compare")


def test_documents_keep_their_paragraphs(site: str, browser: Browser) -> None:
    doc = api(site, "/api/documents/cd-20251104-trump-touts-istanbul")
    assert "\n\n" not in doc["text"]  # an outlet whose paragraphs are single lines
    load(browser, f"{site}/?view=document&doc=cd-20251104-trump-touts-istanbul")
    paragraphs = page(
        browser, "[...document.querySelectorAll('#doc-text p')].map((p) => p.textContent)"
    )
    assert paragraphs == [line for line in doc["text"].split("\n") if line.strip()]
    shoot(browser, "view-document")
    load(browser, f"{site}/?view=document&doc=ns-20251104-istanbul-analysis")
    blank = api(site, "/api/documents/ns-20251104-istanbul-analysis")["text"].split("\n\n")
    assert browser.evaluate("document.querySelectorAll('#doc-text p').length") == len(blank)


def test_the_actor_filter_takes_names_and_says_when_nothing_matches(
    site: str, browser: Browser
) -> None:
    load(browser, f"{site}/?actor=Putin")
    putin = api(site, "/api/events?actor=Putin")["total"]
    assert putin > 5
    assert browser.evaluate("document.getElementById('events-table').dataset.total") == str(putin)
    notice = page(browser, "document.getElementById('actor-match').dataset")
    assert notice["state"] == "matched" and "person:vladimir-putin" in notice["keys"].split()
    load(browser, f"{site}/?actor=Trump")
    keys = page(browser, "document.getElementById('actor-match').dataset.keys").split()
    assert {"person:donald-trump", "person:donald-trump-jr", "person:melania-trump"} <= set(keys)
    trump = api(site, "/api/events?actor=Trump")["total"]
    assert browser.evaluate("document.getElementById('events-table').dataset.total") == str(trump)
    assert trump > api(site, "/api/events?actor=person:donald-trump")["total"]
    shoot(browser, "view-actor-trump")
    load(browser, f"{site}/?actor=Putn")
    told = page(browser, "{state: document.getElementById('actor-match').dataset.state,"
                         " text: document.getElementById('actor-match').textContent,"
                         " links: [...document.querySelectorAll('#actor-match a')].map((a) =>"
                         " a.dataset.key)}")  # fmt: skip
    assert told["state"] == "nomatch" and told["text"].startswith("No actor matches “Putn”.")
    assert told["links"][0] == "person:vladimir-putin"
    shoot(browser, "view-actor-nomatch")
    browser.evaluate("document.querySelector('#actor-match a').click(), true")
    browser.wait_for("location.search.includes('actor=person%3Avladimir-putin') && " + READY)
    assert browser.evaluate("document.getElementById('actor-match').hidden") is True
    # suggestions as one types
    browser.evaluate(
        "(() => { const i = document.querySelector('#filters [name=actor]'); i.value = 'Tru';"
        " i.dispatchEvent(new Event('input')); return true; })()"
    )
    browser.wait_for("document.getElementById('actor-list').dataset.query === 'Tru'")
    options = page(
        browser, "[...document.querySelectorAll('#actor-list option')].map((o) => o.value)"
    )
    suggested = api(site, "/api/actors?q=Tru&limit=10")["items"]
    assert options == [a["actor_key"] for a in suggested] and options[0] == "person:donald-trump"


def test_the_other_views_render(site: str, browser: Browser) -> None:
    for view in ("quotes", "map"):
        load(browser, f"{site}/?view={view}")
        shoot(browser, f"view-{view}")
    assert browser.evaluate("document.querySelectorAll('#map circle.map-point').length") > 20
