"""Calling an actor by a word of blame is criticism (ACCUSE 111) whatever parse the small
clause gets: an object predicate ("called him a liar"), an apposition on the object with no
comma ("called [Kenya's president] a traitor"), a direct object after a dative ("branded
Chad an aggressor") or a second direct object ("labelled the militia a menace"); a word of
blame may be the predicate's modifier ("a terrorist group"). Not a phone call, and no event
where the word names no blame ("a close friend"). Sentences written for these tests."""

from __future__ import annotations

import pytest
from side_pairs import country_pairs

from tacitus import Pipeline


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Eritrea called Ethiopia's prime minister a traitor.", {("ERI", "ETH")}),
        ("Sudan branded Chad an aggressor on Sunday.", {("SDN", "TCD")}),
        ("Armenia called Azerbaijan an occupier.", {("ARM", "AZE")}),
        ("Iraq called the PKK a terrorist group.", {("IRQ", "TUR")}),
        ("Ghana's president called Togo's leader a dictator.", {("GHA", "TGO")}),
        ("Serbia called Kosovo's prime minister a warmonger.", {("SRB", "XKX")}),
    ],
)
def test_calling_an_actor_a_word_of_blame_is_criticism(
    pipeline: Pipeline, text: str, sides: set[tuple[str | None, str | None]]
) -> None:
    events = pipeline.extract(text)
    assert country_pairs(events, "ACCUSE") == sides, [(e.event_type, e.reason) for e in events]
    assert not country_pairs(events, "CONSULT")  # no phone call


@pytest.mark.parametrize(
    "text",
    [
        "Peru called Chile's president a close friend.",
        "Norway called Sweden a reliable partner.",
    ],
)
def test_no_blame_no_criticism(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(text)
    assert not country_pairs(events, "ACCUSE")
    assert not country_pairs(events, "CONSULT")  # the small clause is no phone call either


def test_a_phone_call_stays_one(pipeline: Pipeline) -> None:
    events = pipeline.extract("France's president called Kenya's president on Monday.")
    assert country_pairs(events, "CONSULT") == {("FRA", "KEN")}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the word of blame may modify the noun of the "as" phrase
        ("Kenya described al-Shabaab as a terrorist group.", {("KEN", "SOM")}),
        ("Uganda portrayed the Kenyan police as a criminal gang.", {("UGA", "KEN")}),
    ],
)
def test_a_modifier_of_the_as_phrase_may_blame(
    pipeline: Pipeline, text: str, sides: set[tuple[str | None, str | None]]
) -> None:
    assert country_pairs(pipeline.extract(text), "ACCUSE") == sides


def test_an_as_phrase_without_blame_is_none(pipeline: Pipeline) -> None:
    events = pipeline.extract("Kenya described the Ugandan army as a professional force.")
    assert not country_pairs(events, "ACCUSE")
