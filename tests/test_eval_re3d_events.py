"""The re3d event scorer: matching rules, tallies and the half/texts plumbing.

Texts and records here are written for the tests (no re3d text); the pipeline runs only in
the last tests, on sentences written for them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tacitus import Pipeline
from tacitus.errors import ConfigError, DataError
from tacitus.evaluate import run_eval
from tacitus.evaluate.event_match import match, pair_matches, side_matches
from tacitus.evaluate.re3d_events import Tally, gold_sentences, half_of, text_hash
from tacitus.records import Actor, Event, Trigger

TEXT = "Russian jets bombed rebel positions near Aleppo. The minister praised the strikes."
SENTENCE = (0, TEXT.index(".") + 1)


def at(words: str, n: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(n):
        start = TEXT.index(words, start + 1)
    return start, start + len(words)


def side(words: str, name: str, country: str | None, sector: str | None = None) -> dict[str, Any]:
    start, end = at(words)
    return {"start": start, "end": end, "name": name, "country": country, "sector": sector}


def gold(kind: str, trigger: str, source: Any, target: Any, **flags: bool) -> dict[str, Any]:
    start, end = at(trigger)
    return {"type": kind, "trigger": {"start": start, "end": end}, "source": source,
            "target": target, "factual": flags.get("factual", True),
            "reciprocal": flags.get("reciprocal", False)}  # fmt: skip


def actor(text: str, name: str | None = None, country: str | None = None,
          sector: str | None = None) -> Actor:  # fmt: skip
    return Actor(text=text, name=name, country=country, sector=sector,
                 actor_id=f"country:{country}" if country else None)  # fmt: skip


def record(kind: str, trigger: str, source: Actor | None, target: Actor | None,
           **extra: Any) -> Event:  # fmt: skip
    start, end = at(trigger)
    return Event(event_id="e", mention_id="m", doc_id="d", sentence_id=0, sentence="",
                 trigger=Trigger(trigger, start, end), event_type=kind, cameo="190",
                 quad_class=4, goldstein=-10.0, source=source, target=target, **extra)  # fmt: skip


RUSSIA = side("Russian", "Russia", "RUS", "MIL")
REBELS = side("rebel", "Syrian rebels", "SYR", "REB")


def test_a_side_matches_by_words_in_the_gold_span() -> None:
    assert side_matches(RUSSIA, actor("Russian jets"), TEXT, SENTENCE)
    # the words occur in the sentence, but not where the gold side is
    assert not side_matches(REBELS, actor("Russian"), TEXT, SENTENCE)
    # words of another sentence do not count
    assert not side_matches(RUSSIA, actor("minister"), TEXT, SENTENCE)
    # part of a word is not the word
    assert not side_matches(RUSSIA, actor("Russ"), TEXT, SENTENCE)


def test_a_side_matches_the_same_state_in_the_same_role() -> None:
    assert side_matches(RUSSIA, actor("Moscow", "Russia", "RUS", "GOV"), TEXT, SENTENCE)
    assert side_matches(RUSSIA, actor("Moscow", "Russia", "RUS", None), TEXT, SENTENCE)
    # rebels of Syria are not the Syrian state
    assert not side_matches(REBELS, actor("Damascus", "Syria", "SYR", "GOV"), TEXT, SENTENCE)
    assert side_matches(REBELS, actor("the opposition", None, "SYR", "REB"), TEXT, SENTENCE)


def test_non_state_codes_match_by_name_not_by_code() -> None:
    coalition = dict(side("jets", "US-led coalition", "IGO", "MIL"))
    other_igo = actor("NATO", "NATO", "IGO", "MIL")
    assert not side_matches(coalition, other_igo, TEXT, SENTENCE)
    assert side_matches(coalition, actor("the coalition", "the US-led Coalition"), TEXT, SENTENCE)


def test_a_null_gold_side_matches_only_a_null_or_unresolved_side() -> None:
    assert side_matches(None, None, TEXT, SENTENCE)
    assert side_matches(None, Actor(text="positions"), TEXT, SENTENCE)
    assert not side_matches(None, actor("Aleppo", "Syria", "SYR"), TEXT, SENTENCE)
    assert not side_matches(RUSSIA, None, TEXT, SENTENCE)


def test_reciprocal_events_match_either_way() -> None:
    talks = gold("CONSULT", "bombed", RUSSIA, REBELS)
    backwards = record("CONSULT", "bombed", actor("rebel", None, "SYR", "REB"),
                       actor("Russian", "Russia", "RUS"))  # fmt: skip
    assert not pair_matches(talks, backwards, TEXT, SENTENCE)
    assert pair_matches({**talks, "reciprocal": True}, backwards, TEXT, SENTENCE)
    backwards.reciprocal = True
    assert pair_matches(talks, backwards, TEXT, SENTENCE)


def test_matching_is_one_to_one_and_prefers_overlapping_triggers() -> None:
    golds = [gold("ASSAULT", "jets", RUSSIA, REBELS), gold("ASSAULT", "bombed", RUSSIA, REBELS)]
    ours = [record("ASSAULT", "bombed", actor("Russian", "Russia", "RUS"), actor("rebel"))] * 3

    def fits(g: dict[str, Any], e: Event) -> bool:
        return pair_matches(g, e, TEXT, SENTENCE)

    pairs = match(golds, ours, fits)
    assert len(pairs) == 2
    assert sorted(pairs.values()) == [0, 1]
    assert match(golds, ours[:1], fits) == {0: 1}  # the gold event whose trigger it shares


def _tally(golds: list[dict[str, Any]], ours: list[Event]) -> dict[str, float | int]:
    tally = Tally()
    sentence = gold_sentences(
        [{"id": "dev-001", "doc_id": "d", "half": half_of("d"), "start": SENTENCE[0],
          "end": SENTENCE[1], "sha1": text_hash(TEXT[: SENTENCE[1]]), "events": golds}],
        {"d": TEXT},
    )[0]  # fmt: skip
    tally.score(sentence, ours, TEXT)
    return tally.metrics("x")


def test_tally_scores_types_pairs_sides_and_factuality() -> None:
    golds = [
        gold("ASSAULT", "bombed", RUSSIA, REBELS),
        gold("ASSAULT", "jets", RUSSIA, side("Aleppo", "Aleppo", "SYR")),
    ]
    ours = [
        record("ASSAULT", "bombed", actor("Russian", "Russia", "RUS"), actor("rebel")),
        record(
            "COERCE",
            "jets",
            actor("Russian", "Russia", "RUS"),
            actor("Aleppo", "Syria", "SYR"),
            modality="intended",
        ),
        record("SUPPORT", "bombed", actor("Russian", "Russia", "RUS"), None),
    ]
    m = _tally(golds, ours)
    assert (m["x_gold_events"], m["x_emitted_events"]) == (2, 3)
    assert m["x_event_precision"] == pytest.approx(1 / 3)
    assert m["x_event_recall"] == pytest.approx(1 / 2)
    assert m["x_pair_recall"] == 1.0
    assert m["x_type_accuracy_on_pairs"] == pytest.approx(1 / 2)
    # the rebels are words only: not resolved
    assert m["x_emitted_both_sides_resolved"] == pytest.approx(1 / 3)
    assert (m["x_gold_source_found"], m["x_gold_target_found"]) == (1.0, 1.0)
    assert m["x_factuality_agreement"] == 1.0


def test_a_missing_target_is_seen_in_the_side_figures() -> None:
    golds = [gold("ASSAULT", "bombed", RUSSIA, REBELS)]
    m = _tally(golds, [record("ASSAULT", "bombed", actor("Russian", "Russia", "RUS"), None)])
    assert (m["x_event_precision"], m["x_event_recall"]) == (0.0, 0.0)
    assert (m["x_gold_source_found"], m["x_gold_target_found"]) == (1.0, 0.0)
    m = _tally([], [record("ASSAULT", "bombed", actor("Russian", "Russia", "RUS"), None)])
    assert m["x_emitted_in_sentences_without_gold"] == 1


def test_gold_rows_are_checked_against_the_texts() -> None:
    row = {"id": "dev-001", "doc_id": "d", "half": half_of("d"), "start": 0, "end": 10,
           "sha1": text_hash(TEXT[:10]), "events": []}  # fmt: skip
    assert gold_sentences([row], {"d": TEXT})[0].end == 10
    with pytest.raises(DataError, match="changed"):
        gold_sentences([row], {"d": "Another text altogether."})
    with pytest.raises(DataError, match="not in --texts"):
        gold_sentences([row], {"e": TEXT})
    wrong = "test" if half_of("d") == "dev" else "dev"
    with pytest.raises(DataError, match="disagrees"):
        gold_sentences([{**row, "half": wrong}], {"d": TEXT})


def _doc_ids() -> tuple[str, str]:
    ids = [f"doc-{n}" for n in range(20)]
    return next(i for i in ids if half_of(i) == "dev"), next(i for i in ids if half_of(i) == "test")


def _write(tmp_path: Path) -> tuple[Path, Path]:
    dev_id, test_id = _doc_ids()
    dev_text = "Russia attacked Ukraine on Monday."
    test_text = "France threatened Iran with new sanctions on Monday."
    texts = tmp_path / "texts.jsonl"
    texts.write_text("".join(json.dumps({"id": i, "text": t}) + "\n"
                             for i, t in ((dev_id, dev_text), (test_id, test_text))))  # fmt: skip
    russia = {"start": 0, "end": 6, "name": "Russia", "country": "RUS", "sector": None}
    ukraine = {"start": 16, "end": 23, "name": "Ukraine", "country": "UKR", "sector": None}
    rows = [
        {"id": "dev-001", "doc_id": dev_id, "half": "dev", "start": 0, "end": len(dev_text),
         "sha1": text_hash(dev_text), "events": [
             {"type": "ASSAULT", "trigger": {"start": 7, "end": 15}, "source": russia,
              "target": ukraine, "factual": True, "reciprocal": False}]},
        # a gold event the test sentence does not hold: a miss on the test half
        {"id": "test-001", "doc_id": test_id, "half": "test", "start": 0, "end": len(test_text),
         "sha1": text_hash(test_text), "events": [
             {"type": "CONSULT", "trigger": {"start": 7, "end": 17}, "source": None,
              "target": None, "factual": True, "reciprocal": False}]},
    ]  # fmt: skip
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return gold_path, texts


@pytest.mark.slow
def test_eval_scores_each_half_and_lists_test_errors_only_when_asked(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    gold_path, texts = _write(tmp_path)
    dev = run_eval("re3d_events", gold_path, pipeline, 5, texts=texts)
    assert dev.metrics["dev_sentences"] == 1 and "test_sentences" not in dev.metrics
    assert dev.metrics["dev_event_recall"] == 1.0
    both = run_eval("re3d_events", gold_path, pipeline, 5, texts=texts, half="all")
    assert both.metrics["test_sentences"] == 1 and both.metrics["test_event_recall"] == 0.0
    listed = json.dumps(both.details)
    assert "test-001" not in listed and "listed only with --half test" in listed
    test = run_eval("re3d_events", gold_path, pipeline, 5, texts=texts, half="test")
    assert "test-001 MISS CONSULT" in json.dumps(test.details)


def test_eval_needs_texts_and_keeps_the_options_to_re3d_events(tmp_path: Path) -> None:
    gold_path, texts = _write(tmp_path)
    unused = Pipeline()  # not loaded: the errors come before any analysis
    with pytest.raises(ConfigError, match="--texts"):
        run_eval("re3d_events", gold_path, unused)
    with pytest.raises(ConfigError, match="unknown half"):
        run_eval("re3d_events", gold_path, unused, texts=texts, half="train")
    with pytest.raises(ConfigError, match="apply to re3d_events"):
        run_eval("plover_gsr", gold_path, unused, texts=texts)


def test_cli_eval_without_texts_is_a_usage_error(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from tacitus.cli import main

    gold_path, _ = _write(tmp_path)
    result = CliRunner().invoke(main, ["eval", "re3d_events", str(gold_path)])
    assert result.exit_code == 2
    assert "needs --texts" in result.output
