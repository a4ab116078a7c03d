"""The cost of geocoding: ``extract`` with and without the event locator, in one run.

    .venv/bin/python benchmarks/bench_places.py [--docs N] [--repeat R] [--re3d PATH]

Runs the same documents through the same loaded pipeline, alternately with the locator
(tacitus.events.location) and without it, and reports the end-to-end ratio, the time spent
inside the locator per 1,000 sentences (measured directly, since it is small next to the
noise of the parse), and the one-off cost of building the gazetteer index per process. Times
are CPU seconds of this process (``time.process_time``): the machine may be shared.

The corpus is the bundled sample corpus (synthetic newswire) cycled to N documents, plus the
re3d documents (real conflict reporting, rich in place names) when ``--re3d`` points at
``../shared/eval/re3d/re3d.jsonl`` (the default when it exists).
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable
from importlib import resources
from pathlib import Path
from typing import Any

from tacitus import Document, Pipeline
from tacitus.events.location import Locator
from tacitus.places.gazetteer import Gazetteer
from tacitus.records import InputError

RE3D = Path(__file__).resolve().parents[2] / "shared" / "eval" / "re3d" / "re3d.jsonl"


def corpus(n: int, re3d: Path | None) -> list[Document]:
    text = resources.files("tacitus").joinpath("samples/corpus.jsonl").read_text("utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    docs = []
    for i in range(n):
        row = rows[i % len(rows)]
        body = f"{row['text']}\n\nReport number {i} was filed by desk {i % 7}."
        docs.append(Document(f"{row['id']}-{i}", body, published=row.get("published")))
    if re3d is not None and re3d.is_file():
        for line in re3d.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                docs.append(Document(f"re3d-{row['id']}", row["text"]))
    return docs


class TimedLocator:
    """The pipeline's locator with a stopwatch around each call."""

    def __init__(self, locator: Locator) -> None:
        self.locator = locator
        self.seconds = 0.0
        self.calls = 0
        self.located = 0

    def locate(self, *args: Any) -> dict[str, Any] | None:
        started = time.process_time()
        found = self.locator.locate(*args)
        self.seconds += time.process_time() - started
        self.calls += 1
        self.located += found is not None
        return found


def run(pipeline: Pipeline, docs: list[Document]) -> tuple[float, int, int]:
    sentences = events = 0
    started = time.process_time()
    for result in pipeline.run(docs):
        if isinstance(result, InputError):
            raise SystemExit(f"unexpected input error: {result}")
        sentences += len(result.sentences)
        events += len(result.events)
    return time.process_time() - started, sentences, events


def timed(build: Callable[[], Any]) -> float:
    started = time.process_time()
    build()
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--docs", type=int, default=150)
    parser.add_argument("--repeat", type=int, default=3, help="alternate runs; best of each")
    parser.add_argument("--re3d", type=Path, default=RE3D if RE3D.is_file() else None)
    args = parser.parse_args()
    docs = corpus(args.docs, args.re3d)
    pipeline = Pipeline()
    coder = pipeline.analyzer.coder  # loads the model and the gazetteer outside the timing
    assert coder.locator is not None, "the pipeline builds no locator"
    timer = TimedLocator(coder.locator)
    without, with_locator = [], []
    sentences = events = 0
    for _ in range(args.repeat):
        coder.locator = None
        without.append(run(pipeline, docs)[0])
        coder.locator = timer  # type: ignore[assignment]
        timer.seconds = 0.0
        seconds, sentences, events = run(pipeline, docs)
        with_locator.append(seconds)
    bare, located = min(without), min(with_locator)
    report = {
        "documents": len(docs),
        "sentences": sentences,
        "events": events,
        "events_located": timer.located // args.repeat,
        "cpu_seconds_without_locator": round(bare, 3),
        "cpu_seconds_with_locator": round(located, 3),
        "ratio_with_over_without": round(located / bare, 3),
        "locator_ms_per_1000_sentences": round(1000 * timer.seconds / sentences * 1000, 1),
        "locator_share_of_extract": round(timer.seconds / located, 4),
        "gazetteer_build_cpu_seconds": round(timed(Gazetteer), 2),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
