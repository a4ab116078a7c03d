"""``tacitus batch``: the pipeline mapped over partitions of many inputs on a Dask cluster.

The client plans, the workers read, analyse and write, the client writes the manifest::

    client   inputs ─► work units (text/HTML files; line ranges of JSON-lines files; row
             ranges of Parquet files) ─► partitions of about equal size
    workers  a partition ─► Document/InputError items ─► process_batch (the same per-batch
             function as in-process and n_process runs) ─► Parquet part files in OUT
    client   partition summaries (counts, failures, files) ─► OUT/manifest.json

The output is what ``tacitus ingest OUT`` loads (:mod:`tacitus.store.batch_output`, :class:`tacitus.ingest.Recorded`). Nothing
is dropped silently: an unreadable input or a document that fails is listed in the manifest
with its name and the reason; a partition whose task fails (a worker exception, a worker that
dies) is listed with its inputs and the error, and its files are removed.

Dask is an optional dependency (``pip install 'tacitus[dask]'``); it is imported only here.
Workers need the same Tacitus version and spaCy model as the client, and must see the input
paths and OUT under the same names (a shared filesystem on a multi-machine cluster).
"""

from __future__ import annotations

import io
import json
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .errors import ConfigError, InputFailure, TacitusError
from .inputs import JSONL_SUFFIXES, _json_document, _read_bytes, decode, input_files
from .pipeline import Options, process_batch
from .records import Document, InputError
from .store.batch_output import (
    MANIFEST,
    OUTPUT_TABLES,
    PartWriter,
    new_manifest,
    remove_partition_files,
    write_manifest,
)
from .version import __version__

if TYPE_CHECKING:
    from distributed import Client

PARQUET_SUFFIXES = {".parquet", ".pq"}
SPLIT_BYTES = 64 * 2**20  # JSON-lines files are cut into pieces of about this size at most
Item = Document | InputError


# -- planning (on the client) -----------------------------------------------------------------


@dataclass(frozen=True)
class Unit:
    """A piece of input a worker reads on its own.

    ``name`` is how the input is named in ids and errors (as ``tacitus extract`` names it),
    ``path`` where a worker opens it (absolute). For ``jsonl`` units, ``start``/``stop`` are
    byte offsets and ``line`` the number of the first line; for ``parquet`` units they are
    row numbers (``line`` unused).
    """

    name: str
    path: str
    doc_id: str
    kind: str  # "file" (one document), "jsonl", "parquet", "error"
    size: int = 0
    start: int = 0
    stop: int = 0
    line: int = 1
    reason: str = ""  # for "error" units: why the input cannot be read

    def describe(self) -> str:
        if self.kind == "jsonl" and (self.start > 0 or self.stop < self.size):
            return f"{self.name} (from line {self.line}, bytes {self.start}-{self.stop})"
        if self.kind == "parquet" and self.start > 0:
            return f"{self.name} (rows {self.start + 1}-{self.stop})"
        return self.name


@dataclass(frozen=True)
class Partition:
    index: int
    units: tuple[Unit, ...]

    @property
    def inputs(self) -> list[str]:
        return [u.describe() for u in self.units]


