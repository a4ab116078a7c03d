"""What every endpoint answers, as pydantic models: the OpenAPI schema at ``/openapi.json``
(and ``/docs``) is built from them. They document; they do not filter: the endpoints return
plain dicts, and ``tests/test_api_models.py`` checks that every answer validates against its
model with no field left undocumented (``extra="forbid"``).

Errors: every status >= 400 is :class:`ErrorBody`; a bad parameter is a 400 (never FastAPI's
422, which :func:`openapi` takes out of the schema).
"""

from __future__ import annotations

from typing import Any, Literal

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- errors ------------------------------------------------------------------------------------


class ErrorDetail(Model):
    parameter: str = Field(description="The parameter, body field or header at fault.")
    problem: str


class ErrorInfo(Model):
    status: int = Field(description="The HTTP status, again.")
    code: str = Field(
        description="Stable machine-readable word: invalid_parameter, invalid_document, "
        "invalid_host, unauthorized, writes_disabled, not_found, method_not_allowed, "
        "too_large, store_unavailable, internal_error."
    )
    message: str = Field(description="A sentence for people.")
    detail: list[ErrorDetail] | None = Field(description="What was wrong with which parameter.")


class ErrorBody(Model):
    error: ErrorInfo


def _error(description: str) -> dict[str, Any]:
    return {"model": ErrorBody, "description": description}


READ_ERRORS: dict[int | str, dict[str, Any]] = {
    400: _error("A query parameter that cannot be used (code invalid_parameter)."),
    503: _error("The store cannot be read (code store_unavailable)."),
}
NOT_FOUND: dict[int | str, dict[str, Any]] = {404: _error("Nothing of that id (not_found).")}
WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    400: _error(
        "A body field that cannot be used (invalid_parameter) or no document could be read "
        "(invalid_document)."
    ),
    401: _error("No or a wrong bearer token (unauthorized)."),
    403: _error("The server was started without a token (writes_disabled)."),
    413: _error("A body over the size limit (too_large)."),
    503: _error("The store cannot be written (store_unavailable)."),
}


# -- the data contract ---------------------------------------------------------------------------


class Actor(Model):
    text: str = Field(description="As written in the text.")
    name: str | None = None
    actor_id: str | None = Field(None, description="Namespaced id: country:RUS, person:...")
    country: str | None = Field(None, description="ISO 3166-1 alpha-3 (or IGO, IMG, ...).")
    sector: str | None = Field(None, description="GOV MIL REB INS COP SPY CVL MED BUS IGO ...")
    wikidata: str | None = None
    reason: str = Field(description="Which dictionary entry, rule or pattern decided.")
    office: str | None = Field(None, description="A person's office on the document's date.")


class Trigger(Model):
    text: str
    start: int = Field(description="Character offset in the document's text.")
    end: int


class Location(BaseModel):
    model_config = ConfigDict(extra="allow")  # other tools may add keys

    name: str | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    precision: str | None = Field(None, description="city, admin1 or country.")


class Highlight(Model):
    start: int = Field(description="Character offset in the evidence sentence.")
    end: int
    role: Literal["trigger", "source", "target"]


class Event(Model):
    """One event record (the data contract, docs/events.md) with its evidence spans."""

    event_id: str
    mention_id: str
    doc_id: str
    sentence_id: int
    sentence: str
    trigger: Trigger
    event_type: str = Field(description="PLOVER type.")
    cameo: str
    quad_class: int
    goldstein: float
    source: Actor | None
    target: Actor | None
    mode: str | None
    context: list[str]
    reciprocal: bool
    outlet: str | None
    published: str | None
    negated: bool
    modality: Literal["asserted", "intended", "hypothetical"]
    reported_by: Actor | None
    date: str | None
    date_precision: str | None
    location: Location | None
    confidence: float
    reason: str
    partial: bool
    highlights: list[Highlight] = Field(description="Trigger and actors in the sentence.")


class Quote(Model):
    quote_id: str
    doc_id: str
    text: str
    direct: bool
    cue: str | None
    speaker: Actor | None
    start: int
    end: int


class Page(Model):
    total: int = Field(description="Rows matching the filters, all pages together.")
    limit: int
    offset: int
    next_cursor: str | None = Field(
        None,
        description="Pass as cursor= for the next page (keyset paging: fast at any depth, "
        "stable while documents are ingested); null on the last page.",
    )


# -- the endpoints -------------------------------------------------------------------------------


class DocumentRef(Model):
    title: str | None
    url: str | None
    outlet: str | None


class EventsPage(Page):
    total_exact: bool = Field(
        True,
        description="false: a text search on a common word counted only the events of the "
        "documents holding its first 10,000 occurrences, and `total` is a lower bound (the "
        "pages still list every match, in order).",
    )
    items: list[Event]
    documents: dict[str, DocumentRef] = Field(description="The page's documents by doc_id.")


class DocumentRow(Model):
    doc_id: str
    outlet: str | None
    published: str | None
    title: str | None
    url: str | None
    n_chars: int | None
    content_hash: str
    events: int
    sentences: int


