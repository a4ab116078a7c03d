"""The bulk of a large synthetic store, generated inside DuckDB (``tacitus bench
--store-events``, :mod:`tacitus.store.synthetic`).

Making ten million events one Python object at a time and writing them batch by batch through
:meth:`Store.write` took about 40 minutes; here the same documents are drawn by SQL, a chunk of
documents per statement, straight into the store's tables; each chunk is added to the text
index as ingest adds a batch (indexing ten million events at once needs over 4 GB), and the
aggregates are computed once at the end by :func:`~tacitus.store.aggregates.rebuild`, the same
queries ingest runs on each batch (so they equal a rebuild by construction; a test checks it,
and the rows' shape).

The draws follow :mod:`tacitus.store.synthetic` rule for rule (its :func:`world`: the same
actors, outlets, cities, phrases, types and weights; 5-15 events a document, the skews, 67%
dated by the text, 3% to a year, 65% located, a quote in six documents of ten); the uniform
numbers come from ``hash(seed, document, event, draw)``, so a store does not depend on how many
threads DuckDB uses. Rows are as :mod:`tacitus.store.rows` writes them (ids from
:func:`~tacitus.records.stable_id`'s SHA-1 recipe, the location as the same JSON text).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

import duckdb
import numpy as np

from .. import boilerplate as bp
from . import text_index
from .schema import column_names

if TYPE_CHECKING:
    from ..records import Actor


class World(Protocol):
    """What the documents are drawn from (:class:`tacitus.store.synthetic.World`; named here
    by its shape, so this module does not import the one that calls it)."""

    actors: list[Actor]
    keys: list[str]
    cities: dict[str, list[dict[str, Any]]]
    phrases: list[str]


@dataclass(frozen=True)
class Shape:
    """The draws' constants (:mod:`tacitus.store.synthetic`'s): days from 2021-01-01, outlets,
    the types (PLOVER type, CAMEO, quad class, Goldstein, weight) and the titles' words."""

    days: int
    outlets: int
    types: list[tuple[Any, ...]]
    words: list[str]


CHUNK_DOCUMENTS = 100_000  # documents per statement (about a million events)

# a uniform number in [0, 1) drawn from the 53 high bits of DuckDB's hash of its arguments
_U = "((hash({seed}, {args}) >> 11)::DOUBLE / 9007199254740992.0)"


def _u(seed: int, *args: object) -> str:
    return _U.format(seed=seed, args=", ".join(str(a) for a in args))


def _skewed(n: str, u: str, skew: float) -> str:
    """SQL of :func:`~tacitus.store.synthetic.skewed`: least(n - 1, floor(n * u ** skew))."""
    return f"least({n} - 1, floor({n} * pow({u}, {skew})))::INTEGER"


def _register(con: duckdb.DuckDBPyConnection, name: str, columns: dict[str, list[Any]]) -> None:
    arrays = {}
    for column, values in columns.items():
        array = np.empty(len(values), dtype=object)
        array[:] = values
        arrays[column] = array
    con.register(f"_{name}_view", arrays)
    con.execute(f"CREATE OR REPLACE TEMP TABLE {name} AS SELECT * FROM _{name}_view")
    con.unregister(f"_{name}_view")


