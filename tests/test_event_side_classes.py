"""Both sides of an event, class by class (issue 13, "Both sides (arguments)"): the probe set in
tests/side_probes.py gives each construction class at least eight real-news sentences and
near misses; each class keeps a floor of passes, and the near misses must all hold. Then the
rules added for the classes that failed, each with sentences of its own and a negative, and
the output contract over the whole probe set. Sentences written for these tests."""

from __future__ import annotations

import pytest
from side_probes import NEAR_MISSES, SIDES, Side

from tacitus import Document, Event, Pipeline
from tacitus.records import DocumentResult

# passes per class (of the probe set's sentences): a drop below a floor is a regression
FLOORS = {
    "noun_pp_target": 8,
    "light_verb_source": 8,
    "demanded_clause": 9,
    "coordinated": 9,
    "adjective_pairs": 9,
    "converse": 9,
    "control": 8,
    "passive_holder": 9,
}


def _country(side: object) -> str | None:
    return getattr(side, "country", None)


def _matches(event: Event, side: Side) -> bool:
    types, source, target = side
    if event.event_type not in types.split("|"):
        return False
    src, tgt = _country(event.source), _country(event.target)
    if (source is None or src == source) and (target is None or tgt == target):
        return True
    return (
        event.reciprocal and (source is None or tgt == source) and (target is None or src == target)
    )


def _asserted(event: Event) -> bool:
    return event.modality == "asserted" and not event.negated


def _passes(events: list[Event], expected: list[Side], forbidden: list[Side]) -> bool:
    found = all(any(_matches(e, side) for e in events) for side in expected)
    return found and not any(_asserted(e) and _matches(e, s) for e in events for s in forbidden)


@pytest.mark.parametrize("name", sorted(SIDES))
def test_each_class_keeps_its_floor(pipeline: Pipeline, name: str) -> None:
    probes = SIDES[name]
    assert len(probes) >= 8
    failed = [s for s, exp, forb in probes if not _passes(pipeline.extract(s), exp, forb)]
    assert len(probes) - len(failed) >= FLOORS[name], failed


@pytest.mark.parametrize(
    ("text", "forbidden"), [m for misses in NEAR_MISSES.values() for m in misses]
)
def test_near_misses_code_no_side_of_the_class(
    pipeline: Pipeline, text: str, forbidden: list[Side] | None
) -> None:
    events = pipeline.extract(text)
    if forbidden is None:
        assert events == [], [(e.event_type, e.reason) for e in events]
    else:
        assert not any(_asserted(e) and _matches(e, s) for e in events for s in forbidden)


# -- the holder of a noun that controls an infinitive acts ------------------------------------
@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        ("Japan's decision to impose tariffs on South Korean steel angered Seoul.", "SANCTION", "JPN", "KOR"),
        ("China's willingness to negotiate with Vietnam over the islands was noted in Hanoi.", "CONSULT", "CHN", "VNM"),
        ("Russia's plan to deploy missiles near the Polish border alarmed NATO.", "MOBILIZE", "RUS", None),
        ("Iran's readiness to resume talks with the European Union was welcomed in Brussels.", "CONSULT", "IRN", "IGO"),
    ],
)  # fmt: skip
def test_the_holder_of_a_plan_or_decision_acts(
    pipeline: Pipeline, text: str, event_type: str, source: str, target: str | None
) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == event_type]
    assert events, [(e.event_type, e.reason) for e in pipeline.extract(text)]
    assert all(_country(e.source) == source for e in events)
    assert all(e.source and "'s" not in e.source.text for e in events)  # the owner, not the plan
    assert target is None or any(_country(e.target) == target for e in events)
    assert all(e.modality != "asserted" for e in events)  # planned, decided: not done yet


@pytest.mark.parametrize(
    "text",
    [
        "Indonesia's refusal to extradite the suspects to Australia strained relations.",
        "The failure of Serbia to arrest the general angered the European Union.",
        "Egypt's reluctance to open the Rafah crossing drew criticism from Hamas.",
    ],
)
def test_a_refusal_or_failure_to_act_is_no_act(pipeline: Pipeline, text: str) -> None:
    acts = [e for e in pipeline.extract(text) if e.event_type in ("COOPERATE", "COERCE", "RETREAT")]
    assert all(e.negated for e in acts), [(e.event_type, e.reason) for e in acts]


