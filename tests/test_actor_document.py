"""Actors that the document, not the sentence, identifies (issue 14): short forms it defines
or whose initials spell a name it gave, the coalition of its war, definite descriptions of
groups and states, ethnic groups where it places them, capitals' namesakes, and people of the
place it is about. Sentences written for the tests."""

from __future__ import annotations

import pytest
from mention_data import mentions

from tacitus import Pipeline
from tacitus.records import Actor


def actor(pipeline: Pipeline, text: str, mention: str) -> Actor:
    found = mentions(pipeline, text)
    assert mention in found, found.keys()
    return found[mention]


# -- short forms ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a short form defined in brackets is its long form, listed or not
        (
            "The Kenyan Wildlife Protection Board (KWPB) closed the park. "
            "Later the KWPB reopened it.",
            "the KWPB",
            (None, "KEN"),
        ),
        (
            "The Coastal Fishermen's Alliance (CFA) blocked the harbour in Mombasa. "
            "Police said CFA members threw stones.",
            "CFA",
            (None, None),
        ),
        # without brackets: the initials of a name the document gave earlier
        (
            "The Malawi Farmers Union asked for help. The MFU said prices had collapsed.",
            "The MFU",
            (None, "MWI"),
        ),
    ],
)
def test_a_short_form_is_its_long_form(
    pipeline: Pipeline, text: str, mention: str, expected: tuple[str | None, str]
) -> None:
    found = actor(pipeline, text, mention)
    assert (found.actor_id, found.country) == expected
    assert "short form" in found.reason


def test_an_agent_of_a_short_form_is_no_person_named_for_it(pipeline: Pipeline) -> None:
    text = "Fighters of the Eastern Liberation Front took the town. ELF commanders stayed."
    found = actor(pipeline, text, "ELF commanders")
    assert not (found.actor_id or "").startswith("person:")
    assert found.name is None


def test_a_word_in_capitals_is_no_short_form_of_an_unrelated_name(pipeline: Pipeline) -> None:
    text = "The Malawi Farmers Union asked for help. The WHO sent doctors."
    assert "short form" not in actor(pipeline, text, "The WHO").reason


# -- the coalition of the document's war ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        (
            "The Islamic State claimed the attack. Coalition aircraft struck Raqqa the next day.",
            "Coalition aircraft",
            "igo:US-LED-COALITION",
        ),
        (
            "Houthi rebels shelled the port. A coalition airstrike hit a market in Saada.",
            "coalition airstrike",
            "igo:SAUDI-LED-COALITION",
        ),
    ],
)
def test_the_bare_coalition_is_the_one_of_the_documents_war(
    pipeline: Pipeline, text: str, mention: str, expected: str
) -> None:
    assert actor(pipeline, text, mention).actor_id == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Islamic State lost ground. The ruling coalition in Baghdad met on Monday.",
        "The Islamic State lost ground. A coalition of farmers' unions marched in Basra.",
        "The coalition government fell after the vote.",
    ],
)
def test_a_political_or_unrelated_coalition_is_left_alone(pipeline: Pipeline, text: str) -> None:
    for found in mentions(pipeline, text).values():
        assert not (found.actor_id or "").endswith("-LED-COALITION")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a coalition named by what it is against is that war's coalition, never the group
        ("The envoy met ministers of the Counter ISIL Coalition in Rome.", "igo:US-LED-COALITION"),
        ("The Counter-Daesh Coalition condemned the bombing.", "igo:US-LED-COALITION"),
        (
            "Houthi rebels fired missiles. Officials of the Anti-Houthi Coalition met in Riyadh.",
            "igo:SAUDI-LED-COALITION",
        ),
    ],
)
def test_a_coalition_named_against_a_group_is_not_the_group(
    pipeline: Pipeline, text: str, expected: str
) -> None:
    found = mentions(pipeline, text)
    [coalition] = [a for name, a in found.items() if "Coalition" in name]
    assert coalition.actor_id == expected
    assert not any(a.actor_id == "group:ISIS" for a in found.values())


def test_an_anti_coalition_of_no_known_war_names_no_one_it_opposes(pipeline: Pipeline) -> None:
    """ "the anti-Assad coalition" is no act or word of Assad's (and no coalition we list)."""
    events = pipeline.extract("The anti-Assad coalition condemned Iran on Monday.")
    assert all(e.source is None or "Assad" not in (e.source.name or "") for e in events)
    # the group named on its own is still the group
    [attack] = pipeline.extract("ISIL fighters attacked the coalition near Mosul.")
    assert attack.source is not None and attack.source.actor_id == "group:ISIS"


