"""Throughput and memory of Tacitus against bare spaCy on the same text, in one run.

``tacitus bench`` (and :func:`run_bench`) measures, on one generated corpus:

- ``spacy``: bare ``nlp.pipe`` with the model, components, batch size and processes Tacitus
  uses, the components as spaCy ships them (the floor every ratio is taken against);
- ``spacy_tacitus``: the same parse as Tacitus runs it, with the ``attribute_ruler``'s rules
  compiled (:mod:`tacitus.nlp_attributes`, identical output): what the parse itself costs
  Tacitus;
- ``spacy_all``: the same model with every component enabled, to show what the disabled ones
  would cost;
- ``extract``: :meth:`Pipeline.run` with the events written as JSON lines (to nowhere), what
  ``tacitus extract`` does;
- ``ingest``: the same documents analysed and written to a fresh temporary store.

Every measure is warmed up once on a few documents, then the measures are run in turn
(spacy, spacy_tacitus, spacy_all, extract, ingest, spacy, ...) ``repeats`` times and the fastest run of each
counts, so a ratio is not an artefact of warm-up or of a burst of load from elsewhere. CPU
seconds (this process and the workers it waited for) are reported beside wall-clock seconds:
on a shared machine they are the steadier figure. Peak memory is the resident set size of this
process plus its live worker processes, sampled every 20 ms during each run (worker RSS counts
pages shared with the parent again, so multi-process peaks are upper bounds).
"""

from __future__ import annotations

import json
import os
import platform
import random
import tempfile
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import psutil
from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.language import Language

from .errors import ConfigError
from .nlp import load_model, model_description
from .output import write_jsonl
from .pipeline import Options, Pipeline
from .records import Document, DocumentResult
from .version import __version__

MEASURES = ("spacy", "spacy_tacitus", "spacy_all", "extract", "ingest")
DESCRIPTIONS = {
    "spacy": "bare spaCy nlp.pipe, Tacitus' components as shipped",
    "spacy_tacitus": "the same, attribute rules compiled as Tacitus runs them",
    "spacy_all": "bare spaCy nlp.pipe, all components",
    "extract": "tacitus extract (Pipeline.run + JSON lines)",
    "ingest": "tacitus ingest (Pipeline.run + store)",
}
WARMUP_DOCS = 8
SAMPLE_SECONDS = 0.02


# -- the corpus -----------------------------------------------------------------------------


def bench_corpus(n: int, path: str | Path | None = None, seed: int = 0) -> list[Document]:
    """``n`` varied documents made from the bundled sample corpus or the documents at ``path``.

    Each document is one source article with a paragraph of another spliced in and a closing
    line naming an invented correspondent and a reference code: the texts differ, and new
    words keep arriving as the corpus grows (what makes the vocabulary grow without
    ``nlp.memory_zone()``).
    """
    if n < 1:
        raise ConfigError(f"--docs must be >= 1 (got {n})")
    bases = _base_documents(path)
    rng = random.Random(seed)
    documents = []
    for i in range(n):
        base = bases[i % len(bases)]
        paragraphs = [p for p in base.text.split("\n\n") if p.strip()]
        other = [p for p in bases[rng.randrange(len(bases))].text.split("\n\n") if p.strip()]
        if other and len(bases) > 1:
            paragraphs.insert(rng.randrange(len(paragraphs) + 1), rng.choice(other))
        paragraphs.append(
            f"{_name(rng)} reported from the {_name(rng)} desk; reference "
            f"{rng.choice('ABCDEFGHKMNPRSTVX')}{rng.choice('ABCDEFGHKMNPRSTVX')}-{i:05d}."
        )
        documents.append(
            Document(
                doc_id=f"bench-{i:06d}",
                text="\n\n".join(paragraphs),
                title=base.title,
                published=base.published,
                outlet=base.outlet,
                source=f"bench:{base.doc_id}",
            )
        )
    return documents


def _base_documents(path: str | Path | None) -> list[Document]:
    if path is None:
        text = resources.files("tacitus").joinpath("samples/corpus.jsonl").read_text("utf-8")
        rows = [json.loads(line) for line in text.splitlines() if line.strip()]
        return [
            Document(r["id"], r["text"], r.get("title"), published=r.get("published"),
                     outlet=r.get("outlet"))
            for r in rows
        ]  # fmt: skip
    from .inputs import read_inputs

    documents = [d for d in read_inputs([path]) if isinstance(d, Document)]
    if not documents:
        raise ConfigError(f"no readable documents in {path}")
    return documents


def _name(rng: random.Random) -> str:
    syllables = ("ka", "lo", "mir", "ven", "dra", "tso", "bel", "ush", "ren", "qa", "zi", "mo")
    return "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4))).capitalize()


