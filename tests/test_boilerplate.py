"""Boilerplate (issue 15): editor's notes, footers and credits emit nothing, and what an outlet
repeats across its own documents is left out of its profile and counted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest
from store_data import country, event, result

from tacitus import Pipeline, open_store
from tacitus.boilerplate import (
    KEY_HASH_SQL,
    PATTERN,
    PATTERN_SQL,
    is_pattern,
    key,
    key_hash,
)
from tacitus.records import Document, DocumentResult, Quote
from tacitus.store import Store
from tacitus.stories import outlet_profiles, update_stories
from tacitus.stories.tone import measure

FOOTERS = [
    "Editor's note: This article was updated to include the mayor's response.",
    "Editors' Note: The Valley Courier does not endorse candidates.",
    "EDITOR’S NOTE — This is the second part of a series on the Velmora floods.",
    "Correction: An earlier version of this story misstated the date of the vote.",
    "Clarification — The minister spoke on Tuesday, not Monday.",
    "An earlier version of this article gave the wrong name for the harbour master.",
    "This story has been updated with comment from the port authority.",
    "Follow us on Twitter and Facebook for the latest updates.",
    "Follow The Harbour Times on Instagram.",
    "Sign up for our free morning newsletter.",
    "Subscribe to the Coastal Ledger for $1 a week.",
    "Get the Courier's weekly newsletter in your inbox.",
    "Photo: Dock workers pump water out of a warehouse in Velmora.",
    "Top image — Soldiers patrol the border crossing at dawn.",
    "Photograph by Ana Ruiz for the Coastal Ledger.",
    "Additional reporting by Jon Berg in Oslo.",
    "Reporting by Ana Ruiz; Editing by Tom Hale",
    "Northern Ledger staff and wire services contributed to this report.",
    "Copyright 2026 The Harbour Times Company. All rights reserved.",
    "© 2026 Coastal Ledger",
    "Have a tip? Email the newsroom at tips@ledger.test.",
    "Read more: Velmora's flood defences were built in 1962.",
    "“Support our independent journalism today.",
]
NEWS = [
    "Follow-up talks on X Corp's licence are planned for Friday.",
    "Corrections officers at the Velmora prison went on strike.",
    "Editors at the newspaper were detained by police on Monday.",
    "Subscribers to the state pension scheme protested in Lyon.",
    "Photographs of the damage showed collapsed warehouses.",
    "Reporting by the state news agency said twelve people died.",
    "Copyright holders sued the streaming company on Monday.",
    "Sign language interpreters joined the minister's briefing.",
    "The Harbour Times reported that Sweden offered Norland pumps.",
    "Police said they would follow the convoy on its way to the border.",
]


@pytest.mark.parametrize("sentence", FOOTERS)
def test_editors_notes_footers_and_credits_are_boilerplate(sentence: str) -> None:
    assert is_pattern(sentence)


@pytest.mark.parametrize("sentence", NEWS)
def test_news_that_opens_alike_is_not(sentence: str) -> None:
    assert not is_pattern(sentence)


def test_the_database_applies_the_same_pattern() -> None:
    """The profile queries apply PATTERN in DuckDB (RE2): the same verdicts as Python's re."""
    con = duckdb.connect()
    for sentence in [*FOOTERS, *NEWS]:
        row = con.execute("SELECT regexp_matches(?, ?)", [sentence, PATTERN]).fetchone()
        assert row is not None and row[0] == is_pattern(sentence), sentence
    assert key("© 2025 The Harbour Times.") == key("© 2026  the Harbour Times")


def test_the_database_keeps_the_same_keys() -> None:
    """What the writer computes in Python and the migration in SQL: the same key numbers (none
    for a key under four words) and the same pattern verdicts."""
    con = duckdb.connect()
    sql = f"SELECT {KEY_HASH_SQL.format('$1')}, {PATTERN_SQL.format('$1').replace('?', '$2')}"
    for sentence in [*FOOTERS, *NEWS, "Too short here.", "Été à Paris, 2026: tout va bien!"]:
        row = con.execute(sql, [sentence, PATTERN]).fetchone()
        assert row == (key_hash(sentence), is_pattern(sentence)), sentence
    assert key_hash("Too short here.") is None
    assert key_hash("© 2025 The Harbour Times, all rights.") == key_hash(
        "© 2026  the HARBOUR times, all rights"
    )


