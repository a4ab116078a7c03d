"""The people a sentence tells were killed or hurt are the act's victims, never its doer
(issue 13, both sides right on real news). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline


@pytest.fixture(scope="module")
def partial() -> Pipeline:
    """A pipeline that keeps records with no side resolved to an actor."""
    return Pipeline(keep_partial=True)


def _harm(pipeline: Pipeline, text: str, trigger: str):  # type: ignore[no-untyped-def]
    return [e for e in pipeline.extract(text) if e.trigger.text == trigger]


@pytest.mark.parametrize(
    "text, trigger, victims",
    [
        ("Soldiers opened fire on the crowd in Kano, with at least nine civilians killed.",
         "killed", "civilians"),
        ("The car bomb went off near a bus station, with 14 Afghan police officers wounded.",
         "wounded", "officers"),
        ("Police broke up the march in Harare, with several Zimbabwean students injured.",
         "injured", "students"),
        ("Rebels shelled the Syrian town for hours, with dozens of civilians reported killed.",
         "killed", "civilians"),
        ("Police raided the offices at dawn, with 20 opposition activists arrested.",
         "arrested", "activists"),
    ],
)  # fmt: skip
def test_the_subject_of_a_with_absolute_participle_is_the_victim(
    partial: Pipeline, text: str, trigger: str, victims: str
) -> None:
    [act] = _harm(partial, text, trigger)
    assert act.target is not None and victims in act.target.text, act.reason
    assert act.source is None or victims not in act.source.text, act.reason
    assert "'with' phrase" in act.reason


def test_a_second_participle_in_the_with_phrase_is_suffered_too(partial: Pipeline) -> None:
    text = "Gunmen stormed the hotel, with four guards killed and seven Kenyan tourists wounded."
    [act] = _harm(partial, text, "wounded")
    assert act.target is not None and "tourists" in act.target.text, act.reason
    assert act.source is None or "tourists" not in act.source.text


@pytest.mark.parametrize(
    "text, trigger, doer",
    [  # an active participle in the phrase keeps its subject as the doer
        ("The town fell quiet, with Turkish troops shelling the Kurdish villages to the east.",
         "shelling", "troops"),
        # not a harm: who withdraws does it
        ("The rebels took the town, with the Malian army withdrawn to the south.",
         "withdrawn", "army"),
    ],
)  # fmt: skip
def test_other_with_phrases_keep_their_doer(
    partial: Pipeline, text: str, trigger: str, doer: str
) -> None:
    [act] = _harm(partial, text, trigger)
    assert act.source is not None and doer in act.source.text, act.reason


def test_a_passive_with_its_own_agent_in_the_with_phrase_names_the_doer(
    partial: Pipeline,
) -> None:
    text = "The siege ended on Friday, with 30 Iraqi soldiers killed by Islamic State snipers."
    [act] = _harm(partial, text, "killed")
    assert act.source is not None and "Islamic State" in (act.source.name or ""), act.reason
    assert act.target is not None and "soldiers" in act.target.text


@pytest.mark.parametrize(
    "text, reporter",
    [
        ("Iran rejected the proposal for new talks, the Iraqi foreign ministry said on Monday.",
         "IRQ"),
        ("The Taliban rejected the ceasefire plan, Pakistan's army said in a statement.", "PAK"),
        ("Turkey rejected the demand, the Russian foreign ministry reported.", "RUS"),
    ],
)  # fmt: skip
def test_the_reporter_of_a_rejection_is_no_side_of_it(
    pipeline: Pipeline, text: str, reporter: str
) -> None:
    [act] = [e for e in pipeline.extract(text) if e.event_type == "REJECT"]
    assert act.target is None or act.target.country != reporter, act.reason


def test_a_clause_explaining_a_rejection_still_names_its_target(pipeline: Pipeline) -> None:
    [act] = [
        e
        for e in pipeline.extract(
            "Israel rejected the accusations: Hamas had started the fighting."
        )
        if e.event_type == "REJECT"
    ]
    assert act.target is not None and act.target.country == "PSE", act.reason


@pytest.mark.parametrize(
    "text",
    [
        "A fire at a hospital in Baghdad killed 82 people. "
        "The Iraqi health minister took responsibility for the blast.",
        "A gas explosion killed 14 people in a market in Lagos. "
        "The Nigerian energy ministry accepted responsibility for the explosion.",
    ],
)
def test_responsibility_taken_for_a_blast_by_no_armed_group_names_no_attacker(
    pipeline: Pipeline, text: str
) -> None:
    for act in (e for e in pipeline.extract(text) if e.event_type == "ASSAULT"):
        assert "claimant" not in act.reason, act.reason


@pytest.mark.parametrize(
    "text, doer",
    [
        ("A car bomb killed 12 people in Kabul. The Taliban took responsibility for the blast.",
         "Taliban"),
        ("A car bomb killed 12 people in Kabul. The Taliban claimed responsibility for the blast.",
         "Taliban"),
        ("An airstrike killed 15 civilians in Kunduz. "
         "The U.S. military accepted responsibility for the strike.", "United States"),
    ],
)  # fmt: skip
def test_an_armed_group_taking_a_blast_or_a_state_accepting_a_strike_is_its_doer(
    pipeline: Pipeline, text: str, doer: str
) -> None:
    [act] = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
    assert act.source is not None and act.source.name == doer, act.reason


@pytest.mark.parametrize(
    "text",
    [
        "Troops opened fire on the crowd in Kano, leaving dozens of protesters wounded.",
        "Boko Haram fighters raided the village, leaving 20 Nigerian farmers injured.",
        "Gunmen attacked a checkpoint in Kandahar, leaving five Afghan soldiers dead.",
    ],
)
def test_leaving_victims_dead_or_wounded_is_no_withdrawal(partial: Pipeline, text: str) -> None:
    assert not [e for e in partial.extract(text) if e.event_type == "RETREAT"]


def test_the_victims_left_dead_are_the_attack_target(partial: Pipeline) -> None:
    text = "Militants stormed a police station in Peshawar, leaving three policemen dead."
    [act] = [e for e in partial.extract(text) if e.trigger.text == "stormed"]
    assert act.target is not None and "policemen" in act.target.text, act.reason


def test_forces_leaving_a_town_still_withdraw(partial: Pipeline) -> None:
    text = "Russian troops left the town of Kherson after a month of fighting."
    assert [e for e in partial.extract(text) if e.event_type == "RETREAT"]
