"""Calendar units at a position: a year, and the month, day, quarter, decade or century it holds.

The year is itself an operator (`YearOf`): written in full, in two digits, counted from the anchor ("next
year") or from the date last mentioned ("the same year"), so that "April of next year" and "April 2019"
are one operator with two kinds of year.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Protocol

from timeline.engine.calendar import DAY, SEASON_STARTS, Moment, day, finer, month, shift, span_at, year
from timeline.engine.era import FLOOR, stand_in
from timeline.engine.resolve import NEWS_HORIZON_DAYS, Context, Found, Interval, Unresolvable, ahead


class YearOf(Protocol):
    """Which year an expression says."""

    def number(self, ctx: Context) -> int:
        """The year in `ctx`."""
        ...


@dataclass(frozen=True, slots=True)
class Year:
    """A year written in full: "2019"."""

    n: int

    def number(self, ctx: Context) -> int:
        return self.n


@dataclass(frozen=True, slots=True)
class EarlyYear:
    """A year of three digits written bare ("In 762 the caliph ..."): of the era the story is in, so that
    "In 216, he won at Cannae" after "218 BC" is 216 BC (its stand-in year, see `timeline.engine.era`)."""

    n: int

    def number(self, ctx: Context) -> int:
        return stand_in(self.n) if ctx.base.start.year >= FLOOR else self.n


STORY_YEARS = 100
"""How far from the year a story is in a number of three digits said bare may lie and be a year there."""

EARLY_STORY = 1000
"""A story of the common era before this year that goes on to a later year of three digits goes on in
time: a history of a town or a see tells its centuries one after another ("a Roman villa in the 2nd
century ... a charter of 956", "founded in 540 ... burned by Vikings in 919")."""


@dataclass(frozen=True, slots=True)
class StoryYear:
    """A number of two or three digits that only a story told in its own time makes a year ("ruled from 661
    to 680,", "six emperors in the twenty years after 695.", "in 77." after AD 23): one within STORY_YEARS
    of the story's period ("the 9th century ... from 945,"), of its era, or later in a story of the common
    era told before EARLY_STORY; elsewhere (no date yet, a story in a later century) a count, which names
    no time."""

    n: int

    def number(self, ctx: Context) -> int:
        if ctx.last is None:
            raise Unresolvable
        n = EarlyYear(self.n).number(ctx)
        early = ctx.last.end.year <= EARLY_STORY and n >= ctx.last.start.year
        if not early and not ctx.last.start.year - STORY_YEARS <= n <= ctx.last.end.year - 1 + STORY_YEARS:
            raise Unresolvable  # from the story's period: its century's years all lie near it
        return n


@dataclass(frozen=True, slots=True)
class TwoDigitYear:
    """A year in two digits: the century nearest the anchor, up to ten years ahead ("'19", "31/12/99")."""

    yy: int

    def number(self, ctx: Context) -> int:
        return 2000 + self.yy if 2000 + self.yy <= ctx.anchor.year + 10 else 1900 + self.yy


@dataclass(frozen=True, slots=True)
class AnchorYear:
    """A year counted from the anchor's: "next year" is +1."""

    shift: int

    def number(self, ctx: Context) -> int:
        return ctx.anchor.year + self.shift


@dataclass(frozen=True, slots=True)
class NewYear:
    """ "The new year" (العام الجديد): the year about to begin, or the one just begun while the anchor is in
    its first month (written on 3 January, the plans "for the new year" are that year's)."""

    def number(self, ctx: Context) -> int:
        return ctx.anchor.year + (0 if ctx.anchor.month == 1 else 1)


_SEASON_MONTHS = {code: (first, first + 2) for code, first in SEASON_STARTS.items() if first + 2 <= 12}
"""The first and last months of the seasons that lie inside one year: the winter spans two."""


@dataclass(frozen=True, slots=True)
class SeasonYear:
    """The year of "last summer" / "next spring": as "last June" (CONVENTIONS), the latest such season
    wholly before the anchor's month, or the first one wholly after it, so "last summer" in October is
    this year's and "next fall" in February this year's; in the season itself they are a year away; "this
    summer" is the anchor's year's. A season said bare is this year's unless a clause that looks ahead
    points past it: "will meet in the spring" in November is next year's, or one told in the past whose
    season begins beyond the news horizon (NEWS_HORIZON_DAYS) ahead: "service problems began in the summer"
    in January is last year's, "had expected an election in the autumn" in July this year's. A winter is
    named by the year of its December, as in a narrative: in January or February "this winter" is the one
    under way, begun the December before, and "last winter" the one before it; "next winter" is the first
    one after the anchor's month (in October the coming one). "This winter" told in the past before its
    season has begun is the one gone by ("heating bills soared this winter" in July is the winter that
    ended in February), as "this summer" in March is last year's. A bare season a state began in (`since`:
    "prices have risen since the spring", in January) has begun: last year's when this year's has not."""

    season: str
    shift: int | None
    """-1 last, +1 next, 0 "this" (the anchor's year), None a bare season."""
    since: bool = False

    def number(self, ctx: Context) -> int:
        months = _SEASON_MONTHS.get(self.season)
        y, month = ctx.anchor.year, ctx.anchor.month
        # A story's reading is anchored at the date it last set (a story on a year at its start: no month).
        storied = ctx.last is not None and ctx.anchor == ctx.last.start
        if months is None:
            if storied and ctx.last is not None and finer("month", ctx.last.grain):
                return y + (self.shift or 0)
            begun = month <= 2
            if self.shift == 0 and ctx.direction == "past":
                return y - (month < 12)
            if not self.shift or self.shift < 0:
                return y + (self.shift or 0) - begun
            return y + self.shift - (month < 12)
        if self.shift is None:
            ahead_by = (Moment(y, months[0], 1) - ctx.anchor).days
            gone = not storied and (
                (ctx.direction == "past" and ahead_by > NEWS_HORIZON_DAYS[1]) or (self.since and ahead_by > 0)
            )
            return y + (ahead(ctx.direction) and month > months[1]) - gone
        if self.shift == 0:
            return y - (ctx.direction == "past" and month < months[0])
        if self.shift < 0:
            return y + self.shift + (month > months[1])
        return y + self.shift - (month < months[0])


@dataclass(frozen=True, slots=True)
class NarrativeYear:
    """A year counted from the date last mentioned: "April of the same year" is 0."""

    shift: int

    def number(self, ctx: Context) -> int:
        return ctx.base.start.year + self.shift


@dataclass(frozen=True, slots=True)
class FiscalYearClosing:
    """The fiscal year a fiscal quarter closing on `day` belongs to ("its fiscal fourth quarter, ended June
    30"): named by the year its fourth quarter ends in, `3 * (4 - quarter)` months after that day (a first
    quarter ended Sept. 30, 1991 is of fiscal 1992)."""

    day: Interval
    quarter: int

    def number(self, ctx: Context) -> int:
        last = self.day.span(ctx)[0].start
        return last.year + (last.month - 1 + 3 * (4 - self.quarter)) // 12


FISCAL_REPORT_LAG = datetime.timedelta(days=45)
"""How far from the anchor a fiscal fourth quarter said without its year closes: half a quarter, behind it as
told in the past (its results are news for a few weeks after it closes), ahead of it as looked ahead to."""


@dataclass(frozen=True, slots=True)
class FiscalYearEnding:
    """The fiscal year of a fiscal quarter said without its year ("profit in its fiscal fourth quarter rose
    12 percent" in July: FY of this year; "expects a loss in the fiscal fourth quarter" in August; "profit in
    its fiscal third quarter rose" in April: the quarter that closed in March, of the fiscal year closing in
    June): the quarter closes about FISCAL_REPORT_LAG from the anchor the way its clause reads, and its fiscal
    year `3 * (4 - quarter)` months after that, named by the year it closes in (not the calendar quarter's
    year: a fiscal third quarter told in April is no calendar third quarter of last year)."""

    quarter: int = 4

    def number(self, ctx: Context) -> int:
        closes = ctx.anchor + (FISCAL_REPORT_LAG if ahead(ctx.direction) else -FISCAL_REPORT_LAG)
        return shift(closes, "M", 3 * (4 - self.quarter)).year


@dataclass(frozen=True, slots=True)
class YearAt(Interval):
    """A whole year."""

    year: YearOf

    def span(self, ctx: Context) -> Found:
        return year(self.year.number(ctx)), ()


@dataclass(frozen=True, slots=True)
class MonthAt(Interval):
    """A month of a given year."""

    year: YearOf
    month: int

    def span(self, ctx: Context) -> Found:
        return month(self.year.number(ctx), self.month), ()


@dataclass(frozen=True, slots=True)
class DateIn(Interval):
    """A day of the month another operator finds: a month of a given year (`MonthAt`: "June 5, 2019",
    "5 June of next year") or last/next/this June (`MonthShift`: "5 يونيو الماضي"), so that a day is
    counted the same way in both, and "the June before last" is the same June with or without a day.
    `ordinal` when the day was written as an ordinal ("the third")."""

    month: Interval
    day: int
    ordinal: bool = False

    def span(self, ctx: Context) -> Found:
        host = self.month.span(ctx)[0].start
        found = day(host.year, host.month, self.day)
        if found is None:
            raise Unresolvable("no such day")
        return found, ()


@dataclass(frozen=True, slots=True)
class DayInYear(Interval):
    """A yearly day (a feast, a Hijri day, "June 24") in the year another operator names: "Christmas last
    year", "the first day of Ramadan last year", عيد الفطر من العام الماضي. Its first occurrence in that
    year."""

    day: Interval
    year: Interval

    def span(self, ctx: Context) -> Found:
        held = self.year.span(ctx)[0]
        found = self.day.span(Context(held.start - DAY, "future", None))[0]
        if found.start >= held.end:
            raise Unresolvable("no such day in the year")
        return found, ()


@dataclass(frozen=True, slots=True)
class QuarterAt(Interval):
    """A quarter of a given year."""

    year: YearOf
    quarter: int

    def span(self, ctx: Context) -> Found:
        return span_at("quarter", Moment(self.year.number(ctx), 3 * self.quarter - 2, 1)), ()


@dataclass(frozen=True, slots=True)
class DecadeAt(Interval):
    """A decade given in full: "the 1990s"; one of three-digit years ("the 450s") is of the era the story is
    in, as an `EarlyYear` is: after "461 BC" the 450s BC (459-450 BC, on stand-in years)."""

    first_year: int

    def span(self, ctx: Context) -> Found:
        first = self.first_year
        if first < 1000 and ctx.base.start.year >= FLOOR:
            first = stand_in(first + 9)
        return span_at("decade", Moment(first, 1, 1)), ()


_DECADE_AHEAD = 2
"""How many years ahead a decade named by its digit alone may begin and still be this century's."""


@dataclass(frozen=True, slots=True)
class DecadeOf(Interval):
    """A decade by its digit ("the nineties", "the 90s"): of the century `shift` from the anchor's, of the
    century numbered `century` (0-based), or else the latest that has begun, or one about to begin (within
    `_DECADE_AHEAD` years: "the '90s" written in 1989 are the 1990s, "the 20s" in 2016 the 1920s); right after
    another decade, the one nearest it ("the 1920s and '30s" are the 1930s, whenever written)."""

    digit: int
    century: int | None = None
    shift: int | None = None

    def span(self, ctx: Context) -> Found:
        now = ctx.anchor.year
        if self.shift is not None:
            century = now // 100 + self.shift
        elif self.century is not None:
            century = self.century
        elif ctx.last is not None and ctx.last.grain == "decade":
            # After a decade ("the 1920s and '30s", "the sixties and seventies"): the one nearest it.
            year = ctx.last.start.year
            century = min(
                (year // 100 + k for k in (-1, 0, 1)), key=lambda c: abs(c * 100 + self.digit * 10 - year)
            )
        else:
            first = (now // 100) * 100 + self.digit * 10
            century = now // 100 if first <= now + _DECADE_AHEAD else now // 100 - 1
        return span_at("decade", Moment(century * 100 + self.digit * 10, 1, 1)), ()


@dataclass(frozen=True, slots=True)
class CenturyAt(Interval):
    """A century by its first year (year 1 for the first)."""

    first_year: int

    def span(self, ctx: Context) -> Found:
        return span_at("century", Moment(self.first_year, 1, 1)), ()
