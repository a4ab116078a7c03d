"""An attack claimed after it is told takes its claimant as its doer (issue 13).

News tells an attack first and who claimed it after: "A car bomb killed 12 people at a
market in Kabul. The Taliban claimed responsibility for the attack." The ASSAULT of the
first sentence names no doer (a bomb is no actor); the claim names it. An ASSAULT record
with no source resolved to an actor (none, or a name with no country, sector or entry)
takes the claimant of a claim that refers back to it:

- the claim: "X claimed / took / assumed / accepted responsibility (credit) for N",
  "X claimed N", "N was claimed by X", "X, which claimed N", a bare "X claimed
  responsibility" (N is the attack just told), "X said it was behind N" (said by X itself;
  "police said X was behind N" is a charge, no claim) (the claimant is found as any
  clause's doer: subject, "by" agent, the noun a relative clause modifies, a pronoun's
  antecedent); never a negated claim ("no group has claimed", "did not claim"), and never a
  denial or a suspicion (other verbs);
- N is an attack noun (attack, bombing, blast, raid, killing ...); responsibility taken,
  accepted or assumed (not claimed) for a blast or an explosion by no armed group owns up
  to a failing ("the health minister took responsibility for the blast"), no claim;
- the record refers to it: in the claim's own sentence, an act whose clause holds the
  claim ("killed 12 in an attack claimed by X", "A bomb killed 12, and X claimed the
  attack"); in the one or two sentences before, only when N is definite ("the attack",
  "this bombing", "Sunday's blast"): the ASSAULT records of the nearest sentence that has
  any. When that sentence's attacks already have a doer, nothing is changed.

The reason names the claim and its sentence; the confidence is 0.1 lower (the doer is
implied by a claim, not told on the act).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..records import Actor, Event
from .arguments import CLAIM_VERBS, Arguments
from .implied import give_source

ATTACK_NOUNS = frozenset(
    {"attack", "bombing", "blast", "explosion", "assault", "ambush", "killing", "shooting",
     "raid", "massacre", "beheading", "strike", "bombardment", "shelling", "abduction",
     "kidnapping", "assassination", "murder", "execution", "attempt", "siege", "offensive"}
)  # fmt: skip
RESPONSIBILITY_NOUNS = frozenset({"responsibility", "credit"})
# nouns that name an accident as readily as an attack: responsibility taken or accepted for
# one ("the minister took responsibility for the blast") owns up to a failing, no attack,
# unless an armed group takes it; "claimed responsibility for the blast" is always a claim
ACCIDENT_NOUNS = frozenset({"blast", "explosion"})
ADMITTING_VERBS = frozenset({"take", "accept", "assume"})
ARMED_GROUP_SECTORS = frozenset({"REB", "PRM", "UAF", "INS", "CRM"})
# verbs by which a doer owns up: "X said / admitted it was behind the attack"
SELF_REPORT_VERBS = frozenset({"say", "claim", "announce", "confirm", "admit", "acknowledge"})
# words a claim cannot be made without ("claimed", "responsibility", "credit", "behind")
CLAIM_WORDS = ("claim", "responsib", "credit", "behind")
DEFINITE = frozenset({"the", "this", "that", "these", "those", "both"})
# words that date an attack apart from the one just told ("the 2017 bombing", "last year's
# attack", "the previous raid", "an attack a month ago")
ELSEWHEN = frozenset(
    {"year", "years", "month", "months", "decade", "decades", "ago", "last", "previous",
     "earlier", "former", "past", "prior"}
)  # fmt: skip
WINDOW_SENTENCES = 2


@dataclass(frozen=True)
class Claim:
    verb: Token  # "claimed"
    noun: Token  # "attack"
    claimant: Actor


def _claimed_noun(verb: Token) -> Token | None:
    """The attack noun a claim verb claims: "claimed responsibility for N", "claimed N",
    "N was claimed"."""
    if verb.lemma_.lower() not in CLAIM_VERBS or verb.pos_ not in ("VERB", "AUX"):
        return None
    nouns: list[Token] = []
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in RESPONSIBILITY_NOUNS:
            # "for N" on the noun, or hung on the verb ("claimed responsibility Sunday for N")
            nouns += [
                g for p in (*child.children, *verb.children) if p.dep_ == "prep" and p.lower_ == "for"
                for g in p.children if g.dep_ == "pobj"
            ]  # fmt: skip
        elif child.dep_ in ("dobj", "nsubjpass") and verb.lemma_.lower() == "claim":
            nouns.append(child)
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_.lower() == "claim":
        nouns.append(verb.head)  # "an attack claimed by X"
    found = next((n for n in nouns if n.lemma_.lower() in ATTACK_NOUNS), None)
    # "The Islamic State claimed responsibility.": the attack just told; responsibility
    # taken or accepted with no act named is an official's for a failing ("the minister
    # took responsibility" for a fire, a crash), no claim
    if found is None and not nouns and verb.lemma_.lower() == "claim":
        found = next(
            (c for c in verb.children
             if c.dep_ == "dobj" and c.lemma_.lower() in RESPONSIBILITY_NOUNS
             and not any(g.dep_ == "prep" and g.lower_ == "for" for g in c.children)),
            None,
        )  # fmt: skip
    return found


def _owned_up(verb: Token, args: Arguments) -> Token | None:
    """ "X said it was behind the attack": the attack a doer says it was behind, when the
    one who says so is the one behind it (not "police said X was behind the attack", a
    charge)."""
    if verb.lemma_.lower() != "be" or verb.dep_ != "ccomp":
        return None
    if verb.head.lemma_.lower() not in SELF_REPORT_VERBS:
        return None
    nouns = [
        g for p in verb.children if p.dep_ == "prep" and p.lower_ == "behind"
        for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in ATTACK_NOUNS
    ]  # fmt: skip
    if not nouns:
        return None
    sayer = args.clause_source(verb.head, None)
    doer = args.clause_source(verb, None)
    if not (sayer and doer and sayer.hits and doer.hits):
        return None
    if {h.actor.key for h in sayer.hits} != {h.actor.key for h in doer.hits}:
        return None
    return nouns[0]


def _dated_apart(noun: Token) -> bool:
    """ "the 2017 truck bombing", "last year's attack", "the previous raid", "the attack in
    2015": a date or word of time of its own names another attack than the one just told
    (a relative clause on the noun is not looked into)."""
    clauses = [c for c in noun.children if c.dep_ in ("relcl", "acl")]
    for word in noun.subtree:
        if any(word in c.subtree for c in clauses):
            continue
        if word.lower_ in ELSEWHEN or (word.is_digit and len(word.text) == 4):
            return True
    return False


def _definite(noun: Token) -> bool:
    """ "the attack", "this bombing", "both attacks", "Sunday's blast", a bare "claimed
    responsibility": an act told before; not one dated apart ("the 2017 bombing", "last
    year's attack")."""
    if noun.lemma_.lower() in RESPONSIBILITY_NOUNS:
        return True
    if _dated_apart(noun):
        return False
    for child in noun.children:
        if child.dep_ in ("det", "predet") and child.lower_ in DEFINITE:
            return True
        if child.dep_ == "poss" and child.ent_type_ in ("DATE", "TIME"):
            return True
    return False


