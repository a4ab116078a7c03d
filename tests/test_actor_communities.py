"""Ethnic and religious communities named alone are their own actors, with no state unless
the text gives one; the Iraqi Security Forces are Iraq's military (issue 14). Sentences
written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from mention_data import mentions

from tacitus import Pipeline
from tacitus.actors.dictionary import ActorDictionary
from tacitus.errors import DataError


@pytest.mark.parametrize(
    ("text", "mention", "actor_id", "sector"),
    [
        ("The Rohingya fled across the border.", "The Rohingya", "group:ROHINGYA", "ETH"),
        ("Thousands of Rohingya crossed the river.", "Rohingya", "group:ROHINGYA", "ETH"),
        ("The Kurds accused the government of betrayal.", "The Kurds", "group:KURDS", "ETH"),
        ("Uighurs were detained in the camps.", "Uighurs", "group:UYGHURS", "ETH"),
        ("Yazidis were massacred by the militants.", "Yazidis", "group:YAZIDIS", "REL"),
        ("The Druze have stayed neutral in the war.", "The Druze", "group:DRUZE", "REL"),
        ("Sunnis boycotted the vote.", "Sunnis", "group:SUNNI", "REL"),
        ("Many Shiites marched to the shrine.", "Many Shiites", "group:SHIA", "REL"),
    ],
)
def test_a_community_named_alone_is_its_own_actor_of_no_state(
    pipeline: Pipeline, text: str, mention: str, actor_id: str, sector: str
) -> None:
    found = mentions(pipeline, text)[mention]
    assert (found.actor_id, found.country, found.sector) == (actor_id, None, sector)
    assert "community" in found.reason


@pytest.mark.parametrize(
    ("text", "mention", "country"),
    [
        ("Iraqi Kurds voted for independence.", "Iraqi Kurds", "IRQ"),
        ("Syria's Alawites rallied behind the president.", "Syria's Alawites", "SYR"),
        ("Kurds in Turkey celebrated the new year.", "Kurds", "TUR"),
        ("Christians in Egypt held a vigil.", "Christians", "EGY"),
    ],
)
def test_a_community_takes_the_state_the_text_gives_it(
    pipeline: Pipeline, text: str, mention: str, country: str
) -> None:
    found = mentions(pipeline, text)[mention]
    assert found.country == country
    assert found.actor_id is not None and found.actor_id.startswith("group:")


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Rohingya refugees crossed the river.", "Rohingya refugees"),
        ("Kurdish fighters took the town.", "Kurdish fighters"),
    ],
)
def test_a_community_word_on_another_noun_leaves_the_noun_the_actor(
    pipeline: Pipeline, text: str, mention: str
) -> None:
    found = mentions(pipeline, text)[mention]
    assert found.sector in ("REF", "REB", "MIL")
    assert not (found.actor_id or "").startswith("group:KURDS")
    assert not (found.actor_id or "").startswith("group:ROHINGYA")


def test_a_community_does_not_take_the_place_of_its_verb(pipeline: Pipeline) -> None:
    found = mentions(pipeline, "The Rohingya fled into Bangladesh on Monday.")["The Rohingya"]
    assert found.country is None


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("We have trained the ISF and the Peshmerga.", "the ISF"),
        ("The ISF retook the town on Sunday.", "The ISF"),
        ("The Iraqi Security Forces advanced on the city.", "The Iraqi Security Forces"),
    ],
)
def test_the_isf_are_iraqs_military(pipeline: Pipeline, text: str, mention: str) -> None:
    found = mentions(pipeline, text)[mention]
    assert (found.actor_id, found.country, found.sector) == ("country:IRQ", "IRQ", "MIL")


def test_a_definition_in_the_text_overrides_the_isf(pipeline: Pipeline) -> None:
    text = "The Internal Security Forces (ISF) arrested two men. The ISF said they were armed."
    found = mentions(pipeline, text)
    assert found["The ISF"].country == "LBN"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("communities: [{id: group:X, name: X, sector: ETH, names: [Two Words]}]", "single"),
        ("communities: [{id: org:X, name: X, sector: ETH, names: [Xs]}]", "group: id"),
        ("communities: [{id: group:X, name: X, names: [Xs]}]", "'sector'"),
        ("communities: [{id: group:X, name: X, sector: ETH, country: IRQ}]", "unknown keys"),
    ],
)
def test_malformed_communities(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(DataError, match=message):
        ActorDictionary().add_file(path)


@pytest.mark.parametrize(
    ("text", "mention", "actor_id"),
    [
        ("The bombing was claimed by Da\u2019esh on Friday.", "Da\u2019esh", "group:ISIS"),
        ("Da\u2019esh fighters held the bridge.", "Da\u2019esh fighters", "group:ISIS"),
        ("The bombing was claimed by Da'esh on Friday.", "Da'esh", "group:ISIS"),
        ("Al-Qa\u2019ida claimed the attack.", "Al-Qa\u2019ida", "group:AL-QAEDA"),
    ],
)
def test_a_name_matches_with_either_apostrophe(
    pipeline: Pipeline, text: str, mention: str, actor_id: str
) -> None:
    assert mentions(pipeline, text)[mention].actor_id == actor_id
