"""Source and target of a predicate, from the dependency parse.

Handles subjects and objects, passives ("was attacked by X"), coordination ("with Iran, Syria
and Russia"), prepositional and reciprocal targets ("talks between X and Y", "US-Iraqi
talks"), appositives, control and raising ("agreed to share", "remains committed to working
with", "accused X of attacking"), relative clauses, the holder of a noun ("announced plans to",
"issued a declaration demanding"), converse verbs ("received weapons from"), places attacked
("shelled Aleppo") and a small, explainable pronoun resolution (agreement, binding, the clause
subject before the nearest actor: actors/antecedents.py). Every rule names itself in the
``how`` of what it finds, which goes into the reason.
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from ..actors.coref import antecedent
from ..actors.non_actors import WAR_MACHINES
from ..actors.resolve import SETTLEMENT_NOUNS
from ..actors.resolve_types import ActorHit
from ..places.gazetteer import city_country, division_elsewhere, gazetteer
from ..records import Actor
from .casualties import left_harmed
from .lexicon import Lexicon, TriggerEntry
from .listed_verbs import listed_participle_verb, listed_with
from .modality import in_order_to, own_threat
from .pairs import earlier_pair, pair_noun
from .triggers import (
    EVENT_HEADS,
    Predicate,
    force_used_with,
    headline_parties,
    held_by,
    noun_key,
    object_predicate,
    phrase_objects,
    thanked_for,
)

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
# promises of forces or arms (intent to provide military protection or peacekeeping, or
# military aid): what they offer is never the one it is offered to
PLEDGED_FORCE_CAMEOS = frozenset({"0334", "0332"})
# verbs whose object in the trigger is the means, never the one acted on: "used force to
# disperse the crowd" ('force' would read as armed forces), "employed tear gas"
MEANS_VERBS = frozenset({"use", "employ"})
# acts whose "from" phrase names who held the freed, not who freed them
FREED_FROM_NOUNS = frozenset({"liberation", "rescue"})
# acts whose possessor is the one who undergoes them when no "of" phrase names that one
# ("Navalny's arrest", "his killing", "Mosul's liberation", "its fall"); with one the
# possessor acts ("Iran's execution of the protesters")
PATIENT_POSSESSOR_NOUNS = frozenset(
    {"arrest", "detention", "imprisonment", "jailing", "abduction", "kidnapping", "killing",
     "murder", "assassination", "execution", "death", "release", "liberation", "capture",
     "extradition", "deportation", "expulsion", "conviction", "sentencing", "torture",
     "disappearance", "rescue", "fall", "ouster", "removal", "dismissal", "defeat"}
)  # fmt: skip
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
THING_PRONOUNS = frozenset({"it", "its"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their"})
# pronouns whose antecedent owns the agents they open ("its forces", "their troops")
OWNER_PRONOUNS = frozenset({"its", "their"})
# the owner's own agents: forces, police, officials, spies
OWN_SECTORS = frozenset({"MIL", "COP", "GOV", "SPY"})
FIRST_PERSON = frozenset({"we", "us", "our", "i", "me", "my"})
OF_HOLDERS = frozenset(
    {"member", "some", "one", "part", "representative", "delegation", "head", "leader", "group",
     "unit", "official", "most", "many", "all", "both", "each", "contingent", "force",
     "thousand", "hundred", "dozen", "million", "number", "score", "crowd", "band", "batch",
     "team", "wave", "handful", "supporter", "follower", "activist", "section", "faction"}
)  # fmt: skip
LOCATION_TARGET_TYPES = frozenset(
    {"ASSAULT", "COERCE", "MOBILIZE", "AID", "PROTEST", "SANCTION", "RETREAT"}
)
# acts of a state's police, courts and inspectors: with no agent named, the state of the place
STATE_ACT_MODES = frozenset({"arrest", "investigate", "convict", "deport"})
# group words on what an act in a place strikes ("rebel positions in Syria"): the act is
# aimed at the group, not at the place's state
ARMED_GROUPS = frozenset(
    {"rebel", "insurgent", "militant", "guerrilla", "jihadist", "terrorist", "extremist",
     "separatist", "islamist", "enemy", "militia"}
)  # fmt: skip
# places people live in: "shelled villages in northern Iraq" strikes the state's people, not
# only happens there
INHABITED_PLACES = SETTLEMENT_NOUNS | frozenset({"home", "house", "hamlet"})
# words opening a sentence's place: "Near Mosul, ...", "Outside Aleppo, ..."
FRONTED_LOCATIVES = frozenset({"near", "outside", "around", "inside", "across", "in", "at"})
TIME_PREPS = frozenset({"after", "before", "since", "upon", "on", "following", "while"})
WHERE_PREPS = ("in", "inside", "within", "across", "throughout")
PLACE_PREPS = ("in", "inside", "across", "throughout", "within", "at")
# phrases whose noun is no place but may name one inside it ("to facilities in Iran")
INNER_PLACE_PREPS = ("to", "into", "on", "against")
# force used "to disperse protesters" is used on the protesters
PURPOSE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# in "strikes with the US against IS" the "with" actor is a partner, not the target
PARTNER_TYPES = frozenset({"ASSAULT", "COERCE", "MOBILIZE"})
PARTNER_PREPS = ("with", "alongside")
# the parties of talks or an accord: "talks between X and Y", "among the factions"
BETWEEN_PREPS = ("between", "among")
# "the removal of X", "an admission by X", "an offer from X", "sanctions against X"
OWNER_PREPS = ("of", "by", "from", "against", "on")
COOPERATIVE_TYPES = frozenset(
    {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"}
)
# machines of war and what they fire: an instrument, no side, unless an owner is named
MACHINES = WAR_MACHINES | {"missile", "rocket", "ship", "vessel", "boat"}
# acts between partners: their "on" phrase is the topic ("talks on Syria", "share
# intelligence on ISIS", "agreed on an exchange of prisoners"), never the partner
TOPIC_ON_TYPES = frozenset({"AGREE", "CONSULT", "COOPERATE"})
# verbs of talks whose object is what is talked about ("discussed support for the militias")
TOPIC_VERBS = frozenset({"discuss", "negotiate", "talk", "confer", "bargain", "debate", "review"})
JOINT_WORDS = frozenset({"joint", "jointly", "together", "combined", "alongside"})
# "in coordination with X", "in cooperation with X": X acts with the subject, a partner
JOINT_NOUNS = frozenset(
    {"coordination", "cooperation", "conjunction", "partnership", "concert", "collaboration",
     "tandem", "concertation"}
)  # fmt: skip
# verbs and nouns that tell of a meeting between parties ("met", "held talks with")
TALKING_VERBS = frozenset({"meet", "talk", "confer", "negotiate"})
MEETING_NOUNS = frozenset({"talk", "meeting", "discussion", "negotiation", "consultation"})
# feelings voiced: their "of" phrase names who feels them, not at whom ("the concerns of the
# Syrian people", "the anger of the protesters")
FEELING_NOUNS = frozenset(
    {"concern", "alarm", "unease", "misgiving", "reservation", "worry", "doubt",
     "dissatisfaction", "frustration", "irritation", "displeasure", "outrage", "anger",
     "dismay", "indignation", "disapproval", "disappointment"}
)  # fmt: skip
# verbs of a third party that holds others' talks ("Ethiopia hosted talks between Sudan and
# South Sudan", "the talks were mediated by Qatar"): the go-between consults each party
GO_BETWEEN_VERBS = frozenset({"host", "mediate", "broker", "facilitate", "convene"})
HELD_TALKS = MEETING_NOUNS | {"dialogue", "summit", "conference"}
# verbs whose subjects are the parties of a brokered deal ("Israel and Hamas agreed to a
# ceasefire brokered by Egypt"), not onlookers ("France welcomed the deal brokered by X")
PARTY_VERBS = frozenset(
    {"agree", "sign", "accept", "reach", "conclude", "strike", "seal", "observe", "respect",
     "honour", "honor", "implement", "violate", "breach", "break", "hold", "extend", "renew",
     "ratify", "enter", "join", "negotiate"}
)  # fmt: skip
SENTENCE_OPENERS = frozenset({"advmod", "npadvmod", "punct", "cc"})  # "Later, they", "And they"
# undertakings whose "of" phrase names who undertakes them ("a joint operation of Iraqi and
# Kurdish forces", "the offensive of the Syrian army"): their owners are the doers, never
# the target (unlike "the bombing of Gaza", "the siege of Aleppo"); so are the forces a
# mobilisation's "of" phrase names ("the deployment of the Iraqi army", "the build-up of
# Russian forces"): their state mobilises them, it is not mobilised against
OWNED_OPERATION_NOUNS = frozenset(
    {"operation", "offensive", "counteroffensive", "counter-offensive", "campaign", "mission",
     "exercise", "drill", "manoeuvre", "maneuver", "patrol", "drive", "push",
     "deployment", "redeployment", "mobilisation", "mobilization", "build-up", "buildup",
     "massing"}
)  # fmt: skip
# a rejection or demand is aimed at whoever its complement acts on
ELABORATED_TYPES = frozenset({"ACCUSE", "REJECT"})
# complaints are aimed at what they are about, not at whom they are addressed to
COMPLAINT_TYPES = frozenset({"ACCUSE"})
COMPLAINT_PREPS = ("against", "over", "about", "of")
COMPLEMENT_TARGET_TYPES = frozenset({"REJECT", "REQUEST", "AGREE", "THREATEN"})
# the phrases naming what a withdrawal leaves ("withdrew from the deal", "reneged on")
LEFT_PREPS = frozenset({"from", "on", "of"})
# reactions to news of an act ("welcomed the news that X ...") aim at the one who acts in it
REACTION_TYPES = frozenset({"SUPPORT", "ACCUSE"})
NEWS_NOUNS = frozenset(
    {"news", "report", "announcement", "confirmation", "fact", "decision", "word", "sign",
     "signal", "indication"}
)  # fmt: skip
# verbs whose subject makes, announces or holds the noun they govern ("Iran issued a
# declaration demanding ...", "the U.S. reaffirmed its commitment to support ...", "Russia
# showed its willingness to negotiate"), besides the lexicon's light and intention verbs
AUTHORING_VERBS = frozenset(
    {"reaffirm", "affirm", "restate", "signal", "show", "demonstrate", "adopt", "approve",
     "present", "submit", "table", "outline", "publish", "put", "set", "pass", "draw", "have",
     "claim"}
)  # fmt: skip
# nouns that hold a run of acts: "a campaign of denunciations", "a wave of arrests"
SERIES_HEADS = EVENT_HEADS | frozenset(
    {"series", "wave", "spate", "string", "round", "barrage", "flurry", "volley", "programme",
     "program", "policy", "strategy"}
)  # fmt: skip
# "remained steadfast in support of X", "marched in protest against Y": the manner phrase's
# act is its clause's subject's (not for violence: "soldiers died in clashes")
MANNER_TYPES = frozenset(
    {"SUPPORT", "COOPERATE", "AGREE", "CONSULT", "AID", "PROTEST", "ACCUSE", "REJECT"}
)
# the people a place or thing acted on holds: "a camp for Congolese refugees was attacked",
# "set fire to the offices of the Palestinian administrators"
HELD_PREPS = ("of", "for")
# verbs that lay a measure on someone: "the sanctions it had imposed on Belarus"
IMPOSING_VERBS = frozenset({"impose", "place", "put", "slap", "levy", "introduce", "enforce"})
RELATIVE_WORDS = frozenset({"that", "which", "who", "whom"})
# "announced the start of an offensive": the act begun is the announcer's
ONSET_NOUNS = frozenset({"start", "beginning", "launch", "resumption", "onset"})
# "a boat carrying migrants", "a hospital treating civilians", "a bus full of tourists": the
# people a vehicle or building holds, told by a participle or an adjective of fullness
CARRYING_VERBS = frozenset(
    {"carry", "house", "shelter", "host", "hold", "transport", "ferry", "treat", "bring"}
)
FULL_WORDS = frozenset({"full", "packed", "crowded", "filled", "laden", "loaded", "crammed"})
# verbs whose object a bare participle tells what befell: "saw 120 soldiers killed"
SMALL_CLAUSE_VERBS = frozenset({"see", "leave", "witness", "watch", "find", "have", "get"})
SEEING_VERBS = frozenset({"see", "leave", "witness", "watch"})
# verbs of saying whose subject reports an act and is no side of it (the lexicon adds its
# own speech verbs): "rejected the invitation, the group said", "what it called interference"
REPORTING_VERBS = frozenset({"say", "tell", "report", "announce", "add", "call", "state"})
# "with dozens of civilians reported killed": the verbs a 'with' absolute tells the harm by
ABSOLUTE_REPORT_VERBS = frozenset({"report", "believe", "fear", "feared", "confirm", "say"})
HARM_TYPES = frozenset({"ASSAULT", "COERCE"})
# acts aimed at an adversary: force, coercion, blame, threats, penalties
HOSTILE_TYPES = HARM_TYPES | {"ACCUSE", "THREATEN", "SANCTION"}
# acts whose past participle on a noun tells what was done to it, never what it did ("40
# activists, accused of planning attacks", "firms sanctioned last year"): harm, blame, penalty
PATIENT_TYPES = HARM_TYPES | {"ACCUSE", "SANCTION"}
# "put pressure on X to ...", "use its influence with X to ...": X does what follows
PRESSURE_NOUNS = frozenset({"pressure", "influence", "leverage"})
PRESSURE_PREPS = frozenset({"on", "upon", "over", "with"})
# help a main clause's doer gets, told after a comma ("retook the village, aided by X")
HELPED_PARTICIPLES = frozenset({"aid", "assist", "back", "support", "help"})
# where a gerund stands as a noun ("Shelling from X hit", "came under shelling from X")
GERUND_NOUN_DEPS = frozenset({"csubj", "nsubj", "nsubjpass", "dobj", "pobj", "acl", "conj"})
# restrictions imposed on or lifted from a place: administrative sanctions (172: curfew 1723,
# martial law and states of emergency 1724) and their easing (081: 0813, 0814)
RESTRICTION_CAMEOS = frozenset({"172", "1721", "1723", "1724", "081", "0813", "0814"})
# force done in a capital strikes the city, not the government it seats ("shelled positions in
# Beirut", "police raided houses in Tehran")
FORCE_ON_PLACES = frozenset({"ASSAULT", "COERCE"})
# acts that are done to a place when no actor is named ("shelled Aleppo")
PLACE_TARGET_TYPES = frozenset({"ASSAULT", "COERCE"})
# "in protest against X", "in retaliation for X's attack": the act answers X
ANSWER_NOUNS = frozenset({"protest", "retaliation", "response", "reprisal", "revenge"})
# words of depending on help: "dependent on Russian air support", "relies on US aid"
DEPENDING_WORDS = frozenset({"depend", "dependent", "rely", "reliant"})
# verbs of taking a place back from its holder: "to retake Mosul from ISIL"
RETAKING_VERBS = frozenset(
    {"retake", "recapture", "liberate", "free", "reclaim", "regain", "recover", "reconquer"}
)
# "in support of X", "in defence of X": an "in" phrase of aim or stance, no place, so the
# "of" phrase in it names no place where the act happens ("strikes in support of SDF
# operations": the SDF are helped, not struck)
STANCE_NOUNS = ANSWER_NOUNS | frozenset(
    {"support", "defence", "defense", "favour", "favor", "solidarity", "aid", "pursuit"}
)
# the title word that opens a named operation or exercise ("Operation Inherent Resolve",
# "Exercise Eager Lion"): an undertaking, not a side
OPERATION_TITLES = frozenset({"Operation", "Exercise"})
ANSWER_PREPS = ("against", "at", "over", "for", "to", "of")
# "were engaged in", "were involved in": passive in form, the subject acts
INVOLVED_VERBS = frozenset({"engage", "involve"})
# "Vietnam is committed to opening its economy": a state, not a passive, with no agent
STATIVE_PASSIVES = frozenset({"commit", "dedicate", "devote", "determine"})
# passives whose subject is what serves, not who acts: "the hospital is used to train doctors"
INSTRUMENT_PASSIVES = frozenset(
    {"use", "design", "intend", "build", "develop", "employ", "mean", "need", "create", "make"}
)
# the phrase of an act's own noun that names whom it is done to ("the blockade of Serbia")
OWN_NOUN_PREPS = frozenset({"of", "on", "against", "into", "toward", "towards", "among"})
# "accused X of attacking", "prevented X from", "forced X into", "committed X to": the object
# acts; after other prepositions the subject does ("responded by bombing")
OBJECT_CONTROL_PREPS = frozenset({"of", "from", "into", "to"})
# "charged them with plotting", "tasked the agency with finding": 'with' gives the object's act
# after these verbs only ("threatened X with destroying ...": the subject would destroy)
WITH_CONTROL_VERBS = frozenset({"charge", "task", "credit", "entrust"})
# "condemned India for shelling", "thanked Jordan for hosting", "arrested him for spying": after
# verbs of judging, rewarding and punishing, 'for' gives the object's act, never the subject's
FOR_CONTROL_VERBS = frozenset(
    {"criticize", "criticise", "blame", "condemn", "denounce", "slam", "fault", "rebuke",
     "reprimand", "chastise", "scold", "castigate", "censure", "lambast", "berate", "accuse",
     "praise", "thank", "commend", "applaud", "hail", "laud", "congratulate", "credit",
     "reward", "honor", "honour", "punish", "sanction", "fine", "sue", "arrest", "detain",
     "jail", "sentence", "convict", "prosecute", "indict", "expel", "impeach", "execute",
     "penalize", "penalise", "target", "attack"}
)  # fmt: skip
# what a holder issues: "a declaration demanding that ...", "a letter urging ..."
DOCUMENT_NOUNS = frozenset(
    {"statement", "declaration", "communique", "communiqué", "letter", "resolution", "report",
     "decree", "order", "motion", "bill", "note", "message", "appeal", "petition", "ultimatum",
     "memorandum", "proposal", "plan", "call"}
)  # fmt: skip
# acts that take a thing from its owner: the owner named by a pronoun is the target
DEPRIVING_TYPES = frozenset({"SANCTION", "COERCE"})
# help an actor acts with ("captured the town with the aid of Turkish artillery")
HELP_NOUNS = frozenset({"aid", "help", "assistance", "support", "backing", "cooperation"})
# nouns whose "to" phrase is what is reached, when an actor holds them ("its access to oil")
ACCESS_NOUNS = frozenset({"access", "route", "link", "connection", "lifeline"})
# "X came under attack from Y": the subject undergoes the act
UNDERGOING_VERBS = frozenset({"come", "fall", "be", "remain", "stay"})
# "for which X claimed responsibility", "which X has claimed": X did the act
CLAIM_VERBS = frozenset({"claim", "take", "assume", "accept"})
# "Russia sent warplanes to bomb": the sender acts through forces of no state of their own
SENDING_VERBS = frozenset({"send", "dispatch", "despatch", "deploy", "scramble"})
# "X wants Y to ...": a request to Y, not an act of Y's
DESIRE_VERBS = frozenset({"want", "wish", "like", "prefer"})
# verbs of saying whose "that" clause in the subjunctive is a demand ("insisted that Serbia
# arrest the general": a singular subject with the bare verb)
MANDATIVE_VERBS = frozenset({"insist"})


@dataclass(frozen=True, slots=True)
class ActPhrase:
    """A side named by a phrase of an act noun: "airstrikes against al-Qaida killed 20" (the
    act in the subject, ``in_subject``), "conducted strikes to enable the defeat of ISIL" (the
    act purposed). The event coder tests it, not the reason's words, to tell that act apart
    from the one told again (told_once.py)."""

    act: str  # the act noun's text, as the reason names it
    in_subject: bool = False


@dataclass(slots=True)
class Found:
    hits: list[ActorHit]
    how: str
    acts: tuple[ActPhrase, ...] = ()  # the act nouns whose phrases named the sides

    def revised(self, hits: list[ActorHit], how: str) -> Found:
        """Other hits with another account of them, from the same phrases."""
        return Found(hits, how, self.acts)


@dataclass(slots=True)
class Wanted:
    """Who wants or demands an act (``by``) of whom (``of``), and how each was found."""

    by: list[ActorHit]
    of: list[ActorHit]
    via: str
    by_how: str
    of_how: str
    verb: Token | None = None  # the wish ("wants"), when that is the act


class Arguments:
    """Finds actors around predicates of one document."""

    def __init__(self, hits: dict[int, list[ActorHit]], lexicon: Lexicon | None = None) -> None:
        self.hits = hits
        self.order = sorted(hits)
        self._first: dict[tuple[str, str | None, str | None], ActorHit] | None = None
        authoring = set(AUTHORING_VERBS)
        if lexicon is not None:
            authoring |= set(lexicon.light_verbs) | lexicon.intent_verbs
        self.authoring = frozenset(authoring)
        # the lexicon's own noun table (membership only): no copy per document
        self.act_nouns: Container[str] = lexicon.nouns if lexicon is not None else frozenset()
        self.verb_types = lexicon.verb_types if lexicon is not None else {}
        self.speech_verbs = REPORTING_VERBS | (
            lexicon.speech_verbs if lexicon is not None else frozenset()
        )
        self.noun_entries: dict[str, list[TriggerEntry]] = (
            lexicon.nouns if lexicon is not None else {}
        )
        # whose voice a first-person word outside quotes is (quotes/voice.py), when known
        self.voice: Callable[[Token], Found | None] | None = None

    def first_hit(self, actor: Actor) -> list[ActorHit]:
        """The first hit of the document resolved to ``actor`` with its words and name, else
        the first with its key (none: empty). Indexed once: looking through every hit for
        every quoted predicate made long documents quadratic."""
        if self._first is None:
            self._first = {}
            for hits in self.hits.values():
                for hit in hits:
                    a = hit.actor
                    self._first.setdefault((a.key, a.text, a.name), hit)
                    self._first.setdefault((a.key, None, None), hit)
        found = self._first.get((actor.key, actor.text, actor.name)) or self._first.get(
            (actor.key, None, None)
        )
        return [found] if found is not None else []

    # -- actors at a token ------------------------------------------------------------------

    def actors_at(self, token: Token, speaker: list[ActorHit] | None = None) -> Found:
        if pair_noun(token):  # "both countries", "the two sides": named before
            pair = earlier_pair(token, self.hits)
            if pair is not None:
                names = " and ".join(f"'{h.actor.name or h.actor.text}'" for h in pair[0])
                return Found(pair[0], f"'{token.text}' → {names} ({pair[1]})")
        direct = self.hits.get(token.i)
        if direct:
            owned = self._pronoun_owned(token, direct, speaker)
            if owned is not None:  # "Iran said its forces ...": Iran's forces
                return owned
            return Found(_without_possessor_state(direct, token.doc), "")
        for child in token.children:
            if child.dep_ == "appos" and self.hits.get(child.i):
                return Found(self.hits[child.i], "appositive")
        if _of_holder(token) or token.pos_ in ("NUM", "PRON"):
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and self.hits.get(pobj.i):
                            owned = self._pronoun_owned(pobj, self.hits[pobj.i])
                            if owned is not None:  # "two of its men"
                                return Found(owned.hits, f"'{token.text} of' ({owned.how})")
                            return Found(self.hits[pobj.i], f"'{token.text} of'")
        lower = token.lower_
        if lower in RELATIVE_PRONOUNS and token.head.dep_ == "relcl":
            return self.actors_at(token.head.head)
        if token.pos_ == "PRON":
            if lower in FIRST_PERSON and speaker:
                return Found(speaker, f"'{token.text}' → the speaker")
            if lower in FIRST_PERSON:
                behalf = self._on_behalf(token)
                if behalf.hits:  # "On behalf of the American people, I congratulate ..."
                    return behalf
            voiced = self.voice(token) if self.voice is not None else None
            if voiced is not None:  # "We condemn" in a statement the US issues
                return voiced
            return self._pronoun(token, speaker)
        return Found([], "")

    def _pronoun_owned(
        self, token: Token, direct: list[ActorHit], speaker: list[ActorHit] | None = None
    ) -> Found | None:
        """Agents named by a word alone that "its" or "their" owns ("Iran denied that its
        forces attacked", "killed two of its men"): the agents of the pronoun's antecedent,
        with its country; None when it names no actor with one. "Our" is the speaker's, or
        the voice's outside quotes ('"Our troops will stay," the French minister said')."""
        if any(h.named or h.actor.country or h.actor.sector not in OWN_SECTORS for h in direct):
            return None  # "its treaty ally": another actor, not the owner's own
        poss = next((c for c in token.children if c.dep_ == "poss"), None)
        if poss is not None and poss.lower_ == "our":
            return self._our_own(poss, direct, speaker)
        if poss is None or poss.lower_ not in OWNER_PRONOUNS:
            return None
        found = antecedent(poss, self.hits)
        if found is None or not _a_state(found[0]):
            return None  # "the Taliban said its forces": an armed group's, no state's army
        owner, how = found
        country = owner.actor.country
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
            verb = verb.head
        doers = [c for c in verb.children if c.dep_ == "nsubj" and c is not token]
        if any(h.actor.country == country for d in doers for h in self.hits.get(d.i, [])):
            # "Vietnam said Chinese troops attacked its border guards": not China's own; the
            # reporter's, when a verb of saying governs the clause, else nobody's
            reporter = verb.head if verb.dep_ == "ccomp" else None
            subjects = [c for c in reporter.children if c.dep_ == "nsubj"] if reporter else []
            others = [
                h for c in subjects for h in self.hits.get(c.i, [])
                if _a_state(h) and h.actor.country != country
            ]  # fmt: skip
            if reporter is None or not others:
                return None
            country = others[0].actor.country
            how = f"pronoun '{poss.text}' → '{others[0].actor.text}' (subject of '{reporter.text}')"
        hits = [
            replace(h, actor=replace(h.actor, country=country, reason=f"{h.actor.reason}; {how}"))
            for h in direct
        ]
        return Found(hits, how)

    def _our_own(
        self, poss: Token, direct: list[ActorHit], speaker: list[ActorHit] | None
    ) -> Found | None:
        """The agents "our" owns: of the state the speaker speaks for (a quote's speaker, else
        the voice of the text: a speaker line, the issuing body, the publisher); None when
        that is no state or its organ ("our fighters" of a rebel commander stay his)."""
        if speaker:
            owner, how = speaker[0], f"'{poss.text}' → the speaker"
        else:
            voiced = self.voice(poss) if self.voice is not None else None
            if voiced is None or not voiced.hits:
                return None
            owner, how = voiced.hits[0], voiced.how
        if not _a_state(owner):
            return None
        country = owner.actor.country
        how = f"{how} ('{owner.actor.name or owner.actor.text}', {country})"
        hits = [
            replace(h, actor=replace(h.actor, country=country, reason=f"{h.actor.reason}; {how}"))
            for h in direct
        ]
        return Found(hits, how)

    def _on_behalf(self, pronoun: Token) -> Found:
        """ "On behalf of X, I ...": the first-person subject speaks for X."""
        if pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return Found([], "")
        for child in pronoun.head.children:
            if child.dep_ != "prep" or child.lower_ != "on":
                continue
            for behalf in (g for g in child.children if _behalf(g)):
                for of in (c for c in behalf.children if c.lower_ == "of"):
                    for pobj in (g for g in of.children if g.dep_ == "pobj"):
                        found = self.expand(_members_of(pobj))
                        if found.hits:
                            how = _join(f"'{pronoun.text}' acts on behalf of", found.how)
                            return Found(found.hits, how)
        return Found([], "")

    def expand(self, token: Token, speaker: list[ActorHit] | None = None) -> Found:
        """Actors at a token and its conjuncts ("Iran, Syria and Russia")."""
        found = self.actors_at(token, speaker)
        hits = list(found.hits)
        for conj in token.conjuncts:
            hits += [h for h in self.actors_at(conj, speaker).hits if h not in hits]
        how = found.how
        owners = _of_conjuncts(token) if any(h.actor.country for h in found.hits) else []
        for conj in owners:
            # "the foreign ministers of Egypt and Jordan": the ministers of each state
            more = [h for h in self.hits.get(conj.i, []) if h.actor.country and h not in hits]
            if more:
                hits += more
                how = f"{how}; and of '{conj.text}'" if how else f"and of '{conj.text}'"
        return Found(hits, how)

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
            if child.dep_ != "acl" or child.tag_ != "VBN" or _helped_doer_clause(child):
                continue  # not "shelled the town, backed by Russian jets": the army's help
            if child.lemma_.lower() in GO_BETWEEN_VERBS:  # "a ceasefire brokered by Egypt":
                continue  # the go-between is no party to it
            for agent in child.children:
                if agent.dep_ == "agent":
                    for pobj in agent.children:
                        found = self.expand(pobj) if pobj.dep_ == "pobj" else Found([], "")
                        if found.hits:
                            return Found(found.hits, f"'{token.text} {child.text} by'")
        return Found([], "")

    def _pronoun(self, token: Token, speaker: list[ActorHit] | None = None) -> Found:
        joint = self._coordinated_reporter(token)
        if joint.hits:
            return joint
        met = self._meeting_parties(token)
        if met.hits:
            return met
        barred, speaking = self._speaker_barred(token, speaker)
        found = antecedent(token, self.hits, barred=barred)  # rules: tacitus/actors/coref.py
        if found is not None and speaking:
            found = (found[0], f"{found[1]}; not the speaker '{speaking}'")
        fallback = found is not None and "(nearest agreeing" in found[1]
        if found and fallback and self._adversary_as_partner(token, found[0]):
            doer = self._clause_doer_before(token, found[0])
            if doer.hits and not (barred is not None and any(barred(h) for h in doer.hits)):
                return doer
        if found and token.lower_ in PLURAL_PRONOUNS and token.doc[found[0].anchor].conjuncts:
            joint = self.expand(token.doc[found[0].anchor])  # "Russia and Turkey ... they"
            if len(joint.hits) > 1:
                return Found(joint.hits, f"{found[1]} and the actors coordinated with it")
        return Found([found[0]], found[1]) if found else Found([], "")

    def _speaker_barred(
        self, pronoun: Token, speaker: list[ActorHit] | None
    ) -> tuple[Callable[[ActorHit], bool] | None, str]:
        """ "We will keep up the pressure until it engages in negotiations": a third-person
        pronoun in a clause under a first-person subject is not who "we" are (the speaker of a
        quote, else the voice of the text: a speaker line, the issuing body): that actor and
        the state of its country are barred from its antecedents, with the speaker's name
        (None, "" when no "we" is above it or it speaks for nobody known)."""
        if pronoun.lower_ in FIRST_PERSON:
            return None, ""
        head, we = pronoun, None
        while we is None and head.head != head:
            head = head.head
            we = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and
                       c.lower_ in ("we", "i") and c.i < pronoun.i), None)  # fmt: skip
        if we is None:
            return None, ""
        if speaker:
            voiced = speaker
        else:
            found = self.voice(we) if self.voice is not None else None
            voiced = found.hits if found is not None else []
        if not voiced:
            return None, ""
        keys = {h.actor.key for h in voiced}
        states = {h.actor.country for h in voiced if h.actor.country}  # a minister's too

        def barred(hit: ActorHit) -> bool:
            return hit.actor.key in keys or (_a_state(hit) and hit.actor.country in states)

        return barred, voiced[0].actor.name or voiced[0].actor.text

    def _adversary_as_partner(self, pronoun: Token, hit: ActorHit) -> bool:
        """A subject "they" / "it" of a cooperative act ("They also discussed operations
        to free Mosul") whose antecedent is the adversary of a hostile act or noun of the
        sentence it stands in ("the offensive against the Islamic State", "accused the
        rebels"): who fights someone does not sit down with them."""
        if pronoun.lower_ not in ("they", "it") or pronoun.dep_ not in ("nsubj", "nsubjpass"):
            return False
        if not self.verb_types.get(pronoun.head.lemma_.lower(), frozenset()) & COOPERATIVE_TYPES:
            return False
        return self._adversary(pronoun.doc[hit.anchor])

    def _adversary(self, token: Token) -> bool:
        """Whether a word stands as the one a hostile act is aimed at: the object of a verb
        of force, coercion or blame, or in the "against" / "on" phrase of such an act."""
        while token.dep_ in ("compound", "amod", "conj", "appos") and token.head != token:
            token = token.head
        if token.dep_ in ("dobj", "nsubjpass"):
            return self._hostile(token.head)
        if token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent"):
            prep = token.head
            return prep.lower_ == "against" or (prep.lower_ == "on" and self._hostile(prep.head))
        return False

    def _hostile(self, word: Token) -> bool:
        """A verb or noun the lexicon reads as force, coercion, blame or threat."""
        lemma = word.lemma_.lower()
        if word.pos_ in ("VERB", "AUX") and word.dep_ not in ("pobj", "nsubj", "dobj"):
            types = self.verb_types.get(lemma, frozenset())
        else:  # a plural the tagger took for a verb in a noun's place ("of airstrikes")
            entries = self.noun_entries.get(lemma) or self.noun_entries.get(word.lower_) or ()
            types = frozenset(e.type for e in entries)
        return bool(types & HOSTILE_TYPES)

    def _clause_doer_before(self, pronoun: Token, adversary: ActorHit) -> Found:
        """The subject of the main clause of the adversary's sentence (the pronoun's own,
        before it, or the one before), as the pronoun's antecedent."""
        doc = pronoun.doc
        sent = doc[adversary.anchor].sent
        subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        for subject in (s for s in subjects if s.i < pronoun.i and s.pos_ != "PRON"):
            found = self.expand(subject)
            hits = [h for h in found.hits if h.actor.key != adversary.actor.key]
            if hits:
                name = hits[0].actor.name or hits[0].actor.text
                adversary_name = adversary.actor.name or adversary.actor.text
                how = (
                    f"pronoun '{pronoun.text}' → '{name}' (subject of '{sent.root.text}'; "
                    f"'{adversary_name}' is the adversary there, no partner)"
                )
                return Found(hits, how)
        return Found([], "")

    def _meeting_parties(self, token: Token) -> Found:
        """X met Y on Monday. They agreed to ...": a plural pronoun opening the sentence after
        one that tells of a meeting or talks between two parties is both parties (reciprocal),
        not a plural noun named in between ("... said all Iraqis would gain")."""
        if token.lower_ != "they" or token.dep_ not in ("nsubj", "nsubjpass"):
            return Found([], "")
        sent = token.sent
        opening = token.doc[sent.start : token.i]
        if sent.start < 1 or any(t.dep_ not in SENTENCE_OPENERS for t in opening):
            return Found([], "")  # the sentence opens with it ("Later, they signed ...")
        meeting = token.doc[sent.start - 1].sent.root
        parties = meeting_parties(meeting)
        if not parties:
            return Found([], "")
        hits: list[ActorHit] = []
        for party in parties:
            hits += [h for h in self.expand(party).hits if h not in hits]
        if len({h.anchor for h in hits}) < 2:
            return Found([], "")
        return Found(hits, f"'{token.text}': the parties who {meeting.text} (sentence before)")

    def _coordinated_reporter(self, token: Token) -> Found:
        """ "Obama and Putin said they will ...": a plural subject pronoun of a reported
        clause is every coordinated subject of the reporting verb."""
        if token.lower_ not in PLURAL_PRONOUNS or token.dep_ not in ("nsubj", "nsubjpass"):
            return Found([], "")
        if token.head.dep_ != "ccomp":
            return Found([], "")
        said = token.head.head
        reporter = next((c for c in said.children if c.dep_ == "nsubj"), None)
        if reporter is None or reporter.i > token.i or not reporter.conjuncts:
            return Found([], "")
        found = self.expand(reporter)
        if len(found.hits) < 2:
            return Found([], "")
        return Found(found.hits, f"'{token.text}' → the coordinated subject of '{said.text}'")

    # -- source ------------------------------------------------------------------------------

    def source(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        if pred.entry.converse:  # "received weapons from Iran": the giver
            return self._giver(pred, speaker)
        if pred.via == "noun" and thanked_for(pred.head) is not None:
            return self._giver_thanked(pred.head, speaker)
        if pred.via == "noun" and _with_help(pred.head):  # "with the aid of Turkish troops"
            giver = self.act_actor(pred.head, speaker)
            if not giver.hits:
                giver = self._prep_target(["of", "from"], [pred.head], speaker)
            return Found(giver.hits, _join(f"who gives the '{pred.head.text}'", giver.how))
        if pred.via == "noun":
            return self._noun_source(pred, pred.head, speaker)
        if pred.entry.type in HARM_TYPES and _gerund_from(pred.clause) is not None:
            doer = self._gerund_doer(pred.clause, speaker)  # "shelling from government forces"
            if doer.hits:
                return doer
        if (pred.entry.type in PATIENT_TYPES and _patient_participle(pred.clause)) or (
            pred.entry.type in HARM_TYPES and _small_clause_participle(pred.clause)
        ):
            agent = self._agent(pred.clause, speaker)  # "97 civilians killed (by X)"
            return Found(agent.hits, agent.how or "participle without agent")
        if pred.entry.type in HARM_TYPES and _absolute_patients(pred.clause):
            agent = self._agent(pred.clause, speaker)  # "..., with ten people killed"
            return Found(agent.hits, _join("'with' phrase: its subject is acted on", agent.how))
        unshared = self._unshared_agent(pred)
        if unshared is not None:  # "was captured by ISIS and accused of spying"
            return unshared
        found = self.clause_source(pred.clause, speaker)
        if found is not None and not found.hits and pred.via == "held under":
            own = self._noun_source(pred, pred.head, speaker)  # "was added to the UN list"
            return own if own.hits else found
        if found is not None:
            return found
        if pred.head != pred.clause:
            return self._noun_source(pred, pred.head, speaker)
        return Found([], "no subject")

    def _gerund_doer(self, verb: Token, speaker: list[ActorHit] | None) -> Found:
        """ "Shelling from government forces hit the town", "came under shelling from Turkish
        troops": the "from" phrase of a subjectless gerund of force names its doer."""
        pobj = _gerund_from(verb)
        found = self.expand(pobj, speaker) if pobj is not None else Found([], "")
        if not found.hits or all(h.thing or h.locative for h in found.hits):
            return Found([], "")  # "shelling from the hills", "from Turkish territory"
        return Found(found.hits, _join(f"'from' phrase of '{verb.text}'", found.how))

    def _unshared_agent(self, pred: Predicate) -> Found | None:
        """A subjectless passive conjunct after a passive with its own "by" agent: the agent
        belongs to the first act, and is the second's only when both are acts of one kind
        ("was captured by ISIS and accused of spying": ISIS accuses nobody; "was arrested by
        police and detained", "was attacked by militants and killed": the same hands)."""
        verb, first = pred.clause, pred.clause.head
        if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or not is_passive(first):
            return None  # a participle the parser took for a past tense too ("criticised")
        if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in verb.children):
            return None
        if not any(c.dep_ == "agent" for c in first.children):
            return None
        kinds = self.verb_types.get(first.lemma_.lower(), frozenset())
        if any(_one_kind(kind, pred.entry.type) for kind in kinds):
            return None
        named = "/".join(sorted(kinds)) or "no act of the lexicon"
        how = f"the 'by' agent of '{first.text}' ({named}) is not this act's"
        return Found([], f"passive without agent; {how}")

    def clause_source(self, verb: Token, speaker: list[ActorHit] | None) -> Found | None:
        """Who acts in the clause of ``verb``: its subject, the "by" agent of a passive, the
        controller of an infinitive or gerund ("agreed to share", "remains committed to
        working with"), the noun a clause modifies or that noun's holder; None when the
        parse gives nobody."""
        start = verb
        for _ in range(6):
            beside = listed_with(verb)
            if beside is not None:  # "has flown 870 missions, conducted 265 raids", "urged
                verb = beside  # X to lift the blockade, allow aid and release ...": listed
                continue  # with that verb, done by its doer
            if verb.dep_ in ("xcomp", "advcl") and _sent_passive(verb.head):
                sent = next(c for c in verb.head.children if c.dep_ == "nsubjpass")
                found = self.expand(sent, speaker)  # "Russian jets were deployed to strike"
                if found.hits:
                    return Found(found.hits, _join(f"subject sent ('{verb.head.text}')", found.how))
            if is_passive(verb) and _subject_acts(verb):
                subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
                if subject is not None:  # "Serb forces were engaged in ethnic cleansing"
                    found = self.expand(subject, speaker)
                    return Found(found.hits, _join(f"subject of '{verb.text}'", found.how))
            if is_passive(verb) or _own_agent(verb):  # "criticised by X and praised by Y"
                return self._agent(verb, speaker)
            subjects = [
                c for c in verb.children if c.dep_ in ("nsubj", "csubj") and not _fronted_place(c)
            ]
            if subjects and _listed_purpose(verb):  # "working with X, Y and our partners
                verb = verb.head  # to support ...": the partners end the list; the workers
                continue  # support
            hands = self._hands_of(verb, speaker)
            if hands.hits:  # "civilians killed at the hands of X", parsed as active
                return hands
            if subjects:
                found = self.expand(subjects[0], speaker)
                if subjects[0].conjuncts:  # "X, Y and Z launched": X may hang loose
                    for item in _listed_before(subjects[0]):
                        listed = self.actors_at(item, speaker).hits
                        found = Found([*listed, *found.hits], found.how)
                how = "subject" if verb == start else f"subject of '{verb.text}'"
                act = self._relative_act(verb, subjects[0])
                if act is not None and all(h.thing or h.locative for h in found.hits):
                    # "attacks in the area of X which killed 28", "attacks on Y towns, which
                    # killed ...": the act, not the place or thing the clause hangs on
                    found = self._through_act(act, speaker, "the act")
                elif not found.hits:  # "strikes by the coalition killed 20"
                    found = self._through_act(series_item(subjects[0]), speaker, "the act")
                    if not found.hits and _owned_operation(subjects[0]):
                        # "an operation of X and Y killed 20": no series, the operation's own
                        found = self._through_act(subjects[0], speaker, "the act")
                    if not found.hits and _gerund_act_by(subjects[0]):
                        # "Shelling by the army and militias killed five": the parser made
                        # the act a clause with a "by" agent; its doers do what it did
                        doers = [
                            h for g in _gerund_act_by(subjects[0])
                            for h in self.expand(g, speaker).hits
                        ]  # fmt: skip
                        act_how = f"the act '{subjects[0].text}' ('by' phrase)"
                        found = Found(doers, act_how) if doers else found
                return Found(found.hits, _join(how, found.how))
            pressed = _pressed_party(verb)
            if pressed is not None:  # "put pressure on the regime to end the sieges and
                found = self.expand(pressed[1], speaker)  # allow aid": the regime ends them
                if found.hits:
                    how = f"the party pressed ('{pressed[0].text} {pressed[1].head.text}')"
                    return Found(found.hits, _join(how, found.how))
            if verb.dep_ == "xcomp":
                controller = next((c for c in verb.head.children if c.dep_ == "dobj"), None)
                if controller is not None and _sent_means(verb.head, self.hits.get(controller.i)):
                    verb = verb.head  # "Russia sent warplanes to bomb": Russia bombs
                    continue
                if controller is not None and self.hits.get(controller.i):
                    return Found(self.hits[controller.i], f"object of '{verb.head.text}' (control)")
                raised = self._raised_subject(verb.head, speaker)
                if raised is not None:
                    return raised
                verb = verb.head
                continue
            undertaking = _undertaking_before(verb)
            if undertaking is not None and (
                self._is_act(undertaking) or undertaking.lemma_.lower() in EVENT_HEADS
            ):
                own = self.own_actor(undertaking, speaker)  # "helped Iraqi forces in their
                if own.hits:  # campaign to defeat ISIL": the campaign's own actor
                    return Found(own.hits, _join(f"actor of '{undertaking.text}'", own.how))
            if verb.dep_ == "acomp" or (
                verb.dep_ in ("conj", "advcl", "pcomp") and verb.head.pos_ in ("VERB", "AUX")
            ):
                verb = verb.head
                continue
            if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
                governed = self._gerund_controller(verb.head, speaker)
                if isinstance(governed, Found):
                    return governed
                if governed is None:
                    return None
                verb = governed
                continue
            if verb.pos_ == "ADJ" and verb.dep_ == "amod":  # "a country committed to ..."
                found = self.expand(verb.head, speaker)
                return Found(found.hits, _join("noun the adjective modifies", found.how))
            purposed = in_order_to(verb)
            if purposed is not None:  # "shelled the town in order to force ...": the shelling's
                verb = purposed
                continue
            if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
                return self._modified_noun(verb, speaker)
            break
        return None

    def _raised_subject(self, passive: Token, speaker: list[ActorHit] | None) -> Found | None:
        """The subject of a passive verb whose infinitive it does: "Israel is thought to have
        bombed", "the rebels are reported to have killed", "troops were sent to fight" (not
        its "by" agent, who thinks, reports or sends); None when the subject names no actor,
        or only a thing beside a "by" agent ("Russian arms were used by ISIS to attack")."""
        if not is_passive(passive) or _subject_acts(passive):
            return None
        if passive.lemma_.lower() in INSTRUMENT_PASSIVES:  # "it is used to train": a means
            return None
        subject = next((c for c in passive.children if c.dep_ == "nsubjpass"), None)
        if subject is None:
            return None
        found = self.expand(subject, speaker)
        agent = any(c.dep_ == "agent" for c in passive.children)
        if not found.hits or (agent and all(h.thing for h in found.hits)):
            return None
        return Found(found.hits, _join(f"subject of '{passive.text}' (raised)", found.how))

    def _agent(self, verb: Token, speaker: list[ActorHit] | None) -> Found:
        hands = self._hands_of(verb, speaker)
        if hands.hits:
            return hands
        for child in (*verb.children, *_shared_agents(verb)):
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self.expand(pobj, speaker)
                        if not found.hits:  # "killed by a US drone strike"
                            found = self._through_act(pobj, speaker, "by the act")
                        return Found(found.hits, _join("passive agent 'by'", found.how))
        for child in verb.children:  # "was killed in a raid by US special forces"
            if child.dep_ == "prep" and child.lower_ in ("in", "during"):
                for pobj in child.children:
                    found = self._through_act(pobj, speaker, f"'{child.text}' the act")
                    if pobj.dep_ == "pobj" and found.hits:
                        return found
        return Found([], "passive without agent")

    def _hands_of(self, verb: Token, speaker: list[ActorHit] | None) -> Found:
        """ "were killed at the hands of X", "died by the hands of X": X acts."""
        for prep in verb.children:
            if prep.dep_ not in ("prep", "agent") or prep.lower_ not in ("at", "by"):
                continue
            for hands in prep.children:
                if not _hands(hands):
                    continue
                for _, pobj in phrase_objects(hands, ("of",)):
                    found = self.expand(pobj, speaker)
                    if found.hits:
                        how = f"'{prep.text} the hands of'"
                        return Found(found.hits, _join(how, found.how))
        return Found([], "")

    def _gerund_controller(
        self, prep: Token, speaker: list[ActorHit] | None
    ) -> Token | Found | None:
        """Above a gerund in a prepositional phrase: the adjective or verb whose subject acts
        ("committed to working with", "responded by bombing"), the passive subject of a
        passive verb ("was arrested after attacking"), or the holder of a noun ("its
        commitment to working with")."""
        governor = prep.head
        if _agent_hung(prep):  # "was accused by the government of backing": the parser hung
            governor = governor.head.head  # "of backing" on the agent; the passive's subject
        if governor.pos_ in ("NOUN", "PROPN") and _object_hung(prep):
            # "accused Israeli forces of killing ...": the parser hung "of killing" on the
            # object; it is the object control of the verb, as when hung on the verb
            found = self.expand(governor, speaker)
            if found.hits:
                how = f"object of '{governor.head.text}' (control)"
                return Found(found.hits, _join(how, found.how))
        if governor.pos_ in ("NOUN", "PROPN"):
            found = self.holder(governor, speaker)
            return Found(found.hits, _join(f"holder of '{governor.text}'", found.how))
        if governor.pos_ not in ("ADJ", "VERB", "AUX"):
            return None
        obj = next((c for c in governor.children if c.dep_ == "dobj"), None)
        controls = _controlling(prep, governor)
        if obj is not None and controls:
            # "accused Russia of attacking", "commits Israel to allowing", "stopped X from"
            found = self.expand(obj, speaker)
            if not found.hits:
                return None  # controlled by an object that is no actor
            return Found(found.hits, _join(f"object of '{governor.text}' (control)", found.how))
        if governor.pos_ != "ADJ" and is_passive(governor):
            subject = next((c for c in governor.children if c.dep_ == "nsubjpass"), None)
            if subject is None:
                return Found([], "passive without agent")
            found = self.expand(subject, speaker)
            return Found(found.hits, _join(f"subject of '{governor.text}'", found.how))
        return governor

    def _modified_noun(self, clause: Token, speaker: list[ActorHit] | None) -> Found:
        """The clause modifies a noun: a participle's "by" agent ("sanctions imposed by the
        EU"), the noun itself ("the rebels who attacked"), or the noun's holder ("its plan
        to deploy", "issued a declaration demanding")."""
        noun = clause.head
        if clause.dep_ == "acl" and clause.tag_ == "VBN":
            agent = self._agent(clause, speaker)
            if agent.hits or any(c.dep_ == "agent" for c in clause.children):
                return agent  # "troops, assisted by air strikes": never the troops' act
        found = self.expand(noun, speaker)
        owned = bool(found.hits) and all(h.thing for h in found.hits)
        if (not found.hits or owned) and clause.dep_ == "acl" and _held_clause(clause):
            # "Japan's decision to impose", "Indonesia's refusal to extradite": the holder of
            # the decision acts, not the decision (a thing of an actor's)
            held = self.holder(noun, speaker)
            if not held.hits and owned:  # the name is written on the noun's own mention
                held = Found([o for h in found.hits if (o := _owner_of_thing(h, noun))], "owner")
            if held.hits:
                return Found(held.hits, _join(f"holder of '{noun.text}'", held.how))
        if not found.hits:  # "attacks which killed 28", claimed by Daesh
            found = self._through_act(series_item(noun), speaker, "the act")
        return Found(found.hits, _join("noun the clause modifies", found.how))

    def held_people(self, noun: Token, speaker: list[ActorHit] | None) -> Found | None:
        """The people a vehicle or building acted on holds: "a boat carrying Eritrean
        migrants", "a hospital treating Yemeni civilians", "a bus full of Israeli tourists"."""
        for child in noun.children:
            words: list[Token] = []
            if child.dep_ == "acl" and child.tag_ == "VBG":
                if child.lemma_.lower() in CARRYING_VERBS:
                    words = [g for g in child.children if g.dep_ == "dobj"]
            elif child.dep_ in ("amod", "acl") and child.lower_ in FULL_WORDS:
                preps = [
                    p for p in child.children if p.dep_ == "prep" and p.lower_ in ("of", "with")
                ]
                words = [g for p in preps for g in p.children if g.dep_ == "pobj"]
            for word in words:
                found = self.expand(word, speaker)
                if found.hits and not all(h.thing or h.locative for h in found.hits):
                    return Found(
                        found.hits, _join(f"held in '{noun.text}' ('{child.text}')", found.how)
                    )
        return None

    def holder(self, noun: Token, speaker: list[ActorHit] | None) -> Found:
        """Who holds a noun that names no actor: its owner ("its plan", "the willingness of
        Turkey") or whoever makes or announces it ("issued a declaration")."""
        for child in noun.children:
            if child.dep_ == "poss":
                found = self.expand(child, speaker)
                if found.hits:
                    return Found(found.hits, _join("owner", found.how))
        for child in noun.children:
            if child.dep_ in ("prep", "agent") and child.lower_ in ("of", "by"):
                for pobj in child.children:
                    found = self.expand(pobj, speaker) if pobj.dep_ == "pobj" else Found([], "")
                    if found.hits:
                        return Found(found.hits, _join(f"'{child.text}' phrase", found.how))
        return self._author(noun, speaker)

    def _author(self, noun: Token, speaker: list[ActorHit] | None) -> Found:
        """The subject of the verb that makes, announces or holds ``noun`` ("Iran issued a
        declaration", "launched a campaign of denunciations")."""
        token = noun
        prep = token.head  # "claimed responsibility for the attack"
        if (
            token.dep_ == "pobj"
            and prep.lower_ == "for"
            and prep.head.lower_ in ("responsibility", "credit")
        ):
            token = prep.head
        for _ in range(2):  # "a campaign of denunciations": the campaign's verb
            prep = token.head
            if not (token.dep_ == "pobj" and prep.lower_ == "of"):
                break
            if prep.head.lemma_.lower() not in SERIES_HEADS | ONSET_NOUNS:
                break
            token = prep.head
        verb = token.head
        if token.dep_ not in ("dobj", "nsubjpass") or verb.pos_ not in ("VERB", "AUX"):
            return Found([], "")
        if verb.lemma_.lower() not in self.authoring:
            return Found([], "")
        if any(c.dep_ == "neg" for c in verb.children):  # "did not claim any attacks"
            return Found([], "")
        found = self.clause_source(verb, speaker)
        if found is None or not found.hits:
            return Found([], "")
        return Found(found.hits, _join(f"who {verb.text} '{token.text}'", found.how))

    def _noun_source(self, pred: Predicate, noun: Token, speaker: list[ActorHit] | None) -> Found:
        found = self.act_actor(noun, speaker)
        if not found.hits and pred.entry.type in MANNER_TYPES:
            found = self._manner_source(noun, speaker)
        user = force_used_with(noun) if pred.entry.type == "ASSAULT" else None
        if not found.hits and user is not None:  # "supports Iraqi forces with air strikes"
            used = self.clause_source(user, speaker)
            if used is not None and used.hits:
                return Found(used.hits, _join(f"who '{user.text} with' it", used.how))
        if not found.hits and (parties := headline_parties(noun)):
            hits: list[ActorHit] = []  # "Iran, EU in fresh nuclear talks"
            for party in parties:
                hits += [h for h in self.expand(party, speaker).hits if h not in hits]
            if hits:
                return Found(hits, "the headline's names before 'in talks'")
        return found if found.hits else Found([], "no actor on the noun")

    def act_actor(self, noun: Token, speaker: list[ActorHit] | None) -> Found:
        """Who does the act a noun names: its modifier ("Russian airstrikes", "US-Iraqi
        talks"), possessive, compound, "by" / "from" phrase, or the subject of the verb that
        launches, announces or claims it."""
        own = self.own_actor(noun, speaker)
        if own.hits:
            return own
        claimed = self._claimed_by(noun, speaker)
        return claimed if claimed.hits else self._author(noun, speaker)

    def own_actor(self, noun: Token, speaker: list[ActorHit] | None) -> Found:
        """The actor a noun names on itself: its modifier, possessive, compound, "by" / "from"
        phrase or participle's agent."""
        if self.hits.get(noun.i):  # "Russian airstrikes", "US sanctions", "US-Iraqi talks"
            hits = self.hits[noun.i] + self.hyphen_partners(noun)
            return Found(hits, "modifier of the noun")
        for child in noun.children:
            if child.dep_ == "poss" and not _patient_possessor(noun):
                found = self.expand(child, speaker)
                if found.hits:
                    return Found(found.hits, _join("possessive", found.how))
            compound = child.dep_ == "compound" and self.hits.get(child.i)
            if compound and not self._city_acted_on(noun, child):  # not "the Mosul offensive"
                return Found(self.hits[child.i], "compound")
            if child.dep_ == "prep" and child.lower_ in ("by", "from"):
                if child.lower_ == "from" and noun.lemma_.lower() in FREED_FROM_NOUNS:
                    continue  # "liberation from the militants": who held it, not who freed it
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        found = self.expand(pobj, speaker)
                        if found.hits:
                            return Found(found.hits, f"'{child.text}' phrase")
            if child.dep_ == "prep" and child.lower_ == "of" and _owned_operation(noun):
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    found = self.expand(pobj, speaker)  # "a joint operation of X and Y"
                    if found.hits and not all(h.thing or h.locative for h in found.hits):
                        return Found(
                            found.hits, _join("'of' phrase (the operation's own)", found.how)
                        )
            if child.dep_ == "acl" and child.tag_ == "VBN" and _by_agent(child, noun):
                agent = self._agent(child, speaker)  # "the aid sent to Kyiv by Germany"
                if agent.hits:
                    return Found(agent.hits, _join(f"'{noun.text} {child.text}'", agent.how))
        return Found([], "")

    def _city_acted_on(self, noun: Token, name: Token) -> ActorHit | None:
        """ "the Mosul offensive", "the Aleppo siege": a city named on an attack noun is the
        place attacked, not the attacker (a state or its capital still acts: "the Russian
        offensive", "the Moscow talks")."""
        if noun.lemma_.lower() not in self.act_nouns or noun.pos_ != "NOUN":
            return None
        hits = self.hits.get(name.i, [])
        places = [_place_hit(noun.doc, h) for h in hits]
        return places[0] if places and all(places) else None

    def _claimed_by(self, noun: Token, speaker: list[ActorHit] | None) -> Found:
        """ "the attack on the market, for which X claimed responsibility", "the bombing, which
        X has claimed": who claims the act in a relative clause on it or on its phrases."""
        for clause in noun.subtree:
            if clause.dep_ != "relcl" or clause.lemma_.lower() not in CLAIM_VERBS:
                continue
            if any(c.dep_ == "neg" for c in clause.children):
                continue
            objects = [c.lower_ for c in clause.children if c.dep_ == "dobj"]
            if not ("responsibility" in objects or "which" in objects or "that" in objects):
                continue
            if self.relative_act(clause) != noun:
                continue
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            found = self.expand(subject, speaker) if subject is not None else Found([], "")
            if found.hits:
                return Found(found.hits, _join(f"who {clause.text} it", found.how))
        return Found([], "")

    def _is_act(self, noun: Token) -> bool:
        """Whether a noun names an act of the lexicon ("strikes", "a raid", "the attack"); a
        plural the tagger took for a verb in a noun's place counts ("a series of airstrikes")."""
        nominal = noun.pos_ == "NOUN" or (
            noun.tag_ in ("NNS", "VBZ") and noun.dep_ in ("pobj", "nsubj", "dobj", "nsubjpass")
        )
        return nominal and (
            noun.lemma_.lower() in self.act_nouns
            or noun.lower_ in self.act_nouns
            or noun_key(noun) in self.act_nouns
        )

    def relative_act(self, verb: Token) -> Token | None:
        """The act a relative clause tells more of, when the parser hung it on a noun in the
        act's own phrases ("attacks in the area of the market which killed 28", "attacks on
        the towns, which killed ..."); the clause's own noun when that is the act."""
        noun = verb.head
        for _ in range(5):
            if self._is_act(noun):
                return noun
            if noun.dep_ == "conj":
                noun = noun.head
                continue
            prep = noun.head
            if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head == prep:
                return None
            noun = series_item(prep.head) if prep.head.lemma_.lower() in SERIES_HEADS else prep.head
        return None

    def _relative_act(self, verb: Token, subject: Token) -> Token | None:
        """The act a "which" or "that" subject of a relative clause stands for (not "who")."""
        if verb.dep_ != "relcl" or subject.lower_ not in ("which", "that"):
            return None
        return self.relative_act(verb)

    def _through_act(self, noun: Token, speaker: list[ActorHit] | None, how: str) -> Found:
        """The actor of an act named where an actor was expected: "airstrikes by the
        coalition killed 20", "a series of U.S. strikes killed", "attacks which killed 28"
        (claimed by Daesh), "was killed in a raid by US special forces"."""
        if not self._is_act(noun) and not _owned_operation(noun):
            return Found([], "")
        found = self.act_actor(noun, speaker)
        return Found(found.hits, _join(f"{how} '{noun.text}'", found.how)) if found.hits else found

    def _manner_source(self, noun: Token, speaker: list[ActorHit] | None) -> Found:
        """ "remained steadfast in support of X", "marched in protest against Y": a bare
        noun in an "in" phrase is the act of its clause's subject."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
            return Found([], "")
        if any(c.dep_ == "det" for c in noun.children):
            return Found([], "")
        governor = prep.head
        if governor.pos_ not in ("ADJ", "VERB", "AUX") or is_passive(governor):
            return Found([], "")
        objects = [
            g for c in noun.children if c.dep_ == "prep" and c.lower_ in NOUN_TARGET_PREPS
            for g in c.children
        ]  # fmt: skip
        objects = [g for g in objects if g.dep_ == "pobj" and not named_operation(g)]
        if not any(self.expand(g).hits or self.owner(g).hits for g in objects):
            return Found([], "")  # "in support of maritime operations": no one is supported
        found = self.clause_source(governor, speaker)
        if found is None or not found.hits:
            return Found([], "")
        return Found(
            found.hits, _join(f"'{prep.text} {noun.text}' of '{governor.text}'", found.how)
        )

    def hyphen_partners(self, noun: Token) -> list[ActorHit]:
        """The other state of a hyphenated pair before the noun ("US-Iraqi talks", "the
        American-Russian intelligence collaboration")."""
        doc = noun.doc
        own = {h.actor.key for h in self.hits.get(noun.i, [])}
        partners: list[ActorHit] = []
        for i in range(noun.left_edge.i, noun.i - 1):
            dash = doc[i + 1]
            if dash.text not in ("-", "–") or doc[i].whitespace_ or dash.whitespace_:
                continue
            for hit in self.hits.get(i, []):
                if hit.actor.country and hit.actor.key not in own:
                    partners.append(hit)
                    own.add(hit.actor.key)
        return partners

    def _giver(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """ "received weapons from Iran", "got aid from the EU": who gives (a converse verb)."""
        holders = [pred.clause, *(w for w in pred.words if w != pred.clause)]
        # "received a shipment of weapons from Britain": the phrase on the counted noun
        holders += [w.head.head for w in pred.words if w.dep_ == "pobj" and w.head.lower_ == "of"]
        for holder in holders:
            for child in holder.children:
                if child.dep_ in ("prep", "agent") and child.lower_ in ("from", "by"):
                    for pobj in child.children:
                        found = self.expand(pobj, speaker) if pobj.dep_ == "pobj" else None
                        if found is not None and found.hits:
                            return Found(
                                found.hits, _join(f"giver ('{child.text}' phrase)", found.how)
                            )
        return Found([], "no giver named")

    # -- target ------------------------------------------------------------------------------

    def target(self, pred: Predicate, speaker: list[ActorHit] | None) -> tuple[Found, bool]:
        """Targets, and whether they came from "between X and Y" (reciprocal)."""
        if pred.entry.converse:  # "Rebels received weapons from Iran": the receiver
            found = self.clause_source(pred.clause, speaker) if pred.via != "noun" else None
            found = found or Found([], "")
            return Found(found.hits, _join("receiver", found.how)), False
        thanks = thanked_for(pred.head) if pred.via == "noun" else None
        if thanks is not None:  # "Kenya is grateful for the assistance provided by Britain"
            return self._thanking(thanks, speaker), False
        if pred.via == "noun" and _with_help(pred.head):  # who is helped: the clause's actor
            verb = pred.head.head.head
            found = self.clause_source(verb, speaker) if verb.pos_ in ("VERB", "AUX") else None
            found = found or Found([], "")
            return Found(
                found.hits, _join(f"who acts with the '{pred.head.text}'", found.how)
            ), False
        between = self._between(pred)
        if between.hits:
            return between, True
        talks = self._talks_partner(pred, speaker)
        if talks.hits:  # "flew to Cairo for talks with Hamas": Hamas, not the city
            return talks, False
        parties = self._hosted_parties(pred)
        if parties.hits:  # "Egypt convened talks between Israel and Hamas": each party
            return parties, False
        for step in (
            self._possessor_target,
            self._passive_target, self._direct_target, self._news_target, self._left_target,
            self._complement_target,
            self._demanded_target, self._purpose_target, self._undergoing_target,
            self._answered_target, self._dependent_target, self._deeper_target,
        ):  # fmt: skip
            found = _without_machines(step(pred, speaker), pred.head.doc)
            if found.hits and _venue(pred, found):  # "returned to Geneva for talks": where
                return Found([], f"{found.how}: where the talks are held, not a partner"), False
            if found.hits and step == self._direct_target:
                named = self._group_the_act_is_against(pred, found, speaker)
                found = named if named.hits else found
            if found.hits:
                return self._as_places(pred, found), False
        return self._place_target(pred), False

    def _possessor_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """ "condemned Navalny's arrest", "celebrated Mosul's liberation": the possessor of an
        act it undergoes (PATIENT_POSSESSOR_NOUNS, no "of" phrase) is the target."""
        if pred.via != "noun" or not _patient_possessor(pred.head):
            return Found([], "")
        for child in (c for c in pred.head.children if c.dep_ == "poss"):
            found = self.expand(child, speaker)
            if found.hits:
                return Found(found.hits, _join("possessive: who undergoes it", found.how))
        return Found([], "")

    def _group_the_act_is_against(
        self, pred: Predicate, found: Found, speaker: list[ActorHit] | None
    ) -> Found:
        """ "A series of U.S. airstrikes against al-Qaida operatives killed 20 militants":
        fighters named by no one, struck by an act in the subject aimed at a named armed
        group, are that group's; the group is the target."""
        if pred.entry.type not in HARM_TYPES or pred.via == "noun":
            return Found([], "")
        if not found.how.startswith("object") or not all(_unnamed_fighters(h) for h in found.hits):
            return Found([], "")
        for subject in (c for c in pred.clause.children if c.dep_ == "nsubj"):
            act = series_item(subject)
            if not self._is_act(act) or not self._hostile(act):
                continue
            for prep, pobj in phrase_objects(act, ("against", "on")):
                hits = [h for h in self.expand(pobj, speaker).hits if _named_group(h)]
                if hits:
                    how = f"'{prep.text}' phrase of the act '{act.text}' in the subject"
                    how = f"{how} ('{found.hits[0].actor.text}' are its)"
                    return Found(hits, how, (ActPhrase(act.text, in_subject=True),))
        return Found([], "")

    def _hosted_parties(self, pred: Predicate) -> Found:
        """The parties of the talks a go-between hosts, mediates or convenes, named in the
        talks' "between" / "among" phrase ("hosted talks between Sudan and South Sudan",
        "talks between X and Y were mediated by Qatar", "convened a round of talks between
        X and Y"): the go-between consults each of them."""
        verb = pred.clause
        if pred.via == "noun" or pred.entry.type != "CONSULT":
            return Found([], "")
        if verb.lemma_.lower() not in GO_BETWEEN_VERBS:
            return Found([], "")
        if verb.dep_ == "acl" and verb.tag_ == "VBN":  # "a ceasefire brokered by Egypt"
            return self._brokered_parties(verb)
        for held in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
            talks = _counted_act(held)
            if talks.lemma_.lower() not in HELD_TALKS:
                continue
            phrases = (pair for t in (held, talks) for pair in phrase_objects(t, BETWEEN_PREPS))
            for prep, pobj in phrases:
                if any(_own_party(p) for p in (pobj, *pobj.conjuncts)):
                    return Found([], "")  # "between its foreign minister and X": a party
                found = self.expand(pobj)
                if len(found.hits) >= 2:
                    how = f"the parties of the '{talks.text}' ('{prep.text}' phrase)"
                    return Found(found.hits, _join(how, found.how))
        return Found([], "")

    def sponsor(self, pred: Predicate) -> Found:
        """Under whose auspices talks are held ("held talks in Astana under the auspices of
        the United Nations"): the "of" phrase of "auspices" in an "under" phrase on the
        trigger, its clause or its object."""
        holders = [pred.clause, pred.head, *pred.words]
        holders += [c for c in pred.clause.children if c.dep_ == "dobj"]
        for holder in dict.fromkeys(holders):
            for prep in (c for c in holder.children if c.dep_ == "prep" and c.lower_ == "under"):
                for noun in (c for c in prep.children if c.lower_ == "auspices"):
                    for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
                        for pobj in (c for c in of.children if c.dep_ == "pobj"):
                            found = self.expand(pobj)
                            if found.hits:
                                return Found(found.hits, "'under the auspices of' phrase")
        return Found([], "")

    def _brokered_parties(self, verb: Token) -> Found:
        """The parties of a thing a go-between's participle is on: its "between" phrase
        ("talks between Israel and Hamas, mediated by Egypt"), else two or more subjects of
        the verb it is the object of ("Israel and Hamas agreed to a ceasefire brokered by
        Egypt")."""
        noun = verb.head
        for prep, pobj in phrase_objects(noun, BETWEEN_PREPS):
            found = self.expand(pobj)
            if len(found.hits) >= 2:
                how = f"the parties of the '{noun.text}' ('{prep.text}' phrase)"
                return Found(found.hits, _join(how, found.how))
        governor = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ not in ("pobj", "dobj") or governor.pos_ not in ("VERB", "AUX"):
            return Found([], "")
        if governor.lemma_.lower() not in PARTY_VERBS:
            return Found([], "")  # "France and Germany welcomed the deal": onlookers
        subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
        found = self.expand(subject) if subject is not None else Found([], "")
        if len(found.hits) < 2:
            return Found([], "")
        how = f"the parties that '{governor.text}' the '{noun.text}'"
        return Found(found.hits, _join(how, found.how))

    def _talks_partner(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """The partner the talks a journey is for name ("flew to Cairo for talks with
        Hamas", "returned to Geneva for a new round of negotiations with Iran"): the one
        consulted, not the place gone to."""
        if pred.entry.type != "CONSULT" or pred.via == "noun":
            return Found([], "")
        talks = [pred.head] if pred.via == "purpose" else []
        talks += [pobj for _, pobj in phrase_objects(pred.clause, ("for",))]
        talks = [_counted_act(t) for t in talks]
        for noun in (t for t in talks if t.lemma_.lower() in MEETING_NOUNS):
            for prep, pobj in phrase_objects(noun, PARTNER_PREPS):
                found = self.expand(pobj, speaker)
                if found.hits:
                    how = f"partner of the '{noun.text}' ('{prep.text}' phrase)"
                    return Found(found.hits, _join(how, found.how))
        return Found([], "")

    def _deeper_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """An attack's "against" phrase hung lower in its clause ("conducted 15 strikes using
        fighter aircraft against ISIL targets"), or on the verb a noun attack is the subject
        of ("four airstrikes delivered 24 munitions against ISIL targets"); not inside
        another clause."""
        if pred.entry.type not in HARM_TYPES:
            return Found([], "")
        top = pred.clause
        if pred.via == "noun":
            if top.dep_ != "nsubj" or top.head.pos_ not in ("VERB", "AUX"):
                return Found([], "")  # its own phrases were read already
            top = top.head
        for token in _clause_tokens(top):
            if token.dep_ != "prep" or token.lower_ != "against":
                continue
            for pobj in (c for c in token.children if c.dep_ == "pobj"):
                found = self.expand(pobj, speaker)
                if not found.hits:
                    found = self.held_by(pobj)
                if found.hits:
                    return Found(
                        found.hits, _join(f"'against' phrase of '{token.head.text}'", found.how)
                    )
        return Found([], "")

    def held_by(self, token: Token) -> Found:
        """The actor in a thing's modifiers, for a thing attacked: "ISIL positions", "an
        ISIL-held building", "Daesh-controlled villages"."""
        for child in token.children:
            names = [child] if child.dep_ in ("compound", "nmod") else []
            if child.dep_ == "amod":  # "ISIL-held": the name on the participle
                names = [g for g in child.children if g.dep_ in ("npadvmod", "compound")]
            for name in names:
                hits = [h for h in self.hits.get(name.i, []) if not h.locative]
                if hits:
                    return Found(hits, f"held by '{name.text}'")
        return Found([], "")

    def _as_places(self, pred: Predicate, found: Found) -> Found:
        """Targets of an attack that are places, not actors ("shelled Aleppo"): the place,
        with its country."""
        if pred.entry.type not in PLACE_TARGET_TYPES:
            return found
        doc = pred.head.doc
        warlike = _warlike(pred)
        places = [
            _place_hit(doc, hit, warlike)
            or _named_settlement_of(doc, hit)
            or _city_of_state(doc, hit)
            or (_place_from_token(doc, doc[hit.anchor], [hit]) if warlike and hit.metonym else None)
            for hit in found.hits
        ]  # "a raid on Sanaa": the city, not the government it seats
        if not any(places):
            return found
        hits = [place or hit for place, hit in zip(places, found.hits, strict=True)]
        cities = {p.anchor for p in places if p is not None}
        kept: list[ActorHit] = []  # "Raqqah, Syria": one place, the city
        for hit in hits:
            is_place = any(hit is p for p in places)
            if (is_place or hit.anchor not in cities) and all(k.anchor != hit.anchor for k in kept):
                kept.append(hit)
        return found.revised(kept, _join(found.how, "a place as target"))

    def _place_target(self, pred: Predicate) -> Found:
        """A place the act is done to when no actor is named ("jets bombed Idlib"): the
        object, passive subject, or an "on" / "against" / "at" phrase, as a city the
        gazetteer knows."""
        if pred.entry.type not in PLACE_TARGET_TYPES:
            return Found([], "")
        doc = pred.head.doc
        if pred.via == "noun":
            for child in (c for c in pred.head.children if c.dep_ == "compound"):
                city = self._city_acted_on(pred.head, child)
                if city is not None:  # "the Mosul offensive"
                    return Found([city], "the place acted on (a place as target, named on the act)")
        nouns = [w for w in pred.words if w.pos_ == "NOUN"]  # "laid siege to", "its siege of"
        for holder in dict.fromkeys((pred.clause, pred.head, *nouns)):
            preps = ("on", "against", "at", "upon", *(("of", "to") if holder in nouns else ()))
            for child in holder.children:
                tokens = [child] if child.dep_ in ("dobj", "nsubjpass") else []
                if child.dep_ == "npadvmod" and child.i == holder.i + 1:
                    tokens = [child]  # "shelled Aleppo on Tuesday" parsed as an adverb
                phrase = child.dep_ == "prep" and child.lower_ in preps
                if phrase:  # "an assault on Afrin", "the siege of Daraya": a place's phrase
                    tokens = [c for c in child.children if c.dep_ == "pobj"]
                for token in tokens:
                    named = _settlement_named(token)  # "the town of Daraya": a town
                    token = named or token
                    hits = self.hits.get(token.i, [])
                    if token.pos_ != "PROPN" or (hits and not _warlike(pred)):
                        continue
                    if any(not _mistagged_name(doc, h) for h in hits):
                        continue
                    town = named is not None or (phrase and not hits)
                    place = _place_from_token(doc, token, hits, town, spelled=town)
                    if place is not None:
                        return Found([place], "the place acted on (a place as target)")
        return Found([], "")

    def _answered_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """ "staged a hunger strike in protest against violations by the security forces",
        "expelled diplomats in retaliation for Russia's expulsions": whom the act answers."""
        for holder in dict.fromkeys((pred.clause, pred.head, *pred.words)):
            for child in holder.children:
                if child.dep_ != "prep" or child.lower_ != "in":
                    continue
                for noun in child.children:
                    if noun.dep_ != "pobj" or noun.lemma_.lower() not in ANSWER_NOUNS:
                        continue
                    found = self._prep_target(list(ANSWER_PREPS), [noun], speaker)
                    if found.hits:
                        return Found(found.hits, f"'in {noun.text}' {found.how}")
        return Found([], "")

    def _undergoing_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """ "Kurdish fighters came under attack from Turkish forces": the subject undergoes
        the act named in the "under" phrase."""
        verb = _governing_word(pred.head, "under", UNDERGOING_VERBS)
        if verb is None:
            return Found([], "")
        found = self.clause_source(verb, speaker)
        if found is None or not found.hits:
            return Found([], "")
        return Found(found.hits, _join(f"subject of '{verb.text} under'", found.how))

    def _passive_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        clause = pred.clause
        reduced = _reduced_passive(clause) or (
            pred.entry.type in PATIENT_TYPES and _patient_participle(clause)
        )  # "the fighters, backed by Iran", "97 civilians killed in the first week"
        if pred.via != "noun" and reduced:
            found = self.expand(clause.head, speaker)
            if found.hits and clause.head.dep_ == "nsubj":  # "X, Y and Z, assisted by W,
                listed = [h for t in _listed_before(clause.head) for h in self.expand(t).hits]
                found = Found(listed + found.hits, found.how)  # launched": X too
            if found.hits:
                return Found(found.hits, _join("noun the participle modifies", found.how))
            main = _helped_doer_clause(clause)
            if main is not None:  # "Kurdish fighters retook the village, aided by ...": the
                for subject in (c for c in main.children if c.dep_ == "nsubj"):  # fighters
                    found = self.expand(subject, speaker)
                    if found.hits:
                        how = f"subject of '{main.text}' (the help after the comma)"
                        return Found(found.hits, _join(how, found.how))
        if pred.via != "noun" and self._hands_of(clause, speaker).hits:
            for child in (c for c in clause.children if c.dep_ == "nsubj"):
                found = self.expand(child, speaker)  # "civilians killed at the hands of X"
                if found.hits:
                    return Found(
                        found.hits, _join("subject (acted on by 'the hands of')", found.how)
                    )
        if pred.via == "noun":
            return Found([], "")
        if pred.entry.type in HARM_TYPES and _small_clause_participle(clause):
            # "the fighting saw 120 soldiers killed": the soldiers were killed
            for child in (c for c in clause.children if c.dep_ == "nsubj"):
                found = self.expand(child, speaker)
                if found.hits:
                    return Found(found.hits, _join(f"acted on ('{clause.head.text}')", found.how))
        if pred.entry.type in HARM_TYPES:  # "..., with at least ten people killed"
            for child in _absolute_patients(clause):
                found = self.expand(child, speaker)
                if found.hits:
                    return Found(found.hits, _join("acted on (the 'with' phrase)", found.how))
        main = _participle_main_verb(clause)
        if main is not None and any(c.dep_ == "agent" for c in clause.children):
            for subject in (c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")):
                found = self.expand(subject, speaker)  # "Backed by X, the troops attacked",
                if found.hits:  # "After being captured by X, the militants were ..."
                    return Found(found.hits, _join(f"subject of '{main.text}'", found.how))
        passive = _passive_conjunct(pred.clause)
        if passive is None or _subject_acts(passive):  # the subject acts
            return Found([], "")
        for child in passive.children:
            if child.dep_ == "nsubjpass":
                found = self.expand(child, speaker)
                if pred.entry.type in HARM_TYPES and _stateless(found):
                    # "a hospital treating Yemeni civilians was bombed": who it holds
                    found = self.held_people(child, speaker) or found
                if not found.hits and pred.entry.type in HARM_TYPES:
                    found = self.owner(child, HELD_PREPS)  # "a camp for refugees was attacked"
                elif not found.hits:  # "the agreement signed by X and Y was welcomed",
                    found = self.owner(child, ("of", "by"))  # "the plan of X was rejected"
                    found = Found(found.hits, f"owner of the passive subject ({found.how})")
                if found.hits:
                    return Found(found.hits, _join("passive subject", found.how))
        return Found([], "")

    def _direct_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """The entry's own prepositions, then the object (or its owner), then the phrase of
        the act's own noun ("tightened the blockade of Serbia", "mounted its invasion of
        Lebanon"), then the usual prepositions ("with", "to", "against", ...), then the
        trigger's object as an actor or by its owner."""
        verb = pred.clause
        objects: list[Token] = []
        holders = _target_holders(pred)
        if pred.via != "noun":
            deps: tuple[str, ...] = ("dobj", "dative")
            if pred.entry.naming and object_predicate(verb) is not None:
                deps = ("dobj", "dative", "oprd")  # "called [Togo's leader] a dictator"
            objects = [c for c in verb.children if c.dep_ in deps and c not in pred.words]
            objects += _counted_objects(verb)
        preps = list(pred.entry.target)
        if preps and self.is_joint(pred):  # "fought together with X": X is a partner
            preps = [p for p in preps if p not in PARTNER_PREPS]
        found = self._prep_target(preps, holders, speaker)
        if found.hits:
            return found
        owners = _owner_preps(pred.entry.type)
        if pred.entry.naming:  # "called the strikes on Kharkiv legitimate", "called the
            # sanctions on Iran illegal": who is struck is neither praised nor blamed
            owners = tuple(p for p in owners if p not in ("on", "against"))
        for obj in objects:
            found = self.expand(obj, speaker)
            if pred.entry.type in HARM_TYPES and _stateless(found):
                found = self.held_people(obj, speaker) or found  # "bombed a hospital treating"
            if not found.hits:
                found = self.owner(obj, owners)
            if not found.hits and pred.entry.type in HARM_TYPES:
                found = self.held_by(obj)  # "destroyed an ISIL-held building"
            if not found.hits and pred.entry.type in COMPLAINT_TYPES and self._is_act(obj):
                found = self._through_act(obj, speaker, "who did")  # "condemned the attack
                # for which X claimed responsibility"
            if found.hits:
                return Found(found.hits, _join("object", found.how))
        found = self._own_noun_target(pred, speaker)
        if found.hits:
            return found
        topics = [c for c in objects if c not in pred.words]
        talk = pred.entry.type == "CONSULT" and verb.lemma_.lower() in TOPIC_VERBS
        if talk and topics:  # "discussed support for the militias",
            # "to discuss aid to the rebels": the topic's phrases, wherever the parser hung
            # them; the partner is a "with" phrase, on the verb or on the topic ("discussed
            # the ceasefire with Lavrov")
            return self._prep_target(list(PARTNER_PREPS), holders, speaker)
        found = self._prep_target(_default_preps(pred, self.is_joint(pred)), holders, speaker)
        if found.hits or pred.via == "noun":
            return found
        # the trigger's own object when it names an actor ("expelled two Russian diplomats")
        # or has one as owner ("rejected North Korea's demand"); what help gives or forces
        # send is never the receiver ("providing an additional 125 soldiers", "will send 200
        # soldiers"), nor are the forces or arms a pledge offers ("committed 500 troops to the
        # mission", "offered 300 soldiers": AGREE 0334 / 0332)
        if pred.entry.type in ("AID", "MOBILIZE") or pred.entry.cameo in PLEDGED_FORCE_CAMEOS:
            return Found([], "")
        if verb.lemma_.lower() in MEANS_VERBS and not pred.entry.particle:  # "used force to
            # disperse": 'force' is the means ("used civilians as shields" acts on them)
            return Found([], "")
        for word in pred.words:
            if word.dep_ != "dobj" or word.head != verb:
                continue
            found = self.actors_at(word, speaker)
            if not found.hits and word.lemma_.lower() not in FEELING_NOUNS:  # "raised the
                found = self.owner(word, owners)  # concerns of X": who feels them, not at whom
            if not found.hits and pred.entry.type in DEPRIVING_TYPES:
                found = self._pronoun_owner(pred, word, speaker)  # "cut off its finances"
            if found.hits:
                return Found(found.hits, _join("object in the trigger", found.how))
        return Found([], "")

    def _giver_thanked(self, noun: Token, speaker: list[ActorHit] | None) -> Found:
        """Who gave the help that someone is grateful for: the help's own actor ("the support
        of its partners", "the assistance provided by Britain", "their support"), else whom
        the thanks go to ("grateful to our partners for", "thanked Germany for")."""
        found = self.act_actor(noun, speaker)
        if not found.hits:
            found = self._acl_agent(noun, speaker)
        if not found.hits:
            found = self._prep_target(["of"], [noun], speaker)
        if not found.hits:
            for child in noun.children:
                if child.dep_ == "poss" and child.pos_ == "PRON":
                    found = self.actors_at(child, speaker)
        if found.hits:
            return Found(found.hits, _join("who gave the help thanked for", found.how))
        thanks = thanked_for(noun)
        assert thanks is not None
        objects = [c for c in thanks.children if c.dep_ == "dobj"]
        found = self.expand(objects[0], speaker) if objects else Found([], "")
        if not found.hits:
            found = self._prep_target(["to"], [thanks], speaker)
        return Found(found.hits, _join(f"who is thanked ('{thanks.text}')", found.how))

    def _acl_agent(self, noun: Token, speaker: list[ActorHit] | None) -> Found:
        """ "the assistance provided by Britain": the "by" agent of a participle on the noun."""
        for child in noun.children:
            if child.dep_ == "acl" and child.tag_ == "VBN":
                found = self._agent(child, speaker)
                if found.hits:
                    return found
        return Found([], "")

    def _thanking(self, thanks: Token, speaker: list[ActorHit] | None) -> Found:
        """Who thanks for help, and so received it: the subject of "grateful", "thanked",
        or of the verb that expresses the gratitude ("expressed its gratitude for")."""
        if thanks.pos_ == "NOUN":
            found = self.act_actor(thanks, speaker)
        else:
            found = self.clause_source(thanks, speaker) or Found([], "")
        return Found(found.hits, _join(f"who is '{thanks.text}' for it", found.how))

    def _pronoun_owner(self, pred: Predicate, noun: Token, speaker: list[ActorHit] | None) -> Found:
        """Whom a third-person possessive on a thing taken or cut off stands for ("froze its
        assets", "severed their access to oil"): an earlier actor other than the one who
        takes it (no one cuts off their own finances)."""
        acting = self.clause_source(pred.clause, speaker)
        taker = {h.anchor for h in acting.hits} if acting is not None else set()
        for child in noun.children:
            if child.dep_ == "poss" and child.lower_ in THING_PRONOUNS | PLURAL_PRONOUNS:
                # barred, not hidden: the taker is still an actor where it is the subject
                found = antecedent(child, self.hits, barred=lambda hit: hit.anchor in taker)
                if found is not None:
                    how = _join(f"owner of '{noun.text}'", found[1])
                    return Found([found[0]], f"{how}, not its taker")
        return Found([], "")

    def _own_noun_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """The phrase of the noun that names the act, under its verb: "tightened the naval
        blockade of Serbia (with Albania's help)", "mounted its invasion of South Lebanon"."""
        if pred.via == "noun":
            return Found([], "")
        nouns = [w for w in pred.words if w != pred.clause and w.pos_ == "NOUN"]
        preps = [*(p for p in NOUN_TARGET_PREPS if p in OWN_NOUN_PREPS), "among"]
        if pred.entry.type in COOPERATIVE_TYPES:
            preps = [p for p in preps if p != "against"]
        if pred.entry.type in TOPIC_ON_TYPES:
            preps = [p for p in preps if p != "on"]
        found = self._prep_target(preps, nouns, speaker)
        doc = pred.head.doc
        if any(_place_hit(doc, h) for h in found.hits):  # "took control of Mellit from X"
            return Found([], "")
        return Found(found.hits, _join("the act's noun", found.how)) if found.hits else found

    def _prep_target(
        self, preps: list[str], holders: list[Token], speaker: list[ActorHit] | None
    ) -> Found:
        for prep in preps:
            for holder in holders:
                if prep == "of" and holder.lemma_.lower() in FEELING_NOUNS:
                    continue  # "raised the concerns of the Syrian people": who feels them
                for child in holder.children:
                    if child.dep_ not in ("prep", "dative") or child.lower_ != prep:
                        continue
                    if _partner_phrases(child):  # "fought X together with Y": Y is a partner
                        continue
                    for pobj in child.children:
                        if pobj.dep_ == "pobj" and not _not_a_side(pobj):
                            found = self.expand(pobj, speaker)
                            if not found.hits:
                                found = self.owner(pobj)  # "against violations by X"
                            if found.hits:
                                return Found(found.hits, f"'{prep}' phrase")
            if prep == "against":  # "a complaint with the Security Council against Israel":
                found = self._against_on_name(holders, speaker)  # the parse hung it low
                if found.hits:
                    return found
        return Found([], "")

    def _against_on_name(self, holders: list[Token], speaker: list[ActorHit] | None) -> Found:
        """An "against" phrase the parser hung on the name in another phrase of a holder
        ("lodged a complaint with the U.N. Security Council against Israel"): a name is
        never against anyone, the act is."""
        for holder in holders:
            for child in holder.children:
                if child.dep_ != "prep" or child.lower_ == "against":
                    continue
                for name in (c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                    for inner in name.children:
                        if inner.dep_ != "prep" or inner.lower_ != "against":
                            continue
                        for pobj in (g for g in inner.children if g.dep_ == "pobj"):
                            found = self.expand(pobj, speaker)
                            if found.hits:
                                how = f"'against' phrase (hung on '{name.text}')"
                                return Found(found.hits, how)
        return Found([], "")

    def _dependent_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """ "The regime is dependent on Russian air support", "Kyiv relies on American aid":
        help that someone depends on is help to them (the subject of the word of
        depending that governs the help noun's "on" phrase)."""
        if pred.via != "noun" or pred.entry.type not in ("AID", "SUPPORT"):
            return Found([], "")
        noun = pred.head
        while noun.dep_ == "conj":  # "dependent on foreign militias and Russian air support"
            noun = noun.head
        word = _governing_word(noun, "on", DEPENDING_WORDS)
        if word is None:
            return Found([], "")
        clause = word.head if word.dep_ in ("acomp", "amod") and word.pos_ == "ADJ" else word
        for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
            found = self.expand(subject, speaker)
            if found.hits and all(not h.locative for h in found.hits):
                return Found(found.hits, f"who is '{word.text} on' it (subject)")
        return Found([], "")

    def _complement_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """ "refused to meet Jordan's king": the king is rejected."""
        if pred.entry.type not in COMPLEMENT_TARGET_TYPES:
            return Found([], "")
        if pred.via == "noun":  # "Indonesia's refusal to extradite the suspects to Australia"
            for child in pred.head.children:
                if child.dep_ == "acl" and _held_clause(child) and child.pos_ == "VERB":
                    inner = Predicate(pred.entry, child, child, [child], "complement")
                    found, _ = self.target(inner, speaker)
                    if found.hits:
                        return Found(found.hits, f"target of '{pred.head.text} to {child.text}'")
            return Found([], "")
        reserved_acts = _reserved_acts(pred)
        for child in [*pred.clause.children, *reserved_acts]:
            # "warned it would impose sanctions on Georgia": the act threatened names the target
            threat = pred.entry.type == "THREATEN" and child.dep_ == "ccomp"
            reserved = child in reserved_acts
            if child.dep_ == "xcomp" or reserved or (threat and own_threat(child, pred.clause)):
                inner = Predicate(pred.entry, child, child, [child], "complement")
                found, _ = self.target(inner, speaker)
                if found.hits:
                    return Found(found.hits, f"target of '{child.text}'")
        return Found([], "")

    def _news_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """ "welcomed the news that the Government of Kenya has agreed to ...", "condemned
        reports that Iran had executed ...": a reaction to news of an act is aimed at whoever
        the news says acted, the subject of the clause that completes the news noun."""
        if pred.entry.type not in REACTION_TYPES or pred.via == "noun":
            return Found([], "")
        for news in pred.clause.children:
            if news.dep_ != "dobj" or news.lemma_.lower() not in NEWS_NOUNS:
                continue
            for clause in news.children:
                if clause.dep_ not in ("acl", "ccomp") or not _that_clause(clause):
                    continue
                for subject in (c for c in clause.children if c.dep_ == "nsubj"):
                    found = self.expand(subject, speaker)
                    if found.hits:
                        return Found(found.hits, _join(f"who acts in the '{news.text}'", found.how))
        return Found([], "")

    def _left_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """ "withdrew from its agreement with Iran", "reneged on his commitment to the
        Zambian people", "pulled out of the talks with Ukraine": the partner of what is left."""
        if pred.entry.mode != "withdraw" or pred.via == "noun":
            return Found([], "")
        for noun in left_behind(pred):
            for prep, pobj in phrase_objects(noun, ("with", "to", "between")):
                found = self.expand(pobj, speaker)
                if found.hits:
                    how = f"partner of the '{noun.text}' left ('{prep.text}' phrase)"
                    return Found(found.hits, _join(how, found.how))
        return Found([], "")

    def _purpose_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """ "opened fire to disperse protesters": force used on whom its purpose acts on;
        forces sent "to fight the rebels" are mobilised against them; "shelled the town,
        killing five Kurdish fighters": the harm told by a participle after the act is the
        act's (not a place's: "deployed troops to Turkey" has no purpose)."""
        kind = pred.entry.type
        if kind not in PURPOSE_TARGET_TYPES | {"MOBILIZE"} or pred.via == "noun":
            return Found([], "")
        nouns = [w for w in pred.words if w.pos_ == "NOUN" and w != pred.clause]
        held = [c for n in nouns for c in n.children if c.dep_ == "acl"]  # "an offensive to"
        for child in (*pred.clause.children, *held):
            if child.dep_ not in ("advcl", "xcomp", "acl") or child.pos_ != "VERB":
                continue
            purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
            if child.dep_ == "acl" and not (purpose and child.lemma_.lower() in RETAKING_VERBS):
                continue  # "an offensive to retake X" only: "a raid to free the hostages" is
                # not aimed at the hostages, "a mission to protect civilians" not at civilians
            if not purpose and not (kind in HARM_TYPES and self._harm_participle(child)):
                continue
            if kind == "MOBILIZE" and not self._harms(child):
                continue  # "sent troops to help the government": no adversary
            verbs = [child, *(c for c in child.children if c.dep_ == "xcomp")]  # "try to stop"
            for verb in verbs:
                holder = self._holder_taken_from(verb, speaker) if purpose else None
                if holder is not None:  # "to retake Mosul from ISIL": the holder, not Mosul
                    return holder
                retaking = purpose and verb.lemma_.lower() in RETAKING_VERBS
                for obj in verb.children:
                    if obj.dep_ != "dobj":
                        continue
                    if retaking:  # only a place is taken back ("a raid to free the hostages"
                        taken = _settlement_named(obj) or obj  # is not aimed at the hostages)
                        place = _place_from_token(obj.doc, taken, [], town=True, spelled=True)
                        found = Found(
                            [place] if place else [], "a place as target, no holder named"
                        )
                        if not found.hits:  # "to retake rebel positions": their holder
                            found = self.owner(obj)
                    else:
                        found = self.expand(obj, speaker)
                        if not found.hits and kind == "PROTEST":
                            found = self.owner(obj)  # "to protest Assad's failure to ..."
                        if not found.hits and purpose and kind != "PROTEST":
                            found = self._purposed_act_target(obj, speaker)
                    if found.hits:
                        what = "purpose" if purpose else "harm told by the participle"
                        how = _join(f"object of the {what} '{verb.text}'", found.how)
                        return found.revised(found.hits, how)
        return Found([], "")

    def _holder_taken_from(self, verb: Token, speaker: list[ActorHit] | None) -> Found | None:
        """ "an offensive to retake Mosul from ISIL": the holder a place is taken back from
        (a named actor, not a place) is what the offensive is aimed at; with no holder named
        the place taken is ("an offensive to retake Mosul")."""
        if verb.lemma_.lower() not in RETAKING_VERBS:
            return None
        for _, pobj in phrase_objects(verb, ("from",)):
            found = self.expand(pobj, speaker)
            hits = [h for h in found.hits if not h.locative and not _a_place(h)]
            if not hits:
                hits = [h for h in self.owner(pobj).hits if not _a_place(h)]  # "from ISIL
            if hits:  # control"
                how = f"the holder in the 'from' phrase of the purpose '{verb.text}'"
                return Found(hits, how)
        return None

    def _purposed_act_target(self, obj: Token, speaker: list[ActorHit] | None) -> Found:
        """ "conducted 300 strikes to enable the isolation of Raqqah and defeat of ISIL":
        force used for an act of force is aimed at whom that act is (its "of", "against" or
        "on" phrase, a named actor)."""
        for act in (obj, *obj.conjuncts):
            if not self._is_act(act) or not self._hostile(act):
                continue
            for prep, pobj in phrase_objects(act, ("of", "against", "on")):
                hits = [h for h in self.expand(pobj, speaker).hits if h.actor.country]
                hits = [h for h in hits if not _a_place(h)]  # "isolation of Raqqah"
                if hits:
                    how = f"'{prep.text}' phrase of the act '{act.text}'"
                    return Found(hits, how, (ActPhrase(act.text),))
        return Found([], "")

    def _harms(self, verb: Token) -> bool:
        """Whether a verb is a trigger of force or coercion ("fight", "kill", "arrest")."""
        return bool(self.verb_types.get(verb.lemma_.lower(), frozenset()) & HARM_TYPES)

    def _harm_participle(self, verb: Token) -> bool:
        """A present participle after the act, with no subject or conjunction of its own,
        that tells a harm ("shelled the town, killing five", not "while fleeing", not "after
        killing")."""
        if verb.tag_ != "VBG" or verb.i < verb.head.i:
            return False
        if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in verb.children):
            return False
        if verb.i > 0 and verb.doc[verb.i - 1].dep_ == "prep":
            return False
        return self._harms(verb) or left_harmed(verb) is not None  # "leaving five dead"

    def _demanded_target(self, pred: Predicate, speaker: list[ActorHit] | None) -> Found:
        """ "demanded that Sudan end curbs": Sudan is asked."""
        if pred.entry.type != "REQUEST":
            return Found([], "")
        holders = dict.fromkeys((pred.head, pred.clause))  # "reiterated its demand today that"
        for child in (c for h in holders for c in h.children):
            if child.dep_ in ("ccomp", "xcomp", "acl") or (
                child.dep_ == "advcl"  # "pressed for Russia to withdraw"
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children)
            ):
                for subj in child.children:
                    if subj.dep_ in ("nsubj", "nsubjpass"):
                        found = self.expand(subj, speaker)
                        if found.hits:
                            return Found(found.hits, "subject of the demanded action")
        return Found([], "")

    def wanted(self, pred: Predicate, speaker: list[ActorHit] | None) -> Wanted | None:
        """ "Britain wants Russia to withdraw": the act is only wanted, and the wanting is a
        request of Britain's to Russia; None when the predicate is no such wish."""
        clause = pred.clause
        for _ in range(2):  # "wants Russia to stop bombing Aleppo"
            if clause.dep_ != "xcomp" or clause.head.lemma_.lower() in DESIRE_VERBS:
                break
            clause = clause.head
        wish = clause.head
        mandate = wish.lemma_.lower() in MANDATIVE_VERBS and _subjunctive(clause)
        if not mandate and (
            clause.dep_ not in ("ccomp", "xcomp") or wish.lemma_.lower() not in DESIRE_VERBS
        ):
            return None
        if not mandate and not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
            return None
        subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        asked = self.expand(subject, speaker) if subject is not None else None
        if asked is None or not asked.hits:
            return None
        wanter = self.clause_source(wish, speaker)
        if wanter is None or not wanter.hits:
            return None
        act = " ".join(w.text for w in pred.words)
        via = f"wish for another's act ('{act}'):"
        asked_how = _join("who is to act", asked.how)
        return Wanted(wanter.hits, asked.hits, via, wanter.how, asked_how, verb=wish)

    def is_joint(self, pred: Predicate) -> bool:
        """Is this a joint action: "joint strikes with X", or "with X against Y"?"""
        if pred.entry.type not in PARTNER_TYPES:
            return False
        holders = [pred.clause, pred.head]
        if pred.clause.dep_ in ("advcl", "xcomp"):  # "fly joint missions together to fight IS"
            holders.append(pred.clause.head)
        for holder in holders:
            for child in holder.children:
                if child.lower_ in JOINT_WORDS or _partner_phrases(child):
                    return True
                if child.dep_ == "prep" and child.lower_ == "against" and not pred.entry.reciprocal:
                    return True
                if child.dep_ == "dobj" and any(g.lower_ in JOINT_WORDS for g in child.children):
                    return True
        return False

    def elaboration_target(self, pred: Predicate) -> Found:
        """ "American objections are legitimate: Syria has ..." — the clause that explains a
        verbal conflict names its target in its subject; a verb of saying is no such clause
        ("Iran rejected the offer, the Iraqi ministry said": the reporter is no side)."""
        if pred.entry.type not in ELABORATED_TYPES:
            return Found([], "")
        clause = pred.clause if pred.via != "noun" else pred.head.head
        linked = [c for c in clause.children if c.dep_ in ("parataxis", "ccomp")]
        if clause.dep_ in ("parataxis", "ccomp"):
            linked.append(clause.head)
        for other in linked:
            if other.lemma_.lower() in self.speech_verbs:  # "..., the group said": the
                continue  # reporter of the rejection is no side of it
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
                preps = [child] if child.dep_ == "prep" and child.lower_ in PARTNER_PREPS else []
                # "in cooperation with X": the noun is an act of its own, coded on it
                preps = preps or [
                    p
                    for p in _partner_phrases(child)
                    if p.head.lemma_.lower() not in self.act_nouns
                ]
                for prep in preps:
                    for pobj in prep.children:
                        if pobj.dep_ == "pobj":
                            found = self.expand(pobj)
                            if found.hits:
                                how = f"partner ('{_phrase_words(child, prep)} {pobj.text}')"
                                return Found(found.hits, how)
        return Found([], "")

    def location_target(self, pred: Predicate) -> Found:
        """The place of an act done to a country or city when no actor is its target
        ("airstrikes in Syria", "demonstrated in Kirkuk", "evacuate settlements in the Gaza
        Strip", "fired at targets in Jericho"): a state, or a city as a place, named in a
        locative phrase on the trigger, its clause or its object."""
        if not _located_act(pred):
            return Found([], "")
        token = self._place_phrase(pred)
        if token is None:
            return Found([], "")
        group = self._group_struck(pred)
        if group is not None:  # "bombed rebel positions in Syria": not an act against Syria
            return Found([], f"'{group}' named, not the place")
        doc = token.doc
        if pred.entry.type == "ASSAULT" and _state_where(token, self.hits.get(token.i, [])):
            # "conducted strikes in Syria", "a raid inside Syrian territory": where, not whom
            return Found([], f"'{token.text}': the state where it happens, not its target")
        hits = [_place_hit(doc, h) or h for h in self.hits.get(token.i, []) if h.actor.country]
        restricts = pred.entry.cameo in RESTRICTION_CAMEOS  # "a curfew in Baghdad"
        if (restricts or pred.entry.type in FORCE_ON_PLACES) and any(h.metonym for h in hits):
            place = _place_from_token(doc, token, hits)  # "shelled positions in Beirut": the
            hits = [place] if place is not None else hits  # city, not the government it seats
        if not hits:
            place = _place_from_token(doc, token, [], town=True)
            hits = [place] if place is not None else []
        return Found(hits, f"place of the event ('{token.text}')") if hits else Found([], "")

    def _group_struck(self, pred: Predicate) -> str | None:
        """A group that an act done in a place is aimed at, though not read as its target: a
        group word on what is struck ("rebel positions", "militant hideouts"), or an actor on
        what a participle on the act strikes ("strikes in Syria, destroying ISIL positions",
        "airstrikes in Iraq targeting Daesh")."""
        holders = [pred.clause, pred.head, *pred.words]
        struck = [c for h in holders for c in h.children if c.dep_ == "dobj"]
        for holder in dict.fromkeys(holders):
            struck += [pobj for _, pobj in phrase_objects(holder, ("on", "against", "at"))]
        struck += [c for obj in struck for c in obj.conjuncts]
        for obj in dict.fromkeys(struck):
            if self.held_by(obj).hits:  # "ISIL-held territory in Syria"
                return obj.text
            for word in obj.children:
                if (
                    word.dep_ in ("compound", "amod", "nmod")
                    and word.lemma_.lower() in ARMED_GROUPS
                ):
                    return word.text
        for holder in dict.fromkeys([*holders, *struck]):
            for clause in holder.children:
                if clause.dep_ not in ("advcl", "acl") or clause.tag_ not in ("VBG", "VBN"):
                    continue
                for obj in _struck_by(clause):
                    hits = [h for h in self.hits.get(obj.i, []) if not h.locative]
                    if hits or self.held_by(obj).hits:
                        return obj.text
        return None

    def _place_phrase(self, pred: Predicate) -> Token | None:
        """The first state or city in a locative phrase on the trigger, its clause or its
        object, one level into the phrase ("at this jail in northern Israel"), with "the
        capital Kabul" and "the city of Homs" read as their names."""
        holders = [pred.clause, pred.head, *pred.words]
        holders += [c for c in pred.clause.children if c.dep_ == "dobj"]
        for holder in dict.fromkeys(holders):
            for child in holder.children:
                if child.dep_ not in ("prep", "dative"):
                    continue
                if child.lower_ not in (*PLACE_PREPS, *INNER_PLACE_PREPS):
                    continue
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    names = _place_names(pobj)
                    if child.lower_ in INNER_PLACE_PREPS:  # "inspectors to facilities in
                        names = names[1:]  # Iran", "an attack on a market at al-Hilla"
                    for token in names:
                        if self._is_place(token):
                            return token
        return None

    def _is_place(self, token: Token) -> bool:
        if any(h.actor.country for h in self.hits.get(token.i, [])):
            return True
        return token.pos_ == "PROPN" and _town(_name_at(token)) is not None

    def located_source(self, pred: Predicate) -> Found:
        """ "A US national was arrested in Lebanon": with no agent named, an arrest, an
        investigation or a conviction is the act of the state where it happens."""
        if pred.via == "noun" or not is_passive(pred.clause):
            return Found([], "")
        if pred.entry.mode not in STATE_ACT_MODES:
            return Found([], "")
        token = self._place_phrase(pred)
        hits = [h for h in self.hits.get(token.i, []) if h.actor.country] if token else []
        if token is None or not hits:
            return Found([], "")
        return Found(hits, f"the state where it happened ('{token.text}'), no agent named")

    def _between(self, pred: Predicate) -> Found:
        # on the act's own noun too: "an agreement was reached between X and Y"
        holders = dict.fromkeys((pred.head, pred.clause, *pred.words))
        for holder in holders:
            for child in holder.children:
                if child.dep_ == "prep" and child.lower_ == "between":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            found = self.expand(pobj)
                            if len(found.hits) >= 2:
                                return Found(found.hits, "'between X and Y'")
        return Found([], "")


def _state_where(token: Token, hits: list[ActorHit]) -> bool:
    """A whole state named in a plain "in" phrase ("in Syria", "inside Syrian territory"),
    not a city (nor a capital standing for its state: "positions in Beirut" are the city's),
    nor a phrase that aims at something ("at targets in Jericho")."""
    if not any((h.actor.actor_id or "").startswith("country:") and not h.metonym for h in hits):
        return False
    prep = token.head
    while prep.dep_ not in ("prep", "dative") and prep.head != prep and prep.i > token.i - 4:
        prep = prep.head
    outer = prep.head  # "at targets in Jericho": the phrase on the act is "at"
    if _inhabited(outer) or any(
        c.dep_ == "dobj" and _inhabited(c) and c.right_edge.i + 1 == prep.i for c in outer.children
    ):  # "shelled villages in northern Iraq" (the phrase on the noun or the verb after it)
        return False
    if outer.dep_ == "pobj" and outer.head.dep_ == "prep":
        prep = outer.head
    return prep.dep_ == "prep" and prep.lower_ in WHERE_PREPS


def _a_state(hit: ActorHit) -> bool:
    """A state or one of its organs ("Iran", "Russia's Defence Ministry"), whose forces or
    officials "its" names; not a group or a party based in it ("Hamas", "the Taliban")."""
    actor = hit.actor
    state = (actor.actor_id or "").startswith("country:") or actor.sector in OWN_SECTORS
    return bool(actor.country) and state and not (actor.actor_id or "").startswith("group:")


def _inhabited(token: Token) -> bool:
    """A place people live in, common noun: the state's villages or homes are hit."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in INHABITED_PLACES


def _fronted_place(subject: Token) -> bool:
    """ "Near Ar Raqqah, five strikes engaged ...": a sentence-opening locative the parser
    took for a subject ("Near" as a name's first word), with the real subject after it."""
    first = subject.left_edge
    if first.lower_ not in FRONTED_LOCATIVES or first.i != first.sent.start:
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > subject.right_edge.i
        for c in subject.head.children
    )


def _undertaking_before(verb: Token) -> Token | None:
    """The noun right before an infinitive the parser hung on the verb above ("supported
    Iraqi forces in their campaign to defeat ISIL", "backs the Iraqi operation to retake
    Mosul"): the infinitive is that noun's purpose, so the noun's actor does it."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
        return None
    to = verb.doc[verb.i - 1] if verb.i > 0 else None
    if to is None or to.lower_ != "to" or to.head != verb or to.i == 0:
        return None
    noun = verb.doc[to.i - 1]
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "pobj"):
        return None
    return noun if verb.head in noun.ancestors else None


def _without_possessor_state(hits: list[ActorHit], doc: Doc) -> list[ActorHit]:
    """ "Lebanon's Hizbollah movement", "Syria's Kurdish YPG militia": a state named as the
    possessor of an organisation in the same mention gives the organisation's country; the
    organisation is the side, not the state."""
    if len(hits) < 2:
        return hits
    states = [  # "Nicaragua's Sandinista government" is the state's government: kept
        h for h in hits
        if (h.actor.actor_id or "").startswith("country:") and h.actor.sector is None
    ]  # fmt: skip
    others = [h for h in hits if h not in states]
    if not states or not others:
        return hits
    kept = [
        h for h in states
        if not any(t.dep_ == "poss" and t.ent_type_ == "GPE" for t in doc[h.start : h.end])
        or not any(o.start == h.start and o.end == h.end for o in others)
    ]  # fmt: skip
    return [h for h in hits if h in others or h in kept]


def _clause_tokens(top: Token) -> list[Token]:
    """The tokens of a clause below ``top``, not entering clauses with their own subject,
    relative and reported clauses, or coordinated verbs."""
    tokens, stack = [], list(top.children)
    while stack:
        token = stack.pop()
        if token.dep_ in ("relcl", "ccomp", "parataxis", "acl") or (
            token.dep_ in ("conj", "advcl")
            and any(c.dep_.startswith("nsubj") for c in token.children)
        ):
            continue
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
            continue  # another act's clause
        tokens.append(token)
        stack += list(token.children)
    return sorted(tokens, key=lambda t: t.i)


def _members_of(noun: Token) -> Token:
    """ "the men and women of the Royal Navy": the body they serve in."""
    if noun.lemma_.lower() not in ("man", "woman"):
        return noun
    for word in (noun, *noun.conjuncts):
        for of in (c for c in word.children if c.dep_ == "prep" and c.lower_ == "of"):
            return next((g for g in of.children if g.dep_ == "pobj"), noun)
    return noun


def _with_help(noun: Token) -> bool:
    """ "with the aid of X", "with Turkey's help": help that the clause's actor acts with."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "with"
        and noun.lemma_.lower() in HELP_NOUNS
        and any(c.dep_ in ("prep", "poss") for c in noun.children)
    )


def _counted_objects(verb: Token) -> list[Token]:
    """The object of a verb when the parser took its count for a phrase: "kidnapped up to
    16 Russian advisers" ("up" a particle, "to 16 ... advisers" its phrase)."""
    return [
        pobj
        for up in verb.children
        if up.lower_ == "up" and up.dep_ in ("prt", "advmod", "prep")
        for to in up.children
        if to.dep_ == "prep" and to.lower_ == "to"
        for pobj in to.children
        if pobj.dep_ == "pobj" and any(c.dep_ == "nummod" for c in pobj.children)
    ]


def _subject_acts(verb: Token) -> bool:
    """A passive in form whose subject acts: "were engaged in", "is committed to" (no "by"
    agent: "the crimes committed by X" is a passive)."""
    lemma = verb.lemma_.lower()
    if lemma in INVOLVED_VERBS:
        return True
    return lemma in STATIVE_PASSIVES and not any(c.dep_ == "agent" for c in verb.children)


def _not_a_side(pobj: Token) -> bool:
    """A phrase that names no side of the act: "at the hands of X" (the actor), "on behalf
    of X" (whom the actor speaks for), "with the help of X" (who helps)."""
    return _hands(pobj) or _behalf(pobj) or _with_help(pobj) or named_operation(pobj)


def named_operation(token: Token) -> bool:
    """ "Operation Inherent Resolve", "Exercise Eager Lion": a named undertaking, whose
    forces the name does not say; support "in support of" it is a role in it, never help
    to the operation, which is no side (even when the dictionary lists the name)."""
    if token.pos_ != "PROPN":
        return False
    start = min([token.i, *(c.i for c in token.lefts if c.dep_ == "compound")])
    first = token.doc[start]
    if first.i == token.i:  # "Operation" as the head, its name an appositive or compound
        return first.text in OPERATION_TITLES and any(
            c.dep_ in ("appos", "compound") and c.pos_ == "PROPN" for c in token.children
        )
    return first.text in OPERATION_TITLES


def _behalf(token: Token) -> bool:
    """ "on behalf of X": whom the actor speaks or acts for, never the target."""
    return token.lemma_.lower() == "behalf"


def _hands(token: Token) -> bool:
    """ "at the hands of X": the phrase names who acts, never whom the act is done to."""
    return (
        token.dep_ == "pobj"
        and token.lower_ in ("hands", "hand")
        and token.head.lower_ in ("at", "by")
    )


def _sent_means(verb: Token, hits: list[ActorHit] | None) -> bool:
    """Forces of no state of their own named, sent by the subject to act ("Russia sent
    warplanes to bomb", "Iran dispatched fighters to attack"): the sender acts through them;
    "Iran sent Hezbollah fighters to attack" keeps the fighters."""
    if not hits or verb.lemma_.lower() not in SENDING_VERBS:
        return False
    if not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return all(not h.actor.country and not h.actor.actor_id and h.actor.sector for h in hits)


def _sent_passive(verb: Token) -> bool:
    """ "Russian jets were deployed to strike ...": forces sent, named as the passive's
    subject, do what they are sent to do."""
    if verb.lemma_.lower() not in SENDING_VERBS or not is_passive(verb):
        return False
    return any(c.dep_ == "nsubjpass" for c in verb.children)


def _one_kind(first: str, second: str) -> bool:
    """Two acts one agent may do in a row: the same type, or force and coercion ("was
    captured and beheaded", "were shelled and besieged")."""
    return first == second or (first in HARM_TYPES and second in HARM_TYPES)


def _pressed_party(verb: Token) -> tuple[Token, Token] | None:
    """ "put pressure on the regime to end the sieges", "keep up the pressure on Iran to
    release the sailors", "use its influence with the regime to ...": the infinitive is done
    by the party pressed (the pressure noun and the object of its "on" / "with" phrase, which
    the parser may hang on the noun or on its verb)."""
    if verb.dep_ not in ("advcl", "xcomp", "acl"):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    governor = verb.head
    if governor.pos_ == "NOUN":
        noun, holders = governor, [governor, governor.head]
    elif governor.pos_ == "VERB":
        found = [c for c in governor.children if c.dep_ == "dobj"]
        if not found:
            return None
        noun, holders = found[0], [found[0], governor]
    else:
        return None
    if noun.lemma_.lower() not in PRESSURE_NOUNS:
        return None
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in PRESSURE_PREPS and prep.i > noun.i:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if pobj is not None and pobj.i < verb.i:
                    return noun, pobj
    return None


def _gerund_from(verb: Token) -> Token | None:
    """The object of the "from" phrase of a gerund used as a noun, with no subject or object
    of its own ("Shelling from government forces hit ...", "came under shelling from X")."""
    if verb.tag_ != "VBG" or verb.pos_ != "VERB":
        return None
    under = verb.dep_ == "pcomp" and verb.head.lower_ == "under"  # "came under shelling"
    if verb.dep_ not in GERUND_NOUN_DEPS and not under:  # not "accused X of attacking from"
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "dobj", "aux") for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            return next((c for c in prep.children if c.dep_ == "pobj"), None)
    return None


def _patient_participle(verb: Token) -> bool:
    """A past participle modifying a noun ("civilians killed in the raid", "the journalists
    detained last week"): the noun is acted on, with or without a "by" agent."""
    return (
        verb.dep_ == "acl"
        and verb.tag_ == "VBN"
        and verb.head.pos_ in ("NOUN", "PROPN")
        and listed_participle_verb(verb) is None  # "flew 870 missions, conducted 265 raids"
    )


def _small_clause_participle(verb: Token) -> bool:
    """A past participle with no auxiliary whose subject the parser hung on it, after a verb of
    seeing or leaving ("the fighting saw 120 Iraqi soldiers killed", "left 40 fighters
    wounded", "witnessed three journalists detained"): a passive; its subject is acted on."""
    head = verb.head.lemma_.lower()
    tagged = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and head in SEEING_VERBS)  # "left ...
    return (  # wounded", tagged a past tense: no object, so no active clause
        tagged
        and verb.dep_ in ("ccomp", "xcomp", "oprd")
        and head in SMALL_CLAUSE_VERBS
        and any(c.dep_ == "nsubj" for c in verb.children)
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
    )


