"""Recall of ordinary wire copy (issue 13): verbs, nouns and constructions of wire news that
gave no candidate at all, each with a sentence it must not fire on. Sentences written for
these tests; tests/wire_probes.py holds the wider probe set."""

from __future__ import annotations

import pytest
from wire_probes import NEGATIVE, PROBES
from wire_probes_r10 import NEGATIVE as NEGATIVE_R10
from wire_probes_r10 import PROBES as PROBES_R10
from wire_probes_r11 import PROBES as PROBES_R11

from tacitus import Event, Pipeline
from tacitus.evaluate.plover_gsr import main_mention
from tacitus.plover import strict_type

# (sentence, event type, source country, target country or None)
# fmt: off
FOUND = [
    # wire idioms of yielding: give way / ground, a U-turn, complying with a resolution
    ("Baghdad gave way on the oil law after pressure from Washington.", "CONCEDE", "IRQ", None),
    ("The junta gave ground to the opposition on the election date.", "CONCEDE", None, None),
    ("Moscow made a U-turn on the gas price increase.", "CONCEDE", "RUS", None),
    ("Iraq complied with the Security Council resolutions on weapons inspections.", "CONCEDE", "IRQ", None),
    # signing a deal: "inked"
    ("India and Pakistan inked a deal on visas.", "AGREE", "IND", "PAK"),
    ("Oman inked a defence pact with Britain.", "AGREE", "OMN", "GBR"),
    # handing a suspect or territory over: "turned over"
    ("Italy turned over the terrorism suspect to France.", "COOPERATE", "ITA", "FRA"),
    ("Rebels turned over the bodies of the soldiers to Colombia.", "RETREAT", None, "COL"),
    # a host receiving a visiting official
    ("The emir of Qatar received the US defence secretary in Doha.", "CONSULT", "QAT", "USA"),
    ("King Abdullah received the German chancellor at his palace.", "CONSULT", "JOR", "DEU"),
    ("Sweden played host to Colombian peace negotiators.", "CONSULT", "SWE", "COL"),
    # initialling a text; backing away or off from a position
    ("Palestinian and Israeli negotiators initialled the agreement.", "AGREE", "PSE", "ISR"),
    ("Iran backed away from its threat to close the Strait of Hormuz.", "CONCEDE", "IRN", None),
    ("North Korea backed off from its demand for direct talks.", "CONCEDE", "PRK", None),
    # a claim given up or relinquished
    ("Serbia gave up its claim to Kosovo.", "CONCEDE", "SRB", None),
    ("Argentina relinquished its claim to the islands.", "CONCEDE", "ARG", None),
    # a blockade relaxed; a deadline given is an ultimatum
    ("Israel relaxed its blockade of the Gaza Strip.", "RETREAT", "ISR", "PSE"),
    ("Washington gave Baghdad a deadline to disarm.", "THREATEN", "USA", "IRQ"),
    # strikes launched by prisoners or workers are no attacks
    ("Palestinian prisoners launched a hunger strike.", "PROTEST", "PSE", None),
    ("Nigerian oil workers launched a strike over pay.", "PROTEST", "NGA", None),
    ("Israeli jets launched strikes on Gaza.", "ASSAULT", "ISR", "PSE"),
    # a light verb governing a counted act: "a round of talks", "a wave of arrests"
    ("Israel and Syria held a fresh round of negotiations in Washington.", "CONSULT", "ISR", "SYR"),
    ("Egyptian police launched a wave of arrests against Islamists.", "COERCE", "EGY", None),
    # finishing a visit or talks: the light verbs wrap up, wind up, round off
    ("The Japanese prime minister wrapped up a three-day visit to India.", "CONSULT", "JPN", "IND"),
    ("Egypt and Israel held three days of talks in Cairo.", "CONSULT", "EGY", "ISR"),
    # an envoy sent for talks: the sender consults whom the envoy goes to
    ("Uganda sent an envoy to Rwanda for talks on the border.", "CONSULT", "UGA", "RWA"),
    ("Norway dispatched a mediator to Sri Lanka for talks with the rebels.", "CONSULT", "NOR", None),
    # being in talks: the subject talks
    ("Egypt is in talks with the International Monetary Fund over a loan.", "CONSULT", "EGY", "IGO"),
    ("Iran remained in negotiations with the European Union.", "CONSULT", "IRN", "IGO"),
    # a passive act with "between X and Y" on its noun: the pair
    ("An agreement was reached between Israel and the Palestinians.", "AGREE", "ISR", "PSE"),
    ("A peace accord was signed between Ethiopia and Eritrea in Algiers.", "AGREE", "ETH", "ERI"),
    # where a cooperative act takes place is no side: the pair acts on each other
    ("The Indian and Chinese foreign ministers met at the White House.", "CONSULT", "IND", "CHN"),
    ("Israel and Jordan signed the treaty at the United Nations.", "AGREE", "ISR", "JOR"),
    # hosting a gathering that is no trigger noun of its own: the host consults
    ("Norway hosted a donors' conference on Sudan.", "CONSULT", "NOR", None),
    ("Kuwait will host an international forum on Iraqi reconstruction.", "CONSULT", "KWT", None),
    # a strike observed; people going out into the streets
    ("Lebanese shopkeepers observed a general strike on Monday.", "PROTEST", "LBN", None),
    ("Thousands of Georgians took to the streets of Tbilisi.", "PROTEST", "GEO", None),
    ("Angry Egyptians poured into the streets after Friday prayers.", "PROTEST", "EGY", None),
    # forces leaving a country withdraw from it
    ("The last British troops left Iraq in 2011.", "RETREAT", "GBR", "IRQ"),
    ("Syrian soldiers left Lebanon after 29 years.", "RETREAT", "SYR", "LBN"),
    # a closure imposed; advisers sent; throwing one's weight behind someone
    ("Israel imposed a total closure on the Gaza Strip.", "COERCE", "ISR", "PSE"),
    ("Britain will send military advisers to Sierra Leone.", "AID", "GBR", "SLE"),
    ("France threw its weight behind the Lebanese government.", "SUPPORT", "FRA", "LBN"),
    # "hit back at": a retort, unless the means of force or an armed side is named
    ("Iran hit back at the European criticism of its nuclear programme.", "ACCUSE", "IRN", None),
    ("Beijing hit back at Tokyo over the textbook row.", "ACCUSE", "CHN", "JPN"),
    ("Israel hit back at Hamas with air strikes on Gaza.", "ASSAULT", "ISR", "PSE"),
    # a military exercise called off; rocket or artillery fire halted
    ("South Korea called off the joint military drill.", "RETREAT", "KOR", None),
    ("Hezbollah halted its rocket fire on northern Israel.", "RETREAT", "LBN", "ISR"),
    # a headline with no verb: the names the "in talks" phrase hangs on talk
    ("Kenya in talks with World Bank over debt relief", "CONSULT", "KEN", "IGO"),
    ("Israel, Jordan in talks on water sharing", "CONSULT", "ISR", "JOR"),
    # stones, firebombs or shoes thrown at someone: a violent protest (CAMEO 145)
    ("Palestinian youths threw stones at Israeli troops in Hebron.", "PROTEST", "PSE", "ISR"),
    ("Kashmiri protesters hurled rocks at Indian police.", "PROTEST", None, "IND"),
    ("Greek demonstrators pelted the riot police with stones and bottles.", "PROTEST", "GRC", None),
    # people held without charge or trial are detained
    ("Egypt held the Australian journalist without charge for a year.", "COERCE", "EGY", "AUS"),
    ("Israel has held the Palestinian lawyer without trial since 2015.", "COERCE", "ISR", "PSE"),
    # ships and cargo intercepted are seized
    ("The French navy intercepted a Libyan arms shipment.", "COERCE", "FRA", "LBY"),
    ("Somali pirates intercepted a Danish cargo ship.", "ASSAULT", None, "DNK"),
]
# fmt: on

