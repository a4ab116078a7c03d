"""Keyset (cursor) paging: a page starts after the last row of the previous one.

Every list is in a total order (its last key is unique): events and quotes in ingest order
(``doc_seq, seq``), documents by ``seq``, actors by events, mentions and key, stories by
documents and ``seq``. A cursor holds the order's values of a page's last row, and the next
page is the rows after them: ``WHERE (a, b) > (x, y)`` written out so that DuckDB can skip row
groups by their zone maps, instead of counting ``OFFSET`` rows from the start each time.

The cursor is opaque to clients (base64 of the list's name and the values; a cursor of one list
is refused by another) and stable under concurrent ingest: new documents come after every
existing one in ingest order, and a changed document keeps its place, so paging through
events, quotes or documents while ingest goes on never repeats or skips a row that was there
when paging began. Lists ordered by counts (actors, stories) are ordered by what the counts are
when each page is read: as ingest only adds, an item already listed moves up, never below the
cursor, so it is not listed twice; an item that rises past the cursor meanwhile is not listed
in that walk (docs/store.md).
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..errors import ConfigError
from .where import Where

VERSION = 1


@dataclass(frozen=True)
class Order:
    """A list's order: SQL expressions, each ascending or descending (``desc``)."""

    kind: str  # the list's name, carried in its cursors
    columns: tuple[str, ...]
    desc: tuple[bool, ...]

    def sql(self) -> str:
        return ", ".join(
            f"{c} DESC" if d else c for c, d in zip(self.columns, self.desc, strict=True)
        )

    def after(self, where: Where, values: Sequence[Any]) -> None:
        """Adds: the row comes after ``values`` in this order. Written as
        ``a > x OR (a = x AND (b > y OR ...))`` with the first column's bound outside the
        OR, so a scan can prune on it."""
        if len(values) != len(self.columns):
            raise ConfigError(f"a {self.kind} cursor holds {len(self.columns)} values")
        first, desc = self.columns[0], self.desc[0]
        where.add(f"{first} {'<=' if desc else '>='} ?", values[0])
        where.add(*self._beyond(0, values))

    def _beyond(self, at: int, values: Sequence[Any]) -> tuple[Any, ...]:
        column, desc = self.columns[at], self.desc[at]
        strictly = f"{column} {'<' if desc else '>'} ?"
        if at == len(self.columns) - 1:
            return (strictly, values[at])
        rest, *params = self._beyond(at + 1, values)
        return (f"({strictly} OR ({column} = ? AND {rest}))", values[at], values[at], *params)


def encode(order: Order, values: Sequence[Any]) -> str:
    """The cursor of the page after the row with these order values."""
    data = json.dumps([VERSION, order.kind, list(values)], separators=(",", ":"))
    return base64.urlsafe_b64encode(data.encode("utf-8")).decode("ascii").rstrip("=")


def decode(order: Order, cursor: str) -> tuple[Any, ...]:
    """The order values a cursor holds; :class:`ConfigError` when it is not one of this
    list's cursors."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        version, kind, values = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, TypeError, binascii.Error, UnicodeError):
        raise ConfigError(
            "cursor is not valid", hint="use the next_cursor of the previous page"
        ) from None
    if version != VERSION or kind != order.kind:
        raise ConfigError(
            f"cursor is not one of the {order.kind} list's",
            hint="use the next_cursor this list returned",
        )
    if not isinstance(values, list) or len(values) != len(order.columns):
        raise ConfigError("cursor is not valid", hint="use the next_cursor of the previous page")
    if not all(isinstance(v, str | int | float) and not isinstance(v, bool) for v in values):
        raise ConfigError("cursor is not valid", hint="use the next_cursor of the previous page")
    return tuple(values)


EVENTS = Order("events", ("doc_seq", "seq"), (False, False))
QUOTES = Order("quotes", ("q.doc_seq", "q.seq"), (False, False))
DOCUMENTS = Order("documents", ("d.seq",), (False,))
ACTORS = Order("actors", ("events", "mentions", "actor_key"), (True, True, False))
STORIES = Order("stories", ("documents", "seq"), (True, False))
