"""Issue 17 in the store: aggregates kept at ingest equal a rebuild (after changes and a
kill), keyset paging, the text index, the place filters' bounding box, the v5 migration."""

from __future__ import annotations

import dataclasses
import os
import random
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
from store_data import CODES, IRN, IRQ, ISIS, RUS, USA, country, event, result
from test_store import make_v1_store

from tacitus import open_store
from tacitus.errors import ConfigError
from tacitus.places.gazetteer import haversine_km
from tacitus.records import PLOVER_TYPES, DocumentResult, Quote
from tacitus.store import Filters, Store, paging
from tacitus.store.migrations import SCHEMA_VERSION
from tacitus.store.queries import count_actors, count_documents, count_events
from tacitus.store.schema import AGGREGATES

ACTORS = [RUS, USA, IRQ, IRN, ISIS, country("SYR", "Syria"), country("FRA", "France", "MIL")]
OUTLETS = ["Meridian Wire", "Gulf Observer", None, "Harbor Courier"]
WORDS = ["ceasefire", "talks", "border", "grain", "port", "pipeline", "Envoy", "drone", "aid"]


def made(doc_id: str, rng: random.Random, version: int = 0) -> DocumentResult:
    """A document of 0-4 events between random actors, dated or not, located or not."""
    events = []
    n = rng.randrange(5)
    for k in range(n):
        source, target = rng.sample([*ACTORS, None], 2)
        if source is None and target is None:
            source = RUS
        words = " ".join(rng.choice(WORDS) for _ in range(6))
        sentence = f"{(source or USA).name} and {(target or IRQ).name} over {words} {version}"
        extra: dict[str, Any] = {"sentence_id": k}
        if rng.random() < 0.5:
            extra["date"] = f"2025-0{rng.randrange(1, 4)}-1{rng.randrange(10)}"
            extra["date_precision"] = rng.choice(["day", "day", "year"])
        if rng.random() < 0.65:
            extra["location"] = {"name": "P", "country": rng.choice(["SYR", "IRQ", "FJI"]),
                                 "lat": rng.uniform(-89, 89), "lon": rng.uniform(-180, 180),
                                 "geonames_id": 1, "precision": "city"}  # fmt: skip
        if rng.random() < 0.2:
            extra["reported_by"] = rng.choice(ACTORS)
        events.append(event(doc_id, k, rng.choice(list(CODES)), source, target, sentence, **extra))
    text = ". ".join(e.sentence for e in events) or f"Nothing happened {doc_id} {version}"
    quotes = [Quote(f"{doc_id}-q", doc_id, "we will talk", True, "said", rng.choice(ACTORS), 0, 5)]
    published = rng.choice([None, "2025-02-01", "2025-03-15", "2024-12-31"])
    return result(doc_id, text, events, outlet=rng.choice(OUTLETS), published=published,
                  quotes=quotes if rng.random() < 0.5 else [])  # fmt: skip


def aggregate_rows(store: Store) -> dict[str, list[tuple[Any, ...]]]:
    con = store.connection
    found = {t: sorted(con.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in AGGREGATES}
    found["documents"] = sorted(
        con.execute("SELECT seq, n_events, n_sentences FROM documents").fetchall()
    )
    found["actors"] = sorted(con.execute("SELECT actor_key FROM actors").fetchall())
    return found


def assert_equal_to_rebuilt(store: Store) -> None:
    assert store.check() == {}
    kept = aggregate_rows(store)
    store.rebuild()
    assert aggregate_rows(store) == kept


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "scale.duckdb")


def test_aggregates_kept_at_ingest_equal_a_rebuild(store: Store) -> None:
    rng = random.Random(1)
    for batch in range(6):
        store.write([made(f"d{batch}-{i}", rng) for i in range(8)])
    assert store.counts()["events"] > 40
    assert_equal_to_rebuilt(store)


def test_changed_documents_take_their_old_counts_back(store: Store) -> None:
    rng = random.Random(2)
    ids = [f"d{i}" for i in range(30)]
    store.write([made(i, rng) for i in ids])
    for version in range(1, 5):  # changed documents, some twice in one batch, new ones
        batch = [made(rng.choice(ids), rng, version) for _ in range(10)]
        batch.append(made(f"new{version}", rng, version))
        store.write(batch)
        assert store.check() == {}
    assert_equal_to_rebuilt(store)
    dyads = {(d["source_key"], d["target_key"], d["event_type"]): d for d in store.dyads()}
    by_hand: dict[tuple[str, str, str], list[Any]] = {}
    for e in store.events():
        if e.source and e.target:
            by_hand.setdefault((e.source.key, e.target.key, e.event_type), []).append(e)
    assert set(dyads) == set(by_hand)
    for key, events in by_hand.items():
        days = [(e.date or e.published or "")[:10] for e in events if e.date or e.published]
        assert dyads[key]["events"] == len(events)
        assert (dyads[key]["first"], dyads[key]["last"]) == (min(days, default=None),
                                                             max(days, default=None))  # fmt: skip


def test_an_actor_whose_last_document_changed_leaves_aggregates_and_registry(store: Store) -> None:
    only = country("NOR", "Norway")
    store.write([result("a", "Norway consulted Russia.",
                        [event("a", 0, "CONSULT", only, RUS, "Norway consulted Russia")])])  # fmt: skip
    store.write([result("a", "Russia consulted Iran.",
                        [event("a", 0, "CONSULT", RUS, IRN, "Russia consulted Iran")])])  # fmt: skip
    keys = [
        row[0] for row in store.connection.execute("SELECT actor_key FROM agg_actors").fetchall()
    ]
    assert "country:NOR" not in keys
    assert "country:NOR" not in [a["actor_key"] for a in store.actors()]
    assert_equal_to_rebuilt(store)


_KILLED_WRITER = """
import random, sys
sys.path[:0] = {paths!r}
from test_store_scale import made
from tacitus import open_store
from tacitus.errors import ConfigError
rng = random.Random(3)
with open_store({db!r}) as store:
    for batch in range(10_000):
        ids = [f"d{{rng.randrange(60)}}" for _ in range(6)] + [f"n{{batch}}"]
        store.write([made(i, rng, batch) for i in ids])
        print("committed", batch, flush=True)
"""


def test_aggregates_are_exact_after_a_kill(tmp_path: Path) -> None:
    db = tmp_path / "killed.duckdb"
    here = str(Path(__file__).parent)
    script = _KILLED_WRITER.format(paths=[here, str(Path(here).parent)], db=str(db))
    process = subprocess.Popen([sys.executable, "-c", textwrap.dedent(script)],
                               stdout=subprocess.PIPE, text=True)  # fmt: skip
    assert process.stdout is not None
    for _ in range(25):  # well into a run of changes, then killed mid-batch
        assert process.stdout.readline().startswith("committed")
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=60)
    with open_store(db) as store:
        assert store.counts()["documents"] >= 25
        assert_equal_to_rebuilt(store)


