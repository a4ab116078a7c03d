"""The agents "our" owns: the state the speaker speaks for (events/arguments.py, issue 13):
'"Our troops will stay," the French minister said' gives the troops France. Sentences written
for these tests."""

from __future__ import annotations

from tacitus import Document, Pipeline
from tacitus.records import Event


def _of_type(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.event_type == event_type]


def test_our_forces_in_a_quote_are_the_speakers_state(pipeline: Pipeline) -> None:
    text = '"Our forces will keep striking ISIL in Syria," the Dutch defence minister said.'
    [strike] = _of_type(pipeline.extract(text), "ASSAULT")
    assert strike.source is not None
    assert (strike.source.country, strike.source.sector) == ("NLD", "MIL")
    assert "'Our' → the speaker" in strike.source.reason


def test_our_diplomats_after_a_speaker_colon(pipeline: Pipeline) -> None:
    text = 'The Spanish foreign minister said: "Our diplomats will meet Venezuelan officials."'
    [meet] = _of_type(pipeline.extract(text), "CONSULT")
    assert meet.source is not None and (meet.source.country, meet.source.sector) == ("ESP", "GOV")


def test_our_forces_in_a_ministry_statement(pipeline: Pipeline) -> None:
    text = "The operation enters its second month. Our forces struck ISIL positions near Mosul."
    doc = Document(doc_id="t", text=text, url="https://www.defense.gov/News/Releases/2/")
    [strike] = _of_type(pipeline.extract(doc), "ASSAULT")
    assert strike.source is not None
    assert (strike.source.country, strike.source.sector) == ("USA", "MIL")


def test_our_is_nobodys_state_when_the_speaker_is_none(pipeline: Pipeline) -> None:
    for text in (
        '"Our fighters attacked the army base at dawn," a Taliban commander said.',
        '"Our soldiers will defend the city," a shopkeeper said.',
        "Our soldiers will defend the city to the end.",
        "Our forces struck ISIL positions near Mosul.",  # a writer's "our": not Iraq's
    ):
        for event in pipeline.extract(text):
            side = event.source
            assert side is None or side.text.lower().split()[0] != "our" or not side.country
