"""Organisations named "<Country> <Generic noun> <Body>": a multi-word proper name that a
state's name or demonym opens names that state's body ("the Nigeria Labour Congress", "the
Uganda People's Defence Force", "the Ghana Trades Union Congress"), not another state's body
that shares a word of it (the UK's Labour Party, a legislature named "Congress", Myanmar's
People's Defence Force).

Within such a name the longest dictionary match that agrees with the opening state decides
(the resolver's ordinary path: "the Iraqi Kurdistan Regional Government"). When no match of
the name agrees with it and one names another state's body (or a body several states bear,
"Congress", that the state is not known to have), the whole name is one actor of the opening
state, its sector read from the name's generic words (liberation or resistance: REB, before
an army; labour and trade unions: LAB; defence and armed forces: MIL; police: COP; a party
or a congress: PTY), the state's id only for its organs (MIL, COP). A name whose words give no sector is left to the ordinary path."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ..records import Actor
from .resolve_types import ActorHit

if TYPE_CHECKING:
    from .dictionary import SharedName, SurfaceMatch

# generic words of a body's name and the sector they give, in order: the first class with a
# word in the name decides ("Nigeria Labour Congress": labour before congress)
SECTOR_WORDS: tuple[tuple[str, frozenset[str]], ...] = (
    # a liberation or resistance army fights the state ("the Chad National Liberation Army")
    ("REB", frozenset({"liberation", "resistance", "rebel", "rebels", "insurgent"})),
    ("LAB", frozenset({"labour", "labor", "trades", "trade", "workers", "unions"})),
    ("MIL", frozenset({"defence", "defense", "armed", "army", "military"})),
    ("COP", frozenset({"police"})),
    ("PTY", frozenset({"party", "congress"})),
)
ORGAN_SECTORS = frozenset({"MIL", "COP"})  # the state's own organs: the state's id


def _opening_state(ent: Span, found: dict[int, SurfaceMatch]) -> SurfaceMatch | None:
    """The state's name or demonym that opens the entity (after "the"), when words follow."""
    at = ent.start + (1 if ent[0].lower_ == "the" else 0)
    match = found.get(at)
    if match is None or match.end >= ent.end:
        return None
    entry = match.surface.entry
    if match.surface.kind not in ("name", "demonym") or not entry.id.startswith("country:"):
        return None
    if not all(t.text[:1].isupper() or t.tag_ == "POS" for t in ent[match.end - ent.start :]):
        return None  # "Nigeria and its neighbours" is no name of a body
    return match


def _agrees(match: SurfaceMatch, country: str, shared: dict[str, SharedName]) -> bool:
    if match.surface.kind == "shared":
        bearer = shared.get(match.surface.text)
        return bearer is not None and country in bearer.entries
    return match.surface.entry.country == country


def _sector(words: Span) -> tuple[str, str] | None:
    lowered = [t.lower_ for t in words]
    for sector, vocabulary in SECTOR_WORDS:
        for word in lowered:
            if word in vocabulary:
                return sector, word
    return None


def national_bodies(
    doc: Doc,
    found: Sequence[SurfaceMatch],
    shared: dict[str, SharedName],
    states: dict[str, str],
) -> tuple[list[SurfaceMatch], list[ActorHit]]:
    """The matches left once the national bodies' names are taken, and a hit per body."""
    by_start = {m.start: m for m in found}
    dropped: set[int] = set()  # start tokens of the matches a body's name takes
    hits: list[ActorHit] = []
    for ent in doc.ents:
        if ent.label_ != "ORG" or len(ent) < 3:
            continue
        opening = _opening_state(ent, by_start)
        if opening is None:
            continue
        country = opening.surface.entry.country or ""
        inner = [m for m in found if opening.end <= m.start and m.end <= ent.end]
        if not inner or any(_agrees(m, country, shared) for m in inner):
            continue
        only = inner[0]
        if len(inner) == 1 and only.surface.kind == "shared" and only.start == opening.end:
            continue  # "the Nigerian Senate": the institutions decide
        rest = doc[opening.end : ent.end]
        decided = _sector(rest)
        if decided is None:
            continue
        sector, word = decided
        others = ", ".join(
            f"'{doc[m.start : m.end].text}' ("
            + ("a name several states' bodies bear" if m.surface.kind == "shared" else
               f"{m.surface.entry.name}, {m.surface.entry.country}")
            + ")"
            for m in inner
        )  # fmt: skip
        name = ent.text[4:] if ent[0].lower_ == "the" else ent.text
        state = states.get(country, country)
        actor = Actor(
            text=ent.text,
            name=name,
            actor_id=f"country:{country}" if sector in ORGAN_SECTORS else None,
            country=country,
            sector=sector,
            reason=(
                f"name '{name}' opened by '{doc[opening.start : opening.end].text}' → "
                f"{state}'s own body: no name in it agrees with {country} ({others} name "
                f"other bodies); sector {sector} from '{word}'"
            ),
        )
        hits.append(ActorHit(ent.root.i, ent.start, ent.end, actor, body=True))
        dropped.add(opening.start)
        dropped.update(m.start for m in inner)
    if not dropped:
        return list(found), hits
    return [m for m in found if m.start not in dropped], hits
