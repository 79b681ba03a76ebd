"""Intersections: a calendar unit narrowed by another one.

The nth weekday, day or week of a month or year ("the first Monday of March", "the last week of 2019"),
a day checked against the weekday written beside it ("Thursday, Feb. 14"), the week holding a day ("the
week of March 3"). A clock time or a part of the day on a day is in `timeline.engine.operators.clock`.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.engine.calendar import DAY, Moment, Span, half_year, month, span_at, weekday_of
from timeline.engine.resolve import Context, Found, Interval, Resolved, Unresolvable, dated


def _nth_weekday(box: Span, weekday: int, n: int) -> Moment:
    first = box.start + DAY * ((weekday - weekday_of(box.start)) % 7)
    last = box.end - DAY * (1 + (weekday_of(box.end) - 1 - weekday) % 7)
    return first + DAY * 7 * (n - 1) if n > 0 else last + DAY * 7 * (n + 1)


def _nth_week(box: Span, n: int) -> Span:
    """Weeks of a year are ISO weeks; weeks of a month are the full Monday-to-Sunday weeks inside it."""
    if box.grain == "year":
        first = span_at("week", Moment(box.start.year, 1, 4)).start
        last = span_at("week", Moment(box.start.year, 12, 28)).start
    else:
        first = box.start + DAY * ((1 - box.start.isoweekday()) % 7)
        last = box.end - DAY * (box.end.isoweekday() - 1 + 7)
    picked = first + DAY * 7 * (n - 1) if n > 0 else last + DAY * 7 * (n + 1)
    if not first <= picked <= last:
        raise Unresolvable("no such week")
    return span_at("week", picked)


def nth_in(box: Span, n: int | None, weekday: int | None, by_date: bool = False, weeks: bool = False) -> Span:
    """The nth weekday, day or week (from the end when negative) of `box`.

    `by_date` says n is a day number said with its weekday: that day when the weekday agrees or n is
    past 5 (الثلاثاء التاسع عشر من هذا الشهر), else the nth such weekday."""
    if not n:
        raise Unresolvable("no count")
    if weekday is not None:
        picked = box.start + DAY * (n - 1)
        if not (by_date and (n > 5 or weekday_of(picked) == weekday)):
            picked = _nth_weekday(box, weekday, n)
    elif weeks:
        return _nth_week(box, n)
    else:
        picked = box.start + DAY * (n - 1) if n > 0 else box.end + DAY * n
    if not box.start <= picked < box.end:
        raise Unresolvable("no such day")
    return span_at("day", picked)


def on_weekday(weekday: int, candidates: tuple[Span | None, ...], nth: int | None) -> Span | None:
    """The first candidate day on `weekday` ("Sunday, Feb 10" picks the year where it is one); else, for
    an ordinal day up to the fifth (`nth`: الثلاثاء الثالث من سبتمبر), the nth such weekday of the
    first candidate's month; else the first candidate as written."""
    checked = next((c for c in candidates if c is not None and weekday_of(c.start) == weekday), None)
    found = candidates[0]
    if checked is not None or found is None:
        return checked
    if nth is not None:
        return nth_in(month(found.start.year, found.start.month), nth, weekday)
    return found


@dataclass(frozen=True, slots=True)
class NthIn(Interval):
    """The nth weekday, day or week of the month or year `box` (see `nth_in`)."""

    box: Interval
    n: int | None
    weekday: int | None = None
    by_date: bool = False
    weeks: bool = False

    def span(self, ctx: Context) -> Found:
        return nth_in(self.box.span(ctx)[0], self.n, self.weekday, self.by_date, self.weeks), ()


@dataclass(frozen=True, slots=True)
class HalfIn(Interval):
    """The first or second half of the year `box`: YYYY-H1 or YYYY-H2, six months at the grain of a quarter
    (TIMEX3 has no grain of its own for halves)."""

    box: Interval
    half: int

    def span(self, ctx: Context) -> Found:
        year = self.box.span(ctx)[0]
        if year.grain != "year" or self.half not in (1, 2):
            raise Unresolvable("a half of no year")
        return half_year(year.start.year, self.half), ()


@dataclass(frozen=True, slots=True)
class OnWeekday(Interval):
    """A dated day with the weekday written beside it: see `on_weekday`."""

    day: Interval
    weekday: int
    nth: int | None = None

    def span(self, ctx: Context) -> Found:
        found = on_weekday(self.weekday, (self.day.span(ctx)[0],), self.nth)
        assert found is not None
        return found, ()


@dataclass(frozen=True, slots=True)
class WeekOf(Interval):
    """The week holding a day: "the week of March 3"."""

    day: Interval

    def span(self, ctx: Context) -> Found:
        return span_at("week", self.day.span(ctx)[0].start), ()


@dataclass(frozen=True, slots=True)
class Modified(Interval):
    """A unit with a TIMEX3 modifier: "early March" (START), "mid-2019" (MID), "the end of the year". A
    unit that names no interval keeps its value ("later this hour" on a date alone: PRESENT_REF)."""

    unit: Interval
    mod: str

    def span(self, ctx: Context) -> Found:
        return self.unit.span(ctx)

    def resolve(self, ctx: Context) -> Resolved:
        named = self.unit.resolve(ctx)
        return named if named.calendar is None else dated(self.unit.span(ctx), self.mod)
