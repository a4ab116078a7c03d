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


def _dated(words: float, days: int | None) -> Similarity:
    return Similarity(words, 0.0, 0.0, 0.0, days, True, {"words": ("velmora",)})


@pytest.mark.parametrize("words", [0.23, 0.3, 0.45])
def test_words_alone_join_only_a_story_of_the_same_or_the_next_day(words: float) -> None:
    """Days apart, words shared are often a follow-on story about the same actors: the
    learned probability decides there, and the reason says why the words were not enough."""
    model = Model(WEIGHTS, THRESHOLDS, sure={"full": 0.23}, sure_days=1)
    for days in (0, 1, None):  # None: undated, text alone decides as before
        assert model.is_sure(_dated(words, days))
        assert model.score(_dated(words, days), 4, 0.9) >= 0.9
    learned = Model(WEIGHTS, THRESHOLDS)
    for days in (2, 3, 4):
        far = _dated(words, days)
        assert not model.is_sure(far) and model.words_reach(far) and model.too_far(far)
        assert model.score(far, 4, 0.9) == learned.probability(far, 4)
        why = reason(far, 0.4, 0.9, "s1", False, 0.23, 1)
        assert why.startswith("started a story; best candidate s1: p=0.40 < 0.90; ")
        assert "words ≥ 0.23 join alone only within 1 day" in why
        assert f"{days} days apart" in why
    near = reason(_dated(words, 1), 0.95, 0.9, "s1", True, 0.23, 1)
    assert near.startswith("joined s1: words ≥ 0.23;") and "only within" not in near


@pytest.mark.parametrize("days", [2, 4])
def test_further_apart_the_words_alone_need_a_higher_cosine(days: int) -> None:
    model = Model(WEIGHTS, THRESHOLDS, sure={"full": 0.23}, sure_days=1, far_sure=0.3)
    assert not model.is_sure(_dated(0.29, days)) and model.is_sure(_dated(0.3, days))
    assert model.is_sure(_dated(0.23, 1))
    joined = reason(_dated(0.31, days), 0.95, 0.9, "s1", True, 0.23, 1, 0.3)
    assert joined.startswith("joined s1: words ≥ 0.30;") and f"{days} days apart" in joined
    not_yet = reason(_dated(0.27, days), 0.4, 0.9, "s1", False, 0.23, 1, 0.3)
    assert "words ≥ 0.23 join alone only within 1 day, 0.30 further" in not_yet


def test_the_days_round_trip_and_default_to_any() -> None:
    assert Model(WEIGHTS, THRESHOLDS, sure={"full": 0.23}).is_sure(_dated(0.3, 4))
    model = Model(WEIGHTS, THRESHOLDS, "test", {"full": 0.23}, sure_days=2, far_sure=0.35)
    assert load_model(_Text(json.dumps(model.to_dict()))) == model
    shipped = default_model()
    assert (shipped.sure_days, shipped.far_sure) == (1, 0.3)
    assert shipped.sure == {"full": 0.23, "text": 0.23}


class _Text:
    def __init__(self, text: str) -> None:
        self.text = text

    def read_text(self, encoding: str = "utf-8") -> str:
        return self.text
