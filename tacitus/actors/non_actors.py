"""Names and nouns that look like actors and are none (issue 14): what the entity recogniser
or the agent lexicon offers, decided here to be no actor mention and no entity either.

- **Ships** named with their navy's prefix ("HMS Daring", "USS Mahan", "FS Charles de
  Gaulle") and their name repeated alone later ("Forbin" after "FS Forbin"): a vessel, not
  a person or an organisation; one that acts in its clause stands for its navy (the
  prefix's state, MIL). One regular expression over the text finds the prefixes (no pass
  over every token), and the names are looked for only when one is found.
- **Language labels and their glosses**: "Arabic" (a language, never a people) and a label
  that opens a gloss in brackets ("(Arabic: ..., Kurdish: ...)"): the gloss spells the name
  before the brackets in another language, it names nobody new.
- **Acronyms of things**: a single acronym in capitals with "a"/"an" or a number before it
  ("a VBIED", "an IED", "84 MW"): a thing or a unit; a proper name takes no indefinite
  article.
- **Military hardware that does not act** ("destroyed the tanks", "rocket artillery against
  targets", "using bomber, fighter and remotely piloted aircraft"): an aircraft or a tank
  stands for its force only as the doer of a clause ("jets bombed the town", "struck by
  drones").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..records import Actor
from .resolve_types import ActorHit

# the prefixes navies write before a ship's name, and the navy's state (INS: India or Israel)
NAVY_PREFIXES = {
    "USS": "USA", "USNS": "USA", "HMS": "GBR", "HMAS": "AUS", "HMCS": "CAN", "HMNZS": "NZL",
    "FS": "FRA", "INS": None, "ROKS": "KOR", "TCG": "TUR", "RFS": "RUS", "ESPS": "ESP",
    "HNLMS": "NLD", "HDMS": "DNK", "HNoMS": "NOR", "HSwMS": "SWE", "KRI": "IDN", "PNS": "PAK",
    "BNS": "BGD", "NRP": "PRT", "ARA": "ARG", "BAP": "PER",
}  # fmt: skip
_PREFIXES = "|".join(NAVY_PREFIXES)
_SHIP = re.compile(
    rf"(?<![\w-])({_PREFIXES})\s+([A-Z][\w'’-]*(?:\s+(?:de |la |le |du )?[A-Z][\w'’-]*){{0,2}})"
)
# names of languages that name no people ("Arabs", "Kurds" do; "Arabic" does not)
LANGUAGES = frozenset(
    {"arabic", "farsi", "dari", "pashto", "urdu", "hindi", "aramaic", "latin", "swahili",
     "mandarin", "cantonese", "sanskrit", "esperanto", "tigrinya", "amharic"}
)  # fmt: skip
# machines of war by the one word that names them, agents of their owner's armed forces
# (data/actors/agents.yaml, MIL); the event coder's instruments too (events/arguments.py)
WAR_MACHINES = frozenset(
    {"jet", "warplane", "bomber", "drone", "helicopter", "gunship", "warship", "gunboat",
     "frigate", "corvette", "destroyer", "cruiser", "submarine", "tank", "artillery",
     "aircraft", "plane"}
)  # fmt: skip
# hardware the agent lexicon gives a sector: an actor only when it acts
HARDWARE = WAR_MACHINES | {
    "airplane", "fighter jet", "fighter plane", "fighter aircraft", "military aircraft"
}  # fmt: skip
# the dependencies of a doer: the subject of an active clause, "by" of a passive one
_DOER_DEPS = frozenset({"nsubj"})
_GLOSS_REACH = 16  # tokens back from a name to the bracket that opens its gloss


def ship_spans(doc: Doc) -> list[tuple[Span, str]]:
    """Ships' names with the prefix that says whose navy they are: the prefixed name ("HMS
    Daring") and the name repeated without it ("Forbin" after "FS Forbin")."""
    prefixes = {name: prefix for prefix, name in _SHIP.findall(doc.text)}
    if not prefixes:
        return []
    names = "|".join(re.escape(n) for n in sorted(prefixes, key=len, reverse=True))
    pattern = re.compile(rf"(?<![\w-])(?:(?:{_PREFIXES})\s+)?({names})(?![\w-])")
    spans: list[tuple[Span, str]] = []
    for match in pattern.finditer(doc.text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        if match.group() in prefixes and _in_longer_name(span):
            continue  # "the Indian Ocean" after "HMS Ocean": another name
        spans.append((span, prefixes[match.group(1)]))
    return spans


def ship_hit(span: Span, prefix: str) -> ActorHit | None:
    """A ship that is the subject of its clause or acts in it stands for its navy ("HMS
    Daring fired", "Forbin is committed to ...", "escorted by USS Mahan"): the navy's state,
    sector MIL; elsewhere no actor ("aboard HMS Ocean", "commanded from FS Charles de
    Gaulle")."""
    root = span.root
    if not acts(root) and root.dep_ != "nsubjpass":  # "Forbin is committed to ...", "was hit"
        return None
    country = NAVY_PREFIXES[prefix]
    name = span.text if span.text.startswith(prefix) else f"{prefix} {span.text}"
    whose = f"a ship of {country}'s navy" if country else "a navy's ship"
    start = min(span.start, root.left_edge.i)
    actor = Actor(
        text=span.doc[start : span.end].text, name=name, country=country, sector="MIL",
        reason=f"ship '{name}' (prefix {prefix}: {whose}), the subject of its clause",
    )  # fmt: skip
    return ActorHit(root.i, start, span.end, actor)


def acts(token: Token) -> bool:
    """Whether a noun is the doer of its clause: the subject (or a conjunct of it), or the
    object of "by"."""
    head = token
    while head.dep_ == "conj":
        head = head.head
    if head.dep_ in _DOER_DEPS:
        return True
    return head.dep_ == "pobj" and head.head.lower_ == "by"


def _in_longer_name(span: Span) -> bool:
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    return any(t is not None and t.pos_ == "PROPN" for t in (before, after))


def language_or_gloss(ent: Span) -> bool:
    """A language's name ("its Arabic acronym"), a language label in brackets or a name in
    the gloss it opens ("the Hamrin Mountains (Arabic: ..., Kurdish: ...)")."""
    if len(ent) == 1 and ent[0].lower_ in LANGUAGES:
        return True
    doc = ent.doc
    for i in range(ent.start - 1, max(-1, ent.start - _GLOSS_REACH), -1):
        token = doc[i]
        if token.text == ")":
            return False
        if token.text == "(":
            return i + 2 < len(doc) and _label(doc[i + 1]) and doc[i + 2].text == ":"
    # the label itself: "(Arabic:"
    return (
        ent.start > 0 and doc[ent.start - 1].text == "(" and len(ent) == 1 and _label(ent[0])
        and ent.end < len(doc) and doc[ent.end].text == ":"
    )  # fmt: skip


def _label(token: Token) -> bool:
    return token.lower_ in LANGUAGES or token.ent_type_ in ("NORP", "LANGUAGE")


# units written in capitals after a number ("84 MW")
UNITS = frozenset({"MW", "KW", "GW", "MWH", "KWH", "GWH", "KV", "KM", "KG", "BPD"})


def thing_acronym(ent: Span) -> bool:
    """A single acronym with "a"/"an" before it heading its phrase ("a VBIED", "an IED"), a
    unit after a number ("84 MW") or a designation in brackets before a number ("(DDG 72)"):
    a thing, not an organisation."""
    if len(ent) != 1 or not ent.start:
        return False
    token, before = ent[0], ent.doc[ent.start - 1]
    if len(token.text) < 2 or not token.text.isupper():
        return False
    if token.text.upper() in UNITS and before.like_num:
        return True
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if before.text == "(" and after is not None and after.like_num:
        return True  # "USS Mahan (DDG 72)": a hull number
    return before.lower_ in ("a", "an") and token.dep_ not in ("compound", "amod", "nmod", "poss")


def idle_hardware(token: Token) -> bool:
    """An aircraft, tank or gun the agent lexicon counts as a force that does not act in its
    clause ("destroyed the tanks", "using bomber, fighter and remotely piloted aircraft"):
    a thing, not an actor. The doer of a clause stays ("jets bombed", "struck by drones"),
    and so does a person ("a suicide bomber")."""
    lemma = token.lemma_.lower()
    listed = lemma == "fighter" and any(c.lemma_.lower() in HARDWARE for c in token.conjuncts)
    if lemma not in HARDWARE and not listed:
        return False
    if any(c.lower_ == "suicide" for c in token.children):
        return False
    return not acts(token)


def mass_force(token: Token) -> bool:
    """ "force" as a mass noun, with no article, possessive or number ("the use of force",
    "used force against protesters", "took the town by force", "threatened military force"):
    violence, not a body of troops ("a peacekeeping force", "the force", "its force", "Quds
    Force" stay)."""
    if token.lower_ != "force" or token.tag_ != "NN":
        return False
    return not any(c.dep_ in ("det", "poss", "nummod", "predet") for c in token.children)


# the last word of an agreement's or a statement's name ("the Geneva Communique", "the Oslo
# Accords", "the Strategic Framework Agreement"); not "resolution": a body's resolutions are
# its own ("UN Security Council resolutions")
DOCUMENT_NOUNS = frozenset(
    {"agreement", "accord", "communique", "communiqué", "treaty", "convention", "declaration",
     "protocol", "memorandum", "charter", "roadmap"}
)  # fmt: skip


def names_a_document(ent: Span) -> bool:
    """A name ending in an agreement's or statement's noun ("the Geneva Communique", "the
    U.S.-Iraq Strategic Framework Agreement"): a document, not an organisation or a place."""
    last = ent[-1]
    return last.text[:1].isupper() and last.lemma_.lower() in DOCUMENT_NOUNS


def document_of_place(anchor: Token) -> bool:
    """The noun a city's name modifies is an agreement named after it ("the Minsk
    agreements", "the Dayton accord"): the place where it was signed, not the state."""
    return anchor.lemma_.lower() in DOCUMENT_NOUNS
