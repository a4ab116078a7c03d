"""Draw the actor mentions of the re3d actor gold (benchmarks/gold/re3d_actors.jsonl).

    .venv/bin/python benchmarks/gold/sample_re3d_actors.py [--re3d ../shared/eval/re3d/re3d.jsonl]
        [--per-half 110] [--cap 6] [--seed 14] [--check benchmarks/gold/re3d_actors.jsonl]

Candidates are re3d's own gold entities (annotator confidence >= 0.5) of type Person,
Organisation and Nationality, and Location spans used as actors: a Location that is a side
of a gold interaction relation (FightingAgainst, CommWith, AlliesOf, Likes, Dislikes), or
whose head is a subject, a passive agent or a possessive in spaCy's parse ("Moscow said",
"Iraq's forces"). Spans with a pronoun ("his government", "they") and spans over twelve
tokens are left out; a span overlapping an already drawn one in the same document is skipped.

Each half of the split (TEAM.md: even md5 of the document id = "dev", odd = "test") is drawn
on its own: the candidates are shuffled with the seed and taken in that order, at most
``--cap`` per document, until ``--per-half`` are drawn, so that long reports do not dominate.

Output (stdout): one skeleton row per mention, ``{id, doc_id, half, start, end, sha1}``
(sha1: the first 12 hex digits of the mention text's SHA-1), with no re3d text: the gold is
annotated onto these rows by hand. ``--check GOLD`` instead compares a gold file with a fresh
draw and reports the rows that differ (exit 1), so the sample stays reproducible.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tacitus.evaluate.re3d_actors import sha1_12
from tacitus.evaluate.split import half_of
from tacitus.nlp import load_model

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_RE3D = ROOT.parent / "shared" / "eval" / "re3d" / "re3d.jsonl"
TYPES = ("Person", "Organisation", "Nationality")
ACTOR_RELATIONS = ("FightingAgainst", "CommWith", "AlliesOf", "Likes", "Dislikes")
ACTOR_DEPS = ("nsubj", "nsubjpass", "poss", "agent")
# fmt: off
PRONOUNS = frozenset({
    "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves", "you", "your",
    "yours", "yourself", "yourselves", "he", "him", "his", "himself", "she", "her", "hers",
    "herself", "it", "its", "itself", "they", "them", "their", "theirs", "themselves", "who",
    "whom", "whose", "which", "this", "that", "these", "those",
})
# fmt: on
MAX_TOKENS = 12


def _actor_locations(row: dict[str, Any], doc: Any) -> set[tuple[int, int]]:
    """Location spans used as actors: a side of an interaction relation, or a span whose
    head is a subject, passive agent or possessive."""
    sides = {
        (side["start"], side["end"])
        for rel in row["gold"]["relations"]
        if rel["type"] in ACTOR_RELATIONS
        for side in (rel["source"], rel["target"])
    }
    found = set()
    for ent in row["gold"]["entities"]:
        if ent["type"] != "Location":
            continue
        key = (ent["start"], ent["end"])
        span = doc.char_span(*key, alignment_mode="expand")
        head_dep = span.root.dep_ if span is not None and len(span) else ""
        if key in sides or head_dep in ACTOR_DEPS:
            found.add(key)
    return found


def _candidates(row: dict[str, Any], nlp: Any) -> list[tuple[int, int]]:
    doc = nlp(row["text"])
    locations = _actor_locations(row, doc)
    spans = []
    for ent in row["gold"]["entities"]:
        key = (ent["start"], ent["end"])
        if ent["type"] not in TYPES and key not in locations:
            continue
        span = doc.char_span(*key, alignment_mode="expand")
        if span is None or not 0 < len(span) <= MAX_TOKENS:
            continue
        if any(t.lower_ in PRONOUNS for t in span):
            continue
        spans.append(key)
    return sorted(set(spans))


def draw(rows: list[dict[str, Any]], per_half: int, cap: int, seed: int) -> list[dict[str, Any]]:
    nlp = load_model()
    pool: dict[str, list[tuple[str, int, int]]] = {"dev": [], "test": []}
    for row in sorted(rows, key=lambda r: str(r["id"])):
        doc_id = str(row["id"])
        pool[half_of(doc_id)] += [(doc_id, s, e) for s, e in _candidates(row, nlp)]
    texts = {str(r["id"]): r["text"] for r in rows}
    drawn: list[tuple[str, str, int, int]] = []
    for half in ("dev", "test"):
        order = pool[half][:]
        random.Random(f"{seed}:{half}").shuffle(order)
        per_doc: Counter[str] = Counter()
        taken: list[tuple[str, int, int]] = []
        for doc_id, start, end in order:
            if len(taken) == per_half:
                break
            if per_doc[doc_id] >= cap or any(
                d == doc_id and s < end and start < e for d, s, e in taken
            ):
                continue
            per_doc[doc_id] += 1
            taken.append((doc_id, start, end))
        drawn += [(half, d, s, e) for d, s, e in sorted(taken)]
    return [
        {
            "id": f"ra{n:03d}",
            "doc_id": doc_id,
            "half": half,
            "start": start,
            "end": end,
            "sha1": sha1_12(texts[doc_id][start:end]),
        }
        for n, (half, doc_id, start, end) in enumerate(drawn, 1)
    ]


def check(gold_path: Path, sample: list[dict[str, Any]]) -> int:
    keys = ("id", "doc_id", "half", "start", "end", "sha1")
    gold = [json.loads(line) for line in gold_path.read_text().splitlines() if line.strip()]
    want = {tuple(r[k] for k in keys) for r in sample}
    have = {tuple(r[k] for k in keys) for r in gold}
    for row in sorted(want - have):
        print(f"drawn, not in the gold: {row}")
    for row in sorted(have - want):
        print(f"in the gold, not drawn: {row}")
    print(f"{len(want & have)} rows agree, {len(want ^ have)} differ")
    return 1 if want != have else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--re3d", type=Path, default=DEFAULT_RE3D)
    parser.add_argument("--per-half", type=int, default=110)
    parser.add_argument("--cap", type=int, default=6)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--check", type=Path, help="compare this gold file with a fresh draw")
    args = parser.parse_args()
    if not args.re3d.is_file():
        print(
            f"error: {args.re3d} is absent (the re3d gold is not part of Tacitus)", file=sys.stderr
        )
        return 2
    rows = [json.loads(line) for line in args.re3d.read_text().splitlines() if line.strip()]
    sample = draw(rows, args.per_half, args.cap, args.seed)
    if args.check:
        return check(args.check, sample)
    for row in sample:
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
