"""Both sides of an event: constructions that name the source or the target away from the
trigger's own subject and object (issue 13). Sentences written for these tests."""

from __future__ import annotations

import pytest
from side_pairs import country_pairs

from tacitus import Event, Pipeline


def _one(events: list[Event], event_type: str) -> Event:
    found = [e for e in events if e.event_type == event_type]
    assert len(found) == 1, [(e.event_type, e.trigger.text) for e in events]
    return found[0]


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        # a participle on the act's object names the target
        ("Brussels lifted the sanctions imposed on Belarus.", "RETREAT", {("IGO", "BLR")}),
        ("Kenya lifted a travel ban imposed on Somali citizens.", "CONCEDE", {("KEN", "SOM")}),
        # a noun act in its prepositional phrase
        (
            "Prosecutors opened an investigation against the Hungarian government.",
            "ACCUSE",
            {(None, "HUN")},
        ),
    ],
)
def test_a_noun_act_takes_its_target_from_its_phrase(
    pipeline: Pipeline, text: str, event_type: str, sides: set[tuple[str | None, str | None]]
) -> None:
    assert country_pairs(pipeline.extract(text), event_type) == sides


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        (
            "The Egyptian army announced plans to expand cooperation with Jordan.",
            "COOPERATE",
            {("EGY", "JOR")},
        ),
        (
            "Algeria issued a statement demanding that Morocco withdraw its troops.",
            "REQUEST",
            {("DZA", "MAR")},
        ),
        ("Venezuela launched a campaign of denunciations of Colombia.", "ACCUSE", {("VEN", "COL")}),
        ("Peru reaffirmed its commitment to support Bolivia.", "SUPPORT", {("PER", "BOL")}),
        ("Norway expressed its willingness to negotiate with Sweden.", "CONSULT", {("NOR", "SWE")}),
    ],
)
def test_who_announces_or_holds_the_noun_is_the_source(
    pipeline: Pipeline, text: str, event_type: str, sides: set[tuple[str | None, str | None]]
) -> None:
    assert country_pairs(pipeline.extract(text), event_type) == sides


def test_a_noun_held_by_another_verb_has_no_author(pipeline: Pipeline) -> None:
    """Rejecting or welcoming a plan does not make one its author."""
    events = pipeline.extract("Russia rejected a plan to deploy troops to Moldova.")
    assert all(
        e.source is None or e.source.country != "RUS" for e in events if e.event_type == "MOBILIZE"
    )


def test_the_subject_of_a_demanded_clause_is_the_target(pipeline: Pipeline) -> None:
    events = pipeline.extract("Jordan demanded that the former Iraqi president stand trial.")
    assert country_pairs(events, "REQUEST") == {("JOR", "IRQ")}
    events = pipeline.extract("The senator pressed for Japan to lift its tariffs.")
    assert {t for _, t in country_pairs(events, "REQUEST")} == {"JPN"}
    assert not country_pairs(events, "RETREAT")  # the demanded act is not coded


def test_wanting_another_to_act_is_a_request_not_the_act(pipeline: Pipeline) -> None:
    events = pipeline.extract("Germany wants Turkey to attack the militants in Iraq.")
    request = _one(events, "REQUEST")
    assert (request.source.country, request.target.country) == ("DEU", "TUR")  # type: ignore[union-attr]
    assert request.trigger.text == "wants" and request.modality == "asserted"
    assert not country_pairs(events, "ASSAULT")  # nobody attacked
    events = pipeline.extract("Germany wants to attack the militants in Iraq.")
    assert not country_pairs(events, "REQUEST")  # one's own wish is an intention
    assert _one(events, "ASSAULT").modality == "intended"


def test_coordinated_subjects(pipeline: Pipeline) -> None:
    agreed = _one(pipeline.extract("Kenya and Uganda agreed to a ceasefire."), "AGREE")
    assert agreed.reciprocal
    assert {agreed.source.country, agreed.target.country} == {"KEN", "UGA"}  # type: ignore[union-attr]
    met = pipeline.extract("Chile, Peru and Bolivia met in Lima.")
    pairs = {frozenset(p) for p in country_pairs(met, "CONSULT")}
    assert pairs == {frozenset(p) for p in [("CHL", "PER"), ("CHL", "BOL"), ("PER", "BOL")]}
    said = pipeline.extract("France and Germany said they will sanction Belarus.")
    assert country_pairs(said, "SANCTION") == {("FRA", "BLR"), ("DEU", "BLR")}


def test_mediators_are_not_paired_with_each_other(pipeline: Pipeline) -> None:
    events = pipeline.extract("The talks were mediated by Egypt and Qatar.")
    assert country_pairs(events, "CONSULT") == {("EGY", None), ("QAT", None)}
    assert not any(e.reciprocal for e in events)


@pytest.mark.parametrize(
    "text",
    ["Indian-Pakistani talks resumed on Monday.", "Indian-Pakistani cooperation has deepened."],
)
def test_a_hyphenated_pair_acts_on_each_other(pipeline: Pipeline, text: str) -> None:
    [event] = [e for e in pipeline.extract(text) if e.event_type in ("CONSULT", "COOPERATE")]
    assert event.reciprocal
    assert {event.source.country, event.target.country} == {"IND", "PAK"}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        ("The rebels received weapons from the Iranian government.", "AID", {("IRN", None)}),
        ("The Chadian army got aid from France.", "AID", {("FRA", "TCD")}),
        ("Kurdish fighters came under attack from Turkish forces.", "ASSAULT", {("TUR", None)}),
    ],
)
def test_the_giver_of_a_converse_act_is_the_source(
    pipeline: Pipeline, text: str, event_type: str, sides: set[tuple[str | None, str | None]]
) -> None:
    events = pipeline.extract(text)
    assert country_pairs(events, event_type) == sides
    assert all(e.target is not None for e in events if e.event_type == event_type)  # the receiver


def test_got_the_credit_is_no_aid(pipeline: Pipeline) -> None:
    assert not pipeline.extract("Canada got the credit from France for the deal.")


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        ("Canada remains committed to working with Mexico.", "COOPERATE", {("CAN", "MEX")}),
        (
            "Australia remains steadfast in support of Fiji's government.",
            "SUPPORT",
            {("AUS", "FJI")},
        ),
        # object control: the accused attacked, not the accuser
        ("The United States accused Russia of attacking Ukraine.", "ASSAULT", {("RUS", "UKR")}),
        # subject control after other prepositions
        ("Poland responded by expelling two Russian diplomats.", "SANCTION", {("POL", "RUS")}),
    ],
)
def test_control_through_adjectives_nouns_and_gerunds(
    pipeline: Pipeline, text: str, event_type: str, sides: set[tuple[str | None, str | None]]
) -> None:
    assert country_pairs(pipeline.extract(text), event_type) == sides


def test_a_commitment_to_a_gerund_is_intended(pipeline: Pipeline) -> None:
    event = _one(pipeline.extract("Canada remains committed to working with Mexico."), "COOPERATE")
    assert event.modality == "intended", event.reason


def test_a_manner_phrase_needs_someone_it_is_about(pipeline: Pipeline) -> None:
    events = pipeline.extract(
        "The Greek and Italian navies are working together in support of security operations."
    )
    assert not country_pairs(events, "SUPPORT")


