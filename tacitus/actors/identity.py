"""One identity per actor: names normalised into keys, ids for people not in the dictionaries.

Spellings of one actor differ in small ways that do not change who it is: a leading article
("the FBI"), punctuation ("U.S." and "US", "F.B.I."), abbreviations ("Justice Dept."), word
order ("Department of Justice"), a possessive ("Comey's"), middle initials ("James B.
Comey"). These functions reduce a name to one comparable form, so that every spelling lands
on one identity:

- :func:`name_key` for organisations and groups ("the U.S. Dept. of Justice" → "us justice
  department");
- :func:`person_key` for people (honorifics and middle initials dropped, a generational
  suffix kept: "Donald Trump Jr." is not "Donald Trump"; an Arabic article joined to its
  surname: "Haider Al Abadi" and "Haider al-Abadi" are one);
- :func:`person_id` and :func:`name_id` turn them into the ids and store keys of actors the
  dictionaries do not list (``person:josh-earnest``, ``name:priorities-usa``).

:class:`AliasIndex` looks a normalised name up among the dictionary's entries, so that a
spelling the dictionary does not list ("Justice Dept.") still resolves to its entry, and the
actor's reason says which normalisation merged it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

import yaml

ARTICLES = frozenset({"the", "a", "an"})
# abbreviations written out, so that both spellings give one key
ABBREVIATIONS = {
    "dept": "department", "govt": "government", "intl": "international", "natl": "national",
    "assn": "association", "cmte": "committee", "united states": "us", "united kingdom": "uk",
    "united nations": "un", "european union": "eu", "org": "organization",
    "organisation": "organization", "defence": "defense", "centre": "center",
    "labour": "labor", "programme": "program",
}  # fmt: skip
# "Department of Justice" = "Justice Department": heads written before or after their field
OF_HEADS = frozenset(
    {"department", "ministry", "office", "agency", "bureau", "directorate", "secretariat",
     "commission", "committee", "council", "service", "services", "court"}
)  # fmt: skip
# honorifics, ranks and titles that can open a name the entity recogniser gives ("Lt Gen
# Sergei Rudskoi", "Mr. Earnest"): no part of the person's identity
HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam", "madame", "mister",
     "prof", "professor", "rev", "reverend", "lt", "lieut", "lieutenant", "gen", "general",
     "col", "colonel", "maj", "major", "capt", "captain", "cpt", "sgt", "sergeant", "adm",
     "admiral", "brig", "brigadier", "cmdr", "commander", "cpl", "corporal", "pvt", "private",
     "sen", "senator", "rep", "gov", "governor", "pres", "president", "amb", "ambassador",
     "sheikh", "shaikh", "imam", "ayatollah", "hon", "honourable", "honorable"}
)  # fmt: skip
# what the reason of an unlisted person's id says (people.py writes it; readers such as the
# event coder tell a dictionary id from one made from a name by it)
MADE_FROM_NAME = "made from the name"
SUFFIXES = {"jr": "jr", "junior": "jr", "sr": "sr", "senior": "sr", "ii": "ii", "iii": "iii",
            "iv": "iv"}  # fmt: skip
# the Arabic article, as names write it before a surname ("al-Assad", "el-Sisi", "ad-Din")
ARABIC_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az"})
_LONGEST_FIRST = sorted(ABBREVIATIONS.items(), key=lambda kv: -len(kv[0]))
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_INITIAL = re.compile(r"^[a-z]$")


def _fold(text: str) -> str:
    """Lower case ASCII: accents dropped ("Erdoğan" → "erdogan")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.encode("ascii", "ignore").decode("ascii").lower()


def _words(text: str) -> list[str]:
    """Lower-case words of a name: possessive dropped, periods inside abbreviations removed
    ("U.S." → "us"), other punctuation a space."""
    text = _POSSESSIVE.sub("", _fold(text.strip()))
    text = re.sub(r"\b[a-z](?:\.[a-z])+\b", lambda m: m.group(0).replace(".", ""), text)
    text = text.replace(".", " ").replace("&", " and ")
    return re.findall(r"[a-z0-9]+", text)


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """The comparable form of an organisation's or group's name: "the U.S. Dept. of
    Justice" → "us justice department", "FBI's" → "fbi". (Cached: a store write asks for
    the key of every side of every event.)"""
    words = _words(text)
    while words and words[0] in ARTICLES:
        words = words[1:]
    joined = " " + " ".join(words) + " "
    for short, full in _LONGEST_FIRST:
        joined = joined.replace(f" {short} ", f" {full} ")
    words = joined.split()
    if len(words) >= 3 and words[0] in OF_HEADS and words[1] == "of":
        words = [*words[2:], words[0]]  # "department of justice" → "justice department"
    else:
        for k in range(1, len(words) - 2):  # "us department of justice"
            if words[k] in OF_HEADS and words[k + 1] == "of":
                words = [*words[:k], *words[k + 2 :], words[k]]
                break
    return " ".join(words)


@dataclass(frozen=True, slots=True)
class PersonName:
    """A person's name split into what identifies them."""

    given: tuple[str, ...]  # first names (middle initials dropped)
    surname: str  # the last word ("comey"; "al-assad" keeps its particle)
    suffix: str = ""  # "jr", "sr", "iii"

    @property
    def key(self) -> str:
        return " ".join([*self.given, self.surname, *([self.suffix] if self.suffix else [])])


