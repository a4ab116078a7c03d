"""The store object: one owner of the DuckDB connection (the one home of duckdb connecting).

``open_store(path)`` opens (creating or migrating) a store for writing; one process, and in it
one :class:`Store`, may write at a time: a second writer fails at once with
:class:`~tacitus.errors.StoreInUse`. ``open_store(path, read_only=True)`` opens it for queries
(several readers may share a store that nobody writes). Every write happens inside
:meth:`Store.transaction`, so readers (``store.cursor()`` in other threads) see whole batches
or nothing.
"""

from __future__ import annotations

import contextlib
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError, StoreInUse, StoreVersionError
from ..records import DocumentResult, Event, Quote
from ..version import __version__
from . import aggregates, migrations, queries, text_index
from . import export as exports
from .connection import connect, one, quiet, wrapped
from .dataset import dataset_connection, is_dataset
from .filters import Filters
from .schema import DOCUMENT_TABLES, PRIMARY_TABLES
from .writer import BatchCounts, write_batch

DEFAULT_PATH = "tacitus.duckdb"
# a size DuckDB takes for memory_limit: "1GB", "1.5 GiB", "512MB"
MEMORY = re.compile(r"\d+(\.\d+)?\s*([KMGT]i?B|B)", re.IGNORECASE)
_WRITERS: set[str] = set()  # stores open for writing in this process


def open_store(path: str | Path = DEFAULT_PATH, read_only: bool = False) -> Store:
    """Open the store at ``path`` (created when missing, migrated when older; a read-only
    open writes nothing and refuses an older store with a :class:`StoreVersionError` that
    names ``tacitus migrate``).

    >>> with open_store("tacitus.duckdb") as store:        # doctest: +SKIP
    ...     for event in store.events():
    ...         print(event.event_type, event.source, event.target)
    """
    if is_dataset(path):
        return _open_dataset(str(path).rstrip("/"), read_only)
    path = Path(path)
    if read_only and not path.exists():
        raise StoreError(
            f"no store at {path}", hint=f"create one with 'tacitus ingest INPUT... --db {path}'"
        )
    if not read_only and not path.parent.is_dir():
        raise StoreError(f"cannot create store {path}: directory {path.parent} does not exist")
    key = str(path.resolve())
    if key in _WRITERS:
        raise StoreInUse(
            f"store in use: {path} is already open for writing in this process",
            hint="use the open Store, or close it first",
        )
    con = connect(path, read_only)
    try:
        steps = _check_version(con, path)
        if steps and read_only:  # a read-only open writes nothing: it says what to run
            raise StoreVersionError(
                f"{path} has schema version {steps[0].version - 1}; this Tacitus reads version "
                f"{migrations.SCHEMA_VERSION}: the store needs a migration",
                hint=f"run 'tacitus migrate --db {path}' once (it writes the store)",
            )
        if steps:
            _migrate(con, path, steps)
    except BaseException:
        con.close()
        raise
    if not read_only:
        _WRITERS.add(key)
    return Store(con, path, read_only, key)


def _open_dataset(where: str, read_only: bool) -> Store:
    """A read-only store over a Parquet dataset (:mod:`tacitus.store.dataset`)."""
    if not read_only:
        raise StoreError(
            f"{where} is a Parquet dataset (tacitus export --format dataset): it opens read-only",
            hint="write to the DuckDB store it was exported from, and export it again",
        )
    return Store(dataset_connection(where), Path(where), True, f"dataset:{where}")


def _check_version(con: duckdb.DuckDBPyConnection, path: Path) -> list[migrations.Migration]:
    with wrapped(path, "reading the schema version"):
        version = migrations.stored_version(con)
    if version == -1:
        raise StoreVersionError(f"{path} is a DuckDB database but not a Tacitus store")
    if version is not None and version > migrations.SCHEMA_VERSION:
        raise StoreVersionError(
            f"{path} has schema version {version}, newer than this Tacitus ({__version__}) "
            f"supports (version {migrations.SCHEMA_VERSION})",
            hint="upgrade Tacitus to open it",
        )
    return migrations.pending(version)


