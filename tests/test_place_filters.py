"""The place filters (``location_country``, ``near``) in the store's queries, the stories, the
HTTP API and the query commands, on a hand-made store (no model needed)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from store_data import IRQ, RUS, USA, country, event, result

from tacitus import open_store
from tacitus.api import create_app
from tacitus.cli import main
from tacitus.errors import ConfigError
from tacitus.places.filters import LocationFilter, parse_near
from tacitus.places.gazetteer import haversine_km
from tacitus.records import DocumentResult, Quote
from tacitus.store import Filters, Store
from tacitus.stories import list_stories, merged_events, update_stories

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

SYR = country("SYR", "Syria", "GOV")
ALEPPO = (36.20, 37.15)


def place(name: str, code: str, lat: float | None, lon: float | None) -> dict[str, Any]:
    return {"name": name, "country": code, "admin1": None, "lat": lat, "lon": lon,
            "geonames_id": None, "precision": "city" if lat is not None else "country"}  # fmt: skip


AT_ALEPPO = place("Aleppo", "SYR", *ALEPPO)
NORTH_10_KM = place("Tall Rifat", "SYR", 36.29, 37.15)  # 10 km north of Aleppo
EAST_200_KM = place("Maskanah", "SYR", 36.20, 39.38)  # 200 km east of Aleppo
BAGHDAD = place("Baghdad", "IRQ", 33.34, 44.40)
NO_POINT = place("Syria", "SYR", None, None)  # a country without coordinates


def located_corpus() -> list[DocumentResult]:
    """Three documents (dated weeks apart: three stories): events at Aleppo, 10 km and 200 km
    from it, in Baghdad, with a location without a point, and without a location."""
    a = "Russia supported Syria in Aleppo. Syria attacked Iraq north of Aleppo."
    b = "Syria threatened Iraq from the east. Iraq accused Syria."
    c = "Iraq consulted the United States in Baghdad. Russia accused the United States. Syria said so."
    return [
        result("a", a, [
            event("a", 0, "SUPPORT", RUS, SYR, "Russia supported Syria in Aleppo",
                  location=AT_ALEPPO),
            event("a", 1, "ASSAULT", SYR, IRQ, "Syria attacked Iraq north of Aleppo",
                  sentence_id=1, location=NORTH_10_KM),
        ], outlet="Levant Post", published="2025-05-01"),
        result("b", b, [
            event("b", 0, "THREATEN", SYR, IRQ, "Syria threatened Iraq from the east",
                  location=EAST_200_KM),
            event("b", 1, "ACCUSE", IRQ, SYR, "Iraq accused Syria", sentence_id=1,
                  location=NO_POINT),
        ], outlet="Gulf Observer", published="2025-05-12"),
        result("c", c, [
            event("c", 0, "CONSULT", IRQ, USA, "Iraq consulted the United States in Baghdad",
                  location=BAGHDAD),
            event("c", 1, "ACCUSE", RUS, USA, "Russia accused the United States",
                  sentence_id=1),
        ], outlet="Levant Post", published="2025-06-20",
           quotes=[Quote("q1", "c", "so", False, "said", SYR, 88, 90)]),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("places") / "p.duckdb"
    with open_store(path) as store:
        store.write(located_corpus())
        update_stories(store)
    return path


@pytest.fixture(scope="module")
def store(db: Path) -> Iterator[Store]:
    with open_store(db, read_only=True) as opened:
        yield opened


def events(store: Store, **filters: Any) -> list[str]:
    return [f"{e.doc_id}{e.sentence_id}" for e in store.events(Filters(**filters))]


def test_the_corpus_is_what_the_tests_say() -> None:
    def km(to: dict[str, Any]) -> float:
        return haversine_km(*ALEPPO, to["lat"], to["lon"])

    assert km(NORTH_10_KM) == pytest.approx(10, abs=0.5)
    assert km(EAST_200_KM) == pytest.approx(200, abs=1)


# -- the store -------------------------------------------------------------------------------


def test_events_by_location_country(store: Store) -> None:
    assert events(store) == ["a0", "a1", "b0", "b1", "c0", "c1"]
    # a location with a country but no point is in its country; c1 has no location at all
    assert events(store, location_country="syr") == ["a0", "a1", "b0", "b1"]
    assert events(store, location_country="IRQ") == ["c0"]
    assert events(store, location_country="FRA") == []
    # not the actors' country: Iraq acts in a1, b0, b1 and c0, but in Iraq only c0 happened
    assert events(store, location_country="IRQ", country="IRQ") == ["c0"]


def test_events_near_a_point(store: Store) -> None:
    lat, lon = ALEPPO
    assert events(store, near=(lat, lon, 50)) == ["a0", "a1"]  # 10 km in, 200 km out
    assert events(store, near=(lat, lon, 9)) == ["a0"]
    assert events(store, near=(lat, lon, 250)) == ["a0", "a1", "b0"]
    # the whole globe: every event with a point, never one without (SQL's least() skips NULLs)
    assert events(store, near=(lat, lon, 30000)) == ["a0", "a1", "b0", "c0"]
    assert events(store, near=(lat, lon, 250), location_country="IRQ") == []
    assert events(store, near=(lat, lon, 250), types=("THREATEN",)) == ["b0"]


@pytest.mark.parametrize("km", [0.5, 9.9, 10.2, 150, 199, 201, 700, 900, 20000])
@pytest.mark.parametrize("point", [ALEPPO, (33.3, 44.4), (-33.9, 151.2), (36.0, -179.9)])
def test_the_sql_distance_agrees_with_extract(
    store: Store, point: tuple[float, float], km: float
) -> None:
    """The store's SQL haversine keeps exactly what `tacitus extract --near` keeps."""
    where = LocationFilter(near=(*point, km))
    expected = [f"{e.doc_id}{e.sentence_id}" for e in store.events() if where(e.location)]
    assert events(store, near=(*point, km)) == expected


