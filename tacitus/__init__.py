"""Tacitus: source-attributed political event data from news."""

from __future__ import annotations

from .errors import TacitusError
from .pipeline import Options, Pipeline
from .records import (
    Actor,
    ActorMention,
    Document,
    DocumentResult,
    Event,
    InputError,
    Quote,
    Trigger,
)
from .store import open_store
from .version import __version__

__all__ = [
    "Actor",
    "ActorMention",
    "Document",
    "DocumentResult",
    "Event",
    "InputError",
    "Options",
    "Pipeline",
    "Quote",
    "TacitusError",
    "Trigger",
    "__version__",
    "open_store",
]
