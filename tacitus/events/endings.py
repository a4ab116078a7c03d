"""Ending something: the "end / stop / halt / suspend" family needs its object and its doer.

Ending one's own operation or offensive is RETREAT and ending aid or trade with someone is
SANCTION (the lexicon's object entries). Two readings of the same words are no such act:

- an effort to end a war or a conflict ("worked to end the civil war", "is trying to end the
  fighting", "helped end the war in Bosnia") tells of peacemaking, often by a third party,
  not of anyone laying down arms, and an effort to settle a dispute ("their work to resolve
  this disagreement") of no settlement yet (:func:`effort_to_end`, on the parse);
- a business ending its flights, exports or deliveries ("Qatar Airways ended its flights to
  Baghdad", "Lufthansa suspended flights to Tehran") is a commercial decision, not a state
  reducing relations (:func:`commercial_halt`, once the sides are known): its doer is an
  organisation that no dictionary lists and that has no sector (a state in its name is no
  state acting).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..actors.resolve_types import ActorHit
from .modality import governors
from .triggers import Predicate

END_VERBS = frozenset({"end", "stop", "halt", "cease", "finish", "terminate"})
# wars as wholes, which nobody ends by a retreat of their own
WAR_NOUNS = frozenset(
    {"war", "conflict", "fighting", "hostility", "violence", "bloodshed", "crisis", "strife",
     "insurgency", "killing"}
)  # fmt: skip
# efforts, not acts: "worked / tried / sought / helped to end", "efforts to end"
EFFORT_WORDS = frozenset(
    {"work", "try", "seek", "strive", "endeavour", "endeavor", "push", "help", "attempt",
     "effort", "bid", "contribute", "struggle", "labour", "labor", "aim", "initiative",
     "diplomacy", "mission", "campaign"}
)  # fmt: skip
SETTLE_VERBS = frozenset({"settle", "resolve"})
SETTLE_CAMEO = "037"  # a dispute settled
COMMERCE_CAMEO = "160"  # reduce relations: flights, trade, exports, deliveries, cooperation
PEOPLE_AND_PLACES = frozenset({"PERSON", "GPE", "NORP", "LOC", "FAC"})


def effort_to_end(pred: Predicate) -> str | None:
    """ "worked to end the civil war": an effort to end a war names no retreat, or None."""
    verb = pred.head.lemma_.lower()
    if pred.entry.cameo == SETTLE_CAMEO and verb in SETTLE_VERBS:
        what = "settle a dispute"  # "their work to resolve this disagreement"
    elif pred.entry.type == "RETREAT" and verb in END_VERBS:
        objects = [c for c in pred.head.children if c.dep_ in ("dobj", "nsubjpass")]
        if not any(o.lemma_.lower() in WAR_NOUNS for o in objects):
            return None  # "ended its offensive": one's own operation
        what = "end a war"
    else:
        return None
    clause = pred.clause
    heads = [h for h, _dep in governors(clause, limit=3)]
    if clause.dep_ == "acl":  # "their work to resolve", "efforts to end the fighting"
        heads.append(clause.head)
    to = next((c for c in clause.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is not None and to.i > 0:  # "for their work to resolve", however it is parsed
        heads.append(clause.doc[to.i - 1])
    for head in heads:
        if head.lemma_.lower() in EFFORT_WORDS:
            return f"an effort to {what} ('{head.text} ... {pred.head.text}'), no act yet"
    return None


def commercial_halt(pred: Predicate, sources: Sequence[ActorHit]) -> str | None:
    """ "Qatar Airways ended its flights": a business's decision, not a sanction, or None."""
    if pred.entry.type != "SANCTION" or pred.entry.cameo != COMMERCE_CAMEO:
        return None
    if sources and all(_unlisted_body(h) for h in sources):
        name = sources[0].actor.text
        return f"'{name}' is no state, body or sector: a commercial decision, not a sanction"
    subject = next((c for c in pred.clause.children if c.dep_ == "nsubj"), None)
    if not sources and subject is not None and _unknown_name(subject):
        return f"'{subject.text}' is no known actor: a commercial decision, not a sanction"
    return None


def _unknown_name(subject: Token) -> bool:
    """A subject named by a name that resolved to no actor ("Maersk halted deliveries")."""
    return subject.pos_ == "PROPN" and subject.ent_type_ not in PEOPLE_AND_PLACES


def _unlisted_body(hit: ActorHit) -> bool:
    actor = hit.actor
    return not (actor.sector or actor.actor_id)  # "Qatar Airways": a country by its name only