def _migrate(con: duckdb.DuckDBPyConnection, path: Path, steps: list[migrations.Migration]) -> None:
    with wrapped(path, f"migrating to schema version {steps[-1].version}"):
        migrations.apply(con, steps)
    with wrapped(path, "computing the aggregates and the text index"):
        row = one(con, "SELECT count(*) FROM meta WHERE key = ?", [migrations.NEEDS_REBUILD])
        some = one(con, "SELECT value FROM meta WHERE key = ?", [migrations.NEEDS_AGGREGATES])
        if (row and row[0]) or some:
            con.execute("BEGIN TRANSACTION")
            try:
                if row and row[0]:
                    rebuild_derived(con)
                else:  # only the aggregates a migration added or changed
                    aggregates.rebuild(con, tuple(str(some[0]).split(",")) if some else None)
                con.execute(
                    "DELETE FROM meta WHERE key IN (?, ?)",
                    [migrations.NEEDS_REBUILD, migrations.NEEDS_AGGREGATES],
                )
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
            con.execute("CHECKPOINT")


def rebuild_derived(con: duckdb.DuckDBPyConnection) -> None:
    """Recompute the aggregates and the text index from the rows (in the caller's
    transaction)."""
    aggregates.rebuild(con)
    text_index.rebuild(con)


# the physical order compact writes: the ingest order (the order pages list and the writer
# appends; news arrive in about date order, so it also keeps date filters pruning)
COMPACT_ORDER = {
    "documents": "seq",
    "sentences": "doc_seq, sentence_id",
    "mentions": "doc_seq, seq",
    "events": "doc_seq, seq",
    "quotes": "doc_seq, seq",
}


