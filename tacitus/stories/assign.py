"""Placing stored documents in stories: with every ingest batch, or all at once.

``place_pending(store, con)`` places every document that has no story yet (new ones, and
changed ones: their stored text hash differs from the one placed), in ingest order, then
recomputes the merged events of the stories that changed, inside the caller's transaction:
:func:`tacitus.ingest.ingest` writes a batch's documents and places them in one transaction,
so no reader and no kill ever sees documents without their stories. ``update_stories(store)``
does the same in a transaction of its own, and catches up on what is pending: documents
written by ``Store.write`` (or by a Tacitus that committed stories separately and was killed
in between) are placed by the next call; ``has_pending(store)`` says whether there are any.
``rebuild(store)`` empties the stories tables and places everything again (what ``tacitus
stories --rebuild`` runs).

The story index is loaded from the store once per open :class:`Store` and kept up to date
in memory, so a batch costs what placing its documents costs, not a reload.
"""

from __future__ import annotations

import weakref
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import duckdb
import numpy as np

from ..store.connection import wrapped
from ..store.story_tables import clear
from . import merge, state
from .embeddings import default_embedder
from .features import entity_terms, event_term
from .index import Floats, Incoming, Placement, StoryIndex, StoryOptions, embedding_text
from .tone import Measure, measure
from .wire import Copy, agency_copy

if TYPE_CHECKING:
    from ..store import Store

_INDEXES: weakref.WeakKeyDictionary[Store, StoryIndex] = weakref.WeakKeyDictionary()

# two steps: the ids (a scan of two narrow columns), then only their texts
_PENDING_IDS_SQL = """
    SELECT d.doc_id, m.doc_id IS NOT NULL AS placed
    FROM documents d LEFT JOIN story_members m USING (doc_id)
    WHERE m.doc_id IS NULL OR m.content_hash <> d.content_hash"""
_PENDING_SQL = """
    SELECT d.doc_id, d.content_hash, d.title, d.published, d.outlet, d.text
    FROM (SELECT unnest($1::VARCHAR[]) AS doc_id) t JOIN documents d USING (doc_id)
    ORDER BY d.seq"""
# the actors and events of documents placed without their results in hand
_MENTIONS_SQL = """
    SELECT doc_id, actor_key, actor_actor_id, actor_country
    FROM (SELECT unnest($1::VARCHAR[]) AS doc_id) t JOIN mentions USING (doc_id)
    ORDER BY doc_id, seq"""
_EVENTS_SQL = """
    SELECT doc_id, event_type, reciprocal, negated,
           source_key, source_actor_id, source_country, source_sector,
           target_key, target_actor_id, target_country, target_sector
    FROM (SELECT unnest($1::VARCHAR[]) AS doc_id) t JOIN events USING (doc_id)
    ORDER BY doc_id, seq"""

Terms = Mapping[str, tuple[tuple[str, ...], tuple[str, ...]]]
"""Entity and event terms by doc id (:func:`tacitus.stories.features.of_result`)."""


@dataclass
class StoryCounts:
    """What one update did."""

    documents: int = 0  # documents placed
    new_stories: int = 0
    duplicates: int = 0
    stories: int = 0  # stories touched
    merged_events: int = 0  # merged events of the touched stories


def _index(
    store: Store, con: duckdb.DuckDBPyConnection, options: StoryOptions | None
) -> StoryIndex:
    """The live index of this store, loaded when missing or out of step with the tables;
    without ``options``, those the stories were built with."""
    wanted = options or state.stored_options(con)
    index = _INDEXES.get(store)
    row = con.execute("SELECT count(*) FROM story_members").fetchone()
    stored = int(row[0]) if row else 0
    if index is None or index.options != wanted or len(index.doc_number) != stored:
        index = state.load(con, wanted)
        _INDEXES[store] = index
    return index


def update_stories(store: Store, options: StoryOptions | None = None) -> StoryCounts:
    """Place the documents that have no story yet and refresh what they changed."""
    try:
        with store.transaction() as con:
            return place_pending(store, con, options)
    except BaseException:
        forget_index(store)  # the tables were rolled back: reload next time
        raise


