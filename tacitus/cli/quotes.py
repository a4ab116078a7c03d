"""``tacitus quotes``: who said what in the inputs, on stdout, stateless."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator, Mapping
from typing import Any

import click

from ..output import FORMATS, flatten, write_csv, write_jsonl, write_table
from ..pipeline import Pipeline
from ..records import InputError
from . import guarded, main, make_options, pipeline_options

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
def quotes(inputs: tuple[str, ...], fmt: str, quiet: bool, model: str, processes: int,
           batch_size: int, actor_files: tuple[str, ...]) -> None:  # fmt: skip
    """Quotes of INPUTS (files, directories, - for stdin) with their speakers, to stdout.

    Direct quotes ("...", he said) and indirect speech (X said that ..., according to X),
    each with its speaker resolved to an actor where the dictionaries allow, and the
    character offsets of the quoted words in the document's text. Stateless: nothing is
    stored. Unreadable inputs are reported on stderr, the others are processed, and the exit
    code is 1.
    """
    pipeline = Pipeline(make_options(model, processes, batch_size, actor_files))
    stats = {"documents": 0, "quotes": 0, "failed": 0}
    started = time.perf_counter()

    def rows() -> Iterator[dict[str, Any]]:
        for result in guarded(pipeline.run(pipeline.read(inputs))):
            if isinstance(result, InputError):
                stats["failed"] += 1
                click.echo(f"error: {result.source}: {result.reason}", err=True)
                continue
            stats["documents"] += 1
            for quote in result.quotes:
                stats["quotes"] += 1
                yield quote.to_dict()

    out = sys.stdout
    if fmt == "jsonl":
        write_jsonl(rows(), out)
    elif fmt == "csv":
        write_csv(rows(), out, QUOTE_COLUMNS)
    else:
        write_table((quote_table_row(q) for q in rows()), out, QUOTE_TABLE_COLUMNS)
    if not quiet:
        seconds = time.perf_counter() - started
        click.echo(
            f"tacitus: {stats['documents']} documents, {stats['quotes']} quotes, "
            f"{stats['failed']} failed ({seconds:.1f}s)",
            err=True,
        )
    if stats["failed"]:
        sys.exit(1)
