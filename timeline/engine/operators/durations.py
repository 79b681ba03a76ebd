"""Durations: the TIMEX3 value of N units, and moving a moment by a possibly fractional number of units."""

from __future__ import annotations

from timeline.engine.calendar import Moment, shift

_TIMEX_UNIT = {"S": "S", "MIN": "M", "H": "H"}
_CLOCKLESS = {
    "D": ("D", 1),
    "W": ("W", 1),
    "M": ("M", 1),
    "Q": ("M", 3),
    "Y": ("Y", 1),
    "DE": ("Y", 10),
    "CE": ("Y", 100),
}
_SMALLER = {
    "Y": ("M", 12),
    "D": ("H", 24),
    "W": ("D", 7),
    "H": ("MIN", 60),
    "DE": ("Y", 10),
    "CE": ("Y", 100),
    "Q": ("M", 3),
    "M": ("D", 30),
    "MIN": ("S", 60),
}
"""The next smaller unit and how many of it make one: "2.5 years" is written and counted as 30 months."""


def duration_value(unit: str, count: float | None) -> str:
    """The TIMEX3 duration value of `count` units (None: vague, e.g. PXD)."""
    if count is not None and count != int(count) and unit in _SMALLER:
        small, factor = _SMALLER[unit]
        return duration_value(small, count * factor)
    amount = "X" if count is None else str(int(count))
    if unit in _TIMEX_UNIT:
        return f"PT{amount}{_TIMEX_UNIT[unit]}"
    code, factor = _CLOCKLESS[unit]
    if count is not None:
        amount = str(int(count) * factor)
    return f"P{amount}{code}"


def whole_shift(moment: Moment, unit: str, count: float) -> Moment:
    """`moment` moved by `count` units; a fraction moves by the next smaller unit ("1.5 years": 18 months)."""
    if count == int(count):
        return shift(moment, unit, int(count) if count >= 0 else -int(-count))
    small, factor = _SMALLER[unit]
    return shift(moment, small, round(count * factor))