NOT_EVENTS = [
    "The old wooden bridge gave way under the weight of the trucks.",
    "The diplomat turned over the page and read the statement.",
    "Embassy staff hailed a cab outside the ministry.",
    "The hotel received the guests in its new lobby.",
    "The truck backed away from the checkpoint.",
    "The ministry sent the bill to parliament for approval.",
    "A round of applause greeted the Iraqi delegation.",
    "The player gave up his claim to the title.",
    "The journalists were in detention for a month.",
    "Three days of heavy rain flooded the capital.",
    "The Egyptian foreign minister hosted a news conference in Cairo.",
    "The French president left Beijing on Friday.",
    "American troops left their barracks at dawn.",
    "British troops left Kuwait for the Iraqi border.",
    "The crowd took to the dance floor.",
    "The Manchester club signed a Brazilian striker.",
    "The pitcher threw the ball behind the batter.",
    "Firefighters stopped the fire before it reached the houses.",
    "The factory halted rocket production.",
    "The Egyptian minister stood by his remarks on the dam.",
    "The boxer hit back at his critics with a knockout.",
    "Quarterback in talks over new contract",
    "The boy threw stones into the river.",
    "The pitcher threw the ball without hesitation.",
    "The ministry held the conference without incident.",
    "The air defence system intercepted two rockets over the city.",
    "The goalkeeper intercepted the pass.",
]


