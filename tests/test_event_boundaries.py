"""Where PLOVER draws the line between neighbouring types (issue 13): praise or blame said by
naming an act, agreeing with a view or to a deal, and the like. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from tacitus import Event, Pipeline
from tacitus.plover import strict_type

# (sentence, strict PLOVER type of some record, words its trigger starts with)
TYPED = [
    # calling an act or an actor by a word of blame is criticism (CAMEO 111)
    ("The Kremlin called the new EU sanctions illegal and counterproductive.", "ACCUSE", "called"),
    ("Beijing called the American arms sales a gross interference.", "ACCUSE", "called"),
    ("Egypt termed the bombing of the church an act of terrorism.", "ACCUSE", "termed"),
    ("Ankara described the Greek deployment as a violation of the treaty.", "ACCUSE", "described"),
    (
        "The Iranian foreign ministry characterised the report as baseless.",
        "ACCUSE",
        "characterised",
    ),
    ("Venezuela's opposition called the election a sham.", "ACCUSE", "called"),
    # agreeing with a view endorses it (CAMEO 051); agreeing with a party to act is AGREE
    ("Britain agreed with the American assessment of the militia.", "SUPPORT", "agreed"),
    (
        "The Egyptian president said he agreed with Jordan's position on the refugees.",
        "SUPPORT",
        "agreed",
    ),
    ("Egypt agreed with Sudan to reopen the border crossing.", "AGREE", "reopen"),
    ("Serbia agreed to the Russian proposal for talks.", "AGREE", "agreed"),
    # leaving a treaty, an alliance or talks reduces relations (CAMEO 160, 164), as quitting
    # them does; forces that leave a place retreat
    ("The United States withdrew from the nuclear deal with Iran.", "SANCTION", "withdrew"),
    ("Russia pulled out of the Black Sea grain deal.", "SANCTION", "pulled"),
    ("Mali withdrew from the regional security alliance.", "SANCTION", "withdrew"),
    ("The Sudanese army withdrew from the peace talks in Jeddah.", "SANCTION", "withdrew"),
    ("Russian troops withdrew from the town near Kharkiv.", "RETREAT", "withdrew"),
    ("Israel pulled its forces out of the Philadelphi corridor.", "RETREAT", "pulled"),
    ("Israel said it would not withdraw from the Philadelphi corridor.", "REJECT", "withdraw"),
    # people or ships seized by irregular armed men are abducted or hijacked (CAMEO 181); by a
    # state's forces, arrested or confiscated (CAMEO 173, 1711)
    ("Gunmen seized three French aid workers in Niger.", "ASSAULT", "seized"),
    ("Somali pirates seized a Greek cargo ship off the coast.", "ASSAULT", "seized"),
    ("Houthi rebels seized a British-owned cargo ship in the Red Sea.", "ASSAULT", "seized"),
    ("Iranian forces seized a British-flagged tanker in the Gulf.", "COERCE", "seized"),
    ("Nigerian police seized two journalists at the rally in Abuja.", "COERCE", "seized"),
    # blasting someone with a weapon is force; blasting a decision is criticism
    ("The Chinese coast guard blasted Philippine boats with water cannon.", "ASSAULT", "blasted"),
    ("Gunmen sprayed a Kenyan police convoy with bullets.", "ASSAULT", "sprayed"),
    ("The Philippine president blasted China for the harassment.", "ACCUSE", "blasted"),
    # relief workers deployed are help sent (CAMEO 073); troops deployed are mobilised
    ("The World Health Organization deployed doctors to Sudan.", "AID", "deployed"),
    ("Russia deployed additional troops to the Belarusian border.", "MOBILIZE", "deployed"),
    # rallying to someone's defence is support (CAMEO 053); people rallying in a square protest
    ("The Gulf states rallied to the defence of Qatar.", "SUPPORT", "rallied"),
    ("Thousands of Serbian students rallied in Belgrade against corruption.", "PROTEST", "rallied"),
    # accepting refugees gives refuge (CAMEO 075); accepting a proposal agrees to it
    ("Germany accepted 2,000 Afghan refugees last year.", "AID", "accepted"),
    ("Hamas accepted the Egyptian ceasefire proposal.", "AGREE", "accepted"),
    # ... by a word of approval, endorsement (CAMEO 051)
    ("The United States called the Kenyan election free and fair.", "SUPPORT", "called"),
    (
        "The Indian prime minister described the accord with Nepal as a milestone.",
        "SUPPORT",
        "described",
    ),
]

# (sentence, type no record may have)
NOT_TYPED = [
    # nothing is called anything: the word of blame names the object itself, or there is none
    ("The Kenyan opposition called off the sham election.", "ACCUSE"),
    ("The Egyptian president called a meeting on the crime wave.", "ACCUSE"),
    ("The Nigerian police described the attack in detail.", "ACCUSE"),
    ("The French minister called the talks with Algeria constructive.", "ACCUSE"),
    ("The French minister called the talks with Algeria constructive.", "SUPPORT"),
    ("Brazil described its economy as fragile.", "ACCUSE"),
    ("Egypt agreed with Sudan to reopen the border crossing.", "SUPPORT"),
    ("Russian troops pulled out of Kherson after the offensive.", "SANCTION"),
    ("Iranian forces seized a British-flagged tanker in the Gulf.", "ASSAULT"),
    ("Nigerian police seized two journalists at the rally in Abuja.", "ASSAULT"),
    ("Houthi rebels seized weapons from an army depot in Yemen.", "ASSAULT"),
    ("The Philippine president blasted China for the harassment.", "ASSAULT"),
    ("The World Health Organization deployed doctors to Sudan.", "MOBILIZE"),
    ("The UN refugee agency deployed additional staff to eastern Chad.", "MOBILIZE"),
    ("Turkey deployed additional staff to its embassy in Kabul.", "AID"),
    ("Russia deployed a team of special forces to Syria.", "AID"),
    ("The Gulf states rallied to the defence of Qatar.", "PROTEST"),
    # accepting a resignation or credentials agrees to no cooperation
    ("President Ruto accepted the resignation of the Kenyan defence minister.", "AGREE"),
    ("King Charles accepted the credentials of the new Japanese ambassador.", "AGREE"),
    ("Germany accepted 2,000 Afghan refugees last year.", "AGREE"),
    ("Serbian students rallied to the square outside parliament.", "SUPPORT"),
    ("The Kenyan opposition blasted the government with criticism over the budget.", "ASSAULT"),
    ("The United States withdrew its troops from Afghanistan.", "SANCTION"),
    ("Ukraine and Poland agreed with each other on a grain deal.", "SUPPORT"),
]


def _types(events: list[Event]) -> list[tuple[str, str]]:
    return [(strict_type(e), e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "kind", "trigger"), TYPED, ids=[t[0][:40] for t in TYPED])
def test_the_construction_gives_its_type(
    pipeline: Pipeline, text: str, kind: str, trigger: str
) -> None:
    events = pipeline.extract(text)
    found = [e for e in events if strict_type(e) == kind and e.trigger.text.startswith(trigger)]
    assert found, _types(events)
    assert found[0].reason


@pytest.mark.parametrize(("text", "kind"), NOT_TYPED, ids=[t[0][:40] for t in NOT_TYPED])
def test_the_other_construction_gives_no_such_event(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    events = pipeline.extract(text)
    assert not [e for e in events if strict_type(e) == kind], _types(events)


def test_a_word_of_blame_names_its_target(pipeline: Pipeline) -> None:
    """The one blamed is the actor the named thing belongs to ("the American sanctions")."""
    [event] = [
        e
        for e in pipeline.extract("Beijing called the American sanctions a gross interference.")
        if e.event_type == "ACCUSE"
    ]
    assert (event.source and event.source.country, event.target and event.target.country) == (
        "CHN",
        "USA",
    )
