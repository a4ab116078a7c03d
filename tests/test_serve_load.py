"""A real `tacitus serve` under bounded concurrent load (issue 16): reads of every endpoint
and writes (POST /api/documents) mixed, on 127.0.0.1: no error at all, and every posted
document stored with its story. Then what uvicorn itself answers: an oversize request line
and a non-ASCII Authorization header get the JSON error shape. The server is stopped when
the test ends, or by a timer after four minutes whatever happens.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from test_api_data import make_store

from tacitus import open_store

pytestmark = pytest.mark.slow
TOKEN = "load-test-token"
READS = [
    "/api/meta", "/api/events?limit=20", "/api/events?country=RUS&type=ACCUSE",
    "/api/documents", "/api/actors", "/api/dyads", "/api/timeline", "/api/quotes",
    "/api/stories", "/api/outlets", "/api/map", "/api/events?text=Iraq&since=2025-01-01",
]  # fmt: skip
THREADS, REQUESTS, EVERY_NTH_WRITES = 8, 40, 8


class Served:
    """A `tacitus serve` process on a free port of 127.0.0.1."""

    def __init__(self, db: Path) -> None:
        self.db = db
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tacitus", "serve", "--db", str(db), "--port", "0"],
            env={**os.environ, "TACITUS_TOKEN": TOKEN},
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        self.timer = threading.Timer(240, self.process.kill)  # stops by itself, whatever happens
        self.timer.start()
        assert self.process.stderr is not None
        line = self.process.stderr.readline()
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", line)
        assert found, line
        self.url = f"http://127.0.0.1:{found[1]}"
        # drained from now on: a server whose stderr pipe fills up would stop answering
        threading.Thread(target=self.process.stderr.read, daemon=True).start()

    def stop(self) -> None:
        self.timer.cancel()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(10)


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    db = tmp_path / "load.duckdb"
    make_store(db).close()
    running = Served(db)
    try:
        yield running
    finally:
        running.stop()


def test_mixed_reads_and_writes_under_load_have_no_error(served: Served) -> None:
    server, auth = served.url, {"Authorization": f"Bearer {TOKEN}"}
    with httpx.Client(base_url=server, timeout=120) as warm:  # the first write loads the model
        first = warm.post("/api/documents", headers=auth,
                          json={"documents": [{"id": "warm", "text": "Iraq thanked Russia."}]})  # fmt: skip
        assert first.status_code == 200, first.text
    statuses: Counter[int] = Counter()
    failures: list[str] = []
    posted: list[str] = []
    lock = threading.Lock()

    def work(worker: int) -> None:
        with httpx.Client(base_url=server, timeout=120) as client:
            for n in range(REQUESTS):
                try:
                    if n % EVERY_NTH_WRITES == worker % EVERY_NTH_WRITES:
                        doc_id = f"load-{worker}-{n}"
                        text = f"France threatened Iran with sanctions over case {worker}-{n}."
                        response = client.post("/api/documents", headers=auth,
                                               json={"documents": [{"id": doc_id, "text": text,
                                                                    "outlet": "Load Wire"}]})  # fmt: skip
                        if response.status_code == 200:
                            with lock:
                                posted.append(doc_id)
                    else:
                        response = client.get(READS[(worker + n) % len(READS)])
                    with lock:
                        statuses[response.status_code] += 1
                        if response.status_code != 200:
                            failures.append(f"{response.status_code} {response.text[:200]}")
                except httpx.HTTPError as exc:
                    with lock:
                        failures.append(f"{type(exc).__name__}: {exc}")

    workers = [threading.Thread(target=work, args=(i,)) for i in range(THREADS)]
    for thread in workers:
        thread.start()
    for thread in workers:
        thread.join(600)
    assert failures == []
    assert sum(statuses.values()) == THREADS * REQUESTS and set(statuses) == {200}
    assert len(posted) == THREADS * REQUESTS // EVERY_NTH_WRITES
    with httpx.Client(base_url=server, timeout=60) as client:
        for doc_id in posted:
            assert client.get(f"/api/documents/{doc_id}").status_code == 200
    served.stop()
    _check_stored(served.db, posted)


def _check_stored(db: Path, posted: list[str]) -> None:
    """Every posted document stored and in a story (read after the server let go)."""
    with open_store(db, read_only=True) as store:
        con = store.cursor()
        placed = {r[0] for r in con.execute("SELECT doc_id FROM story_members").fetchall()}
        stored = {r[0] for r in con.execute("SELECT doc_id FROM documents").fetchall()}
    assert set(posted) <= stored
    assert stored == placed


def _raw(server: str, request: bytes) -> tuple[int, dict[str, str], bytes]:
    host, port = server.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(request)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    status_line, *header_lines = head.decode("latin-1").split("\r\n")
    headers = {k.lower(): v.strip() for k, _, v in (h.partition(":") for h in header_lines)}
    return int(status_line.split()[1]), headers, body


def test_what_uvicorn_answers_has_the_json_error_shape(served: Served) -> None:
    server = served.url
    # a request line still unfinished after 40 KB: h11 gives up past 16 KiB buffered (a whole
    # request that arrives at once is parsed, and the API answers its own 400 for it)
    status, headers, body = _raw(server, b"GET /api/events?text=" + b"x" * 40_000)
    assert status == 400 and headers["content-type"] == "application/json"
    error = json.loads(body)["error"]
    assert (error["status"], error["code"]) == (400, "bad_request")
    assert error["message"].startswith("invalid HTTP request")  # h11's refusal, not the API's
    assert headers["x-content-type-options"] == "nosniff"
    post = (b"POST /api/documents HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json"
            b"\r\nAuthorization: Bearer \xff\xfe\xe9t\xe9\r\nContent-Length: 2\r\n"
            b"Connection: close\r\n\r\n{}")  # fmt: skip
    status, headers, body = _raw(server, post)
    assert status == 401 and json.loads(body)["error"]["code"] == "unauthorized"
