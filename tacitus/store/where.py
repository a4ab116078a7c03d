"""Building SQL ``WHERE`` clauses: conditions with their parameters, in order (the one home of
this for the store's queries, the API's and the stories').

User input only ever travels as parameters: a condition is SQL written here or by the caller,
never pasted from a filter's value.
"""

from __future__ import annotations

import math
from typing import Any

EARTH_KM = 6371.0088  # mean Earth radius, as tacitus.places.gazetteer.haversine_km uses


class Where:
    """SQL conditions and their parameters, in order."""

    def __init__(self) -> None:
        self.conditions: list[str] = []
        self.params: list[Any] = []

    def add(self, condition: str, *params: Any) -> None:
        self.conditions.append(condition)
        self.params.extend(params)

    def days(self, day: str, since: str | None, until: str | None) -> None:
        """``day`` (an SQL expression giving an ISO date) within [since, until], either open."""
        if since:
            self.add(f"{day} >= ?", since)
        if until:
            self.add(f"{day} <= ?", until)

    def sql(self, keyword: str = "WHERE") -> str:
        """`` WHERE a AND b`` (or another keyword: ``HAVING``); empty without conditions."""
        return f" {keyword} " + " AND ".join(self.conditions) if self.conditions else ""


def like(text: str) -> str:
    """An ``ILIKE ? ESCAPE '\\'`` pattern for a substring, its wildcards taken literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def near(where: Where, lat: float, lon: float, km: float, prefix: str = "") -> None:
    """Adds: the event's point (plain ``lat``/``lon`` columns) lies within ``km`` of (lat,
    lon). A bounding box first, on the plain columns (cheap, and prunable by zone maps), then
    the great-circle distance on the rows inside it."""
    at_lat, at_lon = f"{prefix}lat", f"{prefix}lon"
    reach = km / EARTH_KM  # radians of arc
    degrees = math.degrees(reach)
    where.add(f"{at_lat} BETWEEN ? AND ?", lat - degrees, lat + degrees)
    pole = abs(lat) + degrees >= 90 or reach >= math.pi / 2
    if not pole:
        spread = math.degrees(math.asin(min(1.0, math.sin(reach) / math.cos(math.radians(lat)))))
        low, high = lon - spread, lon + spread
        if low < -180:
            where.add(f"({at_lon} >= ? OR {at_lon} <= ?)", low + 360, high)
        elif high > 180:
            where.add(f"({at_lon} >= ? OR {at_lon} <= ?)", low, high - 360)
        else:
            where.add(f"{at_lon} BETWEEN ? AND ?", low, high)
    where.add(
        f"2 * {EARTH_KM} * asin(least(1.0, sqrt(pow(sin(radians({at_lat} - ?) / 2), 2) + "
        f"cos(radians(?)) * cos(radians({at_lat})) * pow(sin(radians({at_lon} - ?) / 2), 2)))) "
        "<= ?",
        lat,
        lat,
        lon,
        km,
    )


def within_km(column: str) -> str:
    """A condition true when the point of the JSON location in ``column`` lies within ``?`` km
    of (``?`` lat, ``?`` lon): parameters (lat, lat, lon, km), in that order.

    The haversine distance in plain SQL (no spatial extension). A location without a numeric
    ``lat`` and ``lon`` never matches (``least`` skips NULLs, hence the explicit check).
    """
    lat = f"TRY_CAST({column}->>'lat' AS DOUBLE)"
    lon = f"TRY_CAST({column}->>'lon' AS DOUBLE)"
    return (
        f"({lat} IS NOT NULL AND {lon} IS NOT NULL AND 2 * {EARTH_KM} * asin(least(1.0, sqrt("
        f"pow(sin(radians({lat} - ?) / 2), 2) + cos(radians(?)) * cos(radians({lat})) "
        f"* pow(sin(radians({lon} - ?) / 2), 2)))) <= ?)"
    )
