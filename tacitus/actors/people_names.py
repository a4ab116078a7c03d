"""Finding people's names in a document: name forms, plausibility, and who a name is.

Used by the people resolver (people.py). ``NameFinder`` matches the name forms of the people
index on token texts (one dict lookup per token), drops matches that cannot be names here,
and chooses the person a name or surname stands for, with the reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .coref import word_gender
from .dictionary import ActorEntry
from .people_index import NameForm, PersonIndex
from .titles import TITLE_HEADS, Title, compatible, office_roles

# labels of entities a single surname cannot be ("in May")
NOT_A_NAME = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY", "LAW",
     "LANGUAGE", "EVENT", "WORK_OF_ART", "PRODUCT", "FAC"}
)  # fmt: skip


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
        words, best = self.words, list[NameForm]()
        for form in self.index.by_first.get(words[i], ()):
            if best and len(form.words) < len(best[0].words):
                break
            end = i + len(form.words)
            if end <= len(words) and tuple(words[i:end]) == form.words:
                best.append(form)
        return NameMatch(i, i + len(best[0].words), best) if best else None

    def plausible(self, m: NameMatch, known: set[str] | bool) -> bool:
        """Whether a match can be a name here: "May" in "in May" cannot; "Gates" in "Bill
        Gates" cannot; "Hariri" after "Nasr al-Hariri" (not in the dictionaries) cannot.
        ``known``: the person's full name is in the document (surname matches)."""
        doc = self.doc
        span = doc[m.start : m.end]
        ent = self.entity_at(m.start)
        if not m.full:
            if not span.root.text[:1].isupper():
                return False
            if not known and span.root.pos_ != "PROPN" and span.root.ent_type_ != "PERSON":
                return False
            if not known and self._other_person_named(span):
                return False
        if ent is None:
            return True
        if ent.label_ in NOT_A_NAME:
            return False
        extra = [t for t in ent if not (m.start <= t.i < m.end)]
        # a longer entity: fine when the rest is a title or honorific ("President Assad")
        return all(
            t.lemma_.lower() in TITLE_HEADS or word_gender([t]) or t.is_punct or t.is_stop
            for t in extra
        )

    def entity_at(self, i: int) -> Span | None:
        if not self.doc[i].ent_type_:
            return None
        return next((e for e in self.doc.ents if e.start <= i < e.end), None)

    def _other_person_named(self, span: Span) -> bool:
        """An earlier PERSON entity, not a dictionary name, ending with this surname."""
        last = span[-1].text
        for ent in self.doc.ents:
            if ent.start >= span.start:
                break
            if ent.label_ != "PERSON" or len(ent) <= len(span) or ent[-1].text != last:
                continue
            named = self.forms_at(ent.start)
            if named is None or not named.full:
                return True
        return False

    def choose(
        self, m: NameMatch, seen: dict[str, int], title: Title, country: str | None
    ) -> tuple[ActorEntry | None, str]:
        ids = list(dict.fromkeys(f.person for f in m.forms))
        if m.full and len(ids) == 1:
            return self.index.people[ids[0]], ""
        earlier = [p for p in ids if p in seen]
        if earlier:
            best = min(earlier, key=lambda p: abs(seen[p] - m.start))
            return self.index.people[best], " (its full name is in the document)"
        kind = "name" if m.full else "surname"
        pool = [self.index.people[p] for p in ids]
        if title.specific:  # "President Clinton" is not Hillary Clinton
            pool = [
                e
                for e in pool
                if any(compatible(title.specific, office_roles(o)) for o in e.offices)
            ]
        if len(pool) > 1 and country:
            pool = [e for e in pool if country in _countries(e)] or pool
        if len(pool) > 1:
            day = self.day
            pool = [e for e in pool if any(o.held_on(day) for o in e.offices)] or pool
        if len(pool) == 1:
            why = "unique in the dictionaries" if len(ids) == 1 else "the only one that fits"
            return pool[0], f" ({kind}, {why})"
        names = ", ".join(sorted(e.name for e in pool)) or "nobody with that title"
        return None, f"ambiguous {kind} '{self.doc[m.start : m.end].text}': {names}"

    def shared_country(self, m: NameMatch, title: Title) -> str | None:
        """The one state all the people a name may be share, under the offices that fit its
        title ("President Bush": both presidents Bush were presidents of the USA)."""
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


def _countries(entry: ActorEntry) -> set[str | None]:
    return {entry.country, *(o.country for o in entry.offices)}
