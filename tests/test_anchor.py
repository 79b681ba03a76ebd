"""The anchor: a publication date read strictly, naive, never guessed."""

from __future__ import annotations

import datetime

import pendulum
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.engine.anchor import parse_anchor
from timeline.errors import AnchorError, TimelineError


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-11-30", pendulum.naive(2016, 11, 30)),
        ("  2016-11-30\n", pendulum.naive(2016, 11, 30)),
        ("2016-11-30T10:00:00", pendulum.naive(2016, 11, 30, 10)),
        ("2016-11-30 10:30", pendulum.naive(2016, 11, 30, 10, 30)),
        ("2016-11-30T10:00:00+02:00", pendulum.naive(2016, 11, 30, 10)),
        ("2016-11-30T23:30:00-05:00", pendulum.naive(2016, 11, 30, 23, 30)),
        ("2016-11-30T10:00Z", pendulum.naive(2016, 11, 30, 10)),
        ("٢٠١٦-١١-٣٠", pendulum.naive(2016, 11, 30)),
        ("2016-02-29", pendulum.naive(2016, 2, 29)),
        ("2000-02-29", pendulum.naive(2000, 2, 29)),
    ],
)
def test_reads_iso_text(value: str, expected: pendulum.DateTime) -> None:
    anchor = parse_anchor(value)
    assert anchor == expected
    assert anchor.tzinfo is None
    assert isinstance(anchor, pendulum.DateTime)


def test_reads_date_and_datetime_objects() -> None:
    assert parse_anchor(datetime.date(2016, 11, 30)) == pendulum.naive(2016, 11, 30)
    assert parse_anchor(pendulum.date(2016, 11, 30)) == pendulum.naive(2016, 11, 30)
    assert parse_anchor(datetime.datetime(2016, 11, 30, 8, 5)) == pendulum.naive(2016, 11, 30, 8, 5)


def test_drops_the_zone_keeping_wall_clock_time() -> None:
    cairo = pendulum.datetime(2016, 11, 30, 23, 45, tz="Africa/Cairo")
    anchor = parse_anchor(cairo)
    assert anchor == pendulum.naive(2016, 11, 30, 23, 45)
    assert anchor.tzinfo is None


@pytest.mark.parametrize(
    "value",
    [
        None,
        "",
        "   ",
        "yesterday",
        "30/11/2016",
        "2016-11",
        "2016",
        "2016-W48",
        "2016W48",
        "2016-02-30",
        "2015-02-29",
        "1900-02-29",
        "2016-13-01",
        "2016-11-30T25:00",
        20161130,
    ],
)
def test_refuses_what_it_cannot_read(value: object) -> None:
    with pytest.raises(AnchorError) as caught:
        parse_anchor(value)  # type: ignore[arg-type]
    assert "2016-11-30" in str(caught.value)
    assert isinstance(caught.value, TimelineError)


def test_names_the_bad_value_and_the_reason() -> None:
    with pytest.raises(AnchorError, match=r"'2016-02-30'.*day is out of range"):
        parse_anchor("2016-02-30")


naive_datetimes = st.datetimes(
    min_value=datetime.datetime(1000, 1, 1),
    max_value=datetime.datetime(9000, 12, 31, 23, 59, 59),
    timezones=st.none(),
)


@given(naive_datetimes)
def test_iso_text_round_trips(moment: datetime.datetime) -> None:
    anchor = parse_anchor(moment.isoformat())
    assert anchor == moment
    assert parse_anchor(anchor.isoformat()) == anchor


@given(st.dates(min_value=datetime.date(1000, 1, 1), max_value=datetime.date(9000, 12, 31)))
def test_a_date_means_its_midnight(day: datetime.date) -> None:
    assert parse_anchor(day.isoformat()) == parse_anchor(day) == pendulum.naive(day.year, day.month, day.day)


@given(naive_datetimes, st.integers(min_value=-14 * 60, max_value=14 * 60))
def test_any_offset_keeps_the_wall_clock(moment: datetime.datetime, minutes: int) -> None:
    zone = datetime.timezone(datetime.timedelta(minutes=minutes))
    assert parse_anchor(moment.replace(tzinfo=zone).isoformat()) == moment
