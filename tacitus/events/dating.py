"""Which date phrase of a sentence dates an event, and the event's date from it.

The phrase's own date comes from :func:`tacitus.dates.resolve_date`, against the
publication date.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from ..dates import resolve_date

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .triggers import Predicate

DATE_LABELS = frozenset({"DATE", "TIME"})
FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
# "plans to meet on Tuesday": the Tuesday to come
FUTURE_GOVERNORS = frozenset({"plan", "intend", "schedule", "expect", "set", "prepare", "due"})
GOVERNING_DEPS = frozenset({"ccomp", "xcomp", "advcl"})
NOUN_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
SPAN_WORDS = frozenset({"since", "until", "till", "for", "through", "throughout", "during"})


def event_date(pred: Predicate, published: str | None) -> tuple[str | None, str | None]:
    """The date of the event of ``pred``: a date phrase attached to its trigger or clause,
    else one attached to a verb that governs it ("said on Sunday that ..."), else the
    publication date (day precision); None for undated documents without a full date.

    A date phrase in another clause ("Iraq, which the US invaded in 2003, signed ...") does
    not date this event.
    """
    own: list[Span] = []
    governing: list[Span] = []
    above = _governing_verbs(pred.clause)
    for ent in sentence_dates(pred.head.sent):
        if ent.label_ not in DATE_LABELS or _span_of_time(ent):
            continue
        where = _attached(ent.root, pred, above)
        if where == 0:
            own.append(ent)
        elif where == 1:
            governing.append(ent)
    future = _is_future(pred.clause)
    for group in (own, governing):
        for ent in sorted(group, key=lambda e: abs(e.root.i - pred.head.i)):
            resolved = resolve_date(ent.text, published, future)
            if resolved:
                return resolved
    if published:
        return published, "day"
    return None, None


def sentence_dates(sent: Span) -> list[Span]:
    """The DATE and TIME entities inside ``sent``, read from its tokens: ``Span.ents`` walks
    every entity of the document, which made dating a long document's events quadratic."""
    doc = sent.doc
    found: list[Span] = []
    start: int | None = None
    for token in sent:
        if start is not None and token.ent_iob_ != "I":
            found.append(Span(doc, start, token.i, label=doc[start].ent_type_))
            start = None
        if token.ent_iob_ == "B" and token.ent_type_ in DATE_LABELS:
            start = token.i
    if start is not None and (sent.end == len(doc) or doc[sent.end].ent_iob_ != "I"):
        found.append(Span(doc, start, sent.end, label=doc[start].ent_type_))
    return found


def _attached(root: Token, pred: Predicate, above: set[int]) -> int | None:
    """0: the date phrase hangs on the trigger or its clause; 1: on a verb governing the
    clause; None: elsewhere. The climb stops at the first other verb (a clause boundary)."""
    targets = {pred.head.i, pred.clause.i}
    token = root
    for _ in range(6):
        if token.i in targets:
            return 0
        head = token.head
        if head is token:
            return None
        if head.pos_ in ("VERB", "AUX") and head.i not in targets:
            return 1 if head.i in above else None
        token = head
    return None


def _span_of_time(ent: Span) -> bool:
    """ "since 2012", "until March", "for two weeks": a stretch of time, not the event's date."""
    before = ent.doc[ent.start - 1] if ent.start > 0 else None
    return before is not None and before.lower_ in SPAN_WORDS


def _governing_verbs(clause: Token) -> set[int]:
    """Verbs above the clause whose date dates it too: a reporting verb ("said on Sunday that
    ..."), a controlling verb, and the verb of a noun trigger ("air strikes killed 33 soldiers
    on Thursday")."""
    found: set[int] = set()
    token = clause
    if clause.pos_ in ("NOUN", "PROPN") and clause.dep_ in NOUN_ARGUMENT_DEPS:
        found.add(clause.head.i)
        token = clause.head
    for _ in range(4):
        if token.dep_ not in GOVERNING_DEPS or token.head is token:
            break
        token = token.head
        found.add(token.i)
    return found


def _is_future(clause: Token) -> bool:
    token = clause
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in token.children):
            return True
        if token.dep_ != "xcomp" or token.head is token:
            return False
        token = token.head
        if token.lemma_.lower() in FUTURE_GOVERNORS:
            return True
    return False
