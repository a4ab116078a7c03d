"""Find event predicates in a sentence: verbs and nouns of the trigger lexicon.

A predicate is the lexicon entry that matched, the token that carries it (``head``), the verb
whose arguments give source and target (``clause``), and the words shown as the trigger.
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .lexicon import Lexicon, TriggerEntry

PARTICLE_DEPS = frozenset({"prt", "prep", "agent", "dobj", "advmod", "dative"})
OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
# nouns that only name the form of the event their modifier gives ("mediation mission")
EVENT_HEADS = frozenset(
    {
        "effort",
        "mission",
        "bid",
        "initiative",
        "campaign",
        "operation",
        "process",
        "attempt",
        "drive",
    }
)
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"})
NOUN_ARG_PREPS = frozenset({"by", "on", "against", "with", "between", "of", "from", "to", "at"})


@dataclass(slots=True)
class Predicate:
    entry: TriggerEntry
    head: Token  # the word that carries the event (verb or noun)
    clause: Token  # the verb (or the noun) whose dependents give the actors
    words: list[Token]  # the trigger words
    via: str  # how it was found, for the reason


def _particles(token: Token) -> set[str]:
    return {t.lemma_.lower() for t in _particle_tokens(token)}


def _particle_tokens(token: Token) -> list[Token]:
    """Particles and prepositions of a verb, leaving out date phrases ("called X on Monday");
    with the "for" that opens an infinitive clause ("called for Clinton to be jailed")."""
    found = []
    for child in token.children:
        if child.dep_ in ("advcl", "ccomp", "xcomp"):
            found += [m for m in child.children if m.dep_ == "mark" and m.lower_ == "for"]
        if child.pos_ == "ADJ" and child.dep_ in ("acomp", "oprd", "ccomp"):
            found.append(child)  # "found him guilty", "held it liable"
            continue
        if child.dep_ not in PARTICLE_DEPS:
            continue
        if child.dep_ == "prep" and any(g.ent_type_ in ("DATE", "TIME") for g in child.children):
            continue
        found.append(child)
    return found


# verbs whose "with" phrase holds what is given when the receiver is the object: "provided
# the government of Iraq with military support", "supplied the rebels with weapons"
PROVIDING_VERBS = frozenset({"provide", "supply", "furnish", "equip", "arm"})
# verbs whose "with" phrase holds the weapon when they are force, not words: "blasted the
# boats with water cannon" (ASSAULT), "blasted the decision" (ACCUSE)
WEAPON_VERBS = frozenset({"blast", "spray", "pelt"})  # "pelted police with stones"
# verbs of yielding (or going back on) whose prepositional object is what is yielded to or
# gone back on: "agreed to the demands", "complied with the ultimatum", "reneged on a pledge";
# and agreeing with a view ("agreed with the American assessment": endorsement)
YIELDING_PREPS = {
    "agree": ("to", "with"),
    "comply": ("with",),
    "submit": ("to",),
    "renege": ("on",),
    "rally": ("to",),  # "rallied to the defence of Qatar"
}
# verbs of going out whose goal phrase holds where people go: "took to the streets", "poured
# into the streets" (a protest only with the lexicon's object "street")
STREET_PREPS = {
    "take": ("to",),
    "pour": ("into", "onto", "on"),
    "spill": ("into", "onto", "on"),
}
# holding people "without charge" or "without trial" is detaining them
HELD_PREPS = {"hold": ("without",)}
# verbs of leaving whose "from" or "out of" phrase is what is left: "withdrew from the treaty",
# "pulled out of the grain deal" (what leaving it is comes from the lexicon's objects)
LEAVING_VERBS = frozenset({"withdraw", "pull"})
# verbs of naming whose "as" phrase holds what the object is called: "described the vote as a
# sham", "characterised the strikes as illegal" (the parser hangs an adjective on the "as")
NAMING_VERBS = frozenset({"describe", "characterise", "characterize", "portray", "depict"})
# verbs that name their object by a second noun ("called him a liar", "branded India an
# aggressor"): object_predicate reads the parses other than an object predicate (oprd)
CALLING_VERBS = frozenset({"call", "term", "dub", "brand", "label"})


def relative_object(token: Token) -> Token | None:
    """The noun a reduced passive relative tells of, which is the verb's object: "shows hosted
    by young presenters", "an operation executed by coalition forces"; None when the
    participle has an object of its own ("missions, conducted 265 raids") or is no such
    relative."""
    if token.dep_ != "acl" or token.tag_ != "VBN" or token.head.pos_ not in ("NOUN", "PROPN"):
        return None
    if any(c.dep_ in ("dobj", "nsubjpass") for c in token.children):
        return None
    return token.head


def phrase_objects(head: Token, preps: Container[str]) -> Iterator[tuple[Token, Token]]:
    """The objects of the word's prepositional phrases led by one of ``preps``, each with its
    preposition, in the parse's order ("talks with Hamas in Doha", ("with",): with, Hamas)."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    yield prep, pobj


