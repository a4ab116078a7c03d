"""Query parameters shared by the endpoints: filters and pagination.

Every list endpoint takes the same filters (``since``, ``until``, ``actor``, ``country``,
``type``, ``quad_class``, ``outlet``, ``text``, ``location_country``, ``near``) and pages with
``limit``/``offset`` or, faster at any depth, ``cursor`` (the previous page's ``next_cursor``:
:mod:`tacitus.store.paging`); the dashboard writes the same names into its URL. ``type`` may repeat
(``type=ACCUSE&type=REJECT``) or list types with commas (``type=ACCUSE,REJECT``). The place
filters (``location_country=SYR``, ``near=36.2,37.15,50``) keep located events only: quotes,
which have no place, are not filtered by them (docs/places.md). A value that cannot be used is
a 400 with the API's error shape, never a 500.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Query, Request

from ..errors import ConfigError
from ..places.filters import Near, parse_near
from ..records import PLOVER_TYPES
from ..store import Filters
from ..store.actor_match import resolve
from .errors import bad_parameter

MAX_TEXT = 200  # longest free-text filter value
MAX_LIMIT = 1000
MAX_OFFSET = 10_000_000
_DAY = r"^(\d{4}-\d{2}-\d{2})?$"  # empty: no condition

Since = Annotated[
    str | None, Query(pattern=_DAY, description="From this date on (YYYY-MM-DD, inclusive).")
]
Until = Annotated[
    str | None, Query(pattern=_DAY, description="Up to this date (YYYY-MM-DD, inclusive).")
]
ActorParam = Annotated[
    str | None,
    Query(
        max_length=MAX_TEXT,
        description="Actor: a key or id (country:RUS) exactly, else every actor whose name "
        "holds these words (Putin, Trump) or with this alias (the Kremlin, ISIL). "
        "GET /api/actors?q=... says what it matches.",
    ),
]
Country = Annotated[
    str | None,
    Query(pattern=r"^([A-Za-z]{3})?$", description="ISO 3166-1 alpha-3 of a source or target."),
]
Types = Annotated[
    list[str] | None,
    Query(
        alias="type",
        max_length=len(PLOVER_TYPES),
        description="PLOVER event type; repeat it or separate types with commas.",
    ),
]
QuadClass = Annotated[int | None, Query(ge=1, le=4, description="Quad class 1-4.")]
Outlet = Annotated[
    str | None, Query(max_length=MAX_TEXT, description="Outlet name (case-insensitive).")
]
Text = Annotated[
    str | None,
    Query(
        max_length=MAX_TEXT,
        description="Text in the sentence, quote or document: as written, any case, as whole words.",
    ),
]
LocationCountry = Annotated[
    str | None,
    Query(
        pattern=r"^([A-Za-z]{3})?$",
        description="ISO 3166-1 alpha-3 of the event's location (e.g. SYR). Events without a "
        "location never match; quotes are not filtered by place.",
    ),
]
NearParam = Annotated[
    str | None,
    Query(
        max_length=100,
        description="LAT,LON,KM: events located within KM kilometres of the point LAT,LON "
        "(great-circle distance; e.g. 36.2,37.15,50). Events without a location never match; "
        "quotes are not filtered by place.",
    ),
]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]
Cursor = Annotated[
    str | None,
    Query(
        max_length=1000,
        description="The next_cursor of the previous page: the page after it (keyset paging; "
        "offset, if given, skips rows after it). Opaque; a cursor of another list is a 400.",
    ),
]


Limit = Annotated[
    int, Query(ge=0, le=MAX_LIMIT, description=f"At most this many rows (<= {MAX_LIMIT}).")
]


@dataclass(frozen=True)
class Page:
    limit: int
    offset: int


def _types(values: list[str] | None) -> tuple[str, ...]:
    found: list[str] = []
    for value in values or []:
        for part in value.split(","):
            kind = part.strip().upper()
            if not kind:
                continue
            if kind not in PLOVER_TYPES:
                raise bad_parameter(
                    "type",
                    f"unknown event type {part.strip()[:40]!r}; one of " + ", ".join(PLOVER_TYPES),
                )
            if kind not in found:
                found.append(kind)
    return tuple(found)


def _blank(value: str | None) -> str | None:
    """Empty values (``actor=``, as a form sends them) mean no condition."""
    return value.strip() or None if value is not None else None


def _near(value: str | None) -> Near | None:
    if not value:
        return None
    try:
        return parse_near(value, option="near")
    except ConfigError as exc:
        raise bad_parameter("near", f"{exc} ({exc.hint})" if exc.hint else str(exc)) from exc


def filters(
    request: Request,
    since: Since = None,
    until: Until = None,
    actor: ActorParam = None,
    country: Country = None,
    types: Types = None,
    quad_class: QuadClass = None,
    outlet: Outlet = None,
    text: Text = None,
    location_country: LocationCountry = None,
    near: NearParam = None,
) -> Filters:
    """The shared filters as the store's :class:`~tacitus.store.Filters` (a FastAPI
    dependency), the actor filter matched to actor keys (``request.state.actor_match``)."""
    point = _near(_blank(near))
    try:
        chosen = Filters(
            actor=_blank(actor),
            country=country.upper() if country else None,
            types=_types(types),
            quad_class=quad_class,
            since=since or None,
            until=until or None,
            outlet=_blank(outlet),
            text=_blank(text),
            location_country=location_country.upper() if location_country else None,
            near=point,
        )
    except ConfigError as exc:
        problem = str(exc).replace("--", "")
        name = "since" if "since" in problem else "until" if "until" in problem else "filters"
        raise bad_parameter(name, problem) from exc
    resolved, match = resolve(request.app.state.store, chosen)
    request.state.actor_match = match
    return resolved
