"""The engine's pipeline for one text: normalize, recognize, interpret, resolve, map back to offsets."""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Callable
from functools import lru_cache
from typing import NamedTuple, TypeGuard

from timeline.engine import era
from timeline.engine.anchor import AnchorLike, parse_anchor
from timeline.engine.build import Expression, Readings, readings
from timeline.engine.calendar import (
    SEASON_STARTS,
    UNIT_GRAIN,
    Moment,
    Span,
    finer,
    midnight,
    shift,
    span_at,
)
from timeline.engine.compose import Composed, compose
from timeline.engine.grammar import Fill
from timeline.engine.language import Language, detect, load
from timeline.engine.meaning import interpret
from timeline.engine.normalize import Normalized, fold, normalize
from timeline.engine.operators.clock import TimeOfDay, TimeOn
from timeline.engine.operators.hijri import HijriDay
from timeline.engine.operators.labels import AfterSome, Label
from timeline.engine.operators.periods import ClosedBy, closed_period
from timeline.engine.operators.positions import MonthAt, NarrativeYear
from timeline.engine.operators.repeating import MonthOfYear, Weekday, YearlessDay, YearlessQuarter
from timeline.engine.operators.shifts import (
    Ago,
    DeicticDay,
    LastDate,
    Later,
    NarrativeDay,
    NarrativeMonth,
    NarrativeUnit,
    ThisUnit,
    TradingWeek,
    WeekdayShift,
)
from timeline.engine.policy import Policy
from timeline.engine.recognize import Mention, recognize
from timeline.engine.resolve import (
    NEWS_HORIZON_DAYS,
    STORY_DAY_REACH,
    Context,
    Operator,
    Resolved,
    Unresolvable,
)
from timeline.engine.resolve import ahead as read_ahead
from timeline.engine.seasons import SEASON, Season, season_step, seasons_on, story_season_on
from timeline.engine.segment import apart, paragraph_at, sentence_at
from timeline.engine.tense import Reading
from timeline.errors import TimelineError
from timeline.model import Timex
from timeline.moments import pendulum_of, plain

FUTURE_REF = "FUTURE_REF"
"""A reference to the future ("soon"): in a narrative, where it counts from the story's past date, it is
no TIMEX3 value and is left out, unless the clause looks ahead from the writer's time."""


def language_for(text: str, lang: str | None) -> Language:
    """The language data for `lang`, or for the language `text` is written in."""
    return load(lang if lang is not None else detect(text))


@lru_cache(maxsize=16384)
def _readings(code: str, rule: str, slots: tuple[Fill, ...], dayfirst: bool) -> Readings:
    """Interpretation, once per distinct match and order of numeric dates: the rule's slots read, and the
    operators they build."""
    return readings(interpret(rule, slots, load(code), dayfirst))


_pendulum = lru_cache(maxsize=65536)(pendulum_of)
"""The one converter, cached in front for the engine's own moments (naive, so equal means the same wall
clock): news repeats its dates, and building a pendulum DateTime costs ten times a datetime."""


@lru_cache(maxsize=16384)
def _resolved(op: Operator, ctx: Context) -> Resolved:
    """Resolution, once per expression and context: news repeats its dates.

    This is the one place where date arithmetic that runs off the calendar (an OverflowError or a
    ValueError from the date types, say "next year" in 9000's last years) becomes Unresolvable: the
    expression is dropped, as any other that names no date, instead of failing the whole text."""
    try:
        return op.resolve(ctx)
    except (OverflowError, ValueError) as error:
        raise Unresolvable(str(error)) from error


def _expression(mention: Mention, text: str, lang: Language, dayfirst: bool) -> Composed:
    """The mention with its expression; "since N units" measures only after a superlative or a verb of
    lasting in the words before it (the language's `measuring`), else it is "N units ago"; "in N units"
    only after a superlative (the language's `superlative`), else it is a length. A numeric date is read
    day first when `dayfirst`, else month first."""
    found = _readings(lang.code, mention.rule, mention.slots, dayfirst)
    expression = found.measured
    if found.unmeasured is not None:
        cue = lang.superlative if found.superlative else lang.measuring
        before = cue.search(text, max(0, mention.start - 80), mention.start)
        expression = found.measured if before is not None else found.unmeasured
    return Composed(mention.start, mention.end, mention.rule, expression)


def _direction(prefer: str, mention: Composed, tense: Reading) -> str:
    """The policy's direction; under "tense", the sentence's for an expression whose reading the tense
    decides (a weekday, month, quarter or weekend said without which one, or a time of day the tense puts
    on a day: "will leave in the morning" is the next one, "took effect at midnight" the one that began the
    day), else the news default."""
    if prefer != "tense":
        return prefer
    if mention.expression.tensed or _placed_by_tense(mention.expression.op):
        return tense.direction(mention.start, mention.end)
    return "news"


def _placed_by_tense(op: Operator) -> bool:
    """Whether `op` is a morning without its day ("in the morning") or midnight without its day, which the
    tense puts on a day."""
    match op:
        case TimeOn(day=NarrativeDay(morning=True)):
            return True
        case TimeOn(day=NarrativeDay(), time=TimeOfDay(hour=24, offset=None)):
            return True
    return False


def _deferred(out: list[Timex], text: str, start: int, at: Moment, op: Operator) -> str:
    """The direction of a deferral told in the past: forwards from the deferring, which is the publication's
    time unless an expression before it in its sentence dated it back ("first heard in January and
    adjourned until March 3": the March 3 behind the publication, as "was postponed until Friday" is the
    Friday ahead) — and then only where the reading behind the publication is not behind the deferring too
    ("on Wednesday gave the firm until Monday to respond", told on a Thursday: the Monday ahead). `start`
    is the deferred expression's offset in `text`."""
    if out and out[-1].char_start >= sentence_at(text, start).start:
        before = plain(out[-1].end)
        if before is not None and before <= at:
            try:
                back = _resolved(op, Context(at, "past", None)).calendar
            except Unresolvable:
                return "past"
            if back is None or back.start >= before:
                return "past"
    return "future"


