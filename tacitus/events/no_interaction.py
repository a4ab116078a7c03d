"""Acts of government aimed at no political actor: they look like force or promises, but no
one is coerced, attacked or promised anything (senses.reading drops them, with the rule).

- A "state" declared that is no state of emergency or siege ("declared a state of mourning",
  "declared a Palestinian state"): no emergency rule at all.
- An emergency or a curfew declared or lifted for a natural disaster ("declared a state of
  emergency after the floods", "ahead of the hurricane"): emergency powers against a flood coerce no political actor; declared after
  riots or attacks they do (COERCE 1724).
- A fight against a social ill ("vowed to fight corruption", "battled inflation", "firefighters
  fought the blaze") or against a ruling or a law ("vowed to fight the verdict in court"): a
  policy aim, a legal fight or a struggle with things, no attack on anyone.
- A bare promise of such a policy ("pledged to combat poverty"): a promise with no other party
  is no interaction (CAMEO 030 is an intent to cooperate with someone).
- Pressing on with one's own act ("pressed ahead with its bombing campaign", "pushed on with
  the reforms"): going on, no demand on anyone.
"""

from __future__ import annotations

from spacy.tokens import Token

from .triggers import Predicate

# disasters, diseases and accidents an emergency may be declared for
DISASTERS = frozenset(
    {"flood", "flooding", "drought", "earthquake", "quake", "tremor", "tsunami", "cyclone",
     "hurricane", "typhoon", "storm", "tornado", "blizzard", "snow", "snowfall", "rain",
     "rainfall", "downpour", "monsoon", "landslide", "mudslide", "avalanche", "eruption",
     "volcano", "wildfire", "bushfire", "fire", "blaze", "heatwave", "heat", "cold", "frost",
     "famine", "disaster", "epidemic", "pandemic", "outbreak", "cholera", "ebola", "virus",
     "coronavirus", "covid", "disease", "plague", "smog", "pollution", "spill", "locust",
     "drought-hit", "water", "power", "electricity", "blackout", "shortage"}
)  # fmt: skip
# unrest or force in the same sentence: the emergency is aimed at people after all
UNREST = frozenset(
    {"riot", "rioting", "protest", "protester", "demonstration", "demonstrator", "unrest",
     "violence", "clash", "attack", "bombing", "coup", "insurgency", "insurgent", "rebellion",
     "rebel", "uprising", "fighting", "war", "terrorism", "terrorist", "militant", "strike",
     "looting", "looter", "opposition", "election", "crackdown", "gunman", "killing"}
)  # fmt: skip
# what a state of ... is when it is emergency rule
EMERGENCY_STATES = frozenset({"emergency", "siege", "alert", "exception", "war"})
# emergency rule and curfews imposed (COERCE 1724, 1723) or eased (RETREAT 0814)
EMERGENCY_CAMEOS = frozenset({"1724", "1723", "0814"})

# social ills and natural dangers: what governments and firefighters fight, no actor
SOCIAL_ILLS = frozenset(
    {"corruption", "graft", "bribery", "nepotism", "cronyism", "fraud", "impunity", "poverty",
     "crime", "criminality", "inflation", "unemployment", "joblessness", "deficit", "debt",
     "recession", "hunger", "malnutrition", "illiteracy", "disease", "epidemic", "pandemic",
     "aids", "hiv", "malaria", "tuberculosis", "cholera", "ebola", "virus", "coronavirus",
     "covid", "pollution", "smog", "racism", "discrimination", "inequality", "injustice",
     "evasion", "laundering", "smuggling", "trafficking", "piracy", "bureaucracy", "waste",
     "fire", "blaze", "wildfire", "bushfire", "flood", "flame", "locust", "drought",
     "addiction", "obesity", "deforestation", "desertification", "famine", "sexism",
     "xenophobia", "intolerance", "misinformation", "disinformation", "illness"}
)  # fmt: skip
FORCE_TYPES = frozenset({"ASSAULT", "COERCE"})
# what is fought in court or in politics: "vowed to fight the ruling", "battled the extradition"
FOUGHT_IN_LAW = frozenset(
    {"result", "decision", "ruling", "verdict", "charge", "extradition", "deportation", "case",
     "lawsuit", "bill", "law", "legislation", "plan", "policy", "proposal", "ban", "order",
     "measure", "tax", "cut", "reform", "closure", "nomination", "appeal", "sentence", "fine"}
)  # fmt: skip
# the verbs that take them so ("attacked the plan" is words: senses' verbal reading)
LAW_FIGHTING_VERBS = frozenset({"fight", "battle", "combat"})
# verbs of struggle that take an ill as their object ("opened fire", "crushed the revolt" are
# not among them: their objects are no ills)
STRUGGLE_VERBS = frozenset(
    {"fight", "battle", "combat", "tackle", "counter", "wage", "attack", "eradicate", "root",
     "stamp", "defeat", "beat", "confront", "target"}
)  # fmt: skip
ILL_PREPS = frozenset({"against", "on"})  # "fought against corruption", "war on poverty"
# promises whose bare reading (CAMEO 030) needs another party
PROMISING_VERBS = frozenset({"vow", "pledge", "promise", "swear", "commit"})
BARE_PROMISE_CAMEOS = frozenset({"030"})


