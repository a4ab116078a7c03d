"""Find actor mentions in a parsed document and resolve them to actors.

Finding is separate from deciding: ``find_surfaces`` returns dictionary matches, then
``ActorResolver.resolve`` attaches each match to the noun it names or modifies (its *anchor*)
and builds one :class:`~tacitus.records.Actor` per anchor, with the reason for each choice.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..places.gazetteer import city_country, division_elsewhere, gazetteer
from ..places.names import place_names
from ..places.successors import predecessor
from ..records import Actor
from .acronyms import SMALL_WORDS, Acronyms
from .appositive_bodies import part_of_state_bodies
from .caps_names import caps_people, title_case
from .coalitions import Coalitions
from .communities import name_communities
from .congo import decide_congo
from .conjuncts import government_and_opposition, shared_nationality
from .coref import PERSON_NOUNS
from .cross_border import crosses_border
from .definite import resolve_descriptions
from .dictionary import ActorDictionary, ActorEntry, SharedName, Surface, SurfaceMatch
from .entities import PLACE_LABELS, PLACE_NOUNS, common_noun_hit, common_noun_kind, place_name_hit
from .ethnic import community_qualifier, place_ethnic_groups
from .flight import fled_from
from .group_names import group_sector
from .home_offices import place_home_offices
from .homonyms import decide_capitals
from .identity import AliasIndex, is_first_name
from .institutions import Institutions
from .misread_names import misread_people
from .national_bodies import national_bodies
from .non_actors import (
    document_of_place,
    idle_hardware,
    language_or_gloss,
    mass_force,
    names_a_document,
    ship_hit,
    ship_spans,
    thing_acronym,
)
from .owners import owners_country
from .people import PeopleResolver, ranked, title_only
from .residents import AWAY_FROM_HOME, place_residents
from .resolve_types import ActorHit, HitMap
from .titles import LABEL_WORDS

MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
NOMINAL = frozenset({"NOUN", "PROPN"})
# the place of a visit is the host's, not the visitor's ("visited troops in Kabul")
# verbs of travel: their place is where the agent goes, not where it is from ("arrived in
# Paris", "visited Kabul", "troops were deployed to Kandahar")
VISITING_VERBS = frozenset(
    {"visit", "travel", "arrive", "fly", "tour", "land", "come", "go", "head", "return",
     "reach", "depart", "leave", "deploy", "redeploy", "move", "transfer"}
)  # fmt: skip
# "troops sent by Russia": forces a state sends are its own
SENDING_VERBS = frozenset({"send", "dispatch", "despatch", "deploy", "station", "scramble"})
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within"}
)
# a name opening with one of these is a place phrase the entity recogniser took for a name
PLACE_PREPS = LOCATIVE_PREPS | {"from", "into", "towards", "toward"}
# "the town of X", "X province": X is a place whatever the entity recogniser says
SETTLEMENT_NOUNS = frozenset(
    {"city", "town", "village", "capital", "port", "province", "governorate", "region",
     "district", "county", "municipality", "suburb", "neighbourhood", "neighborhood"}
)  # fmt: skip
# a larger entity of these kinds means the match is part of another name ("West Bank")
FOREIGN_ENTITY_LABELS = frozenset(
    {"GPE", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT", "LANGUAGE", "PERSON"}
)
# entities whose unlisted spellings are looked up in the alias index
ALIAS_LABELS = frozenset({"ORG", "NORP", "GPE", "FAC", "LOC"})
# parts of an organisation that act for it ("the UNITA militarist wing")
ORG_PARTS = frozenset({"wing", "branch", "faction", "arm", "unit", "cell", "division", "bloc"})
# heads that take their sector from a modifier when it has one ("army spokesman" -> MIL)
GENERIC_HEADS = frozenset(
    {
        "official", "spokesman", "spokeswoman", "spokesperson", "source", "representative",
        "leader", "chief", "head", "member", "delegation", "envoy", "officer", "aide",
        "commander",
    }
)  # fmt: skip
# a force's units and manned posts: with a force's word on them ("a police patrol", "an army
# convoy", "a rebel checkpoint", "rebel positions") they stand for the force; without one ("an
# aid convoy", "a border post") they are things. Not its buildings and bases, which people
# visit and meet in ("visited a military base")
FORCE_UNITS = frozenset(
    {"patrol", "convoy", "column", "checkpoint", "outpost", "post", "position"}
)  # fmt: skip
FORCE_SECTORS = frozenset({"MIL", "COP", "REB", "PRM", "SPY", "UAF"})
# things a state's own name in their compound names the topic of ("the Russia investigation",
# "the Iran deal", "the China tariffs", "the Iraq war debate"): acts and dealings about a state
# that others do, not its own things ("the Iran nuclear programme") nor what its people do
# where it is ("the Iran protests")
HYPHENS = frozenset({"-", "–", "—"})
# topics a state's demonym names as where they are, never as whose ("the Syrian crisis", "the
# Libyan conflict", "the Palestinian question"; "the Syrian civil war"): the demonym says who
# acts on other nouns ("the Russian investigation", "the Russian war")
PLACE_TOPIC_NOUNS = frozenset(
    {"crisis", "conflict", "question", "issue", "file", "situation", "problem", "dossier"}
)
TOPIC_NOUNS = frozenset(
    {"investigation", "probe", "inquiry", "hearing", "deal", "agreement", "accord", "pact",
     "talks", "negotiation", "summit", "dialogue", "war", "conflict", "crisis", "policy",
     "strategy", "debate", "sanction", "sanctions", "tariff", "embargo", "dossier", "file",
     "question", "issue", "scandal", "affair", "withdrawal", "pullout", "aid", "bailout",
     "ceasefire", "truce", "airstrike", "invasion", "intervention", "resolution", "vote"}
)  # fmt: skip
# nouns that stand for their owner although they name no sector: "the Syrian side", "the
# Iraqi people" (an agent word), "Turkey's allies"; any other common noun a name modifies is a
# thing of its owner's ("Moscow's objectives"): ActorHit.thing
COLLECTIVE_NOUNS = frozenset(
    {"side", "state", "nation", "country", "partner", "ally", "counterpart", "society",
     "community", "coalition", "camp", "group", "bloc", "alliance", "federation", "republic",
     "kingdom", "team", "staff", "personnel", "crew", "unit", "organisation", "organization",
     "agency", "body", "institution", "entity", "movement", "network", "cell", "faction",
     "mission", "office", "command", "headquarters", "secretariat", "council", "committee",
     "commission", "contingent", "battalion", "brigade", "regiment", "squadron", "division"}
)  # fmt: skip
# words of an organisation's name that say it is no state body, although a demonym opens it
# and an agent word ends it ("the Syrian Electronic Army", "the Iranian Cyber Army")
NON_STATE_WORDS = frozenset(
    {"electronic", "cyber", "hacker", "hackers", "democratic", "free", "liberation",
     "resistance", "opposition", "rebel", "rebels", "patriotic", "communist", "socialist",
     "islamist", "student", "students"}
)  # fmt: skip
# heads of a named body of its own ("the Syrian Arab Coalition", "the Lebanese National Front")
NON_STATE_HEADS = frozenset({"coalition", "front", "alliance", "movement", "brigade", "league"})
# heads of a civil body named after its state ("the Montenegro Municipality Association", "the
# Pakistan Medical Association"): an organ word before them ("Municipality") qualifies the
# body, which is no organ of the state
CIVIL_HEADS = frozenset(
    {"association", "society", "union", "federation", "confederation", "club", "foundation",
     "institute", "network", "forum", "organisation", "organization", "chamber", "company",
     "corporation", "group", "syndicate", "guild", "fund", "trust", "party"}
)  # fmt: skip
# nouns that name actors by their relation to another ("our allies", "international partners",
# "its backers", "the enemy"): actors with no sector or country of their own
RELATIONAL_NOUNS = frozenset(
    {"ally", "partner", "backer", "supporter", "donor", "enemy", "adversary", "foe"}
)
NAMED_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})
# entities of numbers and times: "at least three", "in 2009" are no place phrase
NUMBER_LABELS = frozenset({"CARDINAL", "ORDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME"})
# nouns of people and bodies who do something ("operator", "provider", "participant")
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ant", "eer", "man", "men", "ee")
THING_WORDS = frozenset(
    {"order", "border", "center", "centre", "power", "matter", "letter", "number", "paper",
     "chapter", "character", "water", "offer", "cover", "corner", "quarter", "sector", "factor",
     "error", "honor", "honour", "behavior", "behaviour", "labor", "labour", "favor", "favour",
     "interior", "terror", "horror", "floor", "door", "reactor", "layer", "tower", "barrier",
     "shelter", "register", "filter", "summer", "winter", "server", "computer", "container",
     "printer", "charter", "disaster", "cluster", "parameter", "answer"}
)  # fmt: skip
# agent words that say a rank when they modify another noun ("deputy director")
RANK_WORDS = frozenset({"deputy"})
# an organisation named so is no one state's ("International Syria Support Group")
INTERNATIONAL_WORDS = frozenset({"international", "global", "world", "friends", "united"})
# "Photo: Reuters", "Source: AP": an outlet credited, not acting
CREDIT_WORDS = frozenset({"photo", "photos", "source", "sources", "credit", "image", "video"})
# sectors of a state's own organs: "the US Army" is the state's, "USA Today" is not
STATE_ORGAN_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "LEG", "JUD"})
# sectors whose members are often not nationals of the place they are in: never given the
# sentence's country by the context rule
CONTEXT_EXCLUDED_SECTORS = frozenset({"IGO", "NGO", "REF"})
# parts of speech a place name before an agent word is tagged with ("Aleppo rebels": ADJ)
PLACE_POS = frozenset({"PROPN", "ADJ", "NOUN"})
# "Iranian-backed militias" are not Iranian: a backer is no context
PROXY_WORDS = frozenset(
    {"backed", "sponsored", "supported", "funded", "armed", "trained", "allied", "aligned"}
)
# words that say an agent comes from elsewhere ("foreign troops", "coalition forces")
FOREIGN_WORDS = frozenset(
    {
        "foreign", "international", "multinational", "coalition", "allied", "western",
        "overseas", "peacekeeping", "peacekeeper", "expatriate", "mercenary", "exiled",
        "visiting", "neighbouring", "neighboring", "regional", "outside", "external", "migrant",
    }
)  # fmt: skip


@dataclass
class SurfaceIndex:
    """Dictionary surfaces tokenized the way the pipeline tokenizes text."""

    by_first: dict[str, list[tuple[tuple[str, ...], Surface]]] = field(default_factory=dict)

    @classmethod
    def build(
        cls, dictionary: ActorDictionary, tokenize: Callable[[str], list[str]]
    ) -> SurfaceIndex:
        index = cls()
        surfaces = list(dictionary.surfaces.items())
        for text, shared in dictionary.shared.items():  # decided by the text (institutions.py)
            placeholder = ActorEntry(id="", name=text, sector=shared.sector, origin="shared")
            surface = Surface(placeholder, "shared", text, shared.sector, shared.needs_the)
            surfaces.append((text, surface))
        for text, surface in surfaces:
            for spelling in _apostrophes(text):
                words = tuple(tokenize(spelling))
                if words:
                    index.by_first.setdefault(words[0], []).append((words, surface))
        for candidates in index.by_first.values():
            candidates.sort(key=lambda c: -len(c[0]))
        return index


def _apostrophes(text: str) -> list[str]:
    """A name as written with a straight and with a typographic apostrophe ("Da'esh",
    "Da’esh"; "Kurdistan Workers’ Party"): news text uses either."""
    if "'" in text:
        return [text, text.replace("'", "\u2019")]
    if "\u2019" in text:
        return [text, text.replace("\u2019", "'")]
    return [text]


def find_surfaces(
    doc: Doc,
    index: SurfaceIndex,
    acting: Callable[[Token], str | None] | None = None,
    agent_size: Callable[[Token], int] | None = None,
) -> list[SurfaceMatch]:
    """Longest non-overlapping dictionary matches on exact token text.

    ``acting`` gives the sector of the agent or institution a token names ("Army": MIL,
    "Ministry": GOV, "Church": REL): a state's name inside an organisation's name counts only
    with a word of a state's organ ("the US Army", not "Priorities USA" or "Bank of America"),
    a demonym with any agent word ("the Serbian Orthodox Church", "Bosnian Serb forces", not
    "the Syrian Computer Society"). ``agent_size`` gives the length of the agent phrase
    ending at a token: an entity that ends inside one is cut there ("Pentagon Press" of
    "Pentagon Press Secretary" is the Pentagon and a press secretary, not an organisation).
    """
    matches: list[SurfaceMatch] = []
    ents = doc.ents  # once: Doc.ents builds a new Span per entity on every call
    starts = [e.start for e in ents]
    i, n = 0, len(doc)
    while i < n:
        found = None
        for words, surface in index.by_first.get(doc[i].text, ()):
            end = i + len(words)
            if end > n or any(doc[i + k].text != w for k, w in enumerate(words)):
                continue
            if surface.needs_the and (i == 0 or doc[i - 1].lower_ != "the"):
                continue
            found = SurfaceMatch(i, end, surface)
            break
        if found is None or _inside_other_name(doc, found, ents, starts, acting, agent_size, index):
            i += 1
            continue
        root = doc[found.start : found.end].root
        found.locative = root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS
        matches.append(found)
        i = found.end
    return matches


def _overlaps(match: SurfaceMatch, found: Sequence[SurfaceMatch], ends: Sequence[int]) -> bool:
    """Whether ``match`` overlaps one of ``found`` (sorted, not overlapping each other)."""
    at = bisect_right(ends, match.start)  # the first that ends after the match starts
    return at < len(found) and found[at].start < match.end


def _inside_other_name(
    doc: Doc,
    match: SurfaceMatch,
    ents: Sequence[Span],
    starts: Sequence[int],
    acting: Callable[[Token], str | None] | None = None,
    agent_size: Callable[[Token], int] | None = None,
    index: SurfaceIndex | None = None,
) -> bool:
    token = doc[match.start]
    if not token.ent_type_:
        return False
    at = bisect_right(starts, match.start) - 1  # the one entity that may hold the match
    for ent in ents[max(at, 0) : at + 1]:
        if ent.start <= match.start and match.end <= ent.end:
            larger = (ent.end - ent.start) > (match.end - match.start)
            if not larger:
                return False
            # "the" and a possessive ending inside the entity ("North Korea's") are no words,
            # nor the start of an agent phrase that ends after it ("Pentagon Press Secretary")
            end = ent.end
            if agent_size is not None and end < len(doc):
                end = min(end, max(match.end, end - agent_size(doc[end]) + 1))
            outside = [
                t
                for t in doc[ent.start : end]
                if not match.start <= t.i < match.end and t.lower_ != "the" and t.tag_ != "POS"
            ]
            if not outside:
                return False
            if ent.label_ in FOREIGN_ENTITY_LABELS:
                return True
            if match.surface.kind == "metonym":  # "Washington Post" is not the government
                return True
            if ent.label_ == "ORG" and match.surface.entry.id.startswith("country:"):
                if index is not None and _opens_shared_name(doc, match, ent.end, index):
                    return False  # "the Philippine Treasury": the Philippines' own, not the US's
                return not _names_an_organ(ent, match, acting)
            return False
    return False


def _opens_shared_name(doc: Doc, match: SurfaceMatch, end: int, index: SurfaceIndex) -> bool:
    """Whether the rest of an entity after a state's name or demonym is a name several states'
    institutions bear ("the Philippine Treasury", "the Iraqi National Security Council",
    "the Kenyan Department of Energy"): the state decides which state's body it is."""
    rest = [t.text for t in doc[match.end : end]]
    return any(
        surface.kind == "shared" and list(words) == rest
        for words, surface in index.by_first.get(rest[0] if rest else "", ())
    )


