"""Precision on real news (issue 13): exhortations and impersonal obligations, habits, the
act a threat announces, broken and kept promises, stated support, a state's boycott and a
host's welcome. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Event, Pipeline


def _events(pipeline: Pipeline, text: str) -> list[Event]:
    return pipeline.extract(text)


def _of_type(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.event_type == event_type]


# (a) "it is imperative / important / time (for X) to ...": advocated, nobody's act
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("It is imperative for all parties to coordinate their efforts against the militants.",
         "COOPERATE"),
        ("It is important for Russia to withdraw its forces from Ukraine.", "RETREAT"),
        ("It is essential to cooperate with Iran on border security.", "COOPERATE"),
        ("It is time for Iran to release the British sailors.", "RETREAT"),
        ("It is crucial for Germany to send more weapons to Kyiv.", "AID"),
        ("It is incumbent on Congress to fund the Ukrainian army.", "AID"),
        ("It is important that Russia withdraws its forces from Kherson.", "RETREAT"),
    ],
)  # fmt: skip
def test_an_exhortation_is_never_an_intended_or_asserted_act(
    pipeline: Pipeline, text: str, event_type: str
) -> None:
    for event in _of_type(_events(pipeline, text), event_type):
        assert event.modality == "hypothetical", event.reason
        assert "advocated" in event.reason


@pytest.mark.parametrize(
    "text",
    [
        "It is important that Russia withdrew its forces from Kherson.",
        "It is right that Iran has released the British sailors.",
    ],
)
def test_a_judgement_of_what_was_done_is_no_exhortation(pipeline: Pipeline, text: str) -> None:
    [event] = _of_type(_events(pipeline, text), "RETREAT")
    assert event.modality == "asserted", event.reason


def test_a_reason_given_in_the_past_stays_an_act(pipeline: Pipeline) -> None:
    text = "Russia withdrew its forces from Ukraine because it was important to avoid losses."
    [event] = _of_type(_events(pipeline, text), "RETREAT")
    assert event.modality == "asserted"


# (b) habits: "usually meets", "often bombs" (simple present), "is traditionally held"
@pytest.mark.parametrize(
    "text",
    [
        "The president usually meets the Japanese prime minister in the spring.",
        "Israel often bombs targets in Gaza.",
        "The Turkish army regularly shells Kurdish positions in Syria.",
        "The Chinese premier traditionally visits Germany after his election.",
    ],
)
def test_a_habit_is_no_single_act(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_a_repeated_act_that_happened_is_coded(pipeline: Pipeline) -> None:
    [event] = _of_type(
        _events(pipeline, "Syrian rebels have repeatedly attacked Aleppo."), "ASSAULT"
    )
    assert event.modality == "asserted"
    [met] = _of_type(_events(pipeline, "The president met the Japanese prime minister."), "CONSULT")
    assert met.modality == "asserted"


# (c) the act a threat or warning announces is its content, not a second event
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The Venezuelan government warned it would deploy troops against the protesters.",
         "MOBILIZE"),
        ("The Venezuelan government threatened that it would deploy troops against the "
         "protesters.", "MOBILIZE"),
        ("Russia warned that it would impose sanctions on Georgia.", "SANCTION"),
    ],
)  # fmt: skip
def test_the_act_threatened_is_the_threat_content(
    pipeline: Pipeline, text: str, content: str
) -> None:
    events = _events(pipeline, text)
    assert _of_type(events, "THREATEN")
    assert _of_type(events, content) == []


def test_a_threat_warned_of_takes_its_target_from_the_act(pipeline: Pipeline) -> None:
    events = _events(pipeline, "Russia warned that it would impose sanctions on Georgia.")
    [threat] = _of_type(events, "THREATEN")
    assert threat.target is not None and threat.target.country == "GEO"


def test_a_warning_of_anothers_act_keeps_that_act_unasserted(pipeline: Pipeline) -> None:
    text = "The Iraqi government warned that ISIL would attack Baghdad."
    [attack] = _of_type(_events(pipeline, text), "ASSAULT")
    assert attack.modality == "hypothetical"


@pytest.mark.parametrize(
    "text",
    [
        "The Myanmar junta broke its promise to free the political prisoners.",
        "The Myanmar junta reneged on its pledge to free the political prisoners.",
        "The Myanmar junta went back on its promise to free the political prisoners.",
    ],
)
def test_a_broken_promise_did_not_happen(pipeline: Pipeline, text: str) -> None:
    for event in _of_type(_events(pipeline, text), "RETREAT"):
        assert event.negated, event.reason


def test_a_kept_promise_happened_and_a_made_one_is_intended(pipeline: Pipeline) -> None:
    kept = "The Myanmar junta kept its promise to free the political prisoners."
    [event] = _of_type(_events(pipeline, kept), "RETREAT")
    assert (event.modality, event.negated) == ("asserted", False)
    made = "The Myanmar junta made a promise to free the political prisoners."
    [event] = _of_type(_events(pipeline, made), "RETREAT")
    assert event.modality == "intended"


# (d) support stated is SUPPORT, whatever fight it is for; support given is AID
@pytest.mark.parametrize(
    "text",
    [
        "The prime minister reiterates UK support for Iraq in the fight against ISIL.",
        "The UK expressed its support for Iraq in the fight against ISIL.",
        "Canada reaffirmed its support for Ukraine in the war against Russia.",
    ],
)
def test_support_stated_is_support(pipeline: Pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert _of_type(events, "SUPPORT") and not _of_type(events, "AID")


def test_support_given_in_a_fight_is_aid(pipeline: Pipeline) -> None:
    text = "Britain provided support to Iraq in the fight against ISIL."
    assert _of_type(_events(pipeline, text), "AID")


# (e) a state's boycott is a sanction, people's a protest; a host's welcome is a visit
def test_a_state_boycott_is_a_sanction(pipeline: Pipeline) -> None:
    [event] = _events(pipeline, "Russia boycotted the Ukrainian peace summit.")
    assert (event.event_type, event.cameo) == ("SANCTION", "163")
    [strike] = _of_type(_events(pipeline, "Kenyan students boycotted classes."), "PROTEST")
    assert strike.cameo == "143"


def test_a_host_welcome_is_a_visit_received(pipeline: Pipeline) -> None:
    text = "The president welcomed the Japanese prime minister on Monday."
    [event] = _events(pipeline, text)
    assert (event.event_type, event.mode) == ("CONSULT", "visit")
    decision = "Germany welcomed the decision of the Iranian president to release the sailors."
    assert _of_type(_events(pipeline, decision), "SUPPORT")
    assert not _of_type(_events(pipeline, decision), "CONSULT")


# habits told by a frequency phrase in the simple present
def test_every_day_in_the_present_is_a_habit(pipeline: Pipeline) -> None:
    assert _events(pipeline, "The Iraqi minister meets the Jordanian king every week.") == []
    past = "The Iraqi minister met the Jordanian king every week last year."
    assert _of_type(_events(pipeline, past), "CONSULT")


# acts listed after the object of a request, hung elsewhere by the parse, are requested
@pytest.mark.parametrize(
    "text",
    [
        '"We have consistently called for an immediate ceasefire, the release of all hostages '
        'and unimpeded access," said the Russian foreign ministry spokeswoman.',
        "Turkey demanded an end to the shelling, the withdrawal of Syrian troops and a new "
        "round of talks.",
        "The Arab League plan calls for a pause in the fighting, the release of Israeli hostages "
        "and the return of displaced families.",
    ],
)
def test_an_act_listed_in_a_request_is_requested(pipeline: Pipeline, text: str) -> None:
    assert _of_type(_events(pipeline, text), "RETREAT") == []


def test_an_act_after_a_request_clause_stays_an_act(pipeline: Pipeline) -> None:
    text = "After the UN called for a ceasefire, the attack on Aleppo by Syrian troops resumed."
    [attack] = _of_type(_events(pipeline, text), "ASSAULT")
    assert attack.modality == "asserted"


# aid that something is done to is goods, not the act of giving it
def test_aid_destroyed_is_goods(pipeline: Pipeline) -> None:
    text = (
        "It was an indefensible attack by the Syrian army, with vital aid to vulnerable "
        "Syrians destroyed."
    )
    assert _of_type(_events(pipeline, text), "AID") == []
    given = "The UN delivered vital aid to vulnerable Syrians."
    assert _of_type(_events(pipeline, given), "AID")


# a condition on the clause keeps its act open whatever auxiliary it has
@pytest.mark.parametrize(
    "text",
    [
        "Biden declined to say whether he would pardon the Russian prisoners.",
        "It is unclear whether Hamas will release the hostages.",
        "Reporters asked whether Russia would attack Kyiv again.",
        "The United States has yet to decide whether to send troops to Niger.",
    ],
)
def test_whether_with_will_or_would_is_open(pipeline: Pipeline, text: str) -> None:
    events = [e for e in _events(pipeline, text) if e.event_type != "REQUEST"]
    assert events and all(e.modality == "hypothetical" for e in events), [e.reason for e in events]


def test_would_in_a_statement_stays_intended(pipeline: Pipeline) -> None:
    [attack] = _events(pipeline, "Iran said it would attack Israeli bases in Syria.")
    assert attack.modality == "intended"


# acts given up, refrained from or denied an intention
@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Russia has no intention of attacking NATO.", "ASSAULT"),
        ("Turkey ruled out sending troops to Syria.", "MOBILIZE"),
        ("China stopped short of condemning Russia.", "ACCUSE"),
        ("The EU refrained from imposing sanctions on Hungary.", "SANCTION"),
        ("Washington dropped its plan to sell jets to Turkey.", "COOPERATE"),
        ("The French plan to withdraw troops from Mali was shelved.", "RETREAT"),
        # an act that has stopped: "no longer", "no more"
        ("The Kenyan senator said he would no longer defend the president.", "SUPPORT"),
        ("The Kenyan opposition party no longer backs the president.", "SUPPORT"),
    ],
)
def test_an_act_given_up_or_refrained_from_is_negated(
    pipeline: Pipeline, text: str, event_type: str
) -> None:
    events = _of_type(_events(pipeline, text), event_type)
    assert events and all(e.negated for e in events), [e.reason for e in events]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Israel has not ruled out an Israeli strike on Iran.", "ASSAULT"),
        ("Hamas is unlikely to accept the Egyptian proposal.", "AGREE"),
    ],
)
def test_an_act_left_open_is_hypothetical(pipeline: Pipeline, text: str, event_type: str) -> None:
    events = _of_type(_events(pipeline, text), event_type)
    assert events and all(e.modality == "hypothetical" and not e.negated for e in events)


def test_an_intention_kept_up_stays_intended(pipeline: Pipeline) -> None:
    [event] = _of_type(
        _events(pipeline, "Russia has the intention of attacking Ukraine."), "ASSAULT"
    )
    assert (event.modality, event.negated) == ("intended", False)


# an act recalled or a kind of act forbidden is no act told
@pytest.mark.parametrize(
    "text",
    [
        "Ukrainians marked the third anniversary of the Russian invasion on Monday.",
        "The museum commemorates the 1982 Israeli invasion of Lebanon.",
        "The UN charter forbids attacks on civilians.",
        "The new Iraqi law bans strikes by public workers.",
    ],
)
def test_an_act_recalled_or_forbidden_is_no_act(pipeline: Pipeline, text: str) -> None:
    assert [e for e in _events(pipeline, text) if e.event_type in ("ASSAULT", "PROTEST")] == []


def test_an_act_named_beside_a_memorial_is_still_told(pipeline: Pipeline) -> None:
    text = (
        "Thousands attended a memorial for the victims of Sunday's attack by Hamas on "
        "Israeli border towns."
    )
    [attack] = _of_type(_events(pipeline, text), "ASSAULT")
    assert attack.source is not None and attack.modality == "asserted"
    [ban] = _events(pipeline, "The Kenyan government banned the march planned for Sunday.")
    assert ban.event_type == "COERCE"


# what was done instead is not done; an act of any kind is none in particular
@pytest.mark.parametrize(
    "text",
    [
        "Instead of negotiating with Hamas, Israel bombed Gaza.",
        "Rather than negotiating with Hamas, Israel bombed Gaza.",
    ],
)
def test_what_was_done_instead_of_is_not_done(pipeline: Pipeline, text: str) -> None:
    events = _events(pipeline, text)
    assert all(e.negated for e in _of_type(events, "CONSULT"))
    [bombing] = _of_type(events, "ASSAULT")
    assert (bombing.negated, bombing.modality) == (False, "asserted")


def test_an_act_of_any_kind_is_hypothetical(pipeline: Pipeline) -> None:
    text = "Any Chinese attack on Taiwan would be met with force, the Taiwanese president said."
    attacks = _of_type(_events(pipeline, text), "ASSAULT")
    assert attacks and all(e.modality == "hypothetical" for e in attacks)


def test_one_of_the_ns_in_apposition_describes_its_head(pipeline: Pipeline) -> None:
    text = (
        "Jordanian troops will take part in Exercise Desert Hawk, one of the Pentagon's "
        "largest exercises, in Jordan."
    )
    assert _of_type(_events(pipeline, text), "MOBILIZE") == []
    done = "Israel carried out one of the heaviest strikes on Gaza this year."
    [strike] = _of_type(_events(pipeline, done), "ASSAULT")
    assert strike.source is not None and strike.source.country == "ISR"


def test_an_act_that_goes_on_longer_is_not_negated(pipeline: Pipeline) -> None:
    events = _of_type(
        _events(pipeline, "Germany will support Ukraine longer than the other allies."), "SUPPORT"
    )
    assert events and not any(e.negated for e in events)
