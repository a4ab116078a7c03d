"""What the read endpoints answer, beyond :mod:`tacitus.store.queries`: pages with totals, the
timeline, per-outlet counts, actor suggestions, one document, stories (from
:mod:`tacitus.stories`); the actor graph is :mod:`tacitus.api.graph`.

They read the store's tables with parameters only (no user text pasted into SQL) and reuse the
store's own filter conditions (:func:`tacitus.store.queries.event_where`), so a filter means
the same thing on the command line, in the API and in the dashboard.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, is_dataclass, replace
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
from .nodes import Group, node_condition

if TYPE_CHECKING:
    from ..store import Store

QUAD_CLASSES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}


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


def _event_conditions(
    f: Filters, source: str | None, target: str | None, group: Group = "actor"
) -> Where:
    where = event_where(f)
    if source:
        node_condition(where, "source", source, group)
    if target:
        node_condition(where, "target", target, group)
    return where


def events_page(
    store: Store,
    f: Filters,
    page: Page,
    source: str | None = None,
    target: str | None = None,
    group: Group = "actor",
) -> tuple[int, list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """(total, contract records of the page, {doc_id: title/url/outlet}) in ingest order.

    The page is chosen on narrow columns (row ids in order), then only its rows are read whole,
    with their documents and sentence offsets: sorting every matching row with all its
    columns, or joining the sentences' text, costs several times more.
    """
    where = _event_conditions(f, source, target, group)
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


# -- outlets ----------------------------------------------------------------------


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


@dataclass(frozen=True)
class StoryChoice:
    """Which stories, in which order: ``articles`` (near-duplicates on one outlet counted
    once) within [min_articles, max_articles]; ``sort`` by documents (the store's order) or
    by outlets first."""

    sort: str = "documents"
    min_articles: int = 0
    max_articles: int | None = None

    def keeps(self, story: dict[str, Any]) -> bool:
        articles = int(story.get("articles") or story.get("documents") or 0)
        return articles >= self.min_articles and (
            self.max_articles is None or articles <= self.max_articles
        )


def _by_outlets(story: dict[str, Any]) -> tuple[int, int, int]:
    return (-int(story.get("outlets") or 0), -int(story.get("articles") or 0),
            -int(story.get("documents") or 0))  # fmt: skip


def stories(
    store: Store, f: Filters, page: Page, choice: StoryChoice = StoryChoice()
) -> dict[str, Any]:
    """Stories with their counts; tolerant of stores without the stories' tables."""
    if not table_exists(store, "stories"):
        return {"total": 0, "items": [], "note": _NO_STORIES}
    found = [s for s in map(_plain, story_layer.list_stories(store, f)) if choice.keeps(s)]
    if choice.sort == "outlets":
        found.sort(key=_by_outlets)  # stable: the store's order among equals
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
