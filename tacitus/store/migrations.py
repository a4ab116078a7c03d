"""Named, numbered migrations: the store's schema is what they build, one step at a time.

A fresh store runs every step from the first; an older store runs the steps it lacks; a store
newer than :data:`SCHEMA_VERSION` is refused. Each step runs in its own transaction together
with the version bump, so an interrupted migration leaves the store at the previous version.
Steps are history: never edit one that has shipped, add the next.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import duckdb

from .. import boilerplate as bp
from ..version import __version__
from . import story_tables

_ACTOR = ", ".join(
    f"{{role}}_{field} VARCHAR"
    for field in ("key", "text", "name", "actor_id", "country", "sector", "wikidata", "reason")
)


def _actor(role: str) -> str:
    return _ACTOR.format(role=role)


def _events_table(name: str, context: str) -> str:
    """The events table of versions 1 and 2 (they differ in the type of ``context``)."""
    return f"""CREATE TABLE {name} (
        doc_id VARCHAR NOT NULL, seq INTEGER NOT NULL, event_id VARCHAR NOT NULL,
        mention_id VARCHAR, sentence_id INTEGER, sentence VARCHAR, trigger_text VARCHAR,
        trigger_start INTEGER, trigger_end INTEGER, event_type VARCHAR NOT NULL,
        mode VARCHAR, context {context}, cameo VARCHAR, quad_class INTEGER,
        goldstein DOUBLE, {_actor("source")}, {_actor("target")}, reciprocal BOOLEAN,
        outlet VARCHAR, published VARCHAR, negated BOOLEAN, modality VARCHAR,
        {_actor("reported_by")}, date VARCHAR, date_precision VARCHAR, location VARCHAR,
        confidence DOUBLE, reason VARCHAR, PRIMARY KEY (doc_id, seq))"""


def _v1_initial(con: duckdb.DuckDBPyConnection) -> None:
    """Documents, sentences, mentions, actors, events (context as ';'-joined text), runs."""
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)")
    con.execute(
        """CREATE TABLE documents (
            doc_id VARCHAR PRIMARY KEY, seq BIGINT NOT NULL, content_hash VARCHAR NOT NULL,
            outlet VARCHAR, title VARCHAR, url VARCHAR, published VARCHAR, source VARCHAR,
            n_chars INTEGER NOT NULL, text VARCHAR NOT NULL)"""
    )
    con.execute(
        """CREATE TABLE sentences (
            doc_id VARCHAR NOT NULL, sentence_id INTEGER NOT NULL, start_char INTEGER,
            end_char INTEGER, text VARCHAR, PRIMARY KEY (doc_id, sentence_id))"""
    )
    con.execute(
        f"""CREATE TABLE mentions (
            doc_id VARCHAR NOT NULL, seq INTEGER NOT NULL, sentence_id INTEGER,
            start_char INTEGER, end_char INTEGER, {_actor("actor")},
            PRIMARY KEY (doc_id, seq))"""
    )
    con.execute(
        """CREATE TABLE actors (
            actor_key VARCHAR PRIMARY KEY, actor_id VARCHAR, name VARCHAR, country VARCHAR,
            sector VARCHAR, wikidata VARCHAR)"""
    )
    con.execute(_events_table("events", "VARCHAR"))
    con.execute(
        """CREATE TABLE runs (
            run_id INTEGER PRIMARY KEY, started TIMESTAMP NOT NULL, finished TIMESTAMP,
            status VARCHAR NOT NULL, tacitus_version VARCHAR, model VARCHAR, config VARCHAR,
            inputs VARCHAR, documents_new INTEGER, documents_unchanged INTEGER,
            documents_changed INTEGER, documents_failed INTEGER, events INTEGER,
            actors INTEGER)"""
    )


def _v2_quotes_and_context_list(con: duckdb.DuckDBPyConnection) -> None:
    """A quotes table; events.context becomes a list of strings (was ';'-joined text).

    The table is rebuilt rather than altered: an ``ALTER ... USING expression`` stays in the
    write-ahead log as an expression, and replaying it after a crash needs DuckDB's function
    extension loaded before it is (DuckDB 2.0 then tries to download it and fails offline).
    """
    con.execute(_events_table("events_v2", "VARCHAR[]"))
    con.execute(
        """INSERT INTO events_v2 SELECT * REPLACE (
               CASE WHEN context IS NULL OR context = '' THEN []::VARCHAR[]
                    ELSE string_split(context, ';') END AS context)
           FROM events"""
    )
    con.execute("DROP TABLE events")
    con.execute("ALTER TABLE events_v2 RENAME TO events")
    con.execute(
        f"""CREATE TABLE quotes (
            doc_id VARCHAR NOT NULL, seq INTEGER NOT NULL, quote_id VARCHAR NOT NULL,
            text VARCHAR, direct BOOLEAN, cue VARCHAR, {_actor("speaker")},
            start_char INTEGER, end_char INTEGER, PRIMARY KEY (doc_id, seq))"""
    )


def _v3_stories(con: duckdb.DuckDBPyConnection) -> None:
    """Stories, their members, merged events and mentions, the outlets view (docs/stories.md).

    The DDL is in :func:`tacitus.store.story_tables.create_v3`."""
    story_tables.create_v3(con)


def _v4_office(con: duckdb.DuckDBPyConnection) -> None:
    """Actors carry the office a person held on the document's date (``<role>_office``)."""
    for table, role in (
        ("events", "source"), ("events", "target"), ("events", "reported_by"),
        ("mentions", "actor"), ("quotes", "speaker"),
    ):  # fmt: skip
        con.execute(f"ALTER TABLE {table} ADD COLUMN {role}_office VARCHAR")


