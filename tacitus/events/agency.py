"""Whether the actors found for an event can be its sides, and whether a side the sentence
names was left unknown (issue 13).

- A thing of an actor's ("Moscow's objectives", "Syrian Government websites", "this Russian
  activity": ``ActorHit.thing``, set by the actor resolver) does not act: it is no source
  unless it is itself an act ("Russian airstrikes", "U.S. assistance"), and no partner of a
  meeting or a cooperation unless it is consent or help given ("with Baghdad's consent"), or
  what a clause under the act acts on ("agreed to respect Ukraine's borders").
  It stays a target where the owner of what is acted on is the target ("ISIL targets"), but
  not where it is a record of measures aimed at the state it names ("welcomes new Syria
  sanctions listings"), except in a SANCTION.
- A state's own name in the compound of a thing ("the Russia investigation", "the Iran deal",
  "the China tariffs": ``ActorHit.topic``) names what the thing is about: no source even of
  an act noun, and no target, except of a SANCTION (the state its measures aim at).
- A side named only by a personal pronoun that resolves to nobody ("We are consulting with
  the Government of Iraq" in an unsigned statement, "coordinate with them"), or only by a
  thing of an actor's, leaves the record without a side the sentence names: such a record is
  written only with ``--keep-partial``, marked partial, with the reason.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..actors.resolve_types import ActorHit
from .lexicon import Lexicon
from .triggers import Predicate, noun_key

# acts between partners: a thing is no partner ("discussed the Syria crisis")
PARTNER_TYPES = frozenset({"CONSULT", "COOPERATE", "AGREE"})
# what a partner gives: "working with Baghdad's consent", "with Albania's help"
CONSENT_NOUNS = frozenset(
    {"consent", "approval", "permission", "blessing", "agreement", "backing", "help",
     "assistance", "support", "cooperation", "participation", "coordination", "authorisation",
     "authorization", "invitation", "request", "acquiescence", "mandate"}
)  # fmt: skip
# measures aimed at a state that a record can be named by ("Syria sanctions listings")
MEASURE_NOUNS = frozenset({"sanction", "sanctions", "embargo", "blacklist", "blockade"})
# instruments of force act for their owner: "Coalition aircraft destroyed ...", "Israeli army
# bulldozers demolished ...", "a Russian missile hit ..."
INSTRUMENTS = frozenset(
    {"aircraft", "airplane", "plane", "bulldozer", "vehicle", "ship", "boat", "vessel",
     "submarine", "missile", "rocket", "bomb", "shell", "mortar", "gun", "weapon", "munition",
     "artillery", "convoy", "patrol", "barrage", "bullet", "grenade", "truck", "car", "fire",
     "airpower", "shelling", "bombardment", "mine", "explosive", "device"}
    # and the means of help: "Russian money funded the party"
    | {"money", "cash", "funding", "fund", "loan"}
)  # fmt: skip
PERSONAL_PRONOUNS = frozenset(
    {"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them", "my", "our",
     "your", "his", "their"}
)  # fmt: skip
# the clauses whose subject is the act's subject ("agreed to meet", "began working with")
SUBJECT_CHAIN = frozenset({"xcomp", "conj", "advcl", "pcomp", "acomp"})
OBJECT_PREPS = frozenset({"with", "to", "against", "on", "from"})


def agents(
    hits: Sequence[ActorHit], doc: Doc, lexicon: Lexicon
) -> tuple[list[ActorHit], list[ActorHit]]:
    """The hits that can act, and the things of an actor's among them that cannot."""
    acting, things = [], []
    for hit in hits:
        if hit.thing and (hit.topic or not _act_noun(doc[hit.anchor], lexicon)):
            things.append(hit)
        else:
            acting.append(hit)
    return acting, things


def partners(
    pred: Predicate, hits: Sequence[ActorHit], lexicon: Lexicon
) -> tuple[list[ActorHit], list[ActorHit]]:
    """The targets that can be the partner of a meeting, an agreement or a cooperation, and
    the things of an actor's among them that cannot ("discussed the Syria crisis"); consent
    and help given are a partner's ("working with Baghdad's consent")."""
    if pred.entry.type not in PARTNER_TYPES:
        return list(hits), []
    doc = pred.head.doc
    kept, things = [], []
    for hit in hits:
        word = doc[hit.anchor]
        if (
            hit.thing
            and word.lemma_.lower() not in CONSENT_NOUNS
            and not _act_noun(word, lexicon)
            and not _acted_on_below(word, pred)
        ):
            things.append(hit)
        else:
            kept.append(hit)
    return kept, things


def measures_on(pred: Predicate, hits: Sequence[ActorHit]) -> tuple[list[ActorHit], list[ActorHit]]:
    """The targets less the records of a measure aimed at the state they name ("welcomes new
    Syria sanctions listings", "criticised the Iran sanctions bill": the listings and the bill
    are the sanctioners', Syria and Iran are what the sanctions aim at); a SANCTION itself
    keeps them ("imposed the Iran sanctions package")."""
    if pred.entry.type == "SANCTION":
        return list(hits), []
    doc = pred.head.doc
    kept: list[ActorHit] = []
    aimed: list[ActorHit] = []
    for hit in hits:
        (aimed if hit.thing and _measure_on(doc, hit) else kept).append(hit)
    return kept, aimed


