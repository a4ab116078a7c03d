"""An act its noun names that is postponed, delayed, deferred or put off is still planned,
not done: intended ("the talks with the Taliban had been postponed" coded talks held).
Issue 13, found by the round-12 fresh probes; sentences written for the tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Officials said the talks with the Taliban had been postponed indefinitely.", "CONSULT"),
        ("Egypt postponed talks with Ethiopia on the dam.", "CONSULT"),
        ("Israel delayed the release of 26 Palestinian prisoners.", "RETREAT"),
        ("The president put off his visit to Japan.", "CONSULT"),
        ("The summit with Iran was deferred until next year.", "CONSULT"),
    ],
)
def test_a_postponed_act_is_intended(pipeline: Pipeline, text: str, kind: str) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == kind]
    assert events and all(e.modality == "intended" for e in events), [e.reason for e in events]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # not delayed, and an act done after a delay, are told as done
        ("Israel did not delay the release of the prisoners.", "RETREAT"),
        ("Israel released 26 Palestinian prisoners after a delay.", "RETREAT"),
    ],
)
def test_an_act_not_put_off_stays_told(pipeline: Pipeline, text: str, kind: str) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == kind]
    assert events and all(e.modality == "asserted" and not e.negated for e in events)
