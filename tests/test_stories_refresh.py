"""Merged events kept incrementally: each batch merges again only the event types its
documents touch in their stories (tacitus.stories.merge.refresh with ``changed``), and the
result equals merging every story again from all its mentions (no model)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_data import CODES, IRN, IRQ, RUS, country, event, result

from tacitus import open_store
from tacitus.records import Actor, DocumentResult, Event
from tacitus.store import Store
from tacitus.stories import merge, update_stories

IRQ_MIL = country("IRQ", "Iraq", "MIL")
UKR = country("UKR", "Ukraine")
SIDES: list[Actor | None] = [IRQ, IRQ_MIL, RUS, IRN, UKR, None]
DAYS = [(None, None), ("2025-06-09", "day"), ("2025-06-10", "day"), ("2025-06-13", "day"),
        ("2025-06-01", "month"), ("2025-06-09", "week")]  # fmt: skip
STORIES = [
    "Iraq will share intelligence with Russia, Iran and Syria against the Islamic State, "
    "Iraqi military officials said on Sunday, announcing a joint intelligence cell in Baghdad",
    "Ukraine accused Russia of a drone strike on the Kharkiv power plant that left thousands "
    "without electricity overnight, the regional governor said on Monday",
]
OUTLETS = ["Meridian Wire", "Gulf Observer", "Eastern Ledger", None]


def _events(rng: random.Random, doc_id: str, text: str) -> list[Event]:
    found = []
    for n in range(rng.randint(0, 6)):
        source, target = rng.choice(SIDES), rng.choice(SIDES)
        if source is None and target is None:
            continue
        day, precision = rng.choice(DAYS)
        found.append(event(doc_id, n, rng.choice(sorted(CODES)), source, target, text,
                           negated=rng.random() < 0.15, reciprocal=rng.random() < 0.15,
                           modality=rng.choice(["asserted", "intended", "hypothetical"]),
                           date=day, date_precision=precision))  # fmt: skip
    return found


DATELINE = "VELMORA, Jun 9 (Reuters) - "  # agency copy (tacitus.stories.wire)


def _document(rng: random.Random, doc_id: str, edit: str = "") -> DocumentResult:
    base = rng.choice(STORIES)
    text = f"{rng.choice(['', DATELINE])}{base}{rng.choice(['', ' late', ' again'])}.{edit}"
    return result(doc_id, text, _events(rng, doc_id, text), outlet=rng.choice(OUTLETS),
                  published=f"2025-06-{rng.randint(9, 12):02d}")  # fmt: skip


def _merged(store: Store) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    con = store.connection
    events = con.execute("SELECT * FROM merged_events ORDER BY story_id, seq").fetchall()
    mentions = con.execute("SELECT * FROM merged_mentions ORDER BY doc_id, event_seq").fetchall()
    return events, mentions


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "t.duckdb") as opened:
        yield opened


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_incremental_merged_events_equal_a_full_refresh(store: Store, seed: int) -> None:
    rng = random.Random(seed)
    written: list[DocumentResult] = []
    for batch in range(6):
        docs = [_document(rng, f"d{batch}-{i}") for i in range(rng.randint(1, 4))]
        if written and rng.random() < 0.5:  # an exact copy on another outlet: a near-duplicate
            original = rng.choice(written)
            copy = f"c{batch}"
            # the copy without the dateline: its agency is the original's
            text = original.document.text.removeprefix(DATELINE * (rng.random() < 0.7))
            docs.append(result(copy, text,
                               [event(copy, n, e.event_type, e.source, e.target, e.sentence)
                                for n, e in enumerate(original.events)],
                               outlet="Copy Desk", published="2025-06-12"))  # fmt: skip
        if written and rng.random() < 0.6:  # a document changed: placed again, other events
            docs.append(_document(rng, rng.choice(written).document.doc_id, " Updated."))
        store.write(docs)
        update_stories(store)
        written.extend(docs)
        incremental = _merged(store)
        with store.transaction() as con:
            stories = [row[0] for row in con.execute("SELECT story_id FROM stories").fetchall()]
            merge.refresh(con, stories)
        assert _merged(store) == incremental, f"batch {batch}"
    assert incremental[0], "the documents merged into events"


def test_a_batch_merges_again_only_the_types_it_touches(store: Store) -> None:
    """A new document of one type leaves the story's merged events of other types as they
    were written (not deleted and written again) and numbers them with the new ones."""
    text = f"{STORIES[0]}."
    store.write([result("a", text, [event("a", 0, "ACCUSE", IRQ, RUS, text),
                                    event("a", 1, "COOPERATE", IRQ, IRN, text)],
                        outlet="Meridian Wire", published="2025-06-10")])  # fmt: skip
    update_stories(store)
    con = store.connection
    con.execute("UPDATE merged_events SET sentence = 'kept' WHERE event_type = 'ACCUSE'")
    store.write([result("b", text + " Again.", [event("b", 0, "COOPERATE", IRQ, RUS, text)],
                        outlet="Gulf Observer", published="2025-06-11")])  # fmt: skip
    counts = update_stories(store)
    rows = con.execute(
        "SELECT seq, event_type, sentence, num_mentions FROM merged_events ORDER BY seq"
    ).fetchall()
    assert rows == [(0, "ACCUSE", "kept", 1), (1, "COOPERATE", text, 1), (2, "COOPERATE", text, 1)]
    assert counts.merged_events == 3
