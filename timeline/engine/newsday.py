"""How news reads a date against the day it is told on: comparisons and counts from the date in focus,
deferrals, clocks on the news day, days without a year read near, market weeks and reporting periods."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import TypeGuard

from timeline.engine.calendar import DAY, Moment, Span, finer, half_year, midnight, shift, span_at
from timeline.engine.compose import Composed
from timeline.engine.language import Language
from timeline.engine.normalize import fold
from timeline.engine.operators.clock import TimeOn
from timeline.engine.operators.hijri import HijriDay, HijriMonth
from timeline.engine.operators.intersect import Modified
from timeline.engine.operators.periods import closed_period
from timeline.engine.operators.repeating import MonthOfYear, Weekday, YearlessDay, YearlessQuarter
from timeline.engine.operators.shifts import (
    REPORTED,
    SUMMING_LAG,
    Ago,
    Later,
    NarrativeDay,
    NarrativeUnit,
    ThisUnit,
)
from timeline.engine.resolve import (
    NEWS_HORIZON_DAYS,
    STORY_DAY_REACH,
    Context,
    Operator,
    Resolved,
    Unresolvable,
    resolution,
)
from timeline.engine.resolve import ahead as read_ahead
from timeline.engine.segment import sentence_at
from timeline.engine.tense import Reading
from timeline.model import Timex
from timeline.moments import plain


def deferred(out: list[Timex], text: str, start: int, at: Moment, op: Operator) -> str:
    """The direction of a deferral told in the past: forwards from the deferring, which is the publication's
    time unless an expression before it in its sentence dated it back ("first heard in January and
    adjourned until April 8": the April 8 behind the publication, as "was postponed until Friday" is the
    Friday ahead) — and then only where the reading behind the publication is not behind the deferring too
    ("on Wednesday gave the firm until Monday to respond", told on a Thursday: the Monday ahead). `start`
    is the deferred expression's offset in `text`."""
    if out and out[-1].char_start >= sentence_at(text, start).start:
        before = plain(out[-1].end)
        if before is not None and before <= at:
            try:
                back = resolution(op, Context(at, "past", None)).calendar
            except Unresolvable:
                return "past"
            if back is None or back.start >= before:
                return "past"
    return "future"


def counted_back(found: Span | None, last: Span | None, unfocused: Context, op: Operator) -> bool:
    """News: whether a date lies behind the date in focus and was counted back from it ("the previous
    month" after July), which it reads otherwise in the `unfocused` context: as in a narrative, the text
    goes on about the date it was on, so that "down 25% from the previous month ... against 3.5 billion in
    the previous month" are both June. With no date in focus the publication's own period is: a month,
    quarter or year counted back from it ("up 12% from the previous year and 20% from the prior year") is
    a comparison too, where days and weeks go on as a story ("the previous day ... the day before"). A
    reported period in focus ("in the quarter") is no count back, though it lies behind a coarser date told
    after it."""
    if found is None or (isinstance(op, NarrativeUnit) and op.n == 0 and op.unit in REPORTED):
        return False
    if last is None:
        return isinstance(op, NarrativeUnit) and op.n < 0 and finer("week", found.grain)
    if found.end > last.start:
        return False
    try:
        return resolution(op, unfocused).calendar != found
    except Unresolvable:
        return True


def day_counted_back(op: Operator, resolved: Resolved) -> Span | None:
    """News: the day a shift counted back from the date in focus names ("the day before", "a day
    earlier"), which the story does not move to (see `Later`), or None. A clock later in its sentence is
    that day's: "the funeral is Saturday; visitation is the day before, from 5 p.m. to 7 p.m."."""
    if not isinstance(op, Later) or op.amount >= 0 or resolved.grain != "day" or resolved.start is None:
        return None
    return span_at("day", resolved.start)


def told_after(op: Operator, last: Span | None, at: datetime.datetime, told: Span | None) -> Later | None:
    """The reading from the date in focus of `op`, a count of units from now ("after a week": بعد أسبوع),
    which a news clause told in the past reads from that date instead ("the delegation arrived on 18
    Ramadan and left after a week": 25 Ramadan, at its grain), as "a week later" does; None unless such a
    date (a day to a year, before the publication) came first."""
    if (
        told is None
        and isinstance(op, Ago)
        and op.amount > 0
        and op.mod is None
        and last is not None
        and last.start < at
        and not finer(last.grain, "day")
        and not finer("year", last.grain)
    ):
        return Later(op.unit, op.amount)
    return None


