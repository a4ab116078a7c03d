"""Readings found in the PLOVER GSR dev half's type misses, each a construction class:
letting refugees return, orders to the press, findings that another must act (issue 13).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Event, Pipeline
from tacitus.plover import strict_type


def _of(events: list[Event], kind: str) -> list[Event]:
    return [e for e in events if e.event_type == kind]


@pytest.mark.parametrize(
    ("text", "source", "modality"),
    [
        ("Jordan allowed 500 Syrian refugees to return home.", "JOR", "asserted"),
        ("Pakistan will permit Afghan refugees to stay until June.", "PAK", "intended"),
        ("Kenya allowed Somali refugees to re-enter the camp.", "KEN", "asserted"),
    ],
)
def test_letting_refugees_return_or_stay_is_a_retreat(
    pipeline: Pipeline, text: str, source: str, modality: str
) -> None:
    [event] = _of(pipeline.extract(text), "RETREAT")
    assert event.source is not None and event.source.country == source
    assert event.modality == modality and event.mode == "access"


@pytest.mark.parametrize(
    "text",
    [
        "A Turkish court ordered the newspaper Zaman to close.",
        "The Egyptian government ordered Al Jazeera journalists to leave the country.",
        "Venezuela's government ordered the opposition station to stop broadcasting.",
    ],
)
def test_an_order_to_the_press_is_censorship_not_a_request(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(text)
    assert _of(events, "COERCE") and not _of(events, "REQUEST"), [e.reason for e in events]
    assert all(e.mode == "censor" for e in _of(events, "COERCE"))


def test_an_order_of_goods_or_to_troops_is_no_censorship(pipeline: Pipeline) -> None:
    assert not pipeline.extract("The company ordered a new film.")
    events = pipeline.extract("Putin ordered Russian troops to withdraw from Syria.")
    assert not _of(events, "COERCE")


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Britain concluded that Russia must withdraw its troops from Georgia.", "GBR", "RUS"),
        ("The UN panel concluded that Israel must allow aid into Gaza.", "IGO", "ISR"),
        ("France concluded that Iran must stop enriching uranium.", "FRA", "IRN"),
    ],
)
def test_a_finding_that_another_must_act_is_a_demand(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    [event] = _of(pipeline.extract(text), "REQUEST")
    assert event.source is not None and event.source.country == source
    assert event.target is not None and event.target.country == target
    assert strict_type(event) == "REQUEST"


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("France will support Iraq in its fight against ISIL.", "IRQ"),
        ("Britain supports Ukraine in the war with Russia.", "UKR"),
        ("The United States backs the Kurds in their struggle against ISIL.", None),
    ],
)
def test_support_in_a_war_is_help(pipeline: Pipeline, text: str, target: str | None) -> None:
    [event] = _of(pipeline.extract(text), "AID")
    assert "material help ('in " in event.reason
    assert target is None or (event.target is not None and event.target.country == target)


def test_support_in_a_vote_or_by_a_statement_stays_support(pipeline: Pipeline) -> None:
    assert _of(pipeline.extract("Germany supported Chile in the vote."), "SUPPORT")
    text = "The UN reiterated its support for the Iraqi people in their fight against terrorism."
    assert _of(pipeline.extract(text), "SUPPORT")  # a statement of support (a noun), not help
