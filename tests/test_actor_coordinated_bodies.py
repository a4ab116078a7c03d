"""A state named beside another state's named body sharing its head ("the U.S. and Royal
Navy"), and a state institution's office named after it ("the Iraqi Ministry of Culture,
State Board of ..."): issue 13. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tacitus import Document, Pipeline

Row = tuple[str, str | None, str | None, str | None]


def actors(pipeline: Pipeline, text: str) -> list[Row]:
    [result] = list(pipeline.run([Document("t", text)]))
    assert not isinstance(result, Exception)
    return [
        (text[m.start : m.end], m.actor.actor_id, m.actor.country, m.actor.sector)
        for m in result.mentions  # type: ignore[union-attr]
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forbin will sail with the U.S. and Royal Navy next month.",
         {("country:USA", "USA", "MIL"), ("country:GBR", "GBR", "MIL")}),
        ("The crew trained with the French and Royal Navy.",
         {("country:FRA", "FRA", "MIL"), ("country:GBR", "GBR", "MIL")}),
    ],
)  # fmt: skip
def test_a_state_coordinated_with_a_named_body(
    pipeline: Pipeline, text: str, expected: set[tuple[str, ...]]
) -> None:
    found = {(a, c, s) for _, a, c, s in actors(pipeline, text)}
    assert expected <= found, found


def test_a_state_modifying_its_own_named_body_is_one_actor(pipeline: Pipeline) -> None:
    found = actors(pipeline, "The British Royal Navy escorted the tanker.")
    assert [r[1:] for r in found if "Navy" in r[0]] == [("country:GBR", "GBR", "MIL")], found


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("Dr. Ali Kareem, director at the Iraqi Ministry of Culture, State Board of Museums "
         "(SBM) announced the grant.", "State Board of Museums", ("IRQ", "GOV")),
        ("Dr. Ali Kareem, director at the Iraqi Ministry of Culture, State Board of Museums "
         "(SBM) announced the grant.", "SBM", ("IRQ", "GOV")),
        ("The Egyptian Ministry of Interior, General Security Department, arrested ten men.",
         "General Security Department", ("EGY", "COP")),
        ("The Turkish Ministry of Interior, General Directorate of Migration Management, "
         "deported them.", "General Directorate of Migration Management", ("TUR", "COP")),
    ],
)  # fmt: skip
def test_an_office_named_after_a_state_institution(
    pipeline: Pipeline, text: str, mention: str, expected: tuple[str, str]
) -> None:
    found = actors(pipeline, text)
    assert [(c, s) for t, _, c, s in found if t == mention] == [expected], found


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # an item of a list is no office of the institution before it
        ("The Syrian Ministry of Health, the Central Bureau of Statistics and UNICEF met.",
         "the Central Bureau of Statistics"),
        ("The Iraqi Ministry of Oil, Global Energy Board and Shell signed the deal.",
         "Global Energy Board"),
    ],
)  # fmt: skip
def test_a_listed_organisation_keeps_its_own_country(
    pipeline: Pipeline, text: str, mention: str
) -> None:
    found = actors(pipeline, text)
    assert all(c is None for t, _, c, _ in found if mention in t), found
