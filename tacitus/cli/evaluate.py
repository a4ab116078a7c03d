"""``tacitus eval``: scores against gold sets."""

from __future__ import annotations

import click

from ..errors import TacitusError
from ..pipeline import Pipeline
from . import Abort, main, make_options, pipeline_options


@main.command("eval")
@click.argument(
    "dataset", type=click.Choice(["plover_gsr", "re3d", "seeds", "quotes", "places", "people"])
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
    help="Also print up to N misses, to see where the coder fails.",
)
@pipeline_options
def evaluate(dataset: str, path: str, fmt: str, show_errors: int, model: str, processes: int,
             batch_size: int, actor_files: tuple[str, ...]) -> None:  # fmt: skip
    """Score Tacitus on a gold set: plover_gsr, re3d, the reference seeds, quotes, places,
    or people.

    PATH is the dataset's JSON-lines file (or the seeds.jsonl file; for quotes, e.g.
    tests/data/quotes_gold.jsonl; for places, tests/data/places_dates_gold.jsonl; for people,
    tests/data/people_gold.jsonl).
    """
    from ..evaluate import run_eval

    pipeline = Pipeline(make_options(model, processes, batch_size, actor_files))
    try:
        report = run_eval(dataset, path, pipeline, show_errors=show_errors)
    except TacitusError as exc:
        raise Abort(str(exc), exc.hint) from exc
    click.echo(report.render(fmt))
