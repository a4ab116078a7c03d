"""What every command module shares: the ``tacitus`` group (:func:`main`, where errors are
translated once), :class:`Abort`, :func:`emit` (rows as jsonl, csv or a table) and the loop of
the stateless commands (:func:`run_stateless`).

Exit codes: 0 everything worked; 1 some inputs could not be read (the rest were processed);
2 a usage or configuration error (nothing was processed); 3 an internal error, a bug in
Tacitus (``Error: internal error (...)``; a store keeps every batch committed before it);
130 interrupted (Ctrl-C).
"""

from __future__ import annotations

import os
import select
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from typing import Any

import click

from ..errors import TacitusError
from ..output import write_csv, write_jsonl, write_table
from ..pipeline import Pipeline
from ..records import DocumentResult, InputError
from ..version import __version__


class Abort(click.ClickException):
    """A usage or configuration error: ``Error: message (hint)`` on stderr, exit code 2."""

    exit_code = 2

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message + (f" ({hint})" if hint else ""))

    def show(self, file: Any = None) -> None:
        click.echo(f"Error: {self.format_message()}", err=True)


class TacitusGroup(click.Group):
    """The ``tacitus`` group: the one place Tacitus' errors are translated for the command
    line. A :class:`~tacitus.errors.TacitusError` that a command lets through (while it sets
    up, or while results stream) is printed as ``Error: message (hint)`` and exits with 2;
    commands catch only what they answer otherwise (a failed input is a line and exit 1)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except TacitusError as exc:
            raise Abort(str(exc), exc.hint) from exc
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except BrokenPipeError as exc:
            if not _stdout_gone():  # another pipe (a worker's): a failure, not the reader
                raise Crash(exc) from exc
            _silence_stdout()  # the reader of stdout went away (| head): not an error
            raise click.exceptions.Exit(0) from None
        except Exception as exc:  # a bug: never exit 1, which says "some inputs failed"
            if not _while_interrupted(exc):
                raise Crash(exc) from exc
            click.echo("tacitus: interrupted", err=True)  # a clean-up that failed on Ctrl-C
            raise click.exceptions.Exit(130) from None
        except KeyboardInterrupt:  # click's own answer is "Aborted!" and exit 1
            click.echo("tacitus: interrupted", err=True)
            raise click.exceptions.Exit(130) from None


def _stdout_gone() -> bool:
    """Whether stdout is a pipe whose reading end is closed (poll says POLLERR). Where that
    cannot be asked (no file descriptor, no poll), a broken pipe is taken to be stdout's."""
    try:
        poller = select.poll()
        poller.register(sys.stdout.fileno(), select.POLLOUT)
        return any(events & select.POLLERR for _, events in poller.poll(0))
    except (AttributeError, OSError, ValueError):
        return True


def _silence_stdout() -> None:
    """What is left in stdout's buffer goes nowhere (Python's advice for EPIPE: the file
    descriptor onto devnull, so the flush at exit does not fail again)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (AttributeError, OSError, ValueError):
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - not a real file: replace it


def _while_interrupted(exc: BaseException) -> bool:
    """Whether ``exc`` was raised while a Ctrl-C unwound the stack (a KeyboardInterrupt in its
    context chain): a clean-up interrupted half-way, not a bug of its own."""
    seen: set[int] = set()
    at: BaseException | None = exc
    while at is not None and id(at) not in seen:
        if isinstance(at, KeyboardInterrupt):
            return True
        seen.add(id(at))
        at = at.__cause__ or at.__context__
    return False


class Crash(click.ClickException):
    """An error Tacitus did not expect (a bug): one line on stderr, exit code 3. The whole
    traceback goes to a report file named in that line (what a bug report needs); with
    ``TACITUS_TRACEBACK=1`` it is printed on stderr as well."""

    exit_code = 3

    def __init__(self, exc: BaseException) -> None:
        text = " ".join(str(exc).split())[:300]
        self.trace = "".join(traceback.format_exception(exc))
        report = _write_report(self.trace)
        where = f" (traceback: {report})" if report else ""
        super().__init__(
            f"internal error ({type(exc).__name__}: {text}); this is a bug in Tacitus, please "
            f"report it with the command that gave it{where}"
        )

    def show(self, file: Any = None) -> None:
        if os.environ.get("TACITUS_TRACEBACK") == "1":
            click.echo(self.trace.rstrip(), err=True)
        click.echo(f"Error: {self.format_message()}", err=True)


def _write_report(trace: str) -> str | None:
    """The traceback in a new file of the temporary directory (its path), or None where it
    cannot be written (the error line still says what failed)."""
    try:
        handle, path = tempfile.mkstemp(prefix="tacitus-crash-", suffix=".txt")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(f"tacitus {__version__}\n{' '.join(sys.argv)}\n\n{trace}")
    except OSError:
        return None
    return path


@click.group(
    cls=TacitusGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
)
@click.version_option(__version__, prog_name="tacitus")
def main() -> None:
    """Tacitus: who did what to whom, who said so, and how each outlet told it.

    Reads news (text, HTML, JSON lines, directories, - for stdin) and writes PLOVER-coded
    events between resolved actors, each with its evidence sentence and reason.
    """


def emit(
    rows: Iterable[Mapping[str, Any]],
    fmt: str,
    columns: Sequence[str],
    table_columns: Sequence[str] | None = None,
    table_row: Callable[[Mapping[str, Any]], Mapping[str, Any]] | None = None,
) -> None:
    """Rows on stdout as JSON lines, CSV (``columns``) or a table (``table_columns``, each
    row through ``table_row`` first; by default the CSV's columns and the row as it is)."""
    if fmt == "jsonl":
        write_jsonl(rows, sys.stdout)
    elif fmt == "csv":
        write_csv(rows, sys.stdout, columns)
    else:
        shown = rows if table_row is None else (table_row(r) for r in rows)
        write_table(shown, sys.stdout, table_columns or columns)


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
        for result in pipeline.run(pipeline.read(inputs)):
            if isinstance(result, InputError):
                stats["failed"] += 1
                click.echo(f"error: {result.source}: {result.reason}", err=True)
                continue
            stats["documents"] += 1
            for note in result.document.notes:
                where = result.document.source or result.document.doc_id
                click.echo(f"warning: {where}: {note}", err=True)
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
