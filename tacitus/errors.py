"""Tacitus' exception tree. Every error a user can cause is one of these:

    TacitusError
    ├── ConfigError            bad options or dictionary files (--actors, --model, ...)
    │   └── ModelNotFound      the spaCy pipeline is not installed
    ├── InputFailure           one input could not be read (the run goes on without it)
    │   ├── DecodeFailure      not UTF-8 text / binary content
    │   ├── ParseFailure       malformed JSON line, unreadable HTML
    │   ├── EmptyDocument      no text after extraction
    │   ├── TooLarge           over the size limit
    │   └── FetchFailure       a URL could not be fetched (network, HTTP status, content type)
    │       └── RefusedAddress a private or loopback address without --allow-private
    ├── DataError              a shipped or user data file is malformed
    ├── StoreError             the event store cannot be opened, migrated, read or written
    │   ├── StoreInUse         another process (or object) holds the store for writing
    │   └── StoreVersionError  the store is newer than this Tacitus, or not a Tacitus store
    └── NotFound               something asked for by its id is not there
        └── StoryNotFound      no story with that id in the store

Third-party errors (OSError, json, trafilatura, spaCy, duckdb, httpx, feedparser) are wrapped
where they are raised, so callers catch ``TacitusError`` subclasses only. Each boundary
translates them once: the CLI's command group into ``Error: message (hint)`` and exit code 2
(:class:`tacitus.cli.base.TacitusGroup`), the HTTP API into its JSON error shape with a status
(:func:`tacitus.api.errors.translate`: ``NotFound`` is 404, ``ConfigError`` 400, ``StoreError``
503).
"""

from __future__ import annotations


class TacitusError(Exception):
    """Base of every error Tacitus raises on purpose."""

    hint: str | None = None

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint


class ConfigError(TacitusError):
    """Options, model or dictionary configuration that cannot be used."""


class ModelNotFound(ConfigError):
    """The requested spaCy pipeline is not installed."""


class DataError(TacitusError):
    """A data file (shipped dictionary, user --actors file, lexicon) is malformed."""


class InputFailure(TacitusError):
    """One input could not be read; carries the input's name."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class DecodeFailure(InputFailure):
    """The input is binary or not in a text encoding Tacitus can read."""


class ParseFailure(InputFailure):
    """The input's structure is malformed (JSON line, HTML)."""


class EmptyDocument(InputFailure):
    """The input has no text to analyse."""


class TooLarge(InputFailure):
    """The input is over the size limit."""


class FetchFailure(InputFailure):
    """A URL could not be fetched: network error, HTTP status, content type, redirects."""


class RefusedAddress(FetchFailure):
    """The URL's host is a private, loopback or otherwise non-public address."""


class StoreError(TacitusError):
    """The event store cannot be opened, migrated, read or written."""


class StoreInUse(StoreError):
    """Another process (or another Store object) holds the store for writing."""


class StoreVersionError(StoreError):
    """The store's schema is newer than this Tacitus supports, or it is not a Tacitus store."""


class NotFound(TacitusError):
    """Something asked for by its id is not there.

    ``kind`` and ``key`` name it ("story", its id) for a message that leaves out where it was
    looked for (the API does not show the store's path).
    """

    def __init__(
        self, message: str, hint: str | None = None, *, kind: str = "item", key: str = ""
    ) -> None:
        super().__init__(message, hint)
        self.kind = kind
        self.key = key


class StoryNotFound(NotFound):
    """No story with that id in the store."""