def test_the_people_a_place_holds_are_the_target(pipeline: Pipeline) -> None:
    events = pipeline.extract("A camp for Somali refugees was attacked by Ethiopian soldiers.")
    assert country_pairs(events, "ASSAULT") == {("ETH", "SOM")}


def test_a_participle_with_an_agent_acts_on_its_noun(pipeline: Pipeline) -> None:
    events = pipeline.extract("Syrian rebels, backed by Turkey, attacked Kurdish forces.")
    [backed] = [e for e in events if e.trigger.text == "backed"]  # SUPPORT or AID
    assert country_pairs([backed], backed.event_type) == {("TUR", "SYR")}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Syrian forces shelled Aleppo.", {("SYR", "SYR")}),
        ("Russian jets bombed Idlib on Tuesday.", {("RUS", "SYR")}),
        # the parser's adverb reading ("shelled Aleppo on Tuesday": npadvmod)
        ("Syrian government forces shelled Aleppo on Tuesday.", {("SYR", "SYR")}),
        # "the town / city of X" acted on is X
        # (the government's artillery, placed in a town of Syria, is Syria's: domestic.py)
        ("Government artillery pounded the town of Daraya.", {("SYR", "SYR")}),
        ("Iraqi jets bombed the city of Kirkuk overnight.", {("IRQ", "IRQ")}),
        # a one-word city the tagger calls a person, under an act of war
        ("The army bombed Homs for a third day.", {(None, "SYR")}),
    ],
)
def test_a_place_attacked_is_the_target(
    pipeline: Pipeline, text: str, sides: set[tuple[str | None, str | None]]
) -> None:
    [event] = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
    assert country_pairs([event], "ASSAULT") == sides
    assert event.target is not None and event.target.sector is None  # the place, not its state
    assert "the place acted on" in event.target.reason


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Jackson on Monday.",  # no act of war: a person stays a person
        "Gunmen shot Hamilton outside his home.",
        "John Hamilton, a trader, was threatened. Soldiers later raided Hamilton's shop.",
    ],
)
def test_a_person_named_like_a_city_is_no_place(pipeline: Pipeline, text: str) -> None:
    for event in pipeline.extract(text):
        assert event.target is None or "the place acted on" not in event.target.reason, text


def test_an_actor_named_beside_a_place_stays_the_target(pipeline: Pipeline) -> None:
    events = pipeline.extract("The army shelled the rebels in Aleppo on Tuesday.")
    [event] = [e for e in events if e.event_type == "ASSAULT"]
    assert event.target is not None and event.target.sector == "REB", event.reason


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        ("Thousands of Iraqi Kurds demonstrated in Kirkuk on Sunday.", "PROTEST", {("IRQ", "IRQ")}),
        ("Palestinian prisoners rioted at a jail in northern Israel.", "PROTEST", {("PSE", "ISR")}),
        ("Israeli tanks fired shells at targets in Jericho.", "ASSAULT", {("ISR", "PSE")}),
        ("Israel will evacuate all settlements in the Gaza Strip.", "RETREAT", {("ISR", "PSE")}),
        (
            "The IAEA sent inspectors to a nuclear plant in central Iran.",
            "ACCUSE",
            {("IGO", "IRN")},
        ),
    ],
)
def test_the_place_of_an_act_with_no_target_named(
    pipeline: Pipeline, text: str, event_type: str, sides: set[tuple[str | None, str | None]]
) -> None:
    assert country_pairs(pipeline.extract(text), event_type) == sides


@pytest.mark.parametrize(
    "text",
    [
        # a group word on what is struck
        "Russian jets bombed rebel positions in Syria.",
        "Turkish jets struck militant hideouts in northern Iraq.",
        "Jordanian jets carried out raids in Syria against terrorist camps.",
        # a participle on the act names whom it strikes
        "Coalition forces conducted 12 strikes in Syria, destroying Hezbollah fighting positions.",
        "The RAF carried out airstrikes in Iraq targeting al-Qaeda.",
        # a conjunct of the object is held by a group
        "The army moved to isolate the town and other Taliban-held villages in Afghanistan.",
    ],
)
def test_a_place_is_no_target_when_a_group_struck_is_named(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(text)
    located = [e for e in events if e.location and e.event_type in ("ASSAULT", "COERCE")]
    assert located, [(e.event_type, e.trigger.text) for e in events]
    for event in located:
        target = event.target.text if event.target else ""
        assert event.location["name"] not in target, event.reason


def test_a_place_alone_makes_no_event(pipeline: Pipeline) -> None:
    assert not pipeline.extract("Strikes were conducted in Iraq.")
    # talks are held in a place, not against it
    events = pipeline.extract("Iran and Iraq held talks in Geneva.")
    assert {frozenset(p) for p in country_pairs(events, "CONSULT")} == {frozenset(("IRN", "IRQ"))}


def test_an_arrest_with_no_agent_is_the_act_of_the_state_where_it_happens(
    pipeline: Pipeline,
) -> None:
    events = pipeline.extract("A Canadian missionary was arrested in Lebanon.")
    assert country_pairs(events, "COERCE") == {("LBN", "CAN")}
    kidnapped = pipeline.extract("A Canadian missionary was kidnapped in Lebanon.")
    assert country_pairs(kidnapped, "ASSAULT") == {(None, "CAN")}  # not a state's act


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        # the "by" agent of the last participle acts in every conjunct
        ("Two reporters were arrested and beaten by Egyptian police.", "COERCE", {("EGY", "EGY")}),
        ("Two reporters were arrested and beaten by Egyptian police.", "ASSAULT", {("EGY", "EGY")}),
        ("Nine villagers were bombed and killed by Russian aircraft.", "ASSAULT", {("RUS", None)}),
        (
            "Iraqi soldiers were ambushed and killed by Jordanian troops.",
            "ASSAULT",
            {("JOR", "IRQ")},
        ),
        # each conjunct with its own agent keeps it
        ("The minister was condemned by Peru and praised by Chile.", "ACCUSE", {("PER", None)}),
        ("The minister was condemned by Peru and praised by Chile.", "SUPPORT", {("CHL", None)}),
    ],
)
def test_coordinated_passives_share_their_agent(
    pipeline: Pipeline, text: str, event_type: str, sides: set[tuple[str | None, str | None]]
) -> None:
    assert country_pairs(pipeline.extract(text), event_type) == sides


