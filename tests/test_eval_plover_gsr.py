"""Scoring the PLOVER gold records: the gold's codes that are not today's ISO codes are read
as the ISO code of the same state. Rows written for the test."""

from __future__ import annotations

from tacitus import Pipeline
from tacitus.evaluate.plover_gsr import GOLD_CODE_ALIASES, evaluate_gsr


def _row(text: str, source: str, target: str) -> dict[str, object]:
    return {
        "id": text,
        "text": text,
        "gold": {
            "event": "ACCUSE",
            "source": [{"text": "s", "code": source, "sector": "GOV"}],
            "target": [{"text": "t", "code": target, "sector": "GOV"}],
        },
    }


def test_an_old_or_non_iso_gold_code_matches_the_iso_code(pipeline: Pipeline) -> None:
    rows = [
        _row("Japan condemned Italy over the arrests.", "JAP", "ITL"),
        _row("Romania condemned Zaire over the killings.", "ROM", "ZAR"),
    ]
    report = evaluate_gsr(rows, pipeline, 0)
    assert report.metrics["source_country_accuracy"] == 1.0
    assert report.metrics["target_country_accuracy"] == 1.0


def test_a_wrong_country_still_misses(pipeline: Pipeline) -> None:
    report = evaluate_gsr([_row("Japan condemned Italy.", "ITL", "JAP")], pipeline, 0)
    assert report.metrics["source_country_accuracy"] == 0.0


def test_aliases_name_iso_codes() -> None:
    assert all(len(v) == 3 and v.isupper() and k != v for k, v in GOLD_CODE_ALIASES.items())
