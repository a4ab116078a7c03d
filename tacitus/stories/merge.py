"""Event mentions merged across the documents of a story (GDELT's Events and Mentions).

Within a story, event records with the same type, the same actors (the pair unordered when
the event is reciprocal) and the same negation are one event when their dates are compatible:
an undated mention fits any date; dated ones must lie within a day of each other, a date of
week, month or year precision standing for its whole period. Mentions are taken in ingest
order and each joins the first compatible event, so the result depends on the documents only.

Actors are compared as the state they speak for when they are a state's government,
military, police, intelligence or legislature, or its officials ("Iraqi military officials",
"Baghdad", "Iraq" and Iraq's foreign minister are all ``country:IRQ`` here: outlets name the
same actor differently); other actors by their key (groups, organisations, civilians). A
mention with an actor missing (the coder found none) joins an event of the story with the
same type, negation and known actor when the missing actor is named in the mention's
sentence without being one of that mention's own actors, and exactly one event qualifies
("the Iraqi military announced plans to increase cooperation with Syria and Russia", coded
"? → COOPERATE → Russia", joins "Iraq → COOPERATE → Russia"). Without the sentence evidence
the guess was wrong on the seed articles: "? cooperates with Syria" joined "Russia cooperates
with Syria" in a sentence where Russia was another partner.

Counts: ``num_mentions`` (event records), ``num_articles`` (documents, near-duplicates on one
outlet counted once), ``num_sources`` (outlets; documents without an outlet count as one
outlet, "(unknown)"), ``num_independent`` (documents, every near-duplicate counted once
and every press agency's copy once however many outlets carry it, :mod:`.wire`: a syndicated
copy on another site is another source but not another report).
"""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import duckdb

from ..records import stable_id
from ..store.story_tables import insert

UNKNOWN_OUTLET = "(unknown)"
_MODALITY_RANK = {"asserted": 0, "intended": 1, "hypothetical": 2}
_SLACK_DAYS = 1


def period(day: str | None, precision: str | None) -> tuple[date, date] | None:
    """The days a resolved date stands for (a period running past 9999-12-31 ends there)."""
    if not day:
        return None
    try:
        start = date.fromisoformat(day[:10])
    except ValueError:
        return None
    if precision == "week":
        return start, _later(start, 6)
    if precision == "month":
        return start, start.replace(day=monthrange(start.year, start.month)[1])
    if precision == "year":
        return start, start.replace(month=12, day=31)
    return start, start


def _later(day: date, days: int) -> date:
    """``day`` plus ``days``, never past the calendar's last day (no OverflowError)."""
    return date.fromordinal(min(day.toordinal() + days, date.max.toordinal()))


def compatible(a: tuple[date, date] | None, b: tuple[date, date] | None) -> bool:
    """Whether two periods lie within a day of each other (day numbers: no overflow)."""
    if a is None or b is None:
        return True
    slack = _SLACK_DAYS
    return (
        a[0].toordinal() <= b[1].toordinal() + slack
        and b[0].toordinal() <= a[1].toordinal() + slack
    )