def _names_an_organ(
    ent: Span, match: SurfaceMatch, acting: Callable[[Token], str | None] | None
) -> bool:
    """ "the US Army", "the Ministry of Oil of Iraq": an organisation named as one of a
    state's organs; "the Serbian Orthodox Church", "Bosnian Serb forces": a demonym on an
    agent of that country. Not "Priorities USA", "USA TODAY", "the Syrian Computer Society",
    nor an organisation's own name that a demonym opens ("the Syrian Electronic Army", "the
    Syrian Arab Coalition": ``_own_name``)."""
    if acting is None:
        return False
    if match.surface.kind == "demonym" and _own_name(ent):
        return False
    words = [t for t in ent if not match.start <= t.i < match.end and t.pos_ in NOMINAL]
    if match.surface.kind != "demonym":
        if _entity_head(ent).lemma_.lower() in CIVIL_HEADS:
            return False  # "the Montenegro Municipality Association": a body of its own
        return any(acting(t) in STATE_ORGAN_SECTORS for t in words)
    head = _entity_head(ent).head  # "Bosnian Serb forces": the entity modifies "forces"
    if not ent.start <= head.i < ent.end and head.pos_ in NOMINAL:
        words.append(head)
    return any(acting(t) for t in words)


def _place_words(ent: Span) -> Span:
    """The entity without a locative preposition the recogniser took in ("Near Palmyra")."""
    if len(ent) > 1 and ent[0].lower_ in PLACE_PREPS:
        return ent[1:]
    return ent


def _place_like(ent: Span) -> bool:
    """An entity the recogniser took for a person, group or organisation (or a place it
    could not place) that reads as a place: the object of a locative preposition ("in
    Raqqah", "at al-Hilla") or opened by one ("Near Palmyra"), one or two capitalised words,
    not beginning with a known first name ("in John Smith's" is no place)."""
    if ent.label_ not in ("PERSON", "ORG", "NORP", "GPE"):
        return False
    words = _place_words(ent)
    if words is ent:
        root = ent.root
        if root.dep_ != "pobj" or root.head.lower_ not in LOCATIVE_PREPS:
            return False
    if not 1 <= len([t for t in words if t.is_alpha]) <= 2 or not words[-1].text[:1].isupper():
        return False
    if ent.label_ == "GPE" and city_country(words.text) is not None:
        return False  # a city the GPE rule places
    return not is_first_name(words[0].text)


def _place_hit(ent: Span, states: set[str]) -> ActorHit | None:
    """The city a place-like entity names, when the gazetteer has a city of that name (main
    or alternate, "Raqqah" → Ar Raqqah) in exactly one state the document names."""
    words = _place_words(ent)
    name = words.text
    bare = name.split("-", 1)[1] if name[:3].lower() in ("al-", "el-") else name
    found: dict[str, str] = {}
    for candidate in gazetteer().lookup(name) + (gazetteer().lookup(bare) if bare != name else []):
        place = candidate.place
        if place.kind == "city" and place.country in states:
            found.setdefault(place.country, place.name)
    if len(found) != 1:
        return None
    ((iso3, city),) = found.items()
    actor = Actor(
        text=name, name=city, actor_id=f"country:{iso3}", country=iso3, sector="GOV",
        reason=f"place '{name}' → {city}, a city of {iso3} (GeoNames gazetteer; named after "
        f"a locative preposition, in a state the document names: no {ent.label_})",
    )  # fmt: skip
    return ActorHit(words.root.i, words.start, words.end, actor, locative=True)


def _own_name(ent: Span) -> bool:
    """A named organisation that a demonym opens but that is none of the state's organs: a
    word of its name says it is no state body ("the Syrian Electronic Army", "the Iranian
    Cyber Army", "the Iraqi Democratic Forces") or its head names a body of its own ("the
    Syrian Arab Coalition", "the Lebanese National Front")."""
    words = [t for t in ent if t.text[:1].isupper()]
    if any(t.lower_ in NON_STATE_WORDS for t in words):
        return True
    last = ent[-1]
    return last.text[:1].isupper() and last.lemma_.lower() in NON_STATE_HEADS


