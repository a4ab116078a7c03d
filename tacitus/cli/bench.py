"""``tacitus bench``: throughput and memory against bare spaCy, in one run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click

from ..bench import MEASURES, BenchReport, bench_corpus, run_bench
from .base import main
from .options import batch_size_option, make_options, model_option, processes_option


@main.command()
@click.argument("path", required=False, type=click.Path(exists=True))
@click.option(
    "--docs",
    "-n",
    type=click.IntRange(min=1),
    default=300,
    show_default=True,
    help="Documents in the generated corpus.",
)
@processes_option("Worker processes (for spaCy's n_process and Tacitus alike).")
@batch_size_option()
@model_option()
@click.option(
    "--repeats",
    "-r",
    type=click.IntRange(min=1),
    default=3,
    show_default=True,
    help="Runs of each measure, alternated; the fastest counts.",
)
@click.option(
    "--measure",
    "measures",
    multiple=True,
    type=click.Choice(MEASURES),
    help="Only these measures (repeatable; default: all).",
)
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of the corpus.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json"]),
    default="table",
    show_default=True,
    help="Output format.",
)
@click.option("--quiet", "-q", is_flag=True, help="No progress on stderr.")
@click.option(
    "--store-events",
    "store_events",
    callback=lambda ctx, param, value: _sizes(value),
    metavar="N[,N...]",
    help="Instead: the store and the HTTP API on synthetic stores of these sizes (events; "
    "e.g. 10000,100000,1000000): bulk-load rate, store size, p50/p99 of every /api/* "
    "endpoint's first page and the dashboard's requests with 1 and 4 clients, the server's "
    "peak memory; each figure also as a ratio to the smallest size's.",
)
@click.option(
    "--store",
    "store_dir",
    type=click.Path(file_okay=False),
    help="With --store-events: keep the stores in this directory (synthetic-N.duckdb) and "
    "reuse the ones already there (default: a temporary directory, removed after).",
)
@click.option(
    "--requests",
    type=click.IntRange(min=1),
    default=30,
    show_default=True,
    help="With --store-events: requests per endpoint and client.",
)
@click.option(
    "--seconds",
    type=click.FloatRange(min=0.1),
    default=10.0,
    show_default=True,
    help="With --store-events: at most this long per endpoint and run.",
)
@click.option(
    "--serve-workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="With --store-events: serve each store with `tacitus serve --workers N`.",
)
def bench(path: str | None, docs: int, processes: int, batch_size: int, model: str,
          repeats: int, measures: tuple[str, ...], seed: int, fmt: str,
          quiet: bool, store_events: list[int] | None, store_dir: str | None, requests: int,
          seconds: float, serve_workers: int) -> None:  # fmt: skip
    """Measure Tacitus against bare spaCy on the same generated corpus, in one run.

    The corpus is made of the bundled sample articles (or the documents at PATH), spliced
    and varied to --docs documents. Reports sentences/s, words/s, the ratio of each to bare
    spaCy (same model, components, batch size and processes), CPU seconds and peak memory
    (RSS, workers included). Figures depend on the machine and on what else runs on it.

    With --store-events N[,N...]: for each size, a synthetic store of N events (skewed actors,
    countries and outlets, five years of dates, 65% located) is drawn in SQL, its last 10,000
    events written through the store's bulk path (events/s), served by `tacitus serve`, and
    every /api/* endpoint's first page, the next page by cursor, the network (30 and 200
    actors), the timeline, text search and events near a point are requested by 1 and by 4
    clients after 3 warm-up requests (the first of them reported apart, cold): p50 and p99 in
    ms, errors, the store's size and the server's peak memory, and each as a ratio to the
    smallest size's, measured in the same run (docs/scale.md).
    """
    progress = None if quiet else lambda m: click.echo(f"tacitus bench: {m}", err=True)
    if store_events is not None:
        from ..scale_bench import run_store_bench

        found = run_store_bench(
            store_events,
            Path(store_dir) if store_dir else None,
            requests,
            seconds,
            progress,
            workers=serve_workers,
        )
        click.echo(json.dumps(found, indent=2) if fmt == "json" else render_store(found))
        return
    options = make_options(model, processes, batch_size, ())
    documents = bench_corpus(docs, path, seed)
    report = run_bench(
        documents,
        options,
        repeats=repeats,
        measures=measures or MEASURES,
        corpus=path or "sample corpus",
        progress=progress,
    )
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), indent=2))
    else:
        click.echo(render_table(report))


def render_table(report: BenchReport) -> str:
    data = report.to_dict()
    machine = data["machine"]
    options = data["options"]
    lines = [
        f"corpus    {data['documents']:,} documents ({data['corpus']}), {data['sentences']:,} "
        f"sentences, {data['words']:,} words",
        f"settings  {machine.get('model', options['model'])}, batch size "
        f"{options['batch_size']}, {options['processes']} process(es), best of "
        f"{data['repeats']}",
        f"machine   {machine['cpu']}, {machine['cores']} cores, {machine['memory_gib']} GiB, "
        f"load {' '.join(str(x) for x in machine['load_average'])} at the start",
        "",
    ]
    header = ("measure", "sentences/s", "words/s", "vs spaCy", "CPU vs spaCy", "peak RSS",
              "events")  # fmt: skip
    rows = [header]
    for name, m in data["measures"].items():
        rows.append((
            name,
            f"{m['sentences_per_s']:,.1f}",
            f"{m['words_per_s']:,.0f}",
            _ratio(m["ratio_to_spacy"]),
            _ratio(m["cpu_ratio_to_spacy"]),
            f"{m['peak_rss_mib']:,.0f} MiB",
            str(m["events"]) if name in ("extract", "ingest") else "",
        ))  # fmt: skip
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    for i, row in enumerate(rows):
        cells = [row[0].ljust(widths[0])] + [
            c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True)
        ]
        lines.append("  ".join(cells).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    lines.append("")
    for name, m in data["measures"].items():
        lines.append(f"{name}: {m['description']} [{', '.join(m['components'])}]")
    return "\n".join(lines)


def _ratio(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


def _sizes(value: str | None) -> list[int] | None:
    """``--store-events``: sizes separated by commas (``10000,1e5``; each at least 10)."""
    if value is None:
        return None
    try:
        sizes = [int(float(part)) for part in value.replace("_", "").split(",") if part.strip()]
    except ValueError:
        sizes = []
    if not sizes or min(sizes) < 10:
        raise click.BadParameter(f"{value!r}: give numbers of events (>= 10) separated by commas")
    return sizes


def render_store(found: dict[str, Any]) -> str:
    """The store benchmark as tables: one line per size, then the endpoints."""
    machine = found["machine"]
    lines = [
        f"machine: {machine['cores']} cores, load "
        f"{' '.join(str(x) for x in machine['load_average_before'])} before, "
        f"{' '.join(str(x) for x in machine['load_average_after'])} after; "
        f"baseline: {found['baseline_events']:,} events",
        "",
        f"{'events':>10} {'documents':>10} {'MB':>7} {'MB/1k docs':>10} {'bulk ev/s':>10} "
        f"{'ratio':>6} {'peak RSS MiB':>12} {'start s':>7} {'1st request ms':>14}",
    ]
    for size in found["sizes"]:
        store, server = size["store"], size["server"]
        rate = store["bulk_load_events_per_s"]
        lines.append(
            f"{store['events']:>10,} {store['documents']:>10,} {store['bytes'] / 1e6:>7.1f} "
            f"{store['mb_per_1000_documents']:>10} {rate or 'reused'!s:>10} "
            f"{_ratio(store['bulk_load_ratio']):>6} {server['peak_rss_mib']:>12} "
            f"{server['start_s']:>7} {server['first_request_ms']:>14}"
        )
    for size in found["sizes"]:
        lines += ["", *_endpoint_lines(size)]
    lines += ["", "ms per request at the client (x: ratio to the baseline's); first: the "
              "endpoint's first request (cold), before the 2 other warm-ups and the measured "
              "ones; * filtered requests, beside the targets"]  # fmt: skip
    return "\n".join(lines)


def _endpoint_lines(size: dict[str, Any]) -> list[str]:
    lines = [
        f"{size['store']['events']:,} events: {'endpoint':30} {'first':>8} "
        f"{'1 client p50':>16} {'p99':>14} {'4 clients p99':>16} {'errors':>6}"
    ]
    for row in size["endpoints"]:
        one, four = row["one_client"], row["four_clients"]
        mark = "" if row["target"] else " *"
        lines.append(
            f"  {(row['name'] + mark)[:40]:40} {row['first_ms']!s:>8} {_ms(one, 'p50'):>16} "
            f"{_ms(one, 'p99'):>14} "
            f"{_ms(four, 'p99'):>16} {one['errors'] + four['errors']:>6}"
        )
    return lines


def _ms(run: dict[str, Any], q: str) -> str:
    ratio = run.get(f"{q}_ratio")
    return f"{run[f'{q}_ms']}" + (f" ({ratio:.2f}x)" if ratio is not None else "")
