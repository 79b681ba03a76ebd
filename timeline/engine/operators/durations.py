"""Durations: the TIMEX3 value of N units, and moving a moment by a possibly fractional number of units."""

from __future__ import annotations

from timeline.engine.calendar import UNITS, Moment, shift


def duration_value(unit: str, count: float | None) -> str:
    """The TIMEX3 duration value of `count` units (None: vague, e.g. PXD). A fraction past one unit stays a
    decimal in the unit written, as ISO 8601 allows in the last unit and the gold of others writes it:
    "five and a half years" is P5.5Y, "one and a half hours" PT1.5H; less than one unit counts in the next
    smaller unit ("half an hour" is PT30M)."""
    smaller = UNITS[unit].smaller
    if count is not None and count < 1 and count != int(count) and smaller is not None:
        small, factor = smaller
        return duration_value(small, count * factor)
    code, factor = UNITS[unit].value
    amount = "X" if count is None else f"{count * factor:.2f}".rstrip("0").rstrip(".")
    time, letter = code[:-1], code[-1]
    return f"P{time}{amount}{letter}"


def whole_shift(moment: Moment, unit: str, count: float) -> Moment:
    """`moment` moved by `count` units: the whole units, then a fraction in the next smaller unit ("four
    and a half months" back from 7 August is 7 April less 15 days, 23 March)."""
    whole = int(count)
    if count == whole:
        return shift(moment, unit, whole)
    smaller = UNITS[unit].smaller
    if smaller is None:
        raise ValueError(f"no unit smaller than {unit!r}")
    small, factor = smaller
    return shift(shift(moment, unit, whole), small, round((count - whole) * factor))
