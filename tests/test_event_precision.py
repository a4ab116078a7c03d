"""Only real interactions: the output contract (a side resolved to an actor), the explanation
of dropped candidates, and the constructions that look like events but are not (issue 13).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from tacitus import Document, Pipeline
from tacitus.cli import main
from tacitus.records import DocumentResult

UNRESOLVED = "Jim Hardwick sued the Lakeside Widget Company."


def test_an_event_needs_a_side_resolved_to_an_actor(pipeline: Pipeline) -> None:
    assert pipeline.extract(UNRESOLVED) == []
    [event] = pipeline.extract("Chile praised Argentina.")
    assert not event.partial and "partial" not in event.reason


@pytest.fixture(scope="module")
def inspecting() -> Pipeline:
    """A pipeline that keeps partial events and explains what it drops."""
    return Pipeline(keep_partial=True, explain=True)


def test_keep_partial_writes_them_marked(inspecting: Pipeline) -> None:
    [event] = inspecting.extract(UNRESOLVED)
    assert (event.event_type, event.partial) == ("ACCUSE", True)
    assert "partial: no side resolved to an actor" in event.reason
    assert event.to_dict()["partial"] is True
    [full] = inspecting.extract("Chile praised Argentina.")
    assert not full.partial


def test_explain_lists_each_candidate_with_the_rule_that_dropped_it(
    pipeline: Pipeline, inspecting: Pipeline
) -> None:
    text = f"Chile praised Argentina. {UNRESOLVED} Chile urged Peru to withdraw its troops."
    [result] = inspecting.run([Document("d1", text)])
    assert isinstance(result, DocumentResult)
    outcomes = [(c.sentence_id, c.trigger, c.outcome, c.event_type) for c in result.candidates]
    assert (0, "praised", "emitted", "SUPPORT") in outcomes
    assert (1, "sued", "partial", "ACCUSE") in outcomes
    assert (2, "urged", "emitted", "REQUEST") in outcomes
    [withdraw] = [c for c in result.candidates if c.trigger.startswith("withdraw")]
    assert withdraw.outcome == "dropped" and "content of a request" in withdraw.rule
    [plain] = pipeline.run([Document("d1", UNRESOLVED)])
    assert isinstance(plain, DocumentResult) and plain.candidates == []  # only on request


def test_extract_explain_and_keep_partial_on_the_command_line() -> None:
    text = UNRESOLVED + " Chile praised Argentina."
    result = CliRunner().invoke(main, ["extract", "-", "--explain", "-q"], input=text)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("# ")  # the document, then its sentences
    assert any(line.startswith("[0] Jim Hardwick sued") for line in lines)
    assert any(
        "dropped" in line and "'sued'" in line and "--keep-partial" in line for line in lines
    )
    assert any("emitted" in line and "'praised'" in line for line in lines)
    result = CliRunner().invoke(main, ["extract", "-", "--keep-partial", "-q"], input=text)
    assert [line.count('"partial": true') for line in result.stdout.splitlines()] == [1, 0]


# -- words that look like interactions but are not (issue 13) ---------------------------------
# (sentence, a type that must not be coded) — each a construction class, with the rule's name
NOT_EVENTS = [
    # speech and questions: a request needs its content, a consultation a second party
    ("When asked about the embargo, the Venezuelan foreign minister said nothing.", "REQUEST"),
    ("Asked about the talks, the Brazilian president smiled.", "REQUEST"),
    ("Senator Ortiz talked about the pension reform at a rally in Ohio.", "CONSULT"),
    ("The budget was discussed by Senate Democrats on Monday.", "CONSULT"),
    ("The two Kenyan ministers first met in 2001.", "CONSULT"),
    # a phone call needs someone called
    ("The French president called for the Iranian envoy to be expelled.", "CONSULT"),
    ("The Kenyan president called the bombing a cowardly act.", "CONSULT"),
    ("The governor of Texas called a special election.", "CONSULT"),
    # everyday and commercial senses: what is offered or proposed, what is met
    ("The Kenyan ministry proposed a new dress code for civil servants.", "AGREE"),
    ("The Chinese embassy offers visa services on weekdays.", "AGREE"),
    ("The Nigerian army met its objectives in Borno, the Pentagon said.", "CONSULT"),
    ("Iraqi councils will meet the needs of the displaced.", "CONSULT"),
    # contests and metaphors
    ("Clinton is beating Trump in the latest polls.", "ASSAULT"),
    ("Clinton is beating Trump in the polls.", "ASSAULT"),  # the phrase hung on the object
    ("The Kenyan mayor was crushing his rival in the polls.", "ASSAULT"),
    ("Senate Republicans will fight for every vote in Ohio.", "ASSAULT"),
    ("Trump bragged about assaulting women.", "ASSAULT"),
    # a missile fired into the sea is no attack (a show of force, MOBILIZE)
    ("North Korea fired a ballistic missile into the sea on Sunday.", "ASSAULT"),
    ("Senate Republicans in Washington vowed to block any nominee.", "AGREE"),
    # a court striking down a law, a tone or a balance struck
    ("The Supreme Court struck down the Texas abortion law.", "ASSAULT"),
    ("The Brazilian president struck a conciliatory tone.", "ASSAULT"),
    # capacity and habit
    ("Moscow likes to boast of its capacity to fight terrorists.", "ASSAULT"),
    ("Iran has the ability to strike Israeli cities.", "ASSAULT"),
    # the public's opinions
    ("Most voters don't support the trade deal with Mexico.", "SUPPORT"),
    ("Most Americans oppose the nuclear deal with Iran.", "REJECT"),
    # names and topics
    ("The UN Commission of Inquiry on Syria published a report.", "ACCUSE"),
    ("The visit by the Japanese minister focused on support to Vietnam.", "SUPPORT"),
    # help to nobody
    ("The Japanese government will help rebuild the port.", "AID"),
    # weapons delivered against an enemy: the strike, not aid
    ("The U.S.-led coalition delivered 30 munitions against Taliban positions.", "AID"),
    # "free X to do": enabling, no release
    ("The fall of Raqqa will free Syrians to return to their homes.", "RETREAT"),
    # a question asked is no request
    ("I asked the Iraqi minister, would it not be wiser to wait?", "REQUEST"),
    # signing a bill into law is no agreement between actors
    ("Obama signed the defence bill into law on Friday.", "AGREE"),
    # an intention whose act is coded, the aim of a coded attack
    ("The U.S. reaffirmed its commitment to support the Iraqi government.", "AGREE"),
    ("Iraqi forces launched an offensive to retake Mosul.", "COERCE"),
    # a warning to no one of no conflict is a comment
    ("Aid groups warned that conditions in Yemen were deteriorating rapidly.", "THREATEN"),
    ("The Chilean central bank warned that inflation would stay high.", "THREATEN"),
    ("Xi warned against protectionism at the summit in Lima.", "THREATEN"),
    ("The Kenyan health ministry issued a warning about the heat.", "THREATEN"),
    # what a court strikes down is struck by a ruling, whatever it is
    ("The Supreme Court struck down affirmative action in college admissions.", "ASSAULT"),
    ("The Kenyan program was struck down by the High Court in Nairobi.", "ASSAULT"),
    ("A federal judge in Texas struck down the state's congressional map.", "ASSAULT"),
    # a barrage or volley of no weapons fired or launched is words, not force
    ("The Ohio campaign launched a barrage of attack ads against the senator.", "ASSAULT"),
    ("Kenyan lawmakers fired a volley of criticism at the nominee.", "ASSAULT"),
    # money taken is no agreement
    ("The Kenyan mayor accepted bribes from two road contractors.", "AGREE"),
    ("Prosecutors accused the Ghanaian minister of accepting kickbacks.", "AGREE"),
    ("The Democratic senator accepted donations from the oil industry.", "AGREE"),
]


@pytest.mark.parametrize(("text", "not_type"), NOT_EVENTS, ids=[t[:44] for t, _ in NOT_EVENTS])
def test_not_an_event(pipeline: Pipeline, text: str, not_type: str) -> None:
    events = pipeline.extract(text)
    assert not_type not in {e.event_type for e in events}, [
        (e.event_type, e.reason) for e in events
    ]


# (sentence, type, source country, target country or None): the same words as events
STILL_EVENTS = [
    ("The Turkish president called his Russian counterpart on Monday.", "CONSULT", "TUR", "RUS"),
    ("The French president called for sanctions on Russia.", "REQUEST", "FRA", None),
    ("Russia asked the United States to withdraw its troops.", "REQUEST", "RUS", "USA"),
    ("Syria asked Russia for help.", "REQUEST", "SYR", "RUS"),
    ("Kenya freed 20 Somali prisoners on Monday.", "RETREAT", "KEN", "SOM"),
    ("Putin and Erdogan met in Sochi.", "CONSULT", "RUS", "TUR"),
    ("Israeli soldiers beat Palestinian detainees.", "ASSAULT", "ISR", "PSE"),
    ("Zimbabwean police were beating protesters in the square.", "ASSAULT", "ZWE", None),
    ("Russian missiles struck a power plant near Kharkiv.", "ASSAULT", "RUS", None),
    # blocking a nominee, a vote, an appointment: a rejection (and a vow to block one is no
    # agreement: the intention is coded as its act)
    ("Senate Republicans in Washington vowed to block any nominee.", "REJECT", "USA", None),
    ("The Kenyan senate blocked the appointment of the new police chief.", "REJECT", "KEN", None),
    # a missile that lands in open water strikes no one: a show of force
    ("North Korea fired a ballistic missile into the sea on Sunday.", "MOBILIZE", "PRK", None),
    ("North Korea launched two missiles into the Sea of Japan.", "MOBILIZE", "PRK", None),
    ("Iran fired three rockets into waters off its southern coast.", "MOBILIZE", "IRN", None),
    ("North Korea fired artillery shells at a South Korean island.", "ASSAULT", "PRK", "KOR"),
    ("Hamas fired rockets into southern Israel.", "ASSAULT", "PSE", "ISR"),
    ("The Houthis fired a missile at a ship in the Red Sea.", "ASSAULT", "YEM", None),
    # a ban or sanctions struck down are lifted
    ("The Kenyan court struck down the ban on opposition rallies.", "CONCEDE", "KEN", None),
    ("Iran threatened to strike Israeli cities.", "ASSAULT", "IRN", None),
    ("Germany opposes the new sanctions on Russia.", "REJECT", "DEU", None),
    ("Russia helped Syria.", "AID", "RUS", "SYR"),
    ("The Ugandan rebels accepted the government's peace proposal.", "AGREE", "UGA", None),
    ("Zimbabwean police struck down a protester outside the court in Harare.", "ASSAULT", "ZWE", None),
    ("Hezbollah fired a barrage of rockets at northern Israel.", "ASSAULT", "LBN", "ISR"),
    ("Israeli tanks fired a volley of shells at the border post.", "ASSAULT", "ISR", None),
    ("Iraqi forces launched an offensive to retake Mosul.", "ASSAULT", "IRQ", None),
    ("The Ugandan opposition will boycott the elections.", "PROTEST", "UGA", None),
    ("Qatar hosted a round of talks between the two Sudanese factions.", "CONSULT", "QAT", None),
    # warnings of conflict to come, or to someone, are threats
    ("China warned Washington not to interfere in Taiwan.", "THREATEN", "CHN", "USA"),
    ("Iran's foreign ministry warned of consequences.", "THREATEN", "IRN", None),
    ("Germany warned that it would impose sanctions on Belarus.", "THREATEN", "DEU", None),
    ("The AU threatened to suspend Mali unless the junta and the rebels agree to a truce.", "THREATEN", "IGO", "MLI"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "conditioned"),
    [
        ("Trump threatened to impose tariffs on China unless Beijing lifts its curbs.", "CHN"),
        ("The AU threatened to suspend Mali unless Bamako agrees to a truce.", "MLI"),
        ("Russia will leave the treaty unless Norway halts its military build-up.", "NOR"),
        ("Turkey threatened to strike the militias if Iraq did not expel them.", "IRQ"),
    ],
)
def test_the_condition_of_a_threat_is_hypothetical(
    pipeline: Pipeline, text: str, conditioned: str
) -> None:
    """ "threatened tariffs unless Beijing lifts its curbs": the lifting is a condition set
    for another, neither done nor threatened by them."""
    events = [e for e in pipeline.extract(text) if e.source and e.source.country == conditioned]
    assert all(e.modality == "hypothetical" for e in events), [
        (e.event_type, e.reason) for e in events
    ]
    assert not [e for e in events if e.event_type == "THREATEN"], events[0].reason


@pytest.mark.parametrize("case", STILL_EVENTS, ids=[c[0][:44] for c in STILL_EVENTS])
def test_still_an_event(pipeline: Pipeline, case: tuple[str, str, str, str | None]) -> None:
    text, type_, source, target = case
    events = [e for e in pipeline.extract(text) if e.event_type == type_]
    assert events, [(e.event_type, e.reason) for e in pipeline.extract(text)]
    assert any(e.source and e.source.country == source for e in events), events[0].reason
    if target:
        assert any(e.target and e.target.country == target for e in events), events[0].reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # material help is aid; endorsing a resolution is support
        ("The coalition continued to support Iraqi forces with air strikes.", ("AID", "070")),
        ("U.S. assistance supports local councils in northern Syria.", ("AID", "070")),
        ("France supports the UN resolution on Syria.", ("SUPPORT", "051")),
        ("Turkey depends on Russian air support.", ("AID", "072")),
    ],
)
def test_material_support_is_aid(pipeline: Pipeline, text: str, expected: tuple[str, str]) -> None:
    found = [(e.event_type, e.cameo) for e in pipeline.extract(text)]
    assert expected in found, found


def test_an_intention_is_coded_as_its_act(pipeline: Pipeline) -> None:
    """ "pledged to ease regulations": the easing, intended (AGREE in strict PLOVER)."""
    events = pipeline.extract("European leaders pledged to ease trade regulations on Jordan.")
    assert [(e.event_type, e.modality) for e in events] == [("CONCEDE", "intended")]


def test_a_purpose_is_intended(pipeline: Pipeline) -> None:
    """ "launched strikes to support X": the support is aimed at, not reported as done."""
    events = pipeline.extract("Russia launched airstrikes to support the Syrian army.")
    support = [e for e in events if e.event_type in ("AID", "SUPPORT")]
    assert support and all(e.modality == "intended" for e in support), support
    assert "purpose ('to support')" in support[0].reason
    strikes = [e for e in events if e.event_type == "ASSAULT"]
    assert strikes and strikes[0].modality == "asserted"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # force words used of words are criticism (ACCUSE 111) ...
        ("Clinton attacked Trump's tax plan during the debate.", ("ACCUSE", "111")),
        ("Sanders attacked Clinton in a speech on Monday.", ("ACCUSE", "111")),
        # a run of words ("a series of tweets", "a barrage of posts") and social media
        ("The Kenyan senator attacked the president in a series of tweets.", ("ACCUSE", "111")),
        ("The Iranian cleric attacked Rouhani in a flurry of posts.", ("ACCUSE", "111")),
        ("The Nigerian governor attacked the senator on social media.", ("ACCUSE", "111")),
        # words said around a contest are still words, not a contest
        (
            "The governor of Ohio attacked the senator on social media after the vote.",
            ("ACCUSE", "111"),
        ),
        # ... and force on people or things stays force
        ("Syrian rebels attacked the Iraqi convoy near Aleppo.", ("ASSAULT", "190")),
        ("Sudanese militias attacked the Chadian town in a series of raids.", ("ASSAULT", "190")),
    ],
)
def test_an_attack_in_words_is_criticism(
    pipeline: Pipeline, text: str, expected: tuple[str, str]
) -> None:
    assert [(e.event_type, e.cameo) for e in pipeline.extract(text)][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "expected", "target"),
    [
        # an inquiry, a finding, a rule or a pact attacked is criticised, by verb or noun
        ("The governor attacked the corruption inquiry as a witch hunt.", "ACCUSE", None),
        ("Senate Democrats attacked the new regulations on Tuesday.", "ACCUSE", None),
        (
            "The Kenyan opposition leader's attacks on the peace accord grew sharper.",
            "ACCUSE",
            None,
        ),
        # one politician's attacks on another, told by a noun, are words too
        ("Senator Ortiz's attacks on Governor Whitfield continued.", "ACCUSE", "Whitfield"),
        # ... force on people or places, by noun, stays force
        ("Taliban attacks on the garrison town continued overnight.", "ASSAULT", None),
        ("A gunman's attack on the senator left her wounded.", "ASSAULT", "the senator"),
    ],
)
def test_an_attack_on_an_inquiry_or_a_rival_is_criticism(
    pipeline: Pipeline, text: str, expected: str, target: str | None
) -> None:
    events = [e for e in pipeline.extract(text) if "attack" in e.trigger.text]
    assert [e.event_type for e in events] == [expected], events
    if target is not None:
        assert events[0].target is not None and target in events[0].target.text


@pytest.mark.parametrize(
    "text",
    [
        # travel with no one visited is no interaction (CONSULT needs a second party)
        "Senator Alvarez will visit battleground states next week.",
        "The Indian prime minister toured flood-hit districts and visited relief camps.",
        "Governor Whitfield visited three counties on Friday.",
    ],
)
def test_a_visit_to_no_one_is_travel(pipeline: Pipeline, text: str) -> None:
    assert [e for e in pipeline.extract(text) if e.event_type == "CONSULT"] == []


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # ... a visit to a person or a place abroad keeps its host
        ("The Chinese president visited Moscow on Tuesday.", "RUS"),
        ("The Kenyan president visited Ugandan President Museveni in Kampala.", "UGA"),
        ("The Brazilian foreign minister's visit to Lima ended on Friday.", "PER"),
    ],
)
def test_a_visit_abroad_has_a_host(pipeline: Pipeline, text: str, target: str) -> None:
    [visit] = [e for e in pipeline.extract(text) if e.event_type == "CONSULT"]
    assert visit.target is not None and visit.target.country == target


@pytest.mark.parametrize(
    ("text", "mobilized"),
    [
        # forces reinforced, or forces reinforcing, are a mobilisation (MOBILIZE 154) ...
        ("Turkey sent troops to reinforce its border posts.", True),
        ("Houthi fighters reinforced their positions near Marib.", True),
        # ... reinforcing work, ties or a message is no force at all
        ("The new loan reinforces Kenya's work with the IMF.", False),
        ("The summit reinforced the message that Japan stands with India.", False),
        ("The Chilean minister said the deal reinforces Chile's commitment to Peru.", False),
    ],
)
def test_reinforcing_is_force_only_of_forces(
    pipeline: Pipeline, text: str, mobilized: bool
) -> None:
    events = pipeline.extract(text)
    assert any(e.event_type == "MOBILIZE" for e in events) == mobilized, events


def test_a_verb_and_its_object_noun_are_one_act(pipeline: Pipeline) -> None:
    events = pipeline.extract("Iran and Iraq signed a security agreement.")
    assert [(e.event_type, e.trigger.text) for e in events] == [
        ("AGREE", "signed a security agreement")
    ]


# -- what is not asserted, or not an act of anyone in particular (issue 13, round 5) ----------
# pseudo-clefts: the "what" clause's negation, modal or negating verb is the focus's own
# (sentence, type, negated, modality)
CLEFTS = [
    ("What the Kenyan government will not do is attack Somalia.", "ASSAULT", True, "intended"),
    ("What Germany did not do was criticize Turkey.", "ACCUSE", True, "asserted"),
    ("What China refuses to do is condemn North Korea.", "ACCUSE", True, "asserted"),
    ("What Russia won't accept is new sanctions against Iran.", "SANCTION", True, "intended"),
    ("What Japan wants is talks with China.", "CONSULT", False, "intended"),
    ("What the United States did was attack Syria.", "ASSAULT", False, "asserted"),
]


@pytest.mark.parametrize("case", CLEFTS, ids=[c[0][:40] for c in CLEFTS])
def test_a_pseudo_cleft_gives_its_focus_the_what_clause_cues(
    pipeline: Pipeline, case: tuple[str, str, bool, str]
) -> None:
    text, type_, negated, modality = case
    [event] = [e for e in pipeline.extract(text) if e.event_type == type_]
    assert (event.negated, event.modality) == (negated, modality), event.reason


# what a means or a person is for is aimed at, not done (what a fund, programme or haven is
# for is no act at all: test_event_said_or_done.py); after a verb that makes it happen
# ("forced X to", "helped X to") it is done
PURPOSES = [
    ("The rebels raised money to buy weapons to fight the Syrian army.", "ASSAULT"),
    ("Hamas used the tunnels to launch attacks on Israel.", "ASSAULT"),
    ("Al-Shabaab recruited young men to carry out attacks against Kenyan troops.", "ASSAULT"),
    ("Boko Haram trained boys to attack Nigerian villages.", "ASSAULT"),
]
DONE = [
    ("The Syrian army forced the rebels to withdraw from Aleppo.", "RETREAT"),
    ("Russia helped Syria to retake Palmyra.", "COERCE"),
    ("Kurdish fighters began their advance to isolate Raqqa.", "COERCE"),
]


@pytest.mark.parametrize(("text", "type_"), PURPOSES, ids=[t[:40] for t, _ in PURPOSES])
def test_a_purpose_is_intended_not_asserted(pipeline: Pipeline, text: str, type_: str) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == type_]
    assert events and all(e.modality == "intended" for e in events), [e.reason for e in events]
    assert any("purpose" in e.reason for e in events)


@pytest.mark.parametrize(("text", "type_"), DONE, ids=[t[:40] for t, _ in DONE])
def test_what_a_verb_made_happen_stays_asserted(pipeline: Pipeline, text: str, type_: str) -> None:
    [event] = [e for e in pipeline.extract(text) if e.event_type == type_]
    assert event.modality == "asserted", event.reason


# a class of agents in a clause that is not past, and aid as goods something is done to
NOT_ACTS = [
    ("Individuals supplying oil to ISIL will be sanctioned by the United States.", "AID"),
    ("Anyone who attacks Israel will face a response.", "ASSAULT"),
    ("The UN sanctioned people who supply weapons to al-Shabaab.", "AID"),
    ("Companies that sell arms to Syria face penalties from the EU.", "COOPERATE"),
    ("Convoys carrying aid from Turkey were hit by Syrian forces.", "AID"),
    ("Syrian forces hit convoys carrying Turkish aid.", "AID"),
]
STILL_ACTS = [
    ("The people who attacked the Kenyan embassy were arrested.", "ASSAULT"),
    ("Companies that sold arms to Syria were fined by the EU.", "COOPERATE"),
    ("Japan delivered aid to Kenya.", "AID"),
]


@pytest.mark.parametrize(("text", "type_"), NOT_ACTS, ids=[t[:40] for t, _ in NOT_ACTS])
def test_generic_agents_and_handled_goods_are_no_acts(
    inspecting: Pipeline, text: str, type_: str
) -> None:
    [result] = inspecting.run([Document("d1", text)])
    assert isinstance(result, DocumentResult)
    assert type_ not in {e.event_type for e in result.events}
    rules = [c.rule for c in result.candidates if c.event_type == type_]
    assert any("class of agents" in r or "goods handled" in r for r in rules), rules


@pytest.mark.parametrize(("text", "type_"), STILL_ACTS, ids=[t[:40] for t, _ in STILL_ACTS])
def test_particular_agents_and_given_aid_stay_acts(
    pipeline: Pipeline, text: str, type_: str
) -> None:
    assert type_ in {e.event_type for e in pipeline.extract(text)}


# "too ADJ to": the act does not happen ("not too late to" leaves it open); an infinitive that
# the parse hangs on a finite verb is a purpose or a plan
TOO = [
    ("It is too early to normalise diplomatic relations with Belarus.", "SUPPORT", True),
    ("Russia is too weak to attack NATO.", "ASSAULT", True),
    ("It is not too late to restore relations with Cuba.", "SUPPORT", False),
]


@pytest.mark.parametrize(("text", "type_", "negated"), TOO, ids=[t[:40] for t, _, _ in TOO])
def test_too_much_to_act_is_no_act(
    pipeline: Pipeline, text: str, type_: str, negated: bool
) -> None:
    [event] = [e for e in pipeline.extract(text) if e.event_type == type_]
    assert event.negated is negated, event.reason


def test_an_infinitive_hung_on_a_finite_verb_is_intended(pipeline: Pipeline) -> None:
    text = (
        "We remain committed to working with Prime Minister Al-Abadi, the Iraqi Security "
        "Forces, and our partners in the international community to support the Government "
        "of Iraq in defeating ISIL."
    )
    events = [e for e in pipeline.extract(text) if e.event_type in ("SUPPORT", "ASSAULT")]
    assert {e.event_type for e in events} == {"SUPPORT", "ASSAULT"}
    assert all(e.modality == "intended" for e in events), [e.reason for e in events]


@pytest.mark.parametrize(
    "text",
    [
        "We will not allow ISIL to maintain capabilities that threaten Coalition forces.",
        "Iran built a capacity which could hit Saudi Arabia.",
    ],
)
def test_a_capacity_in_a_relative_clause_is_no_act(pipeline: Pipeline, text: str) -> None:
    assert not {"THREATEN", "ASSAULT"} & {e.event_type for e in pipeline.extract(text)}


# a passive's infinitive is what its subject is for ("troops were sent to fight"); a verb that
# makes it happen ("were forced to") or knows it keeps its own reading; one that reports a
# belief ("is believed to have attacked") makes it a hedged report (tests/test_event_hearsay.py)
PASSIVE_PURPOSES = [
    ("Kenyan troops were sent to fight al-Shabaab.", "ASSAULT", "intended"),
    ("The tunnel is used to launch attacks on Israel.", "ASSAULT", "intended"),
    ("Russian jets were deployed to strike Idlib.", "ASSAULT", "intended"),
    ("Russia was forced to withdraw its troops from Georgia.", "RETREAT", "asserted"),
    ("The Syrian army is believed to have attacked Aleppo.", "ASSAULT", "asserted"),
    ("Hezbollah is known to fund attacks on Israel.", "ASSAULT", "asserted"),
]


@pytest.mark.parametrize("case", PASSIVE_PURPOSES, ids=[c[0][:40] for c in PASSIVE_PURPOSES])
def test_a_passive_subject_is_for_its_infinitive(
    pipeline: Pipeline, case: tuple[str, str, str]
) -> None:
    text, type_, modality = case
    events = [e for e in pipeline.extract(text) if e.event_type == type_]
    assert events and all(e.modality == modality for e in events), [e.reason for e in events]


# weapons or forces sent for one's own attack, to no recipient, are no aid; sent to someone
# they are
SENT_FOR_FORCE = [
    "The Syrian army sent tanks to encircle Aleppo.",
    "Hezbollah sent rockets to strike Israeli towns.",
    "The Kenyan army sent armoured vehicles to attack al-Shabaab camps.",
]


@pytest.mark.parametrize("text", SENT_FOR_FORCE, ids=[t[:40] for t in SENT_FOR_FORCE])
def test_means_sent_for_an_attack_are_no_aid(inspecting: Pipeline, text: str) -> None:
    [result] = inspecting.run([Document("d1", text)])
    assert isinstance(result, DocumentResult)
    assert "AID" not in {e.event_type for e in result.events}
    assert any("not aid" in c.rule for c in result.candidates if c.event_type == "AID")


def test_means_sent_to_someone_are_aid(pipeline: Pipeline) -> None:
    [event] = [e for e in pipeline.extract("Iran sent weapons to the Houthis.")]
    assert (event.event_type, event.source and event.source.country) == ("AID", "IRN")


# "in order (for X) to": a purpose, aimed at, done by the subject of the verb it hangs on; the
# verb itself stays done (sentence, the purpose's type, its source's country)
IN_ORDER_TO = [
    ("The Turkish army shelled the border town in order to force Kurdish fighters out.",
     "COERCE", "TUR"),
    ("Russia kept bombing rebel positions in order to defeat the Free Syrian Army.",
     "ASSAULT", "RUS"),
    ("In order to defeat ISIL, the coalition bombed its bases near Raqqa.", "ASSAULT", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "type_", "country"), IN_ORDER_TO, ids=[t[:40] for t, *_ in IN_ORDER_TO]
)
def test_in_order_to_is_a_purpose_of_the_verb_it_hangs_on(
    pipeline: Pipeline, text: str, type_: str, country: str | None
) -> None:
    events = pipeline.extract(text)
    purposes = [e for e in events if "in order to" in e.reason]
    assert purposes, [(e.event_type, e.reason) for e in events]
    for event in purposes:
        assert event.modality == "intended", event.reason
        if country:
            assert event.source is not None and event.source.country == country, event.reason
    assert any(e.modality == "asserted" for e in events if "in order to" not in e.reason)


# a denial coordinated with "confirm" takes no side: the act is left open (hypothetical), not
# denied; a plain denial still negates
LEFT_OPEN = [
    "The Israeli government has neither confirmed nor denied that it bombed the airport.",
    "The Kremlin would neither confirm nor deny that Russian jets attacked the convoy.",
    "Pakistan declined to confirm or deny that its forces shelled the Afghan village.",
    "Officials in Ankara would not confirm or deny that Turkish troops attacked the town.",
]


@pytest.mark.parametrize("text", LEFT_OPEN, ids=[t[:40] for t in LEFT_OPEN])
def test_neither_confirmed_nor_denied_is_left_open(pipeline: Pipeline, text: str) -> None:
    [event] = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
    assert not event.negated and event.modality == "hypothetical", event.reason


def test_a_plain_denial_still_negates(pipeline: Pipeline) -> None:
    [event] = [
        e
        for e in pipeline.extract("The Israeli government denied that it bombed the airport.")
        if e.event_type == "ASSAULT"
    ]
    assert event.negated, event.reason


# a weapon fired into open water that a participle says struck someone is an attack, not a
# show of force (senses._struck_participle); one that only flew somewhere stays MOBILIZE
FIRED_AT_SEA = [
    ("Israeli gunboats fired shells off the coast of Gaza, wounding three fishermen.", "ASSAULT"),
    ("The rebels fired two missiles into the Red Sea, hitting a Liberian-flagged tanker.", "ASSAULT"),
    ("North Korea fired two missiles into the sea, flying about 400 kilometres.", "MOBILIZE"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "type_"), FIRED_AT_SEA, ids=[c[0][:40] for c in FIRED_AT_SEA])
def test_a_weapon_fired_at_sea_that_struck_someone_is_an_attack(
    pipeline: Pipeline, text: str, type_: str
) -> None:
    fired = [e for e in pipeline.extract(text) if e.trigger.text.startswith("fired")]
    assert [e.event_type for e in fired] == [type_], [(e.event_type, e.reason) for e in fired]
