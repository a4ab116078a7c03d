"""Direct quotes: the text between quotation marks, with the words that frame it.

A quoted span of at most :data:`FRAGMENT_WORDS` words is a scare quote, a name or a title
(Trump's "poodle", the "focus", Col. John "J.D." Dorrian, an airfield called "Q-West") unless a
reporting verb with its own subject takes it directly (``called the remarks "provocative and
irresponsible"``) or it is punctuated and framed like a statement (``"Never," he said.``). A
longer span is a statement when a reporting verb governs it or frames it, or when it stands as
a sentence of its own (then it may continue an earlier speaker, see :mod:`tacitus.quotes`); a
longer span inside a sentence with no reporting verb (a title, a slogan) is not, except the
second part of a split quote (``"...," he continued, "..."``), which takes the first part's
speaker.

The reporting verb is found, in order: in the parse (a word of the quote hangs from it,
``Macron said Assad "will have to respond"``); right after the quote in the same sentence
(``"...," the minister said``); right before it (``he said, "..."``); before a colon that
introduces it (``Lavrov said: "..."``, ``X took a different tone:`` + a line break), where a
clause without a reporting verb gives its subject as the speaker.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .cues import Cues
from .marks import DOUBLE_CLOSE, SINGLE_CLOSE, MarkedSpan
from .speakers import STATEMENT_NOUNS, Speakers
from .statement import Statement

FRAGMENT_WORDS = 3
FRAME_TOKENS = 12  # how far before or after a quote its reporting verb may stand
INTRO_TOKENS = 40  # how far back a colon's introducing clause is read
SENTENCE_END = frozenset({".", "!", "?"})
PUNCTUATED = frozenset(",.!?…;—")
OPENED = frozenset({"marks", "continued", "unclosed"})  # spans that had an opening mark


@dataclass
class DirectFinder:
    doc: Doc
    cues: Cues
    speakers: Speakers
    starts: list[int] = field(init=False)
    text: str = field(init=False)

    def __post_init__(self) -> None:
        self.starts = [t.idx for t in self.doc]
        self.text = self.speakers.text

    def find(self, spans: list[MarkedSpan]) -> list[Statement]:
        found = (self._statement(span) for span in spans)
        return [s for s in found if s is not None]

    def _statement(self, span: MarkedSpan) -> Statement | None:
        text = self.text
        start, end = trim(text, span.start, span.end)
        i, j = bisect_left(self.starts, start), bisect_left(self.starts, end)
        words = sum(1 for t in self.doc[i:j] if not (t.is_punct or t.is_space))
        if words == 0:
            return None
        cue, cue_text, how = self._cue(i, j, span)
        if not self._is_statement(span, cue, cue_text, how, words, i, j):
            return None
        unframed = None
        if cue is None:
            if _opens_sentence(text, span) and (_punctuated(text, span) or span.how != "marks"):
                unframed = "sentence"
            elif _char_before(text, span) == ",":
                unframed = "split"  # '"...," he continued, "..."': the first part's speaker
            else:
                return None  # a title, a slogan: quoted words nobody is said to say
        speaker, subject = None, None
        if cue is not None:
            subject = self.speakers.subject(cue)
            speaker = self.speakers.actor(subject) if subject is not None else None
        at = subject.i if subject is not None else None
        return Statement(start, end, True, cue_text, speaker, unframed, at)

    def _is_statement(
        self, span: MarkedSpan, cue: Token | None, cue_text: str | None, how: str, words: int,
        i: int, j: int,
    ) -> bool:  # fmt: skip
        """Whether quoted words say something (see the module's rules)."""
        text = self.text
        if span.how == "block":  # a paragraph after a colon: only when something reports it
            return cue is not None and (cue_text != ":" or how == "statement")
        if words > FRAGMENT_WORDS:
            return True
        if cue is None:
            return False
        if (
            any(
                t.head == cue or (t.head.head == cue and t.head.dep_ == "dobj")
                for t in self.doc[i:j]
            )
            and any(c.dep_ == "nsubj" for c in cue.children)
            and self.doc[i].is_lower
        ):
            return (
                True  # called his remarks "provocative" (not a name: an airfield called "Q-West")
            )
        return _punctuated(text, span) and (
            _opens_sentence(text, span) or _char_before(text, span) in ":,"
        )  # "Never," he said.  Not a nickname: Col. John "J.D." Dorrian

    def _cue(self, i: int, j: int, span: MarkedSpan) -> tuple[Token | None, str | None, str]:
        """The token whose subject speaks, the cue's words, and where the cue was found."""
        governing = self._governing(i, j)
        if governing is not None:
            return governing, self.cues.match(governing), "parse"
        last = _last_char(self.text, span.start, span.end)
        before_first = last not in ",?!—" and _char_before(self.text, span) in ":,"
        frames = ((i - 1, -1), (j, 1))
        for k, step in frames if before_first else reversed(frames):
            cue = self._frame(k, step)
            if cue is not None:
                return cue, self.cues.match(cue), "frame"
        return self._colon(i)

    def _governing(self, i: int, j: int) -> Token | None:
        """A reporting verb outside the quote that a word of the quote hangs from."""
        best: Token | None = None
        for token in self.doc[i:j]:
            head = token.head
            for _ in range(3):
                if i <= head.i < j or self.speakers.in_quote(head.idx):
                    break
                if self.cues.match(head) and self.speakers.subject(head) is not None:
                    if best is None or _distance(head, i, j) < _distance(best, i, j):
                        best = head
                    break
                if head.head == head:
                    break
                head = head.head
        return best

    def _frame(self, k: int, step: int) -> Token | None:
        """A reporting verb with a subject next to the quote, in the same sentence."""
        doc = self.doc
        while 0 <= k < len(doc) and (doc[k].is_quote or doc[k].text in (",", ":")):
            k += step
        for _ in range(FRAME_TOKENS):
            if not 0 <= k < len(doc):
                return None
            token = doc[k]
            if token.is_quote or token.text in SENTENCE_END or "\n" in token.text:
                return None
            if self.cues.match(token) and self.speakers.subject(token) is not None:
                return token
            k += step
        return None

    def _colon(self, i: int) -> tuple[Token | None, str | None, str]:
        """The clause that introduces a quote with a colon: its reporting verb, else its verb."""
        doc = self.doc
        k = i - 1
        while k >= 0 and (doc[k].is_space or doc[k].is_quote):
            k -= 1
        if k < 0 or doc[k].text != ":":
            return None, None, ""
        lowest = max(0, k - INTRO_TOKENS)
        noun = False
        for n in range(k - 1, lowest - 1, -1):
            token = doc[n]
            if token.text in SENTENCE_END or "\n" in token.text or token.is_quote:
                lowest = n + 1
                break
            if self.cues.match(token):
                return token, self.cues.match(token), "colon"
            noun = noun or token.lemma_.lower() in STATEMENT_NOUNS
        tops = [  # the clause's main verbs: those that do not hang from another word of it
            t
            for t in doc[lowest:k]
            if t.pos_ in ("VERB", "AUX") and (t.head == t or not lowest <= t.head.i < k)
        ]
        verb = next((t for t in reversed(tops) if self.speakers.subject(t)), None)
        if verb is None:
            return None, None, ""
        return verb, ":", "statement" if noun else "colon"


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of a span without surrounding space and the comma that belongs to its frame."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;"):
        end -= 1
    return start, end


def _punctuated(text: str, span: MarkedSpan) -> bool:
    return _last_char(text, span.start, span.end) in PUNCTUATED


def _last_char(text: str, start: int, end: int) -> str:
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > start else ""


def _char_before(text: str, span: MarkedSpan) -> str:
    """The character before the quote, its opening mark and spaces aside."""
    k = span.start - 1 - (span.how in OPENED)
    while k >= 0 and text[k].isspace():
        k -= 1
    return text[k] if k >= 0 else "\n"


def _opens_sentence(text: str, span: MarkedSpan) -> bool:
    """Whether the quote stands as a sentence: at a line's start or after a sentence's end."""
    if span.how not in OPENED:
        return True
    k = span.start - 2
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in "\n.!?:" or text[k] in DOUBLE_CLOSE | SINGLE_CLOSE | {'"'}


def _distance(token: Token, i: int, j: int) -> int:
    return i - token.i if token.i < i else token.i - j
