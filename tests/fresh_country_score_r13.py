"""Scoring of the round-13 country probe set (tests/fresh_country_probes_r13.py): per naming
kind, how many probes have an event in the probe sentence at all, one of the expected type,
and the expected country on the source, the target, and both sides of one event."""

from __future__ import annotations

from collections import Counter

from fresh_country_probes_r13 import PROBES

from tacitus import Event, Pipeline

# CAMEO and PLOVER codes of organisations, as the probes' IGO stands for them
ORGANISATIONS = frozenset({"IGO", "UNO", "EUR", "AFR", "NGO", "ASA", "WST", "NAF", "MEA", "IMG"})


def _fits(wanted: str | None, country: str | None) -> bool:
    if wanted == "*":
        return True
    if wanted == "IGO":
        return country in ORGANISATIONS
    return country == wanted


def _sides(event: Event) -> list[tuple[str | None, str | None]]:
    source = event.source.country if event.source else None
    target = event.target.country if event.target else None
    return [(source, target), (target, source)] if event.reciprocal else [(source, target)]


def score(pipeline: Pipeline) -> dict[str, Counter[str]]:
    """Counts per kind (and "all"): n, found, type, source, target, both, and the totals the
    side figures are over (source_n, target_n, both_n)."""
    counts: dict[str, Counter[str]] = {}
    for kind, context, sentence, event_type, source, target in PROBES:
        text = f"{context} {sentence}".strip()
        events = [e for e in pipeline.extract(text) if e.sentence.strip() == sentence]
        pairs = [pair for e in events for pair in _sides(e)]
        for key in (kind, "all"):
            row = counts.setdefault(key, Counter())
            row["n"] += 1
            row["found"] += bool(events)
            row["type"] += any(e.event_type == event_type for e in events)
            if source != "*":
                row["source_n"] += 1
                row["source"] += any(_fits(source, s) for s, _ in pairs)
            if target != "*":
                row["target_n"] += 1
                row["target"] += any(_fits(target, t) for _, t in pairs)
            if source != "*" or target != "*":
                row["both_n"] += 1
                row["both"] += any(_fits(source, s) and _fits(target, t) for s, t in pairs)
    return counts


def misses(pipeline: Pipeline) -> list[str]:
    """One line per probe whose sides' countries are not both found, for reading."""
    lines = []
    for kind, context, sentence, event_type, source, target in PROBES:
        text = f"{context} {sentence}".strip()
        events = [e for e in pipeline.extract(text) if e.sentence.strip() == sentence]
        pairs = [pair for e in events for pair in _sides(e)]
        if not any(_fits(source, s) and _fits(target, t) for s, t in pairs):
            got = [
                (
                    e.event_type,
                    e.source.text if e.source else None,
                    e.source.country if e.source else None,
                    e.target.text if e.target else None,
                    e.target.country if e.target else None,
                )
                for e in events
            ]
            lines.append(f"{kind}\t{sentence}\twant {event_type} {source}->{target}\tgot {got}")
    return lines


if __name__ == "__main__":
    import sys

    pipe = Pipeline()
    table = score(pipe)
    print("kind        n found type  source     target     both")
    for kind, row in table.items():
        print(
            f"{kind:11} {row['n']:3} {row['found']:4} {row['type']:4}  "
            f"{row['source']:3}/{row['source_n']:<3}    {row['target']:3}/{row['target_n']:<3}    "
            f"{row['both']:3}/{row['both_n']:<3}"
        )
    if "-v" in sys.argv:
        print("\n".join(misses(pipe)))
