"""Queries over the store: events, quotes, actors, dyads (the actor network) and documents.

Every query takes the same :class:`Filters`; each filter is one SQL condition with parameters
(no string pasting of user input; :mod:`tacitus.store.where` builds the clauses). Text search
goes through the text index (:mod:`tacitus.store.text_index`). An event's day (``day``) is its
resolved ``date`` when it has one, else its document's ``published`` date.

The place filters (``location_country``, ``near``) read the events' plain ``location_country``,
``lat`` and ``lon`` columns (a bounding box before the distance): events, dyads and the events
counted for actors are the located ones; documents are those with such an event. Quotes have no
place: :func:`quotes` ignores the place filters, as it ignores the event type and quad class
(docs/places.md).

Where an aggregate kept at ingest (:mod:`tacitus.store.aggregates`) can answer under the
filters, it does (:func:`by_day`, :func:`by_pair`, the actors' counts); lists page in the
store, by ``limit`` and ``offset`` or by keyset (``after``, :mod:`tacitus.store.paging`).

The actor filter names actors by key, id, name words or alias ("Putin", "Trump", "the
Kremlin"): each query matches it to actor keys first (:mod:`tacitus.store.actor_match`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from ..records import Event, Quote
from . import aggregates, paging, rows, text_index
from .actor_match import resolved
from .connection import Readable, wrapped
from .filters import Filters
from .schema import TYPE_COLUMNS
from .where import Where, near

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


def event_where(
    f: Filters, actors: bool = True, text_window: text_index.Window | None = None
) -> Where:
    """The events conditions (alias-free: columns of ``events``); ``text_window``: the text
    search reads only the documents in it (:func:`tacitus.store.text_index.window_end_sql`)."""
    where = Where()
    if actors:
        actor_condition(where, f, "source_key", "target_key")
    if actors and f.country:
        where.add(
            "(source_country = ? OR target_country = ?)", f.country.upper(), f.country.upper()
        )
    kind_conditions(where, f)
    where.days("day", f.since, f.until)
    if f.outlet:
        where.add("lower(outlet) = lower(?)", f.outlet)
    if f.text:
        text_index.sentence_condition(where, f.text, "sentence", window=text_window)
    if f.doc_id:
        where.add("doc_seq = (SELECT seq FROM documents WHERE doc_id = ?)", f.doc_id)
    place_conditions(where, f)
    return where


def kind_conditions(where: Where, f: Filters) -> None:
    """Adds the event type and quad class conditions."""
    if f.types:
        kinds = [t.upper() for t in f.types]
        where.add(f"event_type IN ({', '.join('?' * len(kinds))})", *kinds)
    if f.quad_class is not None:
        where.add("quad_class = ?", f.quad_class)


def place_conditions(where: Where, f: Filters, prefix: str = "") -> None:
    """Adds the place conditions on the plain columns (``location_country``, ``lat``,
    ``lon``): a bounding box, then the distance (:func:`tacitus.store.where.near`)."""
    if f.location_country:
        where.add(f"{prefix}location_country = ?", f.location_country.upper())
    if f.near:
        near(where, *f.near, prefix=prefix)


# filters an aggregate kept at ingest can answer: the others need the rows
_NOT_BY_DAY = ("actor", "country", "outlet", "text", "doc_id", "location_country", "near")
_NOT_BY_COUNTRY_DAY = ("actor", "outlet", "text", "doc_id", "location_country", "near")
_NOT_BY_PAIR = ("since", "until", "outlet", "text", "doc_id", "location_country", "near")


def _none_of(f: Filters, names: tuple[str, ...]) -> bool:
    return not any(getattr(f, name) for name in names)


def by_day(f: Filters) -> bool:
    """Whether ``agg_days`` answers counts under ``f`` (dates, types, quad class only)."""
    return _none_of(f, _NOT_BY_DAY) and f.actor_keys is None


def by_pair(f: Filters) -> bool:
    """Whether ``agg_dyads`` answers the network under ``f`` (actors, countries, types and
    quad class: columns it keeps)."""
    return _none_of(f, _NOT_BY_PAIR)


def by_country_day(f: Filters) -> bool:
    """Whether ``agg_country_days`` answers counts under ``f`` (one country, dates and quad
    class only)."""
    return (
        f.country is not None
        and not f.types
        and f.actor_keys is None
        and _none_of(f, _NOT_BY_COUNTRY_DAY)
    )


_NOT_BY_PLACE = ("actor", "country", "types", "since", "until", "outlet", "text", "doc_id")


def by_place(f: Filters) -> bool:
    """Whether ``agg_places`` answers counts under ``f``: events near a point (every such
    event has a point, which ``agg_places`` keeps with its events per quad class), with the
    location's country and quad class only."""
    return f.near is not None and f.actor_keys is None and _none_of(f, _NOT_BY_PLACE)


