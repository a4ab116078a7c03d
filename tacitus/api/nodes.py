"""What a node of the actor network is: an actor (``group=actor``), or the state it belongs
to (``group=state``: every actor whose country is a state, by ISO 3166-1 alpha-3 code as
GeoNames lists them, is that state's node ``country:XXX``; CAMEO's IGO, IMG and the like are
no states, and actors without a country stay themselves)."""

from __future__ import annotations

from typing import Any, Literal

from ..places.gazetteer import state_names
from ..store.where import Where

Group = Literal["actor", "state"]


def side(role: str, group: Group) -> tuple[str, list[Any]]:
    """The SQL of an event's ``role`` side (``source``, ``target``) as a node, and its
    parameters."""
    if group == "actor":
        return f"{role}_key", []
    return (
        f"CASE WHEN list_contains(?, {role}_country) THEN 'country:' || {role}_country "
        f"ELSE {role}_key END",
        [states()],
    )


def states() -> list[str]:
    return sorted(state_names())


def node_condition(where: Where, role: str, key: str, group: Group) -> None:
    """Adds: the event's ``role`` side is the node ``key``."""
    sql, params = side(role, group)
    where.add(f"{sql} = ?", *params, key)