def test_engaged_in_is_passive_only_in_form(pipeline: Pipeline) -> None:
    text = "Serbian forces were engaged in ethnic cleansing against the Albanian population."
    assert country_pairs(pipeline.extract(text), "ASSAULT") == {("SRB", "ALB")}


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # the act's own noun before a partner's "with"
        ("NATO tightened the naval blockade of Serbia with Albania's help.", "tightened", "SRB"),
        ("Israel mounted an invasion of Lebanon.", "mounted", "LBN"),
        # what the act answers
        (
            "The activist staged a hunger strike in protest against abuses by Algerian police.",
            "staged",
            "DZA",
        ),
        (
            "A Syrian lawmaker started a hunger strike to protest President Assad's failure to reform.",
            "started",
            "SYR",
        ),
    ],
)
def test_the_target_in_the_acts_noun_and_in_what_it_answers(
    pipeline: Pipeline, text: str, trigger: str, target: str
) -> None:
    [event] = [e for e in pipeline.extract(text) if e.trigger.text.startswith(trigger)]
    assert event.target is not None and event.target.country == target, event.reason


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("A series of American airstrikes killed 20 militants.", "USA"),
        ("Airstrikes by the Syrian army killed 20 militants in Raqqa.", "SYR"),
        ("The commander was killed in a raid by Turkish special forces.", "TUR"),
        ("The journalist was killed by an Israeli airstrike.", "ISR"),
        ("Hamas claimed two attacks which killed 12 Israeli soldiers.", "PSE"),
    ],
)
def test_an_act_named_as_the_agent_gives_its_actor(
    pipeline: Pipeline, text: str, source: str
) -> None:
    [killed] = [e for e in pipeline.extract(text) if e.trigger.text == "killed"]
    assert killed.source is not None and killed.source.country == source, killed.reason


@pytest.mark.parametrize(
    "text",
    [
        "The journalist was killed by an Israeli airstrike.",
        "Five Afghan soldiers were killed by a Taliban attack near Kandahar.",
        "The aid convoy was hit by a Russian air strike near Idlib.",
        "The civilians who were wounded by the Turkish shelling fled to Qamishli.",
    ],
)
def test_an_act_named_as_the_agent_is_one_event(pipeline: Pipeline, text: str) -> None:
    """The noun in the passive's 'by' phrase is the verb's act, not a second one."""
    events = pipeline.extract(text)
    assert len(events) == 1, [(e.event_type, e.trigger.text) for e in events]
    assert events[0].source is not None and events[0].source.country, events[0].reason


def test_an_act_not_claimed_has_no_author(pipeline: Pipeline) -> None:
    events = pipeline.extract("Hezbollah did not claim any attacks on Israel.")
    assert all(e.source is None for e in events if e.event_type == "ASSAULT")


def test_a_demand_reiterated_names_who_is_asked(pipeline: Pipeline) -> None:
    text = (
        "The ILO reiterated its demand today that Israel ease restrictions on Palestinian workers."
    )
    assert country_pairs(pipeline.extract(text), "REQUEST") == {("IGO", "ISR")}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("France stood shoulder to shoulder with Germany.", {("FRA", "DEU")}),
        ("Britain will stand shoulder to shoulder with the Kenyan government.", {("GBR", "KEN")}),
        ("Poland continues to stand side by side with the Ukrainian army.", {("POL", "UKR")}),
    ],
)
def test_a_doubled_idiom_takes_its_partner_phrase(
    pipeline: Pipeline, text: str, sides: set[tuple[str | None, str | None]]
) -> None:
    """ "shoulder to shoulder with X": the phrase hangs on the idiom's second word."""
    assert country_pairs(pipeline.extract(text), "SUPPORT") == sides


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv named the officials it holds responsible for attacks on Polish trucks.",
        "The ministers blamed for the raids on Kenyan villages resigned.",
        "Hungary criticised the decision for its effect on Slovak farmers.",
    ],
)
def test_the_deed_blamed_is_not_the_one_blamed(pipeline: Pipeline, text: str) -> None:
    """A "for" phrase of blame names the deed ("held them responsible for attacks on X"):
    the people it is about are not the accused."""
    events = [e for e in pipeline.extract(text) if e.event_type == "ACCUSE" and e.target]
    targets = {e.target.country for e in events if e.target}
    assert not targets & {"POL", "KEN", "SVK"}, targets


@pytest.mark.parametrize(
    ("text", "event_type", "topic"),
    [
        ("Russia, Iraq, Iran and Syria agreed to share intelligence on Islamic State.", "COOPERATE", "IMG"),
        ("Kenyan and Ugandan officers will coordinate on the movements of Somali militants.", "COOPERATE", "SOM"),
        ("Israeli and Hamas negotiators held talks on a proposal put forward by Egypt.", "CONSULT", "EGY"),
        ("The United States will take part in the Paris meeting on Syria.", "CONSULT", "SYR"),
        ("Armenia and Azerbaijan agreed on an exchange of Russian prisoners.", "AGREE", "RUS"),
    ],
)  # fmt: skip
def test_the_on_phrase_of_an_act_between_partners_is_its_topic(
    pipeline: Pipeline, text: str, event_type: str, topic: str
) -> None:
    """ "shared intelligence on ISIS", "talks on a proposal by Egypt": the topic (and its
    owner) is not the partner; the partners are each other."""
    events = [e for e in pipeline.extract(text) if e.event_type == event_type]
    assert not [
        e
        for e in events
        if e.target and e.target.country == topic and not (e.source and e.source.country == topic)
    ], [(e.source and e.source.text, e.target and e.target.text) for e in events]


def test_partners_on_a_topic_are_paired(pipeline: Pipeline) -> None:
    text = "Russia, Iraq, Iran and Syria agreed to share intelligence on Islamic State."
    events = [e for e in pipeline.extract(text) if e.event_type == "COOPERATE"]
    assert len(events) == 6 and all(e.reciprocal for e in events)
    assert [e for e in pipeline.extract("The United States lifted sanctions on Syria.")
            if e.event_type == "RETREAT" and e.target and e.target.country == "SYR"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Russia launched 46 drones at Kyiv overnight.", "UKR"),
        ("The Houthis attacked a tanker in the Red Sea with drones and a missile.", None),
        ("Taiwan scrambled jets after Chinese aircraft approached the island.", None),
        ("Islamic State seized the tanks from the airbase.", None),
        ("The rebels attacked the camp with drones and artillery.", None),
    ],
)
def test_a_machine_of_war_no_one_owns_is_no_target(
    pipeline: Pipeline, text: str, target: str | None
) -> None:
    """Drones, jets and tanks with no owner named are the instrument, not a side: the target
    is found elsewhere or not at all."""
    events = pipeline.extract(text)
    assert events
    assert {e.target.country if e.target else None for e in events} == {target}, [
        (e.event_type, e.target and e.target.text) for e in events
    ]


