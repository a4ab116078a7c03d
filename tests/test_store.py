"""The store without the model: schema, upserts, transactions, locking, migrations."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from store_data import IRN, IRQ, RUS, USA, corpus, event, result

from tacitus import open_store
from tacitus.cli import main
from tacitus.errors import StoreError, StoreInUse, StoreVersionError, TacitusError
from tacitus.store import SCHEMA_VERSION, Store, migrations, writer
from tacitus.store.schema import CONTENT_TABLES, PRIMARY_TABLES, TABLES


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every content table, sorted: what 'the same store' means."""
    return {
        table: sorted(store.connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in CONTENT_TABLES
    }


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "t.duckdb") as opened:
        yield opened


def test_fresh_store_has_the_schema_module_layout(store: Store) -> None:
    for table, columns in TABLES.items():
        found = store.connection.execute(
            "SELECT column_name, data_type FROM information_schema.columns "
            "WHERE table_name = ? ORDER BY ordinal_position",
            [table],
        ).fetchall()
        assert [(n, t) for n, t in found] == list(columns), table
    assert store.schema_version() == SCHEMA_VERSION


def test_events_round_trip_to_the_same_records(store: Store) -> None:
    results = corpus()
    counts = store.write(results)
    assert (counts.new, counts.changed, counts.unchanged, counts.events) == (4, 0, 0, 6)
    assert [e.to_dict() for e in store.events()] == [e.to_dict() for r in results for e in r.events]
    assert [q.to_dict() for q in store.quotes()] == [q.to_dict() for q in results[0].quotes]
    assert store.counts()["sentences"] == sum(len(r.sentences) for r in results)
    assert store.counts()["mentions"] == sum(len(r.mentions) for r in results)


def test_writing_the_same_documents_twice_changes_nothing(store: Store) -> None:
    store.write(corpus())
    before = dump(store)
    counts = store.write(corpus())
    assert (counts.new, counts.changed, counts.unchanged, counts.events) == (0, 0, 4, 0)
    assert dump(store) == before


def test_a_changed_document_replaces_its_old_rows_and_keeps_its_place(store: Store) -> None:
    store.write(corpus())
    text = "Iran accused Iraq. Nothing else."
    new = result("a", text, [event("a", 0, "ACCUSE", IRN, IRQ, "Iran accused Iraq")],
                 outlet="Meridian Wire")  # fmt: skip
    counts = store.write([new])
    assert (counts.new, counts.changed) == (0, 1)
    events = list(store.events())
    assert [(e.doc_id, e.event_type) for e in events] == [
        ("a", "ACCUSE"), ("b", "THREATEN"), ("b", "COOPERATE"), ("c", "ASSAULT"), ("d", "CONSULT"),
    ]  # fmt: skip
    assert store.connection.execute("SELECT text FROM documents WHERE doc_id = 'a'").fetchall() == [
        (text,)
    ]
    assert store.counts()["quotes"] == 0  # document a's quote went with its old text
    sentences = store.connection.execute(
        "SELECT text FROM sentences WHERE doc_id = 'a' ORDER BY sentence_id"
    ).fetchall()
    assert sentences == [("Iran accused Iraq",), ("Nothing else.",)]


def test_actors_only_in_a_replaced_document_leave_the_registry(store: Store) -> None:
    store.write([result("x", "Russia accused the United States.",
                        [event("x", 0, "ACCUSE", RUS, USA, "Russia accused the US")])])  # fmt: skip
    store.write([result("x", "Iraq accused Iran.",
                        [event("x", 0, "ACCUSE", IRQ, IRN, "Iraq accused Iran")])])  # fmt: skip
    keys = store.connection.execute("SELECT actor_key FROM actors ORDER BY 1").fetchall()
    assert keys == [("country:IRN",), ("country:IRQ",)]


def test_the_same_document_twice_in_a_batch_keeps_the_last(store: Store) -> None:
    first = result("x", "Russia accused the United States.",
                   [event("x", 0, "ACCUSE", RUS, USA, "Russia accused the US")])  # fmt: skip
    second = result(
        "x", "Iraq accused Iran.", [event("x", 0, "ACCUSE", IRQ, IRN, "Iraq accused Iran")]
    )
    counts = store.write([first, second])
    assert (counts.new, counts.events) == (1, 1)
    assert [e.source.name for e in store.events() if e.source] == ["Iraq"]


