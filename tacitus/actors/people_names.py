"""Finding people's names in a document: name forms, plausibility, and who a name is.

Used by the people resolver (people.py). ``NameFinder`` matches the name forms of the people
index on token texts (one dict lookup per token), drops matches that cannot be names here,
and chooses the person a name or surname stands for, with the reason.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..places.gazetteer import gazetteer
from .coref import FEMININE, MASCULINE, word_gender
from .dictionary import ActorEntry
from .identity import (
    ARABIC_ARTICLES,
    PersonName,
    first_name_gender,
    is_common_surname,
    is_first_name,
    person_name,
    same_person,
)
from .people_index import NameForm, PersonIndex
from .titles import TITLE_HEADS, Title, compatible, office_roles

# labels of entities a single surname cannot be ("in May")
NOT_A_NAME = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LAW",
     "LANGUAGE", "EVENT", "WORK_OF_ART", "PRODUCT", "FAC"}
)  # fmt: skip


# nouns of places and buildings named after people: "the Al Salem hospital", "the King Fahd
# airport", "Rafik Hariri International Airport" are no person
FACILITY_NOUNS = frozenset(
    {"hospital", "clinic", "airport", "airfield", "airbase", "base", "school", "university",
     "college", "academy", "institute", "foundation", "mosque", "church", "cathedral", "shrine",
     "temple", "stadium", "arena", "street", "road", "avenue", "boulevard", "highway", "bridge",
     "square", "complex", "centre", "center", "port", "harbour", "harbor", "dam", "camp",
     "palace", "building", "tower", "hall", "library", "museum", "station", "terminal", "canal",
     "park", "garden", "prison", "jail", "barracks", "hotel", "market", "mall", "crossing",
     "city", "district", "neighbourhood", "neighborhood", "quarter", "prize", "award"}
)  # fmt: skip
# where a one-word name is a place: "in Kobane", "out of Kobane", and after verbs of motion
# "driven from Kobani", "returned to Kobane" (not "a letter to Obama")
LOCATIVE_PREPS = frozenset(
    {"in", "at", "near", "inside", "outside", "around", "across", "throughout", "within"}
)
MOTION_PREPS = frozenset({"from", "to", "into", "toward", "towards"})
MOTION_VERBS = frozenset(
    {"drive", "push", "expel", "oust", "flee", "withdraw", "retreat", "evacuate", "escape",
     "return", "move", "advance", "march", "deploy", "travel", "head", "arrive", "enter",
     "send", "relocate", "displace", "chase", "force", "pull", "transfer"}
)  # fmt: skip
INITIAL = re.compile(r"^[A-Z]\.?$")  # a middle initial ("B." in "James B. Comey")
GENERATIONAL = frozenset({"jr", "sr", "ii", "iii", "iv"})
ARTICLES = ARABIC_ARTICLES


@dataclass(frozen=True, slots=True)
class Unlisted:
    """A full name in the text that nobody in the dictionaries has ("Melania Trump")."""

    start: int  # token index
    name: PersonName
    text: str
    gender: str | None  # from the first name


@dataclass(slots=True)
class NameMatch:
    start: int
    end: int
    forms: list[NameForm]  # every person this run of tokens may name

    @property
    def full(self) -> bool:
        return any(f.full for f in self.forms)

    @property
    def ids(self) -> set[str]:
        return {f.person for f in self.forms}


@dataclass
class NameFinder:
    index: PersonIndex
    doc: Doc
    words: list[str]  # the document's token texts
    day: dt.date
    _ents: list[Span] | None = field(default=None, init=False)
    _starts: list[int] = field(default_factory=list, init=False)

    def find(self) -> list[NameMatch]:
        """Name forms in the text; where two overlap, the one reaching further right wins
        ("Crown Prince Mohammed bin Salman" is one name, not "Crown Prince" + "bin Salman")."""
        found, i = [], 0
        first = self.index.by_first
        while i < len(self.words):
            match = self.forms_at(i) if self.words[i] in first else None
            if match is None:
                i += 1
                continue
            later = (self.forms_at(j) for j in range(i + 1, match.end) if self.words[j] in first)
            longer = next((m for m in later if m is not None and m.end > match.end), None)
            if longer is not None:
                i = longer.start
                continue
            found.append(match)
            i = match.end
        return found

    def forms_at(self, i: int) -> NameMatch | None:
        words, best, end = self.words, list[NameForm](), 0
        for form in self.index.by_first.get(words[i], ()):
            if best and len(form.words) < len(best[0].words):
                break
            stop = self._match(i, form.words)
            if stop is not None:
                best.append(form)
                end = max(end, stop)
        return NameMatch(i, end, best) if best else None

    def _match(self, i: int, form: tuple[str, ...]) -> int | None:
        """Where a name form matching at ``i`` ends: middle initials in the text are skipped
        ("Vladimir V. Putin" is "Vladimir Putin"); an Arabic article is one however it is
        written ("Haider Al Abadi", "Haider al-Abadi", "Haider Al-Abadi"), and one the form
        lacks is skipped ("Haider al-Abadi" is "Haider Abadi"); a generational
        suffix after it that the form does not have makes it another person ("Donald Trump
        Jr.")."""
        words, j, k = self.words, i, 0
        while k < len(form):
            word = words[j] if j < len(words) else None
            if word == form[k] or (
                word is not None and form[k] in ARTICLES and word.lower() == form[k]
            ):
                j, k = j + 1, k + 1
            elif k > 0 and form[k] == "-" and form[k - 1] in ARTICLES:
                k += 1  # "Al Abadi" for "al-Abadi"
            elif word == "-" and j > i and words[j - 1].lower() in ARTICLES:
                j += 1  # "Al-Abadi" for "Al Abadi"
            elif k > 0 and word is not None and (INITIAL.match(word) or word.lower() in ARTICLES):
                j += 1  # "Haider al-Abadi" for "Haider Abadi"
            else:
                return None
        if j < len(words) and words[j].lower().rstrip(".") in GENERATIONAL:
            return None
        return j

    def plausible(self, m: NameMatch, known: set[str] | bool) -> bool:
        """Whether a match can be a name here: "May" in "in May" cannot; "Gates" in "Bill
        Gates" cannot. ``known``: the person's full name is in the document (surname
        matches). People not in the dictionaries who share the surname are weighed by
        :meth:`choose`."""
        doc = self.doc
        span = doc[m.start : m.end]
        ent = self.entity_at(m.start)
        if names_a_facility(span.root):
            return False
        if not m.full:
            if not span[-1].text[:1].isupper():  # "al-Abadi": the surname itself
                return False
            if not known and span.root.pos_ != "PROPN" and span.root.ent_type_ != "PERSON":
                return False
            if len(span) == 1 and _read_as_place(span.root, ent, bool(known)):
                return False
        if ent is None:
            return True
        if ent.label_ in NOT_A_NAME:
            return False
        extra = [t for t in ent if not (m.start <= t.i < m.end)]
        # a longer entity: fine when the rest is a title or honorific ("President Assad")
        return all(
            t.lemma_.lower() in TITLE_HEADS
            or word_gender([t])
            or t.is_punct
            or t.is_stop
            or INITIAL.match(t.text)
            for t in extra
        )

    def entity_at(self, i: int) -> Span | None:
        if not self.doc[i].ent_type_:
            return None
        if self._ents is None:  # once: Doc.ents makes a Span per entity on every call
            self._ents = list(self.doc.ents)
            self._starts = [e.start for e in self._ents]
        at = bisect_right(self._starts, i) - 1
        found = self._ents[at] if at >= 0 else None
        return found if found is not None and i < found.end else None

    def unlisted(self, full: list[NameMatch]) -> list[Unlisted]:
        """Full names in the text that nobody in the dictionaries has ("Melania Trump",
        "Donald Trump Jr."): PERSON entities with a first name and a surname, titles and
        honorifics before them left out."""
        covered = {i for m in full for i in range(m.start, m.end)}
        found = []
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or any(t.i in covered for t in ent):
                continue
            text, name = entity_name(ent)
            if name is not None and name.given:
                found.append(Unlisted(ent.start, name, text, first_name_gender(name)))
        return found

    def gender_cue(self, m: NameMatch) -> str | None:
        """The gender the text gives a name: an honorific or gendered noun just before it
        ("Mrs. Clinton"), else, for a subject, the first gendered pronoun after it in its
        sentence before any other person ("Clinton said she would ...")."""
        doc = self.doc
        if m.start and (found := word_gender([doc[m.start - 1]])):
            return found
        span = doc[m.start : m.end]
        if span.root.dep_ not in ("nsubj", "nsubjpass"):
            return None
        for token in doc[m.end : span.sent.end]:
            if token.ent_type_ == "PERSON":
                return None
            if token.lower_ in MASCULINE:
                return "m"
            if token.lower_ in FEMININE:
                return "f"
        return None

    def choose(
        self,
        m: NameMatch,
        seen: dict[str, int],
        title: Title,
        country: str | None,
        rivals: Sequence[Unlisted] = (),
    ) -> tuple[ActorEntry | Unlisted | None, str]:
        """Who a name stands for. A surname first follows the name chain: the people named
        in full in the document that it may be (dictionary people, and people the
        dictionaries do not list: "Trump" after "Melania Trump"), those that fit its title
        and gender, the first one named (before it, else after it). Otherwise the dictionary
        prior: the only one with that name, or the only one the title, country and date
        leave."""
        ids = list(dict.fromkeys(f.person for f in m.forms))
        if m.full and len(ids) == 1:
            return self.index.people[ids[0]], ""
        cue = self.gender_cue(m)
        chain: list[tuple[int, ActorEntry | Unlisted]] = [
            (seen[p], self.index.people[p])
            for p in ids
            if p in seen and cue in (None, self.index.people[p].gender or cue)
        ]
        name = person_name(self.doc[m.start : m.end].text)
        if not m.full and name is not None:
            chain += [
                (r.start, r)
                for r in rivals
                if same_person(r.name, name, first_name=True) and cue in (None, r.gender or cue)
            ]
        titled = [c for c in chain if isinstance(c[1], ActorEntry) and _fits(c[1], title)]
        if title.specific and titled:  # "Former President Clinton": the one who was
            chain = titled
        if chain:
            before = [c for c in chain if c[0] < m.start] or chain
            first = min(before, key=lambda c: c[0])[1]
            if isinstance(first, Unlisted):
                return first, f"name chain: earlier '{first.text}', not in the dictionaries"
            return first, " (its full name is in the document)"
        if self.lone_given_name(m, title):
            return None, "a given name alone: nobody listed is named in full in the document"
        if self.lone_common_surname(m, title):
            return None, (
                "a common surname alone: nobody listed is named in full in the document and "
                "no title of office stands before it"
            )
        kind = "name" if m.full else "surname"
        pool = [self.index.people[p] for p in ids]
        if title.specific:  # "President Clinton" is not Hillary Clinton
            pool = [e for e in pool if _fits(e, title)]
        if cue:  # "Mrs. Clinton" is not Bill Clinton
            pool = [e for e in pool if e.gender in (None, cue)]
        if len(pool) > 1 and country:
            pool = [e for e in pool if country in _countries(e)] or pool
        if len(pool) > 1:
            day = self.day
            pool = [e for e in pool if any(o.held_on(day) for o in e.offices)] or pool
        if len(pool) == 1:
            why = "unique in the dictionaries" if len(ids) == 1 else "the only one that fits"
            return pool[0], f" ({kind}, {why})"
        names = ", ".join(sorted(e.name for e in pool)) or "nobody with that title or gender"
        return None, f"ambiguous {kind} '{self.doc[m.start : m.end].text}': {names}"

    def lone_given_name(self, m: NameMatch, title: Title) -> bool:
        """A listed person's surname that is a given name too, written alone with no title
        of office ("Ahmed said", "Salah" of "Salah ad Din"): nobody's surname unless the
        person is named in full in the document (the name chain, which comes first)."""
        if m.full or m.end - m.start != 1 or title.specific:
            return False
        return is_first_name(self.doc[m.start].text)

    def lone_common_surname(self, m: NameMatch, title: Title) -> bool:
        """A surname thousands of public people bear, written alone with no title of office
        ("Davis said", "the Khan family"): nobody listed unless named in full in the
        document (the name chain, which comes first)."""
        if m.full or m.end - m.start != 1 or title.specific:
            return False
        return is_common_surname(self.doc[m.start].text)

    def unlisted_holder(self, m: NameMatch, title: Title) -> bool:
        """A surname under the title of an office many hold at once ("Senator Davis",
        "Governor Brown") that no listed bearer of the surname held: the dictionaries list few
        of those offices' holders, so it is a person of its own, not a listed namesake (the
        name chain, which comes first, still finds one named in full)."""
        if m.full or m.end - m.start != 1 or not title.specific & MANY_HOLDERS:
            return False
        return not any(_fits(self.index.people[p], title) for p in m.ids)

    def shared_country(self, m: NameMatch, title: Title) -> str | None:
        """The one state all the people a name may be share, under the offices that fit its
        title ("President Bush": both presidents Bush were presidents of the USA); none for
        a common surname alone (:meth:`lone_common_surname`)."""
        if self.lone_common_surname(m, title):
            return None
        countries: set[str | None] = set()
        for person in dict.fromkeys(f.person for f in m.forms):
            entry = self.index.people[person]
            if title.specific:
                fits = [o for o in entry.offices if compatible(title.specific, office_roles(o))]
                countries |= {o.country for o in fits}  # no fitting office: not this one
            else:
                countries |= _countries(entry)
        if len(countries) != 1:
            return None
        country = next(iter(countries))
        return country if country and country != "IGO" else None


def names_a_facility(root: Token) -> bool:
    """Whether a name is part of a facility's name: a compound of a building's or a place's
    noun ("the Al Salem hospital complex", "the King Fahd airport", "Saddam airport")."""
    token = root
    while (
        token.dep_ == "compound" and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN")
    ):
        token = token.head
        if token.lemma_.lower() in FACILITY_NOUNS:
            return True
    return False


def _read_as_place(token: Token, ent: Span | None, known: bool) -> bool:
    """Whether a one-word surname reads as a place the gazetteer knows: after a locative
    preposition ("in Kobane", "out of Kobane") or a verb of motion's "from" or "to" ("driven
    from Kobani"), or, when no full name of the person is in the document, tagged a place by
    the entity recogniser. A town that is also a nom de guerre ("Mazloum Kobani") is the
    town there."""
    if not gazetteer().lookup(token.text):
        return False
    if token.dep_ == "pobj":
        prep = token.head
        word = prep.lower_
        if word in LOCATIVE_PREPS or (word == "of" and prep.head.lower_ == "out"):
            return True
        if word in MOTION_PREPS and prep.head.lemma_.lower() in MOTION_VERBS:
            return True
    return not known and ent is not None and ent.label_ in ("GPE", "LOC") and len(ent) == 1


def entity_name(ent: Span) -> tuple[str, PersonName | None]:
    """A PERSON entity's name without the titles and honorifics before it ("President
    Vladimir V. Putin" → "Vladimir V. Putin"), and its parts."""
    words = list(ent)
    while words and (words[0].lemma_.lower() in TITLE_HEADS or word_gender(words[:1])):
        words = words[1:]
    text = "".join(t.text_with_ws for t in words).strip()
    return text, (person_name(text) if text else None)


# roles of offices a state has many holders of at once, few of them listed (docs/people.md)
MANY_HOLDERS = frozenset({"senator", "governor", "attorney general"})


def _fits(entry: ActorEntry, title: Title) -> bool:
    """Whether a dictionary person held an office the title names ("President Clinton")."""
    return any(compatible(title.specific, office_roles(o)) for o in entry.offices)


def _countries(entry: ActorEntry) -> set[str | None]:
    return {entry.country, *(o.country for o in entry.offices)}
