"""Sanctions told with force words, and sanctions or terror listings and designations: a
SANCTION, never an ASSAULT (issue 13). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Event, Pipeline

# (sentence, source country, target country)
SANCTIONED = [
    ("The Treasury targeted four Iranian banks with new sanctions.", "USA", "IRN"),
    ("The new EU sanctions target Russian oligarchs.", None, "RUS"),
    ("Syrian officials were targeted by EU sanctions.", None, "SYR"),
    ("The European Union hit Belarus with fresh sanctions.", "IGO", "BLR"),
    ("Canada targeted Venezuelan officials through sanctions.", "CAN", "VEN"),
    ("The Treasury designated three Hezbollah financiers under Executive Order 13224.", "USA", "LBN"),
    ("The United States designated the Houthis a terrorist organisation.", "USA", None),
    ("Britain designated Hamas as a terrorist organisation.", "GBR", None),
    ("The EU listed five Syrian officials under its sanctions regime.", "IGO", "SYR"),
    ("The UN Security Council listed the Nusra Front as a terrorist group.", "IGO", None),
]  # fmt: skip


@pytest.fixture(scope="module")
def partial() -> Pipeline:
    return Pipeline(keep_partial=True)


def _types(events: list[Event]) -> set[str]:
    return {e.event_type for e in events}


@pytest.mark.parametrize(("text", "source", "target"), SANCTIONED,
                         ids=[s[0][:40] for s in SANCTIONED])  # fmt: skip
def test_sanctions_and_listings_are_sanctions_not_force(
    pipeline: Pipeline, text: str, source: str | None, target: str | None
) -> None:
    events = pipeline.extract(text)
    assert _types(events) == {"SANCTION"}, [e.reason for e in events]
    [event] = events  # one act: not again by the sanctions noun
    assert source is None or (event.source is not None and event.source.country == source)
    assert target is None or (event.target is not None and event.target.country == target)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry listed five demands.",
        "Putin designated Medvedev as his successor.",
        "The report lists the Syrian army among the parties to the conflict.",
        "The government designated Aleppo a safe zone.",
    ],
)
def test_a_list_or_designation_of_no_sanction_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert "SANCTION" not in _types(pipeline.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets targeted rebel positions near Idlib.",
        "The coalition targeted ISIL with airstrikes.",
        "Syrian artillery targeted the town of Daraa.",
    ],
)
def test_targeting_by_force_stays_an_assault(pipeline: Pipeline, text: str) -> None:
    assert _types(pipeline.extract(text)) == {"ASSAULT"}


def test_the_reason_names_the_sanction(pipeline: Pipeline) -> None:
    [event] = pipeline.extract("Japan targeted three Russian banks with sanctions.")
    assert "by sanctions ('with sanctions')" in event.reason


@pytest.mark.parametrize(
    "text",
    [
        "We are targeting the training of the Iraqi army with our partners.",
        "The Republican campaign targeted young voters in Ohio.",
        "The Bank of England targets inflation of two percent.",
    ],
)
def test_aiming_at_an_activity_or_a_public_is_no_attack(partial: Pipeline, text: str) -> None:
    assert "ASSAULT" not in _types(partial.extract(text))  # not even with no side resolved


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("The EU added three Russian banks to its sanctions list.", "IGO", "RUS"),
        ("Washington placed the Iranian Revolutionary Guards on its list of terrorist organisations.", "USA", "IRN"),
        ("Britain put two Syrian generals on its sanctions list.", "GBR", "SYR"),
        # a passive with no agent: the list's own holder puts them on it
        ("Two Hezbollah financiers were added to the UN sanctions list.", "IGO", "LBN"),
    ],
)  # fmt: skip
def test_put_on_a_sanctions_or_terror_list_is_a_sanction(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    [event] = pipeline.extract(text)
    assert event.event_type == "SANCTION"
    assert event.source is not None and event.source.country == source
    assert event.target is not None and event.target.country == target


def test_a_list_of_other_things_is_no_sanction(partial: Pipeline) -> None:
    for text in (
        "The minister put the reform on the list of priorities.",
        "Iran's list of demands was published.",
        "Egypt added Jordan to the list of guests.",
    ):
        assert "SANCTION" not in _types(partial.extract(text)), text
