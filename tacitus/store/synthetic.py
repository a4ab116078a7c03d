"""A synthetic store of N events, written through the store's own bulk path, for measuring the
store and the API at scale (``tacitus bench --store-events N``, docs/scale.md).

The documents have the shape a store of news has, at any size, without the hours the NLP takes:

- 5-15 events per document (10 on average), one sentence each, two actor mentions per event,
  a quote in six documents of ten; published in ingest order over five years (2021-2025) by
  300 outlets whose output is skewed;
- 2,000 actors: the states (the busy ones first), then people, armed groups, organisations and
  agents of the busier states; who acts on whom is skewed (the busiest actor takes part in
  about one event in five, the ten busiest in two of five);
- 16 event types in news-like proportions with their CAMEO code, quad class and Goldstein
  score; 67% dated by their text (a few days before publication), 3% to a year only (decades
  back), the rest by publication;
- 65% located, at one of the target's state's GeoNames cities (else its centre).

All but the last ``TAIL`` events are drawn inside DuckDB by :mod:`.synthetic_sql`, rule for
rule the draws below, added to the text index a chunk at a time and the aggregates then
computed once by the queries ingest runs (ten million events in minutes rather than the 40 of
writing them one batch at a time). The last ``TAIL`` events are documents made here, from ``random.Random``, and written
with :meth:`Store.write` (one transaction per batch of documents: the rows, the aggregates and
the text index exactly as any ingest writes them), so building a store also measures the
bulk-load rate into a store of that size. The same N and seed give the same store.
"""

from __future__ import annotations

import datetime as dt
import random
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import ConfigError, StoreVersionError
from ..places.gazetteer import gazetteer, state_names
from ..records import (
    Actor,
    ActorMention,
    Document,
    DocumentResult,
    Event,
    Quote,
    Trigger,
    stable_id,
)
from . import aggregates, text_index
from .connection import one
from .database import Store, open_store
from .synthetic_sql import Shape, generate

MARK = "synthetic"  # meta key: "N seed" the store was made with
ACTORS = 2000
OUTLETS = 300
FIRST_DAY = dt.date(2021, 1, 1)
DAYS = 1826  # five years
BATCH_DOCUMENTS = 1000  # documents per write (one transaction)
TAIL = 10_000  # events written through Store.write at the end (the rest drawn in SQL)
BUILD_MEMORY = "4GB"  # DuckDB's memory while drawing in SQL (it spills beyond)

# PLOVER type, CAMEO code, quad class, Goldstein, weight (news-like: talk and blame dominate)
TYPES = [
    ("CONSULT", "040", 1, 1.0, 18), ("ACCUSE", "112", 3, -2.0, 14), ("COOPERATE", "064", 2, 6.0, 9),
    ("SUPPORT", "051", 1, 3.4, 8), ("ASSAULT", "190", 4, -10.0, 8), ("AGREE", "030", 1, 4.0, 7),
    ("REQUEST", "100", 3, -5.0, 7), ("REJECT", "120", 3, -4.0, 5), ("THREATEN", "138", 3, -7.0, 5),
    ("AID", "070", 2, 7.0, 4), ("SANCTION", "163", 4, -8.0, 3), ("COERCE", "170", 4, -7.0, 3),
    ("MOBILIZE", "150", 4, -7.2, 3), ("PROTEST", "140", 3, -6.5, 3), ("CONCEDE", "080", 2, 5.0, 2),
    ("RETREAT", "087", 2, 9.0, 1),
]  # fmt: skip
_SECTORS = ["GOV", "MIL", "REB", "INS", "COP", "SPY", "CVL", "MED", "BUS", "IGO"]
_BUSY_STATES = ["USA", "RUS", "UKR", "CHN", "ISR", "IRN", "PSE", "GBR", "FRA", "DEU", "TUR", "SYR",
                "IRQ", "IND", "PAK", "SAU", "EGY", "JPN", "PRK", "KOR", "AFG", "LBN", "YEM",
                "SDN"]  # fmt: skip
