"""Countries that one sentence cannot name outright: the sentence's only state for agent-only
actors, surnames shared by several office holders of one state, older office holders and
groups, and targets found in possessives, trigger objects and purpose clauses."""

from __future__ import annotations

import pytest
from mention_data import mentions

from tacitus import Pipeline
from tacitus.records import Event


def pairs(events: list[Event]) -> set[tuple[str | None, str | None]]:
    return {
        (e.source.country if e.source else None, e.target.country if e.target else None)
        for e in events
    }


# -- the sentence's only state ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # a place on the agent's own verb names the state
        ("Police detained 40 protesters in Nairobi on Friday.", "Police", "KEN"),
        ("Police detained 40 protesters in Nairobi on Friday.", "40 protesters", "KEN"),
        # an unknown person with a title
        ("President Idriss Mahamat spoke to reporters in N'Djamena.", None, "TCD"),
        # a named actor of the same state in another clause leaves the place to the agent
        (
            "Students marched in Jakarta to demand reforms from the Indonesian government.",
            "Students",
            "IDN",
        ),
    ],
)
def test_an_agent_takes_the_only_state_of_its_sentence(
    pipeline: Pipeline, text: str, mention: str | None, country: str
) -> None:
    found = mentions(pipeline, text)
    if mention is None:
        [actor] = [a for t, a in found.items() if t.startswith("President")]
    else:
        actor = found[mention]
    assert actor.country == country, found
    assert "country from the place of its clause" in actor.reason


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # two states in play: nobody's country is guessed
        ("Troops opened fire in Gaza as Israeli officials watched.", "Troops", None),
        # an explicit country is never replaced
        ("Israeli troops fired on protesters in Gaza.", "Israeli troops", "ISR"),
        # foreign forces are not the place's
        ("Foreign troops in Chad killed two farmers.", "Foreign troops", None),
        # refugees, aid groups and IGO staff are often not the place's nationals
        ("Refugees marched through Amman on Sunday.", "Refugees", None),
        # another actor's state is not the agent's
        ("Hackers defaced dozens of Danish web sites.", "Hackers", None),
        ("Troops fired on Palestinian demonstrators.", "Troops", None),
        ("The government expelled two Russian diplomats.", "The government", None),
        ("The prime minister met the Japanese ambassador.", "The prime minister", None),
        ("Police detained an American tourist on Sunday.", "Police", None),
        # a place whose state a named actor of the same clause holds may be that actor's
        ("The Prime Minister met the Turkish President in Ankara.", "The Prime Minister", None),
        (
            "The Foreign Secretary met the Iraqi Foreign Minister in Baghdad.",
            "The Foreign Secretary",
            None,
        ),
        ("The chancellor held talks with the Egyptian President in Cairo.", "The chancellor", None),
        # the place of a visit is the host's
        ("The prime minister visited troops in Kabul.", "The prime minister", None),
        ("The defence secretary arrived in Baghdad on Monday.", "The defence secretary", None),
        # where a traveller goes is not where the traveller is from
        ("President Idriss Mahamat arrived in Paris for talks.", "President Idriss Mahamat", None),
        (
            "Prime Minister Joseph Kalonji flew to Nairobi on Monday.",
            "Prime Minister Joseph Kalonji",
            None,
        ),
        ("Troops were deployed to Kandahar last week.", "Troops", None),
        # a place in another clause says nothing of the agent
        (
            "The council, which met in Addis Ababa, said it could sanction commanders.",
            "commanders",
            None,
        ),
    ],
)
def test_the_context_rule_is_conservative(
    pipeline: Pipeline, text: str, mention: str, country: str | None
) -> None:
    found = mentions(pipeline, text)
    assert found[mention].country == country, found


def test_gunmen_take_the_state_of_the_place(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "Gunmen attacked a checkpoint in Mosul.")
    assert found["Gunmen"].country == "IRQ"


# -- people and groups ---------------------------------------------------------------------


def test_an_older_head_of_state_is_known(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "President Nelson Mandela visited Lusaka.")
    actor = found["President Nelson Mandela"]
    assert (actor.actor_id, actor.country) == ("person:nelson-mandela", "ZAF")