def in_past(since: int, mention: Composed, tense: Reading) -> bool:
    """Whether `mention` follows the date in focus, written at offset `since` of `text` earlier in its
    sentence, in a clause told in the past or with no cue of tense (وصل الوفد في 18 رمضان وغادر بعد أسبوع: a
    verb in the perfect its form does not show). A date in a sentence before is another story's."""
    if since < sentence_at(tense.text, tense.norm.original(mention.start)).start:
        return False
    return tense.direction(mention.start, mention.end) in ("past", "news")


_LATE = re.compile(r"T(?:(?P<part>AF|EV|NI)|(?P<hour>1[2-9]|2[0-4]))")
"""A TIME in the afternoon, evening or night, by its part of the day or its hour."""


_EVENING = 18
"""The hour from which a clock is of the night (before it, of the afternoon)."""


_EVENING_STARTS = 5
"""After a night, an hour of either half from five on is the evening's ("tonight ... at five o'clock"); one
before it is of the small hours ("late last night ... at one o'clock")."""


_AFTERNOON_ENDS = 7
"""After "this afternoon", an hour of either half before seven is the afternoon's ("this afternoon ... at
about three o'clock"); one from seven on may be the morning's ("brighter this afternoon. It's eleven minutes
past eight", a morning programme's clock)."""


_TWENTY_FOUR = re.compile(r"0\d|\d{4}")
"""A clock written on the 24-hour dial ("0546 GMT", "05:46"): no half of the day to choose."""


_DATED = frozenset({"DATE", "TIME"})
"""The types of an expression that names a date or time (not a length or a set)."""


def dated_before(out: list[Timex]) -> Timex:
    """The last expression found that names a date or time, past the present and the past of "right now",
    "recently" ("We begin tonight. NATO planes are striking right now. The first blasts came at eight
    o'clock": the evening's), past lengths and sets ("He won last night, carrying states lost for
    decades. The race was called at eleven o'clock": the night's) and past periods longer than a month, which
    tell no hour ("Sterling fell overnight, its lowest since 1985. Trading opened at 08:00": the morning
    after the night)."""
    return next(
        (
            timex
            for timex in reversed(out)
            if timex.type in _DATED
            and not timex.value.endswith("_REF")
            and not (timex.grain is not None and finer("month", timex.grain))
        ),
        out[-1],
    )


def either_half(op: TimeOn, written: str) -> bool:
    """Whether the clock `op`, `written` so, may be of either half of the day: no am/pm, not on the 24-hour
    dial."""
    return op.time.either_half() and not _TWENTY_FOUR.match(written)


def late_in_day(op: TimeOn, resolved: Resolved, previous: Timex, written: str) -> Resolved:
    """A clock of either half of the day (no am/pm: "at eight o'clock", "about ten o'clock Pacific time")
    right after a TIME of the afternoon, evening or night of the same day ("tonight", "late last night",
    "at 11:30 p.m.") is in the afternoon or evening, as broadcast news tells the hours of one evening (after
    an evening or night, an hour before five is of the small hours after it, the next day's: "late last
    night ... at one o'clock"; after "this afternoon", one from seven on keeps its morning reading, but after
    an afternoon's clock it is that evening's: "gates open at 5:30 p.m. and the first pitch is at 7:05")."""
    if not either_half(op, written) or previous.type != "TIME":
        return resolved
    if resolved.start is None:
        return resolved
    day = span_at("day", resolved.start)
    late = _LATE.match(previous.value, len(day.value))
    if late is None or not previous.value.startswith(day.value):
        return resolved
    hour = op.time.hour or 0
    night = late.group("part") in ("EV", "NI") or int(late.group("hour") or 0) >= _EVENING
    if night and hour < _EVENING_STARTS:
        return op.time.on(span_at("day", day.start + DAY), op.mod)
    if not night and hour >= _AFTERNOON_ENDS and late.group("hour") is None:
        return resolved
    return op.time.later_half(day, op.mod)