def _in_story(op: Operator, story: Span, onwards: bool = False) -> Resolved:
    """Narrative text: the reading nearest the date the story last set, either way — "In 1940 ... in April"
    is April 1940 (inside it), "on December 10. On December 5" five days before, "December 1941 ... in
    February" the February after (see _gap); `onwards` (a deadline after a date of its sentence: "in
    March ... by December") none wholly behind it where there is one ahead."""
    readings_ = []
    for d in ("past", "upcoming"):
        try:
            readings_.append(_resolved(op, Context(story.start, d, story)))
        except Unresolvable:
            continue  # no such day that way: "February 29" after a date in 2008 is only in 2008
    if onwards:
        readings_ = [r for r in readings_ if r.calendar is None or story.start < r.calendar.end] or readings_
    if not readings_:
        raise Unresolvable("no reading either way")
    return min(readings_, key=lambda r: _gap(r, story, _forwards(readings_)))


def _moves(
    found: Span | None,
    story: Span,
    expression: Expression,
    at: datetime.datetime,
    way: str,
    ahead: bool,
    aside: object,
    flashback: object,
) -> bool:
    """Whether a date of a narrative becomes the date the story last set. Not one the clause looks `ahead`
    to ("a campaign planned for 1976"), which the story has not reached; not the year or month the story
    is already in, restated ("On December 7, 1941 ... in 1941"), which would blur its day. A month or day
    named without its year moves it, back or forth; a date written in full too, unless it is `aside`, the
    edge of a state ("since 513 BC", "lasted until the fall of the city in 1945"), or a `flashback` behind
    the story ("forces that had landed in late 1943"); a date counted back from the story ("the previous
    year", "two decades earlier") does not: the story goes on where it was."""
    if found is None or ahead or (found.start <= story.start and story.end <= found.end and found != story):
        return False
    if expression.tensed:
        return True
    if aside or (flashback and found.end <= story.start):
        return False
    if found.end > story.start:
        return True
    try:
        return _resolved(expression.op, Context(at, way, None)).calendar == found
    except Unresolvable:
        return False


def _counted_back(found: Span | None, last: Span | None, unfocused: Context, op: Operator) -> bool:
    """News: whether a date lies behind the date in focus and was counted back from it ("the previous
    month" after July), which it reads otherwise in the `unfocused` context: as in a narrative, the text
    goes on about the date it was on, so that "down 25% from the previous month ... against 3.5 billion in
    the previous month" are both June. With no date in focus the publication's own period is: a month,
    quarter or year counted back from it ("up 12% from the previous year and 20% from the prior year") is
    a comparison too, where days and weeks go on as a story ("the previous day ... the day before")."""
    if found is None:
        return False
    if last is None:
        return isinstance(op, NarrativeUnit) and op.n < 0 and finer("week", found.grain)
    if found.end > last.start:
        return False
    try:
        return _resolved(op, unfocused).calendar != found
    except Unresolvable:
        return True


_FORWARDS = 8
"""A reading behind the story must be nearer than the one ahead by an eighth of the time between the two
(45 days for a month or a yearless day, under a day for a weekday) to win: a story moves forwards, so a
month or day about as far either way ("26 October 1955 ... In May", "May 20, 2006 ... On November 23") is
the one ahead; one clearly nearer behind ("September 1940 ... in June") is a look back."""


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


_HEADING = re.compile(r"(?m)(?<=\n)[^\W_][^\n]{0,90}(?<![.!?,;:\"”')\]])$(?=\n)")
"""A heading: a line of its own, between line breaks, that starts with a capital or a digit (see _Sections;
in any script that has capitals) and ends without a stop ("2008: Iraqi forces arm", "Spring offensives on
Shia militias")."""


class _Sections:
    """Where a narrative's story restarts at a heading. An article told under headings opens each section at
    the date of the heading that last gave one ("2008: Iraqi forces arm"), not where the section before left
    the story (a look ahead to its last months, a later comparison): under a heading without a date
    ("Spring offensives on Shia militias"), "at the end of March" is that year's. A heading with two dates
    ("Exit of the Americans: 1973-1975") spans a stretch the story runs through: the sections under it go on
    from where the story stood before it, when that lies in the stretch ("Madrid, 1936–1937": "in early
    November" after September 1936 is 1936's), else from its start."""

    __slots__ = ("_date", "_dates", "_final", "_first", "_headings", "_held", "_next", "_open")

    def __init__(self, text: str, norm: Normalized) -> None:
        self._headings = [
            (norm.folded(h.start()), norm.folded(h.end()))
            for h in _HEADING.finditer(text)
            if h.group()[0].isupper() or h.group()[0].isdigit()
        ]
        self._next = 0
        self._date: Span | None = None
        self._open: tuple[int, int] | None = None
        self._dates = 0
        self._first: Span | None = None
        self._held: Span | None = None
        self._final: Span | None = None

    def reached(self, start: int, story: Span | None) -> Span | None:
        """Before the expression at `start`, the story being at `story`: where it stands now, the section's
        date when a heading came since the expression before it, or where it stood before a heading with
        two dates just passed (see the class)."""
        restart = None
        while self._next < len(self._headings) and self._headings[self._next][0] <= start:
            restart = self._close() or self._date or restart
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

    def _close(self) -> Span | None:
        """Closes the heading open, if one is: the story as it stood before it when it gave two dates."""
        held = None
        if self._open is not None and self._dates == 1:
            self._date = self._first
        elif self._open is not None and self._dates and self._first is not None and self._final is not None:
            self._date = None
            inside = self._held is not None and self._first.start <= self._held.start < self._final.end
            held = self._held if inside else self._first
        self._open = None
        return held


_SPAN_CLOSES = re.compile(r" ?(?:[–-] ?[^()\n]{1,30})?\)")
"""After a date in brackets: the bracket's end, or a range's end and then the bracket's."""


def _years_behind(
    found: Resolved, story: Span | None, since: int, text: str, start: int, reference: bool
) -> bool:
    """Whether `found`, a year or a longer period at offset `start` of `text`, lies behind the day or month
    the story is on, where its own sentence has just moved the story there (at offset `since`) or a word
    names a thing of that year before it (`reference`): a look back ("he surrendered on 27 February, the
    anniversary of the victory at Majuba in 1881"; "the Orders in Council of 1807"), no step of the story."""
    span = found.calendar
    if story is None or span is None or finer(span.grain, "year") or not finer(story.grain, "year"):
        return False
    return span.end <= story.start and (reference or since >= sentence_at(text, start).start)


_BRACKET_AFTER = re.compile(r"\s*[(\[]\s*")
"""A bracket opened right after a date: a date in it restates that one ("at dawn on 4 June 1916 (22 May in the
Russian calendar)"), an aside the story does not move to."""

_ASIDE_REACH = 300
"""How far back from a date the bracket that opens a sentence of its own may stand."""


