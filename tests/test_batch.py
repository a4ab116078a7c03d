"""``tacitus batch``: planning, reading, the Parquet output, and runs on a local Dask cluster.

The cluster tests run two worker processes on 127.0.0.1 (one cluster for the module) and
check that the output equals the in-process run on the same inputs, that bad inputs and a
worker exception are reported with the failing input named, and that ``tacitus ingest DIR``
loads the output into the same store as an ingest of the inputs.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb
import pytest
from click.testing import CliRunner

from tacitus import Pipeline
from tacitus.batch import plan, read_partition, run_batch
from tacitus.cli import main
from tacitus.inputs import read_inputs
from tacitus.records import (
    Actor,
    ActorMention,
    Document,
    DocumentResult,
    Event,
    InputError,
    Quote,
    Trigger,
)
from tacitus.store import open_store
from tacitus.store.batch_output import PartWriter, is_batch_output, read_output, write_manifest

ARTICLES = [
    ("a1", "Chile praised Argentina on Monday. Peru accused Bolivia of violating the border."),
    ("a2", "Russia proposed joint strikes with the United States against the Islamic State."),
    ("a3", "Iraq will share intelligence with Russia, Iran and Syria, officials said."),
    ("a4", "France threatened Iran with sanctions. Egypt hosted talks between Israel and Hamas."),
    ("a5", "The European Union imposed sanctions on Russia after the drone strike."),
]


def _inputs(root: Path, bad: bool = True, boom: bool = False) -> Path:
    folder = root / "in"
    (folder / "sub").mkdir(parents=True)
    lines = [json.dumps({"id": i, "text": t, "outlet": "Wire"}) for i, t in ARTICLES[:3]]
    if bad:
        lines.insert(1, "not json")
    (folder / "a.jsonl").write_text("\n".join(lines) + "\n")
    (folder / "sub" / "b.txt").write_text("Talks\n\n" + ARTICLES[3][1])
    (folder / "sub" / "c.jsonl").write_text(json.dumps({"id": "a5", "text": ARTICLES[4][1]}))
    if bad:
        (folder / "sub" / "z.txt").write_bytes(b"\x00\x01 binary")
    if boom:
        (folder / "sub" / "d.jsonl").write_text(
            json.dumps({"id": "boom-1", "text": "Chile praised Peru."}) + "\n"
        )
    return folder


def _items(items: Any) -> list[tuple[str, ...]]:
    return [
        ("error", i.source, i.reason) if isinstance(i, InputError) else (i.doc_id, i.source or "")
        for i in items
    ]


# -- planning and reading, no cluster -------------------------------------------------------------


@pytest.mark.parametrize("partitions", [1, 2, 3, 7, 50])
def test_partitions_read_what_extract_reads(tmp_path: Path, partitions: int) -> None:
    folder = _inputs(tmp_path)
    missing = str(tmp_path / "missing.txt")
    parts = plan([str(folder), missing], partitions)
    assert 1 <= len(parts) <= partitions
    assert [p.index for p in parts] == list(range(len(parts)))
    read = [item for p in parts for item in read_partition(p, 1_000_000)]
    assert _items(read) == _items(read_inputs([str(folder), missing]))


def test_big_jsonl_files_are_cut_at_lines_with_their_numbers(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    rows = [
        json.dumps({"id": f"d{i}", "text": f"Chile praised Peru {i} times."}) for i in range(40)
    ]
    rows[17] = "{broken"
    path.write_text("\n".join(rows) + "\n")
    parts = plan([str(path)], 6)
    assert len(parts) == 6
    assert parts[1].inputs[0].startswith(f"{path} (from line ")
    read = [item for p in parts for item in read_partition(p, 1_000_000)]
    assert _items(read) == _items(read_inputs([str(path)]))
    assert ("error", f"{path}:18", "malformed JSON (Expecting property name enclosed in "
            "double quotes at column 2)") in _items(read)  # fmt: skip


def test_parquet_inputs_are_read_row_by_row(tmp_path: Path) -> None:
    path = tmp_path / "articles.parquet"
    with duckdb.connect() as con:
        con.execute(
            "CREATE TABLE t AS SELECT * FROM (VALUES ('p1', 'Chile praised Peru.', "
            "DATE '2025-03-10'), ('p2', '', NULL), (NULL, 'Peru accused Bolivia.', NULL)) "
            "v(id, text, published)"
        )
        con.execute(f"COPY t TO '{path}' (FORMAT parquet)")
    read = [item for p in plan([str(path)], 2) for item in read_partition(p, 1_000_000)]
    assert isinstance(read[0], Document)
    assert (read[0].doc_id, read[0].published, read[0].source) == ("p1", "2025-03-10", f"{path}:1")
    assert read[1] == InputError(f"{path}:2", "empty document (no text)")
    assert isinstance(read[2], Document) and read[2].text == "Peru accused Bolivia."


def _result(doc_id: str) -> DocumentResult:
    document = Document(doc_id, "Chile praised Peru. It said so.", title="T", outlet="Wire")
    chile = Actor("Chile", "Chile", "country:CHL", "CHL", "GOV", "Q298", "country name")
    peru = Actor("Peru", "Peru", "country:PER", "PER", None, None, "country name")
    event = Event(
        f"e-{doc_id}", f"m-{doc_id}", doc_id, 0, "Chile praised Peru.", Trigger("praised", 6, 13),
        "SUPPORT", "051", 1, 3.4, chile, peru, context=["diplomatic"], outlet="Wire",
        location={"name": "Lima", "lat": -12.0}, reason="praise",
    )  # fmt: skip
    return DocumentResult(
        document,
        events=[event],
        mentions=[ActorMention(doc_id, 0, 0, 5, chile), ActorMention(doc_id, 0, 14, 18, peru)],
        quotes=[Quote(f"q-{doc_id}", doc_id, "It said so.", False, "said", chile, 20, 31)],
        sentences=[(0, 19, "Chile praised Peru."), (20, 31, "It said so.")],
    )


def test_part_files_round_trip_and_repeated_ids_start_a_new_chunk(tmp_path: Path) -> None:
    writer = PartWriter(tmp_path, 3, chunk_documents=2)
    results = [_result(i) for i in ("x", "y", "z", "z")]
    for result in results:
        writer.add(result)
    writer.flush()
    assert writer.files["documents"] == [
        "documents/part-00003-000.parquet",
        "documents/part-00003-001.parquet",
        "documents/part-00003-002.parquet",
    ]
    manifest = {
        "format": "tacitus-batch",
        "format_version": 1,
        "config": {},
        "partitions": [{"index": 3, "status": "completed", "files": writer.files}],
    }
    write_manifest(tmp_path, manifest)
    assert is_batch_output(tmp_path)
    back = list(read_output(tmp_path))
    assert all(isinstance(r, DocumentResult) for r in back)
    assert [_dump(r) for r in back] == [_dump(r) for r in results]  # type: ignore[arg-type]


def test_columns_missing_from_older_part_files_read_as_empty(tmp_path: Path) -> None:
    writer = PartWriter(tmp_path, 0)
    writer.add(_result("x"))
    writer.flush()
    events = tmp_path / writer.files["events"][0]
    with duckdb.connect() as con:  # as if written before the events table had 'reason'
        con.execute(
            f"COPY (SELECT * EXCLUDE (reason) FROM read_parquet('{events}')) TO "
            f"'{events}.old' (FORMAT parquet)"
        )
    Path(f"{events}.old").replace(events)
    write_manifest(tmp_path, {"format": "tacitus-batch", "partitions": [
        {"index": 0, "status": "completed", "files": writer.files}]})  # fmt: skip
    [back] = list(read_output(tmp_path))
    assert isinstance(back, DocumentResult)
    assert back.events[0].reason == ""
    assert back.events[0].event_type == "SUPPORT"


def _dump(result: DocumentResult) -> dict[str, Any]:
    return {
        "document": result.document,
        "events": [e.to_dict() for e in result.events],
        "mentions": result.mentions,
        "quotes": [q.to_dict() for q in result.quotes],
        "sentences": result.sentences,
    }


def test_without_dask_the_error_says_what_to_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tacitus.batch.dask_available", lambda: False)
    result = CliRunner().invoke(main, ["batch", str(_inputs(tmp_path)), "--out", "x"])
    assert result.exit_code == 2
    assert result.stderr == ("Error: tacitus batch needs Dask (pip install 'tacitus[dask]')\n")


def test_output_directory_must_be_empty(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine")
    result = CliRunner().invoke(main, ["batch", str(_inputs(tmp_path)), "--out", str(out)])
    assert result.exit_code == 2
    assert f"--out {out} is not empty (choose an empty directory, or --overwrite)" in result.stderr


def test_as_of_is_checked_before_a_cluster_starts(tmp_path: Path) -> None:
    args = ["batch", str(_inputs(tmp_path)), "--out", str(tmp_path / "o"), "--as-of", "2016-13-40"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert "as-of date must be an ISO date YYYY-MM-DD (got '2016-13-40')" in result.stderr
    assert not (tmp_path / "o").exists()


# -- on a local Dask cluster ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    pytest.importorskip("distributed")
    import cloudpickle

    from tacitus.batch import cluster_client

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # for client.run below
    with cluster_client(None, workers=2) as dask_client:
        yield dask_client


def _in_process(pipeline: Pipeline, folder: Path) -> list[DocumentResult | InputError]:
    return list(pipeline.run(pipeline.read([str(folder)])))


@pytest.mark.slow
def test_batch_output_equals_the_in_process_run(
    tmp_path: Path, client: Any, pipeline: Pipeline
) -> None:
    folder = _inputs(tmp_path)
    report = run_batch([str(folder)], tmp_path / "out", pipeline.options, client, partitions=3)
    expected = _in_process(pipeline, folder)
    got = list(read_output(tmp_path / "out"))
    done = [r for r in expected if isinstance(r, DocumentResult)]
    assert [_dump(r) for r in got if isinstance(r, DocumentResult)] == [_dump(r) for r in done]
    assert sum(len(r.events) for r in done) > 5
    errors = sorted((e.source, e.reason) for e in expected if isinstance(e, InputError))
    assert sorted((f["source"], f["reason"]) for f in report.failures) == errors
    assert [s for s, _ in errors] == [f"{folder}/a.jsonl:2", f"{folder}/sub/z.txt"]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert manifest["counts"]["documents"] == len(done)
    assert manifest["counts"]["failed_inputs"] == 2
    assert manifest["config"] == pipeline.options.to_dict()
    assert {p["status"] for p in manifest["partitions"]} == {"completed"}


def _break_process_batch(marker: str) -> None:
    """On a worker: process_batch raises on batches holding a document whose id has
    ``marker`` (a task failure, not a document failure)."""
    import tacitus.batch
    import tacitus.pipeline

    original = tacitus.pipeline.process_batch

    def broken(batch: list[Document], options: Any) -> Any:
        if any(marker in d.doc_id for d in batch):
            raise RuntimeError(f"injected failure on {marker}")
        return original(batch, options)

    tacitus.batch.process_batch = broken  # type: ignore[assignment]


def _mend_process_batch() -> None:
    import tacitus.batch
    import tacitus.pipeline

    tacitus.batch.process_batch = tacitus.pipeline.process_batch


@pytest.mark.slow
def test_a_worker_exception_fails_its_partition_named_and_keeps_the_rest(
    tmp_path: Path, client: Any, pipeline: Pipeline
) -> None:
    folder = _inputs(tmp_path, bad=False, boom=True)
    client.run(_break_process_batch, "boom")
    try:
        report = run_batch([str(folder)], tmp_path / "out", pipeline.options, client, 50)
    finally:
        client.run(_mend_process_batch)
    manifest = report.manifest
    failed = [p for p in manifest["partitions"] if p["status"] == "failed"]
    assert len(failed) == 1
    assert failed[0]["inputs"] == [f"{folder}/sub/d.jsonl"]
    assert failed[0]["error"] == "RuntimeError: injected failure on boom"
    assert failed[0]["files"] == {}
    assert report.failures == [
        {
            "source": f"{folder}/sub/d.jsonl",
            "reason": f"partition {failed[0]['index']} failed: RuntimeError: injected failure "
            "on boom",
        }
    ]
    assert manifest["counts"]["documents"] == 5  # the other partitions are all there
    leftovers = list((tmp_path / "out").rglob(f"part-{failed[0]['index']:05d}-*"))
    assert leftovers == []
    # ingest loads what there is and reports the failed partition: nothing silently dropped
    result = CliRunner().invoke(
        main, ["ingest", str(tmp_path / "out"), "--db", str(tmp_path / "t.duckdb")]
    )
    assert result.exit_code == 1
    assert f"error: {folder}/sub/d.jsonl: batch partition {failed[0]['index']} failed" in (
        result.stderr
    )


@pytest.mark.slow
def test_ingest_of_a_batch_output_equals_an_ingest_of_the_inputs(
    tmp_path: Path, client: Any, pipeline: Pipeline
) -> None:
    folder = _inputs(tmp_path)
    run_batch([str(folder)], tmp_path / "out", pipeline.options, client, partitions=2)
    runner = CliRunner()
    loaded = runner.invoke(main, ["ingest", str(tmp_path / "out"), "--db", str(tmp_path / "b.db")])
    direct = runner.invoke(main, ["ingest", str(folder), "--db", str(tmp_path / "d.db")])
    assert (loaded.exit_code, direct.exit_code) == (1, 1)  # the two bad inputs
    assert loaded.stderr.splitlines()[:2] == direct.stderr.splitlines()[:2]
    with (
        open_store(tmp_path / "b.db", read_only=True) as b,
        open_store(tmp_path / "d.db", read_only=True) as d,
    ):
        for table in ("documents", "sentences", "mentions", "events", "quotes", "actors"):
            sql = f"SELECT * FROM {table} ORDER BY ALL"
            assert b.connection.execute(sql).fetchall() == d.connection.execute(sql).fetchall()
    again = runner.invoke(main, ["ingest", str(tmp_path / "out"), "--db", str(tmp_path / "b.db")])
    assert "0 new, 5 unchanged" in again.stderr  # re-loading duplicates nothing
    mixed = runner.invoke(main, ["ingest", str(tmp_path / "out"), str(folder)])
    assert mixed.exit_code == 2
    assert "cannot be ingested with other inputs" in mixed.stderr
