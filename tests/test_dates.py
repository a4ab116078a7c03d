from __future__ import annotations

from datetime import date

import pytest

from tacitus import Pipeline
from tacitus.dates import check_published, parse_published, resolve_date
from tacitus.records import Document

WEDNESDAY = "2025-03-12"


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        # explicit dates
        ("14 March", "2025-03-20", ("2025-03-14", "day")),
        ("on the 14th of March", "2025-03-20", ("2025-03-14", "day")),
        ("December 30", "2025-01-02", ("2024-12-30", "day")),  # not in the future
        ("March 14, 2016", None, ("2016-03-14", "day")),  # a full date needs no anchor
        ("14 March 2016", "2025-01-01", ("2016-03-14", "day")),
        ("2016-03-14", None, ("2016-03-14", "day")),
        ("Sept. 3", "2025-10-01", ("2025-09-03", "day")),
        # weekdays: the last one on or before publication
        ("Sunday", WEDNESDAY, ("2025-03-09", "day")),
        ("on Wednesday", WEDNESDAY, ("2025-03-12", "day")),  # the same day
        ("last Wednesday", WEDNESDAY, ("2025-03-05", "day")),
        ("Monday night", WEDNESDAY, ("2025-03-10", "day")),
        ("next Friday", WEDNESDAY, ("2025-03-14", "day")),
        # days
        ("yesterday", "2025-03-01", ("2025-02-28", "day")),
        ("last night", WEDNESDAY, ("2025-03-11", "day")),
        ("earlier today", WEDNESDAY, ("2025-03-12", "day")),
        ("tomorrow", WEDNESDAY, ("2025-03-13", "day")),
        ("two days ago", WEDNESDAY, ("2025-03-10", "day")),
        ("3 days ago", WEDNESDAY, ("2025-03-09", "day")),
        # weeks start on Monday
        ("last week", WEDNESDAY, ("2025-03-03", "week")),
        ("earlier this week", WEDNESDAY, ("2025-03-10", "week")),
        ("next week", WEDNESDAY, ("2025-03-17", "week")),
        ("two weeks ago", WEDNESDAY, ("2025-02-24", "week")),
        ("over the weekend", WEDNESDAY, ("2025-03-03", "week")),  # Saturday 8th's week
        # months
        ("in March", "2025-05-02", ("2025-03-01", "month")),
        ("in November", "2025-05-02", ("2024-11-01", "month")),  # the last November
        ("in mid-March", "2025-05-02", ("2025-03-01", "month")),
        ("earlier this month", WEDNESDAY, ("2025-03-01", "month")),
        ("last month", "2025-01-15", ("2024-12-01", "month")),
        ("three months ago", WEDNESDAY, ("2024-12-01", "month")),
        ("March 2016", None, ("2016-03-01", "month")),
        ("in March of 2016", WEDNESDAY, ("2016-03-01", "month")),
        # years
        ("in 2003", None, ("2003-01-01", "year")),
        ("in 2003", WEDNESDAY, ("2003-01-01", "year")),
        ("last year", WEDNESDAY, ("2024-01-01", "year")),
        ("earlier this year", WEDNESDAY, ("2025-01-01", "year")),
    ],
)
def test_resolve_date(expression: str, published: str | None, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, published) == expected


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("on Tuesday", ("2025-03-18", "day")),  # the next Tuesday, not the last
        ("on Wednesday", ("2025-03-12", "day")),
        ("in January", ("2026-01-01", "month")),
        ("on 2 January", ("2026-01-02", "day")),
        ("last Tuesday", ("2025-03-11", "day")),  # "last" still looks back
    ],
)
def test_future_events_look_forward(expression: str, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, WEDNESDAY, future=True) == expected


@pytest.mark.parametrize(
    "expression", ["on Sunday", "yesterday", "last week", "in March", "14 March", "this year"]
)
def test_undated_documents_get_no_relative_dates(expression: str) -> None:
    assert resolve_date(expression, None) is None


