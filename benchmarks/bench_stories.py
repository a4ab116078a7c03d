"""Story grouping: quality on the labelled set, cost per new document as the store grows, and
the outlet comparison on the seed articles.

    .venv/bin/python benchmarks/bench_stories.py quality
    .venv/bin/python benchmarks/bench_stories.py cost [--sizes 1000 10000 100000]
    .venv/bin/python benchmarks/bench_stories.py seeds [--seeds ../shared/corpus/seeds.jsonl]
    .venv/bin/python benchmarks/bench_stories.py wire
    .venv/bin/python benchmarks/bench_stories.py decisions [--decision OTHER.json ...]

``quality``: pairwise and BCubed precision/recall/F1 on both halves of
tests/data/stories_gold.jsonl (the sample corpus's 5 stories, short written documents in 12
more, 130 news-like articles in 53 more, with near-duplicates, wire copy and same-actor traps; the
decision was fitted on the tune half, ``benchmarks/train_stories.py``) and on the newsroom
sample corpus (written by others, never used to fit), averaged over 10 seeded arrival orders,
dated and with every date removed, with the pipeline's actors and events and without them. ``cost`` (CPU time of this process: the machine is shared, wall time is
noise): generated news-like texts (Zipf background vocabulary, a topic
vocabulary per story, 5% syndicated copies with one sentence changed) placed through the
store as ingest does it (``update_stories`` after each committed batch), with the per-document
cost of a batch of 100 new documents measured when the store holds 1k, 10k and 100k documents,
and the one-off cost of loading the index when a process opens a store. ``seeds``: the seed
articles ingested with the full pipeline; prints their stories, the merged events and the
outlet comparison (third-party text: printed, never written to the repository). ``wire``:
agency copy told by its marks against the labelled copies of both halves and of the newsroom
corpus.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

from tacitus import Pipeline, open_store
from tacitus.cli.stories import write_comparison
from tacitus.ingest import ingest
from tacitus.output import write_table
from tacitus.records import Document, DocumentResult
from tacitus.stories import (
    compare,
    list_stories,
    merged_events,
    outlet_profiles,
    update_stories,
)
from tacitus.stories.decision import Model, default_model, load_model
from tacitus.stories.gold import analysed, arrival, load_gold, load_newsroom, run, score
from tacitus.stories.index import Incoming, StoryIndex
from tacitus.stories.profiles import PROFILE_COLUMNS
from tacitus.stories.wire import agency_copy, canonical

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "data" / "stories_gold.jsonl"
# the rule of before the learned decision: join when the words' cosine reaches 0.23
WORDS_ONLY = Model({m: [-230.0, 1000.0, 0.0, 0.0, 0.0, 0.0] for m in ("full", "text")},
                   {"full": 0.5, "text": 0.5})  # fmt: skip


# -- quality -----------------------------------------------------------------------------------


def quality(orders: int = 10, cache: Path | None = None) -> None:
    """Both halves of the labelled set and the newsroom corpus, with the pipeline's actors and
    events (full) and without them (words: documents stored without analysis)."""
    print("| set | terms | dates | pairwise P | R | F1 | BCubed P | R | F1 | min F1 | "
          "stories (gold) | near-dups found / wrong |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    pipeline = Pipeline()
    sets = {"tune": load_gold(GOLD, "tune"), "test": load_gold(GOLD, "test"),
            "newsroom": load_newsroom()}  # fmt: skip
    for name, gold in sets.items():
        full = analysed(gold, pipeline)
        for terms, docs in (("full", full), ("words", gold)):
            for dated in (True, False):
                row(name, terms, docs, dated, orders)
    for name, gold in sets.items():
        print(f"\n{name}: {len(gold)} documents, {len({g.story for g in gold})} stories, "
              f"{len({g.family for g in gold})} families, "
              f"{sum(1 for g in gold if g.duplicate_of)} near-duplicates; {orders} arrival orders")  # fmt: skip


def decisions(paths: list[Path], orders: int = 10) -> None:
    """The words-only rule of before, the shipped decision and each decision file in
    ``paths`` on both halves and the newsroom corpus (dated, the pipeline's terms; one
    analysis for all): pairwise and BCubed P/R/F1 over ``orders`` arrival orders."""
    models: dict[str, Model] = {"words-only (cosine 0.23)": WORDS_ONLY,
                                "shipped": default_model()}  # fmt: skip
    models.update({str(p): load_model(p) for p in paths})
    print("| set | decision | pairwise P | R | F1 | BCubed P | R | F1 |")
    print("|---|---|---|---|---|---|---|---|")
    pipeline = Pipeline()
    sets = {"tune": load_gold(GOLD, "tune"), "test": load_gold(GOLD, "test"),
            "newsroom": load_newsroom()}  # fmt: skip
    for name, gold in sets.items():
        full = analysed(gold, pipeline)
        for label, model in models.items():
            scores = []
            for seed in range(1, orders + 1):
                index = StoryIndex(None, model)
                placed = {}
                for g in arrival(full, seed):
                    p = index.place(g.doc)
                    placed[g.doc.doc_id] = (p.story_id, p.duplicate_of)
                scores.append(score(full, placed))
            keys = ("precision", "recall", "f1", "bcubed_precision", "bcubed_recall", "bcubed_f1")
            mean = [sum(getattr(s, k) for s in scores) / len(scores) for k in keys]
            print(f"| {name} | {label} | " + " | ".join(f"{v:.3f}" for v in mean) + " |")


def row(name: str, terms: str, gold: list[Any], dated: bool, orders: int) -> None:
    scores = [score(gold, run(arrival(gold, s, dated))) for s in range(1, orders + 1)]
    keys = ("precision", "recall", "f1", "bcubed_precision", "bcubed_recall", "bcubed_f1",
            "stories", "duplicates_found", "duplicates_wrong")  # fmt: skip
    mean = {k: sum(getattr(s, k) for s in scores) / len(scores) for k in keys}
    print(f"| {name} | {terms} | {'dated' if dated else 'undated'} | "
          f"{mean['precision']:.3f} | {mean['recall']:.3f} | {mean['f1']:.3f} | "
          f"{mean['bcubed_precision']:.3f} | {mean['bcubed_recall']:.3f} | {mean['bcubed_f1']:.3f} | "
          f"{min(s.f1 for s in scores):.3f} | {mean['stories']:.1f} ({scores[0].gold_stories}) | "
          f"{mean['duplicates_found']:.1f}/{scores[0].duplicates_gold} / {mean['duplicates_wrong']:.1f} |")  # fmt: skip


# -- generated corpus ---------------------------------------------------------------------------


class Generator:
    """News-like documents in stories: dated over three years, ~250 words each."""

    def __init__(self, seed: int = 1, vocabulary: int = 30_000) -> None:
        self.rng = np.random.default_rng(seed)
        letters = np.array(list("abcdefghijklmnoprstuvwz"))
        words = {"".join(self.rng.choice(letters, size=self.rng.integers(4, 10)))
                 for _ in range(vocabulary * 2)}  # fmt: skip
        self.words = np.array(sorted(words)[:vocabulary])
        ranks = np.arange(1, len(self.words) + 1)
        self.p = (1.0 / ranks) / np.sum(1.0 / ranks)  # Zipf background
        self.docs: list[tuple[Document, int]] = []
        self.story = -1
        self.left = 0

    def _text(self, topic: np.ndarray) -> str:
        background = self.rng.choice(self.words, size=190, p=self.p)
        own = self.rng.choice(topic, size=60)
        mixed = np.concatenate([background, own])
        self.rng.shuffle(mixed)
        sentences = [" ".join(mixed[i : i + 14]).capitalize() + "." for i in range(0, 250, 14)]
        return " ".join(sentences)

    def next(self, i: int) -> tuple[Document, int]:
        if self.docs and self.rng.random() < 0.05:  # a syndicated copy of a recent document
            original, label = self.docs[-int(self.rng.integers(1, min(50, len(self.docs)) + 1))]
            parts = original.text.split(". ")
            parts[int(self.rng.integers(0, len(parts)))] = "Editors changed this sentence"
            doc = Document(f"d{i}", ". ".join(parts), original.title, None, original.published,
                           f"outlet {int(self.rng.integers(0, 40))}")  # fmt: skip
        else:
            if self.left == 0:
                self.story += 1
                self.left = int(self.rng.geometric(0.2))
                self.topic = self.rng.choice(self.words[500:], size=25)
                self.day = int(self.rng.integers(0, 3 * 365))
            self.left -= 1
            label = self.story
            day = self.day + int(self.rng.integers(0, 3))
            published = (np.datetime64("2023-01-01") + np.timedelta64(day, "D")).astype(str)
            title = " ".join(self.rng.choice(self.topic, size=6)).capitalize()
            doc = Document(f"d{i}", self._text(self.topic), title, None, published,
                           f"outlet {int(self.rng.integers(0, 40))}")  # fmt: skip
        self.docs.append((doc, label))
        if len(self.docs) > 200:
            self.docs = self.docs[-100:]
        return doc, label


def pairwise(labels: list[int], stories: list[str]) -> tuple[float, float]:
    """Pairwise precision and recall from the contingency table (no pair loop)."""

    def pairs(counts: dict[Any, int]) -> int:
        return sum(n * (n - 1) // 2 for n in counts.values())

    joint: dict[tuple[int, str], int] = {}
    gold: dict[int, int] = {}
    pred: dict[str, int] = {}
    for label, story in zip(labels, stories, strict=True):
        joint[(label, story)] = joint.get((label, story), 0) + 1
        gold[label] = gold.get(label, 0) + 1
        pred[story] = pred.get(story, 0) + 1
    both = pairs(joint)
    return both / max(pairs(pred), 1), both / max(pairs(gold), 1)


def cost(sizes: list[int], batch: int = 100) -> None:
    gen = Generator()
    labels: list[int] = []
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.duckdb"
        placed = 0
        store = open_store(path)
        started = time.process_time()
        for size in sizes:
            while placed < size:  # fill the store as ingest does, 1,000 documents a batch
                step = min(1000, size - placed)
                docs = [gen.next(placed + k) for k in range(step)]
                labels.extend(label for _, label in docs)
                store.write([DocumentResult(d) for d, _ in docs])
                update_stories(store)
                placed += step
            fill = time.process_time() - started
            store.close()
            t0 = time.process_time()
            store = open_store(path)
            update_stories(store)  # loads the index: the one-off cost of a new process
            load = time.process_time() - t0
            docs = [gen.next(placed + k) for k in range(batch)]
            labels.extend(label for _, label in docs)
            store.write([DocumentResult(d) for d, _ in docs])
            t0 = time.process_time()
            counts = update_stories(store)
            per_doc = (time.process_time() - t0) / batch
            placed += batch
            assert counts.documents == batch
            index = StoryIndex()
            t0 = time.process_time()
            for d, _ in docs:
                index.place(Incoming(d.doc_id, d.text, d.title, d.published))
            bare = (time.process_time() - t0) / batch
            stories = [sid for (sid,) in store.connection.execute(
                "SELECT m.story_id FROM story_members m JOIN documents d USING (doc_id) "
                "ORDER BY d.seq").fetchall()]  # fmt: skip
            precision, recall = pairwise(labels, stories)
            n_stories = store.connection.execute("SELECT count(*) FROM stories").fetchone()
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            rows.append((size, per_doc * 1000, bare * 1000, load, fill, n_stories[0] if n_stories else 0,
                         precision, recall, rss))  # fmt: skip
            print(f"  {size}: {per_doc * 1000:.2f} ms/doc, load {load:.2f}s, fill {fill:.0f}s",
                  file=sys.stderr)  # fmt: skip
        store.close()
    print(
        "| documents in the store | per new document (batch of 100, with the store writes) | "
        "index alone (fresh, small) | loading the index (new process) | stories | "
        "pairwise P / R on the generated labels | peak memory |"
    )
    print("|---|---|---|---|---|---|---|")
    for size, per_doc, bare, load, _fill, n, p, r, rss in rows:
        print(f"| {size:,} | {per_doc:.2f} ms | {bare:.2f} ms | {load:.2f} s | {n:,} | "
              f"{p:.3f} / {r:.3f} | {rss:.0f} MiB |")  # fmt: skip


# -- seeds --------------------------------------------------------------------------------------


def seeds(path: Path) -> None:
    from tacitus import Pipeline
    from tacitus.inputs import read_inputs

    pipeline = Pipeline()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(Path(tmp) / "seeds.duckdb")
        items = list(read_inputs([str(path)], pipeline.options.max_chars))
        ingest(store, items, pipeline)
        found = list_stories(store)
        print("## Stories\n")
        for s in found:
            docs = [d for (d,) in store.connection.execute(
                "SELECT doc_id FROM story_members WHERE story_id = ? ORDER BY seq", [s["story_id"]]
            ).fetchall()]  # fmt: skip
            print(
                f"- {s['story_id']}: {', '.join(d[:3] for d in docs)} "
                f"({s['outlets']} outlets, {s['events']} merged events)"
            )
        print("\n## Merged events reported by two or more outlets\n")
        for e in merged_events(store):
            if e["num_sources"] >= 2:
                src = (e["source"] or {}).get("name") or "?"
                tgt = (e["target"] or {}).get("name") or "?"
                print(
                    f"- {src} → {e['event_type']} ({e['modality']}) → {tgt}: "
                    f"{e['num_mentions']} mentions, {e['num_sources']} outlets "
                    f"({', '.join(e['outlets'])})"
                )
        for s in found:
            if s["outlets"] > 1:
                print(f"\n## Comparison of story {s['story_id']}\n")
                write_comparison(compare(store, s["story_id"]), sys.stdout)
        print("\n## Outlet profiles\n")
        profiles = outlet_profiles(store)
        write_table(profiles, sys.stdout, PROFILE_COLUMNS)
        for p in profiles:
            examples = "; ".join(f"{e['kind']}: {e['text']}" for e in p["loaded_examples"][:3])
            print(
                f"- {p['outlet']}: tone {p['tone']}, loaded {p['loaded_per_1k']}/1k words"
                + (f" ({examples})" if examples else "")
            )
        store.close()


# -- agency copy ------------------------------------------------------------------------------


def wire() -> None:
    """Agency copy told by its marks against the labelled copies (``wire``) of both halves and
    the newsroom corpus; aggregates only."""
    print("| set | documents | labelled copies | marks: right agency | wrong agency | "
          "unlabelled marked | copies left to near-duplicates | missed |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|")
    sets = {"tune": load_gold(GOLD, "tune"), "test": load_gold(GOLD, "test"),
            "newsroom": load_newsroom()}  # fmt: skip
    for name, gold in sets.items():
        outlet = {g.doc.doc_id: g.doc.outlet for g in gold}
        right = wrong = false = copied = missed = 0
        for g in gold:
            found = agency_copy(g.doc.text, g.doc.outlet)
            label = canonical(g.wire) if g.wire else None
            if found is not None:
                right += found.agency == label
                wrong += label is not None and found.agency != label
                false += label is None
            elif label is not None:
                other = g.duplicate_of is not None and outlet.get(g.duplicate_of) != g.doc.outlet
                copied += other
                missed += not other
        labelled = sum(1 for g in gold if g.wire)
        print(f"| {name} | {len(gold)} | {labelled} | {right} | {wrong} | {false} | {copied} | "
              f"{missed} |")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("what", choices=["quality", "cost", "seeds", "wire", "decisions"])
    parser.add_argument("--decision", type=Path, nargs="*", default=[],
                        help="decisions: JSON files of other decisions to score")  # fmt: skip
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--seeds", type=Path, default=ROOT.parent / "shared/corpus/seeds.jsonl")
    args = parser.parse_args()
    if args.what == "quality":
        quality()
    elif args.what == "wire":
        wire()
    elif args.what == "decisions":
        decisions(args.decision)
    elif args.what == "cost":
        cost(sorted(args.sizes))
    else:
        seeds(args.seeds)


if __name__ == "__main__":
    main()
