"""Which sense of a trigger word a sentence uses: the rules that tell an interaction between
political actors from a word that only looks like one (issue 13).

Each rule returns the reason it drops a candidate (shown by ``extract --explain``) or None.
:func:`reading` works on the parse alone; :func:`sides` once source and target are known;
:func:`material` chooses an entry's material reading ("supported Iraqi forces with air
strikes" is aid, not praise). Rules look at construction classes (names, competition,
topics of talk, capacity and habit, the public's opinions, what the arguments are), never at
single sentences.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from ..actors.resolve_types import ActorHit
from .casualties import left_harmed
from .endings import commercial_halt, effort_to_end
from .lexicon import Lexicon, TriggerEntry
from .modality import opinion_holders
from .no_interaction import disaster_emergency, domestic_promise, fight_against_ill, pressed_on
from .triggers import Predicate, held_by, object_predicate, phrase_objects, relative_object

# diseases, disasters and accidents: what they kill or destroy is no actor's act
NATURAL_CAUSES = frozenset(
    {"disease", "outbreak", "epidemic", "pandemic", "cholera", "malaria", "measles", "ebola",
     "covid", "coronavirus", "virus", "infection", "illness", "fever", "plague", "flu",
     "influenza", "famine", "hunger", "starvation", "malnutrition", "drought", "flood",
     "flooding", "rain", "rainfall", "downpour", "monsoon", "storm", "cyclone", "hurricane",
     "typhoon", "tornado", "earthquake", "quake", "tremor", "aftershock", "tsunami",
     "landslide", "mudslide", "avalanche", "eruption", "volcano", "wildfire", "bushfire",
     "heatwave", "heat", "cold", "snow", "blizzard", "lightning", "accident", "crash",
     "collision", "derailment", "stampede", "weather"}
)  # fmt: skip
# a trigger inside a name is part of the name: "the Commission of Inquiry", "Operation ..."
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
PLACE_NOUNS = frozenset(
    {"town", "city", "village", "area", "district", "region", "province", "territory", "base",
     "camp", "compound", "building", "headquarters", "neighbourhood", "neighborhood", "capital",
     "port", "airport", "border", "enclave", "stronghold", "outpost", "position", "embassy"}
)  # fmt: skip
NAME_ENTITIES = frozenset({"ORG", "FAC", "WORK_OF_ART", "LAW", "EVENT", "PRODUCT", "NORP"})
# words of electoral and sporting competition: "beating Trump in the polls", "fight for votes"
# (not "market": a place where people are bombed and killed far more often than outdone)
COMPETITION = frozenset(
    {
        "poll", "survey", "vote", "voter", "election", "race", "primary", "primaries",
        "nomination", "ballot", "seat", "point", "percent", "percentage", "margin",
        "lead", "rating", "approval", "delegate", "caucus", "contest", "match", "game",
        "championship", "tournament", "title", "cup", "league", "final", "medal", "opponent",
        "rival", "share", "customer", "sale", "price",
    }
)  # fmt: skip
SHARE_WORDS = frozenset({"percent", "percentage", "share", "point", "majority"})
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})  # not boycotts: "will boycott the elections"
# verbs and nouns whose "about" / "of" / "on" phrase is what is talked about, not an act:
# "bragged of assault", "talked about the attack", "focused on support to Syria"
TOPIC_HEADS = frozenset(
    {
        "talk", "speak", "boast", "brag", "joke", "write", "ask", "focus", "comment", "think",
        "learn", "read", "hear", "know", "debate", "discuss", "tweet", "dream", "worry",
        "conversation", "discussion", "question", "story", "article", "book", "film", "speech",
        "remark", "documentary", "lecture", "seminar", "conference", "report",
        "briefing", "session", "hearing", "knowledge", "memory", "rumour", "rumor",
    }
)  # fmt: skip
TOPIC_PREPS = frozenset({"about", "of", "on", "over", "regarding", "concerning"})
# "its capacity to fight", "likes to boast": a power or a habit, no act
CAPACITY_NOUNS = frozenset(
    {"capacity", "ability", "capability", "power", "means", "potential", "strength", "skill"}
)
HABIT_VERBS = frozenset({"like", "love", "enjoy", "tend", "hate", "prefer"})
# "the president usually meets", "traditionally visits": what is done as a rule, no single act
HABIT_ADVERBS = frozenset(
    {"usually", "typically", "normally", "generally", "customarily", "traditionally",
     "habitually", "ordinarily"}
)  # fmt: skip
# "Israel often bombs", "he regularly meets": how often it happens, told in the simple present
# ("has repeatedly attacked", "often clashed last week" tell acts that happened)
FREQUENCY_ADVERBS = frozenset(
    {"often", "frequently", "regularly", "routinely", "always", "sometimes", "occasionally",
     "seldom", "rarely", "repeatedly", "constantly", "periodically"}
)  # fmt: skip
# attitudes: the public's ("most voters do not support the deal") is an opinion, not an act
ATTITUDE_VERBS = frozenset(
    {"support", "back", "oppose", "favor", "favour", "approve", "disapprove", "reject",
     "trust", "distrust", "like", "dislike", "blame", "prefer", "want", "endorse"}
)  # fmt: skip
PUBLIC_NOUNS = frozenset(
    {"voter", "public", "electorate", "respondent", "citizen", "people", "resident",
     "american", "adult", "poll", "survey", "majority", "most", "many", "plurality",
     "democrat", "republican", "independent", "supporter", "consumer", "viewer", "reader"}
)  # fmt: skip
PUBLIC_SECTORS = frozenset({None, "CVL"})
# material help: what a supporter gives ("support X with air strikes", "by providing
# training"), or a subject that is itself aid ("U.S. assistance supports local councils")
MATERIAL_NOUNS = frozenset(
    {
        "assistance", "aid", "grant", "funding", "fund", "money", "loan", "credit", "strike",
        "airstrike", "weapon", "arm", "ammunition", "training", "adviser", "advisor", "troop",
        "equipment", "supply", "force", "program", "programme", "project", "package",
        "dollar", "million", "billion", "munition", "intelligence", "support",
    }
)  # fmt: skip
FIGHTING = frozenset({"MIL", "REB", "PRM", "UAF", "INS"})  # not an opposition party
STRIKE_WORDS = frozenset({"strike", "airstrike", "raid", "sortie", "bombardment", "attack"})
# strikes and arms done or used "in support of" someone: military help
MILITARY_MEANS = frozenset(
    {"strike", "airstrike", "munition", "sortie", "raid", "bombing", "mission", "aircraft",
     "jet", "troop", "soldier", "force", "artillery", "drone", "helicopter", "adviser"}
)  # fmt: skip
# what words attack: "attacked the president's tax plan", "hit back at his record"
ABSTRACT_OBJECTS = frozenset(
    {
        "plan", "policy", "record", "remark", "comment", "statement", "decision", "proposal",
        "stance", "bill", "law", "legislation", "deal", "idea", "view", "speech",
        "claim", "agenda", "budget", "reform", "rhetoric", "tweet", "ad", "character",
        "credibility", "judgment", "judgement", "leadership", "handling", "response",
        "approach", "strategy", "platform", "candidacy", "campaign", "nomination", "report",
        "article", "coverage", "book", "ruling", "verdict", "argument", "message", "vision",
        # inquiries and what they find: "attacked the impeachment inquiry as a sham"
        "investigation", "inquiry", "enquiry", "probe", "impeachment", "hearing", "testimony",
        "finding", "allegation", "accusation", "indictment", "subpoena",
        # rules, measures and pacts: "attacked the new tariffs", "attacks on the peace process"
        "tariff", "regulation", "mandate", "decree", "treaty", "accord", "agreement", "process",
        "initiative", "move", "narrative", "legacy",
    }
)  # fmt: skip
# where words are exchanged: "attacked Trump during the debate", "hit back on Twitter"
SPEECH_SETTINGS = frozenset(
    {"debate", "speech", "interview", "statement", "tweet", "twitter", "ad", "advertisement",
     "rally", "op-ed", "column", "remark", "hearing", "letter", "conference", "editorial",
     "post", "video", "podcast", "broadcast", "show", "programme", "program", "radio",
     "television", "tv", "facebook", "blog", "memoir", "book", "media", "medium"}
)  # fmt: skip
# people who strike, march and boycott, not armed forces: "workers went on strike"
CIVIL_SECTORS = frozenset(
    {"CVL", "LAB", "EDU", "MED", "REL", "JRN", "BUS", "NGO", "REF", "PTY", "AGR", "SOC"}
)
# crowds of a protest: their clashes, storming and burning are a riot (PROTEST 145)
CROWD_WORDS = frozenset(
    {"protester", "protestor", "demonstrator", "rioter", "mob", "crowd", "marcher", "looter"}
)
ON_VERBS = frozenset({"go", "be", "remain", "stay", "come", "walk"})  # "went on strike"
CALLING_VERBS = frozenset({"call", "end", "hold", "join", "announce", "threaten", "organize",
                           "organise", "vote", "picket", "break"})  # fmt: skip
# the war someone is supported in: "support Iraq in its fight against ISIL" is help in a war
WAR_NOUNS = frozenset({"fight", "struggle", "battle", "war", "offensive", "combat"})
MATERIAL_VERBS = frozenset({"provide", "supply", "deliver", "send", "give", "train", "arm", "fund"})
# defeat words: force only when a side is armed ("defeated the rebels", not "defeated Sanders")
DEFEAT_VERBS = frozenset({"defeat", "rout", "trounce", "vanquish", "overpower", "repel", "repulse"})
CONFLICT_TYPES = frozenset({"THREATEN", "SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "PROTEST"})
ARMED_SECTORS = frozenset({"MIL", "REB", "PRM", "UAF", "INS", "OPP"})
# bodies of armed forces, not persons: their arrival or visit is a deployment
UNIT_WORDS = frozenset(
    {"troop", "soldier", "force", "army", "marine", "paratrooper", "commando", "peacekeeper",
     "unit", "contingent", "battalion", "brigade", "division", "regiment", "detachment",
     "warship", "ship", "vessel", "frigate", "destroyer", "submarine", "carrier", "fleet",
     "navy", "jet", "warplane", "aircraft", "bomber", "fighter", "helicopter", "tank",
     "reinforcement", "militiaman", "militia", "guerrilla", "rebel", "insurgent"}
)  # fmt: skip
# sanctions and sanctions listings: "targeted four banks with sanctions", "listed under the
# sanctions regime", "designated a terrorist organisation"
SANCTION_WORDS = frozenset(
    {"sanction", "listing", "designation", "embargo", "blacklist", "freeze", "ofac"}
)
SANCTION_PREPS = frozenset({"with", "through", "by", "under", "via", "in"})
TERROR_WORDS = frozenset({"terrorist", "terrorism", "terror"})
# whom sanctions aim at by what they trade, finance, supply or develop: "targeting developers
# and suppliers of chemical weapons", "target individuals supplying oil to the regime",
# "targeted three banks that finance Hezbollah" (a force word with such an object is economic
# or legal targeting; "targeted ISIL fighters" stays force)
TRADE_AGENTS = frozenset(
    {"supplier", "developer", "financier", "funder", "backer", "trader", "dealer", "smuggler",
     "seller", "buyer", "broker", "procurer", "exporter", "importer", "facilitator",
     "manufacturer", "producer", "shipper", "bank", "banker", "investor", "donor",
     "middleman", "profiteer", "launderer", "trafficker"}
)  # fmt: skip
TRADE_VERBS = frozenset(
    {"supply", "finance", "fund", "sell", "buy", "trade", "develop", "procure", "smuggle",
     "export", "import", "launder", "bankroll", "purchase", "ship", "manufacture", "produce",
     "broker", "invest", "traffic"}
)  # fmt: skip
# verbs that are a sanction only when a sanction or terror listing is named
LISTING_VERBS = frozenset({"designate", "list"})
# a warning is a threat when it warns someone or names conflict to come (PLOVER: "warnings of
# conflictual action"); "warned that conditions were deteriorating" is a comment
WARNING_WORDS = frozenset({"warn", "warning", "caution"})
# "reserves the right to respond": a threat only when what the right is to do is conflict
# ("to resume fighting", "to take retaliatory measures"; not "to change its prices")
RESERVING_WORDS = frozenset({"reserve"})
# what a right reserved may be to do that is conflict, besides a force word of the lexicon
RESPONSE_WORDS = frozenset(
    {"respond", "response", "retaliate", "retaliation", "retaliatory", "react", "reaction",
     "reprisal", "countermeasure", "military", "force", "war", "escalate"}
)  # fmt: skip
CONSEQUENCE_WORDS = frozenset(
    {"consequence", "retaliation", "retaliate", "response", "respond", "reprisal",
     "countermeasure", "measure", "action", "price", "pay", "punish", "punishment", "war",
     "force", "escalation", "escalate", "confrontation", "conflict", "military", "sanction",
     "strike", "attack", "step", "ultimatum", "reaction", "react", "hit", "cost"}
)  # fmt: skip
# speech acts: "support to Syria", "accusations of meddling" with nobody making them are topics
STATEMENT_TYPES = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"})


# where someone is from: "hails from Amarah" (not "hailed the deal")
FEELING_VERBS = frozenset({"encourage", "hearten", "reassure"})  # "are encouraged by the news"
ORIGIN_VERBS = frozenset({"hail", "come", "originate", "descend"})
# agreeing on what is ("agreed that the partnership is critical", "that there will be work")
VIEW_VERBS = frozenset({"agree", "concur"})
DEONTIC_AUX = frozenset({"should", "must", "shall", "ought"})
# what things are said to promise ("the reform agenda promises a better future")
PROMISE_VERBS = frozenset({"promise", "pledge", "guarantee", "offer", "vow", "assure"})
# what situations need: "violence requires a response", "the crisis demands action"
NEED_VERBS = frozenset({"require", "need", "demand", "warrant", "necessitate", "deserve", "merit"})
SITUATION_NOUNS = frozenset(
    {"situation", "crisis", "problem", "challenge", "threat", "circumstance", "violence",
     "conflict", "emergency", "reality", "moment", "fact", "tragedy", "suffering",
     "catastrophe", "disaster", "issue", "scale", "gravity", "severity", "nature", "urgency",
     "terrorism", "extremism", "danger", "risk"}
)  # fmt: skip
OPERATION_NOUNS = frozenset({"operation", "mission", "exercise", "deployment"})
# "as agreed in the resolutions", "as requested by Iraq": a reference to an earlier act
REFERENCE_MARKS = frozenset({"as"})
# what an invitation is to when it is one to meet: "invited Iran to join the talks"
MEETING_VERBS = frozenset(
    {"meet", "visit", "attend", "join", "participate", "talk", "negotiate", "come", "discuss",
     "take", "address", "speak", "hold", "sit", "travel", "observe", "consult"}
)  # fmt: skip
# a standing relation described, not an act: "our partnership with Jordan remains strong"
STANDING_NOUNS = frozenset({"partnership", "alliance", "friendship", "relationship"})
# a command to one's own forces is no demand between actors ("Putin ordered troops to ...")
COMMAND_VERBS = frozenset({"order", "instruct", "command", "direct"})
STATE_SERVANTS = frozenset({"MIL", "COP", "SPY"})
HAVING_VERBS = frozenset({"have", "enjoy", "share", "maintain", "value", "cherish"})
LINKING_VERBS = frozenset({"be", "remain", "stay", "seem", "look", "grow", "become"})
# a class of agents, not someone who acted: "individuals supplying oil to ISIL", "anyone who
# attacks Israel", "companies that sell arms to Syria" (in a clause on such a word, not past)
GENERIC_AGENTS = frozenset(
    {"individual", "person", "people", "anyone", "anybody", "whoever", "everyone", "everybody",
     "someone", "somebody", "those", "one", "entity", "company", "firm", "business", "party",
     "organisation", "organization", "country", "state", "nation", "government", "regime",
     "actor", "group"}
)  # fmt: skip
# who is listed for what they do ("individuals supplying oil", "companies that fund ISIL")
TRADING_PEOPLE = GENERIC_AGENTS | frozenset(
    {
        "businessman",
        "businessmen",
        "bank",
        "network",
        "official",
        "officer",
        "oligarch",
        "front",
        "charity",
        "man",
        "woman",
        "member",
    }
)
GENERIC_DETERMINERS = frozenset({"any", "all", "every", "no", "those"})
# what aid as goods undergoes: "convoys carrying aid were hit", "aid was destroyed" (aid as a
# thing handled, not the act of giving it)
HANDLING_VERBS = frozenset(
    {"carry", "transport", "load", "unload", "store", "ship", "truck", "smuggle", "destroy",
     "damage", "burn", "loot", "steal", "seize", "confiscate", "divert", "intercept", "hit",
     "strike", "bomb", "shell", "target", "attack", "raid", "block", "obstruct", "impede",
     "hamper", "halt", "stop", "withhold", "sell", "waste", "spoil"}
)  # fmt: skip


def reading(pred: Predicate) -> str | None:
    """Why the parse alone says this is no event, or None."""
    for rule in (
        _in_a_name, _natural_cause, _competition, _topic, _capacity_or_habit, _aimed_at_enemy, _reference,
        _invitation_to_act, _standing_relation, _generic_agent, _goods_handled,
        listing_without_sanction, _origin, _opinion, _needed, _role, _heartened, _shared_view,
        effort_to_end, _recalled, _kind_prohibited, _described_as_one_of, _ruled_down,
        _run_of_words, _called_in, disaster_emergency, fight_against_ill, domestic_promise,
        pressed_on,
    ):  # fmt: skip
        why = rule(pred)
        if why:
            return why
    return None


# what a barrage or a volley fired or launched holds when it is force
FIRED_THINGS = frozenset(
    {"missile", "rocket", "shell", "mortar", "artillery", "bomb", "grenade", "projectile",
     "drone", "gunfire", "fire", "bullet", "shot", "round", "strike", "airstrike", "munition",
     "torpedo", "stone", "rock", "tear", "gas", "arrow", "shelling", "attack", "raid",
     "assault", "blow", "punch", "kick"}
)  # fmt: skip


# runs of things fired: "a barrage of rockets", "a volley of criticism"
VOLLEY_NOUNS = frozenset({"barrage", "volley", "salvo", "hail", "flurry", "torrent", "fusillade"})


def _run_of_words(pred: Predicate) -> str | None:
    """ "launched a barrage of attack ads", "fired a volley of criticism at the nominee": a run
    of things that are no weapons fired is words, not force ("a barrage of rockets" is)."""
    if pred.via == "noun" or pred.entry.type not in FORCE_TYPES:
        return None
    for obj in pred.clause.children:
        if obj.dep_ != "dobj" or obj.lemma_.lower() not in VOLLEY_NOUNS:
            continue
        held = [
            g
            for prep in obj.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for g in prep.children
            if g.dep_ == "pobj"
        ]
        # the things held, not their modifiers ("a barrage of attack ads": ads)
        if held and not any(
            w.lemma_.lower() in FIRED_THINGS for g in held for w in (g, *g.conjuncts)
        ):
            return f"a run of no weapons ('{obj.text} of {held[0].text}'), not force"
    return None


# courts and judges: what they strike or shoot down is a ruling, never force
COURT_WORDS = frozenset({"court", "judge", "justice", "tribunal", "bench", "panel"})


def _ruled_down(pred: Predicate) -> str | None:
    """ "The Supreme Court struck down affirmative action", "the law was struck down by a
    federal judge", "the court shot down the appeal": a court's ruling, not an attack, whatever
    it strikes down (a law, a programme, a map, a policy)."""
    verb = pred.clause
    if pred.via == "noun" or pred.entry.type not in FORCE_TYPES:
        return None
    if not any(c.dep_ == "prt" and c.lower_ == "down" for c in verb.children):
        return None
    for child in verb.children:
        doers = [child] if child.dep_ == "nsubj" else []
        if child.dep_ == "agent":
            doers = [g for g in child.children if g.dep_ == "pobj"]
        for doer in doers:
            if doer.lemma_.lower() in COURT_WORDS:
                return f"a court's ruling ('{doer.text} ... {verb.text} down'), not force"
    return None


def _natural_cause(pred: Predicate) -> str | None:
    """ "A cholera outbreak killed forty people", "floods destroyed the village", "were killed
    in ... by an earthquake": a disease, a disaster or an accident as the doer of harm is no
    actor's act (no instrument of force, whose owner acts: "a bomb killed five soldiers")."""
    verb = pred.clause
    if pred.via == "noun" or pred.entry.type not in FORCE_TYPES:
        return None
    for child in verb.children:
        doers = [child] if child.dep_ == "nsubj" else []
        if child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
            doers = [g for g in child.children if g.dep_ == "pobj"]
        for doer in doers:
            words = [doer, *(c for c in doer.children if c.dep_ == "compound")]
            cause = next((w for w in words if w.lemma_.lower() in NATURAL_CAUSES), None)
            if cause is not None and not doer.ent_type_:
                return f"a natural cause ('{cause.text}') is no actor's act"
    return None


