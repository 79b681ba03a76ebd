"""The engine's pipeline for one text: normalize, recognize, interpret, resolve, map back to offsets."""

from __future__ import annotations

import functools
from functools import lru_cache

from timeline.engine import asides, era, lists, narrative, newsday
from timeline.engine.anchor import AnchorLike, parse_anchor
from timeline.engine.build import Readings, readings
from timeline.engine.calendar import UNIT_GRAIN, Span, finer, shift, span_at
from timeline.engine.compose import Composed, compose
from timeline.engine.grammar import Fill
from timeline.engine.language import Language, detect, load
from timeline.engine.meaning import interpret
from timeline.engine.normalize import normalize
from timeline.engine.operators.clock import TimeOfDay, TimeOn
from timeline.engine.operators.intersect import Modified
from timeline.engine.operators.labels import AfterSome, Label
from timeline.engine.operators.periods import ClosedBy
from timeline.engine.operators.repeating import MonthOfYear, Weekday, YearlessDay
from timeline.engine.operators.shifts import (
    Ago,
    DeicticDay,
    Later,
    NarrativeDay,
    NarrativeUnit,
    TradingWeek,
    WeekdayShift,
)
from timeline.engine.policy import Policy
from timeline.engine.recognize import Mention, recognize
from timeline.engine.resolve import Context, Operator, Resolved, Unresolvable, resolution
from timeline.engine.resolve import ahead as read_ahead
from timeline.engine.seasons import SEASON, Season, season_step, seasons_on, story_season_on
from timeline.engine.segment import apart, paragraph_at, sentence_at
from timeline.engine.tense import Reading
from timeline.errors import TimelineError
from timeline.model import Timex
from timeline.moments import cached_pendulum, plain

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
    recalls = (
        False  # whether `last` is a year a news story recalls (see newsday.recalled), not one naming a thing
    )
    moved = -1  # the index of the expression that set `last`
    before: Span | None = None  # where the story was before it
    day: Span | None = None
    lead: Span | None = None  # the story's first day: the day the news is told on
    bc = False
    season: Season | None = None
    previous: lists.ListedDay | None = None
    glance: tuple[int, Span] | None = None  # a date the story did not move to, and where it was written
    # News: where a date at a state's edge ends ("its best showing since 1985"), and the focus before that
    # date, which comes back once a sentence starts after it.
    held: tuple[int, Span | None, int] | None = None
    found = [_expression(m, folded, language, order) for m in recognize(norm, text, language, whole=whole)]
    composed = compose(
        found,
        folded,
        language,
        lambda end, start: apart(text, norm.original(end), norm.original(start)),
    )
    sections = narrative.Sections(text, norm) if story else None
    tense = Reading(text, norm, language)
    for index, mention in enumerate(composed):
        op = mention.expression.op
        if held is not None and (isinstance(op, Ago) or apart(text, held[0], norm.original(mention.start))):
            # After its sentence, or at a count back from now within it ("the biggest rise since
            # September, and 2.7% higher than a year ago": beside the figures' month), the focus before the
            # edge comes back; "adjourned until April 8; two weeks later" counts from the edge.
            _, last, since = held
            if last is not None and newsday.recalled_day(last, at):
                last, since = None, -1
            held = None
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
            and newsday.on_unwritten_day(op)
            and language.clock_now_before.search(folded, max(0, mention.start - 20), mention.start)
        ):
            op = TimeOn(DeicticDay(0), op.time, op.mod)  # "It's twenty past one": the time of writing
        if isinstance(op, DeicticDay) and told is not None and finer("day", told.grain):
            op = NarrativeUnit("D", op.days)  # "today" in a story on a year is in it, as "the next day" is
        generic = _any_year(op.unit if isinstance(op, Modified) else op, story)
        if generic is not None and tense.habitual(mention.start, mention.end):
            # "usually in mid-December": any year's December, with its mod
            op = Label("DATE", generic, op.mod if isinstance(op, Modified) else None)
        if newsday.trading_week(op, story, folded, mention.start, language):
            op = TradingWeek(language.trading_close or 0)
        if way == "deferred":
            way = newsday.deferred(out, text, norm.original(mention.start), at, op)
        # The story's day only counts where the date last mentioned is coarser than a day: passed only
        # then, it leaves the resolution cache as many contexts as before.
        story_day = day if last is None or finer("day", last.grain) else None
        clock = not story and newsday.on_unwritten_day(op)
        here = (last if told is None or glance is None or told is not glance[1] else told, story_day)
        start_at = norm.original(mention.start)
        if clock and since < paragraph_at(text, start_at):
            here = (None, lead)  # a new paragraph's clock time is the news day's, not an aside's
        joined = lists.joined(previous, mention.start, folded, language)
        apposed = (
            op
            if isinstance(op, Later)
            and moved == index - 1
            and narrative.apposes(folded, composed[moved].end, mention.start)
            else None
        )
        onwards = False
        later = None
        if story and mention.expression.tensed and not narrative.anaphoric(op):
            later = narrative.dated_later(composed, index, folded, at, way, language)
            if (
                later is not None
                and told is not None
                and later.end <= shift(told.start, "Y", -1)
                and not narrative.one_list(folded, mention, composed[index + 1], language)
            ):
                # A date years behind the story later in the clause is a look back ("on 27 February, the
                # anniversary of the victory at Majuba in 1881"), which gives the day no year.
                later = None
        try:
            if apposed is not None and told is not None:
                resolved = narrative.restated(apposed, before, told, way)
            elif (
                mention.expression.tensed
                and (base := told if later is None else narrative.year_up_to(op, later)) is not None
            ):
                # Before any date of the story too, the year a date in full later in its clause gives ("from
                # 1 May to 15 June 1683").
                resolved = narrative.in_story(op, base)
                if (
                    out
                    and out[-1].char_start >= sentence_at(text, norm.original(mention.start)).start
                    and language.onwards_before.search(folded, max(0, mention.start - 10), mention.start)
                ):
                    # A deadline that sums up where its sentence led: the story stays, if it was read on.
                    deadline = narrative.in_story(op, base, onwards=True)
                    onwards, resolved = deadline != resolved, deadline
                elif (
                    isinstance(op, MonthOfYear | YearlessDay)
                    and later is None
                    and moved >= 0
                    and since >= sentence_at(text, start_at).start
                    and narrative.read_on(folded, composed[moved], mention.start, language)
                ):
                    resolved = narrative.in_story(
                        op, base, onwards=True
                    )  # "in January and lost Havana in August"
            else:
                # In a narrative, "this year", "the end of the month", "that morning" are the story's too.
                versus = newsday.compared_quarter(op, last, folded, mention.start, language)
                if versus is not None:
                    resolved = resolution(op, Context(versus.start, "past", versus))
                else:
                    resolved = resolution(op, Context(at if told is None else told.start, way, *here))
                    if (clock or newsday.day_in_focus(op, story)) and newsday.off_news_day(
                        resolved, at, tense.direction(mention.start, mention.end)
                    ):
                        # "polls will close at 8 p.m." after a day behind; "the 7:13 a.m. train was full"
                        # after a day ahead ("extra trains through Wednesday"); "the exchange closed for the
                        # day" after "will stay closed Tuesday".
                        resolved = resolution(op, Context(at, way, None, None))
                    if policy.prefer == "tense" and told is None and mention.expression.tensed:
                        if (
                            isinstance(op, MonthOfYear | YearlessDay)
                            and recalls
                            and newsday.recalled(last, since, at, way, folded, mention.start, language)
                            and since >= sentence_at(text, start_at).start
                        ):
                            # "The first war, in 1991, ended on Feb. 28"
                            resolved = narrative.in_story(op, last)
                        else:
                            crossed = functools.partial(newsday.crossed, tense, language, mention)
                            resolved = newsday.much_nearer(op, resolved, Context(at, way, *here), crossed)
            if story and isinstance(op, Later) and told is not None and apposed is None:
                # "Two days later, on 20 January": the shift restates the date in apposition after it.
                date = narrative.apposed_date(composed, index, folded, told, way, language)
                if date is not None:
                    resolved = narrative.restated(op, told, date, way)
            counted_after = newsday.told_after(op, last, at, told)
            if counted_after is not None and newsday.in_past(since, mention, tense):
                counted = resolution(counted_after, Context(at, "past", last))
                # What a clause tells as past lies before the publication; else it counts from now.
                if counted.calendar is not None and counted.calendar.start < at:
                    resolved = counted
            if story and asides.writers_now(mention, tense):
                resolved = Resolved("DATE", "PRESENT_REF")
            if isinstance(op, AfterSome) and tense.direction(mention.start, mention.end) == "past":
                resolved = op.later()  # "was arrested minutes later"
            if joined is not None and isinstance(op, Weekday) and way != "past":
                resolved = lists.on_from(resolved, op, joined.day)
            if (
                joined is not None
                and isinstance(op, YearlessDay)
                and lists.before_first(resolved, joined.day)
                and language.range_to.fullmatch(folded, joined.end, mention.start) is not None
            ):
                # The end of a range is not before its start: "runs from July 1 to June 30" (the next June).
                resolved = resolution(op, Context(joined.day.start, "future", None))
            if (
                not story
                and isinstance(op, MonthOfYear)
                and read_ahead(way)
                and out
                and out[-1].grain == "month"
                and out[-1].char_start >= sentence_at(text, start_at).start
                and language.listed_on.search(folded, norm.folded(out[-1].char_end), mention.start)
            ):
                resolved = lists.month_on(resolved, op, out[-1])  # "in April and a vote in December"
            if (
                joined is not None
                and newsday.on_unwritten_day(op)
                and isinstance(joined.op, TimeOn)
                and language.range_to.fullmatch(folded, joined.end, mention.start) is not None
            ):
                resolved = lists.clock_after(resolved, op, joined.day)  # "from 8 p.m. to 7 a.m."
            if not story and out and isinstance(op, TimeOn):
                dated = newsday.dated_before(out)
                resolved = newsday.late_in_day(op, resolved, dated, folded[mention.start : mention.end])
                resolved = newsday.after_night(op, resolved, dated)
        except Unresolvable:
            continue
        ahead = story and tense.direction(mention.start, mention.end) == "future"
        # An aside in brackets, a day named without its year too: a sentence of its own, or a restatement of
        # the date right before the bracket.
        bracketed = (
            told is not None
            and resolved.calendar is not None
            and asides.bracketed(text, norm.original(mention.start), out[-1].char_end if out else None)
        )
        edge = (
            story
            and language.aside_before.search(folded, max(0, mention.start - 80), mention.start)
            and not narrative.within_coarse(resolved.calendar, told)
        )
        aside = story and (
            edge
            or asides.attributive(folded, mention, language)
            or asides.lifetime(text, norm.original(mention.start), norm.original(mention.end), language)
            or asides.years_behind(
                resolved,
                told,
                since,
                text,
                norm.original(mention.start),
                language.reference.search(folded, max(0, mention.start - 8), mention.start) is not None,
            )
            or asides.flash_forward(resolved, told, text, norm.original(mention.start), language)
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
                start=None if resolved.start is None else cached_pendulum(resolved.start),
                end=None if resolved.end is None else cached_pendulum(resolved.end),
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
        if (
            joined is not None
            and resolved.calendar is not None
            and newsday.on_unwritten_day(joined.op)
            and isinstance(op, TimeOn)
            and not isinstance(op.day, NarrativeDay)
        ):
            # "between 2 p.m. and 7 p.m. today": the first clock on the day the second names (not "from 9
            # a.m. until dusk", whose end names no day)
            opening = lists.clock_on(out[joined.place], joined.op, resolved.calendar)
            if opening is not None:
                out[joined.place] = opening
        if joined is not None and resolved.calendar is not None:
            behind = way == "past" and isinstance(op, Weekday) and resolved.calendar.start <= joined.day.start
            shared = (
                isinstance(op, WeekdayShift)
                and op.n != 0
                and isinstance(joined.op, Weekday)
                and language.sequence_shared.search(folded, mention.start, mention.end) is not None
            )
            first = (
                lists.back_from(out[joined.place], joined.op, resolved.calendar) if behind or shared else None
            )
            if first is not None:
                out[joined.place] = first
        previous = None
        if resolved.calendar is not None and (
            resolved.calendar.grain == "day"
            or (resolved.calendar.grain == "minute" and isinstance(op, TimeOn))
        ):
            previous = lists.ListedDay(mention.end, resolved.calendar, op, len(out) - 1)
        if told is not None:
            moves = (
                apposed is None
                and not onwards
                and narrative.moves(
                    resolved.calendar, told, mention.expression, at, way, ahead or bracketed, aside, flashback
                )
            )
        else:
            compared = language.comparison_before.search(
                folded, max(0, mention.start - 80), mention.start
            ) or language.compared_figure.search(folded, max(0, mention.start - 30), mention.start)
            telling = newsday.telling_day(resolved.calendar, last, at) and (
                since >= sentence_at(text, start).start
                and language.told_before.search(folded, max(0, mention.start - 40), mention.start) is not None
            )
            if telling and resolved.calendar is not None:
                # "Sales rose 1.2% in April, the department said Tuesday": the story is on Tuesday, the
                # figures in April ("the previous month" is March).
                day = span_at("day", resolved.calendar.start)
                lead = lead or day
            moves = (
                not compared
                and not telling
                and not newsday.counted_back(resolved.calendar, last, Context(at, way, None, story_day), op)
            )
        # A date off the story, or a period restated around it ("May 1885. In the 1880s the colony grew, as
        # its neighbour had done a decade earlier"): a shift later in its sentence counts from it.
        off = edge or flashback or narrative.restates(resolved.calendar, told)
        if story and resolved.calendar is not None and off and not (moves or ahead):
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
        if not story:
            at_edge = language.aside_before.search(folded, max(0, mention.start - 80), mention.start)
            held = (end, last, since) if at_edge else None
        before, moved = last, index
        reach = max(0, mention.start - 40)
        closing = None if story else language.closing.search(folded, reach, mention.start)
        if closing is not None:
            last = newsday.closed(resolved.calendar, closing.group("unit"), language) or resolved.calendar
        else:
            last = narrative.late_part(resolved.calendar, resolved.mod) if story else resolved.calendar
            if not story and newsday.story_day(last, at):
                day = span_at("day", last.start)
                lead = lead or day
        since = start
        recalls = not (
            asides.attributive(folded, mention, language) or asides.dated_aside(folded, mention, language)
        )
    return out


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
