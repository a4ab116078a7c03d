"""The publisher of an unsigned government statement is its "we" (quotes/publishers.py,
quotes/voice.py rule 3; issue 13). Sentences written for these tests."""

from __future__ import annotations

from tacitus import Document, Pipeline
from tacitus.actors.dictionary import load_dictionary
from tacitus.quotes.publishers import PUBLISHERS, publisher_of
from tacitus.records import Event

STATEMENT = (
    "The campaign against the terrorists enters its third year. We will continue to strike "
    "ISIL in Syria and Iraq, and we urge Turkey to close its border to foreign fighters."
)


def _doc(text: str, url: str | None = None, outlet: str | None = None) -> Document:
    return Document(doc_id="t", text=text, url=url, outlet=outlet)


def _of_type(events: list[Event], event_type: str) -> list[Event]:
    return [e for e in events if e.event_type == event_type]


def test_the_table_agrees_with_the_actor_dictionary() -> None:
    entries = load_dictionary().entries
    for publisher in PUBLISHERS:
        entry = entries[publisher.actor_id]
        assert (entry.name, entry.country) == (publisher.name, publisher.country)
        assert entry.sector in (None, publisher.sector)


def test_a_ministry_is_known_by_its_address_or_its_outlet() -> None:
    state = publisher_of(_doc("x", url="https://www.state.gov/r/pa/prs/ps/2015/10/1.htm"))
    assert state is not None and state.actor_id == "org:USA-DOS"
    assert "its address, state.gov" in state.reason
    archive = publisher_of(_doc("x", url="https://2009-2017.state.gov/secretary/remarks/1.htm"))
    assert archive is not None and archive.actor_id == "org:USA-DOS"
    uk = publisher_of(_doc("x", url="https://www.gov.uk/government/news/foreign-secretary"))
    assert uk is not None and (uk.country, uk.sector) == ("GBR", "GOV")
    outlet = publisher_of(_doc("x", outlet="US  State Department"))
    assert outlet is not None and outlet.actor_id == "org:USA-DOS"
    assert "its outlet" in outlet.reason


def test_no_publisher_for_news_outlets_councils_or_nothing() -> None:
    assert publisher_of(_doc("x", url="https://www.nytimes.com/2016/10/world/syria.html")) is None
    assert publisher_of(_doc("x", url="https://www.birmingham.gov.uk/news/1")) is None
    assert publisher_of(_doc("x", url="https://notstate.gov.example.com/x")) is None
    assert publisher_of(_doc("x", outlet="The Harbor Courier")) is None
    assert publisher_of(_doc("x", url="not a url")) is None
    assert publisher_of(_doc("x")) is None


def test_we_in_a_ministry_statement_is_the_ministry(pipeline: Pipeline) -> None:
    events = pipeline.extract(_doc(STATEMENT, url="https://www.defense.gov/News/Releases/1/"))
    [strike] = _of_type(events, "ASSAULT")
    assert strike.source is not None and strike.source.actor_id == "org:USA-DOD"
    assert (strike.source.country, strike.source.sector) == ("USA", "MIL")
    assert "the publisher of the document (its address, defense.gov)" in strike.reason
    [urge] = _of_type(events, "REQUEST")
    assert urge.source is not None and urge.source.actor_id == "org:USA-DOD"
    assert urge.target is not None and urge.target.country == "TUR"


def test_a_user_given_outlet_names_the_publisher(pipeline: Pipeline) -> None:
    events = pipeline.extract(_doc(STATEMENT, outlet="Foreign Office"))
    [strike] = _of_type(events, "ASSAULT")
    assert strike.source is not None and strike.source.country == "GBR"


def test_a_newspapers_we_is_nobody(pipeline: Pipeline) -> None:
    for doc in (
        _doc(STATEMENT, url="https://www.theguardian.com/world/2016/oct/1/isil"),
        _doc(STATEMENT, outlet="The Harbor Courier"),
        _doc(STATEMENT),
    ):
        events = pipeline.extract(doc)
        assert all(e.source is None for e in _of_type(events, "ASSAULT"))
        assert all(e.source is None for e in _of_type(events, "REQUEST"))


def test_a_body_is_no_i(pipeline: Pipeline) -> None:
    text = "The talks resume in Geneva next week. I urge Russia to end the bombing of Aleppo."
    events = pipeline.extract(_doc(text, url="https://www.state.gov/secretary/remarks/1.htm"))
    assert all(e.source is None for e in _of_type(events, "REQUEST"))


def test_the_text_names_its_issuer_first(pipeline: Pipeline) -> None:
    text = "The Government of Chile condemns the bombing in Lima. We urge Peru to act."
    events = pipeline.extract(_doc(text, url="https://www.state.gov/r/pa/prs/ps/1.htm"))
    [urge] = _of_type(events, "REQUEST")
    assert urge.source is not None and urge.source.country == "CHL"


def test_a_quote_of_another_speaker_is_not_the_publisher(pipeline: Pipeline) -> None:
    text = (
        'The Coalition supports the Iraqi forces near Mosul. "We will attack Baghdad next," '
        "an ISIL fighter told a local newspaper."
    )
    events = pipeline.extract(_doc(text, url="https://www.centcom.mil/MEDIA/PRESS-RELEASES/1/"))
    assert not any(
        e.source is not None and e.source.country == "USA" for e in _of_type(events, "ASSAULT")
    )


def test_a_speaker_line_speaks_before_the_publisher(pipeline: Pipeline) -> None:
    text = (
        "Foreign Secretary Boris Johnson said:\n\nWe urge Iran to release the detained "
        "sailors at once."
    )
    events = pipeline.extract(_doc(text, url="https://www.gov.uk/government/news/x"))
    [urge] = _of_type(events, "REQUEST")
    assert urge.source is not None and "Johnson" in (urge.source.name or "")
