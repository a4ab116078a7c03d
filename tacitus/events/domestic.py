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
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from ..actors.identity import unlisted
from ..actors.resolve_types import ActorHit
from .lexicon import TriggerEntry

STATE_ORGANS = frozenset({"GOV", "COP", "JUD", "SPY"})
PEOPLE_SECTORS = frozenset({"CVL", "LAB", "EDU", "REL", "JRN", "PTY", "OPP", "MED", "SOC"})
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
    acts = "orders, presses or charges" if entry.type in DEMAND_TYPES else "coerces"
    reason = (
        f"{people.reason}; country {state}: the people a state's "
        f"{src.actor.sector or 'government'} {acts}, no other nationality named"
    )
    return replace(tgt, actor=replace(people, country=state, reason=reason))


def _coerces(entry: TriggerEntry, src: ActorHit) -> bool:
    actor = src.actor
    if not actor.country or actor.country in NON_STATES or actor.sector not in STATE_ORGANS:
        return False
    if entry.type in DEMAND_TYPES:  # "the government ordered the opposition newspaper to";
        # not a person: a minister presses parties abroad too ("the Foreign Secretary urged
        # all parties to")
        return not (actor.actor_id or "").startswith("person:")
    return entry.type == "COERCE" or (entry.type == "ASSAULT" and actor.sector == "COP")
