"""Places that are not what a gazetteer lists under their name (issue 14): people's and
organisations' names, landmarks and seats of power, regions of a state, world regions, US
state abbreviations beside a name, places described in their sentence, and the places of what
a criticism is about. Sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from tacitus import Pipeline
from tacitus.places.gazetteer import gazetteer
from tacitus.places.names import load, place_names


def located(pipeline: Pipeline, text: str, trigger: str) -> dict[str, Any] | None:
    events = [e for e in pipeline.extract(text) if trigger in e.trigger.text]
    assert events, [e.trigger.text for e in pipeline.extract(text)]
    return events[0].location


def where(location: dict[str, Any] | None) -> tuple[str, str, str] | None:
    if location is None:
        return None
    return location["name"], location["country"], location["precision"]


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # landmarks and seats of power are in their city
        ("Trump met Obama at the White House on Thursday.", "met", ("Washington", "USA", "city")),
        ("Putin met Xi at the Kremlin on Monday.", "met", ("Moscow", "RUS", "city")),
        (
            "Protesters rallied outside Downing Street on Saturday.",
            "rallied",
            ("London", "GBR", "city"),
        ),
        ("Macron hosted Scholz at the Élysée Palace.", "hosted", ("Paris", "FRA", "city")),
        (
            "Generals met the minister at the Pentagon on Friday.",
            "met",
            ("Arlington", "USA", "city"),
        ),
        # a US state written beside a name, as a code or an abbreviation
        (
            "Police arrested three men in Beaufort County, NC, on Friday.",
            "arrested",
            ("North Carolina", "USA", "admin1"),
        ),
        (
            "Police arrested two men in Springfield, Ill., on Friday.",
            "arrested",
            ("Springfield", "USA", "city"),
        ),
        # a region of a state the gazetteer lacks is that state's, not its namesake's
        (
            "The British government banned the group in Northern Ireland.",
            "banned",
            ("Northern Ireland", "GBR", "admin1"),
        ),
        # a place described in its sentence as a state's city or port
        (
            "Rival militias fought in Tripoli as shells hit the north Lebanese port.",
            "fought",
            ("Tripoli", "LBN", "city"),
        ),
    ],
)
def test_places_the_gazetteer_alone_gets_wrong(
    pipeline: Pipeline, text: str, trigger: str, expected: tuple[str, str, str]
) -> None:
    assert where(located(pipeline, text, trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "not_place"),
    [
        # a person's name is never a place (Obama, Japan; "Tur" is an alternate name of Tours)
        ("Trump complained to Katy Tur about the attack.", "complained", "FRA"),
        ("Protesters marched to Obama on Sunday.", "marched", "JPN"),
        # continents and world regions are no one state's ("Africa" is a name of Mahdia)
        ("Rebels attacked convoys across North Africa.", "attacked", "TUN"),
        ("Militants attacked a base in East Africa.", "attacked", "TUN"),
    ],
)
def test_names_that_are_no_place(
    pipeline: Pipeline, text: str, trigger: str, not_place: str
) -> None:
    location = located(pipeline, text, trigger)
    assert location is None or location["country"] != not_place, location


def test_a_criticism_is_not_where_its_subject_happened(pipeline: Pipeline) -> None:
    accused = located(
        pipeline, "Russia accused the coalition of killing civilians in Mosul.", "accused"
    )
    assert accused is None or accused["name"] != "Mosul"
    # the speaker's own place and the statement's setting stay
    assert where(located(pipeline, "Rebels in Kirkuk praised the deal.", "praised")) == (
        "Kirkuk",
        "IRQ",
        "city",
    )
    # what is demanded or threatened keeps its place
    threat = located(pipeline, "The president threatened a curfew in Algiers.", "threatened")
    assert where(threat) == ("Algiers", "DZA", "city")


def test_every_listed_place_is_in_the_shipped_gazetteer() -> None:
    from importlib import resources

    text = resources.files("tacitus").joinpath("data/places/names.yaml").read_text("utf-8")
    data = yaml.safe_load(text)
    names = place_names()
    assert len(names.landmarks) == sum(len(item["names"]) for item in data["landmarks"])
    assert len(names.regions) == sum(len(item["names"]) for item in data["regions"])
    assert names.lookup("the White House") == ("landmark", names.landmarks["White House"])
    assert names.lookup("North Africa") == ("world", None)
    assert names.state("N.C.") is names.state("NC") is not None


def test_a_gazetteer_without_a_listed_city_leaves_it_out() -> None:
    data = {"landmarks": [{"city": -1, "names": ["Nowhere Palace"]}], "world_regions": ["Mu"]}
    names = load(gazetteer(), data)
    assert names.lookup("Nowhere Palace") is None and names.lookup("the Mu") == ("world", None)


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Near Tal Afar, three strikes destroyed an ISIL vehicle.", "destroyed", ("Tal Afar", "IRQ", "city")),
        ("A car bomb exploded in Karrada on Sunday, killing 20 people.", "killing", ("Karrada", "IRQ", "city")),
        ("Kurdish forces attacked militants in Qamishli overnight.", "attacked", ("Qamishli", "SYR", "city")),
        ("Rebels shelled government positions near Jisr al-Shughur.", "shelled", ("Jisr al-Shughur", "SYR", "city")),
        ("The coalition bombed a weapons depot in Hodeidah.", "bombed", ("Hodeidah", "YEM", "city")),
    ],
)  # fmt: skip
def test_towns_of_conflict_news_the_gazetteer_lacks_are_placed(
    pipeline: Pipeline, text: str, trigger: str, expected: tuple[str, str, str]
) -> None:
    location = located(pipeline, text, trigger)
    assert where(location) == expected
    assert location is not None and location["geonames_id"] is None and location["lat"]
