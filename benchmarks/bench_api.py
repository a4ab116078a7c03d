"""API benchmark: requests/s and latency of the main endpoints on 100,000 events, and the
dashboard's time to first render.

    .venv/bin/python benchmarks/bench_api.py [--events 100000] [--requests 200] [--out FILE]

1. A store of generated rows (``benchmarks/bench_store.py``'s generator: 10 events per
   document, 60 countries, 20 outlets, dates over 2024) written through the real writer.
2. ``tacitus serve`` on it as its own process on 127.0.0.1 and a free port (read-only, as
   users run it). A bounded load loop with httpx on this machine only: per endpoint, after 5
   warm-up requests, ``--requests`` sequential requests (at most ``--seconds`` each), then the
   events page again with 4 client threads. Latency is wall time per request at the client.
3. Time to first render: headless chromium (Debian's, over the DevTools protocol) loads the
   dashboard; the page marks ``tacitus:rendered`` once the network, the timeline and the events
   table are drawn; the figure is that mark's time from navigation start, cold (first load)
   and the median of 5 further loads. Skipped when chromium is absent.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from benchmarks.bench_store import write_generated  # noqa: E402

ENDPOINTS = [
    ("events, first page", "/api/events?limit=50"),
    ("events, one country", "/api/events?country=RUS&limit=50"),
    ("events, type + dates", "/api/events?type=ASSAULT&since=2024-04-01&until=2024-06-30&limit=50"),
    ("events, deep page", "/api/events?limit=50&offset=90000"),
    ("events, text search", "/api/events?text=pipeline&limit=50"),
    ("events of one edge", "/api/events?source=country:RUS&target=country:USA&limit=50"),
    ("dyads graph (150 edges)", "/api/dyads"),
    ("dyads of one actor", "/api/dyads?actor=country:RUS"),
    ("timeline", "/api/timeline"),
    ("timeline, one country", "/api/timeline?country=RUS"),
    ("actors", "/api/actors?limit=100"),
    ("outlets", "/api/outlets"),
    ("documents, first page", "/api/documents?limit=50"),
    ("quotes", "/api/quotes?limit=50"),
    ("one document", "/api/documents/gen-0000042"),
    # what the dashboard asks since issue 15
    ("dyads, 30 most active actors", "/api/dyads?top=30&group=actor&limit=400"),
    ("dyads, folded into states", "/api/dyads?top=30&group=state&limit=400"),
    (
        "events of a folded edge",
        "/api/events?source=country:RUS&target=country:USA&group=state&limit=50",
    ),
    ("events, actor by name", "/api/events?actor=Russia&limit=50"),
    ("actor suggestions", "/api/actors?q=Rus&limit=10"),
    ("stories, several outlets first", "/api/stories?sort=outlets&min_articles=2&limit=20"),
]


def start_server(db: Path) -> tuple[subprocess.Popen[str], str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tacitus", "serve", "--db", str(db), "--port", "0"],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    assert process.stderr is not None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        match = re.search(r"on (http://127\.0\.0\.1:\d+)/", line)
        if match:
            return process, match[1]
        if not line and process.poll() is not None:
            break
    process.kill()
    raise RuntimeError("tacitus serve did not start")


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def load(client: httpx.Client, url: str, requests: int, seconds: float) -> dict[str, Any]:
    """Sequential requests, bounded in count and time."""
    for _ in range(5):
        client.get(url).raise_for_status()
    times: list[float] = []
    started = time.perf_counter()
    while len(times) < requests and time.perf_counter() - started < seconds:
        t = time.perf_counter()
        client.get(url).raise_for_status()
        times.append(time.perf_counter() - t)
    wall = time.perf_counter() - started
    return {
        "n": len(times),
        "rps": len(times) / wall,
        "p50": percentile(times, 0.5) * 1000,
        "p99": percentile(times, 0.99) * 1000,
    }


def concurrent(base: str, url: str, threads: int, requests: int, seconds: float) -> dict[str, Any]:
    times: list[float] = []
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def worker() -> None:
        with httpx.Client(base_url=base, timeout=60) as client:
            for _ in range(requests // threads):
                if time.perf_counter() > deadline:
                    return
                t = time.perf_counter()
                client.get(url).raise_for_status()
                with lock:
                    times.append(time.perf_counter() - t)

    started = time.perf_counter()
    pool = [threading.Thread(target=worker) for _ in range(threads)]
    for thread in pool:
        thread.start()
    for thread in pool:
        thread.join()
    wall = time.perf_counter() - started
    return {
        "n": len(times),
        "rps": len(times) / wall,
        "p50": percentile(times, 0.5) * 1000,
        "p99": percentile(times, 0.99) * 1000,
    }


def first_render(base: str, loads: int = 6) -> list[float] | str:
    from test_dashboard_cdp import Browser, chromium_missing

    missing = chromium_missing()
    if missing:
        return missing
    marks = []
    with Browser() as browser:
        for _ in range(loads):
            browser.navigate(f"{base}/")
            browser.wait_for(
                "location.pathname === '/' && document.body !== null &&"
                " (performance.getEntriesByName('tacitus:rendered').length > 0 ||"
                " document.body.dataset.ready === 'error')",
                timeout=120,
            )
            marks.append(
                browser.evaluate("performance.getEntriesByName('tacitus:rendered')[0].startTime")
            )
            browser.navigate("about:blank")
            time.sleep(0.2)
    return [float(m) for m in marks]


def report(gen: dict[str, Any], rows: list[tuple[str, str, dict[str, Any]]],
           busy: dict[str, Any], render: list[float] | str, args: argparse.Namespace) -> str:  # fmt: skip
    counts = gen["counts"]
    lines = [
        "# API benchmark",
        "",
        f"`benchmarks/bench_api.py` on {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, {time.strftime('%Y-%m-%d')}, load average "
        f"{args.load[0]:.1f} before / {os.getloadavg()[0]:.1f} after (other work on the "
        f"machine slows every figure). Store: "
        f"{counts['events']:,} generated events in {counts['documents']:,} documents "
        f"({gen['size'] / 1e6:.0f} MB), written in {gen['write_s']:.1f} s. Server: "
        "`tacitus serve` (one uvicorn process, read-only store) on 127.0.0.1; client: httpx "
        f"on the same machine, {args.requests} sequential requests per endpoint (at most "
        f"{args.seconds:.0f} s) after 5 warm-up requests. Latency is the client's wall time.",
        "",
        "| endpoint | request | requests | req/s | p50 ms | p99 ms |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for name, url, r in rows:
        lines.append(
            f"| {name} | `{url}` | {r['n']} | {r['rps']:.0f} | {r['p50']:.1f} | {r['p99']:.1f} |"
        )
    lines += [
        "",
        f"Under load: `/api/events?limit=50` with 4 client threads: {busy['n']} requests, "
        f"{busy['rps']:.0f} req/s, p50 {busy['p50']:.1f} ms, p99 {busy['p99']:.1f} ms "
        "(client and server share the 2 cores).",
        "",
        "## Dashboard: time to first render",
        "",
    ]
    if isinstance(render, str):
        lines.append(f"Not measured: {render}.")
    else:
        lines.append(
            "From navigation start to the network, the timeline and the events table drawn "
            "(the page's `tacitus:rendered` mark), headless chromium on the same machine, "
            f"the same store: first (cold) load {render[0]:.0f} ms; median of "
            f"{len(render) - 1} further loads {statistics.median(render[1:]):.0f} ms "
            f"(min {min(render[1:]):.0f}, max {max(render[1:]):.0f})."
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=100_000, help="generated events")
    parser.add_argument("--requests", type=int, default=200, help="requests per endpoint")
    parser.add_argument("--seconds", type=float, default=30.0, help="time limit per endpoint")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "api.md")
    args = parser.parse_args()
    args.load = os.getloadavg()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "api.duckdb"
        gen = write_generated(db, args.events)
        process, base = start_server(db)
        try:
            rows = []
            with httpx.Client(base_url=base, timeout=60) as client:
                for name, url in ENDPOINTS:
                    rows.append((name, url, load(client, url, args.requests, args.seconds)))
                    print(name, rows[-1][2], flush=True)
            busy = concurrent(base, "/api/events?limit=50", 4, 4 * args.requests, args.seconds)
            try:
                render = first_render(base)
            except (RuntimeError, TimeoutError) as exc:
                render = f"the browser failed ({exc})"
        finally:
            process.send_signal(signal.SIGINT)
            process.wait(timeout=30)
    text = report(gen, rows, busy, render, args)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
