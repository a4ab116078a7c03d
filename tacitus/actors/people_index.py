"""The people dictionary, indexed once: names by first token, offices by (country, role).

``PersonIndex`` answers the three questions the people resolver asks: which people a run of
tokens may name, which office a person held on a date, and who held an office (by country or
organisation and role) on a date. Everything is built at load time; lookups are dict gets.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from .dictionary import ActorDictionary, ActorEntry, Office
from .titles import compatible, office_roles

# lower-case name particles that belong to a surname ("von der Leyen", "bin Salman")
PARTICLES = frozenset(
    {"bin", "ibn", "bint", "ben", "abu", "al", "el", "de", "del", "der", "van", "von", "da", "di",
     "dos", "das", "du", "la", "le", "zu", "ould"}
)  # fmt: skip
ROMAN = re.compile(r"^[IVX]+$")
HEAD_ROLES = frozenset({"leader", "head of state", "head of government", "president", "monarch"})
# roles of a state's office that one person holds at a time: "the French president" names its
# holder, "the US envoy" does not (a state has many envoys, spokesmen, commanders, advisers)
STATE_POSTS = frozenset(
    {"president", "vice president", "prime minister", "chancellor", "monarch", "crown prince",
     "supreme leader", "leader", "head of state", "head of government", "foreign minister",
     "secretary of state", "defence minister", "general secretary", "army chief",
     "intelligence chief", "speaker"}
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class NameForm:
    words: tuple[str, ...]  # tokens as the pipeline's tokenizer splits them
    person: str  # person id
    full: bool  # a full name (two words or more, as listed); else a surname or single name


@dataclass(frozen=True, slots=True)
class Choice:
    """The office a mention is resolved to (or None), and why."""

    office: Office | None
    why: str
    stale: bool = False  # an open term on a day after the data's cut-off
    guess: bool = False  # undated text, no office on the as-of date: the last one, a guess


@dataclass
class PersonIndex:
    people: dict[str, ActorEntry] = field(default_factory=dict)
    by_first: dict[str, list[NameForm]] = field(default_factory=dict)
    holders: dict[tuple[str, str], list[tuple[Office, str]]] = field(default_factory=dict)

    @classmethod
    def build(
        cls, dictionary: ActorDictionary, tokenize: Callable[[str], list[str]]
    ) -> PersonIndex:
        index = cls()
        taken = {
            text for text, s in dictionary.surfaces.items() if not s.entry.id.startswith("person:")
        }
        for entry in dictionary.entries.values():
            if not entry.id.startswith("person:"):
                continue
            index.people[entry.id] = entry
            forms: dict[tuple[str, ...], bool] = {}
            for name in entry.names:
                words = tuple(tokenize(name))
                if words:
                    forms[words] = forms.get(words, False) or len(name.split()) > 1
                for surname in _surnames(name):
                    if surname not in taken:
                        forms.setdefault(tuple(tokenize(surname)), False)
            for words, full in forms.items():
                if not full and " ".join(words) in taken:
                    continue  # "Houthi" is the group, not Abdul-Malik al-Houthi
                index.by_first.setdefault(words[0], []).append(NameForm(words, entry.id, full))
            for office in entry.offices:
                for key in _office_keys(office):
                    index.holders.setdefault(key, []).append((office, entry.id))
        for forms_ in index.by_first.values():
            forms_.sort(key=lambda f: -len(f.words))
        return index

    # -- offices of a person ------------------------------------------------------------------

    def office_of(
        self,
        entry: ActorEntry,
        day: dt.date,
        asked: frozenset[str],
        former: bool = False,
        undated: bool = False,
    ) -> Choice:
        """The office ``entry`` held on ``day`` (the one matching ``asked`` roles first). In
        an ``undated`` text (``day`` is the as-of date) a person with no office on that day
        is taken in their last office before it: the text most likely names them in it."""
        offices = list(entry.offices)
        if not offices:
            return Choice(None, "no office in the dictionaries")
        matching = [o for o in offices if asked and compatible(asked, office_roles(o))]
        if former:
            past = [o for o in (matching or offices) if o.end is not None and o.end <= day]
            if past:
                best = max(past, key=lambda o: o.end or o.start)
                return Choice(best, f"former {best.title} of {_where(best)} ({_span(best)})")
        held = [o for o in offices if o.held_on(day)]
        if held:
            best = max(held, key=lambda o: _rank(o, asked))
            why, stale = _held_why(best, day, entry.cutoff)
            return Choice(best, why, stale)
        last = max(offices, key=lambda o: o.end or o.start)
        before = [o for o in (matching or offices) if o.start <= day]
        if undated and before:
            best = max(before, key=lambda o: (o.end or o.start, o.start))
            why = f"no office on {day.isoformat()}; undated text: the last, {_describe(best)}"
            return Choice(best, why, guess=True)
        return Choice(None, f"no office on {day.isoformat()} (last: {_describe(last)})")

    # -- holders of an office -----------------------------------------------------------------

    def holder(
        self, where: str, asked: frozenset[str], day: dt.date
    ) -> tuple[ActorEntry, Office, str] | None:
        """Who held the office of ``where`` (ISO3 or organisation id) with a role in ``asked``
        on ``day``: only a term that includes the day, never a former holder."""
        found: dict[str, tuple[Office, str]] = {}
        # an organisation's "chief" or "head" is its top office; a state's only its posts
        # that one person holds at a time (a state has many envoys, spokesmen, commanders)
        usable = asked if ":" in where else asked & STATE_POSTS
        for role in sorted(usable):
            for office, person in self.holders.get((where, role), ()):
                found.setdefault(f"{person}|{office.title}|{office.start}", (office, person))
        held = [c for c in found.values() if c[0].held_on(day)]
        if not held:
            return None
        office, person = max(held, key=lambda c: (c[0].start, c[0].end is None))
        entry = self.people[person]
        return entry, office, _held_why(office, day, entry.cutoff)[0]


def _office_keys(office: Office) -> Iterable[tuple[str, str]]:
    for role in office_roles(office):
        if office.org:
            yield office.org, role
        if office.country and not office.org:
            yield office.country, role


def _rank(office: Office, asked: frozenset[str]) -> tuple[bool, bool, dt.date]:
    roles = office_roles(office)
    return (bool(asked) and compatible(asked, roles), bool(roles & HEAD_ROLES), office.start)


def _surnames(name: str) -> list[str]:
    """Surnames of a listed full name: "Bashar al-Assad" -> al-Assad, Assad."""
    words = name.split()
    if len(words) < 2 or ROMAN.match(words[-1]) or words[-1].endswith("."):
        return []
    k = len(words) - 1
    while k > 1 and words[k - 1].lower() in PARTICLES:
        k -= 1
    surname = " ".join(words[k:])
    found = [surname]
    bare = re.sub(r"^(al|el|Al|El)-", "", words[-1])
    if bare != words[-1] and k == len(words) - 1:
        found.append(bare)
    return found


def _where(office: Office) -> str:
    return office.org or office.country or "?"


def _span(office: Office) -> str:
    end = office.end.isoformat() if office.end else ""
    return f"{office.start.isoformat()}–{end}"


def _describe(office: Office) -> str:
    return f"{office.title} of {_where(office)} ({_span(office)})"


def _held_why(office: Office, day: dt.date, cutoff: dt.date | None) -> tuple[str, bool]:
    """Why an office is taken as held on ``day``; True when the day is past the data's
    cut-off (an open term is then the best guess: the holder may have changed since)."""
    why = f"{_describe(office)}, held on {day.isoformat()}"
    if office.end is None and cutoff is not None and day > cutoff:
        return f"{why} (open term; the data is known up to {cutoff.isoformat()})", True
    return why, False


def undated_day(note: str, as_of: str | None) -> tuple[dt.date, str]:
    """The day an undated article's offices are taken on: ``as_of`` (an ISO date) when given,
    else today (the day it is analysed: its ingest date), and the note that says which."""
    if as_of:
        day = dt.date.fromisoformat(as_of[:10])
        return day, f"{note}: offices as of {day.isoformat()} (the as-of date given)"
    day = dt.date.today()
    return day, f"{note}: offices as of {day.isoformat()}, the day it was analysed (ingest date)"


def parse_day(published: str | None) -> tuple[dt.date | None, str]:
    """The article's date from ``published`` (ISO date or datetime, year-month, year)."""
    if not published:
        return None, "undated article"
    text = published.strip()
    try:
        return dt.date.fromisoformat(text[:10]), ""
    except ValueError:
        pass
    match = re.match(r"^(\d{4})(?:-(\d{2}))?", text)
    if match:
        year, month = int(match.group(1)), int(match.group(2) or 7)
        day = 15 if match.group(2) else 1
        try:
            return dt.date(year, month, day), f"date '{text}' read as {year}-{month:02d}-{day:02d}"
        except ValueError:
            pass
    return None, f"unreadable date {published!r}"