def _claims(doc: Doc, args: Arguments) -> list[Claim]:
    text = doc.text.lower()
    if not any(word in text for word in CLAIM_WORDS):  # most documents: no word walk
        return []
    claims = []
    for verb in doc:
        noun = _claimed_noun(verb) or _owned_up(verb, args)
        if noun is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        found = args.clause_source(verb, None)
        hits = [h for h in found.hits if h.actor.country or h.actor.actor_id] if found else []
        if len({h.actor.key for h in hits}) != 1:  # one claimant, resolved to an actor
            continue
        if _owned_failing(verb, noun, hits[0].actor):
            continue
        claims.append(Claim(verb, noun, replace(hits[0].actor)))
    return claims


def _owned_failing(verb: Token, noun: Token, claimant: Actor) -> bool:
    """ "The health minister took responsibility for the blast", "the company accepted
    responsibility for the explosion": responsibility taken or accepted, not claimed, for an
    act that may be an accident, by no armed group, owns up to a failing; it names no
    attacker ("the Taliban took responsibility for the blast" still does)."""
    return (
        verb.lemma_.lower() in ADMITTING_VERBS
        and noun.lemma_.lower() in ACCIDENT_NOUNS
        and claimant.sector not in ARMED_GROUP_SECTORS
    )


def _doerless(event: Event) -> bool:
    source = event.source
    return event.event_type == "ASSAULT" and (
        source is None or not (source.country or source.actor_id or source.sector)
    )  # "gunmen", "government troops" keep their doer: the claim may be of another act


def _trigger_token(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.trigger.start, event.trigger.end, alignment_mode="expand")
    return span.root if span is not None else None


def _told_with(doc: Doc, events: list[Event], claim: Claim, sentence_id: int) -> list[Event]:
    """The attacks of the claim's own sentence whose clause holds the claim."""
    told = []
    for event in events:
        if event.sentence_id != sentence_id or event.event_type != "ASSAULT":
            continue
        token = _trigger_token(doc, event)
        if (token is not None and token.i < claim.verb.i and token in claim.noun.ancestors) or (
            token is not None and token.i < claim.verb.i and token in claim.verb.ancestors
        ):
            told.append(event)
    return told


def _told_before(events: list[Event], sentence_id: int) -> list[Event]:
    """The attacks of the nearest sentence before that tells any, within the window."""
    for back in range(1, WINDOW_SENTENCES + 1):
        told = [
            e for e in events
            if e.sentence_id == sentence_id - back and e.event_type == "ASSAULT"
        ]  # fmt: skip
        if told:
            return told
    return []


def _named_again(doc: Doc, events: list[Event], claim: Claim, sentence_id: int) -> list[Event]:
    """The claim's own record of the attack it names again ("The Taliban claimed the
    attack": ASSAULT Taliban → -), once the attack told before has the claimant."""
    return [
        e for e in events
        if e.sentence_id == sentence_id and e.event_type == "ASSAULT" and e.target is None
        and _trigger_token(doc, e) == claim.noun
    ]  # fmt: skip


def claimed_attacks(doc: Doc, events: list[Event], args: Arguments) -> list[Event]:
    """Give attacks told with no doer the claimant of a claim that refers to them (in
    place); the claim's own records of an attack so told before are removed and returned."""
    sentence_of = {s.start: k for k, s in enumerate(doc.sents)}
    removed: list[Event] = []
    for claim in _claims(doc, args):
        sentence_id = sentence_of[claim.verb.sent.start]
        told = _told_with(doc, events, claim, sentence_id)
        where = "in its sentence"
        if not told and _definite(claim.noun):
            told = _told_before(events, sentence_id)
            where = "after it"
        how = f"the claimant of '{claim.noun.text}' (who {claim.verb.text} it {where}, sentence {sentence_id + 1})"
        filled = False
        for event in told:
            if event.partial or not _doerless(event):
                continue
            if event.target is not None and event.target.key == claim.claimant.key:
                continue
            filled = True
            give_source(event, claim.claimant, f"; source: {how}")
        if filled and where == "after it":
            removed += _named_again(doc, events, claim, sentence_id)
    events[:] = [e for e in events if all(e is not r for r in removed)]
    return removed
