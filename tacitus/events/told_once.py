"""One act told twice is one event (issue 13). The event coder codes each predicate of a
sentence on its own; an act told by a noun and again by a clause on it ("ISIL's attacks on
the towns, which killed scores of civilians"), by an act noun in a verb's subject ("a series
of airstrikes against X killed 20"), by two coordinated verbs of force of one subject, or by
a doerless act noun that is another act's purpose ("conducted strikes to enable the defeat
of ISIL") keeps the records that name more of its sides.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..records import Actor, Event
from .arguments import ActPhrase, Arguments, series_item
from .explain import Trace
from .triggers import Predicate


def told_once(
    coded: list[tuple[Predicate, list[Event]]],
    args: Arguments,
    trace: Trace | None,
    acts: Mapping[int, tuple[ActPhrase, ...]],
) -> list[Event]:
    """One act told twice is one event (issue 13): by a noun and a relative clause on it
    ("ISIL's attacks on the towns, which killed scores of civilians"; "attacks in the market
    which killed 28"), the records that name more of its sides are kept (the noun's on a
    tie); by two coordinated verbs of force of one subject ("airstrikes killed 20 militants
    and destroyed eight vehicles"), a record with no target is dropped beside one with both
    sides. ``coded`` is each predicate of a sentence with its records, ``acts`` the act
    phrases that named a record's sides, by id of the record. What is dropped goes to the
    trace with the rule."""
    by_noun = {p.head.i: records for p, records in coded if p.head != p.clause or p.via == "noun"}
    by_clause = {p.clause.i: records for p, records in coded if p.head == p.clause}
    dropped: set[int] = set()

    def drop(events: list[Event], kept: list[Event]) -> None:
        for event in events:
            dropped.add(id(event))
            if trace is not None:
                rule = f"the act '{kept[0].trigger.text}' tells, with more of its sides named"
                trace.retract(event, rule)

    for pred, records in coded:
        purposed = _purposed_by(pred, records, coded, acts)  # "conducted strikes to enable the
        if purposed:  # defeat of ISIL": the strikes' record names the doer
            drop(records, purposed)
            continue
        clause = pred.clause
        if pred.head != clause or not records:
            continue
        kind, told = _told_by(pred, args, by_noun, by_clause)
        if not told or told[0].event_type != records[0].event_type:
            continue
        if kind == "coordinated" and records[0].quad_class != 4:
            continue  # "sharing intelligence and coordinating operations": two acts
        if kind == "relative":
            lost, kept = (told, records) if _named(records) > _named(told) else (records, told)
            drop(lost, kept)
        elif kind == "subject":  # the verb on a tie ("a U.S. strike hit ..."), unless the
            # verb's target is the noun's own ("airstrikes against al-Qaida killed 20 militants")
            borrowed = all(any(a.in_subject for a in acts.get(id(e), ())) for e in records)
            noun_wins = _named(told) > _named(records) or (
                borrowed and _named(told) == _named(records)
            )
            lost, kept = (records, told) if noun_wins else (told, records)
            drop(lost, kept)
        elif _named(records) < _named(told) and all(e.target is None for e in records):
            drop(records, told)
        elif _pairs(records) <= _pairs(told):  # "engaged an ISIL unit and destroyed an ISIL-held
            drop(records, told)  # building": the same sides again
        elif _named(told) < _named(records) and all(e.target is None for e in told):
            drop(told, records)
    return [e for _, records in coded for e in records if id(e) not in dropped]


def _purposed_by(
    pred: Predicate,
    records: list[Event],
    coded: list[tuple[Predicate, list[Event]]],
    acts: Mapping[int, tuple[ActPhrase, ...]],
) -> list[Event]:
    """The records of the act whose purpose a doerless act noun is, when they take their
    target from it ("conducted 300 strikes to enable the defeat of ISIL": the strikes are
    aimed at ISIL; the defeat is not told again with no doer)."""
    if pred.via != "noun" or not records:
        return []
    if any(e.source is not None for e in records):
        return []
    act = pred.head.text
    for other, told in coded:
        if other is pred or not told:
            continue
        aimed = {e.target.key for e in told if e.target}
        named = all(any(a.act == act for a in acts.get(id(e), ())) for e in told)
        if (
            all(e.source is not None for e in told)
            and named
            and aimed >= {e.target.key for e in records if e.target}
        ):
            return told
    return []


def _told_by(
    pred: Predicate,
    args: Arguments,
    by_noun: dict[int, list[Event]],
    by_clause: dict[int, list[Event]],
) -> tuple[str, list[Event] | None]:
    """How, and by which records, the act ``pred`` tells is told again: the noun its "which"
    clause, participle or "by" phrase is on ("relative"), the act named in its subject ("subject": "a series of
    airstrikes against X killed 20"), or the verb it is coordinated with under one subject
    ("coordinated")."""
    clause = pred.clause
    subjects = [c for c in clause.children if c.dep_.startswith("nsubj")]
    if clause.dep_ == "relcl" and any(s.lower_ in ("which", "that") for s in subjects):
        act = args.relative_act(clause)
        return "relative", by_noun.get(act.i) if act is not None else None
    for subject in subjects:
        item = series_item(subject)
        if item != subject and item.i in by_noun:
            return "subject", by_noun[item.i]
    # sanctions that do what the verb says: "sanctions targeting X", "were targeted by EU
    # sanctions" (the verb's record names whom; not "airstrikes in Iraq targeting X")
    nouns = [clause.head] if clause.dep_ == "acl" else []
    nouns += [g for c in clause.children if c.dep_ == "agent" for g in c.children]
    for noun in nouns:
        records = by_noun.get(noun.i) or []
        if records and all(e.event_type == "SANCTION" for e in records):
            return "relative", records
    if clause.dep_ != "conj" or subjects:
        return "", None
    return "coordinated", by_clause.get(clause.head.i)


def _pairs(records: list[Event]) -> set[tuple[str, str]]:
    return {(e.source.key if e.source else "-", e.target.key if e.target else "-") for e in records}


def _named(records: list[Event]) -> int:
    """How much the best of a mention's records names of its sides."""
    return max(sum(_named_side(side) for side in (e.source, e.target)) for e in records)


def _named_side(actor: Actor | None) -> int:
    """2 for a side named as a state or a listed actor, 1 for one named by its sector alone
    ("20 militants"), 0 for none."""
    if actor is None:
        return 0
    return 2 if actor.country or actor.actor_id else int(bool(actor.sector))
