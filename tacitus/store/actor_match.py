"""Which actors a user means: the actor filter's matching, and suggestions as they type.

An actor filter (``--actor``, ``actor=``) is matched against the store's actors:

1. an actor key or id, exactly (any case): ``country:RUS``, ``person:vladimir-putin``, ``army``;
2. else every actor whose name holds the filter's words in that order ("Putin" → Vladimir
   Putin; "Trump" → Donald Trump, Donald Trump Jr., Melania Trump), or one of whose aliases
   is the filter's words exactly: the ways the store's documents wrote it ("the Kremlin",
   "Moscow" → Russia) and, when none of these matches, the names, demonyms and metonyms of
   the shipped actor dictionaries ("ISIL" → Islamic State);
3. else nothing, with suggestions: actors whose name or alias has words starting with the
   filter's words, or names spelled alike ("Putn" → Vladimir Putin), most active first.

Words are compared case-folded, without a leading "the" or a possessive "'s". The index of
names and aliases is built from the store once and rebuilt when its row counts change.
"""

from __future__ import annotations

import difflib
import re
import threading
import weakref
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from .connection import Readable, wrapped
from .filters import Filters

_WORD = re.compile(r"\w+")
_POSSESSIVE = re.compile(r"['\u2019]s\b", re.IGNORECASE)
MAX_SUGGESTIONS = 8


def words(text: str) -> tuple[str, ...]:
    """Case-folded words, without a leading "the" or possessive "'s"."""
    found = tuple(_WORD.findall(_POSSESSIVE.sub("", text.casefold())))
    return found[1:] if found[:1] == ("the",) and len(found) > 1 else found


def _holds(haystack: tuple[str, ...], needle: tuple[str, ...], prefix: bool = False) -> bool:
    """Whether ``needle`` occurs in ``haystack`` as consecutive words (the last one only
    starting a word when ``prefix``)."""
    n = len(needle)
    if not n:
        return False
    for at in range(len(haystack) - n + 1):
        if haystack[at : at + n - 1] == needle[:-1]:
            last = haystack[at + n - 1]
            if last == needle[-1] or (prefix and last.startswith(needle[-1])):
                return True
    return False


@dataclass(frozen=True)
class Candidate:
    key: str
    name: str | None
    country: str | None
    events: int


@dataclass(frozen=True)
class ActorMatch:
    """What an actor filter matched: ``keys`` (empty: nothing), each matched actor with how,
    and suggestions when nothing matched."""

    query: str
    keys: tuple[str, ...]
    actors: tuple[dict[str, Any], ...] = ()
    suggestions: tuple[dict[str, Any], ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "keys": list(self.keys),
            "actors": [dict(a) for a in self.actors],
            "suggestions": [dict(s) for s in self.suggestions],
        }

    def describe(self) -> str:
        """``no actor matches 'Putn' (did you mean: Vladimir Putin [person:vladimir-putin]?)``
        or ``'Trump' matches 3 actors: ...``."""
        if not self.keys:
            told = f"no actor matches {self.query!r}"
            if self.suggestions:
                named = ", ".join(_label(s) for s in self.suggestions)
                told += f" (did you mean: {named}?)"
            return told
        named = ", ".join(_label(a) for a in self.actors)
        count = len(self.keys)
        return f"{self.query!r} matches {count} actor{'s' if count != 1 else ''}: {named}"


def _label(actor: Mapping[str, Any]) -> str:
    name = actor.get("name") or actor["key"]
    return name if name == actor["key"] else f"{name} [{actor['key']}]"


@dataclass
class _Index:
    """The store's actors with their name words, aliases and event counts."""

    version: tuple[int, ...]
    actors: dict[str, Candidate] = field(default_factory=dict)
    ids: dict[str, set[str]] = field(default_factory=dict)  # lowercased key/id -> keys
    names: list[tuple[tuple[str, ...], str]] = field(default_factory=list)  # (words, key)
    aliases: dict[tuple[str, ...], set[str]] = field(default_factory=dict)  # words -> keys
    alias_text: dict[tuple[str, ...], str] = field(default_factory=dict)  # words -> as written


_CACHE: weakref.WeakKeyDictionary[Readable, _Index] = weakref.WeakKeyDictionary()
_LOCK = threading.Lock()


def _rows(store: Readable, sql: str, params: list[Any] | None = None) -> list[tuple[Any, ...]]:
    cursor = store.cursor()
    try:
        with wrapped(store.path, "matching actors"):
            return cursor.execute(sql, params or []).fetchall()
    finally:
        cursor.close()


def _index(store: Readable) -> _Index:
    version = tuple(
        int(v)
        for v in _rows(
            store,
            "SELECT (SELECT count(*) FROM actors), (SELECT count(*) FROM mentions), "
            "(SELECT count(*) FROM events)",
        )[0]
    )
    with _LOCK:
        cached = _CACHE.get(store)
    if cached is not None and cached.version == version:
        return cached
    built = _build(store, version)
    with _LOCK:
        _CACHE[store] = built
    return built


