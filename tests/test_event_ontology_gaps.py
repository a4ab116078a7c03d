"""Acts of the PLOVER ontology that had no trigger, or a wrong one (issue 13): forces on the
march, shuttle diplomacy, forces committed to a mission, subpoenas, coups tried and
governments overthrown. Sentences written for these tests, with the other senses of each word
that must stay no event."""

from __future__ import annotations

import pytest

from tacitus import Pipeline


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str, str, str]]:
    """(type, CAMEO, source text, target text) of every record of the sentence."""
    return [
        (
            e.event_type,
            e.cameo,
            (e.source.name or e.source.text) if e.source else "-",
            (e.target.name or e.target.text) if e.target else "-",
        )
        for e in pipeline.extract(text)
    ]


# forces marching advance or move, they do not protest; people marching still protest
MARCHES = [
    ("Troops marched into the border town at dawn.", "MOBILIZE"),
    ("The rebels marched on the provincial capital.", "MOBILIZE"),
    ("Government soldiers marched towards the frontier.", "MOBILIZE"),
    ("Hundreds of nurses marched through the city centre on Saturday.", "PROTEST"),
    ("Students marched on parliament to demand lower fees.", "PROTEST"),
    ("Farmers held a march against the new land law.", "PROTEST"),
]  # fmt: skip


# a march in a parade or a ceremony is a display, neither a protest nor forces moving; a
# protest march that passes a parade ground is still a protest
PARADES = [
    ("Soldiers marched in the Independence Day parade in the capital on Monday.", 0),
    ("Veterans marched at the remembrance ceremony in the old town.", 0),
    ("Cadets marched during the celebrations for the king's birthday.", 0),
    ("Thousands of teachers marched past the parade ground to demand higher pay.", 1),
]  # fmt: skip


@pytest.mark.parametrize(("text", "count"), PARADES, ids=[p[0][:40] for p in PARADES])
def test_a_march_in_a_parade_is_no_event(pipeline: Pipeline, text: str, count: int) -> None:
    marches = [e for e in pipeline.extract(text) if e.trigger.text.lower().startswith("march")]
    assert len(marches) == count, _coded(pipeline, text)


@pytest.mark.parametrize(("text", "kind"), MARCHES, ids=[m[0][:40] for m in MARCHES])
def test_forces_on_the_march_move_people_on_the_march_protest(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    events = [
        e for e in pipeline.extract(text) if e.trigger.text.lower().startswith(("march", "held"))
    ]
    assert [e.event_type for e in events] == [kind], [e.reason for e in events]
    if kind == "MOBILIZE":
        assert events[0].cameo == "154" and "armed units moving" in events[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "The markets' march higher continued on Friday.",
        "It was a long march of progress for the industry.",
        "The guards forced the prisoners to march to the camp.",
    ],
)
def test_a_march_that_is_no_protest_and_no_force_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert [e for e in pipeline.extract(text) if e.trigger.text.lower().startswith("march")] == []


def test_mediators_shuttling_between_two_sides_mediate(pipeline: Pipeline) -> None:
    coded = _coded(pipeline, "Norwegian envoys shuttled between Colombia and the FARC.")
    assert [(k, c, s) for k, c, s, _ in coded] == [("CONSULT", "045", "Norway")] * 2
    assert {t for *_, t in coded} == {"Colombia", "Revolutionary Armed Forces of Colombia"}
    assert _coded(pipeline, "The ferry shuttles between the island and the mainland.") == []


def test_forces_committed_to_a_mission_are_a_pledge_of_forces_not_its_target(
    pipeline: Pipeline,
) -> None:
    [event] = pipeline.extract("Sweden committed 400 troops to the UN mission in Mali.")
    assert (event.event_type, event.cameo) == ("AGREE", "0334")
    assert event.source is not None and event.source.country == "SWE"
    assert event.target is None or event.target.sector != "MIL"  # not the troops themselves
    [offer] = pipeline.extract("Ghana offered 300 soldiers to Liberia.")
    assert offer.target is not None and offer.target.country == "LBR"
    # money committed is still aid to its receiver; a commitment to an idea stays AGREE 030
    [aid] = pipeline.extract("Norway committed 20 million dollars to flood victims in Somalia.")
    assert aid.event_type == "AID"


