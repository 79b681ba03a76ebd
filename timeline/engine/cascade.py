"""Resolution: (meaning, anchor, direction, last date mentioned) -> TIMEX3 value and interval.

One pure function, `resolve_meaning`. The direction is decided by the caller from the policy and the
sentence's tense: "past", "future", "upcoming" (a scheduled event told in the present tense: forwards,
the publication day or month itself included) or "news" (no tense cue: past, but see NEWS_HORIZON_DAYS).
It only matters for expressions that name a weekday, month or day without saying which one ("Monday",
"June", "June 24", "the weekend").
"""

from __future__ import annotations

import dataclasses
import datetime
from functools import lru_cache

from hijridate import Gregorian, Hijri

from timeline.engine.calendar import (
    UNIT_GRAIN,
    Moment,
    Span,
    day,
    finer,
    midnight,
    moment,
    month,
    shift,
    span_at,
    year,
)
from timeline.engine.meaning import Meaning
from timeline.engine.resolve import NEWS_HORIZON_DAYS, Resolved, Unresolvable
from timeline.model import Reading

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


def _whole_shift(moment: Moment, unit: str, count: float) -> Moment:
    if count == int(count):
        return shift(moment, unit, int(count) if count >= 0 else -int(-count))
    small, factor = _SMALLER[unit]
    return shift(moment, small, round(count * factor))


def _weekday(anchor: Moment, weekday: int, direction: str, strict: bool) -> Moment:
    today = midnight(anchor)
    diff = weekday - today.isoweekday()
    if not _ahead(direction):
        back = -diff % 7 or (7 if strict else 0)
        return shift(today, "D", -back)
    ahead = diff % 7 or 7 if strict else diff % 7
    return shift(today, "D", ahead)


def _month_of(anchor: Moment, month_: int, direction: str, strict: bool) -> Span:
    y = anchor.year
    if not _ahead(direction):
        y -= month_ > anchor.month or (strict and month_ == anchor.month)
    else:
        y += month_ < anchor.month or (month_ == anchor.month and direction == "future")
    return month(y, month_)


def _hijri_day(hijri_year: int, m: Meaning) -> Span:
    try:
        g = Hijri(hijri_year, m.hijri_month or 1, m.day or 1).to_gregorian()
    except (ValueError, OverflowError) as err:
        raise Unresolvable(str(err)) from err
    found = day(g.year, g.month, g.day)
    if found is None:
        raise Unresolvable("no such day")
    return found


def _hijri_without_year(m: Meaning, anchor: Moment, direction: str) -> Span:
    """A Hijri day without its year (العاشر من رمضان): the latest on or before the anchor, or read forwards
    the first after it (and in news when that is much nearer, as for Gregorian days)."""
    try:
        this_year = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
    except (ValueError, OverflowError) as err:
        raise Unresolvable(str(err)) from err
    today = midnight(anchor)
    days = [_hijri_day(y, m) for y in (this_year - 1, this_year, this_year + 1)]
    behind = next(d for d in reversed(days) if d.start <= today)
    ahead = next(d for d in days if d.start > today)
    if _ahead(direction) or (direction == "news" and _nearer_ahead(anchor, behind, ahead)):
        return ahead
    return behind


def _month_day(anchor: Moment, month_: int, dom: int, direction: str) -> Span | None:
    today = midnight(anchor)
    past = not _ahead(direction)
    for y in (anchor.year, anchor.year - 1) if past else (anchor.year, anchor.year + 1):
        found = day(y, month_, dom)
        if found is None:
            continue
        if found.start <= today if past else found.start >= today:
            return found
    return None


def _other(direction: str) -> str:
    return "past" if _ahead(direction) else "future"


def _ahead(direction: str) -> bool:
    """Whether `direction` reads forwards."""
    return direction in ("future", "upcoming")


