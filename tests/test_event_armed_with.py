"""'armed with' describing the armed ("a man armed with a knife") arms no one: arming (AID 072)
needs someone armed. Sentences written for these tests (review of round 9)."""

from __future__ import annotations

import pytest

from tacitus import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "A man armed with a knife stabbed two tourists in Vienna.",
        "Masked gunmen armed with rifles stormed the bank in Lagos.",
        "Kenyan police arrested the suspect, armed with a pistol, near the market.",
    ],
)
def test_the_armed_are_armed_by_no_one(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in pipeline.extract(text) if e.event_type == "AID"]


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Tehran armed the militias in southern Iraq.", "IRN", "IRQ"),
        ("The militias were armed by Tehran, the report said.", "IRN", None),
    ],
)
def test_arming_someone_is_aid(
    pipeline: Pipeline, text: str, source: str, target: str | None
) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == "AID"]
    assert events, text
    assert events[0].source is not None and events[0].source.country == source
    assert events[0].target is not None
    if target is not None:
        assert events[0].target.country == target
