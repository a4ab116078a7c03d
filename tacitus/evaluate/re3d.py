"""re3d: actor mentions against gold entities, and gold relations among our events."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..pipeline import Pipeline
from ..records import Actor, DocumentResult
from .gold import Report, analyse_rows

ENTITY_TYPES = ("Organisation", "Location", "Nationality", "Person")
# gold relation type -> our event types that express it
RELATION_TYPES = {
    "FightingAgainst": {"ASSAULT", "COERCE", "THREATEN", "MOBILIZE", "SANCTION"},
    "CommWith": {"CONSULT", "REQUEST", "AGREE"},
    "AlliesOf": {"COOPERATE", "AID", "SUPPORT", "AGREE", "CONSULT"},
    "Likes": {"SUPPORT", "COOPERATE", "AID", "AGREE"},
    "Dislikes": {"ACCUSE", "REJECT", "THREATEN", "SANCTION"},
}


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _same(actor: Actor | None, text: str) -> bool:
    if actor is None:
        return False
    ours, theirs = actor.text.lower(), text.lower()
    return bool(ours) and (ours in theirs or theirs in ours)


PRONOUNS = frozenset(
    {"i", "me", "my", "we", "us", "our", "ours", "ourselves", "you", "your", "he", "him", "his",
     "she", "her", "it", "its", "itself", "they", "them", "their", "theirs", "themselves",
     "here", "there"}
)  # fmt: skip
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "many"})


def miss_class(text: str) -> str:
    """What a missed gold entity is written as: a pronoun ("we", "there"), a name (a
    capitalised word past its determiners: "the ISF", "Da'esh") or a common noun ("the
    library", "international partners")."""
    if text.lower() in PRONOUNS:
        return "pronoun"
    words = [w for w in text.split() if w.lower() not in DETERMINERS]
    return "name" if any(w[:1].isupper() for w in words) else "common noun"


def _relation_found(result: DocumentResult, relation: dict[str, Any]) -> bool:
    trigger = relation["trigger"]["start"]
    sentence_ids = [i for i, (s, e, _) in enumerate(result.sentences) if s <= trigger < e]
    src, tgt = relation["source"]["text"], relation["target"]["text"]
    for event in result.events:
        if event.sentence_id not in sentence_ids:
            continue
        if (_same(event.source, src) and _same(event.target, tgt)) or (
            _same(event.source, tgt) and _same(event.target, src)
        ):
            return True
    return False


def evaluate_re3d(
    rows: list[dict[str, Any]], pipeline: Pipeline, show_errors: int, list_entities: bool = False
) -> Report:
    """Entity recall and mention precision, relation pair recall; with ``show_errors``, the
    relations missed and, where ``list_entities`` (one half asked for), the scored entities
    no mention overlaps, most frequent first, with their class."""
    counts = {t: [0, 0, 0] for t in ENTITY_TYPES}  # exact hits, overlap hits, total
    missed: Counter[tuple[str, str]] = Counter()
    ours_total = ours_exact = ours_overlap = 0
    rel_found: dict[str, list[int]] = {t: [0, 0] for t in RELATION_TYPES}
    misses: list[str] = []
    for row, result in analyse_rows(pipeline, rows):
        gold = [e for e in row["gold"]["entities"] if e["type"] in ENTITY_TYPES]
        # actor mentions and the places and groups that are no actors (actors/entities.py)
        spans = [(m.start, m.end) for m in (*result.mentions, *result.entities)]
        span_set = set(spans)
        for entity in gold:
            key = (entity["start"], entity["end"])
            counts[entity["type"]][2] += 1
            counts[entity["type"]][0] += key in span_set
            found = any(_overlaps(key, s) for s in spans)
            counts[entity["type"]][1] += found
            if not found and entity["type"] != "Person":
                missed[(entity["type"], entity["text"])] += 1
        gold_spans = [(e["start"], e["end"]) for e in gold]
        gold_set = set(gold_spans)
        for span in spans:
            ours_total += 1
            ours_exact += span in gold_set
            ours_overlap += any(_overlaps(span, g) for g in gold_spans)
        for relation in row["gold"]["relations"]:
            if relation["type"] not in RELATION_TYPES:
                continue
            found = _relation_found(result, relation)
            rel_found[relation["type"]][0] += found
            rel_found[relation["type"]][1] += 1
            if not found and len(misses) < show_errors:
                misses.append(
                    f"{relation['type']}: {relation['source']['text']} → {relation['target']['text']}"
                    f" ('{relation['trigger']['text']}')"
                )
    report = Report("re3d")
    scored = ("Organisation", "Location", "Nationality")
    total = sum(counts[t][2] for t in scored)
    report.metrics = {
        "documents": len(rows),
        "mention_precision_overlap": ours_overlap / ours_total if ours_total else 0.0,
        "mention_precision_exact": ours_exact / ours_total if ours_total else 0.0,
        "entity_recall_overlap": sum(counts[t][1] for t in scored) / total if total else 0.0,
        "entity_recall_exact": sum(counts[t][0] for t in scored) / total if total else 0.0,
    }
    for t in ENTITY_TYPES:
        _exact, overlap, n = counts[t]
        report.metrics[f"recall_{t.lower()}_overlap"] = overlap / n if n else 0.0
    n_found = sum(v[0] for v in rel_found.values())
    n_rel = sum(v[1] for v in rel_found.values())
    report.metrics["relation_pair_recall"] = n_found / n_rel if n_rel else 0.0
    report.details["relation pairs found"] = {k: f"{v[0]}/{v[1]}" for k, v in rel_found.items()}
    report.misses = misses
    classes: Counter[str] = Counter()
    for (_, text), n in missed.items():
        classes[miss_class(text)] += n
    report.details["scored entities missed, by class"] = dict(classes.most_common())
    if show_errors and list_entities:
        report.details["entities missed (most frequent first)"] = [
            f"{n}x {kind} '{text}' ({miss_class(text)})"
            for (kind, text), n in missed.most_common(show_errors)
        ]
    return report
