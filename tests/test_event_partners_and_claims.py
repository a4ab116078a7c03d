"""Sides named by joint action and by claims (issue 13): a partner named by "together with",
"in coordination with" or "alongside" acts with the source (COOPERATE), never as the
target of the attack; sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Event, Pipeline


def _sides(events: list[Event], kind: str) -> list[tuple[str, str]]:
    def name(actor: object) -> str:
        return "-" if actor is None else (actor.country or "?")  # type: ignore[attr-defined]

    return [(name(e.source), name(e.target)) for e in events if e.event_type == kind]


# the partner of a joint attack: a COOPERATE of its own with the attacker, never struck
JOINT_PARTNERS = [
    ("Turkish troops fought the Kurdish militia together with Syrian rebels.", "TUR", "SYR"),
    ("Turkey fought together with Syrian rebels near the border.", "TUR", "SYR"),
    ("Iraqi troops attacked the militants in coordination with the US-led coalition.",
     "IRQ", "IGO"),
    ("Kenyan soldiers raided the camp in conjunction with Somali forces.", "KEN", "SOM"),
    ("Iraqi tribesmen fought alongside American special forces.", "IRQ", "USA"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "doer", "partner"), JOINT_PARTNERS, ids=[t[0][:40] for t in JOINT_PARTNERS]
)
def test_a_partner_in_a_joint_attack_cooperates_and_is_not_struck(
    pipeline: Pipeline, text: str, doer: str, partner: str
) -> None:
    events = pipeline.extract(text)
    assert (doer, partner) in _sides(events, "COOPERATE"), _sides(events, "COOPERATE")
    assert all(target != partner for _, target in _sides(events, "ASSAULT")), events


def test_fighting_with_an_enemy_is_no_partnership(pipeline: Pipeline) -> None:
    events = pipeline.extract("Iraqi troops fought with Islamic State militants in Mosul.")
    assert not _sides(events, "COOPERATE")
    assert ("IRQ", "IMG") in _sides(events, "ASSAULT")


def test_cooperation_named_as_a_noun_is_told_once(pipeline: Pipeline) -> None:
    text = "Iraqi forces attacked the militants in cooperation with the US-led coalition."
    assert _sides(pipeline.extract(text), "COOPERATE") == [("IRQ", "IGO")]


# an attack told with no doer, then claimed: the claimant did it
CLAIMED_AFTER = [
    "A car bomb killed 14 people at a bus station in Kabul. The Taliban claimed responsibility for the attack.",
    "Two explosions killed nine Iraqi policemen in Mosul on Tuesday. The Islamic State claimed the bombings.",
    "A roadside bomb killed three Somali soldiers, and al-Shabaab claimed responsibility for the blast.",
    "A mortar round killed two Afghan soldiers near Kandahar. The attack was claimed by the Taliban.",
    "A suicide blast killed 11 Afghan police officers. The Taliban claimed responsibility in a statement.",
    "Gunfire killed six Somali soldiers at a base. Al-Shabaab said it was behind the attack.",
]  # fmt: skip


@pytest.mark.parametrize("text", CLAIMED_AFTER, ids=[t[:40] for t in CLAIMED_AFTER])
def test_an_attack_claimed_after_it_is_told_has_the_claimant_as_doer(
    pipeline: Pipeline, text: str
) -> None:
    events = pipeline.extract(text)
    sides = _sides(events, "ASSAULT")
    assert sides and all(source in ("AFG", "IMG", "SOM") for source, _ in sides), sides
    assert all(target != "-" for _, target in sides), sides  # the claim is not told twice


# a claim denied, refused, only suspected or about other attacks gives no doer
NOT_CLAIMED = [
    "A car bomb killed 14 people at a bus station in Kabul. No group has claimed responsibility for the attack.",
    "A car bomb killed 14 people at a bus station in Kabul. The Taliban denied responsibility for the attack.",
    "A car bomb killed 14 people at a bus station in Kabul. Officials suspect the Taliban carried out the attack.",
    "A car bomb killed 14 people at a bus station in Kabul. The Taliban have claimed attacks in the city before.",
    "A car bomb killed 14 people at a bus station in Kabul. The Taliban did not claim the attack.",
    "A car bomb killed 14 people at a bus station in Kabul. Police said the Taliban were behind the attack.",
    "A car bomb killed 14 people at a bus station in Kabul. No group claimed responsibility.",
]  # fmt: skip


@pytest.mark.parametrize("text", NOT_CLAIMED, ids=[t[40:90] for t in NOT_CLAIMED])
def test_an_attack_not_claimed_keeps_no_doer(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(text)
    killed = [e for e in events if e.event_type == "ASSAULT" and e.trigger.text == "killed"]
    assert killed and all(e.source is None for e in killed), _sides(events, "ASSAULT")


def test_a_claim_gives_no_doer_to_an_attack_that_has_one(pipeline: Pipeline) -> None:
    text = (
        "Government troops shelled the village, killing six Syrian civilians. "
        "The Islamic State claimed responsibility for the attack on a checkpoint."
    )
    sides = _sides(pipeline.extract(text), "ASSAULT")
    struck = [s for s, t in sides if t == "SYR"]  # the troops keep the shelling
    assert struck and "IMG" not in struck, sides


def test_a_claimed_attack_tells_its_claim_in_the_reason(pipeline: Pipeline) -> None:
    text = (
        "A car bomb killed 14 people in Kabul. The Taliban claimed responsibility for the attack."
    )
    killed = [e for e in pipeline.extract(text) if e.trigger.text == "killed"]
    assert killed and "the claimant of 'attack'" in killed[0].reason


# a go-between of others' talks (host, mediator, convener) consults each party; the parties
# talk with each other
HOSTED_TALKS = [
    ("Ethiopia hosted talks between Sudan and South Sudan.", "ETH", ("SDN", "SSD")),
    ("Talks between Armenia and Azerbaijan were hosted by Russia.", "RUS", ("ARM", "AZE")),
    ("Egypt convened talks between Israel and Hamas in Cairo.", "EGY", ("ISR", "PSE")),
    ("The negotiations between Serbia and Croatia were mediated by the European Union.",
     "IGO", ("SRB", "HRV")),
    ("Oman hosted a new round of talks between Iran and Saudi Arabia.", "OMN", ("IRN", "SAU")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "host", "parties"), HOSTED_TALKS, ids=[t[0][:40] for t in HOSTED_TALKS]
)
def test_the_host_of_talks_consults_each_party(
    pipeline: Pipeline, text: str, host: str, parties: tuple[str, str]
) -> None:
    sides = _sides(pipeline.extract(text), "CONSULT")
    assert (host, parties[0]) in sides and (host, parties[1]) in sides, sides
    assert parties in sides or parties[::-1] in sides, sides  # the parties' own talks


def test_a_host_of_a_gathering_with_no_parties_named_consults_no_one(pipeline: Pipeline) -> None:
    sides = _sides(pipeline.extract("Kenya hosted a summit on climate change."), "CONSULT")
    assert all(target == "-" for _, target in sides), sides


def test_a_host_of_talks_is_no_party_of_another_clause(pipeline: Pipeline) -> None:
    text = "Qatar, which hosted talks between Hamas and Fatah, condemned Israel."
    sides = _sides(pipeline.extract(text), "CONSULT")
    assert ("QAT", "ISR") not in sides, sides


# a protest or concern carried to its addressee: the addressee is the target
PROTESTS_TO = [
    ("Beijing lodged stern representations with Washington over the arms sales.", "CHN", "USA"),
    ("India conveyed its concerns to Nepal about the new map.", "IND", "NPL"),
    ("Japan lodged a protest with China over the incursion.", "JPN", "CHN"),
    ("Germany raised concerns with Turkey about the arrests.", "DEU", "TUR"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "source", "target"), PROTESTS_TO, ids=[t[0][:40] for t in PROTESTS_TO]
)
def test_a_protest_carried_to_a_state_targets_it(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    assert (source, target) in _sides(pipeline.extract(text), "ACCUSE")


def test_whose_concerns_are_raised_is_no_target(pipeline: Pipeline) -> None:
    text = "The Iraqi ambassador raised the concerns of the Syrian refugees."
    assert all(t != "SYR" for _, t in _sides(pipeline.extract(text), "ACCUSE"))


def test_a_message_conveyed_is_no_protest(pipeline: Pipeline) -> None:
    events = pipeline.extract("The Omani envoy conveyed a message from Washington to Tehran.")
    assert not _sides(events, "ACCUSE")


# a deal or talks a go-between brokered: the go-between consults the parties, who are never
# the target of their own agreement
BROKERED = [
    ("Israel and Hamas agreed to a ceasefire brokered by Egypt.", "EGY", ("ISR", "PSE")),
    ("Armenia and Azerbaijan signed a truce mediated by Russia.", "RUS", ("ARM", "AZE")),
    ("Talks between India and Pakistan, mediated by Britain, resumed on Monday.",
     "GBR", ("IND", "PAK")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "broker", "parties"), BROKERED, ids=[t[0][:40] for t in BROKERED])
def test_a_broker_of_a_deal_consults_the_parties_and_is_no_party(
    pipeline: Pipeline, text: str, broker: str, parties: tuple[str, str]
) -> None:
    events = pipeline.extract(text)
    consulted = _sides(events, "CONSULT")
    assert (broker, parties[0]) in consulted and (broker, parties[1]) in consulted, consulted
    agreed = _sides(events, "AGREE")
    assert all(broker not in pair for pair in agreed), agreed


def test_a_deal_brokered_with_one_party_named_gives_the_broker_no_partner(
    pipeline: Pipeline,
) -> None:
    events = pipeline.extract("The Sudanese rebels signed a deal brokered by Qatar.")
    assert all(t != "QAT" for _, t in _sides(events, "AGREE")), _sides(events, "AGREE")
    assert all(t == "-" for s, t in _sides(events, "CONSULT") if s == "QAT")


# talks under a third party's auspices: the sponsor consults each party (CAMEO 045)
SPONSORED = [
    ("Russia and Turkey held talks in Astana under the auspices of the United Nations.",
     "IGO", ("RUS", "TUR")),
    ("Israel and Jordan met in Cairo under the auspices of Egypt.", "EGY", ("ISR", "JOR")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "sponsor", "parties"), SPONSORED, ids=[t[0][:40] for t in SPONSORED]
)
def test_the_sponsor_of_talks_consults_each_party(
    pipeline: Pipeline, text: str, sponsor: str, parties: tuple[str, str]
) -> None:
    events = pipeline.extract(text)
    sides = _sides(events, "CONSULT")
    assert (sponsor, parties[0]) in sides and (sponsor, parties[1]) in sides, sides
    assert any(e.cameo == "045" for e in events if e.source and e.source.country == sponsor)


def test_a_sponsor_that_is_a_party_is_not_its_own_mediator(pipeline: Pipeline) -> None:
    text = "Egypt and Ethiopia held talks under the auspices of Ethiopia."
    assert all(e.cameo != "045" for e in pipeline.extract(text))
