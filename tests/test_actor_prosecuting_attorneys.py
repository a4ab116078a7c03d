"""A prosecuting attorney is the judiciary, a lawyer by trade a civilian (review of round 9:
19dddb6 listed 'attorney' among trades, which made 'the U.S. attorney' a civilian). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline


@pytest.mark.parametrize(
    ("text", "country", "sector"),
    [
        ("The U.S. attorney charged the congressman with bribery on Friday.", "USA", "JUD"),
        ("The district attorney charged the sheriff with perjury.", None, "JUD"),
        # a lawyer by trade: a national, no organ of the state
        ("A Canadian attorney accused the Chinese government of torture.", "CAN", "CVL"),
    ],
)
def test_the_attorney_who_charges_is_the_judiciary(
    pipeline: Pipeline, text: str, country: str | None, sector: str
) -> None:
    [event] = [e for e in pipeline.extract(text) if e.event_type == "ACCUSE"]
    assert event.source is not None
    assert (event.source.country, event.source.sector) == (country, sector)
