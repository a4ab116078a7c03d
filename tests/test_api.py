"""The HTTP API in-process (FastAPI's TestClient): endpoints, filters, paging, the one error
shape, writes behind a token, request limits, static files and security headers."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from test_api_data import XSS, make_store
from test_dashboard_cdp import serving

from tacitus import errors as tacitus_errors
from tacitus.api import LOOPBACK_NAMES, create_app
from tacitus.api.errors import translate
from tacitus.store import Store

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with make_store(tmp_path_factory.mktemp("api") / "api.duckdb") as opened:
        yield opened


@pytest.fixture(scope="module")
def client(store: Store) -> TestClient:
    return TestClient(create_app(store))


def get(client: TestClient, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, response.text
    return response.json()


def assert_error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"status", "code", "message", "detail"}
    assert body["error"]["status"] == status
    assert body["error"]["code"] == code
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    error: dict[str, Any] = body["error"]
    return error


# -- reading -----------------------------------------------------------------------------------


def test_events_page_with_totals_and_documents(client: TestClient) -> None:
    body = get(client, "/api/events?limit=2&offset=1")
    assert (body["total"], body["limit"], body["offset"]) == (7, 2, 1)
    assert [e["event_type"] for e in body["items"]] == ["ACCUSE", "THREATEN"]
    first = body["items"][0]
    assert first["source"]["actor_id"] == "country:RUS" and first["doc_id"] == "a"
    assert body["documents"]["a"]["outlet"] == "Meridian Wire"
    assert get(client, "/api/events?offset=100")["items"] == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("country=rus", 5),
        ("actor=country:IRQ", 3),
        ("actor=iran", 3),
        ("type=ACCUSE", 2),
        ("type=accuse,threaten", 3),
        ("type=ACCUSE&type=THREATEN", 3),
        ("quad_class=3", 3),
        ("since=2025-03-11", 3),
        ("since=2025-03-10&until=2025-03-10", 2),
        ("outlet=meridian%20wire", 3),
        ("text=intelligence", 2),
        ("text=50%25", 0),
        ("source=country:RUS&target=country:USA", 2),
        ("actor=&country=&type=", 7),
    ],
)
def test_event_filters(client: TestClient, query: str, expected: int) -> None:
    assert get(client, f"/api/events?{query}")["total"] == expected


def test_records_are_the_contract(client: TestClient, store: Store) -> None:
    page = get(client, "/api/events?limit=100")["items"]
    assert [{k: v for k, v in e.items() if k != "highlights"} for e in page] == [
        e.to_dict() for e in store.events()
    ]


def test_evidence_spans_point_at_trigger_and_actors(client: TestClient) -> None:
    for event in get(client, "/api/events?limit=100")["items"]:
        spans = {s["role"]: s for s in event["highlights"]}
        trigger = spans["trigger"]
        assert event["sentence"][trigger["start"] : trigger["end"]] == event["trigger"]["text"]
        source = spans["source"]
        assert event["sentence"][source["start"] : source["end"]] == event["source"]["text"]


def test_dyads_graph(client: TestClient) -> None:
    body = get(client, "/api/dyads")
    edges = {e["id"]: e for e in body["edges"]}
    rus_usa = edges["country:RUS\u2192country:USA"]
    assert rus_usa["events"] == 2 and rus_usa["goldstein"] == -4.5
    assert rus_usa["types"] == {"ACCUSE": 1, "THREATEN": 1}
    nodes = {n["id"]: n for n in body["nodes"]}
    assert nodes["country:RUS"]["events"] == 5 and nodes["country:RUS"]["name"] == "Russia"
    assert body["nodes_total"] == 4 and body["edges_total"] == 5
    assert get(client, "/api/dyads?limit=0")["edges_total"] == 5
    small = get(client, "/api/dyads?limit=1")
    assert len(small["edges"]) == 1 and len(small["nodes"]) == 2 and small["edges_total"] == 5
    assert get(client, "/api/dyads?type=CONSULT")["edges_total"] == 1


def test_timeline_by_day_and_quad_class(client: TestClient) -> None:
    body = get(client, "/api/timeline")
    days = body["days"]
    assert days[0] == "2025-03-09" and days[-1] == "2025-04-01" and len(days) == 24
    assert body["undated"] == 1 and body["total"] == 7
    assert body["quad_classes"]["3"]["label"] == "verbal conflict"
    assert body["quad_classes"]["3"]["counts"][0] == 1  # the threat dated 2025-03-09
    assert sum(sum(s["counts"]) for s in body["quad_classes"].values()) == 6
    assert get(client, "/api/timeline?quad_class=4")["total"] == 1


def test_quotes_and_speakers(client: TestClient) -> None:
    body = get(client, "/api/quotes")
    assert body["total"] == 2
    assert {s["key"] for s in body["speakers"]} == {"country:RUS", "country:IRN"}
    assert body["items"][0]["document"]["outlet"] == "Meridian Wire"
    assert get(client, "/api/quotes?actor=country:IRN")["total"] == 1
    grouped = get(client, "/api/quotes?sort=speaker")["items"]
    assert [q["speaker"]["name"] for q in grouped] == ["Iran", "Russia"]  # 1 each: by key
    assert_error(client.get("/api/quotes?sort=random"), 400, "invalid_parameter")
    assert get(client, "/api/quotes?outlet=gulf%20observer")["total"] == 0


def test_outlets(client: TestClient) -> None:
    body = get(client, "/api/outlets")
    rows = {r["outlet"]: r for r in body["items"]}
    assert rows["Meridian Wire"]["documents"] == 2 and rows["Meridian Wire"]["events"] == 3
    assert rows["Meridian Wire"]["quad_classes"] == {"1": 0, "2": 1, "3": 1, "4": 1}
    assert rows["Meridian Wire"]["quotes"] == 1
    assert rows[None]["documents"] == 1  # the document without an outlet


def test_documents_list_and_detail(client: TestClient) -> None:
    body = get(client, "/api/documents?limit=2")
    assert body["total"] == 5 and [d["doc_id"] for d in body["items"]] == ["a", "b"]
    assert "text" not in body["items"][0]
    one = get(client, "/api/documents/sub/x.html")  # ids may hold slashes
    assert one["text"].startswith("Russia accused Iran of <script>")
    assert len(one["events"]) == 1 and one["events"][0]["highlights"]
    assert len(one["quotes"]) == 1
    assert_error(client.get("/api/documents/nope"), 404, "not_found")


def test_actors(client: TestClient) -> None:
    body = get(client, "/api/actors?limit=1")
    assert body["total"] == 4 and body["items"][0]["actor_key"] == "country:RUS"


def test_stories_tolerates_a_store_without_them(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = get(client, "/api/stories")
    assert isinstance(body["items"], list) and body["total"] == len(body["items"])
    monkeypatch.setattr("tacitus.api.views.table_exists", lambda store, name: False)
    body = get(client, "/api/stories")
    assert body["items"] == [] and body["total"] == 0 and "no stories" in body["note"]
    assert_error(client.get("/api/stories/nope"), 404, "not_found")


def test_meta_and_openapi(client: TestClient) -> None:
    meta = get(client, "/api/meta")
    assert meta["counts"]["events"] == 7 and meta["writes"] is False
    spec = get(client, "/openapi.json")
    for path in ("/api/events", "/api/dyads", "/api/timeline", "/api/quotes", "/api/stories",
                 "/api/outlets", "/api/documents", "/api/actors"):  # fmt: skip
        assert path in spec["paths"]
    docs = client.get("/docs")  # Swagger UI from the package: works offline, under the CSP
    assert docs.status_code == 200 and "/static/vendor/swagger-ui-bundle-5.35.0.js" in docs.text
    assert "cdn" not in docs.text.lower() and "<script>" not in docs.text


# -- errors ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/events?limit=-1", "limit"),
        ("/api/events?limit=abc", "limit"),
        ("/api/events?limit=100000", "limit"),
        ("/api/events?offset=-5", "offset"),
        ("/api/events?country=RUSSIA", "country"),
        ("/api/events?type=NOPE", "type"),
        ("/api/events?quad_class=5", "quad_class"),
        ("/api/events?since=yesterday", "since"),
        ("/api/events?until=2025-02-30", "until"),
        ("/api/dyads?limit=1e3", "limit"),
        ("/api/events?text=" + "x" * 201, "text"),
    ],
)
def test_bad_parameters_are_400_with_the_shape(
    client: TestClient, url: str, parameter: str
) -> None:
    error = assert_error(client.get(url), 400, "invalid_parameter")
    assert [d["parameter"] for d in error["detail"]] == [parameter]


def test_unknown_route_and_method(client: TestClient) -> None:
    assert_error(client.get("/api/nothing"), 404, "not_found")
    assert_error(client.delete("/api/events"), 405, "method_not_allowed")


def test_internal_errors_keep_the_shape_and_hide_the_traceback(store: Store) -> None:
    app = create_app(store)

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("secret internals")

    response = TestClient(app, raise_server_exceptions=False).get("/api/boom")
    error = assert_error(response, 500, "internal_error")
    assert "secret" not in response.text and "Traceback" not in response.text
    assert error["detail"] is None


def test_every_tacitus_error_has_a_status_and_code() -> None:
    def subclasses(kind: type) -> list[type]:
        return [kind, *(s for sub in kind.__subclasses__() for s in subclasses(sub))]

    for kind in subclasses(tacitus_errors.TacitusError):
        if issubclass(kind, tacitus_errors.InputFailure):
            exc = kind("input", "reason")
        else:
            exc = kind("message")
        error = translate(exc)
        assert 400 <= error.status < 600 and error.code and error.message, kind


def test_not_found_is_404_without_the_store_path() -> None:
    exc = tacitus_errors.StoryNotFound("no story 'x' in /srv/secret.duckdb", kind="story", key="x")
    error = translate(exc)
    assert (error.status, error.code, error.message) == (
        404,
        "not_found",
        "no story 'x' in the store",
    )


# -- writes ------------------------------------------------------------------------------------


def test_writes_are_off_without_a_token(client: TestClient) -> None:
    response = client.post("/api/documents", json={"documents": [{"text": "x"}]})
    assert_error(response, 403, "writes_disabled")


def test_writes_need_the_token(store: Store) -> None:
    client = TestClient(create_app(store, token="s3cret"))
    body = {"documents": [{"text": "Russia accused Iran."}]}
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "s3cret"},
                    {"Authorization": "Basic s3cret"},
                    {"Authorization": "Bearer s3cr\xe9t".encode("latin-1")},  # any byte: 401
                    {"Authorization": "Bearer s3crét".encode()}):  # fmt: skip
        response = client.post("/api/documents", json=body, headers=headers)  # type: ignore[arg-type]
        assert_error(response, 401, "unauthorized")
        assert response.headers["www-authenticate"] == "Bearer"


def test_a_token_that_is_not_ascii_is_compared_as_bytes(store: Store) -> None:
    client = TestClient(create_app(store, token="sécret"))
    body = {"documents": [{"html": "<html></html>"}]}  # unreadable: 400 once authorised
    right = {"Authorization": "Bearer sécret".encode()}  # the token's UTF-8 bytes
    response = client.post("/api/documents", json=body, headers=right)  # type: ignore[arg-type]
    assert_error(response, 400, "invalid_document")


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"documents": []},
        {"documents": [{"text": "x", "unknown": 1}]},
        {"documents": [{"text": 5}]},
        {"documents": "text"},
        {"documents": [{"text": "x"}] * 101},
    ],
)
def test_bad_bodies_are_400(store: Store, body: Any) -> None:
    client = TestClient(create_app(store, token="t"))
    response = client.post("/api/documents", json=body, headers={"Authorization": "Bearer t"})
    assert_error(response, 400, "invalid_parameter")


def test_malformed_json_is_400(store: Store) -> None:
    client = TestClient(create_app(store, token="t"))
    response = client.post(
        "/api/documents",
        content=b"{not json",
        headers={"Authorization": "Bearer t", "content-type": "application/json"},
    )
    assert_error(response, 400, "invalid_parameter")


def test_bodies_over_the_limit_are_413(store: Store) -> None:
    client = TestClient(create_app(store, token="t", max_body=1000))
    text = "Russia accused Iran. " * 100
    response = client.post(
        "/api/documents",
        json={"documents": [{"text": text}]},
        headers={"Authorization": "Bearer t"},
    )
    assert_error(response, 413, "too_large")

    def chunks() -> Iterator[bytes]:  # no content-length: counted as it streams
        yield b'{"documents": [{"text": "'
        for _ in range(50):
            yield b"x" * 100
        yield b'"}]}'

    response = client.post(
        "/api/documents",
        content=chunks(),
        headers={"Authorization": "Bearer t", "content-type": "application/json"},
    )
    assert_error(response, 413, "too_large")


@pytest.mark.slow
def test_post_documents_goes_through_the_pipeline(tmp_path: Path, pipeline: Any) -> None:
    with make_store(tmp_path / "w.duckdb") as store:
        client = TestClient(create_app(store, token="t", make_pipeline=lambda: pipeline))
        body = {"documents": [
            {"id": "new-1", "text": "France threatened Iran with new sanctions on Monday.",
             "outlet": "Test Wire", "published": "2025-05-05"},
            {"id": "empty", "text": "   "},
        ]}  # fmt: skip
        response = client.post("/api/documents", json=body, headers={"Authorization": "Bearer t"})
        assert response.status_code == 200, response.text
        result = response.json()
        assert result["documents"] == ["new-1"] and result["stats"]["new"] == 1
        assert result["errors"] == [
            {"source": "request:documents[1]", "reason": "empty document (no text)"}
        ]
        events = get(client, "/api/events?outlet=test%20wire")
        assert events["total"] >= 1 and events["items"][0]["doc_id"] == "new-1"
        again = client.post("/api/documents", json=body, headers={"Authorization": "Bearer t"})
        assert again.json()["stats"]["unchanged"] == 1  # idempotent, like tacitus ingest
        only_bad = {"documents": [{"html": "<html></html>"}]}
        response = client.post("/api/documents", json=only_bad,
                               headers={"Authorization": "Bearer t"})  # fmt: skip
        assert_error(response, 400, "invalid_document")
        # lone surrogates (legal JSON escapes, not Unicode) and a date past the calendar
        headers = {"Authorization": "Bearer t", "content-type": "application/json"}
        raw = (b'{"documents": [{"id": "sur", "published": "9999-12-31", '
               b'"text": "Iran \\ud800 thanked Iraq for its help."}]}')  # fmt: skip
        response = client.post("/api/documents", content=raw, headers=headers)
        assert response.status_code == 200, response.text
        answer = response.json()
        assert answer["documents"] == ["sur"]
        assert answer["warnings"][0]["reason"].startswith("published date 9999-12-31 is out")
        titled = b'{"documents": [{"title": "\\udfff", "text": "Iran thanked Iraq."}]}'
        assert_error(
            client.post("/api/documents", content=titled, headers=headers), 400, "invalid_parameter"
        )  # refused by the body's schema: not a 500
        stored = get(client, "/api/documents/sur")
        assert stored["text"] == "Iran \ufffd thanked Iraq for its help."
        assert stored["published"] is None


# -- static files and headers ------------------------------------------------------------------


def test_dashboard_and_static_files(client: TestClient) -> None:
    index = client.get("/")
    assert index.status_code == 200 and "text/html" in index.headers["content-type"]
    assert "/static/app.js" in index.text and "cdn" not in index.text.lower()
    csp = index.headers["content-security-policy"]
    assert (
        "script-src 'self'" in csp
        and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    )
    assert index.headers["x-content-type-options"] == "nosniff"
    script = client.get("/static/app.js")
    assert script.status_code == 200 and "javascript" in script.headers["content-type"]
    vendor = client.get("/static/vendor/cytoscape-3.34.4.min.js")
    assert vendor.status_code == 200 and "immutable" in vendor.headers["cache-control"]
    assert client.get("/static/vendor/cytoscape-3.34.4.LICENSE").status_code == 200


TRAVERSALS = [
    "/static/../../etc/passwd",
    "/static/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/static/..%2f..%2f..%2fetc%2fpasswd",
    "/static/%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "/static/..%5c..%5cetc%5cpasswd",
    "/static//etc/passwd",
    "/static/%2fetc%2fpasswd",
    "/static/vendor/../../../../pyproject.toml",
    "/static/vendor/%2e%2e/%2e%2e/app.py",
    "/static/....//....//etc/passwd",
    "/static/%252e%252e/%252e%252e/etc/passwd",
    "/static/app.js%00.png",
]


@pytest.mark.parametrize("path", TRAVERSALS)
def test_no_path_traversal_in_process(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404
    assert "root:" not in response.text and "[project]" not in response.text


def test_no_path_traversal_over_a_real_socket(store: Store) -> None:
    """Raw request lines, sent as written (an HTTP client would normalise the dots)."""
    with serving(create_app(store)) as base:
        port = int(base.rsplit(":", 1)[1])
        for path in TRAVERSALS:
            with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
                sock.sendall(
                    f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode()
                )
                reply = b""
                while chunk := sock.recv(65536):
                    reply += chunk
            status = reply.split(b"\r\n", 1)[0]
            assert b" 404 " in status or b" 400 " in status, (path, status)
            assert b"root:" not in reply and b"[project]" not in reply


def test_article_html_is_data_in_the_json(client: TestClient) -> None:
    """The API returns text as JSON strings; the dashboard writes it as text (browser test)."""
    body = get(client, "/api/documents?text=script")
    assert body["items"][0]["title"] == f"Title {XSS}"


@pytest.mark.parametrize(
    ("host", "status"),
    [("127.0.0.1:8000", 200), ("localhost", 200), ("[::1]:8000", 200), ("LOCALHOST:1", 200),
     ("evil.example", 400), ("evil.example:8000", 400), ("127.0.0.1.evil.example", 400), ("", 400)],
)  # fmt: skip
def test_loopback_servers_answer_only_to_loopback_names(
    store: Store, host: str, status: int
) -> None:
    """A page on another site cannot read a loopback server through DNS rebinding."""
    client = TestClient(create_app(store, hosts=LOOPBACK_NAMES))
    response = client.get("/api/meta", headers={"host": host})
    if status == 400:
        assert_error(response, 400, "invalid_host")
    else:
        assert response.status_code == 200
