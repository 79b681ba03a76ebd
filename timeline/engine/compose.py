"""Composition: adjacent expressions that name one time together become one expression.

A day and its clock time ("4/25 at 4:00pm", "tomorrow 8am", "2 a.m. Wednesday", "13:00 on February 28"),
a day and its part ("Tuesday in the morning"), a weekday in apposition to its date ("Thursday, Feb. 14",
"الخميس الموافق 14 فبراير") and a yearly day before its year ("Christmas last year", عيد الفطر من العام
الماضي) are one TIMEX3 (CONVENTIONS: appositions make one expression). Two mentions
join when nothing but white space, a comma or one of the language's `joiner` words lies between them,
their kinds fit (a time of day with a day or weekday, a weekday with a date, a feast with a year) and
they do not both say the same thing (two weekdays, two parts of the day); the joined expression is the
intersection of their operators: the clock put on the day, the date checked against the weekday, the
feast found in the year.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from functools import cache
from typing import NamedTuple

from timeline.engine.build import Expression
from timeline.engine.language import Language
from timeline.engine.operators.clock import TimeOfDay, TimeOn
from timeline.engine.operators.feasts import EasterDay, NthWeekdayOf
from timeline.engine.operators.hijri import HijriDay
from timeline.engine.operators.intersect import Modified, NthIn, OnWeekday, WeekOf
from timeline.engine.operators.orders import EitherOrder
from timeline.engine.operators.positions import AnchorYear, DateIn, DayInYear, MonthAt
from timeline.engine.operators.repeating import DayOfMonth, Weekday, YearlessDay
from timeline.engine.operators.shifts import (
    DeicticDay,
    MonthDayShift,
    MonthShift,
    NarrativeDay,
    NarrativeUnit,
    ThisUnit,
    WeekdayOfWeek,
    WeekdayShift,
)
from timeline.engine.resolve import Interval, Operator
from timeline.engine.segment import commas, word_before

Apart = Callable[[int, int], bool]
"""Whether two offsets of the normalized text (the end of one mention, the start of the next) lie in
different sentences."""

_GAP_LIMIT = 24
"""Longest text between two mentions that may still join (a joiner word and its spaces)."""


@cache
def _edges() -> re.Pattern[str]:
    """White space and the commas of every language (`segment_<code>.toml`) at the ends of a gap."""
    marks = re.escape(commas())
    return re.compile(rf"^[\s{marks}]+|[\s{marks}]+$")


@cache
def _comma() -> re.Pattern[str]:
    """A comma of any language (`segment_<code>.toml`)."""
    return re.compile(f"[{re.escape(commas())}]")


_SPACES = re.compile(r"\s+")


class Composed(NamedTuple):
    """A mention with its expression: its extent in the normalized text and the rule (joined rules are
    named "ruleA+ruleB")."""

    start: int
    end: int
    rule: str
    expression: Expression


def _kind(op: Operator) -> str | None:
    """What an expression names: a time of day alone ("clock", "part": no day written), a weekday
    ("weekday"), a deictic day without its weekday ("today": اليوم، أمس), a day ("day"), or something that
    composes with nothing (None). A day of a story ("the next day") is a day: "at dawn the next day". A time
    of day on a day names that day: "4 a.m. on Sunday" joins the date
    written after it ("4 a.m. on Sunday, 25 June"), as "Monday evening" does; so does a weekday before a day
    of a month counted from now (ظهر الأربعاء في 7 أيار المقبل)."""
    match op:
        case TimeOn(day=NarrativeDay(), time=TimeOfDay(hour=None)):
            return "part"
        case TimeOn(day=NarrativeDay()):
            return "clock"
        case TimeOn(day=inner) | WeekOf(day=inner) | Modified(unit=inner) | EitherOrder(read=inner):
            return _kind(inner)
        case Weekday() | WeekdayShift() | WeekdayOfWeek() | DeicticDay(weekday=int()):
            return "weekday"
        case DeicticDay():
            return "today"
        case DateIn() | YearlessDay() | DayOfMonth() | OnWeekday() | NthIn() | NarrativeUnit(unit="D"):
            return "day"
        case HijriDay() | NthWeekdayOf() | MonthDayShift():
            return "day"
        case ThisUnit(unit="Y"):
            return "year"
        case EasterDay():
            return "feast"
    return None


def _says(op: Operator) -> frozenset[str]:
    """What of a day an expression says beyond the day itself: its weekday, part of the day, clock time,
    a deictic day, a shift (this/last/next). Two expressions that say the same do not join."""
    match op:
        case TimeOn(day=inner, time=time):
            return _says(inner) | _time(time)
        case WeekOf(day=inner) | Modified(unit=inner) | EitherOrder(read=inner):
            return _says(inner)
        case OnWeekday(day=inner):
            return _says(inner) | {"weekday"}
        case NthIn(box=inner, weekday=weekday):
            return _says(inner) | _weekday(weekday)
        case DateIn(month=inner):
            return _says(inner)
        case Weekday():
            return frozenset({"weekday"})
        case WeekdayShift() | WeekdayOfWeek():
            return frozenset({"weekday", "shift"})
        case DeicticDay(weekday=weekday):
            return frozenset({"deictic"}) | _weekday(weekday)
        case YearlessDay(weekday=weekday) | DayOfMonth(weekday=weekday):
            return _weekday(weekday)
        case MonthShift() | MonthAt(year=AnchorYear()) | MonthDayShift():
            return frozenset({"shift"})
        case ThisUnit(n=n) if n != 0:
            return frozenset({"shift"})
    return frozenset()


def _weekday(weekday: int | None) -> frozenset[str]:
    return frozenset() if weekday is None else frozenset({"weekday"})


def _time(time: TimeOfDay) -> frozenset[str]:
    """A clock time says "clock", a part of the day "part"; "8 in the evening" says both."""
    clock = frozenset() if time.hour is None else frozenset({"clock"})
    return clock | (frozenset() if time.part is None else frozenset({"part"}))


def _joins(first: str, second: str) -> bool:
    """Whether two kinds of mention, in this order, make one expression: a time of day with a day, a weekday
    with its date, a deictic day before its date ("اليوم 3 صفر 1440هـ", as "today, March 3"), and a day
    before the year it falls in ("Christmas last year")."""
    pair = {first, second}
    if "feast" in pair:
        # a feast counted from Easter before its year ("Easter last year"); one beside its date stays two
        # expressions, as the probes annotate it ("on Whit Sunday, 23 May 1790")
        return (first, second) == ("feast", "year")
    if "clock" in (first, second) or "part" in (first, second):
        return first != second and {first, second} != {"clock", "part"}
    return pair in ({"weekday", "day"}, {"weekday", "today"}) or (first, second) in (
        ("today", "day"),
        ("day", "year"),
    )


def _dated(day: Interval, weekday: int, shift: int | None) -> Interval:
    """`day` with the weekday written beside it: checked against it, or (the nth of a month) counting it.
    A last/next said with the weekday (`shift`) says which occurrence of a yearless date it is ("last
    Tuesday, March 3"): its direction only, as "the Tuesday after next" counts weeks, not years."""
    match day:
        case WeekOf(day=inner):
            return WeekOf(_dated(inner, weekday, shift))
        case Modified(unit=inner, mod=mod):
            return Modified(_dated(inner, weekday, shift), mod)
        case EitherOrder(read=read, other=other):
            # Each reading checked against the weekday on its own.
            return dataclasses.replace(
                day, read=_dated(read, weekday, shift), other=_dated(other, weekday, shift)
            )
        case YearlessDay(month=month, day=dom, ordinal=ordinal) if shift is not None:
            direction = (shift > 0) - (shift < 0)
            return _dated(DateIn(MonthShift(month, direction), dom, ordinal), weekday, None)
        case YearlessDay() | DayOfMonth() | NthIn():
            return dataclasses.replace(day, weekday=weekday)
        case DateIn(day=dom, ordinal=ordinal):
            return OnWeekday(day, weekday, dom if ordinal and dom <= 5 else None)
        case HijriDay(year=None):
            return dataclasses.replace(day, weekday=weekday)
    return day


def _part(day: Interval, part: TimeOn) -> TimeOn:
    """The part of the day `part` on `day`; "late" said of the day is said of its part."""
    if isinstance(day, Modified):
        return TimeOn(day.unit, part.time, part.mod if part.mod is not None else day.mod)
    return TimeOn(day, part.time, part.mod)


def _on(time: Operator, day: Operator) -> Operator:
    """The time of day `time` (on no day written) on the expression `day`: a clock time put on a part of
    a day ("Tuesday evening") takes the part, which says which half of the day the hour is in."""
    assert isinstance(time, TimeOn)
    if time.time.hour is None and isinstance(day, TimeOn):
        # A part of the day after a clock on its day ("Sunday at 8:00 early morning") says its half.
        return TimeOn(day.day, dataclasses.replace(day.time, part=time.time.part), day.mod)
    if time.time.hour is None:
        assert isinstance(day, Interval)
        return _part(day, time)
    if isinstance(day, TimeOn):
        return TimeOn(day.day, dataclasses.replace(time.time, part=day.time.part), time.mod)
    assert isinstance(day, Interval)
    return TimeOn(day, time.time, time.mod)


def _apposition(weekday: Operator, day: Operator) -> Operator:
    """The weekday expression `weekday` written beside the day expression `day` (one of them may hold a
    part of the day: "Monday evening, March 4")."""
    match weekday, day:
        case TimeOn(day=inner), Interval():
            return _part(_narrow(inner, day), weekday)
        case _, TimeOn(day=inner) if isinstance(weekday, Interval):
            return _part(_narrow(weekday, inner), day)
        case Interval(), Interval():
            return _narrow(weekday, day)
    raise TypeError(f"no apposition of {weekday!r} and {day!r}")


def _narrow(weekday: Interval, day: Interval) -> Interval:
    """The day `day` narrowed by the weekday unit `weekday` ("today, Friday" keeps its deictic day, but
    yields to a Hijri date written after it; a deictic day without its weekday yields to any date written
    after it: "tomorrow, 13/04/21" is the date)."""
    match weekday:
        case Modified(unit=inner, mod=mod):
            return Modified(_narrow(inner, day), mod)
        case WeekOf(day=inner):
            return WeekOf(_narrow(inner, day))
        case WeekdayShift(weekday=n, n=shift):
            return _dated(day, n, shift)
        case Weekday(weekday=n) | WeekdayOfWeek(weekday=n):
            return _dated(day, n, None)
        case DeicticDay(weekday=told):
            return day if isinstance(day, HijriDay) or told is None else weekday
    raise TypeError(f"not a weekday: {weekday!r}")


def _intersection(a: Expression, b: Expression) -> Expression | None:
    """The expression `a` and `b` make together, or None when they do not join."""
    first, second = _kind(a.op), _kind(b.op)
    if first is None or second is None or not _joins(first, second) or _says(a.op) & _says(b.op):
        return None
    if "clock" in (first, second) or "part" in (first, second):
        time, day = (a, b) if first in ("clock", "part") else (b, a)
        op = _on(time.op, day.op)
    elif second == "year":
        if not isinstance(a.op, YearlessDay | HijriDay | NthIn | NthWeekdayOf | EasterDay) or not isinstance(
            b.op, Interval
        ):
            return None
        op = DayInYear(a.op, b.op)  # "Christmas last year", عيد الفطر من العام الماضي
    else:
        # A deictic day is the day beside a weekday ("أمس، الخميس"), the weekday's place before a date.
        weekday, day = (a, b) if first == "weekday" or (first, second) == ("today", "day") else (b, a)
        op = _apposition(weekday.op, day.op)
    return Expression(op, a.names or b.names, a.pinned or b.pinned)


_CLOCK_ONLY = "clock"
"""The meaning of a `joiner` word that joins only a time of day to its day ("Saturday for 9am"), not a
weekday to a date: "closed on Monday for New Year's Day" is two days."""


_OF_DAY = "ofday"
"""The meaning of a `joiner` word that joins a time of day to the day after it (العاشرة من صباح الأحد) and a
feast to its year (عيد الفطر من العام الماضي), but not a day to a clock set off after it by a comma, whose
range it opens: تبدأ اليوم، من الرابعة عصراً حتى التاسعة مساء is a day and a range of two clocks (without the
comma, الخميس من الساعة التاسعة stays one time, the range's start on its day)."""


_BARE_ONLY = "bare"
"""The meaning of a `joiner` word that joins a bare weekday to its date (الخميس الموافق 24 نوفمبر), not a day
already fixed by a shift or a deictic word (الأحد المقبل الموافق 22 جمادى الآخرة، غداً الخميس الموافق 1
رمضان): the date after it restates that day, two expressions as a Hijri date and its Gregorian one are."""


def _joined(a: Composed, b: Composed, text: str, lang: Language, apart: Apart) -> Composed | None:
    gap = text[a.end : b.start]
    if len(gap) > _GAP_LIMIT:
        return None
    words = _SPACES.sub(" ", _edges().sub("", gap))
    joiner = lang.vocab.get("joiner", {})
    if words and words not in joiner:
        return None
    if (
        words
        and joiner[words] == _CLOCK_ONLY
        and not {"clock", "part"} & {_kind(a.expression.op), _kind(b.expression.op)}
    ):
        return None
    if (
        words
        and joiner[words] == _OF_DAY
        and _comma().search(gap) is not None
        and _kind(b.expression.op) in ("clock", "part")
        and _kind(a.expression.op) not in ("clock", "part")
    ):
        return None
    if (
        words
        and joiner[words] == _BARE_ONLY
        and {"shift", "deictic"} & (_says(a.expression.op) | _says(b.expression.op))
    ):
        return None
    if _kind(a.expression.op) == "today" and _restating(text, a.start, joiner):
        return None
    if (
        not gap.strip()
        and _kind(a.expression.op) == "day"
        and _kind(b.expression.op) == "weekday"
        and "shift" in _says(b.expression.op)
    ):
        # "ended Aug. 31 last Wednesday": a weekday counted from now right after a date is another day; set
        # off by a comma it restates the date ("on Sept. 9, last Tuesday"); a year after a feast is its year
        # ("Christmas last year")
        return None
    if apart(a.end, b.start):  # asked last: it reads the sentences
        return None
    both = _intersection(a.expression, b.expression)
    return None if both is None else Composed(a.start, b.end, f"{a.rule}+{b.rule}", both)


def _restating(text: str, start: int, joiner: dict[str, int | str]) -> bool:
    """Whether the word right before offset `start` is a verb that restates a day (ويوافق اليوم 28 صفر: today
    falls on 28 Safar): the deictic day after it is its subject and the date its object, two expressions. With
    its weekday the deictic day stays an apposition of the date (ويوافق اليوم الجمعة 16 جمادى الآخرة)."""
    word = word_before(text, start, _GAP_LIMIT)
    return word is not None and joiner.get(word.removeprefix("و")) == _BARE_ONLY


_BRACKETED = re.compile(r"^\s*\(\s*$")
"""The gap between a clock time and the same time in another zone written in brackets after it."""


def _on_day_after(clocks: list[Composed], day: Composed, text: str, lang: Language) -> list[Composed] | None:
    """A clock time and its other zone in brackets, then their day ("at 2:46 p.m. (0546 GMT) on Friday"):
    each clock put on that day, the three kept apart (nothing joins across the bracket); None when the
    mentions are not so written."""
    first, second = clocks
    if _kind(first.expression.op) != "clock" or _kind(second.expression.op) != "clock":
        return None
    if not _BRACKETED.match(text[first.end : second.start]):
        return None
    gap = text[second.end : day.start].strip()
    if not gap.startswith(")"):
        return None
    word = _SPACES.sub(" ", _edges().sub("", gap[1:]))
    if word and word not in lang.vocab.get("joiner", {}):
        return None
    if _kind(day.expression.op) not in ("day", "weekday", "today"):
        return None
    placed = []
    for clock in clocks:
        both = _intersection(clock.expression, day.expression)
        if both is None:
            return None
        placed.append(clock._replace(expression=both))
    return placed


def _together(end: int, start: int) -> bool:
    return False


def compose(mentions: list[Composed], text: str, lang: Language, apart: Apart = _together) -> list[Composed]:
    """`mentions` (in text order) with adjacent parts of one time joined into one expression; not two that
    `apart` says lie in different sentences ("at 5 p.m. The next day": a clock's abbreviation ends it)."""
    out: list[Composed] = []
    for mention in mentions:
        if out:
            joined = _joined(out[-1], mention, text, lang, apart)
            if joined is not None:
                out[-1] = joined
                continue
        if len(out) >= 2:
            placed = _on_day_after(out[-2:], mention, text, lang)
            if placed is not None:
                out[-2:] = placed
        out.append(mention)
    return out
