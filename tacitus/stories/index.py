"""The incremental story index: a new document joins the most similar story or starts one.

Each story keeps a centroid: the sum of its members' unit term-frequency vectors, cut to its
``centroid_terms`` heaviest terms (weighed by the current IDF). A document is compared with
the centroids of the stories that share one of its ``query_terms`` best terms (an inverted
index, most recent stories first, at most ``candidates`` of them), within ``window_days`` of the
story's dates when both are dated (undated documents compare by text alone, DESIGN). Its
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
import json
import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib import resources

import numpy as np
import numpy.typing as npt

from ..errors import ConfigError
from ..records import stable_id
from . import minhash
from .text import shingles, term_weights, terms, words

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True)
class StoryOptions:
    """How documents are grouped (defaults chosen on tests/data/stories_gold.jsonl)."""

    threshold: float = 0.23  # TF-IDF cosine with a story's centroid to join it
    duplicate: float = 0.5  # MinHash Jaccard (word 4-shingles) for a near-duplicate
    window_days: int = 4  # dated documents join stories dated within this many days
    query_terms: int = 12  # a document's best terms used to find candidate stories
    centroid_terms: int = 128  # terms kept in a story's centroid
    candidates: int = 48  # stories scored per document, at most
    posting_cap: int = 256  # most recent stories looked at per query term
    lead_words: int = 300  # words of the text that count (the lead carries the story; 0: all)
    background: bool = True  # add the sample corpus' document frequencies to the store's

    def __post_init__(self) -> None:
        if not 0.0 < self.threshold <= 1.0 or not 0.0 < self.duplicate <= 1.0:
            raise ConfigError("story thresholds must be in (0, 1]")
        if min(self.window_days, self.query_terms, self.centroid_terms, self.candidates) < 0:
            raise ConfigError("story options must be >= 0")


@dataclass(frozen=True)
class Incoming:
    """A document to place."""

    doc_id: str
    text: str
    title: str | None = None
    published: str | None = None


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
    terms: list[int]  # term ids of the centroid, in canonical order
    mass: Floats  # summed unit tf per term
    first: date | None
    last: date | None
    size: int = 0


def parse_day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


@dataclass
class Vocabulary:
    """Term ids and document frequencies; ``n_docs`` counts the documents counted in df.

    IDF is ``log((N + 1) / (df + 1)) + 1`` with N and df counting the store's documents plus
    the background's (``prior``, ``prior_n``)."""

    ids: dict[str, int] = field(default_factory=dict)
    terms: list[str] = field(default_factory=list)
    df: list[int] = field(default_factory=list)
    n_docs: int = 0
    prior: dict[str, int] = field(default_factory=dict)
    prior_n: int = 0

    def id(self, term: str) -> int:
        found = self.ids.get(term)
        if found is None:
            found = self.ids[term] = len(self.terms)
            self.terms.append(term)
            self.df.append(self.prior.get(term, 0))
        return found

    def idf(self, ids: Iterable[int]) -> Floats:
        n = self.n_docs + self.prior_n
        return np.array([math.log((n + 1) / (self.df[i] + 1)) + 1.0 for i in ids])

    def stored_df(self, term_id: int) -> int:
        """The store's own document frequency of a term (without the background)."""
        return self.df[term_id] - self.prior.get(self.terms[term_id], 0)


def term_counts(doc: Incoming, lead_words: int) -> Counter[str]:
    """Terms of the headline and of the first ``lead_words`` words of the text (0: all)."""
    words = doc.text.split()
    counts = Counter(terms(" ".join(words[:lead_words]) if lead_words else doc.text))
    counts.update(terms(doc.title or ""))
    return counts


