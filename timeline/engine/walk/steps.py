"""The walk through one text's expressions in order, one method for each step that reads an expression:
its operator as the context rewrites it, its direction, its first reading and the mends of it, the
TIMEX3 it yields; the story's state and its other readings are in the modules beside this one."""

from __future__ import annotations

import datetime
import functools
import itertools
import re
from dataclasses import replace
from typing import TypeGuard

from timeline.engine import asides, era, lists, narrative, newsday
from timeline.engine.calendar import UNIT_GRAIN, Span, day_named, finer, shift, span_at
from timeline.engine.compose import Composed
from timeline.engine.language import Language
from timeline.engine.operators.clock import TimeOfDay, TimeOn
from timeline.engine.operators.intersect import Modified
from timeline.engine.operators.labels import AfterSome, Label
from timeline.engine.operators.periods import ClosedBy
from timeline.engine.operators.positions import SeasonYear
from timeline.engine.operators.repeating import MonthOfYear, Weekday, YearlessDay
from timeline.engine.operators.shifts import (
    REPORTED,
    Ago,
    DeicticDay,
    Later,
    MonthShift,
    NarrativeDay,
    NarrativeUnit,
    NarrativeYears,
    StoryUnit,
    SummedUnit,
    ThisUnit,
    TradingWeek,
)
from timeline.engine.resolve import Context, Operator, Resolved, Unresolvable, resolution
from timeline.engine.resolve import ahead as read_ahead
from timeline.engine.seasons import SEASON, seasons_on
from timeline.engine.segment import commas, heading, sentence_at
from timeline.engine.tense import Reading
from timeline.engine.walk.clocks import ClockReadings
from timeline.engine.walk.moves import StoryMoves
from timeline.engine.walk.state import Reached
from timeline.engine.walk.story import FUTURE_REF, StoryReadings
from timeline.model import Timex
from timeline.moments import cached_pendulum, plain

_FIGURE = re.compile(r"\d")
_WRITTEN_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
"""A year written out in a date's text ("March 3, 2009")."""
_FRAME_DATES = 12
"""How many dates back in its sentence an expression looks for the year that frames it (see `_year_framed`):
a bound, so that a text of one endless sentence stays linear."""
_FRAME_REACH = 24
"""How far after its sentence's start the framing year may stand ("Last year," "In 2009,")."""
_HELD_MONTHS = 6
"""A day without its year within this many months of a date written with one just before is in its year."""
"""A digit: a figure in the sentence."""


_QUOTE_REACH = datetime.timedelta(days=7)
"""How far before the publication the day a quote is said on may lie for its "today" to be that day."""


