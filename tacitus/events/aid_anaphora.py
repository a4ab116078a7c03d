"""Aid named again by a demonstrative takes its giver from before (issue 13).

A statement announces aid once with its giver and then tells what "this assistance" does:
"The United States will provide $100 million in new assistance to the Syrian opposition.
... This assistance will support local councils and first responders." The second AID
record names no giver: its subject is the aid itself. An AID record with no source whose
subject is an aid noun under a demonstrative ("this assistance", "these funds", "that
grant"), with no owner of its own ("U.S. assistance", "Japan's aid"), takes the source of the
nearest AID record before it, at most ``WINDOW_SENTENCES`` sentences back, whose act gives
that same noun ("provide $100 million in new assistance", "pledged aid"). The reason names
the record it follows; the confidence is 0.1 lower. "The assistance" (no demonstrative) and
aid of a giver named nowhere before keep no source.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Event
from .implied import give_source

AID_NOUNS = frozenset(
    {"assistance", "aid", "funding", "fund", "grant", "package", "contribution", "donation"}
)
DEMONSTRATIVES = frozenset({"this", "these", "that", "those"})
WINDOW_SENTENCES = 3


def _words(doc: Doc, event: Event) -> list[Token]:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _named_again(doc: Doc, event: Event) -> Token | None:
    """The aid noun under a demonstrative that is the subject of a record's verb ("this
    assistance will support ..."), with no owner of its own; else None."""
    words = _words(doc, event)
    if not words or words[0].pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in words[0].children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lemma_.lower() not in AID_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in subject.children):
        return None
    if any(c.dep_ in ("poss", "compound") or c.pos_ == "PROPN" for c in subject.children):
        return None  # "this U.S. assistance", "this Japanese grant": its own giver
    return subject


def _gives(doc: Doc, event: Event, lemma: str) -> bool:
    """Whether a record's act gives the aid noun ``lemma`` ("provide $100 million in new
    assistance", "pledged aid to ...": the noun hangs on the trigger's verb)."""
    words = _words(doc, event)
    if not words:
        return False
    verb = words[0]
    return any(t.lemma_.lower() == lemma and (t in words or verb in t.ancestors) for t in verb.sent)


def implied_givers(doc: Doc, events: list[Event]) -> None:
    """Give aid named again by a demonstrative the giver named before (in place)."""
    for k, event in enumerate(events):
        if event.event_type != "AID" or event.source is not None:
            continue
        noun = _named_again(doc, event)
        if noun is None:
            continue
        lemma = noun.lemma_.lower()
        before = next(
            (
                e for e in reversed(events[:k])
                if e.event_type == "AID" and e.source is not None
                and e.sentence_id < event.sentence_id
            ),
            None,
        )  # fmt: skip
        if before is None or event.sentence_id - before.sentence_id > WINDOW_SENTENCES:
            continue
        if before.source is None or not (before.source.country or before.source.actor_id):
            continue
        if not _gives(doc, before, lemma):
            continue
        if event.target is not None and event.target.key == before.source.key:
            continue
        why = (
            f"; source implied: the giver of '{noun.text}' named before "
            f"('{before.trigger.text}', sentence {before.sentence_id + 1})"
        )
        give_source(event, before.source, why)
