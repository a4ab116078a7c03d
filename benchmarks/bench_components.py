"""CPU seconds per spaCy component on the bench corpus: what bounds the parse.

    .venv/bin/python benchmarks/bench_components.py [--docs 200] [--batch-size 32] [--stock]

Runs the pipeline Tacitus loads (``tacitus.nlp.load_model``; ``--stock``: the attribute ruler
as spaCy ships it) component by component over batches of the generated bench corpus
(``tacitus.bench.bench_corpus``), one process, timing each component's CPU seconds. Prints
one JSON object: seconds and share per component.
"""

from __future__ import annotations

import argparse
import json
import time

from tacitus.bench import bench_corpus
from tacitus.nlp import load_model


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--stock", action="store_true", help="spaCy's own attribute ruler")
    args = parser.parse_args()
    nlp = load_model(compiled_rules=not args.stock)
    texts = [d.text for d in bench_corpus(args.docs)]
    list(nlp.pipe(texts[:8]))  # warm up
    seconds = {"tokenizer": 0.0} | {name: 0.0 for name in nlp.pipe_names}
    with nlp.memory_zone():
        for i in range(0, len(texts), args.batch_size):
            started = time.process_time()
            docs = [nlp.make_doc(text) for text in texts[i : i + args.batch_size]]
            seconds["tokenizer"] += time.process_time() - started
            for name, component in nlp.pipeline:
                started = time.process_time()
                if hasattr(component, "pipe"):
                    docs = list(component.pipe(docs, batch_size=args.batch_size))
                else:
                    docs = [component(doc) for doc in docs]
                seconds[name] += time.process_time() - started
    total = sum(seconds.values())
    print(json.dumps({"documents": args.docs, "total_cpu_s": round(total, 2),
                      "components": {name: {"cpu_s": round(s, 2), "share": round(s / total, 3)}
                                     for name, s in seconds.items()}}, indent=2))  # fmt: skip


if __name__ == "__main__":
    main()
