"""Short names a document defines: "al-Qaeda in Iraq (AQI)", "the Office of Foreign Assets
Control (OFAC)", and initials of a name it gave earlier ("the Syrian Arab Coalition" ... "the
SAC"). The short name is the same actor as its long form for the rest of the document: its
identity, country and sector, with a reason that says where it was defined.

A definition is a long form followed by its short form in brackets, the short form's letters
found in order in the long form, its first letter opening the long form's first word (the
abbreviation rule of Schwartz and Hearst, 2003), the long form at most ``len(short) + 5``
words and never across a comma. A short form written without a definition counts only when
its letters are exactly the initials of the capitalised words of a name given earlier in the
document ("SAC" after "the Syrian Arab Coalition"; "of", "and", "the", "al" are skipped).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from ..records import Actor
from .resolve_types import ActorHit, HitMap

# a short form: 2-8 characters, upper-case letters (digits and a lower-case letter inside
# allowed: "AQIM", "ISIS-K", "M23", "DoD"), starting with an upper-case letter
SHORT = re.compile(r"[A-Z][A-Za-z0-9&\-]{1,7}\Z")
# words a name's initials leave out ("State Board of Antiquities and Heritage": SBAH)
SMALL_WORDS = frozenset({"of", "and", "the", "for", "in", "on", "de", "du", "des", "al", "&"})
EXTRA_WORDS = 5  # a long form has at most len(short) + 5 words


@dataclass(frozen=True, slots=True)
class Definition:
    short: str
    long: Span  # the long form's tokens, without a leading article
    how: str  # "defined as", "initials of"


Describe = Callable[[Span], Actor | None]


def _upper_count(text: str) -> int:
    return sum(c.isupper() for c in text)


def is_short_form(text: str) -> bool:
    """Whether ``text`` reads as an abbreviation ("AQI", "OFAC", "DoD"), not a word."""
    return bool(SHORT.match(text)) and _upper_count(text) >= max(2, len(text) // 2)


def _letters(text: str) -> str:
    return "".join(c.lower() for c in text if c.isalnum())


def _long_start(short: str, words: list[Token]) -> int | None:
    """The index in ``words`` where the long form of ``short`` begins (the words end where
    the short form's brackets open), or None: each letter of the short form found in order,
    from the end, its first letter opening a word (or a part of a hyphenated word:
    "al-Qaeda in Iraq" for "AQI"); the nearest such word that is not a small word ("Office
    of Foreign Assets Control", not "of Foreign Assets Control", for "OFAC")."""
    letters = _letters(short)
    text = ""
    starts: list[int] = []  # character offset in ``text`` where each word begins
    for token in words:
        starts.append(len(text))
        text += token.text.lower() + " "
    pos = len(text) - 1
    for c in reversed(letters[1:]):
        pos = text.rfind(c, 0, pos + 1)
        if pos < 0:
            return None
        pos -= 1
    fallback = None
    for first in range(pos, -1, -1):
        if text[first] != letters[0] or (first > 0 and text[first - 1].isalnum()):
            continue
        index = max(i for i, s in enumerate(starts) if s <= first)
        if words[index].lower_ not in SMALL_WORDS:
            return index
        fallback = index if fallback is None else fallback
    return fallback


def _bracketed(doc: Doc, i: int) -> str | None:
    """The short form in brackets at token ``i`` ("(" ABC ")"), if any."""
    if doc[i].text != "(" or i + 2 >= len(doc):
        return None
    inner, close = doc[i + 1], doc[i + 2]
    if close.text != ")" or not is_short_form(inner.text):
        return None
    return str(inner.text)


def definitions(doc: Doc) -> dict[str, Definition]:
    """The short forms the document defines in brackets, first definition first."""
    found: dict[str, Definition] = {}
    for i, token in enumerate(doc):
        short = _bracketed(doc, i)
        if short is None or short in found:
            continue
        sent_start = token.sent.start
        words: list[Token] = []
        for j in range(i - 1, sent_start - 1, -1):
            if doc[j].text in (",", ";", ":", "(", ")", "\u2013", "\u2014") or doc[j].is_space:
                break
            words.insert(0, doc[j])
            if len(words) >= len(_letters(short)) + EXTRA_WORDS:
                break
        if not words:
            continue
        start = _long_start(short, words)
        if start is None:
            continue
        long = doc[words[start].i : words[-1].i + 1]
        while len(long) > 1 and long[0].lower_ in ("the", "a", "an"):
            long = long[1:]
        if _initial_fits(short, long):
            found[short] = Definition(short, long, "defined as")
    return found


def _initial_fits(short: str, long: Span) -> bool:
    """The first letter of the short form opens the long form (a hyphenated first word's
    part counts: "al-Qaeda" for "AQI"), and the long form is a name: capitalised."""
    first = _letters(short)[:1]
    opening = long[0].text.lower()
    if not opening.startswith(first) and not any(
        p.startswith(first) for p in re.split(r"[-\s]", opening)
    ):
        return False
    return any(t.text[:1].isupper() for t in long)


def initials(words: list[Token]) -> str:
    """The initials of a name's capitalised words ("Syrian Arab Coalition" -> "sac")."""
    out = []
    for token in words:
        for part in re.split(r"[-\s]+", token.text):
            if part and part.lower() not in SMALL_WORDS and part[0].isalpha():
                if not part[0].isupper():
                    return ""
                out.append(part[0].lower())
    return "".join(out)


class Acronyms:
    """Gives short forms the actor of their long form, document by document."""

    def __init__(self, describe: Describe) -> None:
        # describe(long) -> the actor a long form names when no hit covers it (an unlisted
        # name: its own country and sector), or None
        self.describe = describe

    def apply(self, doc: Doc, hits: HitMap) -> None:
        defined = definitions(doc)
        named: list[tuple[int, str, Definition]] | None = None
        for token in doc:
            if not is_short_form(token.text):
                continue
            covering = [h for hs in hits.values() for h in hs if h.start <= token.i < h.end]
            definition = defined.get(token.text)
            if definition is None or definition.long.start > token.i:
                if any(h.actor.actor_id for h in covering):
                    continue  # a listed name; only a definition in the text overrides it
                if named is None:
                    named = self._earlier_names(doc, hits)
                definition = self._by_initials(token.text, token.i, named)
            if definition is None:
                continue
            long_hit = self._long_hit(doc, definition, hits)
            if long_hit is None or long_hit.start <= token.i < long_hit.end:
                continue
            if not long_hit.actor.actor_id and any(h.actor.actor_id for h in covering):
                continue  # "ILO" is listed; "International Labor Office" is not: the list wins
            if long_hit.anchor not in hits:  # an unlisted long form: an actor of its own
                hits[long_hit.anchor] = [long_hit]
            self._give(doc, token, definition, long_hit, covering, hits)

    def _earlier_names(self, doc: Doc, hits: HitMap) -> list[tuple[int, str, Definition]]:
        """Names given in the document (named entities and named hits of two words or more),
        as (first token, initials, definition)."""
        found: list[tuple[int, str, Definition]] = []
        spans = [e for e in doc.ents if e.label_ in ("ORG", "NORP", "GPE", "FAC")]
        for anchor_hits in hits.values():
            spans += [doc[h.start : h.end] for h in anchor_hits if h.named]
        for span in spans:
            words = [t for t in span if t.lower_ not in ("the", "a", "an") and not t.is_punct]
            if len(words) < 2:
                continue
            letters = initials(words)
            if len(letters) >= 2:
                long = doc[words[0].i : words[-1].i + 1]
                found.append((span.start, letters, Definition("", long, "initials of")))
        return found

    @staticmethod
    def _by_initials(
        text: str, at: int, named: list[tuple[int, str, Definition]]
    ) -> Definition | None:
        letters = _letters(text)
        for start, initials_, definition in named:
            if start < at and initials_ == letters:
                return replace(definition, short=text)
        return None

    def _long_hit(self, doc: Doc, definition: Definition, hits: HitMap) -> ActorHit | None:
        """The actor the long form names: the hit covering its last word (its head), a
        named one first; else the one ``describe`` gives an unlisted name."""
        long = definition.long
        best: ActorHit | None = None
        for anchor_hits in hits.values():
            for hit in anchor_hits:
                if hit.locative or not (long.start <= hit.anchor < long.end):
                    continue
                if hit.end < long.end and hit.anchor != long.root.i:
                    continue  # "Iraq" in "al-Qaeda in Iraq" is not the long form
                key = (bool(hit.actor.actor_id), hit.end - hit.start)
                if best is None or key > (bool(best.actor.actor_id), best.end - best.start):
                    best = hit
        if best is not None:
            return best
        actor = self.describe(long)
        if actor is None:
            return None
        return ActorHit(long.root.i, long.start, long.end, actor)

    @staticmethod
    def _give(
        doc: Doc,
        token: Token,
        definition: Definition,
        source: ActorHit,
        covering: list[ActorHit],
        hits: HitMap,
    ) -> None:
        """The short form's actor is its long form's: a hit of its own, or, where the short
        form modifies an agent ("AQI fighters"), that hit's identity and country."""
        actor = source.actor
        why = f"short form '{token.text}' {definition.how} '{definition.long.text}'"
        if any(h.actor.actor_id == actor.actor_id and actor.actor_id for h in covering):
            return
        # an unlisted name modifying an agent ("AQI fighters"); a listed actor the short
        # form only modifies ("the KRG's peshmerga") stays itself
        agents = [h for h in covering if h.anchor != token.i and not h.actor.actor_id]
        if any(h.anchor != token.i and h.actor.actor_id for h in covering):
            return
        for hit in agents:  # the agent's people are not the organisation's name
            hit.actor.actor_id = actor.actor_id
            hit.actor.name = actor.name if actor.actor_id else None
            hit.actor.country, hit.actor.wikidata = actor.country, actor.wikidata
            hit.actor.sector = hit.actor.sector or actor.sector
            hit.actor.reason = f"{why}: {actor.reason}; {hit.actor.reason}"
        if agents and token.i not in hits:
            return
        start, end = token.i, token.i + 1
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        copy = Actor(
            text=doc[start:end].text,
            name=actor.name or definition.long.text,
            actor_id=actor.actor_id,
            country=actor.country,
            sector=actor.sector,
            wikidata=actor.wikidata,
            reason=f"{why}: {actor.reason}",
            office=actor.office,
        )
        hits[token.i] = [ActorHit(token.i, start, end, copy, named=True)]
