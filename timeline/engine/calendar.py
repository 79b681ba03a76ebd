"""Calendar units as half-open intervals with a TIMEX3 value: the day, week, month ... holding a moment.

The engine computes on plain naive `datetime` values: fixed-length units move by timedelta, months
and years by pendulum's calendar arithmetic (`pendulum.helpers.add_duration`: month ends clamped,
leap years known); `moment()` turns a result into the pendulum DateTime the API hands out. Building
a pendulum DateTime for every intermediate step costs about ten times more, on the hot path.
"""

from __future__ import annotations

import datetime
from functools import lru_cache
from typing import NamedTuple

import pendulum
from pendulum.helpers import add_duration

from timeline.model import GRAINS

Moment = datetime.datetime

UNIT_GRAIN: dict[str, str] = {
    "S": "second",
    "MIN": "minute",
    "H": "hour",
    "D": "day",
    "W": "week",
    "M": "month",
    "Q": "quarter",
    "Y": "year",
    "DE": "decade",
    "CE": "century",
}
"""Unit codes of the language files -> grain names."""

_ORDER = GRAINS
_STEP: dict[str, tuple[str, int]] = {
    "S": ("seconds", 1),
    "MIN": ("minutes", 1),
    "H": ("hours", 1),
    "D": ("days", 1),
    "W": ("weeks", 1),
    "M": ("months", 1),
    "Q": ("months", 3),
    "Y": ("years", 1),
    "DE": ("years", 10),
    "CE": ("years", 100),
}


_FIXED: dict[str, datetime.timedelta] = {
    "S": datetime.timedelta(seconds=1),
    "MIN": datetime.timedelta(minutes=1),
    "H": datetime.timedelta(hours=1),
    "D": datetime.timedelta(days=1),
    "W": datetime.timedelta(weeks=1),
}


class Span(NamedTuple):
    """A calendar unit: its TIMEX3 value and its interval [start, end) at a grain."""

    value: str
    start: Moment
    end: Moment
    grain: str


@lru_cache(maxsize=65536)
def moment(value: Moment) -> pendulum.DateTime:
    """The naive pendulum DateTime of an engine moment."""
    v = value
    return pendulum.naive(v.year, v.month, v.day, v.hour, v.minute, v.second)


def naive(value: datetime.datetime) -> Moment:
    """A plain naive datetime with the same wall-clock fields (pendulum or stdlib input)."""
    return Moment(value.year, value.month, value.day, value.hour, value.minute, value.second)


def finer(a: str, b: str) -> bool:
    """Whether grain `a` is finer than grain `b`."""
    return _ORDER.index(a) < _ORDER.index(b)


def shift(at: Moment, unit: str, n: int) -> Moment:
    """`at` moved by `n` units (a unit code such as "D" or "Q").

    Units of fixed length move by a timedelta; months and years by pendulum's calendar arithmetic."""
    if unit in _FIXED:
        return at + _FIXED[unit] * n
    if unit not in _STEP:
        raise ValueError(f"unknown unit {unit!r}")
    name, factor = _STEP[unit]
    return add_duration(at, **{name: n * factor})


def midnight(at: Moment) -> Moment:
    """The start of the day of `at`."""
    return Moment(at.year, at.month, at.day)


@lru_cache(maxsize=65536)
def span_at(grain: str, at: Moment) -> Span:
    """The unit of `grain` that contains `at`."""
    d = at
    match grain:
        case "second":
            start = d.replace(microsecond=0)
            return Span(start.strftime("%Y-%m-%dT%H:%M:%S"), start, start + _FIXED["S"], grain)
        case "minute":
            start = d.replace(second=0, microsecond=0)
            value = f"{d.year:04d}-{d.month:02d}-{d.day:02d}T{d.hour:02d}:{d.minute:02d}"
            return Span(value, start, start + _FIXED["MIN"], grain)
        case "hour":
            start = d.replace(minute=0, second=0, microsecond=0)
            return Span(
                f"{d.year:04d}-{d.month:02d}-{d.day:02d}T{d.hour:02d}",
                start,
                start + _FIXED["H"],
                grain,
            )
        case "day":
            start = Moment(d.year, d.month, d.day)
            return Span(f"{d.year:04d}-{d.month:02d}-{d.day:02d}", start, start + _FIXED["D"], grain)
        case "week":
            start = Moment(d.year, d.month, d.day) - _FIXED["D"] * (d.isoweekday() - 1)
            iso_year, iso_week, _ = start.isocalendar()
            return Span(f"{iso_year:04d}-W{iso_week:02d}", start, start + _FIXED["W"], grain)
        case "month":
            start = Moment(d.year, d.month, 1)
            return Span(f"{d.year:04d}-{d.month:02d}", start, add_duration(start, months=1), grain)
        case "quarter":
            q = (d.month - 1) // 3 + 1
            start = Moment(d.year, 3 * q - 2, 1)
            return Span(f"{d.year:04d}-Q{q}", start, add_duration(start, months=3), grain)
        case "year":
            start = Moment(d.year, 1, 1)
            return Span(f"{d.year:04d}", start, add_duration(start, years=1), grain)
        case "decade":
            start = Moment(max(d.year - d.year % 10, 1), 1, 1)
            return Span(f"{d.year // 10:03d}", start, Moment(d.year - d.year % 10 + 10, 1, 1), grain)
        case "century":
            start = Moment(max(d.year - d.year % 100, 1), 1, 1)
            return Span(f"{d.year // 100:02d}", start, Moment(d.year - d.year % 100 + 100, 1, 1), grain)
    raise ValueError(f"unknown grain {grain!r}")


def day(year: int, month: int, dom: int) -> Span | None:
    """The day year-month-dom, or None when no such day exists (a date is never silently moved)."""
    try:
        return span_at("day", Moment(year, month, dom))
    except ValueError:
        return None


def month(year: int, month_: int) -> Span:
    """The month year-month."""
    return span_at("month", Moment(year, month_, 1))


def year(year_: int) -> Span:
    """The year."""
    return span_at("year", Moment(year_, 1, 1))
