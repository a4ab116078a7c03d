"""Who is targeted and who is helped (issue 13): people targeted for what they trade,
finance or supply are sanctioned, not attacked; what armed forces do "in support of" a
partner is military help (AID); a state named as an organisation's possessor is not a side.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Event, Pipeline

# (sentence, type of the 'target'/'hit' event)
TARGETED = [
    ("The EU agreed to target individuals supplying oil to the regime.", "SANCTION"),
    ("The Treasury targeted three companies that finance Hezbollah.", "SANCTION"),
    ("Washington is targeting the financiers of the Islamic State.", "SANCTION"),
    ("The United States is targeting developers and suppliers of chemical weapons in Syria.",
     "SANCTION"),
    ("Britain will target businessmen who sell weapons to the Syrian government.", "SANCTION"),
    # armed forces, or things hit, or fighters: force
    ("The United States targeted ISIL fighters near Mosul.", "ASSAULT"),
    ("Coalition aircraft targeted ISIL oil tankers supplying the group's fighters.", "ASSAULT"),
    ("Russian jets hit convoys supplying the rebels in Aleppo.", "ASSAULT"),
    ("Israeli jets struck arms dealers in Damascus.", "ASSAULT"),
]  # fmt: skip


def _shown(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.event_type, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "kind"), TARGETED, ids=[t[0][:40] for t in TARGETED])
def test_targeted_for_trade_or_finance(pipeline: Pipeline, text: str, kind: str) -> None:
    events = pipeline.extract(text)
    hits = [
        e
        for e in events
        if e.trigger.text.split()[0] in ("target", "targeted", "targeting", "hit", "struck")
    ]
    assert hits and all(e.event_type == kind for e in hits), _shown(events)
    if kind == "SANCTION":
        assert "trades or finances" in hits[0].reason


# (sentence, type of the 'support' event): in support of a partner in a war
IN_SUPPORT = [
    ("French jets bombed ISIL targets in support of the Kurdish Peshmerga.", "AID"),
    (
        "Since the start of the operation the coalition conducted 300 strikes in support of its "
        "Kurdish partners on the ground.",
        "AID",
    ),
    ("The Iraqi army launched an offensive in support of the Kurdish Peshmerga.", "AID"),
    # words, votes and marches in support stay support
    ("Russia spoke in support of the Syrian government.", "SUPPORT"),
    ("Thousands of protesters marched in support of the Egyptian army.", None),
]


@pytest.mark.parametrize(("text", "kind"), IN_SUPPORT, ids=[t[0][:40] for t in IN_SUPPORT])
def test_support_in_a_war_is_aid(pipeline: Pipeline, text: str, kind: str | None) -> None:
    events = pipeline.extract(text)
    support = [e for e in events if e.trigger.text == "support"]
    if kind is None:
        assert all(e.event_type != "AID" for e in support), _shown(events)
        return
    assert support and support[0].event_type == kind, _shown(events)


POSSESSED = [
    (
        "Israeli jets bombed weapons shipments intended for Lebanon's Hizbollah movement.",
        "group:HEZBOLLAH",
        "country:LBN",
    ),
    ("The United States imposed sanctions on Iran's Revolutionary Guards.", None, "country:IRN"),
]


@pytest.mark.parametrize(
    ("text", "side", "not_side"), POSSESSED, ids=[t[0][:40] for t in POSSESSED]
)
def test_the_possessor_state_of_an_organisation_is_no_side(
    pipeline: Pipeline, text: str, side: str | None, not_side: str
) -> None:
    events = pipeline.extract(text)
    targets = [e.target.actor_id for e in events if e.target is not None]
    assert targets and not_side not in targets, targets
    if side is not None:
        assert side in targets, targets


def test_a_states_own_government_stays_the_state(pipeline: Pipeline) -> None:
    events = pipeline.extract(
        "Nicaragua's Sandinista government ordered the opposition newspaper to close."
    )
    assert any(e.source is not None and e.source.actor_id == "country:NIC" for e in events), [
        (e.source and e.source.actor_id) for e in events
    ]


# munitions delivered by strikes are the strikes; munitions fired are force
MUNITIONS = [
    ("Since the start of the operation the coalition conducted more than 300 strikes "
     "delivering more than 850 munitions.", "ASSAULT", "AID"),
    ("French jets carried out four raids delivering 20 bombs near Raqqa.", None, "AID"),
    ("Coalition military forces fired 30 munitions at ISIL targets near Raqqa.", "ASSAULT", None),
    ("The Israeli navy fired torpedoes at an Iranian ship.", "ASSAULT", None),
    # delivered to someone: aid
    ("The United States delivered 40 tons of ammunition to the Kurdish Peshmerga.", "AID",
     None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind", "not_kind"), MUNITIONS, ids=[t[0][:40] for t in MUNITIONS]
)
def test_munitions_of_strikes(
    pipeline: Pipeline, text: str, kind: str | None, not_kind: str | None
) -> None:
    kinds = [e.event_type for e in pipeline.extract(text)]
    assert kind is None or kind in kinds, kinds
    assert not_kind is None or not_kind not in kinds, kinds


# aid or trade forbidden to an actor is a sanction; a ban on gatherings or media is coercion
FORBIDDEN = [
    ("Washington will prohibit all aid to the rebels.", "SANCTION"),
    ("The European Union banned all assistance to the military junta.", "SANCTION"),
    ("Britain banned arms sales to Saudi Arabia.", "SANCTION"),
    ("The government banned protests in the capital.", "COERCE"),
    ("The regime banned the opposition newspaper.", "COERCE"),
]


@pytest.mark.parametrize(("text", "kind"), FORBIDDEN, ids=[t[0][:40] for t in FORBIDDEN])
def test_forbidden_aid_or_trade(pipeline: Pipeline, text: str, kind: str) -> None:
    kinds = [e.event_type for e in pipeline.extract(text)]
    assert kinds and kinds[0] == kind, kinds
