"""Negation, modality (asserted / intended / hypothetical) and who reports an event."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from ..cameo import lookup
from .lexicon import Lexicon
from .listed_verbs import listed_with
from .no_interaction import going_on
from .triggers import Predicate, choose_entry

INTENT_AUX = frozenset({"will", "shall", "'ll", "wo"})
HYPOTHETICAL_AUX = frozenset({"could", "might", "may", "should", "would", "'d", "can", "must"})
CONDITION_MARKS = frozenset({"if", "whether"})
# "has to / is obliged to / is required to" (not in the past): an obligation, not an act
OBLIGING_VERBS = frozenset({"have", "oblige", "obligate", "require"})
# "will not negotiate until the group withdraws", "once Russia withdraws": an act awaited,
# set as a condition (in the present tense; "fought until the town fell" tells it)
AWAITED_MARKS = frozenset({"until", "till", "once"})
# "X will withdraw unless Y ...", "X threatened to leave the talks": a threat
THREAT_MARKS = frozenset({"unless"})
# "vowed to" is a promise or a threat by what is vowed: strict PLOVER decides by the act
THREAT_VERBS = frozenset({"threaten", "warn"})
POSSIBILITY = frozenset(
    {"possible", "possibility", "likely", "potential", "possibly", "perhaps", "maybe",
     "unlikely", "probably", "probable"}
)  # fmt: skip
# "is ready / willing / prepared to X": the action is intended
INTENT_ADJECTIVES = frozenset(
    {"ready", "willing", "prepared", "committed", "determined", "eager", "keen", "poised", "set"}
    | {"due", "schedule", "slate"}  # "is due / scheduled / slated to visit": planned
)
# "is expected to visit": others expect it, nobody has done it yet
EXPECTATION_VERBS = frozenset({"expect", "anticipate"})
NEGATORS = frozenset({"not", "n't", "never", "no"})
# intention verbs that, with a noun object, say the act was done: "undertook a mediation
# mission", "committed atrocities" (but "undertook to withdraw" is a promise)
PERFORMING_VERBS = frozenset({"undertake", "commit"})
# speech acts done by saying them: "offered his condolences", "extended our congratulations"
# (offered or extended, the condolence is conveyed, not promised)
SPEECH_ACT_NOUNS = frozenset(
    {"condolence", "congratulation", "thanks", "gratitude", "sympathy", "appreciation",
     "apology", "greeting", "wish", "tribute", "solidarity", "respect", "regret"}
)  # fmt: skip
# verbs that are speech acts in themselves ("I want to thank", "we wish to condemn")
SPEECH_ACT_VERBS = frozenset(
    {"thank", "congratulate", "commend", "applaud", "praise", "condemn", "welcome", "salute",
     "apologise", "apologize", "denounce", "deplore", "reaffirm", "reiterate"}
)  # fmt: skip
# verbs whose object is the speech act conveyed ("convey my deepest condolences")
CONVEYING_VERBS = frozenset({"convey", "extend", "offer", "send", "pay", "express", "voice"})
# a wish of the speaker's own that names a speech act does it: "I want to convey my
# condolences", "we would like to thank Jordan", "I wish to express our gratitude"
WISH_VERBS = frozenset({"want", "wish", "like"})
FIRST_PERSON = frozenset({"i", "we"})
# nouns of an aim: the act they are, remain or are "of" is aimed at, not done ("the aim is to
# defeat the rebels", "the goal remains the destruction of Hamas", "its objective, which is the
# defeat of ISIL", "with the goal of defeating them"), unless the aim was reached
AIM_NOUNS = frozenset({"aim", "goal", "objective", "purpose", "ambition", "mission", "task"})
AIM_COPULAS = frozenset({"be", "remain"})
REACHING_VERBS = frozenset(
    {"achieve", "accomplish", "attain", "reach", "meet", "fulfil", "fulfill"}
)
# verbs that give someone a task: "was tasked with securing the border", "is mandated to
# protect civilians": the task is aimed at, not reported done
TASKING_VERBS = frozenset({"task", "entrust", "mandate"})
# nouns whose "to" / "that" clause is an announced act: "its plan to deploy troops"
INTENT_NOUNS = frozenset(
    {
        "plan", "offer", "promise", "pledge", "proposal", "commitment", "decision", "intention",
        "readiness", "willingness", "vow", "threat", "bid", "determination",
    }
)  # fmt: skip
# verbs that break or keep a promise: what was promised did not happen, or did ("broke its
# promise to free the prisoners", "went back on its pledge to", "kept its promise to free")
BREAKING_VERBS = frozenset(
    {"break", "violate", "breach", "renege", "betray", "abandon", "go", "dishonour", "dishonor"}
    # plans dropped: "dropped its plan to sell jets", "the plan to withdraw was shelved"
    | {"drop", "shelve", "scrap", "cancel", "ditch", "abort", "jettison", "reverse"}
)
KEEPING_VERBS = frozenset({"keep", "fulfil", "fulfill", "honour", "honor", "deliver"})
# nouns whose "to" clause says what someone ought to do, not what was done: "Russia has a
# responsibility to press the regime", "the need to continue the cooperation"
OBLIGATION_NOUNS = frozenset({"responsibility", "duty", "obligation", "need", "onus"})
# a right to an act says it may be done, not that it is: "reserves the right to retaliate",
# "the right to strike"
ENTITLEMENT_NOUNS = frozenset({"right"})
# means whose infinitive is an end not yet reached, even after a ranking: "the only way to
# achieve a defeat of Daesh", "the best chance to end the war"
MEANS_NOUNS = frozenset(
    {"way", "means", "path", "route", "chance", "opportunity", "option", "key", "solution",
     "tool", "prerequisite", "condition"}
)  # fmt: skip
# "it is right / essential / vital that X ...": advocated, not told
ADVOCATING_WORDS = frozenset(
    {"right", "essential", "vital", "important", "necessary", "crucial", "imperative",
     "critical", "time", "urgent", "appropriate", "desirable", "fitting", "proper",
     "incumbent", "wise", "advisable", "prudent", "preferable", "paramount"}
)  # fmt: skip
# an end aimed at: "to degrade and ultimately destroy ISIL" (on a verb's base form)
END_WORDS = frozenset({"ultimately", "eventually"})
RANKING = frozenset({"first", "last", "only", "second", "third", "latest", "next"})
# verbs whose object act is a term of a deal or a promise, not a thing done: "the accord
# guarantees the withdrawal of foreign troops", "Russia guaranteed the release of the sailors",
# "the plan envisages the return of refugees", "the treaty stipulates the handover of the base"
PROVIDING_VERBS = frozenset(
    {"guarantee", "envisage", "envision", "foresee", "stipulate", "mandate"}
)  # fmt: skip
# verbs that say so only of a document's terms: "the deal includes the release of prisoners",
# "the treaty provides for the withdrawal of troops" ("the operation included the shelling of
# villages", "the UN provided for the refugees" tell what was done or given)
TERM_VERBS = frozenset(
    {"include", "contain", "provide", "ensure", "require", "entail", "cover", "outline",
     "allow", "set", "spell", "foresee", "specify"}
)  # fmt: skip
DOCUMENT_NOUNS = frozenset(
    {"agreement", "deal", "accord", "treaty", "pact", "plan", "proposal", "resolution",
     "package", "draft", "text", "roadmap", "framework", "offer", "term", "bill", "law",
     "initiative", "settlement", "ceasefire", "truce", "arrangement", "memorandum", "protocol",
     "charter", "constitution", "document", "declaration", "communique", "blueprint",
     "scheme", "understanding", "compromise", "clause", "provision", "annex", "formula"}
)  # fmt: skip
# words of accusation whose "of / with" phrase or "that" clause tells the act alleged: "accused
# Russia of attacking the plants", "jailed on charges of aiding terrorists", "denied allegations
# that its troops had shelled the hospital"; a hedged report, as "allegedly" is
ALLEGING_WORDS = frozenset(
    {"accuse", "charge", "suspect", "indict", "allege", "accusation", "allegation",
     "suspicion", "indictment", "claim", "blame"}
)  # fmt: skip
# verbs that keep the act their object names from happening: "Russia vetoed the withdrawal of
# the peacekeepers", "China blocked the release of the report", "police foiled an attack"
PREVENTING_VERBS = frozenset(
    {"veto", "block", "prevent", "thwart", "foil", "scuttle", "torpedo", "avert", "forestall"}
)  # fmt: skip
# verbs that turn down a cooperative act their object names, one proposed or asked for, not
# done: "Serbia rejected the withdrawal of its forces", "Israel balked at the release of the
# prisoners" (a conflict act rejected or opposed, "rejected the sanctions", "opposed the
# strikes", may well have happened and keeps its modality); rejected, the act is refused
# (negated), opposed or objected to, it stays open (hypothetical)
REFUSING_VERBS = frozenset({"reject", "rebuff", "spurn", "turn"})  # "turned down the offer"
# verbs that move an act their object names to a later day: "postponed the talks", "the visit
# was delayed", "put off the withdrawal": still planned, not done; with the particle that
# makes them so ("put off", "push back")
POSTPONING_VERBS: dict[str, str | None] = {
    "postpone": None, "delay": None, "defer": None, "reschedule": None, "put": "off",
    "push": "back",
}  # fmt: skip
OPPOSING_VERBS = frozenset({"oppose", "object", "balk", "baulk", "resist"})
# nouns whose infinitive is what is called for, though the noun itself is no trigger (a phone
# call): "rejected calls to lift the blockade", "ignored calls for Israel to withdraw"
CALL_NOUNS = frozenset({"call"})
# verbs that make a call a phone call or a meeting: "made a call to congratulate him"
CALL_MAKING_VERBS = frozenset(
    {"make", "hold", "have", "take", "receive", "get", "place", "end", "join", "host", "attend"}
)  # fmt: skip
# things set up or kept for a purpose: funds, programmes, institutions. Their infinitive is
# what the thing is for ("a UN fund to support the resettlement of refugees", "a programme to
# help farmers"), no act of its owner's unless a verb says the owner does it ("the UN used the
# fund to support refugees", a purpose of the verb)
THING_NOUNS = frozenset(
    {"fund", "trust", "money", "programme", "program", "project", "scheme", "mechanism",
     "facility", "centre", "center", "framework", "platform", "system", "budget", "grant",
     "account", "foundation", "institute", "haven"}
)  # fmt: skip
# verbs that make or open such a thing: "set up a fund to ..." ("used the fund to ...", "gave
# money to ..." say what the owner does with it)
MAKING_VERBS = frozenset(
    {"set", "create", "establish", "found", "launch", "open", "start", "announce", "unveil",
     "introduce", "pass", "adopt", "enact", "form", "build", "develop", "devise", "design",
     "run", "operate", "have"}
)  # fmt: skip
# means and undertakings whose infinitive says what they are for ("troops to help")
PURPOSE_NOUNS = frozenset(
    {"troop", "soldier", "force", "money", "fund", "weapon", "arm", "equipment", "resource",
     "mission", "operation", "effort", "campaign", "measure", "step", "initiative", "programme",
     "program", "project", "team", "unit", "plane", "aircraft", "ship", "vessel",
     "pressure", "influence", "leverage",  # "pressure on Iran to release the sailors"
     # nouns of effort: "a push to drive the rebels out", "the drive to retake the town"
     "push", "drive", "struggle", "quest", "crusade", "endeavour", "endeavor"}
)  # fmt: skip
# in a statement, a material conflict act with a modal and an "if" condition is a conditional
# threat: "the minister said the EU may impose sanctions if Russia invades"
THREAT_MODALS = frozenset({"will", "shall", "'ll", "wo", "would", "may", "might", "could"})
# verbs whose object's infinitive happened when they did: "forced Israel to withdraw", "helped
# Iraq to retake Mosul"; after other verbs it is what the object is for ("used the tunnels to
# launch attacks", "recruited men to carry out attacks"): aimed at, not done
IMPLICATIVE_VERBS = frozenset(
    {"force", "compel", "oblige", "help", "assist", "allow", "enable", "permit", "let", "make",
     "cause", "lead", "get", "drive", "persuade", "convince", "prompt", "spur", "inspire"}
)  # fmt: skip
# verbs of trying: what they would make someone else do has not happened, nor does its doer
# intend it ("tried to persuade Syria to expel him", "is trying to force Iraq to withdraw":
# hypothetical); an attempt of one's own ("tried to storm the base") is not read by them
CONATIVE_VERBS = frozenset({"try", "attempt", "strive", "endeavour", "endeavor", "struggle"})
# verbs that start or tell an operation whose infinitive is the operation's own aim ("began
# their advance to isolate Raqqah", "announced the start of the operation to isolate"): the
# parse hangs the aim on the verb; the operation is under way, so is its aim
UNDERTAKING_VERBS = frozenset(
    {"begin", "start", "launch", "continue", "resume", "announce", "conduct", "intensify",
     "expand", "escalate", "step", "mount", "stage", "lead", "join", "open"}
)  # fmt: skip
# passives that report an act rather than aim at one: "is alleged to be holding", "is known
# to fund"
KNOWING_VERBS = frozenset(
    {"allege", "know", "see", "consider", "understand", "presume", "rumour", "rumor", "hold"}
)
# verbs of promise whose object is the act promised ("pledged aid", "committed $20 million")
PLEDGE_VERBS = frozenset({"pledge", "promise", "commit"})
# a passive that tells what is only believed, said or rumoured: "Israel is thought to have
# bombed", "the rebels are reported to have killed" (a hedged report: asserted as event data
# codes reported and alleged acts, its reason names the hedge and its confidence is lower;
# "is known to" is no hedge)
HEARSAY_VERBS = frozenset(
    {"think", "believe", "say", "report", "allege", "rumour", "rumor", "suspect", "claim",
     "understand", "presume", "suppose", "reckon", "fear"}
)  # fmt: skip
# the same said of the act itself: "reportedly bombed", "the alleged attack", "a suspected
# Israeli airstrike"
HEARSAY_WORDS = frozenset(
    {"reportedly", "allegedly", "purportedly", "supposedly", "reputedly", "alleged", "suspected",
     "purported", "supposed", "presumed", "rumoured", "rumored", "reported"}
)  # fmt: skip
CHAIN_DEPS = frozenset(
    {"xcomp", "ccomp", "dobj", "pcomp", "pobj", "prep", "conj", "advcl", "acomp"}
)


@dataclass(slots=True)
class Modality:
    modality: str = "asserted"
    negated: bool = False
    why: list[str] | None = None
    request_content: bool = False  # the content of an appeal or demand: not an event
    obligation: str | None = None  # "X must withdraw": a demand when someone says it
    threat: str | None = None  # "unless ..." or "threatened to ...": the intention is a threat
    hedged: bool = False  # told as reported, believed or alleged: asserted, less confident
    # "a fund to support refugees": what a thing is for, no act of anyone's (not an event)
    thing_purpose: str | None = None
    # "warned it would deploy troops", "threatened that it would deploy troops": the act
    # threatened is the content of the THREATEN the verb codes, not a second event ("threatened
    # to deploy troops" keeps its intended act, a THREATEN in strict PLOVER)
    threat_content: str | None = None


def governors(token: Token, limit: int = 6) -> list[tuple[Token, str]]:
    """The chain of heads above ``token`` with the dependency that led to each."""
    chain: list[tuple[Token, str]] = []
    current = token
    for _ in range(limit):
        listed = listed_with(current)
        if listed is not None:  # "urged X to lift ..., allow aid": as the verb it continues
            chain.append((listed, "conj"))
            current = listed
            continue
        if current.dep_ not in CHAIN_DEPS or current.head == current:
            break
        chain.append((current.head, current.dep_))
        current = current.head
    return chain


def analyse(pred: Predicate, lexicon: Lexicon, in_report: bool) -> Modality:
    result = Modality(why=[])
    clause = pred.clause
    for token in [clause] if clause == pred.head else [clause, pred.head]:
        for child in token.children:
            _own_cue(child, in_report, result)
    _hearsay_subject(clause, lexicon, result)
    if (alleging := _alleged(clause)) is not None:  # "accused Russia of attacking"
        _hedge(result, f"{alleging.text} ... {clause.text}")
    if (instead := _instead(clause)) is not None:  # "instead of negotiating with Hamas"
        result.negated = True
        _why(result, f"'{instead.text} {instead.head.text}'")
    if pred.via == "verb+object" and _pledged(pred):  # "pledged 50 million euros to Syria"
        result.modality = _stronger(result.modality, "intended")
        _why(result, f"'{clause.text}' + object")
    if (
        pred.head != clause
        and clause.lemma_.lower() in lexicon.intent_verbs
        and not (pred.via == "light verb" and clause.lemma_.lower() in PERFORMING_VERBS)
        and pred.head.lemma_.lower() not in SPEECH_ACT_NOUNS  # "offered his condolences"
    ):
        result.modality = _stronger(result.modality, "intended")
        _why(result, f"'{clause.text}' + noun")
    if (term := _provided_term(pred.head)) is not None:  # "the deal guarantees the release"
        result.modality = _stronger(result.modality, "intended")
        _why(result, f"a term ('{term.text} ... {pred.head.text}'): agreed or promised, not done")
        for child in term.children:
            if child.dep_ == "neg":  # "a deal that did not guarantee the withdrawal"
                result.negated = True
                _why(result, f"negation '{child.text} {term.text}'")
            elif child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_AUX:
                result.modality = "hypothetical"
                _why(result, f"auxiliary '{child.text} {term.text}'")
    if (later := _postponed(pred.head)) is not None:  # "the talks were postponed"
        result.modality = _stronger(result.modality, "intended")
        _why(result, f"put off ('{later.text} ... {pred.head.text}'): planned, not done")
    if (refusal := _refused_act(pred)) is not None:  # "vetoed the withdrawal of troops"
        verb, kind = refusal
        if kind == "hypothetical":
            result.modality = "hypothetical"
        else:
            result.negated = True
        _why(
            result,
            f"the act {'opposed' if kind == 'hypothetical' else 'kept from happening'} ('{verb.text} ... {pred.head.text}')",
        )
    if pred.via == "noun" and (asked := _listed_after_request(pred.head, lexicon)):
        result.request_content = True  # "called for a ceasefire, the release of hostages"
        _why(result, f"listed after '{asked.text}'")
        return result
    if _noun_complement(clause, lexicon, result):
        return result
    if (aim := _aimed_at(pred.head) or _aimed_at(clause)) is not None:
        result.modality = _stronger(result.modality, "intended")  # "the aim is to defeat ..."
        _why(result, f"an aim ('{aim.text}')")
    if in_report and _conditional_threat(clause, pred):
        result.threat = "'if' condition"
        result.modality = "intended"
        _why(result, "conditional threat ('if')")
    _governor_cues(clause, lexicon, in_report, result)
    if (general := _gerund_subject(clause)) is not None:  # "Defeating ISIL will take time"
        result.modality = "hypothetical"
        _why(result, f"a gerund subject ('{clause.text} ... {general.text}'): the act in general")
    if clause.sent.text.rstrip().endswith("?") and clause.dep_ == "ROOT":
        result.modality = "hypothetical"
        _why(result, "question")
    return result


# finite verb tags: a verb with a tense of its own, not a base form sharing another's modal
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
# "no longer", "no more": the act has stopped or will not happen again
ENDED_WORDS = frozenset({"longer", "more"})


def _no_more(word: Token) -> bool:
    """Whether an adverb "longer"/"more" is negated by its own "no" ("no longer")."""
    return any(c.dep_ in ("neg", "det", "advmod") and c.lower_ == "no" for c in word.children)


def _why(result: Modality, cue: str) -> None:
    assert result.why is not None
    result.why.append(cue)


def _own_cue(child: Token, in_report: bool, result: Modality) -> None:
    """Negation, auxiliaries, conditions and possibility words on the predicate itself."""
    word = child.lower_
    if child.dep_ == "neg" or (child.dep_ == "det" and word == "no"):
        result.negated = True
        _why(result, f"negation '{child.text}'")
    if child.dep_ == "advmod" and word in ENDED_WORDS and _no_more(child):
        result.negated = True  # "would no longer defend him", "will not fight anymore"
        _why(result, f"negation 'no {child.text}'")
    if child.dep_ == "aux":
        _own_aux(child, in_report, result)
    if child.dep_ == "mark" and word in CONDITION_MARKS:
        result.modality = "hypothetical"
        _why(result, f"condition '{child.text}'")
    if child.dep_ == "mark" and word in AWAITED_MARKS and _present(child.head):
        result.modality = "hypothetical"  # "will not negotiate until the group withdraws"
        _why(result, f"awaited ('{child.text} ... {child.head.text}')")
    if child.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in THREAT_MARKS for m in child.children
    ):
        result.threat = f"'{child.text}' condition"
        result.modality = _stronger(result.modality, "intended")
    if word in POSSIBILITY and child.dep_ in ("advmod", "amod", "acomp"):
        result.modality = "hypothetical"
        _why(result, f"'{child.text}'")
    if word in HEARSAY_WORDS and child.dep_ in ("advmod", "amod"):
        _hedge(result, child.text)
    if word in ("any", "whatever") and child.dep_ == "det":
        # "threatened to respond to any NATO deployment", "any attack on Taiwan would ...":
        # an act of any kind, none in particular
        result.modality = "hypothetical"
        _why(result, f"'{child.text} {child.head.text}'")
    if word in END_WORDS and child.dep_ == "advmod" and child.head.tag_ == "VB":
        result.modality = _stronger(result.modality, "intended")  # "to ultimately destroy ISIL"
        _why(result, f"'{child.text}'")


def _own_aux(child: Token, in_report: bool, result: Modality) -> None:
    word = child.lower_
    if _name_part(child):  # "Theresa May extended her condolences": a surname, no modal
        return
    # a condition or a possibility word on the same clause keeps it hypothetical ("whether
    # he would pardon his son", "if they will attend")
    if word in INTENT_AUX:
        result.modality = _stronger(result.modality, "intended")
        _why(result, f"auxiliary '{child.text}'")
    elif word == "must":
        result.obligation = child.text
        result.modality = "hypothetical"
    elif word in HYPOTHETICAL_AUX:
        if word in ("would", "'d", "should") and in_report:
            result.modality = _stronger(result.modality, "intended")
            _why(result, f"'{child.text}' in reported speech")
            if word == "should":  # "Britain said Iran should release the tanker": a demand
                result.obligation = child.text  # on others; the speaker's own stays intended
        else:
            result.modality = "hypothetical"
            _why(result, f"auxiliary '{child.text}'")
    elif word == "going" or child.lemma_ == "go":
        result.modality = _stronger(result.modality, "intended")


# gatherings whose purpose is voiced by the gathering itself: "marched to protest the
# detention", "rallied to demand his release" (done, not aimed at)
PROTEST_MOVES = frozenset(
    {"march", "rally", "gather", "demonstrate", "assemble", "converge", "protest", "strike",
     "take", "walk", "block", "parade", "stage", "occupy", "sit"}
    # a strike or a rally gone on, launched, held or joined: "went on hunger strike to protest"
    | {"go", "launch", "hold", "start", "begin", "join", "call", "organise", "organize"}
)  # fmt: skip
VOICED_PURPOSES = frozenset(
    {"protest", "demonstrate", "demand", "denounce", "condemn", "decry", "oppose", "support",
     "show", "express", "voice", "call", "urge", "press", "mark", "commemorate", "honour",
     "honor", "mourn", "reject", "criticize", "criticise", "challenge", "back", "defend"}
)  # fmt: skip


def _governor_cues(clause: Token, lexicon: Lexicon, in_report: bool, result: Modality) -> None:
    """Cues on the verbs and nouns that govern the clause: intention, negating, request and
    expectation verbs, modals and conditions on them; stops at a reporting verb's clause."""
    below = clause
    focus = clause.head if clause.dep_ == "attr" else clause
    if _cleft_cues(focus, in_report, lexicon, result):
        return  # "What X won't accept is [sanctions]", "What X did not do was [criticize]"
    for head, dep in governors(clause):
        lemma = head.lemma_.lower()
        if dep == "xcomp" and performative(below, head):
            _why(result, f"performative ('{head.text} to {below.text}')")
            return  # "I want to convey my condolences": said, so done
        if (
            dep == "xcomp"
            and lemma in CONATIVE_VERBS
            and below.lemma_.lower() in IMPLICATIVE_VERBS
            and below != clause
        ):  # "is trying to persuade Syria [to expel him]": another's aim for its doer, not
            # done nor intended by it (no event in strict PLOVER)
            result.modality = "hypothetical"
            _why(result, f"'{head.text} to {below.text}'")
        if dep == "ccomp" and lemma in THREAT_VERBS and own_threat(below, head):
            result.threat_content = f"{head.text} ... {below.text}"
            return
        if dep == "advcl" and _condition(below):
            # the condition of what governs it, demanded of another, not threatened or
            # intended by the governor's subject: "threatened to impose tariffs [unless
            # Beijing lifts its restrictions]"
            result.modality = "hypothetical"
            _why(result, f"condition of '{head.text}'")
            return
        if dep in ("advcl", "xcomp") and _infinitive(below) and _advocated(head):
            # "it is imperative (for all parties) to coordinate": an exhortation, no one's act
            result.modality = "hypothetical"
            _why(result, f"advocated ('it {head.text} ... to {below.text}')")
            return
        if dep in ("advcl", "xcomp") and _infinitive(below) and _needed(head):
            result.modality = "hypothetical"  # "Iraq needs to work with Turkey"
            result.obligation = f"{head.text} to"  # said by another, a demand on them
            _why(result, f"a need ('{head.text} to')")
            return
        if dep in ("advcl", "xcomp") and (thing := _thing_made(below, head)):
            result.thing_purpose = thing  # "set up a fund [to support refugees]"
            return
        if dep == "advcl" and below != clause and (asked := _called_for(below, lexicon)):
            # "made a plea to the rebels [to stop] shelling", "repeated its call on the army [to
            # ensure] its units do not loot": what the appeal asks for, not done
            result.request_content = True
            _why(result, f"asked for ('{asked.text} ... to {below.text}')")
            return
        if (
            dep == "advcl"
            and _infinitive(below)
            and lemma in lexicon.intent_verbs | lexicon.negating_verbs
        ):  # "have sworn [to fight]", parsed as a purpose clause
            dep = "xcomp"
        elif (
            dep == "advcl"
            and _infinitive(below)
            and below.pos_ == "VERB"
            and not (lemma in PROTEST_MOVES and below.lemma_.lower() in VOICED_PURPOSES)
        ):  # "marched [to protest]": said by the march itself, done
            # a purpose is aimed at, not done: "launched strikes [to support Assad]"
            result.modality = _stronger(result.modality, "intended")
            _why(result, f"purpose ('to {below.text}')")
        elif dep == "xcomp" and _object_purpose(below, head, lexicon):
            result.modality = _stronger(result.modality, "intended")
            _why(result, f"purpose ('{head.text} ... to {below.text}')")
        elif dep == "conj" and _infinitive(below) and not _infinitive(head):
            # "We remain committed to working with X, and our partners [to support] ...": an
            # infinitive hung on a finite verb by the parse is a purpose or a plan, not done
            result.modality = _stronger(result.modality, "intended")
            _why(result, f"infinitive ('to {below.text}')")
        if dep == "xcomp" and _hearsay(head):
            _hedge(result, f"{head.text} to")
        if dep == "xcomp" and _too_much(head):  # "too early to normalise relations"
            result.negated = True
            _why(result, f"'too {head.text} to'")
        if dep in ("xcomp", "attr", "ccomp") and _cleft_cues(head, in_report, lexicon, result):
            return
        under, below = below, head
        if (
            dep == "prep"
            and under.lower_ == "to"
            and any(c.dep_ == "pcomp" for c in under.children)
        ):
            dep = "xcomp"  # "committed to working with", "agreed to sharing"
        if (
            dep == "prep"
            and under.lower_ == "of"
            and (lemma in INTENT_NOUNS or (lemma in AIM_NOUNS and not _reached(head)))
            and any(c.dep_ == "pcomp" for c in under.children)
        ):  # "has no intention of attacking", "its plan of expanding", "with the goal of
            # defeating": an intention
            result.modality = _stronger(result.modality, "intended")
            _why(result, f"'{head.text} of'")
            _denied_intent(head, result)
        if (dep == "prep" and under.lower_ == "with" and lemma in TASKING_VERBS) or (
            dep == "xcomp" and lemma in TASKING_VERBS
        ):  # "was tasked with securing the border", "is mandated to protect civilians"
            result.modality = _stronger(result.modality, "intended")
            _why(result, f"a task ('{head.text} {under.text}')")
        if dep == "ccomp" and _advocated(head) and not _past(under):
            # "it is right that both countries discuss" ("it is important that Russia withdrew"
            # judges what was done)
            result.modality = "hypothetical"
            _why(result, f"advocated ('it {head.text} ... that')")
            return
        if dep == "ccomp" and _request_object(head, lexicon):  # "reiterated its demand that"
            result.request_content = True
            return
        if dep in ("ccomp", "xcomp") and lemma in EXPECTATION_VERBS:  # "expect X to withdraw"
            result.modality = "hypothetical"
            _why(result, f"'{head.text}'")
            return
        if lemma == "invite" and dep in ("xcomp", "ccomp", "advcl") and _infinitive(under):
            # "invited Lee to visit Beijing": the invitation is coded; the visit is not done
            result.modality = _stronger(result.modality, "hypothetical")
            _why(result, f"invited ('{head.text} ... to {under.text}')")
            return
        if (
            lemma in lexicon.request_verbs
            and not (dep == "ccomp" and under.i < head.i)  # "X attacked Y, the UN urges ..."
            and not (dep == "conj" and under.tag_ in ("VBD", "VBZ"))  # "pressed X to withdraw
            # and sent aid": a finite verb beside the request is the asker's own act
            and _requests(head, lexicon)
        ):
            result.request_content = True  # "urged Iran to", "demanded that Israel withdraw"
            return
        if (
            dep == "ccomp"
            and lemma not in lexicon.negating_verbs | lexicon.intent_verbs
            and not _ensuring(head)
        ):
            return
        if dep == "ccomp" and lemma == "agree" and _agreed_fact(under, head):
            _hedge(result, f"{head.text} that")  # "scholars agree that X attacked the town"
            return
        if dep == "ccomp" and lemma in lexicon.intent_verbs:  # "agreed that they should ..."
            # ("has yet to decide whether to send troops": the condition keeps it open)
            if not _condition(under):
                result.modality = "intended"
            _why(result, f"'{head.text} that'")
            return
        if _governor_cue(head, dep, lexicon, result):
            return  # "declined to [confirm or deny]": what governs it is about the answer
        if not (dep == "conj" and _own_clause(under)):
            # a finite verb, or one with its own subject, beside a modal one is a clause of its
            # own: "the UN will send aid, and Britain sends troops" (sent, not intended)
            _head_cues(head, in_report, result)
        if head.lower_ in POSSIBILITY or lemma in POSSIBILITY:
            result.modality = "hypothetical"
            _why(result, f"'{head.text}'")
    if below != clause:  # the clause's own noun: _noun_complement
        _purpose_of_thing(below, lexicon, result)


