"""Words of retort and jibe ("hit back at", "sniped at") are criticism (ACCUSE 111); they are
force only with the means of force named or an armed doer, never because the one aimed at is
armed ("Trump sniped at his generals"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline

JIBES = [
    ("The senator sniped at the president over the budget.", "ACCUSE"),
    ("The governor sniped at the Pentagon over the National Guard order.", "ACCUSE"),
    ("The mayor hit back at the army over the curfew.", "ACCUSE"),
    # an armed doer, or the means of force named: force
    ("Militants sniped at Iraqi soldiers at a checkpoint near Mosul.", "ASSAULT"),
    ("Israeli warplanes hit back at Hezbollah positions in Lebanon.", "ASSAULT"),
    ("Israel hit back at Hamas with air strikes on Gaza.", "ASSAULT"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "type_"), JIBES, ids=[c[0][:40] for c in JIBES])
def test_a_jibe_is_force_only_with_an_armed_doer(pipeline: Pipeline, text: str, type_: str) -> None:
    words = ("sniped", "hit")
    found = [e for e in pipeline.extract(text) if e.trigger.text.split()[0] in words]
    assert [e.event_type for e in found] == [type_], [(e.event_type, e.reason) for e in found]
