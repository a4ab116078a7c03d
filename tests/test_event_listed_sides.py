"""Sides the parse hides in a list or in the sentence before (issue 13, round 9): a participle
with its own object listed after the main verb, a bare verb continuing a requested infinitive,
"They" after a meeting, the owners of an operation. Sentences written for these tests."""

from __future__ import annotations

import pytest
from side_pairs import country_pairs

from tacitus import Event, Pipeline


def _one(events: list[Event], trigger_word: str) -> Event:
    [event] = [e for e in events if trigger_word in e.trigger.text]
    return event


# (a) a past participle with its own object after a comma is listed with the main verb


@pytest.mark.parametrize(
    ("text", "word", "source"),
    [
        ("The UK has flown over 500 missions, conducted over 120 raids on militant targets "
         "in Iraq.", "raids", "The UK"),
        ("The air force has flown more than 500 sorties, conducted over 120 raids on rebel "
         "camps in Syria.", "raids", "The air force"),
        ("The coalition has flown over 900 missions, conducted over 300 strikes against the "
         "militants.", "strikes", "The coalition"),
    ],
)  # fmt: skip
def test_a_participle_with_its_own_object_shares_the_subject(
    pipeline: Pipeline, text: str, word: str, source: str
) -> None:
    event = _one(pipeline.extract(text), word)
    assert event.source is not None and event.source.text == source
    assert "subject of 'flown'" in event.reason
    assert event.modality == "asserted"


def test_a_participle_that_keeps_an_object_in_the_passive_is_left_as_parsed(
    pipeline: Pipeline,
) -> None:
    # "given amnesty": the soldiers were given it; the army released them, gave nothing
    events = pipeline.extract("The army released 30 soldiers, given amnesty last year.")
    assert not [e for e in events if "given" in e.trigger.text and e.source is not None]


def test_a_participle_on_the_object_of_a_passive_is_left_as_parsed(pipeline: Pipeline) -> None:
    events = pipeline.extract("Over 500 missions were flown, conducted over 120 raids on rebel "
                              "camps in Syria by British jets.")  # fmt: skip
    assert not [e for e in events if e.reason.count("subject of 'flown'")]


# (b) a bare verb continuing an infinitive list is requested of the same party


@pytest.mark.parametrize(
    "text",
    [
        "The envoy urged the junta to lift the blockade, immediately allow aid convoys and "
        "release detained journalists.",
        "Britain pressed Moscow to withdraw its troops, allow monitors into the region and "
        "release the sailors.",
        "The ministers urged Iran to halt enrichment, admit inspectors and free the crew.",
    ],
)
def test_verbs_listed_after_a_requested_infinitive_are_requested(
    pipeline: Pipeline, text: str
) -> None:
    events = pipeline.extract(text)
    assert [e.event_type for e in events] == ["REQUEST"]  # allowing, releasing: asked for


def test_a_finite_verb_beside_the_request_is_the_askers_own(pipeline: Pipeline) -> None:
    events = pipeline.extract("Britain urged Moscow to withdraw its troops and expelled two "
                              "Russian diplomats.")  # fmt: skip
    assert country_pairs(events, "REQUEST") == {("GBR", "RUS")}
    expelled = _one(events, "expelled")
    assert expelled.source is not None and expelled.source.country == "GBR"
    assert expelled.modality == "asserted"


# (c) "They" after a meeting is both parties


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Turkish president met the Greek prime minister in Ankara on Monday. They agreed "
         "to resume talks on the border, saying all Cypriots would gain.", "talks"),
        ("The Egyptian foreign minister held talks with his Jordanian counterpart in Cairo. "
         "They condemned the attacks on civilians in Gaza.", "condemned"),
        ("The Turkish president met the Greek prime minister in Ankara. Later, they signed a "
         "trade agreement.", "signed"),
    ],
)  # fmt: skip
def test_they_after_a_meeting_is_both_parties(pipeline: Pipeline, text: str, word: str) -> None:
    events = [e for e in pipeline.extract(text) if word in e.trigger.text]
    countries = {e.source.country for e in events if e.source} | {
        e.target.country for e in events if e.target
    }
    assert countries >= {"TUR", "GRC"} or countries >= {"EGY", "JOR"}
    assert all("the parties who" in e.reason for e in events)


def test_they_after_no_meeting_is_not_a_meeting_party(pipeline: Pipeline) -> None:
    events = pipeline.extract(
        "The Turkish president criticised the Greek prime minister on Monday. They signed a "
        "trade agreement with Iraq."
    )
    assert not [e for e in events if "the parties who" in e.reason]


# (d) the owners of an operation do it


def test_the_of_phrase_of_an_operation_is_its_doer(pipeline: Pipeline) -> None:
    events = pipeline.extract(
        "A joint operation of Iraqi and Kurdish forces killed 20 militants near Mosul."
    )
    killed = _one(events, "killed")
    assert killed.source is not None and killed.source.country == "IRQ"
    joint = _one(events, "operation")
    assert joint.source is not None and joint.source.country == "IRQ"
    assert joint.target is None or joint.target.country != "IRQ"  # never its own target


def test_the_offensive_of_an_army_is_the_armys(pipeline: Pipeline) -> None:
    events = pipeline.extract(
        "The offensive of the Syrian army against the rebels in Idlib continued on Sunday."
    )
    offensive = _one(events, "offensive")
    assert offensive.source is not None and offensive.source.country == "SYR"
    assert offensive.source.text == "the Syrian army"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the forces a mobilisation's "of" phrase names are their state's: it mobilises them
        ("It was the first large deployment of the Iraqi army since 2003.", "IRQ"),
        ("The mobilisation of Serbian reservists began on Monday.", "SRB"),
        ("The deployment of French troops to Mali ended in 2022.", "FRA"),
    ],
)
def test_the_forces_a_mobilisation_names_are_its_doers(
    pipeline: Pipeline, text: str, source: str
) -> None:
    records = [e for e in pipeline.extract(text) if e.event_type == "MOBILIZE"]
    assert records and all(e.source is not None and e.source.country == source for e in records)
    assert all(e.target is None or e.target.country != source for e in records)


