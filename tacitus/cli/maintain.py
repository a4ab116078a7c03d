"""``tacitus migrate``, ``tacitus rebuild`` and ``tacitus compact``: upkeep of a store's aggregates, text index and
physical order (docs/scale.md)."""

from __future__ import annotations

import sys
import time

import click

from ..store import open_store
from .base import main
from .options import db_option


@main.command()
@db_option
def migrate(db: str) -> None:
    """Bring an older store to this Tacitus' schema version (writes the store).

    Every command that writes (ingest, rebuild, compact, serve with a token) migrates a store
    when it opens it; reading commands and a read-only server refuse an older store and name
    this command. The aggregates a step adds are computed here, once.
    """
    started = time.perf_counter()
    with open_store(db) as store:
        version = store.schema_version()
    click.echo(f"tacitus: {db} is at schema version {version} "
               f"({time.perf_counter() - started:.1f}s)", err=True)  # fmt: skip


@main.command()
@db_option
@click.option(
    "--check",
    is_flag=True,
    help="Only compare the aggregates (and the text index's text_unsure) with a "
    "recomputation; exit 1 when they differ.",
)
def rebuild(db: str, check: bool) -> None:
    """Recompute the aggregates and the text index from the stored rows.

    Ingest keeps them up to date in the same transaction as the rows (the network, the
    timeline, actor and outlet counts, each document's counts, the text index); rebuilding
    gives the same values, and --check says whether they agree without writing.
    """
    started = time.perf_counter()
    with open_store(db, read_only=check) as store:
        if check:
            differences = store.check()
            if differences:
                listed = ", ".join(f"{table} ({n} rows)" for table, n in differences.items())
                click.echo(f"tacitus: aggregates differ from a recomputation: {listed}", err=True)
                sys.exit(1)
            click.echo("tacitus: the aggregates agree with a recomputation", err=True)
            return
        store.rebuild()
    click.echo(f"tacitus: rebuilt the aggregates and the text index of {db} "
               f"({time.perf_counter() - started:.1f}s)", err=True)  # fmt: skip


@main.command()
@db_option
def compact(db: str) -> None:
    """Rewrite the store in ingest order and the text index as one sorted run.

    Rows of a changed document are written at the end of their tables, and the text index
    gathers new words in sorted runs: compacting puts both back in order, so DuckDB's zone
    maps skip as many row groups as they can. It rewrites every table (takes about as long as
    copying the store); run it when many documents changed, or now and then on a store that
    keeps growing.
    """
    started = time.perf_counter()
    with open_store(db) as store:
        store.compact()
    click.echo(f"tacitus: compacted {db} ({time.perf_counter() - started:.1f}s)", err=True)
