"""A state body's own office named after it ("the Iraqi Ministry of Culture, State Board of
Antiquities and Heritage", "the Egyptian Ministry of Interior, General Security Department"):
an organisation the dictionaries do not list, written right after a comma that closes the
name of a state's institution, whose head is a word of a public body (board, department,
directorate, office, authority ...), is a part of that institution: its country and sector.

Not an item of a list ("the Ministry of Health, the Central Bureau and UNICEF": a determiner
opens it, or "and", "or" or another name follows it), and not when it already has a country.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .resolve_types import ActorHit, HitMap

BODY_HEADS = frozenset(
    {
        "board", "department", "directorate", "office", "authority", "agency", "bureau",
        "commission", "council", "service", "administration", "division", "unit",
        "inspectorate", "secretariat", "committee",
    }
)  # fmt: skip
STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})


def _state_body(hit: ActorHit) -> bool:
    actor = hit.actor
    actor_id = actor.actor_id or ""
    return (
        bool(actor.country)
        and actor.sector in STATE_SECTORS
        and (actor_id.startswith("org:") or actor_id.startswith("country:"))
    )


def _closes(doc: Doc, end: int) -> bool:
    """The name ending before ``end`` closes an apposition: no list goes on after it."""
    i = end
    if i < len(doc) and doc[i].text == "(":  # "(SBAH)": its short form
        while i < len(doc) and doc[i].text != ")":
            i += 1
        i += 1
    if i >= len(doc):
        return True
    nxt = doc[i]
    if nxt.lower_ in ("and", "or", "&"):
        return False
    if nxt.text == ",":
        after = doc[i + 1] if i + 1 < len(doc) else None
        return after is None or after.pos_ in ("VERB", "AUX", "ADV")
    return True


def part_of_state_bodies(doc: Doc, hits: HitMap) -> None:
    """Give the appositive offices of state institutions their institution's country and
    sector (module docstring); the same name elsewhere in the document ("SBAH") too."""
    bodies: dict[int, ActorHit] = {}  # end token of a state body's mention -> its hit
    for anchor_hits in hits.values():
        for hit in anchor_hits:
            if _state_body(hit):
                end = hit.end
                # "the Iraqi Ministry" of "the Iraqi Ministry of Culture": its "of" phrase
                while end < len(doc) and doc[end].lower_ == "of" and end + 1 < len(doc):
                    if not doc[end + 1].text[:1].isupper():
                        break
                    end += 2
                    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                        end += 1
                bodies.setdefault(end, hit)
    found: dict[str, tuple[ActorHit, ActorHit]] = {}
    for anchor_hits in hits.values():
        for hit in anchor_hits:
            actor = hit.actor
            if actor.country or not actor.name or hit.start < 2 or doc[hit.start - 1].text != ",":
                continue
            owner = bodies.get(hit.start - 1)
            first = doc[hit.start]
            if owner is None or first.pos_ == "DET" or not first.text[:1].isupper():
                continue
            heads = {t.lemma_.lower() for t in doc[hit.start : hit.end]}
            if not heads & BODY_HEADS or not _closes(doc, hit.end):
                continue
            found[actor.name] = (hit, owner)
    for anchor_hits in hits.values():
        for hit in anchor_hits:
            actor = hit.actor
            if actor.country or actor.name not in found:
                continue
            _, owner = found[actor.name]
            actor.country, actor.sector = owner.actor.country, owner.actor.sector
            actor.reason += (
                f"; an office of '{doc[owner.start : owner.end].text}' named after it: its "
                f"country {owner.actor.country} and sector {owner.actor.sector}"
            )
