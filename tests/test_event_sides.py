"""Which side is which where a construction names the doer away from the main clause: a
gerund's "from" phrase, the topic of talks, a condition's own subject, a strike report's
doer (issue 13, round 8). Sentences written for these tests."""

from __future__ import annotations

import pytest
from side_pairs import country_pairs

from tacitus import Event, Pipeline


@pytest.mark.parametrize(
    ("text", "trigger", "sides"),
    [
        ("Shelling from Turkish forces hit the village overnight.", "Shelling", ("TUR", None)),
        ("Heavy shelling from Syrian troops killed four farmers.", "shelling", ("SYR", None)),
        ("The convoy came under shelling from Russian troops.", "shelling", ("RUS", None)),
        ("Attacks from Iraqi militias on the camp continued.", "Attacks", ("IRQ", None)),
    ],
)
def test_the_from_phrase_of_an_act_names_its_doer(
    pipeline: Pipeline, text: str, trigger: str, sides: tuple[str | None, str | None]
) -> None:
    [event] = [e for e in pipeline.extract(text) if e.trigger.text == trigger]
    source = event.source.country if event.source else None
    target = event.target.country if event.target else None
    assert (source, target) == sides


def test_a_from_phrase_that_is_a_place_names_no_doer(pipeline: Pipeline) -> None:
    events = pipeline.extract("The Iraqi army resumed shelling from positions near the river.")
    assert country_pairs(events, "ASSAULT") == {("IRQ", None)}


@pytest.mark.parametrize(
    "text",
    [
        "The envoy met the Libyan minister to discuss support for the Tuareg militias.",
        "Egypt's envoy met Jordan's king to discuss aid to the Syrian rebels.",
        "The Chancellor will meet French officials to discuss training for the Malian army.",
    ],
)
def test_what_a_meeting_discusses_is_no_partner(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(text)
    consult = [e for e in events if e.event_type == "CONSULT"]
    assert [e.trigger.text for e in consult] in (["met"], ["meet"])  # the meeting alone
    assert not [e for e in events if e.event_type in ("SUPPORT", "AID")]  # talked of, not done


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the partner's "with" the parser hung on the topic, and on the verb
        ("Kerry discussed the ceasefire with Lavrov.", {("USA", "RUS")}),
        ("Egypt discussed aid to Syria with Jordan.", {("EGY", "JOR")}),
    ],
)
def test_the_partner_of_a_discussion_is_its_with_phrase(
    pipeline: Pipeline, text: str, sides: set[tuple[str | None, str | None]]
) -> None:
    assert country_pairs(pipeline.extract(text), "CONSULT") == sides


def _doers(events: list[Event], trigger: str) -> set[str | None]:
    return {e.source.country if e.source else None for e in events if e.trigger.text == trigger}


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        # the condition's own subject is the party the main clause acts on
        (
            "Germany will not resume talks with Turkey until it releases the journalists.",
            "releases",
            "TUR",
        ),
        ("France will keep bombing the Malian rebels until they free the hostages.", "free", "MLI"),
        (
            "Canada will keep pressure on the Syrian regime until it negotiates with the rebels.",
            "negotiates",
            "SYR",
        ),
    ],
)
def test_the_subject_of_a_condition_set_on_another_is_that_other(
    pipeline: Pipeline, text: str, trigger: str, doer: str
) -> None:
    assert _doers(pipeline.extract(text), trigger) == {doer}


def test_a_condition_on_no_other_party_keeps_the_usual_antecedent(pipeline: Pipeline) -> None:
    text = "Iran will continue to enrich uranium until it reaches an agreement with Germany."
    assert _doers(pipeline.extract(text), "reaches an agreement") == {"IRN"}


@pytest.mark.parametrize(
    ("text", "triggers"),
    [
        (
            "Moscow must put pressure on the Syrian regime to end the sieges and allow aid "
            "convoys into the towns.",
            ("end the sieges", "allow aid convoys"),
        ),
        ("Canada kept up the pressure on Iran to release the detained sailors.", ("release",)),
        (
            "Moscow should use its influence with the Syrian regime to lift the siege.",
            ("lift the siege",),
        ),
    ],
)
def test_the_party_pressed_does_what_it_is_pressed_to(
    pipeline: Pipeline, text: str, triggers: tuple[str, ...]
) -> None:
    events = pipeline.extract(text)
    for trigger in triggers:
        assert _doers(events, trigger) == {"SYR" if "Syrian" in text else "IRN"}
        assert all(e.modality != "asserted" for e in events if e.trigger.text == trigger)


def test_influence_used_with_no_party_pressed_is_the_users(pipeline: Pipeline) -> None:
    events = pipeline.extract("Canada used its influence to end the siege of the city.")
    assert _doers(events, "end the siege") == {"CAN"}


RELEASE = (
    "On March 3, coalition military forces conducted 12 strikes against ISIL in Iraq. "
    "Near Ramadi, four strikes engaged two ISIL tactical units and destroyed an ISIL-held "
    "building. Near Fallujah, one strike destroyed an ISIL vehicle."
)


