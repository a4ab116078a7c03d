"""The country of the people a state's police or government coerce at home (issue 13).

"Egyptian police opened fire to disperse demonstrators", "Turkish police prevented the
demonstration staged by students", "Nigerian authorities jailed 52 activists": the people
acted on are named by an agent noun with no nationality. Repression and arrests are acts of
a state's organs on its own people, so such a target takes the state's country, with a
reason that says so. Only:

- acts of coercion (arrests, bans, dispersals), orders, pressure, charges and threats
  ("ordered the opposition newspaper to suspend publication", "pressured workers to cancel
  the strike", "accused activists of ...": by its organs, not by a person) by the
  government, police, courts or intelligence of a state, and force used by its police (not
  its army: armies fight abroad);
- targets that are unnamed people of a civil or opposition sector ("demonstrators",
  "students", "activists", "opposition supporters"), no dictionary actor and no country;
- never when the event is placed in another country.

An organ of a state named by no nationality ("government troops", "security forces",
"police", "the authorities") is the organ of the state where the event is placed ("police
arrested 20 demonstrators in Lagos"), or, placed nowhere, of the state whose rebels,
ethnic group, opposition or parties it faces ("Iraqi Kurds clashed with government
troops"); "troops", "officials", "officers" or "delegations" alone may be any state's and
stay unresolved. The
place here is the one the sentence names, never the dateline (the coder passes none: "BEIRUT
(Reuters) - Government forces shelled ..." is filed from Beirut).

Armed conflict at home ("Algerian troops killed 15 militants east of Algiers", "rebel forces
shelled the Somali capital"): rebels, militants or guerrillas named by no nationality and no
dictionary name are a state's own insurgents when they fight its police or government, or its
forces in a place of its own, or strike a place of it that the event is not placed outside of
(armies fight abroad: "the Israeli military struck militants" names no home). Only force and
coercion (ASSAULT, COERCE), and for rebels as the doers only a state's organs or a place as
the target (not its people: "militants kidnapped two Venezuelan engineers" names no state of
the kidnappers).

Victims where they are ("an Israeli strike killed two people in Rafah", "43 people were killed
in a car bomb blast in the Syrian town of Azaz"): civilians named by no nationality whom force
or coercion strikes in a place the sentence names (never the dateline) are that place's
people, whoever strikes them. Not those whose word says they are away from home ("hostages",
"tourists", "pilgrims", "foreigners", "passengers", "migrant workers"), nor those the mention
calls foreign.

Doers where they act ("gunmen attacked a market in the town of Baidoa", "armed men kidnapped
two Chinese engineers near Quetta", "students protested in Sivas"): armed men, militants,
rebels and people (protesters, students, workers, villagers) named by no nationality and no
name, who use force, coerce or protest in a place the sentence names (never the dateline),
are that place's. Never armies or police (their rules are above), a sentence that says
someone came across a border ("crossed into", "from across the border", "infiltrated",
"cross-border"), doers a name modifies ("IS fighters"), foreign, migrant or away from home,
or someone's proxy ("Iranian-backed militias"); never an event of talk or agreement, whose
place is a venue ("rebels agreed to a ceasefire at talks in Nairobi").
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Span

from ..actors.cross_border import crosses_border
from ..actors.identity import unlisted
from ..actors.non_actors import HARDWARE
from ..actors.residents import AWAY_FROM_HOME
from ..actors.resolve import FOREIGN_WORDS, PROXY_WORDS
from ..actors.resolve_types import ActorHit
from .agency import INSTRUMENTS
from .lexicon import TriggerEntry

STATE_ORGANS = frozenset({"GOV", "COP", "JUD", "SPY"})
ARMED_ORGANS = frozenset({"GOV", "COP", "SPY", "MIL"})
# organs that act at home wherever the event is placed; armies fight abroad too ("the Israeli
# military struck militants"), so theirs is home only where the event is placed there
HOME_ORGANS = frozenset({"GOV", "COP", "SPY"})
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# organs of a state that a word alone names ("police", "the authorities", "government troops")
UNNAMED_ORGANS = frozenset({"GOV", "COP", "JUD", "SPY", "MIL"})
# words that name a state's organs at home ("the government", "government troops",
# "security forces", "police"); "troops", "officials", "officers" or "delegations" alone may
# be any state's
HOME_ORGAN_WORDS = frozenset(
    {"government", "authorities", "regime", "junta", "security", "police", "policemen",
     "gendarmes", "gendarmerie", "riot"}
)  # fmt: skip
# words that make forces an armed group's ("rebel forces", "guerrilla units")
ARMED_GROUP_WORDS = frozenset(
    {"rebel", "rebels", "insurgent", "insurgents", "guerrilla", "guerrillas", "militia",
     "militias", "militant", "militants", "separatist", "separatists"}
)  # fmt: skip
# things that travel, no place of their state's ("militants seized a Chinese cargo ship"):
# the instruments and hardware of agency.py and non_actors.py, and ships by their trade
MOBILE_THINGS = INSTRUMENTS | HARDWARE | {"tanker", "freighter", "ferry", "airliner", "trawler"}
PEOPLE_SECTORS = frozenset({"CVL", "LAB", "EDU", "REL", "JRN", "PTY", "OPP", "MED", "SOC"})
# the sides an unnamed organ placed nowhere faces only at home ("Iraqi Kurds clashed with
# government troops")
FACED_AT_HOME = frozenset({"REB", "ETH", "OPP", "PTY"})
NON_STATES = frozenset({"IGO", "NGO", "IMG", "UNO", "EUR", "MNC", "ISM"})
# a state's organs ordering, pressing, charging or threatening its unnamed people: orders and
# charges to people at home, as coercion is
DEMAND_TYPES = frozenset({"REQUEST", "ACCUSE", "THREATEN"})


def at_home(
    entry: TriggerEntry,
    src: ActorHit | None,
    tgt: ActorHit | None,
    location: dict[str, Any] | None,
) -> ActorHit | None:
    """The target with its state's country when a state's organ coerces unnamed people at
    home; else the target as it was."""
    if src is None or tgt is None or not _coerces(entry, src):
        return tgt
    state = src.actor.country
    people = tgt.actor
    if people.country or people.sector not in PEOPLE_SECTORS:
        return tgt
    if people.actor_id and not unlisted(people.actor_id, people.reason):
        return tgt
    if location is not None and location.get("country") not in (None, state):
        return tgt
    if any(w in FOREIGN_WORDS for w in people.text.lower().split()):
        return tgt  # "accused Western media", "expelled foreign journalists": not its own
    acts = "orders, presses or charges" if entry.type in DEMAND_TYPES else "coerces"
    reason = (
        f"{people.reason}; country {state}: the people a state's "
        f"{src.actor.sector or 'government'} {acts}, no other nationality named"
    )
    return replace(tgt, actor=replace(people, country=state, reason=reason))


def armed_at_home(
    entry: TriggerEntry,
    src: ActorHit | None,
    tgt: ActorHit | None,
    location: dict[str, Any] | None,
    sent: Span | None = None,
) -> tuple[ActorHit | None, ActorHit | None]:
    """Source and target, an unnamed armed group given the country of the state it fights at
    home; else both as they were. Not when the sentence says someone came across a border
    ("militants who crossed the border attacked a police station")."""
    if src is None or tgt is None or entry.type not in FORCE_TYPES:
        return src, tgt
    if sent is not None and crosses_border(sent):
        return src, tgt
    where = location.get("country") if location is not None else None
    state = _state_of(src, ARMED_ORGANS)
    home = state is not None and (where == state or (where is None and _state_of(src, HOME_ORGANS)))
    if state is not None and home and _unnamed_armed(tgt):
        return src, _with_country(tgt, state, f"the armed group a state's {_organ(src)} fights")
    state = _state_of(tgt, ARMED_ORGANS)
    home = state is not None and where == state
    if state is None:  # "rebels shelled the capital": a place of the state, placed nowhere else
        state = _state_place(tgt)
        home = state is not None and where in (None, state)
    if state is not None and home and _unnamed_armed(src):
        return _with_country(src, state, "the armed group fighting its own state"), tgt
    return src, tgt


# civilians whose word says they may be away from home (``residents.AWAY_FROM_HOME``), held,
# or on the move: not the place's people (the words as written, singular and plural)
_AWAY_NOUNS = AWAY_FROM_HOME | {
    "prisoner", "detainee", "passenger", "migrant", "worker", "traveller", "traveler", "hiker"
}  # fmt: skip
AWAY_WORDS = frozenset(
    {form for noun in _AWAY_NOUNS for form in (noun, f"{noun}s")}
    | {"crew", "foreign", "international"}
)
VICTIM_SECTORS = frozenset({"CVL"})


def victims_in_place(
    entry: TriggerEntry, tgt: ActorHit | None, location: dict[str, Any] | None
) -> ActorHit | None:
    """The target, civilians of no nationality struck by force or coercion in a place the
    sentence names, given that place's country; else the target as it was."""
    where = location.get("country") if location is not None else None
    if tgt is None or where is None or where in NON_STATES or entry.type not in FORCE_TYPES:
        return tgt
    people = tgt.actor
    if people.country or people.sector not in VICTIM_SECTORS or tgt.named or tgt.locative:
        return tgt
    if people.actor_id and not unlisted(people.actor_id, people.reason):
        return tgt
    if AWAY_WORDS & set(people.text.lower().split()):
        return tgt
    reason = (
        f"{people.reason}; country {where}: civilians struck where the event is placed, "
        "no other nationality named"
    )
    return replace(tgt, actor=replace(people, country=where, reason=reason))