def test_a_footer_emits_no_event_quote_or_actor(pipeline: Pipeline) -> None:
    """The same sentence is coded as news and not coded as an editor's note or a caption."""
    news = "Russian forces shelled the Ukrainian city of Kharkiv on Monday."
    text = (
        f"{news}\n\n"
        "Editor's note: An earlier version of this article said Russian forces shelled the "
        "Ukrainian city of Kharkiv on Sunday.\n\n"
        "Photo: Ukrainian soldiers attack Russian positions near Kharkiv.\n\n"
        'Follow us on Twitter, where President Zelensky said "we will not give up".\n'
    )
    [found] = list(pipeline.run([Document("n1", text, "Shelling", None, "2026-10-06")]))
    assert isinstance(found, DocumentResult)
    first_end = len(news)
    assert found.events, "the news sentence is coded"
    assert all(e.trigger.start < first_end for e in found.events)
    assert all(m.start < first_end for m in found.mentions)
    assert found.quotes == []
    # the sentences stay, so that the profile can count what was left out
    assert any(s[2].startswith("Photo:") for s in found.sentences)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "t.duckdb") as opened:
        yield opened


SIGN_OFF = "The Harbour Times is a proud ally and a voice of the Velmora coast"
BODIES = [
    "Storm surge floods Velmora port. Floodwater poured into the container terminal on "
    "Tuesday, and the harbour authority shut the northern quay as cargo ships waited offshore "
    "while dock workers moved pallets, forklifts and refrigerated containers to higher ground",
    "Velmora fishermen count losses. The catch fell by half after the October storm tore "
    "nets, sank two trawlers at their moorings and left the fish market without ice, buyers "
    "or electricity for most of the week, the cooperative's treasurer told members",
    "Council votes new flood wall. Councillors approved a concrete sea wall along the old "
    "harbour by eleven votes to four after engineers presented drawings, tide tables and a "
    "budget that doubles the town's borrowing over the next decade",
]


COURIER = [
    "Valley farmers ask for drought relief. Wheat growers on the upper plateau asked the "
    "ministry for emergency feed and water tankers after a third dry summer emptied ponds",
    "Rail line to the capital reopens. Trains ran again between the valley towns and the "
    "capital on Thursday after crews replaced a bridge washed away in the spring thaw",
]


def _outlet_with_a_sign_off(store: Store, repeats: int) -> None:
    """Harbour Times: three own articles, ``repeats`` of them with the same sign-off (an event
    and a quote in it); Valley Courier: the same sign-off twice, under the threshold."""
    sweden, norland = country("SWE", "Sweden", "GOV"), country("NOR", "Norland", "GOV")
    results = []
    for i, body in enumerate(BODIES):
        signed = i < repeats
        text = body + (f". Sweden praised Norland. {SIGN_OFF}, {2024 + i}." if signed else ".")
        doc_id = f"h{i}"
        events = [event(doc_id, 0, "SUPPORT", sweden, norland, "Sweden praised Norland",
                        sentence_id=2)] if signed else []  # fmt: skip
        if signed:  # the sign-off also "reports" something: no stance, no event, no quote
            events.append(event(doc_id, 1, "ACCUSE", sweden, norland, SIGN_OFF, sentence_id=3))
        found = result(doc_id, text, events, outlet="Harbour Times", published=f"2026-10-0{i + 1}")
        if signed:
            start = text.index(SIGN_OFF)
            found.quotes.append(Quote(f"q{i}", doc_id, SIGN_OFF, True, "said", sweden, start,
                                      start + len(SIGN_OFF)))  # fmt: skip
        results.append(found)
    for i, body in enumerate(COURIER):
        text = f"{body}. {SIGN_OFF}."
        results.append(result(f"v{i}", text, outlet="Valley Courier", published="2026-10-02"))
    store.write(results)
    update_stories(store)


def test_a_sign_off_repeated_in_three_articles_is_left_out_and_counted(store: Store) -> None:
    _outlet_with_a_sign_off(store, repeats=3)
    profiles = {p["outlet"]: p for p in outlet_profiles(store)}
    times, courier = profiles["Harbour Times"], profiles["Valley Courier"]
    left = times["boilerplate"]
    assert (left["sentences"], left["documents"], left["repeated"], left["pattern"]) == (3, 3, 3, 0)
    assert (left["events"], left["quotes"]) == (3, 3)
    assert left["examples"][0]["sentences"] == 3
    assert left["examples"][0]["text"].startswith("The Harbour Times is a proud ally")
    assert times["boilerplate_sentences"] == 3
    assert times["events"] == 3 and times["event_types"] == {"SUPPORT": 3}
    assert times["quotes"] == 0
    assert [(s["key"], s["events"]) for s in times["stance"]] == [("country:NOR", 3)]
    assert times["stance"][0]["goldstein"] > 0  # the ACCUSE of the sign-off is left out
    # under the threshold: two repeats are the outlet's text
    assert courier["boilerplate_sentences"] == 0
    assert courier["boilerplate"]["examples"] == []


