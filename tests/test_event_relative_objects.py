"""A reduced passive relative tells what is done to the noun it hangs on: that noun is the
verb's object, so an entry's object rules read it ("game shows hosted by young presenters":
no guest, no visit; "an operation executed by coalition forces": a plan carried out, no
killing). A participle with an object of its own is no such relative. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from tacitus import Event, Pipeline
from tacitus.plover import strict_type

# (sentence, trigger word no record may have)
NOT_THIS_SENSE = [
    ("Game shows hosted by young presenters drew large audiences in Baghdad.", "hosted"),
    ("The websites hosted by the ministry carried the decree.", "hosted"),
    ("The plan executed by the Nigerian army in 2015 failed to end the insurgency.", "executed"),
    ("Operation Anvil was a military operation executed by coalition forces in 2005.", "executed"),
    ("Iran executed its strategy of patience with Washington.", "executed"),
]

# (sentence, strict type, trigger, source country, target country or None)
STILL_CODED = [
    ("The summit hosted by Egypt ended on Sunday.", "CONSULT", "hosted", "EGY", None),
    ("Egypt hosted the Sudanese foreign minister on Monday.", "CONSULT", "hosted", "EGY", "SDN"),
    ("The two activists executed by the Syrian army were buried on Friday.", "ASSAULT",
     "executed", "SYR", None),
    ("Iran executed two men convicted of spying for Israel.", "ASSAULT", "executed", "IRN", None),
]  # fmt: skip


def _records(events: list[Event]) -> list[tuple[str, str]]:
    return [(strict_type(e), e.trigger.text) for e in events]


@pytest.mark.parametrize(
    ("text", "trigger"), NOT_THIS_SENSE, ids=[t[0][:40] for t in NOT_THIS_SENSE]
)
def test_the_noun_a_reduced_relative_tells_of_is_its_object(
    pipeline: Pipeline, text: str, trigger: str
) -> None:
    events = pipeline.extract(text)
    assert not [e for e in events if e.trigger.text == trigger], _records(events)


@pytest.mark.parametrize(
    ("text", "kind", "trigger", "source", "target"),
    STILL_CODED,
    ids=[t[0][:40] for t in STILL_CODED],
)
def test_the_act_itself_is_still_coded(
    pipeline: Pipeline, text: str, kind: str, trigger: str, source: str, target: str | None
) -> None:
    found = [e for e in pipeline.extract(text) if e.trigger.text == trigger]
    assert [strict_type(e) for e in found] == [kind] * len(found) and found
    assert any(e.source is not None and e.source.country == source for e in found)
    if target:
        assert any(e.target is not None and e.target.country == target for e in found)
