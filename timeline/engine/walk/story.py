"""How a narrative reads an expression against its story: the date it is told against, a date in full
later in its clause, a partial date in the story's year, and where the resolved date stands."""

from __future__ import annotations

import datetime
import re

from timeline.engine import asides, lists, narrative, seasons
from timeline.engine.calendar import UNIT_GRAIN, Span, day_named, finer, shift, span_at
from timeline.engine.operators.clock import TimeOn
from timeline.engine.operators.repeating import MonthOfYear, YearlessDay
from timeline.engine.operators.shifts import (
    Later,
    NarrativeUnit,
)
from timeline.engine.resolve import Context, Operator, Resolved, Unresolvable, resolution
from timeline.engine.segment import heading_within, sentence_at
from timeline.engine.walk.state import Place, Reached, State
from timeline.moments import plain

FUTURE_REF = "FUTURE_REF"
"""A reference to the future ("soon"): in a narrative, where it counts from the story's past date, it is
no TIMEX3 value and is left out, unless the clause looks ahead from the writer's time."""


_OPENING_REACH = 3
"""How many days from the opening's day a month or day said without its year may fall and be its again."""

_AGE_REACH = 300
"""How far before a shift of the story an age said since the story last moved may stand ("At the age of
twelve he entered the school. Two years later ...")."""

_BORN_LOOK = 3
"""How many of a narrative's first expressions may give the date its life began."""

_LIFE_REACH = datetime.timedelta(days=3 * 366)
"""How far after the story's date a day of the life in brackets may lie for the day said again without its
year to be that day."""

_BORN_REACH = 50
"""How far before a date the word of birth that makes it a life's start may begin ("born in Zwolle, the
fourth of seven children, in 1894" is too far)."""

_BACKGROUND_GRAINS = frozenset({"year", "decade", "century"})
"""The grains of a story's date that tell a background rather than an event's days."""

_FULL_DAY = re.compile(r"\d{4}-\d\d-\d\d")
"""A day's value written in full."""


