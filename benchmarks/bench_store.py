"""Store benchmark: ingest vs extract throughput, store size, query times on 100,000 events.

    .venv/bin/python benchmarks/bench_store.py [--docs 150] [--events 100000] [--out FILE]

1. Throughput: the same pipeline (model loaded once, warmed up) runs ``extract``'s work (events
   to JSON lines) and ``ingest``'s work (events, sentences, mentions, quotes into a fresh
   store) on the same corpus in the same run: varied articles made by reordering the sentences
   of the bundled sample corpus. They alternate (twice each); medians are compared. The
   store's own cost is also timed apart (writing the analysed results again), since on a
   shared machine the NLP's run-to-run noise is larger than the store's share.
2. Size: the store file after that ingest, per 1,000 articles (and for the generated store).
3. Queries: a store of generated rows (``--events``, 10 events per document, 60 countries,
   20 outlets, dates over 2024) written through the real writer, then the common queries
   through the Python API, median of 5 runs after a warm-up.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import platform
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tacitus import Pipeline, __version__, open_store
from tacitus.ingest import ingest
from tacitus.records import (
    Actor,
    ActorMention,
    Document,
    DocumentResult,
    Event,
    InputError,
    Trigger,
    stable_id,
)
from tacitus.store import Filters, Store

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "tacitus" / "samples" / "corpus.jsonl"


def varied_corpus(n: int, seed: int = 7) -> list[Document]:
    """``n`` articles: the samples' sentences reordered per copy, so every text differs."""
    base = [json.loads(line) for line in SAMPLES.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        record = base[i % len(base)]
        sentences = [s for s in record["text"].replace("\n", " ").split(". ") if s.strip()]
        if i >= len(base):
            rng.shuffle(sentences)
        text = ". ".join(s.rstrip(".") for s in sentences) + "."
        docs.append(Document(doc_id=f"{record['id']}-{i}", text=text, title=record.get("title"),
                             outlet=record.get("outlet"), published=record.get("published")))  # fmt: skip
    return docs


def timed(action: Callable[[], Any]) -> tuple[float, Any]:
    started = time.perf_counter()
    value = action()
    return time.perf_counter() - started, value


def extract_work(pipeline: Pipeline, docs: list[Document]) -> int:
    """What ``tacitus extract`` does: every event to a JSON line (written nowhere)."""
    events = 0
    for result in pipeline.run(docs):
        if isinstance(result, InputError):
            continue
        for event in result.events:
            json.dumps(event.to_dict(), ensure_ascii=False)
            events += 1
    return events


def throughput(n_docs: int, folder: Path, rounds: int = 2) -> dict[str, Any]:
    """Extract and ingest alternately, ``rounds`` times each (the machine's load drifts)."""
    docs = varied_corpus(n_docs)
    pipeline = Pipeline()
    extract_work(pipeline, varied_corpus(10, seed=99))  # load and warm up the model
    extracts, ingests = [], []
    events = 0
    for n in range(rounds):
        seconds, events = timed(lambda: extract_work(pipeline, docs))
        extracts.append(seconds)
        path = folder / f"ingest-{n}.duckdb"
        with open_store(path) as store:
            seconds, stats = timed(lambda s=store: ingest(s, docs, pipeline))  # type: ignore[misc]
            ingests.append(seconds)
            counts = store.counts()
    alone = store_only(pipeline, docs, folder)
    return {
        "docs": n_docs, "chars": sum(len(d.text) for d in docs), "events": events,
        "extract_s": statistics.median(extracts), "extracts": extracts,
        "ingest_s": statistics.median(ingests), "ingests": ingests, **alone,
        "stored_events": stats.events, "counts": counts,
        "size": (folder / "ingest-0.duckdb").stat().st_size,
    }  # fmt: skip


def store_only(pipeline: Pipeline, docs: list[Document], folder: Path) -> dict[str, float]:
    """The store's own share, free of the NLP's noise: write the analysed results again (in
    the pipeline's batches) and look every document up as a re-run does; then the size per
    1,000 articles, from copies of the same results under new ids (an empty store's fixed
    size taken off)."""
    results = [r for r in pipeline.run(docs) if isinstance(r, DocumentResult)]
    size = pipeline.options.batch_size
    with open_store(folder / "write-only.duckdb") as store:
        started = time.perf_counter()
        for i in range(0, len(results), size):
            store.write(results[i : i + size])
        write_s = time.perf_counter() - started
        started = time.perf_counter()
        for document in docs:
            store.content_hash(document.doc_id)
        lookup_s = time.perf_counter() - started
    open_store(folder / "empty.duckdb").close()
    empty = (folder / "empty.duckdb").stat().st_size
    copies = 0
    with open_store(folder / "copies.duckdb") as store:
        while copies < 2000:
            store.write([_copy(r, f"-copy{copies}") for r in results])
            copies += len(results)
    grown = (folder / "copies.duckdb").stat().st_size - empty
    return {"write_s": write_s, "lookup_s": lookup_s, "empty": empty, "copies": copies,
            "per_k": grown / copies * 1000}  # fmt: skip


def _copy(result: DocumentResult, suffix: str) -> DocumentResult:
    document = dataclasses.replace(result.document, doc_id=result.document.doc_id + suffix)
    return DocumentResult(document, result.events, result.mentions, result.quotes, result.sentences)


COUNTRIES = [
    "AFG", "ARE", "ARM", "AZE", "BLR", "CHN", "COD", "CUB", "DEU", "EGY", "ESP", "ETH", "FRA",
    "GBR", "GEO", "IND", "IRN", "IRQ", "ISR", "ITA", "JOR", "JPN", "KEN", "KOR", "KWT", "LBN",
    "LBY", "MAR", "MLI", "MMR", "NER", "NGA", "PAK", "PHL", "POL", "PRK", "PSE", "QAT", "RUS",
    "SAU", "SDN", "SOM", "SSD", "SYR", "TUN", "TUR", "TWN", "UKR", "USA", "VEN", "YEM", "ZAF",
    "BRA", "MEX", "COL", "ARG", "CAN", "AUS", "IDN", "VNM",
]  # fmt: skip
TYPES = [("AGREE", "030", 1, 4.0), ("CONSULT", "040", 1, 1.0), ("COOPERATE", "064", 2, 6.0),
         ("ACCUSE", "112", 3, -2.0), ("THREATEN", "138", 3, -7.0), ("ASSAULT", "190", 4, -10.0),
         ("REQUEST", "100", 3, -5.0), ("SANCTION", "163", 4, -8.0)]  # fmt: skip
WORDS = [
    "ceasefire", "talks", "border", "troops", "sanctions", "aid", "minister", "envoy", "summit",
    "strike", "refugees", "oil", "gas", "port", "election", "embassy", "drone", "militia",
    "prisoners", "grain", "pipeline",
]  # fmt: skip


def generated(n_docs: int, events_per_doc: int, seed: int = 1) -> Iterator[DocumentResult]:
    rng = random.Random(seed)
    actors = {c: Actor(c.title(), c.title(), f"country:{c}", c, "GOV", None, "generated")
              for c in COUNTRIES}  # fmt: skip
    for i in range(n_docs):
        doc_id = f"gen-{i:07d}"
        outlet = f"Outlet {i % 20}"
        published = f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}"
        sentences, events, mentions = [], [], []
        offset = 0
        for k in range(events_per_doc):
            a, b = rng.sample(COUNTRIES, 2)
            kind, cameo, quad, goldstein = rng.choice(TYPES)
            words = " ".join(rng.choice(WORDS) for _ in range(12))
            sentence = f"{a.title()} and {b.title()} {kind.lower()} over {words}."
            sentences.append((offset, offset + len(sentence), sentence))
            mentions.append(ActorMention(doc_id, k, offset, offset + 3, actors[a]))
            mentions.append(ActorMention(doc_id, k, offset + 8, offset + 11, actors[b]))
            events.append(Event(
                event_id=stable_id(doc_id, k), mention_id=stable_id(doc_id, k, "m"),
                doc_id=doc_id, sentence_id=k, sentence=sentence,
                trigger=Trigger(kind.lower(), 12, 12 + len(kind)), event_type=kind, cameo=cameo,
                quad_class=quad, goldstein=goldstein, source=actors[a], target=actors[b],
                outlet=outlet, published=published, date=published, date_precision="day",
                confidence=0.6, reason="generated",
            ))  # fmt: skip
            offset += len(sentence) + 1
        text = " ".join(s[2] for s in sentences)
        document = Document(doc_id, text, title=f"Report {i}", outlet=outlet, published=published)
        yield DocumentResult(document, events, mentions, [], sentences)


