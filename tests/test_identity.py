"""One identity per actor: name chains, family members, unlisted people's ids and roles,
normalised keys, the alias index, and what the store makes of them (issue 14).

The sentences are written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus import Document, Pipeline, open_store
from tacitus.actors.identity import (
    AliasIndex,
    is_first_name,
    name_id,
    name_key,
    person_id,
    person_name,
    same_person,
)
from tacitus.records import Actor

Found = list[tuple[str, Actor]]


def actors(pipeline: Pipeline, text: str, published: str | None = "2016-10-20") -> Found:
    """(mention text, actor) of a document's actor mentions, in text order."""
    [result] = list(pipeline.run([Document(doc_id="t", text=text, published=published)]))
    return [(text[m.start : m.end], m.actor) for m in result.mentions]


def ids(found: Found, mention: str) -> list[str | None]:
    return [a.actor_id for t, a in found if t == mention]


# -- names and keys (no model) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("the FBI", "FBI"),
        ("F.B.I.", "FBI's"),
        ("the Department of Justice", "Justice Dept."),
        ("U.S. Department of State", "US State Department"),
        ("United Nations Security Council", "the U.N. Security Council"),
        ("Ministry of Defence", "Defense Ministry"),
    ],
)
def test_spellings_of_one_organisation_have_one_key(a: str, b: str) -> None:
    assert name_key(a) == name_key(b)
    assert name_id(a) == name_id(b)


def test_spellings_of_one_person_have_one_id() -> None:
    assert person_id("James B. Comey") == person_id("Mr. James Comey") == "person:james-comey"
    assert person_id("Donald Trump Jr.") == "person:donald-trump-jr"
    assert person_id("Donald Trump Jr.") != person_id("Donald Trump")
    assert person_id("Recep Tayyip Erdoğan") == "person:recep-tayyip-erdogan"


def test_a_later_name_continues_an_earlier_one_only_when_it_can() -> None:
    def same(earlier: str, later: str) -> bool:
        a, b = person_name(earlier), person_name(later)
        assert a is not None and b is not None
        return same_person(a, b)

    assert same("James B. Comey", "James Comey")
    assert same("James B. Comey", "Comey")
    assert same("Donald Trump Jr.", "Trump Jr.")
    assert same("Nasr al-Hariri", "Hariri")
    assert not same("Donald Trump Jr.", "Eric Trump")
    assert not same("Donald Trump", "Trump Jr.")


def test_an_alias_two_entries_share_is_nobodys() -> None:
    index = AliasIndex()
    index.add("igo:A", ["Council of Ministers"])
    index.add("igo:B", ["the Ministers Council"])
    index.add("igo:C", ["Dept. of Energy"])
    assert index.get("Ministers' Council") is None
    assert index.get("the Energy Department") == ("igo:C", "energy department")


# -- people in a document -------------------------------------------------------------------


def test_a_surname_takes_the_first_person_named_in_full(pipeline: Pipeline) -> None:
    text = (
        "Hillary Clinton led in the polls on Sunday. Her husband, Bill Clinton, campaigned "
        "in Iowa. In Ohio, Clinton said the economy was strong."
    )
    found = actors(pipeline, text)
    assert ids(found, "Clinton") == ["person:hillary-clinton"]


def test_a_title_or_an_honorific_picks_among_the_people_named(pipeline: Pipeline) -> None:
    text = (
        "Hillary Clinton accepted the nomination on Thursday. Bill Clinton spoke before her. "
        "Former President Clinton praised his wife, and Mrs. Clinton thanked the crowd."
    )
    found = actors(pipeline, text)
    assert ids(found, "Former President Clinton") == ["person:bill-clinton"]
    assert ids(found, "Mrs. Clinton") == ["person:hillary-clinton"]
    alone = actors(pipeline, "Mrs. Clinton thanked the crowd in Ohio.")
    assert ids(alone, "Mrs. Clinton") == ["person:hillary-clinton"]


def test_a_gendered_pronoun_in_the_clause_agrees(pipeline: Pipeline) -> None:
    text = "Bill Clinton and Hillary Clinton arrived. Clinton said she would win Ohio."
    assert ids(actors(pipeline, text), "Clinton") == ["person:hillary-clinton"]


def test_family_members_are_their_own_people(pipeline: Pipeline) -> None:
    text = (
        "Melania Trump spoke in Pennsylvania on Monday. Mrs. Trump said she wanted to end "
        "bullying online. Donald Trump praised her speech. Donald Trump Jr. attended too, and "
        "Trump Jr. told reporters the campaign was strong."
    )
    found = actors(pipeline, text)
    assert ids(found, "Melania Trump") == ids(found, "Mrs. Trump") == ["person:melania-trump"]
    assert ids(found, "Donald Trump") == ["person:donald-trump"]
    assert ids(found, "Donald Trump Jr.") == ids(found, "Trump Jr.") == ["person:donald-trump-jr"]
    assert "name chain" in next(a.reason for t, a in found if t == "Trump Jr.")


def test_middle_initials_do_not_make_another_person(pipeline: Pipeline) -> None:
    text = (
        "Russian President Vladimir V. Putin met the envoy on Monday. FBI Director James B. "
        "Comey wrote to Congress. James Comey later said the review was over."
    )
    found = actors(pipeline, text)
    putin = [a for t, a in found if "Putin" in t]
    assert [a.actor_id for a in putin] == ["person:vladimir-putin"]
    comey = {a.actor_id for t, a in found if "Comey" in t}
    assert comey == {"person:james-comey"}


