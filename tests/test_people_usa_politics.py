"""US domestic political figures 2000-2025 (usa_politics.yaml, issue 11): vice presidents,
attorneys general, FBI and CIA directors, national security advisers, senators, governors.
Sentences written for the tests."""

from __future__ import annotations

import pytest
from mention_data import mentions

from tacitus import Pipeline


@pytest.mark.parametrize(
    ("text", "published", "words", "person", "sector"),
    [
        ("Vice President Mike Pence met the Chinese delegation on Monday.", "2018-04-10", "Vice President Mike Pence", "person:mike-pence", "GOV"),
        ("Senator Elizabeth Warren criticised the bank's chief executive.", "2019-02-01", "Senator Elizabeth Warren", "person:elizabeth-warren", "LEG"),
        ("FBI Director Christopher Wray told lawmakers the threat was growing.", "2020-09-17", "FBI Director Christopher Wray", "person:christopher-wray", "COP"),
        ("CIA Director Gina Haspel briefed senators on the killing.", "2018-12-04", "CIA Director Gina Haspel", "person:gina-haspel", "SPY"),
        ("Attorney General Merrick Garland appointed a special counsel.", "2022-11-18", "Attorney General Merrick Garland", "person:merrick-garland", "JUD"),
        ("Governor Ron DeSantis signed the bill in Tallahassee.", "2021-05-03", "Governor Ron DeSantis", "person:ron-desantis", "GOV"),
        ("National Security Adviser Jake Sullivan met his Chinese counterpart in Vienna.", "2023-05-11", "National Security Adviser Jake Sullivan", "person:jake-sullivan", "GOV"),
    ],
)  # fmt: skip
def test_us_political_figures_are_known_people(
    pipeline: Pipeline, text: str, published: str, words: str, person: str, sector: str
) -> None:
    actor = mentions(pipeline, text, published)[words]
    assert (actor.actor_id, actor.country, actor.sector) == (person, "USA", sector)


def test_the_office_follows_the_date(pipeline: Pipeline) -> None:
    text = "Mike Pence spoke to reporters in Indianapolis."
    assert mentions(pipeline, text, "2005-06-01")["Mike Pence"].sector == "LEG"
    assert mentions(pipeline, text, "2015-06-01")["Mike Pence"].sector == "GOV"
    biden = "Joe Biden said the talks would go on."
    assert mentions(pipeline, biden, "2005-06-01")["Joe Biden"].sector == "LEG"
    assert "Vice President" in mentions(pipeline, biden, "2014-06-01")["Joe Biden"].reason


def test_no_office_outside_its_dates(pipeline: Pipeline) -> None:
    # Comey left the FBI in May 2017: later he is a US national with no sector
    actor = mentions(pipeline, "James Comey published a memoir.", "2018-04-17")["James Comey"]
    assert (actor.actor_id, actor.country, actor.sector) == ("person:james-comey", "USA", None)
    assert "no office on 2018-04-17" in actor.reason


def test_the_vice_president_is_looked_up_by_date(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "The US vice president arrived in Kiev.", "2014-04-22")
    assert found["The US vice president"].actor_id == "person:joe-biden"
    found = mentions(pipeline, "The US vice president arrived in Warsaw.", "2022-03-10")
    assert found["The US vice president"].actor_id == "person:kamala-harris"


@pytest.mark.parametrize(
    "text",
    [
        "Garland of flowers hung over the door of the hall.",
        "Lynch mobs once roamed the county.",
        "Coats and blankets were handed out at the camp.",
        "Holder of the record, the runner said he would race again.",
        "Rice prices rose across Asia in the spring.",
        "Christie's sold the painting for a record sum.",
    ],
)
def test_surnames_that_are_words_are_not_people_alone(pipeline: Pipeline, text: str) -> None:
    found = mentions(pipeline, text, "2022-05-01")
    assert not any((a.actor_id or "").startswith("person:") and a.country for a in found.values())


def test_a_word_surname_is_the_person_after_the_full_name(pipeline: Pipeline) -> None:
    text = "Jeff Sessions spoke on Monday. Sessions said the department would appeal."
    found = mentions(pipeline, text, "2018-05-01")
    assert found["Sessions"].actor_id == "person:jeff-sessions"
    assert found["Sessions"].sector == "JUD"


@pytest.mark.parametrize(
    ("text", "published", "words", "person"),
    [
        ("Senator Sanders said the bill was a disgrace.", "2019-05-01", "Senator Sanders", "person:bernie-sanders"),
        ("Attorney General Sessions said the policy was lawful.", "2018-05-01", "Attorney General Sessions", "person:jeff-sessions"),
        ("Governor Brown signed the budget in Sacramento.", "2012-05-01", "Governor Brown", "person:jerry-brown"),
        ("Sen. Graham said the nominee deserved a vote.", "2019-05-01", "Sen. Graham", "person:lindsey-graham"),
        ("Gov. Brown signed the budget in Sacramento.", "2012-05-01", "Gov. Brown", "person:jerry-brown"),
    ],
)  # fmt: skip
def test_a_title_of_office_names_a_common_surname(
    pipeline: Pipeline, text: str, published: str, words: str, person: str
) -> None:
    assert mentions(pipeline, text, published)[words].actor_id == person


@pytest.mark.parametrize(
    ("text", "words", "person"),
    [
        # nobody listed named Davis or Abbott was a senator or governor: a person of their own
        ("Senator Davis criticised the plan on Monday.", "Senator Davis", "person:davis"),
        ("Governor Abbott said the border was open.", "Governor Abbott", "person:abbott"),
        ("Senator Jackson criticised Russia.", "Senator Jackson", "person:jackson"),
        ("Sen. Davis criticised the plan on Monday.", "Sen. Davis", "person:davis"),
    ],
)
def test_a_surname_no_listed_holder_fits_is_a_person_of_its_own(
    pipeline: Pipeline, text: str, words: str, person: str
) -> None:
    actor = mentions(pipeline, text, "2016-05-01")[words]
    assert actor.actor_id == person and actor.country is None


def test_the_senator_refers_to_an_earlier_senator(pipeline: Pipeline) -> None:
    text = "Senator Elizabeth Warren attacked the bank. The senator said it had cheated customers."
    found = mentions(pipeline, text, "2019-05-01")
    assert found["The senator"].actor_id == "person:elizabeth-warren"


def test_a_lieutenant_governor_is_not_the_governor(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "Lieutenant Governor Gavin Newsom spoke.", "2015-05-01")
    assert "Lieutenant Governor of California" in found["Lieutenant Governor Gavin Newsom"].reason


def test_an_office_before_the_one_the_news_knows_best(pipeline: Pipeline) -> None:
    # Tom Ridge was the White House homeland security adviser before the department existed
    actor = mentions(pipeline, "Tom Ridge said the threat was real.", "2001-11-01")["Tom Ridge"]
    assert "Homeland Security Advisor" in actor.reason and actor.sector == "GOV"
