"""Whether a document joins a story: a learned decision over similarities of several kinds.

For a document and a candidate story the index measures (:class:`Similarity`): the TF-IDF
cosine of the document's words with the story's centroid, the same for headline words, for
the actors the pipeline found (entities) and for its events, and how many days lie between
the document and the story's dates. A logistic model turns them into the probability that the
document reports the story (Miranda et al., EMNLP 2018, decide "join or open a new cluster"
the same way). The document joins the most probable candidate when that probability reaches
its mode's threshold (``StoryOptions.threshold`` when set), else it starts a story.

Two weight sets: ``full`` when both the document and the story carry actors or events (the
pipeline analysed them), ``text`` when one of them does not (documents stored without
analysis), each with its threshold. Both were fitted on the tune half of
``tests/data/stories_gold.jsonl`` only (``benchmarks/train_stories.py``, which writes
``tacitus/data/stories/decision.json``); the thresholds were chosen there too, precision first.

Every placement says why (:func:`reason`): the probability, each similarity with the terms
that weigh most in it, and the day gap.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ..errors import DataError

FEATURES = ("words", "title", "entities", "events", "days")


@dataclass(frozen=True)
class Similarity:
    """How a document compares with one story."""

    words: float
    title: float
    entities: float
    events: float
    days: int | None  # days between the document and the story's dates (None: undated)
    full: bool  # both sides carry actors or events
    shared: Mapping[str, Sequence[str]]  # kind name → the shared terms that weigh most

    @property
    def mode(self) -> str:
        return "full" if self.full else "text"

    def values(self, window: int) -> list[float]:
        gap = 0.0 if self.days is None else min(self.days, window) / max(window, 1)
        return [self.words, self.title, self.entities, self.events, gap]


@dataclass(frozen=True)
class Model:
    """Logistic weights per mode (``full``, ``text``: bias first, then :data:`FEATURES`) and
    the probability each mode needs to join a story."""

    weights: Mapping[str, Sequence[float]]
    thresholds: Mapping[str, float]
    source: str = ""

    def probability(self, similarity: Similarity, window: int) -> float:
        bias, *weights = self.weights[similarity.mode]
        z = bias + sum(w * x for w, x in zip(weights, similarity.values(window), strict=True))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def threshold(self, similarity: Similarity) -> float:
        return float(self.thresholds[similarity.mode])

    def to_dict(self) -> dict[str, Any]:
        return {"features": list(FEATURES), "weights": dict(self.weights),
                "thresholds": dict(self.thresholds), "source": self.source}  # fmt: skip


@cache
def default_model() -> Model:
    """The shipped weights (``tacitus/data/stories/decision.json``)."""
    source = resources.files("tacitus").joinpath("data/stories/decision.json")
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
        if list(data["features"]) != list(FEATURES):
            raise ValueError(f"features {data['features']} are not {list(FEATURES)}")
        weights = {mode: [float(w) for w in data["weights"][mode]] for mode in ("full", "text")}
        thresholds = {mode: float(data["thresholds"][mode]) for mode in ("full", "text")}
        if any(len(w) != len(FEATURES) + 1 for w in weights.values()):
            raise ValueError("each mode needs a bias and one weight per feature")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataError(f"story decision weights: {exc}") from exc
    return Model(weights, thresholds, str(data.get("source", "")))


def reason(similarity: Similarity, probability: float, threshold: float, story_id: str,
           joined: bool) -> str:  # fmt: skip
    """Why a document joined ``story_id`` or, when it did not, why not (its best candidate)."""
    verdict = f"joined {story_id}" if joined else f"started a story; best candidate {story_id}"
    sign = "≥" if probability >= threshold else "<"
    parts = [f"{verdict}: p={probability:.2f} {sign} {threshold:.2f}"]
    for kind in ("words", "title", "entities", "events"):
        value = getattr(similarity, kind)
        if not value and kind in ("entities", "events") and not similarity.full:
            continue
        shared = ", ".join(similarity.shared.get(kind, ()))
        parts.append(f"{kind} {value:.2f}" + (f" ({shared})" if shared else ""))
    if similarity.days is not None:
        days = similarity.days
        parts.append("same dates" if days == 0 else f"{days} day{'s' if days > 1 else ''} apart")
    return "; ".join(parts)
