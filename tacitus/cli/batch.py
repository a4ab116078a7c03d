"""``tacitus batch``: many inputs on a Dask cluster, written as Parquet plus a manifest."""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path

import click

from ..batch import BatchReport, PartitionSummary, cluster_client, prepare_output, run_batch
from ..ingest import Recorded
from ..store.batch_output import is_batch_output
from .base import Abort, main
from .options import actors_option, as_of_option, batch_size_option, make_options, model_option


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--out",
    "-o",
    required=True,
    type=click.Path(file_okay=False),
    help="Output directory (Parquet part files and manifest.json).",
)
@click.option(
    "--scheduler",
    metavar="ADDRESS",
    help="Dask scheduler to use (tcp://host:8786); default: a local cluster.",
)
@click.option(
    "--workers",
    "-w",
    type=click.IntRange(min=1),
    help="Worker processes of the local cluster (default: one per core).",
)
@click.option(
    "--partitions",
    type=click.IntRange(min=1),
    help="Partitions to cut the inputs into (default: 4 per worker thread).",
)
@click.option("--overwrite", is_flag=True, help="Replace a previous batch output in --out.")
@model_option("spaCy pipeline (installed on every worker).")
@batch_size_option()
@actors_option("Extra actor dictionary (YAML/JSON); repeatable; same path on the workers.")
@as_of_option()
@click.option("--quiet", "-q", is_flag=True, help="No progress and no summary.")
def batch(inputs: tuple[str, ...], out: str, scheduler: str | None, workers: int | None,
          partitions: int | None, overwrite: bool, model: str, batch_size: int,
          actor_files: tuple[str, ...], as_of: str | None, quiet: bool) -> None:  # fmt: skip
    """Analyse INPUTS on a Dask cluster and write Parquet to --out.

    INPUTS are files and directories: JSON lines (.jsonl, .ndjson, .json; big files are cut
    into line ranges), Parquet (.parquet with the JSON-lines fields: id, text or html, title,
    url, published, outlet), text and HTML. Each worker runs the same per-batch function as
    `tacitus extract` and writes its partitions' events, mentions, quotes, sentences and
    documents under --out; `tacitus ingest OUT` loads the result into a store. Failed inputs
    and failed partitions are listed on stderr and in OUT/manifest.json; the exit code is 1.
    Needs the dask extra: pip install 'tacitus[dask]'.
    """
    options = make_options(model, 1, batch_size, actor_files, as_of)
    started = time.perf_counter()
    try:
        prepare_output(Path(out), overwrite)  # before a cluster is started for nothing
        with cluster_client(scheduler, workers) as client:
            report = run_batch(inputs, out, options, client, partitions, overwrite,
                               None if quiet else _progress)  # fmt: skip
    except (OSError, ValueError) as exc:  # the cluster could not be started or reached
        raise Abort(f"the Dask cluster failed: {exc}") from exc
    if not quiet:
        _summary(report, time.perf_counter() - started)
    if report.failures:
        sys.exit(1)


def _progress(summary: PartitionSummary) -> None:
    if summary.status == "completed":
        click.echo(
            f"tacitus batch: partition {summary.index} done: {summary.documents} documents, "
            f"{summary.events} events, {len(summary.failures)} failed inputs "
            f"({summary.seconds:.1f}s)",
            err=True,
        )
    else:
        click.echo(
            f"error: partition {summary.index} failed ({', '.join(summary.inputs)}): "
            f"{summary.error}",
            err=True,
        )


def _summary(report: BatchReport, seconds: float) -> None:
    for failure in report.failures:
        if not failure["reason"].startswith("partition "):  # those were printed as they came
            click.echo(f"error: {failure['source']}: {failure['reason']}", err=True)
    counts = report.counts
    click.echo(
        f"tacitus batch: {counts['documents']} documents, {counts['events']} events, "
        f"{counts['failed_inputs']} failed inputs, {counts['failed_partitions']} failed "
        f"partitions, {len(report.manifest['partitions'])} partitions on "
        f"{report.manifest['workers']} workers → {report.path} ({seconds:.1f}s)",
        err=True,
    )


def batch_outputs(inputs: Sequence[str]) -> Recorded | None:
    """For ``tacitus ingest``: the recorded results of ``tacitus batch`` output directories,
    loaded into the store as they are (nothing is analysed again), or None for other inputs."""
    found = [i for i in inputs if is_batch_output(i)]
    if not found:
        return None
    if len(found) != len(inputs):
        raise Abort(
            "tacitus batch output directories cannot be ingested with other inputs",
            hint="ingest them in a command of their own",
        )
    return Recorded(found)
