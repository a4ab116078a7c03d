"""Quotation marks in raw text: which open, which close, and the spans they enclose.

One linear scan over the text, line by line (a line break ends a paragraph for quoting).
Curly marks say which way they face; a straight ``"`` or ``'`` is read from its neighbours
(space before: opening; space or punctuation after: closing; otherwise it toggles). Double
marks give the statements; single marks are read only outside double marks and within one
line, and an apostrophe ("Russia's", "don't") is never a mark.

Real text is messier than the convention, so three repairs are made:

- a quote running over several paragraphs: an opening mark left open at a line's end goes
  on when the next line opens with a mark (the convention), or when the next line closes a
  mark before opening one (the opening of the next paragraph was dropped);
- an opening mark never closed ends its quote at the end of its paragraph;
- a line that follows a line ending in a colon and holds a closing mark with no opening
  mark before it is a quote whose opening mark is missing (``stated:\\n\\nThe U.S. ...”``);
  the same line with no mark at all is kept as a *block* candidate, which the caller accepts
  only when the introducing line has a reporting verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

DOUBLE_OPEN = frozenset("“„«‟")
DOUBLE_CLOSE = frozenset("”»")
SINGLE_OPEN = frozenset("‘‹")
SINGLE_CLOSE = frozenset("’›")
OPEN_BEFORE = frozenset("([{—–-/:") | DOUBLE_OPEN | SINGLE_OPEN | {'"'}
CLOSE_AFTER = frozenset(".,;:!?)]}—–-…") | DOUBLE_CLOSE | SINGLE_CLOSE | {'"', "'"}
QUOTE_MARKS = frozenset("\"'“”„«»‟‘’‹›")
# a run of straight double marks counts as one (CSV-escaped text doubles them); ``text''
# is the ASCII convention of older corpora
MARK_RE = re.compile("``|''|\"+|['“”„«»‟‘’‹›]")
MAX_BLOCK_LINES = 4  # how far a colon's quote with a missing opening mark may run


@dataclass(frozen=True, slots=True)
class Mark:
    pos: int
    double: bool
    role: str  # "open" | "close" | "either"
    size: int = 1  # characters: 2 for ``, '' and doubled straight marks (""text"")


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """Text between quotation marks: ``start``/``end`` are the content's offsets."""

    start: int
    end: int
    double: bool = True
    how: str = "marks"  # marks | continued | unclosed | no opening mark | block


def classify(text: str, pos: int, end: int | None = None) -> Mark | None:
    """Which way the mark at ``text[pos:end]`` faces (one character unless given: a run of
    straight marks, ```` `` ```` or ``''``), or None for an apostrophe."""
    end = pos + 1 if end is None else end
    char, size = text[pos], end - pos
    before = text[pos - 1] if pos > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    opens = before.isspace() or before in OPEN_BEFORE
    closes = after.isspace() or after in CLOSE_AFTER
    if char in DOUBLE_OPEN or char == "`":  # a curly mark the wrong way round: by position
        return Mark(pos, True, "close" if closes and not opens else "open", size)
    if char in DOUBLE_CLOSE or (char == "'" and size == 2):
        return Mark(pos, True, "open" if opens and not closes else "close", size)
    if char == '"':
        role = "open" if opens and not closes else "close" if closes and not opens else "either"
        return Mark(pos, True, role, size)
    if char in SINGLE_OPEN or (char == "'" and opens):
        return Mark(pos, False, "open") if opens and after.isalnum() else None
    if (char in SINGLE_CLOSE or char == "'") and closes and not before.isspace():
        return Mark(pos, False, "close")
    return None