def _bracketed_sentence(text: str, start: int) -> bool:
    """Whether the date at offset `start` of `text` is in a sentence of its own in brackets ("... beyond
    defence. (A report found in September 2009 that ...)"): an aside, which the story does not move to."""
    opened = text.rfind("(", max(0, start - _ASIDE_REACH), start)
    if opened < 0 or text.find(")", opened, start) >= 0 or text.find("\n", opened, start) >= 0:
        return False
    return text[max(0, opened - 4) : opened].rstrip().endswith((".", "!", "?"))


_FAR_AHEAD = 3
"""Years past the story from which a date in a sentence of `Language.flash_forward` is a look ahead."""


def _flash_forward(found: Resolved, story: Span | None, text: str, start: int, lang: Language) -> bool:
    """Whether `found`, at offset `start` of `text`, lies years past the date the story is on in a sentence
    that compares it or speaks of a lasting state (`Language.flash_forward`): a look ahead, not a step."""
    if story is None or found.calendar is None or found.calendar.start.year - story.end.year < _FAR_AHEAD:
        return False
    sentence = sentence_at(text, start)
    return lang.flash_forward.search(fold(text[sentence.start : sentence.end])) is not None


_QUOTE = re.compile(r'"')
"""A double quote of normalized text (typographic quotes are folded to it)."""


def _writers_now(mention: Composed, tense: Reading) -> bool:
    """Whether `mention` is a word of `Language.present_now` in a clause told in neither the past nor the
    future and outside quoted speech: in a narrative the writer's now ("the castle is a museum today"), not
    the story's day ("said that today they would attack", "wrote: \"We march today.\"")."""
    if not tense.lang.present_now.fullmatch(tense.norm.text, mention.start, mention.end):
        return False
    left, right = tense.bounds(mention.start, mention.end)
    quoted = len(_QUOTE.findall(tense.norm.text, left, mention.start)) % 2 == 1
    told = tense.direction(mention.start, mention.end)
    return not quoted and (
        told not in ("past", "future") or _opens_relative(mention, tense, right) or _fronted(mention, tense)
    )


_FRONTED = re.compile(r"\s*,")
"""A comma right after a word that opens its sentence ("Today, twenty years after the troops left, ...")."""


def _fronted(mention: Composed, tense: Reading) -> bool:
    """Whether `mention` opens its sentence, set off by a comma ("Today, twenty years after the last troops
    left, the country is again at war"): the writer's frame for the sentence, whatever verb of the story the
    aside after it holds."""
    start = tense.norm.original(mention.start)
    opens = sentence_at(tense.text, start).start == start
    return opens and _FRONTED.match(tense.norm.text, mention.end) is not None


def _opens_relative(mention: Composed, tense: Reading, right: int) -> bool:
    """Whether `mention` opens a relative clause told in neither the past nor the future up to its clause's
    end ("named after it was an avenue that today runs from the arch"): its tense is not the main clause's."""
    text = tense.norm.text
    opener = tense.lang.relative.search(text, max(0, mention.start - _RELATIVE_REACH), mention.start)
    if opener is None or text[opener.end() : mention.start] != " ":
        return False
    marks = tense.marks(mention.end, right)
    return tense.cue(text[mention.end : marks[0].start if marks else right], before=False) not in (
        "past",
        "future",
    )


_RELATIVE_REACH = 7
"""How far before an expression the relative pronoun that opens its clause may start ("which today")."""


def _lifetime(text: str, start: int, end: int, lang: Language) -> bool:
    """Whether the date at [start, end) of `text` gives the span of what a name before it names, in brackets:
    a life ("Marie Curie (1867–1934)", "Einstein (born 14 March 1879)") or a war's years ("the First World
    War (1914–1918)"); see `Language.lifetime_before`. In a narrative that is an aside: the story stays where
    it was. A date in brackets after a word in lower case ("the invasion phase of the war (March 19-April
    30)") is no such aside, nor a single one without a word of a life ("Operation Barbarossa (June 1941)"),
    which is a step of the story."""
    before = lang.lifetime_before.search(text, max(0, start - 60), start)
    if before is None or _SPAN_CLOSES.match(text, end) is None:
        return False
    named = any(map(str.isupper, before.group("name")))
    return named and (
        before.group("word") is not None
        or before.group("range") is not None
        or text[end:].lstrip()[:1] in "–-"
    )


class _Day(NamedTuple):
    """The last expression found that names one day: where it ends in the folded text, its day, its
    operator, and its place in the output."""

    end: int
    day: Span
    op: Operator
    place: int


def _joined(previous: _Day | None, start: int, folded: str, lang: Language) -> _Day | None:
    """The day a sequence or range joins the expression at `start` to ("Sunday and Monday", "from Monday
    to Wednesday", يومي الأحد والاثنين، من الأحد إلى الثلاثاء; the language's `sequence`), else None."""
    if previous is None or lang.sequence.fullmatch(folded, previous.end, start) is None:
        return None
    return previous


def _told_after(op: Operator, last: Span | None, at: datetime.datetime, told: Span | None) -> Later | None:
    """The reading from the date in focus of `op`, a count of units from now ("after a week": بعد أسبوع),
    which a news clause told in the past reads from that date instead ("the delegation arrived on 18
    Ramadan and left after a week": 25 Ramadan, at its grain), as "a week later" does; None unless such a
    date (a day to a year, before the publication) came first."""
    if (
        told is None
        and isinstance(op, Ago)
        and op.amount > 0
        and op.mod is None
        and last is not None
        and last.start < at
        and not finer(last.grain, "day")
        and not finer("year", last.grain)
    ):
        return Later(op.unit, op.amount)
    return None


def _in_past(since: int, mention: Composed, tense: Reading) -> bool:
    """Whether `mention` follows the date in focus, written at offset `since` of `text` earlier in its
    sentence, in a clause told in the past or with no cue of tense (وصل الوفد في 18 رمضان وغادر بعد أسبوع: a
    verb in the perfect its form does not show). A date in a sentence before is another story's."""
    if since < sentence_at(tense.text, tense.norm.original(mention.start)).start:
        return False
    return tense.direction(mention.start, mention.end) in ("past", "news")


def _on_from(resolved: Resolved, weekday: Weekday, first: Span) -> Resolved:
    """The bare weekday that ends a sequence or range begun on the day `first`, in a clause that does not
    tell the past: the first such day after it ("will meet Sunday and Monday", published on a Monday, is
    not today; "runs from Monday to Wednesday" on a Wednesday not today). A reading already in the week
    after `first` stays as it is."""
    found = resolved.calendar
    if found is not None and first.end <= found.start < first.start + _WEEK:
        return resolved
    return _resolved(weekday, Context(first.start, "future", None))