def _has(events: list[Event], kind: str, source: str | None, target: str | None) -> bool:
    def country(side: object) -> str | None:
        return getattr(side, "country", None)

    return any(
        e.event_type == kind
        and (source is None or source in (country(e.source), e.reciprocal and country(e.target)))
        and (target is None or target in (country(e.target), e.reciprocal and country(e.source)))
        for e in events
    )


@pytest.mark.parametrize(("text", "kind", "source", "target"), FOUND)
def test_wire_construction_is_coded(
    pipeline: Pipeline, text: str, kind: str, source: str | None, target: str | None
) -> None:
    events = pipeline.extract(text)
    assert _has(events, kind, source, target), [(e.event_type, e.reason) for e in events]


@pytest.mark.parametrize("text", NOT_EVENTS + NEGATIVE + NEGATIVE_R10)
def test_other_sense_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert pipeline.extract(text) == []


def test_probe_set_pass_rate(pipeline: Pipeline) -> None:
    """The wire probe set: most sentences give their type with both named sides (the misses
    left are listed in the issue; a drop below this floor is a regression)."""
    passed = sum(_has(pipeline.extract(s), kind, src, tgt) for s, kind, src, tgt in PROBES)
    assert passed >= 301, f"{passed}/{len(PROBES)}"


def test_second_probe_set_pass_rate(pipeline: Pipeline) -> None:
    """The round 10 probe set (headlines, datelines, attributions, nominal heads): a floor as
    above."""
    passed = sum(_has(pipeline.extract(s), kind, src, tgt) for s, kind, src, tgt in PROBES_R10)
    assert passed >= 93, f"{passed}/{len(PROBES_R10)}"


def test_third_probe_set_types_and_modality(pipeline: Pipeline) -> None:
    """The round 11 probe set (type boundaries and modality): the sentence's main act has the
    strict type and the modality expected, or nothing is coded where nothing should be (a
    floor as above; the misses left are recall)."""
    passed = 0
    for text, kind, modality in PROBES_R11:
        chosen = main_mention(pipeline.extract(text))
        if kind is None:
            passed += not chosen
            continue
        event = chosen[0] if chosen else None
        got = event and (strict_type(event), "negated" if event.negated else event.modality)
        passed += got == (kind, modality)
    assert passed >= 114, f"{passed}/{len(PROBES_R11)}"


def test_halted_fire_is_no_attack(pipeline: Pipeline) -> None:
    """Fire halted is a ceasefire, never the attack it stops."""
    events = pipeline.extract("Islamic Jihad halted its rocket fire on Israel.")
    assert [e.event_type for e in events] == ["RETREAT"], [e.reason for e in events]
