"""The tables of the cross-document layer (:mod:`tacitus.stories`), created by migration 3.

    stories          one row per story: its first document, dates, size and its centroid
                     (terms and their summed unit term frequencies: the index's saved state)
    story_members    document → story, with the similarity that placed it, ``duplicate_of``
                     (the original of a near-duplicate), its MinHash signature, and the word
                     counts of its text (tone and loaded language, for outlet profiles)
    story_terms      the terms, numbered in the order the index met them, with their document
                     frequencies (the IDF of the story index)
    story_state      the index's counters and settings (``n_docs``: documents counted in
                     story_terms; ``embeddings``: 1 when sentence embeddings are on)
    merged_events    event mentions of a story merged into events (like GDELT's Events table)
    merged_mentions  each mention of a merged event with its sentence and outlet (like
                     GDELT's Mentions table)
    outlets          a view: documents, first and last publication date per outlet

Migration steps are history: ``V3`` is what version 3 built and stays as it is; a later
change to these tables is a new migration step (:func:`add_v6`: ``story_members.reason``;
:func:`add_v8`: ``story_members.agency``, ``agency_mark``) and
``TABLES`` is what the tables hold now.
"""

from __future__ import annotations

from typing import Any

import duckdb

Columns = tuple[tuple[str, str], ...]

STORIES: Columns = (
    ("story_id", "VARCHAR"),
    ("seq", "INTEGER"),  # creation order
    ("title", "VARCHAR"),  # the first document's title
    ("first_doc", "VARCHAR"),
    ("first_published", "VARCHAR"),
    ("last_published", "VARCHAR"),
    ("documents", "INTEGER"),
    ("terms", "VARCHAR[]"),
    ("mass", "DOUBLE[]"),
    ("vector", "BLOB"),  # summed sentence embeddings (float64), when embeddings are on
)

STORY_MEMBERS: Columns = (
    ("doc_id", "VARCHAR"),
    ("story_id", "VARCHAR"),
    ("seq", "BIGINT"),  # placement order
    ("content_hash", "VARCHAR"),  # of the text placed: a changed document is placed again
    ("similarity", "DOUBLE"),
    ("duplicate_of", "VARCHAR"),
    ("signature", "BLOB"),  # MinHash signature: NUM_PERM little-endian uint32
    ("words", "INTEGER"),
    ("positive", "INTEGER"),
    ("negative", "INTEGER"),
    ("loaded", "INTEGER"),
    ("loaded_examples", "VARCHAR"),  # JSON list of {kind, text, context, start}
)

STORY_TERMS: Columns = (
    ("term", "VARCHAR"),
    ("term_id", "INTEGER"),  # the order the index first met the term (ties break by it)
    ("df", "INTEGER"),  # documents of the store with the term (near-duplicates not counted)
)
STORY_STATE: Columns = (("key", "VARCHAR"), ("value", "BIGINT"))

_ACTOR = ("key", "name", "country", "sector")

MERGED_EVENTS: Columns = (
    ("merged_id", "VARCHAR"),
    ("story_id", "VARCHAR"),
    ("seq", "INTEGER"),  # order in the story (first mention's order)
    ("event_type", "VARCHAR"),
    ("cameo", "VARCHAR"),
    ("quad_class", "INTEGER"),
    ("goldstein", "DOUBLE"),
    *((f"source_{f}", "VARCHAR") for f in _ACTOR),
    *((f"target_{f}", "VARCHAR") for f in _ACTOR),
    ("reciprocal", "BOOLEAN"),
    ("negated", "BOOLEAN"),
    ("modality", "VARCHAR"),  # the firmest of its mentions: asserted > intended > hypothetical
    ("date", "VARCHAR"),  # the earliest resolved event date of its mentions
    ("date_precision", "VARCHAR"),
    ("first_seen", "VARCHAR"),  # earliest publication date of a mention
    ("last_seen", "VARCHAR"),
    ("first_doc", "VARCHAR"),
    ("num_mentions", "INTEGER"),
    ("num_articles", "INTEGER"),  # documents, near-duplicates on one outlet counted once
    ("num_sources", "INTEGER"),  # outlets
    ("num_independent", "INTEGER"),  # documents, near-duplicates and one agency's copies once
    ("outlets", "VARCHAR[]"),
    ("sentence", "VARCHAR"),  # the first mention's sentence
)

