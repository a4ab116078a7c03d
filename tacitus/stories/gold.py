"""Scoring story grouping against labelled documents (``tests/data/stories_gold.jsonl``).

Each gold line has an ``id``, a ``story`` label, a ``family`` (stories written as traps for
each other share one: the same actors or places in another story, the same talks months
later) and either the document (``title``, ``outlet``, ``published``, ``text``) or
``"sample": true`` for an article of the sample corpus (``tacitus/samples/corpus.jsonl``, read
from there); ``duplicate_of`` marks a near-duplicate, ``wire`` the agency or outlet whose
copy a document is (``AP``, ``Reuters``, ``Meridian Wire``: not the outlet's own reporting).

Halves: a family is "tune" when the md5 of its name is even, else "test" (held out: options
and weights are chosen on the tune half only, :func:`half`). Quality is pairwise (of the
document pairs put in one story, the share with one gold label: precision; of the pairs with
one gold label, the share put in one story: recall) and BCubed (per document, the share of
its predicted story that is its gold story, and of its gold story that is its predicted one,
averaged over documents; Bagga and Baldwin 1998), so that large stories do not decide alone.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from importlib import resources
from itertools import combinations
from pathlib import Path
from typing import Any

from ..pipeline import Pipeline
from ..records import Document, DocumentResult
from .features import of_result
from .index import Incoming, StoryIndex, StoryOptions, embedding_text


@dataclass(frozen=True)
class GoldDocument:
    doc: Incoming
    story: str
    duplicate_of: str | None
    family: str = ""
    wire: str | None = None
    outlet: str | None = None


def half(family: str) -> str:
    """The half of a story family: "tune" (md5 even) or "test" (odd, held out)."""
    return "tune" if int(hashlib.md5(family.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "test"


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
    bcubed_precision: float = 0.0
    bcubed_recall: float = 0.0
    bcubed_f1: float = 0.0

    def to_dict(self) -> dict[str, Any]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in vars(self).items()}


def load_gold(path: str | Path, part: str | None = None) -> list[GoldDocument]:
    """The labelled documents, in file order (``part``: "tune" or "test" for one half)."""
    samples = {}
    source = resources.files("tacitus").joinpath("samples/corpus.jsonl")
    for line in source.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        samples[record["id"]] = record
    out = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        row: dict[str, Any] = json.loads(line)
        record = samples[row["id"]] if row.get("sample") else row
        family = row.get("family") or row["story"]
        if part is not None and half(family) != part:
            continue
        doc = Incoming(row["id"], record["text"], record.get("title"), record.get("published"),
                       record.get("outlet"))  # fmt: skip
        out.append(GoldDocument(doc, row["story"], row.get("duplicate_of"), family,
                                row.get("wire"), record.get("outlet")))  # fmt: skip
    return out


def load_newsroom() -> list[GoldDocument]:
    """The newsroom sample corpus (``tacitus/samples/newsroom.jsonl``) with its labels
    (``newsroom-labels.jsonl``: story, agency copy, near-duplicates), in file order: a set
    written by others, never used to choose options."""
    folder = resources.files("tacitus").joinpath("samples")
    texts = {}
    for line in folder.joinpath("newsroom.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        texts[record["id"]] = record
    out = []
    for line in folder.joinpath("newsroom-labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        record = texts[label["id"]]
        doc = Incoming(label["id"], record["text"], record.get("title"), record.get("published"),
                       record.get("outlet"))  # fmt: skip
        out.append(GoldDocument(doc, label["story"], label.get("duplicate_of"), label["story"],
                                label.get("wire"), record.get("outlet")))  # fmt: skip
    return out


def analysed(gold: Sequence[GoldDocument], pipeline: Pipeline) -> list[GoldDocument]:
    """The documents with the entity and event terms of the pipeline's results (what ingest
    gives the story index)."""
    docs = [Document(g.doc.doc_id, g.doc.text, g.doc.title, None, g.doc.published, g.doc.outlet)
            for g in gold]  # fmt: skip
    found: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
    for result in pipeline.run(docs):
        if isinstance(result, DocumentResult):
            found[result.document.doc_id] = of_result(result)
    out = []
    for g in gold:
        entities, events = found.get(g.doc.doc_id, ((), ()))
        out.append(replace(g, doc=replace(g.doc, entities=entities, events=events)))
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
    b_precision, b_recall = bcubed(label, {d: placed[d][0] for d in ids})
    b_f1 = 2 * b_precision * b_recall / (b_precision + b_recall) if b_precision + b_recall else 0.0
    return Score(precision, recall, f1, predicted, gold_stories, right, duplicates, wrong,
                 b_precision, b_recall, b_f1)  # fmt: skip


def bcubed(gold: Mapping[str, str], predicted: Mapping[str, str]) -> tuple[float, float]:
    """BCubed precision and recall of ``predicted`` clusters against ``gold`` labels."""
    if not gold:
        return 1.0, 1.0
    pairs: dict[tuple[str, str], int] = {}
    sizes_gold: dict[str, int] = {}
    sizes_pred: dict[str, int] = {}
    for doc_id, label in gold.items():
        cluster = predicted[doc_id]
        pairs[(label, cluster)] = pairs.get((label, cluster), 0) + 1
        sizes_gold[label] = sizes_gold.get(label, 0) + 1
        sizes_pred[cluster] = sizes_pred.get(cluster, 0) + 1
    precision = recall = 0.0
    for doc_id, label in gold.items():
        both = pairs[(label, predicted[doc_id])]
        precision += both / sizes_pred[predicted[doc_id]]
        recall += both / sizes_gold[label]
    return precision / len(gold), recall / len(gold)
