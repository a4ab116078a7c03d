"""The conditions every query of the store takes (:class:`Filters`), checked when made."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import ConfigError
from ..places.filters import Near, near_problem
from ..records import PLOVER_TYPES

_ISO3 = re.compile(r"^[A-Z]{3}$")


@dataclass(frozen=True)
class Filters:
    """Conditions shared by every query; None (or empty) means no condition."""

    actor: str | None = None  # actor_id (country:RUS), key, or name (case-insensitive)
    country: str | None = None  # ISO 3166-1 alpha-3 of the source or target
    types: tuple[str, ...] = ()  # PLOVER event types
    quad_class: int | None = None
    since: str | None = None  # ISO date, inclusive
    until: str | None = None  # ISO date, inclusive
    outlet: str | None = None  # case-insensitive, exact
    text: str | None = None  # substring of the sentence (events) or title/text (documents)
    doc_id: str | None = None
    location_country: str | None = None  # ISO 3166-1 alpha-3 of the event's location
    near: Near | None = None  # (lat, lon, km): events located within km of the point
    limit: int | None = None
    offset: int = 0  # rows to skip (the page's start); ``after`` is the faster way
    # keyset paging: the order values of the row the page starts after (store.paging)
    after: tuple[Any, ...] | None = None
    # the actor keys ``actor`` matched (store.actor_match); None: not matched yet
    actor_keys: tuple[str, ...] | None = None

    def __post_init__(self) -> None:
        for name in ("country", "location_country"):
            code = getattr(self, name)
            if code is not None and not _ISO3.match(code.upper()):
                raise ConfigError(f"{name} must be an ISO 3166-1 alpha-3 code (got {code!r})")
        if self.near is not None:
            try:
                lat, lon, km = (float(v) for v in self.near)
                problem = near_problem(lat, lon, km)
            except (TypeError, ValueError):
                problem = "three numbers"
            if problem is not None:
                raise ConfigError(f"near must be (lat, lon, km) with {problem} (got {self.near!r})")
            object.__setattr__(self, "near", (lat, lon, km))  # plain floats for the SQL
        for kind in self.types:
            if kind.upper() not in PLOVER_TYPES:
                raise ConfigError(
                    f"unknown event type {kind!r}", hint="one of " + ", ".join(PLOVER_TYPES)
                )
        if self.quad_class is not None and self.quad_class not in (1, 2, 3, 4):
            raise ConfigError(f"quad class must be 1, 2, 3 or 4 (got {self.quad_class})")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None:
                try:
                    date.fromisoformat(value)
                except ValueError as exc:
                    raise ConfigError(
                        f"--{name} must be a date YYYY-MM-DD (got {value!r})"
                    ) from exc
        if self.limit is not None and self.limit < 0:
            raise ConfigError(f"limit must be >= 0 (got {self.limit})")
        if self.offset < 0:
            raise ConfigError(f"offset must be >= 0 (got {self.offset})")

    @property
    def located(self) -> bool:
        """Whether a place filter is on (only located events can match)."""
        return self.location_country is not None or self.near is not None
