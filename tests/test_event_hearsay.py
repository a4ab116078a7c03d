"""Hearsay and epistemic frames: what the text only reports as believed, said, rumoured or
alleged is a hedged report: asserted (event data codes reported and alleged acts), the reason
naming the hedge, the confidence lower (issue 13). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Event, Pipeline

# (sentence, type, source country, the hearsay words the reason names)
HEARSAY = [
    ("Israel is thought to have bombed a convoy bound for Hezbollah.", "ASSAULT", "ISR", "thought to"),
    ("Turkey is believed to have struck Kurdish fighters in Iraq.", "ASSAULT", "TUR", "believed to"),
    ("Iran is said to have supplied rockets to the Houthis.", "AID", "IRN", "said to"),
    ("The Syrian army is reported to have shelled the rebels.", "ASSAULT", "SYR", "reported to"),
    ("Russia is alleged to have bombed a market in Idlib.", "ASSAULT", "RUS", "alleged to"),
    ("Hezbollah was rumoured to have attacked Israeli soldiers.", "ASSAULT", "LBN", "rumoured to"),
    ("Iran is believed to be arming the Houthis.", "AID", "IRN", "believed to"),
    ("Russian jets reportedly bombed a hospital in Idlib.", "ASSAULT", "RUS", "reportedly"),
    ("Syrian troops allegedly attacked protesters in Homs.", "ASSAULT", "SYR", "allegedly"),
    ("A suspected Israeli airstrike hit a Syrian army convoy.", "ASSAULT", "ISR", "suspected"),
]  # fmt: skip


def _only(events: list[Event], kind: str) -> Event:
    [event] = [e for e in events if e.event_type == kind]
    return event


@pytest.mark.parametrize(("text", "kind", "source", "frame"), HEARSAY,
                         ids=[s[0][:40] for s in HEARSAY])  # fmt: skip
def test_hearsay_is_a_hedged_report_and_the_reason_names_the_frame(
    pipeline: Pipeline, text: str, kind: str, source: str, frame: str
) -> None:
    event = _only(pipeline.extract(text), kind)
    assert event.modality == "asserted" and not event.negated
    assert f"hedged report ('{frame}" in event.reason
    # the one believed or said to have acted is the source, not the ones who believe it
    assert event.source is not None and event.source.country == source


@pytest.mark.parametrize(
    "text",
    [
        "Turkey is alleged to have shelled Kurdish positions in Syria.",
        "Iranian forces are alleged to have seized a British tanker.",
    ],
)
def test_a_passive_allegation_with_no_accuser_is_the_hedge_not_an_accusation(
    pipeline: Pipeline, text: str
) -> None:
    events = pipeline.extract(text)
    assert events and all(e.event_type != "ACCUSE" for e in events)
    assert all("hedged report" in e.reason for e in events)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Iran is known to fund Hezbollah.", "AID"),  # known: asserted
        ("Russian jets bombed a hospital in Idlib, officials said.", "ASSAULT"),  # reported speech
        ("Suspected militants attacked a police station in Peshawar.", "ASSAULT"),  # who, not if
    ],
)
def test_known_and_reported_acts_stay_asserted(pipeline: Pipeline, text: str, kind: str) -> None:
    event = _only(pipeline.extract(text), kind)
    assert event.modality == "asserted"
    assert "hedged" not in event.reason


@pytest.mark.parametrize(
    ("hedged", "plain"),
    [
        ("Russian jets reportedly bombed a hospital in Idlib.", "Russian jets bombed a hospital in Idlib."),
        ("Turkey is believed to have struck Kurdish fighters in Iraq.", "Turkey struck Kurdish fighters in Iraq."),
    ],
)  # fmt: skip
def test_a_hedged_report_is_less_confident_than_the_plain_one(
    pipeline: Pipeline, hedged: str, plain: str
) -> None:
    told = _only(pipeline.extract(hedged), "ASSAULT")
    seen = _only(pipeline.extract(plain), "ASSAULT")
    assert told.confidence < seen.confidence


@pytest.mark.parametrize(
    ("text", "modality", "negated"),
    [
        ("Russian jets reportedly did not bomb the hospital in Idlib.", "asserted", True),
        ("Russian jets could reportedly bomb the hospital.", "hypothetical", False),
    ],
)
def test_a_hedge_keeps_the_negation_and_the_possibility(
    pipeline: Pipeline, text: str, modality: str, negated: bool
) -> None:
    event = _only(pipeline.extract(text), "ASSAULT")
    assert (event.modality, event.negated) == (modality, negated)
    assert "hedged report ('reportedly')" in event.reason


def test_the_subject_of_a_passive_does_its_infinitive_not_the_agent(pipeline: Pipeline) -> None:
    # "X was urged by Y to release": X releases (the release itself is the request's content)
    [urge] = pipeline.extract("Iraq was urged by the United Nations to release the prisoners.")
    assert urge.event_type == "REQUEST" and urge.target is not None
    assert urge.target.country == "IRQ"
    # a thing as the passive subject beside a "by" agent: the agent acts
    events = pipeline.extract("Russian rockets were used by Hezbollah to attack Israeli towns.")
    assert events and all(e.source is None or e.source.country != "RUS" for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Russian jets bombed a market in Idlib.",
        "A car bomb killed 20 people in a market in Baghdad.",
        "Syrian helicopters attacked a crowded market in Aleppo.",
    ],
)
def test_a_market_attacked_is_a_place_not_a_contest(pipeline: Pipeline, text: str) -> None:
    assert any(e.event_type == "ASSAULT" for e in pipeline.extract(text))
