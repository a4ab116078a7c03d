"""Indirect speech: what someone said in the reporter's words.

Read from the parse, one pass over the tokens:

- a reporting verb with a clausal complement: "X said (that) ...", "X told reporters ...",
  "X warned / noted / denied that ...", "..., officials said", "adding that ..."; the content
  is the complement clause;
- "as X reported, ..." and a reporting verb set beside the clause ("Russia struck, he said"
  parsed as parataxis): the content is the clause the cue hangs from, less the cue;
- "according to X, ...": the content is the clause "according" hangs from, less the phrase;
- "in a statement, X condemned ...": a clause whose verb carries "in a statement / an
  interview / a speech": the content is the clause after its subject, less the phrase.

A cue inside a direct quote is part of that quote; a negated cue ("did not say") reports
nothing; a first-person subject outside quotes ("we doubt that") is the author's own voice.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .cues import Cues
from .speakers import FIRST_PERSON, Speakers
from .statement import Statement

# "in a statement / an interview / a speech": the clause is a statement of its subject
SPEECH_EVENTS = frozenset(
    {
        "statement", "interview", "speech", "communique", "communiqué", "briefing", "remarks",
        "address", "letter", "message", "tweet", "post", "conference", "editorial", "op-ed",
    }
)  # fmt: skip
CONTENT_DEPS = frozenset({"ccomp"})
BESIDE_DEPS = frozenset({"parataxis", "advcl"})
COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
MIN_WORDS = 2
SENTENCE_END = frozenset('.!?:"”»')


@dataclass
class IndirectFinder:
    doc: Doc
    cues: Cues
    speakers: Speakers

    def find(self) -> list[Statement]:
        found: list[Statement] = []
        for token in self.doc:
            if self.speakers.in_quote(token.idx):
                continue
            statement = None
            if token.lower_ == "according":
                statement = self._according(token)
            elif token.lower_ == "in" and token.dep_ == "prep":
                statement = self._in_statement(token)
            elif self.cues.match(token):
                statement = self._reported(token)
            if statement is not None:
                found.append(statement)
        return found

    def _reported(self, verb: Token) -> Statement | None:
        if any(c.dep_ == "neg" for c in verb.children):
            return None
        content = _content(verb)
        if content is not None:
            span = _clause_span(content, verb)
        elif (
            verb.dep_ in BESIDE_DEPS
            and not any(c.dep_ == "dobj" for c in verb.children)
            and (verb.dep_ == "parataxis" or any(c.lower_ == "as" for c in verb.children))
        ):
            span = _without(verb.head, verb)
        else:
            return None
        return self._statement(span, verb, str(self.cues.match(verb)))

    def _according(self, token: Token) -> Statement | None:
        to = next((c for c in token.children if c.lower_ == "to"), None)
        if to is None or not any(c.dep_ == "pobj" for c in to.children):
            return None
        clause = token.head
        if clause.pos_ not in ("VERB", "AUX") and clause.head.pos_ in ("VERB", "AUX"):
            clause = clause.head
        return self._statement(_without(clause, token), token, "according to")

    def _in_statement(self, prep: Token) -> Statement | None:
        verb = prep.head
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None or pobj.lemma_.lower() not in SPEECH_EVENTS:
            return None
        if verb.pos_ not in ("VERB", "AUX") or self.cues.match(verb):
            return None  # "said in a statement that ...": the reporting verb speaks
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        start, end = _without(verb, prep)
        start = max(start, subject.right_edge.i + 1)
        return self._statement((start, end), verb, f"in a {pobj.lemma_.lower()}")

    def _statement(self, span: tuple[int, int], cue: Token, cue_text: str) -> Statement | None:
        start, end = _clean(self.doc, *_one_paragraph(self.doc, span, cue))
        words = sum(1 for t in self.doc[start:end] if not (t.is_punct or t.is_space))
        if words < MIN_WORDS or not any(t.pos_ in ("VERB", "AUX") for t in self.doc[start:end]):
            return None  # "says Karim, an arts activist": no clause, no statement
        subject = self.speakers.subject(cue)
        if subject is None or subject.lower_ in FIRST_PERSON:
            return None
        first, last = self.doc[start], self.doc[end - 1]
        speaker = self.speakers.actor(subject)
        end_char = last.idx + len(last.text)
        return Statement(first.idx, end_char, False, cue_text, speaker, subject=subject.i)


def _content(verb: Token) -> Token | None:
    """The finite clause a reporting verb reports: its complement ("said (that) X ..."), or a
    "that" clause the parser hung on a noun of the verb ("said in a statement that X ...").
    An infinitive ("expected Serbia to align") is a wish, not a statement."""
    for child in verb.children:
        if child.dep_ in CONTENT_DEPS:
            return None if _infinitive(child) else child
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            for clause in noun.children:
                if clause.dep_ == "acl" and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
                ):
                    return clause
    return None


def _clause_span(content: Token, cue: Token) -> tuple[int, int]:
    """The complement's tokens, less a reporting clause set inside or after it ("rockets
    landed, the agency reports"; "which it said did not show")."""
    start, end = content.left_edge.i, content.right_edge.i + 1
    if start <= cue.i < end:
        start = cue.right_edge.i + 1 if cue.i < content.i else start
        end = cue.left_edge.i if cue.i > content.i else end
    for child in content.rights:
        if child.dep_ == "parataxis" and any(c.dep_ == "nsubj" for c in child.children):
            end = min(end, child.left_edge.i)
    return start, end


def _one_paragraph(doc: Doc, span: tuple[int, int], cue: Token) -> tuple[int, int]:
    """A statement does not run over a paragraph break (a blank line, or a line break after
    the end of a sentence; a line wrapped mid-sentence goes on): keep the part by its cue."""
    start, end = span
    for i in range(start, end):
        if _paragraph_break(doc, i):
            if i < cue.i:
                start = i + 1
            else:
                return start, i
    return start, end


def _paragraph_break(doc: Doc, i: int) -> bool:
    text = doc[i].text
    if "\n" not in text:
        return False
    if text.count("\n") >= 2 or i == 0:
        return True
    return doc[i - 1].text[-1:] in SENTENCE_END


def _infinitive(clause: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


def _without(clause: Token, part: Token) -> tuple[int, int]:
    """The token span of ``clause``'s subtree with ``part``'s subtree cut off its edge."""
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    left, right = part.left_edge.i, part.right_edge.i + 1
    if left <= start:
        return right, end
    if right >= end:
        return start, left
    return (right, end) if end - right >= left - start else (start, left)


def _clean(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Drop the complementizer, punctuation and quote marks at both ends of a content span."""
    while start < end and (
        (doc[start].dep_ == "mark" and doc[start].lower_ in COMPLEMENTIZERS)
        or doc[start].is_punct
        or doc[start].is_space
    ):
        start += 1
    marks = sum(1 for t in doc[start:end] if t.is_quote)
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if doc[end - 1].is_quote and marks % 2 == 1:
            break  # the closing mark of a quoted fragment at the end stays with it
        end -= 1
    return start, end
