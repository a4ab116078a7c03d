"""``tacitus serve`` as a user runs it: a real process on 127.0.0.1, stopped with Ctrl-C."""

from __future__ import annotations

import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import psutil
import pytest
from click.testing import CliRunner
from test_api_data import make_store

from tacitus.cli import main
from tacitus.cli.serve import _bind, auto_memory_limit
from tacitus.errors import StoreError, StoreInUse
from tacitus.store import open_store

TACITUS = [sys.executable, "-m", "tacitus"]


def _start(*args: str) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [*TACITUS, "serve", "--port", "0", *args],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    assert process.stderr is not None
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        match = re.search(r"on (http://127\.0\.0\.1:\d+)/", line)
        if match:
            return process, match[1]
        if not line and process.poll() is not None:
            break
    process.kill()
    raise AssertionError("tacitus serve did not start")


def test_serve_binds_loopback_and_stops_cleanly_on_ctrl_c(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    make_store(db).close()
    process, base = _start("--db", str(db))
    try:
        meta = httpx.get(f"{base}/api/meta", timeout=10).json()
        assert meta["counts"]["events"] == 7 and meta["writes"] is False
        refused = httpx.post(f"{base}/api/documents", json={"documents": []}, timeout=10)
        assert refused.status_code == 403
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "tacitus: stopped" in err and "Traceback" not in err


def test_serve_holds_the_store_for_writing_with_a_token(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    make_store(db).close()
    process, base = _start("--db", str(db), "--token", "t0k")
    try:
        assert httpx.get(f"{base}/api/meta", timeout=10).json()["writes"] is True
        with pytest.raises(StoreInUse, match="store in use"):
            open_store(db)
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
    assert process.returncode == 0


def test_serve_errors_are_clean(tmp_path: Path) -> None:
    runner = CliRunner()
    missing = runner.invoke(main, ["serve", "--db", str(tmp_path / "none.duckdb")])
    assert missing.exit_code == 2
    assert missing.stderr.startswith("Error: no store at") and "Traceback" not in missing.stderr
    db = tmp_path / "s.duckdb"
    make_store(db).close()
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        busy = runner.invoke(main, ["serve", "--db", str(db), "--port", str(port)])
    assert busy.exit_code == 2 and f"cannot listen on 127.0.0.1:{port}" in busy.stderr


@pytest.mark.parametrize("command", ["serve", "demo"])
def test_help_documents_the_options(command: str) -> None:
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--token", "--db", "--memory-limit"):
        assert option in result.stdout
    assert "127.0.0.1" in result.stdout
    if command == "demo":
        assert "--no-serve" in result.stdout and "tacitus-demo.duckdb" in result.stdout


def test_the_listening_socket_is_tcp_so_nagle_is_off() -> None:
    """asyncio sets TCP_NODELAY only on sockets that say IPPROTO_TCP (else ~40 ms a response)."""
    sock = _bind("127.0.0.1", 0)
    try:
        assert sock.proto == socket.IPPROTO_TCP
    finally:
        sock.close()


def test_the_socket_listens_before_the_address_is_announced() -> None:
    """A client that connects as soon as it reads "serving on ..." is queued, not refused."""
    sock = _bind("127.0.0.1", 0)
    try:
        with socket.create_connection(sock.getsockname(), timeout=5):
            pass  # accepted into the backlog although nothing serves yet
    finally:
        sock.close()


def test_the_automatic_memory_limit_is_an_eighth_of_the_machine_within_bounds() -> None:
    assert auto_memory_limit(4 * 2**30) == "512MiB"
    assert auto_memory_limit(1 * 2**30) == "256MiB"  # the floor
    assert auto_memory_limit(256 * 2**30) == "1024MiB"  # the ceiling
    assert auto_memory_limit() in {f"{n}MiB" for n in range(256, 1025)}


def test_serve_caps_memory_by_default_and_none_leaves_duckdbs_own(tmp_path: Path) -> None:
    db = tmp_path / "a.duckdb"
    make_store(db).close()
    for args, said in (((), f"memory limit {auto_memory_limit()} (auto)"),
                       (("--memory-limit", "none"), "memory limit none")):  # fmt: skip
        process = subprocess.Popen(
            [*TACITUS, "serve", "--port", "0", "--db", str(db), *args],
            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        assert process.stderr is not None
        lines: list[str] = []
        try:
            while not lines or ("serving" not in lines[-1] and lines[-1]):
                lines.append(process.stderr.readline())
            base = re.search(r"on (http://127\.0\.0\.1:\d+)/", lines[-1])
            assert base, lines
            assert httpx.get(f"{base[1]}/api/meta", timeout=10).status_code == 200  # serving
            process.send_signal(signal.SIGINT)
            process.communicate(timeout=30)
        finally:
            if process.poll() is None:  # never left running, whatever failed
                process.kill()
                process.communicate(timeout=30)
        assert any(said in line for line in lines), lines


def test_a_memory_limit_caps_the_store_and_a_bad_one_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "m.duckdb"
    make_store(db).close()
    with open_store(db, read_only=True) as store:
        default = store.connection.execute("SELECT current_setting('memory_limit')").fetchone()
        store.limit_memory("256MB")
        capped = store.connection.execute("SELECT current_setting('memory_limit')").fetchone()
        assert capped != default and capped is not None and "MiB" in capped[0]
        with pytest.raises(StoreError, match="bad memory limit"):
            store.limit_memory("lots; DROP TABLE events")
        assert store.connection.execute("SELECT count(*) FROM events").fetchone() == (7,)
    bad = CliRunner().invoke(main, ["serve", "--db", str(db), "--memory-limit", "lots"])
    assert bad.exit_code == 2 and "bad memory limit 'lots'" in bad.stderr
    process, base = _start("--db", str(db), "--memory-limit", "256MB")
    try:
        assert httpx.get(f"{base}/api/meta", timeout=10).json()["counts"]["events"] == 7
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=30)
    assert process.returncode == 0


# -- several worker processes ---------------------------------------------------------------


def _workers(process: subprocess.Popen[str], count: int) -> list[psutil.Process]:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        children = psutil.Process(process.pid).children()
        if len(children) >= count:
            return children
        time.sleep(0.1)
    raise AssertionError("the workers did not start")


def test_serve_workers_share_the_port_and_stop_together(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    make_store(db).close()
    process, base = _start("--db", str(db), "--workers", "2")
    try:
        workers = _workers(process, 2)
        assert len(workers) == 2
        with httpx.Client(base_url=base, timeout=10) as client:  # one connection per request
            answers = [
                client.get("/api/events", headers={"Connection": "close"}) for _ in range(12)
            ]
        assert {a.status_code for a in answers} == {200}
        assert {len(a.json()["items"]) for a in answers} == {7}
        with open_store(db, read_only=True) as store:  # read-only: others may read it too
            assert store.connection.execute("SELECT count(*) FROM events").fetchone() == (7,)
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "tacitus: stopped" in err and "Traceback" not in err
    assert not any(w.is_running() and w.status() != psutil.STATUS_ZOMBIE for w in workers)


def test_a_worker_that_dies_stops_the_others_and_the_command_fails(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    make_store(db).close()
    process, _ = _start("--db", str(db), "--workers", "2")
    try:
        first, second = _workers(process, 2)
        first.kill()
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 1
    assert f"error: worker {first.pid} died (signal 9); the other workers were stopped" in err
    assert not second.is_running() or second.status() == psutil.STATUS_ZOMBIE


def test_workers_serve_read_only(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    make_store(db).close()
    refused = CliRunner().invoke(main, ["serve", "--db", str(db), "--workers", "2", "--token", "t"])
    assert refused.exit_code == 2
    assert "--workers serves read-only" in refused.stderr
