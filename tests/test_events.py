"""Event coding on sentences written for these tests: each PLOVER type, passives, negation,
modality, coordination, reciprocity, metonyms and aliases (data: data/event_cases.jsonl)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tacitus import Event, Pipeline
from tacitus.errors import DataError
from tacitus.events.lexicon import parse_lexicon
from tacitus.records import PLOVER_TYPES

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "event_cases.jsonl").open()]


def _matching(events: list[Event], case: dict[str, Any]) -> list[Event]:
    return [e for e in events if e.event_type == case["type"]]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:48] for c in CASES])
def test_event_case(pipeline: Pipeline, case: dict[str, Any]) -> None:
    events = _matching(pipeline.extract(case["text"]), case)
    assert events, f"no {case['type']} event"
    event = events[0]
    assert event.source is not None
    assert event.source.country == case["source"], event.reason
    if "source_id" in case:
        assert event.source.actor_id == case["source_id"]
    if "source_sector" in case:
        assert event.source.sector == case["source_sector"], event.source.reason
    if "target" in case:
        assert event.target is not None, event.reason
        assert event.target.country == case["target"], event.reason
    if "target_sector" in case:
        assert event.target is not None and event.target.sector == case["target_sector"]
    if "targets" in case:
        assert sorted(e.target.country for e in events if e.target and e.target.country) == sorted(
            case["targets"]
        )
        assert len({e.mention_id for e in events}) == 1  # one mention, one record per target
    assert event.modality == case.get("modality", "asserted"), event.reason
    assert event.negated == case.get("negated", False), event.reason
    assert event.reciprocal == case.get("reciprocal", False), event.reason
    if "reported_by" in case:
        assert event.reported_by is not None and event.reported_by.country == case["reported_by"]
    assert event.reason and event.sentence == case["text"]


def test_every_plover_type_is_covered_by_a_case() -> None:
    assert {c["type"] for c in CASES} == set(PLOVER_TYPES)


def test_record_follows_the_data_contract(pipeline: Pipeline) -> None:
    [event] = pipeline.extract("Chile praised Argentina.")
    record = event.to_dict()
    assert list(record) == [
        "event_id", "mention_id", "doc_id", "sentence_id", "sentence", "trigger", "event_type",
        "cameo", "quad_class", "goldstein", "source", "target", "mode", "context", "reciprocal",
        "outlet", "published", "negated", "modality", "reported_by", "date", "date_precision",
        "location", "confidence", "reason", "partial",
    ]  # fmt: skip
    assert record["trigger"] == {"text": "praised", "start": 6, "end": 13}
    assert (record["cameo"], record["quad_class"]) == ("051", 2)  # CAMEO root 05: quad 2
    assert set(record["source"]) == {
        "text",
        "name",
        "actor_id",
        "country",
        "sector",
        "wikidata",
        "reason",
        "office",
    }
    assert record["source"]["actor_id"] == "country:CHL" and record["source"]["wikidata"] == "Q298"
    assert record["source"]["office"] is None  # only people hold offices
    assert 0 <= record["confidence"] <= 1


def test_ids_are_stable_and_depend_on_input(pipeline: Pipeline) -> None:
    first = pipeline.extract("Chile praised Argentina.")
    again = pipeline.extract("Chile praised Argentina.")
    other = pipeline.extract("Chile praised Peru.")
    assert [e.event_id for e in first] == [e.event_id for e in again]
    assert first[0].event_id != other[0].event_id


def test_dates_follow_the_publication_date(pipeline: Pipeline) -> None:
    from tacitus import Document

    doc = Document(
        "d1", "Chile praised Argentina on Sunday. Peru thanked Bolivia.", published="2025-03-12"
    )
    sunday, plain = pipeline.extract(doc)
    assert (sunday.date, sunday.date_precision) == ("2025-03-09", "day")
    assert (plain.date, plain.date_precision) == ("2025-03-12", "day")
    undated = pipeline.extract(Document("d2", "Chile praised Argentina on Sunday."))
    assert undated[0].date is None and undated[0].published is None


def test_neutral_statements_are_not_events(pipeline: Pipeline) -> None:
    assert pipeline.extract("The weather in Paris was mild and the markets were calm.") == []


# -- lexicon and trigger rules: each case is (sentence, type, cameo, strict PLOVER type) -------
# Sentences written for these tests.  `strict` is what `tacitus eval` and the PLOVER export
# write (intended cooperation -> AGREE, intended conflict -> THREATEN).
RULE_CASES = [
    # offering concessions is an intention to yield (CAMEO 035), not a concession
    ("Russia offered concessions to Ukraine at the talks.", "AGREE", "035", "AGREE"),
    # "undertake" with a noun object reports the act; with an infinitive it would promise it
    (
        "The Norwegian envoy undertook a mediation mission between Sri Lanka and India.",
        "CONSULT", "045", "CONSULT",
    ),
    # a participle used as a noun ("the wounded") is no act; evacuating people is aid
    ("Turkish helicopters evacuated the wounded from the Syrian town.", "AID", "073", "AID"),
    # cancelling or removing restrictions eases them
    ("The Sudanese government cancelled restrictions on foreign journalists.", "CONCEDE", "081", "CONCEDE"),
    ("Egypt removed restrictions on Palestinian travellers.", "CONCEDE", "081", "CONCEDE"),
    # a noun trigger in a "for" phrase after a verb of coming and going
    ("Lavrov came to Ankara on Tuesday for talks with his Turkish counterpart.", "CONSULT", "040", "CONSULT"),
    ("Thousands of Kenyans gathered in Nairobi for a rally against the government.", "PROTEST", "141", "PROTEST"),
    # a noun trigger after the light verb's own preposition
    ("Serbian forces engaged in ethnic cleansing against Kosovo Albanians.", "ASSAULT", "201", "ASSAULT"),
    ("The Russian foreign minister took part in talks with Iran in Geneva.", "CONSULT", "040", "CONSULT"),
    # "under" after a verb of putting
    ("Iranian police placed the opposition leader under house arrest.", "COERCE", "173", "COERCE"),
    # sending inspectors and opening a hearing investigate
    ("The IAEA dispatched inspectors to Iran on Monday.", "ACCUSE", "090", "ACCUSE"),
    ("Israel's supreme court opened a hearing into the killing of a Palestinian.", "ACCUSE", "090", "ACCUSE"),
    # defying a norm
    ("Hezbollah violated the ban imposed by the Lebanese government.", "REJECT", "128", "REJECT"),
    # a conflictual act under a modal with an "if" condition is a threat
    (
        "The French foreign minister said the EU may impose sanctions on Russia if it invades Ukraine.",
        "SANCTION", "163", "THREATEN",
    ),
    # "tighten" a blockade, and "swear to" as an intention
    ("NATO said it would tighten the naval blockade of Libya.", "COERCE", "191", "THREATEN"),
    ("Ethiopian rebels have sworn to fight until they capture Addis Ababa.", "ASSAULT", "190", "THREATEN"),
    # stopping gatherings, defacing websites, retaking territory, prohibiting
    ("Turkish police prevented a demonstration by Kurdish students in Ankara.", "COERCE", "172", "COERCE"),
    ("Egyptian riot police broke up a protest outside the Israeli embassy.", "ASSAULT", "175", "ASSAULT"),
    ("Russian hackers defaced dozens of Estonian government websites.", "COERCE", "170", "COERCE"),
    ("Iraqi troops recaptured Ramadi from Islamic State.", "COERCE", "192", "COERCE"),
    ("Iran prohibited the import of American goods.", "COERCE", "172", "COERCE"),
    # multi-word nouns whose first word is an adjective ("general strike", "targeted killing")
    ("Greek unions began a general strike against the government.", "PROTEST", "143", "PROTEST"),
    ("Israel carried out a targeted killing of a Hamas commander in Gaza.", "ASSAULT", "186", "ASSAULT"),
    # a hyphenated verb is looked up with its prefix ("test-fire" is a weapons test)
    ("North Korea test-fired two ballistic missiles into the sea.", "MOBILIZE", "150", "MOBILIZE"),
    ("Azerbaijan blocked the Lachin corridor to Armenia.", "COERCE", "191", "COERCE"),
    # "is due / scheduled to" plans the act (intended: AGREE in strict PLOVER)
    ("The Iranian foreign minister is due to visit Baghdad next week.", "CONSULT", "042", "AGREE"),
]  # fmt: skip


@pytest.mark.parametrize("case", RULE_CASES, ids=[c[0][:48] for c in RULE_CASES])
def test_lexicon_rule(pipeline: Pipeline, case: tuple[str, str, str, str]) -> None:
    from tacitus.plover import strict_type

    text, type_, cameo, strict = case
    found = pipeline.extract(text)
    events = [e for e in found if (e.event_type, e.cameo) == (type_, cameo)]
    assert events, [(e.event_type, e.cameo, e.trigger.text) for e in found]
    assert strict_type(events[0]) == strict, events[0].reason


def test_a_demanded_act_is_not_coded(pipeline: Pipeline) -> None:
    """ "repeated its demand that X withdraw": the withdrawal is only demanded."""
    events = pipeline.extract("Pakistan repeated its demand that India withdraw its troops.")
    assert [e.event_type for e in events] == ["REQUEST"]
    assert events[0].source is not None and events[0].source.country == "PAK"


def test_an_announced_plan_makes_the_act_intended(pipeline: Pipeline) -> None:
    [event] = [
        e
        for e in pipeline.extract("Turkey unveiled a plan to deploy troops to northern Syria.")
        if e.event_type == "MOBILIZE"
    ]
    assert event.modality == "intended", event.reason


@pytest.mark.parametrize(
    "text",
    [
        "Russia has no plans to send troops to Syria.",
        "Iran does not have any plans to attack Israel.",
        "The minister said Britain had no plan to impose sanctions on Iran.",
        "Japan said it had no intention to deploy troops to Iraq.",
    ],
)
def test_a_denied_intention_negates_its_act(pipeline: Pipeline, text: str) -> None:
    events = pipeline.extract(text)
    assert events, text
    assert all(e.negated for e in events), [(e.event_type, e.reason) for e in events]


def test_an_intention_not_denied_stays_asserted_as_intended(pipeline: Pipeline) -> None:
    for text in (
        "Turkey has plans to send troops to Libya.",
        "China, with no warning, announced a plan to deploy troops near Taiwan.",
    ):
        events = [e for e in pipeline.extract(text) if e.event_type == "MOBILIZE"]
        assert events and not any(e.negated for e in events), text


def test_an_adjective_noun_entry_is_not_read_as_its_head(pipeline: Pipeline) -> None:
    """ "diplomatic protest" is a complaint (ACCUSE), not a demonstration (PROTEST)."""
    events = pipeline.extract("Russia's diplomatic protest angered Estonia.")
    assert [e.event_type for e in events] == ["ACCUSE"]


def test_an_unconditional_possibility_is_no_threat(pipeline: Pipeline) -> None:
    [event] = pipeline.extract("The EU may impose sanctions on Russia.")
    assert (event.event_type, event.modality) == ("SANCTION", "hypothetical")


def test_an_expected_act_is_hypothetical(pipeline: Pipeline) -> None:
    """ "is expected to", "analysts expect X to": nobody has done it or promised it."""
    for text in (
        "The Iranian foreign minister is expected to visit Baghdad next week.",
        "Analysts expect Russia to withdraw its troops from Kherson.",
    ):
        events = pipeline.extract(text)
        assert events and all(e.modality == "hypothetical" for e in events), text


def test_a_visit_for_talks_is_coded_once(pipeline: Pipeline) -> None:
    text = "Lavrov arrived in Ankara on Tuesday for talks with his Turkish counterpart."
    events = pipeline.extract(text)
    assert len({e.mention_id for e in events}) == 1 and events[0].event_type == "CONSULT"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state or its officials protesting is a diplomatic protest (ACCUSE 114) ...
        ("China protested the arms sale.", ("ACCUSE", "114", 3)),
        ("Japan's foreign ministry protested the incursion.", ("ACCUSE", "114", 3)),
        ("Tokyo protested that the ships had entered its waters.", ("ACCUSE", "114", 3)),
        # ... people protesting are a demonstration (PROTEST 141), whoever they are
        ("Thousands of Russians protested in Moscow on Sunday.", ("PROTEST", "141", 4)),
        ("Students protested against the tuition increase.", ("PROTEST", "141", 4)),
    ],
)
def test_who_protests_decides_between_a_diplomatic_and_a_street_protest(
    pipeline: Pipeline, text: str, expected: tuple[str, str, int]
) -> None:
    [event] = pipeline.extract(text)
    assert (event.event_type, event.cameo, event.quad_class) == expected
    if expected[0] == "ACCUSE":
        assert "a state's PROTEST is ACCUSE 114" in event.reason


def test_by_state_alternatives_are_checked_like_entries() -> None:
    data = {"verbs": [{"lemma": "protest", "type": "PROTEST", "cameo": "141",
                       "by_state": {"type": "NOPE", "cameo": "114"}}]}  # fmt: skip
    with pytest.raises(DataError, match=r"by_state.*not a PLOVER type"):
        parse_lexicon(data)
    ok = parse_lexicon({"verbs": [{"lemma": "protest", "type": "PROTEST", "cameo": "141",
                                   "target": ["against"],
                                   "by_state": {"type": "ACCUSE", "cameo": "114"}}]})  # fmt: skip
    [entry] = ok.verbs["protest"]
    assert entry.by_state is not None and entry.by_state.type == "ACCUSE"
    assert entry.by_state.target == ("against",) and entry.by_state.by_state is None


@pytest.mark.parametrize(
    ("text", "protest"),
    [
        ("Thousands demonstrated outside the embassy on Friday.", True),
        ("Students rallied against the new law in the capital.", True),
        ("Russia has demonstrated that it can defeat the insurgents.", False),
        ("The exercise demonstrated China's resolve.", False),
        ("The president rallied his supporters before the vote.", False),
    ],
)
def test_demonstrating_something_is_no_demonstration(
    pipeline: Pipeline, text: str, protest: bool
) -> None:
    events = pipeline.extract(text)
    assert any(e.event_type == "PROTEST" for e in events) is protest, events


def test_an_obligation_noun_makes_no_asserted_act(pipeline: Pipeline) -> None:
    """ "has a responsibility to press", "a duty to withdraw": what someone ought to do."""
    [press] = pipeline.extract(
        "Russia has a special responsibility to press Syria to end the siege."
    )
    assert press.modality == "hypothetical" and "obligation" in press.reason
    [demand] = pipeline.extract(
        "The United States said Russia has a duty to withdraw from Georgia."
    )
    assert demand.event_type == "REQUEST"
    assert demand.source is not None and demand.source.country == "USA"
    assert demand.target is not None and demand.target.country == "RUS"


def test_not_wanting_an_act_is_a_request_that_says_why(pipeline: Pipeline) -> None:
    """ "does not want X to attack" asks X not to: a REQUEST, not negated, and the reason
    says so instead of showing a negation the record does not carry."""
    [request] = pipeline.extract("Moscow does not want Iran to attack Israel.")
    assert request.event_type == "REQUEST" and not request.negated
    assert "a wish that the act not happen" in request.reason
    assert "negation" not in request.reason
