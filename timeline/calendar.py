"""Calendar units as half-open intervals with a TIMEX3 value: the day, week, month ... holding a moment."""

from __future__ import annotations

from dataclasses import dataclass

import pendulum

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

_ORDER = ("second", "minute", "hour", "day", "week", "month", "quarter", "year", "decade", "century")


@dataclass(frozen=True, slots=True)
class Span:
    """A calendar unit: its TIMEX3 value and its interval [start, end) at a grain."""

    value: str
    start: pendulum.DateTime
    end: pendulum.DateTime
    grain: str


def finer(a: str, b: str) -> bool:
    """Whether grain `a` is finer than grain `b`."""
    return _ORDER.index(a) < _ORDER.index(b)


def shift(moment: pendulum.DateTime, unit: str, n: int) -> pendulum.DateTime:
    """`moment` moved by `n` units (a unit code such as "D" or "Q")."""
    match unit:
        case "S":
            return moment.add(seconds=n)
        case "MIN":
            return moment.add(minutes=n)
        case "H":
            return moment.add(hours=n)
        case "D":
            return moment.add(days=n)
        case "W":
            return moment.add(weeks=n)
        case "M":
            return moment.add(months=n)
        case "Q":
            return moment.add(months=3 * n)
        case "Y":
            return moment.add(years=n)
        case "DE":
            return moment.add(years=10 * n)
        case "CE":
            return moment.add(years=100 * n)
    raise ValueError(f"unknown unit {unit!r}")


def span_at(grain: str, moment: pendulum.DateTime) -> Span:
    """The unit of `grain` that contains `moment`."""
    d = moment
    match grain:
        case "second":
            start = d.replace(microsecond=0)
            return Span(start.strftime("%Y-%m-%dT%H:%M:%S"), start, start.add(seconds=1), grain)
        case "minute":
            start = d.replace(second=0, microsecond=0)
            return Span(start.strftime("%Y-%m-%dT%H:%M"), start, start.add(minutes=1), grain)
        case "hour":
            start = d.replace(minute=0, second=0, microsecond=0)
            return Span(start.strftime("%Y-%m-%dT%H"), start, start.add(hours=1), grain)
        case "day":
            start = pendulum.naive(d.year, d.month, d.day)
            return Span(start.to_date_string(), start, start.add(days=1), grain)
        case "week":
            day = pendulum.naive(d.year, d.month, d.day)
            start = day.subtract(days=day.isoweekday() - 1)
            iso_year, iso_week, _ = start.isocalendar()
            return Span(f"{iso_year:04d}-W{iso_week:02d}", start, start.add(weeks=1), grain)
        case "month":
            start = pendulum.naive(d.year, d.month, 1)
            return Span(f"{d.year:04d}-{d.month:02d}", start, start.add(months=1), grain)
        case "quarter":
            q = (d.month - 1) // 3 + 1
            start = pendulum.naive(d.year, 3 * q - 2, 1)
            return Span(f"{d.year:04d}-Q{q}", start, start.add(months=3), grain)
        case "year":
            start = pendulum.naive(d.year, 1, 1)
            return Span(f"{d.year:04d}", start, start.add(years=1), grain)
        case "decade":
            start = pendulum.naive(d.year - d.year % 10, 1, 1)
            return Span(f"{d.year // 10:03d}", start, start.add(years=10), grain)
        case "century":
            start = pendulum.naive(d.year - d.year % 100, 1, 1) if d.year >= 100 else pendulum.naive(1, 1, 1)
            return Span(f"{d.year // 100:02d}", start, start.add(years=100 - (d.year < 100)), grain)
    raise ValueError(f"unknown grain {grain!r}")


def day(year: int, month: int, dom: int) -> Span | None:
    """The day year-month-dom, or None when no such day exists (a date is never silently moved)."""
    try:
        return span_at("day", pendulum.naive(year, month, dom))
    except ValueError:
        return None


def month(year: int, month_: int) -> Span:
    """The month year-month."""
    return span_at("month", pendulum.naive(year, month_, 1))


def year(year_: int) -> Span:
    """The year."""
    return span_at("year", pendulum.naive(year_, 1, 1))
