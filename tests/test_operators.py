"""The operators of the meaning algebra, one by one: on month and year boundaries, leap days, every
weekday, and the invariants every calendar unit keeps (start < end, aligned to its grain)."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.engine.calendar import UNIT_GRAIN, Moment, shift, span_at
from timeline.engine.operators.clock import TimeOfDay, TimeOn
from timeline.engine.operators.hijri import HijriDay
from timeline.engine.operators.intersect import NthIn, OnWeekday
from timeline.engine.operators.labels import Label
from timeline.engine.operators.periods import EdgeUnits, Period
from timeline.engine.operators.positions import AnchorYear, DateIn, MonthAt, TwoDigitYear, Year, YearAt
from timeline.engine.operators.repeating import DayOfMonth, MonthOfYear, Weekday, YearlessDay, YearlessQuarter
from timeline.engine.operators.shifts import DeicticDay, MonthShift, NarrativeUnit, ThisUnit, WeekdayShift
from timeline.engine.resolve import Context, Interval, Unresolvable

DIRECTIONS = ("past", "future", "upcoming", "news")
anchors = st.datetimes(Moment(1990, 1, 1), Moment(2040, 12, 31)).map(lambda d: d.replace(microsecond=0))


def ctx(anchor: str, direction: str = "news", last: str | None = None) -> Context:
    at = Moment.fromisoformat(anchor)
    return Context(at, direction, None if last is None else span_at("day", Moment.fromisoformat(last)))


def value(op: Interval, context: Context) -> str:
    return op.span(context)[0].value


@given(anchors, st.integers(1, 7), st.sampled_from(DIRECTIONS))
def test_a_weekday_is_the_nearest_in_the_direction(anchor: Moment, weekday: int, direction: str) -> None:
    found, alternatives = Weekday(weekday).span(Context(anchor, direction, None))
    days = (found.start - Moment(anchor.year, anchor.month, anchor.day)).days
    assert found.start.isoweekday() == weekday
    if direction == "future":
        assert 1 <= days <= 7
    elif direction == "upcoming":
        assert 0 <= days <= 6
    else:
        assert -6 <= days <= 0
    assert len(alternatives) == 1


def test_every_weekday_across_the_new_year() -> None:
    # Wednesday 1 January 2020: the last Monday is in 2019, the next Friday in 2020.
    assert value(Weekday(1), ctx("2020-01-01", "past")) == "2019-12-30"
    assert value(Weekday(3), ctx("2020-01-01", "past")) == "2020-01-01"
    assert value(Weekday(3), ctx("2020-01-01", "future")) == "2020-01-08"
    assert value(Weekday(5), ctx("2020-01-01", "future")) == "2020-01-03"
    assert value(WeekdayShift(1, -1), ctx("2020-01-01")) == "2019-12-30"
    assert value(WeekdayShift(1, 2), ctx("2020-01-01")) == "2020-01-13"


def test_a_month_without_its_year_follows_the_news_horizon() -> None:
    assert value(MonthOfYear(1), ctx("2019-12-20", "past")) == "2019-01"
    # In news, January read back is 11 months ago and read forwards 12 days away: forwards.
    assert value(MonthOfYear(1), ctx("2019-12-20", "news")) == "2020-01"
    assert value(MonthOfYear(12), ctx("2020-01-05", "news")) == "2019-12"
    assert value(MonthShift(12, -1), ctx("2019-12-20")) == "2018-12"


def test_a_day_of_a_shifted_month_is_in_that_month() -> None:
    # "5 June before last", said in November 2016: June 2015, as "the June before last" alone is.
    assert value(MonthShift(6, -2), ctx("2016-11-30")) == "2015-06"
    assert value(DateIn(MonthShift(6, -2), 5), ctx("2016-11-30")) == "2015-06-05"
    assert value(DateIn(MonthShift(6, -1), 5), ctx("2016-11-30")) == "2016-06-05"
    assert value(DateIn(MonthShift(6, 2), 5), ctx("2016-11-30")) == "2018-06-05"


def test_a_label_puts_in_the_year_an_operator_finds() -> None:
    # "last summer" and "fiscal 2019": the season's year counts from the anchor, a fiscal year is unpadded.
    assert Label("DATE", "{year:04d}-SU", year=AnchorYear(-1)).resolve(ctx("2020-05-01")).value == "2019-SU"
    assert Label("DATE", "FY{year}", year=Year(2019)).resolve(ctx("2020-05-01")).value == "FY2019"
    assert Label("SET", "XXXX-WXX-1").resolve(ctx("2020-05-01")).value == "XXXX-WXX-1"


def test_a_hijri_day_is_of_its_year_else_the_nearest_in_the_direction() -> None:
    # 10 Ramadan 1445 is 2024-03-20; 10 Ramadan 1446 is 2025-03-10.
    assert value(HijriDay(9, 10, 1445), ctx("2030-01-01")) == "2024-03-20"
    assert value(HijriDay(9, 10), ctx("2024-06-01", "past")) == "2024-03-20"
    assert value(HijriDay(9, 10), ctx("2024-06-01", "future")) == "2025-03-10"
    with pytest.raises(Unresolvable):
        HijriDay(13, 1, 1445).span(ctx("2024-06-01"))


def test_leap_days() -> None:
    assert value(DateIn(MonthAt(Year(2020), 2), 29), ctx("2021-01-01")) == "2020-02-29"
    with pytest.raises(Unresolvable):
        DateIn(MonthAt(Year(2019), 2), 29).span(ctx("2021-01-01"))
    assert value(YearlessDay(2, 29), ctx("2021-03-01", "past")) == "2020-02-29"
    assert value(DeicticDay(-1), ctx("2020-03-01")) == "2020-02-29"
    assert value(DayOfMonth(30), ctx("2020-03-15", "past")) == "2020-01-30"


def test_a_two_digit_year_is_in_the_century_nearest_the_anchor() -> None:
    assert value(YearAt(TwoDigitYear(35)), ctx("2026-05-01")) == "2035"
    assert value(YearAt(TwoDigitYear(37)), ctx("2026-05-01")) == "1937"
    assert value(MonthAt(AnchorYear(1), 4), ctx("2019-12-31")) == "2020-04"


def test_a_quarter_without_its_year() -> None:
    assert value(YearlessQuarter(4), ctx("2020-02-10", "past")) == "2019-Q4"
    assert value(YearlessQuarter(1), ctx("2020-02-10", "past")) == "2020-Q1"
    assert value(YearlessQuarter(1), ctx("2020-11-10", "future")) == "2021-Q1"


def test_nth_in_a_month_or_year() -> None:
    feb = MonthAt(Year(2020), 2)
    assert value(NthIn(feb, -1, weekday=1), ctx("2020-06-01")) == "2020-02-24"
    assert value(NthIn(feb, 1, weekday=6), ctx("2020-06-01")) == "2020-02-01"
    assert value(NthIn(YearAt(Year(2021)), 1, weeks=True), ctx("2021-06-01")) == "2021-W01"
    assert value(NthIn(YearAt(Year(2020)), -1, weeks=True), ctx("2021-06-01")) == "2020-W53"
    with pytest.raises(Unresolvable):
        NthIn(MonthAt(Year(2021), 2), 5, weekday=1).span(ctx("2021-06-01"))


def test_a_weekday_beside_a_date_checks_it() -> None:
    # 3 September 2019 is a Tuesday; the 'third Tuesday' of September 2019 is the 17th.
    assert value(OnWeekday(DateIn(MonthAt(Year(2019), 9), 3), 2), ctx("2020-01-01")) == "2019-09-03"
    assert value(OnWeekday(DateIn(MonthAt(Year(2019), 9), 3, True), 5, 3), ctx("2020-01-01")) == "2019-09-20"
    assert value(YearlessDay(2, 10, weekday=3), ctx("2020-06-01", "news")) == "2021-02-10"


@given(anchors, st.sampled_from(sorted(UNIT_GRAIN)), st.integers(-12, 12))
def test_a_shift_by_n_then_back_by_n_is_the_anchors_unit(anchor: Moment, unit: str, n: int) -> None:
    context = Context(anchor, "news", None)
    moved = ThisUnit(unit, n).span(context)[0]
    back = span_at(UNIT_GRAIN[unit], shift(moved.start, unit, -n))
    assert back == ThisUnit(unit, 0).span(context)[0]


@given(
    anchors,
    st.sampled_from(DIRECTIONS),
    st.one_of(
        st.builds(Weekday, st.integers(1, 7)),
        st.builds(MonthOfYear, st.integers(1, 12)),
        st.builds(YearlessDay, st.integers(1, 12), st.integers(1, 28)),
        st.builds(DayOfMonth, st.integers(1, 28)),
        st.builds(YearlessQuarter, st.integers(1, 4)),
        st.builds(ThisUnit, st.sampled_from(sorted(UNIT_GRAIN)), st.integers(-5, 5)),
        st.builds(NarrativeUnit, st.sampled_from(sorted(UNIT_GRAIN)), st.integers(-5, 5)),
        st.builds(DeicticDay, st.integers(-400, 400)),
        st.builds(NthIn, st.builds(MonthOfYear, st.integers(1, 12)), st.integers(1, 4), st.integers(1, 7)),
    ),
)
def test_every_unit_is_a_half_open_interval_at_its_grain(
    anchor: Moment, direction: str, op: Interval
) -> None:
    found = op.span(Context(anchor, direction, span_at("month", anchor)))[0]
    assert found.start < found.end
    assert span_at(found.grain, found.start) == found


@given(anchors, st.sampled_from(sorted(UNIT_GRAIN)), st.integers(1, 12), st.sampled_from((-1, 1)))
def test_a_period_with_a_direction_ends_or_starts_at_the_anchor(
    anchor: Moment, unit: str, count: int, direction: int
) -> None:
    found = Period(unit, count, direction).resolve(Context(anchor, "news", None))
    assert found.start is not None and found.end is not None and found.start < found.end
    now = anchor if UNIT_GRAIN[unit] in ("second", "minute", "hour") else Moment(*anchor.timetuple()[:3])
    assert (found.end if direction < 0 else found.start) == now


def test_edge_units_of_a_year() -> None:
    first = EdgeUnits(YearAt(Year(2019)), "M", 9, True).resolve(ctx("2020-01-01"))
    assert (first.value, first.start, first.end) == ("P9M", Moment(2019, 1, 1), Moment(2019, 10, 1))
    last = EdgeUnits(MonthAt(Year(2020), 2), "W", 2, False).resolve(ctx("2020-06-01"))
    assert (last.start, last.end) == (Moment(2020, 2, 16), Moment(2020, 3, 1))
    with pytest.raises(Unresolvable):
        EdgeUnits(MonthAt(Year(2020), 2), "W", 5, True).resolve(ctx("2020-06-01"))


def test_a_clock_time_on_a_day() -> None:
    day = DeicticDay(0)
    at = ctx("2020-02-29T10:00")
    assert TimeOn(day, TimeOfDay(12, ampm="am")).resolve(at).value == "2020-02-29T00:00"
    assert TimeOn(day, TimeOfDay(8, part="EV")).resolve(at).value == "2020-02-29T20:00"
    assert TimeOn(day, TimeOfDay(12, 0, offset=-20)).resolve(at).value == "2020-02-29T11:40"
    assert TimeOn(day, TimeOfDay(9, 5, 7)).resolve(at).grain == "second"
    with pytest.raises(Unresolvable):
        TimeOn(day, TimeOfDay(25)).resolve(at)


def test_narrative_units_count_from_the_date_last_mentioned() -> None:
    at = ctx("2020-06-01", last="2019-12-31")
    assert value(NarrativeUnit("D", 1), at) == "2020-01-01"
    assert value(NarrativeUnit("D", 0), at) == "2019-12-31"
    assert value(NarrativeUnit("M", 0), at) == "2019-12"
    assert value(NarrativeUnit("D", 1), ctx("2020-06-01")) == "2020-06-02"


def test_resolution_takes_no_clock_of_its_own() -> None:
    """The same operator and context resolve alike, whenever they are resolved."""
    op = Weekday(1)
    at = Context(datetime.datetime(2020, 1, 1), "past", None)
    assert op.resolve(at) == op.resolve(at)


@given(anchors, st.integers(1, 7), st.sampled_from((-2, -1, 1, 2)))
def test_last_and_next_weekday_lie_on_their_side_of_the_anchor(anchor: Moment, weekday: int, n: int) -> None:
    found = WeekdayShift(weekday, n).span(Context(anchor, "news", None))[0]
    today = Moment(anchor.year, anchor.month, anchor.day)
    days = (found.start - today).days
    assert found.start.isoweekday() == weekday
    assert (7 * (abs(n) - 1) < abs(days) <= 7 * abs(n)) and (days < 0) == (n < 0)


@given(anchors, st.integers(1, 12), st.integers(1, 31), st.sampled_from(("past", "future")))
def test_a_yearless_day_is_the_nearest_existing_one_in_the_direction(
    anchor: Moment, month: int, dom: int, direction: str
) -> None:
    today = Moment(anchor.year, anchor.month, anchor.day)
    try:
        found = YearlessDay(month, dom).span(Context(anchor, direction, None))[0]
    except Unresolvable:
        assert dom > 28  # only a day that no month of the two years holds (31 June, 29 February)
        return
    assert (found.start.month, found.start.day) == (month, dom)
    days = (found.start - today).days
    assert (days <= 0) if direction == "past" else (days >= 0)
    # In the anchor's year or the one before (after, read forwards): within a year and a day, but for
    # 29 February, which a year after a leap year lacks (29 February 2000 is 367 days before 2 March 2001).
    assert found.start.year - anchor.year in ((0, -1) if direction == "past" else (0, 1))
    if (month, dom) != (2, 29):
        assert abs(days) <= 366


@given(anchors, st.integers(1, 12), st.sampled_from((-2, -1, 0, 1, 2)))
def test_last_and_next_month_step_whole_years_from_the_nearest(anchor: Moment, month: int, n: int) -> None:
    found = MonthShift(month, n).span(Context(anchor, "news", None))[0]
    assert found.start.month == month
    months = 12 * (found.start.year - anchor.year) + month - anchor.month
    if n == 0:
        assert found.start.year == anchor.year
    else:
        assert (months < 0) == (n < 0) and 12 * (abs(n) - 1) < abs(months) <= 12 * abs(n)
