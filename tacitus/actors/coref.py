"""Coreference inside a document: pronouns and definite descriptions to earlier actors.

Rules, in the order they apply (each one is named in the reason):

- *he/she/him/her/his/hers/himself/herself* refer to people: actors with a ``person:`` id,
  PERSON entities, and person nouns ("the minister", "a senior Saudi official");
  *it/its/they/them/their* refer to states, organisations and groups, after the reporting,
  condition and parallel-subject rules below by agreement, binding and clause-subject
  salience (``antecedents.group_antecedent``).
- gender must agree where it is known: from the people dictionary, an honorific
  ("Mr", "Mrs", "Sheikh", "Queen") or a gendered noun ("spokeswoman"); unknown is compatible.
- a non-reflexive object pronoun is not the subject of its own verb ("Lavrov thanked him").
- a subject *they* is the plural group subject of the main clause before it, in its own
  sentence or the one before (``parallel_subject``), when that clause has no plural object.
- he/she: candidates come from the pronoun's sentence (before it) and the three before;
  the nearest sentence wins, then a known matching gender, then a subject, then recency. An
  earlier subject pronoun of the same gender is a candidate at its own place, standing for
  its own antecedent ("Flynn praised Russia. He sat next to Putin. ... he said": Flynn).
- definite descriptions ("the minister", "the Iranian leader") link to the nearest earlier
  person whose office roles and country fit (``description_antecedent``).

The people resolver records what it knows (gender, office roles, description links) on the
Doc (``doc._.tacitus_people``); without it, the rules use the parse and the hits alone.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .antecedents import group_antecedent, named_again
from .resolve_types import ActorHit, HitMap
from .titles import SPECIFIC, compatible

EXTENSION = "tacitus_people"
if not Doc.has_extension(EXTENSION):
    Doc.set_extension(EXTENSION, default=None)

MASCULINE = frozenset({"he", "him", "his", "himself"})
FEMININE = frozenset({"she", "her", "hers", "herself"})
THING = frozenset({"it", "its", "itself"})
PLURAL = frozenset({"they", "them", "their", "theirs", "themselves"})
REFLEXIVE = frozenset({"himself", "herself", "itself", "themselves"})
OBJECT_DEPS = frozenset({"dobj", "dative", "pobj", "iobj"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
WINDOW_SENTENCES = 3
# a condition set on another party: "keep pressure on the regime until it engages"
CONDITION_MARKS = frozenset({"until", "till", "unless", "once"})
# agent nouns of people: "a smuggler", "a militant", "the financier"
PERSON_ENDINGS = ("er", "or", "ist", "ian", "ant", "ent", "ier")
CHAIN_DEPTH = 2  # how many earlier pronouns a pronoun's antecedent may pass through
CABINET_WORDS = frozenset({"minister", "secretary"})
MALE_WORDS = frozenset(
    {"mr", "mr.", "mister", "sir", "lord", "sheikh", "king", "prince", "emir", "sultan",
     "ayatollah", "spokesman", "chairman", "congressman", "businessman", "man", "father",
     "son", "brother", "husband", "emperor", "crown", "mullah", "monsignor"}
)  # fmt: skip
FEMALE_WORDS = frozenset(
    {"mrs", "mrs.", "ms", "ms.", "miss", "madam", "madame", "dame", "lady", "queen", "princess",
     "baroness", "sheikha", "spokeswoman", "chairwoman", "congresswoman", "businesswoman",
     "woman", "mother", "daughter", "sister", "wife", "widow", "empress"}
)  # fmt: skip
PERSON_NOUNS = frozenset(
    {"official", "minister", "president", "secretary", "leader", "king", "queen", "emir",
     "sultan", "prince", "princess", "chancellor", "premier", "envoy", "ambassador", "diplomat",
     "general", "commander", "lawmaker", "senator", "congressman", "congresswoman", "mp",
     "legislator", "governor", "mayor", "chief", "director", "adviser", "advisor", "aide",
     "officer", "negotiator", "cleric", "ayatollah", "sheikh", "judge", "prosecutor", "activist",
     "journalist", "correspondent", "spokesman", "spokeswoman", "spokesperson", "counterpart",
     "candidate", "representative", "chairman", "chairwoman", "monarch", "ruler", "emperor",
     "commissioner", "head", "man", "woman", "deputy", "strongman", "dictator", "mediator"}
)  # fmt: skip


@dataclass(slots=True)
class PersonFacts:
    """What the people resolver knows about one person mention (by anchor token)."""

    gender: str | None = None
    roles: frozenset[str] = frozenset()
    words: frozenset[str] = frozenset()  # lemmas of its title words ("lawmaker", "minister")


@dataclass(slots=True)
class PeopleLayer:
    """Per-document facts for coreference, set on ``doc._.tacitus_people``."""

    persons: dict[int, PersonFacts] = field(default_factory=dict)
    links: dict[int, int] = field(default_factory=dict)  # description anchor -> antecedent
    ambiguous: set[int] = field(default_factory=set)  # names left between several people
    sentence_of: list[int] = field(default_factory=list)  # token index -> sentence index


def layer_of(doc: Doc) -> PeopleLayer:
    """The document's people layer (created, with sentence numbers, on first use)."""
    layer: PeopleLayer | None = getattr(doc._, EXTENSION)
    if layer is None:
        layer = PeopleLayer()
        setattr(doc._, EXTENSION, layer)
    if not layer.sentence_of and len(doc):
        sentence_of = [0] * len(doc)
        for n, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                sentence_of[i] = n
        layer.sentence_of = sentence_of
    return layer


