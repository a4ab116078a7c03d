"""Throughput of ``extract`` against bare spaCy ``nlp.pipe`` on the same text, same model,
same components, same batch size, in one run.

    .venv/bin/python benchmarks/bench_extract.py [--docs N] [--processes P] [--repeat R]

Prints sentences/s and words/s for both and their ratio (Tacitus / bare spaCy). The corpus is
the bundled sample corpus (synthetic newswire), cycled to N documents with a per-copy suffix
so spaCy's caches do not see identical texts.
"""

from __future__ import annotations

import argparse
import json
import time
from importlib import resources
from typing import Any

from tacitus import Document, Pipeline
from tacitus.records import InputError


def corpus(n: int) -> list[Document]:
    text = resources.files("tacitus").joinpath("samples/corpus.jsonl").read_text("utf-8")
    rows = [json.loads(line) for line in text.splitlines() if line.strip()]
    docs = []
    for i in range(n):
        row = rows[i % len(rows)]
        body = f"{row['text']}\n\nReport number {i} was filed by desk {i % 7}."
        docs.append(Document(f"{row['id']}-{i}", body, published=row.get("published")))
    return docs


def bare_spacy(pipeline: Pipeline, docs: list[Document]) -> tuple[float, int, int]:
    nlp = pipeline.analyzer.nlp
    batch = pipeline.options.batch_size
    sentences = words = 0
    started = time.perf_counter()
    with nlp.memory_zone():
        for doc in nlp.pipe(
            (d.text for d in docs), batch_size=batch, n_process=pipeline.options.processes
        ):
            sentences += sum(1 for _ in doc.sents)
            words += len(doc)
    return time.perf_counter() - started, sentences, words


def tacitus_extract(pipeline: Pipeline, docs: list[Document]) -> tuple[float, int, int]:
    sentences = events = 0
    started = time.perf_counter()
    for result in pipeline.run(docs):
        if isinstance(result, InputError):
            raise SystemExit(f"unexpected input error: {result}")
        sentences += len(result.sentences)
        events += len(result.events)
    return time.perf_counter() - started, sentences, events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--processes", type=int, default=1)
    parser.add_argument(
        "--repeat", type=int, default=2, help="alternate runs; the best of each counts"
    )
    args = parser.parse_args()
    docs = corpus(args.docs)
    pipeline = Pipeline(processes=args.processes)
    pipeline.analyzer  # load the model outside the timed part  # noqa: B018
    bare_times, tac_times = [], []
    sentences = words = events = 0
    for _ in range(args.repeat):
        seconds, sentences, words = bare_spacy(pipeline, docs)
        bare_times.append(seconds)
        seconds, _, events = tacitus_extract(pipeline, docs)
        tac_times.append(seconds)
    bare, tac = min(bare_times), min(tac_times)
    report: dict[str, Any] = {
        "documents": len(docs),
        "sentences": sentences,
        "words": words,
        "events": events,
        "processes": args.processes,
        "bare_spacy_sentences_per_s": round(sentences / bare, 1),
        "extract_sentences_per_s": round(sentences / tac, 1),
        "bare_spacy_words_per_s": round(words / bare, 1),
        "extract_words_per_s": round(words / tac, 1),
        "ratio_extract_to_bare": round(bare / tac, 3),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