@dataclass
class _Scanner:
    text: str
    spans: list[MarkedSpan] = field(default_factory=list)
    open_double: int | None = None  # content start of the open double quote
    continued: bool = False
    skip: int = -1  # a continuation mark at the start of a line, already accounted for
    block: int | None = None  # start of a line after a colon, without an opening mark
    block_lines: int = 0

    def scan(self) -> list[MarkedSpan]:
        lines = _lines(self.text)
        marks = _marks_by_line(self.text, lines)
        colon = False
        for n, (start, end) in enumerate(lines):
            first = _first_char(self.text, start, end)
            if first == end:  # blank line: nothing changes
                continue
            line_marks = marks[n]
            if (
                self.open_double is None
                and colon
                and not (line_marks and line_marks[0].pos == first)
            ):
                self.block, self.block_lines = first, 0
            self._line(line_marks)
            if self.open_double is not None:
                self._line_end(end, lines, marks, n)
            if self.block is not None:
                self.block_lines += 1
                if not line_marks and self.block_lines == 1:
                    self.spans.append(MarkedSpan(self.block, end, True, "block"))
                if self.block_lines >= MAX_BLOCK_LINES or any(m.double for m in line_marks):
                    self.block = None
            colon = self.text[start:end].rstrip().endswith(":")
        # a block that turned out to end at a closing mark further down is that quote
        repaired = {s.start for s in self.spans if s.how == "no opening mark"}
        spans = [s for s in self.spans if s.how != "block" or s.start not in repaired]
        return sorted(spans, key=lambda s: s.start)

    def _line(self, line_marks: list[Mark]) -> None:
        open_single: int | None = None
        for mark in line_marks:
            if mark.pos == self.skip:
                continue
            if not mark.double:
                if self.open_double is not None:
                    continue  # a quote inside a quote belongs to the outer one
                if mark.role == "open":
                    open_single = mark.pos + 1
                elif open_single is not None:
                    self.spans.append(MarkedSpan(open_single, mark.pos, False))
                    open_single = None
                continue
            self._double(mark)

    def _double(self, mark: Mark) -> None:
        if self.open_double is None:
            if mark.role != "close":
                self.open_double, self.continued = mark.pos + mark.size, False
                self.block = None
            elif self.block is not None:  # "stated:\n\nThe U.S. remains ...”"
                self.spans.append(MarkedSpan(self.block, mark.pos, True, "no opening mark"))
                self.block = None
            return
        if mark.role == "open":  # opened again before closing: the first was never closed
            self.open_double = mark.pos + mark.size
            return
        how = "continued" if self.continued else "marks"
        self.spans.append(MarkedSpan(self.open_double, mark.pos, True, how))
        self.open_double = None

    def _line_end(
        self, end: int, lines: list[tuple[int, int]], marks: list[list[Mark]], n: int
    ) -> None:
        """An open quote at a line's end goes on, or ends with its paragraph."""
        assert self.open_double is not None
        following = next(
            (
                k
                for k in range(n + 1, len(lines))
                if _first_char(self.text, *lines[k]) < lines[k][1]
            ),
            None,
        )
        if following is not None:
            first = _first_char(self.text, *lines[following])
            doubles = [m for m in marks[following] if m.double]
            if doubles and doubles[0].pos == first and doubles[0].role != "close":
                self.skip, self.continued = doubles[0].pos, True
                return
            if doubles and doubles[0].role != "open":
                self.continued = True
                return
        self.spans.append(MarkedSpan(self.open_double, end, True, "unclosed"))
        self.open_double = None


def _lines(text: str) -> list[tuple[int, int]]:
    lines, start = [], 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            lines.append((start, len(text)))
            return lines
        lines.append((start, end))
        start = end + 1


def _marks_by_line(text: str, lines: list[tuple[int, int]]) -> list[list[Mark]]:
    by_line: list[list[Mark]] = [[] for _ in lines]
    n = 0
    for match in MARK_RE.finditer(text):
        pos, end = match.span()
        while lines[n][1] < pos:
            n += 1
        mark = classify(text, pos, end)
        if mark is not None:
            by_line[n].append(mark)
    return by_line


def _first_char(text: str, start: int, end: int) -> int:
    """Offset of the first non-space character of a line (``end`` when blank)."""
    while start < end and text[start].isspace():
        start += 1
    return start


def marked_spans(text: str) -> list[MarkedSpan]:
    """Every span of text between quotation marks, repaired as the module says, in order."""
    return _Scanner(text).scan()
