"""A small headless-chromium driver over the DevTools protocol (a websocket), and a server
runner for the browser tests and the API benchmark. No browser is ever downloaded: Debian's
``/usr/bin/chromium`` is used where it is installed (``apt-get install -y chromium``).

This module holds no tests; ``tests/test_dashboard_browser.py``, ``test_dashboard_views.py``,
``conftest.py`` (:func:`run_demo`) and ``benchmarks/bench_api.py`` import it.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

import tacitus.pipeline
from tacitus.pipeline import Pipeline

CHROMIUM = os.environ.get("TACITUS_CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-extensions",
    "--disable-sync",
    "--no-first-run",
    "--no-default-browser-check",
    "--mute-audio",
    "--window-size=1400,1100",
    "--remote-debugging-port=0",
]


def chromium_missing() -> str | None:
    """Why the browser tests cannot run here, or None when they can."""
    if not (Path(CHROMIUM).is_file() and os.access(CHROMIUM, os.X_OK)):
        return f"chromium not found at {CHROMIUM} (install it: apt-get install -y chromium)"
    try:
        import websockets.sync.client  # noqa: F401
    except ImportError:
        return "the 'websockets' package is missing (pip install -e '.[dev]')"
    return None


class Browser:
    """One headless chromium, one page, driven with DevTools commands."""

    def __init__(self, timeout: float = 60.0) -> None:
        from websockets.sync.client import connect

        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="tacitus-chromium-")
        self.process = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={self.profile}", "about:blank"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        url = self._devtools_url()
        self._connection = connect(url, max_size=64 * 1024 * 1024, open_timeout=timeout)
        self.ws = self._connection.__enter__()
        self._id = 0
        self.events: list[dict[str, Any]] = []
        target = self.send("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.send("Target.attachToTarget", targetId=target, flatten=True)[
            "sessionId"
        ]
        for domain in ("Page.enable", "Runtime.enable", "Log.enable"):
            self.send(domain, session=True)

    def _devtools_url(self) -> str:
        assert self.process.stderr is not None
        deadline = time.monotonic() + self.timeout
        lines: list[str] = []
        found: list[str] = []

        def read() -> None:
            assert self.process.stderr is not None
            for line in self.process.stderr:
                lines.append(line)
                match = re.search(r"DevTools listening on (ws://\S+)", line)
                if match:
                    found.append(match[1])
                    return

        reader = threading.Thread(target=read, daemon=True)
        reader.start()
        reader.join(max(0.0, deadline - time.monotonic()))
        if not found:
            self.close()
            raise RuntimeError("chromium did not start: " + "".join(lines[-20:]))
        # keep draining stderr so chromium never blocks on a full pipe
        threading.Thread(
            target=lambda: [None for _ in self.process.stderr or []], daemon=True
        ).start()
        return found[0]

    def send(self, method: str, session: bool = False, **params: Any) -> dict[str, Any]:
        self._id += 1
        message: dict[str, Any] = {"id": self._id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        self.ws.send(json.dumps(message))
        deadline = time.monotonic() + self.timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no answer to {method}")
            reply = json.loads(self.ws.recv(timeout=left))
            if reply.get("id") == self._id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                result: dict[str, Any] = reply.get("result", {})
                return result
            self.events.append(reply)

    def evaluate(self, expression: str) -> Any:
        result = self.send(
            "Runtime.evaluate",
            session=True,
            expression=expression,
            returnByValue=True,
            awaitPromise=True,
        )
        if "exceptionDetails" in result:
            raise RuntimeError(f"page error: {result['exceptionDetails']}")
        return result["result"].get("value")

    def navigate(self, url: str) -> None:
        self.send("Page.navigate", session=True, url=url)

    def wait_for(self, expression: str, timeout: float | None = None) -> Any:
        """Poll ``expression`` in the page until it is truthy; its value."""
        deadline = time.monotonic() + (timeout or self.timeout)
        while time.monotonic() < deadline:
            value = self.evaluate(expression)
            if value:
                return value
            time.sleep(0.05)
        raise TimeoutError(f"page never satisfied: {expression}")

    def screenshot(self, path: Path) -> Path:
        data = self.send("Page.captureScreenshot", session=True, format="png")["data"]
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(data))
        return path

    def console(self) -> list[str]:
        """Console messages, page errors and dialogs the page produced so far."""
        out = []
        for event in self.events:
            method = event.get("method", "")
            params = event.get("params", {})
            if method == "Runtime.consoleAPICalled":
                out.append("console: " + " ".join(str(a.get("value")) for a in params["args"]))
            elif method == "Runtime.exceptionThrown":
                out.append("exception: " + json.dumps(params.get("exceptionDetails", {}))[:500])
            elif method == "Page.javascriptDialogOpening":
                out.append("dialog: " + str(params.get("message")))
            elif method == "Log.entryAdded":
                out.append("log: " + str(params.get("entry", {}).get("text")))
        return out

    def close(self) -> None:
        connection = getattr(self, "_connection", None)
        if connection is not None:
            connection.__exit__(None, None, None)
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)
        shutil.rmtree(self.profile, ignore_errors=True)

    def __enter__(self) -> Browser:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


# the dashboard sets data-ready on <body> when a view has drawn (or failed)
READY = "document.body.dataset.ready === '1' || document.body.dataset.ready === 'error'"


def load(browser: Browser, url: str) -> None:
    browser.navigate(url)
    browser.wait_for(f"document.readyState === 'complete' && ({READY})")
    error = browser.evaluate("document.getElementById('error').textContent")
    assert browser.evaluate("document.body.dataset.ready") == "1", error


def api(base: str, path: str) -> Any:
    response = httpx.get(f"{base}{path}", timeout=30)
    assert response.status_code == 200, response.text
    return response.json()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@contextmanager
def serving(app: Any, timeout: float = 30.0) -> Iterator[str]:
    """Run ``app`` with uvicorn in a thread on 127.0.0.1 and a free port; its base URL."""
    import uvicorn

    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + timeout
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout)


def run_demo(db: Path, pipeline: Pipeline) -> str:
    """`tacitus demo --no-serve --db DB` with the session's loaded model; its stderr."""
    from tacitus.cli import main  # the whole command line: only when a test asks for it

    loaded = pipeline.analyzer
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(tacitus.pipeline, "Analyzer", lambda options: loaded)
        result = CliRunner().invoke(main, ["demo", "--no-serve", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.stderr