def _strike_doers(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    return {
        e.trigger.text: e.source.actor_id if e.source else None
        for e in pipeline.extract(text)
        if e.sentence_id > 0
    }


def test_a_strike_with_no_doer_takes_the_report_before_when_asked() -> None:
    doers = _strike_doers(Pipeline(implied_strikers=True), RELEASE)
    assert set(doers.values()) == {"igo:US-LED-COALITION"}, doers
    events = Pipeline(implied_strikers=True).extract(RELEASE)
    implied = [e for e in events if "source implied" in e.reason]
    assert implied and all("strike report before" in e.reason for e in implied)


def test_a_strike_with_no_doer_keeps_none_by_default(pipeline: Pipeline) -> None:
    assert set(_strike_doers(pipeline, RELEASE).values()) == {None}


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # the nearest report's doer, not an earlier one
        (
            "Coalition aircraft conducted strikes against ISIL near Mosul. Russian jets "
            "conducted airstrikes against ISIL near Palmyra. Near Palmyra, two strikes "
            "destroyed an ISIL tank.",
            "country:RUS",
        ),
        # a strike naming its own doer keeps it
        (
            "Coalition aircraft conducted strikes against ISIL near Mosul. Near Raqqa, "
            "Russian strikes destroyed an ISIL tank.",
            "country:RUS",
        ),
        # no report before: nobody
        ("Near Raqqa, two strikes destroyed an ISIL tank.", None),
    ],
)
def test_an_implied_striker_is_only_the_nearest_report_before(text: str, doer: str | None) -> None:
    events = Pipeline(implied_strikers=True).extract(text)
    last = [e for e in events if e.sentence_id == max(x.sentence_id for x in events)]
    assert {e.source.actor_id if e.source else None for e in last} == {doer}


@pytest.mark.parametrize(
    ("text", "trigger", "doer"),
    [
        (
            "The U.S.-led coalition continues to support Kurdish forces with air strikes.",
            "air strikes",
            "IGO",
        ),
        ("Russia backed the Syrian army with airstrikes near Hama.", "airstrikes", "RUS"),
        ("Israel retaliated with shelling across the border.", "shelling", "ISR"),
    ],
)
def test_force_used_with_help_or_response_is_the_helpers(
    pipeline: Pipeline, text: str, trigger: str, doer: str
) -> None:
    [event] = [e for e in pipeline.extract(text) if e.trigger.text == trigger]
    assert event.event_type == "ASSAULT" and event.source and event.source.country == doer
    assert event.target is None  # never the one helped


@pytest.mark.parametrize(
    "text",
    [
        "Rich nations must give more money to help with the battle against poverty.",
        "Britain helped Iraq with the fight against ISIS.",
    ],
)
def test_help_with_a_task_uses_no_force(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(text)
    assert not [e for e in events if e.event_type == "ASSAULT" and e.trigger.text != "fight"]


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # the parser hangs the help after the comma on the object, a thing no one aids
        (
            "Kurdish fighters retook the village, aided by strong support from Turkey.",
            ("TUR", None),
        ),
        ("The Iraqi army shelled the town, backed by Russian jets.", ("RUS", "IRQ")),
    ],
)
def test_help_told_after_a_comma_goes_to_the_main_clauses_doer(
    pipeline: Pipeline, text: str, sides: tuple[str | None, str | None]
) -> None:
    events = pipeline.extract(text)
    assert country_pairs(events, "AID") == {sides}
    aid = [e for e in events if e.event_type == "AID"]
    assert all(e.target is not None for e in aid)
    assert all(e.target is None for e in events if e.event_type in ("ASSAULT", "COERCE"))


def test_help_on_an_actor_object_stays_the_objects(pipeline: Pipeline) -> None:
    events = pipeline.extract("The Syrian army shelled the rebels, backed by Turkey.")
    assert {e.target.text for e in events if e.event_type == "AID" and e.target} == {"the rebels"}


def test_strikes_led_by_a_named_actor_are_its_act(pipeline: Pipeline) -> None:
    text = "Iraqi troops, assisted by US-led coalition air strikes, launched an offensive."
    events = pipeline.extract(text)
    [strikes] = [e for e in events if e.trigger.text == "air strikes"]
    assert strikes.event_type == "ASSAULT" and strikes.source is not None
    assert strikes.source.actor_id == "igo:US-LED-COALITION" and strikes.target is None


def test_a_made_weapon_names_no_striker(pipeline: Pipeline) -> None:
    events = pipeline.extract("A Chinese-made missile hit the market in the town.")
    assert not [e for e in events if e.source and e.source.country == "CHN"]


def _noun_record(pipeline: Pipeline, text: str, trigger: str) -> tuple[str | None, str | None]:
    [event] = [e for e in pipeline.extract(text) if e.trigger.text == trigger]
    source = (event.source.name or event.source.text) if event.source else None
    target = (event.target.name or event.target.text) if event.target else None
    return source, target


@pytest.mark.parametrize(
    ("text", "trigger", "sides"),
    [
        # the possessor of an act it undergoes is its target, never its doer
        ("The UN condemned Navalny's arrest in Moscow.", "arrest", (None, "Alexei Navalny")),
        ("Police confirmed the minister's arrest by anti-corruption officers.", "arrest",
         ("anti-corruption officers", None)),
        # with an "of" phrase the possessor acts
        ("Iran's execution of the protesters drew condemnation.", "execution", ("Iran", "the protesters")),
        ("Russia's invasion of Ukraine began in 2022.", "invasion", ("Russia", "Ukraine")),
    ],
)  # fmt: skip
def test_the_possessor_of_an_act_it_undergoes_is_its_target(
    pipeline: Pipeline, text: str, trigger: str, sides: tuple[str | None, str | None]
) -> None:
    assert _noun_record(pipeline, text, trigger) == sides


def test_a_liberation_is_not_done_by_who_held_the_place(pipeline: Pipeline) -> None:
    events = pipeline.extract("Kurdish forces completed the town's liberation from the militants.")
    assert not any(e.source and "militants" in e.source.text for e in events), events
