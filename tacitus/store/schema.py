"""The store's current layout: tables, columns and their DuckDB types.

This module is the one description of the columns the writer fills and the queries read; the
migrations in :mod:`tacitus.store.migrations` build the same layout step by step (a test checks
that a fresh store and this description agree). Nested actors are flattened into columns named
``<role>_<field>`` (``source_country``, ``target_actor_id``, ``reported_by_name``, ...), the
trigger into ``trigger_text/start/end``; ``location`` is kept as JSON text because its keys
belong to the places stage.

Schema v5 (issue 17, scale) appends columns that queries filter and order on, written with each
row: ``doc_seq`` (the document's place in the ingest order, on every row found in a document:
events, quotes and mentions page and are maintained by it), and on events ``day`` (the event's
date, else its document's publication date, as a DATE), ``lat``/``lon``/``location_country``
(the location's point and country as plain columns); documents carry their ``n_events`` and
``n_sentences``. The aggregates kept at ingest and the text index are
:mod:`tacitus.store.aggregates` and :mod:`tacitus.store.text_index`.
"""

from __future__ import annotations

from ..records import PLOVER_TYPES

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


DOC_SEQ = ("doc_seq", "BIGINT")  # schema v5: the document's seq, on the rows found in it


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
    ("n_events", "INTEGER"),  # v5: events and sentences found in it, written with them
    ("n_sentences", "INTEGER"),
)

SENTENCES: Columns = (
    ("doc_id", "VARCHAR"),
    ("sentence_id", "INTEGER"),
    ("start_char", "INTEGER"),
    ("end_char", "INTEGER"),
    ("text", "VARCHAR"),
    DOC_SEQ,
    # v10: what finding an outlet's boilerplate groups, written with the sentence
    # (tacitus.boilerplate.key_hash and is_pattern)
    ("key_hash", "BIGINT"),
    ("boilerplate", "BOOLEAN"),
)

