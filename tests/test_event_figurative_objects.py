"""Review of round 9: objects and doers that change what an entry of the round reads. Verbs of
taking and leaving whose object says no one is taken and nothing is left ("captured the hearts
of young voters", "seized the initiative", "withdrew its case from the court"); forces deployed
with relief workers; a deadline given to no one in particular; a threat that is nobody's; a
host with no guest; troops giving ground (a retreat, no concession); and the target of a naming
verb ("called the sanctions on Iran illegal": Iran is not blamed). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tacitus import Event, Pipeline
from tacitus.plover import strict_type

# (sentence, strict PLOVER type no record may have)
NO_SUCH_EVENT = [
    ("The senator captured the hearts of young voters during the campaign.", "COERCE"),
    ("The rebel leader captured the imagination of many young men in the north.", "ASSAULT"),
    ("The rebel leader captured the imagination of many young men in the north.", "COERCE"),
    ("The Kenyan army seized the initiative after the truce collapsed.", "COERCE"),
    ("The protest in Lagos grabbed the attention of the Nigerian government.", "COERCE"),
    ("Gunmen seized the moment to flee across the border into Chad.", "ASSAULT"),
    ("Belgium withdrew its case from the court in The Hague.", "SANCTION"),
    ("Chile pulled its funds out of the regional development bank.", "SANCTION"),
    ("Moscow deployed troops and medics to the Belarusian border.", "AID"),
    (
        "The European Commission gave member states a deadline to send their budget plans.",
        "THREATEN",
    ),
    (
        "The World Health Organization described the cholera outbreak as a threat to public health.",
        "ACCUSE",
    ),
    ("Morocco played host to the African football championship in 2025.", "CONSULT"),
    ("Armenian troops gave ground near the border under heavy shelling.", "CONCEDE"),
]

# (sentence, strict PLOVER type of some record, words its trigger starts with)
STILL_TYPED = [
    ("Rebels captured the heart of the city of Goma on Sunday.", "COERCE", "captured"),
    ("Kenyan troops captured dozens of villagers in the raid.", "COERCE", "captured"),
    ("Gunmen seized four Italian engineers near the oilfield.", "ASSAULT", "seized"),
    ("Turkish police seized the suspects and their weapons.", "COERCE", "seized"),
    ("Chile withdrew from the regional defence pact.", "SANCTION", "withdrew"),
    ("Moscow deployed troops and medics to the Belarusian border.", "MOBILIZE", "deployed"),
    ("Kenya deployed doctors and nurses to the flooded county.", "AID", "deployed"),
    ("The Security Council gave Pyongyang a deadline to halt the tests.", "THREATEN", "gave"),
    (
        "Kenya called the deployment of Ugandan troops a threat to its sovereignty.",
        "ACCUSE",
        "called",
    ),
    ("Ghana played host to the Ivorian president for two days.", "CONSULT", "played"),
    # troops or ships that give ground or back off retreat; a government that does concedes
    ("Armenian troops gave ground near the border under heavy shelling.", "RETREAT", "gave"),
    ("Russian warships backed off after the Norwegian patrol arrived.", "RETREAT", "backed"),
    ("The Chilean government gave ground on the pension reform.", "CONCEDE", "gave"),
]


def _types(events: list[Event]) -> list[tuple[str, str]]:
    return [(strict_type(e), e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "kind"), NO_SUCH_EVENT, ids=[t[0][:40] for t in NO_SUCH_EVENT])
def test_a_figure_of_taking_or_a_thing_withdrawn_is_no_such_event(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    events = pipeline.extract(text)
    assert not [e for e in events if strict_type(e) == kind], _types(events)


@pytest.mark.parametrize(
    ("text", "kind", "trigger"), STILL_TYPED, ids=[t[0][:40] for t in STILL_TYPED]
)
def test_people_and_ground_taken_and_a_pact_left_keep_their_type(
    pipeline: Pipeline, text: str, kind: str, trigger: str
) -> None:
    events = pipeline.extract(text)
    found = [e for e in events if strict_type(e) == kind and e.trigger.text.startswith(trigger)]
    assert found, _types(events)


# a naming verb's target is whoever the named act belongs to, never whom that act is aimed at
# (sentence, source country, strict type, target country or None for no target)
NAMED_ACTS = [
    ("Beijing called the sanctions on Iran illegal.", "CHN", "ACCUSE", None),
    ("Beijing called the American sanctions on Iran illegal.", "CHN", "ACCUSE", "USA"),
    ("Paris called the Turkish strikes on Syria a violation of the truce.", "FRA", "ACCUSE", "TUR"),
    ("Germany called the French pension reform a success.", "DEU", "SUPPORT", "FRA"),
]


@pytest.mark.parametrize(
    ("text", "source", "kind", "target"), NAMED_ACTS, ids=[t[0][:40] for t in NAMED_ACTS]
)
def test_a_named_act_is_blamed_or_praised_on_its_owner(
    pipeline: Pipeline, text: str, source: str, kind: str, target: str | None
) -> None:
    [event] = [e for e in pipeline.extract(text) if e.trigger.text.startswith("called")]
    assert strict_type(event) == kind
    assert event.source is not None and event.source.country == source
    assert (event.target.country if event.target else None) == target


@pytest.mark.parametrize(
    "text",
    [
        "Moscow called its strikes on Kharkiv legitimate.",
        "The Israeli army called the raid on Gaza a success.",
    ],
)
def test_praise_of_ones_own_act_or_of_no_ones_endorses_no_one(
    pipeline: Pipeline, text: str
) -> None:
    assert not [e for e in pipeline.extract(text) if strict_type(e) == "SUPPORT"]
