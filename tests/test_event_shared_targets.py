"""Targets a sentence gives to a second clause of the act: a harm told by a participle after
it, forces sent to fight someone (issue 13, round 10). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Event, Pipeline


def _targets(events: list[Event], trigger: str) -> set[str | None]:
    """The target country (or text, when it has none) of every record of one trigger."""
    return {
        (e.target.country or e.target.text) if e.target else None
        for e in events
        if e.trigger.text.split()[0] == trigger
    }


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        ("Israeli jets bombed the camp, wounding ten Palestinian civilians.", "bombed", "PSE"),
        ("Somali militants attacked the base, killing four Kenyan soldiers.", "attacked", "KEN"),
        ("Syrian troops shelled the village on Monday, killing three Turkish soldiers.",
         "shelled", "TUR"),
    ],
)  # fmt: skip
def test_a_harm_told_by_a_participle_after_the_act_is_its_target(
    pipeline: Pipeline, text: str, trigger: str, target: str
) -> None:
    assert _targets(pipeline.extract(text), trigger) == {target}


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # a conjunction or a preposition: another act, not the harm the act did
        ("Syrian troops shelled the village after killing three Turkish soldiers.", "shelled"),
        ("Syrian troops shelled the village while fleeing Turkish soldiers watched.", "shelled"),
    ],
)
def test_a_participle_of_its_own_time_gives_no_target(
    pipeline: Pipeline, text: str, trigger: str
) -> None:
    assert _targets(pipeline.extract(text), trigger) == {None}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russia sent troops to fight the Chechen rebels.", "RUS"),
        ("Iraq deployed soldiers to Anbar to battle Islamic State militants.", "IMG"),
        ("Ethiopia dispatched troops to attack Eritrean rebels.", "ERI"),
    ],
)
def test_forces_sent_to_fight_are_mobilised_against_the_adversary(
    pipeline: Pipeline, text: str, target: str
) -> None:
    events = pipeline.extract(text)
    assert {e.target.country for e in events if e.event_type == "MOBILIZE" and e.target} == {target}


def test_forces_sent_to_help_are_mobilised_against_nobody(pipeline: Pipeline) -> None:
    events = pipeline.extract("Russia sent troops to help the Syrian government.")
    assert [e.target for e in events if e.event_type == "MOBILIZE"] == [None]