_NOON_HOUR = 12
"""The hour of noon and midday, which a clock before it on the same day is earlier than."""
_MIDNIGHT = 24
"""Midnight's hour (see operators.clock): the end of the day it is written with."""


def after_clock(
    op: TimeOn,
    resolved: Resolved,
    previous: Timex,
    at: datetime.datetime,
    direction: Callable[[], str],
    written: str,
) -> Resolved:
    """A clock without its day, not of either half (see `late_in_day`: "at 12:30", "at 08:00", "at 9 a.m.",
    "before noon"), told in the past or with no cue of tense on the day of the clock right before it and
    earlier than that one ("Polls closed at 22:00 on Thursday. Cameron was driven to the palace at 12:30"):
    the next day's, up to the publication's, as a story told in the past goes on in time (a schedule told
    ahead need not: "kick-off is at 9 p.m., and the gates open at 6 p.m."); not a clock of the night, which
    a story that told a later one first goes back to ("spoke at 11:30 p.m. ... had conceded at 10:20 p.m."),
    nor one from noon on after an afternoon's (both of the day the story tells).
    `direction` reads the clause's tense, asked last."""
    found = resolved.calendar
    if (
        found is None
        or previous.type != "TIME"
        or previous.start is None
        or previous.grain != "minute"
        or either_half(op, written)
        or (op.time.hour is None and op.time.part != _NOON)
    ):
        return resolved
    day = span_at("day", found.start)
    before = plain(previous.start)
    point = found.start if op.time.hour is not None else day.start + datetime.timedelta(hours=_NOON_HOUR)
    if before is None or not day.start <= before < day.end or point >= before or point.hour >= _EVENING:
        return resolved
    if before.hour < _EVENING and op.time.hour is not None and op.time.hour >= _NOON_HOUR:
        # an afternoon's clock, then one of the same afternoon or noon told after it, goes back within
        # the day's story ("lasted until 3 p.m. ... traffic stopped at 12:55", the moment of the blast)
        return resolved
    if op.time.hour == _MIDNIGHT and not op.time.offset and found.start == day.start:
        # the midnight that began the day, read so in the past, after a later clock of that day is the one
        # that ends it ("kept the polls open until 10 p.m. ... declared victory shortly before midnight")
        return op.time.on(day, op.mod)
    if day.end > midnight(at) or read_ahead(direction()):
        return resolved
    return op.time.on(span_at("day", day.end), op.mod)


def greeted_late(op: TimeOn, resolved: Resolved, direction: str, written: str) -> Resolved:
    """A clock of either half (see `late_in_day`) in a text an afternoon or evening programme opens with its
    greeting ("Good evening. ... It's eight o'clock in Washington", "Good afternoon. It is one o'clock";
    `Language.late_greeting`), told ahead or as now, not in the past (`direction`): in the afternoon or
    evening of its day, the hours the programme is on ("we'll be back tomorrow at six-thirty"); a clock told
    in the past may be the morning's ("polls opened at seven o'clock")."""
    if direction == "past" or not either_half(op, written) or resolved.start is None:
        return resolved
    return op.time.later_half(span_at("day", resolved.start), op.mod)


_SMALL_HOURS_END = 6
"""The hour below which a clock of either half written in words may be the afternoon's (see `working_hour`):
"at six o'clock" may be either."""


_SMALL_HOUR = re.compile(r"T0[0-5]:")
"""A TIME on a clock of the small hours ("two a.m.", "two forty in the morning")."""


def working_hour(
    op: TimeOn, resolved: Resolved, previous: Timex | None, written: str, lang: Language
) -> Resolved:
    """A clock of either half (see `late_in_day`) in news written as `Language.afternoon_clock` says (an hour
    before six) or as `Language.evening_clock` says (from six), which no evening or night before it has read:
    in the afternoon or evening of its day, unless the clock before it on that day is of the small hours
    ("shortly after two a.m. ... conceded at about two thirty")."""
    if not either_half(op, written) or resolved.start is None:
        return resolved
    late = lang.afternoon_clock if (op.time.hour or 0) < _SMALL_HOURS_END else lang.evening_clock
    if not late.search(written):
        return resolved
    day = span_at("day", resolved.start)
    if (
        previous is not None
        and previous.value.startswith(day.value)
        and _SMALL_HOUR.match(previous.value, len(day.value))
    ):
        return resolved
    return op.time.later_half(day, op.mod)