def test_a_failing_batch_leaves_nothing_behind(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.write(corpus()[:1])
    before = dump(store)
    real = writer.insert

    def broken(con: duckdb.DuckDBPyConnection, table: str, *args: object) -> int:
        if table == "events":
            raise duckdb.IOException("disk full (simulated)")
        return real(con, table, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(writer, "insert", broken)
    with pytest.raises(StoreError) as caught:
        store.write(corpus()[1:])
    assert str(caught.value) == f"store {store.path}: writing failed (disk full (simulated))"
    assert dump(store) == before


def test_readers_see_whole_batches_only(store: Store) -> None:
    reader = store.cursor()
    with store.transaction() as con:
        writer.write_batch(con, corpus())
        assert reader.execute("SELECT count(*) FROM events").fetchone() == (0,)
    assert reader.execute("SELECT count(*) FROM events").fetchone() == (6,)


def test_a_second_writer_in_the_same_process_is_refused(store: Store) -> None:
    with pytest.raises(StoreInUse) as caught:
        open_store(store.path)
    assert (
        str(caught.value)
        == f"store in use: {store.path} is already open for writing in this process"
    )
    store.close()
    open_store(store.path).close()  # free again once closed


def test_a_second_writer_process_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "busy.duckdb"
    open_store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from tacitus.store import open_store
            store = open_store({str(path)!r})
            print("open", flush=True)
            sys.stdin.readline()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "open\n"
        with pytest.raises(StoreInUse) as caught:
            open_store(path)
        assert (
            str(caught.value)
            == f"store in use: {path} is open in another process (PID {holder.pid})"
        )
        assert "one process writes to a store at a time" in (caught.value.hint or "")
        with pytest.raises(StoreInUse):
            open_store(path, read_only=True)
    finally:
        holder.communicate("\n", timeout=30)
    with open_store(path, read_only=True) as store:
        assert store.counts()["documents"] == 0


def test_opening_problems_have_clear_messages(tmp_path: Path) -> None:
    with pytest.raises(StoreError) as caught:
        open_store(tmp_path / "missing.duckdb", read_only=True)
    assert str(caught.value) == f"no store at {tmp_path / 'missing.duckdb'}"
    with pytest.raises(StoreError) as caught:
        open_store(tmp_path / "no" / "dir.duckdb")
    assert str(caught.value) == (
        f"cannot create store {tmp_path / 'no' / 'dir.duckdb'}: directory {tmp_path / 'no'} does not exist"
    )
    garbage = tmp_path / "garbage.duckdb"
    garbage.write_text("not a database " * 100)
    with pytest.raises(StoreVersionError) as caught:
        open_store(garbage)
    assert str(caught.value) == f"{garbage} is not a Tacitus store (not a DuckDB database file)"
    other = tmp_path / "other.duckdb"
    con = duckdb.connect(str(other))
    con.execute("CREATE TABLE things (x INTEGER)")
    con.close()
    with pytest.raises(StoreVersionError) as caught:
        open_store(other)
    assert str(caught.value) == f"{other} is a DuckDB database but not a Tacitus store"


def test_a_closed_store_says_so(store: Store) -> None:
    store.close()
    with pytest.raises(StoreError, match="is closed"):
        store.counts()


def test_read_only_stores_refuse_writes(tmp_path: Path) -> None:
    path = tmp_path / "ro.duckdb"
    open_store(path).close()
    with open_store(path, read_only=True) as store, pytest.raises(StoreError, match="read-only"):
        store.write(corpus())


# -- migrations ---------------------------------------------------------------------------------


def make_v1_store(path: Path) -> None:
    """A store as version 1 wrote it: context as ';'-joined text, no quotes table."""
    con = duckdb.connect(str(path))
    migrations.apply(con, migrations.pending(None, target=1))
    columns = [row[0] for row in con.execute("DESCRIBE events").fetchall()]  # as v1 made it
    values = {name: None for name in columns}
    values.update(doc_id="old", seq=0, event_id="e1", event_type="COOPERATE", quad_class=2,
                  context="military;intelligence", sentence="Iraq and Iran cooperated.",
                  trigger_text="cooperated", trigger_start=15, trigger_end=25, goldstein=6.0,
                  cameo="060", reciprocal=True, negated=False, modality="asserted",
                  confidence=0.5, reason="v1")  # fmt: skip
    con.execute(f"INSERT INTO events ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [values[c] for c in columns])  # fmt: skip
    values.update(seq=1, event_id="e2", context="")
    con.execute(f"INSERT INTO events ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [values[c] for c in columns])  # fmt: skip
    con.execute("INSERT INTO documents VALUES ('old', 1, 'h', NULL, NULL, NULL, NULL, NULL, 25, "
                "'Iraq and Iran cooperated.')")  # fmt: skip
    con.close()


def test_a_read_only_open_of_an_older_store_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    make_v1_store(path)
    before = path.read_bytes()
    with pytest.raises(StoreVersionError) as caught:
        open_store(path, read_only=True)
    assert str(caught.value) == (
        f"{path} has schema version 1; this Tacitus reads version {SCHEMA_VERSION}: "
        "the store needs a migration"
    )
    assert caught.value.hint == f"run 'tacitus migrate --db {path}' once (it writes the store)"
    assert path.read_bytes() == before and not path.with_suffix(".duckdb.wal").exists()
    result = CliRunner().invoke(main, ["migrate", "--db", str(path)])
    assert result.exit_code == 0, result.output
    assert f"is at schema version {SCHEMA_VERSION}" in result.output
    with open_store(path, read_only=True) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.check() == {}


def test_an_older_store_is_migrated_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    make_v1_store(path)
    with open_store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert [e.context for e in store.events()] == [["military", "intelligence"], []]
        assert store.counts()["quotes"] == 0
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall() == [
        (str(SCHEMA_VERSION),)
    ]
    con.close()


def test_an_interrupted_migration_leaves_the_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "v1.duckdb"
    make_v1_store(path)

    def fail(con: duckdb.DuckDBPyConnection) -> None:
        con.execute("CREATE TABLE quotes (x INTEGER)")
        raise duckdb.IOException("power cut (simulated)")

    broken = dataclasses.replace(migrations.MIGRATIONS[1], apply=fail)
    monkeypatch.setattr(migrations, "MIGRATIONS", (migrations.MIGRATIONS[0], broken))
    with pytest.raises(StoreError) as caught:
        open_store(path)
    assert str(caught.value) == (
        f"store {path}: migrating to schema version 2 failed (power cut (simulated))"
    )
    monkeypatch.undo()
    con = duckdb.connect(str(path), read_only=True)
    assert migrations.stored_version(con) == 1
    assert con.execute(
        "SELECT count(*) FROM duckdb_tables() WHERE table_name = 'quotes'"
    ).fetchone() == (0,)
    con.close()
    with open_store(path) as store:  # and the real migration still works afterwards
        assert store.schema_version() == SCHEMA_VERSION


def test_a_newer_store_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    open_store(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    con.close()
    for read_only in (False, True):
        with pytest.raises(StoreVersionError) as caught:
            open_store(path, read_only=read_only)
        assert str(caught.value) == (
            f"{path} has schema version 99, newer than this Tacitus (0.1.0) supports "
            f"(version {SCHEMA_VERSION})"
        )
        assert caught.value.hint == "upgrade Tacitus to open it"
    con = duckdb.connect(str(path))  # the refusal left the file unlocked
    con.close()


def test_store_errors_are_tacitus_errors() -> None:
    for kind in (StoreError, StoreInUse, StoreVersionError):
        assert issubclass(kind, TacitusError)
    assert issubclass(StoreInUse, StoreError) and issubclass(StoreVersionError, StoreError)


def test_a_killed_writer_leaves_a_store_that_opens(tmp_path: Path) -> None:
    """Committed batches survive a SIGKILL: DuckDB replays its log on the next open."""
    path = tmp_path / "killed.duckdb"
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {str(Path(__file__).parent)!r})
        from store_data import corpus
        from tacitus.store import open_store
        store = open_store({str(path)!r})
        store.write(corpus()[:2])
        store.write(corpus()[2:])
        os.kill(os.getpid(), signal.SIGKILL)
    """)
    killed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert killed.returncode == -9, killed.stderr
    with open_store(path) as store:
        assert store.counts()["documents"] == 4
        assert [e.to_dict() for e in store.events()] == [
            e.to_dict() for r in corpus() for e in r.events
        ]


def test_a_failed_insert_reports_its_own_error(store: Store) -> None:
    """A value DuckDB cannot take (a lone surrogate written from Python, bypassing the readers)
    is the error reported, not the 'transaction is aborted' of cleaning up after it."""
    bad = result("a", "Iran thanked Iraq.")
    bad.document = dataclasses.replace(bad.document, title="T\ud800")
    with pytest.raises(StoreError, match="surrogate") as caught:
        store.write([bad])
    assert "aborted" not in str(caught.value)
    assert store.counts()["documents"] == 0
    store.write([result("b", "Iraq thanked Iran.")])  # the store goes on
    assert store.counts()["documents"] == 1


def test_reads_use_cursors_of_their_own_while_a_thread_writes(store: Store) -> None:
    """Reads never touch the writing connection: under a writer thread, no read is refused
    ('connection is busy') or handed another call's result."""
    import threading

    errors: list[BaseException] = []
    done = threading.Event()

    def write() -> None:
        try:
            for i in range(40):
                store.write([result(f"w{i}", f"Iran thanked Iraq {i} times.")])
        except BaseException as exc:  # reported below
            errors.append(exc)
        finally:
            done.set()

    writer_thread = threading.Thread(target=write)
    writer_thread.start()
    reads = 0
    while not done.is_set() or reads < 50:
        counts = store.counts()
        assert set(counts) == set(PRIMARY_TABLES)  # the shape of this call's own answer
        assert store.content_hashes(["w0", "nope"]).keys() <= {"w0"}
        reads += 1
    writer_thread.join()
    assert errors == []
    assert store.counts()["documents"] == 40
