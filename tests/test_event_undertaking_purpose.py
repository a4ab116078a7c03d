"""An infinitive the parser hung on a verb, right after a noun of undertaking that is that
verb's prepositional object ("focused on the campaign to deliver X a defeat"): what the
undertaking is for, intended, not an act of the verb's subject (events/modality.py,
_hung_on_the_verb)."""

from __future__ import annotations

import pytest

from tacitus import Pipeline


@pytest.mark.parametrize(
    "text",
    [
        "The summit focused on the campaign to deliver the rebels a lasting defeat.",
        "The debate focused on the push to inflict a final defeat on the militants.",
    ],
)
def test_an_undertakings_purpose_hung_on_the_verb_is_intended(
    pipeline: Pipeline, text: str
) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
    assert events, text
    assert {e.modality for e in events} == {"intended"}, [(e.modality, e.reason) for e in events]


def test_a_place_before_the_infinitive_keeps_the_act_told(pipeline: Pipeline) -> None:
    # the infinitive follows a place, not an undertaking: the protesters' denunciation is told
    events = pipeline.extract("Protesters gathered in the square to denounce the government.")
    accused = [e for e in events if e.event_type == "ACCUSE"]
    assert accused and all(e.modality == "asserted" for e in accused)