def compared_quarter(op: Operator, last: Span | None, folded: str, start: int, lang: Language) -> Span | None:
    """The quarter last mentioned, when a quarter without its year is the other side of a comparison with
    it (الربع الثالث من 2023، مقارنة بـ 8.3% في الربع الثاني; "in the third quarter of 2023, against 4% in
    the second quarter"): that quarter is the nearest such one up to it, not one counted from the
    publication."""
    if not isinstance(op, YearlessQuarter) or last is None or last.grain != "quarter":
        return None
    return last if lang.comparison_before.search(folded, max(0, start - 80), start) else None


def compared_years(
    op: Operator, last: Span | None, at: Moment, folded: str, start: int, lang: Language
) -> Later | None:
    """ "N years ago" (two or more) on the other side of a comparison with a quarter or month that ended
    within the year (الاحتياطي في نهاية أبريل، مقارنة بنحو 36 مليار دولار قبل عامين; "in April, against $36
    billion two years ago", a figure between): that period N years back, as `Ago` reads "a year ago" beside
    it; None otherwise (ألغيت قبل عامين counts from the publication)."""
    if not isinstance(op, Ago) or op.unit != "Y" or op.mod is not None or op.amount > -2:
        return None
    if not float(op.amount).is_integer() or last is None or last.grain not in ("quarter", "month"):
        return None
    if last.end <= shift(at, "Y", -1):
        return None
    compared = lang.comparison_before.search(folded, max(0, start - 80), start)
    if compared is None or _FIGURE.search(folded, compared.start(), start) is None:
        return None  # "further behind than South Africa was four years ago": no figure compared
    return Later("Y", op.amount)


_FIGURE = re.compile(r"\d")
"""A figure between a word of comparison and the years ago it is compared with."""


def trading_week(op: Operator, story: bool, folded: str, start: int, lang: Language) -> bool:
    """Whether "last week" is a news market report's trading week (تداولات الأسبوع الماضي), by the words
    right before it (`Language.trading_week`)."""
    return (
        not story
        and lang.trading_close is not None
        and op == ThisUnit("W", -1)
        and lang.trading_week.search(folded, max(0, start - 60), start) is not None
    )


def summed(op: Operator, story: bool, folded: str, start: int, lang: Language) -> TypeGuard[NarrativeUnit]:
    """Whether "the week", "the month", "the year" in news is summed up by the words right before it ("for the
    week", "ended the year"; `Language.summing_before`): see SummedUnit."""
    return (
        not story
        and isinstance(op, NarrativeUnit)
        and op.n == 0
        and op.unit in SUMMING_LAG
        and lang.summing_before.search(folded, max(0, start - 20), start) is not None
    )


def closed(end: Span, word: str, lang: Language, count: str | None = None) -> Span | None:
    """The reporting period a day closes ("the quarter ended Sept. 30": the quarter it stands for, as the
    expression "the quarter ended Sept. 30" resolves; see `closed_period`), when the word names one; else
    None. A count of months or weeks before it ("the three months ended Dec. 31", "the 13 weeks ended")
    names the quarter those units make up."""
    unit = lang.vocab.get("unit", {}).get(fold(word))
    if unit is not None and count is not None:
        number = lang.count(count)
        unit = _QUARTER_OF.get((str(unit), number)) if number is not None else None
    return None if unit is None else closed_period(end.start, str(unit))


def ends_span(last: Span | None, found: Span) -> bool:
    """Whether the day `found` ends the counted span `last` told right before it ("the nine months ended
    Sept. 30", الأشهر التسعة المنتهية في 30 سبتمبر): what a later "the same period last year" compares is
    the span, not the day."""
    return last is not None and last.value.startswith("P") and found.grain == "day" and last.end == found.end


def months_spanned(first: Span, second: Span) -> Span | None:
    """The months `first` to `second` of one year as one period: the quarter, half or year they make up
    ("from July to September": 2018-Q3; "January to June": 2018-H1), else their count over them ("January to
    November": P11M, as "the 11 months to November" is); None unless the second comes after the first."""
    if first.grain != "month" or second.grain != "month" or first.start.year != second.start.year:
        return None
    months = second.start.month - first.start.month + 1
    start = first.start
    if months < 2:
        return None
    if months == 3 and start.month % 3 == 1:
        return span_at("quarter", start)
    if months == 6 and start.month in (1, 7):
        return half_year(start.year, 1 if start.month == 1 else 2)
    if months == 12:
        return span_at("year", start)
    return Span(f"P{months}M", start, second.end, "month")


