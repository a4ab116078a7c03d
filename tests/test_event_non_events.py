"""Sentences that only look like events (issue 13): opinions of experts, where someone is
from, what a situation needs, and a role in an operation. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tacitus import Event, Pipeline

NOT_EVENTS = [
    # opinions of a class of experts or commentators
    "Experts agree with the Iraqi government on the need for reform.",
    "Most historians agree with Turkey on the origins of the war.",
    "Western analysts reject the Russian account of the strike.",
    # where someone is from
    "Al-Baghdadi hails from Samarra in Iraq.",
    "The new commander hails from Basra, like the Iraqi prime minister.",
    # what a situation or a kind of act needs
    "ISIL's murderous violence requires a strong security response.",
    "The crisis demands an urgent response from the international community.",
    "Terrorism requires a united response from Europe and the United States.",
    # a role in an operation
    "A soldier who was supporting Operation Inherent Resolve died in a vehicle accident.",
    "Two British airmen supporting Operation Shader returned home on Friday.",
    # a shared view: agreeing on what is or will be
    "The two ministers agreed that the partnership between Iraq and Jordan is critical.",
    "Russia and Turkey agreed that a political solution was essential.",
    "France and Germany agreed that there is no military solution in Ukraine.",
    "The secretary and the Iraqi prime minister agreed that there will still be work to do.",
    # diseases, disasters and accidents do harm, nobody acts
    "A cholera outbreak has killed forty people in the camps around Kassala in Sudan.",
    "An earthquake killed 300 people in eastern Turkey on Sunday.",
    "Floods have destroyed hundreds of homes in northern Nigeria.",
    "Heavy rains killed twelve Indian villagers in Kerala.",
    "Dozens of Afghan pilgrims were killed by a landslide near Kabul.",
    "A bus crash killed eleven Kenyan soldiers near Garissa.",
    # what a thing promises
    "The reform agenda promises a better future for all Iraqis.",
    "The new law guarantees more jobs for young people in Iraq.",
]

STILL_EVENTS = [
    ("The Syrian government demanded a response from the United Nations.", "REQUEST"),
    ("The resolution demanded full access for the United Nations across Syria.", "REQUEST"),
    ("The experts of the United Nations accused the Syrian government of obstruction.", "ACCUSE"),
    ("Britain hailed the agreement between Iraq and the Kurdistan Regional Government.", "SUPPORT"),
    ("Russian jets supporting the Syrian army bombed Aleppo.", "AID"),
    ("The parties agreed that a ceasefire should be in place by Friday.", "AGREE"),
    ("Russia and Turkey agreed to a ceasefire in Idlib.", "AGREE"),
    ("The Iraqi government promised a better future for all Iraqis.", "AGREE"),
    ("Iran promised aid to the Houthi rebels.", "AID"),
    ("A roadside bomb killed five Afghan soldiers in Kandahar.", "ASSAULT"),
    ("Taliban fighters killed five Afghan soldiers during the floods.", "ASSAULT"),
    ("Militants attacked the flood relief convoy near Kandahar.", "ASSAULT"),
]


def _shown(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.event_type, e.trigger.text) for e in events]


@pytest.mark.parametrize("text", NOT_EVENTS, ids=[t[:40] for t in NOT_EVENTS])
def test_no_event(pipeline: Pipeline, text: str) -> None:
    assert pipeline.extract(text) == [], _shown(pipeline.extract(text))


@pytest.mark.parametrize(("text", "kind"), STILL_EVENTS, ids=[t[0][:40] for t in STILL_EVENTS])
def test_the_act_stays(pipeline: Pipeline, text: str, kind: str) -> None:
    events = pipeline.extract(text)
    assert any(e.event_type == kind for e in events), _shown(events)


# what experts agree happened is reported (hedged), not intended; what parties agree to do is
AGREED = [
    ("Scholars generally agree that the Kurdish fighters attacked the town in 2014.",
     "asserted", True),
    ("Analysts agree that Iran backs the Houthi rebels.", "asserted", True),
    ("Human Rights Watch agreed that the Syrian army had attacked the hospital.", "asserted",
     True),
    ("Iran and Iraq agreed that they would hold talks in Baghdad.", "intended", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "modality", "hedged"), AGREED, ids=[t[0][:40] for t in AGREED])
def test_agreeing_on_what_happened(
    pipeline: Pipeline, text: str, modality: str, hedged: bool
) -> None:
    [event] = pipeline.extract(text)
    assert event.modality == modality, event.reason
    assert ("hedged report" in event.reason) == hedged, event.reason