class Walk(StoryReadings, ClockReadings, StoryMoves):
    """One text's walk: every expression read in text order against the story, which it then moves."""

    __slots__ = ()

    def run(self) -> list[Timex]:
        """Every expression read in text order."""
        for index, mention in enumerate(self.composed):
            self.step(index, mention)
        return self.out

    def step(self, index: int, mention: Composed) -> None:
        """Read one expression, add its TIMEX3 to the output, and move the story by it."""
        op = mention.expression.op
        self._release(op, mention.start)
        if self.sections is not None:
            self.last = self.sections.reached(mention.start, self.last)
        told = self._told(op, mention.start)
        moved = _from_anchor(op)
        if told is not None and moved is not None and asides.writers_future(mention, self.tense):
            told = None  # "plans to open an office in Singapore next year", "is to be played this spring"
        if (
            told is not None
            and moved == 0
            and (asides.writers_present(mention, self.tense) or asides.writers_part(mention, self.tense))
        ):
            told = None  # "the war's centenary falls this year", "was named after her earlier this year"
        if told is not None and _counted_back(op):
            opening = self.norm.folded(sentence_at(self.text, self.norm.original(mention.start)).start)
            if asides.writers_past(mention, self.tense, opening):
                told = None  # "A decade ago the council was reformed": the writer's decade
        deictic = isinstance(op, DeicticDay) or (isinstance(op, TimeOn) and isinstance(op.day, DeicticDay))
        if deictic and told is not None:
            told = self._said_on(index, told)
        elif deictic and not self.story:
            # News: a quote's "today" is the day it was said on, given after the quote ("\"Today marks the
            # end,\" Obama said at noon on Monday"), when that is not the publication's
            news_day = span_at("day", self.at)
            said = self._said_on(index, news_day, news=True)
            if said == news_day:
                said = self._said_before(mention.start) or news_day
            before = said.end <= news_day.start and news_day.start - said.start <= _QUOTE_REACH
            told = said if before else None
        op = self._rewritten(op, mention, told)
        if newsday.on_unwritten_day(op) and self._routine(index, mention):
            op = Label("TIME", op.time.any_day(), op.mod)  # "open daily from 7 a.m.": any day's
        reached = self._reached(index, mention, op, told, self._way(index, mention, op))
        joined = lists.joined(self.previous, mention.start, self.folded, self.language)
        apposed = (
            op
            if isinstance(op, Later)
            and (self.moved == index - 1 or self._glanced(index - 1))
            and narrative.apposes(self.folded, self.composed[index - 1].end, mention.start)
            else None
        )
        later = self._dated_later(reached)
        try:
            resolved, onwards = self._first_reading(reached, apposed, later)
            resolved = self._corrected(reached, resolved, joined, apposed)
        except Unresolvable:
            return
        if (
            resolved.type == "DURATION"
            and "X" in resolved.value
            and heading(self.text, reached.start, reached.end)
        ):
            return  # "Later years", "Later years and death" heading a part of a life: no length
        place = self._place(reached, resolved)
        if self.story and resolved.value == FUTURE_REF and not place.ahead:
            return
        named = self.season
        if self.story and (told is not None or self.last is None) and SEASON.match(resolved.value):
            back = place.flashback or self.language.flashback_after.match(self.folded, mention.end)
            resolved, self.season = seasons_on(resolved, op, self.last, self.season, back)
        if self.bc and self.last is not None and self.last.start.year >= era.FLOOR:
            resolved = era.written_back(resolved)
        self.bc = self.bc or resolved.value.startswith(era.PREFIX)
        self._emit(reached, resolved)
        self._lead_night(reached, resolved)
        self._listed(reached, resolved, joined)
        self._advance(reached, resolved, place, named, apposed is None and not onwards)

    def _habit_reach(self) -> tuple[int, int]:
        """Where the last expression given out that is not any year's (XXXX-08) or a set ends, and where the
        last one given out ends when it is (normalized; -1 when none): a habit told before the expression
        reaches it only over dates of the habit ("sailed each year in May, reached the bay in August")."""
        carried = -1
        for timex in reversed(self.out):
            if timex.type != "SET" and not timex.value.startswith("XXXX"):
                return self.norm.folded(timex.char_end), carried
            if carried < 0:
                carried = self.norm.folded(timex.char_end)
        return -1, carried

    def _rewritten(self, op: Operator, mention: Composed, told: Span | None) -> Operator:
        """The operator as its context reads it: a clock after "it's" in news is the time of writing;
        "today" in a story on a year is a day in it; a month in a clause of habit is any year's; a week in
        a market report is the trading week; a week, month or year a report sums up is the one it closed."""
        start = mention.start
        if (
            not self.story
            and newsday.on_unwritten_day(op)
            and self.language.clock_now_before.search(self.folded, max(0, start - 20), start)
        ):
            op = TimeOn(DeicticDay(0), op.time, op.mod)  # "It's twenty past one": the time of writing
        if self.story and isinstance(op, TimeOn) and isinstance(op.day, NarrativeDay) and op.day.night:
            # "reached the site that evening and worked through the night": the story day's own night; the
            # night before is news's, whose day is the publication's, its own night still to come
            op = replace(op, day=replace(op.day, night=False))
        if isinstance(op, DeicticDay) and told is not None and finer("day", told.grain):
            op = NarrativeUnit("D", op.days)  # "today" in a story on a year is in it, as "the next day" is
        generic = _any_year(op.unit if isinstance(op, Modified) else op, self.story)
        if (
            generic is not None
            and self.tense.habitual(start, mention.end, *self._habit_reach())
            and not self._after_since(start)
        ):
            # "usually in mid-December": any year's December, with its mod (not "has had more rain since
            # October than it usually gets": a month begun is one October)
            op = Label("DATE", generic, op.mod if isinstance(op, Modified) else None)
        if _rate(op, mention, self.folded, self.language):
            op = Label("SET", op.value)  # "25,000 visitors a month"
        if newsday.trading_week(op, self.story, self.folded, start, self.language):
            op = TradingWeek(self.language.trading_close or 0)
        if (
            isinstance(op, Label)
            and isinstance(op.year, SeasonYear)
            and op.year.shift is None
            and self._after_since(start)
        ):
            op = replace(op, year=replace(op.year, since=True))  # "since the spring": one begun
        if (
            not self.story
            and isinstance(op, Modified)
            and isinstance(op.unit, StoryUnit)
            and self._after_since(start)
        ):
            # "Boeing delivered 46 jets last year. Its shares have fallen since the start of the year": a span
            # from the start of the unit up to now, of the unit holding the publication
            op = replace(op, unit=ThisUnit(op.unit.unit, 0))
        if newsday.summed(op, self.story, self.folded, start, self.language):
            op = SummedUnit(op.unit)
        return op

    def _way(self, index: int, mention: Composed, op: Operator) -> str:
        """The direction the expression is read in (see `_direction`): a date in the dateline is the day the
        story was filed, on or before its publication, whatever its first sentence tells; a period named by
        the day it closes ("the fiscal year ending June 30") reads as that day does; a deferral as
        `newsday.deferred` says."""
        if self._in_head(mention):
            return "past"
        if isinstance(op, ClosedBy) and index + 1 < len(self.composed):
            closing = self.composed[index + 1]
            way = _direction(self.policy.prefer, closing, closing.expression.op, self.tense)
        else:
            way = _direction(self.policy.prefer, mention, op, self.tense)
        if way == "deferred":
            way = newsday.deferred(self.out, self.text, self.norm.original(mention.start), self.at, op)
        if way == "past" and self.story and _bare_midnight(op) and self._day_told_on(mention):
            way = "news"  # "by noon the walls were breached, and after midnight the raiders withdrew": 24:00
        listing = self.listing
        if (
            way == "news"
            and listing is not None
            and listing[1] != "news"
            and listing[2] is type(op)
            and self.language.list_items.fullmatch(self.folded, listing[0], mention.start) is not None
        ):
            way = listing[1]  # "shopped on Thanksgiving, Black Friday and Cyber Monday": all behind
        elif (
            read_ahead(way)
            and isinstance(op, MonthOfYear)
            and listing is not None
            and listing[1] == "news"
            and listing[2] is type(op)
            and self.language.range_to.fullmatch(self.folded, listing[0], mention.start) is not None
        ):
            way = "news"  # "expected to have expanded 6 percent in July through September": the data's range
        self.listing = (mention.end, way, type(op))
        return way

    def _day_told_on(self, mention: Composed) -> bool:
        """Whether the story has gone on past the start of its day before `mention`: a clock of that day was
        told ("at dawn ... by noon"), or the day was set in an earlier sentence. A midnight told after it is
        the one that ends the day; right after the day is set ("On 5 June, shortly after midnight") the one
        that began it."""
        start = self.norm.original(mention.start)
        if self.since < sentence_at(self.text, start).start:
            return True
        return bool(self.out) and "T" in self.out[-1].value and self.out[-1].char_start >= self.since

    def _figure_before(self, mention: Composed) -> bool:
        """Whether a figure (a digit) stands in the sentence of `mention` before it, after the date before it:
        the count back compares it ("The rate was 4.1 percent a year earlier"). A date's own digits, or a
        number before it, are none ("the 2018-2019 school year starts on 2 September, and teachers return a
        week before that": the week before 2 September)."""
        opening = self.norm.folded(sentence_at(self.text, self.norm.original(mention.start)).start)
        if self.out:
            opening = max(opening, self.norm.folded(self.out[-1].char_end))
        return _FIGURE.search(self.folded, opening, mention.start) is not None

    def _month_range(self) -> Span | None:
        """News: the quarter, half or year that the last two dates span when they are the two ends of a range
        of months of one year, written just before ("exports rose from July to September", من يوليو إلى
        سبتمبر): the period a later "same period last year" compares (`newsday.months_spanned`)."""
        out = self.out
        if len(out) < 2 or self.last is None or out[-1].value != self.last.value:
            return None
        first, second = plain(out[-2].start), plain(out[-1].start)
        if first is None or second is None or out[-2].grain != "month" or out[-1].grain != "month":
            return None
        gap = (self.norm.folded(out[-2].char_end), self.norm.folded(out[-1].char_start))
        if self.language.range_to.fullmatch(self.folded, *gap) is None:
            return None
        return newsday.months_spanned(span_at("month", first), span_at("month", second))

    def _reached(self, index: int, mention: Composed, op: Operator, told: Span | None, way: str) -> Reached:
        """The expression with what its resolution knows of the story. The story's day only counts where
        the date last mentioned is coarser than a day: passed only then, it leaves the resolution cache as
        many contexts as before. In news, a figure's count back not told ahead does not count from a date
        still to come ("The jobless rate was 4.7 percent in February ... before the fiscal year ends on March
        31. It was 4.1 percent a year earlier": February a year back), but from the date before it; a story's
        step back does ("The ban takes effect on Jan. 1. Ireland imposed one a year earlier"). "The same
        period" after a day that ends the span told before it is that span's ("in the nine months ended
        Sept. 30, against the same period last year"), though "a year earlier" keeps the day; after a range
        of months, the months together ("from July to September, against the same period last year": the
        third quarter)."""
        last = self.last
        if (
            not self.story
            and way in ("past", "news")
            and isinstance(op, Later)
            and op.amount < 0
            and last is not None
            and last.start > self.at
            and self.before is not None
            and self.before.start < self.at
            and self._figure_before(mention)
        ) or self._reported_before(op, last):
            last = self.before
        elif (
            not self.story
            and isinstance(op, NarrativeYears)
            and op.unit is None
            and not op.own
            and last is not None
            and newsday.ends_span(self.before, last)
        ):
            last = self.before  # "the nine months ended Sept. 30 ... the same period last year": the span
        elif (
            not self.story
            and isinstance(op, NarrativeYears)
            and op.unit is None
            and not op.own
            and (ranged := self._month_range()) is not None
        ):
            last = ranged  # "from July to September, against the same period last year": the quarter
        if self.story and last is not None and told is last and isinstance(op, Later | NarrativeUnit):
            aged = self._aged(mention.start, last)
            if aged is not None:  # "At the age of fourteen he was apprenticed, and three years later"
                told = last = aged
        story_day = self.day if last is None or finer("day", last.grain) else None
        unit = op.day if isinstance(op, TimeOn) else op
        if isinstance(unit, NarrativeUnit) and unit.n == 0 and not self.story:
            # "that day" (also "at 2 p.m. that day"): the day last told, a story's or history's, also
            # past a coarser date told since ("goes on sale at 6 p.m. Friday, ending speculation that began
            # in January. Stores close at 2 p.m. that day": Friday)
            story_day = self.dated_day or story_day
        clock = not self.story and newsday.on_unwritten_day(op)
        glanced = self.glance is not None and told is self.glance[1]
        focus = (told if told is not None and (glanced or told is self.looked_back) else last, story_day)
        start = self.norm.original(mention.start)
        if clock:
            set_at = self.since if story_day is None else self.day_since
            focus = self._clock_focus(mention, op, start, set_at) or focus
        elif not self.story and newsday.part_on_unwritten_day(op) and self._aside_behind(mention, start):
            # "The Dow, which plunged 508 points Monday, rose 102 points, though it had been up 200 points in
            # the morning": the lead's morning, not the one of the day a closed relative clause named.
            focus = (None, self.lead)
        end = self.norm.original(mention.end)
        return Reached(index, mention, op, told, way, start, end, focus, story_day, clock)

    def _reported_before(self, op: Operator, last: Span | None) -> bool:
        """News: whether a reported period in focus ("in the quarter") is the one told just before a coarser
        date that came after it ("fourth-quarter earnings fell ... and warned that 1990 would be difficult.
        IBM earned $591 million in the quarter": the fourth quarter, not one somewhere in 1990)."""
        if self.story or not isinstance(op, NarrativeUnit) or op.n != 0 or op.unit not in REPORTED:
            return False
        before, grain = self.before, UNIT_GRAIN[op.unit]
        return (
            last is not None
            and before is not None
            and finer(grain, last.grain)
            and before.grain == grain
            and before.end <= self.at
        )

    def _glanced(self, index: int) -> bool:
        """Whether the expression at `index` is the date the story glanced at and did not move to (a state's
        edge: "lasted until the British entered the city on 11 March 1917")."""
        glance = self.glance
        if index < 0 or glance is None:
            return False
        return glance[0] == self.norm.original(self.composed[index].start)

    def _first_reading(self, r: Reached, apposed: Later | None, later: Span | None) -> tuple[Resolved, bool]:
        """The expression resolved against the story, or against the news day; and whether it was read on
        past the story ("onwards"), which then stays where it was."""
        op, told, mention = r.op, r.told, r.mention
        if apposed is not None and told is not None:
            # Counted from where the story stood before the date it restates: the story's date itself when
            # that date was only glanced at ("lasted until 11 March 1917, almost three centuries later").
            before = self.before if self.moved == r.index - 1 else self.last
            return narrative.restated(apposed, before, told, r.way), False
        if (
            mention.expression.tensed
            and (base := told if later is None else narrative.year_up_to(op, later)) is not None
        ):
            # Before any date of the story too, the year a date in full later in its clause gives.
            return self._in_story(r, base, later)
        return self._on_news_day(r), False

    def _on_news_day(self, r: Reached) -> Resolved:
        """An expression against the publication, or the story's date: in a narrative, "this year", "the
        end of the month", "that morning" are the story's too."""
        op, mention, at = r.op, r.mention, self.at
        versus = newsday.compared_quarter(op, self.last, self.folded, mention.start, self.language)
        if versus is not None:
            return resolution(op, Context(versus.start, "past", versus))
        years = newsday.compared_years(op, self.last, at, self.folded, mention.start, self.language)
        if years is not None:
            return resolution(years, Context(at, "past", self.last))
        if r.told is not None and self.story and isinstance(op, Ago) and op.amount < 0:
            # "N units ago" in a story: from the writer's now when that reaches the story's date ("the
            # ceasefire took effect twenty years ago, on 12 May 1994" in 2014), else a speaker's, from the
            # story's ("Thieu said he had been tricked into signing the accord two years ago").
            writers = resolution(op, Context(at, r.way, None, None))
            if writers.calendar is not None and writers.calendar.start <= r.told.start < writers.calendar.end:
                return writers
        resolved = resolution(op, Context(at if r.told is None else r.told.start, r.way, *r.focus))
        in_focus = r.clock or newsday.day_in_focus(op, self.story)
        direction = self.tense.direction(mention.start, mention.end) if in_focus else ""
        if r.clock and read_ahead(direction) and self._deferred_clock(mention, r.start):
            # "Snow closed roads yesterday. Heathrow cancelled flights until 3pm": that day's
            direction = "news"
        # not a clock kept on the day of the clock before it in its sentence ("took off at 12:41 a.m. and was
        # due to land at 6:30 a.m.": see `_clock_kept`)
        kept = r.clock and isinstance(op, TimeOn) and self._clock_kept(op, r.start) is not None
        if in_focus and not kept and newsday.off_news_day(resolved, at, direction):
            # "polls will close at 8 p.m." after a day behind; "the 7:13 a.m. train was full" after a day
            # ahead ("extra trains through Wednesday"); "the exchange closed for the day" after "will stay
            # closed Tuesday". A clock told in the past after a day ahead is on the lead's day when that is
            # behind the publication, as a paper tells yesterday's story (بدأ التصويت صباح أمس ... وينتهي
            # مساء غد. وفتحت اللجان أبوابها في التاسعة صباحاً: yesterday's nine o'clock).
            behind = r.clock and direction == "past" and newsday.day_behind(self.lead, at)
            lead = self.lead if behind else None
            resolved = resolution(op, Context(at if lead is None else lead.start, r.way, None, None))
        if self.policy.prefer != "tense" or r.told is not None or not mention.expression.tensed:
            return resolved
        # a part of a day of a month is its day's (غرق المركب ليلة 23 نوفمبر after نوفمبر 2020)
        day = op.day if isinstance(op, TimeOn) and isinstance(op.day, YearlessDay) else op
        if (
            isinstance(day, MonthOfYear | YearlessDay)
            and self.recalls
            and newsday.recalled(
                self.last, day, self.since, at, r.way, self.folded, mention.start, self.language
            )
            and self.since >= sentence_at(self.text, r.start).start
            and not self._year_left(mention, r.start)
        ):
            # "The first war, in 1991, ended on Feb. 28"; "lost in March 2001, and in October": 2001's
            recalled = narrative.in_story(day, self.last, onwards=True)
            if day is op:
                return recalled
            if isinstance(op, TimeOn) and recalled.calendar is not None:
                return op.time.on(recalled.calendar, op.mod)
        crossed = functools.partial(newsday.crossed, self.tense, self.language, mention)
        return newsday.much_nearer(op, resolved, Context(at, r.way, *r.focus), crossed)

    def _corrected(
        self, r: Reached, resolved: Resolved, joined: lists.ListedDay | None, apposed: Later | None
    ) -> Resolved:
        """The first reading, mended by what is around it: a shift restated by a date in apposition, a
        count told in the past, the writer's now in a story, a list or range it closes, a weekday in a zone
        a day ahead, a clock after a day."""
        op, told, mention, folded, language = r.op, r.told, r.mention, self.folded, self.language
        same = isinstance(op, NarrativeUnit) and op.n == 0
        if self.story and (isinstance(op, Later) or same) and told is not None and apposed is None:
            # "Two days later, on 20 January": the shift restates the date in apposition after it; "the same
            # day, July 4, 1826" names it.
            date = narrative.apposed_date(self.composed, r.index, folded, told, r.way, language)
            if date is not None:
                resolved = narrative.restated(op if isinstance(op, Later) else None, told, date, r.way)
        elif not self.story and isinstance(op, Later) and apposed is None:
            # News: "had introduced the phone a day earlier, on Tuesday": the day in apposition, read from
            # the last day told (the publication's when none), not counted from a year mentioned before
            last = self.last
            day = last if last is not None and not finer("day", last.grain) else span_at("day", self.at)
            date = narrative.apposed_date(self.composed, r.index, folded, day, r.way, language)
            # not a clock: "the day before, from 5 p.m."
            if date is not None and not finer(date.grain, "day"):
                resolved = narrative.restated(op, self.last, date, r.way)
                if op.amount < 0:
                    resolved = replace(resolved, calendar=None)  # counted back: the story stays (see Later)
        counted_after = newsday.told_after(op, self.last, self.at, told)
        if counted_after is not None and newsday.in_past(self.since, mention, self.tense):
            counted = resolution(counted_after, Context(self.at, "past", self.last))
            # What a clause tells as past lies before the publication; else it counts from now.
            if counted.calendar is not None and counted.calendar.start < self.at:
                resolved = counted
        if self.story and asides.writers_now(mention, self.tense):
            resolved = Resolved("DATE", "PRESENT_REF")
        if isinstance(op, AfterSome) and self.tense.direction(mention.start, mention.end) == "past":
            resolved = op.later()  # "was arrested minutes later"
        restated = lists.restated_weekday(self.previous, op, mention.start, folded, language)
        if restated is not None:
            resolved = restated
        if not self.story and _on_weekday(op):
            opening = sentence_at(self.text, r.start).start
            again = lists.weekday_again(self.out, op, opening, self.at, self.language)
            if again is not None:
                resolved = again
        if joined is not None and isinstance(op, Weekday) and r.way != "past" and joined.day.grain != "month":
            # not a month right before the weekday, which no sequence of days begins (وتصرف الحكومة رواتب
            # شهر أيلول يوم الأحد: the coming Sunday, not September's first)
            resolved = lists.on_from(resolved, op, joined.day)
        ranged = (
            joined is not None and language.range_to.fullmatch(folded, joined.end, mention.start) is not None
        )
        if (
            ranged
            and joined is not None
            and r.way == "past"
            and _on_weekday(op)
            and not _on_weekday(joined.op)
            # a bare opening clock takes the end's day: "from 7 a.m. to 1 p.m. on Wednesday" (that Wednesday)
            and not newsday.on_unwritten_day(joined.op)
            and joined.day.grain != "month"
            and resolved.calendar is not None
            and resolved.calendar.start < joined.day.start
        ):
            # The bare weekday that ends a range whose start its own words placed (مساء الجمعة المقبل وحتى
            # صباح السبت، من مساء اليوم الاثنين إلى غاية يوم الأربعاء), told in the past: the first such day
            # after that start, never one before it.
            resolved = lists.on_from(resolved, op, joined.day)
        if (
            joined is not None
            and ranged
            and isinstance(op.unit if isinstance(op, Modified) else op, YearlessDay | MonthOfYear)
            and not (r.way == "past" and isinstance(joined.op, YearlessDay | MonthOfYear))
            and lists.before_first(resolved, joined.day)
            and not (read_ahead(r.way) and lists.ongoing(resolved, joined, self.at, r.way))
        ):
            # The end of a range is not before its start: "runs from July 1 to June 30" (the next June), "from
            # October 2015 to March" (2016's), "منذ أواخر مارس حتى منتصف مايو" (that May, not a year
            # on). Told in the past, a bare start reads back from the end instead.
            resolved = resolution(op, Context(joined.day.start, "future", None))
        out = self.out
        if (
            not self.story
            and isinstance(op, MonthOfYear)
            and read_ahead(r.way)
            and out
            and out[-1].grain == "month"
            and out[-1].char_start >= sentence_at(self.text, r.start).start
            and language.listed_on.search(folded, self.norm.folded(out[-1].char_end), mention.start)
        ):
            resolved = lists.month_on(resolved, op, out[-1])  # "in April and a vote in December"
        if (
            not self.story
            and _on_weekday(op)
            and read_ahead(r.way)
            and out
            and (listed := day_named(out[-1].value)) is not None
            and lists.before_first(resolved, listed)
            and out[-1].char_start >= sentence_at(self.text, r.start).start
            and language.sequence_on.search(folded, self.norm.folded(out[-1].char_end), mention.start)
        ):
            # "The holiday ends on Saturday, Sept. 2, then offices reopen on Sunday": the Sunday after it
            resolved = lists.on_from(resolved, op, listed)
        if (
            joined is not None
            and (ranged or language.clock_range.fullmatch(folded, joined.end, mention.start) is not None)
            and newsday.on_unwritten_day(op)
            and isinstance(joined.op, TimeOn)
        ):
            # "from 8 p.m. to 7 a.m.", "between 23:45 and 04:30": the end after the start
            resolved = lists.clock_after(resolved, op, joined.day)
        if (
            not self.story
            and r.way == "past"
            and language.zoned.search(folded, mention.start, mention.end + _ZONE_REACH)
        ):
            resolved = newsday.zone_ahead(op, resolved, self.at, r.way)
        if not self.story and r.way in ("past", "news") and _yearless(op) and resolved.calendar is not None:
            held = self._year_held(r, resolved.calendar)
            if held is not None:
                # News: a day without its year right after a date written with one, in its sentence or
                # the one before, is in that date's year where it lies near it ("handed them over on
                # March 3, 2009, and again on March 11", written in 2010: 2009's)
                resolved = resolution(op, Context(shift(held.start, "M", _HELD_MONTHS), "past", self.last))
        framable = _yearless(op) or isinstance(op, MonthOfYear)
        if not self.story and framable and resolved.calendar is not None:
            frame = self._year_framed(r)
            if frame is not None and not frame.start <= resolved.calendar.start < frame.end:
                # News: a year that opens its sentence frames the days and months told after it ("Last year,
                # Diwali was celebrated on October 17"; "In 2009, the deadline was extended to April 30").
                resolved = resolution(op, Context(frame.end - datetime.timedelta(days=1), "past", None))
        if not self.story and isinstance(op, TimeOn):
            resolved = self._clock_mended(r, op, resolved)
        elif isinstance(op, TimeOn):
            resolved = self._story_clock(r, op, resolved)
        return resolved

    def _year_held(self, r: Reached, found: Span) -> Span | None:
        """The day of a date written with its year, the last one told in the sentence of `r` or the one
        before, whose year a day without one near it takes: None where `found`, the day's own reading, is in
        that year or lies nearer to that date than _HELD_MONTHS, and where that date stands in a relative
        clause closed before it ("Ben Ali, who came to power on Nov. 7, 1987, fled on Jan. 14": this
        January), or where a date of another year was told between ("ruled since the coup of Sept. 1, 1969;
        the uprising began on Feb. 17 ... NATO will decide next week how long its strikes, begun on March 19,
        go on": the story has come back to the news's year)."""
        sentence = sentence_at(self.text, r.start).start
        opening = sentence_at(self.text, max(0, sentence - 1)).start
        between: set[int] = set()
        for timex in reversed(self.out):
            if timex.char_start < opening:
                return None
            held = day_named(timex.value)
            if held is None or not _WRITTEN_YEAR.search(timex.text):
                if (
                    timex.start is not None
                    and timex.type in ("DATE", "TIME")
                    and self._read_from_news(timex, r.index)
                ):
                    between.add(timex.start.year)
                continue
            if between - {held.start.year}:
                return None
            dated = self._composed_at(r.index, timex.char_start)
            if dated is not None and asides.relative_closed(
                self.folded, dated, r.mention.start, self.norm.folded(opening), self.language
            ):
                return None
            near = shift(held.start, "M", -_HELD_MONTHS) < found.start < shift(held.start, "M", _HELD_MONTHS)
            if held.start.year == found.start.year or near or held.start >= self.at:
                return None
            return held
        return None

    def _year_framed(self, r: Reached) -> Span | None:
        """News: the year, other than the publication's, that opens the sentence of `r` as its frame, set off
        by a comma with at most a word before it ("Last year, ...", "In 2009, ..."), where no other date
        written with a year came between; else None."""
        sentence = sentence_at(self.text, r.start).start
        for timex in itertools.islice(reversed(self.out), _FRAME_DATES):
            if timex.char_start < sentence:
                return None
            if (
                timex.grain == "year"
                and timex.start is not None
                and timex.start.year != self.at.year
                and timex.char_start - sentence <= _FRAME_REACH
                and len(self.text[sentence : timex.char_start].split()) <= 1
                and not _FIGURE.search(self.text, sentence, timex.char_start)
                and self.text.startswith(tuple(commas()), timex.char_end)  # "Last year, ...", "In 2009, ..."
                and timex.value.isdigit()
            ):
                return span_at("year", timex.start)
            if _WRITTEN_YEAR.search(timex.text):
                return None
        return None

    def _composed_at(self, before: int, start: int) -> Composed | None:
        """The mention before index `before` that starts at original offset `start`, looked for backwards
        (a date told shortly before), or None."""
        folded = self.norm.folded(start)
        for index in range(before - 1, -1, -1):
            mention = self.composed[index]
            if mention.start <= folded:
                return mention if self.norm.original(mention.start) == start else None
        return None

    def _read_from_news(self, timex: Timex, before: int) -> bool:
        """Whether an expression already read names its date from the publication, not from the story: a
        shift or a deictic ("next week", شباط الماضي), not a month or day said bare ("in September"), which
        may itself be the held year's."""
        mention = self._composed_at(before, timex.char_start)
        return mention is not None and not (
            _yearless(mention.expression.op) or isinstance(mention.expression.op, MonthOfYear)
        )

    def _emit(self, r: Reached, resolved: Resolved) -> None:
        """The TIMEX3 of the expression, at its offsets in the original text."""
        self.out.append(
            Timex(
                type=resolved.type,
                value=resolved.value,
                mod=resolved.mod,
                start=None if resolved.start is None else cached_pendulum(resolved.start),
                end=None if resolved.end is None else cached_pendulum(resolved.end),
                grain=resolved.grain,
                anchor=self.anchor,
                rule=r.mention.rule,
                text=self.text[r.start : r.end],
                char_start=r.start,
                char_end=r.end,
                alternatives=resolved.alternatives,
                lang=self.language.code,
            )
        )


