"""Resolution: what every operator resolves against, and what it resolves to.

An expression is a tree of operators (see `timeline.engine.build`); each resolves itself against a
`Context`: the anchor, the direction the sentence's tense reads in, and the calendar unit last mentioned.
The direction is decided by the caller from the policy and the sentence's tense: "past", "future",
"upcoming" (a scheduled event told in the present tense: forwards, the publication day or month itself
included) or "news" (no tense cue: past, but see NEWS_HORIZON_DAYS). It only matters for expressions
that name a weekday, month or day without saying which one ("Monday", "June", "June 24", "the weekend").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple, Protocol

from timeline.engine.calendar import Moment, Span, finer, span_at
from timeline.model import Reading
from timeline.moments import pendulum_of

NEWS_HORIZON_DAYS = (270, 92)
"""Direction "news" (no tense cue in the sentence) reads backwards, except that a day or month written
without a year ("17 January", "late March") whose past reading starts more than 270 days back and
whose next occurrence starts at most 92 days ahead is read forwards. A day without a year that a
clause's tense reads more than 270 days away, either way, is the other way's where that lies within 92 days
(`timeline.engine.newsday`)."""


STORY_DAY_REACH = 7
"""News tells its story on one day: "said on Tuesday that sales rose 43% in February, up from 14% a year
ago; the stock rose in morning trading, then fell later in the day" trades on Tuesday, not on the day of
publication, though a month and a year came between. The last day (or time) mentioned stays the day of a
bare part of the day, clock time or market "day" while it lies within this many days before the
publication date; a day further back (a crash recalled from 1987) is history, not the story's day."""


class Unresolvable(ValueError):
    """The slots do not make a date (an impossible day, a bare singular unit ...): not an expression."""


@dataclass(frozen=True, slots=True)
class Resolved:
    """The outcome of resolving one expression."""

    type: str
    value: str
    mod: str | None = None
    start: Moment | None = None
    end: Moment | None = None
    grain: str | None = None
    alternatives: tuple[Reading, ...] = ()
    calendar: Span | None = None
    """The calendar unit the expression names (also for TIMEs and parts of day): what a later
    "the next day" counts from."""


class Context(NamedTuple):
    """What an expression resolves against: the anchor (deictic and tense readings), the reading
    direction, the calendar unit last mentioned (narrative readings: "the next day"), and the news
    story's day where a coarser date came after it (see STORY_DAY_REACH)."""

    anchor: Moment
    direction: str
    last: Span | None
    day: Span | None = None

    @property
    def base(self) -> Span:
        """What a narrative reading counts from: the unit last mentioned, else the anchor's day."""
        return self.last or span_at("day", self.anchor)


Found = tuple[Span, tuple[Reading, ...]]
"""A calendar unit and the other readings of an ambiguous expression."""


class Operator(Protocol):
    """A node of an expression: resolves to a TIMEX3 value (and an interval where it has one). Operators
    are immutable values: equal trees resolve alike, so resolutions are cached by them."""

    def __hash__(self) -> int: ...

    def resolve(self, ctx: Context) -> Resolved:
        """The value of this expression in `ctx`; Unresolvable when it names no date."""
        ...


class Interval:
    """An operator that names a calendar unit: a DATE whose interval is that unit."""

    __slots__ = ()

    def span(self, ctx: Context) -> Found:
        """The unit named in `ctx`, with the other readings where the words leave it open."""
        raise NotImplementedError

    def resolve(self, ctx: Context) -> Resolved:
        """The DATE of the unit."""
        return dated(self.span(ctx), None)


def dated(found: Found, mod: str | None) -> Resolved:
    """A DATE for a calendar unit (and its other readings); a TIME below a day ("two hours later" after
    5:10)."""
    cal, alternatives = found
    kind = "TIME" if finer(cal.grain, "day") else "DATE"
    return Resolved(kind, cal.value, mod, cal.start, cal.end, cal.grain, alternatives, cal)


def ahead(direction: str) -> bool:
    """Whether `direction` reads forwards."""
    return direction in ("future", "upcoming")


def other(direction: str) -> str:
    """The opposite direction: where the other reading of an ambiguous expression lies."""
    return "past" if ahead(direction) else "future"


def nearer_ahead(anchor: Moment, behind: Span, forward: Span) -> bool:
    """News default for a day or month without a year: read forwards when that is much nearer."""
    back, ahead_days = NEWS_HORIZON_DAYS
    return (anchor - behind.start).days > back and (forward.start - anchor).days <= ahead_days


def reading(span: Span | None, why: str) -> tuple[Reading, ...]:
    """`span` as another reading (none when there is no such unit)."""
    return () if span is None else (Reading(span.value, pendulum_of(span.start), pendulum_of(span.end), why),)


@lru_cache(maxsize=16384)
def resolution(op: Operator, ctx: Context) -> Resolved:
    """Resolution, once per expression and context: news repeats its dates.

    This is the one place where date arithmetic that runs off the calendar (an OverflowError or a
    ValueError from the date types, say "next year" in 9000's last years) becomes Unresolvable: the
    expression is dropped, as any other that names no date, instead of failing the whole text."""
    try:
        return op.resolve(ctx)
    except (OverflowError, ValueError) as error:
        raise Unresolvable(str(error)) from error
