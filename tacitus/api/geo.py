"""The map's endpoint: located events grouped by point, with counts per quad class.

``GET /api/map`` takes the shared filters (:func:`tacitus.api.params.filters`, through the
store's own :func:`~tacitus.store.queries.event_where`, so a filter means the same here as in
every other view) and answers the places where the matching events happened: one point per
(lat, lon, precision, name, country) of the events' ``location`` (JSON text in the store, read
with DuckDB's JSON functions in SQL, never per row in Python), the biggest first, at most
``limit`` of them, each with its events per quad class and its latest events as examples; and
how many matching events have no point (no location, or one without usable coordinates).

Three queries in one read transaction: the count of matching events, the points (one pass:
counts, totals and the examples' row ids), then the examples' rows by row id.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from ..store import Filters, Store
from ..store.queries import event_where
from . import models
from .params import filters
from .views import QUAD_CLASSES, rows_of, snapshot

MAX_POINTS = 10_000
DEFAULT_POINTS = 2000
EXAMPLES = 3  # example events per point
_SENTENCE = 400  # characters of an example's sentence

router = APIRouter(prefix="/api", responses=models.READ_ERRORS)

# The point of each matching event (NULL lat/lon: no usable point). The JSON is parsed once per
# row, for all six keys, after the filters (MATERIALIZED: else the optimiser inlines the parse
# into every later use and runs it before the filters); TRY_CAST and the range check: a location
# written by another tool with a bad coordinate counts as unlocated instead of failing the query.
_PARSED = """
SELECT rowid AS rid, quad_class, coalesce(date, published) AS day, event_id,
       json_extract_string(location, ['$.lat', '$.lon', '$.precision', '$.name', '$.country',
                                      '$.admin1']) AS p
FROM events{where}
"""
_LOCATED = """
SELECT rid, quad_class, day, event_id,
       CASE WHEN lat BETWEEN -90 AND 90 AND lon BETWEEN -180 AND 180 THEN lat END AS lat,
       CASE WHEN lat BETWEEN -90 AND 90 AND lon BETWEEN -180 AND 180 THEN lon END AS lon,
       p[3] AS precision, p[4] AS name, p[5] AS country, p[6] AS admin1
FROM (SELECT *, TRY_CAST(p[1] AS DOUBLE) AS lat, TRY_CAST(p[2] AS DOUBLE) AS lon FROM parsed)
"""
_QUADS = ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS q{q}" for q in QUAD_CLASSES)
# One pass: the points with their counts and their latest events' row ids (ties: the greater
# event id, so the choice is stable), how many points and located events there are in all.
_POINTS = f"""
WITH parsed AS MATERIALIZED ({_PARSED}), located AS ({_LOCATED}), grouped AS (
    SELECT lat, lon, precision, name, country, min(admin1) AS admin1, count(*) AS total, {_QUADS},
           max_by(rid, struct_pack(d := coalesce(day, ''), e := event_id), {EXAMPLES}) AS rids
    FROM located WHERE lat IS NOT NULL AND lon IS NOT NULL
    GROUP BY lat, lon, precision, name, country
)
SELECT *, count(*) OVER () AS points_total, sum(total) OVER () AS located_total FROM grouped
ORDER BY total DESC, name NULLS LAST, country NULLS LAST, precision NULLS LAST, lat, lon
LIMIT ?
"""
_EXAMPLES = """
SELECT rowid AS rid, event_id, doc_id, event_type, quad_class, coalesce(date, published) AS day,
       outlet, source_name, target_name, sentence
FROM events SEMI JOIN (SELECT unnest(?::BIGINT[]) AS wanted) ON rowid = wanted
"""


def map_points(store: Store, f: Filters, limit: int = DEFAULT_POINTS) -> dict[str, Any]:
    """Points of the events matching ``f``, most events first, at most ``limit``."""
    where = event_where(f)
    with snapshot(store) as cursor:
        total = int(rows_of(cursor, store.path, f"SELECT count(*) AS n FROM events{where.sql()}",
                            where.params)[0]["n"])  # fmt: skip
        sql = _POINTS.replace("{where}", where.sql())
        # LIMIT 0 would lose the totals the window functions carry: ask for one row, drop it
        points = rows_of(cursor, store.path, sql, [*where.params, max(limit, 1)])
        rids = [int(r) for row in points[:limit] for r in row["rids"]]
        examples = rows_of(cursor, store.path, _EXAMPLES, [rids]) if rids else []
    points_total = int(points[0]["points_total"]) if points else 0
    located = int(points[0]["located_total"]) if points else 0
    by_rid = {int(row["rid"]): _example(row) for row in examples}
    return {
        "total": total,
        "located": located,
        "unlocated": total - located,
        "points_total": points_total,
        "limit": limit,
        "capped": points_total > min(limit, len(points)),
        "quad_classes": {str(q): label for q, label in QUAD_CLASSES.items()},
        "points": [
            _point(row, [by_rid[int(r)] for r in row["rids"] if int(r) in by_rid])
            for row in points[:limit]
        ],
    }


def _point(row: dict[str, Any], examples: list[dict[str, Any]]) -> dict[str, Any]:
    counts = {str(q): int(row[f"q{q}"]) for q in QUAD_CLASSES}
    return {
        "lat": row["lat"],
        "lon": row["lon"],
        "precision": row["precision"],
        "name": row["name"],
        "country": row["country"],
        "admin1": row["admin1"],
        "total": int(row["total"]),
        "quad_classes": counts,
        "examples": examples,
    }


def _example(row: dict[str, Any]) -> dict[str, Any]:
    sentence = row["sentence"] or ""
    if len(sentence) > _SENTENCE:
        sentence = sentence[: _SENTENCE - 1] + "…"
    return {
        "event_id": row["event_id"],
        "doc_id": row["doc_id"],
        "event_type": row["event_type"],
        "quad_class": row["quad_class"],
        "date": row["day"],
        "outlet": row["outlet"],
        "source": row["source_name"],
        "target": row["target_name"],
        "sentence": sentence,
    }


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


@router.get(
    "/map",
    summary="Located events grouped by point, with counts per quad class",
    responses={200: {"model": models.MapAnswer}},
)
def event_map(
    store: Annotated[Store, Depends(_store)],
    f: Annotated[Filters, Depends(filters)],
    limit: Annotated[
        int,
        Query(ge=0, le=MAX_POINTS, description=f"At most this many points (<= {MAX_POINTS})."),
    ] = DEFAULT_POINTS,
) -> Any:
    """Points (``lat, lon, precision, name, country, admin1``) with ``total``, ``quad_classes``
    (events per class) and up to three ``examples``, most events first; ``unlocated`` counts
    the matching events without a point; ``capped`` says ``points_total`` exceeded ``limit``."""
    return map_points(store, f, limit)