def _direction(prefer: str, mention: Composed, op: Operator, tense: Reading) -> str:
    """The policy's direction; under "tense", the sentence's for an expression whose reading the tense
    decides (a weekday, month, quarter or weekend said without which one, or a time of day the tense puts
    on a day: "will leave in the morning" is the next one, "took effect at midnight" the one that began the
    day), else the news default."""
    if prefer != "tense":
        return prefer
    if mention.expression.tensed or _placed_by_tense(op):
        return tense.direction(mention.start, mention.end)
    return "news"


def _from_anchor(op: Operator) -> int | None:
    """How many units `op` moves from the anchor's ("next year", "early next year", "next spring": 1; "this
    year", "this summer": 0), or None for no such unit. In a narrative, one moved is the writer's in a clause
    looking ahead from the writer's now (`asides.writers_future`), the anchor's own the writer's in a clause
    told in the present (`asides.writers_present`); else both are the story's."""
    match op:
        case ThisUnit(n=n) | Modified(unit=ThisUnit(n=n)) | Label(year=SeasonYear(shift=int(n))):
            return n
        case MonthShift(n=n) if n > 0:
            return n  # "is planned for next January": the writer's coming January
    return None


def _counted_back(op: Operator) -> bool:
    """Whether `op` counts back from now: "a decade ago", "last year", "last March" (not "the previous
    spring", which counts from the story)."""
    match op:
        case Ago(amount=amount) if amount < 0:
            return True
        case ThisUnit(n=n) | Modified(unit=ThisUnit(n=n)) | MonthShift(n=n) if n < 0:
            return True
    return False