class Store:
    """A Tacitus event store: documents, sentences, mentions, actors, events, quotes, runs."""

    def __init__(
        self, con: duckdb.DuckDBPyConnection, path: Path, read_only: bool, key: str
    ) -> None:
        self._con: duckdb.DuckDBPyConnection | None = con
        self.path = path
        self.read_only = read_only
        self._key = key

    @property
    def in_ingest_order(self) -> bool:
        """Whether the events lie in ingest order (``doc_seq``), so a range of documents is a
        few row groups: a DuckDB file; a Parquet dataset keeps them in day order."""
        return not self._key.startswith("dataset:")

    def __repr__(self) -> str:
        mode = "read-only" if self.read_only else "writing"
        return f"<Store {str(self.path)!r} ({mode})>"

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None
            if not self.read_only:
                _WRITERS.discard(self._key)

    @property
    def connection(self) -> duckdb.DuckDBPyConnection:
        if self._con is None:
            raise StoreError(f"store {self.path} is closed")
        return self._con

    def limit_memory(self, limit: str) -> None:
        """Cap DuckDB's memory for this store ("1GB", "512MiB"): its buffer cache stays within
        it (a server on a 10M-event store otherwise grows to what its reads touched); work
        that needs more spills to a temporary directory or fails with a clear error."""
        if not MEMORY.match(limit):
            raise StoreError(
                f"bad memory limit {limit!r}", hint="a size such as 1GB, 1.5GiB or 512MB"
            )
        with wrapped(self.path, f"setting the memory limit to {limit}"):
            self.connection.execute(f"SET memory_limit = '{limit.replace(' ', '')}'")

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """A connection for another thread: it sees committed batches only."""
        return quiet(self.connection.cursor())

    @contextmanager
    def reading(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own for one read, closed after it: reads never use the writing
        connection, so a read in one thread cannot interleave with a write in another (DuckDB
        refuses a connection used by two threads at once, or mixes up their results)."""
        cursor = self.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    @contextmanager
    def transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """Everything written inside is committed together, or not at all."""
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        con = self.connection
        with wrapped(self.path, "starting a transaction"):
            con.execute("BEGIN TRANSACTION")
        try:
            with wrapped(self.path, "writing"):
                yield con
                con.execute("COMMIT")
        except BaseException:
            with contextlib.suppress(duckdb.Error):  # already gone after a failed commit
                con.execute("ROLLBACK")
            raise

    # -- reading the basics ------------------------------------------------------------------

    def schema_version(self) -> int:
        with self.reading() as con, wrapped(self.path, "reading the schema version"):
            version = migrations.stored_version(con)
        return version or 0

    def counts(self) -> dict[str, int]:
        """Rows per table (one read: the counts of one committed state)."""
        out: dict[str, int] = {}
        with self.reading() as con, wrapped(self.path, "counting rows"):
            selects = ", ".join(f"(SELECT count(*) FROM {table})" for table in PRIMARY_TABLES)
            row = one(con, f"SELECT {selects}")
        for table, count in zip(PRIMARY_TABLES, row or [0] * len(PRIMARY_TABLES), strict=True):
            out[table] = int(count)
        return out

    def content_hash(self, doc_id: str) -> str | None:
        """The stored content hash of a document, or None when it is not stored."""
        with self.reading() as con, wrapped(self.path, "looking up a document"):
            row = one(con, "SELECT content_hash FROM documents WHERE doc_id = ?", [doc_id])
        return None if row is None else str(row[0])

    def content_hashes(self, doc_ids: Iterable[str]) -> dict[str, str]:
        """The stored content hashes of those of ``doc_ids`` that are stored (one query)."""
        wanted = list(doc_ids)
        if not wanted:
            return {}
        with self.reading() as con, wrapped(self.path, "looking up documents"):
            found = con.execute(
                "SELECT doc_id, content_hash FROM documents WHERE list_contains(?, doc_id)",
                [wanted],
            ).fetchall()
        return {str(doc_id): str(content_hash) for doc_id, content_hash in found}

    # -- writing -------------------------------------------------------------------------------

    def write(self, results: Iterable[DocumentResult]) -> BatchCounts:
        """Upsert analysed documents in one transaction."""
        with self.transaction() as con:
            return write_batch(con, list(results))

    def rebuild(self) -> None:
        """Recompute the aggregates (dyads, actor and outlet counts, events per day, each
        document's counts) and the text index from the stored rows, in one transaction."""
        with self.transaction() as con:
            rebuild_derived(con)

    def check(self) -> dict[str, int]:
        """Rows of each aggregate (and of the text index's ``text_unsure``) that differ from
        a recomputation (empty: all agree)."""
        with self.reading() as con, wrapped(self.path, "checking the aggregates"):
            found = aggregates.differences(con)
            unsure = text_index.unsure_differences(con)
            return {**found, "text_unsure": unsure} if unsure else found

    def compact(self) -> None:
        """Rewrite the rows in ingest order (a changed document's rows were appended at the
        end) and the text index as one sorted run, then checkpoint: what DuckDB's zone maps
        need to skip row groups (docs/scale.md)."""
        with self.transaction() as con:
            for table in ("documents", *DOCUMENT_TABLES):
                con.execute(
                    f"CREATE OR REPLACE TEMP TABLE _compact AS "
                    f"SELECT * FROM {table} ORDER BY {COMPACT_ORDER[table]}"
                )
                con.execute(f"DELETE FROM {table}")
                con.execute(f"INSERT INTO {table} SELECT * FROM _compact")
                con.execute("DROP TABLE _compact")
            text_index.compact(con)
        with wrapped(self.path, "checkpointing"):
            self.connection.execute("CHECKPOINT")

    def start_run(self, config: Mapping[str, Any], inputs: Iterable[str]) -> int:
        """Record the start of an ingest run; runs left 'running' by a killed process are
        marked 'interrupted' (this process holds the store, so they cannot be running)."""
        with self.transaction() as con:
            con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
            row = one(con, "SELECT coalesce(max(run_id), 0) + 1 FROM runs")
            run_id = int(row[0]) if row else 1
            con.execute(
                "INSERT INTO runs (run_id, started, status, tacitus_version, model, config, "
                "inputs) VALUES (?, current_timestamp, 'running', ?, ?, ?, ?)",
                [run_id, __version__, config.get("model"), json.dumps(dict(config)),
                 json.dumps(list(inputs))],
            )  # fmt: skip
        return run_id

    def finish_run(self, run_id: int, counts: Mapping[str, int], status: str) -> None:
        with self.transaction() as con:
            con.execute(
                "UPDATE runs SET finished = current_timestamp, status = ?, documents_new = ?, "
                "documents_unchanged = ?, documents_changed = ?, documents_failed = ?, "
                "events = ?, actors = ? WHERE run_id = ?",
                [status, counts.get("new", 0), counts.get("unchanged", 0),
                 counts.get("changed", 0), counts.get("failed", 0), counts.get("events", 0),
                 counts.get("actors", 0), run_id],
            )  # fmt: skip

    # -- queries and exports -------------------------------------------------------------------

    def events(self, filters: Filters | None = None) -> Iterator[Event]:
        """Stored events (in ingest order), as the pipeline produced them."""
        return queries.events(self, filters)

    def quotes(self, filters: Filters | None = None) -> Iterator[Quote]:
        return queries.quotes(self, filters)

    def actors(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        return queries.actors(self, filters)

    def dyads(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        return queries.dyads(self, filters)

    def documents(self, filters: Filters | None = None) -> list[dict[str, Any]]:
        return queries.documents(self, filters)

    def export(self, fmt: str, out_dir: str | Path) -> dict[str, int]:
        """Write the store to ``out_dir`` as parquet, csv, jsonl or plover; rows per file."""
        return exports.export(self, fmt, Path(out_dir))
