"""The fault suite (issue 16): generated hostile inputs through the readers, the pipeline, the
store and the API, and the issue's own cases (tests/fault_corpus.py) through `tacitus ingest`.

For every input: records or exactly one error line, never a crash; every good input of the
same run stored. Hypothesis generates the inputs with a fixed budget per test (derandomized:
the same examples on every run, no deadline: a loaded machine cannot make it flaky). The
counts of examples are in BENCHMARKS.md (Reliability); nothing here is timed.

A longer hunt: ``TACITUS_FAULT_SCALE=10 pytest tests/test_faults.py`` runs ten times the
examples, drawn at random (a new sample each run; Hypothesis prints the failing example).
"""

from __future__ import annotations

import json
import os
import string
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fault_corpus import HostileServer, write_corpus
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import tacitus.pipeline
from tacitus import Pipeline, open_store
from tacitus.cli import main
from tacitus.dates import EARLIEST, latest_published
from tacitus.fetch import read_sources
from tacitus.ingest import ingest
from tacitus.records import Document, DocumentResult, InputError
from tacitus.store import Store

SCALE = max(int(os.environ.get("TACITUS_FAULT_SCALE", "1") or 1), 1)
SUITE = {"deadline": None, "derandomize": SCALE == 1, "database": None,
         "suppress_health_check": list(HealthCheck)}  # fmt: skip
GOOD_TEXT = "France threatened Iran with new sanctions on Monday."
GOOD_TYPES = {"THREATEN"}

# -- what a hostile user types --------------------------------------------------------------------

NASTY = (
    string.ascii_letters + string.digits + " \t\n\r.,;:!?'\"&()[]{}<>/\\-_*#@%$^|~`"
    + "\u00a0\u200b\u200e\u202e\ufeff\u2028\u2029\u201c\u201d\u2019\u2026\ufffd\x00\x0b\x1f"
    + "Ωж中ع🙂"
)  # fmt: skip
nasty_text = st.one_of(
    st.text(alphabet=NASTY, max_size=400),
    st.text(max_size=200),  # any code point, lone surrogates included
    st.builds(lambda c, n: c * n, st.sampled_from("&'(.-\"!a \n"), st.integers(0, 3000)),
    st.builds(
        lambda a, b: a + b,
        st.sampled_from(["Russia said ", '"', "On Monday, "]),
        st.text(alphabet=NASTY, max_size=300),
    ),
)
dates = st.one_of(
    st.none(),
    st.sampled_from(["9999-12-31", "0000-01-01", "0001-01-01", "2025-02-30", "2025-03-10",
                     "1000-01-01", "0999-12-31", "yesterday", "", "2025-03-10T25:99:00Z"]),
    st.builds(lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", st.integers(0, 9999),
              st.integers(0, 13), st.integers(0, 32)),
    st.text(max_size=30),
)  # fmt: skip
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                 max_size=4),
    max_leaves=12,
)  # fmt: skip


@st.composite
def json_line(draw: st.DrawFn) -> str:
    """A JSON line as a hostile user writes one: broken, nested, odd fields, odd text."""
    kind = draw(st.sampled_from(["record", "record", "value", "deep", "bignum", "garbage"]))
    if kind == "value":
        return json.dumps(draw(json_values))
    if kind == "deep":
        return "[" * draw(st.integers(500, 50_000))
    if kind == "bignum":
        return '{"id": ' + "9" * draw(st.integers(4000, 9000)) + ', "text": "x"}'
    if kind == "garbage":
        return draw(st.text(alphabet=NASTY, max_size=200)).replace("\n", " ")
    record: dict[str, Any] = {}
    for key in ("id", "title", "url", "published", "outlet", "text", "html"):
        if draw(st.booleans()):
            record[key] = draw(st.one_of(nasty_text, dates, json_values))
    return json.dumps(record)  # lone surrogates become legal \\udXXX escapes