def own_threat(clause: Token, verb: Token) -> bool:
    """ "warned it would deploy troops", "threatened that they would strike": the threatening
    side's own act (a clause whose subject is a pronoun or the warner's own noun), not a
    warning of another's ("warned that the rebels would attack")."""
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].dep_ == "nsubjpass":
        return False
    subject = subjects[0]
    if subject.tag_ == "PRP" and subject.lower_ != "you":
        return True
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(own) and own[0].lemma_.lower() == subject.lemma_.lower()


def _agreed_fact(clause: Token, agree: Token) -> bool:
    """ "Scholars agree that the Kurds took the town", "agreed that the army had shelled it": an
    agreement about what happened or is (a past clause, or opinion holders agreeing), not a
    commitment ("agreed that they would meet", "agreed that troops withdraw")."""
    if any(c.dep_ == "nsubj" and opinion_holders(c) for c in agree.children):
        return True
    if clause.tag_ == "VBD":
        return True
    return any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have")
        for c in clause.children
    ) and not any(c.dep_ == "aux" and c.lower_ in HYPOTHETICAL_AUX | INTENT_AUX
                  for c in clause.children)  # fmt: skip


# people whose judgement is reported, not acts: "scholars generally agree", "experts believe"
OPINION_HOLDERS = frozenset(
    {"scholar", "expert", "analyst", "historian", "academic", "researcher", "observer",
     "commentator", "pundit", "economist", "specialist", "scientist", "pollster", "theorist"}
)  # fmt: skip


