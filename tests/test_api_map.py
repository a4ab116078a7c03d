"""GET /api/map: located events grouped by point, counts per quad class, events without a
place, the shared filters, the cap on points."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from map_data import XSS, located_corpus, make_located_store
from pydantic import TypeAdapter
from test_api import get

from tacitus.api import create_app
from tacitus.api.answer import RawJson
from tacitus.api.geo import map_points
from tacitus.store import Filters, Store, open_store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with make_located_store(tmp_path_factory.mktemp("map") / "map.duckdb") as opened:
        yield opened


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


def by_name(body: dict[str, Any]) -> dict[tuple[str, str], dict[str, Any]]:
    return {(p["name"], p["precision"]): p for p in body["points"]}


def test_points_with_counts_per_quad_class_and_events_without_a_place(client: TestClient) -> None:
    body = get(client, "/api/map")
    assert (body["total"], body["located"], body["unlocated"]) == (7, 6, 1)
    assert (body["points_total"], body["capped"], body["limit"]) == (5, False, 2000)
    assert body["quad_classes"]["4"] == "material conflict"
    first = body["points"][0]  # most events first
    assert (first["name"], first["precision"], first["total"]) == ("Baghdad", "city", 2)
    assert first["quad_classes"] == {"1": 0, "2": 2, "3": 0, "4": 0}
    assert (first["lat"], first["lon"], first["country"]) == (33.34058, 44.40088, "IRQ")
    points = by_name(body)
    assert set(points) == {("Baghdad", "city"), ("Moscow", "city"), ("Russia", "country"),
                           ("Nineveh", "admin1"), (f"Tehran {XSS}", "city")}  # fmt: skip
    # the same coordinates at another precision are another point
    assert points["Moscow", "city"]["quad_classes"]["3"] == 1
    assert points["Russia", "country"]["quad_classes"]["3"] == 1
    assert points["Nineveh", "admin1"]["admin1"] == "Nineveh"
    assert points["Nineveh", "admin1"]["quad_classes"] == {"1": 0, "2": 0, "3": 0, "4": 1}
    for point in body["points"]:
        assert sum(point["quad_classes"].values()) == point["total"]


def test_examples_are_the_latest_events_with_their_sentences(client: TestClient) -> None:
    baghdad = get(client, "/api/map?examples=3")["points"][0]
    examples = baghdad["examples"]
    assert [(e["doc_id"], e["date"]) for e in examples] == [
        ("b", "2025-03-11"),
        ("a", "2025-03-10"),
    ]
    assert examples[0]["sentence"] == "Iraq shared intelligence with Iran again."
    assert (examples[0]["source"], examples[0]["target"]) == ("Iraq", "Iran")
    assert (examples[0]["event_type"], examples[0]["quad_class"]) == ("COOPERATE", 2)
    assert examples[0]["outlet"] == "Gulf Observer" and examples[0]["event_id"]
    hostile = by_name(get(client, "/api/map"))[f"Tehran {XSS}", "city"]
    assert XSS in hostile["examples"][0]["sentence"]  # data, as it is: the page escapes it


@pytest.mark.parametrize("where", ["", "country=IRQ", "since=2025-01-01"])
def test_a_point_gives_its_latest_examples_one_by_default(client: TestClient, where: str) -> None:
    """Read from what ingest keeps (no filter) or grouped from the events (filtered), a point
    has the latest ``examples`` of its events: one by default, none, at most three."""
    latest = [("b", "2025-03-11"), ("a", "2025-03-10")]
    for asked, expected in ((None, latest[:1]), (0, []), (1, latest[:1]), (2, latest), (3, latest)):
        query = "&".join(q for q in (where, "" if asked is None else f"examples={asked}") if q)
        body = get(client, f"/api/map?{query}")
        baghdad = by_name(body)["Baghdad", "city"]
        assert [(e["doc_id"], e["date"]) for e in baghdad["examples"]] == expected, query
        assert body["examples"] == (1 if asked is None else asked)
        assert baghdad["total"] == 2  # the counts do not depend on the examples shown
    refused = client.get("/api/map?examples=4")
    assert refused.status_code == 400
    assert refused.json()["error"]["detail"][0]["parameter"] == "examples"


@pytest.mark.parametrize(
    ("query", "points", "unlocated"),
    [
        ("quad_class=3", {"Moscow", "Russia", f"Tehran {XSS}"}, 0),
        ("quad_class=1", set(), 1),
        ("country=IRQ", {"Baghdad", "Nineveh"}, 0),
        ("actor=country:USA", {"Moscow", "Russia"}, 1),
        ("type=COOPERATE,ASSAULT", {"Baghdad", "Nineveh"}, 0),
        ("since=2025-03-11&until=2025-03-12", {"Baghdad", f"Tehran {XSS}"}, 0),
        ("outlet=meridian%20wire", {"Baghdad", "Moscow", "Nineveh"}, 0),
        ("text=again", {"Baghdad"}, 0),
    ],
)
def test_the_shared_filters_apply(
    client: TestClient, query: str, points: set[str], unlocated: int
) -> None:
    body = get(client, f"/api/map?{query}")
    assert {p["name"] for p in body["points"]} == points
    assert body["unlocated"] == unlocated
    assert body["located"] == sum(p["total"] for p in body["points"])
    assert body["total"] == get(client, f"/api/events?{query}")["total"]


def test_the_place_filters_apply(client: TestClient) -> None:
    body = get(client, "/api/map?location_country=RUS")
    assert {(p["name"], p["precision"]) for p in body["points"]} == {
        ("Moscow", "city"), ("Russia", "country")}  # fmt: skip
    assert body["unlocated"] == 0  # an event without a place never matches a place filter
    near = get(client, "/api/map?near=33.3,44.4,50")
    assert [p["name"] for p in near["points"]] == ["Baghdad"]


def test_the_number_of_points_is_capped(client: TestClient) -> None:
    body = get(client, "/api/map?limit=2")
    assert [p["name"] for p in body["points"]] == ["Baghdad", "Moscow"]  # most events, then name
    assert (body["capped"], body["points_total"], body["located"]) == (True, 5, 6)
    empty = get(client, "/api/map?limit=0")
    assert (empty["points"], empty["capped"], empty["points_total"]) == ([], True, 5)
    assert get(client, "/api/map?limit=5")["capped"] is False
    error = get(client, "/api/map?limit=10001", status=400)["error"]
    assert error["code"] == "invalid_parameter"
    assert get(client, "/api/map?quad_class=9", status=400)["error"]["code"] == "invalid_parameter"


def test_a_store_without_places_has_no_points(tmp_path: Any) -> None:
    from test_api_data import make_store

    with make_store(tmp_path / "plain.duckdb") as plain:
        body = get(TestClient(create_app(plain)), "/api/map")
    assert (body["points"], body["points_total"], body["capped"]) == ([], 0, False)
    assert body["unlocated"] == body["total"] == 7


def test_the_map_files_are_served_from_the_package(client: TestClient) -> None:
    world = client.get("/static/vendor/world-atlas-2.0.2.countries-110m.json")
    assert world.status_code == 200 and "immutable" in world.headers["cache-control"]
    assert world.headers["content-type"].startswith("application/json")
    assert len(world.json()["objects"]["countries"]["geometries"]) == 177
    for name in ("topojson-client-3.1.0.min.js", "topojson-client-3.1.0.LICENSE",
                 "world-atlas-2.0.2.LICENSE"):  # fmt: skip
        assert client.get(f"/static/vendor/{name}").status_code == 200
    index = client.get("/").text
    assert '<script src="/static/vendor/topojson-client-3.1.0.min.js">' in index
    assert '<script src="/static/map.js">' in index and 'data-view="map"' in index


@pytest.mark.parametrize(
    "sentences",
    [
        ('He said "no" \\ to a/b, é 😀 \u2028' + " word" * 100, "Plain words."),
        ("A unit \x1f separator, a vertical \x0b tab and a \t tab.", 'A written "\\u000B".'),
    ],
)
def test_the_kept_examples_are_the_bytes_of_their_values(
    tmp_path: Any, sentences: tuple[str, str]
) -> None:
    """The unfiltered map's examples come as JSON text DuckDB writes (the sentence shortened
    there): the same bytes as their values written by orjson, and the same examples as the
    filtered map's; text DuckDB escapes otherwise (control characters in upper-case hex) is
    made from the values."""
    results = located_corpus()
    for result in results:
        for n, event in enumerate(result.events):
            if (result.document.doc_id, n) in {("a", 0), ("b", 1)}:  # Baghdad's two
                event.sentence = sentences[0] if result.document.doc_id == "a" else sentences[1]
    with open_store(tmp_path / "odd.duckdb") as odd:
        odd.write(results)
        client = TestClient(create_app(odd))
        answer = client.get("/api/map?examples=3")
        assert answer.content == TypeAdapter(Any).dump_json(json.loads(answer.content))
        kept = by_name(answer.json())["Baghdad", "city"]["examples"]
        grouped = by_name(get(client, "/api/map?examples=3&country=IRQ"))["Baghdad", "city"]
        assert kept == grouped["examples"]
        assert {len(e["sentence"]) for e in kept} <= set(range(401))
        written = [p["examples"] for p in map_points(odd, Filters(), 10, 3)["points"]]
        upper = any("\x1f" in s for s in sentences)
        assert all(isinstance(w, RawJson) for w in written) is not upper
