"""First-level divisions outside the US (issue 11): the provinces, governorates and states of
the countries the users follow, from ISO 3166-2 (tacitus/data/places/admin1.yaml). A near
miss (another place's alternate name) does not beat a division's own name, and "<Name>
State/Province/Governorate" is the division. Sentences written for the tests."""

from __future__ import annotations

from typing import Any

import pytest

from tacitus import Document, Pipeline
from tacitus.places.gazetteer import gazetteer


def where(pipeline: Pipeline, text: str) -> tuple[Any, ...] | None:
    [event] = pipeline.extract(Document(doc_id="d", text=text, published="2016-03-16"))
    loc = event.location
    return None if loc is None else (loc["name"], loc["country"], loc["precision"])


def test_the_divisions_are_in_the_gazetteer() -> None:
    places = gazetteer()
    for name, country in [
        ("Helmand", "AFG"), ("Anbar", "IRQ"), ("Borno", "NGA"), ("Hadramawt", "YEM"),
        ("Lower Shabelle", "SOM"), ("North Darfur", "SDN"), ("Donetsk Oblast", "UKR"),
        ("Jonglei", "SSD"), ("Ituri", "COD"),
    ]:  # fmt: skip
        kinds = {(c.place.kind, c.place.country) for c in places.lookup(name)}
        assert ("admin1", country) in kinds, name
    [helmand] = [c.place for c in places.lookup("Helmand") if c.place.kind == "admin1"]
    assert helmand.geonames_id is None and helmand.lat is not None
    assert helmand.admin1 == "Helmand" and helmand.population > 100_000


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "<Name> State/Province/Governorate" and the bare name: the division
        ("Gunmen attacked villages in Borno State.", ("Borno", "NGA", "admin1")),
        ("Insurgents attacked a village in Borno on Sunday.", ("Borno", "NGA", "admin1")),
        ("Taliban fighters attacked a checkpoint in Helmand province.",
         ("Helmand", "AFG", "admin1")),
        ("Militants attacked a base in Anbar province.", ("Al Anbar", "IRQ", "admin1")),
        ("Gunmen killed ten farmers in Plateau State.", ("Plateau", "NGA", "admin1")),
        ("Soldiers clashed with rebels in Tigray.", ("Tigray", "ETH", "admin1")),
        # a division named like its city: the bare name stays the city
        ("Police arrested protesters in Kano.", ("Kano", "NGA", "city")),
        ("Russian forces shelled Donetsk.", ("Donetsk", "UKR", "city")),
        ("Kurdish fighters attacked Raqqa on Monday.", ("Ar Raqqah", "SYR", "city")),
        ("Kurdish fighters attacked villages in Raqqa province.", ("Ar Raqqah", "SYR", "admin1")),
        # the near miss itself, where the text means it
        ("Police arrested protesters in Borna, near Leipzig.", ("Borna", "DEU", "city")),
    ],
)  # fmt: skip
def test_divisions_by_name(pipeline: Pipeline, text: str, expected: tuple[str, ...]) -> None:
    assert where(pipeline, text) == expected


@pytest.mark.slow
def test_a_word_that_names_a_division_only_with_its_noun(pipeline: Pipeline) -> None:
    # "Red Sea" is a Sudanese state only as "Red Sea State"; the sea is no division
    events = pipeline.extract(Document("d", "Rebels attacked ships in the Red Sea.", "2016-03-16"))
    assert all((e.location or {}).get("country") != "SDN" for e in events)


def test_a_division_spelled_with_its_noun_or_article_is_its_name() -> None:
    from tacitus.places.gazetteer import spells

    assert spells("West Darfur State", "West Darfur")
    assert spells("Anbar province", "Al Anbar")
    assert spells("the Helmand Province", "Helmand")
    assert not spells("Borno", "Borna")  # a near spelling of another place


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("The government lifted a state of emergency in North Darfur State.", "SDN"),
        ("The army imposed a curfew in Anbar province on Friday.", "IRQ"),
    ],
)
def test_a_restricted_division_is_the_target(pipeline: Pipeline, text: str, country: str) -> None:
    [event] = pipeline.extract(Document(doc_id="d", text=text, published="2016-03-16"))
    assert event.target is not None and event.target.country == country