def place_count_sql(f: Filters) -> tuple[str, list[Any]]:
    """SQL counting the events of ``f`` (:func:`by_place`) as ``n`` from ``agg_places``: the
    points near the point (the same conditions on the points' plain ``lat`` and ``lon``)."""
    where = Where()
    if f.location_country:
        where.add("country = ?", f.location_country.upper())
    if f.near:
        near(where, *f.near)
    counted = "events" if f.quad_class is None else f"q{int(f.quad_class)}"
    return f"SELECT coalesce(sum({counted}), 0)::BIGINT AS n FROM agg_places{where.sql()}", (
        where.params
    )


def country_day_where(f: Filters) -> Where:
    """The conditions of ``f`` (:func:`by_country_day`) over ``agg_country_days``."""
    where = Where()
    where.add("country = ?", (f.country or "").upper())
    if f.quad_class is not None:
        where.add("quad_class = ?", f.quad_class)
    where.days("day", f.since, f.until)
    return where


def _limit(f: Filters) -> str:
    limit = f" LIMIT {int(f.limit)}" if f.limit is not None else ""
    return limit + (f" OFFSET {int(f.offset)}" if f.offset else "")


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


def _paged(where: Where, f: Filters, order: paging.Order) -> str:
    """The page's ORDER BY, its keyset condition (in ``where``) and LIMIT/OFFSET."""
    if f.after is not None:
        order.after(where, f.after)
    return f" ORDER BY {order.sql()}{_limit(f)}"


def events(store: Readable, filters: Filters | None = None) -> Iterator[Event]:
    """Events matching ``filters`` in ingest order (document order, then record order);
    ``after`` pages by :data:`tacitus.store.paging.EVENTS`."""
    f = resolved(store, filters)
    where = event_where(f)
    tail = _paged(where, f, paging.EVENTS)
    for row in _stream(store, f"SELECT * FROM events{where.sql()}{tail}", where.params):
        yield rows.event_from(row)


def event_count_sql(f: Filters) -> tuple[str, list[Any]]:
    """SQL counting the events matching ``f`` (a resolved filter; paging aside) as ``n``:
    from ``agg_days``, ``agg_country_days`` or ``agg_places`` when one can tell, else over the
    events."""
    if by_day(f) and (f.since or f.until or f.types or f.quad_class is not None):
        where = Where()
        kind_conditions(where, f)
        where.days("day", f.since, f.until)
        return f"SELECT coalesce(sum(events), 0) AS n FROM agg_days{where.sql()}", where.params
    if by_country_day(f):
        where = country_day_where(f)
        return (
            f"SELECT coalesce(sum(events), 0) AS n FROM agg_country_days{where.sql()}",
            where.params,
        )
    if by_place(f):
        return place_count_sql(f)
    where = event_where(f)
    return f"SELECT count(*) AS n FROM events{where.sql()}", where.params


def count_events(store: Readable, filters: Filters | None = None) -> int:
    """How many events match (``limit``, ``offset`` and ``after`` aside)."""
    sql, params = event_count_sql(resolved(store, filters))
    return int(_all(store, sql, params)[0]["n"])


def quote_where(f: Filters, window: text_index.Window | None = None) -> Where:
    """The quotes conditions over ``quotes q`` (joined to ``documents d`` when
    :func:`needs_documents`): ``actor`` and ``country`` pick the speaker, ``text`` the quote
    (``window``: in those documents only, :func:`tacitus.store.text_index.window`),
    ``outlet``/``since``/``until`` its document. Quotes have no place, type or quad class:
    those filters do not apply to them."""
    where = Where()
    actor_condition(where, f, "q.speaker_key")
    if f.country:
        where.add("q.speaker_country = ?", f.country.upper())
    if f.text:
        text_index.document_condition(where, f.text, "q.doc_seq", ("q.text",), window)
    if f.doc_id:
        where.add("q.doc_seq = (SELECT seq FROM documents WHERE doc_id = ?)", f.doc_id)
    document_conditions(where, f, "d")
    return where