def test_a_surname_shared_within_one_state_gives_the_state(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "President Bush telephoned the Kenyan leader.")
    actor = found["President Bush"]
    assert actor.actor_id is None  # which Bush is not decided
    assert actor.country == "USA"
    assert "all of USA" in actor.reason


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("UNITA fighters shelled the town.", "UNITA fighters", ("group:UNITA", "AGO", "REB")),
        ("The Tamil Tigers denied it.", "The Tamil Tigers", ("group:LTTE", "LKA", "REB")),
        ("The Khmer Rouge denied it.", "The Khmer Rouge", ("group:KHMER-ROUGE", "KHM", "REB")),
        ("Zairean troops crossed the river.", "Zairean troops", ("country:COD", "COD", "MIL")),
    ],
)
def test_historical_groups_and_names(
    pipeline: Pipeline, text: str, mention: str, expected: tuple[str, str, str]
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert (actor.actor_id, actor.country, actor.sector) == expected


# -- targets -------------------------------------------------------------------------------


def test_a_possessive_state_inside_its_entity_is_found(pipeline: Pipeline) -> None:
    events = pipeline.extract("Japan rejected North Korea's latest proposal.")
    assert ("JPN", "PRK") in pairs(events)


def test_the_object_inside_the_trigger_is_the_target(pipeline: Pipeline) -> None:
    events = pipeline.extract("Norway expelled three Iranian diplomats on Monday.")
    assert ("NOR", "IRN") in pairs(events)


def test_force_used_to_disperse_acts_on_the_dispersed(pipeline: Pipeline) -> None:
    events = pipeline.extract("Kenyan police fired tear gas to disperse Somali protesters.")
    assert ("KEN", "SOM") in pairs(events)


def test_the_agent_of_a_participle_owns_the_object(pipeline: Pipeline) -> None:
    events = pipeline.extract("Kenyan police banned a march organised by Somali refugees.")
    assert ("KEN", "SOM") in pairs(events)


def test_led_forces_are_the_leaders_and_backed_ones_are_not_the_backers(
    pipeline: Pipeline,
) -> None:
    led = mentions(pipeline, "Ethiopian-led forces entered the town.")
    assert [a.country for t, a in led.items() if t.endswith("forces")] == ["ETH"]
    backed = mentions(pipeline, "Iranian-backed militias attacked the base.")
    assert [a.country for t, a in backed.items() if t.endswith("militias")] == [None]


def test_a_state_and_its_own_rebels_are_two_sides(pipeline: Pipeline) -> None:
    events = pipeline.extract(
        "The Sudanese government accused Sudanese rebels of attacking a convoy."
    )
    assert ("SDN", "SDN") in pairs(events)
    same = pipeline.extract("Iraq praised the Iraqi army.")  # a state and its army: one actor
    assert same and ("IRQ", "IRQ") not in pairs(same)


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        (
            "The Sudanese government accused Darfur rebels of attacking a convoy.",
            "Darfur rebels",
            "SDN",
        ),
        ("Aleppo rebels attacked government positions.", "Aleppo rebels", "SYR"),
        ("Mosul residents fled the fighting on Sunday.", "Mosul residents", "IRQ"),
        ("Gunmen shot two Peshawar students.", "two Peshawar students", "PAK"),
    ],
)
def test_an_agent_named_by_its_city_or_region_is_from_there(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert actor.country == country and actor.actor_id is None
    assert "where they are from, not the state" in actor.reason


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("National police arrested two men.", "National police"),  # no "National City"
        ("Local officials said the talks had failed.", "Local officials"),
    ],
)
def test_a_word_before_an_agent_is_no_city_by_chance(
    pipeline: Pipeline, text: str, mention: str
) -> None:
    assert mentions(pipeline, text)[mention].country is None


@pytest.mark.parametrize(
    ("text", "mention", "sector", "country"),
    [
        ("A missionary from Manila was detained by the police.", "A missionary", "REL", "PHL"),
        ("Three tourists from Osaka were kidnapped.", "Three tourists", "CVL", "JPN"),
        ("Hijackers seized the ferry on Monday.", "Hijackers", "UAF", None),
        ("Pensioners marched on the parliament.", "Pensioners", "CVL", None),
    ],
)
def test_people_named_by_what_they_do_are_actors(
    pipeline: Pipeline, text: str, mention: str, sector: str, country: str | None
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert (actor.sector, actor.country) == (sector, country)


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("A Democratic senator criticised the trade deal.", "A Democratic senator", "USA"),
        ("Republican lawmakers blocked the bill.", "Republican lawmakers", "USA"),
        ("A Republican congressman praised the ruling.", "A Republican congressman", "USA"),
        # another party's label, or the label on a body that is no office, says no country
        ("Liberal senators criticised the trade deal.", "Liberal senators", None),
        ("Labour MPs criticised the trade deal.", "Labour MPs", None),
        # the label on people placed in another state: other states have such parties
        (
            "Opposition Democratic lawmakers in Seoul walked out of the chamber.",
            "Opposition Democratic lawmakers",
            "KOR",
        ),
        ("In Seoul, Democratic lawmakers criticised the president.", "Democratic lawmakers", "KOR"),
        ("A Republican lawmaker in Taiwan criticised Beijing.", "A Republican lawmaker", "TWN"),
        # an American place, or a state named as the one acted on, leaves the label
        ("Republican senators in Washington criticised China.", "Republican senators", "USA"),
        (
            "A Democratic congressman from Texas criticised Mexico.",
            "A Democratic congressman",
            "USA",
        ),
    ],
)
def test_an_american_party_label_on_a_legislator_is_american(
    pipeline: Pipeline, text: str, mention: str, country: str | None
) -> None:
    found = mentions(pipeline, text)
    assert found[mention].country == country, found[mention].reason


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # named by their relation to a state they are not that state (actors/resolve.py)
        ("Ukraine's partners in Europe pledged more aid.", "Ukraine's partners", None),
        ("Israel's allies criticised the raid.", "Israel's allies", None),
        ("Iran's enemies welcomed the sanctions.", "Iran's enemies", None),
        # a demonym says what they are, and a state's own body is the state's
        ("Russian partners of the Syrian army shelled Idlib.", "Russian partners", "RUS"),
        ("Kenya's police arrested 20 protesters.", "Kenya's police", "KEN"),
    ],
)
def test_a_states_allies_are_not_the_state(
    pipeline: Pipeline, text: str, mention: str, country: str | None
) -> None:
    found = mentions(pipeline, text)
    assert found[mention].country == country, found[mention].reason