def is_person(hit: ActorHit, doc: Doc, layer: PeopleLayer) -> bool:
    if hit.anchor in layer.persons:
        return True
    actor_id = hit.actor.actor_id or ""
    if actor_id.startswith("person:") or doc[hit.anchor].ent_type_ == "PERSON":
        return True
    return not actor_id and doc[hit.anchor].lemma_.lower() in PERSON_NOUNS


def gender_of(hit: ActorHit, doc: Doc, layer: PeopleLayer) -> str | None:
    facts = layer.persons.get(hit.anchor)
    if facts and facts.gender:
        return facts.gender
    return word_gender(doc[i] for i in range(hit.start, hit.end))


def word_gender(tokens: Iterable[Token]) -> str | None:
    """Gender from honorifics and gendered nouns among ``tokens`` ("Mrs", "spokeswoman")."""
    for token in tokens:
        word = token.lower_
        if word in FEMALE_WORDS:
            return "f"
        if word in MALE_WORDS:
            return "m"
    return None


def antecedent(
    token: Token,
    hits: HitMap,
    chain: Callable[[Token], bool] | None = None,
    barred: Callable[[ActorHit], bool] | None = None,
) -> tuple[ActorHit, str] | None:
    """The earlier actor a third-person pronoun refers to, with the rule that chose it.
    ``chain``: which earlier pronouns may pass their antecedent on (all when None);
    ``barred``: actors an it / they may not be (the speaker of the clause above it)."""
    lower = token.lower_
    if lower in MASCULINE or lower in FEMININE:
        gender = "m" if lower in MASCULINE else "f"
        search = _Search(hits, gender, chain or (lambda _: True))
        return search.person(token, CHAIN_DEPTH)
    if lower in THING or lower in PLURAL:
        return _thing_antecedent(token, hits, barred or (lambda _: False))
    return None