def test_weapons_deployed_name_no_doer(pipeline: Pipeline) -> None:
    records = pipeline.extract("The deployment of missiles in Cuba angered Washington.")
    assert all(e.source is None or e.source.country != "CUB" for e in records)


def test_the_of_phrase_of_a_siege_is_still_its_target(pipeline: Pipeline) -> None:
    events = pipeline.extract("The siege of Aleppo by government forces killed hundreds.")
    siege = _one(events, "siege")
    assert siege.target is not None and siege.target.text == "Aleppo"


# (f) the aim of an operation under way (docs/events.md, "it is an intention ...")


def test_the_aim_of_an_operation_started_is_coded_under_way(pipeline: Pipeline) -> None:
    events = pipeline.extract(
        "Iraqi forces announced the start of operations to recapture Tal Afar from the militants."
    )
    retake = _one(events, "recapture")
    assert retake.source is not None and retake.source.country == "IRQ"
    assert retake.modality == "asserted"  # the operation under way, by its doers


def test_a_purpose_that_is_no_operations_aim_is_intended(pipeline: Pipeline) -> None:
    events = pipeline.extract("France sent commandos to rescue the hostages held by the rebels.")
    assert all(e.modality == "intended" for e in events if "rescue" in e.trigger.text)


def test_they_after_a_meeting_of_a_plural_side_is_left_to_the_subject_rule(
    pipeline: Pipeline,
) -> None:
    events = pipeline.extract(
        "Turkish officials met the Greek prime minister in Ankara. They condemned the attacks."
    )
    assert not [e for e in events if "the parties who" in e.reason]


# (e) a person named by standing or trade is a national, never the state


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("An Iraqi sheikh was accused of funding the militants.", "IRQ"),
        ("An Egyptian lawyer was arrested by police in Alexandria.", "EGY"),
        ("A Turkish tycoon was detained by police in Ankara.", "TUR"),
        ("An Iranian scientist was arrested by police in Tehran.", "IRN"),
    ],
)
def test_a_national_named_by_trade_is_no_state(pipeline: Pipeline, text: str, country: str) -> None:
    [event] = [e for e in pipeline.extract(text) if e.event_type in ("ACCUSE", "COERCE")]
    assert event.target is not None and event.target.country == country
    assert event.target.actor_id is None  # a national, not the state itself
    assert event.target.sector in ("CVL", "BUS")


def test_a_named_sheikh_is_that_person(pipeline: Pipeline) -> None:
    [event] = pipeline.extract("Iraqi sheikh Wissam al-Hardan was arrested by US troops.")
    assert event.target is not None and event.target.actor_id == "person:wissam-al-hardan"
    assert event.target.country == "IRQ"


def test_the_state_accused_stays_the_state(pipeline: Pipeline) -> None:
    [event] = pipeline.extract("The Iraqi government was accused by Turkey of funding militants.")
    assert event.target is not None and event.target.actor_id == "country:IRQ"


@pytest.mark.parametrize(
    "text",
    [
        "The businessman was accused by prosecutors of funding the militants.",
        "Iraqi cleric Sheikh Abdul Malik al-Saadi was accused by the government of backing "
        "the insurgents.",
    ],
)
def test_the_accused_does_the_gerund_the_parse_hung_on_the_accuser(
    pipeline: Pipeline, text: str
) -> None:
    aid = [e for e in pipeline.extract(text) if e.event_type == "AID"]
    assert aid and all(e.source is not None for e in aid)
    assert all(e.source.text.startswith(text.split(" was")[0]) for e in aid if e.source)


def test_the_accusers_own_gerund_is_theirs(pipeline: Pipeline) -> None:
    # active voice: the object of "accused" does it, as before (no agent to skip)
    events = pipeline.extract("Turkey accused Syrian rebels of attacking its soldiers.")
    [attack] = [e for e in events if e.event_type == "ASSAULT"]
    assert attack.source is not None and attack.source.text == "Syrian rebels"


# a participle of blame or penalty on a noun: the noun is accused or punished, never the doer


@pytest.mark.parametrize(
    ("text", "event_type", "target"),
    [
        ("Israel has arrested 40 activists, accused of planning attacks on soldiers.",
         "ACCUSE", "40 activists"),
        ("The court freed two Turkish journalists accused of spying for Russia.",
         "ACCUSE", "two Turkish journalists"),
        ("The US froze the assets of five Iranian firms sanctioned last year.",
         "SANCTION", "five Iranian firms"),
    ],
)  # fmt: skip
def test_the_noun_a_participle_of_blame_modifies_is_its_target(
    pipeline: Pipeline, text: str, event_type: str, target: str
) -> None:
    [event] = [
        e for e in pipeline.extract(text)
        if e.event_type == event_type and e.trigger.text in ("accused", "sanctioned")
    ]  # fmt: skip
    assert event.source is None
    assert event.target is not None and event.target.text == target


def test_a_participle_of_blame_with_an_agent_keeps_it(pipeline: Pipeline) -> None:
    events = pipeline.extract("Syrian rebels accused of war crimes by the UN attacked the town.")
    assert country_pairs(events, "ACCUSE") == {("IGO", "SYR")}
