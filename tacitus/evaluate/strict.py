"""DESIGN's intention mapping from Tacitus' coding to strict PLOVER."""

from __future__ import annotations

from ..records import Event


def strict_type(event: Event) -> str:
    """Intended cooperation is AGREE, intended conflict THREATEN, cooperation said not to
    happen ("will not accept", "refused to meet") REJECT; the rest unchanged."""
    if event.negated and event.quad_class <= 2:
        return "REJECT"
    if event.modality == "intended" and event.event_type not in ("AGREE", "THREATEN"):
        return "AGREE" if event.quad_class <= 2 else "THREATEN"
    return event.event_type