# the doers a place names the country of: armed men and militants of no name, and people
# ("protesters", "students", "workers", "villagers"); not armies or police (see above)
DOER_SECTORS = frozenset({"REB", "UAF", "CVL", "OPP", "EDU", "LAB", "AGR"})
DOER_TYPES = FORCE_TYPES | {"PROTEST"}


def doers_in_place(
    entry: TriggerEntry,
    src: ActorHit | None,
    location: dict[str, Any] | None,
    sent: Span,
) -> ActorHit | None:
    """The source, unnamed armed men or people of no nationality who use force, coerce or
    protest in a place the sentence names (never the dateline), given that place's country;
    else the source as it was. Not when the sentence says someone came across a border, nor
    doers a name modifies ("IS fighters") or the mention calls foreign, away from home or
    someone's proxy."""
    where = location.get("country") if location is not None else None
    if src is None or where is None or where in NON_STATES:
        return src
    doc = sent.doc
    before = doc[src.start - 1] if src.start > sent.start else None
    if any(
        child.dep_ in ("compound", "amod", "nmod") and child.pos_ == "PROPN"
        for child in doc[src.anchor].children
    ) or (before is not None and before.is_upper and before.is_alpha and len(before) > 1):
        return src  # "IS fighters", "PKK militants": a name says whose they are
    doers = src.actor
    if entry.type not in DOER_TYPES or doers.country or doers.sector not in DOER_SECTORS:
        return src
    if src.named or src.locative:
        return src
    if doers.actor_id and not unlisted(doers.actor_id, doers.reason):
        return src
    words = set(doers.text.lower().replace("-", " ").split())
    if words & (AWAY_WORDS | FOREIGN_WORDS | PROXY_WORDS) - {"armed"}:  # "armed men" are doers
        return src  # "foreign fighters", "Iranian-backed militias", "migrant workers"
    if crosses_border(sent):
        return src  # "militants who crossed into Kenya killed four policemen in Mandera"
    reason = (
        f"{doers.reason}; country {where}: {doers.text} acting where the event is placed, "
        "no other nationality and no border crossing named"
    )
    return replace(src, actor=replace(doers, country=where, reason=reason))


