"""Capitals whose name another state's city bears: "Tripoli" is Libya's capital, and a city
of Lebanon. As the place locator does (``tacitus/places/context.py``), the document decides:
a capital's name means the other state's city when the document names that state (its name,
a demonym, another of its places or actors) and never the capital's own state otherwise
("militias in Tripoli ... the north Lebanese port" are Lebanon's). Only main names of cities
of at least ``MIN_POPULATION`` people count, so that a small namesake ("Damascus, Maryland")
never moves a capital. The reason says so.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc

from ..places.gazetteer import Gazetteer, gazetteer
from .resolve_types import HitMap

MIN_POPULATION = 100_000


def _namesakes(places: Gazetteer, text: str, country: str) -> dict[str, str]:
    """Other states with a city of this main name: {country: the city's name}."""
    return {
        c.place.country: c.place.name
        for c in places.lookup_exact(text)
        if c.place.kind == "city"
        and not c.alternate
        and c.place.country != country
        and c.place.population >= MIN_POPULATION
    }


def decide_capitals(doc: Doc, hits: HitMap, states: dict[str, str]) -> None:
    """Give a capital's name the other state's city where the document says so (in place)."""
    capitals = [h for hs in hits.values() for h in hs if h.metonym and h.actor.country]
    if not capitals:
        return
    places = gazetteer()
    for hit in capitals:
        text, own = hit.metonym or "", hit.actor.country or ""
        others = _namesakes(places, text, own)
        if not others:
            continue
        support = _support(hits, text)
        named = [c for c in others if support[c]]
        if support[own] or len(named) != 1:
            continue
        code = named[0]
        hit.actor.actor_id, hit.actor.country = f"country:{code}", code
        hit.actor.name, hit.actor.wikidata = states.get(code, code), None
        hit.actor.reason = (
            f"place '{text}' → {others[code]}, a city of {code}, not the capital of {own}: the "
            f"document names {states.get(code, code)} ({support[code]}×) and not "
            f"{states.get(own, own)}"
        )
        hit.metonym = None


def _support(hits: HitMap, text: str) -> Counter[str]:
    """How many mentions of each state the document has, besides this name's."""
    counts: Counter[str] = Counter()
    for anchor_hits in hits.values():
        for hit in anchor_hits:
            if hit.actor.country and hit.metonym != text:
                counts[hit.actor.country] += 1
    return counts
