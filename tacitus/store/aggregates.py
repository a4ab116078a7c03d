"""Aggregates kept at ingest, in the same transaction as the rows they count (issue 17).

    agg_days     events per day, quad class, event type and whether the date is a year only:
                 the timeline, and totals under date, type and quad class filters
    agg_dyads    events per (source, target, event type) with documents, Goldstein sum, first
                 and last day: the actor network
    agg_actors   per actor key: events as source and target, mentions, the documents of each,
                 and every reference to it (an actor with none has left the store)
    agg_outlets  per outlet: documents, first and last publication, events by quad class,
                 Goldstein sum, quotes
    agg_pairs    per (source, target), one row each: events, Goldstein sum, events per type,
                 the sides' countries (the least met): the network drawn from it reads no
                 event and groups nothing
    agg_places   per point of the events' locations: events by quad class and the latest
                 three: the map
    agg_pair_months  agg_dyads' events and Goldstein sums per calendar month (no documents,
                 no first and last day): the network under a date filter sums the months
                 inside it and groups only the events of the partial months at its ends
    agg_country_days  events per day, country of either side (an event between two actors
                 of one country counted once), quad class and year-only dates: one
                 country's timeline
    agg_month_edges  per calendar month, (source, target) and the sides' countries: events,
                 Goldstein sum and the events of each type in a column each: the network
                 under dates alone (or with actors and countries) sums the months inside the
                 range and reads no event type row (a third of agg_pair_months' rows)
    documents.n_events, documents.n_sentences

Each aggregate is one SQL query over the rows of a set of documents (:func:`scoped`: documents
picked by ``doc_seq``). A batch adds what its documents contribute; a changed document first
takes back what its old rows contributed (before they are deleted), so the counts stay exact.
Sums are integers and decimals (a float sum would depend on the order of adding); the bounds
(first and last days, a place's first-level division and latest events) of the rows that lost
some are looked up again. :func:`rebuild` runs the
same queries over every document, so incremental and rebuilt tables are equal by construction,
and :func:`differences` checks that they are (``tacitus rebuild --check``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import duckdb

from ..records import PLOVER_TYPES
from .schema import AGGREGATES, TYPE_COLUMNS, column_names

DAYS_SQL = """
SELECT day, quad_class, event_type,
       (date IS NOT NULL AND coalesce(date_precision, '') = 'year') AS year_only,
       count(*) AS events
FROM {events} GROUP BY ALL"""

DYADS_SQL = """
SELECT source_key, target_key, event_type, quad_class, source_country, target_country,
       count(*) AS events, count(DISTINCT doc_seq) AS documents,
       coalesce(sum(goldstein::DECIMAL(18, 3)), 0) AS goldstein, count(goldstein) AS scored,
       min(day) AS first, max(day) AS last
FROM {events} WHERE source_key IS NOT NULL AND target_key IS NOT NULL GROUP BY ALL"""

ACTORS_SQL = """
WITH roles AS (
    SELECT source_key AS k, doc_seq, 1 AS src, 0 AS tgt, 0 AS men, 0 AS quo,
           (target_key IS NOT NULL)::INTEGER AS pair FROM {events}
        WHERE source_key IS NOT NULL
    UNION ALL SELECT target_key, doc_seq, 0, 1, 0, 0,
           (source_key IS NOT NULL AND source_key <> target_key)::INTEGER FROM {events}
        WHERE target_key IS NOT NULL
    UNION ALL SELECT reported_by_key, doc_seq, 0, 0, 0, 0, 0 FROM {events}
        WHERE reported_by_key IS NOT NULL
    UNION ALL SELECT actor_key, doc_seq, 0, 0, 1, 0, 0 FROM {mentions}
        WHERE actor_key IS NOT NULL
    UNION ALL SELECT speaker_key, doc_seq, 0, 0, 0, 1, 0 FROM {quotes}
        WHERE speaker_key IS NOT NULL)
SELECT k AS actor_key, sum(src + tgt) AS events, sum(src) AS as_source, sum(tgt) AS as_target,
       count(DISTINCT doc_seq) FILTER (WHERE src + tgt > 0) AS event_documents,
       sum(men) AS mentions, count(DISTINCT doc_seq) FILTER (WHERE men > 0) AS mention_documents,
       sum(quo) AS quotes, count(*) AS refs, sum(pair) AS paired