def test_a_plan_of_no_actor_names_no_side(pipeline: Pipeline) -> None:
    assert pipeline.extract("The museum's plan to cooperate with the gallery was welcomed.") == []


# -- the people a vehicle or building holds are who is attacked in it -------------------------
@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Saudi jets bombed a clinic treating Yemeni children.", "YEM"),
        ("A ferry carrying Haitian migrants was fired on by the Dominican navy.", "HTI"),
        ("Gunmen attacked a minibus full of Pakistani pilgrims near Quetta.", "PAK"),
        ("A school sheltering Palestinian families was shelled by Israeli tanks.", "PSE"),
    ],
)
def test_the_people_a_place_holds_are_attacked(pipeline: Pipeline, text: str, target: str) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
    assert any(_country(e.target) == target for e in events), [e.reason for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "A truck carrying Russian grain was attacked by gunmen near the port.",
        "Saudi jets bombed a warehouse full of Iranian rockets.",
    ],
)
def test_goods_a_vehicle_holds_are_no_target(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(text)
    assert not any(_country(e.target) in ("RUS", "IRN") for e in events)


# -- the output contract over the probe set ----------------------------------------------------
@pytest.fixture(scope="module")
def inspecting() -> Pipeline:
    return Pipeline(keep_partial=True, explain=True)


def test_default_output_is_the_kept_output_less_the_partial(
    pipeline: Pipeline, inspecting: Pipeline
) -> None:
    """By default no event lacks a resolved side; --keep-partial adds exactly those, marked;
    every candidate explained has an outcome and a rule."""
    texts = [s for probes in SIDES.values() for s, _, _ in probes]
    texts += [s for misses in NEAR_MISSES.values() for s, _ in misses]
    for i, text in enumerate(texts):
        plain = pipeline.extract(text)
        assert all(e.source is not None or e.target is not None for e in plain)
        assert not any(e.partial for e in plain)
        [result] = inspecting.run([Document(f"d{i}", text)])
        assert isinstance(result, DocumentResult)
        kept = [e for e in result.events if not e.partial]
        key = [(e.event_type, e.trigger.text, _country(e.source), _country(e.target)) for e in kept]
        assert key == [
            (e.event_type, e.trigger.text, _country(e.source), _country(e.target)) for e in plain
        ]
        for event in result.events:
            assert event.reason
            assert not event.partial or "partial:" in event.reason
        for candidate in result.candidates:
            assert candidate.outcome in ("emitted", "partial", "dropped") and candidate.rule
        partial = sum(c.outcome == "partial" for c in result.candidates)
        assert partial == sum(e.partial for e in result.events) or partial == 0


# -- a side's own forces are no second side ------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "Kenya and Uganda agreed to pull back their forces from the border.",
        "Armenia and Azerbaijan began withdrawing their troops from the line of contact.",
    ],
)
def test_their_own_forces_are_no_target(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(text)
    assert events and all(e.target is None for e in events), [e.reason for e in events]


def test_an_ally_named_by_a_possessive_stays_a_side(pipeline: Pipeline) -> None:
    events = pipeline.extract("Japan and Australia pledged to defend their ally, the Philippines.")
    assert any(_country(e.target) == "PHL" for e in events), [e.reason for e in events]


# -- converse idioms and the giver on a counted noun -------------------------------------------
@pytest.mark.parametrize(
    ("text", "event_type", "source", "target"),
    [
        ("The Hungarian government drew fierce criticism from Brussels over the law.", "ACCUSE", "IGO", "HUN"),
        ("The Saudi crown prince attracted condemnation from Canada.", "ACCUSE", "CAN", "SAU"),
        ("The Kurdish fighters received a consignment of weapons from Germany.", "AID", "DEU", None),
        ("Yemen received a shipment of wheat from Oman on Friday.", "AID", "OMN", "YEM"),
    ],
)  # fmt: skip
def test_the_giver_of_a_converse_act_is_its_source(
    pipeline: Pipeline, text: str, event_type: str, source: str, target: str | None
) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == event_type]
    assert any(
        _country(e.source) == source and (target is None or _country(e.target) == target)
        for e in events
    ), [(e.event_type, e.reason) for e in pipeline.extract(text)]


