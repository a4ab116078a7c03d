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
from ..store import Filters, paging, text_index
from ..store import rows as store_rows
from ..store.actor_match import match_actor, suggestions
from ..store.connection import wrapped
from ..store.queries import (
    document_conditions,
    event_count_sql,
    event_where,
    quote_where,
    quotes_from,
)
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
    """A page: ``limit`` rows, from ``offset`` on, after ``after`` (a cursor's values)."""

    limit: int
    offset: int
    after: tuple[Any, ...] | None = None


def rows_of(cursor: Any, path: Path, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    with wrapped(path, "querying"):
        cursor.execute(sql, params)
        names = [d[0] for d in cursor.description or []]
        return [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]


def columns_of(cursor: Any, path: Path, sql: str, params: list[Any]) -> dict[str, Any]:
    """The rows as columns: a NumPy array each (masked where a value is NULL), which DuckDB
    hands over without making a Python object per value."""
    with wrapped(path, "querying"):
        cursor.execute(sql, params)
        return dict(cursor.fetchnumpy())


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
    f: Filters,
    source: str | None,
    target: str | None,
    group: Group = "actor",
    text_window: text_index.Window | None = None,
) -> Where:
    where = event_where(f, text_window=text_window)
    if source:
        node_condition(where, "source", source, group)
    if target:
        node_condition(where, "target", target, group)
    return where


def _text_window(
    cursor: Any, path: Path, f: Filters, first: int, postings: int
) -> text_index.Window | None:
    """The text search's rarest word and the documents from ``first`` to the one of its
    ``postings``-th occurrence (None: no indexed text search)."""
    if not f.text:
        return None
    return text_index.window(
        lambda sql, params: rows_of(cursor, path, sql, params), f.text, first, postings
    )


def _events_total(
    cursor: Any,
    path: Path,
    f: Filters,
    page: Page,
    sides: tuple[str | None, str | None, Group],
    keys_sql: str = "doc_seq, seq",
) -> tuple[int, bool, list[dict[str, Any]] | None]:
    """The events matching (``agg_days`` where the filters allow:
    :func:`tacitus.store.queries.event_count_sql`), whether that is all of them, and the
    page's keys when the count read them. A text search on a common word counts those of its
    first :data:`tacitus.store.text_index.COUNTED` occurrences' documents (a lower bound),
    not every hit (1.2 s at 10M events for a word of one event in ten): their keys, in
    order, which give the page too when it lies among them."""
    window = _text_window(cursor, path, f, 0, text_index.COUNTED)
    if window is None:
        if sides[0] or sides[1]:
            where = _event_conditions(f, *sides)
            sql, params = f"SELECT count(*) AS n FROM events{where.sql()}", where.params
        else:
            sql, params = event_count_sql(f)
        return int(rows_of(cursor, path, sql, params)[0]["n"]), True, None
    where = _event_conditions(f, *sides, text_window=window)
    exact = window[2] is None
    end = page.offset + page.limit + 1
    if page.after is not None or page.offset > WINDOWED_MOST:
        count = f"SELECT count(*) AS n FROM events{where.sql()}"
        return int(rows_of(cursor, path, count, where.params)[0]["n"]), exact, None
    # the count and the first page's keys in one scan, the count a window function: the
    # keys of every match counted came to Python (9,507 rows for 'pipeline' on the 1M store)
    found = rows_of(
        cursor, path,
        f"SELECT {keys_sql}, count(*) OVER () AS n FROM events{where.sql()} "
        f"ORDER BY {paging.EVENTS.sql()} LIMIT ?",
        [*where.params, end],
    )  # fmt: skip
    if not found:  # none among those counted: past them, a later window may hold some
        return 0, exact, [] if exact else None
    total = int(found[0]["n"])
    keys = found[page.offset : end] if exact or total >= end else None
    return total, exact, keys


# a filtered page of at most this many keys from its start is read a window of documents at a
# time (_windowed_keys); further pages by offset in one scan (a cursor's pages are windowed)
WINDOWED_MOST = 1000
WINDOW_LEAST = 64  # documents in a page's first window, at least


