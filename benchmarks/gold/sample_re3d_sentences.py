"""Draw the sentences of the re3d event gold set (reproducible, seeded).

    .venv/bin/python benchmarks/gold/sample_re3d_sentences.py [--texts ../shared/eval/re3d/re3d.jsonl]
        [--per-half 170] [--cap 8] [--seed 13] [--check benchmarks/gold/re3d_events.jsonl]

Sentences are Tacitus' own (``load_model`` and ``doc.sents``: the parse only, no actors or
events), trimmed of surrounding white space, with character offsets into the document's
``text``. Fragments of fewer than 5 words (headings, bylines, datelines) are skipped. The
documents are split in halves by the md5 of their id (TEAM.md: even → dev, odd → test). In each
half the eligible sentences are shuffled with a seeded generator and taken in that order, at
most ``--cap`` per document, until ``--per-half`` are drawn: a uniform draw over sentences, with
a cap so that a few long reports do not dominate.

Without ``--check`` the draw is written to stdout as the skeleton of the gold file, one
``{id, doc_id, half, start, end, sha1}`` per line (``sha1``: the first 12 hex digits of the SHA-1
of the sentence text, to detect drift). No re3d text is written. With ``--check GOLD`` the gold
file's sentences are compared with a fresh draw (ids, offsets, hashes) and the differences
listed; the exit code is 1 when they differ.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from tacitus.evaluate.re3d_events import half_of, text_hash
from tacitus.nlp import load_model

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_TEXTS = ROOT.parent / "shared" / "eval" / "re3d" / "re3d.jsonl"
MIN_WORDS = 5


def sentences(nlp: Any, doc_id: str, text: str) -> list[dict[str, Any]]:
    """The eligible sentences of one document, trimmed, with offsets into ``text``."""
    found = []
    for sent in nlp(text).sents:
        words = [t for t in sent if not (t.is_punct or t.is_space)]
        if len(words) < MIN_WORDS:
            continue
        raw = sent.text
        start = sent.start_char + (len(raw) - len(raw.lstrip()))
        end = sent.start_char + len(raw.rstrip())
        found.append(
            {"doc_id": doc_id, "half": half_of(doc_id), "start": start, "end": end,
             "sha1": text_hash(text[start:end])}
        )  # fmt: skip
    return found


def draw(pool: list[dict[str, Any]], size: int, cap: int, seed: int) -> list[dict[str, Any]]:
    order = sorted(pool, key=lambda s: (s["doc_id"], s["start"]))
    random.Random(seed).shuffle(order)
    taken: list[dict[str, Any]] = []
    per_doc: Counter[str] = Counter()
    for sent in order:
        if len(taken) == size:
            break
        if per_doc[sent["doc_id"]] < cap:
            per_doc[sent["doc_id"]] += 1
            taken.append(sent)
    return sorted(taken, key=lambda s: (s["doc_id"], s["start"]))


def sample(texts: Path, per_half: int, cap: int, seed: int) -> list[dict[str, Any]]:
    nlp = load_model()
    pools: dict[str, list[dict[str, Any]]] = {"dev": [], "test": []}
    with texts.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                doc_id = str(row["id"])
                pools[half_of(doc_id)].extend(sentences(nlp, doc_id, row["text"]))
    rows = []
    for half in ("dev", "test"):
        for n, sent in enumerate(draw(pools[half], per_half, cap, seed), 1):
            rows.append({"id": f"{half}-{n:03d}", **sent})
    return rows


def check(gold: Path, drawn: list[dict[str, Any]]) -> list[str]:
    keys = ("id", "doc_id", "half", "start", "end", "sha1")
    want = {r["id"]: tuple(r[k] for k in keys) for r in drawn}
    have = {}
    with gold.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                row = json.loads(line)
                have[row["id"]] = tuple(row.get(k) for k in keys)
    problems = [f"missing from the gold: {i}" for i in sorted(set(want) - set(have))]
    problems += [f"not in the draw: {i}" for i in sorted(set(have) - set(want))]
    problems += [
        f"differs: {i}: gold {have[i]} draw {want[i]}"
        for i in sorted(set(want) & set(have))
        if have[i] != want[i]
    ]
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--texts", type=Path, default=DEFAULT_TEXTS)
    parser.add_argument("--per-half", type=int, default=170)
    parser.add_argument("--cap", type=int, default=8)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--check", type=Path, help="compare a gold file with the draw")
    args = parser.parse_args()
    if not args.texts.is_file():
        print(
            f"error: {args.texts} is absent (the re3d conversion in ../shared/eval)",
            file=sys.stderr,
        )
        return 2
    drawn = sample(args.texts, args.per_half, args.cap, args.seed)
    if args.check:
        problems = check(args.check, drawn)
        for problem in problems:
            print(problem)
        print(f"{len(drawn)} sentences drawn, {len(problems)} differences")
        return 1 if problems else 0
    for row in drawn:
        print(json.dumps(row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
