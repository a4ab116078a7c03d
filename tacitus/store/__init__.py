"""The event store: an embedded DuckDB database of documents, events, actors and quotes.

>>> from tacitus import open_store                      # doctest: +SKIP
>>> with open_store("tacitus.duckdb") as store:         # doctest: +SKIP
...     store.ingest(pipeline.read(["articles/"]), pipeline)
...     network = store.dyads(Filters(country="RUS"))

Modules: :mod:`.schema` (tables and columns), :mod:`.migrations` (how stores get there),
:mod:`.connection` (DuckDB connecting and error translation), :mod:`.database` (the Store
object), :mod:`.writer` (batch upserts), :mod:`.ingest`, :mod:`.queries`, :mod:`.export`.
"""

from __future__ import annotations

from .database import DEFAULT_PATH, Store, open_store
from .ingest import IngestMonitor, IngestStats
from .migrations import SCHEMA_VERSION
from .queries import Filters
from .writer import BatchCounts

__all__ = [
    "DEFAULT_PATH",
    "SCHEMA_VERSION",
    "BatchCounts",
    "Filters",
    "IngestMonitor",
    "IngestStats",
    "Store",
    "open_store",
]
