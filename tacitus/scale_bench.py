"""``tacitus bench --store-events N[,N...]``: the store and the API at several sizes.

For each size, a synthetic store of N events (:mod:`tacitus.store.synthetic`: written through
:meth:`Store.write`, the bulk path every ingest takes, which gives the bulk-load rate; kept in
``--store DIR`` as ``synthetic-N.duckdb`` and reused there, else in a temporary directory) is
served by ``tacitus serve`` in its own process (real uvicorn, read-only, 127.0.0.1, a free
port). For every ``/api/*`` endpoint's first page and the dashboard's other requests (the next
page by cursor, the network of the 30 and the 200 most active actors, the timeline, text
search, events near a point), after three warm-up requests: ``requests`` sequential requests
(one client), then the same from 4 clients at once (threads, each its own connection), each
run bounded by ``seconds``; p50 and p99 of the client's wall time per request in ms and the
errors (any answer but 200). The warm-up is not hidden: the first request of each endpoint
(``first_ms``) is reported apart, as are the seconds until the server listens (``start_s``)
and its very first request (``first_request_ms``: the events page, the store cold). The server's resident
memory is sampled every 20 ms (peak).

The first (smallest) size is the baseline: every figure of a larger size is also given as a
ratio to the same figure on the baseline, measured in the same run on the same machine, so the
growth of each cost with the store's size reads off whatever the machine's speed.
"""

from __future__ import annotations

import contextlib
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import psutil

from .errors import TacitusError
from .store.synthetic import build
from .version import __version__

# (name, request, a target of issue 17: first pages, the network and the timeline)
ENDPOINTS: list[tuple[str, str, bool]] = [
    ("events", "/api/events?limit=50", True),
    ("events, next page (cursor)", "/api/events?limit=50&cursor={events_cursor}", True),
    ("documents", "/api/documents?limit=50", True),
    ("one document", "/api/documents/{doc_id}", True),
    ("actors", "/api/actors?limit=100", True),
    ("actor suggestions", "/api/actors?q=person&limit=10", True),
    ("network (top 30 actors)", "/api/dyads?top=30&limit=2000", True),
    ("network (top 200 actors)", "/api/dyads?top=200&limit=2000", True),
    ("network, states", "/api/dyads?top=200&limit=2000&group=state", True),
    ("network, busiest pairs", "/api/dyads", True),
    ("timeline", "/api/timeline", True),
    ("quotes", "/api/quotes?limit=50", True),
    ("quotes by speaker", "/api/quotes?limit=50&sort=speaker", True),
    ("stories", "/api/stories?limit=20&sort=outlets&min_articles=2", True),
    ("outlets", "/api/outlets", True),
    ("map", "/api/map", True),
    ("map, 3 examples (the dashboard's)", "/api/map?examples=3", True),
    ("meta", "/api/meta", True),
    ("events, one country", "/api/events?country=RUS&limit=50", False),
    ("events, type + dates", "/api/events?type=ASSAULT&since=2024-04-01&until=2024-06-30&limit=50", False),
    ("events, text search", "/api/events?text=pipeline&limit=50", False),
    ("events, near a point", "/api/events?near=48.4,31.2,300&limit=50", False),
    ("network, one year", "/api/dyads?top=200&limit=2000&since=2024-01-01&until=2024-12-31", False),
    ("timeline, one country", "/api/timeline?country=RUS", False),
]  # fmt: skip
CLIENTS = 4
WARM_UP = 3  # requests of each endpoint before it is measured; the first reported apart


@dataclass
class Latency:
    """Wall times (seconds) of the requests of one run, and the errors among them."""

    times: list[float] = field(default_factory=list)
    errors: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        ordered = sorted(self.times)

        def at(q: float) -> float | None:
            if not ordered:
                return None
            return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000, 1)

        return {
            "requests": len(self.times),
            "errors": self.errors,
            "per_s": round(len(self.times) / self.seconds, 1) if self.seconds else None,
            "p50_ms": at(0.5),
            "p99_ms": at(0.99),
        }


