"""Event locations: the gazetteer, disambiguation by context, metonyms, precision, filters."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tacitus import Pipeline
from tacitus.cli import main
from tacitus.errors import ConfigError
from tacitus.places.context import Reading, Support, resolve
from tacitus.places.filters import LocationFilter
from tacitus.places.gazetteer import city_country, gazetteer, haversine_km
from tacitus.records import Document

GOLD = Path(__file__).parent / "data" / "places_dates_gold.jsonl"
DAMASCUS_SYR, DAMASCUS_MD = 170654, 4352728
GEORGIA_COUNTRY, GEORGIA_STATE = 614540, 4197000

# -- the gazetteer -----------------------------------------------------------------------------


def _names(name: str) -> list[tuple[str, str, str, bool]]:
    return [
        (c.place.name, c.place.country, c.place.kind, c.alternate) for c in gazetteer().lookup(name)
    ]


def test_lookup_by_main_and_alternate_names() -> None:
    assert ("Kyiv", "UKR", "city", True) in _names("Kiev")
    assert ("Ar Raqqah", "SYR", "city", True) in _names("Raqqa")
    assert ("Córdoba", "ESP", "city", False) in _names("Cordoba")  # without the accent
    assert ("Damascus", "SYR", "city", False) in _names("DAMASCUS")  # a dateline
    assert ("New York City", "USA", "city", False) in _names("New York")
    assert _names("Atlantis of the North") == []


def test_countries_states_and_cities_share_names() -> None:
    kinds = {(country, kind) for _, country, kind, _ in _names("Georgia")}
    assert {("GEO", "country"), ("USA", "admin1")} <= kinds
    texas = gazetteer().state("USA", "TX")
    assert texas is not None and texas.geonames_id == 4736286 and texas.admin1 == "Texas"
    paris_tx = next(c.place for c in gazetteer().lookup("Paris") if c.place.country == "USA")
    assert paris_tx.admin1 == "Texas" and not paris_tx.capital
    assert next(c.place for c in gazetteer().lookup("Paris") if c.place.country == "FRA").capital


def test_countries_and_states_have_a_point_inside_them() -> None:
    syria = gazetteer().country("SYR")
    assert syria is not None and syria.lat is not None and syria.lon is not None
    assert haversine_km(syria.lat, syria.lon, 34.8, 38.9) < 400  # Syria's middle
    assert all(p.lat is not None for p in list(gazetteer().countries.values())[:50] if p.population)


def test_city_country_for_the_actor_resolver() -> None:
    assert city_country("Freetown") == ("SLE", "Freetown")
    assert city_country("Paris") == ("FRA", "Paris")
    assert city_country("Smallville") is None


# -- disambiguation by context (no model needed) -------------------------------------------


def _reading(name: str, **kw: Any) -> Reading:
    return Reading(name, 0, gazetteer().lookup(name), **kw)


def _support(*evidence: tuple[str, str]) -> Support:
    support = Support()
    for i, (text, country) in enumerate(evidence):
        division = None
        if ":" in country:
            country, code = country.split(":")
            division = (country, code)
        support.add(text, country, division, sentence=i + 1)
    return support


def test_population_decides_without_context() -> None:
    place = resolve(_reading("Damascus"), Support())
    assert place is not None and place.geonames_id == DAMASCUS_SYR
    place = resolve(_reading("Georgia"), Support())
    assert place is not None and place.geonames_id == GEORGIA_COUNTRY


def test_the_documents_countries_decide() -> None:
    syrian = _support(("Assad", "SYR"), ("Syrian", "SYR"))
    place = resolve(_reading("Damascus"), syrian)
    assert place is not None and place.geonames_id == DAMASCUS_SYR
    american = _support(("Atlanta", "USA:GA"), ("Trump", "USA"), ("Republicans", "USA"))
    place = resolve(_reading("Georgia"), american)
    assert place is not None and place.geonames_id == GEORGIA_STATE
    caucasus = _support(("Tbilisi", "GEO"), ("Russian", "RUS"))
    place = resolve(_reading("Georgia"), caucasus)
    assert place is not None and place.geonames_id == GEORGIA_COUNTRY
    lebanese = _support(("Beirut", "LBN"), ("Lebanese", "LBN"), ("Hezbollah", "LBN"))
    place = resolve(_reading("Tripoli"), lebanese)
    assert place is not None and place.country == "LBN"
    place = resolve(_reading("Tripoli"), _support(("Libyan", "LBY")))
    assert place is not None and place.country == "LBY"


def test_a_qualifier_beats_population() -> None:
    texas = gazetteer().lookup("Texas")
    place = resolve(_reading("Paris", qualifier=texas), Support())
    assert place is not None and (place.country, place.admin1) == ("USA", "Texas")
    place = resolve(_reading("Tripoli", qualifier_country="LBN"), Support())
    assert place is not None and place.country == "LBN"


def test_a_name_is_no_evidence_for_itself() -> None:
    # "Damascus" itself resolved to Syria must not count as Syrian context for "Damascus"
    support = _support(("Damascus", "SYR"), ("Maryland", "USA:MD"), ("Montgomery", "USA:MD"))
    syria = gazetteer().country("SYR")
    assert syria is not None
    assert support.of(_reading("Damascus"), syria)[0] == 0
    assert support.of(_reading("Aleppo"), syria)[0] == 1


# -- filters ---------------------------------------------------------------------------------

RAQQA = {"name": "Ar Raqqah", "country": "SYR", "lat": 35.95, "lon": 39.01}


def test_location_filter() -> None:
    assert LocationFilter()(None)  # no filter keeps everything
    assert LocationFilter.parse("syr", None)(RAQQA)
    assert not LocationFilter.parse("IRQ", None)(RAQQA)
    assert not LocationFilter.parse("SYR", None)(None)  # unlocated events never match
    assert LocationFilter.parse(None, "36.2,37.15,200")(RAQQA)  # Aleppo to Raqqa: ~160 km
    assert not LocationFilter.parse(None, "36.2,37.15,100")(RAQQA)
    assert not LocationFilter.parse("SYR", "33.5,36.3,50")(RAQQA)  # both must hold


@pytest.mark.parametrize(
    ("country", "near"), [("Syria", None), ("SY", None), (None, "36,37"), (None, "a,b,c"),
                          (None, "95,37,10"), (None, "36,37,-5")],
)  # fmt: skip
def test_location_filter_rejects_malformed_options(country: str | None, near: str | None) -> None:
    with pytest.raises(ConfigError):
        LocationFilter.parse(country, near)


# -- events (the model parses these) ---------------------------------------------------------


class _Located(dict[str, Any]):
    """Locations by trigger text; a key finds the first trigger that contains it."""

    def __missing__(self, word: str) -> Any:
        for trigger, location in self.items():
            if word in trigger:
                return location
        raise KeyError(f"no event with a trigger containing {word!r} in {list(self)}")


def _located(pipeline: Pipeline, text: str, published: str | None = "2016-03-16") -> _Located:
    events = pipeline.extract(Document(doc_id="d", text=text, published=published))
    return _Located((e.trigger.text, e.location) for e in events)


@pytest.mark.slow
def test_locative_phrase_on_the_trigger(pipeline: Pipeline) -> None:
    located = _located(pipeline, "Russian jets struck Islamic State positions near Raqqa.")
    assert located["struck"]["name"] == "Ar Raqqah"
    assert located["struck"]["precision"] == "city"
    assert located["struck"]["geonames_id"] == 172955


@pytest.mark.slow
def test_same_name_different_documents(pipeline: Pipeline) -> None:
    lebanon = _located(
        pipeline,
        "Lebanon's cabinet met in Beirut. Lebanese troops arrested two gunmen in Tripoli on "
        "Sunday.",
    )
    assert lebanon["arrested"]["country"] == "LBN"
    libya = _located(pipeline, "Libyan militias seized the airport in Tripoli on Saturday.")
    assert libya["seized"]["country"] == "LBY"
    qualified = _located(pipeline, "Police in Damascus, Maryland, arrested two men on Monday.")
    assert qualified["arrested"]["geonames_id"] == DAMASCUS_MD
    assert qualified["arrested"]["admin1"] == "Maryland"


@pytest.mark.slow
def test_metonym_is_an_actor_not_a_location(pipeline: Pipeline) -> None:
    located = _located(pipeline, "Moscow accused Washington of supporting terrorists.")
    assert located["accused"] is None
    located = _located(pipeline, "The Kremlin said Russian jets had bombed targets in Aleppo.")
    assert located["bombed"]["name"] == "Aleppo"


@pytest.mark.slow
def test_another_clauses_place_is_not_the_events(pipeline: Pipeline) -> None:
    text = "Saudi Arabia cut ties with Iran after protesters stormed its embassy in Tehran."
    assert _located(pipeline, text)["cut"] is None


@pytest.mark.slow
def test_precision_levels(pipeline: Pipeline) -> None:
    country = _located(pipeline, "Turkish jets struck Kurdish militants in Iraq.")["struck"]
    assert (country["name"], country["precision"], country["admin1"]) == ("Iraq", "country", None)
    state = _located(pipeline, "Hundreds of people protested in Texas on Sunday.")["protested"]
    assert (state["name"], state["precision"], state["geonames_id"]) == ("Texas", "admin1", 4736286)
    text = "Syrian air strikes killed 33 Turkish soldiers in Syria's Idlib province."
    province = _located(pipeline, text)["killed"]  # 'air strikes killed': one record
    assert (province["admin1"], province["precision"], province["geonames_id"]) == (
        "Idlib",
        "admin1",
        None,  # a division known only by its namesake city: no id of its own
    )
    specific = _located(pipeline, "Turkish artillery shelled fighters near Azaz in northern Syria.")
    assert specific["shelled"]["precision"] == "city"  # the more specific place inside


@pytest.mark.slow
def test_dateline_is_the_fallback(pipeline: Pipeline) -> None:
    located = _located(pipeline, "DAMASCUS (Reuters) - Syrian forces attacked rebels on Monday.")
    assert located["attacked"]["geonames_id"] == DAMASCUS_SYR


@pytest.mark.slow
def test_gold_set_floor(pipeline: Pipeline) -> None:
    """The places/dates gold set stays above its floors (see benchmarks/results/places.md)."""
    from tacitus.evaluate import run_eval

    metrics = run_eval("places", GOLD, pipeline).metrics
    assert metrics["events_found"] >= 105
    assert metrics["country_accuracy"] >= 0.93
    assert metrics["place_accuracy"] >= 0.92
    assert metrics["date_accuracy"] >= 0.92


# -- the command line ------------------------------------------------------------------------


@pytest.mark.slow
def test_extract_filters_by_country_and_distance(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    rows = [
        {"id": "a", "text": "Russian jets struck rebel positions near Raqqa.", "published": None},
        {"id": "b", "text": "Police in Paris, Texas, arrested a man on Friday.", "published": None},
    ]
    path.write_text("\n".join(json.dumps(r) for r in rows))

    def run(*args: str) -> tuple[int, list[str], str]:
        result = CliRunner().invoke(main, ["extract", str(path), "-q", *args])
        return (
            result.exit_code,
            [json.loads(x)["doc_id"] for x in result.stdout.split("\n") if x],
            result.stderr,
        )

    assert run("--location-country", "SYR")[:2] == (0, ["a"])
    assert run("--near", "33.66,-95.55,25")[:2] == (0, ["b"])  # Paris, Texas
    assert run("--near", "48.86,2.35,25")[:2] == (0, [])  # Paris, France: nothing there
    code, _, err = run("--near", "48.86,2.35")
    assert code == 2
    assert err == "Error: --near wants LAT,LON,KM (got '48.86,2.35') (e.g. 36.2,37.1,50)\n"
