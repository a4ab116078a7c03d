"""The event store: an embedded DuckDB database of documents, events, actors and quotes.

>>> from tacitus import open_store                      # doctest: +SKIP
>>> with open_store("tacitus.duckdb") as store:         # doctest: +SKIP
...     network = store.dyads(Filters(country="RUS"))

The store only stores: analysing documents into it is :func:`tacitus.ingest.ingest`, placing
them in stories :mod:`tacitus.stories`.

Modules: :mod:`.schema` (tables and columns), :mod:`.story_tables` (the stories' tables),
:mod:`.migrations` (how stores get there), :mod:`.connection` (DuckDB connecting and error
translation), :mod:`.database` (the Store object), :mod:`.writer` (batch upserts),
:mod:`.queries`, :mod:`.where` (filter conditions), :mod:`.export`, :mod:`.batch_output`
(``tacitus batch``'s Parquet output and manifest).
"""

from __future__ import annotations

from .database import DEFAULT_PATH, Store, open_store
from .filters import Filters
from .migrations import SCHEMA_VERSION
from .writer import BatchCounts

__all__ = [
    "DEFAULT_PATH",
    "SCHEMA_VERSION",
    "BatchCounts",
    "Filters",
    "Store",
    "open_store",
]
