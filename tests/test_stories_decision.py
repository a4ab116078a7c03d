"""The story decision with a words cosine that joins on its own (issue 15, precision first):
the words-only rule of before keeps its joins, and the learned model adds only those it is
sure of."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tacitus.errors import DataError
from tacitus.stories.decision import Model, Similarity, default_model, load_model, reason

WEIGHTS = {"full": [-4.0, 12.0, 2.0, 3.0, 3.0, -1.0], "text": [-3.5, 15.0, 2.0, 0.0, 0.0, -1.0]}
THRESHOLDS = {"full": 0.9, "text": 0.9}


def _similarity(words: float, entities: float = 0.1, events: float = 0.0) -> Similarity:
    shared = {"words": ("velmora", "flood")}
    return Similarity(words, 0.1, entities, events, 1, True, shared)


@pytest.mark.parametrize("words", [0.23, 0.3, 0.5])
def test_words_alone_reach_the_threshold_at_the_sure_cosine(words: float) -> None:
    learned, hybrid = Model(WEIGHTS, THRESHOLDS), Model(WEIGHTS, THRESHOLDS, sure={"full": 0.23})
    similarity = _similarity(words)
    assert hybrid.score(similarity, 4, 0.9) >= 0.9
    assert hybrid.score(similarity, 4, 0.9) == max(learned.probability(similarity, 4), 0.9)
    assert hybrid.score(similarity, 4, 0.95) >= 0.95  # a threshold set by the options
    assert learned.score(similarity, 4, 0.9) == learned.probability(similarity, 4)
    why = reason(similarity, hybrid.score(similarity, 4, 0.9), 0.9, "s1", True, 0.23)
    assert why.startswith(f"joined s1: words ≥ 0.23; words {words:.2f} (velmora, flood);")


@pytest.mark.parametrize(("words", "entities", "events"), [(0.1, 0.9, 0.8), (0.2, 0.5, 0.5)])
def test_below_it_the_learned_probability_decides(words: float, entities: float,
                                                  events: float) -> None:  # fmt: skip
    learned, hybrid = Model(WEIGHTS, THRESHOLDS), Model(WEIGHTS, THRESHOLDS, sure={"full": 0.23})
    similarity = _similarity(words, entities, events)
    assert hybrid.score(similarity, 4, 0.9) == learned.probability(similarity, 4)
    assert "≥ 0.23" not in reason(similarity, 0.5, 0.9, "s1", False, 0.23)


def test_a_mode_without_it_is_the_learned_decision() -> None:
    hybrid = Model(WEIGHTS, THRESHOLDS, sure={"full": 0.23})
    text = Similarity(0.5, 0.1, 0.0, 0.0, 1, False, {})
    assert hybrid.score(text, 4, 0.9) == Model(WEIGHTS, THRESHOLDS).probability(text, 4)


def test_a_decision_file_round_trips(tmp_path: Path) -> None:
    model = Model(WEIGHTS, {"full": 0.6, "text": 0.55}, "test", {"full": 0.23, "text": 0.3})
    path = tmp_path / "decision.json"
    path.write_text(json.dumps(model.to_dict()), encoding="utf-8")
    assert load_model(path) == model
    assert default_model().weights.keys() == {"full", "text"}
    path.write_text(json.dumps({**model.to_dict(), "features": ["words"]}), encoding="utf-8")
    with pytest.raises(DataError, match="features"):
        load_model(path)