def _before(resolved: Resolved, first: Span) -> bool:
    """Whether `resolved` lies before the day `first`."""
    return resolved.calendar is not None and resolved.calendar.start < first.start


_LATE = re.compile(r"T(?:(?P<part>AF|EV|NI)|(?P<hour>1[2-9]|2[0-4]))")
"""A TIME in the afternoon, evening or night, by its part of the day or its hour."""
_EVENING = 18
"""The hour from which a clock is of the night (before it, of the afternoon)."""
_EVENING_STARTS = 5
"""After a night, an hour of either half from five on is the evening's ("tonight ... at five o'clock"); one
before it is of the small hours ("late last night ... at one o'clock")."""
_AFTERNOON_ENDS = 7
"""After an afternoon, an hour of either half before seven is the afternoon's ("this afternoon ... at about
three o'clock"); one from seven on may be the morning's ("brighter this afternoon. It's eleven minutes past
eight", a morning programme's clock)."""
_TWENTY_FOUR = re.compile(r"0\d|\d{4}")
"""A clock written on the 24-hour dial ("0546 GMT", "05:46"): no half of the day to choose."""


def _dated_before(out: list[Timex]) -> Timex:
    """The last expression found that names a date or time, past the present and the past of "right now",
    "recently" ("We begin tonight. NATO planes are striking right now. The first blasts came at eight
    o'clock": the evening's)."""
    return next((timex for timex in reversed(out) if not timex.value.endswith("_REF")), out[-1])


def _late_in_day(op: TimeOn, resolved: Resolved, previous: Timex, written: str) -> Resolved:
    """A clock of either half of the day (no am/pm: "at eight o'clock", "about ten o'clock Pacific time")
    right after a TIME of the afternoon, evening or night of the same day ("tonight", "late last night",
    "at 11:30 p.m.") is in the afternoon or evening, as broadcast news tells the hours of one evening (after
    an evening or night, an hour before five stays in the small hours; after an afternoon, one from seven on
    keeps its morning reading)."""
    if not op.time.either_half() or _TWENTY_FOUR.match(written) or previous.type != "TIME":
        return resolved
    if resolved.start is None:
        return resolved
    day = span_at("day", resolved.start)
    late = _LATE.match(previous.value, len(day.value))
    if late is None or not previous.value.startswith(day.value):
        return resolved
    hour = op.time.hour or 0
    night = late.group("part") in ("EV", "NI") or int(late.group("hour") or 0) >= _EVENING
    if hour < _EVENING_STARTS if night else hour >= _AFTERNOON_ENDS:
        return resolved
    return op.time.later_half(day, op.mod)


_DAY = datetime.timedelta(days=1)
_WEEK = datetime.timedelta(days=7)


def _back_from(first: Timex, op: Operator, second: Span) -> Timex | None:
    """The first day `first` (its operator `op`) of a sequence or range read back from its second day, the
    one that says where the two lie: in a clause told in the past, whose end is the latest such day
    ("protests went on from Tuesday evening to Thursday", published on a Tuesday: last week's Tuesday), or
    before a shift written once for both (يومي الأحد والاثنين المقبلين). The latest such day before
    `second`; None when that is no other day."""
    try:
        found = _resolved(op, Context(second.start - _DAY, "past", None))
    except Unresolvable:
        return None
    if found.calendar is None or found.calendar.start >= second.start or found.value == first.value:
        return None
    if found.start is None or found.end is None:
        return first._replace(value=found.value, alternatives=found.alternatives)
    return first._replace(
        value=found.value,
        start=_pendulum(found.start),
        end=_pendulum(found.end),
        alternatives=found.alternatives,
    )


_CLAUSE_REACH = 60
"""How far after a month or season said without its year the date that gives its year may follow."""


_OPENS = re.compile(r"\s*[(\[][^()\[\]]{0,12}$")
"""The start of a bracket before a date in it: "7 November [O.S. 25 October] 1917"."""

_CLOSES = re.compile(r"[^()\[\]]{0,12}[)\]]\s*$")
"""The end of that bracket before the date that follows it."""


def _dated_later(
    composed: list[Composed], index: int, folded: str, at: datetime.datetime, way: str, lang: Language
) -> Span | None:
    """In a narrative, the date written in full that follows the expression at `index` in its clause and
    so gives it its year ("their summer offensive against the south in June 1942", "the winter, so that the
    vote of 482 BC"; the reading in that year is taken: "in June and in December 1951" is June 1951), else
    None; not one on the other side of a comparison or the edge of a state (`aside_before`: "lowest in
    November since the 2003 invasion"). A day in brackets between is the same day in another calendar,
    passed over: "7 November [O.S. 25 October] 1917" is of 1917."""
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
    if lang.aside_before.search(folded, max(0, following.start - 80), following.start):
        return None
    try:
        return _resolved(following.expression.op, Context(at, way, None)).calendar
    except Unresolvable:
        return None


_LIST_REACH = 8
"""How long the words between two days of one list or range may be ("29 February and 1 March 1992")."""


def _one_list(folded: str, mention: Composed, following: Composed, lang: Language) -> bool:
    """Whether `mention` and the date `following` it are days of one list or range ("a referendum on 29
    February and 1 March 1992", "from 3 to 5 May 1992"): the year written once is both's, however far behind
    the story it lies."""
    if following.start - mention.end > _LIST_REACH:
        return False
    return bool(
        lang.listed_on.search(folded, mention.end, following.start)
        or lang.range_to.fullmatch(folded, mention.end, following.start)
    )


def _year_up_to(op: Operator, later: Span) -> Span:
    """The year a month or season said bare takes from the date written in full `later` in its clause (see
    _dated_later): the date's, unless it would lie after that date, as a text tells them in order ("in June
    and again in December 1951": June 1951; "in November, and on March 1, 1870": November 1869)."""
    found = span_at("year", later.start)
    try:
        reading = _in_story(op, found)
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


def _late_part(found: Span, mod: str | None) -> Span:
    """Where a narrative's story is after a date `found` with `mod`: the date, but after the end of a year
    ("by the end of the year", "late 1609") its last quarter, so that "on 7 January" after it is the next
    year's."""
    if mod != "END" or found.grain != "year":
        return found
    return span_at("quarter", shift(found.end, "M", -1))


