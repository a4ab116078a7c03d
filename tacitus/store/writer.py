"""Writing analysed documents: one batch, one transaction, upserts keyed by ``doc_id``.

A document whose ``doc_id`` and content hash are already stored is left alone; one with the same
``doc_id`` and a new hash replaces its old sentences, mentions, events and quotes (and keeps its
place in the ingest order); a new one is appended. Each table gets one ``INSERT`` per batch,
fed from NumPy arrays, which is far faster than row-by-row inserts.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np

from ..records import Actor, DocumentResult
from . import rows
from .connection import one
from .schema import DOCUMENT_TABLES, TABLES, column_names


@dataclass
class BatchCounts:
    """What one batch changed in the store."""

    new: int = 0
    changed: int = 0
    unchanged: int = 0
    events: int = 0
    actors: int = 0  # actors seen for the first time


def write_batch(con: duckdb.DuckDBPyConnection, results: Sequence[DocumentResult]) -> BatchCounts:
    """Upsert ``results`` (the caller holds the transaction)."""
    latest: dict[str, DocumentResult] = {}
    for result in results:  # the same document twice in a batch: the last version wins
        latest[result.document.doc_id] = result
    stored = _stored(con, list(latest))
    row = one(con, "SELECT coalesce(max(seq), 0) FROM documents")
    next_seq = int(row[0]) + 1 if row else 1
    counts = BatchCounts()
    chosen: list[tuple[int, DocumentResult]] = []
    replaced: list[str] = []
    for doc_id, result in latest.items():
        old = stored.get(doc_id)
        if old is not None and old[1] == result.document.content_hash:
            counts.unchanged += 1
            continue
        if old is not None:
            replaced.append(doc_id)
            chosen.append((old[0], result))
            counts.changed += 1
        else:
            chosen.append((next_seq, result))
            next_seq += 1
            counts.new += 1
    if replaced:
        for table in ("documents", *DOCUMENT_TABLES):
            con.execute(f"DELETE FROM {table} WHERE list_contains($1, doc_id)", [replaced])
    counts.events = _insert_results(con, chosen)
    counts.actors = _insert_actors(con, [r for _, r in chosen])
    if replaced:
        _drop_orphan_actors(con)
    return counts


def _stored(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> dict[str, tuple[int, str]]:
    found = con.execute(
        "SELECT doc_id, seq, content_hash FROM documents WHERE list_contains($1, doc_id)",
        [doc_ids],
    ).fetchall()
    return {doc_id: (int(seq), content_hash) for doc_id, seq, content_hash in found}


def _insert_results(
    con: duckdb.DuckDBPyConnection, chosen: list[tuple[int, DocumentResult]]
) -> int:
    documents: list[rows.Row] = []
    sentences: list[rows.Row] = []
    mentions: list[rows.Row] = []
    events: list[rows.Row] = []
    quotes: list[rows.Row] = []
    for seq, result in chosen:
        doc_id = result.document.doc_id
        documents.append(rows.document_row(seq, result.document))
        sentences.extend(rows.sentence_row(doc_id, i, s) for i, s in enumerate(result.sentences))
        mentions.extend(rows.mention_row(doc_id, i, m) for i, m in enumerate(result.mentions))
        events.extend(rows.event_row(doc_id, i, e) for i, e in enumerate(result.events))
        quotes.extend(rows.quote_row(doc_id, i, q) for i, q in enumerate(result.quotes))
    insert(con, "documents", documents)
    insert(con, "sentences", sentences)
    insert(con, "mentions", mentions)
    insert(con, "events", events)
    insert(con, "quotes", quotes)
    return len(events)


def _insert_actors(con: duckdb.DuckDBPyConnection, results: list[DocumentResult]) -> int:
    """Register the batch's resolved actors; the first sighting of a key sets its row."""
    seen: dict[str, rows.Row] = {}
    for result in results:
        candidates: list[Actor | None] = [m.actor for m in result.mentions]
        for event in result.events:
            candidates.extend((event.source, event.target, event.reported_by))
        for quote in result.quotes:
            candidates.append(quote.speaker)
        for actor in candidates:
            if actor is not None and rows.registered(actor) and actor.key not in seen:
                seen[actor.key] = rows.actor_row(actor)
    return insert(con, "actors", list(seen.values()), "ON CONFLICT (actor_key) DO NOTHING")


def _drop_orphan_actors(con: duckdb.DuckDBPyConnection) -> None:
    """Actors no longer mentioned anywhere (their only document changed) leave the registry."""
    con.execute(
        """DELETE FROM actors WHERE actor_key NOT IN (
               SELECT actor_key FROM mentions WHERE actor_key IS NOT NULL
               UNION SELECT source_key FROM events WHERE source_key IS NOT NULL
               UNION SELECT target_key FROM events WHERE target_key IS NOT NULL
               UNION SELECT reported_by_key FROM events WHERE reported_by_key IS NOT NULL
               UNION SELECT speaker_key FROM quotes WHERE speaker_key IS NOT NULL)"""
    )


def insert(
    con: duckdb.DuckDBPyConnection, table: str, data: list[rows.Row], conflict: str = ""
) -> int:
    """Insert rows (tuples in the table's column order) in one statement; rows inserted.

    The columns go to DuckDB as NumPy object arrays, which it scans directly: an order of
    magnitude faster than binding Python lists as parameters.
    """
    if not data:
        return 0
    columns = TABLES[table]
    arrays: dict[str, np.ndarray[Any, Any]] = {}
    for (name, _), values in zip(columns, zip(*data, strict=True), strict=True):
        array = np.empty(len(values), dtype=object)
        array[:] = values  # element-wise, so lists (VARCHAR[]) stay list objects
        arrays[name] = array
    view = f"_tacitus_batch_{table}"
    select = ", ".join(f"{name}::{kind}" for name, kind in columns)
    con.register(view, arrays)
    try:
        result = one(
            con,
            f"INSERT INTO {table} ({', '.join(column_names(table))}) "
            f"SELECT {select} FROM {view} {conflict}",
        )
    except BaseException:
        # the insert's own error is the one to report: unregistering in an aborted transaction
        # fails too ("Current transaction is aborted"), and must not hide it
        with contextlib.suppress(duckdb.Error):
            con.unregister(view)
        raise
    con.unregister(view)
    return int(result[0]) if result else 0
