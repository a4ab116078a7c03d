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


def test_the_act_of_the_accused_object_is_a_hedged_report(pipeline: Pipeline) -> None:
    # the phrase hung on the object is still what the accusation tells: hedged as when it
    # hangs on the verb (events/modality._alleged)
    for text in (
        "Hamas accused Israeli forces of killing four Palestinians.",
        "Baghdad accused Turkish troops of shelling Iraqi farmers near Dohuk.",
    ):
        kills = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
        assert kills, text
        assert all("hedged report" in e.reason for e in kills), [e.reason for e in kills]
    # a noun's own gerund under an object that no accusation governs: no hedge
    text = "The army praised Turkish troops of the border brigade for shelling rebel positions."
    shells = [e for e in pipeline.extract(text) if e.event_type == "ASSAULT"]
    assert all("hedged report" not in e.reason for e in shells), [e.reason for e in shells]
