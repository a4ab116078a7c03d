"""People and their offices: person mentions to ``person:...`` actors, dated.

``PeopleResolver.apply`` runs after the actor resolver has found states, organisations,
groups and agents. In document order it

1. finds people's names (full names, and surnames or single names under rules: the full
   name appeared in the document, or only one person has that surname, or the country, the
   date and the title leave only one), and gives each the office held on the article's date;
2. gives unknown people (PERSON entities not in the dictionaries) a country and sector from
   an appositive ("X, a spokesman for the Russian defence ministry");
3. resolves titles without a name: a definite description ("the minister", "the Iranian
   leader") to an earlier person it fits (coref.py), "his Iraqi counterpart" to the Iraqi
   holder of the same office, and "the French president" to the office holder on that date;
4. lends a person's country to the noun they own ("Assad's forces", "the Putin government").

Every actor's ``reason`` names the rule, the office and the date used. Undated articles are
resolved as of the day they are analysed (the ingest date) or a given ``as_of`` date, and say
so. Rules: docs/people.md.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..places.gazetteer import city_country
from ..records import Actor
from .coref import (
    PERSON_NOUNS,
    PeopleLayer,
    PersonFacts,
    antecedent,
    description_antecedent,
    layer_of,
    word_gender,
)
from .dictionary import ActorDictionary, ActorEntry, Office
from .former_names import FORMER_NAMES, former_name
from .identity import (
    HONORIFICS,
    MADE_FROM_NAME,
    PersonName,
    first_name_gender,
    person_id,
    person_name,
    same_person,
)
from .people_index import Choice, PersonIndex, parse_day, undated_day
from .people_names import ARTICLES, NameFinder, Unlisted, entity_name, names_a_facility
from .resolve_types import ActorHit, HitMap
from .titles import TITLE_HEADS, Title, compatible, office_roles, read_title, title_tokens

OWNED_DEPS = frozenset({"poss", "compound"})
APPOSITIVE_PREPS = frozenset({"for", "of", "at", "from", "in", "with"})


class PeopleResolver:
    """Resolves people in a parsed document against the people dictionary."""

    def __init__(self, dictionary: ActorDictionary, tokenize: Callable[[str], list[str]]) -> None:
        self.index = PersonIndex.build(dictionary, tokenize)
        self.agents = dictionary.agents

    def apply(
        self, doc: Doc, hits: HitMap, published: str | None, as_of: str | None = None
    ) -> None:
        """Add, replace or update person hits in ``hits`` (in place). Offices are those held
        on ``published``; an undated document's on ``as_of`` (ISO date; default: today, the
        day it is analysed), and the reasons say so."""
        dated, note = parse_day(published)
        day = dated
        if day is None:
            day, note = undated_day(note, as_of)
        run = _Run(self.index, doc, hits, day, note, layer_of(doc), self.agents)
        run.undated = dated is None
        run.names()
        run.unknown_people()
        run.titles()
        run.owners()

    def identify(self, doc: Doc, hits: HitMap) -> None:
        """People the dictionaries do not list get an id of their own, made from their name
        (``person:josh-earnest``; "James B. Comey" and "James Comey" are one), so that no two
        people share a key. A name left between several listed people ("Clinton" when both
        could be meant) gets none: it is one of them, not someone else."""
        layer = layer_of(doc)
        between = {h.actor.name for a in layer.ambiguous for h in hits.get(a, ())}
        for anchor, anchor_hits in hits.items():
            if anchor not in layer.persons:
                continue
            for hit in anchor_hits:
                actor = hit.actor
                if actor.actor_id or not actor.name or actor.name in between or hit.organisation:
                    continue  # an organisation's name on its people is no person's
                if _one_word_no_name(doc[hit.start : hit.end], actor.name):
                    continue  # "the Defence Secretary", "three Karachi police officers"
                found = person_id(actor.name)
                if found == "person:" or found in self.index.people:
                    continue  # a listed person's id is theirs alone
                actor.actor_id = found
                actor.reason += f"; identity {found}, {MADE_FROM_NAME}"


@dataclass
class _Run:
    """One document's resolution state."""

    index: PersonIndex
    doc: Doc
    hits: HitMap
    day: dt.date
    note: str
    layer: PeopleLayer
    agents: dict[tuple[str, ...], str]
    undated: bool = False  # the day is the as-of date, not the document's
    used: set[int] = field(default_factory=set)  # tokens that belong to a resolved person
    words: list[str] = field(init=False)  # token texts (read once: Token objects are costly)
    lemmas: list[str] = field(init=False)  # lower-case lemmas

    def __post_init__(self) -> None:
        self.words = [t.text for t in self.doc]
        self.lemmas = [t.lemma_.lower() for t in self.doc]

    # -- 1. names -------------------------------------------------------------------------

    def names(self) -> None:
        finder = NameFinder(self.index, self.doc, _name_words(self.words, self.index), self.day)
        found = finder.find()
        full = [m for m in found if m.full and finder.plausible(m, known=False)]
        seen: dict[str, int] = {}
        for m in full:
            ids = {f.person for f in m.forms if f.full}
            if len(ids) == 1:
                seen.setdefault(next(iter(ids)), m.start)
        others = [m for m in found if not m.full]
        matches = sorted(
            full + [m for m in others if finder.plausible(m, known=m.ids & set(seen))],
            key=lambda m: m.start,
        )
        rivals = finder.unlisted(full)
        chosen: list[tuple[Span, ActorEntry, Title, str]] = []
        for m in matches:
            span = self.doc[m.start : m.end]
            title = self._title(span)
            entry, how = finder.choose(m, seen, title, self._hit_country(span), rivals)
            if isinstance(entry, Unlisted):
                continue  # the name chain of a person not in the dictionaries: unknown_people
            if entry is None and (
                finder.lone_given_name(m, title)
                or finder.lone_common_surname(m, title)
                or finder.unlisted_holder(m, title)
            ):
                continue  # "Ahmed", "Jackson", "Senator Davis": a person of its own (unknown_people)
            if entry is None:
                self._note_ambiguous(span, how, finder.shared_country(m, title))
            else:
                chosen.append((span, entry, title, how))
        for span, entry, title, how in chosen:
            choice = self.index.office_of(entry, self.day, title.roles, title.former, self.undated)
            self._put_person(span, entry, choice, title, f"person '{span.text}'{how}")

    def _note_ambiguous(self, span: Span, why: str, country: str | None = None) -> None:
        """Note why a name stayed unresolved; when all its candidates served one state, the
        mention still gets that state. It gets no identity of its own (it is one of them)."""
        self.layer.ambiguous.add(span.root.i)
        for hit in self.hits.get(span.root.i, []):
            hit.actor.reason += f"; {why}"
            if country and not hit.actor.country:
                hit.actor.country = country
                hit.actor.reason += f", all of {country}"

    def _title(self, span: Span) -> Title:
        """Title words of a name: its compounds ("Foreign Minister Lavrov") or appositive."""
        root = span.root
        names = set(range(span.start, span.end))
        tokens = [t for t in title_tokens(root) if t.i not in names]
        if not any(t.lemma_.lower() in TITLE_HEADS for t in tokens):
            for child in root.children:
                if child.dep_ == "appos" and child.lemma_.lower() in TITLE_HEADS:
                    tokens = title_tokens(child)
                    break
        self.used.update(t.i for t in tokens if t.i < span.start)
        return read_title(tokens, skip=names)

    def _hit_country(self, span: Span) -> str | None:
        for hit in self.hits.get(span.root.i, []):
            if hit.actor.country and not (hit.actor.actor_id or "").startswith("person:"):
                return hit.actor.country
        return None

    def _put_person(
        self, span: Span, entry: ActorEntry, choice: Choice, title: Title, what: str
    ) -> None:
        old = [h for i in range(span.start, span.end) for h in self.hits.pop(i, [])]
        start = min([span.start, *(h.start for h in old)])
        end = max([span.end, *(h.end for h in old)])
        agent_sector = next((h.actor.sector for h in old if h.actor.sector), None)
        office = choice.office
        former = title.former and (office is None or not office.held_on(self.day))
        if office is not None:
            country, sector = office.country, (None if former else office.sector)
        else:
            country, sector = entry.country, (None if former else agent_sector or entry.sector)
        why = f"{what} → {entry.name} ({entry.origin}): {choice.why}"
        if self.note:
            why += f"; {self.note}"
        actor = Actor(
            text=self.doc[start:end].text, name=entry.name, actor_id=entry.id, country=country,
            sector=sector, wikidata=entry.wikidata, reason=why,
            office=office.title if office is not None and not former else None,
        )  # fmt: skip
        anchor = span.root.i
        self.hits[anchor] = [ActorHit(anchor, start, end, actor)]
        self.used.update(range(start, end))
        known = office if office is not None and not choice.guess else None  # the text's office
        roles = office_roles(known) if known else _all_roles(entry)
        gender = entry.gender or word_gender(self.doc[start:end])
        words = _words(title) | _title_words(*([known] if known else entry.offices))
        self.layer.persons[anchor] = PersonFacts(gender, roles | title.roles, words)

    # -- 2. people not in the dictionaries ----------------------------------------------------

    def unknown_people(self) -> None:
        named: list[tuple[PersonName, ActorHit, str | None]] = []  # earlier unlisted full names
        for ent in self.doc.ents:
            if ent.label_ not in ("PERSON", "ORG") or ent.root.i in self.layer.persons:
                continue
            if ent.label_ == "PERSON" and title_only(ent):
                continue
            if names_a_facility(ent.root):  # "the Kerry school": a building's name
                continue
            hit = next((h for h in self.hits.get(ent.root.i, []) if not h.actor.actor_id), None)
            if hit is None:
                continue
            if ent.label_ != "PERSON" and (len(ent) > 1 or _not_a_name(ent.root)):
                continue
            name = entity_name(ent)[1]
            earlier = self._chain(name, ent.start, named)
            if earlier is not None:  # "Hariri" after "Nasr al-Hariri", "Trump Jr." ...
                why = f"name chain: '{ent.text}' → earlier '{earlier.actor.name}'"
                self._copy(ent.root, earlier, why, hit)
                continue
            if ent.label_ != "PERSON":
                continue
            if self._spelling_variant(ent):
                continue
            self._unknown_person(ent, hit)
            if name is not None and name.given:
                named.append((name, hit, first_name_gender(name)))
        if not named:
            return
        for token in self.doc:  # a name the entity recogniser missed or took for a place
            if token.i in self.hits or token.pos_ != "PROPN":
                continue
            if token.ent_type_ and not _lone_place_tag(token):
                continue
            if token.i in self.used or not token.text[:1].isupper():
                continue
            earlier = self._chain(person_name(token.text), token.i, named)
            if earlier is not None:
                self._copy(token, earlier, f"name chain: '{token.text}' → earlier "
                           f"'{earlier.actor.name}'", None)  # fmt: skip

    def _chain(
        self,
        name: PersonName | None,
        start: int,
        named: list[tuple[PersonName, ActorHit, str | None]],
    ) -> ActorHit | None:
        """The earlier unlisted person a name continues ("James Comey" after "James B.
        Comey", "Trump Jr." after "Donald Trump Jr.", "Mrs. Trump" after "Melania Trump"
        rather than "Donald Trump Jr.", "Karim" after "Karim Wasifi"): same surname, first
        name and suffix agreeing, or the first name alone; the gender an honorific gives
        agreeing; the first one named."""
        if name is None:
            return None
        cue = word_gender([self.doc[start - 1]]) if start else None
        for earlier, hit, gender in named:
            if hit.start >= start or not same_person(earlier, name, first_name=True):
                continue
            if cue and gender and cue != gender:
                continue
            return hit
        return None

    def _spelling_variant(self, ent: Span) -> bool:
        """A full name the dictionaries list under another spelling of its surname, one letter
        apart ("Abdelaziz Bouteflicka" for Abdelaziz Bouteflika, "Benjamin Netanyahou"): the
        first names written alike, a surname of six letters or more, and one person only."""
        words = [t for t in ent if t.lemma_.lower() not in TITLE_HEADS and not word_gender([t])]
        if len(words) < 2 or len(words[-1].text) < 6:
            return False
        texts = tuple(t.text for t in words)
        found = {
            form.person
            for form in self.index.by_first.get(texts[0], ())
            if form.full
            and len(form.words) == len(texts)
            and form.words[:-1] == texts[:-1]
            and one_letter_apart(form.words[-1], texts[-1])
        }
        if len(found) != 1:
            return False
        entry = self.index.people[next(iter(found))]
        span = self.doc[words[0].i : words[-1].i + 1]
        title = self._title(span)
        choice = self.index.office_of(entry, self.day, title.roles, title.former, self.undated)
        what = f"person '{span.text}' (a spelling of {entry.name}, one letter apart)"
        self._put_person(span, entry, choice, title, what)
        return True

    def _unknown_person(self, ent: Span, hit: ActorHit) -> None:
        token = ent.root
        tokens = [t for t in title_tokens(token) if t.ent_type_ != "PERSON"]
        before = self.doc[ent.start - 1] if ent.start else None
        title_hit = None
        if before is not None and before.i != token.i and before.lemma_.lower() in PERSON_NOUNS:
            title_hit = next(iter(self.hits.get(before.i, [])), None)  # "Iraqi lawmaker X"
            tokens += title_tokens(before)
        elif before is not None and (ranked_hit := self._title_before_rank(ent)) is not None:
            before, title_hit = self.doc[ranked_hit.anchor], ranked_hit  # "Pentagon ... Capt. X"
        title = read_title(tokens)
        self.used.update(range(hit.start, hit.end))
        gender = word_gender(self.doc[min(hit.start, ent.start - 1 if before else 0) : hit.end])
        gender = gender or first_name_gender(entity_name(ent)[1])
        self.layer.persons[token.i] = PersonFacts(gender, title.roles, _words(title))
        if title_hit is not None and before is not None:
            if hit.actor.country is None and title_hit.actor.country:
                hit.actor.country = title_hit.actor.country
                hit.actor.sector = title_hit.actor.sector or hit.actor.sector
                phrase = self.doc[title_hit.start : title_hit.end].text
                hit.actor.reason += f"; title '{phrase}' before the name"
            self._copy(before, hit, f"title of '{hit.actor.name}'", title_hit)
        if hit.actor.country is None:
            self._from_appositive(token, hit)
        start = hit.start
        if before is not None and (title_hit or before.lemma_.lower() in TITLE_HEADS):
            start = min([start, *(t.i for t in title_tokens(before))])  # "Iraqi lawmaker X"
        self._role(ent, hit, start)

    def _title_before_rank(self, ent: Span) -> ActorHit | None:
        """The title of an institution or state before a rank that opens a name ("Pentagon
        spokesman Capt. Jeff Davis", "Pentagon press operations director Navy Capt. X"): the
        parser often makes the title and the rank one noun phrase, an actor of its own; the
        person acts for it."""
        doc, i = self.doc, ent.start
        while i > 0 and (_rank_stop(doc, i - 1) or _rank_word(doc[i - 1])):
            i -= 1
        if i == ent.start or i == 0:
            return None
        for anchor in range(i - 1, ent.start):
            for hit in self.hits.get(anchor, []):
                titled = any(t.lemma_.lower() in PERSON_NOUNS for t in self.doc[hit.start : i])
                if titled and hit.actor.country and not hit.locative and hit.end <= ent.start:
                    return hit
        return None

    def _role(self, ent: Span, hit: ActorHit, start: int) -> None:
        """The role the text gives a person the dictionaries do not list, kept as the
        actor's office: the title before the name ("Clinton campaign chairman John
        Podesta") or the appositive noun phrase ("Josh Earnest, the White House press
        secretary"). Its modifiers give the country of what the person acts for, when the
        person has none yet ("a Clinton campaign adviser" → USA), and an agent phrase at its
        head the sector ("press secretary" → GOV)."""
        head, words = role_words(ent, start)
        if head is None or not words:
            return
        role = "".join(t.text_with_ws for t in words).strip()
        hit.actor.office = hit.actor.office or role
        if hit.actor.sector is None and (sector := self._group_sector(head)):
            hit.actor.sector = sector
            hit.actor.reason += f"; role '{role}' → {sector}, its body's"
        if hit.actor.sector is None and (sector := self._agent_sector(head)):
            hit.actor.sector = sector
            hit.actor.reason += f"; role '{role}' → {sector}"
        if hit.actor.country is not None:
            return
        # a title ending in "of X" ("US Secretary of State", "Iraqi Minister of Defence"):
        # the noun the "of" phrase hangs on, within the title, and its modifiers
        title_head = head
        while (
            title_head.dep_ == "pobj"
            and title_head.head.lower_ == "of"
            and title_head.head.head.i >= words[0].i
        ):
            title_head = title_head.head.head
        words_of = [] if title_head is head else [title_head, *_modifiers(title_head)]
        for modifier in [*_modifiers(head), *words_of]:
            found = next((h for h in self.hits.get(modifier.i, []) if h.actor.country), None)
            if found is not None and found is not hit and not found.locative:
                hit.actor.country = found.actor.country
                hit.actor.reason += f"; role '{role}' → {found.actor.country}"
                return

    def _group_sector(self, head: Token) -> str | None:
        """The sector of the body a role word places the person in ("a spokesman for the
        rebels": REB, "the militia's commander": PRM, "a spokesman for the police": COP), not
        the role word's own ("spokesman", "leader" are GOV)."""
        if head.lemma_.lower() not in OWNER_ROLE_WORDS:
            return None
        owners = [c for c in head.children if c.dep_ == "poss"]
        owners += _prep_objects([head], ("of", "for"))
        for owner in owners:
            for found in self.hits.get(owner.i, []):
                sector = found.actor.sector
                if sector and not found.locative and not found.thing:
                    return sector
        return None

    def _agent_sector(self, head: Token) -> str | None:
        """The sector of the longest agent phrase ending at ``head`` ("press secretary"), or
        MIL for a military rank ("Maj. Gen.", "Col.", "Lt Gen")."""
        for size in range(min(4, head.i + 1), 0, -1):
            lemmas = tuple(t.lemma_.lower() for t in self.doc[head.i - size + 1 : head.i + 1])
            if lemmas in self.agents:
                return self.agents[lemmas]
        return "MIL" if head.lower_.rstrip(".") in RANKS else None

    def _from_appositive(self, token: Token, hit: ActorHit) -> None:
        """Country and sector of "X, a spokesman for the Russian defence ministry"."""
        nouns = [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos" and not _body_of_many(token):
            nouns.append(token.head)
        if token.dep_ == "nsubj" and token.head.lemma_ == "be":  # "X was a militant with AQI"
            nouns += [c for c in token.head.children if c.dep_ == "attr" and _nominal(c)]
        for noun in nouns:
            while noun.dep_ == "pobj" and noun.ent_type_ in ("GPE", "LOC"):
                noun = noun.head.head  # "the ambassador to Turkey, X": X is the ambassador
            holders = [noun] + [c for c in noun.children if c.dep_ == "amod"]  # "active with"
            sources = [noun, *_prep_objects(holders)]
            # "Director of the Office of Museums at the Iraqi Ministry": the body the office
            # belongs to, one phrase further; the parser often hangs it on the name itself
            sources += _prep_objects(sources[1:])
            sources += [  # ... where the "at" phrase goes on right after the appositive
                pobj
                for pobj in _prep_objects([token], ("at",))
                if pobj.head.i == noun.right_edge.i + 1
            ]
            for source in sources:
                found = next((h for h in self.hits.get(source.i, []) if h.actor.country), None)
                if found is None or found is hit:
                    continue
                hit.actor.country = found.actor.country
                hit.actor.sector = found.actor.sector or hit.actor.sector
                phrase = self.doc[noun.left_edge.i : noun.right_edge.i + 1].text
                hit.actor.reason += (
                    f"; appositive '{phrase}' → {found.actor.country} {found.actor.sector or ''}"
                ).rstrip()
                return

    # -- 3. titles without a name ---------------------------------------------------------

    def titles(self) -> None:
        for i, lemma in enumerate(self.lemmas):
            if lemma not in TITLE_HEADS and lemma not in PERSON_NOUNS:
                continue
            token = self.doc[i]
            if token.i in self.used or token.ent_type_ == "PERSON":
                continue
            if token.pos_ not in ("NOUN", "PROPN") or not (
                lemma in TITLE_HEADS or (lemma in PERSON_NOUNS and token.i in self.hits)
            ):
                continue
            if token.dep_ == "compound" and token.head.pos_ in ("NOUN", "PROPN"):
                continue  # part of a longer noun ("minister" in "minister Lavrov")
            title = read_title(title_tokens(token))
            if token.tag_ in ("NNS", "NNPS"):  # "Palestinian leaders": a group, not an office
                self._remember(token, title, None)
            elif title.roles or lemma == "counterpart":
                self._title_mention(token, title)
            elif not (_definite(token, strict=True) and self._description(token, title)):
                self._remember(token, title, None)

    def _description(self, token: Token, title: Title) -> bool:
        """ "the lawmaker", "the Russian minister": the nearest earlier person it fits."""
        hit = next(iter(self.hits.get(token.i, [])), None)
        country = hit.actor.country if hit else None
        ante = description_antecedent(token.i, self.hits, self.doc, title.roles, country)
        if ante is None:
            self._remember(token, title, None)
            return False
        self.layer.links[token.i] = ante.anchor
        phrase = self.doc[hit.start if hit else token.i : token.i + 1].text
        self._copy(
            token, ante, f"definite description '{phrase}' → earlier '{ante.actor.text}'", hit
        )
        return True

    def _title_mention(self, token: Token, title: Title) -> None:
        hit = next(iter(self.hits.get(token.i, [])), None)
        country = hit.actor.country if hit else None
        actor_id = (hit.actor.actor_id or "") if hit else ""
        where = actor_id if actor_id.startswith(("igo:", "group:")) else country
        phrase = self.doc[hit.start if hit else token.i : token.i + 1].text
        named = self._appositive_person(token, title, country)
        if named is not None:
            self._copy(token, named, f"appositive of '{named.actor.text}'", hit)
            return
        if title.former or title.future:
            return self._remember(token, title, None)
        if _named_after_comma(token):  # "the Iraqi Foreign Minister, Ibrahim al-", "..., HE Dr
            return self._remember(token, title, None)  # X": the text names its own holder
        definite = _definite(token) and token.lemma_.lower() != "counterpart"
        if definite and self._description(token, title):
            return None
        asked = title.roles
        if token.lemma_.lower() == "counterpart":
            asked = self._counterpart_roles(token)
        if (
            hit is not None
            and hit.named
            and country
            and not actor_id
            and hit.actor.sector in ("GOV", "MIL", "COP", "SPY", "LEG", "JUD")
        ):  # "the Bosnian Serb leader": a people's leader (an organ's sector, not the state's)
            where = None
        words = [t.text for t in self.doc[hit.start if hit else token.i : token.i + 1]]
        old_name = former_name(words, self.day.isoformat()) if where else None
        if old_name and hit is not None:  # "the Zairean president": not today's holder
            where = None
            hit.actor.reason += (
                f"; '{old_name}' names the state as it was to {FORMER_NAMES[old_name]}: no "
                f"holder on {self.day.isoformat()}"
            )
        found = self.index.holder(where, asked, self.day) if where and asked else None
        if found is None:
            return self._remember(token, title, None)
        entry, office, why = found
        self._put_title_holder(token, hit, entry, office, f"title '{phrase}' → {entry.name}: {why}")

    def _appositive_person(
        self, token: Token, title: Title, country: str | None
    ) -> ActorHit | None:
        """The named person a title stands in apposition to ("Lavrov, the foreign minister")."""
        others = [c for c in token.children if c.dep_ == "appos"]
        if token.dep_ == "appos":
            others.append(token.head)
        for other in others:
            facts = self.layer.persons.get(other.i)
            for hit in self.hits.get(other.i, []):
                if facts is None or not hit.actor.name:
                    continue
                if country and hit.actor.country and country != hit.actor.country:
                    continue
                if title.roles and facts.roles and not compatible(title.roles, facts.roles):
                    continue
                return hit
        return None

    def _counterpart_roles(self, token: Token) -> frozenset[str]:
        """ "his Iraqi counterpart": the office of the person "his" refers to."""
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is None:
            return frozenset()
        found = antecedent(owner, self.hits) if owner.pos_ == "PRON" else None
        if found is None:
            hit = next(iter(self.hits.get(owner.i, [])), None)
            found = (hit, "") if hit else None
        if found is None:
            return frozenset()
        facts = self.layer.persons.get(found[0].anchor)
        return facts.roles if facts else frozenset()

    def _span(self, token: Token, hit: ActorHit | None) -> tuple[int, int]:
        """A title mention's tokens, its "of" phrase included ("secretary of state"); entity
        hits inside that phrase ("state" as ORG) are dropped."""
        start = hit.start if hit else token.i
        end = max(hit.end if hit else token.i + 1, *(t.i + 1 for t in title_tokens(token)))
        for i in range(token.i + 1, end):
            if i in self.hits and all(not h.actor.actor_id for h in self.hits[i]):
                del self.hits[i]
        return start, end

    def _put_title_holder(
        self, token: Token, hit: ActorHit | None, entry: ActorEntry, office: Office, why: str
    ) -> None:
        start, end = self._span(token, hit)
        if self.note:
            why += f"; {self.note}"
        actor = Actor(
            text=self.doc[start:end].text, name=entry.name, actor_id=entry.id,
            country=office.country, sector=office.sector, wikidata=entry.wikidata, reason=why,
            office=office.title,
        )  # fmt: skip
        self.hits[token.i] = [ActorHit(token.i, start, end, actor, named=True)]
        self.used.add(token.i)
        facts = PersonFacts(entry.gender, office_roles(office), _title_words(office))
        self.layer.persons[token.i] = facts

    def _copy(self, token: Token, source: ActorHit, why: str, hit: ActorHit | None) -> None:
        start, end = self._span(token, hit)
        actor = Actor(
            text=self.doc[start:end].text, name=source.actor.name, actor_id=source.actor.actor_id,
            country=source.actor.country or (hit.actor.country if hit else None),
            sector=source.actor.sector, wikidata=source.actor.wikidata,
            reason=f"{why}: {source.actor.reason}", office=source.actor.office,
        )  # fmt: skip
        self.hits[token.i] = [ActorHit(token.i, start, end, actor, named=True)]
        self.used.add(token.i)
        facts = self.layer.persons.get(source.anchor, PersonFacts())
        self.layer.persons[token.i] = facts

    def _remember(self, token: Token, title: Title, gender: str | None) -> None:
        """A title that stays unresolved is still a person for pronouns."""
        if token.i in self.hits:
            gender = gender or word_gender(self.doc[h.start] for h in self.hits[token.i])
            self.layer.persons[token.i] = PersonFacts(gender, title.roles, _words(title))

    # -- 4. owners ------------------------------------------------------------------------

    def owners(self) -> None:
        """A person's country for what they own or lead ("Assad's forces", "Putin government")."""
        for anchor in list(self.layer.persons):
            token = self.doc[anchor]
            person = next(iter(self.hits.get(anchor, [])), None)
            if person is None or token.dep_ not in OWNED_DEPS or not person.actor.country:
                continue
            for hit in self.hits.get(token.head.i, []):
                if hit.actor.country is None and token.head.i not in self.layer.persons:
                    hit.actor.country = person.actor.country
                    hit.actor.reason += f"; owner '{token.text}' → {person.actor.country}"


ROLE_DEPS = frozenset({"compound", "amod", "poss", "nmod"})
CIVIL_HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "madam", "madame", "mister"}
)
# military ranks before a name (abbreviated, or unambiguous in full: "General", "Major" and
# "Captain" are also other titles: "Attorney General")
RANKS = frozenset(
    {"gen", "maj", "col", "lt", "brig", "adm", "capt", "cmdr", "sgt", "cpl", "pvt",
     "colonel", "lieutenant", "admiral", "brigadier", "sergeant", "corporal"}
)  # fmt: skip
ROLE_STOP = frozenset({"relcl", "acl", "punct", "cc", "conj", "appos", "advcl"})
ROLE_WORDS = 10
# role words that say only a place in a body ("leader", "spokesman", "commander"): the
# body's sector
OWNER_ROLE_WORDS = frozenset(
    {"leader", "head", "chief", "spokesman", "spokeswoman", "spokesperson", "member",
     "representative", "official", "commander", "emir", "founder", "financier"}
)  # fmt: skip