def _windowed_keys(
    cursor: Any,
    path: Path,
    f: Filters,
    page: Page,
    sides: tuple[str | None, str | None, Group],
    total: int,
    keys_sql: str = "doc_seq, seq",
) -> list[dict[str, Any]] | None:
    """The page's keys (one more than asked) of a filtered page (no text search: that has its
    own windows) read a window of documents (``doc_seq``) at a time, from the page's start:
    as many documents as should hold twice the keys wanted at the filters' rate over the
    store (``total`` matching events, exact), eight times more each time the page is not
    full, until the last document. Each window's scan reads only its row groups (the events
    are stored in ``doc_seq`` order): the top-N over the whole table read every row group's
    filtered columns (events near a point on the 1M store: 15-30 ms for the keys, 2 this
    way). None: read it in one scan (no filter, an offset past :data:`WINDOWED_MOST`, or
    all the matches wanted)."""
    where = _event_conditions(f, *sides)
    wanted = page.offset + page.limit + 1
    if not where.conditions or wanted > WINDOWED_MOST:
        return None
    if total == 0:
        return []
    if page.after is None and total < wanted:
        return None
    bounds = rows_of(cursor, path, "SELECT min(seq) AS lo, max(seq) AS hi FROM documents", [])
    lo, hi = bounds[0]["lo"], bounds[0]["hi"]
    if lo is None or hi is None:
        return []
    start = int(page.after[0]) if page.after is not None else int(lo)
    span = max(WINDOW_LEAST, -(-2 * wanted * (int(hi) - int(lo) + 1) // total))
    found: list[dict[str, Any]] = []
    while start <= int(hi):
        end = start + span
        window = _event_conditions(f, *sides)
        window.add("doc_seq >= ? AND doc_seq < ?", start, end)
        if page.after is not None:
            paging.EVENTS.after(window, page.after)
        found += rows_of(
            cursor, path,
            f"SELECT {keys_sql} FROM events{window.sql()} ORDER BY {paging.EVENTS.sql()} "
            "LIMIT ?",
            [*window.params, wanted - len(found)],
        )  # fmt: skip
        if len(found) >= wanted:
            break
        start, span = end, span * 8
    return found[page.offset : wanted]


def _page_keys(
    cursor: Any,
    path: Path,
    f: Filters,
    page: Page,
    sides: tuple[str | None, str | None, Group],
    keys_sql: str = "doc_seq, seq",
) -> list[dict[str, Any]]:
    """The page's keys (one more than asked) in ingest order. A text search reads the
    documents of its rarest word's next few occurrences first, more while the page is not
    full: the first page of a word in every tenth event stops after a few hundred."""
    first = int(page.after[0]) if page.after is not None else 0
    postings = 4 * (page.offset + page.limit + 1)
    while True:
        window = _text_window(cursor, path, f, first, postings)
        where = _event_conditions(f, *sides, text_window=window)
        if page.after is not None:
            paging.EVENTS.after(where, page.after)
        keys = rows_of(
            cursor, path,
            f"SELECT {keys_sql} FROM events{where.sql()} ORDER BY {paging.EVENTS.sql()} "
            "LIMIT ? OFFSET ?",
            [*where.params, page.limit + 1, page.offset],
        )  # fmt: skip
        if window is None or window[2] is None or len(keys) > page.limit:
            return keys
        postings *= 8


def events_page(
    store: Store,
    f: Filters,
    page: Page,
    source: str | None = None,
    target: str | None = None,
    group: Group = "actor",
) -> tuple[int, bool, list[dict[str, Any]], dict[str, dict[str, Any]], str | None]:
    """(total, whether the total is exact, contract records of the page, {doc_id:
    title/url/outlet}, the next page's cursor) in ingest order.

    The page's keys are read in the store's order (``doc_seq, seq``: the physical order, so
    the first page and a cursor's page read a few row groups of two integer columns), one row
    more than asked to tell whether there is a next page; then the page's whole rows
    (:func:`page_rows`), its documents and sentence offsets; the total by
    :func:`_events_total`.
    """
    # a DuckDB file's keys carry their rows' rowid (a Parquet dataset's views have none)
    keys_sql = f"doc_seq, seq{', rowid' if store.in_ingest_order else ''}"
    with snapshot(store) as cursor:
        sides = (source, target, group)
        total, exact, keys = _events_total(cursor, store.path, f, page, sides, keys_sql)
        if keys is None and exact and not f.text and store.in_ingest_order:
            keys = _windowed_keys(cursor, store.path, f, page, sides, total, keys_sql)
        if keys is None:
            keys = _page_keys(cursor, store.path, f, page, sides, keys_sql)
        more = len(keys) > page.limit
        found = page_rows(cursor, store.path, keys[: page.limit])
        seqs = sorted({int(row["doc_seq"]) for row in found})
        if not seqs:
            return total, exact, [], {}, None
        documents = {
            row.pop("doc_id"): row
            for row in rows_of(cursor, store.path,
                               "SELECT doc_id, title, url, outlet FROM documents "
                               f"WHERE {seq_list('seq', seqs)}", [])
        }  # fmt: skip
        starts = {
            (row["doc_seq"], row["sentence_id"]): row["start_char"]
            for row in rows_of(cursor, store.path,
                               "SELECT doc_seq, sentence_id, start_char FROM sentences "
                               f"WHERE {seq_list('doc_seq', seqs)}", [])
        }  # fmt: skip
    items = []
    for row in found:
        record = as_record(store_rows.event_from(row))
        record["highlights"] = highlights(record, starts.get((row["doc_seq"], row["sentence_id"])))
        items.append(record)
    last = found[-1]
    following = paging.encode(paging.EVENTS, (last["doc_seq"], last["seq"])) if more else None
    return total, exact, items, documents, following


def seq_list(column: str, seqs: list[int]) -> str:
    """``column`` is one of ``seqs`` (sorted integers, at least one): their range first, which
    the scan's zone maps prune by, then the list (an IN list of more than a few values is a
    join that reads the whole table: the documents of a page spread over a few thousand
    documents, 54 ms against 5 on the 1M store, loaded machine)."""
    listed = ", ".join(str(int(s)) for s in seqs)
    return f"{column} BETWEEN {int(seqs[0])} AND {int(seqs[-1])} AND {column} IN ({listed})"


def page_rows(
    cursor: Any, path: Path, keys: list[dict[str, Any]], table: str = "events"
) -> list[dict[str, Any]]:
    """The whole rows of ``keys`` (``doc_seq``, ``seq``) of ``table`` (events or quotes), in
    ingest order.

    Apart from the ordering and the limit: DuckDB reads every column of each row group the
    top-N scans (two of 122,880 rows for a first page at 1M events, 0.2 s), where these rows
    alone are a few vectors of the row groups that hold their documents. Keys read with their
    ``rowid`` (in the same read transaction) are looked up by it: the scan then hands on
    those rows alone, where the join on the keys read every column of every row of the
    documents' range (a page spread over the whole 1M store, one thread: 299 ms -> 51; near a
    point, 3,000 documents: 22 -> 18)."""
    if not keys:
        return []
    if all("rowid" in k for k in keys):
        return rows_of(
            cursor,
            path,
            f"SELECT * FROM {table} WHERE rowid = ANY(?::BIGINT[]) ORDER BY doc_seq, seq",
            [[int(k["rowid"]) for k in keys]],
        )
    seqs = [int(k["doc_seq"]) for k in keys]
    return rows_of(
        cursor,
        path,
        f"SELECT e.* FROM {table} e SEMI JOIN (SELECT unnest(?::BIGINT[]) AS d, "
        "unnest(?::INTEGER[]) AS s) k ON e.doc_seq = k.d AND e.seq = k.s "
        "WHERE e.doc_seq BETWEEN ? AND ? ORDER BY e.doc_seq, e.seq",
        [seqs, [int(k["seq"]) for k in keys], min(seqs), max(seqs)],
    )


def as_record(value: Any) -> Any:
    """A record's ``to_dict()`` without its deep copies (a test checks they are equal)."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_record(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list):
        return [as_record(v) for v in value]
    if isinstance(value, dict):
        return {k: as_record(v) for k, v in value.items()}
    return value


_SPEAKER = "coalesce(q.speaker_key, '')"


def quotes_page(
    store: Store, f: Filters, page: Page, speakers: int = 50, order: str = "ingest"
) -> tuple[int, bool, list[dict[str, Any]], list[dict[str, Any]], str | None]:
    """(total, whether the total is exact, quotes of the page with their document, the most
    quoted speakers, the next page's cursor: ingest order only; ``speaker`` order pages by
    offset). A text search counts, ranks speakers and orders by speaker among the quotes of
    the documents holding its rarest word's first :data:`tacitus.store.text_index.COUNTED`
    occurrences (past them the total is a lower bound); the ingest-order pages list every
    match, read a window at a time (as the events page)."""
    with snapshot(store) as cursor:
        counting = _text_window(cursor, store.path, f, 0, text_index.COUNTED)
        where = quote_where(f, counting)
        base = f"FROM {quotes_from(f)}{where.sql()}"
        plain = not where.conditions
        total = int(
            rows_of(cursor, store.path, f"SELECT count(*) AS n {base}", where.params)[0]["n"]
        )
        if order == "speaker":
            found = _by_speaker(cursor, store.path, f, page, plain, counting)
            more = False
        else:
            keys = _quote_keys(cursor, store.path, f, page)
            more = len(keys) > page.limit
            found = page_rows(cursor, store.path, keys[: page.limit], "quotes")
        documents = _quote_documents(cursor, store.path, found)
        top = _top_speakers(cursor, store.path, base, where.params, speakers, plain)
    items = []
    for row in found:
        record = store_rows.quote_from(row).to_dict()
        record["document"] = documents.get(row["doc_seq"], _NO_DOCUMENT)
        items.append(record)
    last = found[-1] if found else None
    following = (
        paging.encode(paging.QUOTES, (last["doc_seq"], last["seq"])) if more and last else None
    )
    return total, counting is None or counting[2] is None, items, top, following


def _quote_keys(cursor: Any, path: Path, f: Filters, page: Page) -> list[dict[str, Any]]:
    """The page's keys (one more than asked) in ingest order; a text search reads a window
    of documents at a time, more while the page is not full (:func:`_page_keys`)."""
    first = int(page.after[0]) if page.after is not None else 0
    postings = 4 * (page.offset + page.limit + 1)
    while True:
        window = _text_window(cursor, path, f, first, postings)
        keyed = quote_where(f, window)
        if page.after is not None:
            paging.QUOTES.after(keyed, page.after)
        keys = rows_of(
            cursor, path,
            f"SELECT q.doc_seq, q.seq FROM {quotes_from(f)}{keyed.sql()} "
            f"ORDER BY {paging.QUOTES.sql()} LIMIT ? OFFSET ?",
            [*keyed.params, page.limit + 1, page.offset],
        )  # fmt: skip
        if window is None or window[2] is None or len(keys) > page.limit:
            return keys
        postings *= 8


_NO_DOCUMENT = {"title": None, "outlet": None, "published": None}


def _quote_documents(cursor: Any, path: Path, found: list[dict[str, Any]]) -> dict[int, Any]:
    seqs = sorted({int(row["doc_seq"]) for row in found})
    if not seqs:
        return {}
    return {
        row.pop("seq"): row
        for row in rows_of(cursor, path, "SELECT seq, title, outlet, published FROM documents "
                           f"WHERE {seq_list('seq', seqs)}", [])
    }  # fmt: skip


def _by_speaker(
    cursor: Any,
    path: Path,
    f: Filters,
    page: Page,
    plain: bool,
    window: text_index.Window | None = None,
) -> list[dict[str, Any]]:
    """A page of quotes grouped by speaker: the most quoted first (unattributed last), each
    one's quotes in ingest order. Unfiltered, the speakers come from ``agg_actors`` and only
    the quotes of the speakers the page reaches are read."""
    where = quote_where(f, window)
    if plain:
        counts = "SELECT actor_key AS k, quotes AS n FROM agg_actors WHERE quotes > 0"
        params: list[Any] = []
    else:
        said = quote_where(f, window)
        said.add("q.speaker_key IS NOT NULL")
        counts = (
            f"SELECT q.speaker_key AS k, count(*) AS n FROM {quotes_from(f)}{said.sql()} GROUP BY 1"
        )
        params = said.params
    reach = page.offset + page.limit
    ranked = rows_of(
        cursor, path,
        f"""SELECT k, n, rank FROM (
                SELECT k, n, row_number() OVER (ORDER BY n DESC, k) AS rank,
                       sum(n) OVER (ORDER BY n DESC, k ROWS UNBOUNDED PRECEDING) AS upto
                FROM ({counts})) WHERE upto - n < ?""",
        [*params, reach],
    )  # fmt: skip
    attributed = sum(int(r["n"]) for r in ranked) if len(ranked) else 0
    nobody = " OR q.speaker_key IS NULL" if attributed < reach else ""  # unattributed: last
    speakers = [r["k"] for r in ranked]
    where.add(f"(list_contains(?, q.speaker_key){nobody})", speakers)
    # the page's keys in speaker order (a top-N over three columns), then their rows: reading
    # every column of the top speaker's quotes took 0.6 s on 10M events
    keys = rows_of(
        cursor, path,
        f"SELECT q.doc_seq, q.seq FROM {quotes_from(f)}{where.sql()} "
        "ORDER BY q.speaker_key IS NULL, list_position(?, q.speaker_key), q.doc_seq, q.seq "
        "LIMIT ? OFFSET ?",
        [*where.params, speakers, page.limit, page.offset],
    )  # fmt: skip
    by_key = {(r["doc_seq"], r["seq"]): r for r in page_rows(cursor, path, keys, "quotes")}
    return [by_key[(k["doc_seq"], k["seq"])] for k in keys]


def _top_speakers(
    cursor: Any, path: Path, base: str, params: list[Any], speakers: int, plain: bool
) -> list[dict[str, Any]]:
    """The most quoted speakers (``key`` None: unattributed quotes), from ``agg_actors`` when
    nothing filters the quotes."""
    if plain:
        top = rows_of(
            cursor, path,
            """SELECT g.actor_key AS key, a.name, a.country, g.quotes FROM agg_actors g
               LEFT JOIN actors a USING (actor_key) WHERE g.quotes > 0
               ORDER BY g.quotes DESC, g.actor_key LIMIT ?""",
            [speakers],
        )  # fmt: skip
        nobody = rows_of(
            cursor, path, "SELECT count(*) AS n FROM quotes WHERE speaker_key IS NULL", []
        )
        if nobody[0]["n"]:
            top.append({"key": "", "name": None, "country": None, "quotes": int(nobody[0]["n"])})
        unnamed = [row["key"] for row in top if row["key"] and row["name"] is None]
        if unnamed:
            named = {
                row["k"]: row["name"]
                for row in rows_of(cursor, path,
                                   "SELECT speaker_key AS k, any_value(coalesce(speaker_name, "
                                   "speaker_text)) AS name FROM quotes "
                                   "WHERE list_contains(?, speaker_key) GROUP BY 1", [unnamed])
            }  # fmt: skip
            for row in top:
                row["name"] = row["name"] or named.get(row["key"])
        top.sort(key=lambda r: (-int(r["quotes"]), r["key"]))
        top = top[:speakers]
    else:
        top = rows_of(
            cursor, path,
            f"SELECT {_SPEAKER} AS key, coalesce(any_value(q.speaker_name), "
            f"any_value(q.speaker_text)) AS name, any_value(q.speaker_country) AS country, "
            f"count(*) AS quotes {base} GROUP BY 1 ORDER BY quotes DESC, key LIMIT ?",
            [*params, speakers],
        )  # fmt: skip
    for row in top:
        row["key"] = row["key"] or None
    return top


# -- outlets ----------------------------------------------------------------------


_OUTLETS_KEPT = """
    SELECT nullif(outlet, '') AS outlet, documents, events, q1, q2, q3, q4,
           round(goldstein / nullif(scored, 0), 2)::DOUBLE AS goldstein, quotes, first, last,
           outlet AS k
    FROM agg_outlets WHERE documents > 0
    ORDER BY events DESC, documents DESC, k"""


def outlets(store: Store, f: Filters) -> list[dict[str, Any]]:
    """Per outlet: documents, events by quad class, mean Goldstein, quotes, first/last date
    (from ``agg_outlets`` when nothing filters them)."""
    found = fetch(store, _OUTLETS_KEPT, []) if f == Filters() else _counted_outlets(store, f)
    for row in found:
        row.pop("k", None)
        row["quad_classes"] = {str(i): row.pop(f"q{i}") for i in range(1, 5)}
    return found


def _counted_outlets(store: Store, f: Filters) -> list[dict[str, Any]]:
    ev = event_where(f)
    docs = Where()
    document_conditions(docs, f)
    sql = f"""
        WITH d AS (SELECT coalesce(outlet, '') AS k, any_value(outlet) AS outlet,
                          count(*) AS documents, min(published) AS first,
                          max(published) AS last
                   FROM documents{docs.sql()} GROUP BY 1),
        e AS (SELECT coalesce(outlet, '') AS k, count(*) AS events,
                     count(*) FILTER (WHERE quad_class = 1) AS q1,
                     count(*) FILTER (WHERE quad_class = 2) AS q2,
                     count(*) FILTER (WHERE quad_class = 3) AS q3,
                     count(*) FILTER (WHERE quad_class = 4) AS q4,
                     round(avg(goldstein), 2) AS goldstein
              FROM events{ev.sql()} GROUP BY 1),
        q AS (SELECT coalesce(d.outlet, '') AS k, count(*) AS quotes
              FROM quotes JOIN documents d ON d.seq = quotes.doc_seq GROUP BY 1)
        SELECT d.outlet, d.documents, coalesce(e.events, 0) AS events,
               coalesce(e.q1, 0) AS q1, coalesce(e.q2, 0) AS q2, coalesce(e.q3, 0) AS q3,
               coalesce(e.q4, 0) AS q4, e.goldstein, coalesce(q.quotes, 0) AS quotes,
               d.first, d.last
        FROM d LEFT JOIN e USING (k) LEFT JOIN q USING (k)
        ORDER BY events DESC, documents DESC, d.k"""
    return fetch(store, sql, docs.params + ev.params)


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
