"""The incremental story index: a new document joins the most similar story or starts one.

Each story keeps a centroid: the sum of its members' unit term-frequency vectors, cut to its
``centroid_terms`` heaviest terms (weighed by the current IDF). A document is compared with
the centroids of the stories that share one of its ``query_terms`` best terms (an inverted
index, most recent stories first, at most ``candidates`` of them), within ``window_days`` of the
story's dates when both are dated (undated documents compare by text alone: docs/stories.md). Its
similarities with each candidate (:mod:`.decision`) decide: it joins the best one that
reaches the decision's threshold (``threshold`` when set), else it starts a story. IDF is applied when comparing, from document frequencies counted as documents
arrive, so early centroids are not frozen with the flat weights of a young corpus.

A near-duplicate (MinHash Jaccard of word 4-shingles ≥ ``duplicate`` with an earlier document:
a syndicated copy, the same wire story on two sites) joins its original's story and is marked
``duplicate_of`` the original; it does not count again in document frequencies or centroids.

The cost of placing a document is bounded by the options, not by the size of the store: a few
dict and binary-search look-ups, at most ``candidates`` centroid dot products of
``centroid_terms`` terms, and one LSH probe. Everything is ordered (story numbers, document
numbers, term text on ties), so the same documents in the same order give the same stories,
whether placed in one run or many (the state is saved and loaded exactly).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

from ..dates import iso_day
from ..errors import ConfigError
from ..records import stable_id
from . import minhash
from .decision import Model, Similarity, default_model, reason
from .features import ENTITY, EVENT, KIND_NAMES, KINDS, TITLE, WORD, label
from .text import term_weights, words
from .vocab import Incoming, Vocabulary, background, kind_counts

__all__ = ["Incoming", "Placement", "Story", "StoryIndex", "StoryOptions", "parse_day"]

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True)
class StoryOptions:
    """How documents are grouped (defaults chosen on tests/data/stories_gold.jsonl)."""

    threshold: float | None = None  # probability to join a story (None: the model's own)
    duplicate: float = 0.4  # MinHash Jaccard (word 4-shingles) for a near-duplicate
    window_days: int = 4  # dated documents join stories dated within this many days
    query_terms: int = 12  # a document's best terms used to find candidate stories
    centroid_terms: int = 128  # terms kept in a story's centroid
    candidates: int = 48  # stories scored per document, at most
    posting_cap: int = 256  # most recent stories looked at per query term
    lead_words: int = 300  # words of the text that count (the lead carries the story; 0: all)
    background: bool = True  # add the sample corpus' document frequencies to the store's
    embeddings: bool = False  # add sentence-embedding similarity (tacitus[embeddings])
    embedding_weight: float = 0.5  # its share of the score
    embedding_threshold: float = 0.4  # the threshold of the blended score

    def __post_init__(self) -> None:
        own = 1.0 if self.threshold is None else self.threshold
        limits = (own, self.duplicate, self.embedding_threshold)
        if not all(0.0 < x <= 1.0 for x in limits) or not 0 <= self.embedding_weight <= 1:
            raise ConfigError("story thresholds must be in (0, 1]")
        if min(self.window_days, self.query_terms, self.centroid_terms, self.candidates) < 0:
            raise ConfigError("story options must be >= 0")


KIND_TERMS = {TITLE: 24, ENTITY: 32, EVENT: 16}  # centroid terms kept per kind (words: option)
QUERY_TERMS = {TITLE: 0, ENTITY: 4, EVENT: 2}  # best terms looked up per kind (words: option)
SHARED_SHOWN = 4  # shared terms named per kind in a reason


@dataclass(frozen=True)
class Placement:
    """Where a document went, and why."""

    doc_id: str
    story_id: str
    similarity: float  # probability of the decision (1.0 for a story's first document,
    # Jaccard for a near-duplicate)
    duplicate_of: str | None
    new_story: bool
    signature: minhash.Signature
    seq: int
    reason: str = ""


@dataclass(frozen=True)
class Vector:
    """A document's terms (ids ascending), their unit tf within each kind, and the kinds."""

    ids: Ints
    tf: Floats
    kinds: npt.NDArray[np.int8]

    @property
    def full(self) -> bool:
        return bool(np.any(self.kinds >= ENTITY))


