"""Where a narrative's story stands: the date it last set, which dates move it, and how a date without its
year or a shift is read in it (`timeline.engine.tagger` walks the text)."""

from __future__ import annotations

import datetime
import re

from timeline.engine.build import Expression
from timeline.engine.calendar import SEASON_STARTS, UNIT_GRAIN, Span, finer, shift, span_at
from timeline.engine.compose import Composed
from timeline.engine.language import Language
from timeline.engine.normalize import Normalized
from timeline.engine.operators.clock import TimeOn
from timeline.engine.operators.intersect import Modified
from timeline.engine.operators.labels import Label
from timeline.engine.operators.positions import MonthAt, NarrativeYear
from timeline.engine.operators.repeating import DayOfMonth
from timeline.engine.operators.shifts import (
    DeicticDay,
    LastDate,
    Later,
    NarrativeMonth,
    NarrativeUnit,
    StoryUnit,
)
from timeline.engine.resolve import Context, Operator, Resolved, Unresolvable, resolution
from timeline.engine.seasons import SEASON
from timeline.engine.segment import headings, opens_list, word_before


def day_alone(op: Operator) -> bool:
    """Whether `op` is a day of the month said alone, or a part of it ("on the 24th", "on the night of the
    26th"): a story names it in the month it is on or the next, whatever year a date after it gives."""
    return isinstance(op.day if isinstance(op, TimeOn) else op, DayOfMonth)


def in_story(op: Operator, story: Span, onwards: bool = False, back: bool = False) -> Resolved:
    """Narrative text: the reading nearest the date the story last set, either way — "In 1940 ... in April"
    is April 1940 (inside it), "on December 10. On December 5" five days before, "December 1941 ... in
    February" the February after (see _gap); `onwards` (a deadline after a date of its sentence: "in
    March ... by December") none wholly behind it where there is one ahead, and so a day of the month said
    alone, which a story names in the month it is on or the next ("1 June ... on the 24th": 24 June; "on the
    night of the 26th"), a few days behind it only as a short look back (see _DAY_BACK); `back` (a
    pluperfect's clause) the nearest either way, the reading ahead given no head start (see _FORWARDS)."""
    alone = day_alone(op)
    readings_ = []
    for d in ("past", "upcoming"):
        try:
            readings_.append(resolution(op, Context(story.start, d, story)))
        except Unresolvable:
            continue  # no such day that way: "February 29" after a date in 2008 is only in 2008
    if onwards or alone:
        readings_ = [
            r
            for r in readings_
            if r.calendar is None
            or story.start < r.calendar.end
            or (not onwards and story.start - r.calendar.end < _DAY_BACK and _same_month(r.calendar, story))
        ] or readings_
    if not readings_:
        raise Unresolvable("no reading either way")
    forwards = datetime.timedelta(0) if back else _forwards(readings_)
    return min(readings_, key=lambda r: _gap(r, story, forwards))


def moves(
    found: Span | None,
    story: Span,
    expression: Expression,
    at: datetime.datetime,
    way: str,
    ahead: bool,
    aside: object,
    flashback: object,
    mod: str | None = None,
) -> bool:
    """Whether a date of a narrative becomes the date the story last set. Not one the clause looks `ahead`
    to ("a campaign planned for 1976"), which the story has not reached; not the year or month the story
    is already in, restated ("On December 7, 1941 ... in 1941"), which would blur its day. A month or day
    named without its year moves it, back or forth; a date written in full too, unless it is `aside`, the
    edge of a state ("since 513 BC", "lasted until the fall of the city in 1945"), or a `flashback` behind
    the story ("forces that had landed in late 1943"); a date counted back from the story ("the previous
    year", "two decades earlier") does not: the story goes on where it was. The early part of a year (`mod`
    START) restates the story's date only when it holds it: "(1 August 1904 – 2 January 1905) ... talks
    broke down in early 1904" moves the story back to that year; its late part is a summary the story steps
    back from ("On April 21 ... By late 1949 ... on April 23"), as the whole year is."""
    if found is None or ahead or restates(_year_part(found, mod) if mod == "START" else found, story):
        return False
    if expression.tensed:
        # "who had returned from exile in June" on 25 November: a look back the story does not step to
        return not (flashback and found.end <= story.start)
    if aside or (flashback and found.end <= story.start):
        return False
    if found.end > story.start:
        return True
    try:
        return resolution(expression.op, Context(at, way, None)).calendar == found
    except Unresolvable:
        return False


