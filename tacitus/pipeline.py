"""The one entry point: documents in, records out.

The CLI, ingest (:mod:`tacitus.ingest`), the HTTP API and the Dask runner all call
:class:`Pipeline`.
``Pipeline.run`` streams :class:`DocumentResult`s in input order; with ``processes > 1`` the
same per-batch function (:func:`process_batch`) runs in worker processes.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from bisect import bisect_right
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from . import boilerplate
from .actors.dictionary import load_dictionary
from .actors.people import PeopleResolver
from .actors.resolve import ActorResolver
from .actors.resolve_types import ActorHit
from .admission import admit
from .errors import ConfigError, TacitusError
from .events.coder import EventCoder
from .events.explain import Trace
from .events.lexicon import default_lexicon
from .events.location import Locator
from .inputs import DEFAULT_MAX_CHARS, read_inputs
from .nlp import DEFAULT_MODEL, load_model, tokenizable
from .quotes import find_quotes
from .quotes.first_person import first_person_mentions
from .quotes.voice import Voice
from .records import ActorMention, Document, DocumentResult, Event, InputError


@dataclass(frozen=True)
class Options:
    """Everything that changes what the pipeline produces (recorded with every run)."""

    model: str = DEFAULT_MODEL
    processes: int = 1
    batch_size: int = 32
    actors: tuple[str, ...] = ()  # extra actor dictionary files
    max_chars: int = DEFAULT_MAX_CHARS
    keep_partial: bool = False  # also events with no side resolved to an actor, marked partial
    explain: bool = False  # every candidate event and why it was dropped (DocumentResult)
    as_of: str | None = None  # undated documents' offices on this ISO date (None: the run's day)
    # a strike with no doer takes the doer of the strike report before it (events/strike_reports.py)
    implied_strikers: bool = False

    def __post_init__(self) -> None:
        if self.as_of is not None:
            try:
                dt.date.fromisoformat(self.as_of)
            except ValueError:
                raise ConfigError(
                    f"as-of date must be an ISO date YYYY-MM-DD (got {self.as_of!r})"
                ) from None
        if self.processes < 1:
            raise ConfigError(f"processes must be >= 1 (got {self.processes})")
        if self.batch_size < 1:
            raise ConfigError(f"batch size must be >= 1 (got {self.batch_size})")
        for path in self.actors:
            if not Path(path).is_file():
                raise ConfigError(f"actor file not found: {path}")

    def to_dict(self) -> dict[str, Any]:
        return {
            "model": self.model,
            "processes": self.processes,
            "batch_size": self.batch_size,
            "actors": list(self.actors),
            "max_chars": self.max_chars,
            "keep_partial": self.keep_partial,
            "explain": self.explain,
            "as_of": self.as_of,
            "implied_strikers": self.implied_strikers,
        }


@dataclass
class Analyzer:
    """What one process needs to analyse documents: the model and the coders."""

    options: Options
    nlp: Language = field(init=False)
    resolver: ActorResolver = field(init=False)
    coder: EventCoder = field(init=False)

    def __post_init__(self) -> None:
        self.nlp = load_model(self.options.model)
        self.nlp.max_length = max(self.nlp.max_length, self.options.max_chars + 1)
        dictionary = load_dictionary(self.options.actors)
        tokenizer = self.nlp.tokenizer

        def tokenize(text: str) -> list[str]:
            return [t.text for t in tokenizer(text)]

        self.resolver = ActorResolver(dictionary, tokenize, PeopleResolver(dictionary, tokenize))
        self.coder = EventCoder(
            default_lexicon(), Locator(), self.options.keep_partial, self.options.implied_strikers
        )

    def analyse(self, batch: Sequence[Document]) -> list[DocumentResult | InputError]:
        """Analyse one batch; a document that fails is reported, the others go on. Documents
        made in Python are admitted as the readers' are (valid Unicode, a plausible date);
        one of more than :attr:`max_tokens` tokens is reported and not parsed."""
        batch = [admit(d) for d in batch]
        results: list[DocumentResult | InputError] = []
        with self.nlp.memory_zone():
            tokens = [self._tokens(d) for d in batch]
            ready = [t for t in tokens if isinstance(t, Doc)]
            try:
                parsed: Iterator[Doc] | None = iter(list(self.nlp.pipe(ready)))
            except Exception:  # isolate the failing document below
                parsed = None
            for document, tokenized in zip(batch, tokens, strict=True):
                if isinstance(tokenized, InputError):
                    results.append(tokenized)
                    continue
                try:  # after a failed batch, each from fresh tokens: a doc that went half
                    # through the failed pipe cannot be parsed again
                    doc = (
                        next(parsed)
                        if parsed is not None
                        else self.nlp(self._retokenized(document))
                    )
                    results.append(self._result(document, doc))
                except TacitusError as exc:
                    where = document.source or document.doc_id
                    results.append(InputError(where, str(exc), read=False))
                except Exception as exc:  # a bug must not lose the rest of the corpus
                    results.append(
                        InputError(
                            document.source or document.doc_id,
                            f"analysis failed ({type(exc).__name__}: {exc})",
                            read=False,
                        )
                    )
        return results

    @property
    def max_tokens(self) -> int:
        """Tokens a document may have: a quarter of ``max_chars`` (prose has about one token
        per five characters; a text of symbols one per character, and the parse costs per
        token: past this a document would take longer than the longest prose)."""
        return max(self.options.max_chars // 4, 1000)

    def _tokens(self, document: Document) -> Doc | InputError:
        """The document's tokens (spaCy's tokenizer, on runs cut to a bounded length); a
        tokenizer failure is that document's error, not the batch's."""
        try:
            doc = self._retokenized(document)
        except Exception as exc:  # a bug must not lose the rest of the corpus
            where = document.source or document.doc_id
            return InputError(where, f"analysis failed ({type(exc).__name__}: {exc})", read=False)
        if len(doc) > self.max_tokens:
            where = document.source or document.doc_id
            return InputError(where, f"too large ({len(doc):,} tokens; the limit is "
                              f"{self.max_tokens:,}: not prose)", read=False)  # fmt: skip
        return doc

    def _retokenized(self, document: Document) -> Doc:
        return self.nlp.make_doc(tokenizable(document.text))

    def _result(self, document: Document, doc: Any) -> DocumentResult:
        found: list[ActorHit] = []
        hits = self.resolver.resolve(doc, document.published, self.options.as_of, found)
        sentences = [(s.start_char, s.end_char, s.text) for s in doc.sents]
        starts = [s[0] for s in sentences]
        # editor's notes, footers and credits report nothing: no quote, event or actor from them
        skipped = boilerplate.sentences(sentences)
        quotes = [
            q
            for q in find_quotes(doc, hits, self.coder.lexicon, document.doc_id)
            if _bisect(starts, q.start) not in skipped
        ]
        trace = Trace() if self.options.explain else None
        voices: list[Voice] = []
        events = self.coder.code(doc, document, hits, quotes, trace, voices)
        if skipped:
            events = [e for e in events if e.sentence_id not in skipped]
        covered: set[int] = set()
        mentions = self._mentions(doc, document.doc_id, list(chain(*hits.values())), covered,
                                  starts, skipped)  # fmt: skip
        voiced, plural = first_person_mentions(
            document.text, document.doc_id, quotes, starts, voices[0] if voices else None
        )
        mentions += [m for m in voiced if m.sentence_id not in skipped]
        mentions.sort(key=lambda m: m.start)
        candidates = trace.candidates if trace is not None else []
        entities = self._mentions(doc, document.doc_id, found, covered, starts, skipped)
        entities += [m for m in plural if m.sentence_id not in skipped]
        entities.sort(key=lambda m: m.start)
        return DocumentResult(document, events, mentions, quotes, sentences, candidates, entities)

    @staticmethod
    def _mentions(
        doc: Doc, doc_id: str, hits: list[ActorHit], covered: set[int], starts: list[int],
        skipped: set[int],
    ) -> list[ActorMention]:  # fmt: skip
        """Mentions of ``hits`` outside skipped sentences, not a state named as a thing's topic
        (``ActorHit.topic``: no actor there); an entity overlapping a mention already
        ``covered`` (token indices, updated) is left out."""
        mentions = []
        for hit in hits:
            if hit.topic:  # "the Russia investigation", "the Syrian crisis": what it is about
                continue
            if covered and any(i in covered for i in range(hit.start, hit.end)):
                continue
            start, end = doc[hit.start].idx, doc[hit.end - 1].idx + len(doc[hit.end - 1])
            sentence_id = _bisect(starts, start)
            if sentence_id in skipped:
                continue
            mentions.append(ActorMention(doc_id, sentence_id, start, end, hit.actor))
        covered.update(i for hit in hits for i in range(hit.start, hit.end))
        return mentions


def _bisect(starts: list[int], offset: int) -> int:
    """The index of the last start at or before ``offset`` (0 before the first)."""
    return max(0, bisect_right(starts, offset) - 1)


_WORKER: Analyzer | None = None


def _init_worker(options: Options) -> None:
    """Set up a worker process; a forked one inherits the parent's loaded analyser."""
    global _WORKER
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    if _WORKER is None or _WORKER.options != options:
        _WORKER = Analyzer(options)


