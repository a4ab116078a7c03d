"""Queries, exports and the query commands on a hand-made store (no model needed)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from store_data import corpus

from tacitus import open_store
from tacitus.cli import main
from tacitus.errors import ConfigError
from tacitus.plover import plover_record
from tacitus.store import Filters


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("store") / "q.duckdb"
    with open_store(path) as store:
        store.write(corpus())
    return path


def events(db: Path, **filters: object) -> list[tuple[str, str]]:
    with open_store(db, read_only=True) as store:
        return [(e.doc_id, e.event_type) for e in store.events(Filters(**filters))]  # type: ignore[arg-type]


def test_event_filters(db: Path) -> None:
    assert events(db) == [("a", "COOPERATE"), ("a", "ACCUSE"), ("b", "THREATEN"),
                          ("b", "COOPERATE"), ("c", "ASSAULT"), ("d", "CONSULT")]  # fmt: skip
    assert events(db, country="irq") == [("a", "COOPERATE"), ("b", "COOPERATE"), ("c", "ASSAULT")]
    assert events(db, actor="group:ISIS") == [("c", "ASSAULT")]
    assert events(db, actor="islamic state") == [("c", "ASSAULT")]  # by name, any case
    assert events(db, types=("ACCUSE", "THREATEN")) == [("a", "ACCUSE"), ("b", "THREATEN")]
    assert events(db, quad_class=4) == [("c", "ASSAULT")]
    # the event's own date when resolved (b's threat: 2025-03-09), else the publication date
    assert events(db, until="2025-03-09") == [("b", "THREATEN")]
    assert events(db, since="2025-03-11", until="2025-03-31") == [("b", "COOPERATE")]
    assert events(db, outlet="meridian wire") == [
        ("a", "COOPERATE"),
        ("a", "ACCUSE"),
        ("c", "ASSAULT"),
    ]
    assert events(db, text="INTELLIGENCE WITH IRAN again") == [("b", "COOPERATE")]
    assert events(db, limit=2) == [("a", "COOPERATE"), ("a", "ACCUSE")]


def test_text_search_takes_wildcards_literally(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        assert [d["doc_id"] for d in store.documents(Filters(text="50%"))] == ["c"]
        assert [d["doc_id"] for d in store.documents(Filters(text="rule_of"))] == ["c"]
        assert store.documents(Filters(text="5_%")) == []


def test_dyads_are_the_actor_network(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        dyads = store.dyads()
        top = dyads[0]
        assert (top["source"], top["target"], top["event_type"], top["events"], top["documents"]) == (
            "Iraq (IRQ)", "Iran (IRN)", "COOPERATE", 2, 2,
        )  # fmt: skip
        assert (top["first"], top["last"]) == ("2025-03-10", "2025-03-11")
        assert len(dyads) == 5
        only = store.dyads(Filters(actor="country:RUS", types=("THREATEN",)))
        assert [(d["source_key"], d["target_key"]) for d in only] == [
            ("country:RUS", "country:USA")
        ]


def test_actors_with_their_activity(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        rows = {a["actor_key"]: a for a in store.actors()}
        assert rows["country:IRQ"]["events"] == 3
        assert (rows["country:IRQ"]["as_source"], rows["country:IRQ"]["as_target"]) == (2, 1)
        assert rows["country:IRQ"]["documents"] == 3
        assert rows["group:ISIS"]["name"] == "Islamic State"
        russians = store.actors(Filters(country="RUS"))
        assert [a["actor_key"] for a in russians] == ["country:RUS"]
        in_march = store.actors(Filters(types=("ASSAULT",)))
        assert sorted(a["actor_key"] for a in in_march) == ["country:IRQ", "group:ISIS"]


def test_documents_by_outlet_actor_and_type(db: Path) -> None:
    with open_store(db, read_only=True) as store:
        docs = store.documents(Filters(outlet="Meridian Wire"))
        assert [(d["doc_id"], d["events"], d["sentences"]) for d in docs] == [
            ("a", 2, 2),
            ("c", 1, 2),
        ]
        assert [d["doc_id"] for d in store.documents(Filters(actor="Islamic State"))] == ["c"]
        assert [d["doc_id"] for d in store.documents(Filters(country="USA"))] == ["a", "b", "d"]
        assert [d["doc_id"] for d in store.documents(Filters(types=("CONSULT",)))] == ["d"]
        assert [d["doc_id"] for d in store.documents(Filters(since="2025-03-11"))] == ["b", "c"]


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"country": "Russia"}, "country must be an ISO 3166-1 alpha-3 code (got 'Russia')"),
        ({"types": ("FIGHT",)}, "unknown event type 'FIGHT'"),
        ({"quad_class": 5}, "quad class must be 1, 2, 3 or 4 (got 5)"),
        ({"since": "March"}, "--since must be a date YYYY-MM-DD (got 'March')"),
        ({"limit": -1}, "limit must be >= 0 (got -1)"),
    ],
)
def test_bad_filters_are_config_errors(filters: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        Filters(**filters)  # type: ignore[arg-type]
    assert str(caught.value) == message


# -- the commands ---------------------------------------------------------------------------------


def run(*args: str) -> tuple[int, str, str]:
    outcome = CliRunner().invoke(main, list(args))
    return outcome.exit_code, outcome.stdout, outcome.stderr


def test_events_command_jsonl_gives_the_contract_records(db: Path) -> None:
    code, out, _ = run("events", "--db", str(db), "--format", "jsonl")
    assert code == 0
    expected = [e.to_dict() for r in corpus() for e in r.events]
    assert [json.loads(line) for line in out.splitlines()] == json.loads(json.dumps(expected))


def test_events_command_csv_and_table(db: Path) -> None:
    code, out, _ = run("events", "--db", str(db), "--format", "csv", "--country", "RUS")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["event_type"], r["source.name"], r["target.name"]) for r in rows] == [
        ("ACCUSE", "Russia", "United States"), ("THREATEN", "Russia", "United States"),
        ("CONSULT", "United States", "Russia"),
    ]  # fmt: skip
    code, out, _ = run("events", "--db", str(db), "--type", "consult")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["doc_id", "event_type", "source", "target", "modality", "negated",
                                "trigger.text", "date"]  # fmt: skip
    assert "↔ Russia (RUS GOV)" in lines[2]


def test_dyads_actors_documents_commands(db: Path) -> None:
    code, out, _ = run("dyads", "--db", str(db), "--format", "jsonl", "--limit", "1")
    assert code == 0
    assert json.loads(out)["source"] == "Iraq (IRQ)"
    code, out, _ = run("actors", "--db", str(db), "--format", "csv", "--country", "ISR")
    assert (code, out.strip()) == (
        0,
        "actor_key,name,country,sector,events,as_source,as_target,mentions,documents",
    )
    code, out, _ = run("documents", "--db", str(db), "--outlet", "Gulf Observer")
    assert code == 0 and out.splitlines()[2].startswith("b ")


def test_query_commands_without_a_store_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "none.duckdb"
    code, out, err = run("events", "--db", str(missing))
    assert (code, out) == (2, "")
    assert (
        err
        == f"Error: no store at {missing} (create one with 'tacitus ingest INPUT... --db {missing}')\n"
    )
    code, _, err = run("dyads", "--db", str(missing), "--since", "yesterday")
    assert code == 2 and "Invalid value for '--since'" in err


def test_export_parquet_opens_in_duckdb_and_dataframe_libraries(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    code, _, err = run("export", "--db", str(db), "--format", "parquet", "--out", str(out))
    assert code == 0
    assert err.startswith("tacitus: wrote documents.parquet (4), sentences.parquet (7)")
    con = duckdb.connect()
    found = con.execute(
        f"SELECT event_type, source_country, target_country, context FROM '{out}/events.parquet' "
        "ORDER BY doc_id, seq"
    ).fetchall()
    assert found[0] == ("COOPERATE", "IRQ", "IRN", ["intelligence"])
    assert len(found) == 6
    assert con.execute(f"SELECT count(*) FROM '{out}/documents.parquet'").fetchone() == (4,)
    for library in ("pandas", "polars"):
        try:
            module = __import__(library)
        except ImportError:
            continue
        frame = module.read_parquet(out / "events.parquet")
        assert len(frame) == 6


def test_export_csv_and_jsonl(db: Path, tmp_path: Path) -> None:
    with open_store(db, read_only=True) as store:
        written = store.export("csv", tmp_path / "csv")
        assert written["events.csv"] == 6
        rows = list(csv.DictReader((tmp_path / "csv" / "events.csv").open()))
        assert rows[0]["context"] == "intelligence" and rows[0]["source_name"] == "Iraq"
        written = store.export("jsonl", tmp_path / "jsonl")
    assert written == {"events.jsonl": 6, "quotes.jsonl": 1, "documents.jsonl": 4, "sentences.jsonl": 7,
                       "mentions.jsonl": 12, "actors.jsonl": 5, "runs.jsonl": 0, "stories.jsonl": 0,
                       "story_members.jsonl": 0, "merged_events.jsonl": 0,
                       "merged_mentions.jsonl": 0}  # fmt: skip
    lines = (tmp_path / "jsonl" / "events.jsonl").read_text().splitlines()
    expected = [e.to_dict() for r in corpus() for e in r.events]
    assert [json.loads(line) for line in lines] == json.loads(json.dumps(expected))
    document = json.loads((tmp_path / "jsonl" / "documents.jsonl").read_text().splitlines()[0])
    assert document["doc_id"] == "a" and document["outlet"] == "Meridian Wire"


def test_export_plover_applies_the_strict_mapping(db: Path, tmp_path: Path) -> None:
    code, _, _ = run("export", "--db", str(db), "--format", "plover", "--out", str(tmp_path))
    assert code == 0
    records = [json.loads(x) for x in (tmp_path / "events.plover.jsonl").read_text().splitlines()]
    assert [r["event"] for r in records] == [["AGREE"], ["ACCUSE"], ["THREATEN"], ["COOPERATE"],
                                             ["ASSAULT"], ["CONSULT"]]  # fmt: skip
    first = records[0]  # intended cooperation → AGREE, with PLOVER's field names
    assert first["quad_code"] == 1 and first["date"] == "2025-03-10"
    assert first["source"] == [{"code": "IRQ", "actor_text": "Iraq", "identifier_id": "country:IRQ",
                                "identifier_text": "Iraq"}]  # fmt: skip
    assert first["recipient"][0]["code"] == "IRN"
    assert first["context"] == ["intelligence"] and first["event_text"] == ["shared"]
    assert records[2]["date"] == "2025-03-09"  # the event's own date
    assert records[3]["event_loc"] == {"name": "Baghdad", "cc3": "IRQ", "latitude": 33.3,
                                       "longitude": 44.4, "geonameid": 98182, "precision": "city"}  # fmt: skip
    reciprocal = records[5]  # all parties are sources, no recipient
    assert [a["code"] for a in reciprocal["source"]] == ["USA", "RUS"]
    assert reciprocal["recipient"] == []


def test_plover_leaves_out_what_did_not_happen() -> None:
    events = [e for r in corpus() for e in r.events]
    attack = events[4]
    attack.negated = True  # "denied attacking": no PLOVER type says that
    assert plover_record(attack) is None
    cooperation = events[3]
    cooperation.negated = True  # refused cooperation → REJECT
    record = plover_record(cooperation)
    assert record is not None and record["event"] == ["REJECT"] and record["quad_code"] == 3
    threat = events[2]
    threat.modality = "hypothetical"
    assert plover_record(threat) is None


def test_export_format_is_checked(db: Path, tmp_path: Path) -> None:
    with open_store(db, read_only=True) as store, pytest.raises(ConfigError) as caught:
        store.export("xml", tmp_path)
    assert str(caught.value) == "unknown export format 'xml'"
