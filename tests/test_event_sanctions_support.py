"""Sanctions told by nouns and light verbs, commitments of support, and senses that are no
event (issue 13). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Event, Pipeline

# (sentence, type, source country, target country): what is cut off, frozen or banned is
# taken from the actor that the of / on / against phrase or the possessive names
SANCTIONS = [
    ("The coalition has cut off the finances of Islamic State.", "SANCTION", None, "IMG"),
    ("Islamic State sells oil in Syria. Turkey cut off its finances.", "SANCTION", "TUR", "IMG"),
    ("The United States is severing Iran's access to oil revenue.", "SANCTION", "USA", "IRN"),
    ("Canada severed Syria's access to international banks.", "SANCTION", "CAN", "SYR"),
    ("Washington cut off the oil revenue of the Venezuelan government.", "SANCTION", "USA", "VEN"),
    ("Britain imposed a travel ban on five Iranian officials.", "SANCTION", "GBR", "IRN"),
    ("The EU extended its travel ban on Belarusian officials.", "SANCTION", "IGO", "BLR"),
    ("Japan froze the assets of three Russian banks.", "SANCTION", "JPN", "RUS"),
    ("The European Union imposed an arms embargo on Belarus.", "SANCTION", "IGO", "BLR"),
    # not money: a utility cut is coercion, ties cut a diplomatic sanction
    ("The Syrian government cut off electricity to Aleppo.", "COERCE", "SYR", None),
    ("Chile severed ties with Peru.", "SANCTION", "CHL", "PER"),
]


def _found(events: list[Event], kind: str, source: str | None, target: str | None) -> bool:
    return any(
        e.event_type == kind
        and (source is None or (e.source is not None and e.source.country == source))
        and (target is None or (e.target is not None and e.target.country == target))
        for e in events
    )


@pytest.mark.parametrize(("text", "kind", "source", "target"), SANCTIONS,
                         ids=[s[0][:40] for s in SANCTIONS])  # fmt: skip
def test_sanctions_and_their_target(
    pipeline: Pipeline, text: str, kind: str, source: str | None, target: str | None
) -> None:
    events = pipeline.extract(text)
    assert _found(events, kind, source, target), [
        (e.event_type, e.source and e.source.country, e.target and e.target.country) for e in events
    ]


def test_what_an_actor_has_access_to_is_no_side(pipeline: Pipeline) -> None:
    [event] = pipeline.extract("Canada severed Syria's access to international banks.")
    assert event.target is not None and "banks" not in event.target.text
    [allowed] = pipeline.extract("The government allowed the UN access to Aleppo.")
    assert allowed.target is not None and allowed.target.text == "Aleppo"


# (sentence, type, source country, target country): help committed to, thanked for, or
# given "on behalf of" a body
SUPPORTS = [
    ("The United Kingdom is committed to continuing to provide support to Iraq.", "AID",
     "GBR", "IRQ"),
    ("Britain remains committed to providing military support to the Iraqi government.", "AID",
     "GBR", "IRQ"),
    ("Kenya is grateful for the assistance provided by Britain.", "AID", "GBR", "KEN"),
    ("Kenya is grateful for the support provided by Britain.", "AID", "GBR", "KEN"),
    ("Iraq is grateful to Britain for its assistance.", "AID", "GBR", "IRQ"),
    ("The Afghan president expressed his gratitude for the American aid.", "AID", "USA", "AFG"),
    ("On behalf of the government of Canada, I extend our condolences to the people of Egypt.",
     "SUPPORT", "CAN", "EGY"),
    ("On behalf of the men and women of the Royal Navy, I thank Oman for its hospitality.",
     "SUPPORT", "GBR", "OMN"),
    ("The rebels captured the town with the aid of Turkish artillery.", "AID", "TUR", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "source", "target"), SUPPORTS,
                         ids=[s[0][:40] for s in SUPPORTS])  # fmt: skip
def test_help_committed_thanked_or_given_for_others(
    pipeline: Pipeline, text: str, kind: str, source: str | None, target: str | None
) -> None:
    test_sanctions_and_their_target(pipeline, text, kind, source, target)


def test_whom_one_speaks_or_is_helped_for_is_no_target(pipeline: Pipeline) -> None:
    text = "Britain sent condolences on behalf of the men and women of the Royal Navy."
    [event] = pipeline.extract(text)
    assert event.target is None
    [capture] = [
        e for e in pipeline.extract("The rebels captured the town with the aid of Turkish troops.")
        if e.event_type == "COERCE"
    ]  # fmt: skip
    assert capture.target is None or capture.target.country != "TUR"
    # help as a means, from no one, is no event
    events = pipeline.extract("The rebels captured the town with the aid of satellite images.")
    assert [e.event_type for e in events] == ["COERCE"]


# senses that are no event: a reference to an earlier act, an invitation to act, a request
# approved, a standing relation described
NOT_EVENTS = [
    ("As agreed in the Minsk accords, Russia will withdraw its heavy weapons.", "AGREE", "agreed"),
    ("The ceasefire holds, as requested by the United Nations.", "REQUEST", "requested"),
    # the tagger reads some of these participles as past tenses (VBD)
    (
        "The EU is committed to a political transition in Syria as agreed in Geneva.",
        "AGREE",
        "agreed",
    ),
    (
        "The EU supports a political transition in Syria as agreed in the UN resolutions.",
        "AGREE",
        "agreed",
    ),
    ("Germany invited the parties to build on the progress made in Geneva.", "AGREE", "invited"),
    ("We invite Russia to consider the proposal made by France.", "AGREE", "invite"),
    ("Iraq's requests for weapons were approved by the Pentagon.", "SUPPORT", "approved"),
    ("The Senate approved the sale of tanks to Egypt.", "SUPPORT", "approved"),
    ("Our partnership with Jordan remains strong.", "COOPERATE", "partnership"),
    ("The UK and France have a long-standing partnership in defence.", "COOPERATE", "have"),
]


@pytest.mark.parametrize(("text", "kind", "trigger"), NOT_EVENTS,
                         ids=[s[0][:40] for s in NOT_EVENTS])  # fmt: skip
def test_senses_that_are_no_event(pipeline: Pipeline, text: str, kind: str, trigger: str) -> None:
    events = pipeline.extract(text)
    assert not [e for e in events if e.event_type == kind and e.trigger.text.startswith(trigger)], [
        (e.event_type, e.trigger.text) for e in events
    ]


# the acts next to them stay
STILL_EVENTS = [
    ("Germany invited Iran to join the talks in Geneva.", "AGREE", "invited"),
    ("Russia and Ukraine agreed to a ceasefire.", "AGREE", "agreed"),
    ("Japan and India signed a strategic partnership.", "COOPERATE", "signed"),
    ("The Pentagon approved of Turkey's role in the coalition.", "SUPPORT", "approved"),
]


@pytest.mark.parametrize(("text", "kind", "trigger"), STILL_EVENTS,
                         ids=[s[0][:40] for s in STILL_EVENTS])  # fmt: skip
def test_the_act_next_to_them_stays(pipeline: Pipeline, text: str, kind: str, trigger: str) -> None:
    events = pipeline.extract(text)
    assert [e for e in events if e.event_type == kind and e.trigger.text.startswith(trigger)], [
        (e.event_type, e.trigger.text) for e in events
    ]
