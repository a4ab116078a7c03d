"""The command line: formats, input errors with exact messages, exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from tacitus import errors
from tacitus.cli import main
from tacitus.cli.base import TacitusGroup

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, input: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_extract_jsonl_from_stdin() -> None:
    code, out, err = run("extract", "-", input="Chile praised Argentina. Peru accused Bolivia.")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["event_type"], r["source"]["country"], r["target"]["country"]) for r in records] == [
        ("SUPPORT", "CHL", "ARG"),
        ("ACCUSE", "PER", "BOL"),
    ]
    assert err.startswith("tacitus: 1 documents, 2 events, 0 failed (")


def test_extract_csv_and_table(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Chile praised Argentina.")
    code, out, _ = run("extract", str(path), "--format", "csv", "-q")
    assert code == 0
    [row] = list(csv.DictReader(io.StringIO(out)))
    assert (row["doc_id"], row["event_type"], row["source.country"], row["target.country"]) == (
        str(path),
        "SUPPORT",
        "CHL",
        "ARG",
    )
    code, out, _ = run("extract", str(path), "--format", "table", "-q")
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["doc_id", "event_type", "source"]
    assert "Chile (CHL)" in lines[2] and "Argentina (ARG)" in lines[2]


def test_bad_inputs_are_reported_and_exit_1(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Chile praised Argentina.")
    (tmp_path / "bad.jsonl").write_text('{"id": "x", "text": "Peru accused Bolivia."}\nnot json\n')
    code, out, err = run(
        "extract", str(tmp_path / "missing.txt"), str(good), str(tmp_path / "bad.jsonl")
    )
    assert code == 1
    assert len(out.splitlines()) == 2  # both good documents were processed
    assert f"error: {tmp_path / 'missing.txt'}: no such file or directory" in err
    assert f"error: {tmp_path / 'bad.jsonl'}:2: malformed JSON (Expecting value at column 1)" in err
    assert "tacitus: 2 documents, 2 events, 2 failed" in err


def test_configuration_errors_exit_2(tmp_path: Path) -> None:
    code, _, err = run("extract", "-", "--actors", str(tmp_path / "nope.yaml"), input="x")
    assert code == 2
    assert err.strip() == f"Error: actor file not found: {tmp_path / 'nope.yaml'}"
    code, _, err = run("extract", "-", "--model", "xx_no_such_model", input="Chile praised Peru.")
    assert code == 2
    assert err.strip() == (
        "Error: spaCy pipeline 'xx_no_such_model' is not installed "
        "(install it with 'python -m pip install xx-no-such-model', or pick another with --model)"
    )
    bad = tmp_path / "bad.yaml"
    bad.write_text("actors: [{id: nope}]")
    code, _, err = run("extract", "-", "--actors", str(bad), input="Chile praised Peru.")
    assert code == 2
    assert err.strip() == f"Error: {bad}#1: missing or empty 'name'"


def test_usage_errors_exit_2() -> None:
    code, _, err = run("extract")
    assert code == 2 and "Missing argument 'INPUTS...'" in err
    code, _, err = run("extract", "-", "--format", "xml")
    assert code == 2 and "'xml' is not one of 'jsonl', 'csv', 'table'" in err


def test_module_entry_point_and_processes(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(f"Chile praised Argentina {i} times.")
    proc = subprocess.run(
        [sys.executable, "-m", "tacitus", "extract", str(tmp_path), "--processes", "2", "--batch-size", "1", "-q"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert [json.loads(line)["doc_id"] for line in proc.stdout.splitlines()] == [
        "0.txt",
        "1.txt",
        "2.txt",
    ]


def _subclasses(kind: type) -> list[type]:
    return [kind, *(s for sub in kind.__subclasses__() for s in _subclasses(sub))]


def _failing_group(kind: type[errors.TacitusError]) -> TacitusGroup:
    """A group with two commands that let ``kind`` through: at once, and mid-output."""
    group = TacitusGroup()

    def make(message: str, hint: str) -> errors.TacitusError:
        if issubclass(kind, errors.InputFailure):
            return kind(message, hint)  # (source, reason)
        return kind(message, hint=hint)

    @group.command()
    def fail() -> None:
        raise make("it went wrong", "do this instead")

    @group.command()
    def stream() -> None:
        def lines() -> Iterator[str]:
            yield "first\n"
            raise make("late", "try again")

        for line in lines():
            click.echo(line, nl=False)

    return group


@pytest.mark.parametrize("kind", _subclasses(errors.TacitusError), ids=lambda k: k.__name__)
def test_the_group_translates_every_tacitus_error_once(kind: type[errors.TacitusError]) -> None:
    """Whatever TacitusError a command lets through, at set-up or while its output streams,
    the group prints it as 'Error: message (hint)' and exits with 2, with no traceback."""
    group = _failing_group(kind)
    result = CliRunner().invoke(group, ["fail"])
    expected = (
        "Error: it went wrong: do this instead\n"  # an input failure: 'source: reason'
        if issubclass(kind, errors.InputFailure)
        else "Error: it went wrong (do this instead)\n"
    )
    assert (result.exit_code, result.stderr) == (2, expected)
    result = CliRunner().invoke(group, ["stream"])
    assert (result.exit_code, result.stdout) == (2, "first\n")
    assert result.stderr.startswith("Error: late") and "Traceback" not in result.stderr
