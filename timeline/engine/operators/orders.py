"""A numeric date both of whose numbers fit a month ("05/03/2024"): read in one order, the day first or the
month first (the language's `dayfirst`, or the caller's), with the other order kept as an alternative
reading, so that a reader of the output sees what the digits could also mean."""

from __future__ import annotations

from dataclasses import dataclass

from timeline.engine.resolve import Context, Found, Interval, reading


@dataclass(frozen=True, slots=True)
class EitherOrder(Interval):
    """The day `read` in the order the run reads numeric dates, and the same digits in the `other` order,
    which `why` names ("the day-first reading"). Both are whole operators built from the same slots, so
    a year, a weekday or a direction bears on each alike."""

    read: Interval
    other: Interval
    why: str

    def span(self, ctx: Context) -> Found:
        found, alternatives = self.read.span(ctx)
        # Both numbers are at most 12, so either order names a day of every month: the other reading is
        # never Unresolvable.
        return found, alternatives + reading(self.other.span(ctx)[0], self.why)