# -- memory and time --------------------------------------------------------------------------


class PeakMemory:
    """The peak RSS of this process plus its children while the context is open, in bytes."""

    def __init__(self, interval: float = SAMPLE_SECONDS) -> None:
        self.interval = interval
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._process = psutil.Process()

    def __enter__(self) -> PeakMemory:
        self._sample()
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._stop.set()
        self._thread.join()
        self._sample()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def _sample(self) -> None:
        total = 0
        for process in [self._process, *self._process.children(recursive=True)]:
            try:
                total += process.memory_info().rss
            except psutil.Error:  # a worker that just exited
                continue
        self.peak = max(self.peak, total)


def _cpu_seconds() -> float:
    """CPU seconds of this process and of the children it has waited for."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


@dataclass
class Run:
    """One timed run of one measure."""

    seconds: float
    cpu_seconds: float
    peak_rss: int
    events: int = 0


def timed(work: Callable[[], int]) -> Run:
    """Run ``work`` (which returns an event count) under the clocks and the memory sampler."""
    with PeakMemory() as memory:
        cpu, wall = _cpu_seconds(), time.perf_counter()
        events = work()
        wall, cpu = time.perf_counter() - wall, _cpu_seconds() - cpu
    return Run(wall, cpu, memory.peak, events)


# -- the measures ---------------------------------------------------------------------------


@dataclass
class Counts:
    sentences: int = 0
    words: int = 0  # tokens that are neither punctuation nor white space


def spacy_pass(
    nlp: Language, texts: Sequence[str], batch_size: int, processes: int, counts: Counts
) -> int:
    """Bare ``nlp.pipe`` over ``texts``; counts sentences and words (cheap, vectorised)."""
    sentences = words = 0
    with nlp.memory_zone():
        for doc in nlp.pipe(texts, batch_size=batch_size, n_process=processes):
            sentences += sum(1 for _ in doc.sents)
            flags = doc.to_array([IS_PUNCT, IS_SPACE])
            words += len(doc) - int(flags.any(axis=1).sum()) if len(doc) else 0
    counts.sentences, counts.words = sentences, words
    return 0


def extract_pass(pipeline: Pipeline, documents: Sequence[Document]) -> int:
    """What ``tacitus extract`` does: analyse, then write every event as a JSON line."""

    def events() -> Iterable[dict[str, Any]]:
        for result in pipeline.run(documents):
            if isinstance(result, DocumentResult):
                for event in result.events:
                    yield event.to_dict()

    with open(os.devnull, "w", encoding="utf-8") as sink:
        return write_jsonl(events(), sink)


def ingest_pass(pipeline: Pipeline, documents: Sequence[Document]) -> int:
    """What ``tacitus ingest`` does, into a fresh store in a temporary directory."""
    from .ingest import ingest
    from .store import open_store

    with tempfile.TemporaryDirectory(prefix="tacitus-bench-") as tmp:
        with open_store(Path(tmp) / "bench.duckdb") as store:
            stats = ingest(store, documents, pipeline)
        return stats.events


def load_all_components(model: str) -> Language:
    """The model as shipped, with every component enabled (``senter`` included)."""
    nlp = load_model(model, compiled_rules=False, paragraphs=False, lemmas=False)
    for name in nlp.disabled:
        nlp.enable_pipe(name)
    return nlp


# -- the run --------------------------------------------------------------------------------


@dataclass
class Measure:
    name: str
    description: str
    components: list[str]
    runs: list[Run] = field(default_factory=list)

    @property
    def best(self) -> Run:
        return min(self.runs, key=lambda r: r.seconds)

    @property
    def best_cpu(self) -> float:
        return min(r.cpu_seconds for r in self.runs)

    @property
    def peak_rss(self) -> int:
        return max(r.peak_rss for r in self.runs)


@dataclass
class BenchReport:
    """Figures of one ``tacitus bench`` run; ``to_dict()`` is the JSON output."""

    documents: int
    characters: int
    corpus: str
    options: Options
    repeats: int
    counts: Counts
    measures: list[Measure]
    machine: dict[str, Any]

    def measure(self, name: str) -> Measure | None:
        return next((m for m in self.measures if m.name == name), None)

    def ratio(self, name: str, cpu: bool = False) -> float | None:
        """Throughput of ``name`` over bare spaCy's (1.0: as fast as the parse alone)."""
        base, other = self.measure("spacy"), self.measure(name)
        if base is None or other is None:
            return None
        if cpu:
            return base.best_cpu / other.best_cpu if other.best_cpu > 0 else None
        return base.best.seconds / other.best.seconds if other.best.seconds > 0 else None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "tacitus_version": __version__,
            "corpus": self.corpus,
            "documents": self.documents,
            "characters": self.characters,
            "sentences": self.counts.sentences,
            "words": self.counts.words,
            "options": self.options.to_dict(),
            "repeats": self.repeats,
            "machine": self.machine,
            "measures": {},
        }
        for m in self.measures:
            best = m.best
            out["measures"][m.name] = {
                "description": m.description,
                "components": m.components,
                "seconds": round(best.seconds, 3),
                "cpu_seconds": round(m.best_cpu, 3),
                "sentences_per_s": round(self.counts.sentences / best.seconds, 1),
                "words_per_s": round(self.counts.words / best.seconds, 1),
                "ratio_to_spacy": _round(self.ratio(m.name)),
                "cpu_ratio_to_spacy": _round(self.ratio(m.name, cpu=True)),
                "peak_rss_mib": round(m.peak_rss / 2**20, 1),
                "events": best.events,
                "runs_seconds": [round(r.seconds, 3) for r in m.runs],
            }
        return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def machine_info() -> dict[str, Any]:
    """What the figures were taken on."""
    model = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": model,
        "cores": os.cpu_count(),
        "memory_gib": round(psutil.virtual_memory().total / 2**30, 1),
        "load_average": [round(x, 2) for x in os.getloadavg()],
        "python": platform.python_version(),
        "spacy": metadata.version("spacy"),
    }


