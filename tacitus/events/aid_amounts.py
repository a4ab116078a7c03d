"""An amount given "in" aid to someone is one act (issue 13).

"Japan will provide $20 million in new assistance to the Afghan government": the parser
often hangs the "to" phrase on the aid noun, so the giving verb's record names the giver
with no recipient ("provide $20 million": Japan → -) and the aid noun's record the
recipient with no giver ("assistance": - → Afghanistan). They tell one act: the verb's AID
record with no target, whose object (or the verb itself) holds an "in" phrase whose noun is
the trigger of an AID record with no source, takes that record's target, and the noun's
record is dropped. The reason says "recipient: the 'to' phrase of the aid noun '...'".
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from ..records import Event, stable_id


def _head(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _aid_in_phrase(verb: Token) -> list[int]:
    """Token indices of the nouns of the "in" phrases on a giving verb or its object
    ("provide $20 million in new assistance", "pledged 50 million euros in aid")."""
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    return [
        pobj.i
        for holder in holders
        for prep in holder.children if prep.dep_ == "prep" and prep.lower_ == "in"
        for pobj in prep.children if pobj.dep_ == "pobj"
    ]  # fmt: skip


def amounts_in_aid(doc: Doc, events: list[Event]) -> list[tuple[Event, Event]]:
    """Tell each amount given in aid once (in place; see the module): the (dropped noun
    record, giving verb's record) pairs."""
    nouns: dict[int, Event] = {}
    for event in events:
        if event.event_type != "AID" or event.source is not None or event.target is None:
            continue
        head = _head(doc, event)
        if head is not None and head.pos_ == "NOUN":
            nouns[head.i] = event
    if not nouns:
        return []
    dropped: dict[int, tuple[Event, Event]] = {}
    for event in events:
        if event.event_type != "AID" or event.source is None or event.target is not None:
            continue
        verb = _head(doc, event)
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        noun = next((nouns[i] for i in _aid_in_phrase(verb) if i in nouns), None)
        if noun is None or noun.target is None or noun.target.key == event.source.key:
            continue
        event.target = replace(noun.target)
        event.event_id = stable_id(
            event.doc_id, event.sentence_id, event.trigger.start, event.event_type,
            event.source.key, event.target.key,
        )  # fmt: skip
        event.reason += f"; recipient: the 'to' phrase of the aid noun '{noun.trigger.text}'"
        dropped[id(noun)] = (noun, event)
    events[:] = [e for e in events if id(e) not in dropped]
    return list(dropped.values())