def opinion_holders(noun: Token) -> bool:
    """A class of experts or commentators, not a body in particular ("scholars", "most
    Western analysts", not "UN experts", "the experts" or "the panel's experts")."""
    if noun.lemma_.lower() not in OPINION_HOLDERS:
        return False
    for child in noun.children:
        if child.dep_ in ("poss", "compound") or (child.dep_ == "det" and child.lower_ == "the"):
            return False
    return True


def performative(verb: Token, wish: Token) -> bool:
    """ "I want to convey my deepest condolences", "we would like to thank Jordan": a wish of
    the speaker's own ('I', 'we') to perform a speech act performs it ("Russia wants to thank
    Turkey" and "I want to meet him" stay intended)."""
    if wish.lemma_.lower() not in WISH_VERBS or not _infinitive(verb):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in FIRST_PERSON for c in wish.children):
        return False
    if any(c.dep_ == "neg" for c in wish.children):
        return False
    lemma = verb.lemma_.lower()
    if lemma in SPEECH_ACT_VERBS:
        return True
    return lemma in CONVEYING_VERBS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in SPEECH_ACT_NOUNS for c in verb.children
    )


def _advocated(copula: Token) -> bool:
    """ "it is right / essential / time that X ...": what the speaker holds should happen."""
    if copula.lemma_ != "be" or not any(
        c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in copula.children
    ):
        return False
    return any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in ADVOCATING_WORDS
        for c in copula.children
    )


