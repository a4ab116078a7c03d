"""The country people flee (issue 13).

"Refugees fleeing the civil war in Liberia", "civilians who fled Mosul", "families escaping
the fighting in Darfur": people a clause says flee a place are that place's people, as a coder
of refugees writes their state of origin. The place is the object of the verb of flight ("fled
Mosul"), a place the object is in ("the war in Liberia"), or the verb's own "in" or "from"
phrase; never its destination ("refugees fled to Zaire", "fleeing into Kenya"), and never for
those whose word says they are no nationals of it ("foreigners", "tourists", "aid workers",
"diplomats", "journalists", "peacekeepers"): these flee their place of work. Only refugees and
civil people (sectors REF, CVL) with no country.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from .resolve_types import HitMap

FLIGHT_VERBS = frozenset({"flee", "escape", "evacuate", "desert"})
SOURCE_PREPS = frozenset({"in", "from"})
FLEEING_SECTORS = frozenset({"REF", "CVL"})
# people whose flight says nothing of their state: they flee where they work or travel
NOT_NATIONALS = frozenset(
    {
        "foreigner", "tourist", "visitor", "expatriate", "expat", "diplomat", "journalist",
        "reporter", "peacekeeper", "worker", "staff", "volunteer", "missionary", "migrant",
        "national", "citizen",
    }
)  # fmt: skip


def fled_from(
    doc: Doc,
    hits: HitMap,
    places: Callable[[Token], list[Token]],
    state_of: Callable[[Token, HitMap], str | None],
    foreign: frozenset[str],
) -> None:
    """Give people with no country the state of the place their clause says they flee (in
    place; see the module's docstring). ``places`` lists the words of the place an object
    names ("the city of Homs"), ``state_of`` gives a place word's state."""
    for anchor_i, anchor_hits in hits.items():
        token = doc[anchor_i]
        if token.lemma_.lower() in NOT_NATIONALS:
            continue
        people = [
            h
            for h in anchor_hits
            if h.actor.sector in FLEEING_SECTORS
            and not h.actor.country
            and not h.actor.actor_id
            and not h.locative
            and not any(t.lower_ in foreign for t in doc[h.start : h.anchor + 1])
        ]
        if not people:
            continue
        for verb in token.children:
            if verb.dep_ not in ("acl", "relcl") or verb.lemma_.lower() not in FLIGHT_VERBS:
                continue
            found = _fled_place(verb, hits, places, state_of)
            if found is None:
                continue
            country, words = found
            for hit in people:
                hit.actor.country = country
                hit.actor.reason += f"; country {country}: '{verb.text} ... {words}' fled"
            break


def _fled_place(
    verb: Token,
    hits: HitMap,
    places: Callable[[Token], list[Token]],
    state_of: Callable[[Token, HitMap], str | None],
) -> tuple[str, str] | None:
    """The state and the words of the place ``verb`` flees, or None."""
    candidates: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dobj":
            candidates += places(child)  # "fled Mosul", "fled the city of Homs"
            for prep in child.children:  # "fleeing the war in Liberia"
                if prep.dep_ == "prep" and prep.lower_ in SOURCE_PREPS:
                    candidates += [p for c in prep.children if c.dep_ == "pobj" for p in places(c)]
        elif child.dep_ == "prep" and child.lower_ in SOURCE_PREPS:
            candidates += [p for c in child.children if c.dep_ == "pobj" for p in places(c)]
    candidates += [c for word in candidates for c in word.conjuncts]  # "Syria and Iraq"
    states = {s for s in (state_of(c, hits) for c in candidates) if s}
    if len(states) != 1:
        return None  # none, or two ("fleeing Syria and Iraq"): no one state
    (state,) = states
    words = next(c.text for c in candidates if state_of(c, hits) == state)
    return state, words
