"""Crash safety: an ingest killed (SIGKILL) or interrupted (Ctrl-C) after its first commit, then
run again, gives exactly the store an uninterrupted run gives."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tacitus import Pipeline, open_store
from tacitus.ingest import ingest as ingest_into
from tacitus.records import Document
from tacitus.store import Store
from tacitus.store.schema import CONTENT_TABLES

pytestmark = pytest.mark.slow

COUNTRIES = [
    "Russia",
    "Ukraine",
    "Iraq",
    "Iran",
    "Syria",
    "France",
    "Egypt",
    "Qatar",
    "Turkey",
    "China",
]
DEEDS = [
    "accused {b} of violating the ceasefire", "threatened {b} with new sanctions",
    "agreed to share intelligence with {b}", "urged {b} to release the prisoners",
    "praised {b} for its mediation", "met officials from {b} in Geneva",
    "rejected a proposal from {b}", "sent humanitarian aid to {b}",
]  # fmt: skip


def write_corpus(path: Path, n: int = 100) -> None:
    """``n`` small, varied articles as JSON lines."""
    lines = []
    for i in range(n):
        a, b = COUNTRIES[i % 10], COUNTRIES[(i * 3 + 1) % 10]
        if a == b:
            b = COUNTRIES[(i + 5) % 10]
        first = DEEDS[i % len(DEEDS)].format(b=b)
        second = DEEDS[(i * 5 + 3) % len(DEEDS)].format(b=a)
        text = f"{a} {first} on Monday, officials said. {b} {second} in a statement."
        lines.append(json.dumps({"id": f"doc-{i:03d}", "text": text, "outlet": f"Wire {i % 3}",
                                 "published": f"2025-03-{1 + i % 28:02d}"}))  # fmt: skip
    path.write_text("\n".join(lines) + "\n")


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    with open_store(path, read_only=True) as store:
        return _tables(store)


@pytest.fixture(autouse=True)
def ctrl_c_delivered() -> Iterator[None]:
    """Ctrl-C raises KeyboardInterrupt here and in the ingests started here, as in a terminal.
    A command started in the background of a shell without job control ignores SIGINT, and so
    does every process it starts (ignored signals survive exec); a test run started that way
    would otherwise see no Ctrl-C at all. A handler installed here is reset to the default in
    a child at exec, so the child's Python raises KeyboardInterrupt again."""
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, before)


def _tables(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: sorted(store.connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in CONTENT_TABLES
    }


def ingest(corpus: Path, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tacitus", "ingest", str(corpus), "--db", str(db),
         "--batch-size", "5", "--progress", "lines"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def stop_after_first_commit(process: subprocess.Popen[str], sig: int) -> tuple[int, str]:
    assert process.stderr is not None
    before = ""
    for line in process.stderr:  # 'loading model ...' comes first
        before += line
        if line.startswith("tacitus: batch 1 committed"):
            break
    assert "tacitus: batch 1 committed" in before, before
    os.kill(process.pid, sig)
    _, rest = process.communicate(timeout=120)
    return process.returncode, before + rest


@pytest.fixture(scope="module")
def clean(
    tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline
) -> tuple[Path, dict[str, list[tuple[object, ...]]]]:
    """The corpus and the store an uninterrupted ingest makes of it."""
    folder = tmp_path_factory.mktemp("crash")
    corpus = folder / "corpus.jsonl"
    write_corpus(corpus)
    with open_store(folder / "clean.duckdb") as store:
        stats = ingest_into(store, pipeline.read([corpus]), pipeline)
        assert (stats.new, stats.failed) == (100, 0)
        return corpus, _tables(store)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGINT], ids=["SIGKILL", "Ctrl-C"])
def test_an_interrupted_ingest_run_again_gives_the_same_store(
    tmp_path: Path, clean: tuple[Path, dict[str, list[tuple[object, ...]]]], sig: int
) -> None:
    corpus, expected = clean
    db = tmp_path / "store.duckdb"
    for _ in range(3):  # on a loaded machine the run can end before the signal is sent
        code, stderr = stop_after_first_commit(ingest(corpus, db), sig)
        committed = dump(db)
        if code != 0:
            break
        db.unlink()  # it finished first (exit 0, every document): interrupt a fresh run
        db.with_suffix(".duckdb.wal").unlink(missing_ok=True)
    assert 5 <= len(committed["documents"]) < 100, "the kill should land mid-run"
    if sig == signal.SIGKILL:
        assert code == -signal.SIGKILL
    else:
        assert code == 130, stderr
        assert stderr.splitlines()[-1] == (
            f"tacitus: interrupted; what was committed is kept in {db}: run the same command "
            "again to go on"
        )
    rerun = ingest(corpus, db)
    _, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    summary = err.splitlines()[-1]
    assert (
        f"({100 - len(committed['documents'])} new, {len(committed['documents'])} unchanged, "
        in summary
    )
    assert dump(db) == expected
    with open_store(db, read_only=True) as store:
        statuses = store.connection.execute("SELECT status FROM runs ORDER BY run_id").fetchall()
    assert statuses == [("interrupted",), ("completed",)]


def test_ctrl_c_while_a_batch_is_written_commits_it_whole_then_stops(
    tmp_path: Path, pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SIGINT between a batch's rows and its stories waits until the batch commits: the store
    has the whole batch in stories (rolled back, it lost the batch's analysis), then the run
    stops as interrupted, and Ctrl-C is Python's own again."""
    from tacitus.store.writer import write_batch as written

    signals: list[int] = []

    def write_then_ctrl_c(con: object, results: list[object]) -> object:
        counts = written(con, results)  # type: ignore[arg-type]
        if not signals:
            signals.append(signal.SIGINT)
            os.kill(os.getpid(), signal.SIGINT)  # as a terminal's Ctrl-C: to this process
        return counts

    monkeypatch.setattr("tacitus.ingest.write_batch", write_then_ctrl_c)
    docs = [Document(f"d{i}", f"France threatened Iran with sanctions over case {i}.")
            for i in range(6)]  # fmt: skip
    with open_store(tmp_path / "s.duckdb") as store:
        with pytest.raises(KeyboardInterrupt):
            ingest_into(store, docs, pipeline.run, batch_size=3)
        con = store.connection
        stored = {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}
        placed = {r[0] for r in con.execute("SELECT doc_id FROM story_members").fetchall()}
        runs = con.execute("SELECT status FROM runs").fetchall()
    assert stored == placed == {"d0", "d1", "d2"}
    assert runs == [("interrupted",)]
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler
