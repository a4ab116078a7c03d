"""The "end / stop / halt" family typed by its object and its doer (issue 13): ending one's
own operation is RETREAT, ending aid or trade with a state SANCTION; an effort to end a war
and a business ending its flights are neither. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline
from tacitus.records import Document, DocumentResult

# (sentence, type, trigger start): the act of ending
ENDED = [
    ("Ethiopia ended its offensive in Tigray.", "RETREAT", "ended"),
    ("Turkey halted its military operation in northern Syria.", "RETREAT", "halted"),
    ("The rebels agreed to stop the fighting.", "RETREAT", "stop"),
    ("Canada ended military aid to Saudi Arabia.", "SANCTION", "ended"),
    ("Algeria suspended gas exports to Morocco.", "SANCTION", "suspended"),
    ("The Iraqi government stopped flights to Erbil.", "SANCTION", "stopped"),
    # backing out of a deal goes back on it: no backing
    ("Hamas backed out of the truce with Israel.", "SANCTION", "backed"),
    ("Iran backed out of the deal with the European Union.", "SANCTION", "backed"),
    ("The rebels backed out of the talks with the Malian government.", "SANCTION", "backed"),
]

# (sentence, type that must not come out): efforts for peace, a business's decisions
NOT_ENDED = [
    ("Sweden worked to end the civil war in Liberia.", "RETREAT"),
    ("The African Union is trying to end the fighting in Sudan.", "RETREAT"),
    ("Oman has sought to end the conflict in Yemen.", "RETREAT"),
    ("The American envoy helped end the war in Kosovo.", "RETREAT"),
    ("Emirates Airlines ended its flights to Kabul.", "SANCTION"),
    ("Lufthansa suspended flights to Tehran.", "SANCTION"),
    ("Maersk halted deliveries to Russia.", "SANCTION"),
    ("Oman praised Qatar for its efforts to end the war in Yemen.", "RETREAT"),
    ("Britain praised Ghana for its work to resolve the dispute with Togo.", "AGREE"),
    ("I thank Ghana for their work to resolve this dispute with Togo.", "AGREE"),
]


@pytest.mark.parametrize(("text", "kind", "trigger"), ENDED, ids=[t[0][:40] for t in ENDED])
def test_an_ending_is_typed_by_what_ends(
    pipeline: Pipeline, text: str, kind: str, trigger: str
) -> None:
    events = pipeline.extract(text)
    found = [e for e in events if e.event_type == kind and e.trigger.text.startswith(trigger)]
    assert found, [(e.event_type, e.trigger.text) for e in events]


@pytest.mark.parametrize(("text", "kind"), NOT_ENDED, ids=[t[0][:40] for t in NOT_ENDED])
def test_peace_efforts_and_business_decisions_end_nothing(
    pipeline: Pipeline, text: str, kind: str
) -> None:
    events = pipeline.extract(text)
    assert not [e for e in events if e.event_type == kind], [e.reason for e in events]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("Norway worked to end the war in Angola.", "effort to end a war"),
        ("Etihad Airways suspended its flights to Beirut.", "commercial decision"),
    ],
)
def test_the_drop_says_why(text: str, rule: str) -> None:
    inspecting = Pipeline(keep_partial=True, explain=True)
    [result] = inspecting.run([Document("d1", text)])
    assert isinstance(result, DocumentResult)
    assert any(rule in c.rule for c in result.candidates if c.outcome == "dropped")
