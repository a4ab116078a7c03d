"""The map's endpoint: located events grouped by point, with counts per quad class.

``GET /api/map`` takes the shared filters (:func:`tacitus.api.params.filters`, through the
store's own :func:`~tacitus.store.queries.event_where`, so a filter means the same here as in
every other view) and answers the places where the matching events happened: one point per
(lat, lon, precision, name, country) of the events' ``location`` (JSON text in the store, read
with DuckDB's JSON functions in SQL, never per row in Python), the biggest first, at most
``limit`` of them, each with its events per quad class and its latest events as examples; and
how many matching events have no point (no location, or one without usable coordinates).

Three queries in one read transaction: the count of matching events, the points (one pass:
counts, totals and the examples' keys), then the examples' rows by their keys (``doc_seq``,
``seq``). Unfiltered, two: the points come from ``agg_places``, which ingest keeps with their
examples (what the map shows of them): reading the examples' rows, scattered over the whole
table, took 0.7 s at 10M events.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request

from ..store import Filters, Store
from ..store.connection import wrapped
from ..store.queries import event_where
from . import models
from .answer import JsonAnswer, RawJson
from .params import filters
from .views import QUAD_CLASSES, columns_of, rows_of, snapshot

MAX_POINTS = 10_000
DEFAULT_POINTS = 2000
EXAMPLES = 3  # example events per point, at most (what the store keeps with each point)
DEFAULT_EXAMPLES = 1  # ... by default: each example carries its sentence, most of the answer
_SENTENCE = 400  # characters of an example's sentence

router = APIRouter(prefix="/api", responses=models.READ_ERRORS)

# The point of each matching event (plain lat/lon columns, checked when written; NULL: no
# point). The JSON is parsed once per row, for the other keys, after the filters (MATERIALIZED:
# else the optimiser inlines the parse into every later use and runs it before the filters).
_PARSED = """
SELECT doc_seq, seq, quad_class, coalesce(day::VARCHAR, '') AS day, event_id, lat, lon,
       location_country AS country,
       json_extract_string(location, ['$.precision', '$.name', '$.admin1']) AS p
FROM events{where}
"""
_QUADS = ", ".join(f"count(*) FILTER (WHERE quad_class = {q}) AS q{q}" for q in QUAD_CLASSES)
# One pass: the points with their counts and their latest events' keys (ties: the greater
# event id, so the choice is stable), how many points and located events there are in all.
_POINTS = f"""
WITH parsed AS MATERIALIZED ({_PARSED}), grouped AS (
    SELECT lat, lon, p[1] AS precision, p[2] AS name, country, min(p[3]) AS admin1,
           count(*) AS total, {_QUADS},
           max_by(struct_pack(day := day, event_id := event_id, doc_seq := doc_seq, seq := seq),
                  struct_pack(day := day, event_id := event_id, doc_seq := doc_seq, seq := seq),
                  {{examples}}) AS examples
    FROM parsed WHERE lat IS NOT NULL AND lon IS NOT NULL
    GROUP BY lat, lon, precision, name, country
)
SELECT *, count(*) OVER () AS points_total, sum(total) OVER () AS located_total FROM grouped
ORDER BY total DESC, name NULLS LAST, country NULLS LAST, precision NULLS LAST, lat, lon
LIMIT ?
"""
# the same from agg_places, which ingest keeps (no event is read) ...
_KEPT_ORDER = "events DESC, name NULLS LAST, country NULLS LAST, precision NULLS LAST, lat, lon"
_POINT = "lat, lon, precision, name, country"
# (with the first ? examples of each point as the JSON text of the answer's list: below)
_KEPT = f"""
SELECT {_POINT}, admin1, events AS total, q1, q2, q3, q4,
       count(*) OVER () AS points_total, sum(events) OVER () AS located_total,
       '[' || array_to_string(list_transform(coalesce(list_slice(examples, 1, ?), []),
                                             lambda e: {{example}}), ',') || ']' AS examples
FROM agg_places ORDER BY {_KEPT_ORDER} LIMIT ?
"""
# ... and the latest ? examples kept with them, each point's as the JSON of the answer's
# list, in the same query (DuckDB writes it: JSON objects in the answer's field order, the sentence shortened as
# _shortened does), in the points' order: 5,600 examples made into Python values and dicts
# and then written by orjson cost twice the CPU, most of it holding the GIL (issue 17)
_SHORTENED = (
    "CASE WHEN length(e.sentence) > {n} THEN left(e.sentence, {m}) || '\u2026' "
    "ELSE coalesce(e.sentence, '') END"
)
_EXAMPLE_JSON = (
    "json_object('event_id', e.event_id, 'doc_id', e.doc_id, 'event_type', e.event_type, "
    "'quad_class', e.quad_class, 'date', e.date, 'outlet', e.outlet, "
    "'source', e.source_name, 'target', e.target_name, 'sentence', {sentence})"
)
# the examples as rows, one each with its point's rank, latest first (the kept lists are
# latest first: max_by's order, and list_reverse_sort's when merged): where a JSON text
# holds an escape orjson writes otherwise (below)
_KEPT_EXAMPLES = f"""
SELECT rank, e.doc_id, e.event_id, e.event_type, e.quad_class, e.date, e.outlet, e.source_name,
       e.target_name, e.sentence
