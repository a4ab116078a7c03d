"""Writes tacitus/data/places/admin1.yaml: the first-level divisions of the states whose
conflicts the users follow, from the ISO 3166-2 data of the `iso3166-2` package (PyPI, MIT
licence; names, English names and a point per subdivision).

    pip download iso3166-2==1.8.4 --no-deps -d /tmp/iso && unzip -o /tmp/iso/*.whl -d /tmp/iso
    python scripts/build_admin1.py /tmp/iso/iso3166_2/iso3166-2.json

Kept: each subdivision that is no city and no parent of others (a governorate, not "Kurdistan
Region" above three of them), under its name without accents ("Al Anbar", "Helmand"), that
name without its Arabic article ("Anbar"), the package's English names that spell the same
name ("Erbil" for Arbil; not nicknames such as "Home of Peace"), and each with its type noun
("Borno State", "Helmand Province", "Anbar Governorate", "Donetsk Oblast"). A few English exonyms
the package gives as nicknames are added by hand (EXONYMS: "Nineveh", "Tigray"). Names that are
English words, peoples or water ("Delta", "Rivers", "Red Sea", "Somali") are kept only with
their noun ("Delta State").
"""

from __future__ import annotations

import json
import sys
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path

COUNTRIES = {  # ISO 3166-1 alpha-2 -> alpha-3
    "AF": "AFG", "IQ": "IRQ", "SY": "SYR", "NG": "NGA", "YE": "YEM", "LY": "LBY",
    "SO": "SOM", "SD": "SDN", "SS": "SSD", "UA": "UKR", "ML": "MLI", "CD": "COD",
    "ET": "ETH", "LB": "LBN", "MM": "MMR",
}  # fmt: skip
SKIP_TYPES = {"city", "municipality", "district", "administration", "union territory"}
NOUNS = {  # the package's type -> the nouns the news writes after the name
    "province": ["Province", "province"],
    "governorate": ["Governorate", "governorate", "Province", "province"],
    "state": ["State", "state"],
    "region": ["Region", "region"],
    "regional state": ["Region", "region", "Regional State"],
    "popularate": ["District", "district"],
    "republic": [],
    "capital territory": [],
}
UKRAINE_NOUNS = ["Oblast", "oblast", "Region", "region"]
# names that are English words, peoples, rivers or seas: only with their noun
NOUN_ONLY = {
    "Delta", "Rivers", "Plateau", "Niger", "Cross River", "Lakes", "Unity", "Upper Nile",
    "Blue Nile", "White Nile", "River Nile", "Red Sea", "Northern", "Bay", "Bari", "Equateur",
    "Tanganyika", "Somali", "Afar", "Amara", "Chin", "Mon", "Shan", "Kachin", "Kayin", "Kayah",
    "Sidama", "Kasai", "Gedo", "Sool", "Ghat", "Surt", "Marj", "Oases", "Mandalay", "Yangon",
    "Bago", "Magway", "Sagaing", "Wahat",
}  # fmt: skip
# English names the news uses that do not spell the ISO name (exonyms)
EXONYMS = {
    "IQ-NI": ["Nineveh"], "SY-HL": ["Aleppo"], "SY-DI": ["Damascus"], "SY-LA": ["Latakia"],
    "SY-DY": ["Deir ez-Zor", "Deir Ezzor"], "SY-RD": ["Damascus Countryside"],
    "IQ-SD": ["Salahuddin", "Salahaddin"], "ET-TI": ["Tigray"], "ET-AM": ["Amhara"],
    "YE-HU": ["Hodeidah", "Hudaydah"], "SO-SH": ["Lower Shabelle"], "SO-SD": ["Middle Shabelle"],
    "SO-JH": ["Lower Juba"], "SO-JD": ["Middle Juba"],
}  # fmt: skip
ARTICLES = ("Al ", "An ", "Ar ", "As ", "Ash ", "Az ", "Ad ", "At ", "Aḑ ", "Ad ")


def plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return out.replace("’", "").replace("‘", "").replace("ʻ", "").replace("'", "").strip()


def bare(name: str) -> str:
    for article in ARTICLES:
        if name.startswith(article) and len(name) > len(article) + 2:
            return name[len(article) :]
    return name


def same_name(a: str, b: str) -> bool:
    """An English name that spells the division's name, not a nickname."""
    a, b = bare(a).lower(), bare(b).lower()
    return SequenceMatcher(None, a, b).ratio() >= 0.6 or a.startswith(b) or b.startswith(a)


def english(other: str | None) -> list[str]:
    found = []
    for part in (other or "").split(", "):
        if part.endswith(" (eng)"):
            found.append(part[: -len(" (eng)")].strip())
    return found


def build(data: dict[str, dict[str, dict]]) -> list[dict]:
    rows = []
    for alpha2, iso3 in COUNTRIES.items():
        subdivisions = data[alpha2]
        parents = {s.get("parentCode") for s in subdivisions.values()}
        for code, sub in sorted(subdivisions.items()):
            kind = (sub.get("type") or "").lower()
            if kind in SKIP_TYPES or code in parents or not sub.get("latLng"):
                continue
            main = plain(sub["name"])
            if iso3 == "UKR":  # "Donetska oblast": the English name is the news's ("Donetsk")
                main = next(iter(english(sub.get("localOtherName"))), main)
                nouns = UKRAINE_NOUNS
            else:
                nouns = NOUNS.get(kind, [])
            names = [main]
            if bare(main) != main:
                names.append(bare(main))
            for name in english(sub.get("localOtherName")):
                name = plain(name)
                if name not in names and same_name(name, main) and "," not in name:
                    names.append(name)
            exonyms = [n for n in EXONYMS.get(code, []) if n not in names]
            own = names[: 2 if bare(main) != main else 1] + exonyms  # and without "Al"
            names += exonyms

            def written(group: list[str], nouns: list[str] = nouns) -> list[str]:
                spelled = [n for n in group if n not in NOUN_ONLY]
                return spelled + [f"{n} {noun}" for n in group for noun in nouns]

            lat, lon = sub["latLng"]
            rows.append(
                {
                    "code": code,
                    "country": iso3,
                    "name": (exonyms or [main])[0],
                    "names": written(own),
                    "alternates": written([n for n in names if n not in own]),
                    "lat": round(float(lat), 4),
                    "lon": round(float(lon), 4),
                }
            )
    return rows


def main() -> None:
    source = Path(sys.argv[1])
    rows = build(json.loads(source.read_text("utf-8")))
    out = Path(__file__).resolve().parent.parent / "tacitus/data/places/admin1.yaml"
    lines = [
        "# First-level divisions of the states whose conflicts the users follow (issue 11).",
        "# Generated by scripts/build_admin1.py from the ISO 3166-2 data of the iso3166-2",
        "# package 1.8.4 (PyPI, MIT licence): name, names as the news writes them (names: the",
        "# division's own, alternates: other spellings), point.",
        "# No GeoNames ids; read by tacitus/places/gazetteer.py. Do not edit by hand.",
        "divisions:",
    ]
    for row in rows:
        names = ", ".join(json.dumps(n, ensure_ascii=False) for n in row["names"])
        others = ", ".join(json.dumps(n, ensure_ascii=False) for n in row["alternates"])
        lines.append(
            f"  - {{code: {row['code']}, country: {row['country']}, name: "
            f"{json.dumps(row['name'], ensure_ascii=False)}, lat: {row['lat']}, "
            f"lon: {row['lon']}, names: [{names}], alternates: [{others}]}}"
        )
    out.write_text("\n".join(lines) + "\n", "utf-8")
    print(f"{len(rows)} divisions -> {out}")


if __name__ == "__main__":
    main()
