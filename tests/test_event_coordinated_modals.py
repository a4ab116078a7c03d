"""A verb coordinated with a modal one shares its modal only when it shares its clause: "will
attack Kyiv and destroy ..." (a base form) is intended, "said the bloc would increase aid and
called on Russia to withdraw" (a tense of its own) or "the UN will send aid, and Britain sends
troops" (a subject of its own) are done. What an invitation invites to is not done (issue 13).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline

# (sentence, trigger, modality)
COORDINATED = [
    ("Kallas said the bloc would increase its aid and called on Serbia to pull back its troops.", "called on", "asserted"),
    ("The spokesman said Moscow would respond and accused Latvia of provocations.", "accused", "asserted"),
    ("The UN will send food aid, and Britain sends troops to Mali.", "sends troops", "asserted"),
    # a base form shares the modal
    ("Iran would condemn the strike and recall its ambassador from Baku.", "recall", "hypothetical"),
    ("Chad will condemn the coup and expel the Nigerien ambassador.", "expel", "intended"),
    # an invitation's content
    ("Xi invited Lula to visit Beijing in the spring.", "visit", "hypothetical"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "modality"), COORDINATED, ids=[c[0][:40] for c in COORDINATED]
)
def test_a_coordinated_verb_has_its_own_modal(
    pipeline: Pipeline, text: str, trigger: str, modality: str
) -> None:
    events = pipeline.extract(text)
    found = [e for e in events if e.trigger.text.startswith(trigger)]
    assert found, [(e.event_type, e.trigger.text) for e in events]
    assert {e.modality for e in found} == {modality}, [e.reason for e in found]
