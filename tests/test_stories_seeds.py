"""The seed articles through ingest (the full pipeline, so slow): stories are grouped at ingest,
articles 001 and 004 (Iraq's intelligence sharing with Iran, Syria and Russia) fall in one
story, and cooperation with Russia comes out as one merged event reported by both outlets.

The thresholds were chosen on tests/data/stories_gold.jsonl, never on these articles."""

from __future__ import annotations

from pathlib import Path

import pytest

from tacitus import Pipeline, open_store
from tacitus.ingest import ingest
from tacitus.inputs import read_inputs
from tacitus.stories import compare, merged_events

pytestmark = pytest.mark.slow

SEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "seeds.jsonl"


def test_seed_articles_001_and_004_are_one_story(tmp_path: Path, pipeline: Pipeline) -> None:
    if not SEEDS.is_file():
        pytest.skip("../shared/corpus/seeds.jsonl is absent")
    with open_store(tmp_path / "seeds.duckdb") as store:
        ingest(store, read_inputs([SEEDS]), pipeline)
        placed = dict(
            store.connection.execute("SELECT doc_id, story_id FROM story_members").fetchall()
        )
        by_number = {doc_id[:3]: story_id for doc_id, story_id in placed.items()}
        assert by_number["001"] == by_number["004"]
        story_id = by_number["001"]
        with_russia = [
            e for e in merged_events(store, story_id=story_id)
            if e["event_type"] == "COOPERATE" and (e["target"] or {}).get("key") == "country:RUS"
            and (e["source"] or {}).get("key") in (None, "country:IRQ")
        ]  # fmt: skip
        assert max(e["num_sources"] for e in with_russia) >= 2
        found = compare(store, story_id)
        assert len(found["outlets"]) >= 2
