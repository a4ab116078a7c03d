"""Options more than one command takes, each declared once here.

``model_option``, ``processes_option``, ``batch_size_option``, ``actors_option`` and
``as_of_option`` make one option each (a command may word its help for its own case: ``tacitus
batch`` says the model must be installed on every worker); :func:`pipeline_options` is the five
together, as the commands that run the pipeline in this process take them. ``db_option`` and ``format_option``
are the store and output options of the query commands.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol, TypeVar

import click

from ..nlp import DEFAULT_MODEL
from ..output import FORMATS
from ..pipeline import Options
from ..store import DEFAULT_PATH

F = TypeVar("F", bound=Callable[..., Any])


class Decorator(Protocol):
    def __call__(self, func: F, /) -> F: ...


def model_option(help: str = "spaCy pipeline (package name or path).") -> Decorator:
    return click.option("--model", default=DEFAULT_MODEL, show_default=True, help=help)


def processes_option(help: str = "Worker processes for the NLP.") -> Decorator:
    return click.option(
        "--processes", "-p", type=click.IntRange(min=1), default=1, show_default=True, help=help
    )


def batch_size_option(help: str = "Documents per batch.") -> Decorator:
    return click.option(
        "--batch-size", type=click.IntRange(min=1), default=32, show_default=True, help=help
    )


def actors_option(
    help: str = "Extra actor dictionary (YAML/JSON, docs/actors.md); repeatable.",
) -> Decorator:
    return click.option(
        "--actors", "actor_files", multiple=True, type=click.Path(dir_okay=False), help=help
    )


def as_of_option(
    help: str = "Date whose office holders undated documents get (default: the day they are "
    "analysed; each actor's reason says which).",
) -> Decorator:
    return click.option("--as-of", "as_of", metavar="YYYY-MM-DD", help=help)


def pipeline_options(func: F) -> F:
    """--model, --processes, --batch-size, --actors and --as-of."""
    for option in (
        as_of_option(), actors_option(), batch_size_option(), processes_option(), model_option()
    ):  # fmt: skip
        func = option(func)
    return func


def make_options(
    model: str,
    processes: int,
    batch_size: int,
    actor_files: tuple[str, ...],
    as_of: str | None = None,
) -> Options:
    """The pipeline's options from the command line's (a bad value is a ConfigError)."""
    return Options(
        model=model, processes=processes, batch_size=batch_size, actors=actor_files, as_of=as_of
    )


db_option = click.option(
    "--db",
    default=DEFAULT_PATH,
    show_default=True,
    envvar="TACITUS_DB",
    type=click.Path(),
    help="The store (a DuckDB file; or, to read, a Parquet dataset that `tacitus export "
    "--format dataset` wrote: a directory or a URL DuckDB reads); also $TACITUS_DB.",
)

format_option = click.option(
    "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
    help="Output format.",
)  # fmt: skip
