"""Where an event happened: the place names around its sentence, resolved offline.

Finding and deciding are separate steps, as in the actor resolver:

1. **Mentions** (once per document, :mod:`tacitus.events.place_mentions`): named entities
   (GPE, LOC, FAC) and proper nouns in place phrases ("near Raqqa", "the city of Homs") that
   the gazetteer or the listed names (:mod:`tacitus.places.names`) know, never a person's or
   an organisation's name, each with how it attaches to the parse ("in Raqqa" is
   *locative*, "Moscow said" a *subject*), a hint from a place noun ("Idlib province" → a
   first-level division) and its qualifiers ("Paris, Texas", "the Lebanese city of
   Tripoli").
2. **Disambiguation** (once per mention, :mod:`tacitus.places.context`): population, the
   document's own countries and divisions, qualifiers.
3. **Choice** (per event, :meth:`Locator.locate`), in tiers: a place in a locative phrase on
   the trigger or its clause ("strikes near Raqqa", "talks in Geneva"), the place attacked
   or visited ("jets bombed Aleppo", "visited Tehran"), a modifier of a noun trigger ("the
   Raqqa offensive"); then locative phrases elsewhere in the clause; then other non-actor
   places of the clause; then the dateline ("DAMASCUS (AP) -"). A place that is the
   subject, object, possessor or prepositional argument of a verb ("Moscow said", "a
   request from Berlin") is an actor, not a location; a place in another clause with its
   own subject ("after protesters stormed its embassy in Tehran") is another event's. Within
   a tier the place nearest the trigger wins, refined by a more specific place inside it
   ("in northern Syria, near Azaz" → Azaz).

The result is the data contract's ``{name, country, admin1, lat, lon, geonames_id,
precision}`` with precision ``city``, ``admin1`` or ``country``. A division known only by its
namesake city ("Idlib province") is given at ``admin1`` precision with the city's point and
no GeoNames id.
"""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc, Token

from ..actors.resolve_types import ActorHit
from ..places.context import (
    Reading,
    Support,
    division_key,
    dominant,
    resolve,
    within_qualifier,
)
from ..places.gazetteer import Candidate, Gazetteer, gazetteer
from ..places.names import place_names
from ..places.successors import as_of
from ..records import Document
from .place_mentions import (
    DIRECTION_WORDS,
    LOCATIVE_PREPS,
    PLACE_LABELS,
    PLACE_NOUNS,
    Mention,
    actor_names,
    attachment,
    bisect_index,
    described,
    link_qualifiers,
    place_hint,
    unlabelled_place,
)
from .triggers import Predicate

__all__ = ["Locator", "Mention", "attachment", "choose"]

# verbal events about something else: a place inside their argument is that thing's place
STATEMENT_TYPES = frozenset({"SUPPORT", "ACCUSE"})
# in an attack or a seizure the place acted on is where it happened ("bombed Aleppo")
OBJECT_PLACE_TYPES = frozenset({"ASSAULT", "COERCE"})
# forces sent somewhere are where they go ("deployed to Incirlik, Turkey")
DESTINATION_TYPES = frozenset({"MOBILIZE"})
VISIT_MODE = "visit"
NOUN_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
ACTOR_RELATIONS = frozenset(
    {"subject", "possessor", "object", "against", "actor modifier", "of", "prep"}
)
PRECISION_RANK = {"city": 0, "admin1": 1, "country": 2}
DATELINE = re.compile(
    r"\A\s*([A-Z][A-Z.'\- ]{2,30}?)(?:,\s*([A-Z][A-Za-z.'\- ]{1,30}?))?\s*"
    r"(?:\([^)\n]{1,40}\)\s*)?(?:—|–|--|-|:)\s"
)


@dataclass
class DocumentPlaces:
    """The place mentions of one document, disambiguated once."""

    by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    dateline: Mention | None = None
    sent_starts: list[int] = field(default_factory=list)


