"""Precision on US domestic political news (issue 13): words between politicians told with
force words, contests and legislative votes told with words of seizure, repeal or rejection,
figures of speech, vote counts, campaign rallies and emergency rule for a disaster. Each
class with sentences that must keep their event. Sentences written for these tests;
tests/uspol_probes.py holds the wider probe set."""

from __future__ import annotations

import pytest
from uspol_probes import EVENTS, NONE

from tacitus import Event, Pipeline

# fmt: off
# words between politicians of one state: criticism, not force
QUARRELS = [
    "The Trump campaign attacked Clinton over her health.",
    "Clinton and Sanders clashed over gun control at the debate.",
    "Senator Warren attacked Steven Mnuchin over the tax law.",
    "Trump attacked Senator John McCain on Twitter.",
    # retorts and figures of speech
    "Clinton's allies are firing back at the FBI director.",
    "The senator torched the president's nominee in a floor speech.",
]
# the same words with force: armed sides, a crowd, states, a nameless assailant
FORCE = [
    ("Police attacked protesters at the rally.", "ASSAULT"),
    ("Russian troops attacked Ukrainian positions near Donetsk.", "ASSAULT"),
    ("A man attacked Senator Rand Paul at his home.", "ASSAULT"),
    ("Protesters clashed with police outside the convention.", "PROTEST"),
    ("The Taliban seized control of Kunduz.", "COERCE"),
    ("Israel pulled out of southern Lebanon in May.", "RETREAT"),
    ("Kurdish forces fought the Islamic State near Kobani.", "ASSAULT"),
    ("Gunmen hijacked a bus in northern Nigeria.", "ASSAULT"),
    ("Egypt repealed the emergency law.", "CONCEDE"),
    ("Iran rejected the proposal.", "REJECT"),
    ("The World Bank approved a $500 million loan to Kenya.", "AGREE"),
    ("Germany supported Poland's bid for the seat.", "SUPPORT"),
    ("The NRA backed Trump in May.", "SUPPORT"),
    ("Opposition supporters held a rally in Nairobi against the government.", "PROTEST"),
    ("Maduro's rally in Caracas against the American sanctions drew thousands.", "PROTEST"),
    ("The governor declared a state of emergency over the protests.", "COERCE"),
    ("The gunman surrendered to police after a standoff.", "RETREAT"),
    ("The rebels surrendered to the army.", "RETREAT"),
    ("Israel stopped the attacks on Gaza.", "RETREAT"),
    ("Russia withdrew its troops from Georgia.", "RETREAT"),
    ("Turkish forces fired back at Syrian troops.", "ASSAULT"),
    ("Rioters torched police cars in Minneapolis.", "PROTEST"),
    ("Israeli troops occupied the West Bank town of Jenin.", "COERCE"),
    ("Students occupied the university building in Hong Kong.", "PROTEST"),
    ("The army battled rebels near Goma.", "ASSAULT"),
    # a retort's words need a fighting doer: police firing back fire; the opposition hitting
    # or firing back answers in words (review of a2a6e38)
    ("Police fired back at the gunmen outside the bank.", "ASSAULT"),
    ("Soldiers fired back at the attackers near the border.", "ASSAULT"),
    ("The opposition fired back at the president over the budget.", "ACCUSE"),
    ("The opposition hit back at the government over the arrests.", "ACCUSE"),
    ("Police hit back at critics of the operation.", "ACCUSE"),
    # pushing someone to act is a demand of an actor's, not of a thing's (review of b66f4f4)
    ("The United States pushed Israel to halt its strikes on Gaza.", "REQUEST"),
    # a named private person (no list, no role) attacking a politician: an assault (review)
    ("Mark Delaney attacked Senator Rand Paul outside his home in Kentucky.", "ASSAULT"),
    ("Peter Walsh attacked Republican lawmakers at a baseball practice.", "ASSAULT"),
    # an opposition politician is no armed side: words stay words (review)
    ("Erdogan attacked the opposition leader in a speech on Tuesday.", "ACCUSE"),
    ("Putin attacked Navalny in a televised speech.", "ACCUSE"),
    # an opposition party's rally, or a party's rally against someone, is a protest (review)
    ("The opposition party held a rally in Islamabad against the government.", "PROTEST"),
    ("The ruling party held a rally against the opposition in Caracas.", "PROTEST"),
]
NOT_EVENTS = [
    # a party winning chambers, seats or a governorship
    "Republicans captured the governor's mansion in Kentucky.",
    "The Republicans seized control of both chambers in 2014.",
    "Democrats seized control of the House in 2018.",
    "Democrats captured the Senate majority in 2020.",
    # idioms and figures
    "The administration is pulling out all the stops to pass tax reform.",
    "Clinton fought back tears as she addressed supporters in New York.",
    "The senator fought back tears as he spoke.",
    "Trump has hijacked the Republican Party.",
    "The House approved $1.1 billion to fight the Zika virus.",
    # a state's own laws and bills voted on
    "The House voted 217 to 213 to repeal the Affordable Care Act.",
    "Republicans are pushing to repeal the estate tax.",
    "The Senate rejected the amendment 48 to 52.",
    "The senator told CNN that he would not support the bill in its current form.",
    # how people voted
    "Evangelicals backed Trump by a four-to-one margin.",
    # campaign rallies
    "Trump's rally in Chicago was canceled over security concerns.",
    "Clinton's campaign rally in Tampa drew 10,000 people.",
    # a call into a broadcast; a surrender in politics; an attack foiled by police
    "Trump called into Fox and Friends on Monday morning.",
    "The party's leaders have surrendered to Trump.",
    # legal fights, races left, nominations withdrawn
    "The president's lawyers fought the subpoena in court.",
    "Trump pulled out of the debate hosted by Fox News.",
    "Biden withdrew from the race in July.",
    "The White House withdrew the nomination.",
    # a thing pushing people to act: a cause, no demand (review of b66f4f4)
    "Floods pushed thousands of people to flee their homes.",
    "Rising fuel prices pushed farmers to sell their land.",
    # emergency rule for a disaster
    "The governor declared a state of emergency ahead of the hurricane.",
    "Louisiana declared a state of emergency after the floods.",
]
# fmt: on


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("text", QUARRELS)
def test_words_between_politicians_are_criticism(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(text)
    assert [e.event_type for e in events] == ["ACCUSE"], [e.reason for e in events]


@pytest.mark.parametrize(("text", "kind"), FORCE)
def test_the_same_words_keep_their_act(pipeline: Pipeline, text: str, kind: str) -> None:
    events = pipeline.extract(text)
    assert kind in [e.event_type for e in events], [e.reason for e in events]
    assert "ACCUSE" not in [e.event_type for e in events] or kind == "ACCUSE"


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_us_politics_no_event(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(text)
    assert events == [], [(e.event_type, e.reason) for e in events]


def _sides_hold(event: Event, source: str | None, target: str | None) -> bool:
    def holds(key: str | None, side: object) -> bool:
        if key is None or side is None:
            return True
        if len(key) == 3 and key.isupper():
            return getattr(side, "country", None) == key
        words = f"{getattr(side, 'name', '') or ''} {getattr(side, 'text', '') or ''}".lower()
        return key.lower() in words

    direct = holds(source, event.source) and holds(target, event.target)
    return direct or (
        event.reciprocal and holds(source, event.target) and holds(target, event.source)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Obama commended the police officers who stopped the attack.",
        "The governor thanked the passengers who halted the attack on the train.",
    ],
)
def test_an_attack_stopped_by_police_or_bystanders_is_no_ceasefire(
    pipeline: Pipeline, text: str
) -> None:
    events = pipeline.extract(text)
    assert "RETREAT" not in [e.event_type for e in events], [e.reason for e in events]


def test_charged_with_doing_is_the_object_s_act(pipeline: Pipeline) -> None:
    """ "charged X with V-ing": X does it, hedged, as 'accused X of V-ing'."""
    events = pipeline.extract("Police charged three men with attacking a mosque.")
    attack = [e for e in events if e.event_type == "ASSAULT"]
    assert attack and attack[0].source is not None, [e.reason for e in events]
    assert attack[0].source.text == "three men", attack[0].reason


def test_probe_set_false_events(pipeline: Pipeline) -> None:
    """The US-politics probe set: sentences that hold no event give few events (a rise above
    this ceiling is a regression; the ones left are listed in the issue)."""
    false = [(s, e.event_type) for s in NONE for e in pipeline.extract(s)]
    assert len(false) <= 6, false


def test_probe_set_right_events(pipeline: Pipeline) -> None:
    """Sentences that hold events: most give their type with both named sides."""
    right = 0
    for text, expected in EVENTS:
        events = pipeline.extract(text)
        right += all(
            any(e.event_type in kinds.split("|") and _sides_hold(e, s, t) for e in events)
            for kinds, s, t in expected
        )
    assert right >= 50, f"{right}/{len(EVENTS)}"
