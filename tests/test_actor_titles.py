"""Titles, ranks and services around names; an institution's name before a title; what a
person is said to be; places the tagger took for names; where a place in a clause belongs
(issue 14). Sentences written for the tests."""

from __future__ import annotations

import pytest
from mention_data import mentions

from tacitus import Pipeline
from tacitus.records import Actor


def containing(pipeline: Pipeline, text: str, word: str) -> Actor:
    found = mentions(pipeline, text)
    return next(a for k, a in found.items() if word in k)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Navy Capt. Dale Hooper told reporters the ship was safe.", "Dale Hooper"),
        ("Marine Col. Rita Banks led the patrol.", "Rita Banks"),
    ],
)
def test_a_service_and_rank_are_the_title_of_the_name(
    pipeline: Pipeline, text: str, name: str
) -> None:
    found = mentions(pipeline, text)
    for key in found:  # the title is no actor of its own ("Navy Capt.")
        assert name in key or key.split()[-1].rstrip(".") not in ("Capt", "Col"), key


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # an institution named before a title: the person acts for it, in its sector
        ("Pentagon Press Secretary Dale Hooper said the strike hit.", "Hooper", ("USA", "MIL")),
        ("FBI Director Rita Banks testified on Tuesday.", "Banks", ("USA", "COP")),
    ],
)
def test_a_person_acts_for_the_institution_before_the_title(
    pipeline: Pipeline, text: str, word: str, expected: tuple[str, str]
) -> None:
    found = containing(pipeline, text, word)
    assert (found.country, found.sector) == expected


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("Abu Tariq was a commander with the Nusra Front.", "Abu Tariq", ("SYR", "REB")),
        ("Omar Idris was a fighter with al-Shabaab.", "Omar Idris", ("SOM", "REB")),
        # the tagger's adjective "militant" after "was a" is the noun
        ("Abu Tariq was a militant active with al-Qaeda in Iraq.", "Abu Tariq", ("IRQ", "REB")),
        (
            "Abu Salim, born in 1975 in Basra, was a militant active with al-Qaeda in Iraq.",
            "Abu Salim",
            ("IRQ", "REB"),
        ),
    ],
)
def test_what_a_person_is_said_to_be_gives_country_and_sector(
    pipeline: Pipeline, text: str, word: str, expected: tuple[str, str]
) -> None:
    found = containing(pipeline, text, word)
    assert (found.country, found.sector) == expected


def test_a_deputy_is_no_rank_of_a_legislator(pipeline: Pipeline) -> None:
    found = containing(pipeline, "The deputy chief of the Egyptian army resigned.", "deputy")
    assert found.sector != "LEG"


@pytest.mark.parametrize(
    "text",
    [
        "Near Mosul, one strike destroyed a tank.",
        "Outside Kandahar, two bombs went off.",
    ],
)
def test_a_place_phrase_is_no_organisation(pipeline: Pipeline, text: str) -> None:
    for key, found in mentions(pipeline, text).items():
        assert not key.startswith(("Near", "Outside")), (key, found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen attacked the town of Kafr Bilal on Saturday.", "Kafr Bilal"),
        ("Fighting reached the village of Umm Hadi overnight.", "Umm Hadi"),
        ("Troops entered the district of Bab Amran.", "Bab Amran"),
    ],
)
def test_the_name_of_a_town_is_no_person(pipeline: Pipeline, text: str, name: str) -> None:
    for key, found in mentions(pipeline, text).items():
        assert not (found.actor_id or "").startswith("person:"), (key, found)


@pytest.mark.parametrize(
    ("text", "word", "country"),
    [
        # a place on the clause's verb or on an actor of the clause places the agents
        ("Police arrested 20 protesters in Nairobi on Friday.", "Police", "KEN"),
        # a place on a thing does not ("the crisis in Syria" is not where the talks are)
        ("Ministers discussed the crisis in Libya on Tuesday.", "Ministers", None),
        # "based in X" places an organisation
        ("A newspaper based in Beirut published the letter.", "newspaper", "LBN"),
    ],
)
def test_where_a_place_in_the_clause_belongs(
    pipeline: Pipeline, text: str, word: str, country: str | None
) -> None:
    assert containing(pipeline, text, word).country == country


