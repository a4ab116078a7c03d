"""Acts advocated, acts a means is for, and ends aimed at are not told as done (issue 13):
"it is right that both countries discuss", "the only way to achieve a defeat of Daesh", "to
degrade and ultimately destroy ISIL". Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline

# (sentence, trigger word, modality)
AIMS = [
    ("It is essential that Russia and Turkey hold talks on Syria.", "talks", "hypothetical"),
    ("It is right that Iraq and Iran discuss the border.", "discuss", "hypothetical"),
    ("It is vital that the army withdraws from Aleppo.", "withdraws", "hypothetical"),
    # told as a fact
    ("It is clear that Russia attacked the convoy.", "attacked", "asserted"),
    ("It is true that the army shelled the town.", "shelled", "asserted"),
    # a means, even after 'the only'
    ("This is the only way to achieve a decisive defeat of ISIL in Syria.", "defeat",
     "hypothetical"),
    ("This is the only way to defeat ISIL in Syria.", "defeat", "hypothetical"),
    ("A deal is the best way to help Iraq.", "help", "hypothetical"),
    # after a ranking an agent tells what happened
    ("He was the only minister to condemn the attack by the Syrian army.", "condemn",
     "asserted"),
    # an end aimed at on a base form; 'ultimately' on a past verb tells what happened
    ("The coalition is assisting the Iraqi government to degrade and ultimately destroy ISIL.",
     "destroy", "intended"),
    ("Ultimately, the Iraqi army destroyed the ISIL positions.", "destroyed", "asserted"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "modality"), AIMS, ids=[t[0][:40] for t in AIMS])
def test_aims_and_facts(pipeline: Pipeline, text: str, word: str, modality: str) -> None:
    events = [e for e in pipeline.extract(text) if word in e.trigger.text]
    assert events, [(e.event_type, e.trigger.text) for e in pipeline.extract(text)]
    assert events[0].modality == modality, events[0].reason


# an aim told by a copula, an apposition, "with the goal of" or a task: aimed at, not done
# (sentence, trigger word, modality)
AIMED = [
    ("The aim of the offensive is to defeat the Taliban in Helmand.", "defeat", "intended"),
    ("Their goal remains the destruction of al-Shabaab.", "destruction", "intended"),
    ("Our objective, which is the defeat of Boko Haram, has not changed.", "defeat", "intended"),
    ("The coalition's objective, the defeat of ISIL, is shared by Jordan.", "defeat", "intended"),
    # the relative clause hung by the parser on a noun above the aim it tells
    ("The allies are crucial to the pursuit of our joint aim which is the lasting defeat of al-Shabaab.", "defeat", "intended"),
    ("Kenyan troops remain vital to the success of our mission which is the defeat of al-Shabaab.", "defeat", "intended"),
    ("Turkey sent troops with the goal of defeating the Kurdish militia.", "defeating", "intended"),
    ("The brigade was tasked with attacking al-Shabaab positions in Somalia.", "attacking", "intended"),
    # an aim reached, or a noun that is no aim, tells what was done
    ("The army achieved its goal of defeating the rebels in Jaffna.", "defeating", "asserted"),
    ("The result was the destruction of the Hamas tunnels by Israel.", "destruction", "asserted"),
    ("Sri Lanka celebrated the end of the war which was the defeat of the Tamil Tigers.", "defeat", "asserted"),
    ("Kenya attacked al-Shabaab with the support of Somalia.", "attacked", "asserted"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "word", "modality"), AIMED, ids=[t[0][:40] for t in AIMED])
def test_an_aim_is_not_done(pipeline: Pipeline, text: str, word: str, modality: str) -> None:
    events = [e for e in pipeline.extract(text) if e.trigger.text.startswith(word)]
    assert events, [(e.event_type, e.trigger.text) for e in pipeline.extract(text)]
    assert events[0].modality == modality, events[0].reason
