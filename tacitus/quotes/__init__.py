"""Quotes: who said what (docs/quotes.md).

``find_quotes`` is the one entry point: a parsed document and the actor resolver's hits in,
:class:`~tacitus.records.Quote` records out, with offsets into the document's text.

    marks.py     quotation marks → spans (linear scan, repairs for messy text)
    direct.py    quoted spans that are statements, and the words that frame them
    indirect.py  "X said (that) ...", "according to X", "in a statement, X ..."
    speakers.py  from a reporting word to its subject, from the subject to an actor
    cues.py      the reporting words

Direct and indirect finds are merged: a reported clause that begins inside a direct quote is
that quote; a quoted fragment that begins inside a reported clause is part of the clause
(``said its troops had acted "in a restrained manner"``, one indirect quote). A quote
that stands as a sentence with no reporting words continues the statement just before it
("Shoigu told journalists that ... " followed by a quoted paragraph).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Doc

from ..actors.resolve_types import HitMap
from ..events.lexicon import Lexicon
from ..intervals import Stabbing
from ..records import Actor, Quote, stable_id
from .cues import Cues
from .direct import FRAGMENT_WORDS, DirectFinder
from .indirect import IndirectFinder
from .marks import QUOTE_MARKS, marked_spans
from .speakers import UNRESOLVED_PRONOUN, Speakers
from .statement import Statement

__all__ = ["QuotesAt", "find_quotes", "quote_at"]

CONTINUE_CHARS = 400  # how far a statement's speaker carries to an unframed quote after it
SPLIT_CHARS = 80  # '"...," he continued, "...": the gap between the parts of a split quote


def find_quotes(doc: Doc, hits: HitMap, lexicon: Lexicon, doc_id: str) -> list[Quote]:
    """The direct and indirect quotes of a parsed document, in text order."""
    cues = Cues.from_lexicon(lexicon)
    speakers = Speakers(doc, hits, cues)
    text = speakers.text
    spans = marked_spans(text)
    speakers.set_quoted(  # until the direct quotes are known: spans long enough to be quotes
        [
            (s.start, s.end)
            for s in spans
            if s.double and s.how != "block" and len(text[s.start : s.end].split()) > FRAGMENT_WORDS
        ]
    )
    direct = DirectFinder(doc, cues, speakers).find(spans)
    speakers.set_quoted([(d.start, d.end) for d in direct])
    indirect = IndirectFinder(doc, cues, speakers).find()
    statements = _merge(text, direct, indirect)
    _pronoun_speakers(doc, speakers, statements)
    statements = _continue_speakers(statements)
    return [
        Quote(
            quote_id=stable_id(doc_id, s.start, s.end),
            doc_id=doc_id,
            text=text[s.start : s.end],
            direct=s.direct,
            cue=s.cue,
            speaker=s.speaker,
            start=s.start,
            end=s.end,
        )
        for s in statements
    ]


def quote_at(quotes: Sequence[Quote], offset: int) -> Quote | None:
    """The innermost quote whose span holds the character ``offset``."""
    inside = [q for q in quotes if q.start <= offset < q.end]
    return min(inside, key=lambda q: q.end - q.start) if inside else None


class QuotesAt:
    """:func:`quote_at` for many offsets of one document, each in time logarithmic in the
    number of quotes (every predicate of a long document asked all its quotes: quadratic)."""

    def __init__(self, quotes: Sequence[Quote]) -> None:
        self._quotes = list(quotes)
        self._spans = Stabbing([(q.start, q.end) for q in self._quotes])

    def at(self, offset: int) -> Quote | None:
        """As :func:`quote_at`: the shortest holding quote, the first given on a tie."""
        holding = self._spans.holding(offset)
        if not holding:
            return None
        best = min(holding, key=lambda i: (self._quotes[i].end - self._quotes[i].start, i))
        return self._quotes[best]


def _merge(text: str, direct: list[Statement], indirect: list[Statement]) -> list[Statement]:
    """A reported clause that begins inside a direct quote is that quote ("said: '...'");
    a direct quote that begins inside a reported clause is a fragment of it."""
    kept: list[Statement] = []
    quoted = Stabbing([(d.start, d.end) for d in direct])
    seen: set[tuple[int, int]] = set()
    for s in indirect:
        if quoted.holding(s.start) or (s.start, s.end) in seen:
            continue
        seen.add((s.start, s.end))
        kept.append(s)
    statements = list(kept)
    clauses = Stabbing([(k.start, k.end) for k in kept])
    for d in direct:
        holders = clauses.holding(d.start, after_start=True)  # k.start < d.start < k.end
        if not holders:
            statements.append(d)
        else:
            holder = kept[holders[0]]  # the first in order, as it was found
            end = d.end + (text[d.end : d.end + 1] in QUOTE_MARKS)  # its closing mark too
            holder.end = max(holder.end, end)
            clauses.grow(holders[0], holder.end)
    return sorted(statements, key=lambda s: s.start)


def _pronoun_speakers(doc: Doc, speakers: Speakers, statements: list[Statement]) -> None:
    """A pronoun that speaks ("he said") is resolved again once every statement is known:
    nobody merely mentioned in what someone said, directly or indirectly, is its antecedent
    ("According to Flynn, Putin wanted better relations. '...,' he said": Flynn)."""
    pronouns = [
        s
        for s in statements
        if s.subject is not None and speakers.speaks_as_pronoun(doc[s.subject])
    ]
    if not pronouns:
        return
    speakers.set_quoted([(s.start, s.end) for s in statements])
    for s in pronouns:
        assert s.subject is not None
        s.speaker = speakers.actor(doc[s.subject])


def _continue_speakers(statements: list[Statement]) -> list[Statement]:
    """An unframed quote, or a pronoun that found no earlier actor ("'...,' she told the
    BBC" after "The Foreign Secretary said ..."), takes the speaker of the statement before;
    the second part of a split quote takes the first part's. A split part with no first part
    is no statement."""
    kept: list[Statement] = []
    previous: Statement | None = None
    for s in statements:
        a = _carried(previous, s)
        if a is not None:
            how = "the speaker of the statement before"
            how += f" ('{s.speaker.text}')" if s.speaker else ""
            s.speaker = replace(a, reason=f"{a.reason}; {how}")
        if s.unframed == "split" and s.speaker is None:
            continue
        kept.append(s)
        if s.speaker is not None and s.speaker.reason != UNRESOLVED_PRONOUN:
            previous = s
    return kept


def _carried(previous: Statement | None, s: Statement) -> Actor | None:
    """The speaker ``s`` takes from the statement before it, if it takes one."""
    if previous is None or previous.speaker is None:
        return None
    gap = s.start - previous.end
    if s.unframed == "split":
        return previous.speaker if previous.direct and gap <= SPLIT_CHARS else None
    pronoun = s.speaker is not None and s.speaker.reason == UNRESOLVED_PRONOUN
    return previous.speaker if (s.unframed or pronoun) and gap <= CONTINUE_CHARS else None