FROM roles GROUP BY k"""

# one count per PLOVER type, in records.PLOVER_TYPES' order
_TYPE_COUNTS = (
    "[" + ", ".join(f"count(*) FILTER (WHERE event_type = '{t}')" for t in PLOVER_TYPES) + "]"
)

# one row per pair (an actor known by name may carry another country in another document:
# the least of them, as for a folded edge)
PAIRS_SQL = f"""
SELECT source_key, target_key, min(source_country) AS source_country,
       min(target_country) AS target_country, count(*) AS events,
       coalesce(sum(goldstein::DECIMAL(18, 3)), 0) AS goldstein, count(goldstein) AS scored,
       {_TYPE_COUNTS} AS types
FROM {{events}} WHERE source_key IS NOT NULL AND target_key IS NOT NULL
GROUP BY source_key, target_key"""

# the map's points: a place of the events' locations, its counts, its latest three events
_POINT = """lat, lon, location->>'precision' AS precision, location->>'name' AS name,
       location_country AS country"""
# ordered by their first four fields (the event's keys are unique), the rest what the map
# shows of them
_EXAMPLE = """struct_pack(day := coalesce(day::VARCHAR, ''), event_id := event_id,
                          doc_seq := doc_seq, seq := seq, doc_id := doc_id,
                          date := coalesce(date, published), event_type := event_type,
                          quad_class := quad_class, outlet := outlet,
                          source_name := source_name, target_name := target_name,
                          sentence := sentence)"""
_EXAMPLES = f"max_by({_EXAMPLE}, {_EXAMPLE}, 3)"
PLACES_SQL = f"""
SELECT {_POINT}, min(location->>'admin1') AS admin1, count(*) AS events,
       count(*) FILTER (WHERE quad_class = 1) AS q1, count(*) FILTER (WHERE quad_class = 2) AS q2,
       count(*) FILTER (WHERE quad_class = 3) AS q3, count(*) FILTER (WHERE quad_class = 4) AS q4,
       {_EXAMPLES} AS examples
FROM {{events}} WHERE lat IS NOT NULL AND lon IS NOT NULL GROUP BY ALL"""

# the network folded into states (``group=state``): an actor whose country is a state is
# that state's node (tacitus.api.nodes); ``{{states}}``: the states' codes, a list literal
_NODE = "CASE WHEN list_contains({{states}}, {0}_country) THEN 'country:' || {0}_country ELSE {0}_key END"
_FOLDED = f"""SELECT {_NODE.format("source")} AS source_key, {_NODE.format("target")} AS target_key,
       source_country, target_country, event_type, goldstein
FROM {{events}} WHERE source_key IS NOT NULL AND target_key IS NOT NULL"""
STATE_PAIRS_SQL = f"""
SELECT source_key, target_key, min(source_country) AS source_country,
       min(target_country) AS target_country, count(*) AS events,
       coalesce(sum(goldstein::DECIMAL(18, 3)), 0) AS goldstein, count(goldstein) AS scored,
       {_TYPE_COUNTS} AS types,
       count(*) FILTER (WHERE source_country = target_country
                        AND list_contains({{states}}, source_country)) AS internal
FROM ({_FOLDED}) GROUP BY source_key, target_key"""

PAIR_MONTHS_SQL = """
SELECT date_trunc('month', day)::DATE AS month, source_key, target_key, event_type, quad_class,
       source_country, target_country, count(*) AS events,
       coalesce(sum(goldstein::DECIMAL(18, 3)), 0) AS goldstein, count(goldstein) AS scored
FROM {events} WHERE source_key IS NOT NULL AND target_key IS NOT NULL GROUP BY ALL"""

MONTH_EDGES_TYPES = ", ".join(
    f"count(*) FILTER (WHERE event_type = '{t}') AS {c}"
    for t, c in zip(PLOVER_TYPES, TYPE_COLUMNS, strict=True)
)
MONTH_EDGES_SQL = f"""
SELECT date_trunc('month', day)::DATE AS month, source_key, target_key, source_country,
       target_country, count(*) AS events,
       coalesce(sum(goldstein::DECIMAL(18, 3)), 0) AS goldstein, count(goldstein) AS scored,
       {MONTH_EDGES_TYPES}
FROM {{events}} WHERE source_key IS NOT NULL AND target_key IS NOT NULL GROUP BY ALL"""

COUNTRY_DAYS_SQL = """
SELECT day, country, quad_class, year_only, count(*) AS events FROM (
    SELECT day, quad_class,
           (date IS NOT NULL AND coalesce(date_precision, '') = 'year') AS year_only,
           unnest(list_distinct([source_country, target_country])) AS country
    FROM {events} WHERE source_country IS NOT NULL OR target_country IS NOT NULL)
WHERE country IS NOT NULL GROUP BY ALL"""

OUTLETS_SQL = """
WITH d AS (SELECT coalesce(outlet, '') AS outlet, count(*) AS documents,
                  min(published) AS first, max(published) AS last
           FROM {documents} GROUP BY 1),
