"""The right actor and country for an event's side (issue 13, round 7): agents placed by a
settlement noun's name, ethnic and sectarian qualifiers of a state's forces, "Allied" forces,
people's names the recogniser took for organisations, and civil bodies named after their
state. Sentences written for the tests."""

from __future__ import annotations

import pytest
from mention_data import mentions

from tacitus import Pipeline

# -- 1. agents placed by "in the city of X", "in the capital, X", "in X province" ----------


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Authorities in the southern city of Basra imposed a curfew.", "Authorities", "IRQ"),
        ("Officials in the eastern city of Aleppo reported heavy shelling.", "Officials", "SYR"),
        ("Protesters in the port city of Karachi blocked the roads.", "Protesters", "PAK"),
        ("Police in the capital, Nairobi, fired tear gas.", "Police", "KEN"),
        ("Rebels in the town of Homs rejected the truce.", "Rebels", "SYR"),
        # the older forms keep working
        ("The government in Khartoum denied the charges.", "The government", "SDN"),
        ("Demonstrators in Baghdad clashed with riot police.", "Demonstrators", "IRQ"),
        ("The Khartoum government denied the charges.", "The Khartoum government", "SDN"),
        ("The Baghdad authorities arrested three journalists.", "The Baghdad authorities", "IRQ"),
        ("Rebels in northern Mali attacked an army post.", "Rebels", "MLI"),
    ],
)
def test_an_agent_takes_the_state_of_the_place_it_is_in(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert actor.country == country, actor.reason


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # a small place the gazetteer does not hold gives nothing
        ("Officials in the village of Qaryat Zubda said the road was cut.", "Officials"),
        # foreign agents are not the place's
        ("Foreign troops in the city of Kandahar came under fire.", "Foreign troops"),
    ],
)
def test_no_country_from_an_unknown_or_foreign_place(
    pipeline: Pipeline, text: str, mention: str
) -> None:
    assert mentions(pipeline, text)[mention].country is None


# -- 2. ethnic and sectarian qualifiers of forces ------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("Bosnian Serb forces shelled the town.", "Bosnian Serb forces", "BIH", "MIL"),
        ("Bosnian Croat troops attacked the enclave.", "Bosnian Croat troops", "BIH", "MIL"),
        ("Bosnian Serb leaders rejected the map.", "Bosnian Serb leaders", "BIH", "GOV"),
        ("Turkish Cypriot police detained two men.", "Turkish Cypriot police", "CYP", "COP"),
        ("Kosovo Albanian leaders met the envoy.", "Kosovo Albanian leaders", "XKX", "GOV"),
        ("Iraqi Kurdish forces entered the city.", "Iraqi Kurdish forces", "IRQ", "MIL"),
        ("Syrian Kurdish officials rejected the plan.", "Syrian Kurdish officials", "SYR", "GOV"),
        ("Iraqi Shiite militias attacked the camp.", "Iraqi Shiite militias", "IRQ", "PRM"),
        (
            "Lebanese Christian leaders met the patriarch.",
            "Lebanese Christian leaders",
            "LBN",
            "GOV",
        ),
    ],
)
def test_a_community_qualifier_makes_a_group_not_the_state(
    pipeline: Pipeline, text: str, mention: str, country: str, sector: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert (actor.country, actor.sector) == (country, sector), actor.reason
    assert actor.actor_id is None, actor.reason  # not the state's own army or government


@pytest.mark.parametrize(
    ("text", "mention", "state"),
    [
        ("Iraqi troops entered the city.", "Iraqi troops", "country:IRQ"),
        ("Syrian Arab Army troops shelled the town.", "Syrian Arab Army troops", "country:SYR"),
        ("Bosnian troops shelled the town.", "Bosnian troops", "country:BIH"),
        ("Greek Cypriot police detained two men.", "Greek Cypriot police", "country:CYP"),
    ],
)
def test_a_state_demonym_alone_keeps_the_state(
    pipeline: Pipeline, text: str, mention: str, state: str
) -> None:
    assert mentions(pipeline, text)[mention].actor_id == state


def test_bosnian_serbs_alone_are_bosnias_people(pipeline: Pipeline) -> None:
    actor = mentions(pipeline, "The Bosnian Serbs blocked the road.")["The Bosnian Serbs"]
    assert (actor.country, actor.actor_id) == ("BIH", None), actor.reason


# -- 3. collective military nouns ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Allied forces bombed the bridges.", "Allied forces"),
        ("Allied troops crossed the river at dawn.", "Allied troops"),
        ("Western diplomats left the capital.", "Western diplomats"),
    ],
)
def test_allied_on_an_agent_is_no_organisation(pipeline: Pipeline, text: str, mention: str) -> None:
    found = mentions(pipeline, text)
    actor = found[mention]
    assert actor.sector in ("MIL", "GOV"), actor.reason
    assert actor.name is None and actor.country is None, actor.reason
    assert not any(a.name in ("Allied", "Western") for a in found.values()), found


