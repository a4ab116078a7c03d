"""The output of ``tacitus batch``: Parquet part files in the store's columns, and a manifest.

A batch output directory holds Parquet part files with the columns of the store's own tables
(:mod:`tacitus.store.schema`, flattened by :mod:`tacitus.store.rows`) and a manifest::

    DIR/manifest.json                       inputs, partitions, counts, failures, config, version
    DIR/documents/part-00000-000.parquet    one file per table, partition and chunk
    DIR/sentences/...  DIR/mentions/...  DIR/events/...  DIR/quotes/...

Only the files the manifest lists belong to the output (a failed partition lists none).
:func:`read_output` gives the recorded results back, the partitions' failures as
:class:`InputError` items; loading them into a store is an ingest (:class:`tacitus.ingest.Recorded`).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb

from ..errors import DataError, StoreError
from ..records import ActorMention, DocumentResult, InputError
from ..version import __version__
from . import rows
from .migrations import SCHEMA_VERSION
from .schema import TABLES
from .writer import insert

MANIFEST = "manifest.json"
FORMAT = "tacitus-batch"
FORMAT_VERSION = 1
OUTPUT_TABLES: tuple[str, ...] = ("documents", "sentences", "mentions", "events", "quotes")
CHUNK_DOCUMENTS = 1000  # documents per part file: bounds a worker's memory
PARTITION_SEQS = 1_000_000_000  # documents of partition p are numbered from p * this


# -- writing (on the workers) ------------------------------------------------------------------


@dataclass
class PartWriter:
    """Writes one partition's results as Parquet part files, a chunk at a time.

    A chunk holds each ``doc_id`` once (the child tables are keyed by ``doc_id``); a document
    seen again starts a new chunk. Files are written under a temporary name and renamed, so a
    listed file is always whole.
    """

    out: Path
    partition: int
    chunk_documents: int = CHUNK_DOCUMENTS
    files: dict[str, list[str]] = field(default_factory=lambda: {t: [] for t in OUTPUT_TABLES})
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(OUTPUT_TABLES, 0))
    _rows: dict[str, list[rows.Row]] = field(default_factory=dict)
    _ids: set[str] = field(default_factory=set)
    _chunk: int = 0
    _seq: int = 0

    def add(self, result: DocumentResult) -> None:
        doc_id = result.document.doc_id
        if doc_id in self._ids or len(self._ids) >= self.chunk_documents:
            self.flush()
        self._ids.add(doc_id)
        table = self._rows
        seq = self.partition * PARTITION_SEQS + self._seq  # unique in the whole output
        self._seq += 1
        table.setdefault("documents", []).append(
            rows.document_row(seq, result.document, len(result.events), len(result.sentences))
        )
        table.setdefault("sentences", []).extend(
            rows.sentence_row(doc_id, i, s, seq) for i, s in enumerate(result.sentences)
        )
        table.setdefault("mentions", []).extend(
            rows.mention_row(doc_id, i, m, seq) for i, m in enumerate(result.mentions)
        )
        table.setdefault("events", []).extend(
            rows.event_row(doc_id, i, e, seq) for i, e in enumerate(result.events)
        )
        table.setdefault("quotes", []).extend(
            rows.quote_row(doc_id, i, q, seq) for i, q in enumerate(result.quotes)
        )

    def flush(self) -> None:
        """Write the pending chunk (nothing when it is empty)."""
        if not self._ids:
            return
        con = duckdb.connect()
        try:
            for table in OUTPUT_TABLES:
                data = self._rows.get(table, [])
                if not data:
                    continue
                name = f"part-{self.partition:05d}-{self._chunk:03d}.parquet"
                self._write(con, table, data, Path(table) / name)
                self.files[table].append(f"{table}/{name}")
                self.counts[table] += len(data)
        finally:
            con.close()
        self._rows, self._ids = {}, set()
        self._chunk += 1

    def _write(
        self, con: duckdb.DuckDBPyConnection, table: str, data: list[rows.Row], relative: Path
    ) -> None:
        columns = ", ".join(f'"{name}" {kind}' for name, kind in TABLES[table])
        con.execute(f"CREATE OR REPLACE TABLE {table} ({columns})")
        insert(con, table, data)
        target = self.out / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        quoted = str(temporary).replace("'", "''")
        con.execute(f"COPY {table} TO '{quoted}' (FORMAT parquet, COMPRESSION zstd)")
        temporary.replace(target)


def remove_partition_files(out: Path, partition: int) -> None:
    """Remove what a failed partition may have written (listed nowhere, but tidy)."""
    for table in OUTPUT_TABLES:
        folder = out / table
        if folder.is_dir():
            for path in folder.glob(f"part-{partition:05d}-*.parquet"):
                path.unlink(missing_ok=True)


# -- the manifest ------------------------------------------------------------------------------


def write_manifest(out: Path, manifest: Mapping[str, Any]) -> Path:
    path = out / MANIFEST
    temporary = out / f".{MANIFEST}.tmp"
    temporary.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", "utf-8")
    temporary.replace(path)
    return path


def new_manifest() -> dict[str, Any]:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "tacitus_version": __version__,
        "schema_version": SCHEMA_VERSION,
    }


def is_batch_output(path: str | Path) -> bool:
    """Whether ``path`` is a directory written by ``tacitus batch`` (it has its manifest)."""
    manifest = Path(path) / MANIFEST
    if not manifest.is_file():
        return False
    try:
        data = json.loads(manifest.read_text("utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("format") == FORMAT


def read_manifest(path: str | Path) -> dict[str, Any]:
    manifest = Path(path) / MANIFEST
    try:
        data = json.loads(manifest.read_text("utf-8"))
    except OSError as exc:
        raise StoreError(f"cannot read {manifest}: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise DataError(f"{manifest} is not valid JSON ({exc})") from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise DataError(f"{manifest} is not a tacitus batch manifest")
    if data.get("format_version", 0) > FORMAT_VERSION:
        raise DataError(
            f"{manifest} has format version {data.get('format_version')}, newer than this "
            f"Tacitus reads ({FORMAT_VERSION})",
            hint="upgrade Tacitus to load it",
        )
    return data


# -- reading ------------------------------------------------------------------------------------


def read_output(path: str | Path) -> Iterator[DocumentResult | InputError]:
    """A batch output's results and failures, partition by partition, in input order."""
    root = Path(path)
    manifest = read_manifest(root)
    for partition in sorted(manifest.get("partitions", []), key=lambda p: p["index"]):
        for failure in partition.get("failures", []):
            yield InputError(failure["source"], failure["reason"])
        if partition.get("status") != "completed":
            inputs = ", ".join(partition.get("inputs", []))
            yield InputError(
                inputs or f"partition {partition['index']}",
                f"batch partition {partition['index']} failed: {partition.get('error')}",
            )
            continue
        files = partition.get("files", {})
        for chunk, documents_file in enumerate(files.get("documents", [])):
            yield from _read_chunk(root, documents_file, files, chunk)


