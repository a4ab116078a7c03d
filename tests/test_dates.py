from __future__ import annotations

import pytest

from tacitus.events.dates import parse_published, resolve_date


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [
        ("Sunday", "2025-03-12", ("2025-03-09", "day")),  # a Wednesday: the Sunday before
        ("on Wednesday", "2025-03-12", ("2025-03-12", "day")),  # same day
        ("last Wednesday", "2025-03-12", ("2025-03-05", "day")),
        ("yesterday", "2025-03-01", ("2025-02-28", "day")),
        ("last week", "2025-03-12", ("2025-03-05", "week")),
        ("two days ago", "2025-03-12", ("2025-03-10", "day")),
        ("14 March", "2025-03-20", ("2025-03-14", "day")),
        ("December 30", "2025-01-02", ("2024-12-30", "day")),  # not in the future
        ("March 14, 2016", None, ("2016-03-14", "day")),  # a full date needs no anchor
    ],
)
def test_resolve_date(expression: str, published: str | None, expected: tuple[str, str]) -> None:
    assert resolve_date(expression, published) == expected


def test_undated_documents_get_no_relative_dates() -> None:
    assert resolve_date("on Sunday", None) is None
    assert resolve_date("yesterday", None) is None


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