@st.composite
def hostile_file(draw: st.DrawFn) -> tuple[str, bytes]:
    """A file name suffix and its bytes."""
    suffix = draw(st.sampled_from([".txt", ".md", ".html", ".jsonl", ".json", ".xml", ".rss", ""]))
    kind = draw(st.sampled_from(["bytes", "text", "lines", "html", "feed"]))
    if kind == "bytes":
        return suffix, draw(st.binary(max_size=3000))
    if kind == "lines":
        lines = draw(st.lists(json_line(), max_size=6))
        return suffix, "\n".join(lines).encode("utf-8", "surrogatepass")
    if kind == "html":
        tags = draw(st.lists(st.sampled_from(["<div>", "</div>", "<p>", "<script>", "<article>",
                                              "<title>", "<meta charset=x>", "&amp;", "&#0;"]),
                             max_size=60))  # fmt: skip
        body = "".join(tags) + draw(nasty_text)
        return suffix, body.encode("utf-8", "surrogatepass")
    if kind == "feed":
        entry = (f"<item><title>{draw(nasty_text)}</title><pubDate>{draw(dates)}</pubDate>"
                 f"<description>{draw(nasty_text)}</description></item>")  # fmt: skip
        feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>{entry}'
        return suffix, (feed + draw(st.sampled_from(["</channel></rss>", ""]))).encode(
            "utf-8", "surrogatepass"
        )
    return suffix, draw(nasty_text).encode("utf-8", draw(st.sampled_from(["surrogatepass",
                                                                          "replace"])))  # fmt: skip


# -- the readers ------------------------------------------------------------------------------------


def _check_document(doc: Document) -> None:
    """Every field valid Unicode (the store and stdout take it), a plausible date or none."""
    for value in (doc.doc_id, doc.text, doc.title, doc.url, doc.outlet, doc.source, *doc.notes):
        if value is not None:
            value.encode("utf-8")
    assert doc.text.strip()
    if doc.published is not None:
        assert EARLIEST.isoformat() <= doc.published <= latest_published().isoformat()


@settings(max_examples=400 * SCALE, **SUITE)  # type: ignore[call-overload]
@given(st.lists(hostile_file(), min_size=1, max_size=6))
def test_readers_give_each_input_documents_or_one_error(files: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "tree").mkdir()
        (root / "tree" / "good.txt").write_text(GOOD_TEXT)
        for n, (suffix, data) in enumerate(files):
            path = root / f"input{n}{suffix}"
            path.write_bytes(data)
            (root / "tree" / path.name).write_bytes(data)  # the same, in a directory
            items = list(read_sources([str(path)], max_chars=5000))
            assert items, path  # never silent
            for item in items:
                _check_item(item)
            whole = suffix not in (".jsonl", ".json", ".xml", ".rss") and not (
                suffix == "" and data.lstrip()[:1] in (b"{", b"[", b"<")
            )
            if whole:  # a text or HTML file: one document or one error
                assert len(items) == 1, (path, items)
                assert items[0].source == str(path)
            else:  # JSON lines: one item per line at most; a feed: its entries or one error
                lines = [i.source for i in items if i.source.startswith(f"{path}:")]
                assert len(lines) == len(set(lines)), items
        items = list(read_sources([str(root / "tree")], max_chars=5000))
        for item in items:
            _check_item(item)
        assert "good.txt" in [i.doc_id for i in items if isinstance(i, Document)]


def _check_item(item: Document | InputError) -> None:
    if isinstance(item, Document):
        _check_document(item)
    else:
        assert item.reason and item.source
        item.reason.encode("utf-8")
        item.source.encode("utf-8")


# -- the pipeline and the store ---------------------------------------------------------------------


@st.composite
def hostile_document(draw: st.DrawFn) -> Document:
    """A document as the Python API takes one: any text, any date string, any id."""
    text = draw(nasty_text)
    return Document(
        doc_id=draw(st.text(max_size=20)) or "empty-id",
        text=text if text.strip() else text + "x",
        title=draw(st.none() | st.text(max_size=30)),
        published=draw(dates),
        outlet=draw(st.none() | st.text(max_size=20)),
        source="hypothesis",
    )


