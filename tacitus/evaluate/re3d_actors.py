"""Actor resolution on real text: the re3d actor gold (``tacitus eval re3d_actors``).

The gold (``benchmarks/gold/re3d_actors.jsonl``, written by the project) refers to mentions in
the re3d documents by document id and character offsets only: ``{id, doc_id, half, start,
end, sha1, gold}``, ``sha1`` the first 12 hex digits of the SHA-1 of the mention's text, to
catch a changed text file. ``gold`` is ``{actor: false, kind}`` for a span that is no actor
(a place, a building), else ``{actor: true, kind, name, actor_id, country, sector, role?}``
(conventions: ``benchmarks/gold/README.md``). The texts come from the user's copy of re3d
(``--texts``), never from the gold file.

Each referenced document runs through the pipeline; the actor Tacitus resolved at a gold
mention is the actor mention overlapping its span most (ties: the one with the fewest
characters outside the span). Scores over the gold actors (a mention with no actor found
counts as wrong everywhere):

- ``found``: an actor overlaps the mention;
- ``country_accuracy``: its country equals the gold's (PLOVER's non-state codes IGO, IMG,
  NGO, ... count as no country);
- ``identity_accuracy``: the same ``actor_id``; where Tacitus gives no id, the same name
  (case, accents, punctuation, a leading "the" and middle initials aside) as the gold's
  named actor; where the gold has no id, no id either;
- ``sector_accuracy``: the same sector (both null included);
- ``false_actor_rate``: gold non-actors resolved as actors.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..errors import DataError
from ..pipeline import Pipeline
from ..records import Actor, ActorMention
from .gold import Report, analyse_rows
from .split import HALVES, half_of, in_half

NON_STATE = frozenset({"IGO", "IMG", "NGO", "UNO", "EUR", "ISM", "MNC"})
CHECKS = ("found", "country", "identity", "sector")
CONTEXT = 70


def sha1_12(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def state_code(code: str | None) -> str | None:
    """A country code as the gold writes it: PLOVER's non-state codes are no country."""
    return None if code is None or code in NON_STATE else code


def norm_name(name: str | None) -> str:
    """A name compared loosely: no case, accents, punctuation, leading "the" or initials."""
    text = unicodedata.normalize("NFKD", name or "").encode("ascii", "ignore").decode()
    words = re.sub(r"[^\w\s-]", "", text.lower()).replace("-", " ").split()
    if words[:1] == ["the"]:
        words = words[1:]
    return " ".join(w for w in words if len(w) > 1 or len(words) == 1)


def match(mentions: list[ActorMention], start: int, end: int) -> ActorMention | None:
    """The actor mention overlapping ``start:end`` most; ties: the fewest characters outside."""
    best: tuple[int, int] | None = None
    chosen = None
    for mention in mentions:
        overlap = min(end, mention.end) - max(start, mention.start)
        if overlap <= 0:
            continue
        key = (overlap, -((mention.end - mention.start) - overlap))
        if best is None or key > best:
            best, chosen = key, mention
    return chosen


def same_identity(gold: dict[str, Any], actor: Actor) -> bool:
    if gold.get("actor_id") is None:
        return actor.actor_id is None
    if actor.actor_id is not None:
        return bool(actor.actor_id == gold["actor_id"])
    return bool(actor.name) and norm_name(actor.name) == norm_name(gold.get("name"))


def judge(gold: dict[str, Any], actor: Actor | None) -> dict[str, bool]:
    """Which checks a gold actor passes with the actor found there (none: all fail)."""
    if actor is None:
        return dict.fromkeys(CHECKS, False)
    return {
        "found": True,
        "country": state_code(actor.country) == gold.get("country"),
        "identity": same_identity(gold, actor),
        "sector": actor.sector == gold.get("sector"),
    }


@dataclass
class Tally:
    counts: Counter[str] = field(default_factory=Counter)

    def add(self, gold: dict[str, Any], checks: dict[str, bool]) -> None:
        if gold["actor"]:
            self.counts["mentions"] += 1
            self.counts.update(name for name, ok in checks.items() if ok)
        else:
            self.counts["non_actors"] += 1
            self.counts["false_actors"] += checks["found"]

    def metrics(self, prefix: str = "") -> dict[str, float | int]:
        c, n = self.counts, self.counts["mentions"] or 1
        return {
            f"{prefix}mentions": c["mentions"],
            f"{prefix}found": c["found"] / n,
            f"{prefix}country_accuracy": c["country"] / n,
            f"{prefix}identity_accuracy": c["identity"] / n,
            f"{prefix}sector_accuracy": c["sector"] / n,
            f"{prefix}non_actors": c["non_actors"],
            f"{prefix}false_actor_rate": c["false_actors"] / (c["non_actors"] or 1),
        }

    def line(self) -> str:
        c, n = self.counts, self.counts["mentions"]
        return ", ".join(f"{name} {c[name]}/{n}" for name in CHECKS)


