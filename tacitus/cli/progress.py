"""What ``tacitus ingest`` says on stderr while it works: the model load, a bar (with a total
and an ETA where the inputs' size can be known beforehand), a line per committed batch in logs,
and the closing counts, with unreadable inputs counted apart from documents."""

from __future__ import annotations

import itertools
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import click
from tqdm import tqdm

from ..admission import valid_name
from ..fetch import is_url
from ..ingest import IngestStats
from ..inputs import JSONL_SUFFIXES, file_id, input_files
from ..records import Document, DocumentResult, InputError

Item = Document | InputError

BAR_TOTAL = "{percentage:3.0f}% {n_fmt}/{total_fmt} documents [{elapsed}<{remaining}{postfix}]"
BAR_OPEN = "{n_fmt} documents [{elapsed}, {rate_fmt}{postfix}]"
FEED_SUFFIXES = {".rss", ".atom", ".xml"}
COUNT_LINES_UP_TO = 256 * 2**20  # bytes of one JSON-lines file counted for the total


class _TooBig(Exception):
    """An input too big to count beforehand."""


def planned_items(inputs: Sequence[str]) -> int | None:
    """How many documents and errors local INPUTS will give (a file one, a JSON-lines file one
    per non-blank line, an unreadable path one), or None where that cannot be known beforehand
    (stdin, URLs, feeds) or would cost a read of its own (a JSON-lines file over 256 MiB)."""
    total = 0
    try:
        for name in inputs:
            if name == "-" or is_url(name) or Path(name).suffix.lower() in FEED_SUFFIXES:
                return None
            for found in input_files(name):
                total += 1 if isinstance(found, InputError) else _items_in(found[0])
    except (_TooBig, OSError):  # too big to count, or gone while counted: no total
        return None
    return total


def _items_in(path: Path) -> int:
    if path.suffix.lower() not in JSONL_SUFFIXES:
        return 1
    try:
        if path.stat().st_size > COUNT_LINES_UP_TO:
            raise _TooBig  # counting its lines would cost a read of its own: no total
        with path.open("rb") as handle:
            return max(1, sum(1 for line in handle if line.strip()))
    except OSError:
        return 1  # the reader reports it


def error_line(error: InputError) -> str:
    """``error: SOURCE: reason``, the line every unreadable input gets on stderr."""
    return f"error: {error.source}: {error.reason}"


def first_document(items: Iterable[Item]) -> tuple[list[InputError], Iterator[Item] | None]:
    """The errors before the first readable document, and all the items again from the start
    (None when no input gave a document: then nothing needs a store)."""
    errors: list[InputError] = []
    rest = iter(items)
    for item in rest:
        if isinstance(item, InputError):
            errors.append(item)
        else:
            return errors, itertools.chain(errors, [item], rest)
    return errors, None


class Progress:
    """Progress on stderr: a live bar on a terminal, a line per committed batch in logs; an
    error of reading whose source is an input argument itself is an unreadable input, not a
    document (a file read whose analysis failed is a failed document)."""

    def __init__(self, style: str, inputs: Sequence[str], total: int | None = None) -> None:
        self.style = style
        self.inputs = len(inputs)
        self._names = {valid_name(i) for i in inputs} | {file_id(i) for i in inputs if i != "-"}
        self.unreadable = 0
        self.started = time.perf_counter()
        self.documents = 0
        self.events = 0
        self.total = total
        self.bar: Any = None

    def _open_bar(self) -> None:
        if self.style == "bar" and self.bar is None:
            self.bar = tqdm(
                total=self.total,
                unit=" documents",
                file=sys.stderr,
                dynamic_ncols=True,
                bar_format=BAR_OPEN if self.total is None else BAR_TOTAL,
            )

    def loading(self, model: str) -> None:
        """Say that the model is loading (several seconds before the first document)."""
        if self.style != "none":
            click.echo(f"tacitus: loading model {model} …", err=True)

    def loaded(self) -> None:
        """The model is ready: rates, the bar and its ETA count from now."""
        self.started = time.perf_counter()
        self._open_bar()

    def _rates(self) -> str:
        seconds = max(time.perf_counter() - self.started, 1e-9)
        return f"{self.documents / seconds:.1f} documents/s, {self.events / seconds:.0f} events/s"

    def _step(self, events: int) -> None:
        self._open_bar()
        self.documents += 1
        self.events += events
        if self.bar is not None:
            seconds = max(time.perf_counter() - self.started, 1e-9)
            self.bar.set_postfix_str(f"{self.events / seconds:.0f} events/s", refresh=False)
            self.bar.update(1)

    def skipped(self, document: Document) -> None:
        self._notes(document)
        self._step(0)

    def analysed(self, result: DocumentResult) -> None:
        self._notes(result.document)
        self._step(len(result.events))

    def failed(self, error: InputError) -> None:
        self.unreadable += error.read and error.source in self._names
        self._step(0)
        self._say(error_line(error))

    def _notes(self, document: Document) -> None:
        """What the reader left out of a stored document (a publication date out of range)."""
        for note in document.notes:
            self._say(f"warning: {document.source or document.doc_id}: {note}")

    def _say(self, message: str) -> None:
        if self.bar is not None:
            self.bar.write(message, file=sys.stderr)
        else:
            click.echo(message, err=True)

    def committed(self, stats: IngestStats) -> None:
        if self.style == "lines":
            click.echo(
                f"tacitus: batch {stats.batches} committed: {self.counts(stats)} ({self._rates()})",
                err=True,
            )

    def counts(self, stats: IngestStats) -> str:
        """'N inputs (K unreadable): M documents (new, unchanged, changed, failed), events'."""
        failed = stats.failed - self.unreadable
        return (
            f"{self.inputs} input{'' if self.inputs == 1 else 's'} ({self.unreadable} unreadable): "
            f"{stats.documents - self.unreadable} documents ({stats.new} new, {stats.unchanged} unchanged, {stats.changed} changed, "
            f"{failed} failed), {stats.events} events, {stats.actors} new actors"
        )

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
