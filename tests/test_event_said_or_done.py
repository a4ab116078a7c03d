"""What a sentence tells as done by political actors, and what it only states, needs, aims
at or agrees on (issue 13, precision on real news). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Document, Pipeline
from tacitus.records import DocumentResult, Event


@pytest.fixture(scope="module")
def partial() -> Pipeline:
    """A pipeline that keeps records with no side resolved to an actor."""
    return Pipeline(keep_partial=True)


def _coded(events: list[Event]) -> set[tuple[str, str | None, str | None]]:
    return {
        (
            e.event_type,
            e.source.country if e.source else None,
            e.target.country if e.target else None,
        )
        for e in events
    }


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The United States reiterated its support for the Iraqi army.", ("USA", "IRQ")),
        ("Germany expressed its strong backing for the Iraqi security forces.", ("DEU", "IRQ")),
        ("Britain reaffirmed its endorsement of the Ukrainian military.", ("GBR", "UKR")),
        ("France voiced its support for the Lebanese army on Monday.", ("FRA", "LBN")),
    ],
)
def test_support_stated_for_armed_forces_is_words_not_aid(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    assert ("SUPPORT", *expected) in _coded(pipeline.extract(text))
    assert not any(e.event_type == "AID" for e in pipeline.extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "France sent weapons to support the Iraqi army.",
        "The United States provided support to the Iraqi army.",
        "Britain supported the Kurdish forces with air strikes.",
    ],
)
def test_support_given_to_armed_forces_stays_aid(pipeline: Pipeline, text: str) -> None:
    assert any(e.event_type == "AID" for e in pipeline.extract(text))


@pytest.mark.parametrize(
    "text, pair",
    [
        ("Iran and Iraq agreed that talks will be held in Geneva.", {"IRN", "IRQ"}),
        ("Russia and Turkey agreed that negotiations would be held in Astana.", {"RUS", "TUR"}),
        ("Israel and Hamas agreed that the prisoners would be released on Monday.", {"ISR"}),
        ("Chile and Peru agreed that a meeting will be convened in Lima.", {"CHL", "PER"}),
    ],
)
def test_an_agreement_on_an_act_with_no_doer_is_agree_between_those_who_agree(
    pipeline: Pipeline, text: str, pair: set[str]
) -> None:
    [agree] = [e for e in pipeline.extract(text) if e.event_type == "AGREE"]
    assert agree.source and agree.target and agree.reciprocal
    assert pair <= {agree.source.country, agree.target.country}
    assert agree.modality == "asserted"


@pytest.mark.parametrize(
    "text, act",
    [
        ("Iran and Iraq agreed that Iran will withdraw its troops.", "RETREAT"),
        ("Egypt agreed that talks between Israel and Hamas will be held in Cairo.", "CONSULT"),
        ("Russia agreed to attack the rebels.", "ASSAULT"),
    ],
)
def test_an_agreed_act_with_its_own_doer_is_that_act_intended(
    pipeline: Pipeline, text: str, act: str
) -> None:
    events = pipeline.extract(text)
    assert [e.event_type for e in events] == [act]
    assert events[0].modality == "intended"


@pytest.mark.parametrize(
    "text",
    [
        "The UN set up a fund to support the resettlement of refugees in Jordan.",
        "The EU launched a programme to help Syrian farmers.",
        "Britain created a trust fund to assist the Iraqi government.",
        "Japan announced a new project to train Iraqi police officers.",
        "A fund was established by the World Bank to assist Lebanese refugees.",
        "Canada has a programme to help Ukrainian soldiers.",
    ],
)
def test_what_a_thing_is_for_is_no_act(pipeline: Pipeline, text: str) -> None:
    assert pipeline.extract(text) == []


def test_what_a_haven_is_for_is_no_attack(pipeline: Pipeline) -> None:
    text = "The coalition wants to deny ISIL a safe haven to plot attacks against France."
    assert {e.event_type for e in pipeline.extract(text)} == {"COERCE"}  # the denial only


def test_explain_says_what_the_thing_is_for() -> None:
    explaining = Pipeline(explain=True)
    [result] = explaining.run([Document("d1", "The EU launched a programme to help farmers.")])
    assert isinstance(result, DocumentResult)
    rules = [c.rule for c in result.candidates if c.trigger == "help"]
    assert rules and "what a thing is for ('programme to help')" in rules[0]


@pytest.mark.parametrize(
    "text, act",
    [
        ("The UN used the fund to support refugees in Jordan.", "SUPPORT"),
        ("Britain sent troops to help the Iraqi army.", "AID"),
        ("Russia launched airstrikes to support the Syrian army.", "AID"),
        ("The EU gave money to Jordan to support Syrian refugees.", "AID"),
    ],
)
def test_what_an_actor_does_with_a_thing_stays_its_purpose(
    pipeline: Pipeline, text: str, act: str
) -> None:
    assert act in {e.event_type for e in pipeline.extract(text)}


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("Hamas denied the attack and accused Israel of killing civilians.", "Hamas", "ISR"),
        ("Russia denied the report and accused Ukraine of shelling the plant.", "RUS", "UKR"),
        ("Moscow refused the offer and criticised Kyiv.", "RUS", "UKR"),
        ("The Serbian president denied the claims and condemned Kosovo.", "SRB", "XKX"),
    ],
)
def test_a_denial_does_not_negate_the_verb_beside_it(
    pipeline: Pipeline, text: str, source: str, target: str
) -> None:
    [act] = [e for e in pipeline.extract(text) if e.event_type == "ACCUSE"]
    assert act.source and act.target and act.target.country == target
    assert source in (act.source.country, act.source.name)
    assert not act.negated, act.reason


def test_what_is_denied_stays_negated(pipeline: Pipeline) -> None:
    for text in (
        "Russia denied attacking the plant and shelling the town.",
        "Turkey denied that its jets had bombed Syrian villages.",
    ):
        events = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
        assert events and all(e.negated for e in events), text


@pytest.mark.parametrize(
    "text, type_",
    [
        (
            "The army will not negotiate with the RSF until the group withdraws from the towns.",
            "RETREAT",
        ),
        ("Israel will not release the prisoners until Hamas frees the hostages.", "RETREAT"),
        ("Once Russia withdraws its troops, Ukraine will resume talks.", "RETREAT"),
        ("Sanctions will stay until Moscow has withdrawn its forces.", "RETREAT"),
    ],
)
def test_an_act_awaited_is_a_condition_not_done(pipeline: Pipeline, text: str, type_: str) -> None:
    awaited = [e for e in pipeline.extract(text) if e.event_type == type_ and not e.negated]
    assert awaited and all(e.modality == "hypothetical" for e in awaited), text


@pytest.mark.parametrize(
    "text",
    [
        "The rebels fought until the army withdrew from the town.",
        "Hamas held the hostages until Israel released 90 prisoners.",
    ],
)
def test_an_act_told_in_the_past_after_until_is_done(pipeline: Pipeline, text: str) -> None:
    [done] = [e for e in pipeline.extract(text) if e.event_type == "RETREAT"]
    assert done.modality == "asserted"


@pytest.mark.parametrize(
    "text, type_",
    [
        ("Iraq needs to work with Turkey to secure the border.", "COOPERATE"),
        ("Iraq will need to cooperate with Iran.", "COOPERATE"),
        ("Israel needed to release the prisoners.", "RETREAT"),
        ("Iraq has to cooperate with Turkey on water.", "COOPERATE"),
        ("Egypt is obliged to cooperate with Israel under the treaty.", "COOPERATE"),
        ('"We need to work with Iran," the Iraqi foreign minister said.', "COOPERATE"),
    ],
)
def test_a_need_or_obligation_is_not_an_act(pipeline: Pipeline, text: str, type_: str) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == type_]
    assert events and all(e.modality == "hypothetical" for e in events), text


def test_a_need_said_of_another_is_a_demand_on_them(pipeline: Pipeline) -> None:
    [demand] = pipeline.extract("The UN said Russia needs to withdraw its troops from Syria.")
    assert demand.event_type == "REQUEST" and demand.target and demand.target.country == "RUS"


@pytest.mark.parametrize(
    "text",
    [
        "Russia had to withdraw its troops from Kherson.",
        "Ankara was obliged to withdraw its troops from the border.",
    ],
)
def test_an_obligation_told_in_the_past_was_met(pipeline: Pipeline, text: str) -> None:
    [done] = [e for e in pipeline.extract(text) if e.event_type == "RETREAT"]
    assert done.modality == "asserted"


def test_what_something_is_needed_for_is_no_demand(pipeline: Pipeline) -> None:
    text = "The minister said the army needed 80,000 more soldiers to meet its NATO commitments."
    assert not any(e.event_type == "REQUEST" for e in pipeline.extract(text))


@pytest.mark.parametrize(
    "text, type_",
    [
        ("China suspended its restrictions on exports to Japan.", "CONCEDE"),
        ("Beijing would suspend the export controls, the ministry said.", "CONCEDE"),
        ("The United States suspended its ban on arms sales to Vietnam.", "CONCEDE"),
        ("The EU suspended sanctions on Belarus.", "RETREAT"),
    ],
)
def test_suspending_a_measure_eases_it(pipeline: Pipeline, text: str, type_: str) -> None:
    types = {e.event_type for e in pipeline.extract(text)}
    assert type_ in types and not types & {"COERCE", "SANCTION"}, types


@pytest.mark.parametrize(
    "text, source, target",
    [
        ("The fighting saw 120 Iraqi soldiers killed.", None, "IRQ"),
        ("The battle left 40 Kurdish fighters wounded.", None, None),
        ("The raid saw three Syrian journalists detained by the Turkish police.", "TUR", "SYR"),
        ("Residents watched Israeli soldiers arrested by Palestinian police.", "PSE", "ISR"),
    ],
)
def test_a_bare_participle_after_see_or_leave_is_suffered(
    partial: Pipeline, text: str, source: str | None, target: str | None
) -> None:
    [act] = [e for e in partial.extract(text) if e.event_type in ("ASSAULT", "COERCE")]
    assert act.target is not None and act.target.country == target, act.reason
    assert (act.source.country if act.source else None) == source


def test_an_active_clause_after_find_keeps_its_doer(pipeline: Pipeline) -> None:
    [act] = pipeline.extract("The report found the Syrian army killed 20 civilians.")
    assert act.source and act.source.country == "SYR"


@pytest.mark.parametrize(
    "text, type_",
    [
        ("The Rapid Support Forces blocked roads out of the city.", "COERCE"),
        ("Rebel fighters blocked the main highway to Damascus.", "COERCE"),
        ("Israeli troops blocked the roads into Jenin.", "COERCE"),
        ("Farmers blocked roads in protest against the tax.", "PROTEST"),
        ("Protesters blocked the bridge to the capital.", "PROTEST"),
    ],
)
def test_roads_blocked_by_armed_actors_restrict_movement(
    partial: Pipeline, text: str, type_: str
) -> None:
    assert [e.event_type for e in partial.extract(text)] == [type_]
