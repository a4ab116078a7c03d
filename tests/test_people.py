"""People and offices: schema, name variants, dated offices, titles, unknown people, --actors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tacitus import Options, Pipeline
from tacitus.actors.dictionary import ROLES, ActorDictionary, load_dictionary
from tacitus.actors.people import PeopleResolver
from tacitus.actors.people_index import parse_day
from tacitus.actors.resolve import ActorResolver
from tacitus.actors.titles import ROLE_PHRASES, title_roles
from tacitus.cli import main
from tacitus.errors import ConfigError, DataError
from tacitus.records import Actor

Found = dict[str, Actor]


def people(pipeline: Pipeline, text: str, published: str | None) -> Found:
    """Actors by the text of their anchor token, for one document."""
    analyzer = pipeline.analyzer
    doc = analyzer.nlp(text)
    hits = analyzer.resolver.resolve(doc, published)
    return {doc[h.anchor].text: h.actor for hs in hits.values() for h in hs}


# -- schema --------------------------------------------------------------------------------

PERSON = """
cutoff: 2024-06-30
actors:
  - id: person:jane-roe
    name: Jane Roe
    country: ZZZ
    gender: f
    names: [J. Roe]
    offices:
      - {title: Minister of Foreign Affairs, country: ZZZ, sector: GOV, start: 2015-01-01, end: 2019-06-30}
      - {title: Prime Minister, country: ZZZ, sector: GOV, start: 2019-06-30, end: null, roles: [leader]}
