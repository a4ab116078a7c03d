"""Sentences that say someone came across a border (issues 11/13).

The place of a clause tells whose its unnamed agents are ("gunmen killed five villagers in
Peshawar": Pakistan's) only when the act is domestic. A sentence that says its doers came
from across a border ("gunmen who crossed into Kenya", "rebels from across the border",
"militants who crossed the border", "fighters infiltrated from the north", "a cross-border
raid") names a place the doers are not from: their country is not the place's. Foreign
nationalities and "foreign fighters" are marked on the mention itself (``FOREIGN_WORDS`` in
``resolve.py``).
"""

from __future__ import annotations

from spacy.tokens import Span

# verbs of going over a border: "crossed into Kenya", "crossed the border", "infiltrated"
CROSSING_VERBS = frozenset({"cross", "infiltrate", "intrude"})
INFILTRATION_NOUNS = frozenset({"incursion", "infiltration", "infiltrator"})
BORDER_WORDS = frozenset({"border", "frontier", "boundary", "into", "over"})


def crosses_border(sent: Span) -> bool:
    """Whether the sentence says someone came across a border: a crossing verb with "into",
    "over" or a border (within three words after it), "infiltrate", an incursion, "across
    the border/frontier" or "cross-border"."""
    tokens = list(sent)
    for i, token in enumerate(tokens):
        lemma = token.lemma_.lower()
        if lemma in INFILTRATION_NOUNS or lemma in ("infiltrate", "intrude"):
            return True
        following = {t.lower_ for t in tokens[i + 1 : i + 4]}
        if lemma in CROSSING_VERBS and following & BORDER_WORDS:
            return True  # "crossed into Kenya", "crossed the border", "crossed over"
        if token.lower_ == "across" and following & {"border", "frontier", "boundary"}:
            return True  # "from across the border"
        if token.lower_ == "cross" and following & {"border"}:
            return True  # "cross-border", tokenised "cross - border"
    return False
