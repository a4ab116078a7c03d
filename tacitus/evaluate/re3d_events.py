"""Real-news event gold: Tacitus' events in annotated re3d sentences, per half of the split.

The gold (``benchmarks/gold/re3d_events.jsonl``, built as its README says) refers to the re3d
documents by id and character offsets only; the texts are read from the local re3d file
(``--texts``). Whole documents go through the pipeline, as in real use; a record is scored when
its trigger starts inside an annotated sentence. How records and gold events are matched:
:mod:`.event_match`. Test-half errors are listed only when the test half alone is asked for.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError, DataError
from ..pipeline import Pipeline
from ..records import Event
from .event_match import (
    GoldEvent,
    event_matches,
    factual,
    match,
    pair_matches,
    resolved,
    side_matches,
    trigger_overlaps,
)
from .gold import Report, analyse_rows, read_gold
from .split import HALVES, half_of


def text_hash(text: str) -> str:
    """The first 12 hex digits of the SHA-1 of a sentence's text (drift check)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


@dataclass
class GoldSentence:
    id: str
    doc_id: str
    half: str
    start: int
    end: int
    events: list[GoldEvent]


def gold_sentences(rows: list[dict[str, Any]], texts: dict[str, str]) -> list[GoldSentence]:
    """The gold rows, checked against the texts: known document, right half, same text."""
    sentences = []
    for row in rows:
        try:
            sentence = GoldSentence(
                str(row["id"]), str(row["doc_id"]), row["half"], int(row["start"]),
                int(row["end"]), list(row["events"]),
            )  # fmt: skip
        except (KeyError, TypeError, ValueError) as exc:
            raise DataError(f"gold row {row.get('id', '?')}: malformed ({exc})") from exc
        text = texts.get(sentence.doc_id)
        if text is None:
            raise DataError(f"gold {sentence.id}: document {sentence.doc_id} is not in --texts")
        if sentence.half != half_of(sentence.doc_id):
            raise DataError(f"gold {sentence.id}: half {sentence.half!r} disagrees with the split")
        if text_hash(text[sentence.start : sentence.end]) != row.get("sha1"):
            raise DataError(
                f"gold {sentence.id}: the text at {sentence.start}-{sentence.end} of document"
                f" {sentence.doc_id} changed (sha1 differs)"
            )
        sentences.append(sentence)
    return sentences


@dataclass
class Tally:
    """Counts of one half; ``score`` adds one sentence."""

    counts: Counter[str] = field(default_factory=Counter)
    by_type: dict[str, Counter[str]] = field(default_factory=dict)
    false_positives: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def score(self, gold: GoldSentence, events: list[Event], text: str) -> None:
        span = (gold.start, gold.end)
        full = match(gold.events, events, lambda g, e: event_matches(g, e, text, span))
        pairs = match(gold.events, events, lambda g, e: pair_matches(g, e, text, span), full)
        c = self.counts
        c["sentences"] += 1
        c["gold"] += len(gold.events)
        c["emitted"] += len(events)
        c["matched"] += len(full)
        c["pair_matched"] += len(pairs)
        c["pair_typed"] += sum(
            gold.events[g]["type"] == events[i].event_type for i, g in pairs.items()
        )
        c["both_resolved"] += sum(resolved(e.source) and resolved(e.target) for e in events)
        c["gold_both"] += sum(
            g["source"] is not None and g["target"] is not None for g in gold.events
        )
        c["emitted_in_empty"] += len(events) if not gold.events else 0
        for i, g in full.items():
            c["factual_total"] += 1
            c["factual_agree"] += factual(events[i]) == gold.events[g]["factual"]
        self._sides(gold, events, text)
        self._types(gold, events, full)
        self._errors(gold, events, full, text)

    def _sides(self, gold: GoldSentence, events: list[Event], text: str) -> None:
        """A gold side is found when a record of the same type or with an overlapping trigger
        has it on that side (either side when the gold event or the record is reciprocal)."""
        span = (gold.start, gold.end)
        for g in gold.events:
            near = [e for e in events if e.event_type == g["type"] or trigger_overlaps(g, e)]
            for role, other in (("source", "target"), ("target", "source")):
                if g[role] is None:
                    continue
                self.counts[f"{role}_total"] += 1
                self.counts[f"{role}_found"] += any(
                    side_matches(g[role], getattr(e, role), text, span)
                    or (
                        (g["reciprocal"] or e.reciprocal)
                        and side_matches(g[role], getattr(e, other), text, span)
                    )
                    for e in near
                )

    def _types(self, gold: GoldSentence, events: list[Event], full: dict[int, int]) -> None:
        for g in gold.events:
            self.by_type.setdefault(g["type"], Counter())["gold"] += 1
        for i, event in enumerate(events):
            row = self.by_type.setdefault(event.event_type, Counter())
            row["emitted"] += 1
            row["matched"] += i in full

    def _errors(
        self, gold: GoldSentence, events: list[Event], full: dict[int, int], text: str
    ) -> None:
        sentence = " ".join(text[gold.start : gold.end].split())
        found = set(full.values())
        for i, event in enumerate(events):
            if i not in full:
                self.false_positives.append(f"{gold.id} FP   {_record(event)} | {sentence}")
        for g, event_gold in enumerate(gold.events):
            if g not in found:
                self.misses.append(f"{gold.id} MISS {_gold(event_gold, text)} | {sentence}")

    def metrics(self, half: str) -> dict[str, float | int]:
        c = self.counts

        def ratio(a: str, b: str) -> float:
            return c[a] / c[b] if c[b] else 0.0

        precision, recall = ratio("matched", "emitted"), ratio("matched", "gold")
        pair_p, pair_r = ratio("pair_matched", "emitted"), ratio("pair_matched", "gold")
        values: dict[str, float | int] = {
            "sentences": c["sentences"],
            "gold_events": c["gold"],
            "emitted_events": c["emitted"],
            "event_precision": precision,
            "event_recall": recall,
            "event_f1": _f1(precision, recall),
            "pair_precision": pair_p,
            "pair_recall": pair_r,
            "pair_f1": _f1(pair_p, pair_r),
            "type_accuracy_on_pairs": ratio("pair_typed", "pair_matched"),
            "emitted_both_sides_resolved": ratio("both_resolved", "emitted"),
            "gold_both_sides": ratio("gold_both", "gold"),
            "gold_source_found": ratio("source_found", "source_total"),
            "gold_target_found": ratio("target_found", "target_total"),
            "factuality_agreement": ratio("factual_agree", "factual_total"),
            "emitted_in_sentences_without_gold": c["emitted_in_empty"],
        }
        return {f"{half}_{key}": value for key, value in values.items()}