def _absolute_patients(verb: Token) -> list[Token]:
    """The subjects of a past participle in a "with" absolute phrase ("..., with at least ten
    people killed", "with several officers wounded", "with 15 killed and 40 wounded", "with
    dozens of civilians reported killed"): a passive; its subjects are acted on, never the
    doer. Empty when ``verb`` is not such a participle."""
    if verb.tag_ not in ("VBN", "VBD") or any(
        c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children
    ):
        return []
    clause = verb  # "with civilians reported killed": the subject is on 'reported'
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ABSOLUTE_REPORT_VERBS:
        clause = verb.head
    subjects = [c for c in clause.children if c.dep_ == "nsubj"]
    first = clause
    while first.dep_ == "conj" and first.head.tag_ in ("VBN", "VBD"):  # "and 40 wounded"
        first = first.head
    opened = (first.dep_ == "pcomp" and first.head.lower_ == "with") or (
        first.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "with" for c in first.children)
    )
    return subjects if opened else []


def _reduced_passive(verb: Token) -> bool:
    """A participle with a "by" agent modifying a noun ("forces backed by Iran")."""
    return _patient_participle(verb) and any(c.dep_ == "agent" for c in verb.children)


def _shared_agents(verb: Token) -> list[Token]:
    """The "by" phrase of a later coordinated participle when ``verb`` has none of its own:
    "were bombed and killed by coalition aircraft", "was attacked and seized by militants"
    (the agent of both; a conjunct with its own subject is another clause)."""
    if any(c.dep_ == "agent" for c in verb.children):
        return []
    agents = []
    for conj in verb.children:
        if conj.dep_ != "conj" or conj.tag_ != "VBN":
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in conj.children):
            continue
        agents += [c for c in conj.children if c.dep_ == "agent"]
        agents += _shared_agents(conj)
    return agents[:1]


