"""Predicates that are coded through another one in the same sentence, and so not on their own.

- An intention verb or noun whose content is a coded act ("agreed to share intelligence",
  "reaffirms its commitment to support Iraq", "is committed to working with"): the act is
  coded, intended (modality.py), and the intention is not coded again.
- A verb read on its own when its object noun gives the same act ("signed" and "signed a
  security agreement"): the noun's reading is kept.
- A noun act that is the subject of a verb coding the same act ("a U.S. strike hit two
  vehicles"), or the agent of its passive ("killed by a Russian airstrike"): the verb's
  reading is kept.
- The aim of an attack that is itself coded ("launched an offensive to retake Mosul",
  "strikes to destroy ISIL positions"): one operation, one event.
"""

from __future__ import annotations

from collections.abc import Callable

from ..cameo import lookup
from .arguments import GO_BETWEEN_VERBS, left_behind
from .lexicon import Lexicon
from .modality import INTENT_NOUNS
from .triggers import Predicate

# what an operation is coded as, and what its aim may be
OPERATION_TYPES = frozenset({"ASSAULT"})
AIM_TYPES = frozenset({"ASSAULT", "COERCE"})
# the phrases in which an act noun names its own parties ("talks between X and Y")
PARTY_PREPS = frozenset({"between", "with", "by", "among"})

Drop = Callable[[Predicate, str], None]


def governing_filter(predicates: list[Predicate], lexicon: Lexicon, drop: Drop) -> list[Predicate]:
    """The predicates to code on their own; ``drop`` hears of the others, with the rule."""
    governed = _governed(predicates, lexicon)
    keep = []
    for p in predicates:
        if p.entry.type != "THREATEN" and _is_governing_intention(p, governed, lexicon):
            drop(p, "an intention governing a coded act: the act is coded, intended")
        elif (noun := _same_act_by_noun(p, predicates)) is not None:
            drop(
                p,
                f"the same act as '{noun.head.text}' with it ('signed' and 'signed an agreement')",
            )
        elif (verb := _subject_of_same_act(p, predicates)) is not None:
            drop(p, f"the same act as '{verb.head.text}' it is the doer of ('a strike hit')")
        elif (left := _left_by(p, predicates)) is not None:
            drop(
                p,
                f"what '{left.head.text}' leaves ('withdrew from its agreement with X'): no new act",
            )
        elif (operation := _operation_aimed_at(p, predicates)) is not None:
            drop(
                p,
                f"the aim of the {operation.entry.type} coded above it ('{operation.clause.text} ... to')",
            )
        else:
            keep.append(p)
    return keep


def _left_by(pred: Predicate, predicates: list[Predicate]) -> Predicate | None:
    """The withdrawal whose from / on / of phrase holds this noun act: "pulled out of the
    talks with Ukraine", "reneged on his commitment to the people" (the talks, the commitment
    are what is left, not new acts)."""
    if pred.head.pos_ != "NOUN" or pred.head.dep_ != "pobj":
        return None
    for other in predicates:
        leaves = other is not pred and other.entry.mode == "withdraw" and other.via != "noun"
        if leaves and pred.head in left_behind(other):
            return other
    return None


def _governed(predicates: list[Predicate], lexicon: Lexicon) -> set[int]:
    """Tokens above a coded act that announce it: "agreed [to share]", "its commitment [to
    support]", "committed [to working]", "proposed [joint airstrikes]"."""
    governed: set[int] = set()
    for pred in predicates:
        token = pred.clause
        if pred.head != pred.clause and token.lemma_.lower() in lexicon.intent_verbs:
            governed.add(token.i)  # "proposed joint airstrikes"
        for _ in range(4):
            head = token.head
            if head == token:
                break
            if token.dep_ == "ccomp" and _doerless(pred):
                break  # "agreed that talks will be held": the agreement is the act
            if token.dep_ in ("xcomp", "ccomp"):
                token = head
            elif token.dep_ == "acl" and head.lemma_.lower() in INTENT_NOUNS:
                token = head  # "its commitment to support", "a plan to deploy"
            elif token.dep_ == "pcomp" and head.dep_ == "prep" and head.head != head:
                token = head.head  # "committed to working with"
            elif token.pos_ in ("NOUN", "PROPN") and token.lemma_.lower() in INTENT_NOUNS:
                token = head  # "reaffirmed [its commitment] to ..."
            else:
                break
            governed.add(token.i)
    return governed


