"""Stories without a store: text features, MinHash, the incremental index, the gold set,
merging rules, tone and conflicts."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from tacitus import Pipeline
from tacitus.errors import ConfigError
from tacitus.stories import StoryOptions, minhash
from tacitus.stories.claims import attribution_conflicts, counts, number_conflicts
from tacitus.stories.compare import conflicts, label
from tacitus.stories.decision import Similarity, default_model
from tacitus.stories.features import entity_term, event_term
from tacitus.stories.gold import (
    analysed,
    arrival,
    bcubed,
    half,
    load_gold,
    load_newsroom,
    run,
    score,
)
from tacitus.stories.index import Incoming, StoryIndex
from tacitus.stories.merge import compatible, identity, merge, merge_key, period
from tacitus.stories.text import shingles, stem, terms, words
from tacitus.stories.tone import measure
from tacitus.stories.vocab import reporting

GOLD = Path(__file__).parent / "data" / "stories_gold.jsonl"

WIRE = (
    "Russia and the United States exchanged prisoners at Abu Dhabi airport on Friday in a deal "
    "brokered by the United Arab Emirates, officials from both countries said. An American "
    "teacher jailed in Moscow flew home in exchange for a Russian businessman convicted of "
    "money laundering in New York. The Emirati foreign ministry said its mediators had worked "
    "on the exchange for months."
)
REPRINT = WIRE.replace("worked on the exchange for months", "spent a year on the exchange")
OTHER = (
    "Floods after days of torrential rain killed at least forty people in Maiduguri in northern "
    "Nigeria after a dam on the Ngadda river burst, the national emergency agency said."
)


def test_terms_fold_plurals_and_drop_stop_words() -> None:
    assert stem("ceasefires") == "ceasefire"
    assert stem("countries") == "country"
    assert stem("talks") == "talk"
    assert stem("crisis") == "crisis"
    assert stem("Russia's".lower()) == "russia"
    assert terms("The ceasefire talks said on Sunday that the countries' 2 proposals") == [
        "ceasefire", "talk", "country", "proposal",
    ]  # fmt: skip
    assert words("Kyiv’s 3 drones") == ["kyiv's", "drones"]
    assert shingles(["a", "b"], k=4) == {"a b"}


FOOTERS = (
    "Copyright 2025 Northwind Press Agency. All rights reserved. This material may not be "
    "published without permission.",
    "Editor's note: This story has been updated with additional reporting.",
    "Sign up for the Courier Morning newsletter to get our top stories every day.",
    "Reporting by Ilse Varga; editing by Tom Brandt.",
)
STORIES = (  # one outlet's reports of two different stories, one day apart
    ("VELMORA (NPA) — The port authority of Velmora closed its grain terminal after a fire "
     "destroyed two warehouses overnight, and firefighters were still at the scene."),
    ("ORSK, Dravia (NPA) — Dravian farmers blocked the main highway with tractors to protest "
     "a cut in diesel subsidies, and the agriculture minister agreed to meet their union."),
)  # fmt: skip


@pytest.mark.parametrize("footer", FOOTERS)
def test_story_terms_leave_out_what_an_outlet_prints_around_every_story(footer: str) -> None:
    for byline in ("By ANNA REY Northwind Press Agency", "By Anna Rey, Northwind Press Agency"):
        text = f"{byline}\n\n{STORIES[0]}\n{footer}"
        kept = reporting(text)
        assert kept.startswith("VELMORA The port authority") and "firefighters" in kept
        assert not {"northwind", "npa", "anna", "rey"} & set(words(kept))
        assert footer.split()[0] not in kept
        # inside a paragraph too, after the story's own last sentence
        assert reporting(f"{STORIES[1]} {footer}").endswith("meet their union.")


def test_a_shared_footer_does_not_pull_one_outlets_stories_together() -> None:
    index = StoryIndex()
    footer = " ".join(FOOTERS[:3])
    placed = [
        index.place(Incoming(f"d{i}", f"{text}\n{footer}", None, f"2025-05-0{i + 1}", "Courier"))
        for i, text in enumerate(STORIES)
    ]
    assert placed[1].new_story, placed[1].reason
    assert "copyright" not in placed[1].reason and "npa" not in placed[1].reason


def test_minhash_estimates_jaccard_and_is_stable() -> None:
    a = minhash.signature(words(WIRE))
    b = minhash.signature(words(REPRINT))
    c = minhash.signature(words(OTHER))
    assert minhash.jaccard(a, a) == 1.0
    assert minhash.jaccard(a, b) >= 0.6
    assert minhash.jaccard(a, c) <= 0.1
    assert a.tolist() == minhash.signature(words(WIRE)).tolist()  # no salted hash
    assert minhash.empty(minhash.signature([]))


def test_buckets_find_shared_bands_before_and_after_merging() -> None:
    buckets = minhash.Buckets(merge_at=5)
    buckets.add([1, 2, 3], 0)
    buckets.add([3, 4], 1)  # five keys: merged into the sorted arrays
    buckets.add([4, 9], 2)
    assert len(buckets) == 7
    assert buckets.get([3]) == [0, 1]
    assert buckets.get([4]) == [1, 2]
    assert buckets.get([7]) == []


def test_a_near_duplicate_joins_its_original_and_is_marked() -> None:
    index = StoryIndex()
    first = index.place(Incoming("wire", WIRE, "Prisoner swap in Abu Dhabi"))
    copy = index.place(Incoming("copy", REPRINT, "UAE brokers swap"))
    other = index.place(Incoming("floods", OTHER, "Floods in Nigeria"))
    assert first.new_story and first.duplicate_of is None
    assert (copy.story_id, copy.duplicate_of, copy.new_story) == (first.story_id, "wire", False)
    assert other.new_story and other.story_id != first.story_id
    assert index.vocab.n_docs == 2  # the copy does not count again in document frequencies


def test_dated_documents_join_only_stories_within_the_window() -> None:
    s0, s1, s2 = (part + "." for part in WIRE.split(". "))  # pairs share a sentence: no copies
    index = StoryIndex()
    a = index.place(Incoming("a", f"{s0} {s1}", None, "2025-05-02"))
    b = index.place(Incoming("b", f"{s1} {s2}", None, "2025-05-04"))
    c = index.place(Incoming("c", f"{s2} {s0}", None, "2025-09-01"))
    assert (b.story_id, b.duplicate_of) == (a.story_id, None)
    assert c.new_story and c.duplicate_of is None
    story = index.by_story_id[a.story_id]
    assert (story.first, story.last, story.size) == (date(2025, 5, 2), date(2025, 5, 4), 2)
    undated = StoryIndex()  # the same documents undated: text alone decides
    placed = [undated.place(Incoming(p.doc_id, t)) for p, t in
              ((a, f"{s0} {s1}"), (b, f"{s1} {s2}"), (c, f"{s2} {s0}"))]  # fmt: skip
    assert len({p.story_id for p in placed}) == 1


def test_placing_a_document_again_takes_it_out_first() -> None:
    index = StoryIndex()
    a = index.place(Incoming("a", WIRE))
    again = index.place(Incoming("a", OTHER))
    assert again.new_story and again.story_id != a.story_id
    assert index.by_story_id[a.story_id].size == 0
    assert len(index.doc_number) == 1


def test_each_kind_of_term_has_its_own_similarity() -> None:
    """Words, headline words, actors and events are compared kind by kind; a story's
    actors and events make the comparison "full" only when the document has some too."""
    index = StoryIndex()
    rsf = ("@group:RSF", "@country:SDN", "@country:SDN")
    attack = ("!ASSAULT|group:RSF|country:SDN",)
    first = index.place(Incoming("a", WIRE, "Swap in Abu Dhabi", "2025-05-02", None, rsf, attack))
    story = index.by_story_id[first.story_id]
    vector = index._vector(Incoming("b", OTHER, "Abu Dhabi talks", "2025-05-05", None, rsf, attack))
    similarity = index.similarity(vector, index._weights(vector), story, date(2025, 5, 5))
    assert similarity.full and similarity.days == 3
    assert similarity.entities == pytest.approx(1.0) and similarity.events == pytest.approx(1.0)
    assert 0 < similarity.title < 1 and 0 < similarity.words < 0.3
    assert set(similarity.shared["entities"]) == {"@group:RSF", "@country:SDN"}
    bare = index._vector(Incoming("c", OTHER))
    assert not index.similarity(bare, index._weights(bare), story, None).full


def test_a_placement_says_why() -> None:
    s0, s1, s2 = (part + "." for part in WIRE.split(". "))  # they share a sentence: no copy
    index = StoryIndex()
    first = index.place(Incoming("a", f"{s0} {s1}", "Prisoner swap", "2025-05-02"))
    assert first.reason == "started a story: no earlier story shares its terms within 4 days"
    second = index.place(Incoming("b", f"{s1} {s2}", "Swap at Abu Dhabi airport", "2025-05-03"))
    assert second.story_id == first.story_id
    assert second.reason.startswith(f"joined {first.story_id}: ")  # p=… ≥ …, or words ≥ …
    assert "words 0." in second.reason and "1 day apart" in second.reason
    assert "dhabi" in second.reason  # the shared terms that weigh most are named
    flights = "Flights from Maiduguri to Abu Dhabi were cancelled after the floods."
    other = index.place(Incoming("c", flights, "Floods", "2025-05-03"))
    assert other.new_story
    assert other.reason.startswith(f"started a story; best candidate {first.story_id}: p=")
    assert " < " in other.reason


def test_entity_and_event_terms_of_the_pipeline_rows() -> None:
    assert entity_term("country:IRQ", "country:IRQ", "IRQ") == "@country:IRQ"
    assert entity_term("IRQ:MIL", None, "IRQ") == "@country:IRQ"  # an agent: its state
    assert entity_term("name:whitaker-family-foundation") == "@name:whitaker-family-foundation"
    assert entity_term("five civilians") is None  # resolved to nobody
    official = {"source_key": "IRQ:MIL", "source_actor_id": None, "source_country": "IRQ",
                "source_sector": "MIL", "target_key": "country:RUS",
                "target_actor_id": "country:RUS", "target_country": "RUS",
                "target_sector": None, "event_type": "COOPERATE", "reciprocal": False,
                "negated": False}  # fmt: skip
    assert event_term(official) == "!COOPERATE|country:IRQ|country:RUS"
    both = {**official, "reciprocal": True}
    assert event_term(both) == "!COOPERATE|country:IRQ|country:RUS"
    swapped = {**official, "source_key": "country:RUS", "source_actor_id": "country:RUS",
               "source_country": "RUS", "target_key": "IRQ:MIL", "target_actor_id": None,
               "target_country": "IRQ", "target_sector": "MIL", "reciprocal": True}  # fmt: skip
    assert event_term(swapped) == event_term(both)  # reciprocal: the pair is sorted
    nobody = {**official, "source_key": "artillery", "source_country": None, "source_sector": None,
              "target_key": "five civilians", "target_actor_id": None, "target_country": None}  # fmt: skip
    assert event_term(nobody) is None


def test_the_shipped_decision_is_read_and_checked(tmp_path: Path) -> None:
    model = default_model()
    assert set(model.weights) == {"full", "text"} and set(model.thresholds) == {"full", "text"}
    assert "tune half" in model.source
    strong = Similarity(0.6, 0.4, 0.8, 0.5, 0, True, {})
    weak = Similarity(0.02, 0.0, 0.1, 0.0, 4, True, {})
    assert model.probability(strong, 4) > model.threshold(strong) > model.probability(weak, 4)
    later = Similarity(0.6, 0.4, 0.8, 0.5, 4, True, {})
    assert model.probability(later, 4) < model.probability(strong, 4)  # days apart weigh


def test_options_are_checked() -> None:
    with pytest.raises(ConfigError, match="thresholds"):
        StoryOptions(threshold=0)


@pytest.mark.parametrize(
    ("part", "dated", "precision", "recall", "f1", "bcubed"),
    [
        ("tune", True, 0.84, 0.63, 0.77, 0.87),
        ("tune", False, 0.85, 0.68, 0.78, 0.88),
        ("newsroom", True, 0.94, 0.88, 0.94, 0.97),
        ("newsroom", False, 0.70, 0.88, 0.81, 0.90),
    ],
)
def test_grouping_on_words_alone(
    part: str, dated: bool, precision: float, recall: float, f1: float, bcubed: float
) -> None:
    """Documents stored without the pipeline's actors and events (the decision's words-only
    weights): pairwise and BCubed quality on the tune half of the labelled set and on the
    newsroom corpus over arrival orders, dated and with the dates removed (floors just under
    today's figures; benchmarks/results/stories.md has the table, with the held-out half).
    Every near-duplicate is found, none wrongly."""
    gold = load_gold(GOLD, part) if part == "tune" else load_newsroom()
    scores = [score(gold, run(arrival(gold, seed, dated))) for seed in (1, 2, 3)]
    assert min(s.precision for s in scores) >= precision
    assert min(s.recall for s in scores) >= recall
    assert sum(s.f1 for s in scores) / len(scores) >= f1
    assert min(s.bcubed_f1 for s in scores) >= bcubed
    dups = sum(1 for g in gold if g.duplicate_of)
    for s in scores:
        assert (s.duplicates_found, s.duplicates_gold, s.duplicates_wrong) == (dups, dups, 0)


@pytest.mark.slow
def test_grouping_with_actors_and_events(pipeline: Pipeline) -> None:
    """With the pipeline's actors and events (what ingest gives the index): the newsroom
    corpus in its own order falls into its stories with every pair found and few wrong, and
    the tune half over arrival orders (floors just under today's figures)."""
    newsroom = analysed(load_newsroom(), pipeline)
    found = score(newsroom, run(newsroom))
    assert found.precision >= 0.97 and found.recall >= 0.99 and found.bcubed_f1 >= 0.98
    tune = analysed(load_gold(GOLD, "tune"), pipeline)
    scores = [score(tune, run(arrival(tune, seed))) for seed in (1, 2, 3)]
    # round 7's event rules name more targets ("the town of Mellit", a broken word as a
    # REJECT): event terms that no longer match exactly moved one arrival order (seed 2) by a
    # merge and a split, 0.871 / 0.825 / 0.906 -> 0.820 / 0.772 / 0.869; the held-out half is
    # unchanged (pairwise F1 0.780 over the same orders before and after)
    assert min(s.precision for s in scores) >= 0.81
    assert sum(s.f1 for s in scores) / len(scores) >= 0.76
    assert min(s.bcubed_f1 for s in scores) >= 0.86


def test_the_halves_split_story_families_by_hash() -> None:
    gold = load_gold(GOLD)
    halves = {g.family: half(g.family) for g in gold}
    assert set(halves.values()) == {"tune", "test"}
    assert {g.doc.doc_id for g in load_gold(GOLD, "tune")} == {
        g.doc.doc_id for g in gold if halves[g.family] == "tune"
    }
    families: dict[str, set[str]] = {}
    for g in gold:  # a story lies in one family, so in one half
        families.setdefault(g.story, set()).add(g.family)
    assert all(len(f) == 1 for f in families.values())


def test_bcubed_scores_each_document() -> None:
    gold = {"a": "X", "b": "X", "c": "Y"}
    assert bcubed(gold, {"a": "1", "b": "1", "c": "2"}) == (1.0, 1.0)
    precision, recall = bcubed(gold, {"a": "1", "b": "2", "c": "2"})
    assert (round(precision, 4), round(recall, 4)) == (
        round((1 + 0.5 + 0.5) / 3, 4),
        round((0.5 + 0.5 + 1) / 3, 4),
    )


def test_the_same_arrival_order_gives_the_same_stories() -> None:
    gold = load_gold(GOLD)
    order = arrival(gold, seed=5)
    assert run(order) == run(order)


# -- merging ---------------------------------------------------------------------------------


def row(n: int, kind: str, source: str | None, target: str | None, **extra: Any) -> dict[str, Any]:
    base = {
        "doc_id": f"d{n}", "seq": 0, "event_id": f"e{n}", "event_type": kind, "cameo": "064",
        "quad_class": 2, "goldstein": 6.0, "reciprocal": False, "negated": False,
        "modality": "asserted", "date": None, "date_precision": None, "sentence": f"s{n}",
        "trigger_text": "t", "outlet": f"o{n}", "published": None, "duplicate_of": None,
    }  # fmt: skip
    for role, key in (("source", source), ("target", target)):
        country = key.split(":")[1][:3] if key and key.startswith("country:") else None
        base.update({f"{role}_key": key, f"{role}_actor_id": key, f"{role}_name": key,
                     f"{role}_country": country, f"{role}_sector": None})  # fmt: skip
    base.update(extra)
    return base


def test_periods_and_compatible_dates() -> None:
    assert period("2025-02-01", "month") == (date(2025, 2, 1), date(2025, 2, 28))
    assert period("2025-03-03", "week") == (date(2025, 3, 3), date(2025, 3, 9))
    assert period(None, None) is None
    assert compatible(period("2025-03-10", "day"), period("2025-03-11", "day"))
    assert not compatible(period("2025-03-10", "day"), period("2025-03-14", "day"))
    assert compatible(None, period("2025-03-14", "day"))


def test_periods_at_the_end_of_the_calendar_do_not_overflow() -> None:
    last = date(9999, 12, 31)
    assert period("9999-12-31", "week") == (last, last)  # a week running past it ends there
    assert period("9999-12-01", "month") == (date(9999, 12, 1), last)
    assert period("9999-01-01", "year") == (date(9999, 1, 1), last)
    assert compatible(period("9999-12-31", "day"), period("9999-12-30", "day"))
    assert not compatible(period("9999-12-31", "day"), period("0001-01-01", "day"))
    assert compatible(period("0001-01-01", "day"), period("0001-01-02", "week"))


def test_state_actors_merge_as_their_state() -> None:
    officials = row(1, "COOPERATE", "IRQ:MIL", "country:RUS",
                    source_country="IRQ", source_sector="MIL", source_actor_id=None)  # fmt: skip
    assert identity(officials, "source") == "country:IRQ"
    civilians = row(2, "COOPERATE", "IRQ:CVL", None, source_country="IRQ", source_sector="CVL")
    assert identity(civilians, "source") == "IRQ:CVL"
    group = row(3, "ASSAULT", "group:ISIS", None, source_country="IMG", source_sector="REB")
    assert identity(group, "source") == "group:ISIS"
    agency = row(4, "ACCUSE", "org:USA-FBI", None, source_country="USA", source_sector="COP",
                 source_actor_id="org:USA-FBI")  # fmt: skip
    assert identity(agency, "source") == "country:USA"
    named = row(5, "ACCUSE", "name:priorities-usa", None, source_country="USA",
                source_sector=None, source_actor_id=None)  # fmt: skip
    assert identity(named, "source") == "name:priorities-usa"


def test_mentions_merge_by_type_actors_negation_and_date() -> None:
    rows = [
        row(1, "COOPERATE", "country:IRQ", "country:RUS"),
        row(2, "COOPERATE", "country:IRQ", "country:RUS", date="2025-06-10", date_precision="day"),
        row(3, "COOPERATE", "country:IRQ", "country:RUS", date="2025-06-20", date_precision="day"),
        row(4, "COOPERATE", "country:IRQ", "country:RUS", negated=True),
        row(5, "CONSULT", "country:RUS", "country:IRQ", reciprocal=True),
        row(6, "CONSULT", "country:IRQ", "country:RUS", reciprocal=True),
    ]
    groups = merge(rows)
    assert [[r["doc_id"] for r in g.rows] for g in groups] == [
        ["d1", "d2"], ["d3"], ["d4"], ["d5", "d6"],
    ]  # fmt: skip
    assert merge_key(rows[4]) == merge_key(rows[5])


def test_a_mention_missing_an_actor_joins_the_event_its_sentence_names() -> None:
    def partial(n: int, target: str, mention: str) -> dict[str, Any]:
        return row(n, "COOPERATE", None, target, mention_id=mention, sentence_id=0, _order=n)

    rows = [
        row(1, "COOPERATE", "country:IRQ", "country:RUS", mention_id="m1", sentence_id=0, _order=1),
        row(2, "COOPERATE", "country:RUS", "country:SYR", mention_id="m2", sentence_id=0, _order=2),
        row(3, "COOPERATE", "country:IRQ", "country:SYR", mention_id="m3", sentence_id=0, _order=3),
        partial(4, "country:RUS", "m4"),  # Iraq named in its sentence: completes d1's event
        partial(5, "country:SYR", "m5"),  # Iraq and Russia named: two events fit, none chosen
        partial(6, "country:SYR", "m6"),  # Russia named but as its own partner: Iraq's only
    ]
    six = row(7, "COOPERATE", None, "country:RUS", mention_id="m6", sentence_id=0, _order=7)
    named = {
        ("d4", 0): {"country:IRQ", "country:RUS"},
        ("d5", 0): {"country:IRQ", "country:RUS", "country:SYR"},
        ("d6", 0): {"country:IRQ", "country:RUS", "country:SYR"},
        ("d7", 0): {"country:IRQ", "country:RUS", "country:SYR"},
    }
    six["doc_id"] = "d6"
    groups = merge([*rows, six], named)
    assert [[r["doc_id"] for r in g.rows] for g in groups] == [
        ["d1", "d4", "d6"], ["d2"], ["d3", "d6"], ["d5"],
    ]  # fmt: skip
    assert [[r["doc_id"] for r in g.rows] for g in merge(rows)][3:] == [["d4"], ["d5", "d6"]]


def test_conflicts_are_negations_and_opposite_signs_on_one_dyad() -> None:
    def merged(mid: str, kind: str, g: float, negated: bool, outlets: list[str],
               source: str = "country:RUS", target: str = "country:UKR") -> dict[str, Any]:  # fmt: skip
        return {"merged_id": mid, "event_type": kind, "goldstein": g, "negated": negated,
                "date": "2025-06-10",
                "reciprocal": False, "modality": "asserted", "sentence": mid,
                "source": {"key": source, "name": source}, "target": {"key": target, "name": target},
                "by_outlet": {o: [mid] for o in outlets}}  # fmt: skip

    events = [
        merged("a", "ASSAULT", -10, False, ["Kyiv Post"]),
        merged("b", "ASSAULT", -10, True, ["Moscow Daily"]),
        merged("c", "AID", 7.4, False, ["Moscow Daily"], "country:UKR", "country:RUS"),
        merged("d", "AID", 7.4, False, ["X"], "country:USA", "country:UKR"),
        merged("e", "COOPERATE", 6, False, ["Kyiv Post"]),  # the same outlet's other account
        merged("f", "ASSAULT", -10, True, ["Daily"]) | {"date": "1962-05-01"},  # another event
    ]
    for event in events:
        event["label"] = label(event)
    found = [(c["kind"], c["a"]["merged_id"], c["b"]["merged_id"], c["only_a"], c["only_b"])
             for c in conflicts(events)]  # fmt: skip
    assert found == [
        ("negation", "a", "b", ["Kyiv Post"], ["Moscow Daily"]),
        ("opposite sign", "a", "c", ["Kyiv Post"], ["Moscow Daily"]),
    ]
    assert events[1]["label"] == "country:RUS → not ASSAULT → country:UKR"


# -- tone --------------------------------------------------------------------------------------


def test_tone_counts_lexicon_words_and_loaded_language() -> None:
    text = (
        'The regime presented its "evidence" of the strike. Thugs and vermin, the so-called '
        "coalition said, while aid and peace talks brought hope."
    )
    found = measure(text)
    assert found.words == len(words(text.replace("-", " ")))
    assert found.positive == 3  # aid, peace, hope
    assert found.negative == 1  # strike
    kinds = sorted(e["kind"] for e in found.examples)
    assert found.loaded == 5  # regime, thug, vermin, so-called, "evidence"
    assert kinds == ["dehumanising", "insult", "label"]  # the first three are kept
    assert found.tone == pytest.approx(100 * 2 / found.words)
    quoted = measure('Officials called the "so-called evidence" fake.')
    assert any(e["kind"] == "sneer quote" for e in quoted.examples)
    assert measure("").tone == 0.0


def test_signatures_are_uint32() -> None:
    assert minhash.signature(["a", "b", "c", "d"]).dtype == np.uint32


# -- conflicting numbers and attributions --------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Air strikes killed 33 Turkish soldiers in Idlib.", {"soldier": {33}}),
        ("Two rockets hit the base, killing three civilians.", {"rocket": {2}, "civilian": {3}}),
        ("They fired 1,200 shells at 4 villages in 2016.", {"shell": {1200}, "village": {4}}),
        ("Police said 2 million people marched.", {"people": {2_000_000}}),
        # hedged counts bound nothing; years, decimals and ages are no counts
        ("At least 30 people died and more than 40 protesters were detained.", {}),
        ("Dozens of soldiers died; one of them was 19.", {}),
        ("One of the soldiers was wounded, an awesome 40 soldiers said.", {"soldier": {40}}),
        ("Twenty three soldiers and over 12 people died.", {"soldier": {23}}),
        ("In 2016 soldiers left; 2.5 million people stayed.", {}),
    ],
)
def test_counts_are_exact_figures_of_counted_things(
    sentence: str, found: dict[str, set[int]]
) -> None:
    assert counts(sentence) == found