def test_unlisted_people_keep_their_role_and_country(pipeline: Pipeline) -> None:
    text = (
        '"We will not let this stand," said Josh Earnest, the White House press secretary. '
        "John Podesta, a Clinton campaign adviser, said the emails were stolen. Retired "
        "general Michael Brenner said nothing."
    )
    found = {a.actor_id: a for _, a in actors(pipeline, text)}
    earnest = found["person:josh-earnest"]
    assert (earnest.country, earnest.sector, earnest.office) == (
        "USA", "GOV", "White House press secretary",
    )  # fmt: skip
    podesta = found["person:john-podesta"]
    assert (podesta.country, podesta.office) == ("USA", "Clinton campaign adviser")
    assert "role 'Clinton campaign adviser' → USA" in podesta.reason
    assert found["person:michael-brenner"].country is None  # the text does not say
    keys = {a.key for a in found.values() if a.actor_id and a.actor_id.startswith("person:")}
    assert len(keys) == 3  # one key each: no country key shared by several people


def test_a_name_left_between_two_listed_people_gets_no_identity(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Clinton campaign officials met in Ohio on Monday.")
    [clinton] = [a for t, a in found if t == "Clinton"]
    assert clinton.actor_id is None and clinton.country == "USA"
    assert "ambiguous surname" in clinton.reason


def test_an_unlisted_spelling_of_an_entry_is_that_entry(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Officials of the U.N. Security Council met on Monday.")
    unsc = [a for _, a in found if a.actor_id == "igo:UNSC"]
    assert unsc and "alias" in unsc[0].reason


# -- the store: one row per identity --------------------------------------------------------


def test_the_store_has_one_actor_row_per_identity(pipeline: Pipeline, tmp_path: Path) -> None:
    documents = [
        Document(
            doc_id="a",
            published="2016-10-20",
            text=(
                "Josh Earnest, the White House press secretary, criticised Russia. "
                "John Podesta, a Clinton campaign adviser, accused Russia of hacking. "
                "The FBI investigated the hack."
            ),
        ),
        Document(
            doc_id="b",
            published="2016-10-21",
            text="FBI Director James B. Comey said the FBI would respond. Comey accused Russia.",
        ),
        Document(
            doc_id="c",
            published="2016-10-22",
            text="James Comey criticised Russia again. The F.B.I. declined to comment.",
        ),
    ]
    results = list(pipeline.run(documents))
    with open_store(tmp_path / "t.duckdb") as store:
        store.write(results)
        rows = store.connection.execute(
            "SELECT actor_key, name, country FROM actors ORDER BY actor_key"
        ).fetchall()
        listed = store.actors()
    keys = [k for k, _, _ in rows]
    assert len(keys) == len(set(keys))
    assert {"person:josh-earnest", "person:john-podesta", "person:james-comey"} <= set(keys)
    assert not [k for k in keys if k.startswith("USA:") and k != "USA:GOV"]
    assert len([k for k in keys if "comey" in k]) == 1
    assert len([k for k in keys if "fbi" in k]) <= 1
    assert len({a["actor_key"] for a in listed}) == len(listed)


def test_a_first_name_alone_continues_an_unlisted_person(pipeline: Pipeline) -> None:
    text = (
        "Omar Haddad runs a bakery in the old city. Every morning Omar opens the shop before "
        "dawn, and Karim Saleh, his neighbour, helps him. Karim says business is slow."
    )
    found = actors(pipeline, text)
    assert set(ids(found, "Omar")) == {"person:omar-haddad"}  # not Mohammed Omar
    assert set(ids(found, "Karim")) == {"person:karim-saleh"}


def test_a_military_rank_gives_an_unlisted_person_the_military(pipeline: Pipeline) -> None:
    found = actors(pipeline, "Maj. Gen. Harold Brant said the bridge was secure.")
    [brant] = [a for _, a in found if a.actor_id == "person:harold-brant"]
    assert brant.sector == "MIL"


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        (  # the small model tags the second "Hadi" as a place
            "The two men met in 2001. Hadi Jaber, a painter, came back to the city. Years "
            "later, Hadi stood behind the counter.",
            "Hadi",
            "person:hadi-jaber",
        ),
        (
            "Tariq Nasser opened the bakery in 2003. Years later, Tariq told me it survived.",
            "Tariq",
            "person:tariq-nasser",
        ),
    ],
)
def test_a_first_name_alone_takes_the_person_named_in_full(
    pipeline: Pipeline, text: str, name: str, person: str
) -> None:
    found = actors(pipeline, text)
    assert person in ids(found, name)


def test_a_known_place_is_no_first_name(pipeline: Pipeline) -> None:
    text = "Michael Jordan visited the camp. Jordan and Syria signed the deal on Monday."
    found = actors(pipeline, text)
    assert ids(found, "Jordan") == ["country:JOR"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Melania", True), ("HAIDER", True), ("José", True), ("Samarra", False), ("Mr.", False)],
)
def test_is_first_name_reads_one_word(word: str, expected: bool) -> None:
    """One word against the first-names list, in any case and with accents dropped."""
    assert is_first_name(word) is expected