e AS (SELECT coalesce(outlet, '') AS outlet, count(*) AS events,
             count(*) FILTER (WHERE quad_class = 1) AS q1,
             count(*) FILTER (WHERE quad_class = 2) AS q2,
             count(*) FILTER (WHERE quad_class = 3) AS q3,
             count(*) FILTER (WHERE quad_class = 4) AS q4,
             coalesce(sum(goldstein::DECIMAL(18, 3)), 0) AS goldstein,
             count(goldstein) AS scored
      FROM {events} GROUP BY 1),
q AS (SELECT coalesce(d.outlet, '') AS outlet, count(*) AS quotes
      FROM {quotes} q JOIN {documents} d ON d.seq = q.doc_seq GROUP BY 1)
SELECT outlet, coalesce(d.documents, 0) AS documents, d.first, d.last,
       coalesce(e.events, 0) AS events, coalesce(e.q1, 0) AS q1, coalesce(e.q2, 0) AS q2,
       coalesce(e.q3, 0) AS q3, coalesce(e.q4, 0) AS q4,
       coalesce(e.goldstein, 0) AS goldstein, coalesce(e.scored, 0) AS scored,
       coalesce(q.quotes, 0) AS quotes
FROM d FULL JOIN e USING (outlet) FULL JOIN q USING (outlet)"""


@dataclass(frozen=True)
class Aggregate:
    """One aggregate: its table, the query of what a set of documents contributes, its key
    columns, its bounds (columns merged by ``least``, ``greatest`` or ``top3``: not
    subtractable, looked up again where rows were taken back), its lists of counts and the
    order a rebuild writes its rows in (queries by a range of it skip row groups)."""

    table: str
    sql: str
    keys: tuple[str, ...]
    bounds: tuple[tuple[str, str], ...] = ()
    lists: tuple[str, ...] = ()
    order: str = ""

    @property
    def counts(self) -> tuple[str, ...]:
        other = set(self.keys) | {c for c, _ in self.bounds} | set(self.lists)
        return tuple(c for c in column_names(self.table) if c not in other)


_DYAD_KEYS = ("source_key", "target_key", "event_type", "quad_class", "source_country",
              "target_country")  # fmt: skip
_FIRST_LAST = (("first", "least"), ("last", "greatest"))
_COUNTRIES = (("source_country", "least"), ("target_country", "least"))

AGGREGATE_QUERIES: tuple[Aggregate, ...] = (
    Aggregate("agg_days", DAYS_SQL, ("day", "quad_class", "event_type", "year_only")),
    Aggregate("agg_dyads", DYADS_SQL, _DYAD_KEYS, _FIRST_LAST),
    Aggregate("agg_actors", ACTORS_SQL, ("actor_key",)),
    Aggregate("agg_outlets", OUTLETS_SQL, ("outlet",), _FIRST_LAST),
    Aggregate(
        "agg_pairs",
        PAIRS_SQL,
        ("source_key", "target_key"),
        _COUNTRIES,
        lists=("types",),
    ),
    Aggregate(
        "agg_places",
        PLACES_SQL,
        ("lat", "lon", "precision", "name", "country"),
        (("admin1", "least"), ("examples", "top3")),
    ),
    Aggregate(
        "agg_state_pairs",
        STATE_PAIRS_SQL,
        ("source_key", "target_key"),
        _COUNTRIES,
        lists=("types",),
    ),
    Aggregate("agg_pair_months", PAIR_MONTHS_SQL, ("month", *_DYAD_KEYS)),
    Aggregate("agg_country_days", COUNTRY_DAYS_SQL, ("day", "country", "quad_class", "year_only")),
    Aggregate(
        "agg_month_edges",
        MONTH_EDGES_SQL,
        ("month", "source_key", "target_key", "source_country", "target_country"),
        order="month",
    ),
)
assert {a.table for a in AGGREGATE_QUERIES} == set(AGGREGATES)

# where the bounds come from again when rows were taken back (the touched keys' rows)
_BOUNDS_SQL = {
    "agg_dyads": """SELECT source_key, target_key, event_type, quad_class, source_country,
                           target_country, min(day) AS first, max(day) AS last
                    FROM events SEMI JOIN _touched_agg_dyads t ON {match}
                    GROUP BY ALL""",
    "agg_pairs": """SELECT source_key, target_key, min(source_country) AS source_country,
                           min(target_country) AS target_country
                    FROM events SEMI JOIN _touched_agg_pairs t ON {match}
                    GROUP BY source_key, target_key""",
    "agg_state_pairs": f"""SELECT source_key, target_key,
                                  min(source_country) AS source_country,
                                  min(target_country) AS target_country
                           FROM ({_FOLDED.format(events="events", states="{states}")}) events
                           SEMI JOIN _touched_agg_state_pairs t ON {{match}}
                           GROUP BY source_key, target_key""",
    "agg_outlets": """SELECT coalesce(outlet, '') AS outlet, min(published) AS first,
                             max(published) AS last
                      FROM documents WHERE coalesce(outlet, '') IN
                          (SELECT outlet FROM _touched_agg_outlets) GROUP BY 1""",
    "agg_places": f"""SELECT {_POINT}, min(location->>'admin1') AS admin1,
                             {_EXAMPLES} AS examples
                      FROM events WHERE lat IS NOT NULL AND (lat, lon) IN
                          (SELECT lat, lon FROM _touched_agg_places) GROUP BY ALL""",
}
_MERGED = {
    "least": "least(a.{0}, d.{0})",
    "greatest": "greatest(a.{0}, d.{0})",
    "top3": "list_slice(list_reverse_sort(list_concat(a.{0}, d.{0})), 1, 3)",
}


def scoped(table: str, seqs: Sequence[int] | None, column: str = "doc_seq") -> str:
    """A FROM item: the rows of ``table`` whose documents' seqs are ``seqs`` (None: all rows).

    Consecutive seqs (a batch of new documents) become ranges and the rest an IN list of
    integers, each its own branch, so the scan can skip row groups by their zone maps.
    """
    if seqs is None:
        return table
    ordered = sorted({int(s) for s in seqs})
    if not ordered:
        return f"(SELECT * FROM {table} WHERE false)"
    runs: list[tuple[int, int]] = []
    for seq in ordered:
        if runs and seq == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], seq)
        else:
            runs.append((seq, seq))
    long_runs = [r for r in runs if r[1] - r[0] >= 8]
    singles = [s for r in runs if r[1] - r[0] < 8 for s in range(r[0], r[1] + 1)]
    parts = [f"SELECT * FROM {table} WHERE {column} BETWEEN {a} AND {b}" for a, b in long_runs]
    if singles:
        parts.append(f"SELECT * FROM {table} WHERE {column} IN ({', '.join(map(str, singles))})")
    return "(" + " UNION ALL ".join(parts) + ")"


def states_literal() -> str:
    """The states' codes (ISO 3166-1 alpha-3, as GeoNames lists them: what the network folds
    actors into) as a SQL list literal."""
    from ..places.gazetteer import state_names  # loads GeoNames' countries once

    codes = sorted(state_names())
    assert all(re.fullmatch("[A-Z]{3}", c) for c in codes), "a state's code is 3 letters"
    return "[" + ", ".join(f"'{c}'" for c in codes) + "]"


def contribution_sql(aggregate: Aggregate, seqs: Sequence[int] | None) -> str:
    """What the documents ``seqs`` (None: all) contribute to ``aggregate``."""
    return aggregate.sql.format(
        states=states_literal(),
        events=scoped("events", seqs),
        mentions=scoped("mentions", seqs),
        quotes=scoped("quotes", seqs),
        documents=scoped("documents", seqs, "seq"),
    )


def _match(aggregate: Aggregate, left: str, right: str) -> str:
    return " AND ".join(f"{left}.{k} IS NOT DISTINCT FROM {right}.{k}" for k in aggregate.keys)


def _merge(con: duckdb.DuckDBPyConnection, aggregate: Aggregate, source: str, sign: str) -> None:
    """Add (``sign`` '+') or take back ('-') the rows of ``source`` (a table or subquery)."""
    sets = [f"{c} = a.{c} {sign} d.{c}" for c in aggregate.counts]
    sets += [f"{c} = list_transform(list_zip(a.{c}, d.{c}), lambda x: x[1] {sign} x[2])"
             for c in aggregate.lists]  # fmt: skip
    if sign == "+":
        sets += [f"{c} = {_MERGED[how].format(c)}" for c, how in aggregate.bounds]
    columns = column_names(aggregate.table)
    insert = (
        f" WHEN NOT MATCHED THEN INSERT ({', '.join(columns)}) "
        f"VALUES ({', '.join(f'd.{c}' for c in columns)})"
        if sign == "+"
        else ""
    )
    con.execute(
        f"MERGE INTO {aggregate.table} a USING {source} d ON {_match(aggregate, 'a', 'd')} "
        f"WHEN MATCHED THEN UPDATE SET {', '.join(sets)}{insert}"
    )


def take_back(con: duckdb.DuckDBPyConnection, seqs: Sequence[int]) -> None:
    """Before the rows of documents ``seqs`` are deleted: take back what they contributed
    (the caller holds the transaction and then calls :func:`add` and :func:`settle`)."""
    for aggregate in AGGREGATE_QUERIES:
        touched = f"_touched_{aggregate.table}"
        con.execute(
            f"CREATE OR REPLACE TEMP TABLE {touched} AS {contribution_sql(aggregate, seqs)}"
        )
        _merge(con, aggregate, touched, "-")


def add(con: duckdb.DuckDBPyConnection, seqs: Sequence[int]) -> None:
    """After the rows of documents ``seqs`` are written: add what they contribute."""
    for aggregate in AGGREGATE_QUERIES:
        _merge(con, aggregate, f"({contribution_sql(aggregate, seqs)})", "+")


def settle(con: duckdb.DuckDBPyConnection, took_back: bool) -> None:
    """Drop rows that count nothing; after :func:`take_back`, look the first and last values
    of the rows it touched up again."""
    if took_back:
        for aggregate in AGGREGATE_QUERIES:
            touched = f"_touched_{aggregate.table}"
            if aggregate.bounds:
                sql = _BOUNDS_SQL[aggregate.table].format(
                    match=_match(aggregate, "events", "t"), states=states_literal()
                )
                sets = ", ".join(f"{c} = r.{c}" for c, _ in aggregate.bounds)
                con.execute(
                    f"UPDATE {aggregate.table} a SET {sets} FROM ({sql}) r "
                    f"WHERE {_match(aggregate, 'a', 'r')}"
                )
            con.execute(f"DROP TABLE IF EXISTS {touched}")
    for aggregate in AGGREGATE_QUERIES:
        empty = " AND ".join(f"{c} = 0" for c in aggregate.counts)
        con.execute(f"DELETE FROM {aggregate.table} WHERE {empty}")


_DOCUMENT_COUNTS = """
UPDATE documents SET n_events = coalesce(e.n, 0), n_sentences = coalesce(s.n, 0)
FROM (SELECT seq FROM documents) d
LEFT JOIN (SELECT doc_seq, count(*) AS n FROM events GROUP BY 1) e ON e.doc_seq = d.seq
LEFT JOIN (SELECT doc_seq, count(*) AS n FROM sentences GROUP BY 1) s ON s.doc_seq = d.seq
WHERE documents.seq = d.seq"""


def rebuild(con: duckdb.DuckDBPyConnection, tables: Sequence[str] | None = None) -> None:
    """Recompute every aggregate (or those of ``tables``) from the rows (the caller holds the
    transaction)."""
    for aggregate in AGGREGATE_QUERIES:
        if tables is not None and aggregate.table not in tables:
            continue
        con.execute(f"DELETE FROM {aggregate.table}")
        columns = ", ".join(column_names(aggregate.table))
        order = f" ORDER BY {aggregate.order}" if aggregate.order else ""
        con.execute(
            f"INSERT INTO {aggregate.table} ({columns}) "
            f"SELECT {columns} FROM ({contribution_sql(aggregate, None)}){order}"
        )
        empty = " AND ".join(f"{c} = 0" for c in aggregate.counts)
        con.execute(f"DELETE FROM {aggregate.table} WHERE {empty}")
    if tables is None:
        con.execute(_DOCUMENT_COUNTS)


def differences(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows that differ between each stored aggregate and its recomputation (both ways);
    empty when they agree."""
    found: dict[str, int] = {}
    for aggregate in AGGREGATE_QUERIES:
        columns = ", ".join(column_names(aggregate.table))
        fresh = f"SELECT {columns} FROM ({contribution_sql(aggregate, None)})"
        empty = " AND ".join(f"{c} = 0" for c in aggregate.counts)
        fresh = f"SELECT * FROM ({fresh}) WHERE NOT ({empty})"
        stored = f"SELECT {columns} FROM {aggregate.table}"
        row = con.execute(
            f"SELECT (SELECT count(*) FROM (({stored}) EXCEPT ALL ({fresh}))) + "
            f"(SELECT count(*) FROM (({fresh}) EXCEPT ALL ({stored})))"
        ).fetchone()
        if row and row[0]:
            found[aggregate.table] = int(row[0])
    row = con.execute(
        "SELECT count(*) FROM documents d WHERE n_events IS DISTINCT FROM "
        "(SELECT count(*) FROM events e WHERE e.doc_seq = d.seq) OR n_sentences IS DISTINCT "
        "FROM (SELECT count(*) FROM sentences s WHERE s.doc_seq = d.seq)"
    ).fetchone()
    if row and row[0]:
        found["documents"] = int(row[0])
    return found
