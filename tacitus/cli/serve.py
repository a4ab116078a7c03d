"""``tacitus serve`` (the HTTP API and dashboard over a store) and ``tacitus demo`` (the
bundled sample corpus ingested into a local store, then served)."""

from __future__ import annotations

import contextlib
import ipaddress
import os
import signal
import socket
import sys
import time
import traceback
from importlib.resources import files
from pathlib import Path

import click

from ..fetch import FetchPolicy, read_sources
from ..ingest import ingest
from ..pipeline import Options, Pipeline
from ..store import Store, open_store
from .base import Abort, main
from .options import db_option, make_options, pipeline_options

DEMO_DB = "tacitus-demo.duckdb"


def _samples() -> list[str]:
    """The sample corpus: the JSON lines (the 30 articles, then the 84 of the newsroom corpus)
    plus the HTML and text examples (not the README, not the labels)."""
    root = Path(str(files("tacitus") / "samples"))
    return [str(root / "corpus.jsonl"), str(root / "newsroom.jsonl"), str(root / "html"),
            str(root / "text")]  # fmt: skip


def server_options(func: click.decorators.FC) -> click.decorators.FC:
    options = [
        click.option("--host", default="127.0.0.1", show_default=True,
                     help="Address to listen on (loopback by default: only this machine)."),
        click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True,
                     help="Port to listen on (0: any free port)."),
        click.option("--token", envvar="TACITUS_TOKEN", default=None,
                     help="Enable POST /api/documents for clients sending 'Authorization: "
                     "Bearer TOKEN'; also $TACITUS_TOKEN. Without it the API is read-only."),
        click.option("--memory-limit", default="auto", show_default=True, metavar="SIZE",
                     help="Cap the store's memory (DuckDB's buffer cache), e.g. 512MB; 'auto': "
                     "an eighth of the machine's memory, at least 256MiB and at most 1GiB; "
                     "'none': DuckDB's own (80% of RAM), so a large store's server grows."),
    ]  # fmt: skip
    for option in reversed(options):
        func = option(func)
    return func


MIN_MEMORY = 256  # MiB: the automatic memory limit's floor ...
MAX_MEMORY = 1024  # ... and ceiling (the server's own heap, ~200 MiB, comes on top)