def _build(store: Readable, version: tuple[int, ...]) -> _Index:
    activity = dict(_rows(store, "SELECT actor_key, events FROM agg_actors WHERE events > 0"))
    index = _Index(version)
    for key, actor_id, name, country in _rows(
        store, "SELECT actor_key, actor_id, name, country FROM actors ORDER BY actor_key"
    ):
        index.actors[key] = Candidate(key, name, country, int(activity.get(key, 0)))
        for ident in {key, actor_id} - {None}:
            index.ids.setdefault(str(ident).casefold(), set()).add(key)
        if name or ":" not in key:  # unnamed agents are keyed by their words ("civilians")
            index.names.append((words(name or key), key))
    for key, text in _rows(
        store, "SELECT DISTINCT actor_key, actor_text FROM mentions WHERE actor_text IS NOT NULL"
    ):
        if key in index.actors:
            _alias(index, words(text), key, text)
    return index


def _alias(index: _Index, said: tuple[str, ...], key: str, text: str) -> None:
    if said:
        index.aliases.setdefault(said, set()).add(key)
        index.alias_text.setdefault(said, " ".join(text.split()))


@lru_cache(maxsize=1)
def dictionary_aliases() -> dict[tuple[str, ...], tuple[str, str]]:
    """Words of every name, demonym and metonym of the shipped dictionaries -> (id, text)."""
    from ..actors.dictionary import load_dictionary

    found: dict[tuple[str, ...], tuple[str, str]] = {}
    dictionary = load_dictionary()
    for text, surface in dictionary.surfaces.items():
        found.setdefault(words(text), (surface.entry.id, text))
    for entry in dictionary.entries.values():
        for text in (entry.name, *entry.names):
            found.setdefault(words(text), (entry.id, text))
    return found


def match_actor(store: Readable, text: str) -> ActorMatch:
    """The actors ``text`` names (module docstring: keys, names, aliases, suggestions)."""
    query = " ".join(text.split())
    index = _index(store)
    exact = index.ids.get(query.casefold())
    if exact:
        return _matched(index, query, {k: "key" for k in exact})
    asked = words(query)
    how: dict[str, str] = {}
    for said, key in index.names:
        if _holds(said, asked):
            how.setdefault(key, "name")
    for key in index.aliases.get(asked, ()):
        how.setdefault(key, f"alias '{index.alias_text[asked]}'")
    if not how and asked in dictionary_aliases():
        actor_id, written = dictionary_aliases()[asked]
        for key in index.ids.get(actor_id.casefold(), ()):
            how[key] = f"dictionary alias '{written}'"
    if how:
        return _matched(index, query, how)
    return ActorMatch(query, (), (), tuple(_public(c) for c in suggest(store, query)))


def _matched(index: _Index, query: str, how: Mapping[str, str]) -> ActorMatch:
    ranked = sorted(how, key=lambda k: (-index.actors[k].events, k))
    actors = tuple({**_public(index.actors[k]), "how": how[k]} for k in ranked)
    return ActorMatch(query, tuple(ranked), actors)


def _public(candidate: Candidate, alias: str | None = None) -> dict[str, Any]:
    found: dict[str, Any] = {
        "key": candidate.key,
        "name": candidate.name,
        "country": candidate.country,
        "events": candidate.events,
    }
    if alias is not None:
        found["alias"] = alias
    return found


def suggest(store: Readable, text: str, limit: int = MAX_SUGGESTIONS) -> list[Candidate]:
    """Actors for a partly typed name, most active first: names or aliases with words
    starting with the typed words, else names spelled alike."""
    return [c for c, _ in suggestions(store, text, limit)]


def suggestions(
    store: Readable, text: str, limit: int | None = MAX_SUGGESTIONS
) -> list[tuple[Candidate, str | None]]:
    """(actor, the alias that matched or None) for a partly typed name; see :func:`suggest`."""
    index = _index(store)
    asked = words(text)
    if not asked:
        return []
    found: dict[str, str | None] = {}
    exact = index.ids.get(" ".join(text.split()).casefold(), set())
    for key in exact:
        found[key] = None
    for said, key in index.names:
        if key not in found and (
            _holds(said, asked, prefix=True) or key.casefold().startswith(text.casefold())
        ):
            found[key] = None
    for said, keys in index.aliases.items():
        if _holds(said, asked, prefix=True):
            for key in keys:
                found.setdefault(key, index.alias_text[said])
    if not found:
        found = dict.fromkeys(_spelled_alike(index, asked))
    ranked = sorted(found, key=lambda k: (k not in exact, -index.actors[k].events, k))
    return [(index.actors[k], found[k]) for k in ranked[:limit]]


def _spelled_alike(index: _Index, asked: tuple[str, ...]) -> Iterable[str]:
    """Actors with a name word spelled like one of the asked words ("Putn" → Putin)."""
    vocabulary: dict[str, set[str]] = {}
    for said, key in index.names:
        for word in said:
            if len(word) > 2:
                vocabulary.setdefault(word, set()).add(key)
    for word in asked:
        for close in difflib.get_close_matches(word, list(vocabulary), n=5, cutoff=0.75):
            yield from sorted(vocabulary[close])


def resolve(store: Readable, f: Filters) -> tuple[Filters, ActorMatch | None]:
    """``f`` with the actor filter matched to actor keys (``actor_keys``); the match."""
    if not f.actor or f.actor_keys is not None:
        return f, None
    found = match_actor(store, f.actor)
    return replace(f, actor_keys=found.keys), found


def resolved(store: Readable, f: Filters | None) -> Filters:
    """:func:`resolve` for queries that need only the filters."""
    return resolve(store, f or _no_filters())[0]


def _no_filters() -> Filters:
    return Filters()
