"""The cost of quote finding next to the spaCy parse, on real text.

    .venv/bin/python benchmarks/bench_quotes.py [--re3d PATH] [--seeds PATH] [--repeat R]

Parses the documents once, then times, on the same parsed documents, the actor resolver and
``tacitus.quotes.find_quotes`` (best of R runs), and the quotation-mark scan alone on the
whole corpus joined five times. Times are CPU seconds of this process (``time.process_time``):
the machine may be shared. The documents are the re3d texts (real news, press releases and
encyclopaedia articles) and the reference seeds, read from ``../shared`` (nothing is copied).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from tacitus import Pipeline
from tacitus.events.lexicon import default_lexicon
from tacitus.quotes import find_quotes
from tacitus.quotes.marks import marked_spans

SHARED = Path(__file__).resolve().parents[2] / "shared"


def texts(*paths: Path) -> list[str]:
    found = []
    for path in paths:
        if path.is_file():
            found += [json.loads(line)["text"] for line in path.open() if line.strip()]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--re3d", type=Path, default=SHARED / "eval" / "re3d" / "re3d.jsonl")
    parser.add_argument("--seeds", type=Path, default=SHARED / "corpus" / "seeds.jsonl")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    corpus = texts(args.re3d, args.seeds)
    if not corpus:
        raise SystemExit("no documents: pass --re3d or --seeds (../shared is absent)")
    analyzer = Pipeline().analyzer
    lexicon = default_lexicon()
    started = time.process_time()
    docs = list(analyzer.nlp.pipe(corpus))
    parse = time.process_time() - started
    started = time.process_time()
    hits = [analyzer.resolver.resolve(doc, None) for doc in docs]
    actors = time.process_time() - started
    quotes, found = float("inf"), 0
    for _ in range(args.repeat):
        started = time.process_time()
        found = sum(
            len(find_quotes(d, h, lexicon, "bench")) for d, h in zip(docs, hits, strict=True)
        )
        quotes = min(quotes, time.process_time() - started)
    joined = "\n\n".join(corpus) * 5
    started = time.process_time()
    marked_spans(joined)
    scan = time.process_time() - started
    chars = sum(map(len, corpus))
    print(f"{len(corpus)} documents, {chars:,} characters, {found} quotes")
    print(f"| spaCy parse | {parse:.2f} s |")
    print(f"| actor resolver | {actors:.2f} s ({100 * actors / parse:.1f}% of the parse) |")
    print(f"| find_quotes | {quotes:.3f} s ({100 * quotes / parse:.1f}% of the parse) |")
    print(f"| quotation-mark scan, {len(joined):,} characters | {1000 * scan:.0f} ms |")


if __name__ == "__main__":
    main()