def organs_at_home(
    src: ActorHit | None, tgt: ActorHit | None, location: dict[str, Any] | None
) -> tuple[ActorHit | None, ActorHit | None]:
    """Source and target, an organ of a state named by no nationality ("government troops",
    "police", "the authorities") given the country where the event is placed or, placed
    nowhere, of the rebels, ethnic group, opposition or parties it faces; else both as they were."""
    where = location.get("country") if location is not None else None
    sides: list[ActorHit | None] = []
    for side, other in ((src, tgt), (tgt, src)):
        if side is None or not _unnamed_organ(side):
            sides.append(side)
            continue
        state, why = where, "the state where the event is placed"
        if state is None and other is not None and _home_people(other):
            state, why = other.actor.country, f"the state of the {other.actor.text} it faces"
        sides.append(_with_country(side, state, f"{why}, an organ of it") if state else side)
    return sides[0], sides[1]


def _unnamed_organ(hit: ActorHit) -> bool:
    actor = hit.actor
    if actor.country or hit.named or actor.sector not in UNNAMED_ORGANS:
        return False
    if not HOME_ORGAN_WORDS & set(actor.text.lower().split()):
        return False  # "troops", "officials", "delegations" may be any state's
    return not actor.actor_id or unlisted(actor.actor_id, actor.reason)


