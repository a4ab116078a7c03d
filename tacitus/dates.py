"""Dates from date expressions, resolved against the publication date; publication dates.

``resolve_date(expression, published)`` returns ``(iso_date, precision)`` where precision is
``day``, ``week``, ``month`` or ``year`` and the date is the first day of that period (weeks
start on Monday): "last week" published on Wednesday 2025-03-12 is ``("2025-03-03",
"week")``, "in March" is ``("2025-03-01", "month")``.

Understood: explicit dates ("14 March", "March 14, 2016", "2016-03-14"), months with or
without a year ("in March", "March 2016"), years ("in 2003"), weekdays ("on Sunday" is the
last Sunday on or before publication; the next one for a future event), and relative
expressions ("yesterday", "last night", "two days ago", "last week", "earlier this month",
"last year", "tomorrow", "next week").

Undated documents resolve only expressions that carry their year: dates are never invented.
``parse_published`` reads a publication date as inputs, feeds and the API give it, and
``check_published`` says why a given one was left out: a publication date must lie between
1000-01-01 and a year after today (:data:`EARLIEST`, :data:`FUTURE_DAYS`); outside it is no
date (a feed's 9999-12-31 placeholder, a year 0). Date arithmetic never overflows: what would
fall outside the calendar resolves to nothing. Which date phrase belongs to an event is the
event coder's business (:mod:`tacitus.events.dating`).
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
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3,
    "several": 3, "couple of": 2, "a couple of": 2,
}  # fmt: skip
PRECISIONS = ("day", "week", "month", "year")

_MONTH = r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
_YEAR = r"((?:1[89]|20)\d\d)"
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", re.I
)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+{_YEAR})?", re.I)
_MONTH_YEAR = re.compile(rf"\b{_MONTH}(?:\s+of)?,?\s+{_YEAR}\b", re.I)
_MONTH_ALONE = re.compile(rf"\b{_MONTH}\b", re.I)
_ISO = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_YEAR_ALONE = re.compile(rf"(?<![\d-]){_YEAR}(?!\s*s\b|'s|\d)")
_AGO = re.compile(
    r"\b(\d+|a couple of|couple of|a few|several|an?|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s?\s+ago\b"
)
_NEXT = re.compile(r"\b(next|coming|following)\b")
_LAST = re.compile(r"\b(last|past|previous)\b")
# day offsets from the publication date (negative: before it)
_DAYS = (
    ("day before yesterday", -2), ("yesterday", -1), ("last night", -1), ("tomorrow", 1),
    ("today", 0), ("tonight", 0), ("this morning", 0), ("this afternoon", 0),
    ("this evening", 0), ("overnight", 0), ("earlier today", 0),
)  # fmt: skip
_MONDAY = 0
_SATURDAY = 5
EARLIEST = date(1000, 1, 1)  # publication dates before it are no dates
FUTURE_DAYS = 366  # nor are those more than this many days after today


def parse_published(value: object) -> str | None:
    """An ISO date (YYYY-MM-DD) from a publication date value, or None if not a date (or
    not a plausible publication date: see :func:`check_published`)."""
    return check_published(value)[0]


def check_published(value: object, today: date | None = None) -> tuple[str | None, str | None]:
    """``(iso_date, None)`` for a publication date value, or ``(None, problem)`` saying why
    a given value is left out; ``(None, None)`` when no value was given."""
    if value is None or not str(value).strip():
        return None, None
    text = str(value).strip()
    shown = text if len(text) <= 40 else text[:40] + "…"
    match = _ISO.search(text)
    found: date | None = None
    if match:
        try:
            found = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            found = None
    else:
        found = _explicit_day(text, None, future=False)
    if found is None:
        return None, f"published date {shown!r} is not a date; left out"
    latest = latest_published(today)
    if not EARLIEST <= found <= latest:
        return None, (
            f"published date {found.isoformat()} is out of range (from {EARLIEST.isoformat()} "
            f"to {latest.isoformat()}); left out"
        )
    return found.isoformat(), None


def latest_published(today: date | None = None) -> date:
    """The latest plausible publication date: :data:`FUTURE_DAYS` after today."""
    return (today or date.today()) + timedelta(days=FUTURE_DAYS)


def resolve_date(
    expression: str, published: str | None, future: bool = False
) -> tuple[str, str] | None:
    """``(iso_date, precision)`` for a date expression, or None when it cannot be resolved.

    ``published`` is the document's ISO publication date or None; ``future`` says the event
    is still to come ("will meet on Tuesday": the next Tuesday, not the last one).
    """
    text = " ".join(expression.lower().split())
    anchor = _anchor(published)
    try:
        resolved = _absolute(text, anchor, future)
        if resolved is None and anchor is not None:
            resolved = _relative(text, anchor, future)
        if resolved is None:
            return None
        found, precision = resolved
        return _period_start(found, precision).isoformat(), precision
    except (ValueError, OverflowError):  # past the calendar's ends (year 1, year 9999)
        return None


def iso_day(text: str | None) -> date | None:
    """The day an ISO date or timestamp text starts with ("2025-03-01T10:00Z"), or None when
    there is none (empty, a year or a month alone, malformed)."""
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def _anchor(published: str | None) -> date | None:
    """The publication date to resolve against (a malformed one: undated)."""
    return iso_day(published)


def _absolute(text: str, anchor: date | None, future: bool) -> tuple[date, str] | None:
    """Explicit dates; without a year they need the anchor, with one they do not."""
    iso = _ISO.search(text)
    if iso:
        try:
            return date(int(iso[1]), int(iso[2]), int(iso[3])), "day"
        except ValueError:
            return None
    day = _explicit_day(text, anchor, future)
    if day is not None:
        return day, "day"
    month_year = _MONTH_YEAR.search(text)
    if month_year and month_year[1].rstrip(".") in MONTHS:
        return date(int(month_year[2]), MONTHS[month_year[1].rstrip(".")], 1), "month"
    year = _YEAR_ALONE.search(text)
    if year and not re.search(r"\d{1,2}\s*:\s*\d\d", text):
        return date(int(year[1]), 1, 1), "year"
    return None


def _explicit_day(text: str, anchor: date | None, future: bool) -> date | None:
    for pattern, day_first in ((_DAY_MONTH, True), (_MONTH_DAY, False)):
        m = pattern.search(text)
        if not m:
            continue
        day_s, month_s = (m[1], m[2]) if day_first else (m[2], m[1])
        month = MONTHS.get(month_s.lower().rstrip("."))
        if month is None:
            continue
        if m[3]:
            year = int(m[3])
        elif anchor is not None:
            year = anchor.year
        else:
            return None
        try:
            found = date(year, month, int(day_s))
            if not m[3] and anchor is not None:
                found = _nearest_year(found, anchor, future)
        except ValueError:
            return None
        return found
    return None


def _nearest_year(found: date, anchor: date, future: bool) -> date:
    """A date given without its year: the last such date on or before publication, or the
    next one on or after it for a future event."""
    if not future and found > anchor:
        return found.replace(year=found.year - 1)
    if future and found < anchor:
        return found.replace(year=found.year + 1)
    return found


def _relative(text: str, anchor: date, future: bool) -> tuple[date, str] | None:
    for phrase, offset in _DAYS:
        if phrase in text:
            return anchor + timedelta(days=offset), "day"
    ago = _AGO.search(text)
    if ago:
        return _ago(ago[1], ago[2], anchor)
    forward = bool(_NEXT.search(text)) or (future and not _LAST.search(text))
    backward = bool(_LAST.search(text))
    for i, day in enumerate(WEEKDAYS):
        if re.search(rf"\b{day}\b", text):
            return _weekday(anchor, i, forward, backward and "last" in text), "day"
    if "weekend" in text:
        saturday = _weekday(anchor, _SATURDAY, forward, False)
        return saturday, "week"
    for unit in ("week", "month", "year"):
        if re.search(rf"\b(?:this|last|next|past|previous|coming|following)\s+{unit}\b", text):
            step = 1 if _NEXT.search(text) else (-1 if backward else 0)
            return _shift(anchor, unit, step), unit
    month = _MONTH_ALONE.search(text)
    if month and month[1].rstrip(".") in MONTHS:
        return _month_named(anchor, MONTHS[month[1].rstrip(".")], forward, backward), "month"
    return None


def _ago(amount: str, unit: str, anchor: date) -> tuple[date, str]:
    n = int(amount) if amount.isdigit() else NUMBERS.get(amount, 1)
    if unit == "day":
        return anchor - timedelta(days=n), "day"
    if unit == "week":
        return anchor - timedelta(weeks=n), "week"
    return _shift(anchor, unit, -n), unit


def _weekday(anchor: date, weekday: int, forward: bool, strictly_before: bool) -> date:
    if forward:
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    back = (anchor.weekday() - weekday) % 7
    if strictly_before and back == 0:
        back = 7
    return anchor - timedelta(days=back)


def _shift(anchor: date, unit: str, step: int) -> date:
    if unit == "week":
        return anchor + timedelta(weeks=step)
    if unit == "month":
        months = anchor.year * 12 + anchor.month - 1 + step
        return date(months // 12, months % 12 + 1, 1)
    return date(anchor.year + step, 1, 1)


def _month_named(anchor: date, month: int, forward: bool, backward: bool) -> date:
    """ "in March": the last March up to publication (this one if we are in it), the next
    one for a future event."""
    year = anchor.year
    if forward and month < anchor.month:
        year += 1
    elif not forward and (month > anchor.month or (backward and month == anchor.month)):
        year -= 1
    return date(year, month, 1)


def _period_start(found: date, precision: str) -> date:
    if precision == "week":
        return found - timedelta(days=found.weekday() - _MONDAY)
    if precision == "month":
        return found.replace(day=1)
    if precision == "year":
        return found.replace(month=1, day=1)
    return found
