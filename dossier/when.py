"""Dates at their precision (year, month, day, minute) and ranges of them ("2021-07/2021-09")."""

from __future__ import annotations

import re
from datetime import date, datetime

from .model import Precision, PubDate, When

RANGE_HINT = "write YYYY, YYYY-MM, YYYY-MM-DD or a date-time with its zone offset; a range as START/END, e.g. 2021-07/2021-09"


def parse_date(text: str) -> tuple[PubDate | None, str | None]:
    """Parse YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 date-time with offset."""
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}", text):
            date(int(text), 1, 1)
            return PubDate(Precision.YEAR, int(text)), None
        if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
            year, month = int(m[1]), int(m[2])
            date(year, month, 1)
            return PubDate(Precision.MONTH, year, month), None
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            d = date.fromisoformat(text)
            return PubDate(Precision.DAY, d.year, d.month, d.day), None
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?", text):
            return None, "is not an ISO 8601 date"
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        return None, f"is impossible ({exc})"
    if moment.tzinfo is None:
        return None, "has a time but no time zone offset"
    return PubDate(Precision.MINUTE, moment.year, moment.month, moment.day, moment.replace(second=0, microsecond=0)), None


def parse_when(text: str) -> tuple[When | None, str | None]:
    """A date, or a range START/END whose ends each have their own precision; the range may not run backwards."""
    first, slash, second = str(text).strip().partition("/")
    start, problem = parse_date(first)
    if problem or not slash:
        return (When(start) if start else None), (f"{'starts with a date that ' if slash else ''}{problem}" if problem else None)
    end, problem = parse_date(second)
    if problem:
        return None, f"ends with a date that {problem}"
    if last_day(end) < start.start:
        return None, f"ends ({end.iso}) before it starts ({start.iso})"
    return When(start, end), None


def last_day(pub: PubDate) -> date:
    """The last calendar day a date at its precision may denote."""
    if pub.moment is not None or pub.precision is Precision.DAY:
        return pub.start
    if pub.precision is Precision.MONTH:
        following = date(pub.year + (pub.month == 12), pub.month % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)
    return date(pub.year, 12, 31)