def test_a_subpoena_is_an_investigative_act(pipeline: Pipeline) -> None:
    [event] = pipeline.extract("The Justice Department subpoenaed the governor's former aide.")
    assert (event.event_type, event.cameo, event.mode) == ("ACCUSE", "090", "investigate")
    assert event.source is not None and event.source.sector == "JUD"
    [noun] = pipeline.extract("The Justice Department issued a subpoena to Google.")
    assert (noun.event_type, noun.cameo) == ("ACCUSE", "090")
    assert noun.target is not None and "Google" in (noun.target.text or "")


def test_a_coup_attempted_or_a_government_overthrown_is_a_seizure_of_power(
    pipeline: Pipeline,
) -> None:
    coded = _coded(pipeline, "Rebel soldiers attempted a coup against President Talon.")
    assert [(k, c) for k, c, *_ in coded] == [("COERCE", "170")]
    assert coded[0][3] != "-"
    [event] = pipeline.extract("The army overthrew the elected government of Niger.")
    assert (event.event_type, event.cameo) == ("COERCE", "170")
    assert event.target is not None and event.target.country == "NER"


@pytest.mark.parametrize(
    "text",
    [
        "The athlete attempted a comeback after the injury.",
        "The revolution overthrew the old order of things.",
        "Signing the striker was a major coup for the club.",
        "The victory was a propaganda coup for the campaign.",
    ],
)
def test_other_senses_of_coup_words_are_no_event(pipeline: Pipeline, text: str) -> None:
    assert pipeline.extract(text) == []


# a right reserved to an act of conflict is a threat of it (THREATEN 130), aimed at whom the
# act would strike; the act itself is only possible, never done
RESERVED = [
    ("Pakistan reserved the right to retaliate against India.", "PAK", "IND"),
    ("Israel reserved the right to strike Hezbollah.", "ISR", "LBN"),
    ("Iran reserved the right to respond to the attack.", "IRN", None),
    ('The ministry said that Egypt "reserves the right to resume fighting" if the truce fails.', "EGY", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source", "target"), RESERVED, ids=[r[0][:40] for r in RESERVED])
def test_a_right_reserved_to_respond_is_a_threat(
    pipeline: Pipeline, text: str, source: str, target: str | None
) -> None:
    events = pipeline.extract(text)
    threats = [e for e in events if e.event_type == "THREATEN"]
    assert [(e.cameo, e.source.country if e.source else None) for e in threats] == [
        ("130", source)
    ], [e.reason for e in events]
    if target is not None:
        assert threats[0].target is not None and threats[0].target.country == target
    # the act the right is to is not reported as done
    assert all(e.modality != "asserted" for e in events if e.event_type == "ASSAULT")


@pytest.mark.parametrize(
    "text",
    [
        "The newspaper reserved the right to edit letters.",
        "The airline reserved the right to change its prices.",
        "The club reserved the right to refuse entry to fans.",
        "The committee reserved judgment on the proposal.",
    ],
)
def test_a_right_reserved_to_no_act_of_conflict_is_no_threat(pipeline: Pipeline, text: str) -> None:
    assert [e for e in pipeline.extract(text) if e.event_type == "THREATEN"] == []


# goods that aid gives: protective gear to forces (military aid, 072), generators and kits to
# people in need (humanitarian, 073); the same words of another sense are no aid
AID_GOODS = [
    ("The coalition provided 20,000 gas masks to the Kurdish forces.", "072"),
    ("Germany delivered helmets and body armour to the Ukrainian army.", "072"),
    ("Japan sent generators to Ukraine after the strikes on its grid.", "073"),
    ("The Red Cross distributed hygiene kits to displaced families in Yemen.", "073"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "cameo"), AID_GOODS, ids=[a[0][:40] for a in AID_GOODS])
def test_protective_gear_and_relief_goods_given_are_aid(
    pipeline: Pipeline, text: str, cameo: str
) -> None:
    events = pipeline.extract(text)
    assert [(e.event_type, e.cameo) for e in events] == [("AID", cameo)], [e.reason for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "The opposition leader dropped the mask of moderation.",
        "The minister removed her mask before speaking.",
        "Police found a kit for making bombs in the flat.",
    ],
)
def test_masks_and_kits_not_given_are_no_aid(pipeline: Pipeline, text: str) -> None:
    assert [e for e in pipeline.extract(text) if e.event_type == "AID"] == []
