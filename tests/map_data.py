"""A store with located events for the map's tests (no model needed). Holds no tests.

The API tests' corpus (:mod:`test_api_data`) with places: six of its seven events located at
five points (a city twice, a first-level division, a country, a city with a hostile name), the
seventh with a location whose coordinates are not numbers (it counts as without a place).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from test_api_data import XSS, corpus

from tacitus.records import DocumentResult
from tacitus.store import Store, open_store


def place(name: str, country: str, lat: Any, lon: Any, precision: str,
          admin1: str | None = None) -> dict[str, Any]:  # fmt: skip
    return {"name": name, "country": country, "admin1": admin1, "lat": lat, "lon": lon,
            "geonames_id": None, "precision": precision}  # fmt: skip


BAGHDAD = place("Baghdad", "IRQ", 33.34058, 44.40088, "city")
MOSCOW = place("Moscow", "RUS", 55.75222, 37.61556, "city")
RUSSIA = place("Russia", "RUS", 55.75222, 37.61556, "country")  # a country's point: its capital
NINEVEH = place("Nineveh", "IRQ", 36.335, 43.11889, "admin1", admin1="Nineveh")
HOSTILE = place(f"Tehran {XSS}", "IRN", 35.69439, 51.42151, "city")
BROKEN = place("Geneva", "CHE", "north", None, "city")

# (doc_id, index of the event in its document) -> location
LOCATIONS = {
    ("a", 0): BAGHDAD,  # COOPERATE, quad class 2
    ("b", 1): BAGHDAD,  # COOPERATE, 2
    ("a", 1): MOSCOW,  # ACCUSE, 3
    ("b", 0): RUSSIA,  # THREATEN, 3
    ("c", 0): NINEVEH,  # ASSAULT, 4
    ("sub/x.html", 0): HOSTILE,  # ACCUSE, 3
    ("d", 0): BROKEN,  # CONSULT, 1: no usable point
}


def located_corpus() -> list[DocumentResult]:
    found = corpus()
    for result in found:
        for n, event in enumerate(result.events):
            event.location = LOCATIONS.get((result.document.doc_id, n))
    return found


def make_located_store(path: Path) -> Store:
    """A writable store at ``path`` holding :func:`located_corpus`."""
    store = open_store(path)
    store.write(located_corpus())
    return store