_QUARTER_OF = {("M*", 3): "Q", ("W*", 13): "Q"}
"""The counts of a unit that make up a quarter, as a reporting period names them."""


def much_nearer(op: Operator, resolved: Resolved, ctx: Context, crossed: Callable[[bool], bool]) -> Resolved:
    """A day without its year read the way its clause's tense points, most of a year away, where the
    other way's is within weeks (NEWS_HORIZON_DAYS) and its sentence holds a cue that way too (`crossed`):
    the near one, as news days without a year are ("a poll taken Dec. 13 found voters going to the polls",
    written on Jan. 2; "talks due to open on Jan. 19 were put off", written in February; "the offer was
    extended to May 25", written in April). Without such a cue the tense holds ("Let's meet on March 18",
    written in April, is next March's). A month keeps its tense's reading: "could close as early as May",
    written in June, is next May. A holiday of a fixed date, Hijri day or Hijri month without its year told in
    the past needs no cue: most of a year back when the next is within weeks, it is the coming one the news is
    about ("acted now because the holy month of Ramadan begins this weekend"; "I'd like to see this settled
    before Christmas," he said, in October; "closed Saturday for New Year's Day" on December 30;
    شهدت الأسواق إقبالاً لشراء مستلزمات عيد الفطر الذي يحل غداً،
    أعلنت الشركة تشغيل رحلات إضافية خلال إجازة عيد الفطر), and a part of it
    (تختتم المسابقة ليلة 27 رمضان, written in Shaban)."""
    found, anchor = resolved.calendar, ctx.anchor
    far, near = NEWS_HORIZON_DAYS
    if found is None or ctx.direction not in ("past", "future", "upcoming"):
        return resolved
    forwards = read_ahead(ctx.direction)
    day = op.day if isinstance(op, TimeOn) else op  # a part of it too: ليلة 27 رمضان
    feast = not forwards and (
        (isinstance(day, HijriDay) and day.year is None and day.n is None)
        or (isinstance(day, HijriMonth) and day.year is None and day.n is None and day.years is None)
        or (isinstance(day, YearlessDay) and day.feast)
    )
    if not (isinstance(op, YearlessDay) or feast):
        return resolved
    if (found.start - anchor if forwards else anchor - found.start).days <= far or not (
        feast or crossed(forwards)
    ):
        return resolved
    try:
        other = resolution(op, ctx._replace(direction="past" if forwards else "future"))
    except Unresolvable:  # February 29 in a year without one
        return resolved
    there = other.calendar
    if there is None or not 0 <= (anchor - there.start if forwards else there.start - anchor).days <= near:
        return resolved
    return other


_EDGE_REACH = 12
"""How far before a month or day a word of `aside_before` ("as of", "until") makes it no step of a news
story's recalled year."""


def recalled(
    last: Span | None,
    op: Operator,
    since: int,
    at: datetime.datetime,
    way: str,
    folded: str,
    start: int,
    lang: Language,
) -> TypeGuard[Span]:
    """News: whether the date last mentioned (written at `since`) is a year of history, one that ended
    before the year ahead of the publication's began, for a month or day without its year (`op`) told in the
    past in the same sentence to fall in, as a narrative's does ("since 1997, when 73 died in a crash in
    February": February 1997; "the strike of 1912, in the cold of January and February"), or a month of
    history before a later month of its year ("in September 1999 ..., and in December"). Not after a
    day ("broke down at Easter 1996 and resumed on New Year's Day": the last one), unless the day without
    its year comes later in that day's month ("began on June 5, 1967 and ended on June 10"), nor in a clause
    without a past cue, unless the date last mentioned is a month the day falls in ("came to power in March
    2004, after the bombings of March 11"), nor after a word of a state's edge or a figure's date right
    before the expression at `start` of `folded` (`_EDGE_REACH`: "doubled since the service opened in 2005,
    and that as of March it had 40 million users")."""
    return (
        last is not None
        and since >= 0
        and (
            (way == "past" and (last.grain == "year" or _later_that_year(op, last)))
            or (way in ("past", "news") and _later_that_month(op, last))
        )
        and last.end.year < at.year - 1
        and not right_at_edge(folded, start, lang)
    )