@pytest.mark.slow
@settings(max_examples=150 * SCALE, **SUITE)  # type: ignore[call-overload]
@given(st.lists(hostile_document(), min_size=1, max_size=3))
def test_the_pipeline_gives_each_document_its_result_or_one_error(
    pipeline: Pipeline, docs: list[Document]
) -> None:
    good = Document("good-doc", GOOD_TEXT, published="2025-03-10")
    batch = [*docs, good]
    results = list(pipeline.run(batch))
    assert len(results) == len(batch)  # one each, in order
    for result in results:
        if isinstance(result, DocumentResult):
            _check_document(result.document)
            for event in result.events:
                json.dumps(event.to_dict(), ensure_ascii=False).encode("utf-8")
            for quote in result.quotes:
                json.dumps(quote.to_dict(), ensure_ascii=False).encode("utf-8")
    last = results[-1]
    assert isinstance(last, DocumentResult) and last.document.doc_id == "good-doc"
    assert {e.event_type for e in last.events} == GOOD_TYPES


@pytest.fixture(scope="module")
def fault_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with open_store(tmp_path_factory.mktemp("faults") / "faults.duckdb") as store:
        yield store


@pytest.mark.slow
@settings(max_examples=60 * SCALE, **SUITE)  # type: ignore[call-overload]
@given(st.lists(hostile_document(), min_size=1, max_size=4), st.integers(0, 10**6))
def test_the_store_takes_every_document_the_pipeline_gives(
    pipeline: Pipeline, fault_store: Store, docs: list[Document], n: int
) -> None:
    good = Document(f"good-{n}", f"{GOOD_TEXT} It was case {n}.", published="2025-03-10")
    stats = ingest(fault_store, [*docs, good], pipeline)
    assert stats.documents >= 1
    stored = fault_store.content_hashes([good.doc_id])
    assert stored == {good.doc_id: good.content_hash}
    con = fault_store.connection
    unplaced = con.execute(
        "SELECT count(*) FROM documents d LEFT JOIN story_members m USING (doc_id) "
        "WHERE m.doc_id IS NULL"
    ).fetchone()
    assert unplaced == (0,)  # every stored document is in a story
    list(fault_store.events())
    fault_store.documents()


# -- the issue's cases through `tacitus ingest` -----------------------------------------------------


@pytest.fixture
def shared_model(monkeypatch: pytest.MonkeyPatch, pipeline: Pipeline) -> None:
    """The CLI builds its own Pipeline: let it reuse the session's loaded model."""
    loaded = pipeline.analyzer
    monkeypatch.setattr(tacitus.pipeline, "Analyzer", lambda options: loaded)


@pytest.mark.slow
def test_the_issue_s_cases_are_error_lines_and_the_rest_is_stored(
    tmp_path: Path, shared_model: None
) -> None:
    corpus = write_corpus(tmp_path, scale=0.2)
    db = tmp_path / "store.duckdb"
    with HostileServer(bomb_megabytes=64) as server:
        server.add_to(corpus)
        outcome = CliRunner().invoke(
            main, ["ingest", *corpus.inputs, "--db", str(db), "--allow-private", "-q"]
        )
    assert outcome.exit_code == 1, outcome.output  # some inputs failed; not a crash (3)
    lines = outcome.stderr.splitlines()
    errors = {line.split(": ", 2)[1]: line.split(": ", 2)[2] for line in lines
              if line.startswith("error: ")}  # fmt: skip
    for source, reason in corpus.errors.items():
        if reason:
            assert errors.get(source, "").startswith(reason), (source, errors.get(source))
    assert len(errors) == sum(1 for line in lines if line.startswith("error: "))  # one each
    warned = {line.split(": ", 2)[1] for line in lines if line.startswith("warning: ")}
    assert corpus.warned <= warned, corpus.warned - warned
    with open_store(db, read_only=True) as store:
        con = store.connection
        stored = dict(con.execute("SELECT doc_id, text FROM documents").fetchall())
        placed = {r[0] for r in con.execute("SELECT doc_id FROM story_members").fetchall()}
    for doc_id, text in corpus.good.items():
        assert stored.get(doc_id) == text, doc_id
    assert corpus.kept <= set(stored), corpus.kept - set(stored)
    assert set(stored) == placed  # every document in a story
    rebuilt = CliRunner().invoke(main, ["stories", "--rebuild", "--db", str(db)])
    assert rebuilt.exit_code == 0, rebuilt.output


