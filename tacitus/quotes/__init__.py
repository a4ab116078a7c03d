"""Quotes: who said what (issue 5).

``find_quotes`` is the one entry point: a parsed document and the actor resolver's hits in,
:class:`~tacitus.records.Quote` records out, with offsets into the document's text.

    marks.py     quotation marks → spans (linear scan, repairs for messy text)
    direct.py    quoted spans that are statements, and the words that frame them
    indirect.py  "X said (that) ...", "according to X", "in a statement, X ..."
    speakers.py  from a reporting word to its subject, from the subject to an actor
    cues.py      the reporting words

Direct and indirect finds are merged: a reported clause mostly made of a direct quote is that
quote; a short quoted fragment inside a longer reported clause is part of the clause. A quote
that stands as a sentence with no reporting words continues the statement just before it
("Shoigu told journalists that ... " followed by a quoted paragraph).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..actors.resolve_types import HitMap
from ..events.lexicon import Lexicon
from ..records import Actor, Quote, stable_id
from .cues import Cues
from .direct import FRAGMENT_WORDS, DirectFinder
from .indirect import IndirectFinder
from .marks import marked_spans
from .speakers import Speakers
from .statement import Statement

__all__ = ["find_quotes", "quote_at"]

CONTINUE_CHARS = 400  # how far a statement's speaker carries to an unframed quote after it


def find_quotes(doc: Doc, hits: HitMap, lexicon: Lexicon, doc_id: str) -> list[Quote]:
    """The direct and indirect quotes of a parsed document, in text order."""
    cues = Cues.from_lexicon(lexicon)
    spans = marked_spans(doc.text)
    text = doc.text
    likely = [
        (s.start, s.end)
        for s in spans
        if s.double and s.how != "block" and len(text[s.start : s.end].split()) > FRAGMENT_WORDS
    ]
    speakers = Speakers(doc, hits, likely)
    direct = DirectFinder(doc, cues, speakers).find(spans)
    speakers.set_quoted([(d.start, d.end) for d in direct])
    indirect = IndirectFinder(doc, cues, speakers).find()
    statements = _merge(direct, indirect)
    _continue_speakers(statements)
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


def _merge(direct: list[Statement], indirect: list[Statement]) -> list[Statement]:
    kept: list[Statement] = []
    for s in indirect:
        if any(2 * _overlap(s, d) > s.end - s.start for d in direct):
            continue  # the reported clause is the direct quote
        if any(k.start == s.start and k.end == s.end for k in kept):
            continue
        kept.append(s)
    absorbed = [d for d in direct if any(k.start <= d.start and d.end <= k.end for k in kept)]
    return sorted([d for d in direct if d not in absorbed] + kept, key=lambda s: s.start)


def _overlap(a: Statement, b: Statement) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def _continue_speakers(statements: list[Statement]) -> None:
    previous: Statement | None = None
    for s in statements:
        if (
            s.standalone
            and s.speaker is None
            and previous is not None
            and previous.speaker is not None
            and s.start - previous.end <= CONTINUE_CHARS
        ):
            a = previous.speaker
            s.speaker = Actor(
                a.text, a.name, a.actor_id, a.country, a.sector, a.wikidata,
                f"{a.reason}; speaker of the statement before this quote",
            )  # fmt: skip
        if s.speaker is not None:
            previous = s
