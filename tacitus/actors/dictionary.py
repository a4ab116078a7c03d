"""Actor dictionaries: loading, validation and the lookup tables the resolver uses.

Schema: docs/actors.md. Shipped files live in ``tacitus/data/actors/`` and
``tacitus/data/people/``; users add files with ``--actors FILE`` (an entry whose ``id`` exists
replaces the shipped one). Person entries carry dated ``offices``; their names are matched by
the people resolver (``people.py``), not by the surface index.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ..errors import DataError

ID_NAMESPACES = ("country", "igo", "group", "org", "person")
# libyaml's loader when PyYAML has it: the shipped dictionaries load several times faster
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
GENDERS = ("f", "m")
# the roles an office may list (docs/people.md); text titles map to these (titles.py)
ROLES = frozenset(
    {"president", "vice president", "prime minister", "chancellor", "monarch", "crown prince",
     "supreme leader", "leader", "deputy leader", "head of state", "head of government",
     "foreign minister", "secretary of state", "defence minister", "secretary-general",
     "director-general", "high representative", "commission president", "high commissioner",
     "humanitarian chief", "envoy", "spokesperson", "commander", "general secretary", "chair",
     "managing director", "prosecutor", "speaker", "commissioner", "adviser", "founder",
     "intelligence chief", "army chief", "senator", "governor", "attorney general", "chief", "head",
     "minister", "secretary"}
)  # fmt: skip
OFFICE_KEYS = frozenset({"title", "country", "sector", "start", "end", "org", "roles"})
# a kind of state institution: "MOI", "SUPREME-COURT" (upper case, digits, hyphens)
KIND = re.compile(r"[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*\Z")


@dataclass(frozen=True, slots=True)
class Office:
    """An office a person held from ``start`` to the day before ``end`` (None: an open term,
    held from ``start`` on, whatever the file's cut-off)."""

    title: str
    country: str | None
    sector: str | None
    start: dt.date
    end: dt.date | None = None
    org: str | None = None  # id of the organisation the office belongs to ("igo:UN")
    roles: tuple[str, ...] = ()  # extra role words ("leader", "head of state")

    def held_on(self, day: dt.date) -> bool:
        """Held on ``day``: an open term (end None) is held on every day from its start."""
        return self.start <= day and (self.end is None or day < self.end)


@dataclass(frozen=True, slots=True)
class ActorEntry:
    """One dictionary entry: a state, organisation, group or person."""

    id: str
    name: str
    country: str | None = None
    sector: str | None = None
    wikidata: str | None = None
    origin: str = ""  # the file it came from, for reasons
    gender: str | None = None  # people: "f" | "m" | None
    names: tuple[str, ...] = ()  # people: the names the people resolver matches
    offices: tuple[Office, ...] = ()  # people: dated offices
    cutoff: dt.date | None = None  # people: the file's data is known up to this date (reasons)
    kind: str | None = None  # org: the institution kind it is of its state ("MOI")


@dataclass(frozen=True, slots=True)
class Institution:
    """A kind of state institution ("MOI": interior ministry) found by its words with the
    country the text gives it ("Iraq's interior ministry" → ``org:IRQ-MOI``)."""

    kind: str
    name: str  # "Interior Ministry": the display name is "Interior Ministry of Iraq"
    sector: str | None


@dataclass
class SharedName:
    """A name several states' institutions or parties bear ("Senate", "Parliament",
    "Labour"): which one a mention means is decided by the text (docs/actors.md)."""

    text: str
    sector: str | None
    kind: str | None = None  # any state's institution of that kind may bear it
    states: frozenset[str] | None = None  # ... only these states' (None: any)
    entries: dict[str, ActorEntry] = field(default_factory=dict)  # country -> entry
    default: str | None = None  # the country when the document favours none
    needs_the: bool = False  # written "the House": a bare "House" is not enough


@dataclass(frozen=True, slots=True)
class Surface:
    """One way an entry is written in text, and what the text means."""

    entry: ActorEntry
    kind: str  # "name" | "demonym" | "metonym"
    text: str
    sector: str | None  # sector this surface implies (metonyms: GOV/MIL/...)
    needs_the: bool = False  # written "the West": a bare "West" is not enough
    # a people of the state, not its nationals ("Karen", "Basques"): the country, never the
    # state's identity ("Karen troops" are not Myanmar's army)
    people: bool = False


@dataclass(slots=True)
class SurfaceMatch:
    """A dictionary surface found in a text, by token indices (end exclusive)."""

    start: int
    end: int
    surface: Surface
    locative: bool = False
    alias: str | None = None  # the normalised name an unlisted spelling matched on


@dataclass
class ActorDictionary:
    """All entries, their surfaces (by text, without a leading "the") and agent words
    (lemma tuples)."""

    entries: dict[str, ActorEntry] = field(default_factory=dict)
    surfaces: dict[str, Surface] = field(default_factory=dict)
    agents: dict[tuple[str, ...], str] = field(default_factory=dict)
    max_agent_len: int = 1
    institutions: dict[tuple[str, ...], Institution] = field(default_factory=dict)
    kinds: dict[str, Institution] = field(default_factory=dict)
    by_kind: dict[tuple[str, str], ActorEntry] = field(default_factory=dict)  # (ISO3, kind)
    shared: dict[str, SharedName] = field(default_factory=dict)  # by text, without "the"
    # ethnic and religious communities by the one word that names them ("Kurds", "Yazidis")
    communities: dict[str, ActorEntry] = field(default_factory=dict)

    def add_file(self, path: Path | str, text: str | None = None) -> None:
        """Add the entries of one YAML/JSON file (``text`` given for packaged data)."""
        name = str(path)
        if text is None:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError) as exc:
                raise DataError(f"cannot read actor file {name}: {exc}") from exc
        try:
            data = json.loads(text) if name.endswith(".json") else yaml.load(text, Loader=_LOADER)
        except (ValueError, yaml.YAMLError) as exc:
            raise DataError(f"{name}: not valid YAML/JSON: {exc}") from exc
        if not isinstance(data, dict):
            raise DataError(
                f"{name}: expected a mapping with 'actors', 'agents' and/or 'institutions'"
            )
        unknown = set(data) - {"actors", "agents", "communities", "cutoff", "institutions"}
        if unknown:
            raise DataError(f"{name}: unknown top-level keys {sorted(unknown)}")
        origin = Path(name).name
        cutoff = _opt_date(data.get("cutoff"), f"{name}: 'cutoff'")
        for i, raw in enumerate(data.get("institutions") or []):
            self._add_institution(raw, f"{name} institutions#{i + 1}")
        for i, raw in enumerate(data.get("actors") or []):
            self._add_actor(raw, f"{name}#{i + 1}", origin, cutoff)
        for i, raw in enumerate(data.get("agents") or []):
            self._add_agent(raw, f"{name} agents#{i + 1}")
        for i, raw in enumerate(data.get("communities") or []):
            self._add_community(raw, f"{name} communities#{i + 1}", origin)

    def _add_actor(self, raw: Any, where: str, origin: str, cutoff: dt.date | None) -> None:
        if not isinstance(raw, dict):
            raise DataError(f"{where}: an actor must be a mapping")
        for key in ("id", "name"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise DataError(f"{where}: missing or empty '{key}'")
        actor_id = raw["id"]
        if actor_id.split(":", 1)[0] not in ID_NAMESPACES or ":" not in actor_id:
            raise DataError(
                f"{where}: id {actor_id!r} must be namespaced "
                f"({', '.join(n + ':' for n in ID_NAMESPACES)})"
            )
        entry = ActorEntry(
            id=actor_id,
            name=raw["name"],
            country=_opt_str(raw, "country", where),
            sector=_opt_str(raw, "sector", where),
            wikidata=_opt_str(raw, "wikidata", where),
            origin=origin,
        )
        if actor_id in self.entries:  # a later file overrides: drop the old surfaces
            self._forget(actor_id)
        if actor_id.startswith("person:"):
            self.entries[actor_id] = _person(raw, entry, where, cutoff)
            return
        for key in ("offices", "gender"):
            if raw.get(key) is not None:
                raise DataError(f"{where}: '{key}' is only allowed on person: entries")
        entry = self._institution_entry(raw, entry, where)
        self.entries[actor_id] = entry
        for text in _str_list(raw, "names", where):
            self._add_surface(Surface(entry, "name", text, entry.sector))
        for text in _str_list(raw, "demonyms", where):
            self._add_surface(Surface(entry, "demonym", text, None))
        for text in _str_list(raw, "peoples", where):
            self._add_surface(Surface(entry, "demonym", text, None, people=True))
        for item in raw.get("metonyms") or []:
            if isinstance(item, str):
                text, sector = item, "GOV"
            elif isinstance(item, dict) and isinstance(item.get("text"), str):
                text, sector = item["text"], item.get("sector") or "GOV"
            else:
                raise DataError(f"{where}: a metonym is a string or {{text, sector}}")
            self._add_surface(Surface(entry, "metonym", text, sector))
        for text in _str_list(raw, "shared_names", where):
            self._share(text, entry.sector).entries[entry.country or ""] = entry
            if raw.get("default"):
                self._share(text, entry.sector).default = entry.country

    def _institution_entry(self, raw: dict[str, Any], entry: ActorEntry, where: str) -> ActorEntry:
        """An entry's institution ``kind`` and ``shared_names`` (org: and group: entries)."""
        kind = _opt_str(raw, "kind", where)
        namespace = entry.id.split(":", 1)[0]
        if kind is not None and namespace != "org":
            raise DataError(f"{where}: 'kind' is only allowed on org: entries")
        if (raw.get("shared_names") or raw.get("default")) and namespace not in ("org", "group"):
            raise DataError(f"{where}: 'shared_names' are only allowed on org: and group: entries")
        if (raw.get("shared_names") or kind) and not entry.country:
            raise DataError(f"{where}: an entry with 'kind' or 'shared_names' needs a 'country'")
        if kind is None:
            return entry
        if not KIND.match(kind):
            raise DataError(f"{where}: 'kind' must be upper case letters, digits and hyphens")
        entry = replace(entry, kind=kind)
        self.by_kind[(entry.country or "", kind)] = entry
        return entry

    def _share(self, text: str, sector: str | None) -> SharedName:
        written = text.strip()
        text = written.removeprefix("the ").strip()
        shared = self.shared.get(text)
        if shared is None:
            shared = self.shared[text] = SharedName(text, sector)
            self.surfaces.pop(text, None)  # a shared name is no one entry's own name
        if written != text and " " not in text:
            shared.needs_the = True
        return shared

    def _forget(self, actor_id: str) -> None:
        """Drop what an entry that is being replaced added."""
        self.surfaces = {k: s for k, s in self.surfaces.items() if s.entry.id != actor_id}
        self.by_kind = {k: e for k, e in self.by_kind.items() if e.id != actor_id}
        for shared in self.shared.values():
            shared.entries = {k: e for k, e in shared.entries.items() if e.id != actor_id}

    def _add_institution(self, raw: Any, where: str) -> None:
        if not isinstance(raw, dict):
            raise DataError(f"{where}: an institution is a mapping {{kind, name, sector, words}}")
        unknown = set(raw) - {"kind", "name", "sector", "words", "names", "states", "default"}
        if unknown:
            raise DataError(f"{where}: unknown keys {sorted(unknown)}")
        kind, name = raw.get("kind"), raw.get("name")
        if not isinstance(kind, str) or not KIND.match(kind):
            raise DataError(f"{where}: 'kind' must be upper case letters, digits and hyphens")
        if not isinstance(name, str) or not name.strip():
            raise DataError(f"{where}: missing or empty 'name'")
        institution = Institution(kind, name.strip(), _opt_str(raw, "sector", where))
        self.kinds[kind] = institution
        for word in _str_list(raw, "words", where):
            self.institutions[tuple(word.lower().split())] = institution
        states = _str_list(raw, "states", where)
        for text in _str_list(raw, "names", where):
            shared = self._share(text, institution.sector)
            shared.kind = kind
            shared.states = frozenset(states) if states else None
            shared.default = _opt_str(raw, "default", where) or shared.default

    def _add_surface(self, surface: Surface) -> None:
        text = surface.text.strip()
        needs_the = False
        if text.lower().startswith("the "):
            text = text[4:].strip()
            # a bare single word ("West") is too ambiguous: keep "the" required for it
            needs_the = " " not in text and surface.kind != "metonym"
        if text and text not in self.shared:  # a shared name is decided by the text
            self.surfaces[text] = Surface(
                surface.entry, surface.kind, text, surface.sector, needs_the, surface.people
            )

    def _add_community(self, raw: Any, where: str, origin: str) -> None:
        """An ethnic or religious community: a ``group:`` id, a sector (ETH or REL) and the
        one-word names it goes by; no country (the text gives it one, or none)."""
        if not isinstance(raw, dict):
            raise DataError(f"{where}: a community is a mapping {{id, name, sector, names}}")
        unknown = set(raw) - {"id", "name", "sector", "names"}
        if unknown:
            raise DataError(f"{where}: unknown keys {sorted(unknown)}")
        for key in ("id", "name", "sector"):
            if not isinstance(raw.get(key), str) or not raw[key].strip():
                raise DataError(f"{where}: missing or empty '{key}'")
        if not raw["id"].startswith("group:"):
            raise DataError(f"{where}: a community's id is a group: id")
        names = _str_list(raw, "names", where)
        if any(" " in n.strip() for n in names):
            raise DataError(f"{where}: a community's names are single words")
        entry = ActorEntry(id=raw["id"], name=raw["name"], sector=raw["sector"], origin=origin)
        self.entries[entry.id] = entry
        for text in names:
            self.communities[text.strip()] = entry

    def _add_agent(self, raw: Any, where: str) -> None:
        if not isinstance(raw, dict) or not isinstance(raw.get("sector"), str):
            raise DataError(f"{where}: an agent is {{words: [...], sector: X}}")
        for word in _str_list(raw, "words", where):
            lemmas = tuple(word.lower().split())
            self.agents.setdefault(lemmas, raw["sector"])
            self.max_agent_len = max(self.max_agent_len, len(lemmas))


def _person(
    raw: dict[str, Any], entry: ActorEntry, where: str, cutoff: dt.date | None
) -> ActorEntry:
    """A person entry: names (matched by the people resolver), gender and dated offices."""
    for key in ("demonyms", "peoples", "metonyms"):
        if raw.get(key):
            raise DataError(f"{where}: a person has no '{key}'")
    gender = _opt_str(raw, "gender", where)
    if gender is not None and gender not in GENDERS:
        raise DataError(f"{where}: 'gender' must be 'f', 'm' or null (got {gender!r})")
    names = [entry.name, *_str_list(raw, "names", where)]
    offices = raw.get("offices") or []
    if not isinstance(offices, list):
        raise DataError(f"{where}: 'offices' must be a list")
    return replace(
        entry,
        gender=gender,
        names=tuple(dict.fromkeys(n.strip() for n in names)),
        offices=tuple(_office(o, f"{where}: office {k + 1}") for k, o in enumerate(offices)),
        cutoff=cutoff,
    )


def _office(raw: Any, where: str) -> Office:
    if not isinstance(raw, dict):
        raise DataError(f"{where}: an office is a mapping {{title, country, sector, start, end}}")
    unknown = set(raw) - OFFICE_KEYS
    if unknown:
        raise DataError(f"{where}: unknown keys {sorted(unknown)}")
    title = raw.get("title")
    if not isinstance(title, str) or not title.strip():
        raise DataError(f"{where}: missing or empty 'title'")
    start = _opt_date(raw.get("start"), f"{where}: 'start'")
    if start is None:
        raise DataError(f"{where}: missing 'start'")
    end = _opt_date(raw.get("end"), f"{where}: 'end'")
    if end is not None and end < start:
        raise DataError(f"{where}: 'end' {end.isoformat()} is before 'start' {start.isoformat()}")
    return Office(
        title=title.strip(),
        country=_opt_str(raw, "country", where),
        sector=_opt_str(raw, "sector", where),
        start=start,
        end=end,
        org=_opt_str(raw, "org", where),
        roles=_roles(raw, where),
    )


def _roles(raw: dict[str, Any], where: str) -> tuple[str, ...]:
    roles = tuple(r.strip().lower() for r in _str_list(raw, "roles", where))
    unknown = [r for r in roles if r not in ROLES]
    if unknown:
        raise DataError(f"{where}: unknown roles {unknown} (known: {', '.join(sorted(ROLES))})")
    return roles


def _opt_date(value: Any, where: str) -> dt.date | None:
    """A date from YAML (already a date) or JSON (an ISO string); None stays None."""
    if value is None:
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise DataError(f"{where} must be an ISO date (YYYY-MM-DD) or null (got {value!r})")


def _opt_str(raw: dict[str, Any], key: str, where: str) -> str | None:
    value = raw.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise DataError(f"{where}: '{key}' must be a string or null")
    return value


def _str_list(raw: dict[str, Any], key: str, where: str) -> list[str]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise DataError(f"{where}: '{key}' must be a list of strings")
    return [v for v in value if v.strip()]


SHIPPED_FILES = (
    "countries.yaml", "igos.yaml", "groups.yaml", "agents.yaml", "institutions.yaml",
    "parties.yaml", "media.yaml", "communities.yaml",
)  # fmt: skip


def load_dictionary(extra: Sequence[Path | str] = ()) -> ActorDictionary:
    """The shipped dictionaries (actors, then people) plus the user's ``--actors`` files."""
    dictionary = ActorDictionary()
    base = resources.files("tacitus").joinpath("data/actors")
    for name in SHIPPED_FILES:
        resource = base.joinpath(name)
        if resource.is_file():
            dictionary.add_file(f"tacitus/data/actors/{name}", resource.read_text("utf-8"))
    people = resources.files("tacitus").joinpath("data/people")
    if people.is_dir():
        for resource in sorted(people.iterdir(), key=lambda r: r.name):
            if resource.name.endswith(".yaml") and resource.is_file():
                dictionary.add_file(
                    f"tacitus/data/people/{resource.name}", resource.read_text("utf-8")
                )
    for path in extra:
        dictionary.add_file(path)
    return dictionary