def test_a_store_from_before_sentence_keys_finds_the_same_boilerplate(store: Store) -> None:
    """Schema 10 keeps each sentence's key number and pattern verdict: a store migrated from
    version 9 computes them in SQL, and its profiles are those of a store written with them."""
    _outlet_with_a_sign_off(store, repeats=3)
    written = outlet_profiles(store)
    con = store.connection
    kept = con.execute("SELECT * FROM sentences ORDER BY doc_id, sentence_id").fetchall()
    for column in ("key_hash", "boilerplate"):
        con.execute(f"ALTER TABLE sentences DROP COLUMN {column}")
    con.execute("UPDATE meta SET value = '9' WHERE key = 'schema_version'")
    path = store.path
    store.close()
    with open_store(path) as migrated:
        again = migrated.connection.execute("SELECT * FROM sentences ORDER BY doc_id, sentence_id")
        assert again.fetchall() == kept
        assert outlet_profiles(migrated) == written
    assert sum(1 for row in kept if row[-2] is not None) > 0


def test_the_tone_leaves_out_the_sign_off(store: Store, tmp_path: Path) -> None:
    """The same outlet with the sign-off in two articles: counted as its own reporting; in
    three: left out, and its tone is that of its articles without it."""
    _outlet_with_a_sign_off(store, repeats=2)
    kept = {p["outlet"]: p for p in outlet_profiles(store)}["Harbour Times"]
    with open_store(tmp_path / "three.duckdb") as other:
        _outlet_with_a_sign_off(other, repeats=3)
        left = {p["outlet"]: p for p in outlet_profiles(other)}["Harbour Times"]
        [(words, positive, negative)] = other.connection.execute(
            "SELECT sum(words), sum(positive), sum(negative) FROM story_members "
            "JOIN documents USING (doc_id) WHERE outlet = 'Harbour Times'"
        ).fetchall()
    sign_off = measure(f"{SIGN_OFF}, 2024.")
    assert sign_off.positive > 0 and kept["boilerplate_sentences"] == 0
    assert left["boilerplate"]["words"] == 3 * sign_off.words
    own_words = words - 3 * sign_off.words
    assert left["words"] == own_words
    own_tone = 100.0 * (positive - 3 * sign_off.positive - negative) / own_words
    assert left["tone"] == round(own_tone, 2)
    assert left["tone"] < 100.0 * (positive - negative) / words


def test_a_pattern_footer_in_one_article_is_left_out(store: Store) -> None:
    text = (
        "Council votes new flood wall. The council approved a sea wall. Sign up for our newsletter"
    )
    store.write([result("c1", text, outlet="Coastal Ledger", published="2026-10-03")])
    update_stories(store)
    [profile] = outlet_profiles(store)
    assert profile["boilerplate"]["pattern"] == 1
    assert profile["boilerplate"]["examples"][0]["text"] == "Sign up for our newsletter"


LOADED_SIGN_OFF = "The Ridge Sentinel stands up to every despot and his henchmen in the valley"
LOADED_BODIES = [  # long enough that the shared lines do not make them near-duplicates
    "Mayor closes the market square. The mayor, whom critics call a dictator, shut the square "
    "to traders on Monday, and stallholders moved their carts of apples, cheese and woollen "
    "blankets to the car park behind the old cinema while police stood by",
    "Water prices rise again. Residents called the utility's chief a crook after a third "
    "increase in a year, and the pensioners' association began collecting signatures at the "
    "library for a referendum on returning the waterworks to the municipality",
    "Bridge repairs stall. A goon hired by the contractor chased reporters from the site "
    "on Friday, where rusted girders have lain beside the river since March and the ferry "
    "carries commuters across twice an hour at double the fare",
]


@pytest.mark.parametrize("footer", ["", "Editor's note: an earlier version called the council "
                                        "a gang of cowards."])  # fmt: skip
def test_loaded_language_examples_leave_out_the_boilerplate(store: Store, footer: str) -> None:
    """The examples shown are the outlet's own reporting, like its counts: none from a
    repeated sign-off or from an editor's note, each of the articles' own still there."""
    results = [
        result(
            f"r{i}",
            f"{body}. {LOADED_SIGN_OFF}. {footer}".strip(),
            outlet="Ridge Sentinel",
            published=f"2026-10-0{i + 1}",
        )
        for i, body in enumerate(LOADED_BODIES)
    ]
    store.write(results)
    update_stories(store)
    [profile] = outlet_profiles(store)
    assert profile["boilerplate"]["repeated"] == 3, profile["boilerplate"]
    shown = [e["text"].lower() for e in profile["loaded_examples"]]
    assert shown == ["dictator", "crook", "goon"]
    for example in profile["loaded_examples"]:
        assert LOADED_SIGN_OFF not in example["context"] and "cowards" not in example["context"]
