"""A wire dateline opening a story ends at its dash: the story's first sentence starts after
it, so the parser never takes the city in capitals for the subject of the story's verb
("NAIROBI, March 3 (Reuters) - Kenyan police fired ..." lost its police). Issue 13;
sentences written for the tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline


@pytest.mark.parametrize(
    ("text", "kind", "source", "target"),
    [
        (
            "NAIROBI, March 3 (Reuters) - Kenyan police fired tear gas at opposition supporters.",
            "ASSAULT", "KEN", "KEN",
        ),
        (
            "BEIJING, June 2 (Xinhua) -- Chinese President Xi Jinping met with visiting Kenyan "
            "President Uhuru Kenyatta on Tuesday.",
            "CONSULT", "CHN", "KEN",
        ),
        (
            "MOSCOW, Jan 5 (Reuters) - Russia accused Ukraine of shelling a border village.",
            "ACCUSE", "RUS", "UKR",
        ),
        (
            "Gangs clash in the north\n\nRIO DE JANEIRO, Brazil, Oct. 4 (Reuters) - Brazilian "
            "police arrested 12 gang members.",
            "COERCE", "BRA", None,
        ),
        (
            "CARACAS, Venezuela (AP) \u2014 Venezuelan security forces arrested an opposition "
            "lawmaker on Friday.",
            "COERCE", "VEN", None,
        ),
    ],
)  # fmt: skip
def test_the_story_after_a_dateline_keeps_its_subject(
    pipeline: Pipeline, text: str, kind: str, source: str, target: str | None
) -> None:
    events = pipeline.extract(text)
    assert any(
        e.event_type == kind
        and e.source is not None
        and e.source.country == source
        and (target is None or (e.target is not None and e.target.country == target))
        and not e.sentence.startswith(text.split()[0])
        for e in events
    ), [(e.event_type, e.source, e.target) for e in events]


@pytest.mark.parametrize(
    "text",
    [
        # an acronym joined by a hyphen, and a lower-case story after a dash, are no dateline
        "CJTF-OIR has trained Iraqi security forces at five sites.",
        "NATO - the alliance said on Monday it would deploy troops to Latvia.",
    ],
)
def test_no_dateline_no_break(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.analyzer.nlp(text)
    assert len(list(doc.sents)) == 1
