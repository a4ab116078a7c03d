"""The sides' countries in single wire sentences (issue 13, round 11): leaders of 1990-2020
named without a title, regions of wire news the gazetteer lacks, a compass word that makes a
bare name a region ("eastern Congo"), a title ending in "of X" ("US Secretary of State
X"), and a force's unit acted on ("ambushed a police patrol"). Sentences written for these tests; tests/wire_probes_countries.py holds the wider probe
set."""

from __future__ import annotations

import pytest
from wire_probes_countries import PROBES

from tacitus import Actor, Pipeline


def _country(pipeline: Pipeline, text: str, words: str) -> str | None:
    """The country of the event side whose text holds ``words``."""
    for event in pipeline.extract(text):
        for side in (event.source, event.target):
            if side is not None and words in side.text:
                return side.country
    raise AssertionError(f"no side with {words!r}: {pipeline.extract(text)}")


# fmt: off
# leaders and ministers of 1990-2020 named bare, as wire copy names them after the first line
PEOPLE = [
    ("Goodluck Jonathan criticised the opposition on Monday.", "Goodluck Jonathan", "NGA"),
    ("Muhammadu Buhari accused Boko Haram of killing the farmers.", "Muhammadu Buhari", "NGA"),
    ("Idriss Deby accused Sudan of backing the rebels.", "Idriss Deby", "TCD"),
    ("Jose Maria Aznar praised the British prime minister.", "Jose Maria Aznar", "ESP"),
    ("Rafael Correa expelled the American ambassador.", "Rafael Correa", "ECU"),
    ("John Howard criticised the Indonesian government.", "John Howard", "AUS"),
    ("Ma Ying-jeou called for talks with Beijing.", "Ma Ying-jeou", "TWN"),
    ("Rodrigo Duterte threatened to expel the European diplomats.", "Rodrigo Duterte", "PHL"),
    ("Yulia Tymoshenko accused Moscow of blackmail.", "Yulia Tymoshenko", "UKR"),
    ("Zine el-Abidine Ben Ali accused the opposition of inciting the riots.", "Ben Ali", "TUN"),
]

# people, police, rebels "in" a region of wire news that no gazetteer file listed
REGIONS = [
    ("Militants in the Niger Delta kidnapped four oil workers.", "Militants", "NGA"),
    ("Muslim rebels in Mindanao kidnapped a Catholic priest.", "Muslim rebels", "PHL"),
    ("Maoist rebels in Chhattisgarh ambushed a police patrol.", "Maoist rebels", "IND"),
    ("Separatist rebels in Aceh attacked an army post.", "Separatist rebels", "IDN"),
    ("Police in Balochistan arrested 30 suspected militants.", "Police", "PAK"),
    ("Gunmen in Dagestan shot dead a police officer.", "Gunmen", "RUS"),
    ("Protesters in Kabylie clashed with riot police.", "Protesters", "DZA"),
    # a compass word with a name: the region it spells, not the bare name's state
    ("Rebels in eastern Congo seized the town of Goma.", "Rebels", "COD"),
    ("Hutu militiamen in eastern Congo attacked a refugee camp.", "militiamen", "COD"),
]

# a title ending in "of X": the state named before its head noun
TITLES = [
    ("The Indian minister met US Deputy Secretary of State Strobe Talbott.", "Talbott", "USA"),
    ("The Iraqi president met Turkish Minister of Energy Hasan Bulut in Baghdad.", "Bulut", "TUR"),
]
# a force's unit or manned post acted on stands for the force, and is placed like it
UNITS = [
    ("Maoist rebels in Chhattisgarh ambushed a police patrol.", "police patrol", "IND"),
    ("Kurdish rebels in southeastern Turkey ambushed an army convoy.", "army convoy", "TUR"),
    ("Insurgents in Kandahar attacked a police checkpoint.", "police checkpoint", "AFG"),
    ("Israeli jets struck a Syrian army convoy near Damascus.", "army convoy", "SYR"),
    ("Rebels attacked a military convoy in eastern Congo.", "military convoy", "COD"),
    ("Government forces bombarded rebel positions in Homs.", "rebel positions", "SYR"),
]
# a state's settlement named by its demonym ("the Kenyan capital") places its clause as a
# name ("Nairobi") does
SETTLEMENTS = [
    ("Thousands marched in the Kenyan capital against the government.", "government", "KEN"),
    ("Police arrested 20 protesters in the Kenyan capital.", "Police", "KEN"),
    ("Students clashed with police in the Indonesian capital on Friday.", "Students", "IDN"),
]
# fmt: on