def right_at_edge(folded: str, start: int, lang: Language) -> bool:
    """Whether a word of a state's edge or a figure's date stands right before the expression at `start` of
    `folded` (`_EDGE_REACH`: "as of March", "rested until 5 p.m.")."""
    return lang.aside_before.search(folded, max(0, start - _EDGE_REACH), start) is not None


def _later_that_year(op: Operator, month: Span) -> bool:
    """Whether `op` is a month or a day without its year in a month later in the year of `month`, a month of
    history ("burned up in September 1999 ..., and the lander fell silent in December": December 1999)."""
    return (
        isinstance(op, (MonthOfYear, YearlessDay)) and month.grain == "month" and op.month > month.start.month
    )


def _later_that_month(op: Operator, day: Span) -> bool:
    """Whether `op` is a day without its year later in the month of `day`, a day of history, or any day of
    `day` when that is a month ("came to power in March 2004, three days after the bombings of March 11")."""
    return (
        isinstance(op, YearlessDay)
        and day.grain in ("day", "month")
        and op.month == day.start.month
        and (day.grain == "month" or op.day > day.start.day)
    )


def crossed(tense: Reading, lang: Language, mention: Composed, forwards: bool) -> bool:
    """Whether the sentence of `mention` holds a cue against the way it was read: a past cue against a
    forwards reading, a future cue or a deferral against a backwards one (also one that ends right before
    it: "had been told to comply by Feb. 9") or a present verb of a schedule right after it in its clause
    ("coverage bought by Dec. 15 begins on Jan. 1", written in October), as is a noun of a planned event
    right after it ("set a Feb. 12 trial date") or right before it ("voted for an election on 12
    December")."""
    left, right = tense.bounds(mention.start, mention.end)
    if forwards:
        return lang.past.search(tense.norm.text, left, right) is not None
    return bool(
        lang.future.search(tense.norm.text, left, right)
        or lang.deferral.search(tense.norm.text, left, right)
        or lang.deferral.search(tense.norm.text, left, mention.start)  # an order's "to comply by" ends at it
        or _scheduled_next(tense.norm.text, mention.end, right, lang)
        or lang.planned_after.match(tense.norm.text, mention.end, right)
        or lang.planned_on.search(tense.norm.text, left, mention.start)
    )


_SCHEDULED_REACH = 30
"""How far after a day a present verb of a schedule may stand and still be its clause's ("coverage bought by
Dec. 15 begins on Jan. 1")."""


def _scheduled_next(text: str, end: int, right: int, lang: Language) -> bool:
    """Whether a present verb of a schedule follows the day ending at `end` in its own clause, within
    `_SCHEDULED_REACH` characters and before any comma or semicolon: the verb the day's participle hangs on
    ("policies bought by Dec. 20 take effect on Jan. 1")."""
    stop = min(right, end + _SCHEDULED_REACH)
    verb = lang.scheduled.search(text, end, stop)
    return verb is not None and not any(mark in text[end : verb.start()] for mark in ",;")


def _undated(op: Operator) -> TypeGuard[TimeOn]:
    """Whether `op` is a time of day without its day: on the day the text last named (`NarrativeDay`)."""
    return isinstance(op, TimeOn) and isinstance(op.day, NarrativeDay)


_NOON = "MI"
"""The part of the day that is a point on the clock ("at midday", "by noon"): read as a clock time is."""


def on_unwritten_day(op: Operator) -> TypeGuard[TimeOn]:
    """Whether `op` is a clock time without its day ("at 2 p.m.", "midnight", "at midday"): on the day the
    text last named. A part of the day alone ("during the night") goes on with the sentence before it, in
    whatever paragraph."""
    return _undated(op) and (op.time.hour is not None or op.time.part == _NOON)


def part_on_unwritten_day(op: Operator) -> TypeGuard[TimeOn]:
    """Whether `op` is a part of the day without its day or clock ("in the morning", "in midafternoon")."""
    return _undated(op) and op.time.hour is None and op.time.part is not None