def _nearer_ahead(anchor: Moment, behind: Span, ahead: Span) -> bool:
    """News default for a day or month without a year: read forwards when that is much nearer."""
    back, forward = NEWS_HORIZON_DAYS
    return (anchor - behind.start).days > back and (ahead.start - anchor).days <= forward


def _reading(span: Span | None, why: str) -> tuple[Reading, ...]:
    return () if span is None else (Reading(span.value, moment(span.start), moment(span.end), why),)


def _on_weekday(weekday: int, candidates: tuple[Span | None, ...]) -> Span | None:
    """The first candidate day that falls on `weekday` ("Sunday, Feb 10" picks the year where it does)."""
    return next((c for c in candidates if c is not None and c.start.isoweekday() == weekday), None)


def _box(m: Meaning, anchor: Moment, direction: str) -> Span:
    """The month or year that an nth weekday, day or week counts within."""
    if m.month is not None:
        if m.year is not None:
            return month(m.year, m.month)
        if m.rel_year is not None:
            return month(anchor.year + m.rel_year, m.month)
        found = _month_of(anchor, m.month, direction, False)
        other = _month_of(anchor, m.month, _other(direction), False)
        return other if direction == "news" and _nearer_ahead(anchor, found, other) else found
    if m.container == "M":
        return span_at("month", shift(anchor, "M", m.rel or 0))
    if m.year is not None:
        return year(m.year)
    if m.container == "Y":
        return span_at("year", shift(anchor, "Y", m.rel or 0))
    raise Unresolvable("nothing to count within")


def _nth_in(m: Meaning, box: Span) -> Span:
    """The nth weekday, day or week (from the end when negative) of `box`.

    Weeks of a year are ISO weeks; weeks of a month are the full Monday-to-Sunday weeks inside it. A day
    number with a weekday is that day when the weekday agrees (الثلاثاء التاسع عشر من هذا الشهر)."""
    n = m.nth if m.nth is not None else m.day if m.day is not None else m.ordinal
    if not n:
        raise Unresolvable("no count")
    one = datetime.timedelta(days=1)
    if m.weekday is not None:
        dated = box.start + one * (n - 1)
        if m.nth is None and (n > 5 or dated.isoweekday() == m.weekday):
            picked = dated
        else:
            first = box.start + one * ((m.weekday - box.start.isoweekday()) % 7)
            last = box.end - one * (1 + (box.end.isoweekday() - 1 - m.weekday) % 7)
            picked = first + one * 7 * (n - 1) if n > 0 else last + one * 7 * (n + 1)
        grain = "day"
    elif m.inner == "W":
        if box.grain == "year":
            first = span_at("week", Moment(box.start.year, 1, 4)).start
            last = span_at("week", Moment(box.start.year, 12, 28)).start
        else:
            first = box.start + one * ((1 - box.start.isoweekday()) % 7)
            last = box.end - one * (box.end.isoweekday() - 1 + 7)
        picked = first + one * 7 * (n - 1) if n > 0 else last + one * 7 * (n + 1)
        if not first <= picked <= last:
            raise Unresolvable("no such week")
        return span_at("week", picked)
    else:
        picked = box.start + one * (n - 1) if n > 0 else box.end + one * n
        grain = "day"
    if not box.start <= picked < box.end:
        raise Unresolvable("no such day")
    return span_at(grain, picked)


def _weekday_day(m: Meaning, found: Span, other: Span | None) -> Span:
    """A dated day with a weekday: the reading on that weekday; else, for an ordinal up to the fifth
    (الثلاثاء الثالث من سبتمبر), the nth such weekday of the month; else the date as written."""
    assert m.weekday is not None
    checked = _on_weekday(m.weekday, (found, other))
    if checked is not None:
        return checked
    if m.day is None and m.ordinal is not None and m.ordinal <= 5:
        return _nth_in(dataclasses.replace(m, nth=m.ordinal), month(found.start.year, found.start.month))
    return found


