"""Only real interactions: the output contract (a side resolved to an actor), the explanation
of dropped candidates, and the constructions that look like events but are not (issue 13).
Sentences written for these tests."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from tacitus import Document, Pipeline
from tacitus.cli import main
from tacitus.records import DocumentResult

UNRESOLVED = "Jim Hardwick sued the Lakeside Widget Company."


def test_an_event_needs_a_side_resolved_to_an_actor(pipeline: Pipeline) -> None:
    assert pipeline.extract(UNRESOLVED) == []
    [event] = pipeline.extract("Chile praised Argentina.")
    assert not event.partial and "partial" not in event.reason


@pytest.fixture(scope="module")
def inspecting() -> Pipeline:
    """A pipeline that keeps partial events and explains what it drops."""
    return Pipeline(keep_partial=True, explain=True)


def test_keep_partial_writes_them_marked(inspecting: Pipeline) -> None:
    [event] = inspecting.extract(UNRESOLVED)
    assert (event.event_type, event.partial) == ("ACCUSE", True)
    assert "partial: no side resolved to an actor" in event.reason
    assert event.to_dict()["partial"] is True
    [full] = inspecting.extract("Chile praised Argentina.")
    assert not full.partial


def test_explain_lists_each_candidate_with_the_rule_that_dropped_it(
    pipeline: Pipeline, inspecting: Pipeline
) -> None:
    text = f"Chile praised Argentina. {UNRESOLVED} Chile urged Peru to withdraw its troops."
    [result] = inspecting.run([Document("d1", text)])
    assert isinstance(result, DocumentResult)
    outcomes = [(c.sentence_id, c.trigger, c.outcome, c.event_type) for c in result.candidates]
    assert (0, "praised", "emitted", "SUPPORT") in outcomes
    assert (1, "sued", "partial", "ACCUSE") in outcomes
    assert (2, "urged", "emitted", "REQUEST") in outcomes
    [withdraw] = [c for c in result.candidates if c.trigger.startswith("withdraw")]
    assert withdraw.outcome == "dropped" and "content of a request" in withdraw.rule
    [plain] = pipeline.run([Document("d1", UNRESOLVED)])
    assert isinstance(plain, DocumentResult) and plain.candidates == []  # only on request


def test_extract_explain_and_keep_partial_on_the_command_line() -> None:
    text = UNRESOLVED + " Chile praised Argentina."
    result = CliRunner().invoke(main, ["extract", "-", "--explain", "-q"], input=text)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("# ")  # the document, then its sentences
    assert any(line.startswith("[0] Jim Hardwick sued") for line in lines)
    assert any(
        "dropped" in line and "'sued'" in line and "--keep-partial" in line for line in lines
    )
    assert any("emitted" in line and "'praised'" in line for line in lines)
    result = CliRunner().invoke(main, ["extract", "-", "--keep-partial", "-q"], input=text)
    assert [line.count('"partial": true') for line in result.stdout.splitlines()] == [1, 0]
