"""What the event coder considered and why it dropped it (``tacitus extract --explain``).

The coder writes a :class:`Candidate` for every predicate it looked at: each record it
emitted, each record it kept only as partial (no side resolved to an actor), and each
candidate a rule dropped, with that rule in words. :func:`explain` prints them per sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from ..records import Actor, Candidate, DocumentResult, Event


class Trace:
    """The candidates of one document, in the order the coder met them."""

    def __init__(self) -> None:
        self.candidates: list[Candidate] = []

    def drop(
        self, sentence_id: int, words: Sequence[Token], event_type: str | None, rule: str
    ) -> None:
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        text = words[0].doc.text[start:end]
        self.candidates.append(Candidate(sentence_id, text, start, event_type, "dropped", rule))

    def emit(self, event: Event) -> None:
        outcome = "partial" if event.partial else "emitted"
        self.candidates.append(
            Candidate(
                event.sentence_id, event.trigger.text, event.trigger.start, event.event_type,
                outcome, event.reason, _side(event.source), _side(event.target),
            )
        )  # fmt: skip

    def retract(self, event: Event, rule: str) -> None:
        """An emitted record withdrawn by a later rule: listed as dropped, with the rule."""
        for i, c in enumerate(self.candidates):
            if (c.sentence_id, c.start, c.event_type) != (
                event.sentence_id,
                event.trigger.start,
                event.event_type,
            ) or c.outcome == "dropped":
                continue
            if (c.source, c.target) == (_side(event.source), _side(event.target)):
                self.candidates[i] = replace(c, outcome="dropped", rule=rule)
                return


def _side(actor: Actor | None) -> str | None:
    if actor is None:
        return None
    what = " ".join(x for x in (actor.country, actor.sector) if x)
    return f"{actor.text} ({what})" if what else f"{actor.text} (unresolved)"


def explain(result: DocumentResult) -> str:
    """The candidates of a document, sentence by sentence, as text for a person to read."""
    lines = [f"# {result.document.doc_id}"]
    by_sentence: dict[int, list[Candidate]] = {}
    for candidate in result.candidates:
        by_sentence.setdefault(candidate.sentence_id, []).append(candidate)
    for sentence_id, (_start, _end, text) in enumerate(result.sentences):
        candidates = sorted(by_sentence.get(sentence_id, []), key=lambda c: c.start)
        if not candidates:
            continue
        lines.append(f"[{sentence_id}] {' '.join(text.split())}")
        for c in candidates:
            what = c.event_type or "-"
            sides = ""
            if c.outcome != "dropped":
                sides = f" {c.source or '-'} → {c.target or '-'};"
            lines.append(f"    {c.outcome:8} {what:9} '{c.trigger}':{sides} {c.rule}")
    return "\n".join(lines) + "\n"
