"""Building: the slots a rule filled (a `Meaning`, the parse) -> one operator tree.

Which operator the slots make is decided here once per distinct parse (the tagger caches it), so that
resolution is only arithmetic. The order of the checks is the precedence of the slots: a reference or a
set before anything, a number of units before a calendar unit, a deictic day before a date ...
"""

from __future__ import annotations

import dataclasses
from typing import NamedTuple

from timeline.engine.era import PREFIX, BeforeEra
from timeline.engine.meaning import Meaning
from timeline.engine.operators.clock import TimeOn
from timeline.engine.operators.durations import duration_value, in_smaller, in_whole
from timeline.engine.operators.feasts import EasterDay, NthWeekdayOf
from timeline.engine.operators.hijri import HijriDay, HijriMonth, HijriYear, SolarHijriYear
from timeline.engine.operators.intersect import HalfIn, Modified, NthIn, OnWeekday, WeekOf
from timeline.engine.operators.labels import AfterSome, Label, Nothing, WeekendOf
from timeline.engine.operators.orders import EitherOrder
from timeline.engine.operators.periods import ClosedBy, ClosedSpan, EdgeUnits, Period
from timeline.engine.operators.positions import (
    AnchorYear,
    CenturyAt,
    DateIn,
    DecadeAt,
    DecadeOf,
    EarlyYear,
    FiscalYearClosing,
    FiscalYearEnding,
    MonthAt,
    QuarterAt,
    SeasonYear,
    StoryYear,
    Year,
    YearAt,
    YearOf,
)
from timeline.engine.operators.repeating import (
    DayOfMonth,
    MonthOfYear,
    Weekday,
    Weekend,
    YearlessDay,
    YearlessHalf,
    YearlessQuarter,
)
from timeline.engine.operators.shifts import (
    REPORTED,
    Ago,
    CenturyTurn,
    DayMoved,
    DeicticDay,
    LastDate,
    Later,
    MonthDayShift,
    MonthShift,
    NarrativeDay,
    NarrativeMonth,
    NarrativeUnit,
    NarrativeWeekday,
    NarrativeYearly,
    NarrativeYears,
    NightDay,
    StoryUnit,
    ThisUnit,
    WeekdayOfWeek,
    WeekdaysAgo,
    WeekdayShift,
)
from timeline.engine.resolve import Interval, Operator

_WRITTEN = Year | EarlyYear
"""A year the words write: in full, or in three digits ("the spring of 217", of the story's era)."""

_SHIFT_MODS = {"APPROX": "APPROX", "MORE_THAN": "AFTER", "LESS_THAN": "BEFORE"}
"""The TIMEX3 mod of a shift told roughly or as a bound ("about two hours later", "more than a week later",
"less than an hour later"): the point is near, after or before the one counted to."""

_LOOSE = ("MORE_THAN", "LESS_THAN", "APPROX")
"""Approximations that leave a duration without an interval: "more than three years"."""


class Expression(NamedTuple):
    """One expression's operator, and how the sentence's tense bears on it: it `names` a weekday, month (of
    either calendar: سيحتفل المسلمون بعيد الفطر is the coming one), quarter, season or weekend (or the part
    of "the year" a story is in), and it is `pinned` when the words say which one (a year written in full,
    this/last/next, a deictic day, a week, a Hijri year; not "this" before a weekday: "will meet this
    Thursday" is the coming one, "met this Monday" the one behind, as a bare weekday is). Only a named,
    unpinned expression reads in the tense's direction, and in a narrative from the date the story last set:
    so does "April of next year"."""

    op: Operator
    names: bool
    pinned: bool

    @property
    def tensed(self) -> bool:
        """Whether the sentence's tense decides the reading."""
        return self.names and not self.pinned


class Readings(NamedTuple):
    """What a mention means; for "since N units" also what it means when the text before it does not
    measure ("the highest since 3 years" is a duration, "since 3 years" alone is "3 years ago"); for "in
    N units" what it means without a superlative before it ("the lowest in six months" is the six months up
    to now, "built in six months" a length): `superlative` says which of the two the words before decide."""

    measured: Expression
    unmeasured: Expression | None
    superlative: bool = False


class _Parse(NamedTuple):
    """The slots as the builder reads them: what the words and the mention's context decided."""

    m: Meaning
    rel: int | None
    span: int | None
    vague: bool
    ago: int | None
    since: bool


_CLOSED_UNITS = {"MS": "M", "WS": "W"}
"""The counted units a closing day ends (`closes` of duration.closed-span): months, weeks."""


