"""PLOVER gold-standard records: event type, source and target countries."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from ..pipeline import Pipeline
from ..plover import strict_type
from ..records import PLOVER_TYPES, Event
from .gold import Report, analyse_rows


def main_mention(events: list[Event]) -> list[Event]:
    """The records of the sentence's main predicate: highest confidence, then earliest."""
    if not events:
        return []
    by_mention: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_mention[event.mention_id].append(event)
    best = max(
        by_mention.values(),
        key=lambda group: (max(e.confidence for e in group), -group[0].trigger.start),
    )
    return best


# codes in the gold that are no ISO 3166-1 alpha-3 code of today, for states that have one:
# two written by the conversion for Japan and Italy, and ISO's own withdrawn codes (Romania
# until 2002, Zaire, East Timor); the gold is said to use ISO codes, and Tacitus writes them
GOLD_CODE_ALIASES = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS"}


def _codes(actors: list[dict[str, Any]]) -> set[str]:
    """The gold's state codes, each as ISO 3166-1 alpha-3 writes it today."""
    return {GOLD_CODE_ALIASES.get(a["code"], a["code"]) for a in actors if a.get("code")}


def macro_f1(pairs: list[tuple[str, str | None]]) -> float:
    scores = []
    for label in PLOVER_TYPES:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        if tp + fp + fn == 0:
            continue
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores) if scores else 0.0


def evaluate_gsr(rows: list[dict[str, Any]], pipeline: Pipeline, show_errors: int) -> Report:
    pairs: list[tuple[str, str | None]] = []
    source_hits = source_total = target_hits = target_total = 0
    confusion: Counter[tuple[str, str]] = Counter()
    misses: list[str] = []
    for row, result in analyse_rows(pipeline, rows):
        gold = row["gold"]
        chosen = main_mention(result.events)
        predicted = strict_type(chosen[0]) if chosen else None
        pairs.append((gold["event"], predicted))
        if predicted != gold["event"]:
            confusion[(gold["event"], predicted or "none")] += 1
            if len(misses) < show_errors:
                misses.append(f"{gold['event']} ≠ {predicted}: {row['text'][:140]}")
        sources = {e.source.country for e in chosen if e.source and e.source.country}
        targets = {e.target.country for e in chosen if e.target and e.target.country}
        gold_sources, gold_targets = _codes(gold["source"]), _codes(gold["target"])
        if gold.get("reciprocal"):
            gold_sources = gold_targets = gold_sources | gold_targets
            sources = targets = sources | targets
        if gold_sources:
            source_total += 1
            source_hits += bool(sources & gold_sources)
        if gold_targets:
            target_total += 1
            target_hits += bool(targets & gold_targets)
    n = len(pairs)
    report = Report("plover_gsr")
    report.metrics = {
        "sentences": n,
        "type_accuracy": sum(g == p for g, p in pairs) / n if n else 0.0,
        "type_macro_f1": macro_f1(pairs),
        "coded": sum(p is not None for _, p in pairs) / n if n else 0.0,
        "source_country_accuracy": source_hits / source_total if source_total else 0.0,
        "target_country_accuracy": target_hits / target_total if target_total else 0.0,
    }
    report.details["top confusions (gold → predicted)"] = {
        f"{g} → {p}": c for (g, p), c in confusion.most_common(12)
    }
    report.misses = misses
    return report