def _anaphoric(op: Operator) -> bool:
    """Whether a month or season points back at the story's year ("that summer", "the following spring",
    "that October", "October of the same year"): it takes no year from a date later in its clause ("sold that
    summer, and the second followed in 1977" is the story's summer), as a bare one does (see _dated_later)."""
    return isinstance(op, NarrativeMonth) or (
        isinstance(op, Label | MonthAt) and isinstance(op.year, NarrativeYear)
    )


_WORD_AFTER = re.compile(r" \w")
"""A word right after an expression: the noun a date before it dates ("his 1995 memoir")."""


_APPOSED = re.compile(r"\s*[,،–—]\s*")
"""What stands between a date and a shift in apposition to it, either way round: "On 25 March, twenty-four
days later", "two days later, on 20 January", في 25 مارس، بعد ذلك بأربعة وعشرين يوماً."""


def _apposed_date(
    composed: list[Composed], index: int, folded: str, story: Span, way: str, lang: Language
) -> Span | None:
    """The date set in apposition right after the shift at `index` ("two days later, on 20 January": a comma
    or dash and at most one word of date context between), read in the story; else None."""
    if index + 1 >= len(composed):
        return None
    shift, date = composed[index], composed[index + 1]
    comma = _APPOSED.match(folded, shift.end, date.start)
    if comma is None or folded[comma.end() : date.start].strip() not in lang.weak_context | {""}:
        return None
    op = date.expression.op
    try:
        found = (
            _in_story(op, story)
            if date.expression.tensed
            else _resolved(op, Context(story.start, way, story))
        )
    except Unresolvable:
        return None
    return found.calendar


def _restated(op: Later, before: Span | None, date: Span, way: str) -> Resolved:
    """A shift in apposition to the date the story just moved to ("On 25 March, twenty-four days later",
    "In 1920, two years later"): it restates that date, counted from where the story was `before` it, not
    from the date itself (which would move the story twice). Its reading from there when that lies on the
    date (at the grain it counts in: "In March 1944, two years later" is 1944), else the date as written:
    the story's last date was not what the shift counts from. A count from a period coarser than its unit
    names the date at the unit ("the 1820s ... in 1852, some thirty years later" is 1852, not the 1850s), a
    unit of a month or more ("November ... two weeks later, on 30 November" is that day, not its week)."""
    if before is not None:
        try:
            counted = _resolved(op, Context(before.start, way, before))
        except Unresolvable:
            counted = None
        found = None if counted is None else counted.calendar
        if counted is not None and found is not None and found.start < date.end and date.start < found.end:
            unit = UNIT_GRAIN[op.unit]
            if not finer(unit, found.grain):
                return counted
            if finer(date.grain, unit) and not finer(unit, "month"):
                date = span_at(unit, date.start)  # weeks name no period a story is told in: the day
    return _resolved(LastDate(), Context(date.start, way, date))


def tag(
    text: str,
    published: AnchorLike,
    lang: str | None = None,
    prefer: str = "tense",
    genre: str = "news",
    dayfirst: bool | None = None,
) -> list[Timex]:
    """Every temporal expression in `text`, resolved against `published`, in text order.

    `lang` is an ISO 639-1 code ("ar", "en"); None tells it from the script. `prefer` is the anchoring
    policy (see PREFER), `genre` the document type (see GENRES), `dayfirst` the order of numeric dates
    ("05/03/2024": True day first, False month first, None the language's; the other order of two numbers
    up to 12 is among the `alternatives`). Offsets index the original `text`.
    """
    return tagged(text, published, lang, Policy(prefer, genre, dayfirst))


