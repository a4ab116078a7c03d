""" "We" in a direct quote is a mention of the side its speaker speaks for: the speaker's
country and sector, no id (issue 14). Sentences written for the tests."""

from __future__ import annotations

import pytest

from tacitus import Document, Pipeline
from tacitus.records import ActorMention


def mentions(pipeline: Pipeline, text: str) -> list[tuple[str, ActorMention]]:
    [result] = list(pipeline.run([Document("t", text, published="2016-10-20")]))
    assert not isinstance(result, Exception)
    return [(text[m.start : m.end], m) for m in result.mentions]  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        ('"We will not allow the militants to regroup," said Russian Foreign Minister Sergei Lavrov.', "We", "RUS"),
        ('"They attacked us without warning," the Iraqi army spokesman said.', "us", "IRQ"),
        ('Sergei Lavrov said: "Our partners know that we keep our word."', "we", "RUS"),
        ('"We have defended ourselves," said Iranian Foreign Minister Javad Zarif.', "ourselves", "IRN"),
    ],
)  # fmt: skip
def test_we_in_a_quote_is_the_speakers_side(
    pipeline: Pipeline, text: str, word: str, country: str
) -> None:
    found = [m for w, m in mentions(pipeline, text) if w == word]
    assert found, word
    actor = found[0].actor
    assert actor.country == country and actor.actor_id is None
    assert "in a quote of" in actor.reason


@pytest.mark.parametrize(
    "text",
    [
        # no quote: a writer's "we"
        "We went to the market in Baghdad on Friday.",
        # a possessive names a thing of theirs, and "US" is the country
        '"Our hopes are with the US," said Russian Foreign Minister Sergei Lavrov.',
        # an indirect quote: whose "we" is unsure
        "Sergei Lavrov said we would see a ceasefire soon.",
    ],
)
def test_we_outside_a_direct_quote_or_our_gives_no_side(pipeline: Pipeline, text: str) -> None:
    assert not any("in a quote of" in m.actor.reason for _, m in mentions(pipeline, text))


def test_we_of_a_speaker_with_no_country_is_named_after_the_speaker(pipeline: Pipeline) -> None:
    text = '"We need more books," said Anas Farouk, a volunteer at the library.'
    [actor] = [m.actor for w, m in mentions(pipeline, text) if w == "We"]
    assert actor.country is None and actor.name == "the side of Anas Farouk"
    assert actor.key == "name:side-of-anas-farouk"
