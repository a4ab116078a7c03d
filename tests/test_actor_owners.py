"""The country of a person or unit named by whom they act for ("a spokesman for the Kenyan
government", "the commander of Chilean forces", "troops loyal to the president of Mali"),
and the words whose "of" phrase names someone else (victims, critics, "the envoy to")."""

from __future__ import annotations

import pytest
from mention_data import mentions

from tacitus import Pipeline


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("A spokesman for the Kenyan government denied the report.", "A spokesman", "KEN", "GOV"),
        ("The commander of Chilean forces visited the base.", "The commander", "CHL", "MIL"),
        ("The deputy chief of the Malian army resigned on Tuesday.", "The deputy chief", "MLI",
         "MIL"),
        ("The leader of Ghana's opposition rejected the budget.", "The leader", "GHA", "OPP"),
        ("Troops loyal to the Bolivian president surrounded the town.", "Troops", "BOL", "MIL"),
        ("Officers of the Tunisian police arrested him.", "Officers", "TUN", "COP"),
    ],
)  # fmt: skip
def test_an_agent_takes_the_country_of_whom_it_acts_for(
    pipeline: Pipeline, text: str, mention: str, country: str, sector: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert (actor.country, actor.sector) == (country, sector), actor
    assert "acts for it" in actor.reason


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # who is acted on, opposed or held is not of the one who acts
        ("Victims of Syrian shelling fled to the border.", "Victims"),
        ("Critics of the Turkish government marched on Sunday.", "Critics"),
        # the envoy *to* a state is another state's
        ("The envoy to Iran met the minister.", "The envoy"),
        # the chief of a state's ally serves the ally
        ("The chief of Israel's militia ally was killed.", "The chief"),
        # foreign troops of a body are not the body's nationals
        ("Foreign fighters of the Libyan army left the city.", "Foreign fighters"),
    ],
)
def test_who_is_acted_on_or_from_elsewhere_takes_no_country(
    pipeline: Pipeline, text: str, mention: str
) -> None:
    actor = mentions(pipeline, text).get(mention)
    assert actor is None or "acts for it" not in actor.reason, actor