_V5_TABLES = {
    "agg_days": "day DATE, quad_class INTEGER, event_type VARCHAR, year_only BOOLEAN, "
    "events BIGINT",
    "agg_dyads": "source_key VARCHAR, target_key VARCHAR, event_type VARCHAR, quad_class INTEGER, "
    "source_country VARCHAR, target_country VARCHAR, events BIGINT, documents BIGINT, "
    "goldstein DECIMAL(38,3), scored BIGINT, first DATE, last DATE",
    "agg_actors": "actor_key VARCHAR, events BIGINT, as_source BIGINT, as_target BIGINT, "
    "event_documents BIGINT, mentions BIGINT, mention_documents BIGINT, quotes BIGINT, "
    "refs BIGINT",
    "agg_outlets": "outlet VARCHAR, documents BIGINT, first VARCHAR, last VARCHAR, events BIGINT, "
    "q1 BIGINT, q2 BIGINT, q3 BIGINT, q4 BIGINT, goldstein DECIMAL(38,3), scored BIGINT, "
    "quotes BIGINT",
    "text_terms": "term VARCHAR, term_id INTEGER, df BIGINT",
    "text_postings": "term_id INTEGER, doc_seq BIGINT, sentence_id INTEGER",
    "text_pending": "term_id INTEGER, doc_seq BIGINT, sentence_id INTEGER",
}
NEEDS_REBUILD = "needs_rebuild"  # meta key: aggregates and text index to compute when opened


