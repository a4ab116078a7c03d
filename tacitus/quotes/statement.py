"""What the finders return before records are made: a span, how it is reported, by whom."""

from __future__ import annotations

from dataclasses import dataclass

from ..records import Actor


@dataclass(slots=True)
class Statement:
    start: int  # character offsets of the statement's words in the document's text
    end: int
    direct: bool
    cue: str | None  # the reporting words ("said", "according to", ":"), None when unframed
    speaker: Actor | None
    # a direct quote framed by no reporting words: "sentence" when it stands as a sentence
    # (it may continue the statement before), "split" after ', he continued,' (it continues
    # the quote before)
    unframed: str | None = None
    subject: int | None = None  # token index of the words that name the speaker
