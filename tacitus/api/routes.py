"""The read endpoints: documents, events, actors, dyads (graph), timeline, quotes, stories,
outlets. Each is a thin shell over a store query; lists page with ``limit``/``offset`` and say
their ``total``."""

from __future__ import annotations

from dataclasses import replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request

from ..errors import ConfigError
from ..records import PLOVER_TYPES
from ..store import Filters, Store, paging
from ..store.queries import count_actors, documents_total
from . import models
from .answer import JsonAnswer
from .errors import ApiError, bad_parameter
from .graph import graph
from .nodes import Group
from .params import MAX_OFFSET, MAX_TEXT, Cursor, Limit, Offset, filters
from .timeline import timeline as timeline_query
from .views import (
    QUAD_CLASSES,
    Page,
    StoryChoice,
    actor_suggestions,
    document,
    events_page,
    outlets,
    quotes_page,
)
from .views import stories as stories_query
from .views import story as story_query

router = APIRouter(prefix="/api", responses=models.READ_ERRORS)
Shared = Annotated[Filters, Depends(filters)]
Key = Annotated[str | None, Query(max_length=MAX_TEXT, description="Actor key (an edge's end).")]
GroupParam = Annotated[
    Group,
    Query(
        description="actor: one node per actor; state: the actors of a state folded into the "
        "state's node (country:RUS), events within one state left out of the graph.",
    ),
]


def _store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(_store)]


def answers(model: type[models.Model], *more: dict[int | str, Any]) -> dict[int | str, Any]:
    """The route's documented answers: ``model`` for 200, and ``more`` error answers."""
    found: dict[int | str, Any] = {200: {"model": model}}
    for extra in more:
        found.update(extra)
    return found


def _page(items: list[Any], total: int, limit: int, offset: int, **more: Any) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items, **more}


def _after(order: paging.Order, cursor: str | None) -> tuple[Any, ...] | None:
    """The values a ``cursor`` parameter holds (400 when it is not one of this list's)."""
    if not cursor:
        return None
    try:
        return paging.decode(order, cursor)
    except ConfigError as exc:
        raise bad_parameter("cursor", f"{exc} ({exc.hint})" if exc.hint else str(exc)) from exc


def _keyset(
    found: list[dict[str, Any]], limit: int, order: paging.Order, columns: tuple[str, ...]
) -> tuple[list[dict[str, Any]], str | None]:
    """The page (``limit + 1`` rows were read) and the cursor of the next one."""
    if len(found) <= limit:
        return found, None
    page = found[:limit]
    return page, paging.encode(order, [page[-1][c] for c in columns])


@router.get(
    "/documents",
    summary="Documents with their event counts (text left out)",
    responses=answers(models.DocumentsPage),
)
def list_documents(
    store: StoreDep, f: Shared, limit: Limit = 50, offset: Offset = 0, cursor: Cursor = None
) -> Any:
    after = _after(paging.DOCUMENTS, cursor)
    found = store.documents(replace(f, limit=limit + 1, offset=offset, after=after))
    page, following = _keyset(found, limit, paging.DOCUMENTS, ("seq",))
    for row in page:
        row.pop("seq")
    total, exact = documents_total(store, f)
    return JsonAnswer(_page(page, total, limit, offset, total_exact=exact, next_cursor=following))


@router.get(
    "/documents/{doc_id:path}",
    summary="One document: text, events and quotes",
    responses=answers(models.Document, models.NOT_FOUND),
)
def get_document(store: StoreDep, doc_id: Annotated[str, Path(max_length=2000)]) -> dict[str, Any]:
    found = document(store, doc_id)
    if found is None:
        raise ApiError(404, "not_found", f"no document {doc_id[:200]!r} in the store")
    return found


@router.get(
    "/events",
    summary="Event records (the data contract) with their evidence spans",
    responses=answers(models.EventsPage),
)
def list_events(
    store: StoreDep,
    f: Shared,
    source: Key = None,
    target: Key = None,
    group: GroupParam = "actor",
    limit: Limit = 50,
    offset: Offset = 0,
    cursor: Cursor = None,
) -> Any:
    page = Page(limit, offset, _after(paging.EVENTS, cursor))
    total, exact, items, documents, following = events_page(store, f, page, source, target,
                                                            group)  # fmt: skip
    return JsonAnswer(_page(items, total, limit, offset, total_exact=exact, documents=documents,
                            next_cursor=following))  # fmt: skip


Typed = Annotated[
    str | None,
    Query(
        max_length=MAX_TEXT,
        description="What the user typed: actors whose name or alias has words starting with "
        "it (else names spelled alike), most active first; the answer's `match` says what "
        "the filter actor=q matches.",
    ),
]