def write_generated(path: Path, n_events: int) -> dict[str, Any]:
    per_doc = 10
    n_docs = n_events // per_doc
    with open_store(path) as store:
        batch: list[DocumentResult] = []
        started = time.perf_counter()
        for result in generated(n_docs, per_doc):
            batch.append(result)
            if len(batch) == 500:
                store.write(batch)
                batch = []
        if batch:
            store.write(batch)
        seconds = time.perf_counter() - started
        counts = store.counts()
    return {"docs": n_docs, "write_s": seconds, "counts": counts, "size": path.stat().st_size}


QUERIES: list[tuple[str, str, Callable[[Store], int]]] = [
    ("events by country", "store.events(Filters(country='RUS'))",
     lambda s: sum(1 for _ in s.events(Filters(country="RUS")))),
    ("events by country and type, 2024-Q2", "Filters(country='RUS', types=('ASSAULT',), since, until)",
     lambda s: sum(1 for _ in s.events(Filters(country="RUS", types=("ASSAULT",),
                                               since="2024-04-01", until="2024-06-30")))),
    ("dyads (whole network)", "store.dyads()", lambda s: len(s.dyads())),
    ("dyads of one actor", "store.dyads(Filters(actor='country:RUS'))",
     lambda s: len(s.dyads(Filters(actor="country:RUS")))),
    ("actors", "store.actors()", lambda s: len(s.actors())),
    ("documents by outlet", "store.documents(Filters(outlet='Outlet 3'))",
     lambda s: len(s.documents(Filters(outlet="Outlet 3")))),
    ("text search, events", "store.events(Filters(text='pipeline'))",
     lambda s: sum(1 for _ in s.events(Filters(text="pipeline", limit=1000)))),
    ("text search, documents", "store.documents(Filters(text='grain port'))",
     lambda s: len(s.documents(Filters(text="grain port")))),
]  # fmt: skip