class Locator:
    """Event locations from the gazetteer; build one per process (the index is loaded once)."""

    def __init__(self, places: Gazetteer | None = None) -> None:
        self.gazetteer = places or gazetteer()
        self.names = place_names(places)
        # the last document's places, as one tuple so that a reader sees a matching pair
        self._last: tuple[Doc | None, DocumentPlaces] = (None, DocumentPlaces())
        # whether the last place :meth:`locate` gave is the dateline's, not the sentence's
        self.from_dateline = False

    def locate(
        self, pred: Predicate, doc: Doc, hits: dict[int, list[ActorHit]], document: Document
    ) -> dict[str, Any] | None:
        """Where the event of ``pred`` happened, as the data contract's location, or None."""
        last_doc, places = self._last
        if last_doc is not doc:  # a new document: find and disambiguate its places once
            places = self.document_places(doc, hits, document)
            self._last = (doc, places)
        sentence = bisect_index(places.sent_starts, pred.head.i)
        best = choose(pred, places.by_sentence.get(sentence, []))
        self.from_dateline = False
        if best is None and places.dateline is not None and places.dateline.place is not None:
            best, self.from_dateline = places.dateline, True
        return None if best is None else _location(best)

    def locate_in_sentence(
        self, pred: Predicate, doc: Doc, hits: dict[int, list[ActorHit]], document: Document
    ) -> tuple[dict[str, Any], int, int] | None:
        """The place the sentence itself names for the event of ``pred`` (never the
        dateline), with its token span, or None."""
        last_doc, places = self._last
        if last_doc is not doc:
            places = self.document_places(doc, hits, document)
            self._last = (doc, places)
        sentence = bisect_index(places.sent_starts, pred.head.i)
        best = choose(pred, places.by_sentence.get(sentence, []))
        return None if best is None else (_location(best), best.start, best.end)

    # -- per document ----------------------------------------------------------------------

    def document_places(
        self, doc: Doc, hits: dict[int, list[ActorHit]], document: Document
    ) -> DocumentPlaces:
        """Find and disambiguate the place mentions of a document."""
        sent_starts = [s.start for s in doc.sents]
        mentions = self._find(doc, hits, sent_starts)
        described(doc, hits, mentions, sent_starts)
        dateline = self._dateline(document.text)
        named = [*mentions, *([dateline] if dateline else [])]
        support = Support()
        for text, country, sentence in _actor_evidence(doc, hits, mentions, sent_starts):
            support.add(text, country, None, sentence)
        for mention in named:
            best = within_qualifier(mention.reading, dominant(mention.reading))
            if best is not None and not (mention.qualifies and best.kind == "city"):
                support.add(
                    mention.reading.text, best.country, division_key(best), mention.reading.sentence
                )
        for mention in named:
            place = within_qualifier(mention.reading, resolve(mention.reading, support))
            mention.place = as_of(place, document.published)  # "Juba" in 2008: Sudan
        places = DocumentPlaces({}, dateline, sent_starts)
        for mention in mentions:
            if mention.place is not None and not mention.qualifies:
                places.by_sentence.setdefault(mention.reading.sentence, []).append(mention)
        return places

    def _find(
        self, doc: Doc, hits: dict[int, list[ActorHit]], sent_starts: list[int]
    ) -> list[Mention]:
        found: dict[int, Mention] = {}
        named = actor_names(doc, hits)
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS:
                mention = self._entity(doc, ent.start, ent.end, hits, sent_starts, named)
                if mention is not None:
                    found[mention.start] = mention
        covered = {i for m in found.values() for i in range(m.start, m.end)}
        for token in doc:  # "near Raqqa", "bombed Aleppo" where the model saw no place
            if token.i in covered or token.pos_ != "PROPN" or token.dep_ == "compound":
                continue
            start = min([token.i, *(c.i for c in token.lefts if c.dep_ == "compound")])
            mention = self._mention(doc, start, token.i + 1, hits, sent_starts, named)
            if mention is not None and unlabelled_place(token, mention):
                found[start] = mention
        mentions = sorted(found.values(), key=lambda m: m.start)
        link_qualifiers(doc, mentions, self.names, sent_starts)
        return mentions

    def _entity(
        self,
        doc: Doc,
        start: int,
        end: int,
        hits: dict[int, list[ActorHit]],
        sent_starts: list[int],
        named: AbstractSet[int],
    ) -> Mention | None:
        """A place entity, less the words around the name ("eastern Aleppo", "Idlib
        province") when the whole is unknown."""
        mention = self._mention(doc, start, end, hits, sent_starts, named)
        while mention is None and end - start > 1 and doc[start].lower_ in DIRECTION_WORDS:
            start += 1
            mention = self._mention(doc, start, end, hits, sent_starts, named)
        hint = None
        while mention is None and end - start > 1 and doc[end - 1].lemma_.lower() in PLACE_NOUNS:
            hint = place_hint(doc[end - 1].lemma_.lower()) or hint
            end -= 1
            mention = self._mention(doc, start, end, hits, sent_starts, named)
        if mention is not None and hint:
            mention.reading.hint = mention.reading.hint or hint
        return mention

    def _mention(
        self,
        doc: Doc,
        start: int,
        end: int,
        hits: dict[int, list[ActorHit]],
        sent_starts: list[int],
        named: AbstractSet[int] = frozenset(),
    ) -> Mention | None:
        span = doc[start:end]
        if not span.text.strip():
            return None
        listed = self.names.lookup(span.text)
        if listed is not None:  # "the White House", "Northern Ireland", "North Africa"
            if listed[1] is None:
                return None  # a world region: no one state's
            candidates = [Candidate(listed[1], False)]
        elif any(i in named for i in range(start, end)):
            return None  # "Obama", "Katy Tur": a person's or an organisation's name
        else:
            candidates = self.gazetteer.lookup(span.text)
        if not candidates:  # "the U.S.", "Britain": the actor dictionaries know the country
            country = _hit_country(hits, start, end)
            place = self.gazetteer.country(country) if country else None
            if place is None:
                return None
            candidates = [Candidate(place, False)]
        relation, governor, hint, holder = attachment(span.root)
        if relation == "modifier" and governor in hits:  # "the Texas governor": an actor's
            relation = "actor modifier"
        reading = Reading(span.text, bisect_index(sent_starts, start), candidates, hint)
        if holder is not None:  # "the Lebanese city of Tripoli"
            reading.qualifier_country = next(
                (h.actor.country for h in hits.get(holder, ()) if h.actor.country), None
            )
        return Mention(start, end, reading, relation, governor)

    def _dateline(self, text: str) -> Mention | None:
        match = DATELINE.match(text[:120])
        if match is None:
            return None
        name = match[1].strip()
        candidates = self.gazetteer.lookup(name)
        if not candidates:
            return None
        reading = Reading(name.title(), 0, candidates)
        if match[2]:
            reading.qualifier = self.gazetteer.lookup(match[2].strip()) or None
        return Mention(-1, -1, reading, "dateline")


