"""The sector of an unlisted organisation whose own name a state's name or demonym opens
("the Sudan People's Liberation Movement", "the Malian Resistance Forces", "the Chadian
Democratic Front", "the Burundian Patriotic Militia"): the resolver gives it the state's
country but never the state (``ActorResolver._own_country``), and with no agent word at its
head ("Movement", "Front") it had no sector. Its generic words give one:

- a word of armed struggle (liberation, resistance, rebel, insurgent, salvation,
  mujahideen, jihad, fighting) makes it a rebel group (REB) when its head is an armed body
  or a movement, group or alliance (not "the Ukrainian Resistance Center", "the Mexican
  Fighting Bulls"), never a party;
- a militia is a militia (PRM);
- an armed body's head (army, forces, brigade, battalion; not "front", the head of ruling
  coalitions as often) with a word no state's own forces bear (free, democratic) is a rebel
  group too ("the Yemeni Democratic Forces"), not
  the state's army: "the Afghan National Army", "the Angolan Armed Forces" are the state's
  and never come here (the state's path takes a demonym before an agent word);
- a party is a party (PTY).

A name whose words say none of these keeps no sector ("the Nigerian Democratic Movement"
may be a party or a rebel group)."""

from __future__ import annotations

from collections.abc import Iterable

STRUGGLE_WORDS = frozenset(
    {"liberation", "resistance", "rebel", "rebels", "insurgent", "insurgents", "salvation",
     "mujahideen", "mujahedeen", "jihad", "fighting"}
)  # fmt: skip
MILITIA_WORDS = frozenset({"militia", "militias"})
ARMED_HEADS = frozenset(
    {"army", "forces", "force", "brigade", "brigades", "battalion", "battalions", "front"}
)  # fmt: skip
# the heads a word of struggle makes a rebel group of: an armed body or a movement ("the
# Ukrainian Resistance Center", "the Mexican Fighting Bulls" are none)
STRUGGLE_HEADS = ARMED_HEADS | frozenset(
    {"movement", "movements", "group", "groups", "organisation", "organization", "alliance",
     "coalition", "fighters", "rebels", "insurgents", "mujahideen", "mujahedeen"}
)  # fmt: skip
# an armed body's head a "free" or "democratic" makes a rebel group of: not "front", the head
# of ruling coalitions and parties as often ("the ... Revolutionary Democratic Front")
MARKED_HEADS = ARMED_HEADS - {"front"}
NON_STATE_MARKS = frozenset({"free", "democratic"})
PARTY_WORDS = frozenset({"party"})


def group_sector(words: Iterable[str]) -> tuple[str, str] | None:
    """The sector an organisation's own name gives it, and the word that says so."""
    lowered = [w.lower() for w in words]
    head = lowered[-1] if lowered else ""
    if head in PARTY_WORDS:
        return "PTY", head
    struggle = next((w for w in lowered if w in STRUGGLE_WORDS), None)
    if struggle is not None and head in STRUGGLE_HEADS:
        return "REB", struggle
    militia = next((w for w in lowered if w in MILITIA_WORDS), None)
    if militia is not None:
        return "PRM", militia
    mark = next((w for w in lowered if w in NON_STATE_MARKS), None)
    if mark is not None and head in MARKED_HEADS:
        return "REB", f"{mark} ... {head}"
    return None
