"""A name that is first a state, province or country of one country and also a small city
abroad means the division ("Florida" is the US state, not the Cuban town; "Virginia",
"Montana"), and a two-word name is read whole ("a New York man" is never York, England;
"North Carolina" never Carolina, Puerto Rico). Issue 13; sentences written for the tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline


def _countries(pipeline: Pipeline, text: str) -> set[str | None]:
    return {
        side.country
        for event in pipeline.extract(text)
        for side in (event.source, event.target)
        if side is not None
    }


@pytest.mark.parametrize(
    "text",
    [
        "Police in Florida arrested a county commissioner.",
        "Sheriff's deputies in Virginia detained two protesters.",
        "Police in Montana arrested a local official.",
        "A Florida man was arrested by the FBI on Monday.",
        "A New York man was charged by federal prosecutors with fraud.",
        "A North Carolina woman was detained by immigration agents.",
        "West Virginia miners went on strike over pensions.",
        "New Mexico residents protested against the new oil leases.",
    ],
)
def test_a_us_state_is_never_a_town_abroad(pipeline: Pipeline, text: str) -> None:
    countries = _countries(pipeline, text)
    assert countries and countries <= {"USA", None}, countries


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a qualified city keeps its country; a country keeps its name
        ("Gunmen attacked a police station in Florida, Colombia.", "COL"),
        ("Police in Cordoba arrested two men.", "ARG"),
        ("Georgia accused Russia of violating its airspace.", "GEO"),
    ],
)
def test_a_city_or_country_of_that_name_stays(pipeline: Pipeline, text: str, country: str) -> None:
    assert country in _countries(pipeline, text)
