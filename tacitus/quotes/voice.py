"""Whose voice a first-person pronoun outside quotes is: the speaker a line names, or the
body that issues the statement (issue 13).

Press releases, statements and transcripts speak in the first person without quotation
marks: "The United States condemns the attack ... We express our condolences", "Tobias
Ellwood said:" followed by paragraphs of "I welcome ...", "SECRETARY KERRY: We talked about
...". Three rules, each named in the reason; where neither applies, "we" stays unresolved
(no guess):

1. **Speaker lines**: a line that ends with a colon after a reporting verb whose subject is
   an actor ("Tobias Ellwood, Minister for the Middle East, said:"), or a line that opens
   with a short name and a colon ("SECRETARY KERRY:", "MR KIRBY: Thanks"). That speaker's
   voice runs to the next such line ("QUESTION:" or an unknown name ends it with no voice).
2. **The issuing body**: the document's first sentence is a statement of an actor in the
   present tense ("The United States condemns ...", "The Members of the Security Council are
   encouraged by ..."): its subject speaks where no speaker line or quote does. "We", "us"
   and "our" are that body; "I", "me" and "my" only when it is a person. A headline of news
   about speech ("X says ...") names no issuer. A title line naming who issues the text
   ("Statement by the Foreign Ministry of Japan") names it first; a text that opens in the
   first person ("We condemn ...") may name its issuer in one of its first sentences ("The
   U.S. reaffirms ..."), one that opens with news names none later.
3. **The publisher**: with no issuing body in the text, the government body that publishes
   the document (quotes/publishers.py: a ministry's or government portal's address, or the
   outlet the user gives) is "we", "us" and "our" ("We will continue to strike ISIL" on
   state.gov: the State Department). A news outlet is never one.

Inside a quote the quote's speaker speaks (the event coder asks it first); a first-person
word inside a quote whose speaker is unknown gets no voice from rule 2.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import islice

from spacy.tokens import Doc, Span, Token

from ..actors.resolve_types import ActorHit
from ..events.arguments import Arguments, Found
from ..events.lexicon import Lexicon
from ..intervals import Stabbing
from ..records import Actor, Quote

SINGULAR = frozenset({"i", "me", "my", "mine", "myself"})
PLURAL = frozenset({"we", "us", "our", "ours", "ourselves"})
# labels of a transcript that are no speaker: a question from the floor, an editor's note
# (any of these words in a label; the actors' LABEL_WORDS hold them too, but also words that
# are no speaker only alone: "SPEAKER PELOSI:", "HOST JOHN SMITH:" name one)
NO_SPEAKER = frozenset({"question", "q", "answer", "a", "note", "editor", "update", "moderator"})
LABEL_TOKENS = 6  # at most this many words before a speaker label's colon
LINE_TOKENS = 30  # a longer line ending with a colon introduces a list, not a speaker
# the types of the lexicon's verbs that a statement makes ("condemns", "welcomes", "urges")
STATEMENT_TYPES = frozenset(
    {"SUPPORT", "ACCUSE", "REQUEST", "AGREE", "REJECT", "CONCEDE", "THREATEN"}
)
# "X is encouraged by", "X remains committed to", "X is deeply concerned"
STANCE_COPULAS = frozenset({"be", "remain", "stay", "feel"})
NEWS_SPEECH = frozenset({"say", "tell", "claim", "report", "add"})
# a statement may open in the first person ("We condemn ...") and name its issuer in one of
# its first sentences ("The U.S. reaffirms its commitment ...")
ISSUER_SENTENCES = 8
# a title line naming who issues the document ("Statement by the Government of Chile")
TITLE_TOKENS = 16
ISSUED_NOUNS = frozenset(
    {"statement", "declaration", "communique", "communiqué", "release", "readout", "remarks"}
)


@dataclass(slots=True)
class Voice:
    """The speakers of one document's stretches of text outside quotes."""

    starts: list[int]  # character offsets where a speaker line's voice begins
    speakers: list[tuple[list[ActorHit], str]]  # its hits (none: no voice) and how
    issuer: tuple[list[ActorHit], str] | None
    person_issuer: bool
    quotes: Stabbing | None
    publisher: Actor | None = None  # the government body publishing the document, if known

    def at(self, token: Token) -> Found | None:
        """The actor a first-person word stands for, or None."""
        return self.of(token.idx, token.text, token.i)

    def of(self, offset: int, word: str, index: int = 0) -> Found | None:
        """The actor the first-person ``word`` at character ``offset`` (token ``index``)
        stands for, or None."""
        lower = word.lower()
        if lower not in SINGULAR and lower not in PLURAL:
            return None
        k = bisect_right(self.starts, offset) - 1
        if k >= 0:
            hits, how = self.speakers[k]
            return Found(hits, f"'{word}' → {how}") if hits else None
        if self.quotes is not None and self.quotes.holding(offset):
            return None
        if self.issuer is None:
            if self.publisher is None or lower in SINGULAR:
                return None  # a body is no "I"
            # the publisher named on the word itself: no token of the text names it
            hit = ActorHit(index, index, index + 1, replace(self.publisher))
            return Found([hit], f"'{word}' → {self.publisher.reason}")
        if lower in SINGULAR and not self.person_issuer:
            return None
        hits, how = self.issuer
        return Found(hits, f"'{word}' → {how}")