def _actor_evidence(
    doc: Doc, hits: dict[int, list[ActorHit]], mentions: list[Mention], sent_starts: list[int]
) -> list[tuple[str, str, int]]:
    """Countries of actors named without a place name ("Syrian troops", "Lavrov"): hits that
    overlap a place mention, or took their country from one ("a man in Kingston"), are left
    out: the places are what is being decided."""
    in_place = {i for m in mentions for i in range(m.start, m.end)}
    placed: dict[int, set[str]] = {}
    for m in mentions:
        placed.setdefault(m.governor, set()).update(c.place.country for c in m.reading.candidates)
    found = []
    for anchor_hits in hits.values():
        for hit in anchor_hits:
            country = hit.actor.country
            if not country or any(i in in_place for i in range(hit.start, hit.end)):
                continue
            if country in placed.get(hit.anchor, ()):
                continue
            text = doc[hit.start : hit.end].text
            found.append((text, country, bisect_index(sent_starts, hit.anchor)))
    return found


# -- how a place attaches --------------------------------------------------------------------


def _hit_country(hits: dict[int, list[ActorHit]], start: int, end: int) -> str:
    for i in range(start, end):
        for hit in hits.get(i, ()):
            actor_id = hit.actor.actor_id or ""
            if actor_id.startswith("country:") and hit.actor.country:
                return hit.actor.country
    return ""


# -- choosing the event's place ----------------------------------------------------------------


def choose(pred: Predicate, mentions: list[Mention]) -> Mention | None:
    """The mention that locates ``pred``'s event, or None."""
    if not mentions:
        return None
    scope = _Scope.of(pred)
    ranked = []
    for mention in mentions:
        tier = _tier(mention, pred, scope)
        if tier is not None:
            distance = scope.distance(mention.governor)
            ranked.append((tier, distance, abs(mention.start - pred.head.i), mention))
    if not ranked:
        return None
    ranked.sort(key=lambda r: r[:3])
    best_tier, best = ranked[0][0], ranked[0][3]
    for tier, _, _, other in ranked[1:]:  # "in northern Syria, near Azaz": Azaz
        if tier <= max(best_tier, 1) and _inside(other, best):
            best = other
    return best


def _inside(inner: Mention, outer: Mention) -> bool:
    a, b = inner.place, outer.place
    if a is None or b is None or a.country != b.country:
        return False
    if PRECISION_RANK[inner.precision] >= PRECISION_RANK[outer.precision]:
        return False
    return outer.precision == "country" or (
        b.kind == "admin1" and division_key(a) == division_key(b)
    )


