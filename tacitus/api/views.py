"""What the read endpoints answer, beyond :mod:`tacitus.store.queries`: pages with totals, the
timeline, per-outlet counts, the actor graph, one document, stories (from :mod:`tacitus.stories`).

They read the store's tables with parameters only (no user text pasted into SQL) and reuse the
store's own filter conditions (:func:`tacitus.store.queries.event_where`), so a filter means
the same thing on the command line, in the API and in the dashboard.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, is_dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import stories as story_layer
from ..errors import StoreError, StoryNotFound
from ..store import Filters
from ..store import rows as store_rows
from ..store.actor_match import match_actor, suggestions
from ..store.connection import wrapped
from ..store.queries import document_conditions, event_where, quote_where
from ..store.where import Where
from .evidence import highlights

if TYPE_CHECKING:
    from ..store import Store

QUAD_CLASSES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
_MAX_FILLED_DAYS = 3700  # the timeline fills missing days up to about ten years


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def rows_of(cursor: Any, path: Path, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    with wrapped(path, "querying"):
        cursor.execute(sql, params)
        names = [d[0] for d in cursor.description or []]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def fetch(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """Rows as dicts, on a cursor of this thread's own."""
    cursor = store.cursor()
    try:
        return rows_of(cursor, store.path, sql, params)
    finally:
        cursor.close()


@contextmanager
def snapshot(store: Store) -> Iterator[Any]:
    """A cursor whose queries all see the same committed state (one read transaction)."""
    cursor = store.cursor()
    try:
        with wrapped(store.path, "starting a read"):
            cursor.execute("BEGIN TRANSACTION")
        yield cursor
    finally:
        with contextlib.suppress(StoreError), wrapped(store.path, "ending a read"):
            cursor.execute("ROLLBACK")
        cursor.close()


def scalar(store: Store, sql: str, params: list[Any]) -> Any:
    found = fetch(store, sql, params)
    return next(iter(found[0].values())) if found else None


def table_exists(store: Store, name: str) -> bool:
    sql = "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = ?"
    return bool(scalar(store, sql, [name]))


# -- events and quotes, paged --------------------------------------------------------------------


def _event_conditions(f: Filters, source: str | None, target: str | None) -> Where:
    where = event_where(f)
    if source:
        where.add("source_key = ?", source)
    if target:
        where.add("target_key = ?", target)
    return where