def test_an_owned_machine_of_war_stands_for_its_owner(pipeline: Pipeline) -> None:
    [event] = pipeline.extract("Polish troops shot down several Russian drones.")
    assert event.target is not None and event.target.country == "RUS"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the relative clause hung on a noun in the act's phrases, not on the act
        (
            "On Monday, Hamas claimed two attacks in a market in Gaza which killed 12 Israeli soldiers.",
            "PSE",
        ),
        (
            "Al-Shabaab claimed a bombing near the port of Mogadishu that killed ten Somali soldiers.",
            "SOM",
        ),
        (
            "The Taliban claimed three attacks in the north of Kabul which killed 9 Afghan policemen.",
            "AFG",
        ),
    ],
)
def test_a_relative_clause_on_the_acts_phrase_tells_the_act(
    pipeline: Pipeline, text: str, source: str
) -> None:
    [killed] = [e for e in pipeline.extract(text) if e.trigger.text == "killed"]
    assert killed.source is not None and killed.source.country == source, killed.reason


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah's attacks on Israeli towns, which killed scores of civilians, continued.",
        "Boko Haram's raids on Nigerian villages, which killed dozens of farmers, went on.",
        "The Taliban's bombing of the Afghan parliament, which killed 30 people, was condemned.",
    ],
)
def test_one_act_told_by_a_noun_and_its_relative_clause_is_one_event(
    pipeline: Pipeline, text: str
) -> None:
    assaults = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
    assert len(assaults) == 1, [(e.trigger.text, e.target and e.target.text) for e in assaults]
    assert assaults[0].source is not None and assaults[0].source.sector == "REB"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Twenty Syrian civilians were killed at the hands of Hezbollah.", ("LBN", "SYR")),
        ("Civilians killed at the hands of Russian soldiers were buried in Bucha.", ("RUS", "UKR")),
        ("Ten Kenyan police officers were murdered by the hands of al-Shabaab.", ("SOM", "KEN")),
    ],
)
def test_at_the_hands_of_names_who_acts(
    pipeline: Pipeline, text: str, sides: tuple[str | None, str | None]
) -> None:
    assert country_pairs(pipeline.extract(text), "ASSAULT") == {sides}


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "I condemn the attack on a hotel in Nairobi, for which al-Shabaab has claimed responsibility.",
            "SOM",
        ),
        (
            "The bombing of the mosque, which the Taliban claimed, killed 40 Afghan worshippers.",
            "AFG",
        ),
        ("Al-Shabaab claimed responsibility for the attack on the Kenyan base.", "SOM"),
    ],
)
def test_who_claims_an_attack_did_it(pipeline: Pipeline, text: str, source: str) -> None:
    assaults = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
    assert assaults and all(e.source and e.source.country == source for e in assaults)


def test_an_attack_not_claimed_in_a_relative_clause_has_no_author(pipeline: Pipeline) -> None:
    text = "The attack in Mogadishu, for which al-Shabaab did not claim responsibility, killed ten Somali soldiers."
    assert all(e.source is None for e in pipeline.extract(text) if e.event_type == "ASSAULT")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # the "against" phrase hung on the instrument, or on the verb of a noun attack
        (
            "In Syria, coalition forces conducted 15 strikes using bomber and fighter aircraft against Taliban targets.",
            "AFG",
        ),
        (
            "The U.S.-led coalition's four airstrikes delivered 24 munitions against Taliban targets.",
            "AFG",
        ),
        # the attacked actor in the modifier of the thing hit
        ("Near Kandahar, three strikes destroyed a Taliban-held building.", "AFG"),
        ("Russian jets bombed Hezbollah-controlled villages near Aleppo.", "LBN"),
        ("Coalition aircraft conducted 15 strikes against Taliban targets in Kandahar.", "AFG"),
    ],
)
def test_the_actor_in_a_modifier_of_what_is_attacked_is_the_target(
    pipeline: Pipeline, text: str, target: str
) -> None:
    assaults = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
    assert assaults and all(e.target and e.target.country == target for e in assaults), [
        (e.trigger.text, e.target and e.target.text) for e in assaults
    ]


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        # the noun names the attacked actor, the verb only its toll: the noun's record
        (
            "A series of American airstrikes against al-Qaida killed 20 militants and destroyed eight vehicles.",
            "airstrikes",
            "al-Qaida",
        ),
        (
            "A wave of Russian strikes on Ukrainian cities killed nine people.",
            "strikes",
            "Ukrainian cities",
        ),
        # coordinated verbs of one attack naming the same sides: one record
        (
            "Near Kandahar, one strike engaged a Taliban unit and destroyed a Taliban-held building.",
            "engaged",
            "Taliban",
        ),
    ],
)
def test_one_attack_told_by_its_subject_or_coordinated_verbs_is_one_record(
    pipeline: Pipeline, text: str, trigger: str, target: str
) -> None:
    [event] = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
    assert event.trigger.text.startswith(trigger) and event.target is not None
    assert target in event.target.text, event.reason


def test_coordinated_attacks_on_different_sides_stay_apart(pipeline: Pipeline) -> None:
    text = "Russian jets bombed Ukrainian positions and shelled Moldovan border posts."
    assert country_pairs(pipeline.extract(text), "ASSAULT") == {("RUS", "UKR"), ("RUS", "MDA")}


def test_an_explained_duplicate_is_listed_as_dropped() -> None:
    from tacitus import Document, DocumentResult

    text = "Boko Haram's raids on Nigerian villages, which killed dozens of farmers, went on."
    [result] = Pipeline(explain=True).run([Document("d1", text)])
    assert isinstance(result, DocumentResult)
    outcomes = {(c.trigger, c.outcome) for c in result.candidates if c.event_type == "ASSAULT"}
    assert outcomes == {("raids", "emitted"), ("killed", "dropped")}
    [killed] = [c for c in result.candidates if c.trigger == "killed"]
    assert "tells, with more of its sides named" in killed.rule


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        ("The UK-France Summit was held in Amiens.", "CONSULT", {"GBR", "FRA"}),
        ("The Iran-Iraq agreement was signed in Baghdad.", "AGREE", {"IRN", "IRQ"}),
        ("The Chile-Peru summit was held in Lima.", "CONSULT", {"CHL", "PER"}),
    ],
)
def test_a_meeting_named_by_its_parties_pairs_them(
    pipeline: Pipeline, text: str, event_type: str, pair: set[str]
) -> None:
    [event] = [e for e in pipeline.extract(text) if e.event_type == event_type]
    assert event.reciprocal and event.source and event.target
    assert {event.source.country, event.target.country} == pair, event.reason


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Boris Johnson joined John Kerry in Paris for talks on Aleppo.", ("GBR", "USA")),
        ("The Kenyan foreign minister joined her Ugandan counterpart for talks.", ("KEN", "UGA")),
    ],
)
def test_joining_someone_for_talks_meets_them(
    pipeline: Pipeline, text: str, sides: tuple[str, str]
) -> None:
    assert country_pairs(pipeline.extract(text), "CONSULT") == {sides}


def test_the_place_of_a_meeting_is_no_party(pipeline: Pipeline) -> None:
    events = pipeline.extract("Theresa May met Angela Merkel in France on Monday.")
    assert country_pairs(events, "CONSULT") == {("GBR", "DEU")}


@pytest.mark.parametrize(
    ("text", "event_type", "source_country", "target_text"),
    [
        ("Doctors counted 97 civilians killed in the first week of the siege.",
         "ASSAULT", None, "97 civilians"),
        ("Human rights groups named the journalists detained by Turkish police last week.",
         "COERCE", "TUR", "the journalists"),
        ("Hundreds of protesters arrested in Tehran were released on Sunday.",
         "COERCE", None, "protesters"),
    ],
)  # fmt: skip
def test_the_noun_a_past_participle_modifies_is_acted_on(
    pipeline: Pipeline, text: str, event_type: str, source_country: str | None, target_text: str
) -> None:
    """ "civilians killed in the raid": the civilians are the target, never the attacker; the
    attacker is the participle's "by" agent, or nobody."""
    [event] = [e for e in pipeline.extract(text) if e.event_type == event_type]
    assert event.target is not None and target_text in event.target.text, event.reason
    if source_country is None:
        assert event.source is None, event.reason
    else:
        assert event.source is not None and event.source.country == source_country, event.reason


