"""A state's offices named bare take the state the rest of the document is about
(actors/home_offices.py, issue 13, round 13). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline


def _country(pipeline: Pipeline, text: str, words: str) -> str | None:
    """The country of the event side whose text holds ``words``."""
    for event in pipeline.extract(text):
        for side in (event.source, event.target):
            if side is not None and words in side.text:
                return side.country
    raise AssertionError(f"no side with {words!r}: {pipeline.extract(text)}")


# fmt: off
PLACED = [
    ("Tanzania's ruling party won the vote in Dodoma. The president accused the opposition "
     "of fraud.", "The president", "TZA"),
    ("Tanzania's ruling party won the vote in Dodoma. The president accused the opposition "
     "of fraud.", "the opposition", "TZA"),
    ("Guatemala's Congress met in emergency session. The interior minister banned all street "
     "marches.", "The interior minister", "GTM"),
    ("Floods swept through northern Namibia last week. The prime minister thanked Germany for "
     "its help.", "The prime minister", "NAM"),
    ("Clashes broke out in Tbilisi on Sunday. The foreign minister accused Russia of "
     "provoking the violence.", "The foreign minister", "GEO"),
    # a state's army named by the word alone
    ("Fighting was reported near Jaffna in Sri Lanka on Monday. The army killed 20 Tamil "
     "Tiger rebels.", "The army", "LKA"),
    # American offices: the document's places and bodies are American
    ("Snowstorms closed roads across Colorado. The governor asked the president for federal "
     "help.", "The governor", "USA"),
    ("The Senate adjourned on Friday. Republicans blocked the bill. The senator accused the "
     "attorney general of lying.", "the attorney general", "USA"),
    # the same bare titles in a document about another state are that state's
    ("Nigeria's Kano State was hit by riots. The governor ordered the arrest of the "
     "organisers.", "The governor", "NGA"),
    ("The Philippine Senate opened an inquiry on Monday. The senator accused the police of "
     "killing suspects.", "The senator", "PHL"),
]
# fmt: on


@pytest.mark.parametrize(("text", "words", "country"), PLACED)
def test_bare_office_takes_documents_state(
    pipeline: Pipeline, text: str, words: str, country: str
) -> None:
    assert _country(pipeline, text, words) == country


def test_two_offices_of_one_state_are_two_sides(pipeline: Pipeline) -> None:
    """Once placed, "the governor" and "the president" are both USA:GOV: still two sides
    (events/coder.py ``_other``), not one actor acting on itself."""
    text = "Snowstorms closed roads across Colorado. The governor asked the president for help."
    assert _country(pipeline, text, "the president") == "USA"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # one sentence: the state acted on is no evidence of the office's own
        ("The prime minister met the Japanese ambassador in Tokyo.", "The prime minister"),
        # two states as often in the rest of the document: nobody's
        (
            "Chile and Peru disputed the sea border. The foreign minister accused Lima of lying.",
            "The foreign minister",
        ),
        # not a state's office at home: sent abroad, another's, a region's, from elsewhere
        (
            "Clashes broke out in Tbilisi on Sunday. Diplomats urged Russia to withdraw.",
            "Diplomats",
        ),
        (
            "Clashes broke out in Tbilisi on Sunday. European leaders urged Russia to withdraw.",
            "European leaders",
        ),
        (
            "Clashes broke out in Tbilisi on Sunday. Foreign governments urged Russia to withdraw.",
            "Foreign governments",
        ),
        ("Clashes broke out in Tbilisi on Sunday. Troops attacked the protesters.", "Troops"),
        ("Eritrea and Ethiopia fought over Badme. The army shelled the town.", "The army"),
        # the title of a person named next to it, or an office "for" something: not bare
        (
            "Bombs exploded in Baghdad and Basra on Monday. Minister for the Middle East John "
            "Pellow condemned the bombing.",
            "John Pellow",
        ),
    ],
)
def test_bare_office_left_without_state(pipeline: Pipeline, text: str, words: str) -> None:
    assert _country(pipeline, text, words) is None


# an agent phrase with "of" is found on its head noun, where the verb finds its subject
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The secretary of state met the Chinese ambassador on Monday.", "secretary of state"),
        ("The head of state visited Nairobi on Friday.", "head of state"),
        ("Rebels accused the head of government of treason.", "head of government"),
    ],
)
def test_of_phrase_agent_is_a_side(pipeline: Pipeline, text: str, words: str) -> None:
    sides = [s.text for e in pipeline.extract(text) for s in (e.source, e.target) if s]
    assert any(words in side for side in sides), sides


def test_foreign_people_a_state_presses_keep_no_country(pipeline: Pipeline) -> None:
    """A state's organ charging people makes them its own (events/domestic.at_home), but not
    people a word says come from elsewhere."""
    text = "Protests spread in Minsk. The police arrested foreign journalists."
    assert _country(pipeline, text, "foreign journalists") is None
    text = "Protests spread in Minsk. The police arrested journalists."
    assert _country(pipeline, text, "journalists") == "BLR"
