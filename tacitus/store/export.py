"""Exports: Parquet and CSV per table, JSON lines in the contract's shape, strict PLOVER JSON
(records made by :mod:`tacitus.plover`).

Everything is read in one transaction, so an export is one consistent snapshot. Parquet is
written by DuckDB itself (no pyarrow needed) and opens in DuckDB, Spark, pandas and Polars.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import duckdb

from ..errors import ConfigError, StoreError
from ..plover import plover_record
from . import rows
from .connection import Readable, one, wrapped
from .schema import TABLES
from .story_tables import TABLES as STORY_TABLES

FORMATS = ("parquet", "csv", "jsonl", "plover", "dataset")
# the stories' tables too (tacitus/stories): the grouping and the merged events, less the
# grouping's internal state (term statistics, MinHash signatures, term weights, vectors)
STORY_EXPORTED = ("stories", "story_members", "merged_events", "merged_mentions")
EXPORTED = ("documents", "sentences", "mentions", "actors", "events", "quotes", "runs",
            *STORY_EXPORTED)  # fmt: skip
_INTERNAL = {"mass", "vector", "signature"}
_ORDER = {
    "documents": "seq",
    "sentences": "doc_id, sentence_id",
    "mentions": "doc_id, seq",
    "actors": "actor_key",
    "events": "doc_id, seq",
    "quotes": "doc_id, seq",
    "runs": "run_id",
    "stories": "seq",
    "story_members": "seq",
    "merged_events": "story_id, seq",
    "merged_mentions": "merged_id, published, doc_id, event_seq",
}


def export(store: Readable, fmt: str, out_dir: Path) -> dict[str, int]:
    """Write the store to ``out_dir``; returns rows written per file name."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}", hint="one of " + ", ".join(FORMATS))
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create {out_dir}: {exc.strerror or exc}") from exc
    if fmt == "dataset":
        from .dataset import write_dataset

        return write_dataset(store, out_dir)
    con = store.cursor()  # one connection, one transaction: one snapshot
    try:
        with wrapped(store.path, "exporting"):
            con.execute("BEGIN TRANSACTION")
            if fmt == "plover":
                written = {"events.plover.jsonl": _plover(con, out_dir / "events.plover.jsonl")}
            elif fmt == "jsonl":
                written = _jsonl(con, out_dir)
            else:
                written = {f"{t}.{fmt}": _copy(con, t, out_dir / f"{t}.{fmt}", fmt)
                           for t in EXPORTED}  # fmt: skip
            con.execute("COMMIT")
    finally:
        con.close()
    return written


def _sql_path(path: Path) -> str:
    return "'" + str(path).replace("'", "''") + "'"


def _columns(table: str) -> list[tuple[str, str]]:
    """The exported columns of ``table`` with their SQL types."""
    columns = TABLES[table] if table in TABLES else STORY_TABLES[table]
    return [(name, kind) for name, kind in columns if name not in _INTERNAL]


def _copy(con: duckdb.DuckDBPyConnection, table: str, path: Path, fmt: str) -> int:
    kinds = _columns(table)
    columns = [name for name, _ in kinds]
    if fmt == "csv":  # lists as ';'-joined text, as `tacitus extract --format csv` writes them
        columns = [
            f"array_to_string({name}, ';') AS {name}" if kind.endswith("[]") else name
            for name, kind in kinds
        ]
    options = "FORMAT parquet, COMPRESSION zstd" if fmt == "parquet" else f"FORMAT {fmt}"
    if fmt == "csv":
        options += ", HEADER true"
    select = f"SELECT {', '.join(columns)} FROM {table} ORDER BY {_ORDER[table]}"
    con.execute(f"COPY ({select}) TO {_sql_path(path)} ({options})")
    row = one(con, f"SELECT count(*) FROM {table}")
    return int(row[0]) if row else 0


def _records(con: duckdb.DuckDBPyConnection, table: str) -> Iterator[dict[str, Any]]:
    """Rows of ``events`` or ``quotes`` in ingest order, as dicts."""
    con.execute(f"SELECT t.* FROM {table} t JOIN documents d USING (doc_id) ORDER BY d.seq, t.seq")
    names = [d[0] for d in con.description or []]
    while chunk := con.fetchmany(2000):
        for values in chunk:
            yield dict(zip(names, values, strict=True))


def _jsonl(con: duckdb.DuckDBPyConnection, out_dir: Path) -> dict[str, int]:
    """Events and quotes in the contract's JSON shape; the other tables row by row."""
    written = {}
    with _open(out_dir / "events.jsonl") as out:
        records = (rows.event_from(r).to_dict() for r in _records(con, "events"))
        written["events.jsonl"] = _lines(out, records)
    with _open(out_dir / "quotes.jsonl") as out:
        records = (rows.quote_from(r).to_dict() for r in _records(con, "quotes"))
        written["quotes.jsonl"] = _lines(out, records)
    for table in ("documents", "sentences", "mentions", "actors", "runs", *STORY_EXPORTED):
        written[f"{table}.jsonl"] = _copy(con, table, out_dir / f"{table}.jsonl", "json")
    return written


def _open(path: Path) -> Any:
    try:
        return path.open("w", encoding="utf-8")
    except OSError as exc:
        raise StoreError(f"cannot write {path}: {exc.strerror or exc}") from exc


def _lines(out: Any, records: Iterator[dict[str, Any]]) -> int:
    n = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
        n += 1
    return n


def _plover(con: duckdb.DuckDBPyConnection, path: Path) -> int:
    records = (plover_record(rows.event_from(r)) for r in _records(con, "events"))
    with _open(path) as out:
        return _lines(out, (r for r in records if r is not None))
