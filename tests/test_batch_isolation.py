"""A batch whose parse fails is analysed again document by document (issue 16): a failure
costs only the failing document, never the rest of its batch."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import pytest
from spacy.tokens import Doc

from tacitus import Pipeline
from tacitus.records import Document, DocumentResult, InputError

pytestmark = pytest.mark.slow


def test_a_failed_batch_is_parsed_again_from_fresh_tokens(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    analyzer = pipeline.analyzer
    real_pipe = analyzer.nlp.pipe

    def pipe_then_fail(docs: Iterable[Doc], **kwargs: Any) -> Iterator[Doc]:
        list(real_pipe(docs, **kwargs))  # the documents went through the pipeline ...
        raise RuntimeError("a component failed at the end of the batch")  # ... then it broke

    monkeypatch.setattr(analyzer.nlp, "pipe", pipe_then_fail)
    batch = [
        Document("paragraphs", "Russia attacked Ukraine on Monday.\n\nFrance condemned Russia."),
        Document("one", "Iraq thanked Iran for its help."),
    ]
    results = analyzer.analyse(batch)
    assert all(isinstance(r, DocumentResult) for r in results), [
        r.reason for r in results if isinstance(r, InputError)
    ]
    assert [e.event_type for r in results if isinstance(r, DocumentResult) for e in r.events] == [
        "ASSAULT", "ACCUSE", "SUPPORT",
    ]  # fmt: skip


def test_a_tokenizer_failure_is_that_documents_error(
    pipeline: Pipeline, monkeypatch: pytest.MonkeyPatch
) -> None:
    analyzer = pipeline.analyzer
    real = analyzer.nlp.make_doc

    def fragile(text: str) -> Doc:
        if "poison" in text:
            raise ValueError("the tokenizer broke")
        return real(text)

    monkeypatch.setattr(analyzer.nlp, "make_doc", fragile)
    results = analyzer.analyse(
        [Document("bad", "A poison text."), Document("good", "Russia attacked Ukraine.")]
    )
    assert isinstance(results[0], InputError)
    assert results[0].reason == "analysis failed (ValueError: the tokenizer broke)"
    assert isinstance(results[1], DocumentResult) and results[1].events
