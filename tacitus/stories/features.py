"""What a document is compared on: words, headline words, actors and events, by kind.

Story grouping weighs four kinds of terms, each its own vector (Miranda et al., EMNLP 2018,
compare news by TF-IDF sub-vectors of the body, the title and the entities, plus time):

    words     content words of the headline and the lead (:mod:`.text`)
    title     content words of the headline alone, written ``^word``
    entities  the actors the pipeline found, one term per mention, written ``@key``: a person,
              group, organisation or country by its id (``@person:keir-starmer``), a named
              actor no dictionary lists by its name key (``@name:whitaker-family-foundation``),
              a state's agents by their state (``@country:IRQ`` for "Iraqi officers")
    events    the pipeline's events, one term per record, written ``!TYPE|source|target``
              with each side as the state it speaks for (:func:`tacitus.stories.merge.identity`:
              "Iraqi military officials" and Baghdad are both ``country:IRQ``), the pair sorted
              when the event is reciprocal, ``?`` for a side the coder did not find

All kinds share one vocabulary (so one inverted index and one set of document frequencies);
the prefix says the kind. Entities and events are known for documents the pipeline analysed;
a document or story without any (``Store.write`` of bare documents) is compared on words,
headline and dates alone (:mod:`.decision`'s ``text`` weights).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from .merge import identity

WORD, TITLE, ENTITY, EVENT = 0, 1, 2, 3
KINDS = (WORD, TITLE, ENTITY, EVENT)
KIND_NAMES = ("words", "title", "entities", "events")
_PREFIX = {"^": TITLE, "@": ENTITY, "!": EVENT}


def kind_of(term: str) -> int:
    return _PREFIX.get(term[:1], WORD)


def entity_term(key: str | None, actor_id: str | None = None,
                country: str | None = None) -> str | None:  # fmt: skip
    """The entity term of one actor mention; None for words that resolved to nobody
    ("five civilians", "residents": they say nothing about which story it is)."""
    if actor_id:
        return f"@{actor_id}"
    if key and key.startswith("name:"):
        return f"@{key}"
    if country:  # an agent: "Iraqi officers" speak for Iraq
        return f"@country:{country}"
    return None


def _side(row: Mapping[str, Any], role: str) -> str:
    found = identity(row, role)
    return found if ":" in found else "?"  # bare words ("artillery") resolved to nobody


def event_term(row: Mapping[str, Any]) -> str | None:
    """The event term of one event record (a row with source_*/target_* columns); None when
    neither side resolved to an actor."""
    source, target = _side(row, "source"), _side(row, "target")
    if source == target == "?":
        return None
    if row.get("reciprocal"):
        source, target = sorted((source, target))
    negated = "not " if row.get("negated") else ""
    return f"!{negated}{row['event_type']}|{source}|{target}"


def entity_terms(rows: Iterable[Mapping[str, Any]]) -> tuple[str, ...]:
    """Entity terms of actor-mention rows (``actor_key``, ``actor_actor_id``, ...)."""
    found = (
        entity_term(r["actor_key"], r.get("actor_actor_id"), r.get("actor_country")) for r in rows
    )
    return tuple(t for t in found if t)


def _readable(key: str) -> str:
    """``person:narendra-modi`` → Narendra Modi, ``country:IND`` → IND."""
    namespace, _, rest = key.partition(":")
    if namespace in ("person", "name") and rest:
        return rest.replace("-", " ").title()
    return rest or key


def label(term: str, names: Mapping[str, str] | None = None) -> str:
    """A term as a reader reads it: ``@country:RUS`` → Russia (when named), ``^talks`` →
    talks, ``!ASSAULT|country:RUS|country:UKR`` → RUS → ASSAULT → UKR."""
    names = names or {}
    kind = kind_of(term)
    if kind == WORD:
        return term
    body = term[1:]
    if kind == ENTITY:
        return names.get(body) or _readable(body)
    if kind == EVENT:
        kind_name, source, target = body.split("|")
        short = [names.get(s) or _readable(s) for s in (source, target)]
        return f"{short[0]} → {kind_name} → {short[1]}"
    return body


def _actor(actor: Any, role: str) -> dict[str, Any]:
    if actor is None:
        return {f"{role}_{f}": None for f in ("key", "actor_id", "country", "sector")}
    return {f"{role}_key": actor.key, f"{role}_actor_id": actor.actor_id,
            f"{role}_country": actor.country, f"{role}_sector": actor.sector}  # fmt: skip


def of_result(result: Any) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Entity and event terms of a :class:`~tacitus.records.DocumentResult` (what the store's
    mentions and events tables give for it: the same rows, the same terms)."""
    entities = entity_terms(_actor(m.actor, "actor") for m in result.mentions)
    found = (
        event_term({**_actor(e.source, "source"), **_actor(e.target, "target"),
                    "event_type": e.event_type, "reciprocal": e.reciprocal,
                    "negated": e.negated})
        for e in result.events
    )  # fmt: skip
    return entities, tuple(t for t in found if t)