def _passive_conjunct(verb: Token) -> Token | None:
    """The passive whose subject ``verb`` is done to: itself, or the passive it is a
    subjectless coordinated participle of ("were arrested and beaten by police")."""
    if is_passive(verb):
        return verb
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or not is_passive(verb.head):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
        return None
    return verb.head


def _by_agent(verb: Token, noun: Token) -> bool:
    """A participle with a "by" agent right on its noun: after a comma it is as likely to
    tell of the nearer noun ("the agreement between the government, led by X, and ...")."""
    between = noun.doc[noun.i + 1 : verb.i]
    return not any(t.text == "," for t in between) and any(c.dep_ == "agent" for c in verb.children)


def _own_agent(verb: Token) -> bool:
    """A subjectless coordinated participle with its own "by" agent, or a participle with one
    that tells how the clause's subject acted ("Supported by Russian jets, Syrian troops
    attacked", "rebels captured the town, aided by Turkey")."""
    if verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children):
        return False
    if verb.dep_ == "conj":
        return _passive_conjunct(verb) is not None
    return _adverbial_participle(verb)


def _adverbial_participle(verb: Token) -> bool:
    """A subjectless past participle hung on a clause ("Backed by X, ...")."""
    return (
        verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )  # fmt: skip


def _of_holder(token: Token) -> bool:
    """ "members of", "a delegation of": also capitalised ("The Members of the Security
    Council"), whose lemma the tagger leaves as written."""
    lemma = token.lemma_.lower()
    if lemma in OF_HOLDERS:
        return True
    return token.tag_ == "NNPS" and lemma.endswith("s") and lemma[:-1] in OF_HOLDERS