@lru_cache(maxsize=1 << 16)
def person_name(text: str) -> PersonName | None:
    """A person's name without honorifics and middle initials: "Mr. James B. Comey" →
    (james, comey); "Donald Trump Jr." → (donald, trump, jr)."""
    raw = _POSSESSIVE.sub("", _fold(text.strip())).replace(".", " ")
    words = [w for w in re.split(r"[\s,]+", raw) if w]
    words = [re.sub(r"[^a-z0-9-]", "", w) for w in words]
    words = [w for w in words if w]
    while words and words[0] in HONORIFICS:
        words = words[1:]
    suffix = ""
    if len(words) > 1 and words[-1] in SUFFIXES:
        suffix = SUFFIXES[words[-1]]
        words = words[:-1]
    if not words:
        return None
    words = _articles_joined(words)
    given = [w for i, w in enumerate(words[:-1]) if i == 0 or not _INITIAL.match(w)]
    return PersonName(tuple(given), words[-1], suffix)


def _articles_joined(words: list[str]) -> list[str]:
    """An Arabic article after the first name joined to the word it opens, as one surname
    however it is written ("haider al abadi" → "haider al-abadi"); a first word stays ("Al
    Franken" has the first name Al)."""
    joined = words[:1]
    k = 1
    while k < len(words):
        if words[k] in ARABIC_ARTICLES and k + 1 < len(words):
            joined.append(f"{words[k]}-{words[k + 1]}")
            k += 2
        else:
            joined.append(words[k])
            k += 1
    return joined


def unlisted(actor_id: str | None, reason: str) -> bool:
    """Whether an actor's id was made from a name the dictionaries do not list."""
    return bool(actor_id) and MADE_FROM_NAME in reason


def person_key(text: str) -> str:
    name = person_name(text)
    return name.key if name is not None else " ".join(_words(text))


def _slug(key: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", key).strip("-")


def person_id(name: str) -> str:
    """The id of a person the dictionaries do not list: ``person:josh-earnest``."""
    return f"person:{_slug(person_key(name))}"


def name_id(name: str) -> str:
    """The store key of a named actor the dictionaries do not list: ``name:priorities-usa``."""
    return f"name:{_slug(name_key(name))}"


def same_person(earlier: PersonName, later: PersonName, first_name: bool = False) -> bool:
    """Whether a later name can be the same person as an earlier, fuller one: the same
    surname, and first names and suffix that agree where the later name gives them ("James
    Comey" after "James B. Comey", "Trump Jr." after "Donald Trump Jr."; not "Eric Trump");
    with ``first_name``, also a first name alone ("Karim" after "Karim Wasifi", as features
    call the people they portray), when it is known as one (``first_names.yaml``: the
    recogniser's "Samarra Barrage" or "Near Palmyra" are no people to follow)."""
    first = earlier.given[0] if earlier.given else None
    if first_name and not later.given and not later.suffix and later.surname == first:
        return first_name_gender(earlier) is not None  # a first name ("Samarra Barrage" has none)
    if earlier.surname != later.surname and earlier.surname.split("-")[-1] != later.surname:
        return False
    if later.suffix and later.suffix != earlier.suffix:
        return False
    if later.given and earlier.given:
        first, other = later.given[0], earlier.given[0]
        if first != other and not (len(first) == 1 and other.startswith(first)):
            return False
    return True


@dataclass
class AliasIndex:
    """Normalised names of the dictionary's entries (people aside) → the entry's id; a
    normalised name two entries share is nobody's."""

    ids: dict[str, str | None] = field(default_factory=dict)

    def add(self, entry_id: str, names: Iterable[str]) -> None:
        for name in names:
            key = name_key(name)
            if not key:
                continue
            if key in self.ids and self.ids[key] != entry_id:
                self.ids[key] = None
            else:
                self.ids[key] = entry_id

    def get(self, text: str) -> tuple[str, str] | None:
        """The entry id a spelling stands for, and the normalised name that matched."""
        key = name_key(text)
        found = self.ids.get(key)
        return (found, key) if found else None


@cache
def _first_names() -> dict[str, str]:
    raw = resources.files("tacitus").joinpath("data/names/first_names.yaml").read_text("utf-8")
    data = yaml.safe_load(raw) or {}
    return {_fold(name): gender for gender in ("f", "m") for name in data.get(gender) or []}


def is_common_surname(word: str) -> bool:
    """Whether one word is a surname so frequent that, alone, it names nobody in particular
    ("Davis", "Khan", "Lee"; ``tacitus/data/names/common_surnames.yaml``)."""
    return _fold(word) in _common_surnames()


@cache
def _common_surnames() -> frozenset[str]:
    raw = resources.files("tacitus").joinpath("data/names/common_surnames.yaml").read_text("utf-8")
    return frozenset(_fold(name) for name in (yaml.safe_load(raw) or {}).get("surnames") or [])


def first_name_gender(name: PersonName | None) -> str | None:
    """The gender a first name says ("Melania" → f), or None when it says none
    (``tacitus/data/names/first_names.yaml``)."""
    if name is None or not name.given:
        return None
    return _first_names().get(name.given[0])


def is_first_name(word: str) -> bool:
    """Whether one word is a first name of the names list ("Melania", "HAIDER")."""
    return re.sub(r"[^a-z0-9-]", "", _fold(word)) in _first_names()