@pytest.mark.parametrize(
    "text",
    [
        "Putin and Erdogan met on Monday for the Russia-Turkey summit in Sochi.",
        "Merkel and Hollande met in Berlin for the German-French council of ministers.",
    ],
)
def test_coordinated_parties_meet_each_other_not_the_occasion(
    pipeline: Pipeline, text: str
) -> None:
    """ "X and Y met for the UK-France Summit": the summit is the occasion; its names are not
    the partners of the meeting."""
    meets = [e for e in pipeline.extract(text) if e.trigger.text == "met"]
    assert len(meets) == 1, [(e.source, e.target) for e in meets]
    [meet] = meets
    assert meet.source is not None and meet.target is not None
    assert meet.source.actor_id and meet.source.actor_id.startswith("person:")
    assert meet.target.actor_id and meet.target.actor_id.startswith("person:")
    assert "the occasion, not a partner" in meet.reason


@pytest.mark.parametrize(
    "text",
    [
        "The UK is now providing an additional 125 soldiers to assist in training local forces.",
        "Canada will send 200 special forces soldiers as trainers.",
    ],
)
def test_the_help_or_forces_sent_are_never_the_receiver(pipeline: Pipeline, text: str) -> None:
    """ "providing 125 soldiers": the soldiers are what is given, not whom it is given to."""
    aid = [e for e in pipeline.extract(text) if e.event_type in ("AID", "MOBILIZE")]
    assert aid, text
    assert all(e.target is None or "soldier" not in e.target.text for e in aid), [
        (e.target, e.reason) for e in aid
    ]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Britain welcomes new Syria sanctions listings.", "SUPPORT"),
        ("Canada criticised the Iran sanctions bill.", "ACCUSE"),
        ("France welcomed the new Russia sanctions package.", "SUPPORT"),
        ("Germany welcomes the Cuba embargo decision.", "SUPPORT"),
    ],
)
def test_a_record_of_measures_against_a_state_is_not_the_states(
    pipeline: Pipeline, text: str, event_type: str
) -> None:
    [event] = [e for e in pipeline.extract(text) if e.event_type == event_type]
    assert event.target is None, event.reason  # not the state the measures aim at


def test_a_thing_of_a_states_own_stays_its_target(pipeline: Pipeline) -> None:
    assert country_pairs(pipeline.extract("Britain welcomed the Chilean decision."), "SUPPORT") == {
        ("GBR", "CHL")
    }


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        # a participle with a "by" agent hung on a clause: the agent helps the clause's subject
        ("Supported by Russian jets, Syrian troops attacked the rebels.", {("RUS", "SYR")}),
        ("Kenyan troops entered the town, backed by Ugandan forces.", {("UGA", "KEN")}),
        ("Chadian rebels took the town, aided by strong support from Libya.", {("LBY", "TCD")}),
        # on a noun: the agent, never the noun it modifies
        ("Iraqi troops, assisted by Jordanian forces, launched an offensive.", {("JOR", "IRQ")}),
    ],
)
def test_a_participle_with_an_agent_helps_the_clauses_subject(
    pipeline: Pipeline, text: str, sides: set[tuple[str | None, str | None]]
) -> None:
    assert country_pairs(pipeline.extract(text), "AID") == sides


def test_a_participle_whose_agent_is_unknown_is_not_its_nouns_act(pipeline: Pipeline) -> None:
    events = pipeline.extract("Iraqi troops, assisted by heavy air strikes, launched an offensive.")
    assert all(
        e.source is None or e.source.country != "IRQ" for e in events if e.event_type == "AID"
    )


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Iraqi forces prepared for the Mosul offensive.", "offensive"),
        ("Thousands fled before the Homs offensive.", "offensive"),
        ("Troops massed for the Idlib offensive.", "offensive"),
    ],
)
def test_a_city_named_on_an_attack_is_the_place_attacked(
    partial_pipeline: Pipeline, text: str, trigger: str
) -> None:
    # a place alone is no actor: the record is partial, kept with --keep-partial
    [event] = [e for e in partial_pipeline.extract(text) if trigger in e.trigger.text]
    assert event.partial
    assert event.source is None or not event.source.reason.startswith("place '"), event.reason
    assert event.target is not None and "the place acted on" in event.target.reason, event.reason


@pytest.fixture(scope="module")
def partial_pipeline() -> Pipeline:
    return Pipeline(keep_partial=True)


@pytest.mark.parametrize(
    "text",
    [
        "The liberation of Mosul began in October.",
        "Aleppo was shelled on Monday.",
        "The siege of Daraya lasted four years.",
    ],
)
def test_a_place_acted_on_alone_makes_no_event(pipeline: Pipeline, text: str) -> None:
    assert pipeline.extract(text) == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("The Syrian army's siege of Daraya lasted four years.", "Daraya"),  # a spelling
        ("Turkish forces began an assault on Afrin.", "Afrin"),  # a town in its phrase
        ("The Saudi-led coalition launched a raid on Sanaa.", "Sanaa"),  # a capital
        ("Russian jets bombed Kyiv overnight.", "Kyiv"),
    ],
)
def test_the_place_of_an_act_of_war_is_the_city(pipeline: Pipeline, text: str, place: str) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type in ("ASSAULT", "COERCE")]
    assert events and all(e.source is not None for e in events)
    assert {e.target.text for e in events if e.target} == {place}
    assert all(e.target.sector is None for e in events if e.target)


def test_a_state_named_on_an_attack_still_acts(pipeline: Pipeline) -> None:
    assert country_pairs(pipeline.extract("The Russian offensive began."), "ASSAULT") == {
        ("RUS", None)
    }


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        # a participle with a "by" agent on the act's noun names who does it
        ("The aid sent to Ukraine by Germany arrived on Monday.", "AID", {("DEU", "UKR")}),
        ("The assistance provided to Jordan by Japan was welcome.", "AID", {("JPN", "JOR")}),
        ("A raid conducted by Turkish troops killed two Syrian fighters.", "ASSAULT",
         {("TUR", "SYR")}),
    ],
)  # fmt: skip
def test_a_participle_on_the_acts_noun_names_its_actor(
    pipeline: Pipeline, text: str, event_type: str, sides: set[tuple[str | None, str | None]]
) -> None:
    assert country_pairs(pipeline.extract(text), event_type) == sides


def test_a_participle_after_a_comma_tells_of_the_nearer_noun(pipeline: Pipeline) -> None:
    text = "Chile welcomed the agreement between the government, led by Gabriel Boric, and Peru."
    events = [e for e in pipeline.extract(text) if e.event_type == "AGREE"]
    assert all(e.source is None or e.source.name != "Gabriel Boric" for e in events)


