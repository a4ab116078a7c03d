"""The store's current layout: tables, columns and their DuckDB types.

This module is the one description of the columns the writer fills and the queries read; the
migrations in :mod:`tacitus.store.migrations` build the same layout step by step (a test checks
that a fresh store and this description agree). Nested actors are flattened into columns named
``<role>_<field>`` (``source_country``, ``target_actor_id``, ``reported_by_name``, ...), the
trigger into ``trigger_text/start/end``; ``location`` is kept as JSON text because its keys
belong to the places stage.
"""

from __future__ import annotations

ACTOR_FIELDS: tuple[str, ...] = (
    "key",  # Actor.key: actor_id, else COUNTRY:SECTOR, else the lowercased text
    "text",
    "name",
    "actor_id",
    "country",
    "sector",
    "wikidata",
    "reason",
)
ACTOR_TYPES = {field: "VARCHAR" for field in ACTOR_FIELDS}


def actor_columns(role: str) -> tuple[tuple[str, str], ...]:
    return tuple((f"{role}_{field}", ACTOR_TYPES[field]) for field in ACTOR_FIELDS)


def office_columns(*roles: str) -> tuple[tuple[str, str], ...]:
    """Schema v4: the office a person actor held, appended after the older columns."""
    return tuple((f"{role}_office", "VARCHAR") for role in roles)


Columns = tuple[tuple[str, str], ...]

DOCUMENTS: Columns = (
    ("doc_id", "VARCHAR"),
    ("seq", "BIGINT"),  # ingest order: documents are listed in the order they first came in
    ("content_hash", "VARCHAR"),  # sha256 of the text: same id, new hash = changed document
    ("outlet", "VARCHAR"),
    ("title", "VARCHAR"),
    ("url", "VARCHAR"),
    ("published", "VARCHAR"),  # ISO date text, as in the records
    ("source", "VARCHAR"),  # where it was read from (path, URL, <stdin>)
    ("n_chars", "INTEGER"),
    ("text", "VARCHAR"),
)

SENTENCES: Columns = (
    ("doc_id", "VARCHAR"),
    ("sentence_id", "INTEGER"),
    ("start_char", "INTEGER"),
    ("end_char", "INTEGER"),
    ("text", "VARCHAR"),
)

MENTIONS: Columns = (
    ("doc_id", "VARCHAR"),
    ("seq", "INTEGER"),
    ("sentence_id", "INTEGER"),
    ("start_char", "INTEGER"),
    ("end_char", "INTEGER"),
    *((name, kind) for name, kind in actor_columns("actor")),
    *office_columns("actor"),
)

ACTORS: Columns = (
    ("actor_key", "VARCHAR"),
    ("actor_id", "VARCHAR"),
    ("name", "VARCHAR"),
    ("country", "VARCHAR"),
    ("sector", "VARCHAR"),
    ("wikidata", "VARCHAR"),
)

EVENTS: Columns = (
    ("doc_id", "VARCHAR"),
    ("seq", "INTEGER"),  # order of the record in its document, as the pipeline gave it
    ("event_id", "VARCHAR"),
    ("mention_id", "VARCHAR"),
    ("sentence_id", "INTEGER"),
    ("sentence", "VARCHAR"),
    ("trigger_text", "VARCHAR"),
    ("trigger_start", "INTEGER"),
    ("trigger_end", "INTEGER"),
    ("event_type", "VARCHAR"),
    ("mode", "VARCHAR"),
    ("context", "VARCHAR[]"),
    ("cameo", "VARCHAR"),
    ("quad_class", "INTEGER"),
    ("goldstein", "DOUBLE"),
    *actor_columns("source"),
    *actor_columns("target"),
    ("reciprocal", "BOOLEAN"),
    ("outlet", "VARCHAR"),
    ("published", "VARCHAR"),
    ("negated", "BOOLEAN"),
    ("modality", "VARCHAR"),
    *actor_columns("reported_by"),
    ("date", "VARCHAR"),
    ("date_precision", "VARCHAR"),
    ("location", "VARCHAR"),  # JSON text of the location object, or NULL
    ("confidence", "DOUBLE"),
    ("reason", "VARCHAR"),
    *office_columns("source", "target", "reported_by"),
)

QUOTES: Columns = (
    ("doc_id", "VARCHAR"),
    ("seq", "INTEGER"),
    ("quote_id", "VARCHAR"),
    ("text", "VARCHAR"),
    ("direct", "BOOLEAN"),
    ("cue", "VARCHAR"),
    *actor_columns("speaker"),
    ("start_char", "INTEGER"),
    ("end_char", "INTEGER"),
    *office_columns("speaker"),
)

RUNS: Columns = (
    ("run_id", "INTEGER"),
    ("started", "TIMESTAMP"),
    ("finished", "TIMESTAMP"),
    ("status", "VARCHAR"),  # running, completed, interrupted, failed
    ("tacitus_version", "VARCHAR"),
    ("model", "VARCHAR"),
    ("config", "VARCHAR"),  # JSON of Options.to_dict()
    ("inputs", "VARCHAR"),  # JSON list of the inputs as given
    ("documents_new", "INTEGER"),
    ("documents_unchanged", "INTEGER"),
    ("documents_changed", "INTEGER"),
    ("documents_failed", "INTEGER"),
    ("events", "INTEGER"),
    ("actors", "INTEGER"),  # actors first seen in this run
)

META: Columns = (("key", "VARCHAR"), ("value", "VARCHAR"))

TABLES: dict[str, Columns] = {
    "meta": META,
    "documents": DOCUMENTS,
    "sentences": SENTENCES,
    "mentions": MENTIONS,
    "actors": ACTORS,
    "events": EVENTS,
    "quotes": QUOTES,
    "runs": RUNS,
}

# tables holding what was found in a document: replaced whole when the document changes
DOCUMENT_TABLES: tuple[str, ...] = ("sentences", "mentions", "events", "quotes")

# the tables whose content depends only on the inputs (runs records when and how)
CONTENT_TABLES: tuple[str, ...] = ("documents", *DOCUMENT_TABLES, "actors")


def column_names(table: str) -> tuple[str, ...]:
    return tuple(name for name, _ in TABLES[table])
