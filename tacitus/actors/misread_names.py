"""People's names the recogniser took for places or organisations: "After being captured by
American forces, Qanbar was held ..." (Qanbar tagged ORG), "Iraqi forces arrested Baghdadi,
a senior commander, ..." (tagged ORG or GPE). The sentence says what the name is:

- its apposition's head is a word for a person ("X, a senior commander", "X, the group's
  spokesman": ``PERSON_NOUNS``), or
- it is who a verb that only takes people undergoes: the object or the passive subject of
  "kill", "arrest", "detain", "abduct", "execute", "wound", "sentence" ..., or the subject of
  a clause opened by such a participle ("After being arrested by police, X was ..."). Verbs
  that take places too ("capture", "free", "hold") count only for a name tagged ORG or
  NORP that no gazetteer places.

Never a name the document writes as a place elsewhere ("in Dabiq", "the town of Dabiq").

Such an entity of one to three capitalised words, none of them a stop word, is made a PERSON
entity (in place), so that the people resolver names it. Only the recogniser's entities are
read, never every token.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from ..places.gazetteer import gazetteer
from .coref import PERSON_NOUNS

MISREAD_LABELS = frozenset({"ORG", "GPE", "NORP", "LOC"})
# verbs whose object (or passive subject) can only be a person or people
PEOPLE_VERBS = frozenset(
    {"kill", "arrest", "detain", "abduct", "kidnap", "execute", "assassinate", "wound",
     "injure", "sentence", "jail", "imprison", "behead", "torture", "interrogate", "extradite",
     "convict", "murder", "shoot", "hang", "indict"}
)  # fmt: skip
# verbs that take people and places alike ("captured Palmyra", "freed the hostages")
PEOPLE_OR_PLACE_VERBS = frozenset({"capture", "free", "release", "hold", "seize"})
# settlement and place nouns: "Mosul, the capital of Nineveh" is no person
PLACE_HEADS = frozenset({"city", "town", "village", "capital", "province", "region", "district"})


def _name_like(ent: Span) -> bool:
    words = [t for t in ent if not t.is_punct]
    return (
        1 <= len(words) <= 3
        and all(t.text[:1].isupper() and t.lower_ not in STOP_WORDS for t in words)
        and ent[0].lower_ != "the"
    )


def _person_apposition(root: Token) -> bool:
    """ "X, a senior commander": the apposition's head is a word for a person."""
    for child in root.rights:
        if child.dep_ == "appos":
            lemma = child.lemma_.lower()
            return lemma in PERSON_NOUNS and lemma not in PLACE_HEADS
    return False


def _undergoes(root: Token, verbs: frozenset[str]) -> bool:
    """Whether the name is who a verb of ``verbs`` is done to: its object, its passive
    subject, or the subject of a clause a passive participle of it opens ("After being
    captured by X, Qanbar was held")."""
    head = root.head
    if root.dep_ in ("dobj", "nsubjpass") and head.lemma_.lower() in verbs:
        return True
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return False
    for child in head.children:
        clause = child
        if child.dep_ == "prep":  # "After being captured"
            clause = next((c for c in child.children if c.dep_ == "pcomp"), child)
        if clause.dep_ not in ("advcl", "pcomp") or clause.tag_ != "VBN":
            continue
        if clause.lemma_.lower() in verbs and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
        ):
            return True
    return False


def _placed(text: str) -> bool:
    return any(c.place.kind == "city" for c in gazetteer().lookup(text))


def misread_people(doc: Doc, placed: set[str]) -> None:
    """Make names tagged as places or organisations that the sentence shows are people
    PERSON entities (in place); never a name the document writes as a place elsewhere
    (``placed``: "in Dabiq", "the town of Dabiq") or the recogniser tags as one."""
    changed = False
    ents = list(doc.ents)
    placed = placed | {e.text for e in ents if e.label_ in ("GPE", "LOC", "FAC")}
    for k, ent in enumerate(ents):
        if ent.label_ not in MISREAD_LABELS or not _name_like(ent) or ent.text in placed:
            continue
        root = ent.root
        person = _person_apposition(root) or _undergoes(root, PEOPLE_VERBS)
        if not person and ent.label_ in ("ORG", "NORP"):
            person = _undergoes(root, PEOPLE_OR_PLACE_VERBS) and not _placed(ent.text)
        if person and not _placed(ent.text):
            ents[k] = Span(doc, ent.start, ent.end, label="PERSON")
            changed = True
    if changed:
        doc.ents = ents
