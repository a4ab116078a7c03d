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


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The US envoy flew to Cairo for talks with Hamas.", "PSE"),
        ("The Italian minister travelled to Amman for talks with the Iraqi foreign minister.",
         "IRQ"),
        ("Russian diplomats returned to Geneva for a new round of talks with Iran.", "IRN"),
    ],
)  # fmt: skip
def test_the_partner_of_the_talks_a_journey_is_for_is_the_target(
    pipeline: Pipeline, text: str, target: str
) -> None:
    events = pipeline.extract(text)
    assert {e.target.country for e in events if e.event_type == "CONSULT" and e.target} == {target}


@pytest.mark.parametrize(
    "text",
    [
        "The Israeli negotiators returned to Cairo for a new round of talks.",
        "The Egyptian foreign minister returned to Cairo for talks.",
        "Diplomats gathered in Geneva for talks on the ceasefire.",
    ],
)
def test_where_talks_are_resumed_or_gathered_for_is_no_partner(
    pipeline: Pipeline, text: str
) -> None:
    assert not [e for e in pipeline.extract(text) if e.event_type == "CONSULT"]


def test_the_parties_returning_for_talks_meet_each_other(pipeline: Pipeline) -> None:
    text = "American and Russian negotiators returned to Geneva for talks on missiles."
    [event] = [e for e in pipeline.extract(text) if e.event_type == "CONSULT"]
    assert event.reciprocal
    assert {event.source.country, event.target.country} == {"USA", "RUS"}  # type: ignore[union-attr]


def test_a_visit_to_a_capital_for_talks_still_visits_its_state(pipeline: Pipeline) -> None:
    events = pipeline.extract("The Iranian foreign minister travelled to Ankara for talks.")
    assert {e.target.country for e in events if e.event_type == "CONSULT" and e.target} == {"TUR"}


def _sources(events: list[Event], event_type: str) -> set[str | None]:
    return {e.source.country if e.source else None for e in events if e.event_type == event_type}


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        ("Iraqi army commanders briefed Kurdish leaders on the offensive against the Islamic "
         "State. They also discussed security cooperation with Turkey.", "CONSULT", "IRQ"),
        ("Turkish officials accused the Kurdish rebels of the bombing. They also discussed "
         "security cooperation with Iraq.", "CONSULT", "TUR"),
        ("The Iraqi government stepped up its campaign against the Islamic State. They also "
         "agreed to share intelligence with Turkey.", "COOPERATE", "IRQ"),
    ],
)  # fmt: skip
def test_they_of_a_cooperative_act_is_not_the_adversary_named_before(
    pipeline: Pipeline, text: str, event_type: str, source: str
) -> None:
    assert _sources(pipeline.extract(text), event_type) == {source}


def test_they_of_a_hostile_act_may_be_the_adversary_named_before(pipeline: Pipeline) -> None:
    text = "The Syrian army attacked the Kurdish rebels near Afrin. They accused Turkey of arming the army."
    events = pipeline.extract(text)
    assert "TUR" in {e.target.country for e in events if e.event_type == "ACCUSE" and e.target}
    accusers = [e.source for e in events if e.event_type == "ACCUSE" and e.source]
    # the rebels (placed in Syria by Afrin), never the army the clause names again
    assert accusers and {a.sector for a in accusers} == {"REB"}, accusers


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("French strikes against al-Qaida operatives killed 30 militants.", "IMG"),
        ("Russian airstrikes against the Free Syrian Army killed dozens of fighters.", "SYR"),
    ],
)
def test_fighters_struck_by_an_act_against_a_named_group_are_that_groups(
    pipeline: Pipeline, text: str, target: str
) -> None:
    assert _targets(pipeline.extract(text), "killed") == {target}


def test_people_struck_by_an_act_against_a_group_are_not_that_group(pipeline: Pipeline) -> None:
    events = pipeline.extract(
        "French strikes against al-Qaida operatives killed 12 Malian civilians."
    )
    assert _targets(events, "killed") == {"MLI"}


@pytest.mark.parametrize(
    "text",
    [
        "The coalition conducted 40 strikes to enable the defeat of the Islamic State.",
        "Iraqi jets carried out raids to speed the defeat of the Islamic State in Anbar.",
    ],
)
def test_force_used_for_an_act_of_force_is_aimed_at_its_target(
    pipeline: Pipeline, text: str
) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
    assert len(events) == 1  # the defeat, with no doer, is not told again
    assert events[0].source is not None and events[0].target is not None
    assert events[0].target.country == "IMG"


def test_force_used_to_isolate_a_place_has_no_actor_target(pipeline: Pipeline) -> None:
    text = "The coalition conducted 40 strikes to enable the isolation of Raqqah."
    events = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
    assert all(e.target is None or e.target.country == "SYR" for e in events)
