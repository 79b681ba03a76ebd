"""English phenomena found in the peer suites (Duckling, Recognizers-Text), resolved per CONVENTIONS.md
and the news anchoring policy (a month without a year: the news horizon of timeline.engine.resolve).

Rows as in test_resolve_en: (text, published, expected), the expected interval derived from the value by
the calendar. 2016-11-30 is a Wednesday. Clock times are at minute grain (second grain when the seconds
are written); a part of the day has no interval.
"""

from __future__ import annotations

import datetime

import pytest
from test_resolve_en import (
    PUB,
    Expected,
    Row,
    day,
    floating,
    minute,
    month,
    period,
    quarter,
    reading,
    week,
    year,
)

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

PARTS_OF_DAY: list[Row] = [
    ("last night", PUB, floating("TIME", "2016-11-29TNI")),
    ("late last night", PUB, floating("TIME", "2016-11-29TNI", "END")),
    ("in the morning", PUB, floating("TIME", "2016-11-30TMO")),
    ("early in the morning", PUB, floating("TIME", "2016-11-30TMO")),
    ("Tuesday in the morning", PUB, floating("TIME", "2016-11-29TMO")),
    ("November 15 in the afternoon", PUB, floating("TIME", "2016-11-15TAF")),
]

WORDS: list[Row] = [
    ("now", PUB, floating("DATE", "PRESENT_REF")),
    ("3 fridays from now", PUB, day("2016-12-16")),
    ("2 thursdays ago", PUB, day("2016-11-17")),
    ("a fortnight ago", PUB, week("2016-W46")),
    ("Wednesday of next week", PUB, day("2016-12-07")),
    ("next week on Tuesday", PUB, day("2016-12-06")),
    ("last week's Sunday", PUB, day("2016-11-27")),
    ("this qtr", PUB, quarter("2016-Q4")),
    ("the third qtr", PUB, quarter("2016-Q3")),
    ("2018Q4", PUB, quarter("2018-Q4")),
    ("Q1 2019", PUB, quarter("2019-Q1")),
    ("last yr", PUB, year("2015")),
    ("EOM", PUB, month("2016-11", "END")),
    ("on 10-31-74", PUB, day("1974-10-31")),
    ("on 03/18/20", PUB, day("2020-03-18")),
    ("on 31/10/74", PUB, day("1974-10-31")),
    ("on 23.04.2016", PUB, day("2016-04-23")),
    ("on 15/2", PUB, day("2017-02-15")),
    ("31-Oct-74", PUB, day("1974-10-31")),
    ("Sep-23-2015", PUB, day("2015-09-23")),
    ("2015/aug/01", PUB, day("2015-08-01")),
    ("Dec. 31 , 1994", PUB, day("1994-12-31")),
    ("28 June in 2015", PUB, day("2015-06-28")),
    ("2 1/2 hours", PUB, floating("DURATION", "PT150M")),
]


def anchored(value: str, start: str, end: str, grain: str) -> Expected:
    """An anchored DURATION below a day: it counts from the publication time, not its midnight."""
    return ("DURATION", value, None, start, end, grain)


ANCHORED: list[Row] = [
    ("last 2 days", PUB, period("P2D", "2016-11-28", "2016-11-30")),
    ("the upcoming two weeks", PUB, period("P2W", "2016-11-30", "2016-12-14")),
    (
        "the last 2 seconds",
        "2016-11-30T04:30",
        anchored("PT2S", "2016-11-30T04:29:58", "2016-11-30T04:30:00", "second"),
    ),
    (
        "the next 3 hours",
        "2016-11-30T04:30",
        anchored("PT3H", "2016-11-30T04:30:00", "2016-11-30T07:30:00", "hour"),
    ),
    ("Friday after next", PUB, day("2016-12-09")),
    ("March after next", PUB, month("2018-03")),
    ("Thu at 8 GMT", PUB, minute("2016-11-24T08:00")),
    ("at 3p", PUB, minute("2016-11-30T15:00")),
    ("3 years from today", PUB, year("2019")),
    ("two days after today", PUB, day("2016-12-02")),
    ("the last weekend of October 2016", PUB, floating("DATE", "2016-W43-WE")),
]

DURATIONS: list[Row] = [
    ("for 3h", PUB, floating("DURATION", "PT3H")),
    ("half an hour", PUB, floating("DURATION", "PT30M")),
    ("a quarter of an hour", PUB, floating("DURATION", "PT15M")),
    ("one and a half hours", PUB, floating("DURATION", "PT90M")),
    ("all day", PUB, floating("DURATION", "P1D")),
    ("the whole year", PUB, floating("DURATION", "P1Y")),
    ("another week", PUB, floating("DURATION", "P1W")),
    ("two nights", PUB, floating("DURATION", "P2D")),
]

TABLE = (
    CLOCKS
    + CLOCK_OFFSETS
    + CLOCK_PARTS
    + DAY_AND_CLOCK
    + NTH_WITHIN
    + ORDINAL_DAYS
    + PARTS_OF_DAY
    + WORDS
    + DURATIONS
    + ANCHORED
)


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
        ("The attack happened at 2 a.m. Wednesday, police said.", ["2 a.m. Wednesday"]),
        ("The vote is on Monday, 10 members said.", ["Monday"]),
        ("A second round of talks is planned.", []),
        ("The second March rally drew crowds.", []),
        ("He was killed 20 in March.", ["March"]),
        ("They live on the 15th floor.", []),
        ("Now, the talks resume.", []),
        ("Now that the vote is over, talks resume.", []),
        ("This may take longer than expected.", []),
        ("The request id was 410c74a8-1687-4ea1.", []),
        ("Tickets cost $12 December 27, organisers said.", ["December 27"]),
        ("The service runs 24/7 in the city.", []),
        ("About 1/4 of voters stayed home.", []),
        ("Labs showed a ratio of 30/4.85 on admission.", []),
        ("The match ended 2-15 after extra time.", []),
        ("See sales_report-2002-10-09.xlsx for details.", ["2002-10-09"]),
        ("Power was restored at noon, about eleven days after the outage.", ["noon", "about eleven days"]),
        ("Negotiators worked through the night.", []),
    ],
)
def test_finds_only_what_is_a_time(text: str, expressions: list[str]) -> None:
    check_finds(text, expressions)


def test_the_unit_before_or_after_counts_from_the_date_last_mentioned() -> None:
    found = timeline.tag("The minister arrived on November 3 and left the day after.", PUB)
    expected = [("November 3", "2016-11-03"), ("the day after", "2016-11-04")]
    assert [(t.text, t.value) for t in found] == expected
