"""Names and nouns that look like actors and are none (issue 14, actors/non_actors.py): ships,
language labels and their glosses, acronyms of things, hardware that does not act; and a
given name alone that is a listed person's surname. Sentences written for the tests."""

from __future__ import annotations

import pytest
from mention_data import entities, mentions

from tacitus import Pipeline


def _all(pipeline: Pipeline, text: str) -> set[str]:
    return set(mentions(pipeline, text)) | set(entities(pipeline, text))


@pytest.mark.parametrize(
    ("text", "ship"),
    [
        ("The crew of HMS Daring watched from the bridge as the convoy passed.", "Daring"),
        ("Sailors aboard USS Mahan held a ceremony in the harbour.", "Mahan"),
        ("The admiral commanded the group from FS Charles de Gaulle last year.", "Gaulle"),
        ("Reporters toured HMAS Perth in the port of Darwin on Monday.", "Perth"),
    ],
)
def test_a_ship_that_does_not_act_is_no_actor(pipeline: Pipeline, text: str, ship: str) -> None:
    assert not any(ship in words for words in _all(pipeline, text))


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("HMS Daring fired two missiles at the incoming drones.", "GBR"),
        ("USS Mahan escorted the tankers through the strait on Friday.", "USA"),
        ("The frigate FS Forbin joined the task force in the Gulf.", "FRA"),
    ],
)
def test_a_ship_that_acts_is_its_navy(pipeline: Pipeline, text: str, country: str) -> None:
    found = mentions(pipeline, text)
    ships = [a for words, a in found.items() if a.reason.startswith("ship ")]
    assert [(a.country, a.sector) for a in ships] == [(country, "MIL")]
    assert not (ships[0].actor_id or "").startswith("person:")


def test_a_ship_named_again_alone_is_the_ship(pipeline: Pipeline) -> None:
    text = (
        "The frigate FS Forbin left Toulon in May. Last week the crew of Forbin "
        "held a memorial service in the harbour."
    )
    found = mentions(pipeline, text)
    assert not any(words.endswith("Forbin") for words in list(found)[1:])
    assert not any((a.actor_id or "").startswith("person:") for a in found.values())


def test_an_ocean_after_a_ship_of_that_name_is_no_ship(pipeline: Pipeline) -> None:
    text = "HMS Ocean sailed on Monday. Storms crossed the Indian Ocean on Tuesday."
    found = _all(pipeline, text)
    assert any("Indian Ocean" in words for words in found)


@pytest.mark.parametrize(
    ("text", "gloss"),
    [
        ("The Hamrin Mountains (Arabic: Jabal Hamrin, Kurdish: Ciya Hamrin) rise north of Tikrit.",
         "Jabal Hamrin"),
        ("Abu Salim (Arabic: Abd al-Rahman Khalil) led the cell until 2009.", "Abd al-Rahman"),
        ("The Mosul Dam (Arabic: Sadd al-Mawsil) holds back the Tigris.", "Sadd al-Mawsil"),
    ],
)  # fmt: skip
def test_a_gloss_in_brackets_names_nobody_new(pipeline: Pipeline, text: str, gloss: str) -> None:
    found = _all(pipeline, text)
    assert not any(gloss in words or words == "Arabic" for words in found)


@pytest.mark.parametrize(
    "text",
    [
        "The group is known by its Arabic acronym, Daesh.",
        "The leaflets were printed in Arabic and Farsi.",
        "He spoke in Pashto to the elders of the village.",
    ],
)
def test_a_language_is_no_group(pipeline: Pipeline, text: str) -> None:
    found = _all(pipeline, text)
    assert not {"Arabic", "Farsi", "Pashto"} & found


