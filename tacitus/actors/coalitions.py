"""A military coalition named by the word alone: "the Coalition", "Coalition aircraft", "a
coalition airstrike", "coalition forces", "the U.S.-led  coalition" (where spacing breaks the
listed name).

The word names the coalition the document is about, in this order: the one its "X-led" names
("U.S.-led", "Saudi-led"); else the coalition the document names in full ("the US-led
coalition" earlier); else the one its war implies, when only one does: the Islamic State and
its branches for the US-led coalition against them, the Houthis for the Saudi-led coalition
in Yemen. Otherwise the word stays what it was (a government coalition, an opposition
coalition, a coalition of parties are none of these): words that make it a political
coalition ("ruling coalition", "coalition government", "coalition partners") or say what it
is made of ("a coalition of 60 nations") leave it alone. The reason names the rule.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from ..records import Actor
from .dictionary import ActorEntry
from .resolve_types import ActorHit, HitMap

US_LED = "igo:US-LED-COALITION"
SAUDI_LED = "igo:SAUDI-LED-COALITION"
# "U.S.-led", "Saudi-led": the leader's words, as one token or as "X - led"
LEADERS = {
    "u.s.": US_LED, "us": US_LED, "american": US_LED, "america": US_LED, "washington": US_LED,
    "saudi": SAUDI_LED, "riyadh": SAUDI_LED,
}  # fmt: skip
# the war a document is about, by the actors it names
WARS = {
    US_LED: frozenset({"group:ISIS", "group:ISIS-K", "group:AQI"}),
    SAUDI_LED: frozenset({"group:HOUTHIS"}),
}
# words that make a coalition a political one, or another one
POLITICAL = frozenset(
    {"ruling", "governing", "government", "opposition", "electoral", "party", "parties",
     "grand", "partner", "partners", "left", "right", "centre", "center", "conservative",
     "liberal", "progressive", "national", "rebel", "civic", "tribal", "broad", "new"}
)  # fmt: skip
NOMINAL = frozenset({"NOUN", "PROPN"})
# words of the global coalition's own names ("the Global Coalition", "the International
# Coalition"): the coalition the document is about
GLOBAL = frozenset({"global", "international", "multinational", "western", "allied", "led"})
# words that name what a coalition is against ("the anti-ISIL coalition", "the Counter ISIL
# Coalition"): the coalition the document is about, never the group its name holds
AGAINST = ("anti", "counter")

Sector = Callable[[Doc, Token], tuple[str | None, str]]


class Coalitions:
    """Resolves the bare word "coalition" to the coalition a document is about."""

    def __init__(self, entries: dict[str, ActorEntry], agent_sector: Sector) -> None:
        self.entries = {k: entries[k] for k in (US_LED, SAUDI_LED) if k in entries}
        self.agent_sector = agent_sector

    def apply(self, doc: Doc, hits: HitMap) -> None:
        words = [t for t in doc if t.lemma_.lower() == "coalition" and t.pos_ in NOMINAL]
        if not words or not self.entries:
            return
        named = {h.actor.actor_id for hs in hits.values() for h in hs if h.actor.actor_id}
        context = self._context(named)
        for token in words:
            if _political(token) or _own_name(token):
                continue
            covering = [h for hs in hits.values() for h in hs if h.start <= token.i < h.end]
            if any((h.actor.actor_id or "").startswith("igo:") for h in covering):
                continue  # a listed name ("the US-led coalition")
            for inner in _opposed(token, hits):  # "the Counter ISIL Coalition": not ISIL
                hits.pop(inner.anchor, None)
            chosen = self._leader(token)
            if chosen is None and context is not None:
                chosen = context
            elif chosen is None:
                continue
            entry_id, why = chosen
            self._give(doc, token, self.entries[entry_id], why, covering, hits)

    def _context(self, named: set[str]) -> tuple[str, str] | None:
        """The coalition a document names, else the one its war implies (only one)."""
        listed = [k for k in self.entries if k in named]
        if len(listed) == 1:
            return listed[0], f"the coalition the document names ({self.entries[listed[0]].name})"
        wars = [k for k in self.entries if WARS.get(k, frozenset()) & named]
        if len(listed) == 0 and len(wars) == 1:
            against = sorted(WARS[wars[0]] & named)[0]
            return wars[0], f"the document's war ({against} named): {self.entries[wars[0]].name}"
        return None

    def _leader(self, token: Token) -> tuple[str, str] | None:
        """ "the U.S.-led coalition" whose listed name spacing broke: its leader's."""
        for child in token.lefts:
            words = []
            if child.lower_.endswith("-led"):
                words = [child.lower_[: -len("-led")]]
            elif child.lower_ == "led":
                words = [c.lower_ for c in child.lefts if c.dep_ == "npadvmod"]
            for word in words:
                found = LEADERS.get(word)
                if found in self.entries:
                    return found, f"'{child.text}': led by {word}"
        return None

    def _give(
        self,
        doc: Doc,
        token: Token,
        entry: ActorEntry,
        why: str,
        covering: list[ActorHit],
        hits: HitMap,
    ) -> None:
        head = token.head if token.dep_ in ("compound", "amod", "nmod") else token
        anchor = head if head.pos_ in NOMINAL and head.i > token.i else token
        sector, agent_why = self.agent_sector(doc, anchor) if anchor is not token else (None, "")
        start = min([token.i, *(h.start for h in covering)])
        start = min([start, *(c.i for c in token.lefts if c.dep_ == "det")])
        reason = f"'{token.text}' → {entry.name}: {why}"
        if sector:
            reason += f"; {agent_why}"
        actor = Actor(
            text=doc[start : anchor.i + 1].text,
            name=entry.name,
            actor_id=entry.id,
            country=entry.country,
            sector=sector or entry.sector,
            wikidata=entry.wikidata,
            reason=reason,
        )
        for hit in covering:  # "the U.S.-led coalition" as the United States: replaced
            if hit.anchor in (token.i, anchor.i):
                hits.pop(hit.anchor, None)
        hits[anchor.i] = [ActorHit(anchor.i, start, anchor.i + 1, actor, named=True)]


