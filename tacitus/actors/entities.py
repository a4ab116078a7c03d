"""Entities a text mentions that are no actors of their own (issue 14): places and groups
named by a common noun ("the town", "a secret library", "three tactical units", "the front
line"), and place names no dictionary or gazetteer places ("the Red Sea", "Karrada", "Near
Dayr Az Zayr").

They are what an analyst (and re3d's annotators) mark as the places and organisations of
a text, but they name nobody Tacitus can code: they are kept apart from the actor mentions
(``DocumentResult.entities``, not ``mentions``), take no part in events, and enter neither
the store's actors nor a story's terms. A common noun counts when it heads its own phrase
(not a modifier: "the town council" is the council's) with a determiner, an owner, a
modifier or a plural form ("more land", "command and control" are no mention), and is no
predicate ("it is an organization") nor a quantity ("a group of buildings").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..records import Actor
from .resolve_types import ActorHit

# heads of noun phrases that name a place: settlements and divisions, buildings and sites,
# routes, features of the land
PLACE_NOUNS = frozenset(
    {"town", "city", "village", "capital", "province", "governorate", "district", "region",
     "area", "neighbourhood", "neighborhood", "suburb", "street", "road", "highway", "square",
     "market", "marketplace", "mosque", "church", "school", "university", "hospital",
     "library", "museum", "building", "house", "home", "camp", "base", "airport", "airbase",
     "airfield", "port", "harbour", "harbor", "border", "frontier", "checkpoint", "prison",
     "dam", "river", "bridge", "mountain", "valley", "desert", "refinery", "compound",
     "headquarters", "site", "territory", "island", "lake", "sea", "coast", "farm", "field",
     "station", "restaurant", "hotel", "stadium", "palace", "courthouse", "shop", "centre",
     "center", "zone", "enclave", "countryside", "land", "location"}
)  # fmt: skip
# heads that name a group of people acting together
GROUP_NOUNS = frozenset(
    {"regime", "coalition", "government", "group", "organisation", "organization", "militia",
     "network", "alliance", "movement", "faction", "council", "committee", "unit", "team",
     "command", "community", "fund"}
)  # fmt: skip
# a bare singular is mass or generic ("more land", "command and control"): it needs one
OPENERS = frozenset({"det", "poss", "amod", "nummod", "compound"})
# words that measure a mass noun ("more land", "much territory"), not a place
MASS_WORDS = frozenset({"more", "less", "much", "enough", "little", "most", "some", "any"})
# nouns of quantity: "a group of buildings" counts the buildings
QUANTITY_NOUNS = frozenset({"group"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


# markets that are no place: "reform the labour market", "the oil market"
ECONOMIC_MARKETS = frozenset(
    {"labour", "labor", "job", "jobs", "stock", "oil", "energy", "housing", "property",
     "financial", "bond", "currency", "commodity", "commodities", "world", "global", "single",
     "common", "internal", "domestic", "international", "free", "export", "import"}
)  # fmt: skip


def common_noun_kind(token: Token) -> str | None:
    """ "place" or "group" when a noun heading its own phrase names one (module doc)."""
    if token.pos_ != "NOUN" or token.dep_ == "attr":
        return None
    lemma = token.lemma_.lower()
    if lemma in PLACE_NOUNS:
        kind = "place"
    elif lemma in GROUP_NOUNS:
        kind = "group"
    elif lemma == "line" and any(c.lower_ == "front" for c in token.lefts):
        kind = "place"  # "the front line"
    else:
        return None
    if token.tag_ == "NN" and not any(
        c.dep_ in OPENERS and c.lower_ not in MASS_WORDS for c in token.children
    ):
        return None
    if lemma in QUANTITY_NOUNS and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.rights):
        return None
    if lemma == "fund" and token.tag_ == "NNS":
        return None  # "funds pledged for refugees": money, not a fund
    if lemma == "market" and any(c.lower_ in ECONOMIC_MARKETS for c in token.lefts):
        return None  # "the labour market": an economy's, not a marketplace
    return kind


def common_noun_hit(token: Token, start: int, kind: str) -> ActorHit:
    """The entity a common noun of ``kind`` names, its phrase starting at token ``start``."""
    text = token.doc[start : token.i + 1].text
    why = f"{kind} named by the common noun '{token.text}': an entity, not an actor"
    return ActorHit(token.i, start, token.i + 1, Actor(text=text, reason=why), named=False)


def place_name_hit(words: Span, label: str) -> ActorHit:
    """A place name that nothing places (an entity ``label``, or a name after a locative
    preposition): an entity, not an actor."""
    why = f"place name '{words.text}' ({label}) that no dictionary or gazetteer places"
    hit = ActorHit(words.root.i, words.start, words.end, Actor(text=words.text, reason=why))
    hit.locative = True
    return hit
