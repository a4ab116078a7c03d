"""Where an event happened: the place names around its sentence, resolved offline.

Finding and deciding are separate steps, as in the actor resolver:

1. **Mentions** (once per document, :class:`DocumentPlaces`): named entities (GPE, LOC, FAC)
   and proper nouns after locative prepositions that the gazetteer knows, each with how it
   attaches to the parse (``in Raqqa`` is *locative*, ``Moscow said`` a *subject*), a hint
   from a place noun ("Idlib province" → a first-level division) and a qualifier
   ("Paris, Texas").
2. **Disambiguation** (once per mention): each candidate place scores its population (a
   prior) plus the support of the document for its country and its first-level division
   (distinct names of places, people, groups and demonyms that resolve there; the names in
   the mention's own sentence count more), plus its qualifier. "Damascus" in an article about
   Syria is Syria's capital; with Maryland around it is the town in Maryland.
3. **Choice** (per event, :meth:`Locator.locate`): places in a locative phrase attached to
   the trigger or its clause first ("strikes near Raqqa", "talks in Geneva"), the attacked
   place of an attack ("jets bombed Aleppo"), then locative phrases elsewhere in the
   clause, then any place named in the sentence that is not an actor, then the dateline
   ("DAMASCUS (AP) —"). A place that is the subject, possessor or object of a verb is an
   actor ("Moscow said"), not where the event happened. The most specific place wins a tie.

The result is the data contract's ``{name, country, admin1, lat, lon, geonames_id,
precision}`` with precision ``city``, ``admin1`` or ``country``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

from spacy.tokens import Doc, Token

from ..actors.gazetteer import Candidate, Gazetteer, Place, gazetteer, haversine_km
from ..actors.resolve_types import ActorHit
from ..errors import ConfigError
from ..records import Document
from .triggers import Predicate

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
    {"outskirts", "suburb", "suburbs", "neighbourhood", "neighborhood", "district", "area",
     "countryside", "centre", "center", "north", "south", "east", "west", "northeast",
     "northwest", "southeast", "southwest", "part", "heart", "street", "streets", "county",
     "border", "territory", "enclave", "municipality", "airport", "province"}
)  # fmt: skip
# in an attack or a seizure the place acted on is where it happened ("bombed Aleppo")
OBJECT_PLACE_TYPES = frozenset({"ASSAULT", "COERCE"})
OBJECT_PLACE_VERBS = frozenset({"visit", "tour"})
ACTOR_RELATIONS = frozenset({"subject", "possessor", "object", "against", "actor modifier"})
PRECISION_RANK = {"city": 0, "admin1": 1, "country": 2}
DATELINE = re.compile(
    r"\A\s*([A-Z][A-Z.'\- ]{2,30}?)(?:,\s*([A-Z][A-Za-z.'\- ]{1,30}?))?\s*"
    r"(?:\([^)\n]{1,40}\)\s*)?(?:—|–|--|-|:)\s"
)

# scoring, in powers of ten (log10 units): see docs/places.md
COUNTRY_BONUS = 0.5  # a country's name usually means the country
ADMIN1_MALUS = 0.5  # a division's name shared with a city usually means the city
CAPITAL_BONUS = 0.5
ALTERNATE_MALUS = 0.7  # a name that is not the place's main name
HINT_BONUS = 1.0  # "the city of X" wants a city, "X province" a division
DOCUMENT_WEIGHT = 2.0  # per power of ten of the document's support for the country
ADMIN1_WEIGHT = 1.0
SENTENCE_WEIGHT = 1.0
SMOOTHING = 1.0
QUALIFIER_WEIGHT = 3.0  # "Paris, Texas"
DOMINANCE = 1.0  # prior lead over other countries for a name to count as context


@dataclass(slots=True)
class Mention:
    """A place name in the document and how it attaches to the parse."""

    start: int  # token span, end exclusive
    end: int
    text: str
    sentence: int
    candidates: list[Candidate]
    relation: str = "other"  # locative, destination, against, object, subject, ...
    governor: int = -1  # the token the relation attaches to
    hint: str | None = None  # "admin1" or "city" from a place noun
    qualifier: Mention | None = None
    qualifies: bool = False  # it is the qualifier of the mention before it
    place: Place | None = None
    namesake_division: bool = False  # "Idlib province": the division named after its city


@dataclass
class DocumentPlaces:
    """The place mentions of one document, disambiguated once."""

    mentions: list[Mention] = field(default_factory=list)
    by_sentence: dict[int, list[Mention]] = field(default_factory=dict)
    dateline: Mention | None = None
    sent_starts: list[int] = field(default_factory=list)


class Locator:
    """Event locations from the gazetteer; build one per process (the index is loaded once)."""

    def __init__(self, places: Gazetteer | None = None) -> None:
        self.gazetteer = places or gazetteer()
        self._doc: Doc | None = None
        self._places = DocumentPlaces()

    def locate(
        self, pred: Predicate, doc: Doc, hits: dict[int, list[ActorHit]], document: Document
    ) -> dict[str, Any] | None:
        """Where the event of ``pred`` happened, as the data contract's location, or None."""
        if self._doc is not doc:
            self._places = self.document_places(doc, hits, document)
            self._doc = doc
        places = self._places
        sentence = _bisect(places.sent_starts, pred.head.i)
        best = _choose(pred, places.by_sentence.get(sentence, []))
        if best is None and places.dateline is not None and places.dateline.place is not None:
            best = places.dateline
        return None if best is None else _location(best)

    # -- per document ----------------------------------------------------------------------

    def document_places(
        self, doc: Doc, hits: dict[int, list[ActorHit]], document: Document
    ) -> DocumentPlaces:
        """Find and disambiguate the place mentions of a document."""
        sent_starts = [s.start for s in doc.sents]
        mentions = self._find(doc, hits, sent_starts)
        dateline = self._dateline(document.text)
        support = _Support()
        for hit in (h for anchor_hits in hits.values() for h in anchor_hits):
            text = doc[hit.anchor].text
            if hit.actor.country and not self.gazetteer.lookup(text):
                support.add(text, hit.actor.country, None, _bisect(sent_starts, hit.anchor))
        for mention in [*mentions, *([dateline] if dateline else [])]:
            dominant = _dominant(mention)
            if dominant is not None:
                support.add(mention.text, dominant.country, _admin1_key(dominant), mention.sentence)
        for mention in [*mentions, *([dateline] if dateline else [])]:
            mention.place = _resolve(mention, support)
        places = DocumentPlaces(mentions, {}, dateline, sent_starts)
        for mention in mentions:
            if mention.place is not None and not mention.qualifies:
                places.by_sentence.setdefault(mention.sentence, []).append(mention)
        return places

    def _find(
        self, doc: Doc, hits: dict[int, list[ActorHit]], sent_starts: list[int]
    ) -> list[Mention]:
        found: dict[int, Mention] = {}
        for ent in doc.ents:
            if ent.label_ not in PLACE_LABELS:
                continue
            start = ent.start + (1 if doc[ent.start].lower_ == "the" else 0)
            end, hint = ent.end, None
            mention = self._mention(doc, start, end, hits, sent_starts)
            while (
                mention is None and end - 1 > start and doc[end - 1].lemma_.lower() in PLACE_NOUNS
            ):
                hint = _hint(doc[end - 1].lemma_.lower()) or hint  # "Idlib province"
                end -= 1
                mention = self._mention(doc, start, end, hits, sent_starts)
            if mention is not None:
                mention.hint = mention.hint or hint
                found[start] = mention
        covered = {i for m in found.values() for i in range(m.start, m.end)}
        for token in doc:  # "near Raqqa" where the model saw no entity
            if token.i in covered or token.pos_ != "PROPN" or token.dep_ != "pobj":
                continue
            if token.head.lower_ not in LOCATIVE_PREPS | DESTINATION_PREPS:
                continue
            start = min([token.i, *(c.i for c in token.lefts if c.dep_ == "compound")])
            mention = self._mention(doc, start, token.i + 1, hits, sent_starts)
            if mention is not None:
                found[start] = mention
        mentions = sorted(found.values(), key=lambda m: m.start)
        _link_qualifiers(doc, mentions)
        return mentions

    def _mention(
        self,
        doc: Doc,
        start: int,
        end: int,
        hits: dict[int, list[ActorHit]],
        sent_starts: list[int],
    ) -> Mention | None:
        span = doc[start:end]
        if not span.text.strip():
            return None
        candidates = self.gazetteer.lookup(span.text)
        if not candidates:  # "the U.S.", "Britain": the actor dictionaries know the country
            country = _hit_country(hits, start, end)
            place = self.gazetteer.country(country) if country else None
            if place is None:
                return None
            candidates = [Candidate(place, False)]
        relation, governor, hint = attachment(span.root)
        if relation == "modifier" and governor in hits:  # "the Texas governor": an actor's
            relation = "actor modifier"
        return Mention(
            start, end, span.text, _bisect(sent_starts, start), candidates, relation,
            governor, hint,
        )  # fmt: skip

    def _dateline(self, text: str) -> Mention | None:
        match = DATELINE.match(text[:120])
        if match is None:
            return None
        candidates = self.gazetteer.lookup(match[1].strip())
        if not candidates:
            return None
        mention = Mention(-1, -1, match[1].strip().title(), 0, candidates, "dateline")
        if match[2]:
            qualifier = self.gazetteer.lookup(match[2].strip())
            if qualifier:
                mention.qualifier = Mention(-1, -1, match[2].strip(), 0, qualifier, "dateline")
        return mention


