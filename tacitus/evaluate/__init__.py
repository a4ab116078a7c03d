"""Scoring Tacitus against gold data (``tacitus eval``): PLOVER GSR, re3d, re3d events, re3d
actors, the seeds, and the project's own gold sets.

The gold files are read from wherever the user keeps them (``../shared/eval`` in this
project); nothing of them is shipped. :mod:`.gold` holds what every gold set shares (the
report, reading gold files, running the pipeline over their rows); one module per gold set.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ConfigError
from ..pipeline import Pipeline
from .gold import Report, analyse_rows, read_gold
from .split import HALVES, in_half

__all__ = ["Report", "analyse_rows", "read_gold", "run_eval"]

OFFSET_SETS = ("re3d_events", "re3d_actors")  # gold sets that hold offsets, not text


def run_eval(
    dataset: str,
    path: str | Path,
    pipeline: Pipeline,
    show_errors: int = 0,
    texts: str | Path | None = None,
    half: str | None = None,
) -> Report:
    """Score ``pipeline`` on a gold set. ``texts`` (the documents' texts) is for gold sets
    that refer to third-party text by offsets (re3d_events, re3d_actors); ``half`` ("dev",
    "test" or "all" of the documents split by the md5 of their id) for those and for re3d
    (re3d: all by default; the others: dev)."""
    if (texts is not None and dataset not in OFFSET_SETS) or (
        half is not None and dataset not in (*OFFSET_SETS, "re3d")
    ):
        raise ConfigError(
            f"--texts and --half apply to re3d_events and re3d_actors (--half also to re3d), "
            f"not to {dataset}"
        )
    if half is not None and half not in (*HALVES, "all"):
        raise ConfigError(f"unknown half {half!r}", hint="dev, test or all")
    rows = read_gold(path)
    if dataset == "re3d_events":
        from .re3d_events import evaluate_re3d_events

        return evaluate_re3d_events(rows, pipeline, show_errors, texts, half)
    if dataset == "plover_gsr":
        from .plover_gsr import evaluate_gsr

        return evaluate_gsr(rows, pipeline, show_errors)
    if dataset == "re3d":
        from .re3d import evaluate_re3d

        chosen = [r for r in rows if in_half(str(r["id"]), half or "all")]
        report = evaluate_re3d(chosen, pipeline, show_errors, list_entities=half in HALVES)
        report.dataset += f" ({half})" if half else ""
        return report
    if dataset == "re3d_actors":
        from .re3d_actors import evaluate_re3d_actors

        if texts is None:
            raise ConfigError(
                "re3d_actors needs --texts: the re3d.jsonl file the gold refers to",
                hint="e.g. --texts ../shared/eval/re3d/re3d.jsonl",
            )
        return evaluate_re3d_actors(rows, pipeline, show_errors, read_gold(texts), half or "dev")
    if dataset == "seeds":
        from .seeds import evaluate_seeds

        return evaluate_seeds(rows, pipeline, show_errors)
    if dataset == "quotes":
        from .quotes import evaluate_quotes

        return evaluate_quotes(rows, pipeline, show_errors)
    if dataset == "people":
        from .people import evaluate_people

        return evaluate_people(rows, pipeline, show_errors)
    if dataset == "places":
        from .places import evaluate_places

        return evaluate_places(rows, pipeline, show_errors)
    raise ConfigError(f"unknown dataset {dataset!r}")