def _pledged(pred: Predicate) -> bool:
    """A pledge or promise whose object the lexicon types as the act promised ("pledged aid":
    AID, "promised its support": SUPPORT), not as the promise itself (AGREE, THREATEN)."""
    return pred.clause.lemma_.lower() in PLEDGE_VERBS and pred.entry.type not in (
        "AGREE",
        "THREATEN",
    )


def _hearsay_subject(clause: Token, lexicon: Lexicon, result: Modality) -> None:
    """The act that does it is only alleged: "a suspected Israeli airstrike hit a convoy", "the
    alleged attack killed ten" (an act noun as subject; "suspected militants attacked" says
    who is suspected, not whether it happened)."""
    for subject in (c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")):
        if subject.lemma_.lower() not in lexicon.nouns:
            continue
        for mod in subject.children:
            if mod.dep_ == "amod" and mod.lower_ in HEARSAY_WORDS:
                _hedge(result, f"{mod.text} {subject.text}")


def _hedge(result: Modality, words: str) -> None:
    """A hedged report ("reportedly", "is thought to", "a suspected airstrike"): the act stays
    asserted (event data codes reported, alleged and claimed acts; docs/events.md), and the
    reason names the hedge."""
    if not result.hedged:
        result.hedged = True
        _why(result, f"hedged report ('{words}')")


def _hearsay(verb: Token) -> bool:
    """ "is thought / believed / said / reported / alleged to": a passive that only reports
    what others believe or say of its subject."""
    return verb.lemma_.lower() in HEARSAY_VERBS and any(c.dep_ == "auxpass" for c in verb.children)


def _needed(verb: Token) -> bool:
    """ "needs to / will need to", and "has to / is obliged to / is required to" not in the
    past: what an actor must do, not what it does ("had to withdraw", "was obliged to
    withdraw" tell that it did)."""
    lemma = verb.lemma_.lower()
    if any(c.dep_ == "dobj" for c in verb.children):
        return False  # "needed more soldiers to meet ...", "have the means to"
    if lemma == "need":
        return True
    if lemma not in OBLIGING_VERBS:
        return False
    tags = {verb.tag_, *(c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass"))}
    return "VBD" not in tags


def _past(verb: Token) -> bool:
    """A verb in the past or the perfect ("withdrew", "has withdrawn", "was expelled")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lower_ in HYPOTHETICAL_AUX | INTENT_AUX or c.lower_ == "to" for c in auxes):
        return False
    return verb.tag_ == "VBD" or any(c.tag_ == "VBD" or c.lemma_ == "have" for c in auxes)


def _gerund_subject(clause: Token) -> Token | None:
    """The verb a gerund clause with no doer of its own is the subject of, when that verb says
    nothing done ("Defeating ISIL will take time", "Attacking Iran would be a mistake",
    "Negotiating with the Taliban is the only way"): the act spoken of in general. None for a
    past verb, which tells of an act done ("Arming the rebels was a mistake"), and for a
    gerund with its own subject."""
    if clause.dep_ not in ("csubj", "csubjpass") or clause.tag_ != "VBG":
        return None
    if any(c.dep_ in ("nsubj", "poss") for c in clause.children):
        return None
    head = clause.head
    return None if _past(head) else head


def _present(verb: Token) -> bool:
    """A verb in the simple present ("withdraws", "agree", "is withdrawn"): no past tense,
    no perfect ("until it has withdrawn" is awaited too; "until it had withdrawn" is not)."""
    tags = [verb.tag_, *(c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return tags[-1 if len(tags) > 1 else 0] in ("VBZ", "VBP") and "VBD" not in tags


def _too_much(word: Token) -> bool:
    """ "too early", "too weak": what its infinitive says does not happen ("not too late to"
    leaves it open)."""
    if word.pos_ not in ("ADJ", "ADV") or any(c.dep_ == "neg" for c in word.head.children):
        return False
    return any(c.dep_ == "advmod" and c.lower_ == "too" for c in word.children)


def _thing_made(clause: Token, verb: Token) -> str:
    """ "set up a fund [to support refugees]", "a programme was launched [to help farmers]": an
    infinitive after a verb that makes a thing, and that thing, says what the thing is for
    (the words, or "")."""
    if verb.lemma_.lower() not in MAKING_VERBS or not _infinitive(clause):
        return ""
    for child in verb.children:
        if (
            child.dep_ in ("dobj", "nsubjpass")
            and child.i < clause.i
            and child.lemma_.lower() in THING_NOUNS
        ):
            return f"{child.text} to {clause.text}"
    return ""


def _object_purpose(clause: Token, verb: Token, lexicon: Lexicon) -> bool:
    """ "used the tunnels [to launch attacks]", "recruited young men [to carry out attacks]",
    "troops were sent [to fight]": an infinitive after a verb and its object (or its passive
    subject) says what the object is for (not after a verb that makes it happen, "forced
    Israel to withdraw", one that asks, intends or reports it, "is believed to", nor a perfect
    infinitive, "to have attacked")."""
    lemma = verb.lemma_.lower()
    if not _infinitive(clause) or any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in clause.children
    ):
        return False
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    if not passive and not any(c.dep_ == "dobj" for c in verb.children):
        return False
    told = lexicon.request_verbs | lexicon.intent_verbs | lexicon.negating_verbs
    told |= lexicon.speech_verbs | KNOWING_VERBS | HEARSAY_VERBS
    return lemma not in IMPLICATIVE_VERBS | UNDERTAKING_VERBS | told | EXPECTATION_VERBS


# nouns of a negating verb: their infinitive is not done ("Iran's refusal to stop enrichment")
NEGATING_NOUNS = frozenset({"refusal", "failure", "reluctance", "unwillingness", "inability"})


def _purpose_of_thing(top: Token, lexicon: Lexicon, result: Modality) -> None:
    """The chain of governors ends in an infinitive on a noun: "deny ISIL a safe haven [to plot
    attacks]", "the money [to buy weapons to attack]": what the thing is for, not done (not
    after a ranking: "the first country to recognise")."""
    noun = top.head
    if top.dep_ not in ("acl", "relcl") or noun.pos_ != "NOUN" or not _infinitive(top):
        return
    if noun.lemma_.lower() in MEANS_NOUNS:  # "the only way to achieve a defeat of Daesh"
        result.modality = _stronger(result.modality, "hypothetical")
        _why(result, f"a means ('{noun.text} to {top.text}')")
        return
    if any(m.lower_ in RANKING or m.tag_ == "JJS" for m in noun.children):
        return
    if noun.lemma_.lower() in NEGATING_NOUNS:  # "its refusal to extradite": not done
        result.negated = True
        _why(result, f"'{noun.text} to {top.text}'")
        return
    if noun.lemma_.lower() in THING_NOUNS:  # "a fund to support the resettlement of refugees"
        result.thing_purpose = f"{noun.text} to {top.text}"
        return
    if _asking_noun(noun, lexicon) or _called_for(top, lexicon) is not None:
        # "an appeal to both sides [to stop] shelling": what the appeal asks for, not done
        result.request_content = True
        _why(result, f"asked for ('{noun.text} to {top.text}')")
        return
    result.modality = _stronger(result.modality, "intended")
    _why(result, f"purpose ('{noun.text} to {top.text}')")


def _asking_noun(noun: Token, lexicon: Lexicon) -> bool:
    """An appeal, demand, plea, request or petition (a REQUEST noun in the lexicon)."""
    return any(e.type == "REQUEST" for e in lexicon.nouns.get(noun.lemma_.lower(), ()))


def _cleft_cues(copula: Token, in_report: bool, lexicon: Lexicon, result: Modality) -> bool:
    """A pseudo-cleft: "What the administration will not do is [attack Iran]", "What Russia
    won't accept is [sanctions]": the negation, modal and negating or intention verb of the
    "what" clause are the focus's own ("What X did was attack Y" stays asserted). True when
    the copula opens such a cleft."""
    be = [c for c in copula.children if c.dep_ in ("aux", "auxpass") and c.lemma_ == "be"]
    if copula.lemma_ == "be":
        be.append(copula)  # else "What X did not do [was] criticize Y", misparsed
    holders = [*be, copula] if be else []
    clause = next((c for h in holders for c in h.children if c.dep_ == "csubj"), None)
    if clause is None or clause.left_edge.lower_ != "what":
        return False
    verbs = [clause, *(c for c in clause.children if c.dep_ == "xcomp")]
    for verb in verbs:
        for child in verb.children:
            if child.dep_ in ("neg", "aux"):
                _own_cue(child, in_report, result)
        lemma = verb.lemma_.lower()
        if lemma in lexicon.negating_verbs:
            result.negated = True
            _why(result, f"'{verb.text}' in a cleft")
        elif lemma in lexicon.intent_verbs | INTENT_ADJECTIVES:
            result.modality = _stronger(result.modality, "intended")
            _why(result, f"'{verb.text}' in a cleft")
    return True


def _condition(clause: Token) -> bool:
    """An "if" or "unless" clause."""
    marks = CONDITION_MARKS | THREAT_MARKS
    return any(m.dep_ == "mark" and m.lower_ in marks for m in clause.children)


def _governor_cue(head: Token, dep: str, lexicon: Lexicon, result: Modality) -> bool:
    """A governing verb that negates ("refused to", "did not agree to") or announces the act
    ("agreed to", "is ready to"). True when it leaves the act open ("neither confirmed nor
    denied")."""
    lemma = head.lemma_.lower()
    negating = _negating(head, lexicon)
    denied = any(c.dep_ == "neg" for c in head.children)
    if negating and denied and dep != "conj":
        # "has not ruled out a strike", "did not deny attacking": left open, not denied
        result.negated = False
        result.modality = _stronger(result.modality, "hypothetical")
        _why(result, f"'not {head.text}': left open")
        return True
    if denied and dep == "xcomp":
        result.negated = not result.negated
        _why(result, f"negated '{head.text}'")
    if negating and _confirm_or_deny(head):
        # "neither confirmed nor denied that it carries out strikes", "would not confirm or
        # deny": left open, not denied
        result.modality = _stronger(result.modality, "hypothetical")
        _why(result, f"'confirm' or '{head.text}': left open")
        return True
    if negating and dep != "conj":
        # not a verb beside it: "Hamas denied the attack and [accused] Israel of ..."
        result.negated = True
        _why(result, f"'{head.text}'")
    elif lemma in lexicon.intent_verbs | INTENT_ADJECTIVES and dep in ("xcomp", "dobj"):
        if lemma in THREAT_VERBS:
            result.threat = f"'{head.text} to'"
        result.modality = _stronger(result.modality, "intended")
        _why(result, f"'{head.text} to'")
    return False


def _negating(verb: Token, lexicon: Lexicon) -> bool:
    """A verb that says its complement is not done: "denied", "refused", "refrained from", a
    phrasal one ("ruled out sending troops"), "stopped / fell short of condemning"."""
    lemma = verb.lemma_.lower()
    if lemma in lexicon.negating_verbs:
        return True
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    if any(f"{lemma} {p}" in lexicon.negating_verbs for p in particles):
        return True
    return lemma == "short" and verb.head.lemma_.lower() in ("stop", "fall")


def _confirm_or_deny(verb: Token) -> bool:
    """A denial coordinated with "confirm" ("neither confirmed nor denied", "declined to
    confirm or deny"): no side taken."""
    pair = [verb.head] if verb.dep_ == "conj" else []
    pair += [c for c in verb.children if c.dep_ == "conj"]
    return any(t.lemma_.lower() == "confirm" for t in pair)


def _head_cues(head: Token, in_report: bool, result: Modality) -> None:
    """Modals and conditions on a governing verb ("would agree to", "if they decide to")."""
    for child in head.children:
        if child.dep_ == "aux" and child.lower_ in ("would", "should") and in_report:
            result.modality = _stronger(result.modality, "intended")
            _why(result, f"'{child.text} {head.text}' in reported speech")
        if child.dep_ == "aux" and child.lower_ in HYPOTHETICAL_AUX and not in_report:
            result.modality = "hypothetical"
            _why(result, f"auxiliary '{child.text}' on '{head.text}'")
        if child.dep_ == "mark" and child.lower_ in CONDITION_MARKS:
            result.modality = "hypothetical"
            _why(result, f"condition '{child.text}'")
        if child.dep_ == "aux" and child.lower_ in INTENT_AUX:
            result.modality = _stronger(result.modality, "intended")


def _name_part(word: Token) -> bool:
    """A capitalised modal inside a name ("Theresa May", "Brian May"), not an auxiliary."""
    return (
        word.text[:1].isupper()
        and word.i > word.sent.start
        and (word.ent_type_ == "PERSON" or word.nbor(-1).ent_type_ == "PERSON")
    )


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _request_object(verb: Token, lexicon: Lexicon) -> bool:
    return any(
        c.dep_ == "dobj"
        and any(e.type == "REQUEST" for e in lexicon.nouns.get(c.lemma_.lower(), ()))
        for c in verb.children
    )


def in_order_to(clause: Token) -> Token | None:
    """The verb whose purpose ``clause`` is in "in order (for X) to [clause]" ("bombed the
    bridges in order to stop the advance", "In order to defeat ISIL, the coalition ..."), or
    None. The parse hangs the clause on the noun "order"."""
    order = clause.head
    if clause.dep_ not in ("acl", "advcl") or order.lower_ != "order" or order.dep_ != "pobj":
        return None
    prep = order.head
    if prep.lower_ != "in" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def _alleged(clause: Token) -> Token | None:
    """The word of accusation whose "of / with" phrase ("accused Russia of attacking", "on
    charges of aiding terrorists", "charged India with sponsoring attacks", "blamed Iran for
    the attack") or "that" clause ("allegations that its troops had shelled the hospital")
    the act is, or None."""
    head = clause.head
    if clause.dep_ in ("pcomp", "pobj") and head.dep_ == "prep":
        word = head.head
        if (
            clause.tag_ == "VBG"
            and word.dep_ == "dobj"
            and word.head.lemma_.lower() in ALLEGING_WORDS
        ):  # "accused the mayor [of taking bribes]": the parser hung the phrase on the object
            word = word.head
        preps = ("for",) if word.lemma_.lower() == "blame" else ("of", "with")
        if head.lower_ not in preps:
            return None
    elif clause.dep_ in ("acl", "ccomp") and any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
    ):
        word = head
        if word.pos_ != "NOUN":  # "Iran claimed that it had attacked": its own word
            return None
    else:
        return None
    return word if word.lemma_.lower() in ALLEGING_WORDS else None


def _refused_act(pred: Predicate) -> tuple[Token, str] | None:
    """The verb that keeps the act noun from happening ("vetoed / blocked / prevented the
    withdrawal": negated), refuses it when it is cooperative ("rejected the withdrawal of its
    forces", "turned down the release": negated) or opposes it ("opposed / objected to / balked
    at the deployment": hypothetical), with that kind; or None."""
    noun = pred.head
    if noun.pos_ != "NOUN" or pred.clause != noun:
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ in ("prep", "prt") and verb.lower_ in ("at", "to"):
        verb = verb.head  # "balked at the release", "objected to the deployment"
    elif noun.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not block the release": left as it is told
    lemma = verb.lemma_.lower()
    if lemma in PREVENTING_VERBS:
        return verb, "negated"
    if lookup(pred.entry.cameo).quad_class > 2:
        return None  # "rejected the sanctions", "opposed the strikes": done, maybe
    if lemma == "turn" and not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return None
    if lemma in REFUSING_VERBS:
        return verb, "negated"
    if lemma in OPPOSING_VERBS:
        return verb, "hypothetical"
    return None


def _postponed(noun: Token) -> Token | None:
    """The verb that puts off the act its noun names ("Egypt postponed talks with Ethiopia",
    "the talks had been postponed", "put off the visit"), not negated; or None."""
    if noun.pos_ != "NOUN" or noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    verb = noun.head
    lemma = verb.lemma_.lower()
    if verb.pos_ not in ("VERB", "AUX") or lemma not in POSTPONING_VERBS:
        return None
    particle = POSTPONING_VERBS[lemma]
    if particle is not None and not any(
        c.dep_ == "prt" and c.lower_ == particle for c in verb.children
    ):
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not delay the withdrawal": left as it is told
    return verb


def _provided_term(noun: Token) -> Token | None:
    """The verb that makes the act noun a term of a deal or a promise, or None: the object
    of guarantee / envisage / foresee / stipulate ("Russia guaranteed the release of the
    sailors", "the withdrawal of troops is guaranteed"), of include / provide for / ensure ...
    when a document does it ("the deal includes the release of prisoners", "a truce that
    provides for the return of refugees")."""
    if noun.pos_ != "NOUN":
        return None
    verb = noun.head
    if noun.dep_ == "pobj" and verb.lower_ == "for" and verb.dep_ in ("prep", "prt"):
        verb = verb.head  # "provides for the withdrawal", "allows for the return"
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    lemma = verb.lemma_.lower()
    if lemma in PROVIDING_VERBS:
        return verb
    if lemma not in TERM_VERBS:
        return None
    if noun.dep_ == "nsubjpass":  # "the release is included in the deal"
        documents = [
            o for p in verb.children if p.dep_ in ("prep", "agent")
            for o in p.children if o.dep_ == "pobj"
        ]  # fmt: skip
    else:
        documents = [c for c in verb.children if c.dep_ == "nsubj"]
        if documents and documents[0].tag_ == "WDT" and verb.dep_ == "relcl":
            documents = [verb.head]  # "a deal that includes the release"
    return verb if any(d.lemma_.lower() in DOCUMENT_NOUNS for d in documents) else None


def _called_for(clause: Token, lexicon: Lexicon) -> Token | None:
    """ "rejected calls to lift the blockade", "ignored calls for Israel to withdraw": the
    call (or demand, appeal) whose infinitive the clause is, or None, also where the parse hung
    the infinitive on the verb whose object the call is ("ignored calls [to withdraw]"); a call
    made, held or received is a phone call ("made a call to congratulate him")."""
    if clause.dep_ not in ("acl", "relcl", "advcl") or not _infinitive(clause):
        return None
    noun = clause.head
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else clause
    if noun.pos_ in ("VERB", "AUX") and (asked := _object_before(before, noun)) is not None:
        noun = asked  # "ignored calls [to withdraw]": the parse's purpose of 'ignored'
        entries = lexicon.nouns.get(noun.lemma_.lower(), ())
        if noun.lemma_.lower() not in CALL_NOUNS and not any(e.type == "REQUEST" for e in entries):
            return None
        if noun.lemma_.lower() not in CALL_NOUNS:
            return noun  # "made a plea to the kidnappers [to free the hostages]"
    elif noun.pos_ != "NOUN" or noun.lemma_.lower() not in CALL_NOUNS:
        return None
    if any(c.dep_ in ("compound", "amod") for c in noun.children):
        return None  # "a phone call to discuss", "a conference call to review"
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in CALL_MAKING_VERBS:
        return None
    if noun.dep_ == "pobj":
        return None  # "in a call to congratulate him", "during a call to discuss"
    return noun


# the prepositions naming whom an appeal or a call asks: "a plea to the kidnappers", "our
# call on the army"
ASKED_PREPOSITIONS = frozenset({"to", "on", "upon"})


def _object_before(before: Token, verb: Token) -> Token | None:
    """The object of ``verb`` that an infinitive the parse hung on the verb follows, directly
    ("ignored calls [to withdraw]") or after the "to" or "on" phrase naming whom it asks ("made
    a plea to the kidnappers [to free them]", "repeated its call on the army and the police
    [to ...]"), or None."""
    while before.dep_ == "conj" and before.head.i < before.i:
        before = before.head  # "... on the army and the police"
    if before.dep_ == "dobj" and before.head == verb:
        return before
    prep = before.head
    if before.dep_ != "pobj" or prep.dep_ not in ("prep", "dative"):
        return None
    if prep.lower_ not in ASKED_PREPOSITIONS:
        return None
    obj = prep.head if prep.head.dep_ == "dobj" else None
    if obj is None and prep.head == verb:
        obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < prep.i), None)
    return obj if obj is not None and obj.head == verb else None