def document_voice(
    doc: Doc, args: Arguments, quotes: Sequence[Quote], lexicon: Lexicon,
    publisher: Actor | None = None,
) -> Voice:  # fmt: skip
    """The speaker lines and the issuing body of a parsed document; ``publisher``, the
    government body that publishes it (quotes/publishers.py), speaks where nothing else does."""
    starts: list[int] = []
    speakers: list[tuple[list[ActorHit], str]] = []
    lines = _lines(doc)
    for line in lines:
        found = _speaker_line(line, args, lexicon)
        if found is not None:
            starts.append(line[-1].idx + len(line[-1].text) if found[2] else line[0].idx)
            speakers.append((found[0], found[1]))
    issuer = _titled_issuer(lines, args)
    opening = list(islice(doc.sents, ISSUER_SENTENCES)) if issuer is None else []
    # "We condemn ...": a statement from its first words, whatever it goes on to tell
    stated = bool(opening) and _first_person_statement(opening[0].root, lexicon)
    for sent in opening:
        issuer = _issuer(sent, args, lexicon)
        if issuer is not None or (not stated and _names_a_subject(sent, args)):
            break
    person = issuer is not None and all(_person(h) for h in issuer[0])
    spans = [(q.start, q.end) for q in quotes]
    stabbing = Stabbing(spans) if spans else None
    return Voice(starts, speakers, issuer, person, stabbing, publisher)


def _lines(doc: Doc) -> list[list[Token]]:
    """The document's lines (text between line breaks) as tokens, spaces left out."""
    lines: list[list[Token]] = []
    current: list[Token] = []
    for token in doc:
        if token.is_space or "\n" in token.text:
            if "\n" in token.text or "\n" in token.whitespace_:
                lines.append(current)
                current = []
            continue
        current.append(token)
        if "\n" in token.whitespace_:
            lines.append(current)
            current = []
    lines.append(current)
    return [line for line in lines if line]


def _speaker_line(
    line: list[Token], args: Arguments, lexicon: Lexicon
) -> tuple[list[ActorHit], str, bool] | None:
    """(speaker hits, how, whether the voice starts after the line) of a speaker line."""
    if line[-1].text == ":" and len(line) <= LINE_TOKENS:
        for token in line:
            if token.lemma_.lower() in lexicon.speech_verbs and token.pos_ in ("VERB", "AUX"):
                subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
                hits = _actors(subject, args) if subject is not None else []
                if subject is None or (not hits and subject.i < line[0].i):
                    # the parse ran the line into the one before: the actor named on the
                    # line before the verb ("Minister Tobias Ellwood said:")
                    named = [h for t in line if t.i < token.i for h in args.hits.get(t.i, [])]
                    hits = [h for h in named if not h.thing][-1:]
                said = " ".join(t.text for t in line)
                return hits, f"the speaker of the lines after '{said}'", True
    colon = next((t for t in line[: LABEL_TOKENS + 1] if t.text == ":"), None)
    if colon is None or colon.i == line[0].i:
        return None
    label = line[0].doc[line[0].i : colon.i]
    if not all(t.text[:1].isupper() or not t.is_alpha for t in label):
        return None
    if any(t.lower_ in NO_SPEAKER for t in label):
        return [], "", False
    hits = [h for t in label for h in args.hits.get(t.i, []) if not h.thing]
    return hits[:1], f"the speaker labelled '{label.text}:'", False


def _first_person_statement(root: Token, lexicon: Lexicon) -> bool:
    subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
    return (
        subject is not None and subject.lower_ in PLURAL and _present(root)
        and _statement(root, lexicon)
    )  # fmt: skip


def _present(root: Token) -> bool:
    return root.tag_ in ("VBZ", "VBP") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in root.children
    )


def _names_a_subject(sent: Span, args: Arguments) -> bool:
    """Whether a sentence's main subject is an actor other than a first-person word: news
    or narrative begins there, and a later statement is no issuer's."""
    subject = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.lower_ not in PLURAL and bool(_actors(subject, args))


def _titled_issuer(lines: list[list[Token]], args: Arguments) -> tuple[list[ActorHit], str] | None:
    """The body a title line names as issuing the document ("Statement by the Foreign
    Ministry of Japan", "Press release from the Government of Chile")."""
    if not lines or len(lines[0]) > TITLE_TOKENS or lines[0][-1].text in (".", "?", "!"):
        return None
    title = lines[0]
    for token in title:
        if token.lemma_.lower() not in ISSUED_NOUNS:
            continue
        for prep in (c for c in token.children if c.lower_ in ("by", "of", "from")):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                hits = _actors(pobj, args)
                if hits:
                    words = " ".join(t.text for t in title)
                    return hits, f"the issuing body of the statement ('{words}')"
    return None


def _actors(token: Token, args: Arguments) -> list[ActorHit]:
    return [h for h in args.expand(token).hits if not h.thing]


def _issuer(sent: Span, args: Arguments, lexicon: Lexicon) -> tuple[list[ActorHit], str] | None:
    """The actor whose statement the document's first sentence makes, or None."""
    root = sent.root
    lemma = root.lemma_.lower()
    if not _present(root) or lemma in NEWS_SPEECH:
        return None
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not _statement(root, lexicon):
        return None
    hits = _actors(subject, args)
    if not hits:
        return None
    words = sent.doc[subject.left_edge.i : root.i + 1].text
    return hits, f"the issuing body of the statement ('{words} ...')"


def _statement(root: Token, lexicon: Lexicon) -> bool:
    """Whether a main verb makes a statement: a verb of the lexicon's speech acts
    ("condemns", "welcomes", "urges"), a stance in a participle or adjective ("is encouraged
    by", "remains committed to"), or a reporting verb other than news of speech."""
    lemma = root.lemma_.lower()
    if any(e.type in STATEMENT_TYPES for e in lexicon.verbs.get(lemma, ())):
        return True
    if lemma in lexicon.speech_verbs:
        return True
    if root.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in root.children):
        return True  # "are encouraged by", "is saddened by"
    return lemma in STANCE_COPULAS and any(c.dep_ == "acomp" for c in root.children)


def _person(hit: ActorHit) -> bool:
    return (hit.actor.actor_id or "").startswith("person:")