def _v5_scale(con: duckdb.DuckDBPyConnection) -> None:
    """Issue 17: columns that queries filter and order on, aggregates kept at ingest, the
    text index (docs/scale.md). Existing rows get their ``doc_seq``, ``day``, point and
    location country here; the aggregates and the index are computed by the code that keeps
    them, once the migrations are done (meta ``needs_rebuild``)."""
    added = {
        "documents": ("n_events INTEGER", "n_sentences INTEGER"),
        "sentences": ("doc_seq BIGINT",),
        "mentions": ("doc_seq BIGINT",),
        "events": ("doc_seq BIGINT", "day DATE", "lat DOUBLE", "lon DOUBLE",
                   "location_country VARCHAR"),
        "quotes": ("doc_seq BIGINT",),
    }  # fmt: skip
    for table, columns in added.items():
        for column in columns:
            con.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
    for table in ("sentences", "mentions", "events", "quotes"):
        con.execute(
            f"UPDATE {table} SET doc_seq = d.seq FROM documents d WHERE {table}.doc_id = d.doc_id"
        )
    point = """CASE WHEN TRY_CAST(location->>'lat' AS DOUBLE) BETWEEN -90 AND 90
                     AND TRY_CAST(location->>'lon' AS DOUBLE) BETWEEN -180 AND 180
                THEN TRY_CAST(location->>'{0}' AS DOUBLE) END"""
    con.execute(
        f"""UPDATE events SET day = TRY_CAST(left(coalesce(date, published), 10) AS DATE),
               lat = {point.format("lat")}, lon = {point.format("lon")},
               location_country = location->>'country'"""
    )
    for table, body in _V5_TABLES.items():
        con.execute(f"CREATE TABLE {table} ({body})")
    con.execute(f"INSERT INTO meta VALUES ('{NEEDS_REBUILD}', '1')")


def _v6_story_reasons(con: duckdb.DuckDBPyConnection) -> None:
    """Story members keep the reason of their placement (issue 15; docs/stories.md)."""
    story_tables.add_v6(con)


def _v7_view_aggregates(con: duckdb.DuckDBPyConnection) -> None:
    """The network and the map from aggregates of their own: ``agg_pairs`` (per source and
    target, events per type), ``agg_places`` (per point), and the actors' events with both
    sides (``agg_actors.paired``); computed once the migrations are done."""
    con.execute(
        "CREATE TABLE agg_pairs (source_key VARCHAR, target_key VARCHAR, source_country VARCHAR, "
        "target_country VARCHAR, events BIGINT, goldstein DECIMAL(38,3), scored BIGINT, "
        "types BIGINT[])"
    )
    con.execute(
        "CREATE TABLE agg_places (lat DOUBLE, lon DOUBLE, precision VARCHAR, name VARCHAR, "
        "country VARCHAR, admin1 VARCHAR, events BIGINT, q1 BIGINT, q2 BIGINT, q3 BIGINT, "
        'q4 BIGINT, examples STRUCT("day" VARCHAR, event_id VARCHAR, doc_seq BIGINT, '
        "seq INTEGER)[])"
    )
    con.execute("ALTER TABLE agg_actors ADD COLUMN paired BIGINT")
    con.execute(
        f"INSERT INTO meta VALUES ('{NEEDS_REBUILD}', '1') "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )


def _v8_agency_copy(con: duckdb.DuckDBPyConnection) -> None:
    """Story members name the press agency whose copy they are (issue 15; docs/stories.md)."""
    story_tables.add_v8(con)


def _v9_one_row_per_pair(con: duckdb.DuckDBPyConnection) -> None:
    """``agg_pairs`` keeps one row per (source, target) (it kept one per the sides' countries
    too), with the least country met on each side: the whole network and its busiest pairs
    are read from it without grouping (issue 17). Folded from its own rows: counts and sums
    add up, the least country of the rows is the least of the events'."""
    con.execute(
        """CREATE TEMP TABLE _pairs AS
           SELECT source_key, target_key, min(source_country) AS source_country,
                  min(target_country) AS target_country, sum(events)::BIGINT AS events,
                  sum(goldstein)::DECIMAL(38,3) AS goldstein, sum(scored)::BIGINT AS scored,
                  list_reduce(list(types), lambda a, b: list_transform(list_zip(a, b),
                              lambda x: x[1] + x[2])) AS types
           FROM agg_pairs GROUP BY source_key, target_key"""
    )
    con.execute("DELETE FROM agg_pairs")
    con.execute(
        "INSERT INTO agg_pairs (source_key, target_key, source_country, target_country, "
        "events, goldstein, scored, types) SELECT source_key, target_key, source_country, "
        "target_country, events, goldstein, scored, types FROM _pairs"
    )
    con.execute("DROP TABLE _pairs")


