"""Places and groups a text names by a common noun or by a name nothing places: entities,
kept apart from the actor mentions, never event sides (issue 14). Sentences written for the
tests."""

from __future__ import annotations

import pytest
from mention_data import entities, mentions

from tacitus import Document, Pipeline


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Shells fell on the town overnight.", "the town"),
        ("The fighters withdrew from a besieged village near the border.", "a besieged village"),
        ("Volunteers opened a secret library in the basement.", "a secret library"),
        ("Two car bombs exploded outside a crowded mosque.", "a crowded mosque"),
        ("Families fled their homes as the shelling grew heavier.", "their homes"),
        ("Soldiers dug trenches along the front line.", "the front line"),
        ("Residents of the city queued for bread.", "the city"),
        ("Three tactical units were struck near the river.", "Three tactical units"),
        ("The campaign group published a report on Tuesday.", "The campaign group"),
        ("Airstrikes destroyed two bridges and a petrol station.", "a petrol station"),
    ],
)
def test_a_common_noun_names_a_place_or_group_entity(
    pipeline: Pipeline, text: str, entity: str
) -> None:
    found = entities(pipeline, text)
    assert entity in found, found
    actor = found[entity]
    assert actor.actor_id is None and actor.country is None and actor.sector is None
    assert "an entity, not an actor" in actor.reason
    assert entity not in mentions(pipeline, text)  # not an actor mention


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The farmers want to cultivate more land next year.", "land"),  # mass, no determiner
        ("The drill covers command and control and cyber defence.", "command"),
        ("The society is an organization based in the capital.", "organization"),  # predicate
        ("The jets struck a group of buildings and vehicles.", "group"),  # a quantity
        ("The town council met on Monday.", "town"),  # a modifier: the council's
        ("He stayed at home all week.", "home"),  # bare singular
    ],
)
def test_no_entity_for_mass_predicate_quantity_or_modifier(
    pipeline: Pipeline, text: str, word: str
) -> None:
    found = entities(pipeline, text)
    assert not any(words.split()[-1] == word for words in found), found  # no entity headed so


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Warships patrolled the Red Sea and the Gulf of Aden.", "the Red Sea"),
        ("Near Dayr Az Zayr, one strike destroyed a checkpoint.", "Dayr Az Zayr"),
        ("The bodies were thrown into the Tigris River.", "the Tigris River"),
    ],
)
def test_a_place_name_nothing_places_is_an_entity(
    pipeline: Pipeline, text: str, entity: str
) -> None:
    found = entities(pipeline, text)
    assert any(entity in words or words in entity for words in found), found
    assert all("no dictionary or gazetteer" in a.reason or "common noun" in a.reason
               for a in found.values())  # fmt: skip


def test_entities_are_no_event_sides_and_an_actor_keeps_its_mention(pipeline: Pipeline) -> None:
    text = "Iraqi troops shelled the town, and the regime bombed a market in Aleppo."
    [result] = list(pipeline.run([Document("t", text)]))
    assert not isinstance(result, Exception)
    words = {text[m.start : m.end] for m in result.entities}
    assert "the town" in words and "a market" in words
    sides = {a.text for e in result.events for a in (e.source, e.target) if a is not None}
    assert not sides & words
    actors = {text[m.start : m.end] for m in result.mentions}
    assert "Iraqi troops" in actors and not actors & words  # no span is both
