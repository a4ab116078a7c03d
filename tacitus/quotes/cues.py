"""Reporting words: the verbs that introduce a statement ("said", "warned", "pointed out").

The trigger lexicon's ``speech_verbs`` (data/events/triggers.yaml) are the base list, so a
user who extends them extends the quote finder too; :data:`STATEMENT_VERBS` adds the verbs
that report a statement but are not speech verbs of the event coder (some of them are event
triggers of their own: "warned that ...", "denied that ..."), and the verbs that frame a
quoted judgement (``called the flights "a dangerous provocation"``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..events.lexicon import Lexicon

STATEMENT_VERBS = frozenset(
    {
        "warn", "deny", "admit", "concede", "complain", "allege", "assure", "vow", "pledge",
        "promise", "boast", "charge", "urge", "demand", "insist", "conclude", "underline",
        "underscore", "highlight", "lament", "counter", "retort", "acknowledge", "agree",
        "caution", "threaten", "recount", "concur", "inform", "contend", "ask", "call", "label",
        "brand", "dub", "term",
    }
)  # fmt: skip


@dataclass(frozen=True)
class Cues:
    """Reporting verbs by lemma; phrasal ones ("point out") by lemma and particle."""

    verbs: frozenset[str]
    phrasal: tuple[tuple[str, str], ...] = ()

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> Cues:
        words = lexicon.speech_verbs | STATEMENT_VERBS
        phrasal = tuple(sorted((v, p) for v, _, p in (w.partition(" ") for w in words if " " in w)))
        return cls(frozenset(w for w in words if " " not in w), phrasal)

    def match(self, token: Token) -> str | None:
        """The cue's words when ``token`` is a reporting verb ("said", "pointed out").

        A noun counts only with a subject of its own (the tagger reads "as RT reports" so)."""
        if token.pos_ not in ("VERB", "AUX") and not (
            token.pos_ == "NOUN" and any(c.dep_ == "nsubj" for c in token.children)
        ):
            return None
        lemma = token.lemma_.lower()
        if lemma in self.verbs:
            return str(token.text)
        for verb, particle in self.phrasal:
            if lemma == verb:
                for child in token.children:
                    if child.dep_ == "prt" and child.lower_ == particle:
                        return f"{token.text} {child.text}"
        return None
