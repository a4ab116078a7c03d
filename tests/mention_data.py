"""The actor mentions a pipeline finds in one text, by their words: the helper the actor tests
share."""

from __future__ import annotations

from tacitus import Document, Pipeline
from tacitus.records import Actor


def mentions(pipeline: Pipeline, text: str, published: str | None = None) -> dict[str, Actor]:
    """Each mention's words in ``text`` → its actor (``published``: the document's date)."""
    [result] = list(pipeline.run([Document("t", text, published=published)]))
    assert not isinstance(result, Exception)
    return {text[m.start : m.end]: m.actor for m in result.mentions}  # type: ignore[union-attr]


def entities(pipeline: Pipeline, text: str) -> dict[str, Actor]:
    """Each entity that is no actor ("the town", "the Red Sea") → its bare actor."""
    [result] = list(pipeline.run([Document("t", text)]))
    assert not isinstance(result, Exception)
    return {text[m.start : m.end]: m.actor for m in result.entities}  # type: ignore[union-attr]
