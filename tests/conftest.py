from __future__ import annotations

from pathlib import Path

import pytest

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