def needs_documents(f: Filters) -> bool:
    """Whether the quotes conditions read the documents (outlet, publication dates)."""
    return bool(f.outlet or f.since or f.until)


def quotes_from(f: Filters) -> str:
    """``quotes q``, joined to its documents when the conditions need them."""
    if needs_documents(f):
        return "quotes q JOIN documents d ON d.seq = q.doc_seq"
    return "quotes q"


def quotes(store: Readable, filters: Filters | None = None) -> Iterator[Quote]:
    """Quotes in ingest order (:func:`quote_where`: the place filters do not apply);
    ``after`` pages by :data:`tacitus.store.paging.QUOTES`."""
    f = resolved(store, filters)
    where = quote_where(f)
    tail = _paged(where, f, paging.QUOTES)
    sql = f"SELECT q.* FROM {quotes_from(f)}{where.sql()}{tail}"
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

_ACTOR_ROW = """a.actor_key, a.name, a.country, a.sector, a.actor_id, a.wikidata"""


def _actor_picks(f: Filters) -> Where:
    picks = Where()
    if f.actor_keys is not None:
        picks.add("list_contains(?, a.actor_key)", list(f.actor_keys))
    elif f.actor:
        picks.add("(? IN (a.actor_id, a.actor_key) OR lower(?) = lower(a.name))", f.actor, f.actor)
    if f.country:
        picks.add("a.country = ?", f.country.upper())
    return picks


def _counted_actors(f: Filters) -> tuple[str, list[Any]]:
    """``actor_key ... documents`` of every actor, from ``agg_actors`` when no event filter
    restricts what is counted, else counted over the matching events and mentions."""
    picks = _actor_picks(f)
    if _none_of(f, ("types", "text", "outlet", "since", "until", "location_country", "near")) \
            and f.quad_class is None:  # fmt: skip
        picks.add("(g.events > 0 OR g.mentions > 0)")
        return (
            f"""SELECT {_ACTOR_ROW}, g.events, g.as_source, g.as_target, g.mentions,
                       greatest(g.event_documents, g.mention_documents) AS documents
                FROM actors a JOIN agg_actors g USING (actor_key){picks.sql()}""",
            picks.params,
        )
    ev = event_where(f, actors=False)
    mentions = Where()
    document_conditions(mentions, f, "d")
    event_only = bool(f.types or f.quad_class is not None or f.text or f.located)
    picks.add("coalesce(r.events, 0) > 0" if event_only else
              "(coalesce(r.events, 0) > 0 OR coalesce(m.mentions, 0) > 0)")  # fmt: skip
    sql = f"""
        WITH ev AS (SELECT * FROM events{ev.sql()}),
        roles AS (
            SELECT source_key AS k, doc_seq, 1 AS src, 0 AS tgt FROM ev WHERE source_key IS NOT NULL
            UNION ALL
            SELECT target_key, doc_seq, 0, 1 FROM ev WHERE target_key IS NOT NULL),
        r AS (SELECT k, count(*) AS events, sum(src) AS as_source, sum(tgt) AS as_target,
                     count(DISTINCT doc_seq) AS documents FROM roles GROUP BY k),
        m AS (SELECT mn.actor_key AS k, count(*) AS mentions, count(DISTINCT mn.doc_seq) AS docs
              FROM mentions mn JOIN documents d ON d.seq = mn.doc_seq{mentions.sql()} GROUP BY 1)
        SELECT {_ACTOR_ROW},
               coalesce(r.events, 0) AS events, coalesce(r.as_source, 0) AS as_source,
               coalesce(r.as_target, 0) AS as_target, coalesce(m.mentions, 0) AS mentions,
               greatest(coalesce(r.documents, 0), coalesce(m.docs, 0)) AS documents
        FROM actors a LEFT JOIN r ON r.k = a.actor_key LEFT JOIN m ON m.k = a.actor_key
        {picks.sql()}"""
    return sql, ev.params + mentions.params + picks.params