def _of_conjuncts(token: Token) -> list[Token]:
    """The states or groups coordinated in the "of" phrase that names a side's owner ("the
    leaders of Kenya and Uganda"): the conjuncts after the first, whose actors with a country
    the side also holds when its own actor has one ("a number of ministers and officials" is
    no owner's)."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in pobj.children):
                        return []  # "forces of either the regime or Russia": one, not both
                    return list(pobj.conjuncts)
    return []


def _gerund_act_by(subject: Token) -> list[Token]:
    """The objects of the "by" phrase of a clausal subject that is a gerund ("Shelling by
    the army killed five"): an act named with its doer, which the parser read as a clause;
    none for a gerund with a subject or auxiliary of its own ("Being attacked by rebels")."""
    if subject.dep_ != "csubj" or subject.tag_ != "VBG":
        return []
    if any(c.dep_ in ("nsubj", "aux", "auxpass") for c in subject.children):
        return []
    return [
        g
        for c in subject.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
        for g in c.children if g.dep_ == "pobj"
    ]  # fmt: skip


def _listed_before(subject: Token) -> list[Token]:
    """ "About 30,000 Iraqi troops, Kurdish fighters and Shia militiamen launched ...": the
    first item of a subject list that the parser hung on the verb as a loose dependent."""
    before = subject.left_edge.i - 1
    if before < 1 or subject.doc[before].text != ",":
        return []
    return [
        c
        for c in subject.head.children
        if c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN") and c.i == before - 1
    ]


def _helped_doer_clause(participle: Token) -> Token | None:
    """ "Kurdish fighters retook the village, aided by strong support from Turkey": a help
    participle after a comma that the parser hung on the object is the main clause's
    subject's help (a village is not aided); the main verb, or None."""
    if participle.dep_ != "acl" or participle.lemma_.lower() not in HELPED_PARTICIPLES:
        return None
    noun = participle.head
    if noun.dep_ != "dobj" or participle.i < 1 or participle.doc[participle.i - 1].text != ",":
        return None
    if not any(c.dep_ == "agent" for c in participle.children):
        return None
    return noun.head if noun.head.pos_ == "VERB" else None


def _participle_main_verb(verb: Token) -> Token | None:
    """The clause a subjectless passive participle opens, whose subject underwent it:
    "Backed by X, the troops ...", "After being captured by X, the militants ..."."""
    if _adverbial_participle(verb):
        return verb.head
    prep = verb.head
    if verb.dep_ != "pcomp" or verb.tag_ != "VBN" or prep.lower_ not in TIME_PREPS:
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children) or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    return None if subject else prep.head


