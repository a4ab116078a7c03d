"""Outlet profiles: what each outlet reports and how it tells it.

Per outlet: documents (near-duplicates counted too, and apart), stories, events and quotes
reported, whom it quotes most, event types; and how it tells the news in its own reporting:
tone (100 × (positive − negative words) / words, lexicon in ``tacitus/data/tone/lexicon.yaml``),
loaded language per 1,000 words (insults, dehumanising and pejorative labels, sneer quotes)
with examples, and its stance toward each actor: the mean Goldstein score of the events it
reports with that actor as target (negated events left out: "did not attack" is no hostility),
with counts. Tone, loaded language and stance leave out the outlet's copies — a press agency's
copy (:mod:`.wire`) or a near-duplicate of another outlet's document: that voice is not the
outlet's — and the profile says how many were left out and whose they were (``copies``,
``copied_from``).

Filters: ``outlet``, ``since``/``until`` (publication dates of the documents counted).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from ..store import Filters
from ..store.queries import document_conditions
from ..store.where import Where
from .queries import COPIED_FROM, COPY_JOINS, IS_COPY, rows

if TYPE_CHECKING:
    from ..store import Store

TOP_SPEAKERS = 5
MAX_EXAMPLES = 5
PROFILE_COLUMNS = (
    "outlet",
    "documents",
    "duplicates",
    "copies",
    "stories",
    "events",
    "quotes",
    "top_quoted",
    "tone",
    "loaded_per_1k",
    "most_negative",
)
_OUTLET = "coalesce(d.outlet, '(unknown)')"
_OWN = f"NOT {IS_COPY}"


def _documents_where(f: Filters) -> Where:
    where = Where()
    document_conditions(where, f, "d")
    return where


def outlet_profiles(store: Store, filters: Filters | None = None) -> list[dict[str, Any]]:
    """One profile per outlet, most documents first (JSON-able dicts)."""
    f = filters or Filters()
    where = _documents_where(f)
    params = where.params
    base = rows(
        store,
        f"""
        SELECT {_OUTLET} AS outlet, count(*) AS documents, count(m.duplicate_of) AS duplicates,
               count(*) FILTER (WHERE {IS_COPY}) AS copies,
               count(DISTINCT m.story_id) AS stories,
               coalesce(sum(m.words) FILTER (WHERE {_OWN}), 0) AS words,
               coalesce(sum(m.positive) FILTER (WHERE {_OWN}), 0) AS positive,
               coalesce(sum(m.negative) FILTER (WHERE {_OWN}), 0) AS negative,
               coalesce(sum(m.loaded) FILTER (WHERE {_OWN}), 0) AS loaded,
               count(*) FILTER (WHERE m.loaded > 0 AND {_OWN}) AS loaded_documents
        FROM documents d LEFT JOIN story_members m USING (doc_id) {COPY_JOINS}{where.sql()}
        GROUP BY 1 ORDER BY documents DESC, outlet""",
        params,
    )
    types = _grouped(
        store,
        f"""
        SELECT {_OUTLET} AS outlet, e.event_type AS k, count(*) AS n
        FROM events e JOIN documents d USING (doc_id){where.sql()}
        GROUP BY 1, 2 ORDER BY n DESC, k""",
        params,
    )
    speakers = _grouped(
        store,
        f"""
        SELECT {_OUTLET} AS outlet, coalesce(q.speaker_key, lower(q.speaker_text)) AS k,
               any_value(coalesce(q.speaker_name, q.speaker_text)) AS name, count(*) AS n
        FROM quotes q JOIN documents d USING (doc_id){where.sql()}
        GROUP BY 1, 2 ORDER BY n DESC, k""",
        params,
    )
    stance = _grouped(
        store,
        f"""
        SELECT {_OUTLET} AS outlet, e.target_key AS k, any_value(e.target_name) AS name,
               any_value(e.target_country) AS country, count(*) AS n,
               round(avg(e.goldstein), 2) AS goldstein
        FROM events e JOIN documents d USING (doc_id)
        LEFT JOIN story_members m ON m.doc_id = d.doc_id {COPY_JOINS}
        {where.sql()} {"AND" if where.conditions else "WHERE"} e.target_key IS NOT NULL
            AND NOT coalesce(e.negated, false) AND {_OWN}
        GROUP BY 1, 2 ORDER BY n DESC, k""",
        params,
    )
    copied = _grouped(
        store,
        f"""
        SELECT {_OUTLET} AS outlet, {COPIED_FROM} AS k, count(*) AS n
        FROM documents d JOIN story_members m USING (doc_id) {COPY_JOINS}
        {where.sql()} {"AND" if where.conditions else "WHERE"} {IS_COPY}
        GROUP BY 1, 2 ORDER BY n DESC, k""",
        params,
    )
    examples = _examples(store, where)
    return [
        {**_profile(row, types, speakers, stance, examples), "copied_from": _copied(row, copied)}
        for row in base
    ]


def _copied(row: dict[str, Any], copied: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
    """Whose copies an outlet printed (agency or outlet → documents), left out of its voice."""
    return {str(c["k"]): int(c["n"]) for c in copied.get(row["outlet"], [])}


def _grouped(store: Store, sql: str, params: list[Any]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rows(store, sql, params):
        out.setdefault(row.pop("outlet"), []).append(row)
    return out


def _examples(store: Store, where: Where) -> dict[str, list[dict[str, Any]]]:
    loaded = Where()
    loaded.conditions = [*where.conditions, "m.loaded > 0", _OWN]
    loaded.params = list(where.params)
    out: dict[str, list[dict[str, Any]]] = {}
    sql = f"""SELECT {_OUTLET} AS outlet, d.doc_id, m.loaded_examples
              FROM documents d JOIN story_members m USING (doc_id) {COPY_JOINS}{loaded.sql()}
              ORDER BY d.seq"""
    for row in rows(store, sql, loaded.params):
        kept = out.setdefault(row["outlet"], [])
        for example in json.loads(row["loaded_examples"] or "[]"):
            if len(kept) < MAX_EXAMPLES:
                kept.append({"doc_id": row["doc_id"], **example})
    return out


def _profile(
    row: dict[str, Any],
    types: dict[str, list[dict[str, Any]]],
    speakers: dict[str, list[dict[str, Any]]],
    stance: dict[str, list[dict[str, Any]]],
    examples: dict[str, list[dict[str, Any]]],
) -> dict[str, Any]:
    outlet = row["outlet"]
    words = row.pop("words")
    positive, negative, loaded = row.pop("positive"), row.pop("negative"), row.pop("loaded")
    kinds = Counter({t["k"]: int(t["n"]) for t in types.get(outlet, [])})
    quoted = speakers.get(outlet, [])
    toward = [
        {
            "actor": s["name"] or s["k"],
            "key": s["k"],
            "country": s["country"],
            "events": int(s["n"]),
            "goldstein": s["goldstein"],
        }
        for s in stance.get(outlet, [])
    ]
    negative_first = sorted(
        (s for s in toward if s["goldstein"] is not None),
        key=lambda s: (s["goldstein"], -s["events"], s["key"]),
    )
    return {
        **row,
        "events": sum(kinds.values()),
        "event_types": dict(kinds),
        "quotes": sum(int(s["n"]) for s in quoted),
        "quoted": [
            {"speaker": s["name"] or s["k"], "key": s["k"], "quotes": int(s["n"])}
            for s in quoted[:TOP_SPEAKERS]
        ],
        "top_quoted": ", ".join(f"{s['name'] or s['k']} ({s['n']})" for s in quoted[:3]),
        "words": words,
        "tone": round(100.0 * (positive - negative) / words, 2) if words else None,
        "positive_pct": round(100.0 * positive / words, 2) if words else None,
        "negative_pct": round(100.0 * negative / words, 2) if words else None,
        "loaded": loaded,
        "loaded_per_1k": round(1000.0 * loaded / words, 2) if words else None,
        "loaded_examples": examples.get(outlet, []),
        "stance": toward,
        "most_negative": ", ".join(
            f"{s['actor']} ({s['goldstein']:+g}, {s['events']})" for s in negative_first[:2]
        ),
    }