def actors(store: Readable, filters: Filters | None = None) -> list[dict[str, Any]]:
    """Actors with how often they act, are acted on and are mentioned (most active first);
    ``after`` pages by :data:`tacitus.store.paging.ACTORS`.

    Event filters (type, quad class, dates, outlet, text, place) restrict the events counted;
    the actor and country filters pick actors.
    """
    f = resolved(store, filters)
    counted, params = _counted_actors(f)
    where = Where()
    tail = _paged(where, f, paging.ACTORS)
    sql = f"SELECT * FROM ({counted}){where.sql()}{tail}"
    return _all(store, sql, params + where.params)


def count_actors(store: Readable, filters: Filters | None = None) -> int:
    """How many actors :func:`actors` lists in all."""
    f = resolved(store, filters)
    counted, params = _counted_actors(f)
    return int(_all(store, f"SELECT count(*) AS n FROM ({counted})", params)[0]["n"])


DYAD_COLUMNS = (
    "source", "target", "event_type", "events", "documents", "goldstein", "first", "last",
)  # fmt: skip

_PAIRS = """
    SELECT source_key, target_key, event_type, quad_class, source_country, target_country,
           count(*) AS events, count(DISTINCT doc_seq) AS documents,
           coalesce(sum(goldstein::DECIMAL(18, 3)), 0) AS goldstein, count(goldstein) AS scored,
           min(day) AS first, max(day) AS last
    FROM events{where} GROUP BY ALL"""


def pairs_source(f: Filters) -> tuple[str, list[Any]]:
    """A FROM item with ``agg_dyads``' columns for the events matching ``f``: the aggregate
    itself when it can answer (:func:`by_pair`), else the same grouping over the events."""
    where = event_where(f)
    if by_pair(f):
        return f"(SELECT * FROM agg_dyads{where.sql()})", where.params
    where.add("source_key IS NOT NULL AND target_key IS NOT NULL")
    return "(" + _PAIRS.format(where=where.sql()) + ")", where.params


_NETWORK_COLUMNS = """source_key, target_key, event_type, quad_class, source_country,
    target_country"""
_NETWORK = f"""
    SELECT {_NETWORK_COLUMNS}, count(*) AS events,
           coalesce(sum(goldstein::DECIMAL(18, 3)), 0) AS goldstein, count(goldstein) AS scored
    FROM events{{where}} GROUP BY ALL"""


