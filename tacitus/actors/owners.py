"""The country of a person or unit named by whom they act for (issue 13).

"A spokesman for the Iranian government", "the commander of Nigerian forces", "the deputy
chief of the Peruvian army", "the leader of Iran's opposition", "members of the Ukrainian
parliament": an agent word with no nationality of its own whose "of" or "for" phrase names an
actor with a country is that actor's man or woman, and takes its country. A role word that
says only a place in a body ("leader", "spokesman", "member", "head") takes the body's sector
too: the leader of the opposition is the opposition's, not the government's.

Not for words whose "of" phrase names who is acted on or opposed ("victims of Iranian
shelling", "critics of the Iranian government", "hostages of the rebels"), not when the
mention says it comes from elsewhere ("foreign"), and "to" only after "loyal" ("forces loyal to
the president"; "the envoy to Iran" is another state's). Runs on the resolver's hits, before the place rules: a body's country is
better evidence than the place of the clause.

The staff of a national workplace ("workers at a Polish shipyard", "students at a Kenyan
university", "miners of a Chilean copper mine") are its state's people: a word for those who
work or study somewhere, whose "at" or "of" phrase names a workplace its state's demonym or
name modifies, takes that state. Not an embassy or a consulate ("protesters at the US embassy"
are the host's), not a workplace placed elsewhere ("workers at a Chinese mine in Zambia"), not
one a state only owns or backs ("a French-owned plant").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from .resolve_types import ActorHit, HitMap

OWNER_PREPS = frozenset({"of", "for"})
# adjectives whose "to" phrase names the side served: "forces loyal to the president"
LOYAL_WORDS = frozenset({"loyal", "faithful"})
# the "of" phrase of these names who is acted on, held, opposed or met, not whom they serve
NOT_SERVING = frozenset(
    {
        "victim", "hostage", "prisoner", "inmate", "detainee", "captive", "witness", "survivor",
        "relative", "critic", "opponent", "enemy", "rival", "foe", "target", "neighbour",
        "neighbor", "tourist", "visitor", "guest", "patient", "refugee", "evacuee", "returnee",
        "migrant", "family", "child", "widow",
    }
)  # fmt: skip
# a body named by its relation to another is not that other's: "the chief of Israel's militia
# ally" serves the ally, whose country is only where the text places it ("Iran's proxies in
# Iraq")
RELATION_WORDS = frozenset({"ally", "partner", "backer", "supporter", "donor", "proxy", "client"})
# role words that say only a place in the body they belong to: the body's sector
ROLE_WORDS = frozenset(
    {
        "leader", "head", "chief", "spokesman", "spokeswoman", "spokesperson", "spokespeople",
        "member", "representative", "delegate", "official", "officer", "deputy", "commander",
        "leadership",
    }
)  # fmt: skip


# those who work or study at a place, whose workplace's state is theirs
STAFF_WORDS = frozenset(
    {
        "worker", "employee", "staff", "staffer", "miner", "docker", "dockworker", "student",
        "teacher", "lecturer", "professor", "nurse", "doctor", "engineer", "technician",
        "manager", "workforce", "labourer", "laborer", "steelworker", "shipbuilder",
    }
)  # fmt: skip
# places of work or study a demonym may modify ("a Polish shipyard", "a Kenyan university")
WORKPLACES = frozenset(
    {
        "shipyard", "factory", "plant", "mine", "mill", "refinery", "university", "college",
        "school", "hospital", "clinic", "company", "firm", "port", "dock", "farm", "works",
        "steelworks", "oilfield", "utility", "railway", "airline", "bank", "newspaper",
    }
)  # fmt: skip
NON_STATES = frozenset({"IGO", "NGO", "IMG", "UNO", "EUR", "MNC", "ISM"})
WORKPLACE_PREPS = frozenset({"at", "of"})
# a workplace a state owns, runs or backs may stand in another state ("a French-owned plant")
OWNED_WORDS = frozenset({"owned", "run", "backed", "funded", "operated", "built", "based"})


def owners_country(doc: Doc, hits: HitMap, foreign: frozenset[str]) -> None:
    """Give agent-only actors with no country that of the actor in their "of" / "for"
    phrase (in place; see the module's docstring)."""
    for anchor_i, anchor_hits in hits.items():
        token = doc[anchor_i]
        lemma = token.lemma_.lower()
        if lemma in NOT_SERVING:
            continue
        owner = None  # looked up once per anchor, for its first agent-only hit
        for i, hit in enumerate(anchor_hits):
            actor = hit.actor
            if actor.country or actor.actor_id or hit.named or hit.locative:
                continue
            if any(t.lower_ in foreign for t in doc[hit.start : hit.anchor + 1]):
                continue
            owner = owner or _owner(token, hits) or _workplace(token, hits)
            if owner is None:
                break  # the same anchor: no other hit on it has an owner either
            prep, body = owner
            sector = body.actor.sector if lemma in ROLE_WORDS and body.actor.sector else None
            why = (
                f"{actor.reason}; country {body.actor.country}: '{token.text} {prep.text} "
                f"{doc[body.start : body.end].text}' acts for it"
            )
            if body.locative:  # "a commander of Iran's proxies in Iraq": where they are
                sector = None
                why = (
                    f"{actor.reason}; country {body.actor.country}: '{token.text} {prep.text}' "
                    f"a body named by its relation, placed in '{doc[body.start : body.end].text}'"
                )
            anchor_hits[i] = replace(
                hit,
                actor=replace(
                    actor, country=body.actor.country, sector=sector or actor.sector, reason=why
                ),
            )


def _owner(token: Token, hits: HitMap) -> tuple[Token, ActorHit] | None:
    """The preposition and the actor of ``token``'s first "of" / "for" phrase, when that
    actor has a country and is no place named in passing."""
    preps = [c for c in token.children if c.dep_ == "prep" and c.lower_ in OWNER_PREPS]
    for adj in token.children:  # "troops loyal to the government"
        if adj.dep_ == "amod" and adj.lower_ in LOYAL_WORDS:
            preps += [c for c in adj.children if c.dep_ == "prep" and c.lower_ == "to"]
    for prep in preps:
        for pobj in prep.children:
            if pobj.dep_ == "pobj" and pobj.lemma_.lower() in RELATION_WORDS:
                placed = _placed_relation(pobj, hits)
                if placed is not None:
                    return prep, placed
                continue
            if pobj.dep_ != "pobj":
                continue
            for body in hits.get(pobj.i, []):
                if body.actor.country and not body.locative and not body.thing:
                    return prep, body
        return None
    return None


def _placed_relation(relation: Token, hits: HitMap) -> ActorHit | None:
    """The state of the place a body named by its relation stands in ("Russia's ally in
    Syria": Syria; "Iran's proxies in Iraq": Iraq), or None: where the ally is, not whose
    ally it is."""
    for prep in relation.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for pobj in prep.children:
            for place in hits.get(pobj.i, []):
                country = place.actor.country
                if place.locative and country and country not in NON_STATES:
                    return place
    return None


def _workplace(token: Token, hits: HitMap) -> tuple[Token, ActorHit] | None:
    """The preposition and the thing-hit of a national workplace in the "at" / "of" phrase of
    a word for its staff ("workers at a Polish shipyard"), or None (see the module's
    docstring)."""
    if token.lemma_.lower() not in STAFF_WORDS:
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in WORKPLACE_PREPS:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.lemma_.lower() not in WORKPLACES:
                continue
            if any(c.dep_ == "prep" and c.lower_ in ("in", "near") for c in pobj.children):
                return None  # "a Chinese mine in Zambia": placed elsewhere
            if any(w.lower_ in OWNED_WORDS for w in pobj.subtree if w.i < pobj.i):
                return None  # "a French-owned plant"
            for body in hits.get(pobj.i, []):
                country = body.actor.country
                if country and country not in NON_STATES and not body.locative:
                    return prep, body
        return None
    return None
