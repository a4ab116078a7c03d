"""Writing records as JSON lines, CSV or a plain-text table."""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, TextIO

FORMATS = ("jsonl", "csv", "table")

EVENT_COLUMNS = (
    "event_id", "doc_id", "sentence_id", "event_type", "cameo", "quad_class", "goldstein",
    "source.name", "source.country", "source.sector", "target.name", "target.country",
    "target.sector", "reciprocal", "negated", "modality", "reported_by.text", "date",
    "date_precision", "location.name", "location.country", "location.lat", "location.lon",
    "location.precision", "trigger.text", "outlet", "confidence", "sentence", "reason",
    "partial",
)  # fmt: skip
TABLE_COLUMNS = (
    "doc_id",
    "event_type",
    "source",
    "target",
    "modality",
    "negated",
    "trigger.text",
    "date",
)


def flatten(record: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flatten(value, name + "."))
        elif isinstance(value, list):
            out[name] = ";".join(str(v) for v in value)
        else:
            out[name] = value
    return out


def write_jsonl(rows: Iterable[Mapping[str, Any]], out: TextIO) -> int:
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
        n += 1
    return n


def write_csv(rows: Iterable[Mapping[str, Any]], out: TextIO, columns: Sequence[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow(flatten(row))
        n += 1
    return n


def actor_label(actor: Mapping[str, Any] | None) -> str:
    if not actor:
        return "-"
    name = actor.get("name") or actor.get("text") or "?"
    bits = [b for b in (actor.get("country"), actor.get("sector")) if b]
    return f"{name} ({' '.join(bits)})" if bits else str(name)


def event_table_row(event: Mapping[str, Any]) -> dict[str, Any]:
    flat = flatten(event)
    flat["source"] = actor_label(event.get("source"))
    flat["target"] = actor_label(event.get("target"))
    flat["negated"] = "yes" if event.get("negated") else ""
    if event.get("partial"):  # no side resolved to an actor (extract --keep-partial)
        flat["event_type"] = f"{flat['event_type']} (partial)"
    if event.get("reciprocal"):
        flat["target"] = "↔ " + flat["target"]
    return flat


def write_table(rows: Iterable[Mapping[str, Any]], out: TextIO, columns: Sequence[str]) -> int:
    """A fixed-width table sized to the terminal; long cells are cut with an ellipsis."""
    data = [[_cell(row.get(c)) for c in columns] for row in rows]
    width = shutil.get_terminal_size((160, 24)).columns
    widths = [max([len(c)] + [len(r[i]) for r in data]) for i, c in enumerate(columns)]
    budget = max(width - 2 * (len(columns) - 1), 40)
    while sum(widths) > budget and max(widths) > 12:
        widest = widths.index(max(widths))
        widths[widest] -= 1
    header = "  ".join(c.ljust(w)[:w] for c, w in zip(columns, widths, strict=True))
    out.write(header.rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in data:
        cells = [_fit(v, w) for v, w in zip(row, widths, strict=True)]
        out.write("  ".join(cells).rstrip() + "\n")
    return len(data)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:g}"
    return str(value).replace("\n", " ")


def _fit(value: str, width: int) -> str:
    return value.ljust(width) if len(value) <= width else value[: width - 1] + "…"
