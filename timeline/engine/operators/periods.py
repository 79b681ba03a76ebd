"""Periods: a duration, placed when the words give it a direction ([a − D, a) for "the past three
years", [a, a + D) for "the next two weeks") or an edge ("the first nine months of 2019"); a reporting
period named by the day it closed ("the quarter ended Sept. 30")."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from timeline.engine.calendar import DAY, UNIT_GRAIN, Span, finer, midnight, shift, span_at
from timeline.engine.operators.durations import Part, duration_value, whole_shift
from timeline.engine.resolve import Context, Interval, Resolved, Unresolvable

_CLOSED_BACK = {"Q": 45, "M": 14, "W": 3}
"""Days back from the last day of a reporting period to a day near its middle: the calendar unit holding that
day is the one with most of the period's days ("the quarter ended Jan. 31" of a retailer is mostly in Q4)."""


def closed_period(last: datetime.datetime, unit: str) -> Span | None:
    """The calendar period of `unit` ("Q", "M", "W", "Y") that a reporting period closing on the day `last`
    stands for: the quarter, month or week with most of its days, the year when it closes on December 31;
    None for any other year, which is a fiscal year with no calendar span of its own."""
    if unit in _CLOSED_BACK:
        return span_at(UNIT_GRAIN[unit], shift(last, "D", -_CLOSED_BACK[unit]))
    if unit == "Y" and (last.month, last.day) == (12, 31):
        return span_at("year", last)
    return None


OPENED_FISCAL_YEAR = "FYO"
"""The unit of a fiscal year named by the day it opened ("the fiscal year that began Oct. 1"): ClosedBy counts
its last day a year on."""


@dataclass(frozen=True, slots=True)
class ClosedBy:
    """A reporting period named by its last day ("the quarter ended Sept. 30", "the week ended Friday", "the
    fiscal year ended June 30"): the calendar quarter, month or week with most of its days; a year that
    closes on December 31 is that year, any other (and any fiscal year) the fiscal year named by the year
    it ends in (one named by its first day, OPENED_FISCAL_YEAR, ends a year after it)."""

    day: Interval
    unit: str

    def resolve(self, ctx: Context) -> Resolved:
        last = self.day.span(ctx)[0].start
        if self.unit == OPENED_FISCAL_YEAR:
            last = shift(last, "Y", 1) - DAY
        unit = closed_period(last, self.unit)
        if unit is None:
            return Resolved("DATE", f"FY{last.year:04d}")
        return Resolved("DATE", unit.value, None, unit.start, unit.end, unit.grain, (), unit)


@dataclass(frozen=True, slots=True)
class ClosedSpan:
    """`count` months or weeks (`unit` "M", "W") that end with the day `day` ("the six months to March 31",
    "the nine months ended Sept. 30"): a length with the span of those units, which a later "the same period
    last year" means, as "the first nine months" is."""

    day: Interval
    unit: str
    count: float

    def resolve(self, ctx: Context) -> Resolved:
        end = self.day.span(ctx)[0].end
        start = whole_shift(end, self.unit, -self.count)
        value = duration_value(self.unit, self.count)
        return Resolved("DURATION", value, None, start, end, "day", calendar=Span(value, start, end, "day"))


@dataclass(frozen=True, slots=True)
class Period:
    """`count` units before (`direction` -1) or after (+1) the anchor: the anchor's moment for units
    finer than a day, else its midnight, so that "the past three days" are whole days."""

    unit: str
    count: float
    direction: int
    mod: str | None = None
    more: Part | None = None
    """A smaller part told after the units ("منذ عامين وأربعة أشهر"): the edge moves by it too."""
    named: bool = False
    """Whether the words name the period ("the past three months", الأيام الثلاثة الماضية), not a length up to
    now ("the highest in four months", منذ أربعة أشهر): a period of several units named in the past is what a
    later "the same period last year" means, as "the first nine months" is ("the last month" of a war is no
    such period)."""

    def resolve(self, ctx: Context) -> Resolved:
        finest = UNIT_GRAIN[self.unit if self.more is None else self.more[0]]
        sub_day = finer(finest, "day")
        now = ctx.anchor if sub_day else midnight(ctx.anchor)
        value = duration_value(self.unit, self.count, self.more)
        try:
            edge = whole_shift(now, self.unit, self.direction * self.count)
            if self.more is not None:
                edge = whole_shift(edge, self.more[0], self.direction * self.more[1])
        except (OverflowError, ValueError):
            # Back past the calendar's first year ("the past 800,000 years"): a length without its interval.
            return Resolved("DURATION", value, self.mod)
        start, end = (edge, now) if self.direction < 0 else (now, edge)
        grain = finest if sub_day else "day"
        past = self.named and self.direction < 0 and self.count > 1 and self.mod is None and not sub_day
        told = Span(value, start, end, grain) if past else None
        return Resolved("DURATION", value, self.mod, start, end, grain, calendar=told)


@dataclass(frozen=True, slots=True)
class EdgeUnits:
    """The first (`first`) or last `count` units of the month or year `box`: "the first nine months of
    2019", "the last two weeks of March". The period is what a later "the same period last year" means."""

    box: Interval
    unit: str
    count: float
    first: bool

    def resolve(self, ctx: Context) -> Resolved:
        box = self.box.span(ctx)[0]
        if self.first:
            start, end = box.start, whole_shift(box.start, self.unit, self.count)
        else:
            start, end = whole_shift(box.end, self.unit, -self.count), box.end
        if start < box.start or end > box.end:
            raise Unresolvable("more units than the period holds")
        value = duration_value(self.unit, self.count)
        return Resolved("DURATION", value, None, start, end, "day", calendar=Span(value, start, end, "day"))