def _in_a_name(pred: Predicate) -> str | None:
    """ "the UN Commission of Inquiry on Syria": a trigger word inside a name."""
    head = pred.head
    if pred.via not in ("noun", "verb") or head.pos_ != "PROPN":
        return None
    if head.ent_type_ in NAME_ENTITIES or (head.ent_type_ and head.ent_iob_ == "I"):
        return f"part of a name ('{head.text}' in a {head.ent_type_ or 'proper'} name), not an act"
    return None


def _competition(pred: Predicate) -> str | None:
    """Force and defeat words in an electoral or sporting contest: "is beating Trump in the
    polls", "will fight for votes", "crushed his rival by ten points". Words said in a
    contest are words ("attacked the senator on social media after the vote": the verbal
    reading, :func:`verbal`)."""
    if pred.entry.type not in FORCE_TYPES:
        return None
    if pred.entry.verbal is not None and verbal(pred):
        return None
    objects = [c for c in pred.clause.children if c.dep_ == "dobj"]
    for holder in {pred.clause, pred.head, *objects}:
        for child in holder.children:
            if holder in objects and child.dep_ != "prep":
                continue  # "beating Trump [in the polls]": a phrase the parser hung on the object
            words = [child]
            if child.dep_ in ("prep", "agent"):
                words = [g for g in child.children if g.dep_ in ("pobj", "pcomp")]
            for word in words:
                if (
                    word.dep_ in ("dobj", "pobj", "nsubj", "pcomp", "npadvmod")
                    and (word.lemma_.lower() in COMPETITION)
                    and not _share_of_something(word)
                ):
                    return f"a contest, not force ('{word.text}')"
    return None