# -- how a place attaches --------------------------------------------------------------------


def attachment(root: Token) -> tuple[str, int, str | None]:
    """``(relation, governor index, hint)`` of a place name's head token.

    Climbs through the noun phrase that holds the name ("Syria's Idlib province", "the
    outskirts of Aleppo", "Raqqa and Aleppo") to the word that governs it.
    """
    token, hint = root, None
    for _ in range(8):
        head, dep = token.head, token.dep_
        if head is token:
            return "root", token.i, hint
        lemma = head.lemma_.lower()
        if dep in ("compound", "nmod", "amod", "poss") and head.pos_ in ("NOUN", "PROPN"):
            if lemma in PLACE_NOUNS or (head.pos_ == "PROPN" and dep != "poss"):
                hint = hint or _hint(lemma)
                token = head
                continue
            return ("possessor" if dep == "poss" else "modifier"), head.i, hint
        if dep in ("conj", "appos"):
            token = head
            continue
        if dep == "pobj":
            prep = head.lower_
            if prep == "of" and head.head.lemma_.lower() in PLACE_NOUNS:
                hint = hint or _hint(head.head.lemma_.lower())
                token = head.head
                continue
            governor = head.head.i
            if prep in LOCATIVE_PREPS:
                return "locative", governor, hint
            if prep in DESTINATION_PREPS:
                return "destination", governor, hint
            if prep in AGAINST_PREPS:
                return "against", governor, hint
            return "prep", governor, hint
        if dep in ("dobj", "nsubjpass", "attr"):
            return "object", head.i, hint
        if dep in ("nsubj", "agent", "csubj"):
            return "subject", head.i, hint
        return "other", head.i, hint
    return "other", token.head.i, hint


