"""The actor network of ``GET /api/dyads``: nodes (actors) and edges (actor pairs).

Two ways to cut a big network down, both on the events that match the shared filters and have
both sides resolved:

- ``limit``: the busiest pairs (edges) and their ends;
- ``top``: the most active actors (events they take part in) and the pairs among them, at most
  ``limit`` of them: the dashboard's default, with "show more" asking for a bigger ``top``.

With ``group=state`` every actor of a state (its government, ministries, military, leaders,
the groups the dictionaries place in it) is folded into the state's node (``country:RUS``);
actors without a state (international organisations, groups of no state, unnamed agents)
stay themselves, and events inside one state are counted apart (``internal``), not drawn.
``GET /api/events?source=...&target=...&group=state`` lists the events of a folded edge.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy

from ..places.gazetteer import state_names
from ..records import PLOVER_TYPES
from ..store import Filters
from ..store.queries import month_edges_source, network_source
from ..store.schema import TYPE_COLUMNS
from .nodes import Group, side, states
from .views import columns_of, rows_of, snapshot

if TYPE_CHECKING:
    from ..store import Store

# the positions of PLOVER_TYPES in the order of their names, and each type's rank: higher the
# earlier its name sorts, so that a pair's (events, rank) sorted down are its types most first,
# then by name
_BY_NAME = sorted(range(len(PLOVER_TYPES)), key=lambda i: PLOVER_TYPES[i])
_RANK = numpy.array([len(PLOVER_TYPES) - 1 - _BY_NAME.index(i) for i in range(len(PLOVER_TYPES))])
_NAME_OF_RANK = tuple(PLOVER_TYPES[i] for i in reversed(_BY_NAME))
# a pair's list of events per type, a column each (the list itself came to Python as a list
# of Python ints per row)
_UNPACKED = ", ".join(f"types[{i + 1}] AS _t{i}" for i in range(len(PLOVER_TYPES)))


class Read:
    """Runs the queries of one answer (SQL, parameters) on one cursor, so that they read one
    snapshot (a cursor per query cost its setup five times per network): ``read(sql,
    params)`` gives the rows as dicts, :meth:`pairs` the pairs with their events per type."""

    def __init__(self, cursor: Any, path: Path) -> None:
        self.cursor = cursor
        self.path = path

    def __call__(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        return rows_of(self.cursor, self.path, sql, params)

    def pairs(self, sql: str, params: list[Any], order: str) -> Pairs:
        """The rows of ``sql`` (``source``, ``target``, ``events``, ``goldstein`` and
        ``types``, a pair's list of events per type in PLOVER_TYPES' order, or NULL; any other
        columns) in ``order``, as the answer's edges (their ``types``: a dict of the types
        with events, most first, then by name) and the other columns.

        The rows come as columns (:func:`.views.columns_of`), the types as a matrix sorted
        by NumPy (each count times the number of types plus the type's rank, sorted down),
        where each row's list of 16 counts was made into Python ints and sorted with a Python
        key: 2,000 edges of the states network on the 1M store, about 30 -> 15 ms of CPU,
        most of it holding the GIL. The edges are made from the columns directly (a dict per
        row in between cost about as much again)."""
        n_types = len(PLOVER_TYPES)
        found = columns_of(
            self.cursor,
            self.path,
            f"SELECT * EXCLUDE (types), {_UNPACKED} FROM ({sql}) ORDER BY {order}",
            params,
        )
        counts = [numpy.ma.filled(found.pop(f"_t{i}"), 0) for i in range(n_types)]
        keys = numpy.column_stack(counts).astype(numpy.int64) * n_types + _RANK
        keys.sort(axis=1)
        types = [
            {_NAME_OF_RANK[k % n_types]: k // n_types for k in sorted_keys if k >= n_types}
            for sorted_keys in keys[:, ::-1].tolist()
        ]
        ends = [found.pop(name).tolist() for name in ("source", "target", "events", "goldstein")]
        edges = [
            {
                "id": f"{source}\u2192{target}",
                "source": source,
                "target": target,
                "events": int(events),
                "goldstein": float(goldstein or 0.0),
                "types": kinds,
            }
            for source, target, events, goldstein, kinds in zip(*ends, types, strict=True)
        ]
        return Pairs(edges, {name: column.tolist() for name, column in found.items()})


class Pairs(NamedTuple):
    """Pairs read by :meth:`Read.pairs`: the answer's edges, and each other column of the
    query as a list (the same order)."""

    edges: list[dict[str, Any]]
    other: dict[str, list[Any]]

    def rows(self, start: int, stop: int | None = None) -> Pairs:
        """The pairs from ``start`` (to ``stop``)."""
        cut = slice(start, stop)
        return Pairs(self.edges[cut], {k: v[cut] for k, v in self.other.items()})


# a pair's events per type, in PLOVER_TYPES' order (as agg_pairs keeps them), summed with the
# pair's other counts: the edges' types were a third query, joining the pairs by their keys
# as strings (one year's network of 200 actors on the 1M store: 23 of its 50 ms)
_TYPE_SUMS = (
    "["
    + ", ".join(
        f"coalesce(sum(events) FILTER (WHERE event_type = '{t}'), 0)::BIGINT" for t in PLOVER_TYPES
    )
    + "]"
)
# the same from agg_month_edges' rows, which keep the events of each type in a column each
_TYPE_COLUMN_SUMS = "[" + ", ".join(f"coalesce(sum({c}), 0)::BIGINT" for c in TYPE_COLUMNS) + "]"


def _ends(f: Filters, group: Group) -> tuple[str, list[Any], str]:
    """``SELECT s, t, events, goldstein (sum), scored, event_type, source/target country``
    of the graph's pairs (both sides resolved; with states, not within one state): from
    ``agg_dyads`` or ``agg_pair_months`` when the filters allow
    (:func:`tacitus.store.queries.network_source`), so the network groups no events but those
    of the partial months at a date range's ends; and the SQL of the pairs' events per type
    in their grouping. Under dates alone (or with actors and countries), the rows are
    ``agg_month_edges``' (:func:`tacitus.store.queries.month_edges_source`): the events of
    each type in a column each (``TYPE_COLUMNS``) instead of ``event_type``, a third of the
    rows to group (one year's network of 200 actors on the 1M store: 125,000 -> 41,000)."""
    monthly = month_edges_source(f)
    pairs, pair_params = monthly if monthly is not None else network_source(f)
    kinds, sums = (
        (", ".join(TYPE_COLUMNS), _TYPE_COLUMN_SUMS) if monthly else ("event_type", _TYPE_SUMS)
    )
    source, source_params = side("source", group)
    target, target_params = side("target", group)
    inside = " WHERE s <> t" if group == "state" else ""
    sql = f"""SELECT * FROM (
        SELECT {source} AS s, {target} AS t, events, goldstein, scored, {kinds},
               source_country, target_country FROM {pairs} p){inside}"""
    return sql, [*source_params, *target_params, *pair_params], sums


def graph(
    store: Store, f: Filters, max_edges: int, top: int | None = None, group: Group = "actor"
) -> dict[str, Any]:
    """Nodes (actors, with their events), edges (actor pairs with event count, mean Goldstein
    and events per type), how many there are in all, and (states) the events inside one.
    Its queries read one snapshot of the store."""
    with snapshot(store) as cursor:
        read = Read(cursor, store.path)
        if f == Filters():
            return kept_graph(read, max_edges, top, group)
        return _filtered_graph(read, f, max_edges, top, group)


def _filtered_graph(
    read: Read, f: Filters, max_edges: int, top: int | None, group: Group
) -> dict[str, Any]:
    ends, params, types = _ends(f, group)
    if top is not None:
        busiest, pairs = _busiest_and_pairs(read, ends, params, types, top, max_edges)
    else:
        busiest = None
        pairs = read.pairs(
            f"""WITH e AS ({ends}), p AS ({_GROUPED.format(types=types)})
                SELECT *, count(*) OVER () AS pairs FROM p
                ORDER BY events DESC, source, target LIMIT ?""",
            [*params, max_edges],
            _BUSIEST_FIRST,
        )
    if busiest is not None:
        totals = busiest[0] if busiest else {"actors": 0, "pairs": 0}
        activity = {b["k"]: int(b["n"]) for b in busiest}
    else:
        counted = pairs.other["pairs"][0] if pairs.edges else _pairs(read, ends, params)
        totals = {"pairs": counted, "actors": _actors(read, ends, params)}
        activity = _edge_activity(pairs.edges)
    found: dict[str, Any] = {
        "nodes": _nodes(read, activity, pairs),
        "edges": pairs.edges,
        "nodes_total": int(totals["actors"] or 0),
        "edges_total": int(totals["pairs"] or 0),
        "group": group,
        "top": top,
    }
    if group == "state":
        found["internal"] = _internal(read, f)
    return found


# one edge per pair: agg_pairs (agg_state_pairs, folded into states) keeps one row per
# (source, target), so the busiest pairs are a top-N over its rows (no grouping)
_EDGE = """SELECT source_key AS source, target_key AS target, events,
                  round(goldstein / nullif(scored, 0), 2)::DOUBLE AS goldstein, types,
                  source_country, target_country
           FROM {table}{where}"""
_KEPT = {"actor": "agg_pairs", "state": "agg_state_pairs"}
_BUSIEST_FIRST = "events DESC, source, target"
# the folded pairs that are drawn: not those inside one state (nor an actor with itself)
_DRAWN = "source_key <> target_key"
# the folded network's nodes by their events in the drawn pairs (a few thousand rows)
_STATE_ACTIVITY = f"""
SELECT k, sum(n)::BIGINT AS n, count(*) OVER () AS actors FROM (
    SELECT source_key AS k, events AS n FROM agg_state_pairs WHERE {_DRAWN}
    UNION ALL SELECT target_key, events FROM agg_state_pairs WHERE {_DRAWN})
GROUP BY k ORDER BY n DESC, k LIMIT ?"""


# the ``top`` most active nodes kept at ingest (``k``, events ``n``), their names and countries
# from the actors table (none for a folded state: _nodes names it) and the network's totals
# (actors or nodes, pairs drawn, events inside one state), in one query
_KEPT_BUSIEST = {
    "actor": """
SELECT b.k, b.n, a.name, a.country,
       (SELECT count(*) FROM agg_actors WHERE paired > 0) AS actors,
       (SELECT count(*) FROM agg_pairs) AS pairs, 0 AS internal
FROM (SELECT actor_key AS k, paired AS n FROM agg_actors WHERE paired > 0
      ORDER BY paired DESC, actor_key LIMIT ?) b
LEFT JOIN actors a ON a.actor_key = b.k
ORDER BY b.n DESC, b.k""",
    "state": f"""
SELECT b.k, b.n, a.name, a.country, b.actors,
       (SELECT count(*) FROM agg_state_pairs WHERE {_DRAWN}) AS pairs,
       (SELECT coalesce(sum(internal), 0) FROM agg_state_pairs) AS internal
FROM ({_STATE_ACTIVITY}) b LEFT JOIN actors a ON a.actor_key = b.k
ORDER BY b.n DESC, b.k""",
}


def kept_graph(
    read: Read, max_edges: int, top: int | None, group: Group = "actor"
) -> dict[str, Any]:
    """The whole network from what ingest keeps: ``agg_actors.paired`` ranks the actors,
    ``agg_pairs`` gives the edges with their events per type; folded into states, both come
    from ``agg_state_pairs``. No event is read.

    With ``top``: two queries, the nodes with their names and the totals
    (:data:`_KEPT_BUSIEST`), then the busiest pairs among them (a top-N of the drawn rows
    whose both ends are among the nodes). Round 11 ranked the states and chose their edges in
    one query (:data:`_RANKED`; its window over the edges and its three readings of the pairs
    cost more than reading them twice) and took the names (and the actors' network its
    floor of the edges' events and its totals) in queries of their own."""
    table = _KEPT[group]
    base = _DRAWN if group == "state" else "true"
    if top is not None:
        busiest = read(_KEPT_BUSIEST[group], [top])
        totals = busiest[0] if busiest else {**_kept_totals(read, group), "actors": 0}
        keys = [b["k"] for b in busiest]
        # a semi join on each side: list_contains tested every row against the whole list
        # (the network of 200 actors on the 1M store: 410 -> 231 ms in process, loaded)
        among = (
            f"{base} AND source_key IN (SELECT unnest(?::VARCHAR[])) "
            "AND target_key IN (SELECT unnest(?::VARCHAR[]))"
        )
        pairs = _busiest_pairs(read, table, among, [keys, keys], max_edges, floored=False)
        activity = {b["k"]: int(b["n"]) for b in busiest}
        registry: dict[str, dict[str, Any]] | None = {b["k"]: b for b in busiest}
    else:
        totals = _kept_totals(read, group)
        pairs = _busiest_pairs(read, table, base, [], max_edges)
        activity = _edge_activity(pairs.edges)
        registry = None
        if group == "state":
            totals["actors"] = read(
                "SELECT count(DISTINCT k) AS n FROM (SELECT unnest([source_key, target_key]) "
                f"AS k FROM agg_state_pairs WHERE {_DRAWN})",
                [],
            )[0]["n"]
    found: dict[str, Any] = {
        "nodes": _nodes(read, activity, pairs, registry),
        "edges": pairs.edges,
        "nodes_total": int(totals["actors"] or 0),
        "edges_total": int(totals["pairs"] or 0),
        "group": group,
        "top": top,
    }
    if group == "state":
        found["internal"] = int(totals["internal"] or 0)
    return found


def _kept_totals(read: Read, group: Group) -> dict[str, Any]:
    """The actors with pairs, the pairs drawn and the events inside one state, kept."""
    table = _KEPT[group]
    base = _DRAWN if group == "state" else "true"
    internal = "SELECT coalesce(sum(internal), 0) FROM agg_state_pairs" if group == "state" else "0"
    return read(
        f"SELECT (SELECT count(*) FROM agg_actors WHERE paired > 0) AS actors, "
        f"(SELECT count(*) FROM {table} WHERE {base}) AS pairs, ({internal}) AS internal",
        [],
    )[0]


def _busiest_pairs(
    read: Read, table: str, where: str, params: list[Any], limit: int, floored: bool = True
) -> Pairs:
    """The ``limit`` busiest rows of ``agg_pairs`` under ``where``, busiest first.

    Read among the pairs with at least as many events as the ``limit``-th busiest of those
    under ``where`` (from their numbers of pairs per number of events, a scan of one integer
    column): the floor cuts the top-N down before the rows' strings and events per type are
    read, and it is exact (every row below it ranks after ``limit`` rows above it). One scan
    for the floor and one for the rows, however few pairs ``where`` leaves: floors taken from
    all pairs took up to four scans for the network of 30 actors (150 ms of CPU on the 1M
    store, 88 this way). Not ``floored``: no floor, one scan (the pairs among the ``top``
    actors: the top-N of their rows, the events per type unpacked into columns, costs less
    than the floor's scan: the network of 200 actors on the 1M store, 3 + 7.6 -> 6.7 ms)."""
    if limit <= 0:
        return Pairs([], {})
    floor = 0
    if floored:
        sizes = read(
            f"SELECT events, count(*) AS n FROM {table} WHERE {where} GROUP BY events",
            params,
        )
        sizes.sort(key=lambda row: -int(row["events"]))
        floor = _floor(sizes, limit)
    return read.pairs(
        _EDGE.format(table=table, where=f" WHERE events >= ? AND {where}")
        + f" ORDER BY {_BUSIEST_FIRST} LIMIT ?",
        [floor, *params, limit],
        _BUSIEST_FIRST,
    )


def _floor(sizes: list[dict[str, Any]], k: int) -> int:
    """The events of the k-th busiest pair (``sizes``: pairs per number of events, most
    first); 0 when there are fewer."""
    seen = 0
    for row in sizes:
        seen += int(row["n"])
        if seen >= k:
            return int(row["events"])
    return 0


# the graph's pairs (``e``: :func:`_ends`) grouped: one row per (source, target)
_GROUPED = """
    SELECT s AS source, t AS target, sum(events)::BIGINT AS events,
           round(sum(goldstein) / nullif(sum(scored), 0), 2)::DOUBLE AS goldstein,
           any_value(source_country) AS source_country,
           any_value(target_country) AS target_country, {types} AS types
    FROM e GROUP BY 1, 2"""
# the ``top`` most active actors and the busiest pairs among them, from one reading of the
# pairs ``p`` (with ``{p}``: ``p`` and what it reads): part 0: the actors, 1: the pairs, in order
_RANKED = """
WITH {p},
activity AS (SELECT k, sum(n)::BIGINT AS n FROM (
    SELECT source AS k, events AS n FROM p UNION ALL SELECT target, events FROM p
    WHERE target <> source) GROUP BY k),
busiest AS MATERIALIZED (
    SELECT k, n, count(*) OVER () AS actors FROM activity ORDER BY n DESC, k LIMIT ?),
edges AS (
    SELECT * FROM p WHERE source IN (SELECT k FROM busiest) AND target IN (SELECT k FROM busiest)
    ORDER BY events DESC, source, target LIMIT ?)
SELECT 0 AS part, row_number() OVER (ORDER BY n DESC, k) AS rank, k AS source,
       NULL::VARCHAR AS target, n AS events, NULL::DOUBLE AS goldstein,
       NULL::VARCHAR AS source_country, NULL::VARCHAR AS target_country,
       NULL::BIGINT[] AS types, actors, (SELECT count(*) FROM p) AS pairs
FROM busiest
UNION ALL
SELECT 1, row_number() OVER (ORDER BY events DESC, source, target), source, target, events,
       goldstein, source_country, target_country, types, NULL, NULL
FROM edges
ORDER BY part, rank"""
# the filtered graph's pairs (``e``: :func:`_ends`) grouped once (MATERIALIZED: and the pairs
# among the busiest are chosen after the grouping, not pushed below it onto every row)
_GROUPED_PAIRS = "e AS ({ends}), p AS MATERIALIZED (" + _GROUPED + ")"


def _busiest_and_pairs(
    read: Read, ends: str, params: list[Any], types: str, top: int, max_edges: int
) -> tuple[list[dict[str, Any]], Pairs]:
    """The ``top`` most active actors (``k``, events ``n``, with the totals of ``actors`` and
    ``pairs``) and the ``max_edges`` busiest pairs among them, from one grouping of the pairs
    (they were two: one year's network of 200 actors on the 1M store grouped its 125,000
    monthly rows by their keys twice)."""
    pairs = _GROUPED_PAIRS.format(ends=ends, types=types)
    return _ranked(read, pairs, params, top, max_edges)


def _ranked(
    read: Read, pairs: str, params: list[Any], top: int, max_edges: int
) -> tuple[list[dict[str, Any]], Pairs]:
    """The ``top`` most active actors and the busiest pairs among them (:data:`_RANKED`) of
    the pairs ``p`` that ``pairs`` (SQL) defines."""
    rows = read.pairs(_RANKED.format(p=pairs), [*params, top, max_edges], "part, rank")
    nodes = rows.other["part"].count(0)  # the nodes first
    busiest = [
        {"k": node["source"], "n": node["events"], "actors": actors, "pairs": pairs}
        for node, actors, pairs in zip(
            rows.edges[:nodes], rows.other["actors"], rows.other["pairs"], strict=False
        )
    ]
    return busiest, rows.rows(nodes)


def _edge_activity(edges: list[dict[str, Any]]) -> dict[str, int]:
    """Events of each end of the kept edges, in those edges."""
    activity: dict[str, int] = {}
    for p in edges:
        activity[p["source"]] = activity.get(p["source"], 0) + int(p["events"])
        if p["target"] != p["source"]:
            activity[p["target"]] = activity.get(p["target"], 0) + int(p["events"])
    return activity


def _pairs(read: Read, ends: str, params: list[Any]) -> int:
    """How many pairs (edges) the graph has in all, when no edge was asked for."""
    sql = f"SELECT count(*) AS n FROM (SELECT 1 FROM ({ends}) GROUP BY s, t)"
    return int(read(sql, params)[0]["n"] or 0)


def _actors(read: Read, ends: str, params: list[Any]) -> int:
    """How many actors (nodes) the graph has in all."""
    sql = f"SELECT count(DISTINCT k) AS n FROM (SELECT unnest([s, t]) AS k FROM ({ends}))"
    return int(read(sql, params)[0]["n"] or 0)


def _internal(read: Read, f: Filters) -> int:
    """Events between two actors of one state (not drawn when actors are folded)."""
    monthly = month_edges_source(f)  # its countries are agg_pair_months'
    pairs, params = monthly if monthly is not None else network_source(f)
    found = read(
        f"SELECT coalesce(sum(events), 0) AS n FROM {pairs} p WHERE source_country = "
        "target_country AND list_contains(?, source_country)",
        [*params, states()],
    )
    return int(found[0]["n"] or 0)


def _nodes(
    read: Read,
    activity: dict[str, int],
    pairs: Pairs,
    registry: dict[str, dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """The nodes with their events, named from the actors table (``registry``: the nodes'
    ``name`` and ``country`` there, read already; a folded state without an actor of its
    own: from GeoNames; else by its key)."""
    seen: dict[str, str | None] = {}
    other = pairs.other
    sides = (other.get("source_country", []), other.get("target_country", []))
    for edge, source_country, target_country in zip(pairs.edges, *sides, strict=True):
        seen.setdefault(edge["source"], source_country)
        seen.setdefault(edge["target"], target_country)
    if registry is None:
        registry = {
            row["actor_key"]: row
            for row in read(
                "SELECT actor_key, name, country FROM actors "
                "WHERE actor_key IN (SELECT unnest(?::VARCHAR[]))",
                [list(activity)],
            )
        }
    nodes = []
    for key, n in sorted(activity.items(), key=lambda kv: (-kv[1], kv[0])):
        known = registry.get(key, {})
        state = key.removeprefix("country:") if key.startswith("country:") else ""
        nodes.append({
            "id": key,
            "name": known.get("name") or state_names().get(state) or key,
            "country": known.get("country") or state or seen.get(key),
            "events": n,
        })  # fmt: skip
    return nodes