@dataclass
class Story:
    story_id: str
    number: int
    title: str | None
    terms: Ints  # term ids of the centroid, ascending
    mass: Floats  # summed unit tf per term
    first: date | None
    last: date | None
    size: int = 0
    vector: Floats | None = None  # summed unit sentence embeddings (with embeddings on)


def embedding_text(doc: Incoming, words: int = 200) -> str:
    """What is embedded: the headline and the lead."""
    lead = " ".join(doc.text.split()[:words])
    return f"{doc.title}. {lead}" if doc.title else lead


parse_day = iso_day  # the stories' name for it


class StoryIndex:
    """Stories, their centroids, the inverted index and the near-duplicate buckets."""

    def __init__(self, options: StoryOptions | None = None, model: Model | None = None) -> None:
        self.options = options or StoryOptions()
        self.model = model or default_model()
        self.vocab = self.new_vocabulary()
        self.stories: list[Story] = []
        self.by_story_id: dict[str, Story] = {}
        self.postings: dict[int, list[int]] = {}
        self.buckets = minhash.Buckets()
        self.doc_ids: list[str] = []
        self.doc_story: list[int] = []
        self.doc_root: list[int] = []
        self.doc_seq: list[int] = []
        self.doc_alive: list[bool] = []
        self.doc_number: dict[str, int] = {}
        self.signatures = np.zeros((0, minhash.NUM_PERM), dtype=np.uint32)
        self._first = np.zeros(0, dtype=np.int64)  # story dates as day numbers, -1: undated
        self._last = np.zeros(0, dtype=np.int64)
        self.next_seq = 1
        # what changed since the last save
        self.touched_stories: set[int] = set()
        self.touched_terms: set[int] = set()

    def new_vocabulary(self) -> Vocabulary:
        if not self.options.background:
            return Vocabulary()
        n, df = background(self.options.lead_words)
        return Vocabulary(prior=df, prior_n=n)

    # -- placing -----------------------------------------------------------------------------

    def place(self, doc: Incoming, embedding: Floats | None = None) -> Placement:
        """Put ``doc`` in a story (a document placed before is taken out first).

        With ``embeddings`` on, ``embedding`` is the unit embedding of :func:`embedding_text`
        (embedded by the caller, in batches)."""
        if self.options.embeddings and embedding is None:
            raise ConfigError("story embeddings are on: place() needs the document's embedding")
        if doc.doc_id in self.doc_number:
            self.forget(doc.doc_id)
        day = parse_day(doc.published)
        sig = minhash.signature(words(doc.text))
        original = self._near_duplicate(sig)
        if original is not None:
            story = self.stories[self.doc_story[original]]
            jac = minhash.jaccard(sig, self.signatures[original])
            self.add_doc(doc.doc_id, sig, story.number, original)
            self._extend_dates(story, day)
            why = f"near-duplicate of {self.doc_ids[original]} (Jaccard {jac:.2f})"
            return self._placed(doc, story, round(jac, 6), self.doc_ids[original], False, sig, why)
        vector = self._vector(doc)
        best, score, why = self._best_story(vector, day, embedding)
        number = len(self.doc_ids)
        if best is None:
            story = self._new_story(doc, vector, day)
            self._add_vector(story, embedding)
            self.add_doc(doc.doc_id, sig, story.number, number)
            return self._placed(doc, story, 1.0, None, True, sig, why)
        self._absorb(best, vector.ids, vector.tf)
        self._add_vector(best, embedding)
        self._extend_dates(best, day)
        self.add_doc(doc.doc_id, sig, best.number, number)
        return self._placed(doc, best, score, None, False, sig, why)

    def _vector(self, doc: Incoming) -> Vector:
        """The document's terms of every kind, counted in the frequencies."""
        pairs: list[tuple[int, float]] = []
        for found in kind_counts(doc, self.options.lead_words):
            pairs.extend((self.vocab.id(t), w) for t, w in term_weights(found).items())
        pairs.sort()
        ids = np.array([i for i, _ in pairs], dtype=np.int64)
        self.vocab.n_docs += 1
        self.vocab.count(ids)
        self.touched_terms.update(ids.tolist())
        tf = np.array([w for _, w in pairs], dtype=np.float64)
        return Vector(ids, tf, self.vocab.kinds(ids))

    def _placed(self, doc: Incoming, story: Story, similarity: float, duplicate_of: str | None,
                new: bool, sig: minhash.Signature, why: str) -> Placement:  # fmt: skip
        story.size += 1
        self.touched_stories.add(story.number)
        seq = self.doc_seq[self.doc_number[doc.doc_id]]
        return Placement(doc.doc_id, story.story_id, similarity, duplicate_of, new, sig, seq,
                         why or "first document of its story")  # fmt: skip

    def _near_duplicate(self, sig: minhash.Signature) -> int | None:
        """The earliest live original whose signature is close enough to ``sig``."""
        if minhash.empty(sig):
            return None
        best: tuple[float, int] | None = None
        for number in self.buckets.get(minhash.band_keys(sig)):
            if not self.doc_alive[number]:
                continue
            jac = minhash.jaccard(sig, self.signatures[number])
            if jac >= self.options.duplicate and (best is None or jac > best[0]):
                best = (jac, number)
        if best is None:
            return None
        root = self.doc_root[best[1]]
        return root if self.doc_alive[root] else best[1]

    def _weights(self, vector: Vector) -> Floats:
        """TF-IDF weights of a document's terms, unit length within each kind."""
        weights = vector.tf * self.vocab.idf(vector.ids)
        for kind in KINDS:
            mask = vector.kinds == kind
            norm = float(np.linalg.norm(weights[mask]))
            if norm:
                weights[mask] /= norm
        return weights

    def _query(self, vector: Vector, weights: Floats) -> Ints:
        """The document's best terms of each kind, to look up in the inverted index."""
        wanted = {WORD: self.options.query_terms, **QUERY_TERMS}
        chosen = []
        for kind, n in wanted.items():
            mask = np.flatnonzero(vector.kinds == kind)
            if n and mask.size:
                order = np.lexsort((vector.ids[mask], -weights[mask]))[:n]
                chosen.append(vector.ids[mask][order])
        return np.concatenate(chosen) if chosen else np.zeros(0, dtype=np.int64)

    def _best_story(self, vector: Vector, day: date | None,
                    embedding: Floats | None = None) -> tuple[Story | None, float, str]:  # fmt: skip
        """The most probable candidate story when it reaches the threshold, its probability
        and the reason (for a new story: why its best candidate was not enough)."""
        scored = self._scored(vector, day, embedding)
        if not scored:
            if not vector.ids.size:
                return None, 0.0, "started a story: no terms to compare"
            window = "" if day is None else f" within {self.options.window_days} days"
            return None, 0.0, f"started a story: no earlier story shares its terms{window}"
        score, number, similarity = min(scored, key=lambda x: (-x[0], x[1]))
        threshold = self._threshold(similarity, embedding)
        story = self.stories[number]
        joined = score >= threshold
        sure = None if embedding is not None else self.model.sure.get(similarity.mode)
        why = reason(self._named(similarity), score, threshold, story.story_id, joined, sure,
                     self.model.sure_days, self.model.far_sure)  # fmt: skip
        return (story if joined else None), score, why

    def _threshold(self, similarity: Similarity, embedding: Floats | None) -> float:
        if embedding is not None:
            return self.options.embedding_threshold
        if self.options.threshold is not None:
            return self.options.threshold
        return self.model.threshold(similarity)

    def _scored(self, vector: Vector, day: date | None,
                embedding: Floats | None) -> list[tuple[float, int, Similarity]]:  # fmt: skip
        """The candidate stories with their scores and similarities."""
        if not vector.ids.size:
            return []
        weights = self._weights(vector)
        ranked = self._candidates(self._query(vector, weights), day)
        if embedding is not None:  # meaning without shared words: the most recent stories too
            last = len(self.stories)
            recent = np.arange(last - 1, max(-1, last - 1 - self.options.candidates), -1)
            seen = set(ranked)
            ranked += [n for n in recent[self._in_window(recent, day)].tolist() if n not in seen]
        out = []
        for number in ranked:
            similarity = self.similarity(vector, weights, self.stories[number], day)
            score = round(self._score(similarity, self.stories[number], embedding), 9)
            out.append((score, number, similarity))
        return out

    def _candidates(self, query: Ints, day: date | None) -> list[int]:
        """Stories sharing the most query terms (most recent first on ties), in the window."""
        cap = self.options.posting_cap
        found = [
            np.asarray(self.postings[t][-cap:], dtype=np.int64)
            for t in query.tolist()
            if t in self.postings
        ]
        if not found:
            return []
        numbers, hits = np.unique(np.concatenate(found), return_counts=True)
        keep = self._in_window(numbers, day)
        numbers, hits = numbers[keep], hits[keep]
        order = np.lexsort((-numbers, -hits))[: self.options.candidates]
        ranked: list[int] = numbers[order].tolist()
        return ranked

    def _in_window(self, numbers: Ints, day: date | None) -> npt.NDArray[np.bool_]:
        """Which stories a document of ``day`` may join (undated: all; undated stories: all)."""
        if day is None:
            return np.ones(len(numbers), dtype=bool)
        first, last = self._first[numbers], self._last[numbers]
        window, today = self.options.window_days, day.toordinal()
        return (first < 0) | ((first - window <= today) & (today <= last + window))

    def add_story(self, story: Story) -> None:
        """Register a loaded story."""
        self.stories.append(story)
        self.by_story_id[story.story_id] = story
        self._set_dates(story)
        for term in story.terms.tolist():
            self.postings.setdefault(term, []).append(story.number)

    def _set_dates(self, story: Story) -> None:
        """Keep the stories' dates as day numbers (-1: undated) for the window check."""
        if story.number >= self._first.size:
            grow = max(1024, self._first.size)
            self._first = np.concatenate([self._first, np.full(grow, -1, dtype=np.int64)])
            self._last = np.concatenate([self._last, np.full(grow, -1, dtype=np.int64)])
        self._first[story.number] = story.first.toordinal() if story.first else -1
        self._last[story.number] = story.last.toordinal() if story.last else -1

    def _score(self, similarity: Similarity, story: Story, embedding: Floats | None) -> float:
        """The learned probability; with embeddings, their blend with the words' cosine."""
        if embedding is None:
            threshold = self._threshold(similarity, None)
            return self.model.score(similarity, self.options.window_days, threshold)
        if story.vector is None:
            return similarity.words
        norm = float(np.linalg.norm(story.vector)) or 1.0
        semantic = float(np.dot(embedding, story.vector)) / norm
        share = self.options.embedding_weight
        return (1.0 - share) * similarity.words + share * semantic

    def _add_vector(self, story: Story, embedding: Floats | None) -> None:
        if embedding is not None:
            unit = np.asarray(embedding, dtype=np.float64)
            story.vector = unit.copy() if story.vector is None else story.vector + unit

    def similarity(self, vector: Vector, weights: Floats, story: Story,
                   day: date | None) -> Similarity:  # fmt: skip
        """The cosine of each kind of term with the story's centroid, and the day gap."""
        centroid = story.mass * self.vocab.idf(story.terms)
        kinds = self.vocab.kinds(story.terms)
        _, mine, theirs = np.intersect1d(vector.ids, story.terms, assume_unique=True,
                                         return_indices=True)  # fmt: skip
        products = weights[mine] * centroid[theirs]
        shared_kinds = vector.kinds[mine]
        cosines = []
        shared: dict[str, list[int]] = {}
        for kind in KINDS:
            norm = float(np.linalg.norm(centroid[kinds == kind]))
            here = shared_kinds == kind
            cosines.append(float(products[here].sum()) / norm if norm else 0.0)
            top = np.argsort(-products[here], kind="stable")[:SHARED_SHOWN]
            shared[KIND_NAMES[kind]] = vector.ids[mine][here][top].tolist()
        full = vector.full and bool(np.any(kinds >= ENTITY))
        names = {k: [self.vocab.terms[t] for t in v] for k, v in shared.items()}
        words_, title, entities, events = cosines
        return Similarity(words_, title, entities, events, self._gap(story, day), full, names)

    def _gap(self, story: Story, day: date | None) -> int | None:
        if day is None or story.first is None or story.last is None:
            return None
        return max(0, story.first.toordinal() - day.toordinal(),
                   day.toordinal() - story.last.toordinal())  # fmt: skip

    @staticmethod
    def _named(similarity: Similarity) -> Similarity:
        """The similarity with its shared terms written for readers."""
        shared = {k: [label(t) for t in v] for k, v in similarity.shared.items()}
        return Similarity(similarity.words, similarity.title, similarity.entities,
                          similarity.events, similarity.days, similarity.full, shared)  # fmt: skip

    # -- stories -----------------------------------------------------------------------------

    def _new_story(self, doc: Incoming, vector: Vector, day: date | None) -> Story:
        story_id = "s" + stable_id("story", doc.doc_id, length=11)
        while story_id in self.by_story_id:  # a document that founded a story before
            story_id = "s" + stable_id("story", story_id, length=11)
        empty = np.zeros(0, dtype=np.int64)
        story = Story(story_id, len(self.stories), doc.title, empty, np.zeros(0), day, day)
        self.stories.append(story)
        self.by_story_id[story_id] = story
        self._set_dates(story)
        self._absorb(story, vector.ids, vector.tf)
        return story

    def _absorb(self, story: Story, ids: Ints, tf: Floats) -> None:
        """Add unit tf vectors to the centroid, keep the heaviest terms of each kind, update
        postings."""
        merged, inverse = np.unique(np.concatenate([story.terms, ids]), return_inverse=True)
        weights = np.concatenate([story.mass, tf])
        mass = np.asarray(np.bincount(inverse, weights=weights), dtype=np.float64)
        score = mass * self.vocab.idf(merged)
        kinds = self.vocab.kinds(merged)
        caps = {WORD: self.options.centroid_terms, **KIND_TERMS}
        order = np.lexsort((merged, -score, kinds))  # by kind, heaviest first
        rank = np.empty(order.size, dtype=np.int64)
        sorted_kinds = kinds[order]
        starts = np.searchsorted(sorted_kinds, sorted_kinds, side="left")
        rank[order] = np.arange(order.size) - starts
        cap = np.array([caps[k] for k in KINDS], dtype=np.int64)[kinds]
        keep = np.flatnonzero(rank < cap)
        kept: Ints = merged[keep].astype(np.int64)
        self._repost(story, story.terms, kept)
        story.terms, story.mass = kept, mass[keep]
        self.touched_stories.add(story.number)

    def _repost(self, story: Story, old: Ints, new: Ints) -> None:
        for term in np.setdiff1d(old, new, assume_unique=True).tolist():
            posting = self.postings[term]
            at = bisect.bisect_left(posting, story.number)
            if at < len(posting) and posting[at] == story.number:
                del posting[at]
        for term in np.setdiff1d(new, old, assume_unique=True).tolist():
            bisect.insort(self.postings.setdefault(term, []), story.number)

    def _extend_dates(self, story: Story, day: date | None) -> None:
        if day is None:
            return
        story.first = day if story.first is None else min(story.first, day)
        story.last = day if story.last is None else max(story.last, day)
        self._set_dates(story)
        self.touched_stories.add(story.number)

    # -- documents ---------------------------------------------------------------------------

    def add_doc(self, doc_id: str, sig: minhash.Signature, story: int, root: int,
                seq: int | None = None, bands: bool = True) -> None:  # fmt: skip
        """Register a placed document (``bands=False``: the caller indexes its bands later,
        as :meth:`index_bands` does for a whole store at once)."""
        number = len(self.doc_ids)
        self.doc_ids.append(doc_id)
        self.doc_story.append(story)
        self.doc_root.append(root)
        self.doc_seq.append(self.next_seq if seq is None else seq)
        self.next_seq = max(self.next_seq, self.doc_seq[-1] + 1)
        self.doc_alive.append(True)
        self.doc_number[doc_id] = number
        if number >= len(self.signatures):
            grown = np.zeros((max(64, 2 * len(self.signatures)), minhash.NUM_PERM), np.uint32)
            grown[: len(self.signatures)] = self.signatures
            self.signatures = grown
        self.signatures[number] = sig
        if bands and not minhash.empty(sig):
            self.buckets.add(minhash.band_keys(sig), number)

    def index_bands(self) -> None:
        """Put every document's bands in the buckets at once (after loading)."""
        sigs = self.signatures[: len(self.doc_ids)]
        numbers = np.flatnonzero(~np.all(sigs == minhash.MAX_HASH, axis=1)).astype(np.int32)
        self.buckets.add_many(minhash.band_keys_of(sigs[numbers]), numbers)

    def forget(self, doc_id: str) -> str | None:
        """Take a document out (it changed or left); its story id, or None if it was not in.

        Its contribution to document frequencies and its story's centroid stays until the
        stories are rebuilt (a document changes rarely; subtracting needs its old text).
        """
        number = self.doc_number.pop(doc_id, None)
        if number is None:
            return None
        self.doc_alive[number] = False
        story = self.stories[self.doc_story[number]]
        story.size -= 1
        self.touched_stories.add(story.number)
        return story.story_id
