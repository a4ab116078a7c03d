"""Ingest: documents in, analysed, written to the store batch by batch, placed in stories.

This module sits above the store and the stories: the store only stores, the stories only
group what is stored, and ingest drives both. What to analyse with is a plain callable from
documents to results (:data:`Analyse`): a live :class:`~tacitus.pipeline.Pipeline`'s ``run``,
or the results that ``tacitus batch`` recorded (:class:`Recorded`, :func:`ingest_recorded`).

Documents already stored with the same content hash are skipped before the analysis (a re-run
costs a lookup per document). Every ``batch_size`` analysed documents are written and placed in
stories in one transaction: readers, and a process killed at any point, see a batch with its
stories or nothing of it. A kill loses at most the batch being written; Ctrl-C while a batch
is written waits until it is committed, then stops the run. Running the same ingest again
skips what was committed and ends with the same store as an uninterrupted run, stories
included. A run first places any stored document that has no
story yet (written by ``Store.write``, or by a Tacitus that committed stories separately and
was killed in between).

>>> from tacitus import Pipeline, open_store                # doctest: +SKIP
>>> from tacitus.ingest import ingest                       # doctest: +SKIP
>>> pipeline = Pipeline()                                   # doctest: +SKIP
>>> with open_store("tacitus.duckdb") as store:             # doctest: +SKIP
...     stats = ingest(store, pipeline.read(["articles/"]), pipeline)
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Protocol

from .errors import StoreError
from .pipeline import Pipeline
from .records import Document, DocumentResult, InputError
from .store import Store
from .store.batch_output import read_manifest, read_output
from .store.writer import BatchCounts, write_batch
from .stories import update_stories
from .stories.assign import forget_index, has_pending, place_pending
from .stories.features import of_result

Analyse = Callable[[Iterable[Document | InputError]], Iterable[DocumentResult | InputError]]
"""Documents in, their results out, in the same order; input errors pass through in place."""


@dataclass
class IngestStats:
    """Counts of one ingest run."""

    new: int = 0
    unchanged: int = 0
    changed: int = 0
    failed: int = 0
    events: int = 0
    actors: int = 0  # actors first seen in this run
    batches: int = 0

    @property
    def documents(self) -> int:
        return self.new + self.unchanged + self.changed + self.failed

    def add(self, counts: BatchCounts) -> None:
        self.new += counts.new
        self.changed += counts.changed
        self.unchanged += counts.unchanged
        self.events += counts.events
        self.actors += counts.actors
        self.batches += 1

    def to_dict(self) -> dict[str, int]:
        return asdict(self)


class IngestMonitor(Protocol):
    """What an ingest reports as it goes (a progress bar, a log, nothing)."""

    def skipped(self, document: Document) -> None: ...  # unchanged, not analysed again

    def analysed(self, result: DocumentResult) -> None: ...

    def failed(self, error: InputError) -> None: ...

    def committed(self, stats: IngestStats) -> None: ...


class _Silent:
    def skipped(self, document: Document) -> None:
        pass

    def analysed(self, result: DocumentResult) -> None:
        pass

    def failed(self, error: InputError) -> None:
        pass

    def committed(self, stats: IngestStats) -> None:
        pass


def ingest(
    store: Store,
    items: Iterable[Document | InputError],
    analyse: Pipeline | Analyse,
    inputs: Iterable[str] = (),
    monitor: IngestMonitor | None = None,
    *,
    batch_size: int = 32,
    config: Mapping[str, Any] | None = None,
) -> IngestStats:
    """Analyse and store ``items``; the run is recorded in the ``runs`` table.

    ``analyse`` is a :class:`Pipeline` (its ``run``, its batch size and its options, recorded
    as the run's configuration) or any :data:`Analyse` callable, committed every
    ``batch_size`` documents and recorded with ``config``.
    """
    if isinstance(analyse, Pipeline):
        batch_size, config = analyse.options.batch_size, analyse.options.to_dict()
        analyse = analyse.run
    watch: IngestMonitor = monitor or _Silent()
    stats = IngestStats()
    run_id = store.start_run(dict(config or {}), [str(i) for i in inputs])
    try:
        if has_pending(store):  # unfinished work of an earlier run: finish it first
            update_stories(store)
        pending: list[DocumentResult] = []
        for result in analyse(_fresh(store, items, stats, watch, batch_size)):
            if isinstance(result, InputError):
                stats.failed += 1
                watch.failed(result)
                continue
            watch.analysed(result)
            pending.append(result)
            if len(pending) >= batch_size:
                _commit(store, pending, stats, watch)
                pending = []
        if pending:
            _commit(store, pending, stats, watch)
    except BaseException as exc:
        status = "interrupted" if isinstance(exc, KeyboardInterrupt) else "failed"
        with contextlib.suppress(StoreError):  # keep the original error
            store.finish_run(run_id, stats.to_dict(), status)
        raise
    store.finish_run(run_id, stats.to_dict(), "completed")
    return stats


def _commit(
    store: Store, pending: list[DocumentResult], stats: IngestStats, watch: IngestMonitor
) -> None:
    """Write a batch and place its documents in stories (merging their events), together.
    A Ctrl-C meanwhile waits until the batch is committed (:func:`_interrupts_held`)."""
    with _interrupts_held():
        try:
            with store.transaction() as con:
                counts = write_batch(con, pending)
                terms = {r.document.doc_id: of_result(r) for r in pending}
                place_pending(store, con, terms=terms)
        except BaseException:
            forget_index(store)  # rolled back: the story index in memory went ahead of the tables
            raise
        stats.add(counts)
        watch.committed(stats)


@contextlib.contextmanager
def _interrupts_held() -> Iterator[None]:
    """SIGINT (Ctrl-C) inside is held and delivered when the block ends: a batch being written
    is committed whole, then the run stops as interrupted (rolling it back lost a whole batch
    of analysis, and an interrupt inside DuckDB's work surfaced as a DuckDB error); a second
    Ctrl-C stops at once (the transaction is rolled back). Only in the main thread, which is where Python runs signal handlers (the API writes in others)."""
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is not threading.main_thread() or previous is None:
        yield  # None: a handler set outside Python, which could not be put back
        return
    caught: list[int] = []

    def held(signum: int, frame: object) -> None:
        caught.append(signum)
        if len(caught) > 1:  # a second Ctrl-C: the user insists (a commit that hangs)
            signal.signal(signal.SIGINT, previous)
            raise KeyboardInterrupt

    signal.signal(signal.SIGINT, held)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:  # the block ended well (an error is raised as it is, not hidden by this)
        signal.raise_signal(signal.SIGINT)  # the handler that was there acts on it now


def _fresh(
    store: Store,
    items: Iterable[Document | InputError],
    stats: IngestStats,
    watch: IngestMonitor,
    chunk: int = 64,
) -> Iterator[Document | InputError]:
    """The items that need analysing: errors pass, stored unchanged documents are skipped.

    Stored hashes are looked up ``chunk`` items at a time (one query each). A document seen
    earlier in this run with the same hash is skipped too (it may still sit in the uncommitted
    batch); one seen with another hash goes through (the later one wins).
    """
    seen: dict[str, str] = {}
    pending: list[Document | InputError] = []
    for item in items:
        pending.append(item)
        if len(pending) >= chunk:
            yield from _unchanged_out(store, pending, seen, stats, watch)
            pending = []
    yield from _unchanged_out(store, pending, seen, stats, watch)


def _unchanged_out(
    store: Store,
    items: list[Document | InputError],
    seen: dict[str, str],
    stats: IngestStats,
    watch: IngestMonitor,
) -> Iterator[Document | InputError]:
    stored = store.content_hashes([i.doc_id for i in items if isinstance(i, Document)])
    for item in items:
        if isinstance(item, Document):
            content_hash = item.content_hash
            earlier = seen.get(item.doc_id)
            if content_hash == (earlier or stored.get(item.doc_id)):
                stats.unchanged += 1
                watch.skipped(item)
                continue
            seen[item.doc_id] = content_hash
        yield item


# -- results recorded by `tacitus batch` ---------------------------------------------------------


class Recorded:
    """The results that ``tacitus batch`` output directories hold, as what an ingest analyses
    with: :meth:`items` gives their documents (and the partitions' failures), calling it gives
    back each document's recorded result. Nothing is analysed again; an ingest of them skips
    unchanged documents, batches, commits, records the run and places stories as an ingest of
    the original inputs does.

    ``config`` is the first manifest's recorded configuration (checked when it was used, not
    again here: an ``--actors`` file of the cluster need not exist where the output is loaded);
    ``batch_size`` is the one it recorded. The manifests are read (and checked) at once.
    """

    def __init__(self, paths: Sequence[str | Path]) -> None:
        manifests = [read_manifest(p) for p in paths]
        self.paths = list(paths)
        self.config: dict[str, Any] = dict(manifests[0].get("config") or {})
        self.batch_size = int(self.config.get("batch_size") or 32)
        self._recorded: deque[DocumentResult] = deque()

    def items(self) -> Iterator[Document | InputError]:
        for path in self.paths:
            for item in read_output(path):
                if isinstance(item, InputError):
                    yield item
                else:
                    self._recorded.append(item)
                    yield item.document

    def __call__(
        self, items: Iterable[Document | InputError]
    ) -> Iterator[DocumentResult | InputError]:
        for item in items:
            if isinstance(item, InputError):
                yield item
                continue
            while self._recorded:  # results of documents skipped as unchanged are dropped
                result = self._recorded.popleft()
                if result.document is item:
                    yield result
                    break
            else:
                raise StoreError(f"batch output: no recorded result for document {item.doc_id}")


def ingest_recorded(
    store: Store,
    recorded: Recorded,
    inputs: Iterable[str] = (),
    monitor: IngestMonitor | None = None,
) -> IngestStats:
    """Load batch outputs into ``store`` (see :class:`Recorded`)."""
    return ingest(
        store,
        recorded.items(),
        recorded,
        inputs,
        monitor,
        batch_size=recorded.batch_size,
        config=recorded.config,
    )
