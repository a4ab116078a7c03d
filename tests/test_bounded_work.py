"""Bounded work (issue 16): what keeps every document's time roughly linear in its size.

The limits themselves (no timing here: benchmarks/bench_faults.py measures the scaling): the
tokenizer never sees a run of more than 100 characters without whitespace, no sentence runs
past 120 tokens without a mark that ends one, and the indexed lookups that replaced scans
of every quote, clause and hit answer exactly as the scans did.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tacitus.intervals import Stabbing
from tacitus.nlp import MAX_RUN, MAX_SENTENCE, tokenizable
from tacitus.quotes import QuotesAt, _merge, quote_at
from tacitus.quotes.marks import QUOTE_MARKS
from tacitus.quotes.statement import Statement
from tacitus.records import Quote

BOUNDED = settings(max_examples=300, deadline=None, derandomize=True, database=None)


def test_long_runs_without_whitespace_are_cut_for_the_tokenizer() -> None:
    prose = "Russia accused Ukraine of shelling https://example.org/news/2025/03/10/shelling."
    assert tokenizable(prose) == prose
    junk = "x " + "&" * 40_000 + " y"
    cut = tokenizable(junk)
    assert len(cut) == len(junk)  # every offset holds
    assert max(len(part) for part in cut.split()) == MAX_RUN
    assert all(a == b or b == " " for a, b in zip(junk, cut, strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the Syrian Electronic Army.[4] It", "the Syrian Electronic Army.    It"),
        ("in 2008.[1][2] He", "in 2008.       He"),
        ("Bashar al-Assad,[12] the", "Bashar al-Assad,     the"),
        ("a list [1] of items", "a list [1] of items"),  # not glued to a word: left alone
        ("the array x[i] holds", "the array x[i] holds"),
    ],
)
def test_a_footnote_mark_glued_to_a_word_is_blanked(text: str, expected: str) -> None:
    assert tokenizable(text) == expected


def test_a_name_before_a_footnote_mark_is_found(pipeline: object) -> None:
    from tacitus import Document, Pipeline

    assert isinstance(pipeline, Pipeline)
    text = "The attack was condemned by the Office of Foreign Assets Control.[3] Talks went on."
    [result] = list(pipeline.run([Document("t", text)]))
    assert not isinstance(result, Exception)
    names = {text[m.start : m.end] for m in result.mentions}  # type: ignore[union-attr]
    assert "the Office of Foreign Assets Control" in names
    assert not any("[" in name for name in names)


@BOUNDED
@given(st.text(alphabet=st.sampled_from("ab&'.\n \t[]1"), max_size=600))
def test_tokenizable_keeps_the_length_and_bounds_every_run(text: str) -> None:
    cut = tokenizable(text)
    assert len(cut) == len(text)
    assert all(len(part) <= MAX_RUN for part in cut.split())
    assert all(a == b or b == " " for a, b in zip(text, cut, strict=True))


@pytest.mark.slow
def test_a_sentence_without_an_end_is_cut(pipeline: object) -> None:
    from tacitus import Pipeline

    assert isinstance(pipeline, Pipeline)
    nlp = pipeline.analyzer.nlp
    endless = "Russia accused Ukraine of attacks and " * 200
    doc = nlp(endless)
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE + 1
    prose = nlp("Russia accused Ukraine of shelling the border. Kyiv denied it on Monday.")
    assert [s.text for s in prose.sents] == [
        "Russia accused Ukraine of shelling the border.",
        "Kyiv denied it on Monday.",
    ]


spans = st.lists(
    st.tuples(st.integers(0, 60), st.integers(0, 30)).map(lambda t: (t[0], t[0] + t[1])),
    max_size=25,
)


@BOUNDED
@given(spans, st.integers(-2, 95), st.booleans())
def test_stabbing_finds_exactly_the_spans_holding_a_position(
    given_spans: list[tuple[int, int]], position: int, after_start: bool
) -> None:
    index = Stabbing(given_spans)
    expected = [
        i
        for i, (start, end) in enumerate(given_spans)
        if (start < position if after_start else start <= position) and position < end
    ]
    assert index.holding(position, after_start) == expected


@BOUNDED
@given(spans, st.lists(st.tuples(st.integers(0, 24), st.integers(0, 40)), max_size=10))
def test_stabbing_follows_ends_that_grow(
    given_spans: list[tuple[int, int]], growth: list[tuple[int, int]]
) -> None:
    current = list(given_spans)
    index = Stabbing(given_spans)
    for which, more in growth:
        if which < len(current):
            start, end = current[which]
            current[which] = (start, end + more)
            index.grow(which, end + more)
    for position in range(-1, 130, 7):
        expected = [i for i, (s, e) in enumerate(current) if s <= position < e]
        assert index.holding(position) == expected


@BOUNDED
@given(spans, st.lists(st.integers(-1, 95), max_size=20))
def test_quotes_at_answers_as_quote_at(
    given_spans: list[tuple[int, int]], offsets: list[int]
) -> None:
    quotes = [
        Quote(f"q{i}", "d", "x", True, "said", None, s, e) for i, (s, e) in enumerate(given_spans)
    ]
    index = QuotesAt(quotes)
    for offset in offsets:
        assert index.at(offset) is quote_at(quotes, offset)


def _merge_by_scanning(
    text: str, direct: list[Statement], indirect: list[Statement]
) -> list[Statement]:
    """The merge as it was written before the index: the reference the indexed one must match."""
    kept: list[Statement] = []
    for s in indirect:
        if any(d.start <= s.start < d.end for d in direct):
            continue
        if any(k.start == s.start and k.end == s.end for k in kept):
            continue
        kept.append(s)
    statements = list(kept)
    for d in direct:
        holder = next((k for k in kept if k.start < d.start < k.end), None)
        if holder is None:
            statements.append(d)
        else:
            end = d.end + (text[d.end : d.end + 1] in QUOTE_MARKS)
            holder.end = max(holder.end, end)
    return sorted(statements, key=lambda s: s.start)


@BOUNDED
@given(spans, spans, st.text(alphabet=st.sampled_from('ab "'), min_size=100, max_size=100))
def test_merging_quotes_into_clauses_answers_as_scanning(
    direct: list[tuple[int, int]], indirect: list[tuple[int, int]], text: str
) -> None:
    def made(found: list[tuple[int, int]], is_direct: bool) -> list[Statement]:
        return [Statement(s, e, is_direct, "said", None) for s, e in found]

    expected = _merge_by_scanning(text, made(direct, True), made(indirect, False))
    got = _merge(text, made(direct, True), made(indirect, False))
    assert [(s.start, s.end, s.direct) for s in got] == [
        (s.start, s.end, s.direct) for s in expected
    ]


@pytest.mark.slow
def test_a_document_of_more_tokens_than_prose_has_is_reported_unparsed(pipeline: object) -> None:
    from tacitus import Pipeline
    from tacitus.records import Document, DocumentResult, InputError

    assert isinstance(pipeline, Pipeline)
    limit = pipeline.analyzer.max_tokens
    assert limit == pipeline.options.max_chars // 4
    symbols = Document("symbols", "& " * (limit + 10), source="symbols.txt")
    prose = Document("prose", "France threatened Iran with new sanctions.")
    refused, fine = pipeline.analyzer.analyse([symbols, prose])
    assert isinstance(refused, InputError)
    assert refused.reason == f"too large ({limit + 10:,} tokens; the limit is {limit:,}: not prose)"
    assert isinstance(fine, DocumentResult) and fine.events
