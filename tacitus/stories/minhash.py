"""MinHash signatures and a banded LSH index for near-duplicate detection.

A document's signature is the minimum, over its word shingles, of ``NUM_PERM`` hash functions
(multiply-shift hashing of a 64-bit BLAKE2 digest: deterministic across runs and machines,
unlike Python's ``hash``). The share of equal positions in two signatures estimates the
Jaccard similarity of the shingle sets. Signatures are cut into ``BANDS`` bands of ``ROWS``
rows; documents that agree on a whole band become candidates, which are then checked on the
full signature. With 20 bands of 3 rows a pair at Jaccard 0.5 becomes a candidate with
probability 0.93, at 0.7 with probability 0.9999, at 0.2 with probability 0.15.

:class:`Buckets` keeps the band keys as a sorted NumPy array (12 bytes per key, binary search)
plus a small dict of recent keys merged in now and then, so memory and lookup time stay low at
hundreds of thousands of documents.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import numpy as np
import numpy.typing as npt

NUM_PERM = 60
BANDS = 20
ROWS = NUM_PERM // BANDS
MAX_HASH = np.uint32(0xFFFFFFFF)

Signature = npt.NDArray[np.uint32]

_rng = np.random.default_rng(20250611)
_A = _rng.integers(1, 2**63, NUM_PERM, dtype=np.uint64) | np.uint64(1)  # odd multipliers
_B = _rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64)
_SHIFT = np.uint64(32)


def _digest(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def signature(shingles: Iterable[str]) -> Signature:
    """The MinHash signature of a set of shingles (all MAX_HASH for an empty set)."""
    hashes = np.fromiter((_digest(s) for s in shingles), dtype=np.uint64)
    if hashes.size == 0:
        return np.full(NUM_PERM, MAX_HASH, dtype=np.uint32)
    with np.errstate(over="ignore"):  # multiply-shift hashing wraps around on purpose
        mixed = (hashes[:, None] * _A[None, :] + _B[None, :]) >> _SHIFT
    return np.asarray(mixed.min(axis=0), dtype=np.uint32)


def jaccard(a: Signature, b: Signature) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


def band_keys(sig: Signature) -> list[int]:
    """One 63-bit key per band (the band number is part of the key)."""
    keys = []
    for band in range(BANDS):
        chunk = sig[band * ROWS : (band + 1) * ROWS].tobytes()
        digest = hashlib.blake2b(bytes([band]) + chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little") >> 1)
    return keys


def empty(sig: Signature) -> bool:
    return bool(np.all(sig == MAX_HASH))


class Buckets:
    """Band key → document numbers; sorted arrays plus a dict of keys added since the last
    merge (merged when it holds ``merge_at`` keys)."""

    def __init__(self, merge_at: int = 20_000) -> None:
        self._keys = np.zeros(0, dtype=np.int64)
        self._values = np.zeros(0, dtype=np.int32)
        self._recent: dict[int, list[int]] = {}
        self._n_recent = 0
        self._merge_at = merge_at

    def __len__(self) -> int:
        return int(self._keys.size) + self._n_recent

    def add(self, keys: Iterable[int], value: int) -> None:
        for key in keys:
            self._recent.setdefault(key, []).append(value)
            self._n_recent += 1
        if self._n_recent >= self._merge_at:
            self._merge()

    def get(self, keys: Iterable[int]) -> list[int]:
        """Document numbers sharing at least one key, ascending, without repeats."""
        found: set[int] = set()
        wanted = list(keys)
        if self._keys.size:
            probe = np.asarray(wanted, dtype=np.int64)
            lo = np.searchsorted(self._keys, probe, side="left")
            hi = np.searchsorted(self._keys, probe, side="right")
            for a, b in zip(lo.tolist(), hi.tolist(), strict=True):
                if b > a:
                    found.update(self._values[a:b].tolist())
        for key in wanted:
            found.update(self._recent.get(key, ()))
        return sorted(found)

    def _merge(self) -> None:
        keys = [k for k, vs in self._recent.items() for _ in vs]
        values = [v for vs in self._recent.values() for v in vs]
        all_keys = np.concatenate([self._keys, np.asarray(keys, dtype=np.int64)])
        all_values = np.concatenate([self._values, np.asarray(values, dtype=np.int32)])
        order = np.argsort(all_keys, kind="stable")
        self._keys, self._values = all_keys[order], all_values[order]
        self._recent, self._n_recent = {}, 0