def select(
    rows: list[dict[str, Any]], texts: list[dict[str, Any]], half: str
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """The gold rows of ``half`` and the text rows they refer to, checked against the texts."""
    by_id = {str(t["id"]): t for t in texts}
    chosen = []
    for row in rows:
        missing = [k for k in ("id", "doc_id", "start", "end", "sha1", "gold") if k not in row]
        if missing or "actor" not in row.get("gold", {}):
            raise DataError(f"re3d actor gold {row.get('id', '?')}: missing {missing or 'actor'}")
        doc_id = str(row["doc_id"])
        if row.get("half", half_of(doc_id)) != half_of(doc_id):
            raise DataError(
                f"re3d actor gold {row['id']}: {doc_id} is in the {half_of(doc_id)} half"
            )
        if not in_half(doc_id, half):
            continue
        if doc_id not in by_id:
            raise DataError(f"re3d actor gold {row['id']}: document {doc_id} is not in the texts")
        if sha1_12(by_id[doc_id]["text"][row["start"] : row["end"]]) != row["sha1"]:
            raise DataError(
                f"re3d actor gold {row['id']}: the text at {row['start']}-{row['end']} of "
                f"{doc_id} does not match the gold's sha1 (a different re3d file?)"
            )
        chosen.append(row)
    docs = {d: by_id[d] for d in sorted({str(r["doc_id"]) for r in chosen})}
    return chosen, docs


def _shown(name: str | None, actor_id: str | None, country: str | None, sector: Any) -> str:
    return f"{name or '-'} ({actor_id or 'no id'}, {country or '-'}, {sector or '-'})"


def describe(row: dict[str, Any], actor: Actor | None, checks: dict[str, bool], text: str) -> str:
    """One error line: what is wrong, what Tacitus gave, what the gold says, the context."""
    gold = row["gold"]
    start, end = row["start"], row["end"]
    left = text[max(0, start - CONTEXT) : start]
    right = text[end : end + CONTEXT]
    context = " ".join(f"…{left}[{text[start:end]}]{right}…".split())
    if gold["actor"]:
        wrong = ", ".join(n for n in CHECKS if not checks[n]) if checks["found"] else "missing"
        expected = _shown(
            gold.get("name"), gold.get("actor_id"), gold.get("country"), gold.get("sector")
        )
    else:
        wrong, expected = "false actor", f"not an actor ({gold.get('kind')})"
    got = "nothing"
    if actor is not None:
        got = _shown(actor.name or actor.text, actor.actor_id, actor.country, actor.sector)
        got += f" [{actor.reason[:100]}]"
    return f"{row['id']} {row['doc_id'][:8]}:{start}-{end} {wrong}: got {got}; gold {expected}; {context}"


def evaluate_re3d_actors(
    rows: list[dict[str, Any]],
    pipeline: Pipeline,
    show_errors: int,
    texts: list[dict[str, Any]],
    half: str = "dev",
) -> Report:
    """Scores for the gold rows of ``half`` ("dev", "test" or "all": each half and both).
    Errors are listed for the dev half only, unless ``half`` is "test"."""
    chosen, docs = select(rows, texts, half)
    by_doc: dict[str, list[dict[str, Any]]] = {}
    for row in chosen:
        by_doc.setdefault(str(row["doc_id"]), []).append(row)
    total, halves = Tally(), {h: Tally() for h in HALVES}
    kinds: dict[str, Tally] = {}
    misses: list[tuple[str, str]] = []
    listed = "test" if half == "test" else "dev"
    for text_row, result in analyse_rows(pipeline, list(docs.values())):
        for row in by_doc[str(text_row["id"])]:
            found = match(result.mentions, row["start"], row["end"])
            actor = found.actor if found else None
            checks = judge(row["gold"], actor) if row["gold"]["actor"] else {"found": bool(found)}
            row_half = half_of(str(row["doc_id"]))
            for tally in (total, halves[row_half]):
                tally.add(row["gold"], checks)
            if row["gold"]["actor"]:
                kinds.setdefault(str(row["gold"].get("kind")), Tally()).add(row["gold"], checks)
            bad = not all(checks.values()) if row["gold"]["actor"] else checks["found"]
            if bad and row_half == listed:
                misses.append((row["id"], describe(row, actor, checks, text_row["text"])))
    report = Report(f"re3d_actors ({half})")
    report.metrics = total.metrics()
    if half == "all":
        for name in HALVES:
            report.metrics.update(halves[name].metrics(f"{name}."))
    report.details["by kind"] = {k: kinds[k].line() for k in sorted(kinds)}
    report.misses = [line for _, line in sorted(misses)[:show_errors]]
    if show_errors and half == "all":
        report.details["errors"] = ["dev half only (test-half errors need --half test)"]
    return report
