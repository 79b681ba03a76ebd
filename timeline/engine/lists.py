"""Days of one list or range ("Sunday and Monday", "from Monday to Wednesday", يومي الأحد والاثنين): the
second says where the first lies, and the first where the second does; so do two clocks of one range ("from 8
p.m. to 7 a.m.", "between 1 p.m. and 6 p.m. today")."""

from __future__ import annotations

import datetime
import re
from typing import NamedTuple

from timeline.engine.calendar import DAY, Moment, Span, midnight, shift, span_at, weekday_of
from timeline.engine.language import Language
from timeline.engine.normalize import fold
from timeline.engine.operators.clock import TimeOn
from timeline.engine.operators.repeating import MonthOfYear, Weekday
from timeline.engine.resolve import Context, Operator, Resolved, Unresolvable, resolution
from timeline.model import Timex
from timeline.moments import cached_pendulum, plain

_WEEK = 7 * DAY
_PART_FROM = {
    "MI": datetime.timedelta(hours=12),
    "AF": datetime.timedelta(hours=13),
    "EV": datetime.timedelta(hours=18),
    "NI": datetime.timedelta(hours=21),
}
"""Where a part of the day without its hour begins, for the end of a range of clocks ("from 9 a.m. until
noon")."""


class ListedDay(NamedTuple):
    """The last expression found that names one day, a clock on one, or one month (a range's start: "from
    October to March"): where it ends in the folded text, its day (or month), its operator, and its place in
    the output."""

    end: int
    day: Span
    op: Operator
    place: int


def joined(previous: ListedDay | None, start: int, folded: str, lang: Language) -> ListedDay | None:
    """The day a sequence or range joins the expression at `start` to ("Sunday and Monday", "from Monday
    to Wednesday", يومي الأحد والاثنين، من الأحد إلى الثلاثاء; the language's `sequence`), else None."""
    if previous is None or lang.sequence.fullmatch(folded, previous.end, start) is None:
        return None
    return previous


_COMMA = re.compile(r"\s*[,،]\s*")
"""Only a comma between two expressions (Latin or Arabic)."""


def restated_clock(previous: ListedDay, start: int, folded: str) -> bool:
    """Whether the clock at `start` follows the clock `previous` after only a comma: the same moment told in
    another zone ("at 4:44 p.m. local time, 10:44 this morning here"), not the end of a range of two clocks,
    which a word or dash joins ("between 1 p.m. and 6 p.m. today", "from 10 p.m. to 2 a.m. Sunday")."""
    return _COMMA.fullmatch(folded, previous.end, start) is not None


_TOLD_REACH = 4
"""How many expressions back a weekday told again in its sentence looks for the day it named first."""


def weekday_again(
    out: list[Timex], op: Operator, sentence: int, at: Moment, lang: Language
) -> Resolved | None:
    """News: a bare weekday (or a part or clock of one) that names again the weekday of a day within the
    week behind the publication day `at` told earlier in its sentence by that weekday's name, at most
    _TOLD_REACH expressions back: that same day, whichever way its clause reads ("the coach said on Wednesday
    that the team would review the tape on Wednesday night", printed on Thursday: the Wednesday told, not the
    next); else None. Not after a day ahead, which a later weekday of a plan need not restate, nor after a
    date further back ("on July 12 ... on Sunday"), nor after a date that only falls on that weekday
    ("Navratri began on September 25 and ends on Thursday": the coming Thursday)."""
    day_op = op.day if isinstance(op, TimeOn) else op
    if not isinstance(day_op, Weekday):
        return None
    names = lang.vocab.get("weekday", {})
    for timex in out[: -_TOLD_REACH - 1 : -1]:
        if timex.char_start < sentence:
            return None
        if timex.type != "DATE" or timex.grain != "day" or timex.start is None:
            continue
        if not any(names.get(word) == day_op.weekday for word in fold(timex.text).split()):
            continue
        day = span_at("day", plain(timex.start))
        if weekday_of(day.start) != day_op.weekday or not midnight(at) - _WEEK <= day.start < midnight(at):
            continue
        if isinstance(op, TimeOn):
            return op.time.on(day, op.mod)
        return resolution(op, Context(day.start, "past", None))
    return None


def restated_weekday(
    previous: ListedDay | None, op: Operator, start: int, folded: str, lang: Language
) -> Resolved | None:
    """A weekday set beside the day before it as a restatement of it ("on Jan. 17, 1993, a Sunday, the
    fire broke out"; the language's `apposed_weekday`): that day, when it falls on that weekday; else None
    (a weekday that does not match is read as it would be alone)."""
    if (
        not isinstance(op, Weekday)
        or previous is None
        or previous.day.grain == "month"
        or weekday_of(previous.day.start) != op.weekday
        or lang.apposed_weekday.fullmatch(folded, previous.end, start) is None
    ):
        return None
    return resolution(op, Context(previous.day.start, "past", None))


def on_from(resolved: Resolved, weekday: Weekday | TimeOn, first: Span) -> Resolved:
    """The bare weekday (or a part or clock of one) that ends a sequence or range begun on the day `first`,
    in a clause that does not tell the past: the first such day after it ("will meet Sunday and Monday",
    published on a Monday, is not today; "runs from Monday to Wednesday" on a Wednesday not today). A
    reading already in the week after `first` stays as it is."""
    found = resolved.calendar
    if found is not None and first.end <= found.start < first.start + _WEEK:
        return resolved
    return resolution(weekday, Context(first.start, "future", None))


