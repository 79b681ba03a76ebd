"""The walk through one text's expressions in order: where its story stands as each is reached (the date
it last moved to, the day the news is told on, a date glanced at, a season, a day listed), and one method
for each step that reads an expression against it."""

from __future__ import annotations

import datetime
import functools
from dataclasses import dataclass, replace
from typing import NamedTuple, TypeGuard

import pendulum

from timeline.engine import asides, era, lists, narrative, newsday
from timeline.engine.calendar import UNIT_GRAIN, Span, finer, shift, span_at
from timeline.engine.compose import Composed
from timeline.engine.language import Language
from timeline.engine.normalize import Normalized
from timeline.engine.operators.clock import TimeOfDay, TimeOn
from timeline.engine.operators.intersect import Modified
from timeline.engine.operators.labels import AfterSome, Label
from timeline.engine.operators.periods import ClosedBy
from timeline.engine.operators.positions import SeasonYear
from timeline.engine.operators.repeating import MonthOfYear, Weekday, YearlessDay
from timeline.engine.operators.shifts import (
    Ago,
    DeicticDay,
    Later,
    NarrativeDay,
    NarrativeUnit,
    StoryUnit,
    SummedUnit,
    ThisUnit,
    TradingWeek,
    WeekdayShift,
)
from timeline.engine.policy import Policy
from timeline.engine.resolve import Context, Operator, Resolved, Unresolvable, resolution
from timeline.engine.resolve import ahead as read_ahead
from timeline.engine.seasons import SEASON, Season, season_step, seasons_on, story_season_on
from timeline.engine.segment import apart, date_line, own_line, paragraph_at, sentence_at, wire_dateline
from timeline.engine.tense import Reading
from timeline.model import Timex
from timeline.moments import cached_pendulum, plain

FUTURE_REF = "FUTURE_REF"
"""A reference to the future ("soon"): in a narrative, where it counts from the story's past date, it is
no TIMEX3 value and is left out, unless the clause looks ahead from the writer's time."""


@dataclass(slots=True)
class Reached:
    """One expression as the walk reaches it: its place among the expressions, its operator as the context
    rewrites it, the story date it is told against (None in news), the direction it is read in, where it
    stands in the original text, and what a resolution of it knows of the story (`focus`: the date last
    set and the story's day; `story_day` alone; `clock`: a time of day in news with no day written)."""

    index: int
    mention: Composed
    op: Operator
    told: Span | None
    way: str
    start: int
    end: int
    focus: tuple[Span | None, Span | None]
    story_day: Span | None
    clock: bool


class Place(NamedTuple):
    """Where a resolved date of a narrative stands against the story: one the clause looks `ahead` to, in
    brackets, after words that set it at a state's `edge` ("the best showing since"), an `aside` (a life,
    an attribute, years behind or ahead), or a `flashback`."""

    ahead: bool
    bracketed: bool
    edge: bool
    aside: bool
    flashback: bool