def restates(found: Span | None, story: Span | None) -> bool:
    """Whether `found` is a period around the date the story is on, coarser than it ("On December 7, 1941 ...
    in 1941", "May 1885. In the 1880s"): a restatement, which does not move the story."""
    return (
        found is not None
        and story is not None
        and found != story
        and found.start <= story.start
        and story.end <= found.end
    )


_DAY_BACK = datetime.timedelta(days=6)
"""How far behind the story a day of the month said alone may still be read in the month it is on (not in
the month before: "4 February ... on the morning of the 29th" is 29 February): a short look back, as a
writer turns from one thread to another ("captured on the 23rd and hanged the next day ... Gordon was tried
on the 21st"); further back it is the day in the month after ("on the 28th ... on the 3rd")."""

_FORWARDS = 8
"""A reading behind the story must be nearer than the one ahead by an eighth of the time between the two
(45 days for a month or a yearless day, under a day for a weekday) to win: a story moves forwards, so a
month or day about as far either way ("26 October 1955 ... In May", "May 20, 2006 ... On November 23") is
the one ahead; one clearly nearer behind ("September 1940 ... in June") is a look back."""


def _same_month(found: Span, story: Span) -> bool:
    """Whether `found` starts in the month the story's date starts in."""
    return (found.start.year, found.start.month) == (story.start.year, story.start.month)


def _forwards(readings_: list[Resolved]) -> datetime.timedelta:
    """The head start of the reading ahead among `readings_` (see _FORWARDS)."""
    starts = [r.calendar.start for r in readings_ if r.calendar is not None]
    return (max(starts) - min(starts)) / _FORWARDS if starts else datetime.timedelta(0)


def _gap(
    resolved: Resolved, story: Span, forwards: datetime.timedelta = datetime.timedelta(0)
) -> tuple[bool, datetime.timedelta, bool]:
    """How far a reading lies from the story's date: inside it (or on no calendar unit) first, then by
    the time between them, a reading behind counted `forwards` further ("August" after "February 1972" is
    August 1972; see _FORWARDS). A part of the day has no interval but lies on its day ("the night of 3
    May")."""
    unit = resolved.calendar
    if unit is None:
        return False, datetime.timedelta(0), False
    if unit.start < story.end and story.start < unit.end:
        return False, datetime.timedelta(0), False
    behind = unit.end <= story.start
    return True, story.start - unit.end + forwards if behind else unit.start - story.end, behind


def in_section(op: Operator, story: Span, year: Span, resolved: Resolved, onwards: bool) -> Resolved:
    """A month or day said without its year, `resolved` in the story, mended by the `year` the heading of
    its section gives (see `Sections.year`) while the story is in that year: not a reading after the year
    ("1916 ... until 18 November. At sea, ... on 31 May" is May 1916, not 1917), nor, after a word of a
    deadline (`onwards`), one before it ("2008 ... in March ... By October": October 2008). Else one before
    the year stays: a section may look back ("2005 ... On February 4 ... compared to the carnage of
    November")."""
    found = resolved.calendar
    if found is None or _within(found, year) or not _within(story, year):
        return resolved
    if found.start >= year.end:
        inside = in_story(op, year)
    elif onwards:
        inside = in_story(op, story, onwards=True)
    else:
        return resolved
    return inside if inside.calendar is not None and _within(inside.calendar, year) else resolved


def _within(found: Span, period: Span) -> bool:
    """Whether `found` lies wholly inside `period`."""
    return period.start <= found.start and found.end <= period.end


