"""Names that are no person although a person bears them (issue 14): a town that is also a
nom de guerre read as a place, and a facility named after a person; and one mention, one
actor ("Syrian Arab forces of the SDF"). Sentences written for the tests."""

from __future__ import annotations

import pytest
from mention_data import mentions

from tacitus import Document, Pipeline


def _people(pipeline: Pipeline, text: str, published: str | None = None) -> dict[str, str]:
    found = mentions(pipeline, text, published)
    return {
        words: actor.actor_id
        for words, actor in found.items()
        if (actor.actor_id or "").startswith("person:")
    }


@pytest.mark.parametrize(
    "text",
    [
        "YPG units drove the jihadists out of Kobane in 2015.",
        "The militants were driven from Kobani by the YPG.",
        "Heavy fighting raged in Kobane on Tuesday, the YPG said.",
        "Thousands of families returned to Kobani after the siege.",
    ],
)
def test_a_town_that_is_a_nom_de_guerre_is_the_town(pipeline: Pipeline, text: str) -> None:
    assert _people(pipeline, text) == {}


def test_the_nom_de_guerre_of_a_named_person_still_names_him(pipeline: Pipeline) -> None:
    text = (
        "Mazloum Kobani, the SDF commander, said his fighters had returned to Kobani. "
        "Kobani said the town was safe."
    )
    [result] = list(pipeline.run([Document("t", text)]))
    assert not isinstance(result, Exception)
    named = {m.start: m.actor.actor_id for m in result.mentions}
    town, speaker = text.index("to Kobani") + 3, text.rindex("Kobani said")
    assert named[0] == named[speaker] == "person:mazloum-abdi"
    assert not (named.get(town) or "").startswith("person:")


@pytest.mark.parametrize(
    "text",
    [
        "Rebels stormed the Al Salem hospital on Friday.",
        "Gunmen attacked the King Fahd airport in Dammam.",
        "Flights resumed at Rafik Hariri International Airport after the strike.",
        "Protesters gathered outside the Hariri hospital in Beirut.",
        "Police sealed off the Kerry school after the threat.",
    ],
)
def test_a_facility_named_after_a_person_is_not_the_person(pipeline: Pipeline, text: str) -> None:
    assert _people(pipeline, text, "1998-05-01") == {}


def test_the_person_a_facility_is_named_after_is_still_a_person(pipeline: Pipeline) -> None:
    people = _people(pipeline, "Rafik Hariri met the French president in Paris.", "1998-05-01")
    assert people["Rafik Hariri"] == "person:rafic-hariri"


@pytest.mark.parametrize(
    ("text", "words", "group"),
    [
        (
            "Syrian Arab fighters of the SDF attacked the village of Ain Issa.",
            "Syrian Arab fighters",
            "SDF",
        ),
        ("Kurdish fighters of the YPG attacked the town.", "Kurdish fighters", "YPG"),
        (
            "Iraqi and Syrian fighters of the Islamic State attacked the town.",
            "Iraqi and Syrian fighters",
            "ISIS",
        ),
    ],
)
def test_a_component_of_a_group_is_one_actor_the_groups(
    pipeline: Pipeline, text: str, words: str, group: str
) -> None:
    [result] = list(pipeline.run([Document("t", text)]))
    assert not isinstance(result, Exception)
    sources = [e.source for e in result.events if e.source is not None]
    assert len(sources) == 1  # one record, not one per demonym
    actor = sources[0]
    assert actor.actor_id == f"group:{group}" and actor.text.startswith(words)
    assert all(m.actor.actor_id != "country:SYR" for m in result.mentions)


def test_a_demonym_without_an_owning_group_is_still_the_state(pipeline: Pipeline) -> None:
    actor = mentions(pipeline, "Iraqi troops of the national army attacked the town.")[
        "Iraqi troops"
    ]
    assert actor.actor_id == "country:IRQ"


@pytest.mark.parametrize(
    ("text", "words", "coalition"),
    [
        # a coalition's own name is not the coalition the war implies
        (
            "The Syrian Arab Coalition attacked ISIL near Raqqa.",
            "The Syrian Arab Coalition",
            False,
        ),
        ("The Global Coalition struck ISIL targets near Raqqa.", "The Global Coalition", True),
        ("Coalition aircraft struck ISIL targets near Mosul.", "Coalition aircraft", True),
    ],
)
def test_a_named_coalition_is_its_own(
    pipeline: Pipeline, text: str, words: str, coalition: bool
) -> None:
    actor = mentions(pipeline, text)[words]
    assert (actor.actor_id == "igo:US-LED-COALITION") is coalition


@pytest.mark.parametrize(
    "text",
    [
        "The Defence Secretary met the French Defence Minister in Paris.",
        "The Health Secretary visited a hospital in Leeds.",
        "Three Karachi police officers were arrested by the army.",
        "Two Mosul councillors were detained by the militia.",
    ],
)
def test_a_one_word_portfolio_or_town_is_no_person(pipeline: Pipeline, text: str) -> None:
    """A one-word name the tagger calls an organisation is no unlisted person when it is the
    portfolio of a title ("the Defence Secretary") or a town the gazetteer knows. (A title
    of another state, "the French Defence Minister", may name its office holder: it is not
    the Defence Secretary named before it.)"""
    people = _people(pipeline, text)
    assert not [words for words in people if len(words.split()) == 1], people
    assert "The Defence Secretary" not in people


def test_a_one_word_surname_still_makes_a_person(pipeline: Pipeline) -> None:
    assert _people(pipeline, "Spokesman Kirby criticised Russia.") == {
        "Spokesman Kirby": "person:kirby"
    }
    # a surname that is also a city, tagged as a person
    found = _people(pipeline, "Senator Jackson criticised Russia on Monday.")
    assert list(found.values()) == ["person:jackson"], found


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Rebels hold the town of Zabadani. Zabadani has been encircled by Hezbollah.",
         "zabadani"),
        ("Rebels withdrew from the village of Kafranbel. Kafranbel was shelled overnight.",
         "kafranbel"),
        ("The army entered the suburb of Jobar. Jobar was then shelled for a week.", "jobar"),
        ("Aid reached the suburb of Zabadani. Zabadani was shelled again, the monitors said.",
         "zabadani"),
    ],
)  # fmt: skip
def test_a_name_the_document_places_is_no_person_elsewhere(
    pipeline: Pipeline, text: str, town: str
) -> None:
    """A one-word name written as a place once ("the town of X", "in X") is the place
    wherever the tagger calls it a person."""
    assert f"person:{town}" not in _people(pipeline, text).values()


def test_a_town_is_not_the_speaker_of_a_quote(pipeline: Pipeline) -> None:
    text = (
        "Rebels hold the town of Zabadani. Zabadani has been encircled by Hezbollah. "
        '"We have nothing left to eat," she says.'
    )
    [result] = list(pipeline.run([Document("t", text)]))
    assert not isinstance(result, Exception)
    assert all((q.speaker is None or q.speaker.text != "Zabadani") for q in result.quotes)