@pytest.mark.parametrize(
    "text",
    ["The painting drew a large crowd from the city.", "The film drew criticism from reviewers."],
)
def test_drawing_a_crowd_or_reviews_is_no_accusation(pipeline: Pipeline, text: str) -> None:
    assert pipeline.extract(text) == []


# -- the pair on the name of a passive agreement; the target of a measure imposed earlier ------
@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The Russian-Turkish accord on the corridor was signed in Sochi.", {"RUS", "TUR"}),
        ("The US-Afghan security pact was signed in Kabul in 2014.", {"USA", "AFG"}),
    ],
)
def test_a_passive_agreement_named_by_its_pair_is_between_them(
    pipeline: Pipeline, text: str, pair: set[str]
) -> None:
    [event] = [e for e in pipeline.extract(text) if e.event_type == "AGREE"]
    assert event.reciprocal and {_country(event.source), _country(event.target)} == pair


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("The United Nations lifted the arms embargo that it had imposed on Liberia.", "LBR"),
        ("Canada eased the restrictions it had placed on Chinese students.", "CHN"),
    ],
)
def test_a_measure_imposed_in_a_relative_clause_names_its_target(
    pipeline: Pipeline, text: str, target: str
) -> None:
    events = pipeline.extract(text)
    assert any(_country(e.target) == target for e in events), [e.reason for e in events]


def test_a_relative_clause_of_another_verb_names_no_target(pipeline: Pipeline) -> None:
    events = pipeline.extract("Chile lifted the ban that Peru had criticised.")
    assert not any(e.event_type == "CONCEDE" and _country(e.target) == "PER" for e in events)


# -- a refusal's target is the refused act's; an act's start is its announcer's -----------------
def test_a_refusal_names_the_target_of_what_is_refused(pipeline: Pipeline) -> None:
    events = pipeline.extract("The Kremlin's refusal to talk with Kiev prolonged the war.")
    [reject] = [e for e in events if e.event_type == "REJECT"]
    assert (_country(reject.source), _country(reject.target)) == ("RUS", "UKR")
    assert all(e.negated for e in events if e.event_type == "CONSULT")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The Kenyan army announced the start of an offensive against the militants.", "KEN"),
        ("Ethiopia announced the resumption of air strikes against Tigrayan rebels.", "ETH"),
    ],
)
def test_the_start_of_an_act_announced_is_the_announcers(
    pipeline: Pipeline, text: str, source: str
) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
    assert any(_country(e.source) == source for e in events), [e.reason for e in events]


def test_the_start_of_a_school_year_is_no_act(pipeline: Pipeline) -> None:
    assert pipeline.extract("The ministry announced the start of the school year.") == []


# -- a demand in the subjunctive after "insist" ------------------------------------------------
@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        ("Iran insisted that the Saudi ambassador leave the country within two days.", "IRN", "SAU"),
        ("Kenyan officials insisted that Somalia withdraw its troops from the border town.", "KEN", "SOM"),
    ],
)  # fmt: skip
def test_insisting_that_a_party_act_is_a_request_to_it(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    events = pipeline.extract(text)
    requests = [e for e in events if e.event_type == "REQUEST"]
    assert any(_country(e.source) == source and _country(e.target) == target for e in requests)
    assert not any(_asserted(e) and _country(e.source) == target for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Moscow insisted that Ukraine attacks civilians in the east.",
        "Officials insisted that the army had not attacked the village.",
    ],
)
def test_insisting_on_a_fact_is_no_request(pipeline: Pipeline, text: str) -> None:
    assert not any(e.event_type == "REQUEST" for e in pipeline.extract(text))
