"""Commitments, pledges and promises of help: the act promised, intended, with its giver and
receiver, not an asserted act nor a bare AGREE (issue 13; strict PLOVER maps them to AGREE).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline
from tacitus.plover import strict_type

# (sentence, type, source country, target country)
COMMITMENTS = [
    ("The United Kingdom is committed to continuing to provide the government of Iraq with military support.", "AID", "GBR", "IRQ"),
    ("Australia is committed to providing Iraq with humanitarian assistance.", "AID", "AUS", "IRQ"),
    ("Denmark remains committed to supplying the Iraqi army with weapons.", "AID", "DNK", "IRQ"),
    ("The United States remains committed to assisting the Iraqi government.", "AID", "USA", "IRQ"),
    ("Japan pledged to support Ukraine.", "SUPPORT", "JPN", "UKR"),
    ("Germany promised to help Greece.", "AID", "DEU", "GRC"),
    ("Russia pledged its support for Serbia.", "SUPPORT", "RUS", "SRB"),
    ("The European Union pledged 50 million euros in aid to Syria.", "AID", "IGO", "SYR"),
    ("China promised more aid to Pakistan.", "AID", "CHN", "PAK"),
    ("Norway committed 20 million dollars to Somalia.", "AID", "NOR", "SOM"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "source", "target"), COMMITMENTS,
                         ids=[s[0][:40] for s in COMMITMENTS])  # fmt: skip
def test_a_commitment_is_the_act_promised_intended(
    pipeline: Pipeline, text: str, kind: str, source: str, target: str
) -> None:
    events = pipeline.extract(text)
    assert [e.event_type for e in events] == [kind], [e.reason for e in events]
    [event] = events
    assert event.modality == "intended" and not event.negated
    assert event.source is not None and event.source.country == source
    assert event.target is not None and event.target.country == target
    assert strict_type(event) == "AGREE"  # strict PLOVER: an intention to cooperate


def test_what_is_provided_with_is_the_aid_given_now(pipeline: Pipeline) -> None:
    [event] = pipeline.extract("Britain provided the Kurdish forces with weapons and training.")
    assert (event.event_type, event.modality) == ("AID", "asserted")
    assert event.target is not None and event.target.sector == "MIL"
    # a pledge of cooperation or of troops stays the promise (AGREE), asserted
    [pledge] = pipeline.extract("France pledged its full cooperation with Algeria.")
    assert (pledge.event_type, pledge.modality) == ("AGREE", "asserted")