def run_bench(
    documents: Sequence[Document],
    options: Options | None = None,
    repeats: int = 3,
    measures: Sequence[str] = MEASURES,
    corpus: str = "sample corpus",
    progress: Callable[[str], None] | None = None,
) -> BenchReport:
    """Measure ``measures`` on ``documents``, alternating runs; the fastest of each counts."""
    options = options or Options()
    if repeats < 1:
        raise ConfigError(f"--repeats must be >= 1 (got {repeats})")
    unknown = [m for m in measures if m not in MEASURES]
    if unknown:
        raise ConfigError(f"unknown measure {unknown[0]!r} (known: {', '.join(MEASURES)})")
    say = progress or (lambda _message: None)
    machine = machine_info()
    pipeline = Pipeline(options)
    nlp = pipeline.analyzer.nlp
    counts = Counts()
    jobs = _jobs(pipeline, measures, counts)
    if "spacy_tacitus" not in measures:  # counted on a pass of Tacitus' own parse
        spacy_pass(nlp, [d.text for d in documents], options.batch_size, 1, counts)
    results = {name: Measure(name, DESCRIPTIONS[name], components) for name, (_, components)
               in jobs.items()}  # fmt: skip
    for name, (job, _) in jobs.items():
        say(f"warming up: {name}")
        job(documents[:WARMUP_DOCS])
    for repeat in range(1, repeats + 1):
        for name, (job, _) in jobs.items():
            say(f"run {repeat}/{repeats}: {name}")
            results[name].runs.append(timed(partial(job, documents)))
    machine["model"] = model_description(nlp)
    return BenchReport(
        documents=len(documents),
        characters=sum(len(d.text) for d in documents),
        corpus=corpus,
        options=options,
        repeats=repeats,
        counts=counts,
        measures=list(results.values()),
        machine=machine,
    )


Job = Callable[[Sequence[Document]], int]


def _jobs(
    pipeline: Pipeline, measures: Sequence[str], counts: Counts
) -> dict[str, tuple[Job, list[str]]]:
    """The measures to run, in order, each with the spaCy components it runs (spaCy passes
    leave the corpus' sentence and word counts in ``counts``)."""
    options = pipeline.options
    nlp = pipeline.analyzer.nlp
    jobs: dict[str, tuple[Job, list[str]]] = {}
    for name in MEASURES:
        if name not in measures:
            continue
        if name in ("spacy", "spacy_tacitus", "spacy_all"):
            if name == "spacy":
                model = load_model(
                    options.model, compiled_rules=False, paragraphs=False, lemmas=False
                )
            else:
                model = nlp if name == "spacy_tacitus" else load_all_components(options.model)
            # the corpus' sentences and words are those of the parse Tacitus runs (a blank line
            # ends a sentence there, not in spaCy as shipped): the other passes count aside
            counted = counts if name == "spacy_tacitus" else Counts()
            job: Job = partial(_spacy_job, model, options.batch_size, options.processes, counted)
            jobs[name] = (job, list(model.pipe_names))
        elif name == "extract":
            jobs[name] = (partial(extract_pass, pipeline), list(nlp.pipe_names))
        else:
            jobs[name] = (partial(ingest_pass, pipeline), list(nlp.pipe_names))
    return jobs


def _spacy_job(
    nlp: Language, batch_size: int, processes: int, counts: Counts, docs: Sequence[Document]
) -> int:
    return spacy_pass(nlp, [d.text for d in docs], batch_size, processes, counts)
