"""``tacitus quotes``: who said what in the inputs, on stdout, stateless."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import click

from ..output import FORMATS, flatten
from ..pipeline import Pipeline
from ..store import DEFAULT_PATH, Filters, open_store
from .base import emit, main, run_stateless
from .options import make_options, pipeline_options
from .store import matched

QUOTE_COLUMNS = (
    "quote_id", "doc_id", "direct", "cue", "speaker.text", "speaker.name", "speaker.actor_id",
    "speaker.country", "speaker.sector", "start", "end", "text", "speaker.reason",
)  # fmt: skip
QUOTE_TABLE_COLUMNS = ("doc_id", "speaker", "kind", "cue", "text")


def speaker_label(speaker: Mapping[str, Any] | None) -> str:
    """The speaker as the text says it, with what it resolved to: "the minister (RUS GOV)"."""
    if not speaker:
        return "-"
    bits = [b for b in (speaker.get("country"), speaker.get("sector")) if b]
    return f"{speaker['text']} ({' '.join(bits)})" if bits else str(speaker["text"])


def quote_table_row(quote: Mapping[str, Any]) -> dict[str, Any]:
    row = flatten(quote)
    row["speaker"] = speaker_label(quote.get("speaker"))
    row["kind"] = "direct" if quote.get("direct") else "indirect"
    return row


@main.command()
@click.argument("inputs", nargs=-1)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    help="Output format [default: jsonl for inputs, table for a store].",
)
@click.option("--quiet", "-q", is_flag=True, help="No summary on stderr.")
@click.option(
    "--db",
    help="With no INPUTS: the quotes stored in this store (default ./tacitus.duckdb).",
)
@click.option("--speaker", help="With --db: speaker actor id, key or name.")
@click.option("--country", help="With --db: the speaker's ISO 3166-1 alpha-3 country.")
@click.option("--outlet", help="With --db: outlet name (case-insensitive).")
@click.option("--text", help="With --db: text in the quote (as written, any case, as whole words).")
@click.option("--limit", type=click.IntRange(min=0), help="With --db: at most N quotes.")
@pipeline_options
def quotes(inputs: tuple[str, ...], fmt: str | None, quiet: bool, db: str | None,
           speaker: str | None, country: str | None, outlet: str | None, text: str | None,
           limit: int | None, model: str, processes: int, batch_size: int,
           actor_files: tuple[str, ...], as_of: str | None) -> None:  # fmt: skip
    """Quotes of INPUTS (files, directories, - for stdin) with their speakers, to stdout.

    Direct quotes ("...", he said) and indirect speech (X said that ..., according to X),
    each with its speaker resolved to an actor where the dictionaries allow, and the
    character offsets of the quoted words in the document's text. Stateless: nothing is
    stored. Unreadable inputs are reported on stderr, the others are processed, and the exit
    code is 1. With no INPUTS, lists the quotes stored in --db instead.
    """
    if not inputs:
        _stored_quotes(db or DEFAULT_PATH, fmt or "table", speaker, country, outlet, text, limit)
        return
    pipeline = Pipeline(make_options(model, processes, batch_size, actor_files, as_of))
    run_stateless(
        pipeline, inputs, lambda result: (q.to_dict() for q in result.quotes),
        lambda rows: _write(rows, fmt or "jsonl"), "quotes", quiet,
    )  # fmt: skip


def _write(rows: Iterable[dict[str, Any]], fmt: str) -> None:
    emit(rows, fmt, QUOTE_COLUMNS, QUOTE_TABLE_COLUMNS, quote_table_row)


def _stored_quotes(db: str, fmt: str, speaker: str | None, country: str | None,
                   outlet: str | None, text: str | None, limit: int | None) -> None:  # fmt: skip
    filters = Filters(actor=speaker, country=country, outlet=outlet, text=text, limit=limit)
    with open_store(db, read_only=True) as store:
        _write((q.to_dict() for q in store.quotes(matched(store, filters))), fmt)