class ActorResolver:
    """Resolves the actors of a parsed document, one per anchor token."""

    def __init__(
        self,
        dictionary: ActorDictionary,
        tokenize: Callable[[str], list[str]],
        people: PeopleResolver | None = None,
    ) -> None:
        self.dictionary = dictionary
        self.index = SurfaceIndex.build(dictionary, tokenize)
        self.people = people
        self.aliases = AliasIndex()
        for entry in dictionary.entries.values():
            if not entry.id.startswith("person:"):
                self.aliases.add(entry.id, [entry.name])
        for surface in dictionary.surfaces.values():
            if surface.kind == "name" and not surface.entry.id.startswith("person:"):
                self.aliases.add(surface.entry.id, [surface.text])
        # last lemmas of the agent entries: most tokens end none, and need no lookups at all
        self._agent_last = frozenset(lemmas[-1] for lemmas in dictionary.agents)
        # every lemma of the agent entries: words of a body named by its kind ("Foreign
        # Ministry" tagged ORG) that make it no name
        self._agent_words = frozenset(w for lemmas in dictionary.agents for w in lemmas)
        # codes of states (the context rule counts states, not IGO/IMG/NGO codes)
        self._states = frozenset(
            e.country
            for k, e in dictionary.entries.items()
            if k.startswith("country:") and e.country
        )
        self._names: dict[str, str] = {
            e.country: e.name
            for k, e in dictionary.entries.items()
            if k.startswith("country:") and e.country
        }
        self.institutions = Institutions(dictionary, self._states)
        self.acronyms = Acronyms(self._describe)
        self.coalitions = Coalitions(dictionary.entries, self.agent_sector)

    def resolve(
        self, doc: Doc, published: str | None = None, as_of: str | None = None,
        entities: list[ActorHit] | None = None,
    ) -> HitMap:  # fmt: skip
        """Actors of a parsed document by anchor token; ``published`` dates offices (undated:
        ``as_of``, default today). ``entities``, when given, receives the places and groups
        that are no actors (actors/entities.py)."""
        hits: HitMap = {}
        found_entities: list[ActorHit] = [] if entities is None else entities
        matched: set[int] = set()
        modifiers: dict[int, list[tuple[SurfaceMatch, Token]]] = {}
        shared: list[tuple[ActorHit, SharedName]] = []
        caps_people(doc)  # "SPEAKER NANCY PELOSI:": a person, whatever the recogniser says
        placed = _placed_names(doc)  # "the suburb of Darayya": "Darayya" is no person
        misread_people(doc, placed)  # "arrested Baghdadi, a senior commander" tagged ORG
        found = find_surfaces(doc, self.index, self._acting, self._agent_size)
        # "the Nigeria Labour Congress": Nigeria's body, not the UK's Labour Party
        found, bodies = national_bodies(doc, found, self.dictionary.shared, self._names)
        for hit in bodies:
            matched.update(range(hit.start, hit.end))
            hits.setdefault(hit.anchor, []).append(hit)
        for match in self._with_aliases(doc, found):
            matched.update(range(match.start, match.end))
            if _credit(doc, match):  # "WASHINGTON (AP) —", "[Reuters]": no actor
                continue
            if _stance(doc, match):  # "an anti-Syria journalist" is no Syrian
                continue
            if _former_region(doc, match):  # "from the former Yugoslavia": lands, no actor
                continue
            span = doc[match.start : match.end]
            is_shared = match.surface.kind == "shared"
            anchor = None if is_shared else _modified_noun(span, match.surface)
            if anchor is not None and match.surface.kind == "metonym" and document_of_place(anchor):
                continue  # "the Minsk agreements": where they were signed, not Belarus
            if anchor is not None:
                modifiers.setdefault(anchor.i, []).append((match, span.root))
                continue
            hit = self._named_hit(doc, span, match)
            hits.setdefault(hit.anchor, []).append(hit)
            if is_shared:
                shared.append((hit, self.dictionary.shared[match.surface.text]))
        places: list[Span] = []
        ships = self._ships(doc, hits)
        matched.update(ships)
        for ent in doc.ents:
            if any(t.i in matched for t in ent):
                continue
            if language_or_gloss(ent) or thing_acronym(ent) or names_a_document(ent):
                # "(Arabic: ...)", "a VBIED", "the Geneva Communique": none of them an actor
                matched.update(range(ent.start, ent.end))
                continue
            if _place_like(ent) or _placed_person(ent, placed):  # "in Raqqah" tagged PERSON:
                places.append(ent)  # decided once the states are known
                continue
            hit_or_mod = self._entity_hit(doc, ent)
            if hit_or_mod is not None:
                matched.update(range(ent.start, ent.end))
                hits.setdefault(hit_or_mod.anchor, []).append(hit_or_mod)
            elif ent.label_ in PLACE_LABELS or (
                ent.label_ not in NUMBER_LABELS and _place_words(ent) is not ent
            ):  # "Near Dayr Az Zayr"; not "at least three"
                found_entities.append(place_name_hit(_place_words(ent), ent.label_))
        if places:
            states = {h.actor.country for hs in hits.values() for h in hs if h.actor.country}
            states.update(m.surface.entry.country or "" for ms in modifiers.values() for m, _ in ms)
            for ent in places:
                if _placed_person(ent, placed) and not _place_like(ent):  # the place again
                    found_entities.append(place_name_hit(_place_words(ent), ent.label_))
                    continue
                hit_or_mod = _place_hit(ent, states) or self._entity_hit(doc, ent)
                if hit_or_mod is not None:
                    matched.update(range(ent.start, ent.end))
                    hits.setdefault(hit_or_mod.anchor, []).append(hit_or_mod)
                else:  # "Near Tal Afar": a place, placed or not
                    found_entities.append(place_name_hit(_place_words(ent), ent.label_))
        for anchor_i, mods in modifiers.items():
            anchor = doc[anchor_i]
            mods = _group_owner(mods)
            existing = hits.get(anchor_i)
            if existing:  # a named anchor modified by a name: "Iraqi PM Haider al-Abadi"
                for hit in existing:
                    if hit.actor.country is None:
                        self._apply_modifier(hit, mods[0])
                for match, root in mods:  # "the U.S. and Royal Navy": the US's navy too
                    if _coordinated_state(doc, match, existing):
                        hit = self._modified_hit(doc, anchor, match, root)
                        hit.actor.reason += (
                            "; a state coordinated with a named body sharing its head"
                        )
                        hits[anchor_i].append(hit)
                continue
            owned = all(root.dep_ == "poss" for _, root in mods)  # not "Russian partners"
            if owned and (relational := _relational(anchor)) is not None:
                # "Ukraine's partners", "Israel's allies": named by their relation to the
                # state, not the state
                owner = doc[mods[0][0].start : mods[0][0].end].text
                relational.actor.reason += f"; '{owner}' is whose they are, not who they are"
                hits[anchor_i] = [relational]
                continue
            for match, root in mods:
                if anchor_i in ships:  # "U.K. ships HMS Ocean": the state, not its ship
                    hit = self._named_hit(doc, doc[match.start : match.end], match)
                    hits.setdefault(hit.anchor, []).append(hit)
                    continue
                hits.setdefault(anchor_i, []).append(self._modified_hit(doc, anchor, match, root))
        for token in doc:
            if token.i in hits or token.i in matched or token.pos_ not in NOMINAL:
                continue
            if token.dep_ in MODIFIER_DEPS:  # part of a larger noun phrase
                continue
            if self._agent_at(doc, token.i)[0] is None:  # "military help" is no actor
                relational = _relational(token)
                if relational is not None:
                    hits[token.i] = [relational]
                elif (unit := self._force_unit(doc, token)) is not None:
                    hits[token.i] = [unit]
                elif (kind := common_noun_kind(token)) is not None:  # "the town": no actor
                    found_entities.append(common_noun_hit(token, _left_edge(token), kind))
                continue
            sector, why = self.agent_sector(doc, token)
            if sector and not idle_hardware(token) and not mass_force(token):
                # "destroyed the tanks", "the use of force": no actor
                head = self._of_phrase_head(doc, token)  # "the secretary of state": secretary
                if head is not None and (head.i in hits or head.i in matched):
                    continue
                anchor = token if head is None else head
                start = _left_edge(anchor)
                actor = Actor(text=doc[start : token.i + 1].text, sector=sector, reason=why)
                _from_place(anchor, actor)
                _party_label(anchor, actor, hits)
                hits[anchor.i] = [ActorHit(anchor.i, start, token.i + 1, actor, named=False)]
        self._in_context(doc, hits, shared, published, as_of)
        part_of_state_bodies(doc, hits)  # "the Iraqi Ministry of Culture, State Board of ..."
        _before_independence(hits, published, self._names)  # "Juba" in 2008: Sudan
        return hits

    def _of_phrase_head(self, doc: Doc, token: Token) -> Token | None:
        """The head noun of an agent phrase with "of" that ends at ``token`` ("the secretary
        of state", "the Ministry of Foreign Affairs", "the head of state"): the phrase's first
        word, which the parser makes the head the "of" phrase hangs on, so that a verb finds
        the agent as its subject or object; None for an agent phrase without "of"."""
        size = self._agent_size(token)
        first = token.i - size + 1
        if size < 3 or not any(t.lower_ == "of" for t in doc[first : token.i]):
            return None
        of = token
        while of.dep_ != "prep" and of.head.i != of.i and first < of.head.i <= token.i:
            of = of.head  # "Foreign" -> "Affairs" -> "of"
        if of.dep_ != "prep" or of.lower_ != "of" or of.head.i != first:
            return None
        return doc[first]

    def _force_unit(self, doc: Doc, token: Token) -> ActorHit | None:
        """A unit or manned post that a force's word modifies ("a police patrol", "an army
        convoy", "a rebel checkpoint"): the force, in its sector (FORCE_UNITS)."""
        if token.lemma_.lower() not in FORCE_UNITS:
            return None
        sector, why = self.agent_sector(doc, token)
        if sector not in FORCE_SECTORS:
            return None
        start = _left_edge(token)
        why = f"{why}: its {token.lemma_.lower()} stands for it"
        actor = Actor(text=doc[start : token.i + 1].text, sector=sector, reason=why)
        _from_place(token, actor)
        return ActorHit(token.i, start, token.i + 1, actor, named=False)

    @staticmethod
    def _ships(doc: Doc, hits: HitMap) -> set[int]:
        """The tokens of ships' names ("HMS Daring", "Forbin" after "FS Forbin"), with a hit
        for each ship that acts (its navy); the recogniser's entities on them are dropped (a
        ship is no person: the people resolver reads the entities)."""
        tokens: set[int] = set()
        for span, prefix in ship_spans(doc):
            tokens.update(range(span.start, span.end))
            hit = ship_hit(span, prefix)
            if hit is not None and hit.anchor not in hits:
                hits[hit.anchor] = [hit]
        if tokens:
            doc.ents = [e for e in doc.ents if not any(t.i in tokens for t in e)]
        return tokens

    def _in_context(
        self,
        doc: Doc,
        hits: HitMap,
        shared: list[tuple[ActorHit, SharedName]],
        published: str | None,
        as_of: str | None,
    ) -> None:
        """What the document around a mention says of it (in place): short forms, the
        coalition, people, descriptions, capitals' namesakes, ethnic groups, places,
        residents, institutions, a state's offices named bare, and the ids of unlisted
        people."""
        name_communities(doc, hits, self.dictionary.communities, self._state_at)
        self.acronyms.apply(doc, hits)
        self.coalitions.apply(doc, hits)
        if self.people is not None:
            self.people.apply(doc, hits, published, as_of)
        resolve_descriptions(doc, hits, self._names)
        decide_capitals(doc, hits, self._names)
        decide_congo(doc, hits, self.dictionary.entries, published)  # "Congo": which one
        place_ethnic_groups(doc, hits, self._names)
        owners_country(doc, hits, FOREIGN_WORDS)  # "a spokesman for the Iranian government"
        shared_nationality(doc, hits, FOREIGN_WORDS)  # "Rwandan soldiers and militiamen"
        government_and_opposition(doc, hits)  # "the Kenyan government and the opposition"
        self._locate(doc, hits)
        fled_from(doc, hits, _named_places, _state_of_place, FOREIGN_WORDS)  # "fled Mosul"
        self._context(doc, hits)
        _senders(doc, hits)  # after the context rule: a derived country is no place's
        place_residents(doc, hits, self._states, self._names, _foreign_or_away)
        _non_state(hits)
        self.institutions.apply(doc, hits, shared)
        place_home_offices(doc, hits, self._states, self._names, FOREIGN_WORDS, self._agent_words)
        if self.people is not None:
            self.people.identify(doc, hits)

    def _with_aliases(self, doc: Doc, matches: list[SurfaceMatch]) -> list[SurfaceMatch]:
        """Named entities the dictionary lists under another spelling ("Justice Dept.", "the
        Department of Justice", "F.B.I."): the same name once normalised
        (:func:`~tacitus.actors.identity.name_key`) is the entry, and replaces the shorter
        matches inside it ("U.S." in "U.S. Dept. of Justice")."""
        found: list[SurfaceMatch] = []
        starts = [m.start for m in matches]  # sorted, and they do not overlap
        for ent in doc.ents:
            if ent.label_ not in ALIAS_LABELS:
                continue
            at = bisect_right(starts, ent.start) - 1  # the one match that may cover it
            if at >= 0 and ent.end <= matches[at].end:
                continue  # a listed spelling already covers it
            alias = self.aliases.get(ent.text)
            if alias is None:
                continue
            entry = self.dictionary.entries[alias[0]]
            surface = Surface(entry, "name", ent.text, entry.sector)
            root = ent.root
            locative = root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS
            found.append(SurfaceMatch(ent.start, ent.end, surface, locative, alias[1]))
        if not found:
            return matches
        ends = [f.end for f in found]  # entities: sorted, and they do not overlap
        kept = [m for m in matches if not _overlaps(m, found, ends)]
        return sorted(kept + found, key=lambda m: m.start)

    def _acting(self, token: Token) -> str | None:
        """The sector of the agent or state institution ``token`` names ("army": MIL)."""
        sector, _ = self._agent_at(token.doc, token.i)
        institution = self.institutions.at(token.doc, token) if sector is None else None
        return institution.sector if institution is not None else sector

    def _context(self, doc: Doc, hits: HitMap) -> None:
        """Agent-only actors ("the police", "the prime minister", "President X" unknown to
        the dictionaries) take the country of the place where their own clause happens, when
        the sentence names exactly one state: "police arrested 20 protesters in Cairo" (the
        protesters are Egypt's). The place must hang on the agent's own verb: a place in
        another clause ("sanctions agreed at a meeting in Addis Ababa on commanders") says
        nothing of the agent. Another actor's state is no evidence at all: in "troops fired
        on Palestinian demonstrators", "the government expelled two Russian diplomats" or "the
        prime minister met the Japanese ambassador" the agent is most often of another state.
        """
        by_sent: dict[int, list[ActorHit]] = {}
        for anchor_i, anchor_hits in hits.items():
            by_sent.setdefault(doc[anchor_i].sent.start, []).extend(anchor_hits)
        for sent_hits in by_sent.values():
            states: dict[str, ActorHit] = {}
            named: list[ActorHit] = []
            for hit in sent_hits:
                if hit.actor.country in self._states:
                    states.setdefault(hit.actor.country, hit)
                    if hit.named and not hit.locative and _person_of_state(doc, hit):
                        named.append(hit)  # "the Turkish President", "Turkish officials"
            if len(states) != 1:
                continue
            ((code, source),) = states.items()
            if not (source.locative or not source.named):
                continue  # a named actor's state: not the agent's (see above)
            verb = _clause_verb(doc[source.anchor])
            site = verb is not None and _places_site(doc[source.anchor], verb)
            if (
                verb is not None
                and not site
                and not _places_clause(doc[source.anchor], verb, sent_hits)
            ):
                continue  # "discussed the crisis in Syria": the crisis is placed, not the talks
            if crosses_border(doc[source.anchor].sent):
                continue  # "gunmen who crossed into Kenya killed four policemen in Mandera"
            if any(_clause_verb(doc[h.anchor]) == verb for h in named):
                continue  # the place may be the other's: "met the Turkish President in Ankara"
            if verb is not None and doc[verb].lemma_.lower() in VISITING_VERBS:
                continue  # "the prime minister visited troops in Kabul": a visitor's host
            for hit in sent_hits:
                if verb is None or not self._context_eligible(doc, hit):
                    continue
                if _clause_verb(doc[hit.anchor]) != verb:
                    continue
                if site and hit.actor.sector == "MIL":
                    continue  # armies strike abroad: "soldiers stormed a village in Lebanon"
                where = doc[source.anchor].head.head.text if site else None
                hit.actor.country = code
                hit.actor.reason += (
                    f"; country from the place of its clause "
                    f"('{doc[source.start : source.end].text}' → {self._names.get(code, code)}"
                    + (f", the place of the {where.lower()} it acts on or in" if where else "")
                    + ")"
                )

    @staticmethod
    def _context_eligible(doc: Doc, hit: ActorHit) -> bool:
        actor = hit.actor
        if actor.country or actor.actor_id or hit.locative or not actor.sector:
            return False
        if actor.sector in CONTEXT_EXCLUDED_SECTORS:
            return False
        if any(t.lower_ in PROXY_WORDS for t in doc[hit.start : hit.anchor + 1]):
            return False
        if doc[hit.anchor].lemma_.lower() in POSTING_NOUNS:  # "the ambassador in Tehran"
            return False
        if any(c.dep_ == "poss" and c.lower_ == "our" for c in doc[hit.anchor].children):
            return False  # "our forces struck ISIL near Mosul": the speaker's (the coder's)
        if _away(doc, hit):  # "gunmen killed three tourists in Luxor"
            return False
        return not _foreign(doc, hit)

    def _locate(self, doc: Doc, hits: dict[int, list[ActorHit]]) -> None:
        """Actors without a country take it from "in X" on their noun ("protesters in
        Yemen"), or "based in X" ("a newspaper based in Beirut")."""
        for anchor_i, anchor_hits in hits.items():
            for hit in anchor_hits:
                if hit.actor.country or hit.locative or _foreign(doc, hit):
                    continue
                if hit.actor.sector and _owned_by_pronoun(doc[anchor_i]):
                    continue  # "its embassy in Riyadh": Iran's; not "our partners in Syria"
                # where they are posted or staying, not whose they are: "the ambassador in
                # Tehran", "refugees in Goma", "pilgrims in Mecca"
                posted = doc[anchor_i].lemma_.lower() in POSTING_NOUNS | AWAY_NOUNS
                for child in _located_by(doc[anchor_i]):
                    if child.dep_ != "prep" or child.lower_ not in ("in", "from"):
                        continue
                    if posted and child.lower_ == "in":  # "the ambassador in Tehran": a post
                        continue
                    for pobj in child.children:
                        for name in _named_places(pobj):
                            country = _state_of_place(name, hits)
                            if country is not None:
                                hit.actor.country = country
                                hit.actor.reason += f"; '{child.text} {name.text}' → {country}"
                                break

    # -- building actors -------------------------------------------------------------------

    def _named_hit(self, doc: Doc, span: Span, match: SurfaceMatch) -> ActorHit:
        surface = match.surface
        entry = surface.entry
        sector = surface.sector
        why = f"{surface.kind} '{span.text}' → {entry.name} ({entry.origin}){_alias(match)}"
        if surface.kind == "shared":  # decided later (institutions.py)
            why = f"name '{span.text}', which several states' institutions bear"
        agent_sector, agent_why = self.agent_sector(
            doc, span.root, exclude=set(range(span.start, span.end))
        )
        if agent_sector and surface.kind not in ("metonym", "shared"):
            sector, why = agent_sector, f"{why}; {agent_why}"
        elif sector and surface.kind != "shared":
            why = f"{why}; sector {sector}"
        start = min(_left_edge(span.root), span.start)
        if start < span.start and (region := self._region_state(doc[start : span.end], entry)):
            entry, why = region  # "eastern Congo": the DRC's east
        actor = _actor_from_entry(doc[start : span.end].text, entry, sector, why)
        if surface.kind == "demonym" and (
            _plural(span) or _counted(span.root) or surface.people
        ):  # "the Syrians", "thousands of Syrians", "the Karen"
            _nationals(actor, span.root)
        metonym = surface.text if surface.kind == "metonym" else None
        return ActorHit(span.root.i, start, span.end, actor, match.locative, metonym=metonym)

    def _region_state(self, span: Span, entry: ActorEntry) -> tuple[ActorEntry, str] | None:
        """The state of a listed region that a state's name with its modifiers spells ("in
        eastern Congo": the DRC's east, whatever the bare name means), when it is another."""
        if not entry.id.startswith("country:"):
            return None
        listed = place_names().lookup(span.text)
        if listed is None or listed[0] != "region" or listed[1] is None:
            return None
        state = self.dictionary.entries.get(f"country:{listed[1].country}")
        if state is None or state.id == entry.id:
            return None
        return state, f"region '{span.text}' → {state.name} (names.yaml)"

    def _modified_hit(self, doc: Doc, anchor: Token, match: SurfaceMatch, root: Token) -> ActorHit:
        entry = match.surface.entry
        surface = doc[match.start : match.end].text
        why = f"{match.surface.kind} '{surface}' → {entry.name} ({entry.origin}){_alias(match)}"
        sector, agent_why = self.agent_sector(doc, anchor)
        if entry.id.startswith("org:") and anchor.lemma_.lower() in GENERIC_HEADS:
            sector = None  # "FBI officials" act for the FBI, in its sector
        if sector:
            why = f"{why}; {agent_why}"
        else:
            sector = entry.sector if not entry.id.startswith("country:") else None
        start = min(_left_edge(anchor), match.start)
        end = max(anchor.i + 1, match.end)  # "members of IS": the owner's name is the mention's
        text = doc[start:end].text
        thing = self._thing(doc, anchor)
        if thing:
            why = f"{why}; '{anchor.text}' is a thing of theirs, not an agent"
        actor = _actor_from_entry(text, entry, sector, why)
        if anchor.ent_type_ == "PERSON" and not title_only(doc[anchor.i : anchor.i + 1]):
            actor.actor_id, actor.name, actor.wikidata = None, _entity_text(anchor), None
        elif _of_the_people(entry, sector) or match.surface.people:  # "Karen troops"
            _not_the_state(actor, _named_by_apposition(anchor))
        elif entry.id.startswith("country:") and (word := community_qualifier(anchor)):
            actor.reason += f"; '{word.text}' names a community of its people"
            _not_the_state(actor, _named_by_apposition(anchor))  # "Iraqi Kurdish forces"
        # "in the Kenyan capital", "near the Iraqi town": a settlement of the state's, a place
        # (not "at": "fired rockets at the Israeli town" names what is fired on), unless it
        # names the place itself ("in the Pakistani city of Peshawar": Peshawar is the place)
        locative = (
            entry.id.startswith("country:")
            and anchor.lemma_.lower() in SETTLEMENT_NOUNS
            and anchor.dep_ == "pobj"
            and anchor.head.lower_ in LOCATIVE_PREPS - {"at"}
            and _named_places(anchor) == [anchor]
        )
        topic = thing and _names_the_topic(doc, anchor, match)
        if topic:
            actor.reason += "; a state's name in its compound: what it is about, not whose"
        return ActorHit(anchor.i, start, end, actor, locative, thing=thing, topic=topic)

    def _thing(self, doc: Doc, anchor: Token) -> bool:
        """Whether a common noun that a name modifies names a thing of the named actor's
        ("Moscow's objectives", "Syrian Government websites", "this Russian activity") rather
        than the actor: the noun itself is no agent or institution word (a modifier's sector,
        as in "Moscow's military objectives", does not make it one), no person, no body of
        people, no collective."""
        if anchor.pos_ != "NOUN" or anchor.ent_type_ == "PERSON":
            return False
        lemma = anchor.lemma_.lower()
        if self._agent_at(doc, anchor.i)[0] is not None:
            return False  # "Iraqi troops", "Russia's foreign ministry"
        if lemma.endswith(AGENT_ENDINGS) and lemma not in THING_WORDS:
            return False  # "the U.S. DNS operator", "Syrian providers": who does something
        if lemma in COLLECTIVE_NOUNS | ORG_PARTS | GENERIC_HEADS:
            return False
        if lemma in FORCE_UNITS and self.agent_sector(doc, anchor)[0] in FORCE_SECTORS:
            return False  # "a Syrian army convoy": the army's unit, not a thing
        return self.institutions.at(doc, anchor) is None

    def _apply_modifier(self, hit: ActorHit, mod: tuple[SurfaceMatch, Token]) -> None:
        match, root = mod
        entry = match.surface.entry
        hit.actor.country = entry.country
        hit.actor.reason += f"; {match.surface.kind} '{root.text}' → {entry.name} ({entry.origin})"
        sector = match.surface.sector or entry.sector
        if entry.id.startswith("org:") and sector and hit.actor.sector != sector:
            # "Pentagon Press Secretary Peter Cook": the person acts for the institution
            hit.actor.sector = sector
            hit.actor.reason += f", in its sector {sector}"

    def _entity_hit(self, doc: Doc, ent: Span) -> ActorHit | None:
        root = _entity_head(ent)
        if ent.label_ == "GPE":
            found = city_country(ent.text)
            if found is None:
                return None
            if _names_agent(self, root):  # "Mosul residents": where they are from (_from_place)
                return None
            iso3, place = found
            actor = Actor(
                text=ent.text, name=place, actor_id=f"country:{iso3}", country=iso3,
                sector="GOV",
                reason=f"place '{ent.text}' → {place}, a city of {iso3} (GeoNames gazetteer)",
            )  # fmt: skip
            locative = root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS
            return ActorHit(root.i, ent.start, ent.end, actor, locative=locative)
        if ent.label_ not in ("ORG", "PERSON", "NORP"):
            return None
        if len(ent) == 1 and ent[0].pos_ == "NOUN" and self._agent_at(doc, ent.start)[0]:
            return None  # "Hijackers seized ...", tagged ORG: an agent word, not a name
        if (
            len(ent) == 1
            and ent[0].lower_ in FOREIGN_WORDS
            and ent[0].dep_ in MODIFIER_DEPS
            and self._agent_at(doc, ent[0].head.i)[0] is not None
        ):
            return None  # "Allied forces", "Western diplomats": where they come from, no name
        words = [t.lower_ for t in ent if t.is_alpha]
        if words and all(w in LABEL_WORDS for w in words):
            return None  # "QUESTION:", "MODERATOR:": a transcript's label, not a name
        if ent[0].lower_ in PLACE_PREPS and len(ent) > 1:
            return None  # "Near Palmyra, one strike ...": a place, whatever the tagger says
        if ent.label_ == "PERSON" and _settlement(root):
            return None  # "the town of Mellit": a place, not a person
        if title_only(ent) and (ent.label_ == "PERSON" or ranked(ent)):
            return None  # "Navy Capt." of "Navy Capt. Jeff Davis": the title of a name
        if ent.label_ == "ORG" and root.dep_ in MODIFIER_DEPS and root.head.pos_ in NOMINAL:
            head = root.head  # "the UNITA militarist wing": the wing is the actor
            inside = ent.start <= head.i < ent.end
            acting = self._agent_at(doc, head.i)[0] is not None or head.lemma_.lower() in ORG_PARTS
            if not inside and acting:
                sector, agent_why = self.agent_sector(doc, head)
                why = f"organisation '{ent.text}' (named entity ORG), not in the dictionaries"
                if sector:
                    why += f"; {agent_why}"
                start = min(_left_edge(head), ent.start)
                actor = Actor(
                    text=doc[start : head.i + 1].text, name=ent.text, sector=sector, reason=why
                )
                self._own_country(ent, actor)
                return ActorHit(head.i, start, head.i + 1, actor, organisation=True)
        sector, agent_why = self.agent_sector(doc, root, exclude=set(range(ent.start, ent.end)))
        label = {"ORG": "organisation", "PERSON": "person", "NORP": "group"}[ent.label_]
        why = f"{label} '{ent.text}' (named entity {ent.label_}), not in the dictionaries"
        if sector:
            why += f"; {agent_why}"
        start = min(_left_edge(root), ent.start)
        name = title_case(ent.text) if ent.label_ == "PERSON" else ent.text
        actor = Actor(text=doc[start : ent.end].text, name=name, sector=sector, reason=why)
        if ent.label_ == "ORG":
            self._own_country(ent, actor)
        return ActorHit(root.i, start, ent.end, actor)

    def _describe(self, span: Span) -> Actor | None:
        """The actor an unlisted name stands for, when it is a proper name ("State Board of
        Antiquities and Heritage"): named so, with the country its own name gives and the
        sector of its head word; None for words that are no name."""
        words = [t for t in span if not t.is_punct and t.lower_ not in SMALL_WORDS]
        if len(words) < 2 or not all(t.text[:1].isupper() for t in words):
            return None
        sector, agent_why = self.agent_sector(span.doc, span.root)
        why = f"organisation '{span.text}' (a name written out), not in the dictionaries"
        if sector:
            why += f"; {agent_why}"
        actor = Actor(text=span.text, name=span.text, sector=sector, reason=why)
        self._own_country(span, actor)
        return actor

    def _own_country(self, ent: Span, actor: Actor) -> None:
        """The country an organisation's own name gives it, without making it the state: a
        state's name or demonym opening the name ("the Syrian Computer Society", "the South
        African Truth and Reconciliation Commission") or closing it ("Priorities USA", "the
        Socialist Party of Serbia"), or following "Free" ("the Free Somali Army"); not one
        after another preposition ("the Commission of Inquiry on Syria") nor in an
        international body's name ("Friends of Syria"). With no sector of its own, its name's
        words may give one (actors/group_names.py: "the Sudan People's Liberation Movement",
        REB)."""
        words = [t for t in ent if t.lower_ != "the" and t.tag_ != "POS"]
        if not words or words[0].lower_ in INTERNATIONAL_WORDS:
            return
        doc = ent.doc
        first, last = words[0].i, words[-1].i + 1
        found = self._country_at(doc, first, ent.end)
        if found is None:
            for i in range(first + 1, last):
                found = self._country_at(doc, i, last)
                if found is not None and found[1] == last:
                    before = doc[i - 1]
                    if before.pos_ == "ADP" and before.lower_ != "of":
                        found = None  # "the Commission of Inquiry on Syria"
                    break
                found = None
        if found is None and words[0].lower_ == "free" and len(words) > 2:
            found = self._country_at(doc, words[1].i, ent.end)  # "the Free Somali Army"
        if found is not None:
            surface, _ = found
            actor.country = surface.entry.country
            actor.reason += (
                f"; '{surface.text}' in its name → {surface.entry.name}: the organisation's "
                "country, not the state"
            )
            decided = group_sector(t.text for t in words) if actor.sector is None else None
            if decided is not None:  # "the Sudan People's Liberation Movement": REB
                actor.sector = decided[0]
                actor.reason += f"; sector {decided[0]} from '{decided[1]}' in its name"

    def _state_at(self, doc: Doc, i: int, limit: int) -> tuple[str, int] | None:
        """The state (ISO code) a name or demonym at token ``i`` names, and its end."""
        found = self._country_at(doc, i, limit)
        if found is None or not found[0].entry.country:
            return None
        return found[0].entry.country, found[1]

    def _country_at(self, doc: Doc, i: int, limit: int) -> tuple[Surface, int] | None:
        """A state's name or demonym starting at token ``i`` and ending by ``limit``."""
        for words, surface in self.index.by_first.get(doc[i].text, ()):
            end = i + len(words)
            if end > limit or any(doc[i + k].text != w for k, w in enumerate(words)):
                continue
            if surface.entry.id.startswith("country:") and surface.kind in ("name", "demonym"):
                return surface, end
            return None
        return None

    def agent_sector(
        self, doc: Doc, token: Token, exclude: set[int] | None = None
    ) -> tuple[str | None, str]:
        """The sector given by agent words at ``token`` or its modifiers, with the reason."""
        agents = self.dictionary.agents
        head_sector, head_words = self._agent_at(doc, token.i)
        if exclude and token.i in exclude:
            head_sector = None
        mod_sector, mod_words = None, ""
        for child in token.children:
            if child.dep_ not in MODIFIER_DEPS or (exclude and child.i in exclude):
                continue
            if child.lemma_.lower() in RANK_WORDS:  # "the deputy chief": no legislator
                continue
            sector = agents.get((child.lemma_.lower(),))
            if sector is None and child.dep_ == "compound":
                sector, _ = self._agent_at(doc, child.i)
            if sector:
                mod_sector, mod_words = sector, child.text
        if head_sector and mod_sector and token.lemma_.lower() in GENERIC_HEADS:
            return mod_sector, f"agent '{mod_words} {token.text}' → {mod_sector}"
        if head_sector:
            return head_sector, f"agent '{head_words}' → {head_sector}"
        if mod_sector:
            return mod_sector, f"agent '{mod_words}' → {mod_sector}"
        return None, ""

    def _agent_size(self, token: Token) -> int:
        """How many tokens the agent phrase ending at ``token`` has (0: none)."""
        sector, words = self._agent_at(token.doc, token.i)
        if sector is None:
            return 0
        start = token.i
        while start > 0 and token.doc[start : token.i + 1].text != words:
            start -= 1
        return token.i - start + 1

    def _agent_at(self, doc: Doc, i: int) -> tuple[str | None, str]:
        last = doc[i].lemma_.lower()
        if last not in self._agent_last and not (
            last.endswith("s") and last[:-1] in self._agent_last
        ):
            return None, ""
        agents = self.dictionary.agents
        for size in range(min(self.dictionary.max_agent_len, i + 1), 0, -1):
            lemmas = tuple(t.lemma_.lower() for t in doc[i - size + 1 : i + 1])
            sector = agents.get(lemmas)
            if sector is None and lemmas[-1].endswith("s"):  # proper-noun plurals keep their s
                sector = agents.get((*lemmas[:-1], lemmas[-1][:-1]))
            if sector:
                return sector, doc[i - size + 1 : i + 1].text
        return None, ""


