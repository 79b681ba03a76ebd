"""Calendar units as half-open intervals with a TIMEX3 value: the day, week, month ... holding a moment.

The engine computes on plain naive `datetime` values: fixed-length units move by timedelta, months
and years by pendulum's calendar arithmetic (`pendulum.helpers.add_duration`: month ends clamped,
leap years known); the tagger turns a result into the pendulum DateTime the API hands out. Building
a pendulum DateTime for every intermediate step costs about ten times more, on the hot path.
"""

from __future__ import annotations

import datetime
import re
from functools import lru_cache
from typing import NamedTuple

from convertdate import julian
from pendulum.helpers import add_duration

from timeline.model import GRAINS

Moment = datetime.datetime

DAY = datetime.timedelta(days=1)
"""One day, the step between days of a calendar."""

GREGORIAN_REFORM = datetime.datetime(1582, 10, 15)
"""The first day of the Gregorian calendar; a date before it is written in the Julian one."""


def weekday_of(moment: Moment) -> int:
    """The ISO weekday (Monday 1) of the day a moment's date names as it is written: a date before the
    Gregorian reform is a Julian one ("burned on 14 February 1349, a Saturday"), whose weekday the
    proleptic Gregorian calendar would put eight to ten days off; `convertdate` counts it."""
    if moment >= GREGORIAN_REFORM or moment.year < 1:
        return moment.isoweekday()
    return int(julian.to_jd(moment.year, moment.month, moment.day) + 0.5) % 7 + 1


class Unit(NamedTuple):
    """A unit code of the language files ("D", "Q", "DE") and all the engine knows of it."""

    grain: str
    """The grain of a calendar unit of this size."""
    step: tuple[str, int]
    """How pendulum moves a moment by one: ("months", 3) for a quarter."""
    value: tuple[str, int]
    """How a TIMEX3 duration writes one: ("M", 3) for a quarter (P3M); a unit below the day behind its T
    ("TH", 1) for an hour (PT1H)."""
    smaller: tuple[str, int] | None
    """The next smaller unit and how many of it make one: a fraction of this unit counts in it."""


UNITS: dict[str, Unit] = {
    "S": Unit("second", ("seconds", 1), ("TS", 1), None),
    "MIN": Unit("minute", ("minutes", 1), ("TM", 1), ("S", 60)),
    "H": Unit("hour", ("hours", 1), ("TH", 1), ("MIN", 60)),
    "D": Unit("day", ("days", 1), ("D", 1), ("H", 24)),
    "W": Unit("week", ("weeks", 1), ("W", 1), ("D", 7)),
    "M": Unit("month", ("months", 1), ("M", 1), ("D", 30)),
    "Q": Unit("quarter", ("months", 3), ("M", 3), ("M", 3)),
    "Y": Unit("year", ("years", 1), ("Y", 1), ("M", 12)),
    "DE": Unit("decade", ("years", 10), ("Y", 10), ("Y", 10)),
    "CE": Unit("century", ("years", 100), ("Y", 100), ("Y", 100)),
}
"""Every unit code, once."""

UNIT_GRAIN: dict[str, str] = {code: unit.grain for code, unit in UNITS.items()}
"""Unit codes of the language files -> grain names."""

_ORDER = GRAINS
_FIXED: dict[str, datetime.timedelta] = {
    code: datetime.timedelta(**{unit.step[0]: unit.step[1]})
    for code, unit in UNITS.items()
    if unit.step[0] in ("seconds", "minutes", "hours", "days", "weeks")
}
"""Units of fixed length, moved by a timedelta."""


class Span(NamedTuple):
    """A calendar unit: its TIMEX3 value and its interval [start, end) at a grain."""

    value: str
    start: Moment
    end: Moment
    grain: str


def finer(a: str, b: str) -> bool:
    """Whether grain `a` is finer than grain `b`."""
    return _ORDER.index(a) < _ORDER.index(b)


def shift(at: Moment, unit: str, n: int) -> Moment:
    """`at` moved by `n` units (a unit code such as "D" or "Q").

    Units of fixed length move by a timedelta; months and years by pendulum's calendar arithmetic."""
    if unit in _FIXED:
        return at + _FIXED[unit] * n
    if unit not in UNITS:
        raise ValueError(f"unknown unit {unit!r}")
    name, factor = UNITS[unit].step
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


def half_year(year: int, half: int) -> Span:
    """The first or second half of `year`: YYYY-H1 or YYYY-H2, six months at the grain of a quarter (TIMEX3
    has no grain of its own for halves)."""
    start = Moment(year, 6 * half - 5, 1)
    end = Moment(year + 1, 1, 1) if half == 2 else Moment(year, 7, 1)
    return Span(f"{year:04d}-H{half}", start, end, "quarter")


def day(year: int, month: int, dom: int) -> Span | None:
    """The day year-month-dom, or None when no such day exists (a date is never silently moved)."""
    try:
        return span_at("day", Moment(year, month, dom))
    except ValueError:
        return None


_DAY_VALUE = re.compile(r"(?!0000)(\d{4})-(\d\d)-(\d\d)(?![\d-])")
"""A value that names a day, alone or with its clock or part of the day: its year, month and day."""


def day_named(value: str) -> Span | None:
    """The day a DATE or TIME value names, alone or with its clock or part of the day ("2011-07-26",
    "2011-07-26T19:30", "2011-07-26TEV", which has no interval of its own); None for any other value."""
    found = _DAY_VALUE.match(value)
    return None if found is None else day(*(int(part) for part in found.groups()))


SEASON_STARTS = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
"""The first month of each season (TimeML codes, northern seasons, in the order a year runs through them):
each lasts three months, the winter into the next year."""


def month(year: int, month_: int) -> Span:
    """The month year-month."""
    return span_at("month", Moment(year, month_, 1))


def year(year_: int) -> Span:
    """The year."""
    return span_at("year", Moment(year_, 1, 1))