@pytest.mark.parametrize(("text", "words", "country"), SETTLEMENTS)
def test_demonym_settlement_places_its_clause(
    pipeline: Pipeline, text: str, words: str, country: str
) -> None:
    assert _country(pipeline, text, words) == country


def test_demonym_settlement_does_not_place_a_posted_or_named_side(pipeline: Pipeline) -> None:
    text = "The French president met the Kenyan leader in the Kenyan capital."
    assert _country(pipeline, text, "French president") == "FRA"
    text = "Foreign troops in the Afghan capital fired on protesters."
    assert _country(pipeline, text, "Foreign troops") is None


@pytest.mark.parametrize(("text", "words", "country"), UNITS)
def test_force_unit_is_the_force(pipeline: Pipeline, text: str, words: str, country: str) -> None:
    assert _country(pipeline, text, words) == country


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked an aid convoy in Darfur.",  # no force's word: a thing
        "Militants attacked a border post in Sinai.",
        "Militants attacked the post office in the town.",
    ],
)
def test_unit_without_force_word_is_no_side(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(text)
    assert all(e.target is None for e in events), [
        (e.target.text, e.reason) for e in events if e.target
    ]


def test_force_unit_on_the_move_is_no_event(pipeline: Pipeline) -> None:
    assert pipeline.extract("The army convoy reached the capital on Monday.") == []


def test_force_base_visited_is_no_side(pipeline: Pipeline) -> None:
    """A force's base is a place people visit and meet in, not the force."""
    events = pipeline.extract("The president visited a military base near the capital.")
    assert all(e.target is None for e in events)


@pytest.mark.parametrize(("text", "words", "country"), PEOPLE + REGIONS + TITLES)
def test_side_has_its_country(pipeline: Pipeline, text: str, words: str, country: str) -> None:
    assert _country(pipeline, text, words) == country


def test_bare_congo_is_the_documents_congo(pipeline: Pipeline) -> None:
    """Only a compass word makes "Congo" the DRC's east; the bare name is the Congo the
    document means (actors/congo.py: the DRC unless the Republic's places say otherwise)."""
    assert _country(pipeline, "Rebels in Congo attacked the airport.", "Rebels") == "COD"
    text = "Rebels in Congo attacked the airport. Brazzaville sent troops to Pointe-Noire."
    assert _country(pipeline, text, "Rebels") == "COG"


def test_longer_name_wins_over_region(pipeline: Pipeline) -> None:
    """A region of Indonesia ("Papua") inside a state's name ("Papua New Guinea")."""
    text = "Police in Papua New Guinea arrested 20 protesters."
    assert _country(pipeline, text, "Police") == "PNG"


def test_title_without_state_gives_none(pipeline: Pipeline) -> None:
    """A title "of X" with no state before it ("Secretary of State X") says nothing of whose."""
    text = "The Indian minister met Secretary of State Ali Hassan on Monday."
    assert _country(pipeline, text, "Ali Hassan") is None


def test_ambassador_to_a_state_is_not_its_national(pipeline: Pipeline) -> None:
    text = "The Egyptian minister met ambassador to Turkey Ali Hassan in Cairo."
    sides: list[Actor] = [
        s for e in pipeline.extract(text) for s in (e.source, e.target) if s is not None
    ]
    assert all(s.country != "TUR" for s in sides if "Hassan" in s.text)


def test_region_is_no_actor(pipeline: Pipeline) -> None:
    """A listed region placed as where something happened gives no side of its own."""
    events = pipeline.extract("Heavy rains flooded villages in Mindanao on Tuesday.")
    assert events == []


def test_country_probe_set(pipeline: Pipeline) -> None:
    """The probe set of wire sentences: the share whose expected side countries are found
    (round 11: source 147 of 164 and target 97 of 126, from 142 and 89 before this file's
    classes; source 146 since a change of main's codes 'vowed to press ahead' as no event;
    a drop is a regression)."""
    source_hits = source_total = target_hits = target_total = 0
    for text, _kind, source, target in PROBES:
        events = pipeline.extract(text)
        sources = {e.source.country for e in events if e.source}
        targets = {e.target.country for e in events if e.target}
        for e in events:
            if e.reciprocal:
                sources.add(e.target.country if e.target else None)
                targets.add(e.source.country if e.source else None)
        if source is not None:
            source_total += 1
            source_hits += source in sources
        if target is not None:
            target_total += 1
            target_hits += target in targets
    assert source_hits >= 146, (source_hits, source_total)
    assert target_hits >= 96, (target_hits, target_total)
