"""The read endpoints' JSON rendering gives what FastAPI's own encoding gives."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from decimal import Decimal

import pytest
from fastapi.encoders import jsonable_encoder

from tacitus.api.answer import json_answer, render


@dataclass
class _Point:
    lat: float
    lon: float


def test_render_matches_fastapi_encoding_for_the_values_queries_give() -> None:
    content = {
        "day": dt.date(2024, 2, 29),
        "at": dt.datetime(2024, 2, 29, 13, 5, 7),
        "sum": Decimal("12"),
        "mean": Decimal("-2.125"),
        "nested": [{"n": 3, "ok": True, "none": None, "text": "Kyïv — “quoted”"}],
        "tuple": (1, "two"),
        "point": _Point(48.4, 31.2),
        1: "an integer key",
    }
    assert json.loads(render(content)) == json.loads(json.dumps(jsonable_encoder(content)))


def test_render_refuses_what_json_cannot_hold() -> None:
    with pytest.raises(TypeError, match="not JSON: object"):
        render({"x": object()})
    with pytest.raises(ValueError, match="Out of range float"):
        render({"x": float("nan")})


def test_json_answer_is_utf8_json() -> None:
    answer = json_answer({"name": "Zelensky’s office"})
    assert answer.media_type == "application/json"
    assert json.loads(answer.body) == {"name": "Zelensky’s office"}
    assert "’".encode() in answer.body


def test_prepare_loads_the_states_and_freezes_the_heap() -> None:
    import gc

    from tacitus.api import prepare
    from tacitus.places.gazetteer import state_names

    try:
        prepare()
        assert gc.get_freeze_count() > 0
        assert state_names.cache_info().currsize == 1
    finally:
        gc.unfreeze()
