"""Whether a document joins a story: a learned decision over similarities of several kinds.

For a document and a candidate story the index measures (:class:`Similarity`): the TF-IDF
cosine of the document's words with the story's centroid, the same for headline words, for
the actors the pipeline found (entities) and for its events, and how many days lie between
the document and the story's dates. A logistic model turns them into the probability that the
document reports the story (Miranda et al., EMNLP 2018, decide "join or open a new cluster"
the same way). Precision first: a words cosine of at least :attr:`Model.sure` joins on its
own (the words-only rule of before keeps its joins) when the document is dated within
:attr:`Model.sure_days` of the story's dates (or either is undated), a cosine of at least
:attr:`Model.far_sure` further apart; otherwise the document
joins the most probable candidate when that probability reaches its mode's threshold
(``StoryOptions.threshold`` when set), else it starts a story. Words shared across two or more
days are often a follow-on story about the same actors (a strike days after a deployment, a
summons after a protest), so there the words alone need more, and below that the learned
decision, which weighs the headline, events and the gap too, has the last word.

Two weight sets: ``full`` when both the document and the story carry actors or events (the
pipeline analysed them), ``text`` when one of them does not (documents stored without
analysis), each with its threshold. Both were fitted on the tune half of
``tests/data/stories_gold.jsonl`` only (``benchmarks/train_stories.py``, which writes
``tacitus/data/stories/decision.json``); the features, the ``sure`` cosine and the
thresholds were chosen there too, out of fold, precision first.

Every placement says why (:func:`reason`): the probability, each similarity with the terms
that weigh most in it, and the day gap.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
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
    # per mode, the words' cosine at which a candidate reaches the threshold whatever the
    # probability (the words-only rule of before: the learned model adds joins, above a
    # threshold high enough to keep precision; none when missing)
    sure: Mapping[str, float] = field(default_factory=dict)
    # the words alone join only a story dated within this many days (None: any in the window)
    sure_days: int | None = None
    # the words' cosine that joins alone a story dated further than that (None: none does)
    far_sure: float | None = None

    def probability(self, similarity: Similarity, window: int) -> float:
        bias, *weights = self.weights[similarity.mode]
        z = bias + sum(w * x for w, x in zip(weights, similarity.values(window), strict=True))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def score(self, similarity: Similarity, window: int, threshold: float) -> float:
        """The probability, raised to ``threshold`` when the words alone join (:attr:`sure`):
        what candidates are ranked and joined by."""
        p = self.probability(similarity, window)
        return max(p, threshold) if self.is_sure(similarity) else p

    def is_sure(self, similarity: Similarity) -> bool:
        """Whether the words alone join (:attr:`sure` within :attr:`sure_days`, else
        :attr:`far_sure`)."""
        if self.too_far(similarity):
            return self.far_sure is not None and similarity.words >= self.far_sure
        return self.words_reach(similarity)

    def words_reach(self, similarity: Similarity) -> bool:
        """Whether the words' cosine reaches :attr:`sure` (whatever the dates)."""
        return similarity.words >= self.sure.get(similarity.mode, math.inf)

    def too_far(self, similarity: Similarity) -> bool:
        """Whether the story's dates lie more than :attr:`sure_days` from the document's."""
        days, most = similarity.days, self.sure_days
        return days is not None and most is not None and days > most

    def threshold(self, similarity: Similarity) -> float:
        return float(self.thresholds[similarity.mode])

    def to_dict(self) -> dict[str, Any]:
        return {"features": list(FEATURES), "weights": dict(self.weights),
                "thresholds": dict(self.thresholds), "sure": dict(self.sure),
                "sure_days": self.sure_days, "far_sure": self.far_sure,
                "source": self.source}  # fmt: skip


@cache
def default_model() -> Model:
    """The shipped weights (``tacitus/data/stories/decision.json``)."""
    return load_model(resources.files("tacitus").joinpath("data/stories/decision.json"))


def load_model(source: Any) -> Model:
    """A decision from a JSON file (a path, or anything with ``read_text``)."""
    try:
        data = json.loads(source.read_text(encoding="utf-8"))
        if list(data["features"]) != list(FEATURES):
            raise ValueError(f"features {data['features']} are not {list(FEATURES)}")
        weights = {mode: [float(w) for w in data["weights"][mode]] for mode in ("full", "text")}
        thresholds = {mode: float(data["thresholds"][mode]) for mode in ("full", "text")}
        sure = {mode: float(v) for mode, v in dict(data.get("sure", {})).items()}
        days = data.get("sure_days")
        sure_days = None if days is None else int(days)
        far = data.get("far_sure")
        far_sure = None if far is None else float(far)
        if any(len(w) != len(FEATURES) + 1 for w in weights.values()):
            raise ValueError("each mode needs a bias and one weight per feature")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise DataError(f"story decision weights: {exc}") from exc
    return Model(weights, thresholds, str(data.get("source", "")), sure, sure_days, far_sure)


def reason(similarity: Similarity, probability: float, threshold: float, story_id: str,
           joined: bool, sure: float | None = None, sure_days: int | None = None,
           far_sure: float | None = None) -> str:  # fmt: skip
    """Why a document joined ``story_id`` or, when it did not, why not (its best candidate;
    ``sure``: the words' cosine that joins on its own within ``sure_days`` of the story,
    ``far_sure`` further)."""
    verdict = f"joined {story_id}" if joined else f"started a story; best candidate {story_id}"
    far = sure_days is not None and similarity.days is not None and similarity.days > sure_days
    needed = (far_sure if far else sure) if sure is not None else None
    if needed is not None and similarity.words >= needed:
        parts = [f"{verdict}: words ≥ {needed:.2f}"]
    else:
        sign = "≥" if probability >= threshold else "<"
        parts = [f"{verdict}: p={probability:.2f} {sign} {threshold:.2f}"]
        if far and sure is not None and similarity.words >= sure:
            within = f"{sure_days} day{'s' if sure_days != 1 else ''}"
            beyond = "" if far_sure is None else f", {far_sure:.2f} further"
            parts.append(f"words ≥ {sure:.2f} join alone only within {within}{beyond}")
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
