"""Records to table rows and back: the one place that knows how the contract is flattened.

Rows are tuples in the column order of :mod:`tacitus.store.schema`; reading turns a row
(a mapping of column name to value) back into the same dataclass, so an event read from the
store gives the same ``to_dict()`` as the event the pipeline produced.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from datetime import date
from typing import Any

from .. import boilerplate as bp
from ..dates import iso_day
from ..records import Actor, ActorMention, Document, Event, Quote, Trigger
from .schema import ACTOR_FIELDS

Row = tuple[Any, ...]


def actor_values(actor: Actor | None) -> Row:
    """The ``<role>_*`` columns of an actor; all NULL when there is none."""
    if actor is None:
        return (None,) * len(ACTOR_FIELDS)
    return (
        actor.key,
        actor.text,
        actor.name,
        actor.actor_id,
        actor.country,
        actor.sector,
        actor.wikidata,
        actor.reason,
    )


def actor_from(row: Mapping[str, Any], role: str) -> Actor | None:
    text = row[f"{role}_text"]
    if text is None:
        return None
    return Actor(
        text=text,
        name=row[f"{role}_name"],
        actor_id=row[f"{role}_actor_id"],
        country=row[f"{role}_country"],
        sector=row[f"{role}_sector"],
        wikidata=row[f"{role}_wikidata"],
        reason=row[f"{role}_reason"] or "",
        office=row.get(f"{role}_office"),
    )


def registered(actor: Actor | None) -> bool:
    """Whether an actor is resolved enough to enter the actors table (not bare text)."""
    return actor is not None and bool(actor.actor_id or actor.country or actor.sector or actor.name)


def actor_row(actor: Actor) -> Row:
    return (actor.key, actor.actor_id, actor.name, actor.country, actor.sector, actor.wikidata)


def document_row(seq: int, document: Document, n_events: int, n_sentences: int) -> Row:
    return (
        document.doc_id,
        seq,
        document.content_hash,
        document.outlet,
        document.title,
        document.url,
        document.published,
        document.source,
        len(document.text),
        document.text,
        n_events,
        n_sentences,
    )


def sentence_row(doc_id: str, index: int, sentence: tuple[int, int, str], doc_seq: int) -> Row:
    start, end, text = sentence
    return (doc_id, index, start, end, text, doc_seq, bp.key_hash(text), bp.is_pattern(text))


def mention_row(doc_id: str, seq: int, mention: ActorMention, doc_seq: int) -> Row:
    return (
        doc_id,
        seq,
        mention.sentence_id,
        mention.start,
        mention.end,
        *actor_values(mention.actor),
        *_offices(mention.actor),
        doc_seq,
    )


def _offices(*actors: Actor | None) -> Row:
    """The ``<role>_office`` columns (schema v4 appends them after the older columns)."""
    return tuple(None if a is None else a.office for a in actors)


def day_of(event: Event) -> date | None:
    """The event's day: its date, else its document's publication date (ISO text), as a date;
    None when neither is a date (the store's ``day`` column, what date filters compare)."""
    return iso_day(event.date or event.published)


def _coordinate(value: Any, limit: float) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    number = float(value)
    return number if math.isfinite(number) and -limit <= number <= limit else None


def point_of(location: Mapping[str, Any] | None) -> tuple[float | None, float | None]:
    """(lat, lon) of a location, both None unless both are numbers on the globe."""
    if not location:
        return None, None
    lat, lon = _coordinate(location.get("lat"), 90.0), _coordinate(location.get("lon"), 180.0)
    return (lat, lon) if lat is not None and lon is not None else (None, None)


def event_row(doc_id: str, seq: int, event: Event, doc_seq: int) -> Row:
    lat, lon = point_of(event.location)
    country = (event.location or {}).get("country")
    return (
        doc_id,
        seq,
        event.event_id,
        event.mention_id,
        event.sentence_id,
        event.sentence,
        event.trigger.text,
        event.trigger.start,
        event.trigger.end,
        event.event_type,
        event.mode,
        list(event.context),
        event.cameo,
        event.quad_class,
        event.goldstein,
        *actor_values(event.source),
        *actor_values(event.target),
        event.reciprocal,
        event.outlet,
        event.published,
        event.negated,
        event.modality,
        *actor_values(event.reported_by),
        event.date,
        event.date_precision,
        None if event.location is None else json.dumps(event.location, ensure_ascii=False),
        event.confidence,
        event.reason,
        *_offices(event.source, event.target, event.reported_by),
        doc_seq,
        day_of(event),
        lat,
        lon,
        country if isinstance(country, str) else None,
    )


def quote_row(doc_id: str, seq: int, quote: Quote, doc_seq: int) -> Row:
    return (
        doc_id,
        seq,
        quote.quote_id,
        quote.text,
        quote.direct,
        quote.cue,
        *actor_values(quote.speaker),
        quote.start,
        quote.end,
        *_offices(quote.speaker),
        doc_seq,
    )


def event_from(row: Mapping[str, Any]) -> Event:
    location = row["location"]
    return Event(
        event_id=row["event_id"],
        mention_id=row["mention_id"],
        doc_id=row["doc_id"],
        sentence_id=row["sentence_id"],
        sentence=row["sentence"],
        trigger=Trigger(row["trigger_text"], row["trigger_start"], row["trigger_end"]),
        event_type=row["event_type"],
        cameo=row["cameo"],
        quad_class=row["quad_class"],
        goldstein=row["goldstein"],
        source=actor_from(row, "source"),
        target=actor_from(row, "target"),
        mode=row["mode"],
        context=list(row["context"] or []),
        reciprocal=bool(row["reciprocal"]),
        outlet=row["outlet"],
        published=row["published"],
        negated=bool(row["negated"]),
        modality=row["modality"],
        reported_by=actor_from(row, "reported_by"),
        date=row["date"],
        date_precision=row["date_precision"],
        location=None if location is None else json.loads(location),
        confidence=row["confidence"],
        reason=row["reason"] or "",
    )


def quote_from(row: Mapping[str, Any]) -> Quote:
    return Quote(
        quote_id=row["quote_id"],
        doc_id=row["doc_id"],
        text=row["text"],
        direct=bool(row["direct"]),
        cue=row["cue"],
        speaker=actor_from(row, "speaker"),
        start=row["start_char"],
        end=row["end_char"],
    )


def document_from(row: Mapping[str, Any]) -> Document:
    return Document(
        doc_id=row["doc_id"],
        text=row["text"],
        title=row["title"],
        url=row["url"],
        published=row["published"],
        outlet=row["outlet"],
        source=row["source"],
    )