@router.get(
    "/actors",
    summary="Actors, most active first; with q, suggestions for a name",
    responses=answers(models.ActorsPage),
)
def list_actors(
    store: StoreDep,
    f: Shared,
    q: Typed = None,
    limit: Limit = 100,
    offset: Offset = 0,
    cursor: Cursor = None,
) -> Any:
    if q and q.strip():
        return JsonAnswer(actor_suggestions(store, f, q, Page(limit, offset)))
    after = _after(paging.ACTORS, cursor)
    found = store.actors(replace(f, limit=limit + 1, offset=offset, after=after))
    page, following = _keyset(found, limit, paging.ACTORS, ("events", "mentions", "actor_key"))
    return JsonAnswer(_page(page, count_actors(store, f), limit, offset, next_cursor=following))


@router.get(
    "/dyads",
    summary="The actor network: nodes (actors) and edges (actor pairs)",
    responses=answers(models.Graph),
)
def dyads(
    store: StoreDep,
    f: Shared,
    limit: Annotated[int, Query(ge=0, le=2000, description="At most this many edges.")] = 150,
    top: Annotated[
        int | None,
        Query(
            ge=1,
            le=2000,
            description="Only the pairs among the this many most active actors (events they "
            "take part in); nodes then carry all their events. Without it: the busiest pairs.",
        ),
    ] = None,
    group: GroupParam = "actor",
) -> Any:
    return JsonAnswer(graph(store, f, limit, top, group))


@router.get(
    "/timeline",
    summary="Events per day by quad class, the range of the bulk of them, and those far outside",
    responses=answers(models.Timeline),
)
def timeline(store: StoreDep, f: Shared) -> Any:
    return JsonAnswer(timeline_query(store, f))


@router.get(
    "/quotes",
    summary="Quotes with their speakers, and the most quoted speakers",
    responses=answers(models.QuotesPage),
)
def list_quotes(
    store: StoreDep,
    f: Shared,
    limit: Limit = 50,
    offset: Offset = 0,
    sort: Annotated[
        Literal["ingest", "speaker"],
        Query(
            description="ingest: document order (pages by cursor too); speaker: grouped by "
            "speaker (pages by offset)."
        ),
    ] = "ingest",
    cursor: Cursor = None,
) -> Any:
    page = Page(limit, offset, _after(paging.QUOTES, cursor) if sort == "ingest" else None)
    total, exact, items, speakers, following = quotes_page(store, f, page, order=sort)
    return JsonAnswer(_page(items, total, limit, offset, total_exact=exact, speakers=speakers,
                            next_cursor=following))  # fmt: skip


Articles = Annotated[
    int | None,
    Query(ge=0, le=MAX_OFFSET, description="Stories of at least / at most this many articles "
          "(near-duplicates on one outlet counted once)."),
]  # fmt: skip


@router.get(
    "/stories",
    summary="Stories (reports of the same events across outlets)",
    responses=answers(models.StoriesPage),
)
def list_stories(
    store: StoreDep,
    f: Shared,
    limit: Limit = 50,
    offset: Offset = 0,
    sort: Annotated[
        Literal["documents", "outlets"],
        Query(description="documents: most documents first; outlets: most outlets first."),
    ] = "documents",
    min_articles: Articles = None,
    max_articles: Articles = None,
) -> Any:
    choice = StoryChoice(sort, min_articles or 0, max_articles)
    found = stories_query(store, f, Page(limit, offset), choice)
    return JsonAnswer({"limit": limit, "offset": offset, **found})


@router.get(
    "/stories/{story_id}",
    summary="One story, compared outlet by outlet",
    responses=answers(models.StoryDetail, models.NOT_FOUND),
)
def get_story(store: StoreDep, story_id: Annotated[str, Path(max_length=200)]) -> Any:
    return JsonAnswer(story_query(store, story_id))  # StoryNotFound: 404


@router.get(
    "/outlets",
    summary="Per outlet: documents, events by quad class, quotes",
    responses=answers(models.OutletsList),
)
def list_outlets(store: StoreDep, f: Shared) -> Any:
    found = outlets(store, f)
    return JsonAnswer({"total": len(found), "items": found})


@router.get(
    "/meta",
    summary="The store's counts and the values filters take",
    responses=answers(models.Meta),
)
def meta(request: Request, store: StoreDep) -> Any:
    return JsonAnswer({
        "store": str(store.path.name),
        "counts": store.counts(),
        "quad_classes": {str(k): v for k, v in QUAD_CLASSES.items()},
        "event_types": list(PLOVER_TYPES),
        "writes": bool(request.app.state.token) and not store.read_only,
    })  # fmt: skip
