"""Sides the text implies or that are misplaced (issue 13): an operation named in an "in
support of" phrase is no side and no place; sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Event, Pipeline
from tacitus.records import Document


def _sides(events: list[Event], kind: str) -> list[tuple[str, str]]:
    def name(actor: object) -> str:
        return "-" if actor is None else (actor.name or actor.text)  # type: ignore[attr-defined]

    return [(name(e.source), name(e.target)) for e in events if e.event_type == kind]


# "in support of X operations": the forces running them are helped, not struck; a named
# operation ("Operation Y") is neither helped nor struck
SUPPORTED_OPERATIONS = [
    ("Coalition jets conducted six airstrikes in support of SDF operations to isolate Raqqa.",
     "Syrian Democratic Forces"),
    ("British aircraft conducted strikes in support of Peshmerga operations near Sinjar.",
     "Peshmerga"),
    ("The coalition carried out airstrikes in support of Operation Inherent Resolve near Mosul.",
     None),
    ("U.S. bombers flew sorties in support of Operation Inherent Resolve.", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "helped"), SUPPORTED_OPERATIONS, ids=[t[0][:40] for t in SUPPORTED_OPERATIONS]
)
def test_an_operation_supported_is_no_target_of_the_strikes(
    pipeline: Pipeline, text: str, helped: str | None
) -> None:
    events = pipeline.extract(text)
    for _source, target in _sides(events, "ASSAULT"):
        assert target == "-", _sides(events, "ASSAULT")  # no one struck is named
    aid_targets = [t for _s, t in _sides(events, "AID")]
    if helped is None:
        assert all(t == "-" for t in aid_targets), aid_targets  # never the operation
        assert not any("US-led coalition" in t for _s, t in _sides(events, "ASSAULT"))
    else:
        assert helped in aid_targets, aid_targets


def test_a_place_in_an_in_phrase_stays_the_place(pipeline: Pipeline) -> None:
    """A negative: "in the north of Syria" still names where the strikes happen."""
    events = pipeline.extract("Russian jets carried out airstrikes in the north of Syria.")
    assault = [e for e in events if e.event_type == "ASSAULT"]
    assert assault and "Syria" in str(assault[0].location), assault


# a place as target: an act of war aimed at a place with no holder named takes the place;
# "to retake X from Y" is aimed at the holder Y; "the Syrian city of X" is the city, not Syria
PLACE_TARGETS = [
    ("Iraqi troops launched an offensive to retake Tikrit.", "ASSAULT", "Tikrīt"),
    ("Iraqi troops began an offensive to retake Mosul from the Islamic State.", "ASSAULT",
     "Islamic State"),
    ("Kurdish forces are fighting to liberate Raqqa from ISIS.", "ASSAULT", "Islamic State"),
    ("Kurdish forces are fighting to liberate the Syrian city of Raqqa.", "ASSAULT", "Ar Raqqah"),
    ("Government artillery shelled the Syrian town of Daraya.", "ASSAULT", "Dārayyā"),
    # negatives: an actor acted on stays the target
    ("Rebels attacked the Syrian army in the city of Homs.", "ASSAULT", "Syria"),
    ("The army launched an offensive to retake the town from rebels.", "ASSAULT", "rebels"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "kind", "target"), PLACE_TARGETS, ids=[t[0][:40] for t in PLACE_TARGETS]
)
def test_a_place_as_target_only_when_no_holder_is_named(
    pipeline: Pipeline, text: str, kind: str, target: str
) -> None:
    events = pipeline.extract(text)
    assert target in [t for _s, t in _sides(events, kind)], _sides(events, kind)
    if target in ("Tikrīt", "Ar Raqqah", "Dārayyā"):
        placed = [e for e in events if e.target is not None and e.target.name == target]
        assert "place as target" in placed[0].reason, placed[0].reason


# a military body's own release lists its strikes after naming their doer once: the strike
# report's doer is implied only when asked for (Pipeline(implied_strikers=True)), whoever
# publishes; by default the strikes keep no source (the gold's convention)
OWN_RELEASE = (
    "On May 4, coalition military forces conducted nine strikes against ISIL in Syria. "
    "Near Deir ez-Zor, two strikes destroyed an ISIL checkpoint and a weapons cache. "
    "Near Manbij, one strike engaged an ISIL tactical unit."
)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.centcom.mil/MEDIA/PRESS-RELEASES/strikes-may-4/",
        "https://www.defense.gov/News/Releases/strikes-may-4/",
        "https://news.example.com/world/strikes-may-4",
    ],
)
@pytest.mark.parametrize("implied", [False, True])
def test_a_strike_reports_doer_is_implied_only_when_asked(
    pipeline: Pipeline, url: str, implied: bool
) -> None:
    document = Document(doc_id="release", text=OWN_RELEASE, url=url)
    runner = Pipeline(implied_strikers=True) if implied else pipeline
    later = [e for e in runner.extract([document]) if e.sentence_id > 0]
    doer = "igo:US-LED-COALITION" if implied else None
    assert later and {e.source.actor_id if e.source else None for e in later} == {doer}, [
        (e.trigger.text, e.source) for e in later
    ]
    if implied:
        assert all("strike report before" in e.reason for e in later)
