"""Quality gate: figures on the external gold sets must not fall below pinned floors.

Floors live in tests/quality_floors.json and are raised when the coder improves; they are
never lowered silently (a lower floor needs a commit saying why). Skips when ../shared/eval
is absent (the gold data is not part of the project).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tacitus import Pipeline
from tacitus.evaluate import run_eval

FLOORS = json.loads((Path(__file__).parent / "quality_floors.json").read_text())

pytestmark = [pytest.mark.gate, pytest.mark.slow]


@pytest.mark.parametrize(
    ("dataset", "relative"),
    [
        ("plover_gsr", "eval/plover_gsr/plover_gsr.jsonl"),
        ("re3d", "eval/re3d/re3d.jsonl"),
        ("seeds", "corpus/seeds.jsonl"),
    ],
)
def test_quality_floor(pipeline: Pipeline, shared: Path, dataset: str, relative: str) -> None:
    path = shared / relative
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    report = run_eval(dataset, path, pipeline)
    below = {
        metric: (report.metrics[metric], floor)
        for metric, floor in FLOORS[dataset].items()
        if report.metrics[metric] < floor
    }
    assert not below, f"{dataset}: below the floor (measured, floor): {below}"
