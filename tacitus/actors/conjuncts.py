"""A nationality shared by coordinated agent words (issue 13).

"Rwandan soldiers and militiamen", "Serbian police and paramilitaries", "Israeli soldiers and
settlers": a demonym or a state's name before the first of two coordinated agent words
modifies both, so a bare second conjunct (no determiner, number or modifier of its own) with
no country takes the first's. Only for conjuncts on one side: a state's armed and civil organs
together (``STATE_SIDE``) or its people together (``PEOPLE_SIDE``); never across sides ("US
troops and insurgents clashed", "Iraqi police and gunmen exchanged fire": the second are the
first's enemy), never when the first is a thing ("Syrian towns and rebels") or a place.

The opposition named beside a state's government is that state's ("the Kenyan government and
the opposition signed an accord", "the opposition and the Zambian government"): an opposition
is one to a government, so an opposition of no country coordinated with a state or its
government takes that state's country (not rebels: "the Kenyan government and rebels" may
face rebels from abroad).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .resolve_types import ActorHit, HitMap

# a state's organs, armed or civil, and the militias that fight beside them
STATE_SIDE = frozenset({"MIL", "COP", "GOV", "SPY", "JUD", "PRM", "LEG"})
# its people of every trade and none
PEOPLE_SIDE = frozenset({"CVL", "LAB", "EDU", "AGR", "OPP", "REL", "MED", "BUS", "JRN", "PTY"})
SIDES = (STATE_SIDE, PEOPLE_SIDE)
NATIONAL_LABELS = frozenset({"NORP", "GPE"})
MODIFIERS = frozenset({"amod", "compound", "nmod", "poss"})


def shared_nationality(doc: Doc, hits: HitMap, foreign: frozenset[str]) -> None:
    """Give a bare conjunct with no country its first conjunct's demonym or state (in place;
    see the module's docstring)."""
    for anchor_i, anchor_hits in hits.items():
        token = doc[anchor_i]
        if token.dep_ != "conj" or any(True for _ in token.lefts):
            continue  # "the militiamen", "armed militiamen": a phrase of its own
        first = _national_first(doc, token.head.i, hits, foreign)
        if first is None:
            continue
        for hit in anchor_hits:
            actor = hit.actor
            if actor.country or actor.actor_id or hit.named or hit.locative or hit.thing:
                continue
            if not any(actor.sector in side and first.actor.sector in side for side in SIDES):
                continue
            modifier = doc[first.start : first.anchor].text
            actor.country = first.actor.country
            actor.reason += (
                f"; country {actor.country}: '{modifier}' modifies both of "
                f"'{doc[first.start : hit.end].text}'"
            )


def government_and_opposition(doc: Doc, hits: HitMap) -> None:
    """Give an opposition of no country coordinated with a state or its government that
    state's country (in place; see the module's docstring)."""
    for anchor_i in list(hits):
        token = doc[anchor_i]
        if token.dep_ != "conj":
            continue
        pair = (token.head.i, anchor_i)
        for state_at, other_at in (pair, pair[::-1]):
            state = next((h for h in hits.get(state_at, []) if _government(h)), None)
            if state is None:
                continue
            for hit in hits.get(other_at, []):
                actor = hit.actor
                if actor.country or actor.actor_id or hit.locative or actor.sector != "OPP":
                    continue
                actor.country = state.actor.country
                actor.reason += (
                    f"; country {actor.country}: the opposition beside "
                    f"'{doc[state.start : state.end].text}'"
                )


def _government(hit: ActorHit) -> bool:
    """A state named as a whole, or its government ("Uganda", "the Kenyan government")."""
    actor = hit.actor
    if not actor.country or hit.locative or hit.thing or actor.sector not in (None, "GOV"):
        return False
    return (actor.actor_id or "country:")[:8] == "country:" and len(actor.country) == 3


def _national_first(doc: Doc, head: int, hits: HitMap, foreign: frozenset[str]) -> ActorHit | None:
    """The first conjunct's hit when a state's demonym or name before its word gives its
    country ("Rwandan soldiers"), else None."""
    for hit in hits.get(head, []):
        actor = hit.actor
        if not actor.country or not actor.sector or hit.thing or hit.locative:
            continue
        if (actor.actor_id or "country:")[:8] != "country:" or not _demonym_before(doc, hit):
            continue  # a national body or a person: its own name, no modifier to share
        if any(t.lower_ in foreign for t in doc[hit.start : hit.anchor + 1]):
            continue
        return hit
    return None


def _demonym_before(doc: Doc, hit: ActorHit) -> bool:
    """Whether a nationality or a state's name modifies the hit's word ("Rwandan soldiers",
    "US troops")."""
    anchor = doc[hit.anchor]
    return any(
        t.ent_type_ in NATIONAL_LABELS and t.head.i == anchor.i and t.dep_ in MODIFIERS
        for t in doc[hit.start : hit.anchor]
    )