def _share_of_something(word: Token) -> bool:
    """A share of something other than a contest: "cleared 20 percent of the city"."""
    if word.lemma_.lower() not in SHARE_WORDS:
        return False
    owned = [g for c in word.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    return any(g.dep_ == "pobj" and g.lemma_.lower() not in COMPETITION for g in owned)


def _topic(pred: Predicate) -> str | None:
    """What is talked about is no act: "bragged of assault", "talked about the strikes",
    "the visit focused on support to Syria"."""
    token = pred.head if pred.head.pos_ in ("NOUN", "PROPN") else pred.clause
    for _ in range(2):
        if token.dep_ not in ("pobj", "pcomp") or token.head.dep_ != "prep":
            return None
        prep = token.head
        owner = prep.head
        if prep.lower_ in TOPIC_PREPS and owner.lemma_.lower() in TOPIC_HEADS:
            return f"the topic of '{owner.text} {prep.text}', not an act"
        token = owner if owner.pos_ in ("NOUN", "PROPN") and owner.dep_ == "pobj" else prep
        if token is prep:
            return None
    return None


def _capacity_or_habit(pred: Predicate) -> str | None:
    """ "likes to boast of its capacity to fight terrorists": a power or a habit is no act."""
    token = pred.clause
    if pred.via != "noun" and (adverb := _habit_adverb(token)):
        return f"a habit ('{adverb} {token.text}'), not a single act"
    for _ in range(6):
        if token.head == token:
            return None
        head, dep = token.head, token.dep_
        lemma = head.lemma_.lower()
        if dep in ("acl", "relcl") and lemma in CAPACITY_NOUNS:  # "capabilities that threaten"
            return f"a capacity ('{head.text} to'), not an act"
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        if dep in ("xcomp", "ccomp") and lemma in HABIT_VERBS and infinitive and not _wish(head):
            return f"a habit ('{head.text} to'), not an act"
        if dep not in ("xcomp", "acl", "pobj", "pcomp", "prep", "conj", "advcl"):
            return None
        token = head
    return None


def _origin(pred: Predicate) -> str | None:
    """ "He hails from Amarah", "comes from Samarra": where someone is from, no praise or
    visit."""
    verb = pred.clause
    if pred.via == "noun" or verb.lemma_.lower() not in ORIGIN_VERBS:
        return None
    if any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return f"an origin ('{verb.text} from'), not an act"
    return None


def _heartened(pred: Predicate) -> str | None:
    """ "The Members of the Council are encouraged by the decision to ...": a passive of
    encourage with no act asked for (no "to" clause or phrase) is a feeling, not a request."""
    verb = pred.clause
    if pred.via == "noun" or verb.lemma_.lower() not in FEELING_VERBS:
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    if any(c.dep_ in ("xcomp", "ccomp") or c.lower_ == "to" for c in verb.children):
        return None
    return f"a feeling ('{verb.text}' by what happened), not a request"


def _opinion(pred: Predicate) -> str | None:
    """ "Experts agree with the government", "scholars reject the claim": statements of a
    class of experts or commentators are opinions, not acts of political actors."""
    if pred.entry.type not in STATEMENT_TYPES or pred.via == "noun":
        return None
    for child in pred.clause.children:
        if child.dep_ == "nsubj" and opinion_holders(child):
            return f"an opinion of '{child.text}', not an act of a political actor"
    return None


def _shared_view(pred: Predicate) -> str | None:
    """ "The ministers agreed that the partnership is critical", "agreed that there will still
    be work to do": agreeing on what is or will be is a shared view, not an agreement to act
    ("agreed that talks will be held", "agreed that a ceasefire should be in place" are)."""
    verb = pred.clause
    if pred.via == "noun" or verb.lemma_.lower() not in VIEW_VERBS:
        return None
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_.lower() != "be":
            continue
        if any(c.dep_ == "aux" and c.lower_ in DEONTIC_AUX for c in clause.children):
            return None
        if any(c.dep_ in ("acomp", "attr", "expl") for c in clause.children):
            return f"a shared view ('{verb.text} that ... {clause.text}'), not an agreement to act"
    return None


def _needed(pred: Predicate) -> str | None:
    """ "ISIL's murderous violence requires a strong response", "the crisis demands a
    response from the world": what a situation or a kind of act needs is no demand by anyone,
    and the kind of act (no 'the', 'this' or number) no act told."""
    head = pred.head
    needed = pred.via == "noun" and head.dep_ == "nsubj" and head.tag_ == "NN"
    if (
        needed
        and head.head.lemma_.lower() in NEED_VERBS
        and not any(c.dep_ in ("det", "nummod") for c in head.children)
    ):
        return f"a kind of act that '{head.head.text}' something, not an act"
    if pred.via != "noun" and pred.clause.lemma_.lower() in NEED_VERBS:
        for child in pred.clause.children:
            if child.dep_ == "nsubj" and child.lemma_.lower() in SITUATION_NOUNS:
                return f"what '{child.text}' needs, not a demand by anyone"
    return None


def _role(pred: Predicate) -> str | None:
    """ "a soldier who was supporting Operation Inherent Resolve", "sailors supporting the
    mission": serving in an operation is a role, not help given to an actor."""
    if pred.via == "noun" or pred.entry.type not in ("SUPPORT", "AID"):
        return None
    for child in pred.clause.children:
        if child.dep_ == "dobj" and (
            child.lemma_.lower() in OPERATION_NOUNS
            or any(w.lower_ == "operation" and w.i < child.i for w in child.subtree)
        ):
            return f"a role in an operation ('{pred.clause.text} {child.text}'), not help"
    return None


def _habit_adverb(verb: Token) -> str:
    """ "usually meets", "traditionally hosted", "often bombs": the adverb that makes the verb
    a habit, or "" (a frequency adverb only on a simple present, with no auxiliary)."""
    for child in verb.children:
        if child.dep_ != "advmod":
            continue
        word = child.lower_
        if word in HABIT_ADVERBS:
            return child.text
        simple_present = verb.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children
        )
        if word in FREQUENCY_ADVERBS and simple_present:
            return child.text
    for child in verb.children:  # "visits the library every day", "meets him each week"
        if child.dep_ == "npadvmod" and verb.tag_ in ("VBZ", "VBP"):
            every = [d for d in child.children if d.dep_ == "det" and d.lower_ in ("every", "each")]
            if every and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
                return f"{every[0].text} {child.text}"
    return ""


