"""A state's offices named bare take the state the rest of the document is about: after
"Thailand's ruling coalition collapsed on Tuesday.", "The prime minister accused the
opposition of plotting a coup" is Thailand's prime minister and opposition; after "Wildfires
burned across California", "The governor asked the president for federal aid" is American.
Wire copy names the state once and its offices bare afterwards, as a careful coder reads them.

Who: agent words with no country, no name and no dictionary id whose head names an office or
organ a state holds at home (``HOME_OFFICES``: "the president", "the interior minister",
"the junta", "the governor", "state lawmakers", "the attorney general", "the opposition"),
and a state's forces by the word alone ("the army", ``HOME_FORCES``); not
words other states send (ambassadors, envoys, diplomats, delegations, officials, troops,
spokesmen), nor a mention that says whose it is ("its ambassador", "the group's leader"),
that names a region or people ("European leaders", "Western governments"), or that says it
comes from elsewhere (``foreign``, ``other``, ``exiled`` ...).

From what: the states of every actor and place of the document's OTHER sentences (the
mention's own sentence is left out: the state an office acts on is most often not its own,
"the prime minister met the Japanese ambassador"). One state must have at least
``DOMINANCE`` of those mentions; a document of one sentence gives nothing. The sentence's own
place (``ActorResolver._context``) and the document's places for residents are tried first.
The reason names the state and the count.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Token

from ..places.gazetteer import gazetteer
from .resolve_types import ActorHit, HitMap

# lemmas of the head word of a state's office or organ that acts at home
HOME_OFFICES = frozenset(
    {
        "president", "presidency", "premier", "chancellor", "government", "administration",
        "cabinet", "ministry", "minister", "regime", "junta", "king", "queen", "monarch",
        "emir", "sultan", "governor", "mayor", "parliament", "lawmaker", "legislator",
        "senator", "parliamentarian", "legislature", "congressman", "congresswoman",
        "senate", "court", "prosecutor", "judge", "justice", "authority", "opposition",
        "secretary", "police", "policeman", "policemen", "chief",
    }
)  # fmt: skip
# a state's forces named by the word alone with "the" ("the army said it killed 20
# militants"): the army of the state the story is about, not "troops" or "forces" (sent abroad)
HOME_FORCES = frozenset({"army", "military", "navy"})
# words in the mention that say it is no state's own office ("the UN secretary general",
# "other governments", "a transitional government's envoy")
NOT_HOME = frozenset(
    {"other", "secretary-general", "former", "exiled", "rival", "parallel",
     "interim", "transitional", "both", "all", "two", "several", "many", "some", "each"}
)  # fmt: skip
# sectors of no state's office: "the rebel chief", "the agency chief" of an organisation
NOT_STATE_SECTORS = frozenset(
    {"REB", "PRM", "UAF", "CRM", "IGO", "NGO", "REF", "MED", "BUS", "JRN"}
)
OWNER_DEPS = frozenset({"poss"})
# a first-level division of a state named in the text but no actor ("wildfires burned across
# California"): it places the document as a state's city does, when no other state has a
# division of that name and it has at least this many people
DIVISION_PEOPLE = 500_000
NAME_LABELS = frozenset({"NORP", "GPE", "LOC", "ORG", "PERSON", "FAC"})
DOMINANCE = 0.75
# words after "foreign" that make it an office's name ("foreign minister", "Foreign Office")
FOREIGN_OFFICE = frozenset({"minister", "ministry", "secretary", "office", "affairs"})


def _home_office(doc: Doc, hit: ActorHit, agent_words: frozenset[str]) -> bool:
    """Whether the hit is a bare office of a state (see the module's text)."""
    actor = hit.actor
    if actor.country or actor.actor_id or hit.named or hit.locative or hit.thing:
        return False
    if actor.sector is None or actor.sector in NOT_STATE_SECTORS:
        return False
    head = doc[hit.anchor]
    words = doc[hit.start : hit.anchor + 1]
    lemma = head.lemma_.lower()
    if lemma == "general":  # "the attorney general", not "the secretary general"
        previous = doc[head.i - 1].lower_ if head.i > hit.start else ""
        lemma = "prosecutor" if previous in ("attorney", "prosecutor") else lemma
    if lemma in HOME_FORCES:  # "the army" alone, as a state's story names its own
        return head.tag_ == "NN" and [t.lower_ for t in words] == ["the", lemma]
    if lemma not in HOME_OFFICES:
        return False
    if head.lemma_.lower() == "secretary" and not any(
        t.lower_ in ("defence", "defense", "treasury", "interior", "home", "foreign", "state")
        for t in doc[hit.start : hit.end]
    ):  # "the defence secretary", "the secretary of state"
        return False  # "the secretary" alone may be anyone's (an organisation's, a party's)
    if any(t.lower_ in NOT_HOME for t in words):
        return False
    if any(
        t.ent_type_ in NAME_LABELS
        and not (t.ent_type_ == "ORG" and not t.is_upper and t.lemma_.lower() in agent_words)
        for t in words
    ):
        return False  # "European leaders", "the UNICEF chief": a region or a name; not "The
        # Foreign Ministry" the tagger took for a name (its words are agent words)
    if any(c.dep_ in OWNER_DEPS or (c.dep_ == "prep" and c.lower_ == "for") for c in head.children):
        return False  # "its ambassador"; "Minister for the Middle East": the "for" says which
    return not _titles_a_name(doc, head)


def _titles_a_name(doc: Doc, head: Token) -> bool:
    """Whether the office word is the title of a person named next to it ("Minister for
    the Middle East Tobias Ellwood", "President Idriss"): the person's own state decides."""
    if head.dep_ in ("compound", "appos") and head.head.ent_type_ == "PERSON":
        return True
    return any(t.ent_type_ == "PERSON" for t in head.subtree if t.i > head.i)


def states_by_sentence(doc: Doc, hits: HitMap, states: frozenset[str]) -> dict[int, Counter[str]]:
    """The states of the document's actors and of its divisions named as places (no actor's
    words), counted per sentence (keyed by the sentence's first token)."""
    counts: dict[int, Counter[str]] = {}
    for anchor_i, anchor_hits in hits.items():
        for hit in anchor_hits:
            if hit.actor.country in states and not hit.topic:
                sentence = counts.setdefault(doc[anchor_i].sent.start, Counter())
                sentence[hit.actor.country or ""] += 1
    covered = {
        i for anchor_hits in hits.values() for h in anchor_hits for i in range(h.start, h.end)
    }
    for ent in doc.ents:
        if ent.label_ == "GPE" and ent.start not in covered:
            division = _division(ent.text)
            if division in states:
                counts.setdefault(ent.sent.start, Counter())[division] += 1
    return counts


def document_state_elsewhere(
    counts: dict[int, Counter[str]], sent_start: int
) -> tuple[str, int, int] | None:
    """The state most actors and places of the document's other sentences belong to
    (``counts``: :func:`states_by_sentence`), with its count and the total, if it has at
    least ``DOMINANCE`` of them."""
    elsewhere: Counter[str] = Counter()
    for start, sentence in counts.items():
        if start != sent_start:
            elsewhere.update(sentence)
    if not elsewhere:
        return None
    (top, n), total = elsewhere.most_common(1)[0], sum(elsewhere.values())
    if n < DOMINANCE * total:
        return None
    return top, n, total


def _foreign(doc: Doc, hit: ActorHit, foreign_words: frozenset[str]) -> bool:
    """Whether the mention says it comes from elsewhere ("foreign governments"); "foreign"
    in an office's name ("the foreign minister", "the Foreign Office") does not."""
    words = doc[hit.start : hit.anchor + 1]
    return any(
        t.lower_ in foreign_words
        and not (
            t.lower_ == "foreign" and t.i < hit.anchor and doc[t.i + 1].lower_ in FOREIGN_OFFICE
        )
        for t in words
    )


def _division(name: str) -> str | None:
    """The state of the one first-level division of that name (``DIVISION_PEOPLE``)."""
    found = {
        c.place.country
        for c in gazetteer().lookup_exact(name)
        if c.place.kind == "admin1" and not c.alternate and c.place.population >= DIVISION_PEOPLE
    }
    return found.pop() if len(found) == 1 else None


def place_home_offices(
    doc: Doc,
    hits: HitMap,
    states: frozenset[str],
    names: dict[str, str],
    foreign_words: frozenset[str],
    agent_words: frozenset[str],
) -> None:
    """Bare offices of a state take the state of the document's other sentences (in place)."""
    offices = [
        h
        for hs in hits.values()
        for h in hs
        if _home_office(doc, h, agent_words) and not _foreign(doc, h, foreign_words)
    ]
    if not offices:
        return
    counts = states_by_sentence(doc, hits, states)  # all counted before any is placed
    starts = {doc[h.anchor].sent.start for h in offices}
    found = {start: document_state_elsewhere(counts, start) for start in starts}
    for hit in offices:
        state = found[doc[hit.anchor].sent.start]
        if state is None:
            continue
        code, n, total = state
        hit.actor.country = code
        hit.actor.reason += (
            f"; a state's office named bare: the state of the document's other sentences"
            f" ({names.get(code, code)}: {n} of {total})"
        )
