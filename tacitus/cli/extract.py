"""``tacitus extract``: events of inputs on stdout, stateless."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import click

from ..events.explain import explain as explain_result
from ..output import EVENT_COLUMNS, FORMATS, TABLE_COLUMNS, event_table_row
from ..pipeline import Pipeline
from ..places.filters import LocationFilter
from ..records import DocumentResult
from .base import emit, main, run_stateless
from .options import make_options, pipeline_options


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
@click.option(
    "--location-country",
    metavar="ISO3",
    help="Only events located in this country (ISO 3166-1 alpha-3, e.g. SYR).",
)
@click.option(
    "--near", metavar="LAT,LON,KM", help="Only events located within KM kilometres of LAT,LON."
)
@click.option(
    "--keep-partial",
    is_flag=True,
    help='Also write events with no side resolved to an actor, marked "partial": true.',
)
@click.option(
    "--explain",
    is_flag=True,
    help="Instead of the events, print per sentence every candidate event considered: "
    "emitted, partial, or dropped with the rule that dropped it.",
)
@click.option(
    "--implied-strikers",
    is_flag=True,
    help='Give a strike that names no doer ("Near Mosul, five strikes engaged ...") the '
    "doer of the strike report before it in the document.",
)
@pipeline_options
def extract(inputs: tuple[str, ...], fmt: str, quiet: bool, location_country: str | None,
            near: str | None, keep_partial: bool, explain: bool, implied_strikers: bool,
            model: str, processes: int, batch_size: int, actor_files: tuple[str, ...],
            as_of: str | None) -> None:  # fmt: skip
    """Extract events from INPUTS (files, directories, - for stdin) to stdout.

    Stateless: nothing is stored. Unreadable inputs are reported on stderr with the reason,
    the others are processed, and the exit code is 1.
    """
    where = LocationFilter.parse(location_country, near)
    options = make_options(model, processes, batch_size, actor_files, as_of)
    pipeline = Pipeline(
        replace(
            options, keep_partial=keep_partial, explain=explain, implied_strikers=implied_strikers
        )
    )

    def pick(result: DocumentResult) -> Iterator[dict[str, Any]]:
        if explain:
            return iter([{"explanation": explain_result(result)}])
        return (e.to_dict() for e in result.events if where(e.location))

    def write(records: Iterator[dict[str, Any]]) -> None:
        if explain:
            for record in records:
                sys.stdout.write(record["explanation"])
        else:
            emit(records, fmt, EVENT_COLUMNS, TABLE_COLUMNS, event_table_row)

    run_stateless(
        pipeline, inputs, pick, write, "explained documents" if explain else "events", quiet
    )
