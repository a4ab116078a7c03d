"""What every gold set shares: the report, reading a gold file, the pipeline over its rows."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError, DataError
from ..pipeline import Pipeline
from ..records import Document, DocumentResult, InputError


@dataclass
class Report:
    dataset: str
    metrics: dict[str, float | int] = field(default_factory=dict)
    details: dict[str, Any] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def render(self, fmt: str = "table") -> str:
        if fmt == "json":
            return json.dumps(
                {"dataset": self.dataset, "metrics": self.metrics, "details": self.details},
                indent=2, ensure_ascii=False,
            )  # fmt: skip
        lines = [f"{self.dataset}"]
        width = max((len(k) for k in self.metrics), default=10)
        for key, value in self.metrics.items():
            shown = f"{value:.3f}" if isinstance(value, float) else str(value)
            lines.append(f"  {key.ljust(width)}  {shown}")
        for key, value in self.details.items():
            if isinstance(value, dict):
                lines.append(f"  {key}:")
                for k, v in value.items():
                    lines.append(f"    {k}: {v}")
            elif isinstance(value, list):
                lines.append(f"  {key}:")
                lines.extend(f"    {v}" for v in value)
        if self.misses:
            lines.append("  misses:")
            lines.extend(f"    {m}" for m in self.misses)
        return "\n".join(lines)


def read_gold(path: str | Path) -> list[dict[str, Any]]:
    rows = []
    try:
        with open(path, encoding="utf-8") as handle:
            for lineno, line in enumerate(handle, 1):
                if line.strip():
                    try:
                        rows.append(json.loads(line))
                    except json.JSONDecodeError as exc:
                        raise DataError(f"{path}:{lineno}: malformed JSON ({exc.msg})") from exc
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return rows


def analyse_rows(
    pipeline: Pipeline, rows: list[dict[str, Any]]
) -> Iterator[tuple[dict[str, Any], DocumentResult]]:
    documents = [
        Document(
            doc_id=str(r["id"]),
            text=r["text"],
            title=r.get("title"),
            url=r.get("url") or (r.get("meta") or {}).get("source_url"),
            outlet=r.get("outlet"),
            published=r.get("published"),
        )
        for r in rows
    ]
    by_id = {str(r["id"]): r for r in rows}
    for result in pipeline.run(documents):
        if isinstance(result, InputError):
            continue
        yield by_id[result.document.doc_id], result
