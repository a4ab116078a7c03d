"""One story, outlet by outlet: who reported which events and quotes, what only one outlet
reported, and where their claims conflict.

Conflicts are pairs of merged events on the same dyad (the two actors, in either order) that
cannot both be how it went: the same event type and direction, one negated and the other not
("negation"), or, neither negated, Goldstein scores of opposite sign ("opposite sign": one
account cooperative, the other conflictual), each side reported by an outlet the other side
lacks, and dated at most a week apart (else they are two events); different exact counts of one thing in accounts
of the same event ("numbers") and one statement (Jaccard of words >= 0.6, six words or more)
given to different speakers ("attribution"):
:mod:`tacitus.stories.claims`. Each conflict lists the outlets behind each side and those that
report only one side. Quotes are matched across outlets by speaker and wording
(word-set Jaccard ≥ 0.5, or one quote holding 80% of the other's words).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache
from itertools import combinations
from typing import TYPE_CHECKING, Any

from ..dates import iso_day
from .claims import attribution_conflicts, number_conflicts
from .merge import UNKNOWN_OUTLET
from .queries import mentions, merged_events, rows, story_documents, story_summary
from .text import words

if TYPE_CHECKING:
    from ..store import Store

QUOTE_JACCARD = 0.5
QUOTE_CONTAINED = 0.8
CONFLICT_DAYS = 7  # accounts of one event: dated at most this far apart
ATTRIBUTION_JACCARD = 0.6  # one statement given to two speakers: nearly the same words
ATTRIBUTION_WORDS = 6  # ... and long enough to be a statement of its own


def label(event: Mapping[str, Any]) -> str:
    """``Russia → COOPERATE → Iraq`` (↔ when reciprocal, "not" when negated)."""
    arrow = "↔" if event.get("reciprocal") else "→"
    kind = ("not " if event.get("negated") else "") + str(event["event_type"])
    if event.get("modality") and event["modality"] != "asserted":
        kind += f" ({event['modality']})"
    return f"{_name(event.get('source'))} {arrow} {kind} {arrow} {_name(event.get('target'))}"


def _name(actor: Mapping[str, Any] | None) -> str:
    if not actor:
        return "?"
    return str(actor.get("name") or actor.get("key") or "?")


def compare(store: Store, story_id: str) -> dict[str, Any]:
    """The comparison of one story's outlets (JSON-able)."""
    summary = story_summary(store, story_id)
    documents = story_documents(store, story_id)
    outlets = sorted({d["outlet"] or UNKNOWN_OUTLET for d in documents})
    events = merged_events(store, story_id=story_id)
    by_event = mentions(store, story_id)
    for event in events:
        event["label"] = label(event)
        event["mentions"] = by_event.get(event["merged_id"], [])
        event["by_outlet"] = _by_outlet(event["mentions"], "sentence")
    quotes = story_quotes(store, story_id)
    return {
        "story": summary,
        "outlets": [_outlet_summary(o, documents, events, quotes) for o in outlets],
        "documents": documents,
        "events": events,
        "quotes": quotes,
        "exclusive": _exclusive(outlets, events, quotes),
        "conflicts": [
            *conflicts(events),
            *number_conflicts(events, _key),
            *attribution_conflicts(quotes, _same_statement),
        ],
    }


