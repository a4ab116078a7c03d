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
``copied_from``). Boilerplate (:mod:`tacitus.boilerplate`: editor's notes, footers, credits,
and sentences an outlet repeats across its own documents) is left out of its tone, loaded
language, stance, events and quotes, and counted in ``boilerplate``.

Filters: ``outlet``, ``since``/``until`` (publication dates of the documents counted).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import TYPE_CHECKING, Any

from .. import boilerplate as bp
from ..store import Filters
from ..store.queries import document_conditions
from ..store.where import Where
from .queries import COPIED_FROM, COPY_JOINS, IS_COPY, rows
from .tone import measure

if TYPE_CHECKING:
    from ..store import Store

TOP_SPEAKERS = 5
STANCE_ACTORS = 50  # the actors an outlet reports on most listed in its stance (issue 17)
MAX_EXAMPLES = 5
PROFILE_COLUMNS = (
    "outlet",
    "documents",
    "duplicates",
    "copies",
    "boilerplate_sentences",
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
MAX_BOILERPLATE_EXAMPLES = 3
# the boilerplate sentences of the outlets' own documents (a pattern, or repeated in at least
# MIN_DOCUMENTS of one outlet's own documents, whatever the filters: a property of the outlet)
_BOILERPLATE = f"""
    WITH own AS (
        SELECT {_OUTLET} AS outlet, d.doc_id, coalesce(m.duplicate_of, d.doc_id) AS original
        FROM documents d JOIN story_members m USING (doc_id) {COPY_JOINS} WHERE {_OWN}),
    keyed AS (
        SELECT own.outlet, own.doc_id, own.original, s.sentence_id, s.start_char, s.end_char,
               s.text, s.key_hash AS key, coalesce(s.boilerplate, false) AS pattern
        FROM sentences s JOIN own USING (doc_id)),
    repeated AS (
        SELECT outlet, key FROM keyed WHERE key IS NOT NULL
        GROUP BY 1, 2 HAVING count(DISTINCT original) >= {bp.MIN_DOCUMENTS})
    SELECT k.outlet, k.doc_id, k.sentence_id, k.start_char, k.end_char, k.text, k.key,
           k.pattern
    FROM keyed k LEFT JOIN repeated r USING (outlet, key) JOIN documents d USING (doc_id)
    WHERE (k.pattern OR r.key IS NOT NULL)"""
_NOTHING_LEFT_OUT: dict[str, Any] = {
    "sentences": 0, "documents": 0, "words": 0, "positive": 0, "negative": 0, "loaded": 0,
    "pattern": 0, "repeated": 0, "events": 0, "quotes": 0, "examples": [],
}  # fmt: skip
# events and quotes outside those sentences
_NOT_IN_SENTENCE = """LEFT JOIN (SELECT unnest(?::VARCHAR[]) AS bk) b
    ON b.bk = e.doc_id || '#' || e.sentence_id"""
_NOT_IN_SPAN = """LEFT JOIN (SELECT unnest(?::VARCHAR[]) AS bd, unnest(?::INTEGER[]) AS bs,
                             unnest(?::INTEGER[]) AS be) b
    ON b.bd = q.doc_id AND q.start_char >= b.bs AND q.start_char < b.be"""


def _documents_where(f: Filters) -> Where:
    where = Where()
    document_conditions(where, f, "d")
    return where


def _and(where: Where, condition: str) -> Where:
    out = Where()
    out.conditions = [*where.conditions, condition]
    out.params = list(where.params)
    return out


def _boilerplate(store: Store, where: Where) -> list[dict[str, Any]]:
    """The boilerplate sentences of the own documents the filters keep."""
    sql = _BOILERPLATE + "".join(f" AND {c}" for c in where.conditions) + " ORDER BY d.seq, 3"
    return rows(store, sql, where.params)


def _left_out(found: list[dict[str, Any]], events: dict[str, int],
              quotes: dict[str, int]) -> dict[str, dict[str, Any]]:  # fmt: skip
    """Per outlet: what its boilerplate held (sentences, documents, words and the tone
    counts subtracted, events and quotes, the most repeated sentences)."""
    out: dict[str, dict[str, Any]] = {}
    seen: dict[str, Counter[int | str]] = {}
    texts: dict[int | str, str] = {}
    for row in found:
        counts = measure(row["text"])
        left = out.setdefault(row["outlet"], {"sentences": 0, "documents": set(), "words": 0,
                                              "positive": 0, "negative": 0, "loaded": 0,
                                              "pattern": 0, "repeated": 0})  # fmt: skip
        left["sentences"] += 1
        left["documents"].add(row["doc_id"])
        left["pattern" if row["pattern"] else "repeated"] += 1
        for name in ("words", "positive", "negative", "loaded"):
            left[name] += getattr(counts, name)
        key = row["key"] if row["key"] is not None else bp.key(row["text"])  # a short one
        seen.setdefault(row["outlet"], Counter())[key] += 1
        texts.setdefault(key, " ".join(row["text"].split()))
    for outlet, left in out.items():
        left["documents"] = len(left["documents"])
        left["events"] = events.get(outlet, 0)
        left["quotes"] = quotes.get(outlet, 0)
        left["examples"] = [{"text": texts[k], "sentences": n}
                            for k, n in seen[outlet].most_common(MAX_BOILERPLATE_EXAMPLES)]  # fmt: skip
    return out


def outlet_profiles(store: Store, filters: Filters | None = None) -> list[dict[str, Any]]:
    """One profile per outlet, most documents first (JSON-able dicts)."""
    f = filters or Filters()
    where = _documents_where(f)
    params = where.params
    found = _boilerplate(store, where)
    keys = [f"{r['doc_id']}#{r['sentence_id']}" for r in found]
    spans = [[r["doc_id"] for r in found], [r["start_char"] for r in found],
             [r["end_char"] for r in found]]  # fmt: skip
    kept_events = _and(where, "b.bk IS NULL")
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
    types, left_events = _split(_grouped(
        store,
        f"""
        SELECT {_OUTLET} AS outlet, e.event_type AS k, count(*) FILTER (b.bk IS NULL) AS n,
               count(b.bk) AS left_out
        FROM events e JOIN documents d USING (doc_id) {_NOT_IN_SENTENCE}{where.sql()}
        GROUP BY 1, 2 ORDER BY n DESC, k""",
        [keys, *params],
    ))  # fmt: skip
    # each outlet's most quoted speakers, with its quotes in all (every speaker of a big
    # store's outlets came to Python before, where five are shown)
    speakers, left_quotes = _split(_grouped(
        store,
        f"""
        SELECT outlet, k, name, n, sum(left_out) OVER o AS left_out,
               sum(n) OVER o AS outlet_quotes FROM (
            SELECT {_OUTLET} AS outlet, coalesce(q.speaker_key, lower(q.speaker_text)) AS k,
                   any_value(coalesce(q.speaker_name, q.speaker_text)) AS name,
                   count(*) FILTER (b.bd IS NULL) AS n, count(b.bd) AS left_out
            FROM quotes q JOIN documents d USING (doc_id) {_NOT_IN_SPAN}{where.sql()}
            GROUP BY 1, 2)
        WINDOW o AS (PARTITION BY outlet)
        QUALIFY row_number() OVER (PARTITION BY outlet ORDER BY n DESC, k) <= {TOP_SPEAKERS}
        ORDER BY n DESC, k""",
        [*spans, *params],
    ), first_only=True)  # fmt: skip
    # the actors each outlet reports on most, and its two most negative (the stance of an
    # outlet of a big store reached hundreds of thousands of rows in all)
    stance = _grouped(
        store,
        f"""
        WITH g AS (
            SELECT {_OUTLET} AS outlet, e.target_key AS k, any_value(e.target_name) AS name,
                   any_value(e.target_country) AS country, count(*) AS n,
                   round(avg(e.goldstein), 2) AS goldstein
            FROM events e JOIN documents d USING (doc_id)
            LEFT JOIN story_members m ON m.doc_id = d.doc_id {COPY_JOINS} {_NOT_IN_SENTENCE}
            {kept_events.sql()} AND e.target_key IS NOT NULL
                AND NOT coalesce(e.negated, false) AND {_OWN}
            GROUP BY 1, 2)
        SELECT *, count(*) OVER (PARTITION BY outlet) AS actors,
               row_number() OVER (PARTITION BY outlet ORDER BY n DESC, k) AS by_events,
               row_number() OVER (PARTITION BY outlet ORDER BY goldstein IS NULL, goldstein,
                                  n DESC, k) AS by_negative
        FROM g QUALIFY by_events <= ? OR by_negative <= 2 ORDER BY n DESC, k""",
        [keys, *params, STANCE_ACTORS],
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
    examples = _examples(store, where, found)
    left = _left_out(found, left_events, left_quotes)
    return [
        {
            **_profile(_without(row, left.get(row["outlet"])), types, speakers, stance, examples),
            "copied_from": _copied(row, copied),
        }
        for row in base
    ]


def _split(
    grouped: dict[str, list[dict[str, Any]]], first_only: bool = False
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, int]]:
    """Counts by outlet (``n``: kept; ``left_out``: in boilerplate, or with ``first_only``
    the outlet's whole count on each row) → the rows kept, and the number left out per
    outlet."""
    kept = {o: [r for r in found if r["n"]] for o, found in grouped.items()}
    left = {
        o: int(found[0]["left_out"]) if first_only else sum(int(r["left_out"]) for r in found)
        for o, found in grouped.items()
    }
    for found in grouped.values():
        for r in found:
            r.pop("left_out")
    return kept, left


def _without(row: dict[str, Any], left: dict[str, Any] | None) -> dict[str, Any]:
    """An outlet's counts less its boilerplate's (``boilerplate``: what was left out)."""
    left = dict(left or _NOTHING_LEFT_OUT)
    out = dict(row)
    for name in ("words", "positive", "negative", "loaded"):
        out[name] = max(int(row[name]) - int(left[name]), 0)
    for name in ("positive", "negative", "loaded"):
        left.pop(name)
    out["boilerplate_sentences"] = left["sentences"]
    out["boilerplate"] = left
    return out


def _copied(row: dict[str, Any], copied: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
    """Whose copies an outlet printed (agency or outlet → documents), left out of its voice."""
    return {str(c["k"]): int(c["n"]) for c in copied.get(row["outlet"], [])}


def _grouped(store: Store, sql: str, params: list[Any]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = {}
    for row in rows(store, sql, params):
        out.setdefault(row.pop("outlet"), []).append(row)
    return out


def _examples(store: Store, where: Where,
              found: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:  # fmt: skip
    """Per outlet, the first :data:`MAX_EXAMPLES` loaded-language examples of its own
    reporting: none from its boilerplate (``found``), as in its counts."""
    spans: dict[str, list[tuple[int, int, str]]] = {}
    for row in found:
        spans.setdefault(row["doc_id"], []).append(
            (row["start_char"], row["end_char"], row["text"])
        )
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
            if len(kept) < MAX_EXAMPLES and not _in_boilerplate(example, spans.get(row["doc_id"])):
                kept.append({"doc_id": row["doc_id"], **example})
    return out


def _in_boilerplate(example: dict[str, Any], spans: list[tuple[int, int, str]] | None) -> bool:
    """Whether a loaded-language example lies in one of its document's boilerplate sentences
    (by its offset; an example stored before offsets were kept: by its words, which leaves out
    a body's example whose words a boilerplate sentence repeats too)."""
    if not spans:
        return False
    start = example.get("start")
    if start is None:
        return any(example.get("text", "") in text for _, _, text in spans)
    return any(begin <= int(start) < end for begin, end, _ in spans)


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
    ranked = stance.get(outlet, [])
    listed = [t for s, t in zip(ranked, toward, strict=True) if s["by_events"] <= STANCE_ACTORS]
    negative_first = sorted(
        (s for s in toward if s["goldstein"] is not None),
        key=lambda s: (s["goldstein"], -s["events"], s["key"]),
    )
    return {
        **row,
        "events": sum(kinds.values()),
        "event_types": dict(kinds),
        "quotes": int(quoted[0]["outlet_quotes"]) if quoted else 0,
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
        "stance": listed,
        "stance_actors": int(ranked[0]["actors"]) if ranked else 0,
        "most_negative": ", ".join(
            f"{s['actor']} ({s['goldstein']:+g}, {s['events']})" for s in negative_first[:2]
        ),
    }
