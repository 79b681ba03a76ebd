"""English expressions resolved against a publication date, per /work/shared/eval/CONVENTIONS.md.

A row is (text, published, expected) with expected = (type, value, mod, start, end, grain) as the
engine's `iso()` writes them; the helpers below derive the interval from the value by the calendar
(test_resolve_ar and test_anchoring use them too). 2016-11-30 is a Wednesday, in ISO week 2016-W48.
"""

from __future__ import annotations

import datetime

import pytest

import timeline
from timeline.model import Timex, iso

PUB = "2016-11-30"

Expected = tuple[str, str, str | None, str | None, str | None, str | None]
Row = tuple[str, str, Expected]
Sentence = tuple[str, str, list[tuple[str, Expected]]]


def reading(t: Timex) -> Expected:
    return (t.type, t.value, t.mod, iso(t.start), iso(t.end), t.grain)


def tagged(text: str, published: str) -> list[tuple[str, Expected]]:
    """Every expression `timeline.tag` finds in `text`, as (text as written, expected-style reading)."""
    return [(t.text, reading(t)) for t in timeline.tag(text, published)]


def _written(moment: datetime.date) -> str:
    if isinstance(moment, datetime.datetime):
        return moment.isoformat(timespec="seconds")
    return f"{moment.isoformat()}T00:00:00"


def _bounds(start: datetime.date, end: datetime.date) -> tuple[str, str]:
    return _written(start), _written(end)


def day(value: str, mod: str | None = None) -> Expected:
    first = datetime.date.fromisoformat(value)
    return ("DATE", value, mod, *_bounds(first, first + datetime.timedelta(days=1)), "day")


def week(value: str, mod: str | None = None) -> Expected:
    iso_year, iso_week = value.split("-W")
    monday = datetime.date.fromisocalendar(int(iso_year), int(iso_week), 1)
    return ("DATE", value, mod, *_bounds(monday, monday + datetime.timedelta(weeks=1)), "week")


