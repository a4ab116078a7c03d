"""Every endpoint of the OpenAPI schema, every parameter, hostile values: never a 500, and every
error in the one shape (a schemathesis-style sweep written as plain pytest)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from test_api_data import make_store

from tacitus.api import create_app

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

HOSTILE = [
    "",
    "-1",
    "1e3",
    "99999999999999999999999",
    "abc",
    "' OR 1=1 --",
    "%_\\",
    "\x00\u202e",
    "<script>alert(1)</script>",
    "x" * 5000,
    "2025-02-30",
    "ACCUSE,,NOPE",
    "../../etc/passwd",
    "😀" * 10,
]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    with make_store(tmp_path_factory.mktemp("fuzz") / "fuzz.duckdb") as store:
        yield TestClient(create_app(store, token="t"), raise_server_exceptions=False)


def _operations(client: TestClient) -> list[tuple[str, str, list[dict[str, Any]]]]:
    spec = client.get("/openapi.json").json()
    found = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            found.append((method.upper(), path, operation.get("parameters", [])))
    return found


def _check(response: Any, where: str) -> None:
    assert response.status_code < 500, f"{where}: {response.status_code} {response.text[:300]}"
    if response.status_code >= 400:
        body = response.json()
        assert set(body) == {"error"}, where
        assert set(body["error"]) == {"status", "code", "message", "detail"}, where
        assert body["error"]["status"] == response.status_code, where


def _url(path: str, params: dict[str, str]) -> str:
    for name, value in list(params.items()):
        if "{" + name in path:
            path = path.replace("{" + name + "}", quote(value, safe="")).replace(
                "{" + name + ":path}", quote(value, safe="")
            )
            del params[name]
    query = "&".join(f"{quote(k)}={quote(v, safe='')}" for k, v in params.items())
    return path + ("?" + query if query else "")


def test_every_parameter_with_hostile_values(client: TestClient) -> None:
    operations = _operations(client)
    assert len(operations) >= 10
    checked = 0
    for method, path, parameters in operations:
        if method != "GET":
            continue
        base = {p["name"]: "x" for p in parameters if p["in"] == "path"}
        for parameter in parameters:
            for value in HOSTILE:
                params = dict(base)
                params[parameter["name"]] = value
                url = _url(path, params)
                _check(client.get(url), f"GET {url[:120]}")
                checked += 1
    assert checked > 200


def test_all_filters_at_once_and_repeated(client: TestClient) -> None:
    for method, path, _ in _operations(client):
        if method != "GET" or "{" in path:
            continue
        url = (
            f"{path}?since=2025-01-01&until=2025-12-31&actor=Russia&country=RUS&type=ACCUSE"
            "&type=threaten,assault&quad_class=3&outlet=Meridian%20Wire&text=accused"
            "&limit=5&offset=0&limit=7&unknown=1"
        )
        _check(client.get(url), url)


@pytest.mark.parametrize(
    ("headers", "body"),
    [
        ({}, b"{}"),
        ({"content-type": "text/plain"}, b"hello"),
        ({"content-type": "application/json"}, b"[1, 2]"),
        ({"content-type": "application/json"}, b'{"documents": [null]}'),
        ({"content-type": "application/json"}, b'{"documents": [{"text": null}]}'),
        ({"content-type": "application/json"}, b'{"documents": [{"html": 3}]}'),
        ({"content-type": "application/json"}, b"\xff\xfe\x00"),
        ({"content-type": "application/json", "content-length": "abc"}, b"{}"),
    ],
)
def test_post_with_hostile_bodies(client: TestClient, headers: dict[str, str], body: bytes) -> None:
    response = client.post(
        "/api/documents", content=body, headers={"Authorization": "Bearer t", **headers}
    )
    _check(response, f"POST {body[:40]!r}")
    assert response.status_code >= 400


@pytest.mark.parametrize("method", ["PUT", "PATCH", "DELETE", "OPTIONS"])
def test_other_methods(client: TestClient, method: str) -> None:
    for _, path, _ in _operations(client):
        _check(client.request(method, path.replace("{doc_id}", "a")), f"{method} {path}")