STATE_SECTORS = frozenset({"", "GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
NON_STATE = frozenset({"IGO", "IMG", "NGO", "MNC"})  # PLOVER codes in the country field


def identity(row: Mapping[str, Any], role: str) -> str:
    """The actor a mention is merged on: its state for state actors (a state's officials,
    institutions and capital), else its key; an organisation named after a state ("Priorities
    USA", key ``name:priorities-usa``) is not the state."""
    key = row[f"{role}_key"]
    if key is None:
        return ""
    country, sector = row[f"{role}_country"], row[f"{role}_sector"] or ""
    own = str(row.get(f"{role}_actor_id") or key)
    if own.startswith(("group:", "igo:", "name:")) or not country or country in NON_STATE:
        return str(key)
    if sector in STATE_SECTORS:
        return f"country:{country}"
    return str(key)


def merge_key(row: Mapping[str, Any]) -> tuple[Any, ...]:
    source, target = identity(row, "source"), identity(row, "target")
    if row["reciprocal"]:
        source, target = sorted((source, target))
    return (row["event_type"], source, target, bool(row["reciprocal"]), bool(row["negated"]))


@dataclass
class _Merged:
    key: tuple[Any, ...]
    rows: list[Mapping[str, Any]] = field(default_factory=list)
    span: tuple[date, date] | None = None

    def fits(self, span: tuple[date, date] | None) -> bool:
        return compatible(self.span, span)

    def add(self, row: Mapping[str, Any], span: tuple[date, date] | None) -> None:
        self.rows.append(row)
        if span is not None:
            self.span = (
                span
                if self.span is None
                else (min(self.span[0], span[0]), max(self.span[1], span[1]))
            )


Named = Mapping[tuple[str, int], set[str]]  # (doc_id, sentence_id) → actors named there


def merge(rows: Sequence[Mapping[str, Any]], named: Named | None = None) -> list[_Merged]:
    """Group one story's event rows (in ingest order) into merged events; with ``named``
    (the actors of each sentence), mentions missing an actor join the event they complete."""
    merged: list[_Merged] = []
    by_key: dict[tuple[Any, ...], list[_Merged]] = {}
    for row in rows:
        key = merge_key(row)
        span = period(row["date"], row["date_precision"])
        group = next((m for m in by_key.get(key, []) if m.fits(span)), None)
        if group is None:
            group = _Merged(key)
            by_key.setdefault(key, []).append(group)
            merged.append(group)
        group.add(row, span)
    return merged if named is None else _fold_partial(merged, named)


def _fold_partial(merged: list[_Merged], named: Named) -> list[_Merged]:
    own: dict[tuple[str, str], set[str]] = {}  # a mention's own actors
    for group in merged:
        for r in group.rows:
            found = own.setdefault((r["doc_id"], r["mention_id"]), set())
            found.update(x for x in (identity(r, "source"), identity(r, "target")) if x)
    full = [m for m in merged if m.key[1] and m.key[2]]
    kept = []
    for group in merged:
        left = []
        for row in group.rows:
            span = period(row["date"], row["date_precision"])
            into = _completed_by(row, group.key, span, full, named, own)
            if into is None:
                left.append(row)
            else:
                into.add(row, span)
        if left:
            group.rows = left
            kept.append(group)
    for group in kept:
        group.rows.sort(key=lambda r: int(r["_order"]))
    return sorted(kept, key=lambda m: int(m.rows[0]["_order"]))


def _completed_by(row: Mapping[str, Any], key: tuple[Any, ...], span: tuple[date, date] | None,
                  full: Sequence[_Merged], named: Named,
                  own: Mapping[tuple[str, str], set[str]]) -> _Merged | None:  # fmt: skip
    """The one full event a mention missing an actor completes, with its sentence's evidence."""
    kind, source, target, _, negated = key
    if bool(source) == bool(target):
        return None
    here = named.get((row["doc_id"], row["sentence_id"]), set())
    mine = own[(row["doc_id"], row["mention_id"])]
    fits = []
    for m in full:
        if m.key[0] != kind or m.key[4] != negated or not m.fits(span):
            continue
        if source and source in (m.key[1], m.key[2] if m.key[3] else None):
            missing = m.key[2] if m.key[1] == source else m.key[1]
        elif target and target in (m.key[2], m.key[1] if m.key[3] else None):
            missing = m.key[1] if m.key[2] == target else m.key[2]
        else:
            continue
        if missing in here and missing not in mine:
            fits.append(m)
    return fits[0] if len(fits) == 1 else None


def outlet_of(row: Mapping[str, Any]) -> str:
    return str(row["outlet"]) if row["outlet"] else UNKNOWN_OUTLET


def _actor(m: _Merged, role: str, names: Mapping[str, str]) -> tuple[Any, ...]:
    """Key, name, country and sector of the merged event's actor in ``role``."""
    rows = [r for r in m.rows if identity(r, role)]
    if not rows:
        return (None, None, None, None)
    ident = identity(rows[0], role)
    own = next((r for r in rows if r[f"{role}_key"] == ident), None)
    if own is not None:
        return (ident, own[f"{role}_name"], own[f"{role}_country"], own[f"{role}_sector"])
    first = rows[0]
    if ident == first[f"{role}_key"]:
        return (ident, first[f"{role}_name"], first[f"{role}_country"], first[f"{role}_sector"])
    return (ident, names.get(ident, first[f"{role}_country"]), first[f"{role}_country"], None)


def _event_row(story_id: str, seq: int, m: _Merged, names: Mapping[str, str]) -> tuple[Any, ...]:
    first = m.rows[0]
    root = [r["duplicate_of"] or r["doc_id"] for r in m.rows]
    articles = {(outlet_of(r), origin) for r, origin in zip(m.rows, root, strict=True)}
    outlets = sorted({outlet_of(r) for r in m.rows})
    independent = {f"agency:{r['agency']}" if r["agency"] else origin
                   for r, origin in zip(m.rows, root, strict=True)}  # fmt: skip
    published = sorted(r["published"] for r in m.rows if r["published"])
    dated = sorted((r["date"], r["date_precision"]) for r in m.rows if r["date"])
    modality = min(
        (r["modality"] or "asserted" for r in m.rows), key=lambda x: _MODALITY_RANK.get(x, 3)
    )
    goldstein = [r["goldstein"] for r in m.rows if r["goldstein"] is not None]
    return (
        stable_id("merged", story_id, first["event_id"]),
        story_id, seq, first["event_type"], first["cameo"], first["quad_class"],
        round(sum(goldstein) / len(goldstein), 2) if goldstein else None,
        *_actor(m, "source", names), *_actor(m, "target", names),
        any(bool(r["reciprocal"]) for r in m.rows), bool(first["negated"]), modality,
        dated[0][0] if dated else None, dated[0][1] if dated else None,
        published[0] if published else None, published[-1] if published else None,
        first["doc_id"], len(m.rows), len(articles), len(outlets), len(independent), outlets,
        first["sentence"],
    )  # fmt: skip


def _mention_row(merged_id: str, story_id: str, r: Mapping[str, Any]) -> tuple[Any, ...]:
    return (
        merged_id,
        story_id,
        r["doc_id"],
        r["seq"],
        r["event_id"],
        outlet_of(r),
        r["published"],
        r["sentence"],
        r["trigger_text"],
        bool(r["negated"]),
        r["modality"],
        r["date"],
        r["duplicate_of"],
    )


# the events of the stories' documents (of the given event types only, when ``$2`` is a list),
# read by the documents' seqs (DuckDB's join filter then skips the row groups of the events
# table far from them: a story's documents are ingested close together), in ingest order
_ROWS_SQL = """
    SELECT e.doc_id, e.seq, e.event_id, e.mention_id, e.sentence_id, e.event_type, e.cameo, e.quad_class, e.goldstein,
           e.source_key, e.source_actor_id, e.source_name, e.source_country, e.source_sector,
           e.target_key, e.target_actor_id, e.target_name, e.target_country, e.target_sector,
           e.reciprocal, e.negated, e.modality, e.date, e.date_precision, e.sentence,
           e.trigger_text, d.outlet, d.published, m.story_id, m.duplicate_of,
           coalesce(m.agency, o.agency) AS agency
    FROM (SELECT unnest($1::VARCHAR[]) AS story_id) t JOIN story_members m USING (story_id)
    JOIN documents d USING (doc_id) JOIN events e ON e.doc_seq = d.seq
    LEFT JOIN story_members o ON o.doc_id = m.duplicate_of
    WHERE $2::VARCHAR[] IS NULL OR list_contains($2, m.story_id || chr(31) || e.event_type)
    ORDER BY m.story_id, d.seq, e.seq"""


def _named(con: duckdb.DuckDBPyConnection, doc_ids: list[str]) -> Named:
    """The actors named in each sentence of these documents."""
    found = con.execute(
        """SELECT mn.doc_id, mn.sentence_id, mn.actor_key, mn.actor_actor_id, mn.actor_country,
                  mn.actor_sector
           FROM documents d JOIN mentions mn ON mn.doc_seq = d.seq
           WHERE d.doc_id IN (SELECT unnest($1::VARCHAR[]))""",
        [doc_ids],
    ).fetchall()
    named: dict[tuple[str, int], set[str]] = {}
    for doc_id, sentence_id, key, actor_id, country, sector in found:
        row = {"actor_key": key, "actor_actor_id": actor_id, "actor_country": country,
               "actor_sector": sector}  # fmt: skip
        named.setdefault((doc_id, sentence_id), set()).add(identity(row, "actor"))
    return named


# the (story, event type) classes that documents touch: their events' types now and the types
# of the merged events they were mentions of (a document changed, moved or taken out), the
# documents marked near-duplicates of them included (their agency is the original's)
_TOUCHED_SQL = """
    WITH changed AS (SELECT unnest($2::VARCHAR[]) AS doc_id),
    affected AS (SELECT doc_id FROM changed UNION
                 SELECT m.doc_id FROM story_members m SEMI JOIN changed c ON m.duplicate_of = c.doc_id)
    SELECT DISTINCT m.story_id || chr(31) || e.event_type AS class
    FROM affected a JOIN story_members m USING (doc_id) JOIN documents d USING (doc_id)
    JOIN events e ON e.doc_seq = d.seq
    WHERE m.story_id IN (SELECT unnest($1::VARCHAR[]))
    UNION
    SELECT DISTINCT me.story_id || chr(31) || me.event_type
    FROM merged_mentions mm SEMI JOIN affected a USING (doc_id)
    JOIN merged_events me USING (merged_id)
    WHERE me.story_id IN (SELECT unnest($1::VARCHAR[]))
    ORDER BY 1"""
# the merged events of the stories numbered again in ingest order of their first mentions
_RENUMBER_SQL = """
    UPDATE merged_events SET seq = r.n FROM (
        SELECT me.merged_id,
               (row_number() OVER (PARTITION BY me.story_id ORDER BY d.seq, f.first) - 1) AS n
        FROM merged_events me JOIN documents d ON d.doc_id = me.first_doc
        JOIN (SELECT merged_id, doc_id, min(event_seq) AS first FROM merged_mentions
              WHERE story_id IN (SELECT unnest($1::VARCHAR[])) GROUP BY ALL) f
            ON f.merged_id = me.merged_id AND f.doc_id = me.first_doc
        WHERE me.story_id IN (SELECT unnest($1::VARCHAR[]))) r
    WHERE merged_events.merged_id = r.merged_id AND merged_events.seq <> r.n"""


def refresh(
    con: duckdb.DuckDBPyConnection, story_ids: Sequence[str], changed: Sequence[str] | None = None
) -> int:
    """Recompute the merged events of ``story_ids`` (the caller holds the transaction); the
    number of merged events the stories have.

    With ``changed`` (the documents placed in or taken out of these stories since their last
    refresh), only the event types those documents' events have or had in each story are
    merged again, from all of the story's mentions of those types: the merge never joins
    mentions of different types (a mention has one type: its id holds it), so the result is
    the full refresh's (tested), at the cost of the new documents' types rather than of the
    whole story. The merged events are then numbered again in ingest order."""
    ids = sorted(set(story_ids))
    if not ids:
        return 0
    classes = None
    if changed is not None:
        found = con.execute(_TOUCHED_SQL, [ids, sorted(set(changed))]).fetchall()
        classes = [row[0] for row in found]
        if not classes:
            return _count(con, ids)
    _forget(con, ids, classes)
    cursor = con.execute(_ROWS_SQL, [ids, classes])
    names = [d[0] for d in cursor.description or []]
    by_story: dict[str, list[dict[str, Any]]] = {}
    for order, values in enumerate(cursor.fetchall()):
        row = dict(zip(names, values, strict=True))
        row["_order"] = order
        by_story.setdefault(row["story_id"], []).append(row)
    named = _named(con, sorted({r["doc_id"] for rows in by_story.values() for r in rows}))
    countries = dict(
        con.execute(
            "SELECT actor_key, name FROM actors WHERE actor_key LIKE 'country:%'"
        ).fetchall()
    )
    events: list[tuple[Any, ...]] = []
    mentions: list[tuple[Any, ...]] = []
    for story_id, rows in by_story.items():
        for seq, group in enumerate(merge(rows, named)):
            event = _event_row(story_id, seq, group, countries)
            events.append(event)
            mentions.extend(_mention_row(event[0], story_id, r) for r in group.rows)
    insert(con, "merged_events", events)
    insert(con, "merged_mentions", mentions)
    if classes is None:
        return len(events)
    con.execute(_RENUMBER_SQL, [ids])
    return _count(con, ids)


def _count(con: duckdb.DuckDBPyConnection, ids: list[str]) -> int:
    sql = "SELECT count(*) FROM merged_events WHERE story_id IN (SELECT unnest($1::VARCHAR[]))"
    row = con.execute(sql, [ids]).fetchone()
    return int(row[0]) if row else 0


def _forget(con: duckdb.DuckDBPyConnection, ids: list[str], classes: list[str] | None) -> None:
    """Delete the merged events (and their mentions) of the stories, of ``classes`` only
    (``story_id || chr(31) || event_type``) when given."""
    chosen = "SELECT merged_id FROM merged_events WHERE story_id IN (SELECT unnest($1::VARCHAR[]))"
    params: list[Any] = [ids]
    if classes is not None:
        chosen += " AND list_contains($2, story_id || chr(31) || event_type)"
        params.append(classes)
    con.execute(f"DELETE FROM merged_mentions WHERE merged_id IN ({chosen})", params)
    con.execute(f"DELETE FROM merged_events WHERE merged_id IN ({chosen})", params)
