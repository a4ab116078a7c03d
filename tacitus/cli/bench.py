"""``tacitus bench``: throughput and memory against bare spaCy, in one run."""

from __future__ import annotations

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
def bench(path: str | None, docs: int, processes: int, batch_size: int, model: str,
          repeats: int, measures: tuple[str, ...], seed: int, fmt: str,
          quiet: bool) -> None:  # fmt: skip
    """Measure Tacitus against bare spaCy on the same generated corpus, in one run.

    The corpus is made of the bundled sample articles (or the documents at PATH), spliced
    and varied to --docs documents. Reports sentences/s, words/s, the ratio of each to bare
    spaCy (same model, components, batch size and processes), CPU seconds and peak memory
    (RSS, workers included). Figures depend on the machine and on what else runs on it.
    """
    options = make_options(model, processes, batch_size, ())
    documents = bench_corpus(docs, path, seed)
    report = run_bench(
        documents,
        options,
        repeats=repeats,
        measures=measures or MEASURES,
        corpus=path or "sample corpus",
        progress=None if quiet else lambda m: click.echo(f"tacitus bench: {m}", err=True),
    )
    if fmt == "json":
        import json

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
