"""Source and target of a predicate, from the dependency parse.

Handles subjects and objects, passives ("was attacked by X"), coordination ("with Iran, Syria
and Russia"), prepositional and reciprocal targets ("talks between X and Y"), appositives,
control and raising ("agreed to share", "intend to begin collaborating"), relative clauses
and a small, explainable pronoun resolution (nearest compatible earlier actor).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..actors.coref import antecedent
from ..actors.resolve_types import ActorHit
from .triggers import Predicate

DEFAULT_TARGET_PREPS = (
    "with",
    "to",
    "against",
    "on",
    "from",
    "into",
    "toward",
    "towards",
    "at",
    "for",
)
NOUN_TARGET_PREPS = ("on", "against", "with", "to", "of", "at", "into", "toward", "towards")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my"})
OF_HOLDERS = frozenset(
    {"member", "some", "one", "part", "representative", "delegation", "head", "leader", "group",
     "unit", "official", "most", "many", "all", "both", "each", "contingent", "force",
     "thousand", "hundred", "dozen", "million", "number", "score", "crowd", "band", "batch",
     "team", "wave", "handful", "supporter", "follower", "activist", "section", "faction"}
)  # fmt: skip
LOCATION_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "AID"})
# force used "to disperse protesters" is used on the protesters
PURPOSE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE"})
# in "strikes with the US against IS" the "with" actor is a partner, not the target
PARTNER_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
PARTNER_PREPS = ("with", "alongside")
# "the removal of X", "an admission by X", "an offer from X", "sanctions against X"
OWNER_PREPS = ("of", "by", "from", "against", "on")
COOPERATIVE_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
)
JOINT_WORDS = frozenset({"joint", "jointly", "together", "combined", "alongside"})
# a rejection or demand is aimed at whoever its complement acts on
ELABORATED_TYPES = frozenset({"ACCUSE", "REJECT"})
# complaints are aimed at what they are about, not at whom they are addressed to
COMPLAINT_TYPES = frozenset({"ACCUSE"})
COMPLAINT_PREPS = ("against", "over", "about", "of")
COMPLEMENT_TARGET_TYPES = frozenset({"REJECT", "REQUEST", "AGREE", "THREATEN"})


@dataclass(slots=True)
class Found:
    hits: list[ActorHit]
    how: str


class Arguments:
    """Finds actors around predicates of one document."""

    def __init__(self, hits: dict[int, list[ActorHit]]) -> None:
        self.hits = hits
        self.order = sorted(hits)

    # -- actors at a token ------------------------------------------------------------------

    def actors_at(self, token: Token, speaker: list[ActorHit] | None = None) -> Found:
        direct = self.hits.get(token.i)
        if direct:
            return Found(direct, "")
        for child in token.children:
            if child.dep_ == "appos" and self.hits.get(child.i):
                return Found(self.hits[child.i], "appositive")
        if token.lemma_.lower() in OF_HOLDERS or token.pos_ in ("NUM", "PRON"):
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and self.hits.get(pobj.i):
                            return Found(self.hits[pobj.i], f"'{token.text} of'")
        lower = token.lower_
        if lower in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self.actors_at(token.head.head)
        if token.pos_ == "PRON":
            if lower in FIRST_PERSON and speaker:
                return Found(speaker, f"'{token.text}' → the speaker")
            return self._pronoun(token)
        return Found([], "")

    def expand(self, token: Token, speaker: list[ActorHit] | None = None) -> Found:
        """Actors at a token and its conjuncts ("Iran, Syria and Russia")."""
        found = self.actors_at(token, speaker)
        hits = list(found.hits)
        for conj in token.conjuncts:
            hits += [h for h in self.actors_at(conj, speaker).hits if h not in hits]
        return Found(hits, found.how)

    def owner(self, token: Token, preps: tuple[str, ...] = ()) -> Found:
        """The actor a non-actor noun belongs to: "Reagan's statement", "the right of Russia"."""
        for child in token.children:
            if child.dep_ == "poss" and self.hits.get(child.i):
                return Found(self.hits[child.i], f"owner of '{token.text}'")
        for child in token.children:
            if child.dep_ == "prep" and child.lower_ in (preps or OWNER_PREPS):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self.expand(pobj)
                        if found.hits:
                            return Found(found.hits, f"'{token.text} of'")
        for child in token.children:  # "the demonstration staged by students"
            if child.dep_ != "acl" or child.tag_ != "VBN":
                continue
            for agent in child.children:
                if agent.dep_ == "agent":
                    for pobj in agent.children:
                        found = self.expand(pobj) if pobj.dep_ == "pobj" else Found([], "")
                        if found.hits:
                            return Found(found.hits, f"'{token.text} {child.text} by'")
        return Found([], "")

    def _pronoun(self, token: Token) -> Found:
        found = antecedent(token, self.hits)  # rules: tacitus/actors/coref.py
        return Found([found[0]], found[1]) if found else Found([], "")

    # -- source ------------------------------------------------------------------------------

    def source(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        if pred.via == "noun":
            return self._noun_source(pred.head, speaker)
        verb = pred.clause
        for _ in range(5):
            if is_passive(verb):
                for child in verb.children:
                    if child.dep_ == "agent":
                        for pobj in child.children:
                            if pobj.dep_ == "pobj":
                                found = self.expand(pobj, speaker)
                                return Found(found.hits, _join("passive agent 'by'", found.how))
                return Found([], "passive without agent")
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
            if subjects:
                found = self.expand(subjects[0], speaker)
                how = "subject" if verb == pred.clause else f"subject of '{verb.text}'"
                return Found(found.hits, _join(how, found.how))
            if verb.dep_ == "xcomp":
                controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
                if controller is not None and self.hits.get(controller.i):
                    return Found(self.hits[controller.i], f"object of '{verb.head.text}' (control)")
                verb = verb.head
                continue
            if verb.dep_ == "acomp" or (
                verb.dep_ in ("conj", "advcl", "pcomp") and verb.head.pos_ in ("VERB", "AUX")
            ):
                verb = verb.head
                continue
            if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
                found = self.expand(verb.head, speaker)
                return Found(found.hits, _join("noun the clause modifies", found.how))
            break
        if pred.head != pred.clause:
            return self._noun_source(pred.head, speaker)
        return Found([], "no subject")

    def _noun_source(self, noun: Token, speaker: list[ActorHit] | None) -> Found:
        if self.hits.get(noun.i):  # "Russian airstrikes", "US sanctions"
            return Found(self.hits[noun.i], "modifier of the noun")
        for child in noun.children:
            if child.dep_ == "poss":
                found = self.expand(child, speaker)
                if found.hits:
                    return Found(found.hits, _join("possessive", found.how))
            if child.dep_ == "compound" and self.hits.get(child.i):
                return Found(self.hits[child.i], "compound")
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self.expand(pobj, speaker)
                        if found.hits:
                            return Found(found.hits, f"'{child.text}' phrase")
        return Found([], "no actor on the noun")

    # -- target ------------------------------------------------------------------------------

    def target(self, pred: Predicate, speaker: list[ActorHit] | None) -> tuple[Found, bool]:
        """Targets, and whether they came from "between X and Y" (reciprocal)."""
        between = self._between(pred)
        if between.hits:
            return between, True
        for step in (
            self._passive_target, self._direct_target, self._complement_target,
            self._demanded_target, self._purpose_target,
        ):  # fmt: skip
            found = step(pred, speaker)
            if found.hits:
                return found, False
        return Found([], ""), False

    def _passive_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        if pred.via == "noun" or not is_passive(pred.clause):
            return Found([], "")
        for child in pred.clause.children:
            if child.dep_ == "nsubjpass":
                found = self.expand(child, speaker)
                if found.hits:
                    return Found(found.hits, _join("passive subject", found.how))
        return Found([], "")

    def _direct_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """The entry's own prepositions, then the object (or its owner), then the usual
        prepositions ("with", "to", "against", ...)."""
        verb = pred.clause
        objects: list[Token] = []
        holders = [verb]
        if pred.via != "noun":
            objects = [
                c for c in verb.children if c.dep_ in ("dobj", "dative") and c not in pred.words
            ]
            holders += [w for w in pred.words if w != verb]
            holders += [c for c in verb.children if c.dep_ == "dobj" and c not in holders]
        defaults = list(NOUN_TARGET_PREPS if pred.via == "noun" else DEFAULT_TARGET_PREPS)
        if pred.entry.type in COMPLAINT_TYPES:  # "complained to the UN about Israeli raids"
            defaults = [*COMPLAINT_PREPS, *(p for p in defaults if p not in COMPLAINT_PREPS)]
        if pred.entry.type == "AID":  # "aid for Romania and Poland"
            defaults.append("for")
        if self.is_joint(pred):
            defaults = [p for p in defaults if p not in PARTNER_PREPS]
        if pred.entry.type in COOPERATIVE_TYPES:  # "coordinate operations against ISIS":
            defaults = [p for p in defaults if p != "against"]  # the enemy is no partner
        found = self._prep_target(list(pred.entry.target), holders, speaker)
        if found.hits:
            return found
        owners: tuple[str, ...] = OWNER_PREPS
        if pred.entry.type in COOPERATIVE_TYPES:  # "operations against ISIS": not a partner
            owners = tuple(p for p in OWNER_PREPS if p != "against")
        for obj in objects:
            found = self.expand(obj, speaker)
            if not found.hits:
                found = self.owner(obj, owners)
            if found.hits:
                return Found(found.hits, _join("object", found.how))
        found = self._prep_target(defaults, holders, speaker)
        if found.hits or pred.via == "noun":
            return found
        # the trigger's own object when it names an actor ("expelled two Russian diplomats")
        # or has one as owner ("rejected North Korea's demand")
        for word in pred.words:
            if word.dep_ != "dobj" or word.head != verb:
                continue
            found = self.actors_at(word, speaker)
            if not found.hits:
                found = self.owner(word, owners)
            if found.hits:
                return Found(found.hits, _join("object in the trigger", found.how))
        return Found([], "")

    def _prep_target(
        self, preps: list[str], holders: list[Token], speaker: list[ActorHit] | None
    ) -> Found:
        for prep in preps:
            for holder in holders:
                for child in holder.children:
                    if child.dep_ not in ("prep", "dative") or child.lower_ != prep:
                        continue
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found = self.expand(pobj, speaker)
                            if not found.hits:
                                found = self.owner(pobj)  # "against violations by X"
                            if found.hits:
                                return Found(found.hits, f"'{prep}' phrase")
        return Found([], "")

    def _complement_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """ "refused to meet Jordan's king": the king is rejected."""
        if pred.entry.type not in COMPLEMENT_TARGET_TYPES or pred.via == "noun":
            return Found([], "")
        for child in pred.clause.children:
            if child.dep_ == "xcomp":
                inner = Predicate(pred.entry, child, child, [child], "complement")
                found, _ = self.target(inner, speaker)
                if found.hits:
                    return Found(found.hits, f"target of '{child.text}'")
        return Found([], "")

    def _purpose_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """ "opened fire to disperse protesters": force used on whom its purpose acts on."""
        if pred.entry.type not in PURPOSE_TARGET_TYPES or pred.via == "noun":
            return Found([], "")
        for child in pred.clause.children:
            if child.dep_ not in ("advcl", "xcomp") or child.pos_ != "VERB":
                continue
            if not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
                continue
            verbs = [child, *(c for c in child.children if c.dep_ == "xcomp")]  # "try to stop"
            for verb in verbs:
                for obj in verb.children:
                    if obj.dep_ == "dobj":
                        found = self.expand(obj, speaker)
                        if found.hits:
                            return Found(found.hits, f"object of the purpose '{verb.text}'")
        return Found([], "")

    def _demanded_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """ "demanded that Sudan end curbs": Sudan is asked."""
        if pred.entry.type != "REQUEST":
            return Found([], "")
        for child in pred.head.children:
            if child.dep_ in ("ccomp", "xcomp", "acl"):
                for subj in child.children:
                    if subj.dep_ in ("nsubj", "nsubjpass"):
                        found = self.expand(subj, speaker)
                        if found.hits:
                            return Found(found.hits, "subject of the demanded action")
        return Found([], "")

    def is_joint(self, pred: Predicate) -> bool:
        """Is this a joint action: "joint strikes with X", or "with X against Y"?"""
        if pred.entry.type not in PARTNER_TYPES:
            return False
        holders = [pred.clause, pred.head]
        if pred.clause.dep_ in ("advcl", "xcomp"):  # "fly joint missions together to fight IS"
            holders.append(pred.clause.head)
        for holder in holders:
            for child in holder.children:
                if child.lower_ in JOINT_WORDS:
                    return True
                if child.dep_ == "prep" and child.lower_ == "against" and not pred.entry.reciprocal:
                    return True
                if child.dep_ == "dobj" and any(g.lower_ in JOINT_WORDS for g in child.children):
                    return True
        return False

    def elaboration_target(self, pred: Predicate) -> Found:
        """ "American objections are legitimate: Syria has ..." — the clause that explains a
        verbal conflict names its target in its subject."""
        if pred.entry.type not in ELABORATED_TYPES:
            return Found([], "")
        clause = pred.clause if pred.via != "noun" else pred.head.head
        linked = [c for c in clause.children if c.dep_ in ("parataxis", "ccomp")]
        if clause.dep_ in ("parataxis", "ccomp"):
            linked.append(clause.head)
        for other in linked:
            for child in other.children:
                if child.dep_ == "nsubj":
                    found = self.expand(child)
                    if found.hits:
                        return Found(found.hits, f"subject of the linked clause '{other.text}'")
        return Found([], "")

    def partners(self, pred: Predicate) -> Found:
        """Actors acting together with the source ("joint strikes with the US")."""
        if not self.is_joint(pred):
            return Found([], "")
        for holder in {pred.clause, pred.head}:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in PARTNER_PREPS:
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found = self.expand(pobj)
                            if found.hits:
                                return Found(found.hits, f"partner ('{child.text} {pobj.text}')")
        return Found([], "")

    def location_target(self, pred: Predicate) -> Found:
        """A country named as the place of a material event ("airstrikes in Syria")."""
        if pred.entry.type not in LOCATION_TARGET_TYPES:
            return Found([], "")
        for holder in {pred.clause, pred.head}:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ in ("in", "inside", "across"):
                    for pobj in child.children:
                        hits = [h for h in self.hits.get(pobj.i, []) if h.actor.country]
                        if hits:
                            return Found(hits, f"place of the event ('{child.text} {pobj.text}')")
        return Found([], "")

    def _between(self, pred: Predicate) -> Found:
        for holder in (pred.head, pred.clause):
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ == "between":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found = self.expand(pobj)
                            if len(found.hits) >= 2:
                                return Found(found.hits, "'between X and Y'")
        return Found([], "")


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _join(how: str, detail: str) -> str:
    return f"{how} ({detail})" if detail else how
