"""The antecedent of *it / its / itself / they / them / their / themselves*: agreement, binding,
then salience (Hobbs's search, centering: the subject of the clause is what the text is about,
and a pronoun goes on with it before it reaches an object or the nearest name).

- *candidates*: the actors named earlier in the pronoun's sentence and in the sentence before
  (not places in a locative phrase, not things of an actor's); an earlier subject *it* / *they*
  stands, at its own place, for its own antecedent ("The army advanced. It took the bridge, and
  it shelled the town": the army). An object *it* looks only in its own sentence: "Russia
  welcomed it", "agreed to it" are most often a thing or an act told just before.
- *agreement*: *it / its* is a state, a government, an organisation or a group, never a person,
  a plural noun ("Iraqi forces") or a coordination ("Iran and Syria"); *they / them / their* is
  a plural noun (a group of people too: "Iraqi officials"), a coordination, or a group named in
  the singular ("the Taliban": a ``group:`` id, an armed or opposition sector, a body of an
  international militant group: "ISIL's War Committee"); never a state, a government or an
  organisation named in the singular (British "the government ... they": allowing it changed
  three records of the samples and the re3d dev documents, none for the better).
- *binding*: a non-reflexive object pronoun is never the subject of its own clause, nor what
  that subject stands for ("Iraq said Iran attacked it": Iraq; "the army attacked the rebels
  and killed many of them": the rebels).
- *disjoint reference*: a subject pronoun is not an actor its own clause names again by a full
  noun after it ("The army attacked the rebels. They accused Turkey of arming the army": not
  the army).
- *the object's own*: a possessive in a "for" phrase of a verb or adjective with an object
  ("thanked Britain for its help", "is grateful to Britain for its help", "sanctioned Iran for
  its programme"), or in an "in" / "with" phrase of a verb of help ("supported Iraqi forces in
  their campaign", "helped Iraq with its debts"), is the object's, before any subject.
- *salience*: the subjects of the pronoun's own clause and of each clause above it (the
  innermost first: "the ministry said the rebels shelled its convoy": the ministry, since the
  rebels do not agree), then in the sentence before the subject of the clause its main verb
  reports and of the main clause; the first of these that agrees is the antecedent. When that
  subject is a noun of the pronoun's number that names no actor ("the mosque was full when it
  was hit"), the pronoun is that thing: no actor. A passive subject, or the subject of an
  adverbial clause of that verb, goes on with the verb's object of its number instead ("Militants
  tied six men to a car. They were beaten": the men; no actor when the object names none); not
  the active subject of a clause told as a time ("launched its invasion eight years after it
  annexed Crimea": the doer). A subjectless infinitive's subject is the object that controls
  it ("urged Russia to return the ships it seized": Russia, not Britain).
- *parallel objects*: the object pronoun of a verb coordinated with an earlier verb that has
  an object of its number is that object ("shelled the camp and then stormed it": the camp,
  no actor; "arrested the protesters and released them").
- only then the other candidates: the nearer sentence, subjects before objects and
  prepositional objects, then the nearest.
- none when no candidate agrees: the side stays empty rather than jumping to an actor of
  another number or kind.

The reason names the rule: "pronoun 'their' → 'Syria' (clause subject, same sentence)",
"(nearest agreeing, previous sentence)", "(object of 'tied': its patient)".
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from spacy.tokens import Span, Token

from .resolve_types import ActorHit, HitMap

SINGULAR = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
REFLEXIVE = frozenset({"itself", "themselves"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "iobj"})
# words that stand inside a noun phrase under its head: "Iraqi (amod) government forces"
INSIDE_PHRASE = frozenset({"compound", "amod", "nmod", "appos", "conj"})
# a group named in the singular that news also calls "they": armed groups, militias, opposition,
# ethnic and religious communities (the sectors of the actor dictionaries)
GROUP_SECTORS = frozenset({"REB", "PRM", "UAF", "OPP", "ETH", "REL", "CRM"})
# the PLOVER code of a militant group active across states: its bodies are the group's
GROUP_COUNTRIES = frozenset({"IMG"})
# named actors whose plural-looking name is one body: "the United States", "the United Nations"
ONE_BODY_IDS = ("country:", "igo:", "org:")
CHAIN_DEPTH = 2  # how many earlier subject pronouns an antecedent may pass through
SPATIAL_PREPS = frozenset(
    {"from", "to", "in", "at", "near", "into", "across", "inside", "outside", "around",
     "toward", "towards", "within", "on", "through", "out"}
)  # fmt: skip
# verbs of help whose "in" / "with" phrase is the helped party's own undertaking
HELP_LEMMAS = frozenset(
    {"support", "help", "assist", "aid", "back", "join", "train", "advise", "equip", "arm",
     "reinforce", "protect", "defend", "accompany", "guide", "encourage"}
)  # fmt: skip

# the marks of an adverbial clause told as a time
TEMPORAL_MARKS = frozenset({"after", "before", "until", "till", "once", "when", "whenever"})

IsPerson = Callable[[ActorHit], bool]  # the coreference module's test of a person


def group_antecedent(
    token: Token,
    hits: HitMap,
    is_person: IsPerson,
    depth: int = CHAIN_DEPTH,
    barred: IsPerson | None = None,
) -> tuple[ActorHit, str] | None:
    """The actor an *it / they* pronoun refers to, with the rule that chose it; None when no
    earlier actor of its sentence or the one before agrees with it, or when the subject it
    goes on with is a thing ("the mosque had been full when it was hit"). ``barred``: actors
    it may not be (the speaker of a "we" clause above it: events/arguments.py)."""
    doc = token.doc
    sent = token.sent
    before: Span | None = doc[sent.start - 1].sent if sent.start > 0 else None
    if token.lower_ == "it" and token.dep_ in OBJECT_DEPS:
        before = None  # "agreed to it", "welcomed it": a thing or an act told in its sentence
    bound = _bound_subjects(token)
    unbound = _bound_antecedents(token, bound, hits, is_person, depth)
    candidates = [
        (anchor, hit, via)
        for anchor, hit, via in _candidates(token, hits, before, is_person, depth)
        if anchor not in bound  # "Iraq said Iran attacked it"
        and not (barred is not None and barred(hit))
        and not {hit.actor.key, f"#{_phrase_head(doc[anchor]).i}"} & unbound
        and not named_again(token, doc[anchor], hit, hits)
    ]
    owned = _objects_own(token, candidates)
    if owned is not None:
        return owned
    parallel = _parallel_object(token, candidates)
    if parallel is not None:
        return parallel if parallel else None
    for subject in _salient_subjects(token, before):
        if subject.i in bound:
            continue
        here = [c for c in candidates if _own(doc[c[0]], subject)]
        if not here and _a_thing(subject, token, hits):
            return None  # the subject it goes on with is no actor
        if not here:
            continue
        patient = _parallel_patient(token, subject, candidates, hits)
        if patient is not None:
            return patient if patient else None
        anchor, hit, via = min(here, key=lambda c: c[0])  # the first of a coordination
        where = "same sentence" if anchor >= sent.start else "previous sentence"
        return hit, _why(token, hit, f"clause subject, {where}{via}")
    best: tuple[tuple[int, int, int], ActorHit, str] | None = None
    for anchor, hit, via in candidates:
        distance = 0 if anchor >= sent.start else 1
        role = 0 if _phrase_head(doc[anchor]).dep_ in SUBJECT_DEPS else 1
        key = (distance, role, -anchor)  # the nearer sentence, subjects, then the nearest
        if best is None or key < best[0]:
            where = "same sentence" if distance == 0 else "previous sentence"
            best = (key, hit, f"nearest agreeing, {where}{via}")
    return (best[1], _why(token, best[1], best[2])) if best is not None else None


def _why(token: Token, hit: ActorHit, rule: str) -> str:
    return f"pronoun '{token.text}' → '{hit.actor.name or hit.actor.text}' ({rule})"


def named_again(token: Token, word: Token, hit: ActorHit, hits: HitMap) -> bool:
    """Disjoint reference: whether a subject pronoun's own clause names the candidate again
    after it by a full noun (the same actor, or the same common noun: "They accused Turkey of
    arming the army" is never the army), which a pronoun of its clause would have said."""
    if token.dep_ not in SUBJECT_DEPS:
        return False
    head = _phrase_head(word)
    for later in token.head.subtree:
        if later.i <= token.i or later.pos_ not in ("NOUN", "PROPN"):
            continue
        if later.dep_ == "pobj" and later.head.lower_ in SPATIAL_PREPS:
            continue  # a place ("expelled its diplomats from Washington"), not the actor
        if any(h.actor.key == hit.actor.key and not h.locative for h in hits.get(later.i, ())):
            return True
        if (
            later.pos_ == "NOUN"
            and head.pos_ == "NOUN"
            and later.lemma_.lower() == head.lemma_.lower()
        ):
            return True
    return False


def _objects_own(
    token: Token, candidates: list[tuple[int, ActorHit, str]]
) -> tuple[ActorHit, str] | None:
    """A possessive in a "for" phrase of a verb or adjective that has an object ("thanked
    Britain for its help", "grateful to Britain for its help"), or in an "in" / "with" phrase
    of a verb of help ("supported Iraqi forces in their campaign"): the object's actor."""
    noun = token.head
    if token.dep_ != "poss" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    prep = noun.head
    holder = prep.head
    judged = prep.lower_ == "for" and holder.pos_ in ("VERB", "ADJ", "AUX")
    helped = prep.lower_ in ("in", "with") and holder.lemma_ in HELP_LEMMAS
    if not (judged or helped):
        return None
    objects = [c for c in holder.children if c.dep_ == "dobj" and c.i < token.i]
    adjectives = [holder] if holder.pos_ == "ADJ" else []
    adjectives += [c for c in holder.children if c.dep_ == "acomp"]  # "is grateful ... for"
    objects += [
        o
        for adjective in adjectives
        for p in adjective.children
        if p.dep_ == "prep" and p.lower_ == "to" and p.i < prep.i
        for o in p.children
        if o.dep_ == "pobj"
    ]  # fmt: skip  ("grateful to Britain")
    for obj in objects:
        here = [c for c in candidates if _own(token.doc[c[0]], obj)]
        if here:
            _, hit, via = min(here, key=lambda c: c[0])
            return hit, _why(token, hit, f"the object of '{holder.text}', whose '{noun.text}'{via}")
    return None


def _parallel_object(
    token: Token, candidates: list[tuple[int, ActorHit, str]]
) -> tuple[ActorHit, str] | tuple[()] | None:
    """The object pronoun of a verb coordinated with an earlier verb that has an object of its
    number is that object ("RSF fighters shelled the camp and then stormed it": the camp, no
    actor; "police arrested the protesters and released them": the protesters; "militants
    surrounded the hospital and set it on fire": the hospital). An object only: "shelled the
    villages and the rebels fired back at them" is not the villages. One asked or urged to act
    is someone: "demanded access for the UN and requested it to monitor" goes on as before.
    ``()``: that object names no actor; None: no such earlier object."""
    verb = token.head
    if token.dep_ != "dobj" or verb.dep_ != "conj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    if token.lower_ in REFLEXIVE:
        return None
    first = verb.head
    if first.pos_ not in ("VERB", "AUX"):
        return None
    plural = token.lower_ in PLURAL
    for obj in (c for c in first.children if c.dep_ == "dobj" and c.i < token.i):
        if obj.pos_ not in ("NOUN", "PROPN"):
            return None
        if (obj.tag_ in ("NNS", "NNPS") or bool(obj.conjuncts)) != plural:
            return None
        own = [c for c in candidates if _own(token.doc[c[0]], obj)]
        if own:  # the hit on the object's own word first ("European governments")
            _, hit, via = max(own, key=lambda c: (c[0] == obj.i, c[0]))
            return hit, _why(token, hit, f"object of '{first.text}' too{via}")
        if any(c.dep_ == "xcomp" for c in verb.children):
            return None  # "requested it to monitor": one asked to act is someone
        return ()
    return None


def _salient_subjects(token: Token, before: Span | None) -> list[Token]:
    """The subjects a pronoun goes on with, in their order: those of its own clause and of
    each clause above it up to the main clause (the innermost first: "the ministry said the
    rebels attacked its convoy" tries the rebels, then the ministry), then, in the sentence
    before, those of the clause its main verb reports and of the main clause ("Residents said
    RSF fighters arrived. They ...": the fighters)."""
    order: list[Token] = []
    head = token
    while head.head != head:
        head = head.head
        if head.pos_ in ("VERB", "AUX"):
            order += [c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i < token.i]
            if token.dep_ not in OBJECT_DEPS:
                order += _controller(head, token)
    if before is None:
        return order
    root = before.root
    mains = [root, *(c for c in root.children if c.dep_ == "conj")]
    reported = [c for v in mains for c in v.children if c.dep_ == "ccomp"]
    for verb in (*reported, *mains):
        order += [c for c in verb.children if c.dep_ in SUBJECT_DEPS and c not in order]
    return order


# verbs by which a pronoun in a requested act's object tells the asker's view ("asked Sweden
# to extradite the suspects it accuses of terrorism": Turkey accuses), not the one asked
JUDGING_VERBS = frozenset(
    {"accuse", "consider", "say", "call", "regard", "describe", "deem", "suspect", "blame",
     "brand", "label", "believe", "claim", "view", "see", "designate", "term", "want"}
)  # fmt: skip


def _controller(verb: Token, token: Token) -> list[Token]:
    """The object that gives a subjectless infinitive its subject (object control: "called on
    Israel to withdraw from the land it occupied", "urged Russia to return the ships it
    seized": Israel, Russia), as that clause's subject. Not for an object pronoun, which
    binding keeps from that subject."""
    if verb.dep_ != "xcomp" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return []
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return []
    if token.head.lemma_.lower() in JUDGING_VERBS:  # "asked Sweden to extradite the
        return []  # suspects it accuses": the asker's view, not the one asked
    governor = verb.head
    objects = [c for c in governor.children if c.dep_ == "dobj"]
    objects += [
        o
        for p in governor.children
        if p.dep_ == "prep" and p.lower_ == "on"  # "called on", "prevailed on"
        for o in p.children
        if o.dep_ == "pobj"
    ]  # fmt: skip
    return [o for o in objects if o.i < token.i and o.pos_ in ("NOUN", "PROPN")]


def _a_thing(subject: Token, token: Token, hits: HitMap) -> bool:
    """A subject noun of the pronoun's number that names no actor ("the woman's section of the
    mosque", "Jordan's economy"; a thing of an actor's: "Moscow's plan"): the pronoun's
    antecedent, which is nobody."""
    if subject.pos_ not in ("NOUN", "PROPN") or subject.ent_type_ == "PERSON":
        return False
    if (subject.tag_ in ("NNS", "NNPS")) != (token.lower_ in PLURAL):
        return False
    inside = [h for i in range(subject.left_edge.i, subject.i + 1) for h in hits.get(i, ())]
    return all(h.thing for h in inside if _phrase_head(subject.doc[h.anchor]) == subject)


def _parallel_patient(
    token: Token, subject: Token, candidates: list[tuple[int, ActorHit, str]], hits: HitMap
) -> tuple[ActorHit, str] | tuple[()] | None:
    """ "Militants tied six men to a vehicle. They were beaten": a passive subject, or the
    subject of an adverbial clause of the verb ("seized ten villagers because they had
    helped"), goes on with that verb's object of its number when it has one: the object's
    actor, or nobody (``()``) when the object names none. None: no such object."""
    verb = subject.head
    passive = token.dep_ == "nsubjpass"
    adverbial = (
        token.dep_ in SUBJECT_DEPS and token.head.dep_ == "advcl" and token.head.head == verb
    )
    if adverbial and token.dep_ == "nsubj" and _temporal(token.head):
        return None  # "launched its invasion eight years after it annexed Crimea": the doer
    if not (passive or adverbial):
        return None
    plural = token.lower_ in PLURAL
    for obj in (c for c in verb.children if c.dep_ == "dobj" and c.i < token.i):
        if (obj.tag_ in ("NNS", "NNPS") or bool(obj.conjuncts)) != plural:
            continue
        for anchor, hit, via in candidates:
            if _phrase_head(token.doc[anchor]) == obj:
                return hit, _why(token, hit, f"object of '{verb.text}': its patient{via}")
        return ()
    return None


def _temporal(clause: Token) -> bool:
    """Whether an adverbial clause is told as a time ("after", "before", "until", "once",
    "when"), whose active subject goes on with the main clause's subject, not its object."""
    return any(c.dep_ == "mark" and c.lower_ in TEMPORAL_MARKS for c in clause.children)


def _bound_antecedents(
    token: Token, bound: set[int], hits: HitMap, is_person: IsPerson, depth: int
) -> set[str]:
    """What the subject pronouns binding forbids stand for ("they had subjected Sunni Arabs to
    detention after capturing them": not the antecedent of "they"), as actor keys and as
    "#n", the head of the phrase it is named in ("Iraqi forces and Shia militias")."""
    keys: set[str] = set()
    same = PLURAL if token.lower_ in PLURAL else SINGULAR
    for i in sorted(bound):
        word = token.doc[i]
        if depth > 0 and word.dep_ in SUBJECT_DEPS and word.lower_ in same:
            found = group_antecedent(word, hits, is_person, depth - 1)
            if found is not None:  # its actor, and the coordination it stands in
                keys |= {found[0].actor.key, f"#{_phrase_head(token.doc[found[0].anchor]).i}"}
    return keys


def _own(word: Token, subject: Token) -> bool:
    """Whether an actor's word names the subject itself, or is the first item of a
    coordination the subject heads; not a later item ("The war between the army and the
    RSF began" parsed with the RSF as the war's conjunct names no actor as the subject)."""
    return _phrase_head(word) == subject and not (word.dep_ == "conj" and word.head == subject)


def _phrase_head(word: Token) -> Token:
    """The head of the noun phrase a word stands in ("Iraqi" → "forces"; the first of a
    coordination)."""
    while word.dep_ in INSIDE_PHRASE and word.head != word:
        word = word.head
    return word


def agrees(token: Token, hit: ActorHit, hits: HitMap, is_person: IsPerson) -> bool:
    """Whether an actor may be the antecedent of an *it* or *they* pronoun (its number and
    kind)."""
    if hit.locative or hit.thing:
        return False
    actor = hit.actor
    if not (hit.named or actor.country or actor.sector):
        return False
    word = token.doc[hit.anchor]
    several = _plural_mention(word, hit, hits)
    if token.lower_ in SINGULAR:
        return not several and not is_person(hit)
    if is_person(hit):
        return several  # "Iraqi officials", "Obama and Putin"; never one person
    if several:
        return True
    group = (actor.actor_id or "").startswith("group:") or actor.sector in GROUP_SECTORS
    group = group or actor.country in GROUP_COUNTRIES  # "ISIL's War Committee ... their"
    return group and not (actor.actor_id or "").startswith(ONE_BODY_IDS)


def _plural_mention(word: Token, hit: ActorHit, hits: HitMap) -> bool:
    """A plural noun ("Iraqi forces", "the Kurds") or a coordination of actors ("Iran and
    Syria"); not a body whose name looks plural ("the United States")."""
    if any(c.i in hits for c in word.conjuncts):
        return True
    while word.dep_ in ("compound", "amod", "nmod") and word.head != word:
        word = word.head  # "Kurdish" in "Kurdish fighters"
    if word.tag_ == "NNS":
        return True
    return word.tag_ == "NNPS" and not (hit.actor.actor_id or "").startswith(ONE_BODY_IDS)


def _candidates(
    token: Token, hits: HitMap, before: Span | None, is_person: IsPerson, depth: int
) -> Iterator[tuple[int, ActorHit, str]]:
    """The agreeing actors before the pronoun in its sentence and the one before, as (place,
    hit, how); an earlier subject pronoun of the same number at its place, for its own."""
    doc = token.doc
    start = before.start if before is not None else token.sent.start
    same = PLURAL if token.lower_ in PLURAL else SINGULAR
    for i in range(start, token.i):
        if doc[i].dep_ == "conj" and doc[i].head.i in hits:
            continue  # a coordination stands at its first item ("Russia and Turkey")
        for hit in hits.get(i, ()):
            if hit.start <= token.i < hit.end:
                continue
            if agrees(token, hit, hits, is_person):
                yield i, hit, ""
        word = doc[i]
        if depth > 0 and word.dep_ in SUBJECT_DEPS and word.lower_ in same and i not in hits:
            found = group_antecedent(word, hits, is_person, depth - 1)
            if found is not None:
                yield i, found[0], f", via '{word.text}'"


def _bound_subjects(token: Token) -> set[int]:
    """The words an object pronoun may not stand for (binding): the subjects of the verb it
    is an object of, climbing through the nouns and prepositions that hold it ("killed many
    of them") and through the verbs that give that verb its missing subject ("pressed Iran
    to free them", "after capturing them"), with the words inside those subjects' phrases."""
    if token.dep_ not in OBJECT_DEPS or token.lower_ in REFLEXIVE:
        return set()
    head = token.head
    while head.pos_ not in ("VERB", "AUX") and head.head != head and head.dep_ != "ROOT":
        head = head.head
    bound: set[int] = set()
    for _ in range(4):
        if head.pos_ not in ("VERB", "AUX"):
            break
        subjects = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        for subject in subjects:
            bound |= {t.i for t in subject.subtree}
        if subjects or head.dep_ not in ("xcomp", "advcl", "conj", "pcomp") or head.head == head:
            break
        head = head.head
        while head.pos_ not in ("VERB", "AUX") and head.head != head:
            head = head.head  # "after capturing them": the verb the phrase is on
    return bound
