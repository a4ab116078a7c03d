"""People of the place a document is about: "civilians", "women", "residents", "students"
with no country take the state where the document's places are, when they are mostly one
state's (a report on Aleppo's siege: Syria's civilians), as a careful coder does.

Only people (sectors CVL, EDU, LAB, AGR, OPP) and a state's police and courts (organs that
act only at home, ``HOME_AGENT_WORDS``) are placed so; armies, armed groups, refugees, aid
workers and IGOs often come from elsewhere and are never given a country this way. The document's places are the states of its place names used as places: a place in a
locative phrase ("in Mosul", "near Raqqa") or a city or region named as no subject or owner
("retake Mosul"). One state must have at least ``MIN_PLACES`` of them and ``DOMINANCE`` of
all; the mention must not say it comes from elsewhere (``foreign``, ``international``...).
The sentence's own place (``ActorResolver._context``) is tried first. The reason names the
state and the count. Never the dateline: a wire story filed from a regional bureau ("DUBAI
(Reuters) -", "BEIRUT (Reuters) -") is often about another state.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from spacy.tokens import Doc

from .resolve_types import ActorHit, HitMap

PEOPLE_SECTORS = frozenset({"CVL", "EDU", "LAB", "AGR", "OPP"})
# a state's organs that act only at home, by the word that names them: police and courts
# ("police dispersed the march", "a court ordered their release"); not armies, which fight
# abroad, nor "officers" or "officials", whom other states send
HOME_AGENT_WORDS = frozenset(
    {"police", "policeman", "policemen", "policewoman", "gendarme", "gendarmerie", "court",
     "judge", "magistrate", "prosecutor"}
)  # fmt: skip
# people whose word says they are away from home or held where they are: a place they are in
# is not their state's ("tourists in Luxor", "refugees in Goma", "hostages in Gaza"); the
# one home of the list that the actor resolver (``resolve.AWAY_NOUNS``) and the event coder's
# victims in a place (``events.domestic.AWAY_WORDS``) each extend with words of their own
AWAY_FROM_HOME = frozenset(
    {"tourist", "pilgrim", "visitor", "refugee", "hostage", "captive", "foreigner", "expatriate"}
)
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss", "agent"})
MIN_PLACES = 2
DOMINANCE = 0.6


def _is_place(doc: Doc, hit: ActorHit) -> bool:
    if hit.locative:
        return True
    token = doc[hit.anchor]
    return token.ent_type_ in PLACE_LABELS and token.dep_ not in ACTING_DEPS and hit.named


def document_state(doc: Doc, hits: HitMap, states: frozenset[str]) -> tuple[str, int, int] | None:
    """The state of most of the document's places, with its count and the total, if one
    state has at least ``MIN_PLACES`` and ``DOMINANCE`` of them."""
    counts: Counter[str] = Counter()
    for anchor_hits in hits.values():
        for hit in anchor_hits:
            if hit.actor.country in states and _is_place(doc, hit):
                counts[hit.actor.country or ""] += 1
    if not counts:
        return None
    (top, n), total = counts.most_common(1)[0], sum(counts.values())
    if n < MIN_PLACES or n < DOMINANCE * total:
        return None
    return top, n, total


def place_residents(
    doc: Doc,
    hits: HitMap,
    states: frozenset[str],
    names: dict[str, str],
    foreign: Callable[[Doc, ActorHit], bool],
) -> None:
    """People with no country take the state of the document's places (in place)."""
    people = [
        h
        for hs in hits.values()
        for h in hs
        if _at_home(doc, h)
        and not h.actor.country
        and not h.actor.actor_id
        and not h.locative
        and not foreign(doc, h)
    ]
    if not people:
        return
    found = document_state(doc, hits, states)
    if found is None:
        return
    code, n, total = found
    for hit in people:
        hit.actor.country = code
        hit.actor.reason += (
            f"; country of the document's places ({names.get(code, code)}: {n} of {total})"
        )


def _at_home(doc: Doc, hit: ActorHit) -> bool:
    """People, and police and courts (``HOME_AGENT_WORDS``), whom a document's places place."""
    sector = hit.actor.sector
    if sector in PEOPLE_SECTORS:
        return True
    return sector in ("COP", "JUD") and doc[hit.anchor].lower_ in HOME_AGENT_WORDS
