"""The builder: which operator a parse (the slots a rule filled) makes, and how the tense bears on it."""

from __future__ import annotations

from timeline.engine.build import expression, readings
from timeline.engine.meaning import Meaning
from timeline.engine.operators.clock import TimeOfDay, TimeOn
from timeline.engine.operators.labels import Label, Nothing
from timeline.engine.operators.periods import Period
from timeline.engine.operators.positions import DateIn, MonthAt, TwoDigitYear
from timeline.engine.operators.repeating import MonthOfYear, Weekday
from timeline.engine.operators.shifts import Ago, NarrativeDay, WeekdayShift


def test_since_n_units_measures_only_where_the_text_before_does() -> None:
    found = readings(Meaning(rule="r", unit="Y", count=3.0, since=True))
    assert found.measured.op == Period("Y", 3.0, -1)
    assert found.unmeasured is not None and found.unmeasured.op == Ago("Y", -3.0)


def test_a_parse_without_since_has_one_reading() -> None:
    assert readings(Meaning(rule="r", unit="Y", count=3.0, ago=-1)).unmeasured is None


def test_a_weekday_or_month_alone_reads_in_the_tense_and_a_shifted_one_does_not() -> None:
    assert expression(Meaning(rule="r", weekday=1), True) == (Weekday(1), True, False)
    assert expression(Meaning(rule="r", month=6), True).tensed
    last_monday = expression(Meaning(rule="r", weekday=1, rel=-1), True)
    assert last_monday.op == WeekdayShift(1, -1) and not last_monday.tensed


def test_a_written_year_makes_a_position() -> None:
    op = expression(Meaning(rule="r", month=2, day=29, year=TwoDigitYear(20)), True).op
    assert op == DateIn(MonthAt(TwoDigitYear(20), 2), 29)


def test_a_clock_without_a_day_is_on_the_narrative_day() -> None:
    op = expression(Meaning(rule="r", time=TimeOfDay(8, ampm="pm")), True).op
    assert isinstance(op, TimeOn) and op.day == NarrativeDay()


def test_slots_that_make_no_date_build_nothing() -> None:
    assert isinstance(expression(Meaning(rule="r", unit="D", plural=True), True).op, Nothing)
    assert isinstance(expression(Meaning(rule="r", month=13), True).op, Nothing)
    assert expression(Meaning(rule="r", ref="PRESENT_REF"), True).op == Label("DATE", "PRESENT_REF")
    assert expression(Meaning(rule="r", month=6), True).op == MonthOfYear(6)