# "thousands of Syrians", "hundreds of Iraqis": people counted
QUANTITIES = frozenset({"hundreds", "thousands", "millions", "tens", "dozens", "scores"})


def _coordinated_state(doc: Doc, match: SurfaceMatch, existing: list[ActorHit]) -> bool:
    """A state's name or demonym joined by "and" to the named body the head noun ends
    ("the U.S. and Royal Navy", "the French and Royal Navies"): a body of that state too, not
    a modifier of the named one; not when the named body is that state's."""
    entry = match.surface.entry
    if not entry.id.startswith("country:") or match.surface.kind not in ("name", "demonym"):
        return False
    if match.end >= len(doc) or doc[match.end].lower_ not in ("and", "&"):
        return False
    return all(h.actor.country not in (None, entry.country) for h in existing)


def _before_independence(hits: HitMap, published: str | None, names: dict[str, str]) -> None:
    """An actor of a state that did not exist on the document's date is in its
    predecessor's country (places/successors.py): "the government in Juba" in a 2008 text is
    Sudan's, but not Sudan's state: the region's own institutions ("Croatian forces" in May
    1991 are no Yugoslav army), so the successor's state id is dropped."""
    if not published:
        return
    for anchor_hits in hits.values():
        for hit in anchor_hits:
            actor = hit.actor
            found = predecessor(actor.country, published)
            if found is None:
                continue
            old, (new, since) = actor.country, found
            actor.country = new
            if actor.actor_id == f"country:{old}":
                actor.actor_id = None
            actor.reason += (
                f"; {names.get(old or '', old)} was no state on {published[:10]} (independent"
                f" from {since}): a part of {names.get(new, new)}, not its state"
            )


