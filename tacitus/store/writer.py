"""Writing analysed documents: one batch, one transaction, upserts keyed by ``doc_id``.

A document whose ``doc_id`` and content hash are already stored is left alone; one with the same
``doc_id`` and a new hash replaces its old sentences, mentions, events and quotes (and keeps its
place in the ingest order); a new one is appended. Each table gets one ``INSERT`` per batch,
fed from NumPy arrays, which is far faster than row-by-row inserts. The aggregates
(:mod:`.aggregates`) and the text index (:mod:`.text_index`) are brought up to date in the
same transaction: a replaced document's old rows are taken back out of them before they are
deleted, the batch's rows added once they are written.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import duckdb
import numpy as np

from ..records import Actor, DocumentResult
from . import aggregates, rows, text_index
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
    old_seqs = [stored[doc_id][0] for doc_id in replaced]
    if old_seqs:
        aggregates.take_back(con, old_seqs)
        text_index.remove(con, old_seqs)
        listed = ", ".join(str(seq) for seq in old_seqs)  # integers from the database
        con.execute(f"DELETE FROM documents WHERE seq IN ({listed})")
        for table in DOCUMENT_TABLES:
            con.execute(f"DELETE FROM {table} WHERE doc_seq IN ({listed})")
    counts.events = _insert_results(con, chosen)
    counts.actors = _insert_actors(con, [r for _, r in chosen])
    seqs = [seq for seq, _ in chosen]
    if seqs:
        aggregates.add(con, seqs)
        text_index.add(con, seqs)
    aggregates.settle(con, took_back=bool(old_seqs))
    if old_seqs:
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
        documents.append(
            rows.document_row(seq, result.document, len(result.events), len(result.sentences))
        )
        sentences.extend(
            rows.sentence_row(doc_id, i, s, seq) for i, s in enumerate(result.sentences)
        )
        mentions.extend(rows.mention_row(doc_id, i, m, seq) for i, m in enumerate(result.mentions))
        events.extend(rows.event_row(doc_id, i, e, seq) for i, e in enumerate(result.events))
        quotes.extend(rows.quote_row(doc_id, i, q, seq) for i, q in enumerate(result.quotes))
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
    """Actors no longer mentioned anywhere (their only document changed) leave the registry:
    those without a reference in ``agg_actors`` (kept exact in this transaction)."""
    con.execute(
        "DELETE FROM actors a WHERE NOT EXISTS "
        "(SELECT 1 FROM agg_actors g WHERE g.actor_key = a.actor_key AND g.refs > 0)"
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
