"""Kills at random points (issue 16): `tacitus ingest` is SIGKILLed again and again, at random
moments (loading the model, analysing, writing a batch and its stories), then run to the end;
the store is the one an uninterrupted run makes, stories included. The kill points come from
a seeded generator (the same on every run).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from fault_corpus import article

from tacitus import Pipeline, open_store
from tacitus.ingest import ingest
from tacitus.store import Store
from tacitus.store.schema import CONTENT_TABLES
from tacitus.store.story_tables import TABLES as STORY_TABLES

pytestmark = pytest.mark.slow
TABLES = (*CONTENT_TABLES, *STORY_TABLES)
BATCH = 4


def write_corpus(path: Path, n: int = 60) -> None:
    import json

    lines = [
        json.dumps({"id": f"doc-{i:03d}", "text": article(600, seed=i),
                    "outlet": f"Wire {i % 3}", "published": f"2025-03-{1 + i % 20:02d}"})
        for i in range(n)
    ]  # fmt: skip
    path.write_text("\n".join(lines) + "\n")


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    return {
        table: sorted(store.connection.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
        for table in TABLES
    }


def start(corpus: Path, db: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "tacitus", "ingest", str(corpus), "--db", str(db),
         "--batch-size", str(BATCH), "--progress", "lines"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def kill_at_random(process: subprocess.Popen[str], rng: random.Random) -> str:
    """SIGKILL ``process`` after a random number of committed batches and a random delay (or
    before any commit); 'killed' or, when it ended first, 'finished'."""
    assert process.stderr is not None
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(process.stderr or ()), daemon=True)
    reader.start()
    # at most ~4 batches a run, of 15: three runs are killed before the corpus is done, on a
    # quiet machine as on a loaded one (a batch takes about half a second when quiet)
    after = rng.randint(0, 3)  # committed batches to wait for
    delay = rng.uniform(0.0, 0.6)
    deadline = time.monotonic() + 300
    while sum("committed" in line for line in lines) < after and process.poll() is None:
        if time.monotonic() > deadline:
            break
        time.sleep(0.02)
    time.sleep(delay)
    if process.poll() is not None:
        reader.join(5)
        return "finished"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(60)
    return "killed"


def test_sigkill_at_random_points_then_a_rerun_gives_the_clean_store(
    tmp_path: Path, pipeline: Pipeline
) -> None:
    corpus = tmp_path / "corpus.jsonl"
    write_corpus(corpus)
    batched = Pipeline(batch_size=BATCH)
    batched._analyzer = pipeline.analyzer
    with open_store(tmp_path / "clean.duckdb") as store:
        ingest(store, batched.read([corpus]), batched)
        expected = dump(store)
    db = tmp_path / "killed.duckdb"
    rng = random.Random(16)
    kills = 0
    for _ in range(5):
        if kill_at_random(start(corpus, db), rng) == "finished":
            break
        kills += 1
    rerun = start(corpus, db)
    _, err = rerun.communicate(timeout=600)
    assert rerun.returncode == 0, err
    assert kills >= 3  # the kills landed while it ran
    with open_store(db, read_only=True) as store:
        assert dump(store) == expected