def events_page(
    store: Store,
    f: Filters,
    page: Page,
    source: str | None = None,
    target: str | None = None,
) -> tuple[int, list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """(total, contract records of the page, {doc_id: title/url/outlet}) in ingest order.

    The page is chosen on narrow columns (row ids in order), then only its rows are read whole,
    with their documents and sentence offsets: sorting every matching row with all its
    columns, or joining the sentences' text, costs several times more.
    """
    where = _event_conditions(f, source, target)
    with snapshot(store) as cursor:
        found = rows_of(cursor, store.path, f"SELECT count(*) AS n FROM events{where.sql()}",
                        where.params)  # fmt: skip
        total = int(found[0]["n"])
        keys = rows_of(
            cursor,
            store.path,
            f"""SELECT e.rid FROM (SELECT rowid AS rid, doc_id, seq FROM events{where.sql()}) e
                JOIN (SELECT doc_id, seq FROM documents) d USING (doc_id)
                ORDER BY d.seq, e.seq LIMIT ? OFFSET ?""",
            [*where.params, page.limit, page.offset],
        )
        ids = [int(k["rid"]) for k in keys]  # integers from the database, never user text
        if not ids:
            return total, [], {}
        listed = ",".join(str(i) for i in ids)
        found = rows_of(cursor, store.path,
                        f"SELECT rowid AS rid, * FROM events WHERE rowid IN ({listed})", [])  # fmt: skip
        doc_ids = sorted({row["doc_id"] for row in found})
        documents = {
            row.pop("doc_id"): row
            for row in rows_of(cursor, store.path,
                               "SELECT doc_id, title, url, outlet FROM documents "
                               "WHERE list_contains(?, doc_id)", [doc_ids])
        }  # fmt: skip
        starts = {
            (row["doc_id"], row["sentence_id"]): row["start_char"]
            for row in rows_of(cursor, store.path,
                               "SELECT doc_id, sentence_id, start_char FROM sentences "
                               "WHERE list_contains(?, doc_id)", [doc_ids])
        }  # fmt: skip
    order = {rid: n for n, rid in enumerate(ids)}
    items = []
    for row in sorted(found, key=lambda r: order[r["rid"]]):
        record = as_record(store_rows.event_from(row))
        start = starts.get((row["doc_id"], row["sentence_id"]))
        record["highlights"] = highlights(record, start)
        items.append(record)
    return total, items, documents


def as_record(value: Any) -> Any:
    """A record's ``to_dict()`` without its deep copies (a test checks they are equal)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_record(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list):
        return [as_record(v) for v in value]
    if isinstance(value, dict):
        return {k: as_record(v) for k, v in value.items()}
    return value


_SPEAKER = "coalesce(q.speaker_key, lower(q.speaker_text), '')"
_QUOTE_ORDER = {  # (extra column, ORDER BY)
    "ingest": ("", "d.seq, q.seq"),
    # the most quoted speakers first (unattributed last), each one's quotes in ingest order
    "speaker": (
        f", count(*) OVER (PARTITION BY {_SPEAKER}) AS speaker_quotes",
        f"q.speaker_text IS NULL, speaker_quotes DESC, {_SPEAKER}, d.seq, q.seq",
    ),
}


def quotes_page(
    store: Store, f: Filters, page: Page, speakers: int = 50, order: str = "ingest"
) -> tuple[int, list[dict[str, Any]], list[dict[str, Any]]]:
    """(total, quotes of the page with their document, the most quoted speakers)."""
    where = quote_where(f)
    base = f"FROM quotes q JOIN documents d USING (doc_id){where.sql()}"
    total = int(scalar(store, f"SELECT count(*) {base}", where.params) or 0)
    sql = (
        f"SELECT q.*, d.title AS doc_title, d.outlet AS doc_outlet, d.published AS doc_published"
        f"{_QUOTE_ORDER[order][0]} {base} ORDER BY {_QUOTE_ORDER[order][1]} LIMIT ? OFFSET ?"
    )
    items = []
    for row in fetch(store, sql, [*where.params, page.limit, page.offset]):
        record = store_rows.quote_from(row).to_dict()
        record["document"] = {
            "title": row["doc_title"],
            "outlet": row["doc_outlet"],
            "published": row["doc_published"],
        }
        items.append(record)
    top = fetch(
        store,
        f"SELECT coalesce(q.speaker_key, '') AS key, "
        f"coalesce(any_value(q.speaker_name), any_value(q.speaker_text)) AS name, "
        f"any_value(q.speaker_country) AS country, count(*) AS quotes {base} "
        f"GROUP BY 1 ORDER BY quotes DESC, key LIMIT ?",
        [*where.params, speakers],
    )
    for row in top:
        row["key"] = row["key"] or None
    return total, items, top


# -- the timeline and outlets ----------------------------------------------------------------------


def timeline(store: Store, f: Filters) -> dict[str, Any]:
    """Events per day and quad class (the event's date, else its document's)."""
    where = event_where(f)
    sql = (
        "SELECT left(coalesce(date, published), 10) AS day, quad_class, count(*) AS n "
        f"FROM events{where.sql()} GROUP BY 1, 2 ORDER BY 1, 2"
    )
    counts: dict[str, dict[int, int]] = {}
    undated = 0
    for row in fetch(store, sql, where.params):
        if row["day"] is None or not _is_day(row["day"]):
            undated += int(row["n"])
            continue
        counts.setdefault(row["day"], {})[int(row["quad_class"] or 0)] = int(row["n"])
    days = _filled(sorted(counts))
    series = {
        str(q): {"label": label, "counts": [counts.get(d, {}).get(q, 0) for d in days]}
        for q, label in QUAD_CLASSES.items()
    }
    total = sum(sum(c.values()) for c in counts.values()) + undated
    return {"days": days, "quad_classes": series, "undated": undated, "total": total}


def _is_day(text: str) -> bool:
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def _filled(days: list[str]) -> list[str]:
    """The days from the first to the last, gaps included (unless the span is very long)."""
    if len(days) < 2:
        return days
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    span = (last - first).days
    if span > _MAX_FILLED_DAYS:
        return days
    return [(first + timedelta(days=i)).isoformat() for i in range(span + 1)]


def outlets(store: Store, f: Filters) -> list[dict[str, Any]]:
    """Per outlet: documents, events by quad class, mean Goldstein, quotes, first/last date."""
    ev = event_where(f)
    docs = Where()
    document_conditions(docs, f)
    sql = f"""
        WITH d AS (SELECT coalesce(outlet, '') AS k, any_value(outlet) AS outlet,
                          count(*) AS documents, min(published) AS first,
                          max(published) AS last, list(doc_id) AS ids
                   FROM documents{docs.sql()} GROUP BY 1),
        e AS (SELECT coalesce(outlet, '') AS k, count(*) AS events,
                     count(*) FILTER (WHERE quad_class = 1) AS q1,
                     count(*) FILTER (WHERE quad_class = 2) AS q2,
                     count(*) FILTER (WHERE quad_class = 3) AS q3,
                     count(*) FILTER (WHERE quad_class = 4) AS q4,
                     round(avg(goldstein), 2) AS goldstein
              FROM events{ev.sql()} GROUP BY 1),
        q AS (SELECT coalesce(d.outlet, '') AS k, count(*) AS quotes
              FROM quotes JOIN documents d USING (doc_id) GROUP BY 1)
        SELECT d.outlet, d.documents, coalesce(e.events, 0) AS events,
               coalesce(e.q1, 0) AS q1, coalesce(e.q2, 0) AS q2, coalesce(e.q3, 0) AS q3,
               coalesce(e.q4, 0) AS q4, e.goldstein, coalesce(q.quotes, 0) AS quotes,
               d.first, d.last
        FROM d LEFT JOIN e USING (k) LEFT JOIN q USING (k)
        ORDER BY events DESC, documents DESC, d.k"""
    found = fetch(store, sql, docs.params + ev.params)
    for row in found:
        row["quad_classes"] = {str(i): row.pop(f"q{i}") for i in range(1, 5)}
    return found


# -- the actor graph -----------------------------------------------------------------------------------


def graph(store: Store, f: Filters, max_edges: int) -> dict[str, Any]:
    """Nodes (actors, sized by their events in the kept edges) and edges (actor pairs, with
    event count, mean Goldstein and events per type), the busiest ``max_edges`` pairs."""
    where = event_where(f)
    where.add("source_key IS NOT NULL AND target_key IS NOT NULL")
    pairs = fetch(
        store,
        f"""SELECT source_key AS source, target_key AS target, count(*) AS events,
                   round(avg(goldstein), 2) AS goldstein,
                   any_value(source_name) AS source_name, any_value(target_name) AS target_name,
                   any_value(source_country) AS source_country,
                   any_value(target_country) AS target_country, count(*) OVER () AS pairs
            FROM events{where.sql()} GROUP BY 1, 2
            ORDER BY events DESC, source, target LIMIT ?""",
        [*where.params, max_edges],
    )
    keys = [f"{p['source']}\x1f{p['target']}" for p in pairs]
    types: dict[str, dict[str, int]] = {}
    for row in fetch(
        store,
        f"""SELECT source_key || chr(31) || target_key AS pair, event_type, count(*) AS n
            FROM (SELECT * FROM events{where.sql()}) e
            SEMI JOIN (SELECT unnest(?::VARCHAR[]) AS k) p ON e.source_key || chr(31) || e.target_key = p.k
            GROUP BY 1, 2 ORDER BY 1, n DESC, 2""",
        [*where.params, keys],
    ):  # fmt: skip
        types.setdefault(row["pair"], {})[row["event_type"]] = int(row["n"])
    nodes_total = scalar(
        store,
        f"SELECT count(DISTINCT k) FROM (SELECT unnest([source_key, target_key]) AS k "
        f"FROM events{where.sql()})",
        where.params,
    )
    edges = [
        {
            "id": f"{p['source']}\u2192{p['target']}",
            "source": p["source"],
            "target": p["target"],
            "events": int(p["events"]),
            "goldstein": float(p["goldstein"] or 0.0),
            "types": types.get(key, {}),
        }
        for p, key in zip(pairs, keys, strict=True)
    ]
    return {
        "nodes": _nodes(store, pairs),
        "edges": edges,
        "nodes_total": int(nodes_total or 0),
        "edges_total": int(pairs[0]["pairs"]) if pairs else _pair_count(store, where),
    }


def _pair_count(store: Store, where: Where) -> int:
    sql = (
        f"SELECT count(*) FROM (SELECT 1 FROM events{where.sql()} GROUP BY source_key, target_key)"
    )
    return int(scalar(store, sql, where.params) or 0)


def _nodes(store: Store, pairs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The ends of the kept edges with their events, named from the actors table."""
    activity: dict[str, int] = {}
    seen: dict[str, tuple[str | None, str | None]] = {}
    for p in pairs:
        for role in ("source", "target"):
            key = p[role]
            activity[key] = activity.get(key, 0) + int(p["events"])
            seen.setdefault(key, (p[f"{role}_name"], p[f"{role}_country"]))
    registry = {
        row["actor_key"]: row
        for row in fetch(
            store,
            "SELECT actor_key, name, country FROM actors WHERE list_contains(?, actor_key)",
            [list(activity)],
        )
    }
    nodes = []
    for key, n in sorted(activity.items(), key=lambda kv: (-kv[1], kv[0])):
        known = registry.get(key, {})
        name = known.get("name") or seen[key][0] or key
        nodes.append({"id": key, "name": name, "country": known.get("country") or seen[key][1],
                      "events": n})  # fmt: skip
    return nodes


# -- actor suggestions --------------------------------------------------------------------------


def actor_suggestions(store: Store, f: Filters, typed: str, page: Page) -> dict[str, Any]:
    """The actors list for what the user typed (:func:`tacitus.store.actor_match.suggestions`,
    counted under the other filters) and ``match``: what the filter ``actor=typed`` matches."""
    ranked = suggestions(store, typed, limit=None)
    picked = ranked[page.offset : page.offset + page.limit]
    aliases = {c.key: alias for c, alias in picked}
    rows = {
        row["actor_key"]: row
        for row in store.actors(replace(f, actor=None, actor_keys=tuple(aliases)))
    }
    items = [{**rows[k], "alias": aliases[k]} for k in aliases if k in rows]
    return {
        "total": len(ranked),
        "limit": page.limit,
        "offset": page.offset,
        "items": items,
        "match": match_actor(store, typed).to_dict(),
    }


# -- documents and stories ------------------------------------------------------------------------


def document(store: Store, doc_id: str) -> dict[str, Any] | None:
    """One document with its text, sentences, events and quotes; None when it is not stored."""
    found = fetch(
        store,
        "SELECT doc_id, outlet, title, url, published, source, n_chars, content_hash, text "
        "FROM documents WHERE doc_id = ?",
        [doc_id],
    )
    if not found:
        return None
    record = found[0]
    one = Filters(doc_id=doc_id)
    events = [as_record(e) for e in store.events(one)]
    record["events"] = [{**e, "highlights": highlights(e)} for e in events]
    record["quotes"] = [q.to_dict() for q in store.quotes(one)]
    return record


_NO_STORIES = (
    "no stories in this store: story grouping (documents about the same events across "
    "outlets) has not run on this store"
)


def stories(store: Store, f: Filters, page: Page) -> dict[str, Any]:
    """Stories with their counts; tolerant of stores without the stories' tables."""
    if not table_exists(store, "stories"):
        return {"total": 0, "items": [], "note": _NO_STORIES}
    found = [_plain(s) for s in story_layer.list_stories(store, f)]
    result: dict[str, Any] = {
        "total": len(found),
        "items": found[page.offset : page.offset + page.limit],
    }
    if not found:
        result["note"] = "no stories match these filters"
    return result


def story(store: Store, story_id: str) -> dict[str, Any]:
    """One story and its outlet-by-outlet comparison; :class:`StoryNotFound` when there is
    none (the API's 404)."""
    if not table_exists(store, "stories"):
        raise StoryNotFound(f"no story {story_id!r} in {store.path}", kind="story", key=story_id)
    found: dict[str, Any] = _plain(story_layer.story(store, story_id))
    found["comparison"] = _plain(story_layer.compare(store, story_id))
    return found


def _plain(value: Any) -> Any:
    """Records (dataclasses with to_dict) as plain JSON-able values."""
    if hasattr(value, "to_dict"):
        return _plain(value.to_dict())
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value
