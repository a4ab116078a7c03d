"""CAMEO codes, names, Goldstein scores and quad classes (data file: ``data/cameo.csv``)."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from .errors import DataError


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    name: str
    goldstein: float

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def quad_class(self) -> int:
        """GDELT's quad class: 1 verbal cooperation (01-04), 2 material cooperation (05-08),
        3 verbal conflict (09-13), 4 material conflict (14-20)."""
        return quad_class(self.code)


def quad_class(code: str) -> int:
    root = int(code[:2])
    if root <= 4:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


@cache
def cameo_table() -> dict[str, CameoCode]:
    text = resources.files("tacitus").joinpath("data/cameo.csv").read_text(encoding="utf-8")
    table: dict[str, CameoCode] = {}
    for row in csv.DictReader(text.splitlines()):
        try:
            table[row["code"]] = CameoCode(row["code"], row["name"], float(row["goldstein"]))
        except (KeyError, ValueError) as exc:
            raise DataError(f"data/cameo.csv: bad row {row!r}: {exc}") from exc
    return table


def lookup(code: str) -> CameoCode:
    """The CAMEO entry for ``code``; unknown sub-codes fall back to their parent code."""
    table = cameo_table()
    probe = code
    while probe:
        if probe in table:
            return table[probe]
        probe = probe[:-1]
    raise DataError(f"unknown CAMEO code {code!r}")