def test_an_older_store_gets_its_columns_aggregates_and_index(tmp_path: Path) -> None:
    path = tmp_path / "v1.duckdb"
    make_v1_store(path)
    with open_store(path) as store:
        assert store.check() == {}
        row = store.connection.execute("SELECT doc_seq, day FROM events ORDER BY seq").fetchall()
        assert row == [(1, None), (1, None)]
        assert [e.event_id for e in store.events(Filters(text="iran cooperated"))] == ["e1", "e2"]
        assert store.connection.execute("SELECT count(*) FROM agg_dyads").fetchone() == (0,)
        assert count_events(store, Filters(types=("COOPERATE",))) == 2


# -- keyset paging ------------------------------------------------------------------------------


def walk(list_rows: Any, order: paging.Order, columns: tuple[str, ...], size: int) -> list[Any]:
    """Every row, a page of ``size`` at a time, each page after the last row of the one
    before (the store's own keyset paging)."""
    seen: list[Any] = []
    after = None
    while True:
        page = list_rows(Filters(limit=size, after=after))
        seen.extend(page)
        if len(page) < size:
            return seen
        last = page[-1]
        values = [last[c] if isinstance(last, dict) else getattr(last, c) for c in columns]
        after = paging.decode(order, paging.encode(order, values))


def test_keyset_pages_give_every_row_once_in_order(store: Store) -> None:
    rng = random.Random(4)
    ids = [f"d{i}" for i in range(40)]
    store.write([made(i, rng) for i in ids])
    store.write([made(i, rng, 1) for i in ids[::3]])  # changed: their rows move to the end
    events = list(store.events())
    by_pages = []
    after = None
    while True:
        page = list(store.events(Filters(limit=7, after=after)))
        by_pages.extend(page)
        if len(page) < 7:
            break
        row = store.connection.execute(
            "SELECT doc_seq, seq FROM events WHERE event_id = ?", [page[-1].event_id]
        ).fetchone()
        assert row is not None
        after = tuple(row)
    assert [e.event_id for e in by_pages] == [e.event_id for e in events]
    documents = walk(store.documents, paging.DOCUMENTS, ("seq",), 6)
    assert documents == store.documents()
    actors = walk(store.actors, paging.ACTORS, ("events", "mentions", "actor_key"), 2)
    assert actors == store.actors()
    assert count_documents(store) == len(documents) and count_actors(store) == len(actors)


def test_paging_while_ingest_goes_on_repeats_and_skips_nothing(store: Store) -> None:
    rng = random.Random(5)
    store.write([made(f"d{i}", rng) for i in range(20)])
    before = [d["doc_id"] for d in store.documents()]
    seen: list[str] = []
    after = None
    batch = 0
    while True:
        page = store.documents(Filters(limit=4, after=after))
        seen.extend(d["doc_id"] for d in page)
        if len(page) < 4:
            break
        after = (page[-1]["seq"],)
        batch += 1  # meanwhile: new documents, and changed ones keeping their place
        store.write([made(f"late{batch}", rng), made(f"d{rng.randrange(20)}", rng, batch)])
    assert len(seen) == len(set(seen))
    assert seen[: len(before)] == before
    assert seen == [d["doc_id"] for d in store.documents()]


def test_cursors_are_opaque_and_belong_to_their_list() -> None:
    cursor = paging.encode(paging.EVENTS, (12, 3))
    assert re.fullmatch(r"[A-Za-z0-9_-]+", cursor)
    assert paging.decode(paging.EVENTS, cursor) == (12, 3)
    with pytest.raises(ConfigError, match="cursor is not one of the documents list's"):
        paging.decode(paging.DOCUMENTS, cursor)
    for bad in ("", "nonsense!", paging.encode(paging.EVENTS, (1,)), "W10"):
        with pytest.raises(ConfigError, match="cursor"):
            paging.decode(paging.EVENTS, bad)


# -- the text index -----------------------------------------------------------------------------


def found_by_hand(store: Store, text: str) -> list[str]:
    """The search's meaning: the sentence holds the text as written, any case, not run into
    a word at either end."""
    pattern = (r"(?<!\w)" if re.match(r"\w", text) else "") + re.escape(text)
    pattern += r"(?!\w)" if re.match(r"\w", text[-1]) else ""
    return [e.event_id for e in store.events() if re.search(pattern, e.sentence, re.I)]


@pytest.mark.parametrize("compact", [False, True])
def test_text_search_through_the_index(store: Store, compact: bool) -> None:
    rng = random.Random(6)
    ids = [f"d{i}" for i in range(40)]
    store.write([made(i, rng) for i in ids])
    store.write([made(i, rng, 7) for i in ids[:10]])  # changed: old words leave the index
    if compact:
        store.compact()
    for text in ["pipeline", "GRAIN port", "port grain", "envoy", "drone aid", "7", "rain",
                 "pipe", "over grain", "Syria and", "ain por", "port gr"]:  # fmt: skip
        got = [e.event_id for e in store.events(Filters(text=text))]
        assert got == found_by_hand(store, text), text
    assert [e.event_id for e in store.events(Filters(text="rain"))] == []
    assert found_by_hand(store, "grain port")
    assert [e.event_id for e in store.events(Filters(text="grain po"))] == []
    documents = store.documents(Filters(text="grain"))
    assert documents and all("grain" in store.connection.execute(
        "SELECT lower(text) FROM documents WHERE doc_id = ?", [d["doc_id"]]).fetchone()[0]
        for d in documents)  # fmt: skip
    assert store.connection.execute(
        "SELECT count(*) FROM text_terms WHERE term = 'rain'"
    ).fetchone() == (0,)


def test_an_ascii_querys_words_are_the_words_duckdb_finds(store: Store) -> None:
    """A text search of ASCII text splits it in Python (no RE2 pattern of Unicode classes to
    compile per search): the same words as DuckDB's split, which the index was made by, for
    every ASCII character; a text with other characters is split by DuckDB."""
    from tacitus.store import text_index

    rng = random.Random(3)
    texts = ["".join(map(chr, range(128))), "Grain-port_7 of KYIV's", "  ", "a\tb\nc"]
    texts += ["".join(chr(rng.randrange(128)) for _ in range(30)) for _ in range(300)]
    for text in texts:
        sql, params = text_index._words(text)
        assert sql.startswith("?")
        found = store.connection.execute(
            f"SELECT {sql}, regexp_extract_all(lower(?), '{text_index.WORD}')", [*params, text]
        ).fetchone()
        assert found is not None and found[0] == found[1], text
    assert text_index._words("Kyiv\u2019s port")[1] == ["Kyiv\u2019s port"]  # DuckDB splits it
    rng = random.Random(6)
    store.write([made(f"d{i}", rng) for i in range(10)])
    for text in ["pipeline", "PIPELINE grain", "Pipeline\u2019s", "p\u00efpeline"]:
        got = [e.event_id for e in store.events(Filters(text=text))]
        assert got == found_by_hand(store, text), text


