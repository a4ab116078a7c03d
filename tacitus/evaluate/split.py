"""The dev/test split of real-text gold documents (BENCHMARKS.md): even md5 of the id is "dev"."""

from __future__ import annotations

import hashlib

HALVES = ("dev", "test")


def half_of(doc_id: str) -> str:
    """ "dev" when the md5 of the document id is even, "test" when it is odd."""
    return "dev" if int(hashlib.md5(doc_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


def in_half(doc_id: str, half: str) -> bool:
    """Whether a document belongs to ``half`` ("dev", "test" or "all")."""
    return half == "all" or half_of(doc_id) == half