def _hint(lemma: str) -> str | None:
    if lemma in ADMIN1_NOUNS:
        return "admin1"
    if lemma in CITY_NOUNS:
        return "city"
    return None


def _link_qualifiers(doc: Doc, mentions: list[Mention]) -> None:
    """ "Paris, Texas", "Tripoli, Lebanon": the second name qualifies the first."""
    for first, second in pairwise(mentions):
        if second.start != first.end + 1 or doc[first.end].text != ",":
            continue
        if any(c.place.kind != "city" for c in second.candidates) and not first.qualifies:
            first.qualifier = second
            second.qualifies = True


def _hit_country(hits: dict[int, list[ActorHit]], start: int, end: int) -> str:
    for i in range(start, end):
        for hit in hits.get(i, ()):
            actor_id = hit.actor.actor_id or ""
            if actor_id.startswith("country:") and hit.actor.country:
                return hit.actor.country
    return ""


# -- disambiguation --------------------------------------------------------------------------


@dataclass
class _Support:
    """Distinct names in the document by the country (and division) they resolve to."""

    entries: set[tuple[str, str, tuple[str, str] | None, int]] = field(default_factory=set)
    countries: Counter[str] = field(default_factory=Counter)
    divisions: Counter[tuple[str, str]] = field(default_factory=Counter)
    sentences: Counter[tuple[int, str]] = field(default_factory=Counter)
    seen: set[tuple[str, str]] = field(default_factory=set)

    def add(self, text: str, country: str, division: tuple[str, str] | None, sentence: int) -> None:
        key = text.lower()
        entry = (key, country, division, sentence)
        if entry in self.entries:
            return
        self.entries.add(entry)
        if (key, country) not in self.seen:
            self.seen.add((key, country))
            self.countries[country] += 1
            if division:
                self.divisions[division] += 1
        self.sentences[(sentence, country)] += 1

    def of(self, mention: Mention, place: Place) -> tuple[float, float, float]:
        """Support for ``place``'s country, division and in-sentence, leaving out the name
        being decided (its own readings are no evidence)."""
        key = mention.text.lower()
        own = (key, place.country) in self.seen
        own_in_sentence = sum(
            1 for e in self.entries if e[0] == key and e[1] == place.country
            and e[3] == mention.sentence
        )  # fmt: skip
        division = _admin1_key(place)
        own_division = own and any(e[0] == key and e[2] == division for e in self.entries)
        return (
            self.countries[place.country] - own,
            (self.divisions[division] - own_division) if division else 0.0,
            self.sentences[(mention.sentence, place.country)] - own_in_sentence,
        )