MERGED_MENTIONS: Columns = (
    ("merged_id", "VARCHAR"),
    ("story_id", "VARCHAR"),
    ("doc_id", "VARCHAR"),
    ("event_seq", "INTEGER"),  # the event record's seq in its document
    ("event_id", "VARCHAR"),
    ("outlet", "VARCHAR"),
    ("published", "VARCHAR"),
    ("sentence", "VARCHAR"),
    ("trigger_text", "VARCHAR"),
    ("negated", "BOOLEAN"),
    ("modality", "VARCHAR"),
    ("date", "VARCHAR"),
    ("duplicate_of", "VARCHAR"),
)

V3: dict[str, Columns] = {
    "stories": STORIES,
    "story_members": STORY_MEMBERS,
    "story_terms": STORY_TERMS,
    "story_state": STORY_STATE,
    "merged_events": MERGED_EVENTS,
    "merged_mentions": MERGED_MENTIONS,
}

# columns added by later migrations, in the order they were added
V6_MEMBERS: Columns = (("reason", "VARCHAR"),)  # why the document went where it went
V8_MEMBERS: Columns = (
    ("agency", "VARCHAR"),  # the press agency whose copy the document is (NULL: its own)
    ("agency_mark", "VARCHAR"),  # what says so: "dateline 'KHARTOUM (AP) —'", ...
)

TABLES: dict[str, Columns] = {**V3, "story_members": STORY_MEMBERS + V6_MEMBERS + V8_MEMBERS}

_KEYS = {
    "stories": "story_id",
    "story_members": "doc_id",
    "story_terms": "term",
    "story_state": "key",
    "merged_events": "merged_id",
    "merged_mentions": "doc_id, event_seq",
}

OUTLETS_VIEW = """CREATE VIEW outlets AS
    SELECT coalesce(outlet, '(unknown)') AS outlet, count(*) AS documents,
           min(published) AS first_published, max(published) AS last_published
    FROM documents GROUP BY 1"""


def create_v3(con: duckdb.DuckDBPyConnection) -> None:
    """Migration 3: the stories tables and the outlets view."""
    for table, columns in V3.items():
        body = ", ".join(f"{name} {kind}" for name, kind in columns)
        con.execute(f"CREATE TABLE {table} ({body}, PRIMARY KEY ({_KEYS[table]}))")
    con.execute(OUTLETS_VIEW)


def add_v6(con: duckdb.DuckDBPyConnection) -> None:
    """Migration 6: every story member says why it was placed where it is (NULL for members
    placed before; ``tacitus stories --rebuild`` gives them one)."""
    for name, kind in V6_MEMBERS:
        con.execute(f"ALTER TABLE story_members ADD COLUMN {name} {kind}")


def add_v8(con: duckdb.DuckDBPyConnection) -> None:
    """Migration 8: the press agency whose copy a story member is, and the mark that says so
    (NULL for members placed before; ``tacitus stories --rebuild`` checks them)."""
    for name, kind in V8_MEMBERS:
        con.execute(f"ALTER TABLE story_members ADD COLUMN {name} {kind}")


def insert(
    con: duckdb.DuckDBPyConnection, table: str, rows: list[tuple[Any, ...]], conflict: str = ""
) -> None:
    """Insert rows (tuples in the table's column order) in one statement."""
    if not rows:
        return
    columns = TABLES[table]
    select = ", ".join(f"unnest(${i}::{kind}[])" for i, (_, kind) in enumerate(columns, start=1))
    names = ", ".join(name for name, _ in columns)
    con.execute(
        f"INSERT INTO {table} ({names}) SELECT {select} {conflict}",
        [list(column) for column in zip(*rows, strict=True)],
    )


def clear(con: duckdb.DuckDBPyConnection) -> None:
    """Empty every stories table (a rebuild starts from here)."""
    for table in TABLES:
        con.execute(f"DELETE FROM {table}")