def tagged(
    text: str, published: AnchorLike, lang: str | None, policy: Policy, *, whole: bool = False
) -> list[Timex]:
    """What `tag` returns, the policy given as one checked value (`timeline.engine.policy`): the entry for
    callers that carry it; `whole` reads `text` as one bare expression, as `resolve` does."""
    anchor = parse_anchor(published)
    story = policy.story
    if not text.strip():
        return []
    language = language_for(text, lang)
    order = language.dayfirst if policy.dayfirst is None else policy.dayfirst
    norm = normalize(text)
    at = plain(anchor)
    folded = norm.text
    out: list[Timex] = []
    last: Span | None = None
    since = -1  # where the date that set `last` was written
    recalls = False  # whether `last` is a year a news story recalls (see _recalled), not one naming a thing
    moved = -1  # the index of the expression that set `last`
    before: Span | None = None  # where the story was before it
    day: Span | None = None
    lead: Span | None = None  # the story's first day: the day the news is told on
    bc = False
    season: Season | None = None
    previous: _Day | None = None
    glance: tuple[int, Span] | None = None  # a date the story did not move to, and where it was written
    found = [_expression(m, folded, language, order) for m in recognize(norm, text, language, whole=whole)]
    composed = compose(
        found,
        folded,
        language,
        lambda end, start: apart(text, norm.original(end), norm.original(start)),
    )
    sections = _Sections(text, norm) if story else None
    tense = Reading(text, norm, language)
    for index, mention in enumerate(composed):
        op = mention.expression.op
        if sections is not None:
            last = sections.reached(mention.start, last)
        told = last if story else None
        if (
            glance is not None
            and isinstance(op, Later | NarrativeUnit)
            and not finer(UNIT_GRAIN.get(op.unit, "day"), glance[1].grain)
            and glance[0] >= sentence_at(text, norm.original(mention.start)).start
        ):
            # "until his death on 20 November 1975; two days later": from the date glanced at
            told = glance[1]
        # A period named by the day it closes ("the fiscal year ending June 30") reads as that day does.
        closed = isinstance(op, ClosedBy) and index + 1 < len(composed)
        way = _direction(policy.prefer, composed[index + 1] if closed else mention, tense)
        if (
            not story
            and _on_unwritten_day(op)
            and language.clock_now_before.search(folded, max(0, mention.start - 20), mention.start)
        ):
            op = TimeOn(DeicticDay(0), op.time, op.mod)  # "It's twenty past one": the time of writing
        if isinstance(op, DeicticDay) and told is not None and finer("day", told.grain):
            op = NarrativeUnit("D", op.days)  # "today" in a story on a year is in it, as "the next day" is
        generic = _any_year(op, story)
        if generic is not None and tense.habitual(mention.start, mention.end):
            op = Label("DATE", generic)
        if _trading_week(op, story, folded, mention.start, language):
            op = TradingWeek(language.trading_close or 0)
        if way == "deferred":
            way = _deferred(out, text, norm.original(mention.start), at, op)
        # The story's day only counts where the date last mentioned is coarser than a day: passed only
        # then, it leaves the resolution cache as many contexts as before.
        story_day = day if last is None or finer("day", last.grain) else None
        clock = not story and _on_unwritten_day(op)
        here = (last if told is None or glance is None or told is not glance[1] else told, story_day)
        start_at = norm.original(mention.start)
        if clock and since < paragraph_at(text, start_at):
            here = (None, lead)  # a new paragraph's clock time is the news day's, not an aside's
        joined = _joined(previous, mention.start, folded, language)
        apposed = (
            op
            if isinstance(op, Later)
            and moved == index - 1
            and _APPOSED.fullmatch(folded, composed[moved].end, mention.start) is not None
            else None
        )
        onwards = False
        later = None
        if story and mention.expression.tensed and not _anaphoric(op):
            later = _dated_later(composed, index, folded, at, way, language)
            if (
                later is not None
                and told is not None
                and later.end <= shift(told.start, "Y", -1)
                and not _one_list(folded, mention, composed[index + 1], language)
            ):
                # A date years behind the story later in the clause is a look back ("on 27 February, the
                # anniversary of the victory at Majuba in 1881"), which gives the day no year.
                later = None
        try:
            if apposed is not None and told is not None:
                resolved = _restated(apposed, before, told, way)
            elif (
                mention.expression.tensed
                and (base := told if later is None else _year_up_to(op, later)) is not None
            ):
                # Before any date of the story too, the year a date in full later in its clause gives ("from
                # 1 May to 15 June 1683").
                resolved = _in_story(op, base)
                if (
                    out
                    and out[-1].char_start >= sentence_at(text, norm.original(mention.start)).start
                    and language.onwards_before.search(folded, max(0, mention.start - 10), mention.start)
                ):
                    # A deadline that sums up where its sentence led: the story stays, if it was read on.
                    deadline = _in_story(op, base, onwards=True)
                    onwards, resolved = deadline != resolved, deadline
                elif (
                    isinstance(op, MonthOfYear | YearlessDay)
                    and later is None
                    and moved >= 0
                    and since >= sentence_at(text, start_at).start
                    and language.listed_on.search(folded, composed[moved].end, mention.start)
                ):
                    resolved = _in_story(op, base, onwards=True)  # "in January and lost Havana in August"
            else:
                # In a narrative, "this year", "the end of the month", "that morning" are the story's too.
                versus = _compared_quarter(op, last, folded, mention.start, language)
                if versus is not None:
                    resolved = _resolved(op, Context(versus.start, "past", versus))
                else:
                    resolved = _resolved(op, Context(at if told is None else told.start, way, *here))
                    if clock and _off_news_day(resolved, at, tense.direction(mention.start, mention.end)):
                        # "polls will close at 8 p.m." after a day behind; "the 7:13 a.m. train was full"
                        # after a day ahead ("extra trains through Wednesday").
                        resolved = _resolved(op, Context(at, way, None, None))
                    if policy.prefer == "tense" and told is None and mention.expression.tensed:
                        if (
                            isinstance(op, MonthOfYear | YearlessDay)
                            and recalls
                            and _recalled(last, since, at, way)
                            and since >= sentence_at(text, start_at).start
                            and not language.aside_before.search(
                                folded, max(0, mention.start - _EDGE_REACH), mention.start
                            )
                        ):
                            resolved = _in_story(op, last)  # "The first war, in 1991, ended on Feb. 28"
                        else:
                            crossed = functools.partial(_crossed, tense, language, mention)
                            resolved = _much_nearer(op, resolved, Context(at, way, *here), crossed)
            if story and isinstance(op, Later) and told is not None and apposed is None:
                # "Two days later, on 20 January": the shift restates the date in apposition after it.
                date = _apposed_date(composed, index, folded, told, way, language)
                if date is not None:
                    resolved = _restated(op, told, date, way)
            counted_after = _told_after(op, last, at, told)
            if counted_after is not None and _in_past(since, mention, tense):
                counted = _resolved(counted_after, Context(at, "past", last))
                # What a clause tells as past lies before the publication; else it counts from now.
                if counted.calendar is not None and counted.calendar.start < at:
                    resolved = counted
            if story and _writers_now(mention, tense):
                resolved = Resolved("DATE", "PRESENT_REF")
            if isinstance(op, AfterSome) and tense.direction(mention.start, mention.end) == "past":
                resolved = op.later()  # "was arrested minutes later"
            if joined is not None and isinstance(op, Weekday) and way != "past":
                resolved = _on_from(resolved, op, joined.day)
            if (
                joined is not None
                and isinstance(op, YearlessDay)
                and _before(resolved, joined.day)
                and language.range_to.fullmatch(folded, joined.end, mention.start) is not None
            ):
                # The end of a range is not before its start: "runs from July 1 to June 30" (the next June).
                resolved = _resolved(op, Context(joined.day.start, "future", None))
            if not story and out and isinstance(op, TimeOn):
                resolved = _late_in_day(op, resolved, _dated_before(out), folded[mention.start : mention.end])
        except Unresolvable:
            continue
        ahead = story and tense.direction(mention.start, mention.end) == "future"
        # An aside in brackets, a day named without its year too: a sentence of its own, or a restatement of
        # the date right before the bracket.
        bracketed = (
            told is not None
            and resolved.calendar is not None
            and (
                _bracketed_sentence(text, norm.original(mention.start))
                or (
                    bool(out)
                    and _BRACKET_AFTER.fullmatch(text, out[-1].char_end, norm.original(mention.start))
                    is not None
                )
            )
        )
        edge = (
            story
            and language.aside_before.search(folded, max(0, mention.start - 80), mention.start)
            and not _within_coarse(resolved.calendar, told)
        )
        aside = story and (
            edge
            or _attributive(folded, mention, language)
            or _lifetime(text, norm.original(mention.start), norm.original(mention.end), language)
            or _years_behind(
                resolved,
                told,
                since,
                text,
                norm.original(mention.start),
                language.reference.search(folded, max(0, mention.start - 8), mention.start) is not None,
            )
            or _flash_forward(resolved, told, text, norm.original(mention.start), language)
        )
        flashback = story and language.flashback_before.search(
            folded, max(0, mention.start - 80), mention.start
        )
        if story and resolved.value == FUTURE_REF and not ahead:
            continue
        named = season
        if story and SEASON.match(resolved.value):
            back = flashback or language.flashback_after.match(folded, mention.end)
            resolved, season = seasons_on(resolved, op, last, season, back)
        if bc and last is not None and last.start.year >= era.FLOOR:
            resolved = era.written_back(resolved)
        bc = bc or resolved.value.startswith(era.PREFIX)
        start, end = norm.original(mention.start), norm.original(mention.end)
        out.append(
            Timex(
                type=resolved.type,
                value=resolved.value,
                mod=resolved.mod,
                start=None if resolved.start is None else _pendulum(resolved.start),
                end=None if resolved.end is None else _pendulum(resolved.end),
                grain=resolved.grain,
                anchor=anchor,
                rule=mention.rule,
                text=text[start:end],
                char_start=start,
                char_end=end,
                alternatives=resolved.alternatives,
                lang=language.code,
            )
        )
        if joined is not None and resolved.calendar is not None:
            behind = way == "past" and isinstance(op, Weekday) and resolved.calendar.start <= joined.day.start
            shared = (
                isinstance(op, WeekdayShift)
                and op.n != 0
                and isinstance(joined.op, Weekday)
                and language.sequence_shared.search(folded, mention.start, mention.end) is not None
            )
            first = _back_from(out[joined.place], joined.op, resolved.calendar) if behind or shared else None
            if first is not None:
                out[joined.place] = first
        previous = None
        if resolved.calendar is not None and resolved.calendar.grain == "day":
            previous = _Day(mention.end, resolved.calendar, op, len(out) - 1)
        if told is not None:
            moves = (
                apposed is None
                and not onwards
                and _moves(
                    resolved.calendar, told, mention.expression, at, way, ahead or bracketed, aside, flashback
                )
            )
        else:
            compared = language.comparison_before.search(folded, max(0, mention.start - 80), mention.start)
            moves = not compared and not _counted_back(
                resolved.calendar, last, Context(at, way, None, story_day), op
            )
        if story and resolved.calendar is not None and (edge or flashback) and not (moves or ahead):
            glance = (start, resolved.calendar)
        elif moves:
            glance = None
        if season is not named and season is not None and moves and resolved.calendar is not None:
            season = season._replace(story=resolved.calendar)
        step = None if told is None or ahead or bracketed or flashback else season_step(resolved, told)
        if (
            step is None
            and told is not None
            and not (ahead or bracketed)
            and story_season_on(op, text, start)
        ):
            # "In 219 BC ... the following spring ... in October": the story steps into that spring's year.
            step = None if season is None or season is named else season.months()
        if step is not None and season is not None:
            before, moved = last, index
            last, since, season = step, start, season._replace(story=step)
            continue
        if sections is not None and resolved.calendar is not None and mention.expression.pinned:
            sections.dated(resolved.calendar)
        if resolved.calendar is None or not moves:
            continue
        before, moved = last, index
        reach = max(0, mention.start - 40)
        closing = None if story else language.closing.search(folded, reach, mention.start)
        if closing is not None:
            last = _closed(resolved.calendar, closing.group("unit"), language) or resolved.calendar
        else:
            last = _late_part(resolved.calendar, resolved.mod) if story else resolved.calendar
            if not story and _story_day(last, at):
                day = span_at("day", last.start)
                lead = lead or day
        since = start
        recalls = not (_attributive(folded, mention, language) or _dated_aside(folded, mention, language))
    return out