def load_world(con: duckdb.DuckDBPyConnection, w: World, types: list[tuple[Any, ...]]) -> None:
    """The world's actors, cities, phrases, types and words as temporary tables."""
    keys = w.keys
    skip = []  # synthetic._event's `while same key: target += 1`, from each rank
    for rank, key in enumerate(keys):
        step = 1
        while keys[(rank + step) % len(keys)] == key:
            step += 1
        skip.append(step)
    actors = w.actors
    _register(con, "syn_actors", {
        "rank": list(range(len(actors))), "key": keys, "skip": skip,
        "text": [a.text for a in actors], "name": [a.name for a in actors],
        "actor_id": [a.actor_id for a in actors], "country": [a.country for a in actors],
        "sector": [a.sector for a in actors], "wikidata": [a.wikidata for a in actors],
        "reason": [a.reason for a in actors],
    })  # fmt: skip
    cities = [(c, i, len(places), p) for c, places in w.cities.items()
              for i, p in enumerate(places)]  # fmt: skip
    _register(con, "syn_cities", {
        "country": [c for c, _, _, _ in cities], "idx": [i for _, i, _, _ in cities],
        "n": [n for _, _, n, _ in cities],
        "json": [json.dumps(p, ensure_ascii=False) for _, _, _, p in cities],
        "lat": [float(p["lat"]) for _, _, _, p in cities],
        "lon": [float(p["lon"]) for _, _, _, p in cities],
    })  # fmt: skip
    _register(con, "syn_phrases", {"idx": list(range(len(w.phrases))), "phrase": w.phrases})
    _register(con, "syn_types", {
        "idx": list(range(len(types))), "kind": [t[0] for t in types],
        "cameo": [t[1] for t in types], "quad": [t[2] for t in types],
        "goldstein": [float(t[3]) for t in types],
    })  # fmt: skip
    con.execute("CREATE OR REPLACE TEMP TABLE syn_cities_n AS "
                "SELECT country, any_value(n) AS n FROM syn_cities GROUP BY 1")  # fmt: skip


def _documents_sql(seed: int, days: int, n_documents: int, outlets: int) -> str:
    """Documents 0.. with their events (5-15, the last one cut to the total), day, outlet."""
    return f"""
CREATE OR REPLACE TEMP TABLE syn_docs AS
WITH d AS (SELECT i, 5 + (hash({seed}, i, 1) % 11)::INTEGER AS n FROM range(?) t(i)),
c AS (SELECT i, n, sum(n) OVER (ORDER BY i) AS upto FROM d)
SELECT i, least(n, ? - (upto - n))::INTEGER AS n,
       DATE '2021-01-01' + least({days} - 1, i * {days} // {n_documents})::INTEGER AS day,
       'Outlet ' || (1 + {_skewed(str(outlets), _u(seed, "i", 2), 2.0)}) AS outlet,
       {_u(seed, "i", 3)} < 0.6 AS quoted, {_u(seed, "i", 4)} < 0.7 AS direct
FROM c WHERE upto - n < ?"""


def _draws_sql(seed: int, weights: list[int], n_actors: int) -> str:
    """One row per event of the chunk's documents: its draws (ranks, type, phrase, date,
    place, flags)."""
    by_weight = [i for i, w in enumerate(weights) for _ in range(w)]

    def u(salt: int) -> str:
        return _u(seed, "d.i", "r.k", salt)

    return f"""
SELECT d.i, r.k, d.day, d.outlet,
       {_skewed(str(n_actors), u(10), 3.2)} AS s0, {_skewed(str(n_actors), u(11), 3.2)} AS t0,
       {by_weight}[1 + (hash({seed}, d.i, r.k, 12) % {len(by_weight)})::INTEGER] AS ty,
       {_skewed("4096", u(13), 1.5)} AS ph, {u(14)} AS du,
       (hash({seed}, d.i, r.k, 15) % 70)::INTEGER AS yr,
       (hash({seed}, d.i, r.k, 16) % 4)::INTEGER AS back,
       {u(17)} AS lu, {u(18)} AS cu, {u(19)} < 0.05 AS reciprocal,
       {u(20)} < 0.04 AS negated, {u(21)} < 0.15 AS intended
FROM syn_docs d JOIN range(15) r(k) ON r.k < d.n WHERE d.i >= ? AND d.i < ?"""


_ROLE = ("key", "text", "name", "actor_id", "country", "sector", "wikidata", "reason")