def _wish(verb: Token) -> bool:
    """ "would like to", "'d love to": a wish, not a habit."""
    return any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in verb.children)


def _aimed_at_enemy(pred: Predicate) -> str | None:
    """Weapons delivered against someone, or by strikes, to no one: "airstrikes delivered 24
    munitions against ISIL targets", "conducted 300 strikes delivering 850 munitions" are the
    strikes (coded as such), not aid."""
    if pred.entry.type != "AID" or pred.via == "noun":
        return None
    holders = [pred.clause, *(w for w in pred.words if w.dep_ == "dobj")]
    preps = {c.lower_ for h in holders for c in h.children if c.dep_ in ("prep", "dative")}
    if "against" in preps and not preps & {"to", "for"}:
        return "delivered against an enemy, to no recipient: an attack, not aid"
    clause = pred.clause
    strikes = [c for c in clause.children if c.dep_ == "nsubj"]
    if clause.dep_ in ("acl", "relcl"):
        strikes.append(clause.head)
    strike = next((w for w in strikes if w.lemma_.lower() in STRIKE_WORDS), None)
    if strike is not None and not preps & {"to", "for"}:  # "strikes delivering 850 munitions"
        return f"delivered by '{strike.text}', to no recipient: the attack, not aid"
    return None


def _reference(pred: Predicate) -> str | None:
    """ "as agreed in the resolutions", "as requested by Baghdad": a participle that refers
    to an earlier act is no new one (the tagger reads some as past tenses: "as agreed in the
    UN Security Council Resolutions" was VBD, and a finite verb has a subject)."""
    verb = pred.clause
    if pred.via == "noun" or verb.tag_ not in ("VBN", "VBD"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    mark = next((c for c in verb.children if c.dep_ == "mark"), None)
    if mark is None or mark.lower_ not in REFERENCE_MARKS:
        return None
    return f"a reference to an earlier act ('{mark.text} {verb.text}'), not an act"


# what keeps a past act in mind: "the anniversary of the invasion", "commemorates the 1982
# invasion of Lebanon" recall an act, they report no new one
RECALLING_NOUNS = frozenset(
    {"anniversary", "commemoration", "remembrance", "memory", "memorial", "legacy", "jubilee"}
)
RECALLING_VERBS = frozenset({"commemorate", "memorialize", "memorialise", "remember"})
# laws and charters that forbid a kind of act: "forbids attacks on civilians"
PROHIBITING_VERBS = frozenset(
    {"forbid", "ban", "prohibit", "outlaw", "criminalize", "criminalise", "bar", "proscribe"}
)


def _recalled(pred: Predicate) -> str | None:
    """ "marked the third anniversary of the Russian invasion", "the museum commemorates the
    1982 invasion": an act recalled or commemorated is no new act (the anniversary's own
    event, a ceremony, is not coded here)."""
    noun = pred.head
    if pred.via != "noun" or noun.pos_ != "NOUN":
        return None
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in RECALLING_NOUNS:
        return f"an act recalled ('{head.head.text} of ... {noun.text}'), not a new act"
    if noun.dep_ == "dobj" and head.lemma_.lower() in RECALLING_VERBS:
        return f"an act recalled ('{head.text} ... {noun.text}'), not a new act"
    return None


# gatherings of display where people march in step: no protest, no forces moving
CEREMONY_NOUNS = frozenset(
    {"parade", "ceremony", "celebration", "festival", "commemoration", "pageant", "jubilee"}
)


def _ceremonial_march(pred: Predicate) -> str | None:
    """ "Soldiers marched in the Independence Day parade", "veterans marched at the ceremony":
    a march in a parade or ceremony (its own "in / at / during" phrase) is a display, neither
    a protest nor forces on the move; "marched past the parade ground" is still a march."""
    verb = pred.head
    if pred.via == "noun" or verb.lemma_.lower() != "march":
        return None
    for prep, obj in phrase_objects(verb, ("in", "at", "during")):
        if obj.lemma_.lower() in CEREMONY_NOUNS:
            return f"a march in a {obj.lemma_.lower()} ('{prep.text} ... {obj.text}'): a display"
    return None


def _kind_prohibited(pred: Predicate) -> str | None:
    """ "The charter forbids attacks on civilians", "the law bans strikes by public workers": a
    kind of act (a bare plural or mass noun) that a rule forbids is no act told."""
    noun = pred.head
    if pred.via != "noun" or noun.dep_ != "dobj" or noun.tag_ not in ("NNS", "NN"):
        return None
    if noun.head.lemma_.lower() not in PROHIBITING_VERBS:
        return None
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return None  # "banned the march planned for Sunday"
    return f"a kind of act forbidden ('{noun.head.text} {noun.text}'), not an act"


def _described_as_one_of(pred: Predicate) -> str | None:
    """ "The bombing, one of the deadliest attacks in years, killed 50", "Exercise Eager Lion,
    one of CENTCOM's premiere exercises": an apposition "one of the Ns" says what kind of
    thing its head is, no second act ("carried out one of the heaviest strikes" stays)."""
    noun = pred.head
    if pred.via != "noun" or noun.dep_ != "pobj" or noun.tag_ != "NNS":
        return None
    of = noun.head
    one = of.head
    if of.lower_ != "of" or one.lower_ != "one" or one.dep_ != "appos":
        return None
    return f"a description of '{one.head.text}' ('one of ... {noun.text}'), not a second act"


def _invitation_to_act(pred: Predicate) -> str | None:
    """ "invited the parties to build on the proposal": an invitation to act, not to meet
    (an invitation to meet or to join talks stays: "invited Iran to join the talks")."""
    verb = pred.head
    if pred.via == "noun" or verb.lemma_.lower() != "invite":
        return None
    for child in verb.children:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ in ("xcomp", "ccomp") and infinitive:
            if child.lemma_.lower() in MEETING_VERBS:
                return None
            return f"an invitation to act ('{verb.text} ... to {child.text}'), not to meet"
    return None


def _standing_relation(pred: Predicate) -> str | None:
    """ "our partnership with Jordan remains strong", "the two have a long partnership": a
    standing relation judged or held, not an act (forming, signing or launching one is; "the
    partnership between X and Y covers trade" tells a cooperation and stays)."""
    noun = pred.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in STANDING_NOUNS:
        return None
    head = noun.head
    judged = head.lemma_.lower() in LINKING_VERBS and any(c.dep_ == "acomp" for c in head.children)
    if noun.dep_ == "nsubj" and judged:
        return f"a standing relation described ('{noun.text} {head.text}'), not an act"
    if noun.dep_ == "dobj" and head.lemma_.lower() in HAVING_VERBS:
        return f"a standing relation held ('{head.text} ... {noun.text}'), not an act"
    return None


def _generic_agent(pred: Predicate) -> str | None:
    """ "individuals supplying oil to ISIL", "those who fund terrorism", "anyone who attacks
    Israel": a clause that tells what a class of agents does (not in the past: "the people who
    attacked the embassy" did) is no act."""
    clause = pred.clause
    if clause.dep_ not in ("relcl", "acl") or clause.tag_ in ("VBD", "VBN"):
        return None
    if any(c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have")
           for c in clause.children):  # fmt: skip
        return None
    agent = clause.head
    if agent.lemma_.lower() not in GENERIC_AGENTS or agent.ent_type_:
        return None
    for child in agent.children:
        if child.dep_ == "det" and child.lower_ not in GENERIC_DETERMINERS:
            return None  # "the individuals supplying oil": someone in particular
        if child.dep_ in ("poss", "nummod") or (child.dep_ == "compound" and child.ent_type_):
            return None
    return f"a class of agents ('{agent.text} ... {clause.text}'), not someone who acted"


def _goods_handled(pred: Predicate) -> str | None:
    """ "convoys carrying aid were hit", "the aid was destroyed": aid as goods that something
    is done to, not the act of giving it (given by a light verb, "provided aid", or by an agent
    of its own, "aid sent by the UN", it stays)."""
    noun = pred.head
    if pred.entry.type != "AID" or pred.via != "noun" or noun.pos_ != "NOUN":
        return None
    verb = noun.head
    if verb.lemma_.lower() not in HANDLING_VERBS:
        return None
    # "vital aid ... destroyed", "the aid looted": a participle told of the aid, no object
    told = noun.dep_ == "nsubj" and not any(c.dep_ in ("dobj", "ccomp") for c in verb.children)
    if noun.dep_ not in ("dobj", "nsubjpass") and not told:
        return None
    for child in noun.children:
        if child.dep_ == "acl" and any(g.dep_ == "agent" for g in child.children):
            return None
    return f"goods handled ('{verb.text} ... {noun.text}'), not the act of giving them"


def sides(
    pred: Predicate, sources: Sequence[ActorHit], targets: Sequence[ActorHit],
    object_hits: bool | None, lexicon: Lexicon | None = None,
) -> str | None:  # fmt: skip
    """Why the actors found say this is no event, or None. ``object_hits``: whether the
    predicate's object names an actor (None when it has no object)."""
    entry = pred.entry
    if entry.type == "AID" and not targets and lexicon is not None:
        force = _sent_for_force(pred, lexicon)
        if force:
            return f"means sent to '{force}' for one's own attack, to no recipient: not aid"
    if pred.head.lemma_.lower() in RESERVING_WORDS and not _reserved_for_conflict(pred, lexicon):
        return "a right reserved to do nothing of conflict: a rule, not a threat"
    if entry.type == "THREATEN" and not targets and not _warns_of_conflict(pred, lexicon):
        return "a warning to no one of no conflict: a comment, not a threat"
    if entry.object_actor and object_hits is False:
        return f"its object is no actor: '{pred.head.lemma_.lower()}' in another sense"
    if why := commercial_halt(pred, sources):
        return why
    if why := _ceremonial_march(pred):
        return why
    if entry.mode == "withdraw" and pred.via != "noun" and left_harmed(pred.head) is not None:
        return "victims left dead or wounded ('leaving ... dead'): a harm, no withdrawal"
    if entry.units_only and not _units(pred, sources):
        return f"'{pred.head.lemma_.lower()}' said of no armed forces: no withdrawal"
    if entry.units_only and any(c.dep_ == "prep" and c.lower_ == "for" for c in pred.head.children):
        return f"'{pred.head.lemma_.lower()}' for somewhere: forces moving on, no withdrawal"
    if entry.needs_target and not targets:
        return f"no one to '{pred.head.lemma_.lower()}': a target actor is needed"
    if not sources and _thing_promises(pred):
        return "a thing's promise ('the agenda promises'), not an actor's"
    if not sources and (cause := _thing_pushes(pred)):
        return f"a thing ('{cause}') pushed them: a cause, no one's demand"
    if entry.type == "CONSULT" and entry.mode != "visit" and not targets and len(sources) < 2:
        return "a consultation needs a second party"
    if (
        entry.cameo == "042"
        and not targets
        and len(sources) < 2
        and (where := _unnamed_places(pred))
    ):
        return f"a visit to '{where}', no one named: travel, no second party"
    if pred.head.lemma_.lower() in COMMAND_VERBS and _own_forces(sources, targets):
        return "an order to one's own state's forces or officials: a command, not a demand"
    if pred.via == "noun" and not sources and _instrumental(pred.head):
        return "instrumental ('with the aid of' a thing): no one gives it"
    mutual = entry.reciprocal and len(targets) >= 2  # "the accord between X and Y"
    if pred.via == "noun" and not sources and entry.type in STATEMENT_TYPES and not mutual:
        return "a statement or appeal with no one making it"
    if sources and all(_public(h) for h in sources) and pred.head.lemma_.lower() in ATTITUDE_VERBS:
        return "an opinion of the public, not an act of a political actor"
    if pred.head.lemma_.lower() in ATTITUDE_VERBS and (count := _vote_count(pred)):
        return f"a vote count ('{count}'): how people voted, not an act of a political actor"
    if entry.type == "PROTEST" and (why := _campaign_rally(pred, sources)):
        return why
    if entry.lemma == "surrender" and not any(_armed(h) for h in (*sources, *targets)):
        return "a surrender with no armed side: yielding in words or politics, no disarming"
    if entry.cameo == "087" and (why := _stopped_for_others(pred, sources)):
        return why
    if (
        entry.cameo == "192"
        and pred.via != "noun"
        and pred.head.lemma_.lower() in WINNING_VERBS
        and sources
        and all(h.actor.sector == "PTY" for h in sources)
    ):  # "Democrats seized control of the House"
        return f"'{sources[0].actor.text}' (a party) winning control: an election, not a seizure"
    if pred.head.lemma_.lower() in DEFEAT_VERBS and not any(
        _armed(h) for h in (*sources, *targets)
    ):
        return "a defeat with no armed side: a contest, not force"
    return None


def _called_in(pred: Predicate) -> str | None:
    """ "Trump called into Fox and Friends": calling into a broadcast, no call to a party."""
    if pred.entry.type != "CONSULT" or pred.head.lemma_.lower() != "call" or pred.via == "noun":
        return None
    if any(c.dep_ == "prep" and c.lower_ == "into" for c in pred.head.children):
        return "called into a broadcast, no call between parties"
    return None


# verbs of taking that a party does by winning an election
WINNING_VERBS = frozenset({"seize", "capture", "take", "grab", "wrest", "win"})
# how a vote or a poll is counted: "backed Trump by a four-to-one margin", "by 12 points"
VOTE_COUNTS = frozenset({"margin", "point", "percent", "vote", "landslide"})
# a rally of a campaign: "a campaign rally", "an election rally"
CAMPAIGN_WORDS = frozenset({"campaign", "election", "electoral", "victory", "fundraising", "pep"})


# those who stop another's attack: "the police officers who stopped the attack" foiled it
STOPPING_SECTORS = frozenset({"COP", "CVL"})


def _stopped_for_others(pred: Predicate, sources: Sequence[ActorHit]) -> str | None:
    """An attack stopped by police or by bystanders, whose noun no owner holds ("officers who
    stopped the attack", "passengers halted the attack"): they foiled another's attack, no
    ceasefire of their own ("Israel stopped its strikes" and a state's "stopped the
    attacks" stay RETREAT)."""
    if (
        pred.via == "noun"
        or not sources
        or not all(h.actor.sector in STOPPING_SECTORS for h in sources)
    ):
        return None
    objects = [c for c in pred.clause.children if c.dep_ == "dobj"]
    if not objects or any(c.dep_ == "poss" for o in objects for c in o.children):
        return None
    return f"'{sources[0].actor.text}' stopped another's act: foiled, no ceasefire of their own"


def _vote_count(pred: Predicate) -> str:
    """The 'by' phrase that counts votes on an attitude verb ("Evangelicals backed Trump by
    a four-to-one margin"), or ""."""
    if pred.via == "noun":
        return ""
    for prep in (c for c in pred.clause.children if c.dep_ == "prep" and c.lower_ == "by"):
        for word in (g for g in prep.children if g.dep_ == "pobj"):
            if word.lemma_.lower() in VOTE_COUNTS:
                return f"{prep.text} ... {word.text}"
    return ""


def _campaign_rally(pred: Predicate, sources: Sequence[ActorHit]) -> str | None:
    """A rally of a campaign ("a campaign rally in Ohio") or of a head of government, a
    minister or a party ("Trump's rally in Chicago was canceled"): people gathered to hear a
    candidate or a government, no protest against anyone (an opposition leader's rally, a
    protesters' rally, and any rally against someone, stay PROTEST)."""
    if pred.head.lemma_.lower() != "rally" or pred.head.pos_ != "NOUN":
        return None
    holders = (pred.head, pred.clause)
    if any(c.dep_ == "prep" and c.lower_ == "against" for h in holders for c in h.children):
        return None  # "the ruling party's rally against the sanctions" protests
    for mod in pred.head.lefts:
        if mod.dep_ in ("compound", "amod") and mod.lemma_.lower() in CAMPAIGN_WORDS:
            return f"a {mod.text} rally, not a protest"
    if sources and all(h.actor.sector in ("GOV", "PTY") for h in sources):
        doc = pred.head.doc
        opposition = any(
            w.lemma_.lower() == "opposition" for h in sources for w in doc[h.start : h.end]
        )  # "the opposition party held a rally": a party out of power protests
        if not opposition:
            return f"a rally of '{sources[0].actor.text}' (government or party), not a protest"
    return None


def _thing_pushes(pred: Predicate) -> str:
    """ "Floods pushed thousands to flee", "rising prices pushed farmers to sell": a thing
    named by a common noun that resolved to no actor pushes no one to act (a demand needs a
    demander; "the United States pushed Israel to halt its strikes" is not this), or ""."""
    verb = pred.clause
    if pred.via == "noun" or pred.head.lemma_.lower() != "push":
        return ""
    subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"), None)
    return subject.text if subject is not None else ""


def _thing_promises(pred: Predicate) -> bool:
    """ "The reform agenda promises a better future for all Iraqis", "the new law guarantees
    jobs for young people": a thing named by a common noun that resolved to no actor promises
    nothing ("It promised aid" and "the rebels promised" are not this)."""
    verb = pred.clause
    if pred.via == "noun" or verb.lemma_.lower() not in PROMISE_VERBS:
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "NOUN" for c in verb.children)


