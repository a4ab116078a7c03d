"""Which place a name means, from the document's own context (used by places.py).

Each candidate place of a name scores, in powers of ten:

- its **prior**: population (log10), a bonus for a national capital, a malus for a division
  (its name is more often its city's) and for an alternate name (more so when the name is
  another city's main name);
- the **document's support** for its country: distinct names in the document (other places,
  demonyms, people, organisations) that resolve to that country; the same for its
  first-level division (a city of the same state or province), and for its country in the
  mention's own sentence. The name being decided is no evidence for itself;
- its **qualifier**: "Paris, Texas", "the Lebanese city of Tripoli".

"Damascus" in an article about Syria is Syria's capital; next to "Maryland" and with no
Syrian context, the prior still prefers the capital unless the text qualifies it.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

from .gazetteer import Candidate, Place

ADMIN1_MALUS = 1.0  # "New York", "Washington": a division's name is more often its city's
CAPITAL_BONUS = 0.3  # capitals are in the news more than their size says
ALTERNATE_MALUS = 0.7  # a name that is not the place's main name ("Kiev" for Kyiv)
SHADOWED_MALUS = 1.0  # ... and the main name of another city ("Victoria" for Hong Kong)
HINT_BONUS = 1.0  # "the city of X" wants a city, "X province" a division
DOCUMENT_WEIGHT = 2.0  # per power of ten of the document's support for the country
ADMIN1_WEIGHT = 2.0  # the same for the division: a city of the same state is strong evidence
SENTENCE_WEIGHT = 1.0
SMOOTHING = 1.0
QUALIFIER_WEIGHT = 3.0
DOMINANCE = 1.0  # prior lead over other countries for a name to count as context


@dataclass(slots=True)
class Reading:
    """What the text says about a name besides the name: hint and qualifiers."""

    text: str
    sentence: int
    candidates: list[Candidate]
    hint: str | None = None  # "admin1" or "city" from a place noun
    qualifier: list[Candidate] | None = None  # "Paris, Texas": Texas's candidates
    qualifier_country: str | None = None  # "the Lebanese city of Tripoli": LBN

    @property
    def shadowed(self) -> bool:
        """Some city or first-level division bears this name as its main name: an alternate
        name of another place is a near miss ("Borno" of Borna, Germany, against the
        Nigerian state)."""
        return any(c.place.kind != "country" and not c.alternate for c in self.candidates)


@dataclass
class Support:
    """Distinct names in the document by the country (and division) they resolve to."""

    names: set[tuple[str, str]] = field(default_factory=set)  # (name, country)
    named_divisions: set[tuple[str, tuple[str, str]]] = field(default_factory=set)
    named_in: set[tuple[str, str, int]] = field(default_factory=set)  # (name, country, sentence)
    countries: Counter[str] = field(default_factory=Counter)
    divisions: Counter[tuple[str, str]] = field(default_factory=Counter)
    sentences: Counter[tuple[int, str]] = field(default_factory=Counter)

    def add(self, text: str, country: str, division: tuple[str, str] | None, sentence: int) -> None:
        key = text.lower()
        if (key, country) not in self.names:
            self.names.add((key, country))
            self.countries[country] += 1
        if division and (key, division) not in self.named_divisions:
            self.named_divisions.add((key, division))
            self.divisions[division] += 1
        if (key, country, sentence) not in self.named_in:
            self.named_in.add((key, country, sentence))
            self.sentences[(sentence, country)] += 1

    def of(self, reading: Reading, place: Place) -> tuple[int, int, int]:
        """Support for ``place``'s country, division and country in the reading's sentence,
        leaving out the name being decided (its own readings are no evidence)."""
        key = reading.text.lower()
        division = _division(place)
        return (
            self.countries[place.country] - ((key, place.country) in self.names),
            (self.divisions[division] - ((key, division) in self.named_divisions))
            if division
            else 0,
            self.sentences[(reading.sentence, place.country)]
            - ((key, place.country, reading.sentence) in self.named_in),
        )


def _division(place: Place) -> tuple[str, str] | None:
    return (place.country, place.admin1_code) if place.admin1_code else None


def division_key(place: Place) -> tuple[str, str] | None:
    """The (country, GeoNames admin1 code) a city or division belongs to, if known."""
    return _division(place)


def prior(candidate: Candidate, hint: str | None = None, shadowed: bool = False) -> float:
    """How likely a place is before any context: its population, in powers of ten.

    ``shadowed``: the name is the main name of some other city among the candidates.
    """
    place = candidate.place
    score = math.log10(max(place.population, 1000))
    if place.kind == "admin1":
        score -= ADMIN1_MALUS
    if place.capital:
        score += CAPITAL_BONUS
    if candidate.alternate:
        score -= ALTERNATE_MALUS + (SHADOWED_MALUS if shadowed else 0.0)
    if hint and (hint == place.kind or (hint == "admin1" and place.kind == "city")):
        score += HINT_BONUS
    return score


def qualified(reading: Reading, place: Place) -> float:
    """+QUALIFIER_WEIGHT when the text's qualifier fits the place, minus that when not."""
    score = 0.0
    if reading.qualifier_country is not None:
        score += (
            QUALIFIER_WEIGHT if reading.qualifier_country == place.country else -QUALIFIER_WEIGHT
        )
    if reading.qualifier:
        fits = any(
            q.place.country == place.country
            and (q.place.kind == "country" or q.place.name == place.admin1)
            for q in reading.qualifier
        )
        score += QUALIFIER_WEIGHT if fits else -QUALIFIER_WEIGHT
    return score


def dominant(reading: Reading) -> Place | None:
    """The reading that wins on prior and qualifiers alone by a wide margin, if any: such a
    name is context for the others."""
    scored = sorted(
        (
            (prior(c, reading.hint, reading.shadowed) + qualified(reading, c.place), c.place)
            for c in reading.candidates
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


def resolve(reading: Reading, support: Support) -> Place | None:
    """The best-scoring candidate place of a name in its document."""
    best, best_score = None, -math.inf
    for cand in reading.candidates:
        country, division, sentence = support.of(reading, cand.place)
        score = (
            prior(cand, reading.hint, reading.shadowed)
            + qualified(reading, cand.place)
            + DOCUMENT_WEIGHT * math.log10(country + SMOOTHING)
            + ADMIN1_WEIGHT * math.log10(division + SMOOTHING)
            + SENTENCE_WEIGHT * math.log10(sentence + 1)
        )
        if score > best_score:
            best, best_score = cand.place, score
    return best


def within_qualifier(reading: Reading, place: Place | None) -> Place | None:
    """The place chosen, unless the qualifier written beside the name says it is elsewhere:
    then the qualifier's own place ("Beaufort County, NC" is in North Carolina, not Beaufort
    in Malaysia, when no Beaufort of North Carolina is known)."""
    if place is None or not reading.qualifier or qualified(reading, place) > 0:
        return place
    larger = [c for c in reading.qualifier if c.place.kind != "city"]
    if not larger:
        return place
    return max(larger, key=lambda c: prior(c)).place