def _read_chunk(
    root: Path, documents_file: str, files: Mapping[str, Sequence[str]], chunk: int
) -> Iterator[DocumentResult]:
    suffix = Path(documents_file).name
    con = duckdb.connect()
    try:
        by_table = {
            table: _group(_read(con, root / table / suffix, table))
            for table in OUTPUT_TABLES[1:]
            if f"{table}/{suffix}" in files.get(table, [])
        }
        documents = _read(con, root / documents_file, "documents")
    finally:
        con.close()
    for row in documents:
        doc_id = row["doc_id"]
        yield DocumentResult(
            rows.document_from(row),
            events=[rows.event_from(r) for r in by_table.get("events", {}).get(doc_id, [])],
            mentions=[_mention_from(r) for r in by_table.get("mentions", {}).get(doc_id, [])],
            quotes=[rows.quote_from(r) for r in by_table.get("quotes", {}).get(doc_id, [])],
            sentences=[
                (r["start_char"], r["end_char"], r["text"])
                for r in by_table.get("sentences", {}).get(doc_id, [])
            ],
        )


def _read(con: duckdb.DuckDBPyConnection, path: Path, table: str) -> list[dict[str, Any]]:
    order = "sentence_id" if table == "sentences" else "seq"
    try:
        cursor = con.execute(f"SELECT * FROM read_parquet(?) ORDER BY {order}", [str(path)])
        names = [d[0] for d in cursor.description or []]
        found = [dict(zip(names, values, strict=True)) for values in cursor.fetchall()]
    except duckdb.Error as exc:
        raise StoreError(f"cannot read batch output file {path} ({exc})") from exc
    missing = [name for name, _ in TABLES[table] if name not in names]
    for row in found:  # written by an older Tacitus: columns added since are empty
        row.update(dict.fromkeys(missing))
    return found


def _group(found: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for row in found:
        grouped.setdefault(row["doc_id"], []).append(row)
    return grouped


def _mention_from(row: Mapping[str, Any]) -> ActorMention:
    actor = rows.actor_from(row, "actor")
    if actor is None:
        raise DataError(f"mention without an actor in batch output (document {row['doc_id']})")
    return ActorMention(
        row["doc_id"], row["sentence_id"], row["start_char"], row["end_char"], actor
    )
