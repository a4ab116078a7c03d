"""Verbs listed after another verb that the parse hung somewhere else (issue 13, round 9).

Two constructions where a verb continues a list of verbs but the parser gives it a head that
makes it look like another kind of clause:

- a past participle with its own direct object after a comma, hung on the object before it
  as a reduced relative ("has flown 870 missions, conducted 265 raids on ..."): a passive
  relative has no object of its own, so it is an active verb listed with the main verb and
  shares its subject, tense and modality (:func:`listed_participle_verb`);
- a bare verb after a comma or "and" that continues an infinitive list ("pressed the regime
  to end the sieges, allow aid convoys and release prisoners"), hung on the verb that governs
  the infinitive or on nothing useful: it is done by whoever does the first infinitive, and
  is as much requested or intended (:func:`continued_infinitive`).

- a finite past or present verb hung on an infinitive as its conjunct ("urged Moscow to
  withdraw its troops and expelled two diplomats"): an infinitive has no past tense, so the
  verb is listed with the verb that governs the infinitive, and is its subject's own act
  (:func:`finite_after_infinitive`).

All only look at the verb's own children and the few tokens around it; :func:`listed_with`
tries them in turn.
"""

from __future__ import annotations

from spacy.tokens import Token

# verbs whose passive keeps an object ("the prisoners given amnesty", "a country granted a
# loan", "the soldiers awarded medals"): their participle with an object may be a relative
GIVING_VERBS = frozenset(
    {"give", "grant", "award", "offer", "deny", "send", "promise", "show", "tell", "pay",
     "allow", "lend", "hand", "teach", "assign", "issue", "sell", "refuse", "charge", "ask",
     "name", "call", "elect", "appoint", "make", "consider", "declare", "dub", "label"}
)  # fmt: skip
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# words of a count the parser may take for a preposition: "flew over 870 missions"
COUNT_WORDS = frozenset({"over", "about", "around", "nearly", "almost", "under"})


def listed_participle_verb(verb: Token) -> Token | None:
    """The main verb a past participle is listed with: "the UK has flown 870 missions,
    conducted 265 raids on ISIL targets" (parsed as 'conducted' modifying 'missions'). Only a
    participle after a comma, with a direct object and no "by" agent of its own, hung on the
    direct object of an active verb; a verb whose passive keeps an object ("the prisoners,
    given amnesty") is left as parsed. None otherwise."""
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() in GIVING_VERBS:
        return None
    deps = {c.dep_ for c in verb.children}
    if "dobj" not in deps or deps & (SUBJECT_DEPS | {"agent", "auxpass", "aux"}):
        return None
    noun = verb.head
    main = _object_governor(noun)
    if main is None:
        return None
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in main.children):
        return None
    edge = verb.left_edge.i
    if edge < 1 or verb.doc[edge - 1].text != ",":
        return None
    return main


def _object_governor(noun: Token) -> Token | None:
    """The verb whose direct object ``noun`` is, also through a count the parser took for a
    preposition ("has flown over 870 missions": 'over' hung on the verb)."""
    head = noun.head
    counted = noun.dep_ == "pobj" and head.lower_ in COUNT_WORDS and head.dep_ == "prep"
    if counted and any(c.dep_ == "nummod" for c in noun.children):
        head = head.head
    elif noun.dep_ != "dobj":
        return None
    return head if head.pos_ in ("VERB", "AUX") else None


def continued_infinitive(verb: Token) -> Token | None:
    """The infinitive a bare verb continues: "urged the junta to lift the blockade,
    immediately allow aid convoys and release ..." ('allow' parsed as hung on 'urged', or on
    nothing). Only a bare verb (VB, or VBP the parser took for a present) with no subject of
    its own, after a comma or a conjunction, hung on a verb that has a "to" infinitive before
    it; the nearest such infinitive. A finite verb ("pressed Moscow to withdraw and sent aid")
    is its own clause. None otherwise."""
    if verb.dep_ not in ("conj", "dep") or verb.tag_ not in ("VB", "VBP"):
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children):
        return None
    head = verb.head
    if head.pos_ not in ("VERB", "AUX") or head.i > verb.i:
        return None
    edge = verb.left_edge.i
    if edge < 1 or verb.doc[edge - 1].lower_ not in (",", "and", "or"):
        return None
    found = None
    for token in head.subtree:
        if token.i >= verb.left_edge.i:
            break
        if (
            token.dep_ in ("xcomp", "advcl")
            and token.i > head.i
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
        ):
            found = token
    return found


def finite_after_infinitive(verb: Token) -> Token | None:
    """The verb a finite conjunct of an infinitive is listed with: "urged Moscow to withdraw
    its troops and expelled two diplomats" ('expelled' parsed as a conjunct of 'withdraw'): the
    verb governing the infinitive. None for a verb with its own subject or another head."""
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ"):
        return None
    if any(c.dep_ in SUBJECT_DEPS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    infinitive = verb.head
    if infinitive.dep_ not in ("xcomp", "advcl") or infinitive.tag_ != "VB":
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children):
        return None
    governor = infinitive.head
    if governor.pos_ not in ("VERB", "AUX") or governor.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # "will press X to withdraw and ...": no tense to tell them apart
    return governor


def listed_with(verb: Token) -> Token | None:
    """The verb ``verb`` is listed with where the parse hung it elsewhere, or None."""
    return (
        listed_participle_verb(verb) or continued_infinitive(verb) or finite_after_infinitive(verb)
    )
