"""Repeating fields: a weekday, month, day of the year, day of the month, quarter or weekend named without
saying which one. The reading direction picks the occurrence (see `timeline.engine.resolve`), and the
occurrence in the other direction is kept as an alternative reading.
"""

from __future__ import annotations

from dataclasses import dataclass

from timeline.engine.calendar import (
    Moment,
    Span,
    day,
    finer,
    half_year,
    midnight,
    month,
    shift,
    span_at,
    weekday_of,
)
from timeline.engine.operators.intersect import on_weekday
from timeline.engine.resolve import (
    NEWS_HORIZON_DAYS,
    Context,
    Found,
    Interval,
    Resolved,
    Unresolvable,
    ahead,
    nearer_ahead,
    other,
    reading,
)


def weekday_from(anchor: Moment, weekday: int, direction: str, strict: bool) -> Moment:
    """The day on `weekday` nearest the anchor in `direction`; `strict`: never the anchor's own day."""
    today = midnight(anchor)
    diff = weekday - weekday_of(today)
    if not ahead(direction):
        back = -diff % 7 or (7 if strict else 0)
        return shift(today, "D", -back)
    forward = diff % 7 or 7 if strict else diff % 7
    return shift(today, "D", forward)


def month_from(anchor: Moment, month_: int, direction: str, strict: bool) -> Span:
    """The month `month_` nearest the anchor in `direction`; read forwards, the anchor's own month is
    still to come ("the vote will be held in March", written on March 4, is this March: its rest lies
    ahead, as the year's does in "later this year"); `strict`: never the anchor's own month ("next March",
    "last March")."""
    y = anchor.year
    if not ahead(direction):
        y -= month_ > anchor.month or (strict and month_ == anchor.month)
    else:
        y += month_ < anchor.month or (strict and month_ == anchor.month)
    return month(y, month_)


def month_day_from(anchor: Moment, month_: int, dom: int, direction: str) -> Span | None:
    """The day `month_`-`dom` nearest the anchor in `direction` (the anchor's day included)."""
    today = midnight(anchor)
    past = not ahead(direction)
    for y in (anchor.year, anchor.year - 1) if past else (anchor.year, anchor.year + 1):
        found = day(y, month_, dom)
        if found is None:
            continue
        if found.start <= today if past else found.start >= today:
            return found
    return None


@dataclass(frozen=True, slots=True)
class Weekday(Interval):
    """ "Monday": the nearest in the direction (read forwards by "future", not the anchor's own day)."""

    weekday: int

    def span(self, ctx: Context) -> Found:
        d = ctx.direction
        found = weekday_from(ctx.anchor, self.weekday, d, d == "future")
        alternative = weekday_from(ctx.anchor, self.weekday, other(d), d != "future")
        return span_at("day", found), reading(span_at("day", alternative), f"{other(d)} reading")


@dataclass(frozen=True, slots=True)
class MonthOfYear(Interval):
    """ "June": the nearest in the direction; in news forwards when much nearer (NEWS_HORIZON_DAYS)."""

    month: int

    def span(self, ctx: Context) -> Found:
        found = month_from(ctx.anchor, self.month, ctx.direction, False)
        alternative = month_from(ctx.anchor, self.month, other(ctx.direction), True)
        if ctx.direction == "news" and nearer_ahead(ctx.anchor, found, alternative):
            found, alternative = alternative, found
        why = "the other direction's reading"
        return found, reading(alternative if alternative != found else None, why)


STORY_WEEKDAY_REACH = 31
"""A day written with its weekday and without a year ("On Sunday, Feb. 9, some 73 million watched", after
"Feb. 7, 1964" in a piece of 2004) is the story's when the story last told a day of another year this many
days or fewer away and that year's day falls on the weekday: the weekday confirms the story's year."""


def _story_weekday(last: Span | None, month_: int, day_: int, weekday: int) -> Span | None:
    """The day `month_`/`day_` of the story's year when it is on `weekday` near the story's last day."""
    if last is None or finer("day", last.grain):
        return None
    found = day(last.start.year, month_, day_)
    if found is None or weekday_of(found.start) != weekday:
        return None
    return found if abs((found.start - last.start).days) <= STORY_WEEKDAY_REACH else None


