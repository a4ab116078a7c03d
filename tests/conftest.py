from __future__ import annotations

from pathlib import Path

import pytest
from test_dashboard_cdp import run_demo

from tacitus import Pipeline

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


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
