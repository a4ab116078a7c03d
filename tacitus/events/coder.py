"""Turn a parsed document into PLOVER event records.

For every sentence: find predicates (triggers.py), drop those that are only the content of an
appeal or an announced intention already coded below them, find source and target
(arguments.py), negation, modality and reporter (modality.py), the date (dating.py), then
write one record per actor pair; an act the sentence tells twice keeps one telling
(told_once.py). A record with no side resolved to an actor is partial:
dropped unless ``keep_partial``. Every drop is written to the trace when one is given
(explain.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations, product
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..actors.identity import unlisted
from ..actors.resolve_types import ActorHit
from ..cameo import lookup
from ..places.gazetteer import spells
from ..quotes import QuotesAt
from ..quotes.publishers import publisher_of
from ..quotes.voice import Voice, document_voice
from ..records import Actor, Document, Event, Quote, Trigger, stable_id
from . import agency, senses
from .aid_amounts import amounts_in_aid
from .aid_anaphora import implied_givers
from .arguments import RESTRICTION_CAMEOS, ActPhrase, Arguments, Found, Wanted
from .claims import claimed_attacks
from .dating import event_date
from .domestic import (
    armed_at_home,
    at_home,
    doers_in_place,
    organs_at_home,
    victims_in_place,
)
from .explain import Trace
from .governing import governing_filter
from .lexicon import Lexicon, TriggerEntry
from .location import Locator
from .modality import Modality, according_to, analyse, find_speech
from .postures import POSTURE_CAMEO, preparation
from .promises import JUSTICE_CAMEO, PROMISE_CAMEO, promised_forces, promised_justice
from .sieges import implied_besiegers
from .strike_reports import implied_strikers
from .told_once import told_once
from .triggers import Predicate, find_predicates

COOPERATIVE_RECIPROCAL = frozenset({"AGREE", "CONSULT", "COOPERATE"})
JOINT_ACTION_CAMEO = "062"  # cooperate militarily
MEDIATION_CAMEO = "045"  # mediate: talks held under a third party's auspices
DEMAND_CAMEO = "100"  # make a demand
THREAT_CAMEO = "130"  # threaten, not specified


@dataclass(slots=True)
class Mention:
    """What all records of one predicate mention share."""

    sentence_id: int
    sent: Span
    page: Page
    mod: Modality
    reporter: Actor | None
    unnamed: str | None = None  # a side the sentence names is unknown: partial (agency.py)

    @property
    def document(self) -> Document:
        return self.page.document


@dataclass(slots=True)
class Page:
    """What coding one document needs besides the sentence at hand."""

    document: Document
    args: Arguments
    quotes: Sequence[Quote] = ()
    trace: Trace | None = None
    _quotes_at: QuotesAt | None = None
    # the act nouns whose phrases named a record's sides, by id of the record (told_once.py)
    acts: dict[int, tuple[ActPhrase, ...]] = field(default_factory=dict)

    def quote_at(self, offset: int) -> Quote | None:
        """The innermost quote holding the character ``offset`` (indexed once per page)."""
        if self._quotes_at is None:
            self._quotes_at = QuotesAt(self.quotes)
        return self._quotes_at.at(offset)

    def drop(
        self, sentence_id: int, words: Sequence[Token], event_type: str | None, rule: str
    ) -> None:
        if self.trace is not None:
            self.trace.drop(sentence_id, words, event_type, rule)


class EventCoder:
    def __init__(
        self,
        lexicon: Lexicon,
        locator: Locator | None = None,
        keep_partial: bool = False,
        implied_strikers: bool = False,
    ) -> None:
        self.lexicon = lexicon
        self.locator = locator  # event locations (location.py); None leaves them out
        self.keep_partial = keep_partial  # write records with no side resolved, marked
        self.implied_strikers = implied_strikers  # strikes take the report's doer before

    def code(
        self, doc: Doc, document: Document, hits: dict[int, list[ActorHit]],
        quotes: Sequence[Quote] = (), trace: Trace | None = None,
        voices: list[Voice] | None = None,
    ) -> list[Event]:  # fmt: skip
        """The document's events; ``voices``, when given, receives whose voice its text
        outside quotes is (quotes/voice.py: the pipeline's first-person mentions)."""
        args = Arguments(hits, self.lexicon)
        voice = document_voice(doc, args, quotes, self.lexicon, publisher_of(document))
        args.voice = voice.at
        if voices is not None:
            voices.append(voice)
        page = Page(document, args, quotes, trace)
        events: list[Event] = []
        for sentence_id, sent in enumerate(doc.sents):
            rejected: list[tuple[list[Token], str | None, str]] | None = (
                [] if trace is not None else None
            )
            predicates = find_predicates(sent, self.lexicon, rejected)
            for words, event_type, rule in rejected or ():
                page.drop(sentence_id, words, event_type, rule)
            keep = self._governing_filter(predicates, sentence_id, page)
            coded = [(p, self._code_predicate(p, sentence_id, sent, page)) for p in keep]
            events += told_once(coded, page.args, page.trace, page.acts)
            events += self._bare_demands(sent, keep, sentence_id, page)
        if self.implied_strikers:  # "Near Mosul, seven strikes engaged ...": the report's
            implied_strikers(doc, events)  # doer named before (opt-in: the gold leaves it out)
        implied_givers(doc, events)  # "This assistance will support ...": the giver before
        for again in claimed_attacks(doc, events, args):  # "... The Taliban claimed the
            if trace is not None:  # attack": the doer of the attack told before
                trace.retract(
                    again, "the claim names the attack told before, which it gives its doer"
                )
        implied_besiegers(doc, events)  # "... are besieged inside the town": the besieger
        for noun, verb in amounts_in_aid(doc, events):  # "provide $20 million in assistance
            if trace is not None:  # to X": one act
                trace.retract(noun, f"the amount '{verb.trigger.text}' given in it tells it")
        return events

    def _bare_demands(
        self, sent: Span, predicates: list[Predicate], sentence_id: int, page: Page
    ) -> list[Event]:
        """ "X said (that) Y must ...": a demand even when the action is no trigger."""
        clauses = {p.clause.i for p in predicates}
        events: list[Event] = []
        for token in sent:
            if token.i in clauses or not any(
                c.dep_ == "aux" and c.lower_ == "must" for c in token.children
            ):
                continue
            entry = TriggerEntry(token.lemma_.lower(), "verb", "REQUEST", DEMAND_CAMEO)
            pred = Predicate(entry, token, token, [token], "verb")
            if find_speech(pred, self.lexicon) is None and according_to(pred) is None:
                continue  # nobody demands it: no event
            events += self._code_predicate(pred, sentence_id, sent, page)
        return events

    def _governing_filter(
        self, predicates: list[Predicate], sentence_id: int, page: Page
    ) -> list[Predicate]:
        """The predicates coded on their own (governing.py), then those the parse gives an
        event reading (senses.py); what is dropped goes to the trace with its rule."""

        def drop(pred: Predicate, rule: str) -> None:
            page.drop(sentence_id, pred.words, pred.entry.type, rule)

        keep = []
        for pred in governing_filter(predicates, self.lexicon, drop):
            why = senses.reading(pred)
            if why:
                drop(pred, why)
            else:
                keep.append(pred)
        return keep

    def _code_predicate(
        self, pred: Predicate, sentence_id: int, sent: Span, page: Page
    ) -> list[Event]:
        args = page.args
        speech = find_speech(pred, self.lexicon)
        speaker_token = speech and next((c for c in speech.children if c.dep_ == "nsubj"), None)
        speaker_token = speaker_token or according_to(pred)
        speaker = args.expand(speaker_token).hits if speaker_token is not None else []
        reporter = _reporter(speaker, speaker_token)
        quote = page.quote_at(pred.words[0].idx)
        if quote is not None and quote.speaker is not None:  # said in a quote: its speaker's
            reporter, speaker = _copy_actor(quote.speaker), _hits_of(args, quote.speaker) or speaker
        mod = analyse(pred, self.lexicon, in_report=speech is not None)
        if mod.request_content:
            rule = "the content of a request or demand: the REQUEST is coded"
            page.drop(sentence_id, pred.words, pred.entry.type, rule)
            return []
        if mod.threat_content:
            rule = f"the act threatened ('{mod.threat_content}'): the THREATEN is coded"
            page.drop(sentence_id, pred.words, pred.entry.type, rule)
            return []
        if mod.thing_purpose:
            rule = f"what a thing is for ('{mod.thing_purpose}'), no act of anyone's"
            page.drop(sentence_id, pred.words, pred.entry.type, rule)
            return []
        wanted = args.wanted(pred, speaker or None)
        if wanted is not None:  # "Britain wants Russia to withdraw": a request to Russia
            asked = self._request(Mention(sentence_id, sent, page, mod, reporter), pred, wanted)
            if asked:
                return asked
        if mod.threat and lookup(pred.entry.cameo).quad_class <= 2:
            # threatening a cooperative-looking act ("will withdraw unless") is a threat
            entry = replace(pred.entry, type="THREATEN", cameo=THREAT_CAMEO, mode=None)
            pred = Predicate(entry, pred.head, pred.clause, pred.words, f"threat ({mod.threat}) of")
            mod.modality = "asserted"
        elif mod.modality == "intended" and (cue := promised_forces(pred, self.lexicon)):
            # "pledged to send troops to Mali": intent to provide protection, not a threat
            entry = replace(pred.entry, type="AGREE", cameo=PROMISE_CAMEO, mode=None)
            pred = Predicate(entry, pred.head, pred.clause, pred.words, f"promise ({cue}) of")
            mod.modality = "asserted"
        elif mod.modality == "intended" and (cue := promised_justice(pred)):
            # "committed to arresting war crimes suspects": judicial cooperation promised
            entry = replace(pred.entry, type="AGREE", cameo=JUSTICE_CAMEO, mode=None)
            pred = Predicate(entry, pred.head, pred.clause, pred.words, f"promise ({cue}) of")
            mod.modality = "asserted"
        elif mod.modality == "intended" and not mod.threat and (cue := preparation(pred)):
            # "the army prepared to resume shelling": a force posture, not a threat in words
            entry = replace(pred.entry, type="MOBILIZE", cameo=POSTURE_CAMEO, mode=None)
            pred = Predicate(entry, pred.head, pred.clause, pred.words, f"preparation ({cue}) for")
            mod.modality = "asserted"
        ctx = Mention(sentence_id, sent, page, mod, reporter)
        source = args.source(pred, speaker or None)
        located = args.located_source(pred) if not source.hits else None
        if located is not None and located.hits:  # "was arrested in Lebanon": its state's act
            source = located
        acting, things = agency.agents(source.hits, sent.doc, self.lexicon)
        if things:  # "Moscow's objectives", "this Russian activity": no agents
            source = source.revised(acting, f"{source.how}; '{things[0].actor.text}' is no agent")
        obliged = [s for s in source.hits if all(_other(s.actor, h.actor) for h in speaker)]
        if mod.obligation and speaker and source.hits and (obliged or pred.entry.type == "REQUEST"):
            # a demand on others; "we need to work with Iran" is the speaker's own need
            return self._demand(ctx, pred, speaker, obliged)
        target, between = args.target(pred, speaker or None)
        if not source.hits and (pair := _hyphenated_pair(pred, target.hits, args)):
            # "the Russian-Turkish agreement was signed": both states of its name
            target = target.revised([*target.hits, *pair], f"{target.how}; the pair on its noun")
            between = True
        if not source.hits and _names_its_parties(pred, target.hits):
            between = True  # "the UK-France Summit was held": the summit's own parties
        fit, topics = agency.partners(pred, target.hits, self.lexicon)
        if topics:  # "discussed the Syria crisis": no partner
            target = target.revised(fit, f"{target.how}; '{topics[0].actor.text}' is no partner")
        fit, aimed = agency.measures_on(pred, target.hits)
        if aimed:  # "welcomes new Syria sanctions listings": not Syria's
            target = target.revised(
                fit, f"{target.how}; '{aimed[0].actor.text}' aims at, not of, it"
            )
        fit, about = agency.topics(pred, target.hits)
        if about:  # "criticised the Russia investigation": not Russia
            target = target.revised(fit, f"{target.how}; '{about[0].actor.text}' names its topic")
        objects = senses.object_names_actor(pred, lambda t: args.expand(t).hits, self.lexicon)
        why = senses.sides(pred, source.hits, target.hits, objects, self.lexicon)
        if why:
            page.drop(sentence_id, pred.words, pred.entry.type, why)
            return []
        pairs: list[tuple[ActorHit | None, ActorHit | None]]
        if between and not source.hits:
            pairs = list(combinations(target.hits, 2))
            reciprocal = True
        elif between:
            pairs = [(s, t) for s in source.hits for t in target.hits if _other(s.actor, t.actor)]
            reciprocal = True
        else:
            if not target.hits and source.hits:  # a place alone makes no event
                target = args.location_target(pred)
            if not target.hits and source.hits and pred.entry.cameo in RESTRICTION_CAMEOS:
                target = self._restricted_place(pred, sent, page)
            if not target.hits and source.hits:
                target = args.elaboration_target(pred)
            sources = source.hits
            targets = [t for t in target.hits if all(_other(t.actor, s.actor) for s in sources)]
            targets, own = agency.own_people(targets, sources, sent.doc)
            if own:  # "agreed to withdraw their troops": the sources' own, no second side
                target = target.revised(
                    targets, f"{target.how}; '{own[0].actor.text}' are the source's own"
                )
            mutual = pred.entry.reciprocal or pred.entry.type in COOPERATIVE_RECIPROCAL
            mutual = mutual or _each_other(pred.clause)  # "both sides accused each other"
            if len(sources) >= 2 and mutual and target.how.startswith("'for' phrase"):
                # "X and Y met for the UK-France Summit": the occasion, not a partner
                target = target.revised([], f"{target.how}: the occasion, not a partner")
                targets = []
            reciprocal = False
            if (
                len(sources) >= 2
                and not targets
                and mutual
                and pred.entry.mode != "third-party"  # mediators do not meet each other
            ):
                pairs = list(combinations(sources, 2))
                reciprocal = True
            else:
                src_options: list[ActorHit | None] = list(sources) or [None]
                tgt_options: list[ActorHit | None] = list(targets) or [None]
                pairs = list(product(src_options, tgt_options))
        pairs = [(s, t) for s, t in pairs if s is not None or t is not None]
        ctx.unnamed = agency.unnamed_side(
            pred, [s for s, _ in pairs if s], [t for _, t in pairs if t], things
        )
        if not pairs:
            rule = f"no actor on either side (source: {source.how or '-'})"
            page.drop(sentence_id, pred.words, pred.entry.type, rule)
        records = self._records(
            ctx, pred, pairs, reciprocal, source.how, target.how, source.acts + target.acts
        )
        partners = args.partners(pred)
        together = len(source.hits) >= 2 and args.is_joint(pred)  # "X and Y held joint drills"
        if (partners.hits and source.hits) or together:  # "joint strikes with the US"
            entry = replace(
                pred.entry, type="COOPERATE", cameo=JOINT_ACTION_CAMEO, mode=None,
                context=("military",), reciprocal=True,
            )  # fmt: skip
            joint = Predicate(entry, pred.head, pred.clause, pred.words, f"joint {pred.via}")
            joined: list[tuple[ActorHit | None, ActorHit | None]] = [
                (s, p) for s in source.hits for p in partners.hits if _other(s.actor, p.actor)
            ]
            if not partners.hits:
                joined = list(combinations(source.hits, 2))
            records += self._records(
                ctx, joint, joined, True, source.how, partners.how, source.acts + partners.acts
            )
        sponsor = args.sponsor(pred) if pred.entry.type == "CONSULT" and reciprocal else None
        if sponsor is not None and sponsor.hits:  # "held talks under the auspices of the UN"
            entry = replace(pred.entry, cameo=MEDIATION_CAMEO, mode="third-party", reciprocal=False)
            hosted = Predicate(entry, pred.head, pred.clause, pred.words, f"sponsored {pred.via}")
            parties = list({id(h): h for pair in pairs for h in pair if h is not None}.values())
            sponsored: list[tuple[ActorHit | None, ActorHit | None]] = [
                (s, p) for s in sponsor.hits for p in parties
                if all(_other(s.actor, q.actor) for q in parties)
            ]  # fmt: skip
            how = "a party of the talks"
            records += self._records(ctx, hosted, sponsored, False, sponsor.how, how, sponsor.acts)
        return records

    def _demand(
        self, ctx: Mention, pred: Predicate, speaker: list[ActorHit], obliged: list[ActorHit]
    ) -> list[Event]:
        """ "X said Y must withdraw": X demands something of Y (REQUEST)."""
        via = f"demand ('{ctx.mod.obligation}' in a statement) on"
        wanted = Wanted(speaker, obliged, via, "the speaker", "who must act")
        return self._request(ctx, pred, wanted)

    def _request(self, ctx: Mention, pred: Predicate, wanted: Wanted) -> list[Event]:
        """A REQUEST from who wants or demands an act to who is to do it (the act itself is
        not coded: it has not happened)."""
        entry = replace(
            pred.entry, type="REQUEST", cameo=DEMAND_CAMEO, mode=None, reciprocal=False,
            converse=False,
        )  # fmt: skip
        if wanted.verb is not None:  # "wants Russia to withdraw": the wish is the act
            verb = wanted.verb
            entry = replace(entry, lemma=verb.lemma_.lower(), object=None, particle=None)
            demand = Predicate(entry, verb, verb, [verb], wanted.via)
            ctx.mod = analyse(demand, self.lexicon, in_report=ctx.reporter is not None)
            if ctx.mod.negated:  # "does not want Russia to attack": asks it not to
                ctx.mod.negated = False
                ctx.mod.why = [
                    "a wish that the act not happen" if w.startswith("negation") else w
                    for w in ctx.mod.why or []
                ]
        else:
            demand = Predicate(entry, pred.head, pred.clause, pred.words, wanted.via)
            ctx.mod.modality = "asserted"
        pairs = [(s, t) for s in wanted.by for t in wanted.of if _other(s.actor, t.actor)]
        return self._records(ctx, demand, pairs, False, wanted.by_how, wanted.of_how)

    def _records(
        self,
        ctx: Mention,
        pred: Predicate,
        pairs: Sequence[tuple[ActorHit | None, ActorHit | None]],
        reciprocal: bool,
        source_how: str,
        target_how: str,
        acts: tuple[ActPhrase, ...] = (),
    ) -> list[Event]:
        if not pairs:
            return []
        entry, by_state = _state_entry(pred.entry, pairs)
        sides = [h for pair in pairs for h in pair if h is not None]
        sources = [s for s, _ in pairs if s is not None]
        entry, other = senses.other_reading(pred, entry, sides, sources)  # "... with air strikes"
        by_state += other
        shared = self._shared(ctx, pred, entry)
        shared.reason += by_state + _how(source_how, target_how, ctx.mod, shared.location)
        records = []
        for src, given in pairs:
            src, given = organs_at_home(src, given, shared.home)  # "government troops"
            tgt = at_home(entry, src, given, shared.location)  # "police dispersed students"
            # "troops killed rebels"; not "militants who crossed into Kenya"
            src, tgt = armed_at_home(entry, src, tgt, shared.home, ctx.sent)
            tgt = victims_in_place(entry, tgt, shared.home)  # "a strike killed two people in Rafah"
            src = doers_in_place(entry, src, shared.home, ctx.sent)  # "gunmen killed ... in Baidoa"
            event = _event(ctx, entry, shared, src, tgt, reciprocal)
            why = ctx.unnamed  # the output contract (docs/events.md)
            if not (_resolved(src) or _resolved(tgt)):
                why = f"no side resolved to an actor ({_sides(src, tgt)})"
            if why:
                if not self.keep_partial:
                    rule = f"{why}; --keep-partial keeps it"
                    ctx.page.drop(ctx.sentence_id, pred.words, entry.type, rule)
                    continue
                event.partial = True
                event.reason += f"; partial: {why}"
            if ctx.page.trace is not None:
                ctx.page.trace.emit(event)
            if acts:
                ctx.page.acts[id(event)] = acts
            records.append(event)
        return records

    def _restricted_place(self, pred: Predicate, sent: Span, page: Page) -> Found:
        """ "lifted a state of emergency in West Darfur", "declared a curfew in the north of
        Kirkuk province": a restriction is imposed on (or lifted from) the place the sentence
        names for it, with that place's country (a city, division or state; never the
        dateline)."""
        if self.locator is None:
            return Found([], "")
        found = self.locator.locate_in_sentence(pred, sent.doc, page.args.hits, page.document)
        if found is None or not found[0].get("country"):
            return Found([], "")
        place, start, end = found
        name, country = str(place["name"]), str(place["country"])
        text = sent.doc[start:end].text
        if not spells(text, name):
            return Found([], "")  # a near spelling ("Borno" read as "Borna"): no side
        reason = (
            f"place '{text}' → {name} ({country}, {place.get('precision')}): the place restricted"
        )
        actor = Actor(text=text, name=name, country=country, reason=reason)
        return Found([ActorHit(end - 1, start, end, actor)], "the place restricted")

    def _shared(self, ctx: Mention, pred: Predicate, entry: TriggerEntry) -> Shared:
        """What every record of one mention shares: trigger, ids, date, place, reason."""
        document = ctx.document
        words = pred.words
        start, end = words[0].idx, words[-1].idx + len(words[-1].text)
        date, precision = self._date(pred, document)
        location = (
            self.locator.locate(pred, ctx.sent.doc, ctx.page.args.hits, document)
            if self.locator
            else None
        )
        # a dateline is where the reporter is ("BEIRUT (Reuters) - Government forces shelled
        # ..."): no state's organs or rebels are told by it
        home = None if self.locator is not None and self.locator.from_dateline else location
        return Shared(
            # the doc's text: Doc.text rebuilds it per call
            trigger=Trigger(document.text[start:end], start, end),
            mention_id=stable_id(document.doc_id, ctx.sentence_id, start, entry.type, pred.via),
            date=date,
            precision=precision,
            location=location,
            home=home,
            depth=_depth(pred.clause, self.lexicon.speech_verbs),
            reason=f"{pred.via} {entry.describe()} → {entry.type} {entry.cameo} (triggers.yaml)",
        )

    def _date(self, pred: Predicate, document: Document) -> tuple[str | None, str | None]:
        return event_date(pred, document.published)


def _each_other(verb: Token) -> bool:
    """The act is aimed at "each other" or "one another": its subjects act on each other."""
    for child in verb.children:
        objects = [child] if child.dep_ == "dobj" else []
        if child.dep_ == "prep":
            objects = [g for g in child.children if g.dep_ == "pobj"]
        for obj in objects:
            if obj.lower_ not in ("other", "another", "one"):
                continue  # checked first: no walk over every object's words
            words = {obj.lower_, *(t.lower_ for t in obj.children)}
            if {"each", "other"} <= words or {"one", "another"} <= words:
                return True
    return False


def _hyphenated_pair(
    pred: Predicate, targets: Sequence[ActorHit], args: Arguments
) -> list[ActorHit]:
    """The other state of a hyphenated pair on the act's own noun when it is the only target
    ("the Russian-Turkish agreement was signed", "US-Afghan talks were held")."""
    if pred.entry.type not in COOPERATIVE_RECIPROCAL or len(targets) != 1:
        return []
    if targets[0].anchor not in {w.i for w in pred.words}:
        return []
    return args.hyphen_partners(pred.head.doc[targets[0].anchor])


def _names_its_parties(pred: Predicate, targets: Sequence[ActorHit]) -> bool:
    """A meeting or an agreement whose own name holds its parties ("the UK-France Summit
    was held", "the Iran-Iraq agreement was signed"): they meet each other."""
    if pred.entry.type not in COOPERATIVE_RECIPROCAL or len(targets) < 2:
        return False
    words = {w.i for w in pred.words}
    return all(t.anchor in words for t in targets)


# sectors that act for a state: "Iraq" and "the Iraqi army" are one actor in a dyad
STATE_SECTORS = frozenset({None, "GOV", "MIL", "COP", "JUD", "LEG", "SPY"})


def _acts_for_state(actor: Actor) -> bool:
    """Whether the actor speaks for a state: its government or officials ("the foreign
    ministry", "Tokyo", "Foreign Minister Wang Yi"), or the state by name ("China"), not its
    people ("Russians", "Iranian students"); a government or ministry whose state the text
    leaves unnamed speaks for one too ("the government protested against the resolution")."""
    if actor.sector == "GOV":
        return True
    if not actor.country:
        return False
    by_name = actor.reason.startswith(("name '", "metonym '"))
    return actor.sector is None and (actor.actor_id or "").startswith("country:") and by_name


def _other(a: Actor, b: Actor) -> bool:
    """Whether two actors can be the two sides of an event: not the same actor, but a state
    and its own rebels, opposition or civilians are ("Croatia is investigating crimes by
    Croatian extremists")."""
    if a.key != b.key:
        return True
    if _agent_word(a) and _agent_word(b) and _agent_word(a) != _agent_word(b):
        return True  # two offices of one state: "the governor asked the president for aid"
    if not (a.actor_id or "").startswith("country:"):
        return False
    return (a.sector in STATE_SECTORS) != (b.sector in STATE_SECTORS)


def _agent_word(actor: Actor) -> str | None:
    """The head word of an agent keyed by its state and sector alone (``USA:GOV``: "the
    governor", "the president"), singular; None for a named or listed actor."""
    if actor.actor_id or actor.name or not actor.country or not actor.text.split():
        return None
    word = actor.text.split()[-1].lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _depth(token: Token, speech_verbs: frozenset[str]) -> int:
    """How deep a clause sits below its sentence's main clause; reporting verbs
    ("officials said") do not count, so the reported event is the main one."""
    depth = 0
    while token.head != token:
        token = token.head
        if token.lemma_.lower() not in speech_verbs or token.head != token:
            depth += 1
    return depth


@dataclass(slots=True)
class Shared:
    """What all records of one predicate mention share once its entry is settled."""

    trigger: Trigger
    mention_id: str
    date: str | None
    precision: str | None
    location: dict[str, Any] | None
    home: dict[str, Any] | None  # the location when the sentence gives it, not the dateline
    depth: int
    reason: str


def _state_entry(
    entry: TriggerEntry, pairs: Sequence[tuple[ActorHit | None, ActorHit | None]]
) -> tuple[TriggerEntry, str]:
    """The entry's state reading when every source acts for a state ("China protested"),
    with the words the reason gets for it."""
    if entry.by_state is None or not all(
        src is not None and _acts_for_state(src.actor) for src, _ in pairs
    ):
        return entry, ""
    alternative = entry.by_state
    return alternative, f"; a state's {entry.type} is {alternative.type} {alternative.cameo}"


def _how(source_how: str, target_how: str, mod: Modality, place: dict[str, Any] | None) -> str:
    """The reason's account of the sides, the modality cues and the place."""
    text = ""
    if source_how:
        text += f"; source: {source_how}"
    if target_how:
        text += f"; target: {target_how}"
    if mod.why:
        text += "; " + ", ".join(mod.why)
    if place:
        text += f"; place: {place['name']} ({place['country']}, {place['precision']}; GeoNames)"
    return text


def _event(
    ctx: Mention,
    entry: TriggerEntry,
    shared: Shared,
    src: ActorHit | None,
    tgt: ActorHit | None,
    reciprocal: bool,
) -> Event:
    document, mod = ctx.document, ctx.mod
    resolved = sum(1 for h in (src, tgt) if h is not None and h.actor.country)
    hedge = 0.1 if mod.hedged else 0.0  # "is thought to have": told as reported, not seen
    confidence = round(max(0.1, 0.55 + 0.1 * resolved - 0.1 * min(shared.depth, 4) - hedge), 2)
    src_actor = _copy(src)
    tgt_actor = _copy(tgt)
    event_id = stable_id(
        document.doc_id, ctx.sentence_id, shared.trigger.start, entry.type,
        src_actor.key if src_actor else "-", tgt_actor.key if tgt_actor else "-",
    )  # fmt: skip
    cameo = lookup(entry.cameo)
    return Event(
        event_id=event_id,
        mention_id=shared.mention_id,
        doc_id=document.doc_id,
        sentence_id=ctx.sentence_id,
        sentence=ctx.sent.text.strip(),
        trigger=replace(shared.trigger),
        event_type=entry.type,
        cameo=entry.cameo,
        quad_class=cameo.quad_class,
        goldstein=cameo.goldstein,
        source=src_actor,
        target=tgt_actor,
        mode=entry.mode,
        context=list(entry.context),
        reciprocal=reciprocal,
        outlet=document.outlet,
        published=document.published,
        negated=mod.negated,
        modality=mod.modality,
        reported_by=_copy_actor(ctx.reporter),
        date=shared.date,
        date_precision=shared.precision,
        location=shared.location,
        confidence=confidence,
        reason=shared.reason,
    )


def _resolved(hit: ActorHit | None) -> bool:
    """Whether a side is resolved to an actor: a dictionary entry (state, organisation,
    group, person), or an agent noun with a country or a sector ("protesters", "Iraqi
    officials"); a name that is in no dictionary and gives neither is not (the id made from
    an unlisted person's name, ``person:karim-wasifi``, is no dictionary entry; nor is a place
    acted on: "the liberation of Mosul" alone is no event)."""
    if hit is None:
        return False
    actor = hit.actor
    if actor.reason.startswith("place '") and not (actor.actor_id or actor.sector):
        return False  # a city or division acted on is a place, no actor ("the siege of X")
    listed = actor.actor_id and not unlisted(actor.actor_id, actor.reason)  # not a bare name
    return bool(listed or actor.country or actor.sector)


def _sides(src: ActorHit | None, tgt: ActorHit | None) -> str:
    texts = [f"'{h.actor.text}'" for h in (src, tgt) if h is not None]
    return ", ".join(texts) + " unresolved"


def _copy(hit: ActorHit | None) -> Actor | None:
    return None if hit is None else _copy_actor(hit.actor)


def _copy_actor(a: Actor | None) -> Actor | None:
    if a is None:
        return None
    return replace(a)


def _hits_of(args: Arguments, actor: Actor) -> list[ActorHit]:
    """The hit a quote's speaker was resolved from ("we" in the quote is that actor)."""
    return args.first_hit(actor)


def _reporter(speaker: list[ActorHit], token: Token | None) -> Actor | None:
    if speaker:
        return _copy(speaker[0])
    if token is not None:
        start = min([token.i, *(c.i for c in token.lefts if c.dep_ in ("compound", "amod", "det"))])
        text = token.doc[start : token.i + 1].text
        return Actor(text=text, reason="speaker not resolved to an actor yet")
    return None