def place_pending(
    store: Store,
    con: duckdb.DuckDBPyConnection,
    options: StoryOptions | None = None,
    terms: Terms | None = None,
) -> StoryCounts:
    """Place the documents that have no story yet, in the transaction the caller holds on
    ``con`` (the store's writing connection). When that transaction does not commit, the
    caller calls :func:`forget_index`: the index in memory went ahead of the tables.
    ``terms``: the entity and event terms of documents whose results the caller holds (the
    batch it just wrote); those of other documents are read from the tables."""
    try:
        with wrapped(store.path, "reading the story index"):
            index = _index(store, con, options)
        with wrapped(store.path, "placing documents in stories"):
            return _place_pending(con, index, terms)
    except BaseException:
        forget_index(store)
        raise


def forget_index(store: Store) -> None:
    """Drop the index kept in memory for ``store``: it is loaded from the tables next time."""
    _INDEXES.pop(store, None)


def has_pending(store: Store) -> bool:
    """Whether some stored document has no story yet (or was changed since it got one)."""
    with store.reading() as con, wrapped(store.path, "looking for unplaced documents"):
        row = con.execute(f"SELECT EXISTS ({_PENDING_IDS_SQL})").fetchone()
    return bool(row and row[0])


def rebuild(store: Store, options: StoryOptions | None = None) -> StoryCounts:
    """Place every document again, from an empty index, in ingest order (one transaction)."""
    _INDEXES.pop(store, None)
    index = StoryIndex(options)
    with store.transaction() as con:
        clear(con)
        state.save_options(con, index.options)
        counts = _place_pending(con, index)
    _INDEXES[store] = index
    return counts


def _place_pending(
    con: duckdb.DuckDBPyConnection, index: StoryIndex, terms: Terms | None = None
) -> StoryCounts:
    counts = StoryCounts()
    placed: list[tuple[Placement, str, Measure, Copy | None]] = []
    removed: list[str] = []
    touched: set[str] = set()
    changed: list[str] = []  # the documents placed (again): only their event types are merged
    placed_before = dict(con.execute(_PENDING_IDS_SQL).fetchall())
    pending = con.execute(_PENDING_SQL, [list(placed_before)]).fetchall() if placed_before else []
    known = dict(terms or {})
    known.update(_stored_terms(con, [row[0] for row in pending if row[0] not in known]))
    docs = [
        Incoming(doc_id, text, title, published, outlet, *known.get(doc_id, ((), ())))
        for doc_id, _, title, published, outlet, text in pending
    ]
    vectors = _embeddings(index, docs)
    for (doc_id, content_hash, *_, outlet, text), doc, vector in zip(
        pending, docs, vectors, strict=True
    ):
        if placed_before[doc_id]:
            left = index.forget(doc_id)
            removed.append(doc_id)
            if left is not None:
                touched.add(left)
        placement = index.place(doc, vector)
        placed.append((placement, content_hash, measure(text), agency_copy(text, outlet)))
        changed.append(doc_id)
        touched.add(placement.story_id)
        counts.new_stories += placement.new_story
        counts.duplicates += placement.duplicate_of is not None
    if placed:
        state.save(con, index, placed, removed)
        counts.merged_events = merge.refresh(con, sorted(touched), changed)
    counts.documents = len(placed)
    counts.stories = len(touched)
    return counts


def _stored_terms(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> Terms:
    """Entity and event terms of stored documents, from the mentions and events tables."""
    if not doc_ids:
        return {}
    entities: dict[str, list[dict[str, Any]]] = {}
    events: dict[str, list[dict[str, Any]]] = {}
    for sql, into in ((_MENTIONS_SQL, entities), (_EVENTS_SQL, events)):
        cursor = con.execute(sql, [doc_ids])
        names = [d[0] for d in cursor.description or []]
        for values in cursor.fetchall():
            row = dict(zip(names, values, strict=True))
            into.setdefault(row["doc_id"], []).append(row)
    out = {}
    for doc_id in set(entities) | set(events):
        found = (event_term(r) for r in events.get(doc_id, []))
        out[doc_id] = (entity_terms(entities.get(doc_id, [])), tuple(t for t in found if t))
    return out


def _embeddings(index: StoryIndex, docs: list[Incoming]) -> list[Floats | None]:
    """Sentence embeddings of the documents when the index uses them (in batches)."""
    if not index.options.embeddings or not docs:
        return [None] * len(docs)
    found = default_embedder().embed([embedding_text(d) for d in docs])
    return [np.asarray(row, dtype=np.float64) for row in found]


def story_of(store: Store, doc_id: str) -> Any:
    """The story id of a document, or None."""
    with store.reading() as con, wrapped(store.path, "looking up a story"):
        row = con.execute("SELECT story_id FROM story_members WHERE doc_id = ?", [doc_id])
        found = row.fetchone()
    return None if found is None else found[0]
