"""Peak memory of `tacitus serve` on a store after its heaviest reads, with or without
`--memory-limit` (issue 17: memory flat in store size).

    python benchmarks/server_memory.py /tmp/scale_stores/synthetic-10000000.duckdb [512MB|auto|none]

Starts the server on 127.0.0.1, sends each request below three times, prints one JSON line:
the limit, the server's peak resident memory (VmHWM, MiB) and each request's median ms.
Without a limit the server's default applies (``auto``); ``none`` is DuckDB's own (80% of RAM).
"""

from __future__ import annotations

import json
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

REQUESTS = [
    "/api/events?limit=50",
    "/api/dyads?top=200&limit=2000",
    "/api/dyads?top=200&limit=2000&group=state",
    "/api/timeline",
    "/api/quotes?limit=50&sort=speaker",
    "/api/map",
    "/api/events?text=pipeline&limit=50",
    "/api/events?near=48.4,31.2,300&limit=50",
    "/api/dyads?top=200&limit=2000&since=2024-01-01&until=2024-12-31",
    "/api/timeline?country=RUS",
]
ROUNDS = 3


def _start(db: str, limit: str | None) -> tuple[subprocess.Popen[str], str]:
    args = [sys.executable, "-m", "tacitus", "serve", "--db", db, "--port", "0"]
    process = subprocess.Popen(
        args + (["--memory-limit", limit] if limit else []),
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    assert process.stderr is not None
    while True:
        line = process.stderr.readline()
        match = re.search(r"on (http://127\.0\.0\.1:\d+)/", line)
        if match:
            return process, match[1]
        if not line and process.poll() is not None:
            raise SystemExit(f"tacitus serve did not start (exit {process.returncode})")


def main() -> None:
    db, limit = sys.argv[1], (sys.argv[2] if len(sys.argv) > 2 else None)
    process, base = _start(db, limit)
    times: dict[str, list[float]] = {}
    try:
        for _ in range(ROUNDS):
            for request in REQUESTS:
                started = time.perf_counter()
                answer = httpx.get(base + request, timeout=300)
                answer.raise_for_status()
                times.setdefault(request, []).append((time.perf_counter() - started) * 1000)
        status = Path(f"/proc/{process.pid}/status").read_text().splitlines()
        peak_kib = int(next(line for line in status if line.startswith("VmHWM")).split()[1])
    finally:
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=60)
    medians = {r: round(sorted(v)[len(v) // 2]) for r, v in times.items()}
    print(
        json.dumps({"limit": limit, "peak_rss_mib": round(peak_kib / 1024), "median_ms": medians})
    )


if __name__ == "__main__":
    main()
