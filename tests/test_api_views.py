"""What the dashboard's views ask of the API: the network of the most active actors, folded
into states; the timeline's range and what lies far outside it; stories with several outlets
first, single-article ones apart."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from test_api_data import IRQ, RUS, USA, make_store, result

from tacitus.api import create_app
from tacitus.api.timeline import bulk
from tacitus.records import Actor
from tacitus.store import Store, open_store
from tacitus.stories import update_stories

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

PUTIN = Actor(text="Putin", name="Vladimir Putin", actor_id="person:vladimir-putin",
              country="RUS", sector="GOV", reason="test")  # fmt: skip
ARMY = Actor(text="Russian troops", country="RUS", sector="MIL", reason="test")  # RUS:MIL
UN = Actor(text="the UN", name="United Nations", actor_id="igo:UN", country="IGO",
           sector="IGO", reason="test")  # fmt: skip
UKR = Actor(text="Ukraine", name="Ukraine", actor_id="country:UKR", country="UKR",
            reason="test")  # fmt: skip


def network() -> list:  # type: ignore[type-arg]
    return [
        result("n1", "Putin accused the United States. Russian troops attacked Ukraine.",
               "Wire", "2025-03-10",
               [("ACCUSE", PUTIN, USA, "accused", None), ("ASSAULT", ARMY, UKR, "attacked", None)]),
        result("n2", "Russia threatened the United States. The UN consulted Russia. "
               "Putin consulted Russian troops.", "Post", "2025-03-11",
               [("THREATEN", RUS, USA, "threatened", None), ("CONSULT", UN, RUS, "consulted", None),
                ("CONSULT", PUTIN, ARMY, "consulted Russian", None)]),
        result("n3", "Russia attacked Ukraine. Ukraine accused Russia. Iraq consulted the UN.",
               "Wire", "2025-03-12",
               [("ASSAULT", RUS, UKR, "attacked", None), ("ACCUSE", UKR, RUS, "accused", None),
                ("CONSULT", IRQ, UN, "consulted", None)]),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def graph_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with open_store(tmp_path_factory.mktemp("graph") / "graph.duckdb") as store:
        store.write(network())
        yield TestClient(create_app(store))


def test_the_most_active_actors_and_the_pairs_among_them(graph_client: TestClient) -> None:
    body = graph_client.get("/api/dyads?top=2").json()
    assert [(n["id"], n["events"]) for n in body["nodes"]] == [
        ("country:RUS", 4),
        ("country:UKR", 3),
    ]  # all their events, not only the kept edges
    assert {e["id"] for e in body["edges"]} == {"country:RUS\u2192country:UKR",
                                                "country:UKR\u2192country:RUS"}  # fmt: skip
    assert (body["nodes_total"], body["edges_total"], body["top"]) == (7, 8, 2)
    more = graph_client.get("/api/dyads?top=4").json()
    assert len(more["nodes"]) == 4 and len(more["edges"]) > len(body["edges"])
    lonely = graph_client.get("/api/dyads?top=3&type=CONSULT").json()
    assert len(lonely["nodes"]) == 3  # the most active, even without a pair among them


def test_actors_folded_into_their_states(graph_client: TestClient) -> None:
    body = graph_client.get("/api/dyads?group=state").json()
    nodes = {n["id"]: n for n in body["nodes"]}
    assert set(nodes) == {"country:RUS", "country:USA", "country:UKR", "country:IRQ", "igo:UN"}
    assert nodes["country:RUS"]["name"] == "Russia"
    edges = {e["id"]: e["events"] for e in body["edges"]}
    assert edges["country:RUS\u2192country:USA"] == 2  # Putin's and Russia's
    assert edges["country:RUS\u2192country:UKR"] == 2  # Russian troops' and Russia's
    assert body["internal"] == 1  # Putin consulting Russian troops: within Russia, not drawn
    assert body["group"] == "state" and body["edges_total"] == len(edges)
    folded = graph_client.get(
        "/api/events?source=country:RUS&target=country:USA&group=state").json()  # fmt: skip
    assert [e["event_type"] for e in folded["items"]] == ["ACCUSE", "THREATEN"]
    plain = graph_client.get("/api/events?source=country:RUS&target=country:USA").json()
    assert [e["event_type"] for e in plain["items"]] == ["THREATEN"]
    top = graph_client.get("/api/dyads?group=state&top=1").json()
    assert [n["id"] for n in top["nodes"]] == ["country:RUS"] and top["edges"] == []


def test_the_bulk_of_the_days_and_what_lies_far_outside() -> None:
    autumn = {f"2016-10-{d:02d}": 3 for d in range(1, 31)}
    # quartiles Oct 8 and Oct 23: fences three interquartile ranges (45 days) beyond them
    assert bulk({**autumn, "1962-10-16": 1, "1989-11-09": 2, "2016-09-01": 1}) == (
        "2016-09-01", "2016-10-30")  # fmt: skip
    assert bulk({**autumn, "2016-07-01": 1, "2016-12-31": 1}) == ("2016-10-01", "2016-10-30")
    assert bulk({**autumn, "2014-03-01": 2}) == ("2016-10-01", "2016-10-30")
    assert bulk({"2016-10-01": 1, "1962-01-01": 1}) == ("1962-01-01", "2016-10-01")  # no bulk
    assert bulk(autumn, since="2016-10-10") == ("2016-10-10", "2016-10-30")
    assert bulk({}) == (None, None)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with make_store(tmp_path_factory.mktemp("views") / "views.duckdb") as opened:
        opened.write([result("h", "Russia attacked Iraq in 1962.", "Wire", "2025-03-10",
                             [("ASSAULT", RUS, IRQ, "attacked", "1962-01-01")])])  # fmt: skip
        update_stories(opened)
        yield opened


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


def test_the_timeline_range_and_the_events_outside(client: TestClient) -> None:
    body = client.get("/api/timeline").json()
    assert body["range"] == {"since": "2025-03-09", "until": "2025-04-01"}
    outside = body["outside"]
    assert (outside["total"], outside["before"], outside["after"]) == (1, 1, 0)
    assert outside["days"] == [{"day": "1962-01-01", "events": 1}]
    event = outside["events"][0]
    assert event["sentence"] == "Russia attacked Iraq in 1962." and event["source"] == "Russia"
    assert "1962-01-01" in body["days"]  # still counted per day, for whoever wants them
    asked = client.get("/api/timeline?since=1960-01-01").json()
    assert asked["range"] == {"since": "1960-01-01", "until": "2025-04-01"}
    assert asked["outside"]["total"] == 0


def test_stories_with_several_outlets_first_and_single_articles_apart(
    client: TestClient,
) -> None:
    every = client.get("/api/stories?limit=100").json()
    multi = [s for s in every["items"] if s["outlets"] > 1]
    assert multi, "documents a and b tell one story in two outlets"
    first = client.get("/api/stories?sort=outlets&limit=1").json()
    assert first["items"][0]["outlets"] == max(s["outlets"] for s in every["items"])
    several = client.get("/api/stories?min_articles=2").json()
    assert several["total"] == sum(1 for s in every["items"] if s["articles"] >= 2)
    single = client.get("/api/stories?max_articles=1&limit=0").json()
    assert single["total"] == sum(1 for s in every["items"] if s["articles"] == 1)
    assert single["items"] == [] and several["total"] + single["total"] == every["total"]


def test_dates_known_only_to_the_year_do_not_stretch_the_range(tmp_path: Path) -> None:
    vague = result("y", "Russia attacked Iraq. Russia threatened Iraq. Iraq accused Russia. "
                   "Russia attacked Iraq again", "Wire", "2025-03-20",
                   [("ASSAULT", RUS, IRQ, "attacked", "2025-01-01"),
                    ("THREATEN", RUS, IRQ, "threatened", "2025-01-01"),
                    ("ACCUSE", IRQ, RUS, "accused", "2025-01-01"),
                    ("ASSAULT", RUS, IRQ, "attacked Iraq again", "2025-01-01")])  # fmt: skip
    for event in vague.events:  # "this year": the first of January stands for the year
        event.date_precision = "year"
    with make_store(tmp_path / "vague.duckdb") as store:
        store.write([vague])
        body = TestClient(create_app(store)).get("/api/timeline").json()
    assert body["range"] == {"since": "2025-03-09", "until": "2025-04-01"}
    assert body["outside"]["before"] == 4 and body["outside"]["days"] == [
        {"day": "2025-01-01", "events": 4}]  # fmt: skip