@pytest.mark.parametrize(
    ("text", "kept", "lost"),
    [
        # the agent of a first passive is not that of a later conjunct of another kind
        # (people taken by an armed group are abducted: ASSAULT 181, not an arrest)
        ("The journalist was captured by ISIS and accused of spying.", "ASSAULT", "ACCUSE"),
        ("The activist was arrested by Egyptian police and charged with treason.", "COERCE",
         "ACCUSE"),
        ("The minister was praised by France and accused of corruption.", "SUPPORT", "ACCUSE"),
        ("The envoy was welcomed by Iraq and criticised for his remarks.", "CONSULT", "ACCUSE"),
    ],
)  # fmt: skip
def test_a_by_agent_stays_with_its_own_conjunct(
    pipeline: Pipeline, text: str, kept: str, lost: str
) -> None:
    events = pipeline.extract(text)
    assert _one(events, kept).source is not None
    later = [e for e in events if e.event_type == lost]
    assert all(e.source is None for e in later), [e.reason for e in later]


@pytest.mark.parametrize(
    "text",
    [
        # one agent does both acts of force or coercion, in either order
        "The aid workers were detained by Syrian troops and beaten.",
        "The aid workers were beaten and detained by Syrian troops.",
        "The aid workers were arrested by Syrian troops and beaten.",
    ],
)
def test_a_by_agent_of_acts_of_one_kind_is_shared(pipeline: Pipeline, text: str) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type in ("ASSAULT", "COERCE")]
    assert len(events) == 2, [(e.trigger.text, e.event_type) for e in events]
    assert all(e.source is not None and e.source.country == "SYR" for e in events)


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        # forces of no state of their own, sent to act: the sender acts through them
        ("Russia sent warplanes to bomb rebel positions in Idlib.", "ASSAULT", "RUS"),
        ("Iran dispatched fighters to attack Kurdish villages.", "ASSAULT", "IRN"),
        ("Turkey deployed troops to attack Kurdish militants.", "ASSAULT", "TUR"),
        ("Egypt scrambled jets to strike the convoy.", "ASSAULT", "EGY"),
        # forces a state sends are its forces
        ("Forces sent by Russia attacked the town.", "ASSAULT", "RUS"),
        ("Troops sent by Turkey shelled Kurdish positions.", "ASSAULT", "TUR"),
        ("Soldiers deployed by France raided the camp.", "ASSAULT", "FRA"),
    ],
)
def test_forces_sent_act_for_their_sender(
    pipeline: Pipeline, text: str, event_type: str, source: str
) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == event_type]
    assert events and all(e.source is not None for e in events), text
    assert {e.source.country for e in events if e.source} == {source}


def test_forces_backed_or_named_keep_their_own_side(pipeline: Pipeline) -> None:
    backed = pipeline.extract("Rebels backed by Iran attacked the town.")
    assert {e.source.country for e in backed if e.event_type == "ASSAULT" and e.source} <= {None}
    sent = pipeline.extract("The rebels attacked soldiers sent by Russia.")
    assert country_pairs(sent, "ASSAULT") == {(None, "RUS")}


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        # "both countries", "the two sides": the two parties named before
        ("Russia and Turkey held talks. Both countries agreed to cooperate against terrorism.",
         "COOPERATE", {"RUS", "TUR"}),
        ("Peru and Chile quarrelled for years. The two sides agreed on Monday to hold talks.",
         "CONSULT", {"PER", "CHL"}),
        ("India and Pakistan exchanged fire. Both countries continue to discuss the ceasefire.",
         "CONSULT", {"IND", "PAK"}),
        ("The US and China met in Geneva. The two governments signed a trade deal.", "AGREE",
         {"USA", "CHN"}),
        # two states of one earlier sentence, not coordinated
        ("The Egyptian President met the Sudanese President. The two leaders agreed to talk "
         "again.", "CONSULT", {"EGY", "SDN"}),
        # the act aimed at "each other"
        ("Israel and Hamas fought for weeks. Both sides accused each other of lying.", "ACCUSE",
         {"ISR", "PSE"}),
        ("Armenia and Azerbaijan blamed one another for the shelling.", "ACCUSE", {"ARM", "AZE"}),
    ],
)  # fmt: skip
def test_a_pair_named_before_acts_on_each_other(
    pipeline: Pipeline, text: str, event_type: str, pair: set[str]
) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == event_type]
    last = max(e.sentence_id for e in events)
    [event] = [e for e in events if e.sentence_id == last]
    assert event.reciprocal, event.reason
    assert {event.source.country, event.target.country} == pair  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "text",
    [
        # three states named: which two is unknown
        "Kenya, Uganda and Tanzania met in Arusha. The two countries agreed to cooperate.",
        # nobody named before
        "Both countries agreed to cooperate against terrorism.",
    ],
)
def test_an_unknown_pair_names_nobody(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(text)
    assert not [e for e in events if e.event_type == "COOPERATE"], [e.reason for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # two sides that are places, not parties
        "Iraq and Syria met in Baghdad. Militants attacked both sides of the border.",
        "Israel and Jordan signed a deal. Rebels shelled both sides of the river.",
        "India and Pakistan exchanged fire. Gunmen attacked villages on both sides of the line.",
    ],
)
def test_sides_of_a_border_are_no_pair(pipeline: Pipeline, text: str) -> None:
    last = [e for e in pipeline.extract(text) if e.sentence_id == 1]
    assert all(not e.reciprocal for e in last), [e.reason for e in last]
    countries = {a.country for e in last for a in (e.source, e.target) if a is not None}
    assert countries <= {None}, [e.reason for e in last]


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        # an infinitive right after an undertaking noun is that undertaking's aim: the noun's
        # own actor does it, not the subject of the verb the parser hung it on
        ("The coalition backs the Iraqi operation to retake Mosul from ISIL.", "COERCE", "IRQ"),
        ("The EU backed the Kenyan mission to fight al-Shabaab.", "ASSAULT", "KEN"),
        ("The coalition is helping Iraqi troops in their offensive to recapture Mosul.",
         "COERCE", "IRQ"),
        ("Coalition efforts to support Iraqi forces in their campaign to defeat ISIL continued.",
         "ASSAULT", "IRQ"),
        # no actor on the noun: the subject of the verb above still acts
        ("Russia launched an offensive to retake Aleppo.", "ASSAULT", "RUS"),
    ],
)  # fmt: skip
def test_an_undertakings_aim_is_done_by_its_own_actor(
    pipeline: Pipeline, text: str, event_type: str, source: str
) -> None:
    event = _one(pipeline.extract(text), event_type)
    assert event.source is not None and event.source.country == source, event.reason


@pytest.mark.parametrize(
    "text",
    [
        "Marines visiting from the 2nd Battalion trained Kurdish fighters.",
        "A team visiting from the State Department met Iraqi officials.",
        "Officials visiting from Iran toured the Iraqi parliament.",
        "Diplomats visiting from the European Union inspected the camp.",
    ],
)
def test_where_visitors_come_from_is_not_whom_they_visit(pipeline: Pipeline, text: str) -> None:
    for event in pipeline.extract(text):
        if event.trigger.text == "visiting":
            assert event.target is None, event.reason