@dataclass(frozen=True, slots=True)
class YearlessDay(Interval):
    """ "June 24": the nearest such day in the direction (news: forwards when much nearer); with a weekday
    ("Thursday, Feb. 14") the reading on that weekday (`timeline.engine.operators.intersect.on_weekday`)."""

    month: int
    day: int
    weekday: int | None = None
    ordinal: bool = False
    feast: bool = False
    """Named as a holiday ("Christmas"): see `timeline.engine.newsday.much_nearer`."""

    def span(self, ctx: Context) -> Found:
        anchor, d = ctx.anchor, ctx.direction
        found = month_day_from(anchor, self.month, self.day, d if ahead(d) else "past")
        alternative = month_day_from(anchor, self.month, self.day, other(d))
        if d == "news" and found and alternative and nearer_ahead(anchor, found, alternative):
            found, alternative = alternative, found
        if found is not None and self.weekday is not None:
            nth = self.day if self.ordinal and self.day <= 5 else None
            found = _story_weekday(ctx.last, self.month, self.day, self.weekday) or on_weekday(
                self.weekday, (found, alternative), nth
            )
        if found is None:
            raise Unresolvable("no such day")
        return found, reading(alternative, "the other direction's reading")


@dataclass(frozen=True, slots=True)
class DayOfMonth(Interval):
    """ "On the 15th", "Thu 15th": the nearest month in the direction where that day exists (and falls on
    the weekday, when one is named). In a story on a year no month is told: "The siege lasted fourteen days,
    and on the fifteenth" in a story of 547 BC is the siege's day, no date."""

    day: int
    weekday: int | None = None

    def span(self, ctx: Context) -> Found:
        last = ctx.last
        if last is not None and ctx.anchor == last.start and not finer(last.grain, "year"):
            raise Unresolvable("a day of a month the story does not tell")
        step = 1 if ahead(ctx.direction) else -1
        here = month(ctx.anchor.year, ctx.anchor.month)
        today = midnight(ctx.anchor)
        for k in range(0, 14 * step, step):
            host = span_at("month", shift(here.start, "M", k))
            found = day(host.start.year, host.start.month, self.day)
            if found is None or (found.start <= today if step > 0 else found.start > today):
                continue
            if self.weekday is None or weekday_of(found.start) == self.weekday:
                return found, ()
        raise Unresolvable("no such day")


@dataclass(frozen=True, slots=True)
class YearlessQuarter(Interval):
    """A quarter without its year: this year's, unless it has not begun (read backwards: last year's,
    as in "a loss for the fourth quarter" in February) or, read forwards, ended more than a quarter
    ago (next year's; a quarter just ended is still to be reported on). In news without a tense, the
    nearer of two as a month is (NEWS_HORIZON_DAYS): "first-quarter revenue" in late October is next
    year's."""

    quarter: int

    def span(self, ctx: Context) -> Found:
        anchor, d = ctx.anchor, ctx.direction
        this = span_at("quarter", Moment(anchor.year, 3 * self.quarter - 2, 1))
        before = span_at("quarter", shift(this.start, "Y", -1))
        after = span_at("quarter", shift(this.start, "Y", 1))
        if ahead(d):
            if (anchor - this.end).days > NEWS_HORIZON_DAYS[1]:
                return after, reading(this, "past reading")
            return this, ()
        if this.start <= anchor:
            if d == "news" and nearer_ahead(anchor, this, after):
                return after, reading(this, "past reading")
            return this, ()
        if d == "news" and nearer_ahead(anchor, before, this):
            return this, reading(before, "past reading")
        return before, reading(this, "future reading")


@dataclass(frozen=True, slots=True)
class YearlessHalf(Interval):
    """A half of a year without its year ("first-half profit"): this year's, unless it has not begun (read
    backwards: last year's, "second-half profit rose" in February) or, read forwards, ended more than a
    quarter ago (next year's), as a quarter without its year."""

    half: int

    def span(self, ctx: Context) -> Found:
        anchor, d = ctx.anchor, ctx.direction
        year = anchor.year - (not ahead(d) and anchor.month < 6 * self.half - 5)
        if ahead(d) and anchor.month > 6 * self.half + 3:
            year += 1
        return half_year(year, self.half), ()


_FRIDAY = 5


@dataclass(frozen=True, slots=True)
class Weekend:
    """ "The weekend" (`shift` None: the nearest in the direction) or "next weekend" (weeks from the
    anchor's): a week's value with -WE, no interval. Told without a tense on a Friday ("Weather for the
    weekend: hot and humid"), it is the one a day ahead, not the one six days back."""

    shift: int | None = None

    def resolve(self, ctx: Context) -> Resolved:
        today = midnight(ctx.anchor)
        if self.shift is not None:
            saturday = shift(span_at("week", shift(today, "W", self.shift)).start, "D", 5)
        elif not ahead(ctx.direction) and not (ctx.direction == "news" and today.isoweekday() == _FRIDAY):
            saturday = shift(today, "D", -((today.isoweekday() - 6) % 7))
            if today.isoweekday() == 7:
                saturday = shift(today, "D", -1)
        else:
            saturday = shift(today, "D", (6 - today.isoweekday()) % 7)
        return Resolved("DATE", f"{span_at('week', saturday).value}-WE")
