"""Victims a harm leaves behind: "..., leaving five soldiers dead" (issue 13).

A participle of leaving whose object is followed by a word of casualty tells what an act
did to people: the object is the act's victims, and the leaving is no withdrawal. The
parser hangs the casualty word on "leaving" (an object predicate), as a clause of its own,
or on the main verb; the word right after the object is read, whatever its arc.
"""

from __future__ import annotations

from spacy.tokens import Token

# the state a harm leaves its victims in ("leaving five dead", "left many homeless")
CASUALTY_WORDS = frozenset(
    {"dead", "wounded", "injured", "hurt", "homeless", "killed", "maimed", "missing"}
)


def left_harmed(verb: Token) -> Token | None:
    """The victims of "leaving N dead / wounded / injured" (``verb`` is the form of
    "leave"): its object, when a casualty word follows it; else None."""
    if verb.lemma_.lower() != "leave":
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:  # "leaving 20 farmers injured": a clause with its own subject
        for clause in verb.children:
            if clause.dep_ in ("ccomp", "xcomp", "oprd") and clause.lower_ in CASUALTY_WORDS:
                return next((c for c in clause.children if c.dep_ == "nsubj"), None)
        return None
    after = max(t.i for t in obj.subtree) + 1
    if after >= len(verb.doc) or verb.doc[after].lower_ not in CASUALTY_WORDS:
        return None
    return obj