# -- definite descriptions ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        (
            "Hezbollah fired rockets at the border. The group said it was a warning.",
            "The group",
            "group:HEZBOLLAH",
        ),
        (
            "Al-Shabaab fighters stormed the hotel. The militants held it for a day.",
            "The militants",
            "group:AL-SHABAAB",
        ),
        (
            "Troops crossed into Mali on Monday. The country has asked for help.",
            "The country",
            "country:MLI",
        ),
        (
            "The Syrian regime shelled the suburbs on Monday. The regime denied it.",
            "The regime",
            "country:SYR",
        ),
        # a demonstrative description is the one just named, as "the" is
        (
            "Boko Haram kidnapped the girls. Nigeria vowed to defeat this terrorist group.",
            "this terrorist group",
            "group:BOKO-HARAM",
        ),
        (
            "Hamas fired rockets at Israel. These militants had been warned.",
            "These militants",
            "group:HAMAS",
        ),
    ],
)
def test_a_definite_description_is_the_nearest_earlier_actor_of_its_kind(
    pipeline: Pipeline, text: str, mention: str, expected: str
) -> None:
    found = actor(pipeline, text, mention)
    assert found.actor_id == expected
    assert "definite description" in found.reason


def test_a_description_that_says_whose_it_is_keeps_its_owner(pipeline: Pipeline) -> None:
    text = "Hezbollah fired rockets at the border. The Syrian regime denied any role."
    assert actor(pipeline, text, "The Syrian regime").country == "SYR"


# -- ethnic groups, capitals' namesakes, residents ------------------------------------------


def test_an_ethnic_group_lives_where_its_sentence_places_it(pipeline: Pipeline) -> None:
    found = actor(pipeline, "Ethnic Hungarians in Romania demanded schools.", "Ethnic Hungarians")
    assert (found.actor_id, found.country) == (None, "ROU")
    assert "ethnic group" in found.reason


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        (
            "Ethnic Uzbeks fled fighting in Kyrgyzstan's south, Uzbek officials said.",
            "Ethnic Uzbeks",
            "KGZ",
        ),
        (
            "Ethnic Hungarians demonstrated in Romania's north on Sunday.",
            "Ethnic Hungarians",
            "ROU",
        ),
    ],
)
def test_an_ethnic_group_placed_in_a_part_of_a_state_lives_there(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    """A state named as the owner of a place in a locative phrase places the group ("in
    Kyrgyzstan's south"); the kin state's officials do not."""
    found = actor(pipeline, text, mention)
    assert (found.actor_id, found.country) == (None, country)


def test_a_capitals_namesake_in_another_state_named_by_the_document(pipeline: Pipeline) -> None:
    text = "Militias clashed in Tripoli. Lebanese troops were sent to the northern port."
    assert actor(pipeline, text, "Tripoli").country == "LBN"
    text = "Militias clashed in Tripoli. The Libyan government called for calm."
    assert actor(pipeline, text, "Tripoli").country == "LBY"


def test_people_take_the_state_of_the_documents_places(pipeline: Pipeline) -> None:
    text = (
        "Shelling hit Mosul and Kirkuk on Monday, and the road to Baghdad was closed. "
        "Civilians fled the fighting."
    )
    found = actor(pipeline, text, "Civilians")
    assert found.country == "IRQ"
    assert "document's places" in found.reason


def test_people_of_a_document_about_several_states_get_none(pipeline: Pipeline) -> None:
    text = "Storms hit Kenya, Uganda and Tanzania. Civilians fled the floods."
    assert actor(pipeline, text, "Civilians").country is None


def test_people_said_to_come_from_elsewhere_get_no_state(pipeline: Pipeline) -> None:
    text = (
        "Shelling hit Mosul and Kirkuk on Monday, and the road to Baghdad was closed. "
        "Foreign workers fled the fighting."
    )
    assert actor(pipeline, text, "Foreign workers").country is None


def test_an_ethnic_group_with_no_other_state_keeps_its_kin_state(pipeline: Pipeline) -> None:
    found = actor(pipeline, "Ethnic Hungarians marched on Sunday.", "Ethnic Hungarians")
    assert found.country == "HUN"
