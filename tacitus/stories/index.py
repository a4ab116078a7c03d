"""The incremental story index: a new document joins the most similar story or starts one.

Each story keeps a centroid: the sum of its members' unit term-frequency vectors, cut to its
``centroid_terms`` heaviest terms (weighed by the current IDF). A document is compared with
the centroids of the stories that share one of its ``query_terms`` best terms (an inverted
index, most recent stories first, at most ``candidates`` of them), within ``window_days`` of the
story's dates when both are dated (undated documents compare by text alone: docs/stories.md). Its
TF-IDF cosine with the best centroid decides: at ``threshold`` or above it joins, else it
starts a story. IDF is applied when comparing, from document frequencies counted as documents
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

from ..errors import ConfigError
from ..records import stable_id
from . import minhash
from .text import term_weights, words
from .vocab import Incoming, Vocabulary, background, term_counts

__all__ = ["Incoming", "Placement", "Story", "StoryIndex", "StoryOptions", "parse_day"]

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True)
class StoryOptions:
    """How documents are grouped (defaults chosen on tests/data/stories_gold.jsonl)."""

    threshold: float = 0.23  # TF-IDF cosine with a story's centroid to join it
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
        limits = (self.threshold, self.duplicate, self.embedding_threshold)
        if not all(0.0 < x <= 1.0 for x in limits) or not 0 <= self.embedding_weight <= 1:
            raise ConfigError("story thresholds must be in (0, 1]")
        if min(self.window_days, self.query_terms, self.centroid_terms, self.candidates) < 0:
            raise ConfigError("story options must be >= 0")


@dataclass(frozen=True)
class Placement:
    """Where a document went."""

    doc_id: str
    story_id: str
    similarity: float  # cosine with the story (1.0 for its first document, Jaccard for a copy)
    duplicate_of: str | None
    new_story: bool
    signature: minhash.Signature
    seq: int


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


def parse_day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


class StoryIndex:
    """Stories, their centroids, the inverted index and the near-duplicate buckets."""

    def __init__(self, options: StoryOptions | None = None) -> None:
        self.options = options or StoryOptions()
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
            return self._placed(doc, story, round(jac, 6), self.doc_ids[original], False, sig)
        ids, tf = self._vector(doc)
        best, score = self._best_story(ids, tf, day, embedding)
        number = len(self.doc_ids)
        if best is None:
            story = self._new_story(doc, ids, tf, day)
            self._add_vector(story, embedding)
            self.add_doc(doc.doc_id, sig, story.number, number)
            return self._placed(doc, story, 1.0, None, True, sig)
        self._absorb(best, ids, tf)
        self._add_vector(best, embedding)
        self._extend_dates(best, day)
        self.add_doc(doc.doc_id, sig, best.number, number)
        return self._placed(doc, best, score, None, False, sig)

    def _vector(self, doc: Incoming) -> tuple[Ints, Floats]:
        """Term ids (ascending) and unit tf of a document, counted in the frequencies."""
        tf = term_weights(term_counts(doc, self.options.lead_words))
        pairs = sorted((self.vocab.id(t), w) for t, w in tf.items())
        ids = np.array([i for i, _ in pairs], dtype=np.int64)
        self.vocab.n_docs += 1
        self.vocab.count(ids)
        self.touched_terms.update(ids.tolist())
        return ids, np.array([w for _, w in pairs], dtype=np.float64)

    def _placed(self, doc: Incoming, story: Story, similarity: float, duplicate_of: str | None,
                new: bool, sig: minhash.Signature) -> Placement:  # fmt: skip
        story.size += 1
        self.touched_stories.add(story.number)
        seq = self.doc_seq[self.doc_number[doc.doc_id]]
        return Placement(doc.doc_id, story.story_id, similarity, duplicate_of, new, sig, seq)

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

    def _best_story(self, ids: Ints, tf: Floats, day: date | None,
                    embedding: Floats | None = None) -> tuple[Story | None, float]:  # fmt: skip
        """The best-scoring candidate story at or above the threshold, and its score."""
        if not ids.size:
            return None, 0.0
        weights = tf * self.vocab.idf(ids)
        weights /= float(np.linalg.norm(weights)) or 1.0
        query = ids[np.lexsort((ids, -weights))[: self.options.query_terms]]
        ranked = self._candidates(query, day)
        if embedding is not None:  # meaning without shared words: the most recent stories too
            last = len(self.stories)
            recent = np.arange(last - 1, max(-1, last - 1 - self.options.candidates), -1)
            seen = set(ranked)
            ranked += [n for n in recent[self._in_window(recent, day)].tolist() if n not in seen]
        best: tuple[float, int] | None = None
        for number in ranked:
            score = round(self._score(ids, weights, self.stories[number], embedding), 9)
            if best is None or score > best[0] or (score == best[0] and number < best[1]):
                best = (score, number)
        threshold = (
            self.options.embedding_threshold if embedding is not None else self.options.threshold
        )
        if best is None or best[0] < threshold:
            return None, 0.0 if best is None else best[0]
        return self.stories[best[1]], best[0]

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

    def _score(self, ids: Ints, weights: Floats, story: Story, embedding: Floats | None) -> float:
        lexical = self._cosine(ids, weights, story)
        if embedding is None or story.vector is None:
            return lexical
        norm = float(np.linalg.norm(story.vector)) or 1.0
        semantic = float(np.dot(embedding, story.vector)) / norm
        share = self.options.embedding_weight
        return (1.0 - share) * lexical + share * semantic

    def _add_vector(self, story: Story, embedding: Floats | None) -> None:
        if embedding is not None:
            unit = np.asarray(embedding, dtype=np.float64)
            story.vector = unit.copy() if story.vector is None else story.vector + unit

    def _cosine(self, ids: Ints, weights: Floats, story: Story) -> float:
        centroid = story.mass * self.vocab.idf(story.terms)
        norm = float(np.linalg.norm(centroid))
        if not norm:
            return 0.0
        _, mine, theirs = np.intersect1d(ids, story.terms, assume_unique=True,
                                         return_indices=True)  # fmt: skip
        return float(np.dot(weights[mine], centroid[theirs])) / norm

    # -- stories -----------------------------------------------------------------------------

    def _new_story(self, doc: Incoming, ids: Ints, tf: Floats, day: date | None) -> Story:
        story_id = "s" + stable_id("story", doc.doc_id, length=11)
        while story_id in self.by_story_id:  # a document that founded a story before
            story_id = "s" + stable_id("story", story_id, length=11)
        empty = np.zeros(0, dtype=np.int64)
        story = Story(story_id, len(self.stories), doc.title, empty, np.zeros(0), day, day)
        self.stories.append(story)
        self.by_story_id[story_id] = story
        self._set_dates(story)
        self._absorb(story, ids, tf)
        return story

    def _absorb(self, story: Story, ids: Ints, tf: Floats) -> None:
        """Add a unit tf vector to the centroid, keep its heaviest terms, update postings."""
        merged, inverse = np.unique(np.concatenate([story.terms, ids]), return_inverse=True)
        weights = np.concatenate([story.mass, tf])
        mass = np.asarray(np.bincount(inverse, weights=weights), dtype=np.float64)
        score = mass * self.vocab.idf(merged)
        keep = np.sort(np.lexsort((merged, -score))[: self.options.centroid_terms])
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
