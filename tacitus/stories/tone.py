"""Tone and loaded language of a text, from the lexicon in ``tacitus/data/tone/lexicon.yaml``.

``measure(text)`` counts words, positive and negative words (tone = 100 × (positive −
negative) / words, as GDELT computes it) and loaded language: insults, dehumanising labels,
pejorative labels (single words and phrases) and sneer quotes (a quoted span of one to three
words right after a determiner or possessive: ``the "evidence"``). Each loaded find keeps a
short context as an example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import yaml

from ..errors import DataError
from .text import stem, words

_SNEER = re.compile(
    r"\b(the|a|an|its|their|his|her|our|this|these|those|so-called|alleged|supposed)\s+"
    r"[\"“‘']([^\"”’'\n]{1,40})[\"”’']",
    re.IGNORECASE,
)
MAX_EXAMPLES = 3  # per document
CONTEXT = 60  # characters either side of an example


@dataclass(frozen=True)
class Lexicon:
    positive: frozenset[str]
    negative: frozenset[str]
    loaded: dict[str, str]  # single word → kind
    phrases: dict[tuple[str, ...], str]  # words → kind
    starts: dict[str, list[tuple[str, ...]]]  # first word → phrases


@dataclass
class Measure:
    """Counts for one text."""

    words: int = 0
    positive: int = 0
    negative: int = 0
    loaded: int = 0
    examples: list[dict[str, str | int]] = field(default_factory=list)

    @property
    def tone(self) -> float:
        return 100.0 * (self.positive - self.negative) / self.words if self.words else 0.0


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon (loaded once)."""
    source = resources.files("tacitus").joinpath("data/tone/lexicon.yaml")
    try:
        data: Any = yaml.safe_load(source.read_text(encoding="utf-8"))
        loaded: dict[str, str] = {}
        phrases: dict[tuple[str, ...], str] = {}
        for kind, entries in data["loaded"].items():
            for entry in entries:
                parts = tuple(stem(w) for w in words(entry.replace("-", " ")))
                if "-" in entry or len(parts) > 1:
                    phrases[parts] = kind
                else:
                    loaded[parts[0]] = kind
        starts: dict[str, list[tuple[str, ...]]] = {}
        for parts in phrases:
            starts.setdefault(parts[0], []).append(parts)
        return Lexicon(
            positive=frozenset(stem(w) for w in data["positive"]),
            negative=frozenset(stem(w) for w in data["negative"]),
            loaded=loaded,
            phrases=phrases,
            starts=starts,
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError, IndexError) as exc:
        raise DataError(f"tone lexicon {source}: malformed ({exc})") from exc


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    return stem(word)


def _context(text: str, start: int, end: int) -> str:
    left = text[max(0, start - CONTEXT) : start].split("\n")[-1]
    right = text[end : end + CONTEXT].split("\n")[0]
    return f"…{left}{text[start:end]}{right}…"


def measure(text: str) -> Measure:
    """Word, tone and loaded-language counts of ``text``."""
    lex = lexicon()
    tokens = [_stem(w) for w in words(text.replace("-", " "))]
    found = Measure(words=len(tokens))
    found.positive = sum(1 for t in tokens if t in lex.positive)
    found.negative = sum(1 for t in tokens if t in lex.negative)
    hits: list[tuple[str, str]] = [(lex.loaded[t], t) for t in tokens if t in lex.loaded]
    for i, token in enumerate(tokens):
        for parts in lex.starts.get(token, ()):
            if tuple(tokens[i : i + len(parts)]) == parts:
                hits.append((lex.phrases[parts], " ".join(parts)))
    lowered = text.lower()
    for kind, term in hits:
        found.loaded += 1
        if len(found.examples) < MAX_EXAMPLES:
            at = _find_word(lowered, term)
            if at is not None:
                ctx = _context(text, at[0], at[1])
                found.examples.append({"kind": kind, "text": text[at[0] : at[1]], "context": ctx,
                                       "start": at[0]})  # fmt: skip
    for match in _SNEER.finditer(text):
        if len(match.group(2).split()) > 3:
            continue
        found.loaded += 1
        if len(found.examples) < MAX_EXAMPLES:
            start, end = match.span(0)
            found.examples.append(
                {
                    "kind": "sneer quote",
                    "text": match.group(0),
                    "context": _context(text, start, end),
                    "start": start,
                }
            )
    return found


def _find_word(lowered: str, term: str) -> tuple[int, int] | None:
    """Where a (stemmed) term first occurs as the start of a word or phrase."""
    pattern = r"\b" + r"[\s-]+".join(re.escape(p) for p in term.split()) + r"\w*"
    match = re.search(pattern, lowered)
    return match.span() if match else None
