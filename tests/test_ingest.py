"""Ingest with the model: idempotence, changed documents, bad inputs, URLs and feeds, one
writer. The spaCy model is loaded once per session (the ``pipeline`` fixture)."""

from __future__ import annotations

import json
import signal
import socket
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

import tacitus.pipeline
from tacitus import Pipeline, open_store
from tacitus.cli import main
from tacitus.cli.progress import planned_items
from tacitus.ingest import ingest
from tacitus.records import Document
from tacitus.store import Store
from tacitus.store.schema import CONTENT_TABLES

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tacitus" / "samples" / "corpus.jsonl"


def sample_lines(n: int) -> list[str]:
    return SAMPLES.read_text(encoding="utf-8").splitlines()[:n]


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: sorted(store.connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in CONTENT_TABLES
    }


@pytest.fixture
def shared_model(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    """CLI commands build their own Pipeline: let them reuse the session's loaded model."""
    loaded = pipeline.analyzer
    real = tacitus.pipeline.Analyzer

    def analyzer(options: tacitus.pipeline.Options) -> tacitus.pipeline.Analyzer:
        same = (options.model, options.actors) == (loaded.options.model, loaded.options.actors)
        return loaded if same else real(options)

    monkeypatch.setattr(tacitus.pipeline, "Analyzer", analyzer)


def test_ingest_stores_what_extract_gives(tmp_path: Path, pipeline: Pipeline) -> None:
    corpus = tmp_path / "six.jsonl"
    corpus.write_text("\n".join(sample_lines(6)) + "\n")
    expected = [e.to_dict() for r in pipeline.run(pipeline.read([corpus])) for e in r.events]  # type: ignore[union-attr]
    with open_store(tmp_path / "s.duckdb") as store:
        stats = ingest(store, pipeline.read([corpus]), pipeline, inputs=[str(corpus)])
        assert (stats.new, stats.unchanged, stats.failed, stats.events) == (6, 0, 0, len(expected))
        assert [e.to_dict() for e in store.events()] == expected
        before = dump(store)
        again = ingest(store, pipeline.read([corpus]), pipeline)
        assert (again.new, again.unchanged, again.changed, again.events) == (0, 6, 0, 0)
        assert dump(store) == before
        runs = store.connection.execute(
            "SELECT status, model, config, documents_new, documents_unchanged FROM runs ORDER BY run_id"
        ).fetchall()
    assert [(r[0], r[1], r[3], r[4]) for r in runs] == [
        ("completed", "en_core_web_sm", 6, 0), ("completed", "en_core_web_sm", 0, 6),
    ]  # fmt: skip
    assert json.loads(runs[0][2]) == pipeline.options.to_dict()


def test_a_changed_document_is_analysed_again_and_replaces_the_old(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    old = Document("story", "Russia attacked Ukraine on Monday. Kyiv condemned the strike.")
    new = Document("story", "France threatened Iran with new sanctions.")
    with open_store(tmp_path / "s.duckdb") as store:
        ingest(store, [old], pipeline)
        stats = ingest(store, [new, Document("other", "Iraq thanked Russia.")], pipeline)
        assert (stats.new, stats.changed) == (1, 1)
        assert {(e.doc_id, e.event_type) for e in store.events()} == {
            ("story", "THREATEN"), ("other", "SUPPORT"),
        }  # fmt: skip
        sentences = store.connection.execute("SELECT text FROM sentences WHERE doc_id = 'story'")
        assert sentences.fetchall() == [("France threatened Iran with new sanctions.",)]


def free_port() -> int:
    """A port nothing listens on: connecting to it is refused."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def server() -> Iterator[Callable[[str], str]]:
    """A server on 127.0.0.1 for one test; it stops after the test, or after 60 s."""
    article = (
        "<html><head><title>Talks</title></head><body><article><p>"
        + ("Egypt hosted talks between Israel and Hamas in Cairo on Tuesday, officials said. " * 3)
        + "</p></article></body></html>"
    )
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
        <item><title>Linked</title><link>/article</link></item></channel></rss>"""
    pages = {
        "/article": ("text/html; charset=utf-8", article),
        "/feed": ("application/rss+xml", feed),
        "/fake-feed": ("application/rss+xml", article),
    }

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path not in pages:
                self.send_error(404)
                return
            kind, body = pages[self.path]
            self.send_response(200)
            self.send_header("Content-Type", kind)
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.1}, daemon=True).start()
    watchdog = threading.Timer(60, httpd.shutdown)
    watchdog.start()
    try:
        yield lambda path: f"http://127.0.0.1:{httpd.server_address[1]}{path}"
    finally:
        watchdog.cancel()
        httpd.shutdown()
        httpd.server_close()