def _v10_sentence_keys(con: duckdb.DuckDBPyConnection) -> None:
    """Sentences keep the number of their boilerplate key and whether they open like
    boilerplate (:mod:`tacitus.boilerplate`), so an outlet's profile groups numbers instead of
    normalising and matching every sentence's text at each request (issue 17)."""
    con.execute("ALTER TABLE sentences ADD COLUMN key_hash BIGINT")
    con.execute("ALTER TABLE sentences ADD COLUMN boilerplate BOOLEAN")
    con.execute(
        f"UPDATE sentences SET key_hash = {bp.KEY_HASH_SQL.format('text')}, "
        f"boilerplate = {bp.PATTERN_SQL.format('text')}",
        [bp.PATTERN],
    )


NEEDS_AGGREGATES = "needs_aggregates"  # meta key: aggregates (comma-separated) to compute


def _v11_folded_states_and_map_examples(con: duckdb.DuckDBPyConnection) -> None:
    """``agg_state_pairs``: the network folded into states (``group=state``) kept at ingest;
    ``agg_places.examples`` carry what the map shows of each example event, so the map reads
    no event (issue 17). Both are computed once the migrations are done (meta
    ``needs_aggregates``), by the code that keeps them."""
    con.execute(
        "CREATE OR REPLACE TABLE agg_places (lat DOUBLE, lon DOUBLE, precision VARCHAR, name VARCHAR, "
        "country VARCHAR, admin1 VARCHAR, events BIGINT, q1 BIGINT, q2 BIGINT, q3 BIGINT, "
        'q4 BIGINT, examples STRUCT("day" VARCHAR, event_id VARCHAR, doc_seq BIGINT, '
        'seq INTEGER, doc_id VARCHAR, "date" VARCHAR, event_type VARCHAR, quad_class INTEGER, '
        "outlet VARCHAR, source_name VARCHAR, target_name VARCHAR, sentence VARCHAR)[])"
    )
    con.execute(
        "CREATE OR REPLACE TABLE agg_state_pairs (source_key VARCHAR, target_key VARCHAR, "
        "source_country VARCHAR, target_country VARCHAR, events BIGINT, "
        "goldstein DECIMAL(38,3), scored BIGINT, types BIGINT[], internal BIGINT)"
    )
    con.execute(
        f"INSERT INTO meta VALUES ('{NEEDS_AGGREGATES}', 'agg_places,agg_state_pairs') "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"
    )


def _v12_months_and_country_days(con: duckdb.DuckDBPyConnection) -> None:
    """``agg_pair_months`` (the network per calendar month: a date-filtered network sums the
    months inside the range) and ``agg_country_days`` (one country's timeline), kept at ingest
    (issue 17); computed once the migrations are done (meta ``needs_aggregates``)."""
    con.execute(
        "CREATE OR REPLACE TABLE agg_pair_months (month DATE, source_key VARCHAR, target_key VARCHAR, "
        "event_type VARCHAR, quad_class INTEGER, source_country VARCHAR, "
        "target_country VARCHAR, events BIGINT, goldstein DECIMAL(38,3), scored BIGINT)"
    )
    con.execute(
        "CREATE OR REPLACE TABLE agg_country_days (day DATE, country VARCHAR, quad_class INTEGER, "
        "year_only BOOLEAN, events BIGINT)"
    )
    con.execute(
        f"INSERT INTO meta VALUES ('{NEEDS_AGGREGATES}', 'agg_pair_months,agg_country_days') "
        "ON CONFLICT (key) DO UPDATE SET value = meta.value || ',' || excluded.value"
    )