def test_a_visit_received_from_a_visitor_keeps_the_visitor(pipeline: Pipeline) -> None:
    event = _one(pipeline.extract("Egypt received a visit from the Turkish president."), "CONSULT")
    assert event.source is not None and event.source.country == "TUR"
    assert event.target is not None and event.target.country == "EGY"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a sentence-opening "Near X," that the parser took for a subject is where, not who
        ("Near Raqqa, Syria, five strikes engaged an ISIL tactical unit.", None),
        ("Near Kirkuk, Iraqi forces attacked ISIL fighters.", "IRQ"),
        ("Near Tikrit, Iraqi troops ambushed ISIL fighters.", "IRQ"),
        ("Near Homs, Syrian soldiers attacked ISIL fighters.", "SYR"),
    ],
)
def test_a_fronted_place_is_not_the_source(
    pipeline: Pipeline, text: str, source: str | None
) -> None:
    [event] = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
    assert event.target is not None and event.target.actor_id == "group:ISIS"
    if source is None:
        assert event.source is None or event.source.country is None, event.reason
    else:
        assert event.source is not None and event.source.country == source, event.reason
        assert event.source.sector == "MIL"


@pytest.mark.parametrize(
    "text",
    [
        # a state in a plain "in" phrase is where force is used, not whom it strikes
        "Russian jets carried out strikes in Syria on Tuesday.",
        "Turkish jets launched airstrikes in northern Iraq.",
        "A raid by US special forces inside Syrian territory killed a smuggler.",
        "Israeli jets carried out raids in Lebanon overnight.",
    ],
)
def test_a_state_an_attack_happens_in_is_not_its_target(pipeline: Pipeline, text: str) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
    assert events
    for event in events:
        assert event.source is not None, event.reason
        assert event.target is None or event.target.sector is not None, event.reason


@pytest.mark.parametrize(
    ("text", "source", "target"),
    [
        # a passive participle after "after / since / upon being": the main clause's subject
        # underwent it, the "by" agent did it
        ("After being captured by Iraqi troops, the militants were handed to the police.",
         "IRQ", "REB"),
        ("After being detained by Turkish police, the journalists were charged with terrorism.",
         "TUR", "JRN"),
        ("Upon being seized by ISIS, the Kurdish fighters were executed.", "IMG", "REB"),
        ("After being attacked by Syrian jets, the rebels withdrew from the town.", "SYR", "REB"),
        # the reduced passive before the subject, as before
        ("Detained by police in Cairo, the protesters were held overnight.", None, "OPP"),
        ("Captured by American forces in 2005, the commander was held until 2009.", "USA", "MIL"),
    ],
)  # fmt: skip
def test_the_subject_after_a_passive_participle_underwent_it(
    pipeline: Pipeline, text: str, source: str | None, target: str
) -> None:
    first = text.split()[0].lower()
    trigger = text.split()[2] if first in ("after", "upon") else text.split()[0]
    [event] = [e for e in pipeline.extract(text) if e.trigger.text == trigger]
    assert event.target is not None and event.target.sector == target, event.reason
    assert event.source is not None
    if source is not None:
        assert event.source.country == source, event.reason


@pytest.mark.parametrize(
    ("text", "event_type", "source"),
    [
        # "Members of X" written with capitals is X, as "members of X" is
        ("The Members of the Security Council urge all political parties to remain calm.",
         "REQUEST", "IGO"),
        ("Members of the European Parliament condemned the Russian government.", "ACCUSE", "IGO"),
        ("The Members of the Arab League condemned the Israeli airstrikes.", "ACCUSE", "IGO"),
    ],
)  # fmt: skip
def test_members_of_a_body_are_the_body(
    pipeline: Pipeline, text: str, event_type: str, source: str
) -> None:
    event = next(e for e in pipeline.extract(text) if e.event_type == event_type)
    assert event.source is not None and event.source.country == source, event.reason


@pytest.mark.parametrize(
    ("text", "first"),
    [
        # the first item of a subject list that the parser left hanging is a subject too
        ("About 30,000 Iraqi security force personnel, Kurdish fighters and Shia militiamen "
         "launched the offensive to retake Mosul.", "IRQ"),
        ("Some 5,000 Turkish soldiers, Syrian rebels and Arab tribal fighters launched an "
         "offensive on Manbij.", "TUR"),
    ],
)  # fmt: skip
def test_every_item_of_a_subject_list_acts(pipeline: Pipeline, text: str, first: str) -> None:
    sources = {e.source.country for e in pipeline.extract(text) if e.source}
    assert first in sources, [e.reason for e in pipeline.extract(text)]
    assert len([e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]) >= 2


@pytest.mark.parametrize(
    "text",
    [
        "The Members of the Security Council are encouraged by the decision of the President.",
        "The Foreign Secretary was encouraged by the progress of the talks with Iran.",
        "Germany is heartened by the agreement between Serbia and Kosovo.",
    ],
)
def test_being_encouraged_by_news_is_no_request(pipeline: Pipeline, text: str) -> None:
    assert not [e for e in pipeline.extract(text) if e.event_type == "REQUEST"]


def test_being_encouraged_to_act_stays_a_request(pipeline: Pipeline) -> None:
    event = _one(pipeline.extract("Iran was encouraged by Russia to attack the rebels."), "REQUEST")
    assert event.source is not None and event.source.country == "RUS"


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        ("Gunmen hijacked a plane bound for Kabul on Tuesday.", "ASSAULT"),
        ("Militants attacked a convoy bound for Aleppo.", "ASSAULT"),
        ("Rebels shot down a helicopter headed for Baghdad.", "ASSAULT"),
        ("Gunmen attacked an aid convoy destined for Syria.", "ASSAULT"),
        ("Pirates seized a tanker bound for China off Somalia.", "ASSAULT"),  # hijacked: 181
    ],
)
def test_a_destination_is_no_target(pipeline: Pipeline, text: str, event_type: str) -> None:
    event = _one(pipeline.extract(text), event_type)
    assert event.target is None or event.target.country not in ("AFG", "SYR", "IRQ", "CHN")


def test_a_participle_of_an_imposition_still_names_the_target(pipeline: Pipeline) -> None:
    event = _one(pipeline.extract("Washington lifted sanctions imposed on Iran."), "RETREAT")
    assert event.target is not None and event.target.country == "IRN"


@pytest.mark.parametrize(
    ("text", "event_type", "pair"),
    [
        # "the ministers" alone, as a subject, are the two met before
        ("Foreign Secretary Boris Johnson met Russian Foreign Minister Sergei Lavrov in London. "
         "The ministers discussed the crisis in Syria.", "CONSULT", {"GBR", "RUS"}),
        ("Kerry met Lavrov in Geneva on Friday. The ministers agreed to work together on Syria.",
         "COOPERATE", {"USA", "RUS"}),
        ("President Obama received President Xi at the White House. The leaders discussed "
         "trade.", "CONSULT", {"USA", "CHN"}),
    ],
)  # fmt: skip
def test_the_ministers_are_the_two_who_met(
    pipeline: Pipeline, text: str, event_type: str, pair: set[str]
) -> None:
    [event] = [e for e in pipeline.extract(text) if e.event_type == event_type and e.sentence_id]
    assert event.source is not None and event.target is not None, event.reason
    assert {event.source.country, event.target.country} == pair