def readings(m: Meaning) -> Readings:
    """The expressions the parse `m` makes."""
    unmeasured = expression(m, measured=False) if m.since or m.within else None
    return Readings(expression(m, measured=True), unmeasured, m.within)


def expression(m: Meaning, measured: bool) -> Expression:
    """The expression of the parse `m`; `measured`: the text before it measures (see Readings). A half
    without a year or container ("second-half profit") names one as a quarter without its year does."""
    pinned = (
        (m.rel is not None and not (m.rel == 0 and m.weekday is not None))
        or isinstance(m.year, _WRITTEN)
        or m.deictic is not None
        or m.rel_week is not None
        or m.hijri_year is not None
        or m.solar_year is not None
    )
    names = (
        m.weekday is not None
        or m.month is not None
        or (m.day is not None and m.year is None and m.nth is None and m.container is None)
        or m.hijri_month is not None
        or m.weekend
        or m.quarter is not None
        or m.season is not None
        or m.easter is not None
        or m.overnight
        or (m.narr is not None and m.unit in REPORTED and m.count is None and m.pmod is None)
        or (m.narr == 0 and m.pmod is not None)
        or (m.semester is not None and m.year is None and m.container is None)
    )
    op = _operator(_parse(m, measured))
    return Expression(BeforeEra(op) if m.bc else op, names, pinned)


def _parse(m: Meaning, measured: bool) -> _Parse:
    """A plural unit with last/next and no count ("the coming weeks") is a vague period in that direction;
    "since N units" where nothing measures counts back from the anchor."""
    spread = m.unit is not None and m.plural and m.rel is not None and m.count is None
    return _Parse(
        m,
        None if spread else m.rel,
        m.rel if spread else m.span,
        m.vague or spread,
        -1 if m.since and not measured else m.ago,
        (m.since or m.within) and measured,
    )


def _operator(p: _Parse) -> Operator:
    """The operator of a parse."""
    m = p.m
    if m.closes is not None:
        day = _operator(p._replace(m=dataclasses.replace(m, closes=None, quarter=None)))
        if not isinstance(day, Interval):
            return Nothing("no day closes it")
        if m.closes in _CLOSED_UNITS:
            # "the six months to March 31": the units that end with the day.
            return ClosedSpan(day, _CLOSED_UNITS[m.closes], m.count if m.count is not None else 1.0)
        if m.quarter is not None:
            # "its fiscal fourth quarter, ended June 30": of the fiscal year its fourth quarter ends in.
            held = FiscalYearClosing(day, m.quarter)
            return Label("DATE", "FY{year}-Q" + str(m.quarter), m.pmod, year=held)
        return ClosedBy(day, m.closes)
    whole = _whole(p)
    if whole is not None:
        return whole
    if m.narr is not None and m.plural and m.count is None and m.unit is not None:
        # "the following days", "the preceding weeks": some unstated number of them, as "the coming weeks".
        return Label("DURATION", duration_value(m.unit, None))
    if m.shift_from and m.unit is not None:
        # "a week from Friday": the day written after the length, moved on by it.
        day = _operator(p._replace(m=dataclasses.replace(m, shift_from=False, unit=None, count=None)))
        amount = m.count if m.count is not None else 1.0
        return DayMoved(day, m.unit, amount) if isinstance(day, Interval) else Nothing("no day to move")
    counted = m.count is not None or p.vague or m.plural or m.whole or m.approx or p.span is not None
    moved = p.ago is not None or m.narrdir is not None or m.up_to_now or p.since
    if m.unit is not None and p.rel is None and m.narr is None and (counted or moved):
        return _period(p, m.unit)
    return _on_calendar(p)


