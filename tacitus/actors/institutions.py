"""A state's institutions as actors of their own: ministries, legislatures, courts, agencies.

Named ones are dictionary entries (``org:USA-FBI``, ``org:GBR-HOME-OFFICE``); the others are
found by their words with the country the text gives them ("Iraq's interior ministry", "the
Iraqi parliament", "the parliament of Iraq" → ``org:IRQ-MOI``, ``org:IRQ-PARLIAMENT``). A
name several states' institutions bear ("the Senate", "Parliament", "Labour") is decided by a
country written on it ("the French Senate"), else by the state the document's other sentences
name most (the states of its own sentence are most often its other sides: "the Senate
condemned Mexico"), else by its default reading ("the Senate" of American news).
docs/actors.md has the rules.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from spacy.tokens import Doc, Token

from ..records import Actor
from .dictionary import ActorDictionary, ActorEntry, Institution, SharedName
from .resolve_types import ActorHit, HitMap

# an institution's words around its head: "the interior ministry", "Ministry of the Interior"
SPAN_BEFORE, SPAN_AFTER = 3, 4


class Institutions:
    """Gives institution mentions their own actor (id, name, sector) once their country is
    known; built once per resolver."""

    def __init__(self, dictionary: ActorDictionary, states: Iterable[str]) -> None:
        self.dictionary = dictionary
        self.states = frozenset(states)
        self.names = {
            e.country: e.name for k, e in dictionary.entries.items() if k.startswith("country:")
        }
        self._lasts = frozenset(w for words in dictionary.institutions for w in words)
        self._longest = max((len(w) for w in dictionary.institutions), default=1)

    def at(self, doc: Doc, token: Token) -> Institution | None:
        """The institution kind whose words hold ``token`` as their head ("interior
        ministry", "ministry of the interior", "parliament")."""
        if token.lemma_.lower() not in self._lasts:
            return None
        table = self.dictionary.institutions
        best: tuple[int, Institution] | None = None
        lo, hi = max(0, token.i - SPAN_BEFORE), min(len(doc), token.i + SPAN_AFTER + 1)
        for start in range(lo, token.i + 1):
            for end in range(token.i + 1, hi + 1):
                if end - start > self._longest:
                    break
                found = table.get(tuple(t.lemma_.lower() for t in doc[start:end]))
                if found is None:
                    found = table.get(tuple(t.lower_ for t in doc[start:end]))
                if found is not None and (best is None or end - start > best[0]):
                    best = (end - start, found)
        return best[1] if best else None

    def apply(self, doc: Doc, hits: HitMap, shared: list[tuple[ActorHit, SharedName]]) -> None:
        """Institution ids for hits of a state with an institution's words, and a reading for
        each shared name."""
        shared_ids = {id(hit) for hit, _ in shared}
        for anchor_hits in hits.values():
            for hit in anchor_hits:
                if id(hit) not in shared_ids:
                    self._generic(doc, hit)
        total, by_sentence = self._support(doc, hits, shared_ids)
        for hit, name in shared:  # the other states of its own sentence are its other sides
            self._shared(hit, name, total - by_sentence[doc[hit.anchor].sent.start])

    def _generic(self, doc: Doc, hit: ActorHit) -> None:
        actor = hit.actor
        if actor.country not in self.states or (actor.actor_id or "country:")[:8] != "country:":
            return  # named actors keep their own id; only a state's (or none) becomes one
        if hit.locative or hit.body or doc[hit.anchor].ent_type_ == "PERSON":
            return
        institution = self.at(doc, doc[hit.anchor])
        if institution is not None:
            actor.reason += "; " + self._become(
                actor, actor.country or "", institution.kind, institution
            )

    def _support(
        self, doc: Doc, hits: HitMap, shared_ids: set[int]
    ) -> tuple[Counter[str], defaultdict[int, Counter[str]]]:
        """How often the document names each state (shared names aside), in all and by
        sentence."""
        total: Counter[str] = Counter()
        by_sentence: defaultdict[int, Counter[str]] = defaultdict(Counter)
        for anchor_i, anchor_hits in hits.items():
            for hit in anchor_hits:
                if id(hit) not in shared_ids and hit.actor.country in self.states:
                    total[hit.actor.country or ""] += 1
                    by_sentence[doc[anchor_i].sent.start][hit.actor.country or ""] += 1
        return total, by_sentence

    def _shared(self, hit: ActorHit, name: SharedName, support: Counter[str]) -> None:
        actor = hit.actor
        if actor.country:  # "the French Senate", "the Senate in Paris"
            state = self.names.get(actor.country, actor.country)
            if self._candidate(name, actor.country):
                self._take(actor, name, actor.country, f"its country written in the text ({state})")
            else:  # "the Iraqi National Congress" is no parliament's, but Iraq's
                actor.actor_id, actor.name = None, name.text
                actor.reason += f": {state}, written in the text, has no such body of that name"
            return
        ranked = [(n, c) for c, n in support.most_common() if self._candidate(name, c)]
        tied = [c for n, c in ranked if n == ranked[0][0]] if ranked else []
        if len(tied) == 1 or (tied and name.default in tied):
            country = tied[0] if len(tied) == 1 else name.default or ""
            n = support[country]
            why = f"the document's state ({self.names.get(country, country)}, named {n}×)"
            self._take(actor, name, country, why)
        elif name.default and not ranked:
            self._take(
                actor, name, name.default, "its usual reading (no other sentence names a state)"
            )
        else:
            actor.actor_id, actor.name = None, name.text
            actor.reason += ": no state of the document decides"

    def _candidate(self, name: SharedName, country: str) -> bool:
        if country in name.entries:
            return True
        if name.kind is None:
            return False
        return name.states is None or country in name.states

    def _take(self, actor: Actor, name: SharedName, country: str, why: str) -> None:
        entry = name.entries.get(country)
        if entry is None and name.kind:
            self._become(actor, country, name.kind, self.dictionary.kinds.get(name.kind))
        elif entry is not None:
            _set(actor, entry.id, entry.name, entry.country, entry.sector or actor.sector)
            actor.wikidata = entry.wikidata
        actor.reason += f" → {actor.name}: {why}"

    def _become(
        self, actor: Actor, country: str, kind: str, institution: Institution | None
    ) -> str:
        """Make ``actor`` the institution of that kind of ``country``; the reason's words."""
        entry: ActorEntry | None = self.dictionary.by_kind.get((country, kind))
        if entry is not None:
            _set(actor, entry.id, entry.name, country, entry.sector or actor.sector)
            actor.wikidata = entry.wikidata
            return f"institution of {country}: {entry.name} ({entry.origin})"
        label = institution.name if institution else kind
        name = f"{label} of {self.names.get(country, country)}"
        sector = (institution.sector if institution else None) or actor.sector
        _set(actor, f"org:{country}-{kind}", name, country, sector)
        actor.wikidata = None
        return f"institution '{label}' of {country}"


def _set(actor: Actor, actor_id: str, name: str, country: str | None, sector: str | None) -> None:
    actor.actor_id, actor.name, actor.country, actor.sector = actor_id, name, country, sector
