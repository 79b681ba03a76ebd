"""The slots a grammar rule can fill, and what kind of value each needs.

A slot is a language-free name for one part of an expression's meaning ("day", "rel_year", "count"); a
language file says which vocabulary class (or the digits matched) fills it, and `timeline.engine.meaning`
turns the filled slots into a Meaning. This table is the contract between the two: the loader rejects a
rule that fills a slot not listed here, or a class whose values do not fit the slot (see
`timeline.engine.schema`).
"""

from __future__ import annotations

from enum import Enum


class Kind(Enum):
    """What a slot needs from the class that fills it."""

    INT = "an integer"
    COUNT = "a number or X (an unstated number)"
    CODE = "a code"
    FLAG = "nothing: being filled is the meaning"


SLOTS: dict[str, Kind] = {
    # Calendar positions, stored as written in the Meaning field of the same name.
    "year": Kind.INT,
    "bc_year": Kind.INT,
    "yy": Kind.INT,
    # A year said in parts that add up ("nineteen" 1900, "ninety" 90, "eight" 8); under 100, its last two
    # figures ("back in ninety-six").
    "year_part": Kind.INT,
    "yy_after": Kind.INT,
    "month": Kind.INT,
    "day": Kind.INT,
    # The two numbers of a numeric date ("05/03/2024") in the order written, each a day or a month: which
    # is the day is the language's `dayfirst` or the caller's (see `timeline.engine.meaning`).
    "dm_first": Kind.INT,
    "dm_second": Kind.INT,
    "weekday": Kind.INT,
    "hijri_month": Kind.INT,
    "hijri_year": Kind.INT,
    # A year of the Solar Hijri calendar, Iran's ("1304 SH"): the Gregorian year with most of its days.
    "solar_year": Kind.INT,
    "decade": Kind.INT,
    "decade_digit": Kind.INT,
    "century": Kind.INT,
    "millennium": Kind.INT,
    "ordinal": Kind.INT,
    "quarter": Kind.INT,
    "semester": Kind.INT,
    "nth": Kind.INT,
    # Shifts: this/last/next (-1, 0, 1), of the expression, its year, its week or its century.
    "rel": Kind.INT,
    "rel_year": Kind.INT,
    "rel_week": Kind.INT,
    "century_rel": Kind.INT,
    "narr": Kind.INT,
    "narr_year": Kind.INT,
    "early_year": Kind.INT,
    "story_year": Kind.INT,
    "narrdir": Kind.INT,
    "same_year": Kind.INT,
    "ago": Kind.INT,
    "span": Kind.INT,
    "deictic": Kind.INT,
    "easter": Kind.INT,
    "feast_after": Kind.INT,
    # Clock times, stored in the Meaning's time of day (a part of the day too).
    "hour": Kind.COUNT,
    "minute": Kind.COUNT,
    "second": Kind.INT,
    "minute_offset": Kind.COUNT,
    "offset_sign": Kind.INT,
    "clock": Kind.INT,
    "ampm": Kind.CODE,
    # Amounts of time.
    "count": Kind.COUNT,
    # A number word that multiplies the count said before it ("three hundred": 3 × 100; the rest of the
    # number adds after it: "two hundred and fifty").
    "count_times": Kind.INT,
    "count_after": Kind.COUNT,
    "unit": Kind.CODE,
    # A second, smaller unit and its count told after the first ("ساعتين وخمس دقائق", "three years and six
    # months"): one duration of both.
    "count_more": Kind.COUNT,
    "unit_more": Kind.CODE,
    # A middle unit between the first and the smallest ("seven years, seven months and seven days").
    "count_mid": Kind.COUNT,
    "unit_mid": Kind.CODE,
    "lone_unit": Kind.CODE,
    "pmod_unit": Kind.CODE,
    # Named periods, modifiers and references.
    "part": Kind.CODE,
    "tonight": Kind.CODE,
    "pmod": Kind.CODE,
    "approx": Kind.CODE,
    "season": Kind.CODE,
    "inner": Kind.CODE,
    "container": Kind.CODE,
    "closes": Kind.CODE,
    "compares": Kind.CODE,
    "set_value": Kind.CODE,
    "ref": Kind.CODE,
    # Flags.
    "half": Kind.FLAG,
    "whole": Kind.FLAG,
    "turn": Kind.FLAG,
    "fiscal": Kind.FLAG,
    "new_year": Kind.FLAG,
    "weekend": Kind.FLAG,
    "every": Kind.FLAG,
    "week_of": Kind.FLAG,
    "weekend_of": Kind.FLAG,
    "feast": Kind.FLAG,
    "since": Kind.FLAG,
    "story_day": Kind.FLAG,
    "overnight": Kind.CODE,
    "story_date": Kind.FLAG,
    "within": Kind.FLAG,
    # "N units on": counted up to the writer's now, which it does not pass.
    "up_to_now": Kind.FLAG,
    "shift_from": Kind.FLAG,
    "fromend": Kind.FLAG,
    "bc": Kind.FLAG,
}
"""Every slot the interpreter knows. Digits (a `(?P<slot>...)` group) may fill INT and COUNT slots only."""

UNCAPTURED = "_"
"""The slot of a class matched for its form only (a time zone, a month restated in brackets)."""

SPANS = ("extent", "start", "end")
"""Groups that mark where things are rather than what they mean: the expression, and the two ends of a
range the recognizer splits in two (`split = true`)."""

ENGINE_CLASSES = frozenset({"joiner"})
"""Vocabulary classes the engine reads itself rather than through a rule (see `timeline.engine.compose`)."""
