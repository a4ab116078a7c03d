"""Queries the HTTP API needs beyond :mod:`tacitus.store.queries`: pages with totals, the
timeline, per-outlet counts, the actor graph, one document, stories.

They read the store's tables with parameters only (no user text pasted into SQL) and reuse the
store's own filter conditions (:func:`tacitus.store.queries.event_where`), so a filter means
the same thing on the command line, in the API and in the dashboard.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ..store import Filters
from ..store import rows as store_rows
from ..store.connection import wrapped
from ..store.queries import event_where
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


class Where:
    """SQL conditions and their parameters, in order."""

    def __init__(self) -> None:
        self.conditions: list[str] = []
        self.params: list[Any] = []

    def add(self, condition: str, *params: Any) -> None:
        self.conditions.append(condition)
        self.params.extend(params)

    def sql(self) -> str:
        return " WHERE " + " AND ".join(self.conditions) if self.conditions else ""


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def fetch(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """Rows as dicts, on a cursor of this thread's own."""
    cursor = store.cursor()
    try:
        with wrapped(store.path, "querying"):
            cursor.execute(sql, params)
            names = [d[0] for d in cursor.description or []]
            return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    finally:
        cursor.close()


def scalar(store: Store, sql: str, params: list[Any]) -> Any:
    found = fetch(store, sql, params)
    return next(iter(found[0].values())) if found else None


def table_exists(store: Store, name: str) -> bool:
    sql = "SELECT count(*) AS n FROM information_schema.tables WHERE table_name = ?"
    return bool(scalar(store, sql, [name]))


# -- events and quotes, paged --------------------------------------------------------------------


def _event_conditions(f: Filters, source: str | None, target: str | None) -> Any:
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
    """(total, contract records of the page, {doc_id: title/url/outlet}) in ingest order."""
    where = _event_conditions(f, source, target)
    total = int(scalar(store, f"SELECT count(*) FROM events{where.sql()}", where.params) or 0)
    sql = (
        f"SELECT e.*, d.title AS doc_title, d.url AS doc_url, s.start_char AS sent_start, "
        f"s.text AS sent_text FROM (SELECT * FROM events{where.sql()}) e "
        f"JOIN documents d USING (doc_id) "
        f"LEFT JOIN sentences s ON s.doc_id = e.doc_id AND s.sentence_id = e.sentence_id "
        f"ORDER BY d.seq, e.seq LIMIT ? OFFSET ?"
    )
    found = fetch(store, sql, [*where.params, page.limit, page.offset])
    documents: dict[str, dict[str, Any]] = {}
    items = []
    for row in found:
        documents[row["doc_id"]] = {
            "title": row["doc_title"],
            "url": row["doc_url"],
            "outlet": row["outlet"],
        }
        record = store_rows.event_from(row).to_dict()
        record["highlights"] = highlights(record, row["sent_start"], row["sent_text"])
        items.append(record)
    return total, items, documents


def _quote_conditions(f: Filters) -> Where:
    where = Where()
    if f.actor:
        where.add(
            "(? IN (q.speaker_actor_id, q.speaker_key) OR lower(?) = lower(q.speaker_name))",
            f.actor,
            f.actor,
        )
    if f.country:
        where.add("q.speaker_country = ?", f.country.upper())
    if f.text:
        where.add("q.text ILIKE ? ESCAPE '\\'", _like(f.text))
    if f.outlet:
        where.add("lower(d.outlet) = lower(?)", f.outlet)
    if f.since:
        where.add("d.published >= ?", f.since)
    if f.until:
        where.add("d.published <= ?", f.until)
    return where