@dataclass
class _Search:
    """One he/she pronoun's search, with the earlier pronouns it passes through (each
    resolved once)."""

    hits: HitMap
    gender: str
    chain: Callable[[Token], bool]
    memo: dict[tuple[int, int], tuple[ActorHit, str] | None] = field(default_factory=dict)

    def person(self, token: Token, depth: int) -> tuple[ActorHit, str] | None:
        if (token.i, depth) not in self.memo:
            self.memo[token.i, depth] = self._person(token, depth)
        return self.memo[token.i, depth]

    def _person(self, token: Token, depth: int) -> tuple[ActorHit, str] | None:
        doc = token.doc
        layer = layer_of(doc)
        here = layer.sentence_of[token.i]
        verbs = _governors(token)
        best: tuple[tuple[int, bool, int, int], ActorHit | None, str] | None = None
        candidates = [*self._candidates(token, depth), *_unknown_people(token, self.hits)]
        for anchor, hit, known, via in candidates:
            distance = here - layer.sentence_of[anchor]
            subject = doc[anchor].dep_ in SUBJECT_DEPS
            bound = subject and doc[anchor].head in verbs
            if bound and token.lower_ not in REFLEXIVE:
                continue  # "Lavrov thanked him": him is not Lavrov
            rank = 0 if subject and doc[anchor].head.dep_ == "ROOT" else 1 if subject else 2
            key = (distance, known is None, rank, -anchor)
            if best is None or key < best[0]:
                why = _why(distance, known, rank) + via
                best = (key, hit, why)
        hit = best[1] if best is not None else None
        if best is None or hit is None:
            return None  # the nearest person is one no dictionary knows ("Abu Ghadiya ... He")
        why = best[2]
        name = f"'{hit.actor.name or hit.actor.text}'"
        if not (hit.actor.actor_id or "").startswith("person:"):  # "a senior Iraqi official"
            name = f"'{doc[hit.start : hit.end].text}' ({name})"
        return hit, f"pronoun '{token.text}' → {name} ({why})"

    def _candidates(
        self, token: Token, depth: int
    ) -> Iterator[tuple[int, ActorHit, str | None, str]]:
        """The people a he/she pronoun may refer to, as (position, hit, known gender, how):
        the people named in its window, and the subject pronouns of its gender before it, at
        their own place, standing for their own antecedent ("Flynn praised Russia. He sat
        next to Putin. ... he said": the second he is the first, Flynn, not Putin)."""
        doc, hits, gender = token.doc, self.hits, self.gender
        layer = layer_of(doc)
        here = layer.sentence_of[token.i]
        for anchor in sorted(hits):
            if anchor >= token.i:
                break
            if here - layer.sentence_of[anchor] > WINDOW_SENTENCES:
                continue
            for hit in hits[anchor]:
                if hit.locative or not is_person(hit, doc, layer) or _group_of_people(hit, doc):
                    continue
                if hit.start <= token.i < hit.end:
                    continue
                known = gender_of(hit, doc, layer)
                if known is None or known == gender:
                    yield anchor, hit, known, ""
        if depth <= 0:
            return
        same = MASCULINE if gender == "m" else FEMININE
        for earlier in doc[_window_start(token, layer) : token.i]:
            if earlier.dep_ not in SUBJECT_DEPS or earlier.lower_ not in same:
                continue
            if not self.chain(earlier):
                continue
            found = self.person(earlier, depth - 1)
            if found is not None:
                yield earlier.i, found[0], gender, f", via '{earlier.text}'"


def _unknown_people(token: Token, hits: HitMap) -> Iterator[tuple[int, None, None, str]]:
    """The people named before a he/she pronoun in its window whom no dictionary knows (a
    PERSON entity with no actor): a pronoun nearer to one of them refers to nobody known,
    never to an earlier actor ("An Iraqi official spoke. Abu Ghadiya was arrested. He ...")."""
    doc = token.doc
    layer = layer_of(doc)
    start = _window_start(token, layer)
    for ent in doc[start : token.i].ents:
        found = [h for i in range(ent.start, ent.end) for h in hits.get(i, [])]
        if any(is_person(h, doc, layer) for h in found):
            continue  # a candidate of its own
        if (ent.label_ == "PERSON" and not found) or _described_person(ent.root):
            yield ent.root.i, None, None, ""


def _described_person(name: Token) -> bool:
    """A name the tagger took for something else, with a person noun in apposition ("Abu
    Ghadiya, a smuggler", "Karim Sulaymani, the commander")."""
    if name.pos_ != "PROPN":
        return False
    for appos in (c for c in name.children if c.dep_ == "appos" and c.pos_ == "NOUN"):
        if appos.lemma_.lower() in PERSON_NOUNS or appos.lower_.endswith(PERSON_ENDINGS):
            return True
    return False


def _window_start(token: Token, layer: PeopleLayer) -> int:
    """The first token of the sentences a pronoun looks back to."""
    first = max(0, layer.sentence_of[token.i] - WINDOW_SENTENCES)
    i = token.i
    while i > 0 and layer.sentence_of[i - 1] >= first:
        i -= 1
    return i


