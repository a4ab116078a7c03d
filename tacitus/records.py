"""The records Tacitus produces: plain dataclasses following the data contract (docs/events.md).

Every record converts to the contract's JSON shape with ``to_dict()``; field names are the
contract's and must not change without a migration of the store and the exports.
"""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any

from .actors.identity import name_id, name_key

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
)

MODALITIES: tuple[str, ...] = ("asserted", "intended", "hypothetical")


def stable_id(*parts: object, length: int = 16) -> str:
    """A short hex id that depends only on ``parts``: same input, same id."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


@dataclass(frozen=True, slots=True)
class Document:
    """One input article, as read from a file, a JSON line or stdin."""

    doc_id: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date (YYYY-MM-DD) or None when unknown
    outlet: str | None = None
    source: str | None = None  # where it was read from (path, "<stdin>", URL)
    notes: tuple[str, ...] = ()  # what the reader left out and why (a published date), shown

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class InputError:
    """An input that could not be read, or a document whose analysis failed (``read`` is
    False), with the reason; the run goes on without it."""

    source: str
    reason: str
    read: bool = True  # False: the input was read and its document failed in analysis


@dataclass(slots=True)
class Actor:
    """A resolved actor as written on an event: who, with country, sector and why."""

    text: str
    name: str | None = None
    actor_id: str | None = None
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    reason: str = ""
    office: str | None = None  # for people: the office held on the document's date

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def key(self) -> str:
        """What identifies the actor in the store and in a dyad: its id; else, for a named
        actor the dictionaries do not list, its normalised name (``name:priorities-usa``:
        "the FBI" and "FBI" are one, two unlisted organisations of one state are two); else
        its country and sector (``IRQ:MIL``, an agent); else its normalised text."""
        if self.actor_id:
            return self.actor_id
        if self.name:
            return name_id(self.name)
        if self.country:
            return f"{self.country}:{self.sector or ''}"
        return name_key(self.text) or self.text.lower()


@dataclass(slots=True)
class ActorMention:
    """An actor found in a document, with character offsets into the document's text."""

    doc_id: str
    sentence_id: int
    start: int
    end: int
    actor: Actor


@dataclass(slots=True)
class Trigger:
    text: str
    start: int
    end: int


@dataclass(slots=True)
class Event:
    """One PLOVER event record: one actor pair of one predicate mention."""

    event_id: str
    mention_id: str
    doc_id: str
    sentence_id: int
    sentence: str
    trigger: Trigger
    event_type: str
    cameo: str
    quad_class: int
    goldstein: float
    source: Actor | None
    target: Actor | None
    mode: str | None = None
    context: list[str] = field(default_factory=list)
    reciprocal: bool = False
    outlet: str | None = None
    published: str | None = None
    negated: bool = False
    modality: str = "asserted"
    reported_by: Actor | None = None
    date: str | None = None
    date_precision: str | None = None
    location: dict[str, Any] | None = None
    confidence: float = 0.5
    reason: str = ""
    # no side resolved to an actor: written only on request (``--keep-partial``)
    partial: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Candidate:
    """A predicate the event coder considered and what became of it (``extract --explain``):
    ``emitted``, ``partial`` (no side resolved to an actor) or ``dropped``, with the rule."""

    sentence_id: int
    trigger: str
    start: int  # character offset of the trigger in the document's text
    event_type: str | None  # None when no lexicon reading of the word applied
    outcome: str
    rule: str
    source: str | None = None
    target: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Quote:
    """A statement and who made it: direct ("...") or indirect (X said that ...)."""

    quote_id: str
    doc_id: str
    text: str
    direct: bool
    cue: str | None  # the reporting word ("said", "according to", ":")
    speaker: Actor | None
    start: int  # character offsets of ``text`` in the document's text
    end: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class DocumentResult:
    """Everything Tacitus found in one document."""

    document: Document
    events: list[Event] = field(default_factory=list)
    mentions: list[ActorMention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sentences: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, text)
    candidates: list[Candidate] = field(default_factory=list)  # only with Options.explain
    # places and groups that are no actors ("the town", "the Red Sea": actors/entities.py)
    entities: list[ActorMention] = field(default_factory=list)
