"""The read answers' JSON (tacitus.api.answer): orjson writes the bytes pydantic-core wrote
(what FastAPI does with a route's dict), and anything orjson would write otherwise falls back
to pydantic-core."""

from __future__ import annotations

import dataclasses
import datetime
import enum
import json
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import TypeAdapter
from test_api_data import make_store

from tacitus.api import answer, create_app
from tacitus.api.answer import json_bytes
from tacitus.store import Store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
PYDANTIC: TypeAdapter[Any] = TypeAdapter(Any)


class Colour(enum.Enum):
    RED = "red"


class Word(enum.StrEnum):
    WAR = "war"


class Name(str):
    pass


@dataclasses.dataclass
class Pair:
    source: str
    events: int


PLAIN = [
    {"edges": [{"id": "a\u2192b", "goldstein": -2.35, "types": {"ASSAULT": 3}}], "top": None},
    [0.1, 1e-7, 1e16, 1e21, 1e22, 1.5e300, -0.0, 5e-324, 2.0**53 + 1, 1e-5, 123456789.123],
    [float("nan"), float("inf"), float("-inf")],
    [2**63 - 1, -(2**63), 0, True, False, None],
    'quote " back \\ slash / nul \x00 unit \x1f line \u2028 Zoë Киев 北京 \U0001f600',
    {"": [], "nested": {"deeper": [[{}]]}},
]
OTHER = [
    {"day": datetime.date(2024, 1, 2)},
    {"at": datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)},
    {"at": datetime.datetime(2024, 1, 2, 3, 4, 5, 6)},
    {"score": Decimal("1.250")},
    {1: "int key"},
    {"big": 2**64},
    {"colour": Colour.RED, "word": Word.WAR, "name": Name("x")},
    {"pair": Pair("RUS", 3)},
    {"tuple": (1, "a")},
]


@pytest.mark.parametrize("content", PLAIN + OTHER)
def test_the_bytes_pydantic_wrote(content: Any) -> None:
    assert json_bytes(content) == PYDANTIC.dump_json(content)


def test_without_orjson_pydantic_writes_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(answer, "orjson", None)
    for content in PLAIN + OTHER:
        assert json_bytes(content) == PYDANTIC.dump_json(content)


def test_what_pydantic_refuses_is_refused() -> None:
    with pytest.raises(ValueError, match="surrogates"):
        PYDANTIC.dump_json({"lone": "\ud800"})
    with pytest.raises(ValueError, match="surrogates"):
        json_bytes({"lone": "\ud800"})


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    path: Path = tmp_path_factory.mktemp("answer") / "answer.duckdb"
    store: Store
    with make_store(path) as store:
        yield TestClient(create_app(store))


@pytest.mark.parametrize(
    "url",
    [
        "/api/events?limit=3",
        "/api/documents?limit=3",
        "/api/actors?limit=5",
        "/api/actors?q=rus",
        "/api/dyads?top=30&limit=2000",
        "/api/dyads?group=state",
        "/api/timeline",
        "/api/quotes?limit=5&sort=speaker",
        "/api/stories",
        "/api/outlets",
        "/api/map?examples=3",
        "/api/meta",
    ],
)
def test_answers_are_json_as_fastapi_writes_it(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/json"
    assert response.content == PYDANTIC.dump_json(json.loads(response.content))


def test_json_written_already_is_copied_in(monkeypatch: pytest.MonkeyPatch) -> None:
    """A RawJson (JSON text as orjson writes it) is the bytes its values give, whether orjson
    copies it in or pydantic-core writes the answer (a value orjson leaves to it, or no
    orjson)."""
    text = '[{"event_id":"e1","sentence":"Zoë \\"said\\" \\u001f …","n":3,"no":null}]'
    values = json.loads(text)
    for other in ("plain", datetime.date(2024, 1, 2)):
        content = {"points": [{"examples": answer.RawJson(text)}], "other": other}
        expected = PYDANTIC.dump_json({"points": [{"examples": values}], "other": other})
        assert json_bytes(content) == expected
        monkeypatch.setattr(answer, "orjson", None)
        assert json_bytes({**content, "points": [{"examples": answer.RawJson(text)}]}) == expected
        monkeypatch.undo()
