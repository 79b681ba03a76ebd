"""Durations: the TIMEX3 value of N units, and moving a moment by a possibly fractional number of units."""

from __future__ import annotations

from timeline.engine.calendar import UNITS, Moment, shift

Part = tuple[str, float]
"""A unit code and a count of it: the second, smaller part of a duration told in two ("ساعتين وخمس دقائق")."""

_DESIGNATORS = (("Y", "Y"), ("M", "M"), ("D", "D"), ("TH", "H"), ("TM", "M"), ("TS", "S"))
"""ISO 8601 duration designators in the order a value lists them (the time ones after a T)."""


def duration_value(unit: str, count: float | None, more: Part | None = None, mid: Part | None = None) -> str:
    """The TIMEX3 duration value of `count` units (None: vague, e.g. PXD), and of a smaller part `more` told
    after them ("three years and six months" P3Y6M, "two hours and five minutes" PT2H5M; with a `mid` part
    between them "seven years, seven months and seven days" P7Y7M7D; weeks beside days count in days, as ISO
    8601 writes no W among other designators: "a week and three days" P10D). A
    fraction past one unit stays a decimal in the unit written, as ISO 8601 allows in the last unit and the
    gold of others writes it: "five and a half years" is P5.5Y, "one and a half hours" PT1.5H; less than one
    unit counts in the next smaller unit ("half an hour" is PT30M)."""
    if more is not None and count is not None:
        return _compound(((unit, count), more) if mid is None else ((unit, count), mid, more))
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


def _amount(n: float) -> str:
    return f"{n:.2f}".rstrip("0").rstrip(".")


def _compound(parts: tuple[Part, ...]) -> str:
    """One duration value of several parts, each in its designator (a decade in years, weeks in days)."""
    amounts: dict[str, float] = {}
    for unit, count in parts:
        code, factor = UNITS[unit].value
        if code == "W":
            code, factor = "D", 7 * factor
        amounts[code] = amounts.get(code, 0.0) + count * factor
    told = [(code, letter) for code, letter in _DESIGNATORS if code in amounts]
    date = "".join(f"{_amount(amounts[code])}{letter}" for code, letter in told if not code.startswith("T"))
    time = "".join(f"{_amount(amounts[code])}{letter}" for code, letter in told if code.startswith("T"))
    return f"P{date}{'T' if time else ''}{time}"


def in_whole(unit: str, count: float) -> Part:
    """`count` units of `unit`, in months when it has a fraction that names them ("a year and a half" is 18
    months): what "ago" moves by, at the grain of a month ("قبل عام ونصف", as "a year and a half ago"); a
    fraction of a month or week stays in its unit, as "a month and a half ago" is a month."""
    smaller = UNITS[unit].smaller
    if count == int(count) or smaller is None or smaller[0] != "M":
        return unit, count
    return smaller[0], count * smaller[1]


def counted_in(unit: str, count: float, small: str) -> float:
    """`count` units of `unit` counted in the smaller unit `small` (two hours are 120 minutes, a year 12
    months, a month 30 days)."""
    while unit != small:
        smaller = UNITS[unit].smaller
        if smaller is None:
            raise ValueError(f"{small!r} is no unit finer than {unit!r}")
        unit, count = smaller[0], count * smaller[1]
    return count


def in_smaller(unit: str, count: float, more: Part) -> Part:
    """`count` units of `unit` and the smaller part `more` told after them as one count of the smaller unit
    ("two years and four months" are 28 months): what "ago" moves by, as a story's shift does before any
    date."""
    return more[0], counted_in(unit, count, more[0]) + more[1]
