"""A state's own name in the compound of a topic noun ("the Russia investigation", "the Iran
deal", "the China tariffs") names what the thing is about: never the source of the act the
noun names, nor the target of an act on the thing, except the target of a SANCTION (issue
13). Sentences written for these tests."""

from __future__ import annotations

import pytest
from mention_data import mentions
from side_pairs import country_pairs

from tacitus import Pipeline


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        # the state named on the topic is no target of what is done to the thing
        ("A US senator denounced the Russia probe as a hoax.", "ACCUSE", {("USA", None)}),
        ("Israel condemned the Iran agreement on Tuesday.", "ACCUSE", {("ISR", None)}),
        ("Democrats defended the Russia inquiry against critics.", "SUPPORT", {("USA", None)}),
    ],
)
def test_a_topic_name_is_no_target(
    pipeline: Pipeline, text: str, event_type: str, sides: set[tuple[str | None, str | None]]
) -> None:
    assert country_pairs(pipeline.extract(text), event_type) == sides


@pytest.mark.parametrize(
    "text",
    [
        "The Russia investigation widened on Friday.",
        "The China tariffs hurt soybean farmers in Iowa.",
        "The Venezuela talks resumed in Oslo.",
    ],
)
def test_a_topic_name_is_no_source_of_its_noun(pipeline: Pipeline, text: str) -> None:
    for event in pipeline.extract(text):
        assert event.source is None or event.source.country not in ("RUS", "CHN", "VEN"), (
            event.event_type,
            event.reason,
        )


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        # a SANCTION keeps the state its measures aim at
        ("The European Union imposed fresh Belarus sanctions.", "SANCTION", {("IGO", "BLR")}),
        # an acronym is the adjective of its state: the sanctioner
        ("The US sanctions on Cuba hurt tourism.", "SANCTION", {("USA", "CUB")}),
        # a possessive is whose the act is
        ("Russia's investigation blamed Ukraine for the crash.", "ACCUSE", {("RUS", "UKR")}),
        # a state's own thing, not a topic: its owner is acted on
        ("Israeli jets attacked the Iran nuclear programme.", "ASSAULT", {("ISR", "IRN")}),
    ],
)
def test_not_a_topic(
    pipeline: Pipeline, text: str, event_type: str, sides: set[tuple[str | None, str | None]]
) -> None:
    assert country_pairs(pipeline.extract(text), event_type) == sides


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a state named as a thing's topic is no actor mention at all
        ("Diplomats met in Geneva to discuss the Libyan conflict.", "the Libyan conflict"),
        ("Aid groups warned that the Yemeni crisis was worsening.", "the Yemeni crisis"),
        ("The Somali civil war displaced millions.", "The Somali civil war"),
        ("The Venezuela investigation was closed in May.", "The Venezuela investigation"),
    ],
)
def test_a_topic_is_no_actor_mention(pipeline: Pipeline, text: str, words: str) -> None:
    assert words not in mentions(pipeline, text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a demonym on other nouns says who acts: an actor mention as before
        ("The Russian investigation blamed Ukraine.", "The Russian investigation"),
        ("The Russian war on Ukraine entered its fourth year.", "The Russian war"),
    ],
)
def test_a_demonym_on_other_nouns_stays_a_mention(
    pipeline: Pipeline, text: str, words: str
) -> None:
    assert words in mentions(pipeline, text)
