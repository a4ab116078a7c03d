"""The compiled attribute rules set exactly what spaCy's attribute_ruler sets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from tacitus.nlp import load_model
from tacitus.nlp_attributes import COMPONENT, compile_rules, use_compiled_rules

SAMPLES = Path(__file__).resolve().parent.parent / "tacitus" / "samples" / "corpus.jsonl"
AWKWARD = [
    "He ain't going. We're gonna win, gotta go. Let's see. Ain't no way, y'all.",
    "  \n\n  Leading white space\tand tabs  \n",
    "",
    "U.S. forces said 'no'. The U.N.'s envoy -- who else? -- left at 5 p.m.",
    "I dunno what they wanna do; whaddya think?",
    "RUSSIA SAYS UKRAINE ATTACKED. russia says ukraine attacked.",
    "C'mon, there were nothin' left and Y' all know it. There is gon na be a vote, is n't there?",
]


def _signature(doc: Doc) -> list[tuple[Any, ...]]:
    return [
        (
            t.text,
            t.pos_,
            t.tag_,
            str(t.morph),
            t.lemma_,
            t.dep_,
            t.head.i,
            t.ent_iob_,
            t.ent_type_,
            t.is_sent_start,
        )
        for t in doc
    ]


@pytest.fixture(scope="module")
def models() -> tuple[Language, Language]:
    return load_model(compiled_rules=False), load_model()


def test_the_english_pipeline_gets_the_compiled_rules(models: tuple[Language, Language]) -> None:
    stock, compiled = models
    assert "attribute_ruler" in stock.pipe_names and COMPONENT not in stock.pipe_names
    assert COMPONENT in compiled.pipe_names and "attribute_ruler" not in compiled.pipe_names
    assert compiled.pipe_names.index(COMPONENT) == stock.pipe_names.index("attribute_ruler")


def test_identical_annotations_on_news_and_awkward_text(models: tuple[Language, Language]) -> None:
    stock, compiled = models
    lines = SAMPLES.read_text(encoding="utf-8").splitlines()[:12]
    texts = [json.loads(line)["text"] for line in lines] + AWKWARD
    tokens = 0
    for a, b in zip(stock.pipe(texts), compiled.pipe(texts), strict=True):
        assert _signature(a) == _signature(b), a.text[:80]
        tokens += len(a)
    assert tokens > 1500
    # the word exceptions really fire: "ai n't" -> be not, "gon na" -> go to
    doc = compiled("He ai n't gon na stop .")
    assert [t.lemma_ for t in doc][1:5] == ["be", "not", "go", "to"]


def _ruler_pipeline(patterns: list[dict[str, Any]]) -> Language:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns(patterns)
    return nlp


RULES: list[dict[str, Any]] = [
    {"patterns": [[{"LOWER": {"IN": ["a", "an", "the"]}}]], "attrs": {"POS": "DET"}},
    {"patterns": [[{"ORTH": "The"}]], "attrs": {"POS": "PROPN", "LEMMA": "THE"}},  # later wins
    {
        "patterns": [[{"LOWER": {"REGEX": r"^\d+$"}}]],
        "attrs": {"POS": "NUM", "MORPH": "NumType=Card"},
    },
    {
        "patterns": [[{"LOWER": {"NOT_IN": ["the", "a"]}, "IS_SPACE": False}]],
        "attrs": {"MORPH": "Foo=Bar"},
    },
    {"patterns": [[{"LOWER": "new"}, {"LOWER": "york"}]], "attrs": {"LEMMA": "NYC"}, "index": -1},
    {"patterns": [[{"LOWER": "new"}, {"LOWER": "york"}]], "attrs": {"POS": "PROPN"}, "index": 0},
    {"patterns": [[{"IS_SPACE": True}]], "attrs": {"POS": "SPACE"}},
    # gated by its second token: the first names no value of its own
    {
        "patterns": [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]],
        "attrs": {"LEMMA": "you"},
        "index": 0,
    },
]


def test_rules_of_every_supported_kind_match_spacy() -> None:
    stock = _ruler_pipeline(RULES)
    compiled = _ruler_pipeline(RULES)
    assert use_compiled_rules(compiled)
    texts = [
        "The 12 men of New York met a new  york delegate.",
        "the the The 7",
        "  ",
        "new",
        "New York New York",
        "x " * 50,
        "Y' all and y all, yall, all y'",
    ]
    for text in texts:
        a, b = stock(text), compiled(text)
        assert [(t.pos_, str(t.morph), t.lemma_) for t in a] == [
            (t.pos_, str(t.morph), t.lemma_) for t in b
        ], text
    doc = compiled("New York and The 12")
    assert [t.pos_ for t in doc] == ["PROPN", "", "", "PROPN", "NUM"]
    assert doc[1].lemma_ == "NYC" and doc[3].lemma_ == "THE" and str(doc[0].morph) == "Foo=Bar"
    assert [t.lemma_ for t in compiled("y all, yall y all")] == [
        "you",
        "",
        "",
        "you",
        "",
        "you",
        "",
    ]


def test_rules_it_cannot_reproduce_keep_spacys_component() -> None:
    with_operator = [{"patterns": [[{"LOWER": "very", "OP": "+"}]], "attrs": {"POS": "ADV"}}]
    nlp = _ruler_pipeline(with_operator)
    assert compile_rules(nlp.get_pipe("attribute_ruler")) is None
    assert not use_compiled_rules(nlp)
    assert nlp.pipe_names == ["attribute_ruler"]
    assert [t.pos_ for t in nlp("very very good")] == ["ADV", "ADV", ""]
    # a rule of several tokens none of which names a value would be tried everywhere
    ungated = [{"patterns": [[{"LOWER": {"REGEX": "^a"}}, {"LOWER": {"NOT_IN": ["b"]}}]],
                "attrs": {"POS": "X"}}]  # fmt: skip
    assert compile_rules(_ruler_pipeline(ungated).get_pipe("attribute_ruler")) is None
    # a pipeline without an attribute ruler is left alone
    blank = spacy.blank("en")
    assert not use_compiled_rules(blank) and blank.pipe_names == []