def _sent_for_force(pred: Predicate, lexicon: Lexicon) -> str | None:
    """ "sent tanks to encircle Aleppo", "delivered bombs to strike the town": the verb of
    force in the infinitive that what was sent is for, or None."""
    if pred.via == "noun":
        return None
    for child in pred.clause.children:
        if child.dep_ not in ("xcomp", "advcl") or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            continue
        entries = lexicon.verbs.get(child.lemma_.lower(), [])
        if any(e.type in FORCE_TYPES for e in entries):
            return child.text
    return None


def _own_forces(sources: Sequence[ActorHit], targets: Sequence[ActorHit]) -> bool:
    """Whether every target is the armed forces, police or intelligence of a source's state
    ("Putin ordered Russian troops to ...")."""
    states = {h.actor.country for h in sources if h.actor.country}
    return bool(targets) and all(
        h.actor.country in states and h.actor.sector in STATE_SERVANTS for h in targets
    )


def _instrumental(noun: Token) -> bool:
    """ "with the aid of satellite images", "with the help of a ladder": help as a means."""
    return noun.dep_ == "pobj" and noun.head.lower_ == "with"


def _warns_of_conflict(pred: Predicate, lexicon: Lexicon | None) -> bool:
    """Whether a warning names conflict to come ("warned of consequences", "warned that it
    would impose sanctions"); True for threat words other than warnings."""
    if pred.head.lemma_.lower() not in WARNING_WORDS:
        return True
    for word in pred.head.subtree:
        lemma = word.lemma_.lower()
        if word == pred.head or word.is_punct:
            continue
        if lemma in CONSEQUENCE_WORDS:
            return True
        entries = (*lexicon.verbs.get(lemma, ()), *lexicon.nouns.get(lemma, ())) if lexicon else ()
        if any(e.type in CONFLICT_TYPES for e in entries):
            return True
    return False


