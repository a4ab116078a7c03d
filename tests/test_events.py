"""Event coding on sentences written for these tests: each PLOVER type, passives, negation,
modality, coordination, reciprocity, metonyms and aliases (data: data/event_cases.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tacitus import Event, Pipeline
from tacitus.records import PLOVER_TYPES

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "event_cases.jsonl").open()]


def _matching(events: list[Event], case: dict[str, Any]) -> list[Event]:
    return [e for e in events if e.event_type == case["type"]]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_event_case(pipeline: Pipeline, case: dict[str, Any]) -> None:
    events = _matching(pipeline.extract(case["text"]), case)
    assert events, f"no {case['type']} event"
    event = events[0]
    assert event.source is not None
    assert event.source.country == case["source"], event.reason
    if "source_id" in case:
        assert event.source.actor_id == case["source_id"]
    if "source_sector" in case:
        assert event.source.sector == case["source_sector"], event.source.reason
    if "target" in case:
        assert event.target is not None, event.reason
        assert event.target.country == case["target"], event.reason
    if "target_sector" in case:
        assert event.target is not None and event.target.sector == case["target_sector"]
    if "targets" in case:
        assert sorted(e.target.country for e in events if e.target and e.target.country) == sorted(
            case["targets"]
        )
        assert len({e.mention_id for e in events}) == 1  # one mention, one record per target
    assert event.modality == case.get("modality", "asserted"), event.reason
    assert event.negated == case.get("negated", False), event.reason
    assert event.reciprocal == case.get("reciprocal", False), event.reason
    if "reported_by" in case:
        assert event.reported_by is not None and event.reported_by.country == case["reported_by"]
    assert event.reason and event.sentence == case["text"]


def test_every_plover_type_is_covered_by_a_case() -> None:
    assert {c["type"] for c in CASES} == set(PLOVER_TYPES)


def test_record_follows_the_data_contract(pipeline: Pipeline) -> None:
    [event] = pipeline.extract("Chile praised Argentina.")
    record = event.to_dict()
    assert list(record) == [
        "event_id", "mention_id", "doc_id", "sentence_id", "sentence", "trigger", "event_type",
        "cameo", "quad_class", "goldstein", "source", "target", "mode", "context", "reciprocal",
        "outlet", "published", "negated", "modality", "reported_by", "date", "date_precision",
        "location", "confidence", "reason",
    ]  # fmt: skip
    assert record["trigger"] == {"text": "praised", "start": 6, "end": 13}
    assert (record["cameo"], record["quad_class"]) == ("051", 2)  # CAMEO root 05: quad 2
    assert set(record["source"]) == {
        "text",
        "name",
        "actor_id",
        "country",
        "sector",
        "wikidata",
        "reason",
        "office",
    }
    assert record["source"]["actor_id"] == "country:CHL" and record["source"]["wikidata"] == "Q298"
    assert record["source"]["office"] is None  # only people hold offices
    assert 0 <= record["confidence"] <= 1


def test_ids_are_stable_and_depend_on_input(pipeline: Pipeline) -> None:
    first = pipeline.extract("Chile praised Argentina.")
    again = pipeline.extract("Chile praised Argentina.")
    other = pipeline.extract("Chile praised Peru.")
    assert [e.event_id for e in first] == [e.event_id for e in again]
    assert first[0].event_id != other[0].event_id


def test_dates_follow_the_publication_date(pipeline: Pipeline) -> None:
    from tacitus import Document

    doc = Document(
        "d1", "Chile praised Argentina on Sunday. Peru thanked Bolivia.", published="2025-03-12"
    )
    sunday, plain = pipeline.extract(doc)
    assert (sunday.date, sunday.date_precision) == ("2025-03-09", "day")
    assert (plain.date, plain.date_precision) == ("2025-03-12", "day")
    undated = pipeline.extract(Document("d2", "Chile praised Argentina on Sunday."))
    assert undated[0].date is None and undated[0].published is None


def test_neutral_statements_are_not_events(pipeline: Pipeline) -> None:
    assert pipeline.extract("The weather in Paris was mild and the markets were calm.") == []