@cache
def background(lead_words: int) -> tuple[int, dict[str, int]]:
    """Document frequencies of the sample corpus (30 synthetic news articles shipped with
    Tacitus), added to the store's own when computing IDF: a young store of five articles
    would otherwise weigh "government" like "Kharkiv"."""
    source = resources.files("tacitus").joinpath("samples/corpus.jsonl")
    df: Counter[str] = Counter()
    n = 0
    for line in source.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        df.update(set(term_counts(Incoming("", record["text"], record.get("title")), lead_words)))
        n += 1
    return n, dict(df)


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

    def place(self, doc: Incoming) -> Placement:
        """Put ``doc`` in a story (a document placed before is taken out first)."""
        if doc.doc_id in self.doc_number:
            self.forget(doc.doc_id)
        day = parse_day(doc.published)
        sig = minhash.signature(shingles(words(doc.text)))
        original = self._near_duplicate(sig)
        if original is not None:
            story = self.stories[self.doc_story[original]]
            jac = minhash.jaccard(sig, self.signatures[original])
            self.add_doc(doc.doc_id, sig, story.number, original)
            self._extend_dates(story, day)
            return self._placed(doc, story, round(jac, 6), self.doc_ids[original], False, sig)
        tf = term_weights(term_counts(doc, self.options.lead_words))
        ids = [self.vocab.id(t) for t in sorted(tf)]
        self.vocab.n_docs += 1
        for i in ids:
            self.vocab.df[i] += 1
        self.touched_terms.update(ids)
        tf_values = np.array([tf[self.vocab.terms[i]] for i in ids])
        best, score = self._best_story(ids, tf_values, day)
        number = len(self.doc_ids)
        if best is None:
            story = self._new_story(doc, ids, tf_values, day)
            self.add_doc(doc.doc_id, sig, story.number, number)
            return self._placed(doc, story, 1.0, None, True, sig)
        self._absorb(best, ids, tf_values)
        self._extend_dates(best, day)
        self.add_doc(doc.doc_id, sig, best.number, number)
        return self._placed(doc, best, score, None, False, sig)

    def _placed(
        self,
        doc: Incoming,
        story: Story,
        similarity: float,
        duplicate_of: str | None,
        new: bool,
        sig: minhash.Signature,
    ) -> Placement:
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

    def _best_story(
        self, ids: list[int], tf: Floats, day: date | None
    ) -> tuple[Story | None, float]:
        """The best-scoring candidate story at or above the threshold, and its score."""
        if not ids:
            return None, 0.0
        weights = tf * self.vocab.idf(ids)
        weights /= float(np.linalg.norm(weights)) or 1.0
        order = sorted(range(len(ids)), key=lambda k: (-weights[k], self.vocab.terms[ids[k]]))
        hits: Counter[int] = Counter()
        for k in order[: self.options.query_terms]:
            for number in self.postings.get(ids[k], [])[-self.options.posting_cap :]:
                hits[number] += 1
        ranked = [
            n
            for n in sorted(hits, key=lambda n: (-hits[n], -n))
            if self._in_window(self.stories[n], day)
        ][: self.options.candidates]
        doc_ids = np.asarray(ids, dtype=np.int64)
        best: tuple[float, int] | None = None
        for number in ranked:
            score = round(self._cosine(doc_ids, weights, self.stories[number]), 9)
            if best is None or score > best[0] or (score == best[0] and number < best[1]):
                best = (score, number)
        if best is None or best[0] < self.options.threshold:
            return None, 0.0 if best is None else best[0]
        return self.stories[best[1]], best[0]

    def _in_window(self, story: Story, day: date | None) -> bool:
        if day is None or story.first is None or story.last is None:
            return True
        window = timedelta(days=self.options.window_days)
        return story.first - window <= day <= story.last + window

    def _cosine(self, doc_ids: Ints, weights: Floats, story: Story) -> float:
        centroid = story.mass * self.vocab.idf(story.terms)
        norm = float(np.linalg.norm(centroid))
        if not norm:
            return 0.0
        sids = np.asarray(story.terms, dtype=np.int64)
        order = np.argsort(doc_ids)
        sorted_ids = doc_ids[order]
        pos = np.clip(np.searchsorted(sorted_ids, sids), 0, len(sorted_ids) - 1)
        match = sorted_ids[pos] == sids
        return float(np.dot(weights[order][pos[match]], centroid[match])) / norm

    # -- stories -----------------------------------------------------------------------------

    def _new_story(self, doc: Incoming, ids: list[int], tf: Floats, day: date | None) -> Story:
        story = Story(
            story_id="s" + stable_id("story", doc.doc_id, length=11),
            number=len(self.stories),
            title=doc.title,
            terms=[],
            mass=np.zeros(0),
            first=day,
            last=day,
        )
        while story.story_id in self.by_story_id:  # a document that founded a story before
            story.story_id = "s" + stable_id("story", story.story_id, length=11)
        self.stories.append(story)
        self.by_story_id[story.story_id] = story
        self._absorb(story, ids, tf)
        return story

    def _absorb(self, story: Story, ids: list[int], tf: Floats) -> None:
        """Add a unit tf vector to the centroid, keep its heaviest terms, update postings."""
        mass = dict(zip(story.terms, story.mass.tolist(), strict=True))
        for i, value in zip(ids, tf.tolist(), strict=True):
            mass[i] = mass.get(i, 0.0) + value
        keys = list(mass)
        idf = self.vocab.idf(keys)
        scored = sorted(
            zip(keys, idf.tolist(), strict=True),
            key=lambda p: (-mass[p[0]] * p[1], self.vocab.terms[p[0]]),
        )[: self.options.centroid_terms]
        kept = sorted((i for i, _ in scored), key=lambda i: self.vocab.terms[i])
        self._repost(story, set(story.terms), set(kept))
        story.terms = kept
        story.mass = np.array([mass[i] for i in kept])
        self.touched_stories.add(story.number)

    def _repost(self, story: Story, old: set[int], new: set[int]) -> None:
        for term in old - new:
            posting = self.postings[term]
            at = bisect.bisect_left(posting, story.number)
            if at < len(posting) and posting[at] == story.number:
                del posting[at]
        for term in new - old:
            bisect.insort(self.postings.setdefault(term, []), story.number)

    def _extend_dates(self, story: Story, day: date | None) -> None:
        if day is None:
            return
        story.first = day if story.first is None else min(story.first, day)
        story.last = day if story.last is None else max(story.last, day)
        self.touched_stories.add(story.number)

    # -- documents ---------------------------------------------------------------------------

    def add_doc(
        self, doc_id: str, sig: minhash.Signature, story: int, root: int, seq: int | None = None
    ) -> None:
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
        if not minhash.empty(sig):
            self.buckets.add(minhash.band_keys(sig), number)

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
