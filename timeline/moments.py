"""Moments between the engine, the tables and the reader: the one pendulum <-> datetime conversion, and an
interval written at its grain as a reader of a language says it (the terminal table, the chart, the page
and TimelineJS all use it; the words are `timeline/lang/ui_<code>.toml`).

Every moment is naive wall-clock time: the anchor's, as written.
"""

from __future__ import annotations

import datetime
from functools import lru_cache
from typing import overload

import pendulum

from timeline.words import REFERENCE, words

DateWords = dict[str, str | list[str]]
"""A language's date patterns and its month and weekday names (`timeline.words.Words.dates`)."""

_STEPS: dict[str, dict[str, int]] = {
    "second": {"seconds": 1},
    "minute": {"minutes": 1},
    "hour": {"hours": 1},
    "day": {"days": 1},
    "week": {"weeks": 1},
    "month": {"months": 1},
    "quarter": {"months": 3},
    "year": {"years": 1},
    "decade": {"years": 10},
    "century": {"years": 100},
}
"""Grain -> the length of one unit, as pendulum adds it."""


def pendulum_of(moment: datetime.datetime) -> pendulum.DateTime:
    """`moment` (stdlib or pendulum) as a naive pendulum DateTime with the same wall-clock fields."""
    m = moment
    return pendulum.naive(m.year, m.month, m.day, m.hour, m.minute, m.second, m.microsecond)


cached_pendulum = lru_cache(maxsize=65536)(pendulum_of)
"""The one converter, cached in front for the engine's own moments (naive, so equal means the same wall
clock): news repeats its dates, and building a pendulum DateTime costs ten times a datetime."""


@overload
def plain(moment: datetime.datetime) -> datetime.datetime: ...
@overload
def plain(moment: None) -> None: ...
def plain(moment: datetime.datetime | None) -> datetime.datetime | None:
    """`moment` (stdlib or pendulum) as a stdlib naive datetime to the second with the same wall-clock
    fields, as the engine computes and the event table holds it (None stays None)."""
    if moment is None:
        return None
    m = moment
    return datetime.datetime(m.year, m.month, m.day, m.hour, m.minute, m.second)


def when_text(
    start: datetime.datetime,
    end: datetime.datetime,
    grain: str | None,
    dates: DateWords | None = None,
    *,
    weekday: bool = True,
) -> str:
    """The interval [start, end) written at its grain in the words of `dates` (English by default):
    "1980s", "Jun 2016", "Mon 28 Nov 2016" ("28 Nov 2016" without `weekday`), "Mon 28 Nov 2016
    15:00"; a span of several units as "28–29 Nov 2016", "30 May – 29 Nov 2016"."""
    words_of = dates if dates is not None else words(REFERENCE).dates
    unit = grain if grain in _STEPS else "day"
    first = pendulum_of(start)
    last = pendulum_of(end).subtract(**_STEPS[unit])
    if last <= first:
        return at_grain(first, "date" if unit == "day" and not weekday else unit, words_of)
    if unit == "day":
        whole = _date(last, words_of, "date")
        if (first.year, first.month) == (last.year, last.month):
            return f"{first.day}–{whole}"
        head = (
            f"{first.day} {_month(first, words_of)}"
            if first.year == last.year
            else _date(first, words_of, "date")
        )
        return f"{head} – {whole}"
    if unit == "month" and first.year == last.year:
        return f"{_month(first, words_of)} – {_date(last, words_of, 'month')}"
    return f"{at_grain(first, unit, words_of)} – {at_grain(last, unit, words_of)}"


def spans_units(start: datetime.datetime, end: datetime.datetime, grain: str | None) -> bool:
    """True when [start, end) covers more than one unit of its grain (a period, not a single day or
    month): "the past six months" at day grain, "June to August"."""
    unit = grain if grain in _STEPS else "day"
    last = pendulum_of(end).subtract(**_STEPS[unit])
    return last > pendulum_of(start)


def at_grain(moment: pendulum.DateTime, unit: str, dates: DateWords) -> str:
    """`moment` written at `unit` with the patterns of `dates`."""
    if unit == "century":
        century = moment.year // 100 + 1
        return str(dates["century"]).format(century=century, ordinal=_ordinal(century))
    if unit == "decade":
        return str(dates["decade"]).format(decade=moment.year - moment.year % 10)
    if unit == "year":
        return str(dates["year"]).format(year=moment.year)
    if unit == "quarter":
        return str(dates["quarter"]).format(quarter=(moment.month - 1) // 3 + 1, year=moment.year)
    if unit in ("month", "week", "day", "date"):
        return _date(moment, dates, unit)
    clock = moment.format("HH:mm:ss" if unit == "second" else "HH:mm")
    return _date(moment, dates, "time", clock=clock)


def _date(moment: pendulum.DateTime, dates: DateWords, pattern: str, clock: str = "") -> str:
    if pattern == "week":
        return str(dates["week"]).format(date=_date(moment, dates, "date"))
    return str(dates[pattern]).format(
        weekday=dates["weekdays"][moment.weekday()],
        day=moment.day,
        month=_month(moment, dates),
        year=moment.year,
        clock=clock,
    )


def _month(moment: pendulum.DateTime, dates: DateWords) -> str:
    return dates["months"][moment.month - 1]


def _ordinal(number: int) -> str:
    """An English ordinal ("19th", "21st"), for a pattern that asks for {ordinal}."""
    suffix = "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"