"""


def test_person_entries_load_with_offices() -> None:
    dictionary = ActorDictionary()
    dictionary.add_file("people.yaml", PERSON)
    entry = dictionary.entries["person:jane-roe"]
    assert entry.gender == "f"
    assert entry.names == ("Jane Roe", "J. Roe")
    assert entry.cutoff == dt.date(2024, 6, 30)
    first, second = entry.offices
    assert (first.title, first.start, first.end) == (
        "Minister of Foreign Affairs",
        dt.date(2015, 1, 1),
        dt.date(2019, 6, 30),
    )
    assert second.end is None and second.roles == ("leader",)
    assert not first.held_on(dt.date(2019, 6, 30)) and second.held_on(dt.date(2019, 6, 30))
    assert "Jane Roe" not in dictionary.surfaces  # people are matched by the people resolver


def test_json_person_files_take_iso_strings() -> None:
    dictionary = ActorDictionary()
    office = {"title": "President", "country": "ZZZ", "sector": "GOV", "start": "2020-01-01"}
    data = {"actors": [{"id": "person:a-b", "name": "A B", "offices": [office]}]}
    dictionary.add_file("p.json", json.dumps(data))
    assert dictionary.entries["person:a-b"].offices[0].start == dt.date(2020, 1, 1)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "actors: [{id: person:x, name: X, offices: [{title: President, country: ZZZ}]}]",
            "bad.yaml#1: office 1: missing 'start'",
        ),
        (
            "actors: [{id: person:x, name: X, offices: [{title: President, start: '2016-13-01'}]}]",
            "bad.yaml#1: office 1: 'start' must be an ISO date (YYYY-MM-DD) or null "
            "(got '2016-13-01')",
        ),
        (
            "actors: [{id: person:x, name: X, offices: [{title: P, start: 2016-01-01, "
            "end: 2015-01-01}]}]",
            "bad.yaml#1: office 1: 'end' 2015-01-01 is before 'start' 2016-01-01",
        ),
        (
            "actors: [{id: person:x, name: X, offices: [{start: 2016-01-01}]}]",
            "bad.yaml#1: office 1: missing or empty 'title'",
        ),
        (
            "actors: [{id: person:x, name: X, offices: [{title: P, start: 2016-01-01, party: Y}]}]",
            "bad.yaml#1: office 1: unknown keys ['party']",
        ),
        (
            "actors: [{id: person:x, name: X, offices: {title: P}}]",
            "bad.yaml#1: 'offices' must be a list",
        ),
        (
            "actors: [{id: person:x, name: X, gender: male}]",
            "bad.yaml#1: 'gender' must be 'f', 'm' or null (got 'male')",
        ),
        (
            "actors: [{id: person:x, name: X, demonyms: [Xian]}]",
            "bad.yaml#1: a person has no 'demonyms'",
        ),
        (
            "actors: [{id: group:X, name: X, offices: [{title: P, start: 2016-01-01}]}]",
            "bad.yaml#1: 'offices' is only allowed on person: entries",
        ),
        ("cutoff: soon\nactors: []", "bad.yaml: 'cutoff' must be an ISO date (YYYY-MM-DD)"),
        (
            "actors: [{id: person:x, name: X, offices: [{title: P, start: 2016-01-01, "
            "roles: [boss]}]}]",
            "bad.yaml#1: office 1: unknown roles ['boss'] (known: adviser, army chief,",
        ),
    ],
)
def test_schema_errors_have_exact_messages(text: str, message: str) -> None:
    with pytest.raises(DataError) as caught:
        ActorDictionary().add_file("bad.yaml", text)
    assert str(caught.value).startswith(message)


def test_shipped_people_files_load() -> None:
    dictionary = load_dictionary()
    people_ = [e for e in dictionary.entries.values() if e.id.startswith("person:")]
    assert len(people_) > 600
    assert all(e.offices and e.gender in ("f", "m") and e.cutoff for e in people_)
    lavrov = dictionary.entries["person:sergei-lavrov"]
    assert {"Sergey Lavrov", "Sergei Lavrov"} <= set(lavrov.names)


def test_text_titles_map_to_known_roles() -> None:
    assert set(ROLE_PHRASES.values()) <= ROLES


def test_office_titles_give_roles() -> None:
    assert title_roles("Minister of Foreign Affairs") == {"foreign minister", "minister"}
    assert "defence minister" in title_roles("Secretary of Defense (acting)")
    assert title_roles("Spokesperson of the Ministry of Foreign Affairs") == {"spokesperson"}
    assert title_roles("Deputy Minister of Foreign Affairs") == frozenset()
    assert title_roles("Chairman of the Supreme Council of the Armed Forces") == frozenset()


def test_publication_dates() -> None:
    assert parse_day("2016-02-12T08:00:00Z") == (dt.date(2016, 2, 12), "")
    assert parse_day("2016-02")[0] == dt.date(2016, 2, 15)
    assert parse_day(None) == (None, "undated article")
    assert parse_day("yesterday")[0] is None


# -- resolution (model-backed) ---------------------------------------------------------------


def test_name_variants_resolve_to_one_person(pipeline: Pipeline) -> None:
    text = (
        "Erdogan met Bashar Assad. Recep Tayyip Erdoğan later called al-Assad. "
        "Javad Zarif spoke to Sergey Lavrov, and Zarif thanked Lavrov."
    )
    found = people(pipeline, text, "2016-05-02")
    assert found["Erdogan"].actor_id == found["Erdoğan"].actor_id == "person:recep-tayyip-erdogan"
    ids = {a.actor_id for t, a in found.items() if t == "Assad"}
    assert ids == {"person:bashar-al-assad"}
    assert found["Zarif"].actor_id == "person:mohammad-javad-zarif"
    assert found["Lavrov"].actor_id == "person:sergei-lavrov"
    assert (found["Lavrov"].country, found["Lavrov"].sector) == ("RUS", "GOV")


def test_offices_depend_on_the_date(pipeline: Pipeline) -> None:
    text = "John Kerry met the Russian defence minister."
    in_2016 = people(pipeline, text, "2016-03-01")
    assert (in_2016["Kerry"].country, in_2016["Kerry"].sector) == ("USA", "GOV")
    assert "Secretary of State of USA" in in_2016["Kerry"].reason
    assert "held on 2016-03-01" in in_2016["Kerry"].reason
    assert in_2016["minister"].actor_id == "person:sergei-shoigu"
    in_2024 = people(pipeline, text, "2024-06-01")
    assert in_2024["Kerry"].actor_id == "person:john-kerry"
    assert "Secretary of State" not in in_2024["Kerry"].reason
    assert "no office on 2024-06-01" in in_2024["Kerry"].reason
    assert in_2024["minister"].actor_id == "person:andrei-belousov"


def resolver_with(pipeline: Pipeline, *paths: Path) -> ActorResolver:
    """An actor resolver over the shipped dictionaries plus the actors files ``paths``."""
    dictionary = load_dictionary(paths)
    tokenizer = pipeline.analyzer.nlp.tokenizer

    def tokenize(text: str) -> list[str]:
        return [t.text for t in tokenizer(text)]

    return ActorResolver(dictionary, tokenize, PeopleResolver(dictionary, tokenize))


def test_open_terms_do_not_end_at_the_cutoff(pipeline: Pipeline, tmp_path: Path) -> None:
    path = tmp_path / "people.yaml"
    path.write_text(PERSON, encoding="utf-8")  # cut-off 2024-06-30, prime minister since 2019
    resolver = resolver_with(pipeline, path)
    doc = pipeline.analyzer.nlp("Jane Roe criticised the plan.")
    [roe] = [h.actor for hs in resolver.resolve(doc, "2026-03-01").values() for h in hs]
    assert (roe.actor_id, roe.office, roe.country) == ("person:jane-roe", "Prime Minister", "ZZZ")
    assert "held on 2026-03-01 (open term; the data is known up to 2024-06-30)" in roe.reason
    [before] = [h.actor for hs in resolver.resolve(doc, "2024-01-01").values() for h in hs]
    assert "open term" not in before.reason  # within the data's cut-off: no caveat


def test_undated_documents_take_offices_of_the_as_of_date(pipeline: Pipeline) -> None:
    text = "Lavrov said the Russian president would attend."
    today = dt.date.today().isoformat()
    analyzer = pipeline.analyzer
    doc = analyzer.nlp(text)
    undated = {doc[h.anchor].text: h.actor for hs in analyzer.resolver.resolve(doc).values()
               for h in hs}  # fmt: skip
    assert undated["Lavrov"].actor_id == "person:sergei-lavrov"
    assert f"undated article: offices as of {today}, the day it was analysed" in (
        undated["Lavrov"].reason
    )
    old = {doc[h.anchor].text: h.actor for hs in
           analyzer.resolver.resolve(doc, None, "2010-06-01").values() for h in hs}  # fmt: skip
    assert old["president"].actor_id == "person:dmitry-medvedev"  # president 2008-2012
    assert "offices as of 2010-06-01 (the as-of date given)" in old["president"].reason
    dated = {doc[h.anchor].text: h.actor for hs in
             analyzer.resolver.resolve(doc, "2016-05-01", "2010-06-01").values() for h in hs}  # fmt: skip
    assert dated["president"].actor_id == "person:vladimir-putin"  # the article's own date wins
    assert "as of" not in dated["president"].reason


def test_undated_people_without_an_office_then_keep_their_last(pipeline: Pipeline) -> None:
    """An undated text names a person in the office they held: with none on the as-of date,
    the last one is the best guess (said in the reason); a dated text gets the nationality."""
    resolver = pipeline.analyzer.resolver
    doc = pipeline.analyzer.nlp(
        "UN chief Ban Ki-moon said Bashar al-Assad had agreed. Assad denied it."
    )

    def by_id(published: str | None) -> dict[str | None, list[Actor]]:
        found: dict[str | None, list[Actor]] = {}
        for hits in resolver.resolve(doc, published, "2025-01-01").values():
            for hit in hits:
                found.setdefault(hit.actor.actor_id, []).append(hit.actor)
        return found

    undated = by_id(None)
    [ban] = undated["person:ban-ki-moon"]
    assert (ban.country, ban.sector) == ("IGO", "IGO")
    assert "no office on 2025-01-01; undated text: the last, Secretary-General" in ban.reason
    assert len(undated["person:bashar-al-assad"]) == 2  # "Assad" after his full name
    [ban] = by_id("2025-01-01")["person:ban-ki-moon"]
    assert (ban.country, ban.office) == ("KOR", None)  # nationality: no office in 2025


def test_as_of_option_is_checked_and_recorded() -> None:
    with pytest.raises(ConfigError, match="as-of date"):
        Options(as_of="last week")
    assert Options(as_of="2020-02-02").to_dict()["as_of"] == "2020-02-02"
    result = CliRunner().invoke(main, ["extract", "-", "--as-of", "2020-13-01"], input="x")
    assert result.exit_code == 2 and "as-of date" in result.stderr


def test_titles_name_only_holders_on_the_date(pipeline: Pipeline, tmp_path: Path) -> None:
    """A title never resolves to someone whose term ended before the article's date, and a
    state's envoys, spokesmen or commanders (many at a time) are not looked up by title."""
    envoy = """
cutoff: 2024-06-30
actors:
  - id: person:john-doe
    name: John Doe
    country: ZZY
    gender: m
    offices:
      - {title: Special Envoy for Peace, country: ZZY, sector: GOV, start: 2018-01-01, end: null}
      - {title: Minister of Defence, country: ZZY, sector: MIL, start: 2015-01-01, end: 2017-01-01}
"""
    path = tmp_path / "envoy.yaml"
    path.write_text(envoy, encoding="utf-8")
    state = """
actors:
  - {id: "country:ZZY", name: Zedland, country: ZZY, names: [Zedland], demonyms: [Zedlandic]}
"""
    states = tmp_path / "states.yaml"
    states.write_text(state, encoding="utf-8")
    resolver = resolver_with(pipeline, states, path)
    for text, day in (
        ("The Zedlandic envoy arrived in Geneva.", "2019-01-01"),
        ("The Zedlandic defence minister arrived in Geneva.", "2019-01-01"),
    ):
        doc = pipeline.analyzer.nlp(text)
        actors = [h.actor for hs in resolver.resolve(doc, day).values() for h in hs]
        assert all(a.actor_id != "person:john-doe" for a in actors), text
    doc = pipeline.analyzer.nlp("The Zedlandic defence minister arrived in Geneva.")
    actors = [h.actor for hs in resolver.resolve(doc, "2016-01-01").values() for h in hs]
    assert "person:john-doe" in {a.actor_id for a in actors}


