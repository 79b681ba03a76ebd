"""Days of the Hijri calendar ("10 Ramadan 1445", العاشر من رمضان), as Gregorian days."""

from __future__ import annotations

from dataclasses import dataclass

from hijridate import Gregorian, Hijri

from timeline.engine.calendar import Span, day, midnight
from timeline.engine.resolve import Context, Found, Interval, Unresolvable, ahead, nearer_ahead


def hijri_day(hijri_year: int, hijri_month: int, dom: int) -> Span:
    """The Gregorian day of a Hijri date; Unresolvable when there is none."""
    try:
        g = Hijri(hijri_year, hijri_month, dom).to_gregorian()
    except (ValueError, OverflowError) as err:
        raise Unresolvable(str(err)) from err
    found = day(g.year, g.month, g.day)
    if found is None:
        raise Unresolvable("no such day")
    return found


@dataclass(frozen=True, slots=True)
class HijriDay(Interval):
    """A day of a Hijri month, of the Hijri `year` written with it ("10 Ramadan 1445"); without one
    (العاشر من رمضان) the latest on or before the anchor, or read forwards the first after it (and in
    news when that is much nearer, as for Gregorian days). One operator either way: a weekday beside it
    yields to it as to no other day (see `timeline.engine.compose`)."""

    month: int
    day: int
    year: int | None = None

    def span(self, ctx: Context) -> Found:
        if self.year is not None:
            return hijri_day(self.year, self.month, self.day), ()
        anchor = ctx.anchor
        try:
            this_year = Gregorian(anchor.year, anchor.month, anchor.day).to_hijri().year
        except (ValueError, OverflowError) as err:
            raise Unresolvable(str(err)) from err
        today = midnight(anchor)
        days = [hijri_day(y, self.month, self.day) for y in (this_year - 1, this_year, this_year + 1)]
        behind = next(d for d in reversed(days) if d.start <= today)
        forward = next(d for d in days if d.start > today)
        if ahead(ctx.direction) or (ctx.direction == "news" and nearer_ahead(anchor, behind, forward)):
            return forward, ()
        return behind, ()