class DocumentsPage(Page):
    total_exact: bool = Field(
        True,
        description="false: a text search on a common word counted only the documents among "
        "those holding its first 10,000 occurrences, and `total` is a lower bound (the pages "
        "still list every match, in order).",
    )
    items: list[DocumentRow]


class Document(Model):
    doc_id: str
    outlet: str | None
    title: str | None
    url: str | None
    published: str | None
    source: str | None = Field(description="Where it was read from (path, URL, <stdin>).")
    n_chars: int | None
    content_hash: str
    text: str
    events: list[Event]
    quotes: list[Quote]


class ActorRow(Model):
    actor_key: str
    actor_id: str | None
    name: str | None
    country: str | None
    sector: str | None
    wikidata: str | None
    events: int = Field(description="Events as source or target, under the filters.")
    as_source: int
    as_target: int
    mentions: int
    documents: int
    alias: str | None = Field(
        None, description="With q: the alias that matched what was typed (null: the name)."
    )


class MatchedActor(Model):
    key: str
    name: str | None
    country: str | None
    events: int
    how: str | None = Field(None, description="key, name, alias '...', dictionary alias '...'.")


class ActorMatch(Model):
    query: str
    keys: list[str] = Field(description="The actor keys the filter actor=query takes; empty: none.")
    actors: list[MatchedActor]
    suggestions: list[MatchedActor] = Field(description="When nothing matched.")


class ActorsPage(Page):
    items: list[ActorRow]
    match: ActorMatch | None = Field(None, description="With q: what actor=q matches.")


class Node(Model):
    id: str = Field(description="Actor key (with group=state: country:XXX for a state).")
    name: str
    country: str | None
    events: int = Field(description="With top: all its events in the graph; else in its edges.")


class Edge(Model):
    id: str
    source: str
    target: str
    events: int
    goldstein: float = Field(description="Mean Goldstein score.")
    types: dict[str, int] = Field(description="Events per PLOVER type.")


class Graph(Model):
    nodes: list[Node]
    edges: list[Edge]
    nodes_total: int
    edges_total: int
    group: Literal["actor", "state"]
    top: int | None
    internal: int | None = Field(None, description="group=state: events within one state.")


class Series(Model):
    label: str
    counts: list[int] = Field(description="Aligned with days.")


class DayRange(Model):
    since: str | None
    until: str | None


class DayCount(Model):
    day: str
    events: int


class OutsideEvent(Model):
    event_id: str
    doc_id: str
    day: str
    date_precision: str | None
    event_type: str
    quad_class: int | None
    source: str | None
    target: str | None
    sentence: str
    outlet: str | None
    published: str | None


class Outside(Model):
    total: int
    before: int
    after: int
    days: list[DayCount]
    events: list[OutsideEvent] = Field(description="The earliest 50, with their sentences.")


class Timeline(Model):
    days: list[str]
    quad_classes: dict[str, Series]
    undated: int
    total: int
    range: DayRange = Field(description="The days that hold the bulk of the events.")
    outside: Outside = Field(description="Events dated far outside the range.")


class QuoteDocument(Model):
    title: str | None
    outlet: str | None
    published: str | None


class QuoteRow(Quote):
    document: QuoteDocument


class Speaker(Model):
    key: str | None
    name: str | None
    country: str | None
    quotes: int


class QuotesPage(Page):
    total_exact: bool = Field(
        True,
        description="false: a text search on a common word counted (and ranked speakers, and "
        "ordered by speaker) only the quotes of the documents holding its first 10,000 "
        "occurrences, and `total` is a lower bound (the ingest-order pages still list every "
        "match, in order).",
    )
    items: list[QuoteRow]
    speakers: list[Speaker] = Field(description="The most quoted speakers (50).")


class Story(Model):
    story_id: str
    seq: int
    title: str | None
    first_doc: str | None
    first_published: str | None
    last_published: str | None
    documents: int
    articles: int = Field(description="Near-duplicates on one outlet counted once.")
    outlets: int
    duplicates: int
    outlet_names: list[str]
    independent: int = Field(
        description="Independent sources: each outlet's own reporting once, each press "
        "agency's copy once however many outlets carry it, a near-duplicate as its original."
    )
    copies: int = Field(
        description="Documents that are not their outlet's own reporting: agency copy (by "
        "dateline, byline, copyright or credit line) or a near-duplicate of another outlet's."
    )
    agencies: list[str] = Field(description="The press agencies whose copy the story carries.")
    events: int = Field(description="Merged events.")


class StoriesPage(Page):
    items: list[Story]
    note: str | None = None


class StoryDocument(Model):
    doc_id: str
    outlet: str | None
    title: str | None
    published: str | None
    url: str | None
    similarity: float | None = Field(
        description="The probability that placed it (1.0 for a story's first document, the "
        "Jaccard similarity for a near-duplicate)."
    )
    duplicate_of: str | None
    reason: str | None = Field(
        description="Why the document is in this story: each similarity (words, headline, "
        "actors, events) with the terms that weigh most, the day gap and the probability "
        "against the threshold; or the near-duplicate it copies."
    )
    agency: str | None = Field(
        description="The press agency whose copy the document is (None: its outlet's own, or "
        "placed before agency copy was checked)."
    )
    agency_mark: str | None = Field(
        description="What says it is agency copy: its dateline, byline, copyright or credit line."
    )


