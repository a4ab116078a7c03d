"""What a sentence tells as done by political actors, and what it only states, needs, aims
at or agrees on (issue 13, precision on real news). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline
from tacitus.records import Event


def _coded(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {
        (
            e.event_type,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in events
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The United States reiterated its support for the Iraqi army.", ("USA", "IRQ")),
        ("Germany expressed its strong backing for the Iraqi security forces.", ("DEU", "IRQ")),
        ("Britain reaffirmed its endorsement of the Ukrainian military.", ("GBR", "UKR")),
        ("France voiced its support for the Lebanese army on Monday.", ("FRA", "LBN")),
    ],
)
def test_support_stated_for_armed_forces_is_words_not_aid(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    assert ("SUPPORT", *expected) in _coded(pipeline.extract(text))
    assert not any(e.event_type == "AID" for e in pipeline.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "France sent weapons to support the Iraqi army.",
        "The United States provided support to the Iraqi army.",
        "Britain supported the Kurdish forces with air strikes.",
    ],
)
def test_support_given_to_armed_forces_stays_aid(pipeline: Pipeline, text: str) -> None:
    assert any(e.event_type == "AID" for e in pipeline.extract(text))