@pytest.mark.parametrize(
    ("text", "day", "anchor", "person"),
    [
        (
            "The British prime minister met the German chancellor.",
            "2026-03-01",
            "minister",
            "person:keir-starmer",
        ),
        (
            "The British prime minister met the German chancellor.",
            "2026-03-01",
            "chancellor",
            "person:friedrich-merz",
        ),
        (
            "The British prime minister met the German chancellor.",
            "2023-03-01",
            "chancellor",
            "person:olaf-scholz",
        ),
        (
            "The Ukrainian prime minister flew to Washington.",
            "2025-09-01",
            "minister",
            "person:yulia-svyrydenko",
        ),
        (
            "The US secretary of state called his Chinese counterpart.",
            "2025-06-01",
            "secretary",
            "person:marco-rubio",
        ),
        (
            "The US secretary of state called his Chinese counterpart.",
            "2024-06-01",
            "secretary",
            "person:antony-blinken",
        ),
        (
            "The Japanese prime minister arrived in Seoul.",
            "2025-01-10",
            "minister",
            "person:shigeru-ishiba",
        ),
        (
            "The Japanese prime minister arrived in Seoul.",
            "2026-01-10",
            "minister",
            "person:sanae-takaichi",
        ),
        ("President Lee said the talks would go on.", "2025-08-01", "Lee", "person:lee-jae-myung"),
        ("Ghana's president opened the summit.", "2025-03-01", "president", "person:john-mahama"),
        (
            "Ghana's president opened the summit.",
            "2020-03-01",
            "president",
            "person:nana-akufo-addo",
        ),
        (
            "The Syrian president arrived in Ankara.",
            "2025-06-01",
            "president",
            "person:abu-mohammad-al-jolani",
        ),
        (
            "The Syrian president arrived in Ankara.",
            "2024-06-01",
            "president",
            "person:bashar-al-assad",
        ),
        (
            "The Austrian chancellor praised the deal.",
            "2025-06-01",
            "chancellor",
            "person:christian-stocker",
        ),
        ("The Hezbollah leader rejected the plan.", "2025-08-01", "leader", "person:naim-qassem"),
        ("The NATO chief arrived in Kyiv.", "2025-04-01", "chief", "person:mark-rutte"),
        ("The Vietnamese party chief arrived in Moscow.", "2025-05-09", "chief", "person:to-lam"),
    ],
)
def test_titles_resolve_to_the_holder_on_the_date(
    pipeline: Pipeline, text: str, day: str, anchor: str, person: str
) -> None:
    """Sentences written for the test, dated before and after the 2024 data (2025-2026)."""
    found = people(pipeline, text, day)
    assert found[anchor].actor_id == person, found[anchor].reason