WORDS = [
    "talks", "ceasefire", "border", "troops", "sanctions", "aid", "minister", "envoy",
    "summit", "strike", "refugees", "oil", "gas", "port", "election", "embassy", "drone",
    "militia", "prisoners", "grain", "pipeline", "negotiations", "agreement", "treaty", "deal",
    "security", "council", "resolution", "vote", "parliament", "president", "government",
    "officials", "army", "forces", "attack", "missile", "rocket", "shelling", "offensive",
    "withdrawal", "convoy", "humanitarian", "corridor", "hostages", "exchange", "mediation",
    "delegation", "visit", "meeting", "statement", "trade", "tariffs", "exports", "loans",
    "investment", "energy", "nuclear", "enrichment", "inspectors", "weapons", "arms",
    "shipment", "blockade", "airspace", "navy", "coast", "vessels", "tanker", "cargo",
    "sabotage", "cyber", "intelligence", "diplomats", "ambassador", "protest", "rally",
    "union", "court", "ruling", "charges", "arrest", "detained", "released", "amnesty",
    "constitution", "reform", "budget", "economy", "inflation", "currency", "debt", "crisis",
    "famine", "drought", "flood", "earthquake",
]  # fmt: skip


@dataclass(frozen=True)
class Built:
    """What :func:`build` made (or found): its counts, the seconds it took in all and in
    :meth:`Store.write` (the bulk load, without making the documents)."""

    path: Path
    events: int
    documents: int
    seconds: float
    write_seconds: float
    reused: bool
    written: int = 0  # the events written through Store.write (the rest drawn in SQL)

    @property
    def events_per_s(self) -> float | None:
        """The bulk-load rate: events per second of :meth:`Store.write`."""
        return self.written / self.write_seconds if self.write_seconds else None


@dataclass
class World:
    """What documents are drawn from: actors by rank, outlets, cities per state."""

    actors: list[Actor]
    cities: dict[str, list[dict[str, Any]]]
    phrases: list[str]  # what sentences are about: 4,096 runs of skewed words
    keys: list[str] = field(default_factory=list)  # the actors' keys (agents share theirs)
    type_weights: list[int] = field(default_factory=lambda: [t[4] for t in TYPES])


def skewed(rng: random.Random, n: int, skew: float) -> int:
    """An index in [0, n), rank 0 the likeliest (``skew`` 1: uniform; more: steeper)."""
    return min(n - 1, int(n * rng.random() ** skew))


@cache
def world() -> World:
    """The actors (states first, the busy ones at the top, then others of the busier states)
    and the cities of every state (at most 30 each, the most populous first)."""
    names = state_names()
    states = _BUSY_STATES + sorted(set(names) - set(_BUSY_STATES))
    actors = [
        Actor(names[c], names[c], f"country:{c}", c, "GOV", None, "synthetic state") for c in states
    ]
    kinds = ("person", "group", "org", "agent")
    while len(actors) < ACTORS:
        rank = len(actors)
        state = states[(rank * 7919) % 60]
        kind, sector = kinds[rank % 4], _SECTORS[rank % len(_SECTORS)]
        if kind == "agent":
            actors.append(Actor(f"{state} {sector.lower()}", None, None, state, sector, None,
                                "synthetic agent"))  # fmt: skip
        else:
            name = f"{kind.title()} {rank}"
            actors.append(Actor(name, name, f"{kind}:synthetic-{rank}", state, sector, None,
                                f"synthetic {kind}"))  # fmt: skip
    rng = random.Random(17)
    phrases = [
        " ".join(WORDS[skewed(rng, len(WORDS), 2.2)] for _ in range(rng.randint(8, 14)))
        for _ in range(4096)
    ]
    return World(actors, _cities(), phrases, keys=[a.key for a in actors])


