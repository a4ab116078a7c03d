"""Loading the spaCy pipeline: a blank line always ends a sentence."""

from __future__ import annotations

import pytest

from tacitus import Document, Pipeline
from tacitus.nlp import load_model

HEADLINE = (
    "Military Cites Increased Russian Concern on Move\n\n"
    "Iraq has been sharing intelligence with Iran on fighting ISIS for some time."
)


def test_a_headline_without_a_full_stop_is_its_own_sentence(pipeline: Pipeline) -> None:
    nlp = pipeline.analyzer.nlp
    assert "tacitus_paragraphs" in nlp.pipe_names
    assert nlp.pipe_names.index("tacitus_paragraphs") < nlp.pipe_names.index("parser")
    sentences = [s.text.strip() for s in nlp(HEADLINE).sents]
    assert sentences == [
        "Military Cites Increased Russian Concern on Move",
        "Iraq has been sharing intelligence with Iran on fighting ISIS for some time.",
    ]
    # the event's evidence is the sentence alone, not the headline run into it
    [result] = list(pipeline.run([Document("h", HEADLINE)]))
    assert result.events and all(  # type: ignore[union-attr]
        not e.sentence.startswith("Military")
        for e in result.events  # type: ignore[union-attr]
    )


def test_spacy_as_shipped_runs_a_headline_into_its_paragraph() -> None:
    stock = load_model(compiled_rules=False, paragraphs=False, lemmas=False)
    assert "tacitus_paragraphs" not in stock.pipe_names
    assert len(list(stock(HEADLINE).sents)) == 1  # why the component is there


def test_a_prefixed_irregular_verb_has_its_lemma(pipeline: Pipeline) -> None:
    """spaCy's lemmatizer knows "took" but leaves "retook" as it is."""
    nlp = pipeline.analyzer.nlp
    for sentence, word, lemma in [
        ("The rebels retook the town on Sunday.", "retook", "retake"),
        ("The guards mistook the envoy for a spy.", "mistook", "mistake"),
        ("Nobody foresaw the coup in Niger.", "foresaw", "foresee"),
        ("The army took the town.", "took", "take"),
    ]:
        [token] = [t for t in nlp(sentence) if t.text == word]
        assert token.lemma_ == lemma, (sentence, token.lemma_)


def test_a_prefixed_lemma_needs_an_inflected_rest() -> None:
    from tacitus.nlp import prefixed_lemma

    exceptions = {"took": ["take"], "set": ["set"], "saw": ["see"]}
    assert prefixed_lemma("retook", exceptions) == "retake"
    assert prefixed_lemma("reset", exceptions) is None  # a base form: left alone
    assert prefixed_lemma("oversaw", exceptions) == "oversee"
    assert prefixed_lemma("took", exceptions) is None
    assert prefixed_lemma("review", exceptions) is None


def test_territory_retaken_from_an_actor_targets_that_actor(pipeline: Pipeline) -> None:
    for text in (
        "Iraqi forces retook Ramadi from ISIL in December.",
        "Syrian troops recaptured Palmyra from the Islamic State on Sunday.",
        "Ukrainian forces captured the village of Robotyne from Russia.",
    ):
        events = [e for e in pipeline.extract(text) if e.event_type == "COERCE"]
        assert events, text
        assert events[0].target is not None and events[0].target.actor_id is not None, text
        assert "'from' phrase" in events[0].reason, (text, events[0].reason)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Foreign Office Minister Tobias Ellwood\nIraq has condemned the attack on the mosque.",
            "Foreign Office Minister Tobias Ellwood",
        ),
        (
            "Statement by the Minister for the Middle East\nBritain condemned the bombing.",
            "Statement by the Minister for the Middle East",
        ),
        ("PRESS RELEASE\nThe army said it had retaken the town.", "PRESS RELEASE"),
    ],
)
def test_a_title_line_is_not_run_into_the_next_line(
    pipeline: Pipeline, text: str, first: str
) -> None:
    """A heading or a title line ended by one line break ends its sentence (issue 14: a title
    line joined to the next sentence gave the minister Iraq's country)."""
    sentences = [s.text.strip() for s in pipeline.analyzer.nlp(text).sents]
    assert sentences[0] == first


WRAPPED = (
    "Officials in Baghdad said on Monday that the new Prime Minister\n"
    "Haider al-Abadi had left for talks with the Kurdish leaders in\n"
    "Erbil, where the regional government has asked for more money\n"
    "and for weapons to fight the militants who hold large parts of\n"
    "Nineveh province."
)


@pytest.mark.parametrize(
    "text",
    [
        # hard-wrapped prose: a line ending inside a sentence goes on
        WRAPPED,
        # a line ending with a word no sentence ends with
        "The minister said that the government of\nIraq had condemned the attack.",
        # a transcript's label runs into what is said after it
        "SECRETARY KERRY:\nThank you very much.",
    ],
)
def test_a_line_of_prose_runs_on(pipeline: Pipeline, text: str) -> None:
    sentences = list(pipeline.analyzer.nlp(text).sents)
    assert len(sentences) == 1


@pytest.mark.parametrize(
    ("text", "first"),
    [
        (
            "Minister comments after an attack on a market in al-Hilla in Iraq \n"
            "Minister Tobias Ellwood said the UK condemned the attack.",
            "Minister comments after an attack on a market in al-Hilla in Iraq",
        ),
        (
            "Coalition strikes hit ISIL near Mosul\nThe coalition said ten strikes hit ISIL.",
            "Coalition strikes hit ISIL near Mosul",
        ),
    ],
)
def test_a_headline_is_not_run_into_the_next_line(
    pipeline: Pipeline, text: str, first: str
) -> None:
    """In text that is not hard-wrapped, a line break ends a sentence when the next line opens
    with a capital and the line before ends with a word that may end one."""
    sentences = [s.text.strip() for s in pipeline.analyzer.nlp(text).sents]
    assert sentences[0] == first
