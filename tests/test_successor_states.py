"""States that did not exist on the document's date (issue 11): their places and actors are
in the predecessor's country, not the successor's state. Sentences written for the tests."""

from __future__ import annotations

import pytest

from tacitus import Document, Pipeline
from tacitus.places.successors import predecessor


def test_predecessor_by_date() -> None:
    assert predecessor("SSD", "2011-07-08") == ("SDN", "2011-07-09")
    assert predecessor("SSD", "2011-07-09") is None  # its first day
    assert predecessor("SSD", None) is None  # undated: as it is
    assert predecessor("ERI", "1990-02-01T10:00:00") == ("ETH", "1993-05-24")
    assert predecessor("SDN", "1990-02-01") is None  # no successor


def _run(pipeline: Pipeline, text: str, published: str | None):  # type: ignore[no-untyped-def]
    [result] = list(pipeline.run([Document("d", text, published=published)]))
    assert not isinstance(result, Exception)
    return result


@pytest.mark.slow
@pytest.mark.parametrize(
    ("text", "published", "mention", "country"),
    [
        ("Fighters clashed in Juba on Tuesday.", "2008-05-01", "Juba", "SDN"),
        ("Fighters clashed in Juba on Tuesday.", "2012-05-01", "Juba", "SSD"),
        ("Fighters clashed in Juba on Tuesday.", None, "Juba", "SSD"),
        ("Eritrean rebels attacked troops near Asmara.", "1990-01-10", "Asmara", "ETH"),
        ("Eritrean rebels attacked troops near Asmara.", "1999-01-10", "Asmara", "ERI"),
        ("Montenegrin police arrested two men in Podgorica.", "2001-03-05", "Podgorica", "SRB"),
    ],
)
def test_a_successor_before_its_independence(
    pipeline: Pipeline, text: str, published: str | None, mention: str, country: str
) -> None:
    result = _run(pipeline, text, published)
    [event] = result.events
    assert event.location is not None and event.location["country"] == country
    hits = [m.actor for m in result.mentions if text[m.start : m.end] == mention]
    assert all(a.country == country for a in hits)


@pytest.mark.slow
def test_the_successor_is_no_state_of_the_predecessor(pipeline: Pipeline) -> None:
    text = "South Sudanese troops attacked rebels near Malakal."
    result = _run(pipeline, text, "2009-01-10")
    [troops] = [m.actor for m in result.mentions if "troops" in text[m.start : m.end]]
    assert (troops.country, troops.sector, troops.actor_id) == ("SDN", "MIL", None)
    assert "South Sudan was no state on 2009-01-10" in troops.reason
