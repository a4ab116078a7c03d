"""Who speaks: from a reporting word to its subject, and from the subject to an actor.

The subject of a cue is found in the parse ("X said", "said X", "according to X", "adding
that ..." → the subject of the governing verb, "a statement which read" → who issued the
statement). The subject becomes an actor through the actor resolver's hits, so whatever
resolves actors (dictionaries, the people resolver) resolves speakers too:

1. the hits at the subject (its name, an appositive, "head of X"): :class:`Arguments`, with
   an appositive title lending a person its country ("the ministry spokesman, Wang Wenbin");
2. "a spokesman for the RSF": the organisation the person speaks for;
3. a pronoun ("he said") → an earlier speaker, else coreference (actors/coref.py), else the
   nearest compatible actor, never one inside a quote;
4. a title with an article ("the ministry said") or a bare surname without a country
   → the nearest earlier mention with the title's words or the same surname;
5. nothing → an actor with only the subject's text and a reason, so it stays visible.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import replace

from spacy.tokens import Doc, Token

from ..actors import coref
from ..actors.resolve_types import ActorHit, HitMap
from ..events.arguments import Arguments
from ..records import Actor
from .cues import Cues

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her"})
GROUP_PRONOUNS = frozenset({"it", "they", "them"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "you"})
RELATIVE = frozenset({"who", "which", "that"})
# nouns that carry a statement of someone else ("a statement which read", "the ministry's
# statement said"): the speaker is the one who issued it
STATEMENT_NOUNS = frozenset(
    {
        "statement", "communique", "communiqué", "release", "letter", "message", "post",
        "tweet", "declaration", "announcement", "note", "memo", "readout", "transcript",
        "report", "document", "notice", "bulletin", "text",
    }
)  # fmt: skip
SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
# a cue without a subject of its own borrows the subject of the verb it hangs from
BORROW_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "prep", "acl", "ccomp"})
NP_RIGHT_DEPS = frozenset({"amod", "prep", "compound", "nummod"})
NP_LEFT_DEPS = frozenset({"compound", "amod", "det", "poss", "nmod", "nummod", "case", "punct"})
REPRESENT_PREPS = frozenset({"for", "of", "at", "from"})
UNRESOLVED = "speaker not resolved to an actor yet"
UNRESOLVED_PRONOUN = "speaker: a pronoun without an earlier actor"
PRONOUN_WINDOW = 250  # tokens looked back for a pronoun's or a title's antecedent


class Speakers:
    """Resolves the speakers of one document."""

    def __init__(
        self, doc: Doc, hits: HitMap, cues: Cues, quoted: list[tuple[int, int]] | None = None
    ) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token: read it once
        self.hits = hits
        self.cues = cues
        self._sent_starts: list[int] | None = None
        self.args = Arguments(hits)
        self.quoted: list[tuple[int, int]] = []
        self._starts: list[int] = []
        self.set_quoted(quoted or [])

    def set_quoted(self, quoted: list[tuple[int, int]]) -> None:
        """The character spans of the direct quotes (their words are nobody's subject)."""
        self.quoted = sorted(quoted)
        self._starts = [q[0] for q in self.quoted]
        self._outside: HitMap | None = None

    # -- the subject of a cue ---------------------------------------------------------------

    def subject(self, cue: Token) -> Token | None:
        """The token that names who speaks through ``cue`` (a verb, or "according")."""
        if cue.lower_ == "according":
            for to in cue.children:
                for pobj in to.children:
                    if pobj.dep_ == "pobj":
                        return self._owner(pobj)
            return None
        verb = cue
        for _ in range(4):
            subject = self._nearest_subject(verb)
            if subject is None and verb.lemma_.lower() in ("quote", "cite"):
                subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            if subject is not None:
                return self._owner(subject)
            if verb.dep_ not in BORROW_DEPS or verb.head == verb:
                return None
            verb = self._borrowed(verb)
        return None

    def _nearest_subject(self, verb: Token) -> Token | None:
        """The verb's subject nearest to it on its own line (a dateline, "KYIV, March 3 -",
        or a headline run into the sentence can be parsed as a second subject)."""
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        text = self.text
        same_line = [
            c for c in subjects if "\n" not in text[min(c.idx, verb.idx) : max(c.idx, verb.idx)]
        ]
        return min(same_line or subjects, key=lambda c: abs(c.i - verb.i), default=None)

    def _borrowed(self, verb: Token) -> Token:
        """The verb whose subject a participle borrows: a reporting verb above it if any
        ("told reporters ..., adding that"), else its head."""
        head = verb.head
        climb = head
        for _ in range(3):
            if self.cues.match(climb) and any(c.dep_ in SUBJECT_DEPS for c in climb.children):
                return climb
            if climb.head == climb:
                break
            climb = climb.head
        return head

    def _owner(self, token: Token) -> Token:
        """A relative pronoun stands for its noun; a statement for whoever issued it."""
        if token.lower_ in RELATIVE and token.head.dep_ == "relcl":
            token = token.head.head
        if token.lemma_.lower() not in STATEMENT_NOUNS or self.hits.get(token.i):
            return token
        for child in token.children:
            if child.dep_ in ("poss", "compound") and self.hits.get(child.i):
                return child
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        return pobj
        if token.dep_ in ("dobj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX"):
            issuer = next((c for c in token.head.children if c.dep_ in SUBJECT_DEPS), None)
            if issuer is not None:
                return issuer
        return token

    # -- the actor of a subject -------------------------------------------------------------

    @staticmethod
    def speaks_as_pronoun(token: Token) -> bool:
        """Whether a speaker is named by a third-person pronoun ("he said")."""
        return token.pos_ == "PRON" and token.lower_ in PERSON_PRONOUNS | GROUP_PRONOUNS

    def actor(self, token: Token) -> Actor:
        """The speaker named by ``token``, resolved as far as the hits allow."""
        if self.speaks_as_pronoun(token):
            return self._pronoun(token)
        found = self.args.actors_at(token)
        hits = [h for h in found.hits if not h.locative] or found.hits
        if not hits or not hits[0].named:
            represented = self._represented(token)
            if represented is not None:
                return represented
        if not hits:
            earlier = self._earlier_mention(token, None)  # "the sources added"
            return earlier or Actor(text=self.phrase(token, right=True), reason=UNRESOLVED)
        actor = self._with_appositive(hits[0], found.how)
        if not hits[0].named and hits[0].anchor == token.i:  # "three people familiar with it"
            actor.text = self.phrase(token, right=True)
        if actor.country is None:
            earlier = self._earlier_mention(token, hits[0])
            if earlier is not None:
                return earlier
        return actor

    def _pronoun(self, token: Token) -> Actor:
        """he/she → an earlier person, it/they → an earlier actor that is no person, never
        one inside a quote: first one who spoke in the last sentences ("They said" after "Two
        officials said ..."), else the antecedent coreference gives (actors/coref.py), else
        the nearest compatible actor."""
        person = token.lower_ in PERSON_PRONOUNS
        gender = "f" if token.lower_ in coref.FEMININE else "m" if person else None
        layer = coref.layer_of(self.doc)

        def fits(h: ActorHit) -> bool:
            if self._is_person(h) != person:
                return False
            known = coref.gender_of(h, self.doc, layer) if gender else None
            return known is None or known == gender

        def speaks(h: ActorHit) -> bool:
            return fits(h) and self._speaks(self.doc[h.anchor])

        hit, how = self._antecedent(token, speaks, sentences=2), "an earlier speaker"
        if hit is None:
            found = coref.antecedent(
                token, self._outside_quotes(), chain=lambda t: not self.in_quote(t.idx)
            )
            hit, how = found if found is not None else (None, "")
        if hit is None:  # what coreference leaves: the nearest compatible actor
            hit, how = self._antecedent(token, fits), "the nearest earlier actor"
        if hit is None:
            return Actor(text=token.text, reason=UNRESOLVED_PRONOUN)
        if not how.startswith("pronoun"):  # coreference words its own reason
            how = f"pronoun '{token.text}' → '{hit.actor.text}' ({how})"
        actor = self._with_appositive(hit, how)
        if actor.country is None:  # "he" → "Shoukry" → "Egypt's foreign minister, Sameh Shoukry"
            earlier = self._earlier_mention(self.doc[hit.anchor], hit)
            if earlier is not None:
                earlier.reason += f"; {how}"
                return earlier
        return actor

    def _speaks(self, token: Token) -> bool:
        """Whether a mention is someone speaking: the subject of a reporting verb ("Flynn
        said"), or the X of "according to X"."""
        verb = _subject_of(token)
        if verb is not None and self.cues.match(verb):
            return True
        prep = token.head
        return token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"

    def _represented(self, token: Token) -> Actor | None:
        """ "a spokesman for the RSF", "an official at the ministry": who they speak for."""
        if token.lemma_.lower() not in coref.PERSON_NOUNS:
            return None
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ not in REPRESENT_PREPS:
                continue
            for pobj in prep.children:
                hit = next((h for h in self.hits.get(pobj.i, ()) if h.actor.country), None)
                if pobj.dep_ == "pobj" and hit is not None:
                    text = self.doc[self._phrase_start(token) : pobj.right_edge.i + 1].text
                    actor = _speaker(hit, f"'{token.text} {prep.text}' → '{hit.actor.text}'")
                    actor.text = str(text)
                    return actor
        return None

    def _earlier_mention(self, token: Token, hit: ActorHit | None) -> Actor | None:
        """ "the ministry" after "the Saudi foreign ministry"; "Lavrov" after "Russian
        Foreign Minister Sergei Lavrov": an earlier mention that says more (``hit``: what
        the token resolved to by itself, if anything), of the same person when the name
        has an identity ("Mrs. Trump" is not an earlier "Donald Trump")."""
        word = token.lower_
        named = hit is not None and hit.named
        titled = not named and any(c.dep_ == "det" for c in token.children)
        title = {  # "the Foreign Secretary": both words must be in the earlier mention
            t.lower_ for t in token.lefts if t.dep_ in ("compound", "amod") and t.is_alpha
        } | {word}
        if not titled and not (named and token.pos_ == "PROPN"):
            return None
        phrase = self.phrase(token)
        for earlier in self._antecedents(token):
            if hit is not None and earlier.anchor == hit.anchor:
                continue
            words = [t.lower_ for t in self.doc[earlier.start : earlier.end]]
            if (
                titled
                and title <= set(words)
                and (earlier.actor.country or self._is_person(earlier))
            ):
                return self._with_appositive(earlier, f"'{phrase}' → '{earlier.actor.text}'")
            if not titled and words[-1] == word and self._is_person(earlier):
                own = hit.actor.actor_id if hit is not None else None
                if own and earlier.actor.actor_id != own:
                    continue  # "Mrs. Trump" is not the earlier "Donald Trump"
                actor = self._with_appositive(earlier, f"'{phrase}' → '{earlier.actor.text}'")
                if actor.country:
                    return actor
        return None

    def _with_appositive(self, hit: ActorHit, how: str) -> Actor:
        """The speaker, completed by its appositive ("the ministry spokesman, Wang Wenbin"):
        the person's name with the country and sector the title gives."""
        actor = _speaker(hit, how)
        anchor = self.doc[hit.anchor]
        near = [c for c in anchor.children if c.dep_ == "appos"]
        if anchor.dep_ == "appos":
            near.append(anchor.head)
        other = next((h for t in near for h in self.hits.get(t.i, ()) if h is not hit), None)
        if other is None:
            return actor
        person, title = (other, hit) if self._is_named(other) and not self._is_named(hit) else (
            hit, other
        )  # fmt: skip
        merged = _speaker(person, how)
        merged.country = merged.country or title.actor.country
        merged.sector = merged.sector or title.actor.sector
        merged.reason += f"; appositive '{title.actor.text}'"
        return merged

    def _antecedent(
        self, token: Token, accept: Callable[[ActorHit], bool], sentences: int = 0
    ) -> ActorHit | None:
        """The nearest earlier accepted hit; within ``sentences`` sentences when given."""
        return next((h for h in self._antecedents(token, sentences) if accept(h)), None)

    def _antecedents(self, token: Token, sentences: int = 0) -> Iterator[ActorHit]:
        """Earlier hits, nearest first, outside quotes and not places."""
        lowest = max(0, token.i - PRONOUN_WINDOW)
        if sentences:
            starts = self._sentence_starts()
            here = bisect_right(starts, token.i) - 1
            lowest = max(lowest, starts[max(0, here - sentences)])
        order = self.args.order
        for k in range(bisect_left(order, token.i) - 1, -1, -1):
            anchor = order[k]
            if anchor < lowest:
                return
            if self.in_quote(self.doc[anchor].idx):
                continue
            for hit in self.hits[anchor]:
                if not hit.locative:
                    yield hit

    def _sentence_starts(self) -> list[int]:
        """Token index of each sentence's start, read once per document."""
        if self._sent_starts is None:
            self._sent_starts = [sent.start for sent in self.doc.sents] or [0]
        return self._sent_starts

    def _outside_quotes(self) -> HitMap:
        """The hits outside direct quotes: a quote's words are not its speaker's antecedent."""
        if self._outside is None:
            self._outside = {
                a: hits for a, hits in self.hits.items() if not self.in_quote(self.doc[a].idx)
            }
        return self._outside

    def _is_named(self, hit: ActorHit) -> bool:
        """A person by name ("Sergei Lavrov")."""
        if hit.actor.actor_id and hit.actor.actor_id.startswith("person:"):
            return True
        return self.doc[hit.anchor].ent_type_ == "PERSON"

    def _is_person(self, hit: ActorHit) -> bool:
        """A person by name or by a singular title ("the minister", "his counterpart")."""
        anchor = self.doc[hit.anchor]
        return self._is_named(hit) or (
            anchor.tag_ == "NN" and anchor.lemma_.lower() in coref.PERSON_NOUNS
        )

    def in_quote(self, offset: int) -> bool:
        i = bisect_left(self._starts, offset + 1) - 1
        return i >= 0 and self.quoted[i][0] <= offset < self.quoted[i][1]

    def phrase(self, token: Token, right: bool = False) -> str:
        """The noun phrase of ``token`` up to the token itself ("the army spokesman"), with
        its modifiers on the right when asked ("three people familiar with the talks")."""
        end = token.i + 1
        for child in token.rights if right else ():
            if child.dep_ not in NP_RIGHT_DEPS or child.left_edge.i != end:
                break
            end = child.right_edge.i + 1
        return str(self.doc[self._phrase_start(token) : end].text)

    def _phrase_start(self, token: Token) -> int:
        start = token.i
        for child in token.lefts:
            if child.dep_ in NP_LEFT_DEPS:
                start = min(start, child.left_edge.i)
        return start


def _subject_of(token: Token) -> Token | None:
    """The verb ``token`` is the subject of (through the name it is part of), if any."""
    while token.dep_ in ("compound", "appos", "flat") and token.head != token:
        token = token.head
    return token.head if token.dep_ in ("nsubj", "nsubjpass") else None


def _speaker(hit: ActorHit, how: str) -> Actor:
    """A copy of the hit's actor (the hit stays as the resolver made it), with how it speaks."""
    a = hit.actor
    return replace(a, reason=f"{a.reason}; speaker: {how}" if how else a.reason)
