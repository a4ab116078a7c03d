"""Event places and dates against a gold set (``tacitus eval places``).

Each gold row is ``{id, text, published, trigger, place, date, date_precision}``: the event
is the first record whose trigger contains ``trigger``; ``place`` is ``{name, country,
geonames_id, precision}`` or null (no place: a metonym, or none named), ``date`` the expected
ISO date (null for undated documents). The project's own set is
``tests/data/places_dates_gold.jsonl``.

Scores, over the rows whose event was found: country accuracy (the located country, or
none, as expected), exact-place accuracy (the same GeoNames id; for a division known only by
its namesake city, the same name, country and precision) and date accuracy (date and
precision); ``place_accuracy_all`` counts a row whose event was not found as a miss. Rows
may carry a ``split`` ("dev", "test"): each split is also scored on its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..pipeline import Pipeline
from ..records import Event
from .gold import Report, analyse_rows


def _event(events: list[Event], trigger: str) -> Event | None:
    wanted = trigger.lower()
    return next((e for e in events if wanted in e.trigger.text.lower()), None)


def same_place(found: dict[str, Any] | None, gold: dict[str, Any] | None) -> bool:
    if found is None or gold is None:
        return found is None and gold is None
    if gold.get("geonames_id") is not None:
        return bool(found.get("geonames_id") == gold["geonames_id"])
    return (found.get("name"), found.get("country"), found.get("precision")) == (
        gold.get("name"),
        gold.get("country"),
        gold.get("precision"),
    )


def same_country(found: dict[str, Any] | None, gold: dict[str, Any] | None) -> bool:
    return (found or {}).get("country") == (gold or {}).get("country")


def _shown(location: dict[str, Any] | None) -> str:
    if location is None:
        return "none"
    return f"{location.get('name')} ({location.get('country')}, {location.get('precision')})"


@dataclass
class _Tally:
    rows: int = 0
    found: int = 0
    country: int = 0
    place: int = 0
    date: int = 0

    def metrics(self, prefix: str = "") -> dict[str, float | int]:
        found = self.found or 1
        return {
            f"{prefix}rows": self.rows,
            f"{prefix}events_found": self.found,
            f"{prefix}country_accuracy": self.country / found,
            f"{prefix}place_accuracy": self.place / found,
            f"{prefix}date_accuracy": self.date / found,
            f"{prefix}place_accuracy_all": self.place / (self.rows or 1),
        }


def evaluate_places(rows: list[dict[str, Any]], pipeline: Pipeline, show_errors: int) -> Report:
    """Scores over all rows, then per ``split`` where the rows have one ("dev": the rows the
    rules were developed on; "test": rows written afterwards and never tuned on)."""
    total = _Tally(rows=len(rows))
    splits: dict[str, _Tally] = {}
    for row in rows:
        if row.get("split"):
            splits.setdefault(str(row["split"]), _Tally()).rows += 1
    misses: list[str] = []
    missing_events: list[str] = []
    for row, result in analyse_rows(pipeline, rows):
        event = _event(result.events, row["trigger"])
        if event is None:
            missing_events.append(str(row["id"]))
            continue
        gold_place = row.get("place")
        place_right = same_place(event.location, gold_place)
        date_right = (event.date, event.date_precision) == (
            row.get("date"),
            row.get("date_precision"),
        )
        for tally in (total, splits.get(str(row.get("split")))):
            if tally is not None:
                tally.found += 1
                tally.country += same_country(event.location, gold_place)
                tally.place += place_right
                tally.date += date_right
        if not place_right:
            misses.append(
                f"{row['id']}: place {_shown(event.location)}, expected {_shown(gold_place)}"
            )
        if not date_right:
            misses.append(
                f"{row['id']}: date {event.date} ({event.date_precision}), expected "
                f"{row.get('date')} ({row.get('date_precision')})"
            )
    report = Report("places")
    report.metrics = total.metrics()
    for name, tally in sorted(splits.items()):
        report.metrics.update(tally.metrics(f"{name}."))
    if missing_events:
        report.details["no event for the trigger"] = missing_events
    report.misses = misses[:show_errors]
    return report
