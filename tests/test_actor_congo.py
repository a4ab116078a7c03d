"""Which Congo a bare "Congo" or "Congolese" names (actors/congo.py): the DRC unless the
document says otherwise (its date, Zaire named as the DRC of the day, or the Republic's
places and people named more often). Sentences written for the tests."""

from __future__ import annotations

import pytest
from mention_data import mentions

from tacitus import Pipeline


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        # no cue: the DRC, the Congo of the news
        ("Congo protested to Uganda over the border raids.", "Congo", "COD"),
        # the DRC's cities and people
        (
            "Fighting spread around Bukavu and Goma. Congo blamed Rwanda for the attacks.",
            "Congo",
            "COD",
        ),
        # the Republic's capital and its president
        (
            "President Denis Sassou Nguesso spoke in Brazzaville on Friday. "
            "Congo then recalled its envoy from Gabon.",
            "Congo",
            "COG",
        ),
        (
            "Police in Pointe-Noire and Brazzaville made arrests. Congolese police said the "
            "suspects had fled.",
            "Congolese police",
            "COG",
        ),
        # the DRC under its old name: "Congo" is the other one
        ("Zaire and Congo signed a border accord.", "Congo", "COG"),
        # Zaire as the DRC's former name decides nothing
        ("Congo, formerly Zaire, protested to Uganda.", "Congo", "COD"),
        # the full names are each one state's, whatever the document says
        (
            "Sassou Nguesso flew home to Brazzaville. The Democratic Republic of Congo "
            "welcomed the visit.",
            "The Democratic Republic of Congo",
            "COD",
        ),
        ("Kinshasa hosted the talks. Congo Republic sent a minister.", "Congo Republic", "COG"),
    ],
)
def test_which_congo(pipeline: Pipeline, text: str, mention: str, country: str) -> None:
    found = mentions(pipeline, text)
    assert mention in found, found.keys()
    assert found[mention].country == country, found[mention].reason


def test_a_document_of_the_zaire_years_means_the_republic(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "Congo protested to Gabon over the border.", "1993-06-01")
    assert found["Congo"].country == "COG"
    assert "when the DRC was Zaire" in found["Congo"].reason
    found = mentions(pipeline, "Congo protested to Gabon over the border.", "2015-06-01")
    assert found["Congo"].actor_id == "country:COD"