def test_views_built_on_events_follow_the_place(store: Store) -> None:
    near = (*ALEPPO, 50)
    dyads = store.dyads(Filters(near=near))
    pairs = {(d["source_key"], d["target_key"], d["events"]) for d in dyads}
    assert pairs == {("country:RUS", "country:SYR", 1), ("country:SYR", "country:IRQ", 1)}
    # actors: only those of located events, counted on those events (the USA is only mentioned
    # around Baghdad and in an unlocated event)
    found = {a["actor_key"]: a["events"] for a in store.actors(Filters(near=near))}
    assert found == {"country:RUS": 1, "country:SYR": 2, "country:IRQ": 1}
    in_iraq = {a["actor_key"]: a["events"] for a in store.actors(Filters(location_country="IRQ"))}
    assert in_iraq == {"country:IRQ": 1, "country:USA": 1}
    # documents with such an event, each with its own counts
    docs = store.documents(Filters(location_country="IRQ"))
    assert [(d["doc_id"], d["events"]) for d in docs] == [("c", 2)]
    assert [d["doc_id"] for d in store.documents(Filters(near=(*ALEPPO, 250)))] == ["a", "b"]
    assert [d["doc_id"] for d in store.documents(Filters(near=(0.0, 0.0, 100)))] == []


def test_quotes_are_not_filtered_by_place(store: Store) -> None:
    """Quotes have no place (docs/places.md): the place filters leave them as they are."""
    assert [q.quote_id for q in store.quotes(Filters(near=(0.0, 0.0, 1)))] == ["q1"]
    assert [q.quote_id for q in store.quotes(Filters(location_country="FRA"))] == ["q1"]


