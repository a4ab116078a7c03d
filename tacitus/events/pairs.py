"""Plural descriptions of two parties named earlier: "the two countries", "both sides".

"Russia and Turkey held talks. Both countries agreed to cooperate": "both countries" are
Russia and Turkey, and the coder pairs them as any coordinated subject (a reciprocal record
for an act done to each other, one record each otherwise). The pair is looked for from the
description back, sentence by sentence (the description's own sentence first, up to
``WINDOW_SENTENCES`` before it), and the nearest wins:

- a coordination of exactly two actors ("Russia and Turkey", "between the Government of
  Iraq and the Kurdistan Regional Government");
- else a sentence whose acting actors (not places, not things of an actor's) hold exactly two
  states ("The Foreign Secretary met the Russian Foreign Minister"); a sentence with three or
  more states makes the pair unknown, and the search stops there.

Only "the two" or "both" with a plural noun of parties ask for a pair, and "the ministers"
(leaders, presidents, envoys) alone as a subject; state nouns ("the two
countries", "both governments") want two states, "sides" and "parties" any two actors.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..actors.coref import layer_of
from ..actors.resolve_types import ActorHit, HitMap

WINDOW_SENTENCES = 4
# nouns of parties that stand for states ("the two countries", "both governments")
STATE_NOUNS = frozenset(
    {"country", "nation", "state", "government", "capital", "neighbour", "neighbor", "power",
     "administration", "leader", "president", "minister", "delegation", "army", "military"}
)  # fmt: skip
# "the ministers" of a meeting of two named before
ENVOY_NOUNS = frozenset({"minister", "leader", "president", "premier", "envoy", "foreign minister"})
# nouns of parties of any kind ("the two sides", "both parties")
PARTY_NOUNS = frozenset({"side", "party"})
NON_STATE_CODES = frozenset({"IGO", "NGO", "IMG"})
LOCATIVE_PREPS = frozenset({"on", "at", "across", "along", "in", "near"})
# what has two sides that are places: "both sides of the border"
DIVIDES = frozenset(
    {"border", "frontier", "boundary", "line", "river", "street", "road", "fence", "wall",
     "divide", "aisle", "atlantic", "channel", "strait", "front", "city", "island"}
)  # fmt: skip


def pair_noun(token: Token) -> bool:
    """ "the two countries", "both sides", "both of the governments": a pair asked for."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in STATE_NOUNS | PARTY_NOUNS:
        return False
    if not any(c.lower_ in ("two", "both") for c in token.children) and not _the_envoys(token):
        return False
    return not _places(token)


def _the_envoys(token: Token) -> bool:
    """ "The ministers discussed the crisis": "the" and a plural of the people who meet for
    states, as a subject, with no other word of its own (not "the Arab ministers")."""
    if token.lemma_.lower() not in ENVOY_NOUNS or token.dep_ != "nsubj":
        return False
    words = [c for c in token.children if c.dep_ not in ("punct",)]
    return len(words) == 1 and words[0].lower_ == "the"


def _places(token: Token) -> bool:
    """ "on both sides of the border", "across the two sides of the river": places, no
    parties."""
    if token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS:
        return True
    for of in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"):
        if any(g.lemma_.lower() in DIVIDES for g in of.children if g.dep_ == "pobj"):
            return True
    return False


def earlier_pair(token: Token, hits: HitMap) -> tuple[list[ActorHit], str] | None:
    """The two actors a pair description stands for, with how they were found, or None."""
    states = token.lemma_.lower() in STATE_NOUNS
    doc = token.doc
    layer = layer_of(doc)
    here = layer.sentence_of[token.i]
    by_sentence: dict[int, list[ActorHit]] = {}
    for anchor in sorted(a for a in hits if a < token.i):
        n = layer.sentence_of[anchor]
        if here - n <= WINDOW_SENTENCES:
            acting = [h for h in hits[anchor] if _acting(h) and (not states or _state(h))]
            by_sentence.setdefault(n, []).extend(acting[:1])
    for n in sorted(by_sentence, reverse=True):
        found = by_sentence[n]
        joined = _coordinated(found, doc, states)
        if joined is not None:
            return joined, "the coordinated pair before it"
        countries = {h.actor.country: h for h in reversed(found) if _state(h)}
        if len(countries) == 2:
            pair = sorted(countries.values(), key=lambda h: h.anchor)
            return pair, "the two states of an earlier sentence"
        if len(countries) > 2:
            return None
    return None


def _coordinated(found: list[ActorHit], doc: Doc, states: bool) -> list[ActorHit] | None:
    """The last coordination of exactly two distinct actors among ``found``."""
    by_anchor = {h.anchor: h for h in found}
    for hit in reversed(found):
        conjuncts = doc[hit.anchor].conjuncts
        if len(conjuncts) != 1:
            continue
        other = by_anchor.get(conjuncts[0].i)
        if other is None or other.actor.key == hit.actor.key:
            continue
        if states and other.actor.country == hit.actor.country:
            continue
        return sorted([hit, other], key=lambda h: h.anchor)
    return None


def _acting(hit: ActorHit) -> bool:
    return not hit.locative and not hit.thing


def _state(hit: ActorHit) -> bool:
    country = hit.actor.country
    return bool(country) and country not in NON_STATE_CODES