def query_times(path: Path) -> list[tuple[str, str, int, float]]:
    rows = []
    with open_store(path, read_only=True) as store:
        for name, call, run in QUERIES:
            run(store)  # warm-up
            times = []
            found = 0
            for _ in range(5):
                seconds, found = timed(lambda r=run: r(store))  # type: ignore[misc]
                times.append(seconds)
            rows.append((name, call, found, statistics.median(times)))
    return rows


def report(tp: dict[str, Any], gen: dict[str, Any], queries: list[tuple[str, str, int, float]],
           n_events: int) -> str:  # fmt: skip
    ratio = tp["ingest_s"] / tp["extract_s"]
    gen_per_k = (gen["size"] - tp["empty"]) / gen["docs"] * 1000
    lines = [
        "# Store benchmark",
        "",
        f"`.venv/bin/python benchmarks/bench_store.py` — tacitus {__version__}, "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs ({platform.machine()}), "
        f"{time.strftime('%Y-%m-%d')}. The machine is shared (load average "
        f"{os.getloadavg()[1]:.1f} over the last 5 minutes at the end): figures are indicative.",
        "",
        "## Ingest vs extract (same pipeline, same corpus, same run)",
        "",
        f"Corpus: {tp['docs']} articles ({tp['chars'] / tp['docs']:,.0f} characters on average), "
        "the bundled samples with their sentences reordered per copy; `en_core_web_sm`, one "
        "process, batch size 32, the model loaded once and warmed up.",
        "",
        "| | seconds (median) | documents/s | events/s |",
        "|---|---:|---:|---:|",
        f"| extract (events to JSON lines) | {tp['extract_s']:.1f} | "
        f"{tp['docs'] / tp['extract_s']:.1f} | {tp['events'] / tp['extract_s']:.0f} |",
        f"| ingest (into a fresh store) | {tp['ingest_s']:.1f} | "
        f"{tp['docs'] / tp['ingest_s']:.1f} | {tp['stored_events'] / tp['ingest_s']:.0f} |",
        "",
        f"**Ingest / extract time ratio: {ratio:.2f}** (runs, alternating: extract "
        f"{_secs(tp['extracts'])}; ingest {_secs(tp['ingests'])}).",
        "",
        f"The store's own work, timed apart from the NLP (writing the same analysed results in "
        f"batches of 32, and looking each document's hash up one at a time, as a re-run does "
        f"to skip stored documents; ingest batches these lookups, so that part is an upper "
        f"bound): {tp['write_s']:.2f} s + {tp['lookup_s']:.2f} s, "
        f"**{(tp['write_s'] + tp['lookup_s']) / tp['extract_s']:.1%} of the extract time**. "
        "The end-to-end ratio carries the machine's load on top of that.",
        "",
        "## Store size",
        "",
        f"- Real articles: **{tp['per_k'] / 1e6:.1f} MB per 1,000 articles** (the analysed "
        f"corpus written {tp['copies'] // tp['docs']} times under new ids, {tp['copies']:,} "
        f"articles, less an empty store's {tp['empty'] / 1e6:.1f} MB). For {tp['docs']} "
        f"articles the file is {tp['size'] / 1e6:.1f} MB, mostly DuckDB's fixed blocks "
        f"(rows: {_rows(tp['counts'])}).",
        f"- Generated (short documents of 10 one-sentence events): {gen['size'] / 1e6:.1f} MB "
        f"for {gen['docs']:,} documents (rows: {_rows(gen['counts'])}) → "
        f"{gen_per_k / 1e6:.1f} MB per 1,000 documents.",
        "",
        f"## Queries on {n_events:,} generated events",
        "",
        f"{gen['docs']:,} documents × 10 events, 60 countries, 20 outlets, dates over 2024, "
        f"written through the store's writer in batches of 500 documents in "
        f"{gen['write_s']:.1f} s ({gen['counts']['events'] / gen['write_s']:,.0f} events/s with "
        "their documents, sentences and mentions). Python API, results materialised (events "
        "as `Event` objects), median of 5 runs after a warm-up:",
        "",
        "| query | call | rows | median ms |",
        "|---|---|---:|---:|",
        *(
            f"| {name} | `{call}` | {found:,} | {seconds * 1000:.1f} |"
            for name, call, found, seconds in queries
        ),
        "",
    ]
    return "\n".join(lines)


def _secs(values: list[float]) -> str:
    return ", ".join(f"{v:.1f} s" for v in values)


def _rows(counts: dict[str, int]) -> str:
    keep = ("documents", "sentences", "mentions", "events", "actors", "quotes")
    return ", ".join(f"{counts[t]:,} {t}" for t in keep)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=150, help="articles for the throughput run")
    parser.add_argument("--events", type=int, default=100_000, help="generated events")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "store.md")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        tp = throughput(args.docs, folder)
        gen = write_generated(folder / "generated.duckdb", args.events)
        queries = query_times(folder / "generated.duckdb")
    text = report(tp, gen, queries, args.events)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
