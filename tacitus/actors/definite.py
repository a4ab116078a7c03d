"""Definite descriptions of groups and states: "the jihadist group", "the militants", "the
country", "the regime" are the group, state or government the document named just before.

The same caution as the pronoun rules (``coref.py``): the antecedent is the nearest earlier
mention of the right kind in the description's sentence (before it) or the three sentences
before, never a place named only as a place; a description that says whose it is ("the
Syrian regime", "the group's leader", "Hezbollah's militants") or is already a listed actor
is left as it is. Each rule is named in the actor's reason:

- *the group, the organisation, the movement, the faction, the militants, the jihadists,
  the insurgents, the extremists, the terrorists* (with adjectives only: "the jihadist
  group"; "this" and "these" as "the": "this terrorist organisation") → the nearest earlier armed group (a ``group:`` id of sector REB, PRM or UAF);
  *the party* → the nearest earlier party (``group:`` of sector PTY);
- *the country, the nation* → the nearest earlier state (a ``country:`` id with no sector:
  "Iraq", or a place standing for it);
- *the regime, the government, the authorities, the army, the military* → the state of the
  nearest earlier mention with the same head word that has one ("the Assad regime" ... "the
  regime"), with the description's own sector;
- *the ministry* (no other word) → the nearest earlier ministry that is a listed actor or has a
  state ("Russia's Defence Ministry said ... The ministry said": that ministry).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..records import Actor
from .coref import WINDOW_SENTENCES, layer_of
from .resolve_types import ActorHit, HitMap

GROUP_HEADS = frozenset(
    {"group", "organisation", "organization", "movement", "faction", "militant", "jihadist",
     "insurgent", "extremist", "terrorist", "jihadi"}
)  # fmt: skip
ARMED_SECTORS = frozenset({"REB", "PRM", "UAF"})
STATE_HEADS = frozenset({"country", "nation"})
ORGAN_HEADS = frozenset({"regime", "government", "authority", "army", "military"})
# adjectives a description may carry and still be a bare description ("the jihadist group")
MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})
# entity labels of a modifier that names whose the description is
NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})


@dataclass(frozen=True, slots=True)
class _Kind:
    """What a description asks for: which earlier hits fit, and the sector it gives."""

    fits: Callable[[ActorHit, Doc], bool]
    what: str


def _group_fits(sectors: frozenset[str]) -> Callable[[ActorHit, Doc], bool]:
    def fits(hit: ActorHit, doc: Doc) -> bool:
        actor = hit.actor
        return (actor.actor_id or "").startswith("group:") and actor.sector in sectors

    return fits


def _state_fits(hit: ActorHit, doc: Doc) -> bool:
    return (hit.actor.actor_id or "").startswith("country:") and hit.actor.sector in (None, "GOV")


ARMED = _Kind(_group_fits(ARMED_SECTORS), "armed group")
PARTY = _Kind(_group_fits(frozenset({"PTY"})), "party")
STATE = _Kind(_state_fits, "state")


def _bare(token: Token, named: set[int]) -> bool:
    """A definite description with no owner, name or other determiner: "the group", "the
    jihadist group", "this terrorist organisation" (not "a group", "Hezbollah's militants", "the Syrian regime", "the ISIL
    group": ``named`` holds the tokens of named actors and demonyms)."""
    dets = [c for c in token.children if c.dep_ in ("det", "poss", "predet", "nummod")]
    if len(dets) != 1 or dets[0].lower_ not in ("the", "this", "these"):
        return False  # "this terrorist organization": the one just named, as "the" is
    for child in token.lefts:
        if child.dep_ in MODIFIER_DEPS and (child.i in named or child.ent_type_ in NAMES):
            return False
    return not any(c.dep_ == "appos" for c in token.children)


def _ministry_fits(hit: ActorHit, doc: Doc) -> bool:
    return doc[hit.anchor].lemma_.lower() == "ministry" and bool(
        hit.actor.actor_id or hit.actor.country
    )


MINISTRY = _Kind(_ministry_fits, "ministry")


def _kind(token: Token) -> _Kind | None:
    lemma = token.lemma_.lower()
    if lemma == "ministry" and token.tag_ == "NN":
        if any(c.dep_ in MODIFIER_DEPS for c in token.children):
            return None  # "the foreign ministry" after "the Defence Ministry": another one
        return MINISTRY
    if lemma in GROUP_HEADS:
        collective = lemma in ("group", "organisation", "organization", "movement", "faction")
        if collective and token.tag_ not in ("NN", "NNP"):
            return None  # "the groups": several
        return ARMED
    if lemma == "party" and token.tag_ == "NN":
        return PARTY
    if lemma in STATE_HEADS and token.tag_ == "NN":
        return STATE
    return None