def held_by(noun: Token, heads: Container[str]) -> Token:
    """The noun the "of" phrase of a run or count holds ("a series of airstrikes",
    "a new round of talks", "a flurry of tweets": airstrikes, talks, tweets) when ``noun``'s
    lemma is one of ``heads``; else ``noun`` itself."""
    if noun.lemma_.lower() not in heads:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return noun


def _refused_objects(token: Token) -> set[str]:
    """What an entry's ``not_object`` list is read against: the verb's objects and the noun a
    reduced passive relative tells of (only to refuse a sense: an ``object`` list still needs
    an object of the verb's own, so "the deal reached" makes no agreement of its own)."""
    found = set(_objects(token))
    if (told := relative_object(token)) is not None:
        found.update((told.lemma_.lower(), noun_key(told)))
    return found


def _objects(token: Token) -> dict[str, Token]:
    found: dict[str, Token] = {}
    for child in (*token.children, *_infinitive_subjects(token)):
        if child.dep_ in OBJECT_DEPS or child.head != token:
            for obj in (child, *child.conjuncts):
                found.setdefault(obj.lemma_.lower(), obj)
                found.setdefault(noun_key(obj), obj)
                for mod in obj.lefts:  # "aid deliveries", "mediation efforts"
                    if mod.dep_ == "compound" or (obj.dep_ == "oprd" and mod.dep_ == "amod"):
                        found.setdefault(mod.lemma_.lower(), obj)  # "a [terrorist] group"
                for of in obj.children:  # "25,000 tons of food aid", "millions of dollars"
                    if of.dep_ == "prep" and of.lower_ == "of":
                        for pobj in of.children:
                            if pobj.dep_ == "pobj":
                                found.setdefault(pobj.lemma_.lower(), pobj)
    lemma = token.lemma_.lower()
    preps = YIELDING_PREPS.get(lemma) or STREET_PREPS.get(lemma) or HELD_PREPS.get(lemma)
    if preps is not None:
        for to in (c for c in token.children if c.dep_ == "prep" and c.lower_ in preps):
            for pobj in (g for g in to.children if g.dep_ == "pobj"):
                found.setdefault(pobj.lemma_.lower(), pobj)
    if token.lemma_.lower() in LEAVING_VERBS:  # "withdrew [from the treaty]"
        for pobj in _left_behind(token):
            found.setdefault(pobj.lemma_.lower(), pobj)
    if (named := object_predicate(token)) is not None:  # "called the leader [a traitor]"
        for obj in (named, *named.conjuncts):
            found.setdefault(obj.lemma_.lower(), obj)
            for mod in (m for m in obj.lefts if m.dep_ in ("amod", "compound")):
                found.setdefault(mod.lemma_.lower(), obj)  # "a [terrorist] group"
    if token.lemma_.lower() in NAMING_VERBS:  # "described the move [as illegal]"
        for word in _as_phrase(token):
            for obj in (word, *word.conjuncts):
                found.setdefault(obj.lemma_.lower(), obj)
                for mod in (m for m in obj.lefts if m.dep_ in ("amod", "compound")):
                    found.setdefault(mod.lemma_.lower(), obj)  # "as a [terrorist] group"
    if token.lemma_.lower() in PROVIDING_VERBS | WEAPON_VERBS:  # "provided Iraq [with support]"
        for with_ in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"):
            for pobj in (g for g in with_.children if g.dep_ == "pobj"):
                for obj in (pobj, *pobj.conjuncts):
                    found.setdefault(obj.lemma_.lower(), obj)
    return found


