"""One person, one key, however the name is written: the Arabic article (al/Al/el/ad-, with
a hyphen or a space) and names in capitals ("SPEAKER NANCY PELOSI:") (issue 14). Sentences
written for the tests."""

from __future__ import annotations

import pytest
from mention_data import mentions as shared_mentions

from tacitus import Pipeline
from tacitus.actors.caps_names import title_case
from tacitus.actors.identity import person_id, person_name, same_person
from tacitus.actors.people import one_letter_apart
from tacitus.records import Actor


def mentions(pipeline: Pipeline, text: str) -> dict[str, Actor]:
    return shared_mentions(pipeline, text, published="2016-10-20")


@pytest.mark.parametrize(
    "spelling",
    ["Karim Al Hashimi", "Karim al-Hashimi", "Karim Al-Hashimi", "KARIM AL HASHIMI",
     "Karim al Hashimi", "Mr. Karim el Hashimi"],
)  # fmt: skip
def test_an_arabic_article_written_any_way_gives_one_id(spelling: str) -> None:
    expected = "person:karim-el-hashimi" if " el " in spelling else "person:karim-al-hashimi"
    assert person_id(spelling) == expected


def test_a_surname_with_or_without_its_article_continues_the_full_name() -> None:
    full = person_name("Nabil Al Tikriti")
    assert full is not None
    for later in ("al-Tikriti", "Al-Tikriti", "Tikriti", "Nabil al-Tikriti"):
        assert same_person(full, person_name(later)), later
    assert not same_person(full, person_name("Samir al-Tikriti"))
    # a first word that is an article is a first name ("Al Franken"), not a surname's part
    assert person_id("Al Franken") == "person:al-franken"
    assert person_name("Al Franken") == person_name("Al Franken.")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Prime Minister Haider Al Abadi met the envoy on Tuesday.", "Haider Al Abadi"),
        ("Haider Al-Abadi spoke to parliament on Tuesday.", "Haider Al-Abadi"),
        ("Iraqi Prime Minister Haider al Abadi visited Mosul.", "Haider al Abadi"),
        ("The Iraqi prime minister, Haider Abadi, visited Mosul.", "Haider Abadi"),
    ],
)
def test_a_listed_person_is_found_however_the_article_is_written(
    pipeline: Pipeline, text: str, mention: str
) -> None:
    found = mentions(pipeline, text)
    actor = next(a for m, a in found.items() if m.endswith(mention))
    assert actor.actor_id == "person:haider-al-abadi" and actor.country == "IRQ"


def test_a_surname_with_its_article_follows_the_full_name(pipeline: Pipeline) -> None:
    text = "Haider Al Abadi met the envoy. Later, al-Abadi said the talks went well."
    found = mentions(pipeline, text)
    assert found["al-Abadi"].actor_id == "person:haider-al-abadi"


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("SPEAKER MARIA HOLLANDER: We will not back down.", "MARIA HOLLANDER"),
        ("Statement by SECRETARY MARTIN KOWALCZYK on the ceasefire", "MARTIN KOWALCZYK"),
        ("QUESTION: Did you meet ANNA VERHOEVEN today?", "ANNA VERHOEVEN"),
    ],
)
def test_a_name_in_capitals_is_a_person_with_its_title_case_key(
    pipeline: Pipeline, text: str, mention: str
) -> None:
    found = mentions(pipeline, text)
    actor = next(a for m, a in found.items() if m.endswith(mention))
    assert actor.actor_id == person_id(mention.title())
    assert actor.name == mention.title()


def test_a_name_in_capitals_continues_the_same_name_in_title_case(pipeline: Pipeline) -> None:
    text = "Maria Hollander said the vote would be close. MARIA HOLLANDER later added more."
    found = mentions(pipeline, text)
    assert found["MARIA HOLLANDER"].actor_id == found["Maria Hollander"].actor_id


@pytest.mark.parametrize(
    "text",
    ["ANNA SAID NO TO THE PLAN.", "The report came from the JORDAN PRESS AGENCY today."],
)
def test_a_headline_or_an_institution_in_capitals_is_no_person(
    pipeline: Pipeline, text: str
) -> None:
    assert not any(
        (a.actor_id or "").startswith("person:") for a in mentions(pipeline, text).values()
    )


def test_title_case_keeps_the_article_lower() -> None:
    assert title_case("HAIDER AL-ABADI") == "Haider al-Abadi"
    assert title_case("Nancy Pelosi") == "Nancy Pelosi"


@pytest.mark.parametrize(
    ("text", "words", "person", "country"),
    [
        (
            "Abdelaziz Bouteflicka named a new cabinet on Sunday.",
            "Abdelaziz Bouteflicka",
            "person:abdelaziz-bouteflika",
            "DZA",
        ),
        (
            "Prime Minister Benjamin Netanyahou rejected the plan.",
            "Prime Minister Benjamin Netanyahou",
            "person:benjamin-netanyahu",
            "ISR",
        ),
        ("Sergei Lavrof met reporters in Geneva.", "Sergei Lavrof", "person:sergei-lavrov", "RUS"),
    ],
)
def test_a_surname_spelled_one_letter_apart_is_the_listed_person(
    pipeline: Pipeline, text: str, words: str, person: str, country: str
) -> None:
    actor = mentions(pipeline, text)[words]
    assert actor.actor_id == person and actor.country == country
    assert "one letter apart" in actor.reason


@pytest.mark.parametrize(
    "text",
    [
        "Ahmed Bouteflika spoke to reporters.",  # another first name: someone else
        "Sergei Lavin met reporters in Geneva.",  # two letters apart
        "Vladimir Putik met reporters.",  # a surname under six letters
    ],
)
def test_a_name_further_apart_is_not_the_listed_person(pipeline: Pipeline, text: str) -> None:
    people = {a.actor_id for a in mentions(pipeline, text).values()}
    assert not people & {
        "person:abdelaziz-bouteflika",
        "person:sergei-lavrov",
        "person:vladimir-putin",
    }


def test_one_letter_apart() -> None:
    assert one_letter_apart("Bouteflicka", "Bouteflika")
    assert one_letter_apart("Lavrof", "Lavrov")
    assert not one_letter_apart("Lavrov", "Lavrov")
    assert not one_letter_apart("Lavin", "Lavrov")
    assert not one_letter_apart("Mavrov", "Lavrov")  # the first letter stays
