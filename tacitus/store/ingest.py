"""Ingest: documents in, analysed, written to the store batch by batch.

Documents already stored with the same content hash are skipped before the NLP (a re-run costs
a lookup per document). The rest go through :meth:`Pipeline.run`; every ``batch_size``
analysed documents are committed in one transaction. Interrupting a run (Ctrl-C, a kill) loses
at most the batch being written; running the same ingest again skips what was committed and
ends with the same store as an uninterrupted run.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from typing import TYPE_CHECKING, Protocol

from ..errors import StoreError
from ..records import Document, DocumentResult, InputError

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from .database import Store
    from .writer import BatchCounts


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
    pipeline: Pipeline,
    inputs: Iterable[str] = (),
    monitor: IngestMonitor | None = None,
) -> IngestStats:
    """Analyse and store ``items``; the run is recorded in the ``runs`` table."""
    watch: IngestMonitor = monitor or _Silent()
    stats = IngestStats()
    run_id = store.start_run(pipeline.options.to_dict(), [str(i) for i in inputs])
    try:
        pending: list[DocumentResult] = []
        fresh = _fresh(store, items, stats, watch, pipeline.options.batch_size)
        for result in pipeline.run(fresh):
            if isinstance(result, InputError):
                stats.failed += 1
                watch.failed(result)
                continue
            watch.analysed(result)
            pending.append(result)
            if len(pending) >= pipeline.options.batch_size:
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
    stats.add(store.write(pending))
    from ..stories import update_stories  # cross-document step; imported late: it uses the store

    update_stories(store)  # place the batch's documents in stories, merge their events
    watch.committed(stats)


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
