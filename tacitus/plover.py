"""Strict PLOVER: Tacitus' event records as the PLOVER manual codes them.

Tacitus codes an intended action's own type with ``modality: intended``; strict PLOVER codes the
statement of intent (docs/events.md). :func:`strict_type` applies that mapping (what ``tacitus
eval`` scores against PLOVER gold), :func:`plover_record` writes a whole record in PLOVER's JSON
fields (what ``tacitus export --format plover`` writes).
"""

from __future__ import annotations

from typing import Any

from .records import Actor, Event
from .version import __version__

# PLOVER's grouping of its types into quad classes (the PLOVER manual)
PLOVER_QUAD = {
    **dict.fromkeys(("AGREE", "CONSULT", "SUPPORT", "CONCEDE"), 1),
    **dict.fromkeys(("COOPERATE", "AID", "RETREAT"), 2),
    **dict.fromkeys(("REQUEST", "ACCUSE", "REJECT", "THREATEN"), 3),
    **dict.fromkeys(("PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"), 4),
}


# verbal conflict: an announced demand, accusation or rejection is the act itself, not a
# threat of force, sanctions or arrests (PLOVER's THREATEN)
VERBAL_CONFLICT = frozenset({"REQUEST", "ACCUSE", "REJECT"})


def strict_type(event: Event) -> str:
    """Intended cooperation is AGREE, intended material conflict THREATEN, cooperation said
    not to happen ("will not accept", "refused to meet") REJECT; the rest unchanged (an
    announced demand, accusation or rejection keeps its type: "sent an envoy to demand")."""
    if event.negated and event.quad_class <= 2:
        return "REJECT"
    if event.modality == "intended" and event.event_type not in ("AGREE", "THREATEN"):
        if event.quad_class <= 2:
            return "AGREE"
        return event.event_type if event.event_type in VERBAL_CONFLICT else "THREATEN"
    return event.event_type


def _plover_actor(actor: Actor) -> dict[str, Any]:
    record = {
        "code": actor.country,
        "sector": actor.sector,
        "actor_text": actor.text,
        "identifier_id": actor.wikidata or actor.actor_id,
        "identifier_text": actor.name,
    }
    return {k: v for k, v in record.items() if v is not None}


def plover_record(event: Event) -> dict[str, Any] | None:
    """The event as a strict PLOVER JSON record (PLOVER manual, "JSON Data Fields").

    Intentions take the strict mapping (:func:`strict_type`, docs/events.md: intended
    cooperation → AGREE, intended material conflict → THREATEN; refused cooperation → REJECT); a
    hypothetical event, or one said not to have happened that strict PLOVER has no type for,
    is not an event there and gives None.
    """
    kind = strict_type(event)
    if event.modality == "hypothetical" or (event.negated and kind == event.event_type):
        return None
    actors = [a for a in (event.source, event.target) if a is not None]
    if event.reciprocal:  # PLOVER: all parties are sources, no recipient
        source, recipient = actors, []
    else:
        source = [event.source] if event.source else []
        recipient = [event.target] if event.target else []
    record: dict[str, Any] = {
        "id": event.event_id,
        "date": event.date or event.published,
        "source": [_plover_actor(a) for a in source],
        "recipient": [_plover_actor(a) for a in recipient],
        "event": [kind],
        "event_text": [event.trigger.text],
        "quad_code": PLOVER_QUAD[kind],
        "event_scale": event.goldstein,
        "mode": event.mode,
        "context": list(event.context),
        "text": event.sentence,
        "text_info": {"sequence": event.sentence_id},
        "cite_info": {"publication": event.outlet, "citation": event.doc_id},
        "coder": f"tacitus {__version__}",
        "comment": event.reason,
    }
    if event.location:
        record["event_loc"] = _plover_location(event.location)
    return record


def _plover_location(location: dict[str, Any]) -> dict[str, Any]:
    names = {
        "name": "name", "lat": "latitude", "lon": "longitude", "geonames_id": "geonameid",
        "country": "cc3", "admin1": "admin1 code",
    }  # fmt: skip
    return {names.get(k, k): v for k, v in location.items() if v is not None}