def disaster_emergency(pred: Predicate) -> str | None:
    """ "Chile declared a state of emergency after the earthquake", "lifted the state of
    emergency imposed for the floods": emergency rule for a disaster, in a sentence that
    names no unrest, is aimed at no political actor."""
    if pred.entry.cameo not in EMERGENCY_CAMEOS or pred.via == "noun":
        return None
    state = next((w for w in pred.words if w.lemma_.lower() == "state"), None)
    if state is not None and not _emergency_rule(state):
        # "declared a state of mourning", "declared a state in 1988": no emergency rule
        return f"a state that is no emergency rule ('{pred.clause.text} ... {state.text}')"
    rule = next((w for w in pred.words if _emergency_rule(w)), None)
    if rule is None and pred.entry.cameo != "1723":  # a curfew is its own rule
        return None
    lemmas = {t.lemma_.lower() for t in pred.clause.sent}
    if lemmas & UNREST:
        return None
    cause = next((t for t in pred.clause.sent if t.lemma_.lower() in DISASTERS), None)
    if cause is None:
        return None
    return f"emergency rule for a disaster ('{cause.text}'), aimed at no political actor"


def _emergency_rule(word: Token) -> bool:
    """ "emergency", or "state" with "of emergency / siege"."""
    lemma = word.lemma_.lower()
    if lemma == "emergency":
        return True
    if lemma != "state":
        return False
    return any(
        g.dep_ == "pobj" and g.lemma_.lower() in EMERGENCY_STATES
        for of in word.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for g in of.children
    )


def fought_ill(verb: Token) -> Token | None:
    """The social ill or danger a verb's object, or its "against" / "on" phrase, names (or a
    ruling or a law fought in court or in politics)."""
    ills = SOCIAL_ILLS | FOUGHT_IN_LAW if verb.lemma_.lower() in LAW_FIGHTING_VERBS else SOCIAL_ILLS
    for child in verb.children:
        found = [child] if child.dep_ in ("dobj", "nsubjpass") else []
        if child.dep_ == "prep" and child.lower_ in ILL_PREPS:
            found = [g for g in child.children if g.dep_ == "pobj"]
        for noun in found:
            for word in (noun, *noun.conjuncts):
                if word.lemma_.lower() in ills:
                    return word
    return None


def fight_against_ill(pred: Predicate) -> str | None:
    """ "vowed to fight corruption", "the police battled the blaze": force against a social
    ill or a natural danger is no attack on anyone."""
    if pred.entry.type not in FORCE_TYPES or pred.via == "noun":
        return None
    if pred.clause.lemma_.lower() not in STRUGGLE_VERBS:
        return None
    ill = fought_ill(pred.clause)
    if ill is None:
        return None
    return f"a fight against a social ill or danger ('{pred.clause.text} ... {ill.text}'), no actor"


def domestic_promise(pred: Predicate) -> str | None:
    """ "pledged to combat inflation", "vowed to tackle crime": a bare promise (CAMEO 030)
    whose promised act is a fight against a social ill makes no other party a side."""
    verb = pred.clause
    if pred.entry.cameo not in BARE_PROMISE_CAMEOS or verb.lemma_.lower() not in PROMISING_VERBS:
        return None
    for child in verb.children:
        if child.dep_ not in ("xcomp", "advcl", "ccomp") or child.pos_ not in ("VERB", "AUX"):
            continue
        for act in (child, *child.conjuncts):
            ill = fought_ill(act) if act.lemma_.lower() in STRUGGLE_VERBS else None
            if ill is not None:
                return f"a promise of domestic policy ('{verb.text} to {act.text} ... {ill.text}'), no other party"
    return None


# verbs of pressing whose "on / ahead / forward" makes them going on with one's own act
PRESSING_VERBS = frozenset({"press", "push", "forge", "plough", "plow"})
ONWARD_WORDS = frozenset({"on", "ahead", "forward"})


def pressed_on(pred: Predicate) -> str | None:
    """ "The coalition pressed ahead with its bombing campaign", "pushed on with the talks":
    going on with one's own act asks nothing of anyone ("pressed Iran on its nuclear
    programme" does)."""
    verb = pred.clause
    if pred.entry.type != "REQUEST" or (onward := going_on(verb)) is None:
        return None
    return f"going on with one's own act ('{verb.text} {onward.text}'), no demand"


def going_on(verb: Token) -> Token | None:
    """The "on / ahead / forward" of a verb of pressing with no object ("pressed on with"),
    or None (modality.py reads no request in it either)."""
    if verb.lemma_.lower() not in PRESSING_VERBS:
        return None
    if any(c.dep_ == "dobj" for c in verb.children):
        return None
    return next(
        (c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ in ONWARD_WORDS),
        None,
    )