def _on_weekday(op: Operator) -> TypeGuard[Weekday | TimeOn]:
    """Whether `op` is a bare weekday or a part or clock of one (صباح السبت، الخامسة من صباح السبت)."""
    return isinstance(op, Weekday) or (isinstance(op, TimeOn) and isinstance(op.day, Weekday))


def _bare_midnight(op: Operator) -> bool:
    """Whether `op` is midnight without its day."""
    match op:
        case TimeOn(day=NarrativeDay(), time=TimeOfDay(hour=24, offset=None)):
            return True
    return False


def _placed_by_tense(op: Operator) -> bool:
    """Whether `op` is a morning or night without its day ("in the morning", "during the night") or midnight
    without its day, which the tense puts on a day, a period a report sums up, or "this" season, which the
    tense says is gone by or to come."""
    match op:
        case TimeOn(day=NarrativeDay(morning=True)) | TimeOn(day=NarrativeDay(night=True)):
            return True
        case TimeOn(day=NarrativeDay(), time=TimeOfDay(hour=24, offset=None)):
            return True
        case SummedUnit() | Label(year=SeasonYear(shift=0)):
            return True
    return False


_ZONE_REACH = 16
"""How far after an expression the zone it is told in may end ("early Thursday local time", فجر الخميس بتوقيت
بغداد: the zone outside the expression)."""