def _by_outlet(items: Sequence[Mapping[str, Any]], field: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for item in items:
        texts = out.setdefault(item["outlet"] or UNKNOWN_OUTLET, [])
        if item[field] not in texts:
            texts.append(item[field])
    return out


def _outlet_summary(
    outlet: str,
    documents: Sequence[Mapping[str, Any]],
    events: Sequence[Mapping[str, Any]],
    quotes: Sequence[Mapping[str, Any]],
) -> dict[str, Any]:
    docs = [d for d in documents if (d["outlet"] or UNKNOWN_OUTLET) == outlet]
    return {
        "outlet": outlet,
        "documents": len(docs),
        "duplicates": sum(1 for d in docs if d["duplicate_of"]),
        "events": sum(1 for e in events if outlet in e["by_outlet"]),
        "quotes": sum(1 for q in quotes if outlet in q["by_outlet"]),
    }


def _exclusive(
    outlets: Sequence[str], events: Sequence[Mapping[str, Any]], quotes: Sequence[Mapping[str, Any]]
) -> dict[str, dict[str, list[str]]]:
    """What each outlet reported that no other did (empty when the story has one outlet)."""
    out: dict[str, dict[str, list[str]]] = {o: {"events": [], "quotes": []} for o in outlets}
    if len(outlets) < 2:
        return out
    for event in events:
        if len(event["by_outlet"]) == 1:
            out[next(iter(event["by_outlet"]))]["events"].append(event["label"])
    for quote in quotes:
        if len(quote["by_outlet"]) == 1:
            out[next(iter(quote["by_outlet"]))]["quotes"].append(quote["label"])
    return out


def conflicts(events: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Pairs of merged events on one dyad that contradict each other."""
    found = []
    for a, b in combinations(events, 2):
        outlets_a, outlets_b = set(a["by_outlet"]), set(b["by_outlet"])
        if not (outlets_a - outlets_b and outlets_b - outlets_a) or not _same_time(a, b):
            continue  # one outlet's own account, or two different events
        kind = _conflict_kind(a, b)
        if kind is None:
            continue
        found.append(
            {
                "kind": kind,
                "dyad": sorted([_name(a["source"]), _name(a["target"])]),
                "a": {
                    "merged_id": a["merged_id"],
                    "label": a["label"],
                    "outlets": sorted(outlets_a),
                    "sentence": a["sentence"],
                },
                "b": {
                    "merged_id": b["merged_id"],
                    "label": b["label"],
                    "outlets": sorted(outlets_b),
                    "sentence": b["sentence"],
                },
                "only_a": sorted(outlets_a - outlets_b),
                "only_b": sorted(outlets_b - outlets_a),
            }
        )
    return found


def _key(actor: Mapping[str, Any] | None) -> str:
    return str(actor["key"]) if actor else ""


def _same_time(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Not dated apart: an event of 1962 and a meeting of this week are two events."""
    day_a, day_b = a.get("date") or "", b.get("date") or ""
    first, second = iso_day(day_a), iso_day(day_b)
    if first is None or second is None:  # undated, or dated to a year or a month
        return not (day_a and day_b and day_a[:4] != day_b[:4])
    return abs((first - second).days) <= CONFLICT_DAYS


def _conflict_kind(a: Mapping[str, Any], b: Mapping[str, Any]) -> str | None:
    pair_a = {_key(a["source"]), _key(a["target"])}
    if pair_a != {_key(b["source"]), _key(b["target"])} or "" in pair_a:
        return None
    same_way = (_key(a["source"]), _key(a["target"])) == (_key(b["source"]), _key(b["target"]))
    if (
        a["event_type"] == b["event_type"]
        and a["negated"] != b["negated"]
        and (same_way or a["reciprocal"] or b["reciprocal"])
    ):
        return "negation"
    ga, gb = a["goldstein"] or 0.0, b["goldstein"] or 0.0
    if not a["negated"] and not b["negated"] and ga * gb < 0:
        return "opposite sign"
    return None


_QUOTES_SQL = """
    SELECT q.doc_id, q.quote_id, q.text, q.direct, q.speaker_key, q.speaker_name,
           q.speaker_text, q.speaker_country, coalesce(d.outlet, '(unknown)') AS outlet,
           m.duplicate_of
    FROM story_members m JOIN quotes q USING (doc_id) JOIN documents d USING (doc_id)
    WHERE m.story_id = ? ORDER BY d.seq, q.seq"""


def story_quotes(store: Store, story_id: str) -> list[dict[str, Any]]:
    """The story's quotes, the same statement in several outlets counted once."""
    merged: list[dict[str, Any]] = []
    for row in rows(store, _QUOTES_SQL, [story_id]):
        speaker = row["speaker_key"] or (row["speaker_text"] or "").lower() or None
        bag = set(words(row["text"]))
        match = next(
            (m for m in merged if m["speaker_key"] == speaker and _same_quote(m["_words"], bag)),
            None,
        )
        if match is None:
            who = row["speaker_name"] or row["speaker_text"] or "(unattributed)"
            match = {
                "quote_id": row["quote_id"],
                "speaker": who,
                "speaker_key": speaker,
                "text": row["text"],
                "label": f"{who}: {_clip(row['text'])}",
                "mentions": [],
                "_words": bag,
            }
            merged.append(match)
        match["mentions"].append(
            {k: row[k] for k in ("doc_id", "outlet", "text", "direct", "duplicate_of")}
        )
    for quote in merged:
        del quote["_words"]
        quote["by_outlet"] = _by_outlet(quote["mentions"], "text")
        quote["num_sources"] = len(quote["by_outlet"])
    return merged


@lru_cache(maxsize=4096)
def _word_set(text: str) -> frozenset[str]:
    return frozenset(words(text))


def _same_statement(a: str, b: str) -> bool:
    """Stricter than :func:`_same_quote`: a short quote inside a long one is no statement
    given to another speaker."""
    wa, wb = _word_set(a), _word_set(b)  # each quote is compared with many others
    if min(len(wa), len(wb)) < ATTRIBUTION_WORDS:
        return False
    return len(wa & wb) / len(wa | wb) >= ATTRIBUTION_JACCARD


def _same_quote(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    shared = len(a & b)
    return shared / len(a | b) >= QUOTE_JACCARD or shared / min(len(a), len(b)) >= QUOTE_CONTAINED


def _clip(text: str, width: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"
