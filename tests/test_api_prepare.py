"""What `tacitus serve` does before it listens (tacitus.api.prepare)."""

from __future__ import annotations

import gc

from tacitus.api import prepare
from tacitus.places.gazetteer import state_names


def test_prepare_loads_the_states_and_freezes_the_heap() -> None:
    try:
        prepare()
        assert gc.get_freeze_count() > 0
        assert state_names.cache_info().currsize == 1
    finally:
        gc.unfreeze()
