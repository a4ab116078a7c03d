"""After verbs of judging, rewarding and punishing, a gerund's "for" phrase is the act of the
verb's object, never of its subject ("Pakistan condemned India for shelling villages": India
shelled; Pakistan only condemned). Issue 13, found by the round-12 fresh probes; sentences
written for the tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline


@pytest.mark.parametrize(
    ("text", "kind", "source"),
    [
        ("Pakistan condemned India for shelling villages along the border.", "ASSAULT", "IND"),
        ("Washington criticized Beijing for detaining two Canadian citizens.", "COERCE", "CHN"),
        ("The UN praised Ethiopia for releasing political prisoners.", "RETREAT", "ETH"),
        ("Iran slammed the United States for imposing new sanctions.", "SANCTION", "USA"),
        ("Germany thanked Jordan for hosting Syrian refugees.", "AID", "JOR"),
        ("Russia criticised NATO for deploying troops in Poland.", "MOBILIZE", "IGO"),
        # the subject still acts where the verb is no judgement of the object
        ("Kenya deployed troops to Somalia for fighting al-Shabaab.", "ASSAULT", "KEN"),
    ],
)
def test_the_object_does_what_it_is_judged_for(
    pipeline: Pipeline, text: str, kind: str, source: str
) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == kind]
    assert events and all(e.source is not None for e in events), events
    assert {e.source.country for e in events if e.source} == {source}


def test_no_object_actor_no_subject_instead(pipeline: Pipeline) -> None:
    """Judged people who are no actor of their own leave the act to them, not to the judge."""
    text = "Belgium's foreign minister criticized Congo's president for refusing to step down."
    for event in pipeline.extract(text):
        if event.event_type != "ACCUSE":
            assert event.source is None or event.source.country != "BEL", event.reason
