"""Is memory flat as the corpus grows? Peak RSS of ``extract`` on N and on 10 x N documents.

    .venv/bin/python benchmarks/memory_check.py [--docs N] [--factor 10] [--processes P]

Runs ``tacitus bench --measure extract --repeats 1 --format json`` twice, each in a fresh
process (a process' peak never goes down, so the two sizes must not share one), and prints
both peaks and their ratio. The target: under 1.3 for ten times the documents. The bench
corpus brings new words in every document (invented names and reference codes), so a
vocabulary that grows without ``nlp.memory_zone()`` would show here.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from typing import Any


def peak(docs: int, processes: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "tacitus", "bench", "--docs", str(docs), "--measure",
               "extract", "--repeats", "1", "--processes", str(processes), "--format", "json",
               "--quiet"]  # fmt: skip
    out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    report = json.loads(out)
    extract = report["measures"]["extract"]
    return {"documents": docs, "words": report["words"], "peak_rss_mib": extract["peak_rss_mib"],
            "seconds": extract["seconds"]}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    small = peak(args.docs, args.processes)
    large = peak(args.docs * args.factor, args.processes)
    ratio = large["peak_rss_mib"] / small["peak_rss_mib"]
    print(json.dumps({"small": small, "large": large, "peak_ratio": round(ratio, 3),
                      "target": "< 1.3"}, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