def _day_alone(m: Meaning, anchor: Moment, direction: str) -> Span:
    """A day of the month without its month ("on the 15th", "Thu 15th"): the nearest month in the
    direction where that day exists (and falls on the weekday, when one is named)."""
    assert m.day is not None
    step = 1 if _ahead(direction) else -1
    here = month(anchor.year, anchor.month)
    today = midnight(anchor)
    for k in range(0, 14 * step, step):
        host = span_at("month", shift(here.start, "M", k))
        found = day(host.start.year, host.start.month, m.day)
        if found is None or (found.start <= today if step > 0 else found.start > today):
            continue
        if m.weekday is None or found.start.isoweekday() == m.weekday:
            return found
    raise Unresolvable("no such day")


def _quarter_of(anchor: Moment, quarter: int, direction: str) -> tuple[Span, tuple[Reading, ...]]:
    """A quarter without its year: this year's, unless it has not begun (read backwards: last year's,
    as in "a loss for the fourth quarter" in February) or, read forwards, ended more than a quarter
    ago (next year's; a quarter just ended is still to be reported on)."""
    this = span_at("quarter", Moment(anchor.year, 3 * quarter - 2, 1))
    before = span_at("quarter", shift(this.start, "Y", -1))
    after = span_at("quarter", shift(this.start, "Y", 1))
    if _ahead(direction):
        if (anchor - this.end).days > NEWS_HORIZON_DAYS[1]:
            return after, _reading(this, "past reading")
        return this, ()
    if this.start <= anchor:
        return this, ()
    if direction == "news" and _nearer_ahead(anchor, before, this):
        return this, _reading(before, "past reading")
    return before, _reading(this, "future reading")