def _hung_on_the_verb(clause: Token) -> Token | None:
    """The noun of undertaking an infinitive follows when the parser hung the infinitive on
    the verb whose prepositional object that noun is ("focused on the campaign to deliver the
    rebels a defeat", "talked about efforts to end the war"): what the undertaking is for,
    not what the verb's subject does."""
    if clause.dep_ not in ("xcomp", "advcl") or not _infinitive(clause):
        return None
    start = clause.left_edge.i
    if start == 0:
        return None
    before = clause.doc[start - 1]
    lemma = before.lemma_.lower()
    if before.pos_ != "NOUN" or before.dep_ != "pobj" or lemma not in PURPOSE_NOUNS | INTENT_NOUNS:
        return None
    prep = before.head
    return before if prep.dep_ == "prep" and prep.head == clause.head else None


def _noun_complement(clause: Token, lexicon: Lexicon, result: Modality) -> bool:
    """The clause completes a noun: "its demand that Israel withdraw" (the content of a
    demand, not an event: True), "its plan to deploy troops" (intended)."""
    if in_order_to(clause) is not None:  # a purpose, aimed at: not an order's content
        result.modality = _stronger(result.modality, "intended")
        _why(result, f"purpose ('in order to {clause.text}')")
        return False
    if (call := _called_for(clause, lexicon)) is not None:
        result.request_content = True
        _why(result, f"called for ('{call.text} to {clause.text}')")
        return True
    infinitive_relcl = clause.dep_ == "relcl" and _infinitive(clause)  # "strikes to support"
    noun = _hung_on_the_verb(clause) or clause.head
    if (
        clause.dep_ != "acl" and not infinitive_relcl and noun == clause.head
    ) or noun.pos_ != "NOUN":
        return False
    if not any(c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to") for c in clause.children):
        return False
    lemma = noun.lemma_.lower()
    entries = lexicon.nouns.get(lemma) or []
    if noun.dep_ == "attr" and _advocated(noun.head) and lemma in ADVOCATING_WORDS:
        # "it is time for Iran to release the sailors": advocated, no one's act
        result.modality = "hypothetical"
        _why(result, f"advocated ('it is {noun.text} ... to {clause.text}')")
        return False
    if any(e.type == "REQUEST" for e in entries):
        result.request_content = True
        return True
    protest = any(e.type == "PROTEST" or (e.civil and e.civil.type == "PROTEST") for e in entries)
    if protest and clause.lemma_.lower() in VOICED_PURPOSES:
        _why(result, f"voiced by the {noun.text} ('{noun.text} to {clause.text}')")
        return True  # "began a hunger strike to demand better conditions": said, so done
    if lemma in OBLIGATION_NOUNS and _infinitive(clause):
        result.obligation = noun.text
        result.modality = _stronger(result.modality, "hypothetical")
        _why(result, f"obligation ('{noun.text} to')")
        return False
    if lemma in ENTITLEMENT_NOUNS and _infinitive(clause):  # "reserves the right to retaliate"
        result.modality = _stronger(result.modality, "hypothetical")
        _why(result, f"a right ('{noun.text} to {clause.text}'), not an act done")
        return False
    if lemma in MEANS_NOUNS and _infinitive(clause):  # "the only way to defeat ISIL"
        result.modality = _stronger(result.modality, "hypothetical")
        _why(result, f"a means ('{noun.text} to {clause.text}')")
        return False
    if lemma in NEGATING_NOUNS and _infinitive(clause):  # "Iran's refusal to stop": not done
        result.negated = True
        _why(result, f"'{noun.text} to {clause.text}'")
        return False
    if lemma in THING_NOUNS and _infinitive(clause) and not entries:
        result.thing_purpose = f"{noun.text} to {clause.text}"
        return True
    if lemma in INTENT_NOUNS and (kept := _kept_or_broken(noun)):
        # "broke its promise to free the prisoners": not done; "kept its promise to free
        # them": done
        if kept.lemma_.lower() in BREAKING_VERBS:
            result.negated = True
        _why(result, f"'{kept.text} ... {noun.text} to'")
        return False
    if lemma in INTENT_NOUNS:
        if lemma == "threat":
            result.threat = f"'{noun.text} to'"
        result.modality = _stronger(result.modality, "intended")
        _why(result, f"'{noun.text} to'")
        _denied_intent(noun, result)
    elif (
        _infinitive(clause)
        and (entries or lemma in PURPOSE_NOUNS)
        and not any(m.lower_ in RANKING for m in noun.children)
    ):
        # what an act or a means is for: "airstrikes to support the army", "a mission to
        # rescue", "troops to help"; not "the first country to recognise", "among the
        # nations to condemn" (after a ranking or an actor it says what happened)
        result.modality = _stronger(result.modality, "intended")
        _why(result, f"purpose ('to {clause.text}')")
    return False


def _listed_after_request(noun: Token, lexicon: Lexicon) -> Token | None:
    """ "called for an immediate ceasefire, the release of all hostages and ...", "the proposal
    calls for a pause in fighting, the release of hostages ...": an act noun listed after the
    object of a request, which the parse hung elsewhere (an apposition, a conjunct, or the
    subject of the reporting verb after the quote, an unlabelled dependent), is requested too. The request verb or
    noun, or None."""
    if noun.dep_ not in ("appos", "conj", "dep", "nsubj") or noun.i < 2:
        return None
    if noun.dep_ == "nsubj" and noun.head.lemma_.lower() not in lexicon.speech_verbs:
        return None  # "after the UN called for calm, the attack resumed": an act of its own
    comma = noun.doc[noun.left_edge.i - 1]
    if comma.text != "," or comma.i < 1:
        return None
    before = noun.doc[comma.i - 1]
    for head, dep in governors(before):
        lemma = head.lemma_.lower()
        verb = lemma in lexicon.request_verbs and head.pos_ in ("VERB", "AUX")
        asks = verb and _requests(head, lexicon)
        asks = asks or any(e.type == "REQUEST" for e in lexicon.nouns.get(lemma, ()))
        if asks and dep in ("prep", "pobj", "dobj", "conj"):
            return head
    return None


def _instead(verb: Token) -> Token | None:
    """The "instead" or "rather" of "instead of negotiating", "rather than negotiating": what
    was not done in place of what was (None when the verb is not such an alternative)."""
    if verb.dep_ != "pcomp" or verb.head.lower_ not in ("of", "than"):
        return None
    prep = verb.head
    for child in prep.children:
        if child.dep_ == "advmod" and child.lower_ in ("instead", "rather"):
            return child
    return None


def _own_clause(verb: Token) -> bool:
    """Whether a coordinated verb has a tense or a subject of its own ("... and Britain sends
    troops"), so that the modal of the verb it is coordinated with is not its own."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _ensuring(word: Token) -> bool:
    """ "ensure" or the "sure" of "make sure": what is to be ensured goes as the ensuring does
    ("must ensure that its troops do not loot": hypothetical; "urged the army to make sure that
    its units do not loot": requested; "ensured that aid reached the town": done)."""
    if word.lemma_.lower() == "ensure" and word.pos_ == "VERB":
        return True
    if word.lower_ == "sure":  # the parse hangs "sure" on "make" as acomp or ccomp
        return word.head.lemma_.lower() == "make"
    return word.lemma_.lower() == "make" and any(c.lower_ == "sure" for c in word.children)


def _aimed_at(word: Token) -> Token | None:
    """The aim noun whose content ``word`` is told as, by a copula or an apposition: "the aim
    is [to defeat] the rebels", "the goal remains [the destruction] of Hamas", "our objective,
    which is [the defeat] of ISIL", "its goal, [the defeat] of ISIL", or None."""
    if word.dep_ == "appos":
        aim = word.head
    elif word.dep_ in ("attr", "xcomp") and word.head.lemma_.lower() in AIM_COPULAS:
        copula = word.head
        aim = next((c for c in copula.children if c.dep_ == "nsubj"), copula)
        if aim.tag_ in ("WDT", "WP") and copula.dep_ == "relcl":
            # "our objective, which is the defeat of ISIL"; the parser may hang the relative
            # clause on a noun above its antecedent ("the accomplishment of our objective
            # which is the defeat"): the aim noun right before the relative word is meant
            before = _noun_before(aim)
            aim = before if before is not None and _aim_noun(before) else copula.head
    else:
        return None
    if aim.pos_ != "NOUN" or aim.lemma_.lower() not in AIM_NOUNS or _reached(aim):
        return None
    return aim


def _noun_before(word: Token) -> Token | None:
    """The noun right before ``word``, past a comma ("objective, which"), or None."""
    i = word.i - 1
    if i >= 0 and word.doc[i].text == ",":
        i -= 1
    return word.doc[i] if i >= 0 and word.doc[i].pos_ == "NOUN" else None


def _aim_noun(word: Token) -> bool:
    return word.lemma_.lower() in AIM_NOUNS


def _reached(aim: Token) -> bool:
    """Whether an aim is told as reached: "achieved its goal of capturing the town"."""
    return aim.dep_ in ("dobj", "nsubjpass") and aim.head.lemma_.lower() in REACHING_VERBS


def _kept_or_broken(noun: Token) -> Token | None:
    """The verb that keeps or breaks a promise ("broke its promise", "reneged on its pledge",
    "fulfilled its commitment"), or None."""
    verb = noun.head
    if noun.dep_ == "pobj" and verb.dep_ == "prep":  # "reneged on", "went back on"
        verb = verb.head
    elif noun.dep_ not in ("dobj", "nsubjpass"):
        return None
    lemma = verb.lemma_.lower()
    if lemma == "go" and not any(c.lower_ == "back" for c in verb.children):
        return None  # "went back on its pledge", not "went on"
    if lemma in BREAKING_VERBS | KEEPING_VERBS:
        return verb
    return None


def _denied_intent(noun: Token, result: Modality) -> None:
    """An intention said not to exist: "has no plans to send troops", "there is no intention
    to attack", "does not have any plan to withdraw" negate the act they would announce."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        result.negated = True
        _why(result, f"'no {noun.text}'")
    elif noun.dep_ in ("dobj", "attr") and any(c.dep_ == "neg" for c in noun.head.children):
        result.negated = True
        _why(result, f"negated '{noun.head.text} ... {noun.text}'")


def _conditional_threat(clause: Token, pred: Predicate) -> bool:
    """ "X said it may impose sanctions if Y ...": a material conflict act under a modal with
    an "if" condition, in a statement, is threatened, not merely possible (unreported, "X
    could invade if talks fail" stays a speculation)."""
    if lookup(pred.entry.cameo).quad_class != 4:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in THREAT_MODALS for c in clause.children):
        return False
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "if" for m in c.children)
        for c in clause.children
    )


