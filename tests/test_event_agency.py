"""Who can be a side of an event (issue 13): a thing of an actor's ("Tehran's goals") does not
act, and a side named only by a pronoun that resolves to nobody leaves the record partial.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Document, Event, Pipeline
from tacitus.actors.resolve_types import ActorHit
from tacitus.pipeline import Analyzer, Options


def _types(events: list[Event]) -> list[str]:
    return [e.event_type for e in events]


def _hits(analyzer: Analyzer, text: str) -> dict[str, ActorHit]:
    doc = analyzer.nlp(text)
    hits = analyzer.resolver.resolve(doc)
    return {doc[h.anchor].text: h for anchor in hits.values() for h in anchor}


@pytest.fixture(scope="module")
def analyzer() -> Analyzer:
    return Analyzer(Options())


@pytest.fixture(scope="module")
def inspecting() -> Pipeline:
    return Pipeline(keep_partial=True, explain=True)


@pytest.mark.parametrize(
    ("text", "word", "thing"),
    [
        ("Tehran's diplomatic goals were clear.", "goals", True),
        ("Several firms host Iranian Government servers.", "servers", True),
        ("This Chinese initiative surprised everyone.", "initiative", True),
        ("Iraqi troops entered the town.", "troops", False),
        ("Russia's foreign ministry spoke.", "ministry", False),
        ("The Turkish operator closed the site.", "operator", False),
        ("The Syrian side walked out.", "side", False),
    ],
)
def test_a_name_on_a_common_noun_that_is_no_agent_names_a_thing(
    analyzer: Analyzer, text: str, word: str, thing: bool
) -> None:
    hit = _hits(analyzer, text)[word]
    assert hit.thing is thing
    assert ("is a thing of theirs" in hit.actor.reason) is thing


@pytest.mark.parametrize(
    "text",
    [
        "While Tehran's immediate diplomatic goals have been met, it remains cautious.",
        "Several European firms were hosting Iranian Government servers.",
        "Officials discussed the Venezuela crisis.",
    ],
)
def test_a_thing_of_an_actors_is_no_partner(pipeline: Pipeline, text: str) -> None:
    assert pipeline.extract(text) == []


@pytest.mark.parametrize(
    "text",
    [
        # what an act is done to is no act: places, waters, claims, targets
        "Israel must leave the Syrian territory it has occupied since 1967.",
        "The Syrian territory held by rebels attacked the town.",
        "The report relies on claims supplied by Iranian intelligence.",
        "Coalition aircraft struck ISIL targets, which isolate Raqqa from the north.",
    ],
)
def test_what_an_act_is_done_to_does_not_act(pipeline: Pipeline, text: str) -> None:
    """The lexicon's nouns are acts; the objects its verbs take ("occupy +territory",
    "share +intelligence", "strike +targets") are not."""
    sources = [e.source.text for e in pipeline.extract(text) if e.source]
    assert not [s for s in sources if s.split()[-1] in ("territory", "intelligence", "targets")]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russia, Britain and the United States pledged to respect Ukraine's borders.", "UKR"),
        ("France and Germany pledged to respect Belgian airspace.", "BEL"),
        ("Egypt and Sudan agreed to protect Ethiopia's borders.", "ETH"),
    ],
)
def test_the_owner_of_what_a_promised_act_is_done_to_is_the_target(
    pipeline: Pipeline, text: str, target: str
) -> None:
    """A thing acted on by a clause under the act is no topic: its owner is the target (and
    the promisers are not paired with each other)."""
    events = [e for e in pipeline.extract(text) if e.event_type == "AGREE"]
    assert events and {e.target.country for e in events if e.target} == {target}
    assert not any(e.reciprocal for e in events)


def test_a_thing_of_an_actors_does_not_act(pipeline: Pipeline, inspecting: Pipeline) -> None:
    text = "This Chinese initiative kept appealing to Brazil to join."
    assert pipeline.extract(text) == []
    [event] = inspecting.extract(text)
    assert event.partial and event.source is None
    assert "its source 'This Chinese initiative' is a thing of an actor's" in event.reason


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        ("A French strike hit two rebel vehicles.", "ASSAULT", "FRA"),
        ("Egyptian army bulldozers demolished houses in Rafah.", "ASSAULT", "EGY"),
        ("U.S. aircraft destroyed three ISIL tanks near Mosul.", "ASSAULT", "USA"),
        ("U.S. assistance is supporting Ukrainian farmers.", "AID", "USA"),
        ("Russian money funded the Hungarian party.", "AID", "RUS"),
    ],
)
def test_acts_and_instruments_act_for_their_owner(
    pipeline: Pipeline, text: str, event_type: str, source: str
) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == event_type]
    assert events and all(e.source and e.source.country == source for e in events)


def test_consent_given_is_a_partners(pipeline: Pipeline) -> None:
    [event] = pipeline.extract("The EU mission is working in Mali with Bamako's consent.")
    assert event.event_type == "COOPERATE"
    assert event.target is not None and event.target.country == "MLI"


@pytest.mark.parametrize(
    ("text", "event_type", "why"),
    [
        ("We are consulting with the Government of Chile.", "CONSULT", "its source 'We'"),
        ("I urge the Peruvian government to act.", "REQUEST", "its source 'I'"),
        ("Argentina will coordinate with them.", "COOPERATE", "its target 'them'"),
    ],
)
def test_a_side_named_by_a_pronoun_resolved_to_nobody_is_partial(
    pipeline: Pipeline, inspecting: Pipeline, text: str, event_type: str, why: str
) -> None:
    assert event_type not in _types(pipeline.extract(text))
    [event] = [e for e in inspecting.extract(text) if e.event_type == event_type]
    assert event.partial
    assert f"partial: {why} is a pronoun resolved to no actor" in event.reason
    [result] = inspecting.run([Document("d", text)])
    assert any(c.outcome == "partial" for c in result.candidates)  # type: ignore[union-attr]


def test_a_pronoun_that_resolves_keeps_the_record(pipeline: Pipeline) -> None:
    [event] = pipeline.extract("Chile said on Monday that it will consult with Peru.")
    assert (event.source and event.source.country, event.target and event.target.country) == (
        "CHL",
        "PER",
    )
    assert not event.partial