def quotes_page(
    store: Store, f: Filters, page: Page, speakers: int = 50
) -> tuple[int, list[dict[str, Any]], list[dict[str, Any]]]:
    """(total, quotes of the page with their document, the most quoted speakers)."""
    where = _quote_conditions(f)
    base = f"FROM quotes q JOIN documents d USING (doc_id){where.sql()}"
    total = int(scalar(store, f"SELECT count(*) {base}", where.params) or 0)
    sql = (
        f"SELECT q.*, d.title AS doc_title, d.outlet AS doc_outlet, d.published AS doc_published "
        f"{base} ORDER BY d.seq, q.seq LIMIT ? OFFSET ?"
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
    if f.outlet:
        docs.add("lower(outlet) = lower(?)", f.outlet)
    if f.since:
        docs.add("published >= ?", f.since)
    if f.until:
        docs.add("published <= ?", f.until)
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
    """Nodes (actors, sized by events) and edges (actor pairs, with mean Goldstein)."""
    pairs: dict[tuple[str, str], dict[str, Any]] = {}
    names: dict[str, dict[str, Any]] = {}
    for row in store.dyads(f):
        key = (row["source_key"], row["target_key"])
        edge = pairs.setdefault(
            key,
            {"source": key[0], "target": key[1], "events": 0, "weighted": 0.0, "types": {}},
        )
        n = int(row["events"])
        edge["events"] += n
        edge["weighted"] += float(row["goldstein"] or 0.0) * n
        edge["types"][row["event_type"]] = edge["types"].get(row["event_type"], 0) + n
        for role in ("source", "target"):
            names.setdefault(
                row[f"{role}_key"],
                {"name": row[f"{role}_name"], "country": row[f"{role}_country"]},
            )
    ranked = sorted(pairs.values(), key=lambda e: (-e["events"], e["source"], e["target"]))
    kept = ranked[:max_edges]
    edges = []
    activity: dict[str, int] = {}
    for edge in kept:
        weighted = edge.pop("weighted")
        edge["goldstein"] = round(weighted / edge["events"], 2) if edge["events"] else 0.0
        edge["id"] = f"{edge['source']}\u2192{edge['target']}"
        edges.append(edge)
        for end in (edge["source"], edge["target"]):
            activity[end] = activity.get(end, 0) + edge["events"]
    nodes = [
        {"id": key, "name": names[key]["name"] or key, "country": names[key]["country"],
         "events": n}
        for key, n in sorted(activity.items(), key=lambda kv: (-kv[1], kv[0]))
    ]  # fmt: skip
    return {
        "nodes": nodes,
        "edges": edges,
        "nodes_total": len(names),
        "edges_total": len(pairs),
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
    record["events"] = [
        {**e.to_dict(), "highlights": highlights(e.to_dict())} for e in store.events(one)
    ]
    record["quotes"] = [q.to_dict() for q in store.quotes(one)]
    return record


def stories_module() -> Any | None:
    """The stories layer (:mod:`tacitus.stories`) when this Tacitus has it, else None."""
    try:
        return importlib.import_module("tacitus.stories")
    except ImportError:
        return None


_NO_STORIES = (
    "no stories in this store: story grouping (documents about the same events across "
    "outlets) is not available in this Tacitus or has not run on this store"
)


def stories(store: Store, f: Filters, page: Page) -> dict[str, Any]:
    """Stories with their counts (tacitus.stories); tolerant of stores without them."""
    module = stories_module()
    if module is None or not hasattr(module, "list_stories") or not table_exists(store, "stories"):
        return {"total": 0, "items": [], "note": _NO_STORIES}
    found = [_plain(s) for s in module.list_stories(store, f)]
    result: dict[str, Any] = {
        "total": len(found),
        "items": found[page.offset : page.offset + page.limit],
    }
    if not found:
        result["note"] = "no stories match these filters"
    return result


def story(store: Store, story_id: str) -> dict[str, Any] | None:
    """One story and, where the stories layer offers it, its outlet-by-outlet comparison."""
    module = stories_module()
    if module is None or not hasattr(module, "story") or not table_exists(store, "stories"):
        return None
    try:
        found: dict[str, Any] = _plain(module.story(store, story_id))
        if hasattr(module, "compare"):
            found["comparison"] = _plain(module.compare(store, story_id))
    except Exception as exc:
        if type(exc).__name__.endswith("NotFound"):
            return None
        raise
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
