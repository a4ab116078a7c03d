"""A place the entity recogniser took for a person or a group ("in Raqqah" as PERSON) is the
city, when the gazetteer has a city of that name in a state the document names (issue 14:
a place is never a person). Sentences written for the tests."""

from __future__ import annotations

import pytest
from mention_data import mentions

from tacitus import Pipeline


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        (
            "Syrian forces advanced. Militants killed 15 civilians in Raqqah on Monday.",
            "Raqqah",
            "SYR",
        ),
        ("Iraqi police said a bomb exploded at al-Hilla.", "al-Hilla", "IRQ"),
        ("The war in Syria went on. Near Palmyra, one strike destroyed a depot.", "Palmyra", "SYR"),
        ("The Syrian army said a commander was stationed at Tabqa.", "Tabqa", "SYR"),
    ],
)
def test_a_place_after_a_locative_preposition_is_the_city(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert actor.country == country and not (actor.actor_id or "").startswith("person:")
    assert "a city of" in actor.reason


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # no state named: the document does not say which Raqqah, if any
        ("Ahmed Nouri spoke in Raqqah on Monday.", "Raqqah"),
        # a known first name opens a person's name
        ("The Syrian minister met Sarah Jones in Damascus.", "Sarah Jones"),
    ],
)
def test_a_name_with_no_state_or_with_a_first_name_is_not_made_a_place(
    pipeline: Pipeline, text: str, mention: str
) -> None:
    actor = mentions(pipeline, text).get(mention)
    assert actor is None or "a city of" not in actor.reason