def _admin1_key(place: Place) -> tuple[str, str] | None:
    return (place.country, place.admin1_code) if place.admin1_code else None


def prior(candidate: Candidate, hint: str | None = None) -> float:
    """How likely a place is before any context: its population, in powers of ten."""
    place = candidate.place
    score = math.log10(max(place.population, 1000))
    if place.kind == "country":
        score += COUNTRY_BONUS
    elif place.kind == "admin1":
        score -= ADMIN1_MALUS
    if place.capital:
        score += CAPITAL_BONUS
    if candidate.alternate:
        score -= ALTERNATE_MALUS
    if hint and (hint == place.kind or (hint == "admin1" and place.kind == "city")):
        score += HINT_BONUS
    return score


def _qualified(mention: Mention, place: Place) -> float:
    if mention.qualifier is None:
        return 0.0
    for cand in mention.qualifier.candidates:
        q = cand.place
        if q.country == place.country and (q.kind == "country" or q.name == place.admin1):
            return QUALIFIER_WEIGHT
    return -QUALIFIER_WEIGHT


def _dominant(mention: Mention) -> Place | None:
    """The reading of a name that wins on prior alone by a wide margin, if any."""
    scored = sorted(
        (
            (prior(c, mention.hint) + _qualified(mention, c.place), c.place)
            for c in mention.candidates
        ),
        key=lambda s: -s[0],
    )
    if not scored:
        return None
    best_score, best = scored[0]
    rivals = [s for s, p in scored[1:] if p.country != best.country]
    if rivals and best_score - rivals[0] < DOMINANCE:
        return None
    return best


def _resolve(mention: Mention, support: _Support) -> Place | None:
    best, best_score = None, -math.inf
    for cand in mention.candidates:
        country, division, sentence = support.of(mention, cand.place)
        score = (
            prior(cand, mention.hint)
            + _qualified(mention, cand.place)
            + DOCUMENT_WEIGHT * math.log10(country + SMOOTHING)
            + ADMIN1_WEIGHT * math.log10(division + SMOOTHING)
            + SENTENCE_WEIGHT * math.log10(sentence + 1)
        )
        if score > best_score:
            best, best_score = cand.place, score
    if best is not None and mention.hint == "admin1" and best.kind == "city":
        mention.namesake_division = True
    return best


# -- choosing the event's place ----------------------------------------------------------------


def _choose(pred: Predicate, mentions: list[Mention]) -> Mention | None:
    if not mentions:
        return None
    core = {pred.head.i, pred.clause.i, *(w.i for w in pred.words)}
    clause = {t.i for t in pred.clause.subtree}
    controllers = _controllers(pred.clause)
    ranked = []
    for mention in mentions:
        tier = _tier(mention, pred, core, clause, controllers)
        if tier is None:
            continue
        assert mention.place is not None
        rank = PRECISION_RANK["admin1" if mention.namesake_division else mention.place.kind]
        ranked.append((tier, rank, abs(mention.start - pred.head.i), mention.start, mention))
    if not ranked:
        return None
    return min(ranked, key=lambda r: r[:4])[4]