def _within_coarse(found: Span | None, story: Span | None) -> bool:
    """Whether a date lies inside the decade or century the story is on ("By the early 1980s ... president
    since December 1981"): written at the edge of a state, it still tells where in that period the story
    stands, the nearest the story has been to a year ("On 19 March" after it is 1982's)."""
    return (
        found is not None
        and story is not None
        and finer("year", story.grain)
        and finer(found.grain, story.grain)
        and story.start <= found.start
        and found.end <= story.end
    )


def _compared_quarter(
    op: Operator, last: Span | None, folded: str, start: int, lang: Language
) -> Span | None:
    """The quarter last mentioned, when a quarter without its year is the other side of a comparison with
    it (الربع الثالث من 2023، مقارنة بـ 8.3% في الربع الثاني; "in the third quarter of 2023, against 4% in
    the second quarter"): that quarter is the nearest such one up to it, not one counted from the
    publication."""
    if not isinstance(op, YearlessQuarter) or last is None or last.grain != "quarter":
        return None
    return last if lang.comparison_before.search(folded, max(0, start - 80), start) else None


def _trading_week(op: Operator, story: bool, folded: str, start: int, lang: Language) -> bool:
    """Whether "last week" is a news market report's trading week (تداولات الأسبوع الماضي), by the words
    right before it (`Language.trading_week`)."""
    return (
        not story
        and lang.trading_close is not None
        and op == ThisUnit("W", -1)
        and lang.trading_week.search(folded, max(0, start - 60), start) is not None
    )


def _any_year(op: Operator, story: bool) -> str | None:
    """The value `op` takes in a clause of habit, of any year: a month ("held every year in August":
    XXXX-08), in a story a yearless day ("marks 16 December every year": XXXX-12-16); else None. A day in
    news keeps its nearest reading: the peer gold gives "observed on 19 June every year" that day's
    interval."""
    if isinstance(op, MonthOfYear):
        return f"XXXX-{op.month:02d}"
    if story and isinstance(op, YearlessDay) and op.weekday is None:
        return f"XXXX-{op.month:02d}-{op.day:02d}"
    return None


def _closed(end: Span, word: str, lang: Language) -> Span | None:
    """The reporting period a day closes ("the quarter ended Sept. 30": the quarter it stands for, as the
    expression "the quarter ended Sept. 30" resolves; see `closed_period`), when the word names one; else
    None."""
    unit = lang.vocab.get("unit", {}).get(fold(word))
    return None if unit is None else closed_period(end.start, str(unit))