def _cities() -> dict[str, list[dict[str, Any]]]:
    places = gazetteer()
    found: dict[str, list[dict[str, Any]]] = {}
    for place in sorted(places.cities, key=lambda p: -p.population):
        if place.lat is None or len(found.setdefault(place.country, [])) >= 30:
            continue
        found[place.country].append({
            "name": place.name, "country": place.country, "admin1": place.admin1,
            "lat": place.lat, "lon": place.lon, "geonames_id": place.geonames_id,
            "precision": "city",
        })  # fmt: skip
    for code, place in places.countries.items():
        if not found.get(code) and place.lat is not None:
            found[code] = [{"name": place.name, "country": code, "admin1": None,
                            "lat": place.lat, "lon": place.lon,
                            "geonames_id": place.geonames_id, "precision": "country"}]  # fmt: skip
    return found


def documents(
    events: int, seed: int = 0, first: int = 0, total: int | None = None
) -> Iterator[DocumentResult]:
    """Documents holding ``events`` events in all (the module docstring's shape), from the
    ``first`` document on (those before it drawn elsewhere), dated as in a store of ``total``
    events (default: ``events``)."""
    rng = random.Random(seed if first == 0 else f"{seed}:{first}")
    made = 0
    i = first
    n_documents = max(1, (total or events) // 10)
    while made < events:
        n = min(events - made, rng.randint(5, 15))
        day = FIRST_DAY + dt.timedelta(days=min(DAYS - 1, i * DAYS // n_documents))
        yield _document(rng, world(), i, n, day)
        made += n
        i += 1


def _document(rng: random.Random, w: World, i: int, n: int, day: dt.date) -> DocumentResult:
    doc_id = f"syn-{i:09d}"
    published = day.isoformat()
    outlet = f"Outlet {skewed(rng, OUTLETS, 2.0) + 1}"
    sentences: list[tuple[int, int, str]] = []
    events: list[Event] = []
    mentions: list[ActorMention] = []
    for k in range(n):
        start = sentences[-1][1] + 1 if sentences else 0
        event = _event(rng, w, doc_id, k, start, published)
        event.outlet = outlet
        events.append(event)
        sentences.append((start, start + len(event.sentence), event.sentence))
        assert event.source is not None and event.target is not None
        cut = len(event.source.text)
        mentions.append(ActorMention(doc_id, k, start, start + cut, event.source))
        at = start + event.sentence.index(" ", cut + 1) + 1
        mentions.append(ActorMention(doc_id, k, at, at + len(event.target.text), event.target))
    text = " ".join(s[2] for s in sentences)
    quotes = []
    if rng.random() < 0.6:
        said = events[0].sentence
        quotes.append(Quote(stable_id(doc_id, "q"), doc_id, said, rng.random() < 0.7, "said",
                            events[0].source, 0, len(said)))  # fmt: skip
    title = " ".join(rng.choice(WORDS) for _ in range(6)).capitalize()
    document = Document(doc_id, text, title=title, url=f"https://news.example/{doc_id}",
                        published=published, outlet=outlet, source="synthetic")  # fmt: skip
    return DocumentResult(document, events, mentions, quotes, sentences)


def _event(rng: random.Random, w: World, doc_id: str, k: int, start: int, published: str) -> Event:
    source = skewed(rng, len(w.actors), 3.2)
    target = skewed(rng, len(w.actors), 3.2)
    while w.keys[target] == w.keys[source]:
        target = (target + 1) % len(w.actors)
    s, t = w.actors[source], w.actors[target]
    kind, cameo, quad, goldstein, _ = rng.choices(TYPES, weights=w.type_weights)[0]
    verb = kind.lower()
    sentence = f"{s.text} {verb} {t.text} over {w.phrases[skewed(rng, 4096, 1.5)]}."
    date, precision = _date(rng, published)
    cities = w.cities.get(t.country or "") or []
    located = cities and rng.random() < 0.65
    return Event(
        event_id=stable_id(doc_id, k), mention_id=stable_id(doc_id, k, "m"), doc_id=doc_id,
        sentence_id=k, sentence=sentence,
        trigger=Trigger(verb, start + len(s.text) + 1, start + len(s.text) + 1 + len(verb)),
        event_type=kind, cameo=cameo, quad_class=quad, goldstein=goldstein, source=s, target=t,
        published=published, reciprocal=rng.random() < 0.05, negated=rng.random() < 0.04,
        modality="intended" if rng.random() < 0.15 else "asserted", date=date,
        date_precision=precision,
        location=dict(cities[skewed(rng, len(cities), 2.0)]) if located else None,
        confidence=0.6, reason="synthetic event",
    )  # fmt: skip


def _date(rng: random.Random, published: str) -> tuple[str | None, str | None]:
    draw = rng.random()
    if draw < 0.03:
        return f"{rng.randint(1950, 2019)}-01-01", "year"
    if draw < 0.70:
        day = dt.date.fromisoformat(published) - dt.timedelta(days=rng.randint(0, 3))
        return day.isoformat(), "day"
    return None, None


def build(
    path: str | Path,
    events: int,
    progress: Callable[[str], None] | None = None,
    seed: int = 0,
    tail: int | None = None,
) -> Built:
    """A synthetic store of ``events`` events at ``path``: written when missing, reused when
    it is one made for the same number and seed, refused when it is anything else.

    All but the last ``tail`` events (default: at most TAIL) are drawn in SQL
    (:mod:`.synthetic_sql`) with their aggregates and text index computed once; the last
    ``tail`` are written through :meth:`Store.write` a batch at a time, as any ingest, which
    gives the bulk-load rate into a store of that size."""
    if events < 10:
        raise ConfigError(f"--store-events must be >= 10 (got {events})")
    path = Path(path)
    if path.exists():
        return _reused(path, f"{events} {seed}")
    say = progress or (lambda message: None)
    tail = min(events, TAIL if tail is None else max(0, tail))
    w = world()  # the gazetteer is read once, before the clock starts
    started = time.perf_counter()
    with open_store(path) as store:
        drawn = 0
        if tail < events:
            store.connection.execute(f"SET memory_limit = '{BUILD_MEMORY}'")
            with store.transaction() as con:
                shape = Shape(DAYS, OUTLETS, TYPES, WORDS)
                drawn = generate(con, w, shape, events - tail, max(1, events // 10), seed, say)
                say(f"{store.path.name}: the aggregates of {events - tail:,} events")
                aggregates.rebuild(con)
                text_index.flush(con)
        more = documents(tail, seed, first=drawn, total=events)
        writing = _write_all(store, more, tail, say)
        store.connection.execute("INSERT INTO meta VALUES (?, ?)", [MARK, f"{events} {seed}"])
        store.connection.execute("CHECKPOINT")
        counts = store.counts()
    seconds = time.perf_counter() - started
    return Built(path, counts["events"], counts["documents"], seconds, writing, False, tail)


def _reused(path: Path, mark: str) -> Built:
    try:
        opened = open_store(path, read_only=True)
    except StoreVersionError as exc:
        if "needs a migration" not in str(exc):
            raise
        opened = open_store(path)  # an older store is migrated here, before it is served
    with opened as store:
        made = _made_for(store)
        counts = store.counts()
    if made != mark:
        what = f"a synthetic store of {made}" if made else "not a synthetic store"
        raise ConfigError(f"{path} exists and is {what} (N seed), not {mark}",
                          hint="give another --store path, or remove it")  # fmt: skip
    return Built(path, counts["events"], counts["documents"], 0.0, 0.0, True)


def _write_all(
    store: Store, results: Iterator[DocumentResult], events: int, say: Callable[[str], None]
) -> float:
    """Write ``results`` a batch at a time; the seconds spent in :meth:`Store.write`."""
    batch: list[DocumentResult] = []
    written, seconds = 0, 0.0
    for result in results:
        batch.append(result)
        if len(batch) == BATCH_DOCUMENTS:
            started = time.perf_counter()
            written += store.write(batch).events
            seconds += time.perf_counter() - started
            batch = []
            say(f"{store.path.name}: {written:,} of {events:,} events")
    if batch:
        started = time.perf_counter()
        store.write(batch)
        seconds += time.perf_counter() - started
    return seconds


def _made_for(store: Store) -> str | None:
    with store.reading() as con:
        row = one(con, "SELECT value FROM meta WHERE key = ?", [MARK])
    return str(row[0]) if row else None
