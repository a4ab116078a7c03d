"""People, offices and coreference: accuracy with and without them, and their cost, in one run.

    .venv/bin/python benchmarks/bench_people.py [--shared ../shared]

"without" is Tacitus as it was before the people resolver (commit e54cd1c): no people
dictionary lookups (``resolver.people = None``) and the earlier pronoun rule (nearest earlier
actor: a PERSON entity for he/she, any other named actor for it/they), restored here for the
measurement. "with" is the current pipeline. Both run in the same process on the same tree,
so the difference is the people work alone. Reported: ``tacitus eval`` on plover_gsr (source
and target countries), re3d (person recall), the seeds, and tests/data/people_gold.jsonl;
and the CPU time of actor resolution on the re3d documents with and without the people
resolver (the parse is done once, outside the timing).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from spacy.tokens import Token

from tacitus import Pipeline
from tacitus.evaluate import run_eval
from tacitus.events import arguments

ROOT = Path(__file__).resolve().parents[1]
METRICS = {
    "plover_gsr": ("source_country_accuracy", "target_country_accuracy", "type_accuracy"),
    "re3d": ("recall_person_overlap", "entity_recall_overlap", "mention_precision_overlap"),
    "seeds": ("found",),
    "people": (
        "person_country_accuracy",
        "person_id_accuracy",
        "coreference_accuracy",
        "pronoun_accuracy",
        "description_accuracy",
    ),
}
PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
OTHER_PRONOUNS = frozenset({"it", "its", "they", "them", "their"})


def earlier_pronoun_rule(self: arguments.Arguments, token: Token) -> arguments.Found:
    """The pronoun rule Tacitus had before coref.py (kept for this comparison only)."""
    lower = token.lower_
    window_start = max(0, token.sent.start - 120)
    for i in sorted(self.hits, reverse=True):
        if i >= token.i:
            continue
        if i < window_start:
            break
        for hit in self.hits[i]:
            if hit.locative or not hit.named:
                continue
            is_person = token.doc[hit.anchor].ent_type_ == "PERSON"
            if (lower in PERSON_PRONOUNS) != is_person:
                continue
            if lower not in PERSON_PRONOUNS | OTHER_PRONOUNS:
                return arguments.Found([], "")
            return arguments.Found([hit], f"pronoun '{token.text}' (nearest earlier actor)")
    return arguments.Found([], "")


def measure(with_people: bool, sets: dict[str, Path]) -> dict[str, dict[str, Any]]:
    pipeline = Pipeline()
    current = arguments.Arguments._pronoun
    if not with_people:
        pipeline.analyzer.resolver.people = None
        arguments.Arguments._pronoun = earlier_pronoun_rule  # type: ignore[method-assign]
    try:
        results = {}
        for name, path in sets.items():
            report = run_eval(name, path, pipeline)
            results[name] = {m: report.metrics[m] for m in METRICS[name]}
            if "by split" in report.details:
                results[name]["by split"] = report.details["by split"]
        return results
    finally:
        arguments.Arguments._pronoun = current  # type: ignore[method-assign]


def resolution_cost(re3d: Path) -> tuple[float, float, int]:
    analyzer = Pipeline().analyzer
    docs = [analyzer.nlp(json.loads(line)["text"]) for line in re3d.open(encoding="utf-8")]
    people = analyzer.resolver.people
    times = []
    for resolver_people in (None, people):
        analyzer.resolver.people = resolver_people
        start = time.process_time()
        for doc in docs:
            analyzer.resolver.resolve(doc, "2016-01-01")
        times.append(time.process_time() - start)
    return times[0], times[1], sum(len(d) for d in docs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    sets = {
        "plover_gsr": args.shared / "eval/plover_gsr/plover_gsr.jsonl",
        "re3d": args.shared / "eval/re3d/re3d.jsonl",
        "seeds": args.shared / "corpus/seeds.jsonl",
        "people": ROOT / "tests/data/people_gold.jsonl",
    }
    sets = {k: v for k, v in sets.items() if v.is_file()}
    before, after = measure(False, sets), measure(True, sets)
    for name in sets:
        print(name)
        for metric in METRICS[name]:
            print(f"  {metric:28} {before[name][metric]:>8.3f} → {after[name][metric]:.3f}")
        if "by split" in after[name]:
            for split, line in after[name]["by split"].items():
                print(f"  {split}: before {before[name]['by split'][split]}; after {line}")
    if "re3d" in sets:
        without, with_, tokens = resolution_cost(sets["re3d"])
        print(
            f"actor resolution on re3d ({tokens} tokens): {without:.2f}s without people, "
            f"{with_:.2f}s with (+{(with_ - without) * 1000 / tokens * 1000:.1f} ms per 1k tokens)"
        )


if __name__ == "__main__":
    main()