def object_predicate(verb: Token) -> Token | None:
    """What a verb of calling names its object where the parser made no object predicate of
    it: "called [South Korea's president] a traitor" (an apposition with no comma on the
    object, or on the object predicate the parser made of the object), "branded India an aggressor" (a direct object after a dative), "labelled the group
    a threat" (a second direct object). A noun with "a" or "an", after the object, with
    no punctuation between; None otherwise (and for "called him a liar": an oprd)."""
    if verb.lemma_.lower() not in CALLING_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative", "oprd")]
    candidates = [a for o in objects if o.dep_ != "dative" for a in o.children if a.dep_ == "appos"]
    if len(objects) >= 2 and objects[-1].dep_ != "oprd":
        candidates.append(objects[-1])
    for word in candidates:
        first = min((o for o in objects if o != word), key=lambda o: o.i, default=None)
        if first is None or word.i <= first.i or word.pos_ not in ("NOUN", "PROPN"):
            continue
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in word.children):
            continue
        if any(t.is_punct for t in verb.doc[first.i + 1 : word.left_edge.i]):
            continue
        return word
    return None


def _left_behind(verb: Token) -> list[Token]:
    """The objects of a verb's "from" or "out of" phrase ("withdrew from [the treaty]", "pulled
    out of [the deal]"), the "of" hung on the "out" or on the verb; none when the verb has a
    direct object: then that is what is withdrawn, and the phrase only where from ("withdrew
    its case from the court", "pulled its funds out of the bank")."""
    if any(c.dep_ == "dobj" for c in verb.children):
        return []
    preps = []
    for child in verb.children:
        if child.dep_ in ("prep", "prt", "advmod") and child.lower_ == "out":
            preps += [g for g in child.children if g.dep_ == "prep" and g.lower_ == "of"]
        elif child.dep_ == "prep" and child.lower_ in ("from", "of"):
            preps.append(child)
    return [g for prep in preps for g in prep.children if g.dep_ == "pobj"]


def _as_phrase(verb: Token) -> list[Token]:
    """The words of a verb's "as" phrase: its object or the adjective the parser hangs on the
    "as" ("described it as [a sham]", "as [free] and fair"), or an adjective clause that the
    "as" opens ("characterised the report as [baseless]", parsed as an adverbial clause)."""
    words = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            words += [g for g in child.children if g.dep_ in ("pobj", "amod", "acomp")]
        elif child.dep_ == "advcl" and any(
            g.lower_ == "as" and g.dep_ in ("advmod", "mark") and g.i < child.i
            for g in child.children
        ):
            words.append(child)
    return words


def _infinitive_subjects(verb: Token) -> list[Token]:
    """The subjects of the verb's to-infinitive clauses, parsed as the clause's and not the
    verb's objects: "allowed [inspectors] to visit the site"."""
    return [
        subject
        for clause in verb.children
        if clause.dep_ == "ccomp"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
        for subject in clause.children
        if subject.dep_ == "nsubj"
    ]


def noun_key(token: Token) -> str:
    """Lemma of a noun with its compound ("air strike") or hyphen ("tip-off") prefix."""
    doc = token.doc
    lemma = token.lemma_.lower()
    i = token.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        return f"{doc[i - 2].lower_}-{lemma}"
    for child in token.lefts:
        if child.dep_ == "compound" and child.i == i - 1:
            return f"{child.lemma_.lower()} {lemma}"
    return lemma


def _modified_key(token: Token, lexicon: Lexicon) -> str | None:
    """The longest lexicon noun made of ``token`` and the adjectives or nouns right before it
    that modify it ("general strike", "joint military exercise"), or None."""
    doc = token.doc
    mods: list[Token] = []
    i = token.i - 1
    while i >= 0 and len(mods) < 2:
        left = doc[i]
        if left.dep_ not in ("amod", "compound") or left.head.i not in (token.i, i + 1):
            break
        mods.insert(0, left)
        i -= 1
    lemma = token.lemma_.lower()
    for start in range(len(mods)):
        for form in ("lower_", "lemma_"):
            key = " ".join([*(getattr(m, form).lower() for m in mods[start:]), lemma])
            if key in lexicon.nouns:
                return key
    return None


