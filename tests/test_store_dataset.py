"""A store exported as a date-partitioned Parquet dataset and opened read-only from it (issue
17, tacitus.store.dataset): the same rows, the same API answers, refused writes."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import duckdb
import pytest
from click.testing import CliRunner
from test_store_scale import made

from tacitus import open_store
from tacitus.cli import main
from tacitus.errors import StoreError, StoreVersionError
from tacitus.store import Filters
from tacitus.store.dataset import MARK

REQUESTS = [
    "/api/events?limit=7",
    "/api/events?limit=500",
    "/api/events?country=RUS&limit=50",
    "/api/events?text=pipeline&limit=50",
    "/api/events?near=35,38,3000&limit=50",
    "/api/events?since=2025-02-01&until=2025-03-31&limit=50",
    "/api/documents?limit=50",
    "/api/actors?limit=50",
    "/api/quotes?limit=50",
    "/api/dyads",
    "/api/dyads?top=4",
    "/api/dyads?top=4&group=state",
    "/api/timeline",
    "/api/map",
    "/api/outlets",
]


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("dataset")
    db, out = folder / "s.duckdb", folder / "dataset"
    rng = random.Random(21)
    with open_store(db) as store:
        store.write([made(f"d{i}", rng) for i in range(60)])
        store.write([made(f"d{i}", rng, 1) for i in range(0, 60, 5)])
    result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "dataset",
                                       "--out", str(out)])  # fmt: skip
    assert result.exit_code == 0, result.output
    return db, out


def test_every_event_lies_in_its_months_partition(exported: tuple[Path, Path]) -> None:
    db, out = exported
    mark = json.loads((out / MARK).read_text())
    with open_store(db, read_only=True) as store:
        assert mark["rows"]["events"] == store.counts()["events"] > 0
        undated = store.connection.execute("SELECT count(*) FROM events WHERE day IS NULL")
        assert undated.fetchone()[0] > 0  # type: ignore[index]
    con = duckdb.connect()
    rows = con.execute(
        "SELECT day, year, month FROM read_parquet(?, hive_partitioning = true)",
        [str(out / "events" / "*" / "*" / "*.parquet")],
    ).fetchall()
    assert len(rows) == mark["rows"]["events"]
    for day, year, month in rows:
        assert (day is None and year is None and month is None) or (day.year, day.month) == (
            int(year),
            int(month),
        )


def test_the_dataset_reads_as_the_store(exported: tuple[Path, Path]) -> None:
    db, out = exported
    with open_store(db, read_only=True) as store, open_store(out, read_only=True) as copy:
        assert copy.read_only and copy.counts() == store.counts()
        assert [e.to_dict() for e in copy.events()] == [e.to_dict() for e in store.events()]
        f = Filters(country="RUS", since="2025-02-01")
        assert [e.event_id for e in copy.events(f)] == [e.event_id for e in store.events(f)]
        assert copy.check() == {}


def answers(path: Path) -> list[Any]:
    from fastapi.testclient import TestClient

    from tacitus.api import create_app

    found = []
    with open_store(path, read_only=True) as store, TestClient(create_app(store)) as client:
        for url in REQUESTS:
            answer = client.get(url)
            assert answer.status_code == 200, (url, answer.text)
            found.append(answer.json())
    return found


def test_the_api_on_the_dataset_answers_as_on_the_store(exported: tuple[Path, Path]) -> None:
    db, out = exported
    on_store, on_dataset = answers(db), answers(out)
    for url, a, b in zip(REQUESTS, on_store, on_dataset, strict=True):
        assert a == b, url
    assert on_store[1]["total"] > 50 and on_store[9]["edges"]


def test_meta_and_documents_on_the_dataset(exported: tuple[Path, Path]) -> None:
    from fastapi.testclient import TestClient

    from tacitus.api import create_app

    _, out = exported
    with open_store(out, read_only=True) as store, TestClient(create_app(store)) as client:
        meta = client.get("/api/meta")
        assert meta.status_code == 200, meta.text
        first = client.get("/api/documents?limit=1").json()["items"][0]["doc_id"]
        one = client.get(f"/api/documents/{first}")
        assert one.status_code == 200 and one.json()["doc_id"] == first


def test_a_dataset_is_read_only_and_of_its_version(exported: tuple[Path, Path]) -> None:
    _, out = exported
    with pytest.raises(StoreError, match="opens read-only"):
        open_store(out)
    result = CliRunner().invoke(main, ["rebuild", "--db", str(out)])
    assert result.exit_code != 0 and "opens read-only" in result.output
    mark = json.loads((out / MARK).read_text())
    (out / MARK).write_text(json.dumps({**mark, "schema_version": 99}))
    try:
        with pytest.raises(StoreVersionError, match="schema version 99, this Tacitus"):
            open_store(out, read_only=True)
    finally:
        (out / MARK).write_text(json.dumps(mark))
    with pytest.raises(StoreError, match="no Tacitus dataset"):
        open_store("file:///nonexistent-tacitus-dataset", read_only=True)


def test_store_commands_read_a_dataset(exported: tuple[Path, Path]) -> None:
    db, out = exported
    on_store = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "jsonl"])
    on_dataset = CliRunner().invoke(main, ["events", "--db", str(out), "--format", "jsonl"])
    assert on_dataset.exit_code == 0, on_dataset.output
    assert on_dataset.output == on_store.output and on_store.output.count("\n") > 50


def test_exporting_again_replaces_the_earlier_dataset(tmp_path: Path) -> None:
    rng = random.Random(5)
    big, small, out = tmp_path / "big.duckdb", tmp_path / "small.duckdb", tmp_path / "dataset"
    with open_store(big) as store:
        store.write([made(f"b{i}", rng) for i in range(40)])
    with open_store(small) as store:
        store.write([made(f"s{i}", rng) for i in range(3)])
        expected = list(store.events(Filters()))
    for db in (big, small):
        result = CliRunner().invoke(main, ["export", "--db", str(db), "--format", "dataset",
                                           "--out", str(out)])  # fmt: skip
        assert result.exit_code == 0, result.output
    with open_store(out, read_only=True) as dataset:
        assert list(dataset.events(Filters())) == expected  # no month of the first export left
    stray = tmp_path / "stray"
    (stray / "events").mkdir(parents=True)
    result = CliRunner().invoke(main, ["export", "--db", str(small), "--format", "dataset",
                                       "--out", str(stray)])  # fmt: skip
    assert result.exit_code == 2 and "not a Tacitus dataset" in result.output
    assert (stray / "events").is_dir()  # refused, not deleted
