"""Types shared by the actor resolver and the people resolver."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Actor


@dataclass(slots=True)
class ActorHit:
    """An actor anchored on one token (the head noun of its mention)."""

    anchor: int
    start: int  # token span of the mention text
    end: int
    actor: Actor
    locative: bool = False  # a place in a locative phrase ("in Syria"): a weak actor
    named: bool = True  # resolved from a name (not from an agent word alone)
    # the mention names a thing of the actor's, not the actor: "Moscow's objectives",
    # "Syrian Government websites", "this Russian activity" (a name on a common noun that is
    # no agent); the owner, not an agent, for the event coder
    thing: bool = False
    # a state's own name in the compound of a thing ("the Russia investigation", "the Iran
    # deal", "the China tariffs"): what the thing is about, not whose it is nor who does it
    # (an act noun's source); the event coder leaves it out of the sides (events/agency.py)
    topic: bool = False
    metonym: str | None = None  # the capital or seat of power it was named by ("Tripoli")
    # an organisation's name on its people ("Montenegro Municipality Association officials"):
    # the actor is named by the organisation, never a person's name
    organisation: bool = False
    # a state's body named in full ("the Nigeria Labour Congress", actors/national_bodies.py):
    # its sector is the name's, no kind of institution the head word may also name
    body: bool = False


HitMap = dict[int, list[ActorHit]]
