"""Days that come once a year by a rule rather than a date: the days counted from Easter Sunday ("Good
Friday", "Easter Monday", "Pentecost") and the nth weekday of a month ("Thanksgiving", "the last Monday
of May").

Easter's date is the computus taken from dateutil (a maintained calendar library that pendulum already
brings in) rather than a table of dates: the Gregorian one from the reform of 1582, the Julian one before it,
in which the dates of those years are written ("Barnet was fought on 14 April 1471, Easter Day"). Which
year's day is meant follows the reading direction, day by day as for a day named without its year ("June
24"; see `timeline.engine.operators.repeating.YearlessDay`): on May 20, "before Memorial Day" is five days
ahead, not a year.
"""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass

from dateutil.easter import EASTER_JULIAN, EASTER_WESTERN, easter

from timeline.engine.calendar import Moment, Span, midnight, month, span_at
from timeline.engine.operators.intersect import nth_in
from timeline.engine.operators.positions import YearOf
from timeline.engine.operators.repeating import MonthOfYear
from timeline.engine.resolve import Context, Found, Interval, ahead, nearer_ahead, other, reading

GREGORIAN_FROM = 1583
"""The first year whose Easter the Gregorian reform (October 1582) set; a date of a year before it is written
in the Julian calendar, and its Easter is the Julian one."""


def easter_day(year: int, offset: int) -> Span:
    """The day `offset` days from Easter Sunday of `year` (Good Friday is -2), in the calendar its dates are
    written in (see GREGORIAN_FROM)."""
    method = EASTER_WESTERN if year >= GREGORIAN_FROM else EASTER_JULIAN
    found = easter(year, method) + datetime.timedelta(days=offset)
    return span_at("day", Moment(found.year, found.month, found.day))


def _nearest(anchor: Moment, day_in: Callable[[int], Span], direction: str) -> Span:
    """The year's day nearest the anchor in `direction` (the anchor's day included)."""
    today = midnight(anchor)
    if ahead(direction):
        return next(s for y in (anchor.year, anchor.year + 1) if (s := day_in(y)).start >= today)
    return next(s for y in (anchor.year, anchor.year - 1) if (s := day_in(y)).start <= today)


def _yearly(ctx: Context, year: YearOf | None, day_in: Callable[[int], Span]) -> Found:
    """The day of the year written, else the nearest in the reading direction (news: forwards when much
    nearer), the other one kept as an alternative reading."""
    if year is not None:
        return day_in(year.number(ctx)), ()
    anchor, d = ctx.anchor, ctx.direction
    found = _nearest(anchor, day_in, d if ahead(d) else "past")
    alternative = _nearest(anchor, day_in, other(d))
    if d == "news" and nearer_ahead(anchor, found, alternative):
        found, alternative = alternative, found
    return found, reading(alternative, "the other direction's reading")


@dataclass(frozen=True, slots=True)
class EasterDay(Interval):
    """ "Good Friday" (`offset` -2), "Easter" (0), of `year` or the nearest in the reading direction."""

    offset: int
    year: YearOf | None = None

    def span(self, ctx: Context) -> Found:
        return _yearly(ctx, self.year, lambda y: easter_day(y, self.offset))


@dataclass(frozen=True, slots=True)
class NthWeekdayOf(Interval):
    """ "Thanksgiving", "the last Monday of May": the nth `weekday` of `month_` (-1: the last), or the day
    `after` so many days ("Black Friday", the day after Thanksgiving), of `year` or the nearest in the
    tense's direction; with no tense, in the month a bare "May" would be (news reads a month forwards when
    it is much nearer)."""

    month_: int
    n: int
    weekday: int
    year: YearOf | None = None
    after: int = 0

    def span(self, ctx: Context) -> Found:
        if self.year is None and ctx.direction == "news":
            return self._in(MonthOfYear(self.month_).span(ctx)[0]), ()
        return _yearly(ctx, self.year, lambda y: self._in(month(y, self.month_)))

    def _in(self, month_span: Span) -> Span:
        found = nth_in(month_span, self.n, self.weekday)
        return found if not self.after else span_at("day", found.start + datetime.timedelta(days=self.after))