def _months(year: int, month: int, count: int) -> tuple[datetime.date, datetime.date]:
    after = year * 12 + month - 1 + count
    return datetime.date(year, month, 1), datetime.date(after // 12, after % 12 + 1, 1)


def month(value: str, mod: str | None = None) -> Expected:
    return ("DATE", value, mod, *_bounds(*_months(int(value[:4]), int(value[5:]), 1)), "month")


def quarter(value: str, mod: str | None = None) -> Expected:
    q = int(value[-1])
    return ("DATE", value, mod, *_bounds(*_months(int(value[:4]), 3 * q - 2, 3)), "quarter")


def year(value: str, mod: str | None = None) -> Expected:
    y = int(value)
    return ("DATE", value, mod, *_bounds(datetime.date(y, 1, 1), datetime.date(y + 1, 1, 1)), "year")


def decade(value: str, mod: str | None = None) -> Expected:
    y = int(value) * 10
    return ("DATE", value, mod, *_bounds(datetime.date(y, 1, 1), datetime.date(y + 10, 1, 1)), "decade")


def century(value: str, mod: str | None = None) -> Expected:
    y = int(value) * 100
    return ("DATE", value, mod, *_bounds(datetime.date(y, 1, 1), datetime.date(y + 100, 1, 1)), "century")


def minute(value: str) -> Expected:
    first = datetime.datetime.fromisoformat(value)
    return ("TIME", value, None, *_bounds(first, first + datetime.timedelta(minutes=1)), "minute")


def period(value: str, start: str, end: str) -> Expected:
    """An anchored DURATION: its explicit [start, end) in days."""
    first, after = datetime.date.fromisoformat(start), datetime.date.fromisoformat(end)
    return ("DURATION", value, None, *_bounds(first, after), "day")


def floating(type_: str, value: str, mod: str | None = None) -> Expected:
    """A value that determines no interval: durations, sets, parts of day, REF values, seasons."""
    return (type_, value, mod, None, None, None)


ABSOLUTE: list[Row] = [
    ("November 30, 2016", PUB, day("2016-11-30")),
    ("November 30 2016", PUB, day("2016-11-30")),
    ("30 Nov. 2016", PUB, day("2016-11-30")),
    ("2016-11-30", PUB, day("2016-11-30")),
    ("March 3, 2015", PUB, day("2015-03-03")),
    ("Feb. 29, 2016", PUB, day("2016-02-29")),
    ("June 2015", PUB, month("2015-06")),
    ("in 2015", PUB, year("2015")),
    ("the 1980s", PUB, decade("198")),
    ("the 19th century", PUB, century("18")),
    ("the summer of 2012", PUB, floating("DATE", "2012-SU")),
    ("this weekend", PUB, floating("DATE", "2016-W48-WE")),
    ("fiscal 2015", PUB, floating("DATE", "FY2015")),
]

WEEKDAYS: list[Row] = [
    ("Monday", PUB, day("2016-11-28")),
    ("on Monday", PUB, day("2016-11-28")),
    ("Wednesday", PUB, day("2016-11-30")),
    ("Thursday", PUB, day("2016-11-24")),
    ("last Monday", PUB, day("2016-11-28")),
    ("last Wednesday", PUB, day("2016-11-23")),
    ("next Monday", PUB, day("2016-12-05")),
    ("next Wednesday", PUB, day("2016-12-07")),
    ("Monday night", PUB, floating("TIME", "2016-11-28TNI")),
    ("Monday morning", PUB, floating("TIME", "2016-11-28TMO")),
    ("Tuesday afternoon", PUB, floating("TIME", "2016-11-29TAF")),
    ("Sunday evening", PUB, floating("TIME", "2016-11-27TEV")),
    ("yesterday morning", PUB, floating("TIME", "2016-11-29TMO")),
    ("tonight", PUB, floating("TIME", "2016-11-30TNI")),
]

MONTHS: list[Row] = [
    ("last June", PUB, month("2016-06")),
    ("next March", PUB, month("2017-03")),
    ("last November", PUB, month("2015-11")),
    ("in June", PUB, month("2016-06")),
]

DEICTICS: list[Row] = [
    ("yesterday", PUB, day("2016-11-29")),
    ("today", PUB, day("2016-11-30")),
    ("tomorrow", PUB, day("2016-12-01")),
    ("the day before yesterday", PUB, day("2016-11-28")),
    ("last week", PUB, week("2016-W47")),
    ("this week", PUB, week("2016-W48")),
    ("next week", PUB, week("2016-W49")),
    ("last month", PUB, month("2016-10")),
    ("this month", PUB, month("2016-11")),
    ("next month", PUB, month("2016-12")),
    ("last year", PUB, year("2015")),
    ("this year", PUB, year("2016")),
    ("next year", PUB, year("2017")),
    ("three days ago", PUB, day("2016-11-27")),
    ("two weeks ago", PUB, week("2016-W46")),
    ("two months ago", PUB, month("2016-09")),
    ("a year ago", PUB, year("2015")),
    ("recently", PUB, floating("DATE", "PAST_REF")),
    ("currently", PUB, floating("DATE", "PRESENT_REF")),
    ("more than two years ago", PUB, year("2014", "BEFORE")),
]

DURATIONS: list[Row] = [
    ("six months", PUB, floating("DURATION", "P6M")),
    ("three days", PUB, floating("DURATION", "P3D")),
    ("two hours", PUB, floating("DURATION", "PT2H")),
    ("for 15 years", PUB, floating("DURATION", "P15Y")),
    ("a two-day visit", PUB, floating("DURATION", "P2D")),
    ("about two years", PUB, floating("DURATION", "P2Y", "APPROX")),
    ("more than a year", PUB, floating("DURATION", "P1Y", "MORE_THAN")),
    ("less than a week", PUB, floating("DURATION", "P1W", "LESS_THAN")),
    ("at least two years", PUB, floating("DURATION", "P2Y", "EQUAL_OR_MORE")),
    ("the past six months", PUB, period("P6M", "2016-05-30", "2016-11-30")),
    ("the past three days", PUB, period("P3D", "2016-11-27", "2016-11-30")),
    ("the last 10 years", PUB, period("P10Y", "2006-11-30", "2016-11-30")),
    ("the next two weeks", PUB, period("P2W", "2016-11-30", "2016-12-14")),
]

PARTS: list[Row] = [
    ("early October", PUB, month("2016-10", "START")),
    ("mid-June", PUB, month("2016-06", "MID")),
    ("late September", PUB, month("2016-09", "END")),
    ("mid-2015", PUB, year("2015", "MID")),
    ("late 2016", PUB, year("2016", "END")),
    ("the end of next year", PUB, year("2017", "END")),
    ("early next week", PUB, week("2016-W49", "START")),
    ("the late 1990s", PUB, decade("199", "END")),
]

TIMES: list[Row] = [
    ("at 3 p.m.", PUB, minute("2016-11-30T15:00")),
    ("10:30 GMT", PUB, minute("2016-11-30T10:30")),
    ("3 p.m. Monday", PUB, minute("2016-11-28T15:00")),
    ("2 a.m. Wednesday", PUB, minute("2016-11-30T02:00")),
    ("6:42 p.m. local time Monday", PUB, minute("2016-11-28T18:42")),
]

SETS: list[Row] = [
    ("every Friday", PUB, floating("SET", "XXXX-WXX-5")),
    ("daily", PUB, floating("SET", "P1D")),
    ("weekly", PUB, floating("SET", "P1W")),
    ("every month", PUB, floating("SET", "P1M")),
    ("annually", PUB, floating("SET", "P1Y")),
    ("every year", PUB, floating("SET", "P1Y")),
]

TABLE = ABSOLUTE + WEEKDAYS + MONTHS + DEICTICS + DURATIONS + PARTS + TIMES + SETS


@pytest.mark.parametrize("row", TABLE, ids=[r[0] for r in TABLE])
def test_resolves_an_english_expression(row: Row) -> None:
    text, published, expected = row
    assert reading(timeline.resolve(text, published)) == expected


def test_a_year_and_a_half_is_eighteen_months() -> None:
    t = timeline.resolve("a year and a half", PUB)
    assert (t.type, t.start, t.end) == ("DURATION", None, None)
    assert t.value in ("P18M", "P1.5Y")


SENTENCES: list[Sentence] = [
    (
        "The talks opened on March 3, 2016. Two weeks later, the delegates signed a deal.",
        PUB,
        [
            ("March 3, 2016", day("2016-03-03")),
            ("Two weeks later", day("2016-03-17")),
        ],
    ),
    (
        "The minister arrived in Cairo on Friday and left the following day.",
        PUB,
        [
            ("Friday", day("2016-11-25")),
            ("the following day", day("2016-11-26")),
        ],
    ),
    (
        "The law takes effect in 2027. The final vote came at 11:40 p.m.",
        PUB,
        [
            ("2027", year("2027")),
            ("11:40 p.m.", minute("2016-11-30T23:40")),
        ],
    ),
    (
        "Exports fell in June 2015, down from a year earlier.",
        PUB,
        [
            ("June 2015", month("2015-06")),
            ("a year earlier", month("2014-06")),
        ],
    ),
    (
        "Sales rose in the third quarter of 2016, up 5% from a year earlier.",
        PUB,
        [
            ("the third quarter of 2016", quarter("2016-Q3")),
            ("a year earlier", quarter("2015-Q3")),
        ],
    ),
    (
        "The fair ran from March 3 to 5.",
        PUB,
        [
            ("March 3", day("2016-03-03")),
            ("5", day("2016-03-05")),
        ],
    ),
    (
        "Rainfall dropped between 2019 and 2021.",
        PUB,
        [
            ("2019", year("2019")),
            ("2021", year("2021")),
        ],
    ),
    (
        "Prices rose from June 2015 to March 2016.",
        PUB,
        [
            ("June 2015", month("2015-06")),
            ("March 2016", month("2016-03")),
        ],
    ),
    (
        "The vote was held on June 24.",
        PUB,
        [
            ("June 24", day("2016-06-24")),
        ],
    ),
    (
        "The board will meet on Monday.",
        PUB,
        [
            ("Monday", day("2016-12-05")),
        ],
    ),
]


@pytest.mark.parametrize("sentence", SENTENCES, ids=[s[0] for s in SENTENCES])
def test_tags_every_expression_of_an_english_sentence(sentence: Sentence) -> None:
    text, published, expected = sentence
    assert tagged(text, published) == expected
