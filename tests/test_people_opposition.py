"""Opposition leaders and dissidents of data/people/opposition.yaml (issues 11/13): named
people the dictionaries did not know came out with no country."""

from __future__ import annotations

import pytest
from mention_data import mentions

from tacitus import Pipeline


@pytest.mark.parametrize(
    ("text", "mention", "country", "sector"),
    [
        ("Alexei Navalny called on his supporters to protest.", "Alexei Navalny", "RUS", "OPP"),
        ("Zyuganov urged voters to reject the government's candidates.", "Zyuganov", "RUS",
         "OPP"),
        ("Ekrem Imamoglu accused the government of persecuting him.", "Ekrem Imamoglu", "TUR",
         "GOV"),
    ],
)  # fmt: skip
def test_opposition_leaders_have_their_country(
    pipeline: Pipeline, text: str, mention: str, country: str, sector: str
) -> None:
    actor = mentions(pipeline, text)[mention]
    assert (actor.country, actor.sector) == (country, sector), actor.reason
    assert "opposition.yaml" in actor.reason


def test_an_office_holds_only_in_its_term(pipeline: Pipeline) -> None:
    text = "Evo Morales accused the government of persecuting him."
    in_office = mentions(pipeline, text, published="2010-05-01")["Evo Morales"]
    assert (in_office.country, in_office.sector) == ("BOL", "GOV"), in_office.reason
    after = mentions(pipeline, text, published="2022-05-01")["Evo Morales"]
    assert after.country == "BOL" and after.sector != "GOV", after.reason