FROM (SELECT rank, unnest(list_slice(list_reverse_sort(examples), 1, ?)) AS e
      FROM (SELECT row_number() OVER (ORDER BY {_KEPT_ORDER}) AS rank, examples FROM agg_places
            ORDER BY {_KEPT_ORDER} LIMIT ?))
ORDER BY rank, e.day DESC, e.event_id DESC, e.doc_seq DESC, e.seq DESC
"""
# DuckDB's JSON writer escapes nine control characters (U+000B, U+000E, U+000F, U+001A to
# U+001F) with upper-case hex digits, orjson with lower-case ones; nothing else differs (every
# code point checked): text holding such an escape (or a written backslash before "u00")
# is made the other way
_UPPER_ESCAPE = re.compile(r"\\u00[01][A-F]")
_KEPT_SQL = _KEPT.format(
    example=_EXAMPLE_JSON.format(sentence=_SHORTENED.format(n=_SENTENCE, m=_SENTENCE - 1))
)
_EXAMPLES = """
SELECT doc_seq, seq, event_id, doc_id, event_type, quad_class, coalesce(date, published) AS date,
       outlet, source_name, target_name, sentence
FROM events SEMI JOIN (SELECT unnest(?::BIGINT[]) AS ds, unnest(?::INTEGER[]) AS sq) k
    ON doc_seq = k.ds AND seq = k.sq
"""


def map_points(
    store: Store, f: Filters, limit: int = DEFAULT_POINTS, examples: int = DEFAULT_EXAMPLES
) -> dict[str, Any]:
    """Points of the events matching ``f``, most events first, at most ``limit``, each with
    its ``examples`` latest events (0 to :data:`EXAMPLES`)."""
    examples = max(0, min(examples, EXAMPLES))
    where = event_where(f)
    with snapshot(store) as cursor:
        total = int(rows_of(cursor, store.path, f"SELECT count(*) AS n FROM events{where.sql()}",
                            where.params)[0]["n"])  # fmt: skip
        # LIMIT 0 would lose the totals the window functions carry: ask for one row, drop it
        if f == Filters():  # the examples kept with their points: no event is read
            kept = columns_of(cursor, store.path, _KEPT_SQL, [examples, max(limit, 1)])
            found = _kept_examples(cursor, store.path, examples, kept["examples"][:limit])
            return _kept_answer(total, limit, examples, kept, found)
        else:
            most = str(max(examples, 1))  # max_by's n: a constant, 1-3
            sql = _POINTS.replace("{where}", where.sql()).replace("{examples}", most)
            points = rows_of(cursor, store.path, sql, [*where.params, max(limit, 1)])
            keys = [(int(e["doc_seq"]), int(e["seq"])) for row in points[:limit]
                    for e in row["examples"][:examples]]  # fmt: skip
            shown = (
                rows_of(cursor, store.path, _EXAMPLES, [[k[0] for k in keys], [k[1] for k in keys]])
                if keys
                else []
            )
    points_total = int(points[0]["points_total"]) if points else 0
    located = int(points[0]["located_total"]) if points else 0
    by_key = {(int(row["doc_seq"]), int(row["seq"])): _example(row) for row in shown}
    head = _answer_head(total, located, points_total, limit, examples, len(points))
    return {**head, "points": [_point(row, _examples_of(row, by_key)) for row in points[:limit]]}


def _answer_head(
    total: int, located: int, points_total: int, limit: int, examples: int, read: int
) -> dict[str, Any]:
    """The map answer's fields before its points, in their order; ``read``: the points read
    (one more than shown tells that the list is capped)."""
    return {
        "total": total,
        "located": located,
        "unlocated": total - located,
        "points_total": points_total,
        "limit": limit,
        "examples": examples,
        "capped": points_total > min(limit, read),
        "quad_classes": {str(q): label for q, label in QUAD_CLASSES.items()},
    }


def _kept_answer(
    total: int, limit: int, examples: int, kept: dict[str, Any], found: list[Any]
) -> dict[str, Any]:
    """The answer of the unfiltered map from ``agg_places``' points (as columns: a Python
    value per field and no row dict between them and the answer's) and their examples."""
    points_total = int(kept["points_total"][0]) if len(kept["points_total"]) else 0
    located = int(kept["located_total"][0]) if len(kept["located_total"]) else 0
    fields = [kept[name][:limit].tolist() for name in _KEPT_FIELDS]
    shown = found + [[] for _ in range(len(fields[0]) - len(found))]
    return {
        **_answer_head(total, located, points_total, limit, examples, len(kept["points_total"])),
        "points": [
            {
                "lat": lat,
                "lon": lon,
                "precision": precision,
                "name": name,
                "country": country,
                "admin1": admin1,
                "total": points,
                "quad_classes": {"1": q1, "2": q2, "3": q3, "4": q4},
                "examples": shown_here,
            }
            for lat, lon, precision, name, country, admin1, points, q1, q2, q3, q4, shown_here in zip(
                *fields, shown, strict=True
            )
        ],
    }