_RATE_REACH = 40
"""How far before a length of one unit the count of things that makes it a rate may start."""


def _rate(op: Operator, mention: Composed, folded: str, lang: Language) -> TypeGuard[Label]:
    """Whether `op` is a length of one unit written as a rate's after a count of things
    (`Language.rate_before`: "25,000 visitors a month", "one plane an hour"): a rate, not a length."""
    return (
        isinstance(op, Label)
        and op.type == "DURATION"
        and lang.rate_unit.fullmatch(folded, mention.start, mention.end) is not None
        and lang.rate_before.search(folded, max(0, mention.start - _RATE_REACH), mention.start) is not None
    )


def _yearless(op: Operator) -> bool:
    """Whether `op` is a day of a month without its year, alone, with a clock or a part of the day on it,
    or modified ("late Sept. 12"); not a holiday ("broke down at Easter 1996 and resumed on New Year's
    Day": the latest), nor one a weekday names (يوم السبت 25 فبراير: the year of that weekday)."""
    if isinstance(op, TimeOn):
        op = op.day
    if isinstance(op, Modified):
        op = op.unit
    return isinstance(op, YearlessDay) and not op.feast and op.weekday is None


def _any_year(op: Operator, story: bool) -> str | None:
    """The value `op` takes in a clause of habit, of any year: a month ("held every year in August":
    XXXX-08) or a bare season ("usually peaks in the spring": XXXX-SP), in a story a yearless day ("marks
    16 December every year": XXXX-12-16); else None. A day in news keeps its nearest reading: the peer gold
    gives "observed on 19 June every year" that day's interval."""
    if isinstance(op, MonthOfYear):
        return f"XXXX-{op.month:02d}"
    if isinstance(op, Label) and isinstance(op.year, SeasonYear) and op.year.shift is None:
        return f"XXXX-{op.year.season}"  # "usually rises in the spring": XXXX-SP
    if story and isinstance(op, YearlessDay) and op.weekday is None:
        return f"XXXX-{op.month:02d}-{op.day:02d}"
    return None
