"""``tacitus bench``: the corpus, the report's shape, the command. Speed is measured, never
asserted: these tests check what is reported, not how fast anything ran."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from tacitus.bench import MEASURES, PeakMemory, bench_corpus, run_bench
from tacitus.cli import main
from tacitus.cli.bench import render_table
from tacitus.errors import ConfigError
from tacitus.pipeline import Options


def test_corpus_is_varied_deterministic_and_sized() -> None:
    docs = bench_corpus(70)
    assert len(docs) == 70
    assert len({d.doc_id for d in docs}) == 70
    assert len({d.text for d in docs}) == 70  # no two texts alike, not even every 30th
    assert [d.text for d in bench_corpus(70)] == [d.text for d in docs]
    assert [d.text for d in bench_corpus(5, seed=1)] != [d.text for d in docs[:5]]
    assert all(d.published and d.outlet for d in docs)


def test_corpus_from_a_path(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Chile praised Argentina.\n\nPeru accused Bolivia.")
    (tmp_path / "b.txt").write_text("Egypt hosted talks.")
    docs = bench_corpus(5, tmp_path)
    assert len(docs) == 5
    assert docs[0].text.startswith("Chile praised Argentina.")
    with pytest.raises(ConfigError, match="no readable documents"):
        bench_corpus(3, tmp_path / "missing")
    with pytest.raises(ConfigError, match="--docs must be >= 1"):
        bench_corpus(0)


def test_peak_memory_sees_an_allocation() -> None:
    with PeakMemory() as before:
        pass
    with PeakMemory() as during:
        block = bytearray(64 * 2**20)
        block[::4096] = b"x" * len(block[::4096])
    assert during.peak >= before.peak
    assert during.peak > 0


def test_unknown_measure_and_repeats_are_refused() -> None:
    with pytest.raises(ConfigError, match="unknown measure 'parse'"):
        run_bench(bench_corpus(2), measures=["parse"])
    with pytest.raises(ConfigError, match="--repeats must be >= 1"):
        run_bench(bench_corpus(2), repeats=0)


@pytest.mark.slow
def test_report_has_every_measure_with_ratios_and_memory() -> None:
    docs = bench_corpus(6)
    report = run_bench(docs, Options(batch_size=4), repeats=2)
    data = report.to_dict()
    assert list(data["measures"]) == list(MEASURES)
    assert data["documents"] == 6 and data["sentences"] > 6 and data["words"] > 100
    for name, m in data["measures"].items():
        assert len(m["runs_seconds"]) == 2, name
        assert m["sentences_per_s"] > 0 and m["words_per_s"] > 0 and m["peak_rss_mib"] > 0
        assert m["ratio_to_spacy"] > 0 and m["cpu_ratio_to_spacy"] > 0
    assert data["measures"]["spacy"]["ratio_to_spacy"] == 1.0
    assert data["measures"]["extract"]["events"] == data["measures"]["ingest"]["events"] > 0
    assert "senter" in data["measures"]["spacy_all"]["components"]
    assert "senter" not in data["measures"]["extract"]["components"]
    # the floor runs spaCy's own attribute ruler; Tacitus runs the same rules compiled
    assert "attribute_ruler" in data["measures"]["spacy"]["components"]
    assert "attribute_rules" in data["measures"]["spacy_tacitus"]["components"]
    assert (
        data["measures"]["extract"]["components"] == data["measures"]["spacy_tacitus"]["components"]
    )
    table = render_table(report)
    assert "vs spaCy" in table and "extract" in table and "peak RSS" in table


@pytest.mark.slow
def test_bench_command_json() -> None:
    result = CliRunner().invoke(
        main,
        ["bench", "--docs", "3", "--repeats", "1", "--measure", "spacy", "--measure",
         "extract", "--format", "json", "--quiet"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data["measures"]) == ["spacy", "extract"]
    assert data["options"]["processes"] == 1
    assert result.stderr == ""
