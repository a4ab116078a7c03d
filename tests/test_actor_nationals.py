"""A state's people, companies, churches and rebels are not the state; a stance for or
against a state is no mention of it; NGOs of no state; ethnic names tied to one state
(issue 14). Sentences written for the tests."""

from __future__ import annotations

import pytest
from mention_data import mentions

from tacitus import Pipeline


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        # a plural demonym standing alone: the people, not the state
        ("Kenyans queued to vote on Tuesday.", "Kenyans", "KEN", None),
        ("The Chechens rejected the offer.", "The Chechens", "RUS", None),
        ("Bosnian Serbs blocked the road.", "Bosnian Serbs", "BIH", None),
        # counted: civilians
        ("Thousands of Eritreans crossed into Sudan.", "Eritreans", "ERI", "CVL"),
        ("Some 300 Afghans were deported.", "Some 300 Afghans", "AFG", "CVL"),
        # a counted demonym of invariant form is people too
        ("Some 2,000 Sudanese were stranded.", "Some 2,000 Sudanese", "SDN", "CVL"),
        ("Thousands of Swiss signed the petition.", "Swiss", "CHE", "CVL"),
        # a demonym on an agent that is none of the state's organs
        ("A Turkish company won the contract.", "A Turkish company", "TUR", "BUS"),
        ("The Peruvian people voted for change.", "The Peruvian people", "PER", "CVL"),
        ("The Romanian Orthodox Church objected.", "The Romanian Orthodox Church", "ROU", "REL"),
    ],
)
def test_a_states_people_are_not_the_state(
    pipeline: Pipeline, text: str, mention: str, country: str, sector: str | None
) -> None:
    found = mentions(pipeline, text)[mention]
    assert (found.actor_id, found.country, found.sector) == (None, country, sector)
    assert "not the state" in found.reason


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("The Turkish army shelled the village.", "The Turkish army", "country:TUR"),
        ("Peruvian police detained him.", "Peruvian police", "country:PER"),
        ("Kenya protested to the envoy.", "Kenya", "country:KEN"),
    ],
)
def test_a_states_organs_and_name_stay_the_state(
    pipeline: Pipeline, text: str, mention: str, expected: str
) -> None:
    assert mentions(pipeline, text)[mention].actor_id == expected


@pytest.mark.parametrize(
    "text",
    [
        "An anti-Iranian cleric gave the sermon.",
        "A pro-Russia separatist was killed.",
        "The anti-American protests grew.",
    ],
)
def test_a_stance_for_or_against_a_state_is_not_the_state(pipeline: Pipeline, text: str) -> None:
    for found in mentions(pipeline, text).values():
        assert found.country is None, found


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Aid agencies warned of famine.", "Aid agencies"),
        ("A human rights group documented the abuses.", "A human rights group"),
    ],
)
def test_an_ngo_of_no_state_takes_the_non_state_code(
    pipeline: Pipeline, text: str, mention: str
) -> None:
    found = mentions(pipeline, text)[mention]
    assert (found.country, found.sector) == ("NGO", "NGO")


def test_an_ngo_of_a_state_keeps_its_state(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "A Kenyan human rights group sued.")["A Kenyan human rights group"]
    assert found.country == "KEN"


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Kosovo Serbs boycotted the vote.", "Kosovo Serbs", "XKX"),
        ("The Darfuris fled west.", "The Darfuris", "SDN"),
    ],
)
def test_ethnic_names_tied_to_one_state(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    assert mentions(pipeline, text)[mention].country == country


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        (
            "The Syrian Electronic Army hacked the broadcaster's website.",
            "Syrian Electronic Army",
            "SYR",
        ),
        ("The Iranian Cyber Army claimed the attack on the bank.", "Iranian Cyber Army", "IRN"),
        (
            "The Syrian Arab Coalition joined the offensive on Friday.",
            "Syrian Arab Coalition",
            "SYR",
        ),
        ("The Lebanese Patriotic Front condemned the strike.", "Lebanese Patriotic Front", "LBN"),
    ],
)
def test_an_organisations_own_name_with_a_demonym_is_not_the_state(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    actor = next(a for m, a in mentions(pipeline, text).items() if mention in m)
    assert actor.actor_id is None and actor.country == country
    assert "not the state" in actor.reason


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("The Syrian Arab Army advanced on the town.", "Syrian Arab Army", "SYR"),
        ("The Afghan National Army retook the district.", "Afghan National Army", "AFG"),
        ("The Kenyan Defence Forces shelled the camp.", "Kenyan Defence Forces", "KEN"),
        ("The Russian Armed Forces struck the depot.", "Russian Armed Forces", "RUS"),
    ],
)
def test_a_states_named_forces_stay_the_state(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    actor = next(a for m, a in mentions(pipeline, text).items() if mention in m)
    assert actor.actor_id == f"country:{country}" and actor.sector == "MIL"


# -- former states and peoples tied to one state --------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("The Soviet Union protested to Japan.", "The Soviet Union", "RUS"),
        ("Soviet diplomats left Tokyo.", "Soviet diplomats", "RUS"),
        ("The USSR vetoed the resolution.", "The USSR", "RUS"),
        ("The Yugoslav army shelled the port.", "The Yugoslav army", "SRB"),
        ("Czechoslovakia expelled two diplomats.", "Czechoslovakia", "CZE"),
        ("East German border guards detained a man.", "East German border guards", "DEU"),
        ("Rhodesian troops crossed the river.", "Rhodesian troops", "ZWE"),
        ("North Vietnam rejected the offer.", "North Vietnam", "VNM"),
    ],
)
def test_a_former_state_is_its_successor(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    assert mentions(pipeline, text)[mention].country == country


def test_a_war_crimes_tribunal_named_for_a_former_state_is_no_state(pipeline: Pipeline) -> None:
    text = "The International Criminal Tribunal for the former Yugoslavia charged him."
    actor = mentions(pipeline, text)[
        "The International Criminal Tribunal for the former Yugoslavia"
    ]
    assert (actor.country, actor.actor_id) == ("IGO", "igo:ICTY")


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Karen troops ambushed a patrol.", "Karen troops", "MMR"),
        ("Tigrayan forces entered the town.", "Tigrayan forces", "ETH"),
        ("Chechen fighters attacked a convoy.", "Chechen fighters", "RUS"),
        ("Basque separatists bombed a bank.", "Basque separatists", "ESP"),
        ("Sinhalese mobs attacked shops.", "Sinhalese mobs", "LKA"),
    ],
)
def test_a_people_gives_its_state_country_not_its_identity(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert actor.country == country
    assert actor.actor_id is None  # not the state's army or government


def test_a_person_named_like_a_people_is_no_member_of_it(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "Karen Bass criticised the plan.")
    assert found["Karen Bass"].country is None


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Refugees from the former Yugoslavia marched in Vienna.", "the former Yugoslavia"),
        ("Refugees from the former Yugoslavia marched in Vienna.", "former Yugoslavia"),
        ("Leaders of the former Soviet Union met in Minsk.", "the former Soviet Union"),
        ("The former Soviet republic of Georgia accused Russia.", "The former Soviet republic"),
    ],
)
def test_a_former_state_after_former_is_its_lands_not_an_actor(
    pipeline: Pipeline, text: str, gone: str
) -> None:
    assert gone not in mentions(pipeline, text)


def test_a_former_office_holder_keeps_the_state(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "The former Iraqi president was executed.")
    assert found["The former Iraqi president"].country == "IRQ"