def _reporting_subject(token: Token) -> Token | None:
    """In "the committees said they would ...", the subject of the verb that reports the
    pronoun's clause, when their number agrees: the pronoun's antecedent, actor or not."""
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head.dep_ != "ccomp":
        return None
    reporter = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
    if reporter is None or reporter.i >= token.i or reporter.lower_ in PLURAL | THING:
        return None
    if token.lower_ in THING and _person_word(reporter):  # "the spokesman said it had ...":
        return None  # "it" is never the person who reports
    if (token.lower_ in PLURAL) != (reporter.tag_ in ("NNS", "NNPS")):
        return None
    return reporter


def _person_word(token: Token) -> bool:
    """A word naming one person: a PERSON entity or a person noun ("the Foreign Secretary")."""
    return token.ent_type_ == "PERSON" or (
        token.lemma_.lower() in PERSON_NOUNS and token.tag_ in ("NN", "NNP")
    )


def _thing_antecedent(
    token: Token, hits: HitMap, barred: Callable[[ActorHit], bool]
) -> tuple[ActorHit, str] | None:
    """Nearest earlier named state, organisation or group (not a person, not a place); the
    reporting subject first ("the committees said they ...": they are the committees, and
    when the committees are no actor, the pronoun is nobody the dictionaries know)."""

    def excluded(hit: ActorHit) -> bool:  # barred, or named again after a subject pronoun
        return barred(hit) or named_again(token, token.doc[hit.anchor], hit, hits)

    reporter = _reporting_subject(token)
    if reporter is not None:
        for hit in hits.get(reporter.i, []):
            if not hit.locative and not excluded(hit):
                name = hit.actor.name or hit.actor.text
                return hit, f"pronoun '{token.text}' → '{name}' (subject of '{reporter.head.text}')"
        return None
    conditioned = condition_object(token, hits)
    if conditioned is not None and not excluded(conditioned[0]):
        return conditioned
    parallel = parallel_subject(token, hits)
    if parallel is not None and not excluded(parallel[0]):
        return parallel
    doc = token.doc
    layer = layer_of(doc)
    return group_antecedent(token, hits, lambda hit: is_person(hit, doc, layer), barred=barred)


def condition_object(token: Token, hits: HitMap) -> tuple[ActorHit, str] | None:
    """ "Britain will keep pressure on the regime until it engages in talks", "sanctions on
    Iran stay until it complies", "will bomb the militants until they surrender": the subject
    "it" / "they" of a condition (until / till / unless / once) set on the party the main
    clause acts on is that party, the nearest actor before the pronoun in the main clause
    outside its subject (a state, group or body, not a person or a place; of the pronoun's
    number), even one named by a word alone ("the regime"). None when the main clause acts
    on no such actor ("Iran will enrich uranium until it gets guarantees": the usual rules)."""
    if token.lower_ not in ("it", "they") or token.dep_ not in SUBJECT_DEPS:
        return None
    clause = token.head
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    if clause.dep_ != "advcl" or mark is None or mark.lower_ not in CONDITION_MARKS:
        return None
    main = clause.head
    outside = {t.i for t in clause.subtree}
    for child in main.children:
        if child.dep_ in ("nsubj", "nsubjpass", "csubj", "expl"):
            outside |= {t.i for t in child.subtree}
    doc = token.doc
    layer = layer_of(doc)
    plural = token.lower_ == "they"
    for i in range(token.i - 1, main.left_edge.i - 1, -1):
        if i in outside or i not in hits or doc[i] not in doc[main.left_edge.i : token.i]:
            continue
        if (doc[i].tag_ in ("NNS", "NNPS") or bool(doc[i].conjuncts)) != plural:
            continue
        for hit in hits[i]:
            if hit.locative or hit.thing or is_person(hit, doc, layer):
                continue
            if not hit.named and not (hit.actor.country or hit.actor.sector):
                continue
            name = hit.actor.name or hit.actor.text
            how = f"the party the condition '{mark.text}' is set on"
            return hit, f"pronoun '{token.text}' → '{name}' ({how})"
    return None


