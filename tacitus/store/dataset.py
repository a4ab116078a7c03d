"""A store as a date-partitioned Parquet dataset, and read-only stores opened from one.

``tacitus export --format dataset --out DIR`` writes every table of the store (the rows, the
aggregates, the text index, the stories) as Parquet, the events partitioned by the month of
their day (the date the text gives, else the publication date)::

    DIR/tacitus-dataset.json                      format, schema version, rows per table
    DIR/events/year=2024/month=3/data_0.parquet   events of March 2024, in day order
    DIR/events/year=NULL/month=NULL/...           undated events
    DIR/documents.parquet  DIR/sentences.parquet  ...  every other table, one file each

:func:`open_dataset` (``open_store`` on such a directory, or on a URL DuckDB reads: ``s3://``,
``https://``, ...) opens it read-only: an in-memory DuckDB whose tables are views over the
files, so ``tacitus serve``, the queries and the exports run on it unchanged, and several
servers can read one copy on shared storage while one writer keeps the DuckDB file. A filter on
dates skips the Parquet row groups outside it (the files' min/max statistics).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import duckdb

from ..errors import StoreError, StoreVersionError
from ..version import __version__
from . import migrations
from .connection import Readable, one, quiet, wrapped
from .schema import TABLES, Columns
from .story_tables import OUTLETS_VIEW
from .story_tables import TABLES as STORY_TABLES

MARK = "tacitus-dataset.json"
FORMAT = "tacitus-dataset"
PARTITIONED = "events"  # by year and month of ``day``
_ORDER = {
    "documents": "seq",
    "sentences": "doc_seq, sentence_id",
    "mentions": "doc_seq, seq",
    "quotes": "doc_seq, seq",
}


def tables() -> dict[str, Columns]:
    """Every table a store has (the stories' included), with its columns."""
    return {**TABLES, **STORY_TABLES}


def is_dataset(path: str | Path) -> bool:
    """Whether ``path`` names a dataset: a URL, or a directory holding the mark."""
    return "://" in str(path) or (Path(path) / MARK).is_file()


def _quoted(columns: Columns) -> str:
    return ", ".join(f'"{name}"' for name, _ in columns)


def _sql_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def write_dataset(store: Readable, out_dir: Path) -> dict[str, int]:
    """Write the store as a dataset in ``out_dir`` (one snapshot); rows per table."""
    _clear(out_dir)
    con = store.cursor()
    written: dict[str, int] = {}
    try:
        with wrapped(store.path, "exporting a dataset"):
            con.execute("BEGIN TRANSACTION")
            for table, columns in tables().items():
                written[table] = _write_table(con, table, columns, out_dir)
            con.execute("COMMIT")
    finally:
        con.close()
    mark = {"format": FORMAT, "schema_version": migrations.SCHEMA_VERSION,
            "tacitus_version": __version__, "partitioned": {PARTITIONED: ["year", "month"]},
            "rows": written}  # fmt: skip
    (out_dir / MARK).write_text(json.dumps(mark, indent=2) + "\n", encoding="utf-8")
    return written


def _clear(out_dir: Path) -> None:
    """An earlier export in ``out_dir`` is replaced: its mark goes first (until the new
    snapshot is whole, nothing there opens as a dataset), then its month partitions (else
    months the store no longer has would be read back). An ``events`` folder that no mark
    vouches for is no Tacitus dataset's: refused, not deleted."""
    mark, months = out_dir / MARK, out_dir / PARTITIONED
    if mark.exists():
        try:
            mark.unlink()
        except OSError as exc:
            raise StoreError(
                f"cannot replace the dataset in {out_dir}: {exc.strerror or exc}"
            ) from exc
        shutil.rmtree(months, ignore_errors=True)
    elif months.exists():
        raise StoreError(
            f"{out_dir} has an {PARTITIONED}/ folder but no {MARK}: not a Tacitus dataset "
            "(choose an empty directory, or one an earlier export wrote)"
        )


def _write_table(con: duckdb.DuckDBPyConnection, table: str, columns: Columns, out: Path) -> int:
    row = one(con, f"SELECT count(*) FROM {table}")
    count = int(row[0]) if row else 0
    options = "FORMAT parquet, COMPRESSION zstd"
    if table == PARTITIONED:
        if not count:
            return 0
        select = (f"SELECT {_quoted(columns)}, year(day) AS year, month(day) AS month "
                  f"FROM {table} ORDER BY day, doc_seq, seq")  # fmt: skip
        target = out / table
        options += ", PARTITION_BY (year, month), OVERWRITE_OR_IGNORE"
    else:
        order = f" ORDER BY {_ORDER[table]}" if table in _ORDER else ""
        select = f"SELECT {_quoted(columns)} FROM {table}{order}"
        target = out / f"{table}.parquet"
    con.execute(f"COPY ({select}) TO {_sql_text(str(target))} ({options})")
    return count


def read_mark(where: str) -> dict[str, Any]:
    """The dataset's mark (``tacitus-dataset.json``), checked."""
    con = quiet(duckdb.connect())
    try:
        row = one(con, "SELECT content FROM read_text(?)", [f"{where}/{MARK}"])
    except duckdb.Error as exc:
        raise StoreError(f"no Tacitus dataset at {where} ({exc})") from exc
    finally:
        con.close()
    if not row:
        raise StoreError(f"no Tacitus dataset at {where} (no {MARK})")
    try:
        mark = json.loads(str(row[0]))
    except ValueError as exc:
        raise StoreError(f"{where}/{MARK} is not JSON ({exc})") from exc
    if not isinstance(mark, dict) or mark.get("format") != FORMAT:
        raise StoreError(f"{where}/{MARK} is not a Tacitus dataset's mark")
    version = int(mark.get("schema_version", -1))
    if version != migrations.SCHEMA_VERSION:
        raise StoreVersionError(
            f"the dataset at {where} has schema version {version}, this Tacitus "
            f"({__version__}) reads version {migrations.SCHEMA_VERSION}",
            hint="export it again with this Tacitus",
        )
    return mark


def dataset_connection(where: str) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB whose tables are views over the dataset's files."""
    mark = read_mark(where)
    con = quiet(duckdb.connect())
    try:
        for table, columns in tables().items():
            con.execute(f"CREATE VIEW {table} AS {_source(where, table, columns, mark)}")
        con.execute(OUTLETS_VIEW)
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"cannot read the dataset at {where} ({exc})") from exc
    return con


def _source(where: str, table: str, columns: Columns, mark: dict[str, Any]) -> str:
    if table == PARTITIONED and not mark.get("rows", {}).get(table):
        nulls = ", ".join(f'NULL::{kind} AS "{name}"' for name, kind in columns)
        return f"SELECT {nulls} WHERE false"
    if table == PARTITIONED:
        files = f"read_parquet({_sql_text(f'{where}/{table}/*/*/*.parquet')}, "
        files += "hive_partitioning = true)"
    else:
        files = f"read_parquet({_sql_text(f'{where}/{table}.parquet')})"
    return f"SELECT {_quoted(columns)} FROM {files}"
