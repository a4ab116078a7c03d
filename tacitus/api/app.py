"""The FastAPI application: the JSON API under ``/api``, the dashboard's static files, the
error shape, request size limits and security headers.

>>> from tacitus.api import create_app                       # doctest: +SKIP
>>> app = create_app(open_store("tacitus.duckdb", read_only=True))
"""

from __future__ import annotations

import gc
import mimetypes
from collections.abc import Callable
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastapi import Depends, FastAPI, Request
from fastapi.responses import FileResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from ..places.gazetteer import state_names
from ..version import __version__
from . import errors, models
from .errors import ApiError
from .geo import router as geo_router
from .routes import router
from .write import AuthHeader, DocumentsIn, Writer, check_token

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from ..store import Store

MAX_BODY = 8 * 1024 * 1024  # bytes in one request body (POST /api/documents)
STATIC = Path(str(files("tacitus.api") / "static"))
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        b"img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; "
        b"base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    ),
]


LOOPBACK_NAMES = frozenset({"127.0.0.1", "localhost", "::1"})


def _host_name(value: bytes) -> str:
    text = value.decode("latin-1").strip().lower()
    if text.startswith("["):  # [::1]:8000
        return text[1 : text.find("]")] if "]" in text else text
    return text.rsplit(":", 1)[0] if text.count(":") == 1 else text


class Limits:
    """ASGI middleware: refuse bodies over ``max_body`` bytes (413) and, when ``hosts`` is
    given, requests naming another host (400: a page elsewhere cannot reach a loopback server
    through DNS rebinding); add security headers."""

    def __init__(
        self, app: ASGIApp, max_body: int = MAX_BODY, hosts: frozenset[str] | None = None
    ) -> None:
        self.app = app
        self.max_body = max_body
        self.hosts = hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {name for name, _ in headers}
                headers.extend(h for h in SECURITY_HEADERS if h[0] not in present)
                message["headers"] = headers
            await send(message)

        headers = dict(scope.get("headers", []))
        if self.hosts is not None and _host_name(headers.get(b"host", b"")) not in self.hosts:
            error = ApiError(400, "invalid_host", "this server answers to its own host name only",
                             [{"parameter": "Host", "problem": "not an address of this server"}])  # fmt: skip
            await errors.error_response(error)(scope, receive, send_with_headers)
            return
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            await self._refuse(scope, receive, send_with_headers)
            return
        if scope.get("method") in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send_with_headers)
            return
        body = bytearray()  # read the body whole, bounded, then hand it on
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return  # the client went away
            body += message.get("body", b"")
            if len(body) > self.max_body:
                await self._refuse(scope, receive, send_with_headers)
                return
            if not message.get("more_body", False):
                break
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        await self.app(scope, replay, send_with_headers)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = errors.error_response(self._too_large())
        response.headers["connection"] = "close"
        await response(scope, receive, send)

    def _too_large(self) -> ApiError:
        return ApiError(
            413,
            "too_large",
            f"request body over {self.max_body:,} bytes",
            [{"parameter": "body", "problem": f"at most {self.max_body:,} bytes"}],
        )


def static_files(root: Path = STATIC) -> dict[str, Path]:
    """The dashboard's files by URL path: a fixed list, so no request names a path on disk."""
    return {
        p.relative_to(root).as_posix(): p
        for p in sorted(root.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def create_app(
    store: Store,
    token: str | None = None,
    make_pipeline: Callable[[], Pipeline] | None = None,
    max_body: int = MAX_BODY,
    hosts: frozenset[str] | None = None,
) -> FastAPI:
    """The API and dashboard over ``store``; writes need ``token`` (off when None); with
    ``hosts``, requests for other host names are refused."""
    app = FastAPI(
        title="Tacitus",
        version=__version__,
        description="PLOVER-coded political events from news, with their evidence. Every "
        'error is `{"error": {"status", "code", "message", "detail"}}`.',
        docs_url=None,  # served from the package (vendored Swagger UI), not from a CDN
        redoc_url=None,
    )
    app.state.store = store
    app.state.token = token
    app.state.writer = Writer(store, make_pipeline or _default_pipeline)
    errors.install(app)
    app.openapi = lambda: models.openapi(app)  # type: ignore[method-assign]
    app.include_router(router)
    app.include_router(geo_router)
    _static_routes(app)

    def authorised(authorization: AuthHeader = None) -> None:
        check_token(app.state.token, authorization)  # before the body is looked at

    @app.post(
        "/api/documents",
        summary="Ingest JSON documents (needs the server's token)",
        dependencies=[Depends(authorised)],
        responses={200: {"model": models.IngestAnswer}, **models.WRITE_ERRORS},
    )
    def post_documents(body: DocumentsIn) -> Any:
        writer: Writer = app.state.writer
        return writer.ingest(body)

    app.add_middleware(Limits, max_body=max_body, hosts=hosts)
    return app


def prepare() -> None:
    """Before serving: load what answers read on first use (the gazetteer's states, about a
    second), then freeze the objects alive now out of the garbage collector's view.

    The gazetteer's dicts are large: each full (oldest-generation) collection walked them, a
    pause of 300 ms every 30 or so requests on the 1M-event store (the p99 of a page far above
    its p50); frozen, a full collection takes about a millisecond (docs/scale.md)."""
    state_names()
    gc.collect()
    gc.freeze()


def _default_pipeline() -> Pipeline:
    from ..pipeline import Pipeline

    return Pipeline()


def _static_routes(app: FastAPI) -> None:
    served = static_files()

    @app.get("/", include_in_schema=False)
    def index() -> Response:
        return FileResponse(served["index.html"], media_type="text/html; charset=utf-8")

    @app.get("/static/{name:path}", include_in_schema=False)
    def static(name: str, request: Request) -> Response:
        path = served.get(name)
        if path is None:
            raise ApiError(404, "not_found", "no such file")
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if kind.startswith("text/") or kind.endswith("javascript"):
            kind += "; charset=utf-8"
        cache = "public, max-age=31536000, immutable" if name.startswith("vendor/") else "no-cache"
        return FileResponse(path, media_type=kind, headers={"cache-control": cache})

    @app.get("/docs", include_in_schema=False)
    def docs() -> Response:
        return FileResponse(served["docs.html"], media_type="text/html; charset=utf-8")

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> Response:
        return RedirectResponse("/static/favicon.svg")
