"""Actors named by their relation to another ("our allies", "international partners", "the
enemy"): mentions with no sector or country of their own, unless a name says who they are
(issue 14). Sentences written for the tests."""

from __future__ import annotations

import pytest
from mention_data import mentions

from tacitus import Pipeline


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("The minister thanked our allies for their help.", "our allies"),
        ("The agency will consult international partners next week.", "international partners"),
        ("The enemy shelled the outpost overnight.", "The enemy"),
        ("Donors pledged $2 billion at the conference.", "Donors"),
        ("The rebels and their backers rejected the plan.", "their backers"),
        ("The party's supporters marched through the capital.", "The party's supporters"),
        ("Kenya and its partners signed the accord.", "its partners"),
        # a place after it says where they are, not who
        ("The envoy reassured our partners in the Gulf.", "our partners"),
    ],
)
def test_a_relational_noun_is_an_actor_with_no_sector(
    pipeline: Pipeline, text: str, mention: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert actor.sector is None and actor.country is None and actor.actor_id is None
    assert "relational noun" in actor.reason


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The rebels took the town with support from our ally Turkey.", "ally"),
        ("The regime and its backers, notably Russia, bombed the city.", "backers"),
        ("He was a partner at the law firm for a decade.", "partner"),
    ],
)
def test_a_relational_noun_a_name_or_predicate_explains_is_no_actor(
    pipeline: Pipeline, text: str, word: str
) -> None:
    found = mentions(pipeline, text)
    assert not any(word in m and "relational noun" in a.reason for m, a in found.items())
