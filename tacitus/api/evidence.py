"""Where the trigger and the actors sit in an event's evidence sentence.

The trigger's offsets count from the start of the document (docs/events.md); the sentence is stored
stripped, with its own start offset in the ``sentences`` table. Actors carry only their text,
so they are found in the sentence by text. The dashboard draws the sentence from these spans
as text nodes: nothing of the article is ever written as HTML.
"""

from __future__ import annotations

from typing import Any

_MAX_LEAD = 4  # characters of leading whitespace a stored sentence may have lost


def _find(sentence: str, text: str | None, taken: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The first occurrence of ``text`` in ``sentence`` that overlaps nothing taken."""
    if not text:
        return None
    at = sentence.find(text)
    while at != -1:
        end = at + len(text)
        if all(end <= s or at >= e for s, e in taken):
            return at, end
        at = sentence.find(text, at + 1)
    return None


def trigger_span(event: dict[str, Any], sentence_start: int | None) -> tuple[int, int] | None:
    """The trigger in the (stripped) sentence: by offsets when they agree, else by text.

    The stored sentence may have lost a little leading whitespace to stripping, so the
    offset is tried with a few characters of lead before falling back to the text.
    """
    sentence: str = event["sentence"] or ""
    trigger = event.get("trigger") or {}
    text = trigger.get("text") or ""
    if text and sentence_start is not None and trigger.get("start") is not None:
        for lead in range(_MAX_LEAD + 1):
            at = int(trigger["start"]) - sentence_start - lead
            if at >= 0 and sentence[at : at + len(text)] == text:
                return at, at + len(text)
    found = _find(sentence, text, [])
    if found is None and text:
        lowered = sentence.lower().find(text.lower())
        if lowered != -1:
            return lowered, lowered + len(text)
    return found


def highlights(event: dict[str, Any], sentence_start: int | None = None) -> list[dict[str, Any]]:
    """Spans ``{start, end, role}`` (trigger, source, target) in the sentence, in order."""
    spans: list[dict[str, Any]] = []
    taken: list[tuple[int, int]] = []
    found = trigger_span(event, sentence_start)
    if found:
        spans.append({"start": found[0], "end": found[1], "role": "trigger"})
        taken.append(found)
    sentence = event["sentence"] or ""
    for role in ("source", "target"):
        actor = event.get(role) or {}
        where = _find(sentence, actor.get("text"), taken)
        if where:
            spans.append({"start": where[0], "end": where[1], "role": role})
            taken.append(where)
    return sorted(spans, key=lambda s: s["start"])
