"""Unnamed doers acting in a place the sentence names (issues 11/13): the place of a site
they act on or in ("stormed a police station in northern Nigeria"), and the place where a
force or protest event is placed ("gunmen attacked a market in the town of Baidoa"), give
armed men, militants and people of no nationality that place's country; never when the
sentence says someone came across a border, nor armies, foreigners, people away from home
or proxies."""

from __future__ import annotations

import pytest
from mention_data import mentions

from tacitus import Pipeline
from tacitus.actors.cross_border import crosses_border


def _source(pipeline: Pipeline, text: str, doer: str) -> tuple[str | None, str]:
    events = [e for e in pipeline.extract(text) if e.source and e.source.text == doer]
    assert events, [(e.source and e.source.text) for e in pipeline.extract(text)]
    source = events[0].source
    assert source is not None
    return source.country, source.reason


# -- a site of the clause places it ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Militants stormed a police station in northern Nigeria on Sunday.", "Militants", "NGA"),
        ("Rebels burned dozens of houses in a village near Bunia.", "Rebels", "COD"),
        ("Students occupied a university building in Dhaka for a week.", "Students", "BGD"),
    ],
)
def test_the_place_of_a_site_acted_on_places_the_clause(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert actor.country == country, actor.reason
    assert "the place of the" in actor.reason and "it acts on or in" in actor.reason


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # armies strike abroad: a site they strike does not say whose they are
        ("Soldiers stormed a village in southern Lebanon at dawn.", "Soldiers"),
        # a thing placed is no site: the talks are not in Syria
        ("Ministers discussed the crisis in Syria on Monday.", "Ministers"),
        # someone came across the border
        ("Gunmen from across the border attacked a police station in Mandera.", "Gunmen"),
        ("Rebels who crossed the border burned houses in a village near Bunia.", "Rebels"),
    ],
)
def test_a_site_gives_no_country_to_armies_things_or_border_crossers(
    pipeline: Pipeline, text: str, mention: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert actor.country is None, actor.reason


# -- doers where the event is placed --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "doer", "country"),
    [
        ("Gunmen attacked a market in the town of Baidoa, killing six people.", "Gunmen", "SOM"),
        ("Armed men abducted two aid workers in the Somali capital Mogadishu.", "Armed men",
         "SOM"),
        ("Armed men kidnapped two Chinese engineers near Quetta on Tuesday.", "Armed men", "PAK"),
    ],
)  # fmt: skip
def test_doers_of_force_take_the_country_where_the_event_is_placed(
    pipeline: Pipeline, text: str, doer: str, country: str
) -> None:
    got, reason = _source(pipeline, text, doer)
    assert got == country, reason
    assert "acting where the event is placed" in reason


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        # said to come from elsewhere
        ("Militants who crossed into Kenya killed four police officers in Mandera.", "Militants"),
        ("Foreign fighters ambushed a patrol near Mosul on Friday.", "Foreign fighters"),
        ("Migrant workers rioted in Dubai over unpaid wages.", "Migrant workers"),
        ("Gunmen in a cross-border raid killed three soldiers in Bannu.", "Gunmen"),
        # a name the tagger missed says whose they are
        ("Officials said that IS fighters had killed 15 civilians in the village of Safina, "
         "south of Mosul.", "fighters"),
        # a meeting's venue is no home: only force, coercion and protest place their doers
        ("Rebels agreed to a ceasefire at talks in Nairobi.", "Rebels"),
    ],
)  # fmt: skip
def test_border_crossers_foreigners_and_venues_give_doers_no_country(
    pipeline: Pipeline, text: str, doer: str
) -> None:
    got, reason = _source(pipeline, text, doer)
    assert got is None, reason


@pytest.mark.parametrize(
    ("text", "crossing"),
    [
        ("Gunmen who crossed into Kenya from Somalia killed four policemen.", True),
        ("Fighters infiltrated from the north overnight.", True),
        ("A cross-border raid killed three soldiers.", True),
        ("Rebels from across the frontier shelled the town.", True),
        ("Troops crossed the river and shelled the town.", False),
        ("Protesters crossed the square to the parliament.", False),
    ],
)
def test_a_sentence_says_when_someone_crossed_a_border(
    pipeline: Pipeline, text: str, crossing: bool
) -> None:
    doc = pipeline.analyzer.nlp(text)
    assert crosses_border(next(iter(doc.sents))) is crossing


# -- police, courts and protesters of the document's places -------------------------------

SUDAN_MARCH = (
    "Thousands marched in Khartoum on Sunday, and hundreds more gathered in Omdurman.\n\n"
    "The protesters chanted slogans until police dispersed them.\n\n"
    "A court later ordered the release of those detained. Several officers were hurt."
)


@pytest.mark.parametrize("mention", ["The protesters", "police", "A court"])
def test_police_courts_and_protesters_take_the_state_of_the_documents_places(
    pipeline: Pipeline, mention: str
) -> None:
    actor = mentions(pipeline, SUDAN_MARCH)[mention]
    assert actor.country == "SDN", actor.reason
    assert "country of the document's places (Sudan: 2 of 2)" in actor.reason


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # officers may be sent by any state
        (SUDAN_MARCH, "Several officers"),
        # a dateline is where a regional bureau files from, not whose police act
        ("DUBAI (Reuters) - Police arrested dozens of opposition supporters on Friday.\n\n"
         "A court ordered their release.", "Police"),
        ("DUBAI (Reuters) - Police arrested dozens of opposition supporters on Friday.\n\n"
         "A court ordered their release.", "A court"),
    ],
)  # fmt: skip
def test_officers_and_a_dateline_alone_give_no_home(
    pipeline: Pipeline, text: str, mention: str
) -> None:
    actor = mentions(pipeline, text).get(mention)
    assert actor is not None and actor.country is None, actor and actor.reason


# -- a body named by its relation, placed ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("A commander of Iran's proxies in Iraq threatened American troops.", "A commander",
         "IRQ"),
        ("The leader of Russia's ally in Syria thanked Moscow for its support.", "The leader",
         "SYR"),
    ],
)  # fmt: skip
def test_an_agent_of_a_relation_takes_the_state_it_stands_in(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert actor.country == country, actor.reason
    assert "a body named by its relation, placed in" in actor.reason


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # not the owner's: the text does not place the ally
        ("The chief of Turkey's militia ally was killed by a roadside bomb.", "The chief"),
        # a place that is no state
        ("A spokesman for Washington's partners in Europe welcomed the decision.", "A spokesman"),
    ],
)
def test_an_unplaced_relation_gives_no_country(pipeline: Pipeline, text: str, mention: str) -> None:
    actor = mentions(pipeline, text)[mention]
    assert actor.country is None, actor.reason