@pytest.mark.parametrize("counted", [3, 40, 100_000])
def test_a_text_search_on_a_common_word_reads_a_bounded_window(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, counted: int
) -> None:
    """The events page of a text search reads its rarest word's occurrences a window at a
    time: every page (offset or cursor, other filters too) lists exactly the matches in order;
    the total counts the documents of the first ``counted`` occurrences, and says whether that
    is all (else a lower bound)."""
    from fastapi.testclient import TestClient

    from tacitus.api import create_app
    from tacitus.store import text_index

    monkeypatch.setattr(text_index, "COUNTED", counted)
    path = tmp_path / "text.duckdb"
    rng = random.Random(9)
    with open_store(path) as store:
        store.write([made(f"d{i}", rng) for i in range(60)])
        store.write([made(f"d{i}", rng, 3) for i in range(0, 60, 7)])  # changed: at the end
    with open_store(path, read_only=True) as store, TestClient(create_app(store)) as client:
        for text, extra in (("pipeline", {}), ("grain port", {}), ("Envoy", {"country": "IRQ"}),
                            ("drone", {"type": "ASSAULT"}), ("nowhere", {})):  # fmt: skip
            expected = found_by_hand(store, text)
            if extra:
                allowed = {
                    e.event_id
                    for e in store.events(
                        Filters(
                            country=extra.get("country"),
                            types=tuple(filter(None, [extra.get("type")])),
                        )
                    )
                }
                expected = [e for e in expected if e in allowed]  # fmt: skip
            params = {"text": text, **extra}
            first = client.get("/api/events", params={**params, "limit": 1000}).json()
            assert [e["event_id"] for e in first["items"]] == expected, text
            assert first["total"] <= len(expected)  # a lower bound, else exact
            assert first["total"] == len(expected) or not first["total_exact"]
            if counted >= 1000:
                assert first["total_exact"] and first["total"] == len(expected)
            for offset in (0, 2, 5):
                page = client.get("/api/events", params={**params, "limit": 3, "offset": offset})
                assert [e["event_id"] for e in page.json()["items"]] == expected[
                    offset : offset + 3
                ]
                assert page.json()["total"] == first["total"]
            seen, cursor = [], None
            while True:
                walk = client.get(
                    "/api/events",
                    params={**params, "limit": 2, **({"cursor": cursor} if cursor else {})},
                )
                seen += [e["event_id"] for e in walk.json()["items"]]
                cursor = walk.json()["next_cursor"]
                if cursor is None:
                    break
            assert seen == expected, text
        common = client.get("/api/events", params={"text": "pipeline"}).json()
        assert common["total_exact"] is (counted > 3 * 60)  # fmt: skip


def test_every_code_point_lowers_as_the_search_folds_it_but_two() -> None:
    """What lets the postings answer a one-word ASCII search alone (tacitus.store.text_index):
    DuckDB's ``lower`` makes every code point one code point, a word character exactly when
    it was one, and an ASCII word character exactly when RE2's case folding matches it to
    one, but for İ (lowers to i, does not fold to it) and ſ (folds to s, does not lower to
    it). A posting needs the word itself in the sentence, so only İ can make the postings
    claim a sentence the test refuses: the letter a sentence in ``text_unsure`` holds (ſ,
    the other way round, is no posting of the word and found by neither)."""
    import duckdb

    con = duckdb.connect()
    con.execute(
        "CREATE TABLE cp AS SELECT i, chr(i::INTEGER) AS c FROM range(1, 1114112) t(i) "
        "WHERE i NOT BETWEEN 55296 AND 57343"
    )
    word = r"'^[\pL\pN_]$'"
    assert con.execute(
        f"SELECT count(*) FROM cp WHERE length(lower(c)) <> 1 "
        f"OR regexp_matches(c, {word}) <> regexp_matches(lower(c), {word})"
    ).fetchone() == (0,)
    apart = con.execute(
        "SELECT i FROM cp WHERE i > 127 AND regexp_matches(lower(c), '^[a-z0-9_]$') "
        "<> regexp_matches(c, '^[a-z0-9_]$', 'i') ORDER BY i"
    ).fetchall()
    assert apart == [(0x130,), (0x17F,)]
    assert con.execute(  # the Kelvin sign: lowers and folds to k alike
        "SELECT lower(chr(8490)) = 'k' AND regexp_matches(chr(8490), '^k$', 'i')"
    ).fetchone() == (True,)


def _unsure_documents(version: int = 0) -> list[DocumentResult]:
    """Documents whose sentences a one-word search must test by their text: İ, an event's
    sentence other than its sentences row, events without a sentence_id whose texts differ;
    and ſ and the Kelvin sign, which the postings answer."""
    turkish = "Talks in \u0130STANBUL over grain"
    long_s = "The \u017ftate pipeline talks"
    kelvin = "The \u212aiev envoy talks"
    other = event(
        "u3", 0, "COOPERATE", IRN, IRQ, f"Iran cooperated with Iraq over pipeline {version}"
    )
    loose = [event("u4", k, "CONSULT", RUS, USA, f"Russia met America over {w} {version}",
                   sentence_id=None) for k, w in enumerate(["grain", "drone"])]  # fmt: skip
    return [
        result("u1", turkish, [event("u1", 0, "CONSULT", RUS, IRQ, turkish)]),
        result("u2", long_s, [event("u2", 0, "CONSULT", RUS, IRQ, long_s)]),
        result("u3", f"Iran cooperated with Iraq over grain {version}. Nothing else", [other]),
        result("u4", "Russia met America. Twice", loose),
        result("u5", kelvin, [event("u5", 0, "CONSULT", RUS, IRQ, kelvin)]),
    ]


def unsure_rows(store: Store) -> list[tuple[Any, ...]]:
    return sorted(store.connection.execute("SELECT * FROM text_unsure").fetchall())


@pytest.mark.parametrize("counted", [2, 100_000])
def test_a_one_word_search_reads_the_postings_alone_where_they_answer_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, counted: int
) -> None:
    """A one-word ASCII search's window with no sentence of ``text_unsure`` is answered by the
    postings (no text read); one with any tests the text: either way the events the test of
    every sentence finds (store.events reads no window), every page, at every window size."""
    from fastapi.testclient import TestClient

    from tacitus.api import create_app
    from tacitus.store import text_index

    monkeypatch.setattr(text_index, "COUNTED", counted)
    path = tmp_path / "one.duckdb"
    rng = random.Random(11)
    with open_store(path) as store:
        store.write([made(f"d{i}", rng) for i in range(30)])
        store.write(_unsure_documents())
        store.write([made(f"e{i}", rng) for i in range(30)])
        assert len(unsure_rows(store)) == 3  # İ, the other sentence, the loose events
    answered: list[bool] = []
    real_window = text_index.window

    def window(*args: Any) -> Any:
        found = real_window(*args)
        answered.append(bool(found and found[3]))
        return found

    monkeypatch.setattr(text_index, "window", window)
    with open_store(path, read_only=True) as store, TestClient(create_app(store)) as client:
        for text in ["istanbul", "Istanbul", "state", "STATE", "kiev", "grain", "pipeline",
                     "drone", "talks", "over", "envoy", "Iran", "nowhere", "7"]:  # fmt: skip
            expected = [e.event_id for e in store.events(Filters(text=text))]
            page = client.get("/api/events", params={"text": text, "limit": 1000}).json()
            assert [e["event_id"] for e in page["items"]] == expected, text
            seen, cursor = [], None
            while True:
                params = {"text": text, "limit": 2, **({"cursor": cursor} if cursor else {})}
                walk = client.get("/api/events", params=params).json()
                seen += [e["event_id"] for e in walk["items"]]
                if (cursor := walk["next_cursor"]) is None:
                    break
            assert seen == expected, text
        assert [e.event_id for e in store.events(Filters(text="istanbul"))] == []
        assert "u2" not in [e.doc_id for e in store.events(Filters(text="state"))]  # ſtate
        assert [e.doc_id for e in store.events(Filters(text="kiev"))] == ["u5"]
    assert any(answered) and not all(answered)


