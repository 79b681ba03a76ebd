"""How a resolved date moves the story: a list or range it closes, whether it becomes the date the story
last set, a glance, a season stepped into, the news day, a date held at a state's edge and let go."""

from __future__ import annotations

import re

from timeline.engine import asides, lists, narrative, newsday
from timeline.engine.calendar import DAY, Span, finer, span_at
from timeline.engine.compose import Composed
from timeline.engine.operators.clock import TimeOn
from timeline.engine.operators.repeating import MonthOfYear, Weekday, YearlessDay
from timeline.engine.operators.shifts import (
    Ago,
    Later,
    NarrativeDay,
    WeekdayShift,
)
from timeline.engine.resolve import Context, Operator, Resolved
from timeline.engine.resolve import ahead as read_ahead
from timeline.engine.seasons import Season, season_step, story_season_on
from timeline.engine.segment import apart, date_line, paragraph_at, sentence_at
from timeline.engine.walk.state import Place, Reached, State

_CLAUSE_BREAK = re.compile(r"[,;:.!?()]")
"""A mark that ends a clause or phrase."""


class StoryMoves(State):
    """The walk's moves of the story by each date it resolves."""

    __slots__ = ()

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
            or self.language.edge_closed.match(self.folded, self.norm.folded(self.held[0])) is not None
            or self._said_right_before(start)
        ):
            return
        _, self.last, self.since = self.held
        if self.last is not None and newsday.recalled_day(self.last, self.at):
            self.last, self.since = None, -1
        self.held = None

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
        if (
            joined is not None
            and resolved.calendar is not None
            and isinstance(op, TimeOn)
            and op.time.hour is not None
            and not op.time.either_half()
            and newsday.on_unwritten_day(joined.op)
            and newsday.either_half(joined.op, out[joined.place].text)
            and (
                self.language.range_to.fullmatch(self.folded, joined.end, r.mention.start) is not None
                or self.language.clock_range.fullmatch(self.folded, joined.end, r.mention.start) is not None
            )
        ):
            # "from 5 to 8 p.m.", "between 9:30 and 11 p.m.": the first clock in the half the second says
            opening = lists.half_before(out[joined.place], joined.op, resolved.calendar)
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
                    or (ranged and read_ahead(r.way) and lists.ongoing(resolved, joined, self.at, r.way))
                )
            )
            shared = (
                isinstance(op, WeekdayShift)
                and op.n != 0
                and isinstance(joined.op, Weekday)
                and self.language.sequence_shared.search(self.folded, r.mention.start, r.mention.end)
                is not None
            )
            # the end of a year not ahead of the publication ends a range in its last month ("stopped in
            # August until the end of the year", "ran from October to the end of the year": this year's; "runs
            # from November until the end of next year" starts this November)
            second = resolved.calendar
            if resolved.mod == "END" and second.grain == "year" and second.start <= self.at:
                second = span_at("month", second.end - DAY)
            first = lists.back_from(out[joined.place], joined.op, second) if behind or shared else None
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
        telling = (
            newsday.telling_day(resolved.calendar, last, self.at) and self._told_of(mention, r.start)
        ) or self._told_today(mention, resolved)
        if telling:
            if resolved.calendar is not None:
                self._on_day(resolved.calendar, r.start)
            return False
        # Each check below only says no: the first that does ends the reading (they are asked in turn, not
        # all of them for every date).
        if language.comparison_before.search(
            folded, max(0, mention.start - 80), mention.start
        ) or language.compared_figure.search(folded, max(0, mention.start - 30), mention.start):
            return False
        if self._measured(r) or date_line(self.text, r.start, r.end):  # or the page's date line
            return False
        before = next((t.char_end for t in reversed(self.out) if t.char_end <= r.start), None)
        if asides.restated(self.text, r.start, before):  # "6:10 a.m. (2110 GMT Monday)"
            return False
        # "slipped today after Monday's rally": a day behind in the possessive after the story's day in its
        # sentence names an event, not the story's day ("watched yesterday's eclipse ... at eleven minutes
        # past eleven" is that day's; "ahead of Thursday's election, with results the following morning"
        # counts on from it).
        if (
            not self.story
            and self.language.possessive.match(self.folded, r.mention.end) is not None
            and resolved.calendar is not None
            and resolved.calendar.end <= span_at("day", self.at).start
            and self.since >= sentence_at(self.text, r.start).start
        ):
            return False
        # "talks ran a day past their Friday deadline": a day between an article or possessive and the
        # planned event it dates is no day the story is on (a later clock stays on the lead's day); nor is a
        # year a figure is measured against ("40 percent below 2005 levels", "above the 1981-2010 average").
        if not self.story and (
            (
                asides.attributive(folded, mention, language)
                and language.planned_after.match(folded, mention.end) is not None
            )
            or language.baseline_after.match(folded, mention.end) is not None
        ):
            return False
        context = Context(self.at, r.way, None, r.story_day)
        return not newsday.counted_back(resolved.calendar, last, context, r.op)

    def _told_today(self, mention: Composed, resolved: Resolved) -> bool:
        """News: whether the date is the news day itself right after a verb of saying (`told_before`: "Swiss
        police said this morning", "officials said today") when the story is on a day before it ("crashed
        last night"): the day of the telling, which leaves the story's day in focus for a later clock or
        count ("left the runway at 2:37 a.m.", "had rested the day before")."""
        found, last = resolved.calendar, self.last
        if self.story or found is None or last is None or finer("day", found.grain):
            return False
        today = span_at("day", self.at)
        if found.start != today.start or found.end > today.end:
            return False
        if finer("day", last.grain) or last.end > today.start:
            return False
        return self._said_right_before(mention.start)

    def _measured(self, r: Reached) -> bool:
        """News: whether the date is the far end of a length set off by a comma just before it in its clause
        (`Language.measured_from`: "went to the polls Tuesday, a week after the contests of Feb. 5 failed").
        The story stays on the sentence's date."""
        if self.story:
            return False
        length = next((t for t in reversed(self.out) if t.char_end <= r.start), None)
        if length is None or length.type != "DURATION":
            return False
        if not self.text[max(0, length.char_start - 3) : length.char_start].rstrip().endswith(","):
            return False
        after = self.norm.folded(length.char_end)
        found = self.language.measured_from.match(self.folded, after)
        return found is not None and _CLAUSE_BREAK.search(self.folded, found.end(), r.mention.start) is None

    def _told_of(self, mention: Composed, start: int) -> bool:
        """News: whether the date at `start` (original offset) follows, in its sentence, the period its
        figures are about, with a verb of saying right before it ("Sales rose 1.2% in April, the department
        said Tuesday") or before that period ("Acme posted a third-quarter profit on Thursday")."""
        opening = sentence_at(self.text, start).start
        if self.since < opening:
            return False
        folded, language = self.folded, self.language
        return (
            self._said_right_before(mention.start)
            or language.telling.search(folded, self.norm.folded(opening), self.norm.folded(self.since))
            is not None
        )

    def _advance(
        self, r: Reached, resolved: Resolved, place: Place, named: Season | None, free: bool
    ) -> None:
        """Move the story by the date: glance at a date off it, step into a season, or set it (`free`: the
        expression neither restates the date before it nor was read on past the story)."""
        moves = self._moves(r, resolved, place, free)
        found, told, story = resolved.calendar, r.told, self.story
        # A date off the story, or a period restated around it ("May 1885. In the 1880s the colony grew, as
        # its neighbour had done a decade earlier"), or one dating a noun ("her 1975 novel won the prize the
        # next year"): a shift later in its sentence counts from it, as from a day the clause looks ahead to
        # ("the rising, first fixed for 28 December, was postponed the day before").
        off = (
            place.edge
            or place.flashback
            or narrative.restates(found, told)
            or (place.aside and asides.attributive(self.folded, r.mention, self.language))
        )
        if story and found is not None and off and not (moves or place.ahead):
            self.glance = (r.start, found)
        elif story and found is not None and place.ahead and not moves and found.grain == "day":
            self.glance = (r.start, found)  # "first fixed for 28 December, was put off the day before"
        elif not story and (back := newsday.day_counted_back(r.op, resolved)) is not None:
            self.glance = (r.start, back)
        elif moves:
            self.glance = None
        if found is not None:
            edge = story and place.edge and not place.flashback and not moves
            self.edge_named = (r.start, found) if edge else None
        looked_back = story and found is not None and place.flashback and not moves
        # "tried in March 1855. The licence was abolished in 1855, and Lalor was elected in November": a year
        # restated around the story gives a month later in its sentence its year, as a look back does.
        restated = story and found is not None and found.grain == "year" and narrative.restates(found, told)
        self.recalled = (r.start, found, r.index) if (looked_back or restated) and found is not None else None
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
        now = found.start <= self.at < found.end  # the writer's: "(today the Democratic Republic of Congo)"
        if self.sections is not None and r.mention.expression.pinned and not now:
            self.sections.led(found)
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
            self.lead, self.lead_headed, self.lead_at = self.day, headed, written
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
            unit, count = closing.group("unit", "count")
            self.last = newsday.closed(found, unit, language, count) or found
        elif self.story:
            self.last = narrative.late_part(found, resolved.mod)
        else:
            self.last = found
            if not finer("day", found.grain):
                self.dated_day = span_at("day", found.start)
            if newsday.story_day(found, self.at):
                self._on_day(found, r.start)
            elif self.coming is None and self.lead is None and newsday.coming_day(found, self.at):
                self.coming = span_at("day", found.start)
            if newsday.coming_day(found, self.at):
                self.ahead_day = span_at("day", found.start)
        self.since = r.start
        self.recalls = not (
            asides.attributive(folded, mention, language) or asides.dated_aside(folded, mention, language)
        )
