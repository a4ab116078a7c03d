"""Terms and their document frequencies: what the story index weighs words with.

A term's id is the order in which the index first met it (saved with the term, so an index
loaded from the store numbers its terms as the live one did: ties are broken by id). Terms of
every kind (words, headline words, entities, events: :mod:`.features`) share the vocabulary;
each id remembers its kind.
IDF is ``log((N + 1) / (df + 1)) + 1``, N and df counting the store's documents plus a
background: the 30 synthetic news articles of the sample corpus, so that a young store of
five articles does not weigh "government" like "Kharkiv".
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

import numpy as np
import numpy.typing as npt

from ..boilerplate import is_pattern
from .features import TITLE, kind_of
from .text import terms
from .wire import paragraphs, without_marks

Floats = npt.NDArray[np.float64]
Ints = npt.NDArray[np.int64]


@dataclass(frozen=True)
class Incoming:
    """A document to place."""

    doc_id: str
    text: str
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    entities: tuple[str, ...] = ()  # entity terms, one per actor mention (features.py)
    events: tuple[str, ...] = ()  # event terms, one per event record


# where a paragraph's sentences part (an abbreviation's full stop parts one too: harmless, as
# only the parts that are boilerplate are left out)
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+")


def reporting(text: str) -> str:
    """The text less what its outlet or agency prints around every story: editor's notes,
    footers, credits and rights lines (:func:`tacitus.boilerplate.is_pattern`, sentence by
    sentence), bylines and the agency of a dateline (:func:`.wire.without_marks`). Those words
    are shared across stories: kept, they pulled one outlet's stories together."""
    kept = []
    for line in without_marks(paragraphs(text)):
        parts = [s for s in _SENTENCE_END.split(line) if s and not is_pattern(s)]
        if parts:
            kept.append(" ".join(parts))
    return "\n".join(kept)


@lru_cache(maxsize=1 << 14)
def _lead(text: str, lead_words: int) -> str:
    text = reporting(text)
    return " ".join(text.split()[:lead_words]) if lead_words else text


def term_counts(doc: Incoming, lead_words: int) -> Counter[str]:
    """Words of the headline and of the first ``lead_words`` words of the text (0: all)."""
    counts = Counter(terms(_lead(doc.text, lead_words)))
    counts.update(terms(doc.title or ""))
    return counts


def kind_counts(doc: Incoming, lead_words: int) -> list[Counter[str]]:
    """The document's terms by kind: words, headline words, entities, events."""
    return [
        term_counts(doc, lead_words),
        Counter(f"^{t}" for t in terms(doc.title or "")),
        Counter(doc.entities),
        Counter(doc.events),
    ]


@cache
def background(lead_words: int) -> tuple[int, dict[str, int]]:
    """Document count and frequencies of the sample corpus (``tacitus/samples``)."""
    source = resources.files("tacitus").joinpath("samples/corpus.jsonl")
    df: Counter[str] = Counter()
    n = 0
    for line in source.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        doc = Incoming("", record["text"], record.get("title"))
        for found in kind_counts(doc, lead_words)[: TITLE + 1]:
            df.update(set(found))
        n += 1
    return n, dict(df)


class Vocabulary:
    """Term ids, document frequencies (background included) and the document count."""

    def __init__(self, prior: dict[str, int] | None = None, prior_n: int = 0) -> None:
        self.ids: dict[str, int] = {}
        self.terms: list[str] = []
        self._df = np.zeros(1024, dtype=np.int64)
        self._kind = np.zeros(1024, dtype=np.int8)
        self.n_docs = 0  # the store's documents counted in df
        self.prior = prior or {}
        self.prior_n = prior_n

    def id(self, term: str) -> int:
        found = self.ids.get(term)
        if found is None:
            found = self.ids[term] = len(self.terms)
            self.terms.append(term)
            if found >= self._df.size:
                self._df = np.concatenate([self._df, np.zeros_like(self._df)])
                self._kind = np.concatenate([self._kind, np.zeros_like(self._kind)])
            self._df[found] = self.prior.get(term, 0)
            self._kind[found] = kind_of(term)
        return found

    def kinds(self, ids: Ints) -> npt.NDArray[np.int8]:
        """The kind of each term id (features.WORD, TITLE, ENTITY, EVENT)."""
        return self._kind[ids]

    def count(self, ids: Ints, times: int | Ints = 1) -> None:
        """Add a document (or ``times`` documents) to the frequencies of ``ids``."""
        self._df[ids] += times

    def idf(self, ids: Ints | Sequence[int]) -> Floats:
        n = self.n_docs + self.prior_n
        return np.log((n + 1) / (self._df[np.asarray(ids, dtype=np.int64)] + 1.0)) + 1.0

    def stored_df(self, term_id: int) -> int:
        """The store's own document frequency of a term (the background left out)."""
        return int(self._df[term_id]) - self.prior.get(self.terms[term_id], 0)
