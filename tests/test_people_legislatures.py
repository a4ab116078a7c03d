"""Presiding officers of legislatures and leaders of chambers and parties of major states
(legislatures.yaml, issue 14). Sentences written for the tests."""

from __future__ import annotations

import pytest
from mention_data import mentions

from tacitus import Pipeline


@pytest.mark.parametrize(
    ("text", "published", "words", "person", "country"),
    [
        ("House Speaker Nancy Pelosi criticised the plan.", "2019-06-01", "House Speaker Nancy Pelosi", "person:nancy-pelosi", "USA"),
        ("Speaker Pelosi said the vote would go ahead.", "2020-03-01", "Speaker Pelosi", "person:nancy-pelosi", "USA"),
        ("The US Speaker of the House met the delegation.", "2017-05-01", "The US Speaker of the House", "person:paul-ryan", "USA"),
        ("The Iraqi parliament speaker visited Tehran.", "2016-05-01", "The Iraqi parliament speaker", "person:salim-al-jabouri", "IRQ"),
        ("Nabih Berri called for calm in Beirut.", "2017-01-01", "Nabih Berri", "person:nabih-berri", "LBN"),
        ("McConnell blocked the bill in the Senate.", "2018-05-01", "McConnell", "person:mitch-mcconnell", "USA"),
    ],
)  # fmt: skip
def test_legislators_are_known_people(
    pipeline: Pipeline, text: str, published: str, words: str, person: str, country: str
) -> None:
    actor = mentions(pipeline, text, published)[words]
    assert actor.actor_id == person and actor.country == country and actor.sector == "LEG"


def test_a_chamber_leader_is_not_the_states_leader(pipeline: Pipeline) -> None:
    actor = mentions(pipeline, "The American leader spoke on Monday.", "2018-05-01")
    assert all(a.actor_id != "person:mitch-mcconnell" for a in actor.values())