def parallel_subject(token: Token, hits: HitMap) -> tuple[ActorHit, str] | None:
    """ "Iraqi forces advanced on the town. They requested support from the Coalition": a
    subject "they" is the plural group that is the subject of the main clause before it, in
    its own sentence (when "they" is in another clause) or else in the sentence before (the
    subject of a reported clause first: "Officials said Kurdish fighters entered the town.
    They ..."), not the nearest plural noun ("... while ISIL fled"). None when that subject
    is no plural group with an actor, or when that clause also acts on a plural object (the
    pronoun may be either)."""
    if token.lower_ != "they" or token.dep_ not in SUBJECT_DEPS:
        return None
    sent = token.sent
    if token.head != sent.root:
        clause = sent.root
    elif sent.start > 0:
        clause = token.doc[sent.start - 1].sent.root
    else:
        return None
    reported = [c for c in clause.children if c.dep_ == "ccomp"]
    for verb in (*reported, clause):
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or subject.i >= token.i:
            continue
        if any(_plural(c) for c in verb.children if c.dep_ == "dobj"):
            return None  # "militants tied six men ... because they were related to": either
        if not _plural(subject):
            continue
        for hit in hits.get(subject.i, []):
            if hit.locative or (hit.actor.actor_id or "").startswith("person:"):
                continue
            name = hit.actor.name or hit.actor.text
            return hit, f"pronoun '{token.text}' → '{name}' (subject of '{verb.text}' before it)"
    return None


def _plural(token: Token) -> bool:
    return token.tag_ in ("NNS", "NNPS") or bool(token.conjuncts)


def _group_of_people(hit: ActorHit, doc: Doc) -> bool:
    """A plural person noun ("Iraqi officials"), not one named person."""
    token = doc[hit.anchor]
    named = (hit.actor.actor_id or "").startswith("person:") or token.ent_type_ == "PERSON"
    return not named and token.tag_ in ("NNS", "NNPS")


def _governors(token: Token) -> list[Token]:
    """The verbs whose subject an object pronoun cannot be (the binding rule): its own verb,
    and the verbs that control that verb's missing subject ("Putin called Trump to thank
    him": him is not Putin)."""
    if token.dep_ not in OBJECT_DEPS:
        return []
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head
    verbs: list[Token] = []
    while head.pos_ in ("VERB", "AUX") and len(verbs) < 4:
        verbs.append(head)
        if any(c.dep_ in SUBJECT_DEPS for c in head.children):
            break
        if head.dep_ not in ("xcomp", "advcl", "conj") or head.head == head:
            break
        head = head.head
    return verbs


def _why(distance: int, gender: str | None, rank: int) -> str:
    where = {0: "same sentence", 1: "previous sentence"}.get(distance, f"{distance} sentences back")
    parts = [where]
    if gender:
        parts.append(f"gender {gender}")
    parts += [["main-clause subject"], ["subject"], []][rank]
    return ", ".join(parts)


def description_antecedent(
    anchor: int, hits: HitMap, doc: Doc, asked: frozenset[str], country: str | None
) -> ActorHit | None:
    """The earlier person a definite description fits, nearest sentence first, then the
    main-clause subject, then the nearest mention. It fits when its office roles match the
    specific roles asked ("the foreign minister"), or, for a generic word ("the minister",
    "the lawmaker"), when that word is in its title; and when its country is the
    description's (if both are known)."""
    layer = layer_of(doc)
    head = doc[anchor].lemma_.lower()
    specific = asked & SPECIFIC
    here = layer.sentence_of[anchor]
    best: tuple[tuple[int, int, int], ActorHit] | None = None
    for i in sorted(a for a in hits if a < anchor):
        facts = layer.persons.get(i)
        if facts is None or layer.links.get(i) == anchor:
            continue
        fits = compatible(specific, facts.roles) if specific else head in facts.words
        if not fits or _other_cabinet_word(head, facts.words):
            continue
        for hit in hits[i]:
            if country and hit.actor.country and hit.actor.country != country:
                continue
            if not is_person(hit, doc, layer) or not (hit.actor.actor_id or hit.actor.name):
                continue
            token = doc[i]
            subject = token.dep_ in SUBJECT_DEPS
            rank = 0 if subject and token.head.dep_ == "ROOT" else 1 if subject else 2
            key = (here - layer.sentence_of[i], rank, -i)
            if best is None or key < best[0]:
                best = (key, hit)
    return best[1] if best else None


def _other_cabinet_word(head: str, words: frozenset[str]) -> bool:
    """ "the Foreign Secretary" is not a person titled "Iraqi Foreign Minister" earlier: a
    description whose head is one cabinet word (minister, secretary) does not fit a person
    whose title has only the other one."""
    other = CABINET_WORDS - {head}
    return head in CABINET_WORDS and head not in words and bool(words & other)