def topics(pred: Predicate, hits: Sequence[ActorHit]) -> tuple[list[ActorHit], list[ActorHit]]:
    """The targets less the states a compound names as a thing's topic ("criticised the Russia
    investigation", "attacked the Iran deal": the investigation and the deal are acted on,
    not Russia or Iran); a SANCTION keeps them, the state its measure aims at ("imposed the
    Iran sanctions")."""
    if pred.entry.type == "SANCTION":
        return list(hits), []
    kept: list[ActorHit] = []
    about: list[ActorHit] = []
    for hit in hits:
        (about if hit.topic else kept).append(hit)
    return kept, about


def _measure_on(doc: Doc, hit: ActorHit) -> bool:
    """ "Syria sanctions listings", "the Iran sanctions bill": a name before a measure noun,
    both in the compound that names a record."""
    span = doc[hit.start : hit.end]
    measures = [
        w.i for w in span
        if w.lemma_.lower() in MEASURE_NOUNS and w.dep_ == "compound" and w.i != hit.anchor
    ]  # fmt: skip
    if not measures:
        return False
    return any(w.dep_ in ("compound", "amod") and w.i < measures[-1] and w.ent_type_ for w in span)


def _acted_on_below(word: Token, pred: Predicate) -> bool:
    """Whether a verb below the act governs the word ("pledged to respect Ukraine's
    borders"): its owner is who the promised act is about, not a topic."""
    head = word.head
    while head not in (pred.clause, pred.head) and head.head != head:
        if head.pos_ in ("VERB", "AUX") and head.dep_ in ("xcomp", "ccomp"):
            return True
        head = head.head
    return False


def _act_noun(word: Token, lexicon: Lexicon) -> bool:
    """An act ("airstrikes", "assistance", "a strike": the lexicon's nouns and the heads of its
    multi-word nouns) or an instrument of force ("Coalition aircraft", "army bulldozers")."""
    acts = _ACTS.get(id(lexicon))
    if acts is None:
        heads = {key.split()[-1] for key in lexicon.nouns}  # "air strike": a strike
        acts = _ACTS[id(lexicon)] = frozenset(lexicon.nouns) | heads | INSTRUMENTS
    return word.lemma_.lower() in acts or noun_key(word) in acts


_ACTS: dict[int, frozenset[str]] = {}


def unnamed_side(
    pred: Predicate,
    sources: Sequence[ActorHit],
    targets: Sequence[ActorHit],
    things: Sequence[ActorHit],
) -> str | None:
    """Why a record lacks a side the sentence names, or None: its source or target is a
    personal pronoun that resolves to nobody, or its only source is a thing of an actor's."""
    if not sources:
        if things:
            return f"its source '{things[0].actor.text}' is a thing of an actor's, not an actor"
        word = _subject_word(pred)
        if word is not None and word.lower_ in PERSONAL_PRONOUNS:
            return f"its source '{word.text}' is a pronoun resolved to no actor"
    if not targets:
        word = _object_pronoun(pred)
        if word is not None:
            return f"its target '{word.text}' is a pronoun resolved to no actor"
    return None


def _subject_word(pred: Predicate) -> Token | None:
    """The word in the subject's place of the act: the subject of its clause or of the
    clause that controls it ("We will continue to support"), or the possessive of a noun act
    ("their support")."""
    if pred.via == "noun":
        return next((c for c in pred.head.children if c.dep_ == "poss"), None)
    verb = pred.clause
    for _ in range(5):
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return None  # a passive: its subject is no source
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
        if subject is not None:
            return subject
        if verb.dep_ not in SUBJECT_CHAIN or verb.head == verb:
            return None
        verb = verb.head
    return None


def _object_pronoun(pred: Predicate) -> Token | None:
    """A personal pronoun in the object's place of the act ("coordinate with them")."""
    holders = dict.fromkeys((pred.clause, pred.head))
    for holder in holders:
        for child in holder.children:
            words = [child] if child.dep_ in ("dobj", "dative") else []
            if child.dep_ == "prep" and child.lower_ in OBJECT_PREPS:
                words = [g for g in child.children if g.dep_ == "pobj"]
            for word in words:
                if word.pos_ == "PRON" and word.lower_ in PERSONAL_PRONOUNS:
                    return word
    return None


# the possessive pronouns by which a side names its own people ("withdrew their troops")
OWN_PRONOUNS = frozenset({"its", "their", "his", "her", "our"})
# a state's own forces ("their troops"), never "its ally", "its militias", "its ambassador"
OWN_FORCES = frozenset(
    {"troop", "troops", "force", "forces", "army", "soldier", "unit", "contingent", "battalion",
     "brigade", "division", "personnel", "navy", "warship", "police", "military", "peacekeeper"}
)  # fmt: skip


def own_people(
    targets: Sequence[ActorHit], sources: Sequence[ActorHit], doc: Doc
) -> tuple[list[ActorHit], list[ActorHit]]:
    """The targets less the source's own forces: "Sudan and South Sudan agreed to withdraw
    their troops", "Russia withdrew its troops" (a possessive pronoun on forces of no other
    state than a source's names the sources' own, never a second side)."""
    states = {s.actor.country for s in sources}
    kept, own = [], []
    for hit in targets:
        word = doc[hit.anchor]
        owner = next((c for c in word.children if c.dep_ == "poss"), None)
        mine = owner is not None and owner.lower_ in OWN_PRONOUNS
        mine = mine and word.lemma_.lower() in OWN_FORCES  # "its ally", "their militias": sides
        if sources and mine and (hit.actor.country is None or hit.actor.country in states):
            own.append(hit)
        else:
            kept.append(hit)
    return kept, own