def test_holders_past_the_cutoff_say_so(pipeline: Pipeline) -> None:
    found = people(pipeline, "Zelensky said the Ukrainian foreign minister would go.", "2026-06-01")
    assert found["Zelensky"].actor_id == "person:volodymyr-zelensky"
    assert found["Zelensky"].office == "President"
    assert "held on 2026-06-01 (open term; the data is known up to 2025-10-31)" in (
        found["Zelensky"].reason
    )
    assert found["minister"].actor_id == "person:andrii-sybiha"
    kuleba = people(pipeline, "The Ukrainian foreign minister said so.", "2024-06-01")
    assert kuleba["minister"].actor_id == "person:dmytro-kuleba"


def test_a_state_envoy_is_not_looked_up_by_title(pipeline: Pipeline) -> None:
    for day in ("2016-03-01", "2023-06-01", "2025-03-01"):
        found = people(pipeline, "The US envoy met Syrian rebels in Geneva.", day)
        assert found["envoy"].actor_id is None or not found["envoy"].actor_id.startswith("person:")
        assert found["envoy"].country == "USA"


def test_titles_without_names(pipeline: Pipeline) -> None:
    text = (
        "The Iranian foreign minister met his Iraqi counterpart in Baghdad. "
        "A senior Saudi official said the US defense secretary would visit."
    )
    found = people(pipeline, text, "2016-05-20")
    assert found["minister"].actor_id == "person:mohammad-javad-zarif"
    assert "Minister of Foreign Affairs of IRN" in found["minister"].reason
    assert found["counterpart"].actor_id == "person:ibrahim-al-jaafari"
    assert (found["official"].country, found["official"].sector) == ("SAU", "GOV")
    assert found["official"].actor_id != "person:adel-al-jubeir"
    assert found["secretary"].actor_id == "person:ash-carter"