def _f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def _actor(actor: Any) -> str:
    if actor is None:
        return "-"
    label = actor.name or actor.text
    code = " ".join(x for x in (actor.country, actor.sector) if x)
    return f"{label} ({code})" if code else label


def _record(event: Event) -> str:
    flags = "" if factual(event) else f" [{event.modality}{', negated' if event.negated else ''}]"
    return (
        f"{event.event_type} {_actor(event.source)} → {_actor(event.target)}"
        f" '{event.trigger.text}'{flags}"
    )


def _gold(event: GoldEvent, text: str) -> str:
    def side(s: dict[str, Any] | None) -> str:
        if s is None:
            return "-"
        code = " ".join(x for x in (s.get("country"), s.get("sector")) if x)
        return f"{s['name']} ({code})" if code else str(s["name"])

    trigger = text[event["trigger"]["start"] : event["trigger"]["end"]]
    flags = "" if event["factual"] else " [not factual]"
    return f"{event['type']} {side(event['source'])} → {side(event['target'])} '{trigger}'{flags}"


def read_documents(path: str | Path | None) -> dict[str, dict[str, Any]]:
    """The re3d documents by id: their text and meta (the publisher's address, source_url)."""
    if path is None:
        raise ConfigError(
            "re3d_events needs --texts: the gold holds offsets into the re3d documents only",
            hint="--texts ../shared/eval/re3d/re3d.jsonl",
        )
    return {str(row["id"]): row for row in read_gold(path)}


def evaluate_re3d_events(
    rows: list[dict[str, Any]],
    pipeline: Pipeline,
    show_errors: int,
    texts_path: str | Path | None,
    half: str | None,
) -> Report:
    """Score the gold sentences of ``half`` (dev by default, test, or all); errors of the test
    half are listed only when ``half`` is "test"."""
    half = half or "dev"
    if half not in (*HALVES, "all"):
        raise ConfigError(f"unknown half {half!r}", hint="dev, test or all")
    documents_by_id = read_documents(texts_path)
    texts = {d: str(row["text"]) for d, row in documents_by_id.items()}
    by_doc: dict[str, list[GoldSentence]] = {}
    for sentence in gold_sentences(rows, texts):
        if half in (sentence.half, "all"):
            by_doc.setdefault(sentence.doc_id, []).append(sentence)
    tallies = {h: Tally() for h in HALVES if half in (h, "all")}
    documents = 0
    for row, result in analyse_rows(pipeline, [documents_by_id[d] for d in by_doc]):
        documents += 1
        for sentence in by_doc[str(row["id"])]:
            events = [e for e in result.events if sentence.start <= e.trigger.start < sentence.end]
            tallies[sentence.half].score(sentence, events, row["text"])
    report = Report("re3d_events")
    report.metrics["documents"] = documents
    for name, tally in tallies.items():
        report.metrics.update(tally.metrics(name))
        report.details[f"{name} by type (gold / emitted / matched)"] = {
            t: f"{c['gold']} / {c['emitted']} / {c['matched']}"
            for t, c in sorted(tally.by_type.items())
        }
    if show_errors:
        listed = "test" if half == "test" else "dev"
        tally = tallies.get(listed, Tally())
        fps, misses = tally.false_positives[:show_errors], tally.misses[:show_errors]
        report.details[f"errors ({listed}: false positives, then misses)"] = fps + misses
        if half == "all":
            report.details["note"] = ["test-half errors are listed only with --half test"]
    return report
