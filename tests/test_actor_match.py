"""The actor filter matches names and aliases, not only keys: in the store's queries, the
HTTP API (``actor=``, ``/api/actors?q=``) and the query commands (``--actor``)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from test_api_data import RUS, USA, result

from tacitus.api import create_app
from tacitus.cli import main
from tacitus.records import Actor
from tacitus.store import Filters, Store, open_store
from tacitus.store.actor_match import match_actor, suggest, words

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def person(name: str, text: str, country: str = "USA") -> Actor:
    slug = name.lower().replace(" ", "-").replace(".", "")
    return Actor(text=text, name=name, actor_id=f"person:{slug}", country=country,
                 sector="GOV", reason="test")  # fmt: skip


TRUMP = person("Donald Trump", "President Trump")
JUNIOR = person("Donald Trump Jr.", "Donald Trump Jr.")
MELANIA = person("Melania Trump", "Melania Trump")
PUTIN = person("Vladimir Putin", "Vladimir Putin's", "RUS")
KREMLIN = Actor(text="the Kremlin", name="Russia", actor_id="country:RUS", country="RUS",
                sector="GOV", reason="test")  # fmt: skip
ISIS = Actor(text="Islamic State fighters", name="Islamic State", actor_id="group:ISIS",
             sector="REB", reason="test")  # fmt: skip
CIVILIANS = Actor(text="civilians", sector="CVL", reason="test")


def documents() -> list:  # type: ignore[type-arg]
    return [
        result("t1", "President Trump accused the Kremlin of lying. Donald Trump Jr. "
               "consulted Vladimir Putin's envoy.", "Wire", "2025-11-03",
               [("ACCUSE", TRUMP, KREMLIN, "accused", None),
                ("CONSULT", JUNIOR, PUTIN, "consulted", None)],
               [("of lying", TRUMP)]),
        result("t2", "Melania Trump consulted the United States on aid. Vladimir Putin's "
               "forces attacked civilians. Islamic State fighters attacked civilians.",
               "Post", "2025-11-04",
               [("CONSULT", MELANIA, USA, "consulted", None),
                ("ASSAULT", PUTIN, CIVILIANS, "attacked", None),
                ("ASSAULT", ISIS, CIVILIANS, "attacked civilians.", None)],
               [("on aid", PUTIN)]),
        result("t3", "Russia threatened the United States.", "Wire", "2025-11-05",
               [("THREATEN", RUS, USA, "threatened", None)]),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("match") / "match.duckdb"
    with open_store(path) as store:
        store.write(documents())
    return path


@pytest.fixture
def store(db: Path) -> Iterator[Store]:
    with open_store(db, read_only=True) as opened:
        yield opened


def test_words_drop_case_the_and_possessives() -> None:
    assert words("The Kremlin's") == ("kremlin",)
    assert words("Vladimir Putin\u2019s envoy") == ("vladimir", "putin", "envoy")
    assert words("the") == ("the",)


def test_a_key_or_id_matches_that_actor_only(store: Store) -> None:
    found = match_actor(store, "COUNTRY:rus")
    assert found.keys == ("country:RUS",) and found.actors[0]["how"] == "key"
    assert match_actor(store, "civilians").keys == ("civilians",)  # an agent's key


def test_a_surname_matches_every_actor_whose_name_holds_it(store: Store) -> None:
    assert match_actor(store, "Putin").keys == ("person:vladimir-putin",)
    trump = match_actor(store, "trump")
    assert set(trump.keys) == {"person:donald-trump", "person:donald-trump-jr",
                               "person:melania-trump"}  # fmt: skip
    assert all(a["how"] == "name" for a in trump.actors)
    assert match_actor(store, "Trump Jr").keys == ("person:donald-trump-jr",)
    assert match_actor(store, "Donald").keys[0].startswith("person:donald-trump")
    assert match_actor(store, "rump").keys == ()  # words, not substrings


def test_aliases_as_written_and_from_the_dictionaries(store: Store) -> None:
    kremlin = match_actor(store, "the Kremlin")
    assert kremlin.keys == ("country:RUS",) and kremlin.actors[0]["how"] == "alias 'the Kremlin'"
    assert match_actor(store, "Kremlin").keys == ("country:RUS",)
    isil = match_actor(store, "ISIL")  # never written in these documents: the dictionary's
    assert isil.keys == ("group:ISIS",) and "dictionary alias" in isil.actors[0]["how"]


def test_no_match_says_so_with_suggestions(store: Store) -> None:
    typo = match_actor(store, "Putn")
    assert typo.keys == ()
    assert [s["key"] for s in typo.suggestions] == ["person:vladimir-putin"]
    assert typo.describe() == (
        "no actor matches 'Putn' (did you mean: Vladimir Putin [person:vladimir-putin]?)"
    )
    assert match_actor(store, "Xyzzy").describe() == "no actor matches 'Xyzzy'"


def test_suggestions_for_what_is_typed(store: Store) -> None:
    assert [c.key for c in suggest(store, "Tru")][:1] == ["person:donald-trump"]  # most events
    assert {c.key for c in suggest(store, "tru")} == {
        "person:donald-trump", "person:donald-trump-jr", "person:melania-trump"}  # fmt: skip
    assert [c.key for c in suggest(store, "krem")] == ["country:RUS"]  # by its alias
    assert [c.key for c in suggest(store, "country:")][:2] == ["country:RUS", "country:USA"]
    assert suggest(store, "  ") == []


def test_every_query_takes_the_matched_actors(store: Store) -> None:
    def docs(rows: list) -> list[str]:  # type: ignore[type-arg]
        return sorted({r["doc_id"] for r in rows})

    trump = [e.event_type for e in store.events(Filters(actor="Trump"))]
    assert trump == ["ACCUSE", "CONSULT", "CONSULT"]
    assert [e.event_type for e in store.events(Filters(actor="Putin"))] == ["CONSULT", "ASSAULT"]
    assert [q.text for q in store.quotes(Filters(actor="Putin"))] == ["on aid"]
    assert {a["actor_key"] for a in store.actors(Filters(actor="trump"))} == {
        "person:donald-trump", "person:donald-trump-jr", "person:melania-trump"}  # fmt: skip
    assert docs(store.documents(Filters(actor="Putin"))) == ["t1", "t2"]
    assert len(store.dyads(Filters(actor="Kremlin"))) == 2
    assert list(store.events(Filters(actor="Putn"))) == []


def test_the_index_follows_new_documents(db: Path, tmp_path: Path) -> None:
    path = tmp_path / "grow.duckdb"
    with open_store(path) as store:
        store.write(documents()[:1])
        assert match_actor(store, "Melania").keys == ()
        store.write(documents()[1:])
        assert match_actor(store, "Melania").keys == ("person:melania-trump",)


def test_the_api_matches_names_and_suggests(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        client = TestClient(create_app(store))
        assert client.get("/api/events?actor=Trump").json()["total"] == 3
        assert client.get("/api/timeline?actor=Putin").json()["total"] == 2
        typed = client.get("/api/actors?q=tru&limit=2").json()
        assert typed["total"] == 3 and len(typed["items"]) == 2
        assert typed["items"][0]["actor_key"] == "person:donald-trump"
        assert typed["items"][0]["events"] == 1 and typed["items"][0]["alias"] is None
        assert typed["match"]["keys"] == []  # "tru" is no word of a name
        kremlin = client.get("/api/actors?q=Kreml").json()
        assert kremlin["items"][0]["alias"] == "the Kremlin"
        typo = client.get("/api/actors?q=Putn").json()
        assert typo["match"]["keys"] == [] and typo["items"][0]["name"] == "Vladimir Putin"
        assert typo["match"]["suggestions"][0]["key"] == "person:vladimir-putin"
        assert client.get("/api/actors?q=Putin").json()["match"]["actors"][0]["how"] == "name"


def test_the_query_commands_say_what_matched(db: Path) -> None:
    runner = CliRunner()
    typo = runner.invoke(main, ["events", "--db", str(db), "--actor", "Putn", "--format", "jsonl"])
    assert typo.exit_code == 0 and typo.stdout == ""
    assert typo.stderr == (
        "tacitus: no actor matches 'Putn' (did you mean: Vladimir Putin [person:vladimir-putin]?)\n"
    )
    trump = runner.invoke(main, ["dyads", "--db", str(db), "--actor", "Trump", "--format", "csv"])
    assert trump.exit_code == 0 and "'Trump' matches 3 actors: " in trump.stderr
    assert len(trump.stdout.splitlines()) == 4  # header and three dyads
    exact = runner.invoke(main, ["actors", "--db", str(db), "--actor", "country:RUS"])
    assert exact.exit_code == 0 and exact.stderr == ""
    quotes = runner.invoke(main, ["quotes", "--db", str(db), "--speaker", "Putin", "--format",
                                  "jsonl"])  # fmt: skip
    assert quotes.exit_code == 0 and '"on aid"' in quotes.stdout