class Sections:
    """Where a narrative's story restarts at a heading. An article told under headings opens each section at
    the date of the heading that last gave one ("1951: The northern front"), not where the section before left
    the story (a look ahead to its last months, a later comparison): under a heading without a date
    ("Winter raids on the border towns"), "at the end of March" is that year's. A heading with two dates
    ("Withdrawal of the garrison: 1973-1975") spans a stretch the story runs through: the sections under it
    go on from where the story stood before it, when that lies in the stretch ("Madrid, 1936–1937": "in early
    November" after September 1936 is 1936's), else from its start. The lead before the first heading sums
    the whole story up, to its end ("It began on 30 June 1857 and ended only in November ... not retaken
    until March 1858"): a first heading without a date restarts the story at the lead's first date written
    in full, where the body begins ("== Background == News of the rising on 10 May": May 1857); a text that
    opens with a heading ("Exit of the army: 1973-1975") has no lead. A later heading without a date over a
    list ("== Chronology of the first siege ==\n* 14 March: the siege begins") restarts it there too: a
    chronology lists the days the body told, from its start, not on from where the aftermath left it."""

    __slots__ = (
        "_date",
        "_dates",
        "_final",
        "_first",
        "_headings",
        "_held",
        "_lead",
        "_listing",
        "_next",
        "_open",
        "_titled",
        "_year",
    )

    def __init__(self, text: str, norm: Normalized) -> None:
        found = headings(text)
        self._titled = bool(found) and found[0].start == 0  # the text opens with a heading: no lead
        self._headings = [(norm.folded(h.start), norm.folded(h.end)) for h in found[self._titled :]]
        self._listing = [opens_list(text, h.end) for h in found[self._titled :]]
        self._next = 0
        self._date: Span | None = None
        self._open: tuple[int, int] | None = None
        self._dates = 0
        self._first: Span | None = None
        self._held: Span | None = None
        self._final: Span | None = None
        self._year: Span | None = None
        self._lead: Span | None = None

    def reached(self, start: int, story: Span | None) -> Span | None:
        """Before the expression at `start`, the story being at `story`: where it stands now, the section's
        date when a heading came since the expression before it, or where it stood before a heading with
        two dates just passed (see the class)."""
        restart = None
        while self._next < len(self._headings) and self._headings[self._next][0] <= start:
            retold = self._next == 0 or self._listing[self._next]
            restart = self._close() or self._date or (self._lead if retold else None) or restart
            self._year = None
            if start < self._headings[self._next][1]:
                self._open, self._dates, self._first = self._headings[self._next], 0, None
                self._held = story
            self._next += 1
        if self._open is not None and self._open[1] <= start:
            restart = self._close() or restart
        return restart or story

    def dated(self, found: Span) -> None:
        """A date written in full in the heading the last expression was in, if it is in one."""
        if self._open is not None:
            self._dates += 1
            self._first = found if self._dates == 1 else self._first
            self._final = found

    def led(self, found: Span) -> None:
        """A date written in full that moved the story: the first in the lead, before any heading, is where
        the body begins (see the class; not the writer's "today" in an aside)."""
        if self._next == 0 and self._lead is None and self._headings and not self._titled:
            self._lead = found

    def year(self) -> Span | None:
        """The year the heading of the section the text is in gives ("1916"), if it gives one and only that:
        the section tells that year, so a month or day said without its year there, while the story is in it,
        of it ("1916 ... until 18 November. At sea, the fleets met at Jutland on 31 May": May 1916, not the
        May after the story's November; see `in_section`)."""
        return self._year

    def _close(self) -> Span | None:
        """Closes the heading open, if one is: the story as it stood before it when it gave two dates."""
        held = None
        if self._open is not None and self._dates == 1:
            self._date = self._first
            self._year = self._first if self._first is not None and self._first.grain == "year" else None
        elif self._open is not None and self._dates and self._first is not None and self._final is not None:
            self._date = None
            inside = self._held is not None and self._first.start <= self._held.start < self._final.end
            held = self._held if inside else self._first
        self._open = None
        return held


_CLAUSE_REACH = 60
"""How far after a month or season said without its year the date that gives its year may follow."""


_OPENS = re.compile(r"\s*[(\[][^()\[\]]{0,12}$")
"""The start of a bracket before a date in it: "7 November [O.S. 25 October] 1917"."""


_CLOSES = re.compile(r"[^()\[\]]{0,12}[)\]]\s*$")
"""The end of that bracket before the date that follows it."""


def bracket_beside(composed: list[Composed], index: int, folded: str) -> bool:
    """Whether the date after the expression at `index` follows it across a bracket only: one that holds
    the same day in another calendar, or the end of the one it stands in ("born on 9 September [O.S. 28
    August] 1828": both days are of 1828, however far behind the story, no look back)."""
    if index + 1 >= len(composed):
        return False
    mention, following = composed[index], composed[index + 1]
    between = folded[mention.end : following.start]
    if _CLOSES.fullmatch(between) is not None and len(between.strip()) == 1:
        return True
    return (
        _OPENS.match(between) is not None
        and index + 2 < len(composed)
        and _CLOSES.match(folded[following.end : composed[index + 2].start]) is not None
    )


