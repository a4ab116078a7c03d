"""Connecting to DuckDB and translating its errors (the one home of ``duckdb.connect``)."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

import duckdb

from ..errors import StoreError, StoreInUse, StoreVersionError


class Readable(Protocol):
    """What reading a store needs (the queries, the export): its path, for messages, and
    cursors that see committed batches only. :class:`~tacitus.store.database.Store` is one;
    naming this instead keeps the readers below the Store that calls them."""

    path: Path

    def cursor(self) -> duckdb.DuckDBPyConnection: ...


_PID = re.compile(r"PID (\d+)")
_IN_USE_HINT = (
    "one process writes to a store at a time; wait for the other one to finish "
    "(tacitus serve holds its store while it runs)"
)


def short(exc: BaseException) -> str:
    """DuckDB's message without its error-class prefix and documentation links."""
    text = str(exc).split("\n")[0]
    text = re.sub(r"^[A-Za-z ]*Error: ", "", text)
    return re.sub(r"\s*See also https?://\S+", "", text).strip()


@contextmanager
def wrapped(path: Path, action: str) -> Iterator[None]:
    """Turn DuckDB errors raised while doing ``action`` into StoreError."""
    try:
        yield
    except duckdb.InterruptException as exc:  # Ctrl-C while DuckDB was working
        raise KeyboardInterrupt from exc
    except duckdb.Error as exc:
        raise StoreError(f"store {path}: {action} failed ({short(exc)})") from exc


def quiet(con: duckdb.DuckDBPyConnection) -> duckdb.DuckDBPyConnection:
    """``con`` without DuckDB's progress bar: it draws one on stdout for a query over two
    seconds, in the middle of `tacitus events --format jsonl` and the like (a setting of each
    connection, cursors included)."""
    con.execute("SET enable_progress_bar = false")
    return con


def connect(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    try:
        return quiet(duckdb.connect(str(path), read_only=read_only))
    except duckdb.ConnectionException as exc:  # same file, other mode, in this process
        raise StoreInUse(
            f"store in use: {path} is already open in this process",
            hint="use the open Store (store.cursor() gives a connection for another thread)",
        ) from exc
    except duckdb.IOException as exc:
        text = str(exc)
        if "lock" in text.lower():
            pid = _PID.search(text)
            who = f" (PID {pid[1]})" if pid else ""
            raise StoreInUse(
                f"store in use: {path} is open in another process{who}", hint=_IN_USE_HINT
            ) from exc
        if "not a valid DuckDB database" in text:
            raise StoreVersionError(
                f"{path} is not a Tacitus store (not a DuckDB database file)"
            ) from exc
        raise StoreError(f"cannot open store {path} ({short(exc)})") from exc
    except duckdb.Error as exc:
        raise StoreError(f"cannot open store {path} ({short(exc)})") from exc


def one(
    con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()
) -> tuple[Any, ...] | None:
    """The first row of a query, its result read to the end (DuckDB 2 refuses other work on a
    connection whose last result is unfinished)."""
    found = con.execute(sql, list(params)).fetchall()
    return found[0] if found else None
