"""Stories in the store: migration, placement after each batch, reloading, changed documents,
merged events, queries, outlet profiles, the comparison and the commands (no model)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from importlib import resources
from pathlib import Path

import duckdb
import pytest
from click.testing import CliRunner
from store_data import IRN, IRQ, RUS, country, event, result

from tacitus import open_store
from tacitus.cli import main
from tacitus.errors import StoryNotFound
from tacitus.records import Document, DocumentResult, Quote
from tacitus.store import SCHEMA_VERSION, Store, migrations
from tacitus.store.story_tables import TABLES
from tacitus.stories import (
    compare,
    list_stories,
    merged_events,
    outlet_profiles,
    rebuild,
    story,
    update_stories,
)

UKR = country("UKR", "Ukraine")


def samples() -> list[DocumentResult]:
    """The sample corpus as analysed documents without events."""
    text = resources.files("tacitus").joinpath("samples/corpus.jsonl").read_text("utf-8")
    out = []
    for line in text.splitlines():
        d = json.loads(line)
        doc = Document(d["id"], d["text"], d["title"], d["url"], d["published"], d["outlet"])
        out.append(DocumentResult(doc))
    return out


def members(store: Store) -> list[tuple[object, ...]]:
    return store.connection.execute(
        "SELECT doc_id, story_id, similarity, duplicate_of FROM story_members ORDER BY doc_id"
    ).fetchall()


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "t.duckdb") as opened:
        yield opened


def test_a_fresh_store_has_the_stories_tables(store: Store) -> None:
    assert store.schema_version() == SCHEMA_VERSION >= 3
    for table, columns in TABLES.items():
        found = store.connection.execute(
            "SELECT column_name FROM information_schema.columns WHERE table_name = ? "
            "ORDER BY ordinal_position", [table],
        ).fetchall()  # fmt: skip
        assert [name for (name,) in found] == [name for name, _ in columns], table
    assert store.connection.execute("SELECT count(*) FROM outlets").fetchone() == (0,)


def test_a_version_2_store_gets_the_stories_tables(tmp_path: Path) -> None:
    path = tmp_path / "v2.duckdb"
    con = duckdb.connect(str(path))
    migrations.apply(con, migrations.pending(None, target=2))
    con.close()
    with open_store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        store.write(samples()[:3])
        assert update_stories(store).documents == 3


def test_a_version_4_store_keeps_its_stories_and_gets_reasons_from_a_rebuild(
    tmp_path: Path,
) -> None:
    path = tmp_path / "v4.duckdb"
    con = duckdb.connect(str(path))
    migrations.apply(con, migrations.pending(None, target=4))
    con.close()
    with open_store(path) as store:
        store.write(analysed())
        update_stories(store)
        [only] = list_stories(store)
        store.connection.execute("UPDATE story_members SET reason = NULL")  # as version 4 left it
    code, out, _ = cli("stories", only["story_id"], "--db", str(path))
    assert code == 0 and out.count("(placed before reasons were kept: --rebuild)") == 3
    cli("stories", "--rebuild", "--db", str(path))
    with open_store(path, read_only=True) as store:
        reasons = [
            d["reason"] for d in story(store, list_stories(store)[0]["story_id"])["documents_list"]
        ]
    assert all(reasons) and reasons[1].startswith("near-duplicate of wire")


def test_the_sample_corpus_falls_in_its_five_stories_whatever_the_batches(store: Store) -> None:
    docs = samples()
    for start in range(0, len(docs), 7):
        store.write(docs[start : start + 7])
        update_stories(store)
    found = list_stories(store)
    assert sorted(s["documents"] for s in found) == [5, 5, 6, 7, 7]
    months: dict[str, set[str]] = {}  # the stories are a month apart: ids hold the date
    for doc_id, story_id, _, _ in members(store):
        months.setdefault(str(story_id), set()).add(str(doc_id).split("-")[1][:6])
    assert sorted(m for found in months.values() for m in found) == [
        "202503", "202504", "202506", "202508", "202510",
    ]  # fmt: skip
    dups = {d: o for d, _, _, o in members(store) if o}
    assert dups == {
        "gulfobs-20250310-cairo-hosts-truce-talks": "mw-20250310-israel-hamas-cairo-talks",
        "courier-20250413-thousands-without-power-kharkiv": "mw-20250413-kharkiv-power-plant-drone-strike",
        "ledger-20250820-asean-dialogue-china-warns-interference": "mw-20250820-asean-urges-china-philippines-talks",
    }  # fmt: skip
    cairo = next(s for s in found if s["first_doc"] == "mw-20250310-israel-hamas-cairo-talks")
    assert (cairo["documents"], cairo["articles"], cairo["outlets"]) == (7, 7, 5)


def test_the_html_and_text_samples_join_their_stories(store: Store) -> None:
    """The sample corpus's HTML page and text files cover stories A, B and C (undated text
    files by text alone)."""
    from tacitus.inputs import read_inputs

    store.write(samples())
    root = Path(str(resources.files("tacitus").joinpath("samples")))
    docs = [d for d in read_inputs([root / "html", root / "text"]) if isinstance(d, Document)]
    store.write([DocumentResult(d) for d in docs])
    update_stories(store)
    for doc_id, founder in (
        ("ceasefire-talks.html", "mw-20250310-israel-hamas-cairo-talks"),
        ("drone-strike.txt", "mw-20250413-kharkiv-power-plant-drone-strike"),
        ("intel-sharing.txt", "mw-20250610-iraq-intelligence-iran-syria-russia"),
    ):
        assert members_of(store, doc_id) == members_of(store, founder), doc_id


def test_a_reopened_store_goes_on_as_one_run_would(tmp_path: Path) -> None:
    docs = samples()
    path = tmp_path / "a.duckdb"
    with open_store(path) as store:
        store.write(docs[:12])
        update_stories(store)
    with open_store(path) as store:  # the index is loaded from the tables
        store.write(docs[12:])
        update_stories(store)
        incremental = members(store)
        rebuild(store)
        assert members(store) == incremental
    with open_store(tmp_path / "b.duckdb") as other:
        other.write(docs)
        update_stories(other)
        assert members(other) == incremental


def test_a_changed_document_is_placed_again(store: Store) -> None:
    docs = samples()
    store.write(docs)
    update_stories(store)
    first = docs[0].document
    moved = Document(first.doc_id, docs[-1].document.text + " Updated.", "Sudan update", None,
                     "2025-10-08", first.outlet)  # fmt: skip
    store.write([DocumentResult(moved)])
    counts = update_stories(store)
    assert counts.documents == 1
    sudan = story(store, str(members_of(store, "mw-20251005-rsf-attacks-mellit-darfur")))
    assert first.doc_id in [d["doc_id"] for d in sudan["documents_list"]]
    assert update_stories(store).documents == 0


def members_of(store: Store, doc_id: str) -> object:
    row = store.connection.execute(
        "SELECT story_id FROM story_members WHERE doc_id = ?", [doc_id]
    ).fetchone()
    assert row is not None
    return row[0]


TEXT = (
    "Iraq will share intelligence with Russia, Iran and Syria against the Islamic State, "
    "Iraqi military officials said on Sunday, announcing a joint intelligence cell in Baghdad."
)


def intel(doc_id: str, outlet: str, text: str, *events_and_quotes: object) -> DocumentResult:
    events = [e for e in events_and_quotes if not isinstance(e, Quote)]
    quotes = [q for q in events_and_quotes if isinstance(q, Quote)]
    return result(doc_id, text, events, outlet=outlet, published="2025-06-10",  # type: ignore[arg-type]
                  quotes=quotes)  # fmt: skip


def analysed() -> list[DocumentResult]:
    iraq_mil = country("IRQ", "Iraq", "MIL")
    copy = TEXT.replace("on Sunday", "late on Sunday")
    other = TEXT.replace("Iraqi military officials said", "the Kremlin welcomed the move, saying")
    other += " Russia denied that Iraq had shared intelligence with Iran before."
    return [
        intel("wire", "Meridian Wire", TEXT,
              event("wire", 0, "COOPERATE", iraq_mil, RUS, TEXT, modality="intended"),
              event("wire", 1, "COOPERATE", IRQ, IRN, TEXT, modality="intended"),
              Quote("q1", "wire", "We will share what we gather", True, "said", iraq_mil, 0, 10)),
        intel("reprint", "Gulf Observer", copy,
              event("reprint", 0, "COOPERATE", iraq_mil, RUS, copy, modality="intended"),
              Quote("q2", "reprint", "We will share what we gather", True, "said", iraq_mil, 0, 10)),
        intel("ledger", "Eastern Ledger", other,
              event("ledger", 0, "COOPERATE", IRQ, RUS, other),
              event("ledger", 1, "COOPERATE", IRQ, IRN, other, negated=True),
              event("ledger", 2, "ACCUSE", RUS, UKR, other),
              Quote("q3", "ledger", "a so-called coalition", False, "saying", RUS, 0, 10)),
    ]  # fmt: skip


def test_mentions_of_one_event_merge_across_outlets(store: Store) -> None:
    store.write(analysed())
    update_stories(store)
    [only] = list_stories(store)
    assert (only["documents"], only["articles"], only["outlets"], only["duplicates"]) == (
        3,
        3,
        3,
        1,
    )
    events = merged_events(store, story_id=only["story_id"])
    top = events[0]
    assert (top["event_type"], top["source"]["key"], top["target"]["key"]) == (
        "COOPERATE", "country:IRQ", "country:RUS",
    )  # fmt: skip
    assert (top["num_mentions"], top["num_articles"], top["num_sources"], top["num_independent"]) == (3, 3, 3, 2)  # fmt: skip
    assert top["modality"] == "asserted"  # the firmest mention
    assert top["first_seen"] == "2025-06-10"
    assert top["outlets"] == ["Eastern Ledger", "Gulf Observer", "Meridian Wire"]
    detail = story(store, only["story_id"])
    mentions = next(e for e in detail["events_list"] if e["merged_id"] == top["merged_id"])[
        "mentions"
    ]
    assert [(m["doc_id"], m["outlet"], m["duplicate_of"]) for m in mentions] == [
        ("wire", "Meridian Wire", None), ("reprint", "Gulf Observer", "wire"),
        ("ledger", "Eastern Ledger", None),
    ]  # fmt: skip
    assert all(m["sentence"] for m in mentions)


def test_compare_shows_who_reported_what_and_the_conflicts(store: Store) -> None:
    store.write(analysed())
    update_stories(store)
    [only] = list_stories(store)
    found = compare(store, only["story_id"])
    json.dumps(found)  # JSON-able for the API
    assert [o["outlet"] for o in found["outlets"]] == [
        "Eastern Ledger",
        "Gulf Observer",
        "Meridian Wire",
    ]
    assert found["exclusive"]["Eastern Ledger"]["events"] == [
        "Iraq → not COOPERATE → Iran", "Russia → ACCUSE → Ukraine",
    ]  # fmt: skip
    assert found["exclusive"]["Meridian Wire"]["events"] == ["Iraq → COOPERATE (intended) → Iran"]
    [quote] = [q for q in found["quotes"] if q["num_sources"] == 2]
    assert sorted(quote["by_outlet"]) == ["Gulf Observer", "Meridian Wire"]
    [conflict] = found["conflicts"]
    assert conflict["kind"] == "negation"
    assert (conflict["only_a"], conflict["only_b"]) == (["Meridian Wire"], ["Eastern Ledger"])
    with pytest.raises(StoryNotFound, match="no story 'nope'"):
        compare(store, "nope")


def test_outlet_profiles(store: Store) -> None:
    store.write(analysed())
    update_stories(store)
    profiles = {p["outlet"]: p for p in outlet_profiles(store)}
    ledger = profiles["Eastern Ledger"]
    assert (ledger["documents"], ledger["events"], ledger["quotes"]) == (1, 3, 1)
    assert ledger["quoted"] == [{"speaker": "Russia", "key": "country:RUS", "quotes": 1}]
    assert [(s["key"], s["events"], s["goldstein"]) for s in ledger["stance"]] == [
        ("country:RUS", 1, 6.0),
        ("country:UKR", 1, -2.0),
    ]  # the negated event is left out
    assert ledger["tone"] is not None and ledger["loaded_per_1k"] == 0.0
    assert profiles["Gulf Observer"]["duplicates"] == 1
    assert [p["outlet"] for p in outlet_profiles(store)] == sorted(profiles)
    json.dumps(outlet_profiles(store))


def test_an_outlet_lists_its_five_most_quoted_speakers_and_counts_every_quote(
    store: Store,
) -> None:
    """Seven speakers on one outlet: the five most quoted are listed (most quotes first, then
    by key), the quotes counted are all eleven."""
    speakers = [country(code, name) for code, name in (
        ("IRQ", "Iraq"), ("RUS", "Russia"), ("IRN", "Iran"), ("UKR", "Ukraine"),
        ("SYR", "Syria"), ("TUR", "Turkey"), ("EGY", "Egypt"))]  # fmt: skip
    times = [3, 1, 2, 1, 1, 2, 1]
    quotes = [Quote(f"q{i}-{n}", "wire", f"words {i} {n}", True, "said", actor, 0, 10)
              for i, (actor, k) in enumerate(zip(speakers, times, strict=True))
              for n in range(k)]  # fmt: skip
    store.write([intel("wire", "Meridian Wire", TEXT, *quotes)])
    update_stories(store)
    [wire] = outlet_profiles(store)
    assert wire["quotes"] == 11
    assert [(s["key"], s["quotes"]) for s in wire["quoted"]] == [
        ("country:IRQ", 3), ("country:IRN", 2), ("country:TUR", 2), ("country:EGY", 1),
        ("country:RUS", 1),
    ]  # fmt: skip
    assert wire["top_quoted"] == "Iraq (3), Iran (2), Turkey (2)"


def test_filters_pick_stories(store: Store) -> None:
    from tacitus.store import Filters

    store.write(samples())
    update_stories(store)
    assert len(list_stories(store, Filters(outlet="gulf observer"))) == 3
    assert len(list_stories(store, Filters(since="2025-08-01"))) == 2
    assert len(list_stories(store, Filters(text="Kharkiv"))) == 1
    assert len(list_stories(store, Filters(limit=2))) == 2


# -- commands ----------------------------------------------------------------------------------


def cli(*args: str) -> tuple[int, str, str]:
    out = CliRunner().invoke(main, list(args))
    return out.exit_code, out.stdout, out.stderr


def test_commands(tmp_path: Path) -> None:
    db = str(tmp_path / "c.duckdb")
    with open_store(db) as store:
        store.write(analysed())
        store.write(samples()[:4])
        update_stories(store)
        story_id = str(members_of(store, "wire"))
    code, out, _ = cli("stories", "--db", db)
    assert code == 0 and out.splitlines()[0].split()[:4] == [
        "story_id",
        "first_published",
        "last_published",
        "documents",
    ]
    code, out, _ = cli("stories", "--db", db, "--format", "jsonl")
    assert [json.loads(line)["documents"] for line in out.splitlines()] == [4, 3]
    code, out, err = cli("stories", "--db", db, "--rebuild", "--format", "csv")
    assert code == 0 and "7 documents in 2 stories" in err
    assert len(list(csv.DictReader(io.StringIO(out)))) == 2
    code, out, _ = cli("stories", story_id, "--db", db)
    assert code == 0 and out.startswith(f"Story {story_id}: ")
    assert "\nwire (Meridian Wire, 2025-06-10)\n  started a story" in out
    assert "\nreprint (Gulf Observer, 2025-06-10)\n  near-duplicate of wire (Jaccard" in out
    assert f"\nledger (Eastern Ledger, 2025-06-10)\n  joined {story_id}: words ≥ 0.23; " in out
    code, out, _ = cli("stories", story_id, "--db", db, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [r["doc_id"] for r in rows] == ["wire", "reprint", "ledger"] and rows[2]["reason"]
    code, out, _ = cli("outlets", "--db", db, "--format", "jsonl")
    assert {json.loads(line)["outlet"] for line in out.splitlines()} >= {"Eastern Ledger"}
    code, out, _ = cli("outlets", "--db", db)
    assert code == 0 and out.startswith("outlet")
    code, out, _ = cli("compare", story_id, "--db", db)
    assert code == 0 and "Conflicting claims" in out and "negation" in out
    code, out, _ = cli("compare", story_id, "--db", db, "--format", "csv")
    kinds = [row["kind"] for row in csv.DictReader(io.StringIO(out))]
    assert kinds.count("conflict") == 1 and "event" in kinds and "quote" in kinds
    code, _, err = cli("compare", "nope", "--db", db)
    assert code == 2
    assert err == f"Error: no story 'nope' in {db} (list them with 'tacitus stories')\n"


def test_exports_carry_the_stories_and_merged_events(store: Store, tmp_path: Path) -> None:
    store.write(analysed())
    update_stories(store)
    [only] = list_stories(store)
    top = merged_events(store, story_id=only["story_id"])[0]
    written = store.export("parquet", tmp_path / "parquet")
    assert written["stories.parquet"] == 1 and written["story_members.parquet"] == 3
    assert written["merged_events.parquet"] == len(merged_events(store, story_id=only["story_id"]))
    con = duckdb.connect()
    row = con.execute(
        f"SELECT event_type, source_key, target_key, num_mentions, outlets FROM "
        f"'{tmp_path}/parquet/merged_events.parquet' WHERE merged_id = ?",
        [top["merged_id"]],
    ).fetchone()
    assert row == ("COOPERATE", "country:IRQ", "country:RUS", 3,
                   ["Eastern Ledger", "Gulf Observer", "Meridian Wire"])  # fmt: skip
    mentions = con.execute(
        f"SELECT doc_id, duplicate_of FROM '{tmp_path}/parquet/merged_mentions.parquet' "
        "WHERE merged_id = ? ORDER BY doc_id", [top["merged_id"]]
    ).fetchall()  # fmt: skip
    assert mentions == [("ledger", None), ("reprint", "wire"), ("wire", None)]
    # the grouping's internal state is not exported
    columns = [c[0] for c in con.execute(
        f"DESCRIBE SELECT * FROM '{tmp_path}/parquet/story_members.parquet'").fetchall()]  # fmt: skip
    assert "signature" not in columns and {"doc_id", "story_id", "duplicate_of"} <= set(columns)
    written = store.export("csv", tmp_path / "csv")
    rows = list(csv.DictReader((tmp_path / "csv" / "merged_events.csv").open()))
    assert rows[0]["outlets"].count(";") == 2 or any(r["outlets"].count(";") == 2 for r in rows)
    written = store.export("jsonl", tmp_path / "jsonl")
    line = (tmp_path / "jsonl" / "stories.jsonl").read_text().splitlines()[0]
    assert json.loads(line)["story_id"] == only["story_id"] and "vector" not in json.loads(line)


def test_documents_dated_at_the_end_of_the_calendar_do_not_poison_the_store(store: Store) -> None:
    """A store that holds documents and events dated 9999-12-31 (written before dates were
    checked at the door) places new documents and rebuilds its stories."""
    text = "Russia accused Ukraine of shelling the border on Monday."
    end = [result(f"end-{i}", text, [event(f"end-{i}", 0, "ACCUSE", RUS, UKR, text,
                                           date="9999-12-31", date_precision="week")],
                  published="9999-12-31") for i in range(2)]  # fmt: skip
    store.write(end)
    update_stories(store)
    store.write([result("next", text + " Kyiv denied it.", published="2025-03-10")])
    assert update_stories(store).documents == 1
    counts = rebuild(store)
    assert (counts.documents, counts.merged_events) == (3, 1)


def test_an_outlets_stance_lists_its_most_reported_actors_and_keeps_the_most_negative(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tacitus.stories import profiles

    store.write(analysed())
    update_stories(store)
    whole = {p["outlet"]: p for p in outlet_profiles(store)}
    monkeypatch.setattr(profiles, "STANCE_ACTORS", 1)
    cut = {p["outlet"]: p for p in outlet_profiles(store)}
    assert sorted(cut) == sorted(whole)
    for outlet, profile in whole.items():
        assert cut[outlet]["stance"] == profile["stance"][:1]
        assert cut[outlet]["stance_actors"] == profile["stance_actors"] == len(profile["stance"])
        assert cut[outlet]["most_negative"] == profile["most_negative"]
    ledger = cut["Eastern Ledger"]
    assert [s["key"] for s in ledger["stance"]] == ["country:RUS"]
    assert ledger["most_negative"].startswith("Ukraine (-2")