def _requests(verb: Token, lexicon: Lexicon) -> bool:
    """Does this verb make a request here? "called on X to" does, "called X to thank him"
    does not: the verb's own lexicon reading decides when it has one."""
    entries = lexicon.verbs.get(verb.lemma_.lower())
    if not entries:
        return True
    if going_on(verb) is not None:  # "pressed on with their push to recapture the city"
        return False
    chosen = choose_entry(entries, verb)
    return chosen is not None and chosen[0].type == "REQUEST"


def _stronger(current: str, new: str) -> str:
    rank = {"asserted": 0, "intended": 1, "hypothetical": 2}
    return new if rank[new] > rank[current] else current


def find_speech(pred: Predicate, lexicon: Lexicon) -> Token | None:
    """The reporting verb ("said", "told") whose statement contains the predicate, if any."""
    token = pred.clause
    for _ in range(8):
        if (
            token.dep_ in ("ccomp", "parataxis", "xcomp", "conj", "advcl", "acomp", "pcomp")
            and token.head != token
        ):
            head = token.head
            if head.lemma_.lower() in lexicon.speech_verbs and token.dep_ in ("ccomp", "parataxis"):
                return head
            token = head
            continue
        break
    # "X attacked Y, officials said": the speech verb hangs below the main clause
    root = token
    for child in root.children:
        if (
            child.dep_ in ("parataxis", "ccomp", "advcl")
            and child.lemma_.lower() in lexicon.speech_verbs
        ) and any(c.dep_ == "nsubj" for c in child.children):
            return child
    return None


def according_to(pred: Predicate) -> Token | None:
    """The X of "according to X" on the predicate's clause or its root."""
    for anchor in (pred.clause, pred.clause.sent.root):
        for child in anchor.children:
            if child.dep_ == "prep" and child.lower_ == "according":
                for to in child.children:
                    for pobj in to.children:
                        if pobj.dep_ == "pobj":
                            return pobj
    return None