@pytest.mark.parametrize(
    "text",
    [
        # more than two states, a body, or a word of its own: no pair
        "Ministers from Iran, Iraq and Syria met in Baghdad. The ministers condemned Israel.",
        "The Arab League met in Cairo. The ministers condemned Israel.",
        "Kerry met Lavrov in Geneva. The Arab ministers condemned Israel.",
    ],
)
def test_the_ministers_of_no_pair_stay_themselves(pipeline: Pipeline, text: str) -> None:
    for event in pipeline.extract(text):
        assert "the two states of an earlier sentence" not in event.reason, event.reason


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        ("Britain welcomed the news that Kenya has agreed to hold talks.", "SUPPORT",
         {("GBR", "KEN")}),
        ("France welcomed the announcement that Iran would release the sailors.", "SUPPORT",
         {("FRA", "IRN")}),
        ("Canada condemned reports that Belarus had jailed two opposition leaders.", "ACCUSE",
         {("CAN", "BLR")}),
        ("The EU welcomed the fact that Serbia and Kosovo resumed their dialogue.", "SUPPORT",
         {("IGO", "SRB"), ("IGO", "XKX")}),
    ],
)  # fmt: skip
def test_a_reaction_to_news_is_aimed_at_who_acts_in_it(
    pipeline: Pipeline, text: str, event_type: str, sides: set[tuple[str | None, str | None]]
) -> None:
    assert country_pairs(pipeline.extract(text), event_type) == sides


@pytest.mark.parametrize(
    "text",
    [
        "Japan criticised reports that it had paid a ransom.",  # itself: no target
        "Germany welcomed the news that the sailors were freed.",  # nobody acts in it
        "Spain welcomed the report that the commission published.",  # a relative clause
    ],
)
def test_news_with_no_other_actor_acting_gives_no_target(pipeline: Pipeline, text: str) -> None:
    for event in pipeline.extract(text):
        if event.event_type in ("SUPPORT", "ACCUSE"):
            assert event.target is None, event.reason


def test_an_infinitive_after_a_list_is_the_purpose_of_the_verb_before(pipeline: Pipeline) -> None:
    # the parser makes "our partners ... to support" a clause of its own
    events = pipeline.extract(
        "Canada condemns the attack. We remain committed to working with President Ghani, the "
        "Afghan Security Forces, and our partners in the region to support the Government of "
        "Afghanistan in defeating the Taliban."
    )
    assert country_pairs(events, "SUPPORT") == {("CAN", "AFG")}
    assert country_pairs(events, "ASSAULT") == {("CAN", "AFG")}


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        # a division the sentence names
        ("Sudan lifted the state of emergency in North Darfur.", "RETREAT", {("SDN", "SDN")}),
        ("Sudan's government on Monday declared a curfew in West Darfur State.", "COERCE",
         {("SDN", "SDN")}),
        # a capital in a restriction's place phrase is the city, not its government
        ("The Thai army declared martial law in Bangkok.", "COERCE", {("THA", "THA")}),
        ("The Egyptian government imposed a curfew in Cairo.", "COERCE", {("EGY", "EGY")}),
    ],
)  # fmt: skip
def test_a_restriction_targets_the_place_it_is_imposed_on(
    pipeline: Pipeline, text: str, event_type: str, sides: set[tuple[str | None, str | None]]
) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == event_type]
    assert country_pairs(events, event_type) == sides
    assert all(e.target is not None and e.target.sector is None for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "KABUL (Reuters) - The government imposed a curfew on Friday.",  # a dateline only
        "The government imposed a curfew after the riots.",  # no place
    ],
)
def test_a_restriction_with_no_place_read_in_its_sentence_has_no_target(
    pipeline: Pipeline, text: str
) -> None:
    for event in pipeline.extract(text):
        assert event.target is None, event.reason


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Government forces besieged Homs, Syria, for two years.", "Homs"),
        ("Ethiopian troops shelled Mekelle, Ethiopia, on Friday.", "Mekelle"),
        ("ISIS was involved in their retaking of Palmyra, Syria.", "Palmyra"),
        ("The rebels began their advance to isolate Raqqah, Syria, on Monday.", "Raqqah"),
    ],
)
def test_a_city_with_its_state_after_a_comma_is_the_place_acted_on(
    pipeline: Pipeline, text: str, place: str
) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type in ("ASSAULT", "COERCE")]
    assert events and all(e.target is not None for e in events)
    assert {e.target.text for e in events if e.target} == {place}
    assert all(e.target.sector is None for e in events if e.target)


def test_a_state_listed_after_a_city_of_another_state_stays_a_side(pipeline: Pipeline) -> None:
    events = pipeline.extract("Turkish jets bombed Aleppo, Iraq and Iran on Monday.")
    targets = {e.target.country for e in events if e.event_type == "ASSAULT" and e.target}
    assert {"IRQ", "IRN"} <= targets


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("The United States withdrew from its nuclear agreement with Iran.", {("USA", "IRN")}),
        ("Russia pulled out of the talks with Ukraine.", {("RUS", "UKR")}),
        ("The president reneged on his commitment to the Zambian people.", {(None, "ZMB")}),
        ("Colombia reneged on its pledge to the FARC rebels.", {("COL", "COL")}),
    ],
)
def test_a_withdrawal_targets_the_partner_of_what_it_leaves(
    pipeline: Pipeline, text: str, sides: set[tuple[str | None, str | None]]
) -> None:
    events = pipeline.extract(text)
    assert {(e.source.country if e.source else None, e.target.country if e.target else None)
            for e in events} == sides  # fmt: skip
    # what is left is no new act: no AGREE, CONSULT or pledge of its own
    assert len(events) == 1, [(e.event_type, e.trigger.text) for e in events]


def test_a_withdrawal_from_a_place_keeps_the_place(pipeline: Pipeline) -> None:
    events = pipeline.extract("The United States withdrew from Afghanistan in 2021.")
    assert country_pairs(events, "RETREAT") == {("USA", "AFG")}


@pytest.mark.parametrize(
    ("text", "event_type", "sides"),
    [
        ("The agreement signed by Israel and Jordan was welcomed by Egypt.", "SUPPORT",
         {("EGY", "ISR"), ("EGY", "JOR")}),
        ("The plan drafted by Egypt was accepted by Hamas.", "AGREE", {("PSE", "EGY")}),
        ("The proposal of the Arab League was rejected by Syria.", "REJECT", {("SYR", "IGO")}),
    ],
)  # fmt: skip
def test_the_owner_of_a_passive_subject_is_the_target(
    pipeline: Pipeline, text: str, event_type: str, sides: set[tuple[str | None, str | None]]
) -> None:
    assert country_pairs(pipeline.extract(text), event_type) == sides


def test_a_passive_subject_about_an_actor_is_not_theirs(pipeline: Pipeline) -> None:
    events = pipeline.extract("A report on Iran was welcomed by France.")
    assert country_pairs(events, "SUPPORT") == {("FRA", None)}


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("Russian jets were deployed to strike Idlib.", {("RUS", "SYR")}),
        ("Kenyan troops were sent to fight al-Shabaab.", {("KEN", "SOM")}),
    ],
)
def test_forces_sent_in_the_passive_do_what_they_are_sent_to(
    pipeline: Pipeline, text: str, sides: set[tuple[str | None, str | None]]
) -> None:
    assert country_pairs(pipeline.extract(text), "ASSAULT") == sides
