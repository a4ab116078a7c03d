"""Which Congo a bare "Congo" (or "Congolese") is: the Democratic Republic of the Congo
(Kinshasa) or the Republic of the Congo (Brazzaville). Both states bear the name; the full
names ("Democratic Republic of Congo", "DR Congo", "Republic of the Congo", "Congo
Republic", "Congo-Brazzaville") are each one state's in countries.yaml, and the bare name
and the demonym are the DRC's there: news names the DRC (a hundred million people, the
wars of the Kivus and Ituri) many times for each time it names the Republic (six million),
and agencies write "Congo" alone for the DRC and "Congo Republic" for the other.

The document decides otherwise (:func:`decide_congo`, in place):

- a document dated before 17 May 1997, when the DRC was Zaire, means the Republic by
  "Congo", and so does one that names Zaire ("Zaire", "Zairean": the DRC under its old
  name, so "Congo" is the other), not as its former name ("Congo, formerly Zaire");
- otherwise the state the document's other mentions name more often (its full names, its
  capital, cities the gazetteer places, its people: "Brazzaville", "Sassou Nguesso",
  "Pointe-Noire" for the Republic; "Kinshasa", "Goma", "Kabila", "Tshisekedi" for the DRC)
  is the one; a tie keeps the DRC.

The reason says which cue decided.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from spacy.tokens import Doc, Span, Token

from .dictionary import ActorEntry
from .resolve_types import ActorHit, HitMap

DRC, REPUBLIC = "COD", "COG"
BARE_WORDS = frozenset({"Congo", "Congolese"})
# words around "Congo" that make it part of a longer name one state bears alone
_NAME_BEFORE = frozenset({"of", "dr", "d.r.", "drc"})
_NAME_AFTER = frozenset({"republic", "-", "brazzaville", "kinshasa", "-brazzaville", "-kinshasa"})
ZAIRE_WORDS = frozenset({"Zaire", "Zairean", "Zaireans", "Zairian", "Zairians"})
FORMER_WORDS = frozenset({"former", "formerly", "renamed", "once", "then", "then-"})
ZAIRE_LAST_DAY = "1997-05-16"


def _bare(span: Span) -> str | None:
    """The bare name or the demonym by which the mention names a Congo, if it does."""
    for token in span:
        if token.text not in BARE_WORDS:
            continue
        before = token.nbor(-1).lower_ if token.i > 0 else ""
        after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
        if token.text == "Congolese" or (before not in _NAME_BEFORE and after not in _NAME_AFTER):
            return token.text
    return None


def _zaire_of_the_day(token: Token) -> bool:
    """ "Zaire" as the DRC's name of the day, not its former name ("Congo, formerly Zaire")."""
    return token.text in ZAIRE_WORDS and not any(t.lower_ in FORMER_WORDS for t in token.sent)


def decide_congo(
    doc: Doc, hits: HitMap, states: Mapping[str, ActorEntry], published: str | None
) -> None:
    """Give each bare "Congo" / "Congolese" mention the Congo the document means (``states``:
    the dictionary's entries by id)."""
    bare: list[tuple[ActorHit, str]] = []
    support: Counter[str] = Counter()
    for anchor_hits in hits.values():
        for hit in anchor_hits:
            country = hit.actor.country
            if country not in (DRC, REPUBLIC):
                continue
            if word := _bare(doc[hit.start : hit.end]):
                bare.append((hit, word))
            else:
                support[country] += 1
    if not bare:
        return
    if published and published[:10] <= ZAIRE_LAST_DAY:
        state, why = REPUBLIC, f"the document is dated {published[:10]}, when the DRC was Zaire"
    elif any(_zaire_of_the_day(t) for t in doc):
        state, why = REPUBLIC, "the document names Zaire, the DRC's name until 1997"
    elif support[REPUBLIC] > support[DRC]:
        state = REPUBLIC
        why = f"the document names it {support[REPUBLIC]}× and the DRC {support[DRC]}×"
    elif support[DRC]:
        state = DRC
        why = f"the document names it {support[DRC]}× and the Republic {support[REPUBLIC]}×"
    else:
        state, why = DRC, "no other cue: the DRC is the Congo of the news"
    for hit, word in bare:
        _set_state(hit, states[f"country:{state}"], f"bare '{word}' → {{}}: {why}")


def _set_state(hit: ActorHit, entry: ActorEntry, why: str) -> None:
    actor = hit.actor
    if actor.country != entry.country:
        if actor.actor_id and actor.actor_id.startswith("country:"):
            actor.actor_id, actor.name, actor.wikidata = entry.id, entry.name, entry.wikidata
        actor.country = entry.country
    actor.reason += "; " + why.format(entry.name)