def _own_name(token: Token) -> bool:
    """ "the Syrian Arab Coalition", "the Iraqi National Coalition": a capitalised name of
    a coalition of its own, opened by other capitalised words than a leader's ("the U.S.
    Coalition") or the global coalition's ("the Global Coalition")."""
    if not token.text[:1].isupper():
        return False
    if any(c.lower_.startswith(AGAINST) for c in token.lefts):  # "the Counter ISIL Coalition"
        return False
    for child in token.lefts:
        if child.dep_ not in ("compound", "amod") or not child.text[:1].isupper():
            continue
        word = child.lower_.removesuffix("-led")
        if word not in LEADERS and word not in GLOBAL and not word.startswith(AGAINST):
            return True
    return False


def _opposed(token: Token, hits: HitMap) -> list[ActorHit]:
    """The actors a coalition's name says it is against, within the name: "the Counter ISIL
    Coalition", "the Counter-Daesh Coalition", "the anti-ISIL coalition" (not the coalition)."""
    lefts = [c for c in token.lefts if c.dep_ in ("compound", "amod", "nmod")]
    words = [t for c in lefts for t in c.subtree]
    if not any(t.lower_.startswith(AGAINST) for t in words):
        return []
    start = min(t.i for t in words)
    return [h for hs in hits.values() for h in hs if start <= h.start and h.end <= token.i]


def _political(token: Token) -> bool:
    """ "the ruling coalition", "coalition government", "a coalition of parties"."""
    near = [c.lower_ for c in token.children if c.dep_ in ("amod", "compound", "nmod")]
    if token.dep_ == "compound":
        near.append(token.head.lower_)
    if any(w in POLITICAL for w in near):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