def _events_sql(seed: int, weights: list[int], n_actors: int) -> str:
    """The events table's rows for the documents of a chunk (``rows.event_row``'s values)."""
    sides = ", ".join(f"{a}.{c} AS {role}_{c}" for a, role in (("s", "source"), ("t", "target"))
                      for c in _ROLE)  # fmt: skip
    return f"""
WITH x AS ({_draws_sql(seed, weights, n_actors)}),
y AS (SELECT x.*, s.key AS skey,
             CASE WHEN t.key = s.key THEN (x.t0 + t.skip) % {n_actors} ELSE x.t0 END AS t1
      FROM x JOIN syn_actors s ON s.rank = x.s0 JOIN syn_actors t ON t.rank = x.t0),
z AS (SELECT y.*, {sides}, ty.kind, ty.cameo, ty.quad, ty.goldstein,
             s.text || ' ' || lower(ty.kind) || ' ' || t.text || ' over ' || p.phrase || '.'
                 AS sentence,
             'syn-' || lpad(y.i::VARCHAR, 9, '0') AS doc_id, cn.n AS cities
      FROM y JOIN syn_actors s ON s.rank = y.s0 JOIN syn_actors t ON t.rank = y.t1
      JOIN syn_types ty ON ty.idx = y.ty JOIN syn_phrases p ON p.idx = y.ph
      LEFT JOIN syn_cities_n cn ON cn.country = t.country),
w AS (SELECT z.*,
             sum(length(sentence) + 1) OVER (PARTITION BY i ORDER BY k)
                 - length(sentence) - 1 AS start,
             CASE WHEN du < 0.03 THEN (1950 + yr)::VARCHAR || '-01-01'
                  WHEN du < 0.70 THEN (day - back)::VARCHAR END AS date,
             CASE WHEN du < 0.03 THEN 'year' WHEN du < 0.70 THEN 'day' END AS date_precision,
             CASE WHEN cities IS NOT NULL AND lu < 0.65
                  THEN {_skewed("cities", "cu", 2.0)} END AS city
      FROM z)
SELECT w.doc_id, w.k AS seq, substr(sha1(w.doc_id || chr(31) || w.k), 1, 16) AS event_id,
       substr(sha1(w.doc_id || chr(31) || w.k || chr(31) || 'm'), 1, 16) AS mention_id,
       w.k AS sentence_id, w.sentence, lower(w.kind) AS trigger_text,
       (w.start + length(w.source_text) + 1)::INTEGER AS trigger_start,
       (w.start + length(w.source_text) + 1 + length(w.kind))::INTEGER AS trigger_end,
       w.kind AS event_type, NULL AS mode, []::VARCHAR[] AS context, w.cameo,
       w.quad AS quad_class, w.goldstein, {", ".join(f"w.source_{c}" for c in _ROLE)},
       {", ".join(f"w.target_{c}" for c in _ROLE)}, w.reciprocal, w.outlet,
       w.day::VARCHAR AS published, w.negated,
       CASE WHEN w.intended THEN 'intended' ELSE 'asserted' END AS modality,
       {", ".join(f"NULL AS reported_by_{c}" for c in _ROLE)}, w.date, w.date_precision,
       c.json AS location, 0.6 AS confidence, 'synthetic event' AS reason,
       NULL AS source_office, NULL AS target_office, NULL AS reported_by_office,
       w.i + 1 AS doc_seq, coalesce(w.date, w.day::VARCHAR)::DATE AS day, c.lat, c.lon,
       c.country AS location_country
FROM w LEFT JOIN syn_cities c ON c.country = w.target_country AND c.idx = w.city
ORDER BY w.i, w.k"""


