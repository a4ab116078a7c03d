"""People gold (``tests/data/people_gold.jsonl``): person → country, person ids, coreference.

Each row: ``{id, published, text, targets}`` (and ``split``: rows marked "held-out" were
written after the rules were last changed and are reported apart); a target names a mention by its text and
occurrence (``n``, 1-based, whole words, case-sensitive) with the expected ``country`` and
``person`` id (null when the person is not in the dictionaries: the id Tacitus makes from
the name of such a person, ``person:josh-earnest``, counts as null), and, for pronouns and
definite descriptions, the ``antecedent`` mention it refers to. Pronouns are resolved the way
events resolve them (``Arguments.actors_at``); names, titles and descriptions are read from the
actor hits the resolver anchors inside the mention.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from typing import Any

from spacy.tokens import Doc

from ..actors.resolve_types import ActorHit, HitMap
from ..errors import DataError
from ..events.arguments import Arguments
from ..pipeline import Pipeline
from .gold import Report

PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers", "himself", "herself"})


def _span(row: dict[str, Any], mention: dict[str, Any]) -> tuple[int, int]:
    text, n = mention["mention"], int(mention.get("n", 1))
    found = list(re.finditer(rf"(?<!\w){re.escape(text)}(?!\w)", row["text"]))
    if len(found) < n:
        raise DataError(f"people gold {row['id']}: '{text}' (occurrence {n}) is not in the text")
    return found[n - 1].start(), found[n - 1].end()


def _hit_in(doc: Doc, hits: HitMap, span: tuple[int, int]) -> ActorHit | None:
    """The actor anchored inside a character span (a person first)."""
    inside = [h for anchor, hs in hits.items() for h in hs if span[0] <= doc[anchor].idx < span[1]]
    inside.sort(key=lambda h: not (h.actor.actor_id or "").startswith("person:"))
    return inside[0] if inside else None


def _token_at(doc: Doc, span: tuple[int, int]) -> int:
    for token in doc:
        if token.idx >= span[0]:
            return token.i
    return len(doc) - 1


def _person_id(hit: ActorHit | None, listed: Collection[str]) -> str | None:
    """The dictionary person an actor is (the gold's ``person``); people the dictionaries do
    not list carry an id made from their name (``person:josh-earnest``), which is no
    dictionary id: the gold writes null for them."""
    actor_id = hit.actor.actor_id if hit else None
    return actor_id if actor_id and actor_id in listed else None


def _same(
    doc: Doc,
    got: ActorHit | None,
    target: dict[str, Any],
    ante: ActorHit | None,
    spans: list[tuple[int, int]],
    listed: Collection[str],
) -> bool:
    """Whether ``got`` is the antecedent's entity: the same person id, or an actor anchored
    in a mention of that entity (``spans``: the antecedent's, and the gold mentions of the
    same person), or (unknown people) the same name as the antecedent's actor."""
    if got is None:
        return False
    if target.get("person") and _person_id(got, listed) == target["person"]:
        return True
    start = doc[got.anchor].idx
    if any(a <= start < b for a, b in spans):
        return True
    return ante is not None and bool(got.actor.name) and got.actor.name == ante.actor.name


def evaluate_people(rows: list[dict[str, Any]], pipeline: Pipeline, show_errors: int) -> Report:
    analyzer = pipeline.analyzer
    listed = {k for k in analyzer.resolver.dictionary.entries if k.startswith("person:")}
    score: Counter[str] = Counter()
    misses: list[str] = []
    by_split: dict[str, Counter[str]] = {}
    for row in rows:
        split = by_split.setdefault(str(row.get("split", "dev")), Counter())
        doc = analyzer.nlp(row["text"])
        hits = analyzer.resolver.resolve(doc, row.get("published"))
        args = Arguments(hits)
        for target in row["targets"]:
            span = _span(row, target)
            pronoun = target["mention"].lower() in PRONOUNS
            if pronoun:
                found = args.actors_at(doc[_token_at(doc, span)]).hits
                got = found[0] if found else None
            else:
                got = _hit_in(doc, hits, span)
            ok_country = (got.actor.country if got else None) == target.get("country")
            ok_person = _person_id(got, listed) == target.get("person")
            kind = "pronoun" if pronoun else "description" if "antecedent" in target else "mention"
            counted: list[str] = []
            if kind != "pronoun":
                counted += (
                    ["country_total"] + ["country_ok"] * ok_country + ["person_ok"] * ok_person
                )
            ok_coref = True
            if "antecedent" in target:
                ante_span = _span(row, target["antecedent"])
                ante = _hit_in(doc, hits, ante_span)
                same = [ante_span] + [
                    _span(row, t)
                    for t in row["targets"]
                    if target.get("person")
                    and t.get("person") == target["person"]
                    and t is not target
                ]
                ok_coref = _same(doc, got, target, ante, same, listed)
                counted += [f"{kind}_total"] + [f"{kind}_ok"] * ok_coref
            score.update(counted)
            split.update(counted)
            wrong = (
                not ok_coref if kind == "pronoun" else not (ok_country and ok_person and ok_coref)
            )
            if wrong and len(misses) < show_errors:
                shown = (
                    f"{got.actor.actor_id or got.actor.name} {got.actor.country}" if got else "none"
                )
                misses.append(
                    f"{row['id']} {kind} '{target['mention']}'#{target.get('n', 1)}: got {shown}; "
                    f"expected {target.get('person')} {target.get('country')}"
                )
    report = _report(len(rows), score, misses)
    if len(by_split) > 1:
        report.details["by split"] = {name: _summary(c) for name, c in sorted(by_split.items())}
    return report


def _summary(c: Counter[str]) -> str:
    coref_ok = c["pronoun_ok"] + c["description_ok"]
    coref = c["pronoun_total"] + c["description_total"]
    return (
        f"country {c['country_ok']}/{c['country_total']}, person id "
        f"{c['person_ok']}/{c['country_total']}, coreference {coref_ok}/{coref}"
    )


def _report(documents: int, score: Counter[str], misses: list[str]) -> Report:
    def ratio(ok: str, total: str) -> float:
        return score[ok] / score[total] if score[total] else 0.0

    coref_total = score["pronoun_total"] + score["description_total"]
    report = Report("people")
    report.metrics = {
        "documents": documents,
        "mentions": score["country_total"],
        "person_country_accuracy": ratio("country_ok", "country_total"),
        "person_id_accuracy": ratio("person_ok", "country_total"),
        "coreference_links": coref_total,
        "coreference_accuracy": (
            (score["pronoun_ok"] + score["description_ok"]) / coref_total if coref_total else 0.0
        ),
        "pronoun_accuracy": ratio("pronoun_ok", "pronoun_total"),
        "description_accuracy": ratio("description_ok", "description_total"),
    }
    report.misses = misses
    return report