def _home_people(hit: ActorHit) -> bool:
    """A state's rebels, ethnic group, opposition or parties, whose state an unnamed organ
    facing them is; not its nationals otherwise, whom other states detain or expel too ("the
    authorities detained two British journalists")."""
    actor = hit.actor
    return bool(actor.country) and actor.country not in NON_STATES and actor.sector in FACED_AT_HOME


def _state_of(hit: ActorHit, organs: frozenset[str]) -> str | None:
    actor = hit.actor
    if not actor.country or actor.country in NON_STATES or actor.sector not in organs:
        return None
    return actor.country


def _state_place(hit: ActorHit) -> str | None:
    """The country of a place of a state acted on ("the Somali capital", "Juba", "Kenya"): a
    city, a thing of the state's that stays in it (not a ship or a convoy), or the state named
    itself; not its people ("two Venezuelan engineers")."""
    actor = hit.actor
    if actor.country in NON_STATES or actor.sector or not actor.country:
        return None
    if hit.thing and _head_word(actor.text) in MOBILE_THINGS:
        return None  # a ship or a convoy may be anywhere: "militants seized a Chinese ship"
    place = actor.actor_id is None or hit.thing or hit.locative or hit.metonym is not None
    named = actor.name is not None and _bare(actor.text) == actor.name.lower()
    return actor.country if place or named else None


def _head_word(text: str) -> str:
    """The last word of a mention, singular where its plural is a listed word ("convoys")."""
    words = text.lower().split()
    word = words[-1] if words else ""
    return word[:-1] if word.endswith("s") and word[:-1] in MOBILE_THINGS else word


def _bare(text: str) -> str:
    words = text.lower().split()
    return " ".join(words[1:] if words and words[0] == "the" else words)


def _unnamed_armed(hit: ActorHit) -> bool:
    """Rebels, militants, guerrillas ("rebel forces" too) of no country and no listed name."""
    actor = hit.actor
    if actor.country or actor.sector not in ("REB", "MIL"):
        return False
    if actor.sector == "MIL" and not ARMED_GROUP_WORDS & set(actor.text.lower().split()):
        return False
    return not actor.actor_id or unlisted(actor.actor_id, actor.reason)


def _organ(hit: ActorHit) -> str:
    return {"MIL": "forces", "COP": "police", "GOV": "government"}.get(
        hit.actor.sector or "", "organs"
    )


def _with_country(hit: ActorHit, state: str, why: str) -> ActorHit:
    actor = hit.actor
    reason = f"{actor.reason}; country {state}: {why} at home, no other nationality named"
    return replace(hit, actor=replace(actor, country=state, reason=reason))


def _coerces(entry: TriggerEntry, src: ActorHit) -> bool:
    actor = src.actor
    if not actor.country or actor.country in NON_STATES or actor.sector not in STATE_ORGANS:
        return False
    if entry.type in DEMAND_TYPES:  # "the government ordered the opposition newspaper to";
        # not a person: a minister presses parties abroad too ("the Foreign Secretary urged
        # all parties to")
        return not (actor.actor_id or "").startswith("person:")
    return entry.type == "COERCE" or (entry.type == "ASSAULT" and actor.sector == "COP")
