"""Durations: the TIMEX3 value of N units, and moving a moment by a possibly fractional number of units."""

from __future__ import annotations

from timeline.engine.calendar import UNITS, Moment, shift


def duration_value(unit: str, count: float | None) -> str:
    """The TIMEX3 duration value of `count` units (None: vague, e.g. PXD)."""
    smaller = UNITS[unit].smaller
    if count is not None and count != int(count) and smaller is not None:
        small, factor = smaller
        return duration_value(small, count * factor)
    code, factor = UNITS[unit].value
    amount = "X" if count is None else str(int(count) * factor)
    time, letter = code[:-1], code[-1]
    return f"P{time}{amount}{letter}"


def whole_shift(moment: Moment, unit: str, count: float) -> Moment:
    """`moment` moved by `count` units; a fraction moves by the next smaller unit ("1.5 years": 18 months)."""
    if count == int(count):
        return shift(moment, unit, int(count) if count >= 0 else -int(-count))
    smaller = UNITS[unit].smaller
    if smaller is None:
        raise ValueError(f"no unit smaller than {unit!r}")
    small, factor = smaller
    return shift(moment, small, round(count * factor))
