"""Years before the common era ("490 BC"), which the calendar's date types cannot hold (they start at year 1).

A year BC is computed on a stand-in year `OFFSET` years after it on the astronomical count (1 BC is year
0, 2 BC is -1), and every operator ("the following year", "the winter", "two days later") works on it
unchanged. OFFSET makes a decade counted the BC way (the 490s BC are 499-490 BC) a decade of stand-in
years, so "the following decade" after 490 BC is the 480s BC; it is a multiple of 4, so leap years fall
alike but in century years (no text dates a February 29 BC), and weekdays BC, which nobody writes, are
not kept. Only the value is written back, in the TIMEX2 form that TIMEX3 taggers kept for history
(`BC0490`, decades `BC049`, centuries `BC04`); a stand-in has no interval, as none can be written.
The tagger uses stand-ins only after a text has named a year BC, so no other text is touched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from timeline.engine.resolve import Context, Operator, Resolved

OFFSET = 9608
"""The stand-in of the astronomical year a is a + OFFSET: 490 BC (-489) is 9119, the last of the stand-in
decade 9110-9119 (499-490 BC); 1 BC (0) is 9608."""

FLOOR = OFFSET - 4000
"""Stand-in years start here (4001 BC); a text that has named a year BC reaches no real year this high."""

PREFIX = "BC"
"""How a value before the common era begins."""

_YEAR = re.compile(r"(\d{4})(?=-|T|$)")


def stand_in(bc_year: int) -> int:
    """The stand-in year of `bc_year` BC."""
    return OFFSET + 1 - bc_year


def written(value: str) -> str:
    """`value` with a stand-in year, decade or century written as the year BC (or AD, past year 0) it is;
    any other value (a real year, a duration, a reference) as it is."""
    year = _YEAR.match(value)
    if year is not None:
        n = int(year.group(1))
        return value if n < FLOOR else _year(n - OFFSET) + value[4:]
    if value.isdigit() and len(value) in (2, 3) and int(value) * 10 ** (4 - len(value)) >= FLOOR:
        # A decade (3 digits) or century (2): the one its middle year falls in, counted the BC way.
        width = len(value)
        size = 10 ** (4 - width)
        middle = int(value) * size + size // 2 - OFFSET
        number = middle // size if middle >= 1 else (1 - middle) // size
        return f"{'' if middle >= 1 else PREFIX}{number:0{width}d}"
    return value


def astronomical(year: int) -> int:
    """The astronomical year of a calendar year, a stand-in or a real one: years of the two can be compared
    ("the 1930s" in a story of 701 BC lies far ahead of it, not behind its stand-in)."""
    return year - OFFSET if year >= FLOOR else year


def _year(astronomical: int) -> str:
    return f"{astronomical:04d}" if astronomical >= 1 else f"{PREFIX}{1 - astronomical:04d}"


@dataclass(frozen=True, slots=True)
class BeforeEra:
    """An expression whose year the words count before the common era ("April 480 BC"): resolved on its
    stand-in year, and written back."""

    op: Operator

    def resolve(self, ctx: Context) -> Resolved:
        return written_back(self.op.resolve(ctx))


def written_back(resolved: Resolved) -> Resolved:
    """A resolution on a stand-in year with its value written back and no interval (none can be
    written); the calendar unit stays the stand-in's, for a narrative to count on."""
    value = written(resolved.value)
    if value == resolved.value:
        return resolved
    return Resolved(resolved.type, value, resolved.mod, calendar=resolved.calendar)
