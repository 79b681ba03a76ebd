"""Times of day on a day: a clock time ("8:30 pm", "a quarter past 3") or a part of the day ("Tuesday
morning"), each intersected with the day operator it falls on (the narrative day when none is written)."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from timeline.engine.calendar import Span, span_at
from timeline.engine.resolve import Context, Interval, Resolved, Unresolvable

_AFTERNOON = ("AF", "EV")


@dataclass(frozen=True, slots=True)
class Clock:
    """A clock time as written: the hour, minute and second; am/pm or the part of the day that says
    which half ("8 in the evening"); minutes added ("a quarter past 3" +15, "20 to noon" -20)."""

    hour: int
    minute: int | None = None
    second: int | None = None
    ampm: str | None = None
    part: str | None = None
    offset: int | None = None

    def on(self, day: Span) -> Span:
        """This time on `day`, at the grain written (minute, or second)."""
        hour = self.hour
        if self.part in _AFTERNOON or (self.part == "NI" and hour >= 6):
            hour += 12 if hour < 12 else 0
        elif self.ampm == "pm" and hour < 12:
            hour += 12
        elif self.ampm == "am" and hour == 12:
            hour = 0
        if hour > 23 or (self.minute or 0) > 59:
            raise Unresolvable("no such time of day")
        at = day.start.replace(hour=hour, minute=self.minute or 0, second=self.second or 0)
        if self.offset:
            at += datetime.timedelta(minutes=self.offset)
        return span_at("minute" if self.second is None else "second", at)


@dataclass(frozen=True, slots=True)
class ClockAt:
    """A clock time on a day: a TIME at the minute (or second); "about 8" is APPROX."""

    day: Interval
    clock: Clock
    mod: str | None = None

    def resolve(self, ctx: Context) -> Resolved:
        clock = self.clock.on(self.day.span(ctx)[0])
        return Resolved("TIME", clock.value, self.mod, clock.start, clock.end, clock.grain, (), clock)


@dataclass(frozen=True, slots=True)
class PartOfDay:
    """A part of the day on a day: "Tuesday morning" is a TIME such as 2019-03-05TMO, without an interval."""

    day: Interval
    part: str
    mod: str | None = None

    def resolve(self, ctx: Context) -> Resolved:
        on = span_at("day", self.day.span(ctx)[0].start)
        return Resolved("TIME", f"{on.value}T{self.part}", self.mod, calendar=on)