def test_ambiguous_names_use_country_and_date(pipeline: Pipeline) -> None:
    text = "Saudi King Abdullah received Jordan's King Abdullah in Riyadh."
    analyzer = pipeline.analyzer
    doc = analyzer.nlp(text)
    hits = analyzer.resolver.resolve(doc, "2013-09-09")
    kings = [
        h.actor.actor_id for hs in hits.values() for h in hs if doc[h.anchor].text == "Abdullah"
    ]
    assert kings == ["person:abdullah-bin-abdulaziz", "person:abdullah-ii"]


def test_unknown_people_take_country_from_context(pipeline: Pipeline) -> None:
    text = (
        "Iraqi lawmaker Hamid al-Mutlaq criticised the plan. The strike was planned, said "
        "Igor Konashenkov, a spokesman for the Russian defence ministry. Jane Smith disagreed."
    )
    found = {a.name: a for a in people(pipeline, text, "2017-04-07").values()}
    mutlaq = found["Hamid al-Mutlaq"]
    # not in the dictionaries: an identity of its own, made from the name
    assert (mutlaq.country, mutlaq.sector) == ("IRQ", "LEG")
    assert mutlaq.actor_id == "person:hamid-al-mutlaq"
    konashenkov = found["Igor Konashenkov"]
    assert (konashenkov.country, konashenkov.sector) == ("RUS", "MIL")
    assert "appositive" in konashenkov.reason
    assert found["Jane Smith"].country is None


def test_a_surname_is_not_a_month(pipeline: Pipeline) -> None:
    found = people(pipeline, "Theresa May will travel to Paris on May 25.", "2017-05-01")
    assert [a.actor_id for t, a in found.items() if t == "May"] == ["person:theresa-may"]


def test_person_from_an_actors_file(pipeline: Pipeline, tmp_path: Path) -> None:
    path = tmp_path / "people.yaml"
    path.write_text(PERSON, encoding="utf-8")
    resolver = resolver_with(pipeline, path)
    doc = pipeline.analyzer.nlp("Jane Roe criticised Chile. Roe said she was angry.")
    for day, title in (("2017-01-01", "Minister of Foreign Affairs"), ("2020-01-01", "Prime")):
        hits = resolver.resolve(doc, day)
        roe = [h.actor for hs in hits.values() for h in hs if h.actor.actor_id == "person:jane-roe"]
        assert len(roe) == 2 and all(a.country == "ZZZ" and title in a.reason for a in roe)


def test_actors_option_accepts_people(tmp_path: Path) -> None:
    path = tmp_path / "people.yaml"
    path.write_text(PERSON, encoding="utf-8")
    line = json.dumps({"id": "d1", "published": "2017-01-01", "text": "Jane Roe praised Chile."})
    result = CliRunner().invoke(main, ["extract", "-", "--actors", str(path), "-q"], input=line)
    assert result.exit_code == 0, result.stderr
    [record] = [json.loads(x) for x in result.stdout.splitlines()]
    assert record["source"]["actor_id"] == "person:jane-roe"
    assert (record["source"]["country"], record["target"]["country"]) == ("ZZZ", "CHL")