class StoryReadings(State):
    """The walk's readings of a narrative's story (all None or False in news)."""

    __slots__ = ()

    def _told(self, op: Operator, start: int) -> Span | None:
        """The story date a narrative's expression is told against: where the story stands, or for a shift
        within the sentence of a date glanced at, that date ("until his death on 20 November 1975; two
        days later"); None in news."""
        if not self.story:
            return None
        glance = self.glance
        sentence = sentence_at(self.text, self.norm.original(start)).start
        if (
            glance is not None
            and isinstance(op, Later | NarrativeUnit)
            and not finer(UNIT_GRAIN.get(op.unit, "day"), glance[1].grain)
            and glance[0] >= sentence
        ):
            return glance[1]
        edge = self.edge_named
        if (
            edge is not None
            and narrative.pointed_back(op)
            and not finer("year", edge[1].grain)
            and edge[0] >= sentence_at(self.text, max(0, sentence - 1)).start
        ):
            return edge[1]  # "until the shortage of 1939. In September of that year": the year just named
        recalled = self.recalled
        if (
            recalled is not None
            and isinstance(op, MonthOfYear | YearlessDay)
            and recalled[0] >= (sentence := sentence_at(self.text, self.norm.original(start)).start)
            and not asides.relative_closed(
                self.folded, self.composed[recalled[2]], start, self.norm.folded(sentence), self.language
            )
        ):
            return recalled[1]
        return self._look_back_shifted(op, start, self.last)

    def _look_back_shifted(self, op: Operator, start: int, last: Span | None) -> Span | None:
        """The date given just before a shift (at normalized `start`) when it lies before the story's, a look
        back the story did not move to, finer than the story's date as the shift is, or in the shift's own
        sentence: the shift counts on from it ("The note, found in 1859, had been written on 28 May 1847.
        Eleven months later ...": April 1848; "In May 1619 ... first sailed in 1611 and made compulsory six
        years later": 1617)."""
        if last is None or not self.out or not isinstance(op, Later):
            return last
        grain = UNIT_GRAIN.get(op.unit, "day")
        before = self.out[-1]
        if (
            before.type != "DATE"
            or before.start is None
            or before.end is None
            or before.grain is None
            or plain(before.end) > last.start
            or finer(grain, before.grain)
        ):
            return last
        finer_back = finer(grain, last.grain) and finer(before.grain, last.grain)
        if not finer_back and before.char_start < sentence_at(self.text, self.norm.original(start)).start:
            return last
        self.looked_back = Span(before.value, plain(before.start), plain(before.end), before.grain)
        return self.looked_back

    def _born(self) -> int | None:
        """The year the life a narrative tells began, from its first `_BORN_LOOK` dates: one in brackets as a
        life's ("Rintoul (12 June 1798 – 1871)"), else one after a word of birth ("was born in Marburg in
        1834", `Language.born_before`; a child born later in the life is not its subject); None if neither."""
        language, first = self.language, self.out[:_BORN_LOOK]
        for t in first:
            lived = asides.lifetime(self.text, t.char_start, t.char_end, language)
            if t.start is not None and t.type == "DATE" and lived:
                return t.start.year
        for t in first:
            at = self.norm.folded(t.char_start)
            if (
                t.start is not None
                and t.type == "DATE"
                and language.born_before.search(self.folded, max(0, at - _BORN_REACH), at) is not None
            ):
                return t.start.year
        return None

    def _aged(self, start: int, last: Span) -> Span | None:
        """The year a life told as a narrative has reached by an age said since the story last moved and
        within `_AGE_REACH` before normalized `start` ("at the age of fourteen", `Language.aged`): the year
        of birth, from the life's first date in brackets, and that age; None where there is no such age or
        life, or where that year is not past the story's ("died in 1887 at the age of 63"), or where the age
        stands right before the shift, with only a comma between: it is the shifted event's own age ("He died
        at the age of 70, three years later": three years after the date before it).
        """
        left = max(0, start - _AGE_REACH, self.norm.folded(self.since) if self.since >= 0 else 0)
        said = None
        for found in self.language.aged.finditer(self.folded, left, start):
            said = found
        if said is None or not self.folded[said.end() : start].strip(" ,،"):
            return None
        born = self._born()
        if born is None:
            return None
        years = self.language.count(said.group("age"))
        year = born + (years or 0)
        if years is None or year <= last.start.year or year > datetime.MAXYEAR - 1:
            return None
        return span_at("year", datetime.datetime(year, 1, 1))

    def _said_on(self, index: int, told: Span, news: bool = False) -> Span:
        """The story's date for a word of the day ("today"), or the day its quote is said on, given after the
        quote in its sentence ("\"The guns are silent today,\" an officer wrote on 24 September")."""
        mention = self.composed[index]
        left, right = self.tense.bounds(mention.start, mention.end)
        if not asides.quoted(self.folded, left, mention.start):
            return told
        said = narrative.said_on(
            self.composed, index, self.folded, right, told, "past", self.language, self.at if news else None
        )
        return told if said is None else said

    def _said_before(self, start: int) -> Span | None:
        """News: the day told earlier in its sentence, before the quote that normalized `start` stands in
        opened ("The minister said on Sunday: \"We will not give up today.\""), also as a part of that day
        ("Speaking late Tuesday night, he said: \"Tonight, change has come.\"": Tuesday), else None."""
        sentence = sentence_at(self.text, self.norm.original(start)).start
        left = self.norm.folded(sentence)
        if not asides.quoted(self.folded, left, start):
            return None
        opened = self.norm.original(self.folded.rfind('"', left, start))
        told = next(
            (
                t
                for t in reversed(self.out)
                if t.char_end <= opened
                and t.char_start >= sentence
                and (t.grain == "day" or (t.type == "TIME" and t.start is None and day_named(t.value)))
            ),
            None,
        )
        if told is not None and told.start is None:
            return day_named(told.value)
        at = None if told is None else plain(told.start)
        return None if at is None else span_at("day", at)

    def _life_day(self, op: Operator) -> Span | None:
        """The day of the life a narrative opens with in brackets that a day said without its year repeats
        ("(11 June 1940 – 29 January 2012) ... in June 2010 ... She died in Nairobi on 29 January": 2012's),
        when it lies on or after the story's date and within `_LIFE_REACH` of it; None otherwise."""
        last = self.last
        if not isinstance(op, YearlessDay) or op.weekday is not None or last is None:
            return None
        for t in self.out[:_BORN_LOOK]:
            if t.type != "DATE" or t.grain != "day" or t.start is None or t.end is None:
                continue
            start = plain(t.start)
            if (
                (start.month, start.day) == (op.month, op.day)
                and last.start <= start <= last.start + _LIFE_REACH
                and asides.lifetime(self.text, t.char_start, t.char_end, self.language)
            ):
                return Span(t.value, start, plain(t.end), "day")
        return None

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
        life = self._life_day(r.op)
        if life is not None:
            return life  # "(11 June 1940 – 29 January 2012) ... She died in Nairobi on 29 January"
        later = narrative.dated_later(
            self.composed, r.index, self.folded, self.at, r.way, self.language, r.told is not None
        )
        if (
            later is not None
            and r.told is not None
            and later.end <= shift(r.told.start, "Y", -1)
            and not narrative.one_list(self.folded, mention, self.composed[r.index + 1], self.language)
            and not narrative.bracket_beside(self.composed, r.index, self.folded)
        ):
            return None
        if (
            later is not None
            and r.told is not None
            and (
                (
                    self.since >= sentence_at(self.text, r.start).start
                    and narrative.read_on_before(r.op, r.told, later)
                )
                or narrative.read_on_to_next_year(r.op, r.told, later)
            )
        ):
            return None  # the story's date earlier in the sentence gives the year
        return later

    def _led_to(self, base: Span) -> Span:
        """Where the sentence led before a deadline: the story's date, or the period right before the
        deadline that restates it, coarser ("the campaign of 1876" on 25 June 1876)."""
        last = self.out[-1]
        if last.start is None or last.end is None or last.grain is None:
            return base
        period = Span(last.value, plain(last.start), plain(last.end), last.grain)
        return period if narrative.restates(period, base) else base

    def _in_story(self, r: Reached, base: Span, later: Span | None) -> tuple[Resolved, bool]:
        """A partial date in the story's year or after it, and whether it was read on past the story."""
        op, mention, folded = r.op, r.mention, self.folded
        resolved = narrative.in_story(op, base)
        year = self.sections.year() if self.sections is not None else None
        if isinstance(op, MonthOfYear | YearlessDay) and year is not None:
            onwards = self._onwards(mention.start)
            resolved = narrative.in_section(op, base, year, resolved, onwards)
        if (
            isinstance(op, MonthOfYear | YearlessDay)
            and resolved.calendar is not None
            and base.end <= resolved.calendar.start
            and self._after_since(mention.start)
        ):
            # "25 June 1950 ... boycotting since January": a state begun by the story's date, not after it
            return resolution(op, Context(base.start, "past", base)), False
        if (
            isinstance(op, MonthOfYear | YearlessDay)
            and resolved.calendar is not None
            and base.end <= resolved.calendar.start
            and later is None
            and not self._onwards(mention.start)
            and self.language.pluperfect_before.search(folded, max(0, mention.start - 80), mention.start)
        ):
            # "elections on 25 November 1984. Ferreira, who had returned from exile in June": a pluperfect
            # looks back from the story; the nearer reading wins, the one ahead given no head start
            return narrative.in_story(op, base, back=True), False
        sentence = sentence_at(self.text, r.start).start
        if self.out and self.out[-1].char_start >= sentence and self._onwards(mention.start):
            # A deadline that sums up where its sentence led: the story stays, if it was read on. Led to
            # a period that holds the story ("The campaign of 1876 called for ... by 31 January"): in it.
            deadline = narrative.in_story(op, self._led_to(base), onwards=True)
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
        ahead = isinstance(op, MonthOfYear | YearlessDay) and later is None
        if ahead and self._bounded_ahead(r, base, resolved):
            return narrative.in_story(op, base, onwards=True), False
        return self._opening_again(op, resolved, r.start), False

    def _onwards(self, start: int) -> bool:
        """Whether a word of a deadline (`onwards_before`: "by", "until") stands right before the expression
        at normalized `start`, or before the first of a list it closes ("back by May or June": both)."""
        search, folded = self.language.onwards_before.search, self.folded
        if search(folded, max(0, start - 10), start) is not None:
            return True
        joined = lists.joined(self.previous, start, folded, self.language)
        if joined is None:
            return False
        first = self.norm.folded(self.out[joined.place].char_start)
        return search(folded, max(0, first - 10), first) is not None

    def _opening_again(self, op: Operator, resolved: Resolved, start: int) -> Resolved:
        """A month or day said without its year that, read in the story, lies before the day the article's
        first paragraph gives in full, while that day's own reading of it lies within a few days of it: the
        article, done with its background, comes back to the event its opening named ("The coup of 24
        February 1966 ... By the early 1960s ... in the 1950s ... On the night of 23 February": 1966's; a
        part of such a day too), once a heading has opened a section since the story's last date (not "in
        April 1756 and on 20 June took Calcutta" before the battle of 23 June 1757, a day read on from a date
        earlier in its sentence)."""
        found = resolved.calendar
        day = op.day if isinstance(op, TimeOn) else op
        if found is None or not isinstance(day, MonthOfYear | YearlessDay):
            return resolved
        opening, period = self._opening(), False
        if opening is None and self._background_read(start):
            opening, period = self._opening_period(), True
        if opening is None or opening.start < found.end:
            return resolved
        line_end = self.text.find("\n", start)
        line_end = len(self.text) if line_end < 0 else line_end + 1
        if (
            self.since < 0
            or not (heading_within(self.text, self.since, line_end) or self._background_read(start))
            or any(
                t.char_start >= sentence_at(self.text, start).start and t.type in ("DATE", "TIME")
                for t in self.out[-3:]
            )
        ):
            return resolved
        again = narrative.in_story(op, opening)
        near = again.calendar
        reach = datetime.timedelta(days=_OPENING_REACH)
        if near is None:
            return resolved
        if period:
            # "in the late summer of 1854 ... In 1849 he published ... <paragraph> on the night of 31 August"
            return again if opening.start - reach <= near.start < opening.end + reach else resolved
        if not (near.start - reach <= opening.start < near.end + reach):
            return resolved
        return again

    def _background_read(self, start: int) -> bool:
        """Whether the story stands at a year or a coarser period set in an earlier paragraph than the one of
        the expression at `start`: a background told by years, which a new paragraph may leave for the
        event the opening named ("The Johnstown Flood of 31 May 1889 ... In 1879 the club bought the dam.
        <new paragraph> Heavy rain began on the afternoon of 30 May": 1889's)."""
        last = self.last
        return (
            last is not None
            and last.grain in _BACKGROUND_GRAINS
            and self.text.rfind("\n", self.since, start) >= 0
        )

    def _opening_period(self) -> Span | None:
        """The first month or season the first paragraph of a narrative names with its year, where it writes
        no day in full ("The outbreak killed 616 people in the late summer of 1854")."""
        end = self.text.find("\n")
        end = len(self.text) if end < 0 else end
        for t in self.out:
            if t.char_start >= end:
                return None
            if t.type != "DATE":
                continue
            if t.grain == "month" and t.start is not None and t.end is not None:
                return Span(t.value, plain(t.start), plain(t.end), "month")
            season = seasons.season_span(t.value)
            if season is not None:
                return season
        return None

    def _opening(self) -> Span | None:
        """The first day the first paragraph of a narrative writes in full, outside a life's brackets."""
        end = self.text.find("\n")
        end = len(self.text) if end < 0 else end
        for t in self.out:
            if t.char_start >= end:
                return None
            if (
                t.grain == "day"
                and t.type == "DATE"
                and t.start is not None
                and t.end is not None
                and _FULL_DAY.fullmatch(t.value)
                and not asides.lifetime(self.text, t.char_start, t.char_end, self.language)
            ):
                return Span(t.value, plain(t.start), plain(t.end), "day")
        return None

    def _bounded_ahead(self, r: Reached, base: Span, resolved: Resolved) -> bool:
        """Whether a month or day read just behind the story is rather the one ahead, because the next date
        in its sentence is written in full, lies ahead of the story and after that reading: the story runs
        on through both ("began on 20 February 1859 ... won at Santa Inés on 10 December; he was killed on 10
        January 1860, barely a month later": December 1859, not 1858). Not where the reading ahead would lie
        after that date ("returned on 2 March 1860" keeps "left in November" in 1859)."""
        found = resolved.calendar
        if found is None or base.start < found.end or r.index + 1 >= len(self.composed):
            return False
        following = self.composed[r.index + 1]
        if (
            not following.expression.pinned
            or following.expression.tensed
            or self.norm.original(following.start) >= sentence_at(self.text, r.start).end
        ):
            return False
        try:
            bound = resolution(following.expression.op, Context(self.at, r.way, None)).calendar
            ahead = narrative.in_story(r.op, base, onwards=True).calendar
        except Unresolvable:
            return False
        return (
            bound is not None
            and ahead is not None
            and base.end <= bound.start
            and base.start < ahead.end
            and ahead.end <= bound.start
        )

    def _referred(self, index: int) -> bool:
        """Whether a word of reference (`Language.reference`: "of") names a thing of the date at `index`,
        right before it or before the date whose range it ends ("the war of 1893–95": both years)."""
        folded, language, mention = self.folded, self.language, self.composed[index]
        if language.reference.search(folded, max(0, mention.start - 8), mention.start) is not None:
            return True
        if index == 0:
            return False
        opening = self.composed[index - 1]
        return (
            language.range_to.fullmatch(folded, opening.end, mention.start) is not None
            and language.reference.search(folded, max(0, opening.start - 8), opening.start) is not None
        )

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
        edge = (
            (self._at_edge(mention) and not self._edge_event(mention)) or bound
        ) and not narrative.within_coarse(resolved.calendar, told)
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
                self._referred(r.index)
                or language.dated_aside.search(folded, max(0, mention.start - 40), mention.start) is not None,
            )
            or asides.flash_forward(resolved, told, self.text, r.start, language)
            or asides.relative_ahead(resolved, told, folded, mention.start, language)
        )
        # "forces that had landed in late 1943", or a date that opens its clause before the pluperfect ("In
        # 1750 the French had trained the army"): a look back. Not a deadline the pluperfect reaches from the
        # story on ("January 1804 ... By the summer the rebels had taken the pashalik"), which the story steps
        # to; "By 1788 the French had built forts" in a story of 1790 looks back.
        flashback = language.flashback_before.search(folded, max(0, mention.start - 80), mention.start) or (
            language.flashback_after.match(folded, mention.end)
            and not self._reached_by(mention.start, resolved.calendar, told)
        )
        return Place(ahead, bool(bracketed), edge, bool(aside), bool(flashback))

    def _reached_by(self, start: int, found: Span | None, told: Span | None) -> bool:
        """Whether the expression at normalized `start` is a deadline (see `_onwards`: "by the summer") that
        does not lie behind the story's date `told`."""
        behind = found is not None and told is not None and found.end <= told.start
        return not behind and self._onwards(start)