def test_bad_inputs_are_reported_and_the_rest_is_stored(
    tmp_path: Path, shared_model: None, server: Callable[[str], str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Iraq thanked Russia for its help on Monday.")
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Le président a rencontré le ministre.".encode("latin-1"))
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n\n ")
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"Russia attacked Ukraine. " * (50_000_000 // 25))
    lines = tmp_path / "lines.jsonl"
    lines.write_text(
        '{"id": "j1", "text": "France threatened Iran with sanctions."}\n{"id": broken\n'
    )
    dead = f"http://127.0.0.1:{free_port()}/story"
    db = tmp_path / "s.duckdb"
    outcome = CliRunner().invoke(main, [
        "ingest", str(good), str(binary), str(latin), str(empty), str(huge), str(lines), dead,
        server("/fake-feed"), server("/feed"), "--db", str(db), "--allow-private",
    ])  # fmt: skip
    assert outcome.exit_code == 1, outcome.output
    assert outcome.stdout == ""
    errors = [line for line in outcome.stderr.splitlines() if line.startswith("error:")]
    assert errors == [
        f"error: {binary}: binary file (contains NUL bytes), not text",
        f"error: {latin}: not UTF-8 text (invalid byte 0xe9 at offset 5); convert it to UTF-8",
        f"error: {empty}: empty document (no text)",
        f"error: {huge}: too large (50,000,000 bytes; the limit is 1,000,000 characters)",
        f"error: {lines}:2: malformed JSON (Expecting value at column 8)",
        f"error: {dead}: cannot connect (Connection refused)",
        f"error: {server('/fake-feed')}: not an RSS/Atom feed: the content is an HTML page "
        "(served as application/rss+xml)",
    ]
    summary = outcome.stderr.splitlines()[-1]
    assert summary.startswith(
        # a file or URL that gives no text is an unreadable input; a bad line is a document
        "tacitus: 9 inputs (6 unreadable): 4 documents (3 new, 0 unchanged, 0 changed, 1 failed), "
    ), summary
    assert f"→ {db} (" in summary
    with open_store(db, read_only=True) as store:
        docs = {d["doc_id"]: d for d in store.documents()}
        assert sorted(docs) == sorted([server("/article"), str(good), "j1"])
        assert docs[server("/article")]["outlet"] == "Wire"
        assert store.connection.execute("SELECT status, documents_failed FROM runs").fetchall() == [
            ("completed", 7)
        ]


def test_a_file_read_whose_analysis_fails_is_a_failed_document(
    tmp_path: Path, shared_model: None
) -> None:
    """Not an unreadable input: the file was read; its document failed (too many tokens)."""
    symbols = tmp_path / "symbols.txt"
    symbols.write_text("- " * 260_000)  # under the character limit, over the token limit
    good = tmp_path / "good.txt"
    good.write_text("Iraq thanked Russia for its help on Monday.")
    db = tmp_path / "s.duckdb"
    outcome = CliRunner().invoke(main, ["ingest", str(symbols), str(good), "--db", str(db)])
    assert outcome.exit_code == 1, outcome.output
    assert f"error: {symbols}: too large (260,000 tokens;" in outcome.stderr
    assert outcome.stderr.splitlines()[-1].startswith(
        "tacitus: 2 inputs (0 unreadable): 2 documents (1 new, 0 unchanged, 0 changed, 1 failed)"
    ), outcome.stderr


def test_private_addresses_need_allow_private(tmp_path: Path, server: Callable[[str], str]) -> None:
    outcome = CliRunner().invoke(
        main, ["ingest", server("/article"), "--db", str(tmp_path / "s.duckdb")]
    )
    assert outcome.exit_code == 1
    assert outcome.stderr.splitlines()[0] == (
        f"error: {server('/article')}: refused: 127.0.0.1 is a loopback address "
        "(use --allow-private to fetch it)"
    )


def test_ingest_into_a_store_in_use_fails_at_once(tmp_path: Path) -> None:
    db = tmp_path / "busy.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys
            from tacitus.store import open_store
            store = open_store({str(db)!r})
            print("open", flush=True)
            sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        text = tmp_path / "a.txt"
        text.write_text("Iraq thanked Russia.")
        outcome = CliRunner().invoke(main, ["ingest", str(text), "--db", str(db)])
        assert outcome.exit_code == 2
        assert outcome.stderr == (
            f"Error: store in use: {db} is open in another process (PID {holder.pid}) (one process "
            "writes to a store at a time; wait for the other one to finish (tacitus serve holds "
            "its store while it runs))\n"
        )
        events = CliRunner().invoke(main, ["events", "--db", str(db)])
        assert events.exit_code == 2 and events.stderr.startswith("Error: store in use:")
    finally:
        holder.communicate("\n", timeout=30)


def test_ingest_progress_lines_and_queries(tmp_path: Path, shared_model: None) -> None:
    corpus = tmp_path / "three.jsonl"
    corpus.write_text("\n".join(sample_lines(3)) + "\n")
    db = tmp_path / "s.duckdb"
    runner = CliRunner()
    outcome = runner.invoke(main, ["ingest", str(corpus), "--db", str(db), "--batch-size", "2",
                                   "--progress", "lines"])  # fmt: skip
    assert outcome.exit_code == 0, outcome.output
    loading, *lines = outcome.stderr.splitlines()
    assert loading.startswith("tacitus: loading model ")
    batch = (
        "tacitus: batch {} committed: 1 input (0 unreadable): {} documents ({} new, 0 unchanged, "
    )
    assert lines[0].startswith(batch.format(1, 2, 2)) and lines[1].startswith(batch.format(2, 3, 3))
    assert "documents/s" in lines[0] and "events/s" in lines[0]
    quiet = runner.invoke(main, ["ingest", str(corpus), "--db", str(db), "-q"])
    assert (quiet.exit_code, quiet.stderr) == (0, "")
    bar = runner.invoke(main, ["ingest", str(corpus), "--db", str(db), "--progress", "bar"])
    assert bar.exit_code == 0
    assert bar.stderr.startswith("tacitus: loading model ")
    assert "100% 3/3 documents [" in bar.stderr  # a total and an ETA: the size was known
    assert "events/s" in bar.stderr
    assert bar.stderr.splitlines()[-1].startswith(
        "tacitus: 1 input (0 unreadable): 3 documents (0 new, 3 unchanged, 0 changed, 0 failed), "
        "0 events, 0 new actors"
    )
    extracted = runner.invoke(main, ["extract", str(corpus), "-q"])
    stored = runner.invoke(main, ["events", "--db", str(db), "--format", "jsonl"])
    assert stored.exit_code == 0
    assert stored.stdout == extracted.stdout


def test_a_batch_and_its_stories_commit_together(
    tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure while a batch's documents are placed in stories rolls the documents back
    too: no reader and no rerun ever sees documents without their stories, and running the
    ingest again gives the store an uninterrupted run gives, stories included."""
    import tacitus.ingest

    corpus = tmp_path / "six.jsonl"
    corpus.write_text("\n".join(sample_lines(6)) + "\n")
    small = Pipeline(batch_size=2)
    small._analyzer = pipeline.analyzer
    with open_store(tmp_path / "clean.duckdb") as store:
        ingest(store, small.read([corpus]), small)
        expected = dump_all(store)
    real = tacitus.ingest.place_pending
    calls = 0

    def failing(store: Store, con: object, **options: Any) -> object:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise RuntimeError("killed between the documents and their stories")
        return real(store, con, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(tacitus.ingest, "place_pending", failing)
    with open_store(tmp_path / "s.duckdb") as store:
        with pytest.raises(RuntimeError, match="killed between"):
            ingest(store, small.read([corpus]), small)
        assert store.counts()["documents"] == 2  # the first batch, with its stories
        assert placed(store) == 2
        monkeypatch.setattr(tacitus.ingest, "place_pending", real)
        again = ingest(store, small.read([corpus]), small)
        assert (again.new, again.unchanged) == (4, 2)
        assert dump_all(store) == expected


def test_documents_stored_without_stories_are_placed_by_the_next_ingest(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    """What a kill between two commits left (as older Tacitus committed stories apart), or
    Store.write from Python, is finished by the next ingest, even one with nothing new."""
    corpus = tmp_path / "four.jsonl"
    corpus.write_text("\n".join(sample_lines(4)) + "\n")
    with open_store(tmp_path / "clean.duckdb") as store:
        ingest(store, pipeline.read([corpus]), pipeline)
        expected = dump_all(store)
    with open_store(tmp_path / "s.duckdb") as store:
        store.write(list(pipeline.run(pipeline.read([corpus]))))  # type: ignore[arg-type]
        assert placed(store) == 0
        again = ingest(store, pipeline.read([corpus]), pipeline)
        assert (again.new, again.unchanged) == (0, 4)
        assert dump_all(store) == expected


def placed(store: Store) -> int:
    row = store.connection.execute("SELECT count(*) FROM story_members").fetchone()
    return int(row[0]) if row else 0


def dump_all(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every table whose content depends on the inputs, the stories' included."""
    from tacitus.store.story_tables import TABLES as STORY_TABLES

    tables = [*CONTENT_TABLES, *STORY_TABLES]
    return {
        table: sorted(store.connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in tables
    }


def test_no_readable_input_makes_no_store(tmp_path: Path) -> None:
    db = tmp_path / "never.duckdb"
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json\n")
    outcome = CliRunner().invoke(main, ["ingest", str(tmp_path / "missing.txt"), str(broken),
                                        "--db", str(db)])  # fmt: skip
    assert outcome.exit_code == 1
    assert outcome.stderr.splitlines() == [
        f"error: {tmp_path / 'missing.txt'}: no such file or directory",
        f"error: {broken}:1: malformed JSON (Expecting property name enclosed in double quotes "
        "at column 2)",
        f"tacitus: no document could be read from 2 inputs; nothing stored (no store made or "
        f"changed: {db})",
    ]
    assert not db.exists()


def test_planned_items_counts_files_lines_and_unreadable_paths(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("One.")
    (folder / "b.jsonl").write_text('{"id": 1}\n\n{"id": 2}\n{"id": 3}\n')
    (folder / ".hidden").write_text("skipped")
    assert planned_items([str(folder), str(tmp_path / "gone.txt")]) == 1 + 3 + 1
    assert planned_items([str(folder), "-"]) is None  # stdin: no size known
    assert planned_items(["https://example.org/a", str(folder)]) is None


def test_a_second_ctrl_c_during_a_commit_stops_at_once() -> None:
    from tacitus.ingest import _interrupts_held

    before = signal.getsignal(signal.SIGINT)
    reached = []
    with pytest.raises(KeyboardInterrupt), _interrupts_held():
        signal.raise_signal(signal.SIGINT)  # held: the batch goes on being written
        reached.append("held")
        signal.raise_signal(signal.SIGINT)  # the user insists
        reached.append("never")
    assert reached == ["held"]
    assert signal.getsignal(signal.SIGINT) is before
