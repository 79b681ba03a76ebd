"""Times of day on a day: a clock time ("8:30 pm", "a quarter past 3") or a part of the day ("Tuesday
morning"), put on the day operator it falls on (the narrative day when none is written)."""

from __future__ import annotations

import dataclasses
import datetime
from dataclasses import dataclass

from timeline.engine.calendar import Span, midnight, span_at
from timeline.engine.resolve import Context, Interval, Resolved, Unresolvable, ahead

UNTOLD = ("month", "year")
"""The grains of a story's date whose day a part of the day said alone leaves open (see NarrativeDay)."""

_AFTERNOON = ("AF", "EV")
_HALF_DAY = 12
_END_OF_DAY = 24
"""Midnight's hour: the end of the day it is written with ("midnight Thursday" is 24:00 on Thursday, the
TimeML value `…T24:00`), its interval the minute the next day starts with."""
_EVENING = 6
"""The first hour "at night" names in the evening: 11 at night is 23:00, 2 at night 02:00."""
ANY_DAY = "XXXX-XX-XX"
"""The date of a time on any day: a routine's clock is XXXX-XX-XXT07:00 (see `TimeOfDay.any_day`)."""
_WRITTEN_ON = span_at("day", datetime.datetime(2001, 1, 1))
"""A day to write a clock on when the clock is any day's (see `TimeOfDay.any_day`): its date is not kept."""
_NOON_HOURS = 11
"""The first hour "around noon" (ظهراً) names as written: 11 and 12 are the morning's last and noon, 1 to 5 the
afternoon's (13:00 to 17:00)."""


@dataclass(frozen=True, slots=True)
class TimeOfDay:
    """A time of day as written, the same record in the parse (`Meaning.time`) and in the operator: a
    clock time (the hour, minute and second; am/pm; minutes added: "a quarter past 3" +15, "20 to noon"
    -20), or only a part of the day ("morning"), which with an hour says which half ("8 in the evening")."""

    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    ampm: str | None = None
    part: str | None = None
    offset: int | None = None

    def on(self, day: Span, mod: str | None) -> Resolved:
        """This time on `day`: a clock time is a TIME at the grain written (minute, or second); a part of
        the day alone is a TIME such as 2019-03-05TMO, without an interval."""
        if self.hour is None and day.grain in UNTOLD:
            # A story on a month or a year: the day is not told ("at dawn" in 309 BC is BC0309-XX-XXTMO).
            value = day.value + "-XX" * (2 if day.grain == "year" else 1)
            if not day.value[-1].isdigit():
                # A story on the three months of a season ("the spring" of 1259): its year, the month untold
                # too ("in the night" is 1259-XX-XXTNI, not 1259-SP-XXTNI).
                value = day.value.rsplit("-", 1)[0] + "-XX-XX"
            return Resolved("TIME", f"{value}T{self.part}", mod, calendar=day)
        if self.hour is None:
            on = span_at("day", day.start)
            return Resolved("TIME", f"{on.value}T{self.part}", mod, calendar=on)
        clock = self._clock(day, self.hour)
        # Midnight ends the day it names: a clock time or "the next day" after it counts from that day.
        ends = self.hour == _END_OF_DAY and not self.offset
        told = span_at(clock.grain, clock.start - datetime.timedelta(minutes=1)) if ends else clock
        return Resolved("TIME", clock.value, mod, clock.start, clock.end, clock.grain, (), told)

    def any_day(self) -> str:
        """The value of this time on any day, a routine's ("opens daily at 7 a.m.": XXXX-XX-XXT07:00; "each
        morning": XXXX-XX-XXTMO), as CONVENTIONS writes a month of any year XXXX-06."""
        value = self.on(_WRITTEN_ON, None).value
        return ANY_DAY + value[value.index("T") :]

    def either_half(self) -> bool:
        """Whether this is an hour of the twelve said without am/pm or a part of the day ("at three twenty",
        "at 8 o'clock"), which either half of the day could hold."""
        return (
            self.hour is not None and 1 <= self.hour < _HALF_DAY and self.ampm is None and self.part is None
        )

    def later_half(self, day: Span, mod: str | None) -> Resolved:
        """This hour of either half (see `either_half`) on `day`, read in the afternoon or evening."""
        return dataclasses.replace(self, ampm="pm").on(day, mod)

    def _clock(self, day: Span, hour: int) -> Span:
        if self.part in _AFTERNOON or (self.part == "NI" and hour >= 6):
            hour += 12 if hour < 12 else 0
        elif self.ampm == "pm" and hour < 12:
            hour += 12
        elif self.ampm == "noon" and hour < _NOON_HOURS:
            hour += 12  # "الواحدة ظهراً": the hour after noon; eleven and twelve stay as written
        elif self.ampm == "night" and hour >= _EVENING:
            hour += 12 if hour < 12 else _END_OF_DAY - hour  # 12 at night is midnight, the day's end
        elif (self.ampm == "am" or self.part == "MO") and hour == 12:
            hour = 0  # "12:30 a.m.", "twelve thirty this morning": the half hour after midnight
        if hour > _END_OF_DAY or (self.minute or 0) > 59:
            raise Unresolvable("no such time of day")
        if hour == _END_OF_DAY and (self.offset or 0) > 0:
            hour = 0  # "a quarter past midnight Thursday": in Thursday's first hour
        at = day.start.replace(hour=0, minute=self.minute or 0, second=self.second or 0)
        at += datetime.timedelta(hours=hour)
        if self.offset:
            at += datetime.timedelta(minutes=self.offset)
        clock = span_at("minute" if self.second is None else "second", at)
        if hour == _END_OF_DAY and not self.offset:
            return clock._replace(value=f"{span_at('day', day.start).value}T24:00")
        return clock


@dataclass(frozen=True, slots=True)
class TimeOn:
    """A time of day on a day. `mod` is the clock time's approximation ("about 8" is APPROX) or the part
    of the day's modifier ("early morning" is START)."""

    day: Interval
    time: TimeOfDay
    mod: str | None = None

    def resolve(self, ctx: Context) -> Resolved:
        """Midnight told in the past on the day of writing is the one that began it; an hour of either half
        read forwards from a publication time it has passed is the next such hour, in the afternoon ("at three
        twenty", written at 4:30 a.m., is 15:20)."""
        day = self.day.span(ctx)[0]
        if (
            self.time.hour == _END_OF_DAY
            and not self.time.offset
            and ctx.direction == "past"
            and day.grain == "day"
            and day.start == midnight(ctx.anchor)
        ):
            # Told in the past on the day of writing, midnight is the one that began it ("the law took effect
            # at midnight"): that day has not ended. What follows counts from the day it began.
            began = self.time.on(span_at("day", day.start - datetime.timedelta(days=1)), self.mod)
            return dataclasses.replace(began, calendar=span_at("minute", day.start))
        found = self.time.on(day, self.mod)
        if (
            self.time.either_half()
            and ahead(ctx.direction)
            and ctx.anchor != midnight(ctx.anchor)
            and found.start is not None
            and day.start <= ctx.anchor
            and found.start < ctx.anchor
        ):
            return self.time.later_half(day, self.mod)
        return found
