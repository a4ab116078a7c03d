"""Throughput of ``tacitus batch`` on a local Dask cluster with 1 and 2 workers.

    .venv/bin/python benchmarks/bench_batch.py [--docs 300] [--workers 1 2] [--partitions 8]

Writes the bench corpus (tacitus.bench.bench_corpus) as JSON-lines files, then for each worker
count starts a local cluster (127.0.0.1, one thread per worker), loads the model in every
worker (``client.run``), and times ``run_batch`` over the files: reading, the NLP, writing
Parquet and the manifest. Cluster start and model load are reported apart, and the workers'
CPU seconds for the batch (steadier than wall-clock time on a shared machine). For reference,
bare spaCy as shipped (one process, same model, components and batch size) runs on the same
texts in this process.
Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path
from typing import Any

from tacitus.batch import cluster_client, run_batch
from tacitus.bench import Counts, bench_corpus, spacy_pass
from tacitus.nlp import load_model
from tacitus.pipeline import Options, process_batch


def write_corpus(docs: int, folder: Path, files: int) -> None:
    documents = bench_corpus(docs)
    per_file = -(-docs // files)
    for i in range(files):
        rows = documents[i * per_file : (i + 1) * per_file]
        with (folder / f"part-{i:03d}.jsonl").open("w", encoding="utf-8") as handle:
            for d in rows:
                record = {"id": d.doc_id, "text": d.text, "title": d.title,
                          "published": d.published, "outlet": d.outlet}  # fmt: skip
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")


def one(workers: int, inputs: Path, out: Path, partitions: int, options: Options) -> dict[str, Any]:
    started = time.perf_counter()
    with cluster_client(None, workers) as client:
        up = time.perf_counter()
        client.run(process_batch, [], options)  # load the model in every worker
        warm = time.perf_counter()
        cpu = sum(client.run(time.process_time).values())
        report = run_batch([str(inputs)], out, options, client, partitions, overwrite=True)
        done = time.perf_counter()
        cpu = sum(client.run(time.process_time).values()) - cpu
    counts = report.counts
    seconds = done - warm
    return {
        "workers": workers,
        "partitions": len(report.manifest["partitions"]),
        "cluster_start_s": round(up - started, 2),
        "model_load_s": round(warm - up, 2),
        "batch_s": round(seconds, 2),
        "documents": counts["documents"],
        "sentences": counts["sentences"],
        "events": counts["events"],
        "sentences_per_s": round(counts["sentences"] / seconds, 1),
        "workers_cpu_s": round(cpu, 2),
        "failures": len(report.failures),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=300)
    parser.add_argument("--files", type=int, default=6)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--partitions", type=int, default=8)
    args = parser.parse_args()
    options = Options()
    with tempfile.TemporaryDirectory(prefix="tacitus-bench-batch-") as tmp:
        inputs = Path(tmp) / "in"
        inputs.mkdir()
        write_corpus(args.docs, inputs, args.files)
        # spaCy as shipped: the floor
        nlp = load_model(options.model, compiled_rules=False, paragraphs=False, lemmas=False)
        texts = [d.text for d in bench_corpus(args.docs)]
        counts = Counts()
        spacy_pass(nlp, texts[:8], options.batch_size, 1, counts)  # warm up
        started, cpu = time.perf_counter(), time.process_time()
        spacy_pass(nlp, texts, options.batch_size, 1, counts)
        bare, bare_cpu = time.perf_counter() - started, time.process_time() - cpu
        runs = [one(w, inputs, Path(tmp) / f"out-{w}", args.partitions, options)
                for w in args.workers]  # fmt: skip
    for run in runs:
        run["ratio_to_bare_spacy_1_process"] = round(bare / run["batch_s"], 3)
        run["cpu_ratio_to_bare_spacy"] = round(bare_cpu / run["workers_cpu_s"], 3)
    print(json.dumps({"documents": args.docs, "bare_spacy_1_process_s": round(bare, 2),
                      "bare_spacy_cpu_s": round(bare_cpu, 2),
                      "bare_spacy_sentences_per_s": round(counts.sentences / bare, 1),
                      "runs": runs}, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
