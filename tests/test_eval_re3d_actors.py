"""The re3d actor scorer (``tacitus eval re3d_actors``): matching a gold span to the actor
Tacitus resolved there, judging it, checking the gold against the texts, the halves, and the
command. Documents are written for these tests; no re3d text is used."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tacitus import Pipeline
from tacitus.cli import main
from tacitus.errors import ConfigError, DataError
from tacitus.evaluate import run_eval
from tacitus.evaluate.re3d_actors import judge, match, norm_name, select, sha1_12, state_code
from tacitus.evaluate.split import half_of, in_half
from tacitus.records import Actor, ActorMention

DEV, TEST = "doc-1", "doc-2"  # md5 even, odd


def mention(start: int, end: int, **actor: Any) -> ActorMention:
    return ActorMention("d", 0, start, end, Actor(text="x", **actor))


def gold_actor(**fields: Any) -> dict[str, Any]:
    return {"actor": True, "kind": "state", "name": None, "actor_id": None, "country": None,
            "sector": None, **fields}  # fmt: skip


def test_the_split_is_md5_parity() -> None:
    assert (half_of(DEV), half_of(TEST)) == ("dev", "test")
    assert in_half(DEV, "dev") and not in_half(DEV, "test") and in_half(TEST, "all")


def test_match_prefers_the_longest_overlap_then_the_closest_span() -> None:
    inner, outer, other = mention(10, 16), mention(6, 24), mention(30, 40)
    assert match([other, outer, inner], 10, 16) is inner  # same overlap: fewer extra chars
    assert match([inner, outer], 6, 20) is outer  # more overlap wins over a closer fit
    assert match([other], 10, 16) is None
    assert match([mention(16, 20)], 10, 16) is None  # touching is not overlapping


def test_country_codes_that_are_no_state_count_as_none() -> None:
    assert [state_code(c) for c in ("IRQ", "IGO", "IMG", "NGO", None)] == ["IRQ"] + [None] * 4


def test_names_compare_without_case_accents_initials_or_article() -> None:
    assert norm_name("James B. Comey") == norm_name("james comey")
    assert norm_name("The Associated Press") == norm_name("Associated Press")
    assert norm_name("Mevlüt Çavuşoğlu") == norm_name("Mevlut Cavusoglu")
    assert norm_name("Bill Clinton") != norm_name("Hillary Clinton")


def test_judge_identity_by_id_then_by_name() -> None:
    person = gold_actor(kind="person", name="Jane Roe", actor_id="person:jane-roe",
                        country="NOR", sector="GOV")  # fmt: skip
    right = Actor(text="Roe", name="Jane Roe", actor_id="person:jane-roe", country="NOR",
                  sector="GOV")  # fmt: skip
    assert judge(person, right) == dict.fromkeys(("found", "country", "identity", "sector"), True)
    unknown = Actor(text="Roe", name="Jane A. Roe", country="NOR", sector="GOV")
    assert judge(person, unknown)["identity"]  # no id: the same name
    wrong = Actor(text="Roe", name="John Roe", actor_id="person:john-roe", country="NOR")
    assert judge(person, wrong) == {"found": True, "country": True, "identity": False,
                                    "sector": False}  # fmt: skip
    assert not any(judge(person, None).values())


def test_judge_no_gold_id_wants_no_id_and_igo_country_is_none() -> None:
    civilians = gold_actor(kind="other", name="civilians", country="NOR", sector="CVL")
    assert judge(civilians, Actor(text="c", country="NOR", sector="CVL"))["identity"]
    assert not judge(civilians, Actor(text="c", actor_id="country:NOR", country="NOR"))["identity"]
    un = gold_actor(kind="igo", name="United Nations", actor_id="igo:UN", sector="IGO")
    assert judge(un, Actor(text="UN", actor_id="igo:UN", country="IGO", sector="IGO"))["country"]


def write_set(tmp_path: Path, texts: list[dict[str, Any]], rows: list[dict[str, Any]]) -> tuple[Path, Path]:  # fmt: skip
    text_path, gold_path = tmp_path / "texts.jsonl", tmp_path / "gold.jsonl"
    text_path.write_text("".join(json.dumps(t) + "\n" for t in texts))
    gold_path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return text_path, gold_path


def row(rid: str, doc: dict[str, Any], words: str, gold: dict[str, Any], n: int = 1) -> dict[str, Any]:  # fmt: skip
    """A gold row for the ``n``-th occurrence of ``words`` in ``doc``."""
    start = -1
    for _ in range(n):
        start = doc["text"].index(words, start + 1)
    return {"id": rid, "doc_id": doc["id"], "half": half_of(doc["id"]), "start": start,
            "end": start + len(words), "sha1": sha1_12(words), "gold": gold}  # fmt: skip


DEV_DOC = {"id": DEV, "text": "Sweden condemned the raid. Farmers sold tomatoes in the market."}
TEST_DOC = {"id": TEST, "text": "The UN sent food to Sweden on Monday."}
SWEDEN = gold_actor(name="Sweden", actor_id="country:SWE", country="SWE")
UN = gold_actor(kind="igo", name="United Nations", actor_id="igo:UN", sector="IGO")
THING = {"actor": False, "kind": "thing"}


def rows_for_both_halves() -> list[dict[str, Any]]:
    return [
        row("a1", DEV_DOC, "Sweden", SWEDEN),
        row("a2", DEV_DOC, "tomatoes", THING),
        row("a3", DEV_DOC, "tomatoes", gold_actor(kind="other", name="tomato growers")),
        row("a4", TEST_DOC, "The UN", UN),
        row("a5", TEST_DOC, "Monday", THING),
        row("a6", TEST_DOC, "food", gold_actor(kind="other", name="food aid")),
    ]


def test_select_checks_the_gold_against_the_texts() -> None:
    rows = rows_for_both_halves()
    chosen, docs = select(rows, [DEV_DOC, TEST_DOC], "dev")
    assert [r["id"] for r in chosen] == ["a1", "a2", "a3"] and list(docs) == [DEV]
    with pytest.raises(DataError, match="a1: document doc-1 is not in the texts"):
        select(rows, [TEST_DOC], "all")
    drifted = {**DEV_DOC, "text": "Norway " + DEV_DOC["text"]}
    with pytest.raises(DataError, match="a1: the text at 0-6 of doc-1 does not match"):
        select(rows, [drifted, TEST_DOC], "dev")
    with pytest.raises(DataError, match="a1: doc-1 is in the dev half"):
        select([{**rows[0], "half": "test"}], [DEV_DOC], "all")


@pytest.mark.slow
def test_scores_per_half_on_written_documents(pipeline: Pipeline, tmp_path: Path) -> None:
    texts, gold = write_set(tmp_path, [DEV_DOC, TEST_DOC], rows_for_both_halves())
    report = run_eval("re3d_actors", gold, pipeline, show_errors=10, texts=texts, half="all")
    m = report.metrics
    assert (m["dev.mentions"], m["dev.non_actors"], m["test.mentions"]) == (2, 1, 2)
    assert m["dev.found"] == 0.5 and m["dev.identity_accuracy"] == 0.5  # Sweden, not tomatoes
    assert m["dev.false_actor_rate"] == 0.0 and m["test.identity_accuracy"] == 0.5
    assert m["mentions"] == 4 and m["found"] == 0.5
    assert [line.split()[0] for line in report.misses] == ["a3"]  # dev errors only
    assert "missing: got nothing; gold tomato growers" in report.misses[0]
    assert "[tomatoes]" in report.misses[0]  # the mention in its context
    dev_only = run_eval("re3d_actors", gold, pipeline, texts=texts)
    assert dev_only.dataset == "re3d_actors (dev)" and dev_only.metrics["mentions"] == 2


def test_arguments_that_do_not_apply_are_refused(pipeline: Pipeline, tmp_path: Path) -> None:
    texts, gold = write_set(tmp_path, [DEV_DOC], [row("a1", DEV_DOC, "Sweden", SWEDEN)])
    with pytest.raises(ConfigError, match="re3d_actors needs --texts"):
        run_eval("re3d_actors", gold, pipeline)
    with pytest.raises(ConfigError, match=r"apply to re3d_events and re3d_actors .* not to people"):
        run_eval("people", gold, pipeline, texts=texts)
    with pytest.raises(ConfigError, match=r"--half also to re3d.*not to quotes"):
        run_eval("quotes", gold, pipeline, half="dev")


@pytest.mark.slow
def test_command_lists_test_errors_only_when_asked(tmp_path: Path) -> None:
    texts, gold = write_set(tmp_path, [DEV_DOC, TEST_DOC], rows_for_both_halves())
    args = ["eval", "re3d_actors", str(gold), "--texts", str(texts), "--errors", "5"]
    result = CliRunner().invoke(main, [*args, "--half", "all"])
    assert result.exit_code == 0, result.output
    assert "a3 " in result.stdout and "test-half errors need --half test" in result.stdout
    result = CliRunner().invoke(main, [*args, "--half", "test"])
    assert result.exit_code == 0 and "re3d_actors (test)" in result.stdout
    assert "a6 " in result.stdout and "a3 " not in result.stdout
    result = CliRunner().invoke(main, ["eval", "re3d_actors", str(gold)])
    assert result.exit_code == 2 and "needs --texts" in result.stderr
