"""The read endpoints: documents, events, actors, dyads (graph), timeline, quotes, stories,
outlets. Each is a thin shell over a store query; lists page with ``limit``/``offset`` and say
their ``total``."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request

from ..records import PLOVER_TYPES
from ..store import Filters, Store
from .errors import ApiError
from .params import MAX_TEXT, Limit, Offset, filters
from .views import (
    QUAD_CLASSES,
    Page,
    actor_suggestions,
    document,
    events_page,
    graph,
    outlets,
    quotes_page,
)
from .views import stories as stories_query
from .views import story as story_query
from .views import timeline as timeline_query

router = APIRouter(prefix="/api")
Shared = Annotated[Filters, Depends(filters)]
Key = Annotated[str | None, Query(max_length=MAX_TEXT, description="Actor key (an edge's end).")]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(_store)]


def _page(items: list[Any], total: int, limit: int, offset: int, **more: Any) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items, **more}


@router.get("/documents", summary="Documents with their event counts (text left out)")
def list_documents(store: StoreDep, f: Shared, limit: Limit = 50, offset: Offset = 0) -> Any:
    found = store.documents(f)
    return _page(found[offset : offset + limit], len(found), limit, offset)


@router.get("/documents/{doc_id:path}", summary="One document: text, events and quotes")
def get_document(store: StoreDep, doc_id: Annotated[str, Path(max_length=2000)]) -> dict[str, Any]:
    found = document(store, doc_id)
    if found is None:
        raise ApiError(404, "not_found", f"no document {doc_id[:200]!r} in the store")
    return found


@router.get("/events", summary="Event records (the data contract) with their evidence spans")
def list_events(
    store: StoreDep,
    f: Shared,
    source: Key = None,
    target: Key = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    total, items, documents = events_page(store, f, Page(limit, offset), source, target)
    return _page(items, total, limit, offset, documents=documents)


Typed = Annotated[
    str | None,
    Query(
        max_length=MAX_TEXT,
        description="What the user typed: actors whose name or alias has words starting with "
        "it (else names spelled alike), most active first; the answer's `match` says what "
        "the filter actor=q matches.",
    ),
]


@router.get("/actors", summary="Actors, most active first; with q, suggestions for a name")
def list_actors(
    store: StoreDep, f: Shared, q: Typed = None, limit: Limit = 100, offset: Offset = 0
) -> Any:
    if q and q.strip():
        return actor_suggestions(store, f, q, Page(limit, offset))
    found = store.actors(f)
    return _page(found[offset : offset + limit], len(found), limit, offset)


@router.get("/dyads", summary="The actor network: nodes (actors) and edges (actor pairs)")
def dyads(
    store: StoreDep,
    f: Shared,
    limit: Annotated[int, Query(ge=0, le=2000, description="At most this many edges.")] = 150,
) -> Any:
    return graph(store, f, limit)


@router.get("/timeline", summary="Events per day by quad class")
def timeline(store: StoreDep, f: Shared) -> Any:
    return timeline_query(store, f)


@router.get("/quotes", summary="Quotes with their speakers, and the most quoted speakers")
def list_quotes(
    store: StoreDep,
    f: Shared,
    limit: Limit = 50,
    offset: Offset = 0,
    sort: Annotated[
        Literal["ingest", "speaker"],
        Query(description="ingest: document order; speaker: grouped by speaker."),
    ] = "ingest",
) -> Any:
    total, items, speakers = quotes_page(store, f, Page(limit, offset), order=sort)
    return _page(items, total, limit, offset, speakers=speakers)


@router.get("/stories", summary="Stories (reports of the same events across outlets)")
def list_stories(store: StoreDep, f: Shared, limit: Limit = 50, offset: Offset = 0) -> Any:
    found = stories_query(store, f, Page(limit, offset))
    return {"limit": limit, "offset": offset, **found}


@router.get("/stories/{story_id}", summary="One story, compared outlet by outlet")
def get_story(store: StoreDep, story_id: Annotated[str, Path(max_length=200)]) -> Any:
    return story_query(store, story_id)  # StoryNotFound: 404


@router.get("/outlets", summary="Per outlet: documents, events by quad class, quotes")
def list_outlets(store: StoreDep, f: Shared) -> Any:
    found = outlets(store, f)
    return {"total": len(found), "items": found}


@router.get("/meta", summary="The store's counts and the values filters take")
def meta(request: Request, store: StoreDep) -> Any:
    return {
        "store": str(store.path.name),
        "counts": store.counts(),
        "quad_classes": {str(k): v for k, v in QUAD_CLASSES.items()},
        "event_types": list(PLOVER_TYPES),
        "writes": bool(request.app.state.token) and not store.read_only,
    }
