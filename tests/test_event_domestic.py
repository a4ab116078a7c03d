"""Classes found on the PLOVER GSR dev rows (issue 13): the country of people a state's
police or government coerce at home, orders to others, stative "committed to", and a count
taken for a phrase. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tacitus import Pipeline

# (sentence, type, source country, target country; None: no target country)
CASES = [
    ("Kenyan police fired tear gas to disperse students in the capital.", "ASSAULT", "KEN", "KEN"),
    ("Bolivian police arrested dozens of demonstrators on Friday.", "COERCE", "BOL", "BOL"),
    ("The Belarusian government banned the gathering organised by opposition activists.",
     "COERCE", "BLR", "BLR"),
    ("Chilean authorities detained 30 striking workers.", "COERCE", "CHL", "CHL"),
    # the army, a place abroad, or named people keep what they had
    ("The Chinese army attacked protesters.", "ASSAULT", "CHN", None),
    ("Chinese police detained three journalists in Kenya.", "COERCE", "CHN", None),
    ("Bolivian police arrested two Peruvian traders.", "COERCE", "BOL", "PER"),
    # orders to others are demands; one's own forces ordered are commanded, not asked
    ("A Peruvian judge ordered former president Alberto Fujimori to appear in court.",
     "REQUEST", "PER", "PER"),
    # a state's organs order, press or charge unnamed people at home
    ("The Ecuadorian government ordered the opposition newspaper to close.", "COERCE", "ECU",
     "ECU"),
    ("Bolivian authorities pressed striking miners to end the strike.", "REQUEST", "BOL", "BOL"),
    ("The Kenyan government accused opposition activists of inciting violence.", "ACCUSE",
     "KEN", "KEN"),
    # not a person (ministers press parties abroad), not a place abroad
    ("The Chilean foreign minister Alberto van Klaveren urged all parties to end the fighting.",
     "REQUEST", "CHL", None),
    ("Chilean authorities urged striking miners in Peru to end the strike.", "REQUEST", "CHL",
     "PER"),
    # a stative passive: the committed one acts
    ("Vietnam is committed to opening its economy to Japan.", "AGREE", "VNM", None),
    ("Chile is determined to defeat the rebels.", "ASSAULT", "CHL", None),
    # a count taken for a phrase ("up to 16 ...") is the object
    ("Afghan rebels have kidnapped up to 16 Russian engineers.", "ASSAULT", "AFG", "RUS"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "kind", "source", "target"), CASES,
                         ids=[c[0][:40] for c in CASES])  # fmt: skip
def test_sides_and_their_countries(
    pipeline: Pipeline, text: str, kind: str, source: str, target: str | None
) -> None:
    events = [e for e in pipeline.extract(text) if e.event_type == kind]
    assert events, [(e.event_type, e.trigger.text) for e in pipeline.extract(text)]
    event = events[0]
    assert event.source is not None and event.source.country == source
    got = event.target.country if event.target is not None else None
    assert got == target, (event.target, event.reason)
    reason = event.target.reason if event.target is not None else ""
    if target is not None and ("coerces" in reason or "orders, presses" in reason):
        assert "no other nationality named" in event.target.reason


def test_an_order_to_ones_own_forces_is_no_demand(pipeline: Pipeline) -> None:
    events = pipeline.extract("Putin ordered Russian troops to withdraw from the border.")
    assert [e.event_type for e in events] == ["RETREAT"]
    assert not pipeline.extract("The Pentagon ordered 50 tanks from Germany.")


def test_a_passive_with_an_agent_stays_a_passive(pipeline: Pipeline) -> None:
    [event] = [
        e for e in pipeline.extract("Atrocities were committed by ISIS in Mosul.")
        if e.event_type == "ASSAULT"
    ]  # fmt: skip
    assert event.source is not None and event.source.country == "IMG"