def before_first(resolved: Resolved, first: Span) -> bool:
    """Whether `resolved`, the end of a range without its year, lies before the day `first` it runs from, or
    a year or more after it: "from late March to mid-May", told ahead of a July publication, is that
    spring's May, not the next one."""
    found = resolved.calendar
    return found is not None and (found.start < first.start or found.start >= shift(first.start, "Y", 1))


def ongoing(resolved: Resolved, first: ListedDay, at: Moment, way: str = "") -> bool:
    """Whether `resolved`, the end of a range read ahead, closes with its start `first` a range within one
    month that holds the publication day `at`: "The championship runs from 12 to 18 April", written on 14
    April, is this April's (its start read back from its end), not the next April's that the start read
    ahead would give; told in the present (`way` "upcoming"), one shorter than a year too ("the summer
    schedule, which runs from March 29 to October 24", written in May), where its start lies nearer behind
    than the start read ahead does (not "the fiscal year runs from 1 July to 30 June" written on 30 May, the
    next one; nor "will run from September 1 to May 31"). Not a range opened by a clock, which its day's
    part closes ("ستعمل القطارات من السادسة صباحاً حتى منتصف الليل": that day's morning)."""
    found = resolved.calendar
    if found is None or found.grain != "day" or first.day.grain != "day":
        return False
    if not midnight(at) <= found.start < first.day.start:
        return False
    try:
        start = resolution(first.op, Context(found.start - DAY, "past", None)).calendar
    except Unresolvable:
        return False
    if start is None or start.start > at:
        return False
    if span_at("month", start.start) == span_at("month", found.start):
        return True
    nearer = at - start.start < first.day.start - at
    return way == "upcoming" and nearer and shift(start.start, "Y", 1) > found.start


def back_from(first: Timex, op: Operator, second: Span) -> Timex | None:
    """The first day `first` (its operator `op`) of a sequence or range read back from its second day, the
    one that says where the two lie: in a clause told in the past, whose end is the latest such day
    ("protests went on from Tuesday evening to Thursday", published on a Tuesday: last week's Tuesday), or
    before a shift written once for both (يومي الأحد والاثنين المقبلين). The latest such day before
    `second`; None when that is no other day."""
    try:
        found = resolution(op, Context(second.start - DAY, "past", None))
    except Unresolvable:
        return None
    if found.calendar is None or found.calendar.start >= second.start or found.value == first.value:
        return None
    return _reread(first, found)


def _reread(first: Timex, found: Resolved) -> Timex:
    """`first` with the value, the interval (where `found` has one) and the alternatives of `found`."""
    if found.start is None or found.end is None:
        return first._replace(value=found.value, alternatives=found.alternatives)
    return first._replace(
        value=found.value,
        start=cached_pendulum(found.start),
        end=cached_pendulum(found.end),
        alternatives=found.alternatives,
    )


def clock_after(resolved: Resolved, op: TimeOn, first: Span) -> Resolved:
    """The clock without its day that ends a range begun at the clock `first`, read before it on the same
    day: the later half of that day for an hour of either half ("11:30-1:30": 13:30), else the next day's ("a
    curfew from 8 p.m. to 7 a.m.": the morning after)."""
    found = resolved.calendar
    if found is None or not first.start - DAY < found.start <= first.start:
        return resolved
    part = _PART_FROM.get(op.time.part or "") if op.time.hour is None else None
    if part is not None and found.start + part > first.start:
        return resolved  # a part of that day still to come: "from 9 a.m. until noon" (the same day's noon)
    day = span_at("day", found.start)
    if op.time.either_half():
        later = op.time.later_half(day, op.mod)
        if later.calendar is not None and later.calendar.start > first.start:
            return later
    return op.time.on(span_at("day", found.start + DAY), op.mod)


def half_before(first: Timex, op: TimeOn, second: Span) -> Timex | None:
    """The clock of either half of the day `first` (its operator `op`: no am/pm) that opens a range whose
    second clock, at `second`, says its half: the later of its two readings on its day that is not after the
    second ("from 5 to 8 p.m.": 17:00; "from 9:30 to 11 p.m.": 21:30; "from 11 to 2 p.m." stays 11:00). None
    when that is where it already lies, or when neither reading comes before the second."""
    start = plain(first.start)
    if start is None:
        return None
    day = span_at("day", start)
    readings = [op.time.later_half(day, op.mod), op.time.on(day, op.mod)]
    found = next((r for r in readings if r.calendar is not None and r.calendar.start <= second.start), None)
    if found is None or found.value == first.value:
        return None
    return _reread(first, found)


def clock_on(first: Timex, op: TimeOn, second: Span) -> Timex | None:
    """The clock without its day `first` (its operator `op`) that opens a range or pair whose second clock
    names its day ("between 1 p.m. and 6 p.m. today"): on that day, or on the day before where it would lie
    after the second ("from 10 p.m. to 2 a.m. Sunday"). None when that is where it already lies."""
    found = op.time.on(span_at("day", second.start), op.mod)
    if found.calendar is not None and found.calendar.start > second.start:
        found = op.time.on(span_at("day", second.start - DAY), op.mod)
    if found.value == first.value or found.start is None or found.end is None:
        return None
    return _reread(first, found)


def month_on(resolved: Resolved, op: MonthOfYear, first: Timex) -> Resolved:
    """A month without its year told ahead, listed after the month `first` in its sentence ("will hold
    parliamentary elections in April and a presidential vote in December", written in December): not before
    that month, but the first such month after it."""
    found, since = resolved.calendar, plain(first.start)
    if found is None or since is None or found.start >= since:
        return resolved
    return resolution(op, Context(since, "future", None))