def _struck_by(clause: Token) -> list[Token]:
    """What a subjectless participle acts on: its object, or its "against"/"on" phrase."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return []
    found = [c for c in clause.children if c.dep_ == "dobj"]
    return found + [pobj for _, pobj in phrase_objects(clause, ("on", "against"))]


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def _without_machines(found: Found, doc: Doc) -> Found:
    """The targets less the machines of war that no one is named as owning ("launched 46
    drones at Kyiv", "shot down the drones", "scrambled jets", "attacked a tanker with
    drones"): the instrument, not a side. "Russian drones" stay: their owner is the side."""
    hits = [
        h for h in found.hits
        if not (doc[h.anchor].lemma_.lower() in MACHINES and h.actor.country is None)
    ]  # fmt: skip
    if len(hits) == len(found.hits):
        return found
    return found.revised(hits, found.how) if hits else Found([], "")


def _governing_word(noun: Token, prep: str, lemmas: frozenset[str]) -> Token | None:
    """The word of ``lemmas`` whose ``prep`` phrase the noun is the object of ("came under
    attack": came; "dependent on Russian air support": dependent); None otherwise."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != prep or head.dep_ != "prep":
        return None
    return head.head if head.head.lemma_.lower() in lemmas else None


def _join(how: str, detail: str) -> str:
    return f"{how} ({detail})" if detail else how


# sectors of armed men who are not a state's forces
IRREGULAR_SECTORS = frozenset({"REB", "PRM", "UAF"})


def _unnamed_fighters(hit: ActorHit) -> bool:
    """ "20 militants", "fighters": irregular armed men of no state or group named."""
    actor = hit.actor
    return not actor.country and not actor.actor_id and actor.sector in IRREGULAR_SECTORS


def _named_group(hit: ActorHit) -> bool:
    """A listed armed group ("al-Qaida operatives", "the Islamic State")."""
    actor = hit.actor
    return bool(actor.actor_id) and (actor.sector in IRREGULAR_SECTORS or actor.country == "IMG")


# coming back or coming together for talks: the place is where they are held ("returned to
# Cairo for a new round of talks", "gathered in Geneva for talks"), not a host visited
VENUE_VERBS = frozenset({"return", "gather", "converge", "assemble", "convene", "reconvene"})


def _venue(pred: Predicate, found: Found) -> bool:
    """Talks a journey is for, where the journey's "to" / "in" phrase names only places
    and the verb comes back or together: the venue, no partner."""
    if pred.entry.type != "CONSULT" or pred.via != "purpose":
        return False
    if pred.clause.lemma_.lower() not in VENUE_VERBS:
        return False
    if not found.how.startswith(("'to' phrase", "'in' phrase", "'at' phrase")):
        return False
    return all(_a_place(hit) for hit in found.hits)


def _a_place(hit: ActorHit) -> bool:
    """A hit named by a place: a state, a capital standing for its state, or a city."""
    actor = hit.actor
    if hit.metonym or actor.reason.startswith("place '"):
        return True
    by_name = actor.reason.startswith("name '")
    return by_name and (actor.actor_id or "").startswith("country:") and actor.sector is None


def _counted_act(noun: Token) -> Token:
    """ "a new round of talks": the talks."""
    return held_by(noun, ROUND_WORDS)


ROUND_WORDS = frozenset({"round", "series", "day", "week"})


# participles of a thing's destination: "hijacked a plane bound for Kabul" does not act on
# Kabul
DESTINATION_PARTICIPLES = frozenset({"bound", "headed", "destined"})


def _target_holders(pred: Predicate) -> list[Token]:
    """The words whose prepositional phrases may name the target: the clause's verb, the
    trigger's words and object, and a participle on them ("lifted sanctions imposed on X"),
    not one of a destination ("a plane bound for Kabul"); never what a naming verb calls its
    object ("called the deployment a threat [to Venezuela]": Venezuela is not blamed)."""
    verb = pred.clause
    holders = [verb]
    if pred.via != "noun":
        holders += [w for w in pred.words if w != verb and not pred.entry.naming]
        holders += [c for c in verb.children if c.dep_ == "dobj" and c not in holders]
    holders = [h for h in holders if not _held_access(h)]
    holders += [
        c for h in list(holders) if h.pos_ == "NOUN" or h == pred.head
        for c in h.children if c.dep_ == "acl" and c.tag_ == "VBN" and c not in holders
        and c.lower_ not in DESTINATION_PARTICIPLES
    ]  # fmt: skip
    holders += [  # "lifted the sanctions it had imposed on X": a relative clause that imposes
        c for h in list(holders) if h.pos_ == "NOUN"
        for c in h.children if c.dep_ == "relcl" and c.lemma_.lower() in IMPOSING_VERBS
        and not any(g.dep_ == "dobj" and g.lower_ not in RELATIVE_WORDS for g in c.children)
    ]  # fmt: skip
    return holders + _repeated_words(pred.words, holders)


def _held_access(noun: Token) -> bool:
    """ "severed Syria's access to the banks": what an actor's access reaches is no side."""
    return noun.lemma_.lower() in ACCESS_NOUNS and any(c.dep_ == "poss" for c in noun.children)


def _repeated_words(words: list[Token], holders: list[Token]) -> list[Token]:
    """The second noun of a doubled idiom at the trigger ("stood shoulder to shoulder with X",
    "stand side by side with X"): the phrase naming the partner may hang on it."""
    return [
        t for w in words for t in w.subtree
        if t not in holders and t not in words and t.is_alpha and abs(t.i - w.i) <= 3
        and t.i >= 2 and t.doc[t.i - 2].lemma_.lower() == t.lemma_.lower()
    ]  # fmt: skip


def _own_party(party: Token) -> bool:
    """ "its foreign minister", "their envoys": a party of talks the host's own (a possessive
    pronoun), so the host is a party, no go-between."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in party.children)


def _partner_phrases(prep: Token) -> list[Token]:
    """The "with" phrases of a partner that a phrase on a verb opens: "in coordination /
    cooperation / conjunction with X" (the "with" under the noun), "together with X" (the
    "with" the adverb is on); none for "with" alone, which may name a target ("clashed with
    X") or an instrument."""
    if prep.dep_ != "prep":
        return []
    if prep.lower_ == "with" and any(c.lower_ == "together" for c in prep.children):
        return [prep]
    if prep.lower_ != "in":
        return []
    nouns = [c for c in prep.children if c.dep_ == "pobj" and c.lemma_.lower() in JOINT_NOUNS]
    return [p for n in nouns for p in n.children if p.dep_ == "prep" and p.lower_ == "with"]


def _phrase_words(opener: Token, prep: Token) -> str:
    """ "in coordination with", "together with", "with": the words of a partner phrase."""
    if opener == prep:
        together = any(c.lower_ == "together" for c in prep.children)
        return f"together {prep.text}" if together else prep.text
    noun = prep.head
    return f"{opener.text} {noun.text} {prep.text}"


def _default_preps(pred: Predicate, joint: bool) -> list[str]:
    defaults = list(NOUN_TARGET_PREPS if pred.via == "noun" else DEFAULT_TARGET_PREPS)
    if pred.entry.type in COMPLAINT_TYPES:  # "complained to the UN about Israeli raids"
        defaults = [*COMPLAINT_PREPS, *(p for p in defaults if p not in COMPLAINT_PREPS)]
        # the deed blamed, not the one blamed: "held them responsible for attacks on X"
        defaults = [p for p in defaults if p != "for"]
    if pred.entry.type == "AID":  # "aid for Romania and Poland"
        defaults.append("for")
    if pred.entry.naming:  # "called the raid on Gaza a success", "called the sanctions on
        # Iran illegal": who the act named is aimed at is neither praised nor blamed
        defaults = [p for p in defaults if p not in ("on", "against")]
    if joint:
        defaults = [p for p in defaults if p not in PARTNER_PREPS]
    if pred.entry.type in COOPERATIVE_TYPES:  # "coordinate operations against ISIS":
        defaults = [p for p in defaults if p != "against"]  # the enemy is no partner
        # "met at the White House", "signed the treaty at the UN": where, not with whom
        defaults = [p for p in defaults if p != "at"]
    if pred.entry.type in TOPIC_ON_TYPES:
        defaults = [p for p in defaults if p != "on"]
    if pred.entry.type in HARM_TYPES and _gerund_from(pred.clause) is not None:
        defaults = [p for p in defaults if p != "from"]  # "shelling from X": X shells
    if pred.via == "noun" and _owned_operation(pred.head):  # "an operation of X": X does it
        defaults = [p for p in defaults if p != "of"]
    if pred.entry.mode == "visit":  # "soldiers visiting from the 3rd Battalion": where the
        defaults = [p for p in defaults if p != "from"]  # visitors come from, not whom
    return defaults


def meeting_parties(verb: Token) -> list[Token]:
    """The two sides of a meeting told by ``verb``: "X met Y", "X held talks with Y", "X and
    Y met"; [] when it is no meeting, names one side only, or a side is a plural noun that
    a later "they" may be alone."""
    lemma = verb.lemma_.lower()
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    talks = lemma in TALKING_VERBS or (
        lemma == "hold" and any(o.lemma_.lower() in MEETING_NOUNS for o in objects)
    )
    if not talks or any(c.dep_ == "neg" for c in verb.children):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return []
    others = [o for o in objects if lemma == "meet"]
    for holder in (verb, *objects):
        others += [pobj for _, pobj in phrase_objects(holder, ("with",))]
    if not others and not subjects[0].conjuncts:
        return []
    parties = [subjects[0], *others]
    if any(p.tag_ in ("NNS", "NNPS") and not p.conjuncts for p in parties):
        return []  # "Iranian officials met the delegation. They ...": maybe the officials
    return parties


def _controlling(prep: Token, verb: Token) -> bool:
    """Whether a gerund's phrase on ``verb`` is done by the verb's object: after "of / from /
    into / to" ("accused Russia of attacking"), after "with" on a few verbs ("charged them
    with plotting"), after "for" on verbs of judging, rewarding and punishing ("condemned
    India for shelling")."""
    word, lemma = prep.lower_, verb.lemma_.lower()
    return (
        word in OBJECT_CONTROL_PREPS
        or (word == "with" and lemma in WITH_CONTROL_VERBS)
        or (word == "for" and lemma in FOR_CONTROL_VERBS)
    )


def _object_hung(prep: Token) -> bool:
    """An object-control phrase with a gerund the parser hung on the verb's object ("Hamas
    accused Israeli forces of killing ...", "stopped the militants from crossing ...",
    "criticised Beijing for detaining ...")."""
    noun = prep.head
    return (
        _controlling(prep, noun.head)
        and noun.dep_ == "dobj"
        and noun.head.pos_ == "VERB"
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)
    )


