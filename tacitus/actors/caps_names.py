"""Names written in capitals ("SPEAKER NANCY PELOSI:", "Statement by JOHN KERRY"): the entity
recogniser often takes them for organisations or facilities, cuts them ("NANCY" alone) or
misses them.

A run of capitalised words whose last two or three words begin with a known first name
(``first_names.yaml``) is made a PERSON entity: the words before it are titles or labels
("SPEAKER", "SECRETARY"); no stop word or institution word is in the name, and the run ends
with it (a headline in capitals that goes on is no name). The person's name is its
title-case form ("Nancy Pelosi"), so that one person has one key however the text writes
them. One regular expression over the text finds the runs (no pass over every token).
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from .identity import ARABIC_ARTICLES, is_first_name

# a maximal run of words in capitals
_RUN = re.compile(r"(?<![\w'’-])[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)+(?![\w'’-])")
NAME_WORDS = (2, 3)
# words of an institution's name in capitals ("JORDAN PRESS AGENCY"): no person's
INSTITUTION_WORDS = frozenset(
    {"press", "agency", "news", "party", "army", "council", "ministry", "bank", "university",
     "company", "group", "times", "post", "radio", "television", "tv", "forces", "front",
     "union", "institute", "foundation", "committee", "department", "office", "house"}
)  # fmt: skip


def title_case(text: str) -> str:
    """ "NANCY PELOSI" → "Nancy Pelosi", "HAIDER AL-ABADI" → "Haider al-Abadi"; text not in
    capitals as it is."""
    if not text.isupper():
        return text
    words = []
    for word in text.title().split(" "):
        head, _, rest = word.partition("-")
        if rest and head.lower() in ARABIC_ARTICLES:
            word = f"{head.lower()}-{rest}"
        words.append(word)
    return " ".join(words)


def _name_in(words: list[str]) -> int | None:
    """Where the name begins in a run of words in capitals, if the run ends with one."""
    for k in range(max(0, len(words) - NAME_WORDS[1]), len(words) - NAME_WORDS[0] + 1):
        name = [w.lower() for w in words[k:]]
        if any(w in STOP_WORDS or w in INSTITUTION_WORDS for w in name):
            continue
        if is_first_name(words[k]):
            return k
    return None


def caps_people(doc: Doc) -> None:
    """Make names in capitals PERSON entities (in place)."""
    people: list[Span] = []
    for run in _RUN.finditer(doc.text):
        words = run.group().split(" ")
        k = _name_in(words)
        if k is None:
            continue
        start = run.start() + sum(len(w) + 1 for w in words[:k])
        span = doc.char_span(start, run.end(), label="PERSON", alignment_mode="expand")
        if span is not None:
            people.append(span)
    if not people:
        return
    kept = [e for e in doc.ents if not any(e.start < p.end and p.start < e.end for p in people)]
    doc.ents = sorted(kept + people, key=lambda e: e.start)
