"""Moments between the engine, the tables and the reader: the one pendulum <-> datetime conversion, and an
interval written at its grain as a reader says it (the terminal table and the chart labels both use it).

Every moment is naive wall-clock time: the anchor's, as written.
"""

from __future__ import annotations

import datetime

import pendulum

_STEPS: dict[str, dict[str, int]] = {
    "second": {"seconds": 1},
    "minute": {"minutes": 1},
    "hour": {"hours": 1},
    "day": {"days": 1},
    "week": {"weeks": 1},
    "month": {"months": 1},
    "quarter": {"months": 3},
    "year": {"years": 1},
    "decade": {"years": 10},
    "century": {"years": 100},
}
"""Grain -> the length of one unit, as pendulum adds it."""


def pendulum_of(moment: datetime.datetime) -> pendulum.DateTime:
    """`moment` (stdlib or pendulum) as a naive pendulum DateTime with the same wall-clock fields."""
    m = moment
    return pendulum.naive(m.year, m.month, m.day, m.hour, m.minute, m.second, m.microsecond)


def plain(moment: datetime.datetime | None) -> datetime.datetime | None:
    """`moment` as a stdlib naive datetime to the second, as the event table holds it (None stays None)."""
    if moment is None:
        return None
    m = moment
    return datetime.datetime(m.year, m.month, m.day, m.hour, m.minute, m.second)


def when_text(start: datetime.datetime, end: datetime.datetime, grain: str | None) -> str:
    """The interval [start, end) written at its grain: "1980s", "Jun 2016", "Mon 28 Nov 2016",
    "Mon 28 Nov 2016 15:00"; a span of several units as "28–29 Nov 2016", "30 May – 29 Nov 2016"."""
    unit = grain if grain in _STEPS else "day"
    first = pendulum_of(start)
    last = pendulum_of(end).subtract(**_STEPS[unit])
    if last <= first:
        return _at_grain(first, unit)
    if unit == "day":
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{last.format('D MMM YYYY')}"
        head = first.format("D MMM" if first.year == last.year else "D MMM YYYY")
        return f"{head} – {last.format('D MMM YYYY')}"
    if unit == "month" and first.year == last.year:
        return f"{first.format('MMM')} – {last.format('MMM YYYY')}"
    return f"{_at_grain(first, unit)} – {_at_grain(last, unit)}"


def _at_grain(moment: pendulum.DateTime, unit: str) -> str:
    if unit == "century":
        return f"{_ordinal(moment.year // 100 + 1)} century"
    if unit == "decade":
        return f"{moment.year - moment.year % 10}s"
    if unit == "year":
        return str(moment.year)
    if unit == "quarter":
        return f"Q{(moment.month - 1) // 3 + 1} {moment.year}"
    if unit == "month":
        return moment.format("MMM YYYY")
    if unit == "week":
        return f"week of {moment.format('D MMM YYYY')}"
    if unit == "day":
        return moment.format("ddd D MMM YYYY")
    if unit == "second":
        return moment.format("ddd D MMM YYYY HH:mm:ss")
    return moment.format("ddd D MMM YYYY HH:mm")


def _ordinal(number: int) -> str:
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
