"""Place names in a document: which words are places, how each attaches to the parse, and
what is written beside it (used by :mod:`tacitus.events.location`).

- a place name is a named entity GPE, LOC or FAC, or a proper noun in a place phrase ("near
  Raqqa"), never a person's or an organisation's name (:func:`actor_names`);
- :func:`attachment` says how it hangs on the sentence ("in Raqqa" is *locative*, "Moscow
  said" a *subject*), with a hint from a place noun ("Idlib province");
- :func:`link_qualifiers` and :func:`described` read what qualifies it ("Paris, Texas",
  "Beaufort County, NC", "Tripoli ... the north Lebanese port").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Token

from ..actors.identity import MADE_FROM_NAME
from ..actors.resolve_types import ActorHit
from ..places.context import Reading
from ..places.gazetteer import Candidate, Place
from ..places.names import PlaceNames

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within",
     "along", "off", "over", "beside", "nearby"}
)  # fmt: skip


DESTINATION_PREPS = frozenset({"to", "into", "toward", "towards"})


AGAINST_PREPS = frozenset({"on", "against", "upon"})


# nouns that make a larger place of a name: "Idlib province", "the city of Raqqa"
ADMIN1_NOUNS = frozenset({"province", "governorate", "region", "state", "oblast", "prefecture"})


CITY_NOUNS = frozenset({"city", "town", "village", "capital", "port"})


PLACE_NOUNS = ADMIN1_NOUNS | CITY_NOUNS | frozenset(
    {"outskirts", "outskirt", "suburb", "suburbs", "neighbourhood", "neighborhood", "district",
     "area", "countryside", "centre", "center", "north", "south", "east", "west", "northeast",
     "northwest", "southeast", "southwest", "part", "heart", "street", "streets", "county",
     "border", "territory", "enclave", "municipality", "airport", "edge", "side", "fringe",
     "fringes", "quarter", "bank", "coast", "shore", "gate", "gates", "entrance", "vicinity",
     "environs", "outside"}
)  # fmt: skip


# "eastern Aleppo", "central Kiev": words before a name that are not part of it
DIRECTION_WORDS = frozenset(
    {"northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
     "northeastern", "northwestern", "southeastern", "southwestern", "downtown", "greater",
     "rural", "the"}
)  # fmt: skip


# actors whose names are never places: people, organisations, groups
NOT_PLACE_IDS = ("person:", "org:", "igo:", "group:")


# entity labels that make a proper noun no place ("Jordan" the person, "Chelsea" the club)
NOT_PLACE_LABELS = frozenset({"PERSON", "ORG", "NORP"})


BARE_NAME_MIN_POPULATION = 100_000


@dataclass(slots=True)
class Mention:
    """A place name in the document and how it attaches to the parse."""

    start: int  # token span, end exclusive
    end: int
    reading: Reading  # the name, its candidates and qualifiers
    relation: str = "other"  # locative, destination, against, object, subject, ...
    governor: int = -1  # the token the relation attaches to
    qualifies: bool = False  # it qualifies the name before it ("Paris, Texas")
    place: Place | None = None

    @property
    def namesake_division(self) -> bool:
        """ "Idlib province": a division named after the city the gazetteer knows."""
        return (
            self.reading.hint == "admin1" and self.place is not None and self.place.kind == "city"
        )

    @property
    def precision(self) -> str:
        assert self.place is not None
        return "admin1" if self.namesake_division else self.place.kind


def described(
    doc: Doc, hits: dict[int, list[ActorHit]], mentions: list[Mention], sent_starts: list[int]
) -> None:
    """ "... in Tripoli as shells crashed into the north Lebanese port": a place described in
    its sentence as a city, port or town of a state qualifies the one name of its sentence
    that may be of that state, as "the Lebanese city of Tripoli" does."""
    for anchor, anchor_hits in hits.items():
        token = doc[anchor]
        if token.lemma_.lower() not in CITY_NOUNS or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in token.children
        ):
            continue
        country = next((h.actor.country for h in anchor_hits if h.actor.country), None)
        sentence = bisect_index(sent_starts, anchor)
        fitting = [
            m
            for m in mentions
            if m.reading.sentence == sentence
            and not m.start <= anchor < m.end
            and any(c.place.country == country for c in m.reading.candidates)
        ]
        if country and len(fitting) == 1 and fitting[0].reading.qualifier_country is None:
            fitting[0].reading.qualifier_country = country


def actor_names(doc: Doc, hits: dict[int, list[ActorHit]]) -> set[int]:
    """The tokens of people's and organisations' names: no place, whatever a gazetteer lists
    under them ("Obama" is Obama, Japan; "Tur" an alternate name of Tours). That is a person,
    organisation or group of the dictionaries named by its name (not by a metonym: "talks in
    Brussels" are in Brussels), or a person named with two words or more ("Katy Tur"). A
    one-word name the entity recogniser alone calls a person or an organisation may still
    be a place ("arrested in Hyderabad", tagged ORG)."""
    names: set[int] = set()
    for anchor, anchor_hits in hits.items():
        entity = _entity_at(doc, anchor)
        for hit in anchor_hits:
            actor = hit.actor
            listed = (actor.actor_id or "").startswith(NOT_PLACE_IDS) and not (
                actor.reason.startswith("metonym ") or MADE_FROM_NAME in actor.reason
            )
            person = entity is not None and entity.label_ == "PERSON" and len(entity) > 1
            if listed or person:
                names.update(
                    t.i
                    for t in doc[hit.start : hit.end]
                    if t.i == anchor or t.ent_type_ in ("PERSON", "ORG")
                )
    return names


def _entity_at(doc: Doc, i: int) -> Any:
    """The named entity holding token ``i``, or None."""
    token = doc[i]
    if not token.ent_type_:
        return None
    start = i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def unlabelled_place(token: Token, mention: Mention) -> bool:
    """A proper noun the model did not label as a place is one in a place phrase ("near
    Raqqa", "the city of Homs") or, when the model gave it no other kind of name, the main
    name of a country or of a city of 100,000 people or more."""
    if _in_place_phrase(token):
        return True
    if token.ent_type_ in NOT_PLACE_LABELS:
        return False
    return any(
        not c.alternate
        and (c.place.kind == "country" or c.place.population >= BARE_NAME_MIN_POPULATION)
        for c in mention.reading.candidates
    )


def _in_place_phrase(token: Token) -> bool:
    """A proper noun after a locative preposition or in "the city of X" / "X province"."""
    if token.dep_ == "pobj":
        prep = token.head
        if prep.lower_ in LOCATIVE_PREPS | DESTINATION_PREPS:
            return True
        return prep.lower_ == "of" and prep.head.lemma_.lower() in PLACE_NOUNS
    return token.dep_ == "compound" and token.head.lemma_.lower() in ADMIN1_NOUNS | CITY_NOUNS


def attachment(root: Token) -> tuple[str, int, str | None, int | None]:
    """``(relation, governor index, hint, place noun index)`` of a place name's head token.

    Climbs through the noun phrase that holds the name ("Syria's Idlib province", "the
    outskirts of Aleppo", "Raqqa and Aleppo") to the word that governs it.
    """
    token, hint, holder = root, None, None
    for _ in range(8):
        head, dep = token.head, token.dep_
        if head is token:
            return "root", token.i, hint, holder
        lemma = head.lemma_.lower()
        if dep in ("compound", "nmod", "amod", "poss") and head.pos_ in ("NOUN", "PROPN"):
            if lemma in PLACE_NOUNS or (head.pos_ == "PROPN" and dep != "poss"):
                hint, holder = hint or place_hint(lemma), head.i if lemma in PLACE_NOUNS else holder
                token = head
                continue
            return ("possessor" if dep == "poss" else "modifier"), head.i, hint, holder
        if dep in ("conj", "appos"):
            token = head
            continue
        if dep == "pobj":
            relation, governor = _prepositional(head)
            if relation == "place of":  # "the city of Homs", "the outskirts of Aleppo"
                hint, holder, token = (
                    hint or place_hint(head.head.lemma_.lower()),
                    governor,
                    head.head,
                )
                continue
            return relation, governor, hint, holder
        if dep in ("dobj", "nsubjpass", "attr"):
            return "object", head.i, hint, holder
        if dep in ("nsubj", "agent", "csubj"):
            return "subject", head.i, hint, holder
        return "other", head.i, hint, holder
    return "other", token.head.i, hint, holder


def _prepositional(prep: Token) -> tuple[str, int]:
    word, governor = prep.lower_, prep.head
    if word == "of":
        return ("place of" if governor.lemma_.lower() in PLACE_NOUNS else "of"), governor.i
    if word in LOCATIVE_PREPS:
        return "locative", governor.i
    if word in DESTINATION_PREPS:
        return "destination", governor.i
    if word in AGAINST_PREPS:
        return "against", governor.i
    return "prep", governor.i  # with, from, by, for, between: actors


def place_hint(lemma: str) -> str | None:
    if lemma in ADMIN1_NOUNS:
        return "admin1"
    if lemma in CITY_NOUNS:
        return "city"
    return None


def link_qualifiers(
    doc: Doc, mentions: list[Mention], names: PlaceNames, sent_starts: list[int]
) -> None:
    """ "Paris, Texas", "Tripoli, Lebanon", "Beaufort County, NC": the name after the comma
    qualifies the one before (a place noun between them aside); a US state may be written as
    its postal code or the AP's abbreviation ("NC", "N.C.", "Calif."). A second name that can
    only be a city ("Kingston, Ontario" without Ontario in the gazetteer) is set aside all the
    same."""
    by_start = {m.start: m for m in mentions}
    for first in mentions:
        comma = first.end
        while comma < len(doc) and doc[comma].lemma_.lower() in PLACE_NOUNS:
            comma += 1  # "Beaufort County, NC"
        if first.qualifies or comma + 1 >= len(doc) or doc[comma].text != ",":
            continue
        second = by_start.get(comma + 1)
        if second is not None:
            second.qualifies = True
            larger = [c for c in second.reading.candidates if c.place.kind != "city"]
            if larger:
                first.reading.qualifier = larger
            continue
        state = names.state(doc[comma + 1].text)
        if state is not None and bisect_index(sent_starts, comma + 1) == first.reading.sentence:
            first.reading.qualifier = [Candidate(state, False)]


def bisect_index(starts: list[int], i: int) -> int:
    """The index of the last start at or before ``i`` (0 before the first)."""
    return max(0, bisect_right(starts, i) - 1)