def choose_entry(
    entries: list[TriggerEntry], token: Token
) -> tuple[TriggerEntry, Token | None] | None:
    particles = _particles(token)
    objects = _objects(token) if any(e.object for e in entries) else {}
    refused = _refused_objects(token) if any(e.not_object for e in entries) else set()
    for entry in entries:
        obj = None
        if entry.object is not None:
            # in the order _objects found them (direct object first), not the frozenset's:
            # that changes with the hash seed, and with it the trigger words and the target
            obj = next((t for o, t in objects.items() if o in entry.object), None)
            if obj is None:
                continue
        if entry.naming and (obj is None or not _predicative(obj, token)):
            continue  # "called the sham election", "described the crime": nothing called so
        if entry.particle is not None and entry.particle not in particles:
            continue
        if entry.not_object and not entry.not_object.isdisjoint(refused):
            continue
        if entry.intransitive and any(c.dep_ in ("dobj", "ccomp") for c in token.children):
            continue  # "demonstrated its resolve", "demonstrated that it can": shown, no protest
        if entry.not_dep and (
            any(c.dep_ in entry.not_dep for c in token.children)
            or ("oprd" in entry.not_dep and object_predicate(token) is not None)
        ):
            continue  # "called him a liar" (oprd, or as the parser gives it): no phone call
        if entry.complement and not has_complement(token):
            continue  # "when asked", "asked about the deal", "offers banking": no request
        return entry, obj
    return None


def _predicative(word: Token, verb: Token) -> bool:
    """Whether ``word`` says what the verb's object is called: the object predicate ("called
    the vote [a sham]", "called the sanctions [unacceptable]"), a word coordinated with it or in
    its "of" phrase ("called it an act of [terrorism]", "free and [fair]"), or the "as" phrase
    of a naming verb ("described the move [as illegal]"); not in a free relative ("rejected
    what it called interference": the governing verb carries the act)."""
    if any(c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in verb.children):
        return False
    named = object_predicate(verb)
    while True:
        if (word.dep_ == "oprd" and word.head == verb) or word == named:
            return True
        if word in _as_phrase(verb):
            return True
        head = word.head
        if word.dep_ not in ("conj", "pobj", "prep") or head == word:
            return False
        word = head


QUESTION_WORDS = frozenset({"whether", "if", "what", "why", "how", "when", "where", "who", "which"})