def _whole(p: _Parse) -> Operator | None:
    """Values the words give whole or nearly: a reference, a set, a fiscal year, a season, a weekend,
    the first or last units of a period."""
    m = p.m
    if m.ref is not None:
        return Label("DATE", m.ref)
    if m.bc and m.year is None and m.decade is None:
        return _bc_period(m)
    if m.every or m.set_value is not None:
        return _set(p)
    if m.fiscal and m.quarter is not None:
        # "the fourth quarter of fiscal 1989": a quarter of the company's books; without its year, of the
        # fiscal year closing after the quarter that closes near the anchor (FiscalYearEnding).
        held: YearOf = m.year if m.year is not None else FiscalYearEnding(m.quarter)
        return Label("DATE", "FY{year}-Q" + str(m.quarter), m.pmod, year=held)
    if m.fiscal and m.semester is not None and m.year is not None:
        # "the second half of fiscal 1989": a half of the company's books.
        return Label("DATE", "FY{year}-H" + str(m.semester), m.pmod, year=m.year)
    if m.fiscal and (m.year is not None or p.rel is not None or m.pmod is not None):
        # "fiscal 1990"; "the current fiscal year", "last fiscal year": named by the anchor's year moved; with
        # a part of it ("early fiscal 2020", بداية العام المالي المقبل: START), the current one with a part
        # alone (قبل نهاية السنة المالية).
        year = m.year if m.year is not None else AnchorYear(p.rel or 0)
        return Label("DATE", "FY{year}", m.pmod, year=year)
    if m.season is not None:
        rel = p.rel
        if rel is None and p.ago is not None and m.count is not None and m.count == int(m.count):
            rel = int(p.ago * m.count)  # "two summers ago": as "last summer", counted twice
        year = m.year if m.year is not None else SeasonYear(m.season, rel)
        # "the spring of 43" in a story of AD 40 sets the story's year, as "the spring of 1943" does.
        dated = isinstance(m.year, _WRITTEN | StoryYear)
        return Label("DATE", "{year:04d}-" + m.season, m.pmod, year, dates=dated)
    if m.weekend:
        return Weekend(p.rel) if m.nth is None else WeekendOf(NthIn(_box(p), m.nth, 6))
    if m.nth is not None and m.unit is not None and m.count is not None:
        if abs(m.nth) != 1:
            return Nothing("only the first or last units of a period")
        if m.hijri_month is not None:
            # "the last ten days of Ramadan": the length alone, no Gregorian period to place it in.
            return Label("DURATION", duration_value(m.unit, m.count))
        box = _box(p)
        # "the first nine months" of earnings copy, no period named: of the year the story is in.
        return EdgeUnits(StoryUnit("Y") if isinstance(box, Nothing) else box, m.unit, m.count, m.nth > 0)
    return None


def _bc_period(m: Meaning) -> Operator:
    """A century before the common era ("the 4th century BC" BC03): the value the words give, without an
    interval (see `timeline.engine.era`). A decade BC is one of stand-in years, as a year BC is."""
    century = m.century if m.century is not None else None if m.ordinal is None else m.ordinal - 1
    if century is not None:
        return Label("DATE", f"{PREFIX}{century:02d}", m.pmod)
    return Nothing("no year, decade or century before the common era")


def _set(p: _Parse) -> Operator:
    m = p.m
    if m.set_value is not None:
        return Label("SET", m.set_value)
    if m.weekday is not None:
        # "every Sunday afternoon", "on Friday mornings": that part of every such day (XXXX-WXX-7TAF).
        part = "" if m.time.part is None else f"T{m.time.part}"
        return Label("SET", f"XXXX-WXX-{m.weekday}{part}")
    if m.season is not None:
        return Label("SET", f"XXXX-{m.season}")
    if m.weekend:
        return Label("SET", "XXXX-WXX-WE")
    if m.month is not None:
        # A month or day of every year (نهاية شهر يونيو من كل عام، 15 مايو من كل عام) is a generic date, as
        # CONVENTIONS writes XXXX-06.
        day = "" if m.day is None else f"-{m.day:02d}"
        return Label("DATE", f"XXXX-{m.month:02d}{day}", m.pmod)
    if m.day is not None and m.unit is None:
        # A day of every month (يوم 25 من كل شهر): XXXX-XX-25.
        return Label("SET", f"XXXX-XX-{m.day:02d}")
    if m.time.part is not None and m.unit is None:
        return Label("SET", f"XXXX-XX-XXT{m.time.part}")
    if m.unit is not None:
        return Label("SET", duration_value(m.unit, None if p.vague else m.count or 1))
    return Nothing("a set of nothing")