def _reserved_for_conflict(pred: Predicate, lexicon: Lexicon | None) -> bool:
    """Whether the right a verb reserves is to an act of conflict: the right's to-clause, its
    verb's infinitive and its objects with their modifiers name a response or a force word
    the lexicon types as conflict with no condition ("reserves the right to respond / to
    resume fighting / to take retaliatory steps"; not "to change its prices", "to refuse
    entry")."""
    rights = [c for c in pred.head.children if c.dep_ == "dobj" and c.lemma_.lower() == "right"]
    acts = [
        c for r in rights for c in r.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
    ]
    words = list(acts)
    for act in acts:
        for child in act.children:
            if child.dep_ == "xcomp" or (child.dep_ == "dobj" and child.pos_ == "NOUN"):
                words += [child, *(g for g in child.children if g.dep_ in ("amod", "compound"))]
    for word in words:
        lemma = word.lemma_.lower()
        if lemma in RESPONSE_WORDS:
            return True
        if lexicon is None:
            continue
        entries = (lexicon.verbs if word.pos_ == "VERB" else lexicon.nouns).get(lemma, ())
        if any(e.type in CONFLICT_TYPES and e.object is None and not e.particle for e in entries):
            return True
    return False


def _armed(hit: ActorHit) -> bool:
    """Armed forces, police, rebels, militias or an armed group."""
    actor = hit.actor
    return (
        actor.sector in ARMED_SECTORS
        or actor.sector == "COP"
        or actor.country == "IMG"
        # a named group, unless a civilian one: a party, union or church is not armed
        or ((actor.actor_id or "").startswith("group:") and actor.sector not in CIVIL_SECTORS)
    )


def _public(hit: ActorHit) -> bool:
    """The public: "voters", "most Americans", "52% of respondents" (a state's people by its
    demonym count, the state by its name does not)."""
    actor = hit.actor
    named = actor.actor_id and not actor.actor_id.startswith("country:")
    if named or actor.sector not in PUBLIC_SECTORS:
        return False
    words = {w.lower().rstrip("s") for w in actor.text.replace("%", " percent ").split()}
    return bool(words & PUBLIC_NOUNS) or actor.sector == "CVL"


def other_reading(
    pred: Predicate, entry: TriggerEntry, sides: Sequence[ActorHit],
    sources: Sequence[ActorHit] = (),
) -> tuple[TriggerEntry, str]:  # fmt: skip
    """The entry's material, verbal or civil reading when its cues are there, with the
    words the reason gets for it; else the entry itself and ""."""
    if entry.material is not None and (why := material(pred, sides, [], sources)):
        alternative = entry.material
        means = "material help" if alternative.type == "AID" else "material means of force"
        return alternative, f"; {means} ({why}): {alternative.type} {alternative.cameo}"
    if (
        entry.verbal is not None
        and not _force_or_crowd(pred, sides)
        and (why := verbal(pred) or political_quarrel(pred, sides, sources))
    ):
        alternative = entry.verbal
        return alternative, f"; in words ({why}): {alternative.type} {alternative.cameo}"
    if entry.sanction is not None and (why := sanction_cue(pred) or trade_target(pred, sources)):
        alternative = entry.sanction
        return alternative, f"; by sanctions ({why}): {alternative.type} {alternative.cameo}"
    riot = entry.civil is not None and entry.civil.mode == "riot"
    if entry.civil is not None and (why := civil(pred, sources, riot)):
        alternative = entry.civil
        return alternative, f"; people acting ({why}): {alternative.type} {alternative.cameo}"
    if entry.armed is not None and (why := _units(pred, sources) or _armed_protest(entry, sources)):
        alternative = entry.armed
        return alternative, f"; armed units moving ({why}): {alternative.type} {alternative.cameo}"
    if entry.irregular is not None and (why := _irregular(pred, sources)):
        alternative = entry.irregular
        return alternative, f"; irregular armed men ({why}): {alternative.type} {alternative.cameo}"
    if entry.display is not None and (why := open_water(pred)):
        alternative = entry.display
        return alternative, f"; nothing struck ({why}): {alternative.type} {alternative.cameo}"
    return entry, ""


# where a weapon fired lands when it strikes no one
WATER_NOUNS = frozenset({"sea", "ocean", "water", "gulf", "strait"})


def open_water(pred: Predicate) -> str:
    """Why a weapon fired or launched lands in open water, or "": "into the sea", "into the
    Sea of Japan", "into waters off its east coast", "off the coast" (and no target named:
    a ship or an island there is one: "fired a missile at a ship in the Red Sea")."""
    for child in pred.clause.children:  # a target ("at a ship"), not a time ("on Sunday")
        if (
            child.dep_ == "prep"
            and child.lower_ in ("at", "on", "against", "toward", "towards")
            and any(
                g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in child.children
            )
        ):
            return ""
        if _struck_participle(child):  # "off the coast of Gaza, wounding three fishermen"
            return ""
    for child in pred.clause.children:
        if child.dep_ != "prep" or child.lower_ not in ("into", "off", "in"):
            continue
        for place in (g for g in child.children if g.dep_ == "pobj"):
            word = place.lemma_.lower()
            if word in WATER_NOUNS or (child.lower_ == "off" and word == "coast"):
                return f"'{child.text} {place.text}'"
    return ""


# what a weapon fired does when it strikes someone, told by a participle after it
STRIKING_PARTICIPLES = frozenset(
    {"kill", "wound", "injure", "hit", "strike", "target", "damage", "destroy", "sink",
     "set", "ignite", "maim"}
)  # fmt: skip


def _struck_participle(child: Token) -> bool:
    """A present participle after the firing, with no subject or conjunction of its own, that
    tells whom or what the weapon struck ("fired shells off the coast of Gaza, wounding three
    fishermen", "into the Red Sea, targeting a tanker"): the weapon landed on someone."""
    return (
        child.dep_ in ("advcl", "xcomp", "conj")
        and child.tag_ == "VBG"
        and child.i > child.head.i
        and child.lemma_.lower() in STRIKING_PARTICIPLES
        and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in child.children)
    )


# armed men outside any state's forces, by the word that names them when it names no actor
IRREGULAR_WORDS = frozenset(
    {"gunman", "pirate", "kidnapper", "bandit", "militant", "hijacker", "abductor", "insurgent",
     "rebel", "jihadist", "extremist", "terrorist", "militiaman", "guerrilla", "raider"}
)  # fmt: skip
IRREGULAR_SECTORS = frozenset({"REB", "PRM", "UAF", "INS", "CRM"})


