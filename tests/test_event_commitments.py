"""Commitments, pledges and promises of help: the act promised, intended, with its giver and
receiver, not an asserted act nor a bare AGREE (issue 13; strict PLOVER maps them to AGREE).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline
from tacitus.plover import strict_type

# (sentence, type, source country, target country)
COMMITMENTS = [
    ("The United Kingdom is committed to continuing to provide the government of Iraq with military support.", "AID", "GBR", "IRQ"),
    ("Australia is committed to providing Iraq with humanitarian assistance.", "AID", "AUS", "IRQ"),
    ("Denmark remains committed to supplying the Iraqi army with weapons.", "AID", "DNK", "IRQ"),
    ("The United States remains committed to assisting the Iraqi government.", "AID", "USA", "IRQ"),
    ("Japan pledged to support Ukraine.", "SUPPORT", "JPN", "UKR"),
    ("Germany promised to help Greece.", "AID", "DEU", "GRC"),
    ("Russia pledged its support for Serbia.", "SUPPORT", "RUS", "SRB"),
    ("The European Union pledged 50 million euros in aid to Syria.", "AID", "IGO", "SYR"),
    ("China promised more aid to Pakistan.", "AID", "CHN", "PAK"),
    ("Norway committed 20 million dollars to Somalia.", "AID", "NOR", "SOM"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "source", "target"), COMMITMENTS,
                         ids=[s[0][:40] for s in COMMITMENTS])  # fmt: skip
def test_a_commitment_is_the_act_promised_intended(
    pipeline: Pipeline, text: str, kind: str, source: str, target: str
) -> None:
    events = pipeline.extract(text)
    assert [e.event_type for e in events] == [kind], [e.reason for e in events]
    [event] = events
    assert event.modality == "intended" and not event.negated
    assert event.source is not None and event.source.country == source
    assert event.target is not None and event.target.country == target
    assert strict_type(event) == "AGREE"  # strict PLOVER: an intention to cooperate


def test_what_is_provided_with_is_the_aid_given_now(pipeline: Pipeline) -> None:
    [event] = pipeline.extract("Britain provided the Kurdish forces with weapons and training.")
    assert (event.event_type, event.modality) == ("AID", "asserted")
    assert event.target is not None and event.target.sector == "MIL"
    # a pledge of cooperation or of troops stays the promise (AGREE), asserted
    [pledge] = pipeline.extract("France pledged its full cooperation with Algeria.")
    assert (pledge.event_type, pledge.modality) == ("AGREE", "asserted")


# (sentence, strict PLOVER type of the deployment): forces promised or sent to help someone
# are an intent to provide protection (CAMEO 0334, AGREE); forces threatened, sent against
# someone or to crush them stay a threat
PROMISED_FORCES = [
    ("Portugal pledged to send troops to Mozambique to protect the gas fields.", "AGREE"),
    ("Ghana offered to deploy soldiers in Liberia.", "AGREE"),
    ("Sweden has committed to sending 300 soldiers to Estonia.", "AGREE"),
    ("Spain agreed to send two warships to escort the aid convoys.", "AGREE"),
    ("Brazil will send a battalion to help stabilise Haiti.", "AGREE"),
    ("Egypt vowed to dispatch troops to assist the Sudanese army.", "AGREE"),
    ("Algeria threatened to send troops into Mali.", "THREATEN"),
    ("Serbia will deploy troops against the Kosovo rebels.", "THREATEN"),
    ("The junta will send more soldiers to crush the revolt in the north.", "THREATEN"),
    ("Iran vowed to deploy its forces along the border with Iraq.", "THREATEN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "strict"), PROMISED_FORCES,
                         ids=[s[0][:40] for s in PROMISED_FORCES])  # fmt: skip
def test_promised_forces_are_help_threatened_forces_a_threat(
    pipeline: Pipeline, text: str, strict: str
) -> None:
    events = pipeline.extract(text)
    deployments = [e for e in events if e.cameo in ("0334", "150", "154")]
    assert deployments, [(e.event_type, e.cameo, e.reason) for e in events]
    assert strict_type(deployments[0]) == strict, deployments[0].reason
    if strict == "AGREE":
        assert "promise (" in deployments[0].reason


# "vowed to" is a promise or a threat by what is vowed
VOWED = [
    ("Washington vowed to defend the Philippines.", "AGREE"),
    ("The prime minister vowed to help the flood victims in Assam.", "AGREE"),
    ("The president vowed to crush the rebels in the east.", "THREATEN"),
    ("Hamas vowed to retaliate against Israel.", "THREATEN"),
]


@pytest.mark.parametrize(("text", "strict"), VOWED, ids=[s[0][:40] for s in VOWED])
def test_a_vow_is_typed_by_what_is_vowed(pipeline: Pipeline, text: str, strict: str) -> None:
    events = pipeline.extract(text)
    assert events and {strict_type(e) for e in events} == {strict}, [e.reason for e in events]


# a promise to arrest or hand over wanted people is judicial cooperation promised (CAMEO 0313,
# AGREE); a threat to arrest, or a promise to arrest opponents, stays a threat
JUSTICE = [
    ("Bosnia committed itself to arresting war crimes suspects.", "AGREE"),
    ("The Kenyan government promised to arrest the killers of the activist.", "AGREE"),
    ("The junta threatened to arrest the opposition leaders.", "THREATEN"),
    ("The Burmese government promised to arrest the protest leaders.", "THREATEN"),
]


@pytest.mark.parametrize(("text", "strict"), JUSTICE, ids=[s[0][:40] for s in JUSTICE])
def test_a_promised_arrest_of_suspects_is_cooperation(
    pipeline: Pipeline, text: str, strict: str
) -> None:
    arrests = [e for e in pipeline.extract(text) if e.trigger.text.startswith("arrest")]
    assert arrests and {strict_type(e) for e in arrests} == {strict}, [e.reason for e in arrests]


def test_a_volunteer_intends_what_it_volunteers(pipeline: Pipeline) -> None:
    [event] = pipeline.extract("Norway volunteered to host the peace talks.")
    assert event.modality == "intended" and strict_type(event) == "AGREE"


# "X said Y should ...": a demand of X on Y (REQUEST); of the speaker itself an intention
SHOULD = [
    ("Britain said Iran should release the tanker.", "REQUEST", "GBR", "IRN"),
    ("The EU said Serbia should recognise Kosovo.", "REQUEST", "IGO", "SRB"),
    ("Germany said it should send more weapons to Ukraine.", "AGREE", "DEU", "UKR"),
]


@pytest.mark.parametrize(("text", "strict", "source", "target"), SHOULD,
                         ids=[s[0][:40] for s in SHOULD])  # fmt: skip
def test_should_in_a_statement_demands_of_others(
    pipeline: Pipeline, text: str, strict: str, source: str, target: str
) -> None:
    [event] = pipeline.extract(text)
    assert strict_type(event) == strict, event.reason
    assert event.source is not None and event.source.country == source
    assert event.target is not None and event.target.country == target