def test_stories_and_merged_events_by_place(store: Store) -> None:
    assert len(list_stories(store)) == 3
    [story] = list_stories(store, Filters(location_country="IRQ"))
    assert story["first_doc"] == "c"
    near = [s["first_doc"] for s in list_stories(store, Filters(near=(*ALEPPO, 250)))]
    assert sorted(near) == ["a", "b"]
    assert list_stories(store, Filters(near=(0.0, 0.0, 100))) == []
    merged = merged_events(store, Filters(near=(*ALEPPO, 50)))
    assert sorted(m["event_type"] for m in merged) == ["ASSAULT", "SUPPORT"]
    # both conditions on the same merged event: Syria's threat is 200 km away
    assert merged_events(store, Filters(near=(*ALEPPO, 50), types=("THREATEN",))) == []


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"location_country": "SY"},
         "location_country must be an ISO 3166-1 alpha-3 code (got 'SY')"),
        ({"near": (95.0, 0.0, 1.0)}, "near must be (lat, lon, km) with LAT within -90..90 and "
                                     "LON within -180..180 (got (95.0, 0.0, 1.0))"),
        ({"near": (1.0, 181.0, 1.0)}, "LON within -180..180"),
        ({"near": (1.0, 2.0, 0.0)}, "KM a finite number above 0"),
        ({"near": (1.0, 2.0, float("inf"))}, "KM a finite number above 0"),
        ({"near": (1.0, 2.0)}, "near must be (lat, lon, km) with three numbers"),
        ({"near": ("a", 2.0, 3.0)}, "three numbers"),
    ],
)  # fmt: skip
def test_bad_place_filters_are_config_errors(filters: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        Filters(**filters)
    assert message in str(caught.value)


def test_near_is_parsed_in_one_place() -> None:
    assert parse_near(" 36.2, 37.15 ,50") == (36.2, 37.15, 50.0)
    assert Filters(near=(36, 37, 5)).near == (36.0, 37.0, 5.0)
    for text in ("36.2,37.1", "36,37,5,1", "a,b,c", "", "36;37;5"):
        with pytest.raises(ConfigError, match=r"--near wants LAT,LON,KM \(got"):
            parse_near(text)
    with pytest.raises(ConfigError, match=r"^near wants LAT,LON,KM with KM"):
        parse_near("36,37,-5", option="near")


# -- the API ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


def total(client: TestClient, url: str) -> int:
    response = client.get(url)
    assert response.status_code == 200, response.text
    return int(response.json()["total"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", 6),
        ("location_country=SYR", 4),
        ("location_country=irq", 1),
        ("near=36.2,37.15,50", 2),
        ("near=36.2,%2037.15,%20250", 3),
        ("near=36.2,37.15,30000", 4),
        ("near=36.2,37.15,250&location_country=SYR", 3),
        ("near=36.2,37.15,250&type=ASSAULT", 1),
        ("near=&location_country=", 6),  # empty: no condition, as the dashboard's form sends
    ],
)
def test_api_events_by_place(client: TestClient, query: str, expected: int) -> None:
    assert total(client, f"/api/events?{query}") == expected
    assert total(client, f"/api/timeline?{query}") == expected


def test_api_views_by_place(client: TestClient) -> None:
    items = client.get("/api/events?near=36.2,37.15,50").json()["items"]
    assert [e["location"]["name"] for e in items] == ["Aleppo", "Tall Rifat"]
    graph = client.get("/api/dyads?near=36.2,37.15,50").json()
    assert graph["edges_total"] == 2
    assert {n["id"] for n in graph["nodes"]} == {"country:RUS", "country:SYR", "country:IRQ"}
    assert total(client, "/api/documents?location_country=IRQ") == 1
    assert total(client, "/api/actors?location_country=IRQ") == 2
    outlets = client.get("/api/outlets?location_country=SYR").json()["items"]
    assert {o["outlet"]: o["events"] for o in outlets} == {"Levant Post": 2, "Gulf Observer": 2}
    assert total(client, "/api/stories?near=36.2,37.15,250") == 2
    assert total(client, "/api/quotes?location_country=FRA") == 1  # quotes have no place


@pytest.mark.parametrize(
    ("query", "parameter", "problem"),
    [
        ("near=1,2", "near", "near wants LAT,LON,KM (got '1,2') (e.g. 36.2,37.1,50)"),
        ("near=1,2,x", "near", "near wants LAT,LON,KM (got '1,2,x')"),
        ("near=91,2,5", "near", "LAT within -90..90"),
        ("near=1,2,0", "near", "KM a finite number above 0"),
        ("near=nan,2,5", "near", "LAT within -90..90"),
        ("near=" + "1" * 101, "near", "at most 100 characters"),
        ("location_country=SY", "location_country", "pattern"),
        ("location_country=SYRIA", "location_country", "pattern"),
    ],
)
@pytest.mark.parametrize("path", ["/api/events", "/api/dyads", "/api/quotes", "/api/stories"])
def test_api_bad_place_filters_are_400(
    client: TestClient, path: str, query: str, parameter: str, problem: str
) -> None:
    response = client.get(f"{path}?{query}")
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["code"] == "invalid_parameter"
    assert [d["parameter"] for d in error["detail"]] == [parameter]
    assert problem in error["detail"][0]["problem"]


def test_openapi_documents_the_place_filters(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/events", "/api/dyads", "/api/timeline", "/api/quotes", "/api/stories",
                 "/api/outlets", "/api/documents", "/api/actors"):  # fmt: skip
        parameters = {p["name"]: p for p in spec["paths"][path]["get"]["parameters"]}
        assert "ISO 3166-1 alpha-3" in parameters["location_country"]["description"], path
        assert "LAT,LON,KM" in parameters["near"]["description"], path


# -- the commands ----------------------------------------------------------------------------


def run(*args: str) -> tuple[int, str, str]:
    outcome = CliRunner().invoke(main, list(args))
    return outcome.exit_code, outcome.stdout, outcome.stderr


def test_events_command_near_and_location_country(db: Path) -> None:
    code, out, err = run("events", "--db", str(db), "--near", "36.2,37.15,50", "--format", "jsonl")
    assert code == 0, err
    records = [json.loads(line) for line in out.splitlines()]
    assert [r["location"]["name"] for r in records] == ["Aleppo", "Tall Rifat"]
    code, out, _ = run("events", "--db", str(db), "--location-country", "irq", "--format", "jsonl")
    assert code == 0 and out.count("\n") == 1 and '"Baghdad"' in out
    # CSV carries the place too
    code, out, _ = run("events", "--db", str(db), "--near", "36.2,37.15,50", "--format", "csv")
    assert code == 0
    table = list(csv.DictReader(io.StringIO(out)))
    assert [(r["location.name"], r["location.country"], r["location.precision"]) for r in table] == [
        ("Aleppo", "SYR", "city"), ("Tall Rifat", "SYR", "city")]  # fmt: skip
    assert all(float(r["location.lat"]) and float(r["location.lon"]) for r in table)


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("--near", "36.2,37.1", "Error: --near wants LAT,LON,KM (got '36.2,37.1') "
                                "(e.g. 36.2,37.1,50)\n"),
        ("--near", "36.2,37.1,0", "Error: --near wants LAT,LON,KM with KM a finite number "
                                  "above 0 (got '36.2,37.1,0') (e.g. 36.2,37.1,50)\n"),
        ("--location-country", "SY", "Error: --location-country wants an ISO 3166-1 alpha-3 "
                                     "code (got 'SY') (e.g. SYR, USA, FRA)\n"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("command", ["events", "actors", "dyads", "documents", "stories"])
def test_malformed_place_options_exit_2(
    db: Path, command: str, option: str, value: str, message: str
) -> None:
    code, out, err = run(command, "--db", str(db), option, value)
    assert (code, out, err) == (2, "", message)


def test_other_commands_take_the_place_too(db: Path) -> None:
    def rows(*args: str) -> list[str]:
        code, out, err = run(*args, "--db", str(db), "--format", "csv")
        assert code == 0, err
        return [line.split(",")[0] for line in out.splitlines()[1:]]

    assert rows("documents", "--location-country", "IRQ") == ["c"]
    assert rows("actors", "--near", "33.3,44.4,20") == ["country:IRQ", "country:USA"]
    assert len(rows("dyads", "--near", "36.2,37.15,50")) == 2
    assert len(rows("stories", "--near", "36.2,37.15,250")) == 2


@pytest.mark.parametrize("command", ["events", "actors", "dyads", "documents", "stories"])
def test_help_lists_the_place_options(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0 and "--location-country ISO3" in out and "--near LAT,LON,KM" in out
