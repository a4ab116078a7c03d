"""Actor resolution: aliases, demonyms, metonyms, agents and sectors, places, user files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus import Pipeline
from tacitus.actors.dictionary import ActorDictionary, load_dictionary
from tacitus.errors import DataError


def actors(pipeline: Pipeline, text: str) -> dict[str, tuple[str | None, str | None, str | None]]:
    from tacitus import Document

    [result] = list(pipeline.run([Document("t", text)]))
    assert not isinstance(result, Exception)
    return {
        text[m.start : m.end]: (m.actor.actor_id, m.actor.country, m.actor.sector)
        for m in result.mentions  # type: ignore[union-attr]
    }


@pytest.mark.parametrize(
    ("text", "mention", "expected"),
    [
        ("ISIS claimed the attack.", "ISIS", ("group:ISIS", "IMG", "REB")),
        ("ISIL claimed the attack.", "ISIL", ("group:ISIS", "IMG", "REB")),
        ("Daesh claimed the attack.", "Daesh", ("group:ISIS", "IMG", "REB")),
        (
            "The Islamic State claimed the attack.",
            "The Islamic State",
            ("group:ISIS", "IMG", "REB"),
        ),
        ("Ansar Allah fired missiles.", "Ansar Allah", ("group:HOUTHIS", "YEM", "REB")),
        ("The US condemned it.", "The US", ("country:USA", "USA", None)),
        ("Britain condemned it.", "Britain", ("country:GBR", "GBR", None)),
        ("Moscow condemned it.", "Moscow", ("country:RUS", "RUS", "GOV")),
        ("The Kremlin condemned it.", "The Kremlin", ("country:RUS", "RUS", "GOV")),
        ("The Pentagon condemned it.", "The Pentagon", ("org:USA-DOD", "USA", "MIL")),
        ("Downing Street condemned it.", "Downing Street", ("country:GBR", "GBR", "GOV")),
        (
            "Iraqi military officials condemned it.",
            "Iraqi military officials",
            ("country:IRQ", "IRQ", "MIL"),
        ),
        (
            "Russia's foreign ministry condemned it.",
            "Russia's foreign ministry",
            ("org:RUS-MOFA", "RUS", "GOV"),
        ),
        ("NATO troops left.", "NATO troops", ("igo:NATO", "IGO", "MIL")),
        (
            "The US-led coalition struck.",
            "The US-led coalition",
            ("igo:US-LED-COALITION", "IGO", "MIL"),
        ),
        ("Western powers condemned it.", "Western powers", ("igo:WEST", "IGO", "GOV")),
        ("The police in Kenya arrested him.", "The police", (None, "KEN", "COP")),
        ("Rebels fired on the convoy.", "Rebels", (None, None, "REB")),
        ("The coalition struck the bridge.", "The coalition", (None, None, "MIL")),
        ("The ruling coalition collapsed.", "The ruling coalition", (None, None, "GOV")),
        ("Witnesses saw the victims.", "Witnesses", (None, None, "CVL")),
        ("Witnesses saw the victims.", "the victims", (None, None, "CVL")),
        # former international bodies and operations, as older news names them
        ("The OAU condemned it.", "The OAU", ("igo:AU", "IGO", "IGO")),
        ("The CSCE condemned it.", "The CSCE", ("igo:OSCE", "IGO", "IGO")),
        ("The Warsaw Pact condemned it.", "The Warsaw Pact", ("igo:WARSAW-PACT", "IGO", "MIL")),
        ("UNPROFOR troops left.", "UNPROFOR troops", ("igo:UNPROFOR", "IGO", "MIL")),
        ("ECOMOG shelled the port.", "ECOMOG", ("igo:ECOMOG", "IGO", "MIL")),
        ("UNSCOM inspectors left Iraq.", "UNSCOM inspectors", ("igo:UNSCOM", "IGO", "IGO")),
    ],
)
def test_resolution(
    pipeline: Pipeline, text: str, mention: str, expected: tuple[str | None, ...]
) -> None:
    found = actors(pipeline, text)
    assert found.get(mention) == expected, found


def test_every_mention_carries_a_reason(pipeline: Pipeline) -> None:
    from tacitus import Document

    [result] = list(
        pipeline.run([Document("t", "Iraqi troops and Hezbollah fighters met in Baghdad.")])
    )
    assert all(m.actor.reason for m in result.mentions)  # type: ignore[union-attr]


def test_a_capital_in_a_locative_phrase_is_a_place_not_the_government(pipeline: Pipeline) -> None:
    events = pipeline.extract("Iran and Iraq held talks in Baghdad.")
    assert events and all(e.target is None or e.target.text != "Baghdad" for e in events)
    assert {(e.source.country, e.target.country) for e in events if e.source and e.target} == {
        ("IRN", "IRQ")
    }


def test_names_inside_other_names_do_not_match(pipeline: Pipeline) -> None:
    found = actors(pipeline, "The Washington Post reported on the West Bank.")
    assert "Washington" not in found and "West" not in found


def test_shipped_dictionaries_cover_every_un_member() -> None:
    dictionary = load_dictionary()
    countries = [e for e in dictionary.entries.values() if e.id.startswith("country:")]
    assert len(countries) >= 193 + 3  # UN members + Palestine, Taiwan, Kosovo
    for code in ("PSE", "TWN", "XKX", "USA", "IRQ"):
        assert f"country:{code}" in dictionary.entries


def test_user_file_adds_and_overrides(tmp_path: Path) -> None:
    extra = tmp_path / "mine.yaml"
    extra.write_text(
        "actors:\n"
        "  - {id: group:FOO, name: Foo Front, country: ZZZ, sector: REB, names: [Foo Front]}\n"
        "  - {id: country:IRQ, name: Iraq (custom), country: IRQ, names: [Mesopotamia]}\n"
        "agents:\n  - {words: [vigilante], sector: PRM}\n"
    )
    dictionary = load_dictionary([extra])
    assert dictionary.surfaces["Foo Front"].entry.id == "group:FOO"
    assert dictionary.entries["country:IRQ"].name == "Iraq (custom)"
    assert "Iraq" not in dictionary.surfaces  # the override replaces the shipped names
    assert dictionary.agents[("vigilante",)] == "PRM"


def test_user_actors_are_used_by_the_pipeline(tmp_path: Path) -> None:
    extra = tmp_path / "mine.json"
    extra.write_text(
        '{"actors": [{"id": "group:FOO", "name": "Foo Front", "country": "ZZZ", "names": ["Foo Front"]}]}'
    )
    events = Pipeline(actors=(str(extra),)).extract("The Foo Front attacked Chad.")
    assert events[0].source is not None and events[0].source.actor_id == "group:FOO"
    assert "mine.json" in events[0].source.reason


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("actors: [{name: X, names: [X]}]", "bad.yaml#1: missing or empty 'id'"),
        (
            "actors: [{id: X, name: X}]",
            "bad.yaml#1: id 'X' must be namespaced (country:, igo:, group:, org:, person:)",
        ),
        (
            "actors: [{id: group:X, name: X, names: X}]",
            "bad.yaml#1: 'names' must be a list of strings",
        ),
        ("agents: [{words: [a]}]", "bad.yaml agents#1: an agent is {words: [...], sector: X}"),
        ("people: []", "bad.yaml: unknown top-level keys ['people']"),
        ("actors: [", "not valid YAML/JSON"),
    ],
)
def test_malformed_dictionary_files(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(content)
    with pytest.raises(DataError) as info:
        ActorDictionary().add_file(path)
    assert message in str(info.value)
