"""Saving the story index to the store and loading it back, exactly.

What is saved is what the index decides with: every story's centroid (terms and masses),
dates and size, the document frequencies and their document count, and every member's
MinHash signature and original. Loading rebuilds the inverted index and the LSH buckets from
them, so an index loaded from the store places the next document as the live one would.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

import duckdb
import numpy as np

from ..store.story_tables import insert
from .index import Placement, Story, StoryIndex, StoryOptions, parse_day
from .tone import Measure
from .wire import Copy


def stored_options(con: duckdb.DuckDBPyConnection) -> StoryOptions:
    """The options the store's stories were built with (embeddings on or off)."""
    row = con.execute("SELECT value FROM story_state WHERE key = 'embeddings'").fetchone()
    return StoryOptions(embeddings=bool(row and row[0]))


def save_options(con: duckdb.DuckDBPyConnection, options: StoryOptions) -> None:
    con.execute(
        "INSERT INTO story_state VALUES ('embeddings', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [int(options.embeddings)],
    )


def load(con: duckdb.DuckDBPyConnection, options: StoryOptions | None = None) -> StoryIndex:
    """The story index saved in the store."""
    index = StoryIndex(options)
    vocab = index.vocab
    saved = con.execute("SELECT term, df FROM story_terms ORDER BY term_id").fetchall()
    ids = np.array([vocab.id(term) for term, _ in saved], dtype=np.int64)
    vocab.count(ids, np.array([df for _, df in saved], dtype=np.int64))
    row = con.execute("SELECT value FROM story_state WHERE key = 'n_docs'").fetchone()
    vocab.n_docs = int(row[0]) if row else 0
    stories = con.execute(
        "SELECT story_id, title, first_published, last_published, documents, terms, mass, "
        "vector FROM stories ORDER BY seq"
    ).fetchall()
    for story_id, title, first, last, size, terms, mass, vector in stories:
        story = Story(story_id, len(index.stories), title,
                      np.array([vocab.ids[t] for t in terms], dtype=np.int64),
                      np.asarray(mass, dtype=np.float64), parse_day(first), parse_day(last),
                      int(size))  # fmt: skip
        if vector is not None:
            story.vector = np.frombuffer(vector, dtype="<f8").astype(np.float64)
        index.add_story(story)
    members = con.execute(
        "SELECT doc_id, story_id, duplicate_of, signature, seq FROM story_members ORDER BY seq"
    ).fetchall()
    for doc_id, story_id, duplicate_of, signature, seq in members:
        number = len(index.doc_ids)
        root = index.doc_number.get(duplicate_of, number) if duplicate_of else number
        sig = np.frombuffer(signature, dtype="<u4").astype(np.uint32)
        index.add_doc(doc_id, sig, index.by_story_id[story_id].number, root, int(seq), False)
    index.index_bands()
    index.touched_stories.clear()
    index.touched_terms.clear()
    return index


def save(
    con: duckdb.DuckDBPyConnection,
    index: StoryIndex,
    placed: Sequence[tuple[Placement, str, Measure, Copy | None]],
    removed: Sequence[str],
) -> None:
    """Write what changed since the last save (the caller holds the transaction)."""
    if removed:
        con.execute(
            "DELETE FROM story_members WHERE doc_id IN (SELECT unnest($1::VARCHAR[]))",
            [list(removed)],
        )
    insert(con, "story_members", [_member_row(*found) for found in placed])
    stories = [index.stories[n] for n in sorted(index.touched_stories)]
    if stories:
        con.execute(
            "DELETE FROM stories WHERE story_id IN (SELECT unnest($1::VARCHAR[]))",
            [[s.story_id for s in stories]],
        )
        first_docs = _first_docs(con, [s.story_id for s in stories])
        insert(
            con,
            "stories",
            [
                (
                    s.story_id,
                    s.number,
                    s.title,
                    first_docs.get(s.story_id),
                    s.first.isoformat() if s.first else None,
                    s.last.isoformat() if s.last else None,
                    s.size,
                    [index.vocab.terms[t] for t in s.terms.tolist()],
                    s.mass.tolist(),
                    None if s.vector is None else s.vector.astype("<f8").tobytes(),
                )
                for s in stories
            ],
        )
    terms = sorted(index.touched_terms)
    insert(
        con,
        "story_terms",
        [(index.vocab.terms[t], t, index.vocab.stored_df(t)) for t in terms],
        "ON CONFLICT (term) DO UPDATE SET df = excluded.df",
    )
    con.execute(
        "INSERT INTO story_state VALUES ('n_docs', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [index.vocab.n_docs],
    )
    index.touched_stories.clear()
    index.touched_terms.clear()


def _first_docs(con: duckdb.DuckDBPyConnection, story_ids: list[str]) -> dict[str, str]:
    found = con.execute(
        "SELECT story_id, arg_min(doc_id, seq) FROM story_members "
        "WHERE story_id IN (SELECT unnest($1::VARCHAR[])) GROUP BY story_id",
        [story_ids],
    ).fetchall()
    return {story_id: doc_id for story_id, doc_id in found}


def _member_row(
    placement: Placement, content_hash: str, found: Measure, copy: Copy | None
) -> tuple[Any, ...]:
    return (
        placement.doc_id,
        placement.story_id,
        placement.seq,
        content_hash,
        placement.similarity,
        placement.duplicate_of,
        placement.signature.astype("<u4").tobytes(),
        found.words,
        found.positive,
        found.negative,
        found.loaded,
        json.dumps(found.examples, ensure_ascii=False),
        placement.reason,
        copy.agency if copy else None,
        copy.how if copy else None,
    )
