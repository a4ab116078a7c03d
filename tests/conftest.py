from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from test_dashboard_cdp import run_demo

from tacitus import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
HYPOTHESIS = importlib.util.find_spec("hypothesis") is not None
# the fault suite generates its inputs with Hypothesis (the dev extra): a checkout whose .venv
# predates it is told so in the header and runs the rest (`bash scripts/setup dev` adds it)
collect_ignore = [] if HYPOTHESIS else ["test_faults.py", "test_bounded_work.py"]


def pytest_report_header() -> str | None:
    if HYPOTHESIS:
        return None
    return ("hypothesis is not installed: tests/test_faults.py and tests/test_bounded_work.py "
            "are not collected (run: bash scripts/setup dev)")  # fmt: skip


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """One loaded pipeline for the whole session (the model takes a second to load)."""
    return Pipeline()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not (SHARED / "eval").is_dir():
        pytest.skip("../shared/eval is absent: the external gold data is not here")
    return SHARED


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> tuple[Path, str]:
    """The demo store (the sample corpora through the real pipeline), made once a session
    for the browser tests: (its path, what the ingest printed). Tests that write copy it."""
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    return db, run_demo(db, pipeline)
