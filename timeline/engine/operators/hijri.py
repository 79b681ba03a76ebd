"""Days of the Hijri calendar ("10 Ramadan 1445", العاشر من رمضان), as Gregorian days."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from convertdate import gregorian, islamic, julian, persian
from hijridate import Gregorian, Hijri

from timeline.engine.calendar import Moment, Span, day, midnight, span_at
from timeline.engine.operators.intersect import on_weekday
from timeline.engine.resolve import Context, Found, Interval, Unresolvable, ahead, nearer_ahead

_UMM_AL_QURA = range(1343, 1501)
"""The Hijri years the Umm al-Qura tables cover (hijridate); a year before them, as histories write ("10
Muharram 1217", "in 583 AH"), is read in the arithmetic (tabular) calendar, the usual stand-in for the
observed one; a year after them is none (Unresolvable)."""

_REFORM = gregorian.to_jd(1582, 10, 15)
"""The first day of the Gregorian calendar (a Julian day number): histories date the days before it in the
Julian calendar (27 Rajab 583, when Saladin took Jerusalem, is 2 October 1187)."""


def _tabular(hijri_year: int, hijri_month: int, dom: int) -> datetime.date:
    """A day of the arithmetic (tabular) Hijri calendar as histories write it, by convertdate: in the Julian
    calendar before the reform of 1582, else the Gregorian; Unresolvable when there is none."""
    if (
        hijri_year < 1
        or not 1 <= hijri_month <= 12
        or not 1 <= dom <= islamic.month_length(hijri_year, hijri_month)
    ):
        raise Unresolvable("no such Hijri day")
    jd = islamic.to_jd(hijri_year, hijri_month, dom)
    return datetime.date(*(julian.from_jd(jd) if jd < _REFORM else gregorian.from_jd(jd)))


def _tabular_year(written: datetime.date) -> int:
    """The tabular Hijri year of a day as histories write it (see _tabular)."""
    jd = gregorian.to_jd(written.year, written.month, written.day)
    if jd < _REFORM:
        jd = julian.to_jd(written.year, written.month, written.day)
    return int(islamic.from_jd(jd)[0])


def hijri_day(hijri_year: int, hijri_month: int, dom: int) -> Span:
    """The Gregorian day of a Hijri date; Unresolvable when there is none."""
    if hijri_year < _UMM_AL_QURA.start:
        g = _tabular(hijri_year, hijri_month, dom)
    else:
        try:
            g = Hijri(hijri_year, hijri_month, dom).to_gregorian()
        except (ValueError, OverflowError) as err:
            raise Unresolvable(str(err)) from err
    found = day(g.year, g.month, g.day)
    if found is None:
        raise Unresolvable("no such day")
    return found


def _hijri_year(anchor: Moment) -> int:
    """The Hijri year the anchor's day falls in (tabular before the Umm al-Qura tables begin)."""
    try:
        return int(Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year)
    except (ValueError, OverflowError):
        return _tabular_year(anchor.date())


@dataclass(frozen=True, slots=True)
class HijriDay(Interval):
    """A day of a Hijri month, of the Hijri `year` written with it ("10 Ramadan 1445"); without one
    (العاشر من رمضان) the latest on or before the anchor, or read forwards the first on or after it (and
    in news the first after it when that is much nearer, as for Gregorian days). One operator either way: a
    weekday beside it yields to it as to no other day (see `timeline.engine.compose`)."""

    month: int
    day: int
    year: int | None = None
    n: int | None = None
    """The next (1) or the last (-1) such day, when the words say so (غرة شهر ذي القعدة القادم); "this" (0) is
    the day of the anchor's Hijri year (6 شوال الجاري)."""
    weekday: int | None = None
    """The weekday written beside it (ISO): without a year, a reading two days or more off it yields to the
    year around the anchor's that has the day on it (يوم الأحد 10 جمادى الأولى in a calendar of the coming
    year); a day off is the month begun by sighting, not by the tables."""

    def span(self, ctx: Context) -> Found:
        if self.year is not None:
            return hijri_day(self.year, self.month, self.day), ()
        this_year = _hijri_year(ctx.anchor)
        days = [hijri_day(y, self.month, self.day) for y in (this_year - 1, this_year, this_year + 1)]
        found = self._read(ctx, days, this_year)
        if self.weekday is None or (found.start.isoweekday() - self.weekday) % 7 in (0, 1, 6):
            # A day off is the month begun by sighting a day before or after the tables, no other year.
            return found, ()
        # Another year on the same side of the anchor when the clause's tense put it there (a coming day
        # stays to come), on either side when only the news reading did; the nearest first.
        today = midnight(ctx.anchor)
        told = ctx.direction != "news"
        side = [d for d in days if not told or (d.start > today) == (found.start > today)]
        others = sorted(side, key=lambda d: abs((d.start - found.start).days))
        return on_weekday(self.weekday, tuple(others), None) or found, ()

    def _read(self, ctx: Context, days: list[Span], this_year: int) -> Span:
        """The day as read without its weekday."""
        anchor, today = ctx.anchor, midnight(ctx.anchor)
        behind = next(d for d in reversed(days) if d.start <= today)
        forward = next(d for d in days if d.start > today)
        if self.n == 0:
            return hijri_day(this_year, self.month, self.day)
        if self.n is not None:
            return forward if self.n > 0 else behind
        if ahead(ctx.direction):
            # Read forwards, the anchor's own day included, as a Gregorian day is (تنتهي إجازة عيد الأضحى
            # written on the feast itself is this one's).
            return behind if behind.start == today else forward
        if ctx.direction == "news" and nearer_ahead(anchor, behind, forward):
            return forward
        return behind


@dataclass(frozen=True, slots=True)
class HijriMonth(Interval):
    """A Hijri month without a day (شهر رمضان الماضي، رمضان المقبل، خلال شهر رمضان): the Gregorian month
    that holds most of its days, as the conventions value it (Ramadan 1436, 18 June to 16 July 2015, is
    2015-07). Which one: the last that ended before the anchor (`n` -1), the next that begins after it
    (+1), "this" one (0: رمضان الحالي) the one the anchor is in or else the anchor's Hijri year's; without a
    shift the one the anchor is in or, by the direction, the last ended or the next to begin. With its Hijri
    `year` (شهر رجب من عام 1435هـ), that year's; with a Gregorian year counted from the anchor's (`years`:
    رمضان العام الماضي is -1), the one that begins in that year."""

    month: int
    n: int | None = None
    year: int | None = None
    years: int | None = None

    def span(self, ctx: Context) -> Found:
        if self.year is not None:
            return _most_of(
                hijri_day(self.year, self.month, 1).start, _next_month_start(self.year, self.month)
            ), ()
        if self.years is not None:
            target = ctx.anchor.year + self.years
            first = _hijri_year(datetime.datetime(target, 1, 1))
            for hijri_year in (first, first + 1):
                begins = hijri_day(hijri_year, self.month, 1).start
                if begins.year == target:
                    return _most_of(begins, _next_month_start(hijri_year, self.month)), ()
            raise Unresolvable("the month does not begin in that year")
        anchor = ctx.anchor
        this_year, today = _hijri_year(anchor), midnight(anchor)
        years = range(this_year - 2, this_year + 2)
        starts = [hijri_day(y, self.month, 1) for y in years]
        ends = [_next_month_start(y, self.month) for y in years]
        current = next((i for i in range(4) if starts[i].start <= today < ends[i]), None)
        behind = max(i for i in range(4) if ends[i] <= today)
        forward = min(i for i in range(4) if starts[i].start > today)
        if self.n == 0:
            pick = years.index(this_year) if current is None else current
        elif self.n is not None:
            pick = forward if self.n > 0 else behind
        elif current is not None:
            pick = current
        elif ahead(ctx.direction) or (
            ctx.direction == "news" and nearer_ahead(anchor, starts[behind], starts[forward])
        ):
            pick = forward
        else:
            pick = behind
        return _most_of(starts[pick].start, ends[pick]), ()


@dataclass(frozen=True, slots=True)
class HijriYear(Interval):
    """A Hijri year written alone (عام 1434هـ، منذ 1430هـ): the Gregorian year that holds most of its days, as
    a Hijri month is the Gregorian month with most of its days (1436, 25 October 2014 to 13 October 2015, is
    2015)."""

    year: int

    def span(self, ctx: Context) -> Found:
        return _most_of(hijri_day(self.year, 1, 1).start, hijri_day(self.year + 1, 1, 1).start, "year"), ()


@dataclass(frozen=True, slots=True)
class SolarHijriYear(Interval):
    """A year of the Solar Hijri calendar, Iran's, marked as such ("in 1304 SH", 1304 هجري شمسي): the
    Gregorian year that holds most of its days, from one Nowruz to the next by convertdate (1304, 21 March
    1925 to 21 March 1926, is 1925)."""

    year: int

    def span(self, ctx: Context) -> Found:
        first, after = persian.to_gregorian(self.year, 1, 1), persian.to_gregorian(self.year + 1, 1, 1)
        start, end = day(*first), day(*after)
        if start is None or end is None:
            raise Unresolvable("no such Solar Hijri year")
        return _most_of(start.start, end.start, "year"), ()


def _next_month_start(hijri_year: int, hijri_month: int) -> datetime.datetime:
    """The first day after Hijri month `hijri_month` of `hijri_year`."""
    if hijri_month == 12:
        return hijri_day(hijri_year + 1, 1, 1).start
    return hijri_day(hijri_year, hijri_month + 1, 1).start


def _most_of(start: datetime.datetime, end: datetime.datetime, grain: str = "month") -> Span:
    """The Gregorian month (or year, by `grain`) holding most of the days [start, end); the first on a tie."""
    first = span_at(grain, start)
    if first.end >= end:
        return first
    second = span_at(grain, first.end)
    return first if (first.end - start) >= (end - second.start) else second
