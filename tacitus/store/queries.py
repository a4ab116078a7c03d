"""Queries over the store: events, quotes, actors, dyads (the actor network) and documents.

Every query takes the same :class:`Filters`; each filter is one SQL condition with parameters
(no string pasting of user input; :mod:`tacitus.store.where` builds the clauses). Text search is
plain ``ILIKE`` (no full-text extension offline: docs/store.md). Dates compare as ISO text: an event's
date is its resolved ``date`` when it has one, else its document's ``published`` date.

The place filters (``location_country``, ``near``) read the events' ``location``: events, dyads
and the events counted for actors are the located ones; documents are those with such an
event. Quotes have no place: :func:`quotes` ignores the place filters, as it ignores the event
type and quad class (docs/places.md).

The actor filter names actors by key, id, name words or alias ("Putin", "Trump", "the
Kremlin"): each query matches it to actor keys first (:mod:`tacitus.store.actor_match`).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..records import Event, Quote
from . import rows
from .actor_match import resolved
from .connection import Readable, wrapped
from .filters import Filters
from .where import Where, like, within_km

_FETCH = 2000


def _actor_match(prefix: str) -> str:
    return f"(? IN ({prefix}_actor_id, {prefix}_key) OR lower(?) = lower({prefix}_name))"


def actor_condition(where: Where, f: Filters, *keys: str) -> None:
    """Adds the actor filter on the key columns ``keys`` (any of them): the keys it matched
    when resolved (:func:`tacitus.store.actor_match.resolve`), else the value itself as a key,
    id or name (columns ``<prefix>_key``, ``<prefix>_actor_id``, ``<prefix>_name``)."""
    if f.actor_keys is not None:
        matched = list(f.actor_keys)
        where.add("(" + " OR ".join(f"list_contains(?, {k})" for k in keys) + ")",
                  *([matched] * len(keys)))  # fmt: skip
    elif f.actor:
        prefixes = [k.removesuffix("_key") for k in keys]
        where.add("(" + " OR ".join(_actor_match(p) for p in prefixes) + ")",
                  *([f.actor] * (2 * len(keys))))  # fmt: skip


def event_where(f: Filters, actors: bool = True) -> Where:
    """The events conditions (alias-free: columns of ``events``)."""
    where = Where()
    if actors:
        actor_condition(where, f, "source_key", "target_key")
    if actors and f.country:
        where.add(
            "(source_country = ? OR target_country = ?)", f.country.upper(), f.country.upper()
        )
    if f.types:
        where.add("list_contains(?, event_type)", [t.upper() for t in f.types])
    if f.quad_class is not None:
        where.add("quad_class = ?", f.quad_class)
    where.days("coalesce(date, published)", f.since, f.until)
    if f.outlet:
        where.add("lower(outlet) = lower(?)", f.outlet)
    if f.text:
        where.add("sentence ILIKE ? ESCAPE '\\'", like(f.text))
    if f.doc_id:
        where.add("doc_id = ?", f.doc_id)
    if f.location_country:
        where.add("location->>'country' = ?", f.location_country.upper())
    if f.near:
        lat, lon, km = f.near
        where.add(within_km("location"), lat, lat, lon, km)
    return where


def _limit(f: Filters) -> str:
    return f" LIMIT {int(f.limit)}" if f.limit is not None else ""


def _stream(store: Readable, sql: str, params: list[Any]) -> Iterator[dict[str, Any]]:
    """Rows as dicts, fetched in chunks on a cursor of their own."""
    cursor = store.cursor()
    try:
        with wrapped(store.path, "querying"):
            cursor.execute(sql, params)
            names = [d[0] for d in cursor.description or []]
        while True:
            with wrapped(store.path, "querying"):
                chunk = cursor.fetchmany(_FETCH)
            if not chunk:
                return
            for values in chunk:
                yield dict(zip(names, values, strict=True))
    finally:
        cursor.close()


def _all(store: Readable, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return list(_stream(store, sql, params))


def events(store: Readable, filters: Filters | None = None) -> Iterator[Event]:
    """Events matching ``filters`` in ingest order (document order, then record order)."""
    f = resolved(store, filters)
    where = event_where(f)
    sql = (
        f"SELECT e.* FROM (SELECT * FROM events{where.sql()}) e "
        f"JOIN documents d USING (doc_id) ORDER BY d.seq, e.seq{_limit(f)}"
    )
    for row in _stream(store, sql, where.params):
        yield rows.event_from(row)


def quote_where(f: Filters) -> Where:
    """The quotes conditions over ``quotes q JOIN documents d``: ``actor`` and ``country`` pick
    the speaker, ``text`` the quote, ``outlet``/``since``/``until`` its document. Quotes have no
    place, type or quad class: those filters do not apply to them."""
    where = Where()
    actor_condition(where, f, "q.speaker_key")
    if f.country:
        where.add("q.speaker_country = ?", f.country.upper())
    if f.text:
        where.add("q.text ILIKE ? ESCAPE '\\'", like(f.text))
    if f.doc_id:
        where.add("q.doc_id = ?", f.doc_id)
    document_conditions(where, f, "d")
    return where


def quotes(store: Readable, filters: Filters | None = None) -> Iterator[Quote]:
    """Quotes in ingest order (:func:`quote_where`: the place filters do not apply)."""
    f = resolved(store, filters)
    where = quote_where(f)
    sql = (
        "SELECT q.* FROM quotes q JOIN documents d USING (doc_id)"
        + where.sql()
        + " ORDER BY d.seq, q.seq"
        + _limit(f)
    )
    for row in _stream(store, sql, where.params):
        yield rows.quote_from(row)


def document_conditions(where: Where, f: Filters, alias: str = "") -> None:
    """Adds the documents conditions (``outlet``, ``since``/``until`` on the publication
    date) on columns of ``alias`` (none: bare column names)."""
    at = f"{alias}." if alias else ""
    if f.outlet:
        where.add(f"lower({at}outlet) = lower(?)", f.outlet)
    where.days(f"{at}published", f.since, f.until)


ACTOR_COLUMNS = (
    "actor_key", "name", "country", "sector", "events", "as_source", "as_target", "mentions",
    "documents",
)  # fmt: skip


def actors(store: Readable, filters: Filters | None = None) -> list[dict[str, Any]]:
    """Actors with how often they act, are acted on and are mentioned (most active first).

    Event filters (type, quad class, dates, outlet, text, place) restrict the events counted;
    the actor and country filters pick actors.
    """
    f = resolved(store, filters)
    ev = event_where(f, actors=False)
    mentions = Where()
    document_conditions(mentions, f, "d")
    picks = Where()
    if f.actor_keys is not None:
        picks.add("list_contains(?, a.actor_key)", list(f.actor_keys))
    elif f.actor:
        picks.add("(? IN (a.actor_id, a.actor_key) OR lower(?) = lower(a.name))", f.actor, f.actor)
    if f.country:
        picks.add("a.country = ?", f.country.upper())
    event_only = bool(f.types or f.quad_class is not None or f.text or f.located)
    picks.add("coalesce(r.events, 0) > 0" if event_only else
              "(coalesce(r.events, 0) > 0 OR coalesce(m.mentions, 0) > 0)")  # fmt: skip
    sql = f"""
        WITH ev AS (SELECT * FROM events{ev.sql()}),
        roles AS (
            SELECT source_key AS k, doc_id, 1 AS src, 0 AS tgt FROM ev WHERE source_key IS NOT NULL
            UNION ALL
            SELECT target_key, doc_id, 0, 1 FROM ev WHERE target_key IS NOT NULL),
        r AS (SELECT k, count(*) AS events, sum(src) AS as_source, sum(tgt) AS as_target,
                     count(DISTINCT doc_id) AS documents FROM roles GROUP BY k),
        m AS (SELECT mn.actor_key AS k, count(*) AS mentions, count(DISTINCT mn.doc_id) AS docs
              FROM mentions mn JOIN documents d USING (doc_id){mentions.sql()} GROUP BY 1)
        SELECT a.actor_key, a.name, a.country, a.sector, a.actor_id, a.wikidata,
               coalesce(r.events, 0) AS events, coalesce(r.as_source, 0) AS as_source,
               coalesce(r.as_target, 0) AS as_target, coalesce(m.mentions, 0) AS mentions,
               greatest(coalesce(r.documents, 0), coalesce(m.docs, 0)) AS documents
        FROM actors a LEFT JOIN r ON r.k = a.actor_key LEFT JOIN m ON m.k = a.actor_key
        {picks.sql()}
        ORDER BY events DESC, mentions DESC, a.actor_key{_limit(f)}"""
    return _all(store, sql, ev.params + mentions.params + picks.params)


DYAD_COLUMNS = (
    "source", "target", "event_type", "events", "documents", "goldstein", "first", "last",
)  # fmt: skip


def dyads(store: Readable, filters: Filters | None = None) -> list[dict[str, Any]]:
    """The actor network: events per (source, target, event type), most frequent first."""
    f = resolved(store, filters)
    where = event_where(f)
    where.add("source_key IS NOT NULL AND target_key IS NOT NULL")
    sql = f"""
        WITH g AS (
            SELECT source_key, target_key, event_type, count(*) AS events,
                   count(DISTINCT doc_id) AS documents, round(avg(goldstein), 2) AS goldstein,
                   min(coalesce(date, published)) AS first,
                   max(coalesce(date, published)) AS last,
                   any_value(source_name) AS sn, any_value(source_country) AS sc,
                   any_value(target_name) AS tn, any_value(target_country) AS tc
            FROM events{where.sql()}
            GROUP BY source_key, target_key, event_type)
        SELECT g.source_key, coalesce(sa.name, g.sn) AS source_name,
               coalesce(sa.country, g.sc) AS source_country, g.target_key,
               coalesce(ta.name, g.tn) AS target_name, coalesce(ta.country, g.tc) AS target_country,
               g.event_type, g.events, g.documents, g.goldstein, g.first, g.last
        FROM g
        LEFT JOIN actors sa ON sa.actor_key = g.source_key
        LEFT JOIN actors ta ON ta.actor_key = g.target_key
        ORDER BY g.events DESC, g.source_key, g.target_key, g.event_type{_limit(f)}"""
    found = _all(store, sql, where.params)
    for row in found:
        row["source"] = _label(row["source_name"] or row["source_key"], row["source_country"])
        row["target"] = _label(row["target_name"] or row["target_key"], row["target_country"])
    return found


def _label(name: str, country: str | None) -> str:
    return f"{name} ({country})" if country and country != name else name


DOCUMENT_COLUMNS = ("doc_id", "outlet", "published", "title", "events", "sentences", "url")


def documents(store: Readable, filters: Filters | None = None) -> list[dict[str, Any]]:
    """Documents in ingest order with their event counts (the text is left out).

    ``text`` searches titles and texts; ``actor`` and ``country`` pick documents that mention
    them; ``types``, ``quad_class`` and the place filters pick documents with such an event
    (the counts stay the documents' own)."""
    f = resolved(store, filters)
    where = Where()
    document_conditions(where, f, "d")
    if f.text:
        where.add("(d.title ILIKE ? ESCAPE '\\' OR d.text ILIKE ? ESCAPE '\\')",
                  like(f.text), like(f.text))  # fmt: skip
    if f.doc_id:
        where.add("d.doc_id = ?", f.doc_id)
    if f.actor or f.country:
        mention = Where()
        actor_condition(mention, f, "m.actor_key")
        if f.country:
            mention.add("m.actor_country = ?", f.country.upper())
        where.add(
            f"EXISTS (SELECT 1 FROM mentions m{mention.sql()} AND m.doc_id = d.doc_id)",
            *mention.params,
        )
    if f.types or f.quad_class is not None or f.located:
        kinds = event_where(
            Filters(types=f.types, quad_class=f.quad_class,
                    location_country=f.location_country, near=f.near),
            actors=False,
        )  # fmt: skip
        where.add(
            f"EXISTS (SELECT 1 FROM events e{kinds.sql()} AND e.doc_id = d.doc_id)",
            *kinds.params,
        )
    sql = f"""
        SELECT d.doc_id, d.outlet, d.published, d.title, d.url, d.n_chars, d.content_hash,
               coalesce(ne.n, 0) AS events, coalesce(ns.n, 0) AS sentences
        FROM documents d
        LEFT JOIN (SELECT doc_id, count(*) AS n FROM events GROUP BY doc_id) ne USING (doc_id)
        LEFT JOIN (SELECT doc_id, count(*) AS n FROM sentences GROUP BY doc_id) ns USING (doc_id)
        {where.sql()}
        ORDER BY d.seq{_limit(f)}"""
    return _all(store, sql, where.params)