def dated_later(
    composed: list[Composed],
    index: int,
    folded: str,
    at: datetime.datetime,
    way: str,
    lang: Language,
    told: bool = False,
) -> Span | None:
    """In a narrative, the date written in full that follows the expression at `index` in its clause and
    so gives it its year ("their summer offensive against the south in June 1942", "the winter, so that the
    vote of 482 BC"; the reading in that year is taken: "in June and in December 1951" is June 1951), else
    None; not one on the other side of a comparison or the edge of a state (`aside_before`: "lowest in
    November since the 2003 invasion"). A day in brackets between is the same day in another calendar,
    passed over: "7 November [O.S. 25 October] 1917" is of 1917. Where the story has a date (`told`), a bare
    year that ends a state is none either ("proclaimed on 21 December, and he governed until 1993": the
    story's December), as "until May 1951" after "resumed in April" still is."""
    if index + 1 >= len(composed):
        return None
    mention, following = composed[index], composed[index + 1]
    between = folded[mention.end : following.start]
    if _OPENS.match(between) and not following.expression.pinned and index + 2 < len(composed):
        after = folded[following.end : composed[index + 2].start]
        if _CLOSES.match(after):
            following, between = composed[index + 2], " "
    if len(between) > _CLAUSE_REACH or any(mark in between for mark in ".;:!?()\n"):
        return None
    if not following.expression.pinned or following.expression.tensed:
        return None
    if isinstance(following.expression.op, DeicticDay):
        return None  # "issued on 1 April, declared that \"today ...\"": the speaker's day, no year written
    try:
        found = resolution(following.expression.op, Context(at, way, None)).calendar
    except Unresolvable:
        return None
    if lang.aside_before.search(folded, max(0, following.start - 80), following.start) and not (
        _range_end(folded, following.start, lang)
        and (not told or (found is not None and finer(found.grain, "year")))
    ):
        return None
    return found


def _range_end(folded: str, start: int, lang: Language) -> bool:
    """Whether the date at normalized `start` ends a range its clause opened, right after a word of
    `Language.range_on` ("resumed in April and went on until May 1951"): the edge of a state, but still the
    year of the month said bare before it."""
    word = word_before(folded, start, _RANGE_WORD)
    return word is not None and lang.range_on.fullmatch(word) is not None


_RANGE_WORD = 8
"""How far before a date the word that leads to it may start."""


_LIST_REACH = 8
"""How long the words between two days of one list or range may be ("29 February and 1 March 1992")."""


def one_list(folded: str, mention: Composed, following: Composed, lang: Language) -> bool:
    """Whether `mention` and the date `following` it are days of one list or range ("a referendum on 29
    February and 1 March 1992", "from 3 to 5 May 1992"): the year written once is both's, however far behind
    the story it lies."""
    if following.start - mention.end > _LIST_REACH:
        return False
    return bool(
        lang.listed_on.search(folded, mention.end, following.start)
        or lang.range_to.fullmatch(folded, mention.end, following.start)
    )


def read_on(folded: str, first: Composed, start: int, lang: Language) -> bool:
    """Whether a date at normalized `start` is told in order after the date `first` of its sentence: joined
    by a word of `Language.listed_on` ("in January and lost Havana in August"), or the far end of a range
    opened before `first` ("from the invasion in January to the capture of the king in August")."""
    return bool(
        lang.listed_on.search(folded, first.end, start)
        or (
            lang.range_on.search(folded, first.end, start)
            and lang.range_from.search(folded, max(0, first.start - _RANGE_REACH), first.start)
        )
    )


_RANGE_REACH = 80
"""How far before a range's first date the word that opens it may start."""