class Memory:
    """The peak resident memory of a process, sampled in a thread."""

    def __init__(self, pid: int, every: float = 0.02) -> None:
        self.process = psutil.Process(pid)
        self.every = every
        self.peak = 0
        self.start = self._rss()
        self.start_s = 0.0  # seconds until the server listened (set by the caller)
        self.first_s = 0.0  # seconds of its first request (set by the caller)
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _rss(self) -> int:
        """The process's resident memory plus its children's (``serve --workers``)."""
        total = 0
        try:
            for process in (self.process, *self.process.children()):
                with contextlib.suppress(psutil.Error):
                    total += int(process.memory_info().rss)
        except psutil.Error:
            return 0
        return total

    def _sample(self) -> None:
        while not self._done.wait(self.every):
            self.peak = max(self.peak, self._rss())

    def stop(self) -> None:
        self._done.set()
        self._thread.join()


@contextmanager
def serving(db: Path, workers: int = 1) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """``tacitus serve --db DB [--workers N]`` on a free port of 127.0.0.1 (its base URL),
    stopped after."""
    process = subprocess.Popen(
        [sys.executable, "-m", "tacitus", "serve", "--db", str(db), "--port", "0",
         *(["--workers", str(workers)] if workers > 1 else [])],
        stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True,
    )  # fmt: skip
    assert process.stderr is not None
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline:
            line = process.stderr.readline()
            found = re.search(r"on (http://127\.0\.0\.1:\d+)/", line)
            if found:  # from now on its stderr is drained: a full pipe would stop the server
                drain = threading.Thread(target=process.stderr.read, daemon=True)
                drain.start()
                yield found[1], process
                return
            if not line and process.poll() is not None:
                break
        raise TacitusError(f"tacitus serve did not start on {db}")
    finally:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


def _one(client: httpx.Client, url: str, into: Latency, lock: threading.Lock) -> None:
    started = time.perf_counter()
    try:
        ok = client.get(url).status_code == 200
    except httpx.HTTPError:
        ok = False
    took = time.perf_counter() - started
    with lock:
        into.times.append(took)
        into.errors += 0 if ok else 1


