"""Speech acts done by saying them (issue 13): "I want to convey my condolences", "we would
like to thank", "offered his condolences" are acts of the speaker, asserted, not intended.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Event, Pipeline

# a first-person wish to perform a speech act performs it
PERFORMED = [
    ('The Foreign Secretary Boris Johnson said: "I want to convey my deepest condolences to '
     'the families of the victims."', "convey"),
    ('The Foreign Secretary Boris Johnson said: "I would like to thank the Government of '
     'Jordan for its hospitality."', "thank"),
    ('Foreign Minister Sergei Lavrov said: "We wish to express our gratitude to the Iraqi '
     'government."', "express"),
    ('Foreign Minister Sergei Lavrov said: "I want to congratulate the people of Tunisia on '
     'the elections."', "congratulate"),
    # offered or extended, condolences and congratulations are conveyed, not promised
    ("Foreign Minister Sergei Lavrov offered his condolences to the people of France.", "offered"),
    ("Foreign Minister Sergei Lavrov offered his congratulations to the Iraqi prime minister.",
     "offered"),
]  # fmt: skip

# a wish to do anything else, or someone else's wish, stays intended
INTENDED = [
    ('Foreign Minister Sergei Lavrov said: "I want to meet the Iraqi prime minister next '
     'week."', "meet"),
    ('Foreign Minister Sergei Lavrov said: "I would like to visit Iraq soon."', "visit"),
    ("Russia wants to thank Turkey for its help.", "thank"),
]  # fmt: skip


def _support(events: list[Event], word: str) -> Event:
    found = [e for e in events if word in e.trigger.text]
    assert found, [(e.event_type, e.trigger.text) for e in events]
    return found[0]


@pytest.mark.parametrize(("text", "word"), PERFORMED, ids=[t[0][-45:] for t in PERFORMED])
def test_a_speech_act_wished_by_its_speaker_is_done(
    pipeline: Pipeline, text: str, word: str
) -> None:
    event = _support(pipeline.extract(text), word)
    assert event.event_type == "SUPPORT"
    assert event.modality == "asserted" and not event.negated, event.reason
    assert event.source is not None


@pytest.mark.parametrize(("text", "word"), INTENDED, ids=[t[0][-45:] for t in INTENDED])
def test_other_wishes_stay_intended(pipeline: Pipeline, text: str, word: str) -> None:
    event = _support(pipeline.extract(text), word)
    assert event.modality == "intended", event.reason


def test_a_surname_that_is_a_modal_is_no_auxiliary(pipeline: Pipeline) -> None:
    [event] = pipeline.extract(
        "Prime Minister Theresa May extended her condolences to the Egyptian government."
    )
    assert event.modality == "asserted", event.reason
    [may] = pipeline.extract("The Egyptian government may extend its condolences to Britain.")
    assert may.modality == "hypothetical", may.reason