@dataclass(slots=True)
class _Scope:
    """The trigger's words, its clause, and the verbs the clause shares a setting with."""

    core: set[int]
    clause: Token
    region: dict[int, int]  # token index -> dependency steps from the trigger's clause

    @classmethod
    def of(cls, pred: Predicate) -> _Scope:
        core = {pred.head.i, pred.clause.i, *(w.i for w in pred.words)}
        region: dict[int, int] = {pred.clause.i: 0}
        token, steps = pred.clause, 0
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ in NOUN_ARGUMENT_DEPS:
            token, steps = token.head, 1  # "air strikes killed 33 soldiers in Idlib"
            region[token.i] = steps
        for _ in range(4):  # "vowed in Moscow to strike", "said in a statement that ..."
            if token.dep_ not in ("xcomp", "advcl", "ccomp", "conj", "dobj") or token.head is token:
                break
            token, steps = token.head, steps + 1
            region[token.i] = steps
        return cls(core, pred.clause, region)

    def distance(self, governor: int) -> int:
        """Dependency steps from the governor up to the clause or the verbs above it; 99 when
        a verb with its own subject stands between (another event's clause)."""
        if governor in self.core:
            return 0
        token, steps = self.clause.doc[governor], 0
        for _ in range(12):
            if token.i in self.region:
                return steps + self.region[token.i]
            if token.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in token.children
            ):
                return 99
            if token.head is token:
                return 99
            token, steps = token.head, steps + 1
        return 99


def _tier(mention: Mention, pred: Predicate, scope: _Scope) -> int | None:
    """0: attached to the trigger; 1: a locative phrase elsewhere in its clause; 2: another
    non-actor place of the clause; None: an actor, or another clause's place."""
    relation, governor = mention.relation, mention.governor
    core = governor in scope.core
    attack = pred.entry.type in OBJECT_PLACE_TYPES
    goes = pred.entry.mode == VISIT_MODE or pred.entry.type in DESTINATION_TYPES
    if core and relation in ("locative", "modifier"):  # "strikes near Raqqa", "Raqqa strikes"
        return 0 if relation == "locative" or governor == pred.head.i else None
    if core and relation in ("object", "against", "of"):  # "bombed Aleppo", "visited Tehran"
        return 0 if attack or pred.entry.mode == VISIT_MODE else None
    if core and relation == "destination":  # "travelled to Ankara", "deployed to Syria"
        return 0 if goes else None
    distance = scope.distance(governor)
    if distance >= 99:
        return None
    if relation == "object" and attack and distance <= 2:  # "an offensive to retake Mosul"
        return 1
    if relation in ACTOR_RELATIONS:
        return None
    if relation == "locative" and _describes_an_argument(mention, pred, scope):
        return None
    if relation == "locative":
        return 1
    if relation == "destination":  # "troops moved to Homs": a city, not a recipient country
        assert mention.place is not None
        return 1 if mention.place.kind != "country" or goes else None
    return 2


def _describes_an_argument(mention: Mention, pred: Predicate, scope: _Scope) -> bool:
    """A criticism or a praise is not where what it is about happened: in "condemned the
    attack on a market in Baghdad", "accused the coalition of killing civilians in Mosul" or
    "welcomed the resolution bringing the parties in Syria to the table" the place belongs to
    the statement's argument, not to the statement. The statement's own setting stays ("sued
    the state in federal court in Atlanta"), and so does its speaker's ("rebels in the Ivory
    Coast praised ..."). Demands, refusals and threats keep the place of what they ask for,
    refuse or threaten ("threatened a curfew in Algiers"), meetings and agreements theirs."""
    if pred.entry.type not in STATEMENT_TYPES:
        return False
    token = pred.head.doc[mention.governor]
    if token.i in scope.core:
        return False
    for _ in range(10):
        if token.i in scope.core or token.head is token:
            return True
        if token.dep_ in ("nsubj", "nsubjpass"):
            return False  # where the speaker is: "rebels in the Ivory Coast dismissed ..."
        prep = token.head
        if token.dep_ == "pobj" and prep.lower_ in LOCATIVE_PREPS and prep.head.i in scope.core:
            return False  # the setting of the statement: "in federal court in Atlanta"
        token = token.head
    return True


def _location(mention: Mention) -> dict[str, Any]:
    place = mention.place
    assert place is not None
    namesake = mention.namesake_division  # "Idlib province": the division, at its city
    return {
        "name": place.name,
        "country": place.country,
        "admin1": place.name if namesake else place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "geonames_id": None if namesake else place.geonames_id,
        "precision": mention.precision,
    }
