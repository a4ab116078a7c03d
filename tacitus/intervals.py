"""Which of many character spans hold a position, asked many times (quotes, clauses).

Looking through every span for every question made long documents quadratic (a predicate
asking which quote it sits in, a quote asking which reported clause holds it). A
:class:`Stabbing` sorts the spans by start and keeps the furthest end of each block of them
in a segment tree, so a question costs ``log n`` per span that holds the position, and an end
may grow as the caller merges spans.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence


class Stabbing:
    """Spans ``[start, end)``, each known by its index in the sequence given."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self._order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self._starts = [spans[i][0] for i in self._order]
        self._at = {given: k for k, given in enumerate(self._order)}
        self._size = 1
        while self._size < max(len(spans), 1):
            self._size *= 2
        self._ends = [-1] * (2 * self._size)  # leaves: ends in start order; nodes: their max
        for k, given in enumerate(self._order):
            self._ends[self._size + k] = spans[given][1]
        for node in range(self._size - 1, 0, -1):
            self._ends[node] = max(self._ends[2 * node], self._ends[2 * node + 1])

    def holding(self, position: int, after_start: bool = False) -> list[int]:
        """The indexes of the spans with ``start <= position < end`` (``start < position``
        with ``after_start``), in the order given."""
        search = bisect_left if after_start else bisect_right
        limit = search(self._starts, position)  # spans k < limit start early enough
        found: list[int] = []
        stack = [(1, 0, self._size)]
        while stack:
            node, low, high = stack.pop()
            if low >= limit or self._ends[node] <= position:
                continue
            if high - low == 1:
                found.append(self._order[low])
                continue
            middle = (low + high) // 2
            stack.append((2 * node + 1, middle, high))
            stack.append((2 * node, low, middle))
        return sorted(found)

    def grow(self, given: int, end: int) -> None:
        """The span ``given`` now ends at ``end`` (later than before)."""
        node = self._size + self._at[given]
        self._ends[node] = max(self._ends[node], end)
        node //= 2
        while node:
            self._ends[node] = max(self._ends[2 * node], self._ends[2 * node + 1])
            node //= 2
