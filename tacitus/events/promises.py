"""Promised forces: an intended deployment that is help, not a show of force.

Strict PLOVER codes an intended act of material conflict as THREATEN; CAMEO codes the intent
to send troops, monitors or ships *for* someone (to help, protect or keep the peace) as
"express intent to provide military protection or peacekeeping" (0334), which is AGREE.
:func:`promised_forces` tells the two apart for an intended MOBILIZE: a promise word above
it ("pledged / offered / agreed to send troops") or a purpose of help ("will send frigates to
help patrol the coast", "to protect civilians") makes it a promise; a threat word
("threatened to send troops"), an "against" phrase or a purpose of force with no help
("to crush the rebels") keeps it a threat. It looks only at the trigger's own clause and the
few heads above it.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Lexicon
from .modality import governors
from .triggers import Predicate

PROMISE_CAMEO = "0334"  # express intent to provide military protection or peacekeeping
JUSTICE_CAMEO = "0313"  # express intent to cooperate on judicial matters
# people a promise to arrest or hand over is judicial cooperation about, not a threat to
WANTED_PEOPLE = frozenset(
    {"suspect", "fugitive", "criminal", "indictee", "perpetrator", "killer", "culprit",
     "terrorist", "accused"}
)  # fmt: skip
ARREST_CAMEOS = frozenset({"173", "174"})
# words of a promise whose clause or object is the act promised
PROMISE_WORDS = frozenset(
    {"pledge", "promise", "offer", "commit", "agree", "undertake", "volunteer", "propose",
     "guarantee", "commitment", "proposal"}
)  # fmt: skip
THREAT_WORDS = frozenset({"threaten", "warn", "threat", "warning", "ultimatum"})
# purposes that make a deployment help for someone
HELP_PURPOSES = frozenset(
    {"help", "assist", "protect", "support", "defend", "secure", "guard", "safeguard",
     "train", "stabilise", "stabilize", "monitor", "rescue", "evacuate", "reinforce",
     "bolster", "shore", "aid", "keep", "maintain", "police", "patrol"}
)  # fmt: skip
FORCE_TYPES = frozenset({"ASSAULT", "COERCE", "THREATEN"})
PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def promised_forces(pred: Predicate, lexicon: Lexicon) -> str | None:
    """Why an intended MOBILIZE is a promise of help (the cue for the reason), or None."""
    if pred.entry.type != "MOBILIZE":
        return None
    clause = pred.clause
    if any(c.dep_ == "prep" and c.lower_ == "against" for c in clause.children):
        return None  # "will deploy troops against the rebels"
    cue = None
    for head, dep in governors(clause, limit=4):
        lemma = head.lemma_.lower()
        if lemma in THREAT_WORDS:
            return None  # "threatened to send troops"
        if cue is None and lemma in PROMISE_WORDS:
            cue = f"'{head.text} to'"
        if cue is None and dep in PURPOSE_DEPS and lemma in HELP_PURPOSES:
            cue = f"'{head.text}' above it"  # "patrol" in "to help patrol the coast"
    purposes = [c for c in clause.children if c.dep_ in PURPOSE_DEPS and c.pos_ == "VERB"]
    helping = next((p for p in purposes if p.lemma_.lower() in HELP_PURPOSES), None)
    if helping is not None:
        return cue or f"purpose 'to {helping.text}'"
    if any(_forceful(p, lexicon) for p in purposes):
        return None  # "will send troops to crush the revolt"
    return cue


def promised_justice(pred: Predicate) -> str | None:
    """Why an intended arrest or extradition is a promise of judicial cooperation ("Serbia
    committed itself to arresting war crimes suspects", "pledged to hand over the
    fugitives"): a promise word above it and wanted people as its object; or None."""
    if pred.entry.cameo not in ARREST_CAMEOS:
        return None
    objects = [c for c in pred.clause.children if c.dep_ in ("dobj", "nsubjpass")]
    if not any(o.lemma_.lower() in WANTED_PEOPLE for o in objects):
        return None
    for head, _dep in governors(pred.clause, limit=3):
        lemma = head.lemma_.lower()
        if lemma in THREAT_WORDS:
            return None
        if lemma in PROMISE_WORDS:
            return f"'{head.text} to'"
    return None


def _forceful(verb: Token, lexicon: Lexicon) -> bool:
    """A purpose the lexicon codes as force only ("to crush", "to attack")."""
    types = {e.type for e in lexicon.verbs.get(verb.lemma_.lower(), ())}
    return bool(types) and types <= FORCE_TYPES