def plan(inputs: Sequence[str], partitions: int) -> list[Partition]:
    """Cut ``inputs`` (files and directories) into at most ``partitions`` partitions of about
    equal size, in input order."""
    if partitions < 1:
        raise ConfigError(f"--partitions must be >= 1 (got {partitions})")
    files = list(_expand(inputs))
    total = sum(u.size for u in files)
    target = max(1, min(SPLIT_BYTES, -(-total // partitions)))
    units: list[Unit] = []
    for unit in files:
        if unit.kind == "jsonl" and unit.size > target:
            units.extend(_split_jsonl(unit, target))
        elif unit.kind == "parquet":
            units.extend(_split_parquet(unit, target))
        else:
            units.append(unit)
    return _group_units(units, partitions)


def _expand(inputs: Sequence[str]) -> Iterator[Unit]:
    """The files of the inputs with their doc ids (as ``tacitus ingest`` names them)."""
    for raw in inputs:
        if raw == "-":
            raise ConfigError("tacitus batch cannot read stdin", hint="give files or directories")
        for found in input_files(raw):
            if isinstance(found, InputError):
                yield Unit(found.source, found.source, found.source, "error", reason=found.reason)
            else:
                yield _unit(*found)


def _unit(path: Path, doc_id: str) -> Unit:
    suffix = path.suffix.lower()
    kind = (
        "jsonl" if suffix in JSONL_SUFFIXES else "parquet" if suffix in PARQUET_SUFFIXES else "file"
    )
    size = path.stat().st_size
    return Unit(str(path), str(path.resolve()), doc_id, kind, size, 0, size)


def _split_jsonl(unit: Unit, target: int) -> Iterator[Unit]:
    """Line-aligned byte ranges of about ``target`` bytes, each with its first line number."""
    start, line = 0, 1
    with open(unit.path, "rb") as handle:
        while start < unit.size:
            handle.seek(start)
            block = handle.read(target)
            if start + len(block) < unit.size:
                block += handle.readline()  # finish the line the cut fell in
            stop = start + len(block)
            yield Unit(unit.name, unit.path, unit.doc_id, "jsonl", unit.size, start, stop, line)
            line += block.count(b"\n")
            start = stop


def _split_parquet(unit: Unit, target: int) -> Iterator[Unit]:
    import duckdb

    try:
        with duckdb.connect() as con:
            found = con.execute("SELECT count(*) FROM read_parquet(?)", [unit.path]).fetchone()
    except duckdb.Error as exc:
        yield Unit(unit.name, unit.path, unit.doc_id, "error", reason=f"unreadable Parquet ({exc})")
        return
    rows = int(found[0]) if found else 0
    pieces = max(1, -(-unit.size // target))
    step = max(1, -(-rows // pieces))
    for start in range(0, max(rows, 1), step):
        share = unit.size * min(step, rows - start) // max(rows, 1)
        yield Unit(
            unit.name, unit.path, unit.doc_id, "parquet", share, start, min(rows, start + step)
        )


def _group_units(units: list[Unit], partitions: int) -> list[Partition]:
    """Contiguous groups: a unit goes to the partition its middle byte falls in."""
    total = sum(u.size for u in units) or 1
    groups: list[list[Unit]] = [[] for _ in range(partitions)]
    offset = 0
    for unit in units:
        groups[min(partitions - 1, (2 * offset + unit.size) * partitions // (2 * total))].append(
            unit
        )
        offset += unit.size
    return [Partition(i, tuple(g)) for i, g in enumerate(g for g in groups if g)]


# -- reading (on a worker) ---------------------------------------------------------------------


def read_partition(partition: Partition, max_chars: int) -> Iterator[Item]:
    """The documents and errors of a partition, as ``tacitus extract`` would read them."""
    for unit in partition.units:
        if unit.kind == "error":
            yield InputError(unit.name, unit.reason)
        elif unit.kind == "jsonl":
            yield from _read_jsonl_range(unit, max_chars)
        elif unit.kind == "parquet":
            yield from _read_parquet_rows(unit, max_chars)
        else:
            yield from _read_file(unit, max_chars)


def _read_file(unit: Unit, max_chars: int) -> Iterator[Item]:
    if unit.size > max_chars * 4:
        yield InputError(
            unit.name, f"too large ({unit.size:,} bytes; the limit is {max_chars:,} characters)"
        )
        return
    try:
        data = Path(unit.path).read_bytes()
    except OSError as exc:
        yield InputError(unit.name, f"cannot read: {exc.strerror or exc}")
        return
    yield from _read_bytes(unit.name, unit.doc_id, data, max_chars, Path(unit.name).suffix.lower())


def _read_jsonl_range(unit: Unit, max_chars: int) -> Iterator[Item]:
    try:
        with open(unit.path, "rb") as handle:
            handle.seek(unit.start)
            data = handle.read(unit.stop - unit.start)
    except OSError as exc:
        yield InputError(unit.name, f"cannot read: {exc.strerror or exc}")
        return
    for number, raw in enumerate(io.BytesIO(data), start=unit.line):
        where = f"{unit.name}:{number}"
        try:
            line = decode(raw, where)
            if line.strip():
                yield _json_document(where, line, max_chars)
        except InputFailure as exc:
            yield InputError(where, exc.reason)


def _read_parquet_rows(unit: Unit, max_chars: int) -> Iterator[Item]:
    import duckdb

    try:
        with duckdb.connect() as con:
            cursor = con.execute(
                "SELECT * EXCLUDE (file_row_number), file_row_number FROM read_parquet(?, "
                "file_row_number = true) WHERE file_row_number >= ? AND file_row_number < ? "
                "ORDER BY file_row_number",
                [unit.path, unit.start, unit.stop],
            )
            names = [d[0] for d in cursor.description or []]
            found = cursor.fetchall()
    except duckdb.Error as exc:
        yield InputError(unit.name, f"unreadable Parquet ({exc})")
        return
    for values in found:
        record = dict(zip(names, values, strict=True))
        where = f"{unit.name}:{int(record.pop('file_row_number')) + 1}"
        record = {k: v if v is None or isinstance(v, str) else _text(v) for k, v in record.items()}
        try:
            yield _json_document(where, json.dumps(record, ensure_ascii=False), max_chars)
        except InputFailure as exc:
            yield InputError(where, exc.reason)


def _text(value: Any) -> str:
    iso = getattr(value, "isoformat", None)
    return str(iso()) if callable(iso) else str(value)


# -- one partition (on a worker) -----------------------------------------------------------------

_LOCK = threading.Lock()  # one analyser per process: threads of a worker take turns


@dataclass
class PartitionSummary:
    """What a worker did with one partition (its files are relative to the output)."""

    index: int
    inputs: list[str]
    status: str = "completed"
    documents: int = 0
    events: int = 0
    mentions: int = 0
    quotes: int = 0
    sentences: int = 0
    failures: list[dict[str, str]] = field(default_factory=list)
    files: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0
    error: str | None = None


def run_partition(
    partition: Partition, options: Options, out: str, version: str = __version__
) -> PartitionSummary:
    """Read, analyse and write one partition: the task every worker runs."""
    if version != __version__:
        raise ConfigError(
            f"this worker runs tacitus {__version__}, the client {version}",
            hint="install the same Tacitus version on the client and every worker",
        )
    started = time.perf_counter()
    summary = PartitionSummary(partition.index, partition.inputs)
    writer = PartWriter(Path(out), partition.index)
    batch: list[Document] = []

    def analyse() -> None:
        with _LOCK:
            results = process_batch(batch, options)
        for result in results:
            if isinstance(result, InputError):
                summary.failures.append({"source": result.source, "reason": result.reason})
            else:
                writer.add(result)
        batch.clear()

    for item in read_partition(partition, options.max_chars):
        if isinstance(item, InputError):
            summary.failures.append({"source": item.source, "reason": item.reason})
            continue
        batch.append(item)
        if len(batch) >= options.batch_size:
            analyse()
    if batch:
        analyse()
    writer.flush()
    summary.files = {t: f for t, f in writer.files.items() if f}
    summary.documents = writer.counts["documents"]
    for table in ("events", "mentions", "quotes", "sentences"):
        setattr(summary, table, writer.counts[table])
    summary.seconds = round(time.perf_counter() - started, 3)
    return summary


# -- the run (on the client) ---------------------------------------------------------------------


@dataclass
class BatchReport:
    """The manifest of a finished batch run, with shortcuts to what callers check."""

    manifest: dict[str, Any]
    path: Path

    @property
    def failures(self) -> list[dict[str, str]]:
        return list(self.manifest["failures"])

    @property
    def counts(self) -> dict[str, int]:
        return dict(self.manifest["counts"])


def run_batch(
    inputs: Sequence[str],
    out: str | Path,
    options: Options | None = None,
    client: Client | None = None,
    partitions: int | None = None,
    overwrite: bool = False,
    progress: Callable[[PartitionSummary], None] | None = None,
) -> BatchReport:
    """Analyse ``inputs`` on the Dask cluster behind ``client`` (a local cluster when None)
    and write Parquet and the manifest to ``out``.

    ``partitions`` defaults to four per worker thread. Failures are listed in the manifest;
    the run does not stop at them.
    """
    options = options or Options()
    target = prepare_output(Path(out), overwrite)
    if client is None:
        with cluster_client() as local:
            return _run(inputs, target, options, local, partitions, progress)
    return _run(inputs, target, options, client, partitions, progress)


def _run(
    inputs: Sequence[str],
    target: Path,
    options: Options,
    client: Client,
    partitions: int | None,
    progress: Callable[[PartitionSummary], None] | None,
) -> BatchReport:
    from distributed import as_completed

    threads = sum(client.nthreads().values()) or 1
    parts = plan(inputs, partitions or 4 * threads)
    manifest = new_manifest() | {
        "created": _now(),
        "config": options.to_dict(),
        "scheduler": str(getattr(client.scheduler, "address", "") or "local"),
        "workers": len(client.nthreads()),
        "inputs": list(inputs),
    }
    futures = client.map(run_partition, parts, options=options, out=str(target), pure=False)
    by_key = {f.key: p for f, p in zip(futures, parts, strict=True)}
    summaries: dict[int, PartitionSummary] = {}
    for future in as_completed(futures):
        partition = by_key[future.key]
        summaries[partition.index] = summary = _collect(future, partition, target)
        if progress is not None:
            progress(summary)
    manifest |= _totals([summaries[p.index] for p in parts])
    write_manifest(target, manifest)
    return BatchReport(manifest, target)


def _collect(future: Any, partition: Partition, out: Path) -> PartitionSummary:
    """A partition's summary; a failed task becomes a failed summary naming its inputs."""
    try:
        summary = future.result()
        if not isinstance(summary, PartitionSummary):
            raise TypeError(f"unexpected task result {type(summary).__name__}")
        return summary
    except Exception as exc:
        remove_partition_files(out, partition.index)
        message = str(exc) if isinstance(exc, TacitusError) else f"{type(exc).__name__}: {exc}"
        return PartitionSummary(partition.index, partition.inputs, status="failed", error=message)


def _totals(summaries: list[PartitionSummary]) -> dict[str, Any]:
    failures: list[dict[str, str]] = []
    for s in summaries:
        failures.extend(s.failures)
        if s.status != "completed":
            failures.append(
                {"source": ", ".join(s.inputs), "reason": f"partition {s.index} failed: {s.error}"}
            )
    counts = {t: sum(getattr(s, t) for s in summaries) for t in OUTPUT_TABLES}
    counts["failed_inputs"] = sum(len(s.failures) for s in summaries)
    counts["failed_partitions"] = sum(1 for s in summaries if s.status != "completed")
    return {
        "finished": _now(),
        "counts": counts,
        "failures": failures,
        "partitions": [asdict(s) for s in summaries],
    }


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def prepare_output(out: Path, overwrite: bool) -> Path:
    """Check (and with ``overwrite`` clear) the output directory; its absolute path."""
    out = out.resolve()
    if out.exists() and not out.is_dir():
        raise ConfigError(f"--out {out} exists and is not a directory")
    if out.is_dir() and any(out.iterdir()):
        if not overwrite:
            raise ConfigError(
                f"--out {out} is not empty", hint="choose an empty directory, or --overwrite"
            )
        _clear_output(out)
    out.mkdir(parents=True, exist_ok=True)
    return out


def _clear_output(out: Path) -> None:
    """Remove a previous batch output (its manifest and part files) and nothing else."""
    (out / MANIFEST).unlink(missing_ok=True)
    for table in OUTPUT_TABLES:
        folder = out / table
        if folder.is_dir():
            for path in folder.glob("*.parquet"):
                path.unlink()
            for path in folder.glob(".*.tmp"):
                path.unlink()


def dask_available() -> bool:
    try:
        import distributed  # noqa: F401
    except ImportError:
        return False
    return True


def connect(address: str | None, workers: int | None = None) -> Client:
    """A client of the cluster at ``address``, or of a new local cluster (``workers``
    processes with one thread each, on 127.0.0.1)."""
    if not dask_available():
        raise ConfigError("tacitus batch needs Dask", hint="pip install 'tacitus[dask]'")
    from distributed import Client, LocalCluster

    if address:
        try:
            return Client(address, timeout="30s")
        except (OSError, TimeoutError) as exc:
            raise ConfigError(f"cannot reach the Dask scheduler at {address} ({exc})") from exc
    import dask

    # the workers' statistical profiler (a stack sample every 10 ms) costs this Python-heavy
    # task 10-15% of its CPU time: off (docs/scale.md says so for remote workers)
    with dask.config.set({"distributed.worker.profile.enabled": False}):
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=None, silence_logs=40,
        )  # fmt: skip
    return Client(cluster)


@contextmanager
def cluster_client(address: str | None = None, workers: int | None = None) -> Iterator[Client]:
    """A client of the cluster at ``address``, or of a new local cluster that is shut down
    with the client at the end of the block."""
    client = connect(address, workers)
    try:
        yield client
    finally:
        cluster = None if address else client.cluster
        client.close()
        if cluster is not None:
            cluster.close()
