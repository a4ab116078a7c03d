"""Scoring story grouping against labelled documents (``tests/data/stories_gold.jsonl``).

Each gold line has an ``id``, a ``story`` label and either the document (``title``,
``outlet``, ``published``, ``text``) or ``"sample": true`` for an article of the sample corpus
(``tacitus/samples/corpus.jsonl``, read from there); ``duplicate_of`` marks a near-duplicate.
Quality is pairwise: of the document pairs put in one story, the share that share a gold
label (precision), and of the pairs that share a gold label, the share put in one story
(recall).
"""

from __future__ import annotations

import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import Any

from .index import Incoming, StoryIndex, StoryOptions, embedding_text


@dataclass(frozen=True)
class GoldDocument:
    doc: Incoming
    story: str
    duplicate_of: str | None


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    stories: int  # predicted
    gold_stories: int
    duplicates_found: int
    duplicates_gold: int
    duplicates_wrong: int  # marked near-duplicate of a document that is not its gold original

    def to_dict(self) -> dict[str, Any]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in vars(self).items()}


def load_gold(path: str | Path) -> list[GoldDocument]:
    samples = {}
    source = resources.files("tacitus").joinpath("samples/corpus.jsonl")
    for line in source.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        samples[record["id"]] = record
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        row: dict[str, Any] = json.loads(line)
        record = samples[row["id"]] if row.get("sample") else row
        doc = Incoming(row["id"], record["text"], record.get("title"), record.get("published"))
        out.append(GoldDocument(doc, row["story"], row.get("duplicate_of")))
    return out


def arrival(gold: Sequence[GoldDocument], seed: int = 7, dated: bool = True) -> list[GoldDocument]:
    """The documents in a shuffled order (seeded), with or without their dates."""
    order = list(gold)
    random.Random(seed).shuffle(order)
    if not dated:
        order = [replace(g, doc=replace(g.doc, published=None)) for g in order]
    return order


def run(
    gold: Sequence[GoldDocument],
    options: StoryOptions | None = None,
    vectors: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Place ``gold`` in order with a fresh index: doc id → (story id, duplicate_of);
    ``vectors``: the documents' embeddings by id, when the options use them."""
    index = StoryIndex(options)
    placed = {}
    for g in gold:
        p = index.place(g.doc, None if vectors is None else vectors[g.doc.doc_id])
        placed[g.doc.doc_id] = (p.story_id, p.duplicate_of)
    return placed


def embed(gold: Sequence[GoldDocument]) -> dict[str, Any]:
    """The gold documents' embeddings (needs tacitus[embeddings])."""
    from .embeddings import default_embedder

    found = default_embedder().embed([embedding_text(g.doc) for g in gold])
    return {g.doc.doc_id: row.astype("float64") for g, row in zip(gold, found, strict=True)}


def score(gold: Sequence[GoldDocument], placed: Mapping[str, tuple[str, str | None]]) -> Score:
    label = {g.doc.doc_id: g.story for g in gold}
    ids = sorted(label)
    same_pred = same_gold = both = 0
    for a, b in combinations(ids, 2):
        p = placed[a][0] == placed[b][0]
        t = label[a] == label[b]
        same_pred += p
        same_gold += t
        both += p and t
    precision = both / same_pred if same_pred else 1.0
    recall = both / same_gold if same_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    truth = {g.doc.doc_id: g.duplicate_of for g in gold}
    right = wrong = 0
    for doc_id in ids:
        original = placed[doc_id][1]
        if original is None:
            continue
        if truth[doc_id] == original or truth.get(original) == doc_id:
            right += 1
        else:
            wrong += 1
    gold_stories = len(set(label.values()))
    predicted = len({placed[d][0] for d in ids})
    duplicates = sum(1 for d in ids if truth[d])
    return Score(precision, recall, f1, predicted, gold_stories, right, duplicates, wrong)
