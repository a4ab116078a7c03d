"""A siege told again without its besieger takes the besieger named just before (issue 13).

A report names who besieges a place once and then tells of the siege again with no doer:
"Government forces have encircled the town since July. Some 40,000 civilians are besieged
inside it." The second COERCE record ("are besieged", "the besieged residents") names no
besieger. A COERCE record with no source whose trigger holds a word of siege ("besiege",
"siege", "encircle", "surround", "blockade", "cordon") takes the source of the nearest siege
record before it, in the same sentence or the one before (``WINDOW_SENTENCES``), whose
source is a named actor (a state's, an organisation's or a group's forces, resolved). The
reason names the record it follows; the confidence is 0.1 lower. A siege named nowhere
before keeps no source, and one whose target is that besieger is left alone.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..records import Event
from .implied import give_source

SIEGE_LEMMAS = frozenset({"besiege", "siege", "encircle", "surround", "blockade", "cordon"})
WINDOW_SENTENCES = 1


def _siege(doc: Doc, event: Event) -> bool:
    """Whether a record is a COERCE whose trigger holds a word of siege."""
    if event.event_type != "COERCE":
        return False
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    words = list(span) if span is not None else []
    return any(w.lemma_.lower() in SIEGE_LEMMAS or w.lower_ in SIEGE_LEMMAS for w in words)


def _doer_named(doc: Doc, event: Event) -> bool:
    """Whether the siege's passive names its doer, an actor or not ("residents were
    surrounded by smoke"): then no besieger is implied."""
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span is not None and any(c.dep_ == "agent" for w in span for c in w.children)


def implied_besiegers(doc: Doc, events: list[Event]) -> None:
    """Give a siege with no besieger the besiegers of the siege told just before (in
    place; a siege told with two besiegers gives a record for each)."""
    added: list[tuple[int, Event]] = []
    for k, event in enumerate(events):
        if event.source is not None or not _siege(doc, event) or _doer_named(doc, event):
            continue
        before = next(
            (
                e for e in reversed(events[:k])
                if e.source is not None and e.trigger.start < event.trigger.start
                and _siege(doc, e)
            ),
            None,
        )  # fmt: skip
        if before is None or event.sentence_id - before.sentence_id > WINDOW_SENTENCES:
            continue
        told = [
            e.source for e in events[:k]
            if e.trigger.start == before.trigger.start and e.event_type == before.event_type
            and e.source is not None and (e.source.country or e.source.actor_id or e.source.sector)
        ]  # fmt: skip
        sources = list({s.key: s for s in told}.values())
        sources = [s for s in sources if event.target is None or event.target.key != s.key]
        original = replace(event)
        for n, source in enumerate(sources):
            record = event if n == 0 else replace(original)
            why = (
                f"; source implied: the besieger named before ('{before.trigger.text}', "
                f"sentence {before.sentence_id + 1})"
            )
            give_source(record, source, why)
            if n:
                added.append((k, record))
    for k, record in reversed(added):
        events.insert(k + 1, record)
