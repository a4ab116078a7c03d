"""An act named as a term of a deal or a promise is agreed or promised, not done ("the accord
guarantees the withdrawal of foreign troops", "the deal includes the release of prisoners",
"the treaty provides for the withdrawal"): intended, and negated when the term is denied ("a
deal that did not guarantee the withdrawal"). What a call asks for is no act ("rejected calls to
lift the blockade"), but a call made is a phone call. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline

# (sentence, trigger, modality, negated)
TERMS = [
    ("The accord guaranteed the withdrawal of Ethiopian troops from the region.", "withdrawal", "intended", False),
    ("Hamas said it would reject any deal that did not guarantee the withdrawal of Israeli forces.", "withdrawal", "intended", True),
    ("Moscow guaranteed the release of the detained Ukrainian sailors.", "release", "intended", False),
    ("The deal includes the release of all Palestinian prisoners.", "release", "intended", False),
    ("The truce did not include the withdrawal of Turkish forces.", "withdrawal", "intended", True),
    ("The plan envisages the withdrawal of Israeli forces from the West Bank.", "withdrawal", "intended", False),
    ("The plan does not foresee the deployment of NATO troops.", "deployment", "intended", True),
    ("The treaty provides for the withdrawal of Soviet forces.", "withdrawal", "intended", False),
    ("The release of the Russian prisoners was included in the deal.", "release", "intended", False),
    # an undertaking, not a document, includes what it did
    ("The Israeli operation included the shelling of Hamas positions.", "shelling", "asserted", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "modality", "negated"), TERMS, ids=[c[0][:40] for c in TERMS]
)
def test_an_act_named_as_a_term_is_agreed_not_done(
    pipeline: Pipeline, text: str, trigger: str, modality: str, negated: bool
) -> None:
    found = [e for e in pipeline.extract(text) if e.trigger.text.startswith(trigger)]
    assert found, [e.trigger.text for e in pipeline.extract(text)]
    assert {e.modality for e in found} == {modality}, [e.reason for e in found]
    assert {e.negated for e in found} == {negated}, [e.reason for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Israel rejected calls to lift the blockade of Gaza.",
        "Israel rejected repeated calls for Israel to lift the blockade.",
        "Ankara ignored calls to withdraw its troops from Syria.",
    ],
)
def test_what_a_call_asks_for_is_no_act(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(text)
    assert {e.event_type for e in events} == {"REJECT"}, [(e.event_type, e.reason) for e in events]


def test_a_call_made_is_a_phone_call(pipeline: Pipeline) -> None:
    # the purpose of a call made stays the caller's aim
    events = pipeline.extract("Obama made a call to congratulate the new Kenyan president.")
    praise = [e for e in events if e.event_type == "SUPPORT"]
    assert praise and all(e.modality == "intended" for e in praise), [e.reason for e in events]


# an act named as what a verb kept from happening, refused or opposed: (sentence, trigger,
# modality, negated)
REFUSED = [
    ("Russia vetoed the withdrawal of the peacekeepers from the region.", "withdrawal", "asserted", True),
    ("China blocked the release of the detained Canadian citizens.", "release", "asserted", True),
    ("Serbia rejected the withdrawal of its forces from the border.", "withdrawal", "asserted", True),
    ("Israel balked at the release of the Palestinian prisoners.", "release", "hypothetical", False),
    ("Ankara opposed the release of the Kurdish prisoners.", "release", "hypothetical", False),
    # a conflict act rejected or opposed may well have happened: as told
    ("Beijing rejected the American sanctions on Chinese firms.", "sanctions", "asserted", False),
    # not blocked: as told
    ("China did not block the release of the detained Canadian citizens.", "release", "asserted", False),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "modality", "negated"), REFUSED, ids=[c[0][:40] for c in REFUSED]
)
def test_an_act_refused_or_prevented_is_not_done(
    pipeline: Pipeline, text: str, trigger: str, modality: str, negated: bool
) -> None:
    found = [e for e in pipeline.extract(text) if e.trigger.text.startswith(trigger)]
    assert found, [e.trigger.text for e in pipeline.extract(text)]
    assert {e.modality for e in found} == {modality}, [e.reason for e in found]
    assert {e.negated for e in found} == {negated}, [e.reason for e in found]


# an act told as what someone is accused, charged or suspected of: a hedged report, asserted
# with the hedge named (sentence, trigger, hedged)
ALLEGED = [
    ("Ukraine accused Russia of attacking its power plants.", "attacking", True),
    ("Israel denied allegations that its troops had shelled the hospital.", "shelled", True),
    ("Kenya blamed al-Shabaab for the attack on the university.", "attack", True),
    # judged by a court, or claimed by the doer: no hedge
    ("A court convicted the general of ordering the massacre.", "ordering", False),
    ("Hamas claimed that its fighters had attacked the Israeli post.", "attacked", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "hedged"), ALLEGED, ids=[c[0][:40] for c in ALLEGED])
def test_an_act_alleged_is_a_hedged_report(
    pipeline: Pipeline, text: str, trigger: str, hedged: bool
) -> None:
    found = [e for e in pipeline.extract(text) if e.trigger.text.startswith(trigger)]
    assert found, [e.trigger.text for e in pipeline.extract(text)]
    assert {e.modality for e in found} == {"asserted"}, [e.reason for e in found]
    assert {"hedged report" in e.reason for e in found} == {hedged}, [e.reason for e in found]


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers used force to break up the demonstration in Harare.",
        "The army used force to disperse the crowd in Conakry.",
    ],
)
def test_force_used_is_the_means_not_the_target(pipeline: Pipeline, text: str) -> None:
    events = [e for e in pipeline.extract(text) if e.trigger.text.startswith("used")]
    assert events, [e.trigger.text for e in pipeline.extract(text)]
    assert all(e.target is None or e.target.text != "force" for e in events)


def test_people_used_as_shields_are_the_target(pipeline: Pipeline) -> None:
    events = pipeline.extract("Hamas used civilians as human shields in Gaza.")
    assert [e.target.text for e in events if e.target] == ["civilians"]


# what an appeal, plea or request asks for, also where the parse hung the infinitive on the
# verb that makes the appeal, after the "to" or "on" phrase naming whom it asks: (sentence,
# the content's trigger); the REQUEST itself is coded
ASKED = [
    ("The UN issued an urgent appeal to both sides to stop shelling the city.", "shelling"),
    ("The families made a plea to the kidnappers to free the hostages.", "free"),
    ("The UN made a formal request to Israel to allow aid into Gaza.", "allow"),
    ("The Red Cross renewed its appeal to the rebels to release the aid workers.", "release"),
    ("Amnesty repeated its call on the army and the police to ensure they do not attack protesters.", "attack"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "content"), ASKED, ids=[c[0][:40] for c in ASKED])
def test_what_an_appeal_asks_for_is_no_act(pipeline: Pipeline, text: str, content: str) -> None:
    events = pipeline.extract(text)
    assert not [e for e in events if e.trigger.text.startswith(content)], [
        (e.event_type, e.reason) for e in events
    ]
    assert "REQUEST" in {e.event_type for e in events}, [(e.event_type, e.reason) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger", "event_type"),
    [
        # a call made to someone is a phone call: its purpose stays the caller's aim
        ("Obama made a call to the Kenyan president to congratulate him.", "congratulate", "SUPPORT"),
        # a convoy, not an appeal, sent to a place: a purpose
        ("The UN sent a convoy to Aleppo to deliver food to the civilians.", "deliver", "AID"),
    ],
)  # fmt: skip
def test_a_purpose_after_a_to_phrase_stays_intended(
    pipeline: Pipeline, text: str, trigger: str, event_type: str
) -> None:
    found = [e for e in pipeline.extract(text) if e.trigger.text.startswith(trigger)]
    assert found and {e.event_type for e in found} == {event_type}, [
        (e.event_type, e.reason) for e in pipeline.extract(text)
    ]
    assert {e.modality for e in found} == {"intended"}, [e.reason for e in found]


# telling someone to act is a directive: a REQUEST from the teller to the told, and what it
# asks for is not done; telling someone that something happened reports it
# (sentence, the teller, the told, the content's trigger)
TOLD = [
    ("Lula told Maduro to release the opposition leaders.", "Lula", "Maduro", "release"),
    ("Erdogan told Sweden to extradite the Kurdish activists.", "Erdo", "Sweden", "extradite"),
    ("Blinken told Israel not to attack the Rafah crossing.", "Blinken", "Israel", "attack"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "source", "target", "content"), TOLD, ids=[c[0][:40] for c in TOLD]
)
def test_telling_someone_to_act_is_a_request(
    pipeline: Pipeline, text: str, source: str, target: str, content: str
) -> None:
    events = pipeline.extract(text)
    asked = [e for e in events if e.event_type == "REQUEST" and e.trigger.text == "told"]
    assert asked and asked[0].source and asked[0].target, [(e.event_type, e.reason) for e in events]
    assert (asked[0].source.text or "").startswith(source) and asked[0].target.text == target
    assert not [e for e in events if e.trigger.text.startswith(content)], [e.reason for e in events]


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The minister told reporters that Russia had attacked the port.", "attacked"),
        ("Officials told the BBC that Israeli jets bombed the airport.", "bombed"),
    ],
)
def test_telling_that_reports_the_act(pipeline: Pipeline, text: str, trigger: str) -> None:
    events = pipeline.extract(text)
    assert "REQUEST" not in {e.event_type for e in events}, [e.reason for e in events]
    found = [e for e in events if e.trigger.text.startswith(trigger)]
    assert found and found[0].modality == "asserted", [e.reason for e in events]


# what is to be ensured goes as the ensuring does: asked for when the ensuring is, open under
# "must", done when it was ensured (sentence, trigger, modality or None when not coded)
ENSURED = [
    ("Amnesty called on the militia to ensure that its fighters free the hostages.", "free", None),
    ("The UN urged Ethiopia to make sure that its soldiers do not loot the villages.", "loot", None),
    ("Colombia must ensure that its troops do not attack the protesters.", "attack", "hypothetical"),
    ("The army made sure that the rebels withdrew from the town.", "withdrew", "asserted"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "modality"), ENSURED, ids=[c[0][:40] for c in ENSURED])
def test_what_is_ensured_goes_as_the_ensuring(
    pipeline: Pipeline, text: str, trigger: str, modality: str | None
) -> None:
    events = pipeline.extract(text)
    found = [e for e in events if e.trigger.text.startswith(trigger)]
    if modality is None:
        assert not found, [(e.event_type, e.reason) for e in found]
    else:
        assert found and found[0].modality == modality, [e.reason for e in events]
