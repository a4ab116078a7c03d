"""tacitus eval re3d: which gold entities no mention found, and of what class (issue 14).
Rows written for the tests, in re3d's format."""

from __future__ import annotations

import pytest

from tacitus import Pipeline
from tacitus.evaluate.re3d import evaluate_re3d, miss_class


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We", "pronoun"),
        ("there", "pronoun"),
        ("the ISF", "name"),
        ("Da'esh", "name"),
        ("the library", "common noun"),
        ("international partners", "common noun"),
    ],
)
def test_miss_class(text: str, expected: str) -> None:
    assert miss_class(text) == expected


def _row(text: str, spans: list[tuple[str, str]]) -> dict[str, object]:
    entities = []
    for kind, words in spans:
        start = text.index(words)
        entities.append({"type": kind, "start": start, "end": start + len(words), "text": words})
    return {"id": "row1", "text": text, "gold": {"entities": entities, "relations": []}}


def test_missed_entities_are_counted_by_class_and_listed_when_asked(pipeline: Pipeline) -> None:
    text = "Iraqi troops searched the wardrobe. They left at dawn."
    row = _row(
        text,
        [("Organisation", "Iraqi troops"), ("Location", "the wardrobe"), ("Organisation", "They")],
    )
    report = evaluate_re3d([row], pipeline, show_errors=10, list_entities=True)
    assert report.details["scored entities missed, by class"] == {"common noun": 1, "pronoun": 1}
    listed = report.details["entities missed (most frequent first)"]
    assert any("'the wardrobe' (common noun)" in line for line in listed)
    assert not any("Iraqi troops" in line for line in listed)
    quiet = evaluate_re3d([row], pipeline, show_errors=10)
    assert "entities missed (most frequent first)" not in quiet.details


def test_entities_that_are_no_actors_count_as_found(pipeline: Pipeline) -> None:
    text = "Iraqi troops entered the library near the Red Sea."
    row = _row(text, [("Location", "the library"), ("Location", "the Red Sea")])
    report = evaluate_re3d([row], pipeline, show_errors=0)
    assert report.metrics["entity_recall_overlap"] == 1.0
