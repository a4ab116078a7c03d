"""``tacitus eval``: scores against gold sets."""

from __future__ import annotations

import click

from ..pipeline import Pipeline
from .base import main
from .options import make_options, pipeline_options


@main.command("eval")
@click.argument(
    "dataset",
    type=click.Choice(
        ["plover_gsr", "re3d", "re3d_events", "re3d_actors", "seeds", "quotes", "places", "people"]
    ),
)
@click.argument("path", type=click.Path(exists=True))
@click.option(
    "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True
)
@click.option(
    "--errors",
    "show_errors",
    type=int,
    default=0,
    help="Also print up to N misses (re3d_events: N false positives and N misses, with "
    "their sentences; re3d_actors: dev-half mistakes in context; re3d: relations missed "
    "and, with --half dev or test, the entities no mention found, most frequent first), to "
    "see where the coder fails; test-half errors are listed only with --half test.",
)
@click.option(
    "--texts",
    type=click.Path(exists=True, dir_okay=False),
    help="re3d_events, re3d_actors: the re3d documents (../shared/eval/re3d/re3d.jsonl); "
    "the gold holds offsets only.",
)
@click.option(
    "--half",
    type=click.Choice(["dev", "test", "all"]),
    help="re3d, re3d_events, re3d_actors: the documents whose id has an even (dev) or odd "
    "(test) md5, or all (re3d default: all; the others: dev).",
)
@pipeline_options
def evaluate(dataset: str, path: str, fmt: str, show_errors: int, texts: str | None,
             half: str | None, model: str, processes: int, batch_size: int,
             actor_files: tuple[str, ...], as_of: str | None) -> None:  # fmt: skip
    """Score Tacitus on a gold set: plover_gsr, re3d, re3d_events, re3d_actors, the reference
    seeds, quotes, places, or people.

    PATH is the dataset's JSON-lines file (or the seeds.jsonl file; for quotes, e.g.
    tests/data/quotes_gold.jsonl; for places, tests/data/places_dates_gold.jsonl; for people,
    tests/data/people_gold.jsonl; for re3d_events and re3d_actors,
    benchmarks/gold/re3d_events.jsonl or re3d_actors.jsonl, with --texts
    ../shared/eval/re3d/re3d.jsonl).
    """
    from ..evaluate import run_eval

    pipeline = Pipeline(make_options(model, processes, batch_size, actor_files, as_of))
    report = run_eval(dataset, path, pipeline, show_errors, texts=texts, half=half)
    click.echo(report.render(fmt))