def _irregular(pred: Predicate, sources: Sequence[ActorHit]) -> str:
    """Why the one who acts is a non-state armed group (rebels, militias, an armed group,
    criminals; "gunmen", "pirates" when they name no actor), or "": their seizing people or
    ships is abduction or hijacking, a state's forces' is arrest or confiscation."""
    if sources:
        if all(h.actor.sector in IRREGULAR_SECTORS or h.actor.country == "IMG" for h in sources):
            return f"'{sources[0].actor.text}'"
        return ""
    subjects = [c for c in pred.clause.children if c.dep_ == "nsubj"]
    if subjects and subjects[0].lemma_.lower() in IRREGULAR_WORDS:
        return f"'{subjects[0].text}'"
    return ""


def _armed_protest(entry: TriggerEntry, sources: Sequence[ActorHit]) -> str:
    """Why what protesters do is done by armed actors ("the RSF blocked roads"): every source
    is armed (a named armed group too, not only a body of troops), or ""."""
    if entry.type != "PROTEST" or not sources or not all(_fighting(h) for h in sources):
        return ""
    return f"armed '{sources[0].actor.text}'"


def _fighting(hit: ActorHit) -> bool:
    """Armed forces, police, rebels, militias or an armed group (not an opposition or civil
    group: protesters, parties, unions)."""
    actor = hit.actor
    if actor.sector in FIGHTING or actor.sector == "COP" or actor.country == "IMG":
        return True
    named = (actor.actor_id or "").startswith("group:")
    return named and actor.sector not in CIVIL_SECTORS | {"OPP", None}


def _units(pred: Predicate, sources: Sequence[ActorHit]) -> str:
    """Why every source is a body of armed forces ("troops", "warships", "a contingent"), not
    a person of them (a general or a defence minister visits), or ""."""
    doc = pred.head.doc
    words = [doc[h.anchor].lemma_.lower() for h in sources]
    if not words or not all(w in UNIT_WORDS for w in words):
        return ""
    return f"'{doc[sources[0].anchor].text}'"


def sanction_cue(pred: Predicate) -> str:
    """Why a word is used of sanctions or a sanctions or terror listing, or "": a sanction in
    its "with / through / by / under" phrase ("targeted four banks with sanctions", "listed
    under its sanctions regime", "designated under Executive Order 13224"), sanctions as its
    subject or the noun its clause describes ("the new sanctions target", "sanctions
    targeting Russian banks"), or a terror listing ("designated X a terrorist group", "listed
    X as a terrorist organisation")."""
    clause = pred.clause
    for child in clause.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in SANCTION_PREPS:
            for g in child.children:
                if g.dep_ == "pobj" and _sanction_word(g):
                    return f"'{child.text} {g.text}'"
        if child.dep_ in ("nsubj", "nsubjpass") and _sanction_word(child):
            return f"its subject '{child.text}'"
        named = [child] if child.dep_ == "oprd" else []
        if child.dep_ in ("dobj", "dative"):  # "designated [the Houthis] [a terrorist group]"
            named = [c for c in child.children if c.dep_ == "appos"]
        if child.dep_ == "prep" and child.lower_ == "as":
            named = [g for g in child.children if g.dep_ == "pobj"]
        for noun in named:
            if any(w.lemma_.lower() in TERROR_WORDS for w in noun.subtree):
                return f"listed as '{noun.text}'"
    if clause.dep_ in ("acl", "relcl") and _sanction_word(clause.head):
        return f"'{clause.head.text} {clause.text}'"
    return ""


def trade_target(pred: Predicate, sources: Sequence[ActorHit]) -> str:
    """Why a force word by no armed source aims at people by what they trade, finance,
    supply or develop ("we are targeting suppliers of chemical weapons", "agreed to target
    individuals supplying oil", "targeted banks that finance ISIL"), or "" (armed forces
    that strike "arms dealers" or "convoys supplying the rebels" use force)."""
    if any(_armed(h) for h in sources):
        return ""
    for child in pred.clause.children:
        if child.dep_ not in ("dobj", "nsubjpass"):
            continue
        for noun in (child, *(c for c in child.children if c.dep_ == "conj")):
            if noun.lemma_.lower() in TRADE_AGENTS:
                return f"its object '{noun.text}' trades or finances"
            if noun.lemma_.lower() not in TRADING_PEOPLE:
                continue  # "convoys supplying the rebels": things are hit, not listed
            for clause in noun.children:
                if clause.dep_ in ("acl", "relcl") and clause.lemma_.lower() in TRADE_VERBS:
                    return f"its object '{noun.text} {clause.text}' trades or finances"
    return ""


def _sanction_word(noun: Token) -> bool:
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod"))]
    if noun.lemma_.lower() == "order" and any(w.lower_ == "executive" for w in words):
        return True  # "under Executive Order 13224"
    return any(w.lemma_.lower() in SANCTION_WORDS for w in words)


def listing_without_sanction(pred: Predicate) -> str | None:
    """ "listed five demands", "designated a new envoy": a list or a designation that names
    no sanction or terror listing is no sanction."""
    if pred.entry.lemma not in LISTING_VERBS:
        return None
    if pred.head.pos_ == "NOUN":  # "the list of foreign terrorists", "the sanctions list"
        if any(w.lemma_.lower() in SANCTION_WORDS | TERROR_WORDS for w in pred.head.subtree):
            return None
    elif sanction_cue(pred):
        return None
    return f"'{pred.head.text}' names no sanction or terror listing"


def civil(pred: Predicate, sources: Sequence[ActorHit], riot: bool = False) -> str:
    """Why a word is used of people rather than armed forces, or "": its sources are all
    civilians, workers, students, parties and the like ("teachers' strike", "a strike by
    the union"), or it is gone on or called ("went on strike", "called a strike"). A riot
    reading (clash, storm, torch) needs a crowd of a protest as every source ("protesters
    stormed the parliament"; "villagers torched the houses" is no protest)."""
    head = pred.head
    doc = head.doc
    if riot:
        crowd = sources and all(doc[h.anchor].lemma_.lower() in CROWD_WORDS for h in sources)
        return f"'{doc[sources[0].anchor].text}'" if crowd else ""
    if head.dep_ == "pobj" and head.head.lower_ == "on" and head.head.head.lemma_ in ON_VERBS:
        return f"'{head.head.head.text} on {head.text}'"
    if pred.clause is not head and pred.clause.lemma_.lower() in CALLING_VERBS:
        return f"'{pred.clause.text}'"
    if sources and all(h.actor.sector in CIVIL_SECTORS for h in sources):
        return f"'{sources[0].actor.text}'"
    return ""


