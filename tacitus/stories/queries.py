"""Reading stories and merged events: plain functions returning JSON-able dicts.

They take the store's :class:`~tacitus.store.Filters`: ``outlet``, ``since``/``until`` (a
story's dates overlap the range; a merged event's first publication), ``text`` (titles, or
sentences for merged events), ``actor``/``country``/``types``/``quad_class`` (stories with such
a merged event), ``location_country``/``near`` (merged events with a mention located there, and
the stories with such a merged event), ``doc_id`` (the story of that document) and ``limit``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..errors import StoryNotFound
from ..store import Filters
from ..store.actor_match import resolved
from ..store.connection import wrapped
from ..store.queries import event_where
from ..store.where import Where, like

if TYPE_CHECKING:
    from ..store import Store

STORY_COLUMNS = (
    "story_id",
    "first_published",
    "last_published",
    "documents",
    "articles",
    "outlets",
    "independent",
    "events",
    "title",
)
MERGED_COLUMNS = (
    "merged_id",
    "story_id",
    "event_type",
    "source",
    "target",
    "negated",
    "modality",
    "num_mentions",
    "num_articles",
    "num_sources",
    "first_seen",
    "date",
    "sentence",
)


def rows(store: Store, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
    cursor = store.cursor()
    try:
        with wrapped(store.path, "querying stories"):
            cursor.execute(sql, list(params))
            names = [d[0] for d in cursor.description or []]
            return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    finally:
        cursor.close()


def _actor_condition(where: Where, f: Filters, alias: str) -> None:
    if f.actor_keys is not None:  # merged events speak of states: their mentions' actors
        keys = list(f.actor_keys)
        where.add(
            f"(list_contains(?, {alias}.source_key) OR list_contains(?, {alias}.target_key) OR "
            f"{alias}.merged_id IN (SELECT mm.merged_id FROM merged_mentions mm JOIN events e "
            "ON e.doc_id = mm.doc_id AND e.seq = mm.event_seq "
            "WHERE list_contains(?, e.source_key) OR list_contains(?, e.target_key)))",
            keys, keys, keys, keys,
        )  # fmt: skip
    elif f.actor:
        where.add(
            f"(? IN ({alias}.source_key, {alias}.target_key) OR "
            f"lower(?) IN (lower({alias}.source_name), lower({alias}.target_name)))",
            f.actor,
            f.actor,
        )
    if f.country:
        where.add(f"? IN ({alias}.source_country, {alias}.target_country)", f.country.upper())
    if f.types:
        where.add(f"list_contains(?, {alias}.event_type)", [t.upper() for t in f.types])
    if f.quad_class is not None:
        where.add(f"{alias}.quad_class = ?", f.quad_class)
    if f.located:  # merged events have no place of their own: one of their mentions' events
        place = event_where(Filters(location_country=f.location_country, near=f.near))
        where.add(
            f"{alias}.merged_id IN (SELECT mm.merged_id FROM merged_mentions mm "
            f"JOIN events e ON e.doc_id = mm.doc_id AND e.seq = mm.event_seq{place.sql()})",
            *place.params,
        )


def _limit(f: Filters) -> str:
    return f" LIMIT {int(f.limit)}" if f.limit is not None else ""


# a member's (m, document d) original: its story member o and document od (near-duplicates)
COPY_JOINS = """LEFT JOIN story_members o ON o.doc_id = m.duplicate_of
                LEFT JOIN documents od ON od.doc_id = m.duplicate_of"""
# where a member's text comes from: the press agency whose copy it is (by its own marks or its
# original's), else the outlet of its original (a near-duplicate), else its own outlet
_SOURCE = """coalesce('agency:' || m.agency, 'agency:' || o.agency,
                  'outlet:' || coalesce(od.outlet, d.outlet, '(unknown)'))"""
# a member that is not its outlet's own reporting (false for a document not placed yet)
IS_COPY = """(m.agency IS NOT NULL OR o.agency IS NOT NULL
            OR (m.duplicate_of IS NOT NULL AND od.outlet IS DISTINCT FROM d.outlet))"""
# whose copy it is: the agency, else the outlet of its original
COPIED_FROM = "coalesce(m.agency, o.agency, od.outlet)"


def list_stories(store: Store, filters: Filters | None = None) -> list[dict[str, Any]]:
    """Stories, largest first: documents, articles (near-duplicates on one outlet counted
    once), outlets (their names in ``outlet_names``), independent sources (an agency's copy
    counted once however many outlets carry it, a near-duplicate as its original's source),
    copies (documents that are not their outlet's own reporting), agencies, merged events,
    dates, title."""
    return _stories(store, resolved(store, filters))


def _stories(store: Store, f: Filters, story_id: str | None = None) -> list[dict[str, Any]]:
    where = Where()
    if story_id is not None:
        where.add("s.story_id = ?", story_id)
    if f.since:
        where.add("coalesce(s.last_published, ?) >= ?", f.since, f.since)
    if f.until:
        where.add("coalesce(s.first_published, ?) <= ?", f.until, f.until)
    if f.text:
        where.add("s.title ILIKE ? ESCAPE '\\'", like(f.text))
    if f.doc_id:
        where.add("s.story_id IN (SELECT story_id FROM story_members WHERE doc_id = ?)", f.doc_id)
    events = Where()
    _actor_condition(events, f, "me")
    if events.conditions:
        where.add(
            f"s.story_id IN (SELECT me.story_id FROM merged_events me{events.sql()})",
            *events.params,
        )
    having = Where()
    if f.outlet:
        having.add("bool_or(lower(d.outlet) = lower(?))", f.outlet)
    sql = f"""
        SELECT s.story_id, s.seq, s.title, s.first_doc, s.first_published, s.last_published,
               count(*) AS documents,
               count(DISTINCT (coalesce(d.outlet, '(unknown)'),
                               coalesce(m.duplicate_of, m.doc_id))) AS articles,
               count(DISTINCT coalesce(d.outlet, '(unknown)')) AS outlets,
               count(m.duplicate_of) AS duplicates,
               list(DISTINCT coalesce(d.outlet, '(unknown)')) AS outlet_names,
               count(DISTINCT {_SOURCE}) AS independent,
               count(*) FILTER (WHERE {IS_COPY}) AS copies,
               list(DISTINCT coalesce(m.agency, o.agency)) FILTER (
                   WHERE coalesce(m.agency, o.agency) IS NOT NULL) AS agencies,
               coalesce(any_value(ne.n), 0) AS events
        FROM stories s JOIN story_members m USING (story_id) JOIN documents d USING (doc_id)
        {COPY_JOINS}
        LEFT JOIN (SELECT story_id, count(*) AS n FROM merged_events GROUP BY 1) ne
            USING (story_id)
        {where.sql()}
        GROUP BY s.story_id, s.seq, s.title, s.first_doc, s.first_published, s.last_published
        {having.sql("HAVING")}
        ORDER BY documents DESC, s.seq{_limit(f)}"""
    found = rows(store, sql, where.params + having.params)
    for row in found:
        row["outlet_names"] = sorted(row["outlet_names"])
        row["agencies"] = sorted(row["agencies"] or [])
    return found


def merged_events(
    store: Store, filters: Filters | None = None, story_id: str | None = None
) -> list[dict[str, Any]]:
    """Merged events, most widely reported first (outlets, then mentions)."""
    f = resolved(store, filters)
    where = Where()
    _actor_condition(where, f, "me")
    if story_id is not None:
        where.add("me.story_id = ?", story_id)
    where.days("coalesce(me.date, me.first_seen)", f.since, f.until)
    if f.outlet:
        where.add("list_contains(list_transform(me.outlets, x -> lower(x)), lower(?))", f.outlet)
    if f.text:
        where.add("me.sentence ILIKE ? ESCAPE '\\'", like(f.text))
    if f.doc_id:
        where.add(
            "me.merged_id IN (SELECT merged_id FROM merged_mentions WHERE doc_id = ?)", f.doc_id
        )
    sql = (
        f"SELECT me.* FROM merged_events me{where.sql()} "
        f"ORDER BY me.num_sources DESC, me.num_mentions DESC, me.story_id, me.seq{_limit(f)}"
    )
    found = rows(store, sql, where.params)
    for row in found:
        row["source"] = _actor(row, "source")
        row["target"] = _actor(row, "target")
    return found


def _actor(row: dict[str, Any], role: str) -> dict[str, Any] | None:
    found = {f: row.pop(f"{role}_{f}") for f in ("key", "name", "country", "sector")}
    return found if found["key"] is not None else None


def mentions(store: Store, story_id: str) -> dict[str, list[dict[str, Any]]]:
    """The mentions of a story's merged events, by merged id, in ingest order."""
    out: dict[str, list[dict[str, Any]]] = {}
    sql = """SELECT mm.* FROM merged_mentions mm JOIN documents d USING (doc_id)
             WHERE mm.story_id = ? ORDER BY d.seq, mm.event_seq"""
    for row in rows(store, sql, [story_id]):
        out.setdefault(row.pop("merged_id"), []).append(row)
    return out


def story_documents(store: Store, story_id: str) -> list[dict[str, Any]]:
    """A story's documents in ingest order, each with why it is there (``reason``) and the
    press agency whose copy it is (``agency``, with the ``agency_mark`` that says so)."""
    sql = """SELECT m.doc_id, d.outlet, d.title, d.published, d.url, m.similarity,
                    m.duplicate_of, m.reason, m.agency, m.agency_mark
             FROM story_members m JOIN documents d USING (doc_id)
             WHERE m.story_id = ? ORDER BY d.seq"""
    return rows(store, sql, [story_id])


def story(store: Store, story_id: str) -> dict[str, Any]:
    """One story: its summary, documents, and merged events each with its mentions."""
    found = story_summary(store, story_id)
    events = merged_events(store, story_id=story_id)
    by_event = mentions(store, story_id)
    for event in events:
        event["mentions"] = by_event.get(event["merged_id"], [])
    return {**found, "documents_list": story_documents(store, story_id), "events_list": events}


def story_summary(store: Store, story_id: str) -> dict[str, Any]:
    """The summary row of one story; :class:`StoryNotFound` when there is none."""
    sql = "SELECT story_id FROM stories WHERE story_id = ?"
    if not rows(store, sql, [story_id]):
        raise StoryNotFound(
            f"no story {story_id!r} in {store.path}",
            hint="list them with 'tacitus stories'",
            kind="story",
            key=story_id,
        )
    for row in _stories(store, Filters(), story_id):
        return row
    raise StoryNotFound(
        f"story {story_id!r} has no documents left in {store.path}", kind="story", key=story_id
    )
