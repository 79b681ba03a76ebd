"""Values without an interval: a reference ("now", PAST_REF), a set ("every Monday"), a duration that
floats ("for three years"), a season or a fiscal year, and the weekend holding a day."""

from __future__ import annotations

from dataclasses import dataclass

from timeline.engine.calendar import DAY, span_at, year
from timeline.engine.operators.durations import duration_value
from timeline.engine.operators.positions import YearOf
from timeline.engine.resolve import Context, Found, Interval, Resolved, Unresolvable


@dataclass(frozen=True, slots=True)
class Label:
    """A TIMEX3 value the words give: whole (PRESENT_REF, XXXX-WXX-1 as a SET, P3Y as a DURATION), or all
    but the year, which `year` finds and `value` puts in at `{year}` ("summer 2019" is 2019-SU from
    "{year:04d}-SU", "fiscal 2019" is FY2019 from "FY{year}")."""

    type: str
    value: str
    mod: str | None = None
    year: YearOf | None = None
    dates: bool = False
    """The value lies in its year ("the winter of 1943"): that year is the calendar unit a narrative counts
    on from ("... that summer"), though the value has no interval."""

    def resolve(self, ctx: Context) -> Resolved:
        if self.year is None:
            return Resolved(self.type, self.value, self.mod)
        n = self.year.number(ctx)
        unit = year(n) if self.dates else None
        return Resolved(self.type, self.value.format(year=n), self.mod, calendar=unit)


@dataclass(frozen=True, slots=True)
class AfterSome:
    """بعد + units without a number (بعد أيام، بعد دقائق): FUTURE_REF, from now; in a clause told in the
    past a vague length after what it tells (`later`: تمكنت الشرطة من القبض عليه بعد ساعات, "arrested him
    hours later": PTXH), as "years later" is."""

    unit: str

    def resolve(self, ctx: Context) -> Resolved:
        return Resolved("DATE", "FUTURE_REF")

    def later(self) -> Resolved:
        return Resolved("DURATION", duration_value(self.unit, None))


@dataclass(frozen=True, slots=True)
class WeekendOf:
    """The weekend of the week holding a day: "the first weekend of March", "the Thanksgiving weekend"; of a
    Monday, the weekend it ends ("the Labor Day weekend", "the weekend of Monday 3 May")."""

    day: Interval

    def resolve(self, ctx: Context) -> Resolved:
        day = self.day.span(ctx)[0].start
        if day.weekday() == 0:
            day -= DAY
        return Resolved("DATE", f"{span_at('week', day).value}-WE")


@dataclass(frozen=True, slots=True)
class Nothing(Interval):
    """Slots that make no date ("a bare plural unit", "no such month"): never resolves. An Interval, so
    that it may stand where a unit is expected ("the first Monday of <nothing>")."""

    reason: str

    def span(self, ctx: Context) -> Found:
        raise Unresolvable(self.reason)
