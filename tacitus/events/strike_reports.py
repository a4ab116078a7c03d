"""Strike reports with an implied doer (issue 13).

A military press release names its doer once and lists the strikes after it: "Coalition
military forces conducted 26 strikes against ISIL ... Near Mosul, seven strikes engaged four
ISIL tactical units; ...". The later strikes ("seven strikes engaged", "one strike destroyed")
name no doer of their own. An ASSAULT whose act is a strike noun with no actor of its own
("strikes", "airstrikes", "air strikes"), and with no source, takes the source of the nearest
strike report before it in the same document: an ASSAULT whose trigger holds a strike noun
and whose source is a state's forces or an organisation's ("conducted 26 strikes", "the
coalition's airstrikes"), at most ``WINDOW_SENTENCES`` sentences back, with no strike report
by another doer in between. The reason names the report it follows.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..records import Actor, Event
from .implied import give_source

# nouns naming a strike from the air or by artillery, as a press release counts them
STRIKE_NOUNS = frozenset({"strike", "airstrike", "air-strike"})
WINDOW_SENTENCES = 12
# doers whose strike reports are listed this way: armed forces of a state or organisation
REPORTING_SECTORS = frozenset({"MIL", None})


def _strike_noun(token: Token) -> bool:
    return token.pos_ in ("NOUN", "PROPN", "VERB") and (
        token.lemma_.lower() in STRIKE_NOUNS or token.lower_.rstrip("s") in STRIKE_NOUNS
    )


def _tokens(doc: Doc, event: Event) -> list[Token]:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return list(span) if span is not None else []


def _unowned_strikes(doc: Doc, event: Event) -> Token | None:
    """The strike noun that is the act of a record with no source: its trigger ("strikes"),
    or its verb's subject ("seven strikes engaged", "one strike destroyed"), with no
    modifier, possessive or phrase naming a doer ("U.S. strikes", "strikes by X")."""
    words = _tokens(doc, event)
    if not words:
        return None
    head = words[0]
    if head.pos_ in ("VERB", "AUX") and not _strike_noun(head):
        verb = head
        if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
            verb = verb.head  # "engaged two units and destroyed a building"
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        head = next((c for c in subjects if _strike_noun(c)), head)  # not a fronted place
    if not _strike_noun(head) or head.pos_ == "VERB":
        return None
    if any(c.dep_ in ("poss", "compound", "amod") and c.pos_ == "PROPN" for c in head.children):
        return None
    if any(c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from") for c in head.children):
        return None
    return head


def _reporter(doc: Doc, event: Event) -> Actor | None:
    """The doer of a strike report: an ASSAULT with a source, whose trigger holds a strike
    noun ("conducted 26 strikes", "airstrikes")."""
    if event.event_type != "ASSAULT" or event.source is None:
        return None
    source = event.source
    if not (source.country or source.actor_id) or source.sector not in REPORTING_SECTORS:
        return None
    if not any(_strike_noun(t) for t in _tokens(doc, event)):
        return None
    return source


def implied_strikers(doc: Doc, events: list[Event]) -> None:
    """Give a strike with no doer the doer of the strike report before it (in place)."""
    last: tuple[Event, Actor] | None = None
    for event in events:
        reporter = _reporter(doc, event)
        if reporter is not None:
            last = (event, reporter)
            continue
        if last is None or event.event_type != "ASSAULT" or event.source is not None:
            continue
        if event.sentence_id - last[0].sentence_id > WINDOW_SENTENCES:
            continue
        if _unowned_strikes(doc, event) is None:
            continue
        report, actor = last
        if event.target is not None and event.target.key == actor.key:
            continue
        why = (
            f"; source implied: the doer of the strike report before ('{report.trigger.text}', "
            f"sentence {report.sentence_id + 1})"
        )
        give_source(event, actor, why)