def test_a_people_is_still_a_group(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "Kurdish fighters and Sunni Arab tribesmen retook the town.")
    assert any("Kurdish" in words for words in found)


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("One strike destroyed a VBIED near the checkpoint.", "VBIED"),
        ("Engineers defused an IED on the road to the airport.", "IED"),
        ("The dam feeds an 84 MW power station north of the city.", "MW"),
    ],
)
def test_an_acronym_with_a_or_a_number_is_a_thing(
    pipeline: Pipeline, text: str, acronym: str
) -> None:
    assert not any(words.endswith(acronym) for words in mentions(pipeline, text))


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        ("Coalition aircraft destroyed the tanks near the airfield.", "tanks"),
        ("The militia used rocket artillery against the village.", "artillery"),
        ("The strikes used bomber, fighter and remotely piloted aircraft.", "fighter"),
        ("Rebels shot down two helicopters over the valley.", "helicopters"),
    ],
)
def test_hardware_that_does_not_act_is_no_actor(pipeline: Pipeline, text: str, thing: str) -> None:
    assert not any(words.endswith(thing) for words in mentions(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "The envoy warned both sides against the use of force near the border.",
        "Witnesses said the police used force to clear the square.",
        "Rebels took the hill town by force late on Friday.",
        "The resolution gave no mandate to use military force in the region.",
    ],
)
def test_force_as_a_mass_noun_is_no_actor(pipeline: Pipeline, text: str) -> None:
    assert not any(words.lower().endswith("force") for words in mentions(pipeline, text))


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("A peacekeeping force arrived in the town on Monday.", "force"),
        ("The force withdrew from the valley after the ceasefire.", "force"),
        ("Its force of 500 soldiers crossed the river.", "force"),
    ],
)
def test_a_force_with_an_article_or_owner_stays(pipeline: Pipeline, text: str, doer: str) -> None:
    assert any(words.endswith(doer) for words in mentions(pipeline, text))


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Jets bombed the village on Sunday.", "Jets"),
        ("The village was struck by drones overnight.", "drones"),
        ("Police shot a suicide bomber at the gate.", "bomber"),
    ],
)
def test_hardware_that_acts_and_bombers_who_are_people_stay(
    pipeline: Pipeline, text: str, doer: str
) -> None:
    assert any(words.endswith(doer) for words in mentions(pipeline, text))


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed said the checkpoint had been closed since dawn.",
        "Ahmed, a shopkeeper, said he had lost everything in the fire.",
        "The fighting spread to northern Salah ad Din on Friday.",
    ],
)
def test_a_given_name_alone_is_no_listed_person(pipeline: Pipeline, text: str) -> None:
    found = mentions(pipeline, text, "2024-05-01")
    assert "person:abiy-ahmed" not in {a.actor_id for a in found.values()}
    assert "person:ahmed-gaid-salah" not in {a.actor_id for a in found.values()}


def test_a_given_name_after_the_full_name_is_that_person(pipeline: Pipeline) -> None:
    text = "Abiy Ahmed met the envoy in Addis Ababa. Ahmed said the talks had gone well."
    found = mentions(pipeline, text, "2024-05-01")
    assert found["Abiy Ahmed"].actor_id == "person:abiy-ahmed"
    assert found.get("Ahmed") is None or found["Ahmed"].actor_id == "person:abiy-ahmed"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Davis accused the governor of lying about the budget.", "Davis"),
        ("Khan criticised the mayor on Monday.", "Khan"),
        ("The Khan family sued the city over the eviction.", "Khan"),
        ("Lee said the council would vote again.", "Lee"),
    ],
)
def test_a_common_surname_alone_is_no_listed_person(
    pipeline: Pipeline, text: str, name: str
) -> None:
    """A surname thousands of people bear names nobody listed without a full name or a title
    (data/names/common_surnames.yaml); it takes no listed person's country either."""
    found = mentions(pipeline, text, "2024-05-01")
    actors = [a for words, a in found.items() if name in words]
    assert actors, found
    listed = {e.id for e in pipeline.analyzer.resolver.dictionary.entries.values()}
    assert all(a.actor_id not in listed for a in actors), actors  # at most a person of its own
    assert all(a.country is None for a in actors), actors


def test_a_common_surname_with_a_title_or_after_the_full_name_is_that_person(
    pipeline: Pipeline,
) -> None:
    found = mentions(pipeline, "Gordon Brown met bankers in London. Brown later criticised them.")
    assert found["Brown"].actor_id == "person:gordon-brown"
    found = mentions(pipeline, "Prime Minister Khan criticised India on Friday.", "2019-03-01")
    assert found["Prime Minister Khan"].actor_id == "person:imran-khan"
    # a surname few people bear still takes the dictionary's prior
    found = mentions(pipeline, "Putin criticised the sanctions.", "2024-05-01")
    assert found["Putin"].actor_id == "person:vladimir-putin"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The talks will follow the Geneva Communique of 2012.", "Communique"),
        ("Both sides accused each other of violating the Minsk agreements.", "Minsk"),
        ("The deal built on the Oslo Accords and the Dayton agreement.", "Oslo"),
        ("The grant supports the U.S.-Iraq Strategic Framework Agreement.", "Agreement"),
    ],
)
def test_an_agreement_named_after_a_place_is_no_actor(
    pipeline: Pipeline, text: str, words: str
) -> None:
    assert not any(words in found for found in _all(pipeline, text))


def test_a_body_that_owns_its_resolutions_stays(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "Russia vetoed the UN Security Council resolution on Aleppo.")
    assert any("Security Council" in words for words in found)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Gas was used on at least three occasions in the province.", "least three"),
        ("Funds pledged for the refugees have not arrived.", "Funds"),
        ("The plan aims to reform the labour market by 2020.", "labour market"),
        ("The ships USS Hopper (DDG 70) and USS Mahan (DDG 72) left port.", "DDG"),
    ],
)
def test_numbers_money_and_designations_are_no_entities(
    pipeline: Pipeline, text: str, words: str
) -> None:
    assert not any(words in found for found in _all(pipeline, text))


def test_a_market_place_stays_an_entity(pipeline: Pipeline) -> None:
    assert "the crowded market" in entities(pipeline, "A bomb exploded in the crowded market.")