def _agent_hung(prep: Token) -> bool:
    """An object-control phrase with a gerund the parser hung on the object of a passive's
    "by" agent ("X was accused by the government of backing the insurgents")."""
    noun = prep.head
    return (
        prep.lower_ in OBJECT_CONTROL_PREPS
        and noun.dep_ == "pobj"
        and noun.head.dep_ == "agent"
        and is_passive(noun.head.head)
        and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children)
    )


def _patient_possessor(noun: Token) -> bool:
    """An act whose possessor undergoes it: "Navalny's arrest", "its liberation" (not "Iran's
    execution of the protesters": an "of" phrase names who undergoes it)."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in PATIENT_POSSESSOR_NOUNS:
        return False
    return not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _owned_operation(noun: Token) -> bool:
    """An undertaking whose "of" phrase names its doers ("the operation of X")."""
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in OWNED_OPERATION_NOUNS


def _owner_preps(event_type: str) -> tuple[str, ...]:
    owners: tuple[str, ...] = OWNER_PREPS
    if event_type in COOPERATIVE_TYPES:  # "operations against ISIS": not a partner
        owners = tuple(p for p in OWNER_PREPS if p != "against")
    if event_type in TOPIC_ON_TYPES:  # "shared intelligence on ISIS": the topic
        owners = tuple(p for p in owners if p != "on")
    if event_type in HARM_TYPES:  # "attacked a camp for refugees"
        owners = (*owners, "for")
    return owners


def _located_act(pred: Predicate) -> bool:
    entry = pred.entry
    return entry.type in LOCATION_TARGET_TYPES or entry.mode in STATE_ACT_MODES


def _place_names(pobj: Token) -> list[Token]:
    """The phrase's noun, its appositive ("the capital Kabul"), "the city of Homs", and a
    place inside it ("this jail in northern Israel", "targets in Jericho")."""
    names = [pobj, *(c for c in pobj.children if c.dep_ in ("appos", "compound"))]
    if pobj.lemma_.lower() in STANCE_NOUNS:  # "in support of SDF operations": no place
        return []
    for prep in pobj.children:
        if prep.dep_ == "prep" and prep.lower_ in ("of", *PLACE_PREPS):
            names += [g for g in prep.children if g.dep_ == "pobj"]
    return names


def series_item(noun: Token) -> Token:
    """ "a series of U.S. airstrikes", "a wave of attacks": the act the series is made of."""
    return held_by(noun, SERIES_HEADS)


def left_behind(pred: Predicate) -> list[Token]:
    """The nouns a withdrawal leaves ("withdrew from its agreement", "reneged on his
    commitment", "pulled out of the talks"): objects of its from / on / of phrases."""
    nouns = []
    for holder in dict.fromkeys((pred.clause, *pred.words)):
        for prep in holder.children:
            if prep.dep_ == "prep" and prep.lower_ in LEFT_PREPS:
                nouns += [c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"]
    return nouns


def _listed_purpose(verb: Token) -> bool:
    """An infinitive the parser made a conjunct with a subject of its own: "We work with
    Iraq, Jordan and our partners to support ...", where the subject is the list's last item
    and the infinitive the purpose of the verb before ("for X to ..." is a clause)."""
    if verb.dep_ != "conj" or verb.tag_ != "VB" or verb.head.pos_ not in ("VERB", "AUX"):
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return not any(c.dep_ == "mark" for c in verb.children)


def _that_clause(clause: Token) -> bool:
    """A finite clause opened by "that" ("the news that X has agreed"), not a relative one."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _stateless(found: Found) -> bool:
    """No hit, or only hits of no state ("a hospital", "a bus"): what such a place holds
    may name the people acted on."""
    return all(h.actor.country is None for h in found.hits)


def _subjunctive(clause: Token) -> bool:
    """A "that" clause in the subjunctive: a singular noun subject with the bare verb and no
    auxiliary ("that Serbia arrest", "that the government halt"; not "that Serbia arrests",
    "that the army had attacked", "that they arrest")."""
    if clause.dep_ != "ccomp" or clause.tag_ not in ("VB", "VBP"):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
        return False
    if any(c.dep_ in ("aux", "auxpass", "neg") for c in clause.children):
        return False
    subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.tag_ in ("NN", "NNP")


def _owner_of_thing(hit: ActorHit, noun: Token) -> ActorHit | None:
    """The owner named in a thing's mention ("Japan's decision": Japan), as an actor of its
    own; None when the owner is no possessive name before the noun."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if not hit.thing or hit.anchor != noun.i or owner is None or owner.pos_ == "PRON":
        return None
    start, end = owner.left_edge.i, owner.i + 1
    text = noun.doc[start:end].text
    reason = hit.actor.reason.split(f"; '{noun.text}' is a thing")[0]
    actor = replace(hit.actor, text=text, reason=f"{reason}; owner of '{noun.text}'")
    return replace(hit, anchor=owner.i, start=start, end=end, actor=actor, thing=False)


def _held_clause(clause: Token) -> bool:
    """A clause that completes what its noun's holder does: an infinitive ("its plan to
    deploy", "its capacity to attack") or a document's content ("a declaration demanding")."""
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return True
    return clause.tag_ == "VBG" and clause.head.lemma_.lower() in DOCUMENT_NOUNS


def _place_hit(doc: Doc, hit: ActorHit, warlike: bool = False) -> ActorHit | None:
    """The hit as the place it names, when it is a city rather than an actor: a name the
    model tagged as no place ("Aleppo" as a nationality), or a city the gazetteer gave its
    state's government."""
    actor = hit.actor
    if actor.country and not actor.reason.startswith("place '"):
        return None
    named = actor.actor_id and not actor.actor_id.startswith("country:")
    if named and not (warlike and _mistagged_name(doc, hit)):  # "bombed Homs": a PERSON
        return None
    return _place_from_token(doc, doc[hit.anchor], [hit])


def _city_of_state(doc: Doc, hit: ActorHit) -> ActorHit | None:
    """ "isolate Raqqah, Syria", "the retaking of Palmyra, Syria": a state right after a city
    of its own and a comma (apposition, or a conjunct for the parser) names where the city
    is, and the city is what is acted on."""
    token = doc[hit.anchor]
    state = token if token.dep_ in ("appos", "conj") else None
    city = token.head if state is not None else None
    if state is None:  # the city itself, read as a name of that state ("Raqqah" as SYR)
        state = next((c for c in token.children if c.dep_ in ("appos", "conj")), None)
        city = token
    if state is None or city is None or city.pos_ != "PROPN":
        return None
    if state.i != city.i + 2 or doc[city.i + 1].text != ",":  # "Raqqah, Syria" only
        return None
    country = hit.actor.country
    if not country or not (hit.actor.actor_id or "").startswith(("country:", "person:")):
        return None
    place = _place_from_token(doc, city, [], town=True, spelled=True)
    return place if place is not None and place.actor.country == country else None


def _warlike(pred: Predicate) -> bool:
    """An act of war (context military or territory: shelling, bombing, raids, sieges), whose
    object is rarely a person: a one-word name it acts on may be a mistagged city."""
    return bool({"military", "territory"} & set(pred.entry.context))


def _mistagged_name(doc: Doc, hit: ActorHit) -> bool:
    """A one-word name the tagger called a person, group or organisation that no dictionary
    lists and no fuller name of the document ends in ("bombed Homs", tagged PERSON): it may
    be a city. "John Jackson ... attacked Jackson" stays the person."""
    actor = hit.actor
    if actor.country or actor.sector or hit.end - hit.start != 1:
        return False
    if "(named entity " not in actor.reason or "not in the dictionaries" not in actor.reason:
        return False
    word = doc[hit.anchor].text
    return not any(len(e) > 1 and e[-1].text == word for e in doc.ents if e.label_ == "PERSON")


def _named_settlement_of(doc: Doc, hit: ActorHit) -> ActorHit | None:
    """ "liberate the Syrian city of Raqqa", "shelled the Iraqi town of Tal Afar": the state
    a demonym on a settlement noun names is where the place lies, not the target; the place
    named in its "of" phrase is acted on."""
    token = doc[hit.anchor]
    if not hit.actor.country:
        return None
    named = _settlement_named(token)  # the mention "Syrian city", anchored on its noun
    if named is None and token.dep_ in ("amod", "compound", "nmod"):
        named = _settlement_named(token.head)
    if named is None:
        return None
    place = _place_from_token(doc, named, [], town=True, spelled=True)
    if place is None or place.actor.country != hit.actor.country:
        return None
    return place


def _settlement_named(token: Token) -> Token | None:
    """The name X of "the town / city of X" ("pounded the town of Daraya"), else None."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in SETTLEMENT_NOUNS:
        return None
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            return next((g for g in prep.children if g.dep_ == "pobj"), None)
    return None


def _name_at(token: Token) -> str:
    start = min([token.i, *(c.i for c in token.lefts if c.dep_ == "compound")])
    return token.doc[start : token.i + 1].text


def _town(name: str, alternates: bool = False) -> tuple[str, str] | None:
    """(ISO3, name) of the largest city of exactly this name in the gazetteer (cities of
    15,000 people and more): for names the text already puts in a place phrase ("in
    Jericho"), where a small town is no risk of reading a person as a place; with
    ``alternates``, also a city known by this name only as another spelling ("the town of
    Daraya")."""
    found = gazetteer().lookup_exact(name)
    cities = [c.place for c in found if c.place.kind == "city" and not c.alternate]
    cities = cities or [c.place for c in found if c.place.kind == "city" and alternates]
    if not cities:
        return None
    best = max(cities, key=lambda c: c.population)
    if division_elsewhere(name, best) is not None:
        return None
    return best.country, best.name


def _place_from_token(
    doc: Doc, token: Token, hits: list[ActorHit], town: bool = False, spelled: bool = False
) -> ActorHit | None:
    """A city named at ``token`` as a place actor; cities of 50,000 people or more, or any
    the gazetteer knows when ``town`` (the name is in a place phrase), under another
    spelling too when ``spelled`` ("the town of X")."""
    if token.pos_ != "PROPN":
        return None
    start = min([token.i, *(c.i for c in token.lefts if c.dep_ == "compound")])
    if start > 0 and doc[start - 1].pos_ == "PROPN":
        longer = doc[start - 1 : token.i + 1].text
        if gazetteer().lookup_exact(longer):
            # "a New York man", "a North Carolina man": the longer name, never "York"
            start -= 1
    name = doc[start : token.i + 1].text
    found = city_country(name) or (_town(name, spelled) if town else None)
    if found is None:
        return None
    country, place = found
    reason = f"place '{name}' → {place}, a city of {country} (GeoNames): the place acted on"
    actor = Actor(text=name, name=place, country=country, reason=reason)
    locative = any(h.locative for h in hits)
    return ActorHit(token.i, start, token.i + 1, actor, locative=locative)


def _reserved_acts(pred: Predicate) -> list[Token]:
    """The act a threat reserves the right to ("reserved the right to strike Hezbollah": the
    to-clause of its object 'right'), whose target the threat is aimed at."""
    if pred.entry.type != "THREATEN" or pred.via == "noun":
        return []
    return [
        g
        for c in pred.clause.children
        if c.dep_ == "dobj" and c.lemma_.lower() == "right"
        for g in c.children
        if g.dep_ == "acl" and g.pos_ == "VERB"
    ]