def _work(batch: list[Document]) -> list[DocumentResult | InputError]:
    assert _WORKER is not None, "worker not initialised"
    return _WORKER.analyse(batch)


def process_batch(batch: Sequence[Document], options: Options) -> list[DocumentResult | InputError]:
    """The per-batch function every runner maps over its partitions."""
    global _WORKER
    if _WORKER is None or _WORKER.options != options:
        _WORKER = Analyzer(options)
    return _WORKER.analyse(batch)


class Pipeline:
    """News in, PLOVER events out.

    >>> pipeline = Pipeline()                       # doctest: +SKIP
    >>> events = pipeline.extract("Russia attacked Ukraine.")  # doctest: +SKIP
    """

    def __init__(self, options: Options | None = None, **overrides: Any) -> None:
        base = options or Options()
        if overrides:
            values = base.to_dict() | overrides
            values["actors"] = tuple(values["actors"])
            base = Options(**values)
        self.options = base
        self._analyzer: Analyzer | None = None

    @property
    def analyzer(self) -> Analyzer:
        if self._analyzer is None:
            self._analyzer = Analyzer(self.options)
        return self._analyzer

    def read(self, inputs: Iterable[str | Path]) -> Iterator[Document | InputError]:
        return read_inputs(inputs, max_chars=self.options.max_chars)

    def run(self, items: Iterable[Document | InputError]) -> Iterator[DocumentResult | InputError]:
        """Analyse documents in batches, in input order; input errors pass through in place."""
        batches = _batches(items, self.options.batch_size)
        if self.options.processes == 1:
            for batch, errors in batches:
                yield from errors
                yield from self.analyzer.analyse(batch)
            return
        with self._pool() as pool:
            pending: deque[tuple[Future[list[DocumentResult | InputError]], list[InputError]]] = (
                deque()
            )
            for batch, errors in batches:
                pending.append((pool.submit(_work, batch), errors))
                if len(pending) >= 2 * self.options.processes:
                    yield from _drain(pending.popleft())
            while pending:
                yield from _drain(pending.popleft())

    def _pool(self) -> ProcessPoolExecutor:
        """Worker processes. Where the platform forks, they inherit this process' loaded
        analyser (no model and gazetteer load per worker, about 4 CPU seconds each, and the
        pages stay shared until written); elsewhere each worker loads its own."""
        global _WORKER
        context = None
        if "fork" in multiprocessing.get_all_start_methods():
            _WORKER = self.analyzer
            context = multiprocessing.get_context("fork")
        return ProcessPoolExecutor(
            max_workers=self.options.processes,
            mp_context=context,
            initializer=_init_worker,
            initargs=(self.options,),
        )

    def extract(self, inputs: str | Document | Iterable[str | Document]) -> list[Event]:
        """Events of texts or documents (a plain string is one document)."""
        if isinstance(inputs, str | Document):
            inputs = [inputs]
        documents = [
            item if isinstance(item, Document) else Document(doc_id=f"text-{i}", text=item)
            for i, item in enumerate(inputs)
        ]
        events: list[Event] = []
        for result in self.run(documents):
            if isinstance(result, InputError):
                raise TacitusError(f"{result.source}: {result.reason}")
            events.extend(result.events)
        return events


def _drain(
    item: tuple[Future[list[DocumentResult | InputError]], list[InputError]],
) -> Iterator[DocumentResult | InputError]:
    future, errors = item
    yield from errors
    yield from future.result()


def _batches(
    items: Iterable[Document | InputError], size: int
) -> Iterator[tuple[list[Document], list[InputError]]]:
    batch: list[Document] = []
    errors: list[InputError] = []
    for item in items:
        if isinstance(item, InputError):
            if batch:
                yield batch, errors
                batch, errors = [], []
            errors.append(item)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch, errors
            batch, errors = [], []
    if batch or errors:
        yield batch, errors
