"""Filtering event records by place: ``--location-country ISO3`` and ``--near LAT,LON,KM``.

The distance is the plain great-circle (haversine) distance to the event's point; the store's
queries use the same formula in SQL (:func:`tacitus.store.where.within_km`, docs/places.md).
The parsing and checks here are the one home of these two filters' values: ``tacitus
extract``, the store's :class:`~tacitus.store.Filters`, the query commands and the HTTP API
all use them.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError
from .gazetteer import haversine_km

Near = tuple[float, float, float]  # lat, lon, km
NEAR_EXAMPLE = "e.g. 36.2,37.1,50"


def parse_country(text: str, option: str = "--location-country") -> str:
    """An ISO 3166-1 alpha-3 code, upper-cased; :class:`ConfigError` naming ``option``."""
    if not re.fullmatch(r"[A-Za-z]{3}", text.strip()):
        raise ConfigError(
            f"{option} wants an ISO 3166-1 alpha-3 code (got {text!r})", hint="e.g. SYR, USA, FRA"
        )
    return text.strip().upper()


def near_problem(lat: float, lon: float, km: float) -> str | None:
    """Why (lat, lon, km) is not a usable ``--near``, or None when it is."""
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return "LAT within -90..90 and LON within -180..180"
    if not (0 < km < math.inf):
        return "KM a finite number above 0"
    return None


def parse_near(text: str, option: str = "--near") -> Near:
    """``"LAT,LON,KM"`` (spaces allowed) as (lat, lon, km); :class:`ConfigError` naming
    ``option`` when it is not three numbers, the point is off the globe or KM is not > 0."""
    try:
        lat, lon, km = (float(p) for p in text.replace(" ", "").split(","))
    except ValueError:
        raise ConfigError(f"{option} wants LAT,LON,KM (got {text!r})", hint=NEAR_EXAMPLE) from None
    problem = near_problem(lat, lon, km)
    if problem is not None:
        raise ConfigError(f"{option} wants LAT,LON,KM with {problem} (got {text!r})",
                          hint=NEAR_EXAMPLE)  # fmt: skip
    return (lat, lon, km)


@dataclass(frozen=True, slots=True)
class LocationFilter:
    """Keeps events located in a country and/or within ``km`` of a point (plain
    great-circle distance); events without a location never match an active filter."""

    country: str | None = None  # ISO 3166-1 alpha-3
    near: Near | None = None  # lat, lon, km

    @classmethod
    def parse(cls, country: str | None, near: str | None) -> LocationFilter:
        """From the CLI's ``--location-country ISO3`` and ``--near LAT,LON,KM``.

        Raises :class:`~tacitus.errors.ConfigError` with the expected form when malformed.
        """
        return cls(
            parse_country(country) if country is not None else None,
            parse_near(near) if near is not None else None,
        )

    @property
    def active(self) -> bool:
        return self.country is not None or self.near is not None

    def __call__(self, location: dict[str, Any] | None) -> bool:
        if not self.active:
            return True
        if location is None:
            return False
        if self.country is not None and location.get("country") != self.country:
            return False
        if self.near is not None:
            lat, lon = location.get("lat"), location.get("lon")
            if lat is None or lon is None:
                return False
            return haversine_km(self.near[0], self.near[1], lat, lon) <= self.near[2]
        return True
