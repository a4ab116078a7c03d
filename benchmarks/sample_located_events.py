"""Draw located events from real text for judging places by hand (issue 14's false place rate).

Runs the pipeline on the dev halves of re3d and of the PLOVER gold sentences (TEAM.md's md5
split) and on the seed articles (re3d and the seeds alone hold too few located events), keeps
the events that have a location, one per (document, sentence, place), and draws ``--n`` of
them with a seeded generator. Each line printed is a JSON object with the document, the
sentence, the trigger, the place Tacitus gave and the location's reason words, for a person
to judge. No text is written to the repository: the judgements
(benchmarks/results/located_events.md) refer to rows by document id and character offsets.

    .venv/bin/python benchmarks/sample_located_events.py --n 100 --seed 14 > sample.jsonl
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path
from typing import Any

from tacitus import Document, Pipeline

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def dev_half(doc_id: str) -> bool:
    return int(hashlib.md5(doc_id.encode()).hexdigest(), 16) % 2 == 0


def documents(shared: Path) -> list[Document]:
    docs = []
    with open(shared / "eval/re3d/re3d.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if dev_half(str(row["id"])):
                docs.append(Document(str(row["id"]), row["text"]))
    with open(shared / "corpus/seeds.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            docs.append(Document(str(row["id"]), row["text"], title=row.get("title")))
    with open(shared / "eval/plover_gsr/plover_gsr.jsonl", encoding="utf-8") as handle:
        for line in handle:  # news sentences of the CAMEO manual: the dev half only
            row = json.loads(line)
            if dev_half(str(row["id"])):
                docs.append(Document(f"gsr-{row['id']}", row["text"]))
    return docs


def located(pipeline: Pipeline, docs: list[Document]) -> list[dict[str, Any]]:
    rows: dict[tuple[str, int, str], dict[str, Any]] = {}
    for result in pipeline.run(docs):
        if isinstance(result, Exception) or not hasattr(result, "events"):
            continue
        for event in result.events:
            place = event.location
            if not place:
                continue
            key = (event.doc_id, event.sentence_id, str(place["name"]))
            rows.setdefault(
                key,
                {
                    "doc_id": event.doc_id,
                    "sentence_id": event.sentence_id,
                    "trigger": [event.trigger.start, event.trigger.end, event.trigger.text],
                    "event_type": event.event_type,
                    "place": {k: place[k] for k in ("name", "country", "admin1", "precision")},
                    "sentence": event.sentence,
                },
            )
    return sorted(rows.values(), key=lambda r: (r["doc_id"], r["sentence_id"], r["place"]["name"]))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--n", type=int, default=100)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--shared", type=Path, default=SHARED)
    args = parser.parse_args(argv)
    if not (args.shared / "eval/re3d/re3d.jsonl").is_file():
        print(f"no re3d data under {args.shared}", file=sys.stderr)
        return 2
    rows = located(Pipeline(), documents(args.shared))
    random.Random(args.seed).shuffle(rows)
    print(f"{len(rows)} located (document, sentence, place) rows", file=sys.stderr)
    for row in rows[: args.n]:
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
