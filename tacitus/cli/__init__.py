"""The ``tacitus`` command: a thin shell over :mod:`tacitus.pipeline` and friends.

One module per command (group) in this package; each registers itself on :func:`main`.

Exit codes: 0 everything worked; 1 some inputs could not be read (the rest were processed);
2 a usage or configuration error (nothing was processed).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

import click

from .. import __version__
from ..errors import ConfigError, TacitusError
from ..pipeline import Options, Pipeline
from ..records import DocumentResult, InputError

F = TypeVar("F", bound=Callable[..., Any])


class Abort(click.ClickException):
    """A usage or configuration error: ``Error: message (hint)`` on stderr, exit code 2."""

    exit_code = 2

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message + (f" ({hint})" if hint else ""))

    def show(self, file: Any = None) -> None:
        click.echo(f"Error: {self.format_message()}", err=True)


def pipeline_options(func: F) -> F:
    options = [
        click.option("--model", default="en_core_web_sm", show_default=True,
                     help="spaCy pipeline (package name or path)."),
        click.option("--processes", "-p", type=click.IntRange(min=1), default=1, show_default=True,
                     help="Worker processes for the NLP."),
        click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True,
                     help="Documents per batch."),
        click.option("--actors", "actor_files", multiple=True, type=click.Path(dir_okay=False),
                     help="Extra actor dictionary (YAML/JSON, docs/actors.md); repeatable."),
        click.option("--as-of", "as_of", metavar="YYYY-MM-DD",
                     help="Date whose office holders undated documents get (default: the day "
                          "they are analysed; each actor's reason says which)."),
    ]  # fmt: skip
    for option in reversed(options):
        func = option(func)
    return func


def make_options(
    model: str,
    processes: int,
    batch_size: int,
    actor_files: tuple[str, ...],
    as_of: str | None = None,
) -> Options:
    try:
        return Options(
            model=model, processes=processes, batch_size=batch_size, actors=actor_files,
            as_of=as_of,
        )  # fmt: skip
    except ConfigError as exc:
        raise Abort(str(exc), exc.hint) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="tacitus")
def main() -> None:
    """Tacitus: who did what to whom, who said so, and how each outlet told it.

    Reads news (text, HTML, JSON lines, directories, - for stdin) and writes PLOVER-coded
    events between resolved actors, each with its evidence sentence and reason.
    """


def guarded(
    results: Iterator[DocumentResult | InputError],
) -> Iterator[DocumentResult | InputError]:
    """Turn configuration errors raised while streaming into clean CLI errors."""
    try:
        yield from results
    except TacitusError as exc:
        raise Abort(str(exc), exc.hint) from exc


def run_stateless(
    pipeline: Pipeline,
    inputs: Sequence[str],
    pick: Callable[[DocumentResult], Iterable[dict[str, Any]]],
    write: Callable[[Iterator[dict[str, Any]]], object],
    noun: str,
    quiet: bool,
) -> None:
    """The loop every stateless command shares: read, analyse, report each unreadable input
    on stderr, write the picked records, print a summary, exit 1 if any input failed."""
    stats = {"documents": 0, noun: 0, "failed": 0}
    started = time.perf_counter()

    def records() -> Iterator[dict[str, Any]]:
        for result in guarded(pipeline.run(pipeline.read(inputs))):
            if isinstance(result, InputError):
                stats["failed"] += 1
                click.echo(f"error: {result.source}: {result.reason}", err=True)
                continue
            stats["documents"] += 1
            for record in pick(result):
                stats[noun] += 1
                yield record

    write(records())
    if not quiet:
        seconds = time.perf_counter() - started
        click.echo(
            f"tacitus: {stats['documents']} documents, {stats[noun]} {noun}, "
            f"{stats['failed']} failed ({seconds:.1f}s)",
            err=True,
        )
    if stats["failed"]:
        sys.exit(1)


# command modules register themselves on `main` when imported
from . import batch, bench, evaluate, extract, quotes, serve, store, stories  # noqa: E402, F401
