"""Event dates from the sentence, resolved against the publication date.

"on Sunday" is the last Sunday on or before publication; "yesterday", "last week", "14 March",
"March 14, 2016" are understood. Undated documents get no date unless the sentence gives a
full date with its year: dates are never invented.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}  # fmt: skip
_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+(\d{{4}}))?\b", re.I
)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.I)
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")


def parse_published(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD) from a publication date value, or None if not a date."""
    if value is None:
        return None
    text = str(value).strip()
    match = _ISO.search(text)
    if match:
        try:
            return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
        except ValueError:
            return None
    return _parse_loose(text, None)


def _parse_loose(text: str, anchor: date | None) -> str | None:
    for pattern, day_first in ((_DAY_MONTH, True), (_MONTH_DAY, False)):
        m = pattern.search(text)
        if not m:
            continue
        day_s, month_s = (m[1], m[2]) if day_first else (m[2], m[1])
        year_s = m[3]
        month = MONTHS.get(month_s.lower().rstrip("."))
        if month is None:
            continue
        if year_s:
            year = int(year_s)
        elif anchor is not None:
            year = anchor.year
        else:
            return None
        try:
            found = date(year, month, int(day_s))
        except ValueError:
            return None
        if not year_s and anchor is not None and found > anchor:
            found = date(year - 1, month, int(day_s))
        return found.isoformat()
    return None


def resolve_date(expression: str, published: str | None) -> tuple[str, str] | None:
    """``(iso_date, precision)`` for a date expression, or None when it cannot be resolved.

    ``published`` is the document's ISO publication date or None.
    """
    text = expression.lower().strip()
    anchor = date.fromisoformat(published) if published else None
    iso = _ISO.search(text)
    if iso:
        return parse_published(iso[0]) or "", "day"
    explicit = _parse_loose(text, anchor)
    if explicit:
        return explicit, "day"
    if anchor is None:
        return None
    for i, day in enumerate(WEEKDAYS):
        if re.search(rf"\b{day}\b", text):
            back = (anchor.weekday() - i) % 7
            if "last" in text and back == 0:
                back = 7
            return (anchor - timedelta(days=back)).isoformat(), "day"
    relative = {
        "yesterday": (1, "day"), "today": (0, "day"), "tonight": (0, "day"),
        "this morning": (0, "day"), "this week": (0, "week"), "last week": (7, "week"),
        "last month": (30, "month"), "this month": (0, "month"), "last year": (365, "year"),
    }  # fmt: skip
    for phrase, (days, precision) in relative.items():
        if phrase in text:
            return (anchor - timedelta(days=days)).isoformat(), precision
    ago = re.search(r"\b(\d+|a|one|two|three|four|five|six|seven)\s+(day|week)s?\s+ago\b", text)
    if ago:
        words = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
        n = int(ago[1]) if ago[1].isdigit() else words[ago[1]]
        unit = 7 if ago[2] == "week" else 1
        return (anchor - timedelta(days=n * unit)).isoformat(), ago[2]
    return None
