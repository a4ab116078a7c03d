"""The reference articles: which of the expected relations come out (BENCHMARKS.md, "Reference
articles").

The expectations are the project's list of the system of relations in the seed articles,
written as dyads (countries or dictionary ids) with the event types that express them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..pipeline import Pipeline
from ..plover import strict_type
from ..records import Actor, Event
from .gold import Report, analyse_rows


@dataclass(frozen=True)
class Expected:
    label: str
    source: str
    target: str
    types: frozenset[str]
    either_way: bool = False


EXPECTED = (
    Expected(
        "Iraq–Russia share intelligence", "IRQ", "RUS", frozenset({"COOPERATE", "AGREE"}), True
    ),
    Expected("Iraq–Iran share intelligence", "IRQ", "IRN", frozenset({"COOPERATE", "AGREE"}), True),
    Expected(
        "Iraq–Syria share intelligence", "IRQ", "SYR", frozenset({"COOPERATE", "AGREE"}), True
    ),
    Expected(
        "US-led coalition works with Baghdad",
        "igo:US-LED-COALITION",
        "IRQ",
        frozenset({"COOPERATE"}),
        True,
    ),
    Expected("US rejects Syria's government", "USA", "SYR", frozenset({"REJECT", "ACCUSE"})),
    Expected(
        "Russia proposes joint action to the US",
        "RUS",
        "USA",
        frozenset({"COOPERATE", "AGREE"}),
        True,
    ),
    Expected("Syria asks Russia for help", "SYR", "RUS", frozenset({"REQUEST"})),
    Expected("Putin thanks Trump", "RUS", "USA", frozenset({"SUPPORT"})),
    Expected("CIA tip-off to Russia", "USA", "RUS", frozenset({"COOPERATE"})),
    Expected("Russian senator accuses the US", "RUS", "USA", frozenset({"ACCUSE"})),
    Expected("Iran's adviser insults France's president", "IRN", "FRA", frozenset({"ACCUSE"})),
    Expected(
        "France threatens Iran with sanctions", "FRA", "IRN", frozenset({"THREATEN", "SANCTION"})
    ),
)


def _is(actor: Actor | None, code: str) -> bool:
    if actor is None:
        return False
    return actor.country == code or actor.actor_id == code


def _matches(expected: Expected, event: Event) -> bool:
    types = {event.event_type, strict_type(event)}
    if not types & expected.types:
        return False
    forward = _is(event.source, expected.source) and _is(event.target, expected.target)
    backward = _is(event.source, expected.target) and _is(event.target, expected.source)
    return forward or ((expected.either_way or event.reciprocal) and backward)


def evaluate_seeds(rows: list[dict[str, Any]], pipeline: Pipeline, show_errors: int) -> Report:
    found: dict[str, list[str]] = {e.label: [] for e in EXPECTED}
    dyads: dict[str, list[str]] = {}
    total_events = 0
    for row, result in analyse_rows(pipeline, rows):
        seen = set()
        for event in result.events:
            total_events += 1
            s = event.source.country or event.source.text if event.source else "-"
            t = event.target.country or event.target.text if event.target else "-"
            seen.add(
                f"{s} → {t} {event.event_type}{'' if event.modality == 'asserted' else ' ' + event.modality}"
            )
            for expected in EXPECTED:
                if _matches(expected, event) and row["id"] not in found[expected.label]:
                    found[expected.label].append(str(row["id"]))
        dyads[str(row["id"])] = sorted(seen)
    report = Report("seeds")
    hits = sum(1 for v in found.values() if v)
    report.metrics = {"expected_relations": len(EXPECTED), "found": hits,
                      "recall": hits / len(EXPECTED), "events": total_events}  # fmt: skip
    report.details["expected relations"] = {
        k: ("found in " + ", ".join(v)) if v else "MISSING" for k, v in found.items()
    }
    if show_errors:
        report.details.update({f"dyads {k}": v for k, v in dyads.items()})
    return report
