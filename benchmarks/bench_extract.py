"""Throughput of ``extract`` against bare spaCy: now ``tacitus bench`` (tacitus/bench.py).

    .venv/bin/python benchmarks/bench_extract.py [--docs N] [--processes P] [--repeats R] ...

A thin wrapper kept for old command lines: it runs ``tacitus bench --measure spacy --measure
extract`` with the arguments given (``--repeat`` is read as ``--repeats``). Run ``tacitus bench``
itself for the full report (full spaCy pipeline, ingest, peak memory, ``--format json``).
"""

from __future__ import annotations

import sys

from tacitus.cli import main

if __name__ == "__main__":
    args = ["--repeats" if a == "--repeat" else a for a in sys.argv[1:]]
    main(["bench", "--measure", "spacy", "--measure", "extract", *args])