def measure(base: str, url: str, clients: int, requests: int, seconds: float) -> Latency:
    """``requests`` requests per client (at most ``seconds``), ``clients`` at once."""
    found = Latency()
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def run() -> None:
        with httpx.Client(base_url=base, timeout=120) as client:
            for _ in range(requests):
                if time.perf_counter() > deadline:
                    return
                _one(client, url, found, lock)

    started = time.perf_counter()
    threads = [threading.Thread(target=run) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    found.seconds = time.perf_counter() - started
    return found


def _values(base: str) -> dict[str, str]:
    """What the requests that name one thing name: a document, the second page."""
    with httpx.Client(base_url=base, timeout=120) as client:
        first = client.get("/api/events?limit=50").json()
    return {
        "events_cursor": first.get("next_cursor") or "",
        "doc_id": next(iter(first.get("documents") or {"none": None})),
    }


def measure_api(db: Path, requests: int, seconds: float, say: Callable[[str], None],
                workers: int = 1) -> tuple[list[dict[str, Any]], Memory]:  # fmt: skip
    """Every request of ENDPOINTS on the store at ``db``, served by `tacitus serve`."""
    started = time.perf_counter()
    with serving(db, workers) as (base, process):
        memory = Memory(process.pid)
        memory.start_s = time.perf_counter() - started
        asked = time.perf_counter()
        values = _values(base)  # the server's first request: the events page, cold
        memory.first_s = time.perf_counter() - asked
        rows: list[dict[str, Any]] = []
        for name, template, target in ENDPOINTS:
            url = template.format(**values)
            first = measure(base, url, 1, 1, seconds)  # the first (cold), reported apart
            for _ in range(WARM_UP - 1):
                measure(base, url, 1, 1, seconds)
            one = measure(base, url, 1, requests, seconds).to_dict()
            four = measure(base, url, CLIENTS, requests, seconds).to_dict()
            cold = round(first.times[0] * 1000, 1) if first.times else None
            rows.append({"name": name, "request": url, "target": target, "first_ms": cold,
                         "one_client": one, "four_clients": four})  # fmt: skip
            say(f"{name}: first {cold} ms; p50 {one['p50_ms']} ms, p99 {one['p99_ms']} ms; "
                f"{CLIENTS} clients p99 {four['p99_ms']} ms")  # fmt: skip
        memory.stop()
    return rows, memory


def measure_size(events: int, folder: Path, requests: int, seconds: float,
                 say: Callable[[str], None], workers: int = 1) -> dict[str, Any]:  # fmt: skip
    """Build (or reuse) the store of ``events`` events in ``folder`` and measure it."""
    path = folder / f"synthetic-{events}.duckdb"
    built = build(path, events, lambda m: say(f"store: {m}"))
    rate = built.events_per_s
    say(f"store: {built.events:,} events in {built.documents:,} documents ("
        + ("reused" if built.reused else f"written in {built.write_seconds:.0f} s, "
           f"{rate:,.0f} events/s") + ")")  # fmt: skip
    size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
    rows, memory = measure_api(path, requests, seconds, say, workers)
    return {
        "store": {
            "events": built.events,
            "documents": built.documents,
            "bytes": size,
            "mb_per_1000_documents": round(size / 1e6 / built.documents * 1000, 2),
            "reused": built.reused,
            "built_s": round(built.seconds, 1) if not built.reused else None,
            "bulk_load_s": round(built.write_seconds, 1) if not built.reused else None,
            "bulk_load_events_per_s": round(rate) if rate else None,
        },
        "server": {
            "start_s": round(memory.start_s, 1),
            "first_request_ms": round(memory.first_s * 1000, 1),
            "rss_at_start_mib": round(memory.start / 2**20, 1),
            "peak_rss_mib": round(memory.peak / 2**20, 1),
        },
        "endpoints": rows,
    }


def with_ratios(sizes: list[dict[str, Any]]) -> None:
    """Each size's p50 and p99 (1 and 4 clients) and bulk-load rate as ratios to the first
    size's (the baseline): ``ratio`` in each endpoint's runs and in the store."""
    base = sizes[0]
    for size in sizes:
        for row, first in zip(size["endpoints"], base["endpoints"], strict=True):
            for run in ("one_client", "four_clients"):
                for q in ("p50_ms", "p99_ms"):
                    value, was = row[run][q], first[run][q]
                    row[run][q.replace("_ms", "_ratio")] = (
                        round(value / was, 2) if value is not None and was else None
                    )
        rate, was = (s["store"]["bulk_load_events_per_s"] for s in (size, base))
        size["store"]["bulk_load_ratio"] = round(rate / was, 2) if rate and was else None


def run_store_bench(
    sizes: list[int],
    folder: Path | None = None,
    requests: int = 30,
    seconds: float = 10.0,
    progress: Callable[[str], None] | None = None,
    workers: int = 1,
) -> dict[str, Any]:
    """Build (or reuse) a store of each size, serve it (with ``workers`` server processes)
    and measure (module docstring)."""
    say = progress or (lambda message: None)
    temporary = None if folder is not None else Path(tempfile.mkdtemp(prefix="tacitus-bench-"))
    where = folder if folder is not None else temporary
    assert where is not None
    where.mkdir(parents=True, exist_ok=True)
    load = os.getloadavg()
    started = time.perf_counter()
    try:
        found = []
        for events in sorted(set(sizes)):
            found.append(
                measure_size(events, where, requests, seconds, _prefixed(say, events), workers)
            )
    finally:
        if temporary is not None:
            shutil.rmtree(temporary, ignore_errors=True)
    with_ratios(found)
    return {
        "tacitus_version": __version__,
        "machine": {
            "cpu": platform.processor() or platform.machine(),
            "cores": os.cpu_count(),
            "load_average_before": [round(x, 1) for x in load],
            "load_average_after": [round(x, 1) for x in os.getloadavg()],
        },
        "seconds": round(time.perf_counter() - started, 1),
        "baseline_events": found[0]["store"]["events"],
        "requests_per_run": requests,
        "clients": [1, CLIENTS],
        "server_workers": workers,
        "sizes": found,
    }


def _prefixed(say: Callable[[str], None], events: int) -> Callable[[str], None]:
    return lambda message: say(f"{events:,}: {message}")
