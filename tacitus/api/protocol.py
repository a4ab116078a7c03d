"""The HTTP protocol the server speaks (uvicorn's h11 protocol, the one place it is named).

uvicorn answers a request it cannot parse (a request line or headers over h11's 16 KiB, bytes
that are not HTTP) in plain text; here it is the API's one JSON error shape, with the
security headers, like every other error.
"""

from __future__ import annotations

import json

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from .app import SECURITY_HEADERS
from .errors import error_body

UNPARSABLE = "invalid HTTP request (malformed, or its request line or headers are over 16 KiB)"


class JsonErrorsProtocol(H11Protocol):
    """uvicorn's h11 protocol, whose answer to an unparsable request is JSON."""

    def send_400_response(self, msg: str) -> None:
        body = json.dumps(error_body(400, "bad_request", UNPARSABLE)).encode("utf-8")
        headers = [
            (b"content-type", b"application/json"),
            (b"content-length", str(len(body)).encode("ascii")),
            (b"connection", b"close"),
            *SECURITY_HEADERS,
        ]
        for event in (
            h11.Response(status_code=400, headers=headers, reason=b"Bad Request"),
            h11.Data(data=body),
            h11.EndOfMessage(),
        ):
            output = self.conn.send(event)
            if output:
                self.transport.write(output)
        self.transport.close()