MENTIONS: Columns = (
    ("doc_id", "VARCHAR"),
    ("seq", "INTEGER"),
    ("sentence_id", "INTEGER"),
    ("start_char", "INTEGER"),
    ("end_char", "INTEGER"),
    *((name, kind) for name, kind in actor_columns("actor")),
    *office_columns("actor"),
    DOC_SEQ,
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
    DOC_SEQ,
    ("day", "DATE"),  # v5: date, else published, as a DATE (NULL: undated)
    ("lat", "DOUBLE"),  # v5: the location's point and country, as plain columns
    ("lon", "DOUBLE"),
    ("location_country", "VARCHAR"),
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
    DOC_SEQ,
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

# -- v5: aggregates kept at ingest (tacitus.store.aggregates) -----------------------------------

AGG_DAYS: Columns = (  # events per day, quad class, type; year_only: dated to a year only
    ("day", "DATE"),
    ("quad_class", "INTEGER"),
    ("event_type", "VARCHAR"),
    ("year_only", "BOOLEAN"),
    ("events", "BIGINT"),
)
AGG_DYADS: Columns = (  # events per (source, target, type): the network
    ("source_key", "VARCHAR"),
    ("target_key", "VARCHAR"),
    ("event_type", "VARCHAR"),
    ("quad_class", "INTEGER"),
    ("source_country", "VARCHAR"),
    ("target_country", "VARCHAR"),
    ("events", "BIGINT"),
    ("documents", "BIGINT"),
    ("goldstein", "DECIMAL(38,3)"),  # the sum, exact (a float sum depends on its order)
    ("scored", "BIGINT"),  # events with a Goldstein score
    ("first", "DATE"),
    ("last", "DATE"),
)
AGG_ACTORS: Columns = (  # per actor key: its events, mentions and every reference to it
    ("actor_key", "VARCHAR"),
    ("events", "BIGINT"),
    ("as_source", "BIGINT"),
    ("as_target", "BIGINT"),
    ("event_documents", "BIGINT"),
    ("mentions", "BIGINT"),
    ("mention_documents", "BIGINT"),
    ("quotes", "BIGINT"),  # quotes it is the speaker of
    ("refs", "BIGINT"),  # mentions, event sides, reporters and speakers: 0 = orphan
    ("paired", "BIGINT"),  # v7: events with both sides, its own with itself once
)
AGG_OUTLETS: Columns = (  # per outlet ('' for none): documents, events, quotes
    ("outlet", "VARCHAR"),
    ("documents", "BIGINT"),
    ("first", "VARCHAR"),
    ("last", "VARCHAR"),
    ("events", "BIGINT"),
    ("q1", "BIGINT"),
    ("q2", "BIGINT"),
    ("q3", "BIGINT"),
    ("q4", "BIGINT"),
    ("goldstein", "DECIMAL(38,3)"),
    ("scored", "BIGINT"),
    ("quotes", "BIGINT"),
)

# a pair of the network and its sums, as the pair aggregates keep them
_PAIR_SUMS: Columns = (
    ("source_key", "VARCHAR"),
    ("target_key", "VARCHAR"),
    ("source_country", "VARCHAR"),
    ("target_country", "VARCHAR"),
    ("events", "BIGINT"),
    ("goldstein", "DECIMAL(38,3)"),
    ("scored", "BIGINT"),
)
AGG_PAIRS: Columns = (  # v7: per (source, target): the network without reading events
    *_PAIR_SUMS,
    ("types", "BIGINT[]"),  # events per PLOVER type, in records.PLOVER_TYPES' order
)
# a map point's example event (v10: with what the map shows, not only its keys)
EXAMPLE = (
    'STRUCT("day" VARCHAR, event_id VARCHAR, doc_seq BIGINT, seq INTEGER, doc_id VARCHAR, '
    "date VARCHAR, event_type VARCHAR, quad_class INTEGER, outlet VARCHAR, "
    "source_name VARCHAR, target_name VARCHAR, sentence VARCHAR)"
)
AGG_PLACES: Columns = (  # v7: per point of the events' locations: the map
    ("lat", "DOUBLE"),
    ("lon", "DOUBLE"),
    ("precision", "VARCHAR"),
    ("name", "VARCHAR"),
    ("country", "VARCHAR"),
    ("admin1", "VARCHAR"),
    ("events", "BIGINT"),
    ("q1", "BIGINT"),
    ("q2", "BIGINT"),
    ("q3", "BIGINT"),
    ("q4", "BIGINT"),
    # the latest three events, latest first: ordered by (day, event_id, doc_seq, seq), with
    # what the map shows of them (v10), so the map reads no event
    ("examples", f"{EXAMPLE}[]"),
)
AGG_STATE_PAIRS: Columns = (  # v10: per (source, target) node, actors folded into states
    ("source_key", "VARCHAR"),  # 'country:XXX' (a state) or the actor's key
    ("target_key", "VARCHAR"),
    ("source_country", "VARCHAR"),  # the least met
    ("target_country", "VARCHAR"),
    ("events", "BIGINT"),
    ("goldstein", "DECIMAL(38,3)"),
    ("scored", "BIGINT"),
    ("types", "BIGINT[]"),  # events per PLOVER type, in records.PLOVER_TYPES' order
    ("internal", "BIGINT"),  # events between two actors of one state
)
AGG_PAIR_MONTHS: Columns = (  # v12: agg_dyads per calendar month, without the documents
    ("month", "DATE"),  # the first day of the events' month (their ``day``)
    ("source_key", "VARCHAR"),
    ("target_key", "VARCHAR"),
    ("event_type", "VARCHAR"),
    ("quad_class", "INTEGER"),
    ("source_country", "VARCHAR"),
    ("target_country", "VARCHAR"),
    ("events", "BIGINT"),
    ("goldstein", "DECIMAL(38,3)"),
    ("scored", "BIGINT"),
)
# v13: one column of events per PLOVER type (records.PLOVER_TYPES, in its order)
TYPE_COLUMNS: tuple[str, ...] = tuple(f"n_{t.lower()}" for t in PLOVER_TYPES)
AGG_MONTH_EDGES: Columns = (  # v13: one row per month, pair and the sides' countries
    ("month", "DATE"),  # the first day of the events' month (their ``day``)
    *_PAIR_SUMS,
    *((column, "BIGINT") for column in TYPE_COLUMNS),  # the events of each type
)
AGG_COUNTRY_DAYS: Columns = (  # v12: agg_days per country of either side (each event once)
    ("day", "DATE"),
    ("country", "VARCHAR"),  # the source's or the target's country
    ("quad_class", "INTEGER"),
    ("year_only", "BOOLEAN"),
    ("events", "BIGINT"),
)

# -- v5: the text index (tacitus.store.text_index) ---------------------------------------------

TEXT_TERMS: Columns = (("term", "VARCHAR"), ("term_id", "INTEGER"), ("df", "BIGINT"))
TEXT_POSTINGS: Columns = (  # a word in a sentence (sentence_id -1: the title)
    ("term_id", "INTEGER"),
    ("doc_seq", "BIGINT"),
    ("sentence_id", "INTEGER"),
)
TEXT_UNSURE: Columns = (  # v14: a sentence whose postings a one-word search must not trust
    ("doc_seq", "BIGINT"),
    ("sentence_id", "INTEGER"),
)

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
PRIMARY_TABLES: tuple[str, ...] = tuple(TABLES)  # what store.counts() counts

AGGREGATES: dict[str, Columns] = {
    "agg_days": AGG_DAYS,
    "agg_dyads": AGG_DYADS,
    "agg_actors": AGG_ACTORS,
    "agg_outlets": AGG_OUTLETS,
    "agg_pairs": AGG_PAIRS,
    "agg_places": AGG_PLACES,
    "agg_state_pairs": AGG_STATE_PAIRS,
    "agg_pair_months": AGG_PAIR_MONTHS,
    "agg_country_days": AGG_COUNTRY_DAYS,
    "agg_month_edges": AGG_MONTH_EDGES,
}
TEXT_INDEX: dict[str, Columns] = {
    "text_terms": TEXT_TERMS,
    "text_postings": TEXT_POSTINGS,  # sorted runs of postings
    "text_pending": TEXT_POSTINGS,  # postings not yet in a sorted run
    "text_unsure": TEXT_UNSURE,  # sentences a one-word search tests by their text
}
TABLES.update(AGGREGATES)
TABLES.update(TEXT_INDEX)

# tables holding what was found in a document: replaced whole when the document changes
DOCUMENT_TABLES: tuple[str, ...] = ("sentences", "mentions", "events", "quotes")

# the tables whose content depends only on the inputs (runs records when and how); the text
# index's term ids and the split of its postings into sorted runs depend on the order of writing
CONTENT_TABLES: tuple[str, ...] = ("documents", *DOCUMENT_TABLES, "actors", *AGGREGATES)


def column_names(table: str) -> tuple[str, ...]:
    return tuple(name for name, _ in TABLES[table])