def _group_owner(mods: list[tuple[SurfaceMatch, Token]]) -> list[tuple[SurfaceMatch, Token]]:
    """One noun, one actor: "Syrian Arab forces of the SDF" are the SDF's (a component of an
    armed group or party named in its "of" phrase), not also Syria's army; the demonym says
    where its fighters come from, not whose they are."""
    if len(mods) < 2:
        return mods
    owners = [
        (m, r)
        for m, r in mods
        if r.dep_ == "pobj" and r.head.lower_ == "of" and m.surface.entry.id.startswith("group:")
    ]
    if len(owners) != 1:
        return mods
    states = [m for m, _ in mods if m.surface.entry.id.startswith("country:")]
    if len(states) + 1 != len(mods):
        return mods
    return owners


def _of_the_people(entry: ActorEntry, sector: str | None) -> bool:
    """A state's name or demonym on an agent that is none of the state's organs ("the
    Syrian people", "Syrian children", "a German company", "Syrian rebels")."""
    return (
        entry.id.startswith("country:")
        and sector is not None
        and (sector not in STATE_ORGAN_SECTORS)
    )


def _not_the_state(actor: Actor, name: str | None) -> None:
    """The state's country and the agent's sector, not the state's identity: a state's
    people, companies, media or rebels are not the state."""
    actor.reason += f"; {actor.sector} of {actor.country}, not the state"
    actor.actor_id, actor.wikidata, actor.name = None, None, name
    if name:
        actor.reason += f"; named '{name}' (apposition)"