def _rows_sql(seed: int, words: list[str], first: int, last: int) -> list[str]:
    """Sentences, mentions, documents and quotes of the documents ``first``..``last`` - 1,
    from their events."""
    scope = f"doc_seq > {first} AND doc_seq <= {last}"
    role = ", ".join(f"{{0}}_{c}" for c in _ROLE)
    either = ", ".join(f"CASE m.side WHEN 0 THEN source_{c} ELSE target_{c} END" for c in _ROLE)
    title = " || ' ' || ".join(f"{words}[1 + (hash({seed}, g.i, 30 + {n}) % {len(words)})::INTEGER]"
                               for n in range(6))  # fmt: skip
    return [
        f"""INSERT INTO sentences ({", ".join(column_names("sentences"))})
            SELECT doc_id, seq, trigger_start - length(source_text) - 1,
                   trigger_start - length(source_text) - 1 + length(sentence), sentence, doc_seq,
                   {bp.KEY_HASH_SQL.format("sentence")}, false  -- none opens like boilerplate
            FROM events WHERE {scope} ORDER BY doc_seq, seq""",
        f"""INSERT INTO mentions ({", ".join(column_names("mentions"))})
            SELECT doc_id, 2 * seq + m.side, seq,
                   CASE m.side WHEN 0 THEN trigger_start - length(source_text) - 1
                        ELSE trigger_end + 1 END,
                   CASE m.side WHEN 0 THEN trigger_start - 1
                        ELSE trigger_end + 1 + length(target_text) END,
                   {either}, NULL, doc_seq
            FROM events, (VALUES (0), (1)) m(side) WHERE {scope}
            ORDER BY doc_seq, seq, m.side""",
        f"""INSERT INTO documents ({", ".join(column_names("documents"))})
            WITH t AS (SELECT doc_seq, any_value(doc_id) AS doc_id, any_value(outlet) AS outlet,
                              any_value(published) AS published, count(*) AS n,
                              string_agg(sentence, ' ' ORDER BY seq) AS text
                       FROM events WHERE {scope} GROUP BY doc_seq),
                 d AS (SELECT t.*, ({title}) AS title FROM t JOIN syn_docs g ON g.i + 1 = t.doc_seq)
            SELECT doc_id, doc_seq, sha256(text), outlet,
                   upper(title[1]) || title[2:], 'https://news.example/' || doc_id, published,
                   'synthetic', length(text), text, n, n
            FROM d ORDER BY doc_seq""",
        f"""INSERT INTO quotes ({", ".join(column_names("quotes"))})
            SELECT e.doc_id, 0, substr(sha1(e.doc_id || chr(31) || 'q'), 1, 16), e.sentence,
                   d.direct, 'said', {role.format("e.source")}, 0, length(e.sentence), NULL,
                   e.doc_seq
            FROM events e JOIN syn_docs d ON d.i + 1 = e.doc_seq
            WHERE e.{scope.replace(" AND ", " AND e.")} AND e.seq = 0 AND d.quoted
            ORDER BY e.doc_seq""",
    ]


def generate(
    con: duckdb.DuckDBPyConnection,
    w: World,
    shape: Shape,
    events: int,
    n_documents: int,
    seed: int,
    say: Callable[[str], None],
) -> int:
    """Write ``events`` events (documents 0.., dated as documents of a store of
    ``n_documents``) into the store's tables and the text index (a chunk at a time, as ingest
    adds each batch); the number of documents written. The caller holds the transaction and
    computes the aggregates after (:func:`~tacitus.store.aggregates.rebuild`)."""
    load_world(con, w, shape.types)
    con.execute(
        _documents_sql(seed, shape.days, n_documents, shape.outlets),
        [events // 5 + 1, events, events],
    )
    row = con.execute("SELECT count(*) FROM syn_docs").fetchone()
    documents = int(row[0]) if row else 0
    weights = [int(t[4]) for t in shape.types]
    columns = ", ".join(column_names("events"))
    for first in range(0, documents, CHUNK_DOCUMENTS):
        last = min(documents, first + CHUNK_DOCUMENTS)
        con.execute(f"INSERT INTO events ({columns}) {_events_sql(seed, weights, len(w.actors))}",
                    [first, last])  # fmt: skip
        for sql in _rows_sql(seed, shape.words, first, last):
            con.execute(sql)
        text_index.add(con, range(first + 1, last + 1))  # all at once needs over 4 GB at 10M
        say(f"{last:,} of {documents:,} documents drawn in SQL")
    con.execute(
        "INSERT INTO actors (actor_key, actor_id, name, country, sector, wikidata) "
        "SELECT DISTINCT key, actor_id, name, country, sector, wikidata FROM syn_actors "
        "WHERE key IN (SELECT source_key FROM events UNION SELECT target_key FROM events) "
        "ON CONFLICT (actor_key) DO NOTHING"
    )
    for table in ("syn_docs", "syn_actors", "syn_cities", "syn_cities_n", "syn_phrases",
                  "syn_types"):  # fmt: skip
        con.execute(f"DROP TABLE IF EXISTS {table}")
    return documents