def _period(p: _Parse, unit: str) -> Operator:
    """Expressions built on a number of units: durations, "N units ago", "N units later"."""
    m = p.m
    count = None if p.vague or (m.count is None and m.plural) else (m.count if m.count is not None else 1.0)
    if m.more is not None and count is not None and p.ago is not None:
        # Moved back by a duration told in two parts ("منذ عامين وأربعة أشهر"): by all of it, in the smaller
        # unit.
        unit, count = in_smaller(unit, count, m.more)
    elif p.ago is not None and count is not None:
        unit, count = in_whole(unit, count)
    if p.ago is not None:
        if count is None:
            return Label("DATE", "PAST_REF") if p.ago < 0 else AfterSome(unit)
        mod = "BEFORE" if m.approx == "MORE_THAN" else "APPROX" if m.approx == "APPROX" else None
        return Ago(unit, p.ago * count, mod)
    if (m.narrdir is not None or m.up_to_now) and count is not None:
        sign = m.narrdir if m.narrdir is not None else 1
        mod = _SHIFT_MODS.get(m.approx or "")
        return Later(unit, sign * count, m.more, m.compares, mod, up_to_now=m.up_to_now)
    if m.count is None and m.plural and p.span is None and not p.vague and not p.since:
        return Nothing("a bare plural unit")
    direction = p.span if p.span is not None else (-1 if p.since else None)
    if direction is None or count is None or m.approx in _LOOSE:
        return Label("DURATION", duration_value(unit, count, m.more, m.mid), m.approx)
    return Period(unit, count, direction, m.approx, m.more, named=p.span is not None)


def _on_calendar(p: _Parse) -> Operator:
    """A calendar unit, the week holding it, or a clock time or part of the day on it."""
    m = p.m
    unit = _calendar(p)
    if m.weekend_of:
        return WeekendOf(unit)  # "the weekend of 3 May 1902": 1902-W18-WE
    if m.week_of:
        unit = WeekOf(unit)
    if m.time.hour is not None:
        return TimeOn(unit, m.time, m.approx)
    if m.time.part is not None:
        return TimeOn(unit, m.time, m.pmod)
    loose = m.approx == "APPROX" or m.turn  # "around 1450", "the turn of the century"
    mod = m.pmod if m.pmod is not None else "APPROX" if loose else None
    return unit if mod is None else Modified(unit, mod)


def _calendar(p: _Parse) -> Interval:
    """The calendar unit a DATE/TIME expression names."""
    m = p.m
    if m.dayfirst is not None:
        return _either_order(p)
    if m.turn:
        return CenturyTurn()
    if m.same_year is not None:
        year = m.year.n if isinstance(m.year, Year) else None
        return NarrativeYears(m.same_year, m.unit, year, own=m.deictic is not None)
    if m.hijri_month is not None and m.day is not None:
        weekday = m.weekday if m.hijri_year is None else None
        return HijriDay(m.hijri_month or 1, m.day or 1, m.hijri_year, p.rel, weekday)
    if m.hijri_month is not None:
        years = m.year.shift if isinstance(m.year, AnchorYear) else None
        return HijriMonth(m.hijri_month, p.rel, m.hijri_year, years)
    if m.hijri_year is not None and m.day is None:
        return HijriYear(m.hijri_year)
    if m.solar_year is not None:
        return SolarHijriYear(m.solar_year)
    if m.deictic is not None:
        return DeicticDay(m.deictic, m.weekday)
    if m.overnight:
        return NightDay()
    if m.easter is not None:
        return _story_yearly(EasterDay(m.easter, m.year), m)
    if m.month is not None and not 1 <= m.month <= 12:
        return Nothing("no such month")
    if m.nth is not None and m.weekday is not None and m.month is not None and m.feast_after is not None:
        return NthWeekdayOf(m.month, m.nth, m.weekday, m.year, m.feast_after)
    if m.nth is not None and m.weekday is not None and m.month is not None and m.year is None:
        return _story_yearly(NthWeekdayOf(m.month, m.nth, m.weekday), m)
    if m.semester is not None:
        box = _box(p)
        return YearlessHalf(m.semester) if isinstance(box, Nothing) else HalfIn(box, m.semester)
    if m.nth is not None or m.container is not None:
        n = m.nth if m.nth is not None else m.day if m.day is not None else m.ordinal
        return NthIn(_box(p), n, m.weekday, m.nth is None, m.inner == "W")
    if m.day is not None and m.month is None and m.year is None:
        return DayOfMonth(m.day, m.weekday)
    if m.month is not None:
        dom = m.day if m.day is not None else m.ordinal
        return _month(p, m.month) if dom is None else _month_day(p, m.month, dom)
    if m.weekday is not None:
        return _weekday(p, m.weekday)
    return _coarse(p)


def _either_order(p: _Parse) -> Interval:
    """An ambiguous numeric date: the day read in the order asked for, and the same slots with the day and
    month swapped as the other reading."""
    m = p.m
    read = dataclasses.replace(m, dayfirst=None)
    other = dataclasses.replace(read, day=m.month, month=m.day)
    why = "the month-first reading" if m.dayfirst else "the day-first reading"
    return EitherOrder(_calendar(p._replace(m=read)), _calendar(p._replace(m=other)), why)


