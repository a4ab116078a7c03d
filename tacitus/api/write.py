"""``POST /api/documents``: JSON documents in, through the same pipeline and store ingest as
``tacitus ingest``. Off unless the server has a token; then ``Authorization: Bearer TOKEN``.

The one-writer rule (docs/store.md, "One writer"): ``tacitus serve`` holds the store, so documents reach it through
here while it runs. One write runs at a time (a lock); the spaCy model loads on the first one.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Header
from pydantic import BaseModel, ConfigDict, Field

from ..admission import admit, valid_text
from ..errors import InputFailure
from ..ingest import IngestStats, ingest
from ..inputs import DEFAULT_MAX_CHARS, html_document
from ..records import Document, DocumentResult, InputError, stable_id
from .errors import ApiError

if TYPE_CHECKING:
    from ..pipeline import Pipeline
    from ..store import Store

MAX_DOCUMENTS = 100  # per request
_SHORT = 2000


class DocumentIn(BaseModel):
    """One article, as a JSON line for ``tacitus ingest`` gives it."""

    model_config = ConfigDict(extra="forbid")

    id: Annotated[str | None, Field(max_length=_SHORT)] = None
    title: Annotated[str | None, Field(max_length=_SHORT)] = None
    text: str | None = None
    html: str | None = None
    url: Annotated[str | None, Field(max_length=_SHORT)] = None
    published: Annotated[str | None, Field(max_length=100)] = None
    outlet: Annotated[str | None, Field(max_length=_SHORT)] = None


class DocumentsIn(BaseModel):
    model_config = ConfigDict(extra="forbid")

    documents: Annotated[list[DocumentIn], Field(min_length=1, max_length=MAX_DOCUMENTS)]


def check_token(expected: str | None, authorization: str | None) -> None:
    """Writes need a configured token and that token as a bearer credential."""
    if not expected:
        raise ApiError(
            403,
            "writes_disabled",
            "writes are switched off on this server",
            [{"parameter": "token", "problem": "start 'tacitus serve' with --token to enable"}],
        )
    scheme, _, given = (authorization or "").partition(" ")
    # bytes, not str: compare_digest refuses non-ASCII str (a header may carry any byte; the
    # server decodes headers as latin-1, so encoding back gives the bytes that were sent)
    sent = given.strip().encode("latin-1", "replace")
    if scheme.lower() != "bearer" or not hmac.compare_digest(sent, expected.encode("utf-8")):
        raise ApiError(
            401,
            "unauthorized",
            "a valid 'Authorization: Bearer TOKEN' header is required",
            headers={"WWW-Authenticate": "Bearer"},
        )


AuthHeader = Annotated[str | None, Header(description="Bearer TOKEN (the server's --token).")]


def to_document(index: int, item: DocumentIn, max_chars: int) -> Document | InputError:
    """The API's document as the pipeline's: the same rules as a JSON line."""
    where = f"request:documents[{index}]"
    try:
        if item.text is not None and item.text.strip():
            if len(item.text) > max_chars:
                return InputError(where, f"too large ({len(item.text):,} characters)")
            text = valid_text(item.text)  # JSON may carry lone surrogates ("\ud800")
            return admit(
                Document(
                    doc_id=item.id or stable_id(text),
                    text=text,
                    title=item.title,
                    url=item.url,
                    published=item.published,
                    outlet=item.outlet,
                    source=where,
                )
            )
        if item.html is not None:
            meta = {"title": item.title, "url": item.url, "published": item.published,
                    "outlet": item.outlet}  # fmt: skip
            return admit(html_document(where, item.id, item.html, item.url, meta, max_chars))
    except InputFailure as exc:
        return InputError(where, valid_text(exc.reason))
    if item.text is not None:
        return InputError(where, "empty document (no text)")
    return InputError(where, "no 'text' or 'html' field")


class _Collect:
    """An ingest monitor that keeps what a response reports."""

    def __init__(self) -> None:
        self.errors: list[dict[str, str]] = []
        self.warnings: list[dict[str, str]] = []
        self.stored: list[str] = []

    def skipped(self, document: Document) -> None:
        self._stored(document)

    def analysed(self, result: DocumentResult) -> None:
        self._stored(result.document)

    def _stored(self, document: Document) -> None:
        self.stored.append(document.doc_id)
        where = document.source or document.doc_id
        self.warnings.extend({"source": where, "reason": note} for note in document.notes)

    def failed(self, error: InputError) -> None:
        self.errors.append({"source": error.source, "reason": error.reason})

    def committed(self, stats: IngestStats) -> None:
        pass


class Writer:
    """The server's one way into its store: one ingest at a time, the model loaded once."""

    def __init__(self, store: Store, make_pipeline: Callable[[], Pipeline]) -> None:
        self.store = store
        self._make_pipeline = make_pipeline
        self._pipeline: Pipeline | None = None
        self._lock = threading.Lock()
        self.max_chars = DEFAULT_MAX_CHARS

    def ingest(self, body: DocumentsIn) -> dict[str, Any]:
        if self.store.read_only:
            raise ApiError(403, "writes_disabled", "the store is open read-only")
        items = [to_document(i, d, self.max_chars) for i, d in enumerate(body.documents)]
        failed = [{"source": e.source, "reason": e.reason} for e in items
                  if isinstance(e, InputError)]  # fmt: skip
        if len(failed) == len(items):  # no model needed to say so
            raise _unreadable(failed)
        with self._lock:
            if self._pipeline is None:
                self._pipeline = self._make_pipeline()
            monitor = _Collect()
            stats = ingest(self.store, items, self._pipeline, inputs=["POST /api/documents"],
                           monitor=monitor)  # fmt: skip
        if not monitor.stored:
            raise _unreadable(monitor.errors)
        return {"stats": stats.to_dict(), "documents": monitor.stored, "errors": monitor.errors,
                "warnings": monitor.warnings}  # fmt: skip


def _unreadable(errors: list[dict[str, str]]) -> ApiError:
    return ApiError(
        400,
        "invalid_document",
        "no document could be read",
        [{"parameter": e["source"], "problem": e["reason"]} for e in errors],
    )
