"""(source country, target country) pairs of extracted events, shared by the event tests."""

from __future__ import annotations

from tacitus.records import Event


def country_pairs(events: list[Event], event_type: str) -> set[tuple[str | None, str | None]]:
    """(source country, target country) of every record of one type."""
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
        if e.event_type == event_type
    }