def _much_nearer(op: Operator, resolved: Resolved, ctx: Context, crossed: Callable[[bool], bool]) -> Resolved:
    """A day without its year read the way its clause's tense points, most of a year away, where the
    other way's is within weeks (NEWS_HORIZON_DAYS) and its sentence holds a cue that way too (`crossed`):
    the near one, as news days without a year are ("a poll taken Dec. 13 found voters going to the polls",
    written on Jan. 2; "talks due to open on Jan. 19 were put off", written in February; "the offer was
    extended to May 25", written in April). Without such a cue the tense holds ("Let's meet on March 18",
    written in April, is next March's). A month keeps its tense's reading: "could close as early as May",
    written in June, is next May. A feast or Hijri day without its year told in the past needs no cue: most
    of a year back when the next is within weeks, it is the coming one the news is about (شهدت الأسواق إقبالاً
    لشراء مستلزمات عيد الفطر الذي يحل غداً، أعلنت الشركة تشغيل رحلات إضافية خلال إجازة عيد الفطر), and a part
    of it (تختتم المسابقة ليلة 27 رمضان, written in Shaban)."""
    found, anchor = resolved.calendar, ctx.anchor
    far, near = NEWS_HORIZON_DAYS
    if found is None or ctx.direction not in ("past", "future", "upcoming"):
        return resolved
    forwards = read_ahead(ctx.direction)
    day = op.day if isinstance(op, TimeOn) else op  # a part of it too: ليلة 27 رمضان
    feast = isinstance(day, HijriDay) and day.year is None and day.n is None and not forwards
    if not (isinstance(op, YearlessDay) or feast):
        return resolved
    if (found.start - anchor if forwards else anchor - found.start).days <= far or not (
        feast or crossed(forwards)
    ):
        return resolved
    try:
        other = _resolved(op, ctx._replace(direction="past" if forwards else "future"))
    except Unresolvable:  # February 29 in a year without one
        return resolved
    there = other.calendar
    if there is None or not 0 <= (anchor - there.start if forwards else there.start - anchor).days <= near:
        return resolved
    return other


_EDGE_REACH = 12
"""How far before a month or day a word of `aside_before` ("as of", "until") makes it no step of a news
story's recalled year."""


def _attributive(folded: str, mention: Composed, lang: Language) -> bool:
    """Whether `mention` stands between an article or possessive and the noun it dates ("a 1966 study",
    "his 1995 memoir"): it names a thing told from a later time, no date a story is on."""
    return bool(
        lang.attributive.search(folded, max(0, mention.start - 8), mention.start)
        and _WORD_AFTER.match(folded, mention.end)
    )


def _dated_aside(folded: str, mention: Composed, lang: Language) -> bool:
    """Whether `mention` closes a participle's aside on a noun ("The contract, signed in 1993, expired July
    31"): the year dates the noun, no year of history a news story recalls (see _recalled)."""
    return bool(
        lang.dated_aside.search(folded, max(0, mention.start - 40), mention.start)
        and folded.startswith(",", mention.end)
    )


def _recalled(last: Span | None, since: int, at: datetime.datetime, way: str) -> TypeGuard[Span]:
    """News: whether the date last mentioned (written at `since`) is a year of history, one that ended
    before the year ahead of the publication's began, for a month or day without its year told in the
    past in the same sentence to fall in, as a narrative's does ("since 1997, when 73 died in a crash in
    February": February 1997; "the strike of 1912, in the cold of January and February"). Not after a
    day ("broke down at Easter 1996 and resumed on New Year's Day": the last one), nor in a clause without
    a past cue, nor after a word of a state's edge or a figure's date right before it (`_EDGE_REACH`:
    "doubled since the service opened in 2005, and that as of March it had 40 million users")."""
    return (
        last is not None
        and since >= 0
        and way == "past"
        and last.grain == "year"
        and last.end.year < at.year - 1
    )


def _crossed(tense: Reading, lang: Language, mention: Composed, forwards: bool) -> bool:
    """Whether the sentence of `mention` holds a cue against the way it was read: a past cue against a
    forwards reading, a future cue or a deferral against a backwards one."""
    left, right = tense.bounds(mention.start, mention.end)
    if forwards:
        return lang.past.search(tense.norm.text, left, right) is not None
    return bool(
        lang.future.search(tense.norm.text, left, right) or lang.deferral.search(tense.norm.text, left, right)
    )


def _on_unwritten_day(op: Operator) -> TypeGuard[TimeOn]:
    """Whether `op` is a clock time without its day ("at 2 p.m.", "midnight"): on the day the text last
    named (`NarrativeDay`). A part of the day alone ("during the night") goes on with the sentence before
    it, in whatever paragraph."""
    return isinstance(op, TimeOn) and isinstance(op.day, NarrativeDay) and op.time.hour is not None


def _news_day_behind(resolved: Resolved, at: datetime.datetime) -> bool:
    """Whether `resolved` lies on a news day before the publication day `at`, within STORY_DAY_REACH days
    ("said Monday night that polls would close at 8 p.m.": not a date written out, "1/1/2015 at 11:30")."""
    found = resolved.calendar
    return found is not None and found.start < midnight(at) and (at - found.start).days <= STORY_DAY_REACH


def _off_news_day(resolved: Resolved, at: datetime.datetime, direction: str) -> bool:
    """Whether a clock time without its day, read on the date last mentioned, lies where its clause does
    not point: on a news day behind the publication day in a clause that looks ahead, or on a day after it
    in a clause told in the past. It is then on the publication day."""
    if read_ahead(direction):
        return _news_day_behind(resolved, at)
    found = resolved.calendar
    return direction == "past" and found is not None and found.start >= midnight(at) + _DAY


def _story_day(found: Span, at: datetime.datetime) -> bool:
    """Whether a date of a news text is the day its story is told on: a day or finer within
    STORY_DAY_REACH days up to the publication day."""
    return not finer("day", found.grain) and 0 <= (at - found.start).days <= STORY_DAY_REACH


def resolve(
    expression: str,
    anchor: AnchorLike,
    lang: str | None = None,
    prefer: str = "tense",
    dayfirst: bool | None = None,
) -> Timex:
    """Resolve one bare expression ("last June", "الشهر الماضي") against `anchor`.

    The longest expression found in `expression` is returned; TimelineError when there is none. Weak
    words ("May", "now", الآن) count here without the context they need in running text. `prefer` and
    `dayfirst` are those of `tag`.
    """
    found = longest(expression, anchor, lang, Policy(prefer, "news", dayfirst))
    if found is None:
        raise TimelineError(f"no temporal expression found in {expression!r}")
    return found


def longest(expression: str, anchor: AnchorLike, lang: str | None, policy: Policy) -> Timex | None:
    """What `resolve` returns, or None where it finds no expression: for a caller to whom nothing found
    is an answer (a null in a column), not an error to tell from a bad anchor."""
    found = tagged(expression, anchor, lang, policy, whole=True)
    return max(found, key=lambda t: (t.char_end - t.char_start, -t.char_start), default=None)
