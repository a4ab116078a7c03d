"""Filtering event records by place: ``--location-country ISO3`` and ``--near LAT,LON,KM``.

The distance is the plain great-circle (haversine) distance to the event's point; the store's
queries use the same formula in SQL (docs/places.md).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from ..actors.gazetteer import haversine_km
from ..errors import ConfigError


@dataclass(frozen=True, slots=True)
class LocationFilter:
    """Keeps events located in a country and/or within ``km`` of a point (plain
    great-circle distance); events without a location never match an active filter."""

    country: str | None = None  # ISO 3166-1 alpha-3
    near: tuple[float, float, float] | None = None  # lat, lon, km

    @classmethod
    def parse(cls, country: str | None, near: str | None) -> LocationFilter:
        """From the CLI's ``--location-country ISO3`` and ``--near LAT,LON,KM``.

        Raises :class:`~tacitus.errors.ConfigError` with the expected form when malformed.
        """
        if country is not None and not re.fullmatch(r"[A-Za-z]{3}", country.strip()):
            raise ConfigError(
                f"--location-country wants an ISO 3166-1 alpha-3 code (got {country!r})",
                hint="e.g. SYR, USA, FRA",
            )
        point = None
        if near is not None:
            parts = near.replace(" ", "").split(",")
            try:
                lat, lon, km = (float(p) for p in parts)
            except ValueError:
                lat, lon, km = math.nan, math.nan, math.nan
            if not (-90 <= lat <= 90 and -180 <= lon <= 180 and km >= 0):
                raise ConfigError(
                    f"--near wants LAT,LON,KM (got {near!r})", hint="e.g. 36.2,37.1,50"
                )
            point = (lat, lon, km)
        return cls(country.strip().upper() if country else None, point)

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
