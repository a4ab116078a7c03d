"""Preparing to use force is a force posture, not a threat.

Strict PLOVER codes an intended act of force as THREATEN, a threat made in words. An armed
side that prepares, readies itself or is poised to attack ("the army prepared to resume
shelling", "troops are poised to storm the city", "the rebels were gearing up for an
offensive on the capital" is a noun, not this) shows force; CAMEO codes that as "demonstrate
military or police power" (150), PLOVER's MOBILIZE. :func:`preparation` finds the verb of
preparation right above the act (a few heads at most); the coder then codes the posture.
"Is prepared / ready to attack" (a willingness said) stays an intention, so a threat.
"""

from __future__ import annotations

from .modality import governors
from .triggers import Predicate

POSTURE_CAMEO = "150"  # demonstrate military or police power
PREPARING_VERBS = frozenset({"prepare", "ready", "gear", "mobilise", "mobilize", "mass"})
POISED = frozenset({"poise"})  # "troops are poised to attack": a posture however it is tagged
FINITE_OR_GERUND = frozenset({"VBD", "VBG", "VBZ", "VBP", "VB"})  # not "is prepared to"


def preparation(pred: Predicate) -> str | None:
    """The verb of preparation an act of force is the aim of ("prepared to resume shelling"),
    for the reason, or None."""
    entry = pred.entry  # attacks, blockades and occupations; not arrests or bans
    if not (entry.type == "ASSAULT" or entry.cameo.startswith("19")):
        return None
    for head, dep in governors(pred.clause, limit=3):
        if dep not in ("xcomp", "advcl", "prep", "pcomp"):
            return None
        lemma = head.lemma_.lower()
        if lemma in POISED or (lemma in PREPARING_VERBS and head.tag_ in FINITE_OR_GERUND):
            return f"'{head.text} to'"
    return None
