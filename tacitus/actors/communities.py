"""Ethnic and religious communities named alone ("The Rohingya fled", "the Kurds", "Yazidis
were massacred") are their own actors (``communities.yaml``: sector ETH or REL), not the
state they live in nor their kin state: the name heads its noun phrase, and the mention keeps
a country only where the text gives one inside it ("Iraqi Kurds", "Syria's Alawites"); "in
X" on the noun ("Kurds in Syria") is applied afterwards by the resolver's locating rule. A
community word on another noun ("Rohingya refugees") is left to the noun's actor.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..records import Actor
from .dictionary import ActorEntry
from .resolve_types import ActorHit, HitMap

# the dependencies of a word that modifies another noun ("Rohingya refugees")
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# determiners and quantities a community mention takes in ("the Kurds", "many Yazidis")
OPENERS = frozenset({"det", "predet", "nummod", "quantmod", "amod", "poss", "compound"})

# the state a token names by name or demonym, with the token after the name (None: none)
StateAt = Callable[[Doc, int, int], tuple[str, int] | None]


def _modifies(token: Token) -> bool:
    return token.dep_ in MODIFIER_DEPS and token.head.pos_ in ("NOUN", "PROPN")


def _state_inside(doc: Doc, start: int, anchor: int, state_at: StateAt) -> str | None:
    """The state named inside a mention before its head ("Iraqi Kurds", "Syria's Druze")."""
    for i in range(start, anchor):
        found = state_at(doc, i, anchor)
        if found is not None:
            return found[0]
    return None


def _start(token: Token) -> int:
    """Where the community's mention begins: its determiners and modifiers."""
    left = [c.left_edge.i for c in token.lefts if c.dep_ in OPENERS]
    return min([token.i, *left])


def name_communities(
    doc: Doc, hits: HitMap, communities: dict[str, ActorEntry], state_at: StateAt
) -> None:
    """Community names used alone become the community's actor (in place)."""
    if not communities:
        return
    covered = {i: h for hs in hits.values() for h in hs for i in range(h.start, h.end)}
    for token in doc:
        entry = communities.get(token.text)
        if entry is None or _modifies(token):
            continue
        other = covered.get(token.i)
        if other is not None and other.anchor != token.i:
            continue  # part of another actor's mention ("a Kurdish-led alliance")
        own = hits.get(token.i)
        start = min([_start(token), *(h.start for h in own or [])])
        end = max([token.i + 1, *(h.end for h in own or [])])
        country = _state_inside(doc, start, token.i, state_at)
        why = f"community '{token.text}' → {entry.name} ({entry.origin}): its own actor"
        was = own[0].actor.reason if own else ""
        if was and was.startswith("demonym"):
            why += ", not its kin state"
        why += (
            f"; '{doc[start : token.i].text}' → {country}"
            if country
            else "; no state in the mention"
        )
        actor = Actor(
            text=doc[start:end].text, name=entry.name, actor_id=entry.id, country=country,
            sector=entry.sector, reason=why,
        )  # fmt: skip
        hits[token.i] = [ActorHit(token.i, start, end, actor)]