_NIGHT_PART = re.compile(r"T(?:EV|NI)")
"""A TIME that is an evening or a night without its clock."""


def night_behind(resolved: Resolved, at: datetime.datetime) -> Span | None:
    """The day of `resolved` when it is an evening or night of a day before the publication day `at`
    ("exploded Wednesday night", printed Friday), else None."""
    found = resolved.calendar
    if resolved.type != "TIME" or found is None or _NIGHT_PART.search(resolved.value) is None:
        return None
    return found if found.start < midnight(at) else None


def evening_hour(op: Operator) -> bool:
    """Whether `op` is a clock written as an evening's ("at 8:19 p.m.", "at 21:40")."""
    if not isinstance(op, TimeOn) or op.time.hour is None:
        return False
    hour = op.time.hour
    return (op.time.ampm == "pm" and hour % 12 + 12 >= _EVENING) or (
        op.time.ampm is None and hour >= _EVENING
    )


def _news_day_behind(resolved: Resolved, at: datetime.datetime) -> bool:
    """Whether `resolved` lies on a news day before the publication day `at`, within STORY_DAY_REACH days
    ("said Monday night that polls would close at 8 p.m.": not a date written out, "1/1/2015 at 11:30")."""
    found = resolved.calendar
    return found is not None and found.start < midnight(at) and (at - found.start).days <= STORY_DAY_REACH


def off_news_day(resolved: Resolved, at: datetime.datetime, direction: str) -> bool:
    """Whether a clock time without its day, read on the date last mentioned, lies where its clause does
    not point: on a news day behind the publication day in a clause that looks ahead, or on a day after it
    in a clause told in the past. It is then on the publication day."""
    if read_ahead(direction):
        return _news_day_behind(resolved, at)
    found = resolved.calendar
    return direction == "past" and found is not None and found.start >= midnight(at) + DAY


def coming_day(found: Span | None, at: datetime.datetime) -> TypeGuard[Span]:
    """Whether a date of a news text is the day of a coming event, after the publication day and less than
    STORY_DAY_REACH days ahead (a weekday a full week ahead is more likely the news day's own, misread): a
    clock told ahead in a later paragraph is on it, not on the news day ("England host Turkey on Wednesday
    ... The match kicks off at 8pm"; not after a clock of that day, "will brief reporters at 12:30 a.m.
    Saturday. ... will be aboard a flight at midnight")."""
    return (
        found is not None
        and found.grain == "day"
        and found.start >= midnight(at) + DAY
        and (found.start - midnight(at)).days < STORY_DAY_REACH
    )


def passed_day(found: Span | None, at: datetime.datetime) -> TypeGuard[Span]:
    """Whether a date of a news text is a day (or finer) wholly before the publication day: a clock told
    ahead after it is not on it, but on the story's lead ("the round resumes tomorrow evening after a
    break for the feast, which fell last Friday. Al-Hilal host Al-Hazm at 9:15 p.m.": tomorrow's)."""
    return (
        found is not None
        and (found.grain == "day" or finer(found.grain, "day"))
        and found.end <= midnight(at)
    )


def recalled_day(found: Span, at: datetime.datetime) -> bool:
    """Whether a date of a news text is a day (or finer) recalled from more than STORY_DAY_REACH days before
    the publication ("The crash of Oct. 19, 1987 was the worst since 1929"): once a sentence has gone on to
    another date, what follows ("Shares fell 2% in morning trading") is on the news day, not on it."""
    return not finer("day", found.grain) and (at - found.start).days > STORY_DAY_REACH


def telling_day(found: Span | None, last: Span | None, at: datetime.datetime) -> TypeGuard[Span]:
    """Whether `found`, a news day, was told after a period coarser than a day that its sentence is about
    (the caller checks the verb of saying before it and the sentence): the day of the telling, which leaves
    that period in focus."""
    return found is not None and last is not None and finer("day", last.grain) and story_day(found, at)


def day_in_focus(op: Operator, story: bool) -> bool:
    """News: whether `op` is the day the story is on, unmoved ("closed for the day", "that day"), or a part of
    it without its day ("would stay closed until midday"), which, as a clock without its day, is read on the
    date last mentioned unless that lies where its clause does not point (see `off_news_day`)."""
    return not story and (isinstance(op, NarrativeDay) or (_undated(op) and op.time.hour is None))


