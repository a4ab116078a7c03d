"""Acts of government aimed at no political actor (issue 13, round 11): emergency rule for a
natural disaster, a fight against a social ill or a ruling, a bare promise of domestic
policy; word readings (relief support, "gave ... in", "pressed on", "pushed X to", "security
cooperation" stepped up), what one tries to make another do, and nouns of effort with a
purpose infinitive. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline
from tacitus.evaluate.plover_gsr import main_mention
from tacitus.plover import strict_type

NOT_EVENTS = [
    # emergency rule for a disaster; a "state" that is no emergency
    "The government declared a state of emergency in the provinces hit by the floods.",
    "Chile declared a state of emergency after the earthquake.",
    "Authorities imposed a state of emergency as wildfires spread across the region.",
    "The Philippine president declared a state of emergency after the typhoon.",
    "The president declared a state of mourning after the ferry disaster.",
    # a fight against a social ill, a danger or a ruling
    "The new president vowed to fight corruption.",
    "The prime minister promised to fight poverty and unemployment.",
    "Firefighters battled the blaze in the capital for three days.",
    "The opposition vowed to fight the election result in court.",
    # a bare promise of such a policy
    "The government pledged to combat inflation in the coming year.",
    "The minister vowed to tackle crime in the capital.",
    # pressing on with one's own act; pushing to act oneself
    "Israel pushed ahead with settlement building in East Jerusalem.",
    "Russia pushed to expand its role in the region.",
]

# (sentence, strict type of the main act, modality or "negated")
# fmt: off
CODED = [
    # emergency rule after unrest or attacks stays coercion
    ("Egypt declared a state of emergency after the riots in Cairo.", "COERCE", "asserted"),
    ("Thailand declared a state of siege in the south after a wave of bombings.", "COERCE", "asserted"),
    ("Turkey imposed martial law in the Kurdish provinces.", "COERCE", "asserted"),
    # fighting armed people is force, promised or done
    ("The army vowed to fight the rebels until they surrender.", "THREATEN", "intended"),
    ("Kurdish fighters battled Islamic State militants near Kirkuk.", "ASSAULT", "asserted"),
    # relief work supported, relief support given: aid
    ("Japan extended relief support to the quake victims in Nepal.", "AID", "asserted"),
    ("Britain supported the relief effort in Haiti with ten million pounds.", "AID", "asserted"),
    ("Kuwait supported the humanitarian effort in Yemen.", "AID", "asserted"),
    ("The European Union supported the Turkish proposal.", "SUPPORT", "asserted"),
    # "gave X ... in a place" is a gift, "gave in" without an object a yielding
    ("Italy gave logistical support to the African Union force in Somalia.", "AID", "asserted"),
    ("The Thai government gave in to the protesters' demands on Sunday.", "CONCEDE", "asserted"),
    # pressing on with one's own campaign asks nobody; pressing someone does
    ("Iraqi forces pressed on with their push to recapture the city from the militants.", "THREATEN", "intended"),
    ("Washington pressed Pakistan to arrest the militant leaders.", "REQUEST", "asserted"),
    # pressing ahead with one's own act is that act, no demand
    ("The coalition pressed ahead with its bombing campaign against the militants.", "ASSAULT", "asserted"),
    # pushing someone to act is a request; pressing someone on a matter too
    ("The United States pushed Israel to release the prisoners.", "REQUEST", "asserted"),
    ("Washington pressed Iran on its nuclear programme.", "REQUEST", "asserted"),
    # what one tries to make another do is not done, nor intended by its doer
    ("Turkey is trying to persuade Syria to expel the Kurdish leader.", "SANCTION", "hypothetical"),
    ("Washington tried to force Iraq to withdraw its troops from Kuwait.", "RETREAT", "hypothetical"),
    ("Turkey persuaded Syria to expel the Kurdish leader.", "SANCTION", "asserted"),
    # nouns of effort with a purpose infinitive: the purpose is intended
    ("The army began a push to drive the rebels out of the valley.", "THREATEN", "intended"),
    ("Iraqi forces made progress in the drive to retake Mosul.", "THREATEN", "intended"),
]
# fmt: on


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_no_interaction(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(text)
    assert events == [], [(e.event_type, e.reason) for e in events]


@pytest.mark.parametrize(("text", "kind", "modality"), CODED)
def test_main_act_type_and_modality(
    pipeline: Pipeline, text: str, kind: str, modality: str
) -> None:
    chosen = main_mention(pipeline.extract(text))
    assert chosen, "no event"
    event = chosen[0]
    got = (strict_type(event), "negated" if event.negated else event.modality)
    assert got == (kind, modality), event.reason


def test_step_up_cooperation_is_no_deployment(pipeline: Pipeline) -> None:
    """Security cooperation stepped up is no deployment of police ("stepped up patrols" is)."""
    events = pipeline.extract("Turkey and Iraq stepped up security cooperation against the rebels.")
    assert all(e.event_type != "MOBILIZE" for e in events), [e.reason for e in events]
    events = pipeline.extract("The Venezuelan army stepped up patrols along the border.")
    assert [e.event_type for e in events] == ["MOBILIZE"], [e.reason for e in events]