def year_up_to(op: Operator, later: Span) -> Span:
    """The year a month or season said bare takes from the date written in full `later` in its clause (see
    dated_later): the date's, unless it would lie after that date, as a text tells them in order ("in June
    and again in December 1951": June 1951; "in November, and on March 1, 1870": November 1869)."""
    found = span_at("year", later.start)
    try:
        reading = in_story(op, found)
    except Unresolvable:
        return found
    season = SEASON.match(reading.value)
    if reading.calendar is not None:
        start = reading.calendar.start
    elif season is not None:
        # A season has no interval, but it starts in its month: "through the winter, and surrendered in
        # April 1406" is the winter that ended then, 1405's.
        start = found.start.replace(month=SEASON_STARTS[season.group(2)])
    else:
        return found
    if start < later.end:
        return found
    return span_at("year", shift(later.start, "Y", -1))


def read_on_before(op: Operator, story: Span, later: Span) -> bool:
    """Whether a month or season said bare after the story's date in its sentence, read on from that date,
    falls before the date written in full `later` in its clause: then it is the story's, not the latest such
    month up to that date ("left on 19 January 1431, waited until December, and reached Hormuz in January
    1433": December 1431; "after a crisis in May 1877 won the elections in October, and resigned in January
    1879": October 1877; "turned south in late 1778, taking Savannah in December and Charleston in May 1780":
    December 1778, in the story's last months)."""
    try:
        reading = in_story(op, story, onwards=True)
    except Unresolvable:
        return False
    found = reading.calendar
    return found is not None and story.start <= found.start and found.end <= later.start


def read_on_to_next_year(op: Operator, story: Span, later: Span) -> bool:
    """Whether a month or season said bare falls, read on from the story's date, before a bare year that is
    the story's next, written later in its clause ("escaped on 20 July 1825. The rebels besieged the town in
    August and won victories in 1826": August 1825): the clause steps from the story's year to the next, as
    when the story's date is in the sentence (see read_on_before)."""
    return (
        later.grain == "year"
        and later.start.year == story.start.year + 1
        and read_on_before(op, story, later)
    )


def _year_part(found: Span, mod: str | None) -> Span:
    """The quarter of a year that its early or late part (`mod` START or END) lies in; else `found`."""
    if mod not in ("START", "END") or found.grain != "year":
        return found
    return span_at("quarter", found.start if mod == "START" else shift(found.end, "M", -1))


def late_part(found: Span, mod: str | None) -> Span:
    """Where a narrative's story is after a date `found` with `mod`: the date, but after the end of a year
    ("by the end of the year", "late 1609") its last quarter, so that "on 7 January" after it is the next
    year's."""
    return _year_part(found, mod) if mod == "END" else found


def anaphoric(op: Operator) -> bool:
    """Whether a month or season points back at the story's year ("that summer", "the following spring",
    "that October", "October of the same year"), or a part of the unit the story is in does ("by the end of
    the year", "the end of the decade"): it takes no year from a date later in its clause ("sold that summer,
    and the second followed in 1977" is the story's summer; "by the end of the year he was famous, and in 1911
    he moved" is the story's year), as a bare one does (see dated_later)."""
    match op:
        case StoryUnit() | Modified(unit=StoryUnit()):
            return True
    return isinstance(op, NarrativeMonth) or (
        isinstance(op, Label | MonthAt) and isinstance(op.year, NarrativeYear)
    )


def pointed_back(op: Operator) -> bool:
    """Whether `op` points back at the date last named by a demonstrative, unmoved ("that year", "that same
    year", "that autumn", "September of that year"): it names that date's year though the date was an edge
    or a look back the story did not step to ("stayed until 1929, returning that autumn")."""
    match op:
        case NarrativeUnit(unit="Y", n=0):
            return True
        case Label(year=NarrativeYear(shift=0)) | MonthAt(year=NarrativeYear(shift=0)):
            return True
    return False


_APPOSED = re.compile(r"\s*[,،–—]\s*")
"""What stands between a date and a shift in apposition to it, either way round: "On 25 March, twenty-four
days later", "two days later, on 20 January", في 25 مارس، بعد ذلك بأربعة وعشرين يوماً."""


def apposes(folded: str, end: int, start: int) -> bool:
    """Whether only a comma or dash stands between the expression ending at `end` of `folded` and the one at
    `start`: the second is in apposition to the first."""
    return _APPOSED.fullmatch(folded, end, start) is not None


