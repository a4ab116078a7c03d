"""The round-13 fresh probe set (tests/fresh_probes_r13.py), written before the coder was run
on it: short edited sentences in the style of the PETRARCH2 validation set, every PLOVER type
and 42 sentences with no codable event. Two readings, each with its floor at the figure when
the set was written (a drop below a floor is a regression):

- every record, as tests/test_event_fresh_probes.py reads the round-12 set: a sentence passes
  when every required event is coded with its type and the countries of its sides, and
  nothing of a type not expected is coded (an intended or negated act of another type counts);
- the sentence's main mention in strict PLOVER, as the GSR evaluation reads a sentence
  (tacitus/evaluate/plover_gsr.py): the type of its main records, the countries of their sides,
  and on the no-event sentences whether the main mention is a strict PLOVER event at all."""

from __future__ import annotations

import pytest
from fresh_probes_r12 import expected
from fresh_probes_r13 import PETRARCH_STYLE
from test_event_fresh_probes import _country_fits, _passes

from tacitus import Event, Pipeline
from tacitus.evaluate.plover_gsr import main_mention
from tacitus.plover import plover_record, strict_type


@pytest.fixture(scope="module")
def coded(pipeline: Pipeline) -> list[tuple[str, list[Event]]]:
    """Each probe's expected events (as written) and the records the coder gives it."""
    return [(spec, pipeline.extract(text)) for text, spec in PETRARCH_STYLE]


def test_probe_set_shape() -> None:
    quiet = [s for _, s in PETRARCH_STYLE if not expected(s)]
    kinds = {k for _, s in PETRARCH_STYLE for w in expected(s) for k in w.types}
    assert len(PETRARCH_STYLE) >= 200 and len(quiet) >= 40 and len(kinds) == 16


def test_fresh_petrarch_style_probes(coded: list[tuple[str, list[Event]]]) -> None:
    passed = sum(_passes(events, spec) for spec, events in coded)
    assert passed >= 138, f"{passed}/{len(coded)}"


def _sides(records: list[Event]) -> tuple[list[str | None], list[str | None]]:
    sources = [e.source.country if e.source else None for e in records]
    targets = [e.target.country if e.target else None for e in records]
    if any(e.reciprocal for e in records):  # as the GSR evaluation: either side of a pair
        return sources + targets, sources + targets
    return sources, targets


def test_fresh_main_mentions_in_strict_plover(coded: list[tuple[str, list[Event]]]) -> None:
    """Type 146 / 160, source country 147 / 152, target country 111 / 126 when written."""
    kinds = sources = targets = 0
    for spec, events in coded:
        wants = [w for w in expected(spec) if w.required]
        main = main_mention(events)
        if not wants or not main:
            continue
        want = wants[0]
        kinds += strict_type(main[0]) in want.types
        got_sources, got_targets = _sides(main)
        sources += want.source != "*" and any(_country_fits(want.source, c) for c in got_sources)
        targets += want.target != "*" and any(_country_fits(want.target, c) for c in got_targets)
    figures = f"type {kinds}, source {sources}, target {targets}"
    assert kinds >= 146 and sources >= 147 and targets >= 111, figures


def test_fresh_no_event_sentences_in_strict_plover(
    coded: list[tuple[str, list[Event]]],
) -> None:
    """No-event sentences whose main mention is a strict PLOVER event: 13 of 42 when written
    (negated cooperation read as REJECT, negated intended force as THREATEN, hedges)."""
    quiet = [events for spec, events in coded if not expected(spec)]
    coded_quiet = sum(bool(m) and plover_record(m[0]) is not None for m in map(main_mention, quiet))
    assert coded_quiet <= 13, f"{coded_quiet} of {len(quiet)}"
