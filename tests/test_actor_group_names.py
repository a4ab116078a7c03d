"""An unlisted organisation whose own name a state's name or demonym opens is a group of that
state's, never the state; its name's words give it a sector (actors/group_names.py): a word
of armed struggle a rebel group, a militia a militia, an armed body's head with a word no
state's forces bear a rebel group, a party a party. Names written for the tests."""

from __future__ import annotations

import pytest
from mention_data import mentions

from tacitus import Pipeline


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        (
            "The Gabonese People's Liberation Movement accused the army of abuses.",
            "The Gabonese People's Liberation Movement",
            "GAB",
            "REB",
        ),
        (
            "The Nigerien Resistance Forces seized the town of Agadez.",
            "The Nigerien Resistance Forces",
            "NER",
            "REB",
        ),
        (
            "The Togolese Democratic Forces clashed with government troops.",
            "The Togolese Democratic Forces",
            "TGO",
            "REB",
        ),
        (
            "The Free Gambian Army attacked a checkpoint near Banjul.",
            "The Free Gambian Army",
            "GMB",
            "REB",
        ),
        (
            "The Malawian Patriotic Militia burned a village.",
            "The Malawian Patriotic Militia",
            "MWI",
            "PRM",
        ),
    ],
)
def test_a_group_named_after_a_state_is_its_group(
    pipeline: Pipeline, text: str, mention: str, country: str, sector: str
) -> None:
    found = mentions(pipeline, text)
    assert mention in found, found.keys()
    actor = found[mention]
    assert (actor.country, actor.sector) == (country, sector), actor.reason
    assert actor.actor_id is None  # never the state


@pytest.mark.parametrize(
    ("text", "mention", "actor_id", "sector"),
    [
        # the state's own forces stay the state's
        (
            "The Ghanaian Armed Forces deployed troops.",
            "The Ghanaian Armed Forces",
            "country:GHA",
            "MIL",
        ),
        (
            "The Afghan National Army attacked the town.",
            "The Afghan National Army",
            "country:AFG",
            "MIL",
        ),
    ],
)
def test_the_states_own_forces_are_the_state(
    pipeline: Pipeline, text: str, mention: str, actor_id: str, sector: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert (actor.actor_id, actor.sector) == (actor_id, sector), actor.reason


def test_a_name_that_says_no_sector_keeps_none(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "The Zambian Democratic Movement criticised the budget.")
    actor = found["The Zambian Democratic Movement"]
    assert (actor.country, actor.sector, actor.actor_id) == ("ZMB", None, None), actor.reason
