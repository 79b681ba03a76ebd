"""The seasons of a story: a narrative runs forwards through them, steps into one named after its date, and
counts "the next winter", "the following spring" from where it is (see `timeline.engine.narrative`)."""

from __future__ import annotations

import datetime
import re
from typing import NamedTuple

from timeline.engine import era
from timeline.engine.calendar import SEASON_STARTS, Moment, Span, finer, shift, year
from timeline.engine.operators.labels import Label
from timeline.engine.operators.positions import AnchorYear, NarrativeYear, SeasonYear
from timeline.engine.resolve import Operator, Resolved
from timeline.engine.segment import sentence_at

_ORDER = tuple(SEASON_STARTS)
"""The seasons in the order a year runs through them: the winter, named by the year of its December, last."""

SEASON = re.compile(r"(?:BC)?(\d{4})-(SP|SU|FA|WI)$")


class Season(NamedTuple):
    """The season a narrative last named: its year (the calendar's, a stand-in BC), its place in
    _ORDER, and the date the story was on after it (set once the story has moved)."""

    year: int
    order: int
    story: Span | None

    def months(self) -> Span:
        """The three months of this season."""
        return _season_months(self.year, _ORDER[self.order])


def seasons_on(
    resolved: Resolved, op: Operator, story: Span | None, previous: Season | None, flashback: object
) -> tuple[Resolved, Season | None]:
    """A narrative runs forwards through the seasons: where the story is in a year, or in a season it stepped
    into from a day ("17 September 1631 ... spent the winter at Mainz. In the spring"), a season named without
    its year ("the winter ... early in spring") after a later one of that year ("the summer and autumn of
    481 BC") is of the next year, unless a pluperfect looks back ("in the spring it had crossed the river");
    the story then moves to that year. A story on a month or day ("June 479 BC ... over the winter ... in
    spring") keeps its year: the winter there may be the one before it. Returns the reading and the season
    last named."""
    found = SEASON.match(resolved.value)
    if found is None:
        return resolved, previous
    order = _ORDER.index(found.group(2))
    step = _season_shift(op)
    if step and story is not None:
        around = story
        if previous is not None and previous.story == story and story.grain == "year":
            around = previous.months()
        n = _next_season(around, found.group(2), step)
        calendar = None if resolved.calendar is None else year(n)
        resolved = Resolved(resolved.type, f"{n:04d}{resolved.value[4:]}", resolved.mod, calendar=calendar)
        return resolved, Season(n, order, story)
    n = resolved.calendar.start.year if resolved.calendar is not None else int(found.group(1))
    bare = isinstance(op, Label) and op.year in (AnchorYear(0), SeasonYear(found.group(2), None))
    if (
        bare
        and previous is not None
        and previous.story == story
        and story is not None
        and (story.grain == "year" or story == previous.months())
        and previous.year == n
        and order < previous.order
        and not flashback
    ):
        n += 1
        resolved = Resolved(resolved.type, f"{n:04d}{resolved.value[4:]}", resolved.mod, calendar=year(n))
    return resolved, Season(n, order, story)


def _season_shift(op: Operator) -> int:
    """+1 for a season the story moves on to ("the next winter", "the following spring"), -1 for one it
    looks back to ("the previous winter"), else 0."""
    year_ = op.year if isinstance(op, Label) else None
    if isinstance(year_, (SeasonYear, NarrativeYear)) and year_.shift in (1, -1):
        return year_.shift
    return 0


def story_season_on(op: Operator, text: str, start: int) -> bool:
    """Whether `op`, at offset `start` of `text`, is a season the story moves on to, counted from its date
    ("the following spring", "the next winter"), not from a speaker's ("by next summer" in a quote)."""
    if not isinstance(op, Label) or _season_shift(op) != 1:
        return False
    before = text[sentence_at(text, start).start : start]
    quoted = before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")
    return isinstance(op.year, NarrativeYear) or not quoted


def season_span(value: str) -> Span | None:
    """The three months of the season a value names ("1854-SU": June to August 1854), if it names one of a
    year of the common era."""
    m = SEASON.match(value)
    if m is None or value.startswith("BC"):
        return None
    return _season_months(int(m.group(1)), m.group(2))


def _season_months(n: int, season: str) -> Span:
    """The three months of a season of year `n` (a winter into the next year)."""
    start = Moment(n, SEASON_STARTS[season], 1)
    return Span(f"{n:04d}-{season}", start, shift(start, "M", 3), "month")


def _next_season(around: Span, season: str, step: int) -> int:
    """The year of the first such season after `around` (`step` +1: one that starts after its start and ends
    after it) or the last before it (-1: one that starts before it and ends before its end), as a story
    counts them: "the summer of 1782 ... the next winter" is 1782's (its December), "the autumn of 1812 ...
    the next spring" 1813's, "In 1812 ... the next summer" 1813's, "March 1945 ... the previous winter"
    1944's, "the summer of 1782 ... the previous spring" 1782's. A story on a season's first month is in
    it already ("March 1962. The following spring": 1963's), and one on its last month too ("May 1962 ...
    the previous spring": 1961's)."""
    n = around.start.year - 1 if step > 0 else around.end.year + 1
    while True:
        months = _season_months(n, season)
        if step > 0 and months.start > around.start and months.end > around.end:
            return n
        if step < 0 and months.start < around.start and months.end < around.end:
            return n
        n += step


def season_step(resolved: Resolved, story: Span) -> Span | None:
    """The months of a season a narrative steps into within the year it is in ("February 1888. That spring
    he painted the orchards. Gauguin joined him in October": October 1888, not the October nearer behind
    February), else None: the season must lie wholly after the story's date, which is finer than a year
    (a year's story runs through its seasons in `seasons_on`). Seasons are northern, as their values."""
    found = SEASON.match(resolved.value)
    if found is None or not finer(story.grain, "year"):
        return None
    if resolved.calendar is not None:
        n = resolved.calendar.start.year
    elif resolved.value.startswith(era.PREFIX):
        n = era.stand_in(int(found.group(1)))  # a season BC, written back: the story counts on stand-ins
    else:
        n = int(found.group(1))
    months = _season_months(n, found.group(2))
    near = months.start - story.end <= _SEASON_REACH or (
        story.grain == "day" and months.start <= shift(_season_start(story.start), "M", _SEASONS_ON)
    )
    return months if story.start.year == n and story.end <= months.start and near else None


def _season_start(at: Moment) -> Moment:
    """The first day of the season `at` lies in (a winter's in the December before its January)."""
    back = (at.month - SEASON_STARTS["SP"]) % 3
    return shift(Moment(at.year, at.month, 1), "M", -back)


_SEASON_REACH = datetime.timedelta(days=150)
"""How far after the story's date a season named without its year may begin for the story to step into it:
the seasons up to about two on ("February 1888. That spring", "June 1675. In the autumn"), not one half a
year off, which the story only glances at ("On 28 May ... the cold of the southern winter. On 8 June": June
of that year), nor from a month, which a text may tell around ("June 479 BC" in a heading, "Over the winter
... in Spring": the spring before it)."""

_SEASONS_ON = 6
"""From a day, how many months after the start of the season the day lies in a season named without its year
may begin for the story to step into it: two seasons on ("sailed on 1 July 1903 and wintered at Cape Flora.
The winter was hard ... on 3 February": 1904's), not three ("On 28 May ... the southern winter")."""
