"""The OpenAPI schema tells the truth: every endpoint's answer validates against its documented
model with no field left undocumented, errors are documented as 400 with the one error shape
(never FastAPI's 422), and no endpoint is left without a model."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from pydantic import BaseModel
from test_api_data import IRQ, RUS, make_store, result

from tacitus.api import create_app, models
from tacitus.store import Store
from tacitus.stories import update_stories

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

HISTORIC = result("h", "Russia attacked Iraq in 1962 as the record shows.", "Wire", "2025-03-10",
                  [("ASSAULT", RUS, IRQ, "attacked", "1962-01-01")])  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with make_store(tmp_path_factory.mktemp("models") / "models.duckdb") as opened:
        opened.write([HISTORIC])
        update_stories(opened)
        yield opened


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


def story_id(client: TestClient) -> str:
    found: str = client.get("/api/stories?sort=outlets").json()["items"][0]["story_id"]
    return found


ANSWERS: list[tuple[str, type[BaseModel]]] = [
    ("/api/events?limit=3", models.EventsPage),
    ("/api/events?source=country:RUS&target=country:IRQ&group=state", models.EventsPage),
    ("/api/documents", models.DocumentsPage),
    ("/api/documents/sub/x.html", models.Document),
    ("/api/actors", models.ActorsPage),
    ("/api/actors?q=ru", models.ActorsPage),
    ("/api/actors?q=Rusia", models.ActorsPage),
    ("/api/dyads", models.Graph),
    ("/api/dyads?top=2&group=state", models.Graph),
    ("/api/timeline", models.Timeline),
    ("/api/timeline?since=2025-03-10", models.Timeline),
    ("/api/quotes?sort=speaker", models.QuotesPage),
    ("/api/stories", models.StoriesPage),
    ("/api/stories/{story}", models.StoryDetail),
    ("/api/outlets", models.OutletsList),
    ("/api/meta", models.Meta),
    ("/api/map", models.MapAnswer),
]


@pytest.mark.parametrize(("url", "model"), ANSWERS)
def test_every_answer_is_its_documented_model(
    client: TestClient, url: str, model: type[BaseModel]
) -> None:
    response = client.get(url.replace("{story}", story_id(client)))
    assert response.status_code == 200, response.text
    model.model_validate(response.json())  # extra="forbid": nothing undocumented


def test_the_timeline_shows_what_lies_outside(client: TestClient) -> None:
    outside = client.get("/api/timeline").json()["outside"]
    assert outside["total"] == 1 and outside["events"][0]["day"] == "1962-01-01"


@pytest.mark.parametrize(
    ("url", "status"),
    [("/api/events?limit=-1", 400), ("/api/nothing", 404), ("/api/stories/nope", 404),
     ("/api/documents/nope", 404)],
)  # fmt: skip
def test_errors_are_the_documented_error_body(client: TestClient, url: str, status: int) -> None:
    response = client.get(url)
    assert response.status_code == status
    models.ErrorBody.model_validate(response.json())


def _operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    for path, methods in spec["paths"].items():
        for method, operation in methods.items():
            yield path, method, operation


def test_the_schema_documents_400_not_422_and_a_model_for_every_answer(
    client: TestClient,
) -> None:
    spec = client.get("/openapi.json").json()
    assert "422" not in str(spec) and "HTTPValidationError" not in spec["components"]["schemas"]
    error = {"$ref": "#/components/schemas/ErrorBody"}
    for path, method, operation in _operations(spec):
        answers = operation["responses"]
        ok = answers["200"]["content"]["application/json"]["schema"]
        assert ok.get("$ref", "").startswith("#/components/schemas/"), (path, ok)
        assert answers["400"]["content"]["application/json"]["schema"] == error, path
        if "{" in path:
            assert "404" in answers, path
        if method == "post":
            assert {"401", "403", "413"} <= set(answers), path
    tested = {url.split("?")[0].replace("{story}", "{story_id}") for url, _ in ANSWERS}
    tested = {"/api/documents/{doc_id}" if t.startswith("/api/documents/") else t for t in tested}
    documented = {p for p, m, _ in _operations(spec) if m == "get"}
    assert documented == tested, "every GET endpoint has an answer checked here"
    schemas = spec["components"]["schemas"]
    assert schemas["ErrorInfo"]["required"] == ["status", "code", "message", "detail"]