def _doerless(pred: Predicate) -> bool:
    """An act its clause names no doer of: the act noun is the clause's subject ("talks will
    be held", "a meeting will take place"), or a passive without a "by" agent ("the prisoners
    will be released"). Agreed on in a "that" clause, it is the content of an agreement
    between those who agree, not an act coded for them."""
    clause = pred.clause
    if pred.head != clause and pred.head.dep_ in ("nsubj", "nsubjpass"):
        # "talks between Israel and Hamas will be held" name their own parties
        return not any(
            c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ in PARTY_PREPS)
            for c in pred.head.children
        )
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in clause.children)
    return passive and not any(c.dep_ == "agent" for c in clause.children)


def _is_governing_intention(p: Predicate, governed: set[int], lexicon: Lexicon) -> bool:
    if p.head == p.clause and p.head.lemma_.lower() in lexicon.intent_verbs:
        return p.head.i in governed
    if p.entry.type != "AGREE":
        return False
    return any(w.i in governed and w.lemma_.lower() in INTENT_NOUNS for w in p.words) or (
        p.head.i in governed and p.head.lemma_.lower() in INTENT_NOUNS
    )


def _same_act_by_noun(p: Predicate, predicates: list[Predicate]) -> Predicate | None:
    """A verb read on its own when its object noun is read with it as one act of the same
    type: "signed" and "signed a security agreement" (the noun's reading is kept)."""
    if p.head != p.clause or p.via != "verb":
        return None
    for q in predicates:
        if (
            q is not p
            and q.clause == p.head
            and q.head != q.clause
            and q.entry.type == p.entry.type
        ):
            return q
    return None


def _subject_of_same_act(p: Predicate, predicates: list[Predicate]) -> Predicate | None:
    """A noun act that is the subject of a verb coding the same act: "a U.S. strike hit two
    vehicles", "the airstrikes killed 20 militants", or its passive's agent: "civilians
    killed by a Russian airstrike" (the verb, with its object, is kept)."""
    if p.via != "noun":
        return None
    head = p.head
    if head.dep_ in ("nsubj", "nsubjpass"):
        verb = head.head
        if head.dep_ == "nsubjpass" and verb.lemma_.lower() in GO_BETWEEN_VERBS:
            return None  # "talks between X and Y were hosted by Z": the parties talk
    elif head.dep_ == "pobj" and head.head.dep_ == "agent":
        verb = head.head.head
    else:
        return None
    for q in predicates:
        if q is not p and q.head == verb and p.entry.type in _readings(q):
            return q
    return None


def _readings(q: Predicate) -> set[str]:
    """The types a predicate may take: its entry's, and its sanctions reading's ("the new
    sanctions target X": a sanction subject makes 'target' a SANCTION)."""
    alternative = q.entry.sanction
    return {q.entry.type} | ({alternative.type} if alternative is not None else set())


def _operation_aimed_at(p: Predicate, predicates: list[Predicate]) -> Predicate | None:
    """The coded attack whose purpose clause this predicate is ("to retake Mosul")."""
    clause = p.clause
    if p.entry.type not in AIM_TYPES or clause.dep_ not in ("advcl", "xcomp", "acl"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    for q in predicates:
        if q is p or q.entry.type not in OPERATION_TYPES:
            continue
        if clause.head in (q.clause, q.head) and lookup(q.entry.cameo).quad_class == 4:
            return q
    return None