def _account(mid: str, outlets_sentences: list[tuple[str, str]], kind: str = "ASSAULT",
             source: str = "country:SYR", target: str = "country:TUR") -> dict[str, Any]:  # fmt: skip
    event = {"merged_id": mid, "event_type": kind, "negated": False, "reciprocal": False,
             "source": {"key": source, "name": source}, "target": {"key": target, "name": target},
             "mentions": [{"outlet": o, "sentence": s} for o, s in outlets_sentences]}  # fmt: skip
    event["label"] = label(event)
    return event


def test_different_counts_of_one_thing_across_outlets_conflict() -> None:
    events = [
        _account(
            "m1",
            [
                ("Wire", "Syrian strikes killed 33 Turkish soldiers."),
                ("Daily", "Syrian strikes killed 33 soldiers, officials said."),
            ],
        ),
        _account("m2", [("Post", "Syria's jets killed 34 Turkish soldiers near the border.")]),
        # another event type, another pair, a hedged figure, one outlet's own update: none
        _account("m3", [("Post", "Syria accused Turkey of shelling 9 villages.")], "ACCUSE"),
        _account("m4", [("Times", "At least 30 soldiers were killed by Syrian strikes.")]),
        _account(
            "m5",
            [("Gazette", "Russian jets killed 12 soldiers in Syria.")],
            source="country:RUS",
            target="country:SYR",
        ),
        _account(
            "m6",
            [("Gazette", "Russian jets killed 15 soldiers in Syria, it later said.")],
            source="country:RUS",
            target="country:SYR",
        ),
    ]
    key = lambda actor: actor["key"] if actor else ""  # noqa: E731
    [conflict] = number_conflicts(events, key)
    assert conflict["kind"] == "numbers" and conflict["detail"] == "soldier: 33 or 34"
    assert (conflict["a"]["outlets"], conflict["b"]["outlets"]) == (["Daily", "Wire"], ["Post"])
    assert conflict["b"]["sentence"] == "Syria's jets killed 34 Turkish soldiers near the border."
    assert conflict["dyad"] == ["country:SYR", "country:TUR"]


def test_one_statement_given_to_different_speakers_conflicts() -> None:
    def quote(qid: str, speaker: str | None, text: str, outlets: list[str]) -> dict[str, Any]:
        return {"quote_id": qid, "speaker_key": speaker, "speaker": speaker or "(unattributed)",
                "text": text, "label": f"{speaker}: {text}", "by_outlet": {o: [text] for o in outlets}}  # fmt: skip

    said = "We will not accept any settlement that divides the country"
    quotes = [
        quote("q1", "person:ali", said, ["Wire"]),
        quote("q2", "person:omar", said + ", he said", ["Post"]),
        quote("q3", None, said, ["Times"]),  # unattributed: no claim on who said it
        quote("q4", "person:omar", "The talks will resume next week in Geneva", ["Wire"]),
    ]
    same = lambda a, b: set(words(a)) <= set(words(b)) or set(words(b)) <= set(words(a))  # noqa: E731
    [conflict] = attribution_conflicts(quotes, same)
    assert (conflict["kind"], conflict["dyad"]) == ("attribution", ["person:ali", "person:omar"])
    assert (conflict["only_a"], conflict["only_b"]) == (["Wire"], ["Post"])
