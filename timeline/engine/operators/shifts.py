"""Shifts: a unit moved from the anchor (this/last/next, N ago, yesterday) or from the date last mentioned
(the narrative: "the next day", "two weeks later", "the same year")."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace

from timeline.engine.calendar import (
    DAY,
    UNIT_GRAIN,
    UNITS,
    Moment,
    Span,
    finer,
    midnight,
    month,
    shift,
    span_at,
)
from timeline.engine.operators.clock import UNTOLD
from timeline.engine.operators.durations import Part, duration_value, in_smaller, whole_shift
from timeline.engine.operators.repeating import Weekday, month_day_from, month_from, weekday_from
from timeline.engine.resolve import Context, Found, Interval, Resolved, Unresolvable, ahead, dated, reading

_NOON = 12


@dataclass(frozen=True, slots=True)
class DeicticDay(Interval):
    """A day counted from the anchor's: "today" is 0, "the day before yesterday" -2. A weekday written
    with it ("today, Friday") is kept only to say so: the deictic day is the day."""

    days: int
    weekday: int | None = None

    def span(self, ctx: Context) -> Found:
        return span_at("day", shift(ctx.anchor, "D", self.days)), ()


@dataclass(frozen=True, slots=True)
class DayMoved(Interval):
    """ "A week from Friday" (`day` Friday, 1 W), "two weeks from tomorrow": the day named, read forwards (a
    length counted on from it looks ahead: the coming Friday), moved on by `amount` units; a day."""

    day: Interval
    unit: str
    amount: float

    def span(self, ctx: Context) -> Found:
        found, _ = self.day.span(ctx._replace(direction="future"))
        return span_at("day", whole_shift(found.start, self.unit, self.amount)), ()


@dataclass(frozen=True, slots=True)
class NightDay(Interval):
    """The day whose night "overnight" names: the day before the publication day in a past clause ("stocks
    fell overnight in Tokyo", written the morning after), else the publication day: read forwards ("the storm
    will hit the coast overnight") or told in the present, as a forecast or a broadcast tells it ("residents
    are bracing for frost overnight", "gales overnight in the west")."""

    def span(self, ctx: Context) -> Found:
        return span_at("day", shift(ctx.anchor, "D", -1 if ctx.direction == "past" else 0)), ()


@dataclass(frozen=True, slots=True)
class ThisUnit(Interval):
    """The unit holding the anchor, moved `n` units: "this year" 0, "last month" -1, "this morning"'s day.
    Below a day, an anchor without a time of day (a date alone reads as its midnight) says no such unit:
    a broadcast's "at this hour", "later this hour" are the present (PRESENT_REF), not its first hour."""

    unit: str
    n: int

    def span(self, ctx: Context) -> Found:
        return span_at(UNIT_GRAIN[self.unit], shift(ctx.anchor, self.unit, self.n)), ()

    def resolve(self, ctx: Context) -> Resolved:
        if self.n == 0 and finer(UNIT_GRAIN[self.unit], "day") and ctx.anchor == midnight(ctx.anchor):
            return Resolved("DATE", "PRESENT_REF")
        return dated(self.span(ctx), None)


@dataclass(frozen=True, slots=True)
class TradingWeek(Interval):
    """A weekly market report's "last week" (تداولات الأسبوع الماضي): the trading week it covers, the ISO
    week of the last day a trading week closed on (`close`, an ISO weekday) before the anchor. Written on the
    weekend after a Thursday close, that is this ISO week; from Monday on, the one before, as "last week"
    is."""

    close: int

    def span(self, ctx: Context) -> Found:
        return span_at("week", weekday_from(ctx.anchor, self.close, "past", strict=True)), ()


SUMMING_LAG = {"W": DAY, "M": 5 * DAY, "Y": 7 * DAY}
"""How long after a week, month or year closes a report still sums it up as "the week", "the month", "the
year" ("For the week, the index rose 3%" in a Monday paper; "ended the year 20% higher" early in January)."""


@dataclass(frozen=True, slots=True)
class SummedUnit(Interval):
    """A week, month or year a market or sales report sums up ("for the week", "ended the year"): told in
    the past with no date before it, the one holding the day its SUMMING_LAG before the anchor, so the one
    just closed early in the next; looked ahead to, the anchor's ("for the week, analysts expect gains"); else
    the period in focus, as "for the week" always is (NarrativeUnit)."""

    unit: str

    def span(self, ctx: Context) -> Found:
        grain = UNIT_GRAIN[self.unit]
        if ahead(ctx.direction):
            return span_at(grain, ctx.anchor), ()
        if ctx.direction != "past" or ctx.last is not None:
            return NarrativeUnit(self.unit, 0).span(ctx)
        return span_at(grain, ctx.anchor - SUMMING_LAG[self.unit]), ()


@dataclass(frozen=True, slots=True)
class StoryUnit(Interval):
    """ "The end of the year", "the start of the month": the unit the story is in. A clause told in the past
    ("by the end of the year it had closed two plants", after "in 1987") is in the unit of the earlier date
    last mentioned, when that date is no coarser than the unit; otherwise, and in every other tense, the
    anchor's ("prices will rise by the end of the year"). One `pointed` back at the date last mentioned ("the
    end of that month", "the middle of the same month", نهاية الشهر نفسه) is in its unit whatever the tense
    ("talks resume on April 10, and a deal is expected by the middle of the same month": April). A day after a
    coarser date is the news story's day where there is one ("said on Tuesday ... since 1983 ... at the start
    of the day": `Context.day`)."""

    unit: str
    pointed: bool = False

    def span(self, ctx: Context) -> Found:
        grain, last = UNIT_GRAIN[self.unit], ctx.last
        here = span_at(grain, ctx.anchor)
        if (
            (self.pointed or (ctx.direction == "past" and last is not None and last.start < here.start))
            and last is not None
            and not finer(grain, last.grain)
        ):
            return span_at(grain, last.start), ()
        if grain == "day" and ctx.day is not None:
            return ctx.day, ()
        return here, ()


@dataclass(frozen=True, slots=True)
class CenturyTurn(Interval):
    """ "The turn of the century": the year one century gives way to the next nearest the date last
    mentioned, else the anchor ("lit the streets of many cities at the turn of the century", after 1893:
    1900; written in 2011: 2000)."""

    def span(self, ctx: Context) -> Found:
        at = ctx.last.start if ctx.last is not None else ctx.anchor
        turn = (at.year + _HALF_CENTURY) // 100 * 100
        return span_at("year", at.replace(year=turn, month=1, day=1)), ()


_HALF_CENTURY = 50
"""A date up to this many years into a century is nearer the turn that opened it than the one that closes
it."""


REPORTED = ("Q",)
"""The units whose figures are reported once they have ended: told in the past, one still running is not
the one meant (see `NarrativeUnit`)."""


@dataclass(frozen=True, slots=True)
class NarrativeUnit(Interval):
    """The unit holding the date last mentioned, moved `n` units: "the next day", "that week" (0: the date
    itself when it is no finer than the unit). A unit finer than the date last mentioned is somewhere in
    it, which the words do not say: "In 1920 ... the next day" is 1920 (the story's grain, as "a week
    later" after a year is), not 2 January. A quarter (`REPORTED`) told in the past, with none before it,
    that has not ended at the anchor is the latest ended one: figures come after a quarter closes
    ("revenue for the quarter rose 4%", written in October, is the third quarter's; "expects a loss for
    the quarter" the fourth's), and "the previous quarter" counts back from it ("profit fell from the
    previous quarter": the second). In news, the unit itself ("for the week") after a coarser date on a
    story's day ("fell on Friday, capping the worst February in six years. For the week, ...") is the one
    holding that day, not the coarser date."""

    unit: str
    n: int

    def span(self, ctx: Context) -> Found:
        grain, base = UNIT_GRAIN[self.unit], ctx.base
        if self.n == 0 and ctx.day is not None and finer(grain, base.grain):
            base = ctx.day
        keep = ctx.last is not None and not finer(base.grain, grain)
        if not keep and self.unit in REPORTED and ctx.direction == "past":
            base = span_at(grain, base.start)
            if base.end > ctx.anchor:
                base = span_at(grain, shift(base.start, "D", -1))
        if self.n == 0 or (keep and base.grain != grain):
            return (base if keep else span_at(grain, base.start)), ()
        return span_at(grain, shift(base.start, self.unit, self.n)), ()


@dataclass(frozen=True, slots=True)
class LastDate(Interval):
    """The date or time last mentioned, as it was named ("sales rose in 1988; by that time ..." is 1988,
    "at 3 p.m. ... by that time" 15:00); with none before it the words point at nothing."""

    def span(self, ctx: Context) -> Found:
        if ctx.last is None:
            raise Unresolvable("no date before it")
        return ctx.last, ()

    def resolve(self, ctx: Context) -> Resolved:
        last = self.span(ctx)[0]
        kind = "TIME" if finer(last.grain, "day") else "DATE"
        return Resolved(kind, last.value, None, last.start, last.end, last.grain, (), last)


def same_week(start: Moment, years: int) -> Moment:
    """The Monday of the ISO week of the same number `years` on ("the same week last year" after 2014-W25 is
    2013-W25, where moving its Monday a year would land in W24); a week 53 the other year lacks is its W52."""
    iso_year, week, _ = start.isocalendar()
    try:
        monday = datetime.date.fromisocalendar(iso_year + years, week, 1)
    except ValueError:
        monday = datetime.date.fromisocalendar(iso_year + years, 52, 1)
    return Moment(monday.year, monday.month, monday.day)


@dataclass(frozen=True, slots=True)
class NarrativeYears(Interval):
    """The period last mentioned moved by whole years, as it was named: "the same day a year later", "the
    same period last year" after "the first four months of 2015" (P4M over January-April 2014), after a
    half (2014-H1). A comparison, not where the story goes: the next "same period last year" counts from
    the period still, not from the year before it. A unit the words name ("the same quarter last year")
    is the one holding that date when the date is finer (the publication's quarter when none came before).
    A period the words leave unnamed is never a day: after no period, or after a day ("said Tuesday that
    sales rose from the same period last year"), it is the year that holds it, moved, as "a year earlier"
    before any period is the year before. With a `year` written out ("the like period of 2021") the period
    is moved into that year; so is a quarter or month named with it ("the 1992 quarter"), the latest ended
    one when the date last mentioned is finer (as "the year-earlier quarter" is: see `Later`). With `own`
    the period is the publication's unit, not the one last mentioned ("on this day in 1918", في مثل هذا الشهر
    من العام الماضي)."""

    years: int
    unit: str | None = None
    year: int | None = None
    own: bool = False

    def span(self, ctx: Context) -> Found:
        base = span_at("day", ctx.anchor) if self.own else ctx.base
        if self.unit is None and finer(base.grain, "month") and not base.value.startswith("P"):
            base = span_at("year", base.start)
        if self.unit is not None and finer(base.grain, UNIT_GRAIN[self.unit]):
            grain = UNIT_GRAIN[self.unit]
            if self.year is None or self.own:
                base = span_at(grain, base.start)
            else:  # "said Tuesday ... the 1995 quarter": the latest one ended, which results report on
                base = span_at(grain, shift(span_at(grain, ctx.anchor).start, "D", -1))
        years = self.years if self.year is None else self.year - base.start.year
        if span_at(base.grain, base.start).value == base.value:
            if base.grain == "week":
                return span_at("week", same_week(base.start, years)), ()
            return span_at(base.grain, shift(base.start, "Y", years)), ()
        start, end = shift(base.start, "Y", years), shift(base.end, "Y", years)
        value = base.value
        if not value.startswith("P"):
            value = f"{int(value[:4]) + years:04d}{value[4:]}"
        return Span(value, start, end, base.grain), ()

    def resolve(self, ctx: Context) -> Resolved:
        moved = self.span(ctx)[0]
        kind = "DURATION" if moved.value.startswith("P") else "DATE"
        return Resolved(kind, moved.value, None, moved.start, moved.end, moved.grain)


@dataclass(frozen=True, slots=True)
class NarrativeDay(Interval):
    """The day a clock time or part of the day without a date is on: the day of the date last mentioned
    when that is a day or finer ("struck at 11:30 a.m. ... leaving school for the day": that day; not a period
    counted in days: "over the past 12 months ... released at 10 a.m." is the news day's), else
    the news story's day (`Context.day`), else the anchor's day. A morning looked
    forward to (`morning`: "the delegation will leave in the morning") is the next day's when the anchor
    has no hour or is past noon: copy that speaks of its own day's morning says "this morning". A night
    told in the past (`night`: "two men were arrested during the night", "rescuers worked through the
    night") is the one before the anchor's day, as "overnight" is (NightDay); after a morning's clock on the
    anchor's day, the one before it ("It is nine o'clock in the morning. Crews worked through the night"),
    where after an afternoon's it is that day's ("began at 4:30 p.m. and went on through the night"), and so
    after a morning's clock on a day behind ("the raid began at 9:45 a.m. Sunday ... talked through the
    night", printed on Monday: Sunday night).
    In news, a clock time in a later paragraph than the date last mentioned is on the day the story opened
    with (the tagger passes that day): "peaked on Aug. 25 ..." does not date "closed at 2 p.m." a paragraph
    on."""

    morning: bool = False
    night: bool = False
    part: bool = False
    """A part of the day said alone ("at dawn", "that night"): in a story that stands on a month or a year it
    is on a day of it the text does not give (see `TimeOfDay.on`), not the unit's first day."""

    def span(self, ctx: Context) -> Found:
        base = ctx.base
        if self.part and ctx.last is not None and ctx.anchor == ctx.last.start and ctx.last.grain in UNTOLD:
            return ctx.last, ()
        if ctx.last is not None and not finer("day", base.grain) and base.end - base.start <= DAY:
            if (
                self.night
                and ctx.direction == "past"
                and finer(base.grain, "day")
                and base.start.hour < _NOON
                and base.start >= midnight(ctx.anchor)
            ):
                return span_at("day", base.start - DAY), ()
            return (self._nightly(base, ctx) if base.grain == "day" else span_at("day", base.start)), ()
        if ctx.day is not None:
            return self._nightly(ctx.day, ctx), ()
        if self.night:
            return NightDay().span(ctx)
        after_noon = ctx.anchor == midnight(ctx.anchor) or ctx.anchor.hour >= _NOON
        tomorrow = self.morning and ctx.direction == "future" and after_noon
        return span_at("day", shift(ctx.anchor, "D", 1 if tomorrow else 0)), ()

    def _nightly(self, day: Span, ctx: Context) -> Span:
        """`day`, or the one before it for a night told in the past when `day` is the publication day (the
        day last mentioned was "today": "fires burned today after rioting that raged through the night"),
        whose own night is still to come, as NightDay reads "overnight"; not after a clock of that day ("began
        at 4:30 p.m. today and went on through the night")."""
        today = day.grain == "day" and day.start == midnight(ctx.anchor)
        if self.night and ctx.direction == "past" and today:
            return span_at("day", day.start - DAY)
        return day


@dataclass(frozen=True, slots=True)
class WeekdayShift(Interval):
    """ "Last Monday" (-1), "next Monday" (+1), "the Monday after next" (+2): counted from the nearest
    such day before or after the anchor; the named day of the previous/next week is the other reading.
    "This Monday" (0) is the nearest in the direction, as a bare "Monday"."""

    weekday: int
    n: int

    def span(self, ctx: Context) -> Found:
        if self.n == 0:
            return Weekday(self.weekday).span(ctx)
        d = weekday_from(ctx.anchor, self.weekday, "past" if self.n < 0 else "future", True)
        if abs(self.n) > 1:
            d = shift(d, "W", self.n - (1 if self.n > 0 else -1))
        found = span_at("day", d)
        week = span_at("week", shift(ctx.anchor, "W", self.n))
        alternative = span_at("day", shift(week.start, "D", self.weekday - 1))
        why = "the named day of the previous/next week"
        return found, (() if alternative == found else reading(alternative, why))


@dataclass(frozen=True, slots=True)
class NarrativeWeekday(Interval):
    """ "The following Monday" (+1), "the previous Friday" (-1): the first such day after or before the
    date last mentioned ("fell on Friday, Oct. 6, and rebounded the following Monday" is Oct. 9), the
    publication day's when none came before."""

    weekday: int
    n: int

    def span(self, ctx: Context) -> Found:
        base = ctx.base
        edge = base.start if self.n < 0 else shift(base.end, "D", -1)
        return span_at("day", weekday_from(edge, self.weekday, "past" if self.n < 0 else "future", True)), ()


@dataclass(frozen=True, slots=True)
class NarrativeMonth(Interval):
    """ "The following March" (+1), "the previous October" (-1): the first such month after or before the
    date last mentioned ("fell on 9 September 1855 ... the following March" is March 1856, "in 1928 ... the
    following June" June 1929); "that October", "the same May" (0): the month of the year last mentioned
    ("in January 1642 ... that October" is October 1642, where a bare "October" may be the one behind)."""

    month: int
    n: int

    def span(self, ctx: Context) -> Found:
        base = ctx.base
        if self.n == 0:
            return month(base.start.year, self.month), ()
        edge = base.start if self.n < 0 else shift(base.end, "D", -1)
        return month_from(edge, self.month, "past" if self.n < 0 else "future", True), ()


@dataclass(frozen=True, slots=True)
class NarrativeYearly(Interval):
    """ "The following Christmas" (+1), "the previous Easter" (-1): the first such day of the year (`day`,
    read without its year) after or before the date last mentioned ("dissolved in March 1801 ... the
    following Christmas" is 25 December 1801, "the following Easter" 5 April 1801); "that same Christmas"
    (0): the one of the year last mentioned."""

    day: Interval
    n: int

    def span(self, ctx: Context) -> Found:
        base = ctx.base
        if self.n > 0:
            at, way = base.end, "future"
        elif self.n < 0:
            at, way = base.start - DAY, "past"
        else:
            at, way = datetime.datetime(base.start.year, 1, 1), "future"
        return self.day.span(Context(at, way, None))[0], ()


@dataclass(frozen=True, slots=True)
class WeekdayOfWeek(Interval):
    """A weekday of the week `weeks` from the anchor's: "Monday of next week"."""

    weekday: int
    weeks: int

    def span(self, ctx: Context) -> Found:
        week = span_at("week", shift(ctx.anchor, "W", self.weeks))
        return span_at("day", shift(week.start, "D", self.weekday - 1)), ()


@dataclass(frozen=True, slots=True)
class WeekdaysAgo(Interval):
    """ "Three Mondays ago" (`ago` -1) or "in three Tuesdays" (+1): from the nearest such day, whole weeks."""

    weekday: int
    ago: int
    count: int

    def span(self, ctx: Context) -> Found:
        nearest = weekday_from(ctx.anchor, self.weekday, "past" if self.ago < 0 else "future", True)
        return span_at("day", shift(nearest, "W", self.ago * (self.count - 1))), ()


@dataclass(frozen=True, slots=True)
class MonthShift(Interval):
    """ "Last June" (-1), "next June" (+1): the nearest such month before or after the anchor's own, then
    whole years; 0 is this year's."""

    month: int
    n: int

    def span(self, ctx: Context) -> Found:
        if self.n == 0:
            return month(ctx.anchor.year, self.month), ()
        found = month_from(ctx.anchor, self.month, "past" if self.n < 0 else "future", True)
        return span_at("month", shift(found.start, "Y", self.n - (1 if self.n > 0 else -1))), ()


@dataclass(frozen=True, slots=True)
class MonthDayShift(Interval):
    """ "12 أغسطس المقبل" (+1), "30 ديسمبر الماضي" (-1), "5 يونيو قبل الماضي" (-2): the nearest such day
    strictly after or before the anchor's, then whole years. The day decides, not its month: on August 1
    the coming August 12 is eleven days ahead, where "next August" is a year away."""

    month: int
    day: int
    n: int

    def span(self, ctx: Context) -> Found:
        step = 1 if self.n > 0 else -1
        direction = "future" if step > 0 else "past"
        found = month_day_from(shift(ctx.anchor, "D", step), self.month, self.day, direction)
        if found is None:
            raise Unresolvable("no such day")
        return span_at("day", shift(found.start, "Y", self.n - step)), ()


_COMPARED = ("quarter", "month")
"""The grains of a period that "a year ago" beside it compares with the same period a year before."""


@dataclass(frozen=True, slots=True)
class Ago:
    """ "Three years ago" (`amount` -3), "in two days": the anchor moved, at the unit's grain (a day at
    finest); "more than N ago" is BEFORE, "about N ago" APPROX. Beside a quarter or month, "a year ago" is
    that period a year back, as "a year earlier" is ("profit in the third quarter rose from $3 million a
    year ago": the third quarter of last year; "sales fell 3% in February from a year ago": February of
    last year): economic copy compares a period with the same one a year before. It compares the latest
    period, one that ended within the year: after an older one ("introduced in Ireland in March 2004 and
    in Italy a year ago", printed in January 2006) "a year ago" counts from the publication date."""

    unit: str
    amount: float
    mod: str | None = None

    def resolve(self, ctx: Context) -> Resolved:
        if (
            self.mod is None
            and self.unit == "Y"
            and self.amount == -1
            and ctx.last is not None
            and ctx.last.grain in _COMPARED
            and ctx.last.end > shift(ctx.anchor, "Y", -1)
        ):
            return Later(self.unit, self.amount).resolve(ctx)
        unit, smaller = self.unit, UNITS[self.unit].smaller
        if 0 < abs(self.amount) < 1 and smaller is not None:
            # Less than one unit counts in the next smaller: "half a century ago" is a year, not a century.
            unit = smaller[0]
        grain = UNIT_GRAIN[unit]
        moved = whole_shift(ctx.anchor, self.unit, self.amount)
        if finer(grain, "day") and ctx.anchor == midnight(ctx.anchor) and abs(moved - ctx.anchor) < DAY:
            # A date alone names no hour: "two hours ago" in a broadcast dated so is on that day, not the one
            # before its midnight.
            moved = ctx.anchor
        return dated((span_at(grain if not finer(grain, "day") else "day", moved), ()), self.mod)


@dataclass(frozen=True, slots=True)
class Later:
    """ "Two weeks later" (`amount` +2), "three days earlier": the date last mentioned moved, at its grain.
    Before any date, the anchor moved as "ago" moves it, at the unit's grain: "up from $4 million a year
    earlier" in a story that names no period is the year before, not a day. A date counted back is a
    comparison the story does not move to ("third-quarter profit fell from a year earlier; revenue in the
    quarter rose": the quarter is still the third of this year), so it names no unit for what follows.
    A period the words name after it (`compares`: "the year-earlier quarter") is the story's: the one last
    mentioned when it is of that grain or coarser, else the latest such period that has ended, which the
    story reports on ("net rose from the year-earlier quarter" in October: the third quarter a year back;
    not the day of "said Tuesday")."""

    unit: str
    amount: float
    # A smaller part told after the first ("two months and nine days later"), its count unsigned.
    more: Part | None = None
    compares: str | None = None
    # A shift told roughly or as a bound: "about two hours later" APPROX, "more than a week later" AFTER.
    mod: str | None = None
    # "N units on": told up to the writer's now. Where no date came before it ("Ten years on, the survivors
    # still live in tents"), it is the length from an event the text does not date to now (P10Y), as بعد
    # مرور عشر سنوات على الزلزال is, not a date N units ahead of the publication.
    up_to_now: bool = False

    def resolve(self, ctx: Context) -> Resolved:
        if self.up_to_now and ctx.last is None:
            length = duration_value(self.unit, abs(self.amount), self.more)
            return Resolved("DURATION", length, "APPROX" if self.mod == "APPROX" else None)
        found = self._moved(ctx)
        return found if self.mod is None else replace(found, mod=self.mod)

    def _moved(self, ctx: Context) -> Resolved:
        if self.compares is not None:
            grain = UNIT_GRAIN[self.compares]
            if ctx.last is None or finer(ctx.last.grain, grain):
                ended = span_at(grain, shift(span_at(grain, ctx.anchor).start, "D", -1))
                ctx = ctx._replace(last=ended)
        sign = 1 if self.amount > 0 else -1
        if ctx.last is None:
            if self.more is None:
                found = Ago(self.unit, self.amount).resolve(ctx)
            else:
                small, total = in_smaller(self.unit, abs(self.amount), self.more)
                found = Ago(small, sign * total).resolve(ctx)
        else:
            # After a length ("the first nine months ... a year earlier") the unit's grain: a length's
            # span is counted in days, which names no period of its own. After a clock a shift of days or
            # more is a day ("at 5 p.m. ... Two days later": the day, not its clock).
            last = ctx.last
            unit = self.unit if self.more is None else self.more[0]
            grain = UNIT_GRAIN[unit] if last.value.startswith("P") else last.grain
            named = span_at(grain, last.start).value == last.value
            if finer(grain, "day") and not finer(UNIT_GRAIN[unit], "day"):
                grain = "day"
            moved = whole_shift(last.start, self.unit, self.amount)
            if self.more is not None:
                # Each part on the calendar in turn: two months, then nine days (not 69 days).
                moved = whole_shift(moved, self.more[0], sign * self.more[1])
            if self.unit == "Y" and self.more is None and not last.value.startswith("P") and not named:
                # A period no unit of its grain names (a half, 2024-H1, at the grain of a quarter) moved by
                # whole years stays that period: "first-half profit fell from a year earlier" is 2023-H1.
                found = dated((NarrativeYears(int(self.amount)).span(ctx)[0], ()), None)
            else:
                found = dated((span_at(grain, moved), ()), None)
        return found if self.amount > 0 else replace(found, calendar=None)
