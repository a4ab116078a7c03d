"""One JSON error shape for every error the HTTP API returns (translated once, here).

Every response with a status >= 400 has the body::

    {"error": {"status": 400, "code": "invalid_parameter", "message": "...", "detail": ...}}

``code`` is a stable machine-readable word, ``message`` a sentence for people, ``detail`` a
list of ``{"parameter", "problem"}`` for bad parameters (else null). Bad parameters are 400,
unknown things 404, a wrong method 405, missing or wrong credentials 401, writes switched off
403, a body too large 413; only a failure of Tacitus itself is a 500, and it carries no
traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..errors import ConfigError, NotFound, StoreError, TacitusError

log = logging.getLogger("tacitus.api")

# status -> code for errors raised by Starlette/FastAPI themselves (routing, methods)
_HTTP_CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid_parameter",
}


class ApiError(Exception):
    """An error the API answers with on purpose."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        detail: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.detail = detail
        self.headers = dict(headers or {})


def error_body(status: int, code: str, message: str, detail: Any = None) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message, "detail": detail}}


def error_response(error: ApiError) -> JSONResponse:
    body = error_body(error.status, error.code, error.message, error.detail)
    return JSONResponse(body, status_code=error.status, headers=error.headers or None)


def bad_parameter(parameter: str, problem: str) -> ApiError:
    return ApiError(
        400,
        "invalid_parameter",
        f"invalid parameter '{parameter}': {problem}",
        [{"parameter": parameter, "problem": problem}],
    )


def _validation_detail(errors: Sequence[Any]) -> list[dict[str, str]]:
    detail = []
    for item in errors:
        where = [str(part) for part in item.get("loc", ()) if part not in ("query", "path")]
        name = ".".join(where) or "request"
        detail.append({"parameter": name, "problem": str(item.get("msg", "invalid value"))})
    return detail


def translate(exc: BaseException) -> ApiError:
    """The API error for any exception: the one mapping, tested for completeness."""
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, RequestValidationError):
        detail = _validation_detail(exc.errors())
        names = ", ".join(sorted({d["parameter"] for d in detail}))
        return ApiError(400, "invalid_parameter", f"invalid parameter: {names}", detail)
    if isinstance(exc, StarletteHTTPException):
        code = _HTTP_CODES.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404:
            message = "not found"
        return ApiError(exc.status_code, code, message, None, exc.headers)
    if isinstance(exc, NotFound):  # named without the store's path
        return ApiError(404, "not_found", f"no {exc.kind} {exc.key[:200]!r} in the store")
    if isinstance(exc, ConfigError):
        detail = [{"parameter": "filters", "problem": str(exc)}]
        hint = f" ({exc.hint})" if exc.hint else ""
        return ApiError(400, "invalid_parameter", f"{exc}{hint}", detail)
    if isinstance(exc, StoreError):
        log.error("store error: %s", exc)
        return ApiError(503, "store_unavailable", str(exc))
    if isinstance(exc, TacitusError):
        return ApiError(400, "bad_request", str(exc))
    log.error("internal error", exc_info=exc)
    return ApiError(500, "internal_error", "internal error (see the server log)")


def install(app: FastAPI) -> None:
    """Route every error the app can raise through :func:`translate`."""

    async def handle(request: Request, exc: Exception) -> JSONResponse:
        return error_response(translate(exc))

    for kind in (
        ApiError,
        RequestValidationError,
        StarletteHTTPException,
        TacitusError,
        Exception,
    ):
        app.add_exception_handler(kind, handle)
