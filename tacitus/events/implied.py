"""A source a record does not tell, taken from another: the giver of aid named before
(aid_anaphora.py), the group that claims an attack (claims.py), the doer of a strike report
(strike_reports.py), the besieger named before (sieges.py)."""

from __future__ import annotations

from dataclasses import replace

from ..records import Actor, Event, stable_id


def give_source(event: Event, actor: Actor, why: str) -> None:
    """Give a doerless record its source: a copy of ``actor``, the record's id made anew from
    its sides, its confidence 0.1 lower (implied, not told) and ``why`` added to its reason."""
    event.source = replace(actor)
    event.event_id = stable_id(
        event.doc_id, event.sentence_id, event.trigger.start, event.event_type,
        event.source.key, event.target.key if event.target else "-",
    )  # fmt: skip
    event.confidence = round(max(0.1, event.confidence - 0.1), 2)
    event.reason += why
