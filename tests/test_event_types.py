"""Event types and word senses: whole families of CAMEO acts (synonyms, nominalisations,
particle verbs, British spellings) and the sense each construction gives (issue 13).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Event, Pipeline

# (sentence, event type, words the trigger starts with)
TYPED = [
    # empathy, good wishes and appreciation are SUPPORT
    ("The Iranian president sent his condolences to the Turkish people.", "SUPPORT", "sent"),
    ("Tokyo conveyed its sympathy to Ankara after the floods.", "SUPPORT", "conveyed"),
    ("The Egyptian president extended his warm wishes to India.", "SUPPORT", "extended"),
    ("Germany appreciated Jordan's efforts to host the refugees.", "SUPPORT", "appreciated"),
    ("Russia justified Syria's crackdown on the protesters.", "SUPPORT", "justified"),
    # territory taken, liberated, cleared, isolated or surrounded is COERCE
    ("Syrian rebels liberated the town of Dabiq from Islamic State.", "COERCE", "liberated"),
    ("Iraqi forces cleared half of the city of Islamic State fighters.", "COERCE", "cleared"),
    ("The Kurdish forces began an advance to isolate Raqqa.", "COERCE", "isolate"),
    ("Kurdish fighters surrounded the town held by Islamic State.", "COERCE", "surrounded"),
    ("Government troops regained control of the oil fields from the rebels.", "COERCE", "regained"),
    ("The Taliban conquered Kabul.", "COERCE", "conquered"),
    ("The liberation of Raqqa by Kurdish forces began in June.", "COERCE", "liberation"),
    # material help to a partner is AID
    ("The coalition has trained the Peshmerga and the Iraqi army.", "AID", "trained"),
    ("Canada mentored the Ukrainian army for three years.", "AID", "mentored"),
    ("Germany took in a million refugees from Syria.", "AID", "took"),
    # figures of blame and legal action are ACCUSE ("took aim at ... over" is no takeover)
    ("Beijing took aim at Washington over its trade policy.", "ACCUSE", "took"),
    ("Washington laid the blame on Tehran for the drone attack.", "ACCUSE", "laid"),
    ("The European Commission launched legal action against Poland.", "ACCUSE", "launched"),
    # money mobilised for someone is aid; ammunition used on people is force
    ("The World Bank mobilised $2 billion for Ukraine.", "AID", "mobilised"),
    ("Security forces used live ammunition against protesters in Baghdad.", "ASSAULT", "used"),
    ("Russia mobilised 300,000 reservists.", "MOBILIZE", "mobilised"),
    # cyber attacks are COERCE (PLOVER.md); looting by armed men takes property (COERCE 171)
    ("Hackers attacked the websites of the Estonian government.", "COERCE", "attacked"),
    ("Russian hackers targeted the email servers of the Democratic Party.", "COERCE", "targeted"),
    ("Soldiers looted shops in the Congolese town of Goma.", "COERCE", "looted"),
    ("Rioters looted shops in Johannesburg.", "PROTEST", "looted"),
    ("Rebels attacked the government army base near Goma.", "ASSAULT", "attacked"),
    # a government whose state is unnamed protests diplomatically
    (
        "The government protested against the resolution of the European Parliament.",
        "ACCUSE",
        "protested",
    ),
    ("The foreign ministry protested the arrest of its diplomat.", "ACCUSE", "protested"),
    # working together, partnerships and exercises with others are COOPERATE
    ("The U.S. and the Royal Navy are working together in the Gulf.", "COOPERATE", "working"),
    ("The partnership between Iraq and Jordan covers trade.", "COOPERATE", "partnership"),
    ("Russian and Chinese warships held joint naval manoeuvres.", "COOPERATE", "held"),
    ("The US Navy will lead a multilateral exercise with the French Navy.", "COOPERATE", "lead"),
    # armed units that arrive or visit are deployed; a person of the forces visits
    ("Turkish troops arrived in Qatar on Sunday.", "MOBILIZE", "arrived"),
    ("Two Russian warships visited the Syrian port of Tartus.", "MOBILIZE", "visited"),
    ("Kenyan peacekeepers arrived in Mogadishu.", "MOBILIZE", "arrived"),
    ("The Pakistani army chief visited China.", "CONSULT", "visited"),
    ("The Polish defence minister arrived in Kiev for talks.", "CONSULT", "arrived"),
    # every verb of the "discontinue" family stops trade and deliveries as a sanction
    ("Venezuela cut off oil shipments to Cuba.", "SANCTION", "cut"),
    ("Russia cut gas exports to Ukraine.", "SANCTION", "cut"),
    ("The EU froze trade with Belarus.", "SANCTION", "froze"),
    ("Iran interrupted deliveries to Iraq.", "SANCTION", "interrupted"),
    ("Egypt curtailed cooperation with Jordan.", "SANCTION", "curtailed"),
    # strikes: an attack by forces, a labour strike by people
    ("A U.S. strike on Monday hit two al-Qaida vehicles.", "ASSAULT", "hit"),
    ("Nigerian oil workers went on strike over fuel subsidies.", "PROTEST", "went"),
    ("Teachers in Chile have been on strike since March.", "PROTEST", "been"),
    ("Seven strikes engaged four ISIL tactical units near Mosul.", "ASSAULT", "engaged"),
    # a unit, fighting position or weapon crew suppressed or neutralised is attacked too
    ("Four strikes suppressed two ISIL mortar teams near Kirkuk.", "ASSAULT", "suppressed"),
    ("Allied jets neutralised a Taliban fighting position.", "ASSAULT", "neutralised"),
    ("Artillery fire suppressed an al-Shabaab tactical unit.", "ASSAULT", "suppressed"),
    # suppressing a protest or dissent is repression
    ("The Belarusian police suppressed the protests in Minsk.", "COERCE", "suppressed"),
    ("Russia refused to halt its strikes on Ukraine's power plants.", "RETREAT", "halt"),
    # CAMEO families: yielding, disapproval, investigation, rejection, sanctions, posture
    ("Costa Rica recognised Palestine as a state.", "SUPPORT", "recognised"),
    ("Britain granted diplomatic recognition to South Sudan.", "SUPPORT", "granted"),
    ("Nigeria handed back the seized tanker to its Greek owners.", "RETREAT", "handed"),
    ("Iran allowed inspectors from the IAEA to visit the site.", "RETREAT", "allowed"),
    ("Israel allowed humanitarian supplies into Gaza.", "RETREAT", "allowed"),
    ("The Turkish government granted Kurds the right to broadcast.", "CONCEDE", "granted"),
    ("The government shelved the pension reform after the protests.", "CONCEDE", "shelved"),
    ("Britain voiced concern over the Israeli settlement plans.", "ACCUSE", "voiced"),
    ("The senator lashed out at the Saudi government.", "ACCUSE", "lashed"),
    ("UN investigators examined evidence of abuses by Serb forces.", "ACCUSE", "examined"),
    ("The opposition mobilised opposition to the government's reform.", "ACCUSE", "mobilised"),
    ("The tribunal found the Bosnian Serb commander guilty of genocide.", "SANCTION", "found"),
    ("Ecuador scaled back relations with Colombia.", "SANCTION", "scaled"),
    ("The Iranian delegation walked out of the talks.", "SANCTION", "walked"),
    ("Teachers in Chile walked out over the education reform.", "PROTEST", "walked"),
    ("Turkey blocked access to Twitter.", "COERCE", "blocked"),
    ("The Indian police were put on high alert after the bombings.", "MOBILIZE", "put"),
    ("North Korea paraded its new missiles in Pyongyang.", "MOBILIZE", "paraded"),
    ("Police used tear gas against the protesters in Istanbul.", "ASSAULT", "used"),
    ("Iraqi forces defeated Islamic State in Ramadi.", "ASSAULT", "defeated"),
    ("Jordanian planes dropped food and medicine to civilians in Syria.", "AID", "dropped"),
    # driving a people from their land is mass expulsion
    ("Serb militias expelled the Muslim population from the town.", "ASSAULT", "expelled"),
    # solidarity, blame, agitation, denial of a haven, human shields
    ("Britain has stood shoulder to shoulder with Kenya since the attack.", "SUPPORT", "stood"),
    ("Parliament held the defence minister accountable for the losses.", "ACCUSE", "held"),
    ("Brazil holds Venezuela responsible for the border clashes.", "ACCUSE", "holds"),
    ("Opposition parties clamoured for the resignation of the Kenyan minister.", "REQUEST", "clam"),
    ("Turkey denied the PKK a safe haven in northern Iraq.", "COERCE", "denied"),
    ("The rebels used villagers as human shields near Mosul.", "ASSAULT", "used"),
    # repression, seizure and destruction as nouns; a defeat inflicted
    ("Iran condemned the persecution of Shiites by Bahrain.", "COERCE", "persecution"),
    ("The harassment of journalists by the Turkish police went on.", "COERCE", "harassment"),
    ("Libya's nationalisation of BP's assets angered London.", "COERCE", "nationalisation"),
    ("The destruction of Aleppo by Syrian forces shocked Paris.", "ASSAULT", "destruction"),
    ("Kurdish forces inflicted a heavy defeat on Islamic State.", "ASSAULT", "inflicted"),
    # a protest crowd's clashes, storming and burning are a riot; armed sides' clashes force
    ("Demonstrators clashed with riot police in Caracas.", "PROTEST", "clashed"),
    ("Protesters stormed the presidential palace in Colombo.", "PROTEST", "stormed"),
    ("Rioters torched police cars in Belfast.", "PROTEST", "torched"),
    ("Rioters set fire to the town hall in Osh.", "PROTEST", "set"),
    ("Kurdish fighters clashed with Turkish troops.", "ASSAULT", "clashed"),
    # yielding to demands, named by what is yielded to, is CONCEDE
    ("The government agreed to the demands of the truckers.", "CONCEDE", "agreed"),
    ("Serbia complied with the ultimatum from NATO.", "CONCEDE", "complied"),
    ("The Jordanian king heeded calls for a new constitution.", "CONCEDE", "heeded"),
    ("The Nepalese government granted the demands of the farmers.", "CONCEDE", "granted"),
    # nominalisations typed by their "of" phrase, ordered or announced by the source
    ("The Cuban president ordered the release of 30 political prisoners.", "RETREAT", "ordered"),
    ("The rebels welcomed the freeing of the hostages by Colombia.", "RETREAT", "freeing"),
    ("Washington announced the lifting of sanctions on Sudan.", "RETREAT", "announced"),
    ("The Thai junta announced the lifting of martial law.", "RETREAT", "announced"),
    ("Egypt ordered the closure of the Rafah crossing.", "COERCE", "ordered"),
    (
        "The Georgian government announced the easing of restrictions on the press.",
        "CONCEDE",
        "announced",
    ),
    # disputes settled or resolved between the parties
    ("Ecuador and Peru resolved their border dispute.", "AGREE", "resolved"),
    ("Spain settled its row with Morocco over the islands.", "AGREE", "settled"),
    # a promise gone back on is refused; a deal quit reduces relations
    ("The Zambian president reneged on his pledge to hold a referendum.", "REJECT", "reneged"),
    ("The Thai junta broke its promise to restore democracy.", "REJECT", "broke"),
    ("Iran reneged on the nuclear deal with the West.", "SANCTION", "reneged"),
    # a guest's presence withdrawn (peacekeepers, monitors, agencies) is SANCTION 166x
    ("The African Union withdrew its observers from Burundi.", "SANCTION", "withdrew"),
    ("The UN pulled its peacekeepers out of Mali.", "SANCTION", "pulled"),
    ("Ethiopia withdrew its troops from Somalia.", "RETREAT", "withdrew"),
    ("The Turkish government suspended the opposition newspaper Zaman.", "COERCE", "suspended"),
    # diplomats ordered to leave are expelled
    ("Niger ordered the French ambassador to leave the country.", "SANCTION", "ordered"),
]

# (sentence, a type that must not come out of it)
NOT_TYPED = [
    ("The police freed the hostages held by the gang.", "COERCE"),  # a release, not territory
    ("Iraq cut off the speech of the Iranian envoy.", "COERCE"),  # no actor or place cut off
    ("Scientists in France isolated the virus.", "COERCE"),
    ("Brussels justified the measures by citing the attack.", "SUPPORT"),  # no one defended
    ("The yuan's appreciation against the dollar worried Washington.", "SUPPORT"),
    ("The Syrian army trained new recruits.", "AID"),  # its own forces: nobody aided
    ("Nigerian oil workers went on strike over fuel subsidies.", "ASSAULT"),
    ("The Belarusian police suppressed the protests in Minsk.", "ASSAULT"),
    ("Clinton defeated Sanders in New York.", "ASSAULT"),  # no armed side: a contest
    ("U.S. aid is restoring access to electricity in Raqqa.", "RETREAT"),
    ("The Syrian army recruited criminals to guard the checkpoints.", "MOBILIZE"),
    # destroying one's own arms is disarmament, not an attack on anyone
    ("Syria completed the destruction of its chemical weapons stockpile.", "ASSAULT"),
    # a party is no armed side: an election defeat is a contest
    ("The Labour Party's defeat in the election shocked its leader.", "ASSAULT"),
    ("The Conservative Party defeated the Labour Party in the vote.", "ASSAULT"),
    # stressing a need asks no one
    ("The general stressed the need for better training of officers.", "REQUEST"),
    # villagers burning houses are no protest crowd; agreeing to terms yields to no one
    ("Villagers torched the houses of their neighbours.", "PROTEST"),
    ("Ethiopia agreed to the terms of the peace deal.", "CONCEDE"),
    ("The president ordered the army to withdraw from the city.", "SANCTION"),
    # the release of a thing, the closure of a factory: no act on anyone
    ("The release of the video by the Iranian ministry angered Washington.", "RETREAT"),
    ("The closure of the car factory in Turin angered the unions.", "COERCE"),
    # approving one's own act is no praise: the act is coded
    ("The Kenyan parliament approved the deployment of troops to Somalia.", "SUPPORT"),
    # an effort to settle a dispute settles nothing yet
    ("Norway worked to resolve the dispute between the two parties.", "AGREE"),
    # opinion, clerics or voters mobilised are no forces
    ("Iran mobilised international opinion against the sanctions.", "MOBILIZE"),
    ("The Saudi government mobilised clerics to denounce the protests.", "MOBILIZE"),
    # figures of blame take nothing over; government employees demonstrate
    ("Beijing took aim at Washington over its trade policy.", "COERCE"),
    ("Government employees protested against the pay freeze in Nairobi.", "ACCUSE"),
    ("Students protested against the tuition fees in Santiago.", "ACCUSE"),
]


def _types(events: list[Event]) -> list[tuple[str, str]]:
    return [(e.event_type, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "kind", "trigger"), TYPED, ids=[t[0][:40] for t in TYPED])
def test_the_family_gives_its_type(pipeline: Pipeline, text: str, kind: str, trigger: str) -> None:
    events = pipeline.extract(text)
    found = [e for e in events if e.event_type == kind and e.trigger.text.startswith(trigger)]
    assert found, _types(events)
    assert found[0].reason


@pytest.mark.parametrize(("text", "kind"), NOT_TYPED, ids=[t[0][:40] for t in NOT_TYPED])
def test_the_other_sense_gives_no_such_event(pipeline: Pipeline, text: str, kind: str) -> None:
    events = pipeline.extract(text)
    assert not [e for e in events if e.event_type == kind], _types(events)


def test_a_share_of_a_place_is_no_contest(pipeline: Pipeline) -> None:
    """ "cleared 20 percent of the city" is force; "leads by 20 percent" stays a contest."""
    [event] = pipeline.extract("Iraqi forces have cleared 20 percent of the city of ISIL fighters.")
    assert event.event_type == "COERCE" and "percent" in event.trigger.text
    assert not pipeline.extract("Clinton is beating Trump by 10 percent in the polls.")


def test_a_strike_that_hits_is_one_record(pipeline: Pipeline) -> None:
    """The noun and the verb of one attack ("a U.S. strike hit ..."): the verb's record, with
    the strike's owner as source and the verb's object as target."""
    events = pipeline.extract("A U.S. strike on Monday hit two al-Qaida vehicles.")
    assert [(e.trigger.text, e.source and e.source.country) for e in events] == [("hit", "USA")]


# (sentence, event type, strict PLOVER type): an announced act of verbal conflict keeps its
# type, an announced act of force or coercion is a threat, a protest's voiced purpose is done
STRICT = [
    ("Russia sent an envoy to Damascus to demand an explanation.", "REQUEST", "REQUEST"),
    ("The UN will investigate the killing of the Egyptian policemen.", "ACCUSE", "ACCUSE"),
    ("Turkey will impose sanctions on Syria.", "SANCTION", "THREATEN"),
    ("Kurdish protesters marched in Istanbul to protest the arrests.", "PROTEST", "PROTEST"),
    ("Tamil prisoners went on hunger strike to protest their detention.", "PROTEST", "PROTEST"),
    ("The unions called a general strike to protest the pension cuts.", "PROTEST", "PROTEST"),
    # armed sides preparing or poised to use force show force (CAMEO 150); a readiness said,
    # or an arrest prepared, stays an intention
    ("Ethiopian troops were preparing to bomb the rebel positions.", "MOBILIZE", "MOBILIZE"),
    ("Turkish forces are poised to attack the Kurdish militias.", "MOBILIZE", "MOBILIZE"),
    ("The Egyptian navy prepared to blockade the port of Aden.", "MOBILIZE", "MOBILIZE"),
    ("Iran said it was prepared to attack Israel.", "ASSAULT", "THREATEN"),
    ("Police prepared to arrest the opposition leader.", "COERCE", "THREATEN"),
]


@pytest.mark.parametrize(("text", "kind", "strict"), STRICT, ids=[t[0][:40] for t in STRICT])
def test_strict_plover_type(pipeline: Pipeline, text: str, kind: str, strict: str) -> None:
    from tacitus.plover import strict_type

    events = [e for e in pipeline.extract(text) if e.event_type == kind]
    assert events, _types(pipeline.extract(text))
    assert {strict_type(e) for e in events} == {strict}, events[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish detainees began a hunger strike to demand access to lawyers.",
        "The miners staged a strike to denounce the closure of the pits.",
        "The unions organised a march to protest the new labour law.",
    ],
)
def test_a_protest_voices_its_purpose(pipeline: Pipeline, text: str) -> None:
    """The demand or protest a strike, rally or march is held for is said by holding it: done,
    not intended (so no THREATEN in strict PLOVER)."""
    from tacitus.plover import strict_type

    events = pipeline.extract(text)
    voiced = [e for e in events if e.trigger.text in ("demand", "denounce", "protest")]
    assert voiced and all(e.modality == "asserted" for e in voiced), [e.reason for e in events]
    assert "THREATEN" not in {strict_type(e) for e in events}
