"""English phenomena found in the peer suites (Duckling, Recognizers-Text), resolved per CONVENTIONS.md
and the news anchoring policy (a month without a year: the news horizon of timeline.resolve).

Rows as in test_resolve_en: (text, published, expected), the expected interval derived from the value by
the calendar. 2016-11-30 is a Wednesday. Clock times are at minute grain (second grain when the seconds
are written); a part of the day has no interval.
"""

from __future__ import annotations

import datetime

import pytest
from test_resolve_en import PUB, Expected, Row, day, minute, reading, week

import timeline


def second(value: str) -> Expected:
    first = datetime.datetime.fromisoformat(value)
    after = first + datetime.timedelta(seconds=1)
    return ("TIME", value, None, first.isoformat(), after.isoformat(), "second")


def approx(expected: Expected) -> Expected:
    type_, value, _, start, end, grain = expected
    return (type_, value, "APPROX", start, end, grain)


CLOCKS: list[Row] = [
    ("3:18a", PUB, minute("2016-11-30T03:18")),
    ("3:15p", PUB, minute("2016-11-30T15:15")),
    ("15h30", PUB, minute("2016-11-30T15:30")),
    ("at 15h", PUB, minute("2016-11-30T15:00")),
    ("330 p.m.", PUB, minute("2016-11-30T15:30")),
    ("3 p m", PUB, minute("2016-11-30T15:00")),
    ("ten thirty am", PUB, minute("2016-11-30T10:30")),
    ("nine fifty-nine a.m.", PUB, minute("2016-11-30T09:59")),
    ("3 o'clock in the afternoon", PUB, minute("2016-11-30T15:00")),
    ("seven o'clock", PUB, minute("2016-11-30T07:00")),
    ("12 noon", PUB, minute("2016-11-30T12:00")),
    ("3ish pm", PUB, approx(minute("2016-11-30T15:00"))),
    ("9:01:10 AM", PUB, second("2016-11-30T09:01:10")),
    ("15:23:24 GMT", PUB, second("2016-11-30T15:23:24")),
]

CLOCK_OFFSETS: list[Row] = [
    ("a quarter past 3pm", PUB, minute("2016-11-30T15:15")),
    ("half past three", PUB, minute("2016-11-30T03:30")),
    ("half past 3 pm", PUB, minute("2016-11-30T15:30")),
    ("10 past 9", PUB, minute("2016-11-30T09:10")),
    ("twenty after 3pm", PUB, minute("2016-11-30T15:20")),
    ("20 minutes to 2pm", PUB, minute("2016-11-30T13:40")),
    ("a quarter to noon", PUB, minute("2016-11-30T11:45")),
    ("15 to noon", PUB, minute("2016-11-30T11:45")),
    ("thirty-six minutes past eight", PUB, minute("2016-11-30T08:36")),
]

CLOCK_PARTS: list[Row] = [
    ("3:20 in the afternoon", PUB, minute("2016-11-30T15:20")),
    ("at 8 in the evening", PUB, minute("2016-11-30T20:00")),
    ("at 5 tomorrow afternoon", PUB, minute("2016-12-01T17:00")),
    ("this afternoon at 3:20", PUB, minute("2016-11-30T15:20")),
    ("tonight at 11pm", PUB, minute("2016-11-30T23:00")),
    ("in the evening at eight", PUB, minute("2016-11-30T20:00")),
    ("Saturday morning at 9", PUB, minute("2016-11-26T09:00")),
    ("tomorrow evening at 5", PUB, minute("2016-12-01T17:00")),
]

DAY_AND_CLOCK: list[Row] = [
    ("4/25 at 4:00pm", PUB, minute("2016-04-25T16:00")),
    ("tomorrow 8am", PUB, minute("2016-12-01T08:00")),
    ("day after tomorrow 5pm", PUB, minute("2016-12-02T17:00")),
    ("Wednesday at 3.30pm", PUB, minute("2016-11-30T15:30")),
    ("Monday 8:00 GMT", PUB, minute("2016-11-28T08:00")),
    ("13:00 on February 28, 2013", PUB, minute("2013-02-28T13:00")),
    ("Fri, Jul 18, 2014 07:00 PM", PUB, minute("2014-07-18T19:00")),
    ("on Saturday for 9am", PUB, minute("2016-11-26T09:00")),
]

NTH_WITHIN: list[Row] = [
    ("the last Monday of March 2016", PUB, day("2016-03-28")),
    ("last Monday of March", PUB, day("2017-03-27")),
    ("the first Tuesday of October 2015", PUB, day("2015-10-06")),
    ("the third day of October 2016", PUB, day("2016-10-03")),
    ("the fifth last day of May 2016", PUB, day("2016-05-27")),
    ("the first week of October 2014", PUB, week("2014-W41")),
    ("the last week of July 2016", PUB, week("2016-W30")),
    ("the third last week of 2018", PUB, week("2018-W50")),
    ("the first Monday of this month", PUB, day("2016-11-07")),
    ("the last day of next month", PUB, day("2016-12-31")),
    ("the 20th of next month", PUB, day("2016-12-20")),
    ("the week of October 7th, 2013", PUB, week("2013-W41")),
]

ORDINAL_DAYS: list[Row] = [
    ("the second of March 2016", PUB, day("2016-03-02")),
    ("February twenty second, 2016", PUB, day("2016-02-22")),
    ("on the 15th", PUB, day("2016-11-15")),
    ("Thu 15th", PUB, day("2016-09-15")),
    ("Tuesday the eleventh", PUB, day("2016-10-11")),
]

TABLE = CLOCKS + CLOCK_OFFSETS + CLOCK_PARTS + DAY_AND_CLOCK + NTH_WITHIN + ORDINAL_DAYS


def check_resolves(row: Row) -> None:
    text, published, expected = row
    assert reading(timeline.resolve(text, published)) == expected


def check_finds(text: str, expressions: list[str]) -> None:
    assert [t.text for t in timeline.tag(text, PUB)] == expressions


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_resolves_a_peer_phenomenon(row: Row) -> None:
    check_resolves(row)


@pytest.mark.parametrize(
    ("text", "expressions"),
    [
        ("The session ran from 2 to 3 pm.", ["3 pm"]),
        ("Between 5 to 10 people were hurt.", []),
        ("Article 3a of the law was amended.", []),
        ("Police arrested 3 this morning.", ["this morning"]),
        ("The plant has run for 3h without a stop.", []),
        ("The attack happened at 2 a.m. Wednesday, police said.", ["2 a.m. Wednesday"]),
        ("The vote is on Monday, 10 members said.", ["Monday"]),
        ("A second round of talks is planned.", []),
        ("The second March rally drew crowds.", []),
        ("He was killed 20 in March.", ["March"]),
        ("They live on the 15th floor.", []),
    ],
)
def test_finds_only_what_is_a_time(text: str, expressions: list[str]) -> None:
    check_finds(text, expressions)