def _box(p: _Parse) -> Interval:
    """The month or year that an nth weekday, day or week counts within (the one last mentioned: الشهر
    نفسه)."""
    m = p.m
    if m.month is not None:
        return MonthOfYear(m.month) if m.year is None else MonthAt(m.year, m.month)
    if m.container is not None and m.narr is not None:
        return NarrativeUnit(m.container, m.narr)
    if m.container == "M":
        return ThisUnit("M", p.rel or 0)
    if m.year is not None:
        return YearAt(m.year)
    if m.container == "Y":
        return ThisUnit("Y", p.rel or 0)
    return Nothing("nothing to count within")


def _month(p: _Parse, month: int) -> Interval:
    if p.m.year is not None:
        return MonthAt(p.m.year, month)
    if p.rel is not None:
        return MonthShift(month, p.rel)
    if p.m.narr is not None:
        return NarrativeMonth(month, p.m.narr)
    return MonthOfYear(month)


def _story_yearly(day: Interval, m: Meaning) -> Interval:
    """A day of the year without its year, moved to the first such after or before the story's date by a word
    of a narrative ("the following Easter", "the previous Thanksgiving"); as written without one."""
    return NarrativeYearly(day, m.narr) if m.narr and m.year is None else day


def _month_day(p: _Parse, month: int, dom: int) -> Interval:
    """A day of a month: of the month `_month` finds, or the nearest such day when it names no year; a
    weekday written with it checks the date (see `intersect.on_weekday`)."""
    m = p.m
    ordinal = m.day is None
    if m.narr and m.year is None and p.rel is None:
        return NarrativeYearly(YearlessDay(month, dom, m.weekday, ordinal, m.feast), m.narr)
    host = _month(p, month)
    if isinstance(host, MonthOfYear):
        return YearlessDay(month, dom, m.weekday, ordinal, m.feast)
    day: Interval = DateIn(host, dom, ordinal)
    if isinstance(host, MonthShift) and host.n != 0:
        day = MonthDayShift(month, dom, host.n)
    if m.weekday is None:
        return day
    return OnWeekday(day, m.weekday, dom if ordinal and dom <= 5 else None)


def _weekday(p: _Parse, weekday: int) -> Interval:
    m = p.m
    if p.ago is not None and m.count is not None:
        return WeekdaysAgo(weekday, p.ago, int(m.count))
    if m.rel_week is not None:
        return WeekdayOfWeek(weekday, m.rel_week)
    if m.narr:
        return NarrativeWeekday(weekday, m.narr)
    return Weekday(weekday) if p.rel is None else WeekdayShift(weekday, p.rel)


def _coarse(p: _Parse) -> Interval:
    """Units coarser than a month, else units counted from the anchor or the narrative."""
    m = p.m
    if m.year is not None and m.quarter is None and m.semester is None and not m.fiscal:
        return YearAt(m.year)
    if m.quarter is not None:
        if m.year is None:
            return YearlessQuarter(m.quarter)
        return QuarterAt(m.year, m.quarter)
    if m.decade is not None:
        return DecadeAt(m.decade * 10)
    if m.decade_digit is not None:
        century = None if m.ordinal is None else m.ordinal - 1
        return DecadeOf(m.decade_digit, century, m.century_rel)
    return _counted(p)


def _counted(p: _Parse) -> Interval:
    """Centuries, units moved from the anchor or the narrative ("the next day" is a narrative day), and
    the day a clock time or part of the day without a date falls on."""
    m = p.m
    unit = "D" if m.narr is not None and m.unit is None else m.unit
    if unit == "CE" and p.rel is not None:
        return ThisUnit("CE", p.rel)
    if m.ordinal is not None:
        return CenturyAt(max((m.ordinal - 1) * 100, 1))
    if m.century is not None:
        return CenturyAt(max(m.century * 100, 1))
    if unit is not None and m.narr == 0 and m.pmod is not None:
        return StoryUnit(unit, m.pointed)
    if unit is not None and m.narr is not None:
        return NarrativeUnit(unit, m.narr)
    if unit is not None and m.count is None and (p.rel is not None or m.pmod is not None):
        return ThisUnit(unit, p.rel or 0)
    if m.time.part is not None and p.rel is not None:
        return ThisUnit("D", p.rel)
    if m.time.hour is not None or m.time.part is not None or m.story_day:
        bare = m.time.hour is None
        part = m.time.part if bare else None
        return NarrativeDay(morning=part == "MO", night=part == "NI", part=part is not None)
    if m.story_date:
        return LastDate()
    return Nothing("no calendar unit")