def _decade(m: Meaning, anchor: Moment) -> Span:
    if m.decade is not None:
        return span_at("decade", Moment(m.decade * 10, 1, 1))
    digit = m.decade_digit or 0
    if m.century_rel is not None:
        century = anchor.year // 100 + m.century_rel
    elif m.ordinal is not None:
        century = m.ordinal - 1
    else:
        century = (
            anchor.year // 100
            if (anchor.year // 100) * 100 + digit * 10 <= anchor.year
            else anchor.year // 100 - 1
        )
    return span_at("decade", Moment(century * 100 + digit * 10, 1, 1))


def _calendar(
    m: Meaning, anchor: Moment, direction: str, last: Span | None
) -> tuple[Span, tuple[Reading, ...]]:
    """The calendar unit a DATE/TIME expression names, with other readings where it is ambiguous."""
    base = last or span_at("day", anchor)
    if m.narr_year is not None:
        m = dataclasses.replace(m, year=base.start.year + m.narr_year, narr_year=None)
    if m.same_year is not None:
        return span_at(base.grain, shift(base.start, "Y", m.same_year)), ()
    if m.narr is not None and m.unit is None:
        m = dataclasses.replace(m, unit="D")
    if m.hijri_month is not None and m.day is not None:
        if m.hijri_year is None:
            return _hijri_without_year(m, anchor, direction), ()
        return _hijri_day(m.hijri_year, m), ()
    if m.deictic is not None:
        return span_at("day", shift(anchor, "D", m.deictic)), ()
    if m.month is not None and not 1 <= m.month <= 12:
        raise Unresolvable("no such month")
    if m.nth is not None or m.container is not None:
        return _nth_in(m, _box(m, anchor, direction)), ()
    if m.day is not None and m.month is None and m.year is None:
        return _day_alone(m, anchor, direction), ()
    dom = m.day if m.day is not None else (m.ordinal if m.month is not None else None)
    if m.month is not None and dom is not None:
        if m.year is not None:
            found = day(m.year, m.month, dom)
        elif m.rel_year is not None:
            found = day(anchor.year + m.rel_year, m.month, dom)
        elif m.rel is not None:
            host = (
                month(anchor.year, m.month)
                if m.rel == 0
                else _month_of(anchor, m.month, "past" if m.rel < 0 else "future", True)
            )
            found = day(host.start.year, m.month, dom)
        else:
            found = _month_day(anchor, m.month, dom, direction if _ahead(direction) else "past")
            other = _month_day(anchor, m.month, dom, _other(direction))
            if direction == "news" and found and other and _nearer_ahead(anchor, found, other):
                found, other = other, found
            if found is not None and m.weekday is not None:
                found = _weekday_day(m, found, other)
            if found is not None:
                return found, _reading(other, "the other direction's reading")
        if found is None:
            raise Unresolvable("no such day")
        if m.weekday is not None:
            found = _weekday_day(m, found, None)
        return found, ()
    if m.month is not None:
        if m.year is not None:
            return month(m.year, m.month), ()
        if m.rel_year is not None:
            return month(anchor.year + m.rel_year, m.month), ()
        if m.rel is not None:
            if m.rel == 0:
                return month(anchor.year, m.month), ()
            found = _month_of(anchor, m.month, "past" if m.rel < 0 else "future", True)
            return span_at("month", shift(found.start, "Y", m.rel - (1 if m.rel > 0 else -1))), ()
        found = _month_of(anchor, m.month, direction, False)
        other = _month_of(anchor, m.month, _other(direction), False)
        if direction == "news" and _nearer_ahead(anchor, found, other):
            found, other = other, found
        return found, _reading(other if other != found else None, "the other direction's reading")
    if m.weekday is not None:
        if m.ago is not None and m.count is not None:
            back = "past" if m.ago < 0 else "future"
            nearest = _weekday(anchor, m.weekday, back, True)
            return span_at("day", shift(nearest, "W", m.ago * (int(m.count) - 1))), ()
        if m.rel_week is not None:
            week = span_at("week", shift(anchor, "W", m.rel_week))
            return span_at("day", shift(week.start, "D", m.weekday - 1)), ()
        if m.rel is not None and m.rel != 0:
            d = _weekday(anchor, m.weekday, "past" if m.rel < 0 else "future", True)
            if abs(m.rel) > 1:
                d = shift(d, "W", m.rel - (1 if m.rel > 0 else -1))
            found = span_at("day", d)
            week = span_at("week", shift(anchor, "W", m.rel))
            other = span_at("day", shift(week.start, "D", m.weekday - 1))
            alternatives = (
                () if other == found else _reading(other, "the named day of the previous/next week")
            )
            return found, alternatives
        d = _weekday(anchor, m.weekday, direction, direction == "future")
        other = _weekday(anchor, m.weekday, _other(direction), direction != "future")
        return span_at("day", d), _reading(span_at("day", other), f"{_other(direction)} reading")
    if m.year is not None and m.quarter is None and not m.fiscal and m.season is None:
        return year(m.year), ()
    if m.quarter is not None:
        if m.year is not None or m.rel_year is not None:
            y = m.year if m.year is not None else anchor.year + (m.rel_year or 0)
            return span_at("quarter", Moment(y, 3 * m.quarter - 2, 1)), ()
        return _quarter_of(anchor, m.quarter, direction)
    if m.decade is not None or m.decade_digit is not None:
        return _decade(m, anchor), ()
    if m.unit == "CE" and m.rel is not None:
        return span_at("century", shift(anchor, "Y", 100 * m.rel)), ()
    if m.ordinal is not None and m.month is None:
        return span_at("century", Moment(max((m.ordinal - 1) * 100, 1), 1, 1)), ()
    if m.century is not None:
        return span_at("century", Moment(max(m.century * 100, 1), 1, 1)), ()
    if m.unit is not None and m.narr is not None:
        grain = UNIT_GRAIN[m.unit]
        if m.narr == 0:
            return (
                base if last is not None and not finer(base.grain, grain) else span_at(grain, base.start)
            ), ()
        return span_at(grain, shift(base.start, m.unit, m.narr)), ()
    if m.unit is not None and m.rel is not None and m.count is None:
        return span_at(UNIT_GRAIN[m.unit], shift(anchor, m.unit, m.rel)), ()
    if m.unit is not None and m.pmod is not None and m.count is None:
        return span_at(UNIT_GRAIN[m.unit], anchor), ()
    if m.part is not None and m.rel is not None:
        return span_at("day", shift(anchor, "D", m.rel)), ()
    if m.hour is not None or m.part is not None:
        return (base if last is not None and not finer("day", base.grain) else span_at("day", anchor)), ()
    raise Unresolvable("no calendar unit")


def _weekend(m: Meaning, anchor: Moment, direction: str) -> str:
    today = midnight(anchor)
    if m.rel is not None:
        saturday = shift(span_at("week", shift(today, "W", m.rel)).start, "D", 5)
    elif not _ahead(direction):
        saturday = shift(today, "D", -((today.isoweekday() - 6) % 7))
        if today.isoweekday() == 7:
            saturday = shift(today, "D", -1)
    else:
        saturday = shift(today, "D", (6 - today.isoweekday()) % 7)
    return f"{span_at('week', saturday).value}-WE"


def _clock(m: Meaning, on: Span) -> Span:
    hour = m.hour or 0
    if m.part in ("AF", "EV") or (m.part == "NI" and hour >= 6):
        hour += 12 if hour < 12 else 0
    elif m.ampm == "pm" and hour < 12:
        hour += 12
    elif m.ampm == "am" and hour == 12:
        hour = 0
    if hour > 23 or (m.minute or 0) > 59:
        raise Unresolvable("no such time of day")
    moment = on.start.replace(hour=hour, minute=m.minute or 0, second=m.second or 0)
    if m.minute_offset:
        moment += datetime.timedelta(minutes=m.minute_offset)
    return span_at("minute" if m.second is None else "second", moment)


def needs_direction(m: Meaning) -> bool:
    """Whether the reading of `m` depends on the direction (tense): a weekday, month, yearless day or
    weekend named without last/next/this."""
    if m.rel is not None or m.year is not None or m.deictic is not None or m.rel_week is not None:
        return False
    return m.weekday is not None or m.month is not None or m.weekend or m.quarter is not None


@lru_cache(maxsize=16384)
def resolve_meaning(m: Meaning, anchor: Moment, direction: str, last: Span | None) -> Resolved:
    """Resolve `m` against `anchor` (deictic and tense readings) and `last` (narrative readings)."""
    if m.yy is not None and m.year is None:
        m = dataclasses.replace(m, year=2000 + m.yy if 2000 + m.yy <= anchor.year + 10 else 1900 + m.yy)
    if m.unit is not None and m.plural and m.rel is not None and m.count is None:
        m = dataclasses.replace(m, span=m.rel, rel=None, vague=True)
    if m.ref is not None:
        return Resolved("DATE", m.ref)
    if m.every or m.set_value is not None:
        if m.set_value is not None:
            return Resolved("SET", m.set_value)
        if m.weekday is not None:
            return Resolved("SET", f"XXXX-WXX-{m.weekday}")
        if m.season is not None:
            return Resolved("SET", f"XXXX-{m.season}")
        if m.unit is not None:
            return Resolved("SET", duration_value(m.unit, None if m.vague else m.count or 1))
        raise Unresolvable("a set of nothing")
    if m.fiscal and m.year is not None:
        return Resolved("DATE", f"FY{m.year}")
    if m.season is not None:
        y = m.year if m.year is not None else anchor.year + (m.rel or 0)
        return Resolved("DATE", f"{y:04d}-{m.season}", m.pmod)
    if m.weekend and m.nth is not None:
        saturday = _nth_in(dataclasses.replace(m, weekday=6), _box(m, anchor, direction))
        return Resolved("DATE", f"{span_at('week', saturday.start).value}-WE")
    if m.weekend:
        return Resolved("DATE", _weekend(m, anchor, direction))
    if m.nth is not None and m.unit is not None and m.count is not None:
        return _edge_units(m, anchor, direction)
    if (
        m.unit is not None
        and m.rel is None
        and m.narr is None
        and (
            m.count is not None
            or m.vague
            or m.plural
            or m.whole
            or m.approx
            or m.span is not None
            or m.ago is not None
            or m.narrdir is not None
            or m.since
        )
    ):
        return _period(m, anchor, last)
    cal, alternatives = _calendar(m, anchor, direction, last)
    if m.week_of:
        cal, alternatives = span_at("week", cal.start), ()
    if m.hour is not None:
        clock = _clock(m, cal)
        return Resolved("TIME", clock.value, m.approx, clock.start, clock.end, clock.grain, (), clock)
    if m.part is not None:
        on = span_at("day", cal.start)
        return Resolved("TIME", f"{on.value}T{m.part}", m.pmod, calendar=on)
    return Resolved("DATE", cal.value, m.pmod, cal.start, cal.end, cal.grain, alternatives, cal)


def _edge_units(m: Meaning, anchor: Moment, direction: str) -> Resolved:
    """A DURATION with its explicit span ("the first nine months of 2019"): from the start of the month
    or year it counts within, or up to its end ("the last two weeks of March")."""
    assert m.unit is not None and m.count is not None and m.nth is not None
    if abs(m.nth) != 1:
        raise Unresolvable("only the first or last units of a period")
    box = _box(m, anchor, direction)
    if m.nth > 0:
        start, end = box.start, _whole_shift(box.start, m.unit, m.count)
    else:
        start, end = _whole_shift(box.end, m.unit, -m.count), box.end
    if start < box.start or end > box.end:
        raise Unresolvable("more units than the period holds")
    return Resolved("DURATION", duration_value(m.unit, m.count), None, start, end, "day")


def _period(m: Meaning, anchor: Moment, last: Span | None) -> Resolved:
    """Expressions built on a number of units: durations, "N units ago", "N units later"."""
    assert m.unit is not None
    count = None if m.vague or (m.count is None and m.plural) else (m.count if m.count is not None else 1.0)
    grain = UNIT_GRAIN[m.unit]
    if m.ago is not None:
        if count is None:
            return Resolved("DATE", "PAST_REF" if m.ago < 0 else "FUTURE_REF")
        moved = _whole_shift(anchor, m.unit, m.ago * count)
        target = span_at(grain if not finer(grain, "day") else "day", moved)
        mod = "BEFORE" if m.approx == "MORE_THAN" else "APPROX" if m.approx == "APPROX" else None
        return Resolved("DATE", target.value, mod, target.start, target.end, target.grain, (), target)
    if m.narrdir is not None and count is not None:
        base = last or span_at("day", anchor)
        target = span_at(base.grain, _whole_shift(base.start, m.unit, m.narrdir * count))
        return Resolved("DATE", target.value, None, target.start, target.end, target.grain, (), target)
    if m.count is None and m.plural and m.span is None and not m.vague and not m.since:
        raise Unresolvable("a bare plural unit")
    value = duration_value(m.unit, count)
    direction = m.span if m.span is not None else (-1 if m.since else None)
    if direction is None or count is None or m.approx in ("MORE_THAN", "LESS_THAN", "APPROX"):
        return Resolved("DURATION", value, m.approx)
    sub_day = finer(UNIT_GRAIN[m.unit], "day")
    now = anchor if sub_day else midnight(anchor)
    edge = _whole_shift(now, m.unit, direction * count)
    start, end = (edge, now) if direction < 0 else (now, edge)
    return Resolved("DURATION", value, m.approx, start, end, UNIT_GRAIN[m.unit] if sub_day else "day")