def test_the_unsure_sentences_kept_at_ingest_equal_a_rebuild(tmp_path: Path) -> None:
    """``text_unsure`` after new and changed documents (a sentence becoming unsure, another
    sure again) is what ``rebuild`` computes; ``check`` says so, and says when it is not."""
    rng = random.Random(12)
    with open_store(tmp_path / "u.duckdb") as store:
        store.write([made(f"d{i}", rng) for i in range(10)])
        store.write(_unsure_documents())
        kept = unsure_rows(store)
        store.write(_unsure_documents(1)[2:4])  # changed: the same kinds of sentences
        plain = [result(d, "Plain talks", [event(d, 0, "CONSULT", RUS, IRQ, "Plain talks")])
                 for d in ("u1", "u2")]  # fmt: skip
        store.write(plain)  # İ gone: sure now
        store.write([made("d3", rng, 2), result("d4", "\u0130zmir", [])])
        changed = unsure_rows(store)
        assert len(kept) == 3 and len(changed) == 3 and kept != changed
        assert store.check() == {}
        store.rebuild()
        assert unsure_rows(store) == changed
        store.compact()
        assert unsure_rows(store) == changed and store.check() == {}
        store.connection.execute(
            "DELETE FROM text_unsure WHERE doc_seq = (SELECT min(doc_seq) FROM text_unsure)"
        )
        assert store.check() == {"text_unsure": 1}


def test_a_v13_store_gets_its_unsure_sentences(tmp_path: Path) -> None:
    """Migrating to version 14 computes ``text_unsure`` from the rows, a chunk of documents at
    a time."""
    from tacitus.store import text_index

    path = tmp_path / "v13.duckdb"
    with open_store(path) as store:
        store.write(_unsure_documents())
        expected = unsure_rows(store)
        store.connection.execute("DROP TABLE text_unsure")
        store.connection.execute("UPDATE meta SET value = '13' WHERE key = 'schema_version'")
    old_chunk = text_index.UNSURE_CHUNK
    try:
        text_index.UNSURE_CHUNK = 2
        with open_store(path) as store:
            assert store.schema_version() == SCHEMA_VERSION
            assert unsure_rows(store) == expected and store.check() == {}
    finally:
        text_index.UNSURE_CHUNK = old_chunk


def test_text_without_words_reads_the_sentences(store: Store) -> None:
    store.write([result("c", "Daesh attacked Iraq. 50% gone",
                        [event("c", 0, "ASSAULT", ISIS, IRQ, "Daesh attacked Iraq 50% gone")])])  # fmt: skip
    assert [e.doc_id for e in store.events(Filters(text="%"))] == ["c"]
    assert [e.doc_id for e in store.events(Filters(text="50%"))] == ["c"]


# -- places -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "center",
    [
        (36.2, 37.15, 300.0),
        (0.0, 179.5, 400.0),
        (-1.0, -179.8, 150.0),
        (88.5, 10.0, 500.0),
        (45.0, 0.0, 12000.0),
    ],
)
def test_near_is_the_great_circle_distance_with_a_box_before_it(
    store: Store, center: tuple[float, float, float]
) -> None:
    rng = random.Random(7)
    lat0, lon0, km = center
    results = []
    reach = 1.6 * km / 111.2  # degrees: points inside and outside the circle
    for i in range(60):
        lat = max(-90.0, min(90.0, lat0 + rng.uniform(-reach, reach)))
        lon = (lon0 + rng.uniform(-reach, reach) * 1.5 + 180) % 360 - 180
        location = {"name": "x", "country": "SYR", "lat": lat, "lon": lon, "precision": "city"}
        results.append(result(f"p{i}", "Iraq attacked Iran.", [
            event(f"p{i}", 0, "ASSAULT", IRQ, IRN, "Iraq attacked Iran", location=location)]))  # fmt: skip
    store.write(results)
    got = {e.doc_id for e in store.events(Filters(near=center))}
    expected = {
        r.document.doc_id
        for r in results
        if haversine_km(lat0, lon0, r.events[0].location["lat"],  # type: ignore[index]
                        r.events[0].location["lon"]) <= km  # type: ignore[index]
    }  # fmt: skip
    assert got == expected
    assert expected and len(expected) < len(results)