def auto_memory_limit(total: int | None = None) -> str:
    """The server's default memory limit: an eighth of ``total`` bytes (the machine's memory,
    or the container's where its cgroup sets less), between 256 MiB and 1 GiB. On the 10M-event
    synthetic store a 512 MB cap kept the server's peak at 756 MiB against 1,463 uncapped, at
    about the same latency (docs/scale.md)."""
    if total is None:
        import psutil

        total = int(psutil.virtual_memory().total)
        with contextlib.suppress(OSError, ValueError):
            total = min(total, int(Path("/sys/fs/cgroup/memory.max").read_text().strip()))
    mib = min(MAX_MEMORY, max(MIN_MEMORY, total // 8 // 2**20))
    return f"{mib}MiB"


def _limit_memory(store: Store, limit: str) -> str:
    """Applies ``--memory-limit`` ('auto': :func:`auto_memory_limit`; 'none': DuckDB's own);
    what was set, for the line that says the server listens."""
    chosen = auto_memory_limit() if limit.lower() == "auto" else limit
    if chosen.lower() != "none":
        store.limit_memory(chosen)
    shown = "none" if chosen.lower() == "none" else chosen
    return f"memory limit {shown}{' (auto)' if limit.lower() == 'auto' else ''}"


def _bind(host: str, port: int) -> socket.socket:
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        # IPPROTO_TCP: asyncio turns Nagle off (TCP_NODELAY) only on sockets that say TCP;
        # without it every response written in two parts waits ~40 ms for a delayed ACK
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        # listening now, before "serving on ..." is printed: a client that connects as soon as
        # it reads that line waits in the backlog instead of being refused while uvicorn starts
        sock.listen(2048)
    except OSError as exc:
        sock.close()
        hint = "choose another with --port" if port else None
        raise Abort(f"cannot listen on {host}:{port} ({exc.strerror or exc})", hint) from exc
    return sock


def _loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"


def run_server(
    store: Store, host: str, port: int, token: str | None, options: Options, memory: str = ""
) -> None:
    """Serve ``store`` until Ctrl-C (or SIGTERM); the store stays held while it runs."""
    from ..api import prepare

    prepare()  # the gazetteer loaded, the heap frozen: no cold first map, no 300 ms GC pauses
    sock = _bind(host, port)
    _announce(str(store.path), host, sock, token, memory)
    try:
        _serve_socket(store, sock, host, token, options)
    finally:
        sock.close()
    click.echo("tacitus: stopped", err=True)


def _announce(path: str, host: str, sock: socket.socket, token: str | None, memory: str) -> None:
    bound = sock.getsockname()[1]
    shown = f"[{host}]" if ":" in host else host
    click.echo(
        f"tacitus: serving {path} on http://{shown}:{bound}/ (API docs at /docs); "
        f"writes {'need the token' if token else 'are off'}; "
        f"{memory + '; ' if memory else ''}Ctrl-C stops",
        err=True,
    )
    if not _loopback(host):
        click.echo(
            f"tacitus: warning: listening on {host}: anyone who can reach this address can "
            "read the store",
            err=True,
        )


def _serve_socket(
    store: Store, sock: socket.socket, host: str, token: str | None, options: Options
) -> None:
    """uvicorn on a listening socket until Ctrl-C or SIGTERM."""
    import uvicorn

    from ..api import LOOPBACK_NAMES, create_app
    from ..api.protocol import JsonErrorsProtocol

    hosts = LOOPBACK_NAMES if _loopback(host) else None  # no DNS rebinding onto loopback
    app = create_app(store, token=token, make_pipeline=lambda: Pipeline(options), hosts=hosts)
    config = uvicorn.Config(
        app, log_level="warning", access_log=False, lifespan="off", http=JsonErrorsProtocol
    )
    with contextlib.suppress(KeyboardInterrupt):
        uvicorn.Server(config).run(sockets=[sock])


def run_workers(db: str, workers: int, host: str, port: int, options: Options,
                memory_limit: str) -> None:  # fmt: skip
    """Serve a store read-only from ``workers`` processes that share one listening socket
    (forked after it is bound: the kernel hands each connection to one of them). Each worker
    opens the store read-only with a cache and memory cap of its own, so a query's Python work
    (turning rows into answers) runs on as many cores as there are workers. Ctrl-C or SIGTERM
    stops them all; a worker that dies stops the others, and the command exits non-zero."""
    from ..api import prepare

    if not hasattr(os, "fork"):
        raise Abort("--workers needs a system with fork (Linux, macOS)", "run one process")
    with open_store(db, read_only=True) as store:  # a store that cannot be read fails here, once
        path = str(store.path)
        memory = _limit_memory(store, memory_limit)
    prepare()  # loaded and frozen once, before the fork: the workers share those pages
    sock = _bind(host, port)
    _announce(path, host, sock, None, f"{workers} worker processes; {memory} each")
    children: list[int] = []
    for _ in range(workers):
        pid = os.fork()
        if pid == 0:  # a worker: never returns into the command
            code = 0
            try:
                with open_store(db, read_only=True) as store:
                    _limit_memory(store, memory_limit)
                    _serve_socket(store, sock, host, None, options)
            except BaseException:  # reported, then the worker exits non-zero
                traceback.print_exc()
                code = 1
            finally:
                os._exit(code)
        children.append(pid)
    sock.close()  # the workers hold it
    failed = _wait_for(children)
    if failed:
        click.echo(f"error: {failed}; the other workers were stopped", err=True)
        sys.exit(1)
    click.echo("tacitus: stopped", err=True)


def _wait_for(children: list[int]) -> str | None:
    """Waits for the workers, forwarding Ctrl-C and SIGTERM to them; the first that exits on
    its own with an error stops the rest. Says which failed, or None."""
    stopping = False

    def stop(signum: int, frame: object) -> None:
        nonlocal stopping
        stopping = True
        for pid in alive:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGTERM)

    alive = set(children)
    failed = None
    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        while alive:
            try:
                pid, status = os.wait()
            except ChildProcessError:
                break
            alive.discard(pid)
            code = os.waitstatus_to_exitcode(status)
            if code != 0 and not stopping and failed is None:
                failed = (
                    f"worker {pid} died ({'signal ' + str(-code) if code < 0 else f'exit {code}'})"
                )
                stop(signal.SIGTERM, None)
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return failed


@main.command()
@db_option
@server_options
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes sharing the port, each with the store open read-only (not "
              "with --token: writes need the one writer); the memory limit is per worker.")  # fmt: skip
@pipeline_options
def serve(db: str, host: str, port: int, token: str | None, memory_limit: str, workers: int,
          model: str, processes: int, batch_size: int, actor_files: tuple[str, ...],
          as_of: str | None) -> None:  # fmt: skip
    """Serve the HTTP API (/api, OpenAPI at /docs) and the dashboard (/) over a store.

    The store is held while the server runs (one writer: docs/store.md): with --token it is opened
    for writing and documents are ingested through POST /api/documents; without, it is opened
    read-only, and --workers N serves it from N processes (docs/scale.md). Listens on
    127.0.0.1 unless --host says otherwise.
    """
    options = make_options(model, processes, batch_size, actor_files, as_of)
    if workers > 1:
        if token:
            raise Abort("--workers serves read-only: writes (--token) need the one writer",
                        "serve with --token in one process")  # fmt: skip
        run_workers(db, workers, host, port, options, memory_limit)
        return
    with open_store(db, read_only=not token) as store:
        memory = _limit_memory(store, memory_limit)
        run_server(store, host, port, token, options, memory)


def _ingest_samples(store: Store, options: Options) -> None:
    pipeline = Pipeline(options)
    inputs = _samples()
    click.echo(f"tacitus: ingesting the sample corpus into {store.path} ...", err=True)
    started = time.perf_counter()
    try:
        stats = ingest(store, read_sources(inputs, options.max_chars, FetchPolicy()), pipeline,
                       inputs=inputs)  # fmt: skip
    except KeyboardInterrupt:
        click.echo("tacitus: interrupted; what was committed is kept", err=True)
        sys.exit(130)
    click.echo(
        f"tacitus: {stats.documents} documents ({stats.new} new, {stats.unchanged} unchanged, "
        f"{stats.failed} failed), {stats.events} new events "
        f"({time.perf_counter() - started:.1f}s)",
        err=True,
    )


@main.command()
@click.option("--db", default=DEMO_DB, show_default=True, type=click.Path(dir_okay=False),
              help="Store for the demo (created in the current directory when missing).")  # fmt: skip
@server_options
@click.option("--no-serve", is_flag=True, help="Ingest the sample corpus and exit.")
@pipeline_options
def demo(db: str, host: str, port: int, token: str | None, memory_limit: str,
         no_serve: bool, model: str, processes: int, batch_size: int,
         actor_files: tuple[str, ...], as_of: str | None) -> None:  # fmt: skip
    """Ingest the bundled sample corpus (tacitus/samples) into a local store and serve it.

    The store is ./tacitus-demo.duckdb unless --db says otherwise; running the demo again
    skips the documents already stored, so it starts at once. --no-serve stops after the
    ingest (for scripts and checks).
    """
    options = make_options(model, processes, batch_size, actor_files, as_of)
    with open_store(db, read_only=False) as store:
        _ingest_samples(store, options)
        if not no_serve:
            memory = _limit_memory(store, memory_limit)
            run_server(store, host, port, token, options, memory)