def test_a_name_in_capitals_in_a_transcript_is_the_name(pipeline: Pipeline) -> None:
    text = "SECRETARY KERRY: We will keep working with our partners."
    found = containing(pipeline, text, "KERRY")
    assert found.actor_id == "person:john-kerry"


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # the parser makes "<institution> <title> <rank>" one phrase, the name another
        ("Pentagon spokesman Capt. Tom Hale said the strikes continued.", "Tom Hale", "USA"),
        ("Pentagon press officer Navy Capt. Greg Olsen said it was safe.", "Greg Olsen", "USA"),
        ("Pentagon spokesman Capt. Mark Reed said the raid had ended.", "Mark Reed", "USA"),
        ("Kremlin aide Col. Ivan Petrenko denied the report.", "Ivan Petrenko", "RUS"),
    ],
)
def test_a_title_before_a_rank_is_the_persons(
    pipeline: Pipeline, text: str, name: str, expected: str
) -> None:
    found = mentions(pipeline, text)
    assert containing(pipeline, text, name).country == expected
    for key, actor in found.items():  # the title phrase is the person, not the institution
        if "Capt" in key or "officer" in key:
            assert actor.name == name, key


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        (
            "Ahmed Salih, deputy director of the archives office at the Iraqi Ministry of"
            " Culture, opened the exhibition.",
            "Ahmed Salih",
            ("IRQ", "GOV"),
        ),
        (
            "Hassan Jaber, head of the press office of the Syrian Foreign Ministry, spoke.",
            "Hassan Jaber",
            ("SYR", "GOV"),
        ),
    ],
)
def test_an_appositive_office_takes_the_body_it_belongs_to(
    pipeline: Pipeline, text: str, name: str, expected: tuple[str, str]
) -> None:
    found = mentions(pipeline, text)[name]
    assert (found.country, found.sector) == expected


def test_a_rank_alone_before_a_name_gives_no_country(pipeline: Pipeline) -> None:
    found = containing(pipeline, "Navy Capt. Dale Hooper told reporters it was safe.", "Hooper")
    assert (found.country, found.sector) == (None, "MIL")


def test_a_title_ending_the_sentence_before_is_not_the_next_names(pipeline: Pipeline) -> None:
    text = "The briefing was given by the Pentagon press secretary. Tom Hale, a farmer, listened."
    found = containing(pipeline, text, "Tom Hale")
    assert found.country is None
    assert "before the name" not in found.reason


@pytest.mark.parametrize(
    "text",
    [
        # an apposition cut short, of a name no dictionary holds, or opening with an honorific
        "The envoy met the German Foreign Minister, Karl Obersteiner, in Vienna.",
        "Yesterday the envoy met the German Foreign Minister, Karl Ober-",
        "The envoy met the Minister of Foreign Affairs of Germany, HE Dr Karl Obersteiner, in Vienna.",
    ],
)
def test_a_title_whose_holder_the_text_names_gets_no_other_holder(
    pipeline: Pipeline, text: str
) -> None:
    minister = containing(pipeline, text, "Minister")
    assert minister.country == "DEU"
    named = (minister.actor_id or "").startswith("person:")
    assert not named or "Ober" in (minister.name or "")  # the one named, not today's holder


def test_a_title_alone_gets_the_holder_on_the_documents_date(pipeline: Pipeline) -> None:
    text = "The envoy met the German Foreign Minister in Vienna, and the talks went well."
    minister = mentions(pipeline, text, "2016-03-01")["the German Foreign Minister"]
    assert (minister.actor_id or "").startswith("person:") and minister.office
