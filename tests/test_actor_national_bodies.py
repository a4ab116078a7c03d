"""Organisations named "<Country> <Generic noun> <Body>" are that country's body, not
another state's body sharing a word of the name (issue 13). Sentences written for the tests."""

from __future__ import annotations

import pytest
from test_actors import actors

from tacitus import Document, Pipeline


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # labour and trade unions: the state's unions, not the UK's Labour Party or a legislature
        ("The Nigeria Labour Congress called a strike.", "Nigeria Labour Congress",
         (None, "NGA", "LAB")),
        ("The Ghana Trades Union Congress threatened a strike.", "Ghana Trades Union Congress",
         (None, "GHA", "LAB")),
        ("The Kenyan Labour Congress rejected the wage offer.", "Kenyan Labour Congress",
         (None, "KEN", "LAB")),
        # defence forces: the state's army, not another state's rebels of the same name
        ("The Uganda People's Defence Force attacked rebels.", "Uganda People's Defence Force",
         ("country:UGA", "UGA", "MIL")),
        ("The Zambia People's Defence Force paraded in Lusaka.", "Zambia People's Defence Force",
         ("country:ZMB", "ZMB", "MIL")),
        # a liberation or resistance army fights the state: rebels, no state's id
        ("The Chad National Liberation Army attacked the capital.",
         "Chad National Liberation Army", (None, "TCD", "REB")),
        ("The Zimbabwe African National Liberation Army raided a farm.",
         "Zimbabwe African National Liberation Army", (None, "ZWE", "REB")),
        # a congress with no union word is a party's
        ("The Uganda People's Congress boycotted the vote.", "Uganda People's Congress",
         (None, "UGA", "PTY")),
    ],
)  # fmt: skip
def test_a_name_opened_by_a_state_is_that_states_body(
    pipeline: Pipeline, text: str, mention: str, expected: tuple[str | None, ...]
) -> None:
    found = actors(pipeline, text)
    assert found.get(f"The {mention}") == expected, found
    # no other state's body read into the name
    assert all(v[1] == expected[1] for v in found.values() if v[1]), found


def test_the_reason_says_why(pipeline: Pipeline) -> None:
    [result] = list(pipeline.run([Document("t", "The Nigeria Labour Congress called a strike.")]))
    [mention] = [m for m in result.mentions if m.actor.country == "NGA"]  # type: ignore[union-attr]
    assert "Nigeria's own body" in mention.actor.reason
    assert "sector LAB from 'labour'" in mention.actor.reason


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        # a name in it that agrees with the state decides, as before
        ("The Iraqi Kurdistan Regional Government protested.", "Kurdistan Regional Government",
         ("org:IRQ-KRG", "IRQ", "GOV")),
        ("Myanmar's People's Defence Force attacked a junta convoy.", "People's Defence Force",
         ("group:PDF-MYANMAR", "MMR", "REB")),
        # one institution name after the state: the institutions decide
        ("The Nigerian Senate passed the bill.", "Senate", ("org:NGA-SENATE", "NGA", "LEG")),
        ("The Kenya Defence Forces killed ten militants.", "Kenya Defence Forces",
         ("country:KEN", "KEN", "MIL")),
    ],
)  # fmt: skip
def test_names_that_agree_with_their_state_keep_their_reading(
    pipeline: Pipeline, text: str, mention: str, expected: tuple[str | None, ...]
) -> None:
    found = actors(pipeline, text)
    assert next((v for k, v in found.items() if mention in k), None) == expected, found