def _kept_examples(cursor: Any, path: Path, examples: int, written: Any) -> list[Any]:
    """The latest ``examples`` events kept with each point, in the points' order, as the
    answer shows them: each point's list as the JSON text DuckDB ``written`` (:class:`RawJson`),
    or as dicts where DuckDB's text would differ from orjson's."""
    if not examples:
        return []
    texts: list[str] = written.tolist()
    if any("\\u00" in text and _UPPER_ESCAPE.search(text) for text in texts):
        by_rank = _kept_example_dicts(cursor, path, examples, len(texts))
        return [by_rank.get(rank, []) for rank in range(1, len(texts) + 1)]
    return [RawJson(text) for text in texts]


def _kept_example_dicts(
    cursor: Any, path: Path, examples: int, limit: int
) -> dict[int, list[dict[str, Any]]]:
    """The examples of :func:`_kept_examples` as dicts, by the point's rank (from 1)."""
    found: dict[int, list[dict[str, Any]]] = {}
    with wrapped(path, "querying"):
        rows = cursor.execute(_KEPT_EXAMPLES, [examples, limit]).fetchall()
    # one dict literal per example (a dict updated from a zip with the field names took three
    # times as long: 4,000 examples, 5.8 ms against 1.9 of CPU)
    for rank, doc_id, event_id, kind, quad, day, outlet, source, target, sentence in rows:
        example = {
            "event_id": event_id, "doc_id": doc_id, "event_type": kind, "quad_class": quad,
            "date": day, "outlet": outlet, "source": source, "target": target,
            "sentence": _shortened(sentence),
        }  # fmt: skip
        if rank in found:
            found[rank].append(example)
        else:
            found[rank] = [example]
    return found


# each quad class's key in the answer and its column
_QUAD_COUNTS = tuple((str(q), f"q{q}") for q in QUAD_CLASSES)
assert tuple(QUAD_CLASSES) == (1, 2, 3, 4), "the kept map's points name them (_kept_answer)"
# agg_places' columns of a point, in the answer's order (_KEPT)
_KEPT_FIELDS = ("lat", "lon", "precision", "name", "country", "admin1", "total",
                "q1", "q2", "q3", "q4")  # fmt: skip


def _point(row: dict[str, Any], examples: list[dict[str, Any]]) -> dict[str, Any]:
    counts = {key: int(row[column]) for key, column in _QUAD_COUNTS}
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


def _shortened(sentence: str | None) -> str:
    sentence = sentence or ""
    return sentence[: _SENTENCE - 1] + "…" if len(sentence) > _SENTENCE else sentence


def _example(row: dict[str, Any]) -> dict[str, Any]:
    sentence = _shortened(row["sentence"])
    return {
        "event_id": row["event_id"],
        "doc_id": row["doc_id"],
        "event_type": row["event_type"],
        "quad_class": row["quad_class"],
        "date": row["date"],
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
    examples: Annotated[
        int,
        Query(
            ge=0,
            le=EXAMPLES,
            description=f"Each point's latest events shown with their sentences (<= {EXAMPLES}).",
        ),
    ] = DEFAULT_EXAMPLES,
) -> Any:
    """Points (``lat, lon, precision, name, country, admin1``) with ``total``, ``quad_classes``
    (events per class) and their ``examples`` latest events (one by default, at most three:
    each carries its sentence, most of the answer), most events first; ``unlocated`` counts
    the matching events without a point; ``capped`` says ``points_total`` exceeded ``limit``."""
    return JsonAnswer(map_points(store, f, limit, examples))


def _examples_of(row: dict[str, Any], by_key: dict[tuple[int, int], Any]) -> list[Any]:
    """A point's examples, latest first, from the rows read by their keys."""
    keys = ((int(e["doc_seq"]), int(e["seq"])) for e in row["examples"])
    return [by_key[k] for k in keys if k in by_key]