def _unnamed_places(pred: Predicate) -> str:
    """The object of a visit when every place it names is a common noun with no name or
    demonym on it ("visited battleground states", "toured flood-hit districts", "visited
    three counties"): the visitor travels, no host is named. "" for a name ("visited
    Kashmir", "visited Moscow") or a demonym ("visited the Russian capital"), whose host the
    place's state may be, and for a visit without an object."""
    if pred.via != "verb":
        return ""
    objects = [c for c in pred.head.children if c.dep_ == "dobj"]
    objects += [g for o in list(objects) for g in o.children if g.dep_ == "conj"]
    if not objects:
        return ""
    for obj in objects:
        words = [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod", "nmod"))]
        if obj.pos_ != "NOUN" or any(w.pos_ == "PROPN" or w.ent_type_ for w in words):
            return ""
        if any(c.dep_ in ("prep", "poss") for c in obj.children):
            return ""  # "visited troops in Iraq", "visited the president's home"
    return objects[0].text


def verbal(pred: Predicate) -> str:
    """Why a force word is used of words, or "": its object is an idea, a policy or a
    statement ("attacked Trump's tax plan"), or it happens in speech ("in a speech", "during
    the debate", "on Twitter"; also a phrase the parser hung on the object: "attacked
    Senator McCain [on Twitter]")."""
    objects = [c for c in pred.clause.children if c.dep_ == "dobj"]
    if pred.via == "noun":  # "attacks on the inquiry": the noun's 'on' / 'against' phrase
        objects += [
            g for c in pred.head.children if c.dep_ == "prep" and c.lower_ in ("on", "against")
            for g in c.children if g.dep_ == "pobj"
        ]  # fmt: skip
    hung = [c for o in objects for c in o.children if c.dep_ == "prep" and c.lower_ == "on"]
    for child in objects:
        if child.lemma_.lower() in ABSTRACT_OBJECTS:
            return f"its object '{child.text}' is no person or place"
    # the noun's own 'on' phrase is what is attacked ("attacks on border posts"), no setting
    attacked = {g.head for g in objects if g.dep_ == "pobj" and g.head.head == pred.head}
    for child in (*pred.clause.children, *hung):
        if child in attacked:
            continue
        if child.dep_ == "prep" and child.lower_ in ("in", "during", "on", "at"):
            for g in child.children:
                if g.dep_ == "pobj" and _setting(g).lemma_.lower() in SPEECH_SETTINGS:
                    return f"'{child.text} {g.text}'"
    return ""


def _force_or_crowd(pred: Predicate, sides: Sequence[ActorHit]) -> bool:
    """Whether a side is armed (police too) or a crowd of a protest: their attacks and
    clashes at a rally or during a debate are no words ("police attacked protesters at the
    rally", "protesters clashed with Trump supporters at the rally"); an opposition
    politician is no armed side ("Erdogan attacked the opposition leader in a speech")."""
    doc = pred.head.doc
    return any(_fighting(h) or doc[h.anchor].lemma_.lower() in CROWD_WORDS for h in sides)


# sectors of people who quarrel in words: parties, legislators, judges, the press
QUARREL_SECTORS = frozenset({"PTY", "LEG", "JUD", "JRN"})
# what a person attacks another with when the attack is no words
WEAPON_WORDS = frozenset(
    {"knife", "gun", "rifle", "pistol", "bat", "hammer", "axe", "machete", "weapon", "bomb",
     "car", "vehicle", "truck", "fist", "acid", "stick", "pipe", "bottle", "rock", "stone"}
)  # fmt: skip


def political_quarrel(
    pred: Predicate, sides: Sequence[ActorHit], sources: Sequence[ActorHit]
) -> str:
    """Why an attack or a clash is one politician's words against another's, or "": every
    side is a person named (a listed one or a name the recogniser tags as a person) or a
    party, legislature, court or the press, none armed, none a state named as such, all of
    one state or of none known, at least one on each side, and no weapon in a 'with' phrase
    ("Trump attacked McCain", "the Trump campaign attacked Clinton over her health",
    "Clinton and Sanders clashed over gun control"; not "Trump attacked Assad", "a man
    attacked the senator", "protesters clashed with police")."""
    targets = [h for h in sides if h not in sources]
    if not sources or not targets or len(sides) < 2:
        return ""
    doc = pred.head.doc
    for hit in sides:
        actor = hit.actor
        # a person the dictionaries know (listed, or a surname of their people: "Clinton")
        # or one with a role; a name known to no list and with no role may be anyone ("Rene
        # Smith attacked the senator at his home" is an assault)
        person = (
            (actor.actor_id or "").startswith("person:") or doc[hit.anchor].ent_type_ == "PERSON"
        ) and bool(actor.country or actor.sector or actor.office)
        if _fighting(hit) or (actor.actor_id or "").startswith("country:"):
            return ""
        if not person and actor.sector not in QUARREL_SECTORS:
            return ""
    if len({h.actor.country for h in sides if h.actor.country}) > 1:
        return ""
    for child in (c for c in pred.clause.children if c.dep_ == "prep" and c.lower_ == "with"):
        if any(g.lemma_.lower() in WEAPON_WORDS for g in child.children if g.dep_ == "pobj"):
            return ""
    return f"'{sources[0].actor.text}' and '{targets[0].actor.text}' quarrel in politics"


# a run or number of things: the words are what they hold ("in a series of tweets")
RUN_NOUNS = frozenset(
    {"series", "string", "barrage", "flurry", "volley", "stream", "torrent", "spate", "pair",
     "couple", "number", "round", "raft", "slew"}
)  # fmt: skip


def _setting(noun: Token) -> Token:
    """The noun a run of things holds ("a series of tweets": tweets), else the noun."""
    return held_by(noun, RUN_NOUNS)


def material(
    pred: Predicate, sources: Sequence[ActorHit], targets: Sequence[ActorHit],
    doers: Sequence[ActorHit] = (),
) -> str:  # fmt: skip
    """Why an entry's material reading applies ("with 'strikes'"), or "" when it does not:
    what is given ("with air strikes", "by providing training"), a subject that is aid
    itself ("U.S. assistance"), armed actors on a side, or an armed act done "in support of"
    someone (``doers``: the act's sources)."""
    if pred.via == "noun" and (why := _fighting_support(pred.head, doers)):
        return why
    clause = pred.clause
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    first = clause
    while not subjects and first.dep_ in ("conj", "advcl", "xcomp") and first.head != first:
        first = first.head  # "U.S. assistance is helping ...; supporting independent media"
        subjects = [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")]
    for child in [*subjects, *clause.children]:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in MATERIAL_NOUNS:
            return f"its subject '{child.text}' is aid"
        if child.dep_ == "prep" and child.lower_ in ("with", "through", "by"):
            for g in child.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in MATERIAL_NOUNS:
                    return f"'{child.text} {g.text}'"
                if g.dep_ == "pcomp" and g.lemma_.lower() in MATERIAL_VERBS:
                    return f"'{child.text} {g.text}'"
        if child.dep_ == "prep" and child.lower_ == "in" and _material_words(pred):
            # "support the government of Iraq in this struggle", "provided support to Iraq in
            # the fight"; support stated ("reiterates UK support for Iraq in the fight") stays
            # words of support
            for g in child.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in WAR_NOUNS:
                    return f"'{child.text} {g.text}'"
    if pred.via == "verb" and (work := _relief_work(clause)) is not None:
        return f"its object '{work.text}' is relief work"
    for child in pred.head.children:  # "the support provided by Britain"
        if child.dep_ == "acl" and child.lemma_.lower() in MATERIAL_VERBS:
            return f"'{pred.head.text} {child.text}'"
    # words by default ("hit back at", "sniped at"): force needs an armed doer; words aimed
    # at soldiers are still words ("Trump sniped at his generals")
    sides = doers if pred.entry.type == "ACCUSE" else (*sources, *targets)
    armed = [h for h in sides if h.actor.sector in ARMED_SECTORS]
    if pred.entry.type == "ACCUSE":  # a retort's doer: a fighting force, not the opposition
        # ("the opposition hit back at the government"); police when they fire ("police
        # fired back at the gunmen"), not when they answer critics ("hit back at critics")
        armed = [
            h for h in sides
            if _fighting(h) and (h.actor.sector != "COP" or pred.head.lemma_.lower() == "fire")
        ]  # fmt: skip
    if armed and _material_words(pred):
        return f"an armed side ('{armed[0].actor.text}')"
    return ""


# relief work: backing it is giving help ("supported the relief effort in Haiti", "backs the
# humanitarian operations of the UN"); a resolution on humanitarian access stays words
RELIEF_WORDS = frozenset({"relief", "humanitarian"})


def _relief_work(verb: Token) -> Token | None:
    """The direct object of a verb of support that is relief work, itself or by its
    modifiers ("the relief effort", "humanitarian operations"), or None."""
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        words = [obj, *(m for m in obj.lefts if m.dep_ in ("amod", "compound"))]
        if any(w.lemma_.lower() in RELIEF_WORDS for w in words):
            return obj
    return None


def _material_words(pred: Predicate) -> bool:
    """Whether the words may tell material help when a side is armed: a verb ("backed the
    rebels", "supported the Iraqi army") or a noun given ("provided support to the
    Peshmerga"); a noun stated ("reiterated its support for the Iraqi army", "expressed its
    backing for the Kurdish forces") is words of support, whoever receives them."""
    if pred.via in ("verb", "verb+object"):
        return True
    return pred.via != "noun" and pred.clause.lemma_.lower() in MATERIAL_VERBS


def _fighting_support(noun: Token, doers: Sequence[ActorHit]) -> str:
    """ "In support of the Iraqi forces, coalition aircraft conducted a strike", "conducted 300
    strikes in support of its partners": what armed forces or strikes do in support of
    someone is military help (AID), not words of support ("marched in support of the army"
    by protesters stays SUPPORT)."""
    if (
        noun.dep_ != "pobj"
        or noun.head.lower_ != "in"
        or noun.head.head.pos_ not in ("VERB", "AUX")
    ):
        return ""
    verb = noun.head.head
    armed = [h for h in doers if h.actor.sector in FIGHTING or h.actor.country == "IMG"]
    if armed:
        return f"'in {noun.text}' by armed '{armed[0].actor.text}'"
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubj", "nsubjpass") and child.lemma_.lower() in MILITARY_MEANS:
            return f"'{child.text}' 'in {noun.text}'"
    return ""


def object_names_actor(
    pred: Predicate, actors_at: Callable[[Token], list[ActorHit]], lexicon: Lexicon
) -> bool | None:
    """Whether the verb's object (or passive subject) names an actor (not a thing of an
    actor's: "met Moscow's objectives", "hosting Syrian Government websites"), a place, or an
    event of the predicate's own type ("hosted a round of talks"); None when it has no
    object."""
    if pred.via == "noun":
        return None
    told = relative_object(pred.clause)  # "game shows hosted by young presenters"
    named = object_predicate(pred.clause)  # "branded India [an aggressor]": what it is called
    deps = ("dobj", "nsubjpass", "dative") if named is not None else ("dobj", "nsubjpass")
    for child in (*pred.clause.children, *([told] if told is not None else [])):
        if child is named:
            continue
        if child is not told and (child.dep_ not in deps or child in pred.words):
            continue
        if child.pos_ == "PRON" or any(not h.thing for h in actors_at(child)):
            return True  # whom a pronoun stands for is the arguments' business
        if child.ent_type_ in PLACE_ENTITIES or child.lemma_.lower() in PLACE_NOUNS:
            return True  # a place acted on: "isolated Raqqa", "surrounded the town"
        nouns = [child, *(g for c in child.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj")]  # fmt: skip
        return any(
            e.type == pred.entry.type
            for n in nouns
            for e in lexicon.nouns.get(n.lemma_.lower(), ())
        )
    return None
