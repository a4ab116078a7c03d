"""The ``tacitus`` command: a thin shell over :mod:`tacitus.pipeline` and friends.

Exit codes: 0 everything worked; 1 some inputs could not be read (the rest were processed);
2 a usage or configuration error (nothing was processed).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

import click

from . import __version__
from .errors import ConfigError, TacitusError
from .output import (
    EVENT_COLUMNS,
    FORMATS,
    TABLE_COLUMNS,
    event_table_row,
    write_csv,
    write_jsonl,
    write_table,
)
from .pipeline import Options, Pipeline
from .records import DocumentResult, InputError

F = TypeVar("F", bound=Callable[..., Any])


class Abort(click.ClickException):
    """An error already explained to the user: print it and exit with ``code``."""

    def __init__(self, message: str, code: int = 2, hint: str | None = None) -> None:
        super().__init__(message + (f" ({hint})" if hint else ""))
        self.exit_code = code

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
    ]  # fmt: skip
    for option in reversed(options):
        func = option(func)
    return func


def make_options(
    model: str, processes: int, batch_size: int, actor_files: tuple[str, ...]
) -> Options:
    try:
        return Options(model=model, processes=processes, batch_size=batch_size, actors=actor_files)
    except ConfigError as exc:
        raise Abort(str(exc), 2, exc.hint) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="tacitus")
def main() -> None:
    """Tacitus: who did what to whom, who said so, and how each outlet told it.

    Reads news (text, HTML, JSON lines, directories, - for stdin) and writes PLOVER-coded
    events between resolved actors, each with its evidence sentence and reason.
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default="jsonl",
    show_default=True,
    help="Output format.",
)
@click.option("--quiet", "-q", is_flag=True, help="No summary on stderr.")
@pipeline_options
def extract(inputs: tuple[str, ...], fmt: str, quiet: bool, model: str, processes: int,
            batch_size: int, actor_files: tuple[str, ...]) -> None:  # fmt: skip
    """Extract events from INPUTS (files, directories, - for stdin) to stdout.

    Stateless: nothing is stored. Unreadable inputs are reported on stderr with the reason,
    the others are processed, and the exit code is 1.
    """
    pipeline = Pipeline(make_options(model, processes, batch_size, actor_files))
    stats = {"documents": 0, "events": 0, "failed": 0}
    started = time.perf_counter()

    def events() -> Iterator[dict[str, Any]]:
        for result in guarded(pipeline.run(pipeline.read(inputs))):
            if isinstance(result, InputError):
                stats["failed"] += 1
                click.echo(f"error: {result.source}: {result.reason}", err=True)
                continue
            stats["documents"] += 1
            for event in result.events:
                stats["events"] += 1
                yield event.to_dict()

    out = click.get_text_stream("stdout")
    if fmt == "jsonl":
        write_jsonl(events(), out)
    elif fmt == "csv":
        write_csv(events(), out, EVENT_COLUMNS)
    else:
        write_table((event_table_row(e) for e in events()), out, TABLE_COLUMNS)
    if not quiet:
        seconds = time.perf_counter() - started
        click.echo(
            f"tacitus: {stats['documents']} documents, {stats['events']} events, "
            f"{stats['failed']} failed ({seconds:.1f}s)",
            err=True,
        )
    if stats["failed"]:
        sys.exit(1)


def guarded(
    results: Iterator[DocumentResult | InputError],
) -> Iterator[DocumentResult | InputError]:
    """Turn configuration errors raised while streaming into clean CLI errors."""
    try:
        yield from results
    except TacitusError as exc:
        raise Abort(str(exc), 2, exc.hint) from exc


@main.command("eval")
@click.argument("dataset", type=click.Choice(["plover_gsr", "re3d", "seeds"]))
@click.argument("path", type=click.Path(exists=True))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option(
    "--errors",
    "show_errors",
    type=int,
    default=0,
    help="Also print up to N misses, to see where the coder fails.",
)
@pipeline_options
def evaluate(dataset: str, path: str, fmt: str, show_errors: int, model: str, processes: int,
             batch_size: int, actor_files: tuple[str, ...]) -> None:  # fmt: skip
    """Score Tacitus on a gold set: plover_gsr, re3d, or the reference seeds.

    PATH is the dataset's JSON-lines file (or the seeds.jsonl file).
    """
    from .evaluate import run_eval

    pipeline = Pipeline(make_options(model, processes, batch_size, actor_files))
    try:
        report = run_eval(dataset, path, pipeline, show_errors=show_errors)
    except TacitusError as exc:
        raise Abort(str(exc), 2, exc.hint) from exc
    click.echo(report.render(fmt))


if __name__ == "__main__":  # pragma: no cover
    main()
