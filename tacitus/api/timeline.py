"""The timeline of ``GET /api/timeline``: events per day by quad class, the range that holds
the bulk of them, and the events dated far outside it.

An event's day is its resolved ``date``, else its document's publication date. News about
this autumn also dates what happened in 1962 or 1994 ("the 1994 Budapest Memorandum"): drawn
on one axis, a few such references would squeeze the months the corpus is about into a sliver.
So the answer names ``range``, the days that hold the bulk of the events (Tukey's far-out
fences on the days: from the first quartile minus three interquartile ranges to the third
quartile plus three, the range being at least a week; dates known only to the year, which sit
on January 1st, do not move it; an explicit ``since``/``until`` is the range as asked), and
``outside``: the events dated beyond it, counted and listed with their
sentences (the earliest first), to be shown apart rather than stretched across.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from ..store import Filters
from ..store.queries import by_country_day, by_day, country_day_where, event_where, kind_conditions
from ..store.where import Where
from .views import QUAD_CLASSES, fetch

if TYPE_CHECKING:
    from ..store import Store

MAX_FILLED_DAYS = 3700  # missing days are filled in up to about ten years
FENCE = 3.0  # interquartile ranges beyond the quartiles
MIN_SPREAD_DAYS = 7
MAX_OUTSIDE = 50  # events outside the range listed with their sentences
_DAY = "day::VARCHAR"


_QUADS = ", ".join(
    f"coalesce(sum({{n}}) FILTER (WHERE quad_class = {q}), 0)::BIGINT AS q{q}" for q in QUAD_CLASSES
)


def _from_days(table: str, where: Where) -> tuple[str, list[Any]]:
    """:func:`per_day_sql`'s rows summed from a table of counts per day (``agg_days``,
    ``agg_country_days``)."""
    return (
        f"""SELECT day::VARCHAR AS day, {_QUADS.format(n="events")},
                   sum(events)::BIGINT AS n,
                   coalesce(sum(events) FILTER (WHERE NOT year_only), 0)::BIGINT AS precise
            FROM {table}{where.sql()} GROUP BY day""",
        where.params,
    )


def per_day_sql(f: Filters) -> tuple[str, list[Any]]:
    """One row per day under ``f``: ``day`` (ISO text, NULL: undated), ``q1``..``q4`` (events
    per quad class), ``n`` (all events) and ``precise`` (those not dated to a year only); from
    ``agg_days`` (``agg_country_days`` for one country) when it can answer, so the timeline
    never groups the events table; else
    grouped over the matching events. Pivoted here, not in Python: a day is one row."""
    if by_day(f):
        where = Where()
        kind_conditions(where, f)
        where.days("day", f.since, f.until)
        return _from_days("agg_days", where)
    if by_country_day(f):  # one country: agg_country_days
        return _from_days("agg_country_days", country_day_where(f))
    where = event_where(f)
    return (
        f"""SELECT day::VARCHAR AS day, {_QUADS.format(n="1")}, count(*) AS n,
                   count(*) FILTER (WHERE date IS NULL OR coalesce(date_precision, 'day')
                                    <> 'year') AS precise
            FROM events{where.sql()} GROUP BY day""",
        where.params,
    )


def timeline(store: Store, f: Filters) -> dict[str, Any]:
    """Events per day and quad class; ``range`` and ``outside`` (module docstring)."""
    sql, params = per_day_sql(f)
    rows: dict[str, dict[str, Any]] = {}
    undated = 0
    for row in fetch(store, sql, params):
        if row["day"] is None:
            undated += int(row["n"])
        else:
            rows[row["day"]] = row
    days = _filled(sorted(rows))
    empty = dict.fromkeys((f"q{q}" for q in QUAD_CLASSES), 0)
    series = {
        str(q): {"label": label, "counts": [rows.get(d, empty)[f"q{q}"] for d in days]}
        for q, label in QUAD_CLASSES.items()
    }
    per_day = {d: int(row["n"]) for d, row in rows.items()}
    precise = {d: int(row["precise"]) for d, row in rows.items() if row["precise"]}
    first, last = bulk(precise or per_day, f.since, f.until)
    return {
        "days": days,
        "quad_classes": series,
        "undated": undated,
        "total": sum(per_day.values()) + undated,
        "range": {"since": first, "until": last},
        "outside": _outside(store, f, per_day, first, last),
    }


def bulk(
    per_day: dict[str, int], since: str | None = None, until: str | None = None
) -> tuple[str | None, str | None]:
    """The first and last day with events inside the fences (module docstring)."""
    if not per_day:
        return since, until
    if since or until:
        return since or min(per_day), until or max(per_day)
    ordinals = sorted((date.fromisoformat(d).toordinal(), n) for d, n in per_day.items())
    q1, q3 = _quantile(ordinals, 0.25), _quantile(ordinals, 0.75)
    spread = max(q3 - q1, MIN_SPREAD_DAYS)
    low, high = q1 - FENCE * spread, q3 + FENCE * spread
    inside = [day for day, _ in ordinals if low <= day <= high]
    return date.fromordinal(inside[0]).isoformat(), date.fromordinal(inside[-1]).isoformat()


def _quantile(ordinals: list[tuple[int, int]], q: float) -> int:
    """The day below which a share ``q`` of the events lie (days weighted by events)."""
    total = sum(n for _, n in ordinals)
    seen = 0
    for day, n in ordinals:
        seen += n
        if seen >= q * total:
            return day
    return ordinals[-1][0]


def _outside(
    store: Store, f: Filters, per_day: dict[str, int], first: str | None, last: str | None
) -> dict[str, Any]:
    before = {d: n for d, n in per_day.items() if first is not None and d < first}
    after = {d: n for d, n in per_day.items() if last is not None and d > last}
    found: dict[str, Any] = {
        "total": sum(before.values()) + sum(after.values()),
        "before": sum(before.values()),
        "after": sum(after.values()),
        "days": [{"day": d, "events": n} for d, n in sorted({**before, **after}.items())],
        "events": [],
    }
    if found["total"]:
        where = event_where(f)
        where.add("(day < ? OR day > ?)", first, last)
        # the listed events are the earliest: none after the day that completes them (the
        # counts per day tell which), so the scan reads little beyond the day column
        where.add("day <= ?", _last_listed(found["days"]))
        found["events"] = fetch(
            store,
            f"""SELECT event_id, doc_id, {_DAY} AS day, date_precision, event_type, quad_class,
                       coalesce(source_name, source_text) AS source,
                       coalesce(target_name, target_text) AS target, sentence, outlet, published
                FROM events{where.sql()} ORDER BY day, doc_id, seq LIMIT ?""",
            [*where.params, MAX_OUTSIDE],
        )
    return found


def _last_listed(days: list[dict[str, Any]]) -> str:
    """The day of the last event listed (``days``: events per day outside, earliest first)."""
    seen = 0
    for row in days:
        seen += int(row["events"])
        if seen >= MAX_OUTSIDE:
            break
    return str(row["day"])


def _filled(days: list[str]) -> list[str]:
    """The days from the first to the last, gaps included (unless the span is very long)."""
    if len(days) < 2:
        return days
    first, last = date.fromisoformat(days[0]), date.fromisoformat(days[-1])
    span = (last - first).days
    if span > MAX_FILLED_DAYS:
        return days
    return [(first + timedelta(days=i)).isoformat() for i in range(span + 1)]
