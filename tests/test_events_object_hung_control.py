"""Object control when the parser hangs "of / from V-ing" on the object rather than on the
verb (events/arguments.py, issue 13): "X accused Y of killing Z" gives Y as the doer however
the phrase was attached. Sentences written for these tests."""

from __future__ import annotations

from tacitus import Pipeline


def test_the_accused_object_kills(pipeline: Pipeline) -> None:
    for text, country in (
        ("Hamas accused Israeli forces of killing four Palestinians.", "ISR"),
        ("Kyiv accused Russian troops of killing civilians in an attack on Bucha.", "RUS"),
        ("Baghdad accused Turkish troops of shelling Iraqi farmers near Dohuk.", "TUR"),
    ):
        kills = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
        assert kills, text
        assert all(e.source is not None and e.source.country == country for e in kills), text
        assert all("object of 'accused' (control)" in e.reason for e in kills), text


def test_a_thing_holds_its_own_clause(pipeline: Pipeline) -> None:
    # "its policy of arming": the policy's holder, not an object under control
    text = "The senators criticised Russia's policy of arming the separatists in Donbas."
    arms = [e for e in pipeline.extract(text) if e.event_type == "AID"]
    assert all(e.source is None or e.source.country == "RUS" for e in arms)