def _v13_month_edges(con: duckdb.DuckDBPyConnection) -> None:
    """``agg_month_edges``: the network per calendar month, one row per pair and the sides'
    countries with the events of each type in a column each (a year's network sums a third
    of ``agg_pair_months``' rows and no type row; issue 17); computed once the migrations are
    done (meta ``needs_aggregates``)."""
    types = ", ".join(f"n_{t} BIGINT" for t in _V13_TYPES)
    con.execute(
        "CREATE OR REPLACE TABLE agg_month_edges (month DATE, source_key VARCHAR, "
        "target_key VARCHAR, source_country VARCHAR, target_country VARCHAR, events BIGINT, "
        f"goldstein DECIMAL(38,3), scored BIGINT, {types})"
    )
    con.execute(
        f"INSERT INTO meta VALUES ('{NEEDS_AGGREGATES}', 'agg_month_edges') "
        "ON CONFLICT (key) DO UPDATE SET value = meta.value || ',' || excluded.value"
    )


def _v14_text_unsure(con: duckdb.DuckDBPyConnection) -> None:
    """``text_unsure``: the sentences whose postings a one-word text search does not take on
    trust but tests by their text (their texts differ, or hold a letter the index lowers and
    the test folds apart; :mod:`tacitus.store.text_index`), kept at ingest with the index
    (issue 17); computed here from the rows (about 5 s for 1M events)."""
    from . import text_index

    con.execute("CREATE OR REPLACE TABLE text_unsure (doc_seq BIGINT, sentence_id INTEGER)")
    text_index.add_unsure(con, None)


# PLOVER's types as version 13 has them (a step is history: not records.PLOVER_TYPES)
_V13_TYPES = (
    "agree", "consult", "support", "concede", "cooperate", "aid", "retreat", "request",
    "accuse", "reject", "threaten", "protest", "sanction", "mobilize", "coerce", "assault",
)  # fmt: skip


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[duckdb.DuckDBPyConnection], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial", _v1_initial),
    Migration(2, "quotes_and_context_list", _v2_quotes_and_context_list),
    Migration(3, "stories", _v3_stories),
    Migration(4, "office", _v4_office),
    Migration(5, "scale", _v5_scale),
    Migration(6, "story_reasons", _v6_story_reasons),
    Migration(7, "view_aggregates", _v7_view_aggregates),
    Migration(8, "agency_copy", _v8_agency_copy),
    Migration(9, "one_row_per_pair", _v9_one_row_per_pair),
    Migration(10, "sentence_keys", _v10_sentence_keys),
    Migration(11, "folded_states_and_map_examples", _v11_folded_states_and_map_examples),
    Migration(12, "months_and_country_days", _v12_months_and_country_days),
    Migration(13, "month_edges", _v13_month_edges),
    Migration(14, "text_unsure", _v14_text_unsure),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


def stored_version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The store's schema version; None for an empty database, -1 for a foreign one."""
    tables = {row[0] for row in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if not tables:
        return None
    if "meta" not in tables:
        return -1
    found = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchall()
    row = found[0] if found else None
    if row is None or not str(row[0]).isdigit():
        return -1
    return int(row[0])


def pending(current: int | None, target: int = SCHEMA_VERSION) -> list[Migration]:
    start = current or 0
    return [m for m in MIGRATIONS if start < m.version <= target]


def apply(con: duckdb.DuckDBPyConnection, steps: list[Migration]) -> None:
    """Run ``steps`` in order, each in its own transaction with its version bump, then write
    the result into the database file (a checkpoint) so the log holds no schema changes."""
    for step in steps:
        con.execute("BEGIN TRANSACTION")
        try:
            step.apply(con)
            con.execute(
                "INSERT INTO meta VALUES ('schema_version', ?), ('written_by', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [str(step.version), f"tacitus {__version__}"],
            )
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    if steps:
        con.execute("CHECKPOINT")