def one_letter_apart(a: str, b: str) -> bool:
    """Whether two words differ by one letter changed, added or dropped (not by case)."""
    if a == b or abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[i:] == long[i + 1 :]


def role_words(ent: Span, start: int) -> tuple[Token | None, list[Token]]:
    """A person's role in the text, as (head noun, words): the title before the name (from
    ``start``, the mention's first token) or the appositive's noun phrase, without its
    article and honorifics."""
    doc = ent.doc
    if start < ent.start:
        words = [t for t in doc[start : ent.start] if t.dep_ != "det" and not _honorific(t)]
        words = [t for t in words if not t.is_punct]
        return (words[-1] if words else None), words
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ in ("NOUN", "PROPN")]
    if root.dep_ == "appos":
        head = root.head
        while head.dep_ == "pobj" and head.ent_type_ in ("GPE", "LOC"):
            head = head.head.head  # "the ambassador to Turkey, X": X is the ambassador
        if head.pos_ == "NOUN":
            nouns.append(head)
    if not nouns or nouns[0].ent_type_ == "PERSON":
        return None, []
    noun = nouns[0]
    end = noun.i + 1
    for child in noun.rights:
        if child.dep_ in ROLE_STOP:
            break
        end = child.right_edge.i + 1
    words = [
        t
        for t in doc[noun.left_edge.i : end]
        if not (t.dep_ == "det" and t.head == noun) and not _honorific(t)
    ]
    if len(words) > ROLE_WORDS or any(ent.start <= t.i < ent.end for t in words):
        return None, []
    return noun, words