def _relational(token: Token) -> ActorHit | None:
    """An actor named by its relation to another ("our allies", "the enemy", "its backers"):
    a noun of ``RELATIONAL_NOUNS`` with a determiner, an owner or a plural form; not a
    predicate ("he was a partner") nor a noun a name explains ("our ally Turkey": the name
    is the actor). No sector, no country."""
    if token.pos_ != "NOUN" or token.dep_ == "attr":
        return None
    if token.lemma_.lower() not in RELATIONAL_NOUNS:
        return None
    owned = any(c.dep_ in ("det", "poss") for c in token.children)
    if not owned and token.tag_ != "NNS":
        return None
    doc = token.doc
    if token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ in NAMED_LABELS:
        return None  # "our ally Turkey": the name is the actor
    for child in token.rights:  # "its backers, notably Russia" (not "allies in Europe")
        if child.dep_ == "appos" and any(t.ent_type_ in NAMED_LABELS for t in child.subtree):
            return None
    start = _left_edge(token)
    why = f"relational noun '{token.text}': an actor named by its relation to another"
    actor = Actor(text=doc[start : token.i + 1].text, reason=why)
    return ActorHit(token.i, start, token.i + 1, actor, named=False)


def _counted(root: Token) -> bool:
    """Whether a noun is counted ("300 Afghans", "thousands of Rohingya", "half a million
    Sudanese"): people, whatever the demonym's form."""
    return (
        any(c.dep_ in ("nummod", "quantmod") for c in root.children)
        or (root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.like_num)
        or (root.dep_ == "pobj" and root.head.head.lower_ in QUANTITIES)
    )


def _nationals(actor: Actor, root: Token) -> None:
    """A plural demonym standing alone ("Syrians", "the Bosnian Serbs") or a counted one
    ("thousands of Rohingya") names a state's people, not the state: its country without
    the state's identity; civilians when they are counted ("half a million Syrians")."""
    if not actor.actor_id or not actor.actor_id.startswith("country:"):
        return
    actor.actor_id, actor.wikidata, actor.name = None, None, None
    actor.reason += f"; the people of {actor.country}, not the state"
    if _counted(root) and actor.sector is None:
        actor.sector = "CVL"
        actor.reason += "; counted: civilians"


def _placed_names(doc: Doc) -> set[str]:
    """One-word names the document writes as places somewhere ("in Darayya", "the suburb of
    Darayya"): the same name tagged PERSON elsewhere is the place too."""
    return {
        ent.text for ent in doc.ents
        if len(ent) == 1 and ent.label_ in NAMED_LABELS and (_place_like(ent) or _settlement(ent.root))
    }  # fmt: skip


def _placed_person(ent: Span, placed: set[str]) -> bool:
    """A one-word PERSON entity the document uses as a place elsewhere, not a first name."""
    return (
        ent.label_ == "PERSON" and len(ent) == 1 and ent.text in placed
        and not is_first_name(ent.text)
    )  # fmt: skip


def _settlement(root: Token) -> bool:
    """Whether a name is that of a settlement or a district: "the town of X", "X province"."""
    if root.dep_ == "pobj" and root.head.lower_ == "of":
        return root.head.head.lemma_.lower() in SETTLEMENT_NOUNS
    return root.dep_ == "compound" and root.head.lemma_.lower() in SETTLEMENT_NOUNS


def _plural(span: Span) -> bool:
    """Whether a demonym names people ("Syrians", "the Chechens"), not a state's adjective
    ("Syrian", "Swiss")."""
    text = span[-1].text
    return span.root.tag_ in ("NNS", "NNPS") or (text.endswith("s") and not text.endswith("ss"))


