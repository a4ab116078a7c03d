"""Ethnic groups named by a demonym live where the text puts them: "ethnic Albanians in
Serbia" are Serbia's, "ethnic Albanian guerrillas operating in Macedonia" Macedonia's, "the
Albanian population of Montenegro" Montenegro's, as CAMEO-era coders and the PLOVER gold
code them. A demonym marked as an ethnic group (the word "ethnic" before it, or a head noun
such as "minority", "population", "community") takes the state of the places its sentence
names (in a locative phrase: "in Serbia", "operating in Macedonia", "near Macedonia's
border", or "of"/"in" after its head), when they name exactly one state other than the kin state; otherwise it keeps the kin
state, and the reason says which.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .resolve_types import ActorHit, HitMap

LOCATIVE_PREPS = frozenset({"in", "at", "near", "inside", "outside", "around", "across", "within"})
ETHNIC_HEADS = frozenset({"minority", "population", "community", "diaspora"})
# sectors of a state's organs: "the Serbian army" is Serbia's wherever it fights
ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# words of an ethnic or religious community that qualify a noun ("Iraqi Kurdish forces",
# "Iraqi Shiite militias", "Lebanese Christian leaders"): the noun's people are that
# community's, a group of the state's people, not the state's own organ ("Arab" is left out:
# "the Syrian Arab Army" is the state's)
COMMUNITY_QUALIFIERS = frozenset(
    {
        "kurdish", "kurd", "shia", "shiite", "shi'ite", "sunni", "alawite", "alawi", "druze",
        "yazidi", "yezidi", "turkmen", "turkoman", "assyrian", "chaldean", "christian",
        "muslim", "moslem", "maronite", "coptic", "tamil", "pashtun", "hazara", "baloch",
        "baluch", "tuareg", "hutu", "tutsi", "uighur", "uyghur", "rohingya", "berber",
        "sikh", "hindu",
    }
)  # fmt: skip


def community_qualifier(anchor: Token) -> Token | None:
    """The word of a community that qualifies a noun ("Iraqi *Kurdish* forces"), if any."""
    for child in anchor.lefts:
        if child.dep_ in ("amod", "compound", "nmod") and child.lower_ in COMMUNITY_QUALIFIERS:
            return child
    return None


def _ethnic(doc: Doc, hit: ActorHit) -> bool:
    """Whether a mention names an ethnic group ("ethnic Albanians", "the Albanian
    population"), not a state's nationals or organs."""
    actor = hit.actor
    if not actor.country or actor.sector in ORGAN_SECTORS:
        return False
    if actor.actor_id and not actor.actor_id.startswith("country:"):
        return False
    words = [t.lower_ for t in doc[hit.start : hit.anchor + 1]]
    return "ethnic" in words or doc[hit.anchor].lemma_.lower() in ETHNIC_HEADS


def _places(doc: Doc, hits: HitMap, hit: ActorHit) -> set[str]:
    """The states of the places the mention's sentence names: locative places, and places
    after "of"/"in" on the mention's own head ("the Albanian population of the province")."""
    sent = doc[hit.anchor].sent
    found: set[str] = set()
    for anchor in range(sent.start, sent.end):
        for other in hits.get(anchor, []):
            if other is hit or not other.actor.country:
                continue
            if (
                other.locative
                or _of_the_head(doc[anchor], doc[hit.anchor])
                or (other.thing and _locative(doc[anchor]))
            ):
                found.add(other.actor.country)
    return found


def _locative(token: Token) -> bool:
    """A place's part in a locative phrase: "near Macedonia's border", "in Serbia's north"."""
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPS


def _of_the_head(place: Token, head: Token) -> bool:
    return place.dep_ == "pobj" and place.head.lower_ in ("of", "in") and place.head.head == head


def place_ethnic_groups(doc: Doc, hits: HitMap, states: dict[str, str]) -> None:
    """Ethnic groups take the state their sentence places them in (in place)."""
    for anchor_hits in hits.values():
        for hit in anchor_hits:
            if not _ethnic(doc, hit):
                continue
            kin = hit.actor.country or ""
            others = _places(doc, hits, hit) - {kin}
            if len(others) != 1:
                continue
            (code,) = others
            hit.actor.country = code
            hit.actor.actor_id, hit.actor.name, hit.actor.wikidata = None, None, None
            hit.actor.reason += (
                f"; an ethnic group placed in {states.get(code, code)} by its sentence "
                f"(kin state {states.get(kin, kin)})"
            )
