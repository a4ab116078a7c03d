"""Aid named again by a demonstrative takes the giver named before (events/aid_anaphora.py,
issue 13). Sentences written for these tests."""

from __future__ import annotations

from tacitus import Pipeline
from tacitus.records import Event


def _aid(events: list[Event], target_word: str) -> list[Event]:
    return [
        e for e in events
        if e.event_type == "AID" and e.target is not None and target_word in e.target.text
    ]  # fmt: skip


def test_this_assistance_is_the_givers(pipeline: Pipeline) -> None:
    text = (
        "Japan will provide $50 million in new assistance to Jordan. This assistance will "
        "support Syrian refugees and local schools."
    )
    [support] = _aid(pipeline.extract(text), "refugees")
    assert support.source is not None and support.source.country == "JPN"
    assert "source implied: the giver of 'assistance' named before" in support.reason


def test_these_funds_after_a_pledge(pipeline: Pipeline) -> None:
    text = (
        "Norway pledged new funding to the World Food Programme on Monday. This funding will "
        "help displaced families in Sudan."
    )
    helped = _aid(pipeline.extract(text), "families")
    assert helped and all(e.source is not None and e.source.country == "NOR" for e in helped)


def test_no_giver_without_a_demonstrative_or_an_antecedent(pipeline: Pipeline) -> None:
    for text in (
        # "the assistance": no demonstrative
        "Japan will provide $50 million in new assistance to Jordan. The assistance will "
        "support Syrian refugees.",
        # no aid given before
        "Russia attacked Kyiv on Monday. This assistance will support Ukrainian refugees.",
        # the aid before gave another thing: no antecedent for "this grant"
        "Japan will send medical teams to Jordan. This grant will support Syrian refugees.",
    ):
        for event in _aid(pipeline.extract(text), "refugees"):
            assert event.source is None, text