def _named_by_apposition(anchor: Token) -> str | None:
    """The proper name of an agent: the organisation it heads ("the Serbian Orthodox
    Church") or stands in apposition to ("the German company Züblin")."""
    if anchor.ent_type_ == "ORG":
        name = _entity_text(anchor)
        return name[4:] if name[:4].lower() == "the " else name
    for child in anchor.rights:
        if child.dep_ in ("appos", "compound") and child.pos_ == "PROPN":
            return _entity_text(child)
    return None


def _alias(match: SurfaceMatch) -> str:
    """How an unlisted spelling was merged with its entry, for the reason."""
    return f" (alias: the same name once normalised, '{match.alias}')" if match.alias else ""


def _entity_head(ent: Span) -> Token:
    """The word a named entity hangs on the sentence by: ``Span.root`` unless that is an
    article or punctuation the entity includes ("a Syrian Government website": Government)."""
    root = ent.root
    if root.dep_ not in ("det", "punct", "case", "predet"):
        return root
    heads = [
        t
        for t in ent
        if t.dep_ not in ("det", "punct", "case", "predet") and not ent.start <= t.head.i < ent.end
    ]
    return heads[-1] if heads else root


def _credit(doc: Doc, match: SurfaceMatch) -> bool:
    """A news outlet credited, not acting: alone in brackets ("WASHINGTON (AP) —", "[Reuters]",
    "(AP Photo/...)") or after "Photo:" / "Source:"."""
    entry = match.surface.entry
    if entry.sector != "JRN" or not entry.id.startswith("org:") or match.start == 0:
        return False
    before = doc[match.start - 1]
    if before.text == ":" and match.start >= 2:
        return doc[match.start - 2].lower_ in CREDIT_WORDS
    if before.text not in ("(", "["):
        return False
    for token in doc[match.end : match.end + 8]:
        if token.text in (")", "]"):
            return True
        if token.pos_ in ("VERB", "AUX"):  # "(Reuters reported)": an actor
            return False
    return False


def _names_agent(resolver: ActorResolver, root: Token) -> bool:
    """Whether a place name modifies an agent word just after it ("Mosul residents")."""
    head = root.head
    return (
        root.dep_ in ("compound", "amod")
        and head.i == root.i + 1
        and resolver._agent_at(root.doc, head.i)[0] is not None
    )


def _from_place(token: Token, actor: Actor) -> None:
    """An agent named by the city or region it is from ("Darfur rebels", "Aleppo
    residents"): the place's country, not the state. The place is the capitalised words just
    before the agent word, no person's name: a region of the place names' list, or a city's
    main name (50,000 people or more; 100,000 for a word neither tagged a proper noun nor a
    place)."""
    words = [c for c in token.lefts if c.dep_ in ("compound", "amod") and c.pos_ in PLACE_POS]
    if not words or words[-1].i != token.i - 1 or any(w.ent_type_ == "PERSON" for w in words):
        return
    first = words[0]
    longer = [c for c in first.lefts if c.dep_ == "compound" and c.i == first.i - 1]
    if longer and gazetteer().lookup_exact(token.doc[longer[0].i : token.i].text):
        words = [longer[0], *words]  # "New York residents", "North Carolina voters"
    name = token.doc[words[0].i : token.i].text
    if not all(w.text[:1].isupper() for w in words):
        return
    region = place_names().regions.get(name)
    if region is not None:
        iso3, place = region.country, name
    else:
        tagged = all(w.pos_ == "PROPN" or w.ent_type_ in ("GPE", "LOC") for w in words)
        least = 50_000 if tagged else 100_000
        found = [
            c.place
            for c in gazetteer().lookup_exact(name)
            if c.place.kind == "city" and not c.alternate and c.place.name == name
        ]
        divisions = [
            c.place
            for c in gazetteer().lookup_exact(name)
            if c.place.kind == "admin1" and not c.alternate and c.place.population >= least
        ]
        if not found and len({d.country for d in divisions}) != 1:
            return  # no such place, or a division's name in two states ("Punjab")
        best = max(found or divisions, key=lambda p: p.population)
        if (division := division_elsewhere(name, best)) is not None:
            best = division  # "Virginia residents": the US state's, not a town's abroad
        elif best.population < least:
            return
        iso3, place = best.country, name
    actor.country = iso3
    actor.reason += f"; '{name}' → {place}, {iso3}: where they are from, not the state"


# the two American parties' labels on an American office word: "a Republican senator"
US_PARTY_LABELS = frozenset({"Republican", "Democratic", "Democrat", "GOP"})
US_OFFICE_WORDS = frozenset(
    {"senator", "congressman", "congresswoman", "congressmen", "congresswomen", "lawmaker",
     "legislator", "governor", "representative"}
)  # fmt: skip


def _party_label(token: Token, actor: Actor, hits: HitMap) -> None:
    """A legislator or governor labelled by an American party ("a Republican senator",
    "Democratic lawmakers", "GOP governors"): an office holder of the United States, USA.
    Only these office words: a "Republican guard" or a "Democratic republic" is no such. Other
    states have parties of these names (South Korea's Democratic Party): a label on people
    placed in another state ("Democratic lawmakers in Seoul", "In Seoul, Democratic lawmakers
    ...") decides nothing."""
    if actor.country is not None or token.lemma_.lower() not in US_OFFICE_WORDS:
        return
    label = next(
        (c for c in token.lefts if c.dep_ in ("amod", "compound") and c.text in US_PARTY_LABELS),
        None,
    )
    if label is None:
        return
    if (away := _placed_abroad(token, hits)) is not None:
        actor.reason += f"; party label '{label.text}' left: {away}, not the United States"
        return
    actor.country = "USA"
    actor.reason += f"; party label '{label.text}' on '{token.text}' → USA"


def _placed_abroad(token: Token, hits: HitMap) -> str | None:
    """A place of a state other than the United States where an agent is: "in / from X" on
    its noun ("lawmakers in Taiwan"), or "in / at X" on the clause they are the subject of
    ("In Seoul, lawmakers criticised ..."; not a state acted on: "criticised China")."""
    phrases = [(child, ("in", "from")) for child in _located_by(token)]
    if token.dep_ in ("nsubj", "nsubjpass"):  # the clause's place: "In Seoul, lawmakers ..."
        phrases += [(child, ("in", "at")) for child in token.head.children]
    for child, preps in phrases:
        if child.dep_ != "prep" or child.lower_ not in preps:
            continue
        for name in (name for pobj in child.children for name in _named_places(pobj)):
            country = _state_of_place(name, hits)
            if country is not None and country != "USA":
                return f"'{child.text} {name.text}' → {country}"
    return None


def _named_places(pobj: Token) -> list[Token]:
    """The words of a place an "in" phrase names: its object, or the name a settlement noun
    gives ("in the southern city of Basra", "in the capital, Nairobi", "in Kandahar
    province")."""
    if pobj.lemma_.lower() not in SETTLEMENT_NOUNS:
        return [pobj]
    named = [pobj]
    for child in pobj.children:
        if child.dep_ == "appos" or (child.dep_ == "compound" and child.pos_ == "PROPN"):
            named.append(child)
        elif child.dep_ == "prep" and child.lower_ == "of":
            named.extend(c for c in child.children if c.dep_ == "pobj")
    return named


def _state_of_place(token: Token, hits: HitMap) -> str | None:
    """The state of a place word: the state or city it names as an actor ("in Yemen", "in
    Karachi"), else a city of 100,000 people or more the gazetteer knows under that name
    (main or alternate: "Basra" → Basrah, IRQ) or a listed region ("Darfur")."""
    for hit in hits.get(token.i, []):
        actor = hit.actor
        if actor.country and actor.actor_id and actor.actor_id.startswith("country:"):
            return actor.country
    named = token.dep_ == "pobj" and token.head.head.lemma_.lower() in SETTLEMENT_NOUNS
    if not token.text[:1].isupper() or not (named or token.ent_type_ in PLACE_LABELS):
        return None  # a settlement noun names a place whatever the tagger says ("city of X")
    start = min([token.i, *(c.i for c in token.lefts if c.dep_ == "compound")])
    name = token.doc[start : token.i + 1].text
    cities = [c.place for c in gazetteer().lookup_exact(name) if c.place.kind == "city"]
    if cities:
        best = max(cities, key=lambda p: p.population)
        if (division := division_elsewhere(name, best)) is not None:
            return division.country  # "in Florida": the US state, not the Cuban town
        return best.country if best.population >= 100_000 else None
    listed = place_names().lookup(name)
    if listed is not None and listed[0] == "region" and listed[1] is not None:
        return listed[1].country
    return None


def _places_clause(place: Token, verb: int, hits: list[ActorHit]) -> bool:
    """Whether a place in a prepositional phrase hangs on its clause's verb or on an actor
    of the clause ("arrested 20 protesters in Cairo"), not on a thing ("discussed the crisis
    in Syria"). A place that is no prepositional object (an agent placed by its own "in X")
    counts."""
    if place.dep_ != "pobj" or place.head.dep_ != "prep":
        return True
    governor = place.head.head
    return governor.i == verb or any(h.anchor == governor.i for h in hits)


def _places_site(place: Token, verb: int) -> bool:
    """Whether a place in a prepositional phrase hangs on a site of the clause, a common noun
    naming a place that the act is done to or in ("stormed a police station in northern
    Nigeria", "burned houses in a village near Bunia", "occupied a building in Dhaka"): the
    act happens where the site is."""
    if place.dep_ != "pobj" or place.head.dep_ != "prep":
        return False
    site = place.head.head
    if site.pos_ != "NOUN" or site.lemma_.lower() not in PLACE_NOUNS:
        return False
    return _clause_verb(site) == verb


def _non_state(hits: HitMap) -> None:
    """Agents of an NGO with no country ("a human rights group", "aid agencies") take
    PLOVER's non-state code NGO, as the NGOs of the dictionaries do."""
    for anchor_hits in hits.values():
        for hit in anchor_hits:
            actor = hit.actor
            if actor.sector == "NGO" and not actor.country and not actor.actor_id:
                actor.country = "NGO"
                actor.reason += "; a non-governmental organisation of no state: NGO"


