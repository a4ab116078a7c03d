"""Quotes against a gold set: which statements are found, and who is said to speak.

Gold rows (``tests/data/quotes_gold.jsonl`` is the project's own set)::

    {"id", "text", "gold": {"quotes": [{"start", "end", "text", "direct", "speaker",
                                        "country"}]}, "meta": {...}}

A found quote matches a gold quote when their character spans overlap by at least half of
the shorter one (one to one, greedily by overlap). Reported: precision, recall and F1 of the
matches; the mean Jaccard overlap of matched spans; how often direct/indirect agrees; speaker
accuracy on matched quotes (the gold speaker's head word, or one of its name words, is in the
found speaker's text or name); country accuracy where the gold gives a country; and
attributed recall, the share of gold quotes found with the right speaker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..pipeline import Pipeline
from ..records import Actor, Quote
from .gold import Report, analyse_rows

MIN_OVERLAP = 0.5
FUNCTION_WORDS = frozenset({"the", "a", "an", "his", "her", "their", "its", "of", "for", "two"})


@dataclass
class Tally:
    gold: int = 0
    found: int = 0
    matched: int = 0
    jaccard: float = 0.0
    kind_agrees: int = 0
    speaker_right: int = 0
    with_country: int = 0
    country_right: int = 0

    def metrics(self) -> dict[str, float | int]:
        precision = self.matched / self.found if self.found else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_match = max(self.matched, 1)
        return {
            "gold_quotes": self.gold,
            "found_quotes": self.found,
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "span_jaccard": round(self.jaccard / per_match, 3),
            "direct_indirect_agreement": round(self.kind_agrees / per_match, 3),
            "speaker_accuracy": round(self.speaker_right / per_match, 3),
            "country_accuracy": round(self.country_right / max(self.with_country, 1), 3),
            "attributed_recall": round(self.speaker_right / max(self.gold, 1), 3),
        }


def evaluate_quotes(rows: list[dict[str, Any]], pipeline: Pipeline, show_errors: int) -> Report:
    tally = Tally()
    misses: list[str] = []
    for row, result in analyse_rows(pipeline, rows):
        gold = row.get("gold", {}).get("quotes", [])
        tally.gold += len(gold)
        tally.found += len(result.quotes)
        pairs, unmatched = match(gold, result.quotes)
        for g, q in pairs:
            tally.matched += 1
            tally.jaccard += _jaccard(g, q)
            tally.kind_agrees += g["direct"] == q.direct
            right = speaker_matches(g.get("speaker"), q.speaker)
            tally.speaker_right += right
            if g.get("country"):
                tally.with_country += 1
                tally.country_right += q.speaker is not None and q.speaker.country == g["country"]
            if not right:
                misses.append(f"{row['id']}: speaker {_who(q.speaker)} for {g['speaker']!r}")
        misses += [f"{row['id']}: missed {g['text'][:70]!r}" for g in unmatched]
        matched_ids = {id(q) for _, q in pairs}
        misses += [
            f"{row['id']}: extra {q.text[:70]!r} ({_who(q.speaker)})"
            for q in result.quotes
            if id(q) not in matched_ids
        ]
    report = Report("quotes", tally.metrics())
    report.misses = misses[:show_errors]
    return report


def match(
    gold: list[dict[str, Any]], found: list[Quote]
) -> tuple[list[tuple[dict[str, Any], Quote]], list[dict[str, Any]]]:
    """Gold quotes paired one to one with found quotes, and the gold quotes left over."""
    pairs: list[tuple[dict[str, Any], Quote]] = []
    unmatched: list[dict[str, Any]] = []
    free = list(found)
    for g in gold:
        best, best_share = None, 0.0
        for q in free:
            overlap = min(g["end"], q.end) - max(g["start"], q.start)
            shorter = min(g["end"] - g["start"], q.end - q.start)
            share = overlap / shorter if shorter > 0 else 0.0
            if share >= MIN_OVERLAP and share > best_share:
                best, best_share = q, share
        if best is None:
            unmatched.append(g)
        else:
            free.remove(best)
            pairs.append((g, best))
    return pairs, unmatched


def speaker_matches(gold: str | None, found: Actor | None) -> bool:
    """Whether the found speaker is the gold one: its head word or a name word is shared."""
    if not gold:
        return found is None
    if found is None:
        return False
    words = _words(f"{found.text} {found.name or ''}")
    gold_words = gold.replace("'s", " ").replace("’s", " ").split()
    head = _words(gold_words[-1])
    names = _words(" ".join(w for w in gold_words if w[:1].isupper()))
    return bool(head & words or names & words)


def _words(text: str) -> set[str]:
    cleaned = "".join(c.lower() if c.isalnum() or c == "-" else " " for c in text)
    return {w for w in cleaned.split() if w not in FUNCTION_WORDS}


def _jaccard(g: dict[str, Any], q: Quote) -> float:
    inter = max(0, min(g["end"], q.end) - max(g["start"], q.start))
    union = max(g["end"], q.end) - min(g["start"], q.start)
    return inter / union if union else 0.0


def _who(actor: Actor | None) -> str:
    if actor is None:
        return "none"
    return f"{actor.text!r} ({actor.country or '-'})"