def _rank_word(token: Token) -> bool:
    """A rank, honorific or armed service word ("Navy", "Capt"), not punctuation."""
    return not token.is_punct and title_only(token.doc[token.i : token.i + 1])


def _rank_stop(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the full stop of an abbreviated rank ("Capt" "."), not the end
    of a sentence."""
    return (
        doc[i].text == "." and i > 0 and not doc[i - 1].whitespace_ and title_only(doc[i - 1 : i])
    )


def _lone_place_tag(token: Token) -> bool:
    """A one-word entity tagged as a place or a group that no rule made an actor: the small
    model often tags a first name so ("Karim told me" after "Karim Wasifi": GPE). A place
    the dictionaries or the gazetteer know has a hit and is never asked."""
    if token.ent_type_ not in ("GPE", "LOC", "NORP") or token.ent_iob_ != "B":
        return False
    after = token.i + 1
    return after >= len(token.doc) or token.doc[after].ent_iob_ != "I"


def _nominal(token: Token) -> bool:
    """A noun, or a word the tagger took for an adjective that a determiner makes a noun ("a
    militant", "the radical" after "was")."""
    return token.pos_ == "NOUN" or any(c.dep_ == "det" for c in token.children)


def _body_of_many(name: Token) -> bool:
    """Whether a single name set beside a plural noun is no apposition of it: the parser's
    reading of "captured by American forces, Qanbar Hamid, a commander" (one person is not
    the forces); "the two leaders, X and Y" name them."""
    head = name.head
    return head.tag_ in ("NNS", "NNPS") and not any(c.dep_ == "conj" for c in name.children)


def _prep_objects(
    holders: list[Token], preps: frozenset[str] | tuple[str, ...] = ()
) -> list[Token]:
    """The objects of the appositive prepositions ("for", "of", "at" ...) on ``holders``."""
    return [
        pobj
        for holder in holders
        for prep in holder.children
        if prep.dep_ == "prep" and prep.lower_ in (preps or APPOSITIVE_PREPS)
        for pobj in prep.children
        if pobj.dep_ == "pobj"
    ]


def _named_after_comma(title: Token) -> bool:
    """A title followed by a comma and a name: an apposition the parse kept ("the Iraqi
    Foreign Minister, Ibrahim al-", cut short or of no dictionary), or a name opening with an
    honorific the parser hung elsewhere ("the Minister of Foreign Affairs of Iraq, HE Dr
    Ibrahim ..."). The text names who held the office then: not today's holder."""
    end = max(t.i for t in title_tokens(title)) + 1
    doc = title.doc
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    first = doc[end + 1]
    if any(
        c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge == first for c in title.children
    ):
        return True
    if first.text in ("HE", "H.E.", "HH"):  # "His Excellency", "His Highness"
        return True
    return first.is_title and first.lower_.rstrip(".") in HONORIFICS  # "Dr", "Sheikh"


def _honorific(token: Token) -> bool:
    """Mr, Mrs, Dr ...: no part of a role (ranks and titles are)."""
    return token.lower_.rstrip(".") in CIVIL_HONORIFICS


def _modifiers(head: Token) -> list[Token]:
    """The words that modify a role's head noun, with their own modifiers ("Clinton" and
    "campaign" in "Clinton campaign adviser"); not its prepositional phrases ("the
    ambassador to Turkey" is no Turk)."""
    found, stack = [], [c for c in head.children if c.dep_ in ROLE_DEPS and c.i < head.i]
    while stack:
        token = stack.pop()
        found.append(token)
        stack += [c for c in token.children if c.dep_ in ROLE_DEPS]
    return sorted(found, key=lambda t: t.i)


# armed services named before a rank ("Navy Capt. Jeff Davis", "Marine Gen.")
SERVICES = frozenset(
    {"navy", "army", "marine", "marines", "air", "force", "coast", "guard", "corps", "ret",
     "retired", "usn", "usmc", "usaf"}
)  # fmt: skip


def _one_word_no_name(mention: Span, name: str) -> bool:
    """Whether a one-word name the tagger did not call a person is, in its mention, no
    person's name (:func:`_not_a_name`): "Jackson said" keeps its person, although Jackson
    is also a city."""
    if " " in name.strip():
        return False
    return any(t.text == name and t.ent_type_ != "PERSON" and _not_a_name(t) for t in mention)


def _not_a_name(token: Token) -> bool:
    """Whether a one-word organisation is no person's name: a portfolio before a title ("the
    Defence Secretary", "the Health Minister") or a town the gazetteer knows ("three Karachi
    police officers")."""
    if token.dep_ == "compound" and token.head.lemma_.lower() in TITLE_HEADS | PERSON_NOUNS:
        return True
    return city_country(token.text) is not None


def title_only(span: Span) -> bool:
    """Whether a PERSON entity is only the title of a name ("Navy Capt." when the parser
    cut "Navy Capt. Jeff Davis" in two): ranks, honorifics and armed services."""
    for token in span:
        word = token.lower_.rstrip(".")
        if not (token.is_punct or word in HONORIFICS or word in SERVICES or word in RANKS):
            return False
    return True


def ranked(span: Span) -> bool:
    """Whether a span holds a rank or an honorific ("Marine Col."), not only a service."""
    return any(t.lower_.rstrip(".") in RANKS or t.lower_.rstrip(".") in HONORIFICS for t in span)


def _name_words(words: list[str], index: PersonIndex) -> list[str]:
    """Token texts for name matching: a word in capitals that no name begins with is matched
    as a capitalised word ("SECRETARY KERRY:" in a transcript is Secretary Kerry; "MBS"
    stays a name of its own); an Arabic article before a hyphen in lower case ("Al-Abadi
    said" begins as "al-Abadi" does)."""
    first = index.by_first
    found = [
        w.title() if len(w) > 2 and w.isupper() and w.isalpha() and w not in first else w
        for w in words
    ]
    for i, w in enumerate(found[:-1]):
        if found[i + 1] == "-" and w != w.lower() and w.lower() in ARTICLES:
            found[i] = w.lower()
    return found


def _definite(token: Token, strict: bool = False) -> bool:
    """Whether a title is definite: "the minister", or (unless ``strict``) a bare title
    used as a name ("Minister said")."""
    dets = [c.lower_ for c in token.children if c.dep_ == "det"]
    if "the" in dets or any(c.dep_ == "poss" and c.pos_ != "PRON" for c in token.children):
        return True  # "the minister", "Russia's foreign minister"
    return not strict and not dets and not any(c.dep_ == "poss" for c in token.children)


def _all_roles(entry: ActorEntry) -> frozenset[str]:
    roles: frozenset[str] = frozenset()
    for office in entry.offices:
        roles |= office_roles(office)
    return roles


def _words(title: Title) -> frozenset[str]:
    return title.lemmas


def _title_words(*offices: Office) -> frozenset[str]:
    """The words of office titles ("minister", "foreign", "affairs")."""
    return frozenset(w for o in offices for w in re.findall(r"[a-z]+", o.title.lower()))