def _person_of_state(doc: Doc, hit: ActorHit) -> bool:
    """A person or official, whom a meeting or visit may find at home (not a place, not a
    group: "the army struck RSF depots near Nyala" leaves Nyala to the army)."""
    token = doc[hit.anchor]
    if (hit.actor.actor_id or "").startswith("person:") or token.ent_type_ == "PERSON":
        return True
    return token.ent_type_ not in ("GPE", "LOC", "FAC") and token.lemma_.lower() in PERSON_NOUNS


def _senders(doc: Doc, hits: HitMap) -> None:
    """Agents without a country take their sender's (:func:`_sent_by`)."""
    for anchor_i, anchor_hits in list(hits.items()):
        for hit in anchor_hits:
            actor = hit.actor
            if not actor.country and actor.sector and not hit.locative and not _foreign(doc, hit):
                _sent_by(doc[anchor_i], hit, hits)


def _sent_by(token: Token, hit: ActorHit, hits: HitMap) -> None:
    """Forces a state sends are its forces: "troops sent by Russia", "warplanes deployed by
    Turkey" take the sender's country (not "rebels backed by Iran": backing is no sending)."""
    for acl in token.children:
        if acl.dep_ != "acl" or acl.tag_ != "VBN" or acl.lemma_.lower() not in SENDING_VERBS:
            continue
        for agent in (c for c in acl.children if c.dep_ == "agent"):
            for pobj in (c for c in agent.children if c.dep_ == "pobj"):
                sender = next((h for h in hits.get(pobj.i, []) if h.actor.country), None)
                if sender is None or sender.locative:
                    continue
                hit.actor.country = sender.actor.country
                hit.actor.reason += f"; '{acl.text} by {pobj.text}' → {sender.actor.country}"
                return


# where they are posted, not whose they are: "the ambassador in Tehran" is rarely Iran's
POSTING_NOUNS = frozenset(
    {"ambassador", "embassy", "envoy", "consulate", "consul", "diplomat", "legation", "attache",
     "attaché", "chargé", "charge"}
)  # fmt: skip
# people away from home or held where they are (``residents.AWAY_FROM_HOME``) and those
# sent or driven abroad: a place they are in is not their state's; where they come from is
AWAY_NOUNS = AWAY_FROM_HOME | {"exile", "peacekeeper", "evacuee", "holidaymaker", "backpacker"}
OWNER_PRONOUNS = frozenset({"its", "their", "our", "his", "her", "my", "your"})


def _owned_by_pronoun(token: Token) -> bool:
    """An agent a pronoun owns ("its ambassador from Paris", "Iran said its embassy in
    Riyadh ...", "Turkey said its troops in Syria ..."): it is the owner's, wherever it is;
    the place is where it serves, not whose it is (for agents with a sector: the owner's
    relations, "our partners in Syria", are where they are)."""
    return any(c.dep_ == "poss" and c.lower_ in OWNER_PRONOUNS for c in token.children)


def _located_by(token: Token) -> list[Token]:
    """The prepositions that place a noun: its own ("protesters in Yemen") and those of a
    participle saying where it is based ("a newspaper based in Beirut")."""
    preps = list(token.children)
    for child in token.children:
        if child.dep_ == "acl" and child.lemma_.lower() in ("base", "headquarter", "locate"):
            preps += list(child.children)
    return preps


# words for the lands of a state when "former" and its demonym precede them
FORMER_LANDS = frozenset(
    {"republic", "state", "country", "territory", "bloc", "satellite", "colony", "nation", "space"}
)


def _former_region(doc: Doc, match: SurfaceMatch) -> bool:
    """A state's name after "former" ("refugees from the former Yugoslavia", "the former
    Soviet Union"), or its demonym on a word for a land ("a former Soviet republic", "former
    Yugoslav states"): the lands of a dissolved state, no actor. Not a demonym on a person
    ("the former Iraqi president" is Iraq's)."""
    i = match.start
    if i < 1 or doc[i - 1].lower_ != "former" or not match.surface.entry.id.startswith("country:"):
        return False
    if match.surface.kind == "name":
        return True
    after = doc[match.end] if match.end < len(doc) else None
    return (
        match.surface.kind == "demonym"
        and after is not None
        and after.lemma_.lower() in FORMER_LANDS
    )


def _stance(doc: Doc, match: SurfaceMatch) -> bool:
    """A state named in a stance ("anti-Syria", "pro-Russian", "anti-American"): the noun it
    modifies is for or against the state, not of it."""
    i = match.start
    if i >= 1 and doc[i - 1].lower_ in ("anti-", "pro-"):
        return True
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in ("anti", "pro")


def _clause_verb(token: Token) -> int | None:
    """The index of the verb whose clause holds ``token`` (the nearest verb up the parse)."""
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return ancestor.i
    return None


def _foreign(doc: Doc, hit: ActorHit) -> bool:
    """Whether the mention says its actor comes from elsewhere ("foreign troops")."""
    return any(t.lower_ in FOREIGN_WORDS for t in doc[hit.start : hit.anchor + 1])


def _away(doc: Doc, hit: ActorHit) -> bool:
    """Whether the mention's word says its people are away from home or held
    (``AWAY_NOUNS``)."""
    return doc[hit.anchor].lemma_.lower() in AWAY_NOUNS


def _foreign_or_away(doc: Doc, hit: ActorHit) -> bool:
    return _foreign(doc, hit) or _away(doc, hit)


def _modified_noun(span: Span, surface: Surface) -> Token | None:
    """The noun a name or demonym modifies ("Iraqi troops", "Russia's army"), if any."""
    root = span.root
    head = root.head
    if (
        root.dep_ in MODIFIER_DEPS
        and head.pos_ in NOMINAL
        and not (span.start <= head.i < span.end)
    ):
        while head.dep_ == "compound" and head.head.pos_ in NOMINAL and head.head.i > head.i:
            head = head.head
        return head
    if (
        head.lower_ == "led"
        and root.dep_ == "npadvmod"
        and head.dep_ == "amod"
        and head.head.pos_ in NOMINAL
    ):  # "Vietnamese-led forces" are led by the Vietnamese ("Iranian-backed" are not Iranian)
        return head.head
    if root.dep_ == "conj":  # "US and Iraqi officials": a conjunct of a modifier
        first = root.head
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ in MODIFIER_DEPS and first.head.pos_ in NOMINAL and surface.kind == "demonym":
            return first.head
    if root.dep_ == "pobj" and root.head.lower_ == "of":  # "the army of Iraq"
        owner = root.head.head
        if (
            owner.dep_ == "pobj"
            and owner.head.lower_ == "of"
            and owner.lemma_.lower() not in _OF_OWNERS
        ):  # "the Ministry of Oil of Iraq"
            owner = owner.head.head
        if owner.pos_ in NOMINAL and owner.lemma_.lower() in _OF_OWNERS:
            return owner
        if (
            owner.pos_ in NOMINAL
            and owner.lemma_.lower() in _GROUP_PARTS
            and surface.entry.id.startswith("group:")
        ):  # "fighters of the YPG", "a commander of the Free Syrian Army"
            return owner
    return None


_OF_OWNERS = frozenset(
    {
        "government", "army", "military", "force", "ministry", "minister", "president",
        "leader", "embassy", "ambassador", "parliament", "police", "people", "authority",
        "official", "troop", "navy", "king", "prime", "foreign", "department", "senate",
        "court", "assembly", "council", "office", "agency", "service", "bank", "commission",
    }
)  # fmt: skip


# people and parts of an armed group or party that act for it: "fighters of the YPG"
_GROUP_PARTS = frozenset(
    {
        "fighter", "militant", "member", "soldier", "gunman", "rebel", "unit", "commander",
        "spokesman", "spokeswoman", "wing", "faction", "brigade", "battalion", "cell",
        "element", "component", "militia", "insurgent", "activist", "supporter",
    }
)  # fmt: skip


def _names_the_topic(doc: Doc, anchor: Token, match: SurfaceMatch) -> bool:
    """ "the Russia investigation", "the Iran deal", "the China tariffs", "the Iraq war
    debate": a state's own name (not a demonym, an acronym used as an adjective, "US
    sanctions", nor a possessive) in the compound of a thing names what the thing is about;
    the state may be investigated, a party, a target or the place, and the compound does not
    say which; a demonym only on ``PLACE_TOPIC_NOUNS`` ("the Syrian crisis") and "civil war".
    Only on the topic nouns of ``TOPIC_NOUNS``: not the state's own things ("the
    Iran nuclear programme") nor what its people do where it is ("the Iran protests"); not a
    pair of states joined by a hyphen, which names the parties ("the Iran-Iraq agreement")."""
    if not match.surface.entry.id.startswith("country:"):
        return False
    lemma = anchor.lemma_.lower()
    if match.surface.kind == "demonym":  # "the Syrian crisis", "the Syrian civil war"
        civil = any(c.dep_ == "amod" and c.lower_ == "civil" for c in anchor.children)
        return lemma in PLACE_TOPIC_NOUNS or (lemma == "war" and civil)
    if match.surface.kind != "name":
        return False
    text = doc[match.start : match.end].text
    if text.replace(".", "").isupper() or lemma not in TOPIC_NOUNS:
        return False
    before = doc[match.start - 1].text if match.start > 0 else ""
    if before in HYPHENS or (match.end < len(doc) and doc[match.end].text in HYPHENS):
        return False  # "the Iran-Iraq agreement", "the Chile-Peru summit": its parties
    word = doc[match.end - 1]
    while word.dep_ == "compound" and word.head != anchor and word.head.i < anchor.i:
        word = word.head
    return word.dep_ == "compound" and word.head == anchor


def _left_edge(token: Token) -> int:
    """Start of the noun phrase made of ``token`` and its left modifiers."""
    start = token.i
    for child in token.lefts:
        if child.dep_ in MODIFIER_DEPS | {"det", "nummod", "quantmod", "case", "punct"}:
            start = min(start, _left_edge(child) if child.dep_ != "det" else child.i)
    return start


def _entity_text(token: Token) -> str:
    doc = token.doc
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return str(ent.text)
    return str(token.text)


def _actor_from_entry(text: str, entry: ActorEntry, sector: str | None, why: str) -> Actor:
    return Actor(
        text=text,
        name=entry.name,
        actor_id=entry.id,
        country=entry.country,
        sector=sector,
        wikidata=entry.wikidata,
        reason=why,
    )
