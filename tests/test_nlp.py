"""Loading the spaCy pipeline: a blank line always ends a sentence."""

from __future__ import annotations

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
    stock = load_model(compiled_rules=False, paragraphs=False)
    assert "tacitus_paragraphs" not in stock.pipe_names
    assert len(list(stock(HEADLINE).sents)) == 1  # why the component is there
