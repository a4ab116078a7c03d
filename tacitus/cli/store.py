"""``tacitus ingest``, the store queries (``events``, ``actors``, ``dyads``, ``documents``) and
``tacitus export``: thin shells over :mod:`tacitus.store`."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar

import click

from ..fetch import FetchPolicy, read_sources
from ..ingest import ingest, ingest_recorded
from ..output import EVENT_COLUMNS, TABLE_COLUMNS, event_table_row
from ..pipeline import Pipeline
from ..places.filters import LocationFilter
from ..records import PLOVER_TYPES
from ..store import Filters, Store, open_store
from ..store.actor_match import resolve
from ..store.export import FORMATS as EXPORT_FORMATS
from ..store.queries import ACTOR_COLUMNS, DOCUMENT_COLUMNS, DYAD_COLUMNS
from .base import emit, main
from .batch import batch_outputs
from .options import db_option, format_option, make_options, pipeline_options
from .progress import Progress, error_line, first_document, planned_items

F = TypeVar("F", bound=Callable[..., Any])


# -- ingest ------------------------------------------------------------------------------------


@main.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option(
    "--allow-private",
    is_flag=True,
    help="Fetch URLs on private, loopback and link-local addresses too.",
)
@click.option(
    "--progress",
    type=click.Choice(["auto", "bar", "lines", "none"]),
    default="auto",
    show_default=True,
    help="Progress on stderr: a bar, a line per committed batch, or none "
    "(auto: a bar on a terminal, none otherwise).",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress and no summary.")
@pipeline_options
def ingest_command(inputs: tuple[str, ...], db: str, allow_private: bool, progress: str, quiet: bool,
           model: str, processes: int, batch_size: int,
           actor_files: tuple[str, ...], as_of: str | None) -> None:  # fmt: skip
    """Analyse INPUTS and store the results in the store (--db).

    INPUTS are what `tacitus extract` reads (files, directories, - for stdin) plus http(s)
    URLs and RSS/Atom feeds (URLs, .rss/.atom files, .xml files that are feeds), or output
    directories of `tacitus batch` (loaded as they are: nothing is analysed again). Documents
    already stored with the same text are skipped; a document whose text changed replaces its
    old results. Every --batch-size documents are committed together: an interrupted ingest
    keeps what it committed, and running it again finishes the job. Unreadable inputs are
    reported on stderr with the reason, the rest is stored, and the exit code is 1.
    """
    options = make_options(model, processes, batch_size, actor_files, as_of)
    style = "none" if quiet else progress
    if style == "auto":
        style = "bar" if sys.stderr.isatty() else "none"
    recorded = batch_outputs(inputs)  # `tacitus batch` output directories: nothing to analyse
    readable = None
    if recorded is None:
        policy = FetchPolicy(allow_private=allow_private)
        errors, readable = first_document(read_sources(inputs, options.max_chars, policy))
        if readable is None:  # no input could be read: no store to make
            for error in errors:
                click.echo(error_line(error), err=True)
            click.echo(f"tacitus: no document could be read from {len(inputs)} input"
                       f"{'' if len(inputs) == 1 else 's'}; "
                       f"nothing stored (no store made or changed: {db})", err=True)  # fmt: skip
            sys.exit(1)
    started = time.perf_counter()
    total = planned_items(inputs) if style == "bar" and recorded is None else None
    with open_store(db, read_only=False) as store:
        monitor = Progress(style, inputs, total)
        try:
            if recorded is not None:
                stats = ingest_recorded(store, recorded, inputs, monitor)
            else:
                assert readable is not None  # read above, before the store was opened
                pipeline = Pipeline(options)
                monitor.loading(options.model)
                pipeline.analyzer  # noqa: B018 (loaded now, while the user is told so)
                monitor.loaded()
                stats = ingest(store, readable, pipeline, inputs, monitor)
        except KeyboardInterrupt:
            monitor.close()
            click.echo(
                f"tacitus: interrupted; what was committed is kept in {db}: run the same "
                "command again to go on",
                err=True,
            )
            sys.exit(130)
        finally:
            monitor.close()
    if not quiet:
        seconds = time.perf_counter() - started
        click.echo(f"tacitus: {monitor.counts(stats)} → {db} ({seconds:.1f}s)", err=True)
    if stats.failed:
        sys.exit(1)


# -- queries -------------------------------------------------------------------------------------


def query_options(func: F) -> F:
    options = [
        db_option,
        click.option("--actor", help="Actor: a key or id (country:RUS, group:ISIS), else "
                     "every actor whose name holds these words (Putin, Trump) or with this "
                     "alias (the Kremlin, ISIL); no match: suggestions on stderr."),
        click.option("--country", help="ISO 3166-1 alpha-3 code of a source or target."),
        click.option("--type", "types", multiple=True, metavar="TYPE",
                     type=click.Choice(PLOVER_TYPES, case_sensitive=False),
                     help="PLOVER event type; repeatable."),
        click.option("--quad-class", type=click.IntRange(1, 4), help="Quad class 1-4."),
        click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="From this date on."),
        click.option("--until", type=click.DateTime(["%Y-%m-%d"]), help="Up to this date."),
        click.option("--outlet", help="Outlet name (case-insensitive)."),
        click.option("--text", help="Text in the sentence (as written, any case, as whole words), or in a document's title/text."),
        click.option("--location-country", metavar="ISO3",
                     help="Only events located in this country (ISO 3166-1 alpha-3, e.g. SYR)."),
        click.option("--near", metavar="LAT,LON,KM",
                     help="Only events located within KM kilometres of LAT,LON."),
        click.option("--limit", type=click.IntRange(min=0), help="At most N rows."),
        format_option,
    ]  # fmt: skip
    for option in reversed(options):
        func = option(func)
    return func


def _day(value: datetime | None) -> str | None:
    return value.date().isoformat() if value else None


def filters_from(values: Mapping[str, Any]) -> Filters:
    """The store's :class:`Filters` from a command's options (those it lacks: no condition);
    a malformed value is a ConfigError (exit code 2), worded as `tacitus extract` words it."""
    place = LocationFilter.parse(values.get("location_country"), values.get("near"))
    return Filters(
        actor=values.get("actor"),
        country=values.get("country"),
        types=tuple(t.upper() for t in values.get("types", ())),
        quad_class=values.get("quad_class"),
        since=_day(values.get("since")),
        until=_day(values.get("until")),
        outlet=values.get("outlet"),
        text=values.get("text"),
        location_country=place.country,
        near=place.near,
        limit=values.get("limit"),
    )


def matched(store: Store, filters: Filters) -> Filters:
    """``filters`` with the actor filter matched to actor keys; what it matched is said on
    stderr unless it was one key ("no actor matches 'Putn' (did you mean: ...?)")."""
    found, match = resolve(store, filters)
    if match is not None and (not match.keys or any(a["how"] != "key" for a in match.actors)):
        click.echo(f"tacitus: {match.describe()}", err=True)
    return found


def _query(db: str, filters: Filters, run: Callable[[Store, Filters], None]) -> None:
    with open_store(db, read_only=True) as store:
        run(store, matched(store, filters))


@main.command("events")
@query_options
def events_command(db: str, fmt: str, **values: Any) -> None:
    """Events in the store, in ingest order (jsonl: the records `tacitus extract` writes).

    --location-country and --near keep located events only (as `tacitus extract` does).
    """

    def run(store: Store, filters: Filters) -> None:
        records = (e.to_dict() for e in store.events(filters))
        emit(records, fmt, EVENT_COLUMNS, TABLE_COLUMNS, event_table_row)

    _query(db, filters_from(values), run)


@main.command("actors")
@query_options
def actors_command(db: str, fmt: str, **values: Any) -> None:
    """Actors in the store, most active first: events as source and target, mentions.

    --type, --quad-class, --since, --until, --outlet, --text, --location-country and --near
    restrict the events counted (with a place filter, only actors of located events are
    listed); --actor and --country pick actors.
    """
    _query(db, filters_from(values), lambda store, f: emit(store.actors(f), fmt, ACTOR_COLUMNS))


@main.command("dyads")
@query_options
def dyads_command(db: str, fmt: str, **values: Any) -> None:
    """The actor network: events per source, target and event type, most frequent first."""
    _query(db, filters_from(values), lambda store, f: emit(store.dyads(f), fmt, DYAD_COLUMNS))


@main.command("documents")
@query_options
def documents_command(db: str, fmt: str, **values: Any) -> None:
    """Documents in the store with their event counts, in ingest order.

    --text searches titles and texts; --actor and --country pick documents that mention
    them; --type, --quad-class, --location-country and --near pick documents with such events.
    """
    _query(
        db, filters_from(values), lambda store, f: emit(store.documents(f), fmt, DOCUMENT_COLUMNS)
    )


# -- export ------------------------------------------------------------------------------------


@main.command("export")
@db_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), required=True,
              help="parquet or csv: one file per table; jsonl: events and quotes as the "
              "records `tacitus extract` writes, other tables row by row; plover: strict "
              "PLOVER JSON lines; dataset: every table as Parquet, the events partitioned "
              "by month (year=/month=), which --db opens read-only (docs/store.md).")  # fmt: skip
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False),
    help="Directory to write to (created when missing; files are overwritten).",
)
def export_command(db: str, fmt: str, out_dir: str) -> None:
    """Export the store for Spark, Polars, pandas, R or other PLOVER tools."""

    def run(store: Store, filters: Filters) -> None:
        written = store.export(fmt, out_dir)
        listing = ", ".join(f"{name} ({n})" for name, n in written.items())
        click.echo(f"tacitus: wrote {listing} to {out_dir}", err=True)

    _query(db, Filters(), run)