# -- 4. people's names tagged as places or organisations -----------------------------------


def _person(pipeline: Pipeline, text: str, name: str) -> str | None:
    actor = mentions(pipeline, text).get(name)
    return actor.actor_id if actor else None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # who a verb that takes only people undergoes, whatever the recogniser says
        ("After being captured by American forces, Qanbar was held for two years.", "Qanbar"),
        ("Captured by American forces in 2007, Qanbar spent two years in prison.", "Qanbar"),
        ("Iraqi forces arrested Baghdadi, a senior commander, near Tikrit.", "Baghdadi"),
        # an apposition headed by a word for a person
        ("Khalifa, the commander of the eastern forces, rejected the deal.", "Khalifa"),
    ],
)
def test_a_misread_name_is_a_person_when_the_sentence_says_so(
    pipeline: Pipeline, text: str, name: str
) -> None:
    found = mentions(pipeline, text)
    assert name in found, found
    assert "person" in found[name].reason, found[name].reason


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # places are captured and freed too: a town the document places stays a place
        ("Rebels entered the town of Dabaq. Fighters freed Dabaq on Sunday.", "Dabaq"),
        ("Heavy fighting went on in Marea. The rebels captured Marea after a week.", "Marea"),
    ],
)
def test_a_place_that_is_captured_is_no_person(pipeline: Pipeline, text: str, name: str) -> None:
    found = mentions(pipeline, text)
    assert not any(w == name and "person" in a.reason for w, a in found.items()), found


def test_a_person_beside_plural_forces_is_not_of_their_country(pipeline: Pipeline) -> None:
    text = "The militant leader was captured by American forces, Qanbar Hamid, a local commander."
    actor = mentions(pipeline, text)["Qanbar Hamid"]
    assert actor.country is None, actor.reason
    # a plural noun that a pair of names explains still gives them its country
    text = "The two Iraqi ministers, Ali Hamid and Karim Nasser, met the envoy."
    assert mentions(pipeline, text)["Ali Hamid"].country == "IRQ"


@pytest.mark.parametrize(
    ("text", "name", "sector"),
    [
        ("Abu Bakr, a spokesman for the rebels, denied the report.", "Abu Bakr", "REB"),
        ("Omar Saleh, a commander of the militia, was killed.", "Omar Saleh", "PRM"),
        ("Hassan Nuri, the leader of the insurgents, surrendered.", "Hassan Nuri", "REB"),
        # a state's organ leaves the role word its own sector
        ("Ali Karimi, a spokesman for the police, denied the report.", "Ali Karimi", "COP"),
    ],
)
def test_a_role_in_an_armed_group_takes_the_groups_sector(
    pipeline: Pipeline, text: str, name: str, sector: str
) -> None:
    actor = mentions(pipeline, text)[name]
    assert actor.sector == sector, actor.reason


# -- 5. civil bodies named after their state -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        (
            "Montenegro Municipality Association officials demanded support.",
            "Montenegro Municipality Association officials",
            "MNE",
        ),
        (
            "The Kenya Police Association rejected the pay offer.",
            "The Kenya Police Association",
            "KEN",
        ),
        (
            "The Pakistan Medical Association warned of shortages.",
            "The Pakistan Medical Association",
            "PAK",
        ),
        ("The Uganda Law Society condemned the arrest.", "The Uganda Law Society", "UGA"),
    ],
)
def test_a_civil_body_named_after_its_state_is_not_the_state(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert actor.country == country, actor.reason
    assert actor.actor_id is None or not actor.actor_id.startswith(("country:", "person:")), (
        actor.reason
    )


@pytest.mark.parametrize(
    ("text", "mention", "state"),
    [
        ("The Kenya Police Service arrested two men.", "The Kenya Police Service", "country:KEN"),
        ("The US Army deployed a brigade.", "The US Army", "country:USA"),
    ],
)
def test_a_state_organ_named_after_its_state_stays_the_state(
    pipeline: Pipeline, text: str, mention: str, state: str
) -> None:
    assert mentions(pipeline, text)[mention].actor_id == state