def has_complement(verb: Token) -> bool:
    """Whether a verb has the clause a request, offer or proposal needs: an infinitive ("asked
    Iran to withdraw", "offered to mediate") or a that-clause ("proposed that they meet"), not
    a question ("asked whether", "asked what they would do", "I ask him, wouldn't it ...?")."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "advcl") and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in child.children
        ):
            return True
        if child.dep_ == "ccomp" and not _question(verb, child):
            return True
    return False


def _question(verb: Token, clause: Token) -> bool:
    """A clause that asks: opened by a question word ("whether", "what"), or a direct
    question after the verb ("I asked him, would it not be wiser ...?")."""
    if any(c.lower_ in QUESTION_WORDS for c in clause.subtree if c.i < clause.i):
        return True
    last = verb.sent[-1] if verb.sent[-1].text.strip() else verb.sent[-2]
    return clause.i > verb.i and last.text == "?"


# what a rule turned down, for ``extract --explain``: (trigger words, event type, rule)
Rejected = list[tuple[list[Token], str | None, str]]


def find_predicates(
    sent: Span, lexicon: Lexicon, rejected: Rejected | None = None
) -> list[Predicate]:
    """The event predicates of a sentence: verbs first, then nouns that the verbs did not
    take as their object; what a rule turned down goes to ``rejected`` when given."""
    rejected = rejected if rejected is not None else []
    consumed: set[int] = set()
    predicates = [p for token in sent if (p := _verb_predicate(token, lexicon, consumed, rejected))]
    for token in sent:
        if token.pos_ in ("NOUN", "PROPN") and token.i not in consumed:
            pred = _noun_predicate(token, lexicon, predicates, rejected)
            if pred is not None:
                predicates.append(pred)
    return predicates


def _verb_predicate(
    token: Token, lexicon: Lexicon, consumed: set[int], rejected: Rejected
) -> Predicate | None:
    if token.pos_ not in ("VERB", "AUX") and not _verb_tagged_noun(token):
        return None
    prefixed = _hyphen_prefix(token)  # "test-fired": "test" "-" "fire"
    entries = lexicon.verbs.get(f"{prefixed}-{token.lemma_.lower()}") if prefixed else None
    words = list(token.doc[token.i - 2 : token.i + 1]) if entries else [token]
    entries = entries or lexicon.verbs.get(token.lemma_.lower())
    if not entries:
        return None
    if _nominal_use(token):
        rejected.append((words, entries[0].type, "a participle used as a noun ('the wounded')"))
        return None
    chosen = choose_entry(entries, token)
    if chosen is None:
        rule = f"no reading of '{token.lemma_.lower()}' fits here (its object, particle or clause)"
        rejected.append((words, None, rule))
        return None
    entry, obj = chosen
    via = "verb"
    if entry.particle:
        words += [c for c in _particle_tokens(token) if c.lemma_.lower() == entry.particle][:1]
    if obj is not None:
        words.append(obj)
        consumed.add(obj.i)
        via = "verb+object"
    return Predicate(entry, token, token, sorted(words, key=lambda t: t.i), via)


def _verb_tagged_noun(token: Token) -> bool:
    """A verb the tagger took for a noun: the root, or a clause's head with its own subject
    and direct object ('that Israel "reserves the right to resume fighting"', a present
    tense in -s read as a plural noun)."""
    if token.pos_ != "NOUN":
        return False
    if token.dep_ == "ROOT":
        return True
    deps = {c.dep_ for c in token.children}
    return token.dep_ in ("ccomp", "conj", "advcl") and {"nsubj", "dobj"} <= deps


def _noun_predicate(
    token: Token, lexicon: Lexicon, predicates: list[Predicate], rejected: Rejected
) -> Predicate | None:
    key = noun_key(token)
    entries = lexicon.nouns.get(key)
    lemma = token.lemma_.lower()
    modified = _modified_key(token, lexicon) if not entries or key == lemma else None
    if modified:  # "general strike", "diplomatic protest", "joint military exercise"
        key, entries = modified, lexicon.nouns[modified]
    entries = entries or lexicon.nouns.get(lemma)
    if not entries and lemma in EVENT_HEADS:  # "mediation effort"
        modifier = next((c for c in token.lefts if c.dep_ == "compound"), None)
        entries = lexicon.nouns.get(modifier.lemma_.lower()) if modifier is not None else None
    if not entries:
        return None
    entry = _noun_entry(entries, token)
    if entry is None:
        rule = f"no reading of '{lemma}' fits its 'of' phrase ('the release of a report')"
        rejected.append(([token], None, rule))
        return None
    words = [token]
    if key != lemma:
        width = len(key.split()) + 2 * key.count("-")
        words = list(token.doc[token.i - width + 1 : token.i + 1])
    via, head = _governing_verb(token, lexicon)
    if via == "purpose" and any(p.head == head and p.entry.type == entry.type for p in predicates):
        rejected.append((words, entry.type, "the visit is coded once ('arrived for talks')"))
        return None
    if head is not None:
        if via == "purpose" and head.lemma_.lower() in SENDING_VERBS:  # the envoy is the
            words += [c for c in head.children if c.dep_ == "dobj"]  # sender's, no target
        return Predicate(entry, token, head, sorted([head, *words], key=lambda t: t.i), via)
    if _has_noun_arguments(token) or (entry.type == "ASSAULT" and force_used_with(token)):
        return Predicate(entry, token, token, words, "noun")
    rule = "a noun with no light or intention verb and no actor or preposition of its own"
    rejected.append((words, entry.type, rule))
    return None


def _noun_entry(entries: list[TriggerEntry], noun: Token) -> TriggerEntry | None:
    """The entry of a noun trigger: one with ``object`` fits the noun's "of" phrase or the
    noun before it ("the release of 50 prisoners", "a prisoner release", "the lifting of
    sanctions"); entries come most specific first."""
    if all(e.object is None and not e.not_object for e in entries):
        return entries[0]
    named = {c.lemma_.lower() for c in noun.lefts if c.dep_ == "compound"}
    for of in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (g for g in of.children if g.dep_ == "pobj"):
            for obj in (pobj, *pobj.conjuncts):
                named.add(obj.lemma_.lower())
                named.update(c.lemma_.lower() for c in obj.lefts if c.dep_ == "compound")
    for entry in entries:
        if entry.object is not None and not named & entry.object:
            continue
        if named & entry.not_object:
            continue
        return entry
    return None


def _hyphen_prefix(token: Token) -> str | None:
    doc = token.doc
    i = token.i
    if (
        i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
    ):
        return doc[i - 2].lower_
    return None


def _nominal_use(token: Token) -> bool:
    """A participle used as a noun: "evacuated the wounded", "the accused" are no acts."""
    return token.dep_ in NOMINAL_DEPS and any(
        c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in token.children
    )


def _governing_verb(noun: Token, lexicon: Lexicon) -> tuple[str, Token | None]:
    """How a verb governs a noun trigger, and that verb: "light verb" ("carry out
    airstrikes", "engaged in ethnic cleansing", "took part in talks"), "intention verb"
    ("proposed joint airstrikes"), "purpose" ("arrived in Ankara for talks"), "held under"
    ("was placed under house arrest"); ("", None) when no verb governs it."""
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        return _governing_prep(noun, head, lexicon)
    if noun.dep_ not in ("dobj", "nsubjpass", "attr") or head.pos_ not in ("VERB", "AUX"):
        return "", None
    lemma = head.lemma_.lower()
    if lexicon.is_light_verb(lemma, _particles(head)):
        return "light verb", head
    if lemma in lexicon.intent_verbs:
        return "intention verb", head
    return "", None


def _governing_prep(noun: Token, prep: Token, lexicon: Lexicon) -> tuple[str, Token | None]:
    """A noun trigger in a prepositional phrase of a verb: the light verb's own preposition
    ("engage in", "take part in"), a purpose ("for talks") after a verb of coming and going,
    or "under" after a verb of putting ("placed under arrest")."""
    verb, word = prep.head, prep.lower_
    if word == "of" and verb.pos_ == "NOUN" and verb.lemma_.lower() in ROUND_HEADS:
        return _governing_verb(verb, lexicon)  # "held a round of talks", "a wave of arrests"
    keys = {word}
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":  # "took [part [in talks]]"
        keys, verb = {f"{verb.lemma_.lower()} {word}"}, verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return "", None
    lemma = verb.lemma_.lower()
    allowed = lexicon.light_verbs.get(lemma) or set()
    keys |= {f"{c.lemma_.lower()} {word}" for c in verb.children if c.dep_ == "dobj"}
    if keys & allowed:
        return "light verb", verb
    if word == "for" and lemma in lexicon.purpose_verbs:
        return "purpose", verb
    if word == "in" and lemma in BEING_VERBS and noun.lemma_.lower() in TALK_NOUNS:
        return "light verb", verb  # "were in talks with Iran": the subject talks
    if word == "for" and lemma in SENDING_VERBS and _sends_envoy(verb):
        return "purpose", verb  # "sent an envoy to Kigali for talks": the sender consults
    if word == "under" and lemma in lexicon.holding_verbs:
        return "held under", verb
    if word in ("on", "to") and lemma in LISTING_HOLDERS and noun.lemma_.lower() in LIST_NOUNS:
        return "held under", verb  # "was put on the list of foreign terrorists"
    return "", None


# nouns that only count the acts of their "of" phrase, which a light verb governs through
# them: "held a new round of talks", "launched a wave of arrests", "carried out a series of
# raids", "wrapped up two days of talks"
ROUND_HEADS = frozenset({"round", "series", "wave", "spate", "string", "flurry", "day", "week"})
# being in talks: "Egypt is in talks with the IMF", "remained in negotiations with Israel"
# (talks only: "were in detention" is no act of the detained)
BEING_VERBS = frozenset({"be", "remain", "stay"})
TALK_NOUNS = frozenset({"talk", "negotiation", "discussion", "consultation", "dialogue", "contact"})
# sending someone who talks for the sender: "sent an envoy to Kigali for talks" (the sender's
# purpose, as "arrived for talks" is the traveller's)
SENDING_VERBS = frozenset({"send", "dispatch", "despatch"})
ENVOY_NOUNS = frozenset(
    {"envoy", "emissary", "delegation", "delegate", "negotiator", "mediator", "representative",
     "minister", "official", "team", "mission", "diplomat", "ambassador", "aide", "adviser",
     "advisor"}
)  # fmt: skip


def headline_parties(noun: Token) -> list[Token]:
    """A headline with no verb, "Iran, EU in fresh nuclear talks", "Blair in talks with Irish
    premier": the names the "in" phrase of a talk noun hangs on, when they are the sentence's
    root and the names set beside it, are who talks."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "in" or noun.lemma_.lower() not in TALK_NOUNS:
        return []
    name = prep.head
    if name.dep_ in ("appos", "conj") and name.head.dep_ == "ROOT":
        name = name.head
    if name.dep_ != "ROOT" or name.pos_ != "PROPN":
        return []
    beside = [c for c in name.children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"]
    return [name, *beside]


def _sends_envoy(verb: Token) -> bool:
    return any(c.dep_ == "dobj" and c.lemma_.lower() in ENVOY_NOUNS for c in verb.children)


# verbs of help or response whose "with" phrase may be force they use ("backed the army with
# airstrikes", "retaliated with shelling")
HELP_VERBS = frozenset({"support", "back", "assist", "help", "aid"})
RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "reply"})
# acts of force used as a means, struck from a distance ("with air strikes", "with shelling")
FORCE_MEANS = frozenset(
    {"strike", "airstrike", "shelling", "bombing", "bombardment", "fire", "barrage", "sortie"}
)
# putting someone on a list: "was put on the UN list of foreign terrorists", "added to the
# sanctions list" (a sanction only when the list is one: senses.listing_without_sanction)
LISTING_HOLDERS = frozenset({"put", "place", "add"})
LIST_NOUNS = frozenset({"list", "blacklist"})

# words of thanks whose "for" phrase names help received: "grateful for the support of"
GRATITUDE_WORDS = frozenset(
    {"grateful", "thankful", "indebted", "appreciative", "thank", "gratitude", "thanks",
     "appreciation"}
)  # fmt: skip


def thanked_for(noun: Token) -> Token | None:
    """The word of thanks whose "for" phrase holds ``noun`` ("grateful for the support",
    "thanked Germany for its assistance"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "for":
        return None
    holder = prep.head
    return holder if holder.lemma_.lower() in GRATITUDE_WORDS else None


def force_used_with(noun: Token) -> Token | None:
    """ "continues to support Iraqi forces with air strikes", "responded with airstrikes on
    Gaza": the verb of help or response whose "with" phrase is an act of force, done by the
    verb's subject (never aimed at the verb's object, who is helped)."""
    prep = noun.head
    if noun.lemma_.lower() not in FORCE_MEANS or noun.dep_ != "pobj" or prep.lower_ != "with":
        return None
    verb = prep.head
    if prep.dep_ != "prep" or verb.pos_ != "VERB":
        return None
    lemma = verb.lemma_.lower()
    helped = any(c.dep_ == "dobj" for c in verb.children)  # not "help with the battle"
    return verb if lemma in RESPONSE_VERBS or (lemma in HELP_VERBS and helped) else None


def _named_leader(participle: Token) -> bool:
    """ "US-led", "Saudi-led": a name before the participle's hyphen."""
    return any(
        g.dep_ == "npadvmod" and (g.pos_ == "PROPN" or bool(g.ent_type_))
        for g in participle.children
    )


def _has_noun_arguments(token: Token) -> bool:
    if thanked_for(token) is not None:  # "grateful to our partners for their support"
        return True
    if headline_parties(token):  # "Iran, EU in fresh nuclear talks"
        return True
    for child in token.children:
        if (
            child.dep_ == "acl"
            and child.tag_ == "VBN"
            and any(g.dep_ == "agent" for g in child.children)
        ):
            return True  # "the assistance provided by Britain"
        if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
            return True  # "the U.S.-led coalition's four airstrikes": its holder acts
        if child.dep_ in ("poss", "compound", "amod", "nmod") and child.pos_ in (
            "PROPN",
            "ADJ",
            "NOUN",
        ):
            # a name, or the second half of a pair of names ("American-Russian collaboration")
            names = [child, *(g for g in child.children if g.dep_ in ("amod", "npadvmod"))]
            if any(n.ent_type_ or n.pos_ == "PROPN" for n in names):
                return True
        if child.dep_ == "prep" and child.lemma_.lower() in NOUN_ARG_PREPS:
            return True
        if child.dep_ == "amod" and child.tag_ == "VBN" and _named_leader(child):
            return True  # "US-led coalition air strikes", "Saudi-led strikes": the leader acts
    return False
