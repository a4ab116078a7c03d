"""Agent words with no nationality that their sentence ties to a state (issue 13): a
nationality shared by coordinated agent words ("Rwandan soldiers and militiamen"), the staff
of a national workplace ("workers at a Polish shipyard"), and the place people flee
("refugees fleeing the war in Liberia"); and the sentences that tie them to none."""

from __future__ import annotations

import pytest
from mention_data import mentions

from tacitus import Pipeline


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Rwandan soldiers and militiamen killed dozens of villagers.", "militiamen", "RWA"),
        ("Serbian police and paramilitaries attacked the village.", "paramilitaries", "SRB"),
        ("Kenyan teachers and nurses went on strike.", "nurses", "KEN"),
    ],
)
def test_a_bare_conjunct_shares_the_first_conjuncts_nationality(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert actor.country == country, actor
    assert "modifies both" in actor.reason


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # the second are the first's enemy
        ("US troops and insurgents clashed near the border.", "insurgents"),
        # a phrase of its own: the modifier does not reach it
        ("Syrian troops and the militiamen shelled the town.", "the militiamen"),
        # a foreign force's partner is not foreign
        ("Foreign troops and militiamen guarded the airport.", "militiamen"),
    ],
)
def test_a_conjunct_of_another_side_or_phrase_shares_nothing(
    pipeline: Pipeline, text: str, mention: str
) -> None:
    actor = mentions(pipeline, text).get(mention)
    assert actor is None or "modifies both" not in actor.reason, actor


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Workers at a Polish shipyard went on strike on Monday.", "Workers", "POL"),
        ("Students at a Kenyan university protested against fee rises.", "Students", "KEN"),
        ("Miners of a Chilean copper mine blocked the highway.", "Miners", "CHL"),
    ],
)
def test_the_staff_of_a_national_workplace_are_its_states(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert actor.country == country, actor
    assert "acts for it" in actor.reason


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # an embassy's local staff are not its state's ("protesters" were no staff word, so
        # that case could not fail)
        ("Workers at the US embassy in Nairobi went on strike.", "Workers"),
        # a workplace a state's firm runs abroad
        ("Workers at a Turkish-run port in Somalia went on strike.", "Workers"),
        # a workplace placed elsewhere
        ("Workers at a Chinese mine in Zambia rioted over pay.", "Workers"),
        # a workplace a state only owns
        ("Workers at a French-owned plant went on strike.", "Workers"),
    ],
)
def test_an_embassy_or_a_workplace_elsewhere_gives_no_staff_country(
    pipeline: Pipeline, text: str, mention: str
) -> None:
    actor = mentions(pipeline, text).get(mention)
    assert actor is None or "acts for it" not in actor.reason, actor


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("The agency sent food to refugees fleeing the civil war in Liberia.", "refugees",
         "LBR"),
        ("Aid agencies helped civilians who fled Mosul last week.", "civilians", "IRQ"),
        ("Volunteers fed refugees escaping from Burundi.", "refugees", "BDI"),
    ],
)  # fmt: skip
def test_people_take_the_country_they_flee(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert actor.country == country, actor
    assert "fled" in actor.reason


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # the destination is no origin
        ("The border guards turned back refugees fleeing to Zaire.", "refugees"),
        ("Aid groups sheltered refugees fleeing into Kenya.", "refugees"),
        # foreigners flee where they work
        ("Ships evacuated foreigners fleeing Libya.", "foreigners"),
        # two states: no one origin
        ("Troops fired on refugees fleeing Syria and Iraq.", "refugees"),
    ],
)
def test_a_destination_foreigners_or_two_states_give_no_origin(
    pipeline: Pipeline, text: str, mention: str
) -> None:
    actor = mentions(pipeline, text).get(mention)
    assert actor is None or "fled" not in actor.reason, actor


def _target(pipeline: Pipeline, text: str, kind: str = "ASSAULT") -> tuple[str | None, str]:
    events = [e for e in pipeline.extract(text) if e.event_type == kind and e.target]
    assert events, [(e.event_type, e.trigger.text) for e in pipeline.extract(text)]
    target = events[0].target
    assert target is not None
    return target.country, target.reason


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("A Jordanian air strike killed nine people on Monday in Deir ez-Zor.", "SYR"),
        ("Turkish jets killed 20 civilians near Kirkuk, residents said.", "IRQ"),
        ("At least 12 people were killed in a bomb blast in the Pakistani city of Peshawar, "
         "near the Afghan border.", "PAK"),
    ],
)  # fmt: skip
def test_civilians_struck_in_a_place_are_its_people(
    pipeline: Pipeline, text: str, country: str
) -> None:
    got, reason = _target(pipeline, text)
    assert got == country, reason
    assert "civilians struck where the event is placed" in reason


@pytest.mark.parametrize(
    "text",
    [
        # held, travelling or foreign people are not the place's
        "A Saudi air strike killed two hostages in Marib and a Yemeni soldier.",
        "Saudi jets killed four foreign tourists near Marib and a Yemeni soldier.",
        # a dateline is where the reporter is
        "KABUL (Reuters) - A Pakistani rocket killed nine people, Afghan officials said.",
    ],
)
def test_held_or_foreign_people_or_a_dateline_give_no_victims_country(
    pipeline: Pipeline, text: str
) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT" and e.target]
    for event in events:
        assert event.target is not None
        assert "civilians struck where" not in event.target.reason, event.target


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Gunmen killed three tourists in Luxor.", "three tourists"),
        ("Refugees in Goma protested against food shortages.", "Refugees"),
        ("Pilgrims in Mecca were injured in a stampede.", "Pilgrims"),
        ("Militants freed two hostages in Sanaa on Friday.", "two hostages"),
    ],
)
def test_people_away_from_home_take_no_country_from_where_they_are(
    pipeline: Pipeline, text: str, mention: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert actor.country is None, actor


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # where they come from is theirs
        ("Tourists from Germany were evacuated from the resort.", "Tourists", "DEU"),
        # people at home keep the place of their clause
        ("Gunmen killed three villagers in Luxor.", "three villagers", "EGY"),
    ],
)
def test_where_people_come_from_or_live_still_gives_their_country(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    assert mentions(pipeline, text)[mention].country == country


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Kenya held elections in March. The country's leaders agreed to form a unity "
         "government.", "The country's leaders", "KEN"),
        ("Russia denied the report. The country's army shelled the town.", "The country's army",
         "RUS"),
    ],
)  # fmt: skip
def test_agents_of_a_described_state_take_its_country(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert actor.country == country, actor
    assert "owned by 'The country'" in actor.reason


def test_a_described_state_that_is_no_owner_gives_nothing(pipeline: Pipeline) -> None:
    # "the country" here is where they went, not whose they are
    found = mentions(pipeline, "Kenya held elections in March. Observers left the country.")
    actor = found.get("Observers")
    assert actor is None or "owned by" not in actor.reason, actor


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("The Kenyan government and the opposition signed a peace accord.", "the opposition",
         "KEN"),
        ("Uganda and the opposition agreed on a new constitution.", "the opposition", "UGA"),
    ],
)  # fmt: skip
def test_the_opposition_beside_a_government_is_its_states(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert actor.country == country, actor
    assert "the opposition beside" in actor.reason


def test_rebels_beside_a_government_take_nothing_from_it(pipeline: Pipeline) -> None:
    actor = mentions(pipeline, "The Kenyan government and rebels signed a truce.")["rebels"]
    assert "beside" not in actor.reason, actor