class Walk:
    """One text's walk: the text as read, and the story's state, which each expression reads and moves."""

    __slots__ = (
        "anchor",
        "at",
        "bc",
        "before",
        "composed",
        "day",
        "day_since",
        "folded",
        "glance",
        "greeted",
        "head",
        "held",
        "language",
        "last",
        "lead",
        "lead_headed",
        "lead_night",
        "listing",
        "moved",
        "norm",
        "out",
        "policy",
        "previous",
        "recalled",
        "recalls",
        "season",
        "sections",
        "since",
        "story",
        "tense",
        "text",
    )

    def __init__(
        self,
        text: str,
        norm: Normalized,
        language: Language,
        policy: Policy,
        anchor: pendulum.DateTime,
        composed: list[Composed],
    ) -> None:
        self.text = text
        self.norm = norm
        self.folded = norm.text
        self.language = language
        self.policy = policy
        self.story = policy.story
        self.at: datetime.datetime = plain(anchor)
        self.head = None if self.story else wire_dateline(text)
        """A news story's wire dateline: where and when it was filed ("BONN, Nov. 9 (AP) --")."""
        dated = next((c for c in composed if self._in_head(c)), None) if self.head is not None else None
        if dated is not None:
            filed = newsday.filed(self.at, dated.expression.op)
            if filed != self.at:
                self.at, anchor = filed, cached_pendulum(filed)
        self.anchor = anchor
        """What the text's dates resolve against: the publication, or the day its dateline says the story
        was filed."""
        self.composed = composed
        self.tense = Reading(text, norm, language)
        self.greeted: bool | None = None
        """Whether an afternoon or evening programme's greeting opens the text ("Good evening."): read when
        a clock first asks (see `_greeting`)."""
        self.sections = narrative.Sections(text, norm) if self.story else None
        self.out: list[Timex] = []
        self.last: Span | None = None
        """The date the story last moved to."""
        self.since = -1
        """Where the date that set `last` was written."""
        self.recalls = False
        """Whether `last` is a year a news story recalls (see newsday.recalled), not one naming a thing."""
        self.moved = -1
        """The index of the expression that set `last`."""
        self.before: Span | None = None
        """Where the story was before it."""
        self.day: Span | None = None
        """The story's day, in news."""
        self.day_since = -1
        """Where the date that set `day` was written."""
        self.lead: Span | None = None
        """The story's first day: the day the news is told on."""
        self.lead_headed = False
        """Whether `lead` is the day of the wire dateline, which a day of the first paragraph replaces."""
        self.lead_night: Span | None = None
        """An evening or night before the publication day that the story's first paragraph names ("exploded
        Wednesday night", printed Friday): the day of a later paragraph's evening clock told in the past."""
        self.bc = False
        """Whether a year before the common era has been written."""
        self.season: Season | None = None
        self.previous: lists.ListedDay | None = None
        self.listing: tuple[int, str, type] | None = None
        """Where the expression before ended, the direction it was read in, and its kind of operator: an item
        of the same kind after it in a list, without a cue of its own, is read its way."""
        self.glance: tuple[int, Span] | None = None
        """A date the story did not move to, and where it was written."""
        self.recalled: tuple[int, Span] | None = None
        """A date a pluperfect looked back to ("Russia had occupied the provinces in July 1853"), and where it
        was written: a month or day said bare later in its sentence is read from it ("and Turkey declared
        war in October" is October 1853), as the clause has carried the story back there."""
        self.held: tuple[int, Span | None, int] | None = None
        """News: where a date at a state's edge ends ("its best showing since 1985"), and the focus before
        that date, which comes back once a sentence starts after it."""

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
        if told is not None and moved and asides.writers_future(mention, self.tense):
            told = None  # "plans to open an office in Singapore next year": the writer's next year
        if told is not None and moved == 0 and asides.writers_present(mention, self.tense):
            told = None  # "the war's centenary falls this year": the writer's year
        if isinstance(op, DeicticDay) and told is not None:
            told = self._said_on(index, told)
        op = self._rewritten(op, mention, told)
        reached = self._reached(index, mention, op, told, self._way(index, mention, op))
        joined = lists.joined(self.previous, mention.start, self.folded, self.language)
        apposed = (
            op
            if isinstance(op, Later)
            and self.moved == index - 1
            and narrative.apposes(self.folded, self.composed[self.moved].end, mention.start)
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
            and own_line(self.text, reached.start, reached.end)
        ):
            return  # "Later years" heading a part of a life: no length
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

    def _release(self, op: Operator, start: int) -> None:
        """News: after the sentence of a date at a state's edge, or at a count back within it from now or
        from the figures' period ("the biggest rise since September, and 2.7% higher than a year ago": beside
        the figures' month; "its first loss since 2001, against a profit in the year-earlier quarter"), or at
        the day the figures were told ("the steepest fall since 1994, IDC said on April 10"), the focus
        before the edge comes back; "adjourned until April 8; two weeks later" counts from the edge."""
        if self.held is None or not (
            isinstance(op, Ago)
            or (isinstance(op, Later) and op.amount < 0)
            or apart(self.text, self.held[0], self.norm.original(start))
            or self.language.told_before.search(self.folded, max(0, start - 40), start) is not None
        ):
            return
        _, self.last, self.since = self.held
        if self.last is not None and newsday.recalled_day(self.last, self.at):
            self.last, self.since = None, -1
        self.held = None

    def _told(self, op: Operator, start: int) -> Span | None:
        """The story date a narrative's expression is told against: where the story stands, or for a shift
        within the sentence of a date glanced at, that date ("until his death on 20 November 1975; two
        days later"); None in news."""
        if not self.story:
            return None
        glance = self.glance
        if (
            glance is not None
            and isinstance(op, Later | NarrativeUnit)
            and not finer(UNIT_GRAIN.get(op.unit, "day"), glance[1].grain)
            and glance[0] >= sentence_at(self.text, self.norm.original(start)).start
        ):
            return glance[1]
        recalled = self.recalled
        if (
            recalled is not None
            and isinstance(op, MonthOfYear | YearlessDay)
            and recalled[0] >= sentence_at(self.text, self.norm.original(start)).start
        ):
            return recalled[1]
        return self.last

    def _said_on(self, index: int, told: Span) -> Span:
        """The story's date for a word of the day ("today"), or the day its quote is said on, given after the
        quote in its sentence ("\"The guns are silent today,\" an officer wrote on 24 September")."""
        mention = self.composed[index]
        left, right = self.tense.bounds(mention.start, mention.end)
        if not asides.quoted(self.folded, left, mention.start):
            return told
        said = narrative.said_on(self.composed, index, self.folded, right, told, "past", self.language)
        return told if said is None else said

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
        if isinstance(op, DeicticDay) and told is not None and finer("day", told.grain):
            op = NarrativeUnit("D", op.days)  # "today" in a story on a year is in it, as "the next day" is
        generic = _any_year(op.unit if isinstance(op, Modified) else op, self.story)
        if generic is not None and self.tense.habitual(start, mention.end) and not self._after_since(start):
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
        listing = self.listing
        if (
            way == "news"
            and listing is not None
            and listing[1] != "news"
            and listing[2] is type(op)
            and self.language.list_items.fullmatch(self.folded, listing[0], mention.start) is not None
        ):
            way = listing[1]  # "shopped on Thanksgiving, Black Friday and Cyber Monday": all behind
        self.listing = (mention.end, way, type(op))
        return way

    def _in_head(self, mention: Composed) -> bool:
        """Whether the expression is written in the story's wire dateline."""
        head = self.head
        return head is not None and head.start <= self.norm.original(mention.start) < head.end

    def _reached(self, index: int, mention: Composed, op: Operator, told: Span | None, way: str) -> Reached:
        """The expression with what its resolution knows of the story. The story's day only counts where
        the date last mentioned is coarser than a day: passed only then, it leaves the resolution cache as
        many contexts as before."""
        last = self.last
        story_day = self.day if last is None or finer("day", last.grain) else None
        clock = not self.story and newsday.on_unwritten_day(op)
        focus = (
            last if told is None or self.glance is None or told is not self.glance[1] else told,
            story_day,
        )
        start = self.norm.original(mention.start)
        if clock:
            set_at = self.since if story_day is None else self.day_since
            focus = self._clock_focus(mention, op, start, set_at) or focus
        end = self.norm.original(mention.end)
        return Reached(index, mention, op, told, way, start, end, focus, story_day, clock)

    def _clock_focus(
        self, mention: Composed, op: Operator, start: int, set_at: int
    ) -> tuple[Span | None, Span | None] | None:
        """News: where a clock without its day (at `start` in the original text) falls, when not on the date
        in focus. That date was set at `set_at`, or, past a date coarser than a day ("The last attack came in
        September 1996. He spoke at six o'clock"), where the story's day was. A new paragraph's clock is the
        news day's, not an aside's; an evening's told in the past there is on the night the lead told of
        ("exploded Wednesday night ... The plane left at 8:19 p.m."), but one told ahead after a day coming
        within the week is that day's ("The Wildcats play Kentucky on Saturday. ... The game starts at 7:30
        p.m."). A clock in the sentence of a day counted back is that day's ("Visitation is the day before,
        from 5 p.m.")."""
        if (set_at < paragraph_at(self.text, start) or self._aside_behind(mention, start)) and not (
            newsday.coming_day(self.last, self.at)
            and read_ahead(self.tense.direction(mention.start, mention.end))
        ):
            past = self.lead_night is not None and self.tense.direction(mention.start, mention.end) == "past"
            night = self.lead_night if past and newsday.evening_hour(op) else None
            return (None, night or self.lead)
        if self.glance is not None and self.glance[0] >= sentence_at(self.text, start).start:
            return (self.glance[1], None)
        return None

    def _aside_behind(self, mention: Composed, start: int) -> bool:
        """News: whether the date in focus was set in a relative clause of this sentence that has closed
        before `mention` (at `start` in the original text); see asides.relative_closed."""
        sentence = sentence_at(self.text, start).start
        if self.moved < 0 or self.since < sentence:
            return False
        dated = self.composed[self.moved]
        return asides.relative_closed(
            self.folded, dated, mention.start, self.norm.folded(sentence), self.language
        )

    def _year_left(self, mention: Composed, start: int) -> bool:
        """News: whether the clause of `mention` (at `start` in the original text) has left the date in
        focus behind: that date stands in a relative clause closed before it ("Hale, who has lived in Ashford
        since 2003, appeared ... the raids took place between 14 January and 27 February"), or at a state's
        edge with a clause joined on after it ("frozen since 2011, and inflation hit 3 percent in September";
        not a story's step: "began on June 5, 1967, and a ceasefire took hold on June 10")."""
        if self.moved < 0:
            return False
        dated = self.composed[self.moved]
        return self._aside_behind(mention, start) or (
            self._at_edge(dated) and asides.clause_joined(self.folded, dated, mention.start, self.language)
        )

    def _dated_later(self, r: Reached) -> Span | None:
        """A narrative's date in full later in the clause, whose year a partial date takes ("from 1 May to
        15 June 1683"); not one years behind the story, which is a look back ("on 27 February, the
        anniversary of the victory at Majuba in 1881") and gives the day no year; none for a day of the month
        said alone ("accepted the plan on the 18th, and the truce began on 20 August 1988": the story's
        month)."""
        mention = r.mention
        if (
            not self.story
            or not mention.expression.tensed
            or narrative.anaphoric(r.op)
            or narrative.day_alone(r.op)
        ):
            return None
        later = narrative.dated_later(self.composed, r.index, self.folded, self.at, r.way, self.language)
        if (
            later is not None
            and r.told is not None
            and later.end <= shift(r.told.start, "Y", -1)
            and not narrative.one_list(self.folded, mention, self.composed[r.index + 1], self.language)
        ):
            return None
        if (
            later is not None
            and r.told is not None
            and self.since >= sentence_at(self.text, r.start).start
            and narrative.read_on_before(r.op, r.told, later)
        ):
            return None  # the story's date earlier in the sentence gives the year
        return later

    def _first_reading(self, r: Reached, apposed: Later | None, later: Span | None) -> tuple[Resolved, bool]:
        """The expression resolved against the story, or against the news day; and whether it was read on
        past the story ("onwards"), which then stays where it was."""
        op, told, mention = r.op, r.told, r.mention
        if apposed is not None and told is not None:
            return narrative.restated(apposed, self.before, told, r.way), False
        if (
            mention.expression.tensed
            and (base := told if later is None else narrative.year_up_to(op, later)) is not None
        ):
            # Before any date of the story too, the year a date in full later in its clause gives.
            return self._in_story(r, base, later)
        return self._on_news_day(r), False

    def _in_story(self, r: Reached, base: Span, later: Span | None) -> tuple[Resolved, bool]:
        """A partial date in the story's year or after it, and whether it was read on past the story."""
        op, mention, folded = r.op, r.mention, self.folded
        resolved = narrative.in_story(op, base)
        year = self.sections.year() if self.sections is not None else None
        if isinstance(op, MonthOfYear | YearlessDay) and year is not None:
            onwards = self.language.onwards_before.search(folded, max(0, mention.start - 10), mention.start)
            resolved = narrative.in_section(op, base, year, resolved, onwards is not None)
        if (
            isinstance(op, MonthOfYear | YearlessDay)
            and resolved.calendar is not None
            and base.end <= resolved.calendar.start
            and self._after_since(mention.start)
        ):
            # "25 June 1950 ... boycotting since January": a state begun by the story's date, not after it
            return resolution(op, Context(base.start, "past", base)), False
        sentence = sentence_at(self.text, r.start).start
        if (
            self.out
            and self.out[-1].char_start >= sentence
            and self.language.onwards_before.search(folded, max(0, mention.start - 10), mention.start)
        ):
            # A deadline that sums up where its sentence led: the story stays, if it was read on.
            deadline = narrative.in_story(op, base, onwards=True)
            return deadline, deadline != resolved
        if (
            isinstance(op, MonthOfYear | YearlessDay)
            and later is None
            and self.moved >= 0
            and self.since >= sentence
            and not self._after_since(mention.start)
            and narrative.read_on(folded, self.composed[self.moved], mention.start, self.language)
        ):
            return narrative.in_story(op, base, onwards=True), False  # "in January and lost Havana in August"
        return resolved, False

    def _on_news_day(self, r: Reached) -> Resolved:
        """An expression against the publication, or the story's date: in a narrative, "this year", "the
        end of the month", "that morning" are the story's too."""
        op, mention, at = r.op, r.mention, self.at
        versus = newsday.compared_quarter(op, self.last, self.folded, mention.start, self.language)
        if versus is not None:
            return resolution(op, Context(versus.start, "past", versus))
        if r.told is not None and self.story and isinstance(op, Ago) and op.amount < 0:
            # "N units ago" in a story: from the writer's now when that reaches the story's date ("the
            # ceasefire took effect twenty years ago, on 12 May 1994" in 2014), else a speaker's, from the
            # story's ("Thieu said he had been tricked into signing the accord two years ago").
            writers = resolution(op, Context(at, r.way, None, None))
            if writers.calendar is not None and writers.calendar.start <= r.told.start < writers.calendar.end:
                return writers
        resolved = resolution(op, Context(at if r.told is None else r.told.start, r.way, *r.focus))
        if (r.clock or newsday.day_in_focus(op, self.story)) and newsday.off_news_day(
            resolved, at, self.tense.direction(mention.start, mention.end)
        ):
            # "polls will close at 8 p.m." after a day behind; "the 7:13 a.m. train was full" after a day
            # ahead ("extra trains through Wednesday"); "the exchange closed for the day" after "will stay
            # closed Tuesday".
            resolved = resolution(op, Context(at, r.way, None, None))
        if self.policy.prefer != "tense" or r.told is not None or not mention.expression.tensed:
            return resolved
        if (
            isinstance(op, MonthOfYear | YearlessDay)
            and self.recalls
            and newsday.recalled(
                self.last, op, self.since, at, r.way, self.folded, mention.start, self.language
            )
            and self.since >= sentence_at(self.text, r.start).start
            and not self._year_left(mention, r.start)
        ):
            return narrative.in_story(op, self.last)  # "The first war, in 1991, ended on Feb. 28"
        crossed = functools.partial(newsday.crossed, self.tense, self.language, mention)
        return newsday.much_nearer(op, resolved, Context(at, r.way, *r.focus), crossed)

    def _corrected(
        self, r: Reached, resolved: Resolved, joined: lists.ListedDay | None, apposed: Later | None
    ) -> Resolved:
        """The first reading, mended by what is around it: a shift restated by a date in apposition, a
        count told in the past, the writer's now in a story, a list or range it closes, a clock after a
        day."""
        op, told, mention, folded, language = r.op, r.told, r.mention, self.folded, self.language
        same = isinstance(op, NarrativeUnit) and op.n == 0
        if self.story and (isinstance(op, Later) or same) and told is not None and apposed is None:
            # "Two days later, on 20 January": the shift restates the date in apposition after it; "the same
            # day, July 4, 1826" names it.
            date = narrative.apposed_date(self.composed, r.index, folded, told, r.way, language)
            if date is not None:
                resolved = narrative.restated(op if isinstance(op, Later) else None, told, date, r.way)
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
        if joined is not None and isinstance(op, Weekday) and r.way != "past":
            resolved = lists.on_from(resolved, op, joined.day)
        ranged = (
            joined is not None and language.range_to.fullmatch(folded, joined.end, mention.start) is not None
        )
        if (
            joined is not None
            and ranged
            and isinstance(op, YearlessDay | MonthOfYear)
            and not (r.way == "past" and isinstance(joined.op, YearlessDay | MonthOfYear))
            and lists.before_first(resolved, joined.day)
            and not (read_ahead(r.way) and lists.ongoing(resolved, joined, self.at))
        ):
            # The end of a range is not before its start: "runs from July 1 to June 30" (the next June), "from
            # October 2015 to March" (2016's). Told in the past, a bare start reads back from the end instead.
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
            joined is not None
            and (ranged or language.clock_range.fullmatch(folded, joined.end, mention.start) is not None)
            and newsday.on_unwritten_day(op)
            and isinstance(joined.op, TimeOn)
        ):
            # "from 8 p.m. to 7 a.m.", "between 23:45 and 04:30": the end after the start
            resolved = lists.clock_after(resolved, op, joined.day)
        if not self.story and isinstance(op, TimeOn):
            read = resolved
            dated = newsday.dated_before(out) if out else None
            if (
                dated is not None
                and len(out) > 1
                and dated is out[-1]
                and asides.restated(self.text, dated.char_start, out[-2].char_end)
            ):
                # "at 11:18 p.m. (04:18 UTC on Wednesday). ... shortly before 1 a.m.": read after the clock
                # the story keeps, not its restatement on another dial
                dated = newsday.dated_before(out[:-1])
            direction = functools.partial(self.tense.direction, mention.start, mention.end)
            written = folded[mention.start : mention.end]
            if dated is not None:
                resolved = newsday.late_in_day(op, resolved, dated, written)
                resolved = newsday.after_night(
                    op, resolved, dated, written, self.at, lambda: direction() == "past"
                )
                # not a clock at an edge ("rested until 5 p.m.") nor one in brackets restating the one
                # before it ("at about 9 p.m. (1800 GMT) Friday")
                if not (
                    newsday.right_at_edge(folded, mention.start, language)
                    or asides.restated(self.text, r.start, dated.char_end)
                ):
                    resolved = newsday.after_clock(op, resolved, dated, self.at, direction, written)
            if resolved == read and self._greeting():  # not read off the evening or night before it
                resolved = newsday.greeted_late(op, resolved, direction(), written)
            if resolved == read and not asides.alone(folded, mention.start, mention.end):
                # a clock said alone ("half past three") keeps its reading
                resolved = newsday.working_hour(op, resolved, dated, written, language)
        return resolved

    def _place(self, r: Reached, resolved: Resolved) -> Place:
        """Where a narrative's resolved date stands against the story (see Place); all False in news."""
        if not self.story:
            return Place(False, False, False, False, False)
        mention, folded, language, told = r.mention, self.folded, self.language, r.told
        ahead = self.tense.direction(mention.start, mention.end) == "future"
        # An aside in brackets, a day named without its year too: a sentence of its own, or a restatement of
        # the date right before the bracket.
        bracketed = (
            told is not None
            and resolved.calendar is not None
            and asides.bracketed(self.text, r.start, self.out[-1].char_end if self.out else None)
        )
        # "the largest land battle fought before 1914": a year is a bound; "began before dawn the next day" no
        bound = (
            resolved.calendar is not None
            and not finer(resolved.calendar.grain, "year")
            and language.bound_before.search(folded, max(0, mention.start - 10), mention.start) is not None
        )
        edge = (self._at_edge(mention) or bound) and not narrative.within_coarse(resolved.calendar, told)
        aside = (
            edge
            or asides.attributive(folded, mention, language)
            or asides.lifetime(self.text, r.start, r.end, language)
            or asides.years_behind(
                resolved,
                told,
                self.since,
                self.text,
                r.start,
                language.reference.search(folded, max(0, mention.start - 8), mention.start) is not None
                or language.dated_aside.search(folded, max(0, mention.start - 40), mention.start) is not None,
            )
            or asides.flash_forward(resolved, told, self.text, r.start, language)
        )
        flashback = language.flashback_before.search(folded, max(0, mention.start - 80), mention.start)
        return Place(ahead, bool(bracketed), edge, bool(aside), flashback is not None)

    def _told_of(self, mention: Composed, start: int) -> bool:
        """News: whether the date at `start` (original offset) follows, in its sentence, the period its
        figures are about, with a verb of saying right before it ("Sales rose 1.2% in April, the department
        said Tuesday") or before that period ("Acme posted a third-quarter profit on Thursday")."""
        opening = sentence_at(self.text, start).start
        if self.since < opening:
            return False
        folded, language = self.folded, self.language
        return (
            language.told_before.search(folded, max(0, mention.start - 40), mention.start) is not None
            or language.telling.search(folded, self.norm.folded(opening), self.norm.folded(self.since))
            is not None
        )

    def _after_since(self, start: int) -> bool:
        """Whether a word of `back_before` ("since", منذ) stands right before normalized `start`: the date
        after it has begun."""
        return self.language.back_before.search(self.folded, max(0, start - 10), start) is not None

    def _greeting(self) -> bool:
        """Whether the text holds an afternoon or evening programme's greeting (`Language.late_greeting`),
        searched once, for the first clock that asks."""
        if self.greeted is None:
            self.greeted = self.language.late_greeting.search(self.folded) is not None
        return self.greeted

    def _at_edge(self, mention: Composed) -> bool:
        """Whether a word of `aside_before` earlier in the clause sets the date at the edge of a state ("has
        ruled since 1763", "its best showing since 1985") or on the other side of a comparison."""
        return (
            self.language.aside_before.search(self.folded, max(0, mention.start - 80), mention.start)
            is not None
        )

    def _lead_night(self, r: Reached, resolved: Resolved) -> None:
        """News: keep the first evening or night before the publication day that the story's first
        paragraph names (see `lead_night`)."""
        if self.lead_night is not None or self.story:
            return
        night = newsday.night_behind(resolved, self.at)
        if night is not None and paragraph_at(self.text, r.start) == 0:
            self.lead_night = night

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

    def _listed(self, r: Reached, resolved: Resolved, joined: lists.ListedDay | None) -> None:
        """Mend the first of a list or range by its second, and keep a day or clock that may begin one."""
        op, out = r.op, self.out
        if (
            joined is not None
            and resolved.calendar is not None
            and newsday.on_unwritten_day(joined.op)
            and isinstance(op, TimeOn)
            and not isinstance(op.day, NarrativeDay)
            and not lists.restated_clock(joined, r.mention.start, self.folded)
        ):
            # "between 2 p.m. and 7 p.m. today": the first clock on the day the second names (not "from 9
            # a.m. until dusk", whose end names no day)
            opening = lists.clock_on(out[joined.place], joined.op, resolved.calendar)
            if opening is not None:
                out[joined.place] = opening
        if joined is not None and resolved.calendar is not None:
            # Told in the past, the first of two weekdays, or the bare start of a range of days or months, is
            # the latest such before the second ("ran from October to March": the October before that March);
            # so is a bare start before an end that says which it is, whichever way the clause reads ("from
            # October to next March"; "held from Nov. 21 to Dec. 18, 2022" after a past verb: 2022's).
            ranged = self.language.range_to.fullmatch(self.folded, joined.end, r.mention.start) is not None
            bare = (YearlessDay, MonthOfYear)
            behind = (ranged and isinstance(joined.op, bare) and not isinstance(op, (*bare, Weekday))) or (
                resolved.calendar.start <= joined.day.start
                and (
                    (r.way == "past" and (isinstance(op, Weekday) or (ranged and isinstance(op, bare))))
                    or (ranged and read_ahead(r.way) and lists.ongoing(resolved, joined, self.at))
                )
            )
            shared = (
                isinstance(op, WeekdayShift)
                and op.n != 0
                and isinstance(joined.op, Weekday)
                and self.language.sequence_shared.search(self.folded, r.mention.start, r.mention.end)
                is not None
            )
            first = (
                lists.back_from(out[joined.place], joined.op, resolved.calendar) if behind or shared else None
            )
            if first is not None:
                out[joined.place] = first
        self.previous = None
        if resolved.calendar is not None and (
            resolved.calendar.grain in ("day", "month")
            or (resolved.calendar.grain == "minute" and isinstance(op, TimeOn))
        ):
            self.previous = lists.ListedDay(r.mention.end, resolved.calendar, op, len(out) - 1)

    def _moves(self, r: Reached, resolved: Resolved, place: Place, free: bool) -> bool:
        """Whether the date becomes the one the story last set. In news, a day of telling after reported
        figures ("Sales rose 1.2% in April, the department said Tuesday") sets the story's day instead:
        the figures stay in April ("the previous month" is March)."""
        mention, folded, language, last = r.mention, self.folded, self.language, self.last
        if r.told is not None:
            if (
                resolved.calendar is not None
                and resolved.calendar.end <= r.told.start
                and self._after_since(mention.start)
            ):
                return False  # "25 June 1950 ... boycotting since January": the start of a state
            return free and narrative.moves(
                resolved.calendar,
                r.told,
                mention.expression,
                self.at,
                r.way,
                place.ahead or place.bracketed,
                place.aside,
                place.flashback,
                resolved.mod,
            )
        compared = language.comparison_before.search(
            folded, max(0, mention.start - 80), mention.start
        ) or language.compared_figure.search(folded, max(0, mention.start - 30), mention.start)
        telling = newsday.telling_day(resolved.calendar, last, self.at) and self._told_of(mention, r.start)
        if telling and resolved.calendar is not None:
            self._on_day(resolved.calendar, r.start)
        before = next((t.char_end for t in reversed(self.out) if t.char_end <= r.start), None)
        restating = asides.restated(self.text, r.start, before)  # "6:10 a.m. (2110 GMT Monday)"
        # "slipped today after Monday's rally": a day behind in the possessive after the story's day in its
        # sentence names an event, not the story's day ("watched yesterday's eclipse ... at eleven minutes
        # past eleven" is that day's; "ahead of Thursday's election, with results the following morning"
        # counts on from it).
        owning = (
            not self.story
            and self.language.possessive.match(self.folded, r.mention.end) is not None
            and resolved.calendar is not None
            and resolved.calendar.end <= span_at("day", self.at).start
            and self.since >= sentence_at(self.text, r.start).start
        )
        stamped = date_line(self.text, r.start, r.end)  # the page's date line under its headline
        return (
            not compared
            and not telling
            and not restating
            and not owning
            and not stamped
            and not newsday.counted_back(
                resolved.calendar, last, Context(self.at, r.way, None, r.story_day), r.op
            )
        )

    def _advance(
        self, r: Reached, resolved: Resolved, place: Place, named: Season | None, free: bool
    ) -> None:
        """Move the story by the date: glance at a date off it, step into a season, or set it (`free`: the
        expression neither restates the date before it nor was read on past the story)."""
        moves = self._moves(r, resolved, place, free)
        found, told, story = resolved.calendar, r.told, self.story
        # A date off the story, or a period restated around it ("May 1885. In the 1880s the colony grew, as
        # its neighbour had done a decade earlier"): a shift later in its sentence counts from it.
        off = place.edge or place.flashback or narrative.restates(found, told)
        if story and found is not None and off and not (moves or place.ahead):
            self.glance = (r.start, found)
        elif not story and (back := newsday.day_counted_back(r.op, resolved)) is not None:
            self.glance = (r.start, back)
        elif moves:
            self.glance = None
        looked_back = story and found is not None and place.flashback and not moves
        self.recalled = (r.start, found) if looked_back and found is not None else None
        season = self.season
        if season is not named and season is not None and moves and found is not None:
            season = self.season = season._replace(story=found)
        step = (
            None
            if told is None or place.ahead or place.bracketed or place.flashback
            else season_step(resolved, told)
        )
        if (
            step is None
            and told is not None
            and not (place.ahead or place.bracketed)
            and story_season_on(r.op, self.text, r.start)
        ):
            # "In 219 BC ... the following spring ... in October": the story steps into that spring's year.
            step = None if season is None or season is named else season.months()
        if step is not None and season is not None:
            self.before, self.moved = self.last, r.index
            self.last, self.since, self.season = step, r.start, season._replace(story=step)
            return
        if self.sections is not None and found is not None and r.mention.expression.pinned:
            self.sections.dated(found)
        if found is None or not moves:
            return
        self._set(r, resolved, found)

    def _on_day(self, found: Span, written: int) -> None:
        """News: the story is on the day of `found` (written at `written`), the first such day its lead. The
        wire dateline's day dates the filing, so a day its paragraph goes on to tell is the lead instead
        ("LOS ANGELES, June 26 (Reuters) - Jackson died on Thursday ... Paramedics were called at 12:21
        p.m.": Thursday's)."""
        self.day = span_at("day", found.start)
        head = self.head
        headed = head is not None and head.start <= written < head.end
        if self.lead is None or (
            self.lead_headed
            and not headed
            and head is not None
            and paragraph_at(self.text, written) == paragraph_at(self.text, head.start)
        ):
            self.lead, self.lead_headed = self.day, headed
        self.day_since = written

    def _set(self, r: Reached, resolved: Resolved, found: Span) -> None:
        """The story moves to the date: in news, a date at a state's edge is held, to be let go after its
        sentence; a date after "the week ended" names the period it closes; a day within reach of the
        publication is the story's day."""
        mention, folded, language = r.mention, self.folded, self.language
        if not self.story:
            self.held = (r.end, self.last, self.since) if self._at_edge(mention) else None
        self.before, self.moved = self.last, r.index
        closing = (
            None if self.story else language.closing.search(folded, max(0, mention.start - 40), mention.start)
        )
        if closing is not None:
            self.last = newsday.closed(found, closing.group("unit"), language) or found
        elif self.story:
            self.last = narrative.late_part(found, resolved.mod)
        else:
            self.last = found
            if newsday.story_day(found, self.at):
                self._on_day(found, r.start)
        self.since = r.start
        self.recalls = not (
            asides.attributive(folded, mention, language) or asides.dated_aside(folded, mention, language)
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
    return None


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
