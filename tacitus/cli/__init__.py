"""The ``tacitus`` command: a thin shell over :mod:`tacitus.pipeline` and friends.

One module per command (group) in this package; each registers itself on :func:`main` (the
group, in :mod:`.base`) when imported here. Errors are translated once, by the group; options
that several commands share are declared once (:mod:`.options`); rows are written by
:func:`.base.emit`.
"""

from __future__ import annotations

from . import batch, bench, evaluate, extract, maintain, quotes, serve, store, stories  # noqa: F401 (they register their commands)
from .base import main

__all__ = ["main"]