def _tier(
    mention: Mention, pred: Predicate, core: set[int], clause: set[int], controllers: set[int]
) -> int | None:
    """0: attached to the trigger; 1: elsewhere in its clause; 2: in its sentence; None: an
    actor, not a place."""
    relation, governor = mention.relation, mention.governor
    if relation == "locative" and governor in core:
        return 0
    if relation == "modifier" and governor == pred.head.i:  # "the Raqqa offensive"
        return 0
    if relation in ("object", "against") and governor in core:
        lemma = pred.clause.lemma_.lower()
        if pred.entry.type in OBJECT_PLACE_TYPES or lemma in OBJECT_PLACE_VERBS:
            return 0
        return None
    in_clause = governor in clause or governor in controllers
    if relation == "locative" and in_clause:
        return 1
    if relation == "destination" and in_clause:
        assert mention.place is not None
        return 1 if mention.place.kind != "country" else None
    if relation in ACTOR_RELATIONS or relation == "destination":
        return None
    return 2


def _controllers(clause: Token) -> set[int]:
    """Verbs above the clause that share its setting ("vowed in Moscow to strike"), not
    across reported speech ("said in Geneva that ...")."""
    found: set[int] = set()
    token = clause
    for _ in range(4):
        if token.dep_ not in ("xcomp", "advcl", "conj") or token.head is token:
            break
        token = token.head
        found.add(token.i)
    return found


def _location(mention: Mention) -> dict[str, Any]:
    place = mention.place
    assert place is not None
    if mention.namesake_division:  # "Idlib province": the division, placed at its city
        return {
            "name": place.name, "country": place.country, "admin1": place.name,
            "lat": place.lat, "lon": place.lon, "geonames_id": None, "precision": "admin1",
        }  # fmt: skip
    return {
        "name": place.name,
        "country": place.country,
        "admin1": place.admin1,
        "lat": place.lat,
        "lon": place.lon,
        "geonames_id": place.geonames_id,
        "precision": place.kind,
    }


def _bisect(starts: list[int], i: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= i:
            lo = mid + 1
        else:
            hi = mid
    return max(0, lo - 1)


# -- filtering events by place ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LocationFilter:
    """Keeps events located in a country and/or within ``km`` of a point (plain
    great-circle distance); events without a location never match an active filter."""

    country: str | None = None  # ISO 3166-1 alpha-3
    near: tuple[float, float, float] | None = None  # lat, lon, km

    @classmethod
    def parse(cls, country: str | None, near: str | None) -> LocationFilter:
        """From the CLI's ``--location-country ISO3`` and ``--near LAT,LON,KM``.

        Raises :class:`~tacitus.errors.ConfigError` with the expected form when malformed.
        """
        if country is not None and not re.fullmatch(r"[A-Za-z]{3}", country.strip()):
            raise ConfigError(
                f"--location-country wants an ISO 3166-1 alpha-3 code (got {country!r})",
                hint="e.g. SYR, USA, FRA",
            )
        point = None
        if near is not None:
            parts = near.replace(" ", "").split(",")
            try:
                lat, lon, km = (float(p) for p in parts)
            except ValueError:
                lat, lon, km = math.nan, math.nan, math.nan
            if not (-90 <= lat <= 90 and -180 <= lon <= 180 and km >= 0):
                raise ConfigError(
                    f"--near wants LAT,LON,KM (got {near!r})", hint="e.g. 36.2,37.1,50"
                )
            point = (lat, lon, km)
        return cls(country.strip().upper() if country else None, point)

    @property
    def active(self) -> bool:
        return self.country is not None or self.near is not None

    def __call__(self, location: dict[str, Any] | None) -> bool:
        if not self.active:
            return True
        if location is None:
            return False
        if self.country is not None and location.get("country") != self.country:
            return False
        if self.near is not None:
            lat, lon = location.get("lat"), location.get("lon")
            if lat is None or lon is None:
                return False
            return haversine_km(self.near[0], self.near[1], lat, lon) <= self.near[2]
        return True
