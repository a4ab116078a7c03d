""" "We" in a direct quote is a mention of the side its speaker speaks for: the speaker's
country and sector, no id; "I" is the speaker; outside quotes, the voice of a statement or a
speaker line; any other "we" is an entity, no actor (issue 14). Sentences written for the
tests."""

from __future__ import annotations

import pytest

from tacitus import Document, Pipeline
from tacitus.records import ActorMention


def mentions(
    pipeline: Pipeline, text: str, entities: bool = False
) -> list[tuple[str, ActorMention]]:
    [result] = list(pipeline.run([Document("t", text, published="2016-10-20")]))
    assert not isinstance(result, Exception)
    found = result.entities if entities else result.mentions  # type: ignore[union-attr]
    return [(text[m.start : m.end], m) for m in found]


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


@pytest.mark.parametrize(
    ("text", "word", "person"),
    [
        ('"I will not allow the militants to regroup," said Russian Foreign Minister Sergei Lavrov.', "I", "person:sergei-lavrov"),
        ('Sergei Lavrov said: "They told me nothing about the strike."', "me", "person:sergei-lavrov"),
        ('"I have asked myself that question," Javad Zarif told reporters.', "myself", "person:mohammad-javad-zarif"),
    ],
)  # fmt: skip
def test_i_in_a_quote_is_the_speaker(pipeline: Pipeline, text: str, word: str, person: str) -> None:
    [actor] = [m.actor for w, m in mentions(pipeline, text) if w == word]
    assert actor.actor_id == person and "the speaker" in actor.reason


@pytest.mark.parametrize(
    ("text", "word", "actor_id", "country"),
    [
        ("The United States condemns the bombing in Baghdad. We express our condolences to the families of the victims.", "We", "country:USA", "USA"),
        ("Kenya welcomes the agreement signed in Juba. We urge both sides to respect it.", "We", "country:KEN", "KEN"),
        ("SECRETARY KERRY: We talked about the situation in Aleppo.", "We", None, "USA"),
        ("SECRETARY KERRY: I spoke to the minister this morning.", "I", "person:john-kerry", "USA"),
    ],
)  # fmt: skip
def test_first_person_outside_quotes_takes_the_voice_of_the_text(
    pipeline: Pipeline, text: str, word: str, actor_id: str | None, country: str
) -> None:
    [actor] = [m.actor for w, m in mentions(pipeline, text) if w == word]
    assert actor.actor_id == actor_id and actor.country == country
    assert "→" in actor.reason


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("We drove for hours to reach the border, and the guards let us through.", "We"),
        ("We drove for hours to reach the border, and the guards let us through.", "us"),
        ("Sergei Lavrov said we would see a ceasefire soon.", "we"),
        ('"We need more books," a volunteer said.', "We"),
    ],
)
def test_any_other_we_is_an_entity_and_i_is_nothing(
    pipeline: Pipeline, text: str, word: str
) -> None:
    assert not [m for w, m in mentions(pipeline, text) if w == word]
    [entity] = [m.actor for w, m in mentions(pipeline, text, entities=True) if w == word]
    assert entity.actor_id is None and entity.country is None and "an entity" in entity.reason


def test_i_with_no_voice_is_no_mention(pipeline: Pipeline) -> None:
    text = "I met the governor in Kirkuk last week."
    assert not any(w == "I" for w, _ in mentions(pipeline, text))
    assert not any(w == "I" for w, _ in mentions(pipeline, text, entities=True))
