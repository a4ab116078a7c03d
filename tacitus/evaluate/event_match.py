"""Matching Tacitus' event records against gold events of one sentence (re3d event gold).

A gold event is ``{type, trigger: {start, end}, source, target, factual, reciprocal}``; a
side is null or ``{start, end, name, country, sector}`` with character offsets into the
document's text. The rules, used by ``tacitus eval re3d_events`` and documented in
BENCHMARKS.md:

- A **gold side matches our side** when both are null; when the gold side is null and ours is
  unresolved (no actor id, country or sector: we claim no actor); or when both are given and
  either (a) our actor's text occurs (as whole words) within the sentence overlapping the gold
  span, or (b) both name the same state in the same role: the same ISO 3166 country (not a
  non-state code such as IGO, NGO or IMG) and the same sector group (the state's own sectors
  none, GOV, MIL, COP, SPY, JUD, LEG form one group; any other sector is its own group), or
  (c) our actor's name equals the gold name (case and a leading "the" ignored).
- A **record matches a gold event's pair** when source matches source and target matches
  target, or, when either is reciprocal, source matches target and target matches source.
  It **matches the event** when the pair matches and the types are equal (Tacitus' own type,
  not the strict PLOVER mapping: the gold codes an intended act with its own type and
  ``factual: false``, as Tacitus does).
- Records and gold events are paired one to one (a maximum matching per sentence, records
  whose trigger overlaps the gold trigger tried first), so a record counts once and a gold
  event is found once.
- A record is **factual** when its modality is ``asserted`` and it is not negated.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..records import Actor, Event

STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
NON_STATE_CODES = frozenset({"IGO", "NGO", "IMG", "UNO", "EUR", "MNC", "ISM"})

Span = tuple[int, int]
Side = dict[str, Any] | None
GoldEvent = dict[str, Any]


def resolved(actor: Actor | None) -> bool:
    """Whether a side names an actor (an id, a country or a sector), not only words."""
    return actor is not None and bool(actor.actor_id or actor.country or actor.sector)


def factual(event: Event) -> bool:
    return event.modality == "asserted" and not event.negated


def _name(name: str | None) -> str:
    folded = " ".join((name or "").casefold().split())
    return folded[4:] if folded.startswith("the ") else folded


def _group(sector: str | None) -> str:
    return "state" if sector is None or sector in STATE_SECTORS else sector


def text_overlaps(actor: Actor, gold: dict[str, Any], text: str, sentence: Span) -> bool:
    """Whether the actor's words occur in the sentence overlapping the gold span."""
    words = actor.text.strip()
    if not words:
        return False
    pattern = re.compile(rf"(?<!\w){re.escape(words)}(?!\w)")
    for found in pattern.finditer(text, sentence[0], sentence[1]):
        if found.start() < gold["end"] and gold["start"] < found.end():
            return True
    return False


def same_actor(actor: Actor, gold: dict[str, Any]) -> bool:
    """Same state in the same role, or the same name."""
    country = gold.get("country")
    state = bool(country) and country not in NON_STATE_CODES and actor.country == country
    if state and _group(actor.sector) == _group(gold.get("sector")):
        return True
    return bool(actor.name) and _name(actor.name) == _name(gold.get("name"))


def side_matches(gold: Side, actor: Actor | None, text: str, sentence: Span) -> bool:
    if gold is None:
        return not resolved(actor)
    if actor is None:
        return False
    return text_overlaps(actor, gold, text, sentence) or same_actor(actor, gold)


def pair_matches(gold: GoldEvent, event: Event, text: str, sentence: Span) -> bool:
    def sides(source: Side, target: Side) -> bool:
        return side_matches(source, event.source, text, sentence) and side_matches(
            target, event.target, text, sentence
        )

    if sides(gold["source"], gold["target"]):
        return True
    return bool(gold.get("reciprocal") or event.reciprocal) and sides(
        gold["target"], gold["source"]
    )


def event_matches(gold: GoldEvent, event: Event, text: str, sentence: Span) -> bool:
    return gold["type"] == event.event_type and pair_matches(gold, event, text, sentence)


def trigger_overlaps(gold: GoldEvent, event: Event) -> bool:
    start, end = int(gold["trigger"]["start"]), int(gold["trigger"]["end"])
    return event.trigger.start < end and start < event.trigger.end


def match(
    golds: list[GoldEvent],
    events: list[Event],
    fits: Callable[[GoldEvent, Event], bool],
    start: dict[int, int] | None = None,
) -> dict[int, int]:
    """A maximum one-to-one matching {record index: gold index} over the pairs that ``fits``
    accepts (augmenting paths; ``start`` is a matching to extend). Gold events whose trigger
    the record's overlaps are tried first."""
    edges = {
        i: sorted(
            (g for g, gold in enumerate(golds) if fits(gold, event)),
            key=lambda g: not trigger_overlaps(golds[g], event),
        )
        for i, event in enumerate(events)
    }
    owner = {g: i for i, g in (start or {}).items()}

    def augment(i: int, seen: set[int]) -> bool:
        for g in edges[i]:
            if g in seen:
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = i
                return True
        return False

    for i in edges:
        if i not in owner.values():
            augment(i, set())
    return {i: g for g, i in owner.items()}