@pytest.mark.parametrize("expression", ["the 1990s", "for decades", "recent weeks", "the past"])
def test_vague_expressions_resolve_to_nothing(expression: str) -> None:
    assert resolve_date(expression, WEDNESDAY) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-03-12", "2025-03-12"),
        ("2025-03-12T08:15:00Z", "2025-03-12"),
        ("12 March 2025", "2025-03-12"),
        ("not a date", None),
        ("2025-02-30", None),
        (None, None),
    ],
)
def test_parse_published(value: str | None, expected: str | None) -> None:
    assert parse_published(value) == expected


def test_publication_dates_are_bounded_and_the_reason_given() -> None:
    today = date(2026, 12, 6)
    assert check_published("2027-12-07", today) == ("2027-12-07", None)  # a year on: kept
    assert check_published("1000-01-01", today) == ("1000-01-01", None)
    late, why = check_published("2027-12-08", today)
    assert (late, why) == (None, "published date 2027-12-08 is out of range (from 1000-01-01 "
                                 "to 2027-12-07); left out")  # fmt: skip
    assert check_published("0999-12-31", today)[0] is None
    assert check_published("9999-12-31", today)[0] is None
    assert check_published("0000-00-00", today) == (
        None, "published date '0000-00-00' is not a date; left out",
    )  # fmt: skip
    assert check_published("", today) == (None, None)
    assert check_published(None, today) == (None, None)


@pytest.mark.parametrize("published", ["0001-01-01", "0001-01-07", "9999-12-31", "9999-12-25"])
@pytest.mark.parametrize(
    "expression",
    ["yesterday", "tomorrow", "next week", "last week", "next month", "last month", "next year",
     "last year", "two years ago", "on Sunday", "next Friday", "in December", "in January",
     "March 3", "this weekend"],
)  # fmt: skip
def test_resolving_near_the_ends_of_the_calendar_never_overflows(
    expression: str, published: str
) -> None:
    found = resolve_date(expression, published)  # a date, or None past the calendar's end
    assert found is None or date.min.isoformat() <= found[0] <= date.max.isoformat()


# -- dates on events (the model parses these) ---------------------------------------------


def _dates(
    pipeline: Pipeline, text: str, published: str | None
) -> dict[str, tuple[str | None, str | None]]:
    events = pipeline.extract(Document(doc_id="d", text=text, published=published))
    return {e.trigger.text: (e.date, e.date_precision) for e in events}


@pytest.mark.slow
def test_date_phrase_on_the_trigger(pipeline: Pipeline) -> None:
    dates = _dates(pipeline, "Russian jets bombed rebel positions in Idlib on Sunday.", WEDNESDAY)
    assert dates["bombed"] == ("2025-03-09", "day")


@pytest.mark.slow
def test_historical_reference_in_another_clause_does_not_date_the_event(
    pipeline: Pipeline,
) -> None:
    text = "Iraq, which the United States invaded in 2003, signed an agreement with Iran."
    dates = _dates(pipeline, text, WEDNESDAY)
    # one record for the signing (its trigger is "signed an agreement")
    assert dates["signed an agreement"] == (WEDNESDAY, "day")  # the publication date, not 2003


@pytest.mark.slow
def test_historical_event_takes_its_own_date(pipeline: Pipeline) -> None:
    dates = _dates(pipeline, "The United States invaded Iraq in 2003.", WEDNESDAY)
    assert dates["invaded"] == ("2003-01-01", "year")


@pytest.mark.slow
def test_undated_document_keeps_null_dates(pipeline: Pipeline) -> None:
    dates = _dates(pipeline, "Russian jets bombed rebel positions in Idlib on Sunday.", None)
    assert dates["bombed"] == (None, None)
    dates = _dates(
        pipeline, "Russian jets bombed rebel positions in Idlib on March 13, 2016.", None
    )
    assert dates["bombed"] == ("2016-03-13", "day")  # a full date is no invention


@pytest.mark.slow
def test_future_event_takes_the_coming_weekday(pipeline: Pipeline) -> None:
    dates = _dates(pipeline, "Russia will hold talks with Turkey on Tuesday.", WEDNESDAY)
    assert next(iter(dates.values())) == ("2025-03-18", "day")
