"""A gerund clause with no doer of its own as the subject of a verb that tells nothing done
speaks of the act in general ("Defeating ISIL will take time", "Attacking Iran would be a
mistake"): hypothetical, not asserted. Under a past or perfect verb it tells of an act done
("Arming the rebels was a mistake"), and a gerund with its own subject is someone's act.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline

# (sentence, trigger, modality)
CASES = [
    ("Defeating the insurgents will take years of patient work.", "Defeating", "hypothetical"),
    ("Attacking Iran would be a grave mistake, the senator said.", "Attacking", "hypothetical"),
    ("Negotiating with the Taliban is the only way forward.", "Negotiating", "hypothetical"),
    ("Expelling the diplomats would harm relations with Beijing.", "Expelling", "hypothetical"),
    # past or perfect: the act was done
    ("Arming the rebels was a mistake, Obama said.", "Arming", "asserted"),
    ("Bombing the hospital has caused outrage in Geneva.", "Bombing", "asserted"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "modality"), CASES, ids=[c[0][:40] for c in CASES])
def test_a_gerund_subject_speaks_of_the_act_in_general(
    pipeline: Pipeline, text: str, trigger: str, modality: str
) -> None:
    found = [e for e in pipeline.extract(text) if e.trigger.text.startswith(trigger)]
    assert found, [e.trigger.text for e in pipeline.extract(text)]
    assert {e.modality for e in found} == {modality}, [e.reason for e in found]


def test_a_gerund_after_its_own_subject_is_not_this(pipeline: Pipeline) -> None:
    # the main clause's verb, not a gerund subject: Russia's attack is told as done
    events = pipeline.extract("Russia attacked Ukraine, and shelling the city continued all day.")
    attacked = [e for e in events if e.trigger.text.startswith("attacked")]
    assert attacked and all(e.modality == "asserted" for e in attacked)
