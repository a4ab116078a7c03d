"""Bounded work (issue 16): Tacitus' time on long and pathological inputs against bare spaCy.

    nice .venv/bin/python benchmarks/bench_faults.py [--sizes 50000,100000,200000,300000]
        [--no-pathological]

Long articles: for each size, one article of about that many characters made by joining the
bench corpus (``tacitus.bench.bench_corpus``); Tacitus' analysis of it (``Pipeline.run``:
parse, actors, quotes, events) against bare spaCy's parse of the same text (the same model
and components, the attribute ruler as shipped), both in CPU seconds of this process in this
run (steadier than wall time on a shared machine). Work linear in the length keeps the ratio
flat as the size grows, and ``cpu_s per 100k characters`` flat too.

Pathological inputs (what issue 16 found): 40,000 '&' (spaCy's tokenizer is quadratic on a
punctuation run), a 38,000-character sentence without a full stop, runs of apostrophes, a
160,000-character run without whitespace. Each against bare spaCy's parse of prose with as
many tokens as Tacitus gives the input (the same text would take bare spaCy minutes; junk has
a token per character or two, prose one per five). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import time
from collections.abc import Callable

from spacy.language import Language

from tacitus import Pipeline
from tacitus.bench import bench_corpus
from tacitus.nlp import load_model, tokenizable
from tacitus.records import Document, DocumentResult

PATHOLOGICAL: dict[str, Callable[[], str]] = {
    "40,000 '&'": lambda: "&" * 40_000,
    "a sentence of 38,000 characters without a full stop": lambda: (
        "Russia accused Ukraine of attacks and " * 1000
    ),
    "300 runs of 60 apostrophes": lambda: ("'" * 60 + " ") * 300,
    "a run of 160,000 characters without whitespace": lambda: "a/b.c-d_" * 20_000,
}


def long_text(n_chars: int, prose: list[str]) -> str:
    """About ``n_chars`` of the bench corpus' articles, one after another."""
    parts: list[str] = []
    size = 0
    for text in prose * (n_chars // max(sum(map(len, prose)), 1) + 1):
        if size >= n_chars:
            break
        parts.append(text)
        size += len(text) + 2
    return "\n\n".join(parts)[:n_chars]


def seconds(work: Callable[[], object]) -> float:
    """CPU seconds of this process (all its threads) spent in ``work``."""
    started = time.process_time()
    work()
    return time.process_time() - started


def prose_of_tokens(n_tokens: int, prose: list[str], nlp: Language) -> str:
    """Prose of the bench corpus with about ``n_tokens`` tokens."""
    sample = long_text(20_000, prose)
    per_token = len(sample) / len(nlp.make_doc(sample))
    return long_text(int(n_tokens * per_token), prose)


def tacitus_seconds(pipeline: Pipeline, text: str) -> tuple[float, str]:
    """Seconds to analyse ``text`` as one document, and what came of it."""
    results: list[object] = []
    took = seconds(lambda: results.extend(pipeline.run([Document("bench", text)])))
    result = results[0]
    if isinstance(result, DocumentResult):
        return took, f"{len(result.events)} events"
    return took, f"error: {getattr(result, 'reason', result)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="50000,100000,200000,300000")
    parser.add_argument("--no-pathological", action="store_true")
    args = parser.parse_args()
    pipeline = Pipeline()
    bare = load_model(compiled_rules=False, paragraphs=False, lemmas=False)
    prose = [d.text for d in bench_corpus(200)]
    tacitus_seconds(pipeline, prose[0])  # warm up both
    bare(prose[0])
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        text = long_text(size, prose)
        spacy_s = seconds(lambda t=text: bare(t))  # type: ignore[misc]
        ours, outcome = tacitus_seconds(pipeline, text)
        rows.append({"characters": len(text), "bare_spacy_cpu_s": round(spacy_s, 2),
                     "tacitus_cpu_s": round(ours, 2), "ratio": round(ours / spacy_s, 2),
                     "tacitus_cpu_s_per_100k_chars": round(ours * 100_000 / len(text), 2),
                     "outcome": outcome})  # fmt: skip
    report: dict[str, object] = {"long_articles": rows}
    if not args.no_pathological:
        odd = []
        for name, make in PATHOLOGICAL.items():
            text = make()
            tokens = len(pipeline.analyzer.nlp.make_doc(tokenizable(text)))
            same_tokens = prose_of_tokens(tokens, prose, bare)
            spacy_s = seconds(lambda t=same_tokens: bare(t))  # type: ignore[misc]
            ours, outcome = tacitus_seconds(pipeline, text)
            odd.append({"input": name, "characters": len(text), "tokens": tokens,
                        "bare_spacy_cpu_s_on_prose_of_as_many_tokens": round(spacy_s, 2),
                        "tacitus_cpu_s": round(ours, 2), "ratio": round(ours / spacy_s, 2),
                        "outcome": outcome})  # fmt: skip
        report["pathological"] = odd
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