def whole_months(since: str | None, until: str | None) -> tuple[date | None, date | None]:
    """The first days of the first and the last calendar month lying wholly within [since,
    until] (None: open on that side); the first after the last when there is none."""
    first = last = None
    if since:
        day = date.fromisoformat(since)
        first = day if day.day == 1 else (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    if until:
        day = date.fromisoformat(until)
        following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        ends_month = (day + timedelta(days=1)) == following
        last = (
            day.replace(day=1)
            if ends_month
            else (day.replace(day=1) - timedelta(days=1)).replace(day=1)
        )
    return first, last


def _next_month(month: date) -> date:
    return (month.replace(day=28) + timedelta(days=4)).replace(day=1)


def network_source(f: Filters) -> tuple[str, list[Any]]:
    """A FROM item with the network's columns (``source_key``, ``target_key``,
    ``event_type``, ``quad_class``, the sides' countries, ``events``, ``goldstein`` (sum),
    ``scored``) for the events matching ``f``, possibly several rows per key. Under a date
    filter that :func:`by_pair` otherwise allows, the calendar months wholly inside the dates
    come from ``agg_pair_months`` and only the events of the partial months at the ends are
    grouped (a year's network sums twelve months' rows instead of grouping a year of
    events); else :func:`pairs_source`."""
    undated = replace(f, since=None, until=None)
    if not (f.since or f.until) or not by_pair(undated):
        return pairs_source(f)
    found = _month_parts(
        f, "agg_pair_months", _NETWORK_COLUMNS, _NETWORK, "events, goldstein, scored"
    )
    return found if found is not None else pairs_source(f)


_EDGE_COLUMNS = "source_key, target_key, source_country, target_country"
_MONTH_EDGES = f"""
    SELECT {_EDGE_COLUMNS}, count(*) AS events,
           coalesce(sum(goldstein::DECIMAL(18, 3)), 0) AS goldstein, count(goldstein) AS scored,
           {aggregates.MONTH_EDGES_TYPES}
    FROM events{{where}} GROUP BY ALL"""


def month_edges_source(f: Filters) -> tuple[str, list[Any]] | None:
    """Under a date filter with at most actors and countries besides (the dashboard's network
    of a time range): a FROM item with ``agg_month_edges``' columns (the sides' keys and
    countries, ``events``, ``goldstein`` (sum), ``scored``, the events of each type in
    :data:`~tacitus.store.schema.TYPE_COLUMNS`), possibly several rows per pair: the months
    wholly inside the dates from ``agg_month_edges`` and the events of the partial months at
    the ends grouped, as :func:`network_source` does with ``agg_pair_months``, whose rows are
    per type and quad class (three times as many). None when the filters need those."""
    undated = replace(f, since=None, until=None)
    if not (f.since or f.until) or f.types or f.quad_class is not None or not by_pair(undated):
        return None
    counts = ", ".join(("events", "goldstein", "scored", *TYPE_COLUMNS))
    return _month_parts(f, "agg_month_edges", _EDGE_COLUMNS, _MONTH_EDGES, counts)


def _month_parts(
    f: Filters, table: str, keys: str, grouped: str, counts: str
) -> tuple[str, list[Any]] | None:
    """The rows of ``table`` (a monthly aggregate: ``keys`` and ``counts``) of the calendar
    months wholly inside ``f``'s dates, and the events of the partial months at the ends
    grouped by ``grouped`` (a query of the same columns, ``{where}`` its conditions); None
    when no month lies wholly inside."""
    undated = replace(f, since=None, until=None)
    first, last = whole_months(f.since, f.until)
    if first is not None and last is not None and first > last:
        return None
    kept = event_where(undated)
    if first is not None:
        kept.add("month >= ?", first)
    if last is not None:
        kept.add("month <= ?", last)
    parts = [f"SELECT {keys}, {counts} FROM {table}{kept.sql()}"]
    params = list(kept.params)
    ends = []
    if f.since and first is not None and date.fromisoformat(f.since) < first:
        ends.append(("(day >= ? AND day < ?)", [f.since, first]))
    if f.until and last is not None and date.fromisoformat(f.until) >= _next_month(last):
        ends.append(("(day >= ? AND day <= ?)", [_next_month(last), f.until]))
    if ends:
        rest = event_where(undated)
        rest.add("source_key IS NOT NULL AND target_key IS NOT NULL")
        rest.add(
            "(" + " OR ".join(sql for sql, _ in ends) + ")", *[v for _, vs in ends for v in vs]
        )
        parts.append(grouped.format(where=rest.sql()))
        params += rest.params
    return "(" + " UNION ALL ".join(parts) + ")", params


def dyads(store: Readable, filters: Filters | None = None) -> list[dict[str, Any]]:
    """The actor network: events per (source, target, event type), most frequent first.

    ``documents`` counts each document once per pair, type, quad class and the two sides'
    countries (how ``agg_dyads`` keeps them)."""
    f = resolved(store, filters)
    pairs, params = pairs_source(f)
    sql = f"""
        WITH g AS (
            SELECT source_key, target_key, event_type, sum(events) AS events,
                   sum(documents) AS documents,
                   round(sum(goldstein) / nullif(sum(scored), 0), 2)::DOUBLE AS goldstein,
                   min(first)::VARCHAR AS first, max(last)::VARCHAR AS last,
                   any_value(source_country) AS sc, any_value(target_country) AS tc
            FROM {pairs} p GROUP BY source_key, target_key, event_type)
        SELECT g.source_key, sa.name AS source_name,
               coalesce(sa.country, g.sc) AS source_country, g.target_key,
               ta.name AS target_name, coalesce(ta.country, g.tc) AS target_country,
               g.event_type, g.events, g.documents, g.goldstein, g.first, g.last
        FROM g
        LEFT JOIN actors sa ON sa.actor_key = g.source_key
        LEFT JOIN actors ta ON ta.actor_key = g.target_key
        ORDER BY g.events DESC, g.source_key, g.target_key, g.event_type{_limit(f)}"""
    found = _all(store, sql, params)
    for row in found:
        row["source"] = _label(row["source_name"] or row["source_key"], row["source_country"])
        row["target"] = _label(row["target_name"] or row["target_key"], row["target_country"])
    return found


def _label(name: str, country: str | None) -> str:
    return f"{name} ({country})" if country and country != name else name


DOCUMENT_COLUMNS = ("doc_id", "outlet", "published", "title", "events", "sentences", "url")


def document_where(f: Filters, window: text_index.Window | None = None) -> Where:
    """The documents conditions over ``documents d`` (``window``: a text search reads only
    the documents in it)."""
    where = Where()
    document_conditions(where, f, "d")
    if f.text:
        text_index.document_condition(where, f.text, "d.seq", ("d.title", "d.text"), window)
    if f.doc_id:
        where.add("d.doc_id = ?", f.doc_id)
    if f.actor or f.country:
        mention = Where()
        actor_condition(mention, f, "m.actor_key")
        if f.country:
            mention.add("m.actor_country = ?", f.country.upper())
        where.add(f"d.seq IN (SELECT m.doc_seq FROM mentions m{mention.sql()})", *mention.params)
    if f.types or f.quad_class is not None or f.located:
        kinds = event_where(
            Filters(types=f.types, quad_class=f.quad_class,
                    location_country=f.location_country, near=f.near),
            actors=False,
        )  # fmt: skip
        where.add(f"d.seq IN (SELECT e.doc_seq FROM events e{kinds.sql()})", *kinds.params)
    return where


def documents(store: Readable, filters: Filters | None = None) -> list[dict[str, Any]]:
    """Documents in ingest order with their event counts (the text is left out); ``after``
    pages by :data:`tacitus.store.paging.DOCUMENTS`.

    ``text`` searches titles and texts; ``actor`` and ``country`` pick documents that mention
    them; ``types``, ``quad_class`` and the place filters pick documents with such an event
    (the counts stay the documents' own)."""
    f = resolved(store, filters)
    seqs = _document_seqs(store, f)
    if not seqs:
        return []
    sql = """
        SELECT d.doc_id, d.outlet, d.published, d.title, d.url, d.n_chars, d.content_hash,
               coalesce(d.n_events, 0) AS events, coalesce(d.n_sentences, 0) AS sentences,
               d.seq
        FROM documents d WHERE d.seq BETWEEN ? AND ? AND list_contains(?, d.seq)
        ORDER BY d.seq"""
    return _all(store, sql, [min(seqs), max(seqs), seqs])


def _document_seqs(store: Readable, f: Filters) -> list[int]:
    """The seqs of the documents listed, in ingest order: the page's seqs first, then their
    rows (a top-N over every column read them all for each row group it did not skip). A
    text search with a limit reads its rarest word's next occurrences' documents a window at
    a time, more while the page is not full (as the events page: docs/scale.md)."""
    first = int(f.after[0]) if f.after is not None else 0
    postings = 4 * ((f.limit or 0) + f.offset + 1)
    while True:
        window = (
            text_index.window(_rows(store), f.text, first, postings)
            if f.text and f.limit is not None
            else None
        )
        where = document_where(f, window)
        tail = _paged(where, f, paging.DOCUMENTS)
        sql = f"SELECT d.seq FROM documents d{where.sql()}{tail}"
        seqs = [int(row["seq"]) for row in _all(store, sql, where.params)]
        if window is None or window[2] is None or len(seqs) >= (f.limit or 0):
            return seqs
        postings *= 8


def _rows(store: Readable) -> Callable[[str, list[Any]], list[dict[str, Any]]]:
    return lambda sql, params: _all(store, sql, params)


def documents_total(store: Readable, filters: Filters | None = None) -> tuple[int, bool]:
    """How many documents :func:`documents` lists in all, and whether that is all of them: a
    text search counts those among the documents holding its rarest word's first
    :data:`tacitus.store.text_index.COUNTED` occurrences (past them, a lower bound)."""
    f = resolved(store, filters)
    window = text_index.window(_rows(store), f.text, 0, text_index.COUNTED) if f.text else None
    where = document_where(f, window)
    sql = f"SELECT count(*) AS n FROM documents d{where.sql()}"
    return int(_all(store, sql, where.params)[0]["n"]), window is None or window[2] is None


def count_documents(store: Readable, filters: Filters | None = None) -> int:
    """How many documents :func:`documents` lists in all."""
    where = document_where(resolved(store, filters))
    return int(
        _all(store, f"SELECT count(*) AS n FROM documents d{where.sql()}", where.params)[0]["n"]
    )