def apposed_date(
    composed: list[Composed], index: int, folded: str, story: Span, way: str, lang: Language
) -> Span | None:
    """The date set in apposition right after the shift at `index` ("two days later, on 20 January": a comma
    or dash and at most one word of date context between), read in the story, onwards from it after a shift
    ahead ("On 26 November ... Four days later, on Thursday": the Thursday after, not the nearer one before);
    else None. A date joined on by "and" or "or" is another clause's ("four days later, and the same day the
    army laid down its arms")."""
    if index + 1 >= len(composed):
        return None
    shift, date = composed[index], composed[index + 1]
    comma = _APPOSED.match(folded, shift.end, date.start)
    between = folded[comma.end() : date.start].strip() if comma is not None else None
    if between is None or between not in lang.weak_context | {""} or between in lang.weak_joins:
        return None
    later = isinstance(shift.expression.op, Later) and shift.expression.op.amount > 0
    return _read_in_story(date, story, way, later)


def _read_in_story(date: Composed, story: Span, way: str, onwards: bool = False) -> Span | None:
    """The calendar unit of `date` read in the story (`onwards` from it: see `in_story`), or None."""
    op = date.expression.op
    try:
        found = (
            in_story(op, story, onwards)
            if date.expression.tensed
            else resolution(op, Context(story.start, way, story))
        )
    except Unresolvable:
        return None
    return found.calendar


_CLAUSE_END = re.compile(r"[;:!?]")
"""A mark that closes the clause after a quote before a date in it."""


def said_on(
    composed: list[Composed],
    index: int,
    folded: str,
    end: int,
    story: Span,
    way: str,
    lang: Language,
    news: datetime.datetime | None = None,
) -> Span | None:
    """The day a word of the day in quoted speech at `index` is said on: a day given after the quote closes,
    in the clause that tells who said it, before `end` of its sentence ("\"We march today,\" the general
    wrote on 24 September"; not "the general said, and on 5 May the army moved"), read in the story (in
    news, on or before the publication `news`: a quote is reported after it was said); else None."""
    close = folded.find('"', composed[index].end, end)
    date = next((c for c in composed[index + 1 :] if c.start > close), None) if close >= 0 else None
    if date is None or date.start >= end or _CLAUSE_END.search(folded, close, date.start):
        return None
    if lang.listed_on.search(folded, close, date.start):
        return None
    if news is None:
        found = _read_in_story(date, story, way)
    else:
        try:
            found = resolution(date.expression.op, Context(news, "past", None)).calendar
        except Unresolvable:
            found = None
    if found is not None and finer(found.grain, "day"):
        found = span_at("day", found.start)  # "said at noon on Monday": Monday
    return found if found is not None and found.grain == "day" else None


def restated(op: Later | None, before: Span | None, date: Span, way: str) -> Resolved:
    """A shift in apposition to the date the story just moved to ("On 25 March, twenty-four days later",
    "In 1920, two years later"): it restates that date, counted from where the story was `before` it, not
    from the date itself (which would move the story twice); with no shift (`op` None: "the same day, July
    4, 1826") the date as written. Its reading from there when that lies on the
    date (at the grain it counts in: "In March 1944, two years later" is 1944), else the date as written:
    the story's last date was not what the shift counts from. A count from a period coarser than its unit
    names the date at the unit ("the 1820s ... in 1852, some thirty years later" is 1852, not the 1850s), a
    unit of a month or more ("November ... two weeks later, on 30 November" is that day, not its week)."""
    if op is not None and before is not None:
        try:
            counted = resolution(op, Context(before.start, way, before))
        except Unresolvable:
            counted = None
        found = None if counted is None else counted.calendar
        if counted is not None and found is not None and found.start < date.end and date.start < found.end:
            unit = UNIT_GRAIN[op.unit]
            if not finer(unit, found.grain):
                return counted
            if finer(date.grain, unit) and not finer(unit, "month"):
                date = span_at(unit, date.start)  # weeks name no period a story is told in: the day
    return resolution(LastDate(), Context(date.start, way, date))


def within_coarse(found: Span | None, story: Span | None) -> bool:
    """Whether a date lies inside the year, decade or century the story is on ("By the early 1980s ...
    president since December 1981", "In 1846 ... had ruled since October 1846"): written at the edge of a
    state, it still tells where in that period the story stands ("On 19 March" after it is 1982's)."""
    return (
        found is not None
        and story is not None
        and not finer(story.grain, "year")
        and finer(found.grain, story.grain)
        and _within(found, story)
    )