@pytest.mark.slow
def test_a_crash_is_exit_code_3_and_says_it_is_a_bug(
    tmp_path: Path, shared_model: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exit code 1 says "some inputs failed"; a bug is another thing, said as such."""
    import tacitus.ingest

    def broken(*args: object, **kwargs: object) -> object:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(tacitus.ingest, "place_pending", broken)
    text = tmp_path / "a.txt"
    text.write_text(GOOD_TEXT)
    outcome = CliRunner().invoke(main, ["ingest", str(text), "--db", str(tmp_path / "s.duckdb")])
    assert outcome.exit_code == 3
    line = outcome.stderr.splitlines()[-1]
    assert line.startswith(
        "Error: internal error (ZeroDivisionError: a bug); this is a bug in Tacitus, please "
        "report it with the command that gave it (traceback: "
    )
    report = Path(line.removesuffix(")").rsplit("(traceback: ", 1)[1])
    assert "ZeroDivisionError: a bug" in report.read_text()
    assert "place_pending" not in outcome.stderr  # one line on stderr, the trace in the file
    report.unlink()
    with open_store(tmp_path / "s.duckdb", read_only=True) as store:
        runs = store.connection.execute("SELECT status FROM runs").fetchall()
    assert runs == [("failed",)]


def test_a_crash_prints_its_traceback_when_asked(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tacitus.cli.base import Crash

    try:
        raise KeyError("missing")
    except KeyError as exc:
        crash = Crash(exc)
    monkeypatch.setenv("TACITUS_TRACEBACK", "1")
    crash.show()
    err = capsys.readouterr().err
    assert err.startswith("Traceback (most recent call last):")
    assert "KeyError: 'missing'" in err
    assert err.splitlines()[-1].startswith("Error: internal error (KeyError: 'missing')")
    Path(err.splitlines()[-1].removesuffix(")").rsplit("(traceback: ", 1)[1]).unlink()


def test_ctrl_c_in_any_command_exits_130(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not click's "Aborted!" and exit 1 (the code for "some inputs failed")."""
    import tacitus.cli.stories

    def interrupted(*args: object, **kwargs: object) -> object:
        raise KeyboardInterrupt

    open_store(tmp_path / "s.duckdb").close()
    monkeypatch.setattr(tacitus.cli.stories, "rebuild", interrupted)
    outcome = CliRunner().invoke(main, ["stories", "--rebuild", "--db", str(tmp_path / "s.duckdb")])
    assert outcome.exit_code == 130
    assert outcome.stderr.splitlines() == ["tacitus: interrupted"]


def test_an_error_while_ctrl_c_unwinds_is_the_interrupt_not_a_bug(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A clean-up that fails half-way through a Ctrl-C (its error has the KeyboardInterrupt
    as its context) exits 130, not 3."""
    import tacitus.cli.stories

    def interrupted_then_failed(*args: object, **kwargs: object) -> object:
        try:
            raise KeyboardInterrupt
        finally:
            raise RuntimeError("cannot close: interrupted")

    open_store(tmp_path / "s.duckdb").close()
    monkeypatch.setattr(tacitus.cli.stories, "rebuild", interrupted_then_failed)
    outcome = CliRunner().invoke(main, ["stories", "--rebuild", "--db", str(tmp_path / "s.duckdb")])
    assert outcome.exit_code == 130
    assert outcome.stderr.splitlines() == ["tacitus: interrupted"]