class MergedActor(Model):
    key: str
    name: str | None
    country: str | None
    sector: str | None


class Mention(Model):
    story_id: str
    doc_id: str
    event_seq: int
    event_id: str
    outlet: str | None
    published: str | None
    sentence: str
    trigger_text: str | None
    negated: bool
    modality: str | None
    date: str | None
    duplicate_of: str | None


class MergedEvent(Model):
    merged_id: str
    story_id: str
    seq: int
    event_type: str
    cameo: str | None
    quad_class: int | None
    goldstein: float | None
    source: MergedActor | None
    target: MergedActor | None
    reciprocal: bool
    negated: bool
    modality: str | None
    date: str | None
    date_precision: str | None
    first_seen: str | None
    last_seen: str | None
    first_doc: str | None
    num_mentions: int
    num_articles: int
    num_sources: int
    num_independent: int
    outlets: list[str]
    sentence: str
    mentions: list[Mention]


class ComparedEvent(MergedEvent):
    label: str = Field(description="Source → TYPE → target.")
    by_outlet: dict[str, list[str]] = Field(description="Outlet → its sentences.")


class QuoteMention(Model):
    doc_id: str
    outlet: str
    text: str
    direct: bool
    duplicate_of: str | None


class ComparedQuote(Model):
    quote_id: str
    speaker: str
    speaker_key: str | None
    text: str
    label: str
    mentions: list[QuoteMention]
    by_outlet: dict[str, list[str]]
    num_sources: int


class OutletSummary(Model):
    outlet: str
    documents: int
    duplicates: int
    events: int
    quotes: int


class Exclusive(Model):
    events: list[str]
    quotes: list[str]


class ConflictSide(Model):
    merged_id: str
    label: str
    outlets: list[str]
    sentence: str


class Conflict(Model):
    kind: str = Field(description="negation, opposite sign, numbers or attribution")
    dyad: list[str] = Field(description="The two actors (attribution: the two speakers).")
    detail: str | None = Field(
        None, description="numbers: the thing counted and both figures; attribution: both speakers"
    )
    a: ConflictSide
    b: ConflictSide
    only_a: list[str]
    only_b: list[str]


class Comparison(Model):
    story: Story
    outlets: list[OutletSummary]
    documents: list[StoryDocument]
    events: list[ComparedEvent]
    quotes: list[ComparedQuote]
    exclusive: dict[str, Exclusive] = Field(description="What only this outlet reported.")
    conflicts: list[Conflict]


class StoryDetail(Story):
    documents_list: list[StoryDocument]
    events_list: list[MergedEvent]
    comparison: Comparison


class OutletRow(Model):
    outlet: str | None
    documents: int
    events: int
    quad_classes: dict[str, int]
    goldstein: float | None
    quotes: int
    first: str | None
    last: str | None


class OutletsList(Model):
    total: int
    items: list[OutletRow]


class Meta(Model):
    store: str
    counts: dict[str, int] = Field(description="Rows per table.")
    quad_classes: dict[str, str]
    event_types: list[str]
    writes: bool


class MapExample(Model):
    event_id: str
    doc_id: str
    event_type: str
    quad_class: int | None
    date: str | None
    outlet: str | None
    source: str | None
    target: str | None
    sentence: str


class MapPoint(Model):
    lat: float
    lon: float
    precision: str | None
    name: str | None
    country: str | None
    admin1: str | None
    total: int
    quad_classes: dict[str, int]
    examples: list[MapExample]


class MapAnswer(Model):
    total: int
    located: int
    unlocated: int
    points_total: int
    limit: int
    examples: int = Field(description="Each point's latest events given (0-3; default 1).")
    capped: bool
    quad_classes: dict[str, str]
    points: list[MapPoint]


class IngestError(Model):
    source: str
    reason: str


class IngestAnswer(Model):
    stats: dict[str, int] = Field(description="Documents new, unchanged, changed, failed, ...")
    documents: list[str] = Field(description="Ids of the documents stored.")
    errors: list[IngestError]


# -- the schema ----------------------------------------------------------------------------------


def openapi(app: FastAPI) -> dict[str, Any]:
    """The app's OpenAPI schema without FastAPI's 422 answers: Tacitus answers 400 with
    :class:`ErrorBody` for a bad parameter (tacitus.api.errors), and says so per route."""
    if app.openapi_schema is None:
        schema = get_openapi(title=app.title, version=app.version,
                             description=app.description, routes=app.routes)  # fmt: skip
        for path in schema.get("paths", {}).values():
            for operation in path.values():
                operation.get("responses", {}).pop("422", None)
        schemas = schema.get("components", {}).get("schemas", {})
        for unused in ("HTTPValidationError", "ValidationError"):
            schemas.pop(unused, None)
        app.openapi_schema = schema
    return app.openapi_schema