_MORNING_ENDS = 12
"""The hour before which a clock written with a.m. is of the morning."""


def _late_parts(day: str, partly: bool) -> tuple[str, ...]:
    """The values of `day`'s night, and of its evening when `partly` (a morning without its clock follows)."""
    return (f"{day}TNI", f"{day}TEV") if partly else (f"{day}TNI",)


def after_night(
    op: TimeOn,
    resolved: Resolved,
    previous: Timex,
    written: str,
    at: datetime.datetime,
    past: Callable[[], bool],
) -> Resolved:
    """A morning, its midday or a morning clock without its day ("at dawn", "at midday", "by 6 a.m.", on the
    24-hour dial "at 08:15") right after a night of the same day ("gathered overnight and were still there at
    dawn"; "sterling fell overnight ... Carney spoke at 08:15"): the morning after that night, and so are its
    small hours ("attacked last night ... at 4 a.m."), as in `late_in_day`. So is a morning without its clock
    right after an evening ("clashes broke out Tuesday evening and went on until the early morning hours").
    Not a morning after the publication day told in the past ("sailors are dead tonight ... the blast came
    at 11:15 a.m."): that is the morning before the night. `past` says whether the clause is told in the
    past, asked last."""
    found = resolved.calendar
    hour = op.time.hour
    morning = (
        op.time.part in ("MO", _NOON)
        if hour is None
        else (op.time.ampm == "am" or _TWENTY_FOUR.match(written) is not None) and hour < _MORNING_ENDS
    )
    if (
        not morning
        or not _undated(op)
        or found is None
        or previous.type != "TIME"
        or previous.value
        not in _late_parts(span_at("day", found.start).value, hour is None and op.time.part == "MO")
    ):
        return resolved
    after = span_at("day", found.start + DAY)
    if after.start > midnight(at) and past():
        return resolved
    return op.time.on(after, op.mod)


def day_behind(found: Span | None, at: datetime.datetime) -> TypeGuard[Span]:
    """Whether `found` is a news day before the publication day `at`, within STORY_DAY_REACH days."""
    return found is not None and found.grain == "day" and found.start < midnight(at) and story_day(found, at)


def story_day(found: Span, at: datetime.datetime) -> bool:
    """Whether a date of a news text is the day its story is told on: a day or finer within
    STORY_DAY_REACH days up to the publication day."""
    return not finer("day", found.grain) and 0 <= (at - found.start).days <= STORY_DAY_REACH


FILED_REACH = 3 * DAY
"""How long before its publication a story's dateline may date it: a paper prints wire copy the next morning,
or after a weekend."""


def filed(anchor: datetime.datetime, dateline: Operator | None) -> datetime.datetime:
    """The day a wire story was filed, when the date of its dateline (`dateline`, the expression written
    there) names a day up to FILED_REACH before the publication `anchor` ("BONN, Nov. 9 (AP) --" printed on
    Nov. 10): the story's "today", "yesterday" and weekdays count from that day. Else the publication."""
    if dateline is None:
        return anchor
    try:
        found = resolution(dateline, Context(anchor, "past", None)).calendar
    except Unresolvable:
        return anchor
    if found is None or found.grain != "day" or not anchor - FILED_REACH <= found.start < midnight(anchor):
        return anchor
    return found.start


def zone_ahead(op: Operator, resolved: Resolved, at: datetime.datetime, way: str) -> Resolved:
    """A weekday told in the past in a zone named with it ("struck at 5:34 a.m. Thursday Baghdad time",
    "early Thursday local time", فجر الخميس بتوقيت بغداد; printed on Wednesday) that is the weekday of the day
    after the publication: that day, already past on the other side of the world, not the one six days
    back."""
    day = op.day if isinstance(op, TimeOn) else op.unit if isinstance(op, Modified) else op
    found = resolved.calendar
    if (
        way != "past"
        or not isinstance(day, Weekday)
        or found is None
        or span_at("day", found.start).start != span_at("day", at).start - datetime.timedelta(days=6)
    ):
        return resolved
    return resolution(op, Context(at, "future", None, None))