def test_pages_of_the_api_follow_their_cursors(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from tacitus.api import create_app

    path = tmp_path / "api.duckdb"
    rng = random.Random(8)
    with open_store(path) as store:
        store.write([made(f"d{i}", rng) for i in range(30)])
    with open_store(path, read_only=True) as store, TestClient(create_app(store)) as client:
        for name, key in (("events", "event_id"), ("documents", "doc_id"),
                          ("actors", "actor_key"), ("quotes", "quote_id")):  # fmt: skip
            whole = client.get(f"/api/{name}", params={"limit": 1000}).json()
            seen, cursor = [], None
            while True:
                params: dict[str, Any] = {"limit": 4}
                if cursor:
                    params["cursor"] = cursor
                page = client.get(f"/api/{name}", params=params).json()
                assert page["total"] == whole["total"]
                seen.extend(item[key] for item in page["items"])
                cursor = page["next_cursor"]
                if cursor is None:
                    break
            assert seen == [item[key] for item in whole["items"]], name
            assert whole["next_cursor"] is None
        answer = client.get("/api/events", params={"cursor": "garbage!"})
        assert answer.status_code == 400
        assert answer.json()["error"]["detail"][0]["parameter"] == "cursor"
        other = client.get("/api/documents", params={"limit": 2}).json()["next_cursor"]
        assert client.get("/api/events", params={"cursor": other}).status_code == 400


def test_the_events_total_comes_from_the_days_where_it_can(store: Store) -> None:
    from tacitus.store.queries import event_count_sql

    rng = random.Random(9)
    store.write([made(f"d{i}", rng) for i in range(30)])
    for f in (Filters(types=("ASSAULT",)), Filters(since="2025-02-01", until="2025-03-14"),
              Filters(quad_class=3, since="2025-01-01"), Filters(country="RUS"),
              Filters(text="grain"), Filters(location_country="SYR")):  # fmt: skip
        assert count_events(store, f) == len(list(store.events(f)))
    for f in (Filters(near=(0.0, 0.0, 6000.0)), Filters(near=(30.0, 20.0, 5000.0), quad_class=4),
              Filters(near=(10.0, 0.0, 9000.0), location_country="SYR"),
              Filters(near=(0.0, 179.0, 3000.0), quad_class=1, location_country="FJI")):  # fmt: skip
        assert "agg_places" in event_count_sql(f)[0]  # the points near it, not the events
        assert count_events(store, f) == len(list(store.events(f))), f
    assert "agg_places" not in event_count_sql(Filters(near=(0.0, 0.0, 10.0), country="RUS"))[0]


@pytest.mark.parametrize(
    "params",
    [{"near": "0,0,6000"}, {"near": "20,30,7000", "quad_class": 4},
     {"near": "10,0,9000", "location_country": "SYR"}, {"near": "80,0,10"},
     {"country": "RUS"}, {"type": "ASSAULT", "since": "2025-02-01"},
     {"location_country": "FJI"}, {"source": "country:RUS", "group": "state"}],
)  # fmt: skip
def test_filtered_pages_read_windows_of_documents(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, params: dict[str, Any]
) -> None:
    """A filtered events page (no text search) reads a window of documents at a time, more
    while the page is not full: every page (offset or cursor) lists exactly the matches in
    order, with the exact total, as the plain scan of every event gives them."""
    from fastapi.testclient import TestClient

    from tacitus.api import create_app, views

    monkeypatch.setattr(views, "WINDOW_LEAST", 1)  # small windows: many of them
    path = tmp_path / "pages.duckdb"
    rng = random.Random(12)
    with open_store(path) as store:
        store.write([made(f"d{i}", rng) for i in range(120)])
        store.write([made(f"d{i}", rng, 2) for i in range(0, 120, 9)])  # changed: at the end
    with open_store(path, read_only=True) as store, TestClient(create_app(store)) as client:
        expected = [e["event_id"] for e in
                    client.get("/api/events", params={**params, "limit": 1000}).json()["items"]]  # fmt: skip
        with monkeypatch.context() as m:  # the plain scan of every event
            m.setattr(views, "_windowed_keys", lambda *args: None)
            plain = client.get("/api/events", params={**params, "limit": 1000}).json()
        assert expected == [e["event_id"] for e in plain["items"]]
        assert plain["total"] == len(expected)
        windowed = views._windowed_keys
        read: list[int] = []
        monkeypatch.setattr(
            views, "_windowed_keys", lambda *args: read.append(1) or windowed(*args)
        )
        walked: list[str] = []
        for offset in (0, 1, 4, 7):
            page = client.get("/api/events", params={**params, "limit": 3, "offset": offset})
            assert [e["event_id"] for e in page.json()["items"]] == expected[offset : offset + 3]
            assert page.json()["total"] == len(expected)
        cursor = None
        while True:
            walk = client.get(
                "/api/events",
                params={**params, "limit": 2, **({"cursor": cursor} if cursor else {})},
            ).json()
            walked += [e["event_id"] for e in walk["items"]]
            cursor = walk["next_cursor"]
            if cursor is None:
                break
        assert walked == expected
        assert read  # the pages went through the windows
    if params == {"near": "80,0,10"}:
        assert expected == []
    else:
        assert 3 < len(expected) < 300


def test_compact_keeps_every_row(store: Store) -> None:
    rng = random.Random(10)
    store.write([made(f"d{i}", rng) for i in range(20)])
    store.write([made(f"d{i}", rng, 1) for i in range(0, 20, 3)])
    before = {t: sorted(store.connection.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
              for t in ("documents", "events", "quotes", "mentions", "sentences")}  # fmt: skip
    events = [e.event_id for e in store.events()]
    store.compact()
    after = {t: sorted(store.connection.execute(f"SELECT * FROM {t}").fetchall(), key=repr)
             for t in before}  # fmt: skip
    assert after == before
    assert [e.event_id for e in store.events()] == events
    physical = store.connection.execute("SELECT doc_seq FROM events").fetchall()
    assert physical == sorted(physical)
    assert_equal_to_rebuilt(store)


def test_a_negative_offset_is_refused() -> None:
    with pytest.raises(ConfigError, match="offset must be >= 0"):
        dataclasses.replace(Filters(), offset=-1)


def test_rebuild_and_compact_commands(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from tacitus.cli import main

    db = tmp_path / "cli.duckdb"
    rng = random.Random(11)
    with open_store(db) as store:
        store.write([made(f"d{i}", rng) for i in range(10)])
        store.connection.execute("UPDATE agg_days SET events = events + 1")
    runner = CliRunner()
    checked = runner.invoke(main, ["rebuild", "--db", str(db), "--check"])
    assert checked.exit_code == 1
    assert "aggregates differ from a recomputation: agg_days (" in checked.output
    assert runner.invoke(main, ["rebuild", "--db", str(db)]).exit_code == 0
    assert runner.invoke(main, ["compact", "--db", str(db)]).exit_code == 0
    again = runner.invoke(main, ["rebuild", "--db", str(db), "--check"])
    assert again.exit_code == 0, again.output
    assert "the aggregates agree with a recomputation" in again.output


def network_by_hand(
    store: Store, top: int | None, keep: Any = None, limit: int = 1000
) -> dict[str, Any]:
    """The actor network from the events themselves: the ``limit`` busiest pairs, their
    events, mean Goldstein and types, the most active actors and the pairs among them."""
    pairs: dict[tuple[str, str], list[Any]] = {}
    for e in store.events():
        if e.source and e.target and (keep is None or keep(e)):
            pairs.setdefault((e.source.key, e.target.key), []).append(e)
    activity: dict[str, int] = {}
    for (s, t), events in pairs.items():
        activity[s] = activity.get(s, 0) + len(events)
        if t != s:
            activity[t] = activity.get(t, 0) + len(events)
    chosen = sorted(pairs, key=lambda st: (-len(pairs[st]), st))
    if top is not None:
        busiest = sorted(activity, key=lambda k: (-activity[k], k))[:top]
        chosen = [st for st in chosen if st[0] in busiest and st[1] in busiest]
        nodes = {k: activity[k] for k in busiest}
    chosen = chosen[:limit]
    edges = []
    for s, t in chosen:
        events = pairs[(s, t)]
        kinds: dict[str, int] = {}
        for e in events:
            kinds[e.event_type] = kinds.get(e.event_type, 0) + 1
        mean = sum(e.goldstein for e in events) / len(events)
        edges.append((s, t, len(events), round(mean + 1e-9, 2),
                      sorted(kinds.items(), key=lambda kn: (-kn[1], kn[0]))))  # fmt: skip
    if top is None:
        nodes = {}
        for s, t, n, _, _ in edges:
            nodes[s] = nodes.get(s, 0) + n
            if t != s:
                nodes[t] = nodes.get(t, 0) + n
    return {"edges": edges, "nodes": nodes, "actors": len(activity), "pairs": len(pairs)}


@pytest.mark.parametrize(("top", "limit"), [(None, 1000), (4, 1000), (None, 2), (5, 3)])
def test_the_network_from_the_aggregates_is_the_events_network(
    store: Store, top: int | None, limit: int
) -> None:
    from tacitus.api.graph import graph

    rng = random.Random(12)
    ids = [f"d{i}" for i in range(40)]
    store.write([made(i, rng) for i in ids])
    store.write([made(i, rng, 1) for i in ids[::4]])
    # one actor key with two countries (a name resolved differently elsewhere): one edge
    moved = dataclasses.replace(ISIS, country="IRQ")
    store.write([result(f"m{i}", "ISIS hit Syria.", [event(f"m{i}", 0, "ASSAULT", side, RUS,
                                                           "ISIS hit Syria.")])
                 for i, side in enumerate([ISIS, moved, moved])])  # fmt: skip
    for f, keep in ((Filters(), None), (Filters(country="SYR"), lambda e: "SYR" in
                    (e.source.country, e.target.country))):  # fmt: skip
        found = graph(store, f, limit, top)
        expected = network_by_hand(store, top, keep, limit)
        got = [(e["source"], e["target"], e["events"], e["goldstein"], list(e["types"].items()))
               for e in found["edges"]]  # fmt: skip
        assert got == expected["edges"] and len(got) <= limit
        assert {n["id"]: n["events"] for n in found["nodes"]} == expected["nodes"]
        assert (found["nodes_total"], found["edges_total"]) == (expected["actors"],
                                                                expected["pairs"])  # fmt: skip


MACRON = dataclasses.replace(RUS, text="Macron", name="Emmanuel Macron", actor_id="person:macron",
                             country="FRA", wikidata=None)  # fmt: skip


def folded_store(store: Store, rng: random.Random) -> None:
    """Documents of random events, some changed, one actor key with two countries, and events
    inside one state (a person of France and France)."""
    ids = [f"d{i}" for i in range(40)]
    store.write([made(i, rng) for i in ids])
    store.write([made(i, rng, 1) for i in ids[::4]])
    moved = dataclasses.replace(ISIS, country="IRQ")
    france = country("FRA", "France")
    store.write([result(f"m{i}", "They met.", [event(f"m{i}", 0, "CONSULT", source, target,
                                                     "They met.")])
                 for i, (source, target) in enumerate([(ISIS, RUS), (moved, RUS), (moved, IRQ),
                                                       (MACRON, france), (france, MACRON),
                                                       (MACRON, RUS), (ISIS, ISIS)])])  # fmt: skip


@pytest.mark.parametrize(("top", "limit"), [(None, 1000), (4, 1000), (None, 2), (5, 3)])
def test_the_states_network_kept_at_ingest_is_the_events_network(
    store: Store, top: int | None, limit: int
) -> None:
    """``group=state`` unfiltered reads ``agg_state_pairs``; a filter that keeps every event
    groups ``agg_dyads``' rows: the same answer, after changed documents too."""
    from tacitus.api.graph import graph

    folded_store(store, random.Random(15))
    kept = graph(store, Filters(), limit, top, group="state")
    grouped = graph(store, Filters(types=PLOVER_TYPES), limit, top, group="state")
    assert kept == grouped
    assert kept["internal"] >= 2 and kept["edges"]
    assert any(e["source"] == "person:macron" or e["target"] == "person:macron"
               for e in graph(store, Filters(), 1000, None)["edges"])  # fmt: skip
    assert not any("person:macron" in (e["source"], e["target"]) for e in kept["edges"])
    assert_equal_to_rebuilt(store)
    store.write([made(f"d{i}", random.Random(16), 2) for i in range(0, 40, 3)])  # changed
    assert graph(store, Filters(), limit, top, group="state") == graph(
        store, Filters(types=PLOVER_TYPES), limit, top, group="state"
    )
    assert_equal_to_rebuilt(store)


def test_a_v10_store_gets_the_folded_network_and_the_maps_examples(tmp_path: Path) -> None:
    from tacitus.api.geo import map_points
    from tacitus.api.graph import graph

    db = tmp_path / "v10.duckdb"
    with open_store(db) as store:
        folded_store(store, random.Random(17))
        network = graph(store, Filters(), 1000, 5, group="state")
        points = map_points(store, Filters(), 50)
        con = store.connection  # the tables as version 10 had them
        con.execute("DROP TABLE agg_state_pairs")
        con.execute("DROP TABLE agg_places")
        con.execute("DROP TABLE agg_pair_months")
        con.execute("DROP TABLE agg_country_days")
        con.execute("DROP TABLE agg_month_edges")
        con.execute("DROP TABLE text_unsure")
        con.execute(
            "CREATE TABLE agg_places (lat DOUBLE, lon DOUBLE, precision VARCHAR, name VARCHAR, "
            "country VARCHAR, admin1 VARCHAR, events BIGINT, q1 BIGINT, q2 BIGINT, q3 BIGINT, "
            'q4 BIGINT, examples STRUCT("day" VARCHAR, event_id VARCHAR, doc_seq BIGINT, '
            "seq INTEGER)[])"
        )
        con.execute("UPDATE meta SET value = '10' WHERE key = 'schema_version'")
    open_store(db).close()  # migrated by a writer (10 -> 14: every step's aggregates), then read
    with open_store(db, read_only=True) as store:
        assert store.schema_version() == SCHEMA_VERSION == 14
        assert store.check() == {}
        assert graph(store, Filters(), 1000, 5, group="state") == network
        assert map_points(store, Filters(), 50) == points


def test_the_map_from_the_aggregates_is_the_events_map(store: Store) -> None:
    from tacitus.api.geo import map_points
    from tacitus.records import PLOVER_TYPES

    rng = random.Random(13)
    ids = [f"d{i}" for i in range(40)]
    store.write([made(i, rng) for i in ids])
    store.write([made(i, rng, 1) for i in ids[::3]])
    kept = map_points(store, Filters(), 50)
    read = map_points(store, Filters(types=PLOVER_TYPES), 50)  # every event, read
    assert kept == read
    assert kept["located"] and kept["points"][0]["examples"]


def pair_rows(store: Store) -> dict[tuple[str, str], tuple[Any, ...]]:
    rows = store.connection.execute(
        "SELECT source_key, target_key, source_country, target_country, events FROM agg_pairs"
    ).fetchall()
    found = {(s, t): (sc, tc, n) for s, t, sc, tc, n in rows}
    assert len(found) == len(rows)  # one row per pair
    return found


def test_a_pair_keeps_one_row_with_the_least_country_of_its_events(store: Store) -> None:
    # the same actor key resolved to other countries in other documents
    as_irq, as_fra = (dataclasses.replace(ISIS, country=c) for c in ("IRQ", "FRA"))

    def hit(doc_id: str, side: Any) -> DocumentResult:  # a new text: a changed document
        text = f"ISIS ({side.country}) hit Russia."
        return result(doc_id, text, [event(doc_id, 0, "ASSAULT", side, RUS, text)])

    store.write([hit("a", as_irq), hit("b", ISIS)])
    assert pair_rows(store)[(ISIS.key, RUS.key)] == ("IRQ", "RUS", 2)
    store.write([hit("c", as_fra)])  # a lesser country comes in
    assert pair_rows(store)[(ISIS.key, RUS.key)] == ("FRA", "RUS", 3)
    assert_equal_to_rebuilt(store)
    store.write([hit("c", as_irq)])  # and goes again: looked up from the events left
    assert pair_rows(store)[(ISIS.key, RUS.key)] == ("IRQ", "RUS", 3)
    assert_equal_to_rebuilt(store)
    store.write([hit(d, ISIS) for d in "abc"])  # no country at all
    assert pair_rows(store)[(ISIS.key, RUS.key)] == (None, "RUS", 3)
    assert_equal_to_rebuilt(store)


def test_a_v8_store_gets_one_pair_row_per_pair(tmp_path: Path) -> None:
    db = tmp_path / "v8.duckdb"
    rng = random.Random(14)
    moved = dataclasses.replace(RUS, country="SYR")
    with open_store(db) as store:
        store.write([made(f"d{i}", rng) for i in range(40)])
        store.write([result(f"m{i}", "Russia hit Iraq.", [event(f"m{i}", 0, "ASSAULT", side,
                                                                IRQ, "Russia hit Iraq.")])
                     for i, side in enumerate([RUS, moved, moved])])  # fmt: skip
        kept = sorted(store.connection.execute("SELECT * FROM agg_pairs").fetchall(), key=repr)
        con = store.connection
        # the table as version 8 kept it: one row per pair and the sides' countries
        con.execute("DELETE FROM agg_pairs")
        types = ", ".join(f"count(*) FILTER (WHERE event_type = '{t}')" for t in PLOVER_TYPES)
        con.execute(
            "INSERT INTO agg_pairs SELECT source_key, target_key, source_country, "
            "target_country, count(*), coalesce(sum(goldstein::DECIMAL(18, 3)), 0), "
            f"count(goldstein), [{types}] FROM events WHERE source_key IS NOT NULL AND "
            "target_key IS NOT NULL GROUP BY ALL"
        )
        assert con.execute(
            "SELECT count(*) FROM agg_pairs WHERE source_key = ? AND target_key = ?",
            [RUS.key, IRQ.key],
        ).fetchone() == (2,)  # fmt: skip
        for column in ("key_hash", "boilerplate"):  # and without what version 10 added
            con.execute(f"ALTER TABLE sentences DROP COLUMN {column}")
        con.execute("UPDATE meta SET value = '8' WHERE key = 'schema_version'")
    with open_store(db) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.check() == {}
        assert sorted(store.connection.execute("SELECT * FROM agg_pairs").fetchall(),
                      key=repr) == kept  # fmt: skip


@pytest.mark.parametrize("country_filter", [None, "RUS"])
def test_the_timeline_lists_the_earliest_events_far_outside(
    store: Store, country_filter: str | None
) -> None:
    from tacitus.api.timeline import MAX_OUTSIDE, timeline

    rng = random.Random(15)
    docs = []
    for i in range(150):  # the bulk in March 2025, and references to years long past
        events = []
        for k in range(4):
            old = rng.random() < 0.25
            day = f"{rng.randrange(1940, 2000)}-0{rng.randrange(1, 9)}-1{k}" if old else \
                f"2025-03-1{rng.randrange(10)}"  # fmt: skip
            source, target = rng.sample(ACTORS[1:], 2)
            source = RUS if k % 2 else source  # one country in half the events
            events.append(event(f"t{i:03d}", k, "ASSAULT", source, target,
                                f"{source.name} hit {target.name} {i} {k}", sentence_id=k,
                                date=day))  # fmt: skip
        docs.append(result(f"t{i:03d}", ". ".join(e.sentence for e in events), events,
                           published="2025-03-20"))  # fmt: skip
    store.write(docs)
    f = Filters(country=country_filter)
    body = timeline(store, f)
    outside = body["outside"]
    assert outside["total"] > MAX_OUTSIDE
    first, last = body["range"]["since"], body["range"]["until"]
    by_hand = sorted(
        (
            (e.date, e.doc_id, e.event_id)
            for e in store.events(f)
            if e.date and not first <= e.date <= last
        ),
        key=lambda row: row[:2],
    )
    assert len(by_hand) == outside["total"]
    listed = [(e["day"], e["doc_id"], e["event_id"]) for e in outside["events"]]
    assert len(listed) == MAX_OUTSIDE
    assert [row[:2] for row in listed] == [row[:2] for row in by_hand[:MAX_OUTSIDE]]
    assert {row[2] for row in listed} <= {row[2] for row in by_hand}


# -- schema 12: the network per month, one country's days ----------------------------------------


def dated_store(store: Store) -> None:
    rng = random.Random(21)
    ids = [f"d{i}" for i in range(60)]
    store.write([made(i, rng) for i in ids])
    store.write([made(i, rng, 1) for i in ids[::5]])  # changed: their months' rows taken back
    store.write([made(f"n{i}", rng, 2) for i in range(10)])


DATE_RANGES = [
    ("2025-01-01", "2025-03-31"),  # whole months
    ("2025-01-15", "2025-03-12"),  # partial months at both ends
    ("2025-02-03", "2025-02-17"),  # inside one month
    (None, "2025-02-28"),
    ("2025-02-01", None),
    ("2024-12-31", "2025-02-14"),
    ("2025-03-01", "2025-02-01"),  # empty
]


@pytest.mark.parametrize(("since", "until"), DATE_RANGES)
@pytest.mark.parametrize("group", ["actor", "state"])
def test_a_dated_network_from_the_months_is_the_events_network(
    store: Store, monkeypatch: pytest.MonkeyPatch, since: str | None, until: str | None,
    group: str,
) -> None:  # fmt: skip
    from tacitus.api import graph as graphs
    from tacitus.store import queries

    dated_store(store)
    assert_equal_to_rebuilt(store)
    assert store.connection.execute("SELECT count(*) FROM agg_pair_months").fetchone()[0] > 10
    filters = [Filters(since=since, until=until), Filters(since=since, until=until, country="SYR"),
               Filters(since=since, until=until, types=("ASSAULT", "COOPERATE"))]  # fmt: skip
    whole = (since, until) not in DATE_RANGES[2:3] + DATE_RANGES[6:]  # a month inside
    assert store.connection.execute("SELECT count(*) FROM agg_month_edges").fetchone()[0] > 10
    for f in filters:
        source, _ = queries.network_source(f)
        assert "agg_pair_months" in source or not whole
        monthly = queries.month_edges_source(f)  # dates with countries at most
        assert (monthly is not None and "agg_month_edges" in monthly[0]) == (whole and not f.types)
        kept = [graphs.graph(store, f, limit, top, group=group)  # type: ignore[arg-type]
                for limit, top in ((1000, None), (3, 4))]  # fmt: skip
        with monkeypatch.context() as m:  # the events of the range, grouped
            m.setattr(graphs, "network_source", queries.pairs_source)
            read = [graphs.graph(store, f, limit, top, group=group)  # type: ignore[arg-type]
                    for limit, top in ((1000, None), (3, 4))]  # fmt: skip
        assert kept == read
    assert graphs.graph(store, Filters(since="2025-01-01", until="2025-03-31"), 1000)["edges"]


def test_a_v12_store_gets_the_month_edges(tmp_path: Path) -> None:
    from tacitus.api.graph import graph
    from tacitus.store import queries

    db = tmp_path / "v12.duckdb"
    with open_store(db) as store:
        dated_store(store)
        f = Filters(since="2025-01-01", until="2025-03-31")
        network = graph(store, f, 1000, 5)
        states = graph(store, f, 1000, None, group="state")
        store.connection.execute("DROP TABLE agg_month_edges")  # the tables as version 12 had them
        store.connection.execute("DROP TABLE text_unsure")
        store.connection.execute("UPDATE meta SET value = '12' WHERE key = 'schema_version'")
    open_store(db).close()  # migrated by a writer: agg_month_edges computed from the events
    with open_store(db, read_only=True) as store:
        assert store.schema_version() == SCHEMA_VERSION == 14
        assert store.check() == {}
        assert "agg_month_edges" in (queries.month_edges_source(f) or ("",))[0]
        assert graph(store, f, 1000, 5) == network
        assert graph(store, f, 1000, None, group="state") == states


def test_the_month_edges_are_the_monthly_pairs_summed(store: Store) -> None:
    from tacitus.records import PLOVER_TYPES
    from tacitus.store.schema import TYPE_COLUMNS

    dated_store(store)
    store.write([made(f"d{i}", random.Random(5), 3) for i in range(0, 60, 7)])  # changed
    assert_equal_to_rebuilt(store)
    con = store.connection
    edges = con.execute(
        f"SELECT month, source_key, target_key, {', '.join(TYPE_COLUMNS)} FROM agg_month_edges"
    ).fetchall()
    by_type = {(*row[:3], t): n for row in edges
               for t, n in zip(PLOVER_TYPES, row[3:], strict=True) if n}  # fmt: skip
    months = con.execute(
        "SELECT month, source_key, target_key, event_type, sum(events) FROM agg_pair_months "
        "GROUP BY ALL"
    ).fetchall()
    assert by_type == {tuple(row[:4]): row[4] for row in months} and len(months) > 20
    totals = "SELECT sum(events), sum(goldstein), sum(scored) FROM {}"
    assert (
        con.execute(totals.format("agg_month_edges")).fetchall()
        == con.execute(totals.format("agg_pair_months")).fetchall()
    )


def test_whole_months_of_a_date_range() -> None:
    from datetime import date

    from tacitus.store.queries import whole_months

    assert whole_months("2024-01-01", "2024-12-31") == (date(2024, 1, 1), date(2024, 12, 1))
    assert whole_months("2024-01-02", "2024-02-28") == (date(2024, 2, 1), date(2024, 1, 1))
    assert whole_months("2024-01-31", "2024-02-29") == (date(2024, 2, 1), date(2024, 2, 1))
    assert whole_months(None, "2023-12-30") == (None, date(2023, 11, 1))
    assert whole_months("2023-12-02", None) == (date(2024, 1, 1), None)


@pytest.mark.parametrize(
    "extra",
    [{}, {"since": "2025-01-20"}, {"until": "2025-02-10", "quad_class": 4}, {"quad_class": 1}],
)
def test_one_countrys_timeline_and_total_from_its_days_are_the_events(
    store: Store, monkeypatch: pytest.MonkeyPatch, extra: dict[str, Any]
) -> None:
    from tacitus.api import timeline as timelines
    from tacitus.store import queries

    dated_store(store)
    assert_equal_to_rebuilt(store)
    for code in ("SYR", "RUS", "IRQ", "FRA", "NZL"):
        f = Filters(country=code, **extra)
        assert queries.by_country_day(f)
        kept = timelines.timeline(store, f)
        total = count_events(store, f)
        with monkeypatch.context() as m:  # the events themselves, grouped
            m.setattr(timelines, "by_country_day", lambda f: False)
            m.setattr(queries, "by_country_day", lambda f: False)
            assert timelines.timeline(store, f) == kept
            assert count_events(store, f) == total
        assert total == kept["total"]
    assert count_events(store, Filters(country="SYR")) > 5
    assert not queries.by_country_day(Filters(country="SYR", types=("ASSAULT",)))
    assert not queries.by_country_day(Filters(country="SYR", outlet="Gulf Observer"))


def said_store(path: Path) -> None:
    """Documents whose quotes are in their text: words drawn from WORDS, some changed."""
    rng = random.Random(31)

    def said(doc_id: str, version: int) -> DocumentResult:
        words = " ".join(rng.choice(WORDS) for _ in range(4))
        quote = f"the {words} will go on"
        text = f"Officials met on day {doc_id} {version}. They said {quote}. Nothing else"
        at = text.index(quote)
        quotes = [Quote(f"{doc_id}-q", doc_id, quote, True, "said", rng.choice(ACTORS), at,
                        at + len(quote))] if rng.random() < 0.8 else []  # fmt: skip
        return result(doc_id, text, [], outlet=rng.choice(OUTLETS), quotes=quotes)

    with open_store(path) as store:
        store.write([said(f"s{i}", 0) for i in range(50)])
        store.write([said(f"s{i}", 1) for i in range(0, 50, 6)])  # changed: at the end


def by_hand(texts: list[tuple[str, str]], text: str) -> list[str]:
    pattern = (r"(?<!\w)" if re.match(r"\w", text) else "") + re.escape(text)
    pattern += r"(?!\w)" if re.match(r"\w", text[-1]) else ""
    return [key for key, said in texts if re.search(pattern, said, re.I)]


def walked(client: Any, url: str, params: dict[str, Any], key: str) -> list[str]:
    seen, cursor = [], None
    while True:
        page = client.get(
            url, params={**params, "limit": 2, **({"cursor": cursor} if cursor else {})}
        )
        seen += [item[key] for item in page.json()["items"]]
        cursor = page.json()["next_cursor"]
        if cursor is None:
            return seen


@pytest.mark.parametrize("counted", [2, 30, 100_000])
def test_documents_and_quotes_text_search_read_bounded_windows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, counted: int
) -> None:
    """The documents' and the quotes' pages of a text search read its rarest word's
    occurrences a window at a time: every page (offset or cursor) lists exactly the matches in
    order; the total counts those of the documents of the first ``counted`` occurrences, and
    says whether that is all (else a lower bound)."""
    from fastapi.testclient import TestClient

    from tacitus.api import create_app
    from tacitus.store import text_index

    monkeypatch.setattr(text_index, "COUNTED", counted)
    path = tmp_path / "said.duckdb"
    said_store(path)
    with open_store(path, read_only=True) as store, TestClient(create_app(store)) as client:
        con = store.connection
        documents = con.execute(
            "SELECT doc_id, title || ' ' || text FROM documents ORDER BY seq"
        ).fetchall()
        quotes = con.execute("SELECT quote_id, text FROM quotes ORDER BY doc_seq, seq").fetchall()
        for url, rows, key in (("/api/documents", documents, "doc_id"),
                               ("/api/quotes", quotes, "quote_id")):  # fmt: skip
            for text in ("pipeline", "grain port", "talks", "drone aid", "nowhere", "on day"):
                expected = by_hand(rows, text)
                first = client.get(url, params={"text": text, "limit": 1000}).json()
                assert [item[key] for item in first["items"]] == expected, (url, text)
                assert first["total"] <= len(expected)  # a lower bound, else exact
                assert first["total"] == len(expected) or not first["total_exact"]
                if counted >= 1000:
                    assert first["total_exact"] and first["total"] == len(expected)
                for offset in (0, 2, 5):
                    page = client.get(url, params={"text": text, "limit": 3, "offset": offset})
                    assert [i[key] for i in page.json()["items"]] == expected[offset : offset + 3]
                    assert page.json()["total"] == first["total"]
                assert walked(client, url, {"text": text}, key) == expected, (url, text)
            common = client.get(url, params={"text": "will go on"}).json()
            assert common["total_exact"] is (counted >= 1000), url
        by_speaker = client.get("/api/quotes", params={"text": "pipeline", "sort": "speaker",
                                                       "limit": 1000}).json()  # fmt: skip
        matched = set(by_hand(quotes, "pipeline"))
        assert {q["quote_id"] for q in by_speaker["items"]} <= matched
        if counted >= 1000:
            assert {q["quote_id"] for q in by_speaker["items"]} == matched