def resolve_descriptions(doc: Doc, hits: HitMap, states: dict[str, str]) -> None:
    """Link the document's bare definite descriptions of groups and states (in place);
    ``states`` names the states by their code."""
    if not hits:
        return
    layer = layer_of(doc)
    named = {
        i
        for anchor_hits in hits.values()
        for h in anchor_hits
        if h.actor.actor_id or h.actor.country
        for i in range(h.start, h.end)
        if i != h.anchor
    }
    for token in doc:
        if token.pos_ != "NOUN" or not _bare(token, named):
            continue
        own = hits.get(token.i, [])
        if any(h.actor.actor_id or h.actor.country for h in own):
            continue
        lemma = token.lemma_.lower()
        kind = _kind(token)
        found: tuple[ActorHit, str] | None = None
        if kind is not None:
            ante = _nearest(token, hits, kind.fits, layer.sentence_of)
            if ante is not None:
                found = ante, kind.what
        elif lemma in ORGAN_HEADS:
            ante = _nearest(token, hits, _same_head(lemma), layer.sentence_of)
            if ante is not None:
                found = ante, f"{lemma} of a state"
        if found is not None:
            _link(doc, token, own, *found, hits, states)


def _same_head(lemma: str) -> Callable[[ActorHit, Doc], bool]:
    def fits(hit: ActorHit, doc: Doc) -> bool:
        actor = hit.actor
        return (
            doc[hit.anchor].lemma_.lower() == lemma
            and bool(actor.country)
            and (actor.actor_id or "country:").startswith("country:")
        )

    return fits


def _nearest(
    token: Token, hits: HitMap, fits: Callable[[ActorHit, Doc], bool], sentence_of: list[int]
) -> ActorHit | None:
    """The nearest earlier hit that fits, in the token's sentence or the three before."""
    doc = token.doc
    here = sentence_of[token.i]
    for anchor in sorted((a for a in hits if a < token.i), reverse=True):
        if here - sentence_of[anchor] > WINDOW_SENTENCES:
            break
        for hit in hits[anchor]:
            if hit.start <= token.i < hit.end or (hit.locative and not _state_fits(hit, doc)):
                continue
            if fits(hit, doc):
                return hit
    return None


def _link(
    doc: Doc,
    token: Token,
    own: list[ActorHit],
    ante: ActorHit,
    what: str,
    hits: HitMap,
    states: dict[str, str],
) -> None:
    start = min([token.i, *(h.start for h in own)])
    start = min([start, *(c.i for c in token.lefts if c.lower_ in ("the", "this", "these"))])
    phrase = doc[start : token.i + 1].text
    source = ante.actor
    actor = Actor(
        text=phrase,
        name=source.name,
        actor_id=source.actor_id,
        country=source.country,
        sector=source.sector,
        wikidata=source.wikidata,
        reason=(
            f"definite description '{phrase}' → earlier '{doc[ante.start : ante.end].text}' "
            f"(nearest earlier {what}): {source.reason}"
        ),
    )
    lemma = token.lemma_.lower()
    if lemma == "ministry":  # "The ministry said": the ministry as first named, as a speaker is
        actor.text = doc[ante.start : ante.end].text
    if lemma in ORGAN_HEADS or lemma in STATE_HEADS:  # the state, as a whole or an organ
        code = source.country or ""
        actor.actor_id, actor.name = f"country:{code}", states.get(code, code)
        actor.wikidata = source.wikidata if source.actor_id == actor.actor_id else None
        own_sector = next((h.actor.sector for h in own if h.actor.sector), source.sector)
        actor.sector = None if lemma in STATE_HEADS else own_sector
    hits[token.i] = [ActorHit(token.i, start, token.i + 1, actor, named=True)]
    if lemma in STATE_HEADS and token.dep_ == "poss":  # "the country's leaders"
        _owned_by_state(doc, token, phrase, actor, hits)


def _owned_by_state(doc: Doc, token: Token, phrase: str, state: Actor, hits: HitMap) -> None:
    """The agents a described state owns ("the country's leaders", "the nation's police")
    take its country, as "Kenya's leaders" do (in place)."""
    owner = token.head
    for hit in hits.get(owner.i, []):
        actor = hit.actor
        if actor.country or actor.actor_id or not actor.sector or hit.locative or hit.thing:
            continue
        actor.country = state.country
        actor.reason += f"; country {state.country}: owned by '{phrase}' ({state.name})"
